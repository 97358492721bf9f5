"use strict";
exports.id = 912;
exports.ids = [912];
exports.modules = {

/***/ 7145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ closeFile),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   TA: () => (/* binding */ readFile),
/* harmony export */   Tq: () => (/* binding */ openFile),
/* harmony export */   ZY: () => (/* binding */ fstatFile),
/* harmony export */   dJ: () => (/* binding */ stat)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/**
 * node:fs's callback functions as promises, for the file reads that come before a run's first request (the inputs'
 * files, the package-zip check): node:fs/promises, with its file handles and readline, is not loaded by then
 * (start-up: bench/start.mjs). Code that runs later may use node:fs/promises.
 */


const readFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile);
const stat = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.stat);
const openFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.open);
const fstatFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.fstat);
const readInto = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.read);
const closeFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.close);


/***/ }),

/***/ 832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readCommon)
/* harmony export */ });
/* unused harmony export checkCommitAndWait */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3718);

/** `commit: false` stops before the commit: nothing to wait for beyond it (either API). */
function checkCommitAndWait(input) {
    const waitFor = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .readChoice */ .Kf)(input, 'wait-for');
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .readBoolean */ .Vf)(input, 'commit') === false && waitFor !== 'commit') {
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`'commit: false' stops before the commit, so there is nothing to wait for with 'wait-for: ${waitFor}'.`, "Leave 'wait-for' at its default (commit), or commit.");
    }
}
/** A dry run goes without credentials too (it then says what it could not check). */
function readCommon(input, dryRun) {
    const required = (name, hint) => input(name).trim() || (dryRun ? '' : (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`Input '${name}' is required.`, hint));
    const tenantId = required('tenant-id', 'It is the Azure AD (Entra ID) directory ID that Partner Center is associated with.');
    const clientId = required('client-id', 'It is the application (client) ID of the Azure AD app added to Partner Center.');
    const secret = input('client-secret');
    const waitFor = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .readChoice */ .Kf)(input, 'wait-for') ?? 'commit';
    checkCommitAndWait(input);
    return {
        tenantId,
        clientId,
        credential: secret ? { kind: 'secret', secret } : { kind: 'oidc' },
        pollIntervalMs: Math.round((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .readNumber */ .kz)(input, 'poll-interval-seconds') * 1000),
        timeoutMs: Math.round((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .readNumber */ .kz)(input, 'timeout-minutes') * 60_000),
        waitFor,
        authorityHost: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .readBaseUrl */ .$P)(input, 'authority-host'),
        requestTimeoutMs: Math.round((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .readNumber */ .kz)(input, 'request-timeout-seconds') * 1000)
    };
}


/***/ }),

/***/ 2004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readReleaseNotesText),
/* harmony export */   U: () => (/* binding */ parseReleaseNotes)
/* harmony export */ });
/* harmony import */ var _fs_callbacks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7145);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3718);
/**
 * `release-notes` / `release-notes-file`, whichever API they go to: one of the two (not both), parsed from the
 * inputs alone, then read (a UTF-8 file without its BOM), line ends made LF, trimmed. Where the text goes is each
 * API's own (src/release-notes.ts, src/msi-exe/release-notes.ts).
 */


/** The release notes as given, or undefined when neither input is given. */
function parseReleaseNotes(input) {
    const inline = input('release-notes');
    const file = input('release-notes-file');
    if (!inline && !file)
        return undefined;
    if (inline && file)
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)("Give either 'release-notes' or 'release-notes-file', not both.");
    return file ? { file } : { text: inline };
}
/** The notes' text (the file read, if they are in one). */
async function readReleaseNotesText(given) {
    let text = 'text' in given ? given.text : '';
    const file = 'file' in given ? given.file : '';
    if (file) {
        try {
            text = (await (0,_fs_callbacks_js__WEBPACK_IMPORTED_MODULE_0__/* .readFile */ .TA)(file, 'utf8')).replace(/^\uFEFF/, '');
        }
        catch (error) {
            (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`Cannot read 'release-notes-file' (${file}): ${error.message}.`, 'The path is relative to the workspace.');
        }
    }
    const notes = text.replace(/\r\n?/g, '\n').trim();
    if (!notes)
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`'release-notes-file' (${file}) is empty.`, 'Write the notes into it, or leave the input out.');
    return notes;
}


/***/ }),

/***/ 6704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readChanges),
/* harmony export */   b: () => (/* binding */ parseChangesInput)
/* harmony export */ });
/* harmony import */ var _fs_callbacks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7145);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8301);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9107);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3718);
/**
 * `submission-json` / `submission-json-file`, for either API: parsed from the inputs alone, then read (the file)
 * and checked to be one JSON object, with the line and column of a syntax error.
 */




