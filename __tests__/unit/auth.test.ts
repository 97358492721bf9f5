import {
  AzureAdTokenSource,
  lifetimeOf,
  OIDC_AUDIENCE,
  STORE_RESOURCE,
  type TokenSourceOptions
} from '../../src/auth.js';
import { ActionError, ApiError } from '../../src/errors.js';
import type { RetryPolicy } from '../../src/request/policy.js';
import type { Credential } from '../../src/auth.js';
import { FakeClock, json, networkError, ScriptedTransport, type Scripted } from './helpers.js';

const RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };
const SECRET = 'Zq8~superSECRETvalue.123';

function tokenResponse(token: string, expiresIn: string | number = '3599'): Scripted {
  return json(200, { token_type: 'Bearer', expires_in: expiresIn, access_token: token, resource: STORE_RESOURCE });
}

function setup(
  script: Scripted[],
  credential: Credential = { kind: 'secret', secret: SECRET },
  extra: Partial<TokenSourceOptions> = {}
) {
  const clock = new FakeClock();
  const http = new ScriptedTransport(script, clock);
  const masked: string[] = [];
  const logs: string[] = [];
  const audiences: string[] = [];
  let idTokens = 0;
  const source = new AzureAdTokenSource({
    authorityHost: 'https://login.example.test',
    tenantId: 'tenant-123',
    clientId: 'client-456',
    credential,
    getIdToken: async (audience) => {
      audiences.push(audience);
      idTokens++;
      return `github-jwt-${idTokens}`;
    },
    mask: (s) => masked.push(s),
    http,
    clock,
    retry: RETRY,
    log: (l) => logs.push(l),
    ...extra
  });
  return { source, clock, http, masked, logs, audiences };
}

function form(body: string | undefined): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body ?? ''));
}

