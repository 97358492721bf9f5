"use strict";
exports.id = 33;
exports.ids = [33];
exports.modules = {

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  submit: () => (/* binding */ submit_submit)
});

// UNUSED EXPORTS: maskUploadUrl

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/request/agents.ts
var agents = __webpack_require__(1055);
// EXTERNAL MODULE: ./src/request/layer.ts
var request_layer = __webpack_require__(3164);
// EXTERNAL MODULE: ./src/request/policy.ts
var policy = __webpack_require__(3635);
// EXTERNAL MODULE: ./src/request/transport.ts
var transport = __webpack_require__(8268);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
var promises_ = __webpack_require__(1455);
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
    return (0,agents/* agentFor */.Pf)(url, { keepAlive: true, maxSockets: slots, maxFreeSockets: slots, scheduling: 'lifo' });
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
    const agent = await blobAgent(sas.url, how.slots);
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
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/zip/plan.ts + 1 modules
var zip_plan = __webpack_require__(5932);
// EXTERNAL MODULE: ./src/zip/records.ts
var records = __webpack_require__(8269);
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
    const label = input.label ??
        `the upload zip of ${input.files.length} file(s)` + (input.packageZip ? ` and ${input.packageZip}` : '');
    return zipSource(await planZip(input), label);
}
/** A zip already planned (its files' sizes as planned: a file that changed since fails the upload), as a source. */
function zipSource(plan, label = `the upload zip of ${plan.entries.length} entries`) {
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

// EXTERNAL MODULE: ./src/edits.ts
var src_edits = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/request/once.ts
var once = __webpack_require__(7096);
// EXTERNAL MODULE: ./src/msix/lifecycle/pending.ts
var lifecycle_pending = __webpack_require__(1045);
;// CONCATENATED MODULE: ./src/msix/lifecycle/commit.ts
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
var merge = __webpack_require__(9107);
;// CONCATENATED MODULE: ./src/msix/lifecycle/pricing.ts
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

// EXTERNAL MODULE: ./src/plan/build.ts
var build = __webpack_require__(6595);
// EXTERNAL MODULE: ./src/plan/render.ts + 2 modules
var render = __webpack_require__(3756);
// EXTERNAL MODULE: ./src/msix/store/parents.ts
var parents = __webpack_require__(8046);
;// CONCATENATED MODULE: ./src/msix/lifecycle/update.ts
/**
 * Updating the new submission: the user's edits merged over what the Store
 * cloned, sent whole (PUT is safe to repeat, so the request layer retries it).
 */




/** What a run's plan is compared with: the Store's clone of the last published submission. */
const AGAINST_CLONE = 'the new submission, as the Store cloned it from the last published one';
/**
 * The submission after the update, the top-level fields it changed (undefined when nothing was sent), and the
 * plan (logged before the PUT).
 */
async function updateSubmission(client, parent, created, edits, info, options = {}) {
    if (edits.length === 0) {
        info(`No submission-json given: submission ${created.id} keeps what the Store cloned from the last published one.`);
        return { submission: created, plan: (0,build/* buildPlan */.Gg)(created, created, AGAINST_CLONE, (0,build/* msixPackages */.LX)()) };
    }
    const { merged: fields, changed } = (0,src_edits/* applyEdits */.ct)(created, edits);
    const merged = fields;
    const plan = (0,build/* buildPlan */.Gg)(created, fields, AGAINST_CLONE, (0,build/* msixPackages */.LX)(options.packages));
    (0,render/* planLines */.HN)(plan).forEach((line) => info(line));
    await options.beforeSend?.(fields);
    const { body } = await client.send({
        method: 'PUT',
        path: (0,parents/* submissionPath */.wy)(parent, created.id),
        body: merged,
        call: `Update submission ${created.id}`,
        hint: ({ status }) => status === 400
            ? 'The Store rejected a field of the submission (from submission-json, packages, listings-folder or the release controls): check the field named in the message against the submission resource docs.'
            : undefined
    });
    info(`Updated submission ${created.id}: ${changed.join(', ')}.`);
    // Keep the upload URL from the create: some answers to PUT leave it out.
    const submission = { ...merged, ...(body ?? {}), fileUploadUrl: body?.fileUploadUrl ?? created.fileUploadUrl };
    return { submission: submission, changed, plan };
}

// EXTERNAL MODULE: ./src/msix/lifecycle/rollout.ts
var rollout = __webpack_require__(9491);
// EXTERNAL MODULE: ./src/run/wait.ts + 1 modules
var wait = __webpack_require__(8860);
// EXTERNAL MODULE: ./src/status.ts
var src_status = __webpack_require__(5565);
;// CONCATENATED MODULE: ./src/msix/lifecycle/wait.ts



/** Thrown when the run ends with a submission in a failed state, or waiting past the timeout. */
class SubmissionFailedError extends errors/* ActionError */.lZ {
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
    options.info(`Waiting for submission ${id} to pass the ${options.waitFor} stage (up to ${(0,wait/* formatDuration */.a3)(options.timeoutMs)}).`);
    return (0,wait/* waitUntil */.a0)(async () => {
        const { status, statusDetails } = await options.readStatus();
        const verdict = (0,src_status/* judgeStatus */.Gh)(status, options.waitFor, options.publishMode);
        if (verdict.state === 'done')
            return { done: verdict.note, state: status };
        if (verdict.state === 'failed') {
            const failed = new SubmissionFailedError(`Submission ${id} of the ${options.label} failed: ${verdict.reason}.`, {
                hint: failureHint(status, statusDetails, options.pages)
            });
            return { failed, state: status };
        }
        return { waiting: status };
    }, {
        clock,
        signal: options.signal,
        info: options.info,
        pollIntervalMs: options.pollIntervalMs,
        deadline: clock.now() + options.timeoutMs,
        readAtOnce: false,
        initial: 'CommitStarted',
        changed: (status, waited) => `Submission ${id}: ${status} (after ${waited}).`,
        still: (status, waited) => `Submission ${id}: still ${status} after ${waited}.`,
        timedOut: (status) => new SubmissionFailedError(`Timed out after ${(0,wait/* formatDuration */.a3)(options.timeoutMs)} waiting for submission ${id} of the ${options.label}; its last status was ${status}.`, { hint: "The submission goes on in the Store: check it in Partner Center, or raise 'timeout-minutes'." })
    });
}

// EXTERNAL MODULE: ./src/msix/store/client.ts
var store_client = __webpack_require__(6660);
;// CONCATENATED MODULE: ./src/msix/lifecycle/create.ts



function readSubmission(client, parent, id) {
    return client.get((0,parents/* submissionPath */.wy)(parent, id), `Read submission ${id}`);
}
/** The ID of the parent's pending submission right now, if it has one. */
async function currentPendingId(client, parent) {
    const resource = await client.get(parent.path, `Read the ${parent.label}`);
    return (0,parents/* pendingOf */.lc)(parent, resource)?.id;
}
const BLOCKED = 'is in a state that blocks a new submission: another pending submission, a package rollout still in progress or not started yet (finalize or halt it), or, for an app, no published submission yet (the first one must be made in Partner Center).';
/**
 * `created` hears the new submission's ID as soon as it is known, before the
 * read that follows a minimal answer: a run that fails on that read still
 * names the submission it made. `before` is the pending submission the parent
 * had when the run started, if any: found after a lost answer, it is not one
 * this run made (the Store holds one pending submission per parent, so the
 * create did not go through).
 */
async function createSubmission(client, parent, info, created = () => undefined, before) {
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
                throw new store_client/* UncertainOutcomeError */.un({ call, storeMessage: 'answered without an id', correlationId });
            }
            info(`Created submission ${body.id} for the ${parent.label} [MS-CorrelationId: ${correlationId ?? 'none'}].`);
            return { submission: body, whole: !minimal };
        },
        onUncertain: (error) => info(`${error.message} Checking whether the submission was created before trying again.`),
        check: async () => {
            const id = await currentPendingId(client, parent);
            if (id === undefined)
                return undefined;
            if (id === before) {
                info(`Submission ${id} is the pending submission that was there before this run: it was not created.`);
                return undefined;
            }
            const appeared = await readSubmission(client, parent, id);
            info(`Submission ${appeared.id} was created; using it.`);
            return { submission: appeared, whole: true };
        },
        pause: (attempt) => client.pauseBeforeRetry(attempt)
    });
    created(made.submission.id);
    // The minimal answer holds the id (and little else): the submission itself has the clone and the upload URL.
    return made.whole ? made.submission : readSubmission(client, parent, made.submission.id);
}