function parseChangesInput(input) {
    const inline = input('submission-json');
    const file = input('submission-json-file');
    if (inline && file) {
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)("Give either 'submission-json' or 'submission-json-file', not both.");
    }
    return file ? { file, source: `'submission-json-file' (${file})` } : { text: inline, source: "'submission-json'" };
}
async function readChanges(given) {
    const { file, source } = given;
    let text = given.text ?? '';
    if (file) {
        try {
            text = await (0,_fs_callbacks_js__WEBPACK_IMPORTED_MODULE_0__/* .readFile */ .TA)(file, 'utf8');
        }
        catch (error) {
            (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)(`Cannot read ${source}: ${error.message}.`, 'Check the path; it is relative to the workspace.');
        }
    }
    if (!text.trim())
        return { changes: {}, source };
    let parsed;
    try {
        parsed = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(text);
    }
    catch (error) {
        const where = error instanceof _json_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonSyntaxError */ .q3 ? ` at ${error.message}` : `: ${error.message}`;
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)(`${source} is not valid JSON${where}.`, file ? 'Fix the JSON in the file.' : "Fix the JSON (line 1 is the first line after 'submission-json: |').");
    }
    if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(parsed)) {
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)(`${source} must be a JSON object ({ ... }) of submission fields, got ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed}.`);
    }
    return { changes: (0,_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .deepMerge */ .$N)({}, parsed), source };
}


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony exports describeJsonProblem, locate, findJsonProblem */
/**
 * JSON for people: parse, and when the text is not JSON, say where (line and
 * column, counted as an editor counts them), quote that line, and say what
 * was wrong in words (a trailing comma, a comment, single quotes, a line
 * break inside a string...). JSON.parse does the parsing; a small scanner
 * runs only after it failed, to find the spot. Pure.
 */
