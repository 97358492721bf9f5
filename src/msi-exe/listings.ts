/**
 * A listings folder (src/listings/) as MSI/EXE listing changes: each
 * language's texts go to the fields of this API's listing that mean the same
 * thing. What has no such field here (titles, hardware lists, images) is
 * named, not sent. Pure.
 */
import type { JsonObject } from '../merge.js';
import type { ListingsFolder, ListingTexts } from '../listings/types.js';

/** The folder's texts that this API's listing takes, and its name for each. */
export const MSI_EXE_LISTING_FIELD: Partial<Record<keyof ListingTexts, string>> = {
  description: 'description',
  shortDescription: 'shortDescription',
  releaseNotes: 'whatsNew',
  features: 'productFeatures',
  keywords: 'searchTerms',
  copyright: 'copyright',
  developedBy: 'developedBy',
  licenseTerms: 'additionalLicenseTerms'
};

export interface FolderListings {
  /** `{ listings: { <language>: { ...fields } } }`, as submission-json would give it. */
  changes: JsonObject;
  /** What the folder holds that this API's listings do not take, e.g. `en-us: title, images`. */
  unused: string[];
}

export function msiExeListings(folder: ListingsFolder): FolderListings {
  const listings: JsonObject = {};
  const unused: string[] = [];
  for (const language of folder.languages) {
    const fields: JsonObject = {};
    const left: string[] = [];
    for (const [name, value] of Object.entries(language.texts)) {
      const field = MSI_EXE_LISTING_FIELD[name as keyof ListingTexts];
      if (field) fields[field] = value;
      else left.push(name);
    }
    if (language.images) left.push('images');
    if (language.icon) left.push('icon');
    if (Object.keys(fields).length > 0) listings[language.language] = fields;
    if (left.length > 0) unused.push(`${language.language}: ${left.join(', ')}`);
  }
  return { changes: Object.keys(listings).length > 0 ? { listings } : {}, unused };
}
