/**
 * The decisions taken from Microsoft's own clients (docs/oracles.md), as
 * pure functions and over a scripted Store: commit answers, failure hints,
 * the "Base" price, rollouts not started, blob limits by version, the MSI/EXE
 * modules to read.
 */
import { describe, expect, test } from '@jest/globals';
import { fixedEdit } from '../../src/edits.js';
import { ApiError } from '../../src/errors.js';
import { commitSubmission } from '../../src/msix/lifecycle/commit.js';
import { hasUnsendablePrice } from '../../src/msix/lifecycle/pricing.js';
import { rolloutInTheWay } from '../../src/msix/lifecycle/rollout.js';
import { failureHint } from '../../src/msix/lifecycle/wait.js';
import { modulesToRead } from '../../src/msi-exe/metadata.js';
import { addOnParent, appParent } from '../../src/msix/store/parents.js';
import { chooseBlockSize } from '../../src/upload/blocks.js';
import { limitsFor, parseSasUrl } from '../../src/upload/sas.js';
import { failure, ok, storeDouble } from './store-double.js';

const APP = '9NBLGGH4R315';
const S = `applications/${APP}/submissions`;
const MiB = 1024 * 1024;

function commitRig(answer: () => ReturnType<typeof ok>) {
  const seen: string[] = [];
  const { client, calls } = storeDouble((method, path) =>
    method === 'POST' && path === `${S}/1/commit` ? answer() : new Error(`unexpected ${method} ${path}`)
  );
  const run = () =>
    commitSubmission({
      client,
      path: `${S}/1`,
      id: '1',
      dashboardUrl: appParent(APP).dashboardUrl,
      info: () => undefined,
      see: (status) => seen.push(status),
      readStatus: async () => ({ status: 'PendingCommit' })
    });
  return { run, calls, seen };
}

describe('commit answers', () => {
  test('CommitStarted is recorded', async () => {
    const { run, seen } = commitRig(() => ok({ status: 'CommitStarted' }));
    await run();
    expect(seen).toEqual(['CommitStarted']);
  });

  test.each([
    ['an empty body', undefined],
    ['an error shape on a 200', { code: 'InvalidState', message: 'The submission has errors.' }],
    ['an empty status', { status: '' }]
  ])('%s is a failure naming the call and the correlation ID, not sent again', async (_name, body) => {
    const { run, calls, seen } = commitRig(() => ok(body));
    const error = await run().then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ApiError);
    const message = (error as ApiError).message;
    expect(message).toMatch(
      /^Commit submission 1 \(POST applications\/9NBLGGH4R315\/submissions\/1\/commit\) failed with HTTP 200/
    );
    expect(message).toContain('the answer names no status, so the commit did not start');
    expect(message).toContain('[MS-CorrelationId: cid-1]');
    if (body && 'code' in body) expect(message).toContain('InvalidState');
    expect(calls).toHaveLength(1);
    expect(seen).toEqual([]);
  });
});

describe('hints for a failed submission', () => {
  const pages = { submission: 'https://pc/s/1', ageRatings: 'https://pc/s/1/ageratings' };
  test('CommitFailed + InvalidMicrosoftAgeRating: the age ratings page', () => {
    expect(
      failureHint('CommitFailed', { errors: [{ code: 'InvalidMicrosoftAgeRating', details: 'x' }] }, pages)
    ).toMatch(/age ratings questionnaire in Partner Center \(https:\/\/pc\/s\/1\/ageratings\)/);
  });
  test('CommitFailed + InvalidState: errors the API does not show, on the submission page', () => {
    expect(failureHint('CommitFailed', { errors: [{ code: 'InvalidState', details: '' }] }, pages)).toMatch(
      /validation errors that the API does not show: open it in Partner Center \(https:\/\/pc\/s\/1\)/
    );
  });
  test('anything else: the errors and the page', () => {
    expect(failureHint('CertificationFailed', { errors: [{ code: 'InvalidState', details: '' }] }, pages)).toBe(
      'See the errors below and in Partner Center (https://pc/s/1).'
    );
  });
});

describe('the base price "Base"', () => {
  test.each([
    [{ pricing: { priceId: 'Base' } }, true],
    [{ pricing: { priceId: ' base ' } }, true],
    [{ pricing: { priceId: 'Tier5', marketSpecificPricings: { US: 'Base' } } }, false],
    [{ pricing: { priceId: 'Free' } }, false],
    [{}, false]
  ])('%j: unsendable %s', (submission, expected) => {
    expect(hasUnsendablePrice(submission)).toBe(expected);
  });
});

describe('a rollout that has not started', () => {
  const resolved = {
    parent: appParent(APP),
    resource: { id: APP, lastPublishedApplicationSubmission: { id: '5' } }
  };
  const notStarted = {
    isPackageRollout: true,
    packageRolloutPercentage: 10,
    packageRolloutStatus: 'PackageRolloutNotStarted'
  };

  test('blocks like one in progress: fail refuses naming it, finalize and halt take it', async () => {
    const { client } = storeDouble((method, path) =>
      method === 'GET' && path === `${S}/5/packagerollout` ? ok(notStarted) : new Error(`unexpected ${path}`)
    );
    await expect(rolloutInTheWay(client, resolved, 'fail', () => undefined)).rejects.toThrow(
      /has a package rollout of its published submission 5 that has not started yet \(PackageRolloutNotStarted\)/
    );
    await expect(rolloutInTheWay(client, resolved, 'halt', () => undefined)).resolves.toEqual({
      submissionId: '5',
      rollout: expect.objectContaining({ packageRolloutStatus: 'PackageRolloutNotStarted' })
    });
  });

  test('an add-on has no rollout to read', async () => {
    const { client, calls } = storeDouble(() => failure(500, 'x'));
    const addOn = { parent: addOnParent('9NADDON', 'coins'), resource: {} };
    await expect(rolloutInTheWay(client, addOn, 'fail', () => undefined)).resolves.toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('blob request sizes by the SAS version', () => {
  test('sv=2014-02-14: 4 MiB blocks and 64 MiB Put Blob; sv=2017-04-17: the benchmark figures', () => {
    const old = parseSasUrl('https://b.test/c/x?sv=2014-02-14&sr=b&sig=abcdefgh%2B1&se=2099-01-01T00:00:00Z&sp=rwl');
    expect(old.version).toBe('2014-02-14');
    expect(old.limits).toEqual({ maxBlock: 4 * MiB, maxSinglePut: 64 * MiB });
    expect(limitsFor('2017-04-17')).toEqual({ maxBlock: 100 * MiB, maxSinglePut: 256 * MiB });
    expect(chooseBlockSize(300 * MiB, 8 * MiB, old.limits.maxBlock)).toBe(4 * MiB);
    expect(chooseBlockSize(300 * MiB)).toBe(8 * MiB);
    // The largest package (25 GB) takes about 6,000 blocks of 4 MiB: well within 50,000.
    expect(chooseBlockSize(25e9, 8 * MiB, old.limits.maxBlock)).toBe(4 * MiB);
  });
});

describe('MSI/EXE: the modules the changes touch', () => {
  test('only those, with the listing languages in lower case; none when nothing changes', () => {
    expect(
      modulesToRead([
        fixedEdit('listings-folder', { listings: { 'EN-US': { whatsNew: 'x' }, 'de-de': { whatsNew: 'y' } } }),
        fixedEdit('submission-json', { availability: { markets: ['US'] } })
      ])
    ).toEqual({ modules: ['listings', 'availability'], languages: ['en-us', 'de-de'] });
    expect(modulesToRead([])).toEqual({ modules: [], languages: [] });
  });
});
