"use strict";
exports.id = 270;
exports.ids = [270];
exports.modules = {

/***/ 2270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   leftBehind: () => (/* reexport safe */ _lifecycle_left_behind_js__WEBPACK_IMPORTED_MODULE_4__.a),
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
/* harmony import */ var _listings_edit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6929);
/* harmony import */ var _sign_in_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7093);
/* harmony import */ var _store_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6660);
/* harmony import */ var _store_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5199);
/* harmony import */ var _lifecycle_left_behind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6586);
/**
 * A run for an MSIX app, flight or add-on through the Store submission API:
 * sign in, resolve the parent (creating a flight or add-on asked for), then
 * the one lifecycle (./submit.ts) or, for `operation: rollout`, the published
 * submission's rollout change. A dry run goes through rehearse.ts instead.
 * The lifecycle's code (and the upload's) loads once the parent is resolved,
 * so a run that fails to sign in or to find its parent never loads it
 * (start-up: bench/start.mjs).
 */





async function publish(settings, progress, deps) {
    const { info: log } = deps;
    if (settings.listings)
        log(`listings-folder ${settings.listings.path}: ${(0,_listings_edit_js__WEBPACK_IMPORTED_MODULE_0__/* .describeListings */ .di)(settings.listings)}.`);
    const client = new _store_client_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreClient */ .FC({ ...(0,_sign_in_js__WEBPACK_IMPORTED_MODULE_1__/* .signIn */ .J)(settings, deps), storeApiUrl: settings.storeApiUrl });
    const resolved = await (0,_store_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveParent */ .v)(client, settings.target, log);
    if (settings.release?.kind === 'rollout') {
        progress.parent = resolved.parent; // (a submission's lifecycle records its own parent)
        log(`Changing the package rollout of the ${resolved.parent.label}'s published submission.`);
        const { changePublishedRollout } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 9491));
        await changePublishedRollout(client, resolved, settings.release.change, progress, log);
        return;
    }
    log(`Publishing to the ${resolved.parent.label}.`);
    const { submit } = await Promise.all(/* import() */[__webpack_require__.e(551), __webpack_require__.e(542), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 4033));
    await submit(settings, resolved, client, progress, deps);
}


/***/ })

};
;
//# sourceMappingURL=270.index.cjs.js.map