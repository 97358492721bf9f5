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


/***/ })

};
;
//# sourceMappingURL=436.index.cjs.js.map