"use strict";
exports.id = 115;
exports.ids = [115];
exports.modules = {

/***/ 3115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MSI_EXE_API: () => (/* binding */ MSI_EXE_API)
});

// EXTERNAL MODULE: ./src/read-back/api.ts + 8 modules
var api = __webpack_require__(6891);
// EXTERNAL MODULE: ./src/msi-exe/outcome.ts
var outcome = __webpack_require__(2206);
// EXTERNAL MODULE: ./src/edits.ts
var src_edits = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/sign-in.ts + 1 modules
var sign_in = __webpack_require__(7093);
// EXTERNAL MODULE: ./src/msi-exe/client.ts
var client = __webpack_require__(1875);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/merge.ts
var merge = __webpack_require__(9107);
// EXTERNAL MODULE: ./src/msi-exe/metadata-check.ts + 1 modules
var metadata_check = __webpack_require__(2934);
;// CONCATENATED MODULE: ./src/msi-exe/metadata.ts
/**
 * Merging metadata changes over the MSI/EXE draft into whole modules. The
 * API's PUT is a full module update (whatever a sent module lacks is reset),
 * so every module that changes is sent whole: the draft as the service
 * answered it, with the changes deep-merged over it (objects key by key,
 * arrays replaced). A field nobody changed is sent back as it was, never
 * reset. Listings go one language per request, as the API takes them. Pure.
 */




/**
 * The modules (and listing languages, lower case) the edits change: what the draft is read for, one module at a
 * time as Microsoft's clients read it (`GET /metadata/{module}?languages=…`). None when nothing changes; no
 * languages when an edit changes every listing (release notes): the draft's listings are then read whole.
 */
function modulesToRead(edits) {
    const empty = { listings: {}, properties: {}, availability: {} };
    const modules = new Set();
    const languages = new Set();
    let everyLanguage = false;
    for (const edit of edits) {
        if (edit.everyListing) {
            modules.add('listings');
            everyLanguage = true;
            continue;
        }
        const fields = edit.apply(empty);
        for (const module of metadata_check/* MODULES */.e$)
            if (fields[module] !== undefined)
                modules.add(module);
        if ((0,merge/* isPlainObject */.Qd)(fields.listings))
            Object.keys(fields.listings).forEach((l) => languages.add(l.toLowerCase()));
    }
    return { modules: metadata_check/* MODULES */.e$.filter((m) => modules.has(m)), languages: everyLanguage ? [] : [...languages] };
}
/** The draft in the shape edits work on: `{ listings: { <language>: listing }, properties, availability }`. */
function keyedDraft(draft) {
    return {
        listings: Object.fromEntries(draft.listings.map((listing) => [listing.language, listing])),
        properties: draft.properties,
        availability: draft.availability
    };
}
function unknownField(where, field, source) {
    const msix = metadata_check/* MSIX_NAMES */.dJ[field];
    throw new src_errors/* ActionError */.lZ(`${source} sets ${where}.${field}, which is not a field of an MSI/EXE product's ${where.split('.')[0]}.`, {
        hint: msix ? `This API calls it '${msix}'.` : undefined
    });
}
function checkFields(given, known, current, where, source) {
    const present = (0,merge/* isPlainObject */.Qd)(current) ? Object.keys(current) : [];
    for (const field of Object.keys(given)) {
        if (!known.includes(field) && !present.includes(field))
            unknownField(where, field, source);
    }
}
/**
 * The fields of one edit, with listing keys in the draft's spelling of the
 * language; throws naming the source when a language is not in the draft or a
 * field is not one of the module's.
 */
