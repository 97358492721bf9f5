/**
 * What a failed or cancelled run says it left in the Store: one line for each
 * state a run can stop in, and none that claims what is not so.
 */
import { describe, expect, test } from '@jest/globals';
import { ActionError, ApiError, CancelledError, UncertainOutcomeError } from '../../src/errors.js';
import { marked, outcomeUnknown } from '../../src/run/in-flight.js';
import type { MsiExeProgress } from '../../src/msi-exe/lifecycle.js';
import { msiExeLeftBehind, newMsiExeProgress } from '../../src/msi-exe/outcome.js';
import { leftBehind } from '../../src/msix/publish.js';
import { appParent, flightParent } from '../../src/msix/store/parents.js';
import type { Progress } from '../../src/msix/submission.js';

const APP = '9NBLGGH4R315';
const app = appParent(APP);
const rollout = (status: string, percentage: number) => ({
  isPackageRollout: true,
  packageRolloutPercentage: percentage,
  packageRolloutStatus: status
});

describe('leftBehind (MSIX)', () => {
  const made = (fields: Partial<Progress>): Progress => ({
    committed: false,
    parent: app,
    submissionId: '7',
    ...fields
  });
  const NEXT_RUN = /the next run replaces it \(unless delete-pending is false\), or delete it in Partner Center/;

  test.each<[string, Partial<Progress>, RegExp[], RegExp[]]>([
    ['nothing done yet', { submissionId: undefined }, [], []],
    [
      'a create under way',
      { submissionId: undefined, creating: true },
      [/A submission was being created for the app 9NBLGGH4R315: it may exist/, NEXT_RUN],
      []
    ],
    [
      'created, not committed (the update or the upload failed)',
      { status: 'PendingCommit' },
      [/Submission 7 of the app 9NBLGGH4R315 was left in status PendingCommit, not committed;/, NEXT_RUN],
      [/goes on/]
    ],
    ['commit: false', { status: 'PendingCommit', preparedOnly: true }, [/not committed \(commit: false\)/], []],
    [
      'a commit under way, its answer lost',
      { status: 'PendingCommit', committing: true },
      [/was being committed and the answer did not come: it may be committed/, /or still PendingCommit/],
      [/, not committed;/]
    ],
    [
      'committed, processing (a timeout or a cancellation)',
      { committed: true, status: 'CommitStarted' },
      [/was left in status CommitStarted: it is committed, and the Store goes on processing it; see Partner Center/],
      [/not committed/, /next run/]
    ],
    [
      'committed, waiting at Release',
      { committed: true, status: 'Release' },
      [/goes on processing it \(one set to publish manually or on a date waits for that\)/],
      []
    ],
    [
      'a commit that fell back to PendingCommit',
      { committed: true, status: 'PendingCommit' },
      [/fell back to PendingCommit after its commit: the Store is not processing it/, NEXT_RUN],
      [/goes on/]
    ],
    [
      'CommitFailed',
      { committed: true, status: 'CommitFailed' },
      [/ended in CommitFailed: the Store is not processing it/, NEXT_RUN],
      [/goes on processing/]
    ],
    [
      'failed certification',
      { committed: true, status: 'CertificationFailed' },
      [/ended in CertificationFailed: the Store does not go on with it/],
      [/goes on processing/]
    ],
    [
      'published',
      { committed: true, status: 'Published' },
      [/^Submission 7 of the app 9NBLGGH4R315 is Published\.$/],
      []
    ],
    ['a status nobody documented', { committed: true, status: 'Paused' }, [/its last status seen was Paused/], []]
  ])('%s', (_state, fields, says, never) => {
    const line = leftBehind(made(fields));
    if (says.length === 0) return expect(line).toBeUndefined();
    for (const pattern of says) expect(line).toMatch(pattern);
    for (const pattern of never) expect(line).not.toMatch(pattern);
  });

  test('a refused rollout operation: the published submission stays published, its rollout unchanged', () => {
    const line = leftBehind(
      made({ operation: 'finalize', status: 'Published', rollout: rollout('PackageRolloutStopped', 0) })
    );
    expect(line).toBe(
      'The published submission 7 of the app 9NBLGGH4R315 stays published; its rollout was not changed (PackageRolloutStopped, 0 %).'
    );
  });

  test('a rollout change whose answer is lost: it may have gone through', () => {
    const line = leftBehind(
      made({
        operation: 'halt',
        status: 'Published',
        rollout: rollout('PackageRolloutInProgress', 20),
        changingRollout: { submissionId: '7', action: 'halt' }
      })
    );
    expect(line).toMatch(/stays published; the request to halt its rollout got no clear answer, so it may have gone/);
    expect(line).toMatch(/before it: PackageRolloutInProgress, 20 %/);
    expect(line).not.toMatch(/not committed|was not changed/);
  });

  test('what the run changed before its submission: a deleted pending submission, a rollout cleared, a new flight', () => {
    const flight = flightParent(APP, 'f1', 'Beta', true);
    const line = leftBehind({
      committed: false,
      parent: flight,
      replacedSubmissionId: '5',
      clearedRollout: {
        submissionId: '4',
        action: 'halt',
        before: rollout('PackageRolloutInProgress', 20),
        after: rollout('PackageRolloutStopped', 0)
      }
    });
    expect(line).toBe(
      "This run created the package flight 'Beta' (f1) of app 9NBLGGH4R315, which has no submission yet; it stays. " +
        'The pending submission 5 that this run replaced was deleted. ' +
        'The rollout of the published submission 4 was halted (existing-rollout: halt): it is PackageRolloutStopped, 0 %.'
    );
  });

  test('a delete or a rollout change before the create, its answer lost: it may have gone through', () => {
    const line = leftBehind({
      committed: false,
      parent: app,
      deletingSubmissionId: '5',
      changingRollout: { submissionId: '4', action: 'finalize' }
    });
    expect(line).toMatch(/The pending submission 5 was being deleted and the answer did not come: it may be gone/);
    expect(line).toMatch(/The request to finalize the rollout of the published submission 4 got no clear answer/);
  });
});

