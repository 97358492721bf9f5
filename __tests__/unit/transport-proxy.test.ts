/**
 * Every request goes through the runner's proxy when one is set (src/request/agents.ts), though
 * @actions/http-client is loaded only then: a real CONNECT proxy on 127.0.0.1 in front of a server on 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHttpTransport } from '../../src/request/transport.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'];
const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));

let target: http.Server;
let proxy: http.Server;
const tunnels: string[] = [];
const port = (server: http.Server): number => (server.address() as AddressInfo).port;

beforeAll(async () => {
  target = http.createServer((req, res) => res.end(`seen ${req.method} ${req.url}`));
  // A forward proxy that tunnels every CONNECT, whatever host it names, to the target.
  proxy = http.createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const upstream = net.connect(port(target), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await Promise.all([target, proxy].map((server) => new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))));
});

afterEach(() => {
  tunnels.length = 0;
  for (const name of PROXY_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

afterAll(async () => {
  await Promise.all([target, proxy].map((server) => new Promise((done) => server.close(done))));
});

function proxyAt(value: string): void {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  process.env.http_proxy = value;
}

describe('the transport and the runner proxy', () => {
  test('with http_proxy, a request to a host it does not bypass goes through the proxy', async () => {
    proxyAt(`http://127.0.0.1:${port(proxy)}`);
    const transport = createHttpTransport({ userAgent: 'test', idleTimeoutMs: 5_000 });
    const host = `store.example.test:${port(target)}`;
    const answer = await transport.request('GET', `http://${host}/v1.0/my/applications`, undefined, {});
    expect(answer).toMatchObject({ status: 200, body: 'seen GET /v1.0/my/applications' });
    const again = await transport.request('POST', `http://${host}/token`, 'a=b', {});
    expect(again.body).toBe('seen POST /token');
    expect(tunnels).toEqual([host, host]);
  });

  test('a loopback address bypasses the proxy, as @actions/http-client decides', async () => {
    proxyAt(`http://127.0.0.1:${port(proxy)}`);
    const transport = createHttpTransport({ userAgent: 'test', idleTimeoutMs: 5_000 });
    const answer = await transport.request('GET', `http://127.0.0.1:${port(target)}/direct`, undefined, {});
    expect(answer.body).toBe('seen GET /direct');
    expect(tunnels).toEqual([]);
  });
});
