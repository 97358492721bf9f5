/**
 * Test helper: a zip written byte by byte, for what no friendly writer
 * produces on request: names in CP437, the UTF-8 flag set or not regardless
 * of the bytes, Info-ZIP Unicode Path extra fields, stale ones.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  /** The name bytes exactly as stored. */
  name: Buffer;
  data?: Buffer;
  /** General purpose flags (0x800: UTF-8 name; 0x8: CRC and sizes in a data descriptor after the data, zero in the local header, as makeappx writes them). */
  flags?: number;
  /** The extra block, in both the local header and the central directory. */
  extra?: Buffer;
  deflate?: boolean;
}

/** An extra field: header ID, size, data. */
export function extraField(id: number, data: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16LE(id, 0);
  header.writeUInt16LE(data.length, 2);
  return Buffer.concat([header, data]);
}

/** An Info-ZIP Unicode Path extra field (0x7075) naming `unicodeName` for the raw name bytes `forName`. */
export function unicodePathField(unicodeName: string, forName: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head[0] = 1;
  head.writeUInt32LE(crc32(forName), 1);
  return extraField(0x7075, Buffer.concat([head, Buffer.from(unicodeName, 'utf8')]));
}

export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.data ?? Buffer.alloc(0);
    const stored = entry.deflate ? deflateRawSync(data) : data;
    const extra = entry.extra ?? Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(entry.name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30); // flags, method, time, date, crc, sizes, name and extra lengths
    central.writeUInt32LE(offset, 42);
    const descriptor = Buffer.alloc(entry.flags && entry.flags & 0x8 ? 16 : 0);
    if (descriptor.length) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      local.copy(descriptor, 4, 14, 26);
      local.fill(0, 14, 26);
    }
    locals.push(local, entry.name, extra, stored, descriptor);
    centrals.push(central, entry.name, extra);
    offset += 30 + entry.name.length + extra.length + stored.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface SparseEntry {
  name: string;
  /** Real bytes (stored). */
  data?: Buffer;
  /** Or this many bytes of hole: nothing written, the file stays sparse (CRC left 0). */
  holeSize?: number;
}

/**
 * Writes a ZIP64 zip of stored entries to `path`, leaving holes for the big
 * ones so that a many-GiB archive costs no disk: every central record carries
 * a ZIP64 extra field, and the end has the ZIP64 record and locator.
 */
export async function writeSparseZip64(path: string, entries: SparseEntry[]): Promise<number> {
  const { open } = await import('node:fs/promises');
  const file = await open(path, 'w');
  try {
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const entry of entries) {
      const name = Buffer.from(entry.name, 'utf8');
      const size = entry.data?.length ?? entry.holeSize ?? 0;
      const zip64 = Buffer.alloc(28);
      zip64.writeUInt16LE(1, 0);
      zip64.writeUInt16LE(24, 2);
      zip64.writeBigUInt64LE(BigInt(size), 4);
      zip64.writeBigUInt64LE(BigInt(size), 12);
      zip64.writeBigUInt64LE(BigInt(offset), 20);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(45, 4);
      local.writeUInt16LE(0x800, 6);
      local.writeUInt32LE(entry.data ? crc32(entry.data) : 0, 14);
      local.writeUInt32LE(0xffffffff, 18);
      local.writeUInt32LE(0xffffffff, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(20, 28);
      const localZip64 = zip64.subarray(0, 20);
      localZip64.writeUInt16LE(16, 2);
      await file.write(Buffer.concat([local, name, localZip64]), 0, undefined, offset);
      if (entry.data) await file.write(entry.data, 0, entry.data.length, offset + 50 + name.length);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(45, 4);
      central.writeUInt16LE(45, 6);
      local.copy(central, 8, 6, 26);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt16LE(zip64.length, 30);
      central.writeUInt32LE(0xffffffff, 42);
      zip64.writeUInt16LE(24, 2);
      centrals.push(central, name, zip64);
      offset += 50 + name.length + size;
    }
    const directory = Buffer.concat(centrals);
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    const tail = Buffer.concat([directory, record, locator, end]);
    await file.write(tail, 0, tail.length, offset);
    return offset + tail.length;
  } finally {
    await file.close();
  }
}
