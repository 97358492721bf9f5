"use strict";
exports.id = 248;
exports.ids = [248];
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

/***/ 1248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MSIX_API: () => (/* binding */ MSIX_API)
});

// EXTERNAL MODULE: ./src/listings/edit.ts
var edit = __webpack_require__(6929);
// EXTERNAL MODULE: ./src/read-back/api.ts + 1 modules
var api = __webpack_require__(3330);
// EXTERNAL MODULE: ./src/msix/lifecycle/left-behind.ts
var left_behind = __webpack_require__(6586);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
// EXTERNAL MODULE: ./src/packages/describe.ts
var describe = __webpack_require__(9252);
// EXTERNAL MODULE: ./src/msix/store/parents.ts
var parents = __webpack_require__(8046);
// EXTERNAL MODULE: ./src/msix/store/rollout.ts
var store_rollout = __webpack_require__(1346);
;// CONCATENATED MODULE: ./src/msix/outcome.ts
/** An MSIX run (app, flight or add-on submission, or a rollout change) told as every run is (src/run/run-report.ts). Pure. */




/** What the run was: "app submission", or "rollout finalize of the package flight's published submission". */
function kindOf(progress) {
    const noun = progress.parent?.kind.noun;
    if (!noun)
        return undefined;
    return progress.operation
        ? `rollout ${progress.operation} of the ${noun}'s published submission`
        : `${noun} submission`;
}
/** The rows on rollouts: one cleared out of the way, and the submission's own. */
function rolloutRows(progress) {
    const rows = [];
    const cleared = progress.clearedRollout;
    if (cleared) {
        rows.push([
            'Rollout in the way',
            (0,markdown/* markdownCell */.UZ)(`${cleared.action === 'finalize' ? 'finalized' : 'halted'}: submission ${cleared.submissionId} (was ${(0,store_rollout/* describeRollout */.lw)(cleared.before)}, now ${(0,store_rollout/* describeRollout */.lw)(cleared.after)})`)
        ]);
    }
    if (progress.rollout) {
        const fallback = progress.rollout.fallbackSubmissionId;
        rows.push([
            'Rollout',
            (0,markdown/* markdownCell */.UZ)(`${(0,store_rollout/* describeRollout */.lw)(progress.rollout)}${fallback && fallback !== '0' ? `; the others keep submission ${fallback}` : ''}`)
        ]);
    }
    return rows;
}
function msixReport(progress) {
    const { parent, rollout } = progress;
    return {
        what: progress.operation ? 'rollout change' : 'submission',
        kind: kindOf(progress),
        target: parent?.label,
        submissionId: progress.submissionId,
        creating: progress.creating,
        status: progress.status,
        committing: progress.committing,
        statusDetails: progress.statusDetails,
        statusHistory: progress.statusHistory,
        replacedSubmissionId: progress.replacedSubmissionId,
        changed: progress.changedFields,
        upload: progress.upload,
        rows: rolloutRows(progress),
        preparedOnly: progress.preparedOnly,
        page: parent ? (0,parents/* submissionPage */._3)(parent, progress.submissionId) : undefined,
        note: progress.note,
        dryRun: progress.dryRun,
        plan: progress.plan,
        sections: progress.wouldPublish?.length
            ? [['### Packages it would publish', '', ...(0,describe/* packagesTable */.wL)(progress.wouldPublish), '']]
            : [],
        outputs: {
            'flight-id': parent?.flightId,
            'add-on-id': parent?.addOnId,
            'rollout-status': rollout?.packageRolloutStatus,
            'rollout-percentage': rollout ? String(rollout.packageRolloutPercentage) : undefined
        }
    };
}
/** The log's last line of a run that went through. */
function msixDoneLine(progress) {
    if (progress.dryRun)
        return 'Dry run finished: nothing was changed.';
    const rollout = progress.rollout ? `; rollout ${(0,store_rollout/* describeRollout */.lw)(progress.rollout)}` : '';
    const note = progress.note ? ` Note: ${progress.note}.` : '';
    return `Submission ${progress.submissionId} of the ${progress.parent?.label}: ${progress.status}${progress.preparedOnly ? ', not committed (commit: false)' : ''}${rollout}.${note}`;
}

// EXTERNAL MODULE: ./src/inputs/common.ts
var inputs_common = __webpack_require__(832);
// EXTERNAL MODULE: ./src/inputs/kinds.ts
var kinds = __webpack_require__(6106);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
;// CONCATENATED MODULE: ./src/msix/inputs/listings.ts

/** The listings folder as the input gives it (path, and the kind of listing), or undefined when not given. */
function parseListingsInput(input, target) {
    const path = input('listings-folder');
    if (!path)
        return undefined;
    if (target.kind === 'flight') {
        (0,parse/* fail */.fJ)("Input 'listings-folder' is for app and add-on submissions; a package flight has no Store listing.", 'Publish the listings with the app submission (a step without the flight inputs).');
    }
    return { path, kind: target.kind };
}

// EXTERNAL MODULE: ./src/packages/find.ts
var find = __webpack_require__(54);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/merge.ts
var merge = __webpack_require__(9107);
;// CONCATENATED MODULE: ./src/release-notes.ts


/** The submission's listing languages (e.g. `en-us`, `de-de`). */
function languagesOf(submission) {
    return (0,merge/* isPlainObject */.Qd)(submission?.listings) ? Object.keys(submission.listings) : [];
}
function releaseNotesEdit(text) {
    return {
        source: 'release-notes',
        check(base) {
            if (base.published && languagesOf(base.published).length === 0) {
                throw new errors/* ActionError */.lZ('Release notes were given, but the last published submission has no listing to put them in.', { hint: "Add a listing in Partner Center first, or set the listings with 'submission-json'." });
            }
        },
        apply(current) {
            const listings = Object.fromEntries(languagesOf(current).map((language) => [language, { baseListing: { releaseNotes: text } }]));
            return Object.keys(listings).length > 0 ? { listings } : {};
        }
    };
}

// EXTERNAL MODULE: ./src/inputs/release-notes.ts
var release_notes = __webpack_require__(2004);
;// CONCATENATED MODULE: ./src/msix/inputs/packages.ts




/** `0`, `all`, or a whole number of packages to keep per architecture and device family. */
function parseKeepPackages(value) {
    const text = value.trim().toLowerCase();
    if (text === '')
        return 0;
    if (text === 'all')
        return 'all';
    if (/^\d{1,6}$/.test(text))
        return Number(text);
    return (0,parse/* fail */.fJ)(`Input 'keep-packages' must be 0, all, or a whole number, got '${value}'.`, '0 (the default) replaces every package; all keeps them; N keeps the N newest of each architecture and device family.');
}
/** Package mode as the inputs set it, or undefined when `packages` is not given. */
function parsePackageMode(input, target) {
    const patterns = (0,find/* splitPatterns */.sb)(input('packages'));
    if (patterns.length === 0) {
        if (input('keep-packages'))
            (0,parse/* fail */.fJ)("Input 'keep-packages' needs 'packages': it says what happens to the packages already on the submission when new ones come.");
        return undefined;
    }
    if (target.kind === 'add-on') {
        (0,parse/* fail */.fJ)("Input 'packages' is for app and flight submissions; an add-on submission has no packages.");
    }
    return { patterns, keep: parseKeepPackages(input('keep-packages')) };
}
/** The release notes as given, refused (before any file is read) for a flight or an add-on. */
function parseMsixReleaseNotes(input, target) {
    const given = (0,release_notes/* parseReleaseNotes */.U)(input);
    if (given && target.kind !== 'app') {
        (0,parse/* fail */.fJ)(`Release notes belong to an app's listings; ${target.kind === 'flight' ? 'a flight submission has no listings' : "an add-on's listings have no release notes"}.`, "Remove 'release-notes' from this step.");
    }
    return given;
}
/** The release-notes edit (the file read, if the notes are in one). */
async function readReleaseNotes(given) {
    return releaseNotesEdit(await (0,release_notes/* readReleaseNotesText */.K)(given));
}

