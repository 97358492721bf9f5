/**
 * The only reader of the action's inputs. Everything is checked here, before
 * the first request, so that bad input fails with one clear line and leaves
 * the Store as it was. What comes out is one typed Settings object. The
 * shapes of single inputs live in ./inputs/.
 */
import type { Credential } from './auth.js';
import type { SubmissionEdit } from './edits.js';
import { checkRunKind, chosenApi } from './inputs/kinds.js';
import { readMsiExeInputs } from './inputs/msi-exe.js';
import { readTarget } from './inputs/target.js';
import { fail, readBaseUrl, readBoolean, readChoice, readNumber, type InputReader } from './inputs/parse.js';
import { readListingsInput } from './inputs/listings.js';
import { readReadBackSettings } from './inputs/read-back.js';
import { readPackageMode, readReleaseNotes } from './inputs/packages.js';
import { readChangesAndZip } from './inputs/submission-json.js';
import type { JsonObject, PendingFile } from './merge.js';
import type { ListingsFolder } from './listings/types.js';
import type { MsiExeSettings } from './msi-exe/publish.js';
import type { PackageInfo } from './packages/read.js';
import type { ReadBackSettings } from './read-back/types.js';
import { checkCommitAndWait, parseReleaseOperation, type ReleaseOperation } from './release/controls.js';
import { releaseControlsEdit, releaseFieldsOf } from './release/edit.js';
import type { WaitFor } from './status.js';
import type { Target } from './store/target.js';
import type { ZipFileEntry } from './zip/write.js';

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
export type RunSettings =
  | { api: 'store'; settings: Settings }
  | { api: 'msi-exe'; settings: MsiExeSettings }
  /** `operation: status` or `export`, through either API: reads only. */
  | { api: 'read-back'; settings: ReadBackSettings };

/** A dry run goes without credentials too (it then says what it could not check). */
function readCommon(input: InputReader, dryRun: boolean): CommonSettings {
  const required = (name: 'tenant-id' | 'client-id', hint: string): string =>
    input(name).trim() || (dryRun ? '' : fail(`Input '${name}' is required.`, hint));
  const tenantId = required(
    'tenant-id',
    'It is the Azure AD (Entra ID) directory ID that Partner Center is associated with.'
  );
  const clientId = required(
    'client-id',
    'It is the application (client) ID of the Azure AD app added to Partner Center.'
  );
  const secret = input('client-secret');
  const waitFor = readChoice<WaitFor>(input, 'wait-for') ?? 'commit';
  checkCommitAndWait(input);
  return {
    tenantId,
    clientId,
    credential: secret ? { kind: 'secret', secret } : { kind: 'oidc' },
    pollIntervalMs: Math.round(readNumber(input, 'poll-interval-seconds') * 1000),
    timeoutMs: Math.round(readNumber(input, 'timeout-minutes') * 60_000),
    waitFor,
    authorityHost: readBaseUrl(input, 'authority-host'),
    requestTimeoutMs: Math.round(readNumber(input, 'request-timeout-seconds') * 1000)
  };
}

/**
 * Reads the inputs of either kind: `product-id` selects an MSI/EXE product. Every input the chosen API or
 * operation cannot honour is refused first (src/inputs/kinds.ts, from the declaration).
 */
export async function readRunSettings(input: InputReader, now = Date.now()): Promise<RunSettings> {
  const kind = checkRunKind(input);
  if (kind.operation === 'status' || kind.operation === 'export') {
    const operation = kind.operation;
    return {
      api: 'read-back',
      settings: readReadBackSettings(input, { ...kind, operation }, readCommon(input, false))
    };
  }
  if (chosenApi(input) === 'msix') return { api: 'store', settings: await readSettings(input, now) };
  checkRunKind(input);
  const dryRun = readBoolean(input, 'dry-run') ?? false;
  const common = readCommon(input, dryRun);
  const apiUrl = readBaseUrl(input, 'msi-exe-api-url');
  const commit = readBoolean(input, 'commit') ?? true;
  return { api: 'msi-exe', settings: { ...common, apiUrl, commit, dryRun, ...(await readMsiExeInputs(input)) } };
}

/** `now` (ms) is when dates must lie after. */
export async function readSettings(input: InputReader, now = Date.now()): Promise<Settings> {
  checkRunKind(input);
  const dryRun = readBoolean(input, 'dry-run') ?? false;
  const common = readCommon(input, dryRun);
  const target = readTarget(input);
  const settings: Omit<
    Settings,
    'edits' | 'changes' | 'pendingFiles' | 'packageZip' | 'uploadFiles' | 'packages' | 'listings' | 'dryRun' | 'release'
  > = {
    ...common,
    target,
    deletePending: readBoolean(input, 'delete-pending') ?? true,
    storeApiUrl: readBaseUrl(input, 'store-api-url'),
    uploadConcurrency: readNumber(input, 'upload-concurrency')
  };

  const release = parseReleaseOperation(input, { kind: target.kind, now });
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
