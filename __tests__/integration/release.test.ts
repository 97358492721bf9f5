/**
 * The release controls, end to end: the bundled action (dist/index.js)
 * against the local Partner Center, asserting on what the fake Store ended up
 * holding. Publish timing, rollouts, mandatory updates, the rollout operation,
 * review before submit, every wait-for stop with every publish mode, the job
 * summary, and every refusal with nothing changed on the server.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig, type Fake } from '../../__fixtures__/rig.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

const PACKAGE = 'ContosoNotes_1.2.0.0_x64.msixupload';
const DAY = 86_400_000;
const future = (days: number): string => new Date(Date.now() + days * DAY).toISOString().replace(/\.\d+Z$/, 'Z');
const APP_PATH = `/v1.0/my/applications/${APP_ID}`;

type Seed = { rollout?: { percentage: number; status?: string }; pending?: boolean };

/** A fresh fake with the app published (optionally rolling out, optionally with a pending submission). */
async function app(seed: Seed = {}): Promise<Fake> {
  const fake = await rig.newFake();
  fake.seedApp({
    id: APP_ID,
    name: 'Contoso Notes',
    published: { ...publishedAppSubmission(), ...(seed.rollout ? { rollout: seed.rollout } : {}) },
    ...(seed.pending ? { pending: publishedAppSubmission() } : {})
  });
  return fake;
}

const publishedId = (fake: Fake): string => fake.app(APP_ID).lastPublishedApplicationSubmission.id;
const mutations = (fake: Fake): string[] =>
  fake.mutations().map((r: { method: string; path: string }) => `${r.method} ${r.path.replace(/\d{19}/g, 'ID')}`);

async function packageInputs(): Promise<Record<string, string>> {
  return {
    'package-zip': await rig.zip('release.zip', { [PACKAGE]: 'msix bytes' }),
    'submission-json': JSON.stringify({
      applicationPackages: [
        { fileName: PACKAGE, fileStatus: 'PendingUpload', minimumDirectXVersion: 'None', minimumSystemRam: 'None' }
      ]
    })
  };
}

const run = (extra: Record<string, string | undefined>) => rig.run({ 'application-id': APP_ID, ...extra });

describe('each input lands in its documented field', () => {
  test('app: publish mode and date, rollout, mandatory update and its date', async () => {
    const fake = await app();
    const publishDate = future(3);
    const mandatoryDate = future(10);
    const result = await run({
      ...(await packageInputs()),
      'publish-mode': 'specificdate',
      'publish-date': publishDate,
      'rollout-percentage': '12.5',
      'mandatory-update': 'true',
      'mandatory-update-date': mandatoryDate
    });
    expect(result.code).toBe(0);
    const put = fake.submission(result.outputs['submission-id']).puts[0];
    expect(put.targetPublishMode).toBe('SpecificDate');
    expect(Date.parse(put.targetPublishDate)).toBe(Date.parse(publishDate));
    expect(put.packageDeliveryOptions).toMatchObject({
      packageRollout: { isPackageRollout: true, packageRolloutPercentage: 12.5 },
      isMandatoryUpdate: true
    });
    expect(Date.parse(put.packageDeliveryOptions.mandatoryUpdateEffectiveDate)).toBe(Date.parse(mandatoryDate));
    expect(put.applicationPackages.map((p: { fileName: string }) => p.fileName)).toEqual([PACKAGE]);
    // Waited for the commit only: the rollout is set up, not started.
    expect(result.outputs['rollout-status']).toBe('PackageRolloutNotStarted');
    expect(result.outputs['rollout-percentage']).toBe('12.5');
    expect(result.summary).toContain('`packageDeliveryOptions`');
  });

  test('flight: Manual publishing, a rollout, not mandatory', async () => {
    const fake = await app();
    const flight = fake.seedFlight(APP_ID, { friendlyName: 'Beta', published: true });
    const result = await run({
      'flight-id': flight.flightId,
      'publish-mode': 'Manual',
      'rollout-percentage': '5',
      'mandatory-update': 'false'
    });
    expect(result.code).toBe(0);
    const put = fake.submission(result.outputs['submission-id']).puts[0];
    expect(put.targetPublishMode).toBe('Manual');
    expect(put.packageDeliveryOptions).toMatchObject({
      packageRollout: { isPackageRollout: true, packageRolloutPercentage: 5 },
      isMandatoryUpdate: false
    });
    expect(result.outputs['flight-id']).toBe(flight.flightId);
  });

  test('add-on: publish mode and date', async () => {
    const fake = await app();
    const addOn = fake.seedAddOn({ productId: 'pro', applicationIds: [APP_ID], published: true });
    const date = future(2);
    const result = await rig.run({ 'add-on-id': addOn.id, 'publish-mode': 'SpecificDate', 'publish-date': date });
    expect(result.code).toBe(0);
    const put = fake.submission(result.outputs['submission-id']).puts[0];
    expect(put).toMatchObject({ targetPublishMode: 'SpecificDate' });
    expect(Date.parse(put.targetPublishDate)).toBe(Date.parse(date));
  });

  test('submission-json comes last and wins', async () => {
    const fake = await app();
    const result = await run({
      'publish-mode': 'Manual',
      'submission-json': JSON.stringify({ targetPublishMode: 'Immediate' })
    });
    expect(result.code).toBe(0);
    expect(fake.submission(result.outputs['submission-id']).puts[0].targetPublishMode).toBe('Immediate');
  });
});

