/**
 * The only reader of the action's inputs. Everything is checked here, before
 * the first request, so that bad input fails with one clear line and leaves
 * the Store as it was. What comes out is one typed Settings object. The
 * shapes of single inputs live in ./inputs/.
 */
import type { Credential } from './auth.js';
import type { SubmissionEdit } from './edits.js';
import { checkOneKind, readMsiExeInputs } from './inputs/msi-exe.js';
import { readTarget } from './inputs/target.js';
import { fail, parseBaseUrl, parseBoolean, parseNumber, type InputReader } from './inputs/parse.js';
import { readListingsInput } from './inputs/listings.js';
import { readPackageMode, readReleaseNotes } from './inputs/packages.js';
import { readChangesAndZip } from './inputs/submission-json.js';
import type { JsonObject, PendingFile } from './merge.js';
import type { ListingsFolder } from './listings/types.js';
import type { MsiExeSettings } from './msi-exe/publish.js';
import { MSI_EXE_API_URL } from './msi-exe/types.js';
import type { PackageInfo } from './packages/read.js';
import {
  parseReleaseOperation,
  RELEASE_INPUTS,
  type ReleaseInputName,
  type ReleaseOperation
} from './release/controls.js';
import { releaseControlsEdit, releaseFieldsOf } from './release/edit.js';
import type { WaitFor } from './status.js';
import type { Target } from './store/target.js';
import type { ZipFileEntry } from './upload/zip-stream.js';

export type { InputReader } from './inputs/parse.js';

export interface Settings {
  tenantId: string;
  clientId: string;
  credential: Credential;
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
  /** The packages `packages` found, read (package mode; empty otherwise). */
  packages: PackageInfo[];
  /** The listings folder, read and checked (`listings-folder`; absent otherwise). */
  listings?: ListingsFolder;
  /** Do everything up to the first request that would change something, print what would be sent, change nothing. */
  dryRun: boolean;
  deletePending: boolean;
  pollIntervalMs: number;
  timeoutMs: number;
  waitFor: WaitFor;
  /** e.g. https://manage.devcenter.microsoft.com (no trailing slash). */
  storeApiUrl: string;
  /** e.g. https://login.microsoftonline.com (no trailing slash). */
  authorityHost: string;
  uploadConcurrency: number;
  requestTimeoutMs: number;
  /**
   * The release controls: a submission (publish mode and date, rollout, mandatory update; what to do with a
   * rollout in the way; whether to commit), or a change to the published submission's rollout. Absent: submit
   * and commit, failing on a rollout in the way.
   */
  release?: ReleaseOperation;
}

/** What every kind of run reads: who signs in, how long to wait, how long a request may stay silent. */
export type CommonSettings = Pick<
  Settings,
  | 'tenantId'
  | 'clientId'
  | 'credential'
  | 'pollIntervalMs'
  | 'timeoutMs'
  | 'waitFor'
  | 'authorityHost'
  | 'requestTimeoutMs'
>;

/** An MSI/EXE product's run (`product-id`), through the Store's second API. */
export type { MsiExeSettings };

/** Which API the run goes through, with its settings. */
export type RunSettings = { api: 'store'; settings: Settings } | { api: 'msi-exe'; settings: MsiExeSettings };

const WAIT_FOR: readonly WaitFor[] = ['commit', 'certification', 'publish'];

/** The release-control inputs, checked against the rest of the step. */
function readRelease(input: InputReader, target: Target, now: number): ReleaseOperation {
  const set = (names: string[]): string[] => names.filter((name) => input(name));
  const raw = Object.fromEntries(RELEASE_INPUTS.map((name) => [name, input(name)])) as Record<ReleaseInputName, string>;
  return parseReleaseOperation(raw, {
    kind: target.kind,
    now,
    waitFor: input('wait-for'),
    submissionInputs: set([
      'submission-json',
      'submission-json-file',
      'package-zip',
      'packages',
      'keep-packages',
      'release-notes',
      'release-notes-file',
      'listings-folder'
    ]),
    creatingInputs: set(['flight-group-ids', 'flight-rank-higher-than', 'add-on-type'])
  });
}

