"use strict";
exports.id = 542;
exports.ids = [542,491];
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

/***/ 3298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ checkEdits)
/* harmony export */ });
/* harmony import */ var _store_parents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8046);

/** Runs every edit's check; resolves with the published submission when it was read (always in a dry run). */
async function checkEdits(options) {
    const { client, parent, resource } = options;
    const checked = options.edits.filter((edit) => edit.check);
    if (checked.length === 0 && !options.readPublished)
        return undefined;
    const ref = (0,_store_parents_js__WEBPACK_IMPORTED_MODULE_0__/* .publishedOf */ .KG)(parent, resource);
    const published = ref
        ? await client.get((0,_store_parents_js__WEBPACK_IMPORTED_MODULE_0__/* .submissionPath */ .wy)(parent, ref.id), `Read submission ${ref.id}`)
        : undefined;
    const { applicationId } = parent;
    const application = parent.kind === _store_parents_js__WEBPACK_IMPORTED_MODULE_0__/* .FLIGHT */ .ru && applicationId && checked.length > 0
        ? await client.get(`applications/${applicationId}`, `Read app ${applicationId}`)
        : undefined;
    for (const edit of checked) {
        edit.check?.({ parent: resource, published, application });
        for (const line of edit.checked ?? [])
            options.info(`Checked ${edit.source}: ${line}`);
    }
    return published;
}


/***/ }),

/***/ 9491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ rolloutInTheWay),
/* harmony export */   changePublishedRollout: () => (/* binding */ changePublishedRollout),
/* harmony export */   l: () => (/* binding */ clearRollout)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _store_parents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8046);
/* harmony import */ var _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1346);
/* harmony import */ var _run_in_flight_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8385);
/**
 * The lifecycle's rollout decisions: a rollout still in progress on the last
 * published submission blocks a new one (fail, finalize or halt it, as
 * `existing-rollout` says), and `operation: rollout` changes that rollout
 * without making a submission.
 */




const PAST = { update: 'updated', finalize: 'finalized', halt: 'halted' };
const hasPackages = (parent) => parent.kind.packagesField !== undefined;
/**
 * The rollout in the way of a new submission, if any. Reads only: with
 * `existing-rollout: fail` it refuses here, before anything changes.
 */
async function rolloutInTheWay(client, resolved, choice, log) {
    const { parent, resource } = resolved;
    const published = (0,_store_parents_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedOf */ .KG)(parent, resource);
    if (!hasPackages(parent) || !published)
        return undefined;
    let rollout;
    try {
        rollout = await (0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .readRollout */ .wW)(client, parent, published.id);
    }
    catch (error) {
        // A Store that will not tell (404, 409: a feature the API does not support) must not stop a submission that
        // may well go through: the create says so with a 409 if a rollout is in the way after all.
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) || ![400, 404, 409].includes(error.status ?? 0))
            throw error;
        log(`${error.message} Going on without knowing whether a rollout is in progress.`);
        return undefined;
    }
    if (!rollout.isPackageRollout || !_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_OPEN */ .Dw.includes(rollout.packageRolloutStatus))
        return undefined;
    if (choice === 'fail') {
        const what = rollout.packageRolloutStatus === _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_IN_PROGRESS */ .w
            ? `is still rolling out its published submission ${published.id} to ${rollout.packageRolloutPercentage} % of users`
            : `has a package rollout of its published submission ${published.id} that has not started yet`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The ${parent.label} ${what} (${rollout.packageRolloutStatus}), which blocks a new submission; nothing was changed.`, {
            hint: "Set 'existing-rollout: finalize' (everyone gets that submission's packages) or 'existing-rollout: halt' (back to the one before), or change it first with 'operation: rollout'."
        });
    }
    return { submissionId: published.id, rollout };
}
/** Finalizes or halts the rollout in the way, so that a new submission can be created. */
async function clearRollout(client, parent, inTheWay, action, progress, log) {
    log(`The published submission ${inTheWay.submissionId} is rolling out (${(0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRollout */ .lw)(inTheWay.rollout)}): ${action === 'finalize' ? 'finalizing' : 'halting'} it (existing-rollout: ${action}).`);
    const rollout = await (0,_run_in_flight_js__WEBPACK_IMPORTED_MODULE_3__/* .marked */ .x)((on) => (progress.changingRollout = on ? { submissionId: inTheWay.submissionId, action } : undefined), () => (0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .changeRollout */ .a1)(client, parent, inTheWay.submissionId, { action }, log));
    progress.clearedRollout = { submissionId: inTheWay.submissionId, action, before: inTheWay.rollout, after: rollout };
}
/** What the Store must show before `change` can be sent; a reason to refuse, or 'done' when it is there already. */
function refusal(rollout, change) {
    if (!rollout.isPackageRollout)
        return 'it has no gradual rollout';
    if (rollout.packageRolloutStatus === _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_IN_PROGRESS */ .w)
        return undefined;
    // A rollout that has not started yet can be finalized or halted (as StoreBroker does), not given a percentage.
    if (_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_OPEN */ .Dw.includes(rollout.packageRolloutStatus) && change.action !== 'update')
        return undefined;
    if (change.action === 'finalize' && rollout.packageRolloutStatus === _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_COMPLETE */ .O_)
        return 'done';
    if (change.action === 'halt' && rollout.packageRolloutStatus === _store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUT_STOPPED */ .kR)
        return 'done';
    return `its rollout is ${rollout.packageRolloutStatus}, not in progress`;
}
/** `operation: rollout`: changes the rollout of the parent's last published submission. */
async function changePublishedRollout(client, resolved, change, progress, log) {
    const { parent, resource } = resolved;
    progress.operation = change.action;
    const published = (0,_store_parents_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedOf */ .KG)(parent, resource);
    if (!published) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The ${parent.label} has no published submission, so there is no rollout to change; nothing was changed.`);
    }
    progress.submissionId = published.id;
    progress.status = 'Published';
    const rollout = await (0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .readRollout */ .wW)(client, parent, published.id);
    progress.rollout = rollout;
    const why = refusal(rollout, change);
    if (why === 'done') {
        log(`The rollout of submission ${published.id} is ${(0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRollout */ .lw)(rollout)} already: nothing to do.`);
        return;
    }
    if (why) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The rollout of the ${parent.label}'s published submission ${published.id} cannot be ${PAST[change.action]}: ${why} (${(0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRollout */ .lw)(rollout)}); nothing was changed.`, { hint: 'Start a rollout with a new submission and rollout-percentage.' });
    }
    progress.rollout = await (0,_run_in_flight_js__WEBPACK_IMPORTED_MODULE_3__/* .marked */ .x)((on) => (progress.changingRollout = on ? { submissionId: published.id, action: change.action } : undefined), () => (0,_store_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .changeRollout */ .a1)(client, parent, published.id, change, log));
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


/***/ })

};
;
//# sourceMappingURL=542.index.cjs.js.map