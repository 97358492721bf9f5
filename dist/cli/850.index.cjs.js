"use strict";
exports.id = 850;
exports.ids = [850];
exports.modules = {

/***/ 9850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MSIX_API: () => (/* binding */ MSIX_API)
});

// EXTERNAL MODULE: ./src/read-back/api.ts + 8 modules
var api = __webpack_require__(6891);
;// CONCATENATED MODULE: ./src/status.ts
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

// EXTERNAL MODULE: ./src/msix/store/rollout.ts
var store_rollout = __webpack_require__(1346);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/msix/store/parents.ts
var parents = __webpack_require__(8046);
;// CONCATENATED MODULE: ./src/msix/lifecycle/pending.ts
/** Deleting the parent's pending submission so that a new one can be created, and what a refusal means. */



const PARTNER_CENTER_MADE = 'It was created in Partner Center, and the Store API can only update, delete and commit submissions created through the API.';
/** Committed and on its way through the Store (CommitStarted to Publishing): it cannot be deleted, and must not be, until it ends. */
const IN_PROGRESS = STATUS_PATH.slice(STATUS_PATH.indexOf('CommitStarted'), -1);
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
        if (error instanceof errors/* ApiError */.hD && error.status === 404)
            return undefined;
        throw error;
    }
    if (status && IN_PROGRESS.includes(status))
        throw inProgress(parent, id, status);
    return status ?? 'status unknown';
}
async function readStatus(client, parent, id) {
    const call = `Read the status of submission ${id}`;
    return (await client.get((0,parents/* submissionPath */.wy)(parent, id, '/status'), call))?.status;
}
function inProgress(parent, id, status, correlationId) {
    return new errors/* ActionError */.lZ(`The pending submission ${id} of the ${parent.label} is ${status}: it was committed and the Store is processing it, so it cannot be replaced; nothing was changed.`, {
        hint: `Wait for it to finish (published, or failed), or cancel it in Partner Center (${parent.dashboardUrl}); then run again.`,
        correlationId
    });
}
/** The warning before the delete: what is replaced, and how two runs at once would replace each other's. */
/** delete-pending: false and a pending submission: the run stops here, before any change (a dry run too). */
function keptPendingError(parent, id) {
    return new errors/* ActionError */.lZ(`The ${parent.label} already has a pending submission, ${id}; nothing was changed.`, {
        hint: "Commit or delete it in Partner Center, or set 'delete-pending: true' to have this action replace it."
    });
}
function replacingWarning(parent, id, status) {
    return `Deleting the pending submission ${id} (${status}) of the ${parent.label} to replace it (delete-pending: true). If another run made it, two runs are replacing each other's submissions: give the workflow a 'concurrency:' group per app (see the README).`;
}
/** Deletes submission `id` of `parent`: 'deleted', or 'gone' when it no longer existed. */
async function deletePending(client, parent, id) {
    try {
        await client.send({
            method: 'DELETE',
            path: (0,parents/* submissionPath */.wy)(parent, id),
            call: `Delete pending submission ${id}`,
            hint: ({ status }) => status === 409
                ? `${PARTNER_CENTER_MADE} Delete it (or submit it) in Partner Center, then run again.`
                : undefined
        });
        return 'deleted';
    }
    catch (error) {
        if (error instanceof errors/* ApiError */.hD && error.status === 404)
            return 'gone';
        if (error instanceof errors/* ApiError */.hD && error.status === 409)
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
    return new errors/* ActionError */.lZ(`The pending submission ${id} of the ${parent.label} cannot be deleted through the API: ${madeInPartnerCenter ? PARTNER_CENTER_MADE : 'the Store refused (HTTP 409).'} (${storeSaid || 'HTTP 409'}) [MS-CorrelationId: ${error.correlationId ?? 'none'}]`, {
        hint: `Delete or submit it in Partner Center (${parent.dashboardUrl}), then run again.`,
        correlationId: error.correlationId
    });
}

;// CONCATENATED MODULE: ./src/msix/lifecycle/left-behind.ts
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
        return `The rollout of the published submission ${cleared.submissionId} was ${PAST[cleared.action]} (existing-rollout: ${cleared.action}): it is ${(0,store_rollout/* describeRollout */.lw)(cleared.after)}.`;
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
        return `${where}; the request to ${changingRollout.action} its rollout got no clear answer, so it may have gone through${rollout ? ` (before it: ${(0,store_rollout/* describeRollout */.lw)(rollout)})` : ''}: check it in Partner Center.`;
    }
    return `${where}; its rollout was not changed${rollout ? ` (${(0,store_rollout/* describeRollout */.lw)(rollout)})` : ''}.`;
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
    if (status && isFailureStatus(status)) {
        return `${it} ended in ${status}: the Store does not go on with it (see its errors in the annotations and in Partner Center); ${REPLACED_NEXT_RUN}.`;
    }
    if (status === 'Published')
        return `${it} is Published.`;
    if (status && IN_PROGRESS.includes(status)) {
        const held = status === 'Release' || status === 'PendingPublication'
            ? ' (one set to publish manually or on a date waits for that)'
            : '';
        return `${it} was left in status ${status}: it is committed, and the Store goes on processing it${held}; see Partner Center.`;
    }
    return `${it} was committed; its last status seen was ${status ?? 'none'}: see Partner Center.`;
}

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
// EXTERNAL MODULE: ./src/edits.ts
var src_edits = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/plan/build.ts
var build = __webpack_require__(6595);
// EXTERNAL MODULE: ./src/plan/render.ts + 2 modules
var render = __webpack_require__(3756);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/zip/access.ts
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
    const file = await (0,promises_.open)(path, 'r');
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
        stream = external_node_stream_.Readable.from(compressed()).pipe((0,external_node_zlib_.createInflateRaw)());
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

;// CONCATENATED MODULE: ./src/zip/format.ts
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

;// CONCATENATED MODULE: ./src/zip/names.ts
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
    const field = findExtraField(extra, UNICODE_PATH_EXTRA_ID);
    if (!field || field.length < 5 || field[0] !== 1)
        return undefined;
    if (field.readUInt32LE(1) !== (0,external_node_zlib_.crc32)(rawName))
        return undefined;
    return decodeUtf8Strict(field.subarray(5));
}
/** An entry's name from its raw bytes and its extra block. The UTF-8 flag (bit 11) is not needed to read UTF-8. */
function decodeEntryName(rawName, extra = Buffer.alloc(0)) {
    return unicodePath(rawName, extra) ?? decodeUtf8Strict(rawName) ?? decodeCp437(rawName);
}

