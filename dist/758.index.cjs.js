"use strict";
exports.id = 758;
exports.ids = [758,377,268];
exports.modules = {

/***/ 5975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ getExecOutput)
/* harmony export */ });
/* unused harmony export exec */
/**
 * Stands in for `@actions/exec` in the bundle: tsconfig.json maps the name here (`paths`), and ncc resolves
 * through that mapping. Only @actions/core imports it, for `core.platform` (it runs `lsb_release`, `sw_vers` or
 * PowerShell to name the runner's OS), which nothing in this action calls. Bundled, @actions/exec and the
 * @actions/io it imports were ~60 KB initialised at every start, and they loaded node's child_process (with
 * dgram, net's socket list, readline) and assert before the first request (bench/start.mjs).
 */
function notBundled() {
    throw new Error('@actions/exec is not bundled with this action: core.platform is not available.');
}
const exec = (/* unused pure expression or super */ null && (notBundled));
const getExecOutput = notBundled;


/***/ }),

/***/ 2268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/**
 * Stands in for the `undici` package in the bundle: tsconfig.json maps the name here (`paths`), and ncc resolves
 * through that mapping. Only @actions/http-client imports undici, for `getAgentDispatcher` (a proxy dispatcher for
 * `fetch`), which nothing in this action calls: every request goes through node:http agents. Bundled, undici was
 * over half of dist/index.js, and compiling and initialising it slowed every start (bench/start.mjs).
 */
class ProxyAgent {
    constructor() {
        throw new Error('undici is not bundled with this action: use HttpClient requests, not getAgentDispatcher.');
    }
}


/***/ })

};
;
//# sourceMappingURL=758.index.cjs.js.map