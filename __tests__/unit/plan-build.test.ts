/** The plan of a change: what differs between the submission a run starts from and the one it sends. */
import { describe, expect, test } from '@jest/globals';
import { buildPlan, fieldChanges, MSIX_PACKAGES } from '../../src/plan/build.js';
import { msiExePlan, msiExePlanUnread } from '../../src/plan/msi-exe.js';
import { isEmptyPlan } from '../../src/plan/types.js';
import { lineDiff, longLines, shortValue } from '../../src/plan/text.js';
import { fixedEdit } from '../../src/edits.js';

const clone = () => ({
  id: '1152921504606846976',
  status: 'PendingCommit',
  fileUploadUrl: 'https://blob/x?sig=secret',
  pricing: { trialPeriod: 'NoFreeTrial', priceId: 'Free' },
  visibility: 'Public',
  targetPublishMode: 'Immediate',
  listings: {
    'en-us': {
      baseListing: {
        title: 'Contoso Notes',
        description: 'Line one\nLine two\nLine three',
        keywords: ['notes'],
        images: [
          { id: '10', fileName: 'img/shot1.png', fileStatus: 'Uploaded', imageType: 'Screenshot' },
          { id: '11', fileName: 'img/shot2.png', fileStatus: 'Uploaded', imageType: 'Screenshot' }
        ]
      },
      platformOverrides: {}
    },
    'fr-fr': { baseListing: { title: 'Notes Contoso' }, platformOverrides: {} }
  },
  applicationPackages: [
    { id: '1', fileName: 'old_x64.msix', fileStatus: 'Uploaded', version: '1.0.0.0', architecture: 'X64' },
    { id: '2', fileName: 'old_arm64.msix', fileStatus: 'Uploaded', version: '1.0.0.0', architecture: 'Arm64' }
  ]
});

describe('buildPlan (MSIX)', () => {
  test('the same submission: no change, and the Store-set fields never count', () => {
    const before = clone();
    const after = { ...clone(), id: 'other', status: 'CommitStarted', fileUploadUrl: 'https://other' };
    const plan = buildPlan(before, after, 'the clone', MSIX_PACKAGES);
    expect(isEmptyPlan(plan)).toBe(true);
    expect(plan.against).toBe('the clone');
  });

  test('listing fields per language, images added and removed, languages added, packages added/removed/kept, other fields', () => {
    const after = clone() as ReturnType<typeof clone> & { listings: Record<string, unknown> };
    const en = after.listings['en-us'].baseListing;
    en.title = 'Contoso Notes 2';
    en.description = 'Line one\nLine 2\nLine three\nLine four';
    en.images = [
      { ...en.images[0] },
      { ...en.images[1], fileStatus: 'PendingDelete' },
      { fileName: 'img/new.png', fileStatus: 'PendingUpload', imageType: 'Screenshot' } as never
    ];
    after.listings['de-de'] = { baseListing: { title: 'Contoso Notizen' } };
    after.applicationPackages = [
      { ...after.applicationPackages[0], fileStatus: 'PendingDelete' },
      after.applicationPackages[1],
      { fileName: 'new_x64.msix', fileStatus: 'PendingUpload' } as never
    ];
    after.pricing.priceId = 'Tier2';
    (after as Record<string, unknown>).packageDeliveryOptions = {
      packageRollout: { isPackageRollout: true, packageRolloutPercentage: 10 }
    };
    const plan = buildPlan(clone(), after, 'the clone', MSIX_PACKAGES);
    expect(plan.listings).toEqual([
      {
        language: 'en-us',
        state: 'changed',
        fields: [
          { path: 'baseListing.title', before: 'Contoso Notes', after: 'Contoso Notes 2' },
          {
            path: 'baseListing.description',
            before: 'Line one\nLine two\nLine three',
            after: 'Line one\nLine 2\nLine three\nLine four'
          }
        ],
        imagesAdded: [{ type: 'Screenshot', fileName: 'img/new.png' }],
        imagesRemoved: [{ type: 'Screenshot', fileName: 'img/shot2.png' }]
      },
      {
        language: 'de-de',
        state: 'added',
        fields: [{ path: 'baseListing.title', before: undefined, after: 'Contoso Notizen' }],
        imagesAdded: [],
        imagesRemoved: []
      }
    ]);
    expect(plan.packages).toEqual({
      field: 'applicationPackages',
      added: [{ name: 'new_x64.msix', details: [] }],
      removed: [{ name: 'old_x64.msix', details: ['1.0.0.0', 'X64'] }],
      kept: [{ name: 'old_arm64.msix', details: ['1.0.0.0', 'Arm64'] }]
    });
    expect(plan.fields).toEqual([
      { path: 'pricing.priceId', before: 'Free', after: 'Tier2' },
      { path: 'packageDeliveryOptions.packageRollout.isPackageRollout', before: undefined, after: true },
      { path: 'packageDeliveryOptions.packageRollout.packageRolloutPercentage', before: undefined, after: 10 }
    ]);
  });

  test('a language that goes away is "removed"; an array elsewhere changes whole, by its path', () => {
    const after = clone() as Record<string, unknown> & ReturnType<typeof clone>;
    delete (after.listings as Record<string, unknown>)['fr-fr'];
    after.listings['en-us'].baseListing.keywords = ['notes', 'todo'];
    const plan = buildPlan(clone(), after, 'x', MSIX_PACKAGES);
    expect(plan.listings.map((l) => [l.language, l.state, l.fields])).toEqual([
      ['en-us', 'changed', [{ path: 'baseListing.keywords', before: ['notes'], after: ['notes', 'todo'] }]],
      ['fr-fr', 'removed', []]
    ]);
    expect(plan.packages).toBeUndefined();
  });

  test('fieldChanges: a field that appears or disappears says so (undefined on that side)', () => {
    expect(fieldChanges({ a: 1, b: { c: 2 } }, { b: { c: 2, d: null } })).toEqual([
      { path: 'a', before: 1, after: undefined },
      { path: 'b.d', before: undefined, after: null }
    ]);
  });
});

