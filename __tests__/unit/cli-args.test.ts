/**
 * The command line (src/cli/args.ts): the command word sets the operation,
 * every other input is an option of the same name read as the declaration
 * types it, and every mistake is one line naming the option, exit code 2.
 */
import { describe, expect, test } from '@jest/globals';
import {
  COMMANDS,
  EXIT_CODES,
  isUsageError,
  parseCommandLine,
  type CliCommand,
  type CliUsageError
} from '../../src/cli/args.js';
import { INPUT_NAMES, INPUTS, type InputSpec } from '../../src/interface/declaration.js';

function command(...argv: string[]): CliCommand {
  const result = parseCommandLine(argv);
  if (isUsageError(result)) throw new Error(`expected a command, got: ${result.message}`);
  return result;
}

function refusal(...argv: string[]): string {
  const result = parseCommandLine(argv);
  if (!isUsageError(result)) throw new Error(`expected a usage error for ${argv.join(' ')}`);
  expect(result.exitCode).toBe(2);
  return result.message;
}

describe('the command word', () => {
  test.each([
    ['publish', 'submit'],
    ['rollout', 'rollout'],
    ['status', 'status'],
    ['export', 'export']
  ])('%s sets operation %s', (word, operation) => {
    const parsed = command(word);
    expect(parsed.operation).toBe(operation);
    expect(parsed.inputs.operation).toBe(operation);
    expect(parsed.given).toEqual([]);
  });

  test('every operation the declaration offers has a command word', () => {
    const declared = (INPUTS.operation as InputSpec).type;
    expect(declared.kind).toBe('choice');
    const operations = declared.kind === 'choice' ? declared.values : [];
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) expect(Object.values(COMMANDS)).toContain(operation);
  });

  test('is required, comes first, and is one of the four', () => {
    expect(refusal()).toMatch(/^No command: msstore-submit <publish\|rollout\|status\|export>/);
    expect(refusal('--dry-run', 'publish')).toMatch(/^The command comes first: msstore-submit <publish/);
    expect(refusal('publsh')).toBe(
      "Unknown command 'publsh': the commands are publish, rollout, status, export (did you mean publish?)."
    );
    expect(refusal('submit')).toMatch(/^Unknown command 'submit': the commands are publish,/);
  });

  test('--operation is not an option: the command sets it', () => {
    expect(refusal('publish', '--operation', 'rollout')).toBe(
      "'--operation' is not an option: the command sets it (publish, rollout, status, export)."
    );
  });
});

