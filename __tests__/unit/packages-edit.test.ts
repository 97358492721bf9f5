import { applyEdits, fixedEdit } from '../../src/edits.js';
import { ActionError } from '../../src/errors.js';
import { packagesEdit } from '../../src/packages/edit.js';
import { keepExisting, newPackageEntry } from '../../src/packages/keep.js';
import { releaseNotesEdit } from '../../src/release-notes.js';
import { info } from './package-helpers.js';

const desktop = ['Windows.Desktop min version 10.0.17763.0'];
const existing = [
  {
    id: 'a',
    fileName: 'A_1.0.msix',
    version: '1.0.0.0',
    architecture: 'X64',
    targetDeviceFamilies: desktop,
    fileStatus: 'Uploaded'
  },
  {
    id: 'b',
    fileName: 'A_1.2.msix',
    version: '1.2.0.0',
    architecture: 'X64',
    targetDeviceFamilies: desktop,
    fileStatus: 'Uploaded'
  },
  {
    id: 'c',
    fileName: 'A_1.1.msix',
    version: '1.1.0.0',
    architecture: 'X64',
    targetDeviceFamilies: desktop,
    fileStatus: 'Uploaded'
  },
  {
    id: 'd',
    fileName: 'A_0.9_x86.msix',
    version: '0.9.0.0',
    architecture: 'x86',
    targetDeviceFamilies: desktop,
    fileStatus: 'Uploaded'
  },
  {
    id: 'e',
    fileName: 'A_0.8_xbox.msix',
    version: '0.8.0.0',
    architecture: 'X64',
    targetDeviceFamilies: ['Windows.Xbox min version 10.0.0.0'],
    fileStatus: 'Uploaded'
  },
  {
    id: 'f',
    fileName: 'A_0.1.msix',
    version: '0.1.0.0',
    architecture: 'X64',
    targetDeviceFamilies: desktop,
    fileStatus: 'PendingDelete'
  }
];
const statuses = (entries: Record<string, unknown>[]): string[] => entries.map((e) => `${e.id}:${e.fileStatus}`);

describe('keepExisting', () => {
  test('0: every package becomes PendingDelete, keeping its id and other fields', () => {
    const kept = keepExisting(existing, 0);
    expect(kept.every((e) => e.fileStatus === 'PendingDelete')).toBe(true);
    expect(kept[0]).toEqual({ ...existing[0], fileStatus: 'PendingDelete' });
    expect(existing[0].fileStatus).toBe('Uploaded');
  });

  test('all: none changes', () => {
    expect(keepExisting(existing, 'all')).toEqual(existing);
  });

  test('N: the N newest of each architecture and device family stay', () => {
    expect(statuses(keepExisting(existing, 1))).toEqual([
      'a:PendingDelete',
      'b:Uploaded',
      'c:PendingDelete',
      'd:Uploaded',
      'e:Uploaded',
      'f:PendingDelete'
    ]);
    expect(statuses(keepExisting(existing, 2))).toEqual([
      'a:PendingDelete',
      'b:Uploaded',
      'c:Uploaded',
      'd:Uploaded',
      'e:Uploaded',
      'f:PendingDelete'
    ]);
  });
});

