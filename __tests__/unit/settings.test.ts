import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rawZip } from '../../__fixtures__/raw-zip.js';
import { tempDir, writeZip } from '../../__fixtures__/zips.js';
import { ActionError } from '../../src/errors.js';
import { readSettings, type Settings } from '../../src/msix/settings.js';
import { INFO_ZIP, unlessWindows } from '../../__fixtures__/platform.js';

type Inputs = Record<string, string>;

const BASE: Inputs = {
  'tenant-id': '00000000-1111-2222-3333-444444444444',
  'client-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  'client-secret': 's3cr3t-value',
  'application-id': '9NBLGGH4R315'
};

function reader(inputs: Inputs): (name: string) => string {
  return (name) => inputs[name] ?? '';
}

function read(overrides: Inputs = {}, base: Inputs = BASE): Promise<Settings> {
  const inputs = { ...base, ...overrides };
  for (const [k, v] of Object.entries(inputs)) if (v === '') delete inputs[k];
  return readSettings(reader(inputs));
}

/** Resolves with the ActionError the settings are refused with, after checking it is one line. */
async function refusal(overrides: Inputs, base: Inputs = BASE): Promise<ActionError> {
  let caught: unknown;
  try {
    await read(overrides, base);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ActionError);
  const error = caught as ActionError;
  expect(error.oneLine()).not.toMatch(/[\r\n]/);
  expect(error.oneLine().length).toBeGreaterThan(10);
  return error;
}

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir('settings-test-');
});

afterAll(async () => {
  await tmp.cleanup();
});

describe('defaults', () => {
  test('fill in everything not given', async () => {
    const s = await read();
    expect(s).toMatchObject({
      tenantId: BASE['tenant-id'],
      clientId: BASE['client-id'],
      credential: { kind: 'secret', secret: 's3cr3t-value' },
      target: { kind: 'app', applicationId: '9NBLGGH4R315' },
      changes: {},
      pendingFiles: [],
      deletePending: true,
      pollIntervalMs: 30_000,
      timeoutMs: 60 * 60_000,
      waitFor: 'commit',
      storeApiUrl: 'https://manage.devcenter.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com'
    });
    expect(s.packageZip).toBeUndefined();
  });

  test('an empty client-secret means OIDC', async () => {
    const s = await read({ 'client-secret': '' });
    expect(s.credential).toEqual({ kind: 'oidc' });
  });

  test('numbers, booleans and wait-for are read', async () => {
    const s = await read({
      'poll-interval-seconds': '2.5',
      'timeout-minutes': '90',
      'delete-pending': 'false',
      'wait-for': 'Certification',
      'upload-concurrency': '8',
      'request-timeout-seconds': '30'
    });
    expect(s).toMatchObject({
      pollIntervalMs: 2500,
      timeoutMs: 90 * 60_000,
      deletePending: false,
      waitFor: 'certification',
      uploadConcurrency: 8,
      requestTimeoutMs: 30_000
    });
  });

  test.each([
    ['true', true],
    ['YES', true],
    ['on', true],
    ['False', false],
    ['no', false],
    ['OFF', false]
  ])('delete-pending %s → %s', async (value, expected) => {
    expect((await read({ 'delete-pending': value })).deletePending).toBe(expected);
  });

  test.each(['commit', 'certification', 'publish', 'PUBLISH'])('wait-for %s is accepted', async (value) => {
    expect((await read({ 'wait-for': value })).waitFor).toBe(value.toLowerCase());
  });
});

describe('required inputs', () => {
  test.each(['tenant-id', 'client-id', 'application-id'])('%s missing → one-line error naming it', async (name) => {
    const error = await refusal({ [name]: '' });
    expect(error.message).toContain(`'${name}'`);
    expect(error.message).toMatch(/required/);
  });

  test('an application-id that could change the URL path is refused', async () => {
    const error = await refusal({ 'application-id': '../inappproducts/x' });
    expect(error.message).toContain("'application-id'");
  });
});

