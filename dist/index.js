/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   un: () => (/* binding */ UncertainOutcomeError)
/* harmony export */ });
/**
 * The one error type the user sees. `main.ts` turns it into a one-line
 * `core.setFailed` with no stack; anything else is a bug and may show one.
 */
class ActionError extends Error {
    /** What to do about it, appended to the message when present. */
    hint;
    /** The Store's MS-CorrelationId of the failed call, for Microsoft support. */
    correlationId;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ActionError';
        this.hint = options.hint;
        this.correlationId = options.correlationId;
    }
    /** The whole message on one line: what failed, then how to fix it. */
    oneLine() {
        const text = this.hint ? `${this.message} ${this.hint}` : this.message;
        return text.replace(/\s*[\r\n]+\s*/g, ' ');
    }
}
/** A failed call to the Store API (or the token endpoint, or the blob). */
class ApiError extends ActionError {
    call;
    status;
    code;
    storeMessage;
    attempts;
    constructor(details) {
        const parts = [`${details.call} failed`];
        if (details.status !== undefined)
            parts.push(`with HTTP ${details.status}`);
        let message = parts.join(' ');
        const what = [details.code, details.storeMessage].filter(Boolean).join(': ');
        if (what)
            message += ` (${what})`;
        if (details.attempts !== undefined && details.attempts > 1)
            message += ` after ${details.attempts} attempts`;
        const name = details.correlationName ?? 'MS-CorrelationId';
        message += details.correlationId ? ` [${name}: ${details.correlationId}]` : ` [no ${name}]`;
        message += '.';
        super(message, { hint: details.hint, correlationId: details.correlationId, cause: details.cause });
        this.name = 'ApiError';
        this.call = details.call;
        this.status = details.status;
        this.code = details.code;
        this.storeMessage = details.storeMessage;
        this.attempts = details.attempts;
    }
}
/** A request that is not safe to repeat and whose outcome is unknown: it may or may not have been carried out. */
class UncertainOutcomeError extends ApiError {
    /** Set when reading back what the server holds showed that the request was not carried out. */
    notCarriedOut = false;
    constructor(details) {
        super(details);
        this.name = 'UncertainOutcomeError';
    }
}
/** The job was cancelled (SIGINT/SIGTERM) while the action was waiting. */
class CancelledError extends ActionError {
    constructor(message = 'The job was cancelled.') {
        super(message);
        this.name = 'CancelledError';
    }
}


/***/ }),

/***/ 6106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l8: () => (/* binding */ chosenApi),
/* harmony export */   xj: () => (/* binding */ runOperation),
/* harmony export */   yD: () => (/* binding */ checkRunKind)
/* harmony export */ });
/* unused harmony export givenInputs */
/* harmony import */ var _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5854);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3718);
/**
 * Which inputs a kind of run takes, from the declaration: an input the chosen
 * API or operation cannot honour is refused before any request, naming it,
 * both ways; never silently ignored. Inputs with an action.yml default are
 * valid in every run by the declaration's rule, so "given" means the user
 * gave it.
 */


