/**
 * What the uploader sends: bytes of a known size, read once, front to back.
 * A zip on disk is one; a zip written on the fly from the packages (package
 * mode) is another. The uploader cuts the stream into blocks as it comes.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ActionError } from '../errors.js';

export interface BlobSource {
  /** For the log and errors: "the package zip store.zip". */
  label: string;
  /** Total bytes the stream yields (known up front: it picks Put Blob or Put Block). */
  size: number;
  /** The bytes, in order, in chunks of any size. Called once: the uploader keeps what it may have to send again. */
  open(): AsyncIterable<Buffer>;
}

/** A file on disk, read in chunks of `chunkSize`. */
export async function fileSource(path: string, label = 'the package zip'): Promise<BlobSource> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch (error) {
    throw new ActionError(`Cannot read ${label} ${path}: ${(error as Error).message}.`, { cause: error });
  }
  return {
    label,
    size,
    open: () => readChunks(path, label)
  };
}

async function* readChunks(path: string, label: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) yield chunk as Buffer;
  } catch (error) {
    throw new ActionError(`Cannot read ${label} ${path}: ${(error as Error).message}.`, { cause: error });
  }
}
