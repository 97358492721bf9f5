/**
 * Merging metadata changes over the MSI/EXE draft into whole modules. The
 * API's PUT is a full module update (whatever a sent module lacks is reset),
 * so every module that changes is sent whole: the draft as the service
 * answered it, with the changes deep-merged over it (objects key by key,
 * arrays replaced). A field nobody changed is sent back as it was, never
 * reset. Listings go one language per request, as the API takes them. Pure.
 */
import { ActionError } from '../errors.js';
import { applyEdits, type SubmissionEdit } from '../edits.js';
import { isPlainObject, type JsonObject } from '../merge.js';
import { AVAILABILITY_FIELDS, LISTING_FIELDS, MODULES, MSIX_NAMES, PROPERTIES_FIELDS } from './metadata-check.js';
import type { MetadataDraft, MetadataRead, MetadataUpdate, MsiExeListing } from './types.js';

/**
 * The modules (and listing languages, lower case) the edits change: what the draft is read for, one module at a
 * time as Microsoft's clients read it (`GET /metadata/{module}?languages=…`). None when nothing changes; no
 * languages when an edit changes every listing (release notes): the draft's listings are then read whole.
 */
export function modulesToRead(edits: readonly SubmissionEdit[]): MetadataRead {
  const empty: JsonObject = { listings: {}, properties: {}, availability: {} };
  const modules = new Set<MetadataRead['modules'][number]>();
  const languages = new Set<string>();
  let everyLanguage = false;
  for (const edit of edits) {
    if (edit.everyListing) {
      modules.add('listings');
      everyLanguage = true;
      continue;
    }
    const fields = edit.apply(empty);
    for (const module of MODULES) if (fields[module] !== undefined) modules.add(module);
    if (isPlainObject(fields.listings)) Object.keys(fields.listings).forEach((l) => languages.add(l.toLowerCase()));
  }
  return { modules: MODULES.filter((m) => modules.has(m)), languages: everyLanguage ? [] : [...languages] };
}

/** The draft in the shape edits work on: `{ listings: { <language>: listing }, properties, availability }`. */
export function keyedDraft(draft: MetadataDraft): JsonObject {
  return {
    listings: Object.fromEntries(draft.listings.map((listing) => [listing.language, listing])),
    properties: draft.properties,
    availability: draft.availability
  };
}

function unknownField(where: string, field: string, source: string): never {
  const msix = MSIX_NAMES[field];
  throw new ActionError(
    `${source} sets ${where}.${field}, which is not a field of an MSI/EXE product's ${where.split('.')[0]}.`,
    {
      hint: msix ? `This API calls it '${msix}'.` : undefined
    }
  );
}

function checkFields(given: JsonObject, known: string[], current: unknown, where: string, source: string): void {
  const present = isPlainObject(current) ? Object.keys(current) : [];
  for (const field of Object.keys(given)) {
    if (!known.includes(field) && !present.includes(field)) unknownField(where, field, source);
  }
}

/**
 * The fields of one edit, with listing keys in the draft's spelling of the
 * language; throws naming the source when a language is not in the draft or a
 * field is not one of the module's.
 */
export function alignToDraft(fields: JsonObject, draft: MetadataDraft, source: string): JsonObject {
  const aligned: JsonObject = { ...fields };
  if (isPlainObject(fields.listings)) {
    const listings: JsonObject = {};
    for (const [language, listing] of Object.entries(fields.listings)) {
      const current = draft.listings.find((l) => l.language.toLowerCase() === language.toLowerCase());
      if (!current) {
        const have = (draft.listingLanguages ?? draft.listings.map((l) => l.language)).join(', ') || 'none';
        throw new ActionError(
          `${source} sets the listing of '${language}', a language the product's draft does not have (it has ${have}).`,
          {
            hint: 'Add the language (with its screenshots and logo) in Partner Center first, or fix the language code.'
          }
        );
      }
      if (isPlainObject(listing)) checkFields(listing, LISTING_FIELDS, current, `listings.${language}`, source);
      listings[current.language] = isPlainObject(listing) ? { ...listing, language: current.language } : listing;
    }
    aligned.listings = listings;
  }
  if (isPlainObject(fields.properties))
    checkFields(fields.properties, PROPERTIES_FIELDS, draft.properties, 'properties', source);
  if (isPlainObject(fields.availability))
    checkFields(fields.availability, AVAILABILITY_FIELDS, draft.availability, 'availability', source);
  return aligned;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The PUT /metadata requests that bring the draft to `merged`: one per
 * listing language that changed (whole listing), with the whole properties
 * and availability modules in the first one when they changed. None when
 * nothing changed.
 */
export function metadataUpdates(draft: MetadataDraft, merged: JsonObject): MetadataUpdate[] {
  const updates: MetadataUpdate[] = [];
  const listings = isPlainObject(merged.listings) ? merged.listings : {};
  for (const current of draft.listings) {
    const next = listings[current.language];
    if (isPlainObject(next) && !same(next, current)) updates.push({ listings: next as MsiExeListing });
  }
  const modules: MetadataUpdate = {};
  if (isPlainObject(merged.properties) && !same(merged.properties, draft.properties))
    modules.properties = merged.properties;
  if (isPlainObject(merged.availability) && !same(merged.availability, draft.availability))
    modules.availability = merged.availability;
  if (modules.properties || modules.availability) {
    if (updates.length > 0) Object.assign(updates[0], modules);
    else updates.push(modules);
  }
  return updates;
}

/** The modules (and listing languages) one update sends: `listings.en-us`, `properties`, `availability`. */
export function describeUpdate(update: MetadataUpdate): string[] {
  return [
    ...(update.listings ? [`listings.${update.listings.language}`] : []),
    ...(update.properties ? ['properties'] : []),
    ...(update.availability ? ['availability'] : [])
  ];
}

/**
 * Applies the edits in order over the draft (each aligned to the draft's
 * languages and checked against the modules' fields) and plans the requests.
 */
export function planMetadata(draft: MetadataDraft, edits: readonly SubmissionEdit[]): MetadataUpdate[] {
  const aligned = edits.map((edit): SubmissionEdit => ({
    source: edit.source,
    apply: (current) => alignToDraft(edit.apply(current), draft, edit.source)
  }));
  return metadataUpdates(draft, applyEdits(keyedDraft(draft), aligned).merged);
}

/** The value with every object's keys in order, so that two answers compare whatever order the service wrote. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical(value[key])])
  );
}

/** Whether the draft already holds every module `update` sends (a PUT whose answer was lost went through). */
export function holdsUpdate(draft: MetadataDraft, update: MetadataUpdate): boolean {
  const equal = (a: unknown, b: unknown): boolean => same(canonical(a), canonical(b));
  const language = update.listings?.language.toLowerCase();
  const listing = draft.listings.find((l) => l.language.toLowerCase() === language);
  return (
    (!update.listings || equal(update.listings, listing)) &&
    (!update.properties || equal(update.properties, draft.properties)) &&
    (!update.availability || equal(update.availability, draft.availability))
  );
}
