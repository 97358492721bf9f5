"use strict";
exports.id = 492;
exports.ids = [492];
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
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
            text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')).replace(/^\uFEFF/, '');
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
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
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
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

/***/ 9231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ readListingsFolder)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/listings/rules.ts
var listings_rules = __webpack_require__(9282);
// EXTERNAL MODULE: ./src/listings/disk.ts
var disk = __webpack_require__(6144);
// EXTERNAL MODULE: ./src/listings/images.ts
var listings_images = __webpack_require__(8159);
// EXTERNAL MODULE: ./src/zip/path.ts
var path = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/listings/read-images.ts
/**
 * Reads a language's `images/` folder: one folder per image type (any case;
 * sent in the documented spelling), PNG or JPEG files in it. The images come
 * out grouped by type in the documented order of the types, and within a
 * type in natural file-name order (`compareFileNames`), which is the order
 * the Store shows them in.
 */





function fail(message, hint) {
    throw new errors/* ActionError */.lZ(message, { hint });
}
async function readImagesFolder(dir, listing) {
    const byType = new Map();
    for (const entry of await (0,disk/* listEntries */.f)(dir)) {
        const imageType = (0,listings_images/* imageTypeOf */.tL)(entry.name);
        const where = (0,external_node_path_.join)(dir, entry.name);
        if (!entry.isDirectory) {
            fail(`Listing ${listing.folderName}: ${where} is not in an image type folder.`, `Put each image in ${(0,external_node_path_.join)(dir, '<imageType>')}/, e.g. ${(0,external_node_path_.join)(dir, 'Screenshot')}/.`);
        }
        if (!imageType) {
            fail(`Listing ${listing.folderName}: ${where} is not named after a Store image type.`, `Image folders are named: ${listings_images/* IMAGE_TYPES */.eG.join(', ')} (any case).`);
        }
        const twin = byType.get(imageType);
        if (twin)
            fail(`Listing ${listing.folderName}: ${dir} holds two ${imageType} folders: '${twin}' and '${entry.name}'.`);
        byType.set(imageType, entry.name);
    }
    const types = [...byType.keys()].sort((a, b) => listings_images/* IMAGE_TYPES */.eG.indexOf(a) - listings_images/* IMAGE_TYPES */.eG.indexOf(b));
    const images = [];
    for (const imageType of types) {
        images.push(...(await readTypeFolder((0,external_node_path_.join)(dir, byType.get(imageType)), imageType, listing)));
    }
    return images;
}
async function readTypeFolder(dir, imageType, listing) {
    const entries = await (0,disk/* listEntries */.f)(dir);
    const names = entries.map((entry) => entry.name).sort(listings_images/* compareFileNames */.gE);
    const seen = new Map();
    const images = [];
    for (const name of names) {
        const diskPath = (0,external_node_path_.join)(dir, name);
        if (entries.find((entry) => entry.name === name)?.isDirectory) {
            fail(`Listing ${listing.folderName}: ${diskPath} is a folder; an image type folder holds only image files.`);
        }
        // The Store compares zip paths without case (zip/path.ts): two such names would be one file to it.
        const twin = seen.get((0,path/* normalizeZipPath */.I)(name));
        if (twin)
            fail(`Listing ${listing.folderName}: ${dir} holds '${twin}' and '${name}', which differ only in case.`);
        seen.set((0,path/* normalizeZipPath */.I)(name), name);
        if (!(0,listings_images/* imageFormat */.Jm)(await (0,disk/* readHead */.z)(diskPath))) {
            fail(`Listing ${listing.folderName}: ${diskPath} is not a PNG or JPEG image (by its first bytes).`, 'The Store takes PNG and JPEG listing images; convert it or remove it.');
        }
        images.push({ zipPath: `listings/${listing.language}/${imageType}/${name}`, diskPath, imageType });
    }
    return images;
}

// EXTERNAL MODULE: ./src/listings/language.ts
var listings_language = __webpack_require__(7207);
// EXTERNAL MODULE: ./src/listings/text.ts
var listings_text = __webpack_require__(4586);
;// CONCATENATED MODULE: ./src/listings/read.ts
/**
 * Reads a listings folder into plain data (`ListingsFolder`), checking every
 * file against the Store's rules on the way, so that a bad folder fails with
 * one line naming the file and the language before anything on the server
 * changes.
 *
 * Layout: one folder per language, named by its language code (any case);
 * in it the text files of `rules.ts`, and for an app `images/<imageType>/`
 * folders, for an add-on `icon.png`. File and folder names match
 * case-insensitively. Hidden files (.DS_Store, .gitkeep, Thumbs.db) are
 * skipped everywhere, and so is the list of the Store's images that
 * `operation: export` writes (`store-images.txt`); files beside the
 * language folders (a README) are ignored; anything else unknown is an
 * error, so that a misspelt file name is not silently left out.
 */









