/**
 * The fixed records of a zip file (PKWARE APPNOTE.TXT 6.3.10), built as
 * buffers; pure. Sizes and offsets are plain numbers (exact up to 2^53).
 * A size or offset of 0xFFFFFFFF or more goes into a Zip64 extended
 * information extra field (APPNOTE 4.5.3), the field it would have filled
 * holding 0xFFFFFFFF. Kept by hand, not a library: see write.ts.
 */
import {
  FIXED_SIZE,
  FLAG_DATA_DESCRIPTOR,
  SIGNATURE,
  VERSION_DEFAULT,
  VERSION_ZIP64,
  ZIP32_MAX,
  ZIP32_MAX_ENTRIES,
  ZIP64_EXTRA_ID
} from './format.js';

/** One entry as it is written: its name, what describes its data, and where its local header starts. */
export interface ZipRecord {
  /** The name's bytes, as stored. */
  name: Buffer;
  flags: number;
  method: number;
  /** MS-DOS time and date fields. */
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header in the zip being written. */
  offset: number;
  /** Upper byte: the host system; lower byte: the version of the spec. */
  versionMadeBy: number;
  /** The least version needed besides what this file's own records need (a copied entry's, for its method). */
  versionNeeded: number;
  externalAttributes: number;
  /** Extra fields other than Zip64 (which is written here), for the local header and the central header. */
  localExtra: Buffer;
  centralExtra: Buffer;
}

/** Whether the entry's sizes need Zip64 (then its local header has a Zip64 field and its descriptor 8-byte sizes). */
export function needsZip64Sizes(record: Pick<ZipRecord, 'size' | 'compressedSize'>): boolean {
  return record.size >= ZIP32_MAX || record.compressedSize >= ZIP32_MAX;
}

function versionNeeded(record: ZipRecord, zip64: boolean): number {
  return Math.max(record.versionNeeded & 0xff, zip64 ? VERSION_ZIP64 : VERSION_DEFAULT);
}

function zip64Extra(values: number[]): Buffer {
  if (values.length === 0) return Buffer.alloc(0);
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(ZIP64_EXTRA_ID, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
  return extra;
}

/** The fields the local and central headers share, in one order (version needed to CRC-32), from byte `at`. */
function writeSharedFields(header: Buffer, at: number, record: ZipRecord, version: number, crc: number): void {
  header.writeUInt16LE(version, at);
  header.writeUInt16LE(record.flags, at + 2);
  header.writeUInt16LE(record.method, at + 4);
  header.writeUInt16LE(record.time, at + 6);
  header.writeUInt16LE(record.date, at + 8);
  header.writeUInt32LE(crc, at + 10);
}

/** The local header's length; the same as `localHeader(record).length`, without building it. */
export function localHeaderLength(record: ZipRecord): number {
  return FIXED_SIZE.localHeader + record.name.length + (needsZip64Sizes(record) ? 20 : 0) + record.localExtra.length;
}

/**
 * The local file header. With a data descriptor (flag bit 3) its CRC-32 and sizes are zero (APPNOTE 4.4.4);
 * a Zip64 entry then holds 0xFFFFFFFF there and zeros in its Zip64 field, which carries both sizes (4.5.3).
 */
export function localHeader(record: ZipRecord): Buffer {
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
export function dataDescriptorLength(record: ZipRecord): number {
  return needsZip64Sizes(record) ? 24 : 16;
}

/** The data descriptor, with its (optional, always written) signature. */
export function dataDescriptor(record: ZipRecord): Buffer {
  const zip64 = needsZip64Sizes(record);
  const descriptor = Buffer.alloc(dataDescriptorLength(record));
  descriptor.writeUInt32LE(SIGNATURE.dataDescriptor, 0);
  descriptor.writeUInt32LE(record.crc, 4);
  if (zip64) {
    descriptor.writeBigUInt64LE(BigInt(record.compressedSize), 8);
    descriptor.writeBigUInt64LE(BigInt(record.size), 16);
  } else {
    descriptor.writeUInt32LE(record.compressedSize, 8);
    descriptor.writeUInt32LE(record.size, 12);
  }
  return descriptor;
}

/** The values of the central header's Zip64 field, in APPNOTE's order: only those too large for their field. */
function centralZip64Values(record: ZipRecord): number[] {
  return [record.size, record.compressedSize, record.offset].filter((value) => value >= ZIP32_MAX);
}

export function centralHeaderLength(record: ZipRecord): number {
  const zip64Values = centralZip64Values(record).length;
  return (
    FIXED_SIZE.centralHeader + record.name.length + (zip64Values ? 4 + 8 * zip64Values : 0) + record.centralExtra.length
  );
}

/** The central directory file header. */
export function centralHeader(record: ZipRecord): Buffer {
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

/** Where the central directory is and what it holds. */
export interface CentralDirectoryPlace {
  entries: number;
  size: number;
  offset: number;
}

/** Whether the end of the zip needs the Zip64 end-of-central-directory record and locator (APPNOTE 4.4.1.4). */
export function needsZip64End(place: CentralDirectoryPlace): boolean {
  return place.entries >= ZIP32_MAX_ENTRIES || place.size >= ZIP32_MAX || place.offset >= ZIP32_MAX;
}

export function endRecordsLength(place: CentralDirectoryPlace): number {
  return (needsZip64End(place) ? FIXED_SIZE.zip64End + FIXED_SIZE.zip64Locator : 0) + FIXED_SIZE.end;
}

/**
 * What follows the central directory: the Zip64 end record and its locator when needed, then the end record,
 * whose fields that overflow hold 0xFFFF or 0xFFFFFFFF.
 */
export function endRecords(place: CentralDirectoryPlace): Buffer {
  const parts: Buffer[] = [];
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
export function dosDateTime(when: Date): { time: number; date: number } {
  const year = when.getFullYear();
  if (year < 1980) return { time: 0, date: (1 << 5) | 1 };
  if (year > 2107) return { time: (23 << 11) | (59 << 5) | 29, date: (127 << 9) | (12 << 5) | 31 };
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate()
  };
}
