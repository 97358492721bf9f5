/**
 * A plan told two ways: lines for the log, and Markdown for the job summary
 * (long texts and long package lists folded in `<details>`). Every text in a
 * plan comes from the Store or the repository: the Markdown escapes it
 * (../markdown.ts, and htmlText inside `<summary>`); the log's lines go
 * through the run's log, which makes command-like lines safe (../log-safe.ts).
 * Pure.
 */
import { codeSpan, markdownCell, markdownText } from '../markdown.js';
import { lineDiff, longLines, shortValue, type LineDiff } from './text.js';
import { isEmptyPlan, type FieldChange, type ImageRef, type PackageRef, type Plan } from './types.js';

/** Above this many, kept packages are folded away in the summary. */
const KEPT_SHOWN = 5;

/** How a field changes: `"old" → "new"`, or a line diff for long texts. */
function describeChange(change: FieldChange): { line: string; diff?: LineDiff } {
  const before = longLines(change.before);
  const after = longLines(change.after);
  if (!before && !after) return { line: `${shortValue(change.before)} → ${shortValue(change.after)}` };
  const toLines = (value: unknown, long?: string[]): string[] =>
    long ?? (value === undefined ? [] : [typeof value === 'string' ? value : shortValue(value)]);
  const diff = lineDiff(toLines(change.before, before), toLines(change.after, after));
  return { line: `${diff.removed} line(s) removed, ${diff.added} added`, diff };
}

const image = (i: ImageRef): string => `${i.type} ${i.fileName}`;
const pkg = (p: PackageRef): string => (p.details.length ? `${p.name} (${p.details.join('; ')})` : p.name);

/** The plan as log lines (each line of Store or repository text is its own line). */
export function planLines(plan: Plan): string[] {
  if (isEmptyPlan(plan)) return [`Plan: no change (against ${plan.against}).`];
  const lines = [`Plan (against ${plan.against}):`];
  const field = (change: FieldChange, indent: string): void => {
    const { line, diff } = describeChange(change);
    lines.push(`${indent}${change.path}: ${line}`);
    if (diff) {
      lines.push(...diff.lines.map((l) => `${indent}    ${l}`));
      if (diff.more) lines.push(`${indent}    … ${diff.more} more`);
    }
  };
  for (const listing of plan.listings) {
    lines.push(`  Listing ${listing.language}: ${listing.state}`);
    listing.fields.forEach((change) => field(change, '    '));
    if (listing.imagesAdded.length) lines.push(`    images added: ${listing.imagesAdded.map(image).join('; ')}`);
    if (listing.imagesRemoved.length) lines.push(`    images removed: ${listing.imagesRemoved.map(image).join('; ')}`);
  }
  const packages = plan.packages;
  if (packages) {
    lines.push(
      `  ${packages.field}: ${packages.added.length} added, ${packages.removed.length} removed, ${packages.kept.length} kept`,
      ...packages.added.map((p) => `    + ${pkg(p)}`),
      ...packages.removed.map((p) => `    - ${pkg(p)}`),
      ...packages.kept.map((p) => `    = ${pkg(p)}`)
    );
  }
  plan.fields.forEach((change) => field(change, '  '));
  return lines;
}

/** Text inside an HTML element (`<summary>`): every character that could open or close a tag, escaped. */
export function htmlText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[&<>"'`|\\*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A folded block: its summary (plain text, escaped here) and Markdown lines inside. */
function folded(summary: string, body: string[]): string[] {
  return [`<details><summary>${htmlText(summary)}</summary>`, '', ...body, '', '</details>', ''];
}

const diffItems = (diff: LineDiff): string[] => [
  ...diff.lines.map((l) => `- ${l.startsWith('-') ? '➖' : '➕'} ${markdownText(l.slice(2)) || '(empty line)'}`),
  ...(diff.more ? [`- … ${diff.more} more`] : [])
];

/** The plan as a section of the job summary. */
export function planMarkdown(plan: Plan): string[] {
  const lines = ['### Plan', ''];
  if (isEmptyPlan(plan)) return [...lines, `No change (against ${markdownText(plan.against)}).`, ''];
  lines.push(`Against ${markdownText(plan.against)}:`, '');
  const fieldBlock = (change: FieldChange, where: string): string[] => {
    const { line, diff } = describeChange(change);
    if (!diff) return [`- ${codeSpan(change.path)}: ${markdownText(line)}`, ''];
    return folded(`${where}${change.path}: ${line}`, diffItems(diff));
  };
  for (const listing of plan.listings) {
    lines.push(`**Listing ${codeSpan(listing.language)}**: ${listing.state}`, '');
    const short = listing.fields.filter((c) => !describeChange(c).diff);
    const long = listing.fields.filter((c) => describeChange(c).diff);
    lines.push(...short.map((c) => `- ${codeSpan(c.path)}: ${markdownText(describeChange(c).line)}`));
    if (listing.imagesAdded.length)
      lines.push(`- images added: ${listing.imagesAdded.map((i) => markdownText(image(i))).join('; ')}`);
    if (listing.imagesRemoved.length)
      lines.push(`- images removed: ${listing.imagesRemoved.map((i) => markdownText(image(i))).join('; ')}`);
    lines.push('');
    long.forEach((c) => lines.push(...fieldBlock(c, `${listing.language}: `)));
  }
  const packages = plan.packages;
  if (packages) {
    const row = (change: string, p: PackageRef): string =>
      `| ${change} | ${markdownCell(p.name)} | ${markdownCell(p.details.join('; '))} |`;
    const table = ['| Change | Package | Details |', '|---|---|---|'];
    const kept = packages.kept.map((p) => row('kept', p));
    lines.push(
      `**Packages** (${codeSpan(packages.field)}): ${packages.added.length} added, ${packages.removed.length} removed, ${packages.kept.length} kept`,
      '',
      ...table,
      ...packages.added.map((p) => row('added', p)),
      ...packages.removed.map((p) => row('removed', p)),
      ...(kept.length <= KEPT_SHOWN ? kept : []),
      ''
    );
    if (kept.length > KEPT_SHOWN) lines.push(...folded(`${kept.length} packages kept`, [...table, ...kept]));
  }
  if (plan.fields.length) {
    lines.push('**Other fields**', '');
    plan.fields.forEach((c) => lines.push(...fieldBlock(c, '')));
  }
  return lines;
}
