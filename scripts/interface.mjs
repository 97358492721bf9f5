#!/usr/bin/env node
// Writes action.yml and the README's Inputs and Outputs tables from the one
// declaration of the action's interface (src/interface/declaration.ts).
//   node scripts/interface.mjs          write them
//   node scripts/interface.mjs --check  exit 1, naming the files, when they differ (.ci/run and npm test)
// The folder's TypeScript files are transpiled on their own (they import nothing from outside it).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function loadRender() {
  const dir = mkdtempSync(join(tmpdir(), 'interface-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    for (const file of readdirSync(join(root, 'src/interface')).filter((f) => f.endsWith('.ts'))) {
      const name = file.slice(0, -'.ts'.length);
      const source = readFileSync(join(root, 'src/interface', file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
      });
      writeFileSync(join(dir, `${name}.js`), outputText);
    }
    return await import(pathToFileURL(join(dir, 'render.js')).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The files as they should be: path -> text. */
export async function expectedFiles() {
  const render = await loadRender();
  const actionPath = join(root, 'action.yml');
  const options = { ...(await prettier.resolveConfig(actionPath)), filepath: actionPath };
  const readmePath = join(root, 'README.md');
  return {
    'action.yml': await prettier.format(render.renderActionYml(), options),
    'README.md': render.renderReadme(readFileSync(readmePath, 'utf8'))
  };
}

const check = process.argv.includes('--check');
const stale = [];
for (const [file, text] of Object.entries(await expectedFiles())) {
  const path = join(root, file);
  const now = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  if (now === text) continue;
  stale.push(file);
  if (!check) writeFileSync(path, text);
}
if (check && stale.length) {
  console.error(
    `${stale.join(' and ')} ${stale.length > 1 ? 'differ' : 'differs'} from src/interface/declaration.ts: run 'npm run interface' and commit the result.`
  );
  process.exit(1);
}
console.log(stale.length ? `Wrote ${stale.join(', ')}.` : 'action.yml and README.md match the declaration.');
