import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rawZip, unicodePathField } from '../../__fixtures__/raw-zip.js';
import { tempDir } from '../../__fixtures__/zips.js';
import { listZipEntries } from '../../src/zip/directory.js';
import { decodeCp437, decodeEntryName } from '../../src/zip/names.js';
import { INFO_ZIP, unlessWindows } from '../../__fixtures__/platform.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir('zip-names-');
});

afterAll(async () => {
  await tmp.cleanup();
});

const UTF8_FLAG = 0x800;
const cp437 = (bytes: number[]): Buffer => Buffer.from(bytes);

describe('decodeCp437', () => {
  test('is code page 437, not latin1', () => {
    // 0x81 ü, 0x8E Ä, 0x9A Ü, 0xE1 ß, 0xB0 ░, 0xFF no-break space
    expect(decodeCp437(cp437([0x81, 0x8e, 0x9a, 0xe1, 0xb0, 0xff]))).toBe('üÄÜß░\u00a0');
    expect(decodeCp437(Buffer.from('Plain/ASCII.txt'))).toBe('Plain/ASCII.txt');
  });

  test('maps all 128 high bytes to 128 different characters', () => {
    const text = decodeCp437(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)));
    expect([...text]).toHaveLength(128);
    expect(new Set(text).size).toBe(128);
  });
});

describe('decodeEntryName', () => {
  test('valid UTF-8 is read as UTF-8 with or without the flag', () => {
    expect(decodeEntryName(Buffer.from('Bilder/Übersicht.png'))).toBe('Bilder/Übersicht.png');
  });

  test('bytes that are not UTF-8 are CP437', () => {
    // "Übersicht" in CP437: Ü = 0x9A
    const name = Buffer.concat([Buffer.from('Bilder/'), cp437([0x9a]), Buffer.from('bersicht.png')]);
    expect(decodeEntryName(name)).toBe('Bilder/Übersicht.png');
  });

  test('a Unicode Path extra field wins when its CRC matches the name bytes', () => {
    const raw = Buffer.from('Bilder/_bersicht.png');
    expect(decodeEntryName(raw, unicodePathField('Bilder/Übersicht.png', raw))).toBe('Bilder/Übersicht.png');
  });

  test('a stale Unicode Path extra field (CRC of other bytes) is ignored', () => {
    const raw = Buffer.from('Bilder/renamed.png');
    const stale = unicodePathField('Bilder/Übersicht.png', Buffer.from('Bilder/_bersicht.png'));
    expect(decodeEntryName(raw, stale)).toBe('Bilder/renamed.png');
  });
});

describe('zip names as tools write them', () => {
  const nameOf = async (file: string, zip: Buffer): Promise<string[]> => {
    await writeFile(tmp.path(file), zip);
    return listZipEntries(tmp.path(file));
  };

  test('UTF-8 name, UTF-8 flag set', async () => {
    const zip = rawZip([{ name: Buffer.from('Bilder/Übersicht.png'), flags: UTF8_FLAG, data: Buffer.from('x') }]);
    await expect(nameOf('flag.zip', zip)).resolves.toEqual(['Bilder/Übersicht.png']);
  });

  test('UTF-8 name, flag not set (as Info-ZIP writes it)', async () => {
    const zip = rawZip([{ name: Buffer.from('Bilder/Übersicht.png'), data: Buffer.from('x') }]);
    await expect(nameOf('noflag.zip', zip)).resolves.toEqual(['Bilder/Übersicht.png']);
  });

  test('CP437 name, flag not set', async () => {
    const name = Buffer.concat([Buffer.from('Bilder/'), cp437([0x9a]), Buffer.from('bersicht.png')]);
    await expect(nameOf('cp437.zip', rawZip([{ name, data: Buffer.from('x') }]))).resolves.toEqual([
      'Bilder/Übersicht.png'
    ]);
  });

  test('CP437 name with the UTF-8 flag wrongly set is still read as CP437', async () => {
    const name = Buffer.concat([cp437([0x8e]), Buffer.from('pfel.png')]);
    await expect(nameOf('cp437-flag.zip', rawZip([{ name, flags: UTF8_FLAG }]))).resolves.toEqual(['Äpfel.png']);
  });

  unlessWindows('a zip made by /usr/bin/zip (Info-ZIP) with UTF-8 names', async () => {
    const root = join(tmp.dir, 'infozip');
    await mkdir(join(root, 'Bilder'), { recursive: true });
    await writeFile(join(root, 'Bilder', 'Übersicht.png'), 'png');
    await writeFile(join(root, 'Ça-va-日本語.txt'), 'text');
    execFileSync(INFO_ZIP, ['-q', '-r', '../infozip.zip', '.'], { cwd: root });
    const names = await listZipEntries(join(tmp.dir, 'infozip.zip'));
    expect(names.sort()).toEqual(['Bilder/', 'Bilder/Übersicht.png', 'Ça-va-日本語.txt']);
  });
});
