/**
 * Values in a plan: a short one-line form, and long texts (more than one
 * line, or longer than LONG characters) as a short line diff. Pure.
 */

/** Longer than this (or more than one line): a text is shown as a line diff. */
export const LONG = 80;
/** Lines of a diff shown before "… N more". */
export const DIFF_LINES = 8;
/** Longest one-line form of a value. */
const SHORT_MAX = 120;
/** Above this many lines a side, the diff compares sets of lines instead of aligning them. */
const ALIGN_MAX = 2000;

/** The lines a value is shown as when it is long: a text's lines, or a list of texts one per line; else undefined. */
export function longLines(value: unknown): string[] | undefined {
  if (typeof value === 'string')
    return /[\r\n]/.test(value) || value.length > LONG ? value.split(/\r\n|\r|\n/) : undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return JSON.stringify(value).length > LONG ? (value as string[]) : undefined;
  }
  return undefined;
}

/** The value on one line: JSON (strings quoted, control characters escaped), `(none)` when absent, cut at SHORT_MAX. */
export function shortValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > SHORT_MAX ? `${json.slice(0, SHORT_MAX - 1)}…` : json;
}

export interface LineDiff {
  removed: number;
  added: number;
  /** `- line` and `+ line`, in order, at most DIFF_LINES. */
  lines: string[];
  /** Diff lines left out. */
  more: number;
}

/** The lines of `before` removed and of `after` added, aligned on the longest common run (LCS). */
export function lineDiff(before: readonly string[], after: readonly string[]): LineDiff {
  const all = before.length > ALIGN_MAX || after.length > ALIGN_MAX ? bySet(before, after) : aligned(before, after);
  const removed = all.filter((l) => l.startsWith('-')).length;
  return {
    removed,
    added: all.length - removed,
    lines: all.slice(0, DIFF_LINES),
    more: Math.max(0, all.length - DIFF_LINES)
  };
}

function aligned(a: readonly string[], b: readonly string[]): string[] {
  // common[i][j]: the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && common[i + 1][j] >= common[i][j + 1])) {
      out.push(`- ${a[i++]}`);
    } else {
      out.push(`+ ${b[j++]}`);
    }
  }
  return out;
}

function bySet(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  return [...a.filter((l) => !inB.has(l)).map((l) => `- ${l}`), ...b.filter((l) => !inA.has(l)).map((l) => `+ ${l}`)];
}
