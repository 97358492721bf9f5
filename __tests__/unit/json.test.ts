import { describe, expect, test } from '@jest/globals';
import { findJsonProblem, JsonSyntaxError, locate, parseJson } from '../../src/json.js';

/** The JSON of a `submission-json: |` block as a runner hands it over: indented, CRLF line endings. */
function yamlBlock(lines: string[], eol = '\r\n'): string {
  return lines.map((line) => `  ${line}`).join(eol) + eol;
}

function problemOf(text: string): JsonSyntaxError {
  try {
    parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error('parsed without an error');
}

describe('parseJson', () => {
  test('parses JSON, with a BOM, CRLF and indentation as a YAML block gives it', () => {
    const text = '\uFEFF' + yamlBlock(['{', '  "notesForCertification": "none",', '  "listings": {}', '}']);
    expect(parseJson(text)).toEqual({ notesForCertification: 'none', listings: {} });
  });

  test('a trailing comma in a CRLF, indented block: the comma’s line and column, and the line quoted', () => {
    const text = yamlBlock([
      '{',
      '  "listings": {',
      '    "en-us": { "baseListing": { "releaseNotes": "Sync" } },',
      '  },',
      '  "notesForCertification": "none"',
      '}'
    ]);
    const { problem, message } = problemOf(text);
    expect(problem).toMatchObject({ line: 3, column: 61 });
    expect(problem.reason).toMatch(/comma before '}'.*no trailing comma/);
    expect(problem.lineText).toBe('      "en-us": { "baseListing": { "releaseNotes": "Sync" } },');
    expect(message).toBe(
      'line 3, column 61: a comma before \'}\': JSON allows no trailing comma. Line 3: `"en-us": { "baseListing": { "releaseNotes": "Sync" } },`'
    );
    expect(message).not.toMatch(/[\r\n]/);
  });

  test('a BOM does not count as a column; a trailing comma in a list', () => {
    const { problem } = problemOf('\uFEFF["a", "b",]');
    expect(problem).toMatchObject({ line: 1, column: 10 });
    expect(problem.reason).toMatch(/comma before '\]'/);
  });

  test('lone CR line endings count as lines too', () => {
    expect(problemOf('{\r"a": 1\r"b": 2\r}').problem).toMatchObject({ line: 3, column: 1 });
  });

  const cases: [string, string, { line: number; column: number }, RegExp][] = [
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3 }, /expected ',' or '}'.*missing comma/],
    ['a comment', '{\n  // the notes\n  "a": 1\n}', { line: 2, column: 3 }, /no comments/],
    ['a block comment', '[1, /* two */ 2]', { line: 1, column: 5 }, /no comments/],
    ['single-quoted values', '{ "a": \'x\' }', { line: 1, column: 8 }, /double quotes.*not single/],
    ['single-quoted names', "{ 'a': 1 }", { line: 1, column: 3 }, /property names need double quotes/],
    ['unquoted names', '{\n  notes: 1 }', { line: 2, column: 3 }, /property names need double quotes \('notes'\)/],
    ['a capitalised literal', '{ "a": True }', { line: 1, column: 8 }, /'True'.*lower case/],
    ['a line break inside a string', '{ "a": "one\n two" }', { line: 1, column: 12 }, /line break inside a string/],
    ['a tab inside a string', '{ "a": "one\ttwo" }', { line: 1, column: 12 }, /control character \(U\+0009\)/],
    ['an unclosed string', '{ "a": "one }', { line: 1, column: 8 }, /not closed/],
    ['a Windows path', '{ "fileName": "out\\x64\\app.msix" }', { line: 1, column: 19 }, /'\\x' is not a JSON escape/],
    ['a short \\u escape', '["\\u12"]', { line: 1, column: 3 }, /4 hex digits/],
    ['text that ends early', '{\n  "a": { "b": 1 }\n', { line: 3, column: 1 }, /ends here, unfinished.*'}' is missing/],
    ['a missing value', '{ "a": }', { line: 1, column: 8 }, /unexpected '}' where a value should be after the colon/],
    ['a missing colon', '{ "a" 1 }', { line: 1, column: 7 }, /expected ':'/],
    ['one brace too many', '{ "a": 1 }}', { line: 1, column: 11 }, /after the end of the JSON value/],
    ['a leading zero', '[007]', { line: 1, column: 2 }, /'007' is not a JSON number/],
    ['a bare decimal point', '[1.]', { line: 1, column: 2 }, /'1\.' is not a JSON number/],
    ['a GitHub expression left unquoted', '{ "a": ${{ x }} }', { line: 1, column: 8 }, /unexpected '\$/]
  ];
  test.each(cases)('%s', (_name, text, where, reason) => {
    const { problem, message } = problemOf(text);
    expect(problem).toMatchObject(where);
    expect(problem.reason).toMatch(reason);
    expect(message).toContain(`line ${where.line}, column ${where.column}: `);
    expect(message).not.toMatch(/[\r\n]/);
  });

  test('a long one-line JSON is quoted around the column only', () => {
    const long = JSON.stringify({ a: 'x'.repeat(200), b: 'y'.repeat(200) }).replace('"b"', ' b');
    const { problem, message } = problemOf(long);
    expect(problem.column).toBe(long.indexOf(' b') + 2);
    const quoted = /Line 1: `(.*)`$/.exec(message)?.[1] ?? '';
    expect(quoted.length).toBeLessThan(90);
    expect(quoted).toMatch(/^…x+", b:"y+…$/);
  });

  test('blank text says so', () => {
    expect(findJsonProblem('  \r\n ')).toEqual({ offset: 0, reason: expect.stringMatching(/no JSON value/) });
  });
});

describe('findJsonProblem agrees with JSON.parse', () => {
  const sample = JSON.stringify(
    {
      a: [1, -2.5e3, 0, true, false, null, 'x\\"\u00e9\n'],
      é: { 'b c': {}, d: [], e: [[{}]], f: '\\u0041' }
    },
    null,
    2
  );
  const pieces = ['', ',', '}', ']', '{', '[', '"', ':', '1', '-', '.', 'e', ' ', '\n', 'tru', '\\', "'", '/'];

  test('on mutations of a valid document', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const at = random(sample.length + 1);
      const cut = random(3);
      const text = sample.slice(0, at) + pieces[random(pieces.length)] + sample.slice(at + cut);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect([text, findJsonProblem(text) === undefined]).toEqual([text, valid]);
    }
  });
});

describe('locate', () => {
  test('counts CRLF as one line break', () => {
    expect(locate('ab\r\ncd\r\nef', 7)).toEqual({ line: 2, column: 4, lineText: 'cd' });
    expect(locate('ab\r\ncd', 4)).toEqual({ line: 2, column: 1, lineText: 'cd' });
  });
});
