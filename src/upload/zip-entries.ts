/**
 * The entries of an existing zip (`package-zip`) as what copying them raw
 * needs: the central directory's record of each (src/zip.ts), where its
 * compressed bytes start, and its extra fields without the ZIP64 one (the
 * writer writes its own). Reads the tail, the directory and each local
 * header; nothing else.
 */
import { NotAZipError, openFileAccess, readZipEntries, type RandomAccess, type ZipEntry } from '../zip.js';
import { LOCAL_HEADER_SIGNATURE, LOCAL_HEADER_SIZE, ZIP64_EXTRA_ID } from './zip-records.js';

export interface EntryToCopy {
  entry: ZipEntry;
  /** Where its compressed bytes start in the zip. */
  dataOffset: number;
  /** Extra fields of its local header and of its central header, ZIP64 left out. */
  localExtra: Buffer;
  centralExtra: Buffer;
}

/** Extra fields with the ZIP64 one left out; pure. */
export function withoutZip64(extra: Buffer): Buffer {
  const kept: Buffer[] = [];
  for (let at = 0; at + 4 <= extra.length;) {
    const end = Math.min(extra.length, at + 4 + extra.readUInt16LE(at + 2));
    if (extra.readUInt16LE(at) !== ZIP64_EXTRA_ID) kept.push(extra.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}

async function toCopy(zip: RandomAccess, entry: ZipEntry): Promise<EntryToCopy> {
  const header = await zip.read(entry.localHeaderOffset, LOCAL_HEADER_SIZE);
  if (header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
    throw new NotAZipError(`no local header for '${entry.name}' at byte ${entry.localHeaderOffset}`);
  }
  const extraAt = entry.localHeaderOffset + LOCAL_HEADER_SIZE + header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const dataOffset = extraAt + extraLength;
  if (dataOffset + entry.compressedSize > zip.size) {
    throw new NotAZipError(`entry '${entry.name}' runs past the end of the file`);
  }
  return {
    entry,
    dataOffset,
    localExtra: withoutZip64(await zip.read(extraAt, extraLength)),
    centralExtra: withoutZip64(entry.raw.extra)
  };
}

/** Every entry of the zip at `path`, in central directory order, and the zip's size. */
export async function readEntriesToCopy(path: string): Promise<{ entries: EntryToCopy[]; size: number }> {
  const zip = await openFileAccess(path);
  try {
    const entries: EntryToCopy[] = [];
    for (const entry of await readZipEntries(zip)) entries.push(await toCopy(zip, entry));
    return { entries, size: zip.size };
  } finally {
    await zip.close();
  }
}
