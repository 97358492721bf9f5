"use strict";
exports.id = 268;
exports.ids = [268];
exports.modules = {

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
//# sourceMappingURL=268.index.cjs.js.map