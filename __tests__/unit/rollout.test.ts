/**
 * Rollouts over a real StoreClient and a routed fake transport: a change with
 * a lost answer is checked before it is sent again, a rollout in the way is
 * refused before anything changes (or finalized/halted first), and the
 * rollout operation refuses what cannot be done.
 */
import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.js';
import { changePublishedRollout, clearRollout, rolloutInTheWay } from '../../src/msix/lifecycle/rollout.js';
import type { HttpResponse } from '../../src/request/transport.js';
import { StoreClient } from '../../src/msix/store/client.js';
import { addOnParent, appParent, flightParent, type Parent } from '../../src/msix/store/parents.js';
import { asRollout, changeRollout, rolloutReached } from '../../src/msix/store/rollout.js';
import type { Progress } from '../../src/msix/submission.js';
import { leftBehind } from '../../src/msix/publish.js';
import { FakeClock } from './helpers.js';

const BASE = 'https://store.test';
const APP = '9NBLGGH4R315';
const A = `applications/${APP}`;

type Handler = (method: string, path: string) => HttpResponse | Error;

const ok = (body: unknown, status = 200): HttpResponse => ({
  status,
  headers: { 'ms-correlationid': 'cid-1' },
  body: body === undefined ? '' : JSON.stringify(body)
});
const fail = (status: number, code: string): HttpResponse => ({
  status,
  headers: { 'ms-correlationid': 'cid-err' },
  body: JSON.stringify({ code, message: code })
});
const reset = (): Error => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

const rolling = (percentage: number, status = 'PackageRolloutInProgress') => ({
  isPackageRollout: true,
  packageRolloutPercentage: percentage,
  packageRolloutStatus: status,
  fallbackSubmissionId: '100'
});

function rig(handler: Handler) {
  const calls: string[] = [];
  const lines: string[] = [];
  const client = new StoreClient({
    storeApiUrl: BASE,
    tokens: { token: async () => 'token', invalidate: () => undefined },
    http: {
      request: async (method, url) => {
        const path = url.slice(`${BASE}/v1.0/my/`.length);
        calls.push(`${method} ${path}`);
        const answer = handler(method, path);
        if (answer instanceof Error) throw answer;
        return answer;
      }
    },
    clock: new FakeClock(),
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100 },
    log: () => undefined
  });
  const progress: Progress = { committed: false };
  return { client, calls, lines, log: (line: string) => lines.push(line), progress };
}

function failure(error: unknown): string {
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).oneLine();
}

describe('reading a rollout', () => {
  test('asRollout reads leniently; rolloutReached knows where each change leads', () => {
    expect(asRollout(undefined)).toEqual({
      isPackageRollout: false,
      packageRolloutPercentage: 0,
      packageRolloutStatus: 'None',
      fallbackSubmissionId: undefined
    });
    expect(rolloutReached(asRollout(rolling(50)), { action: 'update', percentage: 50 })).toBe(true);
    expect(rolloutReached(asRollout(rolling(40)), { action: 'update', percentage: 50 })).toBe(false);
    expect(rolloutReached(asRollout(rolling(100, 'PackageRolloutComplete')), { action: 'finalize' })).toBe(true);
    expect(rolloutReached(asRollout(rolling(0, 'PackageRolloutStopped')), { action: 'halt' })).toBe(true);
    expect(rolloutReached(asRollout(rolling(10)), { action: 'halt' })).toBe(false);
  });
});

