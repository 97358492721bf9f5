/**
 * Where Microsoft's own clients (msstore-cli, StoreBroker) do it otherwise
 * than the documentation alone suggests (docs/oracles.md): the bundled action
 * against the local fakes, which have learnt each behaviour.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { AZURITE_ACCOUNT, AZURITE_KEY } from '../../__fixtures__/azurite.mjs';
import { startFaultProxy } from '../../__fixtures__/blob-fault-proxy.mjs';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig, type Fake } from '../../__fixtures__/rig.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(async () => {
  rig.expectNoSecretsInLogs();
  await rig.stop();
});

const MiB = 1024 * 1024;
const PACKAGE = 'ContosoNotes_1.3.0.0_x64.msixupload';
const APP_PATH = `/v1.0/my/applications/${APP_ID}`;
const packageJson = JSON.stringify({
  applicationPackages: [
    { fileName: PACKAGE, fileStatus: 'PendingUpload', minimumDirectXVersion: 'None', minimumSystemRam: 'None' }
  ]
});

async function app(published: Record<string, unknown> = {}, options: Record<string, unknown> = {}): Promise<Fake> {
  const fake = await rig.newFake(options);
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: { ...publishedAppSubmission(), ...published } });
  return fake;
}

const run = (extra: Record<string, string | undefined>) => rig.run({ 'application-id': APP_ID, ...extra });
const apiCalls = (fake: Fake): string[] =>
  fake.requests
    .filter((r: { area: string }) => r.area === 'api')
    .map((r: { method: string; path: string }) => `${r.method} ${r.path.replace(/\d{19}/g, 'ID')}`);

describe('creating a submission (isMinimalResponse)', () => {
  test('a large app submission, whose full clone answers 500: created once with the minimal answer, then read', async () => {
    const fake = await app({}, { largeSubmissions: true });
    const result = await run({ 'submission-json': JSON.stringify({ notesForCertification: 'large' }) });
    expect(result.code).toBe(0);
    const created = fake.submissions.filter((s: { seeded: boolean }) => !s.seeded);
    expect(created).toHaveLength(1);
    expect(created[0].committed).toBe(true);
    expect(created[0].puts[0].listings['en-us'].baseListing.description).toBe('Take notes fast.');
    const calls = apiCalls(fake);
    const create = calls.indexOf(`POST ${APP_PATH}/submissions?isMinimalResponse=true`);
    expect(create).toBeGreaterThanOrEqual(0);
    expect(calls[create + 1]).toBe(`GET ${APP_PATH}/submissions/ID`);
  });

  test('a flight submission is created the same way', async () => {
    const fake = await app({}, { largeSubmissions: true });
    const flight = fake.seedFlight(APP_ID, { friendlyName: 'Beta', published: true });
    const result = await run({
      'flight-name': 'Beta',
      'submission-json': JSON.stringify({ notesForCertification: 'b' })
    });
    expect(result.code).toBe(0);
    expect(apiCalls(fake)).toContain(`POST ${APP_PATH}/flights/${flight.flightId}/submissions?isMinimalResponse=true`);
    expect(fake.submission(result.outputs['submission-id']).committed).toBe(true);
  });
});

describe('a paid app priced in per-market pricing (priceId "Base")', () => {
  const base = {
    pricing: { priceId: 'Base', marketSpecificPricings: { US: 'Tier5' }, sales: [], isAdvancedPricingModel: true }
  };

  test('refused before the update, naming the cause; the submission it made is deleted again', async () => {
    const fake = await app(base);
    const result = await run({ 'submission-json': JSON.stringify({ notesForCertification: 'x' }) });
    expect(result.code).not.toBe(0);
    const [error] = errorAnnotations(result.log);
    expect(error).toMatch(/per-market pricing: its submissions come with the base price "Base"/);
    expect(error).toMatch(/"pricing": \{ "priceId": "Free" \}/);
    const created = fake.submissions.filter((s: { seeded: boolean }) => !s.seeded);
    expect(created).toHaveLength(1);
    expect(created[0].puts).toEqual([]);
    expect(created[0].deleted).toBe(true);
    expect(fake.app(APP_ID).pendingApplicationSubmission).toBeUndefined();
    // Nothing left behind, and the report says none.
    expect(result.outputs['submission-id']).toBe('');
    expect(result.log).not.toMatch(/was left in status/);
  });

  test('a base price set in submission-json goes through', async () => {
    const fake = await app(base);
    const result = await run({ 'submission-json': JSON.stringify({ pricing: { priceId: 'Tier5' } }) });
    expect(result.code).toBe(0);
    const put = fake.submission(result.outputs['submission-id']).puts[0];
    expect(put.pricing).toMatchObject({ priceId: 'Tier5', marketSpecificPricings: { US: 'Tier5' } });
  });
});

describe('a rollout that has not started blocks a new submission too', () => {
  test('existing-rollout: fail refuses, naming it; nothing changed', async () => {
    const fake = await app({ rollout: { percentage: 20, status: 'PackageRolloutNotStarted' } });
    const result = await run({
      'package-zip': await rig.zip('r.zip', { [PACKAGE]: 'x' }),
      'submission-json': packageJson
    });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(
      /has not started yet \(PackageRolloutNotStarted\).*existing-rollout: halt/
    );
    expect(fake.mutations()).toEqual([]);
  });

  test('existing-rollout: halt halts it, then the new submission is made', async () => {
    const fake = await app({ rollout: { percentage: 20, status: 'PackageRolloutNotStarted' } });
    const old = fake.app(APP_ID).lastPublishedApplicationSubmission.id;
    const result = await run({
      'package-zip': await rig.zip('r.zip', { [PACKAGE]: 'x' }),
      'submission-json': packageJson,
      'existing-rollout': 'halt'
    });
    expect(result.code).toBe(0);
    expect(fake.rollout(old).packageRolloutStatus).toBe('PackageRolloutStopped');
    expect(fake.submission(result.outputs['submission-id']).committed).toBe(true);
  });
});

describe('CommitFailed with a known cause', () => {
  test('InvalidMicrosoftAgeRating: the hint names the age ratings page of the submission', async () => {
    const fake = await app();
    fake.setCommitOutcome({
      kind: 'failed',
      errors: [{ code: 'InvalidMicrosoftAgeRating', details: 'Age rating missing.' }]
    });
    const result = await run({ 'submission-json': JSON.stringify({ notesForCertification: 'x' }) });
    expect(result.code).not.toBe(0);
    const id = result.outputs['submission-id'];
    expect(errorAnnotations(result.log).join('\n')).toContain(
      `age ratings questionnaire in Partner Center (https://partner.microsoft.com/dashboard/products/${APP_ID}/submissions/${id}/ageratings)`
    );
  });
});

describe('an upload URL of an old storage version (sv=2014-02-14, as in the docs)', () => {
  test("the zip goes in blocks of at most 4 MiB, under the URL's own version; the blob is whole", async () => {
    const proxy = await startFaultProxy({ target: `http://127.0.0.1:${rig.azurite.port}` });
    try {
      const fake = await app(
        {},
        {
          blob: {
            endpoint: rig.azurite.endpoint,
            accountName: AZURITE_ACCOUNT,
            accountKey: AZURITE_KEY,
            publicEndpoint: `${proxy.origin}/${AZURITE_ACCOUNT}`,
            sasVersion: '2014-02-14'
          }
        }
      );
      const zip = await rig.zip('old-sv.zip', { [PACKAGE]: randomBytes(40 * MiB) });
      const result = await run({ 'package-zip': zip, 'submission-json': packageJson });
      expect(result.code).toBe(0);
      const id = result.outputs['submission-id'];
      expect(fake.submission(id).fileUploadUrl).toContain('sv=2014-02-14');
      const puts = proxy.requests.filter((r) => r.method === 'PUT');
      const blocks = puts.filter((r) => r.comp === 'block');
      expect(blocks.length).toBeGreaterThanOrEqual(10);
      expect(blocks.every((r) => Number(r.headers['content-length']) <= 4 * MiB)).toBe(true);
      expect(puts.every((r) => r.headers['x-ms-version'] === '2014-02-14')).toBe(true);
      expect(fake.submission(id).uploadedEntries).toEqual([PACKAGE]);
    } finally {
      await proxy.stop();
    }
  });
});
