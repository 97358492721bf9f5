/**
 * action.yml and the README's Inputs and Outputs tables, rendered from the
 * declaration (./declaration.ts). Pure; scripts/interface.mjs writes them and
 * `.ci/run` fails when the files differ. Imports nothing but the declaration,
 * so that the generator can load both files on their own.
 */
import { INPUTS, OPERATIONS, OUTPUTS, type Api, type InputSpec, type Operation } from './declaration.js';

/** Where the README's generated tables sit. */
export const README_MARKERS = {
  inputs: [
    '<!-- inputs: generated from src/interface/declaration.ts by `npm run interface` -->',
    '<!-- inputs end -->'
  ],
  outputs: [
    '<!-- outputs: generated from src/interface/declaration.ts by `npm run interface` -->',
    '<!-- outputs end -->'
  ]
} as const;

const HEADER = `# Generated from src/interface/declaration.ts by \`npm run interface\`: edit the declaration, not this file.
name: 'Microsoft Store Submit'
description: 'Publish app submissions, package flights, add-ons and MSI/EXE apps to the Microsoft Store: replace, create, update, upload, commit, wait, report.'
author: 'msstore-submit-action'
branding:
  icon: 'upload-cloud'
  color: 'blue'
`;

const FOOTER = `runs:
  using: 'node24'
  main: 'dist/index.js'
`;

/** A YAML scalar in single quotes (the generator lets Prettier pick the quotes it prefers). */
function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The description action.yml shows: the declaration's, with the documented default of an input the runner does not set. */
export function actionDescription(spec: InputSpec): string {
  return spec.fallback !== undefined ? `${spec.description} When not given: \`${spec.fallback}\`.` : spec.description;
}

export function renderActionYml(): string {
  const lines = [HEADER, 'inputs:'];
  for (const [name, spec] of Object.entries(INPUTS) as [string, InputSpec][]) {
    lines.push(`  ${name}:`, `    description: ${quote(actionDescription(spec))}`);
    lines.push(`    required: ${spec.required ? 'true' : 'false'}`);
    if (spec.action !== undefined) lines.push(`    default: ${quote(spec.action)}`);
  }
  lines.push('', 'outputs:');
  for (const [name, spec] of Object.entries(OUTPUTS)) {
    lines.push(`  ${name}:`, `    description: ${quote(spec.description)}`);
  }
  lines.push('', FOOTER);
  return lines.join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function defaultCell(spec: InputSpec): string {
  if (spec.required) return 'required';
  const value = spec.action ?? spec.fallback;
  if (value === undefined) return '';
  return value === '' ? 'empty' : `\`${value}\``;
}

/**
 * Which runs take the input: `all`, or the API and the operations it is limited to, each operation as `named`
 * gives it (the README: the operation itself; the command line's help: its command word), joined by `between`.
 */
export function runsCell(
  spec: { apis: readonly Api[]; operations: readonly Operation[] },
  named: (operation: Operation) => string = (operation) => operation,
  between = ', '
): string {
  const api = spec.apis.length > 1 ? '' : spec.apis[0] === 'msix' ? 'MSIX' : 'MSI/EXE';
  const every = OPERATIONS.every((op) => spec.operations.includes(op));
  const operation = every ? '' : spec.operations.map(named).join(between);
  return [api, operation].filter(Boolean).join(', ') || 'all';
}

export function renderInputsTable(): string {
  const rows = (Object.entries(INPUTS) as [string, InputSpec][]).map(
    ([name, spec]) => `| \`${name}\` | ${defaultCell(spec)} | ${runsCell(spec)} | ${cell(actionDescription(spec))} |`
  );
  return ['| input | default | for | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

export function renderOutputsTable(): string {
  const rows = Object.entries(OUTPUTS).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return ['| output | meaning |', '|---|---|', ...rows].join('\n');
}

/** The README with its generated tables replaced; throws when a marker is missing. */
export function renderReadme(readme: string): string {
  let text = readme.replace(/\r\n/g, '\n');
  for (const [section, table] of [
    ['inputs', renderInputsTable()],
    ['outputs', renderOutputsTable()]
  ] as const) {
    const [start, end] = README_MARKERS[section];
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`README.md has no '${start}' ... '${end}' block for the ${section} table.`);
    text = `${text.slice(0, from + start.length)}\n\n${table}\n\n${text.slice(to)}`;
  }
  return text;
}
