/** The `listings-folder` input as readSettings sees it: where its edit goes, and its files in the upload. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { pngBytes } from '../../../__fixtures__/images.js';
import { writeTree } from '../../../__fixtures__/tree.js';
import { tempDir } from '../../../__fixtures__/zips.js';
import { RELEASE_CONTROLS_SOURCE } from '../../../src/msix/release/edit.js';
import { readSettings } from '../../../src/msix/settings.js';

const BASE: Record<string, string> = {
  'tenant-id': '00000000-1111-2222-3333-444444444444',
  'client-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  'client-secret': 's3cr3t-value'
};

let tmp: Awaited<ReturnType<typeof tempDir>>;
let folder: string;

beforeAll(async () => {
  tmp = await tempDir('listings-settings-');
  folder = await writeTree(tmp.path('listings'), {
    'en-us/title.txt': 'T',
    'en-us/images/Screenshot/1.png': pngBytes(2, 2),
    'en-us/icon.png': pngBytes(300, 300)
  });
});

afterAll(async () => {
  await tmp.cleanup();
});

const read = (inputs: Record<string, string>) => readSettings((name) => ({ ...BASE, ...inputs })[name] ?? '');

describe('listings-folder in the settings', () => {
  test('an app: its edit after release-notes and before the release controls, its images in the upload', async () => {
    const appFolder = await writeTree(tmp.path('app'), {
      'en-us/title.txt': 'T',
      'en-us/images/Screenshot/1.png': pngBytes(2, 2)
    });
    const settings = await read({
      'application-id': '9NBLGGH4R315',
      'release-notes': 'Notes',
      'listings-folder': appFolder,
      'publish-mode': 'Manual'
    });
    expect(settings.edits.map((edit) => edit.source)).toEqual([
      'release-notes',
      'listings-folder',
      RELEASE_CONTROLS_SOURCE
    ]);
    expect(settings.uploadFiles).toEqual([
      { zipPath: 'listings/en-us/Screenshot/1.png', diskPath: join(appFolder, 'en-us/images/Screenshot/1.png') }
    ]);
    expect(settings.listings?.kind).toBe('app');
  });

  test('an add-on reads the folder as an add-on listing (its icon joins the upload)', async () => {
    const addOnFolder = await writeTree(tmp.path('addon'), { 'en-us/icon.png': pngBytes(300, 300) });
    const settings = await read({ 'add-on-id': '9NBLGGH4TNMP', 'listings-folder': addOnFolder });
    expect(settings.listings?.kind).toBe('add-on');
    expect(settings.uploadFiles.map((file) => file.zipPath)).toEqual(['listings/en-us/icon.png']);
  });

  test("submission-json may refer to the folder's files without package-zip", async () => {
    const appFolder = await writeTree(tmp.path('app2'), { 'de-de/images/Icon/a.png': pngBytes(2, 2) });
    const json = {
      listings: {
        'de-de': {
          baseListing: {
            images: [{ fileName: 'listings/de-de/Icon/a.png', fileStatus: 'PendingUpload', imageType: 'Icon' }]
          }
        }
      }
    };
    const settings = await read({
      'application-id': '9NBLGGH4R315',
      'listings-folder': appFolder,
      'submission-json': JSON.stringify(json)
    });
    expect(settings.pendingFiles.map((file) => file.fileName)).toEqual(['listings/de-de/Icon/a.png']);
  });

  test('a flight is refused: it has no listing', async () => {
    await expect(
      read({ 'application-id': '9NBLGGH4R315', 'flight-id': '123', 'listings-folder': folder })
    ).rejects.toThrow(
      /^Input 'listings-folder' is for app and add-on submissions; a package flight has no Store listing\.$/
    );
  });

  test('an app folder that holds an add-on icon is refused as an app listing', async () => {
    await expect(read({ 'application-id': '9NBLGGH4R315', 'listings-folder': folder })).rejects.toThrow(
      /icon\.png is a file an app listing does not take/
    );
  });

  test("'operation: rollout' makes no submission: the folder has nothing to act on", async () => {
    await expect(
      read({
        'application-id': '9NBLGGH4R315',
        operation: 'rollout',
        'rollout-action': 'halt',
        'listings-folder': folder
      })
    ).rejects.toThrow(/'operation: rollout' .* so 'listings-folder' has nothing to act on/);
  });

  test('absent: no edit, no files', async () => {
    const settings = await read({ 'application-id': '9NBLGGH4R315' });
    expect(settings.edits).toEqual([]);
    expect(settings.uploadFiles).toEqual([]);
    expect(settings.listings).toBeUndefined();
  });
});
