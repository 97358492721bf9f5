// Writes small zip files for the integration tests and the sandbox.
import { createWriteStream } from 'node:fs';
import yazl from 'yazl';

/**
 * @param {string} path where to write the zip
 * @param {Record<string, string | Buffer>} entries zip path -> content
 * @returns {Promise<string>} the path
 */
export function makeZip(path, entries) {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, { compress: false });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('close', () => resolve(path));
    out.on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
}
