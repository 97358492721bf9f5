import { describe, expect, test } from '@jest/globals';
import { applyEdits, fixedEdit, type SubmissionEdit } from '../../../src/edits.js';
import {
  describeListings,
  listingFiles,
  listingsEdit,
  listingTexts,
  replacedImages
} from '../../../src/listings/edit.js';
import type { LanguageListing, ListingsFolder } from '../../../src/listings/types.js';

function language(folderName: string, rest: Partial<LanguageListing> = {}): LanguageListing {
  return { folderName, language: folderName.toLowerCase(), texts: {}, ...rest };
}

function appFolder(...languages: LanguageListing[]): ListingsFolder {
  return { path: 'store/listings', kind: 'app', languages };
}

const shot = (lang: string, name: string) => ({
  imageType: 'Screenshot' as const,
  zipPath: `listings/${lang}/Screenshot/${name}`,
  diskPath: `/ws/store/listings/${lang}/images/Screenshot/${name}`
});

/** What the Store cloned: two listings with images, one platform override. */
const cloned = {
  id: '1152921504621243540',
  listings: {
    'en-us': {
      baseListing: {
        title: 'Old title',
        description: 'Old description',
        releaseNotes: 'Old notes',
        keywords: ['old'],
        images: [
          {
            fileName: 'contoso.png',
            fileStatus: 'Uploaded',
            id: '1152921504672272757',
            description: 'Main page',
            imageType: 'Screenshot'
          },
          { fileName: 'logo.png', fileStatus: 'Uploaded', id: '1152921504672272758', imageType: 'StoreLogo9x16' }
        ]
      },
      platformOverrides: { Windows81: { description: 'Old 8.1' } }
    },
    'de-de': { baseListing: { title: 'Alter Titel', images: [] } }
  },
  applicationPackages: []
};

