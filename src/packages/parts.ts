/**
 * Part names inside package files. MSIX and APPX packages and bundles are
 * OPC containers (ECMA-376 Part 2): a part's zip item name is its URI, so
 * a space, `[`, `%` and every non-ASCII character are stored
 * percent-encoded, as UTF-8 (`Windows Calculator_x86.appx` is stored as
 * `Windows%20Calculator_x86.appx`), while manifests name parts as written.
 * Names compare by the one path rule (zip/path.ts): without case, `\` and
 * `/` alike. Pure.
 */
import type { ZipEntry } from '../zip/directory.js';
import { normalizeZipPath } from '../zip/path.js';

/** The part name an item name stands for; undefined when its escapes are not valid UTF-8 percent-encoding. */
export function decodePartName(itemName: string): string | undefined {
  if (!itemName.includes('%')) return itemName;
  if (/%(?![0-9A-Fa-f]{2})/.test(itemName)) return undefined;
  try {
    return decodeURIComponent(itemName);
  } catch {
    return undefined;
  }
}

/** The entry holding the part `name`: stored as written, or percent-encoded. */
export function findPart(entries: ZipEntry[], name: string): ZipEntry | undefined {
  const wanted = normalizeZipPath(name);
  return (
    entries.find((entry) => normalizeZipPath(entry.name) === wanted) ??
    entries.find((entry) => normalizeZipPath(decodePartName(entry.name) ?? '') === wanted)
  );
}
