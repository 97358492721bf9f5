"use strict";
exports.id = 636;
exports.ids = [636];
exports.modules = {

/***/ 6144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ listEntries),
/* harmony export */   z: () => (/* binding */ readHead)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8159);



/** Files the file manager writes beside images, skipped like hidden ones (any case). */
const FILE_MANAGER_FILES = new Set(['thumbs.db', 'desktop.ini']);
/**
 * A folder's entries that count, in code point order of their names: names
 * starting with `.` (.DS_Store, .gitkeep) and Windows Explorer's Thumbs.db
 * and desktop.ini are skipped; symbolic links are followed.
 */
async function listEntries(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    const visible = entries.filter((entry) => !entry.name.startsWith('.') && !FILE_MANAGER_FILES.has(entry.name.toLowerCase()));
    const listed = await Promise.all(visible.map(async (entry) => {
        const isDirectory = entry.isSymbolicLink()
            ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name))).isDirectory()
            : entry.isDirectory();
        return { name: entry.name, isDirectory };
    }));
    return listed.sort((a, b) => (0,_images_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodePoints */ .OP)(a.name, b.name));
}
/** The first bytes of a file: enough to tell an image's format and a PNG's size. */
async function readHead(path) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const head = Buffer.alloc(_images_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_HEAD_BYTES */ .tI);
        const { bytesRead } = await file.read(head, 0, _images_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_HEAD_BYTES */ .tI, 0);
        return head.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ imageFormat),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   eG: () => (/* binding */ IMAGE_TYPES),
/* harmony export */   gE: () => (/* binding */ compareFileNames),
/* harmony export */   lU: () => (/* binding */ pngSize),
/* harmony export */   tI: () => (/* binding */ IMAGE_HEAD_BYTES),
/* harmony export */   tL: () => (/* binding */ imageTypeOf)
/* harmony export */ });
/** Listing images: the Store's image types, what a file's first bytes say it is, and the upload order. Pure. */
/**
 * The `imageType` values the app submission docs list as supported today
 * (MicrosoftDocs windows-dev-docs, uwp/monetize/manage-app-submissions.md,
 * "Image resource"), grouped as there: screenshots, Store logos, promotional
 * images, Xbox images, optional promotional images. The retired types the
 * page keeps only in a comment (WideIcon358X173, PromotionalArtwork846X468, ...)
 * are left out: the Store no longer shows them.
 */
const IMAGE_TYPES = [
    'Screenshot',
    'MobileScreenshot',
    'XboxScreenshot',
    'SurfaceHubScreenshot',
    'HoloLensScreenshot',
    'StoreLogo9x16',
    'StoreLogoSquare',
    'Icon',
    'PromotionalArt16x9',
    'PromotionalArtwork2400X1200',
    'XboxBrandedKeyArt',
    'XboxTitledHeroArt',
    'XboxFeaturedPromotionalArt',
    'SquareIcon358X358',
    'BackgroundImage1000X800',
    'PromotionalArtwork414X180'
];
/** The documented spelling of a folder name matched case-insensitively; undefined when it is none. */
function imageTypeOf(folderName) {
    const lower = folderName.toLowerCase();
    return IMAGE_TYPES.find((type) => type.toLowerCase() === lower);
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** How many leading bytes `imageFormat` and `pngSize` need. */
const IMAGE_HEAD_BYTES = 24;
/** What the first bytes say the file is: PNG, JPEG, or neither. */
function imageFormat(head) {
    if (head.length >= 8 && head.subarray(0, 8).equals(PNG_SIGNATURE))
        return 'png';
    if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
        return 'jpeg';
    return undefined;
}
/** A PNG's width and height from its IHDR chunk (which must come first); undefined when the head has none. */
function pngSize(head) {
    if (imageFormat(head) !== 'png' || head.length < IMAGE_HEAD_BYTES)
        return undefined;
    if (head.toString('latin1', 12, 16) !== 'IHDR')
        return undefined;
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}
/**
 * The order images are uploaded in (the order the Store shows screenshots):
 * natural order, so `2.png` comes before `10.png`. Runs of digits compare by
 * value (then by length, so `01` and `1` have a fixed order), everything else
 * by Unicode code point, case-sensitively: the same on every file system.
 */
function compareFileNames(a, b) {
    const left = a.match(/\d+|\D+/g) ?? [];
    const right = b.match(/\d+|\D+/g) ?? [];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const order = compareRuns(left[i], right[i]);
        if (order !== 0)
            return order;
    }
    return left.length - right.length;
}
function compareRuns(a, b) {
    const digits = /^\d/;
    if (digits.test(a) && digits.test(b)) {
        const byValue = compareDigits(a.replace(/^0+(?=\d)/, ''), b.replace(/^0+(?=\d)/, ''));
        return byValue !== 0 ? byValue : a.length - b.length;
    }
    return compareCodePoints(a, b);
}
/** Two runs of digits without leading zeros, by value (any length: no Number overflow). */
function compareDigits(a, b) {
    return a.length !== b.length ? a.length - b.length : compareCodePoints(a, b);
}
function compareCodePoints(a, b) {
    const left = [...a];
    const right = [...b];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const diff = left[i].codePointAt(0) - right[i].codePointAt(0);
        if (diff !== 0)
            return diff;
    }
    return left.length - right.length;
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

