/**
 * The Store submission API's client, on the one request layer: it states
 * only what is the Store's own (its base URL, its error body, its
 * MS-CorrelationId, its hints, the tenant's pacing, JSON both ways).
 * Requests that are not safe to repeat (create, commit) are never repeated:
 * a lost answer becomes an UncertainOutcomeError and the lifecycle finds out
 * what happened before it tries again.
 */
import { ApiError } from '../../errors.js';
import { RequestLayer, type ApiClientOptions, type Dialect, type Failure } from '../../request/layer.js';
import { Pacer } from '../../request/pacer.js';
import type { HttpResponse } from '../../request/transport.js';

export { UncertainOutcomeError } from '../../errors.js';

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
  hint?: (failure: Failure) => string | undefined;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
  correlationId?: string;
}

export interface StoreClientOptions extends ApiClientOptions {
  /** e.g. https://manage.devcenter.microsoft.com */
  storeApiUrl: string;
  /** After the first 429, the least time between two calls (the tenant allows about 20 a minute). */
  throttledSpacingMs?: number;
}

/** The Store's error body, in either of its shapes (the API's `{ code, message }`, the gateway's `{ statusCode, message }`). */
export function parseStoreError(body: string): { code?: string; message?: string } {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const inner = (isObject(parsed.error) ? parsed.error : parsed) as Record<string, unknown>;
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

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

export const STORE_DIALECT: Dialect = {
  correlationHeader: 'MS-CorrelationId',
  describe: (response) => parseStoreError(response.body),
  hint: ({ status }) => {
    if (status === undefined) return 'The Store API could not be reached; try again later.';
    if (status === 401 || status === 403) {
      return 'The Store refused the token: in Partner Center, add the Azure AD app under Account settings > User management > Azure AD applications with the Manager (or Developer) role, and check tenant-id and client-id.';
    }
    if (status === 429)
      return 'The tenant is throttled (about 20 calls a minute, shared by all jobs); try again later.';
    if (status >= 500) {
      return 'The Store API is failing; try again later, and quote the MS-CorrelationId to Microsoft support if it persists.';
    }
    return undefined;
  }
};

/** A 2xx answer's JSON; empty is undefined. Throws when it cannot be read. */
export function readJson<T>(response: HttpResponse): T {
  if (!response.body.trim()) return undefined as T;
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw new Error('the answer is not valid JSON');
  }
}

export class StoreClient {
  readonly baseUrl: string;
  private readonly layer: RequestLayer;
  private readonly pacer: Pacer;

  constructor(private readonly options: StoreClientOptions) {
    this.baseUrl = `${options.storeApiUrl}/v1.0/my/`;
    this.layer = new RequestLayer(options);
    this.pacer = new Pacer(options.clock, options.throttledSpacingMs);
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
      items.push(...(body?.value ?? []));
      const link: string | undefined = body?.['@nextLink'];
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
    const json = request.body === undefined ? undefined : JSON.stringify(request.body);
    const answer = await this.layer.send<T>({
      call: `${request.call} (${request.method} ${request.path.split('?')[0]})`,
      method: request.method,
      url: this.baseUrl + request.path,
      headers: {
        Accept: 'application/json',
        ...(json === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' })
      },
      body: json,
      idempotent: request.idempotent ?? request.method !== 'POST',
      dialect: STORE_DIALECT,
      auth: this.options.tokens,
      pacer: this.pacer,
      read: readJson,
      hint: request.hint
    });
    return { status: answer.status, body: answer.body, correlationId: answer.correlationId };
  }

  /**
   * The backoff before a caller sends a non-idempotent request again (after it
   * has checked that the first one did not go through): the same jittered,
   * growing wait as the layer's own retries.
   */
  async pauseBeforeRetry(attempt: number): Promise<void> {
    await this.layer.pauseBeforeRetry(attempt);
  }
}
