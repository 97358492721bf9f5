"use strict";
exports.id = 436;
exports.ids = [436,491];
exports.modules = {

/***/ 2782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ allEdits),
/* harmony export */   ct: () => (/* binding */ applyEdits),
/* harmony export */   lc: () => (/* binding */ fixedEdit)
/* harmony export */ });
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9107);
/**
 * Where a submission's new fields come from. Each source (the packages found
 * by glob, release notes, the listings folder, the release controls, and
 * submission-json last) is one SubmissionEdit: a pure function of the
 * submission as it stands, applied in a fixed order over the Store's clone.
 */

/** The edits applied in order over `base`, and the top-level fields they set. */
function applyEdits(base, edits) {
    let merged = base;
    const changed = new Set();
    for (const edit of edits) {
        const fields = edit.apply(merged);
        Object.keys(fields).forEach((key) => changed.add(key));
        merged = (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .deepMerge */ .$N)(merged, fields);
    }
    return { merged, changed: [...changed] };
}
/** An edit that sets fixed fields (submission-json). */
function fixedEdit(source, fields) {
    return { source, apply: () => fields };
}
/** Every source of new fields, in order; submission-json (`changes`) last, so that it wins. */
function allEdits(settings) {
    const json = Object.keys(settings.changes).length ? [fixedEdit('submission-json', settings.changes)] : [];
    return [...settings.edits, ...json];
}


/***/ }),

/***/ 3298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ checkEdits)
/* harmony export */ });
/* harmony import */ var _store_parents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8046);

/** Runs every edit's check; resolves with the published submission when it was read (always in a dry run). */
async function checkEdits(options) {
    const { client, parent, resource } = options;
    const checked = options.edits.filter((edit) => edit.check);
    if (checked.length === 0 && !options.readPublished)
        return undefined;
    const ref = (0,_store_parents_js__WEBPACK_IMPORTED_MODULE_0__/* .publishedOf */ .KG)(parent, resource);
    const published = ref
        ? await client.get((0,_store_parents_js__WEBPACK_IMPORTED_MODULE_0__/* .submissionPath */ .wy)(parent, ref.id), `Read submission ${ref.id}`)
        : undefined;
    const { applicationId } = parent;
    const application = parent.kind === _store_parents_js__WEBPACK_IMPORTED_MODULE_0__/* .FLIGHT */ .ru && applicationId && checked.length > 0
        ? await client.get(`applications/${applicationId}`, `Read app ${applicationId}`)
        : undefined;
    for (const edit of checked) {
        edit.check?.({ parent: resource, published, application });
        for (const line of edit.checked ?? [])
            options.info(`Checked ${edit.source}: ${line}`);
    }
    return published;
}


/***/ }),

/***/ 9491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ rolloutInTheWay),
/* harmony export */   changePublishedRollout: () => (/* binding */ changePublishedRollout),
/* harmony export */   l: () => (/* binding */ clearRollout)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _store_parents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8046);
/* harmony import */ var _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1346);
/* harmony import */ var _run_in_flight_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8385);
/**
 * The lifecycle's rollout decisions: a rollout still in progress on the last
 * published submission blocks a new one (fail, finalize or halt it, as
 * `existing-rollout` says), and `operation: rollout` changes that rollout
 * without making a submission.
 */




const PAST = { update: 'updated', finalize: 'finalized', halt: 'halted' };
const hasPackages = (parent) => parent.kind.packagesField !== undefined;
/**
 * The rollout in the way of a new submission, if any. Reads only: with
 * `existing-rollout: fail` it refuses here, before anything changes.
 */
