"use strict";
exports.id = 270;
exports.ids = [270];
exports.modules = {

/***/ 2270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   leftBehind: () => (/* reexport safe */ _lifecycle_left_behind_js__WEBPACK_IMPORTED_MODULE_3__.a),
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
/* harmony import */ var _sign_in_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7093);
/* harmony import */ var _store_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6660);
/* harmony import */ var _store_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5199);
/* harmony import */ var _lifecycle_left_behind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6586);




async function publish(settings, progress, deps) {
    const { info: log } = deps;
    const client = new _store_client_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreClient */ .FC({ ...(0,_sign_in_js__WEBPACK_IMPORTED_MODULE_0__/* .signIn */ .J)(settings, deps), storeApiUrl: settings.storeApiUrl });
    const resolved = await (0,_store_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveParent */ .v)(client, settings.target, log);
    if (settings.release?.kind === 'rollout') {
        progress.parent = resolved.parent; // (a submission's lifecycle records its own parent)
        log(`Changing the package rollout of the ${resolved.parent.label}'s published submission.`);
        const { changePublishedRollout } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 9491));
        await changePublishedRollout(client, resolved, settings.release.change, progress, log);
        return;
    }
    log(`Publishing to the ${resolved.parent.label}.`);
    const { submit } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(542), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 4033));
    await submit(settings, resolved, client, progress, deps);
}


/***/ }),

/***/ 6660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ StoreClient),
/* harmony export */   un: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.un)
/* harmony export */ });
/* unused harmony exports parseStoreError, STORE_DIALECT, readJson */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _request_layer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3164);
/* harmony import */ var _request_pacer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1134);
/**
 * The Store submission API's client, on the one request layer: it states
 * only what is the Store's own (its base URL, its error body, its
 * MS-CorrelationId, its hints, the tenant's pacing, JSON both ways).
 * Requests that are not safe to repeat (create, commit) are never repeated:
 * a lost answer becomes an UncertainOutcomeError and the lifecycle finds out
 * what happened before it tries again.
 */




/** The Store's error body, in either of its shapes (the API's `{ code, message }`, the gateway's `{ statusCode, message }`). */
function parseStoreError(body) {
    try {
        const parsed = JSON.parse(body);
        const inner = (isObject(parsed.error) ? parsed.error : parsed);
        const code = typeof inner.code === 'string'
            ? inner.code
            : typeof inner.statusCode === 'number'
                ? String(inner.statusCode)
                : undefined;
        const message = typeof inner.message === 'string' ? inner.message : undefined;
        return { code, message: message?.replace(/\s+/g, ' ').trim().slice(0, 500) };
    }
    catch {
        const text = body.replace(/\s+/g, ' ').trim();
        return { message: text ? text.slice(0, 300) : undefined };
    }
}
const isObject = (value) => typeof value === 'object' && value !== null;
const STORE_DIALECT = {
    correlationHeader: 'MS-CorrelationId',
    describe: (response) => parseStoreError(response.body),
    hint: ({ status }) => {
        if (status === undefined)
            return 'The Store API could not be reached; try again later.';
        if (status === 401 || status === 403) {
            return 'The Store refused the token: in Partner Center, add the Azure AD app under Account settings > User management > Azure AD applications with the Manager (or Developer) role, and check tenant-id and client-id.';
        }
        if (status === 429)
            return 'The tenant is throttled (about 20 calls a minute, shared by all jobs); try again later.';
        if (status >= 500) {
            return 'The Store API is failing; try again later, and quote the MS-CorrelationId to Microsoft support if it persists.';
        }
        return undefined;
    }
};
/** A 2xx answer's JSON; empty is undefined. Throws when it cannot be read. */
function readJson(response) {
    if (!response.body.trim())
        return undefined;
    try {
        return JSON.parse(response.body);
    }
    catch {
        throw new Error('the answer is not valid JSON');
    }
}
class StoreClient {
    options;
    baseUrl;
    layer;
    pacer;
    constructor(options) {
        this.options = options;
        this.baseUrl = `${options.storeApiUrl}/v1.0/my/`;
        this.layer = new _request_layer_js__WEBPACK_IMPORTED_MODULE_1__/* .RequestLayer */ .f(options);
        this.pacer = new _request_pacer_js__WEBPACK_IMPORTED_MODULE_2__/* .Pacer */ ._(options.clock, options.throttledSpacingMs);
    }
    async get(path, call, hint) {
        return (await this.send({ method: 'GET', path, call, hint })).body;
    }
    /** Every page of a list (`value`, following `@nextLink`). */
    async listAll(path, call) {
        const items = [];
        let next = path;
        for (let page = 1; next; page++) {
            const body = await this.get(next, page === 1 ? call : `${call} (page ${page})`);
            items.push(...(body?.value ?? []));
            const link = body?.['@nextLink'];
            next = link ? this.relative(link) : undefined;
            if (page > 1000)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({ call, storeMessage: 'more than 1000 pages; giving up' });
        }
        return items;
    }
    /** `@nextLink` and `resourceLocation` are relative to the base; accept absolute ones too. */
    relative(link) {
        if (/^https?:\/\//i.test(link)) {
            const url = new URL(link);
            const at = url.pathname.indexOf('/v1.0/my/');
            return (at >= 0 ? url.pathname.slice(at + '/v1.0/my/'.length) : url.pathname.replace(/^\/+/, '')) + url.search;
        }
        return link.replace(/^\/+/, '').replace(/^v1\.0\/my\//, '');
    }
    async send(request) {
        const json = request.body === undefined ? undefined : JSON.stringify(request.body);
        const answer = await this.layer.send({
            call: `${request.call} (${request.method} ${request.path.split('?')[0]})`,
            method: request.method,
            url: this.baseUrl + request.path,
            headers: {
                Accept: 'application/json',
                ...(json === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' })
            },
            body: json,
            idempotent: request.idempotent ?? request.method !== 'POST',
            dialect: STORE_DIALECT,
            auth: this.options.tokens,
            pacer: this.pacer,
            read: readJson,
            hint: request.hint
        });
        return { status: answer.status, body: answer.body, correlationId: answer.correlationId };
    }
    /**
     * The backoff before a caller sends a non-idempotent request again (after it
     * has checked that the first one did not go through): the same jittered,
     * growing wait as the layer's own retries.
     */
    async pauseBeforeRetry(attempt) {
        await this.layer.pauseBeforeRetry(attempt);
    }
}


/***/ }),

