/**
 * The README's (and docs/') workflows are checked: every YAML block that is a
 * workflow parses with GitHub's own parser (@actions/workflow-parser), and
 * every `with:` key of a step that uses this action is an input of action.yml
 * with a valid value (literal values are read as the declaration types them).
 */
import { describe, expect, test } from '@jest/globals';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionYml } from '../../__fixtures__/run-action.mjs';
import { actionSteps, isWorkflow, yamlBlocks, type ActionStep } from '../../__fixtures__/readme-examples.js';
import { ActionError } from '../../src/errors.js';
import { readBoolean, readChoice, readNumber } from '../../src/inputs/parse.js';
import { INPUTS, type InputName, type InputSpec } from '../../src/interface/declaration.js';

const inputs = Object.keys(readActionYml().inputs);
const WORKFLOWS = fileURLToPath(new URL('../../.github/workflows', import.meta.url));

/** What is wrong with one example step: unknown keys, and literal values its input's type refuses. */
function problems(step: ActionStep): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(step.with)) {
    if (!inputs.includes(name)) {
      found.push(`'${name}' is not an input of action.yml`);
      continue;
    }
    if (/\$\{\{/.test(value)) continue; // an expression: known only when the workflow runs
    const type = (INPUTS[name as InputName] as InputSpec).type;
    const reader = (asked: string): string => (asked === name ? value : '');
    try {
      if (type.kind === 'boolean') readBoolean(reader, name as InputName);
      if (type.kind === 'number') readNumber(reader, name as InputName);
      if (type.kind === 'choice') readChoice(reader, name as InputName);
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      found.push(error.message);
    }
  }
  return found;
}

const where = (step: ActionStep): string => `${step.block.file}:${step.block.line}`;

describe("the README's workflows", () => {
  const blocks = yamlBlocks();
  const workflows = blocks.filter(isWorkflow);
  const steps = actionSteps(blocks);

  test('there are workflows and steps of this action to check', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(5);
    expect(steps.length).toBeGreaterThanOrEqual(10);
  });

  test.each(workflows.map((block) => [`${block.file}:${block.line}`, block] as const))(
    'the workflow at %s parses with GitHub’s workflow parser',
    (_where, block) => {
      const result = parseWorkflow({ name: 'workflow.yml', content: block.text }, new NoOperationTraceWriter());
      expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    }
  );

  test.each(steps.map((step) => [where(step), step] as const))(
    "the step at %s uses only action.yml's inputs, with valid values",
    (_where, step) => {
      expect(Object.keys(step.with).length).toBeGreaterThan(0);
      expect(problems(step)).toEqual([]);
    }
  );

  test.each(readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)))(
    "the repository's own workflow %s parses with GitHub’s workflow parser",
    (name) => {
      const content = readFileSync(join(WORKFLOWS, name), 'utf8');
      const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
      expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    }
  );

  test('the checks catch what they look for', () => {
    const block = { file: 'x.md', line: 1, text: '' };
    expect(problems({ block, with: { 'aplication-id': '9N', 'dry-run': 'maybe', 'wait-for': 'ever' } })).toEqual([
      "'aplication-id' is not an input of action.yml",
      "Input 'dry-run' must be true or false, got 'maybe'.",
      "Input 'wait-for' must be commit, certification or publish, got 'ever'."
    ]);
    const broken = parseWorkflow(
      { name: 'w.yml', content: 'on: pushh\njobs:\n  a:\n    runs-onn: x\n    steps: []\n' },
      new NoOperationTraceWriter()
    );
    expect(broken.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});
