/** A read-back run (status, export) told as every run is (src/run/run-report.ts), with a summary of its own. Pure. */
import type { ReadBackProgress } from './types.js';
import type { RunReport } from '../run/run-report.js';
import { readBackSummary } from './summary.js';

export function readBackReport(progress: ReadBackProgress): RunReport {
  const { rollout, readBack } = progress;
  return {
    what: readBack?.operation === 'export' ? 'listings export' : 'status',
    target: progress.label,
    submissionId: progress.submissionId,
    status: progress.status,
    statusDetails: progress.statusDetails,
    page: progress.page,
    outputs: {
      'pending-submission-id': readBack?.pendingSubmissionId,
      'pending-status': readBack?.pendingStatus,
      'flight-id': progress.flightId,
      'add-on-id': progress.addOnId,
      'rollout-status': rollout?.packageRolloutStatus,
      'rollout-percentage': rollout ? String(rollout.packageRolloutPercentage) : undefined
    },
    markdown: (outcome, run) => readBackSummary(progress, outcome, run)
  };
}
