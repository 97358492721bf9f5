/**
 * `release-notes` for an MSI/EXE product: `whatsNew` in every language of the
 * draft, read with the listings whole; the 1500-character limit refused while
 * reading the inputs; the order release notes → listings folder →
 * submission-json.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allEdits, fixedEdit } from '../../src/edits.js';
import { ActionError } from '../../src/errors.js';
import { modulesToRead, planMetadata } from '../../src/msi-exe/metadata.js';
import { msiExeReleaseNotesEdit } from '../../src/msi-exe/release-notes.js';
import type { MetadataDraft } from '../../src/msi-exe/types.js';
import { chosenApi } from '../../src/inputs/kinds.js';
import { readMsiExeSettings } from '../../src/msi-exe/settings.js';

const dir = mkdtempSync(join(tmpdir(), 'msi-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const draft = (languages: string[]): MetadataDraft => ({
  listings: languages.map((language) => ({ language, description: `About (${language}).`, whatsNew: 'Old.' })),
  properties: {},
  availability: {}
});

const MSI_EXE = {
  'tenant-id': 't',
  'client-id': 'c',
  'client-secret': 's',
  'product-id': '3e31a9f9-84e8-4d2d-9eba-487878d02ebf',
  'seller-id': '123'
};

async function settingsOf(inputs: Record<string, string>) {
  const given: Record<string, string> = { ...MSI_EXE, ...inputs };
  const input = (name: string): string => given[name] ?? '';
  if (chosenApi(input) !== 'msi-exe') throw new Error('expected an MSI/EXE run');
  return readMsiExeSettings(input);
}

describe('MSI/EXE release notes', () => {
  test("whatsNew in every language of the draft, in the draft's spelling, each listing sent whole", () => {
    const updates = planMetadata(draft(['en-us', 'de-DE']), [msiExeReleaseNotesEdit('Version 2: sync.')]);
    expect(updates).toEqual([
      { listings: { language: 'en-us', description: 'About (en-us).', whatsNew: 'Version 2: sync.' } },
      { listings: { language: 'de-DE', description: 'About (de-DE).', whatsNew: 'Version 2: sync.' } }
    ]);
  });

  test('the listings are read in every language (no language filter), with what the other edits touch', () => {
    const edits = [
      msiExeReleaseNotesEdit('New.'),
      fixedEdit('submission-json', { listings: { 'en-us': { copyright: 'x' } }, properties: { website: 'y' } })
    ];
    expect(modulesToRead(edits)).toEqual({ modules: ['listings', 'properties'], languages: [] });
  });

  test('over 1500 characters: refused when the edit is made, naming the limit', () => {
    expect(() => msiExeReleaseNotesEdit('x'.repeat(1500))).not.toThrow();
    expect(() => msiExeReleaseNotesEdit('x'.repeat(1501))).toThrow(
      new ActionError(
        "The release notes have 1501 characters; an MSI/EXE product's listing (whatsNew) takes at most 1500."
      )
    );
  });

  test('a draft with no listing: refused once read, before any update is planned', () => {
    expect(() => planMetadata(draft([]), [msiExeReleaseNotesEdit('New.')])).toThrow(
      /Release notes were given, but the product's draft has no listing to put them in/
    );
  });

  test('order: release notes, then the listings folder, then submission-json', async () => {
    const folder = join(dir, 'listings');
    mkdirSync(join(folder, 'de-de'), { recursive: true });
    writeFileSync(join(folder, 'de-de', 'release-notes.txt'), 'Aus dem Ordner.\r\n');
    const settings = await settingsOf({
      'release-notes': 'From the input.',
      'listings-folder': folder,
      'submission-json': '{"listings":{"fr-fr":{"whatsNew":"Du JSON."}}}'
    });
    expect(settings.edits.map((edit) => edit.source)).toEqual(['release-notes', 'listings-folder']);
    const updates = planMetadata(draft(['en-us', 'de-de', 'fr-fr']), allEdits(settings));
    expect(updates.map((u) => [u.listings?.language, u.listings?.whatsNew])).toEqual([
      ['en-us', 'From the input.'],
      ['de-de', 'Aus dem Ordner.'],
      ['fr-fr', 'Du JSON.']
    ]);
  });

  test('release-notes-file: read (CRLF made LF, trimmed); too long a file is refused while reading the inputs', async () => {
    const notes = join(dir, 'notes.md');
    writeFileSync(notes, '\uFEFFVersion 2\r\n- Sync\r\n');
    const settings = await settingsOf({ 'release-notes-file': notes });
    expect(planMetadata(draft(['en-us']), settings.edits)[0].listings?.whatsNew).toBe('Version 2\n- Sync');
    writeFileSync(notes, 'y'.repeat(1501));
    await expect(settingsOf({ 'release-notes-file': notes })).rejects.toThrow(/1501 characters.*at most 1500/);
    await expect(settingsOf({ 'release-notes': 'a', 'release-notes-file': notes })).rejects.toThrow(
      "Give either 'release-notes' or 'release-notes-file', not both."
    );
  });
});
