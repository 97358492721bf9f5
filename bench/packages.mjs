// Benchmark: package mode (the zip written on the fly from the packages as it uploads) against the same packages
// in a ready-made zip (`package-zip`), both through the whole bundled action against the local Partner Center
// (__fixtures__/fake-store) and Azurite, plus both sources straight into the uploader, each in its own process.
//
//   npm run bench:packages -- [--package-mib 200] [--count 3] [--rounds 3]
//                             [--methods packages,ready,stream-packages,stream-ready] [--keep-build]
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
import { execFileSync, spawn } from 'node:child_process';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from '../__fixtures__/azurite.mjs';
import { startFakeStore } from '../__fixtures__/fake-store/index.mjs';
import { ACTION_ENTRY, runAction } from '../__fixtures__/run-action.mjs';

const MiB = 1024 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RSS_BUDGET_MiB = 128;
const TIME_BUDGET = 1.15;
const METHODS = ['packages', 'ready', 'stream-packages', 'stream-ready'];
const TENANT = 'bench-tenant';
const CLIENT = '00000000-0000-0000-0000-0000000be4c4';
const SECRET = 'bench-secret-not-real';
const APP_NAME = 'Bench App';
/** The fake Store's apps are FakePublisher.<name> of the publisher whose ID is 8wekyb3d8bbwe. */
const IDENTITY = 'FakePublisher.BenchApp';
const PUBLISHER = 'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US';
const ARCHITECTURES = ['x64', 'x86', 'arm64', 'arm', 'neutral'];

