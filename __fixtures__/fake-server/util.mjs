// Small helpers shared by the local fakes (../fake-store, ../fake-msi-exe) and their server: results, the
// gateway's and Azure AD's error shapes, request bodies.
import { randomUUID } from 'node:crypto';

/**
 * What a route handler answers. The server (index.mjs) writes it (or swaps it for a fault).
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
