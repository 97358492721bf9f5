/**
 * A run for an MSIX app, flight or add-on through the Store submission API:
 * sign in, resolve the parent, then the one lifecycle (or, for
 * `operation: rollout`, the published submission's rollout change).
 */
import { ActionError, ApiError } from '../errors.js';
import { markDryRun, printDryRun } from './lifecycle/dry-run.js';
import { changePublishedRollout } from './lifecycle/rollout.js';
import { describeListings } from '../listings/edit.js';
import type { Settings } from './settings.js';
import type { IdTokenSource } from '../run/host.js';
import { signIn, type RunDeps } from '../sign-in.js';
import { StoreClient } from './store/client.js';
import { resolveParent, type Resolved } from './store/resolve.js';
import { allEdits, SubmissionLifecycle, type Progress } from './submission.js';
import { uploadBlob, uploadZip } from '../upload/index.js';
import { zipSource, zipStream } from '../zip/write.js';

export { leftBehind } from './lifecycle/left-behind.js';

/** Masks an upload URL in every form it could be printed in: whole, fixed, and its signature alone. */
export function maskUploadUrl(url: string, mask: (secret: string) => void): void {
  mask(url);
  mask(url.replace(/\+/g, '%2B'));
  const sig = /[?&]sig=([^&]+)/.exec(url)?.[1];
  if (sig) {
    mask(sig);
    mask(sig.replace(/\+/g, '%2B'));
    try {
      mask(decodeURIComponent(sig.replace(/\+/g, '%2B')));
    } catch {
      // not decodable: the raw forms are masked already
    }
  }
}

/** Why a dry run cannot read the Store (no credentials to sign in with), or undefined when it can. */
function withoutStore(
  settings: Settings,
  idToken: IdTokenSource
): { unchecked: string; firstChange: string } | undefined {
  const missing = [!settings.tenantId && 'tenant-id', !settings.clientId && 'client-id'].filter(Boolean);
  const noOidc = settings.credential.kind === 'oidc' && !idToken.available;
  if (missing.length === 0 && !noOidc) return undefined;
  const why = missing.length ? `no ${missing.join(' or ')} given` : `no client-secret, and ${idToken.missing}`;
  return {
    unchecked: `${why}, so the dry run did not sign in: the packages' identity and versions were not compared with the app and its published packages, and the submission below holds only the changes (a real run applies them over the last published submission).`,
    firstChange: 'sign in, then replace any pending submission and create a new one'
  };
}

/**
 * The parent, read (or, in a real run, created when asked for and missing).
 * A dry run creates nothing: when the parent would have to be created first,
 * it prints what it can without it and resolves with undefined.
 */
async function resolveForRun(
  client: StoreClient,
  settings: Settings,
  log: (line: string) => void
): Promise<Resolved | undefined> {
  const { target } = settings;
  const creates = target.kind !== 'app' && target.create !== undefined;
  if (!settings.dryRun || !creates) return resolveParent(client, target, log);
  try {
    return await resolveParent(client, { ...target, create: undefined }, log);
  } catch (error) {
    if (!(error instanceof ActionError) || error instanceof ApiError) throw error;
    const what = target.kind === 'flight' ? `package flight '${target.flightName}'` : `add-on '${target.productId}'`;
    await printDryRun(
      settings,
      {
        edits: allEdits(settings),
        unchecked: `the ${what} does not exist yet (${error.message}); its checks need it.`,
        firstChange: `create the ${what}, then a submission for it`
      },
      log
    );
    return undefined;
  }
}

export async function publish(settings: Settings, progress: Progress, deps: RunDeps): Promise<void> {
  const { clock, signal, info: log } = deps;
  if (settings.listings) log(`listings-folder ${settings.listings.path}: ${describeListings(settings.listings)}.`);
  const offline = settings.dryRun ? withoutStore(settings, deps.idToken) : undefined;
  if (offline) {
    await printDryRun(settings, { edits: allEdits(settings), ...offline }, log);
    markDryRun(progress, settings);
    return;
  }
  const client = new StoreClient({ ...signIn(settings, deps), storeApiUrl: settings.storeApiUrl });
  const resolved = await resolveForRun(client, settings, log);
  if (!resolved) {
    markDryRun(progress, settings);
    return;
  }
  if (settings.release?.kind === 'rollout') {
    progress.parent = resolved.parent; // (a submission's lifecycle records its own parent)
    log(`Changing the package rollout of the ${resolved.parent.label}'s published submission.`);
    await changePublishedRollout(client, resolved, settings.release.change, progress, log);
    return;
  }
  log(`Publishing to the ${resolved.parent.label}.`);
  await new SubmissionLifecycle(
    settings,
    resolved,
    {
      client,
      clock,
      signal,
      info: log,
      warning: deps.warning,
      upload: async (url, contents) => {
        maskUploadUrl(url, deps.mask);
        const uploadOptions = {
          concurrency: settings.uploadConcurrency,
          log,
          signal,
          clock,
          requestTimeoutMs: settings.requestTimeoutMs
        };
        // package-zip alone goes as it is; with packages, one zip is written while it uploads.
        return contents.files.length === 0 && contents.packageZip
          ? uploadZip(url, contents.packageZip, uploadOptions)
          : uploadBlob(url, contents.plan ? zipSource(contents.plan) : await zipStream(contents), uploadOptions);
      }
    },
    progress
  ).run();
}
