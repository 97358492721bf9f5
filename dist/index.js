import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

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

/***/ 2782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ allEdits),
/* harmony export */   ct: () => (/* binding */ applyEdits),
/* harmony export */   lc: () => (/* binding */ fixedEdit)
/* harmony export */ });
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9107);
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

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

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

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4213);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ printDryRun),
/* harmony export */   en: () => (/* binding */ markDryRun),
/* harmony export */   wL: () => (/* binding */ packagesTable)
/* harmony export */ });
/* unused harmony exports describePackages, mergedSubmission, dryRunLines */
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2782);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3758);
/* harmony import */ var _zip_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5932);
/* harmony import */ var _zip_names_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3639);
/**
 * A dry run: what a run would send, printed, with nothing changed. It stops
 * where the first changing request would go (deleting the pending
 * submission, or creating the new one) and prints the merged submission
 * JSON (the last published one, which the Store would clone, with every
 * edit applied), the packages, and the entries of the zip it would upload.
 */




/** Fields of a submission that the new one gets anew, or that must not be printed (the upload URL is a credential). */
const NOT_SENT = ['id', 'status', 'statusDetails', 'fileUploadUrl'];
const MiB = 1024 * 1024;
const size = (bytes) => (bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${bytes} bytes`);
/** One line per package: what it is and what it holds. */
function describePackages(packages) {
    return packages.map((info) => {
        const targets = info.targets
            .map((t) => `${t.architecture} ${t.version}${t.deviceFamilies.length ? ` (${t.deviceFamilies.join(', ')})` : ''}`)
            .join('; ');
        return `  ${info.fileName} (${info.kind}, ${size(info.size)}): ${info.identity.name}, family name ${info.familyName}, publisher '${info.identity.publisher}'; ${targets}`;
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
                size(info.size)
            ];
            return `| ${cells.map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ).join(' | ')} |`;
        })
    ];
}
/** Records on the progress that the run stopped as a dry run, and what it would have published. */
function markDryRun(progress, settings) {
    progress.dryRun = true;
    progress.wouldPublish = settings.packages;
}
/** The submission the run would PUT, as JSON: the edits over the published submission (or over nothing). */
function mergedSubmission(edits, published) {
    const base = Object.fromEntries(Object.entries(published ?? {}).filter(([key]) => !NOT_SENT.includes(key)));
    return (0,_edits_js__WEBPACK_IMPORTED_MODULE_3__/* .applyEdits */ .ct)(base, edits).merged;
}
/** Every line a dry run prints. */
async function dryRunLines(view) {
    const lines = [`Dry run: nothing is changed on the Store. A real run would now ${view.firstChange}.`];
    if (view.unchecked)
        lines.push(`Not checked: ${view.unchecked}`);
    const over = view.published ? 'the last published submission, which the Store clones,' : 'an empty submission';
    lines.push(`The submission it would send (${over} with ${view.edits.map((e) => e.source).join(', ') || 'no changes'}):`, JSON.stringify(mergedSubmission(view.edits, view.published), null, 2));
    if (view.packages.length)
        lines.push(`Packages (${view.packages.length}):`, ...describePackages(view.packages));
    if (view.files.length || view.packageZip) {
        const plan = await (0,_zip_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planZip */ .Dn)({ files: view.files, packageZip: view.packageZip });
        lines.push(`The zip it would upload (${plan.entries.length} entries, ${size(plan.size)}):`, ...plan.entries.map((entry) => `  ${(0,_zip_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntryName */ .KJ)(entry.record.name)} (${size(entry.record.size)})`));
    }
    else {
        lines.push('No zip to upload.');
    }
    return lines;
}
/** Prints a dry run's lines: the settings' packages and files, the edits over `published` (or over nothing). */
async function printDryRun(settings, view, info) {
    const lines = await dryRunLines({
        ...view,
        packages: settings.packages,
        files: settings.uploadFiles,
        packageZip: settings.packageZip
    });
    lines.forEach((line) => info(line));
}


/***/ }),

/***/ 2876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ marked)
/* harmony export */ });
/* unused harmony export outcomeUnknown */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _request_once_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7096);
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


/***/ }),

/***/ 8856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ leftBehind)
/* harmony export */ });
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5565);
/* harmony import */ var _store_rollout_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5120);
/* harmony import */ var _pending_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9011);
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

/***/ 9011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ PARTNER_CENTER_MADE),
/* harmony export */   X7: () => (/* binding */ checkReplaceable),
/* harmony export */   mS: () => (/* binding */ IN_PROGRESS),
/* harmony export */   oV: () => (/* binding */ replacingWarning),
/* harmony export */   rr: () => (/* binding */ deletePending)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5565);
/** Deleting the parent's pending submission so that a new one can be created, and what a refusal means. */


const PARTNER_CENTER_MADE = 'It was created in Partner Center, and the Store API can only update, delete and commit submissions created through the API.';
/** Committed and on its way through the Store (CommitStarted to Publishing): it cannot be deleted, and must not be, until it ends. */
const IN_PROGRESS = _status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_PATH */ .ND.slice(_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_PATH */ .ND.indexOf('CommitStarted'), -1);
/**
 * Reads the pending submission's status before anything changes: one that is
 * committed and in progress is refused, naming it, its status and the
 * choices. Answers its status, or undefined when it no longer exists.
 */
async function checkReplaceable(client, parent, id) {
    let status;
    try {
        status = await readStatus(client, parent, id);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 404)
            return undefined;
        throw error;
    }
    if (status && IN_PROGRESS.includes(status))
        throw inProgress(parent, id, status);
    return status ?? 'status unknown';
}
async function readStatus(client, parent, id) {
    const call = `Read the status of submission ${id}`;
    return (await client.get(`${parent.path}/submissions/${id}/status`, call))?.status;
}
function inProgress(parent, id, status, correlationId) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The pending submission ${id} of the ${parent.label} is ${status}: it was committed and the Store is processing it, so it cannot be replaced; nothing was changed.`, {
        hint: `Wait for it to finish (published, or failed), or cancel it in Partner Center (${parent.dashboardUrl}); then run again.`,
        correlationId
    });
}
/** The warning before the delete: what is replaced, and how two runs at once would replace each other's. */
function replacingWarning(parent, id, status) {
    return `Deleting the pending submission ${id} (${status}) of the ${parent.label} to replace it (delete-pending: true). If another run made it, two runs are replacing each other's submissions: give the workflow a 'concurrency:' group per app (see the README).`;
}
/** Deletes submission `id` of `parent`: 'deleted', or 'gone' when it no longer existed. */
async function deletePending(client, parent, id) {
    try {
        await client.send({
            method: 'DELETE',
            path: `${parent.path}/submissions/${id}`,
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

/***/ 6929:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sr: () => (/* binding */ listingFiles),
/* harmony export */   di: () => (/* binding */ describeListings),
/* harmony export */   y0: () => (/* binding */ listingsEdit)
/* harmony export */ });
/* unused harmony exports replacedImages, listingTexts */
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9107);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7207);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9282);



/** Where each text goes in an app submission's `listings.<lang>.baseListing`. */
const BASE_LISTING_FIELD = {
    title: 'title',
    shortTitle: 'shortTitle',
    description: 'description',
    shortDescription: 'shortDescription',
    releaseNotes: 'releaseNotes',
    features: 'features',
    keywords: 'keywords',
    copyright: 'copyrightAndTrademarkInfo',
    licenseTerms: 'licenseTerms',
    developedBy: 'devStudio',
    minimumHardware: 'minimumHardware',
    recommendedHardware: 'recommendedHardware'
};
/**
 * The edit for the submission's `listings`. Each language goes under the
 * existing key that matches it case-insensitively (`en-US` updates `en-us`),
 * or is added under its lower-cased name; languages the folder lacks, and
 * fields without a file, are left as the Store cloned them.
 */
function listingsEdit(folder) {
    return {
        source: 'listings-folder',
        apply(current) {
            const listings = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(current.listings) ? current.listings : {};
            const keys = Object.keys(listings);
            const changes = {};
            for (const listing of folder.languages) {
                const key = (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .listingKeyFor */ .T)(keys, listing.language);
                const existing = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(listings[key]) ? listings[key] : {};
                const change = folder.kind === 'app' ? appListing(listing, existing) : addOnListing(listing);
                if (Object.keys(change).length > 0)
                    changes[key] = change;
            }
            return Object.keys(changes).length > 0 ? { listings: changes } : {};
        }
    };
}
function appListing(listing, existing) {
    const baseListing = {};
    for (const [name, value] of Object.entries(listing.texts)) {
        baseListing[BASE_LISTING_FIELD[name]] = value;
    }
    if (listing.images) {
        const current = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(existing.baseListing) ? existing.baseListing.images : undefined;
        baseListing.images = replacedImages(current, listing.images);
    }
    return Object.keys(baseListing).length > 0 ? { baseListing } : {};
}
/**
 * The listing's images replaced by the folder's: every image the Store has
 * becomes PendingDelete (keeping its id and other fields), then come the new
 * files in the folder's order. An image not yet on the Store (PendingUpload)
 * has nothing to delete and is dropped.
 */
function replacedImages(current, images) {
    const old = Array.isArray(current) ? current.filter(_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd) : [];
    const deleted = old
        .filter((image) => String(image.fileStatus).toLowerCase() !== 'pendingupload')
        .map((image) => ({ ...image, fileStatus: 'PendingDelete' }));
    const added = images.map((image) => ({
        fileName: image.zipPath,
        fileStatus: 'PendingUpload',
        imageType: image.imageType
    }));
    return [...deleted, ...added];
}
function addOnListing(listing) {
    const change = {};
    if (listing.texts.title !== undefined)
        change.title = listing.texts.title;
    if (listing.texts.description !== undefined)
        change.description = listing.texts.description;
    if (listing.icon)
        change.icon = { fileName: listing.icon.zipPath, fileStatus: 'PendingUpload' };
    return change;
}
/** The files the folder adds to the uploaded zip: images and icons, at paths unique per language. */
function listingFiles(folder) {
    return folder.languages.flatMap((listing) => [
        ...(listing.images ?? []).map(({ zipPath, diskPath }) => ({ zipPath, diskPath })),
        ...(listing.icon ? [listing.icon] : [])
    ]);
}
/** Each language's texts (lower-cased language code -> texts), for an API that maps them itself. */
function listingTexts(folder) {
    return Object.fromEntries(folder.languages.map((listing) => [listing.language, structuredClone(listing.texts)]));
}
/** One line for the log: the files each language sets, e.g. `en-us (title.txt, features.txt, images/: 3 files)`. */
function describeListings(folder) {
    const parts = folder.languages.map((listing) => {
        const what = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .textFileRules */ .B7)(folder.kind)
            .filter((rule) => listing.texts[rule.field] !== undefined)
            .map((rule) => rule.file);
        if (listing.images)
            what.push(`images/: ${plural(listing.images.length, 'file')}`);
        if (listing.icon)
            what.push(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ADD_ON_ICON */ .C4.file);
        return `${listing.language} (${what.length > 0 ? what.join(', ') : 'nothing'})`;
    });
    return parts.length > 0 ? parts.join('; ') : 'no language folders';
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ listingKeyFor),
/* harmony export */   w: () => (/* binding */ isLanguageCode)
/* harmony export */ });
/** Language codes of listing folders. Pure. */
/**
 * The shape of a BCP-47 language tag as the Store's listing languages use
 * it: a 2-3 letter language, then optionally a 4-letter script, a 2-letter
 * or 3-digit region, and variants (`en-us`, `zh-hans-cn`, `sr-latn-rs`,
 * `ca-es-valencia`, `es-419`). Any case. Private-use and extension subtags
 * are not listing languages.
 */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z]{4})?(-(?:[a-z]{2}|\d{3}))?(-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;
function isLanguageCode(name) {
    return LANGUAGE_CODE.test(name);
}
/**
 * The key under which a language goes into the submission's `listings`:
 * the existing key that matches it case-insensitively (an exact match
 * first), or else the language itself (lower-cased by the reader, as the
 * Store writes its keys: `en-us`).
 */
function listingKeyFor(existingKeys, language) {
    if (existingKeys.includes(language))
        return language;
    const lower = language.toLowerCase();
    return existingKeys.find((key) => key.toLowerCase() === lower) ?? language;
}


/***/ }),

/***/ 9282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ knownEntries),
/* harmony export */   B7: () => (/* binding */ textFileRules),
/* harmony export */   C4: () => (/* binding */ ADD_ON_ICON),
/* harmony export */   Fy: () => (/* binding */ textProblem),
/* harmony export */   GS: () => (/* binding */ IMAGES_FOLDER)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5784);

/** A list file's rule: one item a line, at most `maxItems` of at most `maxLength` characters each. */
function listFile(file, field, label, list, maxLength) {
    return { file, field, label, list, maxLength };
}
const APP_TEXT_FILES = [
    { file: 'title.txt', field: 'title', label: 'title' },
    { file: 'short-title.txt', field: 'shortTitle', label: 'short title', maxLength: 50 },
    { file: 'description.txt', field: 'description', label: 'description', maxLength: 10_000 },
    { file: 'short-description.txt', field: 'shortDescription', label: 'short description', maxLength: 1_000 },
    { file: 'release-notes.txt', field: 'releaseNotes', label: 'release notes', maxLength: 1_500 },
    listFile('features.txt', 'features', 'features', { maxItems: 20, item: 'feature' }, 200),
    listFile('keywords.txt', 'keywords', 'keywords', { maxItems: 7, item: 'keyword', maxWords: 21 }, 40),
    { file: 'copyright.txt', field: 'copyright', label: 'copyright and trademark info', maxLength: 200 },
    { file: 'license-terms.txt', field: 'licenseTerms', label: 'additional license terms', maxLength: 10_000 },
    { file: 'developed-by.txt', field: 'developedBy', label: 'developed by', maxLength: 255 },
    listFile('minimum-hardware.txt', 'minimumHardware', 'minimum hardware', { maxItems: 11, item: 'item' }, 200),
    listFile('recommended-hardware.txt', 'recommendedHardware', 'recommended hardware', { maxItems: 11, item: 'item' }, 200)
];
const ADD_ON_TEXT_FILES = [
    { file: 'title.txt', field: 'title', label: 'add-on title', maxLength: 100 },
    { file: 'description.txt', field: 'description', label: 'add-on description', maxLength: 200 }
];
/** An app listing's image folder, and an add-on's icon. */
const IMAGES_FOLDER = 'images';
const ADD_ON_ICON = { file: 'icon.png', width: 300, height: 300 };
function textFileRules(kind) {
    return kind === 'app' ? APP_TEXT_FILES : ADD_ON_TEXT_FILES;
}
/** Every name a language folder of this kind may hold, for the message about one it may not. */
function knownEntries(kind) {
    const texts = textFileRules(kind).map((rule) => rule.file);
    return kind === 'app' ? [...texts, `${IMAGES_FOLDER}/`] : [...texts, ADD_ON_ICON.file];
}
/** What is wrong with a text or list under its rule, as the end of a sentence; undefined when nothing is. */
function textProblem(rule, value) {
    if (typeof value === 'string') {
        return tooLong(value, rule.maxLength, `the ${rule.label}`);
    }
    const list = rule.list;
    if (!list)
        return undefined;
    if (value.length > list.maxItems) {
        return `holds ${value.length} ${list.item}s (one per non-empty line); the Store takes at most ${list.maxItems}`;
    }
    for (const [i, item] of value.entries()) {
        const problem = tooLong(item, rule.maxLength, `each ${list.item}`);
        if (problem)
            return `${list.item} ${i + 1} (${quote(item)}) ${problem}`;
    }
    const words = value.reduce((sum, item) => sum + (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .wordCount */ .e)(item), 0);
    if (list.maxWords !== undefined && words > list.maxWords) {
        return `holds ${words} words in all; the Store takes at most ${list.maxWords} words across all ${rule.label}`;
    }
    return undefined;
}
function tooLong(text, max, what) {
    if (max === undefined)
        return undefined;
    const count = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .characterCount */ .Dq)(text);
    return count > max ? `has ${count} characters; the Store takes at most ${max} for ${what}` : undefined;
}
function quote(text) {
    const chars = [...text];
    return JSON.stringify(chars.length > 30 ? `${chars.slice(0, 30).join('')}...` : text);
}


/***/ }),

/***/ 5784:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xo: () => (/* binding */ NotUtf8Error),
  Dq: () => (/* binding */ characterCount),
  g7: () => (/* binding */ decodeText),
  af: () => (/* binding */ normaliseText),
  Fy: () => (/* binding */ textLines),
  e: () => (/* binding */ wordCount)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/listings/text.ts
/**
 * How a listing text file becomes the text the Store gets. Pure.
 *
 * - UTF-8 only; a BOM is dropped. A UTF-16 file (Notepad's "Unicode") or
 *   bytes that are not UTF-8 are refused rather than sent as mojibake.
 * - Line breaks become `\n` (CRLF and a lone CR alike). The Store counts
 *   characters, so a CRLF would cost two of the limit, and the same file
 *   checked out on a Windows runner (git autocrlf) and on Linux would give two
 *   different listings. The Store's own JSON carries `\n` inside texts, and
 *   Partner Center shows it as a line break, so `\n` is what it expects.
 * - Trailing line breaks (the newline editors add, and blank lines after it)
 *   are trimmed; every other character, spaces included, is kept as written.
 */

/** Why bytes are not listing text: the reader turns it into an error naming the file. */
class NotUtf8Error extends Error {
}
const UTF8 = new external_node_util_namespaceObject.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeText(bytes) {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        throw new NotUtf8Error('is UTF-16 text (it starts with a UTF-16 byte order mark)');
    }
    let text;
    try {
        text = UTF8.decode(bytes);
    }
    catch {
        throw new NotUtf8Error('is not valid UTF-8 text');
    }
    return text.replace(/^\uFEFF/, '');
}
/** Line breaks as `\n`, trailing ones trimmed. */
function normaliseText(text) {
    return text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}
/** A list file: one item a line, each trimmed of surrounding spaces, blank lines skipped. */
function textLines(text) {
    return normaliseText(text)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/**
 * Characters as the Store counts them: Unicode code points, so that an emoji
 * or a CJK extension character outside the BMP counts once (a JavaScript
 * string's `length` would count its two UTF-16 units).
 */
function characterCount(text) {
    let count = 0;
    for (const _ of text)
        count++;
    return count;
}
/** Words, as in the Store's "21 words in all" for keywords: runs of non-space characters. */
function wordCount(text) {
    return text.split(/\s+/u).filter(Boolean).length;
}


/***/ }),

/***/ 4213:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __nccwpck_require__(8476);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __nccwpck_require__(9373);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/lifecycle/left-behind.ts
var left_behind = __nccwpck_require__(8856);
;// CONCATENATED MODULE: ./src/msi-exe/outcome.ts
const PARTNER_CENTER = 'https://partner.microsoft.com/dashboard/products';
/** The product's Partner Center page. */
function productDashboardUrl(productId) {
    return `${PARTNER_CENTER}/${productId}/overview`;
}
function newMsiExeProgress(productId) {
    return { productId, dashboardUrl: productDashboardUrl(productId), changed: [], warnings: [] };
}
/** An envelope entry as a status entry: `{ code, details: "message (target)" }`. */
function statusEntry(entry) {
    const details = [entry.message, entry.target ? `(target: ${entry.target})` : undefined].filter(Boolean).join(' ');
    return { code: entry.code, details: details || undefined };
}
/** The product as the parent of its submissions, for the report (the classic API's paths and fields it has none of). */
const MSI_EXE_PRODUCT = { noun: 'MSI/EXE product', pendingField: '', publishedField: '' };
/** The run as the report reads a run (src/report.ts takes the submission lifecycle's Progress). */
function reportedRun(progress) {
    const errors = (progress.errors ?? []).map(statusEntry);
    const warnings = progress.warnings.map(statusEntry);
    const parent = {
        kind: MSI_EXE_PRODUCT,
        path: '',
        label: `MSI/EXE product ${progress.productId}`,
        dashboardUrl: progress.dashboardUrl,
        created: false
    };
    return {
        parent,
        committed: progress.submissionId !== undefined,
        creating: progress.submitting,
        submissionId: progress.submissionId,
        status: progress.status,
        statusDetails: errors.length || warnings.length ? { errors, warnings } : undefined,
        changedFields: progress.changed,
        preparedOnly: progress.preparedOnly,
        dryRun: progress.dryRun
    };
}
/** What a failed or cancelled run leaves in the Store, for the log: each state the run can stop in, told as it is. */
function msiExeLeftBehind(progress) {
    const product = `MSI/EXE product ${progress.productId}`;
    const { submissionId: id, status } = progress;
    if (id && progress.failed)
        return `Submission ${id} of the ${product} failed (${status ?? 'FAILED'}): the Store does not go on with it; see its errors in Partner Center (${progress.dashboardUrl}).`;
    if (id && status === 'PUBLISHED')
        return `Submission ${id} of the ${product} is published.`;
    if (id && status === 'INPROGRESS')
        return `Submission ${id} of the ${product} was created (last status INPROGRESS); the Store goes on with it.`;
    if (id)
        return `Submission ${id} of the ${product} was created; its last status was ${status ?? 'not read'}: see Partner Center (${progress.dashboardUrl}).`;
    const changes = progress.changed.length ? ` (${progress.changed.join(', ')})` : '';
    if (progress.submitting)
        return `The ${product}'s draft${changes} was being submitted and the answer did not come: a submission may have been created; check Partner Center (${progress.dashboardUrl}) before running again.`;
    const maybe = progress.changing
        ? ` The request to change ${progress.changing.join(', ')} got no clear answer: the draft may hold that change too.`
        : '';
    if (progress.changed.length)
        return `The draft of the ${product} holds this run's changes${changes} but was not submitted; run again, or submit it in Partner Center.${maybe}`;
    if (maybe)
        return `The draft of the ${product} was not submitted.${maybe}`;
    return `Nothing was changed in the ${product}.`;
}

// EXTERNAL MODULE: ./src/store/parents.ts
var parents = __nccwpck_require__(5476);
// EXTERNAL MODULE: ./src/store/rollout.ts
var rollout = __nccwpck_require__(5120);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __nccwpck_require__(3758);
// EXTERNAL MODULE: ./src/lifecycle/dry-run.ts
var dry_run = __nccwpck_require__(6325);
;// CONCATENATED MODULE: ./src/report.ts




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
/** Warnings the Store attaches to nearly every submission; they say nothing about this one. */
const NOISE = new Set(['SalesUnsupportedWarning']);
function describe(entry) {
    return [entry.code, entry.details].filter(Boolean).join(': ') || 'unspecified';
}
function setOutputs(progress, sink) {
    sink.setOutput('submission-id', progress.submissionId ?? '');
    sink.setOutput('status', progress.status ?? '');
    sink.setOutput('status-details', progress.statusDetails ? JSON.stringify(progress.statusDetails) : '');
    sink.setOutput('flight-id', progress.parent?.flightId ?? '');
    sink.setOutput('add-on-id', progress.parent?.addOnId ?? '');
    sink.setOutput('partner-center-url', progress.parent ? (0,parents/* submissionPage */._3)(progress.parent, progress.submissionId) : '');
    sink.setOutput('rollout-status', progress.rollout?.packageRolloutStatus ?? '');
    sink.setOutput('rollout-percentage', progress.rollout ? String(progress.rollout.packageRolloutPercentage) : '');
}
/** What the run was: "app submission", or "rollout finalize of the package flight's published submission". */
function kindOf(progress) {
    const noun = progress.parent?.kind.noun;
    if (!noun)
        return undefined;
    return progress.operation
        ? `rollout ${progress.operation} of the ${noun}'s published submission`
        : `${noun} submission`;
}
/** The rows on rollouts, whether to commit, and the submission's own page. */
function releaseRows(progress) {
    const rows = [];
    const cleared = progress.clearedRollout;
    if (cleared) {
        rows.push([
            'Rollout in the way',
            (0,markdown/* markdownCell */.UZ)(`${cleared.action === 'finalize' ? 'finalized' : 'halted'}: submission ${cleared.submissionId} (was ${(0,rollout/* describeRollout */.lw)(cleared.before)}, now ${(0,rollout/* describeRollout */.lw)(cleared.after)})`)
        ]);
    }
    if (progress.rollout) {
        const fallback = progress.rollout.fallbackSubmissionId;
        rows.push([
            'Rollout',
            (0,markdown/* markdownCell */.UZ)(`${(0,rollout/* describeRollout */.lw)(progress.rollout)}${fallback && fallback !== '0' ? `; the others keep submission ${fallback}` : ''}`)
        ]);
    }
    if (progress.preparedOnly)
        rows.push(['Committed', 'no (commit: false): review the submission and submit it in Partner Center']);
    return rows;
}
/** Each status seen, with its time. */
function historySection(progress) {
    const history = progress.statusHistory ?? [];
    if (history.length === 0)
        return [];
    const when = (at) => at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    return ['### Statuses', '', ...history.map((h) => `- ${(0,markdown/* codeSpan */.SS)(h.status)} at ${(0,markdown/* markdownText */.p7)(when(h.at))}`), ''];
}
/** Warnings worth reading, and the Store's usual noise folded away. */
function warningsSection(entries) {
    const item = (e) => `- ${e.code ? (0,markdown/* codeSpan */.SS)(e.code) : ''}${e.code && e.details ? ': ' : ''}${(0,markdown/* markdownText */.p7)(e.details ?? '')}`;
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
function summaryMarkdown(progress, outcome, run) {
    const icon = outcome.kind === 'succeeded' ? '✅' : outcome.kind === 'cancelled' ? '⏹️' : '❌';
    const done = progress.dryRun && outcome.kind === 'succeeded' ? 'dry run: nothing changed' : outcome.kind;
    const what = progress.operation ? 'rollout change' : 'submission';
    const lines = [`## ${icon} Microsoft Store ${what} ${done}`, ''];
    const rows = []; // [name, the value as Markdown for a cell]
    const kind = kindOf(progress);
    if (kind)
        rows.push(['Kind', (0,markdown/* markdownCell */.UZ)(kind)]);
    if (progress.parent)
        rows.push(['Target', (0,markdown/* markdownCell */.UZ)(progress.parent.label)]);
    const made = progress.creating
        ? '(unknown: a create was sent and its answer never came; check Partner Center)'
        : '(none created)';
    rows.push(['Submission', (0,markdown/* markdownCell */.UZ)(progress.submissionId ?? made)]);
    const status = progress.status ?? '(none)';
    const unknown = progress.committing ? ' (last read; whether the commit went through is unknown)' : '';
    rows.push(['Status', (0,markdown/* markdownCell */.UZ)(status + unknown)]);
    if (progress.replacedSubmissionId)
        rows.push(['Replaced pending submission', (0,markdown/* markdownCell */.UZ)(progress.replacedSubmissionId)]);
    if (progress.changedFields?.length)
        rows.push(['Changed', progress.changedFields.map((f) => (0,markdown/* codeSpan */.SS)(f, { inCell: true })).join(', ')]);
    if (progress.upload) {
        const mib = progress.upload.bytes / (1024 * 1024);
        rows.push(['Uploaded', `${mib.toFixed(1)} MiB in ${progress.upload.seconds.toFixed(1)} s`]);
    }
    rows.push(...releaseRows(progress));
    if (progress.parent) {
        const page = (0,parents/* submissionPage */._3)(progress.parent, progress.submissionId);
        rows.push(['Partner Center', (0,markdown/* markdownLink */.iQ)('open', page, { inCell: true })]);
    }
    if (run)
        rows.push(['Workflow run', (0,markdown/* markdownLink */.iQ)(run.label, run.url, { inCell: true })]);
    lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
    if (outcome.message)
        lines.push(`**${outcome.kind === 'cancelled' ? 'Cancelled' : 'Error'}:** ${(0,markdown/* markdownText */.p7)(outcome.message)}`, '');
    if (progress.note)
        lines.push(`Note: ${(0,markdown/* markdownText */.p7)(progress.note)}`, '');
    if (progress.wouldPublish?.length)
        lines.push('### Packages it would publish', '', ...(0,dry_run/* packagesTable */.wL)(progress.wouldPublish), '');
    const details = progress.statusDetails;
    const section = (title, entries) => {
        if (!entries?.length)
            return;
        lines.push(`### ${title}`, '', ...entries.map((e) => `- ${e.code ? (0,markdown/* codeSpan */.SS)(e.code) : ''}${e.code && e.details ? ': ' : ''}${(0,markdown/* markdownText */.p7)(e.details ?? '')}`), '');
    };
    lines.push(...historySection(progress));
    section('Errors', details?.errors);
    lines.push(...warningsSection(details?.warnings));
    const reports = (details?.certificationReports ?? []).filter((r) => r.reportUrl);
    if (reports.length) {
        lines.push('### Certification reports', '', ...reports.map((r) => `- ${(0,markdown/* markdownLink */.iQ)(r.date ?? 'report', r.reportUrl)}`), '');
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
 * both operations. An input that belongs to some runs only has no action.yml
 * default; what an empty value means is its `fallback`, documented here and
 * read by the code.
 *
 * This file imports nothing: the generator (scripts/interface.mjs) loads it on
 * its own.
 */
const BOTH = ['msix', 'msi-exe'];
const MSIX = ['msix'];
const MSI_EXE = ['msi-exe'];
const ANY = ['submit', 'rollout'];
const SUBMIT = ['submit'];
const ROLLOUT = ['rollout'];
const TEXT = { kind: 'text' };
const BOOLEAN = { kind: 'boolean' };
const INPUTS = {
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
        operations: SUBMIT,
        type: TEXT
    },
    'seller-id': {
        description: 'The Partner Center seller ID (digits; Account settings > Legal info), sent as X-Seller-Account-Id. Required with product-id.',
        apis: MSI_EXE,
        operations: SUBMIT,
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
        description: 'Text for `releaseNotes` in every listing language of the app submission.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'release-notes-file': {
        description: 'The same, read from a UTF-8 file (CRLF or LF). Give release-notes or release-notes-file, or neither.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'listings-folder': {
        description: "A folder (relative to the workspace) of Store listings kept as files: one folder per language (en-us, de-DE, ...) holding title.txt, description.txt, release-notes.txt, features.txt, keywords.txt, ... and images/<imageType>/ (an add-on: title.txt, description.txt, icon.png). Checked before any change; see the README. For an MSI/EXE product (product-id) its texts update that API's listings where the fields correspond.",
        apis: BOTH,
        operations: SUBMIT,
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
    },
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
        operations: ANY,
        type: TEXT
    },
    'flight-name': {
        description: 'Or find the package flight by its friendly name; if none has it and flight-group-ids is set, create it.',
        apis: MSIX,
        operations: ANY,
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
        operations: ANY,
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
        description: '`submit`: make a new submission. `rollout`: change the rollout of the last published submission (rollout-action), without making a new one (MSIX apps and flights).',
        action: 'submit',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'choice', values: ['submit', 'rollout'], apis: { rollout: MSIX } }
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
        operations: SUBMIT,
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
const OUTPUTS = {
    'submission-id': {
        description: 'ID of the submission created (set also when the step fails after creating it).'
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
        description: 'The package rollout status after the step, as the Store names it: PackageRolloutNotStarted, PackageRolloutInProgress, PackageRolloutComplete, PackageRolloutStopped. Set when the step started, changed or cleared a rollout.'
    },
    'rollout-percentage': {
        description: 'The share of users in that rollout after the step (0-100).'
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

;// CONCATENATED MODULE: ./src/inputs/parse.ts
/**
 * Reading one input: the shapes every input comes in, each refused with one
 * clear line. Booleans, numbers and choices are read as the declaration
 * (../interface/declaration.ts) types them, an empty value meaning the
 * declared default.
 */


function fail(message, hint) {
    throw new errors/* ActionError */.lZ(message, { hint });
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
    const type = INPUTS[name].type;
    if (type.kind !== kind)
        throw new Error(`Input '${name}' is declared as ${type.kind}, read as ${kind}.`);
    return type;
}
/** The value given, else the declared default (action.yml's, or the documented fallback). */
function parse_valueOf(input, name) {
    return input(name).trim() || defaultOf(name);
}
/** A boolean input; empty means its declared default (undefined when it has none: "as before"). */
function readBoolean(input, name) {
    typeOf(name, 'boolean');
    return parseBoolean(name, parse_valueOf(input, name));
}
/** A number input within its declared range; empty means its declared default. */
function readNumber(input, name) {
    const { min, max, integer } = typeOf(name, 'number');
    const value = parse_valueOf(input, name);
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
    const value = parse_valueOf(input, name);
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
    const value = parse_valueOf(input, name);
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

;// CONCATENATED MODULE: ./src/inputs/kinds.ts
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
    return INPUT_NAMES.filter((name) => input(name).trim() !== '');
}
/** The API the inputs choose: `product-id` selects the MSI/EXE API. */
function chosenApi(input) {
    return input('product-id').trim() ? 'msi-exe' : 'msix';
}
function refuseOtherApi(given, api) {
    const other = given.filter((name) => !INPUTS[name].apis.includes(api));
    if (!other.length)
        return;
    if (api === 'msi-exe')
        fail(`'product-id' selects an MSI/EXE product, which does not take ${quoted(other)}.`, "Use 'installers' for its packages and submission-json's listings (whatsNew) for release notes; MSIX apps, flights and add-ons are published with 'application-id' in a separate step.");
    fail(`${quoted(other).replace(/, ([^,]*)$/, ' and $1')} ${other.length > 1 ? 'are' : 'is'} only for an MSI/EXE product, but 'product-id' is not set.`, "Set 'product-id' to the product's Partner Center ID (a GUID), or remove them for an MSIX app.");
}
/** A choice value only some APIs have (wait-for: certification, operation: rollout). */
function refuseValuesOfOtherApi(input, given, api) {
    for (const name of given) {
        const type = INPUTS[name].type;
        if (type.kind !== 'choice' || !type.apis)
            continue;
        const value = readChoice(input, name);
        const apis = value ? type.apis[value] : undefined;
        if (apis && !apis.includes(api))
            fail(`'${name}: ${value}' is not available for ${api === 'msi-exe' ? "an MSI/EXE product ('product-id')" : 'an MSIX app'}.`, name === 'wait-for'
                ? "The MSI/EXE API has no certification stage of its own (scanning, certification and publishing are one INPROGRESS): use 'wait-for: commit' or 'publish'."
                : 'MSI/EXE products have no package rollouts: use it for MSIX apps and flights.');
    }
}
function refuseOtherOperation(input, given, operation) {
    const other = given.filter((name) => !INPUTS[name].operations.includes(operation));
    // `commit` belongs to every run (its default, true, is valid everywhere); stopping before a commit only to submissions.
    if (operation === 'rollout' && readBoolean(input, 'commit') === false)
        other.push('commit');
    if (!other.length)
        return;
    if (operation === 'rollout')
        fail(`'operation: rollout' changes the rollout of the last published submission and makes no new one, so ${quoted(other)} ${other.length === 1 ? 'has' : 'have'} nothing to act on.`, 'Remove them, or use them in a step with operation: submit.');
    fail(`${other.length === 1 ? 'Input ' : ''}${quoted(other)} ${other.length === 1 ? 'is' : 'are'} only for 'operation: rollout' (changing a published submission's rollout).`, "Set 'operation: rollout', or use 'rollout-percentage' to start a rollout with this submission.");
}
/** Refuses every input (and value) the chosen API and operation cannot honour; returns them. */
function checkRunKind(input) {
    const given = givenInputs(input);
    const api = chosenApi(input);
    refuseOtherApi(given, api);
    refuseValuesOfOtherApi(input, given, api);
    const operation = readChoice(input, 'operation') ?? 'submit';
    refuseOtherOperation(input, given, operation);
    return { api, operation };
}

// EXTERNAL MODULE: ./src/edits.ts
var src_edits = __nccwpck_require__(2782);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./src/listings/rules.ts
var listings_rules = __nccwpck_require__(9282);
;// CONCATENATED MODULE: ./src/listings/images.ts
/** Listing images: the Store's image types, what a file's first bytes say it is, and the upload order. Pure. */
/**
 * The `imageType` values the app submission docs list as supported today
 * (MicrosoftDocs windows-dev-docs, uwp/monetize/manage-app-submissions.md,
 * "Image resource"), grouped as there: screenshots, Store logos, promotional
 * images, Xbox images, optional promotional images. The retired types the
 * page keeps only in a comment (WideIcon358X173, PromotionalArtwork846X468, ...)
 * are left out: the Store no longer shows them.
 */
const IMAGE_TYPES = [
    'Screenshot',
    'MobileScreenshot',
    'XboxScreenshot',
    'SurfaceHubScreenshot',
    'HoloLensScreenshot',
    'StoreLogo9x16',
    'StoreLogoSquare',
    'Icon',
    'PromotionalArt16x9',
    'PromotionalArtwork2400X1200',
    'XboxBrandedKeyArt',
    'XboxTitledHeroArt',
    'XboxFeaturedPromotionalArt',
    'SquareIcon358X358',
    'BackgroundImage1000X800',
    'PromotionalArtwork414X180'
];
/** The documented spelling of a folder name matched case-insensitively; undefined when it is none. */
function imageTypeOf(folderName) {
    const lower = folderName.toLowerCase();
    return IMAGE_TYPES.find((type) => type.toLowerCase() === lower);
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** How many leading bytes `imageFormat` and `pngSize` need. */
const IMAGE_HEAD_BYTES = 24;
/** What the first bytes say the file is: PNG, JPEG, or neither. */
function imageFormat(head) {
    if (head.length >= 8 && head.subarray(0, 8).equals(PNG_SIGNATURE))
        return 'png';
    if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
        return 'jpeg';
    return undefined;
}
/** A PNG's width and height from its IHDR chunk (which must come first); undefined when the head has none. */
function pngSize(head) {
    if (imageFormat(head) !== 'png' || head.length < IMAGE_HEAD_BYTES)
        return undefined;
    if (head.toString('latin1', 12, 16) !== 'IHDR')
        return undefined;
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}
/**
 * The order images are uploaded in (the order the Store shows screenshots):
 * natural order, so `2.png` comes before `10.png`. Runs of digits compare by
 * value (then by length, so `01` and `1` have a fixed order), everything else
 * by Unicode code point, case-sensitively: the same on every file system.
 */
function compareFileNames(a, b) {
    const left = a.match(/\d+|\D+/g) ?? [];
    const right = b.match(/\d+|\D+/g) ?? [];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const order = compareRuns(left[i], right[i]);
        if (order !== 0)
            return order;
    }
    return left.length - right.length;
}
function compareRuns(a, b) {
    const digits = /^\d/;
    if (digits.test(a) && digits.test(b)) {
        const byValue = compareDigits(a.replace(/^0+(?=\d)/, ''), b.replace(/^0+(?=\d)/, ''));
        return byValue !== 0 ? byValue : a.length - b.length;
    }
    return compareCodePoints(a, b);
}
/** Two runs of digits without leading zeros, by value (any length: no Number overflow). */
function compareDigits(a, b) {
    return a.length !== b.length ? a.length - b.length : compareCodePoints(a, b);
}
function compareCodePoints(a, b) {
    const left = [...a];
    const right = [...b];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const diff = left[i].codePointAt(0) - right[i].codePointAt(0);
        if (diff !== 0)
            return diff;
    }
    return left.length - right.length;
}

;// CONCATENATED MODULE: ./src/listings/disk.ts



/** Files the file manager writes beside images, skipped like hidden ones (any case). */
const FILE_MANAGER_FILES = new Set(['thumbs.db', 'desktop.ini']);
/**
 * A folder's entries that count, in code point order of their names: names
 * starting with `.` (.DS_Store, .gitkeep) and Windows Explorer's Thumbs.db
 * and desktop.ini are skipped; symbolic links are followed.
 */
async function listEntries(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const visible = entries.filter((entry) => !entry.name.startsWith('.') && !FILE_MANAGER_FILES.has(entry.name.toLowerCase()));
    const listed = await Promise.all(visible.map(async (entry) => {
        const isDirectory = entry.isSymbolicLink()
            ? (await (0,promises_.stat)((0,external_node_path_namespaceObject.join)(dir, entry.name))).isDirectory()
            : entry.isDirectory();
        return { name: entry.name, isDirectory };
    }));
    return listed.sort((a, b) => compareCodePoints(a.name, b.name));
}
/** The first bytes of a file: enough to tell an image's format and a PNG's size. */
async function readHead(path) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const head = Buffer.alloc(IMAGE_HEAD_BYTES);
        const { bytesRead } = await file.read(head, 0, IMAGE_HEAD_BYTES, 0);
        return head.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}

// EXTERNAL MODULE: ./src/zip/path.ts
var zip_path = __nccwpck_require__(6680);
;// CONCATENATED MODULE: ./src/listings/read-images.ts
/**
 * Reads a language's `images/` folder: one folder per image type (any case;
 * sent in the documented spelling), PNG or JPEG files in it. The images come
 * out grouped by type in the documented order of the types, and within a
 * type in natural file-name order (`compareFileNames`), which is the order
 * the Store shows them in.
 */





function read_images_fail(message, hint) {
    throw new errors/* ActionError */.lZ(message, { hint });
}
async function readImagesFolder(dir, listing) {
    const byType = new Map();
    for (const entry of await listEntries(dir)) {
        const imageType = imageTypeOf(entry.name);
        const where = (0,external_node_path_namespaceObject.join)(dir, entry.name);
        if (!entry.isDirectory) {
            read_images_fail(`Listing ${listing.folderName}: ${where} is not in an image type folder.`, `Put each image in ${(0,external_node_path_namespaceObject.join)(dir, '<imageType>')}/, e.g. ${(0,external_node_path_namespaceObject.join)(dir, 'Screenshot')}/.`);
        }
        if (!imageType) {
            read_images_fail(`Listing ${listing.folderName}: ${where} is not named after a Store image type.`, `Image folders are named: ${IMAGE_TYPES.join(', ')} (any case).`);
        }
        const twin = byType.get(imageType);
        if (twin)
            read_images_fail(`Listing ${listing.folderName}: ${dir} holds two ${imageType} folders: '${twin}' and '${entry.name}'.`);
        byType.set(imageType, entry.name);
    }
    const types = [...byType.keys()].sort((a, b) => IMAGE_TYPES.indexOf(a) - IMAGE_TYPES.indexOf(b));
    const images = [];
    for (const imageType of types) {
        images.push(...(await readTypeFolder((0,external_node_path_namespaceObject.join)(dir, byType.get(imageType)), imageType, listing)));
    }
    return images;
}
async function readTypeFolder(dir, imageType, listing) {
    const entries = await listEntries(dir);
    const names = entries.map((entry) => entry.name).sort(compareFileNames);
    const seen = new Map();
    const images = [];
    for (const name of names) {
        const diskPath = (0,external_node_path_namespaceObject.join)(dir, name);
        if (entries.find((entry) => entry.name === name)?.isDirectory) {
            read_images_fail(`Listing ${listing.folderName}: ${diskPath} is a folder; an image type folder holds only image files.`);
        }
        // The Store compares zip paths without case (zip/path.ts): two such names would be one file to it.
        const twin = seen.get((0,zip_path/* normalizeZipPath */.I)(name));
        if (twin)
            read_images_fail(`Listing ${listing.folderName}: ${dir} holds '${twin}' and '${name}', which differ only in case.`);
        seen.set((0,zip_path/* normalizeZipPath */.I)(name), name);
        if (!imageFormat(await readHead(diskPath))) {
            read_images_fail(`Listing ${listing.folderName}: ${diskPath} is not a PNG or JPEG image (by its first bytes).`, 'The Store takes PNG and JPEG listing images; convert it or remove it.');
        }
        images.push({ zipPath: `listings/${listing.language}/${imageType}/${name}`, diskPath, imageType });
    }
    return images;
}

// EXTERNAL MODULE: ./src/listings/language.ts
var listings_language = __nccwpck_require__(7207);
// EXTERNAL MODULE: ./src/listings/text.ts + 1 modules
var listings_text = __nccwpck_require__(5784);
;// CONCATENATED MODULE: ./src/listings/read.ts
/**
 * Reads a listings folder into plain data (`ListingsFolder`), checking every
 * file against the Store's rules on the way, so that a bad folder fails with
 * one line naming the file and the language before anything on the server
 * changes.
 *
 * Layout: one folder per language, named by its language code (any case);
 * in it the text files of `rules.ts`, and for an app `images/<imageType>/`
 * folders, for an add-on `icon.png`. File and folder names match
 * case-insensitively. Hidden files (.DS_Store, .gitkeep, Thumbs.db) are
 * skipped everywhere; files beside the language folders (a README) are
 * ignored; anything else unknown is an error, so that a misspelt file name
 * is not silently left out.
 */









function read_fail(message, hint) {
    throw new errors/* ActionError */.lZ(message, { hint });
}
async function readListingsFolder(path, kind) {
    let isDirectory;
    try {
        isDirectory = (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return read_fail(`'listings-folder' does not exist: ${path}.`, 'Check the path (it is relative to the workspace) and that the repository is checked out.');
    }
    if (!isDirectory)
        read_fail(`'listings-folder' is not a folder: ${path}.`, 'Give the folder that holds the language folders.');
    const seen = new Map();
    const languages = [];
    for (const entry of await listEntries(path)) {
        if (!entry.isDirectory)
            continue;
        if (!(0,listings_language/* isLanguageCode */.w)(entry.name)) {
            read_fail(`'listings-folder' ${path} holds a folder '${entry.name}' that is not a language code.`, 'Name each folder after its listing language, e.g. en-us or de-DE; other folders do not belong there.');
        }
        const language = entry.name.toLowerCase();
        const twin = seen.get(language);
        if (twin)
            read_fail(`'listings-folder' ${path} holds two folders for language ${language}: '${twin}' and '${entry.name}'.`);
        seen.set(language, entry.name);
        languages.push(await readLanguage(path, entry.name, kind));
    }
    if (languages.length === 0) {
        read_fail(`'listings-folder' ${path} holds no language folder.`, 'Give the folder that holds one folder per language (en-us/, de-de/, ...), not a language folder itself.');
    }
    languages.sort((a, b) => compareCodePoints(a.language, b.language));
    return { path, kind, languages };
}
async function readLanguage(root, folderName, kind) {
    const dir = (0,external_node_path_namespaceObject.join)(root, folderName);
    const listing = { folderName, language: folderName.toLowerCase(), texts: {} };
    const rules = (0,listings_rules/* textFileRules */.B7)(kind);
    const seen = new Set();
    for (const entry of await listEntries(dir)) {
        const name = entry.name.toLowerCase();
        const where = (0,external_node_path_namespaceObject.join)(dir, entry.name);
        if (seen.has(name))
            read_fail(`Listing ${folderName}: ${dir} holds '${entry.name}' twice (in two spellings).`);
        seen.add(name);
        const rule = rules.find((r) => r.file === name);
        if (rule && !entry.isDirectory) {
            setText(listing.texts, rule, await readText(where, rule, folderName));
        }
        else if (kind === 'app' && name === listings_rules/* IMAGES_FOLDER */.GS && entry.isDirectory) {
            listing.images = await readImagesFolder(where, listing);
        }
        else if (kind === 'add-on' && name === listings_rules/* ADD_ON_ICON */.C4.file && !entry.isDirectory) {
            listing.icon = await readIcon(where, listing);
        }
        else {
            read_fail(`Listing ${folderName}: ${where} is a ${entry.isDirectory ? 'folder' : 'file'} an ${kind} listing does not take.`, `A language folder of ${kind === 'app' ? 'an app' : 'an add-on'} holds: ${(0,listings_rules/* knownEntries */.A7)(kind).join(', ')}.`);
        }
    }
    return listing;
}
async function readText(path, rule, language) {
    let text;
    try {
        text = (0,listings_text/* decodeText */.g7)(await (0,promises_.readFile)(path));
    }
    catch (error) {
        if (error instanceof listings_text/* NotUtf8Error */.xo) {
            read_fail(`Listing ${language}: ${path} ${error.message}.`, 'Save it as UTF-8 (with or without a BOM).');
        }
        throw error;
    }
    const value = rule.list ? (0,listings_text/* textLines */.Fy)(text) : (0,listings_text/* normaliseText */.af)(text);
    const problem = (0,listings_rules/* textProblem */.Fy)(rule, value);
    if (problem)
        read_fail(`Listing ${language}: ${path}: ${problem}.`, 'Shorten it; characters are counted as Unicode code points.');
    return value;
}
function setText(texts, rule, value) {
    texts[rule.field] = value;
}
async function readIcon(path, listing) {
    const head = await readHead(path);
    const size = pngSize(head);
    const { width, height } = listings_rules/* ADD_ON_ICON */.C4;
    if (!size || size.width !== width || size.height !== height) {
        const found = size ? `a ${size.width}x${size.height} PNG` : imageFormat(head) === 'jpeg' ? 'a JPEG' : 'not a PNG';
        read_fail(`Listing ${listing.folderName}: ${path} is ${found}; an add-on icon must be a ${width}x${height} PNG.`, `Export the icon as a ${width}x${height} PNG.`);
    }
    return { zipPath: `listings/${listing.language}/${listings_rules/* ADD_ON_ICON */.C4.file}`, diskPath: path };
}

// EXTERNAL MODULE: ./src/msi-exe/types.ts
var types = __nccwpck_require__(7015);
;// CONCATENATED MODULE: ./src/msi-exe/installers.ts
/**
 * The `installers` input: a JSON array (or one object) of packages with the
 * API's field names, checked before any request and turned into what
 * `PUT /packages` takes. Every error names the installer (its index and URL)
 * and the value. Pure.
 */


const INPUT = 'installers';
/** The documented errorScenario values. */
const ERROR_SCENARIOS = [
    'installationCancelledByUser',
    'applicationAlreadyExists',
    'installationAlreadyInProgress',
    'diskSpaceIsFull',
    'rebootRequired',
    'networkFailure',
    'packageRejectedDuringInstallation',
    'installationSuccessful',
    'miscellaneous'
];
const FIELDS = [
    'packageUrl',
    'languages',
    'architectures',
    'isSilentInstall',
    'installerParameters',
    'packageType',
    'genericDocUrl',
    'errorDetails'
];
/** A BCP 47 tag as the Store lists them: en, en-us, zh-hans-cn, sr-latn-rs, ca-es-valencia. */
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;
const show = (value) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};
class Problems {
    label;
    list = [];
    constructor(label) {
        this.label = label;
    }
    add(message) {
        this.list.push(`${this.label}: ${message}`);
    }
}
function isHttpUrl(value, httpsOnly) {
    if (typeof value !== 'string')
        return false;
    try {
        const url = new URL(value);
        return url.protocol === 'https:' || (!httpsOnly && url.protocol === 'http:');
    }
    catch {
        return false;
    }
}
/** The object's fields by their API names, whatever their case; unknown fields are problems. */
function fieldsOf(item, problems) {
    const raw = {};
    for (const [key, value] of Object.entries(item)) {
        const field = FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
        if (field)
            raw[field] = value;
        else if (key.toLowerCase() !== 'packageid')
            problems.add(`unknown field '${key}' (the fields are ${FIELDS.join(', ')})`);
    }
    return raw;
}
function stringList(name, value, problems) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
        problems.add(`'${name}' must be an array of strings, got ${show(value)}`);
        return [];
    }
    return list.map((v) => v.trim());
}
function architectureOf(value, problems) {
    const given = stringList('architectures', value ?? [], problems);
    const known = given.map((a) => types/* ARCHITECTURES */.X.find((k) => k.toLowerCase() === a.toLowerCase()));
    if (given.length !== 1 || !known[0]) {
        problems.add(`'architectures' must hold exactly one of ${types/* ARCHITECTURES */.X.join(', ')}, got ${show(value)} (give each architecture its own installer)`);
        return [];
    }
    return [known[0]];
}
function packageTypeOf(raw, problems) {
    if (raw.packageType !== undefined) {
        const type = typeof raw.packageType === 'string' ? raw.packageType.trim().toLowerCase() : '';
        if (type === 'exe' || type === 'msi')
            return type;
        problems.add(`'packageType' must be exe or msi, got ${show(raw.packageType)}`);
        return undefined;
    }
    const path = typeof raw.packageUrl === 'string' && isHttpUrl(raw.packageUrl, false) ? new URL(raw.packageUrl).pathname : '';
    const extension = /\.(msi|exe)$/i.exec(path)?.[1]?.toLowerCase();
    if (extension === 'msi' || extension === 'exe')
        return extension;
    problems.add(`'packageType' is not set and the URL does not end in .msi or .exe: set "packageType": "msi" or "exe"`);
    return undefined;
}
function errorDetailsOf(value, problems) {
    if (value === undefined)
        return undefined;
    const list = Array.isArray(value) ? value : [];
    if (!Array.isArray(value) || list.some((d) => typeof d !== 'object' || d === null)) {
        problems.add(`'errorDetails' must be an array of { errorScenario, errorScenarioDetails }, got ${show(value)}`);
        return undefined;
    }
    for (const detail of list) {
        if (!ERROR_SCENARIOS.includes(String(detail.errorScenario)))
            problems.add(`'errorScenario' must be one of ${ERROR_SCENARIOS.join(', ')}, got ${show(detail.errorScenario)}`);
    }
    return list;
}
/** One installer, checked; its problems are added to `problems`. */
function readInstaller(item, problems) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        problems.add(`must be an object like { "packageUrl": "https://...", "languages": ["en-us"], "architectures": ["X64"] }, got ${show(item)}`);
        return undefined;
    }
    const raw = fieldsOf(item, problems);
    if (!isHttpUrl(raw.packageUrl, true))
        problems.add(`'packageUrl' must be an https:// URL of a versioned, direct download of the .msi or .exe, got ${show(raw.packageUrl)}`);
    const languages = stringList('languages', raw.languages ?? [], problems);
    if (languages.length === 0)
        problems.add(`'languages' must list at least one language code, e.g. ["en-us"]`);
    for (const language of languages.filter((l) => !LANGUAGE.test(l)))
        problems.add(`'languages' holds ${show(language)}, which is not a language code like en-us or de-de`);
    const architectures = architectureOf(raw.architectures, problems);
    const parameters = raw.installerParameters;
    if (parameters !== undefined && typeof parameters !== 'string')
        problems.add(`'installerParameters' must be a string, got ${show(parameters)}`);
    const installerParameters = typeof parameters === 'string' && parameters.trim() ? parameters.trim() : undefined;
    if (raw.isSilentInstall !== undefined && typeof raw.isSilentInstall !== 'boolean')
        problems.add(`'isSilentInstall' must be true or false, got ${show(raw.isSilentInstall)}`);
    const isSilentInstall = typeof raw.isSilentInstall === 'boolean' ? raw.isSilentInstall : !installerParameters;
    if (!isSilentInstall && !installerParameters)
        problems.add(`'installerParameters' are required when 'isSilentInstall' is false (the switches that make it silent)`);
    const packageType = packageTypeOf(raw, problems);
    if (raw.genericDocUrl !== undefined && !isHttpUrl(raw.genericDocUrl, false))
        problems.add(`'genericDocUrl' must be a URL, got ${show(raw.genericDocUrl)}`);
    if (packageType === 'exe' && raw.genericDocUrl === undefined)
        problems.add(`an exe needs 'genericDocUrl': a link to the document of its custom error codes`);
    const errorDetails = errorDetailsOf(raw.errorDetails, problems);
    if (!packageType)
        return undefined;
    return {
        packageUrl: String(raw.packageUrl),
        languages,
        architectures,
        isSilentInstall,
        ...(installerParameters ? { installerParameters } : {}),
        ...(typeof raw.genericDocUrl === 'string' ? { genericDocUrl: raw.genericDocUrl } : {}),
        ...(errorDetails ? { errorDetails } : {}),
        packageType
    };
}
/**
 * Parses and checks the `installers` input. Throws one ActionError naming
 * the first problem (and how many more there are).
 */
function parseInstallers(text) {
    let parsed;
    try {
        parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Input '${INPUT}' is not valid JSON: ${error.message}.`, {
            hint: 'Give a JSON array of installers (a YAML block scalar `|` keeps it intact).'
        });
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    if (items.length === 0)
        throw new errors/* ActionError */.lZ(`Input '${INPUT}' is an empty array: give at least one installer.`);
    const problems = [];
    const installers = items.map((item, index) => {
        const url = typeof item === 'object' && item !== null
            ? Object.entries(item).find(([key]) => key.toLowerCase() === 'packageurl')?.[1]
            : undefined;
        const found = new Problems(`${INPUT}[${index}]${typeof url === 'string' ? ` (${url})` : ''}`);
        const installer = readInstaller(item, found);
        problems.push(...found.list);
        return installer;
    });
    if (problems.length > 0) {
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
        throw new errors/* ActionError */.lZ(`Input '${INPUT}': ${problems[0]}${more}.`);
    }
    return installers;
}

;// CONCATENATED MODULE: ./src/msi-exe/listings.ts
/** The folder's texts that this API's listing takes, and its name for each. */
const MSI_EXE_LISTING_FIELD = {
    description: 'description',
    shortDescription: 'shortDescription',
    releaseNotes: 'whatsNew',
    features: 'productFeatures',
    keywords: 'searchTerms',
    copyright: 'copyright',
    developedBy: 'developedBy',
    licenseTerms: 'additionalLicenseTerms'
};
function msiExeListings(folder) {
    const listings = {};
    const unused = [];
    for (const language of folder.languages) {
        const fields = {};
        const left = [];
        for (const [name, value] of Object.entries(language.texts)) {
            const field = MSI_EXE_LISTING_FIELD[name];
            if (field)
                fields[field] = value;
            else
                left.push(name);
        }
        if (language.images)
            left.push('images');
        if (language.icon)
            left.push('icon');
        if (Object.keys(fields).length > 0)
            listings[language.language] = fields;
        if (left.length > 0)
            unused.push(`${language.language}: ${left.join(', ')}`);
    }
    return { changes: Object.keys(listings).length > 0 ? { listings } : {}, unused };
}

// EXTERNAL MODULE: ./src/msi-exe/metadata-check.ts + 1 modules
var metadata_check = __nccwpck_require__(2934);
;// CONCATENATED MODULE: ./src/json.ts
/**
 * JSON for people: parse, and when the text is not JSON, say where (line and
 * column, counted as an editor counts them), quote that line, and say what
 * was wrong in words (a trailing comma, a comment, single quotes, a line
 * break inside a string...). JSON.parse does the parsing; a small scanner
 * runs only after it failed, to find the spot. Pure.
 */
class JsonSyntaxError extends Error {
    problem;
    constructor(problem) {
        super(describeJsonProblem(problem));
        this.problem = problem;
        this.name = 'JsonSyntaxError';
    }
}
/** JSON.parse, with a leading BOM ignored and a JsonSyntaxError that says where. */
function parseJson(text) {
    const body = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(body);
    }
    catch (error) {
        const found = findJsonProblem(body);
        if (found)
            throw new JsonSyntaxError({ ...locate(body, found.offset), reason: found.reason });
        // The scanner saw nothing wrong where JSON.parse did: keep the engine's words, on one line.
        throw new Error(error.message.replace(/\s*[\r\n]+\s*/g, ' '));
    }
}
/** "line 3, column 9: <reason>. Line 3: `<the line>`" */
function describeJsonProblem(problem) {
    return `line ${problem.line}, column ${problem.column}: ${problem.reason}. Line ${problem.line}: \`${excerpt(problem)}\``;
}
const EXCERPT_BEFORE = 40;
const EXCERPT_AFTER = 40;
/** The line without its indentation; a long line (minified JSON) cut to the part around the column. */
function excerpt({ lineText, column }) {
    const text = lineText.trimEnd();
    if (text.length <= EXCERPT_BEFORE + EXCERPT_AFTER)
        return text.trim() || '(an empty line)';
    const start = Math.max(0, column - 1 - EXCERPT_BEFORE);
    const end = Math.min(text.length, column - 1 + EXCERPT_AFTER);
    return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
/** Line, column and line text of an offset into `text`. */
function locate(text, offset) {
    const lineBreak = /\r\n|\n|\r/g;
    let line = 1;
    let lineStart = 0;
    for (let match = lineBreak.exec(text); match && match.index + match[0].length <= offset; match = lineBreak.exec(text)) {
        line++;
        lineStart = match.index + match[0].length;
    }
    const rest = text.slice(lineStart);
    const lineEnd = rest.search(/[\r\n]/);
    return { line, column: offset - lineStart + 1, lineText: lineEnd < 0 ? rest : rest.slice(0, lineEnd) };
}
class Stop {
    offset;
    reason;
    constructor(offset, reason) {
        this.offset = offset;
        this.reason = reason;
    }
}
const ENDS_EARLY = 'the JSON ends here, unfinished';
/** The offset and reason of the first syntax error in `text`, or undefined if it is JSON. */
function findJsonProblem(text) {
    if (!text.trim())
        return { offset: 0, reason: 'there is no JSON value, only blank space' };
    try {
        new JsonScanner(text).document();
        return undefined;
    }
    catch (error) {
        if (error instanceof Stop)
            return { offset: error.offset, reason: error.reason };
        if (error instanceof RangeError)
            return undefined; // nested too deep for the scanner: JSON.parse's words stand
        throw error;
    }
}
/** A recursive-descent walk over JSON text that throws Stop at the first thing JSON does not allow. */
class JsonScanner {
    text;
    at = 0;
    constructor(text) {
        this.text = text;
    }
    document() {
        this.value('here');
        this.skipSpace();
        if (this.at < this.text.length)
            this.stop(`unexpected '${this.char()}' after the end of the JSON value (one '}' or ']' too many?)`);
    }
    stop(reason, offset = this.at) {
        throw new Stop(offset, reason);
    }
    char() {
        return this.text[this.at] ?? '';
    }
    skipSpace() {
        while (/[ \t\r\n]/.test(this.char()))
            this.at++;
        if (this.text.startsWith('//', this.at) || this.text.startsWith('/*', this.at))
            this.stop('JSON allows no comments');
    }
    word() {
        return /^[^\s,:{}[\]"]{1,20}/.exec(this.text.slice(this.at))?.[0] ?? this.char();
    }
    value(after) {
        this.skipSpace();
        const c = this.char();
        if (c === '{')
            return this.members('}', () => this.property());
        if (c === '[')
            return this.members(']', () => this.value('in the list'));
        if (c === '"')
            return this.string();
        if (c === '-' || (c >= '0' && c <= '9'))
            return this.number();
        for (const literal of ['true', 'false', 'null']) {
            if (this.text.startsWith(literal, this.at) && !/[\w$]/.test(this.text[this.at + literal.length] ?? '')) {
                this.at += literal.length;
                return;
            }
        }
        this.missingValue(after);
    }
    missingValue(after) {
        const c = this.char();
        if (c === '')
            return this.stop(`${ENDS_EARLY}: a value is missing ${after}`);
        if (c === "'")
            return this.stop('strings need double quotes ("), not single quotes');
        if (/[A-Za-z_$]/.test(c))
            return this.stop(`unexpected '${this.word()}': text needs double quotes, and true, false and null are lower case`);
        return this.stop(`unexpected '${c}' where a value should be ${after}`);
    }
    /** An object's properties or an array's items, from the opening bracket to the closing one. */
    members(close, member) {
        const noun = close === '}' ? 'property' : 'item';
        this.at++;
        this.skipSpace();
        if (this.char() === close)
            return void this.at++;
        for (;;) {
            member();
            this.skipSpace();
            if (this.char() === close)
                return void this.at++;
            if (this.char() === '')
                this.stop(`${ENDS_EARLY}: a ',' or '${close}' is missing`);
            if (this.char() !== ',')
                this.stop(`expected ',' or '${close}' after this ${noun} (a missing comma?)`);
            const comma = this.at++;
            this.skipSpace();
            if (this.char() === close)
                this.stop(`a comma before '${close}': JSON allows no trailing comma`, comma);
        }
    }
    property() {
        const c = this.char();
        if (c === "'")
            this.stop('property names need double quotes ("), not single quotes');
        if (c === '')
            this.stop(`${ENDS_EARLY}: a property name is missing`);
        if (c !== '"') {
            this.stop(/[A-Za-z_$]/.test(c)
                ? `property names need double quotes ('${this.word()}')`
                : `unexpected '${c}' where a property name in double quotes should be`);
        }
        this.string();
        this.skipSpace();
        if (this.char() === '')
            this.stop(`${ENDS_EARLY}: a ':' is missing`);
        if (this.char() !== ':')
            this.stop("expected ':' after the property name");
        this.at++;
        this.value('after the colon');
    }
    string() {
        const start = this.at++;
        for (let c = this.char(); c !== '"'; c = this.char()) {
            if (c === '')
                this.stop("this string is not closed: a '\"' is missing", start);
            if (c === '\n' || c === '\r')
                this.stop('a line break inside a string: write \\n, or keep the string on one line');
            if (c < ' ')
                this.stop(`a control character (U+${c.charCodeAt(0).toString(16).padStart(4, '0')}) inside a string`);
            this.at += c === '\\' ? this.escape() : 1;
        }
        this.at++;
    }
    /** Checks the escape at the backslash; returns its length. */
    escape() {
        const next = this.text[this.at + 1] ?? '';
        if (next === 'u') {
            if (!/^[0-9A-Fa-f]{4}$/.test(this.text.slice(this.at + 2, this.at + 6)))
                this.stop('\\u must be followed by 4 hex digits');
            return 6;
        }
        if (next === '' || !'"\\/bfnrt'.includes(next))
            this.stop(`'\\${next}' is not a JSON escape: write a backslash in a string as \\\\ (e.g. in a Windows path)`);
        return 2;
    }
    number() {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
        const start = this.at;
        if (match)
            this.at += match[0].length;
        if (!match || /[\w.+-]/.test(this.char())) {
            this.at = start;
            this.stop(`'${this.word()}' is not a JSON number`);
        }
    }
}

// EXTERNAL MODULE: ./src/merge.ts
var merge = __nccwpck_require__(9107);
// EXTERNAL MODULE: ./src/zip/plan.ts + 1 modules
var plan = __nccwpck_require__(5932);
// EXTERNAL MODULE: ./src/zip/directory.ts
var directory = __nccwpck_require__(3960);
;// CONCATENATED MODULE: ./src/inputs/submission-json.ts
/** `submission-json` (or its file) and `package-zip`: read, parsed, and checked against each other and the kind. */








async function readChanges(input) {
    const inline = input('submission-json');
    const file = input('submission-json-file');
    if (inline && file) {
        fail("Give either 'submission-json' or 'submission-json-file', not both.");
    }
    let text = inline;
    let source = "'submission-json'";
    if (file) {
        source = `'submission-json-file' (${file})`;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            fail(`Cannot read ${source}: ${error.message}.`, 'Check the path; it is relative to the workspace.');
        }
    }
    if (!text.trim())
        return { changes: {}, source };
    let parsed;
    try {
        parsed = parseJson(text);
    }
    catch (error) {
        const where = error instanceof JsonSyntaxError ? ` at ${error.message}` : `: ${error.message}`;
        fail(`${source} is not valid JSON${where}.`, file ? 'Fix the JSON in the file.' : "Fix the JSON (line 1 is the first line after 'submission-json: |').");
    }
    if (!(0,merge/* isPlainObject */.Qd)(parsed)) {
        fail(`${source} must be a JSON object ({ ... }) of submission fields, got ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed}.`);
    }
    return { changes: (0,merge/* deepMerge */.$N)({}, parsed), source };
}
const KIND_OF = { app: parents/* APP */.uq, flight: parents/* FLIGHT */.ru, 'add-on': parents/* ADD_ON */.ui };
/** A package list that does not belong to this kind of submission would only fail after the Store changed. */
function checkPackageField(changes, target, source) {
    const kind = KIND_OF[target.kind];
    for (const field of [parents/* APP */.uq.packagesField, parents/* FLIGHT */.ru.packagesField]) {
        if (field in changes && field !== kind.packagesField) {
            fail(`${source} sets '${field}', but this is ${/^[aeiou]/i.test(kind.noun) ? 'an' : 'a'} ${kind.noun} submission${kind.packagesField ? `, whose package list is '${kind.packagesField}'` : ', which has no packages'}.`, kind.packagesField
                ? `Rename the field to '${kind.packagesField}'.`
                : 'Remove it, or publish the packages in an app or flight submission.');
        }
    }
}
/** Checks that `package-zip` is a readable zip holding every pending file not among `alsoUploaded` (paths the upload zip gets from elsewhere). */
async function checkZip(path, pending, source, alsoUploaded = []) {
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            fail(`'package-zip' is not a file: ${path}.`);
        size = info.size;
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        return fail(`'package-zip' does not exist: ${path}.`, 'Build the zip before this step, and check the path (it is relative to the workspace).');
    }
    let entries;
    try {
        entries = await (0,directory/* listZipEntries */.kT)(path);
    }
    catch (error) {
        return fail(`'package-zip' is not a readable zip file (${size} bytes): ${path}: ${error.message}.`);
    }
    const missing = (0,merge/* missingFromZip */.Ik)(pending, [...entries, ...alsoUploaded]);
    if (missing.length > 0) {
        const list = missing.map((file) => `'${file.fileName}' (${file.where})`).join(', ');
        fail(`'package-zip' is missing ${missing.length} file(s) that ${source} marks PendingUpload: ${list}.`, 'Each fileName must be a path inside the zip (\\ and / alike, any case).');
    }
}
/**
 * submission-json and package-zip, checked against each other and against
 * the files the action zips itself (`uploadFiles`): every PendingUpload file
 * is in what is uploaded, and no two entries share a path.
 */
async function readChangesAndZip(input, target, uploadFiles) {
    const { changes, source } = await readChanges(input);
    checkPackageField(changes, target, source);
    const pendingFiles = (0,merge/* pendingUploads */.af)(changes);
    const packageZip = input('package-zip') || undefined;
    const uploaded = uploadFiles.map((file) => file.zipPath);
    if (packageZip) {
        await checkZip(packageZip, pendingFiles, source, uploaded);
    }
    else {
        const missing = (0,merge/* missingFromZip */.Ik)(pendingFiles, uploaded);
        if (missing.length > 0) {
            fail(`${source} marks ${missing.length} file(s) PendingUpload (first: '${missing[0].fileName}') but 'package-zip' is not set.`, "Set 'package-zip' to the zip that holds them.");
        }
    }
    // Two entries at one path (a package named like an entry of package-zip) fail now, not after the Store changed.
    if (uploadFiles.length > 0)
        await (0,plan/* planZip */.Dn)({ files: uploadFiles, packageZip });
    return { changes, pendingFiles, packageZip };
}

;// CONCATENATED MODULE: ./src/inputs/msi-exe.ts
/**
 * The inputs of an MSI/EXE product (`product-id`): the product and seller
 * IDs, the installers, and the metadata changes from `listings-folder` and
 * `submission-json`, all checked before the first request. Which inputs an
 * MSI/EXE run takes at all is the declaration's (src/inputs/kinds.ts).
 */







const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
async function readMsiExeInputs(input) {
    const productId = input('product-id').trim();
    if (!GUID.test(productId)) {
        fail(`Input 'product-id' must be the MSI/EXE product's Partner Center ID, a GUID like 3e31a9f9-84e8-4d2d-9eba-487878d02ebf, got '${productId}'.`, /^[0-9a-z]{12}$/i.test(productId)
            ? "That looks like an MSIX app's Store ID: use 'application-id' for it."
            : undefined);
    }
    const sellerId = input('seller-id').trim();
    if (!sellerId)
        fail("Input 'seller-id' is required with 'product-id'.", 'It is the Seller ID in Partner Center > Account settings > Legal info (digits).');
    if (!/^\d+$/.test(sellerId))
        fail(`Input 'seller-id' must be the Partner Center seller ID (digits), got '${sellerId}'.`);
    const installersText = input('installers');
    const installers = installersText.trim() ? parseInstallers(installersText) : undefined;
    const folderPath = input('listings-folder');
    const edits = [];
    let listingsFolder;
    if (folderPath) {
        const folder = msiExeListings(await readListingsFolder(folderPath, 'app'));
        (0,metadata_check/* checkMetadataChanges */.jc)(folder.changes, `'listings-folder' (${folderPath})`);
        edits.push((0,src_edits/* fixedEdit */.lc)('listings-folder', folder.changes));
        listingsFolder = { path: folderPath, unused: folder.unused };
    }
    const { changes, source } = await readChanges(input);
    (0,metadata_check/* checkMetadataChanges */.jc)(changes, source);
    return { productId, sellerId, installers, edits, changes, listingsFolder };
}

;// CONCATENATED MODULE: ./src/inputs/target.ts

/** The names of the inputs of `values` that are set. */
function given(values) {
    return Object.entries(values)
        .filter(([, value]) => value)
        .map(([name]) => name);
}
function readTarget(input) {
    const applicationIdRaw = input('application-id');
    const applicationId = applicationIdRaw ? parseId('application-id', applicationIdRaw) : undefined;
    const flight = {
        id: input('flight-id'),
        name: input('flight-name'),
        groupIds: input('flight-group-ids'),
        rankHigherThan: input('flight-rank-higher-than')
    };
    const addOn = { id: input('add-on-id'), productId: input('add-on-product-id'), type: input('add-on-type') };
    const flightInputs = given({
        'flight-id': flight.id,
        'flight-name': flight.name,
        'flight-group-ids': flight.groupIds,
        'flight-rank-higher-than': flight.rankHigherThan
    });
    const addOnInputs = given({ 'add-on-id': addOn.id, 'add-on-product-id': addOn.productId, 'add-on-type': addOn.type });
    if (flightInputs.length && addOnInputs.length) {
        fail(`Both flight inputs (${flightInputs.join(', ')}) and add-on inputs (${addOnInputs.join(', ')}) are set.`, 'One step publishes one submission: use separate steps for a flight and an add-on.');
    }
    if (addOnInputs.length)
        return addOnTarget(addOn, applicationId);
    if (!applicationId) {
        fail("Input 'application-id' is required.", "It is the app's Store ID, e.g. 9NBLGGH4R315 (Partner Center > Product identity).");
    }
    if (flightInputs.length)
        return flightTarget(flight, flightInputs, applicationId);
    return { kind: 'app', applicationId };
}
function addOnTarget(addOn, applicationId) {
    if (addOn.id && addOn.productId)
        fail("Give either 'add-on-id' or 'add-on-product-id', not both.");
    if (!addOn.id && !addOn.productId) {
        fail("'add-on-type' needs 'add-on-product-id': the product ID of the add-on to find or create.");
    }
    let productType;
    if (addOn.type) {
        const match = ['Durable', 'Consumable'].find((t) => t.toLowerCase() === addOn.type.toLowerCase());
        if (!match)
            fail(`Input 'add-on-type' must be Durable or Consumable, got '${addOn.type}'.`);
        productType = match;
        if (addOn.id) {
            fail("'add-on-type' is only for creating an add-on by 'add-on-product-id'; with 'add-on-id' the add-on exists already.");
        }
    }
    if (addOn.productId && !applicationId) {
        fail("'add-on-product-id' needs 'application-id': add-ons are found (and created) among an app's add-ons.");
    }
    return {
        kind: 'add-on',
        applicationId,
        addOnId: addOn.id ? parseId('add-on-id', addOn.id) : undefined,
        productId: addOn.productId || undefined,
        create: productType ? { productType } : undefined
    };
}
function flightTarget(flight, flightInputs, applicationId) {
    if (flight.id && flight.name)
        fail("Give either 'flight-id' or 'flight-name', not both.");
    if (!flight.id && !flight.name) {
        fail(`${flightInputs.map((k) => `'${k}'`).join(' and ')} need 'flight-name': the friendly name of the flight to find or create.`);
    }
    if (flight.id && (flight.groupIds || flight.rankHigherThan)) {
        fail("'flight-group-ids' and 'flight-rank-higher-than' are only for creating a flight by 'flight-name'; with 'flight-id' the flight exists already.");
    }
    const groupIds = flight.groupIds
        .split(/[,\s]+/)
        .map((id) => id.trim())
        .filter(Boolean);
    if (flight.groupIds && groupIds.length === 0)
        fail("Input 'flight-group-ids' holds no group ID.");
    groupIds.forEach((id) => parseId('flight-group-ids', id));
    return {
        kind: 'flight',
        applicationId,
        flightId: flight.id ? parseId('flight-id', flight.id) : undefined,
        flightName: flight.name || undefined,
        create: groupIds.length ? { groupIds, rankHigherThan: flight.rankHigherThan || undefined } : undefined
    };
}

// EXTERNAL MODULE: ./src/listings/edit.ts
var edit = __nccwpck_require__(6929);
;// CONCATENATED MODULE: ./src/inputs/listings.ts



/** The listings folder as set by the input, or undefined when `listings-folder` is not given. */
async function readListingsInput(input, target) {
    const path = input('listings-folder');
    if (!path)
        return undefined;
    if (target.kind === 'flight') {
        fail("Input 'listings-folder' is for app and add-on submissions; a package flight has no Store listing.", 'Publish the listings with the app submission (a step without the flight inputs).');
    }
    const folder = await readListingsFolder(path, target.kind);
    return { folder, edit: (0,edit/* listingsEdit */.y0)(folder), files: (0,edit/* listingFiles */.Sr)(folder) };
}

;// CONCATENATED MODULE: ./src/packages/xml.ts
/**
 * A small, tolerant XML reader for package manifests as makeappx and Visual
 * Studio write them: UTF-8 with or without a BOM, UTF-16 with a BOM, an XML
 * declaration, comments (which may hold markup), attributes over several
 * lines in single or double quotes, entities, namespace prefixes. It builds
 * a tree of elements, their attributes and their own text (a manifest's
 * identity is in attributes; a few properties, such as `<Framework>`, are
 * text). Pure; no DTDs, no namespace URIs.
 */
class XmlError extends Error {
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** The text of an XML file, from its BOM (UTF-8, UTF-16 LE/BE) or, without one, its first bytes. */
function decodeXmlBytes(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return utf8(bytes.subarray(3));
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString('utf16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    if (bytes[0] === 0x3c && bytes[1] === 0x00)
        return bytes.toString('utf16le');
    if (bytes[0] === 0x00 && bytes[1] === 0x3c)
        return Buffer.from(bytes).swap16().toString('utf16le');
    return utf8(bytes);
}
function utf8(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        throw new XmlError('it is neither UTF-8 nor UTF-16');
    }
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Character and entity references replaced by what they stand for. */
function decodeEntities(raw) {
    return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref) => {
        if (ref.startsWith('#x'))
            return String.fromCodePoint(parseInt(ref.slice(2), 16));
        if (ref.startsWith('#'))
            return String.fromCodePoint(parseInt(ref.slice(1), 10));
        return ENTITIES[ref] ?? whole;
    });
}
/** An attribute value as XML reads it: line breaks and tabs become spaces, then entities are decoded. */
function attributeValue(raw) {
    return decodeEntities(raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' '));
}
const localName = (qualified) => qualified.slice(qualified.indexOf(':') + 1);
const NAME = /[^\s/>=]+/y;
const ATTRIBUTE = /\s+([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;
/** Skips a comment, processing instruction, CDATA or DOCTYPE at `at`; where the text goes on, or undefined. */
function skipMarkup(text, at) {
    const skipTo = (close, from, what) => {
        const end = text.indexOf(close, from);
        if (end < 0)
            throw new XmlError(`a ${what} is never closed (truncated?)`);
        return end + close.length;
    };
    if (text.startsWith('<!--', at))
        return skipTo('-->', at + 4, 'comment');
    if (text.startsWith('<?', at))
        return skipTo('?>', at + 2, 'processing instruction');
    if (text.startsWith('<![CDATA[', at))
        return skipTo(']]>', at + 9, 'CDATA section');
    if (text.startsWith('<!', at)) {
        const subset = text.indexOf('[', at);
        const close = text.indexOf('>', at);
        return subset >= 0 && subset < close
            ? skipTo('>', skipTo(']', subset, 'DOCTYPE'), 'DOCTYPE')
            : skipTo('>', at, 'DOCTYPE');
    }
    return undefined;
}
/** Reads a start tag at `at` (just after `<`): the element, whether it closes itself, and where the text goes on. */
function readStartTag(text, at) {
    NAME.lastIndex = at;
    const name = NAME.exec(text);
    if (!name)
        throw new XmlError(`a tag without a name at character ${at}`);
    const element = { name: localName(name[0]), attributes: {}, children: [], text: '' };
    let next = NAME.lastIndex;
    for (;;) {
        ATTRIBUTE.lastIndex = next;
        const attribute = ATTRIBUTE.exec(text);
        if (!attribute)
            break;
        element.attributes[attribute[1]] = attributeValue(attribute[2] ?? attribute[3]);
        next = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = next;
    const end = TAG_END.exec(text);
    if (!end)
        throw new XmlError(`the tag <${name[0]}> is malformed or cut off at character ${next}`);
    return { element, empty: end[1] === '/', next: TAG_END.lastIndex };
}
/** The root element of the document. */
function parseXml(text) {
    const open = [];
    let root;
    let at = 0;
    for (;;) {
        const lt = text.indexOf('<', at);
        if (lt < 0)
            break;
        if (open.length > 0 && lt > at)
            open[open.length - 1].text += decodeEntities(text.slice(at, lt));
        const skipped = skipMarkup(text, lt);
        if (skipped !== undefined) {
            at = skipped;
        }
        else if (text[lt + 1] === '/') {
            const end = text.indexOf('>', lt);
            const name = localName(text.slice(lt + 2, end < 0 ? undefined : end).trim());
            const top = open.pop();
            if (end < 0 || !top || top.name !== name) {
                throw new XmlError(`</${name}> does not close ${top ? `<${top.name}>` : 'any element'}`);
            }
            at = end + 1;
        }
        else {
            const { element, empty, next } = readStartTag(text, lt + 1);
            if (open.length > 0)
                open[open.length - 1].children.push(element);
            else if (!root)
                root = element;
            else
                throw new XmlError(`a second root element <${element.name}>`);
            if (!empty)
                open.push(element);
            at = next;
        }
    }
    if (!root)
        throw new XmlError('it holds no element');
    if (open.length > 0)
        throw new XmlError(`it ends before </${open[open.length - 1].name}> (truncated?)`);
    return root;
}
/** An attribute by local name, an unprefixed one first. */
function attribute(element, name) {
    if (name in element.attributes)
        return element.attributes[name];
    const prefixed = Object.keys(element.attributes).find((key) => localName(key) === name && key.includes(':'));
    return prefixed === undefined ? undefined : element.attributes[prefixed];
}
/** The element's children with this local name. */
function childrenNamed(element, name) {
    return element.children.filter((child) => child.name === name);
}

;// CONCATENATED MODULE: ./src/packages/manifest.ts
/**
 * What a package says about itself: the identity in `AppxManifest.xml` (a
 * package) or `AppxMetadata/AppxBundleManifest.xml` (a bundle), the
 * packages a bundle holds, and the device families they target. Pure: bytes
 * in, plain data out.
 */

const PACKAGE_MANIFEST = 'AppxManifest.xml';
const BUNDLE_MANIFEST = 'AppxMetadata/AppxBundleManifest.xml';
/**
 * A manifest that cannot be read, or a file that lacks what the Store needs.
 * With a hint, the file is whole but not what its name promises (a flat
 * bundle, a package named as a bundle): the hint says what to do instead.
 */
class ManifestError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
const VERSION = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;
/** A version's four parts, or undefined when it is not `a.b.c.d` with parts up to 65535. */
function versionParts(version) {
    const match = VERSION.exec(version.trim());
    const parts = match?.slice(1).map(Number);
    return parts && parts.every((part) => part <= 65535) ? parts : undefined;
}
/** Negative, zero or positive as `a` is lower than, equal to or higher than `b`. Unreadable versions sort lowest. */
function compareVersions(a, b) {
    const [pa, pb] = [versionParts(a) ?? [-1], versionParts(b) ?? [-1]];
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
function parseRoot(bytes, file, rootName) {
    let root;
    try {
        root = parseXml(decodeXmlBytes(bytes));
    }
    catch (error) {
        if (error instanceof XmlError)
            throw new ManifestError(`${file} is not readable XML: ${error.message}`);
        throw error;
    }
    if (root.name !== rootName)
        throw new ManifestError(`${file} has <${root.name}> where <${rootName}> belongs`);
    return root;
}
function required(element, name, where) {
    const value = attribute(element, name)?.trim();
    if (!value)
        throw new ManifestError(`${where} has no ${name}`);
    return value;
}
function readIdentity(root, file) {
    const [element] = childrenNamed(root, 'Identity');
    if (!element)
        throw new ManifestError(`${file} has no <Identity> element`);
    const where = `the Identity in ${file}`;
    const version = required(element, 'Version', where);
    if (!versionParts(version))
        throw new ManifestError(`${where} has Version '${version}', not a.b.c.d`);
    const architecture = attribute(element, 'ProcessorArchitecture')?.trim().toLowerCase();
    return {
        name: required(element, 'Name', where),
        publisher: required(element, 'Publisher', where),
        version,
        ...(root.name === 'Package' ? { architecture: architecture || 'neutral' } : {})
    };
}
/** TargetDeviceFamily names under the element's Dependencies. */
function deviceFamiliesOf(element) {
    return childrenNamed(element, 'Dependencies')
        .flatMap((dependencies) => childrenNamed(dependencies, 'TargetDeviceFamily'))
        .map((family) => attribute(family, 'Name')?.trim())
        .filter((name) => Boolean(name));
}
/** Whether `<Properties>` has this boolean property set (`true` or `1`, as xs:boolean reads). */
function propertySet(root, name) {
    return childrenNamed(root, 'Properties')
        .flatMap((properties) => childrenNamed(properties, name))
        .some((property) => ['true', '1'].includes(property.text.trim().toLowerCase()));
}
function readPackageManifest(bytes) {
    const root = parseRoot(bytes, PACKAGE_MANIFEST, 'Package');
    return {
        identity: readIdentity(root, PACKAGE_MANIFEST),
        deviceFamilies: deviceFamiliesOf(root),
        framework: propertySet(root, 'Framework')
    };
}
function readBundleManifest(bytes) {
    const root = parseRoot(bytes, BUNDLE_MANIFEST, 'Bundle');
    const identity = readIdentity(root, BUNDLE_MANIFEST);
    const packages = childrenNamed(root, 'Packages')
        .flatMap((list) => childrenNamed(list, 'Package'))
        .map((element) => {
        const fileName = required(element, 'FileName', `a Package in ${BUNDLE_MANIFEST}`);
        const where = `the Package ${fileName} in ${BUNDLE_MANIFEST}`;
        const type = (attribute(element, 'Type') ?? 'resource').trim().toLowerCase();
        if (type !== 'application' && type !== 'resource')
            throw new ManifestError(`${where} has Type '${type}'`);
        const version = required(element, 'Version', where);
        if (!versionParts(version))
            throw new ManifestError(`${where} has Version '${version}', not a.b.c.d`);
        return {
            type,
            architecture: attribute(element, 'Architecture')?.trim().toLowerCase() || 'neutral',
            version,
            fileName,
            deviceFamilies: deviceFamiliesOf(element)
        };
    });
    if (!packages.some((p) => p.type === 'application')) {
        throw new ManifestError(`${BUNDLE_MANIFEST} lists no application package`);
    }
    return { identity, packages };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/packages/publisher-id.ts
/**
 * The publisher ID Windows derives from a package's Publisher (the 13
 * characters after `_` in a package family name), and the family name. Pure.
 */

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/**
 * The first 8 bytes of SHA-256 over the publisher in UTF-16LE, read as 65
 * bits (one zero bit appended), in 13 groups of 5 bits.
 */
function publisherId(publisher) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(publisher, 'utf16le')).digest();
    const bits = hash.readBigUInt64BE(0) << 1n;
    let id = '';
    for (let group = 12; group >= 0; group--)
        id += ALPHABET[Number((bits >> BigInt(group * 5)) & 31n)];
    return id;
}
/** `${name}_${publisherId}`, e.g. `Microsoft.WindowsCalculator_8wekyb3d8bbwe`. */
function packageFamilyName(name, publisher) {
    return `${name}_${publisherId(publisher)}`;
}

;// CONCATENATED MODULE: ./src/packages/checks.ts
/**
 * What the Store would refuse, found before anything changes: a package
 * whose family name is not the app's (the commonest certification failure
 * knowable in advance), and a version not higher than the packages of its
 * architecture already on the submission (refused at commit). Pure; each
 * failure is one ActionError naming the file, what it holds and what the
 * app expects.
 */




/** The app's identity from its resource; undefined fields when it does not carry them. */
function appIdentityOf(label, resource) {
    const text = (value) => (typeof value === 'string' && value ? value : undefined);
    return {
        label,
        packageFamilyName: text(resource.packageFamilyName),
        packageIdentityName: text(resource.packageIdentityName)
    };
}
/** e.g. `Contoso.App (publisher 'CN=Contoso', family name Contoso.App_abc, version 1.2.0.0)`. */
function describePackage(info) {
    const { name, publisher, version } = info.identity;
    return `${name} (publisher '${publisher}', family name ${info.familyName}, version ${version})`;
}
const IDENTITY_HINT = "Build it with the Identity Name and Publisher shown in Partner Center > the app > Product identity (Visual Studio: Publish > Associate App with the Store), or check 'application-id'; if it is not this app's package, leave it out of 'packages' with a '!' line.";
/**
 * Fails unless the package's family name is the app's: the identity name must
 * be the app's packageIdentityName and the publisher ID must be the part of
 * packageFamilyName after `_`. False when the app names no family to compare with.
 */
function checkIdentity(info, app) {
    const family = app.packageFamilyName;
    if (!family && !app.packageIdentityName)
        return false;
    const expectedName = app.packageIdentityName ?? family.slice(0, family.lastIndexOf('_'));
    const expectedPublisherId = family?.includes('_') ? family.slice(family.lastIndexOf('_') + 1) : undefined;
    const problems = [];
    if (info.identity.name.toLowerCase() !== expectedName.toLowerCase()) {
        problems.push(`its identity name is ${info.identity.name}, not ${expectedName}`);
    }
    const actualPublisherId = publisherId(info.identity.publisher);
    if (expectedPublisherId && actualPublisherId !== expectedPublisherId.toLowerCase()) {
        problems.push(`its publisher gives the publisher ID ${actualPublisherId}, not ${expectedPublisherId} (the package is signed for another publisher)`);
    }
    if (problems.length > 0) {
        const expected = family ? `family name ${family} (identity name ${expectedName})` : `identity name ${expectedName}`;
        throw new errors/* ActionError */.lZ(`Package ${info.path} holds ${describePackage(info)}, but the ${app.label} expects ${expected}: ${problems.join('; ')}.`, { hint: IDENTITY_HINT });
    }
    return true;
}
/** An existing package entry's architectures, lower case (a bundle's entry may name several). */
function architecturesOf(entry) {
    const value = typeof entry.architecture === 'string' ? entry.architecture : 'neutral';
    return value
        .split(/[\s,;|]+/)
        .filter(Boolean)
        .map((a) => a.toLowerCase());
}
/** The package entries of a submission's package list (ignoring anything that is not an object). */
function packageEntries(submission, field) {
    const list = submission?.[field];
    return Array.isArray(list) ? list.filter(merge/* isPlainObject */.Qd) : [];
}
/**
 * Fails unless every application package the file holds has a version higher
 * than every existing package of the same architecture (neutral with neutral).
 */
function checkVersions(info, existing, parentLabel) {
    for (const target of info.targets) {
        let highest;
        for (const entry of existing) {
            if (typeof entry.version !== 'string' || !architecturesOf(entry).includes(target.architecture))
                continue;
            if (!highest || compareVersions(entry.version, highest.version) > 0)
                highest = entry;
        }
        if (highest && compareVersions(target.version, highest.version) <= 0) {
            const other = typeof highest.fileName === 'string' ? `${highest.fileName}, ` : '';
            throw new errors/* ActionError */.lZ(`Package ${info.path} holds ${describePackage(info)} with version ${target.version} for ${target.architecture}, but the ${parentLabel} already has ${other}version ${highest.version} for ${target.architecture}: the Store takes only a higher version.`, { hint: 'Raise the Version in the Identity of Package.appxmanifest and build again.' });
        }
    }
}

;// CONCATENATED MODULE: ./src/packages/keep.ts


const PENDING_DELETE = 'PendingDelete';
const isDeleted = (entry) => typeof entry.fileStatus === 'string' && entry.fileStatus.toLowerCase() === PENDING_DELETE.toLowerCase();
/** `Windows.Desktop min version 10.0.10240.0` and `Windows.Desktop` alike: the family names, sorted. */
function familiesKey(entry) {
    const families = Array.isArray(entry.targetDeviceFamilies) ? entry.targetDeviceFamilies : [];
    return families
        .map((family) => (typeof family === 'string' ? family.trim().split(/\s+/)[0].toLowerCase() : ''))
        .filter(Boolean)
        .sort()
        .join(',');
}
const groupKey = (entry) => `${architecturesOf(entry).sort().join(',')}|${familiesKey(entry)}`;
/**
 * The existing entries, in their order, each kept or marked PendingDelete
 * (keeping its id and every other field). Entries already PendingDelete stay so.
 */
function keepExisting(existing, keep) {
    if (keep === 'all')
        return existing.map((entry) => structuredClone(entry));
    const kept = new Set();
    if (keep > 0) {
        const groups = new Map();
        for (const entry of existing.filter((e) => !isDeleted(e))) {
            groups.set(groupKey(entry), [...(groups.get(groupKey(entry)) ?? []), entry]);
        }
        for (const group of groups.values()) {
            const newest = [...group].sort((a, b) => compareVersions(String(b.version ?? ''), String(a.version ?? '')));
            newest.slice(0, keep).forEach((entry) => kept.add(entry));
        }
    }
    return existing.map((entry) => kept.has(entry) ? structuredClone(entry) : { ...structuredClone(entry), fileStatus: PENDING_DELETE });
}
/** What the Store needs for a new package: its path in the zip, PendingUpload, and no minimum DirectX or RAM. */
function newPackageEntry(fileName) {
    return { fileName, fileStatus: 'PendingUpload', minimumDirectXVersion: 'None', minimumSystemRam: 'None' };
}

// EXTERNAL MODULE: ./src/zip/access.ts
var zip_access = __nccwpck_require__(2917);
// EXTERNAL MODULE: ./src/zip/entry.ts + 1 modules
var zip_entry = __nccwpck_require__(9979);
;// CONCATENATED MODULE: ./src/packages/parts.ts

/** The part name an item name stands for; undefined when its escapes are not valid UTF-8 percent-encoding. */
function decodePartName(itemName) {
    if (!itemName.includes('%'))
        return itemName;
    if (/%(?![0-9A-Fa-f]{2})/.test(itemName))
        return undefined;
    try {
        return decodeURIComponent(itemName);
    }
    catch {
        return undefined;
    }
}
/** The entry holding the part `name`: stored as written, or percent-encoded. */
function findPart(entries, name) {
    const wanted = (0,zip_path/* normalizeZipPath */.I)(name);
    return (entries.find((entry) => (0,zip_path/* normalizeZipPath */.I)(entry.name) === wanted) ??
        entries.find((entry) => (0,zip_path/* normalizeZipPath */.I)(decodePartName(entry.name) ?? '') === wanted));
}

;// CONCATENATED MODULE: ./src/packages/read.ts
/**
 * Reads what a package file holds without unpacking it, each file as what
 * its extension promises: a package (.msix, .appx) by its AppxManifest.xml;
 * a bundle (.msixbundle, .appxbundle) by its bundle manifest and, where that
 * does not name device families, its application packages' manifests; an
 * upload file (.msixupload, .appxupload) by the packages or bundles inside.
 * A file that is not what its name says is refused, saying what it is.
 * Inner zips are read in place (or inflated on the way when deflated).
 */









/** The files package mode publishes, by extension (matched case-insensitively). */
const PACKAGE_EXTENSIONS = ['.msix', '.appx', '.msixbundle', '.appxbundle', '.msixupload', '.appxupload'];
/** Manifests are small; anything bigger is not one. */
const MANIFEST_LIMIT = 16 * 1024 * 1024;
/** What a file's name promises it is, by its extension; undefined for any other file. */
function kindOfName(name) {
    const extension = (0,external_node_path_namespaceObject.extname)(name).toLowerCase();
    if (extension === '.msix' || extension === '.appx')
        return 'package';
    if (extension === '.msixbundle' || extension === '.appxbundle')
        return 'bundle';
    if (extension === '.msixupload' || extension === '.appxupload')
        return 'upload';
    return undefined;
}
/** The manifests' item names, as a local header holds them (a deflated inner zip keeps their data as it inflates). */
const isManifest = (name) => [PACKAGE_MANIFEST, BUNDLE_MANIFEST].some((manifest) => (0,zip_path/* normalizeZipPath */.I)(manifest) === (0,zip_path/* normalizeZipPath */.I)(name));
const WRONG_KIND_HINT = "Give each file the extension of what it is (.msix/.appx: a package, .msixbundle/.appxbundle: a bundle, .msixupload/.appxupload: an upload file), or leave it out of 'packages' with a '!' line.";
const FLAT_BUNDLE_HINT = 'The Store takes a bundle that holds its packages: bundle them without the flat-bundle option, or publish the .msixupload the build wrote.';
async function innerZip(access, entry, read) {
    const inner = await (0,zip_entry/* entryAccess */.h_)(access, entry, isManifest);
    try {
        return await read(inner);
    }
    catch (error) {
        if (error instanceof ManifestError)
            throw new ManifestError(`in ${entry.name}: ${error.message}`, error.hint);
        if (error instanceof zip_access/* NotAZipError */.g_)
            throw new zip_access/* NotAZipError */.g_(`in ${entry.name}: ${error.message}`);
        throw error;
    }
    finally {
        inner.close?.();
    }
}
/** The entries that are packages or bundles (what an upload file holds, or a bundle that lost its manifest). */
const packageEntriesOf = (entries) => entries.filter((entry) => !entry.name.endsWith('/') && ['package', 'bundle'].includes(kindOfName(entry.name) ?? ''));
/** Why a zip is not the `promised` kind, saying what it holds instead. */
function notWhatItSays(entries, promised) {
    const inner = packageEntriesOf(entries).map((entry) => entry.name);
    if (promised !== 'bundle' && findPart(entries, BUNDLE_MANIFEST)) {
        return new ManifestError(`it holds ${BUNDLE_MANIFEST}: it is a bundle, not ${a(promised)}`, WRONG_KIND_HINT);
    }
    if (promised !== 'package' && findPart(entries, PACKAGE_MANIFEST)) {
        return new ManifestError(`it holds ${PACKAGE_MANIFEST}: it is a package, not ${a(promised)}`, WRONG_KIND_HINT);
    }
    if (promised !== 'upload' && inner.length > 0) {
        return new ManifestError(`it holds ${inner.join(', ')} but no ${promised === 'bundle' ? BUNDLE_MANIFEST : PACKAGE_MANIFEST}: it is a zip of packages (an upload file?), not ${a(promised)}`, WRONG_KIND_HINT);
    }
    const wanted = {
        package: PACKAGE_MANIFEST,
        bundle: BUNDLE_MANIFEST,
        upload: 'package or bundle (.msix, .appx, .msixbundle, .appxbundle)'
    };
    return new ManifestError(`it holds no ${wanted[promised]}`);
}
const a = (kind) => (kind === 'upload' ? 'an upload file' : `a ${kind}`);
async function readAppPackage(access, entries) {
    const entry = findPart(entries, PACKAGE_MANIFEST);
    if (!entry)
        throw notWhatItSays(entries, 'package');
    const manifest = readPackageManifest(await (0,zip_entry/* readEntry */.hB)(access, entry, MANIFEST_LIMIT));
    const { identity, deviceFamilies, framework } = manifest;
    const architecture = identity.architecture ?? 'neutral';
    return {
        kind: 'package',
        identity,
        framework,
        targets: [{ architecture, version: identity.version, deviceFamilies }]
    };
}
/** Fails unless the bundle holds every package its manifest lists (a flat bundle holds none of them). */
function checkBundled(entries, bundle) {
    const missing = bundle.packages.filter((inner) => !findPart(entries, inner.fileName)).map((p) => p.fileName);
    if (missing.length === 0)
        return;
    if (missing.length === bundle.packages.length) {
        throw new ManifestError(`it is a flat bundle: its ${BUNDLE_MANIFEST} lists ${missing.join(', ')}, which are files beside it, not inside it`, FLAT_BUNDLE_HINT);
    }
    throw new ManifestError(`${BUNDLE_MANIFEST} lists ${missing.join(', ')}, which the bundle does not hold`);
}
async function readBundle(access, entries) {
    const entry = findPart(entries, BUNDLE_MANIFEST);
    if (!entry)
        throw notWhatItSays(entries, 'bundle');
    const bundle = readBundleManifest(await (0,zip_entry/* readEntry */.hB)(access, entry, MANIFEST_LIMIT));
    checkBundled(entries, bundle);
    const targets = [];
    for (const inner of bundle.packages.filter((p) => p.type === 'application')) {
        const deviceFamilies = inner.deviceFamilies.length
            ? inner.deviceFamilies
            : await innerZip(access, findPart(entries, inner.fileName), async (zip) => {
                return (await readAppPackage(zip, await (0,directory/* readZipEntries */.YJ)(zip))).targets[0].deviceFamilies;
            });
        targets.push({ architecture: inner.architecture, version: inner.version, deviceFamilies });
    }
    return { kind: 'bundle', identity: bundle.identity, targets };
}
/** The packages or bundles inside an upload file (beside its symbols file), which must agree on their identity. */
async function readUpload(access, entries) {
    const inner = packageEntriesOf(entries);
    if (inner.length === 0 || findPart(entries, PACKAGE_MANIFEST) || findPart(entries, BUNDLE_MANIFEST)) {
        throw notWhatItSays(entries, 'upload');
    }
    const contents = [];
    for (const entry of inner) {
        const kind = kindOfName(entry.name);
        const read = await innerZip(access, entry, async (zip) => readAs(kind, zip, await (0,directory/* readZipEntries */.YJ)(zip)));
        const first = contents[0]?.identity;
        if (first && (first.name !== read.identity.name || first.publisher !== read.identity.publisher)) {
            throw new ManifestError(`${entry.name} inside it is ${read.identity.name}, but ${inner[0].name} is ${first.name}`);
        }
        contents.push(read);
    }
    return {
        ...contents[0],
        kind: 'upload',
        framework: contents.some((c) => c.framework),
        targets: contents.flatMap((c) => c.targets)
    };
}
function readAs(kind, access, entries) {
    if (kind === 'package')
        return readAppPackage(access, entries);
    return kind === 'bundle' ? readBundle(access, entries) : readUpload(access, entries);
}
/**
 * What the package file at `path` holds; an ActionError naming it when it is
 * not a readable package. `open` opens it (tests count what is read).
 */
async function readPackage(path, open = zip_access/* openFileAccess */.bH) {
    const fileName = (0,external_node_path_namespaceObject.basename)(path);
    const kind = kindOfName(fileName);
    if (!kind)
        throw new errors/* ActionError */.lZ(`Package ${path} is not a package file (${PACKAGE_EXTENSIONS.join(' ')}).`);
    let file;
    try {
        file = await open(path);
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Package ${path} cannot be read: ${error.message}.`);
    }
    try {
        const contents = await readAs(kind, file, await (0,directory/* readZipEntries */.YJ)(file));
        const { identity } = contents;
        return {
            path,
            fileName,
            ...contents,
            familyName: packageFamilyName(identity.name, identity.publisher),
            size: file.size
        };
    }
    catch (error) {
        if (error instanceof ManifestError && error.hint) {
            throw new errors/* ActionError */.lZ(`Package ${path} cannot be published: ${error.message}.`, { hint: error.hint });
        }
        if (error instanceof zip_access/* NotAZipError */.g_ || error instanceof ManifestError) {
            throw new errors/* ActionError */.lZ(`Package ${path} is not a readable package: ${error.message}.`, {
                hint: 'Check that the build produced it completely (a corrupt or truncated file) and that the pattern in packages matches only packages.'
            });
        }
        throw error;
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./src/packages/find.ts
/**
 * Finds the package files a build produced: glob patterns (the toolkit's
 * syntax: `**`, `!` to exclude), relative to the workspace. Each pattern must
 * match a file and each file must be a package. No two may share a base name
 * (the base name is the file's path in the uploaded zip): checked once the
 * packages are read (set.ts), after the checks that say more (two copies of
 * one package, a framework package).
 */




/** Patterns from newline- or comma-separated text; blank lines and `#` comments dropped. */
function splitPatterns(text) {
    return text
        .split(/[\r\n,]+/)
        .map((pattern) => pattern.trim())
        .filter((pattern) => pattern && !pattern.startsWith('#'));
}
function find_anchor(pattern, workspace) {
    const negated = pattern.startsWith('!');
    const path = negated ? pattern.slice(1) : pattern;
    return `${negated ? '!' : ''}${(0,external_node_path_namespaceObject.isAbsolute)(path) ? path : (0,external_node_path_namespaceObject.join)(workspace, path)}`;
}
/** Fails when two files would take the same path in the zip (by the one path rule, zip/path.ts: without case). */
function checkUniqueFileNames(paths) {
    const seen = new Map();
    for (const path of paths) {
        const key = (0,zip_path/* normalizeZipPath */.I)((0,external_node_path_namespaceObject.basename)(path));
        const other = seen.get(key);
        if (other !== undefined) {
            throw new errors/* ActionError */.lZ(`Two packages have the same file name, ${(0,external_node_path_namespaceObject.basename)(path)}: ${other} and ${path}; each is uploaded under its file name.`, { hint: "Narrow the 'packages' patterns (a `!` line excludes), or rename one of them." });
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
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => find_anchor(p, workspace));
    const includes = patterns.filter((p) => !p.startsWith('!'));
    if (includes.length === 0) {
        throw new errors/* ActionError */.lZ("'packages' holds no pattern to include.", {
            hint: 'e.g. packages: AppPackages/**/*.msixupload'
        });
    }
    // Loaded here, not at start-up: only a run in package mode globs (bench/start.mjs).
    const glob = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 4929));
    const found = new Set();
    for (const pattern of includes) {
        const globber = await glob.create([find_anchor(pattern, workspace), ...excludes].join('\n'), {
            matchDirectories: false,
            implicitDescendants: false
        });
        const files = await globber.glob();
        if (files.length === 0) {
            throw new errors/* ActionError */.lZ(`The 'packages' pattern '${pattern}' matches no file (in ${workspace}).`, {
                hint: noMatchHint(pattern)
            });
        }
        for (const file of files) {
            if (!PACKAGE_EXTENSIONS.includes((0,external_node_path_namespaceObject.extname)(file).toLowerCase())) {
                throw new errors/* ActionError */.lZ(`The 'packages' pattern '${pattern}' matches ${file}, which is not a package.`, {
                    hint: `Match only ${PACKAGE_EXTENSIONS.join(' ')} files (e.g. **/*.msixupload), or exclude it with a '!' line.`
                });
            }
            found.add(file);
        }
    }
    return [...found].sort();
}

;// CONCATENATED MODULE: ./src/packages/set.ts
/**
 * The packages of one run, checked as a set before anything changes. A
 * build's output folder holds more than the app's packages: msbuild writes
 * the upload file and, in `<Project>_<Version>_Test/`, the same bundle
 * again beside the framework packages it depends on (`Dependencies/`). So
 * a pattern such as `out/**\/*.msix*` matches the same package twice and
 * Microsoft.VCLibs. Each is refused here, saying what it is and how to leave
 * it out. Pure.
 */



const EXCLUDE = "Leave it out of 'packages' with a '!' line";
const architectures = (info) => info.targets.map((t) => t.architecture).join(', ');
/** Fails on a framework package (e.g. Microsoft.VCLibs): the Store installs frameworks itself. */
function refuseFrameworks(packages) {
    const framework = packages.find((info) => info.framework);
    if (!framework)
        return;
    const { name, version } = framework.identity;
    throw new errors/* ActionError */.lZ(`Package ${framework.path} is a framework package (${name} ${version}, ${architectures(framework)}): apps depend on it and the Store installs it itself, so it is not published as an app's package.`, {
        hint: `${EXCLUDE}, e.g. '!**/Dependencies/**' (where Visual Studio copies the frameworks next to the test package).`
    });
}
/** Fails when the packages carry more than one identity: one app's packages all carry its identity. */
function refuseMixedIdentities(packages) {
    const groups = new Map();
    for (const info of packages) {
        const key = `${info.identity.name.toLowerCase()}\n${info.identity.publisher}`;
        groups.set(key, [...(groups.get(key) ?? []), info]);
    }
    if (groups.size < 2)
        return;
    const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
    const described = sorted.map((group) => `${group[0].identity.name} (publisher '${group[0].identity.publisher}', family name ${group[0].familyName}) in ${group.map((info) => info.path).join(', ')}`);
    throw new errors/* ActionError */.lZ(`The packages carry ${groups.size} identities, but one app's packages all carry its own: ${described.join('; ')}.`, {
        hint: `${EXCLUDE} for each package that is not this app's, e.g. '!**/${(0,external_node_path_namespaceObject.basename)(sorted[sorted.length - 1][0].path)}'.`
    });
}
/** Fails when two files hold the same application package (identity, version, architecture). */
function refuseDuplicates(packages) {
    const seen = new Map();
    for (const info of packages) {
        for (const target of info.targets) {
            const key = `${info.identity.name.toLowerCase()}|${target.version}|${target.architecture}`;
            const other = seen.get(key);
            if (other && other !== info) {
                throw new errors/* ActionError */.lZ(`Packages ${other.path} and ${info.path} both hold ${info.identity.name} version ${target.version} for ${target.architecture}: the Store takes each package once.`, {
                    hint: `Match only one of them: the upload file (e.g. 'AppPackages/*.msixupload') carries the bundle and its symbols; or leave the test folder out with '!**/*_Test/**'.`
                });
            }
            seen.set(key, info);
        }
    }
}
/**
 * Fails, naming the files, when the set holds a framework package, two
 * identities, one package twice, or two files of one name (in that order:
 * the first says the most; msbuild writes each framework once per architecture
 * under one name).
 */
function checkPackageSet(packages) {
    refuseFrameworks(packages);
    refuseMixedIdentities(packages);
    refuseDuplicates(packages);
    checkUniqueFileNames(packages.map((info) => info.path));
}

;// CONCATENATED MODULE: ./src/packages/edit.ts



/** The app whose identity the packages must carry: the parent itself, or the app a flight belongs to. */
function appOf(base) {
    const resource = base.application ?? base.parent;
    return { label: typeof resource.id === 'string' ? `app ${resource.id}` : 'app', resource };
}
/** Package mode's edit; fails at once (before any request) when the packages are no app's set (see set.ts). */
function packagesEdit(options) {
    checkPackageSet(options.packages);
    const checked = [];
    return {
        source: 'packages',
        checked,
        check(base) {
            checked.length = 0;
            const app = appOf(base);
            const identity = appIdentityOf(app.label, app.resource);
            const published = packageEntries(base.published, options.field);
            for (const info of options.packages) {
                const matched = checkIdentity(info, identity);
                if (base.published)
                    checkVersions(info, published, 'last published submission');
                checked.push(`${info.fileName}: ${describePackage(info)}, ${info.targets.map((t) => t.architecture).join(', ')}; ${matched ? `family name matches the ${app.label}` : `the ${app.label} names no family name to compare with`}; ${base.published ? `version above the ${published.length} published package(s)` : 'no published submission to compare versions with'}.`);
            }
        },
        apply(current) {
            const existing = keepExisting(packageEntries(current, options.field), options.keep);
            return { [options.field]: [...existing, ...options.packages.map((info) => newPackageEntry(info.fileName))] };
        }
    };
}

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

;// CONCATENATED MODULE: ./src/inputs/packages.ts
/**
 * Package mode's inputs: `packages` (glob patterns), `keep-packages`,
 * `release-notes` / `release-notes-file`. Every package is found and read
 * here, so that a missing, foreign or unreadable one fails before the first
 * request.
 */







/** `0`, `all`, or a whole number of packages to keep per architecture and device family. */
function parseKeepPackages(value) {
    const text = value.trim().toLowerCase();
    if (text === '')
        return 0;
    if (text === 'all')
        return 'all';
    if (/^\d{1,6}$/.test(text))
        return Number(text);
    return fail(`Input 'keep-packages' must be 0, all, or a whole number, got '${value}'.`, '0 (the default) replaces every package; all keeps them; N keeps the N newest of each architecture and device family.');
}
/** Package mode as set by the inputs, or undefined when `packages` is not given. */
async function readPackageMode(input, target, workspace) {
    const patterns = splitPatterns(input('packages'));
    if (patterns.length === 0) {
        if (input('keep-packages'))
            fail("Input 'keep-packages' needs 'packages': it says what happens to the packages already on the submission when new ones come.");
        return undefined;
    }
    if (target.kind === 'add-on') {
        fail("Input 'packages' is for app and flight submissions; an add-on submission has no packages.");
    }
    const keep = parseKeepPackages(input('keep-packages'));
    const paths = await findPackages(patterns, workspace);
    const packages = [];
    for (const path of paths)
        packages.push(await readPackage(path));
    const field = (target.kind === 'app' ? parents/* APP */.uq.packagesField : parents/* FLIGHT */.ru.packagesField);
    return {
        packages,
        files: packages.map((info) => ({ zipPath: info.fileName, diskPath: info.path })),
        edit: packagesEdit({ packages, field, keep })
    };
}
/** The release-notes edit, or undefined when neither input is given. */
async function readReleaseNotes(input, target) {
    const inline = input('release-notes');
    const file = input('release-notes-file');
    if (!inline && !file)
        return undefined;
    if (inline && file)
        fail("Give either 'release-notes' or 'release-notes-file', not both.");
    if (target.kind !== 'app') {
        fail(`Release notes belong to an app's listings; ${target.kind === 'flight' ? 'a flight submission has no listings' : "an add-on's listings have no release notes"}.`, "Remove 'release-notes' from this step.");
    }
    let text = inline;
    if (file) {
        try {
            text = (await (0,promises_.readFile)(file, 'utf8')).replace(/^\uFEFF/, '');
        }
        catch (error) {
            fail(`Cannot read 'release-notes-file' (${file}): ${error.message}.`, 'The path is relative to the workspace.');
        }
    }
    const notes = text.replace(/\r\n?/g, '\n').trim();
    if (!notes)
        fail(`'release-notes-file' (${file}) is empty.`, 'Write the notes into it, or leave the input out.');
    return releaseNotesEdit(notes);
}

;// CONCATENATED MODULE: ./src/release/controls.ts
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
        fail(`Input '${name}' must be a percentage from 0 to 100 (decimals allowed, e.g. 12.5), got '${value}'.`);
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
        fail(`Input '${name}' is not an ISO 8601 date and time: '${value}'.`, hint);
    const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
    const parts = [y, mo, d, h, mi, s].map(Number);
    const local = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
    const check = new Date(local);
    if (check.getUTCMonth() !== parts[1] - 1 ||
        check.getUTCDate() !== parts[2] ||
        parts[3] > 23 ||
        parts[4] > 59 ||
        parts[5] > 59) {
        fail(`Input '${name}' is not a real date and time: '${value}'.`, hint);
    }
    const offset = /^z$/i.test(zone) ? 0 : offsetMinutes(zone);
    if (Math.abs(offset) > 18 * 60)
        fail(`Input '${name}' has an impossible UTC offset: '${value}'.`, hint);
    const time = local - offset * 60_000 + Number(`0.${fraction || '0'}`) * 1000;
    if (time <= now) {
        fail(`Input '${name}' (${new Date(time).toISOString()}) is not in the future (it is now ${new Date(now).toISOString()}).`, 'Give a later date, or leave the input out.');
    }
    return new Date(time).toISOString();
}
function offsetMinutes(zone) {
    const digits = zone.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    return zone.startsWith('-') ? -minutes : minutes;
}
function releaseFields(input, context) {
    const publishMode = readChoice(input, 'publish-mode');
    const publishDate = input('publish-date');
    const percentage = input('rollout-percentage');
    const mandatoryDate = input('mandatory-update-date');
    if (publishDate && publishMode !== 'SpecificDate') {
        fail(`Input 'publish-date' is set, but 'publish-mode' is ${publishMode ?? 'not set'}.`, "Set 'publish-mode: SpecificDate' to publish on that date, or leave 'publish-date' out.");
    }
    if (publishMode === 'SpecificDate' && !publishDate) {
        fail("'publish-mode: SpecificDate' needs 'publish-date': the date and time to publish on (ISO 8601).");
    }
    const mandatoryUpdate = readBoolean(input, 'mandatory-update');
    if (mandatoryDate && mandatoryUpdate !== true) {
        fail("Input 'mandatory-update-date' is set, but 'mandatory-update' is not true.", "Set 'mandatory-update: true' too, or leave the date out.");
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
    if (readChoice(input, 'operation') === 'rollout')
        set.unshift('operation');
    if (readChoice(input, 'existing-rollout') !== 'fail')
        set.push('existing-rollout');
    if (set.length) {
        fail(`${set.map((name) => `'${name}'`).join(', ')} ${set.length === 1 ? 'makes' : 'make'} no sense for an add-on: add-ons have no packages to roll out or make mandatory.`, 'Leave them out of the add-on step; use them in an app or flight step.');
    }
}
/**
 * `operation: rollout`. The inputs that belong to submissions only are refused before (src/inputs/kinds.ts,
 * from the declaration); what is left to check here are values.
 */
function rolloutOperation(input) {
    const action = readChoice(input, 'rollout-action');
    if (!action)
        fail("'operation: rollout' needs 'rollout-action': update (to 'rollout-percentage'), finalize or halt.");
    const percentage = input('rollout-percentage');
    if (action === 'update') {
        if (!percentage)
            fail("'rollout-action: update' needs 'rollout-percentage': the new share of users.");
        return { kind: 'rollout', change: { action, percentage: parsePercentage('rollout-percentage', percentage) } };
    }
    if (percentage) {
        fail(`'rollout-action: ${action}' takes no 'rollout-percentage' (${action === 'finalize' ? 'finalizing gives the new packages to everyone' : 'halting stops the rollout'}).`, "Leave 'rollout-percentage' out, or use 'rollout-action: update' to change the share.");
    }
    return { kind: 'rollout', change: { action } };
}
/** `commit: false` stops before the commit: nothing to wait for beyond it (either API). */
function checkCommitAndWait(input) {
    const waitFor = readChoice(input, 'wait-for');
    if (readBoolean(input, 'commit') === false && waitFor !== 'commit') {
        fail(`'commit: false' stops before the commit, so there is nothing to wait for with 'wait-for: ${waitFor}'.`, "Leave 'wait-for' at its default (commit), or commit.");
    }
}
/** Parses and checks the release-control inputs (after src/inputs/kinds.ts refused those of another operation). */
function parseReleaseOperation(input, context) {
    refuseOnAddOn(input, context);
    if (readChoice(input, 'operation') === 'rollout')
        return rolloutOperation(input);
    return {
        kind: 'submit',
        fields: releaseFields(input, context),
        existingRollout: readChoice(input, 'existing-rollout') ?? 'fail',
        commit: readBoolean(input, 'commit') ?? true
    };
}

;// CONCATENATED MODULE: ./src/release/edit.ts

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

;// CONCATENATED MODULE: ./src/settings.ts









/** A dry run goes without credentials too (it then says what it could not check). */
function readCommon(input, dryRun) {
    const required = (name, hint) => input(name).trim() || (dryRun ? '' : fail(`Input '${name}' is required.`, hint));
    const tenantId = required('tenant-id', 'It is the Azure AD (Entra ID) directory ID that Partner Center is associated with.');
    const clientId = required('client-id', 'It is the application (client) ID of the Azure AD app added to Partner Center.');
    const secret = input('client-secret');
    const waitFor = readChoice(input, 'wait-for') ?? 'commit';
    checkCommitAndWait(input);
    return {
        tenantId,
        clientId,
        credential: secret ? { kind: 'secret', secret } : { kind: 'oidc' },
        pollIntervalMs: Math.round(readNumber(input, 'poll-interval-seconds') * 1000),
        timeoutMs: Math.round(readNumber(input, 'timeout-minutes') * 60_000),
        waitFor,
        authorityHost: readBaseUrl(input, 'authority-host'),
        requestTimeoutMs: Math.round(readNumber(input, 'request-timeout-seconds') * 1000)
    };
}
/**
 * Reads the inputs of either kind: `product-id` selects an MSI/EXE product. Every input the chosen API or
 * operation cannot honour is refused first (src/inputs/kinds.ts, from the declaration).
 */
async function readRunSettings(input, now = Date.now()) {
    if (chosenApi(input) === 'msix')
        return { api: 'store', settings: await readSettings(input, now) };
    checkRunKind(input);
    const dryRun = readBoolean(input, 'dry-run') ?? false;
    const common = readCommon(input, dryRun);
    const apiUrl = readBaseUrl(input, 'msi-exe-api-url');
    const commit = readBoolean(input, 'commit') ?? true;
    return { api: 'msi-exe', settings: { ...common, apiUrl, commit, dryRun, ...(await readMsiExeInputs(input)) } };
}
/** `now` (ms) is when dates must lie after. */
async function readSettings(input, now = Date.now()) {
    checkRunKind(input);
    const dryRun = readBoolean(input, 'dry-run') ?? false;
    const common = readCommon(input, dryRun);
    const target = readTarget(input);
    const settings = {
        ...common,
        target,
        deletePending: readBoolean(input, 'delete-pending') ?? true,
        storeApiUrl: readBaseUrl(input, 'store-api-url'),
        uploadConcurrency: readNumber(input, 'upload-concurrency')
    };
    const release = parseReleaseOperation(input, { kind: target.kind, now });
    if (dryRun && release.kind === 'rollout') {
        fail("'dry-run' is for submissions; 'operation: rollout' has nothing to rehearse.", "Leave 'dry-run' out of the rollout step.");
    }
    const packageMode = await readPackageMode(input, target, process.cwd());
    const releaseNotes = await readReleaseNotes(input, target);
    const listings = await readListingsInput(input, target);
    // The documented order: packages, release notes, listings folder, release controls; submission-json after them all.
    const releaseControls = release.kind === 'submit' && Object.keys(releaseFieldsOf(release.fields)).length
        ? releaseControlsEdit(release.fields)
        : undefined;
    const edits = [packageMode?.edit, releaseNotes, listings?.edit, releaseControls].filter((edit) => edit !== undefined);
    const uploadFiles = [...(packageMode?.files ?? []), ...(listings?.files ?? [])];
    const { changes, pendingFiles, packageZip } = await readChangesAndZip(input, target, uploadFiles);
    return {
        ...settings,
        edits,
        changes,
        pendingFiles,
        packageZip,
        uploadFiles,
        packages: packageMode?.packages ?? [],
        listings: listings?.folder,
        dryRun,
        release
    };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * settings -> publish (./publish.ts for MSIX, ./msi-exe/publish.ts for
 * MSI/EXE, each loaded only when the run is for its API) -> report. Expected errors
 * (ActionError) end the step with one line and no stack; anything else is a
 * bug and shows its stack.
 */








const USER_AGENT = 'msstore-submit-action';
const coreSink = {
    setOutput: (name, value) => core/* setOutput */.uH(name, value),
    info: (message) => core/* info */.pq(message),
    warning: (message, properties) => core/* warning */.$e(message, properties),
    error: (message, properties) => core/* error */.z3(message, properties),
    writeSummary: async (markdown) => {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
};
/** What a run is given from the runner. */
function runDeps(signal) {
    return {
        clock: clock/* realClock */.d,
        signal,
        userAgent: USER_AGENT,
        info: (line) => core/* info */.pq(line),
        getIdToken: (audience) => core/* getIDToken */.V9(audience),
        mask: (value) => core/* setSecret */.Pq(value)
    };
}
async function run() {
    const secret = core/* getInput */.V4('client-secret');
    if (secret)
        core/* setSecret */.Pq(secret);
    const controller = new AbortController();
    const onSignal = (name) => () => {
        core/* info */.pq(`Received ${name}: stopping.`);
        controller.abort();
    };
    const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
    process.once('SIGINT', handlers.SIGINT);
    process.once('SIGTERM', handlers.SIGTERM);
    const progress = { committed: false };
    /** Set when the run is for an MSI/EXE product (the second API). */
    let msiExe;
    let kind = 'succeeded';
    let message;
    try {
        const chosen = await readRunSettings((name) => core/* getInput */.V4(name));
        if (chosen.api === 'msi-exe') {
            msiExe = newMsiExeProgress(chosen.settings.productId);
            // Each API's code is loaded only by a run that uses it (start-up: bench/start.mjs).
            const { publishMsiExe } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 9657));
            await publishMsiExe(chosen.settings, msiExe, runDeps(controller.signal));
            core/* info */.pq(msiExe.dryRun
                ? 'Dry run finished: nothing was changed.'
                : msiExe.preparedOnly
                    ? `The draft of MSI/EXE product ${msiExe.productId} was updated and not submitted (commit: false).`
                    : `Submission ${msiExe.submissionId} of MSI/EXE product ${msiExe.productId}: ${msiExe.status}.`);
        }
        else {
            const { publish } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 6079));
            await publish(chosen.settings, progress, {
                ...runDeps(controller.signal),
                warning: (line) => core/* warning */.$e(line)
            });
            if (progress.dryRun)
                core/* info */.pq('Dry run finished: nothing was changed.');
            else
                core/* info */.pq(`Submission ${progress.submissionId} of the ${progress.parent?.label}: ${progress.status}${progress.preparedOnly ? ', not committed (commit: false)' : ''}${progress.rollout ? `; rollout ${(0,rollout/* describeRollout */.lw)(progress.rollout)}` : ''}.${progress.note ? ` Note: ${progress.note}.` : ''}`);
        }
    }
    catch (error) {
        kind = error instanceof errors/* CancelledError */.cc || controller.signal.aborted ? 'cancelled' : 'failed';
        if (kind === 'cancelled' && msiExe) {
            message = `The job was cancelled. ${msiExeLeftBehind(msiExe)}`;
        }
        else if (kind === 'cancelled') {
            message = `The job was cancelled. ${(0,left_behind/* leftBehind */.a)(progress) ?? 'No submission was created.'}`;
        }
        else if (error instanceof errors/* ActionError */.lZ) {
            message = error.oneLine();
        }
        else {
            message = `Unexpected error (a bug in this action; please report it): ${error?.stack ?? String(error)}`;
        }
        const left = kind === 'cancelled' ? undefined : msiExe ? msiExeLeftBehind(msiExe) : (0,left_behind/* leftBehind */.a)(progress);
        if (left)
            core/* info */.pq(left);
    }
    finally {
        process.removeListener('SIGINT', handlers.SIGINT);
        process.removeListener('SIGTERM', handlers.SIGTERM);
    }
    await report(msiExe ? reportedRun(msiExe) : progress, { kind, message }, coreSink, runLinkFrom(process.env));
    if (message)
        core/* setFailed */.C1(message);
    // A cancelled run may still have a request in flight: do not wait for it.
    if (controller.signal.aborted)
        process.exit(1);
}


/***/ }),

/***/ 3758:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

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

/***/ 9107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ deepMerge),
/* harmony export */   Ik: () => (/* binding */ missingFromZip),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   af: () => (/* binding */ pendingUploads)
/* harmony export */ });
/* harmony import */ var _zip_path_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6680);
/** JSON helpers for submissions: the user's changes over what the Store cloned. Pure. */

function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Deep merge: objects key by key, everything else (arrays, scalars, null)
 * replaced by the override. Neither input is modified.
 */
function deepMerge(base, override) {
    const result = structuredClone(base);
    for (const [key, value] of Object.entries(override)) {
        const current = result[key];
        result[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : structuredClone(value);
    }
    return result;
}
/**
 * Every entry anywhere in the JSON that carries `fileName` and
 * `fileStatus: "PendingUpload"`: packages, listing images, trailers and their
 * images, add-on icons.
 */
function pendingUploads(json, where = '') {
    const found = [];
    if (isPlainObject(json) && Array.isArray(json.trailers)) {
        found.push(...newTrailerFiles(json.trailers, where ? `${where}.trailers` : 'trailers'));
    }
    if (Array.isArray(json)) {
        json.forEach((item, i) => found.push(...pendingUploads(item, `${where}[${i}]`)));
    }
    else if (isPlainObject(json)) {
        if (typeof json.fileName === 'string' &&
            typeof json.fileStatus === 'string' &&
            json.fileStatus.toLowerCase() === 'pendingupload') {
            found.push({ fileName: json.fileName, where: where || '(top level)' });
        }
        for (const [key, value] of Object.entries(json)) {
            if (typeof value === 'object' && value !== null) {
                found.push(...pendingUploads(value, where ? `${where}.${key}` : key));
            }
        }
    }
    return found;
}
/**
 * Trailers carry no fileStatus: a trailer (or a trailer image) without an
 * `id` is new, so its `videoFileName` (and its images' `fileName`) must be in
 * the zip.
 */
function newTrailerFiles(trailers, where) {
    const found = [];
    trailers.forEach((trailer, i) => {
        if (!isPlainObject(trailer))
            return;
        const at = `${where}[${i}]`;
        if (typeof trailer.videoFileName === 'string' && !trailer.id && !trailer.videoFileId) {
            found.push({ fileName: trailer.videoFileName, where: `${at}.videoFileName` });
        }
        const assets = isPlainObject(trailer.trailerAssets) ? trailer.trailerAssets : {};
        for (const [lang, asset] of Object.entries(assets)) {
            const images = isPlainObject(asset) && Array.isArray(asset.imageList) ? asset.imageList : [];
            images.forEach((image, j) => {
                if (isPlainObject(image) && typeof image.fileName === 'string' && !image.id && image.fileStatus === undefined) {
                    found.push({ fileName: image.fileName, where: `${at}.trailerAssets.${lang}.imageList[${j}]` });
                }
            });
        }
    });
    return found;
}
/** The pending files that the zip does not hold (compared by the one path rule, zip/path.ts). */
function missingFromZip(pending, zipEntries) {
    const present = new Set(zipEntries.map(_zip_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeZipPath */ .I));
    return pending.filter((file) => !present.has((0,_zip_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeZipPath */ .I)(file.fileName)));
}


/***/ }),

/***/ 2934:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oe: () => (/* binding */ AVAILABILITY_FIELDS),
  rH: () => (/* binding */ LISTING_FIELDS),
  e$: () => (/* binding */ MODULES),
  dJ: () => (/* binding */ MSIX_NAMES),
  CU: () => (/* binding */ PROPERTIES_FIELDS),
  jc: () => (/* binding */ checkMetadataChanges)
});

// UNUSED EXPORTS: LISTING_LIST_LIMITS, LISTING_TEXT_LIMITS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/merge.ts
var merge = __nccwpck_require__(9107);
;// CONCATENATED MODULE: ./src/msi-exe/requirements-check.ts
/**
 * The hardware fields of MSI/EXE metadata, by the documentation's names
 * (store-submission-api.md), which differ from msstore-cli's models
 * (docs/oracles.md, point 10):
 *   listings.<language>.requirements: [{ minimumHardware, recommendedHardware }] free texts, at most 11 in all;
 *   properties.systemRequirementDetails: [{ hardwareItemType, minimumRequirement, recommendedRequirement }];
 *   properties.isSystemFeatureRequired: [{ hardwareItemType, isRequired, isRecommended }].
 * Pure; `fail` throws.
 */

const LISTING_REQUIREMENT = ['minimumHardware', 'recommendedHardware'];
const SYSTEM_REQUIREMENT = ['hardwareItemType', 'minimumRequirement', 'recommendedRequirement'];
const SYSTEM_FEATURE = ['hardwareItemType', 'isRequired', 'isRecommended'];
/** hardwareItemType values of systemRequirementDetails, with the values each allows ([] = free text). */
const REQUIREMENT_VALUES = {
    Processor: [],
    Graphics: [],
    Memory: ['300MB', '750MB', '1GB', '2GB', '4GB', '6GB', '8GB', '12GB', '16GB', '20GB'],
    DirectX: ['DX9', 'DX10', 'DX11', 'DX12-FEATURELEVEL11', 'DX12-FEATURELEVEL12'],
    Video_Memory: ['1GB', '2GB', '4GB', '6GB']
};
const FEATURE_TYPES = [
    'Touch',
    'Keyboard',
    'Mouse',
    'Camera',
    'NFC_HCE',
    'NFC_Proximity',
    'Bluetooth_LE',
    'Telephony',
    'Microphone'
];
const LISTING_HINT = 'A listing\'s requirements are free texts, [{ "minimumHardware": "...", "recommendedHardware": "..." }]; the hardware table (hardwareItemType, minimumRequirement, recommendedRequirement) is properties.systemRequirementDetails.';
const TABLE_HINT = 'properties.systemRequirementDetails holds [{ "hardwareItemType": "Memory", "minimumRequirement": "4GB", "recommendedRequirement": "8GB" }]; free texts (minimumHardware, recommendedHardware) go in a listing\'s requirements.';
const show = (value) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
/** The items of a list of objects whose fields are `known` (by the documented spelling); throws otherwise. */
function items(value, where, known, hint, fail) {
    if (!Array.isArray(value) || value.some((item) => !(0,merge/* isPlainObject */.Qd)(item)))
        fail(`${where} must be an array of objects, got ${show(value)}`, hint);
    value.forEach((item, i) => {
        for (const field of Object.keys(item)) {
            if (known.includes(field))
                continue;
            const spelled = known.find((k) => k.toLowerCase() === field.toLowerCase());
            fail(`${where}[${i}] has '${field}', ${spelled ? `which the API documents as '${spelled}'` : `not one of ${known.join(', ')}`}`, spelled ? undefined : hint);
        }
    });
    return value;
}
function requirements_check_text(value, where, fail) {
    if (value !== undefined && (typeof value !== 'string' || value.length > 200))
        fail(`${where} must be a string of at most 200 characters, got ${show(value)}`);
}
function checkListingRequirements(value, where, fail) {
    const list = items(value, where, LISTING_REQUIREMENT, LISTING_HINT, fail);
    let count = 0;
    list.forEach((item, i) => {
        for (const field of LISTING_REQUIREMENT) {
            requirements_check_text(item[field], `${where}[${i}].${field}`, fail);
            if (typeof item[field] === 'string' && item[field])
                count++;
        }
    });
    if (count > 11)
        fail(`${where} has ${count} texts; the Store takes at most 11, minimum and recommended together`);
}
function checkSystemRequirements(properties, fail) {
    const where = 'properties.systemRequirementDetails';
    if (properties.systemRequirementDetails !== undefined) {
        items(properties.systemRequirementDetails, where, SYSTEM_REQUIREMENT, TABLE_HINT, fail).forEach((item, i) => {
            const type = String(item.hardwareItemType);
            const allowed = REQUIREMENT_VALUES[type];
            if (!allowed)
                fail(`${where}[${i}].hardwareItemType must be one of ${Object.keys(REQUIREMENT_VALUES).join(', ')}, got ${show(item.hardwareItemType)}`);
            for (const field of ['minimumRequirement', 'recommendedRequirement']) {
                requirements_check_text(item[field], `${where}[${i}].${field}`, fail);
                const value = item[field];
                if (allowed.length && typeof value === 'string' && value && !allowed.includes(value))
                    fail(`${where}[${i}].${field} for ${type} must be one of ${allowed.join(', ')}, got ${show(value)}`);
            }
        });
    }
    const features = 'properties.isSystemFeatureRequired';
    if (properties.isSystemFeatureRequired !== undefined) {
        items(properties.isSystemFeatureRequired, features, SYSTEM_FEATURE, TABLE_HINT, fail).forEach((item, i) => {
            if (!FEATURE_TYPES.includes(String(item.hardwareItemType)))
                fail(`${features}[${i}].hardwareItemType must be one of ${FEATURE_TYPES.join(', ')}, got ${show(item.hardwareItemType)}`);
            for (const field of ['isRequired', 'isRecommended'])
                if (item[field] !== undefined && typeof item[field] !== 'boolean')
                    fail(`${features}[${i}].${field} must be true or false, got ${show(item[field])}`);
        });
    }
}

;// CONCATENATED MODULE: ./src/msi-exe/metadata-check.ts
/**
 * The shape of MSI/EXE metadata changes (`submission-json` for a `product-id`):
 * `{ "listings": { "<language>": { ...listing fields } }, "properties": {...},
 * "availability": {...} }`, checked against the documented fields and limits
 * before any request. Pure.
 */



const MODULES = ['listings', 'properties', 'availability'];
/** The documented listing fields, with the character limit of each text. */
const LISTING_TEXT_LIMITS = {
    description: 10000,
    whatsNew: 1500,
    shortDescription: 1000,
    additionalLicenseTerms: 10000,
    copyright: 200,
    developedBy: 255,
    sortTitle: 255,
    contactInfo: 200
};
const LISTING_LIST_LIMITS = {
    productFeatures: { items: 20, chars: 200 },
    searchTerms: { items: 7, chars: 30 }
};
const LISTING_FIELDS = [
    'language',
    ...Object.keys(LISTING_TEXT_LIMITS),
    ...Object.keys(LISTING_LIST_LIMITS),
    'requirements'
];
const PROPERTIES_FIELDS = [
    'isPrivacyPolicyRequired',
    'privacyPolicyUrl',
    'website',
    'supportContactInfo',
    'certificationNotes',
    'category',
    'subcategory',
    'productDeclarations',
    'isSystemFeatureRequired',
    'systemRequirementDetails'
];
const AVAILABILITY_FIELDS = ['markets', 'discoverability', 'enableInFutureMarkets', 'pricing', 'freeTrial'];
const ENUMS = {
    discoverability: ['DISCOVERABLE', 'DEEPLINK_ONLY'],
    pricing: ['FREE', 'FREEMIUM', 'SUBSCRIPTION', 'PAID'],
    freeTrial: ['NO_FREE_TRIAL', 'FREE_TRIAL']
};
/** What MSIX listing fields are called here, for a hint when someone reuses one. */
const MSIX_NAMES = {
    releaseNotes: 'whatsNew',
    features: 'productFeatures',
    keywords: 'searchTerms',
    copyrightAndTrademarkInfo: 'copyright',
    developerName: 'developedBy',
    licenseTerms: 'additionalLicenseTerms'
};
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;
const metadata_check_show = (value) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};
function checkListing(listing, where, fail) {
    for (const [field, value] of Object.entries(listing)) {
        const limit = LISTING_TEXT_LIMITS[field];
        const list = LISTING_LIST_LIMITS[field];
        if (limit !== undefined) {
            if (typeof value !== 'string')
                fail(`${where}.${field} must be a string, got ${metadata_check_show(value)}`);
            if (value.length > limit)
                fail(`${where}.${field} has ${value.length} characters; the Store takes at most ${limit}`);
        }
        else if (list) {
            if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
                fail(`${where}.${field} must be an array of strings, got ${metadata_check_show(value)}`);
            if (value.length > list.items)
                fail(`${where}.${field} has ${value.length} entries; the Store takes at most ${list.items}`);
            const long = value.find((v) => v.length > list.chars);
            if (long !== undefined)
                fail(`${where}.${field} holds ${metadata_check_show(long)}, longer than ${list.chars} characters`);
        }
        else if (field === 'requirements') {
            checkListingRequirements(value, `${where}.requirements`, fail);
        }
    }
}
/**
 * A field spelled otherwise than the documentation spells it (msstore-cli's models say WebSite, SubCategory):
 * refused with the documented name, so that the whole module sent back never holds both spellings.
 */
function checkSpelling(fields, known, where, fail) {
    for (const field of Object.keys(fields)) {
        const spelled = known.find((k) => k.toLowerCase() === field.toLowerCase());
        if (spelled && spelled !== field)
            fail(`${where}.${field} is spelled '${spelled}' in this API's documentation`);
    }
}
function checkAvailability(availability, fail) {
    for (const [field, allowed] of Object.entries(ENUMS)) {
        const value = availability[field];
        if (value !== undefined && !allowed.includes(String(value)))
            fail(`availability.${field} must be one of ${allowed.join(', ')}, got ${metadata_check_show(value)}`);
    }
    const markets = availability.markets;
    if (markets !== undefined &&
        (!Array.isArray(markets) || markets.some((m) => typeof m !== 'string' || !/^[A-Z]{2}$/i.test(m))))
        fail(`availability.markets must be an array of two-letter market codes like "US", got ${metadata_check_show(markets)}`);
    if (availability.enableInFutureMarkets !== undefined && typeof availability.enableInFutureMarkets !== 'boolean')
        fail(`availability.enableInFutureMarkets must be true or false, got ${metadata_check_show(availability.enableInFutureMarkets)}`);
}
/**
 * Checks MSI/EXE metadata changes without the draft: the modules, listing
 * language codes, field types and documented limits. `source` names the input.
 */
function checkMetadataChanges(changes, source) {
    const fail = (message, hint) => {
        throw new errors/* ActionError */.lZ(`${source}: ${message}.`, { hint });
    };
    for (const key of Object.keys(changes)) {
        if (!MODULES.includes(key))
            fail(`'${key}' is not a module of an MSI/EXE product`, `Its modules are ${MODULES.join(', ')}; the installers go in the 'installers' input.`);
    }
    for (const module of MODULES) {
        if (changes[module] !== undefined && !(0,merge/* isPlainObject */.Qd)(changes[module]))
            fail(`'${module}' must be an object, got ${metadata_check_show(changes[module])}`);
    }
    for (const [language, listing] of Object.entries(changes.listings ?? {})) {
        if (!LANGUAGE.test(language))
            fail(`listings has the key ${metadata_check_show(language)}, which is not a language code`, 'Key listings by language, e.g. { "listings": { "en-us": { "whatsNew": "..." } } }.');
        if (!(0,merge/* isPlainObject */.Qd)(listing))
            fail(`listings.${language} must be an object of listing fields, got ${metadata_check_show(listing)}`);
        checkSpelling(listing, LISTING_FIELDS, `listings.${language}`, fail);
        checkListing(listing, `listings.${language}`, fail);
    }
    const properties = changes.properties ?? {};
    checkSpelling(properties, PROPERTIES_FIELDS, 'properties', fail);
    checkSystemRequirements(properties, fail);
    const notes = properties.certificationNotes;
    if (notes !== undefined && (typeof notes !== 'string' || notes.length > 2000))
        fail(`properties.certificationNotes must be a string of at most 2000 characters, got ${typeof notes === 'string' ? `${notes.length} characters` : metadata_check_show(notes)}`);
    checkSpelling(changes.availability ?? {}, AVAILABILITY_FIELDS, 'availability', fail);
    checkAvailability(changes.availability ?? {}, fail);
}


/***/ }),

/***/ 9657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  publishMsiExe: () => (/* binding */ publishMsiExe)
});

// EXTERNAL MODULE: ./src/edits.ts
var src_edits = __nccwpck_require__(2782);
// EXTERNAL MODULE: ./src/sign-in.ts + 1 modules
var sign_in = __nccwpck_require__(7093);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/request/layer.ts
var request_layer = __nccwpck_require__(3164);
// EXTERNAL MODULE: ./src/request/pacer.ts
var pacer = __nccwpck_require__(1134);
;// CONCATENATED MODULE: ./src/msi-exe/envelope.ts
/**
 * Reading the MSI/EXE API's answers: every JSON answer is an envelope
 * `{ isSuccess, errors: [{ code, message, target }], responseData }`, where
 * `isSuccess` decides (a 200 can refuse; `errors` next to `isSuccess: true`
 * are warnings), and the gateway answers 401/429 as `{ statusCode, message }`.
 * The service reads and writes property names in either case: keys are
 * camelCased on the way in. Pure.
 */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `IsSuccess` -> `isSuccess`, all the way down. */
function camelKeys(value) {
    if (Array.isArray(value))
        return value.map(camelKeys);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key.charAt(0).toLowerCase() + key.slice(1), camelKeys(v)]));
}
function entriesOf(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isObject).map((e) => ({
        code: typeof e.code === 'string' ? e.code : undefined,
        message: typeof e.message === 'string' ? oneLine(e.message) : undefined,
        target: typeof e.target === 'string' ? e.target : undefined
    }));
}
const oneLine = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 500);
/** The envelope in a body, or undefined when the body is not one (not JSON, or the gateway's shape). */
function readEnvelope(body) {
    let parsed;
    try {
        parsed = camelKeys(JSON.parse(body));
    }
    catch {
        return undefined;
    }
    if (!isObject(parsed) || typeof parsed.isSuccess !== 'boolean')
        return undefined;
    return {
        isSuccess: parsed.isSuccess,
        errors: entriesOf(parsed.errors),
        responseData: isObject(parsed.responseData) ? parsed.responseData : undefined
    };
}
/** A non-envelope answer's message: the gateway's `{ statusCode, message }`, or the start of the text. */
function otherMessage(body) {
    try {
        const parsed = camelKeys(JSON.parse(body));
        if (isObject(parsed) && typeof parsed.message === 'string')
            return oneLine(parsed.message);
    }
    catch {
        // not JSON
    }
    const text = oneLine(body);
    return text ? text.slice(0, 300) : undefined;
}
/**
 * Judges an answer: success needs a 2xx status and `isSuccess: true`; then
 * its `errors` are warnings (an absent `responseData` reads as `{}`). Anything else fails, with
 * the envelope's errors (or the gateway's message).
 */
function judge(status, body) {
    const envelope = readEnvelope(body);
    if (!envelope)
        return { ok: false, errors: [], message: otherMessage(body) };
    if (envelope.isSuccess && status >= 200 && status < 300) {
        return { ok: true, data: envelope.responseData ?? {}, warnings: envelope.errors };
    }
    return { ok: false, errors: envelope.errors, data: envelope.responseData };
}
/** `code: message (target)` for each entry, joined for one line. */
function describeEntries(entries) {
    return entries
        .map((e) => {
        const head = [e.code, e.message].filter(Boolean).join(': ') || 'unspecified';
        return e.target ? `${head} (${e.target})` : head;
    })
        .join('; ');
}
/** The code the documentation's sample tests for a failed package upload: commit the packages again. */
const PACKAGE_UPLOAD_ERROR = 'packageuploaderror';
/** True when a module status poll says the package upload or validation failed. */
function hasPackageUploadError(entries) {
    return entries.some((e) => e.code?.toLowerCase() === PACKAGE_UPLOAD_ERROR);
}

;// CONCATENATED MODULE: ./src/msi-exe/client.ts
/**
 * The MSI/EXE submission API's client (api.store.microsoft.com), a second
 * client on the one request layer. It states only this API's dialect: the
 * envelope (`isSuccess` decides, even on a 200; its other errors are
 * warnings, handed back to the caller), X-Correlation-ID, the seller header
 * on every call, which calls are safe to repeat (all but POST /submit), and
 * its hints. Retries, Retry-After, pacing and the 401 renewal are the layer's.
 */




const CORRELATION = 'X-Correlation-ID';
const client_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isListing = (l) => client_isObject(l) && typeof l.language === 'string';
/** `listingLanguages: [{ language, isComplete }]`, as languages; undefined when the answer has none. */
function languagesOf(list) {
    if (!Array.isArray(list))
        return undefined;
    return list.filter(client_isObject).flatMap((l) => (typeof l.language === 'string' ? [l.language] : []));
}
function hint({ status }) {
    if (status === undefined)
        return 'The MSI/EXE submission API could not be reached; try again later.';
    if (status === 401 || status === 403)
        return 'The API refused the token: the Azure AD app needs the Manager role in Partner Center (Account settings > User management > Azure AD applications); check tenant-id, client-id and seller-id.';
    if (status === 404)
        return "Check 'product-id' (the MSI/EXE product's Partner Center ID) and 'seller-id' (the account's seller ID).";
    if (status === 429)
        return 'The tenant is throttled; try again later.';
    if (status >= 500)
        return `The MSI/EXE submission API is failing; try again later, and quote the ${CORRELATION} to Microsoft support if it persists.`;
    return undefined;
}
const MSI_EXE_DIALECT = {
    correlationHeader: CORRELATION,
    describe: (response) => {
        const envelope = readEnvelope(response.body);
        if (!envelope)
            return { message: otherMessage(response.body) };
        return { code: envelope.errors[0]?.code, message: describeEntries(envelope.errors) || undefined };
    },
    hint
};
/** A 2xx answer read as the envelope, judged; a body that is not one cannot be read (the layer retries or doubts it). */
function readVerdict(response) {
    if (!readEnvelope(response.body))
        throw new Error('the answer is not the JSON envelope { isSuccess, errors, responseData }');
    return judge(response.status, response.body);
}
class MsiExeClient {
    options;
    layer;
    pacer;
    base;
    constructor(options) {
        this.options = options;
        this.layer = new request_layer/* RequestLayer */.f(options);
        this.pacer = new pacer/* Pacer */._(options.clock);
        this.base = `${options.apiUrl}/submission/v1/product/${encodeURIComponent(options.productId)}`;
    }
    /** One call; the answer's data and warnings, or an ApiError naming the call, the errors and the X-Correlation-ID. */
    async send(method, path, what, options = {}) {
        const json = options.body === undefined ? undefined : JSON.stringify(options.body);
        const call = `${what} (${method} /${path.split('?')[0]})`;
        const answer = await this.layer.send({
            call,
            method,
            url: `${this.base}/${path}`,
            headers: {
                Accept: 'application/json',
                'X-Seller-Account-Id': this.options.sellerId,
                ...(json === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' })
            },
            body: json,
            idempotent: options.idempotent ?? true,
            dialect: MSI_EXE_DIALECT,
            auth: this.options.tokens,
            pacer: this.pacer,
            read: readVerdict
        });
        const verdict = answer.body;
        if (verdict.ok)
            return { data: verdict.data, notes: verdict.warnings };
        if (verdict.data && options.accept?.(verdict.data))
            return { data: verdict.data, notes: verdict.errors };
        throw new src_errors/* ApiError */.hD({
            call,
            status: answer.status,
            code: verdict.errors[0]?.code,
            storeMessage: `isSuccess is false: ${describeEntries(verdict.errors) || verdict.message || 'no errors given'}`,
            correlationId: answer.correlationId,
            correlationName: CORRELATION,
            hint: hint({ status: answer.status, code: verdict.errors[0]?.code })
        });
    }
    get product() {
        return `product ${this.options.productId}`;
    }
    async moduleStatus() {
        const { data, notes } = await this.send('GET', 'status', `Read the module status of ${this.product}`);
        return { status: { isReady: data.isReady === true, ongoingSubmissionId: data.ongoingSubmissionId ?? '' }, notes };
    }
    /**
     * The draft's modules that `read` names, one `GET /metadata/{module}` each, as msstore-cli and the
     * store-submission action read them; the listings in the languages named, with the draft's language list.
     */
    async metadata(read) {
        const draft = { listings: [], properties: {}, availability: {} };
        const notes = [];
        for (const module of read.modules) {
            const query = module === 'listings'
                ? `?languages=${read.languages.map(encodeURIComponent).join(',')}&includelanguagelist=true`
                : '';
            const answer = await this.send('GET', `metadata/${module}${query}`, `Read the draft's ${module} of ${this.product}`);
            notes.push(...answer.notes);
            if (module === 'listings') {
                draft.listings = (Array.isArray(answer.data.listings) ? answer.data.listings : []).filter(isListing);
                draft.listingLanguages = languagesOf(answer.data.listingLanguages);
            }
            else if (client_isObject(answer.data[module])) {
                draft[module] = answer.data[module];
            }
        }
        return { draft, notes };
    }
    async replacePackages(installers) {
        return (await this.send('PUT', 'packages', `Replace the packages of ${this.product}`, { body: { packages: installers } })).notes;
    }
    /** Committing the same package set again is harmless (both Microsoft tools commit twice): safe to repeat. */
    async commitPackages() {
        return (await this.send('POST', 'packages/commit', `Commit the packages of ${this.product}`, { idempotent: true }))
            .notes;
    }
    async updateMetadata(update) {
        // Not repeated blindly: the service refuses a PUT while it processes the last one (the lifecycle checks first).
        const call = `Update the draft metadata of ${this.product}`;
        return (await this.send('PUT', 'metadata', call, { body: update, idempotent: false })).notes;
    }
    /** POST /submit, never repeated blindly; an answer without an ID is as uncertain as a lost one. */
    async submit() {
        const call = `Submit the draft of ${this.product}`;
        const { data, notes } = await this.send('POST', 'submit', call, { idempotent: false });
        const submissionId = data.submissionId || data.ongoingSubmissionId;
        if (!submissionId)
            throw new src_errors/* UncertainOutcomeError */.un({
                call: `${call} (POST /submit)`,
                storeMessage: 'the answer names no submission',
                correlationName: CORRELATION
            });
        return { submissionId, notes };
    }
    async submissionStatus(submissionId) {
        const { data, notes } = await this.send('GET', `submission/${encodeURIComponent(submissionId)}/status`, `Read the status of submission ${submissionId}`, 
        // A failed submission's status may come with isSuccess false: its errors are the answer.
        { accept: (d) => typeof d.publishingStatus === 'string' });
        return {
            status: { publishingStatus: data.publishingStatus ?? 'UNKNOWN', hasFailed: data.hasFailed === true },
            errors: notes
        };
    }
    async pauseBeforeRetry(attempt) {
        await this.layer.pauseBeforeRetry(attempt);
    }
}

// EXTERNAL MODULE: ./src/merge.ts
var merge = __nccwpck_require__(9107);
// EXTERNAL MODULE: ./src/msi-exe/metadata-check.ts + 1 modules
var metadata_check = __nccwpck_require__(2934);
;// CONCATENATED MODULE: ./src/msi-exe/metadata.ts
/**
 * Merging metadata changes over the MSI/EXE draft into whole modules. The
 * API's PUT is a full module update (whatever a sent module lacks is reset),
 * so every module that changes is sent whole: the draft as the service
 * answered it, with the changes deep-merged over it (objects key by key,
 * arrays replaced). A field nobody changed is sent back as it was, never
 * reset. Listings go one language per request, as the API takes them. Pure.
 */




/**
 * The modules (and listing languages, lower case) the edits change: what the draft is read for, one module at a
 * time as Microsoft's clients read it (`GET /metadata/{module}?languages=…`). None when nothing changes.
 */
function modulesToRead(edits) {
    const empty = { listings: {}, properties: {}, availability: {} };
    const modules = new Set();
    const languages = new Set();
    for (const edit of edits) {
        const fields = edit.apply(empty);
        for (const module of metadata_check/* MODULES */.e$)
            if (fields[module] !== undefined)
                modules.add(module);
        if ((0,merge/* isPlainObject */.Qd)(fields.listings))
            Object.keys(fields.listings).forEach((l) => languages.add(l.toLowerCase()));
    }
    return { modules: metadata_check/* MODULES */.e$.filter((m) => modules.has(m)), languages: [...languages] };
}
/** The draft in the shape edits work on: `{ listings: { <language>: listing }, properties, availability }`. */
function keyedDraft(draft) {
    return {
        listings: Object.fromEntries(draft.listings.map((listing) => [listing.language, listing])),
        properties: draft.properties,
        availability: draft.availability
    };
}
function unknownField(where, field, source) {
    const msix = metadata_check/* MSIX_NAMES */.dJ[field];
    throw new src_errors/* ActionError */.lZ(`${source} sets ${where}.${field}, which is not a field of an MSI/EXE product's ${where.split('.')[0]}.`, {
        hint: msix ? `This API calls it '${msix}'.` : undefined
    });
}
function checkFields(given, known, current, where, source) {
    const present = (0,merge/* isPlainObject */.Qd)(current) ? Object.keys(current) : [];
    for (const field of Object.keys(given)) {
        if (!known.includes(field) && !present.includes(field))
            unknownField(where, field, source);
    }
}
/**
 * The fields of one edit, with listing keys in the draft's spelling of the
 * language; throws naming the source when a language is not in the draft or a
 * field is not one of the module's.
 */
function alignToDraft(fields, draft, source) {
    const aligned = { ...fields };
    if ((0,merge/* isPlainObject */.Qd)(fields.listings)) {
        const listings = {};
        for (const [language, listing] of Object.entries(fields.listings)) {
            const current = draft.listings.find((l) => l.language.toLowerCase() === language.toLowerCase());
            if (!current) {
                const have = (draft.listingLanguages ?? draft.listings.map((l) => l.language)).join(', ') || 'none';
                throw new src_errors/* ActionError */.lZ(`${source} sets the listing of '${language}', a language the product's draft does not have (it has ${have}).`, {
                    hint: 'Add the language (with its screenshots and logo) in Partner Center first, or fix the language code.'
                });
            }
            if ((0,merge/* isPlainObject */.Qd)(listing))
                checkFields(listing, metadata_check/* LISTING_FIELDS */.rH, current, `listings.${language}`, source);
            listings[current.language] = (0,merge/* isPlainObject */.Qd)(listing) ? { ...listing, language: current.language } : listing;
        }
        aligned.listings = listings;
    }
    if ((0,merge/* isPlainObject */.Qd)(fields.properties))
        checkFields(fields.properties, metadata_check/* PROPERTIES_FIELDS */.CU, draft.properties, 'properties', source);
    if ((0,merge/* isPlainObject */.Qd)(fields.availability))
        checkFields(fields.availability, metadata_check/* AVAILABILITY_FIELDS */.oe, draft.availability, 'availability', source);
    return aligned;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * The PUT /metadata requests that bring the draft to `merged`: one per
 * listing language that changed (whole listing), with the whole properties
 * and availability modules in the first one when they changed. None when
 * nothing changed.
 */
function metadataUpdates(draft, merged) {
    const updates = [];
    const listings = (0,merge/* isPlainObject */.Qd)(merged.listings) ? merged.listings : {};
    for (const current of draft.listings) {
        const next = listings[current.language];
        if ((0,merge/* isPlainObject */.Qd)(next) && !same(next, current))
            updates.push({ listings: next });
    }
    const modules = {};
    if ((0,merge/* isPlainObject */.Qd)(merged.properties) && !same(merged.properties, draft.properties))
        modules.properties = merged.properties;
    if ((0,merge/* isPlainObject */.Qd)(merged.availability) && !same(merged.availability, draft.availability))
        modules.availability = merged.availability;
    if (modules.properties || modules.availability) {
        if (updates.length > 0)
            Object.assign(updates[0], modules);
        else
            updates.push(modules);
    }
    return updates;
}
/** The modules (and listing languages) one update sends: `listings.en-us`, `properties`, `availability`. */
function describeUpdate(update) {
    return [
        ...(update.listings ? [`listings.${update.listings.language}`] : []),
        ...(update.properties ? ['properties'] : []),
        ...(update.availability ? ['availability'] : [])
    ];
}
/**
 * Applies the edits in order over the draft (each aligned to the draft's
 * languages and checked against the modules' fields) and plans the requests.
 */
function planMetadata(draft, edits) {
    const aligned = edits.map((edit) => ({
        source: edit.source,
        apply: (current) => alignToDraft(edit.apply(current), draft, edit.source)
    }));
    return metadataUpdates(draft, (0,src_edits/* applyEdits */.ct)(keyedDraft(draft), aligned).merged);
}
/** The value with every object's keys in order, so that two answers compare whatever order the service wrote. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!(0,merge/* isPlainObject */.Qd)(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]));
}
/** Whether the draft already holds every module `update` sends (a PUT whose answer was lost went through). */
function holdsUpdate(draft, update) {
    const equal = (a, b) => same(canonical(a), canonical(b));
    const language = update.listings?.language.toLowerCase();
    const listing = draft.listings.find((l) => l.language.toLowerCase() === language);
    return ((!update.listings || equal(update.listings, listing)) &&
        (!update.properties || equal(update.properties, draft.properties)) &&
        (!update.availability || equal(update.availability, draft.availability)));
}

;// CONCATENATED MODULE: ./src/msi-exe/dry-run.ts
/**
 * An MSI/EXE dry run: what a run would change in the product's draft,
 * printed, with nothing changed. It stops where the first changing request
 * would go (replacing the packages, or updating a module) and prints the
 * installers and every module it would send whole. Pure.
 */

const describeInstaller = (installer) => `  ${installer.packageUrl} (${installer.packageType ?? 'installer'}; ${(installer.architectures ?? []).join(', ')}; ${(installer.languages ?? []).join(', ')}${installer.isSilentInstall === false ? `; parameters ${installer.installerParameters ?? ''}` : '; silent'})`;
/** The plan's lines for the log, opened by what the run would do first. */
function msiExePlanLines(plan) {
    const lines = [`Dry run: nothing is changed in product ${plan.productId}. A run would:`];
    if (plan.installers) {
        lines.push(`- replace the draft's packages with ${plan.installers.length} installer(s), then commit them:`);
        lines.push(...plan.installers.map(describeInstaller));
    }
    if (plan.updates === undefined) {
        if (plan.edits)
            lines.push('- update the listings, properties or availability given (the draft was not read).');
    }
    else {
        for (const update of plan.updates) {
            lines.push(`- send ${describeUpdate(update).join(', ')} whole:`);
            lines.push(...JSON.stringify(update, null, 2)
                .split('\n')
                .map((line) => `    ${line}`));
        }
        if (!plan.installers && plan.updates.length === 0)
            lines.push('- change nothing in the draft.');
    }
    lines.push(plan.commit
        ? '- commit the packages and submit the draft.'
        : '- stop there, leaving the draft unsubmitted (commit: false).');
    return lines;
}

// EXTERNAL MODULE: ./src/request/once.ts
var once = __nccwpck_require__(7096);
// EXTERNAL MODULE: ./src/request/policy.ts
var policy = __nccwpck_require__(3635);
// EXTERNAL MODULE: ./src/lifecycle/in-flight.ts
var in_flight = __nccwpck_require__(2876);
// EXTERNAL MODULE: ./src/polling.ts
var polling = __nccwpck_require__(2692);
;// CONCATENATED MODULE: ./src/msi-exe/wait.ts


const HEARTBEAT_MS = 5 * 60_000;
function formatDuration(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}
/**
 * Reads until `read` says done (its value is returned) or throws. `read`
 * answers what it is waiting on, which the log shows when it changes.
 */
async function waitUntil(read, options) {
    const { clock, info } = options;
    const started = clock.now();
    let last;
    let lastNews = started;
    const say = (line) => {
        info(line);
        lastNews = clock.now();
    };
    for (let reads = 0;; reads++) {
        if (reads > 0) {
            // Sleep to the next read in pieces that end when a heartbeat line is due, so a long pause still logs.
            let pause = (0,polling/* pollDelay */.xf)(clock.now() - started, options.pollIntervalMs, options.deadline - clock.now());
            while (pause > 0) {
                const piece = Math.min(pause, Math.max(1, lastNews + HEARTBEAT_MS - clock.now()));
                await clock.sleep(piece, options.signal);
                pause -= piece;
                if (clock.now() - lastNews >= HEARTBEAT_MS)
                    say(`Still waiting for ${options.what} after ${formatDuration(clock.now() - started)}: ${last}.`);
            }
        }
        const reading = await read();
        if ('done' in reading)
            return reading.done;
        const now = clock.now();
        if (reading.waiting !== last || now - lastNews >= HEARTBEAT_MS) {
            const waited = formatDuration(now - started);
            say(reading.waiting === last
                ? `Still waiting for ${options.what} after ${waited}: ${reading.waiting}.`
                : `Waiting for ${options.what}: ${reading.waiting}${reads > 0 ? ` (after ${waited})` : ''}.`);
            last = reading.waiting;
        }
        if (now >= options.deadline) {
            throw new src_errors/* ActionError */.lZ(`Timed out after ${options.timeoutLabel} waiting for ${options.what}; the last status was: ${reading.waiting}.`, { hint: "The Store goes on with it: check the product in Partner Center, or raise 'timeout-minutes'." });
        }
    }
}

;// CONCATENATED MODULE: ./src/msi-exe/lifecycle.ts
/**
 * Publishing an MSI/EXE product, once: wait until its modules are ready;
 * refuse, changing nothing, while a submission is in progress; read the
 * draft and plan the metadata (bad changes fail here, before any change);
 * replace the packages, commit them and wait for their upload and
 * validation; send each changed module whole and wait for it; submit
 * (unless `commit: false`: the draft then stays for a person); wait as
 * `wait-for` says. Every wait ends at the run's deadline.
 */








/** Sends of one metadata update: as many as a request safe to repeat gets (each unclear one checked first). */
const METADATA_ATTEMPTS = policy/* defaultRetryPolicy */.ur.maxAttempts;
const isPackagesNote = (entry) => entry.target?.toLowerCase() === 'packages';
/** An entry the service itself calls a warning (the docs' sample: code "warning" next to isSuccess true). */
const isWarning = (entry) => /warning/i.test(entry.code ?? '');
class MsiExeLifecycle {
    job;
    deps;
    progress;
    deadline = 0;
    warned = new Set();
    constructor(job, deps, progress) {
        this.job = job;
        this.deps = deps;
        this.progress = progress;
    }
    async run() {
        const { api, clock, info } = this.deps;
        this.deadline = clock.now() + this.job.timeoutMs;
        await this.waitForModules("the product's modules to be ready", true);
        const updates = await this.planUpdates();
        if (this.job.dryRun) {
            const { productId, installers, commit, edits } = this.job;
            msiExePlanLines({ productId, installers, updates, edits: edits.length, commit }).forEach((line) => info(line));
            this.progress.dryRun = true;
            return;
        }
        if (this.job.installers)
            await this.replacePackages(this.job.installers);
        for (const update of updates)
            await this.updateMetadata(update);
        if (!this.job.commit) {
            this.progress.preparedOnly = true;
            info(`commit: false: the draft of product ${this.job.productId} ${this.progress.changed.length ? 'holds the changes' : 'is as it was'} and is not submitted; submit it in Partner Center (${this.progress.dashboardUrl}).`);
            return;
        }
        if (!this.job.installers && updates.length === 0)
            info('No installers and no metadata changes: submitting the draft as it is.');
        // Both of Microsoft's clients commit the packages and wait for every module before each submit, whatever changed.
        this.warnOnce(await api.commitPackages());
        await this.waitForModules('the modules to be ready for the submission (after committing the packages)', false);
        const id = await (0,in_flight/* marked */.x)((on) => (this.progress.submitting = on), () => this.submit());
        this.progress.submissionId = id;
        this.progress.status = 'INPROGRESS';
        info(`Created submission ${id} of product ${this.job.productId}.`);
        await this.waitForPublishing(id);
    }
    /** Reads the modules the edits change (none: no read) and plans the whole-module updates; bad changes fail here. */
    async planUpdates() {
        const read = modulesToRead(this.job.edits);
        if (read.modules.length === 0)
            return [];
        const { draft, notes } = await this.deps.api.metadata(read);
        this.warnOnce(notes);
        return planMetadata(draft, this.job.edits);
    }
    async replacePackages(installers) {
        const { api, info } = this.deps;
        this.warnOnce(await this.changing(['packages'], () => api.replacePackages(installers)));
        this.progress.changed.push('packages');
        info(`Replaced the draft's packages with ${installers.length} installer(s): ${installers.map((i) => i.packageUrl).join(', ')}.`);
        this.warnOnce(await api.commitPackages());
        info('Committed the packages; the Store now downloads and validates them.');
        await this.waitForModules('the package upload and validation', false);
    }
    /** Waits until every module is ready. `first`: before any change (refuse an ongoing submission; a failed old upload is replaced). */
    async waitForModules(what, first) {
        const read = async () => {
            const { status, notes } = await this.deps.api.moduleStatus();
            if (first && status.ongoingSubmissionId) {
                throw new src_errors/* ActionError */.lZ(`Product ${this.job.productId} has a submission in progress (${status.ongoingSubmissionId}); nothing was changed.`, {
                    hint: `The API takes one submission at a time: wait until it is published or has failed (${this.progress.dashboardUrl}), then run again.`
                });
            }
            const failed = notes.filter((n) => hasPackageUploadError([n]));
            if (failed.length && first && this.job.installers)
                return { done: true }; // an earlier upload failed: replaced now
            if (failed.length) {
                throw new src_errors/* ActionError */.lZ(`The Store could not upload or validate the installers: ${describeEntries(failed)}.`, {
                    hint: 'Each packageUrl must be an https:// direct download of a signed, standalone .msi or .exe that never changes (a new version needs a new URL).'
                });
            }
            // An error on any module but packages stops the run, as it stops both of Microsoft's clients.
            const blocking = notes.filter((n) => !isPackagesNote(n) && !isWarning(n));
            this.warnOnce(notes.filter(isWarning));
            if (blocking.length) {
                throw new src_errors/* ActionError */.lZ(`The Store reports ${blocking.length === 1 ? 'an error' : 'errors'} on the product's modules: ${describeEntries(blocking)}${first ? '; nothing was changed' : ''}.`, {
                    hint: `Fix ${blocking.length === 1 ? 'it' : 'them'} in Partner Center (${this.progress.dashboardUrl}) or in the changes, then run again.`
                });
            }
            if (status.isReady)
                return { done: true };
            return { waiting: notes.length ? describeEntries(notes) : 'not ready yet' };
        };
        await waitUntil(read, this.waitOptions(what));
    }
    /**
     * PUT one whole module, then wait for the modules (the service refuses a PUT
     * while it processes the last one). Not sent blindly again: after an unclear answer the
     * modules are awaited and the draft read, and the update is sent again only
     * when the draft does not hold it.
     */
    async updateMetadata(update) {
        const { api, info } = this.deps;
        const changes = describeUpdate(update);
        const what = changes.join(', ');
        await this.changing(changes, () => (0,once/* sendOnce */.E4)({
            send: async () => {
                this.warnOnce(await api.updateMetadata(update));
                return true;
            },
            onUncertain: (error) => info(`${error.message} Waiting for the modules, then reading the draft.`),
            check: async () => {
                await this.waitForModules(`the update of ${what}`, false);
                const { draft } = await api.metadata(readOf(update));
                if (!holdsUpdate(draft, update))
                    return undefined;
                info(`The draft holds the update of ${what}: it went through.`);
                return true;
            },
            pause: (attempt) => api.pauseBeforeRetry(attempt),
            maxAttempts: METADATA_ATTEMPTS
        }));
        this.progress.changed.push(...changes);
        info(`Updated ${what} of the draft (whole modules).`);
        await this.waitForModules(`the update of ${what}`, false);
    }
    /**
     * POST /submit; after a lost answer (the last one too), the product's
     * ongoing submission is the one it made (there was none before).
     */
    async submit() {
        const { api, info } = this.deps;
        return (0,once/* sendOnce */.E4)({
            send: async () => {
                const { submissionId, notes } = await api.submit();
                this.warnOnce(notes);
                return submissionId;
            },
            onUncertain: (error) => info(`${error.message} Checking whether the submission was created.`),
            check: async () => {
                const { status } = await api.moduleStatus();
                if (status.ongoingSubmissionId)
                    info(`Submission ${status.ongoingSubmissionId} was created; using it.`);
                return status.ongoingSubmissionId || undefined;
            },
            pause: (attempt) => api.pauseBeforeRetry(attempt)
        });
    }
    async waitForPublishing(id) {
        const read = async () => {
            const { status, errors } = await this.deps.api.submissionStatus(id);
            this.progress.status = status.publishingStatus;
            this.progress.errors = errors;
            if (status.hasFailed || status.publishingStatus === 'FAILED') {
                this.progress.failed = true;
                throw new src_errors/* ActionError */.lZ(`Submission ${id} of product ${this.job.productId} failed (${status.publishingStatus}${status.hasFailed ? ', not retried by the Store' : ''}): ${describeEntries(errors) || 'the Store gave no reason'}.`, { hint: `See the submission in Partner Center (${this.progress.dashboardUrl}).` });
            }
            this.warnOnce(errors);
            if (this.job.waitFor === 'commit' || status.publishingStatus === 'PUBLISHED')
                return { done: true };
            return { waiting: status.publishingStatus };
        };
        await waitUntil(read, this.waitOptions(`submission ${id} to be published (scanning, certification and publishing can take more than a day)`));
    }
    waitOptions(what) {
        const { clock, signal, info } = this.deps;
        return {
            clock,
            signal,
            info,
            what,
            pollIntervalMs: this.job.pollIntervalMs,
            deadline: this.deadline,
            timeoutLabel: formatDuration(this.job.timeoutMs)
        };
    }
    /** Sends a change of `what` in the draft, marked as under way until it is answered. */
    changing(what, request) {
        return (0,in_flight/* marked */.x)((on) => (this.progress.changing = on ? what : undefined), request);
    }
    /** Store warnings, each said (and kept for the report) once however many polls repeat it. */
    warnOnce(entries) {
        for (const entry of entries) {
            const text = describeEntries([entry]);
            if (this.warned.has(text))
                continue;
            this.warned.add(text);
            this.progress.warnings.push(entry);
            this.deps.info(`Store warning: ${text}`);
        }
    }
}
/** What to read of the draft to see one update: its module, in its language for a listing. */
function readOf(update) {
    return {
        modules: describeUpdate(update).map((what) => what.split('.')[0]),
        languages: update.listings ? [update.listings.language.toLowerCase()] : []
    };
}

// EXTERNAL MODULE: ./src/msi-exe/types.ts
var types = __nccwpck_require__(7015);
;// CONCATENATED MODULE: ./src/msi-exe/publish.ts






async function publishMsiExe(settings, progress, deps) {
    const { clock, signal, info } = deps;
    if (settings.listingsFolder?.unused.length)
        info(`'listings-folder' holds what MSI/EXE listings do not take (not sent): ${settings.listingsFolder.unused.join('; ')}.`);
    const edits = (0,src_edits/* allEdits */.Fk)(settings);
    if (settings.dryRun && !(settings.tenantId && settings.clientId)) {
        info('Dry run without tenant-id and client-id: the inputs are checked; the draft was not read, nor could be.');
        const { productId, installers, commit } = settings;
        msiExePlanLines({ productId, installers, edits: edits.length, commit }).forEach((line) => info(line));
        progress.dryRun = true;
        return;
    }
    const signedIn = (0,sign_in/* signIn */.J)(settings, deps, { resource: types/* MSI_EXE_RESOURCE */.g, endpoint: 'v2.0' });
    const api = new MsiExeClient({
        ...signedIn,
        apiUrl: settings.apiUrl,
        sellerId: settings.sellerId,
        productId: settings.productId
    });
    info(`Publishing MSI/EXE product ${settings.productId} (seller ${settings.sellerId}).`);
    const job = {
        productId: settings.productId,
        installers: settings.installers,
        edits,
        commit: settings.commit,
        dryRun: settings.dryRun,
        waitFor: settings.waitFor,
        pollIntervalMs: settings.pollIntervalMs,
        timeoutMs: settings.timeoutMs
    };
    await new MsiExeLifecycle(job, { api, clock, signal, info }, progress).run();
}


/***/ }),

/***/ 7015:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ ARCHITECTURES),
/* harmony export */   g: () => (/* binding */ MSI_EXE_RESOURCE)
/* harmony export */ });
/**
 * The MSI/EXE submission API's resources (api.store.microsoft.com, /submission/v1/product/{productId}),
 * as its documentation names them. Fields the service adds beyond these are kept as they come.
 */
/** The resource its tokens are minted for (v2.0 scope `https://api.store.microsoft.com/.default`). */
const MSI_EXE_RESOURCE = 'https://api.store.microsoft.com';
const ARCHITECTURES = ['Neutral', 'X86', 'X64', 'Arm', 'Arm64'];


/***/ }),

/***/ 2692:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   xf: () => (/* binding */ pollDelay)
/* harmony export */ });
/* unused harmony exports FASTEST_SPACING_MS, SPACING_PER_WAITED */
/**
 * When to read a submission's status while waiting for it. Pure, and free of
 * imports so that `bench/polling.mjs` can run it on a simulated clock.
 *
 * The schedule notices a short commit within seconds and keeps a long wait
 * cheap: the first read comes 10 s after the commit, then one every 10 s
 * (never more than 6 reads a minute, under a third of the tenant's budget of
 * about 20 calls a minute); from 200 s on, reads spread out to a twentieth of
 * the time waited so far, up to `poll-interval-seconds` (the longest wait
 * between two reads, reached after 10 minutes with the default 30 s). A
 * status is thus seen at most about 5 % of its wait late, and a wait of hours
 * or days (certification) costs 2 reads a minute.
 */
/** The closest two reads come: 60 s / 6 reads. */
const FASTEST_SPACING_MS = 10_000;
/** Once that is less, reads are this fraction of the time waited so far apart. */
const SPACING_PER_WAITED = 1 / 20;
/**
 * How long to wait before the next status read.
 * @param elapsedMs time since the commit was answered (0 for the first read)
 * @param intervalMs the longest wait between two reads (`poll-interval-seconds`)
 * @param remainingMs time left before the timeout: the last read falls on it
 * @returns whole milliseconds
 */
function pollDelay(elapsedMs, intervalMs, remainingMs) {
    const fastest = Math.min(FASTEST_SPACING_MS, intervalMs);
    const wanted = Math.max(fastest, elapsedMs * SPACING_PER_WAITED);
    return Math.max(0, Math.floor(Math.min(wanted, intervalMs, remainingMs)));
}


/***/ }),

/***/ 6079:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// UNUSED EXPORTS: leftBehind, maskUploadUrl

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/lifecycle/dry-run.ts
var dry_run = __nccwpck_require__(6325);
// EXTERNAL MODULE: ./src/store/parents.ts
var parents = __nccwpck_require__(5476);
// EXTERNAL MODULE: ./src/store/rollout.ts
var store_rollout = __nccwpck_require__(5120);
// EXTERNAL MODULE: ./src/lifecycle/in-flight.ts
var in_flight = __nccwpck_require__(2876);
;// CONCATENATED MODULE: ./src/lifecycle/rollout.ts
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
    const published = (0,parents/* publishedOf */.KG)(parent, resource);
    if (!hasPackages(parent) || !published)
        return undefined;
    let rollout;
    try {
        rollout = await (0,store_rollout/* readRollout */.wW)(client, parent, published.id);
    }
    catch (error) {
        // A Store that will not tell (404, 409: a feature the API does not support) must not stop a submission that
        // may well go through: the create says so with a 409 if a rollout is in the way after all.
        if (!(error instanceof errors/* ApiError */.hD) || ![400, 404, 409].includes(error.status ?? 0))
            throw error;
        log(`${error.message} Going on without knowing whether a rollout is in progress.`);
        return undefined;
    }
    if (!rollout.isPackageRollout || !store_rollout/* ROLLOUT_OPEN */.Dw.includes(rollout.packageRolloutStatus))
        return undefined;
    if (choice === 'fail') {
        const what = rollout.packageRolloutStatus === store_rollout/* ROLLOUT_IN_PROGRESS */.w
            ? `is still rolling out its published submission ${published.id} to ${rollout.packageRolloutPercentage} % of users`
            : `has a package rollout of its published submission ${published.id} that has not started yet`;
        throw new errors/* ActionError */.lZ(`The ${parent.label} ${what} (${rollout.packageRolloutStatus}), which blocks a new submission; nothing was changed.`, {
            hint: "Set 'existing-rollout: finalize' (everyone gets that submission's packages) or 'existing-rollout: halt' (back to the one before), or change it first with 'operation: rollout'."
        });
    }
    return { submissionId: published.id, rollout };
}
/** Finalizes or halts the rollout in the way, so that a new submission can be created. */
async function clearRollout(client, parent, inTheWay, action, progress, log) {
    log(`The published submission ${inTheWay.submissionId} is rolling out (${(0,store_rollout/* describeRollout */.lw)(inTheWay.rollout)}): ${action === 'finalize' ? 'finalizing' : 'halting'} it (existing-rollout: ${action}).`);
    const rollout = await (0,in_flight/* marked */.x)((on) => (progress.changingRollout = on ? { submissionId: inTheWay.submissionId, action } : undefined), () => (0,store_rollout/* changeRollout */.a1)(client, parent, inTheWay.submissionId, { action }, log));
    progress.clearedRollout = { submissionId: inTheWay.submissionId, action, before: inTheWay.rollout, after: rollout };
}
/** What the Store must show before `change` can be sent; a reason to refuse, or 'done' when it is there already. */
function refusal(rollout, change) {
    if (!rollout.isPackageRollout)
        return 'it has no gradual rollout';
    if (rollout.packageRolloutStatus === store_rollout/* ROLLOUT_IN_PROGRESS */.w)
        return undefined;
    // A rollout that has not started yet can be finalized or halted (as StoreBroker does), not given a percentage.
    if (store_rollout/* ROLLOUT_OPEN */.Dw.includes(rollout.packageRolloutStatus) && change.action !== 'update')
        return undefined;
    if (change.action === 'finalize' && rollout.packageRolloutStatus === store_rollout/* ROLLOUT_COMPLETE */.O_)
        return 'done';
    if (change.action === 'halt' && rollout.packageRolloutStatus === store_rollout/* ROLLOUT_STOPPED */.kR)
        return 'done';
    return `its rollout is ${rollout.packageRolloutStatus}, not in progress`;
}
/** `operation: rollout`: changes the rollout of the parent's last published submission. */
async function changePublishedRollout(client, resolved, change, progress, log) {
    const { parent, resource } = resolved;
    progress.operation = change.action;
    const published = (0,parents/* publishedOf */.KG)(parent, resource);
    if (!published) {
        throw new errors/* ActionError */.lZ(`The ${parent.label} has no published submission, so there is no rollout to change; nothing was changed.`);
    }
    progress.submissionId = published.id;
    progress.status = 'Published';
    const rollout = await (0,store_rollout/* readRollout */.wW)(client, parent, published.id);
    progress.rollout = rollout;
    const why = refusal(rollout, change);
    if (why === 'done') {
        log(`The rollout of submission ${published.id} is ${(0,store_rollout/* describeRollout */.lw)(rollout)} already: nothing to do.`);
        return;
    }
    if (why) {
        throw new errors/* ActionError */.lZ(`The rollout of the ${parent.label}'s published submission ${published.id} cannot be ${PAST[change.action]}: ${why} (${(0,store_rollout/* describeRollout */.lw)(rollout)}); nothing was changed.`, { hint: 'Start a rollout with a new submission and rollout-percentage.' });
    }
    progress.rollout = await (0,in_flight/* marked */.x)((on) => (progress.changingRollout = on ? { submissionId: published.id, action: change.action } : undefined), () => (0,store_rollout/* changeRollout */.a1)(client, parent, published.id, change, log));
}

// EXTERNAL MODULE: ./src/listings/edit.ts
var edit = __nccwpck_require__(6929);
// EXTERNAL MODULE: ./src/sign-in.ts + 1 modules
var sign_in = __nccwpck_require__(7093);
// EXTERNAL MODULE: ./src/request/layer.ts
var request_layer = __nccwpck_require__(3164);
// EXTERNAL MODULE: ./src/request/pacer.ts
var pacer = __nccwpck_require__(1134);
;// CONCATENATED MODULE: ./src/store/client.ts
/**
 * The Store submission API's client, on the one request layer: it states
 * only what is the Store's own (its base URL, its error body, its
 * MS-CorrelationId, its hints, the tenant's pacing, JSON both ways).
 * Requests that are not safe to repeat (create, commit) are never repeated:
 * a lost answer becomes an UncertainOutcomeError and the lifecycle finds out
 * what happened before it tries again.
 */




/** The Store's error body, in either of its shapes (the API's `{ code, message }`, the gateway's `{ statusCode, message }`). */
function parseStoreError(body) {
    try {
        const parsed = JSON.parse(body);
        const inner = (isObject(parsed.error) ? parsed.error : parsed);
        const code = typeof inner.code === 'string'
            ? inner.code
            : typeof inner.statusCode === 'number'
                ? String(inner.statusCode)
                : undefined;
        const message = typeof inner.message === 'string' ? inner.message : undefined;
        return { code, message: message?.replace(/\s+/g, ' ').trim().slice(0, 500) };
    }
    catch {
        const text = body.replace(/\s+/g, ' ').trim();
        return { message: text ? text.slice(0, 300) : undefined };
    }
}
const isObject = (value) => typeof value === 'object' && value !== null;
const STORE_DIALECT = {
    correlationHeader: 'MS-CorrelationId',
    describe: (response) => parseStoreError(response.body),
    hint: ({ status }) => {
        if (status === undefined)
            return 'The Store API could not be reached; try again later.';
        if (status === 401 || status === 403) {
            return 'The Store refused the token: in Partner Center, add the Azure AD app under Account settings > User management > Azure AD applications with the Manager (or Developer) role, and check tenant-id and client-id.';
        }
        if (status === 429)
            return 'The tenant is throttled (about 20 calls a minute, shared by all jobs); try again later.';
        if (status >= 500) {
            return 'The Store API is failing; try again later, and quote the MS-CorrelationId to Microsoft support if it persists.';
        }
        return undefined;
    }
};
/** A 2xx answer's JSON; empty is undefined. Throws when it cannot be read. */
function readJson(response) {
    if (!response.body.trim())
        return undefined;
    try {
        return JSON.parse(response.body);
    }
    catch {
        throw new Error('the answer is not valid JSON');
    }
}
class StoreClient {
    options;
    baseUrl;
    layer;
    pacer;
    constructor(options) {
        this.options = options;
        this.baseUrl = `${options.storeApiUrl}/v1.0/my/`;
        this.layer = new request_layer/* RequestLayer */.f(options);
        this.pacer = new pacer/* Pacer */._(options.clock, options.throttledSpacingMs);
    }
    async get(path, call, hint) {
        return (await this.send({ method: 'GET', path, call, hint })).body;
    }
    /** Every page of a list (`value`, following `@nextLink`). */
    async listAll(path, call) {
        const items = [];
        let next = path;
        for (let page = 1; next; page++) {
            const body = await this.get(next, page === 1 ? call : `${call} (page ${page})`);
            items.push(...(body?.value ?? []));
            const link = body?.['@nextLink'];
            next = link ? this.relative(link) : undefined;
            if (page > 1000)
                throw new errors/* ApiError */.hD({ call, storeMessage: 'more than 1000 pages; giving up' });
        }
        return items;
    }
    /** `@nextLink` and `resourceLocation` are relative to the base; accept absolute ones too. */
    relative(link) {
        if (/^https?:\/\//i.test(link)) {
            const url = new URL(link);
            const at = url.pathname.indexOf('/v1.0/my/');
            return (at >= 0 ? url.pathname.slice(at + '/v1.0/my/'.length) : url.pathname.replace(/^\/+/, '')) + url.search;
        }
        return link.replace(/^\/+/, '').replace(/^v1\.0\/my\//, '');
    }
    async send(request) {
        const json = request.body === undefined ? undefined : JSON.stringify(request.body);
        const answer = await this.layer.send({
            call: `${request.call} (${request.method} ${request.path.split('?')[0]})`,
            method: request.method,
            url: this.baseUrl + request.path,
            headers: {
                Accept: 'application/json',
                ...(json === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' })
            },
            body: json,
            idempotent: request.idempotent ?? request.method !== 'POST',
            dialect: STORE_DIALECT,
            auth: this.options.tokens,
            pacer: this.pacer,
            read: readJson,
            hint: request.hint
        });
        return { status: answer.status, body: answer.body, correlationId: answer.correlationId };
    }
    /**
     * The backoff before a caller sends a non-idempotent request again (after it
     * has checked that the first one did not go through): the same jittered,
     * growing wait as the layer's own retries.
     */
    async pauseBeforeRetry(attempt) {
        await this.layer.pauseBeforeRetry(attempt);
    }
}

;// CONCATENATED MODULE: ./src/store/match.ts
/**
 * Finding a package flight by its name or an add-on by its product ID, as a
 * person types them: the exact spelling first, else apart from case. Pure.
 */

/** The items whose key is `wanted` exactly; when none is, those whose key differs only in case. */
function matchesOf(items, wanted, keyOf) {
    const exact = items.filter((item) => keyOf(item) === wanted);
    if (exact.length)
        return exact;
    const folded = wanted.toLowerCase();
    return items.filter((item) => keyOf(item)?.toLowerCase() === folded);
}
/** The one match, undefined for none; several matches fail naming them. */
function onlyMatch(items, wanted, what) {
    const matches = matchesOf(items, wanted, what.keyOf);
    if (matches.length <= 1)
        return matches[0];
    const named = matches.map((item) => `'${what.keyOf(item)}' (${what.idOf(item)})`).join(', ');
    throw new errors/* ActionError */.lZ(`${what.where} has ${matches.length} ${what.noun}s that match '${wanted}': ${named}.`, {
        hint: `Set '${what.input}' to one of them exactly as written.`
    });
}

// EXTERNAL MODULE: ./src/request/once.ts
var once = __nccwpck_require__(7096);
;// CONCATENATED MODULE: ./src/store/resolve.ts
/**
 * From the settings' target to the parent resource: read the app, the flight
 * or the add-on; find a flight by name or an add-on by product ID on every
 * page of the lists; create it when asked and it does not exist. Creating is
 * not safe to repeat: after a lost answer the lists are read again first.
 */





const notFound = (what, hint) => (f) => (f.status === 404 ? `${what} ${hint}` : undefined);
/**
 * Looks something up; if it is not there, creates it; if the create's answer
 * is unclear, looks again before creating again. Never makes a duplicate.
 */
async function findOrCreate(options) {
    const existing = await options.find();
    if (existing !== undefined)
        return { found: existing, created: false };
    const found = await (0,once/* sendOnce */.E4)({
        send: options.create,
        check: options.find,
        pause: options.pause,
        onUncertain: (error) => options.log(`Creating ${options.what} got no clear answer (${error.message}); checking whether it was created.`)
    });
    return { found, created: true };
}
/** POSTs a new flight or add-on and returns its id; an answer without one is as unclear as a lost one. */
async function createForId(client, request) {
    const response = await client.send({
        method: 'POST',
        path: request.path,
        body: request.body,
        call: request.call
    });
    const id = request.idFields.map((field) => response.body?.[field]).find((value) => typeof value === 'string');
    if (typeof id !== 'string' || !id) {
        throw new errors/* UncertainOutcomeError */.un({
            call: request.call,
            storeMessage: `answered without ${request.idFields.join(' or ')}`,
            correlationId: response.correlationId
        });
    }
    return id;
}
/** Finds the parent by name; creates it when asked and it is missing; fails with `missing` otherwise. */
async function findByName(options) {
    const { client, find, create, log, what } = options;
    if (!create) {
        const id = await find();
        if (!id)
            throw options.missing();
        return { id, created: false };
    }
    const { found, created } = await findOrCreate({
        find,
        create,
        log,
        what,
        pause: (attempt) => client.pauseBeforeRetry(attempt)
    });
    return { id: found, created };
}
async function resolveFlight(client, target, log) {
    const app = target.applicationId;
    const read = async (flightId, name, created = false) => {
        const parent = (0,parents/* flightParent */.RH)(app, flightId, name, created);
        const resource = await client.get(parent.path, `Read the ${parent.label}`, notFound(`No flight ${flightId} in app ${app}.`, "Check 'flight-id' (Partner Center > the app > Package flights), or use 'flight-name'."));
        return { parent: (0,parents/* flightParent */.RH)(app, flightId, resource.friendlyName ?? name, created), resource };
    };
    if (target.flightId)
        return read(target.flightId);
    const name = target.flightName;
    const spec = target.create;
    const { id, created } = await findByName({
        client,
        log,
        what: `package flight '${name}'`,
        find: async () => {
            const flights = await client.listAll(`applications/${app}/listflights`, `List the package flights of app ${app}`);
            const match = onlyMatch(flights, name, {
                keyOf: (f) => f.friendlyName,
                idOf: (f) => f.flightId,
                noun: 'package flight',
                where: `App ${app}`,
                input: 'flight-name'
            });
            return match?.flightId;
        },
        missing: () => new errors/* ActionError */.lZ(`App ${app} has no package flight named '${name}'.`, {
            hint: "Check 'flight-name', or set 'flight-group-ids' to create the flight."
        }),
        create: spec &&
            (() => {
                log(`Creating package flight '${name}' of app ${app} for flight groups ${spec.groupIds.join(', ')}.`);
                const body = { friendlyName: name, groupIds: spec.groupIds };
                if (spec.rankHigherThan)
                    body.rankHigherThan = spec.rankHigherThan;
                const call = `Create package flight '${name}' of app ${app}`;
                return createForId(client, { path: `applications/${app}/flights`, body, call, idFields: ['flightId', 'id'] });
            })
    });
    return read(id, name, created);
}
/** The Store ID of app `app`'s add-on with `productId`: one paged listing of the account's add-ons, filtered to the app. */
function addOnFinder(client, app, productId) {
    const ofApp = (addOn) => (addOn.applications?.value ?? []).some((ref) => ref.id?.toUpperCase() === app.toUpperCase());
    return async () => {
        const addOns = await client.listAll('inappproducts?top=100', 'List the add-ons');
        const match = onlyMatch(addOns.filter((addOn) => addOn.id && ofApp(addOn)), productId, {
            keyOf: (addOn) => addOn.productId,
            idOf: (addOn) => addOn.id,
            noun: 'add-on',
            where: `App ${app}`,
            input: 'add-on-product-id'
        });
        return match?.id;
    };
}
async function resolveAddOn(client, target, log) {
    const read = async (addOnId, created = false) => {
        const probe = (0,parents/* addOnParent */.vx)(addOnId, target.productId, created);
        const resource = await client.get(probe.path, `Read the ${probe.label}`, notFound(`No add-on ${addOnId}.`, "Check 'add-on-id' (the add-on's Store ID, e.g. 9NBLGGH4TNMP), or use 'add-on-product-id'."));
        return { parent: (0,parents/* addOnParent */.vx)(addOnId, resource.productId ?? target.productId, created), resource };
    };
    if (target.addOnId)
        return read(target.addOnId);
    const app = target.applicationId;
    const productId = target.productId;
    const spec = target.create;
    const { id, created } = await findByName({
        client,
        log,
        what: `add-on '${productId}'`,
        find: addOnFinder(client, app, productId),
        missing: () => new errors/* ActionError */.lZ(`App ${app} has no add-on with product ID '${productId}'.`, {
            hint: "Check 'add-on-product-id', or set 'add-on-type' (Durable or Consumable) to create the add-on."
        }),
        create: spec &&
            (() => {
                log(`Creating ${spec.productType} add-on '${productId}' for app ${app}.`);
                const body = { applicationIds: [app], productId, productType: spec.productType };
                const call = `Create add-on '${productId}' of app ${app}`;
                return createForId(client, { path: 'inappproducts', body, call, idFields: ['id', 'inAppProductId'] });
            })
    });
    return read(id, created);
}
async function resolveParent(client, target, log) {
    switch (target.kind) {
        case 'flight':
            return resolveFlight(client, target, log);
        case 'add-on':
            return resolveAddOn(client, target, log);
        case 'app': {
            const parent = (0,parents/* appParent */.O_)(target.applicationId);
            const resource = await client.get(parent.path, `Read the ${parent.label}`, notFound(`No app ${target.applicationId} in this Partner Center account.`, "Check 'application-id' (Partner Center > the app > Product identity > Store ID) and that the Azure AD app is added to this account."));
            if (!(0,parents/* publishedOf */.KG)(parent, resource))
                throw neverPublished(parent);
            return { parent, resource };
        }
    }
}
/** The API makes a submission as a copy of the last published one: an app with none cannot get one through it. */
function neverPublished(parent) {
    return new errors/* ActionError */.lZ(`The ${parent.label} has no published submission (no lastPublishedApplicationSubmission): the Store API can only make a new submission as a copy of the last published one; nothing was changed.`, {
        hint: `Make the app's first submission in Partner Center (${parent.dashboardUrl}) and let it be published; then run again.`
    });
}

// EXTERNAL MODULE: ./src/edits.ts
var src_edits = __nccwpck_require__(2782);
// EXTERNAL MODULE: ./src/lifecycle/pending.ts
var lifecycle_pending = __nccwpck_require__(9011);
;// CONCATENATED MODULE: ./src/lifecycle/commit.ts
/**
 * Committing a submission. Commit is not safe to repeat blindly: after an
 * unclear answer (the last attempt's too) the status is read back, from the
 * submission itself when its status cannot be read, and the commit is sent
 * again only while it is still PendingCommit. When even that read fails, the
 * error says the commit's outcome is unknown, never "not committed". A commit
 * answered without a `status` did not start, whatever its HTTP status says
 * (msstore-cli stops there too: see docs/oracles.md).
 */



async function commitSubmission(job) {
    const { client, id, info } = job;
    const call = `Commit submission ${id}`;
    await (0,once/* sendOnce */.E4)({
        send: async () => {
            const { status, body, correlationId } = await client.send({
                method: 'POST',
                path: `${job.path}/commit`,
                call,
                hint: ({ status: http }) => http === 409
                    ? `${lifecycle_pending/* PARTNER_CENTER_MADE */.D3.replace('It was', 'Or it was')} Check its state in Partner Center.`
                    : undefined
            });
            const answered = typeof body?.status === 'string' && body.status ? body.status : undefined;
            if (!answered)
                throw noStatus(`${call} (POST ${job.path}/commit)`, status, body, correlationId, job.dashboardUrl);
            job.see(answered, null);
            info(`Committed submission ${id}: ${answered} [MS-CorrelationId: ${correlationId ?? 'none'}].`);
            return true;
        },
        onUncertain: (error) => info(`${error.message} Reading the status before committing again.`),
        check: async () => {
            const status = await readBack(job);
            if (status === 'PendingCommit')
                return undefined;
            info(`Submission ${id} is ${status}: the commit went through.`);
            return true;
        },
        pause: (attempt) => client.pauseBeforeRetry(attempt)
    });
}
/** The status, from the submission itself when its status resource cannot be read (a second way to know). */
async function readBack(job) {
    const { client, id } = job;
    try {
        return (await job.readStatus()).status;
    }
    catch (error) {
        if (!(error instanceof errors/* ApiError */.hD))
            throw error;
        job.info(`${error.message} Reading submission ${id} itself for its status.`);
        const { status, statusDetails } = await client.get(job.path, `Read submission ${id}`);
        if (!status)
            throw error;
        job.see(status, statusDetails);
        return status;
    }
}
function noStatus(call, http, body, correlationId, dashboardUrl) {
    const said = typeof body?.message === 'string' && body.message ? `: ${body.message.slice(0, 300)}` : '';
    return new errors/* ApiError */.hD({
        call,
        status: http,
        code: typeof body?.code === 'string' ? body.code : undefined,
        storeMessage: `the answer names no status, so the commit did not start${said}`,
        correlationId,
        hint: `Check the submission in Partner Center (${dashboardUrl}) and run again; quote the MS-CorrelationId if it persists.`
    });
}

// EXTERNAL MODULE: ./src/merge.ts
var merge = __nccwpck_require__(9107);
;// CONCATENATED MODULE: ./src/lifecycle/pricing.ts
/**
 * A price the Store API cannot take back. The documented price tier "Base"
 * means "the price tier is not set; use the base price": a market may carry
 * it, but as the submission's own base price (`pricing.priceId`) the service
 * refuses it on an update. A submission cloned from a product priced in
 * Partner Center's per-market pricing comes with it, so sending the clone
 * back fails. msstore-cli stops there since Dec 2025 (see docs/oracles.md);
 * so does this action, before the update, unless the user's changes set a
 * real base price. Checked on app and add-on submissions (flights have no price).
 */



/** Whether the submission's base price is the "not set" tier, which an update may not carry. */
function hasUnsendablePrice(submission) {
    const pricing = submission.pricing;
    return (0,merge/* isPlainObject */.Qd)(pricing) && typeof pricing.priceId === 'string' && /^base$/i.test(pricing.priceId.trim());
}
/**
 * Refuses (throws) before the update when the submission about to be sent has the base price "Base"; the
 * submission this run created is deleted first, so that nothing is left behind.
 */
async function refuseUnsendablePrice(client, parent, id, merged, progress, info) {
    if (!hasUnsendablePrice(merged))
        return;
    const deleted = await (0,lifecycle_pending/* deletePending */.rr)(client, parent, id).then(() => {
        // Nothing is left behind: the report names no submission.
        progress.submissionId = undefined;
        progress.status = undefined;
        return true;
    }, (error) => {
        info(`Could not delete submission ${id}: ${error.message}`);
        return false;
    });
    throw new errors/* ActionError */.lZ(`The ${parent.label}'s price is set in Partner Center's per-market pricing: its submissions come with the base price "Base" (not set), which the Store API refuses to take back on an update, so submission ${id} was not updated${deleted ? ' and was deleted again' : ` (it is still pending: delete it in Partner Center, ${parent.dashboardUrl})`}.`, {
        hint: `Set the base price in submission-json ("pricing": { "priceId": "Free" } or a tier such as "Tier5"), or publish this update in Partner Center.`
    });
}

;// CONCATENATED MODULE: ./src/lifecycle/update.ts
/**
 * Updating the new submission: the user's edits merged over what the Store
 * cloned, sent whole (PUT is safe to repeat, so the request layer retries it).
 */

/** The submission after the update, and the top-level fields it changed (undefined when nothing was sent). */
async function updateSubmission(client, parent, created, edits, info, 
/** Refuses merged fields the Store would reject (before the PUT; see lifecycle/pricing.ts). */
beforeSend) {
    if (edits.length === 0) {
        info(`No submission-json given: submission ${created.id} keeps what the Store cloned from the last published one.`);
        return { submission: created };
    }
    const { merged: fields, changed } = (0,src_edits/* applyEdits */.ct)(created, edits);
    const merged = fields;
    await beforeSend?.(fields);
    const { body } = await client.send({
        method: 'PUT',
        path: `${parent.path}/submissions/${created.id}`,
        body: merged,
        call: `Update submission ${created.id}`,
        hint: ({ status }) => status === 400
            ? 'The Store rejected a field of the submission (from submission-json, packages, listings-folder or the release controls): check the field named in the message against the submission resource docs.'
            : undefined
    });
    info(`Updated submission ${created.id}: ${changed.join(', ')}.`);
    // Keep the upload URL from the create: some answers to PUT leave it out.
    const submission = { ...merged, ...(body ?? {}), fileUploadUrl: body?.fileUploadUrl ?? created.fileUploadUrl };
    return { submission: submission, changed };
}

// EXTERNAL MODULE: ./src/polling.ts
var polling = __nccwpck_require__(2692);
// EXTERNAL MODULE: ./src/status.ts
var src_status = __nccwpck_require__(5565);
;// CONCATENATED MODULE: ./src/lifecycle/wait.ts



/** Thrown when the run ends with a submission in a failed state, or waiting past the timeout. */
class SubmissionFailedError extends errors/* ActionError */.lZ {
}
const HEARTBEAT_MS = 5 * 60_000;
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}
/**
 * What to do about a failed submission. CommitFailed with InvalidMicrosoftAgeRating or InvalidState has a known
 * cause (msstore-cli singles them out too: see docs/oracles.md).
 */
function failureHint(status, details, pages = { submission: 'Partner Center' }) {
    const page = pages.submission;
    const codes = new Set((details?.errors ?? []).map((error) => error.code));
    if (status === 'CommitFailed' && codes.has('InvalidMicrosoftAgeRating'))
        return `The app has no complete Microsoft age rating: answer the age ratings questionnaire in Partner Center (${pages.ageRatings ?? page}), then run again.`;
    if (status === 'CommitFailed' && codes.has('InvalidState'))
        return `The submission has validation errors that the API does not show: open it in Partner Center (${page}) to see and fix them, then run again.`;
    return `See the errors below and in Partner Center (${page}).`;
}
/** Resolves with the note of a stop that is not the one asked for (a Manual submission waiting at Release). */
async function waitForStatus(options) {
    const { id, clock } = options;
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    let last = 'CommitStarted';
    let lastNews = started;
    options.info(`Waiting for submission ${id} to pass the ${options.waitFor} stage (up to ${formatMinutes(options.timeoutMs)}).`);
    for (;;) {
        const delay = (0,polling/* pollDelay */.xf)(clock.now() - started, options.pollIntervalMs, deadline - clock.now());
        await clock.sleep(delay, options.signal);
        const { status, statusDetails } = await options.readStatus();
        if (status !== last || clock.now() - lastNews >= HEARTBEAT_MS) {
            // A line on every change, and at least every few minutes, so that a long wait never looks like a hang.
            const waited = formatMinutes(clock.now() - started);
            options.info(status === last
                ? `Submission ${id}: still ${status} after ${waited}.`
                : `Submission ${id}: ${status} (after ${waited}).`);
            lastNews = clock.now();
        }
        last = status;
        const verdict = (0,src_status/* judgeStatus */.Gh)(status, options.waitFor, options.publishMode);
        if (verdict.state === 'done')
            return verdict.note;
        if (verdict.state === 'failed') {
            throw new SubmissionFailedError(`Submission ${id} of the ${options.label} failed: ${verdict.reason}.`, {
                hint: failureHint(status, statusDetails, options.pages)
            });
        }
        if (clock.now() >= deadline) {
            throw new SubmissionFailedError(`Timed out after ${formatMinutes(options.timeoutMs)} waiting for submission ${id} of the ${options.label}; its last status was ${status}.`, { hint: "The submission goes on in the Store: check it in Partner Center, or raise 'timeout-minutes'." });
        }
    }
}

;// CONCATENATED MODULE: ./src/lifecycle/create.ts



function readSubmission(client, parent, id) {
    return client.get(`${parent.path}/submissions/${id}`, `Read submission ${id}`);
}
/** The parent's pending submission right now, if it has one. */
async function currentPending(client, parent) {
    const resource = await client.get(parent.path, `Read the ${parent.label}`);
    const pending = (0,parents/* pendingOf */.lc)(parent, resource);
    return pending ? readSubmission(client, parent, pending.id) : undefined;
}
const BLOCKED = 'is in a state that blocks a new submission: another pending submission, a package rollout still in progress or not started yet (finalize or halt it), or, for an app, no published submission yet (the first one must be made in Partner Center).';
/**
 * `created` hears the new submission's ID as soon as it is known, before the
 * read that follows a minimal answer: a run that fails on that read still
 * names the submission it made.
 */
async function createSubmission(client, parent, info, created = () => undefined) {
    const call = `Create a submission for the ${parent.label}`;
    const minimal = parent.kind.minimalCreate === true;
    const made = await (0,once/* sendOnce */.E4)({
        send: async () => {
            const { body, correlationId } = await client.send({
                method: 'POST',
                path: `${parent.path}/submissions${minimal ? '?isMinimalResponse=true' : ''}`,
                call,
                hint: ({ status, code }) => status === 409 && (code === 'InvalidState' || code === 'InvalidOperation')
                    ? `The ${parent.kind.noun} ${BLOCKED}`
                    : undefined
            });
            if (!body?.id) {
                // Created, most likely, but we cannot tell which: find out as after a lost answer.
                throw new errors/* UncertainOutcomeError */.un({ call, storeMessage: 'answered without an id', correlationId });
            }
            info(`Created submission ${body.id} for the ${parent.label} [MS-CorrelationId: ${correlationId ?? 'none'}].`);
            return { submission: body, whole: !minimal };
        },
        onUncertain: (error) => info(`${error.message} Checking whether the submission was created before trying again.`),
        check: async () => {
            const appeared = await currentPending(client, parent);
            if (appeared)
                info(`Submission ${appeared.id} was created; using it.`);
            return appeared && { submission: appeared, whole: true };
        },
        pause: (attempt) => client.pauseBeforeRetry(attempt)
    });
    created(made.submission.id);
    // The minimal answer holds the id (and little else): the submission itself has the clone and the upload URL.
    return made.whole ? made.submission : readSubmission(client, parent, made.submission.id);
}

;// CONCATENATED MODULE: ./src/lifecycle/check-edits.ts

/** Runs every edit's check; resolves with the published submission when it was read (always in a dry run). */
async function checkEdits(options) {
    const { client, parent, resource } = options;
    const checked = options.edits.filter((edit) => edit.check);
    if (checked.length === 0 && !options.readPublished)
        return undefined;
    const ref = (0,parents/* publishedOf */.KG)(parent, resource);
    const published = ref
        ? await client.get(`${parent.path}/submissions/${ref.id}`, `Read submission ${ref.id}`)
        : undefined;
    const { applicationId } = parent;
    const application = parent.kind === parents/* FLIGHT */.ru && applicationId && checked.length > 0
        ? await client.get(`applications/${applicationId}`, `Read app ${applicationId}`)
        : undefined;
    for (const edit of checked) {
        edit.check?.({ parent: resource, published, application });
        for (const line of edit.checked ?? [])
            options.info(`Checked ${edit.source}: ${line}`);
    }
    return published;
}

;// CONCATENATED MODULE: ./src/submission.ts
/**
 * THE lifecycle, once, for any parent (app, package flight, add-on):
 * replace the pending submission, create a new one, merge the user's changes
 * into it, upload the zip, commit, and wait for the status. Progress is
 * written into `progress` as it goes, so that a failure, a timeout or a
 * cancellation can still report which submission was left in which state.
 */
















class SubmissionLifecycle {
    settings;
    resolved;
    deps;
    progress;
    constructor(settings, resolved, deps, progress) {
        this.settings = settings;
        this.resolved = resolved;
        this.deps = deps;
        this.progress = progress;
        progress.parent = resolved.parent;
    }
    get parent() {
        return this.resolved.parent;
    }
    submissionPath(id, suffix = '') {
        return `${this.parent.path}/submissions/${id}${suffix}`;
    }
    edits() {
        return (0,src_edits/* allEdits */.Fk)(this.settings);
    }
    async run() {
        const published = await checkEdits({
            client: this.deps.client,
            parent: this.parent,
            resource: this.resolved.resource,
            edits: this.edits(),
            readPublished: this.settings.dryRun,
            info: this.deps.info
        });
        const release = this.settings.release?.kind === 'submit' ? this.settings.release : undefined;
        // A rollout in the way fails here (existing-rollout: fail), before any change, in a dry run too.
        const inTheWay = await rolloutInTheWay(this.deps.client, this.resolved, release?.existingRollout ?? 'fail', this.deps.info);
        if (this.settings.dryRun)
            return this.dryRun(published);
        let submission = await this.replacePending();
        if (inTheWay && release && release.existingRollout !== 'fail') {
            await clearRollout(this.deps.client, this.parent, inTheWay, release.existingRollout, this.progress, this.deps.info);
        }
        submission ??= await this.create();
        this.progress.submissionId = submission.id;
        this.see(submission.status ?? 'PendingCommit');
        submission = await this.update(submission);
        if (this.settings.packageZip || this.settings.uploadFiles.length)
            await this.upload(submission);
        if (release?.commit === false) {
            this.progress.preparedOnly = true;
            this.deps.info(`Submission ${submission.id} is ready for review and was not committed (commit: false): check it and submit it in Partner Center.`);
            return this.progress;
        }
        await this.commit(submission.id);
        await this.wait(submission.id, submission.targetPublishMode);
        if (release?.fields.rolloutPercentage !== undefined) {
            this.progress.rollout = await (0,store_rollout/* readRollout */.wW)(this.deps.client, this.parent, submission.id);
        }
        return this.progress;
    }
    /** Records a status the submission took, once per change, with its time. */
    see(status) {
        this.progress.status = status;
        const history = (this.progress.statusHistory ??= []);
        if (history[history.length - 1]?.status !== status)
            history.push({ status, at: new Date(this.deps.clock.now()).toISOString() });
    }
    /** Prints what a run would send and stops before the first change (see lifecycle/dry-run.ts). */
    async dryRun(published) {
        const pending = (0,parents/* pendingOf */.lc)(this.parent, this.resolved.resource);
        const replaces = pending && !this.parent.created;
        if (replaces && !this.settings.deletePending)
            await this.replacePending(); // fails as a real run would
        const firstChange = replaces
            ? `delete the pending submission ${pending.id} of the ${this.parent.label}`
            : `create a submission for the ${this.parent.label}`;
        await (0,dry_run/* printDryRun */.AG)(this.settings, { edits: this.edits(), published, firstChange }, this.deps.info);
        (0,dry_run/* markDryRun */.en)(this.progress, this.settings);
        return this.progress;
    }
    /**
     * Deletes the pending submission (or refuses to), and returns it instead
     * when it is the one a flight or add-on created in this run came with.
     */
    async replacePending() {
        const pending = (0,parents/* pendingOf */.lc)(this.parent, this.resolved.resource);
        if (!pending)
            return undefined;
        if (this.parent.created) {
            this.deps.info(`The new ${this.parent.kind.noun} came with submission ${pending.id}; using it.`);
            return this.read(pending.id);
        }
        if (!this.settings.deletePending) {
            throw new errors/* ActionError */.lZ(`The ${this.parent.label} already has a pending submission, ${pending.id}; nothing was changed.`, {
                hint: "Commit or delete it in Partner Center, or set 'delete-pending: true' to have this action replace it."
            });
        }
        const status = await (0,lifecycle_pending/* checkReplaceable */.X7)(this.deps.client, this.parent, pending.id);
        if (status)
            this.deps.warning((0,lifecycle_pending/* replacingWarning */.oV)(this.parent, pending.id, status));
        const deleted = status &&
            (await (0,in_flight/* marked */.x)((on) => (this.progress.deletingSubmissionId = on ? pending.id : undefined), () => (0,lifecycle_pending/* deletePending */.rr)(this.deps.client, this.parent, pending.id)));
        if (!deleted || deleted === 'gone') {
            this.deps.info(`Submission ${pending.id} was already gone.`);
            return undefined;
        }
        this.progress.replacedSubmissionId = pending.id;
        return undefined;
    }
    async read(id) {
        return this.deps.client.get(this.submissionPath(id), `Read submission ${id}`);
    }
    /**
     * Creates the submission. Create is not safe to repeat: after a lost answer
     * (or a 5xx, or a 409 following one) the parent is read again, and a
     * pending submission that appeared is the one just made.
     */
    async create() {
        return (0,in_flight/* marked */.x)((on) => (this.progress.creating = on), () => createSubmission(this.deps.client, this.parent, this.deps.info, (id) => {
            this.progress.submissionId = id;
            this.progress.creating = false;
        }));
    }
    async update(created) {
        const { client, info } = this.deps;
        const { submission, changed } = await updateSubmission(client, this.parent, created, this.edits(), info, (fields) => refuseUnsendablePrice(client, this.parent, created.id, fields, this.progress, info));
        if (changed)
            this.progress.changedFields = changed;
        return submission;
    }
    async upload(submission) {
        // Some answers leave the upload URL out: the submission itself always has it.
        const url = submission.fileUploadUrl ?? (await this.read(submission.id)).fileUploadUrl;
        if (!url) {
            throw new errors/* ActionError */.lZ(`Submission ${submission.id} has no fileUploadUrl to upload the zip to.`, {
                hint: 'The Store gave no upload URL; run again, and report it with the correlation IDs above if it persists.'
            });
        }
        const { packageZip, uploadFiles: files } = this.settings;
        const { bytes, seconds } = await this.deps.upload(url, { files, packageZip });
        this.progress.upload = { bytes, seconds };
    }
    /** Commits, once (see lifecycle/commit.ts); the status it reads on the way is the run's. */
    async commit(id) {
        await (0,in_flight/* marked */.x)((on) => (this.progress.committing = on), () => commitSubmission({
            client: this.deps.client,
            path: this.submissionPath(id),
            id,
            dashboardUrl: this.parent.dashboardUrl,
            info: this.deps.info,
            see: (status, details) => {
                this.see(status);
                if (details !== null)
                    this.progress.statusDetails = details;
            },
            readStatus: () => this.readStatus(id)
        }));
        this.progress.committed = true;
    }
    async readStatus(id) {
        const body = await this.deps.client.get(this.submissionPath(id, '/status'), `Read the status of submission ${id}`);
        this.see(body.status);
        this.progress.statusDetails = body.statusDetails;
        return body;
    }
    async wait(id, publishMode) {
        const { waitFor, timeoutMs, pollIntervalMs } = this.settings;
        this.progress.note = await waitForStatus({
            id,
            label: this.parent.label,
            waitFor,
            timeoutMs,
            pollIntervalMs,
            publishMode,
            clock: this.deps.clock,
            signal: this.deps.signal,
            info: this.deps.info,
            readStatus: () => this.readStatus(id),
            pages: {
                submission: (0,parents/* submissionPage */._3)(this.parent, id),
                ageRatings: this.parent.kind === parents/* APP */.uq ? `${(0,parents/* submissionPage */._3)(this.parent, id)}/ageratings` : undefined
            }
        });
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(5864);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __nccwpck_require__(9373);
// EXTERNAL MODULE: ./src/request/policy.ts
var policy = __nccwpck_require__(3635);
// EXTERNAL MODULE: ./src/request/transport.ts
var transport = __nccwpck_require__(8268);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/upload/sas.ts
/**
 * The blob SAS URL the Store hands out: fixed, parsed, and kept secret. Its
 * query holds the signature (`sig`): never logged; every message about a
 * blob request passes through `redact`.
 */

/** Used when the SAS carries no usable `sv`. */
const DEFAULT_VERSION = '2019-12-12';
const MiB = 1024 * 1024;
/** Before 2016-05-31 (e.g. the docs' sample SAS, sv=2014-02-14): Put Block up to 4 MiB, Put Blob up to 64 MiB. */
const OLD_LIMITS = { maxBlock: 4 * MiB, maxSinglePut: 64 * MiB };
/** 2016-05-31 and later (sv=2017-04-17 reported live): 100 MiB and 256 MiB. Newer versions allow more; not needed. */
const MODERN_LIMITS = { maxBlock: 100 * MiB, maxSinglePut: 256 * MiB };
/** The limits the blob service applies to requests sent with `x-ms-version: version`. */
function limitsFor(version) {
    return version < '2016-05-31' ? OLD_LIMITS : MODERN_LIMITS;
}
/** The Store hands the URL out with `+` unencoded in its signature; Azure would read a space and answer 403. */
function fixSasUrl(url) {
    return url.replace(/\+/g, '%2B');
}
function parseSasUrl(raw) {
    let url;
    try {
        url = new URL(fixSasUrl(raw.trim()));
    }
    catch {
        throw new errors/* ActionError */.lZ('The package upload URL the Store returned is not a valid URL.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* ActionError */.lZ(`The package upload URL the Store returned is not an http(s) URL (${url.protocol}).`);
    }
    const sv = url.searchParams.get('sv');
    const se = Date.parse(url.searchParams.get('se') ?? '');
    const version = sv && /^\d{4}-\d{2}-\d{2}$/.test(sv) ? sv : DEFAULT_VERSION;
    return {
        url,
        version,
        limits: limitsFor(version),
        expiry: Number.isNaN(se) ? undefined : se,
        secrets: secretsOf(url)
    };
}
function secretsOf(url) {
    const out = new Set();
    const decoded = url.searchParams.get('sig');
    if (decoded) {
        out.add(decoded);
        out.add(encodeURIComponent(decoded));
        out.add(decoded.replace(/\+/g, ' '));
    }
    const raw = /[?&]sig=([^&#]*)/.exec(url.search)?.[1];
    if (raw)
        out.add(raw);
    return [...out].filter((s) => s.length >= 8);
}
/** `text` with any signature taken out. */
function redact(text, secrets) {
    let out = text.replace(/([?&]?sig=)[^&\s"'<]*/gi, '$1<redacted>');
    for (const secret of secrets)
        out = out.split(secret).join('<redacted>');
    return out;
}
/** The expired-URL error, before anything is sent. */
function checkNotExpired(sas, now) {
    if (sas.expiry !== undefined && sas.expiry <= now) {
        throw new errors/* ActionError */.lZ(`The package upload URL expired at ${new Date(sas.expiry).toISOString()}.`, {
            hint: 'Upload URLs live about 24 hours after the submission is created. Re-running the action creates a fresh submission with a new upload URL.'
        });
    }
}

;// CONCATENATED MODULE: ./src/upload/blob-request.ts
/**
 * One request to Azure Blob Storage, through the one request layer. What is
 * Azure Storage's own: its error body (XML), `x-ms-error-code`, the
 * `x-ms-request-id` that names the exchange, its hints, and a signature that
 * must never reach a message.
 */



function xmlField(body, name) {
    return new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body)?.[1];
}
/** The dialect of one upload: its hints know the URL's expiry; its messages never hold the signature. */
function blobDialect(sas, clock) {
    return {
        correlationHeader: 'x-ms-request-id',
        describe: (response) => {
            const code = (0,transport/* header */.w)(response.headers, 'x-ms-error-code') ?? xmlField(response.body, 'Code');
            const message = xmlField(response.body, 'Message')?.split(/\r?\n/)[0]?.trim();
            return {
                code: code ? redact(code, sas.secrets) : undefined,
                message: message ? redact(message, sas.secrets) : undefined
            };
        },
        hint: (failure) => blobHint(failure, sas, clock),
        networkReason: (error) => {
            const code = typeof error.code === 'string' && !error.message.includes(error.code) ? `${error.code}: ` : '';
            return `failed (${code}${error.message})`;
        },
        redact: (text) => redact(text, sas.secrets)
    };
}
function blobHint({ status, code }, sas, clock) {
    const again = 'Re-running the action creates a fresh submission with a new upload URL.';
    if (status === undefined) {
        return "Azure Storage could not be reached reliably; check the runner's network (proxy, firewall) and re-run the job.";
    }
    if (status === 403) {
        const expired = sas.expiry !== undefined && sas.expiry <= clock.now()
            ? ` It expired at ${new Date(sas.expiry).toISOString()}.`
            : '';
        return `Azure Storage rejected the upload URL's signature: the URL has expired, or a '+' in it was not encoded as %2B.${expired} ${again}`;
    }
    if (status === 404) {
        return `The upload URL points to a blob container that does not exist (any more): the submission may have been deleted. ${again}`;
    }
    if (code === 'Md5Mismatch')
        return 'A block was corrupted on its way to Azure Storage; re-run the job.';
    if (code === 'InvalidBlobOrBlock' || code === 'InvalidBlockList' || code === 'InvalidBlockId') {
        return `Azure Storage rejected the blocks, possibly because of a partial upload by another tool to the same URL. ${again}`;
    }
    if (status === 429 || status >= 500)
        return 'Azure Storage kept failing; this is usually temporary: re-run the job later.';
    return 'Azure Storage rejected the request; re-run the job, and report it with the x-ms-request-id if it keeps happening.';
}
/** One PUT to the blob (Put Blob, Put Block, Put Block List): idempotent, retried by the layer. */
async function putToBlob(target, call, query, headers, body) {
    const { url, version } = target.sas;
    await target.layer.send({
        call,
        method: 'PUT',
        url: `${url.origin}${url.pathname}${url.search}${query}`,
        // Azure checks the bytes against it: a corrupted transfer fails (and is reported) instead of landing in the blob.
        headers: { 'x-ms-version': version, 'content-md5': (0,external_node_crypto_.createHash)('md5').update(body).digest('base64'), ...headers },
        body,
        idempotent: true,
        dialect: target.dialect,
        signal: target.stop
    });
}

;// CONCATENATED MODULE: ./src/upload/blocks.ts
/**
 * The block schedule: the blob's bytes, read once front to back, cut into
 * blocks, each sent as a Put Block with a bounded number in flight (each
 * worker owns one buffer, so memory is `slots × blockSize` whatever the
 * size), then one Put Block List. The first block that fails for good stops
 * the rest.
 */


const blocks_MiB = 1024 * 1024;
/** Default Put Block size; raised only when a blob would need more than MAX_BLOCKS blocks. */
const DEFAULT_BLOCK_SIZE = 8 * blocks_MiB;
/** Put Block limit of the Store's SAS version (2017-04-17); an older `sv` has a lower one (sas.ts). */
const MAX_BLOCK_SIZE = 100 * blocks_MiB;
/** Committed blocks per blob. */
const MAX_BLOCKS = 50_000;
/**
 * The block size for a blob of `size` bytes: the requested (or default) size, within the version's per-block
 * limit `maxBlock`, raised to stay within MAX_BLOCKS.
 */
function chooseBlockSize(size, requested = DEFAULT_BLOCK_SIZE, maxBlock = MAX_BLOCK_SIZE) {
    const wanted = Math.min(maxBlock, requested);
    if (size <= wanted * MAX_BLOCKS)
        return wanted;
    // Too many blocks: the smallest whole number of MiB that fits, within the per-block limit.
    return Math.min(maxBlock, Math.ceil(size / MAX_BLOCKS / blocks_MiB) * blocks_MiB);
}
/** Block IDs: base64 of a fixed-width string, so that every ID of every run has the same length. */
function blockId(index) {
    return Buffer.from(`block-${String(index).padStart(6, '0')}`).toString('base64');
}
/** Reads a stream of chunks of any size into buffers of the size asked for, in order. */
class ChunkReader {
    onShort;
    chunks;
    rest = Buffer.alloc(0);
    constructor(source, onShort) {
        this.onShort = onShort;
        this.chunks = source.open()[Symbol.asyncIterator]();
    }
    /** Fills `target` whole; throws when the stream ends first. */
    async fill(target) {
        let filled = 0;
        while (filled < target.length) {
            if (this.rest.length === 0) {
                const next = await this.chunks.next();
                if (next.done)
                    throw this.onShort();
                this.rest = next.value;
            }
            const taken = this.rest.copy(target, filled, 0, Math.min(this.rest.length, target.length - filled));
            filled += taken;
            this.rest = this.rest.subarray(taken);
        }
        return target;
    }
    /** Lets the source go (its files closed), read to its end or not. Call once nothing is being read. */
    async close() {
        await this.chunks.return?.(undefined);
    }
    /** Throws when the stream holds more than was read. */
    async end(onLonger) {
        if (this.rest.length > 0 || !(await this.chunks.next()).done)
            throw onLonger();
    }
}
async function putBlocks(target, source, plan, progress, stopAll) {
    const { blockSize, blocks, slots } = plan;
    const reader = new ChunkReader(source, () => changedSize(source, 'shorter'));
    let next = 0;
    let reading = Promise.resolve();
    let failure;
    // One read at a time, in order: the worker that takes index i reads block i.
    const take = (buffer) => {
        const turn = reading.then(async () => {
            const index = next++;
            if (index >= blocks || failure !== undefined)
                return undefined;
            const length = Math.min(blockSize, source.size - index * blockSize);
            return { index, data: await reader.fill(buffer.subarray(0, length)) };
        });
        reading = turn.catch(() => undefined);
        return turn;
    };
    const worker = async () => {
        const buffer = Buffer.allocUnsafe(Math.min(blockSize, source.size));
        try {
            for (let block = await take(buffer); block; block = await take(buffer)) {
                const query = `&comp=block&blockid=${encodeURIComponent(blockId(block.index))}`;
                await putToBlob(target, `Put Block ${block.index + 1}/${blocks}`, query, {}, block.data);
                progress.add(block.data.length);
            }
        }
        catch (error) {
            if (failure === undefined)
                failure = error;
            stopAll();
        }
    };
    try {
        await Promise.all(Array.from({ length: slots }, worker));
        if (failure !== undefined)
            throw failure;
        await reader.end(() => changedSize(source, 'longer'));
    }
    finally {
        await reader.close();
    }
    const ids = Array.from({ length: blocks }, (_, i) => `<Latest>${blockId(i)}</Latest>`).join('');
    const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids}</BlockList>`;
    const headers = { 'content-type': 'application/xml', 'x-ms-blob-content-type': 'application/zip' };
    await putToBlob(target, 'Put Block List', '&comp=blocklist', headers, Buffer.from(xml, 'utf8'));
}
function changedSize(source, how) {
    return new errors/* ActionError */.lZ(`${capitalize(source.label)} got ${how} while it was uploading.`, {
        hint: 'Nothing may write to the files being uploaded; run again once the build has finished writing them.'
    });
}
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

;// CONCATENATED MODULE: ./src/upload/progress.ts
const progress_MiB = 1024 * 1024;
const INTERVAL_MS = 5_000;
function formatMiB(bytes) {
    return (bytes / progress_MiB).toFixed(1);
}
class UploadProgress {
    total;
    clock;
    log;
    started;
    sent = 0;
    nextStep = 10;
    lastLine;
    constructor(total, clock, log, started) {
        this.total = total;
        this.clock = clock;
        this.log = log;
        this.started = started;
        this.lastLine = started;
    }
    /** `bytes` more have been taken by the blob service. */
    add(bytes) {
        this.sent += bytes;
        if (bytes <= 0 || this.total === 0 || this.sent >= this.total)
            return;
        const percent = (this.sent / this.total) * 100;
        const now = this.clock.now();
        if (percent < this.nextStep && now - this.lastLine < INTERVAL_MS)
            return;
        this.lastLine = now;
        this.nextStep = Math.floor(percent / 10) * 10 + 10;
        const seconds = (now - this.started) / 1000;
        const rate = seconds > 0 ? `, ${(this.sent / progress_MiB / seconds).toFixed(1)} MiB/s` : '';
        this.log(`Upload progress: ${formatMiB(this.sent)} of ${formatMiB(this.total)} MiB (${Math.floor(percent)} %)${rate}`);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/upload/source.ts
/**
 * What the uploader sends: bytes of a known size, read once, front to back.
 * A zip on disk is one; a zip written on the fly from the packages (package
 * mode) is another. The uploader cuts the stream into blocks as it comes.
 */


/** A file on disk, read through one reused 1 MiB buffer. */
async function fileSource(path, label = 'the package zip') {
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new Error('not a regular file');
        size = info.size;
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Cannot read ${label} ${path}: ${error.message}.`, { cause: error });
    }
    return { label, size, open: () => readChunks(path, label) };
}
async function* readChunks(path, label) {
    const cannotRead = (error) => new errors/* ActionError */.lZ(`Cannot read ${label} ${path}: ${error.message}.`, { cause: error });
    const file = await (0,promises_.open)(path, 'r').catch((error) => {
        throw cannotRead(error);
    });
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    try {
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, buffer.length, null).catch((error) => {
                throw cannotRead(error);
            });
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./src/upload/index.ts
/**
 * Uploads the submission's files to the Azure Blob SAS URL the Store hands
 * out: a small blob as one Put Blob, a larger one as Put Blocks plus one Put
 * Block List (./blocks.ts). Every request goes through the one request layer
 * (retries, Retry-After, the silent-request timeout); the URL's signature is
 * never logged.
 */















const upload_MiB = 1024 * 1024;
/** Blocks in flight by default: keeps a 2-core runner busy without starving the rest of the job. */
const DEFAULT_CONCURRENCY = 4;
/** Upper bound for `concurrency`: each slot holds one block buffer. */
const MAX_CONCURRENCY = 32;
/** Blobs up to this size go as a single Put Blob by default. */
const DEFAULT_SINGLE_PUT_MAX = 32 * upload_MiB;
/** Put Blob limit of the Store's SAS version (2017-04-17). */
const MAX_SINGLE_PUT = 256 * upload_MiB;
/**
 * The agent for the blob requests: a keep-alive agent sized to the blocks in
 * flight, or, when the runner sets a proxy (`https_proxy`/`http_proxy`, not
 * bypassed by `no_proxy`), @actions/http-client's tunnelling agent for it, as
 * the Store API calls use.
 */
function blobAgent(url, slots) {
    if ((0,lib/* getProxyUrl */.s_)(url.href)) {
        return new lib/* HttpClient */.Qq('msstore-submit-action', [], { keepAlive: true, maxSockets: slots }).getAgent(url.href);
    }
    const module = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new module.Agent({ keepAlive: true, maxSockets: slots, maxFreeSockets: slots, scheduling: 'lifo' });
}
/** Uploads the zip file at `zipPath`. */
async function uploadZip(fileUploadUrl, zipPath, options = {}) {
    const sas = parseSasUrl(fileUploadUrl);
    checkNotExpired(sas, (options.clock ?? src_clock/* realClock */.d).now());
    return uploadBlob(fileUploadUrl, await fileSource(zipPath), options);
}
/** The upload's shape for a blob of `size` bytes, within the limits of the SAS's storage service version. */
function plan(size, options, limits) {
    const concurrency = Math.min(MAX_CONCURRENCY, whole(options.concurrency, DEFAULT_CONCURRENCY, 1, 'concurrency'));
    const singlePutMax = Math.min(MAX_SINGLE_PUT, limits.maxSinglePut, whole(options.singlePutMaxBytes, DEFAULT_SINGLE_PUT_MAX, 0, 'singlePutMaxBytes'));
    const maxBlock = Math.min(MAX_BLOCK_SIZE, limits.maxBlock);
    const requested = Math.min(maxBlock, whole(options.blockSizeBytes, DEFAULT_BLOCK_SIZE, 1, 'blockSizeBytes'));
    const blockSize = chooseBlockSize(size, requested, maxBlock);
    const single = size === 0 || size <= singlePutMax;
    const blocks = single ? 0 : Math.ceil(size / blockSize);
    if (blocks > MAX_BLOCKS) {
        throw new errors/* ActionError */.lZ(`The upload is ${formatMiB(size)} MiB, more than Azure Storage takes in one blob (${MAX_BLOCKS} blocks of ${maxBlock / upload_MiB} MiB under its version).`);
    }
    return { single, blockSize, blocks, slots: single ? 1 : Math.min(concurrency, blocks) };
}
/** Uploads `source` to the blob at `fileUploadUrl`. */
async function uploadBlob(fileUploadUrl, source, options = {}) {
    const clock = options.clock ?? src_clock/* realClock */.d;
    const log = options.log ?? (() => undefined);
    const sas = parseSasUrl(fileUploadUrl);
    checkNotExpired(sas, clock.now());
    if (options.signal?.aborted)
        throw new errors/* CancelledError */.cc('The job was cancelled before the files were uploaded.');
    const how = plan(source.size, options, sas.limits);
    const agent = blobAgent(sas.url, how.slots);
    const idleTimeoutMs = whole(options.requestTimeoutMs, 120_000, 1, 'requestTimeoutMs');
    const http = (0,transport/* createHttpTransport */.S)({ userAgent: 'msstore-submit-action', idleTimeoutMs, agentFor: () => agent });
    const retry = options.retry ?? policy/* defaultRetryPolicy */.ur;
    const stop = new AbortController();
    const target = {
        layer: new request_layer/* RequestLayer */.f({ http, clock, retry, log, signal: options.signal }),
        sas,
        dialect: blobDialect(sas, clock),
        stop: stop.signal
    };
    const started = clock.now();
    const progress = new UploadProgress(source.size, clock, log, started);
    try {
        await send(target, source, how, progress, () => stop.abort(), log);
    }
    catch (error) {
        if (options.signal?.aborted)
            throw new errors/* CancelledError */.cc('The job was cancelled while the files were uploading.');
        throw error;
    }
    finally {
        agent.destroy();
    }
    const seconds = Math.max(0, clock.now() - started) / 1000;
    const rate = seconds > 0 ? `${(source.size / upload_MiB / seconds).toFixed(1)} MiB/s` : 'n/a';
    const as = how.single ? 'as one Put Blob' : `in ${how.blocks} blocks`;
    log(`Uploaded ${source.label}: ${formatMiB(source.size)} MiB ${as} in ${seconds.toFixed(1)} s (${rate}).`);
    return { bytes: source.size, blocks: how.blocks, seconds };
}
async function send(target, source, how, progress, stopAll, log) {
    const size = formatMiB(source.size);
    if (how.single) {
        log(`Uploading ${source.label} (${size} MiB) as one Put Blob.`);
        const reader = new ChunkReader(source, () => changedSize(source, 'shorter'));
        let data;
        try {
            data = await reader.fill(Buffer.allocUnsafe(source.size));
            await reader.end(() => changedSize(source, 'longer'));
        }
        finally {
            await reader.close();
        }
        const headers = { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/zip' };
        await putToBlob(target, 'Put Blob', '', headers, data);
        return;
    }
    const each = how.blockSize % upload_MiB === 0 ? `${how.blockSize / upload_MiB} MiB` : `${(how.blockSize / 1024).toFixed(1)} KiB`;
    log(`Uploading ${source.label} (${size} MiB) in ${how.blocks} blocks of ${each}, ${how.slots} at a time.`);
    await putBlocks(target, source, how, progress, stopAll);
}
function whole(value, fallback, min, name) {
    if (value === undefined)
        return fallback;
    if (!Number.isInteger(value) || value < min)
        throw new errors/* ActionError */.lZ(`uploadBlob: ${name} must be a whole number of at least ${min}, got ${value}.`);
    return value;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./src/zip/plan.ts + 1 modules
var zip_plan = __nccwpck_require__(5932);
// EXTERNAL MODULE: ./src/zip/records.ts
var records = __nccwpck_require__(8269);
;// CONCATENATED MODULE: ./src/zip/write.ts
/**
 * The zip package mode uploads, written while the uploader reads it: no temp
 * file, memory flat in the files' size. Files from disk are STORED (packages
 * are compressed already) behind a data descriptor, their CRC-32 computed as
 * they pass; the entries of an existing zip (`package-zip`) are copied raw,
 * compressed bytes, method and CRC-32 kept. The size is exact before the
 * first byte, so the uploader can plan its blocks; Zip64 records appear
 * where a size or offset reaches 4 GiB (APPNOTE.TXT 4.3.9, 4.4.1.4, 4.5.3).
 *
 * Written here, not with a library: yazl (3.3, checked) and archiver pass
 * every entry's data through their own compressor or pass-through and count
 * its CRC-32 and sizes themselves, so they cannot copy a deflated entry of
 * `package-zip` raw (method, CRC-32 and extra fields kept, no inflate and
 * deflate again), and yazl knows the total size up front only when every
 * entry is stored. The uploader needs the size before the first byte (Put
 * Blob or Put Block, and the block size), so the records (records.ts) and
 * the layout (plan.ts) are ours.
 */





/** Bytes read from a file per chunk handed to the uploader. */
const READ_CHUNK = 1024 * 1024;
/**
 * Plans the zip of `input` (see plan.ts) and returns it as a source for the uploader.
 * Each chunk it yields is valid until the next one is asked for (the uploader copies what it keeps): file
 * data passes through one buffer of READ_CHUNK bytes, so gigabytes leave no garbage behind (fresh buffers
 * cost about 30 MiB of peak RSS in bench/packages.mjs before the GC caught up with them).
 */
async function zipStream(input) {
    const plan = await (0,zip_plan/* planZip */.Dn)(input);
    const label = input.label ??
        `the upload zip of ${input.files.length} file(s)` + (input.packageZip ? ` and ${input.packageZip}` : '');
    let opened = false;
    return {
        label,
        size: plan.size,
        open: () => {
            if (opened)
                throw new Error(`${label} was opened twice`);
            opened = true;
            return exactly(writeZip(plan), plan.size, label);
        }
    };
}
/** Passes the chunks on, and fails (a bug, not bad input) if they do not add up to the promised size. */
async function* exactly(chunks, size, label) {
    let total = 0;
    for await (const chunk of chunks) {
        total += chunk.length;
        if (total > size)
            throw new Error(`${label}: wrote more than the ${size} bytes planned`);
        yield chunk;
    }
    if (total !== size)
        throw new Error(`${label}: wrote ${total} bytes, ${size} planned`);
}
async function* writeZip(plan) {
    const packageZip = plan.packageZip && (await openPackageZip(plan.packageZip));
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    try {
        const written = [];
        for (const entry of plan.entries) {
            yield (0,records/* localHeader */.$B)(entry.record);
            if (entry.from === 'file') {
                const record = {
                    ...entry.record,
                    crc: yield* fileData(plan.fileSystem, entry.diskPath, entry.record.size, buffer)
                };
                yield (0,records/* dataDescriptor */.E7)(record);
                written.push(record);
            }
            else {
                yield* copiedData(packageZip, entry.record, entry.dataOffset, buffer);
                written.push(entry.record);
            }
        }
        yield Buffer.concat(written.map(records/* centralHeader */.j));
        yield (0,records/* endRecords */.sp)({ entries: written.length, size: plan.centralSize, offset: plan.centralOffset });
    }
    finally {
        await packageZip?.close();
    }
}
function changedError(diskPath, listed, now) {
    return new errors/* ActionError */.lZ(`${diskPath} changed while it was being zipped: ${listed} bytes when listed, ${now}.`, {
        hint: 'Nothing may write to the files the action uploads while it runs.'
    });
}
/** Yields the file's `size` bytes in chunks, read into `buffer` only when asked; returns their CRC-32. */
async function* fileData(fileSystem, diskPath, size, buffer) {
    const file = await fileSystem.open(diskPath).catch((err) => {
        throw new errors/* ActionError */.lZ(`Cannot read ${diskPath}: ${err.message}.`, { cause: err });
    });
    try {
        const now = (await file.stat()).size;
        if (now !== size)
            throw changedError(diskPath, size, `${now} when read`);
        let crc = 0;
        for (let done = 0; done < size;) {
            const { bytesRead } = await file.read(buffer, 0, Math.min(buffer.length, size - done), done);
            if (bytesRead === 0)
                throw changedError(diskPath, size, `it ended after ${done}`);
            const chunk = buffer.subarray(0, bytesRead);
            crc = (0,external_node_zlib_.crc32)(chunk, crc);
            done += bytesRead;
            yield chunk;
        }
        const { bytesRead } = await file.read(Buffer.alloc(1), 0, 1, size);
        if (bytesRead > 0)
            throw changedError(diskPath, size, 'more when read to the end');
        return crc;
    }
    finally {
        await file.close();
    }
}
async function openPackageZip(packageZip) {
    const file = await (0,promises_.open)(packageZip.path, 'r').catch((err) => {
        throw new errors/* ActionError */.lZ(`Cannot read 'package-zip' ${packageZip.path}: ${err.message}.`, { cause: err });
    });
    const now = (await file.stat()).size;
    if (now === packageZip.size)
        return file;
    await file.close();
    throw changedError(packageZip.path, packageZip.size, `${now} when read`);
}
/** Yields an entry's compressed bytes from the package zip, as they are, read into `buffer`. */
async function* copiedData(file, record, dataOffset, buffer) {
    for (let done = 0; done < record.compressedSize;) {
        const length = Math.min(buffer.length, record.compressedSize - done);
        const { bytesRead } = await file.read(buffer, 0, length, dataOffset + done);
        if (bytesRead === 0) {
            throw new errors/* ActionError */.lZ(`'package-zip' is truncated: '${record.name.toString('utf8')}' ends early.`);
        }
        done += bytesRead;
        yield buffer.subarray(0, bytesRead);
    }
}

// EXTERNAL MODULE: ./src/lifecycle/left-behind.ts
var left_behind = __nccwpck_require__(8856);
;// CONCATENATED MODULE: ./src/publish.ts
/**
 * A run for an MSIX app, flight or add-on through the Store submission API:
 * sign in, resolve the parent, then the one lifecycle (or, for
 * `operation: rollout`, the published submission's rollout change).
 */











/** Masks an upload URL in every form it could be printed in: whole, fixed, and its signature alone. */
function maskUploadUrl(url, mask) {
    mask(url);
    mask(url.replace(/\+/g, '%2B'));
    const sig = /[?&]sig=([^&]+)/.exec(url)?.[1];
    if (sig) {
        mask(sig);
        mask(sig.replace(/\+/g, '%2B'));
        try {
            mask(decodeURIComponent(sig.replace(/\+/g, '%2B')));
        }
        catch {
            // not decodable: the raw forms are masked already
        }
    }
}
/** Why a dry run cannot read the Store (no credentials to sign in with), or undefined when it can. */
function withoutStore(settings) {
    const missing = [!settings.tenantId && 'tenant-id', !settings.clientId && 'client-id'].filter(Boolean);
    const noOidc = settings.credential.kind === 'oidc' && !process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    if (missing.length === 0 && !noOidc)
        return undefined;
    const why = missing.length
        ? `no ${missing.join(' or ')} given`
        : 'no client-secret, and this job gets no GitHub OIDC token (permissions: id-token: write)';
    return {
        unchecked: `${why}, so the dry run did not sign in: the packages' identity and versions were not compared with the app and its published packages, and the submission below holds only the changes (a real run applies them over the last published submission).`,
        firstChange: 'sign in, then replace any pending submission and create a new one'
    };
}
/**
 * The parent, read (or, in a real run, created when asked for and missing).
 * A dry run creates nothing: when the parent would have to be created first,
 * it prints what it can without it and resolves with undefined.
 */
async function resolveForRun(client, settings, log) {
    const { target } = settings;
    const creates = target.kind !== 'app' && target.create !== undefined;
    if (!settings.dryRun || !creates)
        return resolveParent(client, target, log);
    try {
        return await resolveParent(client, { ...target, create: undefined }, log);
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ) || error instanceof errors/* ApiError */.hD)
            throw error;
        const what = target.kind === 'flight' ? `package flight '${target.flightName}'` : `add-on '${target.productId}'`;
        await (0,dry_run/* printDryRun */.AG)(settings, {
            edits: (0,src_edits/* allEdits */.Fk)(settings),
            unchecked: `the ${what} does not exist yet (${error.message}); its checks need it.`,
            firstChange: `create the ${what}, then a submission for it`
        }, log);
        return undefined;
    }
}
async function publish(settings, progress, deps) {
    const { clock, signal, info: log } = deps;
    if (settings.listings)
        log(`listings-folder ${settings.listings.path}: ${(0,edit/* describeListings */.di)(settings.listings)}.`);
    const offline = settings.dryRun ? withoutStore(settings) : undefined;
    if (offline) {
        await (0,dry_run/* printDryRun */.AG)(settings, { edits: (0,src_edits/* allEdits */.Fk)(settings), ...offline }, log);
        (0,dry_run/* markDryRun */.en)(progress, settings);
        return;
    }
    const client = new StoreClient({ ...(0,sign_in/* signIn */.J)(settings, deps), storeApiUrl: settings.storeApiUrl });
    const resolved = await resolveForRun(client, settings, log);
    if (!resolved) {
        (0,dry_run/* markDryRun */.en)(progress, settings);
        return;
    }
    progress.parent = resolved.parent;
    if (settings.release?.kind === 'rollout') {
        log(`Changing the package rollout of the ${resolved.parent.label}'s published submission.`);
        await changePublishedRollout(client, resolved, settings.release.change, progress, log);
        return;
    }
    log(`Publishing to the ${resolved.parent.label}.`);
    await new SubmissionLifecycle(settings, resolved, {
        client,
        clock,
        signal,
        info: log,
        warning: deps.warning,
        upload: async (url, contents) => {
            maskUploadUrl(url, deps.mask);
            const uploadOptions = {
                concurrency: settings.uploadConcurrency,
                log,
                signal,
                clock,
                requestTimeoutMs: settings.requestTimeoutMs
            };
            // package-zip alone goes as it is; with packages, one zip is written while it uploads.
            return contents.files.length === 0 && contents.packageZip
                ? uploadZip(url, contents.packageZip, uploadOptions)
                : uploadBlob(url, await zipStream(contents), uploadOptions);
        }
    }, progress).run();
}


/***/ }),

/***/ 3164:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ RequestLayer)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3635);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8268);



class RequestLayer {
    options;
    constructor(options) {
        this.options = options;
    }
    async send(call) {
        let renewed = false;
        for (let attempt = 1;; attempt++) {
            const step = await this.attempt(call, attempt, renewed);
            if ('answer' in step)
                return step.answer;
            if ('renewed' in step)
                renewed = true;
            else
                await this.waitToRetry(call, step, attempt);
        }
    }
    /** The backoff before a caller sends a non-idempotent request again, after it checked that it did not go through. */
    async pauseBeforeRetry(attempt) {
        await this.options.clock.sleep((0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .retryDelay */ .a2)(attempt, this.options.retry, undefined), this.options.signal);
    }
    signalOf(call) {
        const signals = [this.options.signal, call.signal].filter((s) => s !== undefined);
        return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    }
    async attempt(call, attempt, renewed) {
        const signal = this.signalOf(call);
        if (signal?.aborted)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc();
        await call.pacer?.beforeCall(signal);
        const headers = { ...call.headers };
        // Outside the try: a token failure is the token source's own error, never a lost request.
        if (call.auth)
            headers.Authorization = `Bearer ${await abortable(call.auth.token(), signal)}`;
        let response;
        try {
            response = await abortable(this.options.http.request(call.method, call.url, call.body, headers, signal), signal);
        }
        catch (error) {
            return this.lost(call, error, attempt);
        }
        if (response.status >= 200 && response.status < 300)
            return this.succeeded(call, response, attempt);
        if (response.status === 401 && call.auth && !renewed) {
            // A token can expire between our check and the server's: renew once and repeat (a 401 was not carried out).
            call.auth.invalidate();
            this.options.log(`${call.call} got HTTP 401; renewing the token and trying again.`);
            return { renewed: true };
        }
        return this.failed(call, response, attempt);
    }
    lost(call, error, attempt) {
        if (!(0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isNetworkError */ .TX)(error))
            throw error;
        const { dialect } = call;
        const text = redact(dialect, error.message ?? String(error));
        const details = { call: call.call, correlationName: dialect.correlationHeader, cause: error };
        if (!call.idempotent)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un({ ...details, storeMessage: `no answer: ${text}` });
        if (attempt >= this.options.retry.maxAttempts) {
            const hint = call.hint?.({}) ?? dialect.hint?.({});
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({ ...details, storeMessage: `no answer after ${attempt} attempts: ${text}`, hint });
        }
        return { retry: redact(dialect, dialect.networkReason?.(error) ?? `got a network error (${text})`) };
    }
    succeeded(call, response, attempt) {
        const correlationId = (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .w)(response.headers, call.dialect.correlationHeader);
        try {
            const body = call.read ? call.read(response) : response.body;
            return { answer: { status: response.status, headers: response.headers, body, correlationId } };
        }
        catch (error) {
            // A garbled or cut-off answer: the request was carried out, but what it made cannot be read.
            const storeMessage = error.message;
            const details = { call: call.call, status: response.status, storeMessage, correlationId };
            const full = { ...details, correlationName: call.dialect.correlationHeader };
            if (!call.idempotent)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un(full);
            if (attempt >= this.options.retry.maxAttempts)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({ ...full, attempts: attempt });
            return { retry: `got HTTP ${response.status} with an unreadable body` };
        }
    }
    failed(call, response, attempt) {
        const { dialect } = call;
        const said = dialect.describe(response);
        const failure = { status: response.status, code: said.code, message: said.message, detail: said.detail };
        const details = {
            call: call.call,
            status: response.status,
            code: said.code,
            storeMessage: said.message,
            correlationId: said.correlationId ?? (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .w)(response.headers, dialect.correlationHeader),
            correlationName: dialect.correlationHeader
        };
        if ((dialect.retryable ?? _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(response.status)) {
            const asked = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)((0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .w)(response.headers, 'retry-after'), response.body, this.options.clock.now());
            if (asked !== undefined && asked > _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RETRY_AFTER_MS */ .yL)
                throw tooLongAWait(details, asked, attempt);
            const { maxAttempts } = this.options.retry;
            if (response.status === 429 && attempt < maxAttempts + _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .THROTTLED_EXTRA_ATTEMPTS */ .jL) {
                // Throttled requests were not carried out: safe to repeat, even a create or a commit.
                const paced = call.pacer?.throttled(attempt);
                return { retry: 'got HTTP 429 (throttled)', waitMs: asked ?? paced, throttled: true };
            }
            if (response.status !== 429 && !call.idempotent)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UncertainOutcomeError */ .un(details);
            if (response.status !== 429 && attempt < maxAttempts) {
                return { retry: `got HTTP ${response.status}${said.code ? ` (${said.code})` : ''}`, waitMs: asked };
            }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({ ...details, attempts: attempt, hint: call.hint?.(failure) ?? dialect.hint?.(failure) });
    }
    async waitToRetry(call, step, attempt) {
        const { retry, clock, log } = this.options;
        const delay = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .retryDelay */ .a2)(attempt, retry, step.waitMs);
        const of = retry.maxAttempts + (step.throttled ? _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .THROTTLED_EXTRA_ATTEMPTS */ .jL : 0);
        log(`${call.call} ${step.retry}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${of})`);
        await clock.sleep(delay, this.signalOf(call));
    }
}
function tooLongAWait(details, askedMs, attempt) {
    const minutes = Math.round(askedMs / 6000) / 10;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({
        ...details,
        attempts: attempt,
        storeMessage: `${details.storeMessage ? `${details.storeMessage}; ` : ''}asked to wait ${minutes} min (Retry-After)`,
        hint: `The service asked for a wait longer than the ${_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RETRY_AFTER_MS */ .yL / 60_000} minutes this action waits for one request; run again later.`
    });
}
function redact(dialect, text) {
    return dialect.redact ? dialect.redact(text) : text;
}
/** Stops waiting for `promise` as soon as `signal` aborts (a transport that ignores the signal is left to die). */
function abortable(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted) {
        // Whatever the dropped promise does later (a transport that saw the abort rejects too) must not go unhandled.
        promise.catch(() => undefined);
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        signal.addEventListener('abort', onAbort, { once: true });
        const done = () => signal.removeEventListener('abort', onAbort);
        promise.then((value) => (done(), resolve(value)), (error) => (done(), reject(error)));
    });
}


/***/ }),

/***/ 7096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ OutcomeUnknownError),
/* harmony export */   E4: () => (/* binding */ sendOnce)
/* harmony export */ });
/* unused harmony export SEND_ONCE_ATTEMPTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
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

/***/ 1134:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ Pacer)
/* harmony export */ });
class Pacer {
    clock;
    throttledSpacingMs;
    nextCallAt = 0;
    spacingMs = 0;
    constructor(clock, 
    /** The least time between two calls once throttled. */
    throttledSpacingMs = 3000) {
        this.clock = clock;
        this.throttledSpacingMs = throttledSpacingMs;
    }
    /** Waits until the next call may go. */
    async beforeCall(signal) {
        const now = this.clock.now();
        if (this.nextCallAt > now)
            await this.clock.sleep(this.nextCallAt - now, signal);
        this.nextCallAt = this.clock.now() + this.spacingMs;
    }
    /** A 429 came back: from now on, space the calls; the wait before attempt `attempt + 1` when the server named none. */
    throttled(attempt) {
        this.spacingMs = Math.max(this.spacingMs, this.throttledSpacingMs);
        return this.spacingMs * 2 ** Math.min(attempt - 1, 4);
    }
}


/***/ }),

/***/ 3635:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   jL: () => (/* binding */ THROTTLED_EXTRA_ATTEMPTS),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy),
/* harmony export */   yL: () => (/* binding */ MAX_RETRY_AFTER_MS)
/* harmony export */ });
/* unused harmony export backoffDelay */
const defaultRetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };
/** Throttled requests were not carried out: they get this many attempts beyond maxAttempts. */
const THROTTLED_EXTRA_ATTEMPTS = 4;
/** The longest `Retry-After` honoured; a longer one fails the call and names the wait. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;
/** HTTP statuses that say "try again later" rather than "this request is wrong". */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ENOTFOUND',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'ERR_STREAM_PREMATURE_CLOSE'
]);
/** True for transport failures: reset, refused, timed out, socket hang up. */
function isNetworkError(err) {
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code))
        return true;
    if (e.name === 'TimeoutError' || e.name === 'RequestTimeoutError')
        return true;
    if (typeof e.message === 'string' && /socket hang up|network|timed? ?out|ECONNRESET/i.test(e.message))
        return true;
    return e.cause !== undefined && e.cause !== err && isNetworkError(e.cause);
}
/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random,
 * so retries spread out but never collapse to zero. `attempt` is 1 for the
 * wait after the first failure.
 */
function backoffDelay(attempt, policy, random = Math.random) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(step / 2 + random() * (step / 2));
}
/**
 * How long the server asked us to wait, in ms: `Retry-After` as seconds or as
 * an HTTP date, else a gateway body's "Try again in N seconds". Undefined when
 * the response says nothing usable.
 */
function parseRetryAfter(header, body, nowMs) {
    if (header !== undefined && header !== null && header.trim() !== '') {
        const value = header.trim();
        if (/^\d+(\.\d+)?$/.test(value))
            return Math.round(Number(value) * 1000);
        const date = Date.parse(value);
        if (!Number.isNaN(date))
            return Math.max(0, date - nowMs);
    }
    if (body) {
        const match = /try again in (\d+(?:\.\d+)?) ?(second|sec|s\b)/i.exec(body);
        if (match)
            return Math.round(Number(match[1]) * 1000);
    }
    return undefined;
}
/**
 * The wait before retry number `attempt + 1`: what the server asked for when
 * it said (a little jitter on top, so that parallel jobs of one tenant do not
 * return in lock-step), else backoff.
 */
function retryDelay(attempt, policy, retryAfterMs, random = Math.random) {
    if (retryAfterMs !== undefined)
        return retryAfterMs + Math.round(random() * 250);
    return backoffDelay(attempt, policy, random);
}


/***/ }),

/***/ 8268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ createHttpTransport),
/* harmony export */   w: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5864);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/**
 * The one transport under every request (Store API, Azure AD, blob): one
 * HTTP exchange, no retries. It reads each answer itself, so that an answer
 * cut off after its headers fails as a network error (ECONNRESET) instead of
 * hanging, and it fails a request that stays silent (nothing sent, nothing
 * received) for `idleTimeoutMs` as ETIMEDOUT: that is what
 * `request-timeout-seconds` means everywhere. A slow upload that keeps
 * moving bytes is never cut off.
 */




function networkError(message, code) {
    return Object.assign(new Error(message), { code });
}
function createHttpTransport(options) {
    const proxyAware = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(options.userAgent, [], { keepAlive: false });
    const agentFor = options.agentFor ?? ((url) => proxyAware.getAgent(url));
    return {
        request: (method, url, body, headers, signal) => exchange({ method, url, body, headers, signal, agent: agentFor(url), ...options })
    };
}
function exchange(spec) {
    const target = new URL(spec.url);
    const module = target.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_2___default()) : (node_http__WEBPACK_IMPORTED_MODULE_1___default());
    return new Promise((resolve, reject) => {
        if (spec.signal?.aborted)
            return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CancelledError */ .cc());
        let settled = false;
        const finish = (error, response) => {
            if (settled)
                return;
            settled = true;
            spec.signal?.removeEventListener('abort', onAbort);
            if (error) {
                req.destroy();
                reject(error);
            }
            else
                resolve(response);
        };
        const onAbort = () => finish(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CancelledError */ .cc());
        const length = spec.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(spec.body)) };
        const req = module.request(target, {
            method: spec.method,
            agent: spec.agent,
            headers: { 'User-Agent': spec.userAgent, ...spec.headers, ...length }
        });
        req.setTimeout(spec.idleTimeoutMs, () => {
            const seconds = Math.round(spec.idleTimeoutMs / 100) / 10;
            finish(networkError(`Request timeout: no data moved for ${seconds} s`, 'ETIMEDOUT'));
        });
        let answered = false;
        req.on('response', (res) => {
            answered = true;
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
            res.on('aborted', () => finish(networkError('the connection closed in the middle of the answer', 'ECONNRESET')));
            res.on('error', (error) => finish(Object.assign(error, { code: error.code ?? 'ECONNRESET' })));
            res.on('close', () => finish(networkError('the connection closed before the answer was complete', 'ECONNRESET')));
        });
        req.on('error', (error) => finish(error));
        // Safety net: a request that closes without an error or an answer must not hang the step.
        req.on('close', () => answered || finish(networkError('the connection closed without an answer', 'ECONNRESET')));
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        req.end(spec.body);
    });
}
/** One header's value, whatever its case or multiplicity. */
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}


/***/ }),

/***/ 7093:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ signIn)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/request/layer.ts
var request_layer = __nccwpck_require__(3164);
;// CONCATENATED MODULE: ./src/auth.ts
/**
 * Azure AD access tokens for the Store APIs, by client secret or by a GitHub
 * OIDC token (workload identity federation). Caches the token, renews it
 * before it expires (and on demand after a 401), masks every token it sees.
 */


const STORE_RESOURCE = 'https://manage.devcenter.microsoft.com';
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** What Azure AD's error codes usually mean for a user of this action. */
function aadHint(aadCode, credential) {
    switch (aadCode) {
        case 'AADSTS7000215':
        case 'AADSTS7000222':
            return "Check 'client-secret': use the secret's Value (not its Secret ID), and make a new one if it has expired.";
        case 'AADSTS700016':
            return "Check 'client-id' and 'tenant-id': the application is not registered in that tenant.";
        case 'AADSTS90002':
        case 'AADSTS900023':
            return "Check 'tenant-id': no such tenant.";
        case 'AADSTS70021':
        case 'AADSTS700211':
        case 'AADSTS700212':
        case 'AADSTS700213':
            return 'Add a federated credential to the Azure AD app whose issuer is https://token.actions.githubusercontent.com and whose subject matches this job (e.g. repo:OWNER/REPO:ref:refs/tags/v1.0 or repo:OWNER/REPO:environment:NAME), audience api://AzureADTokenExchange.';
        default:
            return credential.kind === 'secret'
                ? "Check 'tenant-id', 'client-id' and 'client-secret'."
                : "Check 'tenant-id', 'client-id' and the app's federated credential for this repository.";
    }
}
class AzureAdTokenSource {
    options;
    cached;
    /** The other endpoint was tried once after a 404: stay on it. */
    triedOther = false;
    /** The v2.0 endpoint, as msstore-cli uses; v1 (the Store docs' own) when the authority does not serve v2.0 (404). */
    endpoint;
    layer;
    dialect;
    constructor(options) {
        this.options = options;
        this.endpoint = options.endpoint ?? 'v2.0';
        this.layer = new request_layer/* RequestLayer */.f(options);
        this.dialect = aadDialect(options.credential, options.authorityHost);
    }
    invalidate() {
        this.cached = undefined;
    }
    async token() {
        const now = this.options.clock.now();
        if (this.cached && now < this.cached.renewAt)
            return this.cached.token;
        const { token, lifetimeMs } = await this.fetchToken();
        // Renew ahead of expiry: 5 minutes early for normal tokens, a quarter early for short-lived ones.
        const margin = Math.min(5 * 60_000, lifetimeMs / 4);
        this.cached = { token, renewAt: this.options.clock.now() + lifetimeMs - margin };
        return token;
    }
    async form() {
        const { credential, clientId } = this.options;
        const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId });
        const resource = this.options.resource ?? STORE_RESOURCE;
        if (this.endpoint === 'v1')
            form.set('resource', resource);
        else
            form.set('scope', `${resource}/.default`);
        if (credential.kind === 'secret') {
            form.set('client_secret', credential.secret);
        }
        else {
            form.set('client_assertion_type', JWT_BEARER);
            form.set('client_assertion', await this.githubIdToken());
        }
        return form.toString();
    }
    /** A fresh GitHub OIDC token for each renewal: they live only minutes. */
    async githubIdToken() {
        let idToken;
        try {
            idToken = await this.options.getIdToken(OIDC_AUDIENCE);
        }
        catch (error) {
            const message = error.message ?? String(error);
            if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)) {
                throw new errors/* ActionError */.lZ("'client-secret' is empty, so the action signs in with GitHub OIDC, but this job cannot get an OIDC token.", {
                    hint: "Add `permissions: id-token: write` (and `contents: read`) to the job or workflow, or set 'client-secret'. Pull requests from forks never get an OIDC token."
                });
            }
            throw new errors/* ActionError */.lZ(`Could not get a GitHub OIDC token: ${message.replace(/\s+/g, ' ').trim()}`, {
                hint: "Check the job's `permissions: id-token: write`, or set 'client-secret'."
            });
        }
        this.options.mask(idToken);
        return idToken;
    }
    async fetchToken() {
        try {
            return await this.requestToken();
        }
        catch (error) {
            if (!(error instanceof errors/* ApiError */.hD) || error.status !== 404 || this.triedOther)
                throw error;
            this.triedOther = true;
            this.endpoint = this.endpoint === 'v1' ? 'v2.0' : 'v1';
            this.options.log(`${error.call} answered HTTP 404; using the ${this.endpoint} endpoint instead.`);
            return this.requestToken();
        }
    }
    async requestToken() {
        const { authorityHost, tenantId, clock } = this.options;
        const path = this.endpoint === 'v1' ? 'oauth2/token' : 'oauth2/v2.0/token';
        const { body } = await this.layer.send({
            call: `Get an Azure AD token (POST /${path})`,
            method: 'POST',
            url: `${authorityHost}/${encodeURIComponent(tenantId)}/${path}`,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/json' },
            body: await this.form(),
            // Asking for a token twice does no harm.
            idempotent: true,
            dialect: this.dialect,
            read: readToken
        });
        this.options.mask(body.access_token);
        return { token: body.access_token, lifetimeMs: lifetimeOf(body, clock.now()) };
    }
}
/** A token answer with a readable access_token; throws (and so is asked again) without one. */
function readToken(response) {
    let body;
    try {
        body = JSON.parse(response.body);
    }
    catch {
        // a garbled answer: reported below
    }
    if (!body || typeof body.access_token !== 'string' || !body.access_token)
        throw new Error('the answer holds no access_token');
    return body;
}
/** Azure AD's error body: `{ error, error_description, error_codes, correlation_id }`. */
function aadDialect(credential, authorityHost) {
    return {
        correlationHeader: 'client-request-id',
        describe: (response) => {
            let parsed = {};
            try {
                parsed = JSON.parse(response.body);
            }
            catch {
                // not JSON: the status alone
            }
            const description = (parsed.error_description ?? '').split(/\r?\n/)[0].trim();
            const aadCode = /AADSTS\d+/.exec(description)?.[0] ?? (parsed.error_codes?.[0] ? `AADSTS${parsed.error_codes[0]}` : undefined);
            return {
                code: parsed.error,
                message: description || undefined,
                detail: aadCode,
                correlationId: parsed.correlation_id
            };
        },
        hint: ({ status, detail }) => {
            if (status === undefined)
                return `Check 'authority-host' (${authorityHost}) and the network.`;
            return status === 400 || status === 401 ? aadHint(detail, credential) : undefined;
        }
    };
}
/** Token lifetime from `expires_in` (v1 answers strings, v2.0 numbers), else `expires_on`; an hour if neither. */
function lifetimeOf(body, nowMs) {
    const expiresIn = Number(body.expires_in);
    if (Number.isFinite(expiresIn) && expiresIn > 0)
        return expiresIn * 1000;
    const expiresOn = Number(body.expires_on);
    if (Number.isFinite(expiresOn) && expiresOn * 1000 > nowMs)
        return expiresOn * 1000 - nowMs;
    return 3600_000;
}

// EXTERNAL MODULE: ./src/request/policy.ts
var policy = __nccwpck_require__(3635);
// EXTERNAL MODULE: ./src/request/transport.ts
var transport = __nccwpck_require__(8268);
;// CONCATENATED MODULE: ./src/sign-in.ts
/**
 * Signing in for either Store API: one transport, one Azure AD token source
 * (client secret or GitHub OIDC) for the API's resource, and the parts every
 * API client on the request layer is built from.
 */



function signIn(settings, deps, audience = {}) {
    const { clock, signal, info } = deps;
    const http = (0,transport/* createHttpTransport */.S)({ userAgent: deps.userAgent, idleTimeoutMs: settings.requestTimeoutMs });
    const common = { http, clock, retry: policy/* defaultRetryPolicy */.ur, log: info, signal };
    const tokens = new AzureAdTokenSource({
        ...common,
        ...audience,
        authorityHost: settings.authorityHost,
        tenantId: settings.tenantId,
        clientId: settings.clientId,
        credential: settings.credential,
        getIdToken: deps.getIdToken,
        mask: deps.mask
    });
    const how = settings.credential.kind === 'secret' ? 'a client secret' : 'GitHub OIDC';
    const forWhat = audience.resource ? ` for ${audience.resource}` : '';
    info(`Signing in to Azure AD tenant ${settings.tenantId} as ${settings.clientId} with ${how}${forWhat}.`);
    return { ...common, tokens };
}


/***/ }),

/***/ 5565:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 5476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ publishedOf),
/* harmony export */   O_: () => (/* binding */ appParent),
/* harmony export */   RH: () => (/* binding */ flightParent),
/* harmony export */   _3: () => (/* binding */ submissionPage),
/* harmony export */   lc: () => (/* binding */ pendingOf),
/* harmony export */   ru: () => (/* binding */ FLIGHT),
/* harmony export */   ui: () => (/* binding */ ADD_ON),
/* harmony export */   uq: () => (/* binding */ APP),
/* harmony export */   vx: () => (/* binding */ addOnParent)
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
function submissionPage(parent, id) {
    return id && parent.kind === APP ? `${DASHBOARD}/${parent.applicationId}/submissions/${id}` : parent.dashboardUrl;
}


/***/ }),

/***/ 5120:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ ROLLOUT_OPEN),
/* harmony export */   O_: () => (/* binding */ ROLLOUT_COMPLETE),
/* harmony export */   a1: () => (/* binding */ changeRollout),
/* harmony export */   kR: () => (/* binding */ ROLLOUT_STOPPED),
/* harmony export */   lw: () => (/* binding */ describeRollout),
/* harmony export */   w: () => (/* binding */ ROLLOUT_IN_PROGRESS),
/* harmony export */   wW: () => (/* binding */ readRollout)
/* harmony export */ });
/* unused harmony exports ROLLOUT_NOT_STARTED, asRollout, rolloutReached */
/* harmony import */ var _request_once_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7096);

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
    const body = await client.get(`${parent.path}/submissions/${submissionId}/packagerollout`, `Read the package rollout of submission ${submissionId}`);
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
                path: `${parent.path}/submissions/${submissionId}/${ENDPOINT[change.action]}${query}`,
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

/***/ 2917:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ windowAccess),
/* harmony export */   KR: () => (/* binding */ inflatedAccess),
/* harmony export */   bH: () => (/* binding */ openFileAccess),
/* harmony export */   g_: () => (/* binding */ NotAZipError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Bytes read by position, from whatever holds them: a file on disk, a window
 * into another source (a zip stored inside a zip, read in place), or a
 * deflated entry inflated on the way. Zip reading needs nothing else, so a
 * package inside an upload file is read without a copy on disk.
 */



class NotAZipError extends Error {
}
function checkRange(size, position, length) {
    if (position < 0 || length < 0 || position + length > size) {
        throw new NotAZipError(`needs bytes ${position} to ${position + length} of ${size} (truncated?)`);
    }
}
/** A file opened for reading by position; close it when done. */
async function openFileAccess(path) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const { size } = await file.stat();
        return {
            size,
            async read(position, length) {
                checkRange(size, position, length);
                const buffer = Buffer.alloc(length);
                let done = 0;
                while (done < length) {
                    const { bytesRead } = await file.read(buffer, done, length - done, position + done);
                    if (bytesRead === 0)
                        throw new NotAZipError(`file ended at ${position + done} of ${size} bytes`);
                    done += bytesRead;
                }
                return buffer;
            },
            close: () => file.close()
        };
    }
    catch (error) {
        await file.close();
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
        stream = node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(compressed()).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createInflateRaw)());
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ readZipEntries),
/* harmony export */   kT: () => (/* binding */ listZipEntries)
/* harmony export */ });
/* unused harmony exports findCentralDirectory, parseCentralDirectory */
/* harmony import */ var _access_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2917);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4632);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3639);
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

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h_: () => (/* binding */ entryAccess),
  wj: () => (/* binding */ localHeaderPlace),
  hB: () => (/* binding */ readEntry)
});

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./src/zip/access.ts
var access = __nccwpck_require__(2917);
// EXTERNAL MODULE: ./src/zip/format.ts
var format = __nccwpck_require__(4632);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./src/zip/names.ts
var names = __nccwpck_require__(3639);
;// CONCATENATED MODULE: ./src/zip/one-pass.ts
/**
 * A deflated zip held in another zip (a bundle deflated in an upload file),
 * inflated once, front to back, keeping only what reading it needs: its
 * last bytes (end record, central directory and the bundle manifest before
 * them), and, as they pass, every local header, the entries whose names are
 * wanted (the manifests), and the end and central directory of every zip
 * stored inside it (the bundle's packages). A read of anything else falls
 * back to inflating again (inflatedAccess): correct, only slower. Memory is
 * the tail plus what is kept, within a budget.
 */





const MiB = 1024 * 1024;
/** The inflated bytes kept behind the newest (a zip's end, directory and manifest fit in it). */
const TAIL = 4 * MiB;
/** At most this much is kept besides the tail; beyond it, reads fall back. */
const BUDGET = 64 * MiB;
/** Kept after a wanted local header whose sizes come after its data (a data descriptor). */
const UNSIZED_ENTRY = MiB;
const COMPRESSED_CHUNK = MiB;
/** What readZipEntries reads from a zip's end: the end record, a comment, the ZIP64 locator. */
const END_SEARCH = format/* FIXED_SIZE */.VJ.end + format/* MAX_COMMENT */.bc + format/* FIXED_SIZE */.VJ.zip64Locator;
/** From an end record back to the start of the Zip64 end record before its locator. */
const ZIP64_END_BEFORE = format/* FIXED_SIZE */.VJ.zip64Locator + format/* FIXED_SIZE */.VJ.zip64End;
/** The inflated stream as it passes: the chunks of its tail, and the ranges kept. */
class Pass {
    size;
    wanted;
    chunks = [];
    tailStart = 0;
    produced = 0;
    kept = [];
    filling = [];
    candidates = [];
    budget = BUDGET;
    constructor(size, wanted) {
        this.size = size;
        this.wanted = wanted;
    }
    /** Bytes [start, end) of the tail (the caller checks they are there). */
    slice(start, end) {
        const parts = [];
        let at = this.tailStart;
        for (const chunk of this.chunks) {
            const from = Math.max(start, at);
            const to = Math.min(end, at + chunk.length);
            if (from < to)
                parts.push(chunk.subarray(from - at, to - at));
            at += chunk.length;
        }
        return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    }
    add(chunk) {
        const start = this.produced;
        this.chunks.push(chunk);
        this.produced += chunk.length;
        for (const kept of this.filling)
            kept.parts.push(chunk.subarray(0, Math.max(0, kept.end - start)));
        this.filling = this.filling.filter((kept) => !this.finishIfFilled(kept));
        this.findSignatures(start, chunk);
        this.candidates = this.candidates.filter((at) => !this.examine(at));
        while (this.chunks.length > 1 && this.produced - (this.tailStart + this.chunks[0].length) >= TAIL) {
            this.tailStart += this.chunks.shift().length;
        }
    }
    /** Where a local header or an end record may start: across the last chunk boundary, then in the new chunk. */
    findSignatures(chunkStart, chunk) {
        const from = Math.max(this.tailStart, chunkStart - 3);
        if (from < chunkStart)
            this.scan(this.slice(from, Math.min(chunkStart + 3, this.produced)), from, chunkStart);
        this.scan(chunk, chunkStart, Infinity);
    }
    /** Candidates in `bytes` (which start at `offset`) that start before `before`. */
    scan(bytes, offset, before) {
        for (let at = bytes.indexOf('PK'); at >= 0 && at + 4 <= bytes.length; at = bytes.indexOf('PK', at + 1)) {
            const signature = bytes.readUInt32LE(at);
            if ((signature === format/* SIGNATURE */.J2.localHeader || signature === format/* SIGNATURE */.J2.end) && offset + at < before) {
                this.candidates.push(offset + at);
            }
        }
    }
    /** Keeps what a candidate needs once its fixed part is there; true when done with it. */
    examine(at) {
        if (at < this.tailStart)
            return true;
        if (this.slice(at, at + 4).readUInt32LE(0) === format/* SIGNATURE */.J2.end) {
            if (at + format/* FIXED_SIZE */.VJ.end > this.produced)
                return false;
            const record = this.slice(at, at + format/* FIXED_SIZE */.VJ.end);
            const end = at + format/* FIXED_SIZE */.VJ.end + record.readUInt16LE(20);
            let directorySize = record.readUInt32LE(12);
            if (directorySize === format/* ZIP32_MAX */.Ar && at >= ZIP64_END_BEFORE + this.tailStart) {
                const zip64 = this.slice(at - ZIP64_END_BEFORE, at - format/* FIXED_SIZE */.VJ.zip64Locator);
                if (zip64.readUInt32LE(0) === format/* SIGNATURE */.J2.zip64End)
                    directorySize = Number(zip64.readBigUInt64LE(40));
            }
            this.keep(Math.min(end - END_SEARCH, at - ZIP64_END_BEFORE - directorySize), end);
            return true;
        }
        if (at + format/* FIXED_SIZE */.VJ.localHeader > this.produced)
            return false;
        const header = this.slice(at, at + format/* FIXED_SIZE */.VJ.localHeader);
        const nameEnd = at + format/* FIXED_SIZE */.VJ.localHeader + header.readUInt16LE(26);
        const headerEnd = nameEnd + header.readUInt16LE(28);
        if (headerEnd > this.produced)
            return false;
        const name = (0,names/* decodeEntryName */.KJ)(this.slice(at + format/* FIXED_SIZE */.VJ.localHeader, nameEnd), this.slice(nameEnd, headerEnd));
        const compressed = header.readUInt32LE(18);
        const sized = compressed !== format/* ZIP32_MAX */.Ar && !(header.readUInt16LE(6) & format/* FLAG_DATA_DESCRIPTOR */.wR && compressed === 0);
        this.keep(at, this.wanted(name) ? headerEnd + (sized ? compressed : UNSIZED_ENTRY) : headerEnd);
        return true;
    }
    keep(start, end) {
        const from = Math.max(start, this.tailStart, 0);
        const to = Math.min(end, this.size);
        if (from >= to || to - from > this.budget)
            return;
        this.budget -= to - from;
        const kept = { start: from, end: to, parts: [Buffer.from(this.slice(from, Math.min(to, this.produced)))] };
        if (!this.finishIfFilled(kept))
            this.filling.push(kept);
    }
    finishIfFilled(kept) {
        if (this.produced < kept.end && this.produced < this.size)
            return false;
        kept.data = Buffer.concat(kept.parts).subarray(0, kept.end - kept.start);
        kept.end = kept.start + kept.data.length;
        kept.parts = [];
        this.kept.push(kept);
        return true;
    }
    /** After the last chunk: what is still filling is kept as far as it got, and the tail is kept too. */
    finish() {
        this.filling.forEach((kept) => this.finishIfFilled(kept));
        this.filling = [];
        const tail = Buffer.concat(this.chunks);
        this.kept.push({ start: this.tailStart, end: this.produced, parts: [], data: tail });
        this.chunks = [];
    }
}
/**
 * The deflated stream in `compressed`, inflated once now, as a RandomAccess
 * over its `size` inflated bytes. `wanted` says which entries' data to keep
 * (by the name in their local header), wherever they are.
 */
async function inflateOnce(compressed, size, wanted) {
    const pass = new Pass(size, wanted);
    async function* chunks() {
        for (let at = 0; at < compressed.size; at += COMPRESSED_CHUNK) {
            yield await compressed.read(at, Math.min(COMPRESSED_CHUNK, compressed.size - at));
        }
    }
    try {
        for await (const chunk of external_node_stream_.Readable.from(chunks()).pipe((0,external_node_zlib_.createInflateRaw)()))
            pass.add(chunk);
    }
    catch (error) {
        if (error instanceof access/* NotAZipError */.g_)
            throw error;
        throw new access/* NotAZipError */.g_(`cannot inflate: ${error.message}`);
    }
    if (pass.produced !== size)
        throw new access/* NotAZipError */.g_(`deflated data gives ${pass.produced} of ${size} bytes`);
    pass.finish();
    let fallback;
    return {
        size,
        close: () => fallback?.close(),
        read(position, length) {
            const kept = pass.kept.find((k) => k.start <= position && position + length <= k.end);
            if (kept?.data)
                return Promise.resolve(Buffer.from(kept.data.subarray(position - kept.start, position - kept.start + length)));
            fallback ??= (0,access/* inflatedAccess */.KR)(compressed, size);
            return fallback.read(position, length);
        }
    };
}

;// CONCATENATED MODULE: ./src/zip/entry.ts
/**
 * Reads one entry of a zip whose directory directory.ts has read: its bytes
 * in place when stored (a package inside an upload file is read without a
 * copy), inflated on the way when deflated, or whole and checked against its
 * CRC-32 when small (a manifest).
 */




/** Reads the entry's local header (its fixed part) to find where its extra fields and its data are. */
async function localHeaderPlace(source, entry) {
    const header = await source.read(entry.localHeaderOffset, format/* FIXED_SIZE */.VJ.localHeader);
    if (header.readUInt32LE(0) !== format/* SIGNATURE */.J2.localHeader) {
        throw new access/* NotAZipError */.g_(`no local header for '${entry.name}' at byte ${entry.localHeaderOffset}`);
    }
    const extraOffset = entry.localHeaderOffset + format/* FIXED_SIZE */.VJ.localHeader + header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    return { extraOffset, extraLength, dataOffset: extraOffset + extraLength };
}
async function dataOffset(source, entry) {
    return (await localHeaderPlace(source, entry)).dataOffset;
}
function checkReadable(entry) {
    if (entry.flags & format/* FLAG_ENCRYPTED */.uM)
        throw new access/* NotAZipError */.g_(`entry '${entry.name}' is encrypted`);
    if (entry.method !== format/* STORED */.SD && entry.method !== format/* DEFLATED */.aE) {
        throw new access/* NotAZipError */.g_(`entry '${entry.name}' uses compression method ${entry.method} (only stored and deflated)`);
    }
}
/**
 * The entry's uncompressed bytes as a RandomAccess: in place when stored, inflated
 * on the way when deflated (close it when done). Nothing is copied. With `keep`
 * (the entry is a zip to read), a deflated entry is inflated once, now, keeping
 * its tail, local headers and the entries `keep` names (see zip/one-pass.ts).
 */
async function entryAccess(source, entry, keep) {
    checkReadable(entry);
    const compressed = (0,access/* windowAccess */.HC)(source, await dataOffset(source, entry), entry.compressedSize);
    if (entry.method === format/* STORED */.SD)
        return compressed;
    return keep
        ? inflateOnce(compressed, entry.uncompressedSize, keep)
        : (0,access/* inflatedAccess */.KR)(compressed, entry.uncompressedSize);
}
function inflate(compressed, limit) {
    return new Promise((resolve, reject) => (0,external_node_zlib_.inflateRaw)(compressed, { maxOutputLength: Math.max(limit, 1) }, (error, data) => error ? reject(error) : resolve(data)));
}
/** One whole (small) entry, checked against its CRC-32; `limit` guards against a huge one. */
async function readEntry(source, entry, limit) {
    checkReadable(entry);
    if (entry.uncompressedSize > limit) {
        throw new access/* NotAZipError */.g_(`entry '${entry.name}' is ${entry.uncompressedSize} bytes (more than ${limit})`);
    }
    const compressed = await source.read(await dataOffset(source, entry), entry.compressedSize);
    let data = compressed;
    if (entry.method === format/* DEFLATED */.aE) {
        try {
            data = await inflate(compressed, limit);
        }
        catch (error) {
            throw new access/* NotAZipError */.g_(`cannot inflate '${entry.name}': ${error.message}`);
        }
    }
    if (data.length !== entry.uncompressedSize || (0,external_node_zlib_.crc32)(data) !== entry.crc32) {
        throw new access/* NotAZipError */.g_(`entry '${entry.name}' is corrupt (its size or CRC-32 does not match the directory)`);
    }
    return data;
}


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KJ: () => (/* binding */ decodeEntryName)
/* harmony export */ });
/* unused harmony exports decodeCp437, decodeUtf8Strict */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4632);
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
    const field = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .findExtraField */ .gP)(extra, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .UNICODE_PATH_EXTRA_ID */ .bb);
    if (!field || field.length < 5 || field[0] !== 1)
        return undefined;
    if (field.readUInt32LE(1) !== (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(rawName))
        return undefined;
    return decodeUtf8Strict(field.subarray(5));
}
/** An entry's name from its raw bytes and its extra block. The UTF-8 flag (bit 11) is not needed to read UTF-8. */
function decodeEntryName(rawName, extra = Buffer.alloc(0)) {
    return unicodePath(rawName, extra) ?? decodeUtf8Strict(rawName) ?? decodeCp437(rawName);
}


/***/ }),

/***/ 6680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ normalizeZipPath)
/* harmony export */ });
/**
 * The one rule for "the same path in a zip", used wherever a path is
 * compared: a submission's `fileName` against the zip's entries, two entries
 * of the upload zip, two packages' file names, two listing images, a part
 * name in a package. The Store treats `\` and `/` alike and ignores case
 * (store-api.md, "The zip and the blob upload"); a leading `./` or `/` names
 * the same entry. Inner `./` and `../` segments are kept: they are not
 * resolved, so they never make two paths the same. Pure.
 */
/** The form two paths share when the Store takes them for one entry. */
function normalizeZipPath(name) {
    return name
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .toLowerCase();
}


/***/ }),

/***/ 5932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dn: () => (/* binding */ planZip)
});

// UNUSED EXPORTS: checkUniquePaths, zipName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/zip/access.ts
var access = __nccwpck_require__(2917);
// EXTERNAL MODULE: ./src/zip/directory.ts
var directory = __nccwpck_require__(3960);
// EXTERNAL MODULE: ./src/zip/entry.ts + 1 modules
var zip_entry = __nccwpck_require__(9979);
// EXTERNAL MODULE: ./src/zip/format.ts
var format = __nccwpck_require__(4632);
;// CONCATENATED MODULE: ./src/zip/copy.ts
/**
 * The entries of an existing zip (`package-zip`) as what copying them raw
 * needs: the central directory's record of each (directory.ts), where its
 * compressed bytes start, and its extra fields without the ZIP64 one (the
 * writer writes its own). Reads the tail, the directory and each local
 * header; nothing else.
 */




const withoutZip64 = (extra) => (0,format/* withoutExtraField */.Fg)(extra, format/* ZIP64_EXTRA_ID */.pi);
async function toCopy(zip, entry) {
    const { extraOffset, extraLength, dataOffset } = await (0,zip_entry/* localHeaderPlace */.wj)(zip, entry);
    if (dataOffset + entry.compressedSize > zip.size) {
        throw new access/* NotAZipError */.g_(`entry '${entry.name}' runs past the end of the file`);
    }
    return {
        entry,
        dataOffset,
        localExtra: withoutZip64(await zip.read(extraOffset, extraLength)),
        centralExtra: withoutZip64(entry.raw.extra)
    };
}
/** Every entry of the zip at `path`, in central directory order, and the zip's size. */
async function readEntriesToCopy(path) {
    const zip = await (0,access/* openFileAccess */.bH)(path);
    try {
        const entries = [];
        for (const entry of await (0,directory/* readZipEntries */.YJ)(zip))
            entries.push(await toCopy(zip, entry));
        return { entries, size: zip.size };
    }
    finally {
        await zip.close();
    }
}

// EXTERNAL MODULE: ./src/zip/path.ts
var path = __nccwpck_require__(6680);
// EXTERNAL MODULE: ./src/zip/records.ts
var records = __nccwpck_require__(8269);
;// CONCATENATED MODULE: ./src/zip/plan.ts
/**
 * What goes where in the upload zip, decided before its first byte: each
 * entry's records and offset, and the zip's exact size. Files on disk are
 * stat-ed (STORED, behind a data descriptor); the entries of an existing zip
 * are read from its central directory, to be copied raw. Paths are checked:
 * relative, and no two alike by the one path rule (path.ts), before any
 * file is read.
 */






const nodeFileSystem = { stat: promises_.stat, open: (path) => (0,promises_.open)(path, 'r') };
/** Fails on two entries the Store would take for one (path.ts: case, `\` and `/`, a leading `./`); pure. */
function checkUniquePaths(names) {
    const seen = new Map();
    for (const entry of names) {
        const key = (0,path/* normalizeZipPath */.I)(entry.name);
        const first = seen.get(key);
        if (first) {
            throw new errors/* ActionError */.lZ(`Two entries would be stored at one path in the upload zip: '${first.name}' (${first.origin}) and '${entry.name}' (${entry.origin}).`, { hint: 'Paths in the zip are compared ignoring case, with \\ and / alike: rename or drop one of them.' });
        }
        seen.set(key, entry);
    }
}
/** The stored name of a file entry, checked; pure. */
function zipName(zipPath) {
    const name = zipPath.replace(/\\/g, '/');
    if (!name || name.endsWith('/') || /^\/|^[A-Za-z]:|(^|\/)\.\.?(\/|$)/.test(name)) {
        throw new errors/* ActionError */.lZ(`'${zipPath}' cannot be a file's path in the upload zip: it must be relative, no . or .. parts.`);
    }
    const bytes = Buffer.from(name, 'utf8');
    if (bytes.length > 0xffff)
        throw new errors/* ActionError */.lZ(`The zip path '${name.slice(0, 80)}...' is longer than 65535 bytes.`);
    return bytes;
}
async function fileRecord(file, fileSystem) {
    const name = zipName(file.zipPath);
    let info;
    try {
        info = await fileSystem.stat(file.diskPath);
    }
    catch (err) {
        throw new errors/* ActionError */.lZ(`Cannot read ${file.diskPath}: ${err.message}.`, { cause: err });
    }
    if (!info.isFile())
        throw new errors/* ActionError */.lZ(`${file.diskPath} is not a file; only files can go into the upload zip.`);
    const record = {
        name,
        flags: format/* FLAG_UTF8 */.Tq | format/* FLAG_DATA_DESCRIPTOR */.wR,
        method: format/* STORED */.SD,
        ...(0,records/* dosDateTime */.y8)(info.mtime),
        crc: 0,
        compressedSize: info.size,
        size: info.size,
        offset: 0,
        versionMadeBy: format/* VERSION_ZIP64 */.nZ,
        versionNeeded: 0,
        externalAttributes: 0,
        localExtra: Buffer.alloc(0),
        centralExtra: Buffer.alloc(0)
    };
    return { record, from: 'file', diskPath: file.diskPath };
}
function copiedRecord({ entry, dataOffset, localExtra, centralExtra }, path) {
    if (entry.flags & format/* FLAG_ENCRYPTED */.uM) {
        throw new errors/* ActionError */.lZ(`'package-zip' entry '${entry.name}' is encrypted (${path}); the Store cannot read it.`, {
            hint: 'Zip it again without a password.'
        });
    }
    const record = {
        name: entry.raw.name,
        // Sizes and CRC-32 are known, so they go in the local header: no data descriptor.
        flags: entry.flags & ~format/* FLAG_DATA_DESCRIPTOR */.wR,
        method: entry.method,
        time: entry.raw.time,
        date: entry.raw.date,
        crc: entry.crc32,
        compressedSize: entry.compressedSize,
        size: entry.uncompressedSize,
        offset: 0,
        versionMadeBy: entry.raw.versionMadeBy,
        versionNeeded: entry.raw.versionNeeded,
        externalAttributes: entry.raw.externalAttributes,
        localExtra,
        centralExtra
    };
    return { record, from: 'zip', dataOffset };
}
async function packageZipRecords(path) {
    try {
        const { entries, size } = await readEntriesToCopy(path);
        const names = entries.map(({ entry }) => ({ name: entry.name, origin: `in ${path}` }));
        return { entries: entries.map((entry) => copiedRecord(entry, path)), names, size };
    }
    catch (err) {
        if (err instanceof errors/* ActionError */.lZ)
            throw err;
        throw new errors/* ActionError */.lZ(`'package-zip' is not a readable zip: ${path}: ${err.message}.`, { cause: err });
    }
}
/** Gives each entry its offset and the zip its size; the records' sizes are all known. */
function layOut(entries, fileSystem, packageZip) {
    let offset = 0;
    const placed = entries.map((entry) => {
        const record = { ...entry.record, offset };
        offset += (0,records/* localHeaderLength */.$R)(record) + record.compressedSize;
        if (entry.from === 'file')
            offset += (0,records/* dataDescriptorLength */.Mn)(record);
        return { ...entry, record };
    });
    const centralSize = placed.reduce((sum, entry) => sum + (0,records/* centralHeaderLength */.Zf)(entry.record), 0);
    const size = offset + centralSize + (0,records/* endRecordsLength */.Uh)({ entries: placed.length, size: centralSize, offset });
    return { entries: placed, fileSystem, packageZip, centralOffset: offset, centralSize, size };
}
/** Plans the zip of `input`: duplicate paths, the package zip's directory, the files' sizes, the layout. */
async function planZip(input) {
    checkUniquePaths(input.files.map((file) => ({ name: file.zipPath, origin: file.diskPath })));
    const copied = input.packageZip ? await packageZipRecords(input.packageZip) : undefined;
    checkUniquePaths([
        ...(copied?.names ?? []),
        ...input.files.map((file) => ({ name: file.zipPath, origin: file.diskPath }))
    ]);
    const fileSystem = input.fileSystem ?? nodeFileSystem;
    const files = await Promise.all(input.files.map((file) => fileRecord(file, fileSystem)));
    const packageZip = copied && input.packageZip ? { path: input.packageZip, size: copied.size } : undefined;
    return layOut([...(copied?.entries ?? []), ...files], fileSystem, packageZip);
}


/***/ }),

/***/ 8269:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ localHeader),
/* harmony export */   $R: () => (/* binding */ localHeaderLength),
/* harmony export */   E7: () => (/* binding */ dataDescriptor),
/* harmony export */   Mn: () => (/* binding */ dataDescriptorLength),
/* harmony export */   Uh: () => (/* binding */ endRecordsLength),
/* harmony export */   Zf: () => (/* binding */ centralHeaderLength),
/* harmony export */   j: () => (/* binding */ centralHeader),
/* harmony export */   sp: () => (/* binding */ endRecords),
/* harmony export */   y8: () => (/* binding */ dosDateTime)
/* harmony export */ });
/* unused harmony exports needsZip64Sizes, needsZip64End */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4632);
/**
 * The fixed records of a zip file (PKWARE APPNOTE.TXT 6.3.10), built as
 * buffers; pure. Sizes and offsets are plain numbers (exact up to 2^53).
 * A size or offset of 0xFFFFFFFF or more goes into a Zip64 extended
 * information extra field (APPNOTE 4.5.3), the field it would have filled
 * holding 0xFFFFFFFF. Kept by hand, not a library: see write.ts.
 */

/** Whether the entry's sizes need Zip64 (then its local header has a Zip64 field and its descriptor 8-byte sizes). */
function needsZip64Sizes(record) {
    return record.size >= _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar || record.compressedSize >= _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar;
}
function versionNeeded(record, zip64) {
    return Math.max(record.versionNeeded & 0xff, zip64 ? _format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_ZIP64 */ .nZ : _format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_DEFAULT */ .vF);
}
function zip64Extra(values) {
    if (values.length === 0)
        return Buffer.alloc(0);
    const extra = Buffer.alloc(4 + 8 * values.length);
    extra.writeUInt16LE(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP64_EXTRA_ID */ .pi, 0);
    extra.writeUInt16LE(8 * values.length, 2);
    values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
    return extra;
}
/** The fields the local and central headers share, in one order (version needed to CRC-32), from byte `at`. */
function writeSharedFields(header, at, record, version, crc) {
    header.writeUInt16LE(version, at);
    header.writeUInt16LE(record.flags, at + 2);
    header.writeUInt16LE(record.method, at + 4);
    header.writeUInt16LE(record.time, at + 6);
    header.writeUInt16LE(record.date, at + 8);
    header.writeUInt32LE(crc, at + 10);
}
/** The local header's length; the same as `localHeader(record).length`, without building it. */
function localHeaderLength(record) {
    return _format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.localHeader + record.name.length + (needsZip64Sizes(record) ? 20 : 0) + record.localExtra.length;
}
/**
 * The local file header. With a data descriptor (flag bit 3) its CRC-32 and sizes are zero (APPNOTE 4.4.4);
 * a Zip64 entry then holds 0xFFFFFFFF there and zeros in its Zip64 field, which carries both sizes (4.5.3).
 */
function localHeader(record) {
    const zip64 = needsZip64Sizes(record);
    const deferred = (record.flags & _format_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_DATA_DESCRIPTOR */ .wR) !== 0;
    const sizes = zip64 ? (deferred ? [0, 0] : [record.size, record.compressedSize]) : [];
    const extra = Buffer.concat([zip64Extra(sizes), record.localExtra]);
    const header = Buffer.alloc(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.localHeader);
    header.writeUInt32LE(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE */ .J2.localHeader, 0);
    writeSharedFields(header, 4, record, versionNeeded(record, zip64), deferred ? 0 : record.crc);
    header.writeUInt32LE(zip64 ? _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar : deferred ? 0 : record.compressedSize, 18);
    header.writeUInt32LE(zip64 ? _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar : deferred ? 0 : record.size, 22);
    header.writeUInt16LE(record.name.length, 26);
    header.writeUInt16LE(extra.length, 28);
    return Buffer.concat([header, record.name, extra]);
}
/** The data descriptor's length: 8-byte sizes when the local header has a Zip64 field (APPNOTE 4.3.9). */
function dataDescriptorLength(record) {
    return needsZip64Sizes(record) ? 24 : 16;
}
/** The data descriptor, with its (optional, always written) signature. */
function dataDescriptor(record) {
    const zip64 = needsZip64Sizes(record);
    const descriptor = Buffer.alloc(dataDescriptorLength(record));
    descriptor.writeUInt32LE(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE */ .J2.dataDescriptor, 0);
    descriptor.writeUInt32LE(record.crc, 4);
    if (zip64) {
        descriptor.writeBigUInt64LE(BigInt(record.compressedSize), 8);
        descriptor.writeBigUInt64LE(BigInt(record.size), 16);
    }
    else {
        descriptor.writeUInt32LE(record.compressedSize, 8);
        descriptor.writeUInt32LE(record.size, 12);
    }
    return descriptor;
}
/** The values of the central header's Zip64 field, in APPNOTE's order: only those too large for their field. */
function centralZip64Values(record) {
    return [record.size, record.compressedSize, record.offset].filter((value) => value >= _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar);
}
function centralHeaderLength(record) {
    const zip64Values = centralZip64Values(record).length;
    return (_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.centralHeader + record.name.length + (zip64Values ? 4 + 8 * zip64Values : 0) + record.centralExtra.length);
}
/** The central directory file header. */
function centralHeader(record) {
    const zip64Values = centralZip64Values(record);
    const extra = Buffer.concat([zip64Extra(zip64Values), record.centralExtra]);
    const zip64 = zip64Values.length > 0 || needsZip64Sizes(record);
    const header = Buffer.alloc(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.centralHeader);
    header.writeUInt32LE(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE */ .J2.centralHeader, 0);
    header.writeUInt16LE(record.versionMadeBy, 4);
    writeSharedFields(header, 6, record, versionNeeded(record, zip64), record.crc);
    header.writeUInt32LE(Math.min(record.compressedSize, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar), 20);
    header.writeUInt32LE(Math.min(record.size, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar), 24);
    header.writeUInt16LE(record.name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    // comment length, disk number start, internal attributes: 0
    header.writeUInt32LE(record.externalAttributes >>> 0, 38);
    header.writeUInt32LE(Math.min(record.offset, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar), 42);
    return Buffer.concat([header, record.name, extra]);
}
/** Whether the end of the zip needs the Zip64 end-of-central-directory record and locator (APPNOTE 4.4.1.4). */
function needsZip64End(place) {
    return place.entries >= _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX_ENTRIES */ .pl || place.size >= _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar || place.offset >= _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar;
}
function endRecordsLength(place) {
    return (needsZip64End(place) ? _format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.zip64End + _format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.zip64Locator : 0) + _format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.end;
}
/**
 * What follows the central directory: the Zip64 end record and its locator when needed, then the end record,
 * whose fields that overflow hold 0xFFFF or 0xFFFFFFFF.
 */
function endRecords(place) {
    const parts = [];
    if (needsZip64End(place)) {
        const zip64End = Buffer.alloc(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.zip64End);
        zip64End.writeUInt32LE(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE */ .J2.zip64End, 0);
        zip64End.writeBigUInt64LE(BigInt(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.zip64End - 12), 4);
        zip64End.writeUInt16LE(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_ZIP64 */ .nZ, 12);
        zip64End.writeUInt16LE(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_ZIP64 */ .nZ, 14);
        // number of this disk, disk where the central directory starts: 0
        zip64End.writeBigUInt64LE(BigInt(place.entries), 24);
        zip64End.writeBigUInt64LE(BigInt(place.entries), 32);
        zip64End.writeBigUInt64LE(BigInt(place.size), 40);
        zip64End.writeBigUInt64LE(BigInt(place.offset), 48);
        const locator = Buffer.alloc(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.zip64Locator);
        locator.writeUInt32LE(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE */ .J2.zip64Locator, 0);
        locator.writeBigUInt64LE(BigInt(place.offset + place.size), 8);
        locator.writeUInt32LE(1, 16);
        parts.push(zip64End, locator);
    }
    const end = Buffer.alloc(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FIXED_SIZE */ .VJ.end);
    end.writeUInt32LE(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE */ .J2.end, 0);
    end.writeUInt16LE(Math.min(place.entries, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX_ENTRIES */ .pl), 8);
    end.writeUInt16LE(Math.min(place.entries, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX_ENTRIES */ .pl), 10);
    end.writeUInt32LE(Math.min(place.size, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar), 12);
    end.writeUInt32LE(Math.min(place.offset, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP32_MAX */ .Ar), 16);
    parts.push(end);
    return Buffer.concat(parts);
}
/** MS-DOS time and date (local time, 2-second steps), clamped to the years the format holds (1980-2107). */
function dosDateTime(when) {
    const year = when.getFullYear();
    if (year < 1980)
        return { time: 0, date: (1 << 5) | 1 };
    if (year > 2107)
        return { time: (23 << 11) | (59 << 5) | 29, date: (127 << 9) | (12 << 5) | 31 };
    return {
        time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
        date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate()
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


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
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
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

/***/ 4929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  create: () => (/* binding */ create),
  hashFiles: () => (/* binding */ glob_hashFiles)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __nccwpck_require__(8476);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-glob-options-helper.js

/**
 * Returns a copy with defaults filled in.
 */
function getOptions(copy) {
    const result = {
        followSymbolicLinks: true,
        implicitDescendants: true,
        matchDirectories: true,
        omitBrokenSymbolicLinks: true,
        excludeHiddenFiles: false
    };
    if (copy) {
        if (typeof copy.followSymbolicLinks === 'boolean') {
            result.followSymbolicLinks = copy.followSymbolicLinks;
            core/* debug */.Yz(`followSymbolicLinks '${result.followSymbolicLinks}'`);
        }
        if (typeof copy.implicitDescendants === 'boolean') {
            result.implicitDescendants = copy.implicitDescendants;
            core/* debug */.Yz(`implicitDescendants '${result.implicitDescendants}'`);
        }
        if (typeof copy.matchDirectories === 'boolean') {
            result.matchDirectories = copy.matchDirectories;
            core/* debug */.Yz(`matchDirectories '${result.matchDirectories}'`);
        }
        if (typeof copy.omitBrokenSymbolicLinks === 'boolean') {
            result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
            core/* debug */.Yz(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
        }
        if (typeof copy.excludeHiddenFiles === 'boolean') {
            result.excludeHiddenFiles = copy.excludeHiddenFiles;
            core/* debug */.Yz(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
        }
    }
    return result;
}
//# sourceMappingURL=internal-glob-options-helper.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path-helper.js


const IS_WINDOWS = process.platform === 'win32';
/**
 * Similar to path.dirname except normalizes the path separators and slightly better handling for Windows UNC paths.
 *
 * For example, on Linux/macOS:
 * - `/               => /`
 * - `/hello          => /`
 *
 * For example, on Windows:
 * - `C:\             => C:\`
 * - `C:\hello        => C:\`
 * - `C:              => C:`
 * - `C:hello         => C:`
 * - `\               => \`
 * - `\hello          => \`
 * - `\\hello         => \\hello`
 * - `\\hello\world   => \\hello\world`
 */
function dirname(p) {
    // Normalize slashes and trim unnecessary trailing slash
    p = safeTrimTrailingSeparator(p);
    // Windows UNC root, e.g. \\hello or \\hello\world
    if (IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
        return p;
    }
    // Get dirname
    let result = external_path_.dirname(p);
    // Trim trailing slash for Windows UNC root, e.g. \\hello\world\
    if (IS_WINDOWS && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
        result = safeTrimTrailingSeparator(result);
    }
    return result;
}
/**
 * Roots the path if not already rooted. On Windows, relative roots like `\`
 * or `C:` are expanded based on the current working directory.
 */
function ensureAbsoluteRoot(root, itemPath) {
    external_assert_(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
    external_assert_(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Already rooted
    if (hasAbsoluteRoot(itemPath)) {
        return itemPath;
    }
    // Windows
    if (IS_WINDOWS) {
        // Check for itemPath like C: or C:foo
        if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
            let cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            // Drive letter matches cwd? Expand to cwd
            if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
                // Drive only, e.g. C:
                if (itemPath.length === 2) {
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}`;
                }
                // Drive + path, e.g. C:foo
                else {
                    if (!cwd.endsWith('\\')) {
                        cwd += '\\';
                    }
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
                }
            }
            // Different drive
            else {
                return `${itemPath[0]}:\\${itemPath.substr(2)}`;
            }
        }
        // Check for itemPath like \ or \foo
        else if (normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
            const cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            return `${cwd[0]}:\\${itemPath.substr(1)}`;
        }
    }
    external_assert_(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
    // Otherwise ensure root ends with a separator
    if (root.endsWith('/') || (IS_WINDOWS && root.endsWith('\\'))) {
        // Intentionally empty
    }
    else {
        // Append separator
        root += external_path_.sep;
    }
    return root + itemPath;
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\\hello\share` and `C:\hello` (and using alternate separator).
 */
function hasAbsoluteRoot(itemPath) {
    external_assert_(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = normalizeSeparators(itemPath);
    // Windows
    if (IS_WINDOWS) {
        // E.g. \\hello\share or C:\hello
        return itemPath.startsWith('\\\\') || /^[A-Z]:\\/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\`, `\hello`, `\\hello\share`, `C:`, and `C:\hello` (and using alternate separator).
 */
function hasRoot(itemPath) {
    external_assert_(itemPath, `isRooted parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = normalizeSeparators(itemPath);
    // Windows
    if (IS_WINDOWS) {
        // E.g. \ or \hello or \\hello
        // E.g. C: or C:\hello
        return itemPath.startsWith('\\') || /^[A-Z]:/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * Removes redundant slashes and converts `/` to `\` on Windows
 */
function normalizeSeparators(p) {
    p = p || '';
    // Windows
    if (IS_WINDOWS) {
        // Convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // Remove redundant slashes
        const isUnc = /^\\\\+[^\\]/.test(p); // e.g. \\hello
        return (isUnc ? '\\' : '') + p.replace(/\\\\+/g, '\\'); // preserve leading \\ for UNC
    }
    // Remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
/**
 * Normalizes the path separators and trims the trailing separator (when safe).
 * For example, `/foo/ => /foo` but `/ => /`
 */
function safeTrimTrailingSeparator(p) {
    // Short-circuit if empty
    if (!p) {
        return '';
    }
    // Normalize separators
    p = normalizeSeparators(p);
    // No trailing slash
    if (!p.endsWith(external_path_.sep)) {
        return p;
    }
    // Check '/' on Linux/macOS and '\' on Windows
    if (p === external_path_.sep) {
        return p;
    }
    // On Windows check if drive root. E.g. C:\
    if (IS_WINDOWS && /^[A-Z]:\\$/i.test(p)) {
        return p;
    }
    // Otherwise trim trailing slash
    return p.substr(0, p.length - 1);
}
//# sourceMappingURL=internal-path-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-match-kind.js
/**
 * Indicates whether a pattern matches a path
 */
var MatchKind;
(function (MatchKind) {
    /** Not matched */
    MatchKind[MatchKind["None"] = 0] = "None";
    /** Matched if the path is a directory */
    MatchKind[MatchKind["Directory"] = 1] = "Directory";
    /** Matched if the path is a regular file */
    MatchKind[MatchKind["File"] = 2] = "File";
    /** Matched */
    MatchKind[MatchKind["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));
//# sourceMappingURL=internal-match-kind.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern-helper.js


const internal_pattern_helper_IS_WINDOWS = process.platform === 'win32';
/**
 * Given an array of patterns, returns an array of paths to search.
 * Duplicates and paths under other included paths are filtered out.
 */
function getSearchPaths(patterns) {
    // Ignore negate patterns
    patterns = patterns.filter(x => !x.negate);
    // Create a map of all search paths
    const searchPathMap = {};
    for (const pattern of patterns) {
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        searchPathMap[key] = 'candidate';
    }
    const result = [];
    for (const pattern of patterns) {
        // Check if already included
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        if (searchPathMap[key] === 'included') {
            continue;
        }
        // Check for an ancestor search path
        let foundAncestor = false;
        let tempKey = key;
        let parent = dirname(tempKey);
        while (parent !== tempKey) {
            if (searchPathMap[parent]) {
                foundAncestor = true;
                break;
            }
            tempKey = parent;
            parent = dirname(tempKey);
        }
        // Include the search pattern in the result
        if (!foundAncestor) {
            result.push(pattern.searchPath);
            searchPathMap[key] = 'included';
        }
    }
    return result;
}
/**
 * Matches the patterns against the path
 */
function internal_pattern_helper_match(patterns, itemPath) {
    let result = MatchKind.None;
    for (const pattern of patterns) {
        if (pattern.negate) {
            result &= ~pattern.match(itemPath);
        }
        else {
            result |= pattern.match(itemPath);
        }
    }
    return result;
}
/**
 * Checks whether to descend further into the directory
 */
function internal_pattern_helper_partialMatch(patterns, itemPath) {
    return patterns.some(x => !x.negate && x.partialMatch(itemPath));
}
//# sourceMappingURL=internal-pattern-helper.js.map
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/glob/node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path.js



const internal_path_IS_WINDOWS = process.platform === 'win32';
/**
 * Helper class for parsing paths into segments
 */
class Path {
    /**
     * Constructs a Path
     * @param itemPath Path or array of segments
     */
    constructor(itemPath) {
        this.segments = [];
        // String
        if (typeof itemPath === 'string') {
            external_assert_(itemPath, `Parameter 'itemPath' must not be empty`);
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
            // Not rooted
            if (!hasRoot(itemPath)) {
                this.segments = itemPath.split(external_path_.sep);
            }
            // Rooted
            else {
                // Add all segments, while not at the root
                let remaining = itemPath;
                let dir = dirname(remaining);
                while (dir !== remaining) {
                    // Add the segment
                    const basename = external_path_.basename(remaining);
                    this.segments.unshift(basename);
                    // Truncate the last segment
                    remaining = dir;
                    dir = dirname(remaining);
                }
                // Remainder is the root
                this.segments.unshift(remaining);
            }
        }
        // Array
        else {
            // Must not be empty
            external_assert_(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
            // Each segment
            for (let i = 0; i < itemPath.length; i++) {
                let segment = itemPath[i];
                // Must not be empty
                external_assert_(segment, `Parameter 'itemPath' must not contain any empty segments`);
                // Normalize slashes
                segment = normalizeSeparators(itemPath[i]);
                // Root segment
                if (i === 0 && hasRoot(segment)) {
                    segment = safeTrimTrailingSeparator(segment);
                    external_assert_(segment === dirname(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
                    this.segments.push(segment);
                }
                // All other segments
                else {
                    // Must not contain slash
                    external_assert_(!segment.includes(external_path_.sep), `Parameter 'itemPath' contains unexpected path separators`);
                    this.segments.push(segment);
                }
            }
        }
    }
    /**
     * Converts the path to it's string representation
     */
    toString() {
        // First segment
        let result = this.segments[0];
        // All others
        let skipSlash = result.endsWith(external_path_.sep) || (internal_path_IS_WINDOWS && /^[A-Z]:$/i.test(result));
        for (let i = 1; i < this.segments.length; i++) {
            if (skipSlash) {
                skipSlash = false;
            }
            else {
                result += external_path_.sep;
            }
            result += this.segments[i];
        }
        return result;
    }
}
//# sourceMappingURL=internal-path.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern.js







const internal_pattern_IS_WINDOWS = process.platform === 'win32';
class Pattern {
    constructor(patternOrNegate, isImplicitPattern = false, segments, homedir) {
        /**
         * Indicates whether matches should be excluded from the result set
         */
        this.negate = false;
        // Pattern overload
        let pattern;
        if (typeof patternOrNegate === 'string') {
            pattern = patternOrNegate.trim();
        }
        // Segments overload
        else {
            // Convert to pattern
            segments = segments || [];
            external_assert_(segments.length, `Parameter 'segments' must not empty`);
            const root = Pattern.getLiteral(segments[0]);
            external_assert_(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
            pattern = new Path(segments).toString().trim();
            if (patternOrNegate) {
                pattern = `!${pattern}`;
            }
        }
        // Negate
        while (pattern.startsWith('!')) {
            this.negate = !this.negate;
            pattern = pattern.substr(1).trim();
        }
        // Normalize slashes and ensures absolute root
        pattern = Pattern.fixupPattern(pattern, homedir);
        // Segments
        this.segments = new Path(pattern).segments;
        // Trailing slash indicates the pattern should only match directories, not regular files
        this.trailingSeparator = normalizeSeparators(pattern)
            .endsWith(external_path_.sep);
        pattern = safeTrimTrailingSeparator(pattern);
        // Search path (literal path prior to the first glob segment)
        let foundGlob = false;
        const searchSegments = this.segments
            .map(x => Pattern.getLiteral(x))
            .filter(x => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = new Path(searchSegments).toString();
        // Root RegExp (required when determining partial match)
        this.rootRegExp = new RegExp(Pattern.regExpEscape(searchSegments[0]), internal_pattern_IS_WINDOWS ? 'i' : '');
        this.isImplicitPattern = isImplicitPattern;
        // Create minimatch
        const minimatchOptions = {
            dot: true,
            nobrace: true,
            nocase: internal_pattern_IS_WINDOWS,
            nocomment: true,
            noext: true,
            nonegate: true
        };
        pattern = internal_pattern_IS_WINDOWS ? pattern.replace(/\\/g, '/') : pattern;
        this.minimatch = new Minimatch(pattern, minimatchOptions);
    }
    /**
     * Matches the pattern against the specified path
     */
    match(itemPath) {
        // Last segment is globstar?
        if (this.segments[this.segments.length - 1] === '**') {
            // Normalize slashes
            itemPath = normalizeSeparators(itemPath);
            // Append a trailing slash. Otherwise Minimatch will not match the directory immediately
            // preceding the globstar. For example, given the pattern `/foo/**`, Minimatch returns
            // false for `/foo` but returns true for `/foo/`. Append a trailing slash to handle that quirk.
            if (!itemPath.endsWith(external_path_.sep) && this.isImplicitPattern === false) {
                // Note, this is safe because the constructor ensures the pattern has an absolute root.
                // For example, formats like C: and C:foo on Windows are resolved to an absolute root.
                itemPath = `${itemPath}${external_path_.sep}`;
            }
        }
        else {
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
        }
        // Match
        if (this.minimatch.match(itemPath)) {
            return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
        }
        return MatchKind.None;
    }
    /**
     * Indicates whether the pattern may match descendants of the specified path
     */
    partialMatch(itemPath) {
        // Normalize slashes and trim unnecessary trailing slash
        itemPath = safeTrimTrailingSeparator(itemPath);
        // matchOne does not handle root path correctly
        if (dirname(itemPath) === itemPath) {
            return this.rootRegExp.test(itemPath);
        }
        return this.minimatch.matchOne(itemPath.split(internal_pattern_IS_WINDOWS ? /\\+/ : /\/+/), this.minimatch.set[0], true);
    }
    /**
     * Escapes glob patterns within a path
     */
    static globEscape(s) {
        return (internal_pattern_IS_WINDOWS ? s : s.replace(/\\/g, '\\\\')) // escape '\' on Linux/macOS
            .replace(/(\[)(?=[^/]+\])/g, '[[]') // escape '[' when ']' follows within the path segment
            .replace(/\?/g, '[?]') // escape '?'
            .replace(/\*/g, '[*]'); // escape '*'
    }
    /**
     * Normalizes slashes and ensures absolute root
     */
    static fixupPattern(pattern, homedir) {
        // Empty
        external_assert_(pattern, 'pattern cannot be empty');
        // Must not contain `.` segment, unless first segment
        // Must not contain `..` segment
        const literalSegments = new Path(pattern).segments.map(x => Pattern.getLiteral(x));
        external_assert_(literalSegments.every((x, i) => (x !== '.' || i === 0) && x !== '..'), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
        // Must not contain globs in root, e.g. Windows UNC path \\foo\b*r
        external_assert_(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
        // Normalize slashes
        pattern = normalizeSeparators(pattern);
        // Replace leading `.` segment
        if (pattern === '.' || pattern.startsWith(`.${external_path_.sep}`)) {
            pattern = Pattern.globEscape(process.cwd()) + pattern.substr(1);
        }
        // Replace leading `~` segment
        else if (pattern === '~' || pattern.startsWith(`~${external_path_.sep}`)) {
            homedir = homedir || external_os_.homedir();
            external_assert_(homedir, 'Unable to determine HOME directory');
            external_assert_(hasAbsoluteRoot(homedir), `Expected HOME directory to be a rooted path. Actual '${homedir}'`);
            pattern = Pattern.globEscape(homedir) + pattern.substr(1);
        }
        // Replace relative drive root, e.g. pattern is C: or C:foo
        else if (internal_pattern_IS_WINDOWS &&
            (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', pattern.substr(0, 2));
            if (pattern.length > 2 && !root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(2);
        }
        // Replace relative root, e.g. pattern is \ or \foo
        else if (internal_pattern_IS_WINDOWS && (pattern === '\\' || pattern.match(/^\\[^\\]/))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', '\\');
            if (!root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(1);
        }
        // Otherwise ensure absolute root
        else {
            pattern = ensureAbsoluteRoot(Pattern.globEscape(process.cwd()), pattern);
        }
        return normalizeSeparators(pattern);
    }
    /**
     * Attempts to unescape a pattern segment to create a literal path segment.
     * Otherwise returns empty string.
     */
    static getLiteral(segment) {
        let literal = '';
        for (let i = 0; i < segment.length; i++) {
            const c = segment[i];
            // Escape
            if (c === '\\' && !internal_pattern_IS_WINDOWS && i + 1 < segment.length) {
                literal += segment[++i];
                continue;
            }
            // Wildcard
            else if (c === '*' || c === '?') {
                return '';
            }
            // Character set
            else if (c === '[' && i + 1 < segment.length) {
                let set = '';
                let closed = -1;
                for (let i2 = i + 1; i2 < segment.length; i2++) {
                    const c2 = segment[i2];
                    // Escape
                    if (c2 === '\\' && !internal_pattern_IS_WINDOWS && i2 + 1 < segment.length) {
                        set += segment[++i2];
                        continue;
                    }
                    // Closed
                    else if (c2 === ']') {
                        closed = i2;
                        break;
                    }
                    // Otherwise
                    else {
                        set += c2;
                    }
                }
                // Closed?
                if (closed >= 0) {
                    // Cannot convert
                    if (set.length > 1) {
                        return '';
                    }
                    // Convert to literal
                    if (set) {
                        literal += set;
                        i = closed;
                        continue;
                    }
                }
                // Otherwise fall thru
            }
            // Append
            literal += c;
        }
        return literal;
    }
    /**
     * Escapes regexp special characters
     * https://javascript.info/regexp-escaping
     */
    static regExpEscape(s) {
        return s.replace(/[[\\^$.|?*+()]/g, '\\$&');
    }
}
//# sourceMappingURL=internal-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-search-state.js
class SearchState {
    constructor(path, level) {
        this.path = path;
        this.level = level;
    }
}
//# sourceMappingURL=internal-search-state.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-globber.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};
var __await = (undefined && undefined.__await) || function (v) { return this instanceof __await ? (this.v = v, this) : new __await(v); }
var __asyncGenerator = (undefined && undefined.__asyncGenerator) || function (thisArg, _arguments, generator) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var g = generator.apply(thisArg, _arguments || []), i, q = [];
    return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function () { return this; }, i;
    function awaitReturn(f) { return function (v) { return Promise.resolve(v).then(f, reject); }; }
    function verb(n, f) { if (g[n]) { i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; if (f) i[n] = f(i[n]); } }
    function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
    function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r); }
    function fulfill(value) { resume("next", value); }
    function reject(value) { resume("throw", value); }
    function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
};








const internal_globber_IS_WINDOWS = process.platform === 'win32';
class DefaultGlobber {
    constructor(options) {
        this.patterns = [];
        this.searchPaths = [];
        this.options = getOptions(options);
    }
    getSearchPaths() {
        // Return a copy
        return this.searchPaths.slice();
    }
    glob() {
        return __awaiter(this, void 0, void 0, function* () {
            var _a, e_1, _b, _c;
            const result = [];
            try {
                for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a = _f.done, !_a; _d = true) {
                    _c = _f.value;
                    _d = false;
                    const itemPath = _c;
                    result.push(itemPath);
                }
            }
            catch (e_1_1) { e_1 = { error: e_1_1 }; }
            finally {
                try {
                    if (!_d && !_a && (_b = _e.return)) yield _b.call(_e);
                }
                finally { if (e_1) throw e_1.error; }
            }
            return result;
        });
    }
    globGenerator() {
        return __asyncGenerator(this, arguments, function* globGenerator_1() {
            // Fill in defaults options
            const options = getOptions(this.options);
            // Implicit descendants?
            const patterns = [];
            for (const pattern of this.patterns) {
                patterns.push(pattern);
                if (options.implicitDescendants &&
                    (pattern.trailingSeparator ||
                        pattern.segments[pattern.segments.length - 1] !== '**')) {
                    patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat('**')));
                }
            }
            // Push the search paths
            const stack = [];
            for (const searchPath of getSearchPaths(patterns)) {
                core/* debug */.Yz(`Search path '${searchPath}'`);
                // Exists?
                try {
                    // Intentionally using lstat. Detection for broken symlink
                    // will be performed later (if following symlinks).
                    yield __await(external_fs_.promises.lstat(searchPath));
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        continue;
                    }
                    throw err;
                }
                stack.unshift(new SearchState(searchPath, 1));
            }
            // Search
            const traversalChain = []; // used to detect cycles
            while (stack.length) {
                // Pop
                const item = stack.pop();
                // Match?
                const match = internal_pattern_helper_match(patterns, item.path);
                const partialMatch = !!match || internal_pattern_helper_partialMatch(patterns, item.path);
                if (!match && !partialMatch) {
                    continue;
                }
                // Stat
                const stats = yield __await(DefaultGlobber.stat(item, options, traversalChain)
                // Broken symlink, or symlink cycle detected, or no longer exists
                );
                // Broken symlink, or symlink cycle detected, or no longer exists
                if (!stats) {
                    continue;
                }
                // Hidden file or directory?
                if (options.excludeHiddenFiles && external_path_.basename(item.path).match(/^\./)) {
                    continue;
                }
                // Directory
                if (stats.isDirectory()) {
                    // Matched
                    if (match & MatchKind.Directory && options.matchDirectories) {
                        yield yield __await(item.path);
                    }
                    // Descend?
                    else if (!partialMatch) {
                        continue;
                    }
                    // Push the child items in reverse
                    const childLevel = item.level + 1;
                    const childItems = (yield __await(external_fs_.promises.readdir(item.path))).map(x => new SearchState(external_path_.join(item.path, x), childLevel));
                    stack.push(...childItems.reverse());
                }
                // File
                else if (match & MatchKind.File) {
                    yield yield __await(item.path);
                }
            }
        });
    }
    /**
     * Constructs a DefaultGlobber
     */
    static create(patterns, options) {
        return __awaiter(this, void 0, void 0, function* () {
            const result = new DefaultGlobber(options);
            if (internal_globber_IS_WINDOWS) {
                patterns = patterns.replace(/\r\n/g, '\n');
                patterns = patterns.replace(/\r/g, '\n');
            }
            const lines = patterns.split('\n').map(x => x.trim());
            for (const line of lines) {
                // Empty or comment
                if (!line || line.startsWith('#')) {
                    continue;
                }
                // Pattern
                else {
                    result.patterns.push(new Pattern(line));
                }
            }
            result.searchPaths.push(...getSearchPaths(result.patterns));
            return result;
        });
    }
    static stat(item, options, traversalChain) {
        return __awaiter(this, void 0, void 0, function* () {
            // Note:
            // `stat` returns info about the target of a symlink (or symlink chain)
            // `lstat` returns info about a symlink itself
            let stats;
            if (options.followSymbolicLinks) {
                try {
                    // Use `stat` (following symlinks)
                    stats = yield external_fs_.promises.stat(item.path);
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        if (options.omitBrokenSymbolicLinks) {
                            core/* debug */.Yz(`Broken symlink '${item.path}'`);
                            return undefined;
                        }
                        throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
                    }
                    throw err;
                }
            }
            else {
                // Use `lstat` (not following symlinks)
                stats = yield external_fs_.promises.lstat(item.path);
            }
            // Note, isDirectory() returns false for the lstat of a symlink
            if (stats.isDirectory() && options.followSymbolicLinks) {
                // Get the realpath
                const realPath = yield external_fs_.promises.realpath(item.path);
                // Fixup the traversal chain to match the item level
                while (traversalChain.length >= item.level) {
                    traversalChain.pop();
                }
                // Test for a cycle
                if (traversalChain.some((x) => x === realPath)) {
                    core/* debug */.Yz(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
                    return undefined;
                }
                // Update the traversal chain
                traversalChain.push(realPath);
            }
            return stats;
        });
    }
}
//# sourceMappingURL=internal-globber.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(9023);
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-hash-files.js
var internal_hash_files_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var internal_hash_files_asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};






function hashFiles(globber_1, currentWorkspace_1) {
    return internal_hash_files_awaiter(this, arguments, void 0, function* (globber, currentWorkspace, verbose = false) {
        var _a, e_1, _b, _c;
        var _d;
        const writeDelegate = verbose ? core/* info */.pq : core/* debug */.Yz;
        let hasMatch = false;
        const githubWorkspace = currentWorkspace
            ? currentWorkspace
            : ((_d = process.env['GITHUB_WORKSPACE']) !== null && _d !== void 0 ? _d : process.cwd());
        const result = external_crypto_.createHash('sha256');
        let count = 0;
        try {
            for (var _e = true, _f = internal_hash_files_asyncValues(globber.globGenerator()), _g; _g = yield _f.next(), _a = _g.done, !_a; _e = true) {
                _c = _g.value;
                _e = false;
                const file = _c;
                writeDelegate(file);
                if (!file.startsWith(`${githubWorkspace}${external_path_.sep}`)) {
                    writeDelegate(`Ignore '${file}' since it is not under GITHUB_WORKSPACE.`);
                    continue;
                }
                if (external_fs_.statSync(file).isDirectory()) {
                    writeDelegate(`Skip directory '${file}'.`);
                    continue;
                }
                const hash = external_crypto_.createHash('sha256');
                const pipeline = external_util_.promisify(external_stream_namespaceObject.pipeline);
                yield pipeline(external_fs_.createReadStream(file), hash);
                result.write(hash.digest());
                count++;
                if (!hasMatch) {
                    hasMatch = true;
                }
            }
        }
        catch (e_1_1) { e_1 = { error: e_1_1 }; }
        finally {
            try {
                if (!_e && !_a && (_b = _f.return)) yield _b.call(_f);
            }
            finally { if (e_1) throw e_1.error; }
        }
        result.end();
        if (hasMatch) {
            writeDelegate(`Found ${count} files to hash.`);
            return result.digest('hex');
        }
        else {
            writeDelegate(`No matches found for glob`);
            return '';
        }
    });
}
//# sourceMappingURL=internal-hash-files.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/glob.js
var glob_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Constructs a globber
 *
 * @param patterns  Patterns separated by newlines
 * @param options   Glob options
 */
function create(patterns, options) {
    return glob_awaiter(this, void 0, void 0, function* () {
        return yield DefaultGlobber.create(patterns, options);
    });
}
/**
 * Computes the sha256 hash of a glob
 *
 * @param patterns  Patterns separated by newlines
 * @param currentWorkspace  Workspace used when matching files
 * @param options   Glob options
 * @param verbose   Enables verbose logging
 */
function glob_hashFiles(patterns_1) {
    return glob_awaiter(this, arguments, void 0, function* (patterns, currentWorkspace = '', options, verbose = false) {
        let followSymbolicLinks = true;
        if (options && typeof options.followSymbolicLinks === 'boolean') {
            followSymbolicLinks = options.followSymbolicLinks;
        }
        const globber = yield create(patterns, { followSymbolicLinks });
        return hashFiles(globber, currentWorkspace, verbose);
    });
}
//# sourceMappingURL=glob.js.map

/***/ }),

/***/ 5864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


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

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map