function alignToDraft(fields, draft, source) {
    const aligned = { ...fields };
    if ((0,merge/* isPlainObject */.Qd)(fields.listings)) {
        const listings = {};
        for (const [language, listing] of Object.entries(fields.listings)) {
            const current = draft.listings.find((l) => l.language.toLowerCase() === language.toLowerCase());
            if (!current) {
                const have = (draft.listingLanguages ?? draft.listings.map((l) => l.language)).join(', ') || 'none';
                throw new src_errors/* ActionError */.lZ(`${source} sets the listing of '${language}', a language the product's draft does not have (it has ${have}).`, {
                    hint: 'Add the language (with its screenshots and logo) in Partner Center first, or fix the language code.'
                });
            }
            if ((0,merge/* isPlainObject */.Qd)(listing))
                checkFields(listing, metadata_check/* LISTING_FIELDS */.rH, current, `listings.${language}`, source);
            listings[current.language] = (0,merge/* isPlainObject */.Qd)(listing) ? { ...listing, language: current.language } : listing;
        }
        aligned.listings = listings;
    }
    if ((0,merge/* isPlainObject */.Qd)(fields.properties))
        checkFields(fields.properties, metadata_check/* PROPERTIES_FIELDS */.CU, draft.properties, 'properties', source);
    if ((0,merge/* isPlainObject */.Qd)(fields.availability))
        checkFields(fields.availability, metadata_check/* AVAILABILITY_FIELDS */.oe, draft.availability, 'availability', source);
    return aligned;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * The PUT /metadata requests that bring the draft to `merged`: one per
 * listing language that changed (whole listing), with the whole properties
 * and availability modules in the first one when they changed. None when
 * nothing changed.
 */
function metadataUpdates(draft, merged) {
    const updates = [];
    const listings = (0,merge/* isPlainObject */.Qd)(merged.listings) ? merged.listings : {};
    for (const current of draft.listings) {
        const next = listings[current.language];
        if ((0,merge/* isPlainObject */.Qd)(next) && !same(next, current))
            updates.push({ listings: next });
    }
    const modules = {};
    if ((0,merge/* isPlainObject */.Qd)(merged.properties) && !same(merged.properties, draft.properties))
        modules.properties = merged.properties;
    if ((0,merge/* isPlainObject */.Qd)(merged.availability) && !same(merged.availability, draft.availability))
        modules.availability = merged.availability;
    if (modules.properties || modules.availability) {
        if (updates.length > 0)
            Object.assign(updates[0], modules);
        else
            updates.push(modules);
    }
    return updates;
}
/** The modules (and listing languages) one update sends: `listings.en-us`, `properties`, `availability`. */
function describeUpdate(update) {
    return [
        ...(update.listings ? [`listings.${update.listings.language}`] : []),
        ...(update.properties ? ['properties'] : []),
        ...(update.availability ? ['availability'] : [])
    ];
}
/**
 * Applies the edits in order over the draft (each aligned to the draft's
 * languages and checked against the modules' fields) and plans the requests.
 */
function planMetadata(draft, edits) {
    const aligned = edits.map((edit) => ({
        source: edit.source,
        apply: (current) => alignToDraft(edit.apply(current), draft, edit.source)
    }));
    return metadataUpdates(draft, (0,src_edits/* applyEdits */.ct)(keyedDraft(draft), aligned).merged);
}
/** The value with every object's keys in order, so that two answers compare whatever order the service wrote. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!(0,merge/* isPlainObject */.Qd)(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]));
}
/** Whether the draft already holds every module `update` sends (a PUT whose answer was lost went through). */
function holdsUpdate(draft, update) {
    const equal = (a, b) => same(canonical(a), canonical(b));
    const language = update.listings?.language.toLowerCase();
    const listing = draft.listings.find((l) => l.language.toLowerCase() === language);
    return ((!update.listings || equal(update.listings, listing)) &&
        (!update.properties || equal(update.properties, draft.properties)) &&
        (!update.availability || equal(update.availability, draft.availability)));
}

;// CONCATENATED MODULE: ./src/msi-exe/dry-run.ts
/**
 * An MSI/EXE dry run: what a run would change in the product's draft,
 * printed, with nothing changed. It stops where the first changing request
 * would go (replacing the packages, or updating a module) and prints the
 * installers and every module it would send whole. Pure.
 */

