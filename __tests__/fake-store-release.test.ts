// Tests of the fake Store's release side: certification stages walked poll by poll, publish modes that hold a
// submission, certification reports, and gradual package rollouts (the endpoints, and the 409 they cause).
import { startAzurite, AZURITE_ACCOUNT, AZURITE_KEY } from '../__fixtures__/azurite.mjs';
import { startFakeStore } from '../__fixtures__/fake-store/index.mjs';

type Fake = Awaited<ReturnType<typeof startFakeStore>>;

const TENANT = 'tenant-r';
const CLIENT = 'client-r';
const SECRET = 'release-s3cret';

let azurite: Awaited<ReturnType<typeof startAzurite>>;
let fake: Fake;
let token: string;

beforeAll(async () => {
  azurite = await startAzurite();
  fake = await startFakeStore({
    blob: { endpoint: azurite.endpoint, accountName: AZURITE_ACCOUNT, accountKey: AZURITE_KEY }
  });
  fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  const response = await fetch(fake.tokenUrl(TENANT, 'v1'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: SECRET,
      resource: 'https://manage.devcenter.microsoft.com'
    })
  });
  token = ((await response.json()) as { access_token: string }).access_token;
});

afterAll(async () => {
  await fake?.close();
  await azurite?.stop();
});

/** A Store API call; `path` is relative to /v1.0/my/. */
async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${fake.storeApiUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(5000)
  });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any };
}

/** Creates a submission of `parent`, PUTs `fields` over it and commits it (no files: nothing to upload). */
async function submit(
  parent: string,
  fields: Record<string, unknown>,
  outcome?: Parameters<Fake['setCommitOutcome']>[0]
) {
  const created = await api('POST', `${parent}/submissions`);
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  expect((await api('PUT', `${parent}/submissions/${id}`, { ...created.body, ...fields })).status).toBe(200);
  if (outcome) fake.setCommitOutcome(outcome, id);
  expect((await api('POST', `${parent}/submissions/${id}/commit`)).status).toBe(202);
  return id;
}

async function polls(parent: string, id: string, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) seen.push((await api('GET', `${parent}/submissions/${id}/status`)).body.status);
  return seen;
}

describe('certification stages', () => {
  test('each stage shows for pollsPerStage polls, with its time in the history, and a report after certification', async () => {
    fake.seedApp({ id: '9NSTAGES0000', published: true });
    const parent = 'applications/9NSTAGES0000';
    const id = await submit(
      parent,
      {},
      { kind: 'success', pollsInCommitStarted: 1, pollsPerStage: 2, finalStatus: 'Published' }
    );
    expect(await polls(parent, id, 14)).toEqual([
      'CommitStarted',
      'PreProcessing',
      'PreProcessing',
      'Certification',
      'Certification',
      'Release',
      'Release',
      'PendingPublication',
      'PendingPublication',
      'Publishing',
      'Publishing',
      'Published',
      'Published',
      'Published'
    ]);
    const server = fake.submission(id);
    expect(server.history.map((h: { status: string }) => h.status)).toEqual([
      'PendingCommit',
      'CommitStarted',
      'PreProcessing',
      'Certification',
      'Release',
      'PendingPublication',
      'Publishing',
      'Published'
    ]);
    for (const entry of server.history) expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 60_000);
    const status = await api('GET', `${parent}/submissions/${id}/status`);
    expect(status.body.statusDetails.certificationReports).toEqual([
      { date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), reportUrl: expect.stringMatching(/^https:\/\/.*\/reports\//) }
    ]);
    expect(fake.app('9NSTAGES0000').lastPublishedApplicationSubmission.id).toBe(id);
    expect(fake.app('9NSTAGES0000').pendingApplicationSubmission).toBeUndefined();
  });

  test('a certification failure comes with errors and a report', async () => {
    fake.seedApp({ id: '9NCERTFAIL00', published: true });
    const parent = 'applications/9NCERTFAIL00';
    const errors = [{ code: 'PackageValidationFailed', details: 'The app crashed on launch.' }];
    const id = await submit(parent, {}, { kind: 'failed', status: 'CertificationFailed', errors });
    expect(await polls(parent, id, 5)).toEqual([
      'CommitStarted',
      'PreProcessing',
      'Certification',
      'CertificationFailed',
      'CertificationFailed'
    ]);
    const details = (await api('GET', `${parent}/submissions/${id}/status`)).body.statusDetails;
    expect(details.errors).toEqual(errors);
    expect(details.certificationReports).toHaveLength(1);
  });
});