// EXTERNAL MODULE: ./src/fs-callbacks.ts
var fs_callbacks = __webpack_require__(7145);
// EXTERNAL MODULE: ./src/zip/directory.ts
var directory = __webpack_require__(3960);
// EXTERNAL MODULE: ./src/inputs/submission-json.ts
var submission_json = __webpack_require__(6704);
;// CONCATENATED MODULE: ./src/msix/inputs/submission-json.ts
/** `submission-json` (or its file) and `package-zip`: read, parsed, and checked against each other and the kind. */







const KIND_OF = { app: parents/* APP */.uq, flight: parents/* FLIGHT */.ru, 'add-on': parents/* ADD_ON */.ui };
/** A package list that does not belong to this kind of submission would only fail after the Store changed. */
function checkPackageField(changes, target, source) {
    const kind = KIND_OF[target.kind];
    for (const field of [parents/* APP */.uq.packagesField, parents/* FLIGHT */.ru.packagesField]) {
        if (field in changes && field !== kind.packagesField) {
            (0,parse/* fail */.fJ)(`${source} sets '${field}', but this is ${/^[aeiou]/i.test(kind.noun) ? 'an' : 'a'} ${kind.noun} submission${kind.packagesField ? `, whose package list is '${kind.packagesField}'` : ', which has no packages'}.`, kind.packagesField
                ? `Rename the field to '${kind.packagesField}'.`
                : 'Remove it, or publish the packages in an app or flight submission.');
        }
    }
}
/** Checks that `package-zip` is a readable zip holding every pending file not among `alsoUploaded` (paths the upload zip gets from elsewhere). */
async function checkZip(path, pending, source, alsoUploaded = []) {
    let size;
    try {
        const info = await (0,fs_callbacks/* stat */.dJ)(path);
        if (!info.isFile())
            (0,parse/* fail */.fJ)(`'package-zip' is not a file: ${path}.`);
        size = info.size;
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        return (0,parse/* fail */.fJ)(`'package-zip' does not exist: ${path}.`, 'Build the zip before this step, and check the path (it is relative to the workspace).');
    }
    let entries;
    try {
        entries = await (0,directory/* listZipEntries */.kT)(path);
    }
    catch (error) {
        return (0,parse/* fail */.fJ)(`'package-zip' is not a readable zip file (${size} bytes): ${path}: ${error.message}.`);
    }
    const missing = (0,merge/* missingFromZip */.Ik)(pending, [...entries, ...alsoUploaded]);
    if (missing.length > 0) {
        const list = missing.map((file) => `'${file.fileName}' (${file.where})`).join(', ');
        (0,parse/* fail */.fJ)(`'package-zip' is missing ${missing.length} file(s) that ${source} marks PendingUpload: ${list}.`, 'Each fileName must be a path inside the zip (\\ and / alike, any case).');
    }
}
/**
 * submission-json and package-zip, checked against each other and against
 * the files the action zips itself (`uploadFiles`): every PendingUpload file
 * is in what is uploaded, and no two entries share a path. The zip is planned
 * here, once (its plan is what the dry run shows and the upload writes).
 */
async function readChangesAndZip(parsed, packageZip, target, uploadFiles) {
    const { changes, source } = await (0,submission_json/* readChanges */.S)(parsed);
    checkPackageField(changes, target, source);
    const pendingFiles = (0,merge/* pendingUploads */.af)(changes);
    const uploaded = uploadFiles.map((file) => file.zipPath);
    if (packageZip) {
        await checkZip(packageZip, pendingFiles, source, uploaded);
    }
    else {
        const missing = (0,merge/* missingFromZip */.Ik)(pendingFiles, uploaded);
        if (missing.length > 0) {
            (0,parse/* fail */.fJ)(`${source} marks ${missing.length} file(s) PendingUpload (first: '${missing[0].fileName}') but 'package-zip' is not set.`, "Set 'package-zip' to the zip that holds them.");
        }
    }
    // Two entries at one path (a package named like an entry of package-zip) fail now, not after the Store changed.
    // (The planner loads only for a run that zips files itself: package-zip alone goes as it is.)
    const zipPlan = uploadFiles.length > 0
        ? await (await __webpack_require__.e(/* import() */ 932).then(__webpack_require__.bind(__webpack_require__, 5932))).planZip({ files: uploadFiles, packageZip })
        : undefined;
    return { changes, pendingFiles, packageZip, zipPlan };
}

// EXTERNAL MODULE: ./src/msix/inputs/target.ts
var inputs_target = __webpack_require__(6162);
;// CONCATENATED MODULE: ./src/msix/release/controls.ts
/**
 * The release controls: when the submission publishes, how its packages roll
 * out, whether they are a mandatory update, what to do with a rollout still in
 * progress, whether to commit at all, and the `rollout` operation that changes
 * a published submission's rollout without making a new one. Parsed and
 * checked here, purely, from the inputs as declared
 * (src/interface/declaration.ts), so that every mistake fails before the
 * first request.
 */


/** A share of users: 0 to 100, decimals allowed, a trailing % tolerated. */
function parsePercentage(name, value) {
    const match = /^\s*(\d{1,3}(?:\.\d+)?|\.\d+)\s*%?\s*$/.exec(value);
    const number = match ? Number(match[1]) : NaN;
    if (!(number >= 0 && number <= 100)) {
        (0,parse/* fail */.fJ)(`Input '${name}' must be a percentage from 0 to 100 (decimals allowed, e.g. 12.5), got '${value}'.`);
    }
    return number;
}
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/**
 * An ISO 8601 date and time that lies in the future, as the Store wants it
 * (UTC, e.g. 2025-06-01T09:00:00.000Z). Without a time it is midnight; without
 * an offset it is UTC (the runners' time zone).
 */
