// A small HTTP proxy on 127.0.0.1 in front of a blob service (Azurite), for upload tests.
// It records every request and can fail chosen ones: with a status (and Retry-After,
// x-ms-error-code), by resetting the socket, or by losing the answer: the request is
// carried out upstream and the connection closes before a byte of the answer is written.
// Like Azure Storage, it refuses a request larger
// than the storage version it is sent under allows (Azurite does not): before 2016-05-31 (e.g. the
// Store docs' sample SAS, sv=2014-02-14) a Put Block may carry 4 MiB and a Put Blob 64 MiB.
const MiB = 1024 * 1024;

/**
 * The 413 Azure answers to a body too large for the request's version, if this one is.
 * @param {{ method: string, comp: string | null, query: URLSearchParams, headers: import('node:http').IncomingHttpHeaders }} entry
 * @returns {string | undefined}  the error message
 */
function tooLarge(entry) {
  const version = String(entry.headers['x-ms-version'] ?? entry.query.get('sv') ?? '');
  if (entry.method !== 'PUT' || !version || version >= '2016-05-31') return undefined;
  const length = Number(entry.headers['content-length'] ?? 0);
  if (entry.comp === 'block' && length > 4 * MiB) return `A block may be at most 4 MiB under version ${version}.`;
  if (entry.comp === null && length > 64 * MiB) return `A Put Blob may be at most 64 MiB under version ${version}.`;
  return undefined;
}
import http from 'node:http';

/**
 * @typedef {{ method: string, path: string, comp: string | null, blockid: string | null, query: URLSearchParams, headers: import('node:http').IncomingHttpHeaders, fault?: string | number }} ProxiedRequest
 * @typedef {{
 *   match: (req: ProxiedRequest) => boolean,
 *   nth?: number,        // first matching request to fail, 1-based (default 1)
 *   times?: number,      // how many matching requests to fail from there (default 1)
 *   status?: number,     // answer with this status...
 *   errorCode?: string,  // ...and this x-ms-error-code
 *   retryAfter?: string, // ...and this Retry-After
 *   reset?: boolean      // or reset the socket instead of answering
 *   afterBytes?: number, // with reset: read this many body bytes first (default 0)
 *   stall?: boolean      // or read the body and never answer (until the client gives up)
 *   lose?: boolean       // or carry the request out upstream, then close the connection before answering
 * }} FaultRule
 */

/**
 * @param {{ target: string }} options  target: e.g. http://127.0.0.1:10000 (no path)
 * @returns {Promise<{ origin: string, port: number, requests: ProxiedRequest[], fault: (rule: FaultRule) => FaultRule & { seen: number, fired: number }, clear: () => void, stop: () => Promise<void> }>}
 */
export async function startFaultProxy({ target }) {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  /** @type {ProxiedRequest[]} */
  const requests = [];
  /** @type {Array<FaultRule & { seen: number, fired: number }>} */
  let rules = [];

  const server = http.createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://proxy');
    /** @type {ProxiedRequest} */
    const entry = {
      method: req.method ?? 'GET',
      path: parsed.pathname,
      comp: parsed.searchParams.get('comp'),
      blockid: parsed.searchParams.get('blockid'),
      query: parsed.searchParams,
      headers: req.headers
    };
    requests.push(entry);

    const refused = tooLarge(entry);
    if (refused) {
      req.resume();
      req.on('end', () => {
        res.writeHead(413, { 'content-type': 'application/xml', 'x-ms-error-code': 'RequestBodyTooLarge' });
        res.end(
          `<?xml version="1.0" encoding="utf-8"?><Error><Code>RequestBodyTooLarge</Code><Message>${refused}</Message></Error>`
        );
      });
      return;
    }

    // Every matching rule counts the request; the first one whose window covers it fires.
    const matching = rules.filter((rule) => rule.match(entry));
    for (const rule of matching) rule.seen += 1;
    const rule = matching.find((r) => r.seen >= (r.nth ?? 1) && r.seen < (r.nth ?? 1) + (r.times ?? 1));
    if (rule) {
      rule.fired += 1;
      entry.fault = rule.lose ? 'lose' : rule.stall ? 'stall' : rule.reset ? 'reset' : (rule.status ?? 503);
    }
    if (rule && !rule.lose) {
      if (rule.stall) {
        req.resume();
        return;
      }
      if (rule.reset) {
        let read = 0;
        const limit = rule.afterBytes ?? 0;
        if (limit <= 0) {
          req.socket.destroy();
          return;
        }
        req.on('data', (chunk) => {
          read += chunk.length;
          if (read >= limit) req.socket.destroy();
        });
        req.on('end', () => req.socket.destroy());
        return;
      }
      req.resume();
      req.on('end', () => {
        const headers = {
          'content-type': 'application/xml',
          'x-ms-request-id': `fault-${requests.length}`,
          ...(rule.errorCode ? { 'x-ms-error-code': rule.errorCode } : {}),
          ...(rule.retryAfter !== undefined ? { 'retry-after': rule.retryAfter } : {})
        };
        res.writeHead(rule.status ?? 503, headers);
        res.end(
          `<?xml version="1.0" encoding="utf-8"?><Error><Code>${rule.errorCode ?? 'ServerBusy'}</Code><Message>Injected by the fault proxy.</Message></Error>`
        );
      });
      return;
    }

    const lose = rule?.lose === true;
    const forward = http.request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
        agent
      },
      (answer) => {
        if (lose) {
          // Carried out: read the whole answer from upstream, then close without writing a byte of it.
          answer.resume();
          answer.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      }
    );
    forward.on('error', () => req.socket.destroy());
    req.pipe(forward);
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    fault: (rule) => {
      const live = { ...rule, seen: 0, fired: 0 };
      rules.push(live);
      return live;
    },
    clear: () => {
      rules = [];
      requests.length = 0;
    },
    stop: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    }
  };
}
