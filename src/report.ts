/** The outcome, told three ways: step outputs, the job summary, and annotations. */
import type { Progress } from './submission.js';
import type { StatusEntry } from './store/types.js';
import { submissionPage } from './store/parents.js';
import { describeRollout } from './store/rollout.js';
import { codeSpan, markdownCell, markdownLink, markdownText } from './markdown.js';
import { packagesTable } from './lifecycle/dry-run.js';
import { planMarkdown } from './plan/render.js';

/** The parts of @actions/core the report uses (injected, so tests can read what was said). */
export interface ReportSink {
  setOutput(name: string, value: string): void;
  info(message: string): void;
  warning(message: string, properties?: { title?: string }): void;
  error(message: string, properties?: { title?: string }): void;
  /** Appends markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
}

export interface RunLink {
  url: string;
  label: string;
}

/**
 * The workflow run's page, from the runner's default environment variables (GITHUB_SERVER_URL, GITHUB_REPOSITORY,
 * GITHUB_RUN_ID, GITHUB_WORKFLOW, GITHUB_RUN_NUMBER); none outside Actions (no repository or run ID).
 */
export function runLinkFrom(env: NodeJS.ProcessEnv): RunLink | undefined {
  const runId = Number.parseInt(env.GITHUB_RUN_ID ?? '', 10);
  if (!env.GITHUB_REPOSITORY || !runId) return undefined;
  const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runNumber = Number.parseInt(env.GITHUB_RUN_NUMBER ?? '', 10);
  return { url: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`, label: `${env.GITHUB_WORKFLOW} #${runNumber}` };
}

/** Warnings the Store attaches to nearly every submission; they say nothing about this one. */
const NOISE = new Set(['SalesUnsupportedWarning']);

export type OutcomeKind = 'succeeded' | 'failed' | 'cancelled';

export interface Outcome {
  kind: OutcomeKind;
  /** The one-line error, when it did not succeed. */
  message?: string;
}

function describe(entry: StatusEntry): string {
  return [entry.code, entry.details].filter(Boolean).join(': ') || 'unspecified';
}

export function setOutputs(progress: Progress, sink: ReportSink): void {
  sink.setOutput('submission-id', progress.submissionId ?? '');
  sink.setOutput('status', progress.status ?? '');
  sink.setOutput('status-details', progress.statusDetails ? JSON.stringify(progress.statusDetails) : '');
  sink.setOutput('flight-id', progress.parent?.flightId ?? '');
  sink.setOutput('add-on-id', progress.parent?.addOnId ?? '');
  sink.setOutput('partner-center-url', progress.parent ? submissionPage(progress.parent, progress.submissionId) : '');
  sink.setOutput('rollout-status', progress.rollout?.packageRolloutStatus ?? '');
  sink.setOutput('rollout-percentage', progress.rollout ? String(progress.rollout.packageRolloutPercentage) : '');
}

/** What the run was: "app submission", or "rollout finalize of the package flight's published submission". */
function kindOf(progress: Progress): string | undefined {
  const noun = progress.parent?.kind.noun;
  if (!noun) return undefined;
  return progress.operation
    ? `rollout ${progress.operation} of the ${noun}'s published submission`
    : `${noun} submission`;
}

/** The rows on rollouts, whether to commit, and the submission's own page. */
function releaseRows(progress: Progress): [string, string][] {
  const rows: [string, string][] = [];
  const cleared = progress.clearedRollout;
  if (cleared) {
    rows.push([
      'Rollout in the way',
      markdownCell(
        `${cleared.action === 'finalize' ? 'finalized' : 'halted'}: submission ${cleared.submissionId} (was ${describeRollout(cleared.before)}, now ${describeRollout(cleared.after)})`
      )
    ]);
  }
  if (progress.rollout) {
    const fallback = progress.rollout.fallbackSubmissionId;
    rows.push([
      'Rollout',
      markdownCell(
        `${describeRollout(progress.rollout)}${fallback && fallback !== '0' ? `; the others keep submission ${fallback}` : ''}`
      )
    ]);
  }
  if (progress.preparedOnly)
    rows.push(['Committed', 'no (commit: false): review the submission and submit it in Partner Center']);
  return rows;
}

/** Each status seen, with its time. */
function historySection(progress: Progress): string[] {
  const history = progress.statusHistory ?? [];
  if (history.length === 0) return [];
  const when = (at: string): string => at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return ['### Statuses', '', ...history.map((h) => `- ${codeSpan(h.status)} at ${markdownText(when(h.at))}`), ''];
}

/** Warnings worth reading, and the Store's usual noise folded away. */
function warningsSection(entries: StatusEntry[] | undefined): string[] {
  const item = (e: StatusEntry): string =>
    `- ${e.code ? codeSpan(e.code) : ''}${e.code && e.details ? ': ' : ''}${markdownText(e.details ?? '')}`;
  const noise = (entries ?? []).filter((e) => NOISE.has(e.code ?? ''));
  const real = (entries ?? []).filter((e) => !NOISE.has(e.code ?? ''));
  if (!real.length && !noise.length) return [];
  const lines = ['### Warnings', '', ...real.map(item), ''];
  if (noise.length) {
    lines.push(
      `<details><summary>${noise.length} known harmless warning(s) the Store adds to nearly every submission</summary>`,
      '',
      ...noise.map(item),
      '',
      '</details>',
      ''
    );
  }
  return lines;
}

export function annotate(progress: Progress, sink: ReportSink): void {
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

export function summaryMarkdown(progress: Progress, outcome: Outcome, run?: RunLink): string {
  const icon = outcome.kind === 'succeeded' ? '✅' : outcome.kind === 'cancelled' ? '⏹️' : '❌';
  const done = progress.dryRun && outcome.kind === 'succeeded' ? 'dry run: nothing changed' : outcome.kind;
  const what = progress.operation ? 'rollout change' : 'submission';
  const lines: string[] = [`## ${icon} Microsoft Store ${what} ${done}`, ''];
  const rows: [string, string][] = []; // [name, the value as Markdown for a cell]
  const kind = kindOf(progress);
  if (kind) rows.push(['Kind', markdownCell(kind)]);
  if (progress.parent) rows.push(['Target', markdownCell(progress.parent.label)]);
  const made = progress.creating
    ? '(unknown: a create was sent and its answer never came; check Partner Center)'
    : '(none created)';
  rows.push(['Submission', markdownCell(progress.submissionId ?? made)]);
  const status = progress.status ?? '(none)';
  const unknown = progress.committing ? ' (last read; whether the commit went through is unknown)' : '';
  rows.push(['Status', markdownCell(status + unknown)]);
  if (progress.replacedSubmissionId)
    rows.push(['Replaced pending submission', markdownCell(progress.replacedSubmissionId)]);
  if (progress.changedFields?.length)
    rows.push(['Changed', progress.changedFields.map((f) => codeSpan(f, { inCell: true })).join(', ')]);
  if (progress.upload) {
    const mib = progress.upload.bytes / (1024 * 1024);
    rows.push(['Uploaded', `${mib.toFixed(1)} MiB in ${progress.upload.seconds.toFixed(1)} s`]);
  }
  rows.push(...releaseRows(progress));
  if (progress.parent) {
    const page = submissionPage(progress.parent, progress.submissionId);
    rows.push(['Partner Center', markdownLink('open', page, { inCell: true })]);
  }
  if (run) rows.push(['Workflow run', markdownLink(run.label, run.url, { inCell: true })]);
  lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
  if (outcome.message)
    lines.push(`**${outcome.kind === 'cancelled' ? 'Cancelled' : 'Error'}:** ${markdownText(outcome.message)}`, '');
  if (progress.note) lines.push(`Note: ${markdownText(progress.note)}`, '');
  if (progress.wouldPublish?.length)
    lines.push('### Packages it would publish', '', ...packagesTable(progress.wouldPublish), '');
  const details = progress.statusDetails;
  const section = (title: string, entries: StatusEntry[] | undefined): void => {
    if (!entries?.length) return;
    lines.push(
      `### ${title}`,
      '',
      ...entries.map(
        (e) => `- ${e.code ? codeSpan(e.code) : ''}${e.code && e.details ? ': ' : ''}${markdownText(e.details ?? '')}`
      ),
      ''
    );
  };
  if (progress.plan) lines.push(...planMarkdown(progress.plan));
  lines.push(...historySection(progress));
  section('Errors', details?.errors);
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

export async function report(progress: Progress, outcome: Outcome, sink: ReportSink, run?: RunLink): Promise<void> {
  setOutputs(progress, sink);
  annotate(progress, sink);
  try {
    await sink.writeSummary(summaryMarkdown(progress, outcome, run));
  } catch (error) {
    // No GITHUB_STEP_SUMMARY (e.g. run outside Actions): the log has it all anyway.
    sink.info(`(No job summary written: ${(error as Error).message})`);
  }
}