/***/ 6417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ msiExeListings),
/* harmony export */   z: () => (/* binding */ MSI_EXE_LISTING_FIELD)
/* harmony export */ });
/** The folder's texts that this API's listing takes, and its name for each. */
const MSI_EXE_LISTING_FIELD = {
    description: 'description',
    shortDescription: 'shortDescription',
    releaseNotes: 'whatsNew',
    features: 'productFeatures',
    keywords: 'searchTerms',
    copyright: 'copyright',
    developedBy: 'developedBy',
    licenseTerms: 'additionalLicenseTerms'
};
function msiExeListings(folder) {
    const listings = {};
    const unused = [];
    for (const language of folder.languages) {
        const fields = {};
        const left = [];
        for (const [name, value] of Object.entries(language.texts)) {
            const field = MSI_EXE_LISTING_FIELD[name];
            if (field)
                fields[field] = value;
            else
                left.push(name);
        }
        if (language.images)
            left.push('images');
        if (language.icon)
            left.push('icon');
        if (Object.keys(fields).length > 0)
            listings[language.language] = fields;
        if (left.length > 0)
            unused.push(`${language.language}: ${left.join(', ')}`);
    }
    return { changes: Object.keys(listings).length > 0 ? { listings } : {}, unused };
}


/***/ }),

/***/ 2206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U8: () => (/* binding */ msiExeDoneLine),
/* harmony export */   Wr: () => (/* binding */ msiExeReport),
/* harmony export */   h6: () => (/* binding */ productDashboardUrl),
/* harmony export */   nZ: () => (/* binding */ msiExeLeftBehind),
/* harmony export */   xv: () => (/* binding */ newMsiExeProgress)
/* harmony export */ });
const PARTNER_CENTER = 'https://partner.microsoft.com/dashboard/products';
/** The product's Partner Center page. */
function productDashboardUrl(productId) {
    return `${PARTNER_CENTER}/${productId}/overview`;
}
function newMsiExeProgress(productId) {
    return { productId, dashboardUrl: productDashboardUrl(productId), changed: [], warnings: [] };
}
/** An envelope entry as a status entry: `{ code, details: "message (target)" }`. */
function statusEntry(entry) {
    const details = [entry.message, entry.target ? `(target: ${entry.target})` : undefined].filter(Boolean).join(' ');
    return { code: entry.code, details: details || undefined };
}
function msiExeReport(progress) {
    const errors = (progress.errors ?? []).map(statusEntry);
    const warnings = progress.warnings.map(statusEntry);
    return {
        what: 'submission',
        kind: 'MSI/EXE product submission',
        target: `MSI/EXE product ${progress.productId}`,
        submissionId: progress.submissionId,
        creating: progress.submitting,
        status: progress.status,
        statusDetails: errors.length || warnings.length ? { errors, warnings } : undefined,
        changed: progress.changed,
        preparedOnly: progress.preparedOnly,
        page: progress.dashboardUrl,
        dryRun: progress.dryRun,
        plan: progress.plan
    };
}
/** The log's last line of a run that went through. */
function msiExeDoneLine(progress) {
    if (progress.dryRun)
        return 'Dry run finished: nothing was changed.';
    if (progress.preparedOnly)
        return `The draft of MSI/EXE product ${progress.productId} was updated and not submitted (commit: false).`;
    return `Submission ${progress.submissionId} of MSI/EXE product ${progress.productId}: ${progress.status}.`;
}
/** What a failed or cancelled run leaves in the Store, for the log: each state the run can stop in, told as it is. */
function msiExeLeftBehind(progress) {
    const product = `MSI/EXE product ${progress.productId}`;
    const { submissionId: id, status } = progress;
    if (id && progress.failed)
        return `Submission ${id} of the ${product} failed (${status ?? 'FAILED'}): the Store does not go on with it; see its errors in Partner Center (${progress.dashboardUrl}).`;
    if (id && status === 'PUBLISHED')
        return `Submission ${id} of the ${product} is published.`;
    if (id && status === 'INPROGRESS')
        return `Submission ${id} of the ${product} was created (last status INPROGRESS); the Store goes on with it.`;
    if (id)
        return `Submission ${id} of the ${product} was created; its last status was ${status ?? 'not read'}: see Partner Center (${progress.dashboardUrl}).`;
    const changes = progress.changed.length ? ` (${progress.changed.join(', ')})` : '';
    if (progress.submitting)
        return `The ${product}'s draft${changes} was being submitted and the answer did not come: a submission may have been created; check Partner Center (${progress.dashboardUrl}) before running again.`;
    const maybe = progress.changing
        ? ` The request to change ${progress.changing.join(', ')} got no clear answer: the draft may hold that change too.`
        : '';
    if (progress.changed.length)
        return `The draft of the ${product} holds this run's changes${changes} but was not submitted; run again, or submit it in Partner Center.${maybe}`;
    if (maybe)
        return `The draft of the ${product} was not submitted.${maybe}`;
    return `Nothing was changed in the ${product}.`;
}


