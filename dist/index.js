/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

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

/***/ 4153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(6058);
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

;// CONCATENATED MODULE: ./src/run/actions-host.ts
/** The GitHub Action's host: @actions/core for inputs, outputs, the log, annotations, masking, OIDC and the summary. */


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
function actionsHost(env = process.env) {
    return {
        input: (name) => core/* getInput */.V4(name),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        // Store and repository text reaches the log: no line of it may act as a workflow command (src/log-safe.ts).
        info: (message) => core/* info */.pq(safeLog(message)),
        warning: (message, properties) => core/* warning */.$e(message, properties),
        error: (message, properties) => core/* error */.z3(message, properties),
        writeSummary: async (markdown) => {
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        mask: (secret) => core/* setSecret */.Pq(secret),
        getIdToken: (audience) => core/* getIDToken */.V9(audience),
        idToken: {
            label: 'GitHub OIDC',
            available: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL),
            missing: 'this job gets no GitHub OIDC token (permissions: id-token: write)'
        },
        userAgent: 'msstore-submit-action',
        runLink: runLinkFrom(env),
        fail: (message) => core/* setFailed */.C1(message)
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
    msix: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(492), __nccwpck_require__.e(850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9850))).MSIX_API,
    'msi-exe': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(492), __nccwpck_require__.e(115)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3115))).MSI_EXE_API
};

// EXTERNAL MODULE: ./src/run/report.ts
var report = __nccwpck_require__(7119);
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
    await (0,report/* report */.z8)(opened?.report() ?? NOTHING_DONE, { kind, message }, host, host.runLink);
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

/***/ 3758:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HN: () => (/* binding */ planLines),
  Xg: () => (/* binding */ planMarkdown)
});

// UNUSED EXPORTS: htmlText

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __nccwpck_require__(3758);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jb: () => (/* binding */ summaryTable),
/* harmony export */   sE: () => (/* binding */ outcomeIcon),
/* harmony export */   z8: () => (/* binding */ report)
/* harmony export */ });
/* unused harmony exports setOutputs, annotate, summaryMarkdown */
/* harmony import */ var _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5854);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3758);
/* harmony import */ var _plan_render_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3756);
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
/** Warnings worth reading, and the Store's usual noise folded away. */
function warningsSection(entries) {
    const item = (e) => `- ${e.code ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.code) : ''}${e.code && e.details ? ': ' : ''}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(e.details ?? '')}`;
    const noise = (entries ?? []).filter((e) => NOISE.has(e.code ?? ''));
    const real = (entries ?? []).filter((e) => !NOISE.has(e.code ?? ''));
    if (!real.length && !noise.length)
        return [];
    const lines = ['### Warnings', '', ...real.map(item), ''];
    if (noise.length) {
        lines.push(`<details><summary>${noise.length} known harmless warning(s) the Store adds to nearly every submission</summary>`, '', ...noise.map(item), '', '</details>', '');
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
    const section = (title, entries) => {
        if (!entries?.length)
            return;
        lines.push(`### ${title}`, '', ...entries.map((e) => `- ${e.code ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.code) : ''}${e.code && e.details ? ': ' : ''}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(e.details ?? '')}`), '');
    };
    if (progress.plan)
        lines.push(...(0,_plan_render_js__WEBPACK_IMPORTED_MODULE_2__/* .planMarkdown */ .Xg)(progress.plan));
    lines.push(...historySection(progress));
    section('Errors', details?.errors);
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

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

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

/***/ }),

/***/ 6058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V9: () => (/* binding */ getIDToken),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getMultilineInput, getState, group, isDebug, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(5864);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new lib/* HttpClient */.Qq('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 5864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  s_: () => (/* binding */ lib_getProxyUrl)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/vendor/undici.ts
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

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

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
(__nccwpck_require__(4153)/* .run */ .e)();

module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map
