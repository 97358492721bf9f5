/** A read-back run (status, export) told as every run is (src/run/run-report.ts), with a summary of its own. Pure. */
import { submissionPage } from '../msix/store/parents.js';
import type { Progress } from '../msix/lifecycle/types.js';
import type { RunReport } from '../run/run-report.js';
import { readBackSummary } from './summary.js';

export function readBackReport(progress: Progress): RunReport {
  const { parent, rollout, readBack } = progress;
  return {
    what: readBack?.operation === 'export' ? 'listings export' : 'status',
    target: parent?.label,
    submissionId: progress.submissionId,
    status: progress.status,
    page: parent ? submissionPage(parent, progress.submissionId) : undefined,
    outputs: {
      'pending-submission-id': readBack?.pendingSubmissionId,
      'pending-status': readBack?.pendingStatus,
      'flight-id': parent?.flightId,
      'add-on-id': parent?.addOnId,
      'rollout-status': rollout?.packageRolloutStatus,
      'rollout-percentage': rollout ? String(rollout.packageRolloutPercentage) : undefined
    },
    markdown: (outcome, run) => readBackSummary(progress, outcome, run)
  };
}
