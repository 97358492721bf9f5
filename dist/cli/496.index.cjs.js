"use strict";
exports.id = 496;
exports.ids = [496];
exports.modules = {

/***/ 1055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ usesProxy),
/* harmony export */   Pf: () => (/* binding */ agentFor),
/* harmony export */   r5: () => (/* binding */ httpModule)
/* harmony export */ });
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9783);
/**
 * The connection agent for a request. When the runner sets a proxy (`https_proxy` / `http_proxy`) that the URL
 * does not bypass (`no_proxy`), it is @actions/http-client's tunnelling agent through that proxy, so that every
 * request (Azure AD, the Store, the blob) goes where the runner's other tools go. Otherwise it is a plain node
 * agent. @actions/http-client (with `tunnel`, which loads TLS) is loaded only by a run that has a proxy, and
 * node:https only by a run with an https URL: a run loads only what it uses (start-up: bench/start.mjs).
 */

/** node:http or node:https for a URL, loaded when first asked for (node:https brings TLS and all of crypto). */
function httpModule(url) {
    return url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
}
/** Whether a request to `url` goes through the runner's proxy. */
function usesProxy(url) {
    return Boolean((0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s)(url)?.hostname);
}
/** A new agent for requests to `url`: the proxy's tunnelling agent when it has one, else a plain agent. */
async function agentFor(url, options) {
    if (usesProxy(url)) {
        const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(779), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 2779));
        return new HttpClient('msstore-submit-action', [], {
            keepAlive: options.keepAlive,
            maxSockets: options.maxSockets
        }).getAgent(url.href);
    }
    return new (httpModule(url).Agent)({
        keepAlive: options.keepAlive,
        maxSockets: options.maxSockets,
        maxFreeSockets: options.maxFreeSockets ?? options.maxSockets,
        ...(options.scheduling ? { scheduling: options.scheduling } : {})
    });
}


/***/ }),

/***/ 3164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ RequestLayer)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3635);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8268);



