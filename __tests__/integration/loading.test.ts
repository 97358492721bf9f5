/**
 * A run loads only what it uses (issue: start-up): up to its first request, an MSIX run with package-zip loads its
 * inputs' and files' checks and the sign-in, not the lifecycle, the upload, the package reader, the dry run, the
 * read-back, the MSI/EXE API or TLS. Checked by what the process has loaded (a probe preloaded into the bundled
 * action, __fixtures__/load-probe.cjs), not by timing it: the time is bench/start.mjs's.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ID, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
// NODE_OPTIONS reads `\` inside quotes as an escape: the path goes with forward slashes, which Windows takes too.
const PROBE = join(ROOT, '__fixtures__', 'load-probe.cjs').replace(/\\/g, '/');

/** The source files each file of dist/ (the action's bundle) holds, from its source map. */
function sourcesOf(): Map<string, string[]> {
  const dist = join(ROOT, 'dist');
  const files = readdirSync(dist).filter((name) => name.endsWith('.js'));
  return new Map(
    files.map((name) => {
      const map = JSON.parse(readFileSync(join(dist, `${name}.map`), 'utf8')) as { sources: string[] };
      return [name, map.sources.map((source) => source.replace(/^(\.\.\/)*\.?\/?/, '').replace(/^\.\.\/\.\//, ''))];
    })
  );
}

interface Snapshot {
  builtins: string[];
  bundle: string[];
}

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

const PACKAGE = 'ContosoNotes_1.1.0.0_x64.msixupload';

async function probedRun(
  inputs: Record<string, string>
): Promise<{ code: number | null; probe: Record<string, Snapshot> }> {
  const file = rig.path(`probe-${Date.now()}.json`);
  const result = await rig.run(inputs, { env: { NODE_OPTIONS: `--require "${PROBE}"`, LOAD_PROBE_FILE: file } });
  return { code: result.code, probe: JSON.parse(readFileSync(file, 'utf8')) as Record<string, Snapshot> };
}

/** The source files (src/…) of the bundle's files in a snapshot. */
function loadedSources(snapshot: Snapshot): string[] {
  const sources = sourcesOf();
  return snapshot.bundle.flatMap((path) => sources.get(basename(path)) ?? []).filter((s) => s.includes('src/'));
}

describe('what a run has loaded at its first request', () => {
  test('an MSIX run with package-zip: the checks and the sign-in; the rest of the run after it', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
    const zip = await rig.zip('app.zip', { [PACKAGE]: 'msix bytes' });
    const { code, probe } = await probedRun({
      'application-id': APP_ID,
      'package-zip': zip,
      'submission-json': JSON.stringify({ applicationPackages: [{ fileName: PACKAGE, fileStatus: 'PendingUpload' }] })
    });
    expect(code).toBe(0);
    const first = loadedSources(probe.firstRequest);
    // What it needs by then: the inputs, the zip check, the sign-in.
    for (const needed of [
      'src/msix/settings.ts',
      'src/msix/inputs/submission-json.ts',
      'src/zip/directory.ts',
      'src/auth.ts'
    ])
      expect(first).toContain(needed);
    // What it does not: the rest of the run, and other runs' code.
    const later = [
      'src/msix/submission.ts',
      'src/upload/index.ts',
      'src/zip/write.ts',
      'src/packages/read.ts',
      'src/msix/rehearse.ts',
      'src/read-back/run.ts',
      'src/msi-exe/client.ts',
      'src/msi-exe/installers.ts'
    ];
    for (const source of later) expect(first).not.toContain(source);
    for (const builtin of ['crypto', 'fs/promises', 'zlib', 'tls', 'https'])
      expect(probe.firstRequest.builtins).not.toContain(builtin);
    // The run went on to load its lifecycle and upload when it reached them.
    const all = loadedSources(probe.exit);
    for (const source of ['src/msix/submission.ts', 'src/upload/index.ts']) expect(all).toContain(source);
    for (const source of ['src/packages/read.ts', 'src/msix/rehearse.ts', 'src/msi-exe/client.ts'])
      expect(all).not.toContain(source);
  });

  test('a bad input fails before the API code that would use it is loaded, and before any request', async () => {
    const { code, probe } = await probedRun({ 'application-id': APP_ID, 'wait-for': 'soon' });
    expect(code).toBe(1);
    expect(probe.firstRequest).toBeUndefined();
    const all = loadedSources(probe.exit);
    expect(all).toContain('src/msix/settings.ts');
    for (const source of ['src/auth.ts', 'src/msix/publish.ts']) expect(all).not.toContain(source);
  });
});
