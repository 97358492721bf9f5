/**
 * The lifecycle over a real StoreClient and a routed fake transport: the
 * decisions it makes when answers are lost, conflicting or final.
 */
import { describe, expect, test } from '@jest/globals';
import type { HttpResponse } from '../../src/request/transport.js';
import { ActionError } from '../../src/errors.js';
import { StoreClient } from '../../src/msix/store/client.js';
import { appParent, flightParent } from '../../src/msix/store/parents.js';
import type { Settings } from '../../src/msix/settings.js';
import {
  SubmissionFailedError,
  SubmissionLifecycle,
  type LifecycleDeps,
  type Progress
} from '../../src/msix/submission.js';
import { leftBehind } from '../../src/msix/publish.js';
import { FakeClock } from './helpers.js';

const BASE = 'https://store.test';
const APP = '9NBLGGH4R315';

type Handler = (method: string, path: string, body: string | undefined) => HttpResponse | Error;

const ok = (body: unknown, status = 200): HttpResponse => ({
  status,
  headers: { 'ms-correlationid': 'cid-1' },
  body: body === undefined ? '' : JSON.stringify(body)
});
const fail = (status: number, code: string, message = code): HttpResponse => ({
  status,
  headers: { 'ms-correlationid': 'cid-err' },
  body: JSON.stringify({ code, message })
});
const reset = (): Error => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

type Upload = LifecycleDeps['upload'];

function rig(
  handler: Handler,
  settings: Partial<Settings> = {},
  parent = appParent(APP),
  resource: Record<string, unknown> = {},
  upload: Upload = async () => ({ bytes: 3 * 1024 * 1024, seconds: 2 })
) {
  const clock = new FakeClock();
  const calls: string[] = [];
  const client = new StoreClient({
    storeApiUrl: BASE,
    tokens: { token: async () => 'token', invalidate: () => undefined },
    http: {
      request: async (method, url, body) => {
        const path = url.slice(`${BASE}/v1.0/my/`.length);
        calls.push(`${method} ${path}`);
        const answer = handler(method, path, body as string | undefined);
        if (answer instanceof Error) throw answer;
        return answer;
      }
    },
    clock,
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100 },
    log: () => undefined
  });
  const progress: Progress = { committed: false };
  const full: Settings = {
    tenantId: 't',
    clientId: 'c',
    credential: { kind: 'secret', secret: 's' },
    target: { kind: 'app', applicationId: APP },
    edits: [],
    changes: { notesForCertification: 'new' },
    pendingFiles: [],
    uploadFiles: [],
    packages: [],
    dryRun: false,
    deletePending: true,
    pollIntervalMs: 1000,
    timeoutMs: 60_000,
    waitFor: 'commit',
    storeApiUrl: BASE,
    authorityHost: BASE,
    uploadConcurrency: 4,
    requestTimeoutMs: 1000,
    ...settings
  };
  const info: string[] = [];
  const lifecycle = new SubmissionLifecycle(
    full,
    { parent, resource },
    { client, clock, info: (l) => info.push(l), warning: (l) => info.push(`warning: ${l}`), upload },
    progress
  );
  return { lifecycle, calls, progress, info };
}

const S = `applications/${APP}/submissions`;
/** An app's create asks for the minimal answer, then reads the submission (docs/oracles.md). */
const C = `${S}?isMinimalResponse=true`;