;// CONCATENATED MODULE: ./src/zip/directory.ts
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
    for (let i = tail.length - FIXED_SIZE.end; i >= 0; i--) {
        if (tail.readUInt32LE(i) !== SIGNATURE.end)
            continue;
        const commentLength = tail.readUInt16LE(i + 20);
        if (i + FIXED_SIZE.end + commentLength !== tail.length)
            continue;
        let entries = tail.readUInt16LE(i + 10);
        let size = tail.readUInt32LE(i + 12);
        let offset = tail.readUInt32LE(i + 16);
        if ((entries === ZIP32_MAX_ENTRIES || size === ZIP32_MAX || offset === ZIP32_MAX) && zip64Record) {
            entries = Number(zip64Record.readBigUInt64LE(32));
            size = Number(zip64Record.readBigUInt64LE(40));
            offset = Number(zip64Record.readBigUInt64LE(48));
        }
        return { entries, size, offset };
    }
    throw new NotAZipError(`no end-of-central-directory record (searched the last ${tail.length} bytes from ${tailOffset})`);
}
/** Where the ZIP64 end-of-central-directory record is, if the tail has a locator before the EOCD. */
function zip64RecordOffset(tail) {
    for (let i = tail.length - FIXED_SIZE.end; i >= FIXED_SIZE.zip64Locator; i--) {
        const locator = i - FIXED_SIZE.zip64Locator;
        if (tail.readUInt32LE(i) === SIGNATURE.end && tail.readUInt32LE(locator) === SIGNATURE.zip64Locator) {
            return Number(tail.readBigUInt64LE(locator + 8));
        }
    }
    return undefined;
}
/** The sizes and offset from a ZIP64 extended information field, where the classic fields say "see ZIP64". */
function applyZip64(entry, extra) {
    const field = findExtraField(extra, ZIP64_EXTRA_ID);
    let at = 0;
    const next = (what) => {
        if (!field || at + 8 > field.length)
            throw new NotAZipError(`entry '${entry.name}' lacks its ZIP64 ${what}`);
        const value = Number(field.readBigUInt64LE(at));
        at += 8;
        return value;
    };
    if (entry.uncompressedSize === ZIP32_MAX)
        entry.uncompressedSize = next('size');
    if (entry.compressedSize === ZIP32_MAX)
        entry.compressedSize = next('compressed size');
    if (entry.localHeaderOffset === ZIP32_MAX)
        entry.localHeaderOffset = next('offset');
}
/** Parses central directory records into entries; pure. */
function parseCentralDirectory(directory, expectedEntries) {
    const entries = [];
    let at = 0;
    while (at + FIXED_SIZE.centralHeader <= directory.length && entries.length < expectedEntries) {
        if (directory.readUInt32LE(at) !== SIGNATURE.centralHeader) {
            throw new NotAZipError(`corrupt central directory at entry ${entries.length + 1}`);
        }
        const nameLength = directory.readUInt16LE(at + 28);
        const extraLength = directory.readUInt16LE(at + 30);
        const commentLength = directory.readUInt16LE(at + 32);
        const nameAt = at + FIXED_SIZE.centralHeader;
        const rawName = directory.subarray(nameAt, nameAt + nameLength);
        const extra = directory.subarray(nameAt + nameLength, nameAt + nameLength + extraLength);
        const entry = {
            name: decodeEntryName(rawName, extra),
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
        at += FIXED_SIZE.centralHeader + nameLength + extraLength + commentLength;
    }
    if (entries.length !== expectedEntries) {
        throw new NotAZipError(`central directory lists ${entries.length} of ${expectedEntries} entries`);
    }
    return entries;
}
/** Every entry of the zip in `source`, in central directory order (directories included). */
async function readZipEntries(source) {
    const { size } = source;
    if (size < FIXED_SIZE.end)
        throw new NotAZipError(`file is only ${size} bytes`);
    const tailLength = Math.min(size, FIXED_SIZE.end + MAX_COMMENT + FIXED_SIZE.zip64Locator);
    const tailOffset = size - tailLength;
    const tail = await source.read(tailOffset, tailLength);
    let zip64;
    const zip64Offset = zip64RecordOffset(tail);
    if (zip64Offset !== undefined && zip64Offset + FIXED_SIZE.zip64End <= size) {
        zip64 = await source.read(zip64Offset, FIXED_SIZE.zip64End);
        if (zip64.readUInt32LE(0) !== SIGNATURE.zip64End)
            zip64 = undefined;
    }
    const directory = findCentralDirectory(tail, tailOffset, zip64);
    if (directory.offset + directory.size > size) {
        throw new NotAZipError('central directory points past the end of the file (truncated?)');
    }
    return parseCentralDirectory(await source.read(directory.offset, directory.size), directory.entries);
}
/** The entry names of the zip at `path` (directories included, as stored). */
async function listZipEntries(path) {
    const file = await openFileAccess(path);
    try {
        return (await readZipEntries(file)).map((entry) => entry.name);
    }
    finally {
        await file.close();
    }
}

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
const one_pass_COMPRESSED_CHUNK = MiB;
/** What readZipEntries reads from a zip's end: the end record, a comment, the ZIP64 locator. */
const END_SEARCH = FIXED_SIZE.end + MAX_COMMENT + FIXED_SIZE.zip64Locator;
/** From an end record back to the start of the Zip64 end record before its locator. */
const ZIP64_END_BEFORE = FIXED_SIZE.zip64Locator + FIXED_SIZE.zip64End;
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
            if ((signature === SIGNATURE.localHeader || signature === SIGNATURE.end) && offset + at < before) {
                this.candidates.push(offset + at);
            }
        }
    }
    /** Keeps what a candidate needs once its fixed part is there; true when done with it. */
    examine(at) {
        if (at < this.tailStart)
            return true;
        if (this.slice(at, at + 4).readUInt32LE(0) === SIGNATURE.end) {
            if (at + FIXED_SIZE.end > this.produced)
                return false;
            const record = this.slice(at, at + FIXED_SIZE.end);
            const end = at + FIXED_SIZE.end + record.readUInt16LE(20);
            let directorySize = record.readUInt32LE(12);
            if (directorySize === ZIP32_MAX && at >= ZIP64_END_BEFORE + this.tailStart) {
                const zip64 = this.slice(at - ZIP64_END_BEFORE, at - FIXED_SIZE.zip64Locator);
                if (zip64.readUInt32LE(0) === SIGNATURE.zip64End)
                    directorySize = Number(zip64.readBigUInt64LE(40));
            }
            this.keep(Math.min(end - END_SEARCH, at - ZIP64_END_BEFORE - directorySize), end);
            return true;
        }
        if (at + FIXED_SIZE.localHeader > this.produced)
            return false;
        const header = this.slice(at, at + FIXED_SIZE.localHeader);
        const nameEnd = at + FIXED_SIZE.localHeader + header.readUInt16LE(26);
        const headerEnd = nameEnd + header.readUInt16LE(28);
        if (headerEnd > this.produced)
            return false;
        const name = decodeEntryName(this.slice(at + FIXED_SIZE.localHeader, nameEnd), this.slice(nameEnd, headerEnd));
        const compressed = header.readUInt32LE(18);
        const sized = compressed !== ZIP32_MAX && !(header.readUInt16LE(6) & FLAG_DATA_DESCRIPTOR && compressed === 0);
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
        for (let at = 0; at < compressed.size; at += one_pass_COMPRESSED_CHUNK) {
            yield await compressed.read(at, Math.min(one_pass_COMPRESSED_CHUNK, compressed.size - at));
        }
    }
    try {
        for await (const chunk of external_node_stream_.Readable.from(chunks()).pipe((0,external_node_zlib_.createInflateRaw)()))
            pass.add(chunk);
    }
    catch (error) {
        if (error instanceof NotAZipError)
            throw error;
        throw new NotAZipError(`cannot inflate: ${error.message}`);
    }
    if (pass.produced !== size)
        throw new NotAZipError(`deflated data gives ${pass.produced} of ${size} bytes`);
    pass.finish();
    let fallback;
    return {
        size,
        close: () => fallback?.close(),
        read(position, length) {
            const kept = pass.kept.find((k) => k.start <= position && position + length <= k.end);
            if (kept?.data)
                return Promise.resolve(Buffer.from(kept.data.subarray(position - kept.start, position - kept.start + length)));
            fallback ??= inflatedAccess(compressed, size);
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
    const header = await source.read(entry.localHeaderOffset, FIXED_SIZE.localHeader);
    if (header.readUInt32LE(0) !== SIGNATURE.localHeader) {
        throw new NotAZipError(`no local header for '${entry.name}' at byte ${entry.localHeaderOffset}`);
    }
    const extraOffset = entry.localHeaderOffset + FIXED_SIZE.localHeader + header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    return { extraOffset, extraLength, dataOffset: extraOffset + extraLength };
}
async function dataOffset(source, entry) {
    return (await localHeaderPlace(source, entry)).dataOffset;
}
function checkReadable(entry) {
    if (entry.flags & FLAG_ENCRYPTED)
        throw new NotAZipError(`entry '${entry.name}' is encrypted`);
    if (entry.method !== STORED && entry.method !== DEFLATED) {
        throw new NotAZipError(`entry '${entry.name}' uses compression method ${entry.method} (only stored and deflated)`);
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
    const compressed = windowAccess(source, await dataOffset(source, entry), entry.compressedSize);
    if (entry.method === STORED)
        return compressed;
    return keep
        ? inflateOnce(compressed, entry.uncompressedSize, keep)
        : inflatedAccess(compressed, entry.uncompressedSize);
}
function inflate(compressed, limit) {
    return new Promise((resolve, reject) => (0,external_node_zlib_.inflateRaw)(compressed, { maxOutputLength: Math.max(limit, 1) }, (error, data) => error ? reject(error) : resolve(data)));
}
/** One whole (small) entry, checked against its CRC-32; `limit` guards against a huge one. */
async function readEntry(source, entry, limit) {
    checkReadable(entry);
    if (entry.uncompressedSize > limit) {
        throw new NotAZipError(`entry '${entry.name}' is ${entry.uncompressedSize} bytes (more than ${limit})`);
    }
    const compressed = await source.read(await dataOffset(source, entry), entry.compressedSize);
    let data = compressed;
    if (entry.method === DEFLATED) {
        try {
            data = await inflate(compressed, limit);
        }
        catch (error) {
            throw new NotAZipError(`cannot inflate '${entry.name}': ${error.message}`);
        }
    }
    if (data.length !== entry.uncompressedSize || (0,external_node_zlib_.crc32)(data) !== entry.crc32) {
        throw new NotAZipError(`entry '${entry.name}' is corrupt (its size or CRC-32 does not match the directory)`);
    }
    return data;
}

;// CONCATENATED MODULE: ./src/zip/copy.ts
/**
 * The entries of an existing zip (`package-zip`) as what copying them raw
 * needs: the central directory's record of each (directory.ts), where its
 * compressed bytes start, and its extra fields without the ZIP64 one (the
 * writer writes its own). Reads the tail, the directory and each local
 * header; nothing else.
 */




const withoutZip64 = (extra) => withoutExtraField(extra, ZIP64_EXTRA_ID);
async function toCopy(zip, entry) {
    const { extraOffset, extraLength, dataOffset } = await localHeaderPlace(zip, entry);
    if (dataOffset + entry.compressedSize > zip.size) {
        throw new NotAZipError(`entry '${entry.name}' runs past the end of the file`);
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
    const zip = await openFileAccess(path);
    try {
        const entries = [];
        for (const entry of await readZipEntries(zip))
            entries.push(await toCopy(zip, entry));
        return { entries, size: zip.size };
    }
    finally {
        await zip.close();
    }
}

// EXTERNAL MODULE: ./src/zip/path.ts
var zip_path = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/zip/records.ts
/**
 * The fixed records of a zip file (PKWARE APPNOTE.TXT 6.3.10), built as
 * buffers; pure. Sizes and offsets are plain numbers (exact up to 2^53).
 * A size or offset of 0xFFFFFFFF or more goes into a Zip64 extended
 * information extra field (APPNOTE 4.5.3), the field it would have filled
 * holding 0xFFFFFFFF. Kept by hand, not a library: see write.ts.
 */

/** Whether the entry's sizes need Zip64 (then its local header has a Zip64 field and its descriptor 8-byte sizes). */
function needsZip64Sizes(record) {
    return record.size >= ZIP32_MAX || record.compressedSize >= ZIP32_MAX;
}
function versionNeeded(record, zip64) {
    return Math.max(record.versionNeeded & 0xff, zip64 ? VERSION_ZIP64 : VERSION_DEFAULT);
}
function zip64Extra(values) {
    if (values.length === 0)
        return Buffer.alloc(0);
    const extra = Buffer.alloc(4 + 8 * values.length);
    extra.writeUInt16LE(ZIP64_EXTRA_ID, 0);
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
    return FIXED_SIZE.localHeader + record.name.length + (needsZip64Sizes(record) ? 20 : 0) + record.localExtra.length;
}
/**
 * The local file header. With a data descriptor (flag bit 3) its CRC-32 and sizes are zero (APPNOTE 4.4.4);
 * a Zip64 entry then holds 0xFFFFFFFF there and zeros in its Zip64 field, which carries both sizes (4.5.3).
 */
function localHeader(record) {
    const zip64 = needsZip64Sizes(record);
    const deferred = (record.flags & FLAG_DATA_DESCRIPTOR) !== 0;
    const sizes = zip64 ? (deferred ? [0, 0] : [record.size, record.compressedSize]) : [];
    const extra = Buffer.concat([zip64Extra(sizes), record.localExtra]);
    const header = Buffer.alloc(FIXED_SIZE.localHeader);
    header.writeUInt32LE(SIGNATURE.localHeader, 0);
    writeSharedFields(header, 4, record, versionNeeded(record, zip64), deferred ? 0 : record.crc);
    header.writeUInt32LE(zip64 ? ZIP32_MAX : deferred ? 0 : record.compressedSize, 18);
    header.writeUInt32LE(zip64 ? ZIP32_MAX : deferred ? 0 : record.size, 22);
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
    descriptor.writeUInt32LE(SIGNATURE.dataDescriptor, 0);
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
    return [record.size, record.compressedSize, record.offset].filter((value) => value >= ZIP32_MAX);
}
function centralHeaderLength(record) {
    const zip64Values = centralZip64Values(record).length;
    return (FIXED_SIZE.centralHeader + record.name.length + (zip64Values ? 4 + 8 * zip64Values : 0) + record.centralExtra.length);
}
/** The central directory file header. */
function centralHeader(record) {
    const zip64Values = centralZip64Values(record);
    const extra = Buffer.concat([zip64Extra(zip64Values), record.centralExtra]);
    const zip64 = zip64Values.length > 0 || needsZip64Sizes(record);
    const header = Buffer.alloc(FIXED_SIZE.centralHeader);
    header.writeUInt32LE(SIGNATURE.centralHeader, 0);
    header.writeUInt16LE(record.versionMadeBy, 4);
    writeSharedFields(header, 6, record, versionNeeded(record, zip64), record.crc);
    header.writeUInt32LE(Math.min(record.compressedSize, ZIP32_MAX), 20);
    header.writeUInt32LE(Math.min(record.size, ZIP32_MAX), 24);
    header.writeUInt16LE(record.name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    // comment length, disk number start, internal attributes: 0
    header.writeUInt32LE(record.externalAttributes >>> 0, 38);
    header.writeUInt32LE(Math.min(record.offset, ZIP32_MAX), 42);
    return Buffer.concat([header, record.name, extra]);
}
/** Whether the end of the zip needs the Zip64 end-of-central-directory record and locator (APPNOTE 4.4.1.4). */
function needsZip64End(place) {
    return place.entries >= ZIP32_MAX_ENTRIES || place.size >= ZIP32_MAX || place.offset >= ZIP32_MAX;
}
function endRecordsLength(place) {
    return (needsZip64End(place) ? FIXED_SIZE.zip64End + FIXED_SIZE.zip64Locator : 0) + FIXED_SIZE.end;
}
/**
 * What follows the central directory: the Zip64 end record and its locator when needed, then the end record,
 * whose fields that overflow hold 0xFFFF or 0xFFFFFFFF.
 */
function endRecords(place) {
    const parts = [];
    if (needsZip64End(place)) {
        const zip64End = Buffer.alloc(FIXED_SIZE.zip64End);
        zip64End.writeUInt32LE(SIGNATURE.zip64End, 0);
        zip64End.writeBigUInt64LE(BigInt(FIXED_SIZE.zip64End - 12), 4);
        zip64End.writeUInt16LE(VERSION_ZIP64, 12);
        zip64End.writeUInt16LE(VERSION_ZIP64, 14);
        // number of this disk, disk where the central directory starts: 0
        zip64End.writeBigUInt64LE(BigInt(place.entries), 24);
        zip64End.writeBigUInt64LE(BigInt(place.entries), 32);
        zip64End.writeBigUInt64LE(BigInt(place.size), 40);
        zip64End.writeBigUInt64LE(BigInt(place.offset), 48);
        const locator = Buffer.alloc(FIXED_SIZE.zip64Locator);
        locator.writeUInt32LE(SIGNATURE.zip64Locator, 0);
        locator.writeBigUInt64LE(BigInt(place.offset + place.size), 8);
        locator.writeUInt32LE(1, 16);
        parts.push(zip64End, locator);
    }
    const end = Buffer.alloc(FIXED_SIZE.end);
    end.writeUInt32LE(SIGNATURE.end, 0);
    end.writeUInt16LE(Math.min(place.entries, ZIP32_MAX_ENTRIES), 8);
    end.writeUInt16LE(Math.min(place.entries, ZIP32_MAX_ENTRIES), 10);
    end.writeUInt32LE(Math.min(place.size, ZIP32_MAX), 12);
    end.writeUInt32LE(Math.min(place.offset, ZIP32_MAX), 16);
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
        const key = (0,zip_path/* normalizeZipPath */.I)(entry.name);
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
        flags: FLAG_UTF8 | FLAG_DATA_DESCRIPTOR,
        method: STORED,
        ...dosDateTime(info.mtime),
        crc: 0,
        compressedSize: info.size,
        size: info.size,
        offset: 0,
        versionMadeBy: VERSION_ZIP64,
        versionNeeded: 0,
        externalAttributes: 0,
        localExtra: Buffer.alloc(0),
        centralExtra: Buffer.alloc(0)
    };
    return { record, from: 'file', diskPath: file.diskPath };
}
function copiedRecord({ entry, dataOffset, localExtra, centralExtra }, path) {
    if (entry.flags & FLAG_ENCRYPTED) {
        throw new errors/* ActionError */.lZ(`'package-zip' entry '${entry.name}' is encrypted (${path}); the Store cannot read it.`, {
            hint: 'Zip it again without a password.'
        });
    }
    const record = {
        name: entry.raw.name,
        // Sizes and CRC-32 are known, so they go in the local header: no data descriptor.
        flags: entry.flags & ~FLAG_DATA_DESCRIPTOR,
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
        offset += localHeaderLength(record) + record.compressedSize;
        if (entry.from === 'file')
            offset += dataDescriptorLength(record);
        return { ...entry, record };
    });
    const centralSize = placed.reduce((sum, entry) => sum + centralHeaderLength(entry.record), 0);
    const size = offset + centralSize + endRecordsLength({ entries: placed.length, size: centralSize, offset });
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

;// CONCATENATED MODULE: ./src/msix/lifecycle/dry-run.ts
/**
 * A dry run: what a run would send, printed, with nothing changed. It stops
 * where the first changing request would go (deleting the pending
 * submission, or creating the new one) and prints the merged submission
 * JSON (the last published one, which the Store would clone, with every
 * edit applied), the packages, and the entries of the zip it would upload.
 */






/** Fields of a submission that the new one gets anew, or that must not be printed (the upload URL is a credential). */
const NOT_SENT = ['id', 'status', 'statusDetails', 'fileUploadUrl'];
const dry_run_MiB = 1024 * 1024;
const size = (bytes) => (bytes >= dry_run_MiB ? `${(bytes / dry_run_MiB).toFixed(1)} MiB` : `${bytes} bytes`);
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
            return `| ${cells.map(markdown/* markdownCell */.UZ).join(' | ')} |`;
        })
    ];
}
/** Records on the progress that the run stopped as a dry run, what it would have published, and its plan. */
function markDryRun(progress, settings, published) {
    progress.dryRun = true;
    progress.wouldPublish = settings.packages;
    const edits = (0,src_edits/* allEdits */.Fk)({ edits: settings.edits ?? [], changes: settings.changes ?? {} });
    progress.plan = dryRunPlan(edits, published, undefined, settings.packages);
}
/**
 * A dry run's plan: the edits against the last published submission (what the Store would clone), or, when
 * none was read, against an empty submission.
 */