async function rolloutInTheWay(client, resolved, choice, log) {
    const { parent, resource } = resolved;
    const published = (0,_store_parents_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedOf */ .KG)(parent, resource);
    if (!hasPackages(parent) || !published)
        return undefined;
    let rollout;
    try {
        rollout = await (0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .readRollout */ .wW)(client, parent, published.id);
    }
    catch (error) {
        // A Store that will not tell (404, 409: a feature the API does not support) must not stop a submission that
        // may well go through: the create says so with a 409 if a rollout is in the way after all.
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) || ![400, 404, 409].includes(error.status ?? 0))
            throw error;
        log(`${error.message} Going on without knowing whether a rollout is in progress.`);
        return undefined;
    }
    if (!rollout.isPackageRollout || !_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_OPEN */ .Dw.includes(rollout.packageRolloutStatus))
        return undefined;
    if (choice === 'fail') {
        const what = rollout.packageRolloutStatus === _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_IN_PROGRESS */ .w
            ? `is still rolling out its published submission ${published.id} to ${rollout.packageRolloutPercentage} % of users`
            : `has a package rollout of its published submission ${published.id} that has not started yet`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The ${parent.label} ${what} (${rollout.packageRolloutStatus}), which blocks a new submission; nothing was changed.`, {
            hint: "Set 'existing-rollout: finalize' (everyone gets that submission's packages) or 'existing-rollout: halt' (back to the one before), or change it first with 'operation: rollout'."
        });
    }
    return { submissionId: published.id, rollout };
}
/** Finalizes or halts the rollout in the way, so that a new submission can be created. */
async function clearRollout(client, parent, inTheWay, action, progress, log) {
    log(`The published submission ${inTheWay.submissionId} is rolling out (${(0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRollout */ .lw)(inTheWay.rollout)}): ${action === 'finalize' ? 'finalizing' : 'halting'} it (existing-rollout: ${action}).`);
    const rollout = await (0,_run_in_flight_js__WEBPACK_IMPORTED_MODULE_3__/* .marked */ .x)((on) => (progress.changingRollout = on ? { submissionId: inTheWay.submissionId, action } : undefined), () => (0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .changeRollout */ .a1)(client, parent, inTheWay.submissionId, { action }, log));
    progress.clearedRollout = { submissionId: inTheWay.submissionId, action, before: inTheWay.rollout, after: rollout };
}
/** What the Store must show before `change` can be sent; a reason to refuse, or 'done' when it is there already. */
function refusal(rollout, change) {
    if (!rollout.isPackageRollout)
        return 'it has no gradual rollout';
    if (rollout.packageRolloutStatus === _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_IN_PROGRESS */ .w)
        return undefined;
    // A rollout that has not started yet can be finalized or halted (as StoreBroker does), not given a percentage.
    if (_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_OPEN */ .Dw.includes(rollout.packageRolloutStatus) && change.action !== 'update')
        return undefined;
    if (change.action === 'finalize' && rollout.packageRolloutStatus === _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_COMPLETE */ .O_)
        return 'done';
    if (change.action === 'halt' && rollout.packageRolloutStatus === _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_STOPPED */ .kR)
        return 'done';
    return `its rollout is ${rollout.packageRolloutStatus}, not in progress`;
}
/** `operation: rollout`: changes the rollout of the parent's last published submission. */
async function changePublishedRollout(client, resolved, change, progress, log) {
    const { parent, resource } = resolved;
    progress.operation = change.action;
    const published = (0,_store_parents_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedOf */ .KG)(parent, resource);
    if (!published) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The ${parent.label} has no published submission, so there is no rollout to change; nothing was changed.`);
    }
    progress.submissionId = published.id;
    progress.status = 'Published';
    const rollout = await (0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .readRollout */ .wW)(client, parent, published.id);
    progress.rollout = rollout;
    const why = refusal(rollout, change);
    if (why === 'done') {
        log(`The rollout of submission ${published.id} is ${(0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRollout */ .lw)(rollout)} already: nothing to do.`);
        return;
    }
    if (why) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The rollout of the ${parent.label}'s published submission ${published.id} cannot be ${PAST[change.action]}: ${why} (${(0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRollout */ .lw)(rollout)}); nothing was changed.`, { hint: 'Start a rollout with a new submission and rollout-percentage.' });
    }
    progress.rollout = await (0,_run_in_flight_js__WEBPACK_IMPORTED_MODULE_3__/* .marked */ .x)((on) => (progress.changingRollout = on ? { submissionId: published.id, action: change.action } : undefined), () => (0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .changeRollout */ .a1)(client, parent, published.id, change, log));
}