class RequestLayer {
    options;
    constructor(options) {
        this.options = options;
    }
    async send(call) {
        let renewed = false;
        for (let attempt = 1;; attempt++) {
            const step = await this.attempt(call, attempt, renewed);
            if ('answer' in step)
                return step.answer;
            if ('renewed' in step)
                renewed = true;
            else
                await this.waitToRetry(call, step, attempt);
        }
    }
    /** The backoff before a caller sends a non-idempotent request again, after it checked that it did not go through. */
    async pauseBeforeRetry(attempt) {
        await this.options.clock.sleep((0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .retryDelay */ .a2)(attempt, this.options.retry, undefined), this.options.signal);
    }
    signalOf(call) {
        const signals = [this.options.signal, call.signal].filter((s) => s !== undefined);
        return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    }
    async attempt(call, attempt, renewed) {
        const signal = this.signalOf(call);
        if (signal?.aborted)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc();
        await call.pacer?.beforeCall(signal);
        const headers = { ...call.headers };
        // Outside the try: a token failure is the token source's own error, never a lost request.
        if (call.auth)
            headers.Authorization = `Bearer ${await abortable(call.auth.token(), signal)}`;
        let response;
        try {
            response = await abortable(this.options.http.request(call.method, call.url, call.body, headers, signal), signal);
        }
        catch (error) {
            return this.lost(call, error, attempt);
        }
        if (response.status >= 200 && response.status < 300)
            return this.succeeded(call, response, attempt);
        if (response.status === 401 && call.auth && !renewed) {
            // A token can expire between our check and the server's: renew once and repeat (a 401 was not carried out).
            call.auth.invalidate();
            this.options.log(`${call.call} got HTTP 401; renewing the token and trying again.`);
            return { renewed: true };
        }
        return this.failed(call, response, attempt);
    }
    lost(call, error, attempt) {
        if (!(0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isNetworkError */ .TX)(error))
            throw error;
        const { dialect } = call;
        const text = redact(dialect, error.message ?? String(error));
        const details = { call: call.call, correlationName: dialect.correlationHeader, cause: error };
        if (!call.idempotent)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un({ ...details, storeMessage: `no answer: ${text}` });
        if (attempt >= this.options.retry.maxAttempts) {
            const hint = call.hint?.({}) ?? dialect.hint?.({});
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({ ...details, storeMessage: `no answer after ${attempt} attempts: ${text}`, hint });
        }
        return { retry: redact(dialect, dialect.networkReason?.(error) ?? `got a network error (${text})`) };
    }
    succeeded(call, response, attempt) {
        const correlationId = (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .w)(response.headers, call.dialect.correlationHeader);
        try {
            const body = call.read ? call.read(response) : response.body;
            return { answer: { status: response.status, headers: response.headers, body, correlationId } };
        }
        catch (error) {
            // A garbled or cut-off answer: the request was carried out, but what it made cannot be read.
            const storeMessage = error.message;
            const details = { call: call.call, status: response.status, storeMessage, correlationId };
            const full = { ...details, correlationName: call.dialect.correlationHeader };
            if (!call.idempotent)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un(full);
            if (attempt >= this.options.retry.maxAttempts)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({ ...full, attempts: attempt });
            return { retry: `got HTTP ${response.status} with an unreadable body` };
        }
    }
    failed(call, response, attempt) {
        const { dialect } = call;
        const said = dialect.describe(response);
        const failure = { status: response.status, code: said.code, message: said.message, detail: said.detail };
        const details = {
            call: call.call,
            status: response.status,
            code: said.code,
            storeMessage: said.message,
            correlationId: said.correlationId ?? (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .w)(response.headers, dialect.correlationHeader),
            correlationName: dialect.correlationHeader
        };
        if ((dialect.retryable ?? _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(response.status)) {
            const asked = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)((0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .w)(response.headers, 'retry-after'), response.body, this.options.clock.now());
            if (asked !== undefined && asked > _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RETRY_AFTER_MS */ .yL)
                throw tooLongAWait(details, asked, attempt);
            const { maxAttempts } = this.options.retry;
            if (response.status === 429 && attempt < maxAttempts + _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .THROTTLED_EXTRA_ATTEMPTS */ .jL) {
                // Throttled requests were not carried out: safe to repeat, even a create or a commit.
                const paced = call.pacer?.throttled(attempt);
                return { retry: 'got HTTP 429 (throttled)', waitMs: asked ?? paced, throttled: true };
            }
            if (response.status !== 429 && !call.idempotent)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un(details);
            if (response.status !== 429 && attempt < maxAttempts) {
                return { retry: `got HTTP ${response.status}${said.code ? ` (${said.code})` : ''}`, waitMs: asked };
            }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({ ...details, attempts: attempt, hint: call.hint?.(failure) ?? dialect.hint?.(failure) });
    }
    async waitToRetry(call, step, attempt) {
        const { retry, clock, log } = this.options;
        const delay = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .retryDelay */ .a2)(attempt, retry, step.waitMs);
        const of = retry.maxAttempts + (step.throttled ? _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .THROTTLED_EXTRA_ATTEMPTS */ .jL : 0);
        log(`${call.call} ${step.retry}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${of})`);
        await clock.sleep(delay, this.signalOf(call));
    }
}
function tooLongAWait(details, askedMs, attempt) {
    const minutes = Math.round(askedMs / 6000) / 10;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({
        ...details,
        attempts: attempt,
        storeMessage: `${details.storeMessage ? `${details.storeMessage}; ` : ''}asked to wait ${minutes} min (Retry-After)`,
        hint: `The service asked for a wait longer than the ${_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RETRY_AFTER_MS */ .yL / 60_000} minutes this action waits for one request; run again later.`
    });
}
function redact(dialect, text) {
    return dialect.redact ? dialect.redact(text) : text;
}
/** Stops waiting for `promise` as soon as `signal` aborts (a transport that ignores the signal is left to die). */
function abortable(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted) {
        // Whatever the dropped promise does later (a transport that saw the abort rejects too) must not go unhandled.
        promise.catch(() => undefined);
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        signal.addEventListener('abort', onAbort, { once: true });
        const done = () => signal.removeEventListener('abort', onAbort);
        promise.then((value) => (done(), resolve(value)), (error) => (done(), reject(error)));
    });
}