describe('AzureAdTokenSource', () => {
  test('client secret: posts the v2.0 client-credentials form (scope .../.default) to the tenant endpoint', async () => {
    const { source, http } = setup([tokenResponse('access-1')]);
    await expect(source.token()).resolves.toBe('access-1');
    expect(http.requests).toHaveLength(1);
    const [request] = http.requests;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://login.example.test/tenant-123/oauth2/v2.0/token');
    expect(request.headers['Content-Type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(form(request.body)).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-456',
      client_secret: SECRET,
      scope: 'https://manage.devcenter.microsoft.com/.default'
    });
  });

  test('an authority without the v2.0 endpoint (404): the v1 endpoint with resource, and it stays there', async () => {
    const { source, http, logs, clock } = setup([
      json(404, { error: 'not_found' }),
      tokenResponse('access-1', 3600),
      tokenResponse('access-2', 3600)
    ]);
    await expect(source.token()).resolves.toBe('access-1');
    clock.advance(3600_000);
    await expect(source.token()).resolves.toBe('access-2');
    expect(http.requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/tenant-123/oauth2/v2.0/token',
      '/tenant-123/oauth2/token',
      '/tenant-123/oauth2/token'
    ]);
    expect(form(http.requests[1].body).resource).toBe('https://manage.devcenter.microsoft.com');
    expect(form(http.requests[1].body).scope).toBeUndefined();
    expect(logs).toContainEqual(expect.stringMatching(/HTTP 404; using the v1 endpoint instead/));
  });

  test("endpoint: 'v1' starts with the v1 form", async () => {
    const { source, http } = setup([tokenResponse('access-1')], undefined, { endpoint: 'v1' });
    await source.token();
    expect(http.requests[0].url).toBe('https://login.example.test/tenant-123/oauth2/token');
    expect(form(http.requests[0].body).resource).toBe('https://manage.devcenter.microsoft.com');
  });

  test('a secret with form-special characters is encoded, not mangled', async () => {
    const secret = 'a+b&c=d%e f';
    const { source, http } = setup([tokenResponse('t')], { kind: 'secret', secret });
    await source.token();
    expect(form(http.requests[0].body).client_secret).toBe(secret);
  });

  test('OIDC: sends the GitHub id token as a jwt-bearer client assertion, no secret', async () => {
    const { source, http, audiences } = setup([tokenResponse('access-1')], { kind: 'oidc' });
    await source.token();
    const fields = form(http.requests[0].body);
    expect(fields).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-456',
      scope: 'https://manage.devcenter.microsoft.com/.default',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: 'github-jwt-1'
    });
    expect(fields.client_secret).toBeUndefined();
    expect(audiences).toEqual(['api://AzureADTokenExchange']);
    expect(OIDC_AUDIENCE).toBe('api://AzureADTokenExchange');
  });

  test('OIDC: a new id token is fetched for each renewal', async () => {
    const { source, http, clock, audiences } = setup(
      [tokenResponse('access-1', 3600), tokenResponse('access-2', 3600)],
      { kind: 'oidc' }
    );
    await source.token();
    clock.advance(3600_000);
    await expect(source.token()).resolves.toBe('access-2');
    expect(http.requests.map((r) => form(r.body).client_assertion)).toEqual(['github-jwt-1', 'github-jwt-2']);
    expect(audiences).toHaveLength(2);
  });

  test('caches the token: a second call sends no request', async () => {
    const { source, http } = setup([tokenResponse('access-1')]);
    await source.token();
    await expect(source.token()).resolves.toBe('access-1');
    expect(http.requests).toHaveLength(1);
  });

  test('renews 5 minutes before a one-hour token expires (expires_in as a v1 string)', async () => {
    const { source, http, clock } = setup([tokenResponse('access-1', '3600'), tokenResponse('access-2', '3600')]);
    await source.token();
    clock.advance(55 * 60_000 - 1);
    await expect(source.token()).resolves.toBe('access-1');
    expect(http.requests).toHaveLength(1);
    clock.advance(1);
    await expect(source.token()).resolves.toBe('access-2');
    expect(http.requests).toHaveLength(2);
  });

  test('renews a short-lived token a quarter early (expires_in as a v2.0 number)', async () => {
    const { source, http, clock } = setup([tokenResponse('short-1', 600), tokenResponse('short-2', 600)]);
    await source.token();
    clock.advance(450_000 - 1); // 600 s minus a quarter (150 s)
    await expect(source.token()).resolves.toBe('short-1');
    clock.advance(1);
    await expect(source.token()).resolves.toBe('short-2');
    expect(http.requests).toHaveLength(2);
  });

  test('invalidate() makes the next call fetch a new token', async () => {
    const { source, http } = setup([tokenResponse('access-1'), tokenResponse('access-2')]);
    await source.token();
    source.invalidate();
    await expect(source.token()).resolves.toBe('access-2');
    expect(http.requests).toHaveLength(2);
  });

  test('masks the access token (secret credential)', async () => {
    const { source, masked } = setup([tokenResponse('access-xyz')]);
    await source.token();
    expect(masked).toContain('access-xyz');
  });

  test('masks both the GitHub id token and the access token (OIDC)', async () => {
    const { source, masked } = setup([tokenResponse('access-xyz')], { kind: 'oidc' });
    await source.token();
    expect(masked).toEqual(expect.arrayContaining(['github-jwt-1', 'access-xyz']));
  });

  test('wrong secret (401 invalid_client, AADSTS7000215) → ApiError hinting at client-secret, without the secret', async () => {
    const body = {
      error: 'invalid_client',
      error_description:
        "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'client-456'.\r\nTrace ID: 1\r\nCorrelation ID: corr-aad-1\r\nTimestamp: 2025-03-01 12:00:00Z",
      error_codes: [7000215],
      correlation_id: 'corr-aad-1'
    };
    const { source, http, clock } = setup([json(401, body)]);
    const error = await source.token().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(401);
    expect(apiError.code).toBe('invalid_client');
    expect(apiError.message).toContain('AADSTS7000215');
    expect(apiError.message).not.toContain('Trace ID');
    expect(apiError.correlationId).toBe('corr-aad-1');
    expect(apiError.hint).toContain('client-secret');
    expect(apiError.oneLine()).not.toContain(SECRET);
    expect(apiError.oneLine()).not.toMatch(/[\r\n]/);
    expect(http.requests).toHaveLength(1); // a 401 is not retried
    expect(clock.sleeps).toEqual([]);
  });

  test('unknown app (AADSTS700016 in error_codes only) → hint names client-id and tenant-id', async () => {
    const { source } = setup([
      json(400, { error: 'unauthorized_client', error_description: 'Application not found', error_codes: [700016] })
    ]);
    const error = (await source.token().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.hint).toMatch(/client-id/);
    expect(error.hint).toMatch(/tenant-id/);
  });

  test('OIDC without a federated credential (AADSTS70021) → hint about the federated credential', async () => {
    const { source } = setup(
      [
        json(400, {
          error: 'invalid_request',
          error_description: 'AADSTS70021: No matching federated identity record found for presented assertion.'
        })
      ],
      { kind: 'oidc' }
    );
    const error = (await source.token().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.hint).toMatch(/federated credential/);
    expect(error.hint).toContain('api://AzureADTokenExchange');
  });

  test('no OIDC permission (ACTIONS_ID_TOKEN_REQUEST_URL missing) → ActionError mentioning id-token: write, no request', async () => {
    const { source, http } = setup(
      [],
      { kind: 'oidc' },
      {
        getIdToken: async () => {
          throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
      }
    );
    const error = (await source.token().catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error.oneLine()).toContain('id-token: write');
    expect(error.oneLine()).not.toMatch(/[\r\n]/);
    expect(http.requests).toHaveLength(0);
  });

  test('another getIdToken failure → ActionError quoting it on one line', async () => {
    const { source } = setup(
      [],
      { kind: 'oidc' },
      {
        getIdToken: async () => {
          throw new Error('Failed to get ID Token.\n Error Code : 500\n Error Message: boom');
        }
      }
    );
    const error = (await source.token().catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain('Error Code : 500');
    expect(error.oneLine()).not.toMatch(/[\r\n]/);
  });

  test("a getIdToken that fails with an ActionError (the CLI's token file) is passed on as it is, no request", async () => {
    const own = new ActionError("AZURE_FEDERATED_TOKEN_FILE names '/x', which is empty.", { hint: 'Write it.' });
    const { source, http } = setup(
      [],
      { kind: 'oidc' },
      {
        getIdToken: async () => {
          throw own;
        }
      }
    );
    await expect(source.token()).rejects.toBe(own);
    expect(http.requests).toHaveLength(0);
  });

  test('503 then 200 is retried after a wait on the clock', async () => {
    const { source, http, clock, logs } = setup([
      json(503, { error: 'temporarily_unavailable' }),
      tokenResponse('access-1')
    ]);
    await expect(source.token()).resolves.toBe('access-1');
    expect(http.requests).toHaveLength(2);
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(RETRY.baseDelayMs / 2);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(RETRY.baseDelayMs);
    expect(logs.join('\n')).toMatch(/HTTP 503/);
  });

  test('a 429 honours Retry-After', async () => {
    const { source, clock } = setup([json(429, {}, { 'retry-after': '7' }), tokenResponse('access-1')]);
    await source.token();
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(7000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(7250);
  });

  test('a network error is retried; giving up after maxAttempts', async () => {
    const { source, http } = setup([
      networkError(),
      networkError(),
      networkError(),
      networkError(),
      tokenResponse('never')
    ]);
    const error = (await source.token().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.hint).toMatch(/authority-host/);
    expect(http.requests).toHaveLength(RETRY.maxAttempts);
  });

  test('503 every time → ApiError after maxAttempts', async () => {
    const { source, http } = setup(Array.from({ length: RETRY.maxAttempts + 1 }, () => json(503, {})));
    const error = (await source.token().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(503);
    expect(http.requests).toHaveLength(RETRY.maxAttempts);
  });

  test('a 200 without a readable access_token is asked again, and fails with ApiError if it stays so', async () => {
    const once = setup([{ status: 200, headers: {}, body: '{"access_tok' }, tokenResponse('tok-after-garble')]);
    await expect(once.source.token()).resolves.toBe('tok-after-garble');
    expect(once.http.requests).toHaveLength(2);

    const always = setup(Array(RETRY.maxAttempts).fill(json(200, { token_type: 'Bearer' })));
    const error = await always.source.token().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/no access_token/);
    expect(always.http.requests).toHaveLength(RETRY.maxAttempts);
  });
});

describe('lifetimeOf', () => {
  const now = 1_700_000_000_000;
  test('expires_in as a string (v1) or a number (v2.0)', () => {
    expect(lifetimeOf({ expires_in: '3599' }, now)).toBe(3_599_000);
    expect(lifetimeOf({ expires_in: 3600 }, now)).toBe(3_600_000);
  });
  test('falls back to expires_on (epoch seconds, string or number)', () => {
    expect(lifetimeOf({ expires_on: String(now / 1000 + 1800) }, now)).toBe(1_800_000);
    expect(lifetimeOf({ expires_in: 'x', expires_on: now / 1000 + 60 }, now)).toBe(60_000);
  });
  test('an hour when neither is usable', () => {
    expect(lifetimeOf({}, now)).toBe(3_600_000);
    expect(lifetimeOf({ expires_in: '0' }, now)).toBe(3_600_000);
    expect(lifetimeOf({ expires_on: now / 1000 - 10 }, now)).toBe(3_600_000);
  });
});
