/**
 * The entries of an existing zip (`package-zip`) as what copying them raw
 * needs: the central directory's record of each (directory.ts), where its
 * compressed bytes start, and its extra fields without the ZIP64 one (the
 * writer writes its own). Reads the tail, the directory and each local
 * header; nothing else.
 */
import { NotAZipError, openFileAccess, type RandomAccess } from './access.js';
import { readZipEntries, type ZipEntry } from './directory.js';
import { localHeaderPlace } from './entry.js';
import { withoutExtraField, ZIP64_EXTRA_ID } from './format.js';

export interface EntryToCopy {
  entry: ZipEntry;
  /** Where its compressed bytes start in the zip. */
  dataOffset: number;
  /** Extra fields of its local header and of its central header, ZIP64 left out. */
  localExtra: Buffer;
  centralExtra: Buffer;
}

const withoutZip64 = (extra: Buffer): Buffer => withoutExtraField(extra, ZIP64_EXTRA_ID);

async function toCopy(zip: RandomAccess, entry: ZipEntry): Promise<EntryToCopy> {
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
