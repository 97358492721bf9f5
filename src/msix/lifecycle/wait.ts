/**
 * Waiting after the commit: reads the status on the polling schedule until
 * the stop `wait-for` names, a failure, the timeout, or cancellation, with a
 * log line on every change and at least every few minutes.
 */
import type { Clock } from '../../clock.js';
import { ActionError } from '../../errors.js';
import { formatDuration, waitUntil } from '../../run/wait.js';
import { judgeStatus, type WaitFor } from '../../status.js';
import type { StatusDetails } from '../store/types.js';

/** Thrown when the run ends with a submission in a failed state, or waiting past the timeout. */
export class SubmissionFailedError extends ActionError {}

export interface WaitOptions {
  id: string;
  /** "the app 9NBLGGH4R315", for messages. */
  label: string;
  waitFor: WaitFor;
  timeoutMs: number;
  pollIntervalMs: number;
  /** The submission's targetPublishMode (Manual and SpecificDate stop at Release). */
  publishMode?: string;
  clock: Clock;
  signal?: AbortSignal;
  info: (line: string) => void;
  /** Reads the status (and records it). */
  readStatus: () => Promise<{ status: string; statusDetails?: StatusDetails }>;
  /** The submission's pages in Partner Center, for the hints (ageRatings: an app's only). */
  pages?: { submission: string; ageRatings?: string };
}

/**
 * What to do about a failed submission. CommitFailed with InvalidMicrosoftAgeRating or InvalidState has a known
 * cause (msstore-cli singles them out too: see docs/oracles.md).
 */
export function failureHint(
  status: string,
  details: StatusDetails | undefined,
  pages: WaitOptions['pages'] = { submission: 'Partner Center' }
): string {
  const page = pages.submission;
  const codes = new Set((details?.errors ?? []).map((error) => error.code));
  if (status === 'CommitFailed' && codes.has('InvalidMicrosoftAgeRating'))
    return `The app has no complete Microsoft age rating: answer the age ratings questionnaire in Partner Center (${pages.ageRatings ?? page}), then run again.`;
  if (status === 'CommitFailed' && codes.has('InvalidState'))
    return `The submission has validation errors that the API does not show: open it in Partner Center (${page}) to see and fix them, then run again.`;
  return `See the errors below and in Partner Center (${page}).`;
}

/** Resolves with the note of a stop that is not the one asked for (a Manual submission waiting at Release). */
export async function waitForStatus(options: WaitOptions): Promise<string | undefined> {
  const { id, clock } = options;
  options.info(
    `Waiting for submission ${id} to pass the ${options.waitFor} stage (up to ${formatDuration(options.timeoutMs)}).`
  );
  return waitUntil(
    async () => {
      const { status, statusDetails } = await options.readStatus();
      const verdict = judgeStatus(status, options.waitFor, options.publishMode);
      if (verdict.state === 'done') return { done: verdict.note, state: status };
      if (verdict.state === 'failed') {
        const failed = new SubmissionFailedError(
          `Submission ${id} of the ${options.label} failed: ${verdict.reason}.`,
          {
            hint: failureHint(status, statusDetails, options.pages)
          }
        );
        return { failed, state: status };
      }
      return { waiting: status };
    },
    {
      clock,
      signal: options.signal,
      info: options.info,
      pollIntervalMs: options.pollIntervalMs,
      deadline: clock.now() + options.timeoutMs,
      readAtOnce: false,
      initial: 'CommitStarted',
      changed: (status, waited) => `Submission ${id}: ${status} (after ${waited}).`,
      still: (status, waited) => `Submission ${id}: still ${status} after ${waited}.`,
      timedOut: (status) =>
        new SubmissionFailedError(
          `Timed out after ${formatDuration(options.timeoutMs)} waiting for submission ${id} of the ${options.label}; its last status was ${status}.`,
          { hint: "The submission goes on in the Store: check it in Partner Center, or raise 'timeout-minutes'." }
        )
    }
  );
}
