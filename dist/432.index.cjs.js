"use strict";
exports.id = 432;
exports.ids = [432];
exports.modules = {

/***/ 3758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/**
 * Text into GitHub-flavoured Markdown so that it shows as written: whatever
 * a message, a file name or the Store's details hold (`#`, `|`, backticks,
 * `<tags>`, `*`, `[x](y)`, line breaks), it renders as those characters and
 * cannot open a heading, a table, a code span, HTML or a link. Pure.
 */
/** URLs become autolinks (`<https://...>`): nothing inside them is parsed, and they stay clickable. */
const URL = /https?:\/\/[^\s<>()[\]`"'|\\]+[^\s<>()[\]`"'|\\.,;:!?]/g;
/** Characters that mean something anywhere in a line (and, in a table cell, `|`). */
const INLINE = /[\\`*~[\]<&]|_(?![A-Za-z0-9])|(?<![A-Za-z0-9])_/g;
const INLINE_IN_CELL = new RegExp(`${INLINE.source}|\\|`, 'g');
/** What would open a block (heading, quote, list, table, rule) at the start of a line. */
const BLOCK_START = /^(\s*)([#>+=|-]|\d+(?=[.)]))/;
function escape(text, inCell) {
    const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const inline = (part) => part.replace(inCell ? INLINE_IN_CELL : INLINE, (c) => `\\${c}`);
    let out = '';
    let last = 0;
    for (const match of oneLine.matchAll(URL)) {
        out += inline(oneLine.slice(last, match.index)) + `<${match[0]}>`;
        last = match.index + match[0].length;
    }
    out += inline(oneLine.slice(last));
    return out.replace(BLOCK_START, (_all, space, mark) => /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`);
}
/** Text for a paragraph or a list item, on one line. */
function markdownText(text) {
    return escape(text, false);
}
/** Text for a table cell: as markdownText, and `|` cannot end the cell. */
function markdownCell(text) {
    return escape(text, true);
}
/** A code span that holds any text: a fence longer than any run of backticks inside it. */
function codeSpan(text, options = {}) {
    const oneLine = text.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[ `]|[ `]$/.test(oneLine) ? ' ' : '';
    // In a table, GFM splits cells before it reads code spans: a | must be \| even there (it shows as |).
    const body = options.inCell ? oneLine.replace(/\|/g, '\\|') : oneLine;
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** A link whose label shows as written and whose address cannot end the link early. */
function markdownLink(label, url, options = {}) {
    const address = url.replace(/[\s()<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${options.inCell ? markdownCell(label) : markdownText(label)}](${address})`;
}


/***/ }),

/***/ 1875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ MsiExeClient)
/* harmony export */ });
/* unused harmony export MSI_EXE_DIALECT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _request_layer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3164);
/* harmony import */ var _request_pacer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1134);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6720);
/**
 * The MSI/EXE submission API's client (api.store.microsoft.com), a second
 * client on the one request layer. It states only this API's dialect: the
 * envelope (`isSuccess` decides, even on a 200; its other errors are
 * warnings, handed back to the caller), X-Correlation-ID, the seller header
 * on every call, which calls are safe to repeat (all but POST /submit), and
 * its hints. Retries, Retry-After, pacing and the 401 renewal are the layer's.
 */




const CORRELATION = 'X-Correlation-ID';
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isListing = (l) => isObject(l) && typeof l.language === 'string';
/** `listingLanguages: [{ language, isComplete }]`, as languages; undefined when the answer has none. */
function languagesOf(list) {
    if (!Array.isArray(list))
        return undefined;
    return list.filter(isObject).flatMap((l) => (typeof l.language === 'string' ? [l.language] : []));
}
function hint({ status }) {
    if (status === undefined)
        return 'The MSI/EXE submission API could not be reached; try again later.';
    if (status === 401 || status === 403)
        return 'The API refused the token: the Azure AD app needs the Manager role in Partner Center (Account settings > User management > Azure AD applications); check tenant-id, client-id and seller-id.';
    if (status === 404)
        return "Check 'product-id' (the MSI/EXE product's Partner Center ID) and 'seller-id' (the account's seller ID).";
    if (status === 429)
        return 'The tenant is throttled; try again later.';
    if (status >= 500)
        return `The MSI/EXE submission API is failing; try again later, and quote the ${CORRELATION} to Microsoft support if it persists.`;
    return undefined;
}
const MSI_EXE_DIALECT = {
    correlationHeader: CORRELATION,
    describe: (response) => {
        const envelope = (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .readEnvelope */ .HT)(response.body);
        if (!envelope)
            return { message: (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .otherMessage */ .yE)(response.body) };
        return { code: envelope.errors[0]?.code, message: (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .describeEntries */ .qS)(envelope.errors) || undefined };
    },
    hint
};
/** A 2xx answer read as the envelope, judged; a body that is not one cannot be read (the layer retries or doubts it). */
function readVerdict(response) {
    if (!(0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .readEnvelope */ .HT)(response.body))
        throw new Error('the answer is not the JSON envelope { isSuccess, errors, responseData }');
    return (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .judge */ .S4)(response.status, response.body);
}
class MsiExeClient {
    options;
    layer;
    pacer;
    base;
    constructor(options) {
        this.options = options;
        this.layer = new _request_layer_js__WEBPACK_IMPORTED_MODULE_1__/* .RequestLayer */ .f(options);
        this.pacer = new _request_pacer_js__WEBPACK_IMPORTED_MODULE_3__/* .Pacer */ ._(options.clock);
        this.base = `${options.apiUrl}/submission/v1/product/${encodeURIComponent(options.productId)}`;
    }
    /** One call; the answer's data and warnings, or an ApiError naming the call, the errors and the X-Correlation-ID. */
    async send(method, path, what, options = {}) {
        const json = options.body === undefined ? undefined : JSON.stringify(options.body);
        const call = `${what} (${method} /${path.split('?')[0]})`;
        const answer = await this.layer.send({
            call,
            method,
            url: `${this.base}/${path}`,
            headers: {
                Accept: 'application/json',
                'X-Seller-Account-Id': this.options.sellerId,
                ...(json === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' })
            },
            body: json,
            idempotent: options.idempotent ?? true,
            dialect: MSI_EXE_DIALECT,
            auth: this.options.tokens,
            pacer: this.pacer,
            read: readVerdict
        });
        const verdict = answer.body;
        if (verdict.ok)
            return { data: verdict.data, notes: verdict.warnings };
        if (verdict.data && options.accept?.(verdict.data))
            return { data: verdict.data, notes: verdict.errors };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({
            call,
            status: answer.status,
            code: verdict.errors[0]?.code,
            storeMessage: `isSuccess is false: ${(0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .describeEntries */ .qS)(verdict.errors) || verdict.message || 'no errors given'}`,
            correlationId: answer.correlationId,
            correlationName: CORRELATION,
            hint: hint({ status: answer.status, code: verdict.errors[0]?.code })
        });
    }
    get product() {
        return `product ${this.options.productId}`;
    }
    async moduleStatus() {
        const { data, notes } = await this.send('GET', 'status', `Read the module status of ${this.product}`);
        return { status: { isReady: data.isReady === true, ongoingSubmissionId: data.ongoingSubmissionId ?? '' }, notes };
    }
    /**
     * The draft's modules that `read` names, one `GET /metadata/{module}` each, as msstore-cli and the
     * store-submission action read them; the listings in the languages named (none named: every language, the first
     * 200 as the API answers), with the draft's language list.
     */
    async metadata(read) {
        const draft = { listings: [], properties: {}, availability: {} };
        const notes = [];
        for (const module of read.modules) {
            const languages = read.languages.length ? `languages=${read.languages.map(encodeURIComponent).join(',')}&` : '';
            const query = module === 'listings' ? `?${languages}includelanguagelist=true` : '';
            const answer = await this.send('GET', `metadata/${module}${query}`, `Read the draft's ${module} of ${this.product}`);
            notes.push(...answer.notes);
            if (module === 'listings') {
                draft.listings = (Array.isArray(answer.data.listings) ? answer.data.listings : []).filter(isListing);
                draft.listingLanguages = languagesOf(answer.data.listingLanguages);
            }
            else if (isObject(answer.data[module])) {
                draft[module] = answer.data[module];
            }
        }
        return { draft, notes };
    }
    /** GET /packages: the draft's installers, as the plan compares them with the new ones. */
    async packages() {
        const { data, notes } = await this.send('GET', 'packages', `Read the packages of ${this.product}`);
        const packages = Array.isArray(data.packages) ? data.packages.filter(isObject) : [];
        return { packages: packages, notes };
    }
    async replacePackages(installers) {
        return (await this.send('PUT', 'packages', `Replace the packages of ${this.product}`, { body: { packages: installers } })).notes;
    }
    /** Committing the same package set again is harmless (both Microsoft tools commit twice): safe to repeat. */
    async commitPackages() {
        return (await this.send('POST', 'packages/commit', `Commit the packages of ${this.product}`, { idempotent: true }))
            .notes;
    }
    async updateMetadata(update) {
        // Not repeated blindly: the service refuses a PUT while it processes the last one (the lifecycle checks first).
        const call = `Update the draft metadata of ${this.product}`;
        return (await this.send('PUT', 'metadata', call, { body: update, idempotent: false })).notes;
    }
    /** POST /submit, never repeated blindly; an answer without an ID is as uncertain as a lost one. */
    async submit() {
        const call = `Submit the draft of ${this.product}`;
        const { data, notes } = await this.send('POST', 'submit', call, { idempotent: false });
        const submissionId = data.submissionId || data.ongoingSubmissionId;
        if (!submissionId)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un({
                call: `${call} (POST /submit)`,
                storeMessage: 'the answer names no submission',
                correlationName: CORRELATION
            });
        return { submissionId, notes };
    }
    async submissionStatus(submissionId) {
        const { data, notes } = await this.send('GET', `submission/${encodeURIComponent(submissionId)}/status`, `Read the status of submission ${submissionId}`, 
        // A failed submission's status may come with isSuccess false: its errors are the answer.
        { accept: (d) => typeof d.publishingStatus === 'string' });
        return {
            status: { publishingStatus: data.publishingStatus ?? 'UNKNOWN', hasFailed: data.hasFailed === true },
            errors: notes
        };
    }
    async pauseBeforeRetry(attempt) {
        await this.layer.pauseBeforeRetry(attempt);
    }
}


/***/ }),