describe('texts', () => {
  test('long: more than one line or over 80 characters; lists of texts as their items', () => {
    expect(longLines('short')).toBeUndefined();
    expect(longLines('a\r\nb\rc')).toEqual(['a', 'b', 'c']);
    expect(longLines('x'.repeat(81))).toEqual(['x'.repeat(81)]);
    expect(longLines(Array.from({ length: 20 }, (_, i) => `keyword ${i}`))).toHaveLength(20);
    expect(longLines(['a', 'b'])).toBeUndefined();
  });

  test('shortValue: JSON on one line (newlines escaped), absent as (none), cut with …', () => {
    expect(shortValue(undefined)).toBe('(none)');
    expect(shortValue('a\nb')).toBe('"a\\nb"');
    expect(shortValue({ a: 'x'.repeat(200) })).toHaveLength(120);
  });

  test('lineDiff: aligned on what stays, capped with the count of what is left out', () => {
    expect(lineDiff(['a', 'b', 'c'], ['a', 'B', 'c', 'd'])).toEqual({
      removed: 1,
      added: 2,
      lines: ['- b', '+ B', '+ d'],
      more: 0
    });
    const long = lineDiff(
      [],
      Array.from({ length: 20 }, (_, i) => `line ${i}`)
    );
    expect(long).toMatchObject({ removed: 0, added: 20, more: 12 });
    expect(long.lines).toHaveLength(8);
  });
});

describe('MSI/EXE', () => {
  const installer = (url: string, architectures = ['X64']) => ({
    packageUrl: url,
    languages: ['en-us'],
    architectures: architectures as never,
    isSilentInstall: true,
    packageType: 'msi' as const
  });

  test('the draft as read against the draft the updates leave: listing fields, properties, installers', () => {
    const draft = {
      listings: [{ language: 'en-us', whatsNew: 'Old', description: 'Notes.' }],
      properties: { website: 'https://a.example' },
      availability: {}
    };
    const plan = msiExePlan({
      draft,
      updates: [
        { listings: { language: 'en-us', whatsNew: 'New', description: 'Notes.' } },
        { properties: { website: 'https://b.example' } }
      ],
      packages: [{ ...installer('https://x/a.msi'), packageId: '1' }, installer('https://x/b.msi')],
      installers: [installer('https://x/b.msi'), installer('https://x/c.msi', ['X86', 'Arm64'])]
    });
    expect(plan.listings).toEqual([
      {
        language: 'en-us',
        state: 'changed',
        fields: [{ path: 'whatsNew', before: 'Old', after: 'New' }],
        imagesAdded: [],
        imagesRemoved: []
      }
    ]);
    expect(plan.fields).toEqual([
      { path: 'properties.website', before: 'https://a.example', after: 'https://b.example' }
    ]);
    expect(plan.packages).toEqual({
      field: 'packages',
      added: [{ name: 'https://x/c.msi', details: ['languages en-us', 'architectures X86, Arm64', 'silent'] }],
      removed: [{ name: 'https://x/a.msi', details: ['languages en-us', 'architectures X64', 'silent'] }],
      kept: [{ name: 'https://x/b.msi', details: ['languages en-us', 'architectures X64', 'silent'] }]
    });
  });

  test('unread draft: the changes against an empty draft', () => {
    const plan = msiExePlanUnread(
      [fixedEdit('submission-json', { listings: { 'en-us': { whatsNew: 'New' } } })],
      [installer('https://x/a.msi')]
    );
    expect(plan.against).toMatch(/empty draft \(the Store was not read\)/);
    expect(plan.listings[0]).toMatchObject({ language: 'en-us', state: 'added' });
    expect(plan.packages?.added).toHaveLength(1);
  });
});
