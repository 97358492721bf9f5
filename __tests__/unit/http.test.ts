/** The transport never waits forever: cut-off and stalled answers fail as network errors. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpTransport, header } from '../../src/request/transport.js';
import { isNetworkError } from '../../src/request/policy.js';

let server: http.Server;
let base: string;
const received: { method?: string; body: string; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ method: req.method, body, headers: req.headers });
      if (req.url === '/ok') {
        res.writeHead(201, { 'Content-Type': 'application/json', 'MS-CorrelationId': 'abc' });
        res.end('{"id":"1"}');
      } else if (req.url === '/cut') {
        res.writeHead(201, { 'Content-Length': '100' });
        res.write('{"id":"1",');
        setTimeout(() => req.socket.destroy(), 20);
      } else if (req.url === '/stall') {
        res.writeHead(200, { 'Content-Length': '100' });
        res.write('{"id":');
      } else if (req.url === '/silent') {
        // never answers
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createHttpTransport', () => {
  const transport = createHttpTransport({ userAgent: 'test-agent', idleTimeoutMs: 400 });

  test('sends the body and headers, and reads status, headers and body', async () => {
    const response = await transport.request('POST', `${base}/ok`, '{"a":1}', { 'Content-Type': 'application/json' });
    expect(response.status).toBe(201);
    expect(header(response.headers, 'MS-CorrelationId')).toBe('abc');
    expect(response.body).toBe('{"id":"1"}');
    const last = received.at(-1);
    expect(last?.body).toBe('{"a":1}');
    expect(last?.headers['user-agent']).toBe('test-agent');
    expect(last?.headers['content-length']).toBe('7');
  });

  test('an answer cut off after its headers fails as a network error (ECONNRESET), not a hang', async () => {
    const error = await transport.request('POST', `${base}/cut`, '', {}).catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect((error as { code?: string }).code).toBe('ECONNRESET');
  });

  test.each(['/stall', '/silent'])(
    'an answer that stalls (%s) fails with ETIMEDOUT at the request timeout',
    async (path) => {
      const error = await transport.request('GET', `${base}${path}`, undefined, {}).catch((e: unknown) => e);
      expect(isNetworkError(error)).toBe(true);
      expect((error as { code?: string }).code).toBe('ETIMEDOUT');
    }
  );
});