const quoted = (names) => names.map((name) => `'${name}'`).join(', ');
/** The inputs the step gives a value (a universal input's action.yml default counts; it is valid everywhere). */
function givenInputs(input) {
    return _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_NAMES */ .Qh.filter((name) => input(name).trim() !== '');
}
/** The API the inputs choose: `product-id` selects the MSI/EXE API. */
function chosenApi(input) {
    return input('product-id').trim() ? 'msi-exe' : 'msix';
}
function refuseOtherApi(given, api) {
    const other = given.filter((name) => !_interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name].apis.includes(api));
    if (!other.length)
        return;
    if (api === 'msi-exe')
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`'product-id' selects an MSI/EXE product, which does not take ${quoted(other)}.`, "Use 'installers' for its packages; MSIX apps, flights and add-ons are published with 'application-id' in a separate step.");
    (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${quoted(other).replace(/, ([^,]*)$/, ' and $1')} ${other.length > 1 ? 'are' : 'is'} only for an MSI/EXE product, but 'product-id' is not set.`, "Set 'product-id' to the product's Partner Center ID (a GUID), or remove them for an MSIX app.");
}
/** A choice value only some APIs have (wait-for: certification, operation: rollout). */
function refuseValuesOfOtherApi(input, given, api) {
    for (const name of given) {
        const type = _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name].type;
        if (type.kind !== 'choice' || !type.apis)
            continue;
        const value = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(input, name);
        const apis = value ? type.apis[value] : undefined;
        if (apis && !apis.includes(api))
            (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`'${name}: ${value}' is not available for ${api === 'msi-exe' ? "an MSI/EXE product ('product-id')" : 'an MSIX app'}.`, name === 'wait-for'
                ? "The MSI/EXE API has no certification stage of its own (scanning, certification and publishing are one INPROGRESS): use 'wait-for: commit' or 'publish'."
                : 'MSI/EXE products have no package rollouts: use it for MSIX apps and flights.');
    }
}
/** What a run of each operation other than submit does, for "…, so X has nothing to act on". */
const DOES = {
    rollout: 'changes the rollout of the last published submission and makes no new one',
    status: 'reads what the Store holds and changes nothing',
    export: 'writes the published listings into listings-folder and changes nothing in the Store'
};
function refuseOtherOperation(input, given, operation) {
    const other = given.filter((name) => !_interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name].operations.includes(operation));
    // `commit` belongs to every run (its default, true, is valid everywhere); stopping before a commit only to submissions.
    if (operation !== 'submit' && (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(input, 'commit') === false)
        other.push('commit');
    if (!other.length)
        return;
    if (operation !== 'submit')
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`'operation: ${operation}' ${DOES[operation]}, so ${quoted(other)} ${other.length === 1 ? 'has' : 'have'} nothing to act on.`, operation === 'export' && other.some((name) => name.startsWith('flight-'))
            ? "A package flight has no Store listing: export the app's listings in a step without the flight inputs."
            : 'Remove them, or use them in a step with operation: submit.');
    // Grouped by the operations they are for (today: rollout-action for rollout, overwrite for export).
    const opsOf = (name) => _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name].operations.filter((op) => op !== 'submit');
    const only = opsOf(other[0]);
    const same = other.filter((name) => opsOf(name).join() === only.join());
    const rest = other.filter((name) => !same.includes(name));
    const also = rest.length
        ? ` ${quoted(rest)} ${rest.length === 1 ? 'is' : 'are'} not for 'operation: submit' either.`
        : '';
    (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${same.length === 1 ? 'Input ' : ''}${quoted(same)} ${same.length === 1 ? 'is' : 'are'} only for ${only.map((op) => `'operation: ${op}'`).join(' or ')}${only.includes('rollout') ? " (changing a published submission's rollout)" : ''}.${also}`, only.includes('rollout')
        ? "Set 'operation: rollout', or use 'rollout-percentage' to start a rollout with this submission."
        : `Set 'operation: ${only[0]}', or leave ${quoted(same)} out.`);
}
/** What the run does (`operation`, `submit` when not given): the one reader of that input. */
function runOperation(input) {
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(input, 'operation') ?? 'submit';
}
/** Refuses every input (and value) the chosen API and operation cannot honour; returns them. */
function checkRunKind(input) {
    const given = givenInputs(input);
    const api = chosenApi(input);
    refuseOtherApi(given, api);
    refuseValuesOfOtherApi(input, given, api);
    const operation = runOperation(input);
    refuseOtherOperation(input, given, operation);
    return { api, operation };
}


/***/ }),

/***/ 3718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ readBaseUrl),
/* harmony export */   Fg: () => (/* binding */ parseId),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   kz: () => (/* binding */ readNumber)
/* harmony export */ });
/* unused harmony export parseBoolean */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _interface_declaration_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5854);
/**
 * Reading one input: the shapes every input comes in, each refused with one
 * clear line. Booleans, numbers and choices are read as the declaration
 * (../interface/declaration.ts) types them, an empty value meaning the
 * declared default.
 */


function fail(message, hint) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(message, { hint });
}
/** true/yes/on or false/no/off, any case, spaces around ignored; undefined for an empty value. */
function parseBoolean(name, value) {
    const text = value.trim();
    if (text === '')
        return undefined;
    if (/^(true|yes|on)$/i.test(text))
        return true;
    if (/^(false|no|off)$/i.test(text))
        return false;
    return fail(`Input '${name}' must be true or false, got '${value}'.`);
}
function typeOf(name, kind) {
    const type = _interface_declaration_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name].type;
    if (type.kind !== kind)
        throw new Error(`Input '${name}' is declared as ${type.kind}, read as ${kind}.`);
    return type;
}
/** The value given, else the declared default (action.yml's, or the documented fallback). */
function valueOf(input, name) {
    return input(name).trim() || (0,_interface_declaration_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultOf */ .HA)(name);
}
/** A boolean input; empty means its declared default (undefined when it has none: "as before"). */
function readBoolean(input, name) {
    typeOf(name, 'boolean');
    return parseBoolean(name, valueOf(input, name));
}
/** A number input within its declared range; empty means its declared default. */
function readNumber(input, name) {
    const { min, max, integer } = typeOf(name, 'number');
    const value = valueOf(input, name);
    const number = Number(value);
    if (value === '' ||
        !Number.isFinite(number) ||
        (integer && !Number.isInteger(number)) ||
        number < min ||
        number > max) {
        fail(`Input '${name}' must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got '${value}'.`);
    }
    return number;
}
/** One of a choice input's declared values, as declared (matched in any case); undefined when empty without a default. */
function readChoice(input, name) {
    const { values } = typeOf(name, 'choice');
    const value = valueOf(input, name);
    if (value === '')
        return undefined;
    const match = values.find((option) => option.toLowerCase() === value.toLowerCase());
    if (!match)
        fail(`Input '${name}' must be ${values.join(', ').replace(/, ([^,]*)$/, ' or $1')}, got '${input(name)}'.`);
    return match;
}
/** IDs go into URL paths: refuse anything that could change the path. */
function parseId(name, value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
        fail(`Input '${name}' is not a valid Store ID: '${value}'.`, 'Copy the ID from Partner Center (for an app, e.g. 9NBLGGH4R315).');
    }
    return value;
}
/** A base URL input (https, or http to loopback); empty means its declared default. */
function readBaseUrl(input, name) {
    const value = valueOf(input, name);
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return fail(`Input '${name}' is not a URL: '${value}'.`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        fail(`Input '${name}' must be an https:// URL (plain http is allowed only for 127.0.0.1), got '${value}'.`);
    }
    return value.replace(/\/+$/, '');
}