function dryRunPlan(edits, published, unchecked, packages = []) {
    const base = mergedSubmission([], published);
    const against = published
        ? 'the last published submission, which the Store would clone'
        : `an empty submission (${unchecked ? 'the Store was not read' : 'no published submission was read'})`;
    return (0,build/* buildPlan */.Gg)(base, mergedSubmission(edits, published), against, (0,build/* msixPackages */.LX)(packages));
}
/** The submission the run would PUT, as JSON: the edits over the published submission (or over nothing). */
function mergedSubmission(edits, published) {
    const base = Object.fromEntries(Object.entries(published ?? {}).filter(([key]) => !NOT_SENT.includes(key)));
    return (0,src_edits/* applyEdits */.ct)(base, edits).merged;
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
    lines.push(...(0,render/* planLines */.HN)(dryRunPlan(view.edits, view.published, view.unchecked, view.packages)));
    if (view.files.length || view.packageZip) {
        const plan = view.zipPlan ?? (await planZip({ files: view.files, packageZip: view.packageZip }));
        lines.push(`The zip it would upload (${plan.entries.length} entries, ${size(plan.size)}):`, ...plan.entries.map((entry) => `  ${decodeEntryName(entry.record.name)} (${size(entry.record.size)})`));
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
        packageZip: settings.packageZip,
        zipPlan: settings.zipPlan
    });
    lines.forEach((line) => info(line));
}