function read_fail(message, hint) {
    throw new errors/* ActionError */.lZ(message, { hint });
}
async function readListingsFolder(path, kind) {
    let isDirectory;
    try {
        isDirectory = (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return read_fail(`'listings-folder' does not exist: ${path}.`, 'Check the path (it is relative to the workspace) and that the repository is checked out.');
    }
    if (!isDirectory)
        read_fail(`'listings-folder' is not a folder: ${path}.`, 'Give the folder that holds the language folders.');
    const seen = new Map();
    const languages = [];
    for (const entry of await (0,disk/* listEntries */.f)(path)) {
        if (!entry.isDirectory)
            continue;
        if (!(0,listings_language/* isLanguageCode */.w)(entry.name)) {
            read_fail(`'listings-folder' ${path} holds a folder '${entry.name}' that is not a language code.`, 'Name each folder after its listing language, e.g. en-us or de-DE; other folders do not belong there.');
        }
        const language = entry.name.toLowerCase();
        const twin = seen.get(language);
        if (twin)
            read_fail(`'listings-folder' ${path} holds two folders for language ${language}: '${twin}' and '${entry.name}'.`);
        seen.set(language, entry.name);
        languages.push(await readLanguage(path, entry.name, kind));
    }
    if (languages.length === 0) {
        read_fail(`'listings-folder' ${path} holds no language folder.`, 'Give the folder that holds one folder per language (en-us/, de-de/, ...), not a language folder itself.');
    }
    languages.sort((a, b) => (0,listings_images/* compareCodePoints */.OP)(a.language, b.language));
    return { path, kind, languages };
}
async function readLanguage(root, folderName, kind) {
    const dir = (0,external_node_path_.join)(root, folderName);
    const listing = { folderName, language: folderName.toLowerCase(), texts: {} };
    const rules = (0,listings_rules/* textFileRules */.B7)(kind);
    const seen = new Set();
    for (const entry of await (0,disk/* listEntries */.f)(dir)) {
        const name = entry.name.toLowerCase();
        const where = (0,external_node_path_.join)(dir, entry.name);
        if (seen.has(name))
            read_fail(`Listing ${folderName}: ${dir} holds '${entry.name}' twice (in two spellings).`);
        seen.add(name);
        const rule = rules.find((r) => r.file === name);
        if (name === listings_rules/* STORE_IMAGES_FILE */.ei && !entry.isDirectory) {
            // What operation export found on the Store, for people: it sets nothing.
        }
        else if (rule && !entry.isDirectory) {
            setText(listing.texts, rule, await readText(where, rule, folderName));
        }
        else if (kind === 'app' && name === listings_rules/* IMAGES_FOLDER */.GS && entry.isDirectory) {
            listing.images = await readImagesFolder(where, listing);
        }
        else if (kind === 'add-on' && name === listings_rules/* ADD_ON_ICON */.C4.file && !entry.isDirectory) {
            listing.icon = await readIcon(where, listing);
        }
        else {
            read_fail(`Listing ${folderName}: ${where} is a ${entry.isDirectory ? 'folder' : 'file'} an ${kind} listing does not take.`, `A language folder of ${kind === 'app' ? 'an app' : 'an add-on'} holds: ${(0,listings_rules/* knownEntries */.A7)(kind).join(', ')}.`);
        }
    }
    return listing;
}
async function readText(path, rule, language) {
    let text;
    try {
        text = (0,listings_text/* decodeText */.g7)(await (0,promises_.readFile)(path));
    }
    catch (error) {
        if (error instanceof listings_text/* NotUtf8Error */.xo) {
            read_fail(`Listing ${language}: ${path} ${error.message}.`, 'Save it as UTF-8 (with or without a BOM).');
        }
        throw error;
    }
    const value = rule.list ? (0,listings_text/* textLines */.Fy)(text) : (0,listings_text/* normaliseText */.af)(text);
    const problem = (0,listings_rules/* textProblem */.Fy)(rule, value);
    if (problem)
        read_fail(`Listing ${language}: ${path}: ${problem}.`, 'Shorten it; characters are counted as Unicode code points.');
    return value;
}
function setText(texts, rule, value) {
    texts[rule.field] = value;
}
async function readIcon(path, listing) {
    const head = await (0,disk/* readHead */.z)(path);
    const size = (0,listings_images/* pngSize */.lU)(head);
    const { width, height } = listings_rules/* ADD_ON_ICON */.C4;
    if (!size || size.width !== width || size.height !== height) {
        const found = size ? `a ${size.width}x${size.height} PNG` : (0,listings_images/* imageFormat */.Jm)(head) === 'jpeg' ? 'a JPEG' : 'not a PNG';
        read_fail(`Listing ${listing.folderName}: ${path} is ${found}; an add-on icon must be a ${width}x${height} PNG.`, `Export the icon as a ${width}x${height} PNG.`);
    }
    return { zipPath: `listings/${listing.language}/${listings_rules/* ADD_ON_ICON */.C4.file}`, diskPath: path };
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

/***/ 492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wH: () => (/* binding */ parseMsiExeInputs),
  nV: () => (/* binding */ readMsiExeInputs),
  A4: () => (/* binding */ readProductAndSeller)
});

// EXTERNAL MODULE: ./src/edits.ts
var src_edits = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/listings/read.ts + 1 modules
var read = __webpack_require__(9231);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
// EXTERNAL MODULE: ./src/msi-exe/types.ts
var types = __webpack_require__(7015);
;// CONCATENATED MODULE: ./src/msi-exe/installers.ts
/**
 * The `installers` input: a JSON array (or one object) of packages with the
 * API's field names, checked before any request and turned into what
 * `PUT /packages` takes. Every error names the installer (its index and URL)
 * and the value. Pure.
 */