/** A dry run goes without credentials too (it then says what it could not check). */
function readCommon(input: InputReader, dryRun: boolean): CommonSettings {
  const required = (name: string, hint: string): string =>
    input(name) || (dryRun ? '' : fail(`Input '${name}' is required.`, hint));
  const tenantId = required(
    'tenant-id',
    'It is the Azure AD (Entra ID) directory ID that Partner Center is associated with.'
  );
  const clientId = required(
    'client-id',
    'It is the application (client) ID of the Azure AD app added to Partner Center.'
  );
  const secret = input('client-secret');
  const waitFor = (input('wait-for') || 'commit').toLowerCase() as WaitFor;
  if (!WAIT_FOR.includes(waitFor))
    fail(`Input 'wait-for' must be one of ${WAIT_FOR.join(', ')}, got '${input('wait-for')}'.`);

  const pollIntervalSeconds = parseNumber('poll-interval-seconds', input('poll-interval-seconds'), 30, {
    min: 0.01,
    max: 3600
  });
  const timeoutMinutes = parseNumber('timeout-minutes', input('timeout-minutes'), 60, {
    min: 0.001,
    max: 60 * 24 * 14
  });
  return {
    tenantId,
    clientId,
    credential: secret ? { kind: 'secret', secret } : { kind: 'oidc' },
    pollIntervalMs: Math.round(pollIntervalSeconds * 1000),
    timeoutMs: Math.round(timeoutMinutes * 60_000),
    waitFor,
    authorityHost: parseBaseUrl('authority-host', input('authority-host') || 'https://login.microsoftonline.com'),
    requestTimeoutMs: Math.round(
      parseNumber('request-timeout-seconds', input('request-timeout-seconds'), 120, { min: 1, max: 3600 }) * 1000
    )
  };
}

/** Reads the inputs of either kind: `product-id` selects an MSI/EXE product; inputs of the other kind are refused. */
export async function readRunSettings(input: InputReader, now = Date.now()): Promise<RunSettings> {
  checkOneKind(input);
  if (!input('product-id')) return { api: 'store', settings: await readSettings(input, now) };
  if (parseBoolean('dry-run', input('dry-run'), false))
    fail("'dry-run' is not available for an MSI/EXE product ('product-id') yet.", 'Remove it for this step.');
  const common = readCommon(input, false);
  const apiUrl = parseBaseUrl('msi-exe-api-url', input('msi-exe-api-url') || MSI_EXE_API_URL);
  return { api: 'msi-exe', settings: { ...common, apiUrl, ...(await readMsiExeInputs(input)) } };
}

/** `now` (ms) is when dates must lie after. */
export async function readSettings(input: InputReader, now = Date.now()): Promise<Settings> {
  const dryRun = parseBoolean('dry-run', input('dry-run'), false);
  const common = readCommon(input, dryRun);
  const target = readTarget(input);
  const settings: Omit<
    Settings,
    'edits' | 'changes' | 'pendingFiles' | 'packageZip' | 'uploadFiles' | 'packages' | 'listings' | 'dryRun' | 'release'
  > = {
    ...common,
    target,
    deletePending: parseBoolean('delete-pending', input('delete-pending'), true),
    storeApiUrl: parseBaseUrl('store-api-url', input('store-api-url') || 'https://manage.devcenter.microsoft.com'),
    uploadConcurrency: parseNumber('upload-concurrency', input('upload-concurrency'), 4, {
      min: 1,
      max: 32,
      integer: true
    })
  };

  const release = readRelease(input, target, now);
  if (dryRun && release.kind === 'rollout') {
    fail(
      "'dry-run' is for submissions; 'operation: rollout' has nothing to rehearse.",
      "Leave 'dry-run' out of the rollout step."
    );
  }
  const packageMode = await readPackageMode(input, target, process.cwd());
  const releaseNotes = await readReleaseNotes(input, target);
  const listings = await readListingsInput(input, target);
  // The documented order: packages, release notes, listings folder, release controls; submission-json after them all.
  const releaseControls =
    release.kind === 'submit' && Object.keys(releaseFieldsOf(release.fields)).length
      ? releaseControlsEdit(release.fields)
      : undefined;
  const edits = [packageMode?.edit, releaseNotes, listings?.edit, releaseControls].filter(
    (edit): edit is SubmissionEdit => edit !== undefined
  );
  const uploadFiles = [...(packageMode?.files ?? []), ...(listings?.files ?? [])];

  const { changes, pendingFiles, packageZip } = await readChangesAndZip(input, target, uploadFiles);
  return {
    ...settings,
    edits,
    changes,
    pendingFiles,
    packageZip,
    uploadFiles,
    packages: packageMode?.packages ?? [],
    listings: listings?.folder,
    dryRun,
    release
  };
}
