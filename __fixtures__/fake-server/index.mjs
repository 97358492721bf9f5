/**
 * The one server both local fakes run on (../fake-store: the classic submission API; ../fake-msi-exe: the MSI/EXE
 * API). It holds everything that is not an API's own behaviour, on one http://127.0.0.1:PORT:
 *
 *   - each request is sorted into an area: 'api' (under the API's prefix), 'token' (Azure AD's
 *     /{tenant}/oauth2/token and /{tenant}/oauth2/v2.0/token), 'oidc' (the runner's /oidc/token) or 'other' (404);
 *   - the request log (`requests`: method, path, area, status, fault, time, correlation id, tenant, client, ...;
 *     never headers, secrets or assertions) and `mutations()`;
 *   - fault injection (./faults.mjs), tried before anything else: a status answered instead of the request
 *     (429 with Retry-After '1' unless the fault says otherwise), a reset, a hang, a lost answer, a 500/503 after
 *     the request was carried out, a body cut in half;
 *   - Azure AD and the OIDC service (./auth.mjs);
 *   - for an API call: the bearer token (minted for the API's audience), the sliding-window rate limit per tenant
 *     (config.rateLimit: { calls, windowMs } -> 429 with Retry-After), then the API's route with a lazy JSON body;
 *   - JSON answers, with the API's correlation header (a fresh UUID) on every API answer; close().
 *
 * What an API brings (the `api` argument of startFakeServer):
 *   name               for the log line of a bug in the fake ('fake-store')
 *   prefix             a RegExp on the pathname whose group 1 is the path after the API's prefix; a fault's
 *                      string `path` is compared with that path (no query), a RegExp `path` tested against it
 *   correlationHeader  the header that carries the correlation id of every API answer
 *   audience           the resource an access token must have been minted for
 *   logBodies          whether the log keeps the JSON body of each API call (entry.body)
 *   unauthorized(reason)            -> Result for a missing, unknown, expired or other-audience token
 *   badJson()                       -> Result for a body that is not JSON
 *   faultAnswer(fault, status, retryAfter) -> Result   an injected status on an API call (or another path)
 *   internalError(message)          -> Result when the fake itself throws
 *   route({ req, method, seg, query, readJson, entry }) -> Promise<Result>   the API itself; readJson() reads
 *                                      the body once and throws on bad JSON (answered with badJson())
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createAuth } from './auth.mjs';
import { createFaults } from './faults.mjs';
import { gatewayError, readBody } from './util.mjs';

/**
 * @typedef {import('./util.mjs').Result} Result
 * @typedef {import('./faults.mjs').FaultState} FaultState
 * @typedef {'api' | 'token' | 'oidc' | 'other'} Area
 *
 * @typedef {object} RequestLogEntry
 * @property {string} method
 * @property {string} path          pathname + search
 * @property {Area} area
 * @property {number | 'reset' | 'lost' | 'hang' | 'pending'} status
 * @property {import('./faults.mjs').FaultKind} [fault]
 * @property {number} time
 * @property {string} [correlationId]
 * @property {string} [tenant]
 * @property {string} [clientId]
 * @property {string} [sellerId]
 * @property {boolean} [mutation]
 * @property {boolean} [rateLimited]
 * @property {any} [body]           the JSON of an API call (only when the API logs bodies)
 *
 * @typedef {object} RouteRequest
 * @property {import('node:http').IncomingMessage} req
 * @property {string} method
 * @property {string[]} seg         the path after the prefix, split at '/' and decoded
 * @property {URLSearchParams} query
 * @property {() => Promise<any>} readJson
 * @property {RequestLogEntry} entry
 *
 * @typedef {object} FakeApi
 * @property {string} name
 * @property {RegExp} prefix
 * @property {string} correlationHeader
 * @property {string} audience
 * @property {boolean} [logBodies]
 * @property {(reason: 'missing' | 'unknown' | 'expired' | 'audience') => Result} unauthorized
 * @property {() => Result} badJson
 * @property {(fault: FaultState, status: number, retryAfter: string | undefined) => Result} faultAnswer
 * @property {(message: string) => Result} internalError
 * @property {(request: RouteRequest) => Promise<Result>} route
 *
 * @typedef {{ tokenLifetimeSeconds: number, oidcLifetimeSeconds: number, oidcSubject: string,
 *   rateLimit?: { calls: number, windowMs: number }, tokenEndpointVersion?: 'v1' | 'v2' }} ServerConfig
 */

/**
 * Starts the server on 127.0.0.1 (a free port).
 * @param {FakeApi} api
 * @param {ServerConfig} config   live: may be changed while the server runs
 */
