/**
 * Package mode's inputs: `packages` (glob patterns), `keep-packages`,
 * `release-notes` / `release-notes-file`: parsed from the inputs alone, then
 * read (every package found and read, so that a missing, foreign or
 * unreadable one fails before the first request).
 */
import type { SubmissionEdit } from '../../edits.js';
import { packagesEdit } from '../../packages/edit.js';
import { findPackages, splitPatterns } from '../../packages/find.js';
import type { KeepPackages } from '../../packages/keep.js';
import { readPackage, type PackageInfo } from '../../packages/read.js';
import { releaseNotesEdit } from '../../release-notes.js';
import { APP, FLIGHT } from '../store/parents.js';
import type { Target } from '../store/target.js';
import type { ZipFileEntry } from '../../zip/write.js';
import { fail, type InputReader } from '../../inputs/parse.js';
import { parseReleaseNotes, readReleaseNotesText, type ReleaseNotesInput } from '../../inputs/release-notes.js';

export interface PackageMode {
  /** The packages found, read, in path order. */
  packages: PackageInfo[];
  /** Each package at its base name in the upload zip. */
  files: ZipFileEntry[];
  edit: SubmissionEdit;
}

/** `0`, `all`, or a whole number of packages to keep per architecture and device family. */
export function parseKeepPackages(value: string): KeepPackages {
  const text = value.trim().toLowerCase();
  if (text === '') return 0;
  if (text === 'all') return 'all';
  if (/^\d{1,6}$/.test(text)) return Number(text);
  return fail(
    `Input 'keep-packages' must be 0, all, or a whole number, got '${value}'.`,
    '0 (the default) replaces every package; all keeps them; N keeps the N newest of each architecture and device family.'
  );
}

/** What `packages` and `keep-packages` ask for (pure: nothing is read yet). */
export interface PackageModeInput {
  patterns: string[];
  keep: KeepPackages;
}

/** Package mode as the inputs set it, or undefined when `packages` is not given. */
export function parsePackageMode(input: InputReader, target: Target): PackageModeInput | undefined {
  const patterns = splitPatterns(input('packages'));
  if (patterns.length === 0) {
    if (input('keep-packages'))
      fail(
        "Input 'keep-packages' needs 'packages': it says what happens to the packages already on the submission when new ones come."
      );
    return undefined;
  }
  if (target.kind === 'add-on') {
    fail("Input 'packages' is for app and flight submissions; an add-on submission has no packages.");
  }
  return { patterns, keep: parseKeepPackages(input('keep-packages')) };
}

/** Finds and reads the packages (each one that is missing, foreign or unreadable fails here). */
export async function readPackageMode(
  parsed: PackageModeInput,
  target: Target,
  workspace: string
): Promise<PackageMode> {
  const paths = await findPackages(parsed.patterns, workspace);
  const packages: PackageInfo[] = [];
  for (const path of paths) packages.push(await readPackage(path));
  const field = (target.kind === 'app' ? APP.packagesField : FLIGHT.packagesField) as string;
  return {
    packages,
    files: packages.map((info) => ({ zipPath: info.fileName, diskPath: info.path })),
    edit: packagesEdit({ packages, field, keep: parsed.keep })
  };
}

/** The release notes as given, refused (before any file is read) for a flight or an add-on. */
export function parseMsixReleaseNotes(input: InputReader, target: Target): ReleaseNotesInput | undefined {
  const given = parseReleaseNotes(input);
  if (given && target.kind !== 'app') {
    fail(
      `Release notes belong to an app's listings; ${target.kind === 'flight' ? 'a flight submission has no listings' : "an add-on's listings have no release notes"}.`,
      "Remove 'release-notes' from this step."
    );
  }
  return given;
}

/** The release-notes edit (the file read, if the notes are in one). */
export async function readReleaseNotes(given: ReleaseNotesInput): Promise<SubmissionEdit> {
  return releaseNotesEdit(await readReleaseNotesText(given));
}