/***/ }),

/***/ 5854:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mc: () => (/* binding */ INPUTS),
  Qh: () => (/* binding */ INPUT_NAMES),
  py: () => (/* binding */ OUTPUTS),
  HA: () => (/* binding */ defaultOf)
});

// UNUSED EXPORTS: OPERATIONS, inputSpec

;// CONCATENATED MODULE: ./src/interface/spec.ts
const BOTH = ['msix', 'msi-exe'];
const MSIX = ['msix'];
const MSI_EXE = ['msi-exe'];
/** Every operation: an input that belongs to all of them. */
const OPERATIONS = ['submit', 'rollout', 'status', 'export'];
const ANY = OPERATIONS;
const SUBMIT = ['submit'];
const ROLLOUT = ['rollout'];
/** Names the parent (or product) a read-back run reads, too. */
const SUBMIT_OR_READ = ['submit', 'status', 'export'];
/** A package flight: it has no listing to export. */
const FLIGHT_RUNS = ['submit', 'rollout', 'status'];
const TEXT = { kind: 'text' };
const BOOLEAN = { kind: 'boolean' };

;// CONCATENATED MODULE: ./src/interface/inputs-how.ts
/** The inputs that say how a run goes: waiting, flights and add-ons, release controls, operations, the request layer (declaration.ts joins them after ./inputs-what.ts). */

