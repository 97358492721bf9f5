/**
 * A small reader of the job summary's Markdown for the tests: it knows the
 * shapes the summary uses (a heading, a two-column table, bold-labelled
 * paragraphs, list sections) and says what a GitHub-flavoured Markdown
 * renderer would turn into something else: a stray heading or table, an
 * unclosed code span, raw HTML, emphasis, a link nobody wrote, a `\|` that
 * shows. `plainText` is what a reader sees of one line.
 */

const HEADINGS = /^(## .+|### (Statuses|Errors|Warnings|Certification reports|Plan))$/;
/** The fold around the Store's known noise: the summary's only HTML, with a fixed text. */
const FOLD =
  /^(<details><summary>\d+ known harmless warning\(s\) the Store adds to nearly every submission<\/summary>|<\/details>)$/;
/** The plan's folds: their summary is HTML-escaped text (src/plan/render.ts htmlText), so it holds no < or >. */
const PLAN_FOLD = /^<details><summary>[^<>]*<\/summary>$/;
const PARAGRAPH = /^(\*\*(Error|Cancelled):\*\* |Note: |- |Against |No change )/;
/** The plan's own lines, and the part of each that holds text from elsewhere. */
const PLAN_LINES = [
  /^\*\*Listing (.*)\*\*: (?:added|removed|changed)$/,
  /^\*\*Packages\*\* \((.*)\): \d+ added, \d+ removed, \d+ kept$/,
  /^\*\*Other fields\*\*()$/,
  /^\| (?:added|removed|kept) \| ((?:[^|\\]|\\.)*) \| ((?:[^|\\]|\\.)*) \|$/
];

/** Index after the backslash escapes: true when the character at i is escaped. */
const escaped = (text: string, i: number): boolean => {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) n++;
  return n % 2 === 1;
};

/** Splits a line into code spans and the text between them; reports an unclosed fence. */
function codeSpans(line: string): { parts: { code: boolean; text: string }[]; problem?: string } {
  const parts: { code: boolean; text: string }[] = [];
  let at = 0;
  let textStart = 0;
  while (at < line.length) {
    if (line[at] !== '`' || escaped(line, at)) {
      at++;
      continue;
    }
    const fence = /^`+/.exec(line.slice(at))![0];
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
    close.lastIndex = at + fence.length;
    const end = close.exec(line);
    if (!end) return { parts, problem: `unclosed code span at column ${at + 1}` };
    parts.push({ code: false, text: line.slice(textStart, at) });
    parts.push({ code: true, text: line.slice(at + fence.length, end.index) });
    at = textStart = end.index + fence.length;
  }
  parts.push({ code: false, text: line.slice(textStart) });
  return { parts };
}

const AUTOLINK = /^<https?:\/\/[^\s<>]+>/;
const LINK = /^\[((?:[^\\[\]]|\\.)*)\]\(([^\s()<>]+)\)/;

/** What would not render as plain text in a stretch outside code spans. */
function inlineProblems(text: string, inTable: boolean): string[] {
  const problems: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    const rest = text.slice(i);
    if (c === '<' && AUTOLINK.test(rest)) i += AUTOLINK.exec(rest)![0].length - 1;
    else if (c === '[' && LINK.test(rest)) i += LINK.exec(rest)![0].length - 1;
    else if ('<*~[]'.includes(c)) problems.push(`an unescaped '${c}' in '${text}'`);
    else if (c === '&' && /^&(#\d+|#x[0-9a-f]+|\w+);/i.test(rest)) problems.push(`an entity in '${text}'`);
    else if (c === '_' && !(/\w/.test(text[i - 1] ?? '') && /\w/.test(text[i + 1] ?? '')))
      problems.push(`an unescaped '_' in '${text}'`);
    else if (c === '|' && inTable) problems.push(`an unescaped '|' in a cell: '${text}'`);
  }
  return problems;
}

/** Everything in `markdown` that would not render as the summary means it to. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  for (const [index, line] of markdown.split('\n').entries()) {
    const where = `line ${index + 1}`;
    if (line === '' || HEADINGS.test(line) || FOLD.test(line) || line === '| | |' || line === '|---|---|') continue;
    if (PLAN_FOLD.test(line) || line === '| Change | Package | Details |' || line === '|---|---|---|') continue;
    let content: string[];
    let inTable = false;
    const planLine = PLAN_LINES.map((pattern) => pattern.exec(line)).find(Boolean);
    if (planLine) {
      content = planLine.slice(1).filter((part) => part !== undefined);
      inTable = line.startsWith('| ');
    } else if (line.startsWith('| ')) {
      const cells = /^\| ([A-Za-z ]+) \| (.*) \|$/.exec(line);
      if (!cells) {
        problems.push(`${where}: not a row of two cells: ${line}`);
        continue;
      }
      content = [cells[2]];
      inTable = true;
    } else if (PARAGRAPH.test(line)) {
      content = [line.replace(PARAGRAPH, '')];
      if (/^\s*([#>+=|-]|\d+[.)])/.test(content[0])) problems.push(`${where}: opens a block: ${line}`);
    } else {
      problems.push(`${where}: a line the summary never writes: ${line}`);
      continue;
    }
    for (const text of content) {
      const { parts, problem } = codeSpans(text);
      if (problem) problems.push(`${where}: ${problem}`);
      for (const part of parts) {
        if (!part.code) problems.push(...inlineProblems(part.text, inTable).map((p) => `${where}: ${p}`));
        else if (!inTable && part.text.includes('\\|')) problems.push(`${where}: a '\\|' in code shows its backslash`);
      }
    }
  }
  return problems;
}

/** What a reader sees of one line of text: escapes undone, code spans and autolinks unwrapped. */
export function plainText(line: string, options: { inCell?: boolean } = {}): string {
  return codeSpans(line)
    .parts.map(({ code, text }) => {
      if (code) {
        const body = options.inCell ? text.replace(/\\\|/g, '|') : text;
        return /^ .* $/.test(body) ? body.slice(1, -1) : body;
      }
      return text.replace(/<(https?:\/\/[^\s<>]+)>/g, '$1').replace(/\\(.)/g, '$1');
    })
    .join('');
}
