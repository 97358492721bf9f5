/** Language codes of listing folders. Pure. */

/**
 * The shape of a BCP-47 language tag as the Store's listing languages use
 * it: a 2-3 letter language, then optionally a 4-letter script, a 2-letter
 * or 3-digit region, and variants (`en-us`, `zh-hans-cn`, `sr-latn-rs`,
 * `ca-es-valencia`, `es-419`). Any case. Private-use and extension subtags
 * are not listing languages.
 */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z]{4})?(-(?:[a-z]{2}|\d{3}))?(-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;

export function isLanguageCode(name: string): boolean {
  return LANGUAGE_CODE.test(name);
}

/**
 * The key under which a language goes into the submission's `listings`:
 * the existing key that matches it case-insensitively (an exact match
 * first), or else the language itself (lower-cased by the reader, as the
 * Store writes its keys: `en-us`).
 */
export function listingKeyFor(existingKeys: readonly string[], language: string): string {
  if (existingKeys.includes(language)) return language;
  const lower = language.toLowerCase();
  return existingKeys.find((key) => key.toLowerCase() === lower) ?? language;
}
