/**
 * The zip package mode uploads, written while the uploader reads it: no temp
 * file, memory flat in the files' size. Files from disk are STORED (packages
 * are compressed already) behind a data descriptor, their CRC-32 computed as
 * they pass; the entries of an existing zip (`package-zip`) are copied raw,
 * compressed bytes, method and CRC-32 kept. The size is exact before the
 * first byte, so the uploader can plan its blocks; Zip64 records appear
 * where a size or offset reaches 4 GiB (APPNOTE.TXT 4.3.9, 4.4.1.4, 4.5.3).
 *
 * Written here, not with a library: yazl (3.3, checked) and archiver pass
 * every entry's data through their own compressor or pass-through and count
 * its CRC-32 and sizes themselves, so they cannot copy a deflated entry of
 * `package-zip` raw (method, CRC-32 and extra fields kept, no inflate and
 * deflate again), and yazl knows the total size up front only when every
 * entry is stored. The uploader needs the size before the first byte (Put
 * Blob or Put Block, and the block size), so the records (records.ts) and
 * the layout (plan.ts) are ours.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { ActionError } from '../errors.js';
import type { BlobSource } from '../upload/source.js';
import { planZip, type ZipFileSystem, type ZipPlan, type ZipStreamInput } from './plan.js';
import { centralHeader, dataDescriptor, endRecords, localHeader, type ZipRecord } from './records.js';

export type { ReadableFile, ZipFileEntry, ZipFileSystem, ZipStreamInput } from './plan.js';

/** Bytes read from a file per chunk handed to the uploader. */
export const READ_CHUNK = 1024 * 1024;

/**
 * Plans the zip of `input` (see plan.ts) and returns it as a source for the uploader.
 * Each chunk it yields is valid until the next one is asked for (the uploader copies what it keeps): file
 * data passes through one buffer of READ_CHUNK bytes, so gigabytes leave no garbage behind (fresh buffers
 * cost about 30 MiB of peak RSS in bench/packages.mjs before the GC caught up with them).
 */
export async function zipStream(input: ZipStreamInput): Promise<BlobSource> {
  const label =
    input.label ??
    `the upload zip of ${input.files.length} file(s)` + (input.packageZip ? ` and ${input.packageZip}` : '');
  return zipSource(await planZip(input), label);
}

/** A zip already planned (its files' sizes as planned: a file that changed since fails the upload), as a source. */
export function zipSource(plan: ZipPlan, label = `the upload zip of ${plan.entries.length} entries`): BlobSource {
  let opened = false;
  return {
    label,
    size: plan.size,
    open: () => {
      if (opened) throw new Error(`${label} was opened twice`);
      opened = true;
      return exactly(writeZip(plan), plan.size, label);
    }
  };
}

/** Passes the chunks on, and fails (a bug, not bad input) if they do not add up to the promised size. */
async function* exactly(chunks: AsyncIterable<Buffer>, size: number, label: string): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > size) throw new Error(`${label}: wrote more than the ${size} bytes planned`);
    yield chunk;
  }
  if (total !== size) throw new Error(`${label}: wrote ${total} bytes, ${size} planned`);
}

async function* writeZip(plan: ZipPlan): AsyncGenerator<Buffer> {
  const packageZip = plan.packageZip && (await openPackageZip(plan.packageZip));
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  try {
    const written: ZipRecord[] = [];
    for (const entry of plan.entries) {
      yield localHeader(entry.record);
      if (entry.from === 'file') {
        const record = {
          ...entry.record,
          crc: yield* fileData(plan.fileSystem, entry.diskPath, entry.record.size, buffer)
        };
        yield dataDescriptor(record);
        written.push(record);
      } else {
        yield* copiedData(packageZip as FileHandle, entry.record, entry.dataOffset, buffer);
        written.push(entry.record);
      }
    }
    yield Buffer.concat(written.map(centralHeader));
    yield endRecords({ entries: written.length, size: plan.centralSize, offset: plan.centralOffset });
  } finally {
    await packageZip?.close();
  }
}

function changedError(diskPath: string, listed: number, now: string): ActionError {
  return new ActionError(`${diskPath} changed while it was being zipped: ${listed} bytes when listed, ${now}.`, {
    hint: 'Nothing may write to the files the action uploads while it runs.'
  });
}

/** Yields the file's `size` bytes in chunks, read into `buffer` only when asked; returns their CRC-32. */
async function* fileData(
  fileSystem: ZipFileSystem,
  diskPath: string,
  size: number,
  buffer: Buffer
): AsyncGenerator<Buffer, number> {
  const file = await fileSystem.open(diskPath).catch((err: Error) => {
    throw new ActionError(`Cannot read ${diskPath}: ${err.message}.`, { cause: err });
  });
  try {
    const now = (await file.stat()).size;
    if (now !== size) throw changedError(diskPath, size, `${now} when read`);
    let crc = 0;
    for (let done = 0; done < size;) {
      const { bytesRead } = await file.read(buffer, 0, Math.min(buffer.length, size - done), done);
      if (bytesRead === 0) throw changedError(diskPath, size, `it ended after ${done}`);
      const chunk = buffer.subarray(0, bytesRead);
      crc = crc32(chunk, crc);
      done += bytesRead;
      yield chunk;
    }
    const { bytesRead } = await file.read(Buffer.alloc(1), 0, 1, size);
    if (bytesRead > 0) throw changedError(diskPath, size, 'more when read to the end');
    return crc;
  } finally {
    await file.close();
  }
}

async function openPackageZip(packageZip: { path: string; size: number }): Promise<FileHandle> {
  const file = await open(packageZip.path, 'r').catch((err: Error) => {
    throw new ActionError(`Cannot read 'package-zip' ${packageZip.path}: ${err.message}.`, { cause: err });
  });
  const now = (await file.stat()).size;
  if (now === packageZip.size) return file;
  await file.close();
  throw changedError(packageZip.path, packageZip.size, `${now} when read`);
}

/** Yields an entry's compressed bytes from the package zip, as they are, read into `buffer`. */
async function* copiedData(
  file: FileHandle,
  record: ZipRecord,
  dataOffset: number,
  buffer: Buffer
): AsyncGenerator<Buffer> {
  for (let done = 0; done < record.compressedSize;) {
    const length = Math.min(buffer.length, record.compressedSize - done);
    const { bytesRead } = await file.read(buffer, 0, length, dataOffset + done);
    if (bytesRead === 0) {
      throw new ActionError(`'package-zip' is truncated: '${record.name.toString('utf8')}' ends early.`);
    }
    done += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}