describe('submission JSON', () => {
  test('inline JSON is parsed (a BOM is tolerated)', async () => {
    const s = await read({
      'submission-json': '\uFEFF{"visibility":"Public","listings":{"en-us":{"baseListing":{"releaseNotes":"Fixes"}}}}'
    });
    expect(s.changes).toEqual({
      visibility: 'Public',
      listings: { 'en-us': { baseListing: { releaseNotes: 'Fixes' } } }
    });
  });

  test('blank JSON means no changes', async () => {
    expect((await read({ 'submission-json': '   \n ' })).changes).toEqual({});
  });

  test('invalid JSON → error naming the input', async () => {
    const error = await refusal({ 'submission-json': '{ "visibility": "Public", }' });
    expect(error.message).toContain("'submission-json'");
    expect(error.message).toMatch(/not valid JSON/);
  });

  test.each([
    ['[1, 2]', /an array/],
    ['"text"', /string/],
    ['42', /number/],
    ['true', /boolean/]
  ])('non-object JSON %s → error', async (text, what) => {
    const error = await refusal({ 'submission-json': text });
    expect(error.message).toContain("'submission-json'");
    expect(error.message).toMatch(/must be a JSON object/);
    expect(error.message).toMatch(what);
  });

  // Regression: `typeof null` is 'object'; the message must not say "got object".
  test('JSON null → error that says it got null', async () => {
    const error = await refusal({ 'submission-json': 'null' });
    expect(error.message).toMatch(/must be a JSON object/);
    expect(error.message).toMatch(/got null/);
  });

  test('invalid JSON pasted into a YAML block names the line and column and quotes the line', async () => {
    const block = ['{', '  "listings": {', '    "en-us": { "baseListing": { "releaseNotes": "Sync" } },', '  }', '}'];
    const error = await refusal({ 'submission-json': '\uFEFF' + block.join('\r\n') + '\r\n' });
    expect(error.oneLine()).toBe(
      "'submission-json' is not valid JSON at line 3, column 59: a comma before '}': JSON allows no trailing comma. " +
        'Line 3: `"en-us": { "baseListing": { "releaseNotes": "Sync" } },`. ' +
        "Fix the JSON (line 1 is the first line after 'submission-json: |')."
    );
  });

  test('invalid JSON in a file names the line and column', async () => {
    const file = tmp.path('lines.json');
    await writeFile(file, '{\n  "visibility": "Public"\n  "notesForCertification": "x"\n}\n');
    const error = await refusal({ 'submission-json-file': file });
    expect(error.oneLine()).toContain(`'submission-json-file' (${file}) is not valid JSON at line 3, column 3: `);
    expect(error.oneLine()).toContain('Line 3: `"notesForCertification": "x"`');
  });

  test('invalid multi-line JSON (LF line endings) still gives a one-line error', async () => {
    const error = await refusal({ 'submission-json': '[1,\n2,\n]' });
    expect(error.message).toMatch(/not valid JSON/);
  });

  // Regression: Node's JSON.parse quotes the offending source text, so a CRLF file can put a lone CR into the message.
  test('invalid JSON in a CRLF file still gives a one-line error', async () => {
    const file = tmp.path('crlf.json');
    await writeFile(file, '{\r\n  "visibility": "Public",\r\n  "notesForCertification": tru\r\n}\r\n');
    const error = await refusal({ 'submission-json-file': file });
    expect(error.message).toMatch(/not valid JSON/);
  });

  test('both submission-json and submission-json-file → error naming both', async () => {
    const error = await refusal({ 'submission-json': '{}', 'submission-json-file': tmp.path('x.json') });
    expect(error.message).toContain("'submission-json'");
    expect(error.message).toContain("'submission-json-file'");
  });

  test('submission-json-file is read', async () => {
    const file = tmp.path('submission.json');
    await writeFile(file, JSON.stringify({ notesForCertification: 'none', applicationPackages: [] }));
    const s = await read({ 'submission-json-file': file });
    expect(s.changes).toEqual({ notesForCertification: 'none', applicationPackages: [] });
  });

  test('a missing submission-json-file → error naming the input and the path', async () => {
    const file = tmp.path('nope.json');
    const error = await refusal({ 'submission-json-file': file });
    expect(error.message).toContain("'submission-json-file'");
    expect(error.message).toContain(file);
  });

  test('invalid JSON in the file → error naming the file input', async () => {
    const file = tmp.path('bad.json');
    await writeFile(file, '{\n  "a": 1,\n  oops\n}\n');
    const error = await refusal({ 'submission-json-file': file });
    expect(error.message).toContain("'submission-json-file'");
    expect(error.message).toMatch(/not valid JSON/);
  });
});