const INPUT = 'installers';
/** The documented errorScenario values. */
const ERROR_SCENARIOS = [
    'installationCancelledByUser',
    'applicationAlreadyExists',
    'installationAlreadyInProgress',
    'diskSpaceIsFull',
    'rebootRequired',
    'networkFailure',
    'packageRejectedDuringInstallation',
    'installationSuccessful',
    'miscellaneous'
];
const FIELDS = [
    'packageUrl',
    'languages',
    'architectures',
    'isSilentInstall',
    'installerParameters',
    'packageType',
    'genericDocUrl',
    'errorDetails'
];
/** A BCP 47 tag as the Store lists them: en, en-us, zh-hans-cn, sr-latn-rs, ca-es-valencia. */
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;
const show = (value) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};
class Problems {
    label;
    list = [];
    constructor(label) {
        this.label = label;
    }
    add(message) {
        this.list.push(`${this.label}: ${message}`);
    }
}
function isHttpUrl(value, httpsOnly) {
    if (typeof value !== 'string')
        return false;
    try {
        const url = new URL(value);
        return url.protocol === 'https:' || (!httpsOnly && url.protocol === 'http:');
    }
    catch {
        return false;
    }
}
/** The object's fields by their API names, whatever their case; unknown fields are problems. */
function fieldsOf(item, problems) {
    const raw = {};
    for (const [key, value] of Object.entries(item)) {
        const field = FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
        if (field)
            raw[field] = value;
        else if (key.toLowerCase() !== 'packageid')
            problems.add(`unknown field '${key}' (the fields are ${FIELDS.join(', ')})`);
    }
    return raw;
}
function stringList(name, value, problems) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
        problems.add(`'${name}' must be an array of strings, got ${show(value)}`);
        return [];
    }
    return list.map((v) => v.trim());
}
function architectureOf(value, problems) {
    const given = stringList('architectures', value ?? [], problems);
    const known = given.map((a) => types/* ARCHITECTURES */.X.find((k) => k.toLowerCase() === a.toLowerCase()));
    if (given.length !== 1 || !known[0]) {
        problems.add(`'architectures' must hold exactly one of ${types/* ARCHITECTURES */.X.join(', ')}, got ${show(value)} (give each architecture its own installer)`);
        return [];
    }
    return [known[0]];
}
function packageTypeOf(raw, problems) {
    if (raw.packageType !== undefined) {
        const type = typeof raw.packageType === 'string' ? raw.packageType.trim().toLowerCase() : '';
        if (type === 'exe' || type === 'msi')
            return type;
        problems.add(`'packageType' must be exe or msi, got ${show(raw.packageType)}`);
        return undefined;
    }
    const path = typeof raw.packageUrl === 'string' && isHttpUrl(raw.packageUrl, false) ? new URL(raw.packageUrl).pathname : '';
    const extension = /\.(msi|exe)$/i.exec(path)?.[1]?.toLowerCase();
    if (extension === 'msi' || extension === 'exe')
        return extension;
    problems.add(`'packageType' is not set and the URL does not end in .msi or .exe: set "packageType": "msi" or "exe"`);
    return undefined;
}
function errorDetailsOf(value, problems) {
    if (value === undefined)
        return undefined;
    const list = Array.isArray(value) ? value : [];
    if (!Array.isArray(value) || list.some((d) => typeof d !== 'object' || d === null)) {
        problems.add(`'errorDetails' must be an array of { errorScenario, errorScenarioDetails }, got ${show(value)}`);
        return undefined;
    }
    for (const detail of list) {
        if (!ERROR_SCENARIOS.includes(String(detail.errorScenario)))
            problems.add(`'errorScenario' must be one of ${ERROR_SCENARIOS.join(', ')}, got ${show(detail.errorScenario)}`);
    }
    return list;
}
/** One installer, checked; its problems are added to `problems`. */
function readInstaller(item, problems) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        problems.add(`must be an object like { "packageUrl": "https://...", "languages": ["en-us"], "architectures": ["X64"] }, got ${show(item)}`);
        return undefined;
    }
    const raw = fieldsOf(item, problems);
    if (!isHttpUrl(raw.packageUrl, true))
        problems.add(`'packageUrl' must be an https:// URL of a versioned, direct download of the .msi or .exe, got ${show(raw.packageUrl)}`);
    const languages = stringList('languages', raw.languages ?? [], problems);
    if (languages.length === 0)
        problems.add(`'languages' must list at least one language code, e.g. ["en-us"]`);
    for (const language of languages.filter((l) => !LANGUAGE.test(l)))
        problems.add(`'languages' holds ${show(language)}, which is not a language code like en-us or de-de`);
    const architectures = architectureOf(raw.architectures, problems);
    const parameters = raw.installerParameters;
    if (parameters !== undefined && typeof parameters !== 'string')
        problems.add(`'installerParameters' must be a string, got ${show(parameters)}`);
    const installerParameters = typeof parameters === 'string' && parameters.trim() ? parameters.trim() : undefined;
    if (raw.isSilentInstall !== undefined && typeof raw.isSilentInstall !== 'boolean')
        problems.add(`'isSilentInstall' must be true or false, got ${show(raw.isSilentInstall)}`);
    const isSilentInstall = typeof raw.isSilentInstall === 'boolean' ? raw.isSilentInstall : !installerParameters;
    if (!isSilentInstall && !installerParameters)
        problems.add(`'installerParameters' are required when 'isSilentInstall' is false (the switches that make it silent)`);
    const packageType = packageTypeOf(raw, problems);
    if (raw.genericDocUrl !== undefined && !isHttpUrl(raw.genericDocUrl, false))
        problems.add(`'genericDocUrl' must be a URL, got ${show(raw.genericDocUrl)}`);
    if (packageType === 'exe' && raw.genericDocUrl === undefined)
        problems.add(`an exe needs 'genericDocUrl': a link to the document of its custom error codes`);
    const errorDetails = errorDetailsOf(raw.errorDetails, problems);
    if (!packageType)
        return undefined;
    return {
        packageUrl: String(raw.packageUrl),
        languages,
        architectures,
        isSilentInstall,
        ...(installerParameters ? { installerParameters } : {}),
        ...(typeof raw.genericDocUrl === 'string' ? { genericDocUrl: raw.genericDocUrl } : {}),
        ...(errorDetails ? { errorDetails } : {}),
        packageType
    };
}
/**
 * Parses and checks the `installers` input. Throws one ActionError naming
 * the first problem (and how many more there are).
 */
