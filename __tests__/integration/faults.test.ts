/**
 * The real service's bad days, injected into the local Partner Center: the
 * bundled action must come through each with exactly one committed
 * submission that holds the user's changes, and no secret in its log.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { APP_ID, CLIENT, errorAnnotations, publishedAppSubmission, Rig, TENANT } from '../../__fixtures__/rig.js';
import { unlessWindows } from '../../__fixtures__/platform.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

const PACKAGE = 'ContosoNotes_2.0.0.0_x64.msixupload';
const changes = {
  notesForCertification: 'fault run',
  applicationPackages: [
    { fileName: PACKAGE, fileStatus: 'PendingUpload', minimumDirectXVersion: 'None', minimumSystemRam: 'None' }
  ]
};

async function setup(options: Record<string, unknown> = {}) {
  const fake = await rig.newFake(options);
  fake.seedApp({
    id: APP_ID,
    name: 'Contoso Notes',
    published: publishedAppSubmission(),
    pending: publishedAppSubmission()
  });
  return fake;
}

async function publish(
  extra: Record<string, string | undefined> = {},
  onStart?: (child: import('node:child_process').ChildProcess) => void
) {
  return rig.run(
    {
      'application-id': APP_ID,
      'submission-json': JSON.stringify(changes),
      'package-zip': await rig.zip('faults.zip', { [PACKAGE]: 'msix' }),
      ...extra
    },
    { onStart }
  );
}

/** Exactly one live submission for the app: committed, with the user's changes and the zip. */
function expectExactlyOneCommitted(submissionId: string): void {
  const live = rig.fake.submissions.filter(
    (s: { parent: string; deleted: boolean; seeded: boolean }) =>
      !s.deleted && !s.seeded && s.parent.endsWith(`applications/${APP_ID}`)
  );
  expect(live.map((s: { id: string }) => s.id)).toEqual([submissionId]);
  const submission = rig.fake.submission(submissionId);
  expect(submission.committed).toBe(true);
  expect(submission.puts.at(-1).notesForCertification).toBe('fault run');
  expect(submission.uploadedEntries).toContain(PACKAGE);
  expect(rig.fake.app(APP_ID).pendingApplicationSubmission?.id).toBe(submissionId);
}

const CREATE = /^applications\/[^/]+\/submissions$/;
const COMMIT = /\/commit$/;
const STATUS = /\/status$/;

describe('retries and throttling', () => {
  test('429 with Retry-After on create is waited out and retried', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'POST', path: CREATE, kind: 429, retryAfter: '1', gatewayBody: true });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(result.log).toMatch(/HTTP 429.*retrying in 1\.\d s/);
  });

  test.each([500, 502, 503, 504])('HTTP %s on reads and the PUT is retried', async (status) => {
    const fake = await setup();
    fake.faults.add({ method: 'GET', path: /^applications\/[^/]+$/, kind: status, times: 2 });
    fake.faults.add({ method: 'PUT', kind: status });
    fake.faults.add({ method: 'GET', path: STATUS, kind: status });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(result.log.match(new RegExp(`got HTTP ${status}`, 'g'))?.length).toBe(4);
  });

  test('a reset connection on a read is retried', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'GET', path: /^applications\/[^/]+$/, kind: 'reset' });
    fake.faults.add({ method: 'DELETE', kind: 'reset' });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
  });

  test('a tenant rate limit slows the run down instead of failing it', async () => {
    const fake = await setup({ rateLimit: { calls: 4, windowMs: 3000 } });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    const throttled = fake.requests.filter((r: { status: unknown }) => r.status === 429).length;
    expect(throttled).toBeGreaterThan(0);
    // Paced: far fewer throttled answers than calls that went through.
    expect(throttled).toBeLessThan(fake.requests.length / 2);
  });
});

describe('create and commit are never repeated blindly', () => {
  test.each(['lose-response', '503-after', '500-after', 'garble-after'])(
    'create carried out but answered with %s: the new submission is found and used',
    async (kind) => {
      const fake = await setup();
      fake.faults.add({ method: 'POST', path: CREATE, kind });
      const result = await publish();
      expect(result.code).toBe(0);
      expectExactlyOneCommitted(result.outputs['submission-id']);
      expect(
        fake.requests.filter(
          (r: { method: string; path: string }) => r.method === 'POST' && /submissions$/.test(r.path.split('?')[0])
        )
      ).toHaveLength(1);
    }
  );

  test.each([503, 'reset'])('create not carried out (%s): created again, once', async (kind) => {
    const fake = await setup();
    fake.faults.add({ method: 'POST', path: CREATE, kind });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
  });

  test('commit carried out but its answer lost: the status is read, no second commit', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'POST', path: COMMIT, kind: 'lose-response' });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(fake.requests.filter((r: { path: string }) => COMMIT.test(r.path.split('?')[0]))).toHaveLength(1);
  });

  test('reads answered with a cut-off body are read again', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'GET', path: /^applications\/[^/]+$/, kind: 'garble-after' });
    fake.faults.add({ method: 'GET', path: STATUS, kind: 'garble-after' });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(result.log.match(/with an unreadable body; retrying/g)).toHaveLength(2);
  });

  test('commit not carried out (reset): the status says PendingCommit, so it is committed again', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'POST', path: COMMIT, kind: 'reset' });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(fake.requests.filter((r: { path: string }) => COMMIT.test(r.path.split('?')[0]))).toHaveLength(2);
  });
});

