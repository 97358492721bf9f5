/**
 * The inputs of an MSI/EXE product (`product-id`): which of them belong to
 * which kind, the product and seller IDs, the installers, and the metadata
 * changes from `listings-folder` and `submission-json`, all checked before
 * the first request.
 */
import { fixedEdit, type SubmissionEdit } from '../edits.js';
import { readListingsFolder } from '../listings/read.js';
import { parseInstallers } from '../msi-exe/installers.js';
import { msiExeListings } from '../msi-exe/listings.js';
import { checkMetadataChanges } from '../msi-exe/metadata-check.js';
import type { MsiExeSettings } from '../msi-exe/publish.js';
import { fail, type InputReader } from './parse.js';
import { readChanges } from './submission-json.js';

/** Inputs only MSIX apps, flights and add-ons take (those without a default, so that "set" means the user set it). */
export const MSIX_ONLY_INPUTS = [
  'application-id',
  'flight-id',
  'flight-name',
  'flight-group-ids',
  'flight-rank-higher-than',
  'add-on-id',
  'add-on-product-id',
  'add-on-type',
  'package-zip',
  'packages',
  'release-notes',
  'release-notes-file',
  'publish-mode',
  'publish-date',
  'rollout-percentage',
  'mandatory-update',
  'mandatory-update-date',
  'rollout-action'
];
/** Inputs only an MSI/EXE product takes (without a default). */
export const MSI_EXE_ONLY_INPUTS = ['seller-id', 'installers'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses inputs of the other kind: with `product-id`, the MSIX ones; without it, the MSI/EXE ones. */
export function checkOneKind(input: InputReader): void {
  const set = (names: string[]): string[] => names.filter((name) => input(name) !== '');
  if (input('product-id')) {
    const other = set(MSIX_ONLY_INPUTS);
    if (other.length)
      fail(
        `'product-id' selects an MSI/EXE product, which does not take ${other.map((n) => `'${n}'`).join(', ')}.`,
        "Use 'installers' for its packages and submission-json's listings (whatsNew) for release notes; MSIX apps, flights and add-ons are published with 'application-id' in a separate step."
      );
  } else {
    const other = set(MSI_EXE_ONLY_INPUTS);
    if (other.length)
      fail(
        `${other.map((n) => `'${n}'`).join(' and ')} ${other.length > 1 ? 'are' : 'is'} only for an MSI/EXE product, but 'product-id' is not set.`,
        "Set 'product-id' to the product's Partner Center ID (a GUID), or remove them for an MSIX app."
      );
  }
}

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
  const edits: SubmissionEdit[] = [];
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
