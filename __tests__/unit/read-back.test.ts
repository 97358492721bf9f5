/**
 * The read-back runs' pure parts: which inputs operation status and export
 * take (from the declaration, with every action.yml default set as the
 * runner sets it), the Store's listings as folder files, and the writer's
 * rule for files that differ.
 */
import { describe, expect, test, afterAll, beforeAll } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeTree } from '../../__fixtures__/tree.js';
import { tempDir } from '../../__fixtures__/zips.js';
import { ActionError } from '../../src/errors.js';
import { INPUT_NAMES, INPUTS, type InputSpec } from '../../src/interface/declaration.js';
import { appListingsFrom } from '../../src/listings/from-store.js';
import { readListingsFolder } from '../../src/listings/read.js';
import { folderFiles, writeFolder } from '../../src/listings/write.js';
import { chosenApi } from '../../src/inputs/kinds.js';
import type { InputReader } from '../../src/inputs/parse.js';
import { readMsiExeSettings } from '../../src/msi-exe/settings.js';
import { readSettings } from '../../src/msix/settings.js';
import { readBackSettings, readsBack } from '../../src/read-back/api.js';

/** The settings of a run, as each API's parse takes them (a read-back run first). */
async function readRunSettings(input: InputReader): Promise<{ api: string; settings: unknown }> {
  if (readsBack(input)) return { api: 'read-back', settings: readBackSettings(input) };
  const api = chosenApi(input);
  return { api, settings: api === 'msix' ? await readSettings(input) : await readMsiExeSettings(input) };
}
import { statusLine } from '../../src/read-back/run.js';
import { readBackSummary } from '../../src/read-back/summary.js';
import { appParent } from '../../src/msix/store/parents.js';

const BASE: Record<string, string> = {
  'tenant-id': '00000000-1111-2222-3333-444444444444',
  'client-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  'client-secret': 's3cr3t-value',
  'application-id': '9NBLGGH4R315'
};

/** The inputs as the runner gives them: every action.yml default, then the step's. */
function runner(step: Record<string, string>): (name: string) => string {
  const defaults = Object.fromEntries(
    INPUT_NAMES.flatMap((name) => {
      const action = (INPUTS[name] as InputSpec).action;
      return action === undefined ? [] : [[name, action]];
    })
  );
  const all: Record<string, string> = { ...defaults, ...BASE, ...step };
  return (name) => all[name] ?? '';
}

async function refusal(step: Record<string, string>): Promise<string> {
  const error = await readRunSettings(runner(step)).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).oneLine();
}

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir('read-back-');
});
afterAll(() => tmp.cleanup());

describe('the inputs of operation status and export', () => {
  test('status: an app, a flight, an MSI/EXE product, with every action.yml default set', async () => {
    const app = await readRunSettings(runner({ operation: 'status' }));
    expect(app).toMatchObject({ api: 'read-back', settings: { operation: 'status', source: { api: 'msix' } } });
    const flight = await readRunSettings(runner({ operation: 'status', 'flight-name': 'Beta' }));
    expect(flight.settings).toMatchObject({ source: { target: { kind: 'flight', flightName: 'Beta' } } });
    const product = await readRunSettings(
      runner({
        operation: 'status',
        'application-id': '',
        'product-id': '3e31a9f9-84e8-4d2d-9eba-487878d02ebf',
        'seller-id': '123'
      })
    );
    expect(product.settings).toMatchObject({ source: { api: 'msi-exe', sellerId: '123' } });
  });

  test.each([
    [{ operation: 'status', packages: '*.msix' }, /'operation: status' .* so 'packages' has nothing to act on/],
    [{ operation: 'status', 'listings-folder': 'x' }, /so 'listings-folder' has nothing to act on/],
    [{ operation: 'status', overwrite: 'true' }, /so 'overwrite' has nothing to act on/],
    [{ operation: 'status', commit: 'false' }, /so 'commit' has nothing to act on/],
    [{ operation: 'status', 'dry-run': 'true' }, /changes nothing already; 'dry-run'/],
    [{ operation: 'status', 'wait-for': 'publish' }, /'wait-for: publish' has nothing to act on/],
    [{ operation: 'export', 'release-notes': 'x' }, /'operation: export' .* so 'release-notes' has nothing to act on/],
    [
      { operation: 'export', 'flight-id': '1' },
      /'flight-id' has nothing to act on\. A package flight has no Store listing/
    ],
    [{ operation: 'export' }, /^'operation: export' needs 'listings-folder'/],
    [{ overwrite: 'true' }, /^Input 'overwrite' is only for 'operation: export'\. Set 'operation: export'/],
    [{ 'rollout-action': 'halt' }, /^Input 'rollout-action' is only for 'operation: rollout'/],
    [
      { 'rollout-action': 'halt', overwrite: 'true' },
      /^Input 'overwrite' is only for 'operation: export'\. 'rollout-action' is not for 'operation: submit' either\./
    ]
  ])('%j is refused', async (step, message) => {
    expect(await refusal(step as Record<string, string>)).toMatch(message);
  });

  test('export: the folder, overwrite and dry-run', async () => {
    const chosen = await readRunSettings(
      runner({ operation: 'export', 'listings-folder': 'store/listings', overwrite: 'yes', 'dry-run': 'true' })
    );
    expect(chosen.settings).toMatchObject({
      operation: 'export',
      export: { folder: 'store/listings', overwrite: true, dryRun: true }
    });
  });
});

