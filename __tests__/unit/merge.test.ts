import { deepMerge, missingFromZip, pendingUploads, type JsonObject } from '../../src/merge.js';
import { normalizeZipPath } from '../../src/zip/path.js';

describe('deepMerge', () => {
  test('merges nested objects key by key and keeps keys only in the base', () => {
    const base = {
      a: 1,
      listings: { 'en-us': { baseListing: { title: 'Old', description: 'Keep' } }, 'de-de': { x: 1 } }
    };
    const override = { listings: { 'en-us': { baseListing: { title: 'New' } } }, b: 2 };
    expect(deepMerge(base, override)).toEqual({
      a: 1,
      b: 2,
      listings: { 'en-us': { baseListing: { title: 'New', description: 'Keep' } }, 'de-de': { x: 1 } }
    });
  });

  test('replaces arrays instead of merging them element by element', () => {
    const base = { applicationPackages: [{ fileName: 'a.msix' }, { fileName: 'b.msix' }] };
    const override = { applicationPackages: [{ fileName: 'c.msix' }] };
    expect(deepMerge(base, override).applicationPackages).toEqual([{ fileName: 'c.msix' }]);
  });

  test('replaces scalars, and null replaces an object', () => {
    const base: JsonObject = { visibility: 'Public', pricing: { priceId: 'Free' }, n: 1 };
    const merged = deepMerge(base, { visibility: 'Hidden', pricing: null, n: 0 });
    expect(merged).toEqual({ visibility: 'Hidden', pricing: null, n: 0 });
  });

  test('an object replaces a scalar or an array, and a scalar replaces an object', () => {
    const merged = deepMerge({ a: 'text', b: [1, 2], c: { d: 1 } }, { a: { x: 1 }, b: { y: 2 }, c: 5 });
    expect(merged).toEqual({ a: { x: 1 }, b: { y: 2 }, c: 5 });
  });

  test('modifies neither input', () => {
    const base = { a: { b: 1, list: [1, 2] }, keep: { deep: { v: true } } };
    const override = { a: { b: 2, c: { d: 3 } }, list: [9] };
    const baseCopy = structuredClone(base);
    const overrideCopy = structuredClone(override);
    deepMerge(base, override);
    expect(base).toEqual(baseCopy);
    expect(override).toEqual(overrideCopy);
  });

  test('the result does not share objects or arrays taken from the override', () => {
    const override = { a: { list: [1, 2] }, arr: [{ x: 1 }] };
    const merged = deepMerge({}, override) as { a: { list: number[] }; arr: { x: number }[] };
    merged.a.list.push(3);
    merged.arr[0].x = 99;
    expect(override).toEqual({ a: { list: [1, 2] }, arr: [{ x: 1 }] });
  });

  test('an empty override gives an equal copy', () => {
    const base = { a: { b: 1 } };
    const merged = deepMerge(base, {});
    expect(merged).toEqual(base);
    expect(merged).not.toBe(base);
  });
});