function parseFutureDate(name, value, now) {
    const text = value.trim();
    const hint = 'Write it as ISO 8601, e.g. 2025-06-01T09:00:00Z (UTC) or 2025-06-01T11:00:00+02:00.';
    const match = ISO_DATE.exec(text);
    if (!match)
        (0,parse/* fail */.fJ)(`Input '${name}' is not an ISO 8601 date and time: '${value}'.`, hint);
    const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
    const parts = [y, mo, d, h, mi, s].map(Number);
    const local = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
    const check = new Date(local);
    if (check.getUTCMonth() !== parts[1] - 1 ||
        check.getUTCDate() !== parts[2] ||
        parts[3] > 23 ||
        parts[4] > 59 ||
        parts[5] > 59) {
        (0,parse/* fail */.fJ)(`Input '${name}' is not a real date and time: '${value}'.`, hint);
    }
    const offset = /^z$/i.test(zone) ? 0 : offsetMinutes(zone);
    if (Math.abs(offset) > 18 * 60)
        (0,parse/* fail */.fJ)(`Input '${name}' has an impossible UTC offset: '${value}'.`, hint);
    const time = local - offset * 60_000 + Number(`0.${fraction || '0'}`) * 1000;
    if (time <= now) {
        (0,parse/* fail */.fJ)(`Input '${name}' (${new Date(time).toISOString()}) is not in the future (it is now ${new Date(now).toISOString()}).`, 'Give a later date, or leave the input out.');
    }
    return new Date(time).toISOString();
}
function offsetMinutes(zone) {
    const digits = zone.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    return zone.startsWith('-') ? -minutes : minutes;
}
function releaseFields(input, context) {
    const publishMode = (0,parse/* readChoice */.Kf)(input, 'publish-mode');
    const publishDate = input('publish-date');
    const percentage = input('rollout-percentage');
    const mandatoryDate = input('mandatory-update-date');
    if (publishDate && publishMode !== 'SpecificDate') {
        (0,parse/* fail */.fJ)(`Input 'publish-date' is set, but 'publish-mode' is ${publishMode ?? 'not set'}.`, "Set 'publish-mode: SpecificDate' to publish on that date, or leave 'publish-date' out.");
    }
    if (publishMode === 'SpecificDate' && !publishDate) {
        (0,parse/* fail */.fJ)("'publish-mode: SpecificDate' needs 'publish-date': the date and time to publish on (ISO 8601).");
    }
    const mandatoryUpdate = (0,parse/* readBoolean */.Vf)(input, 'mandatory-update');
    if (mandatoryDate && mandatoryUpdate !== true) {
        (0,parse/* fail */.fJ)("Input 'mandatory-update-date' is set, but 'mandatory-update' is not true.", "Set 'mandatory-update: true' too, or leave the date out.");
    }
    return {
        publishMode,
        publishDate: publishDate ? parseFutureDate('publish-date', publishDate, context.now) : undefined,
        rolloutPercentage: percentage ? parsePercentage('rollout-percentage', percentage) : undefined,
        mandatoryUpdate,
        mandatoryUpdateDate: mandatoryDate
            ? parseFutureDate('mandatory-update-date', mandatoryDate, context.now)
            : undefined
    };
}
/** Packages (and so rollouts and mandatory updates) belong to app and flight submissions only. */
function refuseOnAddOn(input, context) {
    if (context.kind !== 'add-on')
        return;
    const set = ['rollout-percentage', 'mandatory-update', 'mandatory-update-date', 'rollout-action'].filter((name) => input(name).trim());
    if ((0,kinds/* runOperation */.xj)(input) === 'rollout')
        set.unshift('operation');
    if ((0,parse/* readChoice */.Kf)(input, 'existing-rollout') !== 'fail')
        set.push('existing-rollout');
    if (set.length) {
        (0,parse/* fail */.fJ)(`${set.map((name) => `'${name}'`).join(', ')} ${set.length === 1 ? 'makes' : 'make'} no sense for an add-on: add-ons have no packages to roll out or make mandatory.`, 'Leave them out of the add-on step; use them in an app or flight step.');
    }
}
/**
 * `operation: rollout`. The inputs that belong to submissions only are refused before (src/inputs/kinds.ts,
 * from the declaration); what is left to check here are values.
 */
function rolloutOperation(input) {
    const action = (0,parse/* readChoice */.Kf)(input, 'rollout-action');
    if (!action)
        (0,parse/* fail */.fJ)("'operation: rollout' needs 'rollout-action': update (to 'rollout-percentage'), finalize or halt.");
    const percentage = input('rollout-percentage');
    if (action === 'update') {
        if (!percentage)
            (0,parse/* fail */.fJ)("'rollout-action: update' needs 'rollout-percentage': the new share of users.");
        return { kind: 'rollout', change: { action, percentage: parsePercentage('rollout-percentage', percentage) } };
    }
    if (percentage) {
        (0,parse/* fail */.fJ)(`'rollout-action: ${action}' takes no 'rollout-percentage' (${action === 'finalize' ? 'finalizing gives the new packages to everyone' : 'halting stops the rollout'}).`, "Leave 'rollout-percentage' out, or use 'rollout-action: update' to change the share.");
    }
    return { kind: 'rollout', change: { action } };
}
/**
 * Parses and checks the release-control inputs (after src/inputs/kinds.ts refused those of another operation).
 * `operation: status` and `export` never get here: each API's parse hands them to src/read-back/api.ts first.
 */
function parseReleaseOperation(input, context) {
    refuseOnAddOn(input, context);
    if ((0,kinds/* runOperation */.xj)(input) === 'rollout')
        return rolloutOperation(input);
    return {
        kind: 'submit',
        fields: releaseFields(input, context),
        existingRollout: (0,parse/* readChoice */.Kf)(input, 'existing-rollout') ?? 'fail',
        commit: (0,parse/* readBoolean */.Vf)(input, 'commit') ?? true
    };
}

;// CONCATENATED MODULE: ./src/msix/release/edit.ts

const RELEASE_CONTROLS_SOURCE = 'release controls';
/** The submission fields the release controls set (only those asked for). Pure. */
function releaseFieldsOf(fields) {
    const submission = {};
    if (fields.publishMode)
        submission.targetPublishMode = fields.publishMode;
    if (fields.publishDate)
        submission.targetPublishDate = fields.publishDate;
    const delivery = {};
    if (fields.rolloutPercentage !== undefined) {
        delivery.packageRollout = { isPackageRollout: true, packageRolloutPercentage: fields.rolloutPercentage };
    }
    if (fields.mandatoryUpdate !== undefined)
        delivery.isMandatoryUpdate = fields.mandatoryUpdate;
    if (fields.mandatoryUpdateDate)
        delivery.mandatoryUpdateEffectiveDate = fields.mandatoryUpdateDate;
    if (Object.keys(delivery).length)
        submission.packageDeliveryOptions = delivery;
    return submission;
}
function releaseControlsEdit(fields) {
    const changes = releaseFieldsOf(fields);
    return {
        source: RELEASE_CONTROLS_SOURCE,
        check(base) {
            if (fields.rolloutPercentage !== undefined && !base.published) {
                throw new errors/* ActionError */.lZ(`'rollout-percentage' starts a gradual rollout from the last published submission to this one, but there is none yet; nothing was changed.`, { hint: "Leave 'rollout-percentage' out of the first submission; roll out later ones." });
            }
        },
        apply: () => changes
    };
}

;// CONCATENATED MODULE: ./src/msix/settings.ts










/** Reads and checks the inputs alone (no file, no request). `now` (ms) is when dates must lie after. */
function parseSettings(input, now = Date.now()) {
    (0,kinds/* checkRunKind */.yD)(input);
    const dryRun = (0,parse/* readBoolean */.Vf)(input, 'dry-run') ?? false;
    const common = (0,inputs_common/* readCommon */.C)(input, dryRun);
    const target = (0,inputs_target/* readTarget */._)(input);
    const release = parseReleaseOperation(input, { kind: target.kind, now });
    if (dryRun && release.kind === 'rollout') {
        (0,parse/* fail */.fJ)("'dry-run' is for submissions; 'operation: rollout' has nothing to rehearse.", "Leave 'dry-run' out of the rollout step.");
    }
    return {
        ...common,
        target,
        deletePending: (0,parse/* readBoolean */.Vf)(input, 'delete-pending') ?? true,
        storeApiUrl: (0,parse/* readBaseUrl */.$P)(input, 'store-api-url'),
        uploadConcurrency: (0,parse/* readNumber */.kz)(input, 'upload-concurrency'),
        dryRun,
        release,
        given: {
            packages: parsePackageMode(input, target),
            releaseNotes: parseMsixReleaseNotes(input, target),
            listings: parseListingsInput(input, target),
            changes: (0,submission_json/* parseChangesInput */.b)(input),
            packageZip: input('package-zip') || undefined
        }
    };
}
/**
 * Reads what the inputs point at: finds and reads the packages, the release notes' file, the listings folder and
 * submission-json's file, checks package-zip, and plans the upload zip once. Every problem fails here, before the
 * first request.
 */
