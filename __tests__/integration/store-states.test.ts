/**
 * Situations real users meet that our earlier fake did not have: a pending
 * submission already being processed, an app that was never published, an
 * account with many add-ons. The bundled action against the local Partner
 * Center; every rejection leaves the server as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

const DASHBOARD = `https://partner.microsoft.com/dashboard/products/${APP_ID}/overview`;
const notes = JSON.stringify({ notesForCertification: 'Log in as demo/demo.' });

type Request = { method: string; path: string; area: string };
/** The Store API calls of the run, as "METHOD path" (path relative to /v1.0/my/). */
const calls = (): string[] =>
  rig.fake.requests
    .filter((r: Request) => r.area === 'api')
    .map((r: Request) => `${r.method} ${r.path.replace('/v1.0/my/', '')}`);

/** The one error line of the step, as the runner shows it. */
function failure(log: string): string {
  const errors = errorAnnotations(log);
  expect(errors).toHaveLength(1);
  return errors[0].replace(/^::error::/, '');
}

describe('a pending submission that is already being processed', () => {
  test.each(['CommitStarted', 'PreProcessing', 'Certification', 'Release', 'PendingPublication', 'Publishing'])(
    '%s: not touched; the run fails before any change, naming it, its status and the choices',
    async (status) => {
      const fake = await rig.newFake();
      const app = fake.seedApp({ id: APP_ID, published: publishedAppSubmission(), pending: { status } });
      const pending = app.pendingApplicationSubmission.id as string;
      const result = await rig.run({ 'application-id': APP_ID, 'submission-json': notes });
      expect(result.code).not.toBe(0);
      expect(failure(result.log)).toBe(
        `The pending submission ${pending} of the app ${APP_ID} is ${status}: it was committed and the Store is processing it, so it cannot be replaced; nothing was changed. ` +
          `Wait for it to finish (published, or failed), or cancel it in Partner Center (${DASHBOARD}); then run again.`
      );
      // Nothing changed, and no change was even tried: the status was read first.
      expect(fake.mutations()).toEqual([]);
      expect(calls().filter((c) => !c.startsWith('GET '))).toEqual([]);
      expect(calls()).toContain(`GET applications/${APP_ID}/submissions/${pending}/status`);
      expect(fake.app(APP_ID).pendingApplicationSubmission.id).toBe(pending);
      expect(fake.submission(pending)).toMatchObject({ deleted: false, status });
      expect(result.outputs['submission-id']).toBe('');
    }
  );

  test('a flight’s pending submission in Certification is not touched either', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, published: publishedAppSubmission() });
    const flight = fake.seedFlight(APP_ID, {
      friendlyName: 'Insiders',
      groupIds: ['1'],
      published: true,
      pending: { status: 'Certification' }
    });
    const result = await rig.run({ 'application-id': APP_ID, 'flight-name': 'insiders', 'submission-json': notes });
    expect(result.code).not.toBe(0);
    expect(failure(result.log)).toContain(
      `The pending submission ${flight.pendingFlightSubmission.id} of the package flight 'Insiders' (${flight.flightId}) of app ${APP_ID} is Certification`
    );
    expect(fake.mutations()).toEqual([]);
  });

  test('CommitFailed is replaced, with a warning that names its status and the concurrency group', async () => {
    const fake = await rig.newFake();
    const app = fake.seedApp({
      id: APP_ID,
      published: publishedAppSubmission(),
      pending: { status: 'CommitFailed', statusDetails: { errors: [{ code: 'InvalidArchive', details: 'x' }] } }
    });
    const pending = app.pendingApplicationSubmission.id as string;
    const result = await rig.run({ 'application-id': APP_ID, 'submission-json': notes });
    expect(result.code).toBe(0);
    expect(result.log).toContain(
      `::warning::Deleting the pending submission ${pending} (CommitFailed) of the app ${APP_ID} to replace it (delete-pending: true). ` +
        "If another run made it, two runs are replacing each other's submissions: give the workflow a 'concurrency:' group per app (see the README)."
    );
    expect(fake.submission(pending).deleted).toBe(true);
    expect(fake.submission(result.outputs['submission-id']).committed).toBe(true);
  });
});