/***/ }),

/***/ 7015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ ARCHITECTURES),
/* harmony export */   g: () => (/* binding */ MSI_EXE_RESOURCE)
/* harmony export */ });
/**
 * The MSI/EXE submission API's resources (api.store.microsoft.com, /submission/v1/product/{productId}),
 * as its documentation names them. Fields the service adds beyond these are kept as they come.
 */
/** The resource its tokens are minted for (v2.0 scope `https://api.store.microsoft.com/.default`). */
const MSI_EXE_RESOURCE = 'https://api.store.microsoft.com';
const ARCHITECTURES = ['Neutral', 'X86', 'X64', 'Arm', 'Arm64'];


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

/***/ 8046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ publishedOf),
/* harmony export */   O_: () => (/* binding */ appParent),
/* harmony export */   RH: () => (/* binding */ flightParent),
/* harmony export */   _3: () => (/* binding */ submissionPage),
/* harmony export */   lc: () => (/* binding */ pendingOf),
/* harmony export */   ru: () => (/* binding */ FLIGHT),
/* harmony export */   ui: () => (/* binding */ ADD_ON),
/* harmony export */   uq: () => (/* binding */ APP),
/* harmony export */   vx: () => (/* binding */ addOnParent),
/* harmony export */   wy: () => (/* binding */ submissionPath)
/* harmony export */ });
const APP = {
    noun: 'app',
    pendingField: 'pendingApplicationSubmission',
    publishedField: 'lastPublishedApplicationSubmission',
    packagesField: 'applicationPackages',
    minimalCreate: true
};
const FLIGHT = {
    noun: 'package flight',
    pendingField: 'pendingFlightSubmission',
    publishedField: 'lastPublishedFlightSubmission',
    packagesField: 'flightPackages',
    minimalCreate: true
};
const ADD_ON = {
    noun: 'add-on',
    pendingField: 'pendingInAppProductSubmission',
    publishedField: 'lastPublishedInAppProductSubmission'
};
const DASHBOARD = 'https://partner.microsoft.com/dashboard/products';
function appParent(applicationId) {
    return {
        kind: APP,
        path: `applications/${applicationId}`,
        label: `app ${applicationId}`,
        dashboardUrl: `${DASHBOARD}/${applicationId}/overview`,
        applicationId,
        created: false
    };
}
function flightParent(applicationId, flightId, friendlyName, created = false) {
    return {
        kind: FLIGHT,
        path: `applications/${applicationId}/flights/${flightId}`,
        label: `package flight ${friendlyName ? `'${friendlyName}' (${flightId})` : flightId} of app ${applicationId}`,
        dashboardUrl: `${DASHBOARD}/${applicationId}/overview`,
        applicationId,
        flightId,
        created
    };
}
function addOnParent(addOnId, productId, created = false) {
    return {
        kind: ADD_ON,
        path: `inappproducts/${addOnId}`,
        label: `add-on ${productId ? `'${productId}' (${addOnId})` : addOnId}`,
        dashboardUrl: `${DASHBOARD}/${addOnId}/overview`,
        addOnId,
        created
    };
}
/** The parent's pending submission, if it names one. */
function pendingOf(parent, resource) {
    const ref = resource[parent.kind.pendingField];
    return ref && typeof ref.id === 'string' && ref.id ? ref : undefined;
}
/** The parent's last published submission, if it names one. */
function publishedOf(parent, resource) {
    const ref = resource[parent.kind.publishedField];
    return ref && typeof ref.id === 'string' && ref.id ? ref : undefined;
}
/**
 * The Partner Center page of submission `id`: for an app's submission its own page (the address Microsoft's
 * msstore CLI opens); for flights and add-ons, whose submission pages' addresses are not documented, the
 * product page.
 */
/** A submission's path under its parent: `applications/X/submissions/1`, and `…/1/status` with `/status`. */
function submissionPath(parent, id, suffix = '') {
    return `${parent.path}/submissions/${id}${suffix}`;
}
function submissionPage(parent, id) {
    return id && parent.kind === APP ? `${DASHBOARD}/${parent.applicationId}/submissions/${id}` : parent.dashboardUrl;
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


/***/ }),

/***/ 1346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ ROLLOUT_OPEN),
/* harmony export */   O_: () => (/* binding */ ROLLOUT_COMPLETE),
/* harmony export */   SR: () => (/* binding */ asRollout),
/* harmony export */   a1: () => (/* binding */ changeRollout),
/* harmony export */   kR: () => (/* binding */ ROLLOUT_STOPPED),
/* harmony export */   lw: () => (/* binding */ describeRollout),
/* harmony export */   w: () => (/* binding */ ROLLOUT_IN_PROGRESS),
/* harmony export */   wW: () => (/* binding */ readRollout)
/* harmony export */ });
/* unused harmony exports ROLLOUT_NOT_STARTED, rolloutReached */
/* harmony import */ var _request_once_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7096);
/* harmony import */ var _parents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8046);