/***/ 6720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ readEnvelope),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   mf: () => (/* binding */ hasPackageUploadError),
/* harmony export */   qS: () => (/* binding */ describeEntries),
/* harmony export */   yE: () => (/* binding */ otherMessage)
/* harmony export */ });
/* unused harmony exports camelKeys, PACKAGE_UPLOAD_ERROR */
/**
 * Reading the MSI/EXE API's answers: every JSON answer is an envelope
 * `{ isSuccess, errors: [{ code, message, target }], responseData }`, where
 * `isSuccess` decides (a 200 can refuse; `errors` next to `isSuccess: true`
 * are warnings), and the gateway answers 401/429 as `{ statusCode, message }`.
 * The service reads and writes property names in either case: keys are
 * camelCased on the way in. Pure.
 */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `IsSuccess` -> `isSuccess`, all the way down. */
function camelKeys(value) {
    if (Array.isArray(value))
        return value.map(camelKeys);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key.charAt(0).toLowerCase() + key.slice(1), camelKeys(v)]));
}
function entriesOf(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isObject).map((e) => ({
        code: typeof e.code === 'string' ? e.code : undefined,
        message: typeof e.message === 'string' ? oneLine(e.message) : undefined,
        target: typeof e.target === 'string' ? e.target : undefined
    }));
}
const oneLine = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 500);
/** The envelope in a body, or undefined when the body is not one (not JSON, or the gateway's shape). */
function readEnvelope(body) {
    let parsed;
    try {
        parsed = camelKeys(JSON.parse(body));
    }
    catch {
        return undefined;
    }
    if (!isObject(parsed) || typeof parsed.isSuccess !== 'boolean')
        return undefined;
    return {
        isSuccess: parsed.isSuccess,
        errors: entriesOf(parsed.errors),
        responseData: isObject(parsed.responseData) ? parsed.responseData : undefined
    };
}
/** A non-envelope answer's message: the gateway's `{ statusCode, message }`, or the start of the text. */
function otherMessage(body) {
    try {
        const parsed = camelKeys(JSON.parse(body));
        if (isObject(parsed) && typeof parsed.message === 'string')
            return oneLine(parsed.message);
    }
    catch {
        // not JSON
    }
    const text = oneLine(body);
    return text ? text.slice(0, 300) : undefined;
}
/**
 * Judges an answer: success needs a 2xx status and `isSuccess: true`; then
 * its `errors` are warnings (an absent `responseData` reads as `{}`). Anything else fails, with
 * the envelope's errors (or the gateway's message).
 */