;// CONCATENATED MODULE: ./src/msix/outcome.ts
/** An MSIX run (app, flight or add-on submission, or a rollout change) told as every run is (src/run/run-report.ts). Pure. */




/** What the run was: "app submission", or "rollout finalize of the package flight's published submission". */
function kindOf(progress) {
    const noun = progress.parent?.kind.noun;
    if (!noun)
        return undefined;
    return progress.operation
        ? `rollout ${progress.operation} of the ${noun}'s published submission`
        : `${noun} submission`;
}
/** The rows on rollouts: one cleared out of the way, and the submission's own. */
function rolloutRows(progress) {
    const rows = [];
    const cleared = progress.clearedRollout;
    if (cleared) {
        rows.push([
            'Rollout in the way',
            (0,markdown/* markdownCell */.UZ)(`${cleared.action === 'finalize' ? 'finalized' : 'halted'}: submission ${cleared.submissionId} (was ${(0,store_rollout/* describeRollout */.lw)(cleared.before)}, now ${(0,store_rollout/* describeRollout */.lw)(cleared.after)})`)
        ]);
    }
    if (progress.rollout) {
        const fallback = progress.rollout.fallbackSubmissionId;
        rows.push([
            'Rollout',
            (0,markdown/* markdownCell */.UZ)(`${(0,store_rollout/* describeRollout */.lw)(progress.rollout)}${fallback && fallback !== '0' ? `; the others keep submission ${fallback}` : ''}`)
        ]);
    }
    return rows;
}
function msixReport(progress) {
    const { parent, rollout } = progress;
    return {
        what: progress.operation ? 'rollout change' : 'submission',
        kind: kindOf(progress),
        target: parent?.label,
        submissionId: progress.submissionId,
        creating: progress.creating,
        status: progress.status,
        committing: progress.committing,
        statusDetails: progress.statusDetails,
        statusHistory: progress.statusHistory,
        replacedSubmissionId: progress.replacedSubmissionId,
        changed: progress.changedFields,
        upload: progress.upload,
        rows: rolloutRows(progress),
        preparedOnly: progress.preparedOnly,
        page: parent ? (0,parents/* submissionPage */._3)(parent, progress.submissionId) : undefined,
        note: progress.note,
        dryRun: progress.dryRun,
        plan: progress.plan,
        sections: progress.wouldPublish?.length
            ? [['### Packages it would publish', '', ...packagesTable(progress.wouldPublish), '']]
            : [],
        outputs: {
            'flight-id': parent?.flightId,
            'add-on-id': parent?.addOnId,
            'rollout-status': rollout?.packageRolloutStatus,
            'rollout-percentage': rollout ? String(rollout.packageRolloutPercentage) : undefined
        }
    };
}
/** The log's last line of a run that went through. */
function msixDoneLine(progress) {
    if (progress.dryRun)
        return 'Dry run finished: nothing was changed.';
    const rollout = progress.rollout ? `; rollout ${(0,store_rollout/* describeRollout */.lw)(progress.rollout)}` : '';
    const note = progress.note ? ` Note: ${progress.note}.` : '';
    return `Submission ${progress.submissionId} of the ${progress.parent?.label}: ${progress.status}${progress.preparedOnly ? ', not committed (commit: false)' : ''}${rollout}.${note}`;
}

