/**
 * `submission-json` / `submission-json-file`, for either API: parsed from the inputs alone, then read (the file)
 * and checked to be one JSON object, with the line and column of a syntax error.
 */
import { readFile } from '../fs-callbacks.js';
import { JsonSyntaxError, parseJson } from '../json.js';
import { deepMerge, isPlainObject, type JsonObject } from '../merge.js';
import { fail, type InputReader } from './parse.js';

/** submission-json as the inputs give it: inline, or in a file (not read yet). */
export interface ChangesInput {
  text?: string;
  file?: string;
  /** For messages: "'submission-json'", "'submission-json-file' (path)". */
  source: string;
}

export function parseChangesInput(input: InputReader): ChangesInput {
  const inline = input('submission-json');
  const file = input('submission-json-file');
  if (inline && file) {
    fail("Give either 'submission-json' or 'submission-json-file', not both.");
  }
  return file ? { file, source: `'submission-json-file' (${file})` } : { text: inline, source: "'submission-json'" };
}

export async function readChanges(given: ChangesInput): Promise<{ changes: JsonObject; source: string }> {
  const { file, source } = given;
  let text = given.text ?? '';
  if (file) {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      fail(`Cannot read ${source}: ${(error as Error).message}.`, 'Check the path; it is relative to the workspace.');
    }
  }
  if (!text.trim()) return { changes: {}, source };
  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch (error) {
    const where = error instanceof JsonSyntaxError ? ` at ${error.message}` : `: ${(error as Error).message}`;
    fail(
      `${source} is not valid JSON${where}.`,
      file ? 'Fix the JSON in the file.' : "Fix the JSON (line 1 is the first line after 'submission-json: |')."
    );
  }
  if (!isPlainObject(parsed)) {
    fail(
      `${source} must be a JSON object ({ ... }) of submission fields, got ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed}.`
    );
  }
  return { changes: deepMerge({}, parsed), source };
}
