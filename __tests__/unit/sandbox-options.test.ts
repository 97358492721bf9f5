import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readActionYml } from '../../__fixtures__/run-action.mjs';
import { parseSandboxOptions, runInputs, USAGE, UsageError } from '../../sandbox/options.mjs';

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