// EXTERNAL MODULE: ./src/run/in-flight.ts
var in_flight = __webpack_require__(8385);
;// CONCATENATED MODULE: ./src/msix/lifecycle/rollout.ts
/**
 * The lifecycle's rollout decisions: a rollout still in progress on the last
 * published submission blocks a new one (fail, finalize or halt it, as
 * `existing-rollout` says), and `operation: rollout` changes that rollout
 * without making a submission.
 */




const rollout_PAST = { update: 'updated', finalize: 'finalized', halt: 'halted' };
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
        throw new errors/* ActionError */.lZ(`The rollout of the ${parent.label}'s published submission ${published.id} cannot be ${rollout_PAST[change.action]}: ${why} (${(0,store_rollout/* describeRollout */.lw)(rollout)}); nothing was changed.`, { hint: 'Start a rollout with a new submission and rollout-percentage.' });
    }
    progress.rollout = await (0,in_flight/* marked */.x)((on) => (progress.changingRollout = on ? { submissionId: published.id, action: change.action } : undefined), () => (0,store_rollout/* changeRollout */.a1)(client, parent, published.id, change, log));
}

// EXTERNAL MODULE: ./src/listings/edit.ts
var edit = __webpack_require__(6929);
// EXTERNAL MODULE: ./src/sign-in.ts + 1 modules
var sign_in = __webpack_require__(7093);
// EXTERNAL MODULE: ./src/msix/store/client.ts
var store_client = __webpack_require__(6660);
// EXTERNAL MODULE: ./src/msix/store/resolve.ts + 1 modules
var resolve = __webpack_require__(5199);
// EXTERNAL MODULE: ./src/request/once.ts
var once = __webpack_require__(7096);
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
                    ? `${PARTNER_CENTER_MADE.replace('It was', 'Or it was')} Check its state in Partner Center.`
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
    const deleted = await deletePending(client, parent, id).then(() => {
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

// EXTERNAL MODULE: ./src/run/wait.ts + 1 modules
var wait = __webpack_require__(8860);
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
        const verdict = judgeStatus(status, options.waitFor, options.publishMode);
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

;// CONCATENATED MODULE: ./src/msix/lifecycle/create.ts



function readSubmission(client, parent, id) {
    return client.get((0,parents/* submissionPath */.wy)(parent, id), `Read submission ${id}`);
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
                throw new store_client/* UncertainOutcomeError */.un({ call, storeMessage: 'answered without an id', correlationId });
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

;// CONCATENATED MODULE: ./src/msix/lifecycle/check-edits.ts

/** Runs every edit's check; resolves with the published submission when it was read (always in a dry run). */
async function checkEdits(options) {
    const { client, parent, resource } = options;
    const checked = options.edits.filter((edit) => edit.check);
    if (checked.length === 0 && !options.readPublished)
        return undefined;
    const ref = (0,parents/* publishedOf */.KG)(parent, resource);
    const published = ref
        ? await client.get((0,parents/* submissionPath */.wy)(parent, ref.id), `Read submission ${ref.id}`)
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

;// CONCATENATED MODULE: ./src/msix/submission.ts
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
        return (0,parents/* submissionPath */.wy)(this.parent, id, suffix);
    }
    edits() {
        return (0,src_edits/* allEdits */.Fk)(this.settings);
    }
    async run() {
        await checkEdits({
            client: this.deps.client,
            parent: this.parent,
            resource: this.resolved.resource,
            edits: this.edits(),
            readPublished: false,
            info: this.deps.info
        });
        const release = this.settings.release?.kind === 'submit' ? this.settings.release : undefined;
        // A rollout in the way fails here (existing-rollout: fail), before any change (a dry run checks it too: rehearse.ts).
        const inTheWay = await rolloutInTheWay(this.deps.client, this.resolved, release?.existingRollout ?? 'fail', this.deps.info);
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
            throw keptPendingError(this.parent, pending.id);
        const status = await checkReplaceable(this.deps.client, this.parent, pending.id);
        if (status)
            this.deps.warning(replacingWarning(this.parent, pending.id, status));
        const deleted = status &&
            (await (0,in_flight/* marked */.x)((on) => (this.progress.deletingSubmissionId = on ? pending.id : undefined), () => deletePending(this.deps.client, this.parent, pending.id)));
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
        const { submission, changed, plan } = await updateSubmission(client, this.parent, created, this.edits(), info, {
            beforeSend: (fields) => refuseUnsendablePrice(client, this.parent, created.id, fields, this.progress, info),
            packages: this.settings.packages
        });
        if (changed)
            this.progress.changedFields = changed;
        this.progress.plan = plan;
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
        const { packageZip, uploadFiles: files, zipPlan: plan } = this.settings;
        const { bytes, seconds } = await this.deps.upload(url, { files, packageZip, plan });
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

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
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
const sas_MiB = 1024 * 1024;
/** Before 2016-05-31 (e.g. the docs' sample SAS, sv=2014-02-14): Put Block up to 4 MiB, Put Blob up to 64 MiB. */
const OLD_LIMITS = { maxBlock: 4 * sas_MiB, maxSinglePut: 64 * sas_MiB };
/** 2016-05-31 and later (sv=2017-04-17 reported live): 100 MiB and 256 MiB. Newer versions allow more; not needed. */
const MODERN_LIMITS = { maxBlock: 100 * sas_MiB, maxSinglePut: 256 * sas_MiB };
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
            yield localHeader(entry.record);
            if (entry.from === 'file') {
                const record = {
                    ...entry.record,
                    crc: yield* fileData(plan.fileSystem, entry.diskPath, entry.record.size, buffer)
                };
                yield dataDescriptor(record);
                written.push(record);
            }
            else {
                yield* copiedData(packageZip, entry.record, entry.dataOffset, buffer);
                written.push(entry.record);
            }
        }
        yield Buffer.concat(written.map(centralHeader));
        yield endRecords({ entries: written.length, size: plan.centralSize, offset: plan.centralOffset });
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

;// CONCATENATED MODULE: ./src/msix/publish.ts
/**
 * A run for an MSIX app, flight or add-on through the Store submission API:
 * sign in, resolve the parent (creating a flight or add-on asked for), then
 * the one lifecycle (or, for `operation: rollout`, the published submission's
 * rollout change). A dry run goes through rehearse.ts instead.
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
async function publish(settings, progress, deps) {
    const { clock, signal, info: log } = deps;
    if (settings.listings)
        log(`listings-folder ${settings.listings.path}: ${(0,edit/* describeListings */.di)(settings.listings)}.`);
    const client = new store_client/* StoreClient */.FC({ ...(0,sign_in/* signIn */.J)(settings, deps), storeApiUrl: settings.storeApiUrl });
    const resolved = await (0,resolve/* resolveParent */.v)(client, settings.target, log);
    if (settings.release?.kind === 'rollout') {
        progress.parent = resolved.parent; // (a submission's lifecycle records its own parent)
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
                : uploadBlob(url, contents.plan ? zipSource(contents.plan) : await zipStream(contents), uploadOptions);
        }
    }, progress).run();
}

;// CONCATENATED MODULE: ./src/msix/rehearse.ts
/**
 * A dry run of an MSIX run (`dry-run: true`): everything up to the first request that would change something,
 * then the plan, and nothing changed. It reads what a real run reads before its first change (the parent, the
 * published submission, a rollout in the way, the pending submission) and refuses what a real run would refuse
 * there; without credentials it signs in to nothing and says what it could not check. The engine chooses between
 * this and publish.ts (src/run/engine.ts), the one place a dry run is decided.
 */











/** Why a dry run cannot read the Store (no credentials to sign in with), or undefined when it can. */
function withoutStore(settings, idToken) {
    const missing = [!settings.tenantId && 'tenant-id', !settings.clientId && 'client-id'].filter(Boolean);
    const noOidc = settings.credential.kind === 'oidc' && !idToken.available;
    if (missing.length === 0 && !noOidc)
        return undefined;
    const why = missing.length ? `no ${missing.join(' or ')} given` : `no client-secret, and ${idToken.missing}`;
    return {
        unchecked: `${why}, so the dry run did not sign in: the packages' identity and versions were not compared with the app and its published packages, and the submission below holds only the changes (a real run applies them over the last published submission).`,
        firstChange: 'sign in, then replace any pending submission and create a new one'
    };
}
/**
 * The parent, read; never created. When a real run would create it first, the dry run prints what it can without
 * it and resolves with undefined.
 */