describe('wait-for reaches each stop with each publish mode', () => {
  const expected: Record<string, Record<string, string>> = {
    Immediate: { commit: 'PreProcessing', certification: 'Release', publish: 'Published' },
    Manual: { commit: 'PreProcessing', certification: 'Release', publish: 'Release' },
    SpecificDate: { commit: 'PreProcessing', certification: 'Release', publish: 'Release' }
  };
  const cases = Object.entries(expected).flatMap(([mode, stops]) =>
    Object.entries(stops).map(([waitFor, status]) => [mode, waitFor, status] as const)
  );
  test.each(cases)('%s, wait-for %s: stops at %s', async (mode, waitFor, status) => {
    const fake = await app();
    fake.setCommitOutcome({ kind: 'success', finalStatus: 'Published' });
    const result = await run({
      'publish-mode': mode,
      'publish-date': mode === 'SpecificDate' ? future(1) : undefined,
      'wait-for': waitFor
    });
    expect(result.code).toBe(0);
    expect(result.outputs.status).toBe(status);
    const submission = fake.submission(result.outputs['submission-id']);
    expect(submission.status).toBe(status);
    expect(submission.targetPublishMode).toBe(mode);
    // Each status the run saw is in the summary, with its time.
    for (const seen of ['PendingCommit', 'CommitStarted', status])
      expect(result.summary).toMatch(new RegExp(`- \`${seen}\` at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC`));
    if (waitFor === 'publish' && mode !== 'Immediate') {
      expect(result.summary).toContain(`waits at Release`);
      expect(fake.app(APP_ID).lastPublishedApplicationSubmission.id).not.toBe(submission.id);
    }
    if (status === 'Published') expect(publishedId(fake)).toBe(submission.id);
  });
});

