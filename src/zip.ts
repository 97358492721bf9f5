/**
 * Reads a zip's central directory (entry names and where each entry lies)
 * and single entries, reading only the bytes it needs: the tail, the
 * directory, then one entry. Packages reach many GB; ZIP64 archives and
 * entries are read the same way. Works over any RandomAccess: a file, or a
 * zip held inside another zip.
 */
import { crc32, inflateRaw } from 'node:zlib';
import { inflatedAccess, NotAZipError, openFileAccess, windowAccess, type RandomAccess } from './zip/access.js';
import { decodeEntryName, findExtraField } from './zip/names.js';
import { inflateOnce } from './zip/one-pass.js';

export { NotAZipError, openFileAccess, type RandomAccess } from './zip/access.js';

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;

export const STORED = 0;
export const DEFLATED = 8;

export interface ZipEntry {
  /** As stored, `/`-separated, decoded as UTF-8 or CP437 (see zip/names.ts). */
  name: string;
  /** Compression method: STORED (0), DEFLATED (8), or another the reader does not handle. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
  /** General purpose bit flags (bit 0: encrypted, bit 3: data descriptor, bit 11: UTF-8 name). */
  flags: number;
  crc32: number;
  /** The rest of the central directory header, as stored: what copying the entry raw into another zip keeps. */
  raw: {
    name: Buffer;
    versionMadeBy: number;
    versionNeeded: number;
    /** MS-DOS modification time and date. */
    time: number;
    date: number;
    externalAttributes: number;
    /** Extra fields, ZIP64 included. */
    extra: Buffer;
  };
}

interface CentralDirectory {
  entries: number;
  size: number;
  offset: number;
}

/** Finds the end-of-central-directory record in the tail of the file; pure. */
export function findCentralDirectory(tail: Buffer, tailOffset: number, zip64Record?: Buffer): CentralDirectory {
  for (let i = tail.length - EOCD_MIN_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIGNATURE) continue;
    const commentLength = tail.readUInt16LE(i + 20);
    if (i + EOCD_MIN_SIZE + commentLength !== tail.length) continue;
    let entries = tail.readUInt16LE(i + 10);
    let size = tail.readUInt32LE(i + 12);
    let offset = tail.readUInt32LE(i + 16);
    if ((entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) && zip64Record) {
      entries = Number(zip64Record.readBigUInt64LE(32));
      size = Number(zip64Record.readBigUInt64LE(40));
      offset = Number(zip64Record.readBigUInt64LE(48));
    }
    return { entries, size, offset };
  }
  throw new NotAZipError(
    `no end-of-central-directory record (searched the last ${tail.length} bytes from ${tailOffset})`
  );
}

/** Where the ZIP64 end-of-central-directory record is, if the tail has a locator before the EOCD. */
function zip64RecordOffset(tail: Buffer): number | undefined {
  for (let i = tail.length - EOCD_MIN_SIZE; i >= 20; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE && tail.readUInt32LE(i - 20) === ZIP64_LOCATOR_SIGNATURE) {
      return Number(tail.readBigUInt64LE(i - 20 + 8));
    }
  }
  return undefined;
}

/** The sizes and offset from a ZIP64 extended information field, where the classic fields say "see ZIP64". */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  const field = findExtraField(extra, ZIP64_EXTRA);
  let at = 0;
  const next = (what: string): number => {
    if (!field || at + 8 > field.length) throw new NotAZipError(`entry '${entry.name}' lacks its ZIP64 ${what}`);
    const value = Number(field.readBigUInt64LE(at));
    at += 8;
    return value;
  };
  if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next('size');
  if (entry.compressedSize === 0xffffffff) entry.compressedSize = next('compressed size');
  if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next('offset');
}

/** Parses central directory records into entries; pure. */
export function parseCentralDirectory(directory: Buffer, expectedEntries: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 46 <= directory.length && entries.length < expectedEntries) {
    if (directory.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE) {
      throw new NotAZipError(`corrupt central directory at entry ${entries.length + 1}`);
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const rawName = directory.subarray(at + 46, at + 46 + nameLength);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const entry: ZipEntry = {
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
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length !== expectedEntries) {
    throw new NotAZipError(`central directory lists ${entries.length} of ${expectedEntries} entries`);
  }
  return entries;
}

/** Every entry of the zip in `source`, in central directory order (directories included). */
export async function readZipEntries(source: RandomAccess): Promise<ZipEntry[]> {
  const { size } = source;
  if (size < EOCD_MIN_SIZE) throw new NotAZipError(`file is only ${size} bytes`);
  const tailLength = Math.min(size, EOCD_MIN_SIZE + MAX_COMMENT + 20);
  const tailOffset = size - tailLength;
  const tail = await source.read(tailOffset, tailLength);
  let zip64: Buffer | undefined;
  const zip64Offset = zip64RecordOffset(tail);
  if (zip64Offset !== undefined && zip64Offset + 56 <= size) {
    zip64 = await source.read(zip64Offset, 56);
    if (zip64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) zip64 = undefined;
  }
  const directory = findCentralDirectory(tail, tailOffset, zip64);
  if (directory.offset + directory.size > size) {
    throw new NotAZipError('central directory points past the end of the file (truncated?)');
  }
  return parseCentralDirectory(await source.read(directory.offset, directory.size), directory.entries);
}

/** The entry names of the zip at `path` (directories included, as stored). */
export async function listZipEntries(path: string): Promise<string[]> {
  const file = await openFileAccess(path);
  try {
    return (await readZipEntries(file)).map((entry) => entry.name);
  } finally {
    await file.close();
  }
}

/** Where the entry's data starts: after its local header, whose name and extra lengths may differ from the directory's. */
async function dataOffset(source: RandomAccess, entry: ZipEntry): Promise<number> {
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
    throw new NotAZipError(`no local header for '${entry.name}' at ${entry.localHeaderOffset}`);
  }
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

function checkReadable(entry: ZipEntry): void {
  if (entry.flags & 0x1) throw new NotAZipError(`entry '${entry.name}' is encrypted`);
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
export async function entryAccess(
  source: RandomAccess,
  entry: ZipEntry,
  keep?: (name: string) => boolean
): Promise<RandomAccess & { close?: () => void }> {
  checkReadable(entry);
  const compressed = windowAccess(source, await dataOffset(source, entry), entry.compressedSize);
  if (entry.method === STORED) return compressed;
  return keep
    ? inflateOnce(compressed, entry.uncompressedSize, keep)
    : inflatedAccess(compressed, entry.uncompressedSize);
}

function inflate(compressed: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    inflateRaw(compressed, { maxOutputLength: Math.max(limit, 1) }, (error, data) =>
      error ? reject(error) : resolve(data)
    )
  );
}

/** One whole (small) entry, checked against its CRC-32; `limit` guards against a huge one. */
export async function readEntry(source: RandomAccess, entry: ZipEntry, limit: number): Promise<Buffer> {
  checkReadable(entry);
  if (entry.uncompressedSize > limit) {
    throw new NotAZipError(`entry '${entry.name}' is ${entry.uncompressedSize} bytes (more than ${limit})`);
  }
  const compressed = await source.read(await dataOffset(source, entry), entry.compressedSize);
  let data = compressed;
  if (entry.method === DEFLATED) {
    try {
      data = await inflate(compressed, limit);
    } catch (error) {
      throw new NotAZipError(`cannot inflate '${entry.name}': ${(error as Error).message}`);
    }
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
    throw new NotAZipError(`entry '${entry.name}' is corrupt (its size or CRC-32 does not match the directory)`);
  }
  return data;
}