const describeInstaller = (installer) => `  ${installer.packageUrl} (${installer.packageType ?? 'installer'}; ${(installer.architectures ?? []).join(', ')}; ${(installer.languages ?? []).join(', ')}${installer.isSilentInstall === false ? `; parameters ${installer.installerParameters ?? ''}` : '; silent'})`;
/** The plan's lines for the log, opened by what the run would do first. */
function msiExePlanLines(plan) {
    const lines = [`Dry run: nothing is changed in product ${plan.productId}. A run would:`];
    if (plan.installers) {
        lines.push(`- replace the draft's packages with ${plan.installers.length} installer(s), then commit them:`);
        lines.push(...plan.installers.map(describeInstaller));
    }
    if (plan.updates === undefined) {
        if (plan.edits)
            lines.push('- update the listings, properties or availability given (the draft was not read).');
    }
    else {
        for (const update of plan.updates) {
            lines.push(`- send ${describeUpdate(update).join(', ')} whole:`);
            lines.push(...JSON.stringify(update, null, 2)
                .split('\n')
                .map((line) => `    ${line}`));
        }
        if (!plan.installers && plan.updates.length === 0)
            lines.push('- change nothing in the draft.');
    }
    lines.push(plan.commit
        ? '- commit the packages and submit the draft.'
        : '- stop there, leaving the draft unsubmitted (commit: false).');
    return lines;
}

// EXTERNAL MODULE: ./src/plan/build.ts
var build = __webpack_require__(6595);
;// CONCATENATED MODULE: ./src/plan/msi-exe.ts
/**
 * The plan of an MSI/EXE run: the draft as read (its listings, properties,
 * availability and packages) against the draft the run's requests leave.
 * Pure.
 */




const list = (value) => (Array.isArray(value) ? value.map(String).join(', ') : '');
/** MSI/EXE installers: the same when URL, languages, architectures and parameters are (`packageId` is regenerated by every PUT). */
const MSI_EXE_PACKAGES = {
    fields: ['packages'],
    key: (e) => JSON.stringify([e.packageUrl, e.languages, e.architectures, e.isSilentInstall, e.installerParameters ?? '']),
    describe: (e) => ({
        name: String(e.packageUrl ?? '?'),
        details: [
            `languages ${list(e.languages) || '(none)'}`,
            `architectures ${list(e.architectures) || '(none)'}`,
            e.isSilentInstall === false ? `parameters ${JSON.stringify(e.installerParameters ?? '')}` : 'silent'
        ]
    })
};
/** The draft after the updates: each update's modules in place of the draft's. */
function updatedDraft(draft, updates) {
    const after = structuredClone(draft);
    const listings = ((0,merge/* isPlainObject */.Qd)(after.listings) ? after.listings : (after.listings = {}));
    for (const update of updates) {
        if (update.listings)
            listings[update.listings.language] = update.listings;
        if (update.properties)
            after.properties = update.properties;
        if (update.availability)
            after.availability = update.availability;
    }
    return after;
}
/**
 * The plan against the draft as read: `draft` holds the modules read (those the edits change), `packages` the
 * draft's installers when read; `installers`, when given, replace them.
 */
function msiExePlan(view) {
    const before = view.draft ? keyedDraft(view.draft) : {};
    if (view.packages)
        before.packages = structuredClone(view.packages);
    const after = updatedDraft(before, view.updates);
    if (view.installers)
        after.packages = structuredClone(view.installers);
    return (0,build/* buildPlan */.Gg)(before, after, "the product's draft, as read", MSI_EXE_PACKAGES);
}
/** The plan of a dry run that could not read the draft: the changes against an empty draft. */
function msiExePlanUnread(edits, installers) {
    const empty = { listings: {}, properties: {}, availability: {} };
    const after = (0,src_edits/* applyEdits */.ct)(empty, edits).merged;
    if (installers)
        after.packages = structuredClone(installers);
    return (0,build/* buildPlan */.Gg)(empty, after, 'an empty draft (the Store was not read)', MSI_EXE_PACKAGES);
}

// EXTERNAL MODULE: ./src/plan/render.ts + 2 modules
var render = __webpack_require__(3756);
// EXTERNAL MODULE: ./src/request/once.ts
var once = __webpack_require__(7096);
// EXTERNAL MODULE: ./src/request/policy.ts
var policy = __webpack_require__(3635);
// EXTERNAL MODULE: ./src/run/in-flight.ts
var in_flight = __webpack_require__(8385);
// EXTERNAL MODULE: ./src/msi-exe/envelope.ts
var envelope = __webpack_require__(6720);
;// CONCATENATED MODULE: ./src/msi-exe/plan.ts
/**
 * What an MSI/EXE run reads of the draft before any change, and its plan:
 * the modules the edits change (in the languages they change) and, when
 * installers replace the packages, the draft's packages.
 */


