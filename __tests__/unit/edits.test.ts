import { describe, expect, test } from '@jest/globals';
import { applyEdits, fixedEdit, type SubmissionEdit } from '../../src/edits.js';

describe('applyEdits', () => {
  test('applies edits in order, each seeing the result of the ones before, the last winning', () => {
    const base = { listings: { 'en-us': { baseListing: { title: 'A', releaseNotes: 'old' } } }, notes: 'x' };
    const seen: unknown[] = [];
    const notesEverywhere: SubmissionEdit = {
      source: 'release-notes',
      apply: (current) => {
        seen.push(structuredClone(current));
        const listings = current.listings as Record<string, unknown>;
        return {
          listings: Object.fromEntries(Object.keys(listings).map((l) => [l, { baseListing: { releaseNotes: 'new' } }]))
        };
      }
    };
    const json = fixedEdit('submission-json', { listings: { 'de-de': { baseListing: { title: 'B' } } }, notes: 'y' });
    const { merged, changed } = applyEdits(base, [notesEverywhere, json]);
    expect(merged).toEqual({
      listings: {
        'en-us': { baseListing: { title: 'A', releaseNotes: 'new' } },
        'de-de': { baseListing: { title: 'B' } }
      },
      notes: 'y'
    });
    expect(changed).toEqual(['listings', 'notes']);
    expect(seen).toEqual([base]);
    expect(base.listings['en-us'].baseListing.releaseNotes).toBe('old');
  });

  test('arrays are replaced whole', () => {
    const { merged } = applyEdits({ a: [1, 2, 3] }, [fixedEdit('x', { a: [4] })]);
    expect(merged).toEqual({ a: [4] });
  });
});
