"use strict";
exports.id = 436;
exports.ids = [436];
exports.modules = {

/***/ 5436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rehearse: () => (/* binding */ rehearse)
});

// EXTERNAL MODULE: ./src/edits.ts
var src_edits = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/sign-in.ts + 1 modules
var sign_in = __webpack_require__(7093);
// EXTERNAL MODULE: ./src/msix/lifecycle/check-edits.ts
var check_edits = __webpack_require__(3298);
// EXTERNAL MODULE: ./src/plan/build.ts
var build = __webpack_require__(6595);
// EXTERNAL MODULE: ./src/plan/render.ts + 2 modules
var render = __webpack_require__(3756);
// EXTERNAL MODULE: ./src/zip/plan.ts + 1 modules
var zip_plan = __webpack_require__(5932);
// EXTERNAL MODULE: ./src/zip/names.ts
var names = __webpack_require__(3639);
// EXTERNAL MODULE: ./src/packages/describe.ts
var describe = __webpack_require__(9252);
;// CONCATENATED MODULE: ./src/msix/lifecycle/dry-run.ts
/**
 * A dry run: what a run would send, printed, with nothing changed. It stops
 * where the first changing request would go (deleting the pending
 * submission, or creating the new one) and prints the merged submission
 * JSON (the last published one, which the Store would clone, with every
 * edit applied), the packages, and the entries of the zip it would upload.
 */






/** Fields of a submission that the new one gets anew, or that must not be printed (the upload URL is a credential). */
const NOT_SENT = ['id', 'status', 'statusDetails', 'fileUploadUrl'];
/** Records on the progress that the run stopped as a dry run, what it would have published, and its plan. */
function markDryRun(progress, settings, published) {
    progress.dryRun = true;
    progress.wouldPublish = settings.packages;
    const edits = (0,src_edits/* allEdits */.Fk)({ edits: settings.edits ?? [], changes: settings.changes ?? {} });
    progress.plan = dryRunPlan(edits, published, undefined, settings.packages);
}
/**
 * A dry run's plan: the edits against the last published submission (what the Store would clone), or, when
 * none was read, against an empty submission.
 */
function dryRunPlan(edits, published, unchecked, packages = []) {
    const base = mergedSubmission([], published);
    const against = published
        ? 'the last published submission, which the Store would clone'
        : `an empty submission (${unchecked ? 'the Store was not read' : 'no published submission was read'})`;
    return (0,build/* buildPlan */.Gg)(base, mergedSubmission(edits, published), against, (0,build/* msixPackages */.LX)(packages));
}
/** The submission the run would PUT, as JSON: the edits over the published submission (or over nothing). */
function mergedSubmission(edits, published) {
    const base = Object.fromEntries(Object.entries(published ?? {}).filter(([key]) => !NOT_SENT.includes(key)));
    return (0,src_edits/* applyEdits */.ct)(base, edits).merged;
}
/** Every line a dry run prints. */
async function dryRunLines(view) {
    const lines = [`Dry run: nothing is changed on the Store. A real run would now ${view.firstChange}.`];
    if (view.unchecked)
        lines.push(`Not checked: ${view.unchecked}`);
    const over = view.published ? 'the last published submission, which the Store clones,' : 'an empty submission';
    lines.push(`The submission it would send (${over} with ${view.edits.map((e) => e.source).join(', ') || 'no changes'}):`, JSON.stringify(mergedSubmission(view.edits, view.published), null, 2));
    if (view.packages.length)
        lines.push(`Packages (${view.packages.length}):`, ...(0,describe/* describePackages */.zx)(view.packages));
    lines.push(...(0,render/* planLines */.HN)(dryRunPlan(view.edits, view.published, view.unchecked, view.packages)));
    if (view.files.length || view.packageZip) {
        const plan = view.zipPlan ?? (await (0,zip_plan.planZip)({ files: view.files, packageZip: view.packageZip }));
        lines.push(`The zip it would upload (${plan.entries.length} entries, ${(0,describe/* formatSize */.Xq)(plan.size)}):`, ...plan.entries.map((entry) => `  ${(0,names/* decodeEntryName */.KJ)(entry.record.name)} (${(0,describe/* formatSize */.Xq)(entry.record.size)})`));
    }
    else {
        lines.push('No zip to upload.');
    }
    return lines;
}
/** Prints a dry run's lines: the settings' packages and files, the edits over `published` (or over nothing). */
async function printDryRun(settings, view, info) {
    const lines = await dryRunLines({
        ...view,
        packages: settings.packages,
        files: settings.uploadFiles,
        packageZip: settings.packageZip,
        zipPlan: settings.zipPlan
    });
    lines.forEach((line) => info(line));
}

