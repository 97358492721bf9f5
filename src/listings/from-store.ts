/**
 * The Store's listings as a listings folder's texts: the way back of the maps
 * the publish direction uses (`BASE_LISTING_FIELD` for an app submission, the
 * add-on's own title and description, `MSI_EXE_LISTING_FIELD` for an MSI/EXE
 * product), so that a folder written from them publishes the same fields.
 * Empty fields are left out (a missing file keeps the Store's value). Pure.
 */
import { isPlainObject, type JsonObject } from '../merge.js';
import { BASE_LISTING_FIELD } from './edit.js';
import { textFileRules } from './rules.js';
import type { ListingKind, ListingTexts } from './types.js';

/** An image (or an add-on icon) the Store names: it lists them but does not hand them out. */
export interface StoreImage {
  imageType: string;
  fileName: string;
}

/** One language of the Store's listings, as a folder would hold it. */
export interface StoreListing {
  /** The Store's key, e.g. `en-us`. */
  language: string;
  texts: ListingTexts;
  images: StoreImage[];
}

/** The texts of `record` under the Store's names in `fields` (text name -> the Store's field). */
export function textsFrom(
  record: JsonObject,
  fields: Partial<Record<keyof ListingTexts, string>>,
  kind: ListingKind = 'app'
): ListingTexts {
  const texts: Record<string, string | string[]> = {};
  for (const rule of textFileRules(kind)) {
    const field = fields[rule.field];
    const value = field === undefined ? undefined : record[field];
    if (rule.list && Array.isArray(value)) {
      const items = value.filter((item): item is string => typeof item === 'string');
      if (items.length > 0) texts[rule.field] = items;
    } else if (!rule.list && typeof value === 'string' && value !== '') {
      texts[rule.field] = value;
    }
  }
  return texts as ListingTexts;
}

const listingsOf = (submission: JsonObject): [string, JsonObject][] =>
  Object.entries(isPlainObject(submission.listings) ? submission.listings : {}).flatMap(([language, listing]) =>
    isPlainObject(listing) ? [[language, listing] as [string, JsonObject]] : []
  );

const isKept = (file: JsonObject): boolean => String(file.fileStatus ?? '').toLowerCase() !== 'pendingdelete';

/** An app submission's `listings.<lang>.baseListing` texts and images. */
export function appListingsFrom(submission: JsonObject): StoreListing[] {
  return listingsOf(submission).map(([language, listing]) => {
    const base = isPlainObject(listing.baseListing) ? listing.baseListing : {};
    const images = (Array.isArray(base.images) ? base.images : [])
      .filter(isPlainObject)
      .filter(isKept)
      .map((image) => ({ imageType: String(image.imageType ?? ''), fileName: String(image.fileName ?? '') }));
    return { language, texts: textsFrom(base, BASE_LISTING_FIELD), images };
  });
}

/** An add-on submission's `listings.<lang>` title, description and icon. */
export function addOnListingsFrom(submission: JsonObject): StoreListing[] {
  return listingsOf(submission).map(([language, listing]) => {
    const icon = isPlainObject(listing.icon) && isKept(listing.icon) ? listing.icon : undefined;
    const images = icon?.fileName ? [{ imageType: 'Icon', fileName: String(icon.fileName) }] : [];
    return {
      language,
      texts: textsFrom(listing, { title: 'title', description: 'description' }, 'add-on'),
      images
    };
  });
}
