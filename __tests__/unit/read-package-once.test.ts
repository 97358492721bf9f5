/**
 * A bundle deflated inside an upload file is inflated once, not once more
 * for each package whose manifest must be read: the bytes read from the file
 * are counted. And what the one pass did not keep is still read right.
 */
import { writeFile } from 'node:fs/promises';
import { bundleBuffer, uploadBuffer, yazlBuffer } from '../../__fixtures__/packages.js';
import { tempDir } from '../../__fixtures__/zips.js';
import { readPackage } from '../../src/packages/read.js';
import { openFileAccess } from '../../src/zip/access.js';
import { readZipEntries } from '../../src/zip/directory.js';
import { entryAccess, readEntry } from '../../src/zip/entry.js';
import { inflateOnce } from '../../src/zip/one-pass.js';
import { windowAccess } from '../../src/zip/access.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir('read-once-');
});

afterAll(async () => {
  await tmp.cleanup();
});

const MiB = 1024 * 1024;

/** openFileAccess that adds up the bytes read. */
function counting(): { open: typeof openFileAccess; bytes: () => number } {
  let bytes = 0;
  const open: typeof openFileAccess = async (path) => {
    const file = await openFileAccess(path);
    return {
      size: file.size,
      close: () => file.close(),
      read: (position, length) => {
        bytes += length;
        return file.read(position, length);
      }
    };
  };
  return { open, bytes: () => bytes };
}

describe('a deflated bundle in an upload file, its packages read from their own manifests', () => {
  test.each([
    ['with data descriptors, as makeappx streams it', { dataDescriptors: true }],
    ['with ZIP64 headers and end records', { zip64: true }],
    ['with sizes in the local headers', {}]
  ])('%s: inflated once', async (name, writer) => {
    const bundle = await bundleBuffer({
      name: 'Contoso.App',
      version: '5.0.0.0',
      architectures: ['x86', 'x64', 'arm64'],
      resources: ['scale-200'],
      deviceFamilies: ['Windows.Desktop'],
      fileStem: 'Contoso App',
      payloadSize: 6 * MiB,
      randomPayload: true,
      ...writer
    });
    const path = tmp.path(`once-${name.length}.msixupload`);
    await writeFile(path, await uploadBuffer({ fileName: 'Contoso App.msixbundle', data: bundle }, { deflate: true }));
    const { open, bytes } = counting();
    const info = await readPackage(path, open);
    expect(info.targets).toEqual(
      ['x86', 'x64', 'arm64'].map((architecture) => ({
        architecture,
        version: '5.0.0.0',
        deviceFamilies: ['Windows.Desktop']
      }))
    );
    expect(bytes()).toBeGreaterThanOrEqual(bundle.length * 0.99);
    expect(bytes()).toBeLessThan(info.size * 1.1);
  });
});

describe('inflateOnce', () => {
  test('reads what it did not keep by inflating again, byte for byte', async () => {
    const payload = Buffer.alloc(9 * MiB);
    for (let i = 0; i < payload.length; i += 4) payload.writeUInt32LE((i * 2654435761) >>> 0, i);
    const outer = await yazlBuffer([{ name: 'inner.zip', data: payload, deflate: true }]);
    const path = tmp.path('outer.zip');
    await writeFile(path, outer);
    const file = await openFileAccess(path);
    try {
      const [entry] = await readZipEntries(file);
      const plain = await entryAccess(file, entry);
      const compressedStart = entry.localHeaderOffset + 30 + entry.raw.name.length;
      const once = await inflateOnce(
        windowAccess(file, compressedStart, entry.compressedSize),
        payload.length,
        () => true
      );
      for (const [position, length] of [
        [payload.length - 100, 100],
        [12345, 1000],
        [5 * MiB, 3],
        [0, 64]
      ]) {
        expect(await once.read(position, length)).toEqual(payload.subarray(position, position + length));
        expect(await plain.read(position, length)).toEqual(payload.subarray(position, position + length));
      }
      once.close();
      plain.close?.();
      expect((await readEntry(file, entry, 16 * MiB)).equals(payload)).toBe(true);
    } finally {
      await file.close();
    }
  });
});
