/**
 * The streaming zip writer past 4 GiB: a file of 4100 MiB of zeros is
 * streamed through once; the test counts and CRCs the bytes as they pass,
 * keeps only the head and the tail, and writes the stream back as a sparse
 * file (zero chunks skipped) for `unzip` and src/zip/directory.ts to read.
 *
 * The big file is synthetic (the writer's injected file system answers its
 * stat and fills reads with zeros): a sparse file made with `truncate` took
 * 35-45 s here on 2 shared cores, most of it the kernel filling 4 GiB of page
 * cache for the hole. The file after it, and everything else, is on disk.
 * Not `unzip -t` of the big entry: Info-ZIP takes a minute over 4 GiB here
 * (it passed when tried by hand on the sparse-file run); it tests the entry
 * stored past 4 GiB.
 */
import { execFileSync } from 'node:child_process';
import { open, stat, writeFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { tempDir } from '../__fixtures__/zips.js';
import { zipStream, type ReadableFile, type ZipFileSystem } from '../src/zip/write.js';
import { findCentralDirectory, listZipEntries } from '../src/zip/directory.js';
import { INFO_UNZIP, ON_WINDOWS } from '../__fixtures__/platform.js';

const MiB = 1024 * 1024;
const BIG = 4100 * MiB;
const BIG_NAME = 'App_1.0.0.0_x64.msixupload';
/** CRC-32 of 4100 MiB of zeros, computed apart (Python's zlib.crc32 over 4100 chunks of 1 MiB). */
const BIG_CRC = 0x7f74208b;
const AFTER = 'after the big one\n';
const UNZIP = INFO_UNZIP;
/** Bytes of the end of the stream kept for the checks. */
const KEEP = 65536;

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir('zip64-stream-');
});

afterAll(async () => {
  await tmp.cleanup();
});

/** The real file system, but `big` is BIG bytes of zeros that cost no I/O. */
function withZeros(big: string): ZipFileSystem {
  const zeros: ReadableFile = {
    stat: async () => ({ size: BIG }),
    read: async (buffer, offset, length, position) => {
      const bytesRead = Math.max(0, Math.min(length, BIG - position));
      buffer.fill(0, offset, offset + bytesRead);
      return { bytesRead };
    },
    close: async () => undefined
  };
  return {
    stat: async (path) => (path === big ? { size: BIG, mtime: new Date(), isFile: () => true } : stat(path)),
    open: async (path) => (path === big ? zeros : open(path, 'r'))
  };
}