describe('package-zip', () => {
  const withPackage = (fileName: string): string =>
    JSON.stringify({
      applicationPackages: [
        { fileName, fileStatus: 'PendingUpload', minimumDirectXVersion: 'None', minimumSystemRam: 'None' },
        { fileName: 'Old.msix', fileStatus: 'Uploaded' }
      ]
    });

  test('a zip holding every PendingUpload file is accepted', async () => {
    const zip = await writeZip(tmp.path('ok.zip'), [{ name: 'Packages/App_1.0.msixupload', data: 'pkg' }]);
    const s = await read({ 'package-zip': zip, 'submission-json': withPackage('Packages/App_1.0.msixupload') });
    expect(s.packageZip).toBe(zip);
    expect(s.pendingFiles).toEqual([{ fileName: 'Packages/App_1.0.msixupload', where: 'applicationPackages[0]' }]);
  });

  unlessWindows('a zip made by Info-ZIP (UTF-8 names without the UTF-8 flag) is accepted', async () => {
    const root = tmp.path('infozip');
    await mkdir(join(root, 'Bilder'), { recursive: true });
    await writeFile(join(root, 'Bilder', 'Übersicht.png'), 'png');
    await writeFile(join(root, 'App_1.0.msixupload'), 'pkg');
    execFileSync(INFO_ZIP, ['-q', '-r', '../infozip.zip', '.'], { cwd: root });
    const json = JSON.stringify({
      applicationPackages: [{ fileName: 'App_1.0.msixupload', fileStatus: 'PendingUpload' }],
      listings: {
        'de-de': { baseListing: { images: [{ fileName: 'Bilder/Übersicht.png', fileStatus: 'PendingUpload' }] } }
      }
    });
    const s = await read({ 'package-zip': tmp.path('infozip.zip'), 'submission-json': json });
    expect(s.pendingFiles.map((f) => f.fileName)).toEqual(['App_1.0.msixupload', 'Bilder/Übersicht.png']);
  });

  test('a zip with a CP437 name (no UTF-8 flag) is accepted', async () => {
    const name = Buffer.concat([Buffer.from('Bilder/'), Buffer.from([0x9a]), Buffer.from('bersicht.png')]);
    await writeFile(tmp.path('cp437.zip'), rawZip([{ name, data: Buffer.from('png') }]));
    const json = JSON.stringify({
      listings: {
        'de-de': { baseListing: { images: [{ fileName: 'Bilder/Übersicht.png', fileStatus: 'PendingUpload' }] } }
      }
    });
    const s = await read({ 'package-zip': tmp.path('cp437.zip'), 'submission-json': json });
    expect(s.pendingFiles).toHaveLength(1);
  });

  test('\\ vs / and case differences between JSON and zip are accepted', async () => {
    const zip = await writeZip(tmp.path('case.zip'), [
      { name: 'packages/app_1.0.MSIXUPLOAD', data: 'pkg' },
      { name: 'Images/Shot.png', data: 'img' }
    ]);
    const json = JSON.stringify({
      applicationPackages: [{ fileName: 'Packages\\App_1.0.msixupload', fileStatus: 'PendingUpload' }],
      listings: {
        'en-us': { baseListing: { images: [{ fileName: '.\\images\\shot.PNG', fileStatus: 'pendingupload' }] } }
      }
    });
    const s = await read({ 'package-zip': zip, 'submission-json': json });
    expect(s.pendingFiles).toHaveLength(2);
  });

  test('a zip missing a PendingUpload file → error listing the missing fileName', async () => {
    const zip = await writeZip(tmp.path('missing.zip'), [{ name: 'Packages/Other.msix', data: 'pkg' }]);
    const json = JSON.stringify({
      applicationPackages: [
        { fileName: 'Packages/Other.msix', fileStatus: 'PendingUpload' },
        { fileName: 'Packages/App_2.0.msixupload', fileStatus: 'PendingUpload' }
      ]
    });
    const error = await refusal({ 'package-zip': zip, 'submission-json': json });
    expect(error.message).toContain("'package-zip'");
    expect(error.message).toContain('Packages/App_2.0.msixupload');
    expect(error.message).toContain('applicationPackages[1]');
    expect(error.message).not.toContain("'Packages/Other.msix'");
  });

  test('package-zip that does not exist → error naming the input', async () => {
    const error = await refusal({ 'package-zip': tmp.path('absent.zip') });
    expect(error.message).toContain("'package-zip'");
    expect(error.message).toMatch(/does not exist/);
  });

  test('package-zip that is a directory → error', async () => {
    const dir = tmp.path('a-directory');
    await mkdir(dir);
    const error = await refusal({ 'package-zip': dir });
    expect(error.message).toContain("'package-zip'");
    expect(error.message).toMatch(/not a file/);
  });

  test('package-zip that is not a zip → error naming the input', async () => {
    const file = tmp.path('not-a-zip.zip');
    await writeFile(file, 'hello, this is plain text and not a zip archive at all');
    const error = await refusal({ 'package-zip': file });
    expect(error.message).toContain("'package-zip'");
    expect(error.message).toMatch(/not a readable zip/);
  });

  test('PendingUpload files without package-zip → error naming package-zip and the file', async () => {
    const error = await refusal({ 'submission-json': withPackage('Packages/App.msixupload') });
    expect(error.message).toContain("'package-zip'");
    expect(error.message).toContain('Packages/App.msixupload');
  });

  test('a zip without PendingUpload files in the JSON is accepted', async () => {
    const zip = await writeZip(tmp.path('extra.zip'), [{ name: 'unused.png', data: 'x' }]);
    const s = await read({ 'package-zip': zip });
    expect(s.packageZip).toBe(zip);
    expect(s.pendingFiles).toEqual([]);
  });
});

