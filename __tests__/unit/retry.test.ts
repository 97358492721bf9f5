import {
  backoffDelay,
  defaultRetryPolicy,
  isNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
  type RetryPolicy
} from '../../src/request/policy.js';

const NOW = Date.parse('2025-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  test('seconds', () => {
    expect(parseRetryAfter('14', undefined, NOW)).toBe(14_000);
    expect(parseRetryAfter(' 3 ', undefined, NOW)).toBe(3000);
    expect(parseRetryAfter('0', undefined, NOW)).toBe(0);
    expect(parseRetryAfter('1.5', undefined, NOW)).toBe(1500);
  });

  test('an HTTP date', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', undefined, NOW)).toBe(30_000);
  });

  test('an HTTP date in the past means now', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:59:00 GMT', undefined, NOW)).toBe(0);
  });

  test('the gateway body "Try again in 14 seconds."', () => {
    const body = JSON.stringify({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 14 seconds.' });
    expect(parseRetryAfter(undefined, body, NOW)).toBe(14_000);
    expect(parseRetryAfter(null, 'try again in 2 sec', NOW)).toBe(2000);
  });

  test('the header wins over the body', () => {
    expect(parseRetryAfter('5', 'Try again in 14 seconds.', NOW)).toBe(5000);
  });

  test('an unusable header falls back to the body', () => {
    expect(parseRetryAfter('soon', 'Try again in 7 seconds.', NOW)).toBe(7000);
    expect(parseRetryAfter('   ', 'Try again in 7 seconds.', NOW)).toBe(7000);
  });

  test('nothing usable → undefined', () => {
    expect(parseRetryAfter(undefined, undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter(null, '', NOW)).toBeUndefined();
    expect(parseRetryAfter('', '{"code":"InvalidState","message":"try again later"}', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', undefined, NOW)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const policy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };

  test('random 0 gives half the step, random 1 the whole step', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, () => 1)).toBe(1000);
    expect(backoffDelay(2, policy, () => 0)).toBe(1000);
    expect(backoffDelay(2, policy, () => 1)).toBe(2000);
    expect(backoffDelay(4, policy, () => 0)).toBe(4000);
    expect(backoffDelay(4, policy, () => 1)).toBe(8000);
  });

  test('the step stops growing at maxDelayMs', () => {
    expect(backoffDelay(20, policy, () => 1)).toBe(60_000);
    expect(backoffDelay(20, policy, () => 0)).toBe(30_000);
    expect(backoffDelay(5000, policy, () => 1)).toBe(60_000);
  });

  test('stays within [step/2, step] for any random value', () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      for (const r of [0, 0.25, 0.5, 0.999, 1]) {
        const delay = backoffDelay(attempt, policy, () => r);
        expect(delay).toBeGreaterThanOrEqual(step / 2);
        expect(delay).toBeLessThanOrEqual(step);
      }
    }
  });

  test('attempt 0 or below is treated as the first', () => {
    expect(backoffDelay(0, policy, () => 1)).toBe(1000);
  });
});

describe('retryDelay', () => {
  const policy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 10_000 };

  test('uses the server-given wait when there is one, plus at most 250 ms of jitter', () => {
    expect(retryDelay(1, policy, 3000, () => 0)).toBe(3000);
    expect(retryDelay(1, policy, 3000, () => 1)).toBe(3250);
  });

  // Issue #8: a server-given wait is honoured as asked (the request layer fails a call asking for more than
  // MAX_RETRY_AFTER_MS instead of cutting the wait short); only backoff steps stop at maxDelayMs.
  test('honours a server-given wait past maxDelayMs', () => {
    expect(retryDelay(1, policy, 120_000, () => 0)).toBe(120_000);
    expect(retryDelay(1, policy, 120_000, () => 1)).toBe(120_250);
  });

  test('without a server-given wait, backs off exponentially', () => {
    expect(retryDelay(3, policy, undefined, () => 1)).toBe(4000);
    expect(retryDelay(30, policy, undefined, () => 1)).toBe(10_000);
  });

  test('a Retry-After of 0 is honoured (not treated as absent)', () => {
    expect(retryDelay(5, policy, 0, () => 0)).toBe(0);
  });
});

describe('isNetworkError', () => {
  test.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET'])('code %s', (code) => {
    expect(isNetworkError(Object.assign(new Error('x'), { code }))).toBe(true);
  });

  test('a network error nested as the cause', () => {
    const inner = Object.assign(new Error('read'), { code: 'ECONNRESET' });
    expect(isNetworkError(new Error('request failed', { cause: inner }))).toBe(true);
    expect(isNetworkError(new Error('outer', { cause: new Error('middle', { cause: inner }) }))).toBe(true);
  });

  test("'socket hang up' and timeouts by message or name", () => {
    expect(isNetworkError(new Error('socket hang up'))).toBe(true);
    expect(isNetworkError(new Error('Request timed out after 120000 ms'))).toBe(true);
    expect(isNetworkError(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe(true);
  });

  test('ordinary errors and non-errors are not', () => {
    expect(isNetworkError(new Error('Unexpected token < in JSON at position 0'))).toBe(false);
    expect(isNetworkError(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isNetworkError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
    expect(isNetworkError(undefined)).toBe(false);
    expect(isNetworkError(null)).toBe(false);
    expect(isNetworkError('ECONNRESET')).toBe(false);
  });

  test('a self-referencing cause does not loop', () => {
    const error = new Error('plain') as Error & { cause?: unknown };
    error.cause = error;
    expect(isNetworkError(error)).toBe(false);
  });
});

describe('isRetryableStatus', () => {
  test.each([408, 429, 500, 502, 503, 504])('%d is retryable', (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });
  test.each([200, 201, 400, 401, 403, 404, 409, 501])('%d is not', (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });
});

test('the default policy is bounded', () => {
  expect(defaultRetryPolicy.maxAttempts).toBeGreaterThan(1);
  expect(defaultRetryPolicy.maxDelayMs).toBeGreaterThanOrEqual(defaultRetryPolicy.baseDelayMs);
});
