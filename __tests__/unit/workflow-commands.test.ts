/**
 * The Actions host writes the runner's commands and files itself (src/run/workflow-commands.ts): each line and
 * file entry here must be what @actions/core writes for the same call, which the runner is known to read.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionsHost } from '../../src/run/actions-host.js';
import { outputFileEntry, workflowCommand } from '../../src/run/workflow-commands.js';

/** What `act` writes to stdout through process.stdout.write (as @actions/core writes). */
function stdoutOf(act: () => void): string {
  const original = process.stdout.write.bind(process.stdout);
  let text = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    act();
  } finally {
    process.stdout.write = original;
  }
  return text;
}

/** What the host writes to its stdout for `act`. */
function hostWrites(act: (host: ReturnType<typeof actionsHost>) => void, env: NodeJS.ProcessEnv = {}): string {
  let text = '';
  act(actionsHost(env, (chunk) => (text += chunk)));
  return text;
}

const savedEnv = { ...process.env };
const savedExitCode = process.exitCode;
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = savedExitCode;
});

const AWKWARD = ['plain', '50% done', 'two\nlines', 'crlf\r\nline', 'a:b,c', '%0A stays literal', ''];

describe('the Actions host writes what @actions/core writes', () => {
  test.each(AWKWARD)('warning and error, with and without a title: %j', (message) => {
    for (const title of [undefined, 'Store: refused, again']) {
      const properties = title === undefined ? undefined : { title };
      expect(hostWrites((host) => host.warning(message, properties))).toBe(
        stdoutOf(() => core.warning(message, properties))
      );
      expect(hostWrites((host) => host.error(message, properties))).toBe(
        stdoutOf(() => core.error(message, properties))
      );
    }
  });

  test.each(AWKWARD)('a mask: %j', (secret) => {
    expect(hostWrites((host) => host.mask(secret))).toBe(stdoutOf(() => core.setSecret(secret)));
  });

  test('a log line is core.info of the same line when it holds no command', () => {
    for (const message of ['Signed in.', 'two\nlines', 'tab\there'])
      expect(hostWrites((host) => host.info(message))).toBe(stdoutOf(() => core.info(message)));
  });

  test('fail marks the step failed (exit code 1) with one error line, as setFailed does', () => {
    const ours = hostWrites((host) => host.fail('The submission failed: 409 Conflict'));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(stdoutOf(() => core.setFailed('The submission failed: 409 Conflict')));
    expect(process.exitCode).toBe(1);
  });

  test('an input, trimmed, from INPUT_<NAME> with spaces as underscores', () => {
    const env = { 'INPUT_PACKAGE-ZIP': '  app.zip \n', INPUT_WAIT_FOR: 'commit', INPUT_EMPTY: '' };
    process.env = { ...process.env, ...env };
    // Names as the runner may be asked for them, not only the action's own.
    const input = actionsHost(env, () => undefined).input as (name: string) => string;
    for (const name of ['package-zip', 'package_zip', 'wait for', 'empty', 'not-set'])
      expect(input(name)).toBe(core.getInput(name));
    expect(input('package-zip')).toBe('app.zip');
    expect(input('wait for')).toBe('commit');
  });

  test('outputs: the GITHUB_OUTPUT entries, one random delimiter each, as setOutput appends them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'workflow-commands-'));
    try {
      const ours = join(folder, 'ours');
      const theirs = join(folder, 'theirs');
      writeFileSync(ours, '');
      writeFileSync(theirs, '');
      const values: Array<[string, string]> = [
        ['submission-id', '1152921505690000000'],
        ['status-details', '{"errors":[]}\nsecond line'],
        ['empty', '']
      ];
      const host = actionsHost({ GITHUB_OUTPUT: ours }, () => undefined);
      for (const [name, value] of values) host.setOutput(name as never, value);
      process.env.GITHUB_OUTPUT = theirs;
      for (const [name, value] of values) core.setOutput(name, value);
      const fixed = (text: string): string => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
      expect(fixed(readFileSync(ours, 'utf8'))).toBe(fixed(readFileSync(theirs, 'utf8')));
      const delimiters = readFileSync(ours, 'utf8').match(/ghadelimiter_[0-9a-f-]{36}/g) ?? [];
      expect(delimiters).toHaveLength(6);
      expect(new Set(delimiters).size).toBe(3);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('outputs without GITHUB_OUTPUT: the old set-output command, as setOutput falls back to it', () => {
    delete process.env.GITHUB_OUTPUT;
    expect(hostWrites((host) => host.setOutput('status' as never, 'Pending\n50%'))).toBe(
      stdoutOf(() => core.setOutput('status', 'Pending\n50%'))
    );
  });

  test('a value holding its delimiter is refused, never written', () => {
    expect(() => outputFileEntry('status', 'x ghadelimiter_1 y', 'ghadelimiter_1')).toThrow(
      'value should not contain the delimiter'
    );
    expect(() => outputFileEntry('ghadelimiter_1', 'x', 'ghadelimiter_1')).toThrow(
      'name should not contain the delimiter'
    );
  });

  test('the summary: appended with a line break; a missing variable or file is an error naming it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'workflow-commands-'));
    try {
      await expect(actionsHost({}, () => undefined).writeSummary('# x')).rejects.toThrow('$GITHUB_STEP_SUMMARY');
      const missing = join(folder, 'missing.md');
      await expect(actionsHost({ GITHUB_STEP_SUMMARY: missing }, () => undefined).writeSummary('# x')).rejects.toThrow(
        `Unable to access summary file: '${missing}'`
      );
      const ours = join(folder, 'ours.md');
      const theirs = join(folder, 'theirs.md');
      writeFileSync(ours, 'before\n');
      writeFileSync(theirs, 'before\n');
      const host = actionsHost({ GITHUB_STEP_SUMMARY: ours }, () => undefined);
      await host.writeSummary('## Published\n| a | b |');
      await host.writeSummary('more');
      process.env.GITHUB_STEP_SUMMARY = theirs;
      await core.summary.addRaw('## Published\n| a | b |', true).write();
      await core.summary.addRaw('more', true).write();
      expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('a command leaves out empty properties and escapes values and data apart', () => {
    expect(workflowCommand('warning', { title: 'a:b,c%', file: '' }, 'x\ny')).toBe(
      '::warning title=a%3Ab%2Cc%25::x%0Ay'
    );
  });
});