describe('numbers, booleans, wait-for, URLs', () => {
  test.each([
    ['poll-interval-seconds', 'abc'],
    ['poll-interval-seconds', '0'],
    ['poll-interval-seconds', '-5'],
    ['poll-interval-seconds', '3601'],
    ['timeout-minutes', 'ten'],
    ['timeout-minutes', '0'],
    ['timeout-minutes', 'Infinity'],
    ['upload-concurrency', '1.5'],
    ['upload-concurrency', '0'],
    ['request-timeout-seconds', 'NaN']
  ])('%s = %s → error naming it', async (name, value) => {
    const error = await refusal({ [name]: value });
    expect(error.message).toContain(`'${name}'`);
    expect(error.message).toContain(`'${value}'`);
  });

  test.each(['maybe', '1', 'enabled'])('delete-pending = %s → error', async (value) => {
    const error = await refusal({ 'delete-pending': value });
    expect(error.message).toContain("'delete-pending'");
  });

  test.each(['published', 'forever', 'release'])('wait-for = %s → error listing the choices', async (value) => {
    const error = await refusal({ 'wait-for': value });
    expect(error.message).toContain("'wait-for'");
    expect(error.message).toMatch(/commit, certification or publish/);
  });

  test.each([
    ['store-api-url', 'http://manage.devcenter.microsoft.com'],
    ['store-api-url', 'http://10.0.0.5:8080'],
    ['authority-host', 'http://login.example.com'],
    ['authority-host', 'ftp://127.0.0.1'],
    ['store-api-url', 'not a url']
  ])('%s = %s is refused', async (name, value) => {
    const error = await refusal({ [name]: value });
    expect(error.message).toContain(`'${name}'`);
  });

  test('http:// on loopback is accepted, and the trailing slash dropped', async () => {
    const s = await read({ 'store-api-url': 'http://127.0.0.1:8123/', 'authority-host': 'http://localhost:9000//' });
    expect(s.storeApiUrl).toBe('http://127.0.0.1:8123');
    expect(s.authorityHost).toBe('http://localhost:9000');
  });

  test('https URLs are kept without a trailing slash', async () => {
    const s = await read({ 'store-api-url': 'https://store.example.com/' });
    expect(s.storeApiUrl).toBe('https://store.example.com');
  });
});

