/**
 * The YAML blocks of the README and docs/, and the steps in them that use this
 * action, read as a user copies them: whole workflows and step fragments,
 * every `with:` value a string as the runner passes it (YAML's failsafe
 * schema: `1152921504606962205` and `true` stay as written).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface YamlBlock {
  file: string;
  /** The line of the opening fence. */
  line: number;
  text: string;
}

export interface ActionStep {
  block: YamlBlock;
  with: Record<string, string>;
}

/** The Markdown files with examples: README.md and every docs/**.md. */
export function exampleFiles(): string[] {
  const docs = join(ROOT, 'docs');
  const more = existsSync(docs)
    ? readdirSync(docs, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => join('docs', name))
    : [];
  return ['README.md', ...more.sort()];
}

export function yamlBlocks(files = exampleFiles()): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  for (const file of files) {
    const lines = readFileSync(join(ROOT, file), 'utf8').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (!/^```ya?ml\s*$/.test(lines[i])) continue;
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
      blocks.push({ file, line: start + 1, text: body.join('\n') });
    }
  }
  return blocks;
}

/** A block is a workflow when it has a top-level `jobs:`. */
export const isWorkflow = (block: YamlBlock): boolean => /^jobs:/m.test(block.text);

/** The block with its common indentation removed (a fragment of steps copied from inside a job). */
function dedent(text: string): string {
  const indents = text
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .map((line) => /^ */.exec(line)![0].length);
  const cut = Math.min(...indents);
  return text
    .split('\n')
    .map((line) => (line.trim().startsWith('#') ? line.trimStart() : line.slice(cut)))
    .join('\n');
}

type Step = { uses?: string; with?: Record<string, string> };

/** The steps of a block: every job's of a workflow, or the list a fragment is. */
function stepsOf(block: YamlBlock): Step[] {
  const doc = parse(dedent(block.text), { schema: 'failsafe' }) as unknown;
  if (Array.isArray(doc)) return doc as Step[];
  const jobs = (doc as { jobs?: Record<string, { steps?: Step[] }> })?.jobs ?? {};
  return Object.values(jobs).flatMap((job) => job.steps ?? []);
}

/** Every step of the examples that uses this action (`OWNER/msstore-submit-action@...`). */
export function actionSteps(blocks = yamlBlocks()): ActionStep[] {
  return blocks.flatMap((block) =>
    stepsOf(block)
      .filter((step) => /msstore-submit-action@/.test(step.uses ?? ''))
      .map((step) => ({ block, with: { ...(step.with ?? {}) } }))
  );
}

/** `${{ expression }}` replaced from `values`; an expression the test does not know fails loudly. */
export function expand(value: string, values: Record<string, string>): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_all, expression: string) => {
    if (!(expression in values))
      throw new Error(`An example uses \${{ ${expression} }}: give the README-example tests a value for it.`);
    return values[expression];
  });
}
