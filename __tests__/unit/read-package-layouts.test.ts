/**
 * readPackage on files laid out as makeappx and Visual Studio write them:
 * percent-encoded part names, resource packages without Type, framework
 * packages, and files that are not what their extension promises.
 */
import { writeFile } from 'node:fs/promises';
import {
  bundleBuffer,
  opcItemName,
  packageBuffer,
  packageFiles,
  uploadBuffer,
  yazlBuffer
} from '../../__fixtures__/packages.js';
import { tempDir } from '../../__fixtures__/zips.js';
import { ActionError } from '../../src/errors.js';
import { readPackage } from '../../src/packages/read.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir('read-layouts-');
});

afterAll(async () => {
  await tmp.cleanup();
});

const write = async (name: string, data: Buffer): Promise<string> => {
  await writeFile(tmp.path(name), data);
  return tmp.path(name);
};

async function refusal(path: string): Promise<string> {
  const error = await readPackage(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  const line = (error as ActionError).oneLine();
  expect(line).not.toMatch(/[\r\n]/);
  expect(line).toContain(path);
  return line;
}

describe('part names are read as OPC stores them (percent-encoded UTF-8)', () => {
  test('opcItemName, the fixture, encodes as the MSIX SDK does', () => {
    expect(opcItemName('Windows Calculator_x86.appx')).toBe('Windows%20Calculator_x86.appx');
    expect(opcItemName('महसुस.appx')).toBe('%E0%A4%AE%E0%A4%B9%E0%A4%B8%E0%A5%81%E0%A4%B8.appx');
  });

  test.each([
    ['a space', 'Windows Calculator'],
    ['Devanagari', 'महसुस'],
    ['brackets and a plus', 'App [Preview]+']
  ])("a bundle whose packages' names hold %s, read from their own manifests", async (_, stem) => {
    const path = await write(
      `${stem.length}-encoded.appxbundle`,
      await bundleBuffer({
        name: 'Microsoft.WindowsCalculator',
        version: '10.1604.27012.0',
        architectures: ['x86', 'x64'],
        resources: ['scale-200'],
        deviceFamilies: ['Windows.Universal'],
        fileStem: stem
      })
    );
    const info = await readPackage(path);
    expect(info.targets).toEqual([
      { architecture: 'x86', version: '10.1604.27012.0', deviceFamilies: ['Windows.Universal'] },
      { architecture: 'x64', version: '10.1604.27012.0', deviceFamilies: ['Windows.Universal'] }
    ]);
  });

  test('a percent-encoded bundle inside a deflated upload file', async () => {
    const bundle = await bundleBuffer({ name: 'Contoso.App', version: '1.0.0.0', fileStem: 'Contoso App' });
    const path = await write(
      'Contoso App.msixupload',
      await uploadBuffer({ fileName: 'Contoso App_1.0.0.0_x64.msixbundle', data: bundle }, { deflate: true })
    );
    expect((await readPackage(path)).targets.map((t) => t.deviceFamilies)).toEqual([['Windows.Desktop']]);
  });
});

describe('a bundle <Package> without Type is a resource package (the schema default)', () => {
  test('only the typed application packages are targets', async () => {
    const path = await write(
      'untyped.msixbundle',
      await bundleBuffer({
        name: 'Contoso.App',
        version: '2.0.0.0',
        architectures: ['x64', 'arm64'],
        resources: ['scale-200', 'language-de'],
        untypedResources: true,
        familiesInBundleManifest: true
      })
    );
    expect((await readPackage(path)).targets.map((t) => t.architecture)).toEqual(['x64', 'arm64']);
  });
});

describe('a framework package', () => {
  test('Properties/Framework true (over several lines, beside a comment) is read as a framework', async () => {
    const vclibs = { name: 'Microsoft.VCLibs.140.00.UWPDesktop', version: '14.0.33519.0', framework: true };
    const path = await write('Microsoft.VCLibs.x64.14.00.Desktop.appx', await packageBuffer(vclibs));
    expect(await readPackage(path)).toMatchObject({ kind: 'package', framework: true });
    const app = await write('App.msix', await packageBuffer({ name: 'Contoso.App', version: '1.0.0.0' }));
    expect((await readPackage(app)).framework).toBe(false);
  });
});

describe('each file is read as what its extension promises', () => {
  const app = { name: 'Contoso.App', version: '3.0.0.0' };

  test('a .msixbundle without a bundle manifest (a zip of packages) is refused, not taken as an upload file', async () => {
    const path = await write(
      'zip-of-packages.msixbundle',
      await yazlBuffer([{ name: 'App_3.0.0.0_x64.msix', data: await packageBuffer(app) }])
    );
    const line = await refusal(path);
    expect(line).toMatch(/holds App_3\.0\.0\.0_x64\.msix but no AppxMetadata\/AppxBundleManifest\.xml/);
    expect(line).toMatch(/not a bundle/);
    expect(line).not.toMatch(/corrupt or truncated/);
  });

  test('a package named .msixbundle, and a bundle named .msix, say what they are', async () => {
    const pkg = await write('pkg.msixbundle', await packageBuffer(app));
    expect(await refusal(pkg)).toMatch(/holds AppxManifest\.xml: it is a package, not a bundle/);
    const bundle = await write('bundle.msix', await bundleBuffer(app));
    expect(await refusal(bundle)).toMatch(/holds AppxMetadata\/AppxBundleManifest\.xml: it is a bundle, not a package/);
  });

  test('a package or a bundle named .msixupload is not an upload file', async () => {
    const path = await write('pkg.msixupload', await yazlBuffer(packageFiles(app)));
    expect(await refusal(path)).toMatch(/it is a package, not an upload file/);
  });

  test('a flat bundle (its packages beside it) says so', async () => {
    const path = await write(
      'flat.appxbundle',
      await bundleBuffer({ ...app, architectures: ['x64', 'x86'], familiesInBundleManifest: true, flat: true })
    );
    const line = await refusal(path);
    expect(line).toMatch(/is a flat bundle/);
    expect(line).toMatch(/Contoso\.App_3\.0\.0\.0_x64\.msix, Contoso\.App_3\.0\.0\.0_x86\.msix/);
    expect(line).not.toMatch(/corrupt or truncated/);
  });

  test('an upload file holding a zip of packages named as a bundle', async () => {
    const inner = await yazlBuffer([{ name: 'App_x64.msix', data: await packageBuffer(app) }]);
    const path = await write('nested.msixupload', await uploadBuffer({ fileName: 'App.msixbundle', data: inner }));
    expect(await refusal(path)).toMatch(/in App\.msixbundle: it holds App_x64\.msix but no AppxMetadata/);
  });
});