const ROLLOUT_IN_PROGRESS = 'PackageRolloutInProgress';
const ROLLOUT_NOT_STARTED = 'PackageRolloutNotStarted';
/** Rollouts that block a new submission until finalized or halted (StoreBroker treats both alike: docs/oracles.md). */
const ROLLOUT_OPEN = [ROLLOUT_IN_PROGRESS, ROLLOUT_NOT_STARTED];
const ROLLOUT_COMPLETE = 'PackageRolloutComplete';
const ROLLOUT_STOPPED = 'PackageRolloutStopped';
const ENDPOINT = {
    update: 'updatepackagerolloutpercentage',
    finalize: 'finalizepackagerollout',
    halt: 'haltpackagerollout'
};
/** A rollout as the Store answered it, read leniently (missing fields: no rollout). */
function asRollout(body) {
    const raw = (typeof body === 'object' && body !== null ? body : {});
    return {
        isPackageRollout: raw.isPackageRollout === true,
        packageRolloutPercentage: Number(raw.packageRolloutPercentage ?? 0) || 0,
        packageRolloutStatus: typeof raw.packageRolloutStatus === 'string' ? raw.packageRolloutStatus : 'None',
        fallbackSubmissionId: typeof raw.fallbackSubmissionId === 'string' ? raw.fallbackSubmissionId : undefined
    };
}
/** Whether `rollout` is where `change` leads (so a change with a lost answer went through). */
function rolloutReached(rollout, change) {
    if (change.action === 'finalize')
        return rollout.packageRolloutStatus === ROLLOUT_COMPLETE;
    if (change.action === 'halt')
        return rollout.packageRolloutStatus === ROLLOUT_STOPPED;
    return (rollout.packageRolloutStatus === ROLLOUT_IN_PROGRESS &&
        Math.abs(rollout.packageRolloutPercentage - change.percentage) < 1e-9);
}
function describeRollout(rollout) {
    return `${rollout.packageRolloutStatus}, ${rollout.packageRolloutPercentage} %`;
}
async function readRollout(client, parent, submissionId) {
    const body = await client.get((0,_parents_js__WEBPACK_IMPORTED_MODULE_1__/* .submissionPath */ .wy)(parent, submissionId, '/packagerollout'), `Read the package rollout of submission ${submissionId}`);
    return asRollout(body);
}
/** Updates, finalizes or halts the rollout of published submission `submissionId`; answers the rollout after. */
async function changeRollout(client, parent, submissionId, change, log) {
    const query = change.action === 'update' ? `?percentage=${change.percentage}` : '';
    const call = change.action === 'update'
        ? `Update the package rollout of submission ${submissionId} to ${change.percentage} %`
        : `${change.action === 'finalize' ? 'Finalize' : 'Halt'} the package rollout of submission ${submissionId}`;
    return (0,_request_once_js__WEBPACK_IMPORTED_MODULE_0__/* .sendOnce */ .E4)({
        send: async () => {
            const { body, correlationId } = await client.send({
                method: 'POST',
                path: (0,_parents_js__WEBPACK_IMPORTED_MODULE_1__/* .submissionPath */ .wy)(parent, submissionId, `/${ENDPOINT[change.action]}${query}`),
                call,
                hint: ({ status }) => status === 409
                    ? `Submission ${submissionId} must be published with its package rollout in progress; check its rollout in Partner Center.`
                    : undefined
            });
            log(`${call}: done [MS-CorrelationId: ${correlationId ?? 'none'}].`);
            // Answered without the rollout: read it.
            return body ? asRollout(body) : readRollout(client, parent, submissionId);
        },
        onUncertain: (error) => log(`${error.message} Reading the rollout before sending it again.`),
        check: async () => {
            const rollout = await readRollout(client, parent, submissionId);
            if (!rolloutReached(rollout, change))
                return undefined;
            log(`The rollout of submission ${submissionId} is ${describeRollout(rollout)}: the change went through.`);
            return rollout;
        },
        pause: (attempt) => client.pauseBeforeRetry(attempt)
    });
}


/***/ }),

/***/ 2636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBack: () => (/* binding */ readBack),
  statusLine: () => (/* binding */ statusLine)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/listings/disk.ts
var disk = __webpack_require__(6144);
// EXTERNAL MODULE: ./src/listings/language.ts
var listings_language = __webpack_require__(7207);
// EXTERNAL MODULE: ./src/listings/rules.ts
var rules = __webpack_require__(9282);
// EXTERNAL MODULE: ./src/listings/text.ts
var listings_text = __webpack_require__(4586);
;// CONCATENATED MODULE: ./src/listings/write.ts
/**
 * A listings folder written from the Store's listings (`operation: export`),
 * in the layout `read.ts` reads: one folder per language, one text file per
 * field (list files one item a line), LF line breaks, and a
 * `store-images.txt` naming the Store's images, which the reader skips.
 *
 * Nothing is written until every file has been checked: a file whose text
 * differs from the Store's fails the step (unless `overwrite`), naming it; a
 * file that already says the same (line breaks aside: a CRLF checkout reads
 * the same) is left alone. Existing folder and file names are matched
 * case-insensitively, as the reader matches them, so `en-US/Title.txt` is
 * updated rather than doubled.
 */