class JsonSyntaxError extends Error {
    problem;
    constructor(problem) {
        super(describeJsonProblem(problem));
        this.problem = problem;
        this.name = 'JsonSyntaxError';
    }
}
/** JSON.parse, with a leading BOM ignored and a JsonSyntaxError that says where. */
function parseJson(text) {
    const body = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(body);
    }
    catch (error) {
        const found = findJsonProblem(body);
        if (found)
            throw new JsonSyntaxError({ ...locate(body, found.offset), reason: found.reason });
        // The scanner saw nothing wrong where JSON.parse did: keep the engine's words, on one line.
        throw new Error(error.message.replace(/\s*[\r\n]+\s*/g, ' '));
    }
}
/** "line 3, column 9: <reason>. Line 3: `<the line>`" */
function describeJsonProblem(problem) {
    return `line ${problem.line}, column ${problem.column}: ${problem.reason}. Line ${problem.line}: \`${excerpt(problem)}\``;
}
const EXCERPT_BEFORE = 40;
const EXCERPT_AFTER = 40;
/** The line without its indentation; a long line (minified JSON) cut to the part around the column. */
function excerpt({ lineText, column }) {
    const text = lineText.trimEnd();
    if (text.length <= EXCERPT_BEFORE + EXCERPT_AFTER)
        return text.trim() || '(an empty line)';
    const start = Math.max(0, column - 1 - EXCERPT_BEFORE);
    const end = Math.min(text.length, column - 1 + EXCERPT_AFTER);
    return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
/** Line, column and line text of an offset into `text`. */
function locate(text, offset) {
    const lineBreak = /\r\n|\n|\r/g;
    let line = 1;
    let lineStart = 0;
    for (let match = lineBreak.exec(text); match && match.index + match[0].length <= offset; match = lineBreak.exec(text)) {
        line++;
        lineStart = match.index + match[0].length;
    }
    const rest = text.slice(lineStart);
    const lineEnd = rest.search(/[\r\n]/);
    return { line, column: offset - lineStart + 1, lineText: lineEnd < 0 ? rest : rest.slice(0, lineEnd) };
}
class Stop {
    offset;
    reason;
    constructor(offset, reason) {
        this.offset = offset;
        this.reason = reason;
    }
}
const ENDS_EARLY = 'the JSON ends here, unfinished';
/** The offset and reason of the first syntax error in `text`, or undefined if it is JSON. */
function findJsonProblem(text) {
    if (!text.trim())
        return { offset: 0, reason: 'there is no JSON value, only blank space' };
    try {
        new JsonScanner(text).document();
        return undefined;
    }
    catch (error) {
        if (error instanceof Stop)
            return { offset: error.offset, reason: error.reason };
        if (error instanceof RangeError)
            return undefined; // nested too deep for the scanner: JSON.parse's words stand
        throw error;
    }
}
/** A recursive-descent walk over JSON text that throws Stop at the first thing JSON does not allow. */
class JsonScanner {
    text;
    at = 0;
    constructor(text) {
        this.text = text;
    }
    document() {
        this.value('here');
        this.skipSpace();
        if (this.at < this.text.length)
            this.stop(`unexpected '${this.char()}' after the end of the JSON value (one '}' or ']' too many?)`);
    }
    stop(reason, offset = this.at) {
        throw new Stop(offset, reason);
    }
    char() {
        return this.text[this.at] ?? '';
    }
    skipSpace() {
        while (/[ \t\r\n]/.test(this.char()))
            this.at++;
        if (this.text.startsWith('//', this.at) || this.text.startsWith('/*', this.at))
            this.stop('JSON allows no comments');
    }
    word() {
        return /^[^\s,:{}[\]"]{1,20}/.exec(this.text.slice(this.at))?.[0] ?? this.char();
    }
    value(after) {
        this.skipSpace();
        const c = this.char();
        if (c === '{')
            return this.members('}', () => this.property());
        if (c === '[')
            return this.members(']', () => this.value('in the list'));
        if (c === '"')
            return this.string();
        if (c === '-' || (c >= '0' && c <= '9'))
            return this.number();
        for (const literal of ['true', 'false', 'null']) {
            if (this.text.startsWith(literal, this.at) && !/[\w$]/.test(this.text[this.at + literal.length] ?? '')) {
                this.at += literal.length;
                return;
            }
        }
        this.missingValue(after);
    }
    missingValue(after) {
        const c = this.char();
        if (c === '')
            return this.stop(`${ENDS_EARLY}: a value is missing ${after}`);
        if (c === "'")
            return this.stop('strings need double quotes ("), not single quotes');
        if (/[A-Za-z_$]/.test(c))
            return this.stop(`unexpected '${this.word()}': text needs double quotes, and true, false and null are lower case`);
        return this.stop(`unexpected '${c}' where a value should be ${after}`);
    }
    /** An object's properties or an array's items, from the opening bracket to the closing one. */
    members(close, member) {
        const noun = close === '}' ? 'property' : 'item';
        this.at++;
        this.skipSpace();
        if (this.char() === close)
            return void this.at++;
        for (;;) {
            member();
            this.skipSpace();
            if (this.char() === close)
                return void this.at++;
            if (this.char() === '')
                this.stop(`${ENDS_EARLY}: a ',' or '${close}' is missing`);
            if (this.char() !== ',')
                this.stop(`expected ',' or '${close}' after this ${noun} (a missing comma?)`);
            const comma = this.at++;
            this.skipSpace();
            if (this.char() === close)
                this.stop(`a comma before '${close}': JSON allows no trailing comma`, comma);
        }
    }
    property() {
        const c = this.char();
        if (c === "'")
            this.stop('property names need double quotes ("), not single quotes');
        if (c === '')
            this.stop(`${ENDS_EARLY}: a property name is missing`);
        if (c !== '"') {
            this.stop(/[A-Za-z_$]/.test(c)
                ? `property names need double quotes ('${this.word()}')`
                : `unexpected '${c}' where a property name in double quotes should be`);
        }
        this.string();
        this.skipSpace();
        if (this.char() === '')
            this.stop(`${ENDS_EARLY}: a ':' is missing`);
        if (this.char() !== ':')
            this.stop("expected ':' after the property name");
        this.at++;
        this.value('after the colon');
    }
    string() {
        const start = this.at++;
        for (let c = this.char(); c !== '"'; c = this.char()) {
            if (c === '')
                this.stop("this string is not closed: a '\"' is missing", start);
            if (c === '\n' || c === '\r')
                this.stop('a line break inside a string: write \\n, or keep the string on one line');
            if (c < ' ')
                this.stop(`a control character (U+${c.charCodeAt(0).toString(16).padStart(4, '0')}) inside a string`);
            this.at += c === '\\' ? this.escape() : 1;
        }
        this.at++;
    }
    /** Checks the escape at the backslash; returns its length. */
    escape() {
        const next = this.text[this.at + 1] ?? '';
        if (next === 'u') {
            if (!/^[0-9A-Fa-f]{4}$/.test(this.text.slice(this.at + 2, this.at + 6)))
                this.stop('\\u must be followed by 4 hex digits');
            return 6;
        }
        if (next === '' || !'"\\/bfnrt'.includes(next))
            this.stop(`'\\${next}' is not a JSON escape: write a backslash in a string as \\\\ (e.g. in a Windows path)`);
        return 2;
    }
    number() {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
        const start = this.at;
        if (match)
            this.at += match[0].length;
        if (!match || /[\w.+-]/.test(this.char())) {
            this.at = start;
            this.stop(`'${this.word()}' is not a JSON number`);
        }
    }
}


/***/ }),

/***/ 6929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sr: () => (/* binding */ listingFiles),
/* harmony export */   di: () => (/* binding */ describeListings),
/* harmony export */   sd: () => (/* binding */ BASE_LISTING_FIELD),
/* harmony export */   y0: () => (/* binding */ listingsEdit)
/* harmony export */ });
/* unused harmony exports replacedImages, listingTexts */
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9107);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7207);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9282);



/** Where each text goes in an app submission's `listings.<lang>.baseListing`. */
const BASE_LISTING_FIELD = {
    title: 'title',
    shortTitle: 'shortTitle',
    description: 'description',
    shortDescription: 'shortDescription',
    releaseNotes: 'releaseNotes',
    features: 'features',
    keywords: 'keywords',
    copyright: 'copyrightAndTrademarkInfo',
    licenseTerms: 'licenseTerms',
    developedBy: 'devStudio',
    minimumHardware: 'minimumHardware',
    recommendedHardware: 'recommendedHardware'
};
/**
 * The edit for the submission's `listings`. Each language goes under the
 * existing key that matches it case-insensitively (`en-US` updates `en-us`),
 * or is added under its lower-cased name; languages the folder lacks, and
 * fields without a file, are left as the Store cloned them.
 */