describe('changeRollout: not safe to repeat blindly', () => {
  test('a finalize whose answer is lost is read back, and not sent again when it went through', async () => {
    let finalized = false;
    const { client, calls, log } = rig((method, path) => {
      if (method === 'POST' && path === `${A}/submissions/9/finalizepackagerollout`) {
        finalized = true;
        return reset();
      }
      if (method === 'GET' && path === `${A}/submissions/9/packagerollout`)
        return ok(finalized ? rolling(100, 'PackageRolloutComplete') : rolling(10));
      return new Error(`unexpected ${method} ${path}`);
    });
    const after = await changeRollout(client, appParent(APP), '9', { action: 'finalize' }, log);
    expect(after.packageRolloutStatus).toBe('PackageRolloutComplete');
    expect(calls).toEqual([`POST ${A}/submissions/9/finalizepackagerollout`, `GET ${A}/submissions/9/packagerollout`]);
  });

  test('a halt that did not go through (5xx) is sent again after the read shows it in progress', async () => {
    let posts = 0;
    const { client, calls, log } = rig((method, path) => {
      if (method === 'POST' && path.endsWith('/haltpackagerollout'))
        return ++posts === 1 ? fail(503, 'ServiceError') : ok(rolling(0, 'PackageRolloutStopped'));
      if (method === 'GET' && path.endsWith('/packagerollout')) return ok(rolling(10));
      return new Error(`unexpected ${method} ${path}`);
    });
    const after = await changeRollout(client, appParent(APP), '9', { action: 'halt' }, log);
    expect(after.packageRolloutStatus).toBe('PackageRolloutStopped');
    expect(calls.filter((c) => c.startsWith('POST'))).toHaveLength(2);
  });

  test('an update goes to updatepackagerolloutpercentage?percentage=N on the flight submission', async () => {
    const flight = flightParent(APP, 'f-1', 'Beta');
    const { client, calls, log, lines } = rig((method, path) =>
      method === 'POST' ? ok(rolling(33.5)) : new Error(`unexpected ${method} ${path}`)
    );
    await changeRollout(client, flight, '9', { action: 'update', percentage: 33.5 }, log);
    expect(calls).toEqual([`POST ${A}/flights/f-1/submissions/9/updatepackagerolloutpercentage?percentage=33.5`]);
    expect(lines[0]).toMatch(
      /^Update the package rollout of submission 9 to 33\.5 %: done \[MS-CorrelationId: cid-1\]/
    );
  });
});