async function readAndPlan(api, job) {
    const notes = [];
    let packages;
    if (job.installers && api.packages) {
        const read = await api.packages();
        notes.push(...read.notes);
        packages = read.packages;
    }
    const read = modulesToRead(job.edits);
    let draft;
    let updates = [];
    if (read.modules.length) {
        const answer = await api.metadata(read);
        notes.push(...answer.notes);
        draft = answer.draft;
        updates = planMetadata(draft, job.edits);
    }
    return { updates, plan: msiExePlan({ draft, updates, packages, installers: job.installers }), notes };
}

// EXTERNAL MODULE: ./src/run/wait.ts + 1 modules
var wait = __webpack_require__(8860);
;// CONCATENATED MODULE: ./src/msi-exe/lifecycle.ts
/**
 * Publishing an MSI/EXE product, once: wait until its modules are ready;
 * refuse, changing nothing, while a submission is in progress; read the
 * draft and plan the metadata (bad changes fail here, before any change);
 * replace the packages, commit them and wait for their upload and
 * validation; send each changed module whole and wait for it; submit
 * (unless `commit: false`: the draft then stays for a person); wait as
 * `wait-for` says. Every wait ends at the run's deadline.
 */










/** Sends of one metadata update: as many as a request safe to repeat gets (each unclear one checked first). */
const METADATA_ATTEMPTS = policy/* defaultRetryPolicy */.ur.maxAttempts;
const isPackagesNote = (entry) => entry.target?.toLowerCase() === 'packages';
/** An entry the service itself calls a warning (the docs' sample: code "warning" next to isSuccess true). */
const isWarning = (entry) => /warning/i.test(entry.code ?? '');
class MsiExeLifecycle {
    job;
    deps;
    progress;
    deadline = 0;
    warned = new Set();
    constructor(job, deps, progress) {
        this.job = job;
        this.deps = deps;
        this.progress = progress;
    }
    /** Everything before the first change: the modules ready, no submission in progress, the updates planned. */
    async prepareChanges() {
        this.deadline = this.deps.clock.now() + this.job.timeoutMs;
        await this.waitForModules("the product's modules to be ready", true);
        return this.planUpdates();
    }
    /** A dry run: what run() reads and checks before its first change, then the plan; nothing changed. */
    async rehearse() {
        const updates = await this.prepareChanges();
        const { productId, installers, commit, edits } = this.job;
        const lines = msiExePlanLines({ productId, installers, updates, edits: edits.length, commit });
        lines.forEach((line) => this.deps.info(line));
        this.progress.dryRun = true;
    }
    async run() {
        const { api, info } = this.deps;
        const updates = await this.prepareChanges();
        if (this.job.installers)
            await this.replacePackages(this.job.installers);
        for (const update of updates)
            await this.updateMetadata(update);
        if (!this.job.commit) {
            this.progress.preparedOnly = true;
            info(`commit: false: the draft of product ${this.job.productId} ${this.progress.changed.length ? 'holds the changes' : 'is as it was'} and is not submitted; submit it in Partner Center (${this.progress.dashboardUrl}).`);
            return;
        }
        if (!this.job.installers && updates.length === 0)
            info('No installers and no metadata changes: submitting the draft as it is.');
        // Both of Microsoft's clients commit the packages and wait for every module before each submit, whatever changed.
        this.warnOnce(await api.commitPackages());
        await this.waitForModules('the modules to be ready for the submission (after committing the packages)', false);
        const id = await (0,in_flight/* marked */.x)((on) => (this.progress.submitting = on), () => this.submit());
        this.progress.submissionId = id;
        this.progress.status = 'INPROGRESS';
        info(`Created submission ${id} of product ${this.job.productId}.`);
        await this.waitForPublishing(id);
    }
    /** Reads what the edits and installers change, plans the whole-module updates (bad changes fail here), logs the plan. */
    async planUpdates() {
        const { updates, plan, notes } = await readAndPlan(this.deps.api, this.job);
        this.warnOnce(notes);
        this.progress.plan = plan;
        (0,render/* planLines */.HN)(plan).forEach((line) => this.deps.info(line));
        return updates;
    }
    async replacePackages(installers) {
        const { api, info } = this.deps;
        this.warnOnce(await this.changing(['packages'], () => api.replacePackages(installers)));
        this.progress.changed.push('packages');
        info(`Replaced the draft's packages with ${installers.length} installer(s): ${installers.map((i) => i.packageUrl).join(', ')}.`);
        this.warnOnce(await api.commitPackages());
        info('Committed the packages; the Store now downloads and validates them.');
        await this.waitForModules('the package upload and validation', false);
    }
    /** Waits until every module is ready. `first`: before any change (refuse an ongoing submission; a failed old upload is replaced). */
    async waitForModules(what, first) {
        const read = async () => {
            const { status, notes } = await this.deps.api.moduleStatus();
            if (first && status.ongoingSubmissionId) {
                throw new src_errors/* ActionError */.lZ(`Product ${this.job.productId} has a submission in progress (${status.ongoingSubmissionId}); nothing was changed.`, {
                    hint: `The API takes one submission at a time: wait until it is published or has failed (${this.progress.dashboardUrl}), then run again.`
                });
            }
            const failed = notes.filter((n) => (0,envelope/* hasPackageUploadError */.mf)([n]));
            if (failed.length && first && this.job.installers)
                return { done: true }; // an earlier upload failed: replaced now
            if (failed.length) {
                throw new src_errors/* ActionError */.lZ(`The Store could not upload or validate the installers: ${(0,envelope/* describeEntries */.qS)(failed)}.`, {
                    hint: 'Each packageUrl must be an https:// direct download of a signed, standalone .msi or .exe that never changes (a new version needs a new URL).'
                });
            }
            // An error on any module but packages stops the run, as it stops both of Microsoft's clients.
            const blocking = notes.filter((n) => !isPackagesNote(n) && !isWarning(n));
            this.warnOnce(notes.filter(isWarning));
            if (blocking.length) {
                throw new src_errors/* ActionError */.lZ(`The Store reports ${blocking.length === 1 ? 'an error' : 'errors'} on the product's modules: ${(0,envelope/* describeEntries */.qS)(blocking)}${first ? '; nothing was changed' : ''}.`, {
                    hint: `Fix ${blocking.length === 1 ? 'it' : 'them'} in Partner Center (${this.progress.dashboardUrl}) or in the changes, then run again.`
                });
            }
            if (status.isReady)
                return { done: true };
            return { waiting: notes.length ? (0,envelope/* describeEntries */.qS)(notes) : 'not ready yet' };
        };
        await (0,wait/* waitUntil */.a0)(read, this.waitOptions(what));
    }
    /**
     * PUT one whole module, then wait for the modules (the service refuses a PUT
     * while it processes the last one). Not sent blindly again: after an unclear answer the
     * modules are awaited and the draft read, and the update is sent again only
     * when the draft does not hold it.
     */
    async updateMetadata(update) {
        const { api, info } = this.deps;
        const changes = describeUpdate(update);
        const what = changes.join(', ');
        await this.changing(changes, () => (0,once/* sendOnce */.E4)({
            send: async () => {
                this.warnOnce(await api.updateMetadata(update));
                return true;
            },
            onUncertain: (error) => info(`${error.message} Waiting for the modules, then reading the draft.`),
            check: async () => {
                await this.waitForModules(`the update of ${what}`, false);
                const { draft } = await api.metadata(readOf(update));
                if (!holdsUpdate(draft, update))
                    return undefined;
                info(`The draft holds the update of ${what}: it went through.`);
                return true;
            },
            pause: (attempt) => api.pauseBeforeRetry(attempt),
            maxAttempts: METADATA_ATTEMPTS
        }));
        this.progress.changed.push(...changes);
        info(`Updated ${what} of the draft (whole modules).`);
        await this.waitForModules(`the update of ${what}`, false);
    }
    /**
     * POST /submit; after a lost answer (the last one too), the product's
     * ongoing submission is the one it made (there was none before).
     */
    async submit() {
        const { api, info } = this.deps;
        return (0,once/* sendOnce */.E4)({
            send: async () => {
                const { submissionId, notes } = await api.submit();
                this.warnOnce(notes);
                return submissionId;
            },
            onUncertain: (error) => info(`${error.message} Checking whether the submission was created.`),
            check: async () => {
                const { status } = await api.moduleStatus();
                if (status.ongoingSubmissionId)
                    info(`Submission ${status.ongoingSubmissionId} was created; using it.`);
                return status.ongoingSubmissionId || undefined;
            },
            pause: (attempt) => api.pauseBeforeRetry(attempt)
        });
    }
    async waitForPublishing(id) {
        const read = async () => {
            const { status, errors } = await this.deps.api.submissionStatus(id);
            this.progress.status = status.publishingStatus;
            this.progress.errors = errors;
            if (status.hasFailed || status.publishingStatus === 'FAILED') {
                this.progress.failed = true;
                throw new src_errors/* ActionError */.lZ(`Submission ${id} of product ${this.job.productId} failed (${status.publishingStatus}${status.hasFailed ? ', not retried by the Store' : ''}): ${(0,envelope/* describeEntries */.qS)(errors) || 'the Store gave no reason'}.`, { hint: `See the submission in Partner Center (${this.progress.dashboardUrl}).` });
            }
            this.warnOnce(errors);
            if (this.job.waitFor === 'commit' || status.publishingStatus === 'PUBLISHED')
                return { done: true };
            return { waiting: status.publishingStatus };
        };
        await (0,wait/* waitUntil */.a0)(read, this.waitOptions(`submission ${id} to be published (scanning, certification and publishing can take more than a day)`));
    }
    waitOptions(what) {
        const { clock, signal, info } = this.deps;
        const { pollIntervalMs, timeoutMs } = this.job;
        return { clock, signal, info, pollIntervalMs, deadline: this.deadline, ...(0,wait/* waitingFor */.Fz)(what, timeoutMs) };
    }
    /** Sends a change of `what` in the draft, marked as under way until it is answered. */
    changing(what, request) {
        return (0,in_flight/* marked */.x)((on) => (this.progress.changing = on ? what : undefined), request);
    }
    /** Store warnings, each said (and kept for the report) once however many polls repeat it. */
    warnOnce(entries) {
        for (const entry of entries) {
            const text = (0,envelope/* describeEntries */.qS)([entry]);
            if (this.warned.has(text))
                continue;
            this.warned.add(text);
            this.progress.warnings.push(entry);
            this.deps.info(`Store warning: ${text}`);
        }
    }
}
/** What to read of the draft to see one update: its module, in its language for a listing. */
function readOf(update) {
    return {
        modules: describeUpdate(update).map((what) => what.split('.')[0]),
        languages: update.listings ? [update.listings.language.toLowerCase()] : []
    };
}

