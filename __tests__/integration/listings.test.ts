/**
 * Store listings kept as files, end to end: the bundled action reads a
 * `listings-folder`, writes its texts into the submission's listings, replaces
 * images and add-on icons through the zip it uploads, and leaves the fake
 * Store as it was for every folder it refuses.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { jpegBytes, pngBytes } from '../../__fixtures__/images.js';
import { packageBuffer } from '../../__fixtures__/packages.js';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';
import { writeTree, type Tree } from '../../__fixtures__/tree.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

type Listing = { baseListing: Record<string, unknown>; platformOverrides?: unknown };
type Image = { fileName: string; fileStatus: string; id?: string; imageType: string; description?: string };

let workspaces = 0;
/** A fresh workspace (the action's working directory) holding `tree`. */
async function workspace(tree: Tree): Promise<string> {
  return writeTree(rig.path(`ws${++workspaces}`), tree);
}

/** The published app with a second language, German, beside the English one. */
function publishedWithGerman(): Record<string, unknown> {
  const published = publishedAppSubmission();
  const listings = published.listings as Record<string, Listing>;
  listings['de-de'] = {
    baseListing: {
      title: 'Contoso Notizen',
      description: 'Schnell Notizen machen.',
      releaseNotes: 'Alte Notizen',
      images: [{ fileName: 'img/de1.png', fileStatus: 'Uploaded', id: '2', imageType: 'Screenshot' }]
    },
    platformOverrides: {}
  };
  return published;
}

async function seededApp(published = publishedWithGerman()) {
  const fake = await rig.newFake();
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published });
  return fake;
}

