/**
 * A real msbuild output folder as `packages` sees it: the upload file, the
 * same bundle again in `_Test/`, and the framework packages in
 * `Dependencies/`. Each wrong match is refused before any request, naming
 * the files and saying how to leave them out; the README's pattern works.
 */
import { join } from 'node:path';
import { writeMsbuildOutput, type BuildOutput } from '../../__fixtures__/build-output.js';
import { FAKE_STORE_PUBLISHER, packageBuffer, writeFileAt } from '../../__fixtures__/packages.js';
import { tempDir } from '../../__fixtures__/zips.js';
import { ActionError } from '../../src/errors.js';
import { readPackageMode } from '../../src/msix/inputs/package-mode.js';
import { parsePackageMode } from '../../src/msix/inputs/packages.js';
import { checkPackageSet } from '../../src/packages/set.js';
import { info } from './package-helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let out: BuildOutput;

beforeAll(async () => {
  tmp = await tempDir('package-set-');
  out = await writeMsbuildOutput(join(tmp.dir, 'out'), {
    project: 'ContosoNotes',
    identity: 'FakePublisher.ContosoNotes',
    version: '1.2.0.0',
    architectures: ['x64', 'arm64']
  });
});

afterAll(async () => {
  await tmp.cleanup();
});

const APP = { kind: 'app', applicationId: '9NBLGGH4R315' } as const;

async function packageMode(patterns: string) {
  const given = parsePackageMode((name) => (name === 'packages' ? patterns : ''), APP);
  if (!given) throw new Error('no packages given');
  return readPackageMode(given, APP, tmp.dir);
}

async function refusal(patterns: string): Promise<string> {
  const error = await packageMode(patterns).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  const line = (error as ActionError).oneLine();
  expect(line).not.toMatch(/[\r\n]/);
  return line;
}

describe('an msbuild output folder (AppxBundle=Always, StoreUpload)', () => {
  test("'out/**/*.msix*' matches a framework package: refused, saying what it is and how to leave it out", async () => {
    const line = await refusal('out/**/*.msix*');
    expect(line).toContain(out.frameworks.find((f) => f.includes('arm64') && f.endsWith('.msix')));
    expect(line).toMatch(/is a framework package \(Microsoft\.WindowsAppRuntime\.1\.5 5001\.178\.1908\.0, arm64\)/);
    expect(line).toMatch(/'!\*\*\/Dependencies\/\*\*'/);
  });

  test('the .appx frameworks (Microsoft.VCLibs) too', async () => {
    expect(await refusal('out/**/*.appx')).toMatch(/Microsoft\.VCLibs\.140\.00\.UWPDesktop 14\.0\.33519\.0/);
  });

  test('without the frameworks, the upload file and the _Test bundle are the same package twice', async () => {
    const line = await refusal('out/**/*.msix*\n!**/Dependencies/**');
    expect(line).toContain(`Packages ${out.testBundle} and ${out.upload} both hold FakePublisher.ContosoNotes`);
    expect(line).toMatch(/version 1\.2\.0\.0 for x64/);
    expect(line).toMatch(/'!\*\*\/\*_Test\/\*\*'/);
  });

  test.each(['out/**/*.msixupload', 'out/*.msixupload', 'out/**/*.msix*\n!**/*_Test/**'])(
    '%j finds the upload file alone',
    async (patterns) => {
      const mode = await packageMode(patterns);
      expect(mode?.packages.map((p) => p.path)).toEqual([out.upload]);
      expect(mode?.packages[0].targets.map((t) => t.architecture)).toEqual(['x64', 'arm64']);
    }
  );

  test('a package of another identity beside the app is refused naming both identities', async () => {
    const other = await writeFileAt(
      join(tmp.dir, 'out', 'Tools', 'Contoso.Helper_1.0.0.0_x64.msix'),
      await packageBuffer({ name: 'Contoso.Helper', version: '1.0.0.0', publisher: FAKE_STORE_PUBLISHER })
    );
    const line = await refusal('out/*.msixupload\nout/Tools/*.msix');
    expect(line).toMatch(/carry 2 identities/);
    expect(line).toContain(`FakePublisher.ContosoNotes (publisher '${FAKE_STORE_PUBLISHER}'`);
    expect(line).toContain(
      `Contoso.Helper (publisher '${FAKE_STORE_PUBLISHER}', family name Contoso.Helper_8wekyb3d8bbwe) in ${other}`
    );
    expect(line).toMatch(/'!\*\*\/Contoso\.Helper_1\.0\.0\.0_x64\.msix'/);
  });
});

describe('checkPackageSet', () => {
  test('packages of one identity for different architectures or versions pass', () => {
    expect(() =>
      checkPackageSet([
        { ...info('Contoso.App', '1.0.0.0', [{ architecture: 'x64' }]), path: '/ws/App_x64.msix' },
        { ...info('Contoso.App', '1.0.0.0', [{ architecture: 'arm64' }]), path: '/ws/App_arm64.msix' },
        info('Contoso.App', '1.0.1.0', [{ architecture: 'x64' }])
      ])
    ).not.toThrow();
  });

  test('the same version and architecture in two files is refused, whatever the file kinds', () => {
    const bundle = { ...info('Contoso.App', '2.0.0.0', [{ architecture: 'x86' }, { architecture: 'x64' }]) };
    const msix = { ...info('contoso.app', '2.0.0.0', [{ architecture: 'x64' }]), path: '/ws/App_x64.msix' };
    expect(() => checkPackageSet([bundle, msix])).toThrow(/both hold contoso\.app version 2\.0\.0\.0 for x64/);
  });
});
