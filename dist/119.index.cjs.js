"use strict";
exports.id = 119;
exports.ids = [119];
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
//# sourceMappingURL=119.index.cjs.js.map