// EXTERNAL MODULE: ./src/msix/lifecycle/pending.ts
var lifecycle_pending = __webpack_require__(1045);
// EXTERNAL MODULE: ./src/msix/lifecycle/rollout.ts
var rollout = __webpack_require__(9491);
// EXTERNAL MODULE: ./src/msix/store/client.ts
var store_client = __webpack_require__(6660);
// EXTERNAL MODULE: ./src/msix/store/parents.ts
var parents = __webpack_require__(8046);
// EXTERNAL MODULE: ./src/msix/store/resolve.ts + 1 modules
var resolve = __webpack_require__(5199);
;// CONCATENATED MODULE: ./src/msix/rehearse.ts
/**
 * A dry run of an MSIX run (`dry-run: true`): everything up to the first request that would change something,
 * then the plan, and nothing changed. It reads what a real run reads before its first change (the parent, the
 * published submission, a rollout in the way, the pending submission) and refuses what a real run would refuse
 * there; without credentials it signs in to nothing and says what it could not check. The engine chooses between
 * this and publish.ts (src/run/engine.ts), the one place a dry run is decided.
 */










/** Why a dry run cannot read the Store (no credentials to sign in with), or undefined when it can. */
function withoutStore(settings, idToken) {
    const missing = [!settings.tenantId && 'tenant-id', !settings.clientId && 'client-id'].filter(Boolean);
    const noOidc = settings.credential.kind === 'oidc' && !idToken.available;
    if (missing.length === 0 && !noOidc)
        return undefined;
    const why = missing.length ? `no ${missing.join(' or ')} given` : `no client-secret, and ${idToken.missing}`;
    return {
        unchecked: `${why}, so the dry run did not sign in: the packages' identity and versions were not compared with the app and its published packages, and the submission below holds only the changes (a real run applies them over the last published submission).`,
        firstChange: 'sign in, then replace any pending submission and create a new one'
    };
}
/**
 * The parent, read; never created. When a real run would create it first, the dry run prints what it can without
 * it and resolves with undefined.
 */
async function readParent(client, settings, log) {
    const { target } = settings;
    if (target.kind === 'app' || target.create === undefined)
        return (0,resolve/* resolveParent */.v)(client, target, log);
    try {
        return await (0,resolve/* resolveParent */.v)(client, { ...target, create: undefined }, log);
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ) || error instanceof errors/* ApiError */.hD)
            throw error;
        const what = target.kind === 'flight' ? `package flight '${target.flightName}'` : `add-on '${target.productId}'`;
        await printDryRun(settings, {
            edits: (0,src_edits/* allEdits */.Fk)(settings),
            unchecked: `the ${what} does not exist yet (${error.message}); its checks need it.`,
            firstChange: `create the ${what}, then a submission for it`
        }, log);
        return undefined;
    }
}
/** What a real run would do first with this parent, after the checks a real run makes before it. */
async function firstChange(client, resolved, settings, log) {
    const release = settings.release?.kind === 'submit' ? settings.release : undefined;
    // A rollout in the way fails here (existing-rollout: fail), as in a real run.
    await (0,rollout/* rolloutInTheWay */.Z)(client, resolved, release?.existingRollout ?? 'fail', log);
    const { parent } = resolved;
    const pending = (0,parents/* pendingOf */.lc)(parent, resolved.resource);
    const replaces = pending && !parent.created;
    if (replaces && !settings.deletePending)
        throw (0,lifecycle_pending/* keptPendingError */._9)(parent, pending.id);
    return replaces
        ? `delete the pending submission ${pending.id} of the ${parent.label}`
        : `create a submission for the ${parent.label}`;
}
async function rehearse(settings, progress, deps) {
    const log = deps.info;
    const edits = (0,src_edits/* allEdits */.Fk)(settings);
    const offline = withoutStore(settings, deps.idToken);
    if (offline) {
        await printDryRun(settings, { edits, ...offline }, log);
        markDryRun(progress, settings);
        return;
    }
    const client = new store_client/* StoreClient */.FC({ ...(0,sign_in/* signIn */.J)(settings, deps), storeApiUrl: settings.storeApiUrl });
    const resolved = await readParent(client, settings, log);
    if (!resolved) {
        markDryRun(progress, settings);
        return;
    }
    progress.parent = resolved.parent;
    const { parent, resource } = resolved;
    const published = await (0,check_edits/* checkEdits */.G)({ client, parent, resource, edits, readPublished: true, info: log });
    const first = await firstChange(client, resolved, settings, log);
    await printDryRun(settings, { edits, published, firstChange: first }, log);
    markDryRun(progress, settings, published);
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
//# sourceMappingURL=436.index.cjs.js.map