async function prepareSettings(parsed, workspace = process.cwd()) {
    const { given, release, target, ...settings } = parsed;
    // The package reader and the listings reader load only for a run that has packages or a listings folder.
    const packageMode = given.packages
        ? await (await __webpack_require__.e(/* import() */ 700).then(__webpack_require__.bind(__webpack_require__, 5700))).readPackageMode(given.packages, target, workspace)
        : undefined;
    const releaseNotes = given.releaseNotes ? await readReleaseNotes(given.releaseNotes) : undefined;
    const listings = given.listings
        ? await (await __webpack_require__.e(/* import() */ 899).then(__webpack_require__.bind(__webpack_require__, 6899))).readListingsInput(given.listings)
        : undefined;
    // The documented order: packages, release notes, listings folder, release controls; submission-json after them all.
    const releaseControls = release.kind === 'submit' && Object.keys(releaseFieldsOf(release.fields)).length
        ? releaseControlsEdit(release.fields)
        : undefined;
    const edits = [packageMode?.edit, releaseNotes, listings?.edit, releaseControls].filter((edit) => edit !== undefined);
    const uploadFiles = [...(packageMode?.files ?? []), ...(listings?.files ?? [])];
    const read = await readChangesAndZip(given.changes, given.packageZip, target, uploadFiles);
    return {
        ...settings,
        target,
        release,
        edits,
        ...read,
        uploadFiles,
        packages: packageMode?.packages ?? [],
        listings: listings?.folder
    };
}
/** parseSettings, then prepareSettings. */
async function readSettings(input, now = Date.now()) {
    return prepareSettings(parseSettings(input, now));
}

;// CONCATENATED MODULE: ./src/msix/api.ts
/**
 * The Store submission API (MSIX apps, package flights, add-ons) as the engine runs it. Each step's code loads when
 * the run reaches it: the run's (publish.ts) or the dry run's (rehearse.ts), never both (start-up:
 * bench/start.mjs).
 */





const MSIX_API = {
    parse(input, now) {
        if ((0,api/* readsBack */.Fg)(input))
            return (0,api/* parseReadBack */.F7)(input);
        const parsed = parseSettings(input, now);
        return {
            async prepare() {
                const settings = await prepareSettings(parsed);
                const progress = { committed: false };
                // The run and the dry run both start by saying what the listings folder holds.
                const start = (deps) => {
                    if (settings.listings) {
                        deps.info(`listings-folder ${settings.listings.path}: ${(0,edit/* describeListings */.di)(settings.listings)}.`);
                    }
                };
                return {
                    dryRun: settings.dryRun,
                    run: async (deps) => {
                        start(deps);
                        await (await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 2270))).publish(settings, progress, deps);
                    },
                    rehearse: async (deps) => {
                        start(deps);
                        await (await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(932), __webpack_require__.e(542), __webpack_require__.e(436)]).then(__webpack_require__.bind(__webpack_require__, 5436))).rehearse(settings, progress, deps);
                    },
                    doneLine: () => msixDoneLine(progress),
                    leftBehind: () => (0,left_behind/* leftBehind */.a)(progress),
                    report: () => msixReport(progress)
                };
            }
        };
    }
};


/***/ }),

/***/ 6586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ leftBehind)
/* harmony export */ });
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5565);
/* harmony import */ var _store_rollout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1346);
/* harmony import */ var _pending_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1045);
/**
 * What a failed or cancelled MSIX run leaves in the Store, told for each state
 * the run can stop in: a flight or add-on it created, a pending submission it
 * deleted, a rollout it finalized or halted, and the submission it made (not
 * committed, being committed, processing, failed, fallen back, published) or
 * the published submission whose rollout it was to change. Pure.
 */



const REPLACED_NEXT_RUN = 'the next run replaces it (unless delete-pending is false), or delete it in Partner Center';
const PAST = { update: 'updated', finalize: 'finalized', halt: 'halted' };
/** The sentences that say what the run left behind, or undefined when it changed nothing. */
function leftBehind(progress) {
    const lines = [
        createdParent(progress),
        progress.replacedSubmissionId &&
            `The pending submission ${progress.replacedSubmissionId} that this run replaced was deleted.`,
        progress.deletingSubmissionId &&
            `The pending submission ${progress.deletingSubmissionId} was being deleted and the answer did not come: it may be gone; check it in Partner Center.`,
        clearedRollout(progress),
        progress.operation ? publishedRollout(progress) : submission(progress)
    ].filter((line) => Boolean(line));
    return lines.length ? lines.join(' ') : undefined;
}
function createdParent({ parent, submissionId }) {
    if (!parent?.created)
        return undefined;
    return `This run created the ${parent.label}${submissionId ? '' : ', which has no submission yet'}; it stays.`;
}
function clearedRollout({ clearedRollout: cleared, changingRollout: changing, operation }) {
    if (cleared) {
        return `The rollout of the published submission ${cleared.submissionId} was ${PAST[cleared.action]} (existing-rollout: ${cleared.action}): it is ${(0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRollout */ .lw)(cleared.after)}.`;
    }
    if (changing && !operation) {
        return `The request to ${changing.action} the rollout of the published submission ${changing.submissionId} got no clear answer: it may have gone through; check it in Partner Center.`;
    }
    return undefined;
}
/** `operation: rollout`: the published submission stays published; its rollout changed, or not, or maybe. */
function publishedRollout({ submissionId, parent, rollout, changingRollout, operation }) {
    if (!submissionId || !parent || !operation)
        return undefined;
    const where = `The published submission ${submissionId} of the ${parent.label} stays published`;
    if (changingRollout) {
        return `${where}; the request to ${changingRollout.action} its rollout got no clear answer, so it may have gone through${rollout ? ` (before it: ${(0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRollout */ .lw)(rollout)})` : ''}: check it in Partner Center.`;
    }
    return `${where}; its rollout was not changed${rollout ? ` (${(0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRollout */ .lw)(rollout)})` : ''}.`;
}
/** The submission this run made, in the state it was last seen in. */
function submission(progress) {
    const { submissionId: id, parent, status } = progress;
    if (!parent)
        return undefined;
    if (!id) {
        return progress.creating
            ? `A submission was being created for the ${parent.label}: it may exist; ${REPLACED_NEXT_RUN}.`
            : undefined;
    }
    const it = `Submission ${id} of the ${parent.label}`;
    if (progress.committing) {
        return `${it} was being committed and the answer did not come: it may be committed (then the Store processes it) or still PendingCommit (then ${REPLACED_NEXT_RUN}); check it in Partner Center.`;
    }
    if (!progress.committed) {
        const why = progress.preparedOnly ? ' (commit: false)' : '';
        return `${it} was left in status ${status ?? 'PendingCommit'}, not committed${why}; ${REPLACED_NEXT_RUN}.`;
    }
    return committedSubmission(it, status);
}
function committedSubmission(it, status) {
    if (status === 'PendingCommit') {
        return `${it} fell back to PendingCommit after its commit: the Store is not processing it; ${REPLACED_NEXT_RUN}.`;
    }
    if (status === 'CommitFailed') {
        return `${it} ended in CommitFailed: the Store is not processing it; ${REPLACED_NEXT_RUN}.`;
    }
    if (status && (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailureStatus */ .NZ)(status)) {
        return `${it} ended in ${status}: the Store does not go on with it (see its errors in the annotations and in Partner Center); ${REPLACED_NEXT_RUN}.`;
    }
    if (status === 'Published')
        return `${it} is Published.`;
    if (status && _pending_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_PROGRESS */ .mS.includes(status)) {
        const held = status === 'Release' || status === 'PendingPublication'
            ? ' (one set to publish manually or on a date waits for that)'
            : '';
        return `${it} was left in status ${status}: it is committed, and the Store goes on processing it${held}; see Partner Center.`;
    }
    return `${it} was committed; its last status seen was ${status ?? 'none'}: see Partner Center.`;
}


/***/ }),

/***/ 1045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ PARTNER_CENTER_MADE),
/* harmony export */   X7: () => (/* binding */ checkReplaceable),
/* harmony export */   _9: () => (/* binding */ keptPendingError),
/* harmony export */   mS: () => (/* binding */ IN_PROGRESS),
/* harmony export */   oV: () => (/* binding */ replacingWarning),
/* harmony export */   rr: () => (/* binding */ deletePending)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5565);
/* harmony import */ var _store_parents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8046);
/** Deleting the parent's pending submission so that a new one can be created, and what a refusal means. */



