import { AzureAdTokenSource, type TokenSource } from '../../src/auth.js';
import { ApiError, CancelledError } from '../../src/errors.js';
import type { RetryPolicy } from '../../src/request/policy.js';
import {
  parseStoreError,
  StoreClient,
  UncertainOutcomeError,
  type StoreClientOptions
} from '../../src/msix/store/client.js';
import { FakeClock, json, networkError, ScriptedTransport, type Scripted } from './helpers.js';

const RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000 };
const BASE = 'https://store.example.test/v1.0/my/';

class StubTokens implements TokenSource {
  issued = 0;
  invalidations = 0;
  failWith?: unknown;
  async token(): Promise<string> {
    if (this.failWith) throw this.failWith;
    return `token-${this.issued + 1}`;
  }
  invalidate(): void {
    this.invalidations++;
    this.issued++;
  }
}

function setup(script: Scripted[], extra: Partial<StoreClientOptions> = {}) {
  const clock = new FakeClock();
  const http = new ScriptedTransport(script, clock);
  const tokens = new StubTokens();
  const logs: string[] = [];
  const client = new StoreClient({
    storeApiUrl: 'https://store.example.test',
    tokens,
    http,
    clock,
    retry: RETRY,
    log: (line) => logs.push(line),
    ...extra
  });
  return { client, clock, http, tokens, logs };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).oneLine()).not.toMatch(/[\r\n]/);
  return error as ApiError;
}

const created = {
  id: '1152921505687000000',
  status: 'PendingCommit',
  fileUploadUrl: 'https://blob.example.test/x?sig=a+b'
};