describe('publish modes', () => {
  test('Manual waits at Release until "Publish now"', async () => {
    fake.seedApp({ id: '9NMANUAL0000', published: true });
    const parent = 'applications/9NMANUAL0000';
    const id = await submit(parent, { targetPublishMode: 'Manual' }, { kind: 'success', finalStatus: 'Published' });
    expect(await polls(parent, id, 8)).toEqual([
      'CommitStarted',
      'PreProcessing',
      'Certification',
      'Release',
      'Release',
      'Release',
      'Release',
      'Release'
    ]);
    expect(fake.publish(id)).toBe(true);
    expect(await polls(parent, id, 4)).toEqual(['PendingPublication', 'Publishing', 'Published', 'Published']);
  });

  test('SpecificDate waits at PendingPublication until its date', async () => {
    fake.seedApp({ id: '9NDATED00000', published: true });
    const parent = 'applications/9NDATED00000';
    const date = new Date(Date.now() + 4000).toISOString(); // far enough for 7 polls on a loaded machine
    const id = await submit(
      parent,
      { targetPublishMode: 'SpecificDate', targetPublishDate: date },
      { kind: 'success', finalStatus: 'Published' }
    );
    expect(await polls(parent, id, 7)).toEqual([
      'CommitStarted',
      'PreProcessing',
      'Certification',
      'Release',
      'PendingPublication',
      'PendingPublication',
      'PendingPublication'
    ]);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(date) - Date.now() + 50)));
    expect(await polls(parent, id, 2)).toEqual(['Publishing', 'Published']);
  });

  test('a SpecificDate without a date is refused (400)', async () => {
    fake.seedApp({ id: '9NNODATE0000', published: true });
    const created = await api('POST', 'applications/9NNODATE0000/submissions');
    const put = await api('PUT', `applications/9NNODATE0000/submissions/${created.body.id}`, {
      ...created.body,
      targetPublishMode: 'SpecificDate',
      targetPublishDate: 'soon'
    });
    expect(put.status).toBe(400);
    expect(put.body.code).toBe('InvalidParameterValue');
  });
});

