import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readActionYml } from '../../__fixtures__/run-action.mjs';
import {
  describeInputs,
  parseSandboxOptions,
  runInputs,
  SANDBOX_COMMIT_OUTCOME,
  STEP_GRACE_MS,
  hungStepLine,
  killedStepLine,
  stepTimeoutMs,
  USAGE,
  UsageError
} from '../../sandbox/options.mjs';
import { judgeStatus, STATUS_PATH, type WaitFor } from '../../src/status.js';

const INPUTS = Object.keys(readActionYml().inputs);

describe("the rig's reading of action.yml (a YAML parser, as the runner's)", () => {
  test('reads the inputs of action.yml, not its outputs', () => {
    expect(INPUTS).toEqual(expect.arrayContaining(['application-id', 'submission-json-file', 'package-zip']));
    expect(INPUTS).not.toContain('submission-id');
    expect(INPUTS).not.toContain('status');
  });

  test('reads CRLF files and stops at the next top-level key', () => {
    const yml =
      'name: x\r\ninputs:\r\n  a-b:\r\n    description: y\r\n  c: # note\r\n    default: "1"\r\nruns:\r\n  using: node24\r\n';
    const dir = mkdtempSync(join(tmpdir(), 'action-yml-'));
    try {
      writeFileSync(join(dir, 'action.yml'), yml);
      const read = readActionYml(join(dir, 'action.yml'));
      expect(Object.keys(read.inputs)).toEqual(['a-b', 'c']);
      expect(read.inputs.c.default).toBe('1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseSandboxOptions', () => {
  test('nothing: the sandbox’s own example', () => {
    expect(parseSandboxOptions([], INPUTS)).toEqual({ help: false, faults: false, inputs: {} });
  });

  test('--input NAME=VALUE, repeatable, in both spellings; a value may hold = and be empty', () => {
    const options = parseSandboxOptions(
      [
        '--input',
        'submission-json-file=my.json',
        '--input=package-zip=out/my.zip',
        '--input',
        'submission-json={"a":"b=c"}',
        '--input',
        'client-secret='
      ],
      INPUTS
    );
    expect(options.inputs).toEqual({
      'submission-json-file': 'my.json',
      'package-zip': 'out/my.zip',
      'submission-json': '{"a":"b=c"}',
      'client-secret': ''
    });
  });

  test('the last of a repeated input wins', () => {
    expect(parseSandboxOptions(['--input', 'wait-for=commit', '--input', 'wait-for=publish'], INPUTS).inputs).toEqual({
      'wait-for': 'publish'
    });
  });

  test('--faults and --help (also -h) with inputs', () => {
    expect(parseSandboxOptions(['--faults', '--input', 'timeout-minutes=3'], INPUTS)).toEqual({
      help: false,
      faults: true,
      inputs: { 'timeout-minutes': '3' }
    });
    expect(parseSandboxOptions(['--help'], INPUTS).help).toBe(true);
    expect(parseSandboxOptions(['-h'], INPUTS).help).toBe(true);
  });

  test.each([
    [['--fault'], /unknown option '--fault'/],
    [['my.json'], /unknown option 'my.json'/],
    [['--input'], /needs NAME=VALUE/],
    [['--input', 'package-zip'], /must be NAME=VALUE/],
    [['--input', '=x'], /must be NAME=VALUE/],
    [['--input', 'package_zip=x.zip'], /'package_zip' is not an input of the action; the inputs are: .*package-zip/]
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseSandboxOptions(argv, INPUTS)).toThrow(UsageError);
    expect(() => parseSandboxOptions(argv, INPUTS)).toThrow(message);
  });

  test('the usage names every option and gives an example', () => {
    for (const option of ['--input NAME=VALUE', '--faults', '--help']) expect(USAGE).toContain(option);
    expect(USAGE).toContain('npm run sandbox -- --input submission-json-file=');
  });
});

describe('runInputs', () => {
  const defaults = { 'application-id': '9N', 'timeout-minutes': '2', 'client-secret': 's' };
  const sample = { 'submission-json': '{"sample":1}', 'package-zip': '/tmp/sample.zip' };

  test('without user inputs: the defaults and the sample', () => {
    expect(runInputs({ defaults, sample, user: {} })).toEqual({ ...defaults, ...sample });
  });

  test('the user’s inputs override the defaults', () => {
    expect(runInputs({ defaults, sample, user: { 'timeout-minutes': '5', 'wait-for': 'publish' } })).toEqual({
      ...defaults,
      ...sample,
      'timeout-minutes': '5',
      'wait-for': 'publish'
    });
  });

  test.each(['submission-json-file', 'submission-json', 'package-zip'])(
    'the user’s %s replaces the sample’s JSON and zip both',
    (name) => {
      const inputs = runInputs({ defaults, sample, user: { [name]: 'mine' } });
      expect(inputs).toEqual({ ...defaults, [name]: 'mine' });
    }
  );
});

describe('the waits the sandbox offers', () => {
  // The fake Store walks a committed submission from CommitStarted along STATUS_PATH up to finalStatus.
  const walk = STATUS_PATH.slice(STATUS_PATH.indexOf('PreProcessing'), STATUS_PATH.indexOf('Published') + 1);

  test.each<WaitFor>(['commit', 'certification', 'publish'])(
    'wait-for %s: the local Store gets to a status that ends the wait',
    (waitFor) => {
      expect(walk).toContain(SANDBOX_COMMIT_OUTCOME.finalStatus);
      const reached = walk.slice(0, walk.indexOf(SANDBOX_COMMIT_OUTCOME.finalStatus) + 1);
      expect(reached.some((status) => judgeStatus(status, waitFor).state === 'done')).toBe(true);
    }
  );
});

describe('how long the sandbox lets the step run', () => {
  test.each([['2'], ['0.5'], ['90'], ['600']])(
    'timeout-minutes %s: longer than the action’s own timeout, by the grace',
    (minutes) => {
      expect(stepTimeoutMs({ 'timeout-minutes': minutes })).toBe(Number(minutes) * 60_000 + STEP_GRACE_MS);
      expect(STEP_GRACE_MS).toBeGreaterThanOrEqual(5 * 60_000); // a Retry-After of up to 5 minutes fits
    }
  );

  test('no timeout-minutes, or one the action refuses: the action’s default (60) and the grace', () => {
    for (const inputs of [{}, { 'timeout-minutes': 'soon' }, { 'timeout-minutes': '-1' }] as Record<string, string>[])
      expect(stepTimeoutMs(inputs)).toBe(60 * 60_000 + STEP_GRACE_MS);
  });

  test('a step still running past that is cancelled, and said to hang, plainly', () => {
    expect(hungStepLine({ 'timeout-minutes': '2' })).toBe(
      'The step is still running 10 minutes past its own timeout-minutes (2): it hangs. The sandbox cancels it as a runner cancels a job (SIGTERM), and kills it if it has not ended 30 s later. Please report it.'
    );
  });

  test('a step that ends by itself gets no word from the sandbox; a killed one is said plainly', () => {
    expect(killedStepLine({ code: 1, signal: null })).toBeUndefined();
    expect(killedStepLine({ code: 0, signal: null })).toBeUndefined();
    const line = killedStepLine({ code: null, signal: 'SIGKILL' });
    expect(line).toMatch(/^The step did not end after it was cancelled: the sandbox killed it \(SIGKILL\)\./);
    expect(line).toMatch(/missing because it was killed, not because it failed/);
    expect(line).not.toMatch(/exit code null/);
  });
});

describe('describeInputs', () => {
  test('every input the step runs with, the user’s included; not the secret nor the local URLs', () => {
    const text = describeInputs({
      'product-id': 'p',
      'client-secret': 'sandbox-secret-not-real',
      'msi-exe-api-url': 'http://127.0.0.1:1',
      'store-api-url': 'http://127.0.0.1:2',
      'authority-host': 'http://127.0.0.1:3',
      'listings-folder': 'store/listings'
    });
    expect(text).toBe(
      'Inputs (and the local URLs and credentials):\n  product-id: p\n  listings-folder: store/listings'
    );
  });
});
