/**
 * A listings folder written from the Store's listings (`operation: export`),
 * in the layout `read.ts` reads: one folder per language, one text file per
 * field (list files one item a line), LF line breaks, and a
 * `store-images.txt` naming the Store's images, which the reader skips.
 *
 * Nothing is written until every file has been checked: a file whose text
 * differs from the Store's fails the step (unless `overwrite`), naming it; a
 * file that already says the same (line breaks aside: a CRLF checkout reads
 * the same) is left alone. Existing folder and file names are matched
 * case-insensitively, as the reader matches them, so `en-US/Title.txt` is
 * updated rather than doubled.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError } from '../errors.js';
import { listEntries } from './disk.js';
import type { StoreListing } from './from-store.js';
import { isLanguageCode } from './language.js';
import { STORE_IMAGES_FILE, textFileRules, textProblem } from './rules.js';
import { normaliseText, textLines } from './text.js';
import type { ListingKind } from './types.js';

/** One file to write: its path below the folder (`en-us/title.txt`) and its text. */
export interface FolderFile {
  language: string;
  name: string;
  content: string;
}

const lf = (text: string): string => text.replace(/\r\n?/g, '\n');
const oneLine = (text: string): string => text.replace(/[\r\n\t]+/g, ' ');
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The files for the Store's listings, and a note for each value the folder cannot carry back as it is. */
export function folderFiles(
  listings: readonly StoreListing[],
  kind: ListingKind
): { files: FolderFile[]; notes: string[] } {
  const files: FolderFile[] = [];
  const notes: string[] = [];
  for (const listing of listings) {
    const language = listing.language;
    if (!isLanguageCode(language)) {
      notes.push(
        `The Store's listing ${JSON.stringify(language)} is not named by a language code; it was not exported.`
      );
      continue;
    }
    for (const rule of textFileRules(kind)) {
      const value = listing.texts[rule.field];
      if (value === undefined) continue;
      const content = typeof value === 'string' ? `${lf(value)}\n` : `${value.map(lf).join('\n')}\n`;
      files.push({ language, name: rule.file, content });
      const readBack = typeof value === 'string' ? normaliseText(content) : textLines(content);
      const where = `${language}/${rule.file}`;
      if (!same(readBack, value))
        notes.push(
          `${where}: the Store's ${rule.label} has line breaks, spaces or empty items a listings folder does not keep; publishing the folder sends it without them.`
        );
      const problem = textProblem(rule, value);
      if (problem) notes.push(`${where}: ${problem}; listings-folder refuses it until it is shortened.`);
    }
    if (listing.images.length > 0)
      files.push({ language, name: STORE_IMAGES_FILE, content: imagesList(listing, kind) });
  }
  return { files, notes };
}

function imagesList(listing: StoreListing, kind: ListingKind): string {
  const how =
    kind === 'app'
      ? 'To replace them, put image files under images/<type>/ (docs/listings.md).'
      : 'To replace the icon, put a 300x300 icon.png beside this file.';
  return [
    `# The images the Store holds for the ${listing.language} listing (type, then file name), as the Store API lists them.`,
    `# Written by operation: export; listings-folder skips this file. ${how}`,
    ...listing.images.map((image) => `${oneLine(image.imageType)}\t${oneLine(image.fileName)}`),
    ''
  ].join('\n');
}

/** The entry of `dir` named `name` in any case (as the reader matches), else `name`. */
async function existingName(dir: string, name: string): Promise<string> {
  try {
    const entries = await listEntries(dir);
    return (
      entries.find((e) => e.name === name)?.name ??
      entries.find((e) => e.name.toLowerCase() === name.toLowerCase())?.name ??
      name
    );
  } catch {
    return name;
  }
}

async function currentText(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR')
      throw new ActionError(`'operation: export' would write the file ${path}, but a folder has that name.`, {
        hint: 'Move the folder away, or export into another listings-folder.'
      });
    throw error;
  }
}

export interface WriteResult {
  /** Paths below the folder, `/`-separated, in the order written. */
  written: string[];
  /** Files that already held the same text. */
  unchanged: string[];
}

/**
 * Writes `files` into `folder` (created when missing). Checks them all first: a file that differs fails the step
 * before anything is written, unless `overwrite`. `dryRun`: checks and reports, writes nothing.
 */
export async function writeFolder(
  folder: string,
  files: readonly FolderFile[],
  options: { overwrite: boolean; dryRun: boolean; log: (line: string) => void }
): Promise<WriteResult> {
  const planned: { path: string; relative: string; content: string; dir: string }[] = [];
  const unchanged: string[] = [];
  const differing: string[] = [];
  const folders = new Map<string, string>();
  for (const file of files) {
    let languageFolder = folders.get(file.language);
    if (languageFolder === undefined) {
      languageFolder = await existingName(folder, file.language);
      folders.set(file.language, languageFolder);
    }
    const dir = join(folder, languageFolder);
    const name = await existingName(dir, file.name);
    const relative = `${languageFolder}/${name}`;
    const current = await currentText(join(dir, name));
    if (current !== undefined && lf(current) === file.content) {
      unchanged.push(relative);
      continue;
    }
    if (current !== undefined) differing.push(relative);
    planned.push({ path: join(dir, name), relative, content: file.content, dir });
  }
  if (differing.length > 0 && !options.overwrite) {
    const more = differing.length > 1 ? ` (and ${differing.length - 1} more: ${differing.slice(1).join(', ')})` : '';
    throw new ActionError(
      `'operation: export' would replace ${join(folder, differing[0])}${more}, whose content differs from what the Store holds; nothing was written.`,
      { hint: "Set 'overwrite: true' to replace such files, or export into another 'listings-folder'." }
    );
  }
  const written: string[] = [];
  for (const file of planned) {
    if (options.dryRun) {
      options.log(`Dry run: would write ${join(folder, file.relative)}.`);
      continue;
    }
    await mkdir(file.dir, { recursive: true });
    await writeFile(file.path, file.content, 'utf8');
    options.log(`Wrote ${join(folder, file.relative)}.`);
    written.push(file.relative);
  }
  return { written: options.dryRun ? planned.map((file) => file.relative) : written, unchanged };
}
