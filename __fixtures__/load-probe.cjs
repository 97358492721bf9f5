// Preloaded into a run of the action (NODE_OPTIONS=--require) by __tests__/integration/loading.test.ts: records
// what the process has loaded when it makes its first request (http.request or https.request), and again at its
// exit, into the JSON file named by LOAD_PROBE_FILE: node's built-in modules (process.moduleLoadList) and the
// bundle's files (dist/*.js in require.cache).
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports */
const { writeFileSync } = require('node:fs');
const http = require('node:http');

const file = process.env.LOAD_PROBE_FILE;
const seen = {};
const snapshot = () => ({
  builtins: process.moduleLoadList.filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13)),
  bundle: Object.keys(require.cache).filter((path) => /[\\/]dist[\\/]/.test(path))
});
const original = http.request;
http.request = function (...args) {
  seen.firstRequest ??= snapshot();
  return original.apply(this, args);
};
process.on('exit', () => {
  seen.exit = snapshot();
  writeFileSync(file, JSON.stringify(seen));
});
