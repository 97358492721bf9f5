// Benchmark: start-up of the bundled action, from process start to its first request, against a bare `node`
// process that makes one request, both to the same local fake Store (__fixtures__/fake-store, on Azurite).
//
//   npm run bench:start -- [--pairs 9] [--also <another build's index.js>]      (--help)
//
// Each round runs, in an order rotated from round to round:
//   bare    `node -e <one http POST to the fake's token endpoint>` (node:http): the yardstick
//   bare fetch  the same POST with fetch, for scale (fetch loads node's own undici on first use)
//   bare tls    the same node:http POST after loading node:https (TLS and all of crypto), for scale: what any
//               process pays before its first request to the real Store, which is https (the fake is http)
//   action  `node dist/index.js` started as the runner starts it (every action.yml default as an INPUT_* variable,
//           then the step's inputs: runnerInputEnv from __fixtures__/run-action.mjs) for a real run: sign in,
//           create a submission, upload a small package zip to Azurite, commit, wait for the commit
//   error   the same step with one bad input (`wait-for: soon`): it must fail with one line and no request
//   run, TLS loaded  the real run with node:https loaded first (`node -r node:https`), as a run against the real
//           Store (https) loads it before its first request: the action's figure for real runs, beside `bare tls`
// The time to the first request is from just before spawn() to the arrival of the process's first request in the
// fake's request log (both Date.now(), so 1 ms resolution); the error run's time is from spawn() to its exit, beside
// the bare process's. Every action run must exit 0 with a submission id, every error run 1 with no request at all.
// Prints the medians, the ratios (of the medians and the median of the per-round ratios) and the load average.
// --also runs another build (e.g. a copy of dist/ from before a change) the same two ways in the same rounds, so
// that both builds are compared under the same load.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { zipBuffer } from '../__fixtures__/make-zip.mjs';
import { ACTION_ENTRY, parseOutputFile, runnerInputEnv } from '../__fixtures__/run-action.mjs';
import { parseOptions, usageError, wholeNumber } from './lib/cli.mjs';
import { tempFolder } from './lib/files.mjs';
import { machine, median } from './lib/report.mjs';
import { CLIENT, SECRET, startBenchServers, TENANT } from './lib/store.mjs';

/** One POST to `url`, with nothing but node's own http module (the action's client is built on it too). */
const BARE_SCRIPT = `require('node:http').request(process.argv[1], { method: 'POST' }, (res) => res.resume()).end();`;
/** The same with fetch (node's bundled undici, loaded on first use): for scale, not the yardstick. */
const FETCH_SCRIPT = `fetch(process.argv[1], { method: 'POST' }).then((res) => res.arrayBuffer());`;
/** The node:http POST after loading node:https, as a request to the real (https) Store needs: for scale. */
const TLS_SCRIPT = `require('node:https'); ${BARE_SCRIPT}`;

const COMMAND = {
  command: 'npm run bench:start --',
  what: `Start-up of the bundled action, from process start to its first request, against a bare node process that
makes one request, both to the same local fake Store (on Azurite). Each round runs, in a rotated order: the bare
process (node:http, the yardstick), the same with fetch and with node:https loaded (for scale), a real run of
dist/index.js started as the runner starts it, the same run with node:https loaded first (as a run against the real,
https Store loads it), and the same step with one bad input (it must fail with one line and no request). Prints the
medians and their ratios to the bare process, and the load average. Needs dist/ (npm run build).`,
  options: {
    pairs: { type: 'number', default: 9, help: 'rounds', check: wholeNumber(1) },
    also: {
      type: 'string',
      value: 'PATH',
      help: "another build's index.js, run the same three ways in the same rounds (e.g. a copy of dist/ from before a change)"
    }
  }
};