describe('existing-rollout', () => {
  test('fail (the default): refuses naming the submission and its percentage; nothing changed', async () => {
    const fake = await app({ rollout: { percentage: 25 }, pending: true });
    const pending = fake.app(APP_ID).pendingApplicationSubmission.id;
    const result = await run(await packageInputs());
    expect(result.code).not.toBe(0);
    const [error] = errorAnnotations(result.log);
    expect(error).toContain(publishedId(fake));
    expect(error).toContain('25 %');
    expect(error).toMatch(/existing-rollout: finalize/);
    expect(fake.mutations()).toEqual([]);
    expect(fake.app(APP_ID).pendingApplicationSubmission.id).toBe(pending);
    expect(fake.rollout(publishedId(fake)).packageRolloutStatus).toBe('PackageRolloutInProgress');
  });

  test.each([
    ['finalize', 'PackageRolloutComplete', 100],
    ['halt', 'PackageRolloutStopped', 0]
  ])('%s: the rollout in the way is %s first, then the new submission is made', async (choice, status, share) => {
    const fake = await app({ rollout: { percentage: 25 }, pending: true });
    const old = publishedId(fake);
    const result = await run({ ...(await packageInputs()), 'existing-rollout': choice });
    expect(result.code).toBe(0);
    expect(fake.rollout(old)).toMatchObject({ packageRolloutStatus: status, packageRolloutPercentage: share });
    expect(mutations(fake)).toEqual([
      `DELETE ${APP_PATH}/submissions/ID`,
      `POST ${APP_PATH}/submissions/ID/${choice}packagerollout`,
      `POST ${APP_PATH}/submissions?isMinimalResponse=true`,
      `PUT ${APP_PATH}/submissions/ID`,
      `POST ${APP_PATH}/submissions/ID/commit`
    ]);
    expect(fake.submission(result.outputs['submission-id']).committed).toBe(true);
    expect(result.summary).toContain(
      `| Rollout in the way | ${choice === 'finalize' ? 'finalized' : 'halted'}: submission ${old} (was PackageRolloutInProgress, 25 %, now ${status}, ${share} %) |`
    );
  });

  test('a flight: halt, then the new flight submission', async () => {
    const fake = await app();
    const flight = fake.seedFlight(APP_ID, { friendlyName: 'Beta', published: { rollout: { percentage: 30 } } });
    const old = fake.flight(APP_ID, flight.flightId).lastPublishedFlightSubmission.id;
    const result = await run({ 'flight-name': 'Beta', 'existing-rollout': 'halt' });
    expect(result.code).toBe(0);
    expect(fake.rollout(old).packageRolloutStatus).toBe('PackageRolloutStopped');
    expect(fake.submission(result.outputs['submission-id']).committed).toBe(true);
  });
});

