/**
 * The one transport under every request (Store API, Azure AD, blob): one
 * HTTP exchange, no retries. It reads each answer itself, so that an answer
 * cut off after its headers fails as a network error (ECONNRESET) instead of
 * hanging, and it fails a request that stays silent (nothing sent, nothing
 * received) for `idleTimeoutMs` as ETIMEDOUT: that is what
 * `request-timeout-seconds` means everywhere. A slow upload that keeps
 * moving bytes is never cut off.
 */
import type http from 'node:http';
import { CancelledError } from '../errors.js';
import { agentFor, httpModule, usesProxy } from './agents.js';

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export type RequestBody = string | Buffer;

export interface HttpTransport {
  request(
    method: string,
    url: string,
    body: RequestBody | undefined,
    headers: Record<string, string>,
    signal?: AbortSignal
  ): Promise<HttpResponse>;
}

export interface TransportOptions {
  userAgent: string;
  /** How long a request may stay silent before it fails (ETIMEDOUT). */
  idleTimeoutMs: number;
  /** The agent for a URL; default one per protocol, or the runner's proxy's for each request (./agents.ts). */
  agentFor?: (url: string) => http.Agent | Promise<http.Agent>;
}

function networkError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

export function createHttpTransport(options: TransportOptions): HttpTransport {
  const agent = options.agentFor ?? defaultAgents();
  return {
    request: async (method, url, body, headers, signal) =>
      exchange({ method, url, body, headers, signal, agent: await agent(url), ...options })
  };
}

/**
 * Without keep-alive, up to 100 sockets: one plain agent per protocol, made on first use; through a proxy, a
 * tunnelling agent per request (as @actions/http-client makes them without keep-alive).
 */
function defaultAgents(): (url: string) => Promise<http.Agent> {
  const plain = new Map<string, Promise<http.Agent>>();
  const options = { keepAlive: false, maxSockets: 100 };
  return (url) => {
    const target = new URL(url);
    if (usesProxy(target)) return agentFor(target, options);
    const made = plain.get(target.protocol) ?? agentFor(target, options);
    plain.set(target.protocol, made);
    return made;
  };
}

function exchange(spec: {
  method: string;
  url: string;
  body: RequestBody | undefined;
  headers: Record<string, string>;
  signal?: AbortSignal;
  agent: http.Agent;
  userAgent: string;
  idleTimeoutMs: number;
}): Promise<HttpResponse> {
  const target = new URL(spec.url);
  const module = httpModule(target);
  return new Promise<HttpResponse>((resolve, reject) => {
    if (spec.signal?.aborted) return reject(new CancelledError());
    let settled = false;
    const finish = (error: Error | undefined, response?: HttpResponse): void => {
      if (settled) return;
      settled = true;
      spec.signal?.removeEventListener('abort', onAbort);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(response as HttpResponse);
    };
    const onAbort = (): void => finish(new CancelledError());
    const length = spec.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(spec.body)) };
    const req = module.request(target, {
      method: spec.method,
      agent: spec.agent,
      headers: { 'User-Agent': spec.userAgent, ...spec.headers, ...length }
    });
    req.setTimeout(spec.idleTimeoutMs, () => {
      const seconds = Math.round(spec.idleTimeoutMs / 100) / 10;
      finish(networkError(`Request timeout: no data moved for ${seconds} s`, 'ETIMEDOUT'));
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() })
      );
      res.on('aborted', () => finish(networkError('the connection closed in the middle of the answer', 'ECONNRESET')));
      res.on('error', (error: NodeJS.ErrnoException) =>
        finish(Object.assign(error, { code: error.code ?? 'ECONNRESET' }))
      );
      res.on('close', () => finish(networkError('the connection closed before the answer was complete', 'ECONNRESET')));
    });
    req.on('error', (error) => finish(error));
    // Safety net: a request that closes without an error or an answer must not hang the step.
    req.on('close', () => answered || finish(networkError('the connection closed without an answer', 'ECONNRESET')));
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    req.end(spec.body);
  });
}

/** One header's value, whatever its case or multiplicity. */
export function header(headers: HttpResponse['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