const lf = (text) => text.replace(/\r\n?/g, '\n');
const oneLine = (text) => text.replace(/[\r\n\t]+/g, ' ');
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** The files for the Store's listings, and a note for each value the folder cannot carry back as it is. */
function folderFiles(listings, kind) {
    const files = [];
    const notes = [];
    for (const listing of listings) {
        const language = listing.language;
        if (!(0,listings_language/* isLanguageCode */.w)(language)) {
            notes.push(`The Store's listing ${JSON.stringify(language)} is not named by a language code; it was not exported.`);
            continue;
        }
        for (const rule of (0,rules/* textFileRules */.B7)(kind)) {
            const value = listing.texts[rule.field];
            if (value === undefined)
                continue;
            const content = typeof value === 'string' ? `${lf(value)}\n` : `${value.map(lf).join('\n')}\n`;
            files.push({ language, name: rule.file, content });
            const readBack = typeof value === 'string' ? (0,listings_text/* normaliseText */.af)(content) : (0,listings_text/* textLines */.Fy)(content);
            const where = `${language}/${rule.file}`;
            if (!same(readBack, value))
                notes.push(`${where}: the Store's ${rule.label} has line breaks, spaces or empty items a listings folder does not keep; publishing the folder sends it without them.`);
            const problem = (0,rules/* textProblem */.Fy)(rule, value);
            if (problem)
                notes.push(`${where}: ${problem}; listings-folder refuses it until it is shortened.`);
        }
        if (listing.images.length > 0)
            files.push({ language, name: rules/* STORE_IMAGES_FILE */.ei, content: imagesList(listing, kind) });
    }
    return { files, notes };
}
function imagesList(listing, kind) {
    const how = kind === 'app'
        ? 'To replace them, put image files under images/<type>/ (docs/listings.md).'
        : 'To replace the icon, put a 300x300 icon.png beside this file.';
    return [
        `# The images the Store holds for the ${listing.language} listing (type, then file name), as the Store API lists them.`,
        `# Written by operation: export; listings-folder skips this file. ${how}`,
        ...listing.images.map((image) => `${oneLine(image.imageType)}\t${oneLine(image.fileName)}`),
        ''
    ].join('\n');
}
/** The entry of `dir` named `name` in any case (as the reader matches), else `name`. */
async function existingName(dir, name) {
    try {
        const entries = await (0,disk/* listEntries */.f)(dir);
        return (entries.find((e) => e.name === name)?.name ??
            entries.find((e) => e.name.toLowerCase() === name.toLowerCase())?.name ??
            name);
    }
    catch {
        return name;
    }
}
async function currentText(path) {
    try {
        return (await (0,promises_.readFile)(path, 'utf8')).replace(/^\uFEFF/, '');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        if (error.code === 'EISDIR')
            throw new errors/* ActionError */.lZ(`'operation: export' would write the file ${path}, but a folder has that name.`, {
                hint: 'Move the folder away, or export into another listings-folder.'
            });
        throw error;
    }
}
/**
 * Writes `files` into `folder` (created when missing). Checks them all first: a file that differs fails the step
 * before anything is written, unless `overwrite`. `dryRun`: checks and reports, writes nothing.
 */
async function writeFolder(folder, files, options) {
    const planned = [];
    const unchanged = [];
    const differing = [];
    const folders = new Map();
    for (const file of files) {
        let languageFolder = folders.get(file.language);
        if (languageFolder === undefined) {
            languageFolder = await existingName(folder, file.language);
            folders.set(file.language, languageFolder);
        }
        const dir = (0,external_node_path_.join)(folder, languageFolder);
        const name = await existingName(dir, file.name);
        const relative = `${languageFolder}/${name}`;
        const current = await currentText((0,external_node_path_.join)(dir, name));
        if (current !== undefined && lf(current) === file.content) {
            unchanged.push(relative);
            continue;
        }
        if (current !== undefined)
            differing.push(relative);
        planned.push({ path: (0,external_node_path_.join)(dir, name), relative, content: file.content, dir });
    }
    if (differing.length > 0 && !options.overwrite) {
        const more = differing.length > 1 ? ` (and ${differing.length - 1} more: ${differing.slice(1).join(', ')})` : '';
        throw new errors/* ActionError */.lZ(`'operation: export' would replace ${(0,external_node_path_.join)(folder, differing[0])}${more}, whose content differs from what the Store holds; nothing was written.`, { hint: "Set 'overwrite: true' to replace such files, or export into another 'listings-folder'." });
    }
    const written = [];
    for (const file of planned) {
        if (options.dryRun) {
            options.log(`Dry run: would write ${(0,external_node_path_.join)(folder, file.relative)}.`);
            continue;
        }
        await (0,promises_.mkdir)(file.dir, { recursive: true });
        await (0,promises_.writeFile)(file.path, file.content, 'utf8');
        options.log(`Wrote ${(0,external_node_path_.join)(folder, file.relative)}.`);
        written.push(file.relative);
    }
    return { written: options.dryRun ? planned.map((file) => file.relative) : written, unchanged };
}