/** Every entry of a zip, name -> bytes. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function uploadedZip(submissionId: string): Promise<Map<string, Buffer>> {
  const blob = await rig.fake.uploadedBlob(submissionId);
  if (!blob) throw new Error(`nothing was uploaded for ${submissionId}`);
  return unzip(blob);
}

const images = (listing: Listing): string[] =>
  (listing.baseListing.images as Image[]).map(
    (i) => `${i.fileName}:${i.fileStatus}:${i.imageType}${i.id ? `:${i.id}` : ''}`
  );

describe('an app listing from files', () => {
  test("every file kind, any case, real editors' encodings; a new language added; a language without a folder kept", async () => {
    const fake = await seededApp();
    const ws = await workspace({
      'store/listings/EN-US/title.txt': '\uFEFFContoso Notes Pro\r\n',
      'store/listings/EN-US/short-title.txt': 'Notes Pro\n',
      'store/listings/EN-US/description.txt': 'Take notes fast.\r\n\r\nSync them everywhere.\r\n',
      'store/listings/EN-US/short-description.txt': 'Notes, synced.\n',
      'store/listings/EN-US/release-notes.txt': '- Sync\n- Tags\n',
      'store/listings/EN-US/features.txt': '\uFEFFSync\r\n\r\n  Tags  \r\nOffline\r\n',
      'store/listings/EN-US/keywords.txt': 'notes\r\nnotebook\r\n',
      'store/listings/EN-US/copyright.txt': '© 2025 Contoso\n',
      'store/listings/EN-US/license-terms.txt': 'Use it kindly.\n',
      'store/listings/EN-US/developed-by.txt': 'Contoso Studio\n',
      'store/listings/EN-US/Minimum-Hardware.txt': '4 GB RAM\n',
      'store/listings/EN-US/recommended-hardware.txt': '8 GB RAM\nSSD\n',
      'store/listings/fr-FR/title.txt': 'Notes Contoso\n',
      'store/listings/fr-FR/description.txt': 'Prenez des notes.\n',
      'store/listings/README.md': 'How we write listings.'
    });
    const result = await rig.run({ 'application-id': APP_ID, 'listings-folder': 'store/listings' }, { cwd: ws });
    expect(result.code).toBe(0);
    const submission = fake.submission(result.outputs['submission-id']);
    const listings = submission.puts[0].listings as Record<string, Listing>;
    expect(listings['en-us']).toEqual({
      baseListing: {
        title: 'Contoso Notes Pro',
        shortTitle: 'Notes Pro',
        description: 'Take notes fast.\n\nSync them everywhere.',
        shortDescription: 'Notes, synced.',
        releaseNotes: '- Sync\n- Tags',
        features: ['Sync', 'Tags', 'Offline'],
        keywords: ['notes', 'notebook'],
        copyrightAndTrademarkInfo: '© 2025 Contoso',
        licenseTerms: 'Use it kindly.',
        devStudio: 'Contoso Studio',
        minimumHardware: ['4 GB RAM'],
        recommendedHardware: ['8 GB RAM', 'SSD'],
        images: [{ fileName: 'img/screen1.png', fileStatus: 'Uploaded', id: '1', imageType: 'Screenshot' }]
      },
      platformOverrides: {}
    });
    expect(listings['fr-fr']).toEqual({ baseListing: { title: 'Notes Contoso', description: 'Prenez des notes.' } });
    expect(listings['de-de']).toEqual((publishedWithGerman().listings as Record<string, Listing>)['de-de']);
    expect(Object.keys(listings).sort()).toEqual(['de-de', 'en-us', 'fr-fr']);
    // Texts only: nothing to upload.
    expect(await fake.uploadedBlob(submission.id)).toBeUndefined();
    expect(submission.committed).toBe(true);
    expect(result.log).toContain(
      'listings-folder store/listings: en-us (title.txt, short-title.txt, description.txt, short-description.txt, release-notes.txt, features.txt, keywords.txt, copyright.txt, license-terms.txt, developed-by.txt, minimum-hardware.txt, recommended-hardware.txt); fr-fr (title.txt, description.txt).'
    );
  });

  test('images/ replaces the images: the old ones PendingDelete, the files in natural order, their bytes in the zip', async () => {
    const fake = await seededApp();
    const files = {
      'en-us/images/screenshot/10.png': pngBytes(16, 9, 10),
      'en-us/images/screenshot/2.jpg': jpegBytes(2),
      'en-us/images/screenshot/1.png': pngBytes(16, 9, 1),
      'en-us/images/StoreLogoSquare/logo.png': pngBytes(30, 30, 7),
      'de-DE/images/Screenshot/1.png': pngBytes(16, 9, 99)
    };
    const ws = await workspace(Object.fromEntries(Object.entries(files).map(([k, v]) => [`listings/${k}`, v])));
    const result = await rig.run({ 'application-id': APP_ID, 'listings-folder': 'listings' }, { cwd: ws });
    expect(result.code).toBe(0);
    const id = result.outputs['submission-id'];
    const listings = fake.submission(id).puts[0].listings as Record<string, Listing>;
    expect(images(listings['en-us'])).toEqual([
      'img/screen1.png:PendingDelete:Screenshot:1',
      'listings/en-us/Screenshot/1.png:PendingUpload:Screenshot',
      'listings/en-us/Screenshot/2.jpg:PendingUpload:Screenshot',
      'listings/en-us/Screenshot/10.png:PendingUpload:Screenshot',
      'listings/en-us/StoreLogoSquare/logo.png:PendingUpload:StoreLogoSquare'
    ]);
    // Two languages with a file of the same name: two paths in the zip, each with its own bytes.
    expect(images(listings['de-de'])).toEqual([
      'img/de1.png:PendingDelete:Screenshot:2',
      'listings/de-de/Screenshot/1.png:PendingUpload:Screenshot'
    ]);
    const zip = await uploadedZip(id);
    expect([...zip.keys()].sort()).toEqual([
      'listings/de-de/Screenshot/1.png',
      'listings/en-us/Screenshot/1.png',
      'listings/en-us/Screenshot/10.png',
      'listings/en-us/Screenshot/2.jpg',
      'listings/en-us/StoreLogoSquare/logo.png'
    ]);
    for (const [path, bytes] of Object.entries(files)) {
      const [lang, , type, name] = path.split('/');
      const canonical = type.toLowerCase() === 'screenshot' ? 'Screenshot' : 'StoreLogoSquare';
      expect(zip.get(`listings/${lang.toLowerCase()}/${canonical}/${name}`)).toEqual(bytes);
    }
    // After the commit the Store holds only the new images, uploaded.
    const settled = fake.submission(id).listings as Record<string, Listing>;
    expect(images(settled['de-de'])).toEqual(['listings/de-de/Screenshot/1.png:Uploaded:Screenshot']);
    expect(fake.submission(id).committed).toBe(true);
  });

  test('a language without images/ keeps its images', async () => {
    const fake = await seededApp();
    const ws = await workspace({
      'l/en-us/images/Screenshot/a.png': pngBytes(4, 4),
      'l/de-de/title.txt': 'Neu'
    });
    const result = await rig.run({ 'application-id': APP_ID, 'listings-folder': 'l' }, { cwd: ws });
    expect(result.code).toBe(0);
    const listings = fake.submission(result.outputs['submission-id']).puts[0].listings as Record<string, Listing>;
    expect(images(listings['de-de'])).toEqual(['img/de1.png:Uploaded:Screenshot:2']);
    expect(listings['de-de'].baseListing.title).toBe('Neu');
  });

  test('text exactly at every limit passes, uncut', async () => {
    const fake = await seededApp();
    const chars = (n: number) => '😀'.repeat(n);
    const ws = await workspace({
      'l/en-us/description.txt': `${chars(10_000)}\r\n`,
      'l/en-us/release-notes.txt': chars(1_500),
      'l/en-us/features.txt': Array.from({ length: 20 }, () => chars(200)).join('\n'),
      'l/en-us/short-title.txt': chars(50),
      'l/en-us/short-description.txt': chars(1_000),
      'l/en-us/minimum-hardware.txt': Array.from({ length: 11 }, () => chars(200)).join('\n'),
      'l/en-us/recommended-hardware.txt': Array.from({ length: 11 }, () => chars(200)).join('\n'),
      'l/en-us/keywords.txt': ['a b c', 'd e f', 'g h i', 'j k l', 'm n o', 'p q r', `s t ${'u'.repeat(36)}`].join(
        '\n'
      ),
      'l/en-us/copyright.txt': chars(200),
      'l/en-us/license-terms.txt': chars(10_000),
      'l/en-us/developed-by.txt': chars(255)
    });
    const result = await rig.run({ 'application-id': APP_ID, 'listings-folder': 'l' }, { cwd: ws });
    expect(result.code).toBe(0);
    const base = (fake.submission(result.outputs['submission-id']).puts[0].listings as Record<string, Listing>)['en-us']
      .baseListing;
    expect(base.description).toBe(chars(10_000));
    expect(base.releaseNotes).toBe(chars(1_500));
    expect(base.features).toHaveLength(20);
    expect(base.shortTitle).toBe(chars(50));
    expect(base.devStudio).toBe(chars(255));
    expect((base.keywords as string[])[6]).toBe(`s t ${'u'.repeat(36)}`);
  });
});

describe('precedence', () => {
  test('release-notes, then the folder (its release-notes.txt wins for its language), then submission-json', async () => {
    const fake = await seededApp();
    const ws = await workspace({
      'l/de-DE/release-notes.txt': 'Aus dem Ordner\n',
      'l/en-us/title.txt': 'Folder title\n',
      'l/en-us/description.txt': 'Folder description\n'
    });
    const result = await rig.run(
      {
        'application-id': APP_ID,
        'listings-folder': 'l',
        'release-notes': 'From the input',
        'submission-json': JSON.stringify({ listings: { 'en-us': { baseListing: { title: 'JSON title' } } } })
      },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    const listings = fake.submission(result.outputs['submission-id']).puts[0].listings as Record<string, Listing>;
    expect(listings['en-us'].baseListing).toMatchObject({
      title: 'JSON title',
      description: 'Folder description',
      releaseNotes: 'From the input'
    });
    expect(listings['de-de'].baseListing.releaseNotes).toBe('Aus dem Ordner');
  });

  test('packages and listings in one step: one zip written on the fly holds the package and the images', async () => {
    const fake = await seededApp();
    const msix = await packageBuffer({ name: 'FakePublisher.ContosoNotes', version: '1.1.0.0', architecture: 'x64' });
    const ws = await workspace({
      'AppPackages/ContosoNotes_1.1.0.0_x64.msix': msix,
      'store/listings/en-us/release-notes.txt': 'Sync, at last.\n',
      'store/listings/en-us/images/Screenshot/1.png': pngBytes(8, 8, 5)
    });
    const result = await rig.run(
      {
        'application-id': APP_ID,
        packages: 'AppPackages/*.msix',
        'release-notes': 'From the input',
        'listings-folder': 'store/listings'
      },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    const id = result.outputs['submission-id'];
    const put = fake.submission(id).puts[0];
    const packages = put.applicationPackages as { fileName: string; fileStatus: string }[];
    expect(packages.map((p) => `${p.fileName}:${p.fileStatus}`)).toEqual([
      'ContosoNotes_1.0.0.0_x64.msixupload:PendingDelete',
      'ContosoNotes_1.1.0.0_x64.msix:PendingUpload'
    ]);
    const listings = put.listings as Record<string, Listing>;
    expect(listings['en-us'].baseListing.releaseNotes).toBe('Sync, at last.');
    expect(listings['de-de'].baseListing.releaseNotes).toBe('From the input');
    const zip = await uploadedZip(id);
    expect([...zip.keys()]).toEqual(['ContosoNotes_1.1.0.0_x64.msix', 'listings/en-us/Screenshot/1.png']);
    expect(zip.get('ContosoNotes_1.1.0.0_x64.msix')).toEqual(msix);
    expect(zip.get('listings/en-us/Screenshot/1.png')).toEqual(pngBytes(8, 8, 5));
    expect(fake.submission(id).committed).toBe(true);
  });

  test('a dry run shows the listings in the JSON and the images in the zip, and changes nothing', async () => {
    const fake = await seededApp();
    const ws = await workspace({
      'l/de-de/title.txt': 'Trocken\n',
      'l/de-de/images/Screenshot/1.png': pngBytes(8, 8)
    });
    const result = await rig.run({ 'application-id': APP_ID, 'listings-folder': 'l', 'dry-run': 'true' }, { cwd: ws });
    expect(result.code).toBe(0);
    expect(fake.mutations()).toEqual([]);
    expect(result.log).toContain('"title": "Trocken"');
    expect(result.log).toContain('"fileName": "listings/de-de/Screenshot/1.png"');
    expect(result.log).toMatch(/The zip it would upload \(1 entries.*\n\s+listings\/de-de\/Screenshot\/1\.png/);
  });

  test("package-zip and the folder: one zip holds the zip's entries and the images", async () => {
    const fake = await seededApp();
    const ws = await workspace({ 'l/en-us/images/Screenshot/1.png': pngBytes(8, 8, 3) });
    const packageZip = await rig.zip('with-package.zip', { 'ContosoNotes_1.1.0.0_x64.msixupload': 'msix bytes' });
    const changes = {
      applicationPackages: [
        {
          fileName: 'ContosoNotes_1.1.0.0_x64.msixupload',
          fileStatus: 'PendingUpload',
          minimumDirectXVersion: 'None',
          minimumSystemRam: 'None'
        }
      ]
    };
    const result = await rig.run(
      {
        'application-id': APP_ID,
        'listings-folder': 'l',
        'package-zip': packageZip,
        'submission-json': JSON.stringify(changes)
      },
      { cwd: ws }
    );
    expect(result.code).toBe(0);
    const zip = await uploadedZip(result.outputs['submission-id']);
    expect([...zip.keys()].sort()).toEqual(['ContosoNotes_1.1.0.0_x64.msixupload', 'listings/en-us/Screenshot/1.png']);
    expect(zip.get('listings/en-us/Screenshot/1.png')).toEqual(pngBytes(8, 8, 3));
    expect(fake.submission(result.outputs['submission-id']).committed).toBe(true);
  });
});

/** Runs against a fresh app (or add-on) and expects a refusal naming `expected`, with nothing changed on the server. */
async function refused(tree: Tree, expected: RegExp, inputs: Record<string, string> = {}): Promise<void> {
  const fake = await seededApp();
  if (inputs['add-on-id']) {
    fake.seedAddOn({
      id: inputs['add-on-id'],
      productId: 'gold',
      applicationIds: [APP_ID],
      published: publishedAddOn()
    });
  }
  const ws = await workspace({ 'placeholder.txt': '', ...tree });
  const target = inputs['add-on-id'] ? {} : { 'application-id': APP_ID };
  const result = await rig.run({ ...target, 'listings-folder': 'l', ...inputs }, { cwd: ws });
  expect(result.code).not.toBe(0);
  const errors = errorAnnotations(result.log);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(expected);
  expect(fake.mutations()).toEqual([]);
}