function parseInstallers(text) {
    let parsed;
    try {
        parsed = (0,json/* parseJson */.qF)(text);
    }
    catch (error) {
        const where = error instanceof json/* JsonSyntaxError */.q3 ? ` at ${error.message}` : `: ${error.message}`;
        throw new errors/* ActionError */.lZ(`Input '${INPUT}' is not valid JSON${where}.`, {
            hint: 'Give a JSON array of installers (a YAML block scalar `|` keeps it intact).'
        });
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    if (items.length === 0)
        throw new errors/* ActionError */.lZ(`Input '${INPUT}' is an empty array: give at least one installer.`);
    const problems = [];
    const installers = items.map((item, index) => {
        const url = typeof item === 'object' && item !== null
            ? Object.entries(item).find(([key]) => key.toLowerCase() === 'packageurl')?.[1]
            : undefined;
        const found = new Problems(`${INPUT}[${index}]${typeof url === 'string' ? ` (${url})` : ''}`);
        const installer = readInstaller(item, found);
        problems.push(...found.list);
        return installer;
    });
    if (problems.length > 0) {
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
        throw new errors/* ActionError */.lZ(`Input '${INPUT}': ${problems[0]}${more}.`);
    }
    return installers;
}

// EXTERNAL MODULE: ./src/msi-exe/listings.ts
var listings = __webpack_require__(6417);
// EXTERNAL MODULE: ./src/msi-exe/metadata-check.ts + 1 modules
var metadata_check = __webpack_require__(2934);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/inputs/submission-json.ts
var submission_json = __webpack_require__(6704);
// EXTERNAL MODULE: ./src/inputs/release-notes.ts
var release_notes = __webpack_require__(2004);
// EXTERNAL MODULE: ./src/merge.ts
var merge = __webpack_require__(9107);
;// CONCATENATED MODULE: ./src/msi-exe/release-notes.ts



function msiExeReleaseNotesEdit(text) {
    const limit = metadata_check/* LISTING_TEXT_LIMITS */.Kw.whatsNew;
    if (text.length > limit)
        throw new errors/* ActionError */.lZ(`The release notes have ${text.length} characters; an MSI/EXE product's listing (whatsNew) takes at most ${limit}.`, { hint: 'Shorten them; they go to every language of the listing.' });
    return {
        source: 'release-notes',
        everyListing: true,
        apply(current) {
            const languages = (0,merge/* isPlainObject */.Qd)(current.listings) ? Object.keys(current.listings) : [];
            if (languages.length === 0)
                throw new errors/* ActionError */.lZ("Release notes were given, but the product's draft has no listing to put them in.", {
                    hint: "Add a listing language in Partner Center first, or leave 'release-notes' out."
                });
            return { listings: Object.fromEntries(languages.map((language) => [language, { whatsNew: text }])) };
        }
    };
}

;// CONCATENATED MODULE: ./src/msi-exe/inputs.ts
/**
 * The inputs of an MSI/EXE product (`product-id`): the product and seller
 * IDs, the installers, and the metadata changes from `listings-folder` and
 * `submission-json`, all checked before the first request. Which inputs an
 * MSI/EXE run takes at all is the declaration's (src/inputs/kinds.ts).
 */









const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The product and the seller: checked before any request (every MSI/EXE run, read-back ones too). */
function readProductAndSeller(input) {
    const productId = input('product-id').trim();
    if (!GUID.test(productId)) {
        (0,parse/* fail */.fJ)(`Input 'product-id' must be the MSI/EXE product's Partner Center ID, a GUID like 3e31a9f9-84e8-4d2d-9eba-487878d02ebf, got '${productId}'.`, /^[0-9a-z]{12}$/i.test(productId)
            ? "That looks like an MSIX app's Store ID: use 'application-id' for it."
            : undefined);
    }
    const sellerId = input('seller-id').trim();
    if (!sellerId)
        (0,parse/* fail */.fJ)("Input 'seller-id' is required with 'product-id'.", 'It is the Seller ID in Partner Center > Account settings > Legal info (digits).');
    if (!/^\d+$/.test(sellerId))
        (0,parse/* fail */.fJ)(`Input 'seller-id' must be the Partner Center seller ID (digits), got '${sellerId}'.`);
    return { productId, sellerId };
}
function parseMsiExeInputs(input) {
    const { productId, sellerId } = readProductAndSeller(input);
    const installersText = input('installers');
    const installers = installersText.trim() ? parseInstallers(installersText) : undefined;
    const listingsFolder = input('listings-folder') || undefined;
    const releaseNotes = (0,release_notes/* parseReleaseNotes */.U)(input);
    return { productId, sellerId, installers, listingsFolder, releaseNotes, changes: (0,submission_json/* parseChangesInput */.b)(input) };
}
/** Reads the listings folder and submission-json's file, and checks the metadata changes they make. */
async function readMsiExeInputs(given) {
    const { productId, sellerId, installers, listingsFolder: folderPath } = given;
    // The order of the MSIX edits: release notes, then the listings folder; submission-json (`changes`) after them.
    const edits = [];
    if (given.releaseNotes)
        edits.push(msiExeReleaseNotesEdit(await (0,release_notes/* readReleaseNotesText */.K)(given.releaseNotes)));
    let listingsFolder;
    if (folderPath) {
        const folder = (0,listings/* msiExeListings */.Z)(await (0,read/* readListingsFolder */.e)(folderPath, 'app'));
        (0,metadata_check/* checkMetadataChanges */.jc)(folder.changes, `'listings-folder' (${folderPath})`);
        edits.push((0,src_edits/* fixedEdit */.lc)('listings-folder', folder.changes));
        listingsFolder = { path: folderPath, unused: folder.unused };
    }
    const { changes, source } = await (0,submission_json/* readChanges */.S)(given.changes);
    (0,metadata_check/* checkMetadataChanges */.jc)(changes, source);
    return { productId, sellerId, installers, edits, changes, listingsFolder };
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

/***/ 2934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oe: () => (/* binding */ AVAILABILITY_FIELDS),
  rH: () => (/* binding */ LISTING_FIELDS),
  Kw: () => (/* binding */ LISTING_TEXT_LIMITS),
  e$: () => (/* binding */ MODULES),
  dJ: () => (/* binding */ MSIX_NAMES),
  CU: () => (/* binding */ PROPERTIES_FIELDS),
  jc: () => (/* binding */ checkMetadataChanges)
});

