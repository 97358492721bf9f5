import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import yazl from 'yazl';
import { rawZip } from '../../__fixtures__/raw-zip.js';
import { tempDir, zipBuffer } from '../../__fixtures__/zips.js';
import { inflatedAccess, NotAZipError, openFileAccess, type RandomAccess } from '../../src/zip/access.js';
import { readZipEntries } from '../../src/zip/directory.js';
import { entryAccess, readEntry } from '../../src/zip/entry.js';
import { DEFLATED, STORED } from '../../src/zip/format.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir('zip-entries-');
});

afterAll(async () => {
  await tmp.cleanup();
});

/** A RandomAccess over a buffer that counts the bytes read. */
function bufferAccess(buffer: Buffer): RandomAccess & { bytesRead: number } {
  const access = {
    size: buffer.length,
    bytesRead: 0,
    async read(position: number, length: number) {
      if (position + length > buffer.length) throw new NotAZipError('past the end');
      access.bytesRead += length;
      return Buffer.from(buffer.subarray(position, position + length));
    }
  };
  return access;
}

/** yazl with a choice of compression per entry. */
function yazlZip(entries: { name: string; data: Buffer; compress: boolean }[], zip64 = false): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress: e.compress, forceZip64Format: zip64 });
  zip.end({ forceZip64Format: zip64, comment: '' });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

const text = Buffer.from('<?xml version="1.0"?>\n<Package/>\n'.repeat(50));

describe('readZipEntries', () => {
  test('gives each entry its method, sizes, offset, flags and CRC', async () => {
    const zip = await yazlZip([
      { name: 'AppxManifest.xml', data: text, compress: true },
      { name: 'payload.bin', data: Buffer.from('abc'), compress: false }
    ]);
    const [manifest, payload] = await readZipEntries(bufferAccess(zip));
    expect(manifest).toMatchObject({
      name: 'AppxManifest.xml',
      method: DEFLATED,
      uncompressedSize: text.length,
      localHeaderOffset: 0,
      crc32: crc32(text)
    });
    expect(manifest.compressedSize).toBeLessThan(text.length);
    expect(payload).toMatchObject({ name: 'payload.bin', method: STORED, compressedSize: 3, uncompressedSize: 3 });
    expect(payload.localHeaderOffset).toBeGreaterThan(0);
  });

  test('reads ZIP64 extra fields for sizes and offsets', async () => {
    const zip = await yazlZip(
      [
        { name: 'a.txt', data: Buffer.from('hello'), compress: false },
        { name: 'b.txt', data: text, compress: true }
      ],
      true
    );
    const entries = await readZipEntries(bufferAccess(zip));
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['a.txt', 5],
      ['b.txt', text.length]
    ]);
    expect(entries[1].localHeaderOffset).toBeGreaterThan(0);
    await expect(readEntry(bufferAccess(zip), entries[1], 1 << 20)).resolves.toEqual(text);
  });

  test('reads only the tail and the directory, not the data', async () => {
    const zip = await zipBuffer([{ name: 'big.bin', data: Buffer.alloc(2_000_000, 7) }]);
    const access = bufferAccess(zip);
    await readZipEntries(access);
    expect(access.bytesRead).toBeLessThan(70_000);
  });
});

describe('readEntry', () => {
  test('reads a stored and a deflated entry', async () => {
    const zip = await yazlZip([
      { name: 'stored.xml', data: text, compress: false },
      { name: 'deflated.xml', data: text, compress: true }
    ]);
    const access = bufferAccess(zip);
    for (const entry of await readZipEntries(access)) {
      await expect(readEntry(access, entry, 1 << 20)).resolves.toEqual(text);
    }
  });

  test('a corrupt entry (CRC mismatch) throws', async () => {
    const zip = rawZip([{ name: Buffer.from('a.xml'), data: Buffer.from('hello world') }]);
    zip[30 + 5 + 3] ^= 0xff; // flip a data byte
    const access = bufferAccess(zip);
    const [entry] = await readZipEntries(access);
    await expect(readEntry(access, entry, 100)).rejects.toThrow(/corrupt/);
  });

  test('garbage in a deflated entry throws NotAZipError', async () => {
    const zip = rawZip([{ name: Buffer.from('a.xml'), data: text, deflate: true }]);
    zip.fill(0xff, 40, 60);
    const access = bufferAccess(zip);
    const [entry] = await readZipEntries(access);
    await expect(readEntry(access, entry, 1 << 20)).rejects.toBeInstanceOf(NotAZipError);
  });

  test('an entry over the limit is refused before it is read', async () => {
    const zip = rawZip([{ name: Buffer.from('a.xml'), data: text }]);
    const access = bufferAccess(zip);
    const [entry] = await readZipEntries(access);
    await expect(readEntry(access, entry, 100)).rejects.toThrow(/more than 100/);
  });

  test('an encrypted entry is refused', async () => {
    const zip = rawZip([{ name: Buffer.from('a.xml'), data: text, flags: 1 }]);
    const access = bufferAccess(zip);
    const [entry] = await readZipEntries(access);
    await expect(readEntry(access, entry, 1 << 20)).rejects.toThrow(/encrypted/);
  });
});

describe('entryAccess: a zip inside a zip', () => {
  const inner = async (): Promise<Buffer> =>
    yazlZip([
      { name: 'payload.bin', data: randomBytes(300_000), compress: false },
      { name: 'AppxManifest.xml', data: text, compress: true }
    ]);

  test.each([
    ['stored', false],
    ['deflated', true]
  ])('reads the inner zip in place when it is %s', async (_, compress) => {
    const outer = await yazlZip([
      { name: 'App.appxsym', data: randomBytes(1000), compress: true },
      { name: 'App.msix', data: await inner(), compress }
    ]);
    const path = tmp.path(`outer-${compress}.zip`);
    await writeFile(path, outer);
    const file = await openFileAccess(path);
    try {
      const entry = (await readZipEntries(file)).find((e) => e.name === 'App.msix')!;
      const access = await entryAccess(file, entry);
      const innerEntries = await readZipEntries(access);
      const manifest = innerEntries.find((e) => e.name === 'AppxManifest.xml')!;
      await expect(readEntry(access, manifest, 1 << 20)).resolves.toEqual(text);
      access.close?.();
    } finally {
      await file.close();
    }
  });
});

describe('inflatedAccess', () => {
  test('reads forward, back (inflating again) and within what it keeps', async () => {
    const data = randomBytes(6_000_000);
    const { deflateRawSync } = await import('node:zlib');
    const access = inflatedAccess(bufferAccess(deflateRawSync(data)), data.length);
    await expect(access.read(5_999_000, 1000)).resolves.toEqual(data.subarray(5_999_000));
    await expect(access.read(4_000_000, 10)).resolves.toEqual(data.subarray(4_000_000, 4_000_010));
    await expect(access.read(10, 20)).resolves.toEqual(data.subarray(10, 30));
    await expect(access.read(100_000, 50)).resolves.toEqual(data.subarray(100_000, 100_050));
    await expect(access.read(5_999_999, 2)).rejects.toBeInstanceOf(NotAZipError);
    access.close();
  });

  test('deflated data that ends early throws NotAZipError', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const compressed = deflateRawSync(randomBytes(100_000));
    const access = inflatedAccess(bufferAccess(compressed.subarray(0, 5000)), 100_000);
    await expect(access.read(90_000, 10)).rejects.toBeInstanceOf(NotAZipError);
    access.close();
  });
});
