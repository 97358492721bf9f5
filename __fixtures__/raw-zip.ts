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
  /** General purpose flags (0x800: UTF-8 name). */
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
    locals.push(local, entry.name, extra, stored);
    centrals.push(central, entry.name, extra);
    offset += 30 + entry.name.length + extra.length + stored.length;
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
