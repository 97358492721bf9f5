/**
 * JSON for people: parse, and when the text is not JSON, say where (line and
 * column, counted as an editor counts them), quote that line, and say what
 * was wrong in words (a trailing comma, a comment, single quotes, a line
 * break inside a string...). JSON.parse does the parsing; a small scanner
 * runs only after it failed, to find the spot. Pure.
 */

/** The first spot where the text stops being JSON. */
export interface JsonProblem {
  /** 1-based line (CRLF, LF and lone CR each end a line). */
  line: number;
  /** 1-based column within that line. */
  column: number;
  /** The line, without its line break. */
  lineText: string;
  /** What is wrong there, in words. */
  reason: string;
}

export class JsonSyntaxError extends Error {
  constructor(readonly problem: JsonProblem) {
    super(describeJsonProblem(problem));
    this.name = 'JsonSyntaxError';
  }
}

/** JSON.parse, with a leading BOM ignored and a JsonSyntaxError that says where. */
export function parseJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    const found = findJsonProblem(body);
    if (found) throw new JsonSyntaxError({ ...locate(body, found.offset), reason: found.reason });
    // The scanner saw nothing wrong where JSON.parse did: keep the engine's words, on one line.
    throw new Error((error as Error).message.replace(/\s*[\r\n]+\s*/g, ' '));
  }
}

/** "line 3, column 9: <reason>. Line 3: `<the line>`" */
export function describeJsonProblem(problem: JsonProblem): string {
  return `line ${problem.line}, column ${problem.column}: ${problem.reason}. Line ${problem.line}: \`${excerpt(problem)}\``;
}

const EXCERPT_BEFORE = 40;
const EXCERPT_AFTER = 40;

/** The line without its indentation; a long line (minified JSON) cut to the part around the column. */
function excerpt({ lineText, column }: JsonProblem): string {
  const text = lineText.trimEnd();
  if (text.length <= EXCERPT_BEFORE + EXCERPT_AFTER) return text.trim() || '(an empty line)';
  const start = Math.max(0, column - 1 - EXCERPT_BEFORE);
  const end = Math.min(text.length, column - 1 + EXCERPT_AFTER);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Line, column and line text of an offset into `text`. */
export function locate(text: string, offset: number): Omit<JsonProblem, 'reason'> {
  const lineBreak = /\r\n|\n|\r/g;
  let line = 1;
  let lineStart = 0;
  for (
    let match = lineBreak.exec(text);
    match && match.index + match[0].length <= offset;
    match = lineBreak.exec(text)
  ) {
    line++;
    lineStart = match.index + match[0].length;
  }
  const rest = text.slice(lineStart);
  const lineEnd = rest.search(/[\r\n]/);
  return { line, column: offset - lineStart + 1, lineText: lineEnd < 0 ? rest : rest.slice(0, lineEnd) };
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string
  ) {}
}

const ENDS_EARLY = 'the JSON ends here, unfinished';

/** The offset and reason of the first syntax error in `text`, or undefined if it is JSON. */
export function findJsonProblem(text: string): { offset: number; reason: string } | undefined {
  if (!text.trim()) return { offset: 0, reason: 'there is no JSON value, only blank space' };
  try {
    new JsonScanner(text).document();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    if (error instanceof RangeError) return undefined; // nested too deep for the scanner: JSON.parse's words stand
    throw error;
  }
}