/***/ }),

/***/ 1134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ Pacer)
/* harmony export */ });
class Pacer {
    clock;
    throttledSpacingMs;
    nextCallAt = 0;
    spacingMs = 0;
    constructor(clock, 
    /** The least time between two calls once throttled. */
    throttledSpacingMs = 3000) {
        this.clock = clock;
        this.throttledSpacingMs = throttledSpacingMs;
    }
    /** Waits until the next call may go. */
    async beforeCall(signal) {
        const now = this.clock.now();
        if (this.nextCallAt > now)
            await this.clock.sleep(this.nextCallAt - now, signal);
        this.nextCallAt = this.clock.now() + this.spacingMs;
    }
    /** A 429 came back: from now on, space the calls; the wait before attempt `attempt + 1` when the server named none. */
    throttled(attempt) {
        this.spacingMs = Math.max(this.spacingMs, this.throttledSpacingMs);
        return this.spacingMs * 2 ** Math.min(attempt - 1, 4);
    }
}


/***/ }),

/***/ 3635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   jL: () => (/* binding */ THROTTLED_EXTRA_ATTEMPTS),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy),
/* harmony export */   yL: () => (/* binding */ MAX_RETRY_AFTER_MS)
/* harmony export */ });
/* unused harmony export backoffDelay */
const defaultRetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };
/** Throttled requests were not carried out: they get this many attempts beyond maxAttempts. */
const THROTTLED_EXTRA_ATTEMPTS = 4;
/** The longest `Retry-After` honoured; a longer one fails the call and names the wait. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;
/** HTTP statuses that say "try again later" rather than "this request is wrong". */
function isRetryableStatus(status) {
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
function isNetworkError(err) {
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code))
        return true;
    if (e.name === 'TimeoutError' || e.name === 'RequestTimeoutError')
        return true;
    if (typeof e.message === 'string' && /socket hang up|network|timed? ?out|ECONNRESET/i.test(e.message))
        return true;
    return e.cause !== undefined && e.cause !== err && isNetworkError(e.cause);
}
/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random,
 * so retries spread out but never collapse to zero. `attempt` is 1 for the
 * wait after the first failure.
 */
function backoffDelay(attempt, policy, random = Math.random) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(step / 2 + random() * (step / 2));
}
/**
 * How long the server asked us to wait, in ms: `Retry-After` as seconds or as
 * an HTTP date, else a gateway body's "Try again in N seconds". Undefined when
 * the response says nothing usable.
 */
function parseRetryAfter(header, body, nowMs) {
    if (header !== undefined && header !== null && header.trim() !== '') {
        const value = header.trim();
        if (/^\d+(\.\d+)?$/.test(value))
            return Math.round(Number(value) * 1000);
        const date = Date.parse(value);
        if (!Number.isNaN(date))
            return Math.max(0, date - nowMs);
    }
    if (body) {
        const match = /try again in (\d+(?:\.\d+)?) ?(second|sec|s\b)/i.exec(body);
        if (match)
            return Math.round(Number(match[1]) * 1000);
    }
    return undefined;
}
/**
 * The wait before retry number `attempt + 1`: what the server asked for when
 * it said (a little jitter on top, so that parallel jobs of one tenant do not
 * return in lock-step), else backoff.
 */
function retryDelay(attempt, policy, retryAfterMs, random = Math.random) {
    if (retryAfterMs !== undefined)
        return retryAfterMs + Math.round(random() * 250);
    return backoffDelay(attempt, policy, random);
}


/***/ }),

/***/ 8268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ createHttpTransport),
/* harmony export */   w: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _agents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1055);