const PARTNER_CENTER_MADE = 'It was created in Partner Center, and the Store API can only update, delete and commit submissions created through the API.';
/** Committed and on its way through the Store (CommitStarted to Publishing): it cannot be deleted, and must not be, until it ends. */
const IN_PROGRESS = _status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_PATH */ .ND.slice(_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_PATH */ .ND.indexOf('CommitStarted'), -1);
/**
 * Reads the pending submission's status before anything changes: one that is
 * committed and in progress is refused, naming it, its status and the
 * choices. Answers its status, or undefined when it no longer exists. A 404
 * from the status alone does not make it gone: the submission itself is read
 * too, and only a 404 there as well says so (a run that took a pending
 * submission for gone would later take it for the one it created).
 */
async function checkReplaceable(client, parent, id) {
    let status;
    try {
        status = await readStatus(client, parent, id);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 404))
            throw error;
        const itself = await readIfThere(client, parent, id);
        if (!itself)
            return undefined;
        status = itself.status;
    }
    if (status && IN_PROGRESS.includes(status))
        throw inProgress(parent, id, status);
    return status ?? 'status unknown';
}
/** The submission, or undefined when the Store says it does not exist (404). */
async function readIfThere(client, parent, id) {
    try {
        return await client.get((0,_store_parents_js__WEBPACK_IMPORTED_MODULE_2__/* .submissionPath */ .wy)(parent, id), `Read submission ${id}`);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 404)
            return undefined;
        throw error;
    }
}
async function readStatus(client, parent, id) {
    const call = `Read the status of submission ${id}`;
    return (await client.get((0,_store_parents_js__WEBPACK_IMPORTED_MODULE_2__/* .submissionPath */ .wy)(parent, id, '/status'), call))?.status;
}
function inProgress(parent, id, status, correlationId) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The pending submission ${id} of the ${parent.label} is ${status}: it was committed and the Store is processing it, so it cannot be replaced; nothing was changed.`, {
        hint: `Wait for it to finish (published, or failed), or cancel it in Partner Center (${parent.dashboardUrl}); then run again.`,
        correlationId
    });
}
/** The warning before the delete: what is replaced, and how two runs at once would replace each other's. */
/** delete-pending: false and a pending submission: the run stops here, before any change (a dry run too). */
function keptPendingError(parent, id) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The ${parent.label} already has a pending submission, ${id}; nothing was changed.`, {
        hint: "Commit or delete it in Partner Center, or set 'delete-pending: true' to have this action replace it."
    });
}
function replacingWarning(parent, id, status) {
    return `Deleting the pending submission ${id} (${status}) of the ${parent.label} to replace it (delete-pending: true). If another run made it, two runs are replacing each other's submissions: give the workflow a 'concurrency:' group per app (see the README).`;
}
/** Deletes submission `id` of `parent`: 'deleted', or 'gone' when it no longer existed. */
async function deletePending(client, parent, id) {
    try {
        await client.send({
            method: 'DELETE',
            path: (0,_store_parents_js__WEBPACK_IMPORTED_MODULE_2__/* .submissionPath */ .wy)(parent, id),
            call: `Delete pending submission ${id}`,
            hint: ({ status }) => status === 409
                ? `${PARTNER_CENTER_MADE} Delete it (or submit it) in Partner Center, then run again.`
                : undefined
        });
        return 'deleted';
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 404)
            return 'gone';
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 409)
            throw await refusedDelete(client, error, parent, id);
        throw error;
    }
}
/** The documented reason for a 409 is a submission made in Partner Center (InvalidOperation); say so, and quote the Store either way. */
async function refusedDelete(client, error, parent, id) {
    if (error.code === 'InvalidState') {
        // Committed (by another run, or in Partner Center) since the status was read: read it again to say so.
        const status = await readStatus(client, parent, id).catch(() => undefined);
        if (status && IN_PROGRESS.includes(status))
            return inProgress(parent, id, status, error.correlationId);
    }
    const madeInPartnerCenter = /InvalidOperation/i.test(error.code ?? '') ||
        /created through the API|Partner Center/i.test(error.storeMessage ?? '');
    const storeSaid = [error.code, error.storeMessage].filter(Boolean).join(': ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The pending submission ${id} of the ${parent.label} cannot be deleted through the API: ${madeInPartnerCenter ? PARTNER_CENTER_MADE : 'the Store refused (HTTP 409).'} (${storeSaid || 'HTTP 409'}) [MS-CorrelationId: ${error.correlationId ?? 'none'}]`, {
        hint: `Delete or submit it in Partner Center (${parent.dashboardUrl}), then run again.`,
        correlationId: error.correlationId
    });
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

/***/ 9252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   wL: () => (/* binding */ packagesTable),
/* harmony export */   zx: () => (/* binding */ describePackages)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3758);
/**
 * Packages as the log and the job summary tell them (the dry run's lines, the summary's table). Apart from the dry
 * run (src/msix/lifecycle/dry-run.ts) so that the report can use the table without loading the dry run's code.
 */