/** A recursive-descent walk over JSON text that throws Stop at the first thing JSON does not allow. */
class JsonScanner {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.value('here');
    this.skipSpace();
    if (this.at < this.text.length)
      this.stop(`unexpected '${this.char()}' after the end of the JSON value (one '}' or ']' too many?)`);
  }

  private stop(reason: string, offset = this.at): never {
    throw new Stop(offset, reason);
  }

  private char(): string {
    return this.text[this.at] ?? '';
  }

  private skipSpace(): void {
    while (/[ \t\r\n]/.test(this.char())) this.at++;
    if (this.text.startsWith('//', this.at) || this.text.startsWith('/*', this.at))
      this.stop('JSON allows no comments');
  }

  private word(): string {
    return /^[^\s,:{}[\]"]{1,20}/.exec(this.text.slice(this.at))?.[0] ?? this.char();
  }

  private value(after: string): void {
    this.skipSpace();
    const c = this.char();
    if (c === '{') return this.members('}', () => this.property());
    if (c === '[') return this.members(']', () => this.value('in the list'));
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.at) && !/[\w$]/.test(this.text[this.at + literal.length] ?? '')) {
        this.at += literal.length;
        return;
      }
    }
    this.missingValue(after);
  }

  private missingValue(after: string): never {
    const c = this.char();
    if (c === '') return this.stop(`${ENDS_EARLY}: a value is missing ${after}`);
    if (c === "'") return this.stop('strings need double quotes ("), not single quotes');
    if (/[A-Za-z_$]/.test(c))
      return this.stop(
        `unexpected '${this.word()}': text needs double quotes, and true, false and null are lower case`
      );
    return this.stop(`unexpected '${c}' where a value should be ${after}`);
  }

  /** An object's properties or an array's items, from the opening bracket to the closing one. */
  private members(close: '}' | ']', member: () => void): void {
    const noun = close === '}' ? 'property' : 'item';
    this.at++;
    this.skipSpace();
    if (this.char() === close) return void this.at++;
    for (;;) {
      member();
      this.skipSpace();
      if (this.char() === close) return void this.at++;
      if (this.char() === '') this.stop(`${ENDS_EARLY}: a ',' or '${close}' is missing`);
      if (this.char() !== ',') this.stop(`expected ',' or '${close}' after this ${noun} (a missing comma?)`);
      const comma = this.at++;
      this.skipSpace();
      if (this.char() === close) this.stop(`a comma before '${close}': JSON allows no trailing comma`, comma);
    }
  }

  private property(): void {
    const c = this.char();
    if (c === "'") this.stop('property names need double quotes ("), not single quotes');
    if (c === '') this.stop(`${ENDS_EARLY}: a property name is missing`);
    if (c !== '"') {
      this.stop(
        /[A-Za-z_$]/.test(c)
          ? `property names need double quotes ('${this.word()}')`
          : `unexpected '${c}' where a property name in double quotes should be`
      );
    }
    this.string();
    this.skipSpace();
    if (this.char() === '') this.stop(`${ENDS_EARLY}: a ':' is missing`);
    if (this.char() !== ':') this.stop("expected ':' after the property name");
    this.at++;
    this.value('after the colon');
  }

  private string(): void {
    const start = this.at++;
    for (let c = this.char(); c !== '"'; c = this.char()) {
      if (c === '') this.stop("this string is not closed: a '\"' is missing", start);
      if (c === '\n' || c === '\r')
        this.stop('a line break inside a string: write \\n, or keep the string on one line');
      if (c < ' ')
        this.stop(`a control character (U+${c.charCodeAt(0).toString(16).padStart(4, '0')}) inside a string`);
      this.at += c === '\\' ? this.escape() : 1;
    }
    this.at++;
  }

  /** Checks the escape at the backslash; returns its length. */
  private escape(): number {
    const next = this.text[this.at + 1] ?? '';
    if (next === 'u') {
      if (!/^[0-9A-Fa-f]{4}$/.test(this.text.slice(this.at + 2, this.at + 6)))
        this.stop('\\u must be followed by 4 hex digits');
      return 6;
    }
    if (next === '' || !'"\\/bfnrt'.includes(next))
      this.stop(`'\\${next}' is not a JSON escape: write a backslash in a string as \\\\ (e.g. in a Windows path)`);
    return 2;
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    const start = this.at;
    if (match) this.at += match[0].length;
    if (!match || /[\w.+-]/.test(this.char())) {
      this.at = start;
      this.stop(`'${this.word()}' is not a JSON number`);
    }
  }
}