function parseArgs(argv) {
  const args = parseOptions(argv, COMMAND);
  if (args.also) args.also = resolve(args.also);
  if (args.also && !existsSync(args.also)) usageError(COMMAND, `--also: ${args.also} is missing`);
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing (npm run build makes dist/index.js)`);
  return args;
}

/**
 * Starts `args` with `env`; resolves when it exits, with the times (ms after spawn) of its first request to the fake
 * (undefined when it made none) and of its exit.
 */
function timedProcess(fake, args, env, cwd) {
  const seen = fake.requests.length;
  const started = Date.now();
  const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const exited = Date.now() - started;
      const first = fake.requests[seen];
      resolve({
        code,
        log,
        exited,
        firstRequest: first ? first.time - started : undefined,
        requests: fake.requests.length - seen
      });
    });
  });
}

function lastLines(log) {
  return log.trim().split('\n').slice(-10).join('\n');
}

async function runBare(ctx, script = BARE_SCRIPT) {
  const result = await timedProcess(ctx.fake, ['-e', script, ctx.fake.tokenUrl(TENANT)], {
    PATH: process.env.PATH ?? ''
  });
  if (result.code !== 0 || result.requests !== 1)
    throw new Error(`bare: exit ${result.code}, ${result.requests} requests:\n${lastLines(result.log)}`);
  return result;
}

async function runStep(ctx, entry, inputs, nodeArgs = []) {
  const outputFile = join(ctx.work, 'output');
  writeFileSync(outputFile, '');
  writeFileSync(join(ctx.work, 'summary.md'), '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? ctx.work,
    RUNNER_TEMP: ctx.work,
    GITHUB_WORKSPACE: ctx.work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(ctx.work, 'summary.md'),
    ...runnerInputEnv(inputs)
  };
  const result = await timedProcess(ctx.fake, [...nodeArgs, entry], env, ctx.work);
  return { ...result, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) };
}

/** A real run on an app of its own (a committed submission of an app would block the next one's). */
async function runAction(ctx, entry, nodeArgs = []) {
  const appId = `9NSTART${String(++ctx.apps).padStart(5, '0')}`;
  ctx.fake.seedApp({ id: appId, name: 'Start-up Bench', published: true });
  const result = await runStep(ctx, entry, { ...ctx.inputs, 'application-id': appId }, nodeArgs);
  if (result.code !== 0 || !result.outputs['submission-id'] || result.firstRequest === undefined)
    throw new Error(
      `action: exit ${result.code}, outputs ${JSON.stringify(result.outputs)}:\n${lastLines(result.log)}`
    );
  return result;
}

async function runInputError(ctx, entry) {
  const result = await runStep(ctx, entry, { ...ctx.inputs, 'wait-for': 'soon' });
  if (result.code !== 1 || result.requests !== 0 || !result.log.includes('wait-for'))
    throw new Error(`error run: exit ${result.code}, ${result.requests} requests:\n${lastLines(result.log)}`);
  return result;
}

async function setUp() {
  const work = tempFolder('bench-start-');
  const servers = await startBenchServers();
  const fake = servers.fake;
  fake.setCommitOutcome({ kind: 'success', pollsInCommitStarted: 0, finalStatus: 'PreProcessing' });
  writeFileSync(
    join(work.path, 'app.zip'),
    await zipBuffer([{ name: 'App_1.0.0.0_x64.msix', data: 'not a real package' }])
  );
  const inputs = {
    'tenant-id': TENANT,
    'client-id': CLIENT,
    'client-secret': SECRET,
    'application-id': `9NSTART00000`,
    'store-api-url': fake.url,
    'authority-host': fake.url,
    'package-zip': 'app.zip',
    'submission-json': JSON.stringify({
      applicationPackages: [{ fileName: 'App_1.0.0.0_x64.msix', fileStatus: 'PendingUpload' }]
    }),
    'poll-interval-seconds': '1'
  };
  const tearDown = async () => {
    await servers.stop();
    work.remove();
  };
  return { work: work.path, fake, inputs, tearDown, apps: 0 };
}

/** What each round runs: the bare process, then each build's real run and input-error run. */
function kindsOf(args) {
  const builds = [['dist', ACTION_ENTRY], ...(args.also ? [['also', args.also]] : [])];
  return [
    { name: 'bare', run: (ctx) => runBare(ctx) },
    { name: 'bare fetch', what: 'node -e fetch(...)', run: (ctx) => runBare(ctx, FETCH_SCRIPT) },
    {
      name: 'bare tls',
      what: "node -e require('node:https'); http.request(...)",
      run: (ctx) => runBare(ctx, TLS_SCRIPT)
    },
    ...builds.flatMap(([label, entry]) => [
      { name: `${label} run`, what: entry, run: (ctx) => runAction(ctx, entry) },
      {
        name: `${label} run, TLS loaded`,
        what: `node -r node:https ${entry}`,
        run: (ctx) => runAction(ctx, entry, ['-r', 'node:https'])
      },
      { name: `${label} input error`, what: entry, run: (ctx) => runInputError(ctx, entry) }
    ])
  ];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const kinds = kindsOf(args);
  const load = [loadavg()[0]];
  const ctx = await setUp();
  const rounds = [];
  try {
    for (const kind of kinds) await kind.run(ctx); // warm the file cache and the fake; not counted
    for (let round = 0; round < args.pairs; round++) {
      const times = {};
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[(round + k) % kinds.length];
        times[kind.name] = await kind.run(ctx);
      }
      rounds.push(times);
      console.log(
        `round ${round + 1}: ${kinds.map(({ name }) => `${name} ${shown(name, times[name])} ms`).join(', ')}`
      );
    }
  } finally {
    await ctx.tearDown();
  }
  load.push(loadavg()[0]);
  report(rounds, kinds, load);
}

/** The figure of a kind: the time to the first request, or to the exit for an input error. */
const figure = (name, result) => (name.endsWith('input error') ? result.exited : result.firstRequest);
const shown = (name, result) =>
  name === 'bare' ? `${result.firstRequest} (exit ${result.exited})` : figure(name, result);

function report(rounds, kinds, load) {
  const med = (pick) => median(rounds.map(pick));
  const bare = med((r) => r.bare.firstRequest);
  const bareExit = med((r) => r.bare.exited);
  console.log(
    `\nMedians of ${rounds.length} rounds (${machine()}, ` +
      `load average ${load.map((l) => l.toFixed(2)).join(' -> ')}):`
  );
  console.log(`  bare node: to its request ${bare} ms, to its exit ${bareExit} ms`);
  for (const { name, what: command } of kinds.slice(1)) {
    const error = name.endsWith('input error');
    const base = error ? bareExit : bare;
    const value = med((r) => figure(name, r[name]));
    const perRound = med((r) => figure(name, r[name]) / (error ? r.bare.exited : r.bare.firstRequest));
    const what = error ? 'to its exit, / bare exit' : 'to its first request, / bare';
    // A run with TLS loaded is also told against the bare process that loads it too (what a real run pays both).
    const tls = name.endsWith('TLS loaded')
      ? `; / bare tls ${(value / med((r) => r['bare tls'].firstRequest)).toFixed(2)}x`
      : '';
    console.log(
      `  ${name} (${command}): ${what}: ${value} ms, ` +
        `${(value / base).toFixed(2)}x (median of per-round ratios ${perRound.toFixed(2)}x)${tls}`
    );
  }
}

await main();
