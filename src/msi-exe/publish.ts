/**
 * One MSI/EXE run wired to the world: the transport, an Azure AD token for
 * api.store.microsoft.com (v2.0 endpoint, its own scope), the client, and
 * the lifecycle.
 */
import type { CommonSettings } from '../inputs/common.js';
import { allEdits, type SubmissionEdit } from '../edits.js';
import type { JsonObject } from '../merge.js';
import { signIn, type RunDeps } from '../sign-in.js';
import { MsiExeClient } from './client.js';
import { msiExePlanLines } from './dry-run.js';
import { msiExePlanUnread } from '../plan/msi-exe.js';
import { planLines } from '../plan/render.js';
import { MsiExeLifecycle, type MsiExeProgress } from './lifecycle.js';
import { MSI_EXE_RESOURCE, type MsiExePackage } from './types.js';

/** What an MSI/EXE run is given (./settings.ts reads it from the inputs); who signs in and how long to wait are every run's. */
export interface MsiExeSettings extends CommonSettings {
  /** e.g. https://api.store.microsoft.com (no trailing slash). */
  apiUrl: string;
  /** Sent as X-Seller-Account-Id. */
  sellerId: string;
  /** The product's Partner Center ID (a GUID). */
  productId: string;
  /** Replace the draft's packages with these; undefined keeps them. */
  installers?: MsiExePackage[];
  /** Metadata changes other than submission-json, in order (release notes, the listings folder); `changes` last. */
  edits: SubmissionEdit[];
  /** submission-json's `{ listings: { <language>: {...} }, properties, availability }`, applied last. */
  changes: JsonObject;
  /** The listings folder, and what it holds that this API's listings do not take (for the log). */
  listingsFolder?: { path: string; unused: string[] };
  /** false: update the draft and stop before submitting it (`commit: false`). */
  commit: boolean;
  /** Read the draft and print the plan; change nothing (`dry-run`). Without credentials, the draft is not read. */
  dryRun: boolean;
}

/** What an MSI/EXE run is given from the runner. */
export type MsiExeRunDeps = RunDeps;

/** Signs in and sets up the product's lifecycle (the same for a run and a dry run). */
function lifecycleFor(settings: MsiExeSettings, progress: MsiExeProgress, deps: MsiExeRunDeps): MsiExeLifecycle {
  const { clock, signal, info } = deps;
  const signedIn = signIn(settings, deps, { resource: MSI_EXE_RESOURCE, endpoint: 'v2.0' });
  const api = new MsiExeClient({
    ...signedIn,
    apiUrl: settings.apiUrl,
    sellerId: settings.sellerId,
    productId: settings.productId
  });
  info(`Publishing MSI/EXE product ${settings.productId} (seller ${settings.sellerId}).`);
  const job = {
    productId: settings.productId,
    installers: settings.installers,
    edits: allEdits(settings),
    commit: settings.commit,
    waitFor: settings.waitFor,
    pollIntervalMs: settings.pollIntervalMs,
    timeoutMs: settings.timeoutMs
  };
  return new MsiExeLifecycle(job, { api, clock, signal, info }, progress);
}

function noteUnused(settings: MsiExeSettings, info: (line: string) => void): void {
  if (settings.listingsFolder?.unused.length)
    info(
      `'listings-folder' holds what MSI/EXE listings do not take (not sent): ${settings.listingsFolder.unused.join('; ')}.`
    );
}

export async function publishMsiExe(
  settings: MsiExeSettings,
  progress: MsiExeProgress,
  deps: MsiExeRunDeps
): Promise<void> {
  noteUnused(settings, deps.info);
  await lifecycleFor(settings, progress, deps).run();
}

/**
 * A dry run (`dry-run: true`): the draft read and the changes checked against it, the plan printed, nothing
 * changed; without tenant-id and client-id, the inputs alone. The engine chooses between this and publishMsiExe
 * (src/run/engine.ts), the one place a dry run is decided.
 */
export async function rehearseMsiExe(
  settings: MsiExeSettings,
  progress: MsiExeProgress,
  deps: MsiExeRunDeps
): Promise<void> {
  const { info } = deps;
  noteUnused(settings, info);
  if (!(settings.tenantId && settings.clientId)) {
    info('Dry run without tenant-id and client-id: the inputs are checked; the draft was not read, nor could be.');
    const { productId, installers, commit } = settings;
    const edits = allEdits(settings);
    msiExePlanLines({ productId, installers, edits: edits.length, commit }).forEach((line) => info(line));
    progress.plan = msiExePlanUnread(edits, installers);
    planLines(progress.plan).forEach((line) => info(line));
    progress.dryRun = true;
    return;
  }
  await lifecycleFor(settings, progress, deps).rehearse();
}
