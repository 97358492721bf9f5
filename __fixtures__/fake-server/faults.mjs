// Fault injection for the local fakes (../fake-store, ../fake-msi-exe): which requests get a scripted failure
// instead of (or after) the real answer.

/**
 * @typedef {429 | 500 | 502 | 503 | 504 | 'reset' | 'lose-response' | '503-after' | '500-after' | 'garble-after' | 'hang'} FaultKind
 *
 * @typedef {object} FaultSpec
 * @property {FaultKind | number | string} kind   a FaultKind (checked when added)
 * @property {string} [method]          HTTP method, any case; absent: any method
 * @property {string | RegExp} [path]
 *   Absent: every API call (not the token or OIDC endpoints).
 *   'token' / 'oidc': the Azure AD token endpoints (v1 and v2.0) / the runner's OIDC service.
 *   '*': every request.
 *   Another string: equal to the path after the API's prefix (/v1.0/my/, /submission/v1/product/; no query;
 *   a leading '/' is ignored).
 *   A RegExp: tested against the path after the API's prefix (no query) for API calls,
 *   and against the words 'token' / 'oidc' for those endpoints.
 * @property {number} [times]           how many matching requests it hits (default 1; Infinity for all)
 * @property {number} [skip]            matching requests to let through first (default 0)
 * @property {string} [retryAfter]      Retry-After header value (seconds or an HTTP date) for status faults
 * @property {boolean} [gatewayBody]    body in the gateway shape {statusCode,message} rather than the API's own
 *                                      (each fake says which it answers by default)
 *
 * @typedef {FaultSpec & { fired: number, remaining: number, skipsLeft: number }} FaultState
 */

const KINDS = new Set([
  429,
  500,
  502,
  503,
  504,
  'reset',
  'lose-response',
  '503-after',
  '500-after',
  'garble-after',
  'hang'
]);

export function createFaults() {
  /** @type {FaultState[]} */
  const list = [];

  return {
    /**
     * Adds a fault; faults are tried in the order they were added, and the first one that matches
     * (and has no skips left) fires. Skipped matches count towards `skip` of that fault only.
     * @param {FaultSpec} spec
     * @returns {FaultState} the live record (fired / remaining update as it fires)
     */
    add(spec) {
      if (
        !KINDS.has(/** @type {FaultKind} */ (spec.kind)) &&
        !(typeof spec.kind === 'number' && spec.kind >= 400 && spec.kind < 600)
      )
        throw new Error(`fake server: unknown fault kind ${String(spec.kind)}`);
      /** @type {FaultState} */
      const state = { ...spec, fired: 0, remaining: spec.times ?? 1, skipsLeft: spec.skip ?? 0 };
      list.push(state);
      return state;
    },
    /** Removes every fault. */
    clear() {
      list.length = 0;
    },
    /** The faults added so far, with how often each fired. @returns {FaultState[]} */
    get list() {
      return list;
    },
    /** Faults that have not fired all their times yet. @returns {FaultState[]} */
    get pending() {
      return list.filter((f) => f.remaining > 0);
    },
    /**
     * The fault to apply to a request, if any (consumes one of its times).
     * @param {string} method
     * @param {'api' | 'token' | 'oidc' | 'other'} area
     * @param {string} rel   path after the API's prefix for api calls
     * @returns {FaultState | undefined}
     */
    take(method, area, rel) {
      for (const fault of list) {
        if (fault.remaining <= 0) continue;
        if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) continue;
        if (!matches(fault.path, area, rel)) continue;
        if (fault.skipsLeft > 0) {
          fault.skipsLeft--;
          continue;
        }
        fault.remaining--;
        fault.fired++;
        return fault;
      }
      return undefined;
    }
  };
}

/**
 * @param {string | RegExp | undefined} path
 * @param {'api' | 'token' | 'oidc' | 'other'} area
 * @param {string} rel
 */
function matches(path, area, rel) {
  if (path === undefined) return area === 'api';
  if (path === '*') return true;
  if (path instanceof RegExp) {
    path.lastIndex = 0;
    if (area === 'api') return path.test(rel);
    if (area === 'token' || area === 'oidc') return path.test(area);
    return false;
  }
  if (path === 'token' || path === 'oidc') return area === path;
  if (area !== 'api') return false;
  const wanted = path.replace(/^\/+/, '').replace(/^v1\.0\/my\//i, '');
  return wanted === rel;
}