function listingsEdit(folder) {
    return {
        source: 'listings-folder',
        apply(current) {
            const listings = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(current.listings) ? current.listings : {};
            const keys = Object.keys(listings);
            const changes = {};
            for (const listing of folder.languages) {
                const key = (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .listingKeyFor */ .T)(keys, listing.language);
                const existing = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(listings[key]) ? listings[key] : {};
                const change = folder.kind === 'app' ? appListing(listing, existing) : addOnListing(listing);
                if (Object.keys(change).length > 0)
                    changes[key] = change;
            }
            return Object.keys(changes).length > 0 ? { listings: changes } : {};
        }
    };
}
function appListing(listing, existing) {
    const baseListing = {};
    for (const [name, value] of Object.entries(listing.texts)) {
        baseListing[BASE_LISTING_FIELD[name]] = value;
    }
    if (listing.images) {
        const current = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(existing.baseListing) ? existing.baseListing.images : undefined;
        baseListing.images = replacedImages(current, listing.images);
    }
    return Object.keys(baseListing).length > 0 ? { baseListing } : {};
}
/**
 * The listing's images replaced by the folder's: every image the Store has
 * becomes PendingDelete (keeping its id and other fields), then come the new
 * files in the folder's order. An image not yet on the Store (PendingUpload)
 * has nothing to delete and is dropped.
 */
function replacedImages(current, images) {
    const old = Array.isArray(current) ? current.filter(_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd) : [];
    const deleted = old
        .filter((image) => String(image.fileStatus).toLowerCase() !== 'pendingupload')
        .map((image) => ({ ...image, fileStatus: 'PendingDelete' }));
    const added = images.map((image) => ({
        fileName: image.zipPath,
        fileStatus: 'PendingUpload',
        imageType: image.imageType
    }));
    return [...deleted, ...added];
}
function addOnListing(listing) {
    const change = {};
    if (listing.texts.title !== undefined)
        change.title = listing.texts.title;
    if (listing.texts.description !== undefined)
        change.description = listing.texts.description;
    if (listing.icon)
        change.icon = { fileName: listing.icon.zipPath, fileStatus: 'PendingUpload' };
    return change;
}
/** The files the folder adds to the uploaded zip: images and icons, at paths unique per language. */
function listingFiles(folder) {
    return folder.languages.flatMap((listing) => [
        ...(listing.images ?? []).map(({ zipPath, diskPath }) => ({ zipPath, diskPath })),
        ...(listing.icon ? [listing.icon] : [])
    ]);
}
/** Each language's texts (lower-cased language code -> texts), for an API that maps them itself. */
function listingTexts(folder) {
    return Object.fromEntries(folder.languages.map((listing) => [listing.language, structuredClone(listing.texts)]));
}
/** One line for the log: the files each language sets, e.g. `en-us (title.txt, features.txt, images/: 3 files)`. */
function describeListings(folder) {
    const parts = folder.languages.map((listing) => {
        const what = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .textFileRules */ .B7)(folder.kind)
            .filter((rule) => listing.texts[rule.field] !== undefined)
            .map((rule) => rule.file);
        if (listing.images)
            what.push(`images/: ${plural(listing.images.length, 'file')}`);
        if (listing.icon)
            what.push(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ADD_ON_ICON */ .C4.file);
        return `${listing.language} (${what.length > 0 ? what.join(', ') : 'nothing'})`;
    });
    return parts.length > 0 ? parts.join('; ') : 'no language folders';
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ listingKeyFor),
/* harmony export */   w: () => (/* binding */ isLanguageCode)
/* harmony export */ });
/** Language codes of listing folders. Pure. */
/**
 * The shape of a BCP-47 language tag as the Store's listing languages use
 * it: a 2-3 letter language, then optionally a 4-letter script, a 2-letter
 * or 3-digit region, and variants (`en-us`, `zh-hans-cn`, `sr-latn-rs`,
 * `ca-es-valencia`, `es-419`). Any case. Private-use and extension subtags
 * are not listing languages.
 */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z]{4})?(-(?:[a-z]{2}|\d{3}))?(-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;
function isLanguageCode(name) {
    return LANGUAGE_CODE.test(name);
}
/**
 * The key under which a language goes into the submission's `listings`:
 * the existing key that matches it case-insensitively (an exact match
 * first), or else the language itself (lower-cased by the reader, as the
 * Store writes its keys: `en-us`).
 */
function listingKeyFor(existingKeys, language) {
    if (existingKeys.includes(language))
        return language;
    const lower = language.toLowerCase();
    return existingKeys.find((key) => key.toLowerCase() === lower) ?? language;
}


/***/ }),

