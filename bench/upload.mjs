// Benchmark: our block uploader vs @azure/storage-blob uploadFile vs one streaming PUT, against Azurite on loopback,
// plus the whole bundled action (dist/index.js) publishing the zip through the fake Store.
//
//   npm run bench:upload -- [--size-mib 1024] [--runs 1] [--methods ours,library,single,action]
//                           [--block-mib 8] [--concurrency 4] [--keep-build]      (--help: what and the options)
//
// Compiles src/upload/index.ts with tsc into .tmp/bench-upload, writes an incompressible zip (one stored entry of
// random bytes) to the temp dir, starts Azurite, uploads it each way in its own child process (peak RSS per
// method), verifies every blob byte for byte (sha256, streamed), prints a table, and deletes what it made.
// `action` runs `node dist/index.js` as the runner does (INPUT_* variables) against the fake Store API + Azure AD
// (__fixtures__/fake-store) on the same Azurite; its peak RSS is the VmHWM of that process, polled from /proc
// every 50 ms, and its seconds are the upload's own (from the action's log), not the whole step's.
// --block-mib and --concurrency do not apply to it: the action uses its defaults.
import { createReadStream, existsSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { crc32 } from 'node:zlib';
import { ACTION_ENTRY } from '../__fixtures__/run-action.mjs';
import { oneOf, parseOptions } from './lib/cli.mjs';
import { compileSources, MiB, randomChunks, ROOT, sha256Of, tempFolder } from './lib/files.mjs';
import { runChild } from './lib/processes.mjs';
import { machine, median, printTable, secondsSince } from './lib/report.mjs';
import { runMeasuredAction, seedBenchApp, startBenchServers } from './lib/store.mjs';

/** The budget for the peak RSS of the action process. */
const RSS_BUDGET_MiB = 128;
const METHODS = ['ours', 'library', 'single', 'action'];

function parseArgs(argv) {
  return parseOptions(argv, {
    command: 'npm run bench:upload --',
    what: `Uploads one incompressible zip to Azurite each way, each in its own process, and prints seconds, MiB/s and
peak RSS per method: (ours) src/upload's uploadZip, (library) @azure/storage-blob's uploadFile, (single) one
streaming PUT, (action) the bundled action publishing the zip through the fake Store. Every blob is checked by
sha256. Needs dist/ (npm run build) for the action method.`,
    options: {
      'size-mib': {
        type: 'number',
        default: 1024,
        help: "the zip's size in MiB (1-3999: the zip writer has no zip64)",
        check: (n) => (n > 0 && n < 4000 ? undefined : 'between 1 and 3999 (the zip writer has no zip64)')
      },
      runs: { type: 'number', default: 1, help: 'runs per method (median time, max peak RSS)' },
      methods: { type: 'list', value: 'LIST', default: METHODS, help: 'which methods', check: oneOf(METHODS) },
      'block-mib': { type: 'number', help: "ours: the block size in MiB (default: the uploader's)" },
      concurrency: { type: 'number', help: "ours: blocks in flight (default: the uploader's)" },
      'keep-build': { type: 'flag', help: 'keep .tmp/bench-upload (src/upload compiled)' }
    }
  });
}

/**
 * A real zip with one stored entry of `size` random bytes (AES-CTR keystream: fast and incompressible),
 * written in a streaming way; the CRC is patched into the local header at the end.
 */
async function writeZip(path, size) {
  const name = Buffer.from('payload.bin');
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
    for (const chunk of randomChunks(size)) {
      crc = crc32(chunk, crc);
      await write(chunk);
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

/**
 * One run of the bundled action publishing `zip` to a freshly seeded app of the fake Store: the upload's seconds
 * (from the action's log line; the whole process's wall time if there is none), its peak RSS, where the blob landed.
 */
async function runActionMethod(fake, zip, appId) {
  const inputs = seedBenchApp(fake, appId, 'Uploads a big zip.');
  const submissionJson = { applicationPackages: [{ fileName: 'payload.bin', fileStatus: 'PendingUpload' }] };
  const run = await runMeasuredAction(fake, {
    ...inputs,
    'package-zip': zip,
    'submission-json': JSON.stringify(submissionJson)
  });
  const uploaded = /Uploaded the package zip: (.*) in ([\d.]+) s \(/.exec(run.log);
  const uploadSeconds = uploaded ? Number(uploaded[2]) : undefined;
  return {
    seconds: uploadSeconds && uploadSeconds > 0 ? uploadSeconds : run.wallSeconds,
    wallSeconds: run.wallSeconds,
    maxRssMiB: run.maxRssMiB,
    container: run.container,
    blob: run.submission.blobName,
    detail:
      `exit 0, submission ${run.id} ${run.submission.status}; ` +
      (uploaded ? `upload ${uploaded[1]} in ${uploaded[2]} s by its log` : 'no upload line in the log: wall time') +
      `; whole step ${run.wallSeconds.toFixed(2)} s`
  };
}

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
  const work = tempFolder('bench-upload-');
  const bundleDir = join(ROOT, '.tmp/bench-upload');
  let servers;
  try {
    console.log(`${machine()}. Compiling src/upload/index.ts with tsc...`);
    compileSources(['src/upload/index.ts'], bundleDir);

    const zip = join(work.path, 'bench.zip');
    let started = performance.now();
    const size = await writeZip(zip, args.sizeMib * MiB);
    const expected = await sha256Of(createReadStream(zip, { highWaterMark: 4 * MiB }));
    console.log(`Wrote ${zip}: ${(size / MiB).toFixed(1)} MiB in ${secondsSince(started).toFixed(1)} s.`);

    servers = await startBenchServers({ store: args.methods.includes('action') });
    const { service, container, fake } = servers;

    const idle = await runChild('upload-child.mjs', { method: 'idle' });
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
          // The Store hands the signature out with a raw +: ours gets it that way.
          const url = servers.sasUrl(blob);
          const job = {
            method,
            zip,
            sdkUrl: url.sdk,
            storeUrl: url.store,
            bundle: join(bundleDir, 'upload', 'index.js'),
            blockMiB: args.blockMib,
            concurrency: args.concurrency
          };
          result = await runChild('upload-child.mjs', job);
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
            `peak RSS ${result.maxRssMiB.toFixed(0)} MiB  (${result.detail}; verified in ${secondsSince(started).toFixed(1)} s)`
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
      `Zip: ${args.sizeMib} MiB, ${args.runs} run(s) per method (median time, max peak RSS); every blob verified by sha256.`
    );
    console.log(
      `Peak RSS is VmHWM of each method's own child process; a bare node process: ${idle.maxRssMiB.toFixed(0)} MiB.`
    );
    if (summary.action)
      console.log(
        "(d)'s seconds are the upload's own, from the action's log; the rest of the step (sign-in, zip check, submission, commit, polls) is not in them."
      );
    printTable(
      ['method', 'seconds', 'MiB/s', 'peak RSS (MiB)'],
      Object.entries(summary).map(([method, s]) => [
        LABELS[method],
        s.seconds.toFixed(2),
        s.rate.toFixed(1),
        s.rss.toFixed(0)
      ])
    );
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
    await servers?.stop();
    work.remove();
    if (!args.keepBuild) rmSync(bundleDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
