/**
 * A local fake of the Microsoft Store submission API (/v1.0/my/...), the Azure AD token endpoints and the
 * GitHub runner's OIDC token service, all on one http://127.0.0.1:PORT, with fault injection. Plain ESM
 * JavaScript so that jest tests and plain `node` scripts (the sandbox) can both import it. File uploads go to a
 * real Azure Blob service (Azurite, see ../azurite.mjs).
 *
 *   import { startFakeStore } from './__fixtures__/fake-store/index.mjs';
 *   const fake = await startFakeStore({ blob: { endpoint, accountName, accountKey } });
 *
 * Options of startFakeStore (all optional except blob):
 *   blob: { endpoint, accountName, accountKey, publicEndpoint?, container? = 'ingestion', sasVersion? }
 *       publicEndpoint replaces endpoint in handed-out fileUploadUrls (put a fault proxy in front of Azurite);
 *       sasVersion signs the SAS with that `sv` (default: the SDK's own version).
 *   tokenLifetimeSeconds = 3600     access tokens expire after this (expires_in answers one second less, as AAD does)
 *   tokenEndpointVersion = 'v1'     both /{tenant}/oauth2/token and /{tenant}/oauth2/v2.0/token are always served;
 *                                   this only picks the one fake.tokenUrl() names
 *   rateLimit = undefined           { calls: 20, windowMs: 60000 }: sliding window per tenant over all Store API calls
 *   sasLifetimeSeconds = 86400      `se` of handed-out upload URLs; negative: already expired
 *   flightCreateWithSubmission = false  whether POST .../flights also creates a pending flight submission
 *   largeSubmissions = false   every app and flight submission is large: a create without ?isMinimalResponse=true
 *                              creates the submission, then answers 500 (its full clone timed out, as StoreBroker
 *                              reports of the live service). With ?isMinimalResponse=true (app and flight creates,
 *                              always) the answer is the sparse submission: no listings, packages or trailers.
 *   pageSize = 10                   server-side maximum page size of lists (a smaller `top` is respected)
 *   oidcLifetimeSeconds = 300       lifetime of the runner OIDC JWTs
 *   oidcSubject                     `sub` of the OIDC JWTs (default 'repo:octo-org/octo-repo:ref:refs/heads/main')
 * All of these live in fake.config and may be changed while the fake runs (e.g. fake.config.rateLimit = ...).
 *
 * The fake:
 *   fake.url        'http://127.0.0.1:PORT': both the Store API base host (…/v1.0/my/) and the authority host
 *   fake.storeApiUrl  `${fake.url}/v1.0/my/`
 *   fake.tokenUrl(tenantId, version = config.tokenEndpointVersion)
 *   fake.oidc       { requestUrl: `${url}/oidc/token?api-version=2.0`, requestToken } — ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN
 *   fake.addClient({ tenantId, clientId, clientSecret })
 *   fake.addFederatedClient({ tenantId, clientId, subject? })   accepts JWTs minted by fake.oidc with
 *                                   aud api://AzureADTokenExchange (and `sub` === subject when subject is given)
 *   fake.expireTokens()             every access token issued so far is expired from now on (next call: 401)
 *   A PUT whose pricing.priceId is "Base" is refused (400 InvalidParameterValue, "'Base' is not a valid PriceId for
 *   base price."): "Base" means "not set" and is only a market's value (seed published.pricing.priceId 'Base' for
 *   an app priced in Partner Center's per-market pricing).
 *   fake.seedApp({ id, name?, published?, pending?, ...extra app fields }) -> app resource
 *       published / pending: submission fields (true = defaults) merged over the defaults (pending: over the
 *       published fields); pending may also hold createdInPartnerCenter: true, status, statusDetails.
 *       An app seeded without `published` cannot get a submission through the API (409, as in real life).
 *       published.rollout = { percentage, status? = 'PackageRolloutInProgress' } seeds a published submission
 *       rolling out (and, before it, the one it falls back to); while in progress (or NotStarted with
 *       isPackageRollout) it blocks new submissions of its parent with 409 InvalidState. A new submission's clone
 *       starts without a rollout.
 *   fake.seedFlight(appId, { flightId?, friendlyName, groupIds?, rankHigherThan?, published?, pending? }) -> flight
 *   fake.seedAddOn({ id?, productId, applicationIds, productType? = 'Durable', published?, pending? }) -> add-on
 *   fake.setCommitOutcome(outcome, submissionId?)   without an id: the default for every later commit
 *       { kind: 'success', pollsInCommitStarted = 1, pollsPerStage = 1, finalStatus = 'PreProcessing', warnings? = [] }
 *           walks PreProcessing → Certification → Release → PendingPublication → Publishing → Published
 *           up to finalStatus, each status shown for pollsPerStage polls; a '…Failed' finalStatus walks up to its
 *           stage, then fails. The publish mode holds the walk: targetPublishMode Manual stays at Release until
 *           fake.publish(id) ("Publish now"); SpecificDate stays at PendingPublication until targetPublishDate
 *           has passed (or fake.publish). Leaving Certification (passed or failed) adds a certificationReports
 *           entry { date, reportUrl }. Reaching Published makes it the parent's published submission and starts
 *           the rollout its packageDeliveryOptions ask for (PackageRolloutInProgress, fallbackSubmissionId: the
 *           submission published before).
 *       { kind: 'failed', status = 'CommitFailed', errors = [{ code, details }], pollsInCommitStarted = 1, pollsPerStage = 1 }
 *       { kind: 'fallback', pollsInCommitStarted = 1 }   back to PendingCommit (can be committed again)
 *       { kind: 'stuck' }                                stays CommitStarted for ever
 *     A commit whose zip lacks a PendingUpload file (or has no blob while files are pending) fails with
 *     CommitFailed + MissingFiles errors; a blob that is not a zip with InvalidArchive — whatever was scripted.
 *     Only GET …/status polls advance a commit; GET of the submission shows the current status.
 *   fake.publish(submissionId)   "Publish now": a submission held by its publish mode goes on at its next poll
 *   fake.rollout(submissionId)   its package rollout resource { isPackageRollout, packageRolloutPercentage,
 *       packageRolloutStatus, fallbackSubmissionId }. The rollout calls of app and flight submissions:
 *       GET …/packagerollout; POST …/updatepackagerolloutpercentage?percentage=N (0-100, else 400),
 *       …/haltpackagerollout (PackageRolloutStopped, 0 %), …/finalizepackagerollout (PackageRolloutComplete,
 *       100 %): each answers the rollout resource; 409 InvalidState unless the submission is Published with its
 *       rollout in progress (halt and finalize also take one NotStarted, as the live service does for
 *       StoreBroker). A PUT keeps packageRolloutStatus and fallbackSubmissionId (the Store's own), and refuses
 *       a percentage outside 0-100 and non-boolean isPackageRollout / isMandatoryUpdate (400).
 *   fake.faults.add({ kind, method?, path?, times? = 1, skip? = 0, retryAfter?, gatewayBody? }) -> live record
 *       kind: 429 | 500 | 502 | 503 | 504   answer that status without carrying out the request
 *             'reset'                       destroy the socket without carrying out the request
 *             'lose-response'               carry out the request, then destroy the socket (log status 'lost')
 *             '503-after' | '500-after'     carry out the request, then answer 503 / 500 anyway
 *             'garble-after'                carry out the request, answer its status with half of the JSON body
 *             'hang'                        never answer (until close(); log status 'hang')
 *       path: absent = every Store API call; 'token' | 'oidc' = those endpoints; '*' = everything;
 *             a string = the path after /v1.0/my/ exactly (no query); a RegExp = tested against that path
 *             (and against 'token' / 'oidc' for those endpoints). Faults are tried in the order added, apply
 *             before authentication and the rate limit, and each fires `times` times after letting `skip`
 *             matching requests through. Fault answers from the Store API also carry MS-CorrelationId.
 *   fake.faults.clear(), fake.faults.list (with fired / remaining), fake.faults.pending (not yet used up)
 *   fake.requests   live log: { method, path (pathname+search), area: 'api'|'token'|'oidc'|'other', status
 *                   (number, or 'reset' | 'lost' | 'hang'; 'pending' while in flight), fault?, time (ms epoch,
 *                   arrival), correlationId? (the MS-CorrelationId answered), tenant?, clientId?, mutation?,
 *                   rateLimited? }. Never headers, bodies, secrets or assertions.
 *                   A status fault answers 429 with Retry-After '1' unless retryAfter says otherwise.
 *   fake.mutations()  the requests that changed state and were carried out (create/PUT/DELETE/commit/flights/add-ons)
 *   fake.app(id), fake.flight(appId, flightId), fake.addOn(id)   current resources (deep copies)
 *   fake.submission(id)   deep copy: the submission's fields plus { id, parent ('applications/X' …), parentKind,
 *                         appId, flightId?, addOnId?, status, statusDetails, fileUploadUrl, blobName, deleted, puts,
 *                         committed, commits, createdInPartnerCenter, seeded, uploadedEntries (string[] | null),
 *                         outcome, polls, released, history ([{ status, at }]: every status it took), createdAt }
 *   fake.submissions     all submissions ever created (seeded, deleted ones too), same shape
 *   fake.uploadedBlob(submissionId) -> Promise<Buffer | undefined>   what was uploaded for it
 *   fake.tokensIssued, fake.oidcTokensIssued   every access token / OIDC JWT handed out (to scan logs for)
 *   fake.config     the live options
 *   await fake.close()
 *
 * Answers: every /v1.0/my/ response has an MS-CorrelationId header (a fresh UUID). Errors have the Ingestion API
 * shape { code, message, data: [], details: [], source: 'Ingestion Api', target } (401 for a missing, unknown or
 * expired token; 404 ResourceNotFound; 409 InvalidState / InvalidOperation; 400 InvalidParameterValue; 405 for a
 * method a path does not take). The rate limit and gateway faults answer { statusCode, message } with Retry-After.
 * Token endpoint errors have the AAD shape { error, error_description: 'AADSTSnnn: …', error_codes, correlation_id … }.
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createAuth, DEFAULT_OIDC_SUBJECT } from './auth.mjs';
import { createBlobSide } from './blob.mjs';
import { createFaults } from './faults.mjs';
import { createStore } from './store.mjs';
import { apiError, gatewayError, readBody } from './util.mjs';

/**
 * @typedef {import('./faults.mjs').FaultSpec} FaultSpec
 * @typedef {import('./faults.mjs').FaultKind} FaultKind
 * @typedef {import('./store.mjs').CommitOutcome} CommitOutcome
 * @typedef {import('./util.mjs').Result} Result
 *
 * @typedef {object} FakeStoreOptions
 * @property {import('./blob.mjs').BlobOptions} blob
 * @property {number} [tokenLifetimeSeconds]
 * @property {'v1' | 'v2'} [tokenEndpointVersion]
 * @property {{ calls: number, windowMs: number }} [rateLimit]
 * @property {number} [sasLifetimeSeconds]
 * @property {boolean} [flightCreateWithSubmission]
 * @property {boolean} [largeSubmissions]
 * @property {number} [pageSize]
 * @property {number} [oidcLifetimeSeconds]
 * @property {string} [oidcSubject]
 *
 * @typedef {object} RequestLogEntry
 * @property {string} method
 * @property {string} path          pathname + search
 * @property {'api' | 'token' | 'oidc' | 'other'} area
 * @property {number | 'reset' | 'lost' | 'hang' | 'pending'} status
 * @property {FaultKind} [fault]
 * @property {number} time
 * @property {string} [correlationId]
 * @property {string} [tenant]
 * @property {string} [clientId]
 * @property {boolean} [mutation]
 * @property {boolean} [rateLimited]
 */

