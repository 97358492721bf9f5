/** A plan told in the log and in the job summary; hostile texts cannot break the summary's Markdown or HTML. */
import { describe, expect, test } from '@jest/globals';
import { htmlText, planLines, planMarkdown } from '../../src/plan/render.js';
import type { Plan } from '../../src/plan/types.js';
import { safeLog } from '../../src/log-safe.js';
import { markdownProblems } from './markdown-check.js';

const HOSTILE = 'a | b `code` <script>alert(1)</script> </details> **bold**';

const plan: Plan = {
  against: 'the clone',
  listings: [
    {
      language: 'en-us',
      state: 'changed',
      fields: [
        { path: 'baseListing.title', before: 'Old', after: HOSTILE },
        {
          path: 'baseListing.releaseNotes',
          before: 'Fixed bugs.',
          after: `::add-mask::secret-ish\n</details>\n| x | y |\n# heading\n${HOSTILE}`
        }
      ],
      imagesAdded: [{ type: 'Screenshot', fileName: 'img/<b>|new.png' }],
      imagesRemoved: []
    }
  ],
  packages: {
    field: 'applicationPackages',
    added: [{ name: 'new|`x`.msix', details: ['1.2.0.0', 'X64'] }],
    removed: [],
    kept: Array.from({ length: 7 }, (_, i) => ({ name: `kept${i}.msix`, details: [] }))
  },
  fields: [{ path: 'pricing.priceId', before: 'Free', after: 'Tier2' }]
};

describe('planLines', () => {
  test('each change on its line: old → new, long texts as a short diff, packages +/-/=', () => {
    const lines = planLines(plan);
    expect(lines[0]).toBe('Plan (against the clone):');
    expect(lines).toContain('  Listing en-us: changed');
    expect(lines).toContain(`    baseListing.title: "Old" → ${JSON.stringify(HOSTILE)}`);
    expect(lines).toContain('    baseListing.releaseNotes: 1 line(s) removed, 5 added');
    expect(lines).toContain('        - Fixed bugs.');
    expect(lines).toContain('        + ::add-mask::secret-ish');
    expect(lines).toContain('    images added: Screenshot img/<b>|new.png');
    expect(lines).toContain('  applicationPackages: 1 added, 0 removed, 7 kept');
    expect(lines).toContain('    + new|`x`.msix (1.2.0.0; X64)');
    expect(lines).toContain('  pricing.priceId: "Free" → "Tier2"');
    // Through the run's log, no line can be read as a workflow command.
    for (const line of safeLog(lines.join('\n')).split('\n')) expect(line.trimStart()).not.toMatch(/^::/);
  });

  test('no change says so, and against what', () => {
    expect(planLines({ against: 'the draft', listings: [], fields: [] })).toEqual([
      'Plan: no change (against the draft).'
    ]);
  });
});

describe('planMarkdown', () => {
  const markdown = planMarkdown(plan).join('\n');
  const lines = markdown.split('\n');

  test("the summary's Markdown checker finds nothing that would render as something else", () => {
    expect(markdownProblems(markdown)).toEqual([]);
  });

  test('the only HTML is its own folds, balanced; every hostile < is escaped', () => {
    const opens = lines.filter((l) => l.startsWith('<details>'));
    const closes = lines.filter((l) => /(?<!\\)<\/details>/.test(l));
    expect(opens.length).toBeGreaterThan(0);
    expect(closes.every((l) => l === '</details>')).toBe(true);
    expect(closes).toHaveLength(opens.length);
    expect(markdown).not.toMatch(/(?<!\\)<script>/);
    expect(markdown).not.toMatch(/(?<!\\)<b>/);
    for (const open of opens) expect(open).toMatch(/^<details><summary>[^<>]*<\/summary>$/);
  });

  test('no hostile line opens a heading, a table or a code block; table rows are its own', () => {
    expect(lines.filter((l) => /^#/.test(l))).toEqual(['### Plan']);
    const rows = lines.filter((l) => l.startsWith('|'));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(5); // 3 cells
    expect(lines.some((l) => /^\s*(```|~~~)/.test(l))).toBe(false);
    expect(markdown).toContain('| added | new\\|\\`x\\`.msix | 1\\.2.0.0; X64 |');
  });

  test('long texts are folded with their diff; many kept packages are folded', () => {
    expect(markdown).toContain(
      '<details><summary>en-us: baseListing.releaseNotes: 1 line(s) removed, 5 added</summary>'
    );
    expect(markdown).toContain('- ➕ ::add-mask::secret-ish');
    expect(markdown).toContain('- ➕ \\</details>');
    expect(markdown).toContain('- ➕ \\# heading');
    expect(markdown).toContain('<details><summary>7 packages kept</summary>');
    expect(markdown).toContain('- `pricing.priceId`: "Free" → "Tier2"');
    expect(markdown).toContain(
      '- `baseListing.title`: "Old" → "a | b \\`code\\` \\<script>alert(1)\\</script> \\</details> \\*\\*bold\\*\\*"'
    );
  });

  test('htmlText: a summary cannot close its element or open another', () => {
    expect(htmlText('x</summary><script>|`*_[a]\\')).toBe(
      'x&#60;/summary&#62;&#60;script&#62;&#124;&#96;&#42;&#95;&#91;a&#93;&#92;'
    );
  });

  test('no change: one line', () => {
    expect(planMarkdown({ against: 'x', listings: [], fields: [] })).toEqual([
      '### Plan',
      '',
      'No change (against x).',
      ''
    ]);
  });
});
