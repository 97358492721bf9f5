/**
 * Each kind of run, started as the runner starts it (every action.yml default
 * set, through __fixtures__/run-action.mjs) with only the inputs the README's
 * example for it sets, expressions filled in: an app with package-zip, a
 * flight, an add-on, package mode (the README's quick start, on a folder as
 * msbuild writes it), a dry run, operation: rollout, an MSI/EXE product, an
 * MSI/EXE product with commit: false, operation: status and operation: export.
 * Besides the example's inputs a run gets only the local plumbing: where the
 * fakes listen (store-api-url or msi-exe-api-url, authority-host), the OIDC
 * service of the fake runner, and quick status reads.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeMsiExe } from '../../__fixtures__/fake-msi-exe/index.mjs';
import { makeZip } from '../../__fixtures__/make-zip.mjs';
import { writeMsbuildOutput } from '../../__fixtures__/build-output.js';
import { actionSteps, expand, type ActionStep } from '../../__fixtures__/readme-examples.js';
import { APP_ID, CLIENT, publishedAppSubmission, Rig, TENANT } from '../../__fixtures__/rig.js';
import { runAction } from '../../__fixtures__/run-action.mjs';

const SELLER = '123456789';
const PRODUCT = '3e31a9f9-84e8-4d2d-9eba-487878d02ebf';
const TAG = 'v1.2.0';

/** Every expression the examples use, as a release on tag v1.2.0 of contoso/notes would fill it in. */
const EXPRESSIONS: Record<string, string> = {
  'vars.AZURE_TENANT_ID': TENANT,
  'vars.AZURE_CLIENT_ID': CLIENT,
  'vars.STORE_SELLER_ID': SELLER,
  'github.ref_name': TAG,
  'github.server_url': 'https://github.com',
  'github.repository': 'contoso/notes',
  'github.event.release.body': 'Sync across devices.',
  'inputs.action': 'halt',
  "inputs.action == 'update' && inputs.percentage || ''": ''
};

const steps = actionSteps();

/** The README's example for one kind of run: the first step that fits. */
function example(kind: string, fits: (w: Record<string, string>) => boolean): ActionStep {
  const step = steps.find((s) => fits(s.with));
  if (!step) throw new Error(`The README has no example of ${kind}.`);
  return step;
}

const has = (w: Record<string, string>, ...names: string[]): boolean => names.every((n) => n in w);
const none = (w: Record<string, string>, ...names: string[]): boolean => names.every((n) => !(n in w));
const EXAMPLES = {
  app: example(
    'an app with package-zip',
    (w) => has(w, 'package-zip', 'submission-json') && none(w, 'flight-name', 'add-on-product-id', 'commit')
  ),
  flight: example('a flight', (w) => has(w, 'flight-name')),
  addOn: example('an add-on', (w) => has(w, 'add-on-product-id')),
  packages: example('package mode', (w) => has(w, 'packages', 'tenant-id') && none(w, 'dry-run', 'listings-folder')),
  dryRun: example('a dry run', (w) => w['dry-run'] === 'true'),
  rollout: example('operation: rollout', (w) => w.operation === 'rollout'),
  msiExe: example('an MSI/EXE product', (w) => has(w, 'product-id') && none(w, 'commit')),
  msiExeDraft: example('an MSI/EXE product with commit: false', (w) => has(w, 'product-id') && w.commit === 'false'),
  status: example('operation: status', (w) => w.operation === 'status'),
  export: example('operation: export', (w) => w.operation === 'export')
};

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

