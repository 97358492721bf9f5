/** Reading a file by position (src/zip/access.ts), on node:fs's raw descriptors. */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotAZipError, openFileAccess } from '../../src/zip/access.js';

const dir = mkdtempSync(join(tmpdir(), 'zip-access-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('openFileAccess', () => {
  test('reads exactly the bytes asked for, by position; past the end is NotAZipError', async () => {
    const access = await openFileAccess(file('a.bin', '0123456789'));
    try {
      expect(access.size).toBe(10);
      expect((await access.read(3, 4)).toString()).toBe('3456');
      expect((await access.read(0, 0)).length).toBe(0);
      await expect(access.read(8, 4)).rejects.toBeInstanceOf(NotAZipError);
    } finally {
      await access.close();
    }
  });

  test('a missing file fails to open', async () => {
    await expect(openFileAccess(join(dir, 'missing.bin'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('a second close does nothing, even when another file has taken the descriptor number since', async () => {
    const first = await openFileAccess(file('first.bin', 'first'));
    await first.close();
    const second = await openFileAccess(file('second.bin', 'second file'));
    try {
      await first.close();
      expect((await second.read(0, 6)).toString()).toBe('second');
    } finally {
      await second.close();
    }
  });
});