describe('gradual package rollout', () => {
  test('a submission published with a rollout starts it, falling back to the one before', async () => {
    fake.seedApp({ id: '9NROLLOUT000', published: true });
    const parent = 'applications/9NROLLOUT000';
    const before = fake.app('9NROLLOUT000').lastPublishedApplicationSubmission.id;
    const id = await submit(
      parent,
      {
        packageDeliveryOptions: {
          packageRollout: {
            isPackageRollout: true,
            packageRolloutPercentage: 12.5,
            packageRolloutStatus: 'PackageRolloutComplete', // the Store's own: ignored
            fallbackSubmissionId: '42'
          },
          isMandatoryUpdate: true,
          mandatoryUpdateEffectiveDate: '2031-01-01T00:00:00.000Z'
        }
      },
      { kind: 'success', finalStatus: 'Published' }
    );
    expect(fake.rollout(id)).toEqual({
      isPackageRollout: true,
      packageRolloutPercentage: 12.5,
      packageRolloutStatus: 'PackageRolloutNotStarted',
      fallbackSubmissionId: '0'
    });
    await polls(parent, id, 7);
    const rollout = await api('GET', `${parent}/submissions/${id}/packagerollout`);
    expect(rollout).toEqual({
      status: 200,
      body: {
        isPackageRollout: true,
        packageRolloutPercentage: 12.5,
        packageRolloutStatus: 'PackageRolloutInProgress',
        fallbackSubmissionId: before
      }
    });
    expect(fake.submission(id).packageDeliveryOptions).toMatchObject({
      isMandatoryUpdate: true,
      mandatoryUpdateEffectiveDate: '2031-01-01T00:00:00.000Z'
    });

    // While it rolls out, no new submission.
    const blocked = await api('POST', `${parent}/submissions`);
    expect(blocked.status).toBe(409);
    expect(blocked.body).toMatchObject({ code: 'InvalidState', source: 'Ingestion Api' });
    expect(blocked.body.message).toMatch(/package rollout in progress \(12\.5%/);

    const raised = await api('POST', `${parent}/submissions/${id}/updatepackagerolloutpercentage?percentage=50`);
    expect(raised).toEqual({ status: 200, body: expect.objectContaining({ packageRolloutPercentage: 50 }) });
    for (const bad of ['', '?percentage=', '?percentage=101', '?percentage=-1', '?percentage=ten']) {
      const refused = await api('POST', `${parent}/submissions/${id}/updatepackagerolloutpercentage${bad}`);
      expect(refused.status).toBe(400);
      expect(refused.body.target).toBe('percentage');
    }
    const finalized = await api('POST', `${parent}/submissions/${id}/finalizepackagerollout`);
    expect(finalized.body).toEqual({
      isPackageRollout: true,
      packageRolloutPercentage: 100,
      packageRolloutStatus: 'PackageRolloutComplete',
      fallbackSubmissionId: before
    });
    // Done: no more changes to it, and new submissions may come, cloned without the rollout.
    expect((await api('POST', `${parent}/submissions/${id}/haltpackagerollout`)).status).toBe(409);
    const next = await api('POST', `${parent}/submissions`);
    expect(next.status).toBe(201);
    expect(next.body.packageDeliveryOptions.packageRollout).toEqual({
      isPackageRollout: false,
      packageRolloutPercentage: 0,
      packageRolloutStatus: 'PackageRolloutNotStarted',
      fallbackSubmissionId: '0'
    });
  });

  test('a seeded rollout in progress: halt stops it and unblocks new submissions', async () => {
    fake.seedApp({ id: '9NHALT000000', published: { rollout: { percentage: 10 } } });
    const parent = 'applications/9NHALT000000';
    const published = fake.app('9NHALT000000').lastPublishedApplicationSubmission.id;
    const rollout = fake.rollout(published);
    expect(rollout).toMatchObject({ packageRolloutPercentage: 10, packageRolloutStatus: 'PackageRolloutInProgress' });
    expect(fake.submission(rollout.fallbackSubmissionId).status).toBe('Published');
    expect((await api('POST', `${parent}/submissions`)).status).toBe(409);
    const halted = await api('POST', `${parent}/submissions/${published}/haltpackagerollout`);
    expect(halted.body).toMatchObject({ packageRolloutStatus: 'PackageRolloutStopped', packageRolloutPercentage: 0 });
    expect((await api('POST', `${parent}/submissions`)).status).toBe(201);
    expect(
      fake
        .mutations()
        .map((m) => `${m.method} ${m.path.replace(/\d{19}/, 'ID')}`)
        .filter((m) => m.includes('9NHALT'))
    ).toEqual([`POST /v1.0/my/${parent}/submissions/ID/haltpackagerollout`, `POST /v1.0/my/${parent}/submissions`]);
  });

  test('rollout calls need a published submission rolling out; GET only for packagerollout', async () => {
    fake.seedApp({ id: '9NNOROLL0000', published: true });
    const parent = 'applications/9NNOROLL0000';
    const published = fake.app('9NNOROLL0000').lastPublishedApplicationSubmission.id;
    expect((await api('GET', `${parent}/submissions/${published}/packagerollout`)).body).toEqual({
      isPackageRollout: false,
      packageRolloutPercentage: 0,
      packageRolloutStatus: 'PackageRolloutNotStarted',
      fallbackSubmissionId: '0'
    });
    for (const verb of [
      'finalizepackagerollout',
      'haltpackagerollout',
      'updatepackagerolloutpercentage?percentage=5'
    ]) {
      const refused = await api('POST', `${parent}/submissions/${published}/${verb}`);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('InvalidState');
    }
    expect((await api('POST', `${parent}/submissions/${published}/packagerollout`)).status).toBe(405);
    expect((await api('GET', `${parent}/submissions/${published}/haltpackagerollout`)).status).toBe(405);
  });

  test('flights roll out the same way; add-ons have no rollout endpoints', async () => {
    fake.seedApp({ id: '9NFLIGHTAPP0', published: true });
    const flight = fake.seedFlight('9NFLIGHTAPP0', {
      friendlyName: 'Beta',
      published: { rollout: { percentage: 20 } }
    });
    const parent = `applications/9NFLIGHTAPP0/flights/${flight.flightId}`;
    const published = fake.flight('9NFLIGHTAPP0', flight.flightId).lastPublishedFlightSubmission.id;
    expect((await api('GET', `${parent}/submissions/${published}/packagerollout`)).body).toMatchObject({
      packageRolloutPercentage: 20,
      packageRolloutStatus: 'PackageRolloutInProgress'
    });
    expect((await api('POST', `${parent}/submissions`)).status).toBe(409);
    expect((await api('POST', `${parent}/submissions/${published}/finalizepackagerollout`)).status).toBe(200);
    expect((await api('POST', `${parent}/submissions`)).status).toBe(201);

    const addOn = fake.seedAddOn({ productId: 'pro', applicationIds: ['9NFLIGHTAPP0'], published: true });
    const addOnPublished = fake.addOn(addOn.id).lastPublishedInAppProductSubmission.id;
    expect((await api('GET', `inappproducts/${addOn.id}/submissions/${addOnPublished}/packagerollout`)).status).toBe(
      404
    );
  });

  test('a PUT with a percentage outside 0-100 or a non-boolean flag is refused (400)', async () => {
    fake.seedApp({ id: '9NBADPUT0000', published: true });
    const created = await api('POST', 'applications/9NBADPUT0000/submissions');
    const path = `applications/9NBADPUT0000/submissions/${created.body.id}`;
    for (const options of [
      { packageRollout: { isPackageRollout: true, packageRolloutPercentage: 150 } },
      { packageRollout: { isPackageRollout: true, packageRolloutPercentage: '10' } },
      { packageRollout: { isPackageRollout: 'yes' } },
      { isMandatoryUpdate: 'true' },
      { isMandatoryUpdate: true, mandatoryUpdateEffectiveDate: 'next week' }
    ]) {
      const put = await api('PUT', path, { ...created.body, packageDeliveryOptions: options });
      expect(put.status).toBe(400);
      expect(put.body.code).toBe('InvalidParameterValue');
    }
    expect(fake.submission(created.body.id).puts).toEqual([]);
  });
});
