// The MSI/EXE sandbox: a local fake of the Store's MSI/EXE API and Azure AD on 127.0.0.1, a product whose
// draft the action updates, and one run of the bundled action against it. No credentials, no internet.
//
//   npm run sandbox -- --msi-exe            installers + a partial submission-json, wait-for publish
//   npm run sandbox -- --msi-exe --faults   the same with a 429 (Retry-After), a 503 and a lost submit answer
import { startFakeMsiExe } from '../__fixtures__/fake-msi-exe/index.mjs';
import { endRule, rule, runStep } from './step.mjs';

const TENANT = 'sandbox-tenant';
const CLIENT = '00000000-0000-0000-0000-00000000c11e';
const SECRET = 'sandbox-secret-not-real';
const SELLER = '123456789';
const PRODUCT = '3e31a9f9-84e8-4d2d-9eba-487878d02ebf';

/**
 * @param {{ faults: boolean, inputs?: Record<string, string>, userDir?: string }} options  `inputs` (from --input)
 *   override the sandbox's; their relative paths are read from `userDir` (where the user ran npm)
 * @returns {Promise<number>} the step's exit code
 */
export async function runMsiExeSandbox({ faults, inputs = {}, userDir = process.cwd() }) {
  const fake = await startFakeMsiExe({ uploadPolls: 2, metadataPolls: 1, publishPolls: 3 });
  try {
    fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
    // The product's draft has an English and a German listing, as the example listings folder (store/listings/).
    const english = fake.seedProduct({ id: PRODUCT, sellerId: SELLER }).listings[0];
    const german = { ...english, language: 'de-de', description: 'Contoso Notes: schnell Notizen machen.' };
    const before = fake.seedProduct({
      id: PRODUCT,
      sellerId: SELLER,
      listings: [english, { ...german, whatsNew: '' }]
    });
    if (faults) {
      fake.faults.add({ method: 'GET', path: `${PRODUCT}/status`, kind: 429, retryAfter: '2' });
      fake.faults.add({ method: 'PUT', path: `${PRODUCT}/packages`, kind: 503 });
      fake.faults.add({ method: 'POST', path: `${PRODUCT}/submit`, kind: 'lose-response' });
    }
    const installers = [
      {
        packageUrl: 'https://downloads.contoso.com/notes/2.0.0/ContosoNotes-2.0.0-x64.msi',
        languages: ['en-us'],
        architectures: ['x64']
      },
      {
        packageUrl: 'https://downloads.contoso.com/notes/2.0.0/ContosoNotesSetup-2.0.0-arm64.exe',
        languages: ['en-us'],
        architectures: ['arm64'],
        installerParameters: '/S',
        genericDocUrl: 'https://contoso.com/setup-errors'
      }
    ];
    const submissionJson = { listings: { 'en-us': { whatsNew: 'Version 2.0: sync across devices.' } } };

    rule('local Partner Center (MSI/EXE API)');
    console.log(`MSI/EXE API and Azure AD: ${fake.url}`);
    console.log(
      `Product ${PRODUCT} (seller ${SELLER}) has ${before.packages.length} package(s): ${before.packages.map((p) => p.packageUrl).join(', ')}`
    );
    if (faults)
      console.log(
        'Faults injected: 429 (Retry-After: 2) on the first status read, 503 on PUT packages, the submit carried out but its answer lost.'
      );
    const result = await runStep(
      {
        'tenant-id': TENANT,
        'client-id': CLIENT,
        'client-secret': SECRET,
        'product-id': PRODUCT,
        'seller-id': SELLER,
        installers: JSON.stringify(installers),
        'submission-json': JSON.stringify(submissionJson),
        'wait-for': 'publish',
        'poll-interval-seconds': '1',
        'timeout-minutes': '2',
        'msi-exe-api-url': fake.url,
        'authority-host': fake.url,
        ...inputs
      },
      { userDir, secrets: [SECRET], userGaveInputs: Object.keys(inputs).length > 0 }
    );

    rule('what the local Store holds now');
    const after = fake.product(PRODUCT);
    console.log(
      `packages: ${after.packages.map((p) => `${p.packageUrl} [${p.architectures}, ${p.packageType}]`).join('; ')}`
    );
    for (const listing of after.listings) {
      const was = before.listings.find((l) => l.language === listing.language);
      const description = listing.description === was?.description ? 'kept' : JSON.stringify(listing.description);
      console.log(
        `listing ${listing.language}: whatsNew ${JSON.stringify(listing.whatsNew)}, description ${description}`
      );
    }
    for (const s of fake.submissions) console.log(`submission ${s.id}: ${s.publishingStatus}`);
    console.log(
      `calls that changed something: ${fake
        .mutations()
        .map((r) => `${r.method} ${r.path}`)
        .join('; ')}`
    );
    endRule(result);
    return result.code ?? 1;
  } finally {
    await fake.close();
  }
}