function judge(status, body) {
    const envelope = readEnvelope(body);
    if (!envelope)
        return { ok: false, errors: [], message: otherMessage(body) };
    if (envelope.isSuccess && status >= 200 && status < 300) {
        return { ok: true, data: envelope.responseData ?? {}, warnings: envelope.errors };
    }
    return { ok: false, errors: envelope.errors, data: envelope.responseData };
}
/** `code: message (target)` for each entry, joined for one line. */
function describeEntries(entries) {
    return entries
        .map((e) => {
        const head = [e.code, e.message].filter(Boolean).join(': ') || 'unspecified';
        return e.target ? `${head} (${e.target})` : head;
    })
        .join('; ');
}
/** The code the documentation's sample tests for a failed package upload: commit the packages again. */
const PACKAGE_UPLOAD_ERROR = 'packageuploaderror';
/** True when a module status poll says the package upload or validation failed. */
function hasPackageUploadError(entries) {
    return entries.some((e) => e.code?.toLowerCase() === PACKAGE_UPLOAD_ERROR);
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishMsiExe: () => (/* binding */ publishMsiExe),
  rehearseMsiExe: () => (/* binding */ rehearseMsiExe)
});

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

/***/ 3756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HN: () => (/* binding */ planLines),
  Xg: () => (/* binding */ planMarkdown)
});

