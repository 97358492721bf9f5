/** Reading a submission's status: keep waiting, done, or failed. Pure. */
/** How far a run waits after its commit. */
export type WaitFor = 'commit' | 'certification' | 'publish';

export type Verdict = { state: 'waiting' } | { state: 'done'; note?: string } | { state: 'failed'; reason: string };

/** The documented path a submission walks after its commit, in order. */
export const STATUS_PATH = [
  'PendingCommit',
  'CommitStarted',
  'PreProcessing',
  'Certification',
  'Release',
  'PendingPublication',
  'Publishing',
  'Published'
] as const;

const STAGE: Record<WaitFor, string> = { commit: 'PreProcessing', certification: 'Release', publish: 'Published' };

export function isFailureStatus(status: string): boolean {
  return /Failed$/i.test(status) || /^Cancell?ed$/i.test(status);
}

/**
 * What a status read after our commit means for a run that waits for
 * `waitFor`. `publishMode` is the submission's targetPublishMode: a Manual or
 * SpecificDate submission stops at Release / PendingPublication by design.
 */
export function judgeStatus(status: string, waitFor: WaitFor, publishMode?: string): Verdict {
  if (isFailureStatus(status)) return { state: 'failed', reason: `the submission reached ${status}` };
  if (status === 'PendingCommit') {
    return {
      state: 'failed',
      reason:
        'the commit fell back from CommitStarted to PendingCommit (the Store rejected it without details; check the packages and the zip)'
    };
  }
  const at = STATUS_PATH.indexOf(status as (typeof STATUS_PATH)[number]);
  if (at < 0) return { state: 'waiting' }; // an unknown or transient status: keep reading
  if (at >= STATUS_PATH.indexOf(STAGE[waitFor] as (typeof STATUS_PATH)[number])) return { state: 'done' };
  if (
    waitFor === 'publish' &&
    publishMode &&
    !/^Immediate$/i.test(publishMode) &&
    (status === 'Release' || status === 'PendingPublication')
  ) {
    return {
      state: 'done',
      note: `the submission is set to publish ${/^manual$/i.test(publishMode) ? 'manually' : `on its date (${publishMode})`}, so it waits at ${status}`
    };
  }
  return { state: 'waiting' };
}