const lines = (n: number, text = 'x') => Array.from({ length: n }, () => text).join('\n');

describe('refused before any change, naming the file and the language', () => {
  test.each([
    [
      'description',
      'description.txt',
      'x'.repeat(10_001),
      /en-us\/description\.txt: has 10001 characters; .*at most 10000/
    ],
    [
      'release notes',
      'release-notes.txt',
      'x'.repeat(1_501),
      /release-notes\.txt: has 1501 characters; .*at most 1500/
    ],
    ['21 features', 'features.txt', lines(21), /features\.txt: holds 21 features .*at most 20/],
    ['a long feature', 'features.txt', 'x'.repeat(201), /features\.txt: feature 1 .* has 201 characters/],
    ['short title', 'short-title.txt', 'x'.repeat(51), /short-title\.txt: has 51 characters; .*at most 50/],
    ['short description', 'short-description.txt', 'x'.repeat(1_001), /short-description\.txt: has 1001 characters/],
    [
      '12 minimum hardware items',
      'minimum-hardware.txt',
      lines(12),
      /minimum-hardware\.txt: holds 12 items .*at most 11/
    ],
    [
      'a long minimum hardware item',
      'minimum-hardware.txt',
      'x'.repeat(201),
      /minimum-hardware\.txt: item 1 .* 201 characters/
    ],
    [
      '12 recommended hardware items',
      'recommended-hardware.txt',
      lines(12),
      /recommended-hardware\.txt: holds 12 items/
    ],
    [
      'a long recommended hardware item',
      'recommended-hardware.txt',
      'x'.repeat(201),
      /recommended-hardware\.txt: item 1 .* 201/
    ],
    ['8 keywords', 'keywords.txt', lines(8), /keywords\.txt: holds 8 keywords .*at most 7/],
    ['a long keyword', 'keywords.txt', 'x'.repeat(41), /keywords\.txt: keyword 1 .* has 41 characters/],
    [
      '22 keyword words',
      'keywords.txt',
      ['a b c d e f g h i j k', 'l m n o p q r s t u v'].join('\n'),
      /holds 22 words in all/
    ],
    ['copyright', 'copyright.txt', 'x'.repeat(201), /copyright\.txt: has 201 characters; .*at most 200/],
    ['license terms', 'license-terms.txt', 'x'.repeat(10_001), /license-terms\.txt: has 10001 characters/],
    ['developed by', 'developed-by.txt', 'x'.repeat(256), /developed-by\.txt: has 256 characters; .*at most 255/]
  ])('%s over its limit', async (_name, file, text, expected) => {
    await refused({ [`l/en-us/${file}`]: text }, expected);
  });

  test.each([
    [
      'a folder that is not a language code',
      { 'l/english/title.txt': 'T' },
      /holds a folder 'english' that is not a language code/
    ],
    [
      'an image folder that is not a documented type',
      { 'l/de-de/images/Screenshots/1.png': pngBytes(2, 2) },
      /Listing de-de: .*images\/Screenshots is not named after a Store image type/
    ],
    [
      'an image that is not a PNG or JPEG',
      { 'l/de-de/images/Screenshot/1.png': 'GIF89a' },
      /Listing de-de: .*Screenshot\/1\.png is not a PNG or JPEG image/
    ],
    [
      'a misspelt file',
      { 'l/en-us/releasenotes.txt': 'x' },
      /en-us\/releasenotes\.txt is a file an app listing does not take/
    ],
    [
      'a UTF-16 text',
      { 'l/en-us/title.txt': Buffer.from('\uFEFFTitle', 'utf16le') },
      /en-us\/title\.txt is UTF-16 text/
    ],
    ['a folder that does not exist', {}, /'listings-folder' does not exist: l\./]
  ])('%s', async (_name, tree, expected) => {
    await refused(tree as Tree, expected);
  });

  test('a flight has no listing', async () => {
    const fake = await seededApp();
    const ws = await workspace({ 'l/en-us/title.txt': 'T' });
    const result = await rig.run(
      { 'application-id': APP_ID, 'flight-name': 'Beta', 'listings-folder': 'l' },
      { cwd: ws }
    );
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result.log)[0]).toMatch(/'listings-folder' is for app and add-on submissions/);
    expect(fake.mutations()).toEqual([]);
  });
});

