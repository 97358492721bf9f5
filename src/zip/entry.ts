/**
 * Reads one entry of a zip whose directory directory.ts has read: its bytes
 * in place when stored (a package inside an upload file is read without a
 * copy), inflated on the way when deflated, or whole and checked against its
 * CRC-32 when small (a manifest).
 */
import { crc32, inflateRaw } from 'node:zlib';
import { inflatedAccess, NotAZipError, windowAccess, type RandomAccess } from './access.js';
import type { ZipEntry } from './directory.js';
import { DEFLATED, FIXED_SIZE, FLAG_ENCRYPTED, SIGNATURE, STORED } from './format.js';
import { inflateOnce } from './one-pass.js';

/** Where an entry's local header keeps its extra fields, and where its data starts. */
export interface LocalHeaderPlace {
  extraOffset: number;
  extraLength: number;
  /** After the local header, whose name and extra lengths may differ from the directory's. */
  dataOffset: number;
}

/** Reads the entry's local header (its fixed part) to find where its extra fields and its data are. */
export async function localHeaderPlace(source: RandomAccess, entry: ZipEntry): Promise<LocalHeaderPlace> {
  const header = await source.read(entry.localHeaderOffset, FIXED_SIZE.localHeader);
  if (header.readUInt32LE(0) !== SIGNATURE.localHeader) {
    throw new NotAZipError(`no local header for '${entry.name}' at byte ${entry.localHeaderOffset}`);
  }
  const extraOffset = entry.localHeaderOffset + FIXED_SIZE.localHeader + header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  return { extraOffset, extraLength, dataOffset: extraOffset + extraLength };
}

async function dataOffset(source: RandomAccess, entry: ZipEntry): Promise<number> {
  return (await localHeaderPlace(source, entry)).dataOffset;
}

function checkReadable(entry: ZipEntry): void {
  if (entry.flags & FLAG_ENCRYPTED) throw new NotAZipError(`entry '${entry.name}' is encrypted`);
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new NotAZipError(`entry '${entry.name}' uses compression method ${entry.method} (only stored and deflated)`);
  }
}

/**
 * The entry's uncompressed bytes as a RandomAccess: in place when stored, inflated
 * on the way when deflated (close it when done). Nothing is copied. With `keep`
 * (the entry is a zip to read), a deflated entry is inflated once, now, keeping
 * its tail, local headers and the entries `keep` names (see zip/one-pass.ts).
 */
export async function entryAccess(
  source: RandomAccess,
  entry: ZipEntry,
  keep?: (name: string) => boolean
): Promise<RandomAccess & { close?: () => void }> {
  checkReadable(entry);
  const compressed = windowAccess(source, await dataOffset(source, entry), entry.compressedSize);
  if (entry.method === STORED) return compressed;
  return keep
    ? inflateOnce(compressed, entry.uncompressedSize, keep)
    : inflatedAccess(compressed, entry.uncompressedSize);
}

function inflate(compressed: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    inflateRaw(compressed, { maxOutputLength: Math.max(limit, 1) }, (error, data) =>
      error ? reject(error) : resolve(data)
    )
  );
}

/** One whole (small) entry, checked against its CRC-32; `limit` guards against a huge one. */
export async function readEntry(source: RandomAccess, entry: ZipEntry, limit: number): Promise<Buffer> {
  checkReadable(entry);
  if (entry.uncompressedSize > limit) {
    throw new NotAZipError(`entry '${entry.name}' is ${entry.uncompressedSize} bytes (more than ${limit})`);
  }
  const compressed = await source.read(await dataOffset(source, entry), entry.compressedSize);
  let data = compressed;
  if (entry.method === DEFLATED) {
    try {
      data = await inflate(compressed, limit);
    } catch (error) {
      throw new NotAZipError(`cannot inflate '${entry.name}': ${(error as Error).message}`);
    }
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
    throw new NotAZipError(`entry '${entry.name}' is corrupt (its size or CRC-32 does not match the directory)`);
  }
  return data;
}
