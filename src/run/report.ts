/** The outcome of any run, told three ways: outputs, the summary, and annotations. */
import { OUTPUTS, type OutputName } from '../interface/declaration.js';
import { codeSpan, markdownCell, markdownLink, markdownText } from '../markdown.js';
import { planMarkdown } from '../plan/render.js';
import type { ReportSink, RunLink } from './host.js';
import type { Outcome, ReportEntry, RunReport } from './run-report.js';

export type { ReportSink, RunLink } from './host.js';

/** Warnings the Store attaches to nearly every submission; they say nothing about this one. */
const NOISE = new Set(['SalesUnsupportedWarning']);

export type { Outcome, OutcomeKind } from './run-report.js';

function describe(entry: ReportEntry): string {
  return [entry.code, entry.details].filter(Boolean).join(': ') || 'unspecified';
}

/** Every declared output: what the run set, else empty (so a later step never reads a stale value). */
export function setOutputs(report: RunReport, sink: ReportSink): void {
  const values: Partial<Record<OutputName, string>> = {
    'submission-id': report.submissionId,
    status: report.status,
    'status-details': report.statusDetails ? JSON.stringify(report.statusDetails) : undefined,
    'partner-center-url': report.page,
    ...report.outputs
  };
  for (const name of Object.keys(OUTPUTS) as OutputName[]) sink.setOutput(name, values[name] ?? '');
}

/** Each status seen, with its time. */
function historySection(progress: RunReport): string[] {
  const history = progress.statusHistory ?? [];
  if (history.length === 0) return [];
  const when = (at: string): string => at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return ['### Statuses', '', ...history.map((h) => `- ${codeSpan(h.status)} at ${markdownText(when(h.at))}`), ''];
}

/** One error or warning of the Store's as a list item: its code, then its details. */
const entryItem = (e: ReportEntry): string =>
  `- ${e.code ? codeSpan(e.code) : ''}${e.code && e.details ? ': ' : ''}${markdownText(e.details ?? '')}`;

/** Warnings worth reading, and the Store's usual noise folded away. */
function warningsSection(entries: ReportEntry[] | undefined): string[] {
  const noise = (entries ?? []).filter((e) => NOISE.has(e.code ?? ''));
  const real = (entries ?? []).filter((e) => !NOISE.has(e.code ?? ''));
  if (!real.length && !noise.length) return [];
  const lines = ['### Warnings', '', ...real.map(entryItem), ''];
  if (noise.length) {
    lines.push(
      `<details><summary>${noise.length} known harmless warning(s) the Store adds to nearly every submission</summary>`,
      '',
      ...noise.map(entryItem),
      '',
      '</details>',
      ''
    );
  }
  return lines;
}

export function annotate(progress: RunReport, sink: ReportSink): void {
  const details = progress.statusDetails;
  const id = progress.submissionId ?? '?';
  for (const entry of details?.errors ?? []) sink.error(describe(entry), { title: `Store: submission ${id} error` });
  for (const entry of details?.warnings ?? []) {
    if (NOISE.has(entry.code ?? '')) sink.info(`Store warning (usually harmless): ${describe(entry)}`);
    else sink.warning(describe(entry), { title: `Store: submission ${id} warning` });
  }
  for (const report of details?.certificationReports ?? []) {
    if (report.reportUrl)
      sink.info(`Certification report${report.date ? ` of ${report.date}` : ''}: ${report.reportUrl}`);
  }
}

/** ✅, ⏹️ or ❌: how the run ended, for a summary's heading. */
export function outcomeIcon(outcome: Outcome): string {
  return outcome.kind === 'succeeded' ? '✅' : outcome.kind === 'cancelled' ? '⏹️' : '❌';
}

/**
 * A summary's table: `rows` (name, value already Markdown for a cell), then the Partner Center and workflow run
 * links, and after it the error of a run that did not go through.
 */
export function summaryTable(
  rows: [string, string][],
  end: { page?: string; run?: RunLink; outcome: Outcome }
): string[] {
  const all = [...rows];
  if (end.page) all.push(['Partner Center', markdownLink('open', end.page, { inCell: true })]);
  if (end.run) all.push(['Workflow run', markdownLink(end.run.label, end.run.url, { inCell: true })]);
  const lines = ['| | |', '|---|---|', ...all.map(([k, v]) => `| ${k} | ${v} |`), ''];
  const { kind, message } = end.outcome;
  if (message) lines.push(`**${kind === 'cancelled' ? 'Cancelled' : 'Error'}:** ${markdownText(message)}`, '');
  return lines;
}

export function summaryMarkdown(progress: RunReport, outcome: Outcome, run?: RunLink): string {
  if (progress.markdown) return progress.markdown(outcome, run);
  const done = progress.dryRun && outcome.kind === 'succeeded' ? 'dry run: nothing changed' : outcome.kind;
  const lines: string[] = [`## ${outcomeIcon(outcome)} Microsoft Store ${progress.what} ${done}`, ''];
  const rows: [string, string][] = []; // [name, the value as Markdown for a cell]
  if (progress.kind) rows.push(['Kind', markdownCell(progress.kind)]);
  if (progress.target) rows.push(['Target', markdownCell(progress.target)]);
  const made = progress.creating
    ? '(unknown: a create was sent and its answer never came; check Partner Center)'
    : '(none created)';
  rows.push(['Submission', markdownCell(progress.submissionId ?? made)]);
  const status = progress.status ?? '(none)';
  const unknown = progress.committing ? ' (last read; whether the commit went through is unknown)' : '';
  rows.push(['Status', markdownCell(status + unknown)]);
  if (progress.replacedSubmissionId)
    rows.push(['Replaced pending submission', markdownCell(progress.replacedSubmissionId)]);
  if (progress.changed?.length)
    rows.push(['Changed', progress.changed.map((f) => codeSpan(f, { inCell: true })).join(', ')]);
  if (progress.upload) {
    const mib = progress.upload.bytes / (1024 * 1024);
    rows.push(['Uploaded', `${mib.toFixed(1)} MiB in ${progress.upload.seconds.toFixed(1)} s`]);
  }
  rows.push(...(progress.rows ?? []));
  if (progress.preparedOnly)
    rows.push(['Committed', 'no (commit: false): review the submission and submit it in Partner Center']);
  lines.push(...summaryTable(rows, { page: progress.page, run, outcome }));
  if (progress.note) lines.push(`Note: ${markdownText(progress.note)}`, '');
  for (const section of progress.sections ?? []) lines.push(...section);
  const details = progress.statusDetails;
  if (progress.plan) lines.push(...planMarkdown(progress.plan));
  lines.push(...historySection(progress));
  if (details?.errors?.length) lines.push('### Errors', '', ...details.errors.map(entryItem), '');
  lines.push(...warningsSection(details?.warnings));
  const reports = (details?.certificationReports ?? []).filter((r) => r.reportUrl);
  if (reports.length) {
    lines.push(
      '### Certification reports',
      '',
      ...reports.map((r) => `- ${markdownLink(r.date ?? 'report', r.reportUrl as string)}`),
      ''
    );
  }
  return lines.join('\n');
}

export async function report(progress: RunReport, outcome: Outcome, sink: ReportSink, run?: RunLink): Promise<void> {
  setOutputs(progress, sink);
  annotate(progress, sink);
  try {
    await sink.writeSummary(summaryMarkdown(progress, outcome, run));
  } catch (error) {
    // No GITHUB_STEP_SUMMARY (e.g. run outside Actions): the log has it all anyway.
    sink.info(`(No job summary written: ${(error as Error).message})`);
  }
}