function networkError(message, code) {
    return Object.assign(new Error(message), { code });
}
function createHttpTransport(options) {
    const agent = options.agentFor ?? defaultAgents();
    return {
        request: async (method, url, body, headers, signal) => exchange({ method, url, body, headers, signal, agent: await agent(url), ...options })
    };
}
/**
 * Without keep-alive, up to 100 sockets: one plain agent per protocol, made on first use; through a proxy, a
 * tunnelling agent per request (as @actions/http-client makes them without keep-alive).
 */
function defaultAgents() {
    const plain = new Map();
    const options = { keepAlive: false, maxSockets: 100 };
    return (url) => {
        const target = new URL(url);
        if ((0,_agents_js__WEBPACK_IMPORTED_MODULE_1__/* .usesProxy */ .Bb)(target))
            return (0,_agents_js__WEBPACK_IMPORTED_MODULE_1__/* .agentFor */ .Pf)(target, options);
        const made = plain.get(target.protocol) ?? (0,_agents_js__WEBPACK_IMPORTED_MODULE_1__/* .agentFor */ .Pf)(target, options);
        plain.set(target.protocol, made);
        return made;
    };
}
function exchange(spec) {
    const target = new URL(spec.url);
    const module = (0,_agents_js__WEBPACK_IMPORTED_MODULE_1__/* .httpModule */ .r5)(target);
    return new Promise((resolve, reject) => {
        if (spec.signal?.aborted)
            return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        let settled = false;
        const finish = (error, response) => {
            if (settled)
                return;
            settled = true;
            spec.signal?.removeEventListener('abort', onAbort);
            if (error) {
                req.destroy();
                reject(error);
            }
            else
                resolve(response);
        };
        const onAbort = () => finish(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        const length = spec.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(spec.body)) };
        const req = module.request(target, {
            method: spec.method,
            agent: spec.agent,
            headers: { 'User-Agent': spec.userAgent, ...spec.headers, ...length }
        });
        req.setTimeout(spec.idleTimeoutMs, () => {
            const seconds = Math.round(spec.idleTimeoutMs / 100) / 10;
            finish(networkError(`Request timeout: no data moved for ${seconds} s`, 'ETIMEDOUT'));
        });
        let answered = false;
        req.on('response', (res) => {
            answered = true;
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
            res.on('aborted', () => finish(networkError('the connection closed in the middle of the answer', 'ECONNRESET')));
            res.on('error', (error) => finish(Object.assign(error, { code: error.code ?? 'ECONNRESET' })));
            res.on('close', () => finish(networkError('the connection closed before the answer was complete', 'ECONNRESET')));
        });
        req.on('error', (error) => finish(error));
        // Safety net: a request that closes without an error or an answer must not hang the step.
        req.on('close', () => answered || finish(networkError('the connection closed without an answer', 'ECONNRESET')));
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        req.end(spec.body);
    });
}
/** One header's value, whatever its case or multiplicity. */
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}


/***/ }),

/***/ 7093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ signIn)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/request/layer.ts
var request_layer = __webpack_require__(3164);
;// CONCATENATED MODULE: ./src/auth.ts
/**
 * Azure AD access tokens for the Store APIs, by client secret or by a GitHub
 * OIDC token (workload identity federation). Caches the token, renews it
 * before it expires (and on demand after a 401), masks every token it sees.
 */