/***/ 9282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ knownEntries),
/* harmony export */   B7: () => (/* binding */ textFileRules),
/* harmony export */   C4: () => (/* binding */ ADD_ON_ICON),
/* harmony export */   Fy: () => (/* binding */ textProblem),
/* harmony export */   GS: () => (/* binding */ IMAGES_FOLDER),
/* harmony export */   ei: () => (/* binding */ STORE_IMAGES_FILE)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4586);

/** A list file's rule: one item a line, at most `maxItems` of at most `maxLength` characters each. */
function listFile(file, field, label, list, maxLength) {
    return { file, field, label, list, maxLength };
}
const APP_TEXT_FILES = [
    { file: 'title.txt', field: 'title', label: 'title' },
    { file: 'short-title.txt', field: 'shortTitle', label: 'short title', maxLength: 50 },
    { file: 'description.txt', field: 'description', label: 'description', maxLength: 10_000 },
    { file: 'short-description.txt', field: 'shortDescription', label: 'short description', maxLength: 1_000 },
    { file: 'release-notes.txt', field: 'releaseNotes', label: 'release notes', maxLength: 1_500 },
    listFile('features.txt', 'features', 'features', { maxItems: 20, item: 'feature' }, 200),
    listFile('keywords.txt', 'keywords', 'keywords', { maxItems: 7, item: 'keyword', maxWords: 21 }, 40),
    { file: 'copyright.txt', field: 'copyright', label: 'copyright and trademark info', maxLength: 200 },
    { file: 'license-terms.txt', field: 'licenseTerms', label: 'additional license terms', maxLength: 10_000 },
    { file: 'developed-by.txt', field: 'developedBy', label: 'developed by', maxLength: 255 },
    listFile('minimum-hardware.txt', 'minimumHardware', 'minimum hardware', { maxItems: 11, item: 'item' }, 200),
    listFile('recommended-hardware.txt', 'recommendedHardware', 'recommended hardware', { maxItems: 11, item: 'item' }, 200)
];
const ADD_ON_TEXT_FILES = [
    { file: 'title.txt', field: 'title', label: 'add-on title', maxLength: 100 },
    { file: 'description.txt', field: 'description', label: 'add-on description', maxLength: 200 }
];
/**
 * The file `operation: export` writes into each language folder to name the images (or the add-on icon) the
 * Store holds, which the submission API lists but does not hand out. The reader skips it: it changes nothing.
 */
const STORE_IMAGES_FILE = 'store-images.txt';
/** An app listing's image folder, and an add-on's icon. */
const IMAGES_FOLDER = 'images';
const ADD_ON_ICON = { file: 'icon.png', width: 300, height: 300 };
function textFileRules(kind) {
    return kind === 'app' ? APP_TEXT_FILES : ADD_ON_TEXT_FILES;
}
/** Every name a language folder of this kind may hold, for the message about one it may not. */
function knownEntries(kind) {
    const texts = textFileRules(kind).map((rule) => rule.file);
    return kind === 'app' ? [...texts, `${IMAGES_FOLDER}/`] : [...texts, ADD_ON_ICON.file];
}
/** What is wrong with a text or list under its rule, as the end of a sentence; undefined when nothing is. */
function textProblem(rule, value) {
    if (typeof value === 'string') {
        return tooLong(value, rule.maxLength, `the ${rule.label}`);
    }
    const list = rule.list;
    if (!list)
        return undefined;
    if (value.length > list.maxItems) {
        return `holds ${value.length} ${list.item}s (one per non-empty line); the Store takes at most ${list.maxItems}`;
    }
    for (const [i, item] of value.entries()) {
        const problem = tooLong(item, rule.maxLength, `each ${list.item}`);
        if (problem)
            return `${list.item} ${i + 1} (${quote(item)}) ${problem}`;
    }
    const words = value.reduce((sum, item) => sum + (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .wordCount */ .e)(item), 0);
    if (list.maxWords !== undefined && words > list.maxWords) {
        return `holds ${words} words in all; the Store takes at most ${list.maxWords} words across all ${rule.label}`;
    }
    return undefined;
}
function tooLong(text, max, what) {
    if (max === undefined)
        return undefined;
    const count = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .characterCount */ .Dq)(text);
    return count > max ? `has ${count} characters; the Store takes at most ${max} for ${what}` : undefined;
}
function quote(text) {
    const chars = [...text];
    return JSON.stringify(chars.length > 30 ? `${chars.slice(0, 30).join('')}...` : text);
}


/***/ }),

/***/ 4586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ characterCount),
/* harmony export */   Fy: () => (/* binding */ textLines),
/* harmony export */   af: () => (/* binding */ normaliseText),
/* harmony export */   e: () => (/* binding */ wordCount),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   xo: () => (/* binding */ NotUtf8Error)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/**
 * How a listing text file becomes the text the Store gets. Pure.
 *
 * - UTF-8 only; a BOM is dropped. A UTF-16 file (Notepad's "Unicode") or
 *   bytes that are not UTF-8 are refused rather than sent as mojibake.
 * - Line breaks become `\n` (CRLF and a lone CR alike). The Store counts
 *   characters, so a CRLF would cost two of the limit, and the same file
 *   checked out on a Windows runner (git autocrlf) and on Linux would give two
 *   different listings. The Store's own JSON carries `\n` inside texts, and
 *   Partner Center shows it as a line break, so `\n` is what it expects.
 * - Trailing line breaks (the newline editors add, and blank lines after it)
 *   are trimmed; every other character, spaces included, is kept as written.
 */

