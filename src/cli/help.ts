/**
 * `msstore-submit --help`, generated from the one declaration of inputs
 * (../interface/declaration.ts): every input that is an option, with its
 * description, its default and the runs it belongs to, so an input added to
 * the declaration is in the help with no edit here. After a command word,
 * only the options that command takes. Pure.
 */
import { INPUTS, type Api, type InputSpec, type Operation } from '../interface/declaration.js';
import { runsCell } from '../interface/render.js';
import {
  CLI_OPTIONS,
  COMMANDS,
  commandOf,
  EXIT_CODES,
  optionInputs,
  type CliOperation,
  type CommandWord
} from './args.js';
import { ENVIRONMENT_VARIABLES, INPUT_VARIABLES } from './env.js';

const WIDTH = 100;

/** What each command does, for --help. */
const COMMAND_HELP: Record<CommandWord, string> = {
  publish: 'Make a new submission: replace the pending one, create, update, upload, commit, wait (operation submit).',
  rollout: 'Change the rollout of the last published submission: rollout-action update, finalize or halt.',
  status: 'Read what the Store holds now: the published and the pending submission, the rollout. Changes nothing.',
  export: "Write the published submission's listings into listings-folder, in the layout publish reads."
};

const EXIT_HELP: Record<keyof typeof EXIT_CODES, string> = {
  done: 'done',
  failed: 'the run failed (the error says what the Store was left with)',
  usage: 'bad usage: an unknown option, a bad value, or an input or file the run refuses; nothing sent'
};

/** Text without Markdown's backticks, for a terminal. */
export const plain = (markdown: string): string => markdown.replace(/`/g, '');

/** Words wrapped to WIDTH, each line indented; `head` (as long as the indent at most) starts the first line. */
function wrap(text: string, indent: number, head = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 && head ? head.padEnd(indent) : ' '.repeat(indent)) + l);
}

/** Which runs take an input: the API and the commands it is limited to, or "all" (the README's "for" column). */
export const runsOf = (spec: { apis: readonly Api[]; operations: readonly Operation[] }): string =>
  runsCell(spec, commandOf, '/');

function placeholder(spec: InputSpec): string {
  switch (spec.type.kind) {
    case 'boolean':
      return '[=true|false]';
    case 'number':
      return ' NUMBER';
    case 'choice':
      return ` <${spec.type.values.join('|')}>`;
    default:
      return ' VALUE';
  }
}

function optionHelp(name: string, spec: InputSpec): string[] {
  const notes = [runsOf(spec)];
  const fallback = spec.action ?? spec.fallback;
  const variable = (INPUT_VARIABLES as Record<string, string>)[name];
  if (spec.required) notes.push('required');
  if (variable) notes.push(`or ${variable}`);
  if (!spec.required && fallback) notes.push(`default: ${fallback}`);
  const head = `  --${name}${placeholder(spec)}  (${notes.join('; ')})`;
  const description = wrap(plain(spec.description), 6);
  if (head.length <= WIDTH) return [head, ...description];
  return [`  --${name}${placeholder(spec)}`, ...wrap(`(${notes.join('; ')})`, 6), ...description];
}

/** The help text; with an operation, only the options a run of it takes. */
export function helpText(operation?: CliOperation): string {
  const command = operation ? commandOf(operation) : '<command>';
  const lines = [
    `Usage: msstore-submit ${command} [--option VALUE | --option=VALUE | --switch]...`,
    '       msstore-submit --help | --version',
    '',
    ...wrap(
      'Publishes to the Microsoft Store with the engine of the msstore-submit GitHub Action: the same inputs, checks and outputs. Logs and progress go to stderr, the outputs to stdout.',
      0
    ),
    ''
  ];
  if (!operation) {
    lines.push('Commands:');
    for (const word of Object.keys(COMMANDS) as CommandWord[]) {
      lines.push(...wrap(plain(COMMAND_HELP[word]), 11, `  ${word}`));
    }
    lines.push('');
  }
  lines.push(
    `${operation ? `Options of ${command}` : 'Options'}: the action's inputs, with the same names and meanings (README.md, Inputs).`
  );
  for (const name of optionInputs()) {
    const spec = INPUTS[name] as InputSpec;
    if (operation && !spec.operations.includes(operation as never)) continue;
    lines.push(...optionHelp(name, spec));
  }
  lines.push('', 'Options of the command line:');
  for (const [name, option] of Object.entries(CLI_OPTIONS)) {
    lines.push(
      `  --${name}${option.value ? ' FILE' : ''}${name === 'help' ? ', -h' : ''}`,
      ...wrap(plain(option.description), 6)
    );
  }
  lines.push('', 'Environment:');
  for (const [name, description] of Object.entries(ENVIRONMENT_VARIABLES)) {
    lines.push(`  ${name}`, ...wrap(description, 6));
  }
  lines.push('', 'Exit codes:');
  for (const [key, code] of Object.entries(EXIT_CODES)) {
    lines.push(`  ${code}  ${EXIT_HELP[key as keyof typeof EXIT_CODES]}`);
  }
  return `${lines.join('\n')}\n`;
}
