import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { jpegBytes, pngBytes } from '../../../__fixtures__/images.js';
import { writeTree, type Tree } from '../../../__fixtures__/tree.js';
import { tempDir } from '../../../__fixtures__/zips.js';
import { ActionError } from '../../../src/errors.js';
import { readListingsFolder } from '../../../src/listings/read.js';
import type { ListingKind } from '../../../src/listings/types.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let count = 0;

beforeAll(async () => {
  tmp = await tempDir('listings-read-');
});

afterAll(async () => {
  await tmp.cleanup();
});

/** A fresh folder holding `tree`. */
async function folder(tree: Tree): Promise<string> {
  return writeTree(tmp.path(`f${++count}`), tree);
}

async function failure(tree: Tree, kind: ListingKind = 'app'): Promise<string> {
  const root = await folder(tree);
  const error = await readListingsFolder(root, kind).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ActionError);
  const line = (error as ActionError).oneLine();
  expect(line).not.toMatch(/\n/);
  return line.replaceAll(root, '<root>');
}

describe('readListingsFolder: an app listing', () => {
  test('reads every text file, as real editors write them', async () => {
    const root = await folder({
      'en-us/title.txt': '\uFEFFContoso Photo\r\n',
      'en-us/short-title.txt': 'Contoso\n',
      'en-us/description.txt': 'First paragraph.\r\n\r\nSecond paragraph.\r\n',
      'en-us/short-description.txt': 'Edit photos.',
      'en-us/release-notes.txt': '- Faster export\n- Fixed crash\n',
      'en-us/features.txt': '\uFEFFRAW support\r\n\r\n  Layers  \r\nNo ads\r\n',
      'en-us/keywords.txt': 'photo\nraw editor\n',
      'en-us/copyright.txt': '© 2025 Contoso\n',
      'en-us/license-terms.txt': 'Terms.\n',
      'en-us/developed-by.txt': 'Contoso Studio\n',
      'en-us/minimum-hardware.txt': '4 GB RAM\r\n',
      'en-us/recommended-hardware.txt': '8 GB RAM\r\nSSD\r\n'
    });
    const read = await readListingsFolder(root, 'app');
    expect(read).toEqual({
      path: root,
      kind: 'app',
      languages: [
        {
          folderName: 'en-us',
          language: 'en-us',
          texts: {
            title: 'Contoso Photo',
            shortTitle: 'Contoso',
            description: 'First paragraph.\n\nSecond paragraph.',
            shortDescription: 'Edit photos.',
            releaseNotes: '- Faster export\n- Fixed crash',
            features: ['RAW support', 'Layers', 'No ads'],
            keywords: ['photo', 'raw editor'],
            copyright: '© 2025 Contoso',
            licenseTerms: 'Terms.',
            developedBy: 'Contoso Studio',
            minimumHardware: ['4 GB RAM'],
            recommendedHardware: ['8 GB RAM', 'SSD']
          }
        }
      ]
    });
  });

  test('languages in code point order of their lower-cased names; files and folders match in any case', async () => {
    const root = await folder({
      'fr-FR/Title.TXT': 'Titre',
      'de-DE/RELEASE-NOTES.txt': 'Neu',
      'EN-us/description.txt': 'Text',
      'README.md': 'files beside the language folders are ignored',
      '.git-keep/x': 'hidden folders are skipped',
      'de-DE/.DS_Store': 'hidden files are skipped'
    });
    const read = await readListingsFolder(root, 'app');
    expect(read.languages.map((l) => [l.folderName, l.language, l.texts])).toEqual([
      ['de-DE', 'de-de', { releaseNotes: 'Neu' }],
      ['EN-us', 'en-us', { description: 'Text' }],
      ['fr-FR', 'fr-fr', { title: 'Titre' }]
    ]);
  });

  test('images: grouped by type in the documented order, natural file order, documented spelling, unique zip paths', async () => {
    const root = await folder({
      'en-us/images/screenshot/10.png': pngBytes(4, 4, 1),
      'en-us/images/screenshot/2.jpg': jpegBytes(2),
      'en-us/images/screenshot/1.png': pngBytes(4, 4, 3),
      'en-us/images/STORELOGO9X16/logo.png': pngBytes(9, 16),
      'en-us/images/screenshot/.DS_Store': 'skipped',
      'en-us/images/screenshot/Thumbs.db': 'skipped',
      'en-us/images/desktop.ini': 'skipped',
      'de-de/images/Screenshot/1.png': pngBytes(4, 4, 5)
    });
    const read = await readListingsFolder(root, 'app');
    const shots = join(root, 'en-us/images/screenshot');
    expect(read.languages[1].images).toEqual([
      { imageType: 'Screenshot', zipPath: 'listings/en-us/Screenshot/1.png', diskPath: join(shots, '1.png') },
      { imageType: 'Screenshot', zipPath: 'listings/en-us/Screenshot/2.jpg', diskPath: join(shots, '2.jpg') },
      { imageType: 'Screenshot', zipPath: 'listings/en-us/Screenshot/10.png', diskPath: join(shots, '10.png') },
      {
        imageType: 'StoreLogo9x16',
        zipPath: 'listings/en-us/StoreLogo9x16/logo.png',
        diskPath: join(root, 'en-us/images/STORELOGO9X16/logo.png')
      }
    ]);
    expect(read.languages[0].images?.map((i) => i.zipPath)).toEqual(['listings/de-de/Screenshot/1.png']);
  });

  test('no images/ folder: images undefined (left alone); an empty one: [] (all replaced)', async () => {
    const root = await folder({ 'en-us/title.txt': 'T', 'de-de/images/': '' });
    const read = await readListingsFolder(root, 'app');
    expect(read.languages.map((l) => l.images)).toEqual([[], undefined]);
  });

  test('an empty file is an empty text or list; an empty folder a language with nothing', async () => {
    const root = await folder({ 'en-us/release-notes.txt': '\r\n', 'en-us/features.txt': '', 'fr-fr/': '' });
    const read = await readListingsFolder(root, 'app');
    expect(read.languages.map((l) => l.texts)).toEqual([{ releaseNotes: '', features: [] }, {}]);
  });

  test('text exactly at a limit passes uncut, with its trailing newline trimmed first', async () => {
    const notes = '😀'.repeat(1_500);
    const root = await folder({ 'en-us/release-notes.txt': `${notes}\r\n` });
    const read = await readListingsFolder(root, 'app');
    expect(read.languages[0].texts.releaseNotes).toBe(notes);
  });

  test('follows symbolic links to language folders and files', async () => {
    const target = await folder({ 'shared/description.txt': 'Shared' });
    const root = await folder({ 'en-us/title.txt': 'T' });
    await symlink(join(target, 'shared'), join(root, 'en-gb'));
    await symlink(join(target, 'shared/description.txt'), join(root, 'en-us/description.txt'));
    const read = await readListingsFolder(root, 'app');
    expect(read.languages.map((l) => [l.language, l.texts])).toEqual([
      ['en-gb', { description: 'Shared' }],
      ['en-us', { title: 'T', description: 'Shared' }]
    ]);
  });
});