describe('SubmissionLifecycle', () => {
  test('a lost commit, then a 409 on the second commit: the status decides, no failure', async () => {
    let commits = 0;
    let status = 'PendingCommit';
    const { lifecycle, calls, progress } = rig((method, path) => {
      if (method === 'POST' && path === C) return ok({ id: '1', status: 'PendingCommit' }, 201);
      if (method === 'GET' && path === `${S}/1`) return ok({ id: '1', status: 'PendingCommit' });
      if (method === 'PUT') return ok({ id: '1' });
      if (method === 'POST' && path === `${S}/1/commit`) {
        commits++;
        if (commits === 1) return reset(); // not carried out, as far as we can tell
        return fail(409, 'InvalidState', 'already committed');
      }
      if (method === 'GET' && path === `${S}/1/status`) {
        // Until the 409, the status reads PendingCommit; then the first commit shows as started.
        if (commits >= 2) status = status === 'PendingCommit' ? 'CommitStarted' : 'PreProcessing';
        return ok({ status, statusDetails: { errors: [] } });
      }
      return new Error(`unexpected ${method} ${path}`);
    });
    // After the reset the status reads PendingCommit: commit again; that gets 409 (the first went through late): read again.
    await lifecycle.run();
    expect(commits).toBe(2);
    expect(progress.committed).toBe(true);
    expect(progress.status).toBe('PreProcessing');
    expect(calls.filter((c) => c.endsWith('/status')).length).toBeGreaterThanOrEqual(2);
  });

  test('a lost create and a 409 on the second one: the parent is read again and its pending submission used', async () => {
    let creates = 0;
    let pending: { id: string } | undefined;
    const { lifecycle, calls, progress } = rig((method, path) => {
      if (method === 'POST' && path === C) {
        creates++;
        if (creates === 1) return reset(); // lost; the parent read next shows nothing yet
        pending = { id: '7' };
        return fail(409, 'InvalidState', 'a pending submission exists');
      }
      if (method === 'GET' && path === `applications/${APP}`)
        return ok({ id: APP, pendingApplicationSubmission: pending });
      if (method === 'GET' && path === `${S}/7`)
        return ok({ id: '7', status: 'PendingCommit', fileUploadUrl: 'https://blob.test/x?sig=a' });
      if (method === 'PUT' && path === `${S}/7`) return ok({ id: '7' });
      if (method === 'POST' && path === `${S}/7/commit`) return ok({ status: 'CommitStarted' });
      if (method === 'GET' && path === `${S}/7/status`) return ok({ status: 'PreProcessing' });
      return new Error(`unexpected ${method} ${path}`);
    });
    await lifecycle.run();
    expect(creates).toBe(2);
    expect(progress.submissionId).toBe('7');
    expect(calls.filter((c) => c.startsWith('PUT'))).toEqual([`PUT ${S}/7`]);
  });

  test('a pending submission whose status reads 404 is not taken for gone, nor, after a lost create, for one this run made', async () => {
    // soak seed 7:51: the status read of the pending submission answered 404 though it was there; the create's
    // answer was lost; the parent read next showed the old pending submission, which the run then took as its own.
    const deleted: string[] = [];
    let creates = 0;
    const { lifecycle, calls, progress } = rig(
      (method, path) => {
        if (method === 'GET' && path === `${S}/4/status`) return fail(404, 'ResourceNotFound');
        if (method === 'GET' && path === `${S}/4`) return ok({ id: '4', status: 'PendingCommit' });
        if (method === 'DELETE' && path === `${S}/4`) return (deleted.push('4'), ok(undefined, 204));
        if (method === 'POST' && path === C) {
          creates++;
          return creates === 1 ? reset() : fail(409, 'InvalidState', 'a pending submission exists');
        }
        if (method === 'GET' && path === `applications/${APP}`)
          return ok({ id: APP, pendingApplicationSubmission: deleted.length ? undefined : { id: '4' } });
        return new Error(`unexpected ${method} ${path}`);
      },
      {},
      appParent(APP),
      { id: APP, pendingApplicationSubmission: { id: '4' } }
    );
    await expect(lifecycle.run()).rejects.toThrow();
    // The status read's 404 was checked against the submission itself, which was there: so it was deleted.
    expect(deleted).toEqual(['4']);
    expect(calls.slice(0, 3)).toEqual([`GET ${S}/4/status`, `GET ${S}/4`, `DELETE ${S}/4`]);
    // And nothing but a submission this run made is ever used: 4 never is.
    expect(progress.submissionId).not.toBe('4');
    expect(calls.some((c) => c.startsWith('PUT') || c.includes('/commit'))).toBe(false);
  });

  test('after a lost create, the pending submission the parent had before is not taken for the new one', async () => {
    let creates = 0;
    const { lifecycle, calls, progress, info } = rig(
      (method, path) => {
        if (method === 'GET' && path === `${S}/4/status`) return fail(404, 'ResourceNotFound');
        // Both reads say it is gone (a stale parent would still name it), and the parent keeps naming it.
        if (method === 'GET' && path === `${S}/4`) return fail(404, 'ResourceNotFound');
        if (method === 'POST' && path === C) {
          creates++;
          return creates === 1 ? reset() : fail(409, 'InvalidState', 'a pending submission exists');
        }
        if (method === 'GET' && path === `applications/${APP}`)
          return ok({ id: APP, pendingApplicationSubmission: { id: '4' } });
        return new Error(`unexpected ${method} ${path}`);
      },
      {},
      appParent(APP),
      { id: APP, pendingApplicationSubmission: { id: '4' } }
    );
    const error = await lifecycle.run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).oneLine()).toContain('HTTP 409');
    expect(info).toContain(
      'Submission 4 is the pending submission that was there before this run: it was not created.'
    );
    expect(progress.submissionId).toBeUndefined();
    expect(calls.some((c) => c.startsWith('PUT') || c.includes('/commit'))).toBe(false);
  });

  test('a create answered 201 without an id: the parent is read, and its new pending submission used', async () => {
    let created = false;
    const { lifecycle, progress } = rig((method, path) => {
      if (method === 'POST' && path === C) {
        created = true;
        return ok(undefined, 201);
      }
      if (method === 'GET' && path === `applications/${APP}`)
        return ok({ id: APP, pendingApplicationSubmission: created ? { id: '8' } : undefined });
      if (method === 'GET' && path === `${S}/8`) return ok({ id: '8', status: 'PendingCommit' });
      if (method === 'PUT' && path === `${S}/8`) return ok({ id: '8' });
      if (method === 'POST' && path === `${S}/8/commit`) return ok({ status: 'CommitStarted' });
      if (method === 'GET' && path === `${S}/8/status`) return ok({ status: 'PreProcessing' });
      return new Error(`unexpected ${method} ${path}`);
    });
    await lifecycle.run();
    expect(progress.submissionId).toBe('8');
    expect(progress.creating).toBe(false);
  });

  test('a create that keeps failing with 5xx is tried a bounded number of times', async () => {
    let creates = 0;
    const { lifecycle } = rig((method, path) => {
      if (method === 'POST' && path === C) {
        creates++;
        return fail(503, 'ServiceUnavailable');
      }
      if (method === 'GET' && path === `applications/${APP}`) return ok({ id: APP });
      return new Error(`unexpected ${method} ${path}`);
    });
    await expect(lifecycle.run()).rejects.toThrow(/HTTP 503/);
    expect(creates).toBe(3);
  });

  test('a flight created in this run with a pending submission: that submission is used, nothing deleted', async () => {
    const parent = flightParent(APP, 'f1', 'Beta', true);
    const F = `applications/${APP}/flights/f1/submissions`;
    const { lifecycle, calls } = rig(
      (method, path) => {
        if (method === 'GET' && path === `${F}/9`) return ok({ id: '9', status: 'PendingCommit', flightPackages: [] });
        if (method === 'PUT' && path === `${F}/9`) return ok({ id: '9' });
        if (method === 'POST' && path === `${F}/9/commit`) return ok({ status: 'CommitStarted' });
        if (method === 'GET' && path === `${F}/9/status`) return ok({ status: 'PreProcessing' });
        return new Error(`unexpected ${method} ${path}`);
      },
      {},
      parent,
      { flightId: 'f1', pendingFlightSubmission: { id: '9' } }
    );
    await lifecycle.run();
    expect(calls.some((c) => c.startsWith('DELETE'))).toBe(false);
    expect(calls.some((c) => c === `POST ${F}`)).toBe(false);
  });

  test('delete-pending: false refuses before any change', async () => {
    const { lifecycle, calls } = rig(() => new Error('no request expected'), { deletePending: false }, appParent(APP), {
      pendingApplicationSubmission: { id: '5' }
    });
    await expect(lifecycle.run()).rejects.toThrow(ActionError);
    expect(calls).toEqual([]);
  });

  test('a pending submission in Certification is not touched: the run stops before any change', async () => {
    const { lifecycle, calls } = rig(
      (method, path) =>
        method === 'GET' && path === `${S}/5/status`
          ? ok({ status: 'Certification' })
          : new Error(`unexpected ${method} ${path}`),
      {},
      appParent(APP),
      { pendingApplicationSubmission: { id: '5' } }
    );
    await expect(lifecycle.run()).rejects.toThrow(/pending submission 5 of the app 9NBLGGH4R315 is Certification/);
    expect(calls).toEqual([`GET ${S}/5/status`]);
  });

  test('a pending submission in CommitFailed is replaced, with a warning that names its status', async () => {
    const { lifecycle, calls, info, progress } = rig(
      (method, path) => {
        if (method === 'GET' && path === `${S}/5/status`) return ok({ status: 'CommitFailed' });
        if (method === 'DELETE' && path === `${S}/5`) return ok(undefined, 204);
        if (method === 'POST' && path === C) return ok({ id: '6' }, 201);
        if (method === 'GET' && path === `${S}/6`) return ok({ id: '6', status: 'PendingCommit' });
        if (method === 'PUT') return ok({ id: '6' });
        if (method === 'POST' && path === `${S}/6/commit`) return ok({ status: 'CommitStarted' });
        if (method === 'GET' && path === `${S}/6/status`) return ok({ status: 'PreProcessing' });
        return new Error(`unexpected ${method} ${path}`);
      },
      {},
      appParent(APP),
      { pendingApplicationSubmission: { id: '5' } }
    );
    await lifecycle.run();
    expect(calls.slice(0, 4)).toEqual([`GET ${S}/5/status`, `DELETE ${S}/5`, `POST ${C}`, `GET ${S}/6`]);
    expect(info).toContainEqual(
      expect.stringMatching(/^warning: Deleting the pending submission 5 \(CommitFailed\).*concurrency/)
    );
    expect(progress.replacedSubmissionId).toBe('5');
  });

  test('a long wait says so every few minutes, not on every poll', async () => {
    const statuses = [...Array(65).fill('CommitStarted'), 'PreProcessing'];
    const { lifecycle, info, progress } = rig(
      (method, path) => {
        if (method === 'POST' && path === C) return ok({ id: '1' }, 201);
        if (method === 'GET' && path === `${S}/1`)
          return ok({ id: '1', fileUploadUrl: 'https://blob.test/c/b?sig=a+b' });
        if (method === 'PUT') return ok({ id: '1' });
        if (method === 'POST' && path === `${S}/1/commit`) return ok({ status: 'CommitStarted' });
        if (method === 'GET' && path === `${S}/1/status`) return ok({ status: statuses.shift() });
        return new Error(`unexpected ${method} ${path}`);
      },
      { pollIntervalMs: 10 * 60_000, timeoutMs: 60 * 60_000, packageZip: 'store.zip' }
    );
    await lifecycle.run();
    // 65 polls (10 s apart, then a twentieth of the wait so far) see CommitStarted, up to 1796.9 s; the 66th, PreProcessing.
    const still = info.filter((l) => /still CommitStarted/.test(l));
    expect(still.length).toBeGreaterThanOrEqual(5);
    expect(still.length).toBeLessThanOrEqual(6);
    // The shared wait (src/run/wait.ts) says so 5 minutes after the last line, mid-pause if need be (it used to wait
    // for the next read, 5.17 min, which with reads up to an hour apart left the log silent for an hour).
    expect(still[0]).toBe('Submission 1: still CommitStarted after 5 min.');
    expect(info).toContain('Submission 1: PreProcessing (after 31.45 min).');
    expect(progress.upload).toEqual({ bytes: 3 * 1024 * 1024, seconds: 2 });
    expect(progress.changedFields).toEqual(['notesForCertification']);
  });

  test('the minimal create answer: the submission is read once, and its upload URL used', async () => {
    const uploads: string[] = [];
    const { lifecycle, calls } = rig(
      (method, path) => {
        if (method === 'POST' && path === C) return ok({ id: '1' }, 201);
        if (method === 'PUT') return ok({ id: '1' });
        if (method === 'GET' && path === `${S}/1`)
          return ok({ id: '1', fileUploadUrl: 'https://blob.test/c/b?sig=x+y' });
        if (method === 'POST' && path === `${S}/1/commit`) return ok({ status: 'CommitStarted' });
        if (method === 'GET' && path === `${S}/1/status`) return ok({ status: 'PreProcessing' });
        return new Error(`unexpected ${method} ${path}`);
      },
      { packageZip: 'store.zip' },
      appParent(APP),
      {},
      async (url) => {
        uploads.push(url);
        return { bytes: 1, seconds: 0 };
      }
    );
    await lifecycle.run();
    expect(uploads).toEqual(['https://blob.test/c/b?sig=x+y']);
    expect(calls.filter((c) => c === `GET ${S}/1`)).toHaveLength(1);
    expect(calls.slice(0, 2)).toEqual([`POST ${C}`, `GET ${S}/1`]);
  });

  test('without changes there is no PUT', async () => {
    const { lifecycle, calls } = rig(
      (method, path) => {
        if (method === 'POST' && path === C) return ok({ id: '1', status: 'PendingCommit' }, 201);
        if (method === 'GET' && path === `${S}/1`) return ok({ id: '1', status: 'PendingCommit' });
        if (method === 'POST' && path === `${S}/1/commit`) return ok({ status: 'CommitStarted' });
        if (method === 'GET' && path === `${S}/1/status`) return ok({ status: 'Certification' });
        return new Error(`unexpected ${method} ${path}`);
      },
      { changes: {} }
    );
    await lifecycle.run();
    expect(calls.filter((c) => c.startsWith('PUT'))).toEqual([]);
  });

  test('publish with Manual publishing ends at Release with a note; a failed status throws with the status kept', async () => {
    const statuses = ['CommitStarted', 'PreProcessing', 'Certification', 'Release'];
    const manual = rig(
      (method, path) => {
        if (method === 'POST' && path === C) return ok({ id: '1' }, 201);
        if (method === 'GET' && path === `${S}/1`) return ok({ id: '1', targetPublishMode: 'Manual' });
        if (method === 'PUT') return ok({ id: '1', targetPublishMode: 'Manual' });
        if (method === 'POST' && path === `${S}/1/commit`) return ok({ status: 'CommitStarted' });
        if (method === 'GET' && path === `${S}/1/status`) return ok({ status: statuses.shift() ?? 'Release' });
        return new Error(`unexpected ${method} ${path}`);
      },
      { waitFor: 'publish' }
    );
    await manual.lifecycle.run();
    expect(manual.progress.status).toBe('Release');
    expect(manual.progress.note).toMatch(/manually/);

    const failed = rig((method, path) => {
      if (method === 'POST' && path === C) return ok({ id: '1' }, 201);
      if (method === 'GET' && path === `${S}/1`) return ok({ id: '1' });
      if (method === 'PUT') return ok({ id: '1' });
      if (method === 'POST' && path === `${S}/1/commit`) return ok({ status: 'CommitStarted' });
      if (method === 'GET' && path === `${S}/1/status`)
        return ok({ status: 'CommitFailed', statusDetails: { errors: [{ code: 'InvalidArchive' }] } });
      return new Error(`unexpected ${method} ${path}`);
    });
    await expect(failed.lifecycle.run()).rejects.toThrow(SubmissionFailedError);
    expect(failed.progress.status).toBe('CommitFailed');
    expect(failed.progress.statusDetails?.errors?.[0].code).toBe('InvalidArchive');
  });
});

