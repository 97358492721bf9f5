import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, readFile, truncate, writeFile, mkdir } from 'node:fs/promises';
import yauzl from 'yauzl';
import { tempDir, writeZip } from '../../__fixtures__/zips.js';
import { ActionError } from '../../src/errors.js';
import type { BlobSource } from '../../src/upload/source.js';
import {
  centralHeader,
  dataDescriptor,
  dosDateTime,
  endRecords,
  localHeader,
  type ZipRecord
} from '../../src/zip/records.js';
import { READ_CHUNK, zipStream } from '../../src/zip/write.js';
import { listZipEntries } from '../../src/zip/directory.js';
import { ZIP32_MAX } from '../../src/zip/format.js';
import { INFO_UNZIP, INFO_ZIP, ON_WINDOWS, unlessWindows } from '../../__fixtures__/platform.js';

const UNZIP = INFO_UNZIP;
const ZIP = INFO_ZIP;
const hasUnzip = !ON_WINDOWS;

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir('zip-stream-test-');
});

afterAll(async () => {
  await tmp.cleanup();
});

/** Every byte of the source, checking that the count is the size it promised. Chunks are copied: each is valid only until the next. */
async function collect(source: BlobSource): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source.open()) chunks.push(Buffer.from(chunk));
  const bytes = Buffer.concat(chunks);
  expect(bytes.length).toBe(source.size);
  return bytes;
}

async function streamToFile(source: BlobSource, name: string): Promise<string> {
  const path = tmp.path(name);
  await writeFile(path, await collect(source));
  return path;
}

interface YauzlEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  data: Buffer;
  /** Version made by, MS-DOS time and date, external attributes: what a raw copy keeps. */
  kept: number[];
}

/** Reads every entry with yauzl (an independent reader that checks sizes), data inflated. */
function readWithYauzl(zip: Buffer): Promise<YauzlEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true }, (error, file) => {
      if (error || !file) return reject(error);
      const entries: YauzlEntry[] = [];
      file.on('error', reject);
      file.on('end', () => resolve(entries));
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            const { fileName: name, generalPurposeBitFlag: flags, compressionMethod: method, crc32: crc } = entry;
            const kept = [
              entry.versionMadeBy,
              entry.lastModFileTime,
              entry.lastModFileDate,
              entry.externalFileAttributes
            ];
            entries.push({ name, flags, method, crc, data: Buffer.concat(chunks), kept });
            file.readEntry();
          });
        });
      });
      file.readEntry();
    });
  });
}