// UNUSED EXPORTS: htmlText

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
;// CONCATENATED MODULE: ./src/plan/text.ts
/**
 * Values in a plan: a short one-line form, and long texts (more than one
 * line, or longer than LONG characters) as a short line diff. Pure.
 */
/** Longer than this (or more than one line): a text is shown as a line diff. */
const LONG = 80;
/** Lines of a diff shown before "… N more". */
const DIFF_LINES = 8;
/** Longest one-line form of a value. */
const SHORT_MAX = 120;
/** Above this many lines a side, the diff compares sets of lines instead of aligning them. */
const ALIGN_MAX = 2000;
/** The lines a value is shown as when it is long: a text's lines, or a list of texts one per line; else undefined. */
function longLines(value) {
    if (typeof value === 'string')
        return /[\r\n]/.test(value) || value.length > LONG ? value.split(/\r\n|\r|\n/) : undefined;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
        return JSON.stringify(value).length > LONG ? value : undefined;
    }
    return undefined;
}
/** The value on one line: JSON (strings quoted, control characters escaped), `(none)` when absent, cut at SHORT_MAX. */
function shortValue(value) {
    if (value === undefined)
        return '(none)';
    const json = JSON.stringify(value) ?? String(value);
    return json.length > SHORT_MAX ? `${json.slice(0, SHORT_MAX - 1)}…` : json;
}
/** The lines of `before` removed and of `after` added, aligned on the longest common run (LCS). */
function lineDiff(before, after) {
    const all = before.length > ALIGN_MAX || after.length > ALIGN_MAX ? bySet(before, after) : aligned(before, after);
    const removed = all.filter((l) => l.startsWith('-')).length;
    return {
        removed,
        added: all.length - removed,
        lines: all.slice(0, DIFF_LINES),
        more: Math.max(0, all.length - DIFF_LINES)
    };
}
function aligned(a, b) {
    // common[i][j]: the longest common subsequence of a[i..] and b[j..].
    const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
            common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            i++;
            j++;
        }
        else if (j >= b.length || (i < a.length && common[i + 1][j] >= common[i][j + 1])) {
            out.push(`- ${a[i++]}`);
        }
        else {
            out.push(`+ ${b[j++]}`);
        }
    }
    return out;
}
function bySet(a, b) {
    const inA = new Set(a);
    const inB = new Set(b);
    return [...a.filter((l) => !inB.has(l)).map((l) => `- ${l}`), ...b.filter((l) => !inA.has(l)).map((l) => `+ ${l}`)];
}

;// CONCATENATED MODULE: ./src/plan/types.ts
/** A plan: what a run changes in the submission it starts from, field by field. Plain data. */
/** Whether the plan changes nothing. */
function isEmptyPlan(plan) {
    return plan.listings.length === 0 && !plan.packages && plan.fields.length === 0;
}

