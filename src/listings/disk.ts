/** What the listings reader needs from the disk: a folder's entries, and a file's first bytes. */
import type { Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { compareCodePoints, IMAGE_HEAD_BYTES } from './images.js';

export interface FolderEntry {
  name: string;
  isDirectory: boolean;
}

/** Files the file manager writes beside images, skipped like hidden ones (any case). */
const FILE_MANAGER_FILES = new Set(['thumbs.db', 'desktop.ini']);

/**
 * A folder's entries that count, in code point order of their names: names
 * starting with `.` (.DS_Store, .gitkeep) and Windows Explorer's Thumbs.db
 * and desktop.ini are skipped; symbolic links are followed.
 */
export async function listEntries(dir: string): Promise<FolderEntry[]> {
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
  const visible = entries.filter(
    (entry) => !entry.name.startsWith('.') && !FILE_MANAGER_FILES.has(entry.name.toLowerCase())
  );
  const listed = await Promise.all(
    visible.map(async (entry) => {
      const isDirectory = entry.isSymbolicLink()
        ? (await stat(join(dir, entry.name))).isDirectory()
        : entry.isDirectory();
      return { name: entry.name, isDirectory };
    })
  );
  return listed.sort((a, b) => compareCodePoints(a.name, b.name));
}

/** The first bytes of a file: enough to tell an image's format and a PNG's size. */
export async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(IMAGE_HEAD_BYTES);
    const { bytesRead } = await file.read(head, 0, IMAGE_HEAD_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
