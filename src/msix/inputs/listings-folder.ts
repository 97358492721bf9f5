/**
 * The `listings-folder` input's folder, read and checked in prepare, every file of it, so that a bad folder fails
 * before the first request. Loaded only by a run that has one (start-up: bench/start.mjs); the input is parsed in
 * ./listings.ts.
 */
import type { SubmissionEdit } from '../../edits.js';
import { listingFiles, listingsEdit } from '../../listings/edit.js';
import { readListingsFolder } from '../../listings/read.js';
import type { ListingFile, ListingsFolder } from '../../listings/types.js';

export interface ListingsInput {
  folder: ListingsFolder;
  edit: SubmissionEdit;
  /** The images and icons, at their paths in the upload zip. */
  files: ListingFile[];
}

/** The folder, read and checked. */
export async function readListingsInput(given: { path: string; kind: 'app' | 'add-on' }): Promise<ListingsInput> {
  const folder = await readListingsFolder(given.path, given.kind);
  return { folder, edit: listingsEdit(folder), files: listingFiles(folder) };
}