const HOW_INPUTS = {
    'wait-for': {
        description: 'How far to wait after the commit: `commit` (the commit is done, the Store has taken the packages; for an MSI/EXE product: the submission is made), `certification` (passed certification: Release or later; MSIX only, the MSI/EXE API has no such stage), or `publish` (Published; a Manual or SpecificDate submission stops at Release).',
        action: 'commit',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'choice', values: ['commit', 'certification', 'publish'], apis: { certification: MSIX } }
    },
    'poll-interval-seconds': {
        description: "The longest wait between two status reads. Reads come every 10 s at first (never more than 6 a minute), then, from 200 s on, a twentieth of the time waited so far apart, up to this. Under 10, every read comes this soon (mind the tenant's budget of about 20 calls a minute).",
        action: '30',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'number', min: 0.01, max: 3600 }
    },
    'timeout-minutes': {
        description: 'Stop waiting for the status after this many minutes (decimals allowed). The step then fails with the last status seen; the Store goes on with the submission.',
        action: '60',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'number', min: 0.001, max: 60 * 24 * 14 }
    },
    'flight-id': {
        description: 'Submit to this package flight of application-id (its flight ID).',
        apis: MSIX,
        operations: FLIGHT_RUNS,
        type: TEXT
    },
    'flight-name': {
        description: 'Or find the package flight by its friendly name; if none has it and flight-group-ids is set, create it.',
        apis: MSIX,
        operations: FLIGHT_RUNS,
        type: TEXT
    },
    'flight-group-ids': {
        description: 'Comma-separated flight group IDs, for creating a flight by flight-name.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'flight-rank-higher-than': {
        description: 'Friendly name of the flight just below a newly created one (optional).',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'add-on-id': {
        description: 'Submit to this add-on (its Store ID, e.g. 9NBLGGH4TNMP).',
        apis: MSIX,
        operations: ANY,
        type: TEXT
    },
    'add-on-product-id': {
        description: "Or find the add-on by its product ID among application-id's add-ons; if none has it and add-on-type is set, create it.",
        apis: MSIX,
        operations: ANY,
        type: TEXT
    },
    'add-on-type': {
        description: '`Durable` or `Consumable`, for creating an add-on by add-on-product-id.',
        apis: MSIX,
        operations: SUBMIT,
        type: { kind: 'choice', values: ['Durable', 'Consumable'] }
    },
    'publish-mode': {
        description: 'When the submission publishes once certified: `Immediate`, `Manual` (someone presses Publish now in Partner Center) or `SpecificDate` (with publish-date). Empty: as the last published submission had it.',
        apis: MSIX,
        operations: SUBMIT,
        type: { kind: 'choice', values: ['Immediate', 'Manual', 'SpecificDate'] }
    },
    'publish-date': {
        description: 'With publish-mode SpecificDate: the date and time to publish, ISO 8601 (e.g. 2025-06-01T09:00:00Z; no offset means UTC). Must lie in the future.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'rollout-percentage': {
        description: 'Start a gradual rollout of the new packages to this share of users (0 to 100, decimals allowed). App and flight submissions. With operation rollout and rollout-action update: the new share.',
        apis: MSIX,
        operations: ['submit', 'rollout'],
        type: TEXT
    },
    'mandatory-update': {
        description: '`true`: the new packages are a mandatory update; `false`: they are not. Empty: as the last published submission had it. App and flight submissions.',
        apis: MSIX,
        operations: SUBMIT,
        type: BOOLEAN
    },
    'mandatory-update-date': {
        description: 'With mandatory-update true: when the packages become mandatory, ISO 8601, in the future.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'existing-rollout': {
        description: 'What to do when the last published submission is still rolling out (which blocks a new submission): `fail` (naming it and its percentage; nothing is changed), `finalize` (everyone gets it) or `halt` (back to the one before), before creating the new submission.',
        fallback: 'fail',
        apis: MSIX,
        operations: SUBMIT,
        type: { kind: 'choice', values: ['fail', 'finalize', 'halt'] }
    },
    operation: {
        description: '`submit`: make a new submission. `rollout`: change the rollout of the last published submission (rollout-action), without making a new one (MSIX apps and flights). `status`: read the published and the pending submission, and the rollout, into the outputs and the summary; changes nothing. `export`: write the published listings into listings-folder, in the layout it reads; changes nothing in the Store. See docs/read-back.md.',
        action: 'submit',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'choice', values: ['submit', 'rollout', 'status', 'export'], apis: { rollout: MSIX } }
    },
    overwrite: {
        description: 'With operation export: `true` lets it replace files in listings-folder whose content differs from what the Store holds. `false`: such a file fails the step before anything is written.',
        fallback: 'false',
        apis: BOTH,
        operations: ['export'],
        type: BOOLEAN
    },
    'rollout-action': {
        description: 'With operation rollout: `update` (to rollout-percentage), `finalize` or `halt`.',
        apis: MSIX,
        operations: ROLLOUT,
        type: { kind: 'choice', values: ['update', 'finalize', 'halt'] }
    },
    commit: {
        description: '`true`: commit the submission (for an MSI/EXE product: submit the draft). `false`: prepare it (replace, create, update, upload; for an MSI/EXE product: update the draft) and stop before the commit, so that a person reviews and submits it in Partner Center; the outputs give its ID (MSIX) and link.',
        action: 'true',
        apis: BOTH,
        operations: ANY,
        type: BOOLEAN
    },
    'upload-concurrency': {
        description: 'Blocks uploaded in parallel for large zips (1-32).',
        fallback: '4',
        apis: MSIX,
        operations: SUBMIT,
        type: { kind: 'number', min: 1, max: 32, integer: true }
    },
    'request-timeout-seconds': {
        description: 'How long one API or upload request may stay silent before it is retried (or, for create and commit, checked).',
        action: '120',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'number', min: 1, max: 3600 }
    },
    'store-api-url': {
        description: 'Base URL of the Store submission API (point it at a local fake for tests).',
        fallback: 'https://manage.devcenter.microsoft.com',
        apis: MSIX,
        operations: ANY,
        type: TEXT
    },
    'msi-exe-api-url': {
        description: 'Base URL of the Store submission API for MSI/EXE apps (point it at a local fake for tests).',
        fallback: 'https://api.store.microsoft.com',
        apis: MSI_EXE,
        operations: SUBMIT_OR_READ,
        type: TEXT
    },
    'authority-host': {
        description: 'Azure AD authority host.',
        action: 'https://login.microsoftonline.com',
        apis: BOTH,
        operations: ANY,
        type: TEXT
    }
};

;// CONCATENATED MODULE: ./src/interface/inputs-what.ts
/** The inputs that say who signs in and what a run sends: credentials, the app or product, the submission's contents (declaration.ts joins them, in this order, before ./inputs-how.ts). */