async function readParent(client, settings, log) {
    const { target } = settings;
    if (target.kind === 'app' || target.create === undefined)
        return (0,resolve/* resolveParent */.v)(client, target, log);
    try {
        return await (0,resolve/* resolveParent */.v)(client, { ...target, create: undefined }, log);
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ) || error instanceof errors/* ApiError */.hD)
            throw error;
        const what = target.kind === 'flight' ? `package flight '${target.flightName}'` : `add-on '${target.productId}'`;
        await printDryRun(settings, {
            edits: (0,src_edits/* allEdits */.Fk)(settings),
            unchecked: `the ${what} does not exist yet (${error.message}); its checks need it.`,
            firstChange: `create the ${what}, then a submission for it`
        }, log);
        return undefined;
    }
}
/** What a real run would do first with this parent, after the checks a real run makes before it. */
async function firstChange(client, resolved, settings, log) {
    const release = settings.release?.kind === 'submit' ? settings.release : undefined;
    // A rollout in the way fails here (existing-rollout: fail), as in a real run.
    await rolloutInTheWay(client, resolved, release?.existingRollout ?? 'fail', log);
    const { parent } = resolved;
    const pending = (0,parents/* pendingOf */.lc)(parent, resolved.resource);
    const replaces = pending && !parent.created;
    if (replaces && !settings.deletePending)
        throw keptPendingError(parent, pending.id);
    return replaces
        ? `delete the pending submission ${pending.id} of the ${parent.label}`
        : `create a submission for the ${parent.label}`;
}
async function rehearse(settings, progress, deps) {
    const log = deps.info;
    if (settings.listings)
        log(`listings-folder ${settings.listings.path}: ${(0,edit/* describeListings */.di)(settings.listings)}.`);
    const edits = (0,src_edits/* allEdits */.Fk)(settings);
    const offline = withoutStore(settings, deps.idToken);
    if (offline) {
        await printDryRun(settings, { edits, ...offline }, log);
        markDryRun(progress, settings);
        return;
    }
    const client = new store_client/* StoreClient */.FC({ ...(0,sign_in/* signIn */.J)(settings, deps), storeApiUrl: settings.storeApiUrl });
    const resolved = await readParent(client, settings, log);
    if (!resolved) {
        markDryRun(progress, settings);
        return;
    }
    progress.parent = resolved.parent;
    const { parent, resource } = resolved;
    const published = await checkEdits({ client, parent, resource, edits, readPublished: true, info: log });
    const first = await firstChange(client, resolved, settings, log);
    await printDryRun(settings, { edits, published, firstChange: first }, log);
    markDryRun(progress, settings, published);
}

// EXTERNAL MODULE: ./src/inputs/common.ts
var inputs_common = __webpack_require__(832);
// EXTERNAL MODULE: ./src/inputs/kinds.ts
var kinds = __webpack_require__(6106);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/listings/read.ts + 1 modules
var read = __webpack_require__(9231);
;// CONCATENATED MODULE: ./src/msix/inputs/listings.ts



