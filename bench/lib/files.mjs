// Files the benches make and check: incompressible bytes, sha256 of a stream, src/ compiled with tsc, a temp folder.
import { execFileSync } from 'node:child_process';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MiB = 1024 * 1024;
/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `size` bytes of AES-CTR keystream (fast, incompressible), in chunks of at most 4 MiB.
 * @param {number} size
 */
export function* randomChunks(size) {
  const cipher = createCipheriv('aes-128-ctr', randomBytes(16), randomBytes(16));
  const zeros = Buffer.alloc(Math.min(size, 4 * MiB));
  for (let done = 0; done < size; done += zeros.length)
    yield cipher.update(zeros.subarray(0, Math.min(zeros.length, size - done)));
}

/** Writes `size` incompressible bytes to `path`. @param {string} path @param {number} size */
export async function writeRandom(path, size) {
  const file = await open(path, 'w');
  try {
    for (const chunk of randomChunks(size)) await file.write(chunk);
  } finally {
    await file.close();
  }
}

/** @param {AsyncIterable<Buffer> | NodeJS.ReadableStream} stream */
export async function sha256Of(stream) {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * Compiles the named files of src/ (and what they import) with tsc into `outDir`. The files are named, not the
 * project: other modules of src/ may be mid-edit and must not break a bench.
 * @param {string[]} files   e.g. ['src/upload/index.ts']
 * @param {string} outDir
 */
export function compileSources(files, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      ...files,
      ...['--outDir', outDir, '--rootDir', 'src', '--module', 'NodeNext', '--moduleResolution', 'NodeNext'],
      ...['--target', 'ES2022', '--types', 'node', '--skipLibCheck', '--strict']
    ],
    { cwd: ROOT, stdio: 'inherit' }
  );
}

/** A fresh folder in the temp dir; remove() deletes it. @param {string} prefix e.g. 'bench-upload-' */
export function tempFolder(prefix) {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