const WHAT_INPUTS = {
    'tenant-id': {
        description: 'Azure AD (Entra ID) tenant ID associated with your Partner Center account. Required, except for a dry run.',
        required: true,
        apis: BOTH,
        operations: ANY,
        type: TEXT
    },
    'client-id': {
        description: 'Application (client) ID of the Azure AD app added to Partner Center (Account settings > User management > Azure AD applications). Required, except for a dry run.',
        required: true,
        apis: BOTH,
        operations: ANY,
        type: TEXT
    },
    'client-secret': {
        description: 'A client secret of that Azure AD app. Leave empty to sign in with GitHub OIDC instead (needs `permissions: id-token: write` and a federated credential on the app); recommended.',
        action: '',
        apis: BOTH,
        operations: ANY,
        type: TEXT
    },
    'application-id': {
        description: "The app's Store ID, e.g. 9NBLGGH4R315. Required for app and flight submissions, and for finding or creating an add-on by product ID.",
        apis: MSIX,
        operations: ANY,
        type: TEXT
    },
    'product-id': {
        description: "An MSI/EXE product's Partner Center ID (a GUID). Giving it publishes through the Store's API for MSI and EXE apps (api.store.microsoft.com); the inputs only MSIX apps, flights and add-ons take are then refused.",
        apis: MSI_EXE,
        operations: SUBMIT_OR_READ,
        type: TEXT
    },
    'seller-id': {
        description: 'The Partner Center seller ID (digits; Account settings > Legal info), sent as X-Seller-Account-Id. Required with product-id.',
        apis: MSI_EXE,
        operations: SUBMIT_OR_READ,
        type: TEXT
    },
    'submission-json': {
        description: "The submission fields to change, as inline JSON. Deep-merged over the submission the Store clones from the last published one: objects key by key, arrays and values replaced. For an MSI/EXE product: `{ listings: { <language>: {...} }, properties, availability }` with that API's field names.",
        apis: BOTH,
        operations: SUBMIT,
        type: TEXT
    },
    'submission-json-file': {
        description: 'The same, read from a file. Give submission-json or submission-json-file, or neither.',
        apis: BOTH,
        operations: SUBMIT,
        type: TEXT
    },
    'package-zip': {
        description: 'Path of the zip that holds every file the JSON marks `fileStatus: PendingUpload` (packages, listing images, trailers, add-on icons), at the path given as its fileName.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    packages: {
        description: 'Package mode: glob patterns (one a line, or comma-separated; `!` excludes; relative to the workspace; `/` between folders on every OS) of the .msix, .msixbundle, .msixupload, .appx, .appxbundle or .appxupload files to publish. Each is checked against the app (package family name, version) before anything changes, then listed as a new package and uploaded in a zip written on the fly.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'keep-packages': {
        description: 'With packages: what happens to the packages already on the submission. `0`: every one is deleted (PendingDelete); `all`: none is; a number N: the N newest of each architecture and device family stay.',
        fallback: '0',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    installers: {
        description: "With product-id: a JSON array (or one object) of installers with the API's field names (packageUrl, languages, architectures, isSilentInstall, installerParameters, packageType, genericDocUrl, errorDetails). It replaces the product's whole package list. packageType is taken from .msi/.exe when left out; isSilentInstall is true when no installerParameters are given.",
        apis: MSI_EXE,
        operations: SUBMIT,
        type: TEXT
    },
    'release-notes': {
        description: 'Text for `releaseNotes` in every listing language of the app submission; for an MSI/EXE product (product-id), `whatsNew` in every listing language of its draft (at most 1500 characters).',
        apis: BOTH,
        operations: SUBMIT,
        type: TEXT
    },
    'release-notes-file': {
        description: 'The same, read from a UTF-8 file (CRLF or LF). Give release-notes or release-notes-file, or neither.',
        apis: BOTH,
        operations: SUBMIT,
        type: TEXT
    },
    'listings-folder': {
        description: "A folder (relative to the workspace) of Store listings kept as files: one folder per language (en-us, de-DE, ...) holding title.txt, description.txt, release-notes.txt, features.txt, keywords.txt, ... and images/<imageType>/ (an add-on: title.txt, description.txt, icon.png). Checked before any change; see the README. For an MSI/EXE product (product-id) its texts update that API's listings where the fields correspond. With operation export (required there): the folder the Store's listings are written into.",
        apis: BOTH,
        operations: ['submit', 'export'],
        type: TEXT
    },
    'dry-run': {
        description: '`true`: do everything up to the first request that would change something (read and check the packages, the app, the published submission), print the submission JSON, the packages and the zip entries it would send, and change nothing. Works without credentials too, saying what it could not check. For an MSI/EXE product: read the draft, check the changes against it, and print the installers and the whole modules it would send.',
        action: 'false',
        apis: BOTH,
        operations: ANY,
        type: BOOLEAN
    },
    'delete-pending': {
        description: '`true`: delete a pending submission (one made through the API) before creating the new one, with a warning. `false`: fail and change nothing if one exists.',
        fallback: 'true',
        apis: MSIX,
        operations: SUBMIT,
        type: BOOLEAN
    }
};

;// CONCATENATED MODULE: ./src/interface/declaration.ts
/**
 * The action's public interface, declared once: every input and output, with
 * its description, its default, which API and which operation it belongs to,
 * and how it is read. action.yml's `inputs:`/`outputs:` and the README's
 * Inputs and Outputs tables are generated from here (`npm run interface`;
 * `.ci/run` fails when they differ), the refusals of inputs another API or
 * operation cannot honour are derived from here, and `InputName` makes a read
 * of an undeclared input a type error.
 *
 * The rule that keeps "given" meaning one thing: the runner sets every input
 * that has an action.yml default (`action`) whether the workflow names it or
 * not, so such a default must be valid in every kind of run, for both APIs and
 * every operation. An input that belongs to some runs only has no action.yml
 * default; what an empty value means is its `fallback`, documented here and
 * read by the code.
 *
 * This folder imports nothing from outside it: the generator (scripts/interface.mjs) loads it on
 * its own.
 */



/** Every input, in the order of action.yml and the README. */
const INPUTS = { ...WHAT_INPUTS, ...HOW_INPUTS };
const OUTPUTS = {
    'submission-id': {
        description: 'ID of the submission created (set also when the step fails after creating it). With operation status: the last published submission (empty for an MSI/EXE product: its API does not name it).'
    },
    status: {
        description: 'The last status seen, e.g. PreProcessing, CommitFailed, CommitStarted (after a timeout); for an MSI/EXE product its publishingStatus (INPROGRESS, PUBLISHED, FAILED).'
    },
    'status-details': {
        description: 'The statusDetails JSON (errors, warnings, certificationReports); for an MSI/EXE product the errors and warnings the API gave.'
    },
    'flight-id': {
        description: 'ID of the package flight submitted to (also when it was found by name or created).'
    },
    'add-on-id': {
        description: 'Store ID of the add-on submitted to (also when it was found by product ID or created).'
    },
    'partner-center-url': {
        description: "Partner Center page of the submission (an app's submission), else of the app, add-on or MSI/EXE product."
    },
    'rollout-status': {
        description: 'The package rollout status after the step, as the Store names it: PackageRolloutNotStarted, PackageRolloutInProgress, PackageRolloutComplete, PackageRolloutStopped. Set when the step started, changed or cleared a rollout, and by operation status for the published submission of an app or flight.'
    },
    'rollout-percentage': {
        description: 'The share of users in that rollout after the step (0-100).'
    },
    'pending-submission-id': {
        description: 'With operation status: the ID of the pending submission (not yet published; for an MSI/EXE product the submission in progress), empty when there is none.'
    },
    'pending-status': {
        description: "With operation status: that pending submission's status, empty when there is none."
    }
};
/** The inputs in declaration order (action.yml's and the README's order). */
const INPUT_NAMES = Object.keys(INPUTS);
function inputSpec(name) {
    return INPUTS[name];
}
/** What an empty input means: its action.yml default, else its documented fallback, else ''. */
function defaultOf(name) {
    const spec = INPUTS[name];
    return spec.action ?? spec.fallback ?? '';
}


/***/ }),

