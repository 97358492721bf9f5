/** Lines the runner would read as workflow commands (actions/runner ActionCommand.TryParseV2 and TryParse) are marked. */
import { describe, expect, test } from '@jest/globals';
import { COMMAND_MARK, safeLog, safeLogLine } from '../../src/log-safe.js';

/** What the runner reads as a command: `::name` after leading whitespace, or `##[` anywhere. */
const looksLikeCommand = (line: string): boolean => /^[\s\u0085]*::/u.test(line) || line.includes('##[');
/** The runner's line split: CR, LF, CRLF. */
const runnerLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

describe('safeLogLine', () => {
  test.each([
    '::add-mask::secret-ish',
    '::stop-commands::x',
    '  ::error::x',
    '\t::set-output name=a::b',
    '\u00a0::warning::x',
    '\u2003::notice::x',
    '::'
  ])('%j gets the mark in front of it', (line) => {
    expect(safeLogLine(line)).toBe(`${COMMAND_MARK}${line}`);
    expect(looksLikeCommand(safeLogLine(line))).toBe(false);
  });

  test('the legacy ##[command] form anywhere in a line is broken up, visibly', () => {
    expect(safeLogLine('release ##[error]boom')).toBe('release ## [error]boom');
    expect(safeLogLine('##[stop-commands]t ##[x]')).toBe('## [stop-commands]t ## [x]');
  });

  test('ordinary lines, and :: inside a line, are left as they are', () => {
    for (const line of ['Updated submission 1.', 'a::b::c', 'C:: drive', '# heading', ''])
      expect(safeLogLine(line)).toBe(line);
  });
});

describe('safeLog', () => {
  test('every line of multi-line text (LF, CRLF, a lone CR) is made safe; the line breaks are kept', () => {
    const text = 'Notes:\n::add-mask::secret-ish\r\n  ::stop-commands::x\rok ##[error]y\n';
    const safe = safeLog(text);
    expect(safe).toBe(
      `Notes:\n${COMMAND_MARK}::add-mask::secret-ish\r\n${COMMAND_MARK}  ::stop-commands::x\rok ## [error]y\n`
    );
    expect(runnerLines(safe).filter(looksLikeCommand)).toEqual([]);
    expect(runnerLines(text).filter(looksLikeCommand)).toHaveLength(3);
  });
});
