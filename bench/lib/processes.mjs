// Child processes of the benches: peak memory (VmHWM), a job run in its own node process, the child's side of it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from './files.mjs';

/**
 * Peak RSS in MiB of a live process (VmHWM of its own address space), or undefined once it is gone or off Linux.
 * Not process.resourceUsage().maxRSS: on Linux that (getrusage's ru_maxrss) keeps the high-water mark of the forked
 * parent's image, so a child of a big parent reports the parent's size.
 * @param {number | 'self'} [pid]
 */
export function vmHwmMiB(pid = 'self') {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Polls a child's VmHWM every 50 ms until it exits; `peakMiB` is the last value read.
 * @param {import('node:child_process').ChildProcess} child
 */
export function watchPeakRss(child) {
  const watch = { peakMiB: /** @type {number | undefined} */ (undefined), stop: () => clearInterval(timer) };
  const timer = setInterval(() => {
    const value = vmHwmMiB(/** @type {number} */ (child.pid));
    if (value !== undefined) watch.peakMiB = value;
  }, 50);
  child.once('exit', watch.stop);
  return watch;
}

/**
 * Runs `node bench/<script> '<job as JSON>'` and resolves with the JSON of its last line (see childMain).
 * @param {string} script   relative to bench/
 * @param {{ method: string } & Record<string, unknown>} job
 */
export function runChild(script, job) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench', script), JSON.stringify(job)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${job.method} failed (exit ${code}): ${err.trim()}`));
      else resolve(JSON.parse(out.trim().split('\n').pop() ?? ''));
    });
  });
}

/**
 * The child's side: reads the job (argv[2], JSON), runs it, prints one JSON line of its result with this process's
 * peak RSS (maxRssMiB), or its error on stderr with exit code 1. `--help` prints `what`; an option is refused (exit 2).
 * @param {string} what
 * @param {(job: any) => Promise<Record<string, unknown>>} run
 */
export async function childMain(what, run) {
  const arg = process.argv[2];
  if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${what.trim()}\n`);
    return;
  }
  if (arg === undefined || arg.startsWith('-')) {
    const complaint = arg === undefined ? 'no job' : `unknown option ${arg}`;
    process.stderr.write(`${basename(process.argv[1] ?? 'child')}: ${complaint}: it takes one job as JSON (--help)\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const result = await run(JSON.parse(arg));
    const maxRssMiB = vmHwmMiB() ?? process.resourceUsage().maxRSS / 1024;
    process.stdout.write(`${JSON.stringify({ ...result, maxRssMiB })}\n`);
  } catch (err) {
    process.stderr.write(`${/** @type {Error} */ (err)?.stack ?? err}\n`);
    process.exitCode = 1;
  }
}
