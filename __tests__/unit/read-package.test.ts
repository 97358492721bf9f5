import { stat, writeFile } from 'node:fs/promises';
import { writeSparseZip64 } from '../../__fixtures__/raw-zip.js';
import {
  appxManifest,
  bundleBuffer,
  FAKE_STORE_PUBLISHER,
  infoZipBuffer,
  packageBuffer,
  packageFiles,
  uploadBuffer,
  yazlBuffer
} from '../../__fixtures__/packages.js';
import { tempDir } from '../../__fixtures__/zips.js';
import { ActionError } from '../../src/errors.js';
import { readPackage } from '../../src/packages/read.js';
import { unlessWindows } from '../../__fixtures__/platform.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir('read-package-');
});

afterAll(async () => {
  await tmp.cleanup();
});

const write = async (name: string, data: Buffer): Promise<string> => {
  await writeFile(tmp.path(name), data);
  return tmp.path(name);
};

const publisher = 'CN=Contoso Software, O=Contoso & Co, C=US';

async function refusal(path: string): Promise<string> {
  const error = await readPackage(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  const line = (error as ActionError).oneLine();
  expect(line).not.toMatch(/[\r\n]/);
  expect(line).toContain(path);
  return line;
}

describe('readPackage', () => {
  test('an .msix with a deflated manifest', async () => {
    const path = await write(
      'App_1.2.0.0_x64.msix',
      await packageBuffer({ name: 'Contoso.App', publisher, version: '1.2.0.0', architecture: 'x64' })
    );
    const info = await readPackage(path);
    expect(info).toMatchObject({
      path,
      fileName: 'App_1.2.0.0_x64.msix',
      kind: 'package',
      identity: { name: 'Contoso.App', publisher, version: '1.2.0.0', architecture: 'x64' },
      targets: [{ architecture: 'x64', version: '1.2.0.0', deviceFamilies: ['Windows.Desktop'] }]
    });
    expect(info.familyName).toMatch(/^Contoso\.App_[0-9a-z]{13}$/);
    expect(info.size).toBe((await stat(path)).size);
  });

  unlessWindows('an .appx zipped by Info-ZIP, UTF-16 manifest with a namespace prefix', async () => {
    const files = packageFiles({
      name: 'Contoso.Old',
      version: '3.0.0.0',
      architecture: 'x86',
      style: { utf16: true, prefix: 'foundation' }
    });
    const path = await write('Old.appx', await infoZipBuffer(files));
    const info = await readPackage(path);
    expect(info.identity).toEqual({
      name: 'Contoso.Old',
      publisher: FAKE_STORE_PUBLISHER,
      version: '3.0.0.0',
      architecture: 'x86'
    });
    expect(info.familyName).toBe('Contoso.Old_8wekyb3d8bbwe');
  });

  test('a bundle naming its device families: one target per application package, resources left out', async () => {
    const path = await write(
      'App.msixbundle',
      await bundleBuffer({
        name: 'Contoso.App',
        version: '2.0.0.0',
        architectures: ['x64', 'arm64'],
        resources: ['scale-200'],
        deviceFamilies: ['Windows.Desktop', 'Windows.Team'],
        familiesInBundleManifest: true
      })
    );
    const info = await readPackage(path);
    expect(info.kind).toBe('bundle');
    expect(info.identity).toEqual({ name: 'Contoso.App', publisher: FAKE_STORE_PUBLISHER, version: '2.0.0.0' });
    expect(info.targets).toEqual([
      { architecture: 'x64', version: '2.0.0.0', deviceFamilies: ['Windows.Desktop', 'Windows.Team'] },
      { architecture: 'arm64', version: '2.0.0.0', deviceFamilies: ['Windows.Desktop', 'Windows.Team'] }
    ]);
  });

  test("a bundle that does not name device families: read from its packages' manifests", async () => {
    const path = await write(
      'Old.appxbundle',
      await bundleBuffer({
        name: 'Contoso.App',
        version: '2.0.0.0',
        architectures: ['x86'],
        deviceFamilies: ['Windows.Xbox']
      })
    );
    expect((await readPackage(path)).targets).toEqual([
      { architecture: 'x86', version: '2.0.0.0', deviceFamilies: ['Windows.Xbox'] }
    ]);
  });

  test.each([
    ['stored', false],
    ['deflated', true]
  ])('an upload file holding a bundle (%s) and its symbols', async (_, deflate) => {
    const bundle = await bundleBuffer({ name: 'Contoso.App', version: '4.1.0.0', architectures: ['x64', 'x86'] });
    const path = await write(
      `App_${deflate}.msixupload`,
      await uploadBuffer({ fileName: 'App_4.1.0.0_x64_x86.msixbundle', data: bundle }, { deflate })
    );
    const info = await readPackage(path);
    expect(info.kind).toBe('upload');
    expect(info.identity.version).toBe('4.1.0.0');
    expect(info.targets.map((t) => t.architecture)).toEqual(['x64', 'x86']);
  });

  test('a 5 GiB package (ZIP64, sparse file) is read from its tail and manifest only', async () => {
    const path = tmp.path('Big_1.0.0.0_x64.msix');
    const manifest = appxManifest({ name: 'Contoso.Big', version: '1.0.0.0', architecture: 'x64' });
    const size = await writeSparseZip64(path, [
      { name: 'Payload/huge.bin', holeSize: 5 * 1024 ** 3 },
      { name: 'AppxManifest.xml', data: manifest },
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') }
    ]);
    expect(size).toBeGreaterThan(5 * 1024 ** 3);
    const info = await readPackage(path);
    expect(info).toMatchObject({ kind: 'package', size, identity: { name: 'Contoso.Big', version: '1.0.0.0' } });
  });

  test('an .appxupload holding a package', async () => {
    const msix = await packageBuffer({ name: 'Contoso.App', version: '1.0.1.0', architecture: 'arm64' });
    const path = await write('App.appxupload', await uploadBuffer({ fileName: 'App_1.0.1.0_arm64.appx', data: msix }));
    expect((await readPackage(path)).targets).toEqual([
      { architecture: 'arm64', version: '1.0.1.0', deviceFamilies: ['Windows.Desktop'] }
    ]);
  });
});

describe('readPackage refuses what is not a readable package', () => {
  test('a truncated package', async () => {
    const whole = await packageBuffer({ name: 'A', version: '1.0.0.0' });
    const path = await write('cut.msix', whole.subarray(0, whole.length - 100));
    expect(await refusal(path)).toMatch(/is not a readable package/);
  });

  test('a text file', async () => {
    const path = await write('text.msix', Buffer.from('not a zip at all\n'.repeat(20)));
    expect(await refusal(path)).toMatch(/not a readable package.*end-of-central-directory/);
  });

  test('a zip with no manifest', async () => {
    const path = await write('empty.msix', await yazlBuffer([{ name: 'readme.txt', data: Buffer.from('hi') }]));
    expect(await refusal(path)).toMatch(/holds no AppxManifest\.xml/);
  });

  test('a package whose manifest is corrupt (CRC mismatch)', async () => {
    const zip = await yazlBuffer(packageFiles({ name: 'A', version: '1.0.0.0', storeManifest: true }));
    const at = zip.indexOf('ProcessorArchitecture');
    zip.write('Processorarchitecture', at);
    expect(await refusal(await write('crc.msix', zip))).toMatch(/corrupt/);
  });

  test('a package whose manifest has no Identity', async () => {
    const zip = await yazlBuffer([{ name: 'AppxManifest.xml', data: Buffer.from('<Package><Properties/></Package>') }]);
    expect(await refusal(await write('noid.msix', zip))).toMatch(/no <Identity>/);
  });

  test('an upload file holding a broken package', async () => {
    const broken = (await packageBuffer({ name: 'A', version: '1.0.0.0' })).subarray(0, 500);
    const path = await write('broken.msixupload', await uploadBuffer({ fileName: 'A.msix', data: broken }));
    expect(await refusal(path)).toMatch(/not a readable package/);
  });

  test('a missing file', async () => {
    expect(await refusal(tmp.path('absent.msix'))).toMatch(/cannot be read/);
  });
});