/***/ }),

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
// EXTERNAL MODULE: ./src/listings/edit.ts
var edit = __webpack_require__(6929);
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
    if (settings.listings)
        log(`listings-folder ${settings.listings.path}: ${(0,edit/* describeListings */.di)(settings.listings)}.`);
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

/***/ 6595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   LX: () => (/* binding */ msixPackages)
/* harmony export */ });
/* unused harmony exports NOT_PLANNED, MSIX_PACKAGES, fieldChanges, listingChanges, packageChanges */
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9107);
/**
 * The plan of a change: the submission (or MSI/EXE draft) a run starts from,
 * compared with the one it will send. Listings per language (fields, images),
 * the packages (added, removed, kept) and every other field by its JSON path.
 * Pure.
 */

/** Fields the Store sets on every submission (and the upload URL, a credential): never part of a plan. */
const NOT_PLANNED = ['id', 'status', 'statusDetails', 'fileUploadUrl'];
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const status = (entry) => String(entry.fileStatus ?? '').toLowerCase();
const isDeleted = (entry) => status(entry) === 'pendingdelete';
const objects = (value) => (Array.isArray(value) ? value.filter(_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd) : []);
const text = (value) => (typeof value === 'string' && value ? value : undefined);
const list = (value) => Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' ? value : '';
/** MSIX packages: by id (or file name for a new one), described by file name, version and architecture. */
const MSIX_PACKAGES = {
    fields: ['applicationPackages', 'flightPackages'],
    key: (entry) => text(entry.id) ?? `file:${String(entry.fileName)}`,
    describe: (entry) => ({
        name: text(entry.fileName) ?? `package ${String(entry.id)}`,
        details: [text(entry.version), list(entry.architecture)].filter((d) => !!d)
    }),
    deleted: isDeleted
};
/** MSIX packages, a new entry (which holds only its file name) described by the package read from that file. */
function msixPackages(known = []) {
    const byName = new Map(known.map((info) => [info.fileName, info]));
    const describe = (entry) => {
        const ref = MSIX_PACKAGES.describe(entry);
        const info = byName.get(String(entry.fileName));
        if (!info || ref.details.length)
            return ref;
        const architectures = [...new Set(info.targets.map((t) => t.architecture))].join(', ');
        return { ...ref, details: [info.identity.version, architectures].filter(Boolean) };
    };
    return { ...MSIX_PACKAGES, describe };
}
/** Every field that differs between `before` and `after` under `path`: objects key by key, anything else whole. */
function fieldChanges(before, after, path = '') {
    if ((0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(before) && (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
        return keys.flatMap((key) => fieldChanges(before[key], after[key], path ? `${path}.${key}` : key));
    }
    if (same(before, after))
        return [];
    if ((0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(after) && before === undefined)
        return fieldChanges({}, after, path);
    return [{ path, before, after }];
}
function imageRef(image) {
    return { type: String(image.imageType ?? 'image'), fileName: String(image.fileName ?? image.id ?? '?') };
}
const imageKey = (image) => text(image.id) ?? `file:${String(image.fileName)}`;
/** The images a listing's `images` list gains and loses (PendingDelete counts as lost). */
function imageChanges(before, after) {
    const old = objects(before).filter((i) => !isDeleted(i));
    const now = objects(after).filter((i) => !isDeleted(i));
    const oldKeys = new Set(old.map(imageKey));
    const nowKeys = new Set(now.map(imageKey));
    return {
        added: now.filter((i) => !oldKeys.has(imageKey(i)) || status(i) === 'pendingupload').map(imageRef),
        removed: old.filter((i) => !nowKeys.has(imageKey(i))).map(imageRef)
    };
}
/** A listing's fields, with any `images` list taken out into images added and removed. */
function listingChange(language, before, after) {
    const state = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    const change = { language, state, fields: [], imagesAdded: [], imagesRemoved: [] };
    const walk = (old, now, path) => {
        if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(old) && !(0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(now)) {
            if (!same(old, now))
                change.fields.push({ path, before: old, after: now });
            return;
        }
        const o = (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(old) ? old : {};
        const n = (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(now) ? now : {};
        for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
            const at = path ? `${path}.${key}` : key;
            if (key === 'images' && (Array.isArray(o[key]) || Array.isArray(n[key]))) {
                const images = imageChanges(o[key], n[key]);
                change.imagesAdded.push(...images.added);
                change.imagesRemoved.push(...images.removed);
            }
            else if (key !== 'language')
                walk(o[key], n[key], at);
        }
    };
    if (state !== 'removed')
        walk(before, after, '');
    const changed = change.fields.length + change.imagesAdded.length + change.imagesRemoved.length > 0;
    return state !== 'changed' || changed ? change : undefined;
}
/** Per language (in the order the new side lists them, then those it lost), what changes. */
function listingChanges(before, after) {
    const o = (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(before) ? before : {};
    const n = (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(after) ? after : {};
    const languages = [...new Set([...Object.keys(n), ...Object.keys(o)])];
    return languages.flatMap((language) => listingChange(language, o[language], n[language]) ?? []);
}
/** The packages added, removed and kept, when the list changes at all. */
function packageChanges(field, before, after, style) {
    if (same(before, after))
        return undefined;
    const deleted = style.deleted ?? (() => false);
    const old = objects(before).filter((e) => !deleted(e));
    const now = objects(after).filter((e) => !deleted(e));
    const oldKeys = new Set(old.map(style.key));
    const nowKeys = new Set(now.map(style.key));
    const change = {
        field,
        added: now.filter((e) => !oldKeys.has(style.key(e))).map(style.describe),
        removed: old.filter((e) => !nowKeys.has(style.key(e))).map(style.describe),
        kept: now.filter((e) => oldKeys.has(style.key(e))).map(style.describe)
    };
    return change.added.length || change.removed.length ? change : undefined;
}
/**
 * The plan from `before` to `after`: `listings` per language, the package lists the style names, and every
 * other field (but NOT_PLANNED) by path. A package list that changes only in fields of kept entries is
 * shown as those fields.
 */
function buildPlan(before, after, against, style) {
    const plan = { against, listings: listingChanges(before.listings, after.listings), fields: [] };
    const rest = (side) => Object.fromEntries(Object.entries(side).filter(([key]) => key !== 'listings' && !NOT_PLANNED.includes(key)));
    const others = rest(before);
    const next = rest(after);
    for (const field of style.fields) {
        const packages = packageChanges(field, before[field], after[field], style);
        if (!packages)
            continue;
        plan.packages = packages;
        delete others[field];
        delete next[field];
    }
    plan.fields = fieldChanges(others, next);
    return plan;
}


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ marked)
/* harmony export */ });
/* unused harmony export outcomeUnknown */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _request_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7096);
/** Marking a request that changes something while its outcome is unknown, for what a stopped run says it left. */


/**
 * Whether `error` leaves it open that the request went through: a lost
 * answer, a 5xx or a network failure, a cancellation, a bug. A refusal (a 4xx
 * from the Store, or the action's own error about it) says it did not.
 */
function outcomeUnknown(error) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ))
        return true;
    if (error instanceof _request_once_js__WEBPACK_IMPORTED_MODULE_1__/* .OutcomeUnknownError */ .Do || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc)
        return true;
    // The read-back after the last lost answer showed the request was not carried out.
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un)
        return !error.notCarriedOut;
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && !(error.status !== undefined && error.status >= 400 && error.status < 500);
}
/**
 * Runs `request` with `mark(true)` until it is answered: a success or a
 * refusal clears the mark; an error that leaves the outcome unknown keeps it.
 */
async function marked(mark, request) {
    mark(true);
    try {
        const result = await request();
        mark(false);
        return result;
    }
    catch (error) {
        if (!outcomeUnknown(error))
            mark(false);
        throw error;
    }
}


/***/ })

};
;
//# sourceMappingURL=436.index.cjs.js.map