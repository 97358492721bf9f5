// Small helpers shared by the fake Store's modules: results, error shapes, bodies.
import { randomUUID } from 'node:crypto';

/**
 * What a route handler answers. The dispatcher in index.mjs writes it (or swaps it for a fault).
 * @typedef {object} Result
 * @property {number} status
 * @property {unknown} [body]                     JSON body; omitted for 204
 * @property {Record<string, string>} [headers]
 * @property {boolean} [mutation]                 the request changed server-side state
 */

/**
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function clone(value) {
  return value === undefined ? value : globalThis.structuredClone(value);
}

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
 * The API gateway's error shape (observed for 429).
 * @param {number} status
 * @param {string} message
 * @returns {Result}
 */
export function gatewayError(status, message) {
  return { status, body: { statusCode: status, message } };
}

/**
 * An Azure AD error answer.
 * @param {number} status
 * @param {string} error
 * @param {number} aadCode    e.g. 7000215 for AADSTS7000215
 * @param {string} text
 * @returns {Result}
 */
export function aadError(status, error, aadCode, text) {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return {
    status,
    headers: { 'x-ms-request-id': traceId, 'client-request-id': correlationId },
    body: {
      error,
      error_description: `AADSTS${aadCode}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [aadCode],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${aadCode}`
    }
  };
}

/**
 * Reads a whole request body (the fake only takes small JSON and form bodies).
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit = 16 * 1024 * 1024) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** @param {Buffer | string} data */
export function base64url(data) {
  return Buffer.from(data).toString('base64url');
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
