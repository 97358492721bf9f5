/** An MSIX run (app, flight or add-on submission, or a rollout change) told as every run is (src/run/run-report.ts). Pure. */
import { markdownCell } from '../markdown.js';
import type { RunReport } from '../run/run-report.js';
import { packagesTable } from '../packages/describe.js';
import type { Progress } from './lifecycle/types.js';
import { submissionPage } from './store/parents.js';
import { describeRollout } from './store/rollout.js';

/** What the run was: "app submission", or "rollout finalize of the package flight's published submission". */
function kindOf(progress: Progress): string | undefined {
  const noun = progress.parent?.kind.noun;
  if (!noun) return undefined;
  return progress.operation
    ? `rollout ${progress.operation} of the ${noun}'s published submission`
    : `${noun} submission`;
}

/** The rows on rollouts: one cleared out of the way, and the submission's own. */
function rolloutRows(progress: Progress): [string, string][] {
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
  return rows;
}

export function msixReport(progress: Progress): RunReport {
  const { parent, rollout } = progress;
  return {
    what: progress.operation ? 'rollout change' : 'submission',
    kind: kindOf(progress),
    target: parent?.label,
    submissionId: progress.submissionId,
    creating: progress.creating,
    status: progress.status,
    committing: progress.committing,
    statusDetails: progress.statusDetails,
    statusHistory: progress.statusHistory,
    replacedSubmissionId: progress.replacedSubmissionId,
    changed: progress.changedFields,
    upload: progress.upload,
    rows: rolloutRows(progress),
    preparedOnly: progress.preparedOnly,
    page: parent ? submissionPage(parent, progress.submissionId) : undefined,
    note: progress.note,
    dryRun: progress.dryRun,
    plan: progress.plan,
    sections: progress.wouldPublish?.length
      ? [['### Packages it would publish', '', ...packagesTable(progress.wouldPublish), '']]
      : [],
    outputs: {
      'flight-id': parent?.flightId,
      'add-on-id': parent?.addOnId,
      'rollout-status': rollout?.packageRolloutStatus,
      'rollout-percentage': rollout ? String(rollout.packageRolloutPercentage) : undefined
    }
  };
}

/** The log's last line of a run that went through. */
export function msixDoneLine(progress: Progress): string {
  if (progress.dryRun) return 'Dry run finished: nothing was changed.';
  const rollout = progress.rollout ? `; rollout ${describeRollout(progress.rollout)}` : '';
  const note = progress.note ? ` Note: ${progress.note}.` : '';
  return `Submission ${progress.submissionId} of the ${progress.parent?.label}: ${progress.status}${progress.preparedOnly ? ', not committed (commit: false)' : ''}${rollout}.${note}`;
}