/** Why bytes are not listing text: the reader turns it into an error naming the file. */
class NotUtf8Error extends Error {
}
const UTF8 = new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeText(bytes) {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        throw new NotUtf8Error('is UTF-16 text (it starts with a UTF-16 byte order mark)');
    }
    let text;
    try {
        text = UTF8.decode(bytes);
    }
    catch {
        throw new NotUtf8Error('is not valid UTF-8 text');
    }
    return text.replace(/^\uFEFF/, '');
}
/** Line breaks as `\n`, trailing ones trimmed. */
function normaliseText(text) {
    return text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}
/** A list file: one item a line, each trimmed of surrounding spaces, blank lines skipped. */
function textLines(text) {
    return normaliseText(text)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/**
 * Characters as the Store counts them: Unicode code points, so that an emoji
 * or a CJK extension character outside the BMP counts once (a JavaScript
 * string's `length` would count its two UTF-16 units).
 */
function characterCount(text) {
    let count = 0;
    for (const _ of text)
        count++;
    return count;
}
/** Words, as in the Store's "21 words in all" for keywords: runs of non-space characters. */
function wordCount(text) {
    return text.split(/\s+/u).filter(Boolean).length;
}


/***/ }),

/***/ 9107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ deepMerge),
/* harmony export */   Ik: () => (/* binding */ missingFromZip),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   af: () => (/* binding */ pendingUploads)
/* harmony export */ });
/* harmony import */ var _zip_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6680);
/** JSON helpers for submissions: the user's changes over what the Store cloned. Pure. */

function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Deep merge: objects key by key, everything else (arrays, scalars, null)
 * replaced by the override. Neither input is modified.
 */
function deepMerge(base, override) {
    const result = structuredClone(base);
    for (const [key, value] of Object.entries(override)) {
        const current = result[key];
        result[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : structuredClone(value);
    }
    return result;
}
/**
 * Every entry anywhere in the JSON that carries `fileName` and
 * `fileStatus: "PendingUpload"`: packages, listing images, trailers and their
 * images, add-on icons.
 */
function pendingUploads(json, where = '') {
    const found = [];
    if (isPlainObject(json) && Array.isArray(json.trailers)) {
        found.push(...newTrailerFiles(json.trailers, where ? `${where}.trailers` : 'trailers'));
    }
    if (Array.isArray(json)) {
        json.forEach((item, i) => found.push(...pendingUploads(item, `${where}[${i}]`)));
    }
    else if (isPlainObject(json)) {
        if (typeof json.fileName === 'string' &&
            typeof json.fileStatus === 'string' &&
            json.fileStatus.toLowerCase() === 'pendingupload') {
            found.push({ fileName: json.fileName, where: where || '(top level)' });
        }
        for (const [key, value] of Object.entries(json)) {
            if (typeof value === 'object' && value !== null) {
                found.push(...pendingUploads(value, where ? `${where}.${key}` : key));
            }
        }
    }
    return found;
}
/**
 * Trailers carry no fileStatus: a trailer (or a trailer image) without an
 * `id` is new, so its `videoFileName` (and its images' `fileName`) must be in
 * the zip.
 */
function newTrailerFiles(trailers, where) {
    const found = [];
    trailers.forEach((trailer, i) => {
        if (!isPlainObject(trailer))
            return;
        const at = `${where}[${i}]`;
        if (typeof trailer.videoFileName === 'string' && !trailer.id && !trailer.videoFileId) {
            found.push({ fileName: trailer.videoFileName, where: `${at}.videoFileName` });
        }
        const assets = isPlainObject(trailer.trailerAssets) ? trailer.trailerAssets : {};
        for (const [lang, asset] of Object.entries(assets)) {
            const images = isPlainObject(asset) && Array.isArray(asset.imageList) ? asset.imageList : [];
            images.forEach((image, j) => {
                if (isPlainObject(image) && typeof image.fileName === 'string' && !image.id && image.fileStatus === undefined) {
                    found.push({ fileName: image.fileName, where: `${at}.trailerAssets.${lang}.imageList[${j}]` });
                }
            });
        }
    });
    return found;
}
/** The pending files that the zip does not hold (compared by the one path rule, zip/path.ts). */
function missingFromZip(pending, zipEntries) {
    const present = new Set(zipEntries.map(_zip_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeZipPath */ .I));
    return pending.filter((file) => !present.has((0,_zip_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeZipPath */ .I)(file.fileName)));
}


/***/ }),