const MiB = 1024 * 1024;
const formatSize = (bytes) => bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${bytes} bytes`;
/** One line per package: what it is and what it holds. */
function describePackages(packages) {
    return packages.map((info) => {
        const targets = info.targets
            .map((t) => `${t.architecture} ${t.version}${t.deviceFamilies.length ? ` (${t.deviceFamilies.join(', ')})` : ''}`)
            .join('; ');
        return `  ${info.fileName} (${info.kind}, ${formatSize(info.size)}): ${info.identity.name}, family name ${info.familyName}, publisher '${info.identity.publisher}'; ${targets}`;
    });
}
/** Each target as `x64 1.2.0.0`, the version left out where it is the identity's. */
const targetsOf = (info) => info.targets
    .map((t) => (t.version === info.identity.version ? t.architecture : `${t.architecture} ${t.version}`))
    .join(', ');
/** The packages as a Markdown table for the job summary: what the log's lines say, one row each. */
function packagesTable(packages) {
    return [
        '| File | Identity | Version | Architectures | Size |',
        '|---|---|---|---|---|',
        ...packages.map((info) => {
            const identity = `${info.identity.name} (family name ${info.familyName})`;
            const cells = [
                `${info.fileName} (${info.kind})`,
                identity,
                info.identity.version,
                targetsOf(info),
                formatSize(info.size)
            ];
            return `| ${cells.map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ).join(' | ')} |`;
        })
    ];
}


/***/ }),

/***/ 54:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ PACKAGE_EXTENSIONS),
/* harmony export */   sb: () => (/* binding */ splitPatterns),
/* harmony export */   tP: () => (/* binding */ findPackages),
/* harmony export */   yR: () => (/* binding */ checkUniqueFileNames)
/* harmony export */ });
/* unused harmony export noMatchHint */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _zip_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6680);
/**
 * Finds the package files a build produced: glob patterns (the toolkit's
 * syntax: `**`, `!` to exclude), relative to the workspace. Each pattern must
 * match a file and each file must be a package. No two may share a base name
 * (the base name is the file's path in the uploaded zip): checked once the
 * packages are read (set.ts), after the checks that say more (two copies of
 * one package, a framework package).
 */



/** The files package mode publishes, by extension (matched case-insensitively). */
const PACKAGE_EXTENSIONS = ['.msix', '.appx', '.msixbundle', '.appxbundle', '.msixupload', '.appxupload'];
/** Patterns from newline- or comma-separated text; blank lines and `#` comments dropped. */
function splitPatterns(text) {
    return text
        .split(/[\r\n,]+/)
        .map((pattern) => pattern.trim())
        .filter((pattern) => pattern && !pattern.startsWith('#'));
}
function anchor(pattern, workspace) {
    const negated = pattern.startsWith('!');
    const path = negated ? pattern.slice(1) : pattern;
    return `${negated ? '!' : ''}${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workspace, path)}`;
}
/** Fails when two files would take the same path in the zip (by the one path rule, zip/path.ts: without case). */
function checkUniqueFileNames(paths) {
    const seen = new Map();
    for (const path of paths) {
        const key = (0,_zip_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeZipPath */ .I)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path));
        const other = seen.get(key);
        if (other !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Two packages have the same file name, ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path)}: ${other} and ${path}; each is uploaded under its file name.`, { hint: "Narrow the 'packages' patterns (a `!` line excludes), or rename one of them." });
        }
        seen.set(key, path);
    }
}
/** Why a pattern may match nothing: a Windows path on a runner where `\` is an escape, or a build that wrote elsewhere. */
function noMatchHint(pattern, platform = process.platform) {
    if (platform !== 'win32' && pattern.includes('\\'))
        return `On ${platform === 'darwin' ? 'macOS' : 'Linux'} a '\\' in a pattern is an escape, not a folder separator: write '${pattern.replace(/\\/g, '/')}' ('/' works on every OS).`;
    return 'Check that the build ran before this step and wrote its packages there; patterns are relative to the workspace.';
}
/** The package files the patterns match, sorted, each once. */
async function findPackages(patterns, workspace) {
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => anchor(p, workspace));
    const includes = patterns.filter((p) => !p.startsWith('!'));
    if (includes.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ("'packages' holds no pattern to include.", {
            hint: 'e.g. packages: AppPackages/**/*.msixupload'
        });
    }
    // Loaded here, not at start-up: only a run in package mode globs (bench/start.mjs).
    const glob = await Promise.all(/* import() */[__webpack_require__.e(779), __webpack_require__.e(698), __webpack_require__.e(268)]).then(__webpack_require__.bind(__webpack_require__, 7090));
    const found = new Set();
    for (const pattern of includes) {
        const globber = await glob.create([anchor(pattern, workspace), ...excludes].join('\n'), {
            matchDirectories: false,
            implicitDescendants: false
        });
        const files = await globber.glob();
        if (files.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`The 'packages' pattern '${pattern}' matches no file (in ${workspace}).`, {
                hint: noMatchHint(pattern)
            });
        }
        for (const file of files) {
            if (!PACKAGE_EXTENSIONS.includes((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase())) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`The 'packages' pattern '${pattern}' matches ${file}, which is not a package.`, {
                    hint: `Match only ${PACKAGE_EXTENSIONS.join(' ')} files (e.g. **/*.msixupload), or exclude it with a '!' line.`
                });
            }
            found.add(file);
        }
    }
    return [...found].sort();
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

/***/ 5565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ judgeStatus),
/* harmony export */   ND: () => (/* binding */ STATUS_PATH),
/* harmony export */   NZ: () => (/* binding */ isFailureStatus)
/* harmony export */ });
/** The documented path a submission walks after its commit, in order. */
const STATUS_PATH = [
    'PendingCommit',
    'CommitStarted',
    'PreProcessing',
    'Certification',
    'Release',
    'PendingPublication',
    'Publishing',
    'Published'
];
const STAGE = { commit: 'PreProcessing', certification: 'Release', publish: 'Published' };
function isFailureStatus(status) {
    return /Failed$/i.test(status) || /^Cancell?ed$/i.test(status);
}
/**
 * What a status read after our commit means for a run that waits for
 * `waitFor`. `publishMode` is the submission's targetPublishMode: a Manual or
 * SpecificDate submission stops at Release / PendingPublication by design.
 */
function judgeStatus(status, waitFor, publishMode) {
    if (isFailureStatus(status))
        return { state: 'failed', reason: `the submission reached ${status}` };
    if (status === 'PendingCommit') {
        return {
            state: 'failed',
            reason: 'the commit fell back from CommitStarted to PendingCommit (the Store rejected it without details; check the packages and the zip)'
        };
    }
    const at = STATUS_PATH.indexOf(status);
    if (at < 0)
        return { state: 'waiting' }; // an unknown or transient status: keep reading
    if (at >= STATUS_PATH.indexOf(STAGE[waitFor]))
        return { state: 'done' };
    if (waitFor === 'publish' &&
        publishMode &&
        !/^Immediate$/i.test(publishMode) &&
        (status === 'Release' || status === 'PendingPublication')) {
        return {
            state: 'done',
            note: `the submission is set to publish ${/^manual$/i.test(publishMode) ? 'manually' : `on its date (${publishMode})`}, so it waits at ${status}`
        };
    }
    return { state: 'waiting' };
}


/***/ }),

/***/ 2917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ windowAccess),
/* harmony export */   KR: () => (/* binding */ inflatedAccess),
/* harmony export */   bH: () => (/* binding */ openFileAccess),
/* harmony export */   g_: () => (/* binding */ NotAZipError)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_callbacks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7145);
/**
 * Bytes read by position, from whatever holds them: a file on disk, a window
 * into another source (a zip stored inside a zip, read in place), or a
 * deflated entry inflated on the way. Zip reading needs nothing else, so a
 * package inside an upload file is read without a copy on disk.
 */


// The package-zip check runs before a run's first request: files through ../fs-callbacks.ts, and node:zlib only
// when a deflated entry is read (start-up: bench/start.mjs).
class NotAZipError extends Error {
}
function checkRange(size, position, length) {
    if (position < 0 || length < 0 || position + length > size) {
        throw new NotAZipError(`needs bytes ${position} to ${position + length} of ${size} (truncated?)`);
    }
}
/** A file opened for reading by position; close it when done. */
async function openFileAccess(path) {
    const fd = await (0,_fs_callbacks_js__WEBPACK_IMPORTED_MODULE_1__/* .openFile */ .Tq)(path, 'r');
    let closed = false;
    try {
        const { size } = await (0,_fs_callbacks_js__WEBPACK_IMPORTED_MODULE_1__/* .fstatFile */ .ZY)(fd);
        return {
            size,
            async read(position, length) {
                checkRange(size, position, length);
                const buffer = Buffer.alloc(length);
                let done = 0;
                while (done < length) {
                    const { bytesRead } = await (0,_fs_callbacks_js__WEBPACK_IMPORTED_MODULE_1__/* .readInto */ .Pq)(fd, buffer, done, length - done, position + done);
                    if (bytesRead === 0)
                        throw new NotAZipError(`file ended at ${position + done} of ${size} bytes`);
                    done += bytesRead;
                }
                return buffer;
            },
            // Once only: a raw descriptor's number is reused by the next open, so a second close could close that file.
            close: async () => {
                if (closed)
                    return;
                closed = true;
                await (0,_fs_callbacks_js__WEBPACK_IMPORTED_MODULE_1__/* .closeFile */ .D3)(fd);
            }
        };
    }
    catch (error) {
        await (0,_fs_callbacks_js__WEBPACK_IMPORTED_MODULE_1__/* .closeFile */ .D3)(fd);
        throw error;
    }
}
/** `size` bytes of `source` from `offset`, read in place. */
function windowAccess(source, offset, size) {
    checkRange(source.size, offset, size);
    return {
        size,
        read(position, length) {
            checkRange(size, position, length);
            return source.read(offset + position, length);
        }
    };
}
/** How many of the most recent inflated bytes are kept (a zip's tail and central directory are read back to back). */
const RETAINED_BYTES = 4 * 1024 * 1024;
const COMPRESSED_CHUNK = 1024 * 1024;
/**
 * The inflated bytes of a deflated stream in `source`, read front to back:
 * a read before what is kept starts inflating again from the beginning, a
 * read ahead inflates on (dropping what it passes). Memory stays flat.
 */
