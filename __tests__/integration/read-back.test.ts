/**
 * operation status and export for MSIX apps, flights and add-ons, through the
 * bundled action against the local Partner Center: the outputs, the summary,
 * the folder written, and the fake's request log proving that nothing but a
 * token and GETs was sent. The round trip: an exported folder published again
 * changes no listing field.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ID, publishedAppSubmission, Rig, type Fake } from '../../__fixtures__/rig.js';
import { writeTree } from '../../__fixtures__/tree.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(async () => {
  rig.expectNoSecretsInLogs();
  await rig.stop();
});

const REPORT = 'https://certification-reports.fake-store.test/reports/pending/1';

/** The published app with German beside English, a list with an item and hardware. */
function published(): Record<string, unknown> {
  const submission = publishedAppSubmission();
  const listings = submission.listings as Record<string, { baseListing: Record<string, unknown> }>;
  Object.assign(listings['en-us'].baseListing, {
    keywords: ['notes', 'editor'],
    copyrightAndTrademarkInfo: '© Contoso',
    devStudio: 'Contoso Ltd.',
    shortTitle: '',
    description: 'Take notes fast.\n\nLine two | with a pipe.'
  });
  listings['de-de'] = {
    baseListing: {
      title: 'Contoso Notizen',
      description: 'Schnell Notizen machen.',
      images: [{ fileName: 'img/de1.png', fileStatus: 'Uploaded', id: '2', imageType: 'Screenshot' }]
    }
  };
  return submission;
}

/** Only a token and reads: the request log of the fake. */
function expectOnlyReads(fake: Fake): void {
  const requests = fake.requests as { method: string; area: string }[];
  expect(fake.mutations()).toEqual([]);
  expect(requests.filter((r) => r.area === 'api').every((r) => r.method === 'GET')).toBe(true);
  expect(requests.filter((r) => r.area !== 'api').every((r) => r.area === 'token')).toBe(true);
}

const submissionsJson = (fake: Fake): string => JSON.stringify(fake.submissions);

describe('operation: status', () => {
  test('an app: published submission, its rollout, the pending one and its certification report; only reads', async () => {
    const fake = await rig.newFake();
    fake.seedApp({
      id: APP_ID,
      published: { ...published(), rollout: { percentage: 20 } },
      pending: {
        status: 'CertificationFailed',
        statusDetails: {
          errors: [],
          warnings: [],
          certificationReports: [{ date: '2026-01-02T00:00:00Z', reportUrl: REPORT }]
        }
      }
    });
    const app = fake.app(APP_ID) as Record<string, { id: string }>;
    const before = submissionsJson(fake);
    const result = await rig.run({ operation: 'status', 'application-id': APP_ID });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      'submission-id': app.lastPublishedApplicationSubmission.id,
      status: 'Published',
      'pending-submission-id': app.pendingApplicationSubmission.id,
      'pending-status': 'CertificationFailed',
      'rollout-status': 'PackageRolloutInProgress',
      'rollout-percentage': '20',
      'partner-center-url': `https://partner.microsoft.com/dashboard/products/${APP_ID}/submissions/${app.lastPublishedApplicationSubmission.id}`
    });
    // status-details: the published submission's, as the Store holds it.
    const publishedDetails = fake.submission(app.lastPublishedApplicationSubmission.id).statusDetails;
    expect(publishedDetails).toBeDefined();
    expect(JSON.parse(result.outputs['status-details'])).toEqual(publishedDetails);
    expect(result.summary).toContain('## ✅ Microsoft Store status');
    expect(result.summary).not.toMatch(/submission succeeded/);
    expect(result.summary).toContain(`(${REPORT})`);
    const lines = result.log.split('\n').filter((line) => line.startsWith(`Status of the app ${APP_ID}`));
    expect(lines).toEqual([
      `Status of the app ${APP_ID}: published submission ${app.lastPublishedApplicationSubmission.id} (Published), rollout PackageRolloutInProgress, 20 %; pending submission ${app.pendingApplicationSubmission.id} (CertificationFailed).`
    ]);
    expectOnlyReads(fake);
    expect(submissionsJson(fake)).toBe(before);
  });

  test('an app with nothing pending: the pending outputs are empty; a flight by name and an add-on read too', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, published: published() });
    const flight = fake.seedFlight(APP_ID, { friendlyName: 'Beta', published: { flightPackages: [] }, pending: true });
    const addOn = fake.seedAddOn({ productId: 'pro', applicationIds: [APP_ID], published: true });
    const app = await rig.run({ operation: 'status', 'application-id': APP_ID });
    expect(app.code).toBe(0);
    expect(app.outputs).toMatchObject({ status: 'Published', 'pending-submission-id': '', 'pending-status': '' });
    expect(app.outputs['rollout-status']).toBe('');
    const beta = await rig.run({ operation: 'status', 'application-id': APP_ID, 'flight-name': 'Beta' });
    expect(beta.code).toBe(0);
    expect(beta.outputs).toMatchObject({
      'flight-id': flight.flightId,
      status: 'Published',
      'pending-status': 'PendingCommit'
    });
    expect(beta.outputs['pending-submission-id']).toMatch(/^\d+$/);
    const pro = await rig.run({ operation: 'status', 'add-on-id': addOn.id });
    expect(pro.code).toBe(0);
    expect(pro.outputs).toMatchObject({ 'add-on-id': addOn.id, status: 'Published', 'pending-submission-id': '' });
    expectOnlyReads(fake);
  });

  test('inputs a status run cannot honour, and a failed read: one line, exit 1', async () => {
    const fake = await rig.newFake();
    const refused = await rig.run({ operation: 'status', 'application-id': APP_ID, 'release-notes': 'x' });
    expect(refused.code).toBe(1);
    expect(refused.log).toMatch(
      /'operation: status' reads what the Store holds and changes nothing, so 'release-notes' has nothing to act on/
    );
    expect(fake.requests).toEqual([]);
    const missing = await rig.run({ operation: 'status', 'application-id': APP_ID });
    expect(missing.code).toBe(1);
    expect(missing.log).toMatch(
      /::error::Read the app 9NBLGGH4R315 .*failed with HTTP 404.*MS-CorrelationId: [0-9a-f-]+/
    );
    expect(missing.summary).toContain('## ❌ Microsoft Store status failed');
    expectOnlyReads(fake);
  });
});

