/**
 * The packages of one run, checked as a set before anything changes. A
 * build's output folder holds more than the app's packages: msbuild writes
 * the upload file and, in `<Project>_<Version>_Test/`, the same bundle
 * again beside the framework packages it depends on (`Dependencies/`). So
 * a pattern such as `out/**\/*.msix*` matches the same package twice and
 * Microsoft.VCLibs. Each is refused here, saying what it is and how to leave
 * it out. Pure.
 */
import { basename } from 'node:path';
import { ActionError } from '../errors.js';
import { checkUniqueFileNames } from './find.js';
import type { PackageInfo } from './read.js';

const EXCLUDE = "Leave it out of 'packages' with a '!' line";

const architectures = (info: PackageInfo): string => info.targets.map((t) => t.architecture).join(', ');

/** Fails on a framework package (e.g. Microsoft.VCLibs): the Store installs frameworks itself. */
function refuseFrameworks(packages: PackageInfo[]): void {
  const framework = packages.find((info) => info.framework);
  if (!framework) return;
  const { name, version } = framework.identity;
  throw new ActionError(
    `Package ${framework.path} is a framework package (${name} ${version}, ${architectures(framework)}): apps depend on it and the Store installs it itself, so it is not published as an app's package.`,
    {
      hint: `${EXCLUDE}, e.g. '!**/Dependencies/**' (where Visual Studio copies the frameworks next to the test package).`
    }
  );
}

/** Fails when the packages carry more than one identity: one app's packages all carry its identity. */
function refuseMixedIdentities(packages: PackageInfo[]): void {
  const groups = new Map<string, PackageInfo[]>();
  for (const info of packages) {
    const key = `${info.identity.name.toLowerCase()}\n${info.identity.publisher}`;
    groups.set(key, [...(groups.get(key) ?? []), info]);
  }
  if (groups.size < 2) return;
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
  const described = sorted.map(
    (group) =>
      `${group[0].identity.name} (publisher '${group[0].identity.publisher}', family name ${group[0].familyName}) in ${group.map((info) => info.path).join(', ')}`
  );
  throw new ActionError(
    `The packages carry ${groups.size} identities, but one app's packages all carry its own: ${described.join('; ')}.`,
    {
      hint: `${EXCLUDE} for each package that is not this app's, e.g. '!**/${basename(sorted[sorted.length - 1][0].path)}'.`
    }
  );
}

/** Fails when two files hold the same application package (identity, version, architecture). */
function refuseDuplicates(packages: PackageInfo[]): void {
  const seen = new Map<string, PackageInfo>();
  for (const info of packages) {
    for (const target of info.targets) {
      const key = `${info.identity.name.toLowerCase()}|${target.version}|${target.architecture}`;
      const other = seen.get(key);
      if (other && other !== info) {
        throw new ActionError(
          `Packages ${other.path} and ${info.path} both hold ${info.identity.name} version ${target.version} for ${target.architecture}: the Store takes each package once.`,
          {
            hint: `Match only one of them: the upload file (e.g. 'AppPackages/*.msixupload') carries the bundle and its symbols; or leave the test folder out with '!**/*_Test/**'.`
          }
        );
      }
      seen.set(key, info);
    }
  }
}

/**
 * Fails, naming the files, when the set holds a framework package, two
 * identities, one package twice, or two files of one name (in that order:
 * the first says the most; msbuild writes each framework once per architecture
 * under one name).
 */
export function checkPackageSet(packages: PackageInfo[]): void {
  refuseFrameworks(packages);
  refuseMixedIdentities(packages);
  refuseDuplicates(packages);
  checkUniqueFileNames(packages.map((info) => info.path));
}
