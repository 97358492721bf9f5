import { describe, expect, test } from '@jest/globals';
import { msiExeLeftBehind, newMsiExeProgress } from '../../src/msi-exe/outcome.js';
import { leftBehind } from '../../src/publish.js';
import { appParent } from '../../src/store/parents.js';
import type { Progress } from '../../src/submission.js';

const parent = appParent('9NBLGGH4R315');
const progress = (extra: Partial<Progress>): Progress => ({ parent, committed: false, ...extra });

describe('what a failed run says it leaves behind', () => {
  test('a submission not committed (the commit was checked): the next run replaces it', () => {
    expect(leftBehind(progress({ submissionId: '11', status: 'PendingCommit' }))).toMatch(
      /Submission 11 .* left in status PendingCommit, not committed; the next run replaces it/
    );
  });

  test('a commit whose answer was lost and could not be read back: never "not committed"', () => {
    const line = leftBehind(progress({ submissionId: '11', status: 'PendingCommit', commitUnknown: true })) ?? '';
    expect(line).toMatch(
      /Submission 11 .* had its commit sent, .*could not be read back: the Store may be processing it/
    );
    expect(line).not.toMatch(/not committed/);
  });

  test('a committed submission: the Store goes on with it', () => {
    expect(leftBehind(progress({ submissionId: '11', status: 'CommitStarted', committed: true }))).toMatch(
      /left in status CommitStarted; the Store goes on processing it/
    );
  });

  test('a create whose outcome is unknown: a submission may exist; a create known not made: nothing to say', () => {
    expect(leftBehind(progress({ creating: true }))).toMatch(/being created .* it may exist; check Partner Center/);
    expect(leftBehind(progress({}))).toBeUndefined();
  });

  test('MSI/EXE: a submit whose outcome is unknown says a submission may be in progress', () => {
    const msi = { ...newMsiExeProgress('p-1'), changed: ['packages'], submitUnknown: true };
    expect(msiExeLeftBehind(msi)).toMatch(/submitted, but the answer was lost .* a submission may be in progress/);
  });
});
