// The fake's Azure AD token endpoints (v1 and v2.0, secret or federated) and the GitHub runner's OIDC token service.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { URLSearchParams } from 'node:url';
import { aadError, base64url } from './util.mjs';

export const STORE_RESOURCE = 'https://manage.devcenter.microsoft.com';
export const STORE_SCOPE = 'https://manage.devcenter.microsoft.com/.default';
/** The MSI/EXE submission API's audience (api.store.microsoft.com): tokens for it are not for the classic API. */
export const MSI_EXE_RESOURCE = 'https://api.store.microsoft.com';
export const MSI_EXE_SCOPE = 'https://api.store.microsoft.com/.default';
/** The audiences this Azure AD mints tokens for (v1 `resource` or v2.0 `scope` without `/.default`). */
const AUDIENCES = [STORE_RESOURCE, MSI_EXE_RESOURCE];
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
export const OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
export const DEFAULT_OIDC_SUBJECT = 'repo:octo-org/octo-repo:ref:refs/heads/main';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * @typedef {object} ClientRecord
 * @property {string} tenantId
 * @property {string} clientId
 * @property {string} [clientSecret]
 * @property {{ subject?: string }} [federated]
 *
 * @typedef {{ tenantId: string, clientId: string, expiresAt: number, audience: string }} AccessToken
 */

/**
 * @param {{ config: { tokenLifetimeSeconds: number, oidcLifetimeSeconds: number, oidcSubject: string } }} options
 */
