// The benches' local Partner Center: Azurite, a `bench` container, the fake Store with one client, SAS URLs, and
// the bundled action run against it with its peak RSS and wall time measured.
import { performance } from 'node:perf_hooks';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential
} from '@azure/storage-blob';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from '../../__fixtures__/azurite.mjs';
import { startFakeStore } from '../../__fixtures__/fake-store/index.mjs';
import { runAction } from '../../__fixtures__/run-action.mjs';
import { watchPeakRss } from './processes.mjs';

export const TENANT = 'bench-tenant';
export const CLIENT = '00000000-0000-0000-0000-0000000be4c4';
export const SECRET = 'bench-secret-not-real';

/**
 * Starts Azurite (with a `bench` container) and, unless `store` is false, the fake Store with the bench's client.
 * stop() stops both.
 * @param {{ store?: boolean }} [options]
 */
export async function startBenchServers({ store = true } = {}) {
  const azurite = await startAzurite();
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const service = new BlobServiceClient(azurite.endpoint, credential);
  const container = service.getContainerClient('bench');
  await container.create();
  const fake = store
    ? await startFakeStore({
        blob: { endpoint: azurite.endpoint, accountName: AZURITE_ACCOUNT, accountKey: AZURITE_KEY }
      })
    : undefined;
  fake?.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  return {
    azurite,
    service,
    container,
    fake,
    /**
     * A read-create-write SAS URL of a blob in `bench`, as the SDK writes it (`sdk`) and as the Store hands it out,
     * with a raw + in the signature (`store`).
     * @param {string} blob
     */
    sasUrl(blob) {
      const query = generateBlobSASQueryParameters(
        {
          containerName: 'bench',
          blobName: blob,
          permissions: BlobSASPermissions.parse('rcw'),
          startsOn: new Date(Date.now() - 3600_000),
          expiresOn: new Date(Date.now() + 6 * 3600_000),
          protocol: SASProtocol.HttpsAndHttp
        },
        credential
      ).toString();
      const sdk = `${azurite.endpoint}/bench/${blob}?${query}`;
      return { sdk, store: sdk.replace(/sig=([^&]*)/, (_m, sig) => `sig=${decodeURIComponent(sig)}`) };
    },
    async stop() {
      await fake?.close();
      await azurite.stop();
    }
  };
}

/**
 * Seeds a published app and answers the inputs that point the action at it (sign-in, app, the fake's URLs, quick
 * polls); add the package inputs.
 * @param {Awaited<ReturnType<typeof startFakeStore>>} fake
 * @param {string} appId
 * @param {string} description   of its listing
 */
export function seedBenchApp(fake, appId, description) {
  const published = {
    applicationCategory: 'Productivity',
    pricing: { trialPeriod: 'NoFreeTrial', priceId: 'Free' },
    visibility: 'Public',
    targetPublishMode: 'Immediate',
    listings: { 'en-us': { baseListing: { title: 'Bench App', description } } },
    applicationPackages: []
  };
  fake.seedApp({ id: appId, name: 'Bench App', published });
  return {
    'tenant-id': TENANT,
    'client-id': CLIENT,
    'client-secret': SECRET,
    'application-id': appId,
    'store-api-url': fake.url,
    'authority-host': fake.url,
    'poll-interval-seconds': '0.2',
    'timeout-minutes': '5'
  };
}

/**
 * One run of the bundled action that must end with an uploaded submission: its whole log, wall seconds and peak
 * RSS (VmHWM polled every 50 ms), the submission and the container its blob landed in. Throws, with the log's
 * tail, when the action fails or uploads nothing.
 * @param {Awaited<ReturnType<typeof startFakeStore>>} fake
 * @param {Record<string, string>} inputs
 * @param {{ cwd?: string, env?: Record<string, string> }} [options]
 */
export async function runMeasuredAction(fake, inputs, options = {}) {
  /** @type {ReturnType<typeof watchPeakRss> | undefined} */
  let watch;
  let started = 0;
  let exitedAt;
  const result = await runAction(inputs, {
    ...options,
    timeoutMs: 7 * 60_000,
    onStart: (child) => {
      started = performance.now();
      watch = watchPeakRss(child);
      child.once('exit', () => (exitedAt = performance.now()));
    }
  }).finally(() => watch?.stop());
  const wallSeconds = ((exitedAt ?? performance.now()) - started) / 1000;
  const tail = () => result.log.trim().split('\n').slice(-15).join('\n');
  if (result.code !== 0) throw new Error(`action failed (exit ${result.code ?? result.signal}):\n${tail()}`);
  if (watch?.peakMiB === undefined)
    throw new Error('action: could not read VmHWM from /proc/<pid>/status (Linux only)');
  const id = result.outputs['submission-id'];
  const submission = id ? fake.submission(id) : undefined;
  if (!submission?.blobName) throw new Error(`action: no submission with a blob (submission-id '${id}'):\n${tail()}`);
  // The container is the path segment before the blob's name in the upload URL the fake handed out.
  const segments = new URL(submission.fileUploadUrl).pathname.split('/');
  if (decodeURIComponent(segments.at(-1) ?? '') !== submission.blobName)
    throw new Error(`action: unexpected upload URL path ${segments.join('/')}`);
  return {
    log: result.log,
    wallSeconds,
    maxRssMiB: watch.peakMiB,
    id,
    submission,
    container: decodeURIComponent(segments.at(-2) ?? '')
  };
}
