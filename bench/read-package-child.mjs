// One readPackage of an upload file in its own process (used by bench/read-package.mjs).
// Usage: node bench/read-package-child.mjs '<json>'; prints one JSON line:
// { seconds, cpuSeconds, bytes, size, targets, maxRssMiB }.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { childMain } from './lib/processes.mjs';
import { secondsSince } from './lib/report.mjs';

await childMain(
  `node bench/read-package-child.mjs '<job as JSON>': readPackage (job.build: src/ compiled) of the upload file
job.path in its own process. Prints one JSON line { seconds, cpuSeconds, bytes (read from the file), size,
targets, maxRssMiB }.`,
  async (job) => {
    const { readPackage } = await import(pathToFileURL(`${job.build}/packages/read.js`).href);
    const { openFileAccess } = await import(pathToFileURL(`${job.build}/zip/access.js`).href);
    let bytes = 0;
    const open = async (/** @type {string} */ path) => {
      const file = await openFileAccess(path);
      return {
        size: file.size,
        close: () => file.close(),
        read: (/** @type {number} */ at, /** @type {number} */ n) => {
          bytes += n;
          return file.read(at, n);
        }
      };
    };
    const started = performance.now();
    const cpu = process.cpuUsage();
    const info = await readPackage(job.path, open);
    const seconds = secondsSince(started);
    const used = process.cpuUsage(cpu);
    return {
      seconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      bytes,
      size: info.size,
      targets: info.targets.length
    };
  }
);