/***/ 8798:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./src/log-safe.ts
/**
 * Text for the log that the runner cannot read as a workflow command. The
 * runner (actions/runner, ActionCommandManager.TryProcessCommand) reads each
 * line of a step's stdout, split at CR, LF or CRLF, as a command when
 * - it starts with `::` after leading whitespace (ActionCommand.TryParseV2
 *   trims the start), e.g. `::add-mask::x`, `::stop-commands::token`; or
 * - it holds `##[` anywhere (the legacy ActionCommand.TryParse), e.g.
 *   `text ##[error]x`.
 * Every line of Store or repository text (listing texts, release notes, file
 * names, the Store's error details) goes through here on its way to stdout.
 * Such a line keeps its words and is marked visibly: `::` at its start gets
 * `» ` in front of it, and `##[` becomes `## [`. Other lines are unchanged.
 * Pure.
 */
/** The mark put in front of a line that would open a `::command::`. */
const COMMAND_MARK = '» ';
/** Whitespace .NET's TrimStart() removes (Char.IsWhiteSpace), which JavaScript's \s covers, plus U+0085. */
const COMMAND_START = /^[\s\u0085]*::/u;
/** One line (no CR or LF) that the runner cannot read as a command. */
function safeLogLine(line) {
    const marked = COMMAND_START.test(line) ? `${COMMAND_MARK}${line}` : line;
    return marked.replace(/##\[/g, '## [');
}
/** Text of any number of lines (CR, LF or CRLF between them), each made safe; the line breaks are kept. */
function safeLog(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, i) => (i % 2 === 1 ? part : safeLogLine(part)))
        .join('');
}

