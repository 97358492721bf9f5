/**
 * MSI/EXE products through the bundled action (dist/index.js), run as the
 * runner runs it, against the local fake of the MSI/EXE API
 * (__fixtures__/fake-msi-exe): what the fake ends up holding, and nothing
 * changed on it for every refusal.
 */
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MsiExeRig, PRODUCT, SELLER, type MsiExeFake, type MsiExeRun } from '../../__fixtures__/msi-exe-rig.js';

const MSI = 'https://downloads.contoso.com/notes/2.0.0/ContosoNotes-2.0.0-x64.msi';
const EXE = 'https://downloads.contoso.com/notes/2.0.0/ContosoNotesSetup-arm64.exe';

const dir = mkdtempSync(join(tmpdir(), 'msi-exe-it-'));
const rig = new MsiExeRig();
let fake: MsiExeFake;

afterEach(() => rig.closeFake());
afterAll(() => {
  // Nothing secret in any run's log, outputs or summary (runs of every test).
  rig.expectNoSecretsInLogs();
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Record<string, unknown> = {}, seed: Record<string, unknown> = {}): Promise<MsiExeFake> {
  fake = await rig.start({ uploadPolls: 2, metadataPolls: 1, publishPolls: 2, ...options }, seed);
  return fake;
}

const run = (inputs: Record<string, string | undefined>): Promise<MsiExeRun> => rig.run(inputs);

const installers = JSON.stringify([
  { packageUrl: MSI, languages: ['en-us'], architectures: ['x64'] },
  {
    packageUrl: EXE,
    languages: ['en-us', 'de-de'],
    architectures: ['ARM64'],
    installerParameters: '/S',
    genericDocUrl: 'https://contoso.com/errors'
  }
]);

/** The fake's whole state before a run that must change nothing, and the check after it. */
function expectNothingChanged(before: unknown): void {
  expect(fake.snapshot()).toEqual(before);
  expect(fake.mutations()).toEqual([]);
}

describe('publishing an MSI/EXE product', () => {
  test('installers and a partial submission-json: packages replaced, whole modules sent, nothing else reset, submitted', async () => {
    await start();
    const before = fake.product(PRODUCT)!;
    const result = await run({
      installers: '\uFEFF' + installers.replace(/,/g, ',\r\n'),
      'submission-json': JSON.stringify({
        listings: { 'EN-US': { whatsNew: 'Version 2: sync.' } },
        properties: { certificationNotes: 'Sign in with the demo account.' }
      })
    });
    expect(result.code).toBe(0);
    const after = fake.product(PRODUCT)!;
    expect(
      after.packages.map((p) => [
        p.packageUrl,
        p.architectures,
        p.packageType,
        p.isSilentInstall,
        p.installerParameters
      ])
    ).toEqual([
      [MSI, ['X64'], 'msi', true, ''],
      [EXE, ['Arm64'], 'exe', false, '/S']
    ]);
    expect(after.listings[0]).toEqual({ ...before.listings[0], whatsNew: 'Version 2: sync.' });
    expect(after.properties).toEqual({ ...before.properties, certificationNotes: 'Sign in with the demo account.' });
    expect(after.availability).toEqual(before.availability);
    // The metadata PUT carried the whole listing and the whole properties module.
    const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/metadata'));
    expect(puts).toHaveLength(1);
    expect(puts[0].body).toEqual({ listings: after.listings[0], properties: after.properties });
    // Every API call carried the seller; the order of the changes is the documented one.
    expect(fake.requests.filter((r) => r.area === 'api').every((r) => r.sellerId === SELLER)).toBe(true);
    expect(fake.mutations().map((r) => `${r.method} ${r.path.split('/').slice(5).join('/')}`)).toEqual([
      'PUT packages',
      'POST packages/commit',
      'PUT metadata',
      'POST packages/commit',
      'POST submit'
    ]);
    const [submission] = fake.submissions;
    expect(result.outputs).toMatchObject({
      'submission-id': submission.id,
      status: 'INPROGRESS',
      'partner-center-url': `https://partner.microsoft.com/dashboard/products/${PRODUCT}/overview`
    });
    expect(submission.draft).toMatchObject({ packages: after.packages });
    expect(result.summary).toContain(`MSI/EXE product ${PRODUCT}`);
    expect(result.summary).toMatch(/`packages`, `listings.en-us`, `properties`/);
  });

  test('wait-for publish: INPROGRESS for a while, tokens renewed, then PUBLISHED', async () => {
    await start({ publishPolls: 6, tokenLifetimeSeconds: 2 });
    const result = await run({ 'wait-for': 'publish', 'poll-interval-seconds': '0.5' });
    expect(result.code).toBe(0);
    expect(result.outputs.status).toBe('PUBLISHED');
    expect(fake.product(PRODUCT)?.ongoingSubmissionId).toBe('');
    expect(fake.tokensIssued.length).toBeGreaterThan(1);
    expect(result.log).toMatch(/Waiting for submission \d+ to be published .*: INPROGRESS/);
  });

  test('a submission that fails: FAILED in the outputs, its errors in status-details, the summary and an annotation', async () => {
    await start({
      publishPolls: 0,
      submissionOutcome: {
        kind: 'failed',
        errors: [{ code: 'certificationfailed', message: 'The installer shows UI.', target: 'packages' }]
      }
    });
    const result = await run({ 'wait-for': 'publish' });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('FAILED');
    expect(JSON.parse(result.outputs['status-details'])).toEqual({
      errors: [{ code: 'certificationfailed', details: 'The installer shows UI. (target: packages)' }],
      warnings: []
    });
    expect(result.log).toMatch(
      /::error.*failed \(FAILED, not retried by the Store\): certificationfailed: The installer shows UI\./
    );
    expect(result.summary).toContain('certificationfailed');
  });

  test('listings-folder texts go to the fields that mean the same; what has no field here is named, not sent', async () => {
    await start();
    const folder = join(dir, 'listings');
    mkdirSync(join(folder, 'en-US'), { recursive: true });
    writeFileSync(join(folder, 'en-US', 'description.txt'), '\uFEFFContoso Notes keeps your notes.\r\nEverywhere.\r\n');
    writeFileSync(join(folder, 'en-US', 'release-notes.txt'), 'From the folder.\n');
    writeFileSync(join(folder, 'en-US', 'keywords.txt'), 'notes\r\nsync\r\n');
    writeFileSync(join(folder, 'en-US', 'title.txt'), 'Contoso Notes\n');
    const before = fake.product(PRODUCT)!.listings[0];
    const result = await run({
      'listings-folder': folder,
      'submission-json': '{"listings":{"en-us":{"whatsNew":"From the JSON."}}}'
    });
    expect(result.code).toBe(0);
    expect(fake.product(PRODUCT)!.listings[0]).toEqual({
      ...before,
      description: 'Contoso Notes keeps your notes.\nEverywhere.',
      whatsNew: 'From the JSON.',
      searchTerms: ['notes', 'sync']
    });
    expect(result.log).toContain('not sent): en-us: title');
  });
});

describe('release notes for an MSI/EXE product', () => {
  /** A product whose draft has listings in three languages: en-us as the fake seeds it, de-DE and fr-fr like it. */
  async function startThreeLanguages(): Promise<MsiExeFake> {
    await start();
    const [en] = fake.product(PRODUCT)!.listings;
    await rig.closeFake();
    const de = { ...en, language: 'de-DE', whatsNew: 'Erste Version.' };
    return start({}, { listings: [en, de, { ...en, language: 'fr-fr', whatsNew: 'Première version.' }] });
  }

  test('release-notes: whatsNew in every language of the draft, each listing sent whole; the folder and submission-json win where they set it', async () => {
    await startThreeLanguages();
    const before = fake.product(PRODUCT)!.listings;
    const folder = join(dir, 'notes-folder');
    mkdirSync(join(folder, 'fr-FR'), { recursive: true });
    writeFileSync(join(folder, 'fr-FR', 'release-notes.txt'), 'Du dossier.\r\n');
    const result = await run({
      'release-notes': 'Version 2: sync across devices.',
      'listings-folder': folder,
      'submission-json': '{"listings":{"de-de":{"whatsNew":"Aus dem JSON."}}}'
    });
    expect(result.code).toBe(0);
    const after = fake.product(PRODUCT)!.listings;
    expect(after).toEqual([
      { ...before[0], whatsNew: 'Version 2: sync across devices.' },
      { ...before[1], whatsNew: 'Aus dem JSON.' },
      { ...before[2], whatsNew: 'Du dossier.' }
    ]);
    // The listings were read in every language (no filter), then sent one whole listing per request.
    const reads = fake.requests.filter((r) => r.method === 'GET' && r.path.includes('/metadata/listings'));
    expect(reads.map((r) => r.path.split('?')[1])).toEqual(['includelanguagelist=true']);
    const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/metadata'));
    expect(puts.map((r) => r.body)).toEqual(after.map((listing) => ({ listings: listing })));
    expect(fake.submissions).toHaveLength(1);
    expect(result.summary).toMatch(/`listings.en-us`, `listings.de-DE`, `listings.fr-fr`/);
  });

  test('release-notes-file over 1500 characters: refused before any request, nothing changed', async () => {
    await startThreeLanguages();
    const before = fake.snapshot();
    const notes = join(dir, 'long-notes.md');
    writeFileSync(notes, 'n'.repeat(1501));
    const result = await run({ 'release-notes-file': notes, installers });
    expect(result.code).toBe(1);
    expect(result.log).toContain(
      "::error::The release notes have 1501 characters; an MSI/EXE product's listing (whatsNew) takes at most 1500."
    );
    expect(fake.requests).toEqual([]);
    expectNothingChanged(before);
  });

  test('a draft with no listing: refused after reading it, before any change', async () => {
    await start({}, { listings: [] });
    const before = fake.snapshot();
    const result = await run({ 'release-notes': 'New.', installers });
    expect(result.code).toBe(1);
    expect(result.log).toMatch(/::error::Release notes were given, but the product's draft has no listing/);
    expectNothingChanged(before);
  });
});

describe('refusals change nothing on the server', () => {
  test('a submission already in progress: named, and nothing changed', async () => {
    await start({}, { ongoingSubmission: { id: '1152921505698765432' } });
    const before = fake.snapshot();
    const result = await run({ installers, 'submission-json': '{"listings":{"en-us":{"whatsNew":"x"}}}' });
    expect(result.code).toBe(1);
    expect(result.log).toMatch(
      /::error::Product 3e31a9f9-.* has a submission in progress \(1152921505698765432\); nothing was changed\./
    );
    expectNothingChanged(before);
    expect(result.outputs['submission-id']).toBe('');
  });

  test.each([
    [
      'an http:// installer',
      { installers: '[{"packageUrl":"http://contoso.com/a.msi","languages":["en-us"],"architectures":["X64"]}]' },
      /installers\[0\] \(http:\/\/contoso.com\/a.msi\): 'packageUrl' must be an https:\/\/ URL/
    ],
    [
      'two architectures',
      { installers: `{"packageUrl":"${MSI}","languages":["en-us"],"architectures":["X64","X86"]}` },
      /exactly one of Neutral, X86, X64, Arm, Arm64, got \["X64","X86"\]/
    ],
    [
      'an exe without genericDocUrl',
      { installers: `{"packageUrl":"${EXE}","languages":["en-us"],"architectures":["X64"]}` },
      /an exe needs 'genericDocUrl'/
    ],
    [
      'an MSIX input with product-id',
      { 'application-id': '9NBLGGH4R315', 'package-zip': 'x.zip' },
      /'product-id' selects an MSI\/EXE product, which does not take 'application-id', 'package-zip'/
    ],
    [
      'package mode with product-id',
      { packages: 'out/*.msix', 'keep-packages': 'all' },
      /does not take 'packages', 'keep-packages'/
    ],
    [
      'a Store ID as product-id',
      { 'product-id': '9NBLGGH4R315' },
      /must be the MSI\/EXE product's Partner Center ID, a GUID.*use 'application-id'/
    ],
    ['no seller-id', { 'seller-id': '' }, /Input 'seller-id' is required with 'product-id'/],
    [
      'operation: rollout (MSI/EXE products have no package rollouts)',
      { operation: 'rollout' },
      /'operation: rollout' is not available for an MSI\/EXE product/
    ],
    [
      'wait-for: certification (the MSI/EXE API has no such stage)',
      { 'wait-for': 'certification' },
      /'wait-for: certification' is not available for an MSI\/EXE product.*no certification stage of its own/
    ],
    [
      'release controls and MSIX-only tuning with product-id',
      {
        'existing-rollout': 'fail',
        'delete-pending': 'false',
        'upload-concurrency': '8',
        'store-api-url': 'https://x'
      },
      /does not take 'delete-pending', 'existing-rollout', 'upload-concurrency', 'store-api-url'/
    ],
    [
      'an MSIX field in submission-json',
      { 'submission-json': '{"applicationPackages":[]}' },
      /'applicationPackages' is not a module of an MSI\/EXE product/
    ],
    [
      'a search term over 30 characters',
      { 'submission-json': `{"listings":{"en-us":{"searchTerms":["${'x'.repeat(31)}"]}}}` },
      /longer than 30 characters/
    ]
  ])('%s: refused before any request', async (_what, inputs, message) => {
    await start();
    const before = fake.snapshot();
    const result = await run(inputs);
    expect(result.code).toBe(1);
    expect(result.log).toMatch(message);
    expect(fake.requests).toEqual([]);
    expectNothingChanged(before);
  });

  test('seller-id or installers without product-id: refused before any request', async () => {
    await start();
    const result = await run({ 'product-id': '', 'application-id': '9NBLGGH4R315', installers });
    expect(result.code).toBe(1);
    expect(result.log).toMatch(
      /'seller-id', 'installers' and 'msi-exe-api-url' are only for an MSI\/EXE product, but 'product-id' is not set/
    );
    expect(fake.requests).toEqual([]);
  });

  test('dry-run: the draft is read and checked, the installers and whole modules printed, nothing changed', async () => {
    await start();
    const before = fake.snapshot();
    const result = await run({
      installers,
      'submission-json': JSON.stringify({ listings: { 'en-us': { whatsNew: 'Dry whats new' } } }),
      'dry-run': 'true'
    });
    expect(result.code).toBe(0);
    expect(result.log).toContain('Dry run: nothing is changed in product');
    expect(result.log).toContain(`- replace the draft's packages with 2 installer(s), then commit them:`);
    expect(result.log).toContain(MSI);
    expect(result.log).toMatch(/- send listings\.en-us whole:/);
    expect(result.log).toContain('"whatsNew": "Dry whats new"');
    expect(result.log).toContain('Dry run finished: nothing was changed.');
    expect(result.summary).toMatch(/dry run: nothing changed/);
    expect(fake.requests.some((r) => r.method === 'GET' && /metadata/.test(r.path))).toBe(true);
    expect(fake.mutations()).toEqual([]);
    expectNothingChanged(before);
  });

  test('dry-run without credentials: the inputs are checked, no request is made', async () => {
    await start();
    const result = await run({ installers, 'dry-run': 'true', 'tenant-id': '', 'client-id': '', 'client-secret': '' });
    expect(result.code).toBe(0);
    expect(result.log).toContain('the draft was not read');
    expect(result.log).toContain(EXE);
    expect(fake.requests).toEqual([]);
  });

  test('a bad change in a dry run fails as a real run would, before any change', async () => {
    await start();
    const result = await run({
      'submission-json': JSON.stringify({ listings: { 'fr-fr': { whatsNew: 'x' } } }),
      'dry-run': 'true'
    });
    expect(result.code).toBe(1);
    expect(result.log).toMatch(/a language the product's draft does not have/);
    expect(fake.mutations()).toEqual([]);
  });

  test('commit: false updates the draft and does not submit it (action.yml defaults set, as the runner does)', async () => {
    await start();
    const result = await run({ installers, commit: 'false' });
    expect(result.code).toBe(0);
    expect(result.outputs['submission-id']).toBe('');
    expect(fake.submissions).toEqual([]);
    expect(fake.requests.filter((r) => /\/submit$/.test(r.path))).toEqual([]);
    expect(fake.product(PRODUCT)?.packages?.map((p) => p.packageUrl)).toEqual([MSI, EXE]);
    expect(result.log).toMatch(/was updated and not submitted \(commit: false\)/);
    expect(result.summary).toMatch(/commit: false/);
  });

  test('a listing language the draft lacks: refused after reading, before any change', async () => {
    await start();
    const before = fake.snapshot();
    const result = await run({ installers, 'submission-json': '{"listings":{"fr-fr":{"whatsNew":"x"}}}' });
    expect(result.code).toBe(1);
    expect(result.log).toMatch(
      /sets the listing of 'fr-fr', a language the product's draft does not have \(it has en-us\)/
    );
    expectNothingChanged(before);
  });
});

describe('the service on a bad day', () => {
  test('an installer that fails upload/validation: the Store words, no submission', async () => {
    await start({ invalidPackageUrls: [EXE] });
    const result = await run({ installers });
    expect(result.code).toBe(1);
    expect(result.log).toMatch(
      /could not upload or validate the installers: packageuploaderror: Package https:\/\/downloads.contoso.com\/notes\/2.0.0\/ContosoNotesSetup-arm64.exe/
    );
    expect(fake.submissions).toEqual([]);
    expect(result.log).toMatch(/holds this run's changes \(packages\) but was not submitted/);
  });

  test('a refusal on HTTP 200 (isSuccess false) fails the call with the errors and the X-Correlation-ID', async () => {
    await start({ rejectStatus: 200 });
    const result = await run({ 'submission-json': '{"properties":{"category":""}}' });
    expect(result.code).toBe(1);
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(result.log).toContain(
      `Update the draft metadata of product ${PRODUCT} (PUT /metadata) failed with HTTP 200 (badrequest: isSuccess is false: badrequest: properties: category is required. (properties))`
    );
    expect(result.log).toContain(`[X-Correlation-ID: ${put?.correlationId}]`);
    expect(fake.submissions).toEqual([]);
  });

  test('429 with Retry-After, a 503, lost answers of the commit and the submit: exactly one submission, warnings logged', async () => {
    await start({ warnings: [{ code: 'warning', message: 'Warning Message 1', target: 'properties' }] });
    fake.faults.add({ method: 'GET', path: `${PRODUCT}/status`, kind: 429, retryAfter: '1' });
    fake.faults.add({ method: 'PUT', path: `${PRODUCT}/packages`, kind: 503 });
    fake.faults.add({ method: 'POST', path: `${PRODUCT}/packages/commit`, kind: 'lose-response' });
    fake.faults.add({ method: 'POST', path: `${PRODUCT}/submit`, kind: 'lose-response' });
    const result = await run({ installers });
    expect(result.code).toBe(0);
    expect(fake.faults.pending).toEqual([]);
    expect(fake.submissions).toHaveLength(1);
    expect(result.outputs['submission-id']).toBe(fake.submissions[0].id);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/submit'))).toHaveLength(1);
    expect(result.log).toMatch(/got HTTP 429 \(throttled\); retrying in/);
    expect(result.log).toContain('Store warning: warning: Warning Message 1 (properties)');
    expect(result.log.match(/Store warning: warning: Warning Message 1/g)).toHaveLength(1);
    expect(result.summary).toContain('Warning Message 1');
  });

  test('the submit answered with the ID only as ongoingSubmissionId', async () => {
    await start({ submitAnswersOngoingIdOnly: true });
    const result = await run({});
    expect(result.code).toBe(0);
    expect(result.outputs['submission-id']).toBe(fake.submissions[0].id);
    expect(result.log).toContain('No installers and no metadata changes: submitting the draft as it is.');
  });
});
