/**
 * A run for an MSIX app, flight or add-on through the Store submission API:
 * sign in, resolve the parent (creating a flight or add-on asked for), then
 * the one lifecycle (or, for `operation: rollout`, the published submission's
 * rollout change). A dry run goes through rehearse.ts instead.
 */
import { changePublishedRollout } from './lifecycle/rollout.js';
import { describeListings } from '../listings/edit.js';
import type { Settings } from './settings.js';
import { signIn, type RunDeps } from '../sign-in.js';
import { StoreClient } from './store/client.js';
import { resolveParent } from './store/resolve.js';
import { SubmissionLifecycle, type Progress } from './submission.js';
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

export async function publish(settings: Settings, progress: Progress, deps: RunDeps): Promise<void> {
  const { clock, signal, info: log } = deps;
  if (settings.listings) log(`listings-folder ${settings.listings.path}: ${describeListings(settings.listings)}.`);
  const client = new StoreClient({ ...signIn(settings, deps), storeApiUrl: settings.storeApiUrl });
  const resolved = await resolveParent(client, settings.target, log);
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
