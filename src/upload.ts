/**
 * Uploads the submission's zip to the Azure Blob SAS URL the Store hands out.
 *
 * Small zips go as one Put Blob; larger ones as Put Block (a bounded number in
 * flight, each retried on its own) plus one Put Block List. The zip is read
 * from disk block by block into one reused buffer per request slot, so memory
 * depends on `concurrency × blockSize`, never on the zip's size.
 *
 * The URL's query holds a secret (`sig`): it is never logged, and errors name
 * the operation, the HTTP status, `x-ms-error-code` and `x-ms-request-id` only.
 */
import { getProxyUrl, HttpClient } from '@actions/http-client';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream/promises';
import { realClock, type Clock } from './clock.js';
import { ActionError, ApiError, CancelledError } from './errors.js';
import { header, type HttpResponse } from './http.js';
import {
  defaultRetryPolicy,
  isNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  waitToRetry,
  type RetryPolicy
} from './retry.js';

const MiB = 1024 * 1024;

/** Blocks in flight by default: keeps a 2-core runner busy without starving the rest of the job. */
export const DEFAULT_CONCURRENCY = 4;
/** Upper bound for `concurrency`: each slot holds one block buffer. */
export const MAX_CONCURRENCY = 32;
/** Default Put Block size; raised only when a zip would need more than MAX_BLOCKS blocks. */
export const DEFAULT_BLOCK_SIZE = 8 * MiB;
/** Zips up to this size go as a single Put Blob by default. */
export const DEFAULT_SINGLE_PUT_MAX = 32 * MiB;
/** Put Blob limit of the Store's SAS version (2017-04-17). */
export const MAX_SINGLE_PUT = 256 * MiB;
/** Put Block limit of the Store's SAS version (2017-04-17). */
export const MAX_BLOCK_SIZE = 100 * MiB;
/** Committed blocks per blob. */
export const MAX_BLOCKS = 50_000;
/** Blocks up to this size are read into a buffer and sent with a Content-MD5; larger ones are streamed. */
const MAX_BUFFERED_BLOCK = 16 * MiB;
const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;
/** Used when the SAS carries no usable `sv`. */
const DEFAULT_VERSION = '2019-12-12';
const PROGRESS_INTERVAL_MS = 5_000;
const STREAM_CHUNK = 1 * MiB;
const ERROR_BODY_LIMIT = 64 * 1024;

export interface UploadOptions {
  /** Blocks in flight, default 4 (good for a 2-core runner), at most 32. Memory is about concurrency × blockSizeBytes. */
  concurrency?: number;
  /** Put Block size; default 8 MiB, raised as needed so that a zip stays under 50,000 blocks; at most 100 MiB. */
  blockSizeBytes?: number;
  /** Zips up to this size go as one Put Blob; default 32 MiB, never above 256 MiB. */
  singlePutMaxBytes?: number;
  /** Retry policy per request (per block). */
  retry?: RetryPolicy;
  /** Per request: how long the socket may stay idle before the attempt fails (and is retried). */
  requestTimeoutMs?: number;
  /** now() + sleep(); default realClock. */
  clock?: Clock;
  /** Progress, retry and summary lines (core.info in the action). */
  log?: (line: string) => void;
  /** Cancellation: aborts the requests in flight and rejects with CancelledError. */
  signal?: AbortSignal;
}

export interface UploadResult {
  /** Size of the zip. */
  bytes: number;
  /** Put Block requests committed; 0 when the zip went as one Put Blob. */
  blocks: number;
  /** Wall time of the upload, per the clock. */
  seconds: number;
}

/**
 * The agent for the blob requests: a keep-alive agent sized to the blocks in
 * flight, or, when the runner sets a proxy (`https_proxy`/`http_proxy`, not
 * bypassed by `no_proxy`), @actions/http-client's tunnelling agent for it, as
 * the Store API calls use.
 */
export function blobAgent(url: URL, slots: number): http.Agent {
  if (getProxyUrl(url.href)) {
    return new HttpClient('msstore-submit-action', [], { keepAlive: true, maxSockets: slots }).getAgent(url.href);
  }
  const module = url.protocol === 'https:' ? https : http;
  return new module.Agent({ keepAlive: true, maxSockets: slots, maxFreeSockets: slots, scheduling: 'lifo' });
}