describe('operation: export', () => {
  test('writes every language in the layout listings-folder reads, and the images the Store holds; logs each file', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, published: published() });
    const folder = rig.path('export-app');
    const result = await rig.run({ operation: 'export', 'application-id': APP_ID, 'listings-folder': folder });
    expect(result.code).toBe(0);
    const read = (path: string): string => readFileSync(join(folder, path), 'utf8');
    expect(readdirSync(folder).sort()).toEqual(['de-de', 'en-us']);
    expect(readdirSync(join(folder, 'en-us')).sort()).toEqual([
      'copyright.txt',
      'description.txt',
      'developed-by.txt',
      'features.txt',
      'keywords.txt',
      'release-notes.txt',
      'store-images.txt',
      'title.txt'
    ]);
    expect(read('en-us/description.txt')).toBe('Take notes fast.\n\nLine two | with a pipe.\n');
    expect(read('en-us/keywords.txt')).toBe('notes\neditor\n');
    expect(read('en-us/store-images.txt')).toMatch(/\nScreenshot\timg\/screen1\.png\n$/);
    expect(read('de-de/store-images.txt')).toMatch(/\nScreenshot\timg\/de1\.png\n$/);
    expect(result.log).toContain(`Wrote ${join(folder, 'de-de', 'title.txt')}.`);
    expect(result.summary).toContain('## ✅ Microsoft Store listings export');
    expect(result.summary).toContain('- `en-us/keywords.txt`');
    expectOnlyReads(fake);
  });

  test('round trip: the exported folder, published again with no edits, changes no listing field', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, published: published() });
    const folder = rig.path('round-trip');
    expect((await rig.run({ operation: 'export', 'application-id': APP_ID, 'listings-folder': folder })).code).toBe(0);
    const publishedId = (fake.app(APP_ID) as Record<string, { id: string }>).lastPublishedApplicationSubmission.id;
    const result = await rig.run({ 'application-id': APP_ID, 'listings-folder': folder, commit: 'false' });
    expect(result.code).toBe(0);
    expect(result.log).toMatch(
      /listings-folder .*round-trip: de-de \(title\.txt, description\.txt\); en-us \(title\.txt, /
    );
    const created = fake.submission(result.outputs['submission-id']);
    expect(created.listings).toEqual(fake.submission(publishedId).listings);
  });

  test('refuses to replace a file that differs (naming it, writing nothing) unless overwrite; same files are left alone', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, published: published() });
    const folder = await writeTree(rig.path('existing'), {
      'en-us/title.txt': 'Contoso Notes\r\n', // the same text, as a CRLF checkout has it
      'en-us/description.txt': 'Edited in the repository.\n'
    });
    const inputs = { operation: 'export', 'application-id': APP_ID, 'listings-folder': folder };
    const refused = await rig.run(inputs);
    expect(refused.code).toBe(1);
    expect(refused.log).toContain(
      `::error::'operation: export' would replace ${join(folder, 'en-us/description.txt')}, whose content differs from what the Store holds; nothing was written. Set 'overwrite: true'`
    );
    expect(existsSync(join(folder, 'en-us/features.txt'))).toBe(false);
    expect(existsSync(join(folder, 'de-de'))).toBe(false);
    const forced = await rig.run({ ...inputs, overwrite: 'true' });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(folder, 'en-us/description.txt'), 'utf8')).toBe(
      'Take notes fast.\n\nLine two | with a pipe.\n'
    );
    expect(readFileSync(join(folder, 'en-us/title.txt'), 'utf8')).toBe('Contoso Notes\r\n');
    expect(forced.log).not.toContain('en-us/title.txt.');
    expect(forced.log).toMatch(/: 10 file\(s\) written, 1 already the same\./);
    const again = await rig.run(inputs);
    expect(again.code).toBe(0);
    expect(again.log).not.toMatch(/^Wrote /m);
    expect(again.log).toMatch(/: 0 file\(s\) written, 11 already the same\./);
    expectOnlyReads(fake);
  });

  test('a dry run reads the Store and checks the folder, writes nothing, and says what it would write', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, published: published() });
    const folder = rig.path('export-dry-run');
    const result = await rig.run({
      operation: 'export',
      'application-id': APP_ID,
      'listings-folder': folder,
      'dry-run': 'true'
    });
    expect(result.code).toBe(0);
    expect(existsSync(folder)).toBe(false);
    expect(result.log).toMatch(/Dry run: would export the listings of .*: 11 file\(s\) to write, 0 already the same\./);
    expect(result.summary).toContain('dry run: nothing written');
    expectOnlyReads(fake);
  });

  test('an add-on: title, description and the icon it holds; no folder, or a flight: one line before any request', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, published: published() });
    const addOn = fake.seedAddOn({
      productId: 'pro',
      applicationIds: [APP_ID],
      published: {
        listings: {
          'en-us': {
            title: 'Pro pack',
            description: 'More themes',
            icon: { fileName: 'icons/pro.png', fileStatus: 'Uploaded' }
          }
        }
      }
    });
    const folder = rig.path('export-add-on');
    const result = await rig.run({ operation: 'export', 'add-on-id': addOn.id, 'listings-folder': folder });
    expect(result.code).toBe(0);
    expect(readdirSync(join(folder, 'en-us')).sort()).toEqual(['description.txt', 'store-images.txt', 'title.txt']);
    expect(readFileSync(join(folder, 'en-us/store-images.txt'), 'utf8')).toMatch(/\nIcon\ticons\/pro\.png\n$/);
    const requestsBefore = fake.requests.length;
    const noFolder = await rig.run({ operation: 'export', 'application-id': APP_ID });
    expect(noFolder.code).toBe(1);
    expect(noFolder.log).toMatch(/::error::'operation: export' needs 'listings-folder'/);
    const flight = await rig.run({
      operation: 'export',
      'application-id': APP_ID,
      'flight-id': '123',
      'listings-folder': folder
    });
    expect(flight.code).toBe(1);
    expect(flight.log).toMatch(/'flight-id' has nothing to act on\. A package flight has no Store listing/);
    expect(fake.requests.length).toBe(requestsBefore);
    expectOnlyReads(fake);
  });
});
