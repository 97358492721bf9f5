/**
 * The one retry policy: which failures are worth another try, how long to
 * wait before it, and how long the server may ask us to wait. The loop that
 * applies it is the request layer (./layer.ts).
 */
export interface RetryPolicy {
  /** Total attempts, the first one included (a 429 gets THROTTLED_EXTRA_ATTEMPTS more). */
  maxAttempts: number;
  /** First backoff step. */
  baseDelayMs: number;
  /** Upper bound for one backoff step. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** Throttled requests were not carried out: they get this many attempts beyond maxAttempts. */
export const THROTTLED_EXTRA_ATTEMPTS = 4;

/** The longest `Retry-After` honoured; a longer one fails the call and names the wait. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

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

/**
 * The wait before retry number `attempt + 1`: what the server asked for when
 * it said (a little jitter on top, so that parallel jobs of one tenant do not
 * return in lock-step), else backoff.
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: () => number = Math.random
): number {
  if (retryAfterMs !== undefined) return retryAfterMs + Math.round(random() * 250);
  return backoffDelay(attempt, policy, random);
}