/***/ 9237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readProductAndSeller)
/* harmony export */ });
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3718);
/**
 * Which MSI/EXE product the run is for: `product-id` and `seller-id`, checked before any request. Every MSI/EXE
 * run reads them, read-back ones too (src/inputs/read-back.ts), which is why they live apart from the rest of the
 * MSI/EXE inputs (./inputs.ts).
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The product and the seller: checked before any request (every MSI/EXE run, read-back ones too). */
function readProductAndSeller(input) {
    const productId = input('product-id').trim();
    if (!GUID.test(productId)) {
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`Input 'product-id' must be the MSI/EXE product's Partner Center ID, a GUID like 3e31a9f9-84e8-4d2d-9eba-487878d02ebf, got '${productId}'.`, /^[0-9a-z]{12}$/i.test(productId)
            ? "That looks like an MSIX app's Store ID: use 'application-id' for it."
            : undefined);
    }
    const sellerId = input('seller-id').trim();
    if (!sellerId)
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)("Input 'seller-id' is required with 'product-id'.", 'It is the Seller ID in Partner Center > Account settings > Legal info (digits).');
    if (!/^\d+$/.test(sellerId))
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`Input 'seller-id' must be the Partner Center seller ID (digits), got '${sellerId}'.`);
    return { productId, sellerId };
}


/***/ }),

/***/ 6162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readTarget)
/* harmony export */ });
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3718);

