// Runs the bundled action (dist/index.js) the way the GitHub runner does:
// every input that has a `default:` in action.yml is set as an INPUT_*
// variable whether the step names it or not (the runner cannot tell a default
// from a value the user typed), then the step's own inputs; outputs come
// through a GITHUB_OUTPUT file, the job summary through GITHUB_STEP_SUMMARY.
// Used by the integration tests, the sandbox and the benchmarks.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ACTION_ENTRY = join(ROOT, 'dist', 'index.js');

/**
 * The action's metadata, read with a YAML parser as the runner reads it.
 * @returns {{ inputs: Record<string, { description?: string, required?: boolean, default?: string }>, outputs: Record<string, { description?: string }> }}
 */
export function readActionYml(path = join(ROOT, 'action.yml')) {
  return parse(readFileSync(path, 'utf8'));
}

/**
 * The INPUT_* variables the runner sets for a step: one per input with a default, then the step's `with:`.
 * @param {Record<string, string|undefined>} inputs the step's inputs by their action.yml names
 * @returns {Record<string, string>}
 */
export function runnerInputEnv(inputs, actionYml = readActionYml()) {
  const env = {};
  const key = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  for (const [name, spec] of Object.entries(actionYml.inputs ?? {})) {
    if (spec && spec.default !== undefined && spec.default !== null) env[key(name)] = String(spec.default);
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (value !== undefined) env[key(name)] = value;
  }
  return env;
}

/** Parses the runner's GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`). */
export function parseOutputFile(text) {
  const outputs = {};
  // @actions/core writes os.EOL: CRLF on Windows.
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/** Undoes the workflow-command escaping of a value (`%25`, `%0D`, `%0A`). */
function unescapeCommandValue(value) {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * What the runner shows of a step's raw output: `::add-mask::` commands are
 * consumed (never shown), and every masked value becomes `***`.
 */
export function runnerView(raw) {
  const masks = [];
  const kept = [];
  for (const line of raw.split('\n')) {
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) masks.push(unescapeCommandValue(mask[1]));
    else kept.push(line);
  }
  let text = kept.join('\n');
  for (const value of masks.filter(Boolean).sort((a, b) => b.length - a.length)) text = text.split(value).join('***');
  return text;
}

/** What a Windows process needs besides PATH (Winsock fails without SystemRoot), as the runner passes it on. */
function windowsEnv() {
  if (process.platform !== 'win32') return {};
  const names = [
    'SystemRoot',
    'SystemDrive',
    'windir',
    'TEMP',
    'TMP',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'PATHEXT',
    'ComSpec'
  ];
  return Object.fromEntries(
    names.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]])
  );
}

/**
 * @param {Record<string, string|undefined>} inputs the step's inputs by their action.yml names (undefined: not given, the default applies)
 * @param {{ env?: Record<string,string>, cwd?: string, onStart?: (child: import('node:child_process').ChildProcess) => void, timeoutMs?: number }} [options]
 * @returns {Promise<{ code: number|null, signal: string|null, stdout: string, stderr: string, log: string, rawLog: string, outputs: Record<string,string>, summary: string }>}
 */
export async function runAction(inputs, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env = {
    ...windowsEnv(),
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env,
    ...runnerInputEnv(inputs)
  };
  try {
    const child = spawn(process.execPath, [ACTION_ENTRY], { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    options.onStart?.(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 110_000);
    const [code, signal] = await new Promise((resolve) => child.once('close', (c, s) => resolve([c, s])));
    clearTimeout(timer);
    // The runner shows lines; on Windows they end in CRLF.
    stdout = stdout.replace(/\r\n/g, '\n');
    stderr = stderr.replace(/\r\n/g, '\n');
    return {
      code,
      signal,
      stdout,
      stderr,
      // The output minus the ::add-mask:: commands the runner consumes, *unmasked*: a secret printed
      // anywhere else shows here even if it was masked, so the leak checks can catch it.
      log: (stdout + stderr)
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      rawLog: stdout + stderr,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8').replace(/\r\n/g, '\n')
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