// EXTERNAL MODULE: ./src/msi-exe/client.ts
var client = __webpack_require__(1875);
// EXTERNAL MODULE: ./src/merge.ts
var merge = __webpack_require__(9107);
// EXTERNAL MODULE: ./src/listings/edit.ts
var edit = __webpack_require__(6929);
;// CONCATENATED MODULE: ./src/listings/from-store.ts
/**
 * The Store's listings as a listings folder's texts: the way back of the maps
 * the publish direction uses (`BASE_LISTING_FIELD` for an app submission, the
 * add-on's own title and description, `MSI_EXE_LISTING_FIELD` for an MSI/EXE
 * product), so that a folder written from them publishes the same fields.
 * Empty fields are left out (a missing file keeps the Store's value). Pure.
 */



/** The texts of `record` under the Store's names in `fields` (text name -> the Store's field). */
function textsFrom(record, fields, kind = 'app') {
    const texts = {};
    for (const rule of (0,rules/* textFileRules */.B7)(kind)) {
        const field = fields[rule.field];
        const value = field === undefined ? undefined : record[field];
        if (rule.list && Array.isArray(value)) {
            const items = value.filter((item) => typeof item === 'string');
            if (items.length > 0)
                texts[rule.field] = items;
        }
        else if (!rule.list && typeof value === 'string' && value !== '') {
            texts[rule.field] = value;
        }
    }
    return texts;
}
const listingsOf = (submission) => Object.entries((0,merge/* isPlainObject */.Qd)(submission.listings) ? submission.listings : {}).flatMap(([language, listing]) => (0,merge/* isPlainObject */.Qd)(listing) ? [[language, listing]] : []);
const isKept = (file) => String(file.fileStatus ?? '').toLowerCase() !== 'pendingdelete';
/** An app submission's `listings.<lang>.baseListing` texts and images. */
function appListingsFrom(submission) {
    return listingsOf(submission).map(([language, listing]) => {
        const base = (0,merge/* isPlainObject */.Qd)(listing.baseListing) ? listing.baseListing : {};
        const images = (Array.isArray(base.images) ? base.images : [])
            .filter(merge/* isPlainObject */.Qd)
            .filter(isKept)
            .map((image) => ({ imageType: String(image.imageType ?? ''), fileName: String(image.fileName ?? '') }));
        return { language, texts: textsFrom(base, edit/* BASE_LISTING_FIELD */.sd), images };
    });
}
/** An add-on submission's `listings.<lang>` title, description and icon. */
function addOnListingsFrom(submission) {
    return listingsOf(submission).map(([language, listing]) => {
        const icon = (0,merge/* isPlainObject */.Qd)(listing.icon) && isKept(listing.icon) ? listing.icon : undefined;
        const images = icon?.fileName ? [{ imageType: 'Icon', fileName: String(icon.fileName) }] : [];
        return {
            language,
            texts: textsFrom(listing, { title: 'title', description: 'description' }, 'add-on'),
            images
        };
    });
}

// EXTERNAL MODULE: ./src/msi-exe/listings.ts
var msi_exe_listings = __webpack_require__(6417);
// EXTERNAL MODULE: ./src/msi-exe/outcome.ts
var outcome = __webpack_require__(2206);
;// CONCATENATED MODULE: ./src/msi-exe/read-back.ts
/**
 * Reading an MSI/EXE product back (operation status and export), with what
 * its API offers: `GET /status` (whether the draft's modules are ready, and
 * the submission in progress, if any), that submission's publishingStatus,
 * and the draft's listings (`GET /metadata/listings`). The API names no
 * published submission and hands out no published listing: "pending" is the
 * submission in progress, and export writes the draft's listings, which
 * between submissions are what the last one submitted (docs/read-back.md).
 * GETs only.
 */



