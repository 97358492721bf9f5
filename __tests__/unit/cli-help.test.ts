/**
 * `msstore-submit --help` (src/cli/help.ts) is generated from the declaration:
 * every input that is an option is in it with its description (no Markdown
 * backticks), its default and its runs; a new input shows up by itself.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CLI_OPTIONS, COMMANDS, EXIT_CODES, optionInputs, parseCommandLine } from '../../src/cli/args.js';
import { ENVIRONMENT_VARIABLES } from '../../src/cli/env.js';
import { helpText, plain, runsOf } from '../../src/cli/help.js';
import { INPUTS, type InputSpec } from '../../src/interface/declaration.js';

/** The block of lines --help gives one option: its head and its wrapped description. */
function block(text: string, option: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`  --${option} `) || line.startsWith(`  --${option}[`));
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith('      '));
  return [lines[start], ...rest.slice(0, end)].join('\n');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('--help', () => {
  const text = helpText();

  test('every input but operation and client-secret is an option, with its whole description, no backticks', () => {
    const options = optionInputs();
    expect(options).not.toContain('operation');
    expect(options).not.toContain('client-secret');
    expect(options.length).toBe(Object.keys(INPUTS).length - 2);
    for (const name of options) {
      const spec = INPUTS[name] as InputSpec;
      const help = block(text, name);
      expect(squash(help)).toContain(squash(plain(spec.description)));
      expect(help).not.toContain('`');
    }
  });

  test('each option says its runs, its default, and the environment variable that can stand in', () => {
    expect(block(text, 'wait-for').split('\n')[0]).toBe(
      '  --wait-for <commit|certification|publish>  (all; default: commit)'
    );
    expect(block(text, 'dry-run').split('\n')[0]).toBe('  --dry-run[=true|false]  (all; default: false)');
    expect(block(text, 'keep-packages').split('\n')[0]).toBe('  --keep-packages VALUE  (MSIX, publish; default: 0)');
    expect(block(text, 'rollout-action').split('\n')[0]).toBe(
      '  --rollout-action <update|finalize|halt>  (MSIX, rollout)'
    );
    expect(block(text, 'seller-id').split('\n')[0]).toBe('  --seller-id VALUE  (MSI/EXE, publish/status/export)');
    expect(block(text, 'tenant-id').split('\n')[0]).toBe('  --tenant-id VALUE  (all; required; or AZURE_TENANT_ID)');
    expect(block(text, 'upload-concurrency').split('\n')[0]).toBe(
      '  --upload-concurrency NUMBER  (MSIX, publish; default: 4)'
    );
  });

  test('the commands, the options of the command line, the environment and the exit codes', () => {
    for (const word of Object.keys(COMMANDS)) expect(text).toMatch(new RegExp(`^  ${word} +\\S`, 'm'));
    for (const option of ['--json', '--output-file FILE', '--summary-file FILE', '--help, -h', '--version']) {
      expect(text).toContain(`\n  ${option}\n`);
    }
    for (const name of Object.keys(ENVIRONMENT_VARIABLES)) expect(text).toContain(`\n  ${name}\n`);
    for (const code of Object.values(EXIT_CODES)) expect(text).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    expect(text).toContain('there is no --client-secret');
  });

  test('no line is wider than 100 columns', () => {
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  test('a new input in the declaration shows up, and the parser takes it', () => {
    const mutable = INPUTS as unknown as Record<string, InputSpec>;
    try {
      mutable['brand-new-input'] = {
        description: 'A `new` input.',
        fallback: 'seven',
        apis: ['msix'],
        operations: ['submit'],
        type: { kind: 'text' }
      };
      const help = helpText();
      expect(block(help, 'brand-new-input')).toBe(
        '  --brand-new-input VALUE  (MSIX, publish; default: seven)\n      A new input.'
      );
      expect(helpText('rollout')).not.toContain('--brand-new-input');
      const parsed = parseCommandLine(['publish', '--brand-new-input', 'x']);
      expect(parsed).toMatchObject({ kind: 'command', given: ['brand-new-input'] });
    } finally {
      delete mutable['brand-new-input'];
    }
  });
});

describe('--help after a command', () => {
  test('lists only the options a run of that command takes', () => {
    const rollout = helpText('rollout');
    expect(rollout).toMatch(/^Usage: msstore-submit rollout /);
    expect(rollout).toContain('  --rollout-action ');
    expect(rollout).toContain('  --tenant-id ');
    expect(rollout).not.toContain('  --packages ');
    expect(rollout).not.toContain('Commands:');
    const publish = helpText('submit');
    expect(publish).toMatch(/^Usage: msstore-submit publish /);
    expect(publish).toContain('  --packages ');
    expect(publish).not.toContain('  --rollout-action ');
  });
});

describe('runsOf', () => {
  test('names the API and the commands an input is limited to', () => {
    expect(runsOf({ apis: ['msix', 'msi-exe'], operations: ['submit', 'rollout', 'status', 'export'] })).toBe('all');
    expect(runsOf({ apis: ['msix'], operations: ['submit'] })).toBe('MSIX, publish');
    expect(runsOf({ apis: ['msi-exe', 'msix'], operations: ['rollout'] })).toBe('rollout');
  });
});

describe('docs/cli.md', () => {
  const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');

  test('names every command, option of the command line, environment variable and exit code', () => {
    for (const word of Object.keys(COMMANDS)) expect(doc).toContain(`| \`${word}\` |`);
    for (const option of Object.keys(CLI_OPTIONS)) expect(doc).toContain(`\`--${option}`);
    for (const name of Object.keys(ENVIRONMENT_VARIABLES)) expect(doc).toContain(`| \`${name}\` |`);
    for (const code of Object.values(EXIT_CODES)) expect(doc).toContain(`| ${code} |`);
  });
});