export function createAuth({ config }) {
  /** @type {Map<string, Map<string, ClientRecord>>} tenant (lower case) -> client id (lower case) -> client */
  const tenants = new Map();
  /** @type {Map<string, AccessToken>} */
  const accessTokens = new Map();
  /** @type {Map<string, Record<string, unknown>>} JWT -> payload */
  const minted = new Map();
  /** @type {string[]} */
  const tokensIssued = [];
  /** @type {string[]} */
  const oidcTokensIssued = [];
  const requestToken = randomBytes(24).toString('base64url');
  const signingKey = randomBytes(32);

  /** @param {string} tenantId @param {string} clientId */
  function clientRecord(tenantId, clientId) {
    const key = tenantId.toLowerCase();
    let clients = tenants.get(key);
    if (!clients) tenants.set(key, (clients = new Map()));
    let client = clients.get(clientId.toLowerCase());
    if (!client) clients.set(clientId.toLowerCase(), (client = { tenantId, clientId }));
    return client;
  }

  /** @param {string} signingInput */
  const sign = (signingInput) => createHmac('sha256', signingKey).update(signingInput).digest('base64url');

  /**
   * Validates a client assertion; answers an AAD error or undefined when it is good for this client.
   * @param {string} assertion
   * @param {ClientRecord} client
   */
  function checkAssertion(assertion, client) {
    const invalidClient = (/** @type {number} */ code, /** @type {string} */ text) =>
      aadError(400, 'invalid_client', code, text);
    const parts = assertion.split('.');
    /** @type {Record<string, unknown> | undefined} */
    let payload;
    try {
      if (parts.length !== 3) throw new Error('not three parts');
      JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
      payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    } catch {
      return invalidClient(50027, 'JWT token is invalid or malformed.');
    }
    const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`));
    const actual = Buffer.from(parts[2]);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual) || !minted.has(assertion)) {
      return invalidClient(50013, 'Assertion failed signature validation.');
    }
    const p = /** @type {{ iss?: string, sub?: string, aud?: string, exp?: number, nbf?: number }} */ (payload);
    const now = Math.floor(Date.now() / 1000);
    if (typeof p.exp !== 'number' || p.exp <= now || (typeof p.nbf === 'number' && p.nbf > now + 300)) {
      return invalidClient(
        700024,
        `Client assertion is not within its valid time range. Current time: ${new Date().toISOString()}, assertion valid from ${new Date((p.nbf ?? 0) * 1000).toISOString()}, expiry time of assertion ${new Date((p.exp ?? 0) * 1000).toISOString()}.`
      );
    }
    if (!client.federated) {
      return invalidClient(
        70021,
        `No matching federated identity record found for presented assertion. Assertion Issuer: '${p.iss}'. Assertion Subject: '${p.sub}'. Assertion Audience: '${p.aud}'.`
      );
    }
    if (p.aud !== OIDC_AUDIENCE) {
      return invalidClient(
        700212,
        `No matching federated identity record found for presented assertion audience '${p.aud}'.`
      );
    }
    if (p.iss !== OIDC_ISSUER) {
      return invalidClient(
        700211,
        `No matching federated identity record found for presented assertion issuer '${p.iss}'.`
      );
    }
    if (client.federated.subject !== undefined && client.federated.subject !== p.sub) {
      return invalidClient(
        700213,
        `No matching federated identity record found for presented assertion subject '${p.sub}'.`
      );
    }
    return undefined;
  }

  return {
    requestToken,
    tokensIssued,
    oidcTokensIssued,

    /** @param {{ tenantId: string, clientId: string, clientSecret: string }} c */
    addClient({ tenantId, clientId, clientSecret }) {
      clientRecord(tenantId, clientId).clientSecret = clientSecret;
    },

    /** @param {{ tenantId: string, clientId: string, subject?: string }} c */
    addFederatedClient({ tenantId, clientId, subject }) {
      clientRecord(tenantId, clientId).federated = { subject };
    },

    /** Makes every access token issued so far expired (the next API call with one gets 401). */
    expireTokens() {
      for (const t of accessTokens.values()) t.expiresAt = Math.min(t.expiresAt, Date.now() - 1);
    },

    /**
     * POST /{tenant}/oauth2/token (v1) or /{tenant}/oauth2/v2.0/token.
     * @param {'v1' | 'v2'} version
     * @param {string} tenantId
     * @param {Buffer} rawBody
     * @returns {import('./util.mjs').Result & { tenant?: string }}
     */
    token(version, tenantId, rawBody) {
      const form = new URLSearchParams(rawBody.toString('utf8'));
      const grantType = form.get('grant_type');
      const clientId = form.get('client_id') ?? '';
      if (grantType !== 'client_credentials') {
        return aadError(
          400,
          'unsupported_grant_type',
          70003,
          `The app requested an unsupported grant type '${grantType ?? ''}'.`
        );
      }
      const clients = tenants.get(tenantId.toLowerCase());
      if (!clients) {
        return aadError(
          400,
          'invalid_request',
          90002,
          `Tenant '${tenantId}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`
        );
      }
      if (!clientId) {
        return aadError(
          400,
          'invalid_request',
          900144,
          "The request body must contain the following parameter: 'client_id'."
        );
      }
      const client = clients.get(clientId.toLowerCase());
      if (!client) {
        return aadError(
          400,
          'unauthorized_client',
          700016,
          `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`
        );
      }
      /** @type {string} */
      let audience;
      if (version === 'v1') {
        const resource = (form.get('resource') ?? '').replace(/\/+$/, '');
        audience = resource;
        if (!AUDIENCES.includes(resource)) {
          return aadError(
            400,
            'invalid_resource',
            500011,
            `The resource principal named ${resource || '(none)'} was not found in the tenant named ${tenantId}.`
          );
        }
      } else {
        const scope = form.get('scope') ?? '';
        audience = scope.replace(/\/\.default$/, '');
        if (!scope.endsWith('/.default') || !AUDIENCES.includes(audience)) {
          return aadError(
            400,
            'invalid_scope',
            1002012,
            `The provided value for scope ${scope || '(none)'} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`
          );
        }
      }
      const secret = form.get('client_secret');
      const assertion = form.get('client_assertion');
      const assertionType = form.get('client_assertion_type');
      if (assertion !== null) {
        if (assertionType !== JWT_BEARER) {
          return aadError(400, 'invalid_request', 50027, `Invalid client_assertion_type '${assertionType ?? ''}'.`);
        }
        const problem = checkAssertion(assertion, client);
        if (problem) return problem;
      } else if (secret !== null) {
        if (client.clientSecret === undefined || client.clientSecret !== secret) {
          return aadError(
            401,
            'invalid_client',
            7000215,
            `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${client.clientId}'.`
          );
        }
      } else {
        return aadError(
          401,
          'invalid_client',
          7000218,
          "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."
        );
      }

      const lifetime = config.tokenLifetimeSeconds;
      const accessToken = base64url(randomBytes(40));
      const expiresAt = Date.now() + lifetime * 1000;
      accessTokens.set(accessToken, { tenantId: client.tenantId, clientId: client.clientId, expiresAt, audience });
      tokensIssued.push(accessToken);
      const expiresIn = lifetime > 1 ? lifetime - 1 : lifetime;
      const expiresOn = Math.floor(expiresAt / 1000);
      const headers = { 'x-ms-request-id': randomUUID() };
      if (version === 'v1') {
        return {
          status: 200,
          headers,
          tenant: client.tenantId,
          body: {
            token_type: 'Bearer',
            expires_in: String(expiresIn),
            ext_expires_in: String(expiresIn),
            expires_on: String(expiresOn),
            not_before: String(Math.floor(Date.now() / 1000)),
            resource: audience,
            access_token: accessToken
          }
        };
      }
      return {
        status: 200,
        headers,
        tenant: client.tenantId,
        body: { token_type: 'Bearer', expires_in: expiresIn, ext_expires_in: expiresIn, access_token: accessToken }
      };
    },

    /**
     * GET /oidc/token?api-version=2.0&audience=...  with Authorization: Bearer <requestToken>.
     * @param {string | undefined} authorization
     * @param {URLSearchParams} query
     * @returns {import('./util.mjs').Result}
     */
    oidc(authorization, query) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      const given = Buffer.from(match?.[1] ?? '');
      const wanted = Buffer.from(requestToken);
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
        return {
          status: 401,
          body: { message: 'Unauthorized: the ACTIONS_ID_TOKEN_REQUEST_TOKEN is missing or wrong.' }
        };
      }
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        jti: randomUUID(),
        sub: config.oidcSubject,
        aud: query.get('audience') ?? 'https://github.com/octo-org',
        ref: 'refs/heads/main',
        repository: 'octo-org/octo-repo',
        repository_owner: 'octo-org',
        run_id: '1',
        event_name: 'push',
        iss: OIDC_ISSUER,
        nbf: now - 5,
        iat: now,
        exp: now + config.oidcLifetimeSeconds
      };
      const head = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256', kid: 'fake-store' }));
      const body = base64url(JSON.stringify(payload));
      const jwt = `${head}.${body}.${sign(`${head}.${body}`)}`;
      minted.set(jwt, payload);
      oidcTokensIssued.push(jwt);
      return { status: 200, body: { count: 1, value: jwt } };
    },

    /**
     * Checks the bearer token of an API call: known, not expired, and minted for this API's audience.
     * @param {string | undefined} authorization
     * @param {string} [audience]   the API's resource (default: the classic Store API's)
     * @returns {{ ok: true, tenantId: string, clientId: string } | { ok: false, reason: 'missing' | 'unknown' | 'expired' | 'audience' }}
     */
    authenticate(authorization, audience = STORE_RESOURCE) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      if (!match) return { ok: false, reason: 'missing' };
      const record = accessTokens.get(match[1]);
      if (!record) return { ok: false, reason: 'unknown' };
      if (record.expiresAt <= Date.now()) return { ok: false, reason: 'expired' };
      if (record.audience !== audience) return { ok: false, reason: 'audience' };
      return { ok: true, tenantId: record.tenantId, clientId: record.clientId };
    }
  };
}
