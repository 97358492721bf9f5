// One direct upload in its own process, so that its peak RSS is its own (used by bench/packages.mjs).
// Usage: node bench/packages-child.mjs '<json>'; prints one JSON line: { seconds, maxRssMiB, bytes, detail }.
//   method 'stream-packages': uploadBlob(url, zipStream({ files })), the zip written while it uploads
//   method 'stream-ready':    uploadBlob(url, fileSource(readyZip)), the ready-made zip read from disk
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { childMain } from './lib/processes.mjs';
import { secondsSince } from './lib/report.mjs';

await childMain(
  `node bench/packages-child.mjs '<job as JSON>': one direct upload of bench/packages.mjs in its own process (its
peak RSS is its own). job.method: stream-packages (the zip written from job.files while it uploads) or
stream-ready (job.readyZip read from disk). Prints one JSON line { seconds, maxRssMiB, bytes, detail }.`,
  async (job) => {
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
    return { seconds: secondsSince(started), bytes: result.bytes, detail: `${source.label}, ${result.blocks} blocks` };
  }
);
