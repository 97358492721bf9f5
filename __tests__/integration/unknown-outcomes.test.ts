/**
 * Requests whose outcome is unknown, the last attempt included, and a block
 * refused while others are in flight (issue 19): the bundled action reads
 * what the server holds before it reports, and a failed run always ends with
 * an ::error:: line, its outputs, its summary and the left-behind line.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { startFaultProxy } from '../../__fixtures__/blob-fault-proxy.mjs';
import { AZURITE_ACCOUNT, AZURITE_KEY } from '../../__fixtures__/azurite.mjs';
import { startFakeMsiExe } from '../../__fixtures__/fake-msi-exe/index.mjs';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';
import { runAction } from '../../__fixtures__/run-action.mjs';

const rig = new Rig();
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
beforeAll(async () => {
  await rig.start();
  proxy = await startFaultProxy({ target: `http://127.0.0.1:${rig.azurite.port}` });
}, 60_000);
afterAll(async () => {
  await proxy?.stop();
  await rig.stop();
});

const PACKAGE = 'ContosoNotes_2.0.0.0_x64.msixupload';
const COMMIT = /\/commit$/;
const CREATE = /^applications\/[^/]+\/submissions$/;

async function setup() {
  const fake = await rig.newFake({
    blob: {
      endpoint: rig.azurite.endpoint,
      accountName: AZURITE_ACCOUNT,
      accountKey: AZURITE_KEY,
      publicEndpoint: `${proxy.origin}/${AZURITE_ACCOUNT}`
    }
  });
  proxy.clear();
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
  return fake;
}

async function publish(zip?: string) {
  return rig.run({
    'application-id': APP_ID,
    'submission-json': JSON.stringify({
      applicationPackages: [{ fileName: PACKAGE, fileStatus: 'PendingUpload' }]
    }),
    'package-zip': zip ?? (await rig.zip('small.zip', { [PACKAGE]: 'msix' }))
  });
}

const posts = (fake: Awaited<ReturnType<typeof setup>>, path: RegExp) =>
  fake.requests.filter((r: { method: string; path: string }) => r.method === 'POST' && path.test(r.path.split('?')[0]));

/** Every failed run ends the same way: ::error:: line, outputs, summary. */
function expectCleanFailure(result: Awaited<ReturnType<typeof publish>>) {
  expect(result.code).toBe(1);
  expect(errorAnnotations(result.log)).toHaveLength(1);
  expect(result.log).not.toMatch(/Unexpected error|^\s+at /m);
  expect(result.outputs).toHaveProperty('submission-id');
  expect(result.summary).toContain('❌ Microsoft Store submission failed');
}

describe('the last attempt of a request that is not safe to repeat', () => {
  test('commit reset, reset, then carried out with its answer lost: reported committed, with the status the Store gives', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'POST', path: COMMIT, kind: 'reset', times: 2 });
    fake.faults.add({ method: 'POST', path: COMMIT, kind: 'lose-response' });
    const result = await publish();
    expect(result.code).toBe(0);
    const id = result.outputs['submission-id'];
    const held = fake.submission(id);
    expect(held.committed).toBe(true);
    expect(held.commits).toBe(1);
    expect(posts(fake, COMMIT).map((r: { status: unknown }) => r.status)).toEqual(['reset', 'reset', 'lost']);
    expect(result.outputs.status).toBe(held.status);
    expect(result.log).toContain(`Submission ${id} is CommitStarted: the commit went through.`);
    expect(result.log).not.toMatch(/not committed/);
  });

  test('create reset, reset, then carried out with its answer lost: the created submission is found and used', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'POST', path: CREATE, kind: 'reset', times: 2 });
    fake.faults.add({ method: 'POST', path: CREATE, kind: 'lose-response' });
    const result = await publish();
    expect(result.code).toBe(0);
    const made = fake.submissions.filter((s: { seeded: boolean }) => !s.seeded);
    expect(made.map((s: { id: string }) => s.id)).toEqual([result.outputs['submission-id']]);
    expect(fake.submission(made[0].id).committed).toBe(true);
  });

  test('commit answer lost and neither its status nor the submission can be read back: the error says the outcome is unknown', async () => {
    const fake = await setup();
    fake.faults.add({ method: 'POST', path: COMMIT, kind: 'lose-response' });
    fake.faults.add({ method: 'GET', path: /\/status$/, kind: 404 });
    // The create's own read of the new submission (isMinimalResponse) goes through; the read-back after the commit does not.
    fake.faults.add({ method: 'GET', path: /\/submissions\/[^/]+$/, kind: 404, skip: 1, times: 99 });
    const result = await publish();
    expectCleanFailure(result);
    const id = result.outputs['submission-id'];
    expect(fake.submission(id).committed).toBe(true);
    expect(errorAnnotations(result.log)[0]).toMatch(/Commit submission .* whether it went through is unknown/);
    expect(errorAnnotations(result.log)[0]).toMatch(/MS-CorrelationId/);
    expect(result.log).toMatch(
      new RegExp(`Submission ${id} .* was being committed and the answer did not come: it may be committed`)
    );
    expect(result.log).not.toMatch(/not committed; the next run replaces it/);
    expect(result.summary).toContain('whether the commit went through is unknown');
  });
});