// UNUSED EXPORTS: LISTING_LIST_LIMITS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/merge.ts
var merge = __webpack_require__(9107);
;// CONCATENATED MODULE: ./src/msi-exe/requirements-check.ts
/**
 * The hardware fields of MSI/EXE metadata, by the documentation's names
 * (store-submission-api.md), which differ from msstore-cli's models
 * (docs/oracles.md, point 10):
 *   listings.<language>.requirements: [{ minimumHardware, recommendedHardware }] free texts, at most 11 in all;
 *   properties.systemRequirementDetails: [{ hardwareItemType, minimumRequirement, recommendedRequirement }];
 *   properties.isSystemFeatureRequired: [{ hardwareItemType, isRequired, isRecommended }].
 * Pure; `fail` throws.
 */

const LISTING_REQUIREMENT = ['minimumHardware', 'recommendedHardware'];
const SYSTEM_REQUIREMENT = ['hardwareItemType', 'minimumRequirement', 'recommendedRequirement'];
const SYSTEM_FEATURE = ['hardwareItemType', 'isRequired', 'isRecommended'];
/** hardwareItemType values of systemRequirementDetails, with the values each allows ([] = free text). */
const REQUIREMENT_VALUES = {
    Processor: [],
    Graphics: [],
    Memory: ['300MB', '750MB', '1GB', '2GB', '4GB', '6GB', '8GB', '12GB', '16GB', '20GB'],
    DirectX: ['DX9', 'DX10', 'DX11', 'DX12-FEATURELEVEL11', 'DX12-FEATURELEVEL12'],
    Video_Memory: ['1GB', '2GB', '4GB', '6GB']
};
const FEATURE_TYPES = [
    'Touch',
    'Keyboard',
    'Mouse',
    'Camera',
    'NFC_HCE',
    'NFC_Proximity',
    'Bluetooth_LE',
    'Telephony',
    'Microphone'
];
const LISTING_HINT = 'A listing\'s requirements are free texts, [{ "minimumHardware": "...", "recommendedHardware": "..." }]; the hardware table (hardwareItemType, minimumRequirement, recommendedRequirement) is properties.systemRequirementDetails.';
const TABLE_HINT = 'properties.systemRequirementDetails holds [{ "hardwareItemType": "Memory", "minimumRequirement": "4GB", "recommendedRequirement": "8GB" }]; free texts (minimumHardware, recommendedHardware) go in a listing\'s requirements.';
const show = (value) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
/** The items of a list of objects whose fields are `known` (by the documented spelling); throws otherwise. */
function items(value, where, known, hint, fail) {
    if (!Array.isArray(value) || value.some((item) => !(0,merge/* isPlainObject */.Qd)(item)))
        fail(`${where} must be an array of objects, got ${show(value)}`, hint);
    value.forEach((item, i) => {
        for (const field of Object.keys(item)) {
            if (known.includes(field))
                continue;
            const spelled = known.find((k) => k.toLowerCase() === field.toLowerCase());
            fail(`${where}[${i}] has '${field}', ${spelled ? `which the API documents as '${spelled}'` : `not one of ${known.join(', ')}`}`, spelled ? undefined : hint);
        }
    });
    return value;
}
function requirements_check_text(value, where, fail) {
    if (value !== undefined && (typeof value !== 'string' || value.length > 200))
        fail(`${where} must be a string of at most 200 characters, got ${show(value)}`);
}
function checkListingRequirements(value, where, fail) {
    const list = items(value, where, LISTING_REQUIREMENT, LISTING_HINT, fail);
    let count = 0;
    list.forEach((item, i) => {
        for (const field of LISTING_REQUIREMENT) {
            requirements_check_text(item[field], `${where}[${i}].${field}`, fail);
            if (typeof item[field] === 'string' && item[field])
                count++;
        }
    });
    if (count > 11)
        fail(`${where} has ${count} texts; the Store takes at most 11, minimum and recommended together`);
}
function checkSystemRequirements(properties, fail) {
    const where = 'properties.systemRequirementDetails';
    if (properties.systemRequirementDetails !== undefined) {
        items(properties.systemRequirementDetails, where, SYSTEM_REQUIREMENT, TABLE_HINT, fail).forEach((item, i) => {
            const type = String(item.hardwareItemType);
            const allowed = REQUIREMENT_VALUES[type];
            if (!allowed)
                fail(`${where}[${i}].hardwareItemType must be one of ${Object.keys(REQUIREMENT_VALUES).join(', ')}, got ${show(item.hardwareItemType)}`);
            for (const field of ['minimumRequirement', 'recommendedRequirement']) {
                requirements_check_text(item[field], `${where}[${i}].${field}`, fail);
                const value = item[field];
                if (allowed.length && typeof value === 'string' && value && !allowed.includes(value))
                    fail(`${where}[${i}].${field} for ${type} must be one of ${allowed.join(', ')}, got ${show(value)}`);
            }
        });
    }
    const features = 'properties.isSystemFeatureRequired';
    if (properties.isSystemFeatureRequired !== undefined) {
        items(properties.isSystemFeatureRequired, features, SYSTEM_FEATURE, TABLE_HINT, fail).forEach((item, i) => {
            if (!FEATURE_TYPES.includes(String(item.hardwareItemType)))
                fail(`${features}[${i}].hardwareItemType must be one of ${FEATURE_TYPES.join(', ')}, got ${show(item.hardwareItemType)}`);
            for (const field of ['isRequired', 'isRecommended'])
                if (item[field] !== undefined && typeof item[field] !== 'boolean')
                    fail(`${features}[${i}].${field} must be true or false, got ${show(item[field])}`);
        });
    }
}

