// The soak's local Partner Center: the big files every run uploads (once per soak), and per run a fresh fake
// (the Store's or the MSI/EXE API's), seeded for the run's scenario, with a blob fault proxy of its own.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AZURITE_ACCOUNT, AZURITE_KEY } from '../../__fixtures__/azurite.mjs';
import { startFaultProxy } from '../../__fixtures__/blob-fault-proxy.mjs';
import { startFakeMsiExe } from '../../__fixtures__/fake-msi-exe/index.mjs';
import { startFakeStore } from '../../__fixtures__/fake-store/index.mjs';
import { zipBuffer } from '../../__fixtures__/make-zip.mjs';

export const TENANT = 'soak-tenant-0001';
export const CLIENT = '77777777-8888-9999-aaaa-bbbbbbbbbbbb';
export const SECRET = 'Soak~Secret.Value_that-must-never-show';
export const APP_ID = '9NBLGGH4R315';
export const SELLER = '123456789';
const PUBLISHER = 'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US';
const PACKAGE = 'ContosoNotes_2.0.0.0_x64.msixupload';
const MSIX = 'ContosoNotes_2.0.0.0_x64.msix';
/** Just above the action's single-Put-Blob limit (32 MiB): five blocks of 8 MiB, the last one small. */
const PAYLOAD = 32 * 1024 * 1024;

const manifest = `<?xml version="1.0" encoding="utf-8"?>
<Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10">
  <Identity Name="FakePublisher.ContosoNotes" Publisher="${PUBLISHER.replace(/"/g, '&quot;')}" Version="2.0.0.0" ProcessorArchitecture="x64" />
  <Properties><DisplayName>Contoso Notes</DisplayName><PublisherDisplayName>Contoso</PublisherDisplayName></Properties>
  <Dependencies><TargetDeviceFamily Name="Windows.Desktop" MinVersion="10.0.17763.0" MaxVersionTested="10.0.22621.0" /></Dependencies>
</Package>
`;

/** Writes the files the runs upload: a package zip and a package-mode workspace, each above the block threshold. */
export async function writeFiles(dir) {
  const payload = randomBytes(PAYLOAD);
  const zip = join(dir, 'package.zip');
  writeFileSync(zip, await zipBuffer([{ name: PACKAGE, data: payload }]));
  const workspace = join(dir, 'workspace');
  mkdirSync(join(workspace, 'AppPackages'), { recursive: true });
  const msix = await zipBuffer([
    { name: 'AppxManifest.xml', data: manifest },
    { name: 'payload.bin', data: payload }
  ]);
  writeFileSync(join(workspace, 'AppPackages', MSIX), msix);
  return { zip, workspace, msix, msixName: MSIX };
}

const publishedApp = () => ({
  targetPublishMode: 'Immediate',
  listings: {
    'en-us': { baseListing: { title: 'Contoso Notes', description: 'Notes.', releaseNotes: '' }, platformOverrides: {} }
  },
  notesForCertification: '',
  applicationPackages: [
    { fileName: 'ContosoNotes_1.0.0.0_x64.msixupload', fileStatus: 'Uploaded', id: '1001', version: '1.0.0.0' }
  ]
});
const publishedFlight = () => ({
  flightPackages: [{ fileName: 'ContosoNotes_1.1.0.0_x64.msixupload', fileStatus: 'Uploaded', id: '2001' }],
  targetPublishMode: 'Immediate',
  notesForCertification: ''
});
const publishedAddOn = () => ({
  contentType: 'BookDownload',
  keywords: ['notes'],
  lifetime: 'Forever',
  visibility: 'Public',
  targetPublishMode: 'Immediate',
  pricing: { priceId: 'Tier2' },
  listings: { 'en-us': { title: 'Pro pack', description: 'More themes' } }
});

const pendingPackage = (field) => ({ [field]: [{ fileName: PACKAGE, fileStatus: 'PendingUpload' }] });

