/**
 * The inputs of an MSI/EXE product (`product-id`): the product and seller
 * IDs, the installers, and the metadata changes from `listings-folder` and
 * `submission-json`, all checked before the first request. Which inputs an
 * MSI/EXE run takes at all is the declaration's (src/inputs/kinds.ts).
 */
import { fixedEdit, type SubmissionEdit } from '../edits.js';
import { readListingsFolder } from '../listings/read.js';
import { parseInstallers } from './installers.js';
import { msiExeListings } from './listings.js';
import { checkMetadataChanges } from './metadata-check.js';
import type { MsiExeSettings } from './publish.js';
import { fail, type InputReader } from '../inputs/parse.js';
import { parseChangesInput, readChanges, type ChangesInput } from '../inputs/submission-json.js';
import { parseReleaseNotes, readReleaseNotesText, type ReleaseNotesInput } from '../inputs/release-notes.js';
import { msiExeReleaseNotesEdit } from './release-notes.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The inputs only an MSI/EXE run reads. */
export type MsiExeInputs = Pick<
  MsiExeSettings,
  'productId' | 'sellerId' | 'installers' | 'edits' | 'changes' | 'listingsFolder'
>;

/** The product and the seller: checked before any request (every MSI/EXE run, read-back ones too). */
export function readProductAndSeller(input: InputReader): Pick<MsiExeSettings, 'productId' | 'sellerId'> {
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
  return { productId, sellerId };
}

/** The inputs as given, checked, with nothing read from disk yet. */
export interface MsiExeInputsGiven {
  productId: string;
  sellerId: string;
  installers?: MsiExeSettings['installers'];
  listingsFolder?: string;
  releaseNotes?: ReleaseNotesInput;
  changes: ChangesInput;
}

export function parseMsiExeInputs(input: InputReader): MsiExeInputsGiven {
  const { productId, sellerId } = readProductAndSeller(input);
  const installersText = input('installers');
  const installers = installersText.trim() ? parseInstallers(installersText) : undefined;
  const listingsFolder = input('listings-folder') || undefined;
  const releaseNotes = parseReleaseNotes(input);
  return { productId, sellerId, installers, listingsFolder, releaseNotes, changes: parseChangesInput(input) };
}

/** Reads the listings folder and submission-json's file, and checks the metadata changes they make. */
export async function readMsiExeInputs(given: MsiExeInputsGiven): Promise<MsiExeInputs> {
  const { productId, sellerId, installers, listingsFolder: folderPath } = given;
  // The order of the MSIX edits: release notes, then the listings folder; submission-json (`changes`) after them.
  const edits: SubmissionEdit[] = [];
  if (given.releaseNotes) edits.push(msiExeReleaseNotesEdit(await readReleaseNotesText(given.releaseNotes)));
  let listingsFolder: MsiExeInputs['listingsFolder'];
  if (folderPath) {
    const folder = msiExeListings(await readListingsFolder(folderPath, 'app'));
    checkMetadataChanges(folder.changes, `'listings-folder' (${folderPath})`);
    edits.push(fixedEdit('listings-folder', folder.changes));
    listingsFolder = { path: folderPath, unused: folder.unused };
  }
  const { changes, source } = await readChanges(given.changes);
  checkMetadataChanges(changes, source);
  return { productId, sellerId, installers, edits, changes, listingsFolder };
}
