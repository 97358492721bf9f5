/**
 * What a failed or cancelled MSIX run leaves in the Store, told for each state
 * the run can stop in: a flight or add-on it created, a pending submission it
 * deleted, a rollout it finalized or halted, and the submission it made (not
 * committed, being committed, processing, failed, fallen back, published) or
 * the published submission whose rollout it was to change. Pure.
 */
import { isFailureStatus } from '../../status.js';
import { describeRollout } from '../store/rollout.js';
import { IN_PROGRESS } from './pending.js';
import type { Progress } from './types.js';

const REPLACED_NEXT_RUN = 'the next run replaces it (unless delete-pending is false), or delete it in Partner Center';

const PAST = { update: 'updated', finalize: 'finalized', halt: 'halted' } as const;

/** The sentences that say what the run left behind, or undefined when it changed nothing. */
export function leftBehind(progress: Progress): string | undefined {
  const lines = [
    createdParent(progress),
    progress.replacedSubmissionId &&
      `The pending submission ${progress.replacedSubmissionId} that this run replaced was deleted.`,
    progress.deletingSubmissionId &&
      `The pending submission ${progress.deletingSubmissionId} was being deleted and the answer did not come: it may be gone; check it in Partner Center.`,
    clearedRollout(progress),
    progress.operation ? publishedRollout(progress) : submission(progress)
  ].filter((line): line is string => Boolean(line));
  return lines.length ? lines.join(' ') : undefined;
}

function createdParent({ parent, submissionId }: Progress): string | undefined {
  if (!parent?.created) return undefined;
  return `This run created the ${parent.label}${submissionId ? '' : ', which has no submission yet'}; it stays.`;
}

function clearedRollout({
  clearedRollout: cleared,
  changingRollout: changing,
  operation
}: Progress): string | undefined {
  if (cleared) {
    return `The rollout of the published submission ${cleared.submissionId} was ${PAST[cleared.action]} (existing-rollout: ${cleared.action}): it is ${describeRollout(cleared.after)}.`;
  }
  if (changing && !operation) {
    return `The request to ${changing.action} the rollout of the published submission ${changing.submissionId} got no clear answer: it may have gone through; check it in Partner Center.`;
  }
  return undefined;
}

/** `operation: rollout`: the published submission stays published; its rollout changed, or not, or maybe. */
function publishedRollout({ submissionId, parent, rollout, changingRollout, operation }: Progress): string | undefined {
  if (!submissionId || !parent || !operation) return undefined;
  const where = `The published submission ${submissionId} of the ${parent.label} stays published`;
  if (changingRollout) {
    return `${where}; the request to ${changingRollout.action} its rollout got no clear answer, so it may have gone through${rollout ? ` (before it: ${describeRollout(rollout)})` : ''}: check it in Partner Center.`;
  }
  return `${where}; its rollout was not changed${rollout ? ` (${describeRollout(rollout)})` : ''}.`;
}

/** The submission this run made, in the state it was last seen in. */
function submission(progress: Progress): string | undefined {
  const { submissionId: id, parent, status } = progress;
  if (!parent) return undefined;
  if (!id) {
    return progress.creating
      ? `A submission was being created for the ${parent.label}: it may exist; ${REPLACED_NEXT_RUN}.`
      : undefined;
  }
  const it = `Submission ${id} of the ${parent.label}`;
  if (progress.committing) {
    return `${it} was being committed and the answer did not come: it may be committed (then the Store processes it) or still PendingCommit (then ${REPLACED_NEXT_RUN}); check it in Partner Center.`;
  }
  if (!progress.committed) {
    const why = progress.preparedOnly ? ' (commit: false)' : '';
    return `${it} was left in status ${status ?? 'PendingCommit'}, not committed${why}; ${REPLACED_NEXT_RUN}.`;
  }
  return committedSubmission(it, status);
}

function committedSubmission(it: string, status: string | undefined): string {
  if (status === 'PendingCommit') {
    return `${it} fell back to PendingCommit after its commit: the Store is not processing it; ${REPLACED_NEXT_RUN}.`;
  }
  if (status === 'CommitFailed') {
    return `${it} ended in CommitFailed: the Store is not processing it; ${REPLACED_NEXT_RUN}.`;
  }
  if (status && isFailureStatus(status)) {
    return `${it} ended in ${status}: the Store does not go on with it (see its errors in the annotations and in Partner Center); ${REPLACED_NEXT_RUN}.`;
  }
  if (status === 'Published') return `${it} is Published.`;
  if (status && IN_PROGRESS.includes(status)) {
    const held =
      status === 'Release' || status === 'PendingPublication'
        ? ' (one set to publish manually or on a date waits for that)'
        : '';
    return `${it} was left in status ${status}: it is committed, and the Store goes on processing it${held}; see Partner Center.`;
  }
  return `${it} was committed; its last status seen was ${status ?? 'none'}: see Partner Center.`;
}
