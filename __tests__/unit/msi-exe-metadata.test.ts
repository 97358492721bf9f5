import { describe, expect, test } from '@jest/globals';
import { fixedEdit } from '../../src/edits.js';
import { ActionError } from '../../src/errors.js';
import { checkMetadataChanges } from '../../src/msi-exe/metadata-check.js';
import { alignToDraft, describeUpdate, keyedDraft, metadataUpdates, planMetadata } from '../../src/msi-exe/metadata.js';
import type { MetadataDraft } from '../../src/msi-exe/types.js';

function draft(): MetadataDraft {
  return {
    listings: [
      {
        language: 'en-us',
        description: 'Notes, fast.',
        whatsNew: 'First release.',
        productFeatures: ['Fast', 'Simple'],
        searchTerms: ['notes'],
        copyright: '© Contoso',
        developedBy: 'Contoso',
        requirements: [{ minimumHardware: '2 GB' }],
        contactInfo: 'support@contoso.com',
        extraFieldTheServiceAdded: 'kept'
      },
      { language: 'de-de', description: 'Notizen.', copyright: '© Contoso DE' }
    ],
    properties: {
      category: 'Productivity',
      certificationNotes: 'None.',
      productDeclarations: { dependsOnDriversOrNT: false, accessibilitySupport: true, penAndInkSupport: false },
      isSystemFeatureRequired: [{ hardwareItemType: 'Touch', isRequired: false, isRecommended: false }]
    },
    availability: {
      markets: ['US'],
      discoverability: 'DISCOVERABLE',
      enableInFutureMarkets: true,
      pricing: 'FREE',
      freeTrial: 'NO_FREE_TRIAL'
    }
  };
}

const SOURCE = "'submission-json'";

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as ActionError).oneLine();
  }
  throw new Error('no error');
}

describe('planning metadata updates', () => {
  test('a changed field is sent in its WHOLE listing; other languages and modules are not sent', () => {
    const updates = planMetadata(draft(), [
      fixedEdit('submission-json', { listings: { 'EN-US': { whatsNew: 'Sync.' } } })
    ]);
    expect(updates.flatMap(describeUpdate)).toEqual(['listings.en-us']);
    expect(updates).toEqual([{ listings: { ...draft().listings[0], whatsNew: 'Sync.' } }]);
  });

  test('properties and availability go whole, nested objects merged key by key, arrays replaced', () => {
    const updates = planMetadata(draft(), [
      fixedEdit('submission-json', {
        properties: { productDeclarations: { penAndInkSupport: true } },
        availability: { markets: ['US', 'DE'] }
      })
    ]);
    const expected = draft();
    expect(updates).toEqual([
      {
        properties: {
          ...expected.properties,
          productDeclarations: { dependsOnDriversOrNT: false, accessibilitySupport: true, penAndInkSupport: true }
        },
        availability: { ...expected.availability, markets: ['US', 'DE'] }
      }
    ]);
    expect(updates.flatMap(describeUpdate)).toEqual(['properties', 'availability']);
  });

  test('one listing language per request; the modules ride with the first', () => {
    const updates = planMetadata(draft(), [
      fixedEdit('listings-folder', { listings: { 'en-us': { description: 'A' }, 'de-de': { description: 'B' } } }),
      fixedEdit('submission-json', {
        listings: { 'de-de': { description: 'C' } },
        properties: { certificationNotes: 'N' }
      })
    ]);
    expect(updates.map((u) => Object.keys(u).sort())).toEqual([['listings', 'properties'], ['listings']]);
    expect(updates[0].listings).toMatchObject({ language: 'en-us', description: 'A', copyright: '© Contoso' });
    expect(updates[1].listings).toEqual({ language: 'de-de', description: 'C', copyright: '© Contoso DE' });
  });

  test('nothing to change (or the same values): no request', () => {
    expect(planMetadata(draft(), [])).toEqual([]);
    expect(
      planMetadata(draft(), [fixedEdit('submission-json', { listings: { 'en-us': { copyright: '© Contoso' } } })])
    ).toEqual([]);
    expect(metadataUpdates(draft(), keyedDraft(draft()))).toEqual([]);
  });

  test('a language the draft lacks is refused, naming the source and the languages it has', () => {
    expect(
      thrown(() => planMetadata(draft(), [fixedEdit(SOURCE, { listings: { 'fr-fr': { description: 'x' } } })]))
    ).toMatch(
      /^'submission-json' sets the listing of 'fr-fr', a language the product's draft does not have \(it has en-us, de-de\)\. Add the language/
    );
  });

  test('a field that is neither documented nor in the draft is refused; an MSIX name gets a hint', () => {
    expect(thrown(() => alignToDraft({ listings: { 'en-us': { releaseNotes: 'x' } } }, draft(), SOURCE))).toMatch(
      /sets listings.en-us.releaseNotes, .* This API calls it 'whatsNew'\./
    );
    expect(thrown(() => alignToDraft({ properties: { categroy: 'x' } }, draft(), SOURCE))).toMatch(
      /properties.categroy/
    );
    expect(alignToDraft({ listings: { 'en-us': { extraFieldTheServiceAdded: 'y' } } }, draft(), SOURCE)).toEqual({
      listings: { 'en-us': { extraFieldTheServiceAdded: 'y', language: 'en-us' } }
    });
  });
});