/** The names of the inputs of `values` that are set. */
function given(values) {
    return Object.entries(values)
        .filter(([, value]) => value)
        .map(([name]) => name);
}
function readTarget(input) {
    const applicationIdRaw = input('application-id');
    const applicationId = applicationIdRaw ? (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseId */ .Fg)('application-id', applicationIdRaw) : undefined;
    const flight = {
        id: input('flight-id'),
        name: input('flight-name'),
        groupIds: input('flight-group-ids'),
        rankHigherThan: input('flight-rank-higher-than')
    };
    const addOn = { id: input('add-on-id'), productId: input('add-on-product-id'), type: input('add-on-type') };
    const flightInputs = given({
        'flight-id': flight.id,
        'flight-name': flight.name,
        'flight-group-ids': flight.groupIds,
        'flight-rank-higher-than': flight.rankHigherThan
    });
    const addOnInputs = given({ 'add-on-id': addOn.id, 'add-on-product-id': addOn.productId, 'add-on-type': addOn.type });
    if (flightInputs.length && addOnInputs.length) {
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`Both flight inputs (${flightInputs.join(', ')}) and add-on inputs (${addOnInputs.join(', ')}) are set.`, 'One step publishes one submission: use separate steps for a flight and an add-on.');
    }
    if (addOnInputs.length)
        return addOnTarget(addOn, applicationId);
    if (!applicationId) {
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)("Input 'application-id' is required.", "It is the app's Store ID, e.g. 9NBLGGH4R315 (Partner Center > Product identity).");
    }
    if (flightInputs.length)
        return flightTarget(flight, flightInputs, applicationId);
    return { kind: 'app', applicationId };
}
function addOnTarget(addOn, applicationId) {
    if (addOn.id && addOn.productId)
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)("Give either 'add-on-id' or 'add-on-product-id', not both.");
    if (!addOn.id && !addOn.productId) {
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)("'add-on-type' needs 'add-on-product-id': the product ID of the add-on to find or create.");
    }
    let productType;
    if (addOn.type) {
        const match = ['Durable', 'Consumable'].find((t) => t.toLowerCase() === addOn.type.toLowerCase());
        if (!match)
            (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`Input 'add-on-type' must be Durable or Consumable, got '${addOn.type}'.`);
        productType = match;
        if (addOn.id) {
            (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)("'add-on-type' is only for creating an add-on by 'add-on-product-id'; with 'add-on-id' the add-on exists already.");
        }
    }
    if (addOn.productId && !applicationId) {
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)("'add-on-product-id' needs 'application-id': add-ons are found (and created) among an app's add-ons.");
    }
    return {
        kind: 'add-on',
        applicationId,
        addOnId: addOn.id ? (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseId */ .Fg)('add-on-id', addOn.id) : undefined,
        productId: addOn.productId || undefined,
        create: productType ? { productType } : undefined
    };
}
function flightTarget(flight, flightInputs, applicationId) {
    if (flight.id && flight.name)
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)("Give either 'flight-id' or 'flight-name', not both.");
    if (!flight.id && !flight.name) {
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${flightInputs.map((k) => `'${k}'`).join(' and ')} need 'flight-name': the friendly name of the flight to find or create.`);
    }
    if (flight.id && (flight.groupIds || flight.rankHigherThan)) {
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)("'flight-group-ids' and 'flight-rank-higher-than' are only for creating a flight by 'flight-name'; with 'flight-id' the flight exists already.");
    }
    const groupIds = flight.groupIds
        .split(/[,\s]+/)
        .map((id) => id.trim())
        .filter(Boolean);
    if (flight.groupIds && groupIds.length === 0)
        (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)("Input 'flight-group-ids' holds no group ID.");
    groupIds.forEach((id) => (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseId */ .Fg)('flight-group-ids', id));
    return {
        kind: 'flight',
        applicationId,
        flightId: flight.id ? (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseId */ .Fg)('flight-id', flight.id) : undefined,
        flightName: flight.name || undefined,
        create: groupIds.length ? { groupIds, rankHigherThan: flight.rankHigherThan || undefined } : undefined
    };
}


/***/ }),

/***/ 3330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F7: () => (/* binding */ parseReadBack),
  Fg: () => (/* binding */ readsBack)
});

// UNUSED EXPORTS: readBackSettings

// EXTERNAL MODULE: ./src/inputs/common.ts
var common = __webpack_require__(832);
// EXTERNAL MODULE: ./src/inputs/kinds.ts
var kinds = __webpack_require__(6106);
// EXTERNAL MODULE: ./src/msi-exe/target.ts
var target = __webpack_require__(9237);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/msix/inputs/target.ts
var inputs_target = __webpack_require__(6162);
;// CONCATENATED MODULE: ./src/inputs/read-back.ts



function readSource(input, api) {
    if (api === 'msi-exe')
        return { api, ...(0,target/* readProductAndSeller */.A)(input), apiUrl: (0,parse/* readBaseUrl */.$P)(input, 'msi-exe-api-url') };
    return { api, target: (0,inputs_target/* readTarget */._)(input), storeApiUrl: (0,parse/* readBaseUrl */.$P)(input, 'store-api-url') };
}
function readReadBackSettings(input, kind, common) {
    const { operation } = kind;
    const waitFor = (0,parse/* readChoice */.Kf)(input, 'wait-for');
    if (waitFor !== 'commit')
        (0,parse/* fail */.fJ)(`'operation: ${operation}' reads the Store once and waits for nothing, so 'wait-for: ${waitFor}' has nothing to act on.`, "Leave 'wait-for' out of the step.");
    const dryRun = (0,parse/* readBoolean */.Vf)(input, 'dry-run') ?? false;
    if (dryRun && operation === 'status')
        (0,parse/* fail */.fJ)("'operation: status' changes nothing already; 'dry-run' has nothing to rehearse.", "Leave 'dry-run' out.");
    const source = readSource(input, kind.api);
    if (operation === 'status')
        return { operation, ...common, source };
    const folder = input('listings-folder').trim();
    if (!folder)
        (0,parse/* fail */.fJ)("'operation: export' needs 'listings-folder': the folder to write the Store's listings into.", 'Give a folder relative to the workspace, e.g. store/listings (it is created when missing).');
    const overwrite = (0,parse/* readBoolean */.Vf)(input, 'overwrite') ?? false;
    return { operation, ...common, source, export: { folder, overwrite, dryRun } };
}

;// CONCATENATED MODULE: ./src/read-back/api.ts
/**
 * `operation: status` and `operation: export` as the engine runs them, for either API (each API's `parse` hands a
 * read-back run here): the inputs checked, then a token and GETs only (src/read-back/run.ts), told as a RunReport.
 * Only the inputs' reader is loaded with an API; the rest loads when a read-back run is prepared (start-up:
 * bench/start.mjs).
 */



/** Whether the run only reads the Store back (status, export). */
function readsBack(input) {
    const operation = (0,kinds/* runOperation */.xj)(input);
    return operation === 'status' || operation === 'export';
}
/** A read-back run's settings; every input it cannot honour refused first (src/inputs/kinds.ts). */
function readBackSettings(input) {
    const kind = (0,kinds/* checkRunKind */.yD)(input);
    const operation = kind.operation === 'export' ? 'export' : 'status';
    return readReadBackSettings(input, { api: kind.api, operation }, (0,common/* readCommon */.C)(input, false));
}
function parseReadBack(input) {
    const settings = readBackSettings(input);
    return {
        async prepare() {
            const [{ readBack }, { readBackReport }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 2636)), __webpack_require__.e(/* import() */ 450).then(__webpack_require__.bind(__webpack_require__, 450))]);
            const progress = { readBack: { operation: settings.operation } };
            return {
                // Decided by the engine, as for every run: an export's dry run reads and checks, and writes nothing
                // (status changes nothing anyway, and refuses dry-run: src/inputs/read-back.ts).
                dryRun: settings.export?.dryRun ?? false,
                run: (deps) => readBack(settings, progress, deps, true),
                rehearse: (deps) => readBack(settings, progress, deps, false),
                doneLine: () => undefined, // the run's own last line says what it read or wrote
                leftBehind: () => 'It only read the Store.',
                report: () => readBackReport(progress)
            };
        }
    };
}


/***/ }),

/***/ 6680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ normalizeZipPath)
/* harmony export */ });
/**
 * The one rule for "the same path in a zip", used wherever a path is
 * compared: a submission's `fileName` against the zip's entries, two entries
 * of the upload zip, two packages' file names, two listing images, a part
 * name in a package. The Store treats `\` and `/` alike and ignores case
 * (store-api.md, "The zip and the blob upload"); a leading `./` or `/` names
 * the same entry. Inner `./` and `../` segments are kept: they are not
 * resolved, so they never make two paths the same. Pure.
 */
/** The form two paths share when the Store takes them for one entry. */
function normalizeZipPath(name) {
    return name
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .toLowerCase();
}


/***/ })

};
;
//# sourceMappingURL=912.index.cjs.js.map