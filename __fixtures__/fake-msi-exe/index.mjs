/**
 * A local fake of the Microsoft Store submission API for MSI or EXE apps (api.store.microsoft.com,
 * /submission/v1/product/{productId}/...), written from its documentation (MicrosoftDocs/windows-dev-docs
 * hub/apps/publish/store-submission-api.md; see ../../../shared/store-api-msi-exe.md), with the fake Azure AD
 * of ../fake-store/auth.mjs (v1 and v2.0 token endpoints, GitHub OIDC) on the same http://127.0.0.1:PORT.
 *
 *   import { startFakeMsiExe } from './__fixtures__/fake-msi-exe/index.mjs';
 *   const fake = await startFakeMsiExe();
 *   fake.addClient({ tenantId, clientId, clientSecret });
 *   const product = fake.seedProduct({ sellerId: '123456789' });
 *
 * Options of startFakeMsiExe (all optional; they live in fake.config and may be changed while it runs):
 *   tokenLifetimeSeconds = 3600, oidcLifetimeSeconds = 300, oidcSubject   as in the fake Store
 *   rateLimit = undefined        { calls, windowMs }: sliding window per tenant over all API calls -> 429
 *   uploadPolls = 2              GET /status polls that answer "not ready" after POST /packages/commit (a commit
 *                                during an upload starts it again; during a metadata update it is refused)
 *   metadataPolls = 1            GET /status polls that answer "not ready" after a PUT/PATCH of /metadata
 *   publishPolls = 2             GET /submission/{id}/status polls that answer INPROGRESS before the outcome
 *   submissionOutcome = { kind: 'published' }   or { kind: 'failed', errors? } or { kind: 'stuck' }
 *   invalidPackageUrls = []      packageUrls (strings or RegExps) whose upload/validation fails after a commit:
 *                                /status then answers isReady false with a `packageuploaderror` error
 *   rejectStatus = 400           the HTTP status of refusals (isSuccess false); 200 shows that isSuccess decides
 *   warnings = []                envelope errors added to every successful answer (warnings next to isSuccess true)
 *   submitAnswersOngoingIdOnly = false   POST /submit answers submissionId '' and the new id as ongoingSubmissionId
 *   moduleErrors = []            envelope errors on GET /status (isSuccess true, isReady false while set): a module
 *                                in error, e.g. [{ code: 'invalidlisting', message, target: 'listings' }]
 *
 * The fake:
 *   fake.url                 'http://127.0.0.1:PORT': the API base URL (msi-exe-api-url) and the authority host
 *   fake.tokenUrl(tenantId, version = 'v2')
 *   fake.oidc                { requestUrl, requestToken } for ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN
 *   fake.addClient({ tenantId, clientId, clientSecret }), fake.addFederatedClient({ tenantId, clientId, subject? })
 *   fake.expireTokens()      every token issued so far is expired (next API call: 401)
 *   fake.seedProduct({ id?, sellerId? = '123456789', packages?, listings?, properties?, availability?,
 *                      ongoingSubmission?: true | { id?, outcome?, pollsLeft? } }) -> product (a ready draft)
 *   fake.product(id)         deep copy: { id, sellerId, packages, packagesState ('ready' | 'uncommitted' |
 *                            'uploading' | 'failed'), upload, listings, properties, availability, metadataPollsLeft,
 *                            ongoingSubmissionId, commits, isReady }
 *   fake.submission(id), fake.submissions   { id, productId, publishingStatus, hasFailed, errors, pollsLeft,
 *                            outcome, polls, seeded, draft (what was submitted) }
 *   fake.snapshot()          all products and submissions (without poll counters): compare before/after a run
 *   fake.faults              as in the fake Store (../fake-store/faults.mjs); a string `path` is compared with
 *                            the path after /submission/v1/product/ (e.g. `${id}/packages/commit`), a RegExp tested
 *   fake.requests            every request: { method, path, area ('api' | 'token' | 'oidc' | 'other'), status,
 *                            fault?, time, correlationId? (X-Correlation-ID answered), sellerId?, tenant?,
 *                            clientId?, mutation?, rateLimited?, body? (the JSON of an API call) }
 *   fake.mutations()         the API calls that changed something and were carried out
 *   fake.tokensIssued, fake.oidcTokensIssued
 *   await fake.close()
 *
 * Answers: every /submission/ answer carries X-Correlation-ID (a fresh GUID) and is the envelope
 * { isSuccess, errors: [{ code, message, target }], responseData } (assumption: refusals are HTTP 400, unknown
 * products and packages 404), except gateway answers, which are { statusCode, message }: 401 (no token, an
 * unknown or expired one, or one minted for another audience than https://api.store.microsoft.com), 429 (rate
 * limit, with Retry-After in seconds) and the 502/503/504 faults. X-Seller-Account-Id (digits) is required
 * (400 envelope without it); a product of another seller is not found (404).
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createAuth, DEFAULT_OIDC_SUBJECT, MSI_EXE_RESOURCE } from '../fake-store/auth.mjs';
import { createFaults } from '../fake-store/faults.mjs';
import { gatewayError, readBody } from '../fake-store/util.mjs';
import { createCatalog, error, refused } from './product.mjs';

/** @typedef {import('../fake-store/util.mjs').Result} Result */

