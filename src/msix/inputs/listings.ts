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

/** The listings folder as the input gives it (path, and the kind of listing), or undefined when not given. */
export function parseListingsInput(
  input: InputReader,
  target: Target
): { path: string; kind: 'app' | 'add-on' } | undefined {
  const path = input('listings-folder');
  if (!path) return undefined;
  if (target.kind === 'flight') {
    fail(
      "Input 'listings-folder' is for app and add-on submissions; a package flight has no Store listing.",
      'Publish the listings with the app submission (a step without the flight inputs).'
    );
  }
  return { path, kind: target.kind };
}

/** The folder, read and checked. */
export async function readListingsInput(given: { path: string; kind: 'app' | 'add-on' }): Promise<ListingsInput> {
  const folder = await readListingsFolder(given.path, given.kind);
  return { folder, edit: listingsEdit(folder), files: listingFiles(folder) };
}
