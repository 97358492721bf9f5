/**
 * operation status and export for an MSI/EXE product, through the bundled
 * action against the local fake of the MSI/EXE API: the submission in
 * progress as the pending one, the draft's listings as a folder, and the
 * fake's state and request log unchanged. The round trip: the exported
 * folder, published again, sends no metadata change.
 */
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MsiExeRig, PRODUCT, type MsiExeFake } from '../../__fixtures__/msi-exe-rig.js';

const dir = mkdtempSync(join(tmpdir(), 'msi-exe-read-back-'));
const rig = new MsiExeRig();
afterEach(() => rig.closeFake());
afterAll(() => {
  rig.expectNoSecretsInLogs();
  rmSync(dir, { recursive: true, force: true });
});

/** Nothing changed: the fake's whole state, no change carried out, and no request but a token and GETs. */
function expectOnlyReads(fake: MsiExeFake, before: unknown): void {
  expect(fake.snapshot()).toEqual(before);
  expect(fake.mutations()).toEqual([]);
  const requests = fake.requests as { method: string; area: string }[];
  expect(requests.filter((r) => r.area === 'api').every((r) => r.method === 'GET')).toBe(true);
  expect(requests.filter((r) => r.area !== 'api').every((r) => r.area === 'token')).toBe(true);
}

describe('an MSI/EXE product', () => {
  test('status: the submission in progress is the pending one; the API names no published one', async () => {
    const fake = await rig.start({}, { ongoingSubmission: { id: '1234567890' } });
    const before = fake.snapshot();
    const result = await rig.run({ operation: 'status' });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      'submission-id': '',
      status: '',
      'pending-submission-id': '1234567890',
      'pending-status': 'INPROGRESS',
      'partner-center-url': `https://partner.microsoft.com/dashboard/products/${PRODUCT}/overview`
    });
    expect(result.log).toContain(
      `Status of the MSI/EXE product ${PRODUCT}: no published submission named; pending submission 1234567890 (INPROGRESS).`
    );
    expect(result.summary).toContain('## ✅ Microsoft Store status');
    expect(result.summary).toContain('The MSI/EXE API names no published submission');
    expectOnlyReads(fake, before);
  });

  test('status with nothing in progress: the pending outputs are empty', async () => {
    const fake = await rig.start();
    const before = fake.snapshot();
    const result = await rig.run({ operation: 'status' });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ 'pending-submission-id': '', 'pending-status': '' });
    expect(result.summary).toContain("The draft's modules are ready.");
    expectOnlyReads(fake, before);
  });

  test('export writes the listing fields that correspond, and the folder published again changes nothing', async () => {
    const fake = await rig.start(
      {},
      {
        listings: [
          {
            language: 'en-us',
            description: 'Contoso Notes takes notes fast.\nOn every PC.',
            whatsNew: 'First release.',
            productFeatures: ['Fast', 'Simple'],
            shortDescription: 'Notes, fast.',
            searchTerms: ['notes', 'editor'],
            additionalLicenseTerms: 'See https://contoso.com/license.',
            copyright: '© Contoso Ltd.',
            developedBy: 'Contoso Ltd.',
            sortTitle: 'Contoso Notes',
            contactInfo: 'support@contoso.com'
          },
          { language: 'de-de', description: 'Schnell Notizen machen.', additionalLicenseTerms: 'Siehe Lizenz.' }
        ]
      }
    );
    const before = fake.snapshot();
    const folder = join(dir, 'export');
    const result = await rig.run({ operation: 'export', 'listings-folder': folder });
    expect(result.code).toBe(0);
    expectOnlyReads(fake, before);
    expect(readdirSync(folder).sort()).toEqual(['de-de', 'en-us']);
    expect(readdirSync(join(folder, 'en-us')).sort()).toEqual([
      'copyright.txt',
      'description.txt',
      'developed-by.txt',
      'features.txt',
      'keywords.txt',
      'license-terms.txt',
      'release-notes.txt',
      'short-description.txt'
    ]);
    expect(readFileSync(join(folder, 'en-us/release-notes.txt'), 'utf8')).toBe('First release.\n');
    expect(readFileSync(join(folder, 'en-us/keywords.txt'), 'utf8')).toBe('notes\neditor\n');
    expect(readFileSync(join(folder, 'de-de/description.txt'), 'utf8')).toBe('Schnell Notizen machen.\n');
    expect(result.log).toContain(`Wrote ${join(folder, 'en-us', 'features.txt')}.`);

    // Round trip: the folder read back over the draft sends no metadata update (commit: false stops before submit).
    fake.requests.length = 0;
    const again = await rig.run({ 'listings-folder': folder, commit: 'false' });
    expect(again.code).toBe(0);
    expect(again.log).toMatch(/is as it was and is not submitted/);
    expectOnlyReads(fake, before);
    expect(fake.requests.some((r) => String(r.path).includes('/metadata/listings?languages='))).toBe(true);
  });
});
