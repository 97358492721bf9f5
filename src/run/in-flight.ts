/** Marking a request that changes something while its outcome is unknown, for what a stopped run says it left. */
import { ActionError, ApiError, CancelledError, UncertainOutcomeError } from '../errors.js';
import { OutcomeUnknownError } from '../request/once.js';

/**
 * Whether `error` leaves it open that the request went through: a lost
 * answer, a 5xx or a network failure, a cancellation, a bug. A refusal (a 4xx
 * from the Store, or the action's own error about it) says it did not.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ActionError)) return true;
  if (error instanceof OutcomeUnknownError || error instanceof CancelledError) return true;
  // The read-back after the last lost answer showed the request was not carried out.
  if (error instanceof UncertainOutcomeError) return !error.notCarriedOut;
  return error instanceof ApiError && !(error.status !== undefined && error.status >= 400 && error.status < 500);
}

/**
 * Runs `request` with `mark(true)` until it is answered: a success or a
 * refusal clears the mark; an error that leaves the outcome unknown keeps it.
 */
export async function marked<T>(mark: (inFlight: boolean) => void, request: () => Promise<T>): Promise<T> {
  mark(true);
  try {
    const result = await request();
    mark(false);
    return result;
  } catch (error) {
    if (!outcomeUnknown(error)) mark(false);
    throw error;
  }
}