describe('flight and add-on targets', () => {
  test('flight-id → flight target', async () => {
    const s = await read({ 'flight-id': '43e448df-97c9-4a43-a0bc-2a445e736bcd' });
    expect(s.target).toEqual({
      kind: 'flight',
      applicationId: '9NBLGGH4R315',
      flightId: '43e448df-97c9-4a43-a0bc-2a445e736bcd',
      flightName: undefined,
      create: undefined
    });
  });

  test('flight-name + flight-group-ids → create info with the IDs split on commas', async () => {
    const s = await read({
      'flight-name': 'Beta testers',
      'flight-group-ids': '1152921504606962205, 1152921504606962206,1152921504606962207',
      'flight-rank-higher-than': 'Alpha'
    });
    expect(s.target).toEqual({
      kind: 'flight',
      applicationId: '9NBLGGH4R315',
      flightId: undefined,
      flightName: 'Beta testers',
      create: {
        groupIds: ['1152921504606962205', '1152921504606962206', '1152921504606962207'],
        rankHigherThan: 'Alpha'
      }
    });
  });

  test('flight-name alone → flight target without create info', async () => {
    const s = await read({ 'flight-name': 'Beta' });
    expect(s.target).toMatchObject({ kind: 'flight', flightName: 'Beta', create: undefined });
  });

  test('flight-id + flight-name → error naming both', async () => {
    const error = await refusal({ 'flight-id': 'abc', 'flight-name': 'Beta' });
    expect(error.message).toContain("'flight-id'");
    expect(error.message).toContain("'flight-name'");
  });

  test('flight-id + flight-group-ids → error', async () => {
    const error = await refusal({ 'flight-id': 'abc', 'flight-group-ids': '1' });
    expect(error.message).toContain("'flight-group-ids'");
  });

  test('flight-group-ids without flight-name → error naming both', async () => {
    const error = await refusal({ 'flight-group-ids': '1152921504606962205' });
    expect(error.message).toContain("'flight-group-ids'");
    expect(error.message).toContain("'flight-name'");
  });

  test('flight-group-ids of only commas → error', async () => {
    const error = await refusal({ 'flight-name': 'Beta', 'flight-group-ids': ' , ,' });
    expect(error.message).toContain("'flight-group-ids'");
  });

  test('a flight without application-id → error naming application-id', async () => {
    const error = await refusal({ 'application-id': '', 'flight-id': 'abc' });
    expect(error.message).toContain("'application-id'");
  });

  test('flight inputs + add-on inputs → error naming both kinds', async () => {
    const error = await refusal({ 'flight-id': 'abc', 'add-on-id': '9NBLGGH4TNMP' });
    expect(error.message).toContain('flight-id');
    expect(error.message).toContain('add-on-id');
  });

  test('add-on-id → add-on target (application-id optional)', async () => {
    const s = await read({ 'add-on-id': '9NBLGGH4TNMP', 'application-id': '' });
    expect(s.target).toEqual({
      kind: 'add-on',
      applicationId: undefined,
      addOnId: '9NBLGGH4TNMP',
      productId: undefined,
      create: undefined
    });
  });

  test('add-on-product-id + add-on-type → add-on target with create info', async () => {
    const s = await read({ 'add-on-product-id': 'gems_100', 'add-on-type': 'consumable' });
    expect(s.target).toEqual({
      kind: 'add-on',
      applicationId: '9NBLGGH4R315',
      addOnId: undefined,
      productId: 'gems_100',
      create: { productType: 'Consumable' }
    });
  });

  test.each([
    ['Durable', 'Durable'],
    ['DURABLE', 'Durable'],
    ['Consumable', 'Consumable']
  ])('add-on-type %s is read as %s', async (value, expected) => {
    const s = await read({ 'add-on-product-id': 'p1', 'add-on-type': value });
    expect(s.target).toMatchObject({ kind: 'add-on', create: { productType: expected } });
  });

  test('add-on-type other than Durable/Consumable → error naming it', async () => {
    const error = await refusal({ 'add-on-product-id': 'p1', 'add-on-type': 'Subscription' });
    expect(error.message).toContain("'add-on-type'");
    expect(error.message).toContain('Subscription');
  });

  test('add-on-id + add-on-product-id → error naming both', async () => {
    const error = await refusal({ 'add-on-id': '9NBLGGH4TNMP', 'add-on-product-id': 'p1' });
    expect(error.message).toContain("'add-on-id'");
    expect(error.message).toContain("'add-on-product-id'");
  });

  test('add-on-type with add-on-id → error naming both', async () => {
    const error = await refusal({ 'add-on-id': '9NBLGGH4TNMP', 'add-on-type': 'Durable' });
    expect(error.message).toContain("'add-on-type'");
    expect(error.message).toContain("'add-on-id'");
  });

  test('add-on-type alone → error', async () => {
    const error = await refusal({ 'add-on-type': 'Durable' });
    expect(error.message).toContain("'add-on-type'");
    expect(error.message).toContain("'add-on-product-id'");
  });

  test('add-on-product-id without application-id → error naming application-id', async () => {
    const error = await refusal({ 'add-on-product-id': 'p1', 'application-id': '' });
    expect(error.message).toContain("'add-on-product-id'");
    expect(error.message).toContain("'application-id'");
  });

  test('an add-on-id that could change the URL path is refused', async () => {
    const error = await refusal({ 'add-on-id': 'x/../../applications' });
    expect(error.message).toContain("'add-on-id'");
  });
});