// EXTERNAL MODULE: ./src/listings/edit.ts
var edit = __webpack_require__(6929);
// EXTERNAL MODULE: ./src/msi-exe/listings.ts
var listings = __webpack_require__(6417);
;// CONCATENATED MODULE: ./src/msi-exe/metadata-check.ts
/**
 * The shape of MSI/EXE metadata changes (`submission-json` for a `product-id`):
 * `{ "listings": { "<language>": { ...listing fields } }, "properties": {...},
 * "availability": {...} }`, checked against the documented fields and limits
 * before any request. Pure.
 */





const MODULES = ['listings', 'properties', 'availability'];
/** The documented listing fields, with the character limit of each text. */
const LISTING_TEXT_LIMITS = {
    description: 10000,
    whatsNew: 1500,
    shortDescription: 1000,
    additionalLicenseTerms: 10000,
    copyright: 200,
    developedBy: 255,
    sortTitle: 255,
    contactInfo: 200
};
const LISTING_LIST_LIMITS = {
    productFeatures: { items: 20, chars: 200 },
    searchTerms: { items: 7, chars: 30 }
};
const LISTING_FIELDS = [
    'language',
    ...Object.keys(LISTING_TEXT_LIMITS),
    ...Object.keys(LISTING_LIST_LIMITS),
    'requirements'
];
const PROPERTIES_FIELDS = [
    'isPrivacyPolicyRequired',
    'privacyPolicyUrl',
    'website',
    'supportContactInfo',
    'certificationNotes',
    'category',
    'subcategory',
    'productDeclarations',
    'isSystemFeatureRequired',
    'systemRequirementDetails'
];
const AVAILABILITY_FIELDS = ['markets', 'discoverability', 'enableInFutureMarkets', 'pricing', 'freeTrial'];
const ENUMS = {
    discoverability: ['DISCOVERABLE', 'DEEPLINK_ONLY'],
    pricing: ['FREE', 'FREEMIUM', 'SUBSCRIPTION', 'PAID'],
    freeTrial: ['NO_FREE_TRIAL', 'FREE_TRIAL']
};
/**
 * What MSIX listing fields are called here, for a hint when someone reuses one: derived from the two maps of the
 * listings folder's fields (MSIX's `BASE_LISTING_FIELD`, this API's `MSI_EXE_LISTING_FIELD`), so the three never
 * disagree (`devStudio` → `developedBy`).
 */
const MSIX_NAMES = Object.fromEntries(Object.keys(listings/* MSI_EXE_LISTING_FIELD */.z)
    .map((text) => [edit/* BASE_LISTING_FIELD */.sd[text], listings/* MSI_EXE_LISTING_FIELD */.z[text]])
    .filter((pair) => Boolean(pair[0] && pair[1]) && pair[0] !== pair[1]));
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;
const metadata_check_show = (value) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};
function checkListing(listing, where, fail) {
    for (const [field, value] of Object.entries(listing)) {
        const limit = LISTING_TEXT_LIMITS[field];
        const list = LISTING_LIST_LIMITS[field];
        if (limit !== undefined) {
            if (typeof value !== 'string')
                fail(`${where}.${field} must be a string, got ${metadata_check_show(value)}`);
            if (value.length > limit)
                fail(`${where}.${field} has ${value.length} characters; the Store takes at most ${limit}`);
        }
        else if (list) {
            if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
                fail(`${where}.${field} must be an array of strings, got ${metadata_check_show(value)}`);
            if (value.length > list.items)
                fail(`${where}.${field} has ${value.length} entries; the Store takes at most ${list.items}`);
            const long = value.find((v) => v.length > list.chars);
            if (long !== undefined)
                fail(`${where}.${field} holds ${metadata_check_show(long)}, longer than ${list.chars} characters`);
        }
        else if (field === 'requirements') {
            checkListingRequirements(value, `${where}.requirements`, fail);
        }
    }
}
/**
 * A field spelled otherwise than the documentation spells it (msstore-cli's models say WebSite, SubCategory):
 * refused with the documented name, so that the whole module sent back never holds both spellings.
 */
