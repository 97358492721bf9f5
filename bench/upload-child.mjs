// One upload in its own process, so that its peak RSS is its own (used by bench/upload.mjs).
// Usage: node bench/upload-child.mjs '<json>'; prints one JSON line: { seconds, maxRssMiB, detail }.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { MiB } from './lib/files.mjs';
import { childMain } from './lib/processes.mjs';
import { secondsSince } from './lib/report.mjs';

/** @param {any} job */
async function ours(job) {
  const { uploadZip } = await import(pathToFileURL(job.bundle).href);
  const options = {};
  if (job.blockMiB) options.blockSizeBytes = Math.round(job.blockMiB * MiB);
  if (job.concurrency) options.concurrency = job.concurrency;
  const lines = [];
  const started = performance.now();
  const result = await uploadZip(job.storeUrl, job.zip, { ...options, log: (line) => lines.push(line) });
  return { seconds: secondsSince(started), detail: `${result.blocks} blocks; ${lines.length} log lines` };
}

/** @param {any} job */
async function library(job) {
  const { BlockBlobClient } = await import('@azure/storage-blob');
  const client = new BlockBlobClient(job.sdkUrl);
  const started = performance.now();
  await client.uploadFile(job.zip, { blockSize: 8 * MiB, concurrency: 4 });
  return { seconds: secondsSince(started), detail: 'uploadFile, 8 MiB blocks, concurrency 4' };
}

/** @param {any} job */
async function single(job) {
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
  return { seconds: secondsSince(started), detail: 'one streaming PUT' };
}

/** Nothing at all: the footprint of a bare Node process, for scale. */
async function idle() {
  return { seconds: 0, detail: 'bare node process' };
}

const methods = { ours, library, single, idle };
await childMain(
  `node bench/upload-child.mjs '<job as JSON>': one upload of bench/upload.mjs in its own process (its peak RSS
is its own). job.method: ours (src/upload's uploadZip), library (uploadFile), single (one streaming PUT) or idle
(nothing: a bare node process). Prints one JSON line { seconds, maxRssMiB, detail }.`,
  (job) => {
    const method = methods[job.method];
    if (!method) throw new Error(`unknown method ${job.method}`);
    return method(job);
  }
);
