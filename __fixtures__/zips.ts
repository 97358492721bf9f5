/**
 * Test helper: writes real zip files with yazl, so that the code under test
 * reads archives made by an independent writer.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';

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
  const zip = new ZipFile();
  for (const entry of entries) {
    if (entry.directory) {
      zip.addEmptyDirectory(entry.name);
    } else {
      const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : (entry.data ?? Buffer.alloc(0));
      zip.addBuffer(data, entry.name, { forceZip64Format: entry.zip64 ?? false });
    }
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
    zip.on('error', reject);
  });
  zip.end({ forceZip64Format: options.zip64 ?? false, comment: options.comment ?? '' });
  return done;
}

/** Writes a zip to `path` and resolves with `path`. */
export async function writeZip(path: string, entries: ZipEntrySpec[], options: ZipOptions = {}): Promise<string> {
  const buffer = await zipBuffer(entries, options);
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('error', reject);
    out.end(buffer, () => resolve());
  });
  return path;
}

/** A fresh temporary directory and a function that removes it. */
export async function tempDir(prefix = 'zips-'): Promise<{ dir: string; path: (name: string) => string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, path: (name) => join(dir, name), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
