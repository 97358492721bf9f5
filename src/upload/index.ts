/**
 * Uploads the submission's files to the Azure Blob SAS URL the Store hands
 * out: a small blob as one Put Blob, a larger one as Put Blocks plus one Put
 * Block List (./blocks.ts). Every request goes through the one request layer
 * (retries, Retry-After, the silent-request timeout); the URL's signature is
 * never logged.
 */
import type http from 'node:http';
import { realClock, type Clock } from '../clock.js';
import { ActionError, CancelledError } from '../errors.js';
import { agentFor } from '../request/agents.js';
import { RequestLayer } from '../request/layer.js';
import { defaultRetryPolicy, type RetryPolicy } from '../request/policy.js';
import { createHttpTransport } from '../request/transport.js';
import { blobDialect, putToBlob, type BlobTarget } from './blob-request.js';
import {
  ChunkReader,
  changedSize,
  chooseBlockSize,
  DEFAULT_BLOCK_SIZE,
  MAX_BLOCK_SIZE,
  MAX_BLOCKS,
  putBlocks
} from './blocks.js';
import { formatMiB, UploadProgress } from './progress.js';
import { checkNotExpired, parseSasUrl, type BlobLimits } from './sas.js';
import { fileSource, type BlobSource } from './source.js';

export { blockId, chooseBlockSize } from './blocks.js';
export { fixSasUrl } from './sas.js';
export type { BlobSource } from './source.js';

const MiB = 1024 * 1024;
/** Blocks in flight by default: keeps a 2-core runner busy without starving the rest of the job. */
export const DEFAULT_CONCURRENCY = 4;
/** Upper bound for `concurrency`: each slot holds one block buffer. */
export const MAX_CONCURRENCY = 32;
/** Blobs up to this size go as a single Put Blob by default. */
export const DEFAULT_SINGLE_PUT_MAX = 32 * MiB;
/** Put Blob limit of the Store's SAS version (2017-04-17). */
export const MAX_SINGLE_PUT = 256 * MiB;

export interface UploadOptions {
  /** Blocks in flight, default 4 (good for a 2-core runner), at most 32. Memory is about concurrency × blockSizeBytes. */
  concurrency?: number;
  /**
   * Put Block size; default 8 MiB, raised as needed so that a blob stays under 50,000 blocks; at most 100 MiB,
   * and at most 4 MiB under an upload URL of an old storage version (sv before 2016-05-31).
   */
  blockSizeBytes?: number;
  /** Blobs up to this size go as one Put Blob; default 32 MiB, never above 256 MiB (64 MiB under an old sv). */
  singlePutMaxBytes?: number;
  /** Retry policy per request (per block). */
  retry?: RetryPolicy;
  /** How long a request may stay silent before the attempt fails (and is retried). */
  requestTimeoutMs?: number;
  clock?: Clock;
  /** Progress, retry and summary lines (core.info in the action). */
  log?: (line: string) => void;
  /** Cancellation: aborts the requests in flight and rejects with CancelledError. */
  signal?: AbortSignal;
}

