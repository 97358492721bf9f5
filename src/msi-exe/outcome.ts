/** An MSI/EXE run told as every run is (src/run/run-report.ts), and what it leaves behind. Pure. */
import type { ReportEntry, RunReport } from '../run/run-report.js';
import type { EnvelopeEntry } from './envelope.js';
import type { MsiExeProgress } from './lifecycle.js';

const PARTNER_CENTER = 'https://partner.microsoft.com/dashboard/products';

/** The product's Partner Center page. */
export function productDashboardUrl(productId: string): string {
  return `${PARTNER_CENTER}/${productId}/overview`;
}

export function newMsiExeProgress(productId: string): MsiExeProgress {
  return { productId, dashboardUrl: productDashboardUrl(productId), changed: [], warnings: [] };
}

/** An envelope entry as a status entry: `{ code, details: "message (target)" }`. */
function statusEntry(entry: EnvelopeEntry): ReportEntry {
  const details = [entry.message, entry.target ? `(target: ${entry.target})` : undefined].filter(Boolean).join(' ');
  return { code: entry.code, details: details || undefined };
}

export function msiExeReport(progress: MsiExeProgress): RunReport {
  const errors = (progress.errors ?? []).map(statusEntry);
  const warnings = progress.warnings.map(statusEntry);
  return {
    what: 'submission',
    kind: 'MSI/EXE product submission',
    target: `MSI/EXE product ${progress.productId}`,
    submissionId: progress.submissionId,
    creating: progress.submitting,
    status: progress.status,
    statusDetails: errors.length || warnings.length ? { errors, warnings } : undefined,
    changed: progress.changed,
    preparedOnly: progress.preparedOnly,
    page: progress.dashboardUrl,
    dryRun: progress.dryRun,
    plan: progress.plan
  };
}

/** The log's last line of a run that went through. */
export function msiExeDoneLine(progress: MsiExeProgress): string {
  if (progress.dryRun) return 'Dry run finished: nothing was changed.';
  if (progress.preparedOnly)
    return `The draft of MSI/EXE product ${progress.productId} was updated and not submitted (commit: false).`;
  return `Submission ${progress.submissionId} of MSI/EXE product ${progress.productId}: ${progress.status}.`;
}

/** What a failed or cancelled run leaves in the Store, for the log: each state the run can stop in, told as it is. */
export function msiExeLeftBehind(progress: MsiExeProgress): string {
  const product = `MSI/EXE product ${progress.productId}`;
  const { submissionId: id, status } = progress;
  if (id && progress.failed)
    return `Submission ${id} of the ${product} failed (${status ?? 'FAILED'}): the Store does not go on with it; see its errors in Partner Center (${progress.dashboardUrl}).`;
  if (id && status === 'PUBLISHED') return `Submission ${id} of the ${product} is published.`;
  if (id && status === 'INPROGRESS')
    return `Submission ${id} of the ${product} was created (last status INPROGRESS); the Store goes on with it.`;
  if (id)
    return `Submission ${id} of the ${product} was created; its last status was ${status ?? 'not read'}: see Partner Center (${progress.dashboardUrl}).`;
  const changes = progress.changed.length ? ` (${progress.changed.join(', ')})` : '';
  if (progress.submitting)
    return `The ${product}'s draft${changes} was being submitted and the answer did not come: a submission may have been created; check Partner Center (${progress.dashboardUrl}) before running again.`;
  const maybe = progress.changing
    ? ` The request to change ${progress.changing.join(', ')} got no clear answer: the draft may hold that change too.`
    : '';
  if (progress.changed.length)
    return `The draft of the ${product} holds this run's changes${changes} but was not submitted; run again, or submit it in Partner Center.${maybe}`;
  if (maybe) return `The draft of the ${product} was not submitted.${maybe}`;
  return `Nothing was changed in the ${product}.`;
}
