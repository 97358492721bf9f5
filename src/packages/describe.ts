/**
 * Packages as the log and the job summary tell them (the dry run's lines, the summary's table). Apart from the dry
 * run (src/msix/lifecycle/dry-run.ts) so that the report can use the table without loading the dry run's code.
 */
import { markdownCell } from '../markdown.js';
import type { PackageInfo } from './read.js';

const MiB = 1024 * 1024;
export const formatSize = (bytes: number): string =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${bytes} bytes`;

/** One line per package: what it is and what it holds. */
export function describePackages(packages: readonly PackageInfo[]): string[] {
  return packages.map((info) => {
    const targets = info.targets
      .map((t) => `${t.architecture} ${t.version}${t.deviceFamilies.length ? ` (${t.deviceFamilies.join(', ')})` : ''}`)
      .join('; ');
    return `  ${info.fileName} (${info.kind}, ${formatSize(info.size)}): ${info.identity.name}, family name ${info.familyName}, publisher '${info.identity.publisher}'; ${targets}`;
  });
}

/** Each target as `x64 1.2.0.0`, the version left out where it is the identity's. */
const targetsOf = (info: PackageInfo): string =>
  info.targets
    .map((t) => (t.version === info.identity.version ? t.architecture : `${t.architecture} ${t.version}`))
    .join(', ');

/** The packages as a Markdown table for the job summary: what the log's lines say, one row each. */
export function packagesTable(packages: readonly PackageInfo[]): string[] {
  return [
    '| File | Identity | Version | Architectures | Size |',
    '|---|---|---|---|---|',
    ...packages.map((info) => {
      const identity = `${info.identity.name} (family name ${info.familyName})`;
      const cells = [
        `${info.fileName} (${info.kind})`,
        identity,
        info.identity.version,
        targetsOf(info),
        formatSize(info.size)
      ];
      return `| ${cells.map(markdownCell).join(' | ')} |`;
    })
  ];
}