// EXTERNAL MODULE: ./src/run/in-flight.ts
var in_flight = __webpack_require__(8385);
// EXTERNAL MODULE: ./src/msix/lifecycle/check-edits.ts
var check_edits = __webpack_require__(3298);
// EXTERNAL MODULE: ./src/msix/store/rollout.ts
var store_rollout = __webpack_require__(1346);
;// CONCATENATED MODULE: ./src/msix/submission.ts
/**
 * THE lifecycle, once, for any parent (app, package flight, add-on):
 * replace the pending submission, create a new one, merge the user's changes
 * into it, upload the zip, commit, and wait for the status. Progress is
 * written into `progress` as it goes, so that a failure, a timeout or a
 * cancellation can still report which submission was left in which state.
 */















/**
 * What the run uploads: the zip planned in prepare when the action zips files itself, else package-zip as it is;
 * undefined when there is nothing to upload.
 */
function uploadContents(settings) {
    if (settings.zipPlan)
        return { plan: settings.zipPlan };
    // prepareSettings plans the zip whenever there are files to zip: settings without that plan are a bug.
    if (settings.uploadFiles.length)
        throw new Error('The files to upload were not planned into a zip.');
    return settings.packageZip ? { packageZip: settings.packageZip } : undefined;
}
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
        return (0,parents/* submissionPath */.wy)(this.parent, id, suffix);
    }
    edits() {
        return (0,src_edits/* allEdits */.Fk)(this.settings);
    }
    async run() {
        await (0,check_edits/* checkEdits */.G)({
            client: this.deps.client,
            parent: this.parent,
            resource: this.resolved.resource,
            edits: this.edits(),
            readPublished: false,
            info: this.deps.info
        });
        const release = this.settings.release?.kind === 'submit' ? this.settings.release : undefined;
        // A rollout in the way fails here (existing-rollout: fail), before any change (a dry run checks it too: rehearse.ts).
        const inTheWay = await (0,rollout/* rolloutInTheWay */.Z)(this.deps.client, this.resolved, release?.existingRollout ?? 'fail', this.deps.info);
        let submission = await this.replacePending();
        if (inTheWay && release && release.existingRollout !== 'fail') {
            await (0,rollout/* clearRollout */.l)(this.deps.client, this.parent, inTheWay, release.existingRollout, this.progress, this.deps.info);
        }
        submission ??= await this.create();
        this.progress.submissionId = submission.id;
        this.see(submission.status ?? 'PendingCommit');
        submission = await this.update(submission);
        const contents = uploadContents(this.settings);
        if (contents)
            await this.upload(submission, contents);
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
        if (!this.settings.deletePending)
            throw (0,lifecycle_pending/* keptPendingError */._9)(this.parent, pending.id);
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
        }, (0,parents/* pendingOf */.lc)(this.parent, this.resolved.resource)?.id));
    }
    async update(created) {
        const { client, info } = this.deps;
        const { submission, changed, plan } = await updateSubmission(client, this.parent, created, this.edits(), info, {
            beforeSend: (fields) => refuseUnsendablePrice(client, this.parent, created.id, fields, this.progress, info),
            packages: this.settings.packages
        });
        if (changed)
            this.progress.changedFields = changed;
        this.progress.plan = plan;
        return submission;
    }
    async upload(submission, contents) {
        // Some answers leave the upload URL out: the submission itself always has it.
        const url = submission.fileUploadUrl ?? (await this.read(submission.id)).fileUploadUrl;
        if (!url) {
            throw new errors/* ActionError */.lZ(`Submission ${submission.id} has no fileUploadUrl to upload the zip to.`, {
                hint: 'The Store gave no upload URL; run again, and report it with the correlation IDs above if it persists.'
            });
        }
        const { bytes, seconds } = await this.deps.upload(url, contents);
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

;// CONCATENATED MODULE: ./src/msix/submit.ts
/**
 * The submission lifecycle of an MSIX run (./submission.ts), given what it
 * needs: the Store client, the clock, the log, and the upload of the zip to
 * the URL the Store hands out (masked in every form before anything can print
 * it). Loaded by publish.ts once the parent is resolved.
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
/** Runs the submission lifecycle for the resolved parent. */
async function submit_submit(settings, resolved, client, progress, deps) {
    const { clock, signal, info: log } = deps;
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
            // package-zip alone goes as it is; the zip planned in prepare is written while it uploads.
            return contents.plan
                ? uploadBlob(url, zipSource(contents.plan), uploadOptions)
                : uploadZip(url, contents.packageZip, uploadOptions);
        }
    }, progress).run();
}


