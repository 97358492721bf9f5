/** Test helper: writes a tree of files (path -> contents) under a folder, creating folders on the way. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type Tree = Record<string, string | Buffer>;

/** Writes each file (a string as UTF-8; a path ending in `/` is an empty folder) and resolves with `root`. */
export async function writeTree(root: string, tree: Tree): Promise<string> {
  await mkdir(root, { recursive: true });
  for (const [path, contents] of Object.entries(tree)) {
    if (path.endsWith('/')) {
      await mkdir(join(root, path), { recursive: true });
      continue;
    }
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), contents);
  }
  return root;
}