const STORE_RESOURCE = 'https://manage.devcenter.microsoft.com';
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** What Azure AD's error codes usually mean for a user of this action. */
function aadHint(aadCode, credential) {
    switch (aadCode) {
        case 'AADSTS7000215':
        case 'AADSTS7000222':
            return "Check 'client-secret': use the secret's Value (not its Secret ID), and make a new one if it has expired.";
        case 'AADSTS700016':
            return "Check 'client-id' and 'tenant-id': the application is not registered in that tenant.";
        case 'AADSTS90002':
        case 'AADSTS900023':
            return "Check 'tenant-id': no such tenant.";
        case 'AADSTS70021':
        case 'AADSTS700211':
        case 'AADSTS700212':
        case 'AADSTS700213':
            return 'Add a federated credential to the Azure AD app whose issuer is https://token.actions.githubusercontent.com and whose subject matches this job (e.g. repo:OWNER/REPO:ref:refs/tags/v1.0 or repo:OWNER/REPO:environment:NAME), audience api://AzureADTokenExchange.';
        default:
            return credential.kind === 'secret'
                ? "Check 'tenant-id', 'client-id' and 'client-secret'."
                : "Check 'tenant-id', 'client-id' and the app's federated credential for this repository.";
    }
}
class AzureAdTokenSource {
    options;
    cached;
    /** The other endpoint was tried once after a 404: stay on it. */
    triedOther = false;
    /** The v2.0 endpoint, as msstore-cli uses; v1 (the Store docs' own) when the authority does not serve v2.0 (404). */
    endpoint;
    layer;
    dialect;
    constructor(options) {
        this.options = options;
        this.endpoint = options.endpoint ?? 'v2.0';
        this.layer = new request_layer/* RequestLayer */.f(options);
        this.dialect = aadDialect(options.credential, options.authorityHost);
    }
    invalidate() {
        this.cached = undefined;
    }
    async token() {
        const now = this.options.clock.now();
        if (this.cached && now < this.cached.renewAt)
            return this.cached.token;
        const { token, lifetimeMs } = await this.fetchToken();
        // Renew ahead of expiry: 5 minutes early for normal tokens, a quarter early for short-lived ones.
        const margin = Math.min(5 * 60_000, lifetimeMs / 4);
        this.cached = { token, renewAt: this.options.clock.now() + lifetimeMs - margin };
        return token;
    }
    async form() {
        const { credential, clientId } = this.options;
        const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId });
        const resource = this.options.resource ?? STORE_RESOURCE;
        if (this.endpoint === 'v1')
            form.set('resource', resource);
        else
            form.set('scope', `${resource}/.default`);
        if (credential.kind === 'secret') {
            form.set('client_secret', credential.secret);
        }
        else {
            form.set('client_assertion_type', JWT_BEARER);
            form.set('client_assertion', await this.githubIdToken());
        }
        return form.toString();
    }
    /** A fresh GitHub OIDC token for each renewal: they live only minutes. */
    async githubIdToken() {
        let idToken;
        try {
            idToken = await this.options.getIdToken(OIDC_AUDIENCE);
        }
        catch (error) {
            // A host's own token source (the CLI's token file) already says what to fix.
            if (error instanceof errors/* ActionError */.lZ)
                throw error;
            const message = error.message ?? String(error);
            if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)) {
                throw new errors/* ActionError */.lZ("'client-secret' is empty, so the action signs in with GitHub OIDC, but this job cannot get an OIDC token.", {
                    hint: "Add `permissions: id-token: write` (and `contents: read`) to the job or workflow, or set 'client-secret'. Pull requests from forks never get an OIDC token."
                });
            }
            throw new errors/* ActionError */.lZ(`Could not get a GitHub OIDC token: ${message.replace(/\s+/g, ' ').trim()}`, {
                hint: "Check the job's `permissions: id-token: write`, or set 'client-secret'."
            });
        }
        this.options.mask(idToken);
        return idToken;
    }
    async fetchToken() {
        try {
            return await this.requestToken();
        }
        catch (error) {
            if (!(error instanceof errors/* ApiError */.hD) || error.status !== 404 || this.triedOther)
                throw error;
            this.triedOther = true;
            this.endpoint = this.endpoint === 'v1' ? 'v2.0' : 'v1';
            this.options.log(`${error.call} answered HTTP 404; using the ${this.endpoint} endpoint instead.`);
            return this.requestToken();
        }
    }
    async requestToken() {
        const { authorityHost, tenantId, clock } = this.options;
        const path = this.endpoint === 'v1' ? 'oauth2/token' : 'oauth2/v2.0/token';
        const { body } = await this.layer.send({
            call: `Get an Azure AD token (POST /${path})`,
            method: 'POST',
            url: `${authorityHost}/${encodeURIComponent(tenantId)}/${path}`,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/json' },
            body: await this.form(),
            // Asking for a token twice does no harm.
            idempotent: true,
            dialect: this.dialect,
            read: readToken
        });
        this.options.mask(body.access_token);
        return { token: body.access_token, lifetimeMs: lifetimeOf(body, clock.now()) };
    }
}
/** A token answer with a readable access_token; throws (and so is asked again) without one. */
function readToken(response) {
    let body;
    try {
        body = JSON.parse(response.body);
    }
    catch {
        // a garbled answer: reported below
    }
    if (!body || typeof body.access_token !== 'string' || !body.access_token)
        throw new Error('the answer holds no access_token');
    return body;
}
/** Azure AD's error body: `{ error, error_description, error_codes, correlation_id }`. */
function aadDialect(credential, authorityHost) {
    return {
        correlationHeader: 'client-request-id',
        describe: (response) => {
            let parsed = {};
            try {
                parsed = JSON.parse(response.body);
            }
            catch {
                // not JSON: the status alone
            }
            const description = (parsed.error_description ?? '').split(/\r?\n/)[0].trim();
            const aadCode = /AADSTS\d+/.exec(description)?.[0] ?? (parsed.error_codes?.[0] ? `AADSTS${parsed.error_codes[0]}` : undefined);
            return {
                code: parsed.error,
                message: description || undefined,
                detail: aadCode,
                correlationId: parsed.correlation_id
            };
        },
        hint: ({ status, detail }) => {
            if (status === undefined)
                return `Check 'authority-host' (${authorityHost}) and the network.`;
            return status === 400 || status === 401 ? aadHint(detail, credential) : undefined;
        }
    };
}
/** Token lifetime from `expires_in` (v1 answers strings, v2.0 numbers), else `expires_on`; an hour if neither. */
function lifetimeOf(body, nowMs) {
    const expiresIn = Number(body.expires_in);
    if (Number.isFinite(expiresIn) && expiresIn > 0)
        return expiresIn * 1000;
    const expiresOn = Number(body.expires_on);
    if (Number.isFinite(expiresOn) && expiresOn * 1000 > nowMs)
        return expiresOn * 1000 - nowMs;
    return 3600_000;
}

