import { readFile, writeFile } from 'node:fs/promises';
import { tempDir, writeZip, zipBuffer } from '../../__fixtures__/zips.js';
import { NotAZipError } from '../../src/zip/access.js';
import { findCentralDirectory, listZipEntries, parseCentralDirectory } from '../../src/zip/directory.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir('zip-test-');
});

afterAll(async () => {
  await tmp.cleanup();
});

describe('listZipEntries', () => {
  test('lists several entries, nested paths and directories, in order', async () => {
    const path = await writeZip(tmp.path('several.zip'), [
      { name: 'App_1.0.0.0_x64.msixupload', data: 'package bytes' },
      { name: 'Images/', directory: true },
      { name: 'Images/Screenshots/shot1.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
      { name: 'Trailers/trailer.mp4', data: 'x'.repeat(10_000) },
      { name: 'empty.txt', data: '' }
    ]);
    await expect(listZipEntries(path)).resolves.toEqual([
      'App_1.0.0.0_x64.msixupload',
      'Images/',
      'Images/Screenshots/shot1.png',
      'Trailers/trailer.mp4',
      'empty.txt'
    ]);
  });

  test('reads a UTF-8 name', async () => {
    const name = 'Bilder/Übersicht-日本語-é.png';
    const path = await writeZip(tmp.path('utf8.zip'), [{ name, data: 'png' }]);
    await expect(listZipEntries(path)).resolves.toEqual([name]);
  });

  test('an empty zip has no entries', async () => {
    const path = await writeZip(tmp.path('empty.zip'), []);
    expect((await readFile(path)).length).toBe(22);
    await expect(listZipEntries(path)).resolves.toEqual([]);
  });

  test('finds the central directory behind an archive comment', async () => {
    const path = await writeZip(
      tmp.path('comment.zip'),
      [
        { name: 'a.msix', data: 'a' },
        { name: 'b/c.png', data: 'c' }
      ],
      {
        comment: 'Built by CI run 42 for the Store'
      }
    );
    await expect(listZipEntries(path)).resolves.toEqual(['a.msix', 'b/c.png']);
  });

  test('finds the central directory behind a long (60 KB) comment', async () => {
    const path = await writeZip(tmp.path('long-comment.zip'), [{ name: 'a.msix', data: 'a' }], {
      comment: 'c'.repeat(60_000)
    });
    await expect(listZipEntries(path)).resolves.toEqual(['a.msix']);
  });

  test('reads a ZIP64 archive (ZIP64 end record, ZIP64 entry fields)', async () => {
    const path = await writeZip(
      tmp.path('zip64.zip'),
      [
        { name: 'Packages/App.msixbundle', data: 'bundle', zip64: true },
        { name: 'Images/icon.png', data: 'icon', zip64: true },
        { name: 'plain.txt', data: 'plain' }
      ],
      { zip64: true }
    );
    const bytes = await readFile(path);
    // The classic end record says "see ZIP64": 0xffff entries, 0xffffffff size and offset.
    const eocd = bytes.subarray(bytes.length - 22);
    expect(eocd.readUInt32LE(0)).toBe(0x06054b50);
    expect(eocd.readUInt16LE(10)).toBe(0xffff);
    expect(eocd.readUInt32LE(16)).toBe(0xffffffff);
    await expect(listZipEntries(path)).resolves.toEqual(['Packages/App.msixbundle', 'Images/icon.png', 'plain.txt']);
  });

  test('reads a ZIP64 archive with a comment', async () => {
    const path = await writeZip(tmp.path('zip64-comment.zip'), [{ name: 'a/b.msix', data: 'b' }], {
      zip64: true,
      comment: 'hello'
    });
    await expect(listZipEntries(path)).resolves.toEqual(['a/b.msix']);
  });

  test('a text file is not a zip', async () => {
    const path = tmp.path('not-a-zip.txt');
    await writeFile(path, 'This is not a zip file, just some text that is long enough to be searched.\n'.repeat(3));
    await expect(listZipEntries(path)).rejects.toBeInstanceOf(NotAZipError);
  });

  test('a file shorter than an end record, or empty, is not a zip', async () => {
    const short = tmp.path('short.bin');
    await writeFile(short, Buffer.from('PK\x05\x06'));
    await expect(listZipEntries(short)).rejects.toThrow(NotAZipError);
    const empty = tmp.path('empty.bin');
    await writeFile(empty, Buffer.alloc(0));
    await expect(listZipEntries(empty)).rejects.toThrow(NotAZipError);
  });

  test('a zip cut short at the end throws', async () => {
    const whole = await zipBuffer([
      { name: 'a.msix', data: 'a'.repeat(1000) },
      { name: 'b.png', data: 'b'.repeat(1000) }
    ]);
    for (const keep of [whole.length - 1, whole.length - 10, Math.floor(whole.length / 2)]) {
      const path = tmp.path(`truncated-${keep}.zip`);
      await writeFile(path, whole.subarray(0, keep));
      await expect(listZipEntries(path)).rejects.toThrow(NotAZipError);
    }
  });

  test('a zip that lost its beginning (central directory offset past the end) throws', async () => {
    const whole = await zipBuffer([{ name: 'a.msix', data: 'a'.repeat(5000) }]);
    const path = tmp.path('headless.zip');
    await writeFile(path, whole.subarray(4000));
    await expect(listZipEntries(path)).rejects.toThrow(NotAZipError);
  });

  test('a missing file rejects (and is not reported as "not a zip")', async () => {
    const error = await listZipEntries(tmp.path('does-not-exist.zip')).catch((e: unknown) => e);
    // (Node's own errors come from another realm under Jest's VM modules: check the code, not the class.)
    expect(error).not.toBeInstanceOf(NotAZipError);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});

describe('findCentralDirectory / parseCentralDirectory', () => {
  test('reads the counts from the end record', async () => {
    const buffer = await zipBuffer([
      { name: 'x', data: '1' },
      { name: 'y', data: '2' }
    ]);
    const dir = findCentralDirectory(buffer, 0);
    expect(dir.entries).toBe(2);
    expect(dir.offset + dir.size).toBe(buffer.length - 22);
    expect(
      parseCentralDirectory(buffer.subarray(dir.offset, dir.offset + dir.size), dir.entries).map((e) => e.name)
    ).toEqual(['x', 'y']);
  });

  test('a central directory with fewer entries than announced throws', async () => {
    const buffer = await zipBuffer([{ name: 'x', data: '1' }]);
    const dir = findCentralDirectory(buffer, 0);
    expect(() => parseCentralDirectory(buffer.subarray(dir.offset, dir.offset + dir.size), 2)).toThrow(NotAZipError);
  });

  test('garbage where the central directory should be throws', () => {
    expect(() => parseCentralDirectory(Buffer.alloc(100, 0x41), 1)).toThrow(/corrupt central directory/);
  });

  test('an EOCD signature whose comment length does not reach the end is skipped', () => {
    const fake = Buffer.alloc(40);
    fake.writeUInt32LE(0x06054b50, 0);
    fake.writeUInt16LE(5, 20); // claims a 5-byte comment, but 18 bytes follow
    expect(() => findCentralDirectory(fake, 0)).toThrow(NotAZipError);
  });
});
