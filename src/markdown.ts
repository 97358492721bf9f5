/**
 * Text into GitHub-flavoured Markdown so that it shows as written: whatever
 * a message, a file name or the Store's details hold (`#`, `|`, backticks,
 * `<tags>`, `*`, `[x](y)`, line breaks), it renders as those characters and
 * cannot open a heading, a table, a code span, HTML or a link. Pure.
 */

/** URLs become autolinks (`<https://...>`): nothing inside them is parsed, and they stay clickable. */
const URL = /https?:\/\/[^\s<>()[\]`"'|\\]+[^\s<>()[\]`"'|\\.,;:!?]/g;

/** Characters that mean something anywhere in a line (and, in a table cell, `|`). */
const INLINE = /[\\`*~[\]<&]|_(?![A-Za-z0-9])|(?<![A-Za-z0-9])_/g;
const INLINE_IN_CELL = new RegExp(`${INLINE.source}|\\|`, 'g');

/** What would open a block (heading, quote, list, table, rule) at the start of a line. */
const BLOCK_START = /^(\s*)([#>+=|-]|\d+(?=[.)]))/;

function escape(text: string, inCell: boolean): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const inline = (part: string): string => part.replace(inCell ? INLINE_IN_CELL : INLINE, (c) => `\\${c}`);
  let out = '';
  let last = 0;
  for (const match of oneLine.matchAll(URL)) {
    out += inline(oneLine.slice(last, match.index)) + `<${match[0]}>`;
    last = match.index + match[0].length;
  }
  out += inline(oneLine.slice(last));
  return out.replace(BLOCK_START, (_all, space: string, mark: string) =>
    /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`
  );
}

/** Text for a paragraph or a list item, on one line. */
export function markdownText(text: string): string {
  return escape(text, false);
}

/** Text for a table cell: as markdownText, and `|` cannot end the cell. */
export function markdownCell(text: string): string {
  return escape(text, true);
}

/** A code span that holds any text: a fence longer than any run of backticks inside it. */
export function codeSpan(text: string, options: { inCell?: boolean } = {}): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[ `]|[ `]$/.test(oneLine) ? ' ' : '';
  // In a table, GFM splits cells before it reads code spans: a | must be \| even there (it shows as |).
  const body = options.inCell ? oneLine.replace(/\|/g, '\\|') : oneLine;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A link whose label shows as written and whose address cannot end the link early. */
export function markdownLink(label: string, url: string, options: { inCell?: boolean } = {}): string {
  const address = url.replace(/[\s()<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${options.inCell ? markdownCell(label) : markdownText(label)}](${address})`;
}