function checkSpelling(fields, known, where, fail) {
    for (const field of Object.keys(fields)) {
        const spelled = known.find((k) => k.toLowerCase() === field.toLowerCase());
        if (spelled && spelled !== field)
            fail(`${where}.${field} is spelled '${spelled}' in this API's documentation`);
    }
}
function checkAvailability(availability, fail) {
    for (const [field, allowed] of Object.entries(ENUMS)) {
        const value = availability[field];
        if (value !== undefined && !allowed.includes(String(value)))
            fail(`availability.${field} must be one of ${allowed.join(', ')}, got ${metadata_check_show(value)}`);
    }
    const markets = availability.markets;
    if (markets !== undefined &&
        (!Array.isArray(markets) || markets.some((m) => typeof m !== 'string' || !/^[A-Z]{2}$/i.test(m))))
        fail(`availability.markets must be an array of two-letter market codes like "US", got ${metadata_check_show(markets)}`);
    if (availability.enableInFutureMarkets !== undefined && typeof availability.enableInFutureMarkets !== 'boolean')
        fail(`availability.enableInFutureMarkets must be true or false, got ${metadata_check_show(availability.enableInFutureMarkets)}`);
}
/**
 * Checks MSI/EXE metadata changes without the draft: the modules, listing
 * language codes, field types and documented limits. `source` names the input.
 */
