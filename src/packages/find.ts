/**
 * Finds the package files a build produced: glob patterns (the toolkit's
 * syntax: `**`, `!` to exclude), relative to the workspace. Each pattern must
 * match a file and each file must be a package. No two may share a base name
 * (the base name is the file's path in the uploaded zip): checked once the
 * packages are read (set.ts), after the checks that say more (two copies of
 * one package, a framework package).
 */
import { basename, extname, isAbsolute, join } from 'node:path';
import { ActionError } from '../errors.js';
import { normalizeZipPath } from '../zip/path.js';

/** The files package mode publishes, by extension (matched case-insensitively). */
export const PACKAGE_EXTENSIONS = ['.msix', '.appx', '.msixbundle', '.appxbundle', '.msixupload', '.appxupload'];

/** Patterns from newline- or comma-separated text; blank lines and `#` comments dropped. */
export function splitPatterns(text: string): string[] {
  return text
    .split(/[\r\n,]+/)
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern && !pattern.startsWith('#'));
}

function anchor(pattern: string, workspace: string): string {
  const negated = pattern.startsWith('!');
  const path = negated ? pattern.slice(1) : pattern;
  return `${negated ? '!' : ''}${isAbsolute(path) ? path : join(workspace, path)}`;
}

/** Fails when two files would take the same path in the zip (by the one path rule, zip/path.ts: without case). */
export function checkUniqueFileNames(paths: string[]): void {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const key = normalizeZipPath(basename(path));
    const other = seen.get(key);
    if (other !== undefined) {
      throw new ActionError(
        `Two packages have the same file name, ${basename(path)}: ${other} and ${path}; each is uploaded under its file name.`,
        { hint: "Narrow the 'packages' patterns (a `!` line excludes), or rename one of them." }
      );
    }
    seen.set(key, path);
  }
}

/** Why a pattern may match nothing: a Windows path on a runner where `\` is an escape, or a build that wrote elsewhere. */
export function noMatchHint(pattern: string, platform: string = process.platform): string {
  if (platform !== 'win32' && pattern.includes('\\'))
    return `On ${platform === 'darwin' ? 'macOS' : 'Linux'} a '\\' in a pattern is an escape, not a folder separator: write '${pattern.replace(/\\/g, '/')}' ('/' works on every OS).`;
  return 'Check that the build ran before this step and wrote its packages there; patterns are relative to the workspace.';
}

/** The package files the patterns match, sorted, each once. */
export async function findPackages(patterns: string[], workspace: string): Promise<string[]> {
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => anchor(p, workspace));
  const includes = patterns.filter((p) => !p.startsWith('!'));
  if (includes.length === 0) {
    throw new ActionError("'packages' holds no pattern to include.", {
      hint: 'e.g. packages: AppPackages/**/*.msixupload'
    });
  }
  // Loaded here, not at start-up: only a run in package mode globs (bench/start.mjs).
  const glob = await import('@actions/glob');
  const found = new Set<string>();
  for (const pattern of includes) {
    const globber = await glob.create([anchor(pattern, workspace), ...excludes].join('\n'), {
      matchDirectories: false,
      implicitDescendants: false
    });
    const files = await globber.glob();
    if (files.length === 0) {
      throw new ActionError(`The 'packages' pattern '${pattern}' matches no file (in ${workspace}).`, {
        hint: noMatchHint(pattern)
      });
    }
    for (const file of files) {
      if (!PACKAGE_EXTENSIONS.includes(extname(file).toLowerCase())) {
        throw new ActionError(`The 'packages' pattern '${pattern}' matches ${file}, which is not a package.`, {
          hint: `Match only ${PACKAGE_EXTENSIONS.join(' ')} files (e.g. **/*.msixupload), or exclude it with a '!' line.`
        });
      }
      found.add(file);
    }
  }
  return [...found].sort();
}
