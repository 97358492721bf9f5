/**
 * Sending a request that must not be repeated blindly (create a submission,
 * commit, create a flight or an add-on): when its outcome is unknown (a lost
 * answer, a 5xx, or a 409 right after one of those), ask whether it took
 * effect, and send it again only if it did not, after a backoff. Bounded.
 */
import { ApiError } from '../errors.js';
import { UncertainOutcomeError } from './client.js';

export async function sendOnce<T>(options: {
  /** The request; throws UncertainOutcomeError when it cannot tell what happened. */
  send: () => Promise<T>;
  /** What the request would have made, if it took effect; undefined if not. */
  check: () => Promise<T | undefined>;
  /** The backoff before sending again (StoreClient.pauseBeforeRetry). */
  pause: (attempt: number) => Promise<void>;
  /** Says, once per unclear answer, that the outcome is being checked. */
  onUncertain: (error: Error) => void;
  maxAttempts?: number;
}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 3;
  let uncertain = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await options.send();
    } catch (error) {
      // A 409 (already exists, wrong state) right after an unclear answer: the first one went through after all.
      const conflictAfterLost = uncertain && error instanceof ApiError && error.status === 409;
      if (!(error instanceof UncertainOutcomeError || conflictAfterLost) || attempt >= maxAttempts) throw error;
      uncertain = true;
      options.onUncertain(error as Error);
      const made = await options.check();
      if (made !== undefined) return made;
      await options.pause(attempt);
    }
  }
}
