// Small helpers of the fake Store's modules: the Ingestion API's error shape, the files a submission waits for.

/** @typedef {import('../fake-server/util.mjs').Result} Result */

/**
 * The Ingestion API's error shape (observed).
 * @param {number} status
 * @param {string} code
 * @param {string} message
 * @param {string} [target]
 * @returns {Result}
 */
export function apiError(status, code, message, target = '') {
  return { status, body: { code, message, data: [], details: [], source: 'Ingestion Api', target } };
}

/**
 * Every `fileName` of an object marked `fileStatus: 'PendingUpload'`, anywhere in a submission,
 * plus the video and images of new trailers (a trailer without an `id`).
 * @param {unknown} fields
 * @returns {string[]}
 */
export function pendingUploadFiles(fields) {
  /** @type {string[]} */
  const names = [];
  /** @param {unknown} node @param {string | undefined} key */
  const walk = (node, key) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, key);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const obj = /** @type {Record<string, unknown>} */ (node);
    if (obj.fileStatus === 'PendingUpload' && typeof obj.fileName === 'string') names.push(obj.fileName);
    if (key === 'trailers' && !obj.id && typeof obj.videoFileName === 'string') {
      names.push(obj.videoFileName);
      const assets = /** @type {Record<string, {imageList?: {fileName?: unknown}[]}>} */ (obj.trailerAssets ?? {});
      for (const asset of Object.values(assets)) {
        for (const image of asset?.imageList ?? []) if (typeof image?.fileName === 'string') names.push(image.fileName);
      }
    }
    for (const [k, v] of Object.entries(obj)) walk(v, k);
  };
  walk(fields, undefined);
  return [...new Set(names)];
}

/** `\` and `/` alike, case-insensitive, no leading slash. @param {string} name */
export function normalizeZipName(name) {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}