describe('the package list must fit the kind of submission', () => {
  const packages = JSON.stringify([{ fileName: 'a.msix', fileStatus: 'Uploaded' }]);
  test.each([
    [
      'applicationPackages on a flight',
      { 'flight-id': 'f1', 'submission-json': `{"applicationPackages": ${packages}}` },
      /sets 'applicationPackages', but this is a package flight submission, whose package list is 'flightPackages'.*Rename/
    ],
    [
      'flightPackages on an app',
      { 'submission-json': `{"flightPackages": ${packages}}` },
      /sets 'flightPackages', but this is an app submission, whose package list is 'applicationPackages'/
    ],
    [
      'packages on an add-on',
      { 'add-on-id': '9NBLGGH4TNMP', 'submission-json': `{"applicationPackages": ${packages}}` },
      /an add-on submission, which has no packages/
    ]
  ])('%s is refused before any request', async (_name, overrides, message) => {
    const error = await refusal(overrides);
    expect(error.oneLine()).toMatch(message);
  });

  test('the right list for each kind is accepted', async () => {
    await expect(
      read({ 'flight-id': 'f1', 'submission-json': `{"flightPackages": ${packages}}` })
    ).resolves.toBeDefined();
    await expect(read({ 'submission-json': `{"applicationPackages": ${packages}}` })).resolves.toBeDefined();
  });
});

describe('release controls', () => {
  test('absent: submit and commit, failing on a rollout in the way; no edit, so no PUT of its own', async () => {
    const settings = await read();
    expect(settings.release).toEqual({ kind: 'submit', fields: {}, existingRollout: 'fail', commit: true });
    expect(settings.edits).toEqual([]);
  });

  test('set: the release controls edit, before submission-json', async () => {
    const settings = await read({
      'publish-mode': 'Manual',
      'rollout-percentage': '10',
      'existing-rollout': 'halt',
      'submission-json': '{"notesForCertification":"x"}'
    });
    expect(settings.release).toMatchObject({ kind: 'submit', existingRollout: 'halt', commit: true });
    expect(settings.edits.map((edit) => edit.source)).toEqual(['release controls']);
    expect(settings.edits[0].apply({})).toEqual({
      targetPublishMode: 'Manual',
      packageDeliveryOptions: { packageRollout: { isPackageRollout: true, packageRolloutPercentage: 10 } }
    });
    expect(settings.changes).toEqual({ notesForCertification: 'x' });
  });

  test('operation: rollout needs no submission inputs, and refuses them', async () => {
    const settings = await read({ operation: 'rollout', 'rollout-action': 'finalize' });
    expect(settings.release).toEqual({ kind: 'rollout', change: { action: 'finalize' } });
    expect(settings.edits).toEqual([]);
    const error = await refusal({
      operation: 'rollout',
      'rollout-action': 'halt',
      'submission-json': '{}',
      'package-zip': 'x.zip'
    });
    expect(error.oneLine()).toMatch(/'submission-json', 'package-zip' have nothing to act on/);
  });

  test('a flight created by name cannot have a rollout changed; an add-on has none', async () => {
    const flight = await refusal({
      operation: 'rollout',
      'rollout-action': 'halt',
      'flight-name': 'Beta',
      'flight-group-ids': '123'
    });
    expect(flight.oneLine()).toMatch(/'flight-group-ids' has nothing to act on/);
    const addOn = await refusal({ 'add-on-id': '9NBLGGH4TNMP', 'rollout-percentage': '10' });
    expect(addOn.oneLine()).toMatch(/no sense for an add-on/);
  });

  test('dates are judged against the time the settings are read', async () => {
    const inputs = { ...BASE, 'publish-mode': 'SpecificDate', 'publish-date': '2030-01-01T00:00:00Z' };
    await expect(readSettings(reader(inputs), Date.parse('2029-12-31T00:00:00Z'))).resolves.toBeDefined();
    await expect(readSettings(reader(inputs), Date.parse('2030-01-02T00:00:00Z'))).rejects.toThrow(/not in the future/);
  });
});