describe('a rollout in the way of a new submission', () => {
  const published = { lastPublishedApplicationSubmission: { id: '9' } };
  const handler =
    (rollout: unknown): Handler =>
    (method, path) =>
      method === 'GET' && path === `${A}/submissions/9/packagerollout` ? ok(rollout) : new Error(`${method} ${path}`);

  test('existing-rollout fail: refused with the submission and its percentage, after one read', async () => {
    const { client, calls, log } = rig(handler(rolling(12.5)));
    const error = await rolloutInTheWay(client, { parent: appParent(APP), resource: published }, 'fail', log).catch(
      (e: unknown) => e
    );
    expect(failure(error)).toMatch(
      /^The app 9NBLGGH4R315 is still rolling out its published submission 9 to 12\.5 % of users \(PackageRolloutInProgress\), which blocks a new submission; nothing was changed\. Set 'existing-rollout: finalize'/
    );
    expect(calls).toEqual([`GET ${A}/submissions/9/packagerollout`]);
  });

  test.each([
    [
      'no rollout',
      { isPackageRollout: false, packageRolloutPercentage: 0, packageRolloutStatus: 'PackageRolloutNotStarted' }
    ],
    ['a finished one', rolling(100, 'PackageRolloutComplete')],
    ['a halted one', rolling(0, 'PackageRolloutStopped')]
  ])('%s is not in the way', async (_name, rollout) => {
    const { client, log } = rig(handler(rollout));
    expect(await rolloutInTheWay(client, { parent: appParent(APP), resource: published }, 'fail', log)).toBeUndefined();
  });

  test('no published submission, or an add-on: nothing to read', async () => {
    const { client, calls, log } = rig(() => new Error('no call expected'));
    expect(await rolloutInTheWay(client, { parent: appParent(APP), resource: {} }, 'fail', log)).toBeUndefined();
    const addOn: Parent = addOnParent('9NADDON', 'pro');
    const resource = { lastPublishedInAppProductSubmission: { id: '3' } };
    expect(await rolloutInTheWay(client, { parent: addOn, resource }, 'fail', log)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  test.each([404, 409])('a Store that will not tell (%i) does not stop the submission', async (status) => {
    const { client, log, lines } = rig(() => fail(status, status === 404 ? 'ResourceNotFound' : 'InvalidOperation'));
    expect(await rolloutInTheWay(client, { parent: appParent(APP), resource: published }, 'fail', log)).toBeUndefined();
    expect(lines[0]).toMatch(/Going on without knowing whether a rollout is in progress/);
  });

  test('a failure worth reporting (401 twice, 5xx after retries) still fails', async () => {
    const { client, log } = rig(() => fail(403, 'Forbidden'));
    await expect(rolloutInTheWay(client, { parent: appParent(APP), resource: published }, 'fail', log)).rejects.toThrow(
      /HTTP 403/
    );
  });

  test('finalize or halt: the rollout is cleared and recorded', async () => {
    const { client, calls, log, progress } = rig((method, path) => {
      if (method === 'GET') return ok(rolling(10));
      if (path.endsWith('/haltpackagerollout')) return ok(rolling(0, 'PackageRolloutStopped'));
      return new Error(`unexpected ${method} ${path}`);
    });
    const inTheWay = await rolloutInTheWay(client, { parent: appParent(APP), resource: published }, 'halt', log);
    expect(inTheWay).toEqual({ submissionId: '9', rollout: expect.objectContaining({ packageRolloutPercentage: 10 }) });
    await clearRollout(client, appParent(APP), inTheWay!, 'halt', progress, log);
    expect(progress.clearedRollout).toMatchObject({
      submissionId: '9',
      action: 'halt',
      before: { packageRolloutPercentage: 10 },
      after: { packageRolloutStatus: 'PackageRolloutStopped' }
    });
    expect(calls).toEqual([`GET ${A}/submissions/9/packagerollout`, `POST ${A}/submissions/9/haltpackagerollout`]);
  });
});

describe('operation: rollout', () => {
  const resolved = { parent: appParent(APP), resource: { lastPublishedApplicationSubmission: { id: '9' } } };

  test('update: one read, one change; the progress holds the rollout after', async () => {
    const { client, calls, log, progress } = rig((method) => (method === 'GET' ? ok(rolling(10)) : ok(rolling(50))));
    await changePublishedRollout(client, resolved, { action: 'update', percentage: 50 }, progress, log);
    expect(calls).toEqual([
      `GET ${A}/submissions/9/packagerollout`,
      `POST ${A}/submissions/9/updatepackagerolloutpercentage?percentage=50`
    ]);
    expect(progress).toMatchObject({
      operation: 'update',
      submissionId: '9',
      status: 'Published',
      rollout: { packageRolloutPercentage: 50 }
    });
  });

  test('finalizing a finished rollout, or halting a halted one, is done already: no change sent', async () => {
    for (const [status, action] of [
      ['PackageRolloutComplete', 'finalize'],
      ['PackageRolloutStopped', 'halt']
    ] as const) {
      const { client, calls, log, lines } = rig(() => ok(rolling(100, status)));
      await changePublishedRollout(client, resolved, { action }, { committed: false }, log);
      expect(calls).toEqual([`GET ${A}/submissions/9/packagerollout`]);
      expect(lines[0]).toMatch(/already: nothing to do/);
    }
  });

  test.each([
    [
      { action: 'update', percentage: 20 } as const,
      rolling(100, 'PackageRolloutComplete'),
      /cannot be updated: its rollout is PackageRolloutComplete, not in progress/
    ],
    [{ action: 'halt' } as const, rolling(100, 'PackageRolloutComplete'), /cannot be halted/],
    [{ action: 'finalize' } as const, rolling(0, 'PackageRolloutStopped'), /cannot be finalized/],
    [
      { action: 'finalize' } as const,
      { isPackageRollout: false, packageRolloutPercentage: 0, packageRolloutStatus: 'PackageRolloutNotStarted' },
      /cannot be finalized: it has no gradual rollout/
    ]
  ])('%j on %j is refused, nothing changed', async (change, rollout, message) => {
    const { client, calls, log } = rig(() => ok(rollout));
    const error = await changePublishedRollout(client, resolved, change, { committed: false }, log).catch(
      (e: unknown) => e
    );
    expect(failure(error)).toMatch(message);
    expect(failure(error)).toMatch(/nothing was changed/);
    expect(calls).toEqual([`GET ${A}/submissions/9/packagerollout`]);
  });

  test('no published submission: refused without a call', async () => {
    const { client, calls, log } = rig(() => new Error('no call expected'));
    const error = await changePublishedRollout(
      client,
      { parent: appParent(APP), resource: {} },
      { action: 'halt' },
      { committed: false },
      log
    ).catch((e: unknown) => e);
    expect(failure(error)).toMatch(
      /has no published submission, so there is no rollout to change; nothing was changed/
    );
    expect(calls).toEqual([]);
  });
});

describe('what a stopped rollout operation says it left', () => {
  const resolved = { parent: appParent(APP), resource: { lastPublishedApplicationSubmission: { id: '9' } } };
  // As publish() does before the operation.
  const started = (progress: Progress) => Object.assign(progress, { parent: resolved.parent });

  test('refused (a halted rollout cannot be finalized): the published submission stays published, unchanged', async () => {
    const { client, log, progress } = rig(() => ok(rolling(0, 'PackageRolloutStopped')));
    await expect(
      changePublishedRollout(client, resolved, { action: 'finalize' }, started(progress), log)
    ).rejects.toThrow(/cannot be finalized/);
    const line = leftBehind(progress);
    expect(line).toBe(
      'The published submission 9 of the app 9NBLGGH4R315 stays published; its rollout was not changed (PackageRolloutStopped, 0 %).'
    );
    expect(line).not.toMatch(/not committed|next run replaces/);
  });

  test('a change whose answers are all lost, the rollout read back unchanged each time: not changed, and the line says so', async () => {
    const { client, log, progress } = rig((method) => (method === 'GET' ? ok(rolling(10)) : reset()));
    await expect(changePublishedRollout(client, resolved, { action: 'halt' }, started(progress), log)).rejects.toThrow(
      /Halt the package rollout/
    );
    expect(progress.changingRollout).toBeUndefined();
    expect(leftBehind(progress)).toMatch(/stays published; its rollout was not changed/);
  });

  test('a change whose answer is lost and whose read-back fails too: it may have gone through', async () => {
    let gets = 0;
    const { client, log, progress } = rig((method) =>
      method === 'GET' ? (++gets === 1 ? ok(rolling(10)) : fail(404, 'NotFound')) : reset()
    );
    await expect(changePublishedRollout(client, resolved, { action: 'halt' }, started(progress), log)).rejects.toThrow(
      /whether it went through is unknown/
    );
    expect(progress.changingRollout).toEqual({ submissionId: '9', action: 'halt' });
    expect(leftBehind(progress)).toMatch(/the request to halt its rollout got no clear answer, so it may have gone/);
  });

  test('existing-rollout halt refused by the Store (409): no line claims it changed', async () => {
    const { client, log, progress } = rig((method) => (method === 'GET' ? ok(rolling(10)) : fail(409, 'InvalidState')));
    const inTheWay = { submissionId: '9', rollout: asRollout(rolling(10)) };
    await expect(clearRollout(client, appParent(APP), inTheWay, 'halt', started(progress), log)).rejects.toThrow(
      /HTTP 409/
    );
    expect(progress.changingRollout).toBeUndefined();
    expect(progress.clearedRollout).toBeUndefined();
    expect(leftBehind(progress)).toBeUndefined();
  });
});
