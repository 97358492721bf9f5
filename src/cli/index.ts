#!/usr/bin/env node
import { cliMain } from './main.js';

process.exitCode = await cliMain(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
