/** A StoreClient over a routed, scripted transport: each test answers the calls it expects. */
import type { HttpResponse } from '../../src/request/transport.js';
import { StoreClient } from '../../src/msix/store/client.js';
import { FakeClock } from './helpers.js';

export const BASE = 'https://store.test';

export type Handler = (method: string, path: string, body: string | undefined) => HttpResponse | Error;

export const ok = (body: unknown, status = 200): HttpResponse => ({
  status,
  headers: { 'ms-correlationid': 'cid-1' },
  body: body === undefined ? '' : JSON.stringify(body)
});

export const failure = (status: number, code: string, message = code): HttpResponse => ({
  status,
  headers: { 'ms-correlationid': 'cid-err' },
  body: JSON.stringify({ code, message })
});

/** The client, and the calls it made as "METHOD path" (path relative to /v1.0/my/, with its query). */
export function storeDouble(handler: Handler): { client: StoreClient; calls: string[] } {
  const calls: string[] = [];
  const client = new StoreClient({
    storeApiUrl: BASE,
    tokens: { token: async () => 'token', invalidate: () => undefined },
    http: {
      request: async (method, url, body) => {
        const path = url.slice(`${BASE}/v1.0/my/`.length);
        calls.push(`${method} ${path}`);
        const answer = handler(method, path, body as string | undefined);
        if (answer instanceof Error) throw answer;
        return answer;
      }
    },
    clock: new FakeClock(),
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100 },
    log: () => undefined
  });
  return { client, calls };
}
