/**
 * The central directory of an existing zip as the records needed to copy its
 * entries raw into another zip: method, CRC-32, sizes (Zip64 fields read),
 * where each local header is. Reads only the tail and the central directory.
 *
 * Interim: src/zip.ts is growing entry metadata for package mode; once it
 * lands, this file should read through it instead of finding the end
 * records itself.
 */
import type { FileHandle } from 'node:fs/promises';
import { findCentralDirectory, NotAZipError } from '../zip.js';
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  END_SIGNATURE,
  END_SIZE,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
  ZIP32_MAX,
  ZIP64_END_SIGNATURE,
  ZIP64_END_SIZE,
  ZIP64_EXTRA_ID,
  ZIP64_LOCATOR_SIGNATURE,
  ZIP64_LOCATOR_SIZE
} from './zip-records.js';

/** One entry of an existing zip, from its central directory header. */
export interface ZipEntryInfo {
  /** The name decoded: UTF-8 when flagged (bit 11) or valid UTF-8, else Latin-1. */
  name: string;
  rawName: Buffer;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  externalAttributes: number;
  /** The header's extra fields other than Zip64. */
  extra: Buffer;
}

const MAX_COMMENT = 0xffff;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeName(raw: Buffer, flags: number): string {
  if (flags & 0x800) return raw.toString('utf8');
  try {
    return utf8.decode(raw);
  } catch {
    return raw.toString('latin1');
  }
}

/** Splits extra fields into the Zip64 one (its data) and the rest; pure. */
export function splitExtra(extra: Buffer): { zip64?: Buffer; rest: Buffer } {
  const rest: Buffer[] = [];
  let zip64: Buffer | undefined;
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const end = Math.min(extra.length, at + 4 + extra.readUInt16LE(at + 2));
    if (id === ZIP64_EXTRA_ID) zip64 = extra.subarray(at + 4, end);
    else rest.push(extra.subarray(at, end));
    at = end;
  }
  return { zip64, rest: Buffer.concat(rest) };
}

/** Parses one central directory header at `at`; pure. Returns the entry and the offset of the next header. */
export function parseCentralHeader(directory: Buffer, at: number): { entry: ZipEntryInfo; next: number } {
  if (at + CENTRAL_HEADER_SIZE > directory.length || directory.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) {
    throw new NotAZipError(`corrupt central directory at byte ${at}`);
  }
  const flags = directory.readUInt16LE(at + 8);
  const nameLength = directory.readUInt16LE(at + 28);
  const extraLength = directory.readUInt16LE(at + 30);
  const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + directory.readUInt16LE(at + 32);
  if (next > directory.length) throw new NotAZipError(`central directory header at byte ${at} runs past its end`);
  const rawName = Buffer.from(directory.subarray(at + 46, at + 46 + nameLength));
  const { zip64, rest } = splitExtra(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
  let zip64At = 0;
  // Each 0xFFFFFFFF field is in the Zip64 field, in this order (APPNOTE 4.5.3).
  const wide = (value: number): number => {
    if (value !== ZIP32_MAX) return value;
    if (!zip64 || zip64At + 8 > zip64.length) throw new NotAZipError(`entry at byte ${at} lacks its Zip64 field`);
    zip64At += 8;
    return Number(zip64.readBigUInt64LE(zip64At - 8));
  };
  const size = wide(directory.readUInt32LE(at + 24));
  const compressedSize = wide(directory.readUInt32LE(at + 20));
  const localHeaderOffset = wide(directory.readUInt32LE(at + 42));
  const entry: ZipEntryInfo = {
    name: decodeName(rawName, flags),
    rawName,
    versionMadeBy: directory.readUInt16LE(at + 4),
    versionNeeded: directory.readUInt16LE(at + 6),
    flags,
    method: directory.readUInt16LE(at + 10),
    time: directory.readUInt16LE(at + 12),
    date: directory.readUInt16LE(at + 14),
    crc: directory.readUInt32LE(at + 16),
    compressedSize,
    size,
    localHeaderOffset,
    externalAttributes: directory.readUInt32LE(at + 38),
    extra: Buffer.from(rest)
  };
  return { entry, next };
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new NotAZipError(`file ends at byte ${position + bytesRead}, before ${length} bytes`);
  return buffer;
}

/** The entries of the open zip `file` of `size` bytes, in central directory order. */
export async function readZipEntries(file: FileHandle, size: number): Promise<ZipEntryInfo[]> {
  if (size < END_SIZE) throw new NotAZipError(`file is only ${size} bytes`);
  const tailLength = Math.min(size, END_SIZE + MAX_COMMENT + ZIP64_LOCATOR_SIZE);
  const tail = await readAt(file, size - tailLength, tailLength);
  let zip64End: Buffer | undefined;
  for (let i = tail.length - END_SIZE; i >= ZIP64_LOCATOR_SIZE; i--) {
    if (tail.readUInt32LE(i) !== END_SIGNATURE || i + END_SIZE + tail.readUInt16LE(i + 20) !== tail.length) continue;
    if (tail.readUInt32LE(i - ZIP64_LOCATOR_SIZE) !== ZIP64_LOCATOR_SIGNATURE) break;
    const offset = Number(tail.readBigUInt64LE(i - ZIP64_LOCATOR_SIZE + 8));
    if (offset + ZIP64_END_SIZE <= size) zip64End = await readAt(file, offset, ZIP64_END_SIZE);
    if (zip64End?.readUInt32LE(0) !== ZIP64_END_SIGNATURE) zip64End = undefined;
    break;
  }
  const place = findCentralDirectory(tail, size - tailLength, zip64End);
  if (place.offset + place.size > size) throw new NotAZipError('central directory points past the end of the file');
  const directory = await readAt(file, place.offset, place.size);
  const entries: ZipEntryInfo[] = [];
  for (let at = 0; entries.length < place.entries;) {
    const { entry, next } = parseCentralHeader(directory, at);
    if (entry.localHeaderOffset + entry.compressedSize > place.offset) {
      throw new NotAZipError(`entry '${entry.name}' runs into the central directory`);
    }
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** Where an entry's data starts, and its local header's extra fields other than Zip64. */
export async function readLocalHeader(
  file: FileHandle,
  entry: ZipEntryInfo
): Promise<{ dataOffset: number; extra: Buffer }> {
  const header = await readAt(file, entry.localHeaderOffset, LOCAL_HEADER_SIZE);
  if (header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
    throw new NotAZipError(`no local header for '${entry.name}' at byte ${entry.localHeaderOffset}`);
  }
  const nameLength = header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const at = entry.localHeaderOffset + LOCAL_HEADER_SIZE + nameLength;
  const extra = extraLength ? await readAt(file, at, extraLength) : Buffer.alloc(0);
  return { dataOffset: at + extraLength, extra: splitExtra(extra).rest };
}
