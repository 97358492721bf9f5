/**
 * Test helper: real zip files from yazl (see make-zip.mjs, the one zip
 * writer), so that the code under test reads archives made by an
 * independent writer; and temporary directories.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipBuffer as build } from './make-zip.mjs';

export interface ZipEntrySpec {
  /** The path inside the zip, exactly as stored. */
  name: string;
  /** File contents; a string is written as UTF-8. Ignored for directories. */
  data?: string | Buffer;
  /** Store as an empty directory entry (name should end in `/`). */
  directory?: boolean;
  /** Write ZIP64 extra fields for this entry. */
  zip64?: boolean;
}

export interface ZipOptions {
  /** The archive comment (CP437-encoded by yazl). */
  comment?: string;
  /** Write a ZIP64 end of central directory record even when not needed. */
  zip64?: boolean;
}

/** Builds a zip in memory. */
export function zipBuffer(entries: ZipEntrySpec[], options: ZipOptions = {}): Promise<Buffer> {
  return build(entries, options);
}

/** Writes a zip to `path` and resolves with `path`. */
export async function writeZip(path: string, entries: ZipEntrySpec[], options: ZipOptions = {}): Promise<string> {
  await writeFile(path, await zipBuffer(entries, options));
  return path;
}

/** A fresh temporary directory and a function that removes it. */
export async function tempDir(
  prefix = 'zips-'
): Promise<{ dir: string; path: (name: string) => string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, path: (name) => join(dir, name), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