describe('operation: rollout', () => {
  test.each([
    [
      { 'rollout-action': 'update', 'rollout-percentage': '50' },
      'PackageRolloutInProgress',
      '50',
      'updatepackagerolloutpercentage?percentage=50'
    ],
    [{ 'rollout-action': 'finalize' }, 'PackageRolloutComplete', '100', 'finalizepackagerollout'],
    [{ 'rollout-action': 'halt' }, 'PackageRolloutStopped', '0', 'haltpackagerollout']
  ])('%j: one change to the published submission, no new submission', async (inputs, status, share, endpoint) => {
    const fake = await app({ rollout: { percentage: 10 } });
    const published = publishedId(fake);
    const before = fake.submissions.length;
    const result = await run({ operation: 'rollout', ...inputs });
    expect(result.code).toBe(0);
    expect(mutations(fake)).toEqual([`POST ${APP_PATH}/submissions/ID/${endpoint}`]);
    expect(fake.submissions.length).toBe(before);
    expect(fake.rollout(published)).toMatchObject({
      packageRolloutStatus: status,
      packageRolloutPercentage: Number(share)
    });
    expect(result.outputs).toMatchObject({
      'submission-id': published,
      'rollout-status': status,
      'rollout-percentage': share,
      'partner-center-url': `https://partner.microsoft.com/dashboard/products/${APP_ID}/submissions/${published}`
    });
    expect(result.summary).toContain('Microsoft Store rollout change succeeded');
    expect(result.summary).toContain(`| Rollout | ${status}, ${share} %`);
  });

  test('a flight: update', async () => {
    const fake = await app();
    const flight = fake.seedFlight(APP_ID, { friendlyName: 'Beta', published: { rollout: { percentage: 10 } } });
    const published = fake.flight(APP_ID, flight.flightId).lastPublishedFlightSubmission.id;
    const result = await run({
      'flight-id': flight.flightId,
      operation: 'rollout',
      'rollout-action': 'update',
      'rollout-percentage': '75.5'
    });
    expect(result.code).toBe(0);
    expect(fake.rollout(published).packageRolloutPercentage).toBe(75.5);
    expect(result.outputs['rollout-percentage']).toBe('75.5');
  });

  test('nothing rolling out: refused, nothing changed', async () => {
    const fake = await app();
    const result = await run({ operation: 'rollout', 'rollout-action': 'finalize' });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(
      /cannot be finalized: it has no gradual rollout.*nothing was changed/
    );
    // What the run left: the published submission as it was (not "left in status Published, not committed").
    expect(result.log).toMatch(
      /The published submission \d+ of the app \w+ stays published; its rollout was not changed/
    );
    expect(result.log).not.toMatch(/not committed|the next run replaces it/);
    expect(fake.mutations()).toEqual([]);
  });

  test.each([
    ['finalizepackagerollout', { 'rollout-action': 'finalize' }, 'PackageRolloutComplete'],
    [
      'updatepackagerolloutpercentage',
      { 'rollout-action': 'update', 'rollout-percentage': '40' },
      'PackageRolloutInProgress'
    ]
  ])(
    '%s carried out but its answer lost: the rollout is read back, the change not sent twice',
    async (endpoint, inputs, status) => {
      const fake = await app({ rollout: { percentage: 10 } });
      fake.faults.add({ method: 'POST', path: new RegExp(`/${endpoint}$`), kind: 'lose-response' });
      const result = await run({ operation: 'rollout', ...inputs });
      expect(result.code).toBe(0);
      expect(mutations(fake)).toEqual([
        `POST ${APP_PATH}/submissions/ID/${endpoint}${endpoint.startsWith('update') ? '?percentage=40' : ''}`
      ]);
      expect(fake.rollout(publishedId(fake)).packageRolloutStatus).toBe(status);
      expect(result.log).toMatch(/Reading the rollout before sending it again/);
      expect(result.log).toMatch(/the change went through/);
    }
  );

  test('halt answered with a 503 it did not carry out: read back, sent again, halted once', async () => {
    const fake = await app({ rollout: { percentage: 10 } });
    fake.faults.add({ method: 'POST', path: /\/haltpackagerollout$/, kind: 503 });
    const result = await run({ operation: 'rollout', 'rollout-action': 'halt' });
    expect(result.code).toBe(0);
    expect(mutations(fake)).toEqual([`POST ${APP_PATH}/submissions/ID/haltpackagerollout`]);
    expect(fake.rollout(publishedId(fake)).packageRolloutStatus).toBe('PackageRolloutStopped');
  });

  test('finalizing twice: the second run changes nothing and succeeds', async () => {
    const fake = await app({ rollout: { percentage: 10 } });
    expect((await run({ operation: 'rollout', 'rollout-action': 'finalize' })).code).toBe(0);
    const again = await run({ operation: 'rollout', 'rollout-action': 'finalize' });
    expect(again.code).toBe(0);
    expect(again.outputs['rollout-status']).toBe('PackageRolloutComplete');
    expect(mutations(fake)).toHaveLength(1);
  });
});

describe('commit: false', () => {
  test('prepares the submission (replace, create, update, upload) and stops before the commit', async () => {
    const fake = await app({ pending: true });
    const result = await run({ ...(await packageInputs()), commit: 'false' });
    expect(result.code).toBe(0);
    const id = result.outputs['submission-id'];
    const submission = fake.submission(id);
    expect(submission.committed).toBe(false);
    expect(submission.status).toBe('PendingCommit');
    expect(await fake.uploadedBlob(id)).toBeDefined();
    expect(mutations(fake)).toEqual([
      `DELETE ${APP_PATH}/submissions/ID`,
      `POST ${APP_PATH}/submissions?isMinimalResponse=true`,
      `PUT ${APP_PATH}/submissions/ID`
    ]);
    expect(result.outputs.status).toBe('PendingCommit');
    expect(result.outputs['partner-center-url']).toBe(
      `https://partner.microsoft.com/dashboard/products/${APP_ID}/submissions/${id}`
    );
    expect(result.summary).toContain('| Committed | no (commit: false)');
    expect(result.log).toContain('was not committed (commit: false)');
  });
});