describe('tokens', () => {
  test('tokens that expire after a few seconds are renewed during a long commit', async () => {
    const fake = await setup({ tokenLifetimeSeconds: 2 });
    fake.setCommitOutcome({ kind: 'success', pollsInCommitStarted: 6, finalStatus: 'PreProcessing' });
    const result = await publish({ 'poll-interval-seconds': '0.7' });
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(fake.tokensIssued.length).toBeGreaterThan(1);
    expect(fake.requests.filter((r: { status: unknown }) => r.status === 401)).toEqual([]);
  });
});

describe('tokens rejected and requests that hang', () => {
  test('a token the Store rejects (401) is renewed once and the call repeated', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'GET', path: STATUS, kind: 401 });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(result.log).toMatch(/status of submission .* got HTTP 401; renewing the token/);
    expect(fake.tokensIssued.length).toBe(2);
  });

  test('signs in on the v2.0 endpoint first; an authority without it (404): the v1 endpoint is used', async () => {
    const fake = await setup();
    fake.faults.add({ path: 'token', kind: 404 });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(
      fake.requests.filter((r: { area: string }) => r.area === 'token').map((r: { path: string }) => r.path)
    ).toEqual([`/${TENANT}/oauth2/v2.0/token`, `/${TENANT}/oauth2/token`]);
  });

  test('a read that never answers times out and is retried', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'GET', path: STATUS, kind: 'hang' });
    const result = await publish({ 'request-timeout-seconds': '1' });
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(result.log).toMatch(/status of submission .* got a network error \(Request timeout/);
  });

  test('the token endpoint failing with 503 is retried', async () => {
    const fake = await setup();
    fake.faults.add({ path: 'token', kind: 503, times: 2 });
    const result = await publish();
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
  });
});

describe('GitHub OIDC, no client secret', () => {
  test('signs in with a federated credential, a fresh OIDC token per Azure AD token', async () => {
    const fake = await setup({ tokenLifetimeSeconds: 2 });
    fake.addFederatedClient({ tenantId: TENANT, clientId: CLIENT });
    fake.setCommitOutcome({ kind: 'success', pollsInCommitStarted: 4, finalStatus: 'PreProcessing' });
    const result = await rig.run(
      {
        'application-id': APP_ID,
        'client-secret': '',
        'submission-json': JSON.stringify(changes),
        'package-zip': await rig.zip('faults.zip', { [PACKAGE]: 'msix' }),
        'poll-interval-seconds': '0.7'
      },
      {
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: fake.oidc.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: fake.oidc.requestToken
        }
      }
    );
    expect(result.code).toBe(0);
    expectExactlyOneCommitted(result.outputs['submission-id']);
    expect(result.log).toContain('GitHub OIDC');
    expect(fake.tokensIssued.length).toBeGreaterThan(1);
    expect(fake.oidcTokensIssued.length).toBe(fake.tokensIssued.length);
  });

  test('without id-token: write the job gets no OIDC token: a clear error, nothing changed', async () => {
    const fake = await setup();
    fake.addFederatedClient({ tenantId: TENANT, clientId: CLIENT });
    const result = await publish({ 'client-secret': '' });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(/Add `permissions: id-token: write`/);
    expect(fake.requests).toEqual([]);
  });
});

describe('cancellation', () => {
  unlessWindows('SIGTERM while waiting stops polling and says which submission was left in which state', async () => {
    const fake = await setup();
    fake.setCommitOutcome({ kind: 'stuck' });
    const result = await publish({ 'timeout-minutes': '5', 'poll-interval-seconds': '0.1' }, (child) => {
      const timer = setInterval(() => {
        // This run's commit, not the seeded published submission's (a slow start must not be killed early).
        if (fake.submissions.some((s: { committed: boolean; seeded: boolean }) => s.committed && !s.seeded)) {
          clearInterval(timer);
          setTimeout(() => child.kill('SIGTERM'), 300);
        }
      }, 50);
      child.once('close', () => clearInterval(timer));
    });
    expect(result.code).not.toBe(0);
    const id = result.outputs['submission-id'];
    expect(id).toBeTruthy();
    expect(result.outputs.status).toBe('CommitStarted');
    expect(errorAnnotations(result.log)[0]).toMatch(
      new RegExp(`cancelled.*Submission ${id} .* left in status CommitStarted`)
    );
    expect(result.summary).toContain('cancelled');
  });
});

// Last, after every run of this file: the client secret, every token and every upload-URL signature stayed out of the logs.
test('no secret, token or upload-URL signature in any log, output or summary of this file', () => {
  rig.expectNoSecretsInLogs();
});
