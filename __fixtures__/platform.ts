/**
 * What the tests need of the operating system, said once. Info-ZIP's `zip`
 * and `unzip` (real tools' zips, and an independent check of ours) are at
 * /usr/bin on Linux and macOS runners, and `.ci/run` installs them; Windows
 * runners have neither, and a signal there ends a process outright, so the
 * tests that use them run everywhere but on Windows, and say so by using
 * `unlessWindows`.
 */
import { test } from '@jest/globals';

export const ON_WINDOWS = process.platform === 'win32';
export const INFO_ZIP = '/usr/bin/zip';
export const INFO_UNZIP = '/usr/bin/unzip';

/** `test`, skipped on Windows only (no Info-ZIP, no POSIX signals there). */
export const unlessWindows = ON_WINDOWS ? test.skip : test;