// EXTERNAL MODULE: ./src/msi-exe/types.ts
var types = __webpack_require__(7015);
;// CONCATENATED MODULE: ./src/msi-exe/publish.ts








/** Signs in and sets up the product's lifecycle (the same for a run and a dry run). */
function lifecycleFor(settings, progress, deps) {
    const { clock, signal, info } = deps;
    const signedIn = (0,sign_in/* signIn */.J)(settings, deps, { resource: types/* MSI_EXE_RESOURCE */.g, endpoint: 'v2.0' });
    const api = new client/* MsiExeClient */.B({
        ...signedIn,
        apiUrl: settings.apiUrl,
        sellerId: settings.sellerId,
        productId: settings.productId
    });
    info(`Publishing MSI/EXE product ${settings.productId} (seller ${settings.sellerId}).`);
    const job = {
        productId: settings.productId,
        installers: settings.installers,
        edits: (0,src_edits/* allEdits */.Fk)(settings),
        commit: settings.commit,
        waitFor: settings.waitFor,
        pollIntervalMs: settings.pollIntervalMs,
        timeoutMs: settings.timeoutMs
    };
    return new MsiExeLifecycle(job, { api, clock, signal, info }, progress);
}
function noteUnused(settings, info) {
    if (settings.listingsFolder?.unused.length)
        info(`'listings-folder' holds what MSI/EXE listings do not take (not sent): ${settings.listingsFolder.unused.join('; ')}.`);
}
async function publishMsiExe(settings, progress, deps) {
    noteUnused(settings, deps.info);
    await lifecycleFor(settings, progress, deps).run();
}
/**
 * A dry run (`dry-run: true`): the draft read and the changes checked against it, the plan printed, nothing
 * changed; without tenant-id and client-id, the inputs alone. The engine chooses between this and publishMsiExe
 * (src/run/engine.ts), the one place a dry run is decided.
 */
