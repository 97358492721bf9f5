/**
 * The shape of MSI/EXE metadata changes (`submission-json` for a `product-id`):
 * `{ "listings": { "<language>": { ...listing fields } }, "properties": {...},
 * "availability": {...} }`, checked against the documented fields and limits
 * before any request. Pure.
 */
import { ActionError } from '../errors.js';
import { isPlainObject, type JsonObject } from '../merge.js';
import { checkListingRequirements, checkSystemRequirements } from './requirements-check.js';
import { BASE_LISTING_FIELD } from '../listings/edit.js';
import type { ListingTexts } from '../listings/types.js';
import { MSI_EXE_LISTING_FIELD } from './listings.js';

export const MODULES = ['listings', 'properties', 'availability'] as const;

/** The documented listing fields, with the character limit of each text. */
export const LISTING_TEXT_LIMITS: Record<string, number> = {
  description: 10000,
  whatsNew: 1500,
  shortDescription: 1000,
  additionalLicenseTerms: 10000,
  copyright: 200,
  developedBy: 255,
  sortTitle: 255,
  contactInfo: 200
};
export const LISTING_LIST_LIMITS: Record<string, { items: number; chars: number }> = {
  productFeatures: { items: 20, chars: 200 },
  searchTerms: { items: 7, chars: 30 }
};
export const LISTING_FIELDS = [
  'language',
  ...Object.keys(LISTING_TEXT_LIMITS),
  ...Object.keys(LISTING_LIST_LIMITS),
  'requirements'
];

export const PROPERTIES_FIELDS = [
  'isPrivacyPolicyRequired',
  'privacyPolicyUrl',
  'website',
  'supportContactInfo',
  'certificationNotes',
  'category',
  'subcategory',
  'productDeclarations',
  'isSystemFeatureRequired',
  'systemRequirementDetails'
];
export const AVAILABILITY_FIELDS = ['markets', 'discoverability', 'enableInFutureMarkets', 'pricing', 'freeTrial'];
const ENUMS: Record<string, string[]> = {
  discoverability: ['DISCOVERABLE', 'DEEPLINK_ONLY'],
  pricing: ['FREE', 'FREEMIUM', 'SUBSCRIPTION', 'PAID'],
  freeTrial: ['NO_FREE_TRIAL', 'FREE_TRIAL']
};

/**
 * What MSIX listing fields are called here, for a hint when someone reuses one: derived from the two maps of the
 * listings folder's fields (MSIX's `BASE_LISTING_FIELD`, this API's `MSI_EXE_LISTING_FIELD`), so the three never
 * disagree (`devStudio` → `developedBy`).
 */
export const MSIX_NAMES: Record<string, string> = Object.fromEntries(
  (Object.keys(MSI_EXE_LISTING_FIELD) as (keyof ListingTexts)[])
    .map((text) => [BASE_LISTING_FIELD[text], MSI_EXE_LISTING_FIELD[text]])
    .filter((pair): pair is [string, string] => Boolean(pair[0] && pair[1]) && pair[0] !== pair[1])
);

const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

function checkListing(listing: JsonObject, where: string, fail: (message: string) => never): void {
  for (const [field, value] of Object.entries(listing)) {
    const limit = LISTING_TEXT_LIMITS[field];
    const list = LISTING_LIST_LIMITS[field];
    if (limit !== undefined) {
      if (typeof value !== 'string') fail(`${where}.${field} must be a string, got ${show(value)}`);
      if (value.length > limit)
        fail(`${where}.${field} has ${value.length} characters; the Store takes at most ${limit}`);
    } else if (list) {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        fail(`${where}.${field} must be an array of strings, got ${show(value)}`);
      if (value.length > list.items)
        fail(`${where}.${field} has ${value.length} entries; the Store takes at most ${list.items}`);
      const long = value.find((v: string) => v.length > list.chars);
      if (long !== undefined) fail(`${where}.${field} holds ${show(long)}, longer than ${list.chars} characters`);
    } else if (field === 'requirements') {
      checkListingRequirements(value, `${where}.requirements`, fail);
    }
  }
}

/**
 * A field spelled otherwise than the documentation spells it (msstore-cli's models say WebSite, SubCategory):
 * refused with the documented name, so that the whole module sent back never holds both spellings.
 */
function checkSpelling(fields: JsonObject, known: string[], where: string, fail: (message: string) => never): void {
  for (const field of Object.keys(fields)) {
    const spelled = known.find((k) => k.toLowerCase() === field.toLowerCase());
    if (spelled && spelled !== field) fail(`${where}.${field} is spelled '${spelled}' in this API's documentation`);
  }
}

function checkAvailability(availability: JsonObject, fail: (message: string) => never): void {
  for (const [field, allowed] of Object.entries(ENUMS)) {
    const value = availability[field];
    if (value !== undefined && !allowed.includes(String(value)))
      fail(`availability.${field} must be one of ${allowed.join(', ')}, got ${show(value)}`);
  }
  const markets = availability.markets;
  if (
    markets !== undefined &&
    (!Array.isArray(markets) || markets.some((m) => typeof m !== 'string' || !/^[A-Z]{2}$/i.test(m)))
  )
    fail(`availability.markets must be an array of two-letter market codes like "US", got ${show(markets)}`);
  if (availability.enableInFutureMarkets !== undefined && typeof availability.enableInFutureMarkets !== 'boolean')
    fail(`availability.enableInFutureMarkets must be true or false, got ${show(availability.enableInFutureMarkets)}`);
}

/**
 * Checks MSI/EXE metadata changes without the draft: the modules, listing
 * language codes, field types and documented limits. `source` names the input.
 */
export function checkMetadataChanges(changes: JsonObject, source: string): void {
  const fail: (message: string, hint?: string) => never = (message, hint) => {
    throw new ActionError(`${source}: ${message}.`, { hint });
  };
  for (const key of Object.keys(changes)) {
    if (!(MODULES as readonly string[]).includes(key))
      fail(
        `'${key}' is not a module of an MSI/EXE product`,
        `Its modules are ${MODULES.join(', ')}; the installers go in the 'installers' input.`
      );
  }
  for (const module of MODULES) {
    if (changes[module] !== undefined && !isPlainObject(changes[module]))
      fail(`'${module}' must be an object, got ${show(changes[module])}`);
  }
  for (const [language, listing] of Object.entries((changes.listings as JsonObject | undefined) ?? {})) {
    if (!LANGUAGE.test(language))
      fail(
        `listings has the key ${show(language)}, which is not a language code`,
        'Key listings by language, e.g. { "listings": { "en-us": { "whatsNew": "..." } } }.'
      );
    if (!isPlainObject(listing)) fail(`listings.${language} must be an object of listing fields, got ${show(listing)}`);
    checkSpelling(listing, LISTING_FIELDS, `listings.${language}`, fail);
    checkListing(listing, `listings.${language}`, fail);
  }
  const properties = (changes.properties as JsonObject | undefined) ?? {};
  checkSpelling(properties, PROPERTIES_FIELDS, 'properties', fail);
  checkSystemRequirements(properties, fail);
  const notes = properties.certificationNotes;
  if (notes !== undefined && (typeof notes !== 'string' || notes.length > 2000))
    fail(
      `properties.certificationNotes must be a string of at most 2000 characters, got ${typeof notes === 'string' ? `${notes.length} characters` : show(notes)}`
    );
  checkSpelling((changes.availability as JsonObject | undefined) ?? {}, AVAILABILITY_FIELDS, 'availability', fail);
  checkAvailability((changes.availability as JsonObject | undefined) ?? {}, fail);
}