function checkMetadataChanges(changes, source) {
    const fail = (message, hint) => {
        throw new errors/* ActionError */.lZ(`${source}: ${message}.`, { hint });
    };
    for (const key of Object.keys(changes)) {
        if (!MODULES.includes(key))
            fail(`'${key}' is not a module of an MSI/EXE product`, `Its modules are ${MODULES.join(', ')}; the installers go in the 'installers' input.`);
    }
    for (const module of MODULES) {
        if (changes[module] !== undefined && !(0,merge/* isPlainObject */.Qd)(changes[module]))
            fail(`'${module}' must be an object, got ${metadata_check_show(changes[module])}`);
    }
    for (const [language, listing] of Object.entries(changes.listings ?? {})) {
        if (!LANGUAGE.test(language))
            fail(`listings has the key ${metadata_check_show(language)}, which is not a language code`, 'Key listings by language, e.g. { "listings": { "en-us": { "whatsNew": "..." } } }.');
        if (!(0,merge/* isPlainObject */.Qd)(listing))
            fail(`listings.${language} must be an object of listing fields, got ${metadata_check_show(listing)}`);
        checkSpelling(listing, LISTING_FIELDS, `listings.${language}`, fail);
        checkListing(listing, `listings.${language}`, fail);
    }
    const properties = changes.properties ?? {};
    checkSpelling(properties, PROPERTIES_FIELDS, 'properties', fail);
    checkSystemRequirements(properties, fail);
    const notes = properties.certificationNotes;
    if (notes !== undefined && (typeof notes !== 'string' || notes.length > 2000))
        fail(`properties.certificationNotes must be a string of at most 2000 characters, got ${typeof notes === 'string' ? `${notes.length} characters` : metadata_check_show(notes)}`);
    checkSpelling(changes.availability ?? {}, AVAILABILITY_FIELDS, 'availability', fail);
    checkAvailability(changes.availability ?? {}, fail);
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

/***/ 6891:
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
// EXTERNAL MODULE: ./src/msi-exe/inputs.ts + 2 modules
var inputs = __webpack_require__(492);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/msix/inputs/target.ts
var target = __webpack_require__(6162);
;// CONCATENATED MODULE: ./src/inputs/read-back.ts



function readSource(input, api) {
    if (api === 'msi-exe')
        return { api, ...(0,inputs/* readProductAndSeller */.A4)(input), apiUrl: (0,parse/* readBaseUrl */.$P)(input, 'msi-exe-api-url') };
    return { api, target: (0,target/* readTarget */._)(input), storeApiUrl: (0,parse/* readBaseUrl */.$P)(input, 'store-api-url') };
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

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
// EXTERNAL MODULE: ./src/msix/store/rollout.ts
var store_rollout = __webpack_require__(1346);
// EXTERNAL MODULE: ./src/run/report.ts
var report = __webpack_require__(7119);
;// CONCATENATED MODULE: ./src/read-back/summary.ts



function statusRows(progress) {
    const readBack = progress.readBack;
    const rows = [
        ['Published submission', (0,markdown/* markdownCell */.UZ)(progress.submissionId ?? '(none named)')],
        ['Status', (0,markdown/* markdownCell */.UZ)(progress.status ?? '(none)')]
    ];
    if (progress.rollout)
        rows.push(['Rollout', (0,markdown/* markdownCell */.UZ)((0,store_rollout/* describeRollout */.lw)(progress.rollout))]);
    const pending = readBack?.pendingSubmissionId
        ? `${readBack.pendingSubmissionId} (${readBack.pendingStatus || 'status not given'})`
        : '(none)';
    rows.push(['Pending submission', (0,markdown/* markdownCell */.UZ)(pending)]);
    const report = readBack?.certificationReport;
    if (report)
        rows.push([
            'Last certification report',
            `${(0,markdown/* markdownLink */.iQ)(report.date ?? 'report', report.reportUrl, { inCell: true })} (submission ${(0,markdown/* markdownCell */.UZ)(report.submissionId)})`
        ]);
    return rows;
}
function exportSection(progress) {
    const readBack = progress.readBack;
    const written = readBack?.written ?? [];
    const unchanged = readBack?.unchanged ?? [];
    const lines = [`### Files ${readBack?.dryRun ? 'it would write' : 'written'}`, ''];
    lines.push(...(written.length ? written.map((file) => `- ${(0,markdown/* codeSpan */.SS)(file)}`) : ['(none)']), '');
    if (unchanged.length)
        lines.push(`<details><summary>${unchanged.length} file(s) already held the same text (left alone)</summary>`, '', ...unchanged.map((file) => `- ${(0,markdown/* codeSpan */.SS)(file)}`), '', '</details>', '');
    return lines;
}
function readBackSummary(progress, outcome, run) {
    const readBack = progress.readBack;
    const isStatus = readBack?.operation === 'status';
    const what = isStatus ? 'Microsoft Store status' : 'Microsoft Store listings export';
    const how = outcome.kind !== 'succeeded' ? ` ${outcome.kind}` : readBack?.dryRun ? ' (dry run: nothing written)' : '';
    const lines = [`## ${(0,report/* outcomeIcon */.sE)(outcome)} ${what}${how}`, ''];
    const rows = [];
    if (progress.label)
        rows.push(['Target', (0,markdown/* markdownCell */.UZ)(progress.label)]);
    if (isStatus)
        rows.push(...statusRows(progress));
    else {
        if (progress.submissionId)
            rows.push(['Published submission', (0,markdown/* markdownCell */.UZ)(progress.submissionId)]);
        if (readBack?.folder)
            rows.push(['Folder', (0,markdown/* codeSpan */.SS)(readBack.folder, { inCell: true })]);
    }
    lines.push(...(0,report/* summaryTable */.jb)(rows, { page: progress.page, run, outcome }));
    if (!isStatus && outcome.kind === 'succeeded')
        lines.push(...exportSection(progress));
    if (readBack?.notes?.length)
        lines.push('### Notes', '', ...readBack.notes.map((note) => `- ${(0,markdown/* markdownText */.p7)(note)}`), '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/read-back/outcome.ts

function readBackReport(progress) {
    const { rollout, readBack } = progress;
    return {
        what: readBack?.operation === 'export' ? 'listings export' : 'status',
        target: progress.label,
        submissionId: progress.submissionId,
        status: progress.status,
        statusDetails: progress.statusDetails,
        page: progress.page,
        outputs: {
            'pending-submission-id': readBack?.pendingSubmissionId,
            'pending-status': readBack?.pendingStatus,
            'flight-id': progress.flightId,
            'add-on-id': progress.addOnId,
            'rollout-status': rollout?.packageRolloutStatus,
            'rollout-percentage': rollout ? String(rollout.packageRolloutPercentage) : undefined
        },
        markdown: (outcome, run) => readBackSummary(progress, outcome, run)
    };
}

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
async function readBack(settings, progress, deps) {
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
    progress.readBack = { operation: 'export', folder: target.folder, dryRun: target.dryRun || undefined };
    const { listings, kind } = await readListings(settings, progress, deps);
    const { files, notes } = folderFiles(listings, kind);
    if (source.api === 'msi-exe')
        notes.unshift("The MSI/EXE API's draft listings were exported (it hands out no published listing); titles, hardware lists and images are not among its listing fields.");
    for (const note of notes)
        log(`Note: ${note}`);
    const result = await writeFolder(target.folder, files, { ...target, log });
    Object.assign(progress.readBack, { ...result, notes });
    const from = progress.submissionId ? ` (published submission ${progress.submissionId})` : '';
    log(`${target.dryRun ? 'Dry run: would export' : 'Exported'} the listings of the ${progress.label}${from} into ${target.folder}: ${result.written.length} file(s) ${target.dryRun ? 'to write' : 'written'}, ${result.unchanged.length} already the same.`);
}

;// CONCATENATED MODULE: ./src/read-back/api.ts
/**
 * `operation: status` and `operation: export` as the engine runs them, for either API (each API's `parse` hands a
 * read-back run here): the inputs checked, then a token and GETs only (src/read-back/run.ts), told as a RunReport.
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
            const progress = { readBack: { operation: settings.operation } };
            return {
                // An export's dry run writes nothing, told by its settings (export.dryRun); status changes nothing anyway.
                dryRun: false,
                run: (deps) => readBack(settings, progress, deps),
                rehearse: (deps) => readBack(settings, progress, deps),
                doneLine: () => undefined, // the run's own last line says what it read or wrote
                leftBehind: () => 'It only read the Store.',
                report: () => readBackReport(progress)
            };
        }
    };
}


/***/ }),

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
        const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(779), __webpack_require__.e(268)]).then(__webpack_require__.bind(__webpack_require__, 2779));
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
//# sourceMappingURL=492.index.cjs.js.map