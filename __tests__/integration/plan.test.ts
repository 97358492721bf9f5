/**
 * The plan of every change, end to end: a run (and a dry run) against the
 * local Partner Center and the local MSI/EXE fake shows, in its log and its
 * job summary, what changes field by field; a dry run sends nothing that
 * changes anything; Store and repository texts shaped like workflow commands
 * never reach stdout as commands.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { packageBuffer } from '../../__fixtures__/packages.js';
import { MsiExeRig, PRODUCT } from '../../__fixtures__/msi-exe-rig.js';
import { APP_ID, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';
import { writeTree } from '../../__fixtures__/tree.js';

const rig = new Rig();
const msi = new MsiExeRig();
beforeAll(() => rig.start());
afterAll(async () => {
  await rig.stop();
  // Every MSI/EXE fake started here (one per test), not only the last: one left listening keeps the worker alive.
  await msi.stop();
});

const IDENTITY = 'FakePublisher.ContosoNotes';
const HOSTILE_NOTES = 'Fixed a crash.\n::add-mask::secret-ish\n  ::stop-commands::x\nSee ##[error]here.\n';

let workspaces = 0;
async function workspace(): Promise<string> {
  const ws = await writeTree(rig.path(`plan-ws${++workspaces}`), {
    'listings/en-us/title.txt': 'Contoso Notes Pro\n',
    'listings/en-us/release-notes.txt': HOSTILE_NOTES,
    'listings/fr-fr/title.txt': 'Notes Contoso\n'
  });
  const { writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(join(ws, 'x86'), { recursive: true });
  writeFileSync(
    join(ws, 'x86', 'ContosoNotes_2.0.0.0_x86.msix'),
    await packageBuffer({ name: IDENTITY, version: '2.0.0.0', architecture: 'x86' })
  );
  return ws;
}

/** The lines of stdout the runner would read as workflow commands (ActionCommand.TryParseV2, then TryParse). */
function commandLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/u.test(line) || line.includes('##['));
}

/**
 * Only the action's own commands (its masks, @actions/glob's debug lines, annotations as @actions/core writes
 * them, on one line): no injected mask, no stop-commands, no legacy `##[` command.
 */
