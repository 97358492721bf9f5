/**
 * Sending a request that must not be repeated blindly (create a submission,
 * commit, submit, create a flight or an add-on, change a rollout): when its
 * outcome is unknown (a lost answer, a 5xx, or a 409 right after one of
 * those), ask the server whether it took effect, on every attempt including
 * the last, and send it again only if it did not, after a backoff. Bounded.
 * What it throws says what is true on the server: the request's own failure
 * when it was not carried out, OutcomeUnknownError when even the read-back
 * failed.
 */
import { ActionError, ApiError, CancelledError, UncertainOutcomeError } from '../errors.js';

/** Attempts of a request that is not safe to repeat (each unclear one is checked before the next). */
export const SEND_ONCE_ATTEMPTS = 3;

/** A request whose outcome stayed unknown: its answer was lost and reading what the server holds failed too. */
export class OutcomeUnknownError extends ActionError {
  constructor(sent: ApiError, readBack: unknown) {
    const why = readBack instanceof Error ? readBack.message : String(readBack);
    super(
      `${sent.message.replace(/\.$/, '')}, and whether it went through is unknown: reading it back failed too (${why.replace(/\.$/, '')}).`,
      { hint: sent.hint, correlationId: sent.correlationId, cause: readBack }
    );
    this.name = 'OutcomeUnknownError';
  }
}

export async function sendOnce<T>(options: {
  /** The request; throws UncertainOutcomeError when it cannot tell what happened. */
  send: () => Promise<T>;
  /** What the request would have made, if it took effect; undefined if not. */
  check: () => Promise<T | undefined>;
  /** The backoff before sending again (RequestLayer.pauseBeforeRetry). */
  pause: (attempt: number) => Promise<void>;
  /** Says, once per unclear answer, that the outcome is being checked. */
  onUncertain: (error: Error) => void;
  maxAttempts?: number;
}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? SEND_ONCE_ATTEMPTS;
  let uncertain = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await options.send();
    } catch (error) {
      // A 409 (already exists, wrong state) right after an unclear answer: the first one may have gone through.
      const conflictAfterLost = uncertain && error instanceof ApiError && error.status === 409;
      if (!(error instanceof UncertainOutcomeError || conflictAfterLost)) throw error;
      uncertain = true;
      options.onUncertain(error as Error);
      const made = await readBack(options.check, error as ApiError);
      if (made !== undefined) return made;
      if (error instanceof UncertainOutcomeError) error.notCarriedOut = true;
      if (attempt >= maxAttempts) throw error;
      await options.pause(attempt);
    }
  }
}

/** The check, its own failure turned into OutcomeUnknownError (a cancellation stays one). */
async function readBack<T>(check: () => Promise<T | undefined>, sent: ApiError): Promise<T | undefined> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    throw new OutcomeUnknownError(sent, error);
  }
}
