/** JSON helpers for submissions: the user's changes over what the Store cloned. Pure. */
import { normalizeZipPath } from './zip/path.js';

export type JsonObject = { [key: string]: unknown };

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep merge: objects key by key, everything else (arrays, scalars, null)
 * replaced by the override. Neither input is modified.
 */
export function deepMerge(base: JsonObject, override: JsonObject): JsonObject {
  const result: JsonObject = structuredClone(base);
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : structuredClone(value);
  }
  return result;
}

/** A file the submission JSON says is in the zip. */
export interface PendingFile {
  fileName: string;
  /** Where it stands in the JSON, e.g. `applicationPackages[0]` or `listings.en-us.baseListing.images[2]`. */
  where: string;
}

/**
 * Every entry anywhere in the JSON that carries `fileName` and
 * `fileStatus: "PendingUpload"`: packages, listing images, trailers and their
 * images, add-on icons.
 */
export function pendingUploads(json: unknown, where = ''): PendingFile[] {
  const found: PendingFile[] = [];
  if (isPlainObject(json) && Array.isArray(json.trailers)) {
    found.push(...newTrailerFiles(json.trailers, where ? `${where}.trailers` : 'trailers'));
  }
  if (Array.isArray(json)) {
    json.forEach((item, i) => found.push(...pendingUploads(item, `${where}[${i}]`)));
  } else if (isPlainObject(json)) {
    if (
      typeof json.fileName === 'string' &&
      typeof json.fileStatus === 'string' &&
      json.fileStatus.toLowerCase() === 'pendingupload'
    ) {
      found.push({ fileName: json.fileName, where: where || '(top level)' });
    }
    for (const [key, value] of Object.entries(json)) {
      if (typeof value === 'object' && value !== null) {
        found.push(...pendingUploads(value, where ? `${where}.${key}` : key));
      }
    }
  }
  return found;
}

/**
 * Trailers carry no fileStatus: a trailer (or a trailer image) without an
 * `id` is new, so its `videoFileName` (and its images' `fileName`) must be in
 * the zip.
 */
function newTrailerFiles(trailers: unknown[], where: string): PendingFile[] {
  const found: PendingFile[] = [];
  trailers.forEach((trailer, i) => {
    if (!isPlainObject(trailer)) return;
    const at = `${where}[${i}]`;
    if (typeof trailer.videoFileName === 'string' && !trailer.id && !trailer.videoFileId) {
      found.push({ fileName: trailer.videoFileName, where: `${at}.videoFileName` });
    }
    const assets = isPlainObject(trailer.trailerAssets) ? trailer.trailerAssets : {};
    for (const [lang, asset] of Object.entries(assets)) {
      const images = isPlainObject(asset) && Array.isArray(asset.imageList) ? asset.imageList : [];
      images.forEach((image, j) => {
        if (isPlainObject(image) && typeof image.fileName === 'string' && !image.id && image.fileStatus === undefined) {
          found.push({ fileName: image.fileName, where: `${at}.trailerAssets.${lang}.imageList[${j}]` });
        }
      });
    }
  });
  return found;
}

/** The pending files that the zip does not hold (compared by the one path rule, zip/path.ts). */
export function missingFromZip(pending: PendingFile[], zipEntries: string[]): PendingFile[] {
  const present = new Set(zipEntries.map(normalizeZipPath));
  return pending.filter((file) => !present.has(normalizeZipPath(file.fileName)));
}
