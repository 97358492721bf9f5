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
import { NotAZipError, openFileAccess, type RandomAccess } from './access.js';
import {
  findExtraField,
  FIXED_SIZE,
  MAX_COMMENT,
  SIGNATURE,
  ZIP32_MAX,
  ZIP32_MAX_ENTRIES,
  ZIP64_EXTRA_ID
} from './format.js';
import { decodeEntryName } from './names.js';

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
  for (let i = tail.length - FIXED_SIZE.end; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== SIGNATURE.end) continue;
    const commentLength = tail.readUInt16LE(i + 20);
    if (i + FIXED_SIZE.end + commentLength !== tail.length) continue;
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
  throw new NotAZipError(
    `no end-of-central-directory record (searched the last ${tail.length} bytes from ${tailOffset})`
  );
}

/** Where the ZIP64 end-of-central-directory record is, if the tail has a locator before the EOCD. */
function zip64RecordOffset(tail: Buffer): number | undefined {
  for (let i = tail.length - FIXED_SIZE.end; i >= FIXED_SIZE.zip64Locator; i--) {
    const locator = i - FIXED_SIZE.zip64Locator;
    if (tail.readUInt32LE(i) === SIGNATURE.end && tail.readUInt32LE(locator) === SIGNATURE.zip64Locator) {
      return Number(tail.readBigUInt64LE(locator + 8));
    }
  }
  return undefined;
}

/** The sizes and offset from a ZIP64 extended information field, where the classic fields say "see ZIP64". */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  const field = findExtraField(extra, ZIP64_EXTRA_ID);
  let at = 0;
  const next = (what: string): number => {
    if (!field || at + 8 > field.length) throw new NotAZipError(`entry '${entry.name}' lacks its ZIP64 ${what}`);
    const value = Number(field.readBigUInt64LE(at));
    at += 8;
    return value;
  };
  if (entry.uncompressedSize === ZIP32_MAX) entry.uncompressedSize = next('size');
  if (entry.compressedSize === ZIP32_MAX) entry.compressedSize = next('compressed size');
  if (entry.localHeaderOffset === ZIP32_MAX) entry.localHeaderOffset = next('offset');
}

/** Parses central directory records into entries; pure. */
export function parseCentralDirectory(directory: Buffer, expectedEntries: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
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
    at += FIXED_SIZE.centralHeader + nameLength + extraLength + commentLength;
  }
  if (entries.length !== expectedEntries) {
    throw new NotAZipError(`central directory lists ${entries.length} of ${expectedEntries} entries`);
  }
  return entries;
}

/** Every entry of the zip in `source`, in central directory order (directories included). */
export async function readZipEntries(source: RandomAccess): Promise<ZipEntry[]> {
  const { size } = source;
  if (size < FIXED_SIZE.end) throw new NotAZipError(`file is only ${size} bytes`);
  const tailLength = Math.min(size, FIXED_SIZE.end + MAX_COMMENT + FIXED_SIZE.zip64Locator);
  const tailOffset = size - tailLength;
  const tail = await source.read(tailOffset, tailLength);
  let zip64: Buffer | undefined;
  const zip64Offset = zip64RecordOffset(tail);
  if (zip64Offset !== undefined && zip64Offset + FIXED_SIZE.zip64End <= size) {
    zip64 = await source.read(zip64Offset, FIXED_SIZE.zip64End);
    if (zip64.readUInt32LE(0) !== SIGNATURE.zip64End) zip64 = undefined;
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