;// CONCATENATED MODULE: ./src/plan/render.ts
/**
 * A plan told two ways: lines for the log, and Markdown for the job summary
 * (long texts and long package lists folded in `<details>`). Every text in a
 * plan comes from the Store or the repository: the Markdown escapes it
 * (../markdown.ts, and htmlText inside `<summary>`); the log's lines go
 * through the run's log, which makes command-like lines safe (../log-safe.ts).
 * Pure.
 */



/** Above this many, kept packages are folded away in the summary. */
const KEPT_SHOWN = 5;
/** How a field changes: `"old" → "new"`, or a line diff for long texts. */
function describeChange(change) {
    const before = longLines(change.before);
    const after = longLines(change.after);
    if (!before && !after)
        return { line: `${shortValue(change.before)} → ${shortValue(change.after)}` };
    const toLines = (value, long) => long ?? (value === undefined ? [] : [typeof value === 'string' ? value : shortValue(value)]);
    const diff = lineDiff(toLines(change.before, before), toLines(change.after, after));
    return { line: `${diff.removed} line(s) removed, ${diff.added} added`, diff };
}
const render_image = (i) => `${i.type} ${i.fileName}`;
const pkg = (p) => (p.details.length ? `${p.name} (${p.details.join('; ')})` : p.name);
/** The plan as log lines (each line of Store or repository text is its own line). */
function planLines(plan) {
    if (isEmptyPlan(plan))
        return [`Plan: no change (against ${plan.against}).`];
    const lines = [`Plan (against ${plan.against}):`];
    const field = (change, indent) => {
        const { line, diff } = describeChange(change);
        lines.push(`${indent}${change.path}: ${line}`);
        if (diff) {
            lines.push(...diff.lines.map((l) => `${indent}    ${l}`));
            if (diff.more)
                lines.push(`${indent}    … ${diff.more} more`);
        }
    };
    for (const listing of plan.listings) {
        lines.push(`  Listing ${listing.language}: ${listing.state}`);
        listing.fields.forEach((change) => field(change, '    '));
        if (listing.imagesAdded.length)
            lines.push(`    images added: ${listing.imagesAdded.map(render_image).join('; ')}`);
        if (listing.imagesRemoved.length)
            lines.push(`    images removed: ${listing.imagesRemoved.map(render_image).join('; ')}`);
    }
    const packages = plan.packages;
    if (packages) {
        lines.push(`  ${packages.field}: ${packages.added.length} added, ${packages.removed.length} removed, ${packages.kept.length} kept`, ...packages.added.map((p) => `    + ${pkg(p)}`), ...packages.removed.map((p) => `    - ${pkg(p)}`), ...packages.kept.map((p) => `    = ${pkg(p)}`));
    }
    plan.fields.forEach((change) => field(change, '  '));
    return lines;
}
/** Text inside an HTML element (`<summary>`): every character that could open or close a tag, escaped. */
function htmlText(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/[&<>"'`|\\*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** A folded block: its summary (plain text, escaped here) and Markdown lines inside. */
function folded(summary, body) {
    return [`<details><summary>${htmlText(summary)}</summary>`, '', ...body, '', '</details>', ''];
}
const diffItems = (diff) => [
    ...diff.lines.map((l) => `- ${l.startsWith('-') ? '➖' : '➕'} ${(0,markdown/* markdownText */.p7)(l.slice(2)) || '(empty line)'}`),
    ...(diff.more ? [`- … ${diff.more} more`] : [])
];
/** The plan as a section of the job summary. */
function planMarkdown(plan) {
    const lines = ['### Plan', ''];
    if (isEmptyPlan(plan))
        return [...lines, `No change (against ${(0,markdown/* markdownText */.p7)(plan.against)}).`, ''];
    lines.push(`Against ${(0,markdown/* markdownText */.p7)(plan.against)}:`, '');
    const fieldBlock = (change, where) => {
        const { line, diff } = describeChange(change);
        if (!diff)
            return [`- ${(0,markdown/* codeSpan */.SS)(change.path)}: ${(0,markdown/* markdownText */.p7)(line)}`, ''];
        return folded(`${where}${change.path}: ${line}`, diffItems(diff));
    };
    for (const listing of plan.listings) {
        lines.push(`**Listing ${(0,markdown/* codeSpan */.SS)(listing.language)}**: ${listing.state}`, '');
        const short = listing.fields.filter((c) => !describeChange(c).diff);
        const long = listing.fields.filter((c) => describeChange(c).diff);
        lines.push(...short.map((c) => `- ${(0,markdown/* codeSpan */.SS)(c.path)}: ${(0,markdown/* markdownText */.p7)(describeChange(c).line)}`));
        if (listing.imagesAdded.length)
            lines.push(`- images added: ${listing.imagesAdded.map((i) => (0,markdown/* markdownText */.p7)(render_image(i))).join('; ')}`);
        if (listing.imagesRemoved.length)
            lines.push(`- images removed: ${listing.imagesRemoved.map((i) => (0,markdown/* markdownText */.p7)(render_image(i))).join('; ')}`);
        lines.push('');
        long.forEach((c) => lines.push(...fieldBlock(c, `${listing.language}: `)));
    }
    const packages = plan.packages;
    if (packages) {
        const row = (change, p) => `| ${change} | ${(0,markdown/* markdownCell */.UZ)(p.name)} | ${(0,markdown/* markdownCell */.UZ)(p.details.join('; '))} |`;
        const table = ['| Change | Package | Details |', '|---|---|---|'];
        const kept = packages.kept.map((p) => row('kept', p));
        lines.push(`**Packages** (${(0,markdown/* codeSpan */.SS)(packages.field)}): ${packages.added.length} added, ${packages.removed.length} removed, ${packages.kept.length} kept`, '', ...table, ...packages.added.map((p) => row('added', p)), ...packages.removed.map((p) => row('removed', p)), ...(kept.length <= KEPT_SHOWN ? kept : []), '');
        if (kept.length > KEPT_SHOWN)
            lines.push(...folded(`${kept.length} packages kept`, [...table, ...kept]));
    }
    if (plan.fields.length) {
        lines.push('**Other fields**', '');
        plan.fields.forEach((c) => lines.push(...fieldBlock(c, '')));
    }
    return lines;
}


/***/ }),