// EXTERNAL MODULE: ./src/request/policy.ts
var policy = __webpack_require__(3635);
// EXTERNAL MODULE: ./src/request/transport.ts
var transport = __webpack_require__(8268);
;// CONCATENATED MODULE: ./src/sign-in.ts
/**
 * Signing in for either Store API: one transport, one Azure AD token source
 * (client secret or GitHub OIDC) for the API's resource, and the parts every
 * API client on the request layer is built from.
 */



function signIn(settings, deps, audience = {}) {
    const { clock, signal, info } = deps;
    const http = (0,transport/* createHttpTransport */.S)({ userAgent: deps.userAgent, idleTimeoutMs: settings.requestTimeoutMs });
    const common = { http, clock, retry: policy/* defaultRetryPolicy */.ur, log: info, signal };
    const tokens = new AzureAdTokenSource({
        ...common,
        ...audience,
        authorityHost: settings.authorityHost,
        tenantId: settings.tenantId,
        clientId: settings.clientId,
        credential: settings.credential,
        getIdToken: deps.getIdToken,
        mask: deps.mask
    });
    const how = settings.credential.kind === 'secret' ? 'a client secret' : deps.idToken.label;
    const forWhat = audience.resource ? ` for ${audience.resource}` : '';
    info(`Signing in to Azure AD tenant ${settings.tenantId} as ${settings.clientId} with ${how}${forWhat}.`);
    return { ...common, tokens };
}


/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

};
;
//# sourceMappingURL=496.index.cjs.js.map