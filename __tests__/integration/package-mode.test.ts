/**
 * Package mode, end to end: the bundled action finds MSIX-shaped packages by
 * glob, checks them against the local Partner Center's app (family name,
 * version) before anything changes, lists them in the submission per
 * keep-packages, and uploads them in a zip written on the fly. Every
 * rejection leaves the fake Store as it was; a dry run changes nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundleBuffer,
  FAKE_STORE_PUBLISHER,
  packageBuffer,
  uploadBuffer,
  writeFileAt
} from '../../__fixtures__/packages.js';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

/** The seeded app 'Contoso Notes' expects FakePublisher.ContosoNotes_8wekyb3d8bbwe. */
const IDENTITY = 'FakePublisher.ContosoNotes';
const OLD = 'ContosoNotes_1.0.0.0_x64.msixupload';

let workspaces = 0;
/** A fresh workspace folder (the action's working directory). */
function workspace(): string {
  const dir = rig.path(`ws${++workspaces}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** An .msixupload holding a bundle of `architectures`, written the way Visual Studio lays it out. */
async function upload(
  dir: string,
  options: { name?: string; version: string; architectures?: string[]; publisher?: string; deflate?: boolean }
): Promise<string> {
  const architectures = options.architectures ?? ['x64'];
  const bundleName = `ContosoNotes_${options.version}_${architectures.join('_')}.msixbundle`;
  const bundle = await bundleBuffer({
    name: options.name ?? IDENTITY,
    publisher: options.publisher,
    version: options.version,
    architectures,
    resources: ['scale-200']
  });
  const file = `ContosoNotes_${options.version}_${architectures.join('_')}_bundle.msixupload`;
  return writeFileAt(
    join(dir, 'AppPackages', file),
    await uploadBuffer({ fileName: bundleName, data: bundle }, { deflate: options.deflate })
  );
}

async function seededApp(packages?: Record<string, unknown>[]) {
  const fake = await rig.newFake();
  const published = publishedAppSubmission();
  if (packages) published.applicationPackages = packages;
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published });
  return fake;
}

const fileNames = (list: { fileName: string; fileStatus: string }[]): string[] =>
  list.map((p) => `${p.fileName}:${p.fileStatus}`);

describe('package mode publishes straight from the build', () => {
  test('an upload file and release notes: checked, listed, uploaded, committed', async () => {
    const fake = await seededApp();
    const ws = workspace();
    await upload(ws, { version: '1.1.0.0', architectures: ['x64', 'x86'] });
    const result = await rig.run(
      { 'application-id': APP_ID, packages: 'AppPackages/*.msixupload', 'release-notes': 'Sync across devices.' },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    const submission = fake.submission(result.outputs['submission-id']);
    const put = submission.puts[0];
    expect(fileNames(put.applicationPackages)).toEqual([
      `${OLD}:PendingDelete`,
      'ContosoNotes_1.1.0.0_x64_x86_bundle.msixupload:PendingUpload'
    ]);
    expect(put.applicationPackages[0].id).toBe('1001');
    expect(put.applicationPackages[1]).toEqual({
      fileName: 'ContosoNotes_1.1.0.0_x64_x86_bundle.msixupload',
      fileStatus: 'PendingUpload',
      minimumDirectXVersion: 'None',
      minimumSystemRam: 'None'
    });
    expect(put.listings['en-us'].baseListing.releaseNotes).toBe('Sync across devices.');
    expect(put.listings['en-us'].baseListing.description).toBe('Take notes fast.');
    expect(submission.committed).toBe(true);
    expect(submission.uploadedEntries).toEqual(['ContosoNotes_1.1.0.0_x64_x86_bundle.msixupload']);
    expect(result.log).toMatch(/family name matches the app 9NBLGGH4R315/);
  });

  test('several patterns, a bare .msix and a bundle, package-zip entries joining them, notes from a file', async () => {
    const fake = await seededApp();
    const ws = workspace();
    await writeFileAt(
      join(ws, 'x86', 'ContosoNotes_2.0.0.0_x86.msix'),
      await packageBuffer({ name: IDENTITY, version: '2.0.0.0', architecture: 'x86' })
    );
    await writeFileAt(
      join(ws, 'arm', 'ContosoNotes_2.0.0.0_arm64.msixbundle'),
      await bundleBuffer({
        name: IDENTITY,
        version: '2.0.0.0',
        architectures: ['arm64'],
        familiesInBundleManifest: true
      })
    );
    writeFileSync(join(ws, 'notes.md'), '\ufeffFixed:\r\n- a crash on start\r\n');
    const images = await rig.zip('images.zip', { 'img/screen2.png': 'png' });
    const json = {
      listings: {
        'en-us': {
          baseListing: {
            images: [{ fileName: 'img/screen2.png', fileStatus: 'PendingUpload', imageType: 'Screenshot' }]
          }
        }
      }
    };
    const result = await rig.run(
      {
        'application-id': APP_ID,
        packages: 'x86/*.msix\narm/*.msixbundle',
        'release-notes-file': 'notes.md',
        'package-zip': images,
        'submission-json': JSON.stringify(json)
      },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    const submission = fake.submission(result.outputs['submission-id']);
    expect(fileNames(submission.puts[0].applicationPackages)).toEqual([
      `${OLD}:PendingDelete`,
      'ContosoNotes_2.0.0.0_arm64.msixbundle:PendingUpload',
      'ContosoNotes_2.0.0.0_x86.msix:PendingUpload'
    ]);
    expect(submission.puts[0].listings['en-us'].baseListing.releaseNotes).toBe('Fixed:\n- a crash on start');
    expect([...submission.uploadedEntries].sort()).toEqual([
      'ContosoNotes_2.0.0.0_arm64.msixbundle',
      'ContosoNotes_2.0.0.0_x86.msix',
      'img/screen2.png'
    ]);
  });

  test('a flight: its packages are checked against the app and listed as flightPackages', async () => {
    const fake = await seededApp();
    const flight = fake.seedFlight(APP_ID, {
      friendlyName: 'Beta',
      published: {
        flightPackages: [
          { fileName: 'old.msix', fileStatus: 'Uploaded', id: '7', version: '1.0.0.0', architecture: 'X64' }
        ]
      }
    });
    const ws = workspace();
    await upload(ws, { version: '1.2.0.0', deflate: true });
    const result = await rig.run(
      { 'application-id': APP_ID, 'flight-id': flight.flightId, packages: '**/*.msixupload', 'keep-packages': 'all' },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    const put = fake.submission(result.outputs['submission-id']).puts[0];
    expect(fileNames(put.flightPackages)).toEqual([
      'old.msix:Uploaded',
      'ContosoNotes_1.2.0.0_x64_bundle.msixupload:PendingUpload'
    ]);
  });
});

describe('keep-packages', () => {
  const desktop = ['Windows.Desktop min version 10.0.17763.0'];
  const existing = [
    {
      fileName: 'A_1.0_x64.msix',
      fileStatus: 'Uploaded',
      id: '1',
      version: '1.0.0.0',
      architecture: 'X64',
      targetDeviceFamilies: desktop
    },
    {
      fileName: 'A_1.2_x64.msix',
      fileStatus: 'Uploaded',
      id: '2',
      version: '1.2.0.0',
      architecture: 'X64',
      targetDeviceFamilies: desktop
    },
    {
      fileName: 'A_1.1_x64.msix',
      fileStatus: 'Uploaded',
      id: '3',
      version: '1.1.0.0',
      architecture: 'X64',
      targetDeviceFamilies: desktop
    },
    {
      fileName: 'A_0.9_x86.msix',
      fileStatus: 'Uploaded',
      id: '4',
      version: '0.9.0.0',
      architecture: 'x86',
      targetDeviceFamilies: desktop
    }
  ];

  test.each([
    ['0', ['PendingDelete', 'PendingDelete', 'PendingDelete', 'PendingDelete']],
    ['all', ['Uploaded', 'Uploaded', 'Uploaded', 'Uploaded']],
    ['1', ['PendingDelete', 'Uploaded', 'PendingDelete', 'Uploaded']],
    ['2', ['PendingDelete', 'Uploaded', 'Uploaded', 'Uploaded']]
  ])('keep-packages: %s', async (keep, statuses) => {
    const fake = await seededApp(existing);
    const ws = workspace();
    await upload(ws, { version: '1.3.0.0' });
    const result = await rig.run(
      { 'application-id': APP_ID, packages: 'AppPackages/*', 'keep-packages': keep },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    const list = fake.submission(result.outputs['submission-id']).puts[0].applicationPackages;
    expect(list.map((p: { fileStatus: string }) => p.fileStatus)).toEqual([...statuses, 'PendingUpload']);
    expect(list.slice(0, 4).map((p: { id: string }) => p.id)).toEqual(['1', '2', '3', '4']);
  });
});

describe('a package the Store would refuse changes nothing', () => {
  const other = 'CN=Contoso Software, O=Contoso & Co, C=US';
  const cases: [string, (ws: string) => Promise<string>, RegExp][] = [
    [
      'another identity name',
      async (ws) => (await upload(ws, { name: 'Contoso.Notes', version: '1.1.0.0' }), 'AppPackages/*'),
      /holds Contoso\.Notes .*family name Contoso\.Notes_8wekyb3d8bbwe.*expects family name FakePublisher\.ContosoNotes_8wekyb3d8bbwe/
    ],
    [
      'another publisher',
      async (ws) => (await upload(ws, { version: '1.1.0.0', publisher: other }), 'AppPackages/*'),
      /publisher 'CN=Contoso Software, O=Contoso & Co, C=US'.*not 8wekyb3d8bbwe/
    ],
    [
      'a version not higher than the published one',
      async (ws) => (await upload(ws, { version: '1.0.0.0' }), 'AppPackages/*'),
      /version 1\.0\.0\.0 for x64, but the last published submission already has ContosoNotes_1\.0\.0\.0_x64\.msixupload, version 1\.0\.0\.0/
    ],
    [
      'a truncated package',
      async (ws) => {
        const whole = await packageBuffer({ name: IDENTITY, version: '1.1.0.0' });
        await writeFileAt(join(ws, 'cut.msix'), whole.subarray(0, whole.length - 200));
        return 'cut.msix';
      },
      /cut\.msix is not a readable package/
    ],
    [
      'a pattern that matches nothing',
      async () => 'AppPackages/*.msixupload',
      /'AppPackages\/\*\.msixupload' matches no file/
    ],
    [
      'a matched file of another type',
      async (ws) => {
        await upload(ws, { version: '1.1.0.0' });
        writeFileSync(join(ws, 'AppPackages', 'App.cer'), 'cert');
        return 'AppPackages/*';
      },
      /matches .*App\.cer, which is not a package/
    ]
  ];

  test.each(cases)('%s', async (_name, make, message) => {
    const fake = await seededApp();
    const ws = workspace();
    const result = await rig.run({ 'application-id': APP_ID, packages: await make(ws) }, { cwd: ws });
    expect(result.code).not.toBe(0);
    const errors = errorAnnotations(result.log);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(fake.mutations()).toEqual([]);
  });

  test("a flight's package with another identity than the app's", async () => {
    const fake = await seededApp();
    const flight = fake.seedFlight(APP_ID, { friendlyName: 'Beta', published: { flightPackages: [] } });
    const ws = workspace();
    await upload(ws, { name: 'Contoso.Other', version: '3.0.0.0' });
    const result = await rig.run(
      { 'application-id': APP_ID, 'flight-id': flight.flightId, packages: 'AppPackages/*' },
      { cwd: ws }
    );
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(/app 9NBLGGH4R315 expects family name FakePublisher\.ContosoNotes/);
    expect(fake.mutations()).toEqual([]);
  });
});

describe('dry run', () => {
  test('checks and prints everything, sends no changing request, leaves the pending submission', async () => {
    const fake = await rig.newFake();
    fake.seedApp({
      id: APP_ID,
      name: 'Contoso Notes',
      published: publishedAppSubmission(),
      pending: publishedAppSubmission()
    });
    const pending = fake.app(APP_ID).pendingApplicationSubmission.id;
    const ws = workspace();
    await upload(ws, { version: '1.1.0.0' });
    const result = await rig.run(
      { 'application-id': APP_ID, packages: 'AppPackages/*', 'release-notes': 'Dry notes', 'dry-run': 'true' },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    expect(fake.mutations()).toEqual([]);
    expect(fake.submission(pending).deleted).toBeFalsy();
    expect(result.log).toContain(`A real run would now delete the pending submission ${pending}`);
    expect(result.log).toMatch(/family name matches the app 9NBLGGH4R315/);
    expect(result.log).toContain('"releaseNotes": "Dry notes"');
    expect(result.log).toContain('"fileStatus": "PendingDelete"');
    expect(result.log).toMatch(/Packages \(1\):\n\s+ContosoNotes_1\.1\.0\.0_x64_bundle\.msixupload \(upload/);
    expect(result.log).toMatch(
      /The zip it would upload \(1 entries.*\n\s+ContosoNotes_1\.1\.0\.0_x64_bundle\.msixupload/
    );
    expect(result.log).not.toContain('fileUploadUrl');
    expect(result.summary).toContain('dry run: nothing changed');
    expect(result.summary).toMatch(
      /### Packages it would publish\n\n.*\n.*\n\| ContosoNotes_1\.1\.0\.0_x64_bundle\.msixupload \(upload\) \| FakePublisher\.ContosoNotes \(family name FakePublisher\.ContosoNotes_8wekyb3d8bbwe\) \| 1\\\.1\.0\.0 \| x64 \| \d+(\\\.\d)? (bytes|MiB) \|/
    );
    expect(result.outputs['submission-id']).toBe('');
  });

  test('a dry run still fails on a package the Store would refuse', async () => {
    const fake = await seededApp();
    const ws = workspace();
    await upload(ws, { version: '0.9.0.0' });
    const result = await rig.run(
      { 'application-id': APP_ID, packages: 'AppPackages/*', 'dry-run': 'true' },
      { cwd: ws }
    );
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(/version 0\.9\.0\.0 for x64/);
    expect(fake.mutations()).toEqual([]);
  });

  test('a flight a real run would create: only reads, and it says so', async () => {
    const fake = await seededApp();
    const ws = workspace();
    await upload(ws, { version: '1.1.0.0' });
    const result = await rig.run(
      {
        'application-id': APP_ID,
        'flight-name': 'Insiders',
        'flight-group-ids': '1152921504606962205',
        packages: 'AppPackages/*',
        'dry-run': 'true'
      },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    expect(fake.mutations()).toEqual([]);
    expect(result.log).toMatch(/Not checked: the package flight 'Insiders' does not exist yet/);
    expect(result.log).toContain("A real run would now create the package flight 'Insiders'");
  });

  test('without credentials: no request at all, and it says what it could not check', async () => {
    const fake = await seededApp();
    const ws = workspace();
    await upload(ws, { version: '1.1.0.0' });
    const result = await rig.run(
      {
        'application-id': APP_ID,
        'tenant-id': '',
        'client-id': '',
        'client-secret': '',
        packages: 'AppPackages/*',
        'dry-run': 'true'
      },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    expect(fake.requests).toEqual([]);
    expect(result.log).toMatch(/Not checked: no tenant-id or client-id given/);
    expect(result.log).toContain(`"fileName": "ContosoNotes_1.1.0.0_x64_bundle.msixupload"`);
    expect(result.log).toContain('Dry run finished: nothing was changed.');
  });
});

test('identity fixture: the fake app expects the publisher of FAKE_STORE_PUBLISHER', async () => {
  const fake = await seededApp();
  expect(fake.app(APP_ID).packageFamilyName).toBe(`${IDENTITY}_8wekyb3d8bbwe`);
  expect(FAKE_STORE_PUBLISHER).toMatch(/^CN=Microsoft Corporation/);
});

// Last: nothing secret reached any log of this file.
test('no secret, token or upload-URL signature in any log of this file', () => {
  rig.expectNoSecretsInLogs();
});