/***/ 7096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ OutcomeUnknownError),
/* harmony export */   E4: () => (/* binding */ sendOnce)
/* harmony export */ });
/* unused harmony export SEND_ONCE_ATTEMPTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Sending a request that must not be repeated blindly (create a submission,
 * commit, submit, create a flight or an add-on, change a rollout): when its
 * outcome is unknown (a lost answer, a 5xx, or a 409 right after one of
 * those), ask the server whether it took effect, on every attempt including
 * the last, and send it again only if it did not, after a backoff. Bounded.
 * What it throws says what is true on the server: the request's own failure
 * when it was not carried out, OutcomeUnknownError when even the read-back
 * failed.
 */

/** Attempts of a request that is not safe to repeat (each unclear one is checked before the next). */
const SEND_ONCE_ATTEMPTS = 3;
/** A request whose outcome stayed unknown: its answer was lost and reading what the server holds failed too. */
class OutcomeUnknownError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    constructor(sent, readBack) {
        const why = readBack instanceof Error ? readBack.message : String(readBack);
        super(`${sent.message.replace(/\.$/, '')}, and whether it went through is unknown: reading it back failed too (${why.replace(/\.$/, '')}).`, { hint: sent.hint, correlationId: sent.correlationId, cause: readBack });
        this.name = 'OutcomeUnknownError';
    }
}
async function sendOnce(options) {
    const maxAttempts = options.maxAttempts ?? SEND_ONCE_ATTEMPTS;
    let uncertain = false;
    for (let attempt = 1;; attempt++) {
        try {
            return await options.send();
        }
        catch (error) {
            // A 409 (already exists, wrong state) right after an unclear answer: the first one may have gone through.
            const conflictAfterLost = uncertain && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 409;
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un || conflictAfterLost))
                throw error;
            uncertain = true;
            options.onUncertain(error);
            const made = await readBack(options.check, error);
            if (made !== undefined)
                return made;
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un)
                error.notCarriedOut = true;
            if (attempt >= maxAttempts)
                throw error;
            await options.pause(attempt);
        }
    }
}
/** The check, its own failure turned into OutcomeUnknownError (a cancellation stays one). */
async function readBack(check, sent) {
    try {
        return await check();
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc)
            throw error;
        throw new OutcomeUnknownError(sent, error);
    }
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