/**
 * A fresh fake for one run of `scenario`, and the run's inputs and parent.
 * @param {{ kind: string, pending: boolean }} scenario
 * @param {{ endpoint: string, port: number }} azurite
 * @param {{ zip: string, workspace: string }} files
 */
export async function startWorld(scenario, azurite, files) {
  if (scenario.kind === 'msi-exe') return msiExeWorld(scenario);
  const proxy = await startFaultProxy({ target: `http://127.0.0.1:${azurite.port}` });
  const fake = await startFakeStore({
    blob: {
      endpoint: azurite.endpoint,
      accountName: AZURITE_ACCOUNT,
      accountKey: AZURITE_KEY,
      publicEndpoint: `${proxy.origin}/${AZURITE_ACCOUNT}`
    }
  });
  fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  const base = {
    'tenant-id': TENANT,
    'client-id': CLIENT,
    'client-secret': SECRET,
    'store-api-url': fake.url,
    'authority-host': fake.url,
    'poll-interval-seconds': '0.05',
    'timeout-minutes': '2',
    'request-timeout-seconds': '20'
  };
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedApp(), ...pendingOf(scenario, publishedApp) });
  let parent = `applications/${APP_ID}`;
  let inputs;
  let cwd;
  if (scenario.kind === 'flight') {
    const flight = fake.seedFlight(APP_ID, {
      friendlyName: 'Beta',
      groupIds: ['1'],
      published: publishedFlight(),
      ...pendingOf(scenario, publishedFlight)
    });
    parent = `${parent}/flights/${flight.flightId}`;
    inputs = {
      'application-id': APP_ID,
      'flight-id': flight.flightId,
      'submission-json': JSON.stringify(pendingPackage('flightPackages')),
      'package-zip': files.zip
    };
  } else if (scenario.kind === 'add-on') {
    const addOn = fake.seedAddOn({
      productId: 'pro-pack',
      applicationIds: [APP_ID],
      published: publishedAddOn(),
      ...pendingOf(scenario, publishedAddOn)
    });
    parent = `inappproducts/${addOn.id}`;
    inputs = {
      'add-on-id': addOn.id,
      'submission-json': JSON.stringify({ keywords: ['notes', 'soak'] }),
      'package-zip': files.zip
    };
  } else if (scenario.kind === 'package') {
    inputs = { 'application-id': APP_ID, packages: 'AppPackages/*.msix', 'release-notes': 'Soak run.' };
    cwd = files.workspace;
  } else {
    inputs = {
      'application-id': APP_ID,
      'submission-json': JSON.stringify(pendingPackage('applicationPackages')),
      'package-zip': files.zip
    };
  }
  return {
    api: 'store',
    fake,
    proxy,
    parent,
    inputs: { ...base, ...inputs },
    cwd,
    close: async () => {
      await fake.close();
      await proxy.stop();
    }
  };
}

function pendingOf(scenario, fields) {
  return scenario.pending ? { pending: fields() } : {};
}

async function msiExeWorld(scenario) {
  const fake = await startFakeMsiExe({ uploadPolls: 1, metadataPolls: 1, publishPolls: 1 });
  fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  const product = fake.seedProduct({ sellerId: SELLER });
  const installers = [
    {
      packageUrl: 'https://downloads.contoso.com/notes/2.0.0/ContosoNotes-2.0.0-x64.msi',
      languages: ['en-us'],
      architectures: ['x64']
    }
  ];
  const inputs = {
    'tenant-id': TENANT,
    'client-id': CLIENT,
    'client-secret': SECRET,
    'product-id': product.id,
    'seller-id': SELLER,
    'msi-exe-api-url': fake.url,
    'authority-host': fake.url,
    'poll-interval-seconds': '0.05',
    'timeout-minutes': '2',
    'request-timeout-seconds': '20',
    ...(scenario.pending ? { installers: JSON.stringify(installers) } : {}),
    'submission-json': JSON.stringify({ listings: { 'en-us': { whatsNew: 'Soak run.' } } })
  };
  return { api: 'msi-exe', fake, parent: product.id, inputs, close: () => fake.close() };
}
