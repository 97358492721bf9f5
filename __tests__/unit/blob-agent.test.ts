/** The blob upload goes through the runner's proxy when one is set, like the Store API calls. */
import { afterEach, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import https from 'node:https';
import { blobAgent } from '../../src/upload/index.js';

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

function clearProxyEnv(): void {
  for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'])
    delete process.env[name];
}

describe('blobAgent', () => {
  const url = new URL('https://account.blob.core.windows.net/ingestion/blob?sv=2017-04-17&sig=abc');

  test('without a proxy: a plain keep-alive agent sized to the blocks in flight', async () => {
    clearProxyEnv();
    const agent = await blobAgent(url, 4);
    expect(agent).toBeInstanceOf(https.Agent);
    expect(agent.maxSockets).toBe(4);
    const plain = await blobAgent(new URL('http://127.0.0.1:10000/devstoreaccount1/c/b?sig=x'), 2);
    expect(plain).toBeInstanceOf(http.Agent);
    expect(plain).not.toBeInstanceOf(https.Agent);
  });

  test('with https_proxy: a tunnelling agent through that proxy', async () => {
    clearProxyEnv();
    process.env.https_proxy = 'http://proxy.corp.example:3128';
    const agent = (await blobAgent(url, 4)) as http.Agent & { proxyOptions?: { host?: string; port?: number } };
    expect(agent).not.toBeInstanceOf(https.Agent);
    expect(agent.proxyOptions?.host).toBe('proxy.corp.example');
    expect(Number(agent.proxyOptions?.port)).toBe(3128);
  });

  test('no_proxy for the blob host wins over the proxy', async () => {
    clearProxyEnv();
    process.env.https_proxy = 'http://proxy.corp.example:3128';
    process.env.no_proxy = '.blob.core.windows.net';
    expect(await blobAgent(url, 4)).toBeInstanceOf(https.Agent);
  });
});
