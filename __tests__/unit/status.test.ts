import { isFailureStatus, judgeStatus } from '../../src/status.js';

describe('judgeStatus', () => {
  const waiting = { state: 'waiting' };
  const done = { state: 'done' };

  describe('wait-for commit', () => {
    test('waits while CommitStarted', () => {
      expect(judgeStatus('CommitStarted', 'commit')).toEqual(waiting);
    });
    test.each(['PreProcessing', 'Certification', 'Release', 'PendingPublication', 'Publishing', 'Published'])(
      'done at %s',
      (status) => {
        expect(judgeStatus(status, 'commit')).toEqual(done);
      }
    );
  });

  describe('wait-for certification', () => {
    test.each(['CommitStarted', 'PreProcessing', 'Certification'])('waits at %s', (status) => {
      expect(judgeStatus(status, 'certification')).toEqual(waiting);
    });
    test.each(['Release', 'PendingPublication', 'Publishing', 'Published'])('done at %s', (status) => {
      expect(judgeStatus(status, 'certification')).toEqual(done);
    });
    test('a Manual submission is done at Release too (without a note)', () => {
      expect(judgeStatus('Release', 'certification', 'Manual')).toEqual(done);
    });
  });

  describe('wait-for publish', () => {
    test.each(['CommitStarted', 'PreProcessing', 'Certification', 'Release', 'PendingPublication', 'Publishing'])(
      'waits at %s (Immediate)',
      (status) => {
        expect(judgeStatus(status, 'publish', 'Immediate')).toEqual(waiting);
        expect(judgeStatus(status, 'publish')).toEqual(waiting);
      }
    );
    test('done at Published', () => {
      expect(judgeStatus('Published', 'publish', 'Immediate')).toEqual(done);
    });
    test('an Immediate mode in another case still waits at Release', () => {
      expect(judgeStatus('Release', 'publish', 'immediate')).toEqual(waiting);
    });

    test.each([
      ['Manual', 'Release'],
      ['Manual', 'PendingPublication'],
      ['SpecificDate', 'Release'],
      ['SpecificDate', 'PendingPublication']
    ])('a %s submission is done at %s, with a note saying why', (mode, status) => {
      const verdict = judgeStatus(status, 'publish', mode);
      expect(verdict.state).toBe('done');
      const note = (verdict as { note?: string }).note ?? '';
      expect(note).toContain(status);
      expect(note).toMatch(mode === 'Manual' ? /manually/ : /SpecificDate/);
    });

    test.each(['Manual', 'SpecificDate'])('a %s submission still waits before Release', (mode) => {
      expect(judgeStatus('Certification', 'publish', mode)).toEqual(waiting);
      expect(judgeStatus('PreProcessing', 'publish', mode)).toEqual(waiting);
    });
  });

  describe('failures', () => {
    test.each([
      'CommitFailed',
      'PreProcessingFailed',
      'CertificationFailed',
      'ReleaseFailed',
      'PublishFailed',
      'Canceled',
      'Cancelled'
    ])('%s fails for every wait-for, naming the status', (status) => {
      for (const waitFor of ['commit', 'certification', 'publish'] as const) {
        const verdict = judgeStatus(status, waitFor, 'Immediate');
        expect(verdict.state).toBe('failed');
        expect((verdict as { reason: string }).reason).toContain(status);
      }
    });

    test('falling back to PendingCommit fails, explaining the fallback', () => {
      for (const waitFor of ['commit', 'certification', 'publish'] as const) {
        const verdict = judgeStatus('PendingCommit', waitFor);
        expect(verdict.state).toBe('failed');
        expect((verdict as { reason: string }).reason).toMatch(/PendingCommit/);
      }
    });
  });

  test('an unknown status (or None) keeps waiting', () => {
    expect(judgeStatus('SomethingNew', 'commit')).toEqual(waiting);
    expect(judgeStatus('None', 'publish')).toEqual(waiting);
  });

  test('isFailureStatus', () => {
    expect(isFailureStatus('CommitFailed')).toBe(true);
    expect(isFailureStatus('certificationfailed')).toBe(true);
    expect(isFailureStatus('Canceled')).toBe(true);
    expect(isFailureStatus('Published')).toBe(false);
    expect(isFailureStatus('FailedSomething')).toBe(false);
    expect(isFailureStatus('PendingCommit')).toBe(false);
  });
});