function inflatedAccess(source, size) {
    let chunks = [];
    let keptFrom = 0;
    let produced = 0;
    let iterator;
    let stream;
    const restart = () => {
        stream?.destroy();
        async function* compressed() {
            for (let at = 0; at < source.size; at += COMPRESSED_CHUNK) {
                yield await source.read(at, Math.min(COMPRESSED_CHUNK, source.size - at));
            }
        }
        stream = node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(compressed()).pipe(process.getBuiltinModule('node:zlib').createInflateRaw());
        iterator = stream[Symbol.asyncIterator]();
        chunks = [];
        keptFrom = 0;
        produced = 0;
    };
    const drop = (before) => {
        while (chunks.length > 0 && keptFrom + chunks[0].length <= before)
            keptFrom += chunks.shift().length;
    };
    return {
        size,
        close: () => stream?.destroy(),
        async read(position, length) {
            checkRange(size, position, length);
            if (!iterator || position < keptFrom)
                restart();
            while (produced < position + length) {
                let next;
                try {
                    next = await iterator.next();
                }
                catch (error) {
                    throw new NotAZipError(`cannot inflate: ${error.message}`);
                }
                if (next.done)
                    throw new NotAZipError(`deflated data ends after ${produced} of ${size} bytes`);
                chunks.push(next.value);
                produced += next.value.length;
                drop(Math.min(position, produced - RETAINED_BYTES));
            }
            const whole = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
            chunks = [whole];
            return Buffer.from(whole.subarray(position - keptFrom, position - keptFrom + length));
        }
    };
}


/***/ }),

/***/ 3960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ readZipEntries),
/* harmony export */   kT: () => (/* binding */ listZipEntries)
/* harmony export */ });
/* unused harmony exports findCentralDirectory, parseCentralDirectory */
/* harmony import */ var _access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2917);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4632);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3639);
/**
 * Reads a zip's central directory: entry names and where each entry lies,
 * reading only the tail and the directory (entry.ts then reads one entry).
 * Packages reach many GB; ZIP64 archives and entries are read the same way.
 * Works over any RandomAccess: a file, or a zip held inside another zip.
 *
 * Not yauzl (3.4, checked): it names entries by the UTF-8 flag, so a name
 * Info-ZIP's `zip` wrote in UTF-8 without the flag (Linux, macOS) reads as
 * CP437 (`Écran.png` as `├ëcran.png`) and no longer matches the submission
 * JSON; it refuses a whole zip over one `../` entry name; it does not check
 * CRC-32. With its name decoding off it would only parse these records, and
 * a zip inside a zip would need an adapter from RandomAccess to its stream
 * reader, for 54 KB more bundle (1.806 MB to 1.859 MB) to load at start-up.
 */



/** Finds the end-of-central-directory record in the tail of the file; pure. */
function findCentralDirectory(tail, tailOffset, zip64Record) {
    for (let i = tail.length - _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.end; i >= 0; i--) {
        if (tail.readUInt32LE(i) !== _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE */ .J2.end)
            continue;
        const commentLength = tail.readUInt16LE(i + 20);
        if (i + _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.end + commentLength !== tail.length)
            continue;
        let entries = tail.readUInt16LE(i + 10);
        let size = tail.readUInt32LE(i + 12);
        let offset = tail.readUInt32LE(i + 16);
        if ((entries === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .ZIP32_MAX_ENTRIES */ .pl || size === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .ZIP32_MAX */ .Ar || offset === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .ZIP32_MAX */ .Ar) && zip64Record) {
            entries = Number(zip64Record.readBigUInt64LE(32));
            size = Number(zip64Record.readBigUInt64LE(40));
            offset = Number(zip64Record.readBigUInt64LE(48));
        }
        return { entries, size, offset };
    }
    throw new _access_js__WEBPACK_IMPORTED_MODULE_0__/* .NotAZipError */ .g_(`no end-of-central-directory record (searched the last ${tail.length} bytes from ${tailOffset})`);
}
/** Where the ZIP64 end-of-central-directory record is, if the tail has a locator before the EOCD. */
function zip64RecordOffset(tail) {
    for (let i = tail.length - _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.end; i >= _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.zip64Locator; i--) {
        const locator = i - _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.zip64Locator;
        if (tail.readUInt32LE(i) === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE */ .J2.end && tail.readUInt32LE(locator) === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE */ .J2.zip64Locator) {
            return Number(tail.readBigUInt64LE(locator + 8));
        }
    }
    return undefined;
}
/** The sizes and offset from a ZIP64 extended information field, where the classic fields say "see ZIP64". */
function applyZip64(entry, extra) {
    const field = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .findExtraField */ .gP)(extra, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .ZIP64_EXTRA_ID */ .pi);
    let at = 0;
    const next = (what) => {
        if (!field || at + 8 > field.length)
            throw new _access_js__WEBPACK_IMPORTED_MODULE_0__/* .NotAZipError */ .g_(`entry '${entry.name}' lacks its ZIP64 ${what}`);
        const value = Number(field.readBigUInt64LE(at));
        at += 8;
        return value;
    };
    if (entry.uncompressedSize === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .ZIP32_MAX */ .Ar)
        entry.uncompressedSize = next('size');
    if (entry.compressedSize === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .ZIP32_MAX */ .Ar)
        entry.compressedSize = next('compressed size');
    if (entry.localHeaderOffset === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .ZIP32_MAX */ .Ar)
        entry.localHeaderOffset = next('offset');
}
/** Parses central directory records into entries; pure. */
function parseCentralDirectory(directory, expectedEntries) {
    const entries = [];
    let at = 0;
    while (at + _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.centralHeader <= directory.length && entries.length < expectedEntries) {
        if (directory.readUInt32LE(at) !== _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE */ .J2.centralHeader) {
            throw new _access_js__WEBPACK_IMPORTED_MODULE_0__/* .NotAZipError */ .g_(`corrupt central directory at entry ${entries.length + 1}`);
        }
        const nameLength = directory.readUInt16LE(at + 28);
        const extraLength = directory.readUInt16LE(at + 30);
        const commentLength = directory.readUInt16LE(at + 32);
        const nameAt = at + _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.centralHeader;
        const rawName = directory.subarray(nameAt, nameAt + nameLength);
        const extra = directory.subarray(nameAt + nameLength, nameAt + nameLength + extraLength);
        const entry = {
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntryName */ .KJ)(rawName, extra),
            method: directory.readUInt16LE(at + 10),
            compressedSize: directory.readUInt32LE(at + 20),
            uncompressedSize: directory.readUInt32LE(at + 24),
            localHeaderOffset: directory.readUInt32LE(at + 42),
            flags: directory.readUInt16LE(at + 8),
            crc32: directory.readUInt32LE(at + 16),
            raw: {
                name: rawName,
                versionMadeBy: directory.readUInt16LE(at + 4),
                versionNeeded: directory.readUInt16LE(at + 6),
                time: directory.readUInt16LE(at + 12),
                date: directory.readUInt16LE(at + 14),
                externalAttributes: directory.readUInt32LE(at + 38),
                extra
            }
        };
        applyZip64(entry, extra);
        entries.push(entry);
        at += _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.centralHeader + nameLength + extraLength + commentLength;
    }
    if (entries.length !== expectedEntries) {
        throw new _access_js__WEBPACK_IMPORTED_MODULE_0__/* .NotAZipError */ .g_(`central directory lists ${entries.length} of ${expectedEntries} entries`);
    }
    return entries;
}
/** Every entry of the zip in `source`, in central directory order (directories included). */
async function readZipEntries(source) {
    const { size } = source;
    if (size < _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.end)
        throw new _access_js__WEBPACK_IMPORTED_MODULE_0__/* .NotAZipError */ .g_(`file is only ${size} bytes`);
    const tailLength = Math.min(size, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.end + _format_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_COMMENT */ .bc + _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.zip64Locator);
    const tailOffset = size - tailLength;
    const tail = await source.read(tailOffset, tailLength);
    let zip64;
    const zip64Offset = zip64RecordOffset(tail);
    if (zip64Offset !== undefined && zip64Offset + _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.zip64End <= size) {
        zip64 = await source.read(zip64Offset, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_SIZE */ .VJ.zip64End);
        if (zip64.readUInt32LE(0) !== _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE */ .J2.zip64End)
            zip64 = undefined;
    }
    const directory = findCentralDirectory(tail, tailOffset, zip64);
    if (directory.offset + directory.size > size) {
        throw new _access_js__WEBPACK_IMPORTED_MODULE_0__/* .NotAZipError */ .g_('central directory points past the end of the file (truncated?)');
    }
    return parseCentralDirectory(await source.read(directory.offset, directory.size), directory.entries);
}
/** The entry names of the zip at `path` (directories included, as stored). */
async function listZipEntries(path) {
    const file = await (0,_access_js__WEBPACK_IMPORTED_MODULE_0__/* .openFileAccess */ .bH)(path);
    try {
        return (await readZipEntries(file)).map((entry) => entry.name);
    }
    finally {
        await file.close();
    }
}


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ ZIP32_MAX),
/* harmony export */   Fg: () => (/* binding */ withoutExtraField),
/* harmony export */   J2: () => (/* binding */ SIGNATURE),
/* harmony export */   SD: () => (/* binding */ STORED),
/* harmony export */   Tq: () => (/* binding */ FLAG_UTF8),
/* harmony export */   VJ: () => (/* binding */ FIXED_SIZE),
/* harmony export */   aE: () => (/* binding */ DEFLATED),
/* harmony export */   bb: () => (/* binding */ UNICODE_PATH_EXTRA_ID),
/* harmony export */   bc: () => (/* binding */ MAX_COMMENT),
/* harmony export */   gP: () => (/* binding */ findExtraField),
/* harmony export */   nZ: () => (/* binding */ VERSION_ZIP64),
/* harmony export */   pi: () => (/* binding */ ZIP64_EXTRA_ID),
/* harmony export */   pl: () => (/* binding */ ZIP32_MAX_ENTRIES),
/* harmony export */   uM: () => (/* binding */ FLAG_ENCRYPTED),
/* harmony export */   vF: () => (/* binding */ VERSION_DEFAULT),
/* harmony export */   wR: () => (/* binding */ FLAG_DATA_DESCRIPTOR)
/* harmony export */ });
/**
 * The zip format as this action reads and writes it (PKWARE APPNOTE.TXT
 * 6.3.10): the records' signatures and fixed sizes, the Zip64 markers, the
 * flags and methods, and the extra fields. The one place these numbers are
 * written down; read.ts, one-pass.ts, names.ts and records.ts use them. Pure.
 */