export interface UploadResult {
  /** Size of the blob. */
  bytes: number;
  /** Put Block requests committed; 0 when the blob went as one Put Blob. */
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
export function blobAgent(url: URL, slots: number): Promise<http.Agent> {
  return agentFor(url, { keepAlive: true, maxSockets: slots, maxFreeSockets: slots, scheduling: 'lifo' });
}

/** Uploads the zip file at `zipPath`. */
export async function uploadZip(
  fileUploadUrl: string,
  zipPath: string,
  options: UploadOptions = {}
): Promise<UploadResult> {
  const sas = parseSasUrl(fileUploadUrl);
  checkNotExpired(sas, (options.clock ?? realClock).now());
  return uploadBlob(fileUploadUrl, await fileSource(zipPath), options);
}

interface Plan {
  single: boolean;
  blockSize: number;
  blocks: number;
  slots: number;
}

/** The upload's shape for a blob of `size` bytes, within the limits of the SAS's storage service version. */
function plan(size: number, options: UploadOptions, limits: BlobLimits): Plan {
  const concurrency = Math.min(MAX_CONCURRENCY, whole(options.concurrency, DEFAULT_CONCURRENCY, 1, 'concurrency'));
  const singlePutMax = Math.min(
    MAX_SINGLE_PUT,
    limits.maxSinglePut,
    whole(options.singlePutMaxBytes, DEFAULT_SINGLE_PUT_MAX, 0, 'singlePutMaxBytes')
  );
  const maxBlock = Math.min(MAX_BLOCK_SIZE, limits.maxBlock);
  const requested = Math.min(maxBlock, whole(options.blockSizeBytes, DEFAULT_BLOCK_SIZE, 1, 'blockSizeBytes'));
  const blockSize = chooseBlockSize(size, requested, maxBlock);
  const single = size === 0 || size <= singlePutMax;
  const blocks = single ? 0 : Math.ceil(size / blockSize);
  if (blocks > MAX_BLOCKS) {
    throw new ActionError(
      `The upload is ${formatMiB(size)} MiB, more than Azure Storage takes in one blob (${MAX_BLOCKS} blocks of ${maxBlock / MiB} MiB under its version).`
    );
  }
  return { single, blockSize, blocks, slots: single ? 1 : Math.min(concurrency, blocks) };
}

/** Uploads `source` to the blob at `fileUploadUrl`. */
export async function uploadBlob(
  fileUploadUrl: string,
  source: BlobSource,
  options: UploadOptions = {}
): Promise<UploadResult> {
  const clock = options.clock ?? realClock;
  const log = options.log ?? (() => undefined);
  const sas = parseSasUrl(fileUploadUrl);
  checkNotExpired(sas, clock.now());
  if (options.signal?.aborted) throw new CancelledError('The job was cancelled before the files were uploaded.');
  const how = plan(source.size, options, sas.limits);
  const agent = await blobAgent(sas.url, how.slots);
  const idleTimeoutMs = whole(options.requestTimeoutMs, 120_000, 1, 'requestTimeoutMs');
  const http = createHttpTransport({ userAgent: 'msstore-submit-action', idleTimeoutMs, agentFor: () => agent });
  const retry = options.retry ?? defaultRetryPolicy;
  const stop = new AbortController();
  const target: BlobTarget = {
    layer: new RequestLayer({ http, clock, retry, log, signal: options.signal }),
    sas,
    dialect: blobDialect(sas, clock),
    stop: stop.signal
  };
  const started = clock.now();
  const progress = new UploadProgress(source.size, clock, log, started);
  try {
    await send(target, source, how, progress, () => stop.abort(), log);
  } catch (error) {
    if (options.signal?.aborted) throw new CancelledError('The job was cancelled while the files were uploading.');
    throw error;
  } finally {
    agent.destroy();
  }
  const seconds = Math.max(0, clock.now() - started) / 1000;
  const rate = seconds > 0 ? `${(source.size / MiB / seconds).toFixed(1)} MiB/s` : 'n/a';
  const as = how.single ? 'as one Put Blob' : `in ${how.blocks} blocks`;
  log(`Uploaded ${source.label}: ${formatMiB(source.size)} MiB ${as} in ${seconds.toFixed(1)} s (${rate}).`);
  return { bytes: source.size, blocks: how.blocks, seconds };
}

async function send(
  target: BlobTarget,
  source: BlobSource,
  how: Plan,
  progress: UploadProgress,
  stopAll: () => void,
  log: (line: string) => void
) {
  const size = formatMiB(source.size);
  if (how.single) {
    log(`Uploading ${source.label} (${size} MiB) as one Put Blob.`);
    const reader = new ChunkReader(source, () => changedSize(source, 'shorter'));
    let data: Buffer;
    try {
      data = await reader.fill(Buffer.allocUnsafe(source.size));
      await reader.end(() => changedSize(source, 'longer'));
    } finally {
      await reader.close();
    }
    const headers = { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/zip' };
    await putToBlob(target, 'Put Blob', '', headers, data);
    return;
  }
  const each = how.blockSize % MiB === 0 ? `${how.blockSize / MiB} MiB` : `${(how.blockSize / 1024).toFixed(1)} KiB`;
  log(`Uploading ${source.label} (${size} MiB) in ${how.blocks} blocks of ${each}, ${how.slots} at a time.`);
  await putBlocks(target, source, how, progress, stopAll);
}

function whole(value: number | undefined, fallback: number, min: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min)
    throw new ActionError(`uploadBlob: ${name} must be a whole number of at least ${min}, got ${value}.`);
  return value;
}