describe('the job summary and annotations', () => {
  test('statuses with times, the warnings (noise folded away), certification reports, the rollout, the link', async () => {
    const fake = await app();
    fake.setCommitOutcome({
      kind: 'success',
      finalStatus: 'Published',
      warnings: [
        { code: 'SalesUnsupportedWarning', details: 'The sales resource type is not supported.' },
        { code: 'PackageDeprecated', details: 'The x86 package is deprecated.' }
      ]
    });
    const result = await run({ 'rollout-percentage': '20', 'wait-for': 'publish' });
    expect(result.code).toBe(0);
    const id = result.outputs['submission-id'];
    const md = result.summary;
    expect(md).toContain('| Kind | app submission |');
    expect(md).toContain(`| Target | app ${APP_ID} |`);
    expect(md).toContain('| Status | Published |');
    for (const status of ['PreProcessing', 'Certification', 'Release', 'PendingPublication', 'Publishing', 'Published'])
      expect(md).toContain(`- \`${status}\` at `);
    expect(md).toMatch(/### Warnings\n\n- `PackageDeprecated`: The x86 package is deprecated\.\n/);
    expect(md).toMatch(/<details><summary>1 known harmless warning[^\n]*\n\n- `SalesUnsupportedWarning`/);
    expect(md).toMatch(/### Certification reports\n\n- \[\d{4}-[^\]]+\]\(https:\/\/[^)]+\/reports\//);
    expect(md).toContain(`| Rollout | PackageRolloutInProgress, 20 %; the others keep submission `);
    expect(md).toContain(`(https://partner.microsoft.com/dashboard/products/${APP_ID}/submissions/${id})`);
    expect(result.outputs['rollout-status']).toBe('PackageRolloutInProgress');
    expect(result.log).toMatch(/::warning title=Store%3A submission \d+ warning::PackageDeprecated/);
    expect(result.log).not.toMatch(/::warning[^\n]*SalesUnsupportedWarning/);
  });

  test('a failed certification: its errors become annotations, its report is linked', async () => {
    const fake = await app();
    fake.setCommitOutcome({
      kind: 'failed',
      status: 'CertificationFailed',
      errors: [{ code: 'PackageValidationFailed', details: 'The app crashed on launch.' }]
    });
    const result = await run({ 'wait-for': 'certification' });
    expect(result.code).not.toBe(0);
    expect(result.outputs.status).toBe('CertificationFailed');
    const errors = errorAnnotations(result.log);
    expect(errors.some((e) => e.includes('PackageValidationFailed: The app crashed on launch.'))).toBe(true);
    expect(errors.some((e) => e.includes('CertificationFailed'))).toBe(true);
    expect(result.summary).toContain('### Certification reports');
    expect(result.summary).toContain('- `CertificationFailed` at ');
    expect(fake.submission(result.outputs['submission-id']).status).toBe('CertificationFailed');
  });

  test('a long wait renews its tokens', async () => {
    const fake = await rig.newFake({ tokenLifetimeSeconds: 2 });
    fake.seedApp({ id: APP_ID, published: publishedAppSubmission() });
    fake.setCommitOutcome({ kind: 'success', finalStatus: 'Release', pollsPerStage: 3 });
    const result = await run({ 'wait-for': 'certification', 'poll-interval-seconds': '0.4' });
    expect(result.code).toBe(0);
    expect(result.outputs.status).toBe('Release');
    expect(fake.tokensIssued.length).toBeGreaterThan(1);
  });
});

describe('bad release inputs change nothing', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'an unknown publish mode',
      { 'publish-mode': 'Later' },
      /'publish-mode' must be Immediate, Manual or SpecificDate/
    ],
    [
      'a date without SpecificDate',
      { 'publish-date': future(1) },
      /'publish-date' is set, but 'publish-mode' is not set/
    ],
    ['SpecificDate without a date', { 'publish-mode': 'SpecificDate' }, /needs 'publish-date'/],
    [
      'a date that does not parse',
      { 'publish-mode': 'SpecificDate', 'publish-date': '1/6/2030' },
      /not an ISO 8601 date/
    ],
    [
      'a date in the past',
      { 'publish-mode': 'SpecificDate', 'publish-date': '2020-01-01T00:00:00Z' },
      /not in the future/
    ],
    [
      'a percentage over 100',
      { 'rollout-percentage': '150' },
      /'rollout-percentage' must be a percentage from 0 to 100/
    ],
    ['a percentage that is not a number', { 'rollout-percentage': 'half' }, /must be a percentage/],
    [
      'a mandatory date without mandatory-update',
      { 'mandatory-update-date': future(5) },
      /'mandatory-update' is not true/
    ],
    [
      'a mandatory date in the past',
      { 'mandatory-update': 'true', 'mandatory-update-date': '2021-05-01' },
      /not in the future/
    ],
    ['mandatory-update not a boolean', { 'mandatory-update': 'sometimes' }, /'mandatory-update' must be true or false/],
    [
      'an unknown existing-rollout',
      { 'existing-rollout': 'wait' },
      /'existing-rollout' must be fail, finalize or halt/
    ],
    ['an unknown operation', { operation: 'publish' }, /'operation' must be submit, rollout, status or export/],
    ['rollout-action without operation: rollout', { 'rollout-action': 'halt' }, /only for 'operation: rollout'/],
    ['operation: rollout without an action', { operation: 'rollout' }, /needs 'rollout-action'/],
    ['update without a percentage', { operation: 'rollout', 'rollout-action': 'update' }, /needs 'rollout-percentage'/],
    [
      'finalize with a percentage',
      { operation: 'rollout', 'rollout-action': 'finalize', 'rollout-percentage': '5' },
      /takes no 'rollout-percentage'/
    ],
    [
      'operation: rollout with submission inputs',
      { operation: 'rollout', 'rollout-action': 'halt', 'submission-json': '{}' },
      /'submission-json' has nothing to act on/
    ],
    [
      'operation: rollout with commit: false',
      { operation: 'rollout', 'rollout-action': 'halt', commit: 'false' },
      /'commit' has nothing to act on/
    ],
    [
      'commit: false waiting for certification',
      { commit: 'false', 'wait-for': 'certification' },
      /nothing to wait for/
    ],
    ['commit not a boolean', { commit: 'later' }, /'commit' must be true or false/],
    [
      'operation: rollout with dry-run',
      { operation: 'rollout', 'rollout-action': 'halt', 'dry-run': 'true' },
      /'dry-run' is for submissions/
    ],
    [
      'a rollout on an add-on',
      { 'application-id': '', 'add-on-id': '9NBLGGH4TNMP', 'rollout-percentage': '10' },
      /no sense for an add-on/
    ],
    [
      'a mandatory update on an add-on',
      { 'application-id': '', 'add-on-id': '9NBLGGH4TNMP', 'mandatory-update': 'true' },
      /no sense for an add-on/
    ],
    [
      'operation: rollout on an add-on',
      { 'application-id': '', 'add-on-id': '9NBLGGH4TNMP', operation: 'rollout', 'rollout-action': 'halt' },
      /no sense for an add-on/
    ]
  ];
  test.each(cases)('%s', async (_name, inputs, message) => {
    const fake = await app({ pending: true });
    const result = await run(inputs);
    expect(result.code).not.toBe(0);
    const errors = errorAnnotations(result.log);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(fake.requests).toEqual([]);
    expect(result.log).not.toMatch(/\n\s+at /);
  });

  test('a rollout on a flight with nothing published yet: refused after reading, nothing changed', async () => {
    const fake = await app();
    const flight = fake.seedFlight(APP_ID, { friendlyName: 'Fresh', pending: true });
    const result = await run({ 'flight-id': flight.flightId, 'rollout-percentage': '10' });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(/there is none yet; nothing was changed/);
    expect(fake.mutations()).toEqual([]);
  });
});

// Last, after every run of this file: no secret reached a log, an output or a summary.
test('no secret, token or upload-URL signature in any log, output or summary of this file', () => {
  rig.expectNoSecretsInLogs();
});
