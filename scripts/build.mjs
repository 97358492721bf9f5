// npm run build: dist/ from src/ with ncc, and dist/licenses.txt.
//
// The entry is src/index.cjs, so ncc writes CommonJS (index.cjs, renamed here to index.js, the name action.yml
// runs; dist/package.json says "commonjs", as the repository's own says "module"): node starts a CommonJS file
// without its ES module loader (bench/start.mjs).
// The API paths (MSIX, MSI/EXE) and @actions/glob are imported with `await import()`, and ncc writes each to a
// chunk of its own (dist/<id>.index.js) that node reads only when a run takes that path (bench/start.mjs). ncc's
// own `--license` writes the licenses of one chunk only (the last written), so licenses.txt is made here instead,
// in ncc's format, from every package any chunk holds (webpack's stats: the path of every bundled module).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
// The action (dist/index.js, run by action.yml) and the command line (dist/cli/index.js, package.json's bin).
build('src/index.cjs', dist);
build('src/cli/index.cjs', join(dist, 'cli'));

/** One entry bundled into `out`: index.js (CommonJS), its chunks and maps, package.json and licenses.txt. */
function build(entry, out) {
  const work = mkdtempSync(join(tmpdir(), 'ncc-stats-'));
  const statsFile = join(work, 'stats.json');
  try {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
        'build',
        entry,
        '-o',
        out,
        '--source-map',
        '--no-source-map-register',
        '--stats-out',
        statsFile
      ],
      { cwd: root, stdio: 'inherit' }
    );
    const code = readFileSync(join(out, 'index.cjs'), 'utf8');
    writeFileSync(join(out, 'index.js'), code.replace(/sourceMappingURL=\S+\s*$/, 'sourceMappingURL=index.js.map\n'));
    rmSync(join(out, 'index.cjs'));
    const map = JSON.parse(readFileSync(join(out, 'index.cjs.map'), 'utf8'));
    writeFileSync(join(out, 'index.js.map'), JSON.stringify({ ...map, file: 'index.js' }));
    rmSync(join(out, 'index.cjs.map'));
    writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');
    writeFileSync(join(out, 'licenses.txt'), licenses(JSON.parse(readFileSync(statsFile, 'utf8'))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The package directory (…/node_modules/<name> or …/node_modules/@scope/<name>) of every bundled module. */
function packageDirs(stats) {
  const dirs = new Set();
  const visit = (modules) => {
    for (const module of modules ?? []) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(module.name.replace(/^\.\//, ''));
      if (match) dirs.add(match[1]);
      visit(module.modules);
    }
  };
  visit(stats.modules);
  return [...dirs];
}

/** Each package's name, its license's SPDX name and text, sorted by name, as ncc's --license writes them. */
function licenses(stats) {
  const entries = packageDirs(stats).map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const file = readdirSync(join(root, dir)).find((name) => /^licen[cs]e/i.test(name));
    const text = file ? readFileSync(join(root, dir, file), 'utf8').trim() : '';
    return { name: manifest.name, license: manifest.license ?? '', text };
  });
  const unique = [...new Map(entries.map((entry) => [entry.name, entry])).values()];
  unique.sort((a, b) => (a.name < b.name ? -1 : 1));
  return `${unique.map(({ name, license, text }) => `${name}\n${license}\n${text}`).join('\n\n')}\n`;
}