const ADD_ON = '9NBLGGH4TNMP';
function publishedAddOn(): Record<string, unknown> {
  return {
    contentType: 'BookDownload',
    keywords: ['gold'],
    lifetime: 'Forever',
    visibility: 'Public',
    targetPublishMode: 'Immediate',
    pricing: { priceId: 'Tier2' },
    listings: {
      'en-us': {
        title: 'Gold',
        description: 'Gold coins',
        icon: { fileName: 'icons/gold.png', fileStatus: 'Uploaded' }
      },
      'fr-fr': { title: 'Or', description: 'Pièces', icon: { fileName: 'icons/or.png', fileStatus: 'Uploaded' } }
    }
  };
}

describe('add-on listings', () => {
  test('title, description and a 300x300 icon; the icon bytes in the zip; other languages kept', async () => {
    const fake = await seededApp();
    fake.seedAddOn({ id: ADD_ON, productId: 'gold', applicationIds: [APP_ID], published: publishedAddOn() });
    const icon = pngBytes(300, 300, 42);
    const ws = await workspace({
      'addon/EN-us/title.txt': 'Gold pack\r\n',
      'addon/EN-us/description.txt': '100 gold coins.\r\n',
      'addon/EN-us/icon.png': icon,
      'addon/de-de/title.txt': 'Goldpaket\n'
    });
    const result = await rig.run({ 'add-on-id': ADD_ON, 'listings-folder': 'addon' }, { cwd: ws });
    expect(result.code).toBe(0);
    const id = result.outputs['submission-id'];
    const listings = fake.submission(id).puts[0].listings as Record<string, unknown>;
    expect(listings).toEqual({
      'en-us': {
        title: 'Gold pack',
        description: '100 gold coins.',
        icon: { fileName: 'listings/en-us/icon.png', fileStatus: 'PendingUpload' }
      },
      'fr-fr': publishedAddOn().listings && (publishedAddOn().listings as Record<string, unknown>)['fr-fr'],
      'de-de': { title: 'Goldpaket' }
    });
    const zip = await uploadedZip(id);
    expect([...zip.keys()]).toEqual(['listings/en-us/icon.png']);
    expect(zip.get('listings/en-us/icon.png')).toEqual(icon);
    expect(fake.submission(id).committed).toBe(true);
  });

  test.each([
    [
      'a title over 100',
      { 'l/en-us/title.txt': 'x'.repeat(101) },
      /title\.txt: has 101 characters; .*at most 100 for the add-on title/
    ],
    [
      'a description over 200',
      { 'l/en-us/description.txt': 'x'.repeat(201) },
      /description\.txt: has 201 characters; .*at most 200/
    ],
    [
      'an icon of 300x299',
      { 'l/en-us/icon.png': pngBytes(300, 299) },
      /icon\.png is a 300x299 PNG; an add-on icon must be a 300x300 PNG/
    ],
    ['a JPEG icon', { 'l/en-us/icon.png': jpegBytes() }, /icon\.png is a JPEG; an add-on icon must be a 300x300 PNG/],
    [
      'app files in an add-on folder',
      { 'l/en-us/features.txt': 'x' },
      /features\.txt is a file an add-on listing does not take/
    ]
  ])('%s is refused, nothing changed', async (_name, tree, expected) => {
    await refused(tree as Tree, expected, { 'add-on-id': ADD_ON });
  });
});

describe('the sandbox example', () => {
  test('sandbox/store/listings publishes: both languages, four images in the zip', async () => {
    const fake = await seededApp();
    const folder = join(process.cwd(), 'sandbox/store/listings');
    const result = await rig.run({ 'application-id': APP_ID, 'listings-folder': folder });
    expect(result.code).toBe(0);
    const id = result.outputs['submission-id'];
    const zip = await uploadedZip(id);
    expect(zip.size).toBe(4);
    expect(zip.get('listings/de-de/Screenshot/1-notes.png')).toEqual(
      readFileSync(join(folder, 'de-de/images/Screenshot/1-notes.png'))
    );
    expect(fake.submission(id).committed).toBe(true);
  });
});

// Last: nothing secret reached any log of this file.
test('no secret, token or upload-URL signature in any log, output or summary of this file', () => {
  rig.expectNoSecretsInLogs();
});