/***/ 5199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ resolveParent)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/msix/store/client.ts
var store_client = __webpack_require__(6660);
;// CONCATENATED MODULE: ./src/msix/store/match.ts
/**
 * Finding a package flight by its name or an add-on by its product ID, as a
 * person types them: the exact spelling first, else apart from case. Pure.
 */

/** The items whose key is `wanted` exactly; when none is, those whose key differs only in case. */
function matchesOf(items, wanted, keyOf) {
    const exact = items.filter((item) => keyOf(item) === wanted);
    if (exact.length)
        return exact;
    const folded = wanted.toLowerCase();
    return items.filter((item) => keyOf(item)?.toLowerCase() === folded);
}
/** The one match, undefined for none; several matches fail naming them. */
function onlyMatch(items, wanted, what) {
    const matches = matchesOf(items, wanted, what.keyOf);
    if (matches.length <= 1)
        return matches[0];
    const named = matches.map((item) => `'${what.keyOf(item)}' (${what.idOf(item)})`).join(', ');
    throw new errors/* ActionError */.lZ(`${what.where} has ${matches.length} ${what.noun}s that match '${wanted}': ${named}.`, {
        hint: `Set '${what.input}' to one of them exactly as written.`
    });
}

// EXTERNAL MODULE: ./src/request/once.ts
var once = __webpack_require__(7096);
// EXTERNAL MODULE: ./src/msix/store/parents.ts
var parents = __webpack_require__(8046);
;// CONCATENATED MODULE: ./src/msix/store/resolve.ts
/**
 * From the settings' target to the parent resource: read the app, the flight
 * or the add-on; find a flight by name or an add-on by product ID on every
 * page of the lists; create it when asked and it does not exist. Creating is
 * not safe to repeat: after a lost answer the lists are read again first.
 */





const notFound = (what, hint) => (f) => (f.status === 404 ? `${what} ${hint}` : undefined);
/**
 * Looks something up; if it is not there, creates it; if the create's answer
 * is unclear, looks again before creating again. Never makes a duplicate.
 */