describe('inputs as options', () => {
  test('--NAME VALUE and --NAME=VALUE, in any order; the rest as the runner sets them', () => {
    const parsed = command(
      'publish',
      '--application-id',
      '9NBLGGH4R315',
      '--packages=out/**/*.msixupload',
      '--release-notes',
      'a=b, and -- dashes',
      '--wait-for=PUBLISH'
    );
    expect(parsed.inputs['application-id']).toBe('9NBLGGH4R315');
    expect(parsed.inputs.packages).toBe('out/**/*.msixupload');
    expect(parsed.inputs['release-notes']).toBe('a=b, and -- dashes');
    expect(parsed.inputs['wait-for']).toBe('PUBLISH');
    expect(parsed.given).toEqual(['application-id', 'packages', 'release-notes', 'wait-for']);
    // Not given: action.yml's default where it has one (as the runner sets it), else empty.
    expect(parsed.inputs['timeout-minutes']).toBe('60');
    expect(parsed.inputs['dry-run']).toBe('false');
    expect(parsed.inputs['flight-id']).toBe('');
    expect(Object.keys(parsed.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  test('a boolean alone means true; its value goes with =', () => {
    expect(command('publish', '--dry-run').inputs['dry-run']).toBe('true');
    expect(command('publish', '--commit=false').inputs.commit).toBe('false');
    expect(command('publish', '--delete-pending=no', '--dry-run').inputs['delete-pending']).toBe('no');
    expect(refusal('publish', '--commit', 'false')).toBe(
      "Unexpected argument 'false': after the command, every argument is --name value or --name=value (a switch takes its value only with '=': --commit=false)."
    );
  });

  test('an empty value means the default, as in a workflow', () => {
    const parsed = command('publish', '--wait-for=', '--release-notes', '');
    expect(parsed.inputs['wait-for']).toBe('');
    expect(parsed.inputs['release-notes']).toBe('');
  });

  test.each([
    [['--dry-run=maybe'], "Option '--dry-run' must be true or false, got 'maybe'."],
    [['--wait-for', 'ever'], "Option '--wait-for' must be commit, certification or publish, got 'ever'."],
    [['--timeout-minutes', 'soon'], "Option '--timeout-minutes' must be a number from 0.001 to 20160, got 'soon'."],
    [['--upload-concurrency=2.5'], "Option '--upload-concurrency' must be a whole number from 1 to 32, got '2.5'."],
    [['--add-on-type', 'Forever'], "Option '--add-on-type' must be Durable or Consumable, got 'Forever'."]
  ])('a bad value %j is refused as the action refuses it', (args, message) => {
    expect(refusal('publish', ...args)).toBe(message);
  });

  test('unknown options name the nearest one', () => {
    expect(refusal('publish', '--aplication-id', '9N')).toBe(
      "Unknown option '--aplication-id': did you mean --application-id?"
    );
    expect(refusal('publish', '--jsn')).toBe("Unknown option '--jsn': did you mean --json?");
    expect(refusal('publish', '--frobnicate')).toBe(
      "Unknown option '--frobnicate': run msstore-submit --help for the options."
    );
    expect(refusal('publish', '-x')).toBe("Unknown option '-x': options are --name (the one short option is -h).");
  });

  test('a missing value, a repeated option and a stray argument are refused', () => {
    expect(refusal('publish', '--application-id')).toBe(
      "Option '--application-id' needs a value: --application-id VALUE (or --application-id=VALUE for a value that starts with '--')."
    );
    expect(refusal('publish', '--application-id', '--dry-run')).toMatch(/^Option '--application-id' needs a value/);
    expect(command('publish', '--release-notes=--not-an-option').inputs['release-notes']).toBe('--not-an-option');
    expect(refusal('publish', '--packages', 'a', '--packages=b')).toBe(
      "Option '--packages' is given twice: give it once."
    );
    expect(refusal('publish', '--dry-run', '--dry-run=false')).toBe("Option '--dry-run' is given twice: give it once.");
    expect(refusal('publish', 'extra')).toMatch(/^Unexpected argument 'extra': after the command/);
    expect(refusal('publish', '--', '--dry-run')).toMatch(/^Unexpected argument '--'/);
  });

  test("an input that does not belong to the command's operation is a usage error", () => {
    expect(refusal('rollout', '--rollout-action', 'halt', '--packages', 'out/*.msix')).toBe(
      "Option '--packages' is not for rollout: it belongs to publish. Remove it."
    );
    expect(refusal('publish', '--rollout-action=halt')).toBe(
      "Option '--rollout-action' is not for publish: it belongs to rollout. Remove it."
    );
    expect(command('rollout', '--rollout-action', 'update', '--rollout-percentage', '50').given).toEqual([
      'rollout-action',
      'rollout-percentage'
    ]);
  });

  test('--client-secret is refused without echoing the secret', () => {
    for (const args of [['--client-secret', 's3cr3t-value'], ['--client-secret=s3cr3t-value']]) {
      const message = refusal('publish', '--tenant-id', 't', ...args);
      expect(message).toMatch(/^'--client-secret' is refused: a secret never goes on a command line/);
      expect(message).toContain('AZURE_CLIENT_SECRET');
      expect(message).not.toContain('s3cr3t');
    }
  });
});

describe('options of the command line alone', () => {
  test('--json, --output-file and --summary-file', () => {
    const parsed = command('status', '--json', '--output-file', 'out.env', '--summary-file=summary.md');
    expect(parsed).toMatchObject({ json: true, outputFile: 'out.env', summaryFile: 'summary.md', help: false });
    expect(parsed.given).toEqual([]);
    const plain = command('status');
    expect(plain).toMatchObject({ json: false, help: false, version: false });
    expect(plain.outputFile).toBeUndefined();
    expect(refusal('status', '--json=yes')).toBe("Option '--json' takes no value.");
    expect(refusal('status', '--output-file')).toMatch(/^Option '--output-file' needs a value/);
    expect(refusal('status', '--summary-file=')).toBe("Option '--summary-file' needs a file name.");
  });

  test('--help and -h win over everything else, with or without a command', () => {
    expect(command('--help')).toMatchObject({ help: true, version: false, operation: undefined });
    expect(command('-h')).toMatchObject({ help: true });
    expect(command('rollout', '--bogus', '-h')).toMatchObject({ help: true, operation: 'rollout' });
    expect(command('--version')).toMatchObject({ help: false, version: true });
    expect(command('--version', '--help')).toMatchObject({ help: true, version: false });
  });

  test('a usage error is plain data with exit code 2', () => {
    const result = parseCommandLine(['nope']) as CliUsageError;
    expect(result).toEqual({ kind: 'usage-error', message: expect.any(String), exitCode: EXIT_CODES.usage });
    expect(EXIT_CODES).toEqual({ done: 0, failed: 1, usage: 2 });
  });
});