function parseArgs(argv) {
  const args = {
    packageMiB: 200,
    count: 3,
    rounds: 3,
    methods: METHODS,
    keepBuild: false
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--package-mib') args.packageMiB = Number(value());
    else if (flag === '--count') args.count = Number(value());
    else if (flag === '--rounds') args.rounds = Number(value());
    else if (flag === '--methods') args.methods = value().split(',');
    else if (flag === '--keep-build') args.keepBuild = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  const unknown = args.methods.filter((m) => !METHODS.includes(m));
  if (unknown.length) throw new Error(`unknown method(s) ${unknown.join(', ')}: use ${METHODS.join(', ')}`);
  if (!(args.count >= 1 && args.count <= ARCHITECTURES.length)) throw new Error('--count: 1 to 5');
  return args;
}

/** `size` bytes of AES-CTR keystream (fast, incompressible) into `path`. */
async function writeRandom(path, size) {
  const cipher = createCipheriv('aes-128-ctr', randomBytes(16), randomBytes(16));
  const zeros = Buffer.alloc(4 * MiB);
  const file = await open(path, 'w');
  try {
    for (let done = 0; done < size; done += zeros.length) {
      const chunk = cipher.update(zeros.subarray(0, Math.min(zeros.length, size - done)));
      await file.write(chunk, 0, chunk.length, done);
    }
  } finally {
    await file.close();
  }
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

async function sha256Of(stream) {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest('hex');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** VmHWM of a live process in MiB, or undefined once it is gone. */
function vmHwmMiB(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function runChild(job) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(root, 'bench/packages-child.mjs'), JSON.stringify(job)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${job.method} failed (exit ${code}): ${err.trim()}`));
      else resolveRun(JSON.parse(out.trim().split('\n').pop()));
    });
  });
}

/** One run of the bundled action on a freshly seeded app; the submission's blob is where it uploaded. */
async function runActionMethod(ctx, method, round) {
  const appId = `9NPKG${method === 'packages' ? 'P' : 'R'}${String(round).padStart(6, '0')}`;
  const published = {
    applicationCategory: 'Productivity',
    pricing: { trialPeriod: 'NoFreeTrial', priceId: 'Free' },
    visibility: 'Public',
    targetPublishMode: 'Immediate',
    listings: { 'en-us': { baseListing: { title: APP_NAME, description: 'Publishes three packages.' } } },
    applicationPackages: []
  };
  ctx.fake.seedApp({ id: appId, name: APP_NAME, published });
  const common = {
    'tenant-id': TENANT,
    'client-id': CLIENT,
    'client-secret': SECRET,
    'application-id': appId,
    'store-api-url': ctx.fake.url,
    'authority-host': ctx.fake.url,
    'poll-interval-seconds': '0.2',
    'timeout-minutes': '5'
  };
  const newEntries = ctx.names.map((fileName) => ({ fileName, fileStatus: 'PendingUpload' }));
  const inputs =
    method === 'packages'
      ? { ...common, packages: 'packages/*.msix' }
      : {
          ...common,
          'package-zip': ctx.readyZip,
          'submission-json': JSON.stringify({ applicationPackages: newEntries })
        };
  let peakMiB;
  let started;
  let exitedAt;
  let timer;
  const result = await runAction(inputs, {
    cwd: ctx.work,
    env: { GITHUB_WORKSPACE: ctx.work },
    timeoutMs: 7 * 60_000,
    onStart: (child) => {
      started = performance.now();
      timer = setInterval(() => {
        const value = vmHwmMiB(child.pid);
        if (value !== undefined) peakMiB = value;
      }, 50);
      child.once('exit', () => {
        exitedAt = performance.now();
        clearInterval(timer);
      });
    }
  }).finally(() => clearInterval(timer));
  const seconds = ((exitedAt ?? performance.now()) - started) / 1000;
  const tail = () => result.log.trim().split('\n').slice(-15).join('\n');
  if (result.code !== 0) throw new Error(`${method}: action failed (exit ${result.code ?? result.signal}):\n${tail()}`);
  const id = result.outputs['submission-id'];
  const submission = id && ctx.fake.submission(id);
  if (!submission?.blobName)
    throw new Error(`${method}: no submission with a blob (submission-id '${id}'):\n${tail()}`);
  const segments = new URL(submission.fileUploadUrl).pathname.split('/');
  const uploaded = /Uploaded (.*): ([\d.]+) MiB .* in ([\d.]+) s \(/.exec(result.log);
  return {
    seconds,
    maxRssMiB: peakMiB,
    uploadSeconds: uploaded ? Number(uploaded[3]) : undefined,
    bytes: uploaded ? Math.round(Number(uploaded[2]) * MiB) : undefined,
    blob: ctx.service.getContainerClient(decodeURIComponent(segments.at(-2))).getBlobClient(submission.blobName),
    detail: uploaded ? `${uploaded[1]}, upload ${uploaded[3]} s by its log` : 'no upload line in the log'
  };
}

async function runDirectMethod(ctx, method, round) {
  const blobName = `${method}-${round}.zip`;
  const client = ctx.container.getBlockBlobClient(blobName);
  const storeUrl = ctx.sasUrl(blobName);
  const job = { method, build: ctx.build, storeUrl, files: ctx.files, readyZip: ctx.readyZip };
  const result = await runChild(job);
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
  return (performance.now() - started) / 1000;
}

function compile(build) {
  rmSync(build, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      ...['src/upload/index.ts', 'src/zip/write.ts'],
      ...['--outDir', build, '--rootDir', 'src', '--module', 'NodeNext', '--moduleResolution', 'NodeNext'],
      ...['--target', 'ES2022', '--types', 'node', '--skipLibCheck', '--strict']
    ],
    { cwd: root, stdio: 'inherit' }
  );
}

async function prepare(args, work, build) {
  console.log(`Node ${process.version}, ${cpus().length} CPUs. Compiling src/upload with tsc...`);
  compile(build);
  const started = performance.now();
  const dir = join(work, 'packages');
  mkdirSync(dir);
  const names = [];
  for (let i = 0; i < args.count; i++) names.push(await makePackage(dir, i, args.packageMiB));
  const readyZip = join(work, 'ready.zip');
  execFileSync('zip', ['-q', '-X', '-0', '-j', readyZip, ...names.map((n) => join(dir, n))]);
  const files = names.map((name) => ({ zipPath: name, diskPath: join(dir, name) }));
  const readySha = await sha256Of(createReadStream(readyZip, { highWaterMark: 4 * MiB }));
  const { zipStream } = await import(pathToFileURL(join(build, 'zip/write.js')).href);
  const stream = await zipStream({ files });
  const streamSha = await sha256Of(stream.open());
  console.log(
    `Wrote ${args.count} packages of ${args.packageMiB} MiB and ${readyZip} in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s; the zip on the fly is ${stream.size} bytes.`
  );
  return { work, build, names, files, readyZip, readySha, streamSha, streamSize: stream.size };
}

async function startServers(ctx) {
  ctx.azurite = await startAzurite();
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  ctx.service = new BlobServiceClient(ctx.azurite.endpoint, credential);
  ctx.container = ctx.service.getContainerClient('bench');
  await ctx.container.create();
  ctx.fake = await startFakeStore({
    blob: { endpoint: ctx.azurite.endpoint, accountName: AZURITE_ACCOUNT, accountKey: AZURITE_KEY }
  });
  ctx.fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  const { generateBlobSASQueryParameters, BlobSASPermissions, SASProtocol } = await import('@azure/storage-blob');
  ctx.sasUrl = (blob) => {
    const query = generateBlobSASQueryParameters(
      {
        containerName: 'bench',
        blobName: blob,
        permissions: BlobSASPermissions.parse('rcw'),
        startsOn: new Date(Date.now() - 3600_000),
        expiresOn: new Date(Date.now() + 6 * 3600_000),
        protocol: SASProtocol.HttpsAndHttp
      },
      credential
    ).toString();
    // The Store hands the signature out with a raw +: the uploader gets it that way.
    return `${ctx.azurite.endpoint}/bench/${blob}?${query}`.replace(
      /sig=([^&]*)/,
      (_m, s) => `sig=${decodeURIComponent(s)}`
    );
  };
}

function report(args, ctx, results) {
  const summary = Object.fromEntries(
    Object.entries(results).map(([method, list]) => [
      method,
      { seconds: median(list.map((r) => r.seconds)), rss: Math.max(...list.map((r) => r.maxRssMiB)), list }
    ])
  );
  const total = (args.count * args.packageMiB).toFixed(0);
  console.log('');
  console.log(
    `${args.count} packages of ${args.packageMiB} MiB (${total} MiB), ${args.rounds} round(s), order rotated.`
  );
  console.log('| method | median s | runs (s) | MiB/s | peak RSS (MiB) |');
  console.log('|---|---:|---|---:|---:|');
  for (const [method, s] of Object.entries(summary)) {
    const runs = s.list.map((r) => r.seconds.toFixed(2)).join(' / ');
    const rate = (ctx.streamSize / MiB / s.seconds).toFixed(1);
    console.log(`| ${method} | ${s.seconds.toFixed(2)} | ${runs} | ${rate} | ${s.rss.toFixed(0)} |`);
  }
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
  const work = mkdtempSync(join(tmpdir(), 'bench-packages-'));
  const build = join(root, '.tmp/bench-packages');
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
    await ctx.fake?.close();
    await ctx.azurite?.stop();
    rmSync(work, { recursive: true, force: true });
    if (!args.keepBuild) rmSync(build, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