let workspaces = 0;
function workspace(): string {
  const dir = rig.path(`readme-ws${++workspaces}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The example's inputs, expressions filled in. */
function inputsOf(step: ActionStep): Record<string, string> {
  return Object.fromEntries(Object.entries(step.with).map(([name, value]) => [name, expand(value, EXPRESSIONS)]));
}

type Fake = {
  url: string;
  oidc: { requestUrl: string; requestToken: string };
  addFederatedClient: (client: { tenantId: string; clientId: string }) => void;
};

/** Runs the example as the runner would, signed in by the fake runner's OIDC (the examples keep no secret). */
async function runExample(step: ActionStep, fake: Fake, cwd: string, api: 'msix' | 'msi-exe' = 'msix') {
  fake.addFederatedClient({ tenantId: TENANT, clientId: CLIENT });
  const result = await runAction(
    {
      ...inputsOf(step),
      [api === 'msix' ? 'store-api-url' : 'msi-exe-api-url']: fake.url,
      'authority-host': fake.url,
      'poll-interval-seconds': '0.05'
    },
    {
      cwd,
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: fake.oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: fake.oidc.requestToken
      }
    }
  );
  rig.logs.push(result.log + result.summary + JSON.stringify(result.outputs));
  if (result.code !== 0)
    throw new Error(`The README example at ${step.block.file}:${step.block.line} failed:\n${result.log}`);
  return result;
}

async function app(seed: Record<string, unknown> = {}) {
  const fake = await rig.newFake();
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: { ...publishedAppSubmission(), ...seed } });
  return fake;
}

/** The files the example's submission JSON marks PendingUpload, at their fileName. */
function pendingFileNames(step: ActionStep): string[] {
  const names: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.fileStatus === 'PendingUpload' && typeof record.fileName === 'string') names.push(record.fileName);
      Object.values(record).forEach(walk);
    }
  };
  walk(JSON.parse(inputsOf(step)['submission-json']));
  expect(names.length).toBeGreaterThan(0);
  return names;
}

/** The zip the example's workflow builds before the step: every PendingUpload file at its path. */
async function exampleZip(step: ActionStep, ws: string): Promise<string[]> {
  const names = pendingFileNames(step);
  await makeZip(join(ws, inputsOf(step)['package-zip']), Object.fromEntries(names.map((n) => [n, Buffer.from(n)])));
  return names;
}

/**
 * The quick start's build output for the seeded app (FakePublisher.ContosoNotes), version 1.1.0.0, as msbuild
 * writes it: the upload file, and the same bundle again in `_Test/` with the framework packages.
 */
async function buildOutput(dir: string): Promise<void> {
  await writeMsbuildOutput(join(dir, 'out'), {
    project: 'ContosoNotes',
    identity: 'FakePublisher.ContosoNotes',
    version: '1.1.0.0'
  });
}

describe("each kind of run, with only the README example's inputs and every action.yml default", () => {
  test('an app with package-zip and its submission JSON', async () => {
    const fake = await app();
    const ws = workspace();
    const [upload] = await exampleZip(EXAMPLES.app, ws);
    const result = await runExample(EXAMPLES.app, fake, ws);
    const submission = fake.submission(result.outputs['submission-id']);
    expect(submission.status).not.toBe('PendingCommit');
    expect(JSON.stringify(submission.puts[0].applicationPackages)).toContain(upload);
  });

  test('a package flight, created by name (below the Beta flight the example names)', async () => {
    const fake = await app();
    fake.seedFlight(APP_ID, { friendlyName: 'Beta', published: true });
    const ws = workspace();
    await exampleZip(EXAMPLES.flight, ws);
    const result = await runExample(EXAMPLES.flight, fake, ws);
    expect(result.outputs['flight-id']).not.toBe('');
    expect(fake.submission(result.outputs['submission-id']).status).not.toBe('PendingCommit');
  });

  test('an add-on, created by product ID', async () => {
    const fake = await app();
    const ws = workspace();
    await exampleZip(EXAMPLES.addOn, ws);
    const result = await runExample(EXAMPLES.addOn, fake, ws);
    expect(result.outputs['add-on-id']).not.toBe('');
    expect(fake.submission(result.outputs['submission-id']).status).not.toBe('PendingCommit');
  });

  test("package mode, the README's quick start: its pattern takes the upload file alone", async () => {
    expect(EXAMPLES.packages.block.file).toBe('README.md');
    const fake = await app();
    const ws = workspace();
    await buildOutput(ws);
    const result = await runExample(EXAMPLES.packages, fake, ws);
    const put = fake.submission(result.outputs['submission-id']).puts[0];
    expect(JSON.stringify(put.applicationPackages)).toContain('ContosoNotes_1.1.0.0_x64_bundle.msixupload');
    const list = put.applicationPackages as { fileName: string; fileStatus: string }[];
    expect(list.filter((p) => p.fileStatus === 'PendingUpload').map((p) => p.fileName)).toEqual([
      'ContosoNotes_1.1.0.0_x64_bundle.msixupload'
    ]);
  });

  test('a dry run changes nothing', async () => {
    const fake = await app();
    const ws = workspace();
    await buildOutput(ws);
    writeFileSync(join(ws, 'notes.md'), 'Sync across devices.\r\n');
    const result = await runExample(EXAMPLES.dryRun, fake, ws);
    expect(result.log).toContain('Dry run finished: nothing was changed.');
    expect(fake.requests.filter((r: { method: string }) => r.method !== 'GET')).toEqual([]);
  });

  test('operation: rollout (halt, from the workflow_dispatch example)', async () => {
    const fake = await app({ rollout: { percentage: 25 } });
    const result = await runExample(EXAMPLES.rollout, fake, workspace());
    expect(result.outputs['rollout-status']).toBe('PackageRolloutStopped');
  });

  test('an MSI/EXE product', async () => {
    const fake = await startFakeMsiExe({ uploadPolls: 1, metadataPolls: 1, publishPolls: 1 });
    try {
      fake.seedProduct({ id: PRODUCT, sellerId: SELLER });
      const result = await runExample(EXAMPLES.msiExe, fake, workspace(), 'msi-exe');
      expect(fake.submissions.map((s: { id: string }) => s.id)).toEqual([result.outputs['submission-id']]);
    } finally {
      await fake.close();
    }
  });

  test('an MSI/EXE product with commit: false keeps the draft unsubmitted', async () => {
    const fake = await startFakeMsiExe({ uploadPolls: 1, metadataPolls: 1, publishPolls: 1 });
    try {
      fake.seedProduct({ id: PRODUCT, sellerId: SELLER });
      const result = await runExample(EXAMPLES.msiExeDraft, fake, workspace(), 'msi-exe');
      expect(result.outputs['submission-id']).toBe('');
      expect(fake.submissions).toEqual([]);
      expect(fake.product(PRODUCT)?.packages?.length).toBe(1);
    } finally {
      await fake.close();
    }
  });

  test('operation: status (the scheduled workflow) reads and changes nothing', async () => {
    expect(EXAMPLES.status.block.file).toBe('README.md');
    const fake = await app();
    const result = await runExample(EXAMPLES.status, fake, workspace());
    expect(result.outputs.status).toBe('Published');
    expect(result.summary).toContain('Microsoft Store status');
    expect(fake.mutations()).toEqual([]);
  });

  test('operation: export writes the listings folder into the workspace', async () => {
    const fake = await app();
    const ws = workspace();
    const result = await runExample(EXAMPLES.export, fake, ws);
    const folder = inputsOf(EXAMPLES.export)['listings-folder'];
    expect(readFileSync(join(ws, folder, 'en-us', 'title.txt'), 'utf8')).toBe('Contoso Notes\n');
    expect(result.log).toContain(`Wrote ${join(folder, 'en-us', 'title.txt')}.`);
    expect(fake.mutations()).toEqual([]);
  });

  test('nothing secret in any log', () => {
    rig.expectNoSecretsInLogs();
  });
});
