/**
 * Package mode on a build folder as msbuild writes it (the upload file, the
 * same bundle again in `_Test/`, the framework packages in `Dependencies/`,
 * inner part names percent-encoded, resource packages without Type): a
 * pattern that matches too much is refused with nothing changed on the
 * Store; the README's pattern publishes the upload file alone.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeMsbuildOutput } from '../../__fixtures__/build-output.js';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

let workspaces = 0;
async function buildFolder() {
  const ws = rig.path(`build${++workspaces}`);
  mkdirSync(ws, { recursive: true });
  const out = await writeMsbuildOutput(join(ws, 'out'), {
    project: 'Contoso Notes',
    identity: 'FakePublisher.ContosoNotes',
    version: '1.1.0.0',
    architectures: ['x64', 'arm64']
  });
  return { ws, out };
}

async function seededApp() {
  const fake = await rig.newFake();
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
  return fake;
}

describe('an msbuild output folder', () => {
  test.each([
    ['out/**/*.msix*', /is a framework package \(Microsoft\.WindowsAppRuntime\.1\.5 .*'!\*\*\/Dependencies\/\*\*'/],
    ['out/**/*.msix*\n!**/Dependencies/**', /Packages .*_Test.*\.msixbundle and .*_bundle\.msixupload both hold/]
  ])('%j is refused before any request that changes anything', async (packages, message) => {
    const fake = await seededApp();
    const { ws } = await buildFolder();
    const result = await rig.run({ 'application-id': APP_ID, packages }, { cwd: ws });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)).toHaveLength(1);
    expect(errorAnnotations(result.log)[0]).toMatch(message);
    expect(fake.mutations()).toEqual([]);
  });

  test("the README's pattern publishes the upload file alone, its bundle read through encoded names", async () => {
    const fake = await seededApp();
    const { ws, out } = await buildFolder();
    const result = await rig.run({ 'application-id': APP_ID, packages: 'out/**/*.msixupload' }, { cwd: ws });
    expect(result.code).toBe(0);
    const submission = fake.submission(result.outputs['submission-id']);
    const list = submission.puts[0].applicationPackages as { fileName: string; fileStatus: string }[];
    expect(list.filter((p) => p.fileStatus === 'PendingUpload').map((p) => p.fileName)).toEqual([basename(out.upload)]);
    expect(submission.uploadedEntries).toEqual([basename(out.upload)]);
    expect(result.log).toMatch(/x64, arm64; family name matches the app/);
  });
});

test('no secret, token or upload-URL signature in any log of this file', () => {
  rig.expectNoSecretsInLogs();
});