/** The product as a read-back run names it: its label and its Partner Center page. */
function nameProduct(progress, productId) {
    progress.label = `MSI/EXE product ${productId}`;
    progress.page = (0,outcome/* productDashboardUrl */.h6)(productId);
}
/** operation status: the submission in progress (pending) and whether the draft is ready, into `progress`. */
async function msiExeStatus(api, productId, progress) {
    const readBack = (progress.readBack = { operation: 'status' });
    nameProduct(progress, productId);
    const { status } = await api.moduleStatus();
    readBack.notes = [
        "The MSI/EXE API names no published submission: 'submission-id' and 'status' stay empty; 'pending-submission-id' is the submission in progress.",
        `The draft's modules are ${status.isReady ? 'ready' : 'not ready (an upload or an update is being processed, or a module is in error)'}.`
    ];
    const ongoing = status.ongoingSubmissionId;
    if (!ongoing)
        return;
    const { status: submission, errors } = await api.submissionStatus(ongoing);
    readBack.pendingSubmissionId = ongoing;
    readBack.pendingStatus = submission.publishingStatus;
    for (const error of errors)
        readBack.notes.push(`Submission ${ongoing}: ${[error.code, error.message].filter(Boolean).join(': ')}`);
}
/** Reads at most 200 languages a call, as the API takes them. */
const CHUNK = 200;
/** operation export: the draft's listings in every language it has, as a listings folder's texts. */
async function msiExeListingsToExport(api, productId, progress) {
    nameProduct(progress, productId);
    const first = await api.metadata({ modules: ['listings'], languages: [] });
    const listings = [...first.draft.listings];
    const have = new Set(listings.map((l) => l.language.toLowerCase()));
    const missing = (first.draft.listingLanguages ?? []).filter((l) => !have.has(l.toLowerCase()));
    for (let at = 0; at < missing.length; at += CHUNK) {
        const more = await api.metadata({ modules: ['listings'], languages: missing.slice(at, at + CHUNK) });
        listings.push(...more.draft.listings.filter((l) => !have.has(l.language.toLowerCase())));
    }
    return listings.map((listing) => ({
        language: listing.language,
        texts: textsFrom(listing, msi_exe_listings/* MSI_EXE_LISTING_FIELD */.z),
        images: []
    }));
}

// EXTERNAL MODULE: ./src/msi-exe/types.ts
var types = __webpack_require__(7015);
// EXTERNAL MODULE: ./src/sign-in.ts + 1 modules
var sign_in = __webpack_require__(7093);
// EXTERNAL MODULE: ./src/msix/store/client.ts
var store_client = __webpack_require__(6660);
// EXTERNAL MODULE: ./src/msix/store/rollout.ts
var store_rollout = __webpack_require__(1346);
// EXTERNAL MODULE: ./src/msix/store/parents.ts
var parents = __webpack_require__(8046);
// EXTERNAL MODULE: ./src/msix/store/resolve.ts + 1 modules
var resolve = __webpack_require__(5199);
;// CONCATENATED MODULE: ./src/read-back/msix.ts
/**
 * Reading an MSIX app, flight or add-on back (operation status and export):
 * the parent, its published and pending submissions, the published one's
 * rollout, and the published listings. GETs only.
 */





/** The parent as the Store holds it. An app is read even when nothing of it is published yet (its first submission pending). */
async function readParent(client, target, log) {
    if (target.kind !== 'app')
        return (0,resolve/* resolveParent */.v)(client, { ...target, create: undefined }, log);
    const parent = (0,parents/* appParent */.O_)(target.applicationId);
    const resource = await client.get(parent.path, `Read the ${parent.label}`, ({ status }) => status === 404
        ? `No app ${target.applicationId} in this Partner Center account. Check 'application-id' (Partner Center > the app > Product identity > Store ID).`
        : undefined);
    return { parent, resource };
}
const readSubmission = (client, parent, id, which) => client.get(`${parent.path}/submissions/${id}`, `Read the ${which} submission ${id} of the ${parent.label}`);
/** The newest report with a link. */
function newestReport(details) {
    const reports = (details?.certificationReports ?? []).filter((r) => Boolean(r.reportUrl));
    return reports.sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')))[0];
}
/** The parent as a read-back run names it: its label, its IDs, and the page of its published submission. */
function nameParent(progress, parent, publishedId) {
    progress.label = parent.label;
    progress.page = (0,parents/* submissionPage */._3)(parent, publishedId);
    progress.flightId = parent.flightId;
    progress.addOnId = parent.addOnId;
}
/** operation status: what the Store holds for the parent, into `progress` (outputs and summary). */
async function msixStatus(client, target, progress, log) {
    const readBack = (progress.readBack = { operation: 'status' });
    const { parent, resource } = await readParent(client, target, log);
    const published = (0,parents/* publishedOf */.KG)(parent, resource);
    nameParent(progress, parent, published?.id);
    const pending = (0,parents/* pendingOf */.lc)(parent, resource);
    let publishedSubmission;
    if (published) {
        publishedSubmission = await readSubmission(client, parent, published.id, 'published');
        progress.submissionId = published.id;
        progress.status = publishedSubmission.status;
        progress.statusDetails = publishedSubmission.statusDetails;
        const delivery = publishedSubmission.packageDeliveryOptions;
        if (parent.kind !== parents/* ADD_ON */.ui && (0,store_rollout/* asRollout */.SR)(delivery?.packageRollout).isPackageRollout)
            progress.rollout = await (0,store_rollout/* readRollout */.wW)(client, parent, published.id);
    }
    let report = publishedSubmission && newestReport(publishedSubmission.statusDetails);
    let reportOf = published?.id;
    if (pending) {
        const submission = await readSubmission(client, parent, pending.id, 'pending');
        readBack.pendingSubmissionId = pending.id;
        readBack.pendingStatus = submission.status ?? '';
        const pendingReport = newestReport(submission.statusDetails);
        if (pendingReport)
            [report, reportOf] = [pendingReport, pending.id];
    }
    if (report && reportOf)
        readBack.certificationReport = { submissionId: reportOf, ...report };
}
/** operation export: the published submission's listings (an app's or an add-on's). */
async function msixPublishedListings(client, target, progress, log) {
    if (target.kind === 'flight')
        throw new errors/* ActionError */.lZ("A package flight has no Store listing: 'operation: export' has nothing to write.", {
            hint: "Export the app's listings in a step without the flight inputs."
        });
    const { parent, resource } = await readParent(client, target, log);
    const published = (0,parents/* publishedOf */.KG)(parent, resource);
    nameParent(progress, parent, published?.id);
    if (!published)
        throw new errors/* ActionError */.lZ(`The ${parent.label} has no published submission: there are no published listings to export.`, {
            hint: `Its first submission is made and published in Partner Center (${parent.dashboardUrl}).`
        });
    const submission = await readSubmission(client, parent, published.id, 'published');
    progress.submissionId = published.id;
    progress.status = submission.status;
    return parent.kind === parents/* ADD_ON */.ui ? addOnListingsFrom(submission) : appListingsFrom(submission);
}