describe('listingsEdit for an app', () => {
  test('every text goes to its baseListing field; fields without a file keep what the Store cloned', () => {
    const folder = appFolder(
      language('en-US', {
        texts: {
          title: 'T',
          shortTitle: 'ST',
          description: 'D\n\nD2',
          shortDescription: 'SD',
          releaseNotes: 'RN',
          features: ['F1', 'F2'],
          keywords: ['k1'],
          copyright: '© C',
          licenseTerms: 'LT',
          developedBy: 'Dev',
          minimumHardware: ['4 GB'],
          recommendedHardware: ['8 GB', 'SSD']
        }
      })
    );
    const { merged, changed } = applyEdits(cloned, [listingsEdit(folder)]);
    expect(changed).toEqual(['listings']);
    expect((merged.listings as Record<string, unknown>)['en-us']).toEqual({
      baseListing: {
        title: 'T',
        shortTitle: 'ST',
        description: 'D\n\nD2',
        shortDescription: 'SD',
        releaseNotes: 'RN',
        features: ['F1', 'F2'],
        keywords: ['k1'],
        copyrightAndTrademarkInfo: '© C',
        licenseTerms: 'LT',
        devStudio: 'Dev',
        minimumHardware: ['4 GB'],
        recommendedHardware: ['8 GB', 'SSD'],
        images: cloned.listings['en-us'].baseListing.images
      },
      platformOverrides: { Windows81: { description: 'Old 8.1' } }
    });
    expect((merged.listings as Record<string, unknown>)['de-de']).toEqual(cloned.listings['de-de']);
    expect(merged.applicationPackages).toEqual([]);
  });

  test('matches existing keys case-insensitively; adds a missing language under its lower-cased name', () => {
    const edit = listingsEdit(
      appFolder(language('DE-de', { texts: { title: 'Neu' } }), language('fr-FR', { texts: { title: 'Nouveau' } }))
    );
    const current = { listings: { 'EN-us': {}, 'De-DE': { baseListing: { title: 'Alt' } } } };
    expect(edit.apply(current)).toEqual({
      listings: { 'De-DE': { baseListing: { title: 'Neu' } }, 'fr-fr': { baseListing: { title: 'Nouveau' } } }
    });
  });

  test('a submission with no listings at all gets the folder languages', () => {
    const edit = listingsEdit(
      appFolder(language('en-us', { texts: { description: 'D' }, images: [shot('en-us', '1.png')] }))
    );
    expect(edit.apply({})).toEqual({
      listings: {
        'en-us': {
          baseListing: {
            description: 'D',
            images: [
              { fileName: 'listings/en-us/Screenshot/1.png', fileStatus: 'PendingUpload', imageType: 'Screenshot' }
            ]
          }
        }
      }
    });
  });

  test('images/ replaces the images: the old ones PendingDelete with their id and fields, then the new in order', () => {
    const folder = appFolder(language('en-us', { images: [shot('en-us', '1.png'), shot('en-us', '2.png')] }));
    const { merged } = applyEdits(cloned, [listingsEdit(folder)]);
    const listing = (merged.listings as Record<string, { baseListing: Record<string, unknown> }>)['en-us'];
    expect(listing.baseListing.images).toEqual([
      {
        fileName: 'contoso.png',
        fileStatus: 'PendingDelete',
        id: '1152921504672272757',
        description: 'Main page',
        imageType: 'Screenshot'
      },
      { fileName: 'logo.png', fileStatus: 'PendingDelete', id: '1152921504672272758', imageType: 'StoreLogo9x16' },
      { fileName: 'listings/en-us/Screenshot/1.png', fileStatus: 'PendingUpload', imageType: 'Screenshot' },
      { fileName: 'listings/en-us/Screenshot/2.png', fileStatus: 'PendingUpload', imageType: 'Screenshot' }
    ]);
    expect(listing.baseListing.title).toBe('Old title');
  });

  test('an empty images/ deletes every image; no images/ leaves them alone', () => {
    const edit = listingsEdit(
      appFolder(language('en-us', { images: [] }), language('de-de', { texts: { title: 'x' } }))
    );
    const change = edit.apply(cloned) as { listings: Record<string, { baseListing: Record<string, unknown> }> };
    expect((change.listings['en-us'].baseListing.images as { fileStatus: string }[]).map((i) => i.fileStatus)).toEqual([
      'PendingDelete',
      'PendingDelete'
    ]);
    expect(change.listings['de-de'].baseListing).toEqual({ title: 'x' });
  });

  test('replacedImages: an image not on the Store yet is dropped, one already PendingDelete stays so, junk is skipped', () => {
    const current = [
      { fileName: 'a.png', fileStatus: 'PendingUpload', imageType: 'Screenshot' },
      { fileName: 'b.png', fileStatus: 'PendingDelete', id: '2', imageType: 'Screenshot' },
      'junk',
      null
    ];
    expect(replacedImages(current, [])).toEqual([
      { fileName: 'b.png', fileStatus: 'PendingDelete', id: '2', imageType: 'Screenshot' }
    ]);
    expect(replacedImages(undefined, [shot('en-us', 'x.png')])).toEqual([
      { fileName: 'listings/en-us/Screenshot/x.png', fileStatus: 'PendingUpload', imageType: 'Screenshot' }
    ]);
  });

  test('a folder with nothing to set changes nothing', () => {
    expect(listingsEdit(appFolder()).apply(cloned)).toEqual({});
    expect(listingsEdit(appFolder(language('fr-fr'))).apply(cloned)).toEqual({});
    expect(applyEdits(cloned, [listingsEdit(appFolder(language('fr-fr')))]).changed).toEqual([]);
  });

  test('the order of edits: release-notes, then the folder (its release-notes.txt wins for its language), then submission-json', () => {
    const releaseNotes: SubmissionEdit = {
      source: 'release-notes',
      apply: (current) => ({
        listings: Object.fromEntries(
          Object.keys(current.listings as object).map((lang) => [
            lang,
            { baseListing: { releaseNotes: 'From the input' } }
          ])
        )
      })
    };
    const folder = listingsEdit(
      appFolder(language('de-DE', { texts: { releaseNotes: 'Aus dem Ordner', title: 'Ordner' } }))
    );
    const json = fixedEdit('submission-json', { listings: { 'de-de': { baseListing: { title: 'JSON' } } } });
    const { merged } = applyEdits(cloned, [releaseNotes, folder, json]);
    const listings = merged.listings as Record<string, { baseListing: Record<string, unknown> }>;
    expect(listings['en-us'].baseListing.releaseNotes).toBe('From the input');
    expect(listings['de-de'].baseListing.releaseNotes).toBe('Aus dem Ordner');
    expect(listings['de-de'].baseListing.title).toBe('JSON');
  });

  test('apply is pure: the current submission is not changed', () => {
    const current = structuredClone(cloned);
    listingsEdit(appFolder(language('en-us', { images: [], texts: { title: 'x' } }))).apply(current);
    expect(current).toEqual(cloned);
  });
});