describe('pendingUploads', () => {
  const submission = {
    applicationPackages: [
      { fileName: 'Packages\\App_1.0.msixupload', fileStatus: 'PendingUpload' },
      { fileName: 'Packages/Old.msix', fileStatus: 'Uploaded', id: '123' },
      { fileName: 'Packages/Gone.msix', fileStatus: 'PendingDelete', id: '456' }
    ],
    listings: {
      'en-us': {
        baseListing: {
          title: 'App',
          images: [
            { fileName: 'img/kept.png', fileStatus: 'Uploaded', imageType: 'Screenshot' },
            { fileName: 'img/new.png', fileStatus: 'PendingUpload', imageType: 'Screenshot' }
          ]
        }
      },
      'de-de': { baseListing: { images: [{ fileName: 'img/de.png', fileStatus: 'PendingUpload' }] } }
    },
    trailers: [
      {
        fileName: 'Trailers/trailer.mp4',
        fileStatus: 'PendingUpload',
        trailerAssets: {
          'en-us': { title: 'T', imageList: [{ fileName: 'Trailers/thumb.png', fileStatus: 'PendingUpload' }] }
        }
      }
    ]
  };

  test('finds packages, listing images, trailers and nested trailer images, with where they are', () => {
    expect(pendingUploads(submission)).toEqual([
      { fileName: 'Packages\\App_1.0.msixupload', where: 'applicationPackages[0]' },
      { fileName: 'img/new.png', where: 'listings.en-us.baseListing.images[1]' },
      { fileName: 'img/de.png', where: 'listings.de-de.baseListing.images[0]' },
      { fileName: 'Trailers/trailer.mp4', where: 'trailers[0]' },
      { fileName: 'Trailers/thumb.png', where: 'trailers[0].trailerAssets.en-us.imageList[0]' }
    ]);
  });

  test('ignores Uploaded, PendingDelete and entries without a status', () => {
    const names = pendingUploads({
      applicationPackages: [
        { fileName: 'a', fileStatus: 'Uploaded' },
        { fileName: 'b', fileStatus: 'PendingDelete' },
        { fileName: 'c', fileStatus: 'None' },
        { fileName: 'd' }
      ]
    }).map((f) => f.fileName);
    expect(names).toEqual([]);
  });

  test('finds flightPackages', () => {
    expect(pendingUploads({ flightPackages: [{ fileName: 'f.msixupload', fileStatus: 'PendingUpload' }] })).toEqual([
      { fileName: 'f.msixupload', where: 'flightPackages[0]' }
    ]);
  });

  test('finds add-on listing icons', () => {
    const addOn = {
      contentType: 'EmailOrMessage',
      listings: {
        'en-us': { title: 'Gems', description: 'd', icon: { fileName: 'icons/gems.png', fileStatus: 'PendingUpload' } },
        'fr-fr': { title: 'Gemmes', icon: { fileName: 'icons/old.png', fileStatus: 'Uploaded' } }
      }
    };
    expect(pendingUploads(addOn)).toEqual([{ fileName: 'icons/gems.png', where: 'listings.en-us.icon' }]);
  });

  test('compares the status case-insensitively', () => {
    const found = pendingUploads({
      applicationPackages: [
        { fileName: 'a', fileStatus: 'pendingupload' },
        { fileName: 'b', fileStatus: 'PENDINGUPLOAD' },
        { fileName: 'c', fileStatus: 'PendingUploaded' }
      ]
    });
    expect(found.map((f) => f.fileName)).toEqual(['a', 'b']);
  });

  test('ignores a non-string fileName or fileStatus', () => {
    expect(
      pendingUploads({ x: { fileName: 5, fileStatus: 'PendingUpload' }, y: { fileName: 'a', fileStatus: true } })
    ).toEqual([]);
  });

  test('names a top-level entry and items of a top-level array', () => {
    expect(pendingUploads({ fileName: 'top.png', fileStatus: 'PendingUpload' })).toEqual([
      { fileName: 'top.png', where: '(top level)' }
    ]);
    expect(pendingUploads([{}, { fileName: 'x', fileStatus: 'PendingUpload' }])).toEqual([
      { fileName: 'x', where: '[1]' }
    ]);
  });

  test('finds nothing in scalars, null and empty structures', () => {
    expect(pendingUploads(null)).toEqual([]);
    expect(pendingUploads('PendingUpload')).toEqual([]);
    expect(pendingUploads({})).toEqual([]);
    expect(pendingUploads([])).toEqual([]);
  });
});

describe('normalizeZipPath', () => {
  test.each([
    ['Packages\\App.msix', 'packages/app.msix'],
    ['Packages/App.msix', 'packages/app.msix'],
    ['./Packages/App.msix', 'packages/app.msix'],
    ['././a.png', 'a.png'],
    ['.\\Images\\A.PNG', 'images/a.png'],
    ['/abs/File.png', 'abs/file.png'],
    ['a\\b/c\\D.png', 'a/b/c/d.png']
  ])('%s → %s', (input, expected) => {
    expect(normalizeZipPath(input)).toBe(expected);
  });

  test('keeps inner ./ and ../ segments and dots in names', () => {
    expect(normalizeZipPath('a/./b')).toBe('a/./b');
    expect(normalizeZipPath('..\\x.png')).toBe('../x.png');
    expect(normalizeZipPath('.hidden/App.msix')).toBe('.hidden/app.msix');
  });
});

describe('missingFromZip', () => {
  const pending = [
    { fileName: 'Packages\\App_1.0.msixupload', where: 'applicationPackages[0]' },
    { fileName: './Images/Shot1.PNG', where: 'listings.en-us.baseListing.images[0]' },
    { fileName: 'icon.png', where: 'listings.en-us.icon' }
  ];

  test('treats \\ and /, case, and a leading ./ alike', () => {
    expect(missingFromZip(pending, ['packages/app_1.0.msixupload', 'images/shot1.png', 'ICON.PNG'])).toEqual([]);
    expect(
      missingFromZip(pending, ['Packages/', 'Packages\\APP_1.0.MSIXUPLOAD', './images/Shot1.png', './icon.png'])
    ).toEqual([]);
  });

  test('returns exactly the files the zip lacks, in order', () => {
    expect(missingFromZip(pending, ['images/shot1.png'])).toEqual([pending[0], pending[2]]);
  });

  test('a file in another folder of the zip does not count', () => {
    expect(missingFromZip([{ fileName: 'icon.png', where: 'w' }], ['sub/icon.png'])).toEqual([
      { fileName: 'icon.png', where: 'w' }
    ]);
  });

  test('nothing pending means nothing missing, even from an empty zip', () => {
    expect(missingFromZip([], [])).toEqual([]);
  });
});
