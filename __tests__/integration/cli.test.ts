/**
 * The command line (dist/cli/index.js, as `npm pack` ships it) end to end against the local Partner Center and the
 * local MSI/EXE fake: outputs as lines, --json and dotenv, the Azure Pipelines format, masking, exit codes, a bad
 * option, and workload identity from a token file.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ID, CLIENT, publishedAppSubmission, Rig, SECRET, TENANT } from '../../__fixtures__/rig.js';
import { MSI_CLIENT, MSI_SECRET, MSI_TENANT, MsiExeRig, PRODUCT, SELLER } from '../../__fixtures__/msi-exe-rig.js';

const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-'));
const rig = new Rig();
const msi = new MsiExeRig();
beforeAll(() => rig.start());
afterAll(async () => {
  await rig.stop();
  await msi.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with only the environment given (and PATH, for node), as a CI job would. */
function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', SYSTEMROOT: process.env.SYSTEMROOT ?? '', ...env }
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const PACKAGE = 'ContosoNotes_1.1.0.0_x64.msixupload';
const lines = (stdout: string): Record<string, string> =>
  Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => /^[a-z-]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
  );

async function appArgs(command = 'publish'): Promise<string[]> {
  const fake = await rig.newFake();
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
  const zip = await rig.zip('cli.zip', { [PACKAGE]: 'msix bytes' });
  const changes = {
    applicationPackages: [{ fileName: PACKAGE, fileStatus: 'PendingUpload' }]
  };
  return [
    command,
    '--application-id',
    APP_ID,
    `--store-api-url=${fake.url}`,
    '--authority-host',
    fake.url,
    '--poll-interval-seconds',
    '0.05',
    '--timeout-minutes',
    '1',
    '--package-zip',
    zip,
    '--submission-json',
    JSON.stringify(changes)
  ];
}

const SECRET_ENV = { AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: SECRET };

function expectNoSecrets(text: string): void {
  for (const secret of rig.secrets()) expect(text).not.toContain(secret);
}

