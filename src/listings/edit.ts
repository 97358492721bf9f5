/**
 * A read listings folder as what the rest of the action uses: the
 * SubmissionEdit that writes it over the submission's listings, the files
 * it adds to the uploaded zip, and its texts per language as plain data (for
 * the MSI/EXE API's listings). Pure.
 */
import type { SubmissionEdit } from '../edits.js';
import { isPlainObject, type JsonObject } from '../merge.js';
import { listingKeyFor } from './language.js';
import { ADD_ON_ICON, textFileRules } from './rules.js';
import type { LanguageListing, ListingFile, ListingImage, ListingsFolder, ListingTexts } from './types.js';

/** Where each text goes in an app submission's `listings.<lang>.baseListing`. */
export const BASE_LISTING_FIELD: Record<keyof ListingTexts, string> = {
  title: 'title',
  shortTitle: 'shortTitle',
  description: 'description',
  shortDescription: 'shortDescription',
  releaseNotes: 'releaseNotes',
  features: 'features',
  keywords: 'keywords',
  copyright: 'copyrightAndTrademarkInfo',
  licenseTerms: 'licenseTerms',
  developedBy: 'devStudio',
  minimumHardware: 'minimumHardware',
  recommendedHardware: 'recommendedHardware'
};

/**
 * The edit for the submission's `listings`. Each language goes under the
 * existing key that matches it case-insensitively (`en-US` updates `en-us`),
 * or is added under its lower-cased name; languages the folder lacks, and
 * fields without a file, are left as the Store cloned them.
 */
export function listingsEdit(folder: ListingsFolder): SubmissionEdit {
  return {
    source: 'listings-folder',
    apply(current) {
      const listings = isPlainObject(current.listings) ? current.listings : {};
      const keys = Object.keys(listings);
      const changes: JsonObject = {};
      for (const listing of folder.languages) {
        const key = listingKeyFor(keys, listing.language);
        const existing = isPlainObject(listings[key]) ? listings[key] : {};
        const change = folder.kind === 'app' ? appListing(listing, existing) : addOnListing(listing);
        if (Object.keys(change).length > 0) changes[key] = change;
      }
      return Object.keys(changes).length > 0 ? { listings: changes } : {};
    }
  };
}

function appListing(listing: LanguageListing, existing: JsonObject): JsonObject {
  const baseListing: JsonObject = {};
  for (const [name, value] of Object.entries(listing.texts)) {
    baseListing[BASE_LISTING_FIELD[name as keyof ListingTexts]] = value;
  }
  if (listing.images) {
    const current = isPlainObject(existing.baseListing) ? existing.baseListing.images : undefined;
    baseListing.images = replacedImages(current, listing.images);
  }
  return Object.keys(baseListing).length > 0 ? { baseListing } : {};
}

/**
 * The listing's images replaced by the folder's: every image the Store has
 * becomes PendingDelete (keeping its id and other fields), then come the new
 * files in the folder's order. An image not yet on the Store (PendingUpload)
 * has nothing to delete and is dropped.
 */
export function replacedImages(current: unknown, images: readonly ListingImage[]): JsonObject[] {
  const old = Array.isArray(current) ? current.filter(isPlainObject) : [];
  const deleted = old
    .filter((image) => String(image.fileStatus).toLowerCase() !== 'pendingupload')
    .map((image) => ({ ...image, fileStatus: 'PendingDelete' }));
  const added = images.map((image) => ({
    fileName: image.zipPath,
    fileStatus: 'PendingUpload',
    imageType: image.imageType
  }));
  return [...deleted, ...added];
}

function addOnListing(listing: LanguageListing): JsonObject {
  const change: JsonObject = {};
  if (listing.texts.title !== undefined) change.title = listing.texts.title;
  if (listing.texts.description !== undefined) change.description = listing.texts.description;
  if (listing.icon) change.icon = { fileName: listing.icon.zipPath, fileStatus: 'PendingUpload' };
  return change;
}

/** The files the folder adds to the uploaded zip: images and icons, at paths unique per language. */
export function listingFiles(folder: ListingsFolder): ListingFile[] {
  return folder.languages.flatMap((listing) => [
    ...(listing.images ?? []).map(({ zipPath, diskPath }) => ({ zipPath, diskPath })),
    ...(listing.icon ? [listing.icon] : [])
  ]);
}

/** Each language's texts (lower-cased language code -> texts), for an API that maps them itself. */
export function listingTexts(folder: ListingsFolder): Record<string, ListingTexts> {
  return Object.fromEntries(folder.languages.map((listing) => [listing.language, structuredClone(listing.texts)]));
}

/** One line for the log: the files each language sets, e.g. `en-us (title.txt, features.txt, images/: 3 files)`. */
export function describeListings(folder: ListingsFolder): string {
  const parts = folder.languages.map((listing) => {
    const what = textFileRules(folder.kind)
      .filter((rule) => listing.texts[rule.field] !== undefined)
      .map((rule) => rule.file);
    if (listing.images) what.push(`images/: ${plural(listing.images.length, 'file')}`);
    if (listing.icon) what.push(ADD_ON_ICON.file);
    return `${listing.language} (${what.length > 0 ? what.join(', ') : 'nothing'})`;
  });
  return parts.length > 0 ? parts.join('; ') : 'no language folders';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
