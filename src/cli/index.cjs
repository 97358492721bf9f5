#!/usr/bin/env node
// The command line's entry (package.json's bin): cliMain, nothing else (src/cli/main.ts). CommonJS, as the action's
// entry is (src/index.cjs), so that node starts the bundle without its ES module loader.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./main.ts')
  .cliMain(process.argv.slice(2), process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
  })
  .then((code) => {
    process.exitCode = code;
  });