describe('msstore-submit, end to end', () => {
  test('publish: the Store holds the committed submission; outputs as name=value lines and a dotenv file', async () => {
    const dotenvFile = join(dir, 'outputs.env');
    const summaryFile = join(dir, 'summary.md');
    const args = await appArgs();
    const result = await cli([...args, '--output-file', dotenvFile, '--summary-file', summaryFile], SECRET_ENV);
    expect(result.stderr).toContain('Signing in to Azure AD tenant');
    expect(result.code).toBe(0);
    const outputs = lines(result.stdout);
    const id = outputs['submission-id'];
    expect(rig.fake.submission(id).committed).toBe(true);
    expect(outputs.status).toBe('PreProcessing');
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['status-details', 'partner-center-url']));
    expect(readFileSync(dotenvFile, 'utf8')).toContain(`SUBMISSION_ID=${id}\nSTATUS=PreProcessing\n`);
    expect(readFileSync(summaryFile, 'utf8')).toContain(id);
    expectNoSecrets(result.stdout + result.stderr + readFileSync(summaryFile, 'utf8'));
  });

  test('--json: one JSON object on stdout; the log stays on stderr', async () => {
    const result = await cli([...(await appArgs()), '--json'], SECRET_ENV);
    expect(result.code).toBe(0);
    const outputs = JSON.parse(result.stdout) as Record<string, string>;
    expect(rig.fake.submission(outputs['submission-id']).committed).toBe(true);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('Azure Pipelines: output variables, the secret only in setsecret, errors as logissue, the summary uploaded', async () => {
    const agentTemp = mkdtempSync(join(dir, 'agent-'));
    const env = { ...SECRET_ENV, TF_BUILD: 'True', AGENT_TEMPDIRECTORY: agentTemp };
    const result = await cli(await appArgs(), env);
    expect(result.code).toBe(0);
    const id = lines(result.stdout)['submission-id'];
    expect(result.stdout).toContain(`##vso[task.setvariable variable=SUBMISSION_ID;isOutput=true;]${id}\n`);
    expect(result.stdout).toMatch(/##vso\[task\.uploadsummary\][^\n]*msstore-submit-summary-\d+\.md\n/);
    const withoutSetSecret = (result.stdout + result.stderr)
      .split('\n')
      .filter((l) => !l.startsWith('##vso[task.setsecret]'))
      .join('\n');
    expect(result.stdout).toContain(`##vso[task.setsecret]${SECRET}\n`);
    expectNoSecrets(withoutSetSecret);

    // A failure: the error as a logissue, exit 1.
    const refused = await cli([...(await appArgs()), '--application-id', 'not-an-id'].slice(0), env);
    expect(refused.code).toBe(2); // given twice: a usage error
    const failed = await cli(
      (await appArgs()).map((a) => (a === APP_ID ? '9NBLGGH4R999' : a)),
      env
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/##vso\[task\.logissue type=error;\][^\n]*9NBLGGH4R999/);
  });

  test('bad usage: exit 2 and one clear line, before any request', async () => {
    const fake = await rig.newFake();
    const at = [`--store-api-url=${fake.url}`, `--authority-host=${fake.url}`];
    const unknown = await cli(['publish', ...at, '--aplication-id', APP_ID], SECRET_ENV);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/--aplication-id.*application-id/);
    const secret = await cli(['publish', '--client-secret', 'hunter2-on-the-command-line'], {});
    expect(secret.code).toBe(2);
    expect(secret.stderr).toContain('AZURE_CLIENT_SECRET');
    expect(secret.stderr).not.toContain('hunter2-on-the-command-line');
    const badValue = await cli(['publish', ...at, '--application-id', APP_ID, '--wait-for', 'forever'], SECRET_ENV);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toMatch(/wait-for/);
    const badInput = await cli(
      ['publish', ...at, '--application-id', APP_ID, '--packages', 'out/*.msix', '--keep-packages', 'nope'],
      SECRET_ENV
    );
    expect(badInput.code).toBe(2); // refused by the run's own checks, before any request: bad usage too
    expect(badInput.stderr).toMatch(/keep-packages/);
    expect(fake.requests).toHaveLength(0);
  });

  test('rollout: a change to the published submission, read back as outputs', async () => {
    const fake = await rig.newFake();
    const published = {
      ...publishedAppSubmission(),
      packageDeliveryOptions: {
        packageRollout: {
          isPackageRollout: true,
          packageRolloutPercentage: 10,
          packageRolloutStatus: 'PackageRolloutInProgress',
          fallbackSubmissionId: '0'
        }
      }
    };
    fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published });
    const result = await cli(
      [
        'rollout',
        '--application-id',
        APP_ID,
        '--rollout-action',
        'finalize',
        `--store-api-url=${fake.url}`,
        `--authority-host=${fake.url}`
      ],
      SECRET_ENV
    );
    expect(result.stderr).toContain('rollout');
    expect(result.code).toBe(0);
    expect(lines(result.stdout)['rollout-status']).toBe('PackageRolloutComplete');
  });

  test('workload identity: the token in AZURE_FEDERATED_TOKEN_FILE signs in, no secret anywhere', async () => {
    const args = await appArgs();
    const fake = rig.fake;
    fake.addFederatedClient({ tenantId: TENANT, clientId: CLIENT });
    const answer = await fetch(`${fake.oidc.requestUrl}&audience=api://AzureADTokenExchange`, {
      headers: { Authorization: `Bearer ${fake.oidc.requestToken}` }
    });
    const { value: token } = (await answer.json()) as { value: string };
    const tokenFile = join(dir, 'federated-token');
    writeFileSync(tokenFile, `${token}\n`);
    const result = await cli(args, {
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_FEDERATED_TOKEN_FILE: tokenFile
    });
    expect(result.stderr).toContain('Signing in');
    expect(result.code).toBe(0);
    expect(rig.fake.submission(lines(result.stdout)['submission-id']).committed).toBe(true);
    expect(result.stdout + result.stderr).not.toContain(token);
  });

  test('status: published and pending submissions as outputs; the Store unchanged', async () => {
    const fake = await rig.newFake();
    const app = fake.seedApp({
      id: APP_ID,
      name: 'Contoso Notes',
      published: publishedAppSubmission(),
      pending: publishedAppSubmission()
    });
    const at = [`--store-api-url=${fake.url}`, `--authority-host=${fake.url}`];
    const result = await cli(['status', '--application-id', APP_ID, ...at], SECRET_ENV);
    expect(result.code).toBe(0);
    const outputs = lines(result.stdout);
    expect(outputs['submission-id']).toBe(app.lastPublishedApplicationSubmission.id);
    expect(outputs['pending-submission-id']).toBe(app.pendingApplicationSubmission.id);
    expect(result.stderr).toContain(`Status of the app ${APP_ID}`);
    expect(fake.mutations()).toEqual([]);
  });

  test('export: the published listings into a folder the publish step reads; refuses to overwrite a changed file', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
    const folder = join(dir, 'exported');
    const at = [`--store-api-url=${fake.url}`, `--authority-host=${fake.url}`];
    const result = await cli(['export', '--application-id', APP_ID, '--listings-folder', folder, ...at], SECRET_ENV);
    expect(result.code).toBe(0);
    expect(readFileSync(join(folder, 'en-us', 'description.txt'), 'utf8')).toContain('Take notes fast.');
    writeFileSync(join(folder, 'en-us', 'description.txt'), 'Edited by hand.\n');
    const again = await cli(['export', '--application-id', APP_ID, '--listings-folder', folder, ...at], SECRET_ENV);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/description\.txt.*overwrite/);
    const forced = await cli(
      ['export', '--application-id', APP_ID, '--listings-folder', folder, '--overwrite', ...at],
      SECRET_ENV
    );
    expect(forced.code).toBe(0);
    expect(readFileSync(join(folder, 'en-us', 'description.txt'), 'utf8')).toContain('Take notes fast.');
    expect(fake.mutations()).toEqual([]);
  });

  test('MSI/EXE: publish through the second API', async () => {
    const fake = await msi.start();
    const installers = JSON.stringify([
      { packageUrl: 'https://contoso.com/app-2.0.msi', languages: ['en-us'], architectures: ['X64'] }
    ]);
    const result = await cli(
      [
        'publish',
        '--product-id',
        PRODUCT,
        '--seller-id',
        SELLER,
        '--installers',
        installers,
        `--msi-exe-api-url=${fake.url}`,
        `--authority-host=${fake.url}`,
        '--poll-interval-seconds',
        '0.05',
        '--timeout-minutes',
        '1',
        '--json'
      ],
      { AZURE_TENANT_ID: MSI_TENANT, AZURE_CLIENT_ID: MSI_CLIENT, AZURE_CLIENT_SECRET: MSI_SECRET }
    );
    expect(result.stderr).toContain('MSI/EXE product');
    expect(result.code).toBe(0);
    const outputs = JSON.parse(result.stdout) as Record<string, string>;
    expect(fake.submission(outputs['submission-id'])).toBeDefined();
    expect(result.stdout + result.stderr).not.toContain(MSI_SECRET);
  });

  test('MSI/EXE: status reads the product and changes nothing', async () => {
    const fake = await msi.start();
    const result = await cli(
      [
        'status',
        '--product-id',
        PRODUCT,
        '--seller-id',
        SELLER,
        `--msi-exe-api-url=${fake.url}`,
        `--authority-host=${fake.url}`,
        '--json'
      ],
      { AZURE_TENANT_ID: MSI_TENANT, AZURE_CLIENT_ID: MSI_CLIENT, AZURE_CLIENT_SECRET: MSI_SECRET }
    );
    expect(result.stderr).toContain(`MSI/EXE product ${PRODUCT}`);
    expect(result.code).toBe(0);
    const outputs = JSON.parse(result.stdout) as Record<string, string>;
    expect(outputs).toHaveProperty('pending-submission-id');
    expect(outputs['partner-center-url']).toContain(PRODUCT);
    expect(fake.mutations()).toEqual([]);
  });
});
