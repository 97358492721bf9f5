/**
 * `release-notes` / `release-notes-file`, whichever API they go to: one of the two (not both), parsed from the
 * inputs alone, then read (a UTF-8 file without its BOM), line ends made LF, trimmed. Where the text goes is each
 * API's own (src/release-notes.ts, src/msi-exe/release-notes.ts).
 */
import { readFile } from '../fs-callbacks.js';
import { fail, type InputReader } from './parse.js';

/** Release notes as the inputs give them: the text, or the file that holds it. */
export type ReleaseNotesInput = { text: string } | { file: string };

/** The release notes as given, or undefined when neither input is given. */
export function parseReleaseNotes(input: InputReader): ReleaseNotesInput | undefined {
  const inline = input('release-notes');
  const file = input('release-notes-file');
  if (!inline && !file) return undefined;
  if (inline && file) fail("Give either 'release-notes' or 'release-notes-file', not both.");
  return file ? { file } : { text: inline };
}

/** The notes' text (the file read, if they are in one). */
export async function readReleaseNotesText(given: ReleaseNotesInput): Promise<string> {
  let text = 'text' in given ? given.text : '';
  const file = 'file' in given ? given.file : '';
  if (file) {
    try {
      text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    } catch (error) {
      fail(
        `Cannot read 'release-notes-file' (${file}): ${(error as Error).message}.`,
        'The path is relative to the workspace.'
      );
    }
  }
  const notes = text.replace(/\r\n?/g, '\n').trim();
  if (!notes) fail(`'release-notes-file' (${file}) is empty.`, 'Write the notes into it, or leave the input out.');
  return notes;
}