/** @param {Record<string, unknown>} [options] */
export async function startFakeMsiExe(options = {}) {
  const config = {
    tokenLifetimeSeconds: 3600,
    oidcLifetimeSeconds: 300,
    oidcSubject: DEFAULT_OIDC_SUBJECT,
    /** @type {{ calls: number, windowMs: number } | undefined} */
    rateLimit: undefined,
    uploadPolls: 2,
    metadataPolls: 1,
    publishPolls: 2,
    /** @type {import('./product.mjs').SubmissionOutcome} */
    submissionOutcome: { kind: 'published' },
    /** @type {(string | RegExp)[]} */
    invalidPackageUrls: [],
    rejectStatus: 400,
    /** @type {import('./product.mjs').EnvelopeError[]} */
    warnings: [],
    /** @type {import('./product.mjs').EnvelopeError[]} */
    moduleErrors: [],
    submitAnswersOngoingIdOnly: false,
    ...options
  };
  const auth = createAuth({ config });
  const catalog = createCatalog({ config });
  const faults = createFaults();
  /** @type {Record<string, any>[]} */
  const requests = [];
  /** @type {Map<string, number[]>} */
  const windows = new Map();
  /** @type {Set<import('node:http').ServerResponse>} */
  const hanging = new Set();

  /** @param {import('node:http').ServerResponse} res @param {Result} result @param {string | undefined} correlationId */
  function send(res, result, correlationId) {
    const payload = result.body === undefined ? '' : JSON.stringify(result.body);
    res.writeHead(result.status, {
      ...(result.headers ?? {}),
      ...(correlationId ? { 'X-Correlation-ID': correlationId } : {}),
      ...(payload ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
      'Content-Length': Buffer.byteLength(payload)
    });
    res.end(payload);
  }

  /** @param {import('../fake-store/faults.mjs').FaultState} fault @param {number} status @param {string} area @returns {Result} */
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
    } else if (status === 429) {
      result = gatewayError(429, `Rate limit is exceeded. Try again in ${retry} seconds.`);
    } else if (status < 500 && !fault.gatewayBody) {
      // A refusal: the API's envelope, isSuccess false.
      result = refused(status, [error('badrequest', `The request was refused (injected ${status}).`)]);
    } else if (fault.gatewayBody ?? status !== 500) {
      result = gatewayError(
        status,
        status === 502 ? 'Bad Gateway' : status === 504 ? 'Gateway Timeout' : 'Service Unavailable'
      );
    } else {
      result = refused(status, [error('internalservererror', 'An internal server error occurred.')]);
    }
    if (retry !== undefined) result.headers = { 'Retry-After': retry };
    return result;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {URL} url
   * @param {string[]} seg
   * @param {Record<string, any>} entry
   * @returns {Promise<Result>}
   */
  async function carryOutApi(req, url, seg, entry) {
    const who = auth.authenticate(req.headers.authorization, MSI_EXE_RESOURCE);
    if (!who.ok) {
      req.resume();
      const why = {
        missing: 'no bearer token',
        expired: 'an expired token',
        audience: `a token not minted for ${MSI_EXE_RESOURCE}`,
        unknown: 'an unknown token'
      }[who.reason];
      return {
        ...gatewayError(401, `Access denied: the request has ${why}.`),
        headers: { 'WWW-Authenticate': 'Bearer' }
      };
    }
    Object.assign(entry, { tenant: who.tenantId, clientId: who.clientId });
    if (config.rateLimit) {
      const { calls, windowMs } = config.rateLimit;
      const now = Date.now();
      const times = (windows.get(who.tenantId.toLowerCase()) ?? []).filter((t) => t > now - windowMs);
      windows.set(who.tenantId.toLowerCase(), times);
      if (times.length >= calls) {
        req.resume();
        entry.rateLimited = true;
        const seconds = Math.max(1, Math.ceil((times[0] + windowMs - now) / 1000));
        return {
          ...gatewayError(429, `Rate limit is exceeded. Try again in ${seconds} seconds.`),
          headers: { 'Retry-After': String(seconds) }
        };
      }
      times.push(now);
    }
    const seller = String(req.headers['x-seller-account-id'] ?? '').trim();
    if (seller) entry.sellerId = seller;
    if (!/^\d+$/.test(seller)) {
      req.resume();
      return refused(400, [
        error(
          'badrequest',
          `The X-Seller-Account-Id header must be the seller ID (digits), got '${seller}'.`,
          'X-Seller-Account-Id'
        )
      ]);
    }
    /** @type {Promise<unknown> | undefined} */
    let parsed;
    const readJson = () =>
      (parsed ??= readBody(req).then((buf) => {
        const text = buf.toString('utf8').trim();
        if (!text) return undefined;
        try {
          return (entry.body = JSON.parse(text));
        } catch {
          throw new BadJson();
        }
      }));
    const result = await catalog.route(req.method ?? 'GET', seg, url.searchParams, readJson, seller).catch((e) => {
      if (e instanceof BadJson)
        return refused(400, [error('badrequest', 'The request body is not valid JSON.', 'body')]);
      throw e;
    });
    if (!parsed) req.resume();
    else await parsed.catch(() => undefined);
    if (result.mutation) entry.mutation = true;
    return result;
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let area = 'other';
    let rel = '';
    /** @type {string[]} */
    let seg = [];
    const api = /^\/submission\/v1\/product\/(.*)$/i.exec(url.pathname);
    const token = /^\/([^/]+)\/oauth2\/(?:(v2\.0)\/)?token\/?$/i.exec(url.pathname);
    if (api) {
      area = 'api';
      rel = api[1].replace(/\/+$/, '');
      seg = rel.split('/').map((s) => decodeURIComponent(s));
    } else if (/^\/oidc\/token\/?$/i.test(url.pathname)) area = 'oidc';
    else if (token) area = 'token';
    const correlationId = area === 'api' ? randomUUID() : undefined;
    /** @type {Record<string, any>} */
    const entry = { method, path: url.pathname + url.search, area, status: 'pending', time: Date.now() };
    if (correlationId) entry.correlationId = correlationId;
    requests.push(entry);

    const fault = faults.take(method, /** @type {any} */ (area), rel);
    if (fault) entry.fault = fault.kind;
    if (fault && typeof fault.kind === 'number') {
      await drain(req);
      entry.status = fault.kind;
      return send(res, faultAnswer(fault, fault.kind, area), correlationId);
    }
    if (fault?.kind === 'reset') {
      entry.status = 'reset';
      return req.socket.destroy();
    }
    if (fault?.kind === 'hang') {
      entry.status = 'hang';
      req.resume();
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    /** @type {Result} */
    let result;
    if (area === 'api') result = await carryOutApi(req, url, seg, entry);
    else if (area === 'token') {
      const body = await readBody(req);
      result =
        method === 'POST'
          ? auth.token(token?.[2] ? 'v2' : 'v1', decodeURIComponent(token?.[1] ?? ''), body)
          : { status: 405, body: { error: 'invalid_request' } };
      if (result.tenant) entry.tenant = result.tenant;
      delete result.tenant;
    } else if (area === 'oidc') {
      req.resume();
      result = auth.oidc(req.headers.authorization, url.searchParams);
    } else {
      req.resume();
      result = { status: 404, body: { message: `No such endpoint: ${url.pathname}` } };
    }
    if (fault?.kind === 'lose-response') {
      entry.status = 'lost';
      return req.socket.destroy();
    }
    if (fault?.kind === '503-after' || fault?.kind === '500-after')
      result = faultAnswer(fault, fault.kind === '503-after' ? 503 : 500, area);
    entry.status = result.status;
    if (fault?.kind === 'garble-after') {
      const whole = JSON.stringify(result.body ?? {});
      const cut = whole.slice(0, Math.max(1, Math.floor(whole.length / 2)));
      res.writeHead(result.status, {
        ...(correlationId ? { 'X-Correlation-ID': correlationId } : {}),
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(cut)
      });
      return res.end(cut);
    }
    send(res, result, correlationId);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error('fake-msi-exe: internal error', e);
      if (!res.headersSent)
        send(res, refused(500, [error('internalservererror', `fake bug: ${e?.message ?? e}`)]), randomUUID());
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
    tokenUrl: (tenantId, version = 'v2') =>
      `${url}/${encodeURIComponent(tenantId)}/oauth2/${version === 'v2' ? 'v2.0/' : ''}token`,
    oidc: { requestUrl: `${url}/oidc/token?api-version=2.0`, requestToken: auth.requestToken },
    config,
    faults,
    requests,
    mutations: () => requests.filter((r) => r.mutation),
    addClient: auth.addClient,
    addFederatedClient: auth.addFederatedClient,
    expireTokens: auth.expireTokens,
    tokensIssued: auth.tokensIssued,
    oidcTokensIssued: auth.oidcTokensIssued,
    seedProduct: catalog.seedProduct,
    product: catalog.product,
    submission: catalog.submission,
    get submissions() {
      return catalog.allSubmissions();
    },
    snapshot: catalog.snapshot,
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

/** @param {import('node:http').IncomingMessage} req */
function drain(req) {
  return new Promise((resolve) => {
    if (req.readableEnded) return resolve(undefined);
    for (const event of ['end', 'error', 'close']) req.on(event, () => resolve(undefined));
    req.resume();
  });
}
