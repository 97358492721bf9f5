// Benchmark: package mode (the zip written on the fly from the packages as it uploads) against the same packages
// in a ready-made zip (`package-zip`), both through the whole bundled action against the local Partner Center
// (__fixtures__/fake-store) and Azurite, plus both sources straight into the uploader, each in its own process.
//
//   npm run bench:packages -- [--package-mib 200] [--count 3] [--rounds 3]
//                             [--methods packages,ready,stream-packages,stream-ready] [--keep-build]   (--help)
//
// Writes `count` MSIX-shaped packages (Info-ZIP zips: a deflated AppxManifest.xml whose identity is the fake app's,
// and `package-mib` MiB of AES-CTR random bytes, stored, so nothing compresses) and a ready zip of them
// (`zip -0`, as a user would make it). Methods, rotated each round:
//   packages         node dist/index.js with `packages` (package mode; needs the action to have the input)
//   ready            node dist/index.js with `package-zip` = the ready zip and `submission-json` naming the packages
//   stream-packages  uploadBlob(url, zipStream({ files })) in a child process (src/ compiled with tsc)
//   stream-ready     uploadBlob(url, fileSource(readyZip)) in a child process
// Time is each process's wall time (the action's: the whole step); peak RSS its VmHWM (/proc/<pid>/status,
// polled every 50 ms for the action). Every blob is checked: the ready zip's and the stream's by sha256 against
// the bytes expected, package mode's with `unzip -t` and its entry list. Everything made is deleted at the end.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { ACTION_ENTRY } from '../__fixtures__/run-action.mjs';
import { oneOf, parseOptions, wholeNumber } from './lib/cli.mjs';
import { compileSources, MiB, ROOT, sha256Of, tempFolder, writeRandom } from './lib/files.mjs';
import { runChild } from './lib/processes.mjs';
import { machine, median, printTable, secondsSince } from './lib/report.mjs';
import { runMeasuredAction, seedBenchApp, startBenchServers } from './lib/store.mjs';

const RSS_BUDGET_MiB = 128;
const TIME_BUDGET = 1.15;
const METHODS = ['packages', 'ready', 'stream-packages', 'stream-ready'];
/** The fake Store's apps are FakePublisher.<name> of the publisher whose ID is 8wekyb3d8bbwe. */
const IDENTITY = 'FakePublisher.BenchApp';
const PUBLISHER = 'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US';
const ARCHITECTURES = ['x64', 'x86', 'arm64', 'arm', 'neutral'];

function parseArgs(argv) {
  return parseOptions(argv, {
    command: 'npm run bench:packages --',
    what: `Package mode (the zip written on the fly from the packages as it uploads) against the same packages in a
ready-made zip, both through the bundled action against the fake Store and Azurite, and both sources straight
into the uploader in a child process. Prints each method's seconds and peak RSS, the ratios of package mode to
the ready zip (target ${TIME_BUDGET}x) and the action's peak RSS against its ${RSS_BUDGET_MiB} MiB budget. Needs dist/ and zip.`,
    options: {
      'package-mib': { type: 'number', default: 200, help: "each package's size in MiB" },
      count: { type: 'number', default: 3, help: 'how many packages', check: wholeNumber(1, ARCHITECTURES.length) },
      rounds: { type: 'number', default: 3, help: 'rounds (the order of the methods rotates)', check: wholeNumber(1) },
      methods: { type: 'list', value: 'LIST', default: METHODS, help: 'which methods', check: oneOf(METHODS) },
      'keep-build': { type: 'flag', help: 'keep .tmp/bench-packages (src/ compiled)' }
    }
  });
}

function manifest(version, architecture) {
  return [
    '\ufeff<?xml version="1.0" encoding="utf-8"?>',
    '<Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10"',
    '  xmlns:uap="http://schemas.microsoft.com/appx/manifest/uap/windows10" IgnorableNamespaces="uap">',
    `  <Identity Name="${IDENTITY}"`,
    `    Publisher="${PUBLISHER}"`,
    `    Version="${version}" ProcessorArchitecture="${architecture}" />`,
    '  <Properties><DisplayName>Bench App</DisplayName><PublisherDisplayName>Bench</PublisherDisplayName>',
    '    <Logo>Assets\\StoreLogo.png</Logo></Properties>',
    '  <Dependencies><TargetDeviceFamily Name="Windows.Desktop" MinVersion="10.0.17763.0"',
    '    MaxVersionTested="10.0.22621.0" /></Dependencies>',
    '  <Resources><Resource Language="en-us" /></Resources>',
    '</Package>',
    ''
  ].join('\r\n');
}