describe('zipStream', () => {
  test('stores files from disk: unzip -t passes, contents, names, flags, size', async () => {
    const big = randomBytes(2 * READ_CHUNK + 12345);
    await writeFile(tmp.path('big.msix'), big);
    await writeFile(tmp.path('small.txt'), 'hello\r\n');
    await writeFile(tmp.path('empty.bin'), '');
    const source = await zipStream({
      files: [
        { zipPath: 'App_1.0.0.0_x64.msixupload', diskPath: tmp.path('big.msix') },
        { zipPath: 'Notes\\Übersicht-日本語.txt', diskPath: tmp.path('small.txt') },
        { zipPath: 'empty.bin', diskPath: tmp.path('empty.bin') }
      ]
    });
    const zip = await streamToFile(source, 'files.zip');
    const names = ['App_1.0.0.0_x64.msixupload', 'Notes/Übersicht-日本語.txt', 'empty.bin'];
    await expect(listZipEntries(zip)).resolves.toEqual(names);
    const entries = await readWithYauzl(await readFile(zip));
    expect(entries.map((e) => e.name)).toEqual(names);
    expect(entries[0].data.equals(big)).toBe(true);
    expect(entries[1].data.toString()).toBe('hello\r\n');
    expect(entries[2].data.length).toBe(0);
    for (const entry of entries) {
      expect(entry.method).toBe(0);
      expect(entry.flags & 0x0808).toBe(0x0808);
    }
    if (hasUnzip) {
      expect(execFileSync(UNZIP, ['-t', zip], { encoding: 'utf8' })).toMatch(/No errors detected/);
      expect(execFileSync(UNZIP, ['-l', zip], { encoding: 'utf8' })).toContain('App_1.0.0.0_x64.msixupload');
      expect(execFileSync(UNZIP, ['-p', zip, 'App_1.0.0.0_x64.msixupload'], { maxBuffer: 2 ** 24 }).equals(big)).toBe(
        true
      );
    }
  });

  const infoZipTest = unlessWindows;

  infoZipTest('copies an Info-ZIP zip raw: deflated entries still inflate, files join them', async () => {
    const dir = tmp.path('infozip');
    await mkdir(`${dir}/Images`, { recursive: true });
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i}\r\n`).join('');
    await writeFile(`${dir}/listing.txt`, text);
    await writeFile(`${dir}/Images/shot 1.png`, randomBytes(5000));
    execFileSync(ZIP, ['-q', '-r', 'assets.zip', 'listing.txt', 'Images'], { cwd: dir });
    await writeFile(tmp.path('pkg.msix'), randomBytes(70_000));
    const source = await zipStream({
      files: [{ zipPath: 'pkg.msix', diskPath: tmp.path('pkg.msix') }],
      packageZip: `${dir}/assets.zip`
    });
    const zip = await streamToFile(source, 'copied.zip');
    const original = await readWithYauzl(await readFile(`${dir}/assets.zip`));
    const entries = await readWithYauzl(await readFile(zip));
    expect(entries.map((e) => e.name)).toEqual([...original.map((e) => e.name), 'pkg.msix']);
    expect(entries.slice(0, -1).map((e) => [e.crc, ...e.kept])).toEqual(original.map((e) => [e.crc, ...e.kept]));
    const listing = entries.find((e) => e.name === 'listing.txt') as YauzlEntry;
    expect(listing.method).toBe(8);
    expect(listing.data.toString()).toBe(text);
    // Raw: the deflated bytes are the same as in the source zip, not recompressed.
    const sourceBytes = await readFile(`${dir}/assets.zip`);
    const deflated = sourceBytes.subarray(30 + 'listing.txt'.length + sourceBytes.readUInt16LE(28));
    expect((await readFile(zip)).includes(deflated.subarray(0, 200))).toBe(true);
    if (hasUnzip) {
      expect(execFileSync(UNZIP, ['-t', zip], { encoding: 'utf8' })).toMatch(/No errors detected/);
      expect(execFileSync(UNZIP, ['-p', zip, 'listing.txt'], { encoding: 'utf8' })).toBe(text);
      // Each local header is where the one before it ends, its extra fields (times, uid/gid) kept.
      const details = execFileSync(`${UNZIP}`, ['-Z', '-v', zip], { encoding: 'utf8' });
      expect(details).not.toMatch(/bytes preceding/);
      expect(details).toMatch(/local extra field has UTC\/GMT modification\/access times/);
    }
  });

  infoZipTest('copies entries written with data descriptors (zip from a pipe) and Zip64 fields (zip -fz)', async () => {
    const dir = tmp.path('piped');
    await mkdir(dir, { recursive: true });
    const text = 'streamed through a pipe\n'.repeat(200);
    execFileSync('/bin/sh', ['-c', `${ZIP} -q - - > piped.zip`], { cwd: dir, input: text });
    await writeFile(`${dir}/forced.txt`, text);
    execFileSync(ZIP, ['-q', '-fz', 'forced.zip', 'forced.txt'], { cwd: dir });
    for (const name of ['piped.zip', 'forced.zip']) {
      const zip = await streamToFile(await zipStream({ files: [], packageZip: `${dir}/${name}` }), `re-${name}`);
      const [entry] = await readWithYauzl(await readFile(zip));
      expect(entry.data.toString()).toBe(text);
      expect(entry.flags & 0x0008).toBe(0);
      if (hasUnzip) expect(execFileSync(UNZIP, ['-t', zip], { encoding: 'utf8' })).toMatch(/No errors detected/);
    }
  });

  test('copies a yazl zip with Zip64 records; an empty input is an empty zip', async () => {
    const packageZip = await writeZip(tmp.path('yazl64.zip'), [{ name: 'a/b.png', data: 'png', zip64: true }], {
      zip64: true
    });
    const entries = await readWithYauzl(await collect(await zipStream({ files: [], packageZip })));
    expect(entries.map((e) => [e.name, e.data.toString()])).toEqual([['a/b.png', 'png']]);
    const empty = await collect(await zipStream({ files: [] }));
    expect(empty.length).toBe(22);
    expect(empty.readUInt32LE(0)).toBe(0x06054b50);
  });

  test('duplicate zip paths fail before any file is read (case, \\ and / alike)', async () => {
    const missing = tmp.path('does-not-exist.msix');
    await writeFile(tmp.path('one.msix'), 'one');
    await expect(
      zipStream({
        files: [
          { zipPath: 'Packages/App.msix', diskPath: tmp.path('one.msix') },
          { zipPath: 'packages\\APP.MSIX', diskPath: missing }
        ]
      })
    ).rejects.toThrow(
      /Two entries would be stored at one path in the upload zip: 'Packages\/App.msix'.*'packages\\APP.MSIX'/
    );
    const packageZip = await writeZip(tmp.path('dup.zip'), [{ name: 'App.msix', data: 'x' }]);
    await expect(zipStream({ files: [{ zipPath: 'app.msix', diskPath: missing }], packageZip })).rejects.toThrow(
      /'App.msix' \(in .*dup.zip\) and 'app.msix'/
    );
  });

  test('bad paths and missing files are ActionErrors', async () => {
    await writeFile(tmp.path('x.msix'), 'x');
    for (const zipPath of ['/abs.msix', 'C:\\x.msix', 'a/../x.msix', './x.msix', '', 'dir/']) {
      await expect(zipStream({ files: [{ zipPath, diskPath: tmp.path('x.msix') }] })).rejects.toThrow(ActionError);
    }
    await expect(zipStream({ files: [{ zipPath: 'y.msix', diskPath: tmp.path('nope') }] })).rejects.toThrow(
      /Cannot read .*nope/
    );
    await expect(zipStream({ files: [{ zipPath: 'y', diskPath: tmp.dir }] })).rejects.toThrow(/is not a file/);
    await writeFile(tmp.path('not.zip'), 'not a zip at all, really not');
    await expect(zipStream({ files: [], packageZip: tmp.path('not.zip') })).rejects.toThrow(
      /'package-zip' is not a readable zip/
    );
  });

  test('a file that grows or shrinks between stat and read: a clear ActionError', async () => {
    for (const change of ['grow', 'shrink', 'grow-late'] as const) {
      const path = tmp.path(`changing-${change}.msix`);
      await writeFile(path, randomBytes(READ_CHUNK + 10));
      const source = await zipStream({ files: [{ zipPath: 'c.msix', diskPath: path }] });
      const chunks = source.open()[Symbol.asyncIterator]();
      if (change === 'grow') await appendFile(path, 'more');
      if (change === 'shrink') await truncate(path, 100);
      await chunks.next(); // the local header
      if (change === 'grow-late') {
        await chunks.next(); // the first chunk of data: the file is open now
        await appendFile(path, 'more');
      }
      const rest = (async () => {
        for (let next = await chunks.next(); !next.done; next = await chunks.next());
      })();
      await expect(rest).rejects.toThrow(ActionError);
      await expect(rest).rejects.toThrow(
        /changing-.*\.msix changed while it was being zipped: 1048586 bytes when listed/
      );
    }
  });

  test('reads a file only as the consumer pulls: bytes changed after the first chunk are what is sent', async () => {
    const path = tmp.path('lazy.msix');
    await writeFile(path, Buffer.alloc(3 * READ_CHUNK, 1));
    const source = await zipStream({ files: [{ zipPath: 'lazy.msix', diskPath: path }] });
    const iterator = source.open()[Symbol.asyncIterator]();
    const chunks: Buffer[] = [];
    for (let i = 0; i < 2; i++) chunks.push(Buffer.from((await iterator.next()).value as Buffer));
    // Not yet read: the rest of the file. Same size, new bytes: the stream must carry (and CRC) these.
    const handle = await import('node:fs/promises').then((fs) => fs.open(path, 'r+'));
    await handle.write(Buffer.alloc(2 * READ_CHUNK, 2), 0, 2 * READ_CHUNK, READ_CHUNK);
    await handle.close();
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      chunks.push(Buffer.from(next.value));
    const [entry] = await readWithYauzl(Buffer.concat(chunks));
    expect(entry.data.equals(await readFile(path))).toBe(true);
    if (hasUnzip) {
      await writeFile(tmp.path('lazy.zip'), Buffer.concat(chunks));
      expect(execFileSync(UNZIP, ['-t', tmp.path('lazy.zip')], { encoding: 'utf8' })).toMatch(/No errors/);
    }
  });

  test('open() works once', async () => {
    const source = await zipStream({ files: [] });
    source.open();
    expect(() => source.open()).toThrow(/opened twice/);
  });
});

describe('zip records (pure)', () => {
  const record = (over: Partial<ZipRecord>): ZipRecord => ({
    name: Buffer.from('a.msix'),
    flags: 0x0808,
    method: 0,
    time: 0,
    date: 0x21,
    crc: 0x12345678,
    compressedSize: 10,
    size: 10,
    offset: 0,
    versionMadeBy: 45,
    versionNeeded: 0,
    externalAttributes: 0,
    localExtra: Buffer.alloc(0),
    centralExtra: Buffer.alloc(0),
    ...over
  });

  test('a small streamed entry: zeros in the local header, a 16-byte descriptor, no Zip64', () => {
    const small = record({});
    const local = localHeader(small);
    expect(local.length).toBe(30 + 6);
    expect([local.readUInt16LE(4), local.readUInt32LE(14), local.readUInt32LE(18), local.readUInt32LE(22)]).toEqual([
      20, 0, 0, 0
    ]);
    const descriptor = dataDescriptor(small);
    expect(descriptor.length).toBe(16);
    expect([descriptor.readUInt32LE(0), descriptor.readUInt32LE(4), descriptor.readUInt32LE(8)]).toEqual([
      0x08074b50, 0x12345678, 10
    ]);
    expect(centralHeader(small).readUInt16LE(30)).toBe(0);
  });

  test('an entry of 4 GiB: Zip64 field in the local header (zeros), 8-byte sizes in the descriptor', () => {
    const size = 5 * 2 ** 30;
    const big = record({ size, compressedSize: size });
    const local = localHeader(big);
    expect([local.readUInt16LE(4), local.readUInt32LE(18), local.readUInt32LE(22), local.readUInt16LE(28)]).toEqual([
      45,
      ZIP32_MAX,
      ZIP32_MAX,
      20
    ]);
    expect([local.readUInt16LE(36), local.readUInt16LE(38)]).toEqual([1, 16]);
    expect([local.readBigUInt64LE(40), local.readBigUInt64LE(48)]).toEqual([0n, 0n]);
    const descriptor = dataDescriptor(big);
    expect(descriptor.length).toBe(24);
    expect([descriptor.readBigUInt64LE(8), descriptor.readBigUInt64LE(16)]).toEqual([BigInt(size), BigInt(size)]);
    const central = centralHeader(big);
    expect([central.readUInt32LE(20), central.readUInt32LE(24), central.readUInt32LE(42)]).toEqual([
      ZIP32_MAX,
      ZIP32_MAX,
      0
    ]);
    expect([central.readUInt16LE(52), central.readUInt16LE(54)]).toEqual([1, 16]);
  });

  test('a small entry past 4 GiB: only its offset in the central Zip64 field; 0xFFFFFFFF exactly counts', () => {
    const central = centralHeader(record({ offset: ZIP32_MAX }));
    expect(central.readUInt32LE(42)).toBe(ZIP32_MAX);
    expect(central.readUInt16LE(6)).toBe(45);
    expect([central.readUInt16LE(52), central.readUInt16LE(54)]).toEqual([1, 8]);
    expect(central.readBigUInt64LE(56)).toBe(BigInt(ZIP32_MAX));
    expect(localHeader(record({ offset: ZIP32_MAX })).readUInt16LE(28)).toBe(0);
  });

  test('end records: plain below the limits, Zip64 record and locator above, overflowing fields -1', () => {
    expect(endRecords({ entries: 3, size: 100, offset: 1000 }).length).toBe(22);
    const many = endRecords({ entries: 70_000, size: 100, offset: 1000 });
    expect(many.length).toBe(56 + 20 + 22);
    expect(many.readBigUInt64LE(32)).toBe(70_000n);
    expect([many.readUInt16LE(76 + 10), many.readUInt32LE(76 + 12), many.readUInt32LE(76 + 16)]).toEqual([
      0xffff, 100, 1000
    ]);
    const far = endRecords({ entries: 2, size: 100, offset: 2 ** 33 });
    expect(far.readUInt32LE(56)).toBe(0x07064b50);
    expect(far.readBigUInt64LE(56 + 8)).toBe(BigInt(2 ** 33 + 100));
    expect([far.readUInt16LE(76 + 10), far.readUInt32LE(76 + 16)]).toEqual([2, ZIP32_MAX]);
  });

  test('MS-DOS dates clamp to 1980..2107', () => {
    expect(dosDateTime(new Date(1970, 0, 1))).toEqual({ time: 0, date: 0x21 });
    expect(dosDateTime(new Date(2024, 4, 17, 13, 45, 31))).toEqual({
      time: (13 << 11) | (45 << 5) | 15,
      date: (44 << 9) | (5 << 5) | 17
    });
  });
});