function expectOnlyOwnCommands(stdout: string): void {
  const commands = commandLines(stdout);
  expect(commands.length).toBeGreaterThan(0); // the rig's client secret is masked, at least
  for (const line of commands) expect(line).toMatch(/^::(add-mask|debug|warning|error|notice)( [^:]*)?::/);
  expect(commands.filter((line) => line.startsWith('::add-mask::')).join('\n')).not.toContain('secret-ish');
  expect(commands.join('\n')).not.toMatch(/stop-commands|##\[/);
}

const INPUTS = { 'application-id': APP_ID, packages: 'x86/*.msix', 'listings-folder': 'listings' };

describe('MSIX', () => {
  test('a run logs and summarises the plan: listing fields per language, packages, and nothing injected', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
    fake.setCommitOutcome({
      kind: 'success',
      warnings: [{ code: 'SalesUnsupportedWarning', details: 'Sales.\n::add-mask::secret-ish\n::stop-commands::x' }]
    });
    const result = await rig.run(INPUTS, { cwd: await workspace() });
    expect({ code: result.code, log: result.code ? result.log : '' }).toEqual({ code: 0, log: '' });
    const log = result.log;
    expect(log).toContain('Plan (against the new submission, as the Store cloned it from the last published one):');
    expect(log).toContain('  Listing en-us: changed');
    expect(log).toContain('    baseListing.title: "Contoso Notes" → "Contoso Notes Pro"');
    expect(log).toMatch(
      / {4}baseListing\.releaseNotes: 1 line\(s\) removed, 4 added\n {8}- Old notes\n {8}\+ Fixed a crash\./
    );
    expect(log).toContain('  Listing fr-fr: added');
    expect(log).toContain('  applicationPackages: 1 added, 1 removed, 0 kept');
    expect(log).toContain('    + ContosoNotes_2.0.0.0_x86.msix (2.0.0.0; x86)');
    expect(log).toContain('    - ContosoNotes_1.0.0.0_x64.msixupload (1.0.0.0; X64)');
    // The Store's warning, printed line by line, is marked where it would have been a command.
    expect(log).toContain('» ::add-mask::secret-ish');
    expect(log).toContain('» ::stop-commands::x');
    expectOnlyOwnCommands(result.stdout);
    expect(result.summary).toContain('### Plan');
    expect(result.summary).toContain('- `baseListing.title`: "Contoso Notes" → "Contoso Notes Pro"');
    expect(result.summary).toContain(
      '<details><summary>en-us: baseListing.releaseNotes: 1 line(s) removed, 4 added</summary>'
    );
    expect(result.summary).toContain('| added | ContosoNotes_2.0.0.0_x86.msix | 2\\.0.0.0; x86 |');
    expect(result.summary).toContain('**Listing `fr-fr`**: added');
    // What the plan said is what was sent.
    const put = fake.submission(result.outputs['submission-id']).puts[0] as {
      listings: Record<string, { baseListing: { title: string } }>;
    };
    expect(put.listings['en-us'].baseListing.title).toBe('Contoso Notes Pro');
    expect(put.listings['fr-fr'].baseListing.title).toBe('Notes Contoso');
    rig.expectNoSecretsInLogs();
  });

  test('a dry run with credentials shows the plan against the published submission and changes nothing', async () => {
    const fake = await rig.newFake();
    fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
    const result = await rig.run({ ...INPUTS, 'dry-run': 'true' }, { cwd: await workspace() });
    expect({ code: result.code, log: result.code ? result.log : '' }).toEqual({ code: 0, log: '' });
    expect(result.log).toContain('Plan (against the last published submission, which the Store would clone):');
    expect(result.log).toContain('    baseListing.title: "Contoso Notes" → "Contoso Notes Pro"');
    expect(result.log).toContain('  applicationPackages: 1 added, 1 removed, 0 kept');
    expect(result.summary).toContain('Against the last published submission, which the Store would clone:');
    expect(fake.mutations()).toEqual([]);
    expect(fake.requests.filter((r) => r.area === 'api' && r.method !== 'GET')).toEqual([]);
    expectOnlyOwnCommands(result.stdout);
  });

  test('a dry run without credentials shows the plan against an empty submission', async () => {
    const result = await rig.run(
      { ...INPUTS, 'dry-run': 'true', 'tenant-id': '', 'client-id': '', 'client-secret': '' },
      { cwd: await workspace() }
    );
    expect({ code: result.code, log: result.code ? result.log : '' }).toEqual({ code: 0, log: '' });
    expect(result.log).toContain('Plan (against an empty submission (the Store was not read)):');
    expect(result.log).toContain('  Listing en-us: added');
    expect(result.summary).toContain('### Plan');
    expectOnlyOwnCommands(result.stdout);
  });
});

describe('MSI/EXE', () => {
  const installers = JSON.stringify([
    { packageUrl: 'https://contoso.example/notes-2.0.msi', languages: ['en-us'], architectures: ['X64'] }
  ]);
  const changes = JSON.stringify({ listings: { 'en-us': { whatsNew: 'Version 2.0.\n::add-mask::secret-ish' } } });

  test('a run shows the plan against the draft as read: the listing field and the installers', async () => {
    const fake = await msi.start();
    const before = fake.product(PRODUCT)!;
    const result = await msi.run({ installers, 'submission-json': changes });
    expect({ code: result.code, log: result.code ? result.log : '' }).toEqual({ code: 0, log: '' });
    expect(result.log).toContain("Plan (against the product's draft, as read):");
    expect(result.log).toContain('  Listing en-us: changed');
    expect(result.log).toMatch(/ {4}whatsNew: \d+ line\(s\) removed, 2 added/);
    expect(result.log).toContain(
      '    + https://contoso.example/notes-2.0.msi (languages en-us; architectures X64; silent)'
    );
    const old = (before.packages as { packageUrl: string }[])[0].packageUrl;
    expect(result.log).toContain(`    - ${old}`);
    expect(result.summary).toContain('### Plan');
    expectOnlyOwnCommands(result.stdout);
    msi.expectNoSecretsInLogs();
  });

  test('a dry run shows the plan and sends only reads', async () => {
    const fake = await msi.start();
    const result = await msi.run({ installers, 'submission-json': changes, 'dry-run': 'true' });
    expect({ code: result.code, log: result.code ? result.log : '' }).toEqual({ code: 0, log: '' });
    expect(result.log).toContain("Plan (against the product's draft, as read):");
    expect(result.log).toContain(
      '    + https://contoso.example/notes-2.0.msi (languages en-us; architectures X64; silent)'
    );
    expect(fake.mutations()).toEqual([]);
    expect(fake.requests.filter((r) => r.area === 'api' && r.method !== 'GET')).toEqual([]);
    expect(result.summary).toContain('### Plan');
    expectOnlyOwnCommands(result.stdout);
  });
});
