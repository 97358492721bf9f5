/**
 * Files read from the repository give the same result with CRLF line endings
 * (as git checks them out on Windows, where most MSIX builds run) as with LF:
 * release-notes-file, the listing texts of listings-folder (both APIs), and
 * submission-json-file, including where a JSON error is reported.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allEdits, applyEdits } from '../../src/edits.js';
import { ActionError } from '../../src/errors.js';
import type { InputName } from '../../src/interface/declaration.js';
import type { JsonObject } from '../../src/merge.js';
import { readSettings } from '../../src/msix/settings.js';
import { readMsiExeSettings } from '../../src/msi-exe/settings.js';

const dir = mkdtempSync(join(tmpdir(), 'crlf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE_LISTINGS = fileURLToPath(new URL('../../sandbox/store/listings', import.meta.url));
const NOTES = 'Version 2.0\n\n- Sync across devices\n- Faster search\n';
const JSON_TEXT = '{\n  "notesForCertification": "Line one.",\n  "visibility": "Public"\n}\n';

/** Every text file under `root` rewritten with CRLF line endings, as git's autocrlf checks them out. */
function toCrlf(root: string): void {
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) toCrlf(path);
    else if (['.txt', '.md', '.json'].includes(extname(name)))
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\r?\n/g, '\r\n'));
  }
}

/** A checkout of the same files with one kind of line ending. */
function checkout(kind: 'lf' | 'crlf'): string {
  const root = join(dir, kind);
  cpSync(SAMPLE_LISTINGS, join(root, 'listings'), { recursive: true });
  writeFileSync(join(root, 'notes.md'), NOTES);
  writeFileSync(join(root, 'submission.json'), JSON_TEXT);
  writeFileSync(join(root, 'broken.json'), '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}\n');
  if (kind === 'crlf') toCrlf(root);
  return root;
}
const roots = { lf: checkout('lf'), crlf: checkout('crlf') };

const BASE: JsonObject = {
  listings: {
    'en-us': { baseListing: { title: 'Old', description: 'Old', releaseNotes: 'Old', images: [] } },
    'de-de': { baseListing: { title: 'Alt', description: 'Alt', releaseNotes: 'Alt', images: [] } }
  }
};

async function submissionFrom(root: string, inputs: Partial<Record<InputName, string>>): Promise<JsonObject> {
  const given: Partial<Record<InputName, string>> = {
    'tenant-id': 't',
    'client-id': 'c',
    'application-id': '9NBLGGH4R315',
    ...inputs
  };
  const settings = await readSettings((name) => given[name] ?? '');
  return applyEdits(BASE, allEdits(settings)).merged;
}

describe('CRLF and LF checkouts read the same', () => {
  test('release-notes-file', async () => {
    const [lf, crlf] = await Promise.all(
      Object.values(roots).map((root) => submissionFrom(root, { 'release-notes-file': join(root, 'notes.md') }))
    );
    expect(crlf).toEqual(lf);
    expect(JSON.stringify(crlf)).not.toContain('\\r');
    expect(JSON.stringify(crlf)).toContain('Sync across devices');
  });

  test('listings-folder texts (an app)', async () => {
    const [lf, crlf] = await Promise.all(
      Object.values(roots).map((root) => submissionFrom(root, { 'listings-folder': join(root, 'listings') }))
    );
    expect(crlf).toEqual(lf);
    expect(JSON.stringify(crlf)).not.toContain('\\r');
  });

  test('listings-folder texts (an MSI/EXE product)', async () => {
    const read = async (root: string) => {
      const given: Partial<Record<InputName, string>> = {
        'tenant-id': 't',
        'client-id': 'c',
        'product-id': '3e31a9f9-84e8-4d2d-9eba-487878d02ebf',
        'seller-id': '1',
        'listings-folder': join(root, 'listings')
      };
      const settings = await readMsiExeSettings((name) => given[name] ?? '');
      return settings.edits.map((edit) => edit.apply({}));
    };
    const [lf, crlf] = await Promise.all(Object.values(roots).map(read));
    expect(crlf).toEqual(lf);
    expect(JSON.stringify(crlf)).not.toContain('\\r');
  });

  test('submission-json-file', async () => {
    const [lf, crlf] = await Promise.all(
      Object.values(roots).map((root) =>
        submissionFrom(root, { 'submission-json-file': join(root, 'submission.json') })
      )
    );
    expect(crlf).toEqual(lf);
    expect(crlf).toMatchObject({ notesForCertification: 'Line one.' });
  });

  test('a JSON error is reported at the same line and column', async () => {
    const messages = await Promise.all(
      Object.values(roots).map((root) =>
        submissionFrom(root, { 'submission-json-file': join(root, 'broken.json') }).then(
          () => 'no error',
          (error: ActionError) => error.message.replace(root, 'ROOT')
        )
      )
    );
    expect(messages[0]).toMatch(/line 4, column 3/);
    expect(messages[1]).toBe(messages[0]);
  });
});
