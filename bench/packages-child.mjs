// One direct upload in its own process, so that its peak RSS is its own (used by bench/packages.mjs).
// Usage: node bench/packages-child.mjs '<json>'; prints one JSON line: { seconds, maxRssMiB, bytes, detail }.
//   method 'stream-packages': uploadBlob(url, zipStream({ files })), the zip written while it uploads
//   method 'stream-ready':    uploadBlob(url, fileSource(readyZip)), the ready-made zip read from disk
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const job = JSON.parse(process.argv[2]);

/** Peak RSS of this process: VmHWM of its own address space (see bench/upload-child.mjs on why not maxRSS). */
function peakRssMiB() {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!match) throw new Error('no VmHWM in /proc/self/status (Linux only)');
  return Number(match[1]) / 1024;
}

try {
  const { uploadBlob } = await import(pathToFileURL(`${job.build}/upload/index.js`).href);
  const started = performance.now();
  let source;
  if (job.method === 'stream-packages') {
    const { zipStream } = await import(pathToFileURL(`${job.build}/zip/write.js`).href);
    source = await zipStream({ files: job.files });
  } else if (job.method === 'stream-ready') {
    const { fileSource } = await import(pathToFileURL(`${job.build}/upload/source.js`).href);
    source = await fileSource(job.readyZip);
  } else {
    throw new Error(`unknown method ${job.method}`);
  }
  const result = await uploadBlob(job.storeUrl, source);
  const seconds = (performance.now() - started) / 1000;
  const detail = `${source.label}, ${result.blocks} blocks`;
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMiB: peakRssMiB(), bytes: result.bytes, detail })}\n`);
} catch (err) {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exitCode = 1;
}