test('a 4100 MiB file: Zip64 local field, descriptor, central fields, end record and locator', async () => {
  await writeFile(tmp.path('after.txt'), AFTER);
  const source = await zipStream({
    files: [
      { zipPath: BIG_NAME, diskPath: tmp.path('big.msixupload') },
      { zipPath: 'after.txt', diskPath: tmp.path('after.txt') }
    ],
    fileSystem: withZeros(tmp.path('big.msixupload'))
  });
  const dataStart = 30 + BIG_NAME.length + 20;
  const out = await open(tmp.path('out.zip'), 'w');
  let total = 0;
  let crc = 0;
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  const zeros = Buffer.alloc(4 * MiB);
  try {
    for await (const chunk of source.open()) {
      // The big entry's bytes: those of this chunk within [dataStart, dataStart + BIG).
      const from = Math.max(0, dataStart - total);
      const to = Math.min(chunk.length, dataStart + BIG - total);
      if (from < to) crc = crc32(chunk.subarray(from, to), crc);
      if (head.length < 4096) head = Buffer.concat([head, chunk.subarray(0, 4096)]);
      tail = Buffer.from(Buffer.concat([tail.subarray(-KEEP), chunk.subarray(-KEEP)]).subarray(-KEEP));
      const zero = chunk.length <= zeros.length && chunk.equals(zeros.subarray(0, chunk.length));
      if (!zero) await out.write(chunk, 0, chunk.length, total);
      total += chunk.length;
    }
    await out.truncate(total);
  } finally {
    await out.close();
  }
  expect(total).toBe(source.size);
  expect(crc).toBe(BIG_CRC);

  // Local header: flags 3 and 11, sizes 0xFFFFFFFF, a Zip64 field of two zero sizes.
  expect(head.readUInt32LE(0)).toBe(0x04034b50);
  expect([head.readUInt16LE(4), head.readUInt16LE(6), head.readUInt32LE(14)]).toEqual([45, 0x0808, 0]);
  expect([head.readUInt32LE(18), head.readUInt32LE(22), head.readUInt16LE(28)]).toEqual([0xffffffff, 0xffffffff, 20]);
  const field = head.subarray(30 + BIG_NAME.length, dataStart);
  expect([field.readUInt16LE(0), field.readUInt16LE(2), field.readBigUInt64LE(4), field.readBigUInt64LE(12)]).toEqual([
    1,
    16,
    0n,
    0n
  ]);

  // The end: EOCD -> locator -> Zip64 EOCD -> central directory, all within the tail kept.
  const tailStart = total - tail.length;
  const end = tail.subarray(-22);
  expect(end.readUInt32LE(0)).toBe(0x06054b50);
  expect([end.readUInt16LE(10), end.readUInt32LE(16)]).toEqual([2, 0xffffffff]);
  const locator = tail.subarray(-42, -22);
  expect(locator.readUInt32LE(0)).toBe(0x07064b50);
  const zip64EndAt = Number(locator.readBigUInt64LE(8)) - tailStart;
  const zip64End = tail.subarray(zip64EndAt, zip64EndAt + 56);
  expect([zip64End.readUInt32LE(0), zip64End.readBigUInt64LE(4), zip64End.readUInt16LE(14)]).toEqual([
    0x06064b50,
    44n,
    45
  ]);
  expect(zip64End.readBigUInt64LE(32)).toBe(2n);
  const place = findCentralDirectory(tail, tailStart, zip64End);
  expect(place.entries).toBe(2);
  expect(place.offset + place.size).toBe(tailStart + zip64EndAt);

  // Central entry 1: sizes in its Zip64 field (offset 0 is not), the CRC of the bytes that passed.
  const central = tail.subarray(place.offset - tailStart);
  expect(central.readUInt32LE(0)).toBe(0x02014b50);
  expect([central.readUInt32LE(16), central.readUInt32LE(20), central.readUInt32LE(24)]).toEqual([
    crc,
    0xffffffff,
    0xffffffff
  ]);
  expect(central.readUInt16LE(30)).toBe(20);
  const field1 = central.subarray(46 + BIG_NAME.length);
  expect([field1.readUInt16LE(0), field1.readBigUInt64LE(4), field1.readBigUInt64LE(12)]).toEqual([
    1,
    BigInt(BIG),
    BigInt(BIG)
  ]);
  // Its data descriptor: 24 bytes, 8-byte sizes, just before the second local header.
  const second = central.subarray(46 + BIG_NAME.length + 20);
  expect([second.readUInt32LE(0), second.readUInt32LE(20), second.readUInt32LE(42)]).toEqual([
    0x02014b50,
    AFTER.length,
    0xffffffff
  ]);
  const secondOffset = Number(second.readBigUInt64LE(46 + 'after.txt'.length + 4));
  expect(secondOffset).toBe(dataStart + BIG + 24);
  const descriptor = tail.subarray(secondOffset - 24 - tailStart, secondOffset - tailStart);
  expect([descriptor.readUInt32LE(0), descriptor.readUInt32LE(4)]).toEqual([0x08074b50, crc]);
  expect([descriptor.readBigUInt64LE(8), descriptor.readBigUInt64LE(16)]).toEqual([BigInt(BIG), BigInt(BIG)]);
  expect(tail.readUInt32LE(secondOffset - tailStart)).toBe(0x04034b50);

  await expect(listZipEntries(tmp.path('out.zip'))).resolves.toEqual([BIG_NAME, 'after.txt']);
  if (!ON_WINDOWS) {
    const listed = execFileSync(UNZIP, ['-l', tmp.path('out.zip')], { encoding: 'utf8' });
    expect(listed).toMatch(new RegExp(`${BIG}\\s.*${BIG_NAME}`));
    const tested = execFileSync(UNZIP, ['-t', tmp.path('out.zip'), 'after.txt'], { encoding: 'utf8' });
    expect(tested).toMatch(/testing: after.txt +OK[\s\S]*No errors detected/);
  }
});
