/**
 * Every relative link of README.md and docs/**.md leads somewhere: the file or
 * folder exists, and an anchor names a heading of the Markdown file it points
 * to, as GitHub makes heading anchors (the heading's text as shown, lower
 * case, punctuation dropped, each space a '-', a repeated one numbered -1,
 * -2, ...). Links inside code blocks and code spans are not links.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleFiles } from '../../__fixtures__/readme-examples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The lines of a Markdown text outside fenced code blocks, with their numbers. */
function proseLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
    } else if (opening) fence = opening;
    else out.push({ line: i + 1, text: line });
  });
  return out;
}

/** A heading's text as GitHub shows it: code spans, links, emphasis and tags reduced to their text. */
const shownText = (heading: string): string =>
  heading
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*)/g, '');

/** GitHub's anchor for a heading's text (github-slugger's rule). */
function slug(heading: string): string {
  return shownText(heading)
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown text: one per heading, repeats numbered; explicit `id`/`name` anchors too. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text: line } of proseLines(text)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const base = slug(heading);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count ? `${base}-${count}` : base);
    }
    for (const m of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(m[1]);
  }
  return anchors;
}

interface Link {
  line: number;
  target: string;
}

/** The links of a Markdown text (inline, image and reference definitions), outside code. */
function linksOf(text: string): Link[] {
  const links: Link[] = [];
  for (const { line, text: prose } of proseLines(text)) {
    const bare = prose.replace(/(`+)[^`]*?\1/g, '');
    for (const m of bare.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ line, target: m[1] });
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(bare);
    if (definition) links.push({ line, target: definition[1] });
  }
  return links;
}

/** How the check reaches the files: the repository's, or a test's own. */
interface Files {
  read: (path: string) => string;
  exists: (path: string) => boolean;
}

const REPOSITORY: Files = {
  read: (path) => readFileSync(join(ROOT, path), 'utf8'),
  exists: (path) => existsSync(join(ROOT, path))
};

/** What is wrong with the relative links of one file (a path from the repository's root). */
function brokenLinks(file: string, { read, exists }: Files = REPOSITORY): string[] {
  const problems: string[] = [];
  for (const { line, target } of linksOf(read(file))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
    const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
    const path = pathPart
      ? normalize(pathPart.startsWith('/') ? pathPart.slice(1) : join(dirname(file), decodeURIComponent(pathPart)))
      : file;
    const where = `${file}:${line}: ${target}`;
    if (path.startsWith('..') || !exists(path)) {
      problems.push(`${where}: no file ${path}`);
      continue;
    }
    if (anchor !== undefined && /\.md$/i.test(path) && !anchorsOf(read(path)).has(anchor))
      problems.push(`${where}: ${path} has no heading for #${anchor}`);
  }
  return problems;
}

describe('the links of the README and docs/', () => {
  const files = exampleFiles();

  test('there are docs and links to check', () => {
    expect(files).toContain('README.md');
    expect(files.filter((file) => file.startsWith('docs')).length).toBeGreaterThanOrEqual(5);
    const links = files.flatMap((file) => linksOf(REPOSITORY.read(file)));
    expect(links.filter((link) => link.target.includes('#')).length).toBeGreaterThanOrEqual(10);
  });

  test.each(files)('every relative link and anchor of %s resolves', (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  test("anchors follow GitHub's rules", () => {
    expect(slug('Two runs at once: a `concurrency` group per app')).toBe(
      'two-runs-at-once-a-concurrency-group-per-app'
    );
    expect(slug('Package mode (`npm run bench:packages`)')).toBe('package-mode-npm-run-benchpackages');
    expect(slug("MSI and EXE apps (the Store's second API)")).toBe('msi-and-exe-apps-the-stores-second-api');
    expect(slug('Set up Azure AD and Partner Center (once)')).toBe('set-up-azure-ad-and-partner-center-once');
    expect(slug('Read it: `readBoolean`, [parse.ts](x.ts) and **snake_case**')).toBe(
      'read-it-readboolean-parsets-and-snake_case'
    );
    expect([...anchorsOf('# A\n## Dry run\n```\n# not a heading\n```\n### Dry run\n')]).toEqual([
      'a',
      'dry-run',
      'dry-run-1'
    ]);
  });

  test('the check finds a missing file, a missing anchor, and ignores code and web links', () => {
    const pages: Record<string, string> = {
      'docs/page.md': [
        '# Page',
        'See [the README](../README.md#no-such-heading), [gone](gone.md), [here](#page),',
        '[the web](https://example.test/#x), `[code](nowhere.md)` and [LICENSE](../LICENSE).',
        '```',
        '[in a block](nowhere.md)',
        '```',
        '[ref]: ./missing.md#x'
      ].join('\n'),
      'README.md': '# Title\n## Quick start\n',
      LICENSE: 'MIT'
    };
    const files = { read: (path: string) => pages[path], exists: (path: string) => path in pages };
    expect(brokenLinks('docs/page.md', files)).toEqual([
      'docs/page.md:2: ../README.md#no-such-heading: README.md has no heading for #no-such-heading',
      'docs/page.md:2: gone.md: no file docs/gone.md',
      'docs/page.md:7: ./missing.md#x: no file docs/missing.md'
    ]);
  });
});
