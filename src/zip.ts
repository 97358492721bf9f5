/**
 * Reads the names of the entries in a zip file from its central directory,
 * without decompressing anything and without reading the whole file: enough
 * to check, before any request, that the zip holds what the submission needs.
 * Handles ZIP64 archives (packages can be many GB).
 */
import { open } from 'node:fs/promises';

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

export class NotAZipError extends Error {}

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

/** Parses central directory entries into file names; pure. */
export function parseCentralDirectory(directory: Buffer, expectedEntries: number): string[] {
  const names: string[] = [];
  let at = 0;
  while (at + 46 <= directory.length && names.length < expectedEntries) {
    if (directory.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE) {
      throw new NotAZipError(`corrupt central directory at entry ${names.length + 1}`);
    }
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const raw = directory.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: UTF-8 names. Without it the name is CP437; ASCII (all a Store file name should be) reads the same.
    names.push(raw.toString(flags & 0x800 ? 'utf8' : 'latin1'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (names.length !== expectedEntries) {
    throw new NotAZipError(`central directory lists ${names.length} of ${expectedEntries} entries`);
  }
  return names;
}

/** The entry names of the zip at `path` (directories included, as stored). */
export async function listZipEntries(path: string): Promise<string[]> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size < EOCD_MIN_SIZE) throw new NotAZipError(`file is only ${size} bytes`);
    const tailLength = Math.min(size, EOCD_MIN_SIZE + MAX_COMMENT + 20);
    const tailOffset = size - tailLength;
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, tailOffset);
    let zip64: Buffer | undefined;
    const zip64Offset = zip64RecordOffset(tail);
    if (zip64Offset !== undefined && zip64Offset + 56 <= size) {
      zip64 = Buffer.alloc(56);
      await file.read(zip64, 0, 56, zip64Offset);
      if (zip64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) zip64 = undefined;
    }
    const directory = findCentralDirectory(tail, tailOffset, zip64);
    if (directory.offset + directory.size > size) {
      throw new NotAZipError('central directory points past the end of the file (truncated?)');
    }
    const buffer = Buffer.alloc(directory.size);
    await file.read(buffer, 0, directory.size, directory.offset);
    return parseCentralDirectory(buffer, directory.entries);
  } finally {
    await file.close();
  }
}
