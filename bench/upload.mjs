// Benchmark: our block uploader vs @azure/storage-blob uploadFile vs one streaming PUT, against Azurite on loopback,
// plus the whole bundled action (dist/index.js) publishing the zip through the fake Store.
//
//   npm run bench:upload -- [--size-mib 1024] [--runs 1] [--methods ours,library,single,action]
//                           [--block-mib 8] [--concurrency 4] [--keep-build]
//
// Compiles src/upload/index.ts with tsc into .tmp/bench-upload, writes an incompressible zip (one stored entry of
// random bytes) to the temp dir, starts Azurite, uploads it each way in its own child process (peak RSS per
// method), verifies every blob byte for byte (sha256, streamed), prints a table, and deletes what it made.
// `action` runs `node dist/index.js` as the runner does (INPUT_* variables) against the fake Store API + Azure AD
// (__fixtures__/fake-store) on the same Azurite; its peak RSS is the VmHWM of that process, polled from /proc
// every 50 ms, and its seconds are the upload's own (from the action's log), not the whole step's.
// --block-mib and --concurrency do not apply to it: the action uses its defaults.
import { execFileSync, spawn } from 'node:child_process';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential
} from '@azure/storage-blob';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from '../__fixtures__/azurite.mjs';
import { startFakeStore } from '../__fixtures__/fake-store/index.mjs';
import { ACTION_ENTRY, runAction } from '../__fixtures__/run-action.mjs';

const MiB = 1024 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The budget for the peak RSS of the action process. */
const RSS_BUDGET_MiB = 128;

