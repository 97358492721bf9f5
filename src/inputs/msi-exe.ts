/**
 * The inputs of an MSI/EXE product (`product-id`): the product and seller
 * IDs, the installers, and the metadata changes from `release-notes`,
 * `listings-folder` and `submission-json`, all checked before the first request. Which inputs an
 * MSI/EXE run takes at all is the declaration's (src/inputs/kinds.ts).
 */
import { fixedEdit, type SubmissionEdit } from '../edits.js';
import { readListingsFolder } from '../listings/read.js';
import { parseInstallers } from '../msi-exe/installers.js';
import { msiExeListings } from '../msi-exe/listings.js';
import { msiExeReleaseNotesEdit } from '../msi-exe/release-notes.js';
import { checkMetadataChanges } from '../msi-exe/metadata-check.js';
import type { MsiExeSettings } from '../msi-exe/publish.js';
import { fail, type InputReader } from './parse.js';
import { readReleaseNotesText } from './release-notes.js';
import { readChanges } from './submission-json.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The inputs only an MSI/EXE run reads. */
export type MsiExeInputs = Pick<
  MsiExeSettings,
  'productId' | 'sellerId' | 'installers' | 'edits' | 'changes' | 'listingsFolder'
>;

export async function readMsiExeInputs(input: InputReader): Promise<MsiExeInputs> {
  const productId = input('product-id').trim();
  if (!GUID.test(productId)) {
    fail(
      `Input 'product-id' must be the MSI/EXE product's Partner Center ID, a GUID like 3e31a9f9-84e8-4d2d-9eba-487878d02ebf, got '${productId}'.`,
      /^[0-9a-z]{12}$/i.test(productId)
        ? "That looks like an MSIX app's Store ID: use 'application-id' for it."
        : undefined
    );
  }
  const sellerId = input('seller-id').trim();
  if (!sellerId)
    fail(
      "Input 'seller-id' is required with 'product-id'.",
      'It is the Seller ID in Partner Center > Account settings > Legal info (digits).'
    );
  if (!/^\d+$/.test(sellerId))
    fail(`Input 'seller-id' must be the Partner Center seller ID (digits), got '${sellerId}'.`);
  const installersText = input('installers');
  const installers = installersText.trim() ? parseInstallers(installersText) : undefined;
  const folderPath = input('listings-folder');
  // The order of the MSIX edits: release notes, then the listings folder; submission-json (`changes`) after them.
  const edits: SubmissionEdit[] = [];
  const releaseNotes = await readReleaseNotesText(input);
  if (releaseNotes !== undefined) edits.push(msiExeReleaseNotesEdit(releaseNotes));
  let listingsFolder: MsiExeInputs['listingsFolder'];
  if (folderPath) {
    const folder = msiExeListings(await readListingsFolder(folderPath, 'app'));
    checkMetadataChanges(folder.changes, `'listings-folder' (${folderPath})`);
    edits.push(fixedEdit('listings-folder', folder.changes));
    listingsFolder = { path: folderPath, unused: folder.unused };
  }
  const { changes, source } = await readChanges(input);
  checkMetadataChanges(changes, source);
  return { productId, sellerId, installers, edits, changes, listingsFolder };
}
