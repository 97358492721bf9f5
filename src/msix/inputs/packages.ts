/**
 * Package mode's inputs: `packages` (glob patterns), `keep-packages`,
 * `release-notes` / `release-notes-file`, parsed from the inputs alone. The
 * packages are found and read in prepare (./package-mode.ts, loaded only by a
 * run that has `packages`).
 */
import type { SubmissionEdit } from '../../edits.js';
import { splitPatterns } from '../../packages/find.js';
import type { KeepPackages } from '../../packages/keep.js';
import { releaseNotesEdit } from '../../release-notes.js';
import type { Target } from '../store/target.js';
import { fail, type InputReader } from '../../inputs/parse.js';
import { parseReleaseNotes, readReleaseNotesText, type ReleaseNotesInput } from '../../inputs/release-notes.js';

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