export async function startFakeServer(api, config) {
  const auth = createAuth({ config });
  const faults = createFaults();
  /** @type {RequestLogEntry[]} */
  const requests = [];
  /** @type {Map<string, number[]>} tenant -> times of counted calls */
  const windows = new Map();
  /** @type {Set<import('node:http').ServerResponse>} */
  const hanging = new Set();

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {Result} result
   * @param {string | undefined} correlationId
   */
  function send(res, result, correlationId) {
    /** @type {Record<string, string | number>} */
    const headers = { ...(result.headers ?? {}) };
    if (correlationId) headers[api.correlationHeader] = correlationId;
    let payload = '';
    if (result.status !== 204 && result.body !== undefined) {
      payload = JSON.stringify(result.body);
      headers['Content-Type'] = 'application/json; charset=utf-8';
    }
    headers['Content-Length'] = Buffer.byteLength(payload);
    res.writeHead(result.status, headers);
    res.end(payload);
  }

  /** @param {FaultState} fault @param {number} status @param {Area} area @returns {Result} */
  function faultAnswer(fault, status, area) {
    const retry = fault.retryAfter ?? (status === 429 ? '1' : undefined);
    /** @type {Result} */
    let result;
    if (area === 'token') {
      result = {
        status,
        body: {
          error: 'temporarily_unavailable',
          error_description: `AADSTS50196: The server is temporarily unavailable (${status}).`,
          error_codes: [50196]
        }
      };
    } else if (area === 'oidc') {
      result = { status, body: { message: `Service unavailable (${status}).` } };
    } else {
      result = api.faultAnswer(fault, status, retry);
    }
    if (retry !== undefined) result.headers = { ...(result.headers ?? {}), 'Retry-After': retry };
    return result;
  }

  /**
   * The rate limit's answer when this call of the tenant is one too many, else undefined (and the call counts).
   * @param {string} tenantId
   * @returns {Result | undefined}
   */
  function rateLimited(tenantId) {
    const limit = config.rateLimit;
    if (!limit) return undefined;
    const now = Date.now();
    const key = tenantId.toLowerCase();
    const times = (windows.get(key) ?? []).filter((t) => t > now - limit.windowMs);
    windows.set(key, times);
    if (times.length < limit.calls) {
      times.push(now);
      return undefined;
    }
    const seconds = Math.max(1, Math.ceil((times[0] + limit.windowMs - now) / 1000));
    const result = gatewayError(429, `Rate limit is exceeded. Try again in ${seconds} seconds.`);
    result.headers = { 'Retry-After': String(seconds) };
    return result;
  }

  /**
   * An API call: the token, the rate limit, then the API's route.
   * @param {import('node:http').IncomingMessage} req
   * @param {string} method
   * @param {URL} url
   * @param {string[]} seg
   * @param {RequestLogEntry} entry
   * @returns {Promise<Result>}
   */
  async function carryOutApi(req, method, url, seg, entry) {
    const who = auth.authenticate(req.headers.authorization, api.audience);
    if (!who.ok) {
      req.resume();
      const result = api.unauthorized(who.reason);
      result.headers = { ...(result.headers ?? {}), 'WWW-Authenticate': 'Bearer' };
      return result;
    }
    entry.tenant = who.tenantId;
    entry.clientId = who.clientId;
    const limited = rateLimited(who.tenantId);
    if (limited) {
      req.resume();
      entry.rateLimited = true;
      return limited;
    }
    /** @type {Promise<unknown> | undefined} */
    let parsed;
    const readJson = () =>
      (parsed ??= readBody(req).then((buf) => {
        const text = buf.toString('utf8').trim();
        if (!text) return undefined;
        let value;
        try {
          value = JSON.parse(text);
        } catch {
          throw new BadJson();
        }
        if (api.logBodies) entry.body = value;
        return value;
      }));
    const result = await api.route({ req, method, seg, query: url.searchParams, readJson, entry }).catch((e) => {
      if (e instanceof BadJson) return api.badJson();
      throw e;
    });
    if (!parsed) req.resume();
    else await parsed.catch(() => undefined);
    if (result.mutation) entry.mutation = true;
    return result;
  }

  /**
   * Carries out a request of any area. `entry` gets tenant / mutation / rateLimited.
   * @param {import('node:http').IncomingMessage} req
   * @param {string} method
   * @param {URL} url
   * @param {Area} area
   * @param {string[]} seg   for 'token': [tenant, version]
   * @param {RequestLogEntry} entry
   * @returns {Promise<Result>}
   */
  async function carryOut(req, method, url, area, seg, entry) {
    if (area === 'api') return carryOutApi(req, method, url, seg, entry);
    if (area === 'token') {
      const body = await readBody(req);
      if (method !== 'POST') return { status: 405, body: { error: 'invalid_request', error_description: 'Use POST.' } };
      const result = auth.token(seg[1] ? 'v2' : 'v1', decodeURIComponent(seg[0]), body);
      if (result.tenant) entry.tenant = result.tenant;
      delete result.tenant;
      return result;
    }
    req.resume();
    if (area === 'oidc') {
      if (method !== 'GET') return { status: 405, body: { message: 'Use GET.' } };
      return auth.oidc(req.headers.authorization, url.searchParams);
    }
    return { status: 404, body: { message: `No such endpoint: ${url.pathname}` } };
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    /** @type {Area} */
    let area = 'other';
    /** @type {string[]} */
    let seg = [];
    let rel = '';
    const apiPath = api.prefix.exec(url.pathname);
    const token = /^\/([^/]+)\/oauth2\/(?:(v2\.0)\/)?token\/?$/i.exec(url.pathname);
    if (apiPath) {
      area = 'api';
      rel = apiPath[1].replace(/\/+$/, '');
      seg = rel ? rel.split('/').map((s) => decodeURIComponent(s)) : [];
    } else if (/^\/oidc\/token\/?$/i.test(url.pathname)) {
      area = 'oidc';
    } else if (token) {
      area = 'token';
      seg = [token[1], token[2] ?? ''];
    }
    const correlationId = area === 'api' ? randomUUID() : undefined;
    /** @type {RequestLogEntry} */
    const entry = { method, path: url.pathname + url.search, area, status: 'pending', time: Date.now() };
    if (correlationId) entry.correlationId = correlationId;
    requests.push(entry);

    const fault = faults.take(method, area, rel);
    if (fault) entry.fault = fault.kind;
    if (fault && typeof fault.kind === 'number') {
      await drain(req);
      entry.status = fault.kind;
      send(res, faultAnswer(fault, fault.kind, area), correlationId);
      return;
    }
    if (fault?.kind === 'reset') {
      entry.status = 'reset';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang') {
      entry.status = 'hang';
      req.resume();
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }

    let result = await carryOut(req, method, url, area, seg, entry);
    if (fault?.kind === 'lose-response') {
      entry.status = 'lost';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === '503-after' || fault?.kind === '500-after') {
      result = faultAnswer(fault, fault.kind === '503-after' ? 503 : 500, area);
    }
    entry.status = result.status;
    if (fault?.kind === 'garble-after') {
      // Carried out, answered with the right status, but the JSON body is cut in half.
      const whole = JSON.stringify(result.body ?? {});
      const cut = whole.slice(0, Math.max(1, Math.floor(whole.length / 2)));
      res.writeHead(result.status, {
        ...(correlationId ? { [api.correlationHeader]: correlationId } : {}),
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(cut)
      });
      res.end(cut);
      return;
    }
    send(res, result, correlationId);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(`${api.name}: internal error`, error);
      if (!res.headersSent) send(res, api.internalError(`${error?.message ?? error}`), randomUUID());
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  let closed = false;

  return {
    url,
    /** @param {string} tenantId @param {'v1' | 'v2'} [version] */
    tokenUrl: (tenantId, version = config.tokenEndpointVersion ?? 'v2') =>
      `${url}/${encodeURIComponent(tenantId)}/oauth2/${version === 'v2' ? 'v2.0/' : ''}token`,
    oidc: { requestUrl: `${url}/oidc/token?api-version=2.0`, requestToken: auth.requestToken },
    config,
    faults,
    requests,
    /** @returns {RequestLogEntry[]} */
    mutations: () => requests.filter((r) => r.mutation),
    addClient: auth.addClient,
    addFederatedClient: auth.addFederatedClient,
    expireTokens: auth.expireTokens,
    tokensIssued: auth.tokensIssued,
    oidcTokensIssued: auth.oidcTokensIssued,
    async close() {
      if (closed) return;
      closed = true;
      for (const res of hanging) res.destroy();
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
    }
  };
}

class BadJson extends Error {}

/** Reads and drops a request body (so the client is not cut off mid-send). @param {import('node:http').IncomingMessage} req */
function drain(req) {
  return new Promise((resolve) => {
    if (req.readableEnded) return resolve(undefined);
    for (const event of ['end', 'error', 'close']) req.on(event, () => resolve(undefined));
    req.resume();
  });
}
