import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageBuffer, writeFileAt } from '../../__fixtures__/packages.js';
import { tempDir, writeZip } from '../../__fixtures__/zips.js';
import { fixedEdit } from '../../src/edits.js';
import { ActionError } from '../../src/errors.js';
import { parseKeepPackages } from '../../src/msix/inputs/packages.js';
import { mergedSubmission } from '../../src/msix/lifecycle/dry-run.js';
import { releaseNotesEdit } from '../../src/release-notes.js';
import { readSettings, type Settings } from '../../src/msix/settings.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let cwd: string;

const BASE: Record<string, string> = {
  'tenant-id': 't',
  'client-id': 'c',
  'client-secret': 's',
  'application-id': '9NBLGGH4R315'
};

beforeAll(async () => {
  tmp = await tempDir('package-inputs-');
  cwd = process.cwd();
  process.chdir(tmp.dir);
  await writeFileAt(
    join(tmp.dir, 'out', 'App_1.0.0.0_x64.msix'),
    await packageBuffer({ name: 'FakePublisher.App', version: '1.0.0.0' })
  );
});

afterAll(async () => {
  process.chdir(cwd);
  await tmp.cleanup();
});

function read(inputs: Record<string, string>): Promise<Settings> {
  const all = { ...BASE, ...inputs };
  return readSettings((name) => all[name] ?? '');
}

async function refusal(inputs: Record<string, string>): Promise<string> {
  const error = await read(inputs).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  const line = (error as ActionError).oneLine();
  expect(line).not.toMatch(/[\r\n]/);
  return line;
}

describe('parseKeepPackages', () => {
  test('0 by default, all, a number', () => {
    expect(parseKeepPackages('')).toBe(0);
    expect(parseKeepPackages('All')).toBe('all');
    expect(parseKeepPackages(' 3 ')).toBe(3);
  });

  test.each(['-1', '1.5', 'some', 'none'])('%s is refused', (value) => {
    expect(() => parseKeepPackages(value)).toThrow(/'keep-packages' must be 0, all, or a whole number/);
  });
});

describe('package mode settings', () => {
  test('packages found relative to the working directory become edits, upload files and package infos', async () => {
    const s = await read({ packages: 'out/*.msix', 'keep-packages': '2', 'release-notes': 'Notes' });
    expect(s.edits.map((e) => e.source)).toEqual(['packages', 'release-notes']);
    expect(s.uploadFiles).toEqual([
      { zipPath: 'App_1.0.0.0_x64.msix', diskPath: join(tmp.dir, 'out', 'App_1.0.0.0_x64.msix') }
    ]);
    expect(s.packages.map((p) => p.identity.name)).toEqual(['FakePublisher.App']);
    expect(s.dryRun).toBe(false);
  });

  test('submission-json may mark the packages PendingUpload without a package-zip', async () => {
    const json = JSON.stringify({
      applicationPackages: [{ fileName: 'App_1.0.0.0_x64.msix', fileStatus: 'PendingUpload' }]
    });
    await expect(read({ packages: 'out/*.msix', 'submission-json': json })).resolves.toBeDefined();
  });

  test('a package named like an entry of package-zip is refused before any request', async () => {
    const zip = await writeZip(tmp.path('clash.zip'), [{ name: 'app_1.0.0.0_x64.MSIX', data: 'x' }]);
    expect(await refusal({ packages: 'out/*.msix', 'package-zip': zip })).toMatch(/one path in the upload zip/);
  });

  test.each([
    [{ packages: 'out/*.msix', 'add-on-id': '9NBLGGH4TNMP' }, /an add-on submission has no packages/],
    [{ 'keep-packages': 'all' }, /'keep-packages' needs 'packages'/],
    [{ packages: 'out/*.msix', 'keep-packages': 'x' }, /'keep-packages' must be/],
    [{ 'release-notes': 'a', 'release-notes-file': 'b' }, /either 'release-notes' or 'release-notes-file'/],
    [{ 'release-notes': 'a', 'flight-id': 'f1' }, /a flight submission has no listings/],
    [{ 'release-notes-file': 'absent.md' }, /Cannot read 'release-notes-file'/],
    [{ 'dry-run': 'maybe' }, /'dry-run' must be true or false/]
  ])('%j is refused', async (inputs, message) => {
    expect(await refusal(inputs as Record<string, string>)).toMatch(message);
  });

  test('an empty release-notes-file is refused; one with a BOM and CRLF is read', async () => {
    await writeFile(tmp.path('empty.md'), '\ufeff \r\n');
    expect(await refusal({ 'release-notes-file': tmp.path('empty.md') })).toMatch(/is empty/);
    await writeFile(tmp.path('notes.md'), '\ufeffLine 1\r\nLine 2\r\n');
    const s = await read({ 'release-notes-file': tmp.path('notes.md') });
    expect(s.edits[0].apply({ listings: { 'en-us': {} } })).toEqual({
      listings: { 'en-us': { baseListing: { releaseNotes: 'Line 1\nLine 2' } } }
    });
  });

  test('a dry run needs no tenant-id or client-id', async () => {
    const s = await read({ 'dry-run': 'true', 'tenant-id': '', 'client-id': '', 'client-secret': '' });
    expect(s).toMatchObject({ dryRun: true, tenantId: '', clientId: '' });
    expect(await refusal({ 'tenant-id': '' })).toMatch(/'tenant-id' is required/);
  });
});

describe('mergedSubmission (what a dry run prints)', () => {
  test('the edits over the published submission, without its id, status or upload URL', () => {
    const published = {
      id: '1',
      status: 'Published',
      statusDetails: {},
      fileUploadUrl: 'https://x.blob/y?sig=secret',
      listings: { 'en-us': { baseListing: { releaseNotes: 'old' } } }
    };
    expect(mergedSubmission([releaseNotesEdit('new'), fixedEdit('submission-json', { a: 1 })], published)).toEqual({
      listings: { 'en-us': { baseListing: { releaseNotes: 'new' } } },
      a: 1
    });
    expect(mergedSubmission([fixedEdit('submission-json', { a: 1 })])).toEqual({ a: 1 });
  });
});
