/**
 * The Store API client: one layer that adds the token, retries what is safe
 * to retry, paces the run after throttling, renews the token on a 401, and
 * turns every failure into an ApiError naming the call and the
 * MS-CorrelationId. Requests that are not safe to repeat (create, commit) are
 * never repeated here: a lost answer becomes an UncertainOutcomeError and the
 * lifecycle finds out what happened before it tries again.
 */
import type { TokenSource } from '../auth.js';
import type { Clock } from '../clock.js';
import { ApiError, CancelledError } from '../errors.js';
import { header, type HttpResponse, type HttpTransport } from '../http.js';
import {
  isNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
  waitToRetry,
  type RetryPolicy
} from '../retry.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiRequest {
  method: Method;
  /** Relative to .../v1.0/my/, e.g. `applications/9NBLGGH4R315`. */
  path: string;
  body?: unknown;
  /** What this call does, for the log and errors, e.g. "Create the submission". */
  call: string;
  /** False for requests that must not be sent twice blindly (create, commit). Default: GET/PUT/DELETE true, POST false. */
  idempotent?: boolean;
  /** What to tell the user for a failure of this call, by Store error code or HTTP status. */
  hint?: (failure: { status: number; code?: string; message?: string }) => string | undefined;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
  correlationId?: string;
}

/** A non-idempotent request whose outcome is unknown: it may or may not have been carried out. */
export class UncertainOutcomeError extends ApiError {
  constructor(details: ConstructorParameters<typeof ApiError>[0]) {
    super(details);
    this.name = 'UncertainOutcomeError';
  }
}

export interface StoreClientOptions {
  /** e.g. https://manage.devcenter.microsoft.com */
  storeApiUrl: string;
  tokens: TokenSource;
  http: HttpTransport;
  clock: Clock;
  retry: RetryPolicy;
  log: (line: string) => void;
  signal?: AbortSignal;
  /** After the first 429, the least time between two calls (the tenant allows about 20 a minute). */
  throttledSpacingMs?: number;
}

/** The Store's error body, in either of its shapes. */
export function parseStoreError(body: string): { code?: string; message?: string } {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const inner = (typeof parsed.error === 'object' && parsed.error !== null ? parsed.error : parsed) as Record<
      string,
      unknown
    >;
    const code =
      typeof inner.code === 'string'
        ? inner.code
        : typeof inner.statusCode === 'number'
          ? String(inner.statusCode)
          : undefined;
    const message = typeof inner.message === 'string' ? inner.message : undefined;
    return { code, message: message?.replace(/\s+/g, ' ').trim().slice(0, 500) };
  } catch {
    const text = body.replace(/\s+/g, ' ').trim();
    return { message: text ? text.slice(0, 300) : undefined };
  }
}

export class StoreClient {
  readonly baseUrl: string;
  private nextCallAt = 0;
  private spacingMs = 0;

  constructor(private readonly options: StoreClientOptions) {
    this.baseUrl = `${options.storeApiUrl}/v1.0/my/`;
  }

  async get<T>(path: string, call: string, hint?: ApiRequest['hint']): Promise<T> {
    return (await this.send<T>({ method: 'GET', path, call, hint })).body;
  }

  /** Every page of a list (`value`, following `@nextLink`). */
  async listAll<T>(path: string, call: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    for (let page = 1; next; page++) {
      const body: { value?: T[]; '@nextLink'?: string } = await this.get(
        next,
        page === 1 ? call : `${call} (page ${page})`
      );
      items.push(...(body.value ?? []));
      const link: string | undefined = body['@nextLink'];
      next = link ? this.relative(link) : undefined;
      if (page > 1000) throw new ApiError({ call, storeMessage: 'more than 1000 pages; giving up' });
    }
    return items;
  }

  /** `@nextLink` and `resourceLocation` are relative to the base; accept absolute ones too. */
  relative(link: string): string {
    if (/^https?:\/\//i.test(link)) {
      const url = new URL(link);
      const at = url.pathname.indexOf('/v1.0/my/');
      return (at >= 0 ? url.pathname.slice(at + '/v1.0/my/'.length) : url.pathname.replace(/^\/+/, '')) + url.search;
    }
    return link.replace(/^\/+/, '').replace(/^v1\.0\/my\//, '');
  }

  async send<T>(request: ApiRequest): Promise<ApiResponse<T>> {
    const { http, tokens, clock, retry, log } = this.options;
    const idempotent = request.idempotent ?? request.method !== 'POST';
    const url = this.baseUrl + request.path;
    const label = `${request.call} (${request.method} ${request.path.split('?')[0]})`;
    let renewedAfter401 = false;
    for (let attempt = 1; ; attempt++) {
      await this.pace();
      // Outside the try: a token failure is the token source's own error, never a lost request.
      const token = await abortable(tokens.token(), this.options.signal);
      let response: HttpResponse;
      try {
        response = await abortable(
          http.request(request.method, url, request.body === undefined ? undefined : JSON.stringify(request.body), {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            ...(request.body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' })
          }),
          this.options.signal
        );
      } catch (error) {
        if (!isNetworkError(error)) throw error;
        const message = (error as Error).message;
        if (!idempotent) {
          throw new UncertainOutcomeError({ call: label, storeMessage: `no answer: ${message}`, cause: error });
        }
        if (attempt >= retry.maxAttempts) {
          throw new ApiError({
            call: label,
            storeMessage: `no answer after ${attempt} attempts: ${message}`,
            cause: error,
            hint: 'The Store API could not be reached; try again later.'
          });
        }
        await this.backoff(label, `a network error (${message})`, attempt, undefined);
        continue;
      }

      const correlationId = header(response.headers, 'ms-correlationid');
      if (response.status >= 200 && response.status < 300) {
        try {
          return {
            status: response.status,
            body: (response.body.trim() ? JSON.parse(response.body) : undefined) as T,
            correlationId
          };
        } catch {
          // A garbled or cut-off answer: the request was carried out, but we cannot read what it made.
          const details = {
            call: label,
            status: response.status,
            storeMessage: 'the answer is not valid JSON',
            correlationId
          };
          if (!idempotent) throw new UncertainOutcomeError(details);
          if (attempt >= retry.maxAttempts) throw new ApiError(details);
          await this.backoff(label, `HTTP ${response.status} with an unreadable body`, attempt, undefined);
          continue;
        }
      }

      const failure = parseStoreError(response.body);
      const details = {
        call: label,
        status: response.status,
        code: failure.code,
        storeMessage: failure.message,
        correlationId
      };
      if (response.status === 401 && !renewedAfter401) {
        // A token can expire between our check and the server's; renew once and repeat (a 401 was not carried out).
        renewedAfter401 = true;
        tokens.invalidate();
        log(`${label} got HTTP 401; renewing the token and trying again.`);
        continue;
      }
      if (response.status === 429 && attempt < retry.maxAttempts + 4) {
        // Throttled requests were not carried out: safe to repeat even for create/commit.
        this.spacingMs = Math.max(this.spacingMs, this.options.throttledSpacingMs ?? 3000);
        const asked = parseRetryAfter(header(response.headers, 'retry-after'), response.body, clock.now());
        await this.backoff(
          label,
          `HTTP 429 (throttled)`,
          attempt,
          asked ?? this.spacingMs * 2 ** Math.min(attempt - 1, 4)
        );
        continue;
      }
      if (isRetryableStatus(response.status) && response.status !== 429) {
        if (!idempotent) throw new UncertainOutcomeError(details);
        if (attempt < retry.maxAttempts) {
          const asked = parseRetryAfter(header(response.headers, 'retry-after'), undefined, clock.now());
          await this.backoff(
            label,
            `HTTP ${response.status}${failure.code ? ` (${failure.code})` : ''}`,
            attempt,
            asked
          );
          continue;
        }
      }
      throw new ApiError({
        ...details,
        hint:
          request.hint?.({ status: response.status, code: failure.code, message: failure.message }) ??
          defaultHint(response.status)
      });
    }
  }

  /**
   * The backoff before a caller sends a non-idempotent request again (after it
   * has checked that the first one did not go through): the same jittered,
   * growing wait as the client's own retries.
   */
  async pauseBeforeRetry(attempt: number): Promise<void> {
    const { retry, clock, signal } = this.options;
    await clock.sleep(retryDelay(attempt, retry, undefined), signal);
  }

  private async backoff(
    label: string,
    reason: string,
    attempt: number,
    retryAfterMs: number | undefined
  ): Promise<void> {
    const { retry, clock, log, signal } = this.options;
    await waitToRetry({
      call: label,
      reason: `got ${reason}`,
      attempt,
      policy: retry,
      retryAfterMs,
      clock,
      log,
      signal
    });
  }

  /** Keep a throttled run under the tenant's budget instead of hammering it. */
  private async pace(): Promise<void> {
    const { clock, signal } = this.options;
    const now = clock.now();
    if (this.nextCallAt > now) await clock.sleep(this.nextCallAt - now, signal);
    this.nextCallAt = clock.now() + this.spacingMs;
  }
}

/** Stops waiting for `promise` as soon as `signal` aborts (the request itself is left to die with the process). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new CancelledError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new CancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      }
    );
  });
}

function defaultHint(status: number): string | undefined {
  if (status === 401 || status === 403) {
    return 'The Store refused the token: in Partner Center, add the Azure AD app under Account settings > User management > Azure AD applications with the Manager (or Developer) role, and check tenant-id and client-id.';
  }
  if (status === 429) return 'The tenant is throttled (about 20 calls a minute, shared by all jobs); try again later.';
  if (status >= 500)
    return 'The Store API is failing; try again later, and quote the MS-CorrelationId to Microsoft support if it persists.';
  return undefined;
}