;// CONCATENATED MODULE: ./src/run/workflow-commands.ts
/**
 * The runner's side of a step, written directly: the `::command::` lines a step writes to stdout and the entries
 * it appends to the files the runner names (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), as @actions/core writes them.
 * The action used @actions/core for these few lines; loading it (with @actions/http-client, tunnel and TLS) took
 * about a tenth of the time to the first request (bench/start.mjs). Its getIDToken is still used, loaded only by a
 * run that signs in with GitHub OIDC (src/run/actions-host.ts). __tests__/unit/workflow-commands.test.ts checks
 * every line here against @actions/core's own.
 */

/** The data of a command (after `::`): `%`, CR and LF escaped, as the runner unescapes them. */
function escapeCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value of a command: its data escapes, and `:` and `,`, which end a value. */
function escapeCommandProperty(text) {
    return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One command line without its line break: `::name key=value,key=value::message`; empty properties are left out. */
function workflowCommand(name, properties, message) {
    const given = Object.entries(properties).filter((entry) => Boolean(entry[1]));
    const props = given.map(([key, value]) => `${key}=${escapeCommandProperty(value)}`).join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}
/**
 * One output as a GITHUB_OUTPUT entry, without its final line break: `name<<delimiter`, the value, the delimiter.
 * `delimiter` is random (the caller's `ghadelimiter_<uuid>`); a name or value that holds it is refused, since the
 * runner would end the value there.
 */
function outputFileEntry(name, value, delimiter) {
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
/** The environment variable the runner sets for an input: `INPUT_` and the name upper-cased, spaces as `_`. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

;// CONCATENATED MODULE: ./src/run/actions-host.ts
/**
 * The GitHub Action's host: inputs from the runner's INPUT_* variables, outputs and the summary through the files
 * it names, the log, annotations and masks as workflow commands on stdout (src/run/workflow-commands.ts), and
 * GitHub's OIDC token through @actions/core, loaded only by a run that asks for one.
 */




/**
 * The workflow run's page, from the runner's default environment variables (GITHUB_SERVER_URL, GITHUB_REPOSITORY,
 * GITHUB_RUN_ID, GITHUB_WORKFLOW, GITHUB_RUN_NUMBER); none outside Actions (no repository or run ID).
 */
function runLinkFrom(env) {
    const runId = Number.parseInt(env.GITHUB_RUN_ID ?? '', 10);
    if (!env.GITHUB_REPOSITORY || !runId)
        return undefined;
    const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runNumber = Number.parseInt(env.GITHUB_RUN_NUMBER ?? '', 10);
    return { url: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`, label: `${env.GITHUB_WORKFLOW} #${runNumber}` };
}
function actionsHost(env = process.env, write = (text) => void process.stdout.write(text)) {
    const line = (text) => write(`${text}${external_node_os_namespaceObject.EOL}`);
    const command = (name, message, properties = {}) => line(workflowCommand(name, properties, message));
    const error = (message, properties) => command('error', message, properties);
    return {
        input: (name) => (env[inputVariable(name)] ?? '').trim(),
        setOutput: (name, value) => {
            const file = env.GITHUB_OUTPUT;
            if (file) {
                // node:crypto (for the delimiter) is loaded here, at the end of the run, not before its first request.
                const delimiter = `ghadelimiter_${process.getBuiltinModule('node:crypto').randomUUID()}`;
                (0,external_node_fs_.appendFileSync)(file, `${outputFileEntry(name, value, delimiter)}${external_node_os_namespaceObject.EOL}`, 'utf8');
            }
            else {
                // Outside a runner that names the file: the old command, as @actions/core falls back to it.
                line('');
                command('set-output', value, { name });
            }
        },
        // Store and repository text reaches the log: no line of it may act as a workflow command (src/log-safe.ts).
        info: (message) => line(safeLog(message)),
        warning: (message, properties) => command('warning', message, properties),
        error,
        writeSummary: async (markdown) => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file) {
                throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
            }
            try {
                (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
            }
            catch {
                throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
            }
            (0,external_node_fs_.appendFileSync)(file, `${markdown}${external_node_os_namespaceObject.EOL}`, 'utf8');
        },
        mask: (secret) => command('add-mask', secret),
        getIdToken: async (audience) => (await Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(130), __nccwpck_require__.e(758)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6058))).getIDToken(audience),
        idToken: {
            label: 'GitHub OIDC',
            available: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL),
            missing: 'this job gets no GitHub OIDC token (permissions: id-token: write)'
        },
        userAgent: 'msstore-submit-action',
        runLink: runLinkFrom(env),
        fail: (message) => {
            process.exitCode = 1;
            error(message);
        }
    };
}