/** The listings folder as the input gives it (path, and the kind of listing), or undefined when not given. */
function parseListingsInput(input, target) {
    const path = input('listings-folder');
    if (!path)
        return undefined;
    if (target.kind === 'flight') {
        (0,parse/* fail */.fJ)("Input 'listings-folder' is for app and add-on submissions; a package flight has no Store listing.", 'Publish the listings with the app submission (a step without the flight inputs).');
    }
    return { path, kind: target.kind };
}
/** The folder, read and checked. */
async function readListingsInput(given) {
    const folder = await (0,read/* readListingsFolder */.e)(given.path, given.kind);
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
const xml_strictUtf8 = new TextDecoder('utf-8', { fatal: true });
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
        return xml_strictUtf8.decode(bytes);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
    const extension = (0,external_node_path_.extname)(name).toLowerCase();
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
    const inner = await entryAccess(access, entry, isManifest);
    try {
        return await read(inner);
    }
    catch (error) {
        if (error instanceof ManifestError)
            throw new ManifestError(`in ${entry.name}: ${error.message}`, error.hint);
        if (error instanceof NotAZipError)
            throw new NotAZipError(`in ${entry.name}: ${error.message}`);
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
    const manifest = readPackageManifest(await readEntry(access, entry, MANIFEST_LIMIT));
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
    const bundle = readBundleManifest(await readEntry(access, entry, MANIFEST_LIMIT));
    checkBundled(entries, bundle);
    const targets = [];
    for (const inner of bundle.packages.filter((p) => p.type === 'application')) {
        const deviceFamilies = inner.deviceFamilies.length
            ? inner.deviceFamilies
            : await innerZip(access, findPart(entries, inner.fileName), async (zip) => {
                return (await readAppPackage(zip, await readZipEntries(zip))).targets[0].deviceFamilies;
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
        const read = await innerZip(access, entry, async (zip) => readAs(kind, zip, await readZipEntries(zip)));
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
async function readPackage(path, open = openFileAccess) {
    const fileName = (0,external_node_path_.basename)(path);
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
        const contents = await readAs(kind, file, await readZipEntries(file));
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
        if (error instanceof NotAZipError || error instanceof ManifestError) {
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
    return `${negated ? '!' : ''}${(0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(workspace, path)}`;
}
/** Fails when two files would take the same path in the zip (by the one path rule, zip/path.ts: without case). */
function checkUniqueFileNames(paths) {
    const seen = new Map();
    for (const path of paths) {
        const key = (0,zip_path/* normalizeZipPath */.I)((0,external_node_path_.basename)(path));
        const other = seen.get(key);
        if (other !== undefined) {
            throw new errors/* ActionError */.lZ(`Two packages have the same file name, ${(0,external_node_path_.basename)(path)}: ${other} and ${path}; each is uploaded under its file name.`, { hint: "Narrow the 'packages' patterns (a `!` line excludes), or rename one of them." });
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
    const glob = await Promise.all(/* import() */[__webpack_require__.e(779), __webpack_require__.e(90), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 7090));
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
            if (!PACKAGE_EXTENSIONS.includes((0,external_node_path_.extname)(file).toLowerCase())) {
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
        hint: `${EXCLUDE} for each package that is not this app's, e.g. '!**/${(0,external_node_path_.basename)(sorted[sorted.length - 1][0].path)}'.`
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

// EXTERNAL MODULE: ./src/inputs/release-notes.ts
var release_notes = __webpack_require__(2004);
;// CONCATENATED MODULE: ./src/msix/inputs/packages.ts







/** `0`, `all`, or a whole number of packages to keep per architecture and device family. */
function parseKeepPackages(value) {
    const text = value.trim().toLowerCase();
    if (text === '')
        return 0;
    if (text === 'all')
        return 'all';
    if (/^\d{1,6}$/.test(text))
        return Number(text);
    return (0,parse/* fail */.fJ)(`Input 'keep-packages' must be 0, all, or a whole number, got '${value}'.`, '0 (the default) replaces every package; all keeps them; N keeps the N newest of each architecture and device family.');
}
/** Package mode as the inputs set it, or undefined when `packages` is not given. */
function parsePackageMode(input, target) {
    const patterns = splitPatterns(input('packages'));
    if (patterns.length === 0) {
        if (input('keep-packages'))
            (0,parse/* fail */.fJ)("Input 'keep-packages' needs 'packages': it says what happens to the packages already on the submission when new ones come.");
        return undefined;
    }
    if (target.kind === 'add-on') {
        (0,parse/* fail */.fJ)("Input 'packages' is for app and flight submissions; an add-on submission has no packages.");
    }
    return { patterns, keep: parseKeepPackages(input('keep-packages')) };
}
/** Finds and reads the packages (each one that is missing, foreign or unreadable fails here). */
async function readPackageMode(parsed, target, workspace) {
    const paths = await findPackages(parsed.patterns, workspace);
    const packages = [];
    for (const path of paths)
        packages.push(await readPackage(path));
    const field = (target.kind === 'app' ? parents/* APP */.uq.packagesField : parents/* FLIGHT */.ru.packagesField);
    return {
        packages,
        files: packages.map((info) => ({ zipPath: info.fileName, diskPath: info.path })),
        edit: packagesEdit({ packages, field, keep: parsed.keep })
    };
}
/** The release notes as given, refused (before any file is read) for a flight or an add-on. */
function parseMsixReleaseNotes(input, target) {
    const given = (0,release_notes/* parseReleaseNotes */.U)(input);
    if (given && target.kind !== 'app') {
        (0,parse/* fail */.fJ)(`Release notes belong to an app's listings; ${target.kind === 'flight' ? 'a flight submission has no listings' : "an add-on's listings have no release notes"}.`, "Remove 'release-notes' from this step.");
    }
    return given;
}
/** The release-notes edit (the file read, if the notes are in one). */
async function readReleaseNotes(given) {
    return releaseNotesEdit(await (0,release_notes/* readReleaseNotesText */.K)(given));
}

// EXTERNAL MODULE: ./src/inputs/submission-json.ts
var submission_json = __webpack_require__(6704);
;// CONCATENATED MODULE: ./src/msix/inputs/submission-json.ts
/** `submission-json` (or its file) and `package-zip`: read, parsed, and checked against each other and the kind. */








const KIND_OF = { app: parents/* APP */.uq, flight: parents/* FLIGHT */.ru, 'add-on': parents/* ADD_ON */.ui };
/** A package list that does not belong to this kind of submission would only fail after the Store changed. */
function checkPackageField(changes, target, source) {
    const kind = KIND_OF[target.kind];
    for (const field of [parents/* APP */.uq.packagesField, parents/* FLIGHT */.ru.packagesField]) {
        if (field in changes && field !== kind.packagesField) {
            (0,parse/* fail */.fJ)(`${source} sets '${field}', but this is ${/^[aeiou]/i.test(kind.noun) ? 'an' : 'a'} ${kind.noun} submission${kind.packagesField ? `, whose package list is '${kind.packagesField}'` : ', which has no packages'}.`, kind.packagesField
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
            (0,parse/* fail */.fJ)(`'package-zip' is not a file: ${path}.`);
        size = info.size;
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        return (0,parse/* fail */.fJ)(`'package-zip' does not exist: ${path}.`, 'Build the zip before this step, and check the path (it is relative to the workspace).');
    }
    let entries;
    try {
        entries = await listZipEntries(path);
    }
    catch (error) {
        return (0,parse/* fail */.fJ)(`'package-zip' is not a readable zip file (${size} bytes): ${path}: ${error.message}.`);
    }
    const missing = (0,merge/* missingFromZip */.Ik)(pending, [...entries, ...alsoUploaded]);
    if (missing.length > 0) {
        const list = missing.map((file) => `'${file.fileName}' (${file.where})`).join(', ');
        (0,parse/* fail */.fJ)(`'package-zip' is missing ${missing.length} file(s) that ${source} marks PendingUpload: ${list}.`, 'Each fileName must be a path inside the zip (\\ and / alike, any case).');
    }
}
/**
 * submission-json and package-zip, checked against each other and against
 * the files the action zips itself (`uploadFiles`): every PendingUpload file
 * is in what is uploaded, and no two entries share a path. The zip is planned
 * here, once (its plan is what the dry run shows and the upload writes).
 */
async function readChangesAndZip(parsed, packageZip, target, uploadFiles) {
    const { changes, source } = await (0,submission_json/* readChanges */.S)(parsed);
    checkPackageField(changes, target, source);
    const pendingFiles = (0,merge/* pendingUploads */.af)(changes);
    const uploaded = uploadFiles.map((file) => file.zipPath);
    if (packageZip) {
        await checkZip(packageZip, pendingFiles, source, uploaded);
    }
    else {
        const missing = (0,merge/* missingFromZip */.Ik)(pendingFiles, uploaded);
        if (missing.length > 0) {
            (0,parse/* fail */.fJ)(`${source} marks ${missing.length} file(s) PendingUpload (first: '${missing[0].fileName}') but 'package-zip' is not set.`, "Set 'package-zip' to the zip that holds them.");
        }
    }
    // Two entries at one path (a package named like an entry of package-zip) fail now, not after the Store changed.
    const zipPlan = uploadFiles.length > 0 ? await planZip({ files: uploadFiles, packageZip }) : undefined;
    return { changes, pendingFiles, packageZip, zipPlan };
}

// EXTERNAL MODULE: ./src/msix/inputs/target.ts
var inputs_target = __webpack_require__(6162);
;// CONCATENATED MODULE: ./src/msix/release/controls.ts
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
        (0,parse/* fail */.fJ)(`Input '${name}' must be a percentage from 0 to 100 (decimals allowed, e.g. 12.5), got '${value}'.`);
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
        (0,parse/* fail */.fJ)(`Input '${name}' is not an ISO 8601 date and time: '${value}'.`, hint);
    const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
    const parts = [y, mo, d, h, mi, s].map(Number);
    const local = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
    const check = new Date(local);
    if (check.getUTCMonth() !== parts[1] - 1 ||
        check.getUTCDate() !== parts[2] ||
        parts[3] > 23 ||
        parts[4] > 59 ||
        parts[5] > 59) {
        (0,parse/* fail */.fJ)(`Input '${name}' is not a real date and time: '${value}'.`, hint);
    }
    const offset = /^z$/i.test(zone) ? 0 : offsetMinutes(zone);
    if (Math.abs(offset) > 18 * 60)
        (0,parse/* fail */.fJ)(`Input '${name}' has an impossible UTC offset: '${value}'.`, hint);
    const time = local - offset * 60_000 + Number(`0.${fraction || '0'}`) * 1000;
    if (time <= now) {
        (0,parse/* fail */.fJ)(`Input '${name}' (${new Date(time).toISOString()}) is not in the future (it is now ${new Date(now).toISOString()}).`, 'Give a later date, or leave the input out.');
    }
    return new Date(time).toISOString();
}
function offsetMinutes(zone) {
    const digits = zone.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    return zone.startsWith('-') ? -minutes : minutes;
}
function releaseFields(input, context) {
    const publishMode = (0,parse/* readChoice */.Kf)(input, 'publish-mode');
    const publishDate = input('publish-date');
    const percentage = input('rollout-percentage');
    const mandatoryDate = input('mandatory-update-date');
    if (publishDate && publishMode !== 'SpecificDate') {
        (0,parse/* fail */.fJ)(`Input 'publish-date' is set, but 'publish-mode' is ${publishMode ?? 'not set'}.`, "Set 'publish-mode: SpecificDate' to publish on that date, or leave 'publish-date' out.");
    }
    if (publishMode === 'SpecificDate' && !publishDate) {
        (0,parse/* fail */.fJ)("'publish-mode: SpecificDate' needs 'publish-date': the date and time to publish on (ISO 8601).");
    }
    const mandatoryUpdate = (0,parse/* readBoolean */.Vf)(input, 'mandatory-update');
    if (mandatoryDate && mandatoryUpdate !== true) {
        (0,parse/* fail */.fJ)("Input 'mandatory-update-date' is set, but 'mandatory-update' is not true.", "Set 'mandatory-update: true' too, or leave the date out.");
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
    if ((0,kinds/* runOperation */.xj)(input) === 'rollout')
        set.unshift('operation');
    if ((0,parse/* readChoice */.Kf)(input, 'existing-rollout') !== 'fail')
        set.push('existing-rollout');
    if (set.length) {
        (0,parse/* fail */.fJ)(`${set.map((name) => `'${name}'`).join(', ')} ${set.length === 1 ? 'makes' : 'make'} no sense for an add-on: add-ons have no packages to roll out or make mandatory.`, 'Leave them out of the add-on step; use them in an app or flight step.');
    }
}
/**
 * `operation: rollout`. The inputs that belong to submissions only are refused before (src/inputs/kinds.ts,
 * from the declaration); what is left to check here are values.
 */
function rolloutOperation(input) {
    const action = (0,parse/* readChoice */.Kf)(input, 'rollout-action');
    if (!action)
        (0,parse/* fail */.fJ)("'operation: rollout' needs 'rollout-action': update (to 'rollout-percentage'), finalize or halt.");
    const percentage = input('rollout-percentage');
    if (action === 'update') {
        if (!percentage)
            (0,parse/* fail */.fJ)("'rollout-action: update' needs 'rollout-percentage': the new share of users.");
        return { kind: 'rollout', change: { action, percentage: parsePercentage('rollout-percentage', percentage) } };
    }
    if (percentage) {
        (0,parse/* fail */.fJ)(`'rollout-action: ${action}' takes no 'rollout-percentage' (${action === 'finalize' ? 'finalizing gives the new packages to everyone' : 'halting stops the rollout'}).`, "Leave 'rollout-percentage' out, or use 'rollout-action: update' to change the share.");
    }
    return { kind: 'rollout', change: { action } };
}
/**
 * Parses and checks the release-control inputs (after src/inputs/kinds.ts refused those of another operation).
 * `operation: status` and `export` never get here: each API's parse hands them to src/read-back/api.ts first.
 */
function parseReleaseOperation(input, context) {
    refuseOnAddOn(input, context);
    if ((0,kinds/* runOperation */.xj)(input) === 'rollout')
        return rolloutOperation(input);
    return {
        kind: 'submit',
        fields: releaseFields(input, context),
        existingRollout: (0,parse/* readChoice */.Kf)(input, 'existing-rollout') ?? 'fail',
        commit: (0,parse/* readBoolean */.Vf)(input, 'commit') ?? true
    };
}

;// CONCATENATED MODULE: ./src/msix/release/edit.ts

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

;// CONCATENATED MODULE: ./src/msix/settings.ts










/** Reads and checks the inputs alone (no file, no request). `now` (ms) is when dates must lie after. */
function parseSettings(input, now = Date.now()) {
    (0,kinds/* checkRunKind */.yD)(input);
    const dryRun = (0,parse/* readBoolean */.Vf)(input, 'dry-run') ?? false;
    const common = (0,inputs_common/* readCommon */.C)(input, dryRun);
    const target = (0,inputs_target/* readTarget */._)(input);
    const release = parseReleaseOperation(input, { kind: target.kind, now });
    if (dryRun && release.kind === 'rollout') {
        (0,parse/* fail */.fJ)("'dry-run' is for submissions; 'operation: rollout' has nothing to rehearse.", "Leave 'dry-run' out of the rollout step.");
    }
    return {
        ...common,
        target,
        deletePending: (0,parse/* readBoolean */.Vf)(input, 'delete-pending') ?? true,
        storeApiUrl: (0,parse/* readBaseUrl */.$P)(input, 'store-api-url'),
        uploadConcurrency: (0,parse/* readNumber */.kz)(input, 'upload-concurrency'),
        dryRun,
        release,
        given: {
            packages: parsePackageMode(input, target),
            releaseNotes: parseMsixReleaseNotes(input, target),
            listings: parseListingsInput(input, target),
            changes: (0,submission_json/* parseChangesInput */.b)(input),
            packageZip: input('package-zip') || undefined
        }
    };
}
/**
 * Reads what the inputs point at: finds and reads the packages, the release notes' file, the listings folder and
 * submission-json's file, checks package-zip, and plans the upload zip once. Every problem fails here, before the
 * first request.
 */
async function prepareSettings(parsed, workspace = process.cwd()) {
    const { given, release, target, ...settings } = parsed;
    const packageMode = given.packages ? await readPackageMode(given.packages, target, workspace) : undefined;
    const releaseNotes = given.releaseNotes ? await readReleaseNotes(given.releaseNotes) : undefined;
    const listings = given.listings ? await readListingsInput(given.listings) : undefined;
    // The documented order: packages, release notes, listings folder, release controls; submission-json after them all.
    const releaseControls = release.kind === 'submit' && Object.keys(releaseFieldsOf(release.fields)).length
        ? releaseControlsEdit(release.fields)
        : undefined;
    const edits = [packageMode?.edit, releaseNotes, listings?.edit, releaseControls].filter((edit) => edit !== undefined);
    const uploadFiles = [...(packageMode?.files ?? []), ...(listings?.files ?? [])];
    const read = await readChangesAndZip(given.changes, given.packageZip, target, uploadFiles);
    return {
        ...settings,
        target,
        release,
        edits,
        ...read,
        uploadFiles,
        packages: packageMode?.packages ?? [],
        listings: listings?.folder
    };
}
/** parseSettings, then prepareSettings. */
async function readSettings(input, now = Date.now()) {
    return prepareSettings(parseSettings(input, now));
}

;// CONCATENATED MODULE: ./src/msix/api.ts
/** The Store submission API (MSIX apps, package flights, add-ons) as the engine runs it. */






const MSIX_API = {
    parse(input, now) {
        if ((0,api/* readsBack */.Fg)(input))
            return (0,api/* parseReadBack */.F7)(input);
        const parsed = parseSettings(input, now);
        return {
            async prepare() {
                const settings = await prepareSettings(parsed);
                const progress = { committed: false };
                return {
                    dryRun: settings.dryRun,
                    run: (deps) => publish(settings, progress, deps),
                    rehearse: (deps) => rehearse(settings, progress, deps),
                    doneLine: () => msixDoneLine(progress),
                    leftBehind: () => leftBehind(progress),
                    report: () => msixReport(progress)
                };
            }
        };
    }
};


/***/ })

};
;
//# sourceMappingURL=850.index.cjs.js.map