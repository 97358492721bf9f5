/**
 * The package list a package-mode submission ends with: the packages already
 * on it (kept or marked PendingDelete, as `keep-packages` says), then the new
 * ones. Pure.
 */
import type { JsonObject } from '../merge.js';
import { architecturesOf } from './checks.js';
import { compareVersions } from './manifest.js';

/** How many of the existing packages stay: none (0), the N newest of each architecture and device family, or all. */
export type KeepPackages = number | 'all';

const PENDING_DELETE = 'PendingDelete';

const isDeleted = (entry: JsonObject): boolean =>
  typeof entry.fileStatus === 'string' && entry.fileStatus.toLowerCase() === PENDING_DELETE.toLowerCase();

/** `Windows.Desktop min version 10.0.10240.0` and `Windows.Desktop` alike: the family names, sorted. */
function familiesKey(entry: JsonObject): string {
  const families = Array.isArray(entry.targetDeviceFamilies) ? entry.targetDeviceFamilies : [];
  return families
    .map((family) => (typeof family === 'string' ? family.trim().split(/\s+/)[0].toLowerCase() : ''))
    .filter(Boolean)
    .sort()
    .join(',');
}

const groupKey = (entry: JsonObject): string => `${architecturesOf(entry).sort().join(',')}|${familiesKey(entry)}`;

/**
 * The existing entries, in their order, each kept or marked PendingDelete
 * (keeping its id and every other field). Entries already PendingDelete stay so.
 */
export function keepExisting(existing: JsonObject[], keep: KeepPackages): JsonObject[] {
  if (keep === 'all') return existing.map((entry) => structuredClone(entry));
  const kept = new Set<JsonObject>();
  if (keep > 0) {
    const groups = new Map<string, JsonObject[]>();
    for (const entry of existing.filter((e) => !isDeleted(e))) {
      groups.set(groupKey(entry), [...(groups.get(groupKey(entry)) ?? []), entry]);
    }
    for (const group of groups.values()) {
      const newest = [...group].sort((a, b) => compareVersions(String(b.version ?? ''), String(a.version ?? '')));
      newest.slice(0, keep).forEach((entry) => kept.add(entry));
    }
  }
  return existing.map((entry) =>
    kept.has(entry) ? structuredClone(entry) : { ...structuredClone(entry), fileStatus: PENDING_DELETE }
  );
}

/** What the Store needs for a new package: its path in the zip, PendingUpload, and no minimum DirectX or RAM. */
export function newPackageEntry(fileName: string): JsonObject {
  return { fileName, fileStatus: 'PendingUpload', minimumDirectXVersion: 'None', minimumSystemRam: 'None' };
}