async function findOrCreate(options) {
    const existing = await options.find();
    if (existing !== undefined)
        return { found: existing, created: false };
    const found = await (0,once/* sendOnce */.E4)({
        send: options.create,
        check: options.find,
        pause: options.pause,
        onUncertain: (error) => options.log(`Creating ${options.what} got no clear answer (${error.message}); checking whether it was created.`)
    });
    return { found, created: true };
}
/** POSTs a new flight or add-on and returns its id; an answer without one is as unclear as a lost one. */
async function createForId(client, request) {
    const response = await client.send({
        method: 'POST',
        path: request.path,
        body: request.body,
        call: request.call
    });
    const id = request.idFields.map((field) => response.body?.[field]).find((value) => typeof value === 'string');
    if (typeof id !== 'string' || !id) {
        throw new store_client/* UncertainOutcomeError */.un({
            call: request.call,
            storeMessage: `answered without ${request.idFields.join(' or ')}`,
            correlationId: response.correlationId
        });
    }
    return id;
}
/** Finds the parent by name; creates it when asked and it is missing; fails with `missing` otherwise. */
async function findByName(options) {
    const { client, find, create, log, what } = options;
    if (!create) {
        const id = await find();
        if (!id)
            throw options.missing();
        return { id, created: false };
    }
    const { found, created } = await findOrCreate({
        find,
        create,
        log,
        what,
        pause: (attempt) => client.pauseBeforeRetry(attempt)
    });
    return { id: found, created };
}
async function resolveFlight(client, target, log) {
    const app = target.applicationId;
    const read = async (flightId, name, created = false) => {
        const parent = (0,parents/* flightParent */.RH)(app, flightId, name, created);
        const resource = await client.get(parent.path, `Read the ${parent.label}`, notFound(`No flight ${flightId} in app ${app}.`, "Check 'flight-id' (Partner Center > the app > Package flights), or use 'flight-name'."));
        return { parent: (0,parents/* flightParent */.RH)(app, flightId, resource.friendlyName ?? name, created), resource };
    };
    if (target.flightId)
        return read(target.flightId);
    const name = target.flightName;
    const spec = target.create;
    const { id, created } = await findByName({
        client,
        log,
        what: `package flight '${name}'`,
        find: async () => {
            const flights = await client.listAll(`applications/${app}/listflights`, `List the package flights of app ${app}`);
            const match = onlyMatch(flights, name, {
                keyOf: (f) => f.friendlyName,
                idOf: (f) => f.flightId,
                noun: 'package flight',
                where: `App ${app}`,
                input: 'flight-name'
            });
            return match?.flightId;
        },
        missing: () => new errors/* ActionError */.lZ(`App ${app} has no package flight named '${name}'.`, {
            hint: "Check 'flight-name', or set 'flight-group-ids' to create the flight."
        }),
        create: spec &&
            (() => {
                log(`Creating package flight '${name}' of app ${app} for flight groups ${spec.groupIds.join(', ')}.`);
                const body = { friendlyName: name, groupIds: spec.groupIds };
                if (spec.rankHigherThan)
                    body.rankHigherThan = spec.rankHigherThan;
                const call = `Create package flight '${name}' of app ${app}`;
                return createForId(client, { path: `applications/${app}/flights`, body, call, idFields: ['flightId', 'id'] });
            })
    });
    return read(id, name, created);
}
/** The Store ID of app `app`'s add-on with `productId`: one paged listing of the account's add-ons, filtered to the app. */
function addOnFinder(client, app, productId) {
    const ofApp = (addOn) => (addOn.applications?.value ?? []).some((ref) => ref.id?.toUpperCase() === app.toUpperCase());
    return async () => {
        const addOns = await client.listAll('inappproducts?top=100', 'List the add-ons');
        const match = onlyMatch(addOns.filter((addOn) => addOn.id && ofApp(addOn)), productId, {
            keyOf: (addOn) => addOn.productId,
            idOf: (addOn) => addOn.id,
            noun: 'add-on',
            where: `App ${app}`,
            input: 'add-on-product-id'
        });
        return match?.id;
    };
}
async function resolveAddOn(client, target, log) {
    const read = async (addOnId, created = false) => {
        const probe = (0,parents/* addOnParent */.vx)(addOnId, target.productId, created);
        const resource = await client.get(probe.path, `Read the ${probe.label}`, notFound(`No add-on ${addOnId}.`, "Check 'add-on-id' (the add-on's Store ID, e.g. 9NBLGGH4TNMP), or use 'add-on-product-id'."));
        return { parent: (0,parents/* addOnParent */.vx)(addOnId, resource.productId ?? target.productId, created), resource };
    };
    if (target.addOnId)
        return read(target.addOnId);
    const app = target.applicationId;
    const productId = target.productId;
    const spec = target.create;
    const { id, created } = await findByName({
        client,
        log,
        what: `add-on '${productId}'`,
        find: addOnFinder(client, app, productId),
        missing: () => new errors/* ActionError */.lZ(`App ${app} has no add-on with product ID '${productId}'.`, {
            hint: "Check 'add-on-product-id', or set 'add-on-type' (Durable or Consumable) to create the add-on."
        }),
        create: spec &&
            (() => {
                log(`Creating ${spec.productType} add-on '${productId}' for app ${app}.`);
                const body = { applicationIds: [app], productId, productType: spec.productType };
                const call = `Create add-on '${productId}' of app ${app}`;
                return createForId(client, { path: 'inappproducts', body, call, idFields: ['id', 'inAppProductId'] });
            })
    });
    return read(id, created);
}
async function resolveParent(client, target, log) {
    switch (target.kind) {
        case 'flight':
            return resolveFlight(client, target, log);
        case 'add-on':
            return resolveAddOn(client, target, log);
        case 'app': {
            const parent = (0,parents/* appParent */.O_)(target.applicationId);
            const resource = await client.get(parent.path, `Read the ${parent.label}`, notFound(`No app ${target.applicationId} in this Partner Center account.`, "Check 'application-id' (Partner Center > the app > Product identity > Store ID) and that the Azure AD app is added to this account."));
            if (!(0,parents/* publishedOf */.KG)(parent, resource))
                throw neverPublished(parent);
            return { parent, resource };
        }
    }
}
/** The API makes a submission as a copy of the last published one: an app with none cannot get one through it. */
function neverPublished(parent) {
    return new errors/* ActionError */.lZ(`The ${parent.label} has no published submission (no lastPublishedApplicationSubmission): the Store API can only make a new submission as a copy of the last published one; nothing was changed.`, {
        hint: `Make the app's first submission in Partner Center (${parent.dashboardUrl}) and let it be published; then run again.`
    });
}


/***/ })

};
;
//# sourceMappingURL=270.index.cjs.js.map