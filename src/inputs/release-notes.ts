/**
 * The text of `release-notes` / `release-notes-file`, whichever API it goes
 * to: one of the two (not both), read from a UTF-8 file without its BOM,
 * line ends made LF, trimmed. Where the text goes is each API's own
 * (src/release-notes.ts, src/msi-exe/release-notes.ts).
 */
import { readFile } from 'node:fs/promises';
import { fail, type InputReader } from './parse.js';

/** The release notes' text, or undefined when neither input is given. */
export async function readReleaseNotesText(input: InputReader): Promise<string | undefined> {
  const inline = input('release-notes');
  const file = input('release-notes-file');
  if (!inline && !file) return undefined;
  if (inline && file) fail("Give either 'release-notes' or 'release-notes-file', not both.");
  let text = inline;
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
