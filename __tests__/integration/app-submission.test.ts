/**
 * The bundled action (dist/index.js) against the local Partner Center:
 * what the fake Store ended up holding after each run, for the app path.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

const PACKAGE = 'ContosoNotes_1.1.0.0_x64.msixupload';
const changes = {
  listings: { 'en-us': { baseListing: { releaseNotes: 'New in 1.1: sync' } } },
  applicationPackages: [
    { fileName: PACKAGE, fileStatus: 'PendingUpload', minimumDirectXVersion: 'None', minimumSystemRam: 'None' }
  ]
};

async function appWithPending(options: { createdInPartnerCenter?: boolean } = {}): Promise<string> {
  const fake = await rig.newFake();
  fake.seedApp({
    id: APP_ID,
    name: 'Contoso Notes',
    published: publishedAppSubmission(),
    pending: { ...publishedAppSubmission(), ...options }
  });
  return fake.app(APP_ID).pendingApplicationSubmission.id as string;
}

async function goodZip(): Promise<string> {
  return rig.zip('good.zip', { [PACKAGE]: 'msix bytes', 'img/screen2.png': 'png' });
}

describe('app submission, end to end', () => {
  test('replaces the pending submission, merges the JSON, uploads, commits and reports', async () => {
    const oldPending = await appWithPending();
    const result = await rig.run({
      'application-id': APP_ID,
      'submission-json': JSON.stringify(changes),
      'package-zip': await goodZip()
    });
    expect(result.code).toBe(0);

    const { fake } = rig;
    const id = result.outputs['submission-id'];
    expect(id).toBeTruthy();
    expect(id).not.toBe(oldPending);
    expect(fake.submission(oldPending).deleted).toBe(true);
    const submission = fake.submission(id);
    expect(submission.committed).toBe(true);
    expect(submission.puts).toHaveLength(1);
    const put = submission.puts[0];
    // Deep merge: the release notes changed, the rest of the listing kept, the package list replaced.
    expect(put.listings['en-us'].baseListing.releaseNotes).toBe('New in 1.1: sync');
    expect(put.listings['en-us'].baseListing.description).toBe('Take notes fast.');
    expect(put.listings['en-us'].baseListing.images).toHaveLength(1);
    expect(put.applicationCategory).toBe('DeveloperTools');
    expect(put.applicationPackages.map((p: { fileName: string }) => p.fileName)).toEqual([PACKAGE]);
    expect(submission.uploadedEntries).toEqual(expect.arrayContaining([PACKAGE]));

    expect(result.outputs.status).toBe('PreProcessing');
    expect(JSON.parse(result.outputs['status-details'])).toHaveProperty('errors');
    expect(result.summary).toContain(id);
    expect(result.summary).toContain('PreProcessing');
    expect(result.summary).toContain('partner.microsoft.com');
    expect(result.summary).toContain('| Changed | `listings`, `applicationPackages` |');
    expect(result.summary).toMatch(/\| Uploaded \| 0\.0 MiB in \d+\.\d s \|/);
    expect(result.summary).toContain(`| Replaced pending submission | ${oldPending} |`);
    expect(result.log).toContain(`Deleting the pending submission ${oldPending}`);
    // The only changes: one delete, one create, one PUT, one commit.
    expect(fake.mutations().map((r: { method: string }) => r.method)).toEqual(['DELETE', 'POST', 'PUT', 'POST']);
  });

  test('JSON from a file, and no pending submission to replace', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
    const file = rig.path('submission.json');
    writeFileSync(file, JSON.stringify({ notesForCertification: 'Log in as demo/demo.' }));
    const result = await rig.run({ 'application-id': APP_ID, 'submission-json-file': file });
    expect(result.code).toBe(0);
    const submission = fake.submission(result.outputs['submission-id']);
    expect(submission.puts[0].notesForCertification).toBe('Log in as demo/demo.');
    expect(submission.puts[0].listings['en-us'].baseListing.releaseNotes).toBe('Old notes');
    expect(fake.mutations().map((r: { method: string }) => r.method)).toEqual(['POST', 'PUT', 'POST']);
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, () => Promise<Record<string, string>>, RegExp][] = [
    ['invalid JSON', async () => ({ 'submission-json': '{"listings": ' }), /submission-json' is not valid JSON/],
    ['JSON that is not an object', async () => ({ 'submission-json': '[1,2]' }), /must be a JSON object/],
    [
      'a missing zip',
      async () => ({ 'submission-json': JSON.stringify(changes), 'package-zip': rig.path('nope.zip') }),
      /'package-zip' does not exist/
    ],
    [
      'a file that is not a zip',
      async () => {
        writeFileSync(rig.path('not.zip'), 'just text, no zip here');
        return { 'submission-json': JSON.stringify(changes), 'package-zip': rig.path('not.zip') };
      },
      /not a readable zip/
    ],
    [
      'a zip missing a PendingUpload file',
      async () => ({
        'submission-json': JSON.stringify(changes),
        'package-zip': await rig.zip('other.zip', { 'other.msix': 'x' })
      }),
      new RegExp(`missing 1 file.*${PACKAGE.replace(/\./g, '\\.')}`)
    ],
    ['a missing application-id', async () => ({ 'application-id': '' }), /'application-id' is required/]
  ];
  test.each(cases)('%s', async (_name, extra, message) => {
    await appWithPending();
    const result = await rig.run({ 'application-id': APP_ID, ...(await extra()) });
    expect(result.code).not.toBe(0);
    const errors = errorAnnotations(result.log);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(rig.fake.requests).toEqual([]);
    expect(result.log).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('delete-pending: false with a pending submission fails naming it', async () => {
    const pending = await appWithPending();
    const result = await rig.run({
      'application-id': APP_ID,
      'delete-pending': 'false',
      'submission-json': JSON.stringify({ notesForCertification: 'x' })
    });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toContain(pending);
    expect(errorAnnotations(result.log)[0]).toContain('delete-pending');
    expect(rig.fake.mutations()).toEqual([]);
    expect(rig.fake.app(APP_ID).pendingApplicationSubmission.id).toBe(pending);
  });

  test('a pending submission made in Partner Center is left alone, with what to do', async () => {
    const pending = await appWithPending({ createdInPartnerCenter: true });
    const result = await rig.run({
      'application-id': APP_ID,
      'submission-json': JSON.stringify({ notesForCertification: 'x' })
    });
    expect(result.code).not.toBe(0);
    const error = errorAnnotations(result.log)[0];
    expect(error).toContain(pending);
    expect(error).toContain('Partner Center');
    expect(error).toMatch(/MS-CorrelationId: [0-9a-f-]{36}/);
    expect(rig.fake.mutations()).toEqual([]);
    expect(rig.fake.submission(pending).deleted).toBe(false);
  });

  test('a wrong secret fails with a hint and changes nothing', async () => {
    await appWithPending();
    const result = await rig.run({ 'application-id': APP_ID, 'client-secret': 'wrong-secret-value-123' });
    expect(result.code).not.toBe(0);
    const error = errorAnnotations(result.log)[0];
    expect(error).toMatch(/HTTP 401.*invalid_client.*AADSTS7000215/);
    expect(error).toContain("Check 'client-secret'");
    expect(result.log).not.toContain('wrong-secret-value-123');
    expect(rig.fake.mutations()).toEqual([]);
  });

  test('an app that does not exist fails naming it', async () => {
    await rig.newFake();
    const result = await rig.run({ 'application-id': '9NOTHERE0000' });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(/HTTP 404.*No app 9NOTHERE0000/);
    expect(rig.fake.mutations()).toEqual([]);
  });
});

describe('the commit and the wait', () => {
  test('CommitFailed fails the step and shows each error', async () => {
    await appWithPending();
    rig.fake.setCommitOutcome({
      kind: 'failed',
      status: 'CommitFailed',
      pollsInCommitStarted: 1,
      errors: [
        { code: 'InvalidParameterValue', details: 'The release notes are too long.' },
        { code: 'PackageValidationFailed', details: 'The package is not signed.' }
      ]
    });
    const result = await rig.run({
      'application-id': APP_ID,
      'submission-json': JSON.stringify(changes),
      'package-zip': await goodZip()
    });
    expect(result.code).not.toBe(0);
    expect(result.outputs.status).toBe('CommitFailed');
    expect(result.outputs['submission-id']).toBeTruthy();
    const details = JSON.parse(result.outputs['status-details']);
    expect(details.errors).toHaveLength(2);
    const errors = errorAnnotations(result.log).join('\n');
    expect(errors).toContain('InvalidParameterValue: The release notes are too long.');
    expect(errors).toContain('PackageValidationFailed: The package is not signed.');
    expect(errors).toMatch(/CommitFailed/);
    expect(result.summary).toContain('The package is not signed.');
  });

  test('a fall-back to PendingCommit is a failure', async () => {
    await appWithPending();
    rig.fake.setCommitOutcome({ kind: 'fallback', pollsInCommitStarted: 1 });
    const result = await rig.run({
      'application-id': APP_ID,
      'submission-json': JSON.stringify({ notesForCertification: 'x' })
    });
    expect(result.code).not.toBe(0);
    expect(result.outputs.status).toBe('PendingCommit');
    expect(errorAnnotations(result.log).join('\n')).toMatch(/fell back .*PendingCommit/);
  });

  test('a commit that never finishes times out with the last status and the submission id', async () => {
    await appWithPending();
    rig.fake.setCommitOutcome({ kind: 'stuck' });
    const result = await rig.run({
      'application-id': APP_ID,
      'submission-json': JSON.stringify({ notesForCertification: 'x' }),
      'timeout-minutes': '0.01'
    });
    expect(result.code).not.toBe(0);
    expect(result.outputs.status).toBe('CommitStarted');
    expect(result.outputs['submission-id']).toBeTruthy();
    expect(errorAnnotations(result.log).join('\n')).toMatch(/Timed out after 0\.6 s .*last status was CommitStarted/);
    expect(rig.fake.submission(result.outputs['submission-id']).committed).toBe(true);
  });

  test('wait-for: publish follows the status to Published', async () => {
    await appWithPending();
    rig.fake.setCommitOutcome({ kind: 'success', pollsInCommitStarted: 1, finalStatus: 'Published' });
    const result = await rig.run({
      'application-id': APP_ID,
      'submission-json': JSON.stringify({ notesForCertification: 'x' }),
      'wait-for': 'publish'
    });
    expect(result.code).toBe(0);
    expect(result.outputs.status).toBe('Published');
  });
});

// Last, after every run of this file: the client secret, every token and every upload-URL signature stayed out of the logs.
test('no secret, token or upload-URL signature in any log, output or summary of this file', () => {
  rig.expectNoSecretsInLogs();
});