;// CONCATENATED MODULE: ./src/read-back/run.ts








/** The one log line of a status run. */
function statusLine(progress) {
    const readBack = progress.readBack;
    const published = progress.submissionId
        ? `published submission ${progress.submissionId} (${progress.status ?? 'status not given'})`
        : 'no published submission named';
    const rollout = progress.rollout ? `, rollout ${(0,store_rollout/* describeRollout */.lw)(progress.rollout)}` : '';
    const pending = readBack?.pendingSubmissionId
        ? `pending submission ${readBack.pendingSubmissionId} (${readBack.pendingStatus || 'status not given'})`
        : 'no pending submission';
    // The Store's texts stay on this one line: a line break in them could start a workflow command.
    return `Status of the ${progress.label ?? 'target'}: ${published}${rollout}; ${pending}.`.replace(/[\r\n]+/g, ' ');
}
async function readListings(settings, progress, deps) {
    const { source } = settings;
    if (source.api === 'msix') {
        const client = new store_client/* StoreClient */.FC({ ...(0,sign_in/* signIn */.J)(settings, deps), storeApiUrl: source.storeApiUrl });
        const kind = source.target.kind === 'add-on' ? 'add-on' : 'app';
        return { listings: await msixPublishedListings(client, source.target, progress, deps.info), kind };
    }
    return { listings: await msiExeListingsToExport(msiExeApi(settings, deps), source.productId, progress), kind: 'app' };
}
function msiExeApi(settings, deps) {
    const source = settings.source;
    const signedIn = (0,sign_in/* signIn */.J)(settings, deps, { resource: types/* MSI_EXE_RESOURCE */.g, endpoint: 'v2.0' });
    return new client/* MsiExeClient */.B({
        ...signedIn,
        apiUrl: source.apiUrl,
        sellerId: source.sellerId,
        productId: source.productId
    });
}
/** Reads the Store back; an export writes its files only when `write` (false: the engine's dry run). */
async function readBack(settings, progress, deps, write) {
    const { source } = settings;
    const log = deps.info;
    progress.readBack = { operation: settings.operation };
    if (settings.operation === 'status') {
        if (source.api === 'msix') {
            const client = new store_client/* StoreClient */.FC({ ...(0,sign_in/* signIn */.J)(settings, deps), storeApiUrl: source.storeApiUrl });
            await msixStatus(client, source.target, progress, log);
        }
        else {
            await msiExeStatus(msiExeApi(settings, deps), source.productId, progress);
        }
        log(statusLine(progress));
        return;
    }
    const target = settings.export;
    const dryRun = !write;
    progress.readBack = { operation: 'export', folder: target.folder, dryRun: dryRun || undefined };
    const { listings, kind } = await readListings(settings, progress, deps);
    const { files, notes } = folderFiles(listings, kind);
    if (source.api === 'msi-exe')
        notes.unshift("The MSI/EXE API's draft listings were exported (it hands out no published listing); titles, hardware lists and images are not among its listing fields.");
    for (const note of notes)
        log(`Note: ${note}`);
    const result = await writeFolder(target.folder, files, { overwrite: target.overwrite, dryRun, log });
    Object.assign(progress.readBack, { ...result, notes });
    const from = progress.submissionId ? ` (published submission ${progress.submissionId})` : '';
    log(`${dryRun ? 'Dry run: would export' : 'Exported'} the listings of the ${progress.label}${from} into ${target.folder}: ${result.written.length} file(s) ${dryRun ? 'to write' : 'written'}, ${result.unchanged.length} already the same.`);
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


/***/ })

};
;
//# sourceMappingURL=636.index.cjs.js.map