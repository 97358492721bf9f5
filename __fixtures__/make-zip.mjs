// Writes real zip files with yazl (an independent writer) for the tests, the sandbox and the rig.
import { writeFile } from 'node:fs/promises';
import yazl from 'yazl';

/**
 * @typedef {object} ZipEntrySpec
 * @property {string} name   the path inside the zip, exactly as stored
 * @property {string | Buffer} [data]   contents; a string is written as UTF-8; ignored for directories
 * @property {boolean} [directory]   store an empty directory entry (name should end in `/`)
 * @property {boolean} [zip64]   write ZIP64 extra fields for this entry
 */

/**
 * Builds a zip in memory (entries stored, not compressed).
 * @param {ZipEntrySpec[]} entries
 * @param {{ comment?: string, zip64?: boolean }} [options]   archive comment; a ZIP64 end record even when not needed
 * @returns {Promise<Buffer>}
 */
export function zipBuffer(entries, options = {}) {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    if (entry.directory) {
      zip.addEmptyDirectory(entry.name);
    } else {
      const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : (entry.data ?? Buffer.alloc(0));
      zip.addBuffer(data, entry.name, { compress: false, forceZip64Format: entry.zip64 ?? false });
    }
  }
  const chunks = [];
  const done = new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
    zip.on('error', reject);
  });
  zip.end({ forceZip64Format: options.zip64 ?? false, comment: options.comment ?? '' });
  return done;
}

/**
 * Writes a zip of `entries` (zip path -> content) to `path`.
 * @param {string} path
 * @param {Record<string, string | Buffer>} entries
 * @returns {Promise<string>} the path
 */
export async function makeZip(path, entries) {
  await writeFile(path, await zipBuffer(Object.entries(entries).map(([name, data]) => ({ name, data }))));
  return path;
}
