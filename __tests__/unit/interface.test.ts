/**
 * The public interface, kept in step: every input and output in action.yml is
 * documented in the README, and every input the code reads is declared.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readRunSettings, readSettings } from '../../src/settings.js';

const actionYml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function names(section: 'inputs' | 'outputs'): string[] {
  const block = new RegExp(`^${section}:\\n((?:  .*\\n|\\n)*)`, 'm').exec(actionYml)?.[1] ?? '';
  return [...block.matchAll(/^ {2}([a-z][a-z0-9-]*):\s*$/gm)].map((m) => m[1]);
}

describe('action.yml and README', () => {
  const inputs = names('inputs');
  const outputs = names('outputs');

  test('action.yml declares the inputs and outputs the issues name', () => {
    for (const name of [
      'tenant-id',
      'client-id',
      'client-secret',
      'application-id',
      'submission-json',
      'submission-json-file',
      'package-zip',
      'delete-pending',
      'poll-interval-seconds',
      'timeout-minutes',
      'store-api-url',
      'authority-host',
      'flight-id',
      'flight-name',
      'flight-group-ids',
      'flight-rank-higher-than',
      'add-on-id',
      'add-on-product-id',
      'add-on-type',
      'publish-mode',
      'publish-date',
      'rollout-percentage',
      'mandatory-update',
      'mandatory-update-date',
      'existing-rollout',
      'operation',
      'rollout-action',
      'commit',
      'product-id',
      'seller-id',
      'installers',
      'msi-exe-api-url'
    ]) {
      expect(inputs).toContain(name);
    }
    for (const name of [
      'submission-id',
      'status',
      'status-details',
      'flight-id',
      'add-on-id',
      'partner-center-url',
      'rollout-status',
      'rollout-percentage'
    ])
      expect(outputs).toContain(name);
  });

  test.each([...names('inputs').map((n) => ['input', n]), ...names('outputs').map((n) => ['output', n])])(
    'README documents %s %s',
    (_kind, name) => {
      expect(readme).toContain(`| \`${name}\` |`);
    }
  );

  test('every input the code reads is declared in action.yml', async () => {
    const read = new Set<string>();
    await readSettings((name) => {
      read.add(name);
      return { 'tenant-id': 't', 'client-id': 'c', 'application-id': '9NBLGGH4R315' }[name] ?? '';
    });
    for (const name of read) expect(inputs).toContain(name);
    expect(read.size).toBeGreaterThan(10);
  });

  test('every input an MSI/EXE run reads is declared in action.yml', async () => {
    const read = new Set<string>();
    const given: Record<string, string> = {
      'tenant-id': 't',
      'client-id': 'c',
      'product-id': '3e31a9f9-84e8-4d2d-9eba-487878d02ebf',
      'seller-id': '123'
    };
    const chosen = await readRunSettings((name) => {
      read.add(name);
      return given[name] ?? '';
    });
    expect(chosen.api).toBe('msi-exe');
    for (const name of read) expect(inputs).toContain(name);
    for (const name of ['installers', 'listings-folder', 'msi-exe-api-url', 'submission-json'])
      expect(read).toContain(name);
  });
});