async function rehearseMsiExe(settings, progress, deps) {
    const { info } = deps;
    noteUnused(settings, info);
    if (!(settings.tenantId && settings.clientId)) {
        info('Dry run without tenant-id and client-id: the inputs are checked; the draft was not read, nor could be.');
        const { productId, installers, commit } = settings;
        const edits = (0,src_edits/* allEdits */.Fk)(settings);
        msiExePlanLines({ productId, installers, edits: edits.length, commit }).forEach((line) => info(line));
        progress.plan = msiExePlanUnread(edits, installers);
        (0,render/* planLines */.HN)(progress.plan).forEach((line) => info(line));
        progress.dryRun = true;
        return;
    }
    await lifecycleFor(settings, progress, deps).rehearse();
}

// EXTERNAL MODULE: ./src/inputs/common.ts
var inputs_common = __webpack_require__(832);
// EXTERNAL MODULE: ./src/inputs/kinds.ts
var kinds = __webpack_require__(6106);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/msi-exe/inputs.ts + 2 modules
var inputs = __webpack_require__(492);
;// CONCATENATED MODULE: ./src/msi-exe/settings.ts
/** An MSI/EXE run's settings (`product-id`), read from the inputs and checked before the first request. */




/** Reads and checks the inputs alone (no file, no request); every input an MSI/EXE run cannot honour is refused first. */
function parseMsiExeSettings(input) {
    (0,kinds/* checkRunKind */.yD)(input);
    const dryRun = (0,parse/* readBoolean */.Vf)(input, 'dry-run') ?? false;
    const common = (0,inputs_common/* readCommon */.C)(input, dryRun);
    const apiUrl = (0,parse/* readBaseUrl */.$P)(input, 'msi-exe-api-url');
    const commit = (0,parse/* readBoolean */.Vf)(input, 'commit') ?? true;
    return { ...common, apiUrl, commit, dryRun, given: (0,inputs/* parseMsiExeInputs */.wH)(input) };
}
/** Reads the listings folder and submission-json's file; every problem fails here, before the first request. */
async function prepareMsiExeSettings(parsed) {
    const { given, ...settings } = parsed;
    return { ...settings, ...(await (0,inputs/* readMsiExeInputs */.nV)(given)) };
}
/** parseMsiExeSettings, then prepareMsiExeSettings. */
async function readMsiExeSettings(input) {
    return prepareMsiExeSettings(parseMsiExeSettings(input));
}

;// CONCATENATED MODULE: ./src/msi-exe/api.ts
/** The Store's MSI/EXE API as the engine runs it. */




const MSI_EXE_API = {
    parse(input) {
        if ((0,api/* readsBack */.Fg)(input))
            return (0,api/* parseReadBack */.F7)(input);
        const parsed = parseMsiExeSettings(input);
        return {
            async prepare() {
                const settings = await prepareMsiExeSettings(parsed);
                const progress = (0,outcome/* newMsiExeProgress */.xv)(settings.productId);
                return {
                    dryRun: settings.dryRun,
                    run: (deps) => publishMsiExe(settings, progress, deps),
                    rehearse: (deps) => rehearseMsiExe(settings, progress, deps),
                    doneLine: () => (0,outcome/* msiExeDoneLine */.U8)(progress),
                    leftBehind: () => (0,outcome/* msiExeLeftBehind */.nZ)(progress),
                    report: () => (0,outcome/* msiExeReport */.Wr)(progress)
                };
            }
        };
    }
};


/***/ })

};
;
//# sourceMappingURL=115.index.cjs.js.map