describe('requests', () => {
  test('GET sends the bearer token to base + path and returns the parsed body', async () => {
    const { client, http } = setup([json(200, { id: '9NBLGGH4R315' })]);
    await expect(client.get('applications/9NBLGGH4R315', 'Read the app')).resolves.toEqual({ id: '9NBLGGH4R315' });
    expect(http.requests[0]).toMatchObject({ method: 'GET', url: `${BASE}applications/9NBLGGH4R315`, body: undefined });
    expect(http.requests[0].headers.Authorization).toBe('Bearer token-1');
    expect(http.requests[0].headers['Content-Type']).toBeUndefined();
  });

  test('PUT sends JSON with a JSON content type', async () => {
    const { client, http } = setup([json(200, { ok: true })]);
    await client.send({
      method: 'PUT',
      path: 'applications/A/submissions/1',
      body: { visibility: 'Public' },
      call: 'Update'
    });
    expect(JSON.parse(http.requests[0].body ?? '')).toEqual({ visibility: 'Public' });
    expect(http.requests[0].headers['Content-Type']).toMatch(/^application\/json/);
  });

  test('any 2xx is success; an empty body (DELETE 204) is undefined; the correlation ID is returned', async () => {
    const { client } = setup([
      { status: 204, headers: { 'ms-correlationid': 'c-1' }, body: '' },
      json(201, created, { 'ms-correlationid': 'c-2' })
    ]);
    await expect(client.send({ method: 'DELETE', path: 'x/submissions/1', call: 'Delete' })).resolves.toEqual({
      status: 204,
      body: undefined,
      correlationId: 'c-1'
    });
    await expect(client.send({ method: 'POST', path: 'x/submissions', call: 'Create' })).resolves.toEqual({
      status: 201,
      body: created,
      correlationId: 'c-2'
    });
  });

  test('a 2xx that is not JSON: a read is retried, and fails with ApiError if it stays unreadable', async () => {
    const garbled = { status: 200, headers: {}, body: '{"value": [' };
    const once = setup([garbled, json(200, { value: [1] })]);
    await expect(once.client.get('applications', 'List apps')).resolves.toEqual({ value: [1] });
    expect(once.http.requests).toHaveLength(2);

    const always = setup(Array(RETRY.maxAttempts).fill({ status: 200, headers: {}, body: '<html>gateway</html>' }));
    const error = await failure(always.client.get('applications', 'List apps'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/not valid JSON/);
    expect(always.http.requests).toHaveLength(RETRY.maxAttempts);
  });

  test('a create answered 201 with an unreadable body is an uncertain outcome, not repeated', async () => {
    const { client, http } = setup([{ status: 201, headers: {}, body: '{"id": "11' }, json(201, created)]);
    const error = await failure(client.send({ method: 'POST', path: 'applications/A/submissions', call: 'Create' }));
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(http.requests).toHaveLength(1);
  });

  test('an error from the transport that is not a network error is passed through, not retried', async () => {
    const bug = new TypeError('Invalid URL');
    const { client, http } = setup([bug, json(200, {})]);
    await expect(client.get('applications', 'List apps')).rejects.toBe(bug);
    expect(http.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  test('GET is retried on 500, 503 and a network error (ECONNRESET), then succeeds', async () => {
    const { client, http, clock } = setup([
      json(500, { code: 'ServiceError' }),
      json(503, {}),
      networkError('ECONNRESET'),
      json(200, { value: [] })
    ]);
    await expect(client.get('applications', 'List apps')).resolves.toEqual({ value: [] });
    expect(http.requests).toHaveLength(4);
    expect(clock.sleeps).toHaveLength(3);
    // Exponential backoff with equal jitter: 0.5–1 s, 1–2 s, 2–4 s.
    clock.sleeps.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual((RETRY.baseDelayMs * 2 ** i) / 2);
      expect(ms).toBeLessThanOrEqual(RETRY.baseDelayMs * 2 ** i);
    });
  });

  test('GET gives up after maxAttempts 503s with an ApiError naming the status', async () => {
    const { client, http } = setup(
      Array.from({ length: 10 }, () => json(503, { code: 'ServiceUnavailable', message: 'busy' }))
    );
    const error = await failure(client.get('applications', 'List apps'));
    expect(http.requests).toHaveLength(RETRY.maxAttempts);
    expect(error.status).toBe(503);
    expect(error).not.toBeInstanceOf(UncertainOutcomeError);
  });

  test('GET gives up after maxAttempts network errors', async () => {
    const { client, http } = setup(Array.from({ length: 10 }, () => networkError('ECONNRESET', 'socket hang up')));
    const error = await failure(client.get('applications', 'List apps'));
    expect(http.requests).toHaveLength(RETRY.maxAttempts);
    expect(error.message).toMatch(/no answer after 4 attempts/);
  });

  test('PUT and DELETE are retried too', async () => {
    const { client, http } = setup([
      json(502, {}),
      json(200, {}),
      json(504, {}),
      { status: 204, headers: {}, body: '' }
    ]);
    await client.send({ method: 'PUT', path: 'a', body: {}, call: 'Update' });
    await client.send({ method: 'DELETE', path: 'a', call: 'Delete' });
    expect(http.requests.map((r) => r.method)).toEqual(['PUT', 'PUT', 'DELETE', 'DELETE']);
  });

  test('POST (create) is NOT retried on 500 → UncertainOutcomeError', async () => {
    const { client, http, clock } = setup([json(500, { code: 'ServiceError', message: 'oops' }), json(201, created)]);
    const error = await failure(
      client.send({ method: 'POST', path: 'applications/A/submissions', call: 'Create the submission' })
    );
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(error.status).toBe(500);
    expect(http.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('POST (create) is NOT retried on a network error → UncertainOutcomeError', async () => {
    const { client, http } = setup([networkError('ECONNRESET'), json(201, created)]);
    const error = await failure(
      client.send({ method: 'POST', path: 'applications/A/submissions', call: 'Create the submission' })
    );
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(error.message).toMatch(/no answer/);
    expect(http.requests).toHaveLength(1);
  });

  test('a POST marked idempotent is retried', async () => {
    const { client, http } = setup([json(503, {}), json(200, { ok: 1 })]);
    await expect(
      client.send({ method: 'POST', path: 'x/haltpackagerollout', call: 'Halt', idempotent: true })
    ).resolves.toMatchObject({ body: { ok: 1 } });
    expect(http.requests).toHaveLength(2);
  });

  test('a GET marked not idempotent is not retried', async () => {
    const { client, http } = setup([json(503, {}), json(200, {})]);
    await expect(client.send({ method: 'GET', path: 'x', call: 'Read', idempotent: false })).rejects.toBeInstanceOf(
      UncertainOutcomeError
    );
    expect(http.requests).toHaveLength(1);
  });

  test('4xx other than 401/408/429 is not retried', async () => {
    const { client, http } = setup([json(404, { code: 'ResourceNotFound', message: 'no such app' }), json(200, {})]);
    const error = await failure(client.get('applications/X', 'Read the app'));
    expect(error.status).toBe(404);
    expect(http.requests).toHaveLength(1);
  });
});

describe('throttling (429)', () => {
  test('POST is retried after a 429, honouring Retry-After', async () => {
    const { client, http, clock } = setup([json(429, {}, { 'retry-after': '10' }), json(201, created)]);
    const response = await client.send({
      method: 'POST',
      path: 'applications/A/submissions',
      call: 'Create the submission'
    });
    expect(response.status).toBe(201);
    expect(http.requests).toHaveLength(2);
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(10_000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(10_250);
    expect(http.requests[1].at - http.requests[0].at).toBeGreaterThanOrEqual(10_000);
  });

  test('the gateway body "Try again in 3 seconds." is honoured without a header', async () => {
    const gateway = { statusCode: 429, message: 'Rate limit is exceeded. Try again in 3 seconds.' };
    const { client, clock } = setup([json(429, gateway), json(200, { ok: true })]);
    await client.get('applications', 'List apps');
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(3000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(3250);
  });

  test('after a 429, later calls are spaced (throttled pacing); before it they are not', async () => {
    const { client, http, clock } = setup(
      [
        json(200, {}),
        json(200, {}),
        json(429, {}, { 'retry-after': '1' }),
        json(200, {}),
        json(200, {}),
        json(200, {})
      ],
      { throttledSpacingMs: 5000 }
    );
    await client.get('a', 'A');
    await client.get('b', 'B');
    expect(clock.sleeps).toEqual([]); // not throttled yet: no pacing
    await client.get('c', 'C'); // 429, then 200
    await client.get('d', 'D');
    await client.get('e', 'E');
    const at = http.requests.map((r) => r.at);
    expect(at[1] - at[0]).toBe(0);
    expect(at[4] - at[3]).toBeGreaterThanOrEqual(5000);
    expect(at[5] - at[4]).toBeGreaterThanOrEqual(5000);
  });

  test('persistent 429 ends in an ApiError that carries the gateway code and message', async () => {
    const gateway = { statusCode: 429, message: 'Rate limit is exceeded. Try again in 1 seconds.' };
    const { client, http } = setup(Array.from({ length: 20 }, () => json(429, gateway)));
    const error = await failure(client.get('applications', 'List apps'));
    expect(error.status).toBe(429);
    expect(error.code).toBe('429');
    expect(error.storeMessage).toMatch(/Rate limit is exceeded/);
    expect(error.hint).toMatch(/throttled/);
    expect(http.requests.length).toBeGreaterThan(RETRY.maxAttempts); // 429 gets a few more tries than other failures
    expect(http.requests.length).toBeLessThan(20);
  });
});

describe('cancellation', () => {
  test('a job cancelled during a retryable failure stops with CancelledError instead of retrying', async () => {
    const controller = new AbortController();
    const { client, http } = setup(
      [
        () => {
          controller.abort();
          return json(503, {});
        },
        json(200, {})
      ],
      { signal: controller.signal }
    );
    await expect(client.get('applications', 'List apps')).rejects.toBeInstanceOf(CancelledError);
    expect(http.requests).toHaveLength(1);
  });
});

describe('401', () => {
  test('invalidates the token and repeats once with the new token', async () => {
    const { client, http, tokens } = setup([json(401, {}), json(201, created)]);
    const response = await client.send({
      method: 'POST',
      path: 'applications/A/submissions',
      call: 'Create the submission'
    });
    expect(response.status).toBe(201);
    expect(tokens.invalidations).toBe(1);
    expect(http.requests.map((r) => r.headers.Authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  test('a second 401 fails with an ApiError and a hint about Partner Center', async () => {
    const { client, http, tokens } = setup([
      json(401, { code: 'Unauthorized' }),
      json(401, { code: 'Unauthorized' }),
      json(200, {})
    ]);
    const error = await failure(client.get('applications', 'List apps'));
    expect(error.status).toBe(401);
    expect(error.hint).toMatch(/Partner Center/);
    expect(tokens.invalidations).toBe(1);
    expect(http.requests).toHaveLength(2);
  });
});

describe('error messages', () => {
  test('name the call, method and path, HTTP status, Store code and message, and MS-CorrelationId', async () => {
    const body = {
      code: 'InvalidState',
      message: 'The application has a pending submission.',
      source: 'Ingestion Api',
      target: 'applicationSubmission'
    };
    const { client } = setup([json(409, body, { 'ms-correlationid': 'a1b2c3d4-corr' })]);
    const error = await failure(
      client.send({ method: 'POST', path: 'applications/9N/submissions?x=1', call: 'Create the submission' })
    );
    expect(error.message).toContain('Create the submission');
    expect(error.message).toContain('POST applications/9N/submissions');
    expect(error.message).not.toContain('?x=1');
    expect(error.message).toContain('HTTP 409');
    expect(error.message).toContain('InvalidState');
    expect(error.message).toContain('The application has a pending submission.');
    expect(error.message).toContain('a1b2c3d4-corr');
    expect(error.correlationId).toBe('a1b2c3d4-corr');
    expect(error.code).toBe('InvalidState');
  });

  test('the hint callback sees the failure and its answer becomes the hint', async () => {
    const seen: unknown[] = [];
    const { client } = setup([json(409, { code: 'InvalidOperation', message: 'Ingestion API can only update...' })]);
    const error = await failure(
      client.send({
        method: 'PUT',
        path: 'x',
        body: {},
        call: 'Update',
        hint: (f) => {
          seen.push(f);
          return f.code === 'InvalidOperation' ? 'Delete it in Partner Center.' : undefined;
        }
      })
    );
    expect(seen).toEqual([{ status: 409, code: 'InvalidOperation', message: 'Ingestion API can only update...' }]);
    expect(error.hint).toBe('Delete it in Partner Center.');
    expect(error.oneLine()).toMatch(/Delete it in Partner Center\.$/);
  });

  test('without a correlation header the message says so', async () => {
    const { client } = setup([json(400, { code: 'InvalidParameterValue', message: 'bad' })]);
    const error = await failure(client.get('x', 'Read'));
    expect(error.message).toContain('no MS-CorrelationId');
  });

  test('parseStoreError reads the Store shape, the nested error shape, the gateway shape and plain text', () => {
    expect(parseStoreError(JSON.stringify({ code: 'InvalidState', message: 'm' }))).toEqual({
      code: 'InvalidState',
      message: 'm'
    });
    expect(parseStoreError(JSON.stringify({ error: { code: 'ResourceNotFound', message: 'gone' } }))).toEqual({
      code: 'ResourceNotFound',
      message: 'gone'
    });
    expect(
      parseStoreError(JSON.stringify({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 3 seconds.' }))
    ).toEqual({
      code: '429',
      message: 'Rate limit is exceeded. Try again in 3 seconds.'
    });
    expect(parseStoreError('Service\n  Unavailable')).toEqual({ message: 'Service Unavailable' });
    expect(parseStoreError('')).toEqual({ message: undefined });
  });
});

describe('token failures', () => {
  /** A real token source whose token endpoint resets every connection (it gives up after 2 attempts). */
  function unreachableTokenEndpoint(clock: FakeClock) {
    const aad = new ScriptedTransport(
      Array.from({ length: 50 }, () => networkError('ECONNRESET')),
      clock
    );
    const source = new AzureAdTokenSource({
      authorityHost: 'https://login.example.test',
      tenantId: 't',
      clientId: 'c',
      credential: { kind: 'secret', secret: 's' },
      getIdToken: async () => 'unused',
      mask: () => undefined,
      http: aad,
      clock,
      retry: { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 60_000 },
      log: () => undefined
    });
    return { aad, source };
  }

  // Regression: a token failure (the token source's own ApiError, whose cause is a network error) must not be
  // taken for a lost request: the request was never sent.
  test('a token failure on POST is not taken for a lost request (the request was never sent)', async () => {
    const clock = new FakeClock();
    const { source } = unreachableTokenEndpoint(clock);
    const { client, http } = setup([json(201, created)], { clock, tokens: source });
    const error = await client
      .send({ method: 'POST', path: 'applications/A/submissions', call: 'Create the submission' })
      .catch((e: unknown) => e);
    expect(http.requests).toHaveLength(0);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(UncertainOutcomeError);
    expect((error as ApiError).call).toMatch(/Azure AD token/);
  });

  // Same on GET: the token source's exhausted retries must not be retried again by the client.
  test('a token failure on GET is not retried again by the client', async () => {
    const clock = new FakeClock();
    const { source, aad } = unreachableTokenEndpoint(clock);
    const { client } = setup([json(200, {})], { clock, tokens: source });
    const error = await client.get('applications', 'List apps').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(aad.requests).toHaveLength(2);
  });

  test('a token error without a network cause is passed through untouched', async () => {
    const { client, http, tokens } = setup([json(200, {})]);
    const tokenError = new ApiError({
      call: 'Get an Azure AD token (POST /oauth2/token)',
      status: 401,
      code: 'invalid_client'
    });
    tokens.failWith = tokenError;
    await expect(client.send({ method: 'POST', path: 'x', call: 'Create' })).rejects.toBe(tokenError);
    expect(http.requests).toHaveLength(0);
  });
});

describe('paging and links', () => {
  test('listAll follows relative @nextLink across pages', async () => {
    const { client, http } = setup([
      json(200, { value: [{ id: 1 }, { id: 2 }], totalCount: 5, '@nextLink': 'applications?skip=2&top=2' }),
      json(200, { value: [{ id: 3 }, { id: 4 }], totalCount: 5, '@nextLink': '/v1.0/my/applications?skip=4&top=2' }),
      json(200, { value: [{ id: 5 }], totalCount: 5 })
    ]);
    await expect(client.listAll('applications?top=2', 'List apps')).resolves.toEqual([
      { id: 1 },
      { id: 2 },
      { id: 3 },
      { id: 4 },
      { id: 5 }
    ]);
    expect(http.requests.map((r) => r.url)).toEqual([
      `${BASE}applications?top=2`,
      `${BASE}applications?skip=2&top=2`,
      `${BASE}applications?skip=4&top=2`
    ]);
  });

  test('listAll tolerates a page without value', async () => {
    const { client } = setup([json(200, { totalCount: 0 })]);
    await expect(client.listAll('inappproducts', 'List add-ons')).resolves.toEqual([]);
  });

  test('relative() turns absolute links into paths under the base', () => {
    const { client } = setup([]);
    expect(
      client.relative('https://manage.devcenter.microsoft.com/v1.0/my/applications/9N/listflights?skip=10&top=10')
    ).toBe('applications/9N/listflights?skip=10&top=10');
    expect(client.relative('https://other.example/some/path?x=1')).toBe('some/path?x=1');
    expect(client.relative('/applications/9N')).toBe('applications/9N');
    expect(client.relative('v1.0/my/inappproducts/X')).toBe('inappproducts/X');
    expect(client.relative('inappproducts/X/submissions/1')).toBe('inappproducts/X/submissions/1');
  });
});