describe('listingsEdit for an add-on', () => {
  const folder: ListingsFolder = {
    path: 'store/addon',
    kind: 'add-on',
    languages: [
      language('en-US', {
        texts: { title: 'Gold', description: '100 coins' },
        icon: { zipPath: 'listings/en-us/icon.png', diskPath: '/ws/store/addon/en-US/icon.png' }
      }),
      language('ja-jp', { texts: { title: 'ゴールド' } })
    ]
  };

  test('sets title, description and the icon PendingUpload; other fields and languages stay', () => {
    const current = {
      contentType: 'BookDownload',
      listings: {
        'en-us': { title: 'Old', description: 'Old d', icon: { fileName: 'old.png', fileStatus: 'Uploaded' } },
        'fr-fr': { title: 'Or' }
      }
    };
    const { merged } = applyEdits(current, [listingsEdit(folder)]);
    expect(merged).toEqual({
      contentType: 'BookDownload',
      listings: {
        'en-us': {
          title: 'Gold',
          description: '100 coins',
          icon: { fileName: 'listings/en-us/icon.png', fileStatus: 'PendingUpload' }
        },
        'fr-fr': { title: 'Or' },
        'ja-jp': { title: 'ゴールド' }
      }
    });
  });

  test('one line for the log', () => {
    expect(describeListings(folder)).toBe('en-us (title.txt, description.txt, icon.png); ja-jp (title.txt)');
  });

  test('listingFiles holds the icon', () => {
    expect(listingFiles(folder)).toEqual([
      { zipPath: 'listings/en-us/icon.png', diskPath: '/ws/store/addon/en-US/icon.png' }
    ]);
  });
});

describe('listingFiles, listingTexts, describeListings', () => {
  const folder = appFolder(
    language('de-de', { texts: { releaseNotes: 'Neu' }, images: [shot('de-de', '1.png')] }),
    language('en-us', {
      texts: { description: 'D', features: ['a'] },
      images: [shot('en-us', '1.png'), shot('en-us', '2.png')]
    }),
    language('fr-fr')
  );

  test('the zip entries: every image, same file name in two languages at two paths', () => {
    expect(listingFiles(folder)).toEqual([
      { zipPath: 'listings/de-de/Screenshot/1.png', diskPath: '/ws/store/listings/de-de/images/Screenshot/1.png' },
      { zipPath: 'listings/en-us/Screenshot/1.png', diskPath: '/ws/store/listings/en-us/images/Screenshot/1.png' },
      { zipPath: 'listings/en-us/Screenshot/2.png', diskPath: '/ws/store/listings/en-us/images/Screenshot/2.png' }
    ]);
  });

  test('the plain per-language texts, copies that callers may change', () => {
    const texts = listingTexts(folder);
    expect(texts).toEqual({
      'de-de': { releaseNotes: 'Neu' },
      'en-us': { description: 'D', features: ['a'] },
      'fr-fr': {}
    });
    texts['en-us'].features?.push('b');
    expect(folder.languages[1].texts.features).toEqual(['a']);
  });

  test('one line for the log', () => {
    expect(describeListings(folder)).toBe(
      'de-de (release-notes.txt, images/: 1 file); en-us (description.txt, features.txt, images/: 2 files); fr-fr (nothing)'
    );
    expect(describeListings(appFolder())).toBe('no language folders');
  });
});