describe('an app that was never published', () => {
  test.each([
    ['with nothing pending', undefined],
    ['with its first submission in certification', { status: 'Certification', createdInPartnerCenter: true }]
  ])('%s: fails before any change, saying the first submission is made in Partner Center', async (_name, pending) => {
    const fake = await rig.newFake();
    const app = fake.seedApp({ id: APP_ID, name: 'Brand new', pending });
    expect(app).not.toHaveProperty('lastPublishedApplicationSubmission');
    const result = await rig.run({ 'application-id': APP_ID, 'submission-json': notes });
    expect(result.code).not.toBe(0);
    expect(failure(result.log)).toBe(
      `The app ${APP_ID} has no published submission (no lastPublishedApplicationSubmission): the Store API can only make a new submission as a copy of the last published one; nothing was changed. ` +
        `Make the app's first submission in Partner Center (${DASHBOARD}) and let it be published; then run again.`
    );
    expect(fake.mutations()).toEqual([]);
    expect(calls()).toEqual([`GET applications/${APP_ID}`]);
  });
});

describe('an add-on found by product ID among many', () => {
  async function accountWithAddOns() {
    const fake = await rig.newFake(); // pages of 10, the fake's default
    fake.seedApp({ id: APP_ID, published: publishedAppSubmission() });
    fake.seedApp({ id: '9NOTHERAPP00', published: publishedAppSubmission() });
    fake.seedAddOn({ productId: 'gems_7', applicationIds: ['9NOTHERAPP00'], published: true });
    const ours = Array.from({ length: 25 }, (_, i) =>
      fake.seedAddOn({ productId: `gems_${i}`, applicationIds: [APP_ID], productType: 'Consumable', published: true })
    );
    return { fake, ours };
  }

  test('25 add-ons: one paged listing and one read, matched apart from case, the other app’s skipped', async () => {
    const { fake, ours } = await accountWithAddOns();
    const result = await rig.run({
      'application-id': APP_ID,
      'add-on-product-id': 'GEMS_7',
      'submission-json': JSON.stringify({ keywords: ['gems'] })
    });
    expect(result.code).toBe(0);
    expect(result.outputs['add-on-id']).toBe(ours[7].id);
    expect(fake.submission(result.outputs['submission-id']).puts[0].keywords).toEqual(['gems']);
    const reads = calls().filter((c) => c.startsWith('GET inappproducts'));
    expect(reads.filter((c) => /^GET inappproducts(\?|$)/.test(c))).toEqual([
      'GET inappproducts?top=100',
      'GET inappproducts?skip=10&top=10',
      'GET inappproducts?skip=20&top=10'
    ]);
    expect(reads.filter((c) => c.startsWith(`GET inappproducts/`) && !c.includes('/submissions'))).toEqual([
      `GET inappproducts/${ours[7].id}`
    ]);
    expect(calls().some((c) => c.includes('listinappproducts'))).toBe(false);
  });

  test('the exact product ID wins over one that differs only in case; several such fail, naming them', async () => {
    const { fake, ours } = await accountWithAddOns();
    const upper = fake.seedAddOn({ productId: 'GEMS_3', applicationIds: [APP_ID], published: true });
    const exact = await rig.run({ 'application-id': APP_ID, 'add-on-product-id': 'GEMS_3', 'submission-json': notes });
    expect(exact.code).toBe(0);
    expect(exact.outputs['add-on-id']).toBe(upper.id);

    const before = fake.mutations().length;
    const ambiguous = await rig.run({
      'application-id': APP_ID,
      'add-on-product-id': 'Gems_3',
      'add-on-type': 'Durable',
      'submission-json': notes
    });
    expect(ambiguous.code).not.toBe(0);
    expect(failure(ambiguous.log)).toBe(
      `App ${APP_ID} has 2 add-ons that match 'Gems_3': 'gems_3' (${ours[3].id}), 'GEMS_3' (${upper.id}). Set 'add-on-product-id' to one of them exactly as written.`
    );
    expect(fake.mutations()).toHaveLength(before);
  });
});
