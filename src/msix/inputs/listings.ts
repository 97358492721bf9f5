/**
 * The `listings-folder` input: the folder is read and checked here, every
 * file of it, so that a bad folder fails before the first request.
 */
import type { SubmissionEdit } from '../../edits.js';
import { listingFiles, listingsEdit } from '../../listings/edit.js';
import { readListingsFolder } from '../../listings/read.js';
import type { ListingFile, ListingsFolder } from '../../listings/types.js';
import type { Target } from '../store/target.js';
import { fail, type InputReader } from '../../inputs/parse.js';

export interface ListingsInput {
  folder: ListingsFolder;
  edit: SubmissionEdit;
  /** The images and icons, at their paths in the upload zip. */
  files: ListingFile[];
}

/** The listings folder as set by the input, or undefined when `listings-folder` is not given. */
export async function readListingsInput(input: InputReader, target: Target): Promise<ListingsInput | undefined> {
  const path = input('listings-folder');
  if (!path) return undefined;
  if (target.kind === 'flight') {
    fail(
      "Input 'listings-folder' is for app and add-on submissions; a package flight has no Store listing.",
      'Publish the listings with the app submission (a step without the flight inputs).'
    );
  }
  const folder = await readListingsFolder(path, target.kind);
  return { folder, edit: listingsEdit(folder), files: listingFiles(folder) };
}
