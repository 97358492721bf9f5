/** Shared test doubles for the unit tests: a fake clock and a scripted HTTP transport. */
import type { Clock } from '../../src/clock.js';
import { CancelledError } from '../../src/errors.js';
import type { HttpResponse, HttpTransport } from '../../src/request/transport.js';

/** A clock whose sleep returns at once and moves time forward by exactly what was asked. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(public time = 1_700_000_000_000) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new CancelledError();
    this.sleeps.push(ms);
    this.time += Math.max(0, ms);
  }

  advance(ms: number): void {
    this.time += ms;
  }

  /** Sum of every sleep so far. */
  slept(): number {
    return this.sleeps.reduce((a, b) => a + b, 0);
  }
}

export interface RecordedRequest {
  method: string;
  url: string;
  body: string | undefined;
  headers: Record<string, string>;
  /** The fake clock's time when the request was sent. */
  at: number;
}

export type Scripted = HttpResponse | Error | ((request: RecordedRequest) => HttpResponse | Error);

/** A transport that answers from a script, one entry per request, and records every request. */
export class ScriptedTransport implements HttpTransport {
  readonly requests: RecordedRequest[] = [];

  constructor(
    private readonly script: Scripted[],
    private readonly clock?: FakeClock
  ) {}

  async request(
    method: string,
    url: string,
    body: string | undefined,
    headers: Record<string, string>
  ): Promise<HttpResponse> {
    const recorded = { method, url, body, headers, at: this.clock?.now() ?? 0 };
    this.requests.push(recorded);
    const next = this.script.shift();
    if (next === undefined) throw new Error(`unexpected request ${method} ${url} (script exhausted)`);
    const answer = typeof next === 'function' ? next(recorded) : next;
    if (answer instanceof Error) throw answer;
    return answer;
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? '' : JSON.stringify(body)
  };
}

/** An Error as Node's sockets raise it. */
export function networkError(code = 'ECONNRESET', message = 'read ECONNRESET'): Error {
  return Object.assign(new Error(message), { code });
}
