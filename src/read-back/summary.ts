/**
 * The job summary of a read-back run: "Microsoft Store status" (what is
 * published, what is pending, the rollout, the last certification report) or
 * "Microsoft Store listings export" (the files written). Texts from the Store
 * go through the Markdown escapes. Pure.
 */
import type { ReadBackProgress } from './types.js';
import { codeSpan, markdownCell, markdownLink, markdownText } from '../markdown.js';
import { describeRollout } from '../msix/store/rollout.js';
import { outcomeIcon, summaryTable } from '../run/report.js';
import type { RunLink } from '../run/host.js';
import type { Outcome } from '../run/run-report.js';

function statusRows(progress: ReadBackProgress): [string, string][] {
  const readBack = progress.readBack;
  const rows: [string, string][] = [
    ['Published submission', markdownCell(progress.submissionId ?? '(none named)')],
    ['Status', markdownCell(progress.status ?? '(none)')]
  ];
  if (progress.rollout) rows.push(['Rollout', markdownCell(describeRollout(progress.rollout))]);
  const pending = readBack?.pendingSubmissionId
    ? `${readBack.pendingSubmissionId} (${readBack.pendingStatus || 'status not given'})`
    : '(none)';
  rows.push(['Pending submission', markdownCell(pending)]);
  const report = readBack?.certificationReport;
  if (report)
    rows.push([
      'Last certification report',
      `${markdownLink(report.date ?? 'report', report.reportUrl, { inCell: true })} (submission ${markdownCell(report.submissionId)})`
    ]);
  return rows;
}

function exportSection(progress: ReadBackProgress): string[] {
  const readBack = progress.readBack;
  const written = readBack?.written ?? [];
  const unchanged = readBack?.unchanged ?? [];
  const lines = [`### Files ${readBack?.dryRun ? 'it would write' : 'written'}`, ''];
  lines.push(...(written.length ? written.map((file) => `- ${codeSpan(file)}`) : ['(none)']), '');
  if (unchanged.length)
    lines.push(
      `<details><summary>${unchanged.length} file(s) already held the same text (left alone)</summary>`,
      '',
      ...unchanged.map((file) => `- ${codeSpan(file)}`),
      '',
      '</details>',
      ''
    );
  return lines;
}

export function readBackSummary(progress: ReadBackProgress, outcome: Outcome, run?: RunLink): string {
  const readBack = progress.readBack;
  const isStatus = readBack?.operation === 'status';
  const what = isStatus ? 'Microsoft Store status' : 'Microsoft Store listings export';
  const how = outcome.kind !== 'succeeded' ? ` ${outcome.kind}` : readBack?.dryRun ? ' (dry run: nothing written)' : '';
  const lines = [`## ${outcomeIcon(outcome)} ${what}${how}`, ''];
  const rows: [string, string][] = [];
  if (progress.label) rows.push(['Target', markdownCell(progress.label)]);
  if (isStatus) rows.push(...statusRows(progress));
  else {
    if (progress.submissionId) rows.push(['Published submission', markdownCell(progress.submissionId)]);
    if (readBack?.folder) rows.push(['Folder', codeSpan(readBack.folder, { inCell: true })]);
  }
  lines.push(...summaryTable(rows, { page: progress.page, run, outcome }));
  if (!isStatus && outcome.kind === 'succeeded') lines.push(...exportSection(progress));
  if (readBack?.notes?.length)
    lines.push('### Notes', '', ...readBack.notes.map((note) => `- ${markdownText(note)}`), '');
  return lines.join('\n');
}