function parseArgs(argv) {
  const args = {
    sizeMiB: 1024,
    runs: 1,
    methods: ['ours', 'library', 'single', 'action'],
    blockMiB: undefined,
    concurrency: undefined,
    keepBuild: false
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--size-mib') args.sizeMiB = Number(value());
    else if (flag === '--runs') args.runs = Number(value());
    else if (flag === '--methods') args.methods = value().split(',');
    else if (flag === '--block-mib') args.blockMiB = Number(value());
    else if (flag === '--concurrency') args.concurrency = Number(value());
    else if (flag === '--keep-build') args.keepBuild = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  const unknown = args.methods.filter((m) => !['ours', 'library', 'single', 'action'].includes(m));
  if (unknown.length) throw new Error(`unknown method(s) ${unknown.join(', ')}: use ours, library, single, action`);
  if (!(args.sizeMiB > 0 && args.sizeMiB < 4000))
    throw new Error('--size-mib must be between 1 and 3999 (the zip writer has no zip64)');
  return args;
}

/**
 * A real zip with one stored entry of `size` random bytes (AES-CTR keystream: fast and incompressible),
 * written in a streaming way; the CRC is patched into the local header at the end.
 */
async function writeZip(path, size) {
  const name = Buffer.from('payload.bin');
  const cipher = createCipheriv('aes-128-ctr', randomBytes(16), randomBytes(16));
  const zeros = Buffer.alloc(4 * MiB);
  const handle = await open(path, 'w');
  try {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed: stored
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(0, 8); // method: stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(0, 14); // crc, patched below
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    let position = 0;
    const write = async (buffer) => {
      await handle.write(buffer, 0, buffer.length, position);
      position += buffer.length;
    };
    await write(local);
    await write(name);
    let crc = 0;
    for (let left = size; left > 0;) {
      const chunk = cipher.update(left >= zeros.length ? zeros : zeros.subarray(0, left));
      crc = crc32(chunk, crc);
      await write(chunk);
      left -= chunk.length;
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(10, 6); // needed
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(size, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal and external attributes, local header offset: all 0
    const centralStart = position;
    await write(central);
    await write(name);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(position - centralStart, 12);
    end.writeUInt32LE(centralStart, 16);
    await write(end);
    const crcBytes = Buffer.alloc(4);
    crcBytes.writeUInt32LE(crc, 0);
    await handle.write(crcBytes, 0, 4, 14);
    return position;
  } finally {
    await handle.close();
  }
}

async function sha256Of(stream) {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest('hex');
}

function sasQuery(credential, container, blob) {
  return generateBlobSASQueryParameters(
    {
      containerName: container,
      blobName: blob,
      permissions: BlobSASPermissions.parse('rcw'),
      startsOn: new Date(Date.now() - 3600_000),
      expiresOn: new Date(Date.now() + 6 * 3600_000),
      protocol: SASProtocol.HttpsAndHttp
    },
    credential
  ).toString();
}

function runChild(job) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(root, 'bench/upload-child.mjs'), JSON.stringify(job)], {
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

const TENANT = 'bench-tenant';
const CLIENT = '00000000-0000-0000-0000-0000000be4c4';
const SECRET = 'bench-secret-not-real';

/** VmHWM of a live process in MiB, or undefined once it is gone (or has no address space left, as a zombie). */
function vmHwmMiB(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One run of the bundled action publishing `zip` to a freshly seeded app of the fake Store. Resolves with the
 * upload's seconds (from the action's log line; the whole process's wall time if there is none), the process's
 * peak RSS (VmHWM polled every 50 ms until it exits; the last value read), and where the blob landed.
 */
async function runActionMethod(fake, zip, appId) {
  const published = {
    applicationCategory: 'Productivity',
    pricing: { trialPeriod: 'NoFreeTrial', priceId: 'Free' },
    visibility: 'Public',
    targetPublishMode: 'Immediate',
    listings: { 'en-us': { baseListing: { title: 'Bench App', description: 'Uploads a big zip.' } } },
    applicationPackages: []
  };
  fake.seedApp({ id: appId, name: 'Bench App', published });
  const submissionJson = { applicationPackages: [{ fileName: 'payload.bin', fileStatus: 'PendingUpload' }] };
  let peakMiB;
  let started;
  let exitedAt;
  let timer;
  const result = await runAction(
    {
      'tenant-id': TENANT,
      'client-id': CLIENT,
      'client-secret': SECRET,
      'application-id': appId,
      'store-api-url': fake.url,
      'authority-host': fake.url,
      'package-zip': zip,
      'submission-json': JSON.stringify(submissionJson),
      'poll-interval-seconds': '0.2',
      'timeout-minutes': '5'
    },
    {
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
    }
  ).finally(() => clearInterval(timer));
  const wallSeconds = ((exitedAt ?? performance.now()) - started) / 1000;
  const tail = () => result.log.trim().split('\n').slice(-15).join('\n');
  if (result.code !== 0) throw new Error(`action failed (exit ${result.code ?? result.signal}):\n${tail()}`);
  if (peakMiB === undefined) throw new Error('action: could not read VmHWM from /proc/<pid>/status (Linux only)');
  const id = result.outputs['submission-id'];
  const submission = id && fake.submission(id);
  if (!submission?.blobName) throw new Error(`action: no submission with a blob (submission-id '${id}'):\n${tail()}`);
  // The container is the path segment before the blob's name in the upload URL the fake handed out.
  const segments = new URL(submission.fileUploadUrl).pathname.split('/');
  if (decodeURIComponent(segments.at(-1)) !== submission.blobName)
    throw new Error(`action: unexpected upload URL path ${segments.join('/')}`);
  const uploaded = /Uploaded the package zip: (.*) in ([\d.]+) s \(/.exec(result.log);
  const uploadSeconds = uploaded ? Number(uploaded[2]) : undefined;
  return {
    seconds: uploadSeconds && uploadSeconds > 0 ? uploadSeconds : wallSeconds,
    wallSeconds,
    maxRssMiB: peakMiB,
    container: decodeURIComponent(segments.at(-2)),
    blob: submission.blobName,
    detail:
      `exit 0, submission ${id} ${submission.status}; ` +
      (uploaded ? `upload ${uploaded[1]} in ${uploaded[2]} s by its log` : 'no upload line in the log: wall time') +
      `; whole step ${wallSeconds.toFixed(2)} s`
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const LABELS = {
  ours: '(a) uploadZip (ours)',
  library: '(b) BlockBlobClient.uploadFile, 8 MiB x 4',
  single: '(c) one streaming PUT (loopback limit)',
  action: '(d) the action process (node dist/index.js)'
};

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.methods.includes('action') && !existsSync(ACTION_ENTRY))
    throw new Error(`no ${ACTION_ENTRY}: the action method runs the bundled action`);
  const work = mkdtempSync(join(tmpdir(), 'bench-upload-'));
  const bundleDir = join(root, '.tmp/bench-upload');
  let azurite;
  let fake;
  try {
    // tsc with the file named (not the project): other modules of src/ may be mid-edit and must not break the bench.
    console.log(`Node ${process.version}, ${cpus().length} CPUs. Compiling src/upload/index.ts with tsc...`);
    rmSync(bundleDir, { recursive: true, force: true });
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/typescript/bin/tsc'),
        'src/upload/index.ts',
        ...['--outDir', bundleDir, '--rootDir', 'src', '--module', 'NodeNext', '--moduleResolution', 'NodeNext'],
        ...['--target', 'ES2022', '--types', 'node', '--skipLibCheck', '--strict']
      ],
      { cwd: root, stdio: 'inherit' }
    );

    const zip = join(work, 'bench.zip');
    let started = performance.now();
    const size = await writeZip(zip, args.sizeMiB * MiB);
    const expected = await sha256Of(createReadStream(zip, { highWaterMark: 4 * MiB }));
    console.log(
      `Wrote ${zip}: ${(size / MiB).toFixed(1)} MiB in ${((performance.now() - started) / 1000).toFixed(1)} s.`
    );

    azurite = await startAzurite();
    const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
    const container = new BlobServiceClient(azurite.endpoint, credential).getContainerClient('bench');
    await container.create();
    const service = new BlobServiceClient(azurite.endpoint, credential);
    if (args.methods.includes('action')) {
      fake = await startFakeStore({
        blob: { endpoint: azurite.endpoint, accountName: AZURITE_ACCOUNT, accountKey: AZURITE_KEY }
      });
      fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
    }

    const idle = await runChild({ method: 'idle' });
    console.log(`A bare node process peaks at ${idle.maxRssMiB.toFixed(0)} MiB RSS (for scale).`);
    const results = Object.fromEntries(args.methods.map((m) => [m, []]));
    for (let run = 0; run < args.runs; run++) {
      // Rotate the order so that no method always goes first (or last) against Azurite's growing state.
      const order = args.methods.map((_, i) => args.methods[(i + run) % args.methods.length]);
      for (const method of order) {
        let result;
        let client;
        if (method === 'action') {
          result = await runActionMethod(fake, zip, `9NBENCH${String(run).padStart(5, '0')}`);
          client = service.getContainerClient(result.container).getBlobClient(result.blob);
        } else {
          const blob = `${method}-${run}.zip`;
          const query = sasQuery(credential, 'bench', blob);
          const sdkUrl = `${azurite.endpoint}/bench/${blob}?${query}`;
          // The Store hands the signature out with a raw +: ours gets it that way.
          const storeUrl = sdkUrl.replace(/sig=([^&]*)/, (_m, sig) => `sig=${decodeURIComponent(sig)}`);
          const job = {
            method,
            zip,
            sdkUrl,
            storeUrl,
            bundle: join(bundleDir, 'upload', 'index.js'),
            blockMiB: args.blockMiB,
            concurrency: args.concurrency
          };
          result = await runChild(job);
          client = container.getBlobClient(blob);
        }
        started = performance.now();
        const actual = await sha256Of((await client.download()).readableStreamBody);
        if (actual !== expected)
          throw new Error(`${method}: the blob differs from the zip (sha256 ${actual} != ${expected})`);
        await client.delete();
        results[method].push(result);
        console.log(
          `run ${run + 1} ${method.padEnd(7)} ${result.seconds.toFixed(2)} s  ${(size / MiB / result.seconds).toFixed(1)} MiB/s  ` +
            `peak RSS ${result.maxRssMiB.toFixed(0)} MiB  (${result.detail}; verified in ${((performance.now() - started) / 1000).toFixed(1)} s)`
        );
      }
    }

    const summary = Object.fromEntries(
      Object.entries(results).map(([method, list]) => {
        const seconds = median(list.map((r) => r.seconds));
        const summary = { seconds, rate: size / MiB / seconds, rss: Math.max(...list.map((r) => r.maxRssMiB)) };
        if (method === 'action') summary.wallSeconds = median(list.map((r) => r.wallSeconds));
        return [method, summary];
      })
    );
    console.log('');
    console.log(
      `Zip: ${args.sizeMiB} MiB, ${args.runs} run(s) per method (median time, max peak RSS); every blob verified by sha256.`
    );
    console.log(
      `Peak RSS is VmHWM of each method's own child process; a bare node process: ${idle.maxRssMiB.toFixed(0)} MiB.`
    );
    if (summary.action)
      console.log(
        "(d)'s seconds are the upload's own, from the action's log; the rest of the step (sign-in, zip check, submission, commit, polls) is not in them."
      );
    console.log('| method | seconds | MiB/s | peak RSS (MiB) |');
    console.log('|---|---:|---:|---:|');
    for (const [method, s] of Object.entries(summary)) {
      console.log(`| ${LABELS[method]} | ${s.seconds.toFixed(2)} | ${s.rate.toFixed(1)} | ${s.rss.toFixed(0)} |`);
    }
    if (summary.ours && (summary.library || summary.single)) {
      console.log('');
      if (summary.library)
        console.log(`ours / library throughput: ${(summary.ours.rate / summary.library.rate).toFixed(2)}x`);
      if (summary.single)
        console.log(`ours / single PUT throughput: ${(summary.ours.rate / summary.single.rate).toFixed(2)}x`);
    }
    if (summary.action) {
      const a = summary.action;
      console.log('');
      console.log(
        `action process: peak RSS ${a.rss.toFixed(1)} MiB = ${(a.rss / RSS_BUDGET_MiB).toFixed(2)} of the ${RSS_BUDGET_MiB} MiB budget ` +
          `(${a.rss <= RSS_BUDGET_MiB ? 'within' : 'OVER'}); whole step ${a.wallSeconds.toFixed(2)} s (median wall time)`
      );
    }
  } finally {
    await fake?.close();
    await azurite?.stop();
    rmSync(work, { recursive: true, force: true });
    if (!args.keepBuild) rmSync(bundleDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
