/**
 * The command line, read from the one declaration of inputs
 * (../interface/declaration.ts): `msstore-submit <command> [--INPUT VALUE]...`.
 * The command word sets `operation`; every other input is an option of the
 * same name; a few options belong to the command line alone (--json,
 * --output-file, --summary-file, --help, --version). Pure: argv in, a
 * command or a one-line usage error (exit code 2) out. Values are checked as
 * the declaration types them, with the action's own readers
 * (../inputs/parse.ts), so the CLI refuses exactly what the action refuses.
 */
import { ActionError } from '../errors.js';
import { readBoolean, readChoice, readNumber } from '../inputs/parse.js';
import { INPUTS, type InputName, type InputSpec, type Operation } from '../interface/declaration.js';

/** The operations a command can set: the declaration's, and the read-only ones being added to it. */
export type CliOperation = Operation | 'status' | 'export';

/** The command words, in the order --help lists them, and the operation each sets. */
export const COMMANDS = {
  publish: 'submit',
  rollout: 'rollout',
  status: 'status',
  export: 'export'
} as const satisfies Record<string, CliOperation>;

export type CommandWord = keyof typeof COMMANDS;

/** The command word that sets an operation (publish for submit). */
export const commandOf = (operation: string): string =>
  (Object.keys(COMMANDS) as CommandWord[]).find((word) => COMMANDS[word] === operation) ?? operation;

/** The operations the declaration offers now (the `operation` input's values). */
export function declaredOperations(): readonly string[] {
  const type = (INPUTS.operation as InputSpec).type;
  return type.kind === 'choice' ? type.values : [];
}

/** An input given to a command whose operation it does not belong to (judged once the declaration has that operation). */
function notForCommand(name: InputName, operation: CliOperation): CliUsageError | undefined {
  const { operations } = INPUTS[name] as InputSpec;
  if (!declaredOperations().includes(operation) || (operations as readonly string[]).includes(operation))
    return undefined;
  return usageError(
    `Option '--${name}' is not for ${commandOf(operation)}: it belongs to ${operations.map(commandOf).join(', ')}. Remove it.`
  );
}

/** 0: done; 1: the run failed; 2: bad usage (nothing was sent). */
export const EXIT_CODES = { done: 0, failed: 1, usage: 2 } as const;

/** Options of the command line alone, not inputs of the action. */
export const CLI_OPTIONS = {
  json: { value: false, description: 'Write the outputs to stdout as one JSON object instead of name=value lines.' },
  'output-file': {
    value: true,
    description:
      "Also write the outputs to FILE as a dotenv file (KEY=value lines, e.g. SUBMISSION_ID=...), for GitLab's `reports: dotenv`."
  },
  'summary-file': { value: true, description: 'Write the Markdown summary of the run to FILE.' },
  help: { value: false, description: 'Show this help (after a command: only the options that command takes).' },
  version: { value: false, description: 'Show the version.' }
} as const;

type CliOptionName = keyof typeof CLI_OPTIONS;

/** Inputs that are not options: the command word sets `operation`; a secret never goes on a command line. */
const NOT_OPTIONS: Partial<Record<InputName, string>> = {
  operation: `'--operation' is not an option: the command sets it (${Object.keys(COMMANDS).join(', ')}).`,
  'client-secret':
    "'--client-secret' is refused: a secret never goes on a command line (shell history, process lists, CI logs). Set the environment variable AZURE_CLIENT_SECRET instead."
};

export interface CliCommand {
  readonly kind: 'command';
  /** The command's operation; undefined only with --help or --version and no command word. */
  readonly operation: CliOperation | undefined;
  /**
   * Every declared input, as the runner would set it: the options given, `operation` from the command, every other
   * input with an action.yml default at that default, and '' for the rest.
   */
  readonly inputs: Record<InputName, string>;
  /** The inputs named on the command line, in the order given. */
  readonly given: readonly InputName[];
  readonly json: boolean;
  readonly outputFile?: string;
  readonly summaryFile?: string;
  readonly help: boolean;
  readonly version: boolean;
}

export interface CliUsageError {
  readonly kind: 'usage-error';
  /** One line: what is wrong, naming the option, and how to fix it. */
  readonly message: string;
  readonly exitCode: typeof EXIT_CODES.usage;
}

const usageError = (message: string): CliUsageError => ({ kind: 'usage-error', message, exitCode: EXIT_CODES.usage });

const isInput = (name: string): name is InputName => Object.prototype.hasOwnProperty.call(INPUTS, name);
const isCliOption = (name: string): name is CliOptionName => Object.prototype.hasOwnProperty.call(CLI_OPTIONS, name);

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** The known option or command nearest to a misspelt one, when it is near enough to be what was meant. */
function nearest(name: string, known: readonly string[]): string | undefined {
  const [best] = known
    .map((candidate) => ({ candidate, d: distance(name.toLowerCase(), candidate) }))
    .sort((x, y) => x.d - y.d);
  return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? best.candidate : undefined;
}

/** The inputs that are options of the command line (all but operation and client-secret), in declaration order. */
export function optionInputs(): InputName[] {
  return (Object.keys(INPUTS) as InputName[]).filter((name) => !(name in NOT_OPTIONS));
}