describe('what a stopped run says it left', () => {
  const created = (commit: () => HttpResponse | Error) =>
    rig((method, path) => {
      if (method === 'POST' && path === C) return ok({ id: '1', status: 'PendingCommit' }, 201);
      if (method === 'GET' && path === `${S}/1`) return ok({ id: '1', status: 'PendingCommit' });
      if (method === 'PUT') return ok({ id: '1' });
      if (method === 'POST' && path === `${S}/1/commit`) return commit();
      if (method === 'GET' && path === `${S}/1/status`) return ok({ status: 'PendingCommit' });
      return new Error(`unexpected ${method} ${path}`);
    });

  test('a commit whose answers are all lost, read back PendingCommit each time: not committed, and the line says so', async () => {
    const { lifecycle, progress } = created(reset);
    await expect(lifecycle.run()).rejects.toThrow(/Commit submission 1/);
    expect(progress).toMatchObject({ committed: false, committing: false });
    expect(leftBehind(progress)).toMatch(/Submission 1 of the app .* was left in status PendingCommit, not committed;/);
  });

  test('a commit whose answer is lost and whose status cannot be read back: it may be committed, and the line says so', async () => {
    const { lifecycle, progress } = rig((method, path) => {
      if (method === 'POST' && path === C) return ok({ id: '1', status: 'PendingCommit' }, 201);
      if (method === 'GET' && path === `${S}/1` && !committedOnce) return ok({ id: '1', status: 'PendingCommit' });
      if (method === 'PUT') return ok({ id: '1' });
      if (method === 'POST' && path === `${S}/1/commit`) return ((committedOnce = true), reset());
      return fail(404, 'NotFound');
    });
    let committedOnce = false;
    await expect(lifecycle.run()).rejects.toThrow(/whether it went through is unknown/);
    expect(progress).toMatchObject({ committed: false, committing: true });
    expect(leftBehind(progress)).toMatch(/Submission 1 of the app .* was being committed .* it may be committed/);
    expect(leftBehind(progress)).not.toMatch(/, not committed/);
  });

  test('a commit the Store refuses (409): not committed, and the line says so', async () => {
    const { lifecycle, progress } = created(() => fail(409, 'InvalidOperation'));
    await expect(lifecycle.run()).rejects.toThrow(/HTTP 409/);
    expect(progress).toMatchObject({ committed: false, committing: false });
    expect(leftBehind(progress)).toMatch(/Submission 1 of the app .* was left in status PendingCommit, not committed;/);
  });

  test('a create that fails with 5xx each time, the app read back without a pending one, made nothing; nor did a 409', async () => {
    for (const answer of [fail(503, 'ServiceUnavailable'), fail(409, 'InvalidState')]) {
      const { lifecycle, progress } = rig((method, path) => {
        if (method === 'POST' && path === C) return answer;
        if (method === 'GET' && path === `applications/${APP}`) return ok({ id: APP });
        return new Error(`unexpected ${method} ${path}`);
      });
      await expect(lifecycle.run()).rejects.toThrow(ActionError);
      expect(progress.creating).toBe(false);
      expect(leftBehind(progress)).toBeUndefined();
    }
  });

  test('a create answered with its ID whose read of the new submission fails: the run names the submission it made', async () => {
    const { lifecycle, progress } = rig((method, path) => {
      if (method === 'POST' && path === C) return ok({ id: '1' }, 201);
      if (method === 'GET' && path === `${S}/1`) return fail(404, 'ResourceNotFound');
      return new Error(`unexpected ${method} ${path}`);
    });
    await expect(lifecycle.run()).rejects.toThrow(/Read submission 1/);
    expect(progress).toMatchObject({ submissionId: '1', creating: false, committed: false });
    expect(leftBehind(progress)).toMatch(/Submission 1 of the app .* not committed/);
  });

  test('a create whose answer is lost and whose app cannot be read back: a submission may exist', async () => {
    let reads = 0;
    const { lifecycle, progress } = rig((method, path) => {
      if (method === 'POST' && path === C) return reset();
      if (method === 'GET' && path === `applications/${APP}`)
        return ++reads === 1 ? ok({ id: APP }) : fail(404, 'NotFound');
      return new Error(`unexpected ${method} ${path}`);
    });
    await expect(lifecycle.run()).rejects.toThrow(/whether it went through is unknown/);
    expect(progress.creating).toBe(true);
    expect(leftBehind(progress)).toMatch(/A submission was being created for the app .*: it may exist/);
  });

  test('a pending submission deleted, then the create refused: the line says the old one is gone', async () => {
    const { lifecycle, progress } = rig(
      (method, path) => {
        if (method === 'GET' && path === `${S}/5/status`) return ok({ status: 'PendingCommit' });
        if (method === 'DELETE' && path === `${S}/5`) return ok(undefined, 204);
        if (method === 'POST' && path === C) return fail(409, 'InvalidState');
        return new Error(`unexpected ${method} ${path}`);
      },
      {},
      appParent(APP),
      { pendingApplicationSubmission: { id: '5' } }
    );
    await expect(lifecycle.run()).rejects.toThrow(/HTTP 409/);
    expect(leftBehind(progress)).toBe('The pending submission 5 that this run replaced was deleted.');
  });
});
