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