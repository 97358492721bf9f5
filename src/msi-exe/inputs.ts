/**
 * The inputs of an MSI/EXE product (`product-id`): the product and seller
 * IDs, the installers, and the metadata changes from `listings-folder` and
 * `submission-json`, all checked before the first request. Which inputs an
 * MSI/EXE run takes at all is the declaration's (src/inputs/kinds.ts).
 */
import { fixedEdit, type SubmissionEdit } from '../edits.js';
import { parseInstallers } from './installers.js';
import { msiExeListings } from './listings.js';
import { checkMetadataChanges } from './metadata-check.js';
import type { MsiExeSettings } from './publish.js';
import type { InputReader } from '../inputs/parse.js';
import { parseChangesInput, readChanges, type ChangesInput } from '../inputs/submission-json.js';
import { parseReleaseNotes, readReleaseNotesText, type ReleaseNotesInput } from '../inputs/release-notes.js';
import { msiExeReleaseNotesEdit } from './release-notes.js';
import { readProductAndSeller } from './target.js';

/** The inputs only an MSI/EXE run reads. */
export type MsiExeInputs = Pick<
  MsiExeSettings,
  'productId' | 'sellerId' | 'installers' | 'edits' | 'changes' | 'listingsFolder'
>;

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
    // The listings reader loads only for a run that has a listings folder (start-up: bench/start.mjs).
    const { readListingsFolder } = await import('../listings/read.js');
    const folder = msiExeListings(await readListingsFolder(folderPath, 'app'));
    checkMetadataChanges(folder.changes, `'listings-folder' (${folderPath})`);
    edits.push(fixedEdit('listings-folder', folder.changes));
    listingsFolder = { path: folderPath, unused: folder.unused };
  }
  const { changes, source } = await readChanges(given.changes);
  checkMetadataChanges(changes, source);
  return { productId, sellerId, installers, edits, changes, listingsFolder };
}
