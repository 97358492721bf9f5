"use strict";
exports.id = 932;
exports.ids = [932];
exports.modules = {

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h_: () => (/* binding */ entryAccess),
  wj: () => (/* binding */ localHeaderPlace),
  hB: () => (/* binding */ readEntry)
});

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/zip/access.ts
var access = __webpack_require__(2917);
// EXTERNAL MODULE: ./src/zip/format.ts
var format = __webpack_require__(4632);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/zip/names.ts
var names = __webpack_require__(3639);
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

/***/ 5932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkUniquePaths: () => (/* binding */ checkUniquePaths),
  planZip: () => (/* binding */ planZip),
  zipName: () => (/* binding */ zipName)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/zip/access.ts
var access = __webpack_require__(2917);
// EXTERNAL MODULE: ./src/zip/directory.ts
var directory = __webpack_require__(3960);
// EXTERNAL MODULE: ./src/zip/entry.ts + 1 modules
var zip_entry = __webpack_require__(9979);
// EXTERNAL MODULE: ./src/zip/format.ts
var format = __webpack_require__(4632);
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
var path = __webpack_require__(6680);
// EXTERNAL MODULE: ./src/zip/records.ts
var records = __webpack_require__(8269);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4632);
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


/***/ })

};
;
//# sourceMappingURL=932.index.cjs.js.map