/** Each record's signature, its first four bytes. */
const SIGNATURE = {
    localHeader: 0x04034b50,
    dataDescriptor: 0x08074b50,
    centralHeader: 0x02014b50,
    zip64End: 0x06064b50,
    zip64Locator: 0x07064b50,
    end: 0x06054b50
};
/** Each record's fixed part, before its variable-length name, extra and comment. */
const FIXED_SIZE = { localHeader: 30, centralHeader: 46, zip64End: 56, zip64Locator: 20, end: 22 };
/** The longest zip comment: the end record starts within FIXED_SIZE.end + MAX_COMMENT bytes of the end. */
const MAX_COMMENT = 0xffff;
/** The largest value a 4-byte field holds; it also marks "see the Zip64 field". */
const ZIP32_MAX = 0xffffffff;
/** The largest entry count the end-of-central-directory record holds; it also marks "see Zip64". */
const ZIP32_MAX_ENTRIES = 0xffff;
/** Extra field header IDs: Zip64 extended information (APPNOTE 4.5.3), Info-ZIP Unicode Path (4.6.9). */
const ZIP64_EXTRA_ID = 0x0001;
const UNICODE_PATH_EXTRA_ID = 0x7075;
/** General purpose flag bit 0: the entry is encrypted. */
const FLAG_ENCRYPTED = 0x0001;
/** General purpose flag bit 3: CRC-32 and sizes follow the data in a data descriptor. */
const FLAG_DATA_DESCRIPTOR = 0x0008;
/** General purpose flag bit 11: the name is UTF-8. */
const FLAG_UTF8 = 0x0800;
/** Compression methods: the two this action reads (and the one it writes). */
const STORED = 0;
const DEFLATED = 8;
/** Version 2.0: data descriptors, folders, deflate. */
const VERSION_DEFAULT = 20;
/** Version 4.5: Zip64. */
const VERSION_ZIP64 = 45;
/** The extra field with this header ID, if the extra block has one. */
function findExtraField(extra, headerId) {
    let at = 0;
    while (at + 4 <= extra.length) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        if (at + 4 + size > extra.length)
            return undefined;
        if (id === headerId)
            return extra.subarray(at + 4, at + 4 + size);
        at += 4 + size;
    }
    return undefined;
}
/** The extra block with the fields of this header ID left out (a field that runs past the end is kept as it is). */
function withoutExtraField(extra, headerId) {
    const kept = [];
    for (let at = 0; at + 4 <= extra.length;) {
        const end = Math.min(extra.length, at + 4 + extra.readUInt16LE(at + 2));
        if (extra.readUInt16LE(at) !== headerId)
            kept.push(extra.subarray(at, end));
        at = end;
    }
    return Buffer.concat(kept);
}


/***/ }),

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KJ: () => (/* binding */ decodeEntryName)
/* harmony export */ });
/* unused harmony exports decodeCp437, decodeUtf8Strict */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4632);
/**
 * How a zip entry's name bytes become text. Tools disagree: Info-ZIP (`zip`
 * on Linux and macOS) writes UTF-8 names without setting the UTF-8 flag,
 * some writers set the flag on names that are not UTF-8, and old Windows
 * tools write code page 437. So the bytes decide, not the flag: an Info-ZIP
 * Unicode Path extra field (0x7075) that matches the name wins; then valid
 * UTF-8 is read as UTF-8; anything else as CP437. Pure.
 */

/** Code page 437, bytes 0x80 to 0xFF (0x00 to 0x7F read as ASCII). */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅ' +
    'ÉæÆôöòûùÿÖÜ¢£¥₧ƒ' +
    'áíóúñÑªº¿⌐¬½¼¡«»' +
    '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧' +
    '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
    'αßΓπΣσµτΦΘΩδ∞φε∩' +
    '≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function decodeCp437(bytes) {
    let text = '';
    for (const byte of bytes)
        text += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    return text;
}
/** The bytes as UTF-8 when they are valid UTF-8, else undefined. */
function decodeUtf8Strict(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * The Unicode Path extra field's name, when its version is 1 and its CRC-32
 * matches the name bytes it stands for (a mismatch means the name was changed
 * by a tool that did not know the field: the field is stale).
 */
function unicodePath(rawName, extra) {
    const field = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .findExtraField */ .gP)(extra, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .UNICODE_PATH_EXTRA_ID */ .bb);
    if (!field || field.length < 5 || field[0] !== 1)
        return undefined;
    // (node:zlib loads only for a name that has this field: start-up, bench/start.mjs)
    if (field.readUInt32LE(1) !== process.getBuiltinModule('node:zlib').crc32(rawName))
        return undefined;
    return decodeUtf8Strict(field.subarray(5));
}
/** An entry's name from its raw bytes and its extra block. The UTF-8 flag (bit 11) is not needed to read UTF-8. */
function decodeEntryName(rawName, extra = Buffer.alloc(0)) {
    return unicodePath(rawName, extra) ?? decodeUtf8Strict(rawName) ?? decodeCp437(rawName);
}


/***/ })

};
;
//# sourceMappingURL=248.index.cjs.js.map