describe('msiExeLeftBehind', () => {
  const progress = (fields: Partial<MsiExeProgress>): MsiExeProgress => ({
    ...newMsiExeProgress('p1'),
    ...fields
  });

  test.each<[string, Partial<MsiExeProgress>, RegExp, RegExp | undefined]>([
    ['nothing changed', {}, /^Nothing was changed in the MSI\/EXE product p1\.$/, undefined],
    [
      'packages replaced, not submitted',
      { changed: ['packages'] },
      /holds this run's changes \(packages\) but was not submitted/,
      /may/
    ],
    [
      'a package replacement whose answer was lost',
      { changing: ['packages'] },
      /was not submitted\. The request to change packages got no clear answer: the draft may hold that change too/,
      /Nothing was changed/
    ],
    [
      'a submit whose answer was lost',
      { changed: ['packages'], submitting: true },
      /\(packages\) was being submitted and the answer did not come: a submission may have been created/,
      /but was not submitted/
    ],
    [
      'submitted, in progress',
      { submissionId: 's1', status: 'INPROGRESS' },
      /Submission s1 .* was created \(last status INPROGRESS\); the Store goes on with it/,
      undefined
    ],
    [
      'submitted, failed',
      { submissionId: 's1', status: 'INPROGRESS', failed: true },
      /Submission s1 of the MSI\/EXE product p1 failed \(INPROGRESS\): the Store does not go on with it/,
      /goes on with it\./
    ],
    ['published', { submissionId: 's1', status: 'PUBLISHED' }, /Submission s1 .* is published\./, /goes on/],
    [
      'an UNKNOWN status',
      { submissionId: 's1', status: 'UNKNOWN' },
      /its last status was UNKNOWN: see Partner/,
      /goes on/
    ]
  ])('%s', (_state, fields, says, never) => {
    const line = msiExeLeftBehind(progress(fields));
    expect(line).toMatch(says);
    if (never) expect(line).not.toMatch(never);
  });
});

describe('requests whose outcome may be unknown', () => {
  const api = (status: number | undefined) => new ApiError({ call: 'Commit submission 7', status });

  test.each<[string, boolean, unknown]>([
    ['a lost answer', true, new UncertainOutcomeError({ call: 'Commit submission 7' })],
    ['a 5xx', true, api(503)],
    ['a network failure', true, api(undefined)],
    ['a cancellation', true, new CancelledError()],
    ['a bug', true, new TypeError('x is undefined')],
    ['a 409 refusal', false, api(409)],
    ['the action’s own refusal', false, new ActionError('cannot be deleted')]
  ])('%s: outcome unknown %p', (_what, unknown, error) => {
    expect(outcomeUnknown(error)).toBe(unknown);
  });

  test('marked: set while under way, cleared on an answer or a refusal, kept when the outcome is unknown', async () => {
    const marks: boolean[] = [];
    const mark = (on: boolean) => marks.push(on);
    await marked(mark, async () => 'done');
    await expect(marked(mark, () => Promise.reject(api(409)))).rejects.toThrow();
    await expect(marked(mark, () => Promise.reject(api(503)))).rejects.toThrow();
    expect(marks).toEqual([true, false, true, false, true]);
  });
});

describe("after the last attempt's lost answer: what the server holds, read back", () => {
  const parent = appParent('9NBLGGH4R315');
  const progress = (extra: Partial<Progress>): Progress => ({ parent, committed: false, ...extra });

  test('a submission not committed (the commit was checked): the next run replaces it', () => {
    expect(leftBehind(progress({ submissionId: '11', status: 'PendingCommit' }))).toMatch(
      /Submission 11 .* left in status PendingCommit, not committed; the next run replaces it/
    );
  });

  test('a commit whose answer was lost and could not be read back: never "not committed"', () => {
    const line = leftBehind(progress({ submissionId: '11', status: 'PendingCommit', committing: true })) ?? '';
    expect(line).toMatch(/Submission 11 .* was being committed and the answer did not come: it may be committed/);
    expect(line).not.toMatch(/, not committed/);
  });

  test('a create whose outcome is unknown: a submission may exist; a create known not made: nothing to say', () => {
    expect(leftBehind(progress({ creating: true }))).toMatch(/being created .*: it may exist/);
    expect(leftBehind(progress({}))).toBeUndefined();
  });

  test('MSI/EXE: a submit whose outcome is unknown says a submission may have been created', () => {
    const msi = { ...newMsiExeProgress('p-1'), changed: ['packages'], submitting: true };
    expect(msiExeLeftBehind(msi)).toMatch(
      /was being submitted and the answer did not come: a submission may have been created/
    );
  });
});
