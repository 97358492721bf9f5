// The action's entry: run(), nothing else (src/main.ts). It is CommonJS so that ncc bundles the action as
// CommonJS: node then starts dist/index.js without its ES module loader, which cost about a tenth of the time to
// the first request (bench/RESULTS.md). src/main.ts and everything it imports stay ES modules in TypeScript.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./main.ts').run();
