/**
 * The block schedule: the blob's bytes, read once front to back, cut into
 * blocks, each sent as a Put Block with a bounded number in flight (each
 * worker owns one buffer, so memory is `slots × blockSize` whatever the
 * size), then one Put Block List. The first block that fails for good stops
 * the rest.
 */
import { ActionError } from '../errors.js';
import { putToBlob, type BlobTarget } from './blob-request.js';
import type { UploadProgress } from './progress.js';
import type { BlobSource } from './source.js';

const MiB = 1024 * 1024;
/** Default Put Block size; raised only when a blob would need more than MAX_BLOCKS blocks. */
export const DEFAULT_BLOCK_SIZE = 8 * MiB;
/** Put Block limit of the Store's SAS version (2017-04-17); an older `sv` has a lower one (sas.ts). */
export const MAX_BLOCK_SIZE = 100 * MiB;
/** Committed blocks per blob. */
export const MAX_BLOCKS = 50_000;

/**
 * The block size for a blob of `size` bytes: the requested (or default) size, within the version's per-block
 * limit `maxBlock`, raised to stay within MAX_BLOCKS.
 */
export function chooseBlockSize(
  size: number,
  requested: number = DEFAULT_BLOCK_SIZE,
  maxBlock: number = MAX_BLOCK_SIZE
): number {
  const wanted = Math.min(maxBlock, requested);
  if (size <= wanted * MAX_BLOCKS) return wanted;
  // Too many blocks: the smallest whole number of MiB that fits, within the per-block limit.
  return Math.min(maxBlock, Math.ceil(size / MAX_BLOCKS / MiB) * MiB);
}

/** Block IDs: base64 of a fixed-width string, so that every ID of every run has the same length. */
export function blockId(index: number): string {
  return Buffer.from(`block-${String(index).padStart(6, '0')}`).toString('base64');
}

/** Reads a stream of chunks of any size into buffers of the size asked for, in order. */
export class ChunkReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private rest: Buffer = Buffer.alloc(0);

  constructor(
    source: BlobSource,
    private readonly onShort: () => Error
  ) {
    this.chunks = source.open()[Symbol.asyncIterator]();
  }

  /** Fills `target` whole; throws when the stream ends first. */
  async fill(target: Buffer): Promise<Buffer> {
    let filled = 0;
    while (filled < target.length) {
      if (this.rest.length === 0) {
        const next = await this.chunks.next();
        if (next.done) throw this.onShort();
        this.rest = next.value;
      }
      const taken = this.rest.copy(target, filled, 0, Math.min(this.rest.length, target.length - filled));
      filled += taken;
      this.rest = this.rest.subarray(taken);
    }
    return target;
  }

  /** Lets the source go (its files closed), read to its end or not. Call once nothing is being read. */
  async close(): Promise<void> {
    await this.chunks.return?.(undefined);
  }

  /** Throws when the stream holds more than was read. */
  async end(onLonger: () => Error): Promise<void> {
    if (this.rest.length > 0 || !(await this.chunks.next()).done) throw onLonger();
  }
}

export async function putBlocks(
  target: BlobTarget,
  source: BlobSource,
  plan: { blockSize: number; blocks: number; slots: number },
  progress: UploadProgress,
  stopAll: () => void
): Promise<void> {
  const { blockSize, blocks, slots } = plan;
  const reader = new ChunkReader(source, () => changedSize(source, 'shorter'));
  let next = 0;
  let reading: Promise<unknown> = Promise.resolve();
  let failure: unknown;
  // One read at a time, in order: the worker that takes index i reads block i.
  const take = (buffer: Buffer): Promise<{ index: number; data: Buffer } | undefined> => {
    const turn = reading.then(async () => {
      const index = next++;
      if (index >= blocks || failure !== undefined) return undefined;
      const length = Math.min(blockSize, source.size - index * blockSize);
      return { index, data: await reader.fill(buffer.subarray(0, length)) };
    });
    reading = turn.catch(() => undefined);
    return turn;
  };
  const worker = async (): Promise<void> => {
    const buffer = Buffer.allocUnsafe(Math.min(blockSize, source.size));
    try {
      for (let block = await take(buffer); block; block = await take(buffer)) {
        const query = `&comp=block&blockid=${encodeURIComponent(blockId(block.index))}`;
        await putToBlob(target, `Put Block ${block.index + 1}/${blocks}`, query, {}, block.data);
        progress.add(block.data.length);
      }
    } catch (error) {
      if (failure === undefined) failure = error;
      stopAll();
    }
  };
  try {
    await Promise.all(Array.from({ length: slots }, worker));
    if (failure !== undefined) throw failure;
    await reader.end(() => changedSize(source, 'longer'));
  } finally {
    await reader.close();
  }
  const ids = Array.from({ length: blocks }, (_, i) => `<Latest>${blockId(i)}</Latest>`).join('');
  const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids}</BlockList>`;
  const headers = { 'content-type': 'application/xml', 'x-ms-blob-content-type': 'application/zip' };
  await putToBlob(target, 'Put Block List', '&comp=blocklist', headers, Buffer.from(xml, 'utf8'));
}

export function changedSize(source: BlobSource, how: 'shorter' | 'longer'): ActionError {
  return new ActionError(`${capitalize(source.label)} got ${how} while it was uploading.`, {
    hint: 'Nothing may write to the files being uploaded; run again once the build has finished writing them.'
  });
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
