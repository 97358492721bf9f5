/**
 * THE request layer: every HTTP exchange of the action (Store API, Azure AD,
 * blob, MSI/EXE API) goes through `RequestLayer.send`, which applies the one
 * policy (./policy.ts): bounded attempts, backoff with jitter, `Retry-After`
 * honoured up to 5 minutes, a 401 answered by one token renewal, the tenant's
 * pacing where the call has a pacer, and never a second send of a call that is
 * not safe to repeat (its lost answer becomes an UncertainOutcomeError, for
 * the caller to find out what happened). Each API states only what differs:
 * its Dialect (how its failures read, which are worth another try, its hints).
 */
import type { Clock } from '../clock.js';
import { ApiError, CancelledError, UncertainOutcomeError } from '../errors.js';
import type { Pacer } from './pacer.js';
import {
  isNetworkError,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  retryDelay,
  THROTTLED_EXTRA_ATTEMPTS,
  type RetryPolicy
} from './policy.js';
import { header, type HttpResponse, type HttpTransport, type RequestBody } from './transport.js';

/** Bearer tokens for a call: cached, renewed before expiry, and on demand after a 401. */
export interface TokenSource {
  token(): Promise<string>;
  /** Forget the cached token (after a 401), so the next token() fetches a new one. */
  invalidate(): void;
}

/** A failed answer as the user's hint sees it; `status` is undefined when no answer came. */
export interface Failure {
  status?: number;
  code?: string;
  message?: string;
  /** More the service said that a hint may use (e.g. Azure AD's AADSTS code). */
  detail?: string;
}

/** What differs between the services behind the layer. */
export interface Dialect {
  /** The header that names an exchange for the service's support, as messages show it. */
  correlationHeader: string;
  /** The service's code, message (and correlation id, if its body carries one) in a failed answer. */
  describe(response: HttpResponse): Omit<Failure, 'status'> & { correlationId?: string };
  /** Failed answers worth another try; default isRetryableStatus. */
  retryable?(status: number): boolean;
  /** The hint when the call gives none. */
  hint?(failure: Failure): string | undefined;
  /** A transport failure, for the log line after the call's name; default "got a network error (<message>)". */
  networkReason?(error: Error & { code?: unknown }): string;
  /** Text that may hold a secret (a blob URL's signature) passes through this before any message. */
  redact?(text: string): string;
}

export interface Call<T> {
  /** What the call does, for the log and errors: "Create a submission for app X (POST …)". */
  call: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: RequestBody;
  /** False for requests that must not be sent twice blindly (create, commit, finalize). */
  idempotent: boolean;
  dialect: Dialect;
  /** Adds `Authorization: Bearer`, renewed once after a 401. */
  auth?: TokenSource;
  /** Spaces the calls of one tenant once it is throttled. */
  pacer?: Pacer;
  /** Reads a 2xx answer; throws (with what is wrong) when it cannot. Default: the body text. */
  read?(response: HttpResponse): T;
  /** The user's hint for a failure of this call; the dialect's when undefined. */
  hint?(failure: Failure): string | undefined;
  /** Stops this call (besides the job's cancellation). */
  signal?: AbortSignal;
}

export interface Answer<T> {
  status: number;
  headers: HttpResponse['headers'];
  body: T;
  correlationId?: string;
}

export interface RequestLayerOptions {
  http: HttpTransport;
  clock: Clock;
  retry: RetryPolicy;
  log: (line: string) => void;
  /** The job's cancellation. */
  signal?: AbortSignal;
}

/** What an API client on the layer is built from: the layer's own parts and the tokens for its calls. */
export interface ApiClientOptions extends RequestLayerOptions {
  tokens: TokenSource;
}

type Step<T> = { answer: Answer<T> } | { retry: string; waitMs?: number; throttled?: boolean } | { renewed: true };

export class RequestLayer {
  constructor(readonly options: RequestLayerOptions) {}

