/**
 * Package mode's packages, found and read in prepare (every one found and read, so that a missing, foreign or
 * unreadable one fails before the first request). Loaded only by a run that has `packages` (start-up:
 * bench/start.mjs); the inputs are parsed in ./packages.ts.
 */
import type { SubmissionEdit } from '../../edits.js';
import { packagesEdit } from '../../packages/edit.js';
import { findPackages } from '../../packages/find.js';
import { readPackage, type PackageInfo } from '../../packages/read.js';
import { APP, FLIGHT } from '../store/parents.js';
import type { Target } from '../store/target.js';
import type { ZipFileEntry } from '../../zip/write.js';
import type { PackageModeInput } from './packages.js';

export interface PackageMode {
  /** The packages found, read, in path order. */
  packages: PackageInfo[];
  /** Each package at its base name in the upload zip. */
  files: ZipFileEntry[];
  edit: SubmissionEdit;
}

/** Finds and reads the packages (each one that is missing, foreign or unreadable fails here). */
export async function readPackageMode(
  parsed: PackageModeInput,
  target: Target,
  workspace: string
): Promise<PackageMode> {
  const paths = await findPackages(parsed.patterns, workspace);
  const packages: PackageInfo[] = [];
  for (const path of paths) packages.push(await readPackage(path));
  const field = (target.kind === 'app' ? APP.packagesField : FLIGHT.packagesField) as string;
  return {
    packages,
    files: packages.map((info) => ({ zipPath: info.fileName, diskPath: info.path })),
    edit: packagesEdit({ packages, field, keep: parsed.keep })
  };
}
