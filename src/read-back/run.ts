/**
 * A read-back run (`operation: status` or `export`) through either API: sign
 * in, read (GETs only), and for export write the listings folder. What it
 * found goes into `progress.readBack` for the report; one log line says it.
 */
import type { StoreListing } from '../listings/from-store.js';
import { folderFiles, writeFolder } from '../listings/write.js';
import type { ListingKind } from '../listings/types.js';
import { MsiExeClient } from '../msi-exe/client.js';
import { msiExeListingsToExport, msiExeStatus } from '../msi-exe/read-back.js';
import { MSI_EXE_RESOURCE } from '../msi-exe/types.js';
import { signIn, type RunDeps } from '../sign-in.js';
import { StoreClient } from '../msix/store/client.js';
import { describeRollout } from '../msix/store/rollout.js';
import { msixPublishedListings, msixStatus } from './msix.js';
import type { ReadBackSettings, ReadBackProgress } from './types.js';

/** The one log line of a status run. */
export function statusLine(progress: ReadBackProgress): string {
  const readBack = progress.readBack;
  const published = progress.submissionId
    ? `published submission ${progress.submissionId} (${progress.status ?? 'status not given'})`
    : 'no published submission named';
  const rollout = progress.rollout ? `, rollout ${describeRollout(progress.rollout)}` : '';
  const pending = readBack?.pendingSubmissionId
    ? `pending submission ${readBack.pendingSubmissionId} (${readBack.pendingStatus || 'status not given'})`
    : 'no pending submission';
  // The Store's texts stay on this one line: a line break in them could start a workflow command.
  return `Status of the ${progress.label ?? 'target'}: ${published}${rollout}; ${pending}.`.replace(/[\r\n]+/g, ' ');
}

async function readListings(
  settings: ReadBackSettings,
  progress: ReadBackProgress,
  deps: RunDeps
): Promise<{ listings: StoreListing[]; kind: ListingKind }> {
  const { source } = settings;
  if (source.api === 'msix') {
    const client = new StoreClient({ ...signIn(settings, deps), storeApiUrl: source.storeApiUrl });
    const kind = source.target.kind === 'add-on' ? 'add-on' : 'app';
    return { listings: await msixPublishedListings(client, source.target, progress, deps.info), kind };
  }
  return { listings: await msiExeListingsToExport(msiExeApi(settings, deps), source.productId, progress), kind: 'app' };
}

function msiExeApi(settings: ReadBackSettings, deps: RunDeps): MsiExeClient {
  const source = settings.source as Extract<ReadBackSettings['source'], { api: 'msi-exe' }>;
  const signedIn = signIn(settings, deps, { resource: MSI_EXE_RESOURCE, endpoint: 'v2.0' });
  return new MsiExeClient({
    ...signedIn,
    apiUrl: source.apiUrl,
    sellerId: source.sellerId,
    productId: source.productId
  });
}

/** Reads the Store back; an export writes its files only when `write` (false: the engine's dry run). */
export async function readBack(
  settings: ReadBackSettings,
  progress: ReadBackProgress,
  deps: RunDeps,
  write: boolean
): Promise<void> {
  const { source } = settings;
  const log = deps.info;
  progress.readBack = { operation: settings.operation };
  if (settings.operation === 'status') {
    if (source.api === 'msix') {
      const client = new StoreClient({ ...signIn(settings, deps), storeApiUrl: source.storeApiUrl });
      await msixStatus(client, source.target, progress, log);
    } else {
      await msiExeStatus(msiExeApi(settings, deps), source.productId, progress);
    }
    log(statusLine(progress));
    return;
  }
  const target = settings.export!;
  const dryRun = !write;
  progress.readBack = { operation: 'export', folder: target.folder, dryRun: dryRun || undefined };
  const { listings, kind } = await readListings(settings, progress, deps);
  const { files, notes } = folderFiles(listings, kind);
  if (source.api === 'msi-exe')
    notes.unshift(
      "The MSI/EXE API's draft listings were exported (it hands out no published listing); titles, hardware lists and images are not among its listing fields."
    );
  for (const note of notes) log(`Note: ${note}`);
  const result = await writeFolder(target.folder, files, { overwrite: target.overwrite, dryRun, log });
  Object.assign(progress.readBack, { ...result, notes });
  const from = progress.submissionId ? ` (published submission ${progress.submissionId})` : '';
  log(
    `${dryRun ? 'Dry run: would export' : 'Exported'} the listings of the ${progress.label}${from} into ${target.folder}: ${result.written.length} file(s) ${dryRun ? 'to write' : 'written'}, ${result.unchanged.length} already the same.`
  );
}
