"use strict";
exports.id = 450;
exports.ids = [450];
exports.modules = {

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


/***/ })

};
;
//# sourceMappingURL=450.index.cjs.js.map