import { describe, expect, test } from '@jest/globals';
import { knownEntries, textFileRules, textProblem, type TextFileRule } from '../../../src/listings/rules.js';
import type { ListingKind } from '../../../src/listings/types.js';

function rule(kind: ListingKind, file: string): TextFileRule {
  const found = textFileRules(kind).find((r) => r.file === file);
  if (!found) throw new Error(`no rule for ${file}`);
  return found;
}

/** `n` characters, each a code point outside the BMP (two UTF-16 units), to prove code points are counted. */
const chars = (n: number): string => '😀'.repeat(n);

describe('the Store limits on texts', () => {
  test.each([
    ['app', 'description.txt', 10_000],
    ['app', 'release-notes.txt', 1_500],
    ['app', 'short-title.txt', 50],
    ['app', 'short-description.txt', 1_000],
    ['app', 'copyright.txt', 200],
    ['app', 'license-terms.txt', 10_000],
    ['app', 'developed-by.txt', 255],
    ['add-on', 'title.txt', 100],
    ['add-on', 'description.txt', 200]
  ] as const)('%s %s: %i characters pass, one more does not', (kind, file, limit) => {
    const r = rule(kind, file);
    expect(textProblem(r, chars(limit))).toBeUndefined();
    expect(textProblem(r, chars(limit + 1))).toBe(
      `has ${limit + 1} characters; the Store takes at most ${limit} for the ${r.label}`
    );
  });

  test('an app title has no limit of ours', () => {
    expect(textProblem(rule('app', 'title.txt'), 'x'.repeat(100_000))).toBeUndefined();
  });

  test.each([
    ['features.txt', 20, 200, 'feature'],
    ['minimum-hardware.txt', 11, 200, 'item'],
    ['recommended-hardware.txt', 11, 200, 'item']
  ] as const)(
    '%s: %i items of %i characters pass; one more item, or one more character, do not',
    (file, items, length, item) => {
      const r = rule('app', file);
      expect(
        textProblem(
          r,
          Array.from({ length: items }, () => chars(length))
        )
      ).toBeUndefined();
      expect(
        textProblem(
          r,
          Array.from({ length: items + 1 }, () => 'x')
        )
      ).toBe(`holds ${items + 1} ${item}s (one per non-empty line); the Store takes at most ${items}`);
      expect(textProblem(r, ['ok', 'x'.repeat(length + 1)])).toBe(
        `${item} 2 ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...") has ${length + 1} characters; the Store takes at most ${length} for each ${item}`
      );
    }
  );

  test('keywords: 7 of 40 characters and 21 words in all pass', () => {
    const r = rule('app', 'keywords.txt');
    const forty = 'x'.repeat(40);
    expect(
      textProblem(
        r,
        Array.from({ length: 7 }, () => forty)
      )
    ).toBeUndefined();
    expect(textProblem(r, ['a b c', 'd e f', 'g h i', 'j k l', 'm n o', 'p q r', 's t u'])).toBeUndefined();
  });

  test('keywords: an 8th, a 41st character, or a 22nd word are refused', () => {
    const r = rule('app', 'keywords.txt');
    expect(
      textProblem(
        r,
        Array.from({ length: 8 }, () => 'k')
      )
    ).toMatch(/^holds 8 keywords .*at most 7$/);
    expect(textProblem(r, ['photo', 'y'.repeat(41)])).toMatch(/^keyword 2 .* has 41 characters; .*at most 40/);
    expect(textProblem(r, ['a b c', 'd e f', 'g h i', 'j k l', 'm n o', 'p q r', 's t u v'])).toBe(
      'holds 22 words in all; the Store takes at most 21 words across all keywords'
    );
  });
});

describe('knownEntries', () => {
  test('names what each kind of language folder holds', () => {
    expect(knownEntries('app')).toEqual([
      'title.txt',
      'short-title.txt',
      'description.txt',
      'short-description.txt',
      'release-notes.txt',
      'features.txt',
      'keywords.txt',
      'copyright.txt',
      'license-terms.txt',
      'developed-by.txt',
      'minimum-hardware.txt',
      'recommended-hardware.txt',
      'images/'
    ]);
    expect(knownEntries('add-on')).toEqual(['title.txt', 'description.txt', 'icon.png']);
  });
});