describe('packagesEdit', () => {
  const app = {
    id: '9NBLGGH4R315',
    packageFamilyName: 'FakePublisher.App_8wekyb3d8bbwe',
    packageIdentityName: 'FakePublisher.App'
  };
  const published = { applicationPackages: existing };

  test('apply: the existing entries per keep-packages, then the new ones', () => {
    const edit = packagesEdit({
      packages: [info('FakePublisher.App', '2.0.0.0')],
      field: 'applicationPackages',
      keep: 1
    });
    const { merged, changed } = applyEdits({ applicationPackages: existing, listings: {} }, [edit]);
    expect(changed).toEqual(['applicationPackages']);
    const list = merged.applicationPackages as Record<string, unknown>[];
    expect(list).toHaveLength(7);
    expect(list[6]).toEqual(newPackageEntry('FakePublisher.App_2.0.0.0.msixupload'));
    expect(list[6]).toEqual({
      fileName: 'FakePublisher.App_2.0.0.0.msixupload',
      fileStatus: 'PendingUpload',
      minimumDirectXVersion: 'None',
      minimumSystemRam: 'None'
    });
    expect(list[1]).toMatchObject({ id: 'b', fileStatus: 'Uploaded' });
  });

  test('apply uses the field it is given (flights)', () => {
    const edit = packagesEdit({ packages: [info('X', '1.0.0.0')], field: 'flightPackages', keep: 0 });
    expect(edit.apply({ flightPackages: [{ id: 'z', fileStatus: 'Uploaded' }] })).toEqual({
      flightPackages: [{ id: 'z', fileStatus: 'PendingDelete' }, newPackageEntry('X_1.0.0.0.msixupload')]
    });
  });

  test('submission-json after it wins', () => {
    const edit = packagesEdit({ packages: [info('X', '1.0.0.0')], field: 'applicationPackages', keep: 0 });
    const json = fixedEdit('submission-json', { applicationPackages: [] });
    expect(applyEdits({}, [edit, json]).merged).toEqual({ applicationPackages: [] });
  });

  test('check passes a matching, newer package and says what it checked', () => {
    const edit = packagesEdit({
      packages: [info('FakePublisher.App', '2.0.0.0')],
      field: 'applicationPackages',
      keep: 0
    });
    edit.check!({ parent: app, published });
    expect(edit.checked).toHaveLength(1);
    expect(edit.checked[0]).toMatch(/family name matches the app 9NBLGGH4R315; version above the 6 published/);
  });

  test('check fails on the identity, then on the version', () => {
    const wrong = packagesEdit({ packages: [info('Contoso.App', '2.0.0.0')], field: 'applicationPackages', keep: 0 });
    expect(() => wrong.check!({ parent: app, published })).toThrow(
      /expects family name FakePublisher\.App_8wekyb3d8bbwe/
    );
    const old = packagesEdit({
      packages: [info('FakePublisher.App', '1.2.0.0')],
      field: 'applicationPackages',
      keep: 0
    });
    expect(() => old.check!({ parent: app, published })).toThrow(ActionError);
  });

  test("a flight's packages are checked against the app it belongs to", () => {
    const edit = packagesEdit({ packages: [info('Contoso.App', '2.0.0.0')], field: 'flightPackages', keep: 0 });
    const flight = { flightId: 'f1', friendlyName: 'Beta' };
    expect(() => edit.check!({ parent: flight, published: { flightPackages: [] }, application: app })).toThrow(
      /app 9NBLGGH4R315 expects/
    );
    edit.check!({ parent: flight, published: { flightPackages: [] } });
    expect(edit.checked[0]).toMatch(/names no family name to compare with/);
  });
});

describe('releaseNotesEdit', () => {
  const submission = {
    listings: {
      'en-us': { baseListing: { title: 'App', releaseNotes: 'old' } },
      'de-de': { baseListing: { title: 'App DE' }, platformOverrides: {} }
    }
  };

  test('sets releaseNotes in the base listing of every language', () => {
    const { merged } = applyEdits(submission, [releaseNotesEdit('Fixed: crash on start')]);
    expect(merged).toEqual({
      listings: {
        'en-us': { baseListing: { title: 'App', releaseNotes: 'Fixed: crash on start' } },
        'de-de': { baseListing: { title: 'App DE', releaseNotes: 'Fixed: crash on start' }, platformOverrides: {} }
      }
    });
  });

  test('check fails when the published submission has no listing', () => {
    expect(() => releaseNotesEdit('x').check!({ parent: {}, published: { listings: {} } })).toThrow(/no listing/);
    expect(() => releaseNotesEdit('x').check!({ parent: {}, published: submission })).not.toThrow();
  });
});
