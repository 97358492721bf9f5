/**
 * The files a language folder may hold, the field each fills, and the
 * Store's documented limits on it. Characters are counted as the Store
 * counts them: Unicode code points (see `characterCount`). Text exactly at a
 * limit passes and is sent uncut. Pure.
 */
import type { ListingKind, ListingTexts } from './types.js';
import { characterCount, wordCount } from './text.js';

export interface TextFileRule {
  file: string;
  field: keyof ListingTexts;
  /** What Partner Center calls it, for messages: "short description". */
  label: string;
  /** A list file: one item a line. `item` names one item in messages. */
  list?: { maxItems: number; item: string; maxWords?: number };
  /** The most characters of the text, or of each item of a list. */
  maxLength?: number;
}

/** A list file's rule: one item a line, at most `maxItems` of at most `maxLength` characters each. */
function listFile(
  file: string,
  field: keyof ListingTexts,
  label: string,
  list: { maxItems: number; item: string; maxWords?: number },
  maxLength: number
): TextFileRule {
  return { file, field, label, list, maxLength };
}

const APP_TEXT_FILES: readonly TextFileRule[] = [
  { file: 'title.txt', field: 'title', label: 'title' },
  { file: 'short-title.txt', field: 'shortTitle', label: 'short title', maxLength: 50 },
  { file: 'description.txt', field: 'description', label: 'description', maxLength: 10_000 },
  { file: 'short-description.txt', field: 'shortDescription', label: 'short description', maxLength: 1_000 },
  { file: 'release-notes.txt', field: 'releaseNotes', label: 'release notes', maxLength: 1_500 },
  listFile('features.txt', 'features', 'features', { maxItems: 20, item: 'feature' }, 200),
  listFile('keywords.txt', 'keywords', 'keywords', { maxItems: 7, item: 'keyword', maxWords: 21 }, 40),
  { file: 'copyright.txt', field: 'copyright', label: 'copyright and trademark info', maxLength: 200 },
  { file: 'license-terms.txt', field: 'licenseTerms', label: 'additional license terms', maxLength: 10_000 },
  { file: 'developed-by.txt', field: 'developedBy', label: 'developed by', maxLength: 255 },
  listFile('minimum-hardware.txt', 'minimumHardware', 'minimum hardware', { maxItems: 11, item: 'item' }, 200),
  listFile(
    'recommended-hardware.txt',
    'recommendedHardware',
    'recommended hardware',
    { maxItems: 11, item: 'item' },
    200
  )
];

const ADD_ON_TEXT_FILES: readonly TextFileRule[] = [
  { file: 'title.txt', field: 'title', label: 'add-on title', maxLength: 100 },
  { file: 'description.txt', field: 'description', label: 'add-on description', maxLength: 200 }
];

/**
 * The file `operation: export` writes into each language folder to name the images (or the add-on icon) the
 * Store holds, which the submission API lists but does not hand out. The reader skips it: it changes nothing.
 */
export const STORE_IMAGES_FILE = 'store-images.txt';

/** An app listing's image folder, and an add-on's icon. */
export const IMAGES_FOLDER = 'images';
export const ADD_ON_ICON = { file: 'icon.png', width: 300, height: 300 } as const;

export function textFileRules(kind: ListingKind): readonly TextFileRule[] {
  return kind === 'app' ? APP_TEXT_FILES : ADD_ON_TEXT_FILES;
}

/** Every name a language folder of this kind may hold, for the message about one it may not. */
export function knownEntries(kind: ListingKind): string[] {
  const texts = textFileRules(kind).map((rule) => rule.file);
  return kind === 'app' ? [...texts, `${IMAGES_FOLDER}/`] : [...texts, ADD_ON_ICON.file];
}

/** What is wrong with a text or list under its rule, as the end of a sentence; undefined when nothing is. */
export function textProblem(rule: TextFileRule, value: string | string[]): string | undefined {
  if (typeof value === 'string') {
    return tooLong(value, rule.maxLength, `the ${rule.label}`);
  }
  const list = rule.list;
  if (!list) return undefined;
  if (value.length > list.maxItems) {
    return `holds ${value.length} ${list.item}s (one per non-empty line); the Store takes at most ${list.maxItems}`;
  }
  for (const [i, item] of value.entries()) {
    const problem = tooLong(item, rule.maxLength, `each ${list.item}`);
    if (problem) return `${list.item} ${i + 1} (${quote(item)}) ${problem}`;
  }
  const words = value.reduce((sum, item) => sum + wordCount(item), 0);
  if (list.maxWords !== undefined && words > list.maxWords) {
    return `holds ${words} words in all; the Store takes at most ${list.maxWords} words across all ${rule.label}`;
  }
  return undefined;
}

function tooLong(text: string, max: number | undefined, what: string): string | undefined {
  if (max === undefined) return undefined;
  const count = characterCount(text);
  return count > max ? `has ${count} characters; the Store takes at most ${max} for ${what}` : undefined;
}

function quote(text: string): string {
  const chars = [...text];
  return JSON.stringify(chars.length > 30 ? `${chars.slice(0, 30).join('')}...` : text);
}
