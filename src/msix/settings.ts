/**
 * An MSIX run's settings (app, flight or add-on), read from the inputs and checked before the first request, so
 * that bad input fails with one clear line and leaves the Store as it was. The shapes of single inputs live in
 * ./inputs/ and ../inputs/.
 */
import type { SubmissionEdit } from '../edits.js';
import { readCommon, type CommonSettings } from '../inputs/common.js';
import { checkRunKind } from '../inputs/kinds.js';
import { fail, readBaseUrl, readBoolean, readNumber, type InputReader } from '../inputs/parse.js';
import type { JsonObject, PendingFile } from '../merge.js';
import type { ListingsFolder } from '../listings/types.js';
import type { PackageInfo } from '../packages/read.js';
import type { ZipFileEntry } from '../zip/write.js';
import { parseListingsInput } from './inputs/listings.js';
import { parsePackageMode, parseMsixReleaseNotes, readReleaseNotes, type PackageModeInput } from './inputs/packages.js';
import type { ReleaseNotesInput } from '../inputs/release-notes.js';
import { readChangesAndZip } from './inputs/submission-json.js';
import { parseChangesInput, type ChangesInput } from '../inputs/submission-json.js';
import type { ZipPlan } from '../zip/plan.js';
import { readTarget } from './inputs/target.js';
import { parseReleaseOperation, type ReleaseOperation } from './release/controls.js';
import { releaseControlsEdit, releaseFieldsOf } from './release/edit.js';
import type { Target } from './store/target.js';

export interface Settings extends CommonSettings {
  target: Target;
  /**
   * The sources of new submission fields other than submission-json, in the
   * documented order (packages, release notes, listings folder, release
   * controls); the lifecycle applies `changes` after them, so it wins.
   */
  edits: SubmissionEdit[];
  /** submission-json's fields, deep-merged over the Store's clone last. */
  changes: JsonObject;
  /** The zip that holds every file `changes` marks PendingUpload, if any. */
  packageZip?: string;
  /** The files `changes` marks PendingUpload (all checked to be in the zip). */
  pendingFiles: PendingFile[];
  /**
   * Files from disk the upload zip holds besides `packageZip`'s entries
   * (package mode's packages, the listings folder's images and icons), written on the fly.
   */
  uploadFiles: ZipFileEntry[];
  /** The upload zip, planned once (absent when there is nothing to zip: package-zip alone goes as it is). */
  zipPlan?: ZipPlan;
  /** The packages `packages` found, read (package mode; empty otherwise). */
  packages: PackageInfo[];
  /** The listings folder, read and checked (`listings-folder`; absent otherwise). */
  listings?: ListingsFolder;
  /** Do everything up to the first request that would change something, print what would be sent, change nothing. */
  dryRun: boolean;
  deletePending: boolean;
  /** e.g. https://manage.devcenter.microsoft.com (no trailing slash). */
  storeApiUrl: string;
  uploadConcurrency: number;
  /**
   * The release controls: a submission (publish mode and date, rollout, mandatory update; what to do with a
   * rollout in the way; whether to commit), or a change to the published submission's rollout. Absent: submit
   * and commit, failing on a rollout in the way.
   */
  release?: ReleaseOperation;
}

/** The settings as the inputs give them, checked, before any file is read (parseSettings). */
export interface ParsedSettings extends Omit<
  Settings,
  'edits' | 'changes' | 'pendingFiles' | 'packageZip' | 'uploadFiles' | 'packages' | 'listings' | 'zipPlan'
> {
  release: ReleaseOperation;
  given: {
    packages?: PackageModeInput;
    releaseNotes?: ReleaseNotesInput;
    listings?: { path: string; kind: 'app' | 'add-on' };
    changes: ChangesInput;
    packageZip?: string;
  };
}

/** Reads and checks the inputs alone (no file, no request). `now` (ms) is when dates must lie after. */
export function parseSettings(input: InputReader, now = Date.now()): ParsedSettings {
  checkRunKind(input);
  const dryRun = readBoolean(input, 'dry-run') ?? false;
  const common = readCommon(input, dryRun);
  const target = readTarget(input);
  const release = parseReleaseOperation(input, { kind: target.kind, now });
  if (dryRun && release.kind === 'rollout') {
    fail(
      "'dry-run' is for submissions; 'operation: rollout' has nothing to rehearse.",
      "Leave 'dry-run' out of the rollout step."
    );
  }
  return {
    ...common,
    target,
    deletePending: readBoolean(input, 'delete-pending') ?? true,
    storeApiUrl: readBaseUrl(input, 'store-api-url'),
    uploadConcurrency: readNumber(input, 'upload-concurrency'),
    dryRun,
    release,
    given: {
      packages: parsePackageMode(input, target),
      releaseNotes: parseMsixReleaseNotes(input, target),
      listings: parseListingsInput(input, target),
      changes: parseChangesInput(input),
      packageZip: input('package-zip') || undefined
    }
  };
}

/**
 * Reads what the inputs point at: finds and reads the packages, the release notes' file, the listings folder and
 * submission-json's file, checks package-zip, and plans the upload zip once. Every problem fails here, before the
 * first request.
 */
export async function prepareSettings(parsed: ParsedSettings, workspace = process.cwd()): Promise<Settings> {
  const { given, release, target, ...settings } = parsed;
  // The package reader and the listings reader load only for a run that has packages or a listings folder.
  const packageMode = given.packages
    ? await (await import('./inputs/package-mode.js')).readPackageMode(given.packages, target, workspace)
    : undefined;
  const releaseNotes = given.releaseNotes ? await readReleaseNotes(given.releaseNotes) : undefined;
  const listings = given.listings
    ? await (await import('./inputs/listings-folder.js')).readListingsInput(given.listings)
    : undefined;
  // The documented order: packages, release notes, listings folder, release controls; submission-json after them all.
  const releaseControls =
    release.kind === 'submit' && Object.keys(releaseFieldsOf(release.fields)).length
      ? releaseControlsEdit(release.fields)
      : undefined;
  const edits = [packageMode?.edit, releaseNotes, listings?.edit, releaseControls].filter(
    (edit): edit is SubmissionEdit => edit !== undefined
  );
  const uploadFiles = [...(packageMode?.files ?? []), ...(listings?.files ?? [])];
  const read = await readChangesAndZip(given.changes, given.packageZip, target, uploadFiles);
  return {
    ...settings,
    target,
    release,
    edits,
    ...read,
    uploadFiles,
    packages: packageMode?.packages ?? [],
    listings: listings?.folder
  };
}

/** parseSettings, then prepareSettings. */
export async function readSettings(input: InputReader, now = Date.now()): Promise<Settings> {
  return prepareSettings(parseSettings(input, now));
}
