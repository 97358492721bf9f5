/**
 * A local fake of the Microsoft Store submission API for MSI or EXE apps (api.store.microsoft.com,
 * /submission/v1/product/{productId}/...), written from its documentation (MicrosoftDocs/windows-dev-docs
 * hub/apps/publish/store-submission-api.md; see ../../../shared/store-api-msi-exe.md), on ../fake-server: the
 * server, fake Azure AD (v1 and v2.0 token endpoints, GitHub OIDC), faults and request log the fake Store uses too,
 * on the same http://127.0.0.1:PORT.
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
 *   fake.faults              as in the fake Store (../fake-server/faults.mjs); a string `path` is compared with
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
import { DEFAULT_OIDC_SUBJECT, MSI_EXE_RESOURCE } from '../fake-server/auth.mjs';
import { startFakeServer } from '../fake-server/index.mjs';
import { gatewayError } from '../fake-server/util.mjs';
import { createCatalog, error, refused } from './product.mjs';

/** @typedef {import('../fake-server/util.mjs').Result} Result */

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
  const catalog = createCatalog({ config });
  const server = await startFakeServer(
    {
      name: 'fake-msi-exe',
      prefix: /^\/submission\/v1\/product\/(.*)$/i,
      correlationHeader: 'X-Correlation-ID',
      audience: MSI_EXE_RESOURCE,
      logBodies: true,
      unauthorized: (reason) => {
        const why = {
          missing: 'no bearer token',
          expired: 'an expired token',
          audience: `a token not minted for ${MSI_EXE_RESOURCE}`,
          unknown: 'an unknown token'
        }[reason];
        return gatewayError(401, `Access denied: the request has ${why}.`);
      },
      badJson: () => refused(400, [error('badrequest', 'The request body is not valid JSON.', 'body')]),
      faultAnswer,
      internalError: (message) => refused(500, [error('internalservererror', `fake bug: ${message}`)]),
      route: async ({ req, method, seg, query, readJson, entry }) => {
        const seller = String(req.headers['x-seller-account-id'] ?? '').trim();
        if (seller) entry.sellerId = seller;
        if (!/^\d+$/.test(seller)) {
          return refused(400, [
            error(
              'badrequest',
              `The X-Seller-Account-Id header must be the seller ID (digits), got '${seller}'.`,
              'X-Seller-Account-Id'
            )
          ]);
        }
        return catalog.route(method, seg, query, readJson, seller);
      }
    },
    config
  );

  return {
    ...server,
    seedProduct: catalog.seedProduct,
    product: catalog.product,
    submission: catalog.submission,
    get submissions() {
      return catalog.allSubmissions();
    },
    snapshot: catalog.snapshot
  };
}

/**
 * The API's answer to an injected status: the gateway's shape for 429 and for 502/503/504 (or when the fault asks
 * for it), the envelope (isSuccess false) for a refusal or a 500.
 * @param {import('../fake-server/faults.mjs').FaultState} fault
 * @param {number} status
 * @param {string | undefined} retry
 * @returns {Result}
 */
function faultAnswer(fault, status, retry) {
  if (status === 429) return gatewayError(429, `Rate limit is exceeded. Try again in ${retry} seconds.`);
  // A refusal: the API's envelope, isSuccess false.
  if (status < 500 && !fault.gatewayBody)
    return refused(status, [error('badrequest', `The request was refused (injected ${status}).`)]);
  if (fault.gatewayBody ?? status !== 500)
    return gatewayError(
      status,
      status === 502 ? 'Bad Gateway' : status === 504 ? 'Gateway Timeout' : 'Service Unavailable'
    );
  return refused(status, [error('internalservererror', 'An internal server error occurred.')]);
}
