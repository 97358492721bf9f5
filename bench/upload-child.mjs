// One upload in its own process, so that its peak RSS is its own.
// Usage: node bench/upload-child.mjs '<json>'; prints one JSON line: { seconds, maxRssMiB, detail }.
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const MiB = 1024 * 1024;
const job = JSON.parse(process.argv[2]);

async function ours() {
  const { uploadZip } = await import(pathToFileURL(job.bundle).href);
  const options = {};
  if (job.blockMiB) options.blockSizeBytes = Math.round(job.blockMiB * MiB);
  if (job.concurrency) options.concurrency = job.concurrency;
  const lines = [];
  const started = performance.now();
  const result = await uploadZip(job.storeUrl, job.zip, { ...options, log: (line) => lines.push(line) });
  return {
    seconds: (performance.now() - started) / 1000,
    detail: `${result.blocks} blocks; ${lines.length} log lines`
  };
}

async function library() {
  const { BlockBlobClient } = await import('@azure/storage-blob');
  const client = new BlockBlobClient(job.sdkUrl);
  const started = performance.now();
  await client.uploadFile(job.zip, { blockSize: 8 * MiB, concurrency: 4 });
  return { seconds: (performance.now() - started) / 1000, detail: 'uploadFile, 8 MiB blocks, concurrency 4' };
}

async function single() {
  const { size } = await stat(job.zip);
  const url = new URL(job.sdkUrl);
  const started = performance.now();
  const status = await new Promise((resolve, reject) => {
    const req = http.request({
      hostname: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method: 'PUT',
      headers: {
        'content-length': size,
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-version': url.searchParams.get('sv') ?? '2021-08-06'
      }
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    createReadStream(job.zip).pipe(req);
  });
  if (status !== 201) throw new Error(`single PUT answered ${status}`);
  return { seconds: (performance.now() - started) / 1000, detail: 'one streaming PUT' };
}

/** Nothing at all: the footprint of a bare Node process, for scale. */
async function idle() {
  return { seconds: 0, detail: 'bare node process' };
}

/**
 * Peak RSS of this process since exec. Not process.resourceUsage().maxRSS: on Linux that (getrusage's
 * ru_maxrss) keeps the high-water mark of the forked parent's image, so a child of a big parent reports the
 * parent's size. VmHWM belongs to this process's own address space.
 */
function peakRssMiB() {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

const methods = { ours, library, single, idle };
try {
  const result = await methods[job.method]();
  process.stdout.write(`${JSON.stringify({ ...result, maxRssMiB: peakRssMiB() })}\n`);
} catch (err) {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exitCode = 1;
}
