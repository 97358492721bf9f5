/**
 * Package flights and add-ons through the one lifecycle: the bundled action
 * against the local Partner Center.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

const FLIGHT_PACKAGE = 'ContosoNotes_1.2.0.0_x64.msixupload';
const flightChanges = {
  flightPackages: [
    { fileName: FLIGHT_PACKAGE, fileStatus: 'PendingUpload', minimumDirectXVersion: 'None', minimumSystemRam: 'None' }
  ],
  notesForCertification: 'beta build'
};
const publishedFlightSubmission = () => ({
  flightPackages: [{ fileName: 'ContosoNotes_1.1.0.0_x64.msixupload', fileStatus: 'Uploaded', id: '2001' }],
  targetPublishMode: 'Immediate',
  notesForCertification: ''
});
const publishedAddOnSubmission = () => ({
  contentType: 'BookDownload',
  keywords: ['notes'],
  lifetime: 'Forever',
  visibility: 'Public',
  targetPublishMode: 'Immediate',
  pricing: { priceId: 'Tier2' },
  listings: {
    'en-us': {
      title: 'Pro pack',
      description: 'More themes',
      icon: { fileName: 'icons/pro.png', fileStatus: 'Uploaded' }
    }
  }
});
const addOnChanges = {
  listings: {
    'en-us': { description: 'More themes and sync', icon: { fileName: 'icons/pro2.png', fileStatus: 'PendingUpload' } }
  }
};

async function fakeWithApp(options: Record<string, unknown> = {}) {
  const fake = await rig.newFake(options);
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
  return fake;
}

const methods = (): string[] =>
  rig.fake.mutations().map((r: { method: string; path: string }) => `${r.method} ${r.path.split('?')[0]}`);

describe('package flights', () => {
  test('a flight submission by ID replaces the pending one', async () => {
    const fake = await fakeWithApp();
    const flight = fake.seedFlight(APP_ID, {
      friendlyName: 'Beta',
      groupIds: ['1152921504606962205'],
      published: publishedFlightSubmission(),
      pending: publishedFlightSubmission()
    });
    const flightId = flight.flightId as string;
    const oldPending = fake.flight(APP_ID, flightId).pendingFlightSubmission.id;
    const result = await rig.run({
      'application-id': APP_ID,
      'flight-id': flightId,
      'submission-json': JSON.stringify(flightChanges),
      'package-zip': await rig.zip('flight.zip', { [FLIGHT_PACKAGE]: 'bytes' })
    });
    expect(result.code).toBe(0);
    expect(result.outputs['flight-id']).toBe(flightId);
    const submission = fake.submission(result.outputs['submission-id']);
    expect(fake.submission(oldPending).deleted).toBe(true);
    expect(submission.parent).toContain(`flights/${flightId}`);
    expect(submission.puts[0].flightPackages[0].fileName).toBe(FLIGHT_PACKAGE);
    expect(submission.uploadedEntries).toContain(FLIGHT_PACKAGE);
    expect(submission.committed).toBe(true);
    expect(methods()).toEqual([
      `DELETE /v1.0/my/applications/${APP_ID}/flights/${flightId}/submissions/${oldPending}`,
      `POST /v1.0/my/applications/${APP_ID}/flights/${flightId}/submissions`,
      `PUT /v1.0/my/applications/${APP_ID}/flights/${flightId}/submissions/${submission.id}`,
      `POST /v1.0/my/applications/${APP_ID}/flights/${flightId}/submissions/${submission.id}/commit`
    ]);
  });

  test('a flight found by name on a later page of listflights', async () => {
    const fake = await fakeWithApp({ pageSize: 2 });
    for (const name of ['Alpha', 'Beta', 'Gamma', 'Delta']) {
      fake.seedFlight(APP_ID, { friendlyName: name, groupIds: ['1'], published: publishedFlightSubmission() });
    }
    const target = fake.seedFlight(APP_ID, {
      friendlyName: 'Insiders',
      groupIds: ['2'],
      published: publishedFlightSubmission()
    });
    const result = await rig.run({
      'application-id': APP_ID,
      'flight-name': 'Insiders',
      'submission-json': JSON.stringify({ notesForCertification: 'n' })
    });
    expect(result.code).toBe(0);
    expect(result.outputs['flight-id']).toBe(target.flightId);
    const listCalls = fake.requests.filter((r: { path: string }) => r.path.includes('/listflights'));
    expect(listCalls.length).toBeGreaterThanOrEqual(3);
    expect(fake.submission(result.outputs['submission-id']).parent).toContain(`flights/${target.flightId}`);
    expect(methods().filter((m) => m.endsWith('/flights'))).toEqual([]); // nothing created
  });

  test.each([false, true])(
    'a flight created by name with its group IDs (comes with a submission: %s)',
    async (withSubmission) => {
      const fake = await fakeWithApp({ flightCreateWithSubmission: withSubmission });
      fake.seedFlight(APP_ID, { friendlyName: 'Beta', groupIds: ['1'], published: publishedFlightSubmission() });
      const result = await rig.run({
        'application-id': APP_ID,
        'flight-name': 'Early birds',
        'flight-group-ids': '1152921504606962205, 1152921504606962206',
        'flight-rank-higher-than': 'Beta',
        'submission-json': JSON.stringify(flightChanges),
        'package-zip': await rig.zip('flight.zip', { [FLIGHT_PACKAGE]: 'bytes' })
      });
      expect(result.code).toBe(0);
      const flightId = result.outputs['flight-id'];
      const flight = fake.flight(APP_ID, flightId);
      expect(flight.friendlyName).toBe('Early birds');
      expect(flight.groupIds).toEqual(['1152921504606962205', '1152921504606962206']);
      expect(flight.rankHigherThan).toBe('Beta');
      const submission = fake.submission(result.outputs['submission-id']);
      expect(submission.committed).toBe(true);
      expect(submission.puts[0].flightPackages[0].fileName).toBe(FLIGHT_PACKAGE);
      // Exactly one flight created, exactly one submission under it, none deleted.
      expect(methods().filter((m) => m === `POST /v1.0/my/applications/${APP_ID}/flights`)).toHaveLength(1);
      expect(methods().filter((m) => m.startsWith('DELETE'))).toEqual([]);
      expect(fake.submissions.filter((s: { parent: string }) => s.parent.includes(flightId))).toHaveLength(1);
    }
  );

  test('a flight name that matches nothing, without group IDs, fails before any change', async () => {
    await fakeWithApp();
    const result = await rig.run({ 'application-id': APP_ID, 'flight-name': 'Nope' });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(/no package flight named 'Nope'.*flight-group-ids/);
    expect(rig.fake.mutations()).toEqual([]);
  });
});

describe('add-ons', () => {
  test('an add-on submission by ID, with a new icon', async () => {
    const fake = await fakeWithApp();
    const addOn = fake.seedAddOn({
      productId: 'pro-pack',
      applicationIds: [APP_ID],
      productType: 'Durable',
      published: publishedAddOnSubmission(),
      pending: publishedAddOnSubmission()
    });
    const result = await rig.run({
      'add-on-id': addOn.id,
      'submission-json': JSON.stringify(addOnChanges),
      'package-zip': await rig.zip('addon.zip', { 'icons/pro2.png': 'png' })
    });
    expect(result.code).toBe(0);
    expect(result.outputs['add-on-id']).toBe(addOn.id);
    const submission = fake.submission(result.outputs['submission-id']);
    expect(submission.parent).toContain(`inappproducts/${addOn.id}`);
    expect(submission.puts[0].listings['en-us'].description).toBe('More themes and sync');
    expect(submission.puts[0].listings['en-us'].title).toBe('Pro pack');
    expect(submission.uploadedEntries).toContain('icons/pro2.png');
    expect(methods()[0]).toMatch(/^DELETE \/v1\.0\/my\/inappproducts\/.+\/submissions\//);
  });

  test('an add-on found by its product ID', async () => {
    const fake = await fakeWithApp({ pageSize: 1 });
    fake.seedAddOn({
      productId: 'coins-100',
      applicationIds: [APP_ID],
      productType: 'Consumable',
      published: publishedAddOnSubmission()
    });
    const addOn = fake.seedAddOn({
      productId: 'pro-pack',
      applicationIds: [APP_ID],
      productType: 'Durable',
      published: publishedAddOnSubmission()
    });
    const result = await rig.run({
      'application-id': APP_ID,
      'add-on-product-id': 'pro-pack',
      'submission-json': JSON.stringify({ keywords: ['notes', 'pro'] })
    });
    expect(result.code).toBe(0);
    expect(result.outputs['add-on-id']).toBe(addOn.id);
    expect(fake.submission(result.outputs['submission-id']).puts[0].keywords).toEqual(['notes', 'pro']);
    expect(methods().filter((m) => m === 'POST /v1.0/my/inappproducts')).toEqual([]);
  });

  test('an add-on created by product ID and submitted', async () => {
    const fake = await fakeWithApp();
    const result = await rig.run({
      'application-id': APP_ID,
      'add-on-product-id': 'themes-pack',
      'add-on-type': 'Durable',
      'submission-json': JSON.stringify({
        contentType: 'BookDownload',
        listings: {
          'en-us': {
            title: 'Themes',
            description: 'All themes',
            icon: { fileName: 'icons/themes.png', fileStatus: 'PendingUpload' }
          }
        }
      }),
      'package-zip': await rig.zip('addon.zip', { 'icons/themes.png': 'png' })
    });
    expect(result.code).toBe(0);
    const addOnId = result.outputs['add-on-id'];
    const addOn = fake.addOn(addOnId);
    expect(addOn.productId).toBe('themes-pack');
    expect(addOn.productType).toBe('Durable');
    const submission = fake.submission(result.outputs['submission-id']);
    expect(submission.committed).toBe(true);
    expect(submission.puts[0].listings['en-us'].title).toBe('Themes');
    expect(methods().filter((m) => m === 'POST /v1.0/my/inappproducts')).toHaveLength(1);
  });

  test('a product ID that matches nothing, without add-on-type, fails before any change', async () => {
    await fakeWithApp();
    const result = await rig.run({ 'application-id': APP_ID, 'add-on-product-id': 'nothing-here' });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(/no add-on with product ID 'nothing-here'.*add-on-type/);
    expect(rig.fake.mutations()).toEqual([]);
  });
});

describe('creating is never repeated blindly', () => {
  test.each(['lose-response', '503-after'])(
    'a flight created but answered with %s is found, not created twice',
    async (kind) => {
      const fake = await fakeWithApp();
      fake.faults.add({ method: 'POST', path: `applications/${APP_ID}/flights`, kind });
      const result = await rig.run({
        'application-id': APP_ID,
        'flight-name': 'Early birds',
        'flight-group-ids': '1152921504606962205',
        'submission-json': JSON.stringify({ notesForCertification: 'n' })
      });
      expect(result.code).toBe(0);
      const flights = fake.requests.filter(
        (r: { method: string; path: string }) =>
          r.method === 'POST' && r.path.endsWith(`/applications/${APP_ID}/flights`)
      );
      expect(flights).toHaveLength(1);
      expect(fake.flight(APP_ID, result.outputs['flight-id']).friendlyName).toBe('Early birds');
      expect(fake.submission(result.outputs['submission-id']).committed).toBe(true);
    }
  );

  test.each(['lose-response', '500-after', 503])(
    'an add-on create answered with %s ends with exactly one add-on',
    async (kind) => {
      const fake = await fakeWithApp();
      fake.faults.add({ method: 'POST', path: 'inappproducts', kind });
      const result = await rig.run({
        'application-id': APP_ID,
        'add-on-product-id': 'gems-500',
        'add-on-type': 'Consumable',
        'submission-json': JSON.stringify({ keywords: ['gems'] })
      });
      expect(result.code).toBe(0);
      const addOnId = result.outputs['add-on-id'];
      expect(fake.addOn(addOnId).productId).toBe('gems-500');
      const carriedOut = fake
        .mutations()
        .filter((r: { method: string; path: string }) => r.method === 'POST' && r.path.endsWith('/inappproducts'));
      expect(carriedOut).toHaveLength(1);
      expect(fake.submission(result.outputs['submission-id']).puts[0].keywords).toEqual(['gems']);
    }
  );
});

describe('contradictory inputs fail at validation, with no request at all', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'a flight and an add-on',
      { 'flight-id': 'f1', 'add-on-id': '9NBLGGH4TNMP' },
      /Both flight inputs .* and add-on inputs/
    ],
    [
      'a flight ID and a flight name',
      { 'flight-id': 'f1', 'flight-name': 'Beta' },
      /either 'flight-id' or 'flight-name'/
    ],
    [
      'an add-on ID and a product ID',
      { 'add-on-id': '9NBLGGH4TNMP', 'add-on-product-id': 'pro' },
      /either 'add-on-id' or 'add-on-product-id'/
    ],
    ['group IDs with a flight ID', { 'flight-id': 'f1', 'flight-group-ids': '1,2' }, /only for creating a flight/],
    [
      'an add-on type with an add-on ID',
      { 'add-on-id': '9NBLGGH4TNMP', 'add-on-type': 'Durable' },
      /only for creating an add-on/
    ],
    ['an unknown add-on type', { 'add-on-product-id': 'pro', 'add-on-type': 'Subscription' }, /Durable or Consumable/]
  ];
  test.each(cases)('%s', async (_name, extra, message) => {
    await fakeWithApp();
    const result = await rig.run({ 'application-id': APP_ID, ...extra });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(message);
    expect(rig.fake.requests).toEqual([]);
  });
});

// Last, after every run of this file: the client secret, every token and every upload-URL signature stayed out of the logs.
test('no secret, token or upload-URL signature in any log, output or summary of this file', () => {
  rig.expectNoSecretsInLogs();
});
