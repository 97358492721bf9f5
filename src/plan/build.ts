/**
 * The plan of a change: the submission (or MSI/EXE draft) a run starts from,
 * compared with the one it will send. Listings per language (fields, images),
 * the packages (added, removed, kept) and every other field by its JSON path.
 * Pure.
 */
import { isPlainObject, type JsonObject } from '../merge.js';
import type { FieldChange, ImageRef, ListingChange, PackageRef, PackagesChange, Plan } from './types.js';

/** Fields the Store sets on every submission (and the upload URL, a credential): never part of a plan. */
export const NOT_PLANNED = ['id', 'status', 'statusDetails', 'fileUploadUrl'];

/** How one API's packages are told apart and described. */
export interface PackageStyle {
  /** The fields that hold package lists: `applicationPackages`, `flightPackages`; `packages` for MSI/EXE. */
  fields: readonly string[];
  /** What makes two entries the same package. */
  key(entry: JsonObject): string;
  describe(entry: JsonObject): PackageRef;
  /** An entry the new submission marks for deletion (MSIX: fileStatus PendingDelete). */
  deleted?(entry: JsonObject): boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const status = (entry: JsonObject): string => String(entry.fileStatus ?? '').toLowerCase();
const isDeleted = (entry: JsonObject): boolean => status(entry) === 'pendingdelete';
const objects = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isPlainObject) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const list = (value: unknown): string =>
  Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' ? value : '';

/** MSIX packages: by id (or file name for a new one), described by file name, version and architecture. */
export const MSIX_PACKAGES: PackageStyle = {
  fields: ['applicationPackages', 'flightPackages'],
  key: (entry) => text(entry.id) ?? `file:${String(entry.fileName)}`,
  describe: (entry) => ({
    name: text(entry.fileName) ?? `package ${String(entry.id)}`,
    details: [text(entry.version), list(entry.architecture)].filter((d): d is string => !!d)
  }),
  deleted: isDeleted
};

/** A package this run adds, as read from its file (packages/read.ts's PackageInfo has this shape). */
export interface KnownPackage {
  fileName: string;
  identity: { version: string };
  targets: readonly { architecture: string }[];
}

/** MSIX packages, a new entry (which holds only its file name) described by the package read from that file. */
export function msixPackages(known: readonly KnownPackage[] = []): PackageStyle {
  const byName = new Map(known.map((info) => [info.fileName, info]));
  const describe = (entry: JsonObject): PackageRef => {
    const ref = MSIX_PACKAGES.describe(entry);
    const info = byName.get(String(entry.fileName));
    if (!info || ref.details.length) return ref;
    const architectures = [...new Set(info.targets.map((t) => t.architecture))].join(', ');
    return { ...ref, details: [info.identity.version, architectures].filter(Boolean) };
  };
  return { ...MSIX_PACKAGES, describe };
}

/** Every field that differs between `before` and `after` under `path`: objects key by key, anything else whole. */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => fieldChanges(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (same(before, after)) return [];
  if (isPlainObject(after) && before === undefined) return fieldChanges({}, after, path);
  return [{ path, before, after }];
}

function imageRef(image: JsonObject): ImageRef {
  return { type: String(image.imageType ?? 'image'), fileName: String(image.fileName ?? image.id ?? '?') };
}

const imageKey = (image: JsonObject): string => text(image.id) ?? `file:${String(image.fileName)}`;

/** The images a listing's `images` list gains and loses (PendingDelete counts as lost). */
function imageChanges(before: unknown, after: unknown): { added: ImageRef[]; removed: ImageRef[] } {
  const old = objects(before).filter((i) => !isDeleted(i));
  const now = objects(after).filter((i) => !isDeleted(i));
  const oldKeys = new Set(old.map(imageKey));
  const nowKeys = new Set(now.map(imageKey));
  return {
    added: now.filter((i) => !oldKeys.has(imageKey(i)) || status(i) === 'pendingupload').map(imageRef),
    removed: old.filter((i) => !nowKeys.has(imageKey(i))).map(imageRef)
  };
}

/** A listing's fields, with any `images` list taken out into images added and removed. */
function listingChange(language: string, before: unknown, after: unknown): ListingChange | undefined {
  const state = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  const change: ListingChange = { language, state, fields: [], imagesAdded: [], imagesRemoved: [] };
  const walk = (old: unknown, now: unknown, path: string): void => {
    if (!isPlainObject(old) && !isPlainObject(now)) {
      if (!same(old, now)) change.fields.push({ path, before: old, after: now });
      return;
    }
    const o = isPlainObject(old) ? old : {};
    const n = isPlainObject(now) ? now : {};
    for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
      const at = path ? `${path}.${key}` : key;
      if (key === 'images' && (Array.isArray(o[key]) || Array.isArray(n[key]))) {
        const images = imageChanges(o[key], n[key]);
        change.imagesAdded.push(...images.added);
        change.imagesRemoved.push(...images.removed);
      } else if (key !== 'language') walk(o[key], n[key], at);
    }
  };
  if (state !== 'removed') walk(before, after, '');
  const changed = change.fields.length + change.imagesAdded.length + change.imagesRemoved.length > 0;
  return state !== 'changed' || changed ? change : undefined;
}

/** Per language (in the order the new side lists them, then those it lost), what changes. */
export function listingChanges(before: unknown, after: unknown): ListingChange[] {
  const o = isPlainObject(before) ? before : {};
  const n = isPlainObject(after) ? after : {};
  const languages = [...new Set([...Object.keys(n), ...Object.keys(o)])];
  return languages.flatMap((language) => listingChange(language, o[language], n[language]) ?? []);
}

/** The packages added, removed and kept, when the list changes at all. */
export function packageChanges(
  field: string,
  before: unknown,
  after: unknown,
  style: PackageStyle
): PackagesChange | undefined {
  if (same(before, after)) return undefined;
  const deleted = style.deleted ?? (() => false);
  const old = objects(before).filter((e) => !deleted(e));
  const now = objects(after).filter((e) => !deleted(e));
  const oldKeys = new Set(old.map(style.key));
  const nowKeys = new Set(now.map(style.key));
  const change: PackagesChange = {
    field,
    added: now.filter((e) => !oldKeys.has(style.key(e))).map(style.describe),
    removed: old.filter((e) => !nowKeys.has(style.key(e))).map(style.describe),
    kept: now.filter((e) => oldKeys.has(style.key(e))).map(style.describe)
  };
  return change.added.length || change.removed.length ? change : undefined;
}

/**
 * The plan from `before` to `after`: `listings` per language, the package lists the style names, and every
 * other field (but NOT_PLANNED) by path. A package list that changes only in fields of kept entries is
 * shown as those fields.
 */
export function buildPlan(before: JsonObject, after: JsonObject, against: string, style: PackageStyle): Plan {
  const plan: Plan = { against, listings: listingChanges(before.listings, after.listings), fields: [] };
  const rest = (side: JsonObject): JsonObject =>
    Object.fromEntries(Object.entries(side).filter(([key]) => key !== 'listings' && !NOT_PLANNED.includes(key)));
  const others = rest(before);
  const next = rest(after);
  for (const field of style.fields) {
    const packages = packageChanges(field, before[field], after[field], style);
    if (!packages) continue;
    plan.packages = packages;
    delete others[field];
    delete next[field];
  }
  plan.fields = fieldChanges(others, next);
  return plan;
}
