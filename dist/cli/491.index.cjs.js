"use strict";
exports.id = 491;
exports.ids = [491];
exports.modules = {

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
//# sourceMappingURL=491.index.cjs.js.map