/** The Store hands the URL out with `+` unencoded in its signature; Azure would read a space and answer 403. */
export function fixSasUrl(url: string): string {
  return url.replace(/\+/g, '%2B');
}

/** The block size for a zip of `size` bytes: the requested (or default) size, raised to stay within MAX_BLOCKS. */
export function chooseBlockSize(size: number, requested: number = DEFAULT_BLOCK_SIZE): number {
  const wanted = Math.min(MAX_BLOCK_SIZE, requested);
  if (size <= wanted * MAX_BLOCKS) return wanted;
  // Too many blocks: the smallest whole number of MiB that fits, within the per-block limit.
  return Math.min(MAX_BLOCK_SIZE, Math.ceil(size / MAX_BLOCKS / MiB) * MiB);
}

/** Block IDs: base64 of a fixed-width string, so that every ID of every run has the same length. */
export function blockId(index: number): string {
  return Buffer.from(`block-${String(index).padStart(6, '0')}`).toString('base64');
}

interface Target {
  module: typeof http | typeof https;
  agent: http.Agent;
  hostname: string;
  port: number | undefined;
  /** Path plus the SAS query, already encoded. */
  path: string;
  version: string;
  /** Strings that must never appear in a message. */
  secrets: string[];
  timeoutMs: number;
}

type Body =
  { kind: 'none' } | { kind: 'buffer'; data: Buffer } | { kind: 'file'; path: string; start: number; length: number };

/** Raised inside a request when the upload stops (another block failed for good, or the job was cancelled). */
class StoppedError extends Error {
  constructor() {
    super('upload stopped');
    this.name = 'StoppedError';
  }
}

/** A failed blob request: names the operation, status, x-ms-error-code and x-ms-request-id (never the URL). */
export class BlobRequestError extends ApiError {
  constructor(details: {
    call: string;
    status?: number;
    code?: string;
    message?: string;
    requestId?: string;
    attempts: number;
    hint?: string;
    cause?: unknown;
  }) {
    const { message, ...rest } = details;
    super({ ...rest, storeMessage: message, blob: true });
    this.name = 'ApiError';
  }
}

