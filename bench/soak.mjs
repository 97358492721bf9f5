#!/usr/bin/env node
// The soak: whole runs of the bundled action (dist/index.js, run as the runner runs it, with action.yml's
// defaults) against the local fakes, each with a seeded random plan of 1-4 faults on any of its calls
// (transient ones and refusals that are not retried), then every promise checked against what the fakes hold.
//
//   npm run soak -- [--seed N] [--runs N] [--parallel N] [--verbose]
//   npm run soak -- --replay SEED:INDEX      one run again, from its seed, with its plan and whole log
//   npm run soak -- --help
//
// Build first (npm run build): it runs dist/. Exit code 1 when any run broke a promise.
import { startAzurite } from '../__fixtures__/azurite.mjs';
import { runAction } from '../__fixtures__/run-action.mjs';
import { checkMsiExeRun, checkStoreRun, withinBudget } from './soak/check.mjs';
import { applyPlan, planRun, runSeed } from './soak/plan.mjs';
import { startWorld, writeFiles } from './soak/world.mjs';
import { parseOptions, wholeNumber } from './lib/cli.mjs';
import { tempFolder } from './lib/files.mjs';

/** Runs between two fresh Azurites (each run uploads some 32 MiB: keeps the disk in bounds). */
const AZURITE_BATCH = 20;
/** A run that has not ended after this is killed and counted as not ending within its limits. */
const RUN_LIMIT_MS = 240_000;

function options(argv) {
  return parseOptions(argv, {
    command: 'npm run soak --',
    what: `Whole runs of the bundled action (dist/index.js, run as the runner runs it) against the local fakes, each
with a seeded random plan of 1-4 faults on any of its calls, then every promise checked against what the fakes
hold. Prints one line per run that broke a promise (every run with --verbose) and the totals; exit code 1 when
any run broke a promise. npm run soak builds dist/ first; node bench/soak.mjs runs the dist/ there is.`,
    options: {
      seed: { type: 'number', default: 1, help: 'the seed of the plans', check: wholeNumber(0) },
      runs: { type: 'number', default: 20, help: 'how many runs', check: wholeNumber(1) },
      parallel: { type: 'number', default: 2, help: 'runs at a time', check: wholeNumber(1) },
      replay: {
        type: 'string',
        value: 'SEED:INDEX',
        help: 'one run again, from its seed, with its plan and whole log',
        check: (v) => (/^\d+:\d+$/.test(v) ? undefined : 'SEED:INDEX, e.g. 4:181')
      },
      verbose: { type: 'flag', help: 'a line for every run' }
    }
  });
}

async function oneRun(seed, index, azurite, files) {
  const plan = planRun(runSeed(seed, index));
  const world = await startWorld(plan.scenario, azurite, files);
  try {
    const faults = applyPlan(plan, world);
    const started = Date.now();
    const result = await runAction(world.inputs, { cwd: world.cwd, timeoutMs: RUN_LIMIT_MS });
    const seconds = (Date.now() - started) / 1000;
    const fired = faults.map((f) => ({ call: f.call, fault: f.fault, count: f.fired() }));
    const violations =
      world.api === 'msi-exe'
        ? checkMsiExeRun(world, result)
        : await checkStoreRun(world, result, files, plan.scenario);
    const survived = result.code === 0;
    if (!survived && withinBudget(fired)) violations.push('failed although its faults were within the retry budget');
    return { id: `${seed}:${index}`, plan, fired, result, seconds, survived, violations };
  } finally {
    await world.close();
  }
}

function describe(run) {
  const faults = run.fired.map((f) => `${f.call}=${f.fault}${f.count ? '' : '(not reached)'}`).join(', ');
  const end = run.survived ? 'ok' : `failed: ${(run.result.log.match(/^::error::(.*)$/m)?.[1] ?? '').slice(0, 160)}`;
  return `${run.id} ${run.plan.scenario.kind}${run.plan.scenario.pending ? '+' : ''} [${faults}] ${run.seconds.toFixed(1)} s ${end}`;
}

/** What to clean up when the soak is stopped (Ctrl-C): its Azurite and its files. */
const live = { azurite: undefined, folder: undefined };
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await live.azurite?.stop();
    live.folder?.remove();
    process.exit(130);
  });
}

async function soak(opts) {
  const folder = tempFolder('soak-');
  live.folder = folder;
  const files = await writeFiles(folder.path);
  const totals = { runs: 0, faults: 0, survived: 0, withinBudget: 0, violations: [], slowest: 0 };
  const indexes = opts.replay ? [Number(opts.replay.split(':')[1])] : Array.from({ length: opts.runs }, (_, i) => i);
  const seed = opts.replay ? Number(opts.replay.split(':')[0]) : opts.seed;
  try {
    for (let from = 0; from < indexes.length; from += AZURITE_BATCH) {
      const azurite = await startAzurite();
      live.azurite = azurite;
      try {
        const queue = indexes.slice(from, from + AZURITE_BATCH);
        const worker = async () => {
          for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
            const run = await oneRun(seed, index, azurite, files);
            record(totals, run, opts);
          }
        };
        await Promise.all(Array.from({ length: opts.parallel }, worker));
      } finally {
        await azurite.stop();
      }
    }
  } finally {
    folder.remove();
  }
  return totals;
}

function record(totals, run, opts) {
  totals.runs++;
  totals.faults += run.fired.reduce((n, f) => n + f.count, 0);
  if (run.survived) totals.survived++;
  else if (withinBudget(run.fired)) totals.withinBudget++;
  totals.slowest = Math.max(totals.slowest, run.seconds);
  for (const v of run.violations) totals.violations.push(`${run.id}: ${v}`);
  if (opts.verbose || opts.replay || run.violations.length) console.log(describe(run));
  for (const v of run.violations) console.log(`  VIOLATION ${v}`);
  if (opts.replay) {
    console.log(JSON.stringify(run.plan, (k, value) => (value instanceof RegExp ? String(value) : value), 2));
    console.log(run.result.log, '\n--- outputs', run.result.outputs, '\n--- summary\n', run.result.summary);
  }
}

const opts = options(process.argv.slice(2));
const totals = await soak(opts);
console.log(
  `soak seed ${opts.replay ?? opts.seed}: ${totals.runs} runs, ${totals.faults} faults injected, ${totals.survived} runs survived, ` +
    `${totals.withinBudget} failures within the documented retry budget, ${totals.violations.length} violations ` +
    `(slowest run ${totals.slowest.toFixed(1)} s)`
);
process.exitCode = totals.violations.length ? 1 : 0;
