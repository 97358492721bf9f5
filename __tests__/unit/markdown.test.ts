import { describe, expect, test } from '@jest/globals';
import { codeSpan, markdownCell, markdownLink, markdownText } from '../../src/markdown.js';
import { markdownProblems, plainText } from './markdown-check.js';

/** Text that means something to Markdown, as messages, file names and the Store's details can hold it. */
const NASTY = [
  '# not a heading',
  '| not | a table |',
  '> not a quote',
  '- not a list',
  '1. not a list',
  'a `code` span and a lone ` backtick',
  '<details><summary>html</summary>',
  '*not bold* and _not italic_ and ~~not struck~~',
  '[not a link](https://example.test) ![no image](x.png)',
  'C:\\out\\*.msixupload and \\| and a trailing \\',
  'AT&amp;T &#169; snake_case_name',
  'see https://partner.microsoft.com/dashboard/products/9NBLGGH4R315/overview, then run again.'
];

describe('markdownText', () => {
  test.each(NASTY)('shows %j as written, in a paragraph and a list item', (text) => {
    for (const line of [`**Error:** ${markdownText(text)}`, `- ${markdownText(text)}`]) {
      expect(markdownProblems(line)).toEqual([]);
      expect(plainText(line.replace(/^(\*\*Error:\*\* |- )/, ''))).toBe(text);
    }
  });

  test('joins lines, so a line break cannot start a heading or a table', () => {
    const text = markdownText('first\n# second\r\n| third |');
    expect(text).not.toMatch(/\n/);
    expect(plainText(text)).toBe('first # second | third |');
  });

  test('leaves | alone in a paragraph (no stray \\|), but not at the start', () => {
    expect(markdownText('a YAML block scalar `|` keeps it')).toBe('a YAML block scalar \\`|\\` keeps it');
    expect(markdownText('| x')).toBe('\\| x');
  });

  test('turns URLs into autolinks and leaves the words around them readable', () => {
    expect(markdownText('Delete it in Partner Center (https://partner.microsoft.com/a/b_c/overview), then run.')).toBe(
      'Delete it in Partner Center (<https://partner.microsoft.com/a/b_c/overview>), then run.'
    );
  });

  test('leaves ordinary sentences as they are', () => {
    const text = "Input 'timeout-minutes' must be a number from 0.001 to 20160, got 'soon'.";
    expect(markdownText(text)).toBe(text);
  });
});

describe('markdownCell', () => {
  test.each(NASTY)('shows %j as written in a table cell', (text) => {
    const row = `| Target | ${markdownCell(text)} |`;
    expect(markdownProblems(row)).toEqual([]);
    expect(plainText(/^\| Target \| (.*) \|$/.exec(row)![1])).toBe(text);
  });
});

describe('codeSpan', () => {
  test.each([
    ['listings', '`listings`'],
    ['a`b', '``a`b``'],
    ['`edge', '`` `edge ``'],
    ['a|b', '`a|b`']
  ])('%j -> %j', (text, span) => {
    expect(codeSpan(text)).toBe(span);
    expect(plainText(span)).toBe(text);
  });

  test('in a cell, | is escaped (GFM reads it as | inside the code)', () => {
    const row = `| Changed | ${codeSpan('a|b', { inCell: true })} |`;
    expect(row).toBe('| Changed | `a\\|b` |');
    expect(markdownProblems(row)).toEqual([]);
    expect(plainText('`a\\|b`', { inCell: true })).toBe('a|b');
  });
});

describe('markdownLink', () => {
  test('escapes the label and keeps the address in one piece', () => {
    expect(markdownLink('CI | #5 [main]', 'https://github.com/o/r/actions/runs/5', { inCell: true })).toBe(
      '[CI \\| #5 \\[main\\]](https://github.com/o/r/actions/runs/5)'
    );
    expect(markdownLink('x', 'https://a.test/a b(c)')).toBe('[x](https://a.test/a%20b%28c%29)');
  });
});
