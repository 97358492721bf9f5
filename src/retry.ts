import type { Clock } from './clock.js';

/**
 * Retry policy primitives shared by the Store client, the token source and
 * the blob uploader: which failures are worth another try, how long to wait,
 * and the one way to wait (waitToRetry). The loops live with their callers,
 * which know what is safe to repeat.
 */

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  maxAttempts: number;
  /** First backoff step. */
  baseDelayMs: number;
  /** Upper bound for one backoff step (and for an honoured Retry-After). */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** HTTP statuses that say "try again later" rather than "this request is wrong". */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_STREAM_PREMATURE_CLOSE'
]);

/** True for transport failures: reset, refused, timed out, socket hang up. */
export function isNetworkError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  if (e.name === 'TimeoutError' || e.name === 'RequestTimeoutError') return true;
  if (typeof e.message === 'string' && /socket hang up|network|timed? ?out|ECONNRESET/i.test(e.message)) return true;
  return e.cause !== undefined && e.cause !== err && isNetworkError(e.cause);
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random,
 * so retries spread out but never collapse to zero. `attempt` is 1 for the
 * wait after the first failure.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * How long the server asked us to wait, in ms: `Retry-After` as seconds or as
 * an HTTP date, else a gateway body's "Try again in N seconds". Undefined when
 * the response says nothing usable.
 */
export function parseRetryAfter(
  header: string | undefined | null,
  body: string | undefined,
  nowMs: number
): number | undefined {
  if (header !== undefined && header !== null && header.trim() !== '') {
    const value = header.trim();
    if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  if (body) {
    const match = /try again in (\d+(?:\.\d+)?) ?(second|sec|s\b)/i.exec(body);
    if (match) return Math.round(Number(match[1]) * 1000);
  }
  return undefined;
}

/** The wait before retry number `attempt`: what the server asked for when it said, else backoff. Bounded either way. */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: () => number = Math.random
): number {
  if (retryAfterMs !== undefined) {
    // A little jitter on top so that parallel jobs of one tenant do not return in lock-step.
    return Math.min(policy.maxDelayMs, retryAfterMs) + Math.round(random() * 250);
  }
  return backoffDelay(attempt, policy, random);
}

/**
 * The wait before the next try, said once in the log: `<call> <reason>;
 * retrying in N s (attempt K of M)`. Used by every retry loop (Store calls,
 * Azure AD tokens, blob requests) so that they read, wait and stop alike.
 */
export async function waitToRetry(options: {
  call: string;
  /** What went wrong, with its verb: "got HTTP 503", "failed (ECONNRESET)". */
  reason: string;
  /** The attempt that just failed (1 for the first). */
  attempt: number;
  /** Shown as "of M" when given. */
  maxAttempts?: number;
  policy: RetryPolicy;
  retryAfterMs?: number;
  clock: Clock;
  log: (line: string) => void;
  signal?: AbortSignal;
}): Promise<void> {
  const delay = retryDelay(options.attempt, options.policy, options.retryAfterMs);
  const of = options.maxAttempts === undefined ? '' : ` of ${options.maxAttempts}`;
  options.log(
    `${options.call} ${options.reason}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${options.attempt + 1}${of})`
  );
  await options.clock.sleep(delay, options.signal);
}