describe('checking metadata changes before any request', () => {
  test('good changes pass', () => {
    expect(() =>
      checkMetadataChanges(
        {
          listings: {
            'en-us': {
              whatsNew: 'x',
              productFeatures: ['a'],
              searchTerms: ['b'],
              requirements: [{ minimumHardware: '2 GB RAM', recommendedHardware: '8 GB RAM' }]
            },
            'zh-hans-cn': { description: 'y' }
          },
          properties: {
            certificationNotes: 'n',
            website: 'https://contoso.com',
            subcategory: 'Database',
            systemRequirementDetails: [
              { hardwareItemType: 'Memory', minimumRequirement: '4GB', recommendedRequirement: '8GB' },
              { hardwareItemType: 'Processor', minimumRequirement: 'Any 64-bit CPU', recommendedRequirement: '' }
            ],
            isSystemFeatureRequired: [{ hardwareItemType: 'Touch', isRequired: false, isRecommended: true }]
          },
          availability: { pricing: 'PAID', freeTrial: 'FREE_TRIAL', markets: ['us', 'DE'] }
        },
        SOURCE
      )
    ).not.toThrow();
  });

  test.each([
    [
      { applicationPackages: [] },
      /'applicationPackages' is not a module of an MSI\/EXE product\. Its modules are listings, properties, availability; the installers go in the 'installers' input/
    ],
    [{ listings: [] }, /'listings' must be an object/],
    [{ listings: { English: {} } }, /listings has the key "English", which is not a language code/],
    [{ listings: { 'en-us': 'x' } }, /listings.en-us must be an object/],
    [
      { listings: { 'en-us': { description: 'x'.repeat(10001) } } },
      /listings.en-us.description has 10001 characters; the Store takes at most 10000/
    ],
    [
      { listings: { 'en-us': { whatsNew: 'x'.repeat(1501) } } },
      /whatsNew has 1501 characters; the Store takes at most 1500/
    ],
    [
      { listings: { 'en-us': { productFeatures: Array(21).fill('f') } } },
      /productFeatures has 21 entries; the Store takes at most 20/
    ],
    [{ listings: { 'en-us': { productFeatures: ['x'.repeat(201)] } } }, /longer than 200 characters/],
    [
      { listings: { 'en-us': { searchTerms: Array(8).fill('t') } } },
      /searchTerms has 8 entries; the Store takes at most 7/
    ],
    [{ listings: { 'en-us': { searchTerms: 'one' } } }, /searchTerms must be an array of strings/],
    [{ listings: { 'en-us': { whatsNew: 3 } } }, /whatsNew must be a string/],
    [
      { properties: { certificationNotes: 'x'.repeat(2001) } },
      /certificationNotes must be a string of at most 2000 characters, got 2001 characters/
    ],
    [
      { availability: { pricing: 'Free' } },
      /availability.pricing must be one of FREE, FREEMIUM, SUBSCRIPTION, PAID, got "Free"/
    ],
    [{ availability: { markets: 'US' } }, /availability.markets must be an array of two-letter market codes/],
    [{ availability: { enableInFutureMarkets: 'yes' } }, /enableInFutureMarkets must be true or false/],
    // msstore-cli's model names against the documented ones (docs/oracles.md, point 10).
    [{ properties: { WebSite: 'https://contoso.com' } }, /properties.WebSite is spelled 'website'/],
    [{ properties: { SubCategory: 'Database' } }, /properties.SubCategory is spelled 'subcategory'/],
    [
      { listings: { 'en-us': { requirements: [{ hardwareItemType: 'Memory', minimumRequirement: '4GB' }] } } },
      /requirements\[0\] has 'hardwareItemType', not one of minimumHardware, recommendedHardware\. A listing's requirements are free texts/
    ],
    [
      { listings: { 'en-us': { requirements: [{ MinimumHardware: 'x' }] } } },
      /requirements\[0\] has 'MinimumHardware', which the API documents as 'minimumHardware'/
    ],
    [
      { listings: { 'en-us': { requirements: Array(6).fill({ minimumHardware: 'a', recommendedHardware: 'b' }) } } },
      /requirements has 12 texts; the Store takes at most 11/
    ],
    [
      { properties: { systemRequirementDetails: [{ minimumHardware: '4GB' }] } },
      /systemRequirementDetails\[0\] has 'minimumHardware', .*free texts \(minimumHardware, recommendedHardware\) go in a listing's requirements/
    ],
    [
      { properties: { systemRequirementDetails: [{ hardwareItemType: 'Memory', minimumRequirement: '3GB' }] } },
      /minimumRequirement for Memory must be one of 300MB, .*got "3GB"/
    ],
    [
      { properties: { systemRequirementDetails: [{ hardwareItemType: 'RAM', minimumRequirement: '4GB' }] } },
      /hardwareItemType must be one of Processor, Graphics, Memory, DirectX, Video_Memory, got "RAM"/
    ],
    [
      { properties: { isSystemFeatureRequired: [{ hardwareItemType: 'Pen', isRequired: true }] } },
      /isSystemFeatureRequired\[0\].hardwareItemType must be one of Touch, /
    ]
  ])('%j is refused', (changes, message) => {
    expect(thrown(() => checkMetadataChanges(changes, SOURCE))).toMatch(message);
  });
});
