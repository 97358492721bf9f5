import { describe, expect, test } from '@jest/globals';
import { isLanguageCode, listingKeyFor } from '../../../src/listings/language.js';

describe('isLanguageCode', () => {
  test.each([
    'en',
    'en-us',
    'en-US',
    'de-DE',
    'zh-hans-cn',
    'zh-Hant',
    'sr-Latn-RS',
    'ca-es-valencia',
    'es-419',
    'fil'
  ])('%s is a language code', (name) => expect(isLanguageCode(name)).toBe(true));

  test.each(['images', 'english', 'en_us', 'en-', 'e', 'en-us-', '12', 'en us', 'x-private', 'en-u-ca-gregory', ''])(
    '%s is not',
    (name) => expect(isLanguageCode(name)).toBe(false)
  );
});

describe('listingKeyFor', () => {
  test('the existing key matching case-insensitively, exact first', () => {
    expect(listingKeyFor(['en-us', 'de-de'], 'en-us')).toBe('en-us');
    expect(listingKeyFor(['en-US', 'de-de'], 'en-us')).toBe('en-US');
    expect(listingKeyFor(['EN-US', 'en-us'], 'en-us')).toBe('en-us');
  });

  test('a language the submission lacks keeps its own key', () => {
    expect(listingKeyFor(['en-us'], 'fr-fr')).toBe('fr-fr');
    expect(listingKeyFor([], 'fr-fr')).toBe('fr-fr');
  });
});