/** An MSIX-shaped package made by Info-ZIP: the manifest deflated, the payload stored. */
async function makePackage(dir, index, sizeMiB) {
  const architecture = ARCHITECTURES[index];
  const version = `1.0.${index + 1}.0`;
  const name = `BenchApp_${version}_${architecture}.msix`;
  const parts = join(dir, `parts-${index}`);
  mkdirSync(parts);
  await writeManifest(parts, version, architecture);
  await writeRandom(join(parts, 'BenchApp.dll'), sizeMiB * MiB);
  execFileSync('zip', ['-q', '-X', join(dir, name), 'AppxManifest.xml'], { cwd: parts });
  execFileSync('zip', ['-q', '-X', '-0', join(dir, name), 'BenchApp.dll'], { cwd: parts });
  rmSync(parts, { recursive: true });
  return name;
}

async function writeManifest(dir, version, architecture) {
  const file = await open(join(dir, 'AppxManifest.xml'), 'w');
  await file.writeFile(manifest(version, architecture), 'utf8');
  await file.close();
}

/** One run of the bundled action on a freshly seeded app; the submission's blob is where it uploaded. */
async function runActionMethod(ctx, method, round) {
  const appId = `9NPKG${method === 'packages' ? 'P' : 'R'}${String(round).padStart(6, '0')}`;
  const common = seedBenchApp(ctx.fake, appId, 'Publishes three packages.');
  const newEntries = ctx.names.map((fileName) => ({ fileName, fileStatus: 'PendingUpload' }));
  const inputs =
    method === 'packages'
      ? { ...common, packages: 'packages/*.msix' }
      : {
          ...common,
          'package-zip': ctx.readyZip,
          'submission-json': JSON.stringify({ applicationPackages: newEntries })
        };
  const run = await runMeasuredAction(ctx.fake, inputs, { cwd: ctx.work, env: { GITHUB_WORKSPACE: ctx.work } }).catch(
    (error) => {
      throw new Error(`${method}: ${error.message}`);
    }
  );
  const uploaded = /Uploaded (.*): ([\d.]+) MiB .* in ([\d.]+) s \(/.exec(run.log);
  return {
    seconds: run.wallSeconds,
    maxRssMiB: run.maxRssMiB,
    uploadSeconds: uploaded ? Number(uploaded[3]) : undefined,
    bytes: uploaded ? Math.round(Number(uploaded[2]) * MiB) : undefined,
    blob: ctx.service.getContainerClient(run.container).getBlobClient(run.submission.blobName),
    detail: uploaded ? `${uploaded[1]}, upload ${uploaded[3]} s by its log` : 'no upload line in the log'
  };
}

async function runDirectMethod(ctx, method, round) {
  const blobName = `${method}-${round}.zip`;
  const client = ctx.container.getBlockBlobClient(blobName);
  const storeUrl = ctx.sasUrl(blobName).store;
  const job = { method, build: ctx.build, storeUrl, files: ctx.files, readyZip: ctx.readyZip };
  const result = await runChild('packages-child.mjs', job);
  return { ...result, blob: client };
}

/** Checks what landed in the blob; returns how long that took. */
async function verify(ctx, method, result) {
  const started = performance.now();
  if (method === 'packages') {
    const path = join(ctx.work, 'downloaded.zip');
    await pipeline((await result.blob.download()).readableStreamBody, createWriteStream(path));
    execFileSync('unzip', ['-tq', path], { stdio: 'pipe' });
    const listed = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n');
    for (const name of ctx.names)
      if (!listed.includes(name)) throw new Error(`packages: ${name} is not in the blob (${listed.join(', ')})`);
    rmSync(path);
  } else {
    const expected = method === 'stream-packages' ? ctx.streamSha : ctx.readySha;
    const actual = await sha256Of((await result.blob.download()).readableStreamBody);
    if (actual !== expected) throw new Error(`${method}: the blob differs from what was sent (sha256 ${actual})`);
  }
  await result.blob.delete();
  return secondsSince(started);
}

async function prepare(args, work, build) {
  console.log(`${machine()}. Compiling src/upload with tsc...`);
  compileSources(['src/upload/index.ts', 'src/zip/write.ts'], build);
  const started = performance.now();
  const dir = join(work, 'packages');
  mkdirSync(dir);
  const names = [];
  for (let i = 0; i < args.count; i++) names.push(await makePackage(dir, i, args.packageMib));
  const readyZip = join(work, 'ready.zip');
  execFileSync('zip', ['-q', '-X', '-0', '-j', readyZip, ...names.map((n) => join(dir, n))]);
  const files = names.map((name) => ({ zipPath: name, diskPath: join(dir, name) }));
  const readySha = await sha256Of(createReadStream(readyZip, { highWaterMark: 4 * MiB }));
  const { zipStream } = await import(pathToFileURL(join(build, 'zip/write.js')).href);
  const stream = await zipStream({ files });
  const streamSha = await sha256Of(stream.open());
  console.log(
    `Wrote ${args.count} packages of ${args.packageMib} MiB and ${readyZip} in ` +
      `${secondsSince(started).toFixed(1)} s; the zip on the fly is ${stream.size} bytes.`
  );
  return { work, build, names, files, readyZip, readySha, streamSha, streamSize: stream.size };
}

async function startServers(ctx) {
  ctx.servers = await startBenchServers();
  Object.assign(ctx, { service: ctx.servers.service, container: ctx.servers.container, fake: ctx.servers.fake });
  ctx.sasUrl = ctx.servers.sasUrl;
}

function report(args, ctx, results) {
  const summary = Object.fromEntries(
    Object.entries(results).map(([method, list]) => [
      method,
      { seconds: median(list.map((r) => r.seconds)), rss: Math.max(...list.map((r) => r.maxRssMiB)), list }
    ])
  );
  const total = (args.count * args.packageMib).toFixed(0);
  console.log('');
  console.log(
    `${args.count} packages of ${args.packageMib} MiB (${total} MiB), ${args.rounds} round(s), order rotated.`
  );
  printTable(
    ['method', 'median s', 'runs (s)', 'MiB/s', 'peak RSS (MiB)'],
    Object.entries(summary).map(([method, s]) => [
      method,
      s.seconds.toFixed(2),
      s.list.map((r) => r.seconds.toFixed(2)).join(' / '),
      (ctx.streamSize / MiB / s.seconds).toFixed(1),
      s.rss.toFixed(0)
    ]),
    'lrlrr'
  );
  console.log('');
  for (const [a, b] of [
    ['packages', 'ready'],
    ['stream-packages', 'stream-ready']
  ]) {
    if (!summary[a] || !summary[b]) continue;
    const ratio = summary[a].seconds / summary[b].seconds;
    const verdict = ratio <= TIME_BUDGET ? 'within' : 'OVER';
    // Each round's two runs are close in time: their ratio cancels most of the machine's drifting load.
    const paired = summary[a].list.map((r, i) => r.seconds / summary[b].list[i].seconds);
    console.log(
      `${a} / ${b}: ${ratio.toFixed(2)}x of the medians (${verdict} the ${TIME_BUDGET}x target); ` +
        `per round ${paired.map((x) => x.toFixed(2)).join(' / ')}, median ${median(paired).toFixed(2)}x`
    );
  }
  for (const method of ['packages', 'ready']) {
    if (!summary[method]) continue;
    const rss = summary[method].rss;
    const verdict = rss <= RSS_BUDGET_MiB ? 'within' : 'OVER';
    console.log(`${method}: action peak RSS ${rss.toFixed(1)} MiB (${verdict} the ${RSS_BUDGET_MiB} MiB budget)`);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.methods.some((m) => !m.startsWith('stream')) && !existsSync(ACTION_ENTRY))
    throw new Error(`no ${ACTION_ENTRY}: run npm run build first`);
  const folder = tempFolder('bench-packages-');
  const work = folder.path;
  const build = join(ROOT, '.tmp/bench-packages');
  let ctx = { work };
  try {
    ctx = await prepare(args, work, build);
    await startServers(ctx);
    const results = Object.fromEntries(args.methods.map((m) => [m, []]));
    for (let round = 0; round < args.rounds; round++) {
      const order = args.methods.map((_, i) => args.methods[(i + round) % args.methods.length]);
      for (const method of order) {
        const result = method.startsWith('stream')
          ? await runDirectMethod(ctx, method, round)
          : await runActionMethod(ctx, method, round);
        const checked = await verify(ctx, method, result);
        results[method].push(result);
        console.log(
          `round ${round + 1} ${method.padEnd(15)} ${result.seconds.toFixed(2)} s  peak RSS ${result.maxRssMiB.toFixed(0)} MiB` +
            `  (${result.detail}; verified in ${checked.toFixed(1)} s)`
        );
      }
    }
    report(args, ctx, results);
  } finally {
    await ctx.servers?.stop();
    folder.remove();
    if (!args.keepBuild) rmSync(build, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
