"use strict";
exports.id = 845;
exports.ids = [845];
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

/***/ 3845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MSI_EXE_API: () => (/* binding */ MSI_EXE_API)
});

// EXTERNAL MODULE: ./src/read-back/api.ts + 1 modules
var api = __webpack_require__(3330);
// EXTERNAL MODULE: ./src/msi-exe/outcome.ts
var outcome = __webpack_require__(2206);
// EXTERNAL MODULE: ./src/inputs/common.ts
var inputs_common = __webpack_require__(832);
// EXTERNAL MODULE: ./src/inputs/kinds.ts
var kinds = __webpack_require__(6106);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/edits.ts
var src_edits = __webpack_require__(2782);
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

// EXTERNAL MODULE: ./src/msi-exe/target.ts
var target = __webpack_require__(9237);
;// CONCATENATED MODULE: ./src/msi-exe/inputs.ts
/**
 * The inputs of an MSI/EXE product (`product-id`): the product and seller
 * IDs, the installers, and the metadata changes from `listings-folder` and
 * `submission-json`, all checked before the first request. Which inputs an
 * MSI/EXE run takes at all is the declaration's (src/inputs/kinds.ts).
 */








function parseMsiExeInputs(input) {
    const { productId, sellerId } = (0,target/* readProductAndSeller */.A)(input);
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
        // The listings reader loads only for a run that has a listings folder (start-up: bench/start.mjs).
        const { readListingsFolder } = await __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 9231));
        const folder = (0,listings/* msiExeListings */.Z)(await readListingsFolder(folderPath, 'app'));
        (0,metadata_check/* checkMetadataChanges */.jc)(folder.changes, `'listings-folder' (${folderPath})`);
        edits.push((0,src_edits/* fixedEdit */.lc)('listings-folder', folder.changes));
        listingsFolder = { path: folderPath, unused: folder.unused };
    }
    const { changes, source } = await (0,submission_json/* readChanges */.S)(given.changes);
    (0,metadata_check/* checkMetadataChanges */.jc)(changes, source);
    return { productId, sellerId, installers, edits, changes, listingsFolder };
}

;// CONCATENATED MODULE: ./src/msi-exe/settings.ts
/** An MSI/EXE run's settings (`product-id`), read from the inputs and checked before the first request. */




/** Reads and checks the inputs alone (no file, no request); every input an MSI/EXE run cannot honour is refused first. */
function parseMsiExeSettings(input) {
    (0,kinds/* checkRunKind */.yD)(input);
    const dryRun = (0,parse/* readBoolean */.Vf)(input, 'dry-run') ?? false;
    const common = (0,inputs_common/* readCommon */.C)(input, dryRun);
    const apiUrl = (0,parse/* readBaseUrl */.$P)(input, 'msi-exe-api-url');
    const commit = (0,parse/* readBoolean */.Vf)(input, 'commit') ?? true;
    return { ...common, apiUrl, commit, dryRun, given: parseMsiExeInputs(input) };
}
/** Reads the listings folder and submission-json's file; every problem fails here, before the first request. */
async function prepareMsiExeSettings(parsed) {
    const { given, ...settings } = parsed;
    return { ...settings, ...(await readMsiExeInputs(given)) };
}
/** parseMsiExeSettings, then prepareMsiExeSettings. */
async function readMsiExeSettings(input) {
    return prepareMsiExeSettings(parseMsiExeSettings(input));
}

;// CONCATENATED MODULE: ./src/msi-exe/api.ts
/**
 * The Store's MSI/EXE API as the engine runs it. As for MSIX (src/msix/api.ts), the run's code (publish.ts) loads
 * when the run starts, after its inputs and files are checked.
 */



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
                    run: async (deps) => (await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(432)]).then(__webpack_require__.bind(__webpack_require__, 5432))).publishMsiExe(settings, progress, deps),
                    rehearse: async (deps) => (await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(432)]).then(__webpack_require__.bind(__webpack_require__, 5432))).rehearseMsiExe(settings, progress, deps),
                    doneLine: () => (0,outcome/* msiExeDoneLine */.U8)(progress),
                    leftBehind: () => (0,outcome/* msiExeLeftBehind */.nZ)(progress),
                    report: () => (0,outcome/* msiExeReport */.Wr)(progress)
                };
            }
        };
    }
};


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


/***/ })

};
;
//# sourceMappingURL=845.index.cjs.js.map