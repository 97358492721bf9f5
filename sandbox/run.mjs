// The sandbox: a local Partner Center on 127.0.0.1 (fake Store API + Azure AD,
// real Azure blob service via Azurite), an app with a pending submission, and
// one run of the bundled action against it. No credentials, no internet.
//
//   npm run sandbox                 (after npm ci)
//   npm run sandbox -- --faults     the same, on a bad day: throttling, a 503, a lost create, a lost commit
//   npm run sandbox -- --input submission-json-file=my.json --input package-zip=my.zip   your own inputs
//   npm run sandbox -- --help
//   npm run sandbox -- --msi-exe    an MSI/EXE product through the MSI/EXE API's fake instead (see ./msi-exe.mjs)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from '../__fixtures__/azurite.mjs';
import { startFakeStore } from '../__fixtures__/fake-store/index.mjs';
import { makeZip } from '../__fixtures__/make-zip.mjs';
import { ACTION_ENTRY, readActionYml } from '../__fixtures__/run-action.mjs';
import { parseSandboxOptions, runInputs, SANDBOX_COMMIT_OUTCOME, USAGE, UsageError } from './options.mjs';
import { endRule, rule, runStep } from './step.mjs';

const TENANT = 'sandbox-tenant';
const CLIENT = '00000000-0000-0000-0000-00000000c11e';
const SECRET = 'sandbox-secret-not-real';
const DEFAULT_APP = '9NBLGGH4R315';

let options;
try {
  options = parseSandboxOptions(process.argv.slice(2), Object.keys(readActionYml().inputs));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`sandbox: ${error.message}\nRun 'npm run sandbox -- --help' for the usage.`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
// npm runs scripts in the package's folder; the user's relative paths are relative to where they ran npm.
const userDir = process.env.INIT_CWD ?? process.cwd();
const APP = options.inputs['application-id'] || DEFAULT_APP;

if (!existsSync(ACTION_ENTRY)) {
  console.error(`No ${ACTION_ENTRY}: run 'npm ci' first (dist/ is committed; 'npm run build' rebuilds it).`);
  process.exit(1);
}

if (options.msiExe) {
  const { runMsiExeSandbox } = await import('./msi-exe.mjs');
  process.exit(await runMsiExeSandbox({ faults: options.faults, inputs: options.inputs, userDir }));
}

const dir = mkdtempSync(join(tmpdir(), 'store-sandbox-'));
const azurite = await startAzurite();
const fake = await startFakeStore({
  blob: { endpoint: azurite.endpoint, accountName: AZURITE_ACCOUNT, accountKey: AZURITE_KEY }
});
let exitCode = 1;
try {
  fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  const published = {
    applicationCategory: 'Productivity',
    pricing: { trialPeriod: 'NoFreeTrial', priceId: 'Free' },
    visibility: 'Public',
    targetPublishMode: 'Immediate',
    listings: {
      'en-us': {
        baseListing: {
          title: 'Contoso Notes',
          description: 'Take notes fast.',
          releaseNotes: 'First release',
          images: [{ fileName: 'screens/main.png', fileStatus: 'Uploaded', id: '11', imageType: 'Screenshot' }]
        }
      }
    },
    applicationPackages: [
      { fileName: 'ContosoNotes_1.0.0.0_x64.msixupload', fileStatus: 'Uploaded', id: '101', version: '1.0.0.0' }
    ]
  };
  fake.seedApp({
    id: APP,
    name: 'Contoso Notes',
    published,
    pending: { ...published, notesForCertification: 'an old draft' }
  });
  fake.setCommitOutcome(SANDBOX_COMMIT_OUTCOME);
  const withFaults = options.faults;
  if (withFaults) {
    fake.faults.add({ method: 'GET', path: `applications/${APP}`, kind: 503 });
    fake.faults.add({ method: 'POST', path: `applications/${APP}/submissions`, kind: 'lose-response' });
    fake.faults.add({ method: 'PUT', kind: 429, retryAfter: '2', gatewayBody: true });
    fake.faults.add({ method: 'POST', path: /\/commit$/, kind: 'lose-response' });
  }
  const pendingId = fake.app(APP).pendingApplicationSubmission.id;

  const zip = await makeZip(join(dir, 'store.zip'), {
    'ContosoNotes_1.1.0.0_x64.msixupload': Buffer.alloc(64 * 1024, 7)
  });
  // The listing (texts and screenshots, in English and German) comes from the example folder store/listings/.
  const listingsFolder = fileURLToPath(new URL('./store/listings', import.meta.url));
  const submissionJson = {
    applicationPackages: [
      { fileName: 'ContosoNotes_1.0.0.0_x64.msixupload', fileStatus: 'PendingDelete', id: '101' },
      {
        fileName: 'ContosoNotes_1.1.0.0_x64.msixupload',
        fileStatus: 'PendingUpload',
        minimumDirectXVersion: 'None',
        minimumSystemRam: 'None'
      }
    ]
  };

  rule('local Partner Center');
  console.log(`Store API and Azure AD: ${fake.url}   blob service (Azurite): ${azurite.endpoint}`);
  console.log(`App ${APP} has a pending submission ${pendingId} that the action will replace.`);
  if (withFaults) {
    console.log('Faults injected: 503 on the first read of the app, the create carried out but its answer lost,');
    console.log('429 (Retry-After: 2) on the PUT, the commit carried out but its answer lost.');
  }
  const inputs = runInputs({
    defaults: {
      'tenant-id': TENANT,
      'client-id': CLIENT,
      'client-secret': SECRET,
      'application-id': APP,
      'poll-interval-seconds': '1',
      'timeout-minutes': '2',
      'store-api-url': fake.url,
      'authority-host': fake.url
    },
    sample: {
      'submission-json': JSON.stringify(submissionJson),
      'package-zip': zip,
      'listings-folder': listingsFolder
    },
    user: options.inputs
  });
  const result = await runStep(inputs, {
    userDir,
    secrets: [SECRET],
    userGaveInputs: Object.keys(options.inputs).length > 0
  });

  rule('what the local Store holds now');
  const created = fake.submission(result.outputs['submission-id']);
  console.log(`old pending ${pendingId}: ${fake.submission(pendingId).deleted ? 'deleted' : 'still there'}`);
  if (created) {
    console.log(
      `new ${created.id}: status ${created.status}, committed ${created.committed}, zip held: ${(created.uploadedEntries ?? []).join(', ')}`
    );
    for (const [language, listing] of Object.entries(created.listings ?? {})) {
      const base = listing.baseListing ?? {};
      const images = (base.images ?? []).map((image) => `${image.imageType} ${image.fileName}`).join(', ');
      console.log(
        `listing ${language}: '${base.title}', release notes '${base.releaseNotes}', images: ${images || 'none'}`
      );
    }
  }
  console.log(
    `calls that changed something: ${fake
      .mutations()
      .map((r) => `${r.method} ${r.path}`)
      .join('; ')}`
  );
  endRule(result);
  exitCode = result.code ?? 1;
} finally {
  await fake.close();
  await azurite.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
