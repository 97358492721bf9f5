/**
 * The submission lifecycle of an MSIX run (./submission.ts), given what it
 * needs: the Store client, the clock, the log, and the upload of the zip to
 * the URL the Store hands out (masked in every form before anything can print
 * it). Loaded by publish.ts once the parent is resolved.
 */
import { uploadBlob, uploadZip } from '../upload/index.js';
import { zipSource } from '../zip/write.js';
import type { RunDeps } from '../sign-in.js';
import type { Settings } from './settings.js';
import type { StoreClient } from './store/client.js';
import type { Resolved } from './store/resolve.js';
import { SubmissionLifecycle, type Progress } from './submission.js';

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

/** Runs the submission lifecycle for the resolved parent. */
export async function submit(
  settings: Settings,
  resolved: Resolved,
  client: StoreClient,
  progress: Progress,
  deps: RunDeps
): Promise<void> {
  const { clock, signal, info: log } = deps;
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
        // package-zip alone goes as it is; the zip planned in prepare is written while it uploads.
        return contents.plan
          ? uploadBlob(url, zipSource(contents.plan), uploadOptions)
          : uploadZip(url, contents.packageZip, uploadOptions);
      }
    },
    progress
  ).run();
}
