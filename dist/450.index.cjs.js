"use strict";
exports.id = 450;
exports.ids = [450,119];
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

/***/ 450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBackReport: () => (/* binding */ readBackReport)
});

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
// EXTERNAL MODULE: ./src/msix/store/rollout.ts
var rollout = __webpack_require__(1346);
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
        rows.push(['Rollout', (0,markdown/* markdownCell */.UZ)((0,rollout/* describeRollout */.lw)(progress.rollout))]);
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

/***/ 7119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jb: () => (/* binding */ summaryTable),
/* harmony export */   report: () => (/* binding */ report),
/* harmony export */   sE: () => (/* binding */ outcomeIcon)
/* harmony export */ });
/* unused harmony exports setOutputs, annotate, summaryMarkdown */
/* harmony import */ var _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5854);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3758);
/* harmony import */ var _plan_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3756);
/** The outcome of any run, told three ways: outputs, the summary, and annotations. */



/** Warnings the Store attaches to nearly every submission; they say nothing about this one. */
const NOISE = new Set(['SalesUnsupportedWarning']);
function describe(entry) {
    return [entry.code, entry.details].filter(Boolean).join(': ') || 'unspecified';
}
/** Every declared output: what the run set, else empty (so a later step never reads a stale value). */
function setOutputs(report, sink) {
    const values = {
        'submission-id': report.submissionId,
        status: report.status,
        'status-details': report.statusDetails ? JSON.stringify(report.statusDetails) : undefined,
        'partner-center-url': report.page,
        ...report.outputs
    };
    for (const name of Object.keys(_interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTPUTS */ .py))
        sink.setOutput(name, values[name] ?? '');
}
/** Each status seen, with its time. */
function historySection(progress) {
    const history = progress.statusHistory ?? [];
    if (history.length === 0)
        return [];
    const when = (at) => at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    return ['### Statuses', '', ...history.map((h) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(h.status)} at ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(when(h.at))}`), ''];
}
/** One error or warning of the Store's as a list item: its code, then its details. */
const entryItem = (e) => `- ${e.code ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.code) : ''}${e.code && e.details ? ': ' : ''}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(e.details ?? '')}`;
/** Warnings worth reading, and the Store's usual noise folded away. */
function warningsSection(entries) {
    const noise = (entries ?? []).filter((e) => NOISE.has(e.code ?? ''));
    const real = (entries ?? []).filter((e) => !NOISE.has(e.code ?? ''));
    if (!real.length && !noise.length)
        return [];
    const lines = ['### Warnings', '', ...real.map(entryItem), ''];
    if (noise.length) {
        lines.push(`<details><summary>${noise.length} known harmless warning(s) the Store adds to nearly every submission</summary>`, '', ...noise.map(entryItem), '', '</details>', '');
    }
    return lines;
}
function annotate(progress, sink) {
    const details = progress.statusDetails;
    const id = progress.submissionId ?? '?';
    for (const entry of details?.errors ?? [])
        sink.error(describe(entry), { title: `Store: submission ${id} error` });
    for (const entry of details?.warnings ?? []) {
        if (NOISE.has(entry.code ?? ''))
            sink.info(`Store warning (usually harmless): ${describe(entry)}`);
        else
            sink.warning(describe(entry), { title: `Store: submission ${id} warning` });
    }
    for (const report of details?.certificationReports ?? []) {
        if (report.reportUrl)
            sink.info(`Certification report${report.date ? ` of ${report.date}` : ''}: ${report.reportUrl}`);
    }
}
/** ✅, ⏹️ or ❌: how the run ended, for a summary's heading. */
function outcomeIcon(outcome) {
    return outcome.kind === 'succeeded' ? '✅' : outcome.kind === 'cancelled' ? '⏹️' : '❌';
}
/**
 * A summary's table: `rows` (name, value already Markdown for a cell), then the Partner Center and workflow run
 * links, and after it the error of a run that did not go through.
 */
function summaryTable(rows, end) {
    const all = [...rows];
    if (end.page)
        all.push(['Partner Center', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)('open', end.page, { inCell: true })]);
    if (end.run)
        all.push(['Workflow run', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)(end.run.label, end.run.url, { inCell: true })]);
    const lines = ['| | |', '|---|---|', ...all.map(([k, v]) => `| ${k} | ${v} |`), ''];
    const { kind, message } = end.outcome;
    if (message)
        lines.push(`**${kind === 'cancelled' ? 'Cancelled' : 'Error'}:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(message)}`, '');
    return lines;
}
function summaryMarkdown(progress, outcome, run) {
    if (progress.markdown)
        return progress.markdown(outcome, run);
    const done = progress.dryRun && outcome.kind === 'succeeded' ? 'dry run: nothing changed' : outcome.kind;
    const lines = [`## ${outcomeIcon(outcome)} Microsoft Store ${progress.what} ${done}`, ''];
    const rows = []; // [name, the value as Markdown for a cell]
    if (progress.kind)
        rows.push(['Kind', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(progress.kind)]);
    if (progress.target)
        rows.push(['Target', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(progress.target)]);
    const made = progress.creating
        ? '(unknown: a create was sent and its answer never came; check Partner Center)'
        : '(none created)';
    rows.push(['Submission', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(progress.submissionId ?? made)]);
    const status = progress.status ?? '(none)';
    const unknown = progress.committing ? ' (last read; whether the commit went through is unknown)' : '';
    rows.push(['Status', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(status + unknown)]);
    if (progress.replacedSubmissionId)
        rows.push(['Replaced pending submission', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(progress.replacedSubmissionId)]);
    if (progress.changed?.length)
        rows.push(['Changed', progress.changed.map((f) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(f, { inCell: true })).join(', ')]);
    if (progress.upload) {
        const mib = progress.upload.bytes / (1024 * 1024);
        rows.push(['Uploaded', `${mib.toFixed(1)} MiB in ${progress.upload.seconds.toFixed(1)} s`]);
    }
    rows.push(...(progress.rows ?? []));
    if (progress.preparedOnly)
        rows.push(['Committed', 'no (commit: false): review the submission and submit it in Partner Center']);
    lines.push(...summaryTable(rows, { page: progress.page, run, outcome }));
    if (progress.note)
        lines.push(`Note: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(progress.note)}`, '');
    for (const section of progress.sections ?? [])
        lines.push(...section);
    const details = progress.statusDetails;
    if (progress.plan)
        lines.push(...(0,_plan_render_js__WEBPACK_IMPORTED_MODULE_2__/* .planMarkdown */ .Xg)(progress.plan));
    lines.push(...historySection(progress));
    if (details?.errors?.length)
        lines.push('### Errors', '', ...details.errors.map(entryItem), '');
    lines.push(...warningsSection(details?.warnings));
    const reports = (details?.certificationReports ?? []).filter((r) => r.reportUrl);
    if (reports.length) {
        lines.push('### Certification reports', '', ...reports.map((r) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)(r.date ?? 'report', r.reportUrl)}`), '');
    }
    return lines.join('\n');
}
async function report(progress, outcome, sink, run) {
    setOutputs(progress, sink);
    annotate(progress, sink);
    try {
        await sink.writeSummary(summaryMarkdown(progress, outcome, run));
    }
    catch (error) {
        // No GITHUB_STEP_SUMMARY (e.g. run outside Actions): the log has it all anyway.
        sink.info(`(No job summary written: ${error.message})`);
    }
}


/***/ })

};
;
//# sourceMappingURL=450.index.cjs.js.map