// EXTERNAL MODULE: ./src/clock.ts
var clock = __nccwpck_require__(9373);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/inputs/kinds.ts
var kinds = __nccwpck_require__(6106);
;// CONCATENATED MODULE: ./src/run/apis.ts
const APIS = {
    msix: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(912), __nccwpck_require__.e(248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1248))).MSIX_API,
    'msi-exe': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(912), __nccwpck_require__.e(845)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3845))).MSI_EXE_API
};

;// CONCATENATED MODULE: ./src/run/run-report.ts
/** A run that ended before it knew its API or its settings. */
const NOTHING_DONE = { what: 'submission' };

;// CONCATENATED MODULE: ./src/run/engine.ts
/**
 * One run, whatever the Store API and whatever the host: the API is chosen once from the inputs
 * (src/run/apis.ts); its inputs are parsed (no I/O), then prepared (the files they point at read, the upload
 * planned), then the run is carried out, and the outcome reported through the host (src/run/report.ts). Expected errors (ActionError) end the run with one line and no stack; anything else is a bug
 * and shows its stack.
 */





/** What a run is given from its host. */
function runDeps(host, signal) {
    return {
        clock: clock/* realClock */.d,
        signal,
        userAgent: host.userAgent,
        info: (line) => host.info(line),
        warning: (line) => host.warning(line),
        getIdToken: (audience) => host.getIdToken(audience),
        idToken: host.idToken,
        mask: (value) => host.mask(value)
    };
}
/** The message a run that did not go through ends with. */
function failure(error, kind, opened) {
    if (kind === 'cancelled')
        return `The job was cancelled. ${opened?.leftBehind() ?? 'No submission was created.'}`;
    if (error instanceof errors/* ActionError */.lZ)
        return error.oneLine();
    return `Unexpected error (a bug in this action; please report it): ${error?.stack ?? String(error)}`;
}
/** Carries out one run through the host; resolves with how it ended. */
async function runWith(host) {
    const secret = host.input('client-secret');
    if (secret)
        host.mask(secret);
    const controller = new AbortController();
    const onSignal = (name) => () => {
        host.info(`Received ${name}: stopping.`);
        controller.abort();
    };
    const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
    process.once('SIGINT', handlers.SIGINT);
    process.once('SIGTERM', handlers.SIGTERM);
    let opened;
    let running = false;
    let kind = 'succeeded';
    let message;
    try {
        const api = await APIS[(0,kinds/* chosenApi */.l8)(host.input)]();
        const parsed = api.parse(host.input, Date.now()); // the inputs alone
        opened = await parsed.prepare(); // the files they point at
        running = true;
        const deps = runDeps(host, controller.signal);
        // The one place a dry run is decided: each API rehearses its run, changing nothing.
        await (opened.dryRun ? opened.rehearse(deps) : opened.run(deps));
        const done = opened.doneLine();
        if (done)
            host.info(done);
    }
    catch (error) {
        kind = error instanceof errors/* CancelledError */.cc || controller.signal.aborted ? 'cancelled' : 'failed';
        message = failure(error, kind, opened);
        const left = kind === 'cancelled' ? undefined : opened?.leftBehind();
        if (left)
            host.info(left);
    }
    finally {
        process.removeListener('SIGINT', handlers.SIGINT);
        process.removeListener('SIGTERM', handlers.SIGTERM);
    }
    // The report's code (outputs, summary, plan) loads when the run reports, not before its first request.
    const { report } = await __nccwpck_require__.e(/* import() */ 119).then(__nccwpck_require__.bind(__nccwpck_require__, 7119));
    await report(opened?.report() ?? NOTHING_DONE, { kind, message }, host, host.runLink);
    if (message)
        host.fail(message);
    // A cancelled run may still have a request in flight: do not wait for it.
    if (controller.signal.aborted)
        process.exit(1);
    return { kind, badInput: kind === 'failed' && !running };
}

;// CONCATENATED MODULE: ./src/main.ts
/** The GitHub Action: one run (src/run/engine.ts) through the Actions host (src/run/actions-host.ts). */


async function run() {
    await runWith(actionsHost());
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 6982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// The action's entry: run(), nothing else (src/main.ts). It is CommonJS so that ncc bundles the action as
// CommonJS: node then starts dist/index.js without its ES module loader, which cost about a tenth of the time to
// the first request (bench/RESULTS.md). src/main.ts and everything it imports stay ES modules in TypeScript.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
(__nccwpck_require__(8798)/* .run */ .e)();

module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map
