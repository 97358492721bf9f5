/**
 * node:fs's callback functions as promises, for the file reads that come before a run's first request (the inputs'
 * files, the package-zip check): node:fs/promises, with its file handles and readline, is not loaded by then
 * (start-up: bench/start.mjs). Code that runs later may use node:fs/promises.
 */
import { close, fstat, open, read, readFile as readFileCallback, stat as statCallback } from 'node:fs';
import { promisify } from 'node:util';

export const readFile = promisify(readFileCallback);
export const stat = promisify(statCallback);
export const openFile = promisify(open);
export const fstatFile = promisify(fstat);
export const readInto = promisify(read);
export const closeFile = promisify(close);