/***/ }),

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a3: () => (/* binding */ formatDuration),
  a0: () => (/* binding */ waitUntil),
  Fz: () => (/* binding */ waitingFor)
});

// UNUSED EXPORTS: HEARTBEAT_MS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/polling.ts
/**
 * When to read a submission's status while waiting for it. Pure, and free of
 * imports so that `bench/polling.mjs` can run it on a simulated clock.
 *
 * The schedule notices a short commit within seconds and keeps a long wait
 * cheap: the first read comes 10 s after the commit, then one every 10 s
 * (never more than 6 reads a minute, under a third of the tenant's budget of
 * about 20 calls a minute); from 200 s on, reads spread out to a twentieth of
 * the time waited so far, up to `poll-interval-seconds` (the longest wait
 * between two reads, reached after 10 minutes with the default 30 s). A
 * status is thus seen at most about 5 % of its wait late, and a wait of hours
 * or days (certification) costs 2 reads a minute.
 */
/** The closest two reads come: 60 s / 6 reads. */
const FASTEST_SPACING_MS = 10_000;
/** Once that is less, reads are this fraction of the time waited so far apart. */
const SPACING_PER_WAITED = 1 / 20;
/**
 * How long to wait before the next status read.
 * @param elapsedMs time since the commit was answered (0 for the first read)
 * @param intervalMs the longest wait between two reads (`poll-interval-seconds`)
 * @param remainingMs time left before the timeout: the last read falls on it
 * @returns whole milliseconds
 */
function pollDelay(elapsedMs, intervalMs, remainingMs) {
    const fastest = Math.min(FASTEST_SPACING_MS, intervalMs);
    const wanted = Math.max(fastest, elapsedMs * SPACING_PER_WAITED);
    return Math.max(0, Math.floor(Math.min(wanted, intervalMs, remainingMs)));
}

;// CONCATENATED MODULE: ./src/run/wait.ts


const HEARTBEAT_MS = 5 * 60_000;
/** "2.5 min", "40 s". */
function formatDuration(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}
/** Reads until `read` says done (its value is returned) or throws. */
async function waitUntil(read, options) {
    const { clock, info } = options;
    const started = clock.now();
    const atOnce = options.readAtOnce !== false;
    let last = options.initial;
    let lastNews = started;
    const waited = () => formatDuration(clock.now() - started);
    const say = (line) => {
        info(line);
        lastNews = clock.now();
    };
    for (let reads = 0;; reads++) {
        if (reads > 0 || !atOnce) {
            let pause = pollDelay(clock.now() - started, options.pollIntervalMs, options.deadline - clock.now());
            while (pause > 0) {
                const untilDue = lastNews + HEARTBEAT_MS - clock.now();
                const piece = last !== undefined && pause > untilDue ? Math.max(1, untilDue) : pause;
                await clock.sleep(piece, options.signal);
                pause -= piece;
                if (pause > 0 && last !== undefined)
                    say(options.still(last, waited()));
            }
        }
        const reading = await read();
        const state = 'waiting' in reading ? reading.waiting : reading.state;
        if (state !== undefined && state !== last)
            say(options.changed(state, reads > 0 || !atOnce ? waited() : undefined));
        else if (state !== undefined && clock.now() - lastNews >= HEARTBEAT_MS)
            say(options.still(state, waited()));
        last = state ?? last;
        if ('done' in reading)
            return reading.done;
        if ('failed' in reading)
            throw reading.failed;
        if (clock.now() >= options.deadline)
            throw options.timedOut(reading.waiting);
    }
}
/** The lines of a wait for `what` ("the package upload and validation"), and its timeout after `timeoutMs`. */
function waitingFor(what, timeoutMs) {
    return {
        changed: (state, waited) => `Waiting for ${what}: ${state}${waited ? ` (after ${waited})` : ''}.`,
        still: (state, waited) => `Still waiting for ${what} after ${waited}: ${state}.`,
        timedOut: (state) => new errors/* ActionError */.lZ(`Timed out after ${formatDuration(timeoutMs)} waiting for ${what}; the last status was: ${state}.`, { hint: "The Store goes on with it: check the product in Partner Center, or raise 'timeout-minutes'." })
    };
}


/***/ })

};
;
//# sourceMappingURL=432.index.cjs.js.map