describe('readListingsFolder: an add-on listing', () => {
  test('reads title, description and a 300x300 PNG icon', async () => {
    const root = await folder({
      'en-us/title.txt': 'Gold pack\n',
      'en-us/description.txt': '100 gold coins.\r\n',
      'en-us/icon.png': pngBytes(300, 300)
    });
    const read = await readListingsFolder(root, 'add-on');
    expect(read.languages).toEqual([
      {
        folderName: 'en-us',
        language: 'en-us',
        texts: { title: 'Gold pack', description: '100 gold coins.' },
        icon: { zipPath: 'listings/en-us/icon.png', diskPath: join(root, 'en-us/icon.png') }
      }
    ]);
  });
});

describe('readListingsFolder: what it refuses, in one line naming the file and the language', () => {
  test('a folder that does not exist, or a file', async () => {
    await expect(readListingsFolder(tmp.path('nowhere'), 'app')).rejects.toThrow(
      /^'listings-folder' does not exist: .*nowhere\.$/
    );
    const root = await folder({ 'file.txt': 'x' });
    await expect(readListingsFolder(join(root, 'file.txt'), 'app')).rejects.toThrow(/is not a folder/);
  });

  test('a folder that is not a language code', async () => {
    expect(await failure({ 'en-us/title.txt': 'T', 'english/title.txt': 'T' })).toBe(
      "'listings-folder' <root> holds a folder 'english' that is not a language code. Name each folder after its listing language, e.g. en-us or de-DE; other folders do not belong there."
    );
    expect(await failure({ 'images/Screenshot/1.png': pngBytes(1, 1) })).toMatch(
      /folder 'images' that is not a language code/
    );
  });

  test('a folder without language folders (a language folder given by mistake, or an empty one)', async () => {
    expect(await failure({ 'title.txt': 'T', 'description.txt': 'D' })).toBe(
      "'listings-folder' <root> holds no language folder. Give the folder that holds one folder per language (en-us/, de-de/, ...), not a language folder itself."
    );
    expect(await failure({ '.hidden/': '' })).toMatch(/holds no language folder/);
  });

  test('one file in two spellings', async () => {
    expect(await failure({ 'en-us/title.txt': 'a', 'en-us/Title.txt': 'b' })).toBe(
      "Listing en-us: <root>/en-us holds 'title.txt' twice (in two spellings)."
    );
  });

  test('two folders for one language', async () => {
    expect(await failure({ 'en-us/title.txt': 'a', 'en-US/title.txt': 'b' })).toBe(
      "'listings-folder' <root> holds two folders for language en-us: 'en-US' and 'en-us'."
    );
  });

  test('a file the listing does not take (a typo, or an add-on file in an app folder)', async () => {
    expect(await failure({ 'de-de/release_notes.txt': 'x' })).toBe(
      'Listing de-de: <root>/de-de/release_notes.txt is a file an app listing does not take. A language folder of an app holds: title.txt, short-title.txt, description.txt, short-description.txt, release-notes.txt, features.txt, keywords.txt, copyright.txt, license-terms.txt, developed-by.txt, minimum-hardware.txt, recommended-hardware.txt, images/.'
    );
    expect(await failure({ 'de-de/icon.png': pngBytes(300, 300) })).toMatch(
      /de-de\/icon\.png is a file an app listing does not take/
    );
    expect(await failure({ 'de-de/title.txt/': '' })).toMatch(
      /de-de\/title\.txt is a folder an app listing does not take/
    );
  });

  test('app-only files in an add-on folder', async () => {
    expect(await failure({ 'en-us/features.txt': 'x' }, 'add-on')).toMatch(
      /^Listing en-us: <root>\/en-us\/features\.txt is a file an add-on listing does not take\. A language folder of an add-on holds: title\.txt, description\.txt, icon\.png\.$/
    );
    expect(await failure({ 'en-us/images/Screenshot/1.png': pngBytes(1, 1) }, 'add-on')).toMatch(
      /images is a folder an add-on listing does not take/
    );
  });

  test('a text over its limit names the file, the language and the count', async () => {
    expect(await failure({ 'de-DE/description.txt': 'x'.repeat(10_001) })).toBe(
      'Listing de-DE: <root>/de-DE/description.txt: has 10001 characters; the Store takes at most 10000 for the description. Shorten it; characters are counted as Unicode code points.'
    );
    expect(await failure({ 'ja-jp/keywords.txt': Array.from({ length: 8 }, (_, i) => `k${i}`).join('\r\n') })).toMatch(
      /^Listing ja-jp: <root>\/ja-jp\/keywords\.txt: holds 8 keywords/
    );
  });

  test('add-on limits: title 100, description 200', async () => {
    expect(await failure({ 'en-us/title.txt': 'x'.repeat(101) }, 'add-on')).toMatch(
      /title\.txt: has 101 characters; the Store takes at most 100 for the add-on title/
    );
    expect(await failure({ 'en-us/description.txt': 'x'.repeat(201) }, 'add-on')).toMatch(
      /description\.txt: has 201 characters; the Store takes at most 200 for the add-on description/
    );
  });

  test('a text that is not UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titel', 'utf16le')]);
    expect(await failure({ 'de-de/title.txt': utf16 })).toBe(
      'Listing de-de: <root>/de-de/title.txt is UTF-16 text (it starts with a UTF-16 byte order mark). Save it as UTF-8 (with or without a BOM).'
    );
    expect(await failure({ 'fr-fr/description.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9]) })).toMatch(
      /fr-fr\/description\.txt is not valid UTF-8 text/
    );
  });

  test('an image folder that is not a documented image type, or a file outside one', async () => {
    expect(await failure({ 'en-us/images/Screenshots/1.png': pngBytes(1, 1) })).toMatch(
      /^Listing en-us: <root>\/en-us\/images\/Screenshots is not named after a Store image type\. Image folders are named: Screenshot, MobileScreenshot, .*PromotionalArtwork414X180 \(any case\)\.$/
    );
    expect(await failure({ 'en-us/images/1.png': pngBytes(1, 1) })).toMatch(
      /images\/1\.png is not in an image type folder\. Put each image in .*images\/<imageType>\/, e\.g\. .*images\/Screenshot\/\.$/
    );
    expect(
      await failure({
        'en-us/images/screenshot/1.png': pngBytes(1, 1),
        'en-us/images/Screenshot/2.png': pngBytes(1, 1)
      })
    ).toMatch(/two Screenshot folders: 'Screenshot' and 'screenshot'/);
    expect(await failure({ 'en-us/images/Screenshot/old/1.png': pngBytes(1, 1) })).toMatch(
      /Screenshot\/old is a folder; an image type folder holds only image files/
    );
  });

  test('an image that is not a PNG or JPEG, whatever its name says', async () => {
    expect(await failure({ 'en-us/images/Screenshot/1.png': Buffer.from('GIF89a....') })).toBe(
      'Listing en-us: <root>/en-us/images/Screenshot/1.png is not a PNG or JPEG image (by its first bytes). The Store takes PNG and JPEG listing images; convert it or remove it.'
    );
    expect(await failure({ 'en-us/images/Icon/empty.png': '' })).toMatch(/empty\.png is not a PNG or JPEG/);
  });

  test('two images whose names differ only in case (one file to the Store)', async () => {
    expect(
      await failure({
        'en-us/images/Screenshot/Shot.png': pngBytes(1, 1),
        'en-us/images/Screenshot/shot.png': pngBytes(1, 1)
      })
    ).toMatch(/holds 'Shot\.png' and 'shot\.png', which differ only in case/);
  });

  test('an add-on icon that is not a 300x300 PNG', async () => {
    expect(await failure({ 'en-us/icon.png': pngBytes(300, 301) }, 'add-on')).toBe(
      'Listing en-us: <root>/en-us/icon.png is a 300x301 PNG; an add-on icon must be a 300x300 PNG. Export the icon as a 300x300 PNG.'
    );
    expect(await failure({ 'en-us/icon.png': jpegBytes() }, 'add-on')).toMatch(/icon\.png is a JPEG; an add-on icon/);
    expect(await failure({ 'en-us/icon.png': 'text' }, 'add-on')).toMatch(/icon\.png is not a PNG; an add-on icon/);
  });
});

describe('the sandbox example', () => {
  test('sandbox/store/listings reads cleanly: two languages, the same image name in both at two zip paths', async () => {
    const read = await readListingsFolder('sandbox/store/listings', 'app');
    expect(read.languages.map((l) => l.language)).toEqual(['de-de', 'en-us']);
    expect(read.languages.flatMap((l) => (l.images ?? []).map((i) => i.zipPath))).toEqual([
      'listings/de-de/Screenshot/1-notes.png',
      'listings/en-us/Screenshot/1-notes.png',
      'listings/en-us/Screenshot/2-sync.png',
      'listings/en-us/StoreLogo9x16/poster.png'
    ]);
    expect(read.languages[1].texts.features).toEqual([
      'Sync across devices',
      'Tags and instant search',
      'Works offline'
    ]);
  });
});
