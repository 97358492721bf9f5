/**
 * What goes where in the upload zip, decided before its first byte: each
 * entry's records and offset, and the zip's exact size. Files on disk are
 * stat-ed (STORED, behind a data descriptor); the entries of an existing zip
 * are read from its central directory, to be copied raw. Paths are checked:
 * relative, and no two alike by the one path rule (path.ts), before any
 * file is read.
 */
import { open, stat } from 'node:fs/promises';
import { ActionError } from '../errors.js';
import { readEntriesToCopy, type EntryToCopy } from './copy.js';
import { FLAG_DATA_DESCRIPTOR, FLAG_ENCRYPTED, FLAG_UTF8, STORED, VERSION_ZIP64 } from './format.js';
import { normalizeZipPath } from './path.js';
import {
  centralHeaderLength,
  dataDescriptorLength,
  dosDateTime,
  endRecordsLength,
  localHeaderLength,
  type ZipRecord
} from './records.js';

/** A file on disk to store in the zip at `zipPath` (`\` is written as `/`). */
export interface ZipFileEntry {
  zipPath: string;
  diskPath: string;
}

export interface ZipStreamInput {
  /** Stored in this order, after the entries of `packageZip`. */
  files: ZipFileEntry[];
  /** A zip whose entries are copied first, raw. */
  packageZip?: string;
  /** For the log and errors; a description of the contents by default. */
  label?: string;
  /** How `files` are read: node:fs/promises unless given (the Zip64 test gives gigabytes of zeros). */
  fileSystem?: ZipFileSystem;
}

/** What the writer needs of a file system for `files`; node:fs/promises has it. */
export interface ZipFileSystem {
  stat(path: string): Promise<{ size: number; mtime: Date; isFile(): boolean }>;
  open(path: string): Promise<ReadableFile>;
}

export interface ReadableFile {
  stat(): Promise<{ size: number }>;
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

const nodeFileSystem: ZipFileSystem = { stat, open: (path) => open(path, 'r') };

export type Planned =
  { record: ZipRecord; from: 'file'; diskPath: string } | { record: ZipRecord; from: 'zip'; dataOffset: number };

export interface ZipPlan {
  entries: Planned[];
  fileSystem: ZipFileSystem;
  packageZip?: { path: string; size: number };
  centralOffset: number;
  centralSize: number;
  size: number;
}

/** Where a name came from, for the duplicate error. */
interface NameOrigin {
  name: string;
  origin: string;
}

/** Fails on two entries the Store would take for one (path.ts: case, `\` and `/`, a leading `./`); pure. */
export function checkUniquePaths(names: NameOrigin[]): void {
  const seen = new Map<string, NameOrigin>();
  for (const entry of names) {
    const key = normalizeZipPath(entry.name);
    const first = seen.get(key);
    if (first) {
      throw new ActionError(
        `Two entries would be stored at one path in the upload zip: '${first.name}' (${first.origin}) and '${entry.name}' (${entry.origin}).`,
        { hint: 'Paths in the zip are compared ignoring case, with \\ and / alike: rename or drop one of them.' }
      );
    }
    seen.set(key, entry);
  }
}

/** The stored name of a file entry, checked; pure. */
export function zipName(zipPath: string): Buffer {
  const name = zipPath.replace(/\\/g, '/');
  if (!name || name.endsWith('/') || /^\/|^[A-Za-z]:|(^|\/)\.\.?(\/|$)/.test(name)) {
    throw new ActionError(
      `'${zipPath}' cannot be a file's path in the upload zip: it must be relative, no . or .. parts.`
    );
  }
  const bytes = Buffer.from(name, 'utf8');
  if (bytes.length > 0xffff)
    throw new ActionError(`The zip path '${name.slice(0, 80)}...' is longer than 65535 bytes.`);
  return bytes;
}

async function fileRecord(file: ZipFileEntry, fileSystem: ZipFileSystem): Promise<Planned> {
  const name = zipName(file.zipPath);
  let info;
  try {
    info = await fileSystem.stat(file.diskPath);
  } catch (err) {
    throw new ActionError(`Cannot read ${file.diskPath}: ${(err as Error).message}.`, { cause: err });
  }
  if (!info.isFile()) throw new ActionError(`${file.diskPath} is not a file; only files can go into the upload zip.`);
  const record: ZipRecord = {
    name,
    flags: FLAG_UTF8 | FLAG_DATA_DESCRIPTOR,
    method: STORED,
    ...dosDateTime(info.mtime),
    crc: 0,
    compressedSize: info.size,
    size: info.size,
    offset: 0,
    versionMadeBy: VERSION_ZIP64,
    versionNeeded: 0,
    externalAttributes: 0,
    localExtra: Buffer.alloc(0),
    centralExtra: Buffer.alloc(0)
  };
  return { record, from: 'file', diskPath: file.diskPath };
}

function copiedRecord({ entry, dataOffset, localExtra, centralExtra }: EntryToCopy, path: string): Planned {
  if (entry.flags & FLAG_ENCRYPTED) {
    throw new ActionError(`'package-zip' entry '${entry.name}' is encrypted (${path}); the Store cannot read it.`, {
      hint: 'Zip it again without a password.'
    });
  }
  const record: ZipRecord = {
    name: entry.raw.name,
    // Sizes and CRC-32 are known, so they go in the local header: no data descriptor.
    flags: entry.flags & ~FLAG_DATA_DESCRIPTOR,
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

async function packageZipRecords(path: string): Promise<{ entries: Planned[]; names: NameOrigin[]; size: number }> {
  try {
    const { entries, size } = await readEntriesToCopy(path);
    const names = entries.map(({ entry }) => ({ name: entry.name, origin: `in ${path}` }));
    return { entries: entries.map((entry) => copiedRecord(entry, path)), names, size };
  } catch (err) {
    if (err instanceof ActionError) throw err;
    throw new ActionError(`'package-zip' is not a readable zip: ${path}: ${(err as Error).message}.`, { cause: err });
  }
}

/** Gives each entry its offset and the zip its size; the records' sizes are all known. */
function layOut(entries: Planned[], fileSystem: ZipFileSystem, packageZip?: { path: string; size: number }): ZipPlan {
  let offset = 0;
  const placed = entries.map((entry) => {
    const record = { ...entry.record, offset };
    offset += localHeaderLength(record) + record.compressedSize;
    if (entry.from === 'file') offset += dataDescriptorLength(record);
    return { ...entry, record };
  });
  const centralSize = placed.reduce((sum, entry) => sum + centralHeaderLength(entry.record), 0);
  const size = offset + centralSize + endRecordsLength({ entries: placed.length, size: centralSize, offset });
  return { entries: placed, fileSystem, packageZip, centralOffset: offset, centralSize, size };
}

/** Plans the zip of `input`: duplicate paths, the package zip's directory, the files' sizes, the layout. */
export async function planZip(input: ZipStreamInput): Promise<ZipPlan> {
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
