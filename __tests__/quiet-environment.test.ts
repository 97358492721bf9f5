// The test environment keeps what the code under test writes out of the test log, unless a test fails.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { OutputHold } from '../__fixtures__/quiet-environment.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function streams() {
  const out = new PassThrough();
  const err = new PassThrough();
  const text = { out: '', err: '' };
  out.on('data', (chunk) => (text.out += chunk));
  err.on('data', (chunk) => (text.err += chunk));
  return { out, err, text };
}

describe('OutputHold', () => {
  test('holds what is written between start and stop, then puts the streams back', () => {
    const { out, err, text } = streams();
    const original = out.write;
    const hold = new OutputHold([out, err]);
    hold.start();
    out.write('::debug::Search path /tmp\n');
    err.write(Buffer.from('a warning\n'));
    const held = hold.stop();
    expect(out.write).toBe(original);
    out.write('after\n');
    expect(text).toEqual({ out: 'after\n', err: '' });
    expect(held).toEqual([
      { index: 0, chunk: '::debug::Search path /tmp\n' },
      { index: 1, chunk: 'a warning\n' }
    ]);
  });

  test('release writes the held output where it was meant to go, under a header naming the test', () => {
    const { out, err, text } = streams();
    const hold = new OutputHold([out, err]);
    hold.start();
    out.write('::debug::x\n');
    hold.release(hold.stop(), "'reads packages' (failed)");
    expect(text.out).toBe('::debug::x\n');
    expect(text.err).toContain("output of the code under test in 'reads packages' (failed)");
  });
});

describe('the environment in jest.config.js', () => {
  test('is the one every test runs in', async () => {
    const { default: config } = await import('../jest.config.js');
    expect(config.testEnvironment).toBe('<rootDir>/__fixtures__/quiet-environment.mjs');
  });

  test('a passing test prints nothing of the code under test; a failing one prints all of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quiet-env-'));
    try {
      writeFileSync(
        join(dir, 'sample.test.mjs'),
        [
          "import { test, expect } from '@jest/globals';",
          "test('passes', () => { process.stdout.write(['::debug::from', 'a', 'passing', 'test'].join('-') + '\\n'); expect(1).toBe(1); });",
          "test('fails', () => { process.stdout.write(['::debug::from', 'a', 'failing', 'test'].join('-') + '\\n'); expect(1).toBe(2); });"
        ].join('\n')
      );
      const config = {
        rootDir: dir,
        testEnvironment: join(ROOT, '__fixtures__', 'quiet-environment.mjs'),
        testMatch: ['**/*.test.mjs'],
        transform: {}
      };
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--config', JSON.stringify(config), '--runInBand'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_PATH: join(ROOT, 'node_modules') }
        }
      );
      const log = run.stdout + run.stderr;
      expect(log).toContain('Tests:       1 failed, 1 passed, 2 total');
      expect(log).toContain('::debug::from-a-failing-test');
      expect(log).toContain("output of the code under test in 'fails' (failed)");
      expect(log).not.toContain('from-a-passing-test');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
