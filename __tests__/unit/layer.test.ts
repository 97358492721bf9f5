/**
 * The one request layer's policy, each rule on its own: Retry-After in every
 * form and past its cap, 5xx, reset and refused connections, a silent request,
 * calls that are not safe to repeat, 401 renewal, pacing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, CancelledError, UncertainOutcomeError } from '../../src/errors.js';
import { RequestLayer, type Call, type Dialect } from '../../src/request/layer.js';
import { Pacer } from '../../src/request/pacer.js';
import { MAX_RETRY_AFTER_MS, type RetryPolicy } from '../../src/request/policy.js';
import { createHttpTransport, type HttpTransport } from '../../src/request/transport.js';
import { FakeClock, json, networkError, ScriptedTransport, type Scripted } from './helpers.js';

const RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 };
const DIALECT: Dialect = {
  correlationHeader: 'x-corr',
  describe: (response) => ({ code: response.body ? JSON.parse(response.body).code : undefined })
};

function setup(script: Scripted[] | HttpTransport, options: { signal?: AbortSignal } = {}) {
  const clock = new FakeClock();
  const transport = Array.isArray(script) ? new ScriptedTransport(script, clock) : script;
  const logs: string[] = [];
  const layer = new RequestLayer({ http: transport, clock, retry: RETRY, log: (l) => logs.push(l), ...options });
  return { layer, clock, transport, logs };
}

function call(extra: Partial<Call<string>> = {}): Call<string> {
  return { call: 'Do it', method: 'GET', url: 'https://api.test/x', idempotent: true, dialect: DIALECT, ...extra };
}

const caught = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (e: unknown) => e
  );

describe('Retry-After on a 429', () => {
  test('seconds: waits what was asked (plus at most 250 ms of jitter), then repeats', async () => {
    const { layer, clock, logs } = setup([json(429, {}, { 'retry-after': '7' }), json(200, 'ok')]);
    expect((await layer.send(call())).status).toBe(200);
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(7000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(7250);
    expect(logs[0]).toMatch(/^Do it got HTTP 429 \(throttled\); retrying in 7\.\d s \(attempt 2 of 7\)$/);
  });

  test('an HTTP date: waits until then', async () => {
    const clock0 = new FakeClock();
    const at = new Date(clock0.now() + 42_000).toUTCString();
    const { layer, clock } = setup([json(429, {}, { 'retry-after': at }), json(200, 'ok')]);
    await layer.send(call());
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(41_000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(42_250);
  });

  test("the gateway's body: 'Try again in N seconds'", async () => {
    const gateway = json(429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 14 seconds.' });
    const { layer, clock } = setup([gateway, json(200, 'ok')]);
    await layer.send(call());
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(14_000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(14_250);
  });

  test('a wait of exactly 5 minutes is honoured, not cut', async () => {
    const { layer, clock } = setup([json(429, {}, { 'retry-after': '300' }), json(200, 'ok')]);
    await layer.send(call());
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(MAX_RETRY_AFTER_MS);
  });

  test('a longer wait fails the call at once, naming the wait', async () => {
    const { layer, clock, transport } = setup([
      json(429, { code: 'Throttled' }, { 'retry-after': '600', 'x-corr': 'c-1' })
    ]);
    const error = (await caught(layer.send(call()))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(
      /^Do it failed with HTTP 429 \(Throttled: asked to wait 10 min \(Retry-After\)\) \[x-corr: c-1\]\.$/
    );
    expect(error.hint).toMatch(/longer than the 5 minutes/);
    expect((transport as ScriptedTransport).requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('a 429 is repeated even for a call that is not safe to repeat (it was not carried out)', async () => {
    const { layer, transport } = setup([json(429, {}, { 'retry-after': '1' }), json(201, 'made')]);
    expect((await layer.send(call({ method: 'POST', idempotent: false }))).status).toBe(201);
    expect((transport as ScriptedTransport).requests).toHaveLength(2);
  });

  test('429s get more attempts than other failures, and stay bounded', async () => {
    const { layer, transport } = setup(Array.from({ length: 20 }, () => json(429, {})));
    const error = (await caught(layer.send(call()))) as ApiError;
    expect(error.status).toBe(429);
    expect((transport as ScriptedTransport).requests).toHaveLength(RETRY.maxAttempts + 4);
  });
});

describe('5xx', () => {
  test('retried with growing, jittered backoff, then succeeds', async () => {
    const { layer, clock } = setup([json(500, {}), json(503, { code: 'ServiceUnavailable' }), json(200, 'ok')]);
    expect((await layer.send(call())).status).toBe(200);
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(50);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(100);
    expect(clock.sleeps[1]).toBeGreaterThanOrEqual(100);
    expect(clock.sleeps[1]).toBeLessThanOrEqual(200);
  });

  test('gives up after maxAttempts, naming the call, the status, the code and the attempts', async () => {
    const { layer, transport } = setup([json(503, {}), json(503, {}), json(503, { code: 'Busy' }, { 'x-corr': 'z' })]);
    const error = (await caught(layer.send(call()))) as ApiError;
    expect(error.message).toBe('Do it failed with HTTP 503 (Busy) after 3 attempts [x-corr: z].');
    expect((transport as ScriptedTransport).requests).toHaveLength(3);
  });

  test('a 4xx is not retried', async () => {
    const { layer, transport } = setup([json(400, { code: 'InvalidParameterValue' })]);
    expect(((await caught(layer.send(call()))) as ApiError).status).toBe(400);
    expect((transport as ScriptedTransport).requests).toHaveLength(1);
  });

  test("the caller's retryable rule replaces the default", async () => {
    const dialect = { ...DIALECT, retryable: (status: number) => status === 409 };
    const { layer, transport } = setup([json(409, {}), json(200, 'ok')]);
    expect((await layer.send(call({ dialect }))).status).toBe(200);
    expect((transport as ScriptedTransport).requests).toHaveLength(2);
  });
});

describe('a call that is not safe to repeat is never repeated', () => {
  test.each<[string, Scripted]>([
    ['a 503', json(503, {})],
    ['a lost answer', networkError()],
    ['a 2xx that cannot be read', json(201, 'x')]
  ])('%s → UncertainOutcomeError after one request', async (_what, answer) => {
    const { layer, transport, clock } = setup([answer, json(201, 'again')]);
    const read = (): string => {
      throw new Error('the answer is not valid JSON');
    };
    const error = await caught(layer.send(call({ method: 'POST', idempotent: false, read })));
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect((transport as ScriptedTransport).requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('an unreadable 2xx of a safe call is read again', async () => {
    let first = true;
    const read = (): string => {
      if (first) {
        first = false;
        throw new Error('garbled');
      }
      return 'fine';
    };
    const { layer, logs } = setup([json(200, 'x'), json(200, 'y')]);
    expect((await layer.send(call({ read }))).body).toBe('fine');
    expect(logs[0]).toMatch(/got HTTP 200 with an unreadable body; retrying/);
  });
});

describe('401', () => {
  test('renews the token once and repeats, even a call not safe to repeat', async () => {
    const tokens = ['t1', 't2'];
    let invalidated = 0;
    const auth = { token: async () => tokens[invalidated], invalidate: () => void invalidated++ };
    const { layer, transport } = setup([json(401, {}), json(201, 'ok')]);
    await layer.send(call({ method: 'POST', idempotent: false, auth }));
    const sent = (transport as ScriptedTransport).requests.map((r) => r.headers.Authorization);
    expect(sent).toEqual(['Bearer t1', 'Bearer t2']);
  });

  test('a second 401 fails', async () => {
    const auth = { token: async () => 't', invalidate: () => undefined };
    const { layer } = setup([json(401, {}), json(401, { code: 'Unauthorized' })]);
    expect(((await caught(layer.send(call({ auth })))) as ApiError).status).toBe(401);
  });
});

describe('pacing', () => {
  test('after a 429 the calls through a pacer are spaced; other calls are not', async () => {
    const { layer, clock, transport } = setup([
      json(200, 'a'),
      json(429, {}, { 'retry-after': '0' }),
      json(200, 'b'),
      json(200, 'c'),
      json(200, 'd')
    ]);
    const pacer = new Pacer(clock, 4000);
    await layer.send(call({ pacer }));
    await layer.send(call({ pacer }));
    await layer.send(call({ pacer }));
    await layer.send(call());
    const at = (transport as ScriptedTransport).requests.map((r) => r.at);
    expect(at[3] - at[2]).toBeGreaterThanOrEqual(4000);
    expect(at[4] - at[3]).toBe(0);
  });

  test('a 429 without Retry-After waits the pacing, growing', async () => {
    const { layer, clock } = setup([json(429, {}), json(429, {}), json(200, 'ok')]);
    const pacer = new Pacer(clock, 2000);
    await layer.send(call({ pacer }));
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(2000);
    expect(clock.sleeps.at(-1)).toBeGreaterThanOrEqual(4000);
  });
});

describe('cancellation', () => {
  test('a cancelled job stops during the wait, without another request', async () => {
    const controller = new AbortController();
    const { layer, transport } = setup(
      [
        () => {
          controller.abort();
          return json(503, {});
        },
        json(200, 'never')
      ],
      { signal: controller.signal }
    );
    expect(await caught(layer.send(call()))).toBeInstanceOf(CancelledError);
    expect((transport as ScriptedTransport).requests).toHaveLength(1);
  });
});

describe('over real sockets', () => {
  let server: http.Server;
  let base: string;
  const hits: Record<string, number> = {};
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const path = req.url ?? '';
      hits[path] = (hits[path] ?? 0) + 1;
      const first = hits[path] === 1;
      if (path === '/reset' && first) return req.socket.destroy();
      if ((path === '/silent' && first) || path === '/never') return; // no answer
      if (path === '/trickle') {
        // Slower than the timeout in all, but never silent for long: not cut off.
        res.writeHead(200);
        let n = 0;
        const timer = setInterval(() => {
          res.write('.');
          if (++n === 8) {
            clearInterval(timer);
            res.end();
          }
        }, 60);
        return;
      }
      res.writeHead(200);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const real = () => setup(createHttpTransport({ userAgent: 't', idleTimeoutMs: 250 }));

  test('a reset connection is retried', async () => {
    const { layer, logs } = real();
    expect((await layer.send(call({ url: `${base}/reset` }))).body).toBe('ok');
    expect(hits['/reset']).toBe(2);
    expect(logs[0]).toMatch(/^Do it got a network error \(.*\); retrying in/);
  });

  test('a refused connection is retried, then fails naming the attempts', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { layer, logs } = real();
    const error = (await caught(layer.send(call({ url: `http://127.0.0.1:${port}/` })))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/no answer after 3 attempts: .*ECONNREFUSED/);
    expect(logs).toHaveLength(2);
  });

  test('a request that stays silent past the timeout fails as ETIMEDOUT and is retried', async () => {
    const { layer, logs } = real();
    expect((await layer.send(call({ url: `${base}/silent` }))).body).toBe('ok');
    expect(logs[0]).toMatch(/got a network error \(Request timeout: no data moved for 0\.3 s\)/);
  });

  test('an answer slower than the timeout in all, but never silent that long, is not cut off', async () => {
    const { layer, logs } = real();
    expect((await layer.send(call({ url: `${base}/trickle` }))).body).toBe('........');
    expect(logs).toEqual([]);
  });

  test('a silent create is not repeated: its outcome is uncertain', async () => {
    const { layer } = real();
    const error = await caught(layer.send(call({ url: `${base}/never`, method: 'POST', idempotent: false })));
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(hits['/never']).toBe(1);
  });
});

describe('a call whose own signal has aborted (a refused block stops the rest of the upload)', () => {
  test('is not sent: it fails with CancelledError, and nothing is left to reject unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const transport: HttpTransport = {
        request: (_m, _u, _b, _h, signal) =>
          signal?.aborted ? Promise.reject(new CancelledError()) : Promise.resolve(json(200, 'ok'))
      };
      const sent: string[] = [];
      const counting: HttpTransport = { request: (...args) => (sent.push(args[1]), transport.request(...args)) };
      const { layer } = setup(counting);
      const stop = new AbortController();
      stop.abort();
      expect(await caught(layer.send(call({ signal: stop.signal })))).toBeInstanceOf(CancelledError);
      expect(sent).toEqual([]);
      await new Promise((r) => setImmediate(r));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
