/**
 * A local fake of the Microsoft Store submission API (/v1.0/my/...), the Azure AD token endpoints and the
 * GitHub runner's OIDC token service, all on one http://127.0.0.1:PORT, with fault injection (the server, Azure AD,
 * the OIDC service, the faults and the request log are ../fake-server's, shared with ../fake-msi-exe). Plain ESM
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
import { DEFAULT_OIDC_SUBJECT, STORE_RESOURCE } from '../fake-server/auth.mjs';
import { startFakeServer } from '../fake-server/index.mjs';
import { gatewayError } from '../fake-server/util.mjs';
import { createBlobSide } from './blob.mjs';
import { createStore } from './store.mjs';
import { apiError } from './util.mjs';

/**
 * @typedef {import('../fake-server/faults.mjs').FaultSpec} FaultSpec
 * @typedef {import('../fake-server/faults.mjs').FaultKind} FaultKind
 * @typedef {import('../fake-server/index.mjs').RequestLogEntry} RequestLogEntry
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
  const store = createStore({ config, blob });
  const server = await startFakeServer(
    {
      name: 'fake-store',
      prefix: /^\/v1\.0\/my\/(.*)$/i,
      correlationHeader: 'MS-CorrelationId',
      audience: STORE_RESOURCE,
      unauthorized: (reason) =>
        apiError(
          401,
          'Unauthorized',
          reason === 'missing'
            ? 'The request has no bearer access token.'
            : reason === 'expired'
              ? 'The access token has expired.'
              : 'The access token is not valid.'
        ),
      badJson: () => apiError(400, 'InvalidParameterValue', 'The request body is not valid JSON.', 'body'),
      faultAnswer,
      internalError: (message) => apiError(500, 'ServiceError', `fake-store bug: ${message}`),
      route: ({ method, seg, query, readJson }) => store.route(method, seg, query, readJson)
    },
    config
  );

  return {
    ...server,
    storeApiUrl: `${server.url}/v1.0/my/`,
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
    }
  };
}

/** The Ingestion API's codes for the refusals a fault may inject. */
const REFUSAL_CODES = {
  400: 'InvalidParameterValue',
  403: 'Forbidden',
  404: 'ResourceNotFound',
  409: 'InvalidState',
  413: 'RequestEntityTooLarge'
};

/**
 * The Store's answer to an injected status: the gateway's shape for 429, 502 and 504 (or when the fault asks for
 * it), the Ingestion API's for the rest.
 * @param {import('../fake-server/faults.mjs').FaultState} fault
 * @param {number} status
 * @param {string | undefined} retry
 * @returns {Result}
 */
function faultAnswer(fault, status, retry) {
  if (fault.gatewayBody ?? (status === 429 || status === 502 || status === 504)) {
    return gatewayError(
      status,
      status === 429
        ? `Rate limit is exceeded. Try again in ${retry} seconds.`
        : status === 502
          ? 'Bad Gateway'
          : status === 504
            ? 'Gateway Timeout'
            : 'Service Unavailable'
    );
  }
  if (status < 500) {
    const code = REFUSAL_CODES[/** @type {keyof typeof REFUSAL_CODES} */ (status)] ?? 'InvalidRequest';
    return apiError(status, code, `The request was refused (injected ${status}).`);
  }
  return apiError(
    status,
    'ServiceError',
    status === 503
      ? 'The service is temporarily unavailable. Retry with exponential backoff.'
      : 'An internal server error occurred.'
  );
}