describe('the Store listings as folder files', () => {
  const submission = {
    listings: {
      'en-us': {
        baseListing: {
          title: 'Notes',
          shortTitle: '',
          description: 'One\r\ntwo\n\n',
          features: [' Fast', 'Simple'],
          devStudio: 'Contoso',
          keywords: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
          images: [
            { fileName: 'old.png', fileStatus: 'PendingDelete', imageType: 'Screenshot' },
            { fileName: 'a\tb.png', fileStatus: 'Uploaded', imageType: 'Screenshot' }
          ]
        }
      },
      Default: { baseListing: { title: 'x' } },
      '\n::stop-commands::x': { baseListing: { title: 'y' } }
    }
  };

  test('LF files, empty fields left out, and a note for what a folder cannot carry back as it is', () => {
    const { files, notes } = folderFiles(appListingsFrom(submission), 'app');
    const byName = Object.fromEntries(files.map((f) => [`${f.language}/${f.name}`, f.content]));
    expect(Object.keys(byName)).toEqual([
      'en-us/title.txt',
      'en-us/description.txt',
      'en-us/features.txt',
      'en-us/keywords.txt',
      'en-us/developed-by.txt',
      'en-us/store-images.txt'
    ]);
    expect(byName['en-us/description.txt']).toBe('One\ntwo\n\n\n');
    expect(byName['en-us/store-images.txt']).toMatch(/\nScreenshot\ta b\.png\n$/);
    expect(byName['en-us/store-images.txt']).not.toContain('old.png');
    expect(notes).toEqual([
      expect.stringMatching(/^en-us\/description\.txt: the Store's description has line breaks/),
      expect.stringMatching(/^en-us\/features\.txt: the Store's features has line breaks, spaces or empty items/),
      expect.stringMatching(/^en-us\/keywords\.txt: holds 8 keywords .*; listings-folder refuses it/),
      'The Store\'s listing "Default" is not named by a language code; it was not exported.',
      'The Store\'s listing "\\n::stop-commands::x" is not named by a language code; it was not exported.'
    ]);
  });

  test('the folder written reads back with the same texts, store-images.txt skipped by the reader', async () => {
    const listings = appListingsFrom({
      listings: {
        'en-us': {
          baseListing: {
            title: 'Notes',
            copyrightAndTrademarkInfo: '©',
            minimumHardware: ['2 GB'],
            images: [{ fileName: 'i.png', imageType: 'Icon' }]
          }
        }
      }
    });
    const root = tmp.path('round');
    const lines: string[] = [];
    await writeFolder(root, folderFiles(listings, 'app').files, {
      overwrite: false,
      dryRun: false,
      log: (l) => lines.push(l)
    });
    expect(lines).toHaveLength(4);
    const read = await readListingsFolder(root, 'app');
    expect(read.languages).toEqual([
      { folderName: 'en-us', language: 'en-us', texts: { title: 'Notes', copyright: '©', minimumHardware: ['2 GB'] } }
    ]);
  });

  test('existing names are matched in any case; a differing file stops everything before a write; dry run writes nothing', async () => {
    const root = await writeTree(tmp.path('cases'), { 'en-US/Title.txt': 'Old\n' });
    const { files } = folderFiles(appListingsFrom(submission), 'app');
    const options = { overwrite: false, dryRun: false, log: () => undefined };
    await expect(writeFolder(root, files, options)).rejects.toThrow(
      `'operation: export' would replace ${join(root, 'en-US/Title.txt')}, whose content differs`
    );
    await expect(readFile(join(root, 'en-US/description.txt'))).rejects.toThrow(/ENOENT/);
    const dry = await writeFolder(root, files, { ...options, overwrite: true, dryRun: true });
    expect(dry.written).toContain('en-US/Title.txt');
    expect(await readFile(join(root, 'en-US/Title.txt'), 'utf8')).toBe('Old\n');
    const done = await writeFolder(root, files, { ...options, overwrite: true });
    expect(done.written[0]).toBe('en-US/Title.txt');
    expect(await readFile(join(root, 'en-US/Title.txt'), 'utf8')).toBe('Notes\n');
  });
});

describe('what a status run says', () => {
  const progress = {
    label: appParent('9NBLGGH4R315').label,
    page: appParent('9NBLGGH4R315').dashboardUrl,
    submissionId: '111',
    status: 'Published\n::stop-commands::x',
    readBack: {
      operation: 'status' as const,
      pendingSubmissionId: '222',
      pendingStatus: 'Certification | <b>',
      certificationReport: { submissionId: '222', date: '2026-01-02', reportUrl: 'https://r.test/a (b)' }
    }
  };

  test('one log line, whatever the Store answers', () => {
    const line = statusLine(progress);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe(
      'Status of the app 9NBLGGH4R315: published submission 111 (Published ::stop-commands::x); pending submission 222 (Certification | <b>).'
    );
  });

  test('the summary: "Microsoft Store status", the Store\'s texts escaped, the report linked', () => {
    const markdown = readBackSummary(progress, { kind: 'succeeded' });
    expect(markdown).toMatch(/^## ✅ Microsoft Store status\n/);
    expect(markdown).toContain('| Pending submission | 222 (Certification \\| \\<b>) |');
    expect(markdown).toContain('| Status | Published ::stop-commands::x |');
    expect(markdown).toContain('[2026-01-02](https://r.test/a%20%28b%29) (submission 222)');
    expect(readBackSummary(progress, { kind: 'failed', message: 'Read failed.' })).toMatch(
      /^## ❌ Microsoft Store status failed\n[^]*\*\*Error:\*\* Read failed\./
    );
  });
});
