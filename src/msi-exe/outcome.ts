/** An MSI/EXE run told the way every run is reported (src/report.ts), and what it leaves behind. Pure. */
import type { Parent, ParentKind } from '../store/parents.js';
import type { StatusEntry } from '../store/types.js';
import type { Progress } from '../submission.js';
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
function statusEntry(entry: EnvelopeEntry): StatusEntry {
  const details = [entry.message, entry.target ? `(target: ${entry.target})` : undefined].filter(Boolean).join(' ');
  return { code: entry.code, details: details || undefined };
}

/** The product as the parent of its submissions, for the report (the classic API's paths and fields it has none of). */
const MSI_EXE_PRODUCT: ParentKind = { noun: 'MSI/EXE product', pendingField: '', publishedField: '' };

/** The run as the report reads a run (src/report.ts takes the submission lifecycle's Progress). */
export function reportedRun(progress: MsiExeProgress): Progress {
  const errors = (progress.errors ?? []).map(statusEntry);
  const warnings = progress.warnings.map(statusEntry);
  const parent: Parent = {
    kind: MSI_EXE_PRODUCT,
    path: '',
    label: `MSI/EXE product ${progress.productId}`,
    dashboardUrl: progress.dashboardUrl,
    created: false
  };
  return {
    parent,
    committed: progress.submissionId !== undefined,
    creating: progress.submitting,
    submissionId: progress.submissionId,
    status: progress.status,
    statusDetails: errors.length || warnings.length ? { errors, warnings } : undefined,
    changedFields: progress.changed,
    preparedOnly: progress.preparedOnly,
    dryRun: progress.dryRun,
    plan: progress.plan
  };
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
