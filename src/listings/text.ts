/**
 * How a listing text file becomes the text the Store gets. Pure.
 *
 * - UTF-8 only; a BOM is dropped. A UTF-16 file (Notepad's "Unicode") or
 *   bytes that are not UTF-8 are refused rather than sent as mojibake.
 * - Line breaks become `\n` (CRLF and a lone CR alike). The Store counts
 *   characters, so a CRLF would cost two of the limit, and the same file
 *   checked out on a Windows runner (git autocrlf) and on Linux would give two
 *   different listings. The Store's own JSON carries `\n` inside texts, and
 *   Partner Center shows it as a line break, so `\n` is what it expects.
 * - Trailing line breaks (the newline editors add, and blank lines after it)
 *   are trimmed; every other character, spaces included, is kept as written.
 */
import { TextDecoder } from 'node:util';

/** Why bytes are not listing text: the reader turns it into an error naming the file. */
export class NotUtf8Error extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new NotUtf8Error('is UTF-16 text (it starts with a UTF-16 byte order mark)');
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new NotUtf8Error('is not valid UTF-8 text');
  }
  return text.replace(/^\uFEFF/, '');
}

/** Line breaks as `\n`, trailing ones trimmed. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}

/** A list file: one item a line, each trimmed of surrounding spaces, blank lines skipped. */
export function textLines(text: string): string[] {
  return normaliseText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Characters as the Store counts them: Unicode code points, so that an emoji
 * or a CJK extension character outside the BMP counts once (a JavaScript
 * string's `length` would count its two UTF-16 units).
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Words, as in the Store's "21 words in all" for keywords: runs of non-space characters. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