describe('a block refused while others are in flight', () => {
  test.each([403, 413])(
    'HTTP %s on a block: ::error:: naming the block, outputs, summary, left-behind line',
    async (status) => {
      await setup();
      const zip = await rig.zip('big.zip', { [PACKAGE]: randomBytes(33 * 1024 * 1024) });
      proxy.fault({
        match: (r) => r.comp === 'block',
        nth: 3,
        status,
        errorCode: status === 403 ? 'AuthenticationFailed' : 'RequestBodyTooLarge'
      });
      const result = await publish(zip);
      expectCleanFailure(result);
      expect(errorAnnotations(result.log)[0]).toMatch(new RegExp(`Put Block \\d+/5 failed with HTTP ${status}`));
      expect(errorAnnotations(result.log)[0]).toMatch(/x-ms-request-id: fault-/);
      expect(result.log).not.toContain('CancelledError');
      const id = result.outputs['submission-id'];
      expect(id).toBeTruthy();
      expect(result.outputs.status).toBe('PendingCommit');
      expect(result.log).toContain(`Submission ${id} of the app ${APP_ID}`);
      expect(result.log).toMatch(/not committed; the next run replaces it/);
    }
  );

  test('Put Block List carried out with its answer lost: sent again, it succeeds and the blob is whole', async () => {
    const fake = await setup();
    const bytes = randomBytes(33 * 1024 * 1024);
    const zip = await rig.zip('big.zip', { [PACKAGE]: bytes });
    proxy.fault({ match: (r) => r.comp === 'blocklist', lose: true });
    const result = await publish(zip);
    expect(result.code).toBe(0);
    expect(proxy.requests.filter((r) => r.comp === 'blocklist').map((r) => r.fault ?? 'ok')).toEqual(['lose', 'ok']);
    const blob = await fake.uploadedBlob(result.outputs['submission-id']);
    const { readFile } = await import('node:fs/promises');
    expect(blob?.equals(await readFile(zip))).toBe(true);
  });
});

describe('MSI/EXE submit', () => {
  test('submit reset, reset, then carried out with its answer lost: the submission it made is reported', async () => {
    const fake = await startFakeMsiExe({ uploadPolls: 1, metadataPolls: 1, publishPolls: 1 });
    try {
      fake.addClient({ tenantId: 't-msi', clientId: 'c-msi', clientSecret: 'Msi~Secret.for-this-test-only' });
      const product = fake.seedProduct({ sellerId: '123456789' });
      fake.faults.add({ method: 'POST', path: /\/submit$/, kind: 'reset', times: 2 });
      fake.faults.add({ method: 'POST', path: /\/submit$/, kind: 'lose-response' });
      const result = await runAction({
        'tenant-id': 't-msi',
        'client-id': 'c-msi',
        'client-secret': 'Msi~Secret.for-this-test-only',
        'product-id': product.id,
        'seller-id': '123456789',
        'msi-exe-api-url': fake.url,
        'authority-host': fake.url,
        'poll-interval-seconds': '0.05',
        'timeout-minutes': '1'
      });
      expect(result.code).toBe(0);
      expect(fake.submissions).toHaveLength(1);
      expect(result.outputs['submission-id']).toBe(fake.submissions[0].id);
      expect(result.log).toContain(`Submission ${fake.submissions[0].id} was created; using it.`);
    } finally {
      await fake.close();
    }
  });
});

test('no secret, token or upload-URL signature in any log, output or summary of this file', () => {
  rig.expectNoSecretsInLogs();
});