export async function uploadZip(
  fileUploadUrl: string,
  zipPath: string,
  options: UploadOptions = {}
): Promise<UploadResult> {
  const clock = options.clock ?? realClock;
  const log = options.log ?? (() => undefined);
  const policy = options.retry ?? defaultRetryPolicy;
  const concurrency = Math.min(
    MAX_CONCURRENCY,
    positiveInteger(options.concurrency, DEFAULT_CONCURRENCY, 'concurrency')
  );
  const singlePutMax = Math.min(
    MAX_SINGLE_PUT,
    nonNegativeInteger(options.singlePutMaxBytes, DEFAULT_SINGLE_PUT_MAX, 'singlePutMaxBytes')
  );
  const requestedBlockSize = Math.min(
    MAX_BLOCK_SIZE,
    positiveInteger(options.blockSizeBytes, DEFAULT_BLOCK_SIZE, 'blockSizeBytes')
  );

  const url = parseSasUrl(fileUploadUrl);
  const expiry = sasExpiry(url);
  if (expiry !== undefined && expiry <= clock.now()) {
    throw new ActionError(`The package upload URL expired at ${new Date(expiry).toISOString()}.`, {
      hint: 'Upload URLs live about 24 hours after the submission is created. Re-running the action creates a fresh submission with a new upload URL.'
    });
  }
  if (options.signal?.aborted) throw new CancelledError('The job was cancelled before the zip was uploaded.');

  let size: number;
  try {
    const info = await stat(zipPath);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch (err) {
    throw new ActionError(`Cannot read the package zip ${zipPath}: ${errorText(err)}.`, { cause: err });
  }

  const blockSize = chooseBlockSize(size, requestedBlockSize);
  const single = size === 0 || size <= singlePutMax;
  const blocks = single ? 0 : Math.ceil(size / blockSize);
  if (blocks > MAX_BLOCKS) {
    throw new ActionError(
      `The package zip is ${formatMiB(size)} MiB, more than Azure Storage takes in one blob (${MAX_BLOCKS} blocks of ${MAX_BLOCK_SIZE / MiB} MiB).`
    );
  }
  const slots = single ? 1 : Math.min(concurrency, blocks);

  const isHttps = url.protocol === 'https:';
  const module = isHttps ? https : http;
  const agent = blobAgent(url, slots);
  const sv = url.searchParams.get('sv');
  const target: Target = {
    module,
    agent,
    hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : undefined,
    path: `${url.pathname}${url.search}`,
    version: sv && /^\d{4}-\d{2}-\d{2}$/.test(sv) ? sv : DEFAULT_VERSION,
    secrets: secretsOf(url),
    timeoutMs: positiveInteger(options.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS, 'requestTimeoutMs')
  };

  // One controller stops everything: the job's cancellation, or the first block that fails for good.
  const stop = new AbortController();
  const onCancel = (): void => stop.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });

  const ctx: Context = {
    target,
    policy,
    clock,
    log,
    stop: stop.signal,
    stopAll: () => stop.abort(),
    counters: { retries: 0 },
    cancel: options.signal,
    expiry,
    zipPath
  };
  const started = clock.now();
  const progress = new Progress(size, clock, log, started);
  try {
    if (single) {
      log(`Uploading the package zip (${formatMiB(size)} MiB) as one Put Blob.`);
      await request(
        ctx,
        'Put Blob',
        { method: 'PUT', query: '', headers: { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/zip' } },
        { kind: 'file', path: zipPath, start: 0, length: size },
        progress
      );
    } else {
      const each = blockSize % MiB === 0 ? `${blockSize / MiB} MiB` : `${(blockSize / 1024).toFixed(1)} KiB`;
      log(`Uploading the package zip (${formatMiB(size)} MiB) in ${blocks} blocks of ${each}, ${slots} at a time.`);
      await putBlocks(ctx, size, blockSize, blocks, slots, progress);
      const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${Array.from({ length: blocks }, (_, i) => `<Latest>${blockId(i)}</Latest>`).join('')}</BlockList>`;
      await request(
        ctx,
        'Put Block List',
        {
          method: 'PUT',
          query: '&comp=blocklist',
          headers: { 'content-type': 'application/xml', 'x-ms-blob-content-type': 'application/zip' }
        },
        { kind: 'buffer', data: Buffer.from(xml, 'utf8') }
      );
    }
  } catch (err) {
    if (options.signal?.aborted) throw new CancelledError('The job was cancelled while the package zip was uploading.');
    throw err;
  } finally {
    options.signal?.removeEventListener('abort', onCancel);
    (agent as { destroy?: () => void }).destroy?.();
  }
  const seconds = Math.max(0, clock.now() - started) / 1000;
  const rate = seconds > 0 ? `${(size / MiB / seconds).toFixed(1)} MiB/s` : 'n/a';
  log(
    `Uploaded the package zip: ${formatMiB(size)} MiB ${single ? 'as one Put Blob' : `in ${blocks} blocks`} in ${seconds.toFixed(1)} s (${rate})` +
      (ctx.counters.retries > 0
        ? `, ${ctx.counters.retries} ${ctx.counters.retries === 1 ? 'retry' : 'retries'}.`
        : '.')
  );
  return { bytes: size, blocks, seconds };
}

interface Context {
  target: Target;
  policy: RetryPolicy;
  clock: Clock;
  log: (line: string) => void;
  stop: AbortSignal;
  /** Stops every request in flight (the first block that failed for good calls it). */
  stopAll: () => void;
  counters: { retries: number };
  cancel?: AbortSignal;
  expiry?: number;
  zipPath: string;
}

/** Sends blocks with `slots` workers; each reuses one buffer. The first block that fails for good stops the rest. */
async function putBlocks(
  ctx: Context,
  size: number,
  blockSize: number,
  blocks: number,
  slots: number,
  progress: Progress
): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(ctx.zipPath, 'r');
  } catch (err) {
    throw new ActionError(`Cannot read the package zip ${ctx.zipPath}: ${errorText(err)}.`, { cause: err });
  }
  const buffered = blockSize <= MAX_BUFFERED_BLOCK;
  let next = 0;
  let failure: unknown;
  const fail = (err: unknown): void => {
    if (failure === undefined) failure = err;
    ctx.stopAll();
  };
  const worker = async (): Promise<void> => {
    const buffer = buffered ? Buffer.allocUnsafe(Math.min(blockSize, size)) : undefined;
    try {
      while (failure === undefined && !ctx.stop.aborted) {
        const index = next++;
        if (index >= blocks) return;
        const start = index * blockSize;
        const length = Math.min(blockSize, size - start);
        const call = `Put Block ${index + 1}/${blocks}`;
        const headers: http.OutgoingHttpHeaders = {};
        let body: Body;
        if (buffer) {
          const data = buffer.subarray(0, length);
          await readFully(handle, data, start, ctx.zipPath);
          // Azure checks the block against it: a corrupted transfer fails (and is reported) instead of landing in the blob.
          headers['content-md5'] = createHash('md5').update(data).digest('base64');
          body = { kind: 'buffer', data };
        } else {
          body = { kind: 'file', path: ctx.zipPath, start, length };
        }
        await request(
          ctx,
          call,
          { method: 'PUT', query: `&comp=block&blockid=${encodeURIComponent(blockId(index))}`, headers },
          body
        );
        progress.add(length);
      }
    } catch (err) {
      fail(err);
    }
  };
  try {
    await Promise.all(Array.from({ length: slots }, worker));
  } finally {
    await handle.close().catch(() => undefined);
  }
  if (failure !== undefined) throw failure;
}

async function readFully(handle: FileHandle, target: Buffer, position: number, path: string): Promise<void> {
  let offset = 0;
  while (offset < target.length) {
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(target, offset, target.length - offset, position + offset));
    } catch (err) {
      throw new ActionError(`Cannot read the package zip ${path}: ${errorText(err)}.`, { cause: err });
    }
    if (bytesRead === 0) throw new ActionError(`The package zip ${path} got shorter while it was uploading.`);
    offset += bytesRead;
  }
}

/** One operation with its own retries: 408/429/5xx and network errors, honouring Retry-After, at most policy.maxAttempts. */
async function request(
  ctx: Context,
  call: string,
  spec: { method: string; query: string; headers: http.OutgoingHttpHeaders },
  body: Body,
  progress?: Progress
): Promise<HttpResponse> {
  const max = Math.max(1, ctx.policy.maxAttempts);
  for (let attempt = 1; ; attempt++) {
    if (ctx.stop.aborted) throw stoppedOrCancelled(ctx);
    let response: HttpResponse | undefined;
    let failure: unknown;
    let sent = 0;
    try {
      response = await sendAttempt(ctx, spec, body, (n) => {
        sent += n;
        progress?.add(n);
      });
    } catch (err) {
      failure = err;
    }
    if (response && response.status >= 200 && response.status < 300) return response;
    progress?.add(-sent);
    if (ctx.stop.aborted) throw stoppedOrCancelled(ctx);
    if (failure instanceof ActionError) throw failure; // reading the zip failed: retrying will not help

    const retryable = response ? isRetryableStatus(response.status) : isNetworkError(failure);
    if (!retryable || attempt >= max) throw describeFailure(ctx, call, response, failure, attempt, retryable);

    const retryAfterMs = response
      ? parseRetryAfter(header(response.headers, 'retry-after'), response.body, ctx.clock.now())
      : undefined;
    const reason = response
      ? `got HTTP ${response.status}${header(response.headers, 'x-ms-error-code') ? ` (${header(response.headers, 'x-ms-error-code')})` : ''}`
      : `failed (${networkText(failure, ctx.target.secrets)})`;
    ctx.counters.retries++;
    if (ctx.stop.aborted) throw stoppedOrCancelled(ctx);
    try {
      await waitToRetry({
        call,
        reason,
        attempt,
        maxAttempts: max,
        policy: ctx.policy,
        retryAfterMs,
        clock: ctx.clock,
        log: ctx.log,
        signal: ctx.stop
      });
    } catch {
      throw stoppedOrCancelled(ctx);
    }
  }
}

function stoppedOrCancelled(ctx: Context): Error {
  return ctx.cancel?.aborted
    ? new CancelledError('The job was cancelled while the package zip was uploading.')
    : new StoppedError();
}

/** One HTTP attempt. Resolves with any response; rejects on transport errors, timeouts and stop. */
function sendAttempt(
  ctx: Context,
  spec: { method: string; query: string; headers: http.OutgoingHttpHeaders },
  body: Body,
  onSent: (bytes: number) => void
): Promise<HttpResponse> {
  const { target } = ctx;
  const length = body.kind === 'none' ? 0 : body.kind === 'buffer' ? body.data.length : body.length;
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    let response: HttpResponse | undefined;
    let fileError: unknown;
    const finish = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      ctx.stop.removeEventListener('abort', onStop);
      if (fileError !== undefined) {
        reject(
          new ActionError(`Cannot read the package zip ${ctx.zipPath}: ${errorText(fileError)}.`, { cause: fileError })
        );
      } else if (response && (err === undefined || response.status >= 300)) {
        // A server may answer an error before it has read the whole body, then close: its answer is what counts.
        if (!req.writableFinished) req.destroy();
        resolve(response);
      } else {
        reject(err ?? new Error('the response ended early'));
      }
    };
    const req = target.module.request({
      method: spec.method,
      hostname: target.hostname,
      port: target.port,
      path: target.path + spec.query,
      agent: target.agent,
      headers: {
        'x-ms-version': target.version,
        'content-length': length,
        'user-agent': 'msstore-submit-action',
        ...spec.headers
      }
    });
    const onStop = (): void => {
      req.destroy(new StoppedError());
    };
    ctx.stop.addEventListener('abort', onStop, { once: true });
    req.setTimeout(target.timeoutMs, () => {
      req.destroy(
        Object.assign(new Error(`no data moved for ${Math.round(target.timeoutMs / 1000)} s`), { code: 'ETIMEDOUT' })
      );
    });
    req.on('error', (err) => finish(err));
    let responding = false;
    // Safety net: a request that closes without an error or a (started) response must not hang the upload.
    req.on('close', () => {
      if (!responding)
        finish(Object.assign(new Error('the connection closed without an answer'), { code: 'ECONNRESET' }));
    });
    req.on('response', (res) => {
      responding = true;
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on('data', (chunk: Buffer) => {
        if (kept < ERROR_BODY_LIMIT && (res.statusCode ?? 0) >= 300) {
          chunks.push(chunk);
          kept += chunk.length;
        }
      });
      res.on('end', () => {
        response = { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') };
        finish();
      });
      res.on('error', (err) => finish(err));
      res.on('aborted', () => finish(Object.assign(new Error('the response was cut off'), { code: 'ECONNRESET' })));
    });
    if (ctx.stop.aborted) {
      onStop();
      return;
    }

    if (body.kind === 'none' || length === 0) {
      req.end();
    } else if (body.kind === 'buffer') {
      req.end(body.data, () => onSent(body.data.length));
    } else {
      const source = createReadStream(body.path, {
        start: body.start,
        end: body.start + body.length - 1,
        highWaterMark: STREAM_CHUNK
      });
      source.on('error', (err) => {
        fileError = err;
      });
      const count = async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
        for await (const chunk of chunks) {
          onSent(chunk.length);
          yield chunk;
        }
      };
      pipeline(source, count, req).catch((err: unknown) => {
        if (fileError !== undefined) req.destroy();
        finish(err);
      });
    }
  });
}

function describeFailure(
  ctx: Context,
  call: string,
  response: HttpResponse | undefined,
  failure: unknown,
  attempts: number,
  retryable: boolean
): Error {
  const secrets = ctx.target.secrets;
  if (!response) {
    const text = networkText(failure, secrets);
    return new BlobRequestError({
      call,
      message: text,
      attempts,
      hint: retryable
        ? "Azure Storage could not be reached reliably; check the runner's network (proxy, firewall) and re-run the job."
        : 'The request could not be sent; re-run the job, and report it if it keeps happening.',
      cause: failure
    });
  }
  const code = header(response.headers, 'x-ms-error-code') ?? xmlField(response.body, 'Code');
  const message = redact(xmlField(response.body, 'Message')?.split(/\r?\n/)[0]?.trim() ?? '', secrets) || undefined;
  return new BlobRequestError({
    call,
    status: response.status,
    code: code ? redact(code, secrets) : undefined,
    message,
    requestId: header(response.headers, 'x-ms-request-id'),
    attempts,
    hint: hintFor(ctx, response.status, code, retryable)
  });
}

function hintFor(ctx: Context, status: number, code: string | undefined, retryable: boolean): string {
  if (status === 403) {
    const expired =
      ctx.expiry !== undefined && ctx.expiry <= ctx.clock.now()
        ? ` It expired at ${new Date(ctx.expiry).toISOString()}.`
        : '';
    return (
      `Azure Storage rejected the upload URL's signature: the URL has expired, or a '+' in it was not encoded as %2B.${expired} ` +
      'Re-running the action creates a fresh submission with a new upload URL.'
    );
  }
  if (status === 404) {
    return 'The upload URL points to a blob container that does not exist (any more): the submission may have been deleted. Re-running the action creates a fresh submission with a new upload URL.';
  }
  if (code === 'Md5Mismatch') return 'A block was corrupted on its way to Azure Storage; re-run the job.';
  if (code === 'InvalidBlobOrBlock' || code === 'InvalidBlockList' || code === 'InvalidBlockId') {
    return 'Azure Storage rejected the blocks, possibly because of a partial upload by another tool to the same URL. Re-running the action creates a fresh submission with a new upload URL.';
  }
  if (retryable) return 'Azure Storage kept failing; this is usually temporary: re-run the job later.';
  return 'Azure Storage rejected the request; re-run the job, and report it with the x-ms-request-id if it keeps happening.';
}

/** Progress lines: at every 10 % step, or when PROGRESS_INTERVAL_MS passed since the last line. Never per block. */
class Progress {
  private sent = 0;
  private nextStep = 10;
  private lastLine: number;

  constructor(
    private readonly total: number,
    private readonly clock: Clock,
    private readonly log: (line: string) => void,
    private readonly started: number
  ) {
    this.lastLine = started;
  }

  add(bytes: number): void {
    this.sent += bytes;
    if (bytes <= 0 || this.total === 0 || this.sent >= this.total) return;
    const percent = (this.sent / this.total) * 100;
    const now = this.clock.now();
    if (percent < this.nextStep && now - this.lastLine < PROGRESS_INTERVAL_MS) return;
    this.lastLine = now;
    this.nextStep = Math.floor(percent / 10) * 10 + 10;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? `, ${(this.sent / MiB / seconds).toFixed(1)} MiB/s` : '';
    this.log(
      `Upload progress: ${formatMiB(this.sent)} of ${formatMiB(this.total)} MiB (${Math.floor(percent)} %)${rate}`
    );
  }
}

function parseSasUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(fixSasUrl(raw.trim()));
  } catch {
    throw new ActionError('The package upload URL the Store returned is not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ActionError(`The package upload URL the Store returned is not an http(s) URL (${url.protocol}).`);
  }
  return url;
}