/***/ }),

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a3: () => (/* binding */ formatDuration),
  a0: () => (/* binding */ waitUntil),
  Fz: () => (/* binding */ waitingFor)
});

// UNUSED EXPORTS: HEARTBEAT_MS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/polling.ts
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

;// CONCATENATED MODULE: ./src/run/wait.ts


const HEARTBEAT_MS = 5 * 60_000;
/** "2.5 min", "40 s". */
function formatDuration(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}
/** Reads until `read` says done (its value is returned) or throws. */
async function waitUntil(read, options) {
    const { clock, info } = options;
    const started = clock.now();
    const atOnce = options.readAtOnce !== false;
    let last = options.initial;
    let lastNews = started;
    const waited = () => formatDuration(clock.now() - started);
    const say = (line) => {
        info(line);
        lastNews = clock.now();
    };
    for (let reads = 0;; reads++) {
        if (reads > 0 || !atOnce) {
            let pause = pollDelay(clock.now() - started, options.pollIntervalMs, options.deadline - clock.now());
            while (pause > 0) {
                const untilDue = lastNews + HEARTBEAT_MS - clock.now();
                const piece = last !== undefined && pause > untilDue ? Math.max(1, untilDue) : pause;
                await clock.sleep(piece, options.signal);
                pause -= piece;
                if (pause > 0 && last !== undefined)
                    say(options.still(last, waited()));
            }
        }
        const reading = await read();
        const state = 'waiting' in reading ? reading.waiting : reading.state;
        if (state !== undefined && state !== last)
            say(options.changed(state, reads > 0 || !atOnce ? waited() : undefined));
        else if (state !== undefined && clock.now() - lastNews >= HEARTBEAT_MS)
            say(options.still(state, waited()));
        last = state ?? last;
        if ('done' in reading)
            return reading.done;
        if ('failed' in reading)
            throw reading.failed;
        if (clock.now() >= options.deadline)
            throw options.timedOut(reading.waiting);
    }
}
/** The lines of a wait for `what` ("the package upload and validation"), and its timeout after `timeoutMs`. */
function waitingFor(what, timeoutMs) {
    return {
        changed: (state, waited) => `Waiting for ${what}: ${state}${waited ? ` (after ${waited})` : ''}.`,
        still: (state, waited) => `Still waiting for ${what} after ${waited}: ${state}.`,
        timedOut: (state) => new errors/* ActionError */.lZ(`Timed out after ${formatDuration(timeoutMs)} waiting for ${what}; the last status was: ${state}.`, { hint: "The Store goes on with it: check the product in Partner Center, or raise 'timeout-minutes'." })
    };
}


/***/ })

};
;
//# sourceMappingURL=33.index.cjs.js.map