  async send<T = string>(call: Call<T>): Promise<Answer<T>> {
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      const step = await this.attempt(call, attempt, renewed);
      if ('answer' in step) return step.answer;
      if ('renewed' in step) renewed = true;
      else await this.waitToRetry(call, step, attempt);
    }
  }

  /** The backoff before a caller sends a non-idempotent request again, after it checked that it did not go through. */
  async pauseBeforeRetry(attempt: number): Promise<void> {
    await this.options.clock.sleep(retryDelay(attempt, this.options.retry, undefined), this.options.signal);
  }

  private signalOf(call: Call<unknown>): AbortSignal | undefined {
    const signals = [this.options.signal, call.signal].filter((s): s is AbortSignal => s !== undefined);
    return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  }

  private async attempt<T>(call: Call<T>, attempt: number, renewed: boolean): Promise<Step<T>> {
    const signal = this.signalOf(call);
    if (signal?.aborted) throw new CancelledError();
    await call.pacer?.beforeCall(signal);
    const headers = { ...call.headers };
    // Outside the try: a token failure is the token source's own error, never a lost request.
    if (call.auth) headers.Authorization = `Bearer ${await abortable(call.auth.token(), signal)}`;
    let response: HttpResponse;
    try {
      response = await abortable(this.options.http.request(call.method, call.url, call.body, headers, signal), signal);
    } catch (error) {
      return this.lost(call, error, attempt);
    }
    if (response.status >= 200 && response.status < 300) return this.succeeded(call, response, attempt);
    if (response.status === 401 && call.auth && !renewed) {
      // A token can expire between our check and the server's: renew once and repeat (a 401 was not carried out).
      call.auth.invalidate();
      this.options.log(`${call.call} got HTTP 401; renewing the token and trying again.`);
      return { renewed: true };
    }
    return this.failed(call, response, attempt);
  }

  private lost<T>(call: Call<T>, error: unknown, attempt: number): Step<T> {
    if (!isNetworkError(error)) throw error;
    const { dialect } = call;
    const text = redact(dialect, (error as Error).message ?? String(error));
    const details = { call: call.call, correlationName: dialect.correlationHeader, cause: error };
    if (!call.idempotent) throw new UncertainOutcomeError({ ...details, storeMessage: `no answer: ${text}` });
    if (attempt >= this.options.retry.maxAttempts) {
      const hint = call.hint?.({}) ?? dialect.hint?.({});
      throw new ApiError({ ...details, storeMessage: `no answer after ${attempt} attempts: ${text}`, hint });
    }
    return { retry: redact(dialect, dialect.networkReason?.(error as Error) ?? `got a network error (${text})`) };
  }

  private succeeded<T>(call: Call<T>, response: HttpResponse, attempt: number): Step<T> {
    const correlationId = header(response.headers, call.dialect.correlationHeader);
    try {
      const body = call.read ? call.read(response) : (response.body as T);
      return { answer: { status: response.status, headers: response.headers, body, correlationId } };
    } catch (error) {
      // A garbled or cut-off answer: the request was carried out, but what it made cannot be read.
      const storeMessage = (error as Error).message;
      const details = { call: call.call, status: response.status, storeMessage, correlationId };
      const full = { ...details, correlationName: call.dialect.correlationHeader };
      if (!call.idempotent) throw new UncertainOutcomeError(full);
      if (attempt >= this.options.retry.maxAttempts) throw new ApiError({ ...full, attempts: attempt });
      return { retry: `got HTTP ${response.status} with an unreadable body` };
    }
  }

  private failed<T>(call: Call<T>, response: HttpResponse, attempt: number): Step<T> {
    const { dialect } = call;
    const said = dialect.describe(response);
    const failure: Failure = { status: response.status, code: said.code, message: said.message, detail: said.detail };
    const details = {
      call: call.call,
      status: response.status,
      code: said.code,
      storeMessage: said.message,
      correlationId: said.correlationId ?? header(response.headers, dialect.correlationHeader),
      correlationName: dialect.correlationHeader
    };
    if ((dialect.retryable ?? isRetryableStatus)(response.status)) {
      const asked = parseRetryAfter(header(response.headers, 'retry-after'), response.body, this.options.clock.now());
      if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) throw tooLongAWait(details, asked, attempt);
      const { maxAttempts } = this.options.retry;
      if (response.status === 429 && attempt < maxAttempts + THROTTLED_EXTRA_ATTEMPTS) {
        // Throttled requests were not carried out: safe to repeat, even a create or a commit.
        const paced = call.pacer?.throttled(attempt);
        return { retry: 'got HTTP 429 (throttled)', waitMs: asked ?? paced, throttled: true };
      }
      if (response.status !== 429 && !call.idempotent) throw new UncertainOutcomeError(details);
      if (response.status !== 429 && attempt < maxAttempts) {
        return { retry: `got HTTP ${response.status}${said.code ? ` (${said.code})` : ''}`, waitMs: asked };
      }
    }
    throw new ApiError({ ...details, attempts: attempt, hint: call.hint?.(failure) ?? dialect.hint?.(failure) });
  }

  private async waitToRetry(
    call: Call<unknown>,
    step: { retry: string; waitMs?: number; throttled?: boolean },
    attempt: number
  ) {
    const { retry, clock, log } = this.options;
    const delay = retryDelay(attempt, retry, step.waitMs);
    const of = retry.maxAttempts + (step.throttled ? THROTTLED_EXTRA_ATTEMPTS : 0);
    log(`${call.call} ${step.retry}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${of})`);
    await clock.sleep(delay, this.signalOf(call));
  }
}

function tooLongAWait(details: ConstructorParameters<typeof ApiError>[0], askedMs: number, attempt: number): ApiError {
  const minutes = Math.round(askedMs / 6000) / 10;
  return new ApiError({
    ...details,
    attempts: attempt,
    storeMessage: `${details.storeMessage ? `${details.storeMessage}; ` : ''}asked to wait ${minutes} min (Retry-After)`,
    hint: `The service asked for a wait longer than the ${MAX_RETRY_AFTER_MS / 60_000} minutes this action waits for one request; run again later.`
  });
}

function redact(dialect: Dialect, text: string): string {
  return dialect.redact ? dialect.redact(text) : text;
}

/** Stops waiting for `promise` as soon as `signal` aborts (a transport that ignores the signal is left to die). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    // Whatever the dropped promise does later (a transport that saw the abort rejects too) must not go unhandled.
    promise.catch(() => undefined);
    return Promise.reject(new CancelledError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new CancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    const done = (): void => signal.removeEventListener('abort', onAbort);
    promise.then(
      (value) => (done(), resolve(value)),
      (error: unknown) => (done(), reject(error))
    );
  });
}
