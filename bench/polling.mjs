// Benchmark: how soon the status polls notice the end of a commit, and what they cost, on a simulated clock.
//
//   npm run bench:polling -- [--interval-seconds 30] [--latency-ms 300] [--commits 4000] [--seed 1]   (--help)
//
// Runs src/polling.ts (transpiled in memory) the way the lifecycle's wait loop does: wait pollDelay(...), read the
// status (each read takes a random latency around --latency-ms; the Store answers at its middle), repeat. For
// commits of 30 s, 2, 10 and 60 minutes it prints the mean and worst lateness (from the moment the status changed
// to the moment the action knows it) and the status reads per minute (the busiest 60 s, and the average over the
// wait, counted as at least one minute), for the
// current schedule and, for comparison, for the one it replaced (5 s doubling up to the interval). Two ways to
// read "a commit of D": it ends at D ± 20 %, or it ends anywhere within D (the targets are of this kind:
// within 2 minutes, noticed on average within 6 s; within 30 minutes, within 20 s; never more than 6 reads a minute).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
// A small seeded PRNG (mulberry32), so that runs compare.
import { prng as random } from './soak/plan.mjs';
import { parseOptions, wholeNumber } from './lib/cli.mjs';
import { printTable } from './lib/report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  return parseOptions(argv, {
    command: 'npm run bench:polling --',
    what: `How soon the status polls notice the end of a commit, and what they cost, on a simulated clock: src/polling.ts's
schedule (and, for comparison, the one it replaced) for commits of 30 s, 2, 10 and 60 minutes: mean and worst
lateness, the busiest minute's status reads and the reads per minute; then the issue's targets, met or MISSED
(exit 1 when one is missed at the default interval).`,
    options: {
      'interval-seconds': { type: 'number', default: 30, help: 'poll-interval-seconds' },
      'latency-ms': { type: 'number', default: 300, help: 'the mean latency of a status read (± 50 %)' },
      commits: { type: 'number', default: 4000, help: 'simulated commits per row', check: wholeNumber(1) },
      seed: { type: 'number', default: 1, help: 'the seed of the random latencies and commit lengths' }
    }
  });
}

async function loadSchedule() {
  const source = readFileSync(join(root, 'src', 'polling.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

/** The schedule this one replaced: 5 s, doubling, up to the interval (for comparison). */
function previousSchedule() {
  let previous;
  return (elapsedMs, intervalMs, remainingMs) => {
    if (elapsedMs <= 0) previous = undefined;
    previous = previous === undefined ? Math.min(intervalMs, 5000) : Math.min(intervalMs, previous * 2);
    return Math.max(0, Math.min(previous, remainingMs));
  };
}

/**
 * One wait, as the lifecycle runs it, for a commit that ends `endMs` after its answer.
 * @returns {{ lateMs: number, reads: number[] }} reads: when each read reached the Store
 */
function simulate(delay, endMs, intervalMs, latency) {
  const timeoutMs = Math.max(endMs * 2, 3600_000) * 10;
  let now = 0;
  const reads = [];
  for (;;) {
    now += delay(now, intervalMs, timeoutMs - now);
    const took = latency();
    const seenAt = now + took / 2;
    reads.push(seenAt);
    now += took;
    if (seenAt >= endMs) return { lateMs: now - endMs, reads };
  }
}

/** The most reads in any 60 s (closed window). */
function busiestMinute(reads) {
  let most = 0;
  for (let i = 0, j = 0; i < reads.length; i++) {
    while (reads[i] - reads[j] > 60_000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

function measure(delay, draw, args) {
  const rnd = random(args.seed);
  const latency = () => args.latencyMs * (0.5 + rnd());
  let sum = 0;
  let worst = 0;
  let busiest = 0;
  let perMinute = 0;
  for (let i = 0; i < args.commits; i++) {
    const endMs = draw(rnd);
    const run = simulate(delay, endMs, args.intervalSeconds * 1000, latency);
    sum += run.lateMs;
    worst = Math.max(worst, run.lateMs);
    busiest = Math.max(busiest, busiestMinute(run.reads));
    perMinute += run.reads.length / Math.max(1, (endMs + run.lateMs) / 60_000);
  }
  return { mean: sum / args.commits / 1000, worst: worst / 1000, busiest, perMinute: perMinute / args.commits };
}

const DURATIONS = [
  ['30 s', 30_000],
  ['2 min', 120_000],
  ['10 min', 600_000],
  ['60 min', 3_600_000]
];

function table(title, schedules, draw, args) {
  console.log(`\n${title}`);
  const rows = DURATIONS.flatMap(([label, ms]) =>
    schedules.map(([name, delay]) => {
      const m = measure(delay, (rnd) => draw(ms, rnd), args);
      return [label, name, m.mean.toFixed(1), m.worst.toFixed(1), m.busiest, m.perMinute.toFixed(2)];
    })
  );
  printTable(
    ['commit', 'schedule', 'mean late (s)', 'worst late (s)', 'busiest minute (reads)', 'reads per minute'],
    rows,
    'llrrrr'
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { pollDelay } = await loadSchedule();
  const current = (elapsed, interval, remaining) => pollDelay(elapsed, interval, remaining);
  const previous = previousSchedule();
  const schedules = [
    ['current', current],
    ['previous', previous]
  ];
  console.log(
    `poll-interval-seconds ${args.intervalSeconds}, read latency ${args.latencyMs} ms ± 50 %, ${args.commits} commits per row, seed ${args.seed}`
  );
  table('Commits that end at D ± 20 %', schedules, (ms, rnd) => ms * (0.8 + 0.4 * rnd()), args);
  table('Commits that end anywhere within D', schedules, (ms, rnd) => ms * (1 - rnd()), args);

  // The targets, for the current schedule.
  const within = (ms) => measure(current, (rnd) => ms * (1 - rnd()), args);
  const two = within(120_000);
  const thirty = within(1_800_000);
  const day = measure(current, () => 2 * 86_400_000, { ...args, commits: 1 });
  const checks = [
    [`within 2 min: mean ${two.mean.toFixed(1)} s`, two.mean <= 6],
    [`within 30 min: mean ${thirty.mean.toFixed(1)} s`, thirty.mean <= 20],
    [
      `busiest minute: ${Math.max(two.busiest, thirty.busiest, day.busiest)} reads`,
      Math.max(two.busiest, thirty.busiest, day.busiest) <= 6
    ],
    [`a 2-day wait (certification): ${day.perMinute.toFixed(2)} reads a minute of the tenant's ~20`, day.perMinute <= 6]
  ];
  console.log('\nTargets (current schedule, default inputs: 6 s, 20 s, 6 reads a minute)');
  for (const [text, ok] of checks) console.log(`${ok ? 'met   ' : 'MISSED'} ${text}`);
  if (args.intervalSeconds === 30 && checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

await main();