/**
 * Starts the fake on 127.0.0.1 (a free port).
 * @param {FakeStoreOptions} options
 */
export async function startFakeStore(options) {
  const config = {
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    /** @type {'v1' | 'v2'} */
    tokenEndpointVersion: options.tokenEndpointVersion ?? 'v1',
    /** @type {{ calls: number, windowMs: number } | undefined} */
    rateLimit: options.rateLimit,
    sasLifetimeSeconds: options.sasLifetimeSeconds ?? 86400,
    flightCreateWithSubmission: options.flightCreateWithSubmission ?? false,
    largeSubmissions: options.largeSubmissions ?? false,
    pageSize: options.pageSize ?? 10,
    oidcLifetimeSeconds: options.oidcLifetimeSeconds ?? 300,
    oidcSubject: options.oidcSubject ?? DEFAULT_OIDC_SUBJECT
  };
  const blob = await createBlobSide(options.blob);
  const auth = createAuth({ config });
  const store = createStore({ config, blob });
  const faults = createFaults();
  /** @type {RequestLogEntry[]} */
  const requests = [];
  /** @type {Map<string, number[]>} tenant -> times of counted calls */
  const windows = new Map();

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {Result} result
   * @param {string | undefined} correlationId
   */
  function send(res, result, correlationId) {
    /** @type {Record<string, string | number>} */
    const headers = { ...(result.headers ?? {}) };
    if (correlationId) headers['MS-CorrelationId'] = correlationId;
    let payload = '';
    if (result.status !== 204 && result.body !== undefined) {
      payload = JSON.stringify(result.body);
      headers['Content-Type'] = 'application/json; charset=utf-8';
    }
    headers['Content-Length'] = Buffer.byteLength(payload);
    res.writeHead(result.status, headers);
    res.end(payload);
  }

  /**
   * The answer of a status fault.
   * @param {import('./faults.mjs').FaultState} fault
   * @param {number} status
   * @param {'api' | 'token' | 'oidc' | 'other'} area
   * @returns {Result}
   */
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
      const gateway = fault.gatewayBody ?? (status === 429 || status === 502 || status === 504);
      if (gateway) {
        result = gatewayError(
          status,
          status === 429
            ? `Rate limit is exceeded. Try again in ${retry} seconds.`
            : status === 502
              ? 'Bad Gateway'
              : status === 504
                ? 'Gateway Timeout'
                : 'Service Unavailable'
        );
      } else {
        result =
          status < 500
            ? apiError(
                status,
                REFUSAL_CODES[status] ?? 'InvalidRequest',
                `The request was refused (injected ${status}).`
              )
            : apiError(
                status,
                'ServiceError',
                status === 503
                  ? 'The service is temporarily unavailable. Retry with exponential backoff.'
                  : 'An internal server error occurred.'
              );
      }
    }
    if (retry !== undefined) result.headers = { ...(result.headers ?? {}), 'Retry-After': retry };
    return result;
  }

  /**
   * Carries out a request. `entry` gets tenant / mutation / rateLimited.
   * @param {import('node:http').IncomingMessage} req
   * @param {URL} url
   * @param {'api' | 'token' | 'oidc' | 'other'} area
   * @param {string[]} seg
   * @param {RequestLogEntry} entry
   * @returns {Promise<Result>}
   */
  async function carryOut(req, url, area, seg, entry) {
    const method = req.method ?? 'GET';
    if (area === 'token') {
      const body = await readBody(req);
      if (method !== 'POST') return { status: 405, body: { error: 'invalid_request', error_description: 'Use POST.' } };
      const version = seg[2].toLowerCase() === 'v2.0' ? 'v2' : 'v1';
      const result = auth.token(version, decodeURIComponent(seg[0]), body);
      if (result.tenant) entry.tenant = result.tenant;
      delete result.tenant;
      return result;
    }
    if (area === 'oidc') {
      req.resume();
      if (method !== 'GET') return { status: 405, body: { message: 'Use GET.' } };
      return auth.oidc(req.headers.authorization, url.searchParams);
    }
    if (area === 'other') {
      req.resume();
      return { status: 404, body: { message: `No such endpoint: ${url.pathname}` } };
    }
    const who = auth.authenticate(req.headers.authorization);
    if (!who.ok) {
      req.resume();
      const message =
        who.reason === 'missing'
          ? 'The request has no bearer access token.'
          : who.reason === 'expired'
            ? 'The access token has expired.'
            : 'The access token is not valid.';
      const result = apiError(401, 'Unauthorized', message);
      result.headers = { 'WWW-Authenticate': 'Bearer' };
      return result;
    }
    entry.tenant = who.tenantId;
    entry.clientId = who.clientId;
    const limit = config.rateLimit;
    if (limit) {
      const now = Date.now();
      const key = who.tenantId.toLowerCase();
      const times = (windows.get(key) ?? []).filter((t) => t > now - limit.windowMs);
      windows.set(key, times);
      if (times.length >= limit.calls) {
        req.resume();
        entry.rateLimited = true;
        const seconds = Math.max(1, Math.ceil((times[0] + limit.windowMs - now) / 1000));
        const result = gatewayError(429, `Rate limit is exceeded. Try again in ${seconds} seconds.`);
        result.headers = { 'Retry-After': String(seconds) };
        return result;
      }
      times.push(now);
    }
    /** @type {Promise<unknown> | undefined} */
    let parsed;
    const readJson = () =>
      (parsed ??= readBody(req).then((buf) => {
        const text = buf.toString('utf8').trim();
        if (!text) return undefined;
        try {
          return JSON.parse(text);
        } catch {
          return Symbol.for('fake-store.invalid-json');
        }
      }));
    const result = await store
      .route(method, seg, url.searchParams, async () => {
        const value = await readJson();
        if (value === Symbol.for('fake-store.invalid-json')) throw new BadJson();
        return value;
      })
      .catch((error) => {
        if (error instanceof BadJson)
          return apiError(400, 'InvalidParameterValue', 'The request body is not valid JSON.', 'body');
        throw error;
      });
    if (!parsed) req.resume();
    else await parsed;
    if (result.mutation) entry.mutation = true;
    return result;
  }

  /** @type {Set<import('node:http').ServerResponse>} */
  const hanging = new Set();

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('fake-store: internal error', error);
      if (!res.headersSent)
        send(res, apiError(500, 'ServiceError', `fake-store bug: ${error?.message ?? error}`), randomUUID());
      else res.destroy();
    });
  });

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = url.pathname;
    /** @type {'api' | 'token' | 'oidc' | 'other'} */
    let area = 'other';
    /** @type {string[]} */
    let seg = [];
    let rel = '';
    const api = /^\/v1\.0\/my\/(.*)$/i.exec(pathname);
    if (api) {
      area = 'api';
      rel = api[1].replace(/\/+$/, '');
      seg = rel ? rel.split('/').map((s) => decodeURIComponent(s)) : [];
    } else if (/^\/oidc\/token\/?$/i.test(pathname)) {
      area = 'oidc';
    } else {
      const token = /^\/([^/]+)\/oauth2\/(?:(v2\.0)\/)?token\/?$/i.exec(pathname);
      if (token) {
        area = 'token';
        seg = [token[1], 'oauth2', token[2] ?? 'v1'];
      }
    }
    const correlationId = area === 'api' ? randomUUID() : undefined;
    /** @type {RequestLogEntry} */
    const entry = { method, path: pathname + url.search, area, status: 'pending', time: Date.now() };
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

    let result = await carryOut(req, url, area, seg, entry);
    if (fault?.kind === 'lose-response') {
      entry.status = 'lost';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === '503-after' || fault?.kind === '500-after') {
      result = faultAnswer(fault, fault.kind === '503-after' ? 503 : 500, area);
    }
    if (fault?.kind === 'garble-after') {
      // Carried out, answered with the right status, but the JSON body is cut in half.
      entry.status = result.status;
      const whole = JSON.stringify(result.body ?? {});
      const cut = whole.slice(0, Math.max(1, Math.floor(whole.length / 2)));
      res.writeHead(result.status, {
        ...(correlationId ? { 'MS-CorrelationId': correlationId } : {}),
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(cut)
      });
      res.end(cut);
      return;
    }
    entry.status = result.status;
    send(res, result, correlationId);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${address.port}`;
  let closed = false;

  return {
    url,
    storeApiUrl: `${url}/v1.0/my/`,
    /** @param {string} tenantId @param {'v1' | 'v2'} [version] */
    tokenUrl: (tenantId, version = config.tokenEndpointVersion) =>
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
    seedApp: store.seedApp,
    seedFlight: store.seedFlight,
    seedAddOn: store.seedAddOn,
    setCommitOutcome: store.setCommitOutcome,
    publish: store.publish,
    rollout: store.rollout,
    app: store.app,
    flight: store.flight,
    addOn: store.addOn,
    submission: store.submission,
    get submissions() {
      return store.allSubmissions();
    },
    /** @param {string} submissionId */
    async uploadedBlob(submissionId) {
      const name = store.blobNameOf(submissionId);
      return name === undefined ? undefined : blob.download(name);
    },
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

/** The Ingestion API's codes for the refusals a fault may inject. */
const REFUSAL_CODES = {
  400: 'InvalidParameterValue',
  403: 'Forbidden',
  404: 'ResourceNotFound',
  409: 'InvalidState',
  413: 'RequestEntityTooLarge'
};

/** Reads and drops a request body (so the client is not cut off mid-send). @param {import('node:http').IncomingMessage} req */
function drain(req) {
  return new Promise((resolve) => {
    if (req.readableEnded) return resolve(undefined);
    req.on('end', () => resolve(undefined));
    req.on('error', () => resolve(undefined));
    req.on('close', () => resolve(undefined));
    req.resume();
  });
}