function sasExpiry(url: URL): number | undefined {
  const se = url.searchParams.get('se');
  if (!se) return undefined;
  const time = Date.parse(se);
  return Number.isNaN(time) ? undefined : time;
}

/** The signature in every form it may take in a message. */
function secretsOf(url: URL): string[] {
  const out = new Set<string>();
  const decoded = url.searchParams.get('sig');
  if (decoded) {
    out.add(decoded);
    out.add(encodeURIComponent(decoded));
    out.add(decoded.replace(/\+/g, ' '));
  }
  const raw = /[?&]sig=([^&#]*)/.exec(url.search)?.[1];
  if (raw) out.add(raw);
  return [...out].filter((s) => s.length >= 8);
}

function redact(text: string, secrets: string[]): string {
  let out = text.replace(/([?&]?sig=)[^&\s"'<]*/gi, '$1<redacted>');
  for (const secret of secrets) out = out.split(secret).join('<redacted>');
  return out;
}

function xmlField(body: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body);
  return match?.[1];
}

function networkText(err: unknown, secrets: string[]): string {
  const e = err as { code?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  return redact(code && !message.includes(code) ? `${code}: ${message}` : message, secrets);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function formatMiB(bytes: number): string {
  return (bytes / MiB).toFixed(1);
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new ActionError(`uploadZip: ${name} must be a positive integer, got ${value}.`);
  return value;
}

function nonNegativeInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0)
    throw new ActionError(`uploadZip: ${name} must be a non-negative integer, got ${value}.`);
  return value;
}
