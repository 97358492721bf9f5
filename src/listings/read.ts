/**
 * Reads a listings folder into plain data (`ListingsFolder`), checking every
 * file against the Store's rules on the way, so that a bad folder fails with
 * one line naming the file and the language before anything on the server
 * changes.
 *
 * Layout: one folder per language, named by its language code (any case);
 * in it the text files of `rules.ts`, and for an app `images/<imageType>/`
 * folders, for an add-on `icon.png`. File and folder names match
 * case-insensitively. Hidden files (.DS_Store, .gitkeep, Thumbs.db) are
 * skipped everywhere, and so is the list of the Store's images that
 * `operation: export` writes (`store-images.txt`); files beside the
 * language folders (a README) are ignored; anything else unknown is an
 * error, so that a misspelt file name is not silently left out.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError } from '../errors.js';
import {
  ADD_ON_ICON,
  IMAGES_FOLDER,
  knownEntries,
  STORE_IMAGES_FILE,
  textFileRules,
  textProblem,
  type TextFileRule
} from './rules.js';
import { listEntries, readHead } from './disk.js';
import { compareCodePoints, imageFormat, pngSize } from './images.js';
import { readImagesFolder } from './read-images.js';
import { isLanguageCode } from './language.js';
import { decodeText, normaliseText, NotUtf8Error, textLines } from './text.js';
import type { LanguageListing, ListingFile, ListingKind, ListingsFolder, ListingTexts } from './types.js';

function fail(message: string, hint?: string): never {
  throw new ActionError(message, { hint });
}

export async function readListingsFolder(path: string, kind: ListingKind): Promise<ListingsFolder> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    return fail(
      `'listings-folder' does not exist: ${path}.`,
      'Check the path (it is relative to the workspace) and that the repository is checked out.'
    );
  }
  if (!isDirectory)
    fail(`'listings-folder' is not a folder: ${path}.`, 'Give the folder that holds the language folders.');
  const seen = new Map<string, string>();
  const languages: LanguageListing[] = [];
  for (const entry of await listEntries(path)) {
    if (!entry.isDirectory) continue;
    if (!isLanguageCode(entry.name)) {
      fail(
        `'listings-folder' ${path} holds a folder '${entry.name}' that is not a language code.`,
        'Name each folder after its listing language, e.g. en-us or de-DE; other folders do not belong there.'
      );
    }
    const language = entry.name.toLowerCase();
    const twin = seen.get(language);
    if (twin)
      fail(`'listings-folder' ${path} holds two folders for language ${language}: '${twin}' and '${entry.name}'.`);
    seen.set(language, entry.name);
    languages.push(await readLanguage(path, entry.name, kind));
  }
  if (languages.length === 0) {
    fail(
      `'listings-folder' ${path} holds no language folder.`,
      'Give the folder that holds one folder per language (en-us/, de-de/, ...), not a language folder itself.'
    );
  }
  languages.sort((a, b) => compareCodePoints(a.language, b.language));
  return { path, kind, languages };
}

async function readLanguage(root: string, folderName: string, kind: ListingKind): Promise<LanguageListing> {
  const dir = join(root, folderName);
  const listing: LanguageListing = { folderName, language: folderName.toLowerCase(), texts: {} };
  const rules = textFileRules(kind);
  const seen = new Set<string>();
  for (const entry of await listEntries(dir)) {
    const name = entry.name.toLowerCase();
    const where = join(dir, entry.name);
    if (seen.has(name)) fail(`Listing ${folderName}: ${dir} holds '${entry.name}' twice (in two spellings).`);
    seen.add(name);
    const rule = rules.find((r) => r.file === name);
    if (name === STORE_IMAGES_FILE && !entry.isDirectory) {
      // What operation export found on the Store, for people: it sets nothing.
    } else if (rule && !entry.isDirectory) {
      setText(listing.texts, rule, await readText(where, rule, folderName));
    } else if (kind === 'app' && name === IMAGES_FOLDER && entry.isDirectory) {
      listing.images = await readImagesFolder(where, listing);
    } else if (kind === 'add-on' && name === ADD_ON_ICON.file && !entry.isDirectory) {
      listing.icon = await readIcon(where, listing);
    } else {
      fail(
        `Listing ${folderName}: ${where} is a ${entry.isDirectory ? 'folder' : 'file'} an ${kind} listing does not take.`,
        `A language folder of ${kind === 'app' ? 'an app' : 'an add-on'} holds: ${knownEntries(kind).join(', ')}.`
      );
    }
  }
  return listing;
}

async function readText(path: string, rule: TextFileRule, language: string): Promise<string | string[]> {
  let text: string;
  try {
    text = decodeText(await readFile(path));
  } catch (error) {
    if (error instanceof NotUtf8Error) {
      fail(`Listing ${language}: ${path} ${error.message}.`, 'Save it as UTF-8 (with or without a BOM).');
    }
    throw error;
  }
  const value = rule.list ? textLines(text) : normaliseText(text);
  const problem = textProblem(rule, value);
  if (problem)
    fail(`Listing ${language}: ${path}: ${problem}.`, 'Shorten it; characters are counted as Unicode code points.');
  return value;
}

function setText(texts: ListingTexts, rule: TextFileRule, value: string | string[]): void {
  (texts as Record<string, string | string[]>)[rule.field] = value;
}

async function readIcon(path: string, listing: LanguageListing): Promise<ListingFile> {
  const head = await readHead(path);
  const size = pngSize(head);
  const { width, height } = ADD_ON_ICON;
  if (!size || size.width !== width || size.height !== height) {
    const found = size ? `a ${size.width}x${size.height} PNG` : imageFormat(head) === 'jpeg' ? 'a JPEG' : 'not a PNG';
    fail(
      `Listing ${listing.folderName}: ${path} is ${found}; an add-on icon must be a ${width}x${height} PNG.`,
      `Export the icon as a ${width}x${height} PNG.`
    );
  }
  return { zipPath: `listings/${listing.language}/${ADD_ON_ICON.file}`, diskPath: path };
}
