/**
 * The public interface, declared once (src/interface/declaration.ts): action.yml
 * and the README's tables are generated from it and must match; a default in
 * action.yml is valid in every kind of run; every input the code reads is
 * declared; the names the issues gave stay.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS, type InputName, type InputSpec } from '../../src/interface/declaration.js';
import { renderActionYml, renderInputsTable, renderReadme } from '../../src/interface/render.js';
import { chosenApi } from '../../src/inputs/kinds.js';
import { readMsiExeSettings } from '../../src/msi-exe/settings.js';
import { readSettings } from '../../src/msix/settings.js';

const root = new URL('../../', import.meta.url);
const actionYml = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean; description: string }>;
  outputs: Record<string, { description: string }>;
};
const specs = Object.entries(INPUTS) as [InputName, InputSpec][];

describe('one declaration of the interface', () => {
  test('action.yml and the README are generated from it (npm run interface --check)', () => {
    const out = execFileSync(process.execPath, ['scripts/interface.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8'
    });
    expect(out).toMatch(/match the declaration/);
  });

  test("action.yml's inputs and outputs are the declaration's, in its order, with its defaults", () => {
    expect(Object.keys(actionYml.inputs)).toEqual(Object.keys(INPUTS));
    expect(Object.keys(actionYml.outputs)).toEqual(Object.keys(OUTPUTS));
    for (const [name, spec] of specs) {
      expect([name, actionYml.inputs[name].default]).toEqual([name, spec.action]);
      expect(actionYml.inputs[name].description).toContain(spec.description);
    }
  });

  test('a changed default or a new input shows up in what is generated', () => {
    const mutable = INPUTS as unknown as Record<string, InputSpec>;
    const before = mutable['timeout-minutes'];
    try {
      mutable['timeout-minutes'] = { ...before, action: '61' };
      mutable['brand-new-input'] = { ...before, description: 'A new one.', action: undefined };
      const yml = parse(renderActionYml()) as typeof actionYml;
      expect(yml.inputs['timeout-minutes'].default).toBe('61');
      expect(yml.inputs['brand-new-input']).toMatchObject({ description: 'A new one.' });
      expect(renderInputsTable()).toContain('| `brand-new-input` |');
      expect(renderReadme(readFileSync(new URL('README.md', root), 'utf8'))).toContain('| `timeout-minutes` | `61` |');
    } finally {
      mutable['timeout-minutes'] = before;
      delete mutable['brand-new-input'];
    }
  });

  test.each(specs.filter(([, spec]) => spec.action !== undefined))(
    '%s has an action.yml default, so it is valid in every run (both APIs, every operation)',
    (_name, spec) => {
      expect([...spec.apis].sort()).toEqual(['msi-exe', 'msix']);
      expect([...spec.operations].sort()).toEqual(['export', 'rollout', 'status', 'submit']);
    }
  );

  test('the names the issues gave stay', () => {
    for (const name of [
      'tenant-id',
      'client-id',
      'client-secret',
      'application-id',
      'submission-json',
      'submission-json-file',
      'package-zip',
      'packages',
      'keep-packages',
      'release-notes',
      'release-notes-file',
      'listings-folder',
      'dry-run',
      'delete-pending',
      'wait-for',
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
      'msi-exe-api-url',
      'overwrite'
    ])
      expect(Object.keys(INPUTS)).toContain(name);
    for (const name of [
      'submission-id',
      'status',
      'status-details',
      'flight-id',
      'add-on-id',
      'partner-center-url',
      'rollout-status',
      'rollout-percentage',
      'pending-submission-id',
      'pending-status'
    ])
      expect(Object.keys(OUTPUTS)).toContain(name);
  });
});

describe('what the code reads', () => {
  test('every input an MSIX run reads is declared', async () => {
    const read = new Set<string>();
    await readSettings((name) => {
      read.add(name);
      return (
        ({ 'tenant-id': 't', 'client-id': 'c', 'application-id': '9NBLGGH4R315' } as Record<string, string>)[name] ?? ''
      );
    });
    for (const name of read) expect(Object.keys(INPUTS)).toContain(name);
    expect(read.size).toBeGreaterThan(10);
  });

  test('every input an MSI/EXE run reads is declared', async () => {
    const read = new Set<string>();
    const given: Record<string, string> = {
      'tenant-id': 't',
      'client-id': 'c',
      'product-id': '3e31a9f9-84e8-4d2d-9eba-487878d02ebf',
      'seller-id': '123'
    };
    const reader = (name: string): string => {
      read.add(name);
      return given[name] ?? '';
    };
    expect(chosenApi(reader)).toBe('msi-exe');
    await readMsiExeSettings(reader);
    for (const name of read) expect(Object.keys(INPUTS)).toContain(name);
    for (const name of ['installers', 'listings-folder', 'msi-exe-api-url', 'submission-json', 'commit'])
      expect(read).toContain(name);
  });
});