function unknownOption(name: string): CliUsageError {
  const guess = nearest(name, [...optionInputs(), ...Object.keys(CLI_OPTIONS)]);
  const fix = guess ? `did you mean --${guess}?` : 'run msstore-submit --help for the options.';
  return usageError(`Unknown option '--${name}': ${fix}`);
}

/** The value checked as the declaration types it, with the action's readers; a one-line error naming the option. */
function checkValue(name: InputName, value: string): CliUsageError | undefined {
  const type = (INPUTS[name] as InputSpec).type;
  const reader = (asked: InputName): string => (asked === name ? value : '');
  try {
    if (type.kind === 'boolean') readBoolean(reader, name);
    if (type.kind === 'number') readNumber(reader, name);
    if (type.kind === 'choice') readChoice(reader, name);
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    return usageError(error.oneLine().replace(`Input '${name}'`, `Option '--${name}'`));
  }
  return undefined;
}

/** Every input as the runner sets it when a workflow names none: action.yml defaults, else ''. */
function runnerDefaults(): Record<InputName, string> {
  return Object.fromEntries(
    (Object.keys(INPUTS) as InputName[]).map((name) => [name, (INPUTS[name] as InputSpec).action ?? ''])
  ) as Record<InputName, string>;
}

/** Reads `msstore-submit <command> [--NAME VALUE | --NAME=VALUE | --FLAG]...` (argv without node and the script). */
export function parseCommandLine(argv: readonly string[]): CliCommand | CliUsageError {
  const wantsHelp = argv.some((arg) => arg === '--help' || arg === '-h');
  const wantsVersion = argv.includes('--version');
  let operation: CliOperation | undefined;
  let rest = argv;
  const [first] = argv;
  if (first !== undefined && !first.startsWith('-')) {
    if (!Object.prototype.hasOwnProperty.call(COMMANDS, first)) {
      const guess = nearest(first, Object.keys(COMMANDS));
      return usageError(
        `Unknown command '${first}': the commands are ${Object.keys(COMMANDS).join(', ')}${guess ? ` (did you mean ${guess}?)` : ''}.`
      );
    }
    operation = COMMANDS[first as CommandWord];
    rest = argv.slice(1);
  }
  const inputs = runnerDefaults();
  if (operation) inputs.operation = operation;
  const command = { kind: 'command' as const, operation, inputs, given: [] as InputName[], json: false };
  const cli: { outputFile?: string; summaryFile?: string } = {};
  if (wantsHelp || wantsVersion) return { ...command, help: wantsHelp, version: !wantsHelp && wantsVersion };
  if (!operation) {
    return usageError(
      first === undefined
        ? `No command: msstore-submit <${Object.keys(COMMANDS).join('|')}> [--option value]... (msstore-submit --help).`
        : `The command comes first: msstore-submit <${Object.keys(COMMANDS).join('|')}> ${argv.join(' ')}`
    );
  }
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (/^-[^-]/.test(arg))
      return usageError(`Unknown option '${arg}': options are --name (the one short option is -h).`);
    if (!arg.startsWith('--') || arg === '--') {
      const previous = i > 0 ? rest[i - 1].slice(2) : '';
      const afterSwitch = isInput(previous) && INPUTS[previous].type.kind === 'boolean';
      return usageError(
        `Unexpected argument '${arg}': after the command, every argument is --name value or --name=value` +
          (afterSwitch ? ` (a switch takes its value only with '=': --${previous}=${arg}).` : '.')
      );
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    if (isInput(name) && NOT_OPTIONS[name]) return usageError(NOT_OPTIONS[name]);
    if (!isInput(name) && !isCliOption(name)) return unknownOption(name);
    if (seen.has(name)) return usageError(`Option '--${name}' is given twice: give it once.`);
    seen.add(name);
    const switchOnly = isCliOption(name) ? !CLI_OPTIONS[name].value : INPUTS[name].type.kind === 'boolean';
    let value: string;
    if (inline !== undefined) {
      if (isCliOption(name) && !CLI_OPTIONS[name].value) return usageError(`Option '--${name}' takes no value.`);
      value = inline;
    } else if (switchOnly) {
      value = 'true';
    } else {
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) {
        return usageError(
          `Option '--${name}' needs a value: --${name} VALUE (or --${name}=VALUE for a value that starts with '--').`
        );
      }
      value = next;
      i++;
    }
    if (isCliOption(name)) {
      if (name === 'json') command.json = true;
      if (name === 'output-file' || name === 'summary-file') {
        if (value.trim() === '') return usageError(`Option '--${name}' needs a file name.`);
        cli[name === 'output-file' ? 'outputFile' : 'summaryFile'] = value;
      }
      continue;
    }
    const problem = notForCommand(name, operation) ?? checkValue(name, value);
    if (problem) return problem;
    inputs[name] = value;
    command.given.push(name);
  }
  return { ...command, ...cli, help: false, version: false };
}

export const isUsageError = (result: CliCommand | CliUsageError): result is CliUsageError =>
  result.kind === 'usage-error';
