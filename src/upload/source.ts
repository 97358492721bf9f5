/**
 * What the uploader sends: bytes of a known size, read once, front to back.
 * A zip on disk is one; a zip written on the fly from the packages (package
 * mode) is another. The uploader cuts the stream into blocks as it comes.
 */
import { open, stat } from 'node:fs/promises';
import { ActionError } from '../errors.js';

export interface BlobSource {
  /** For the log and errors: "the package zip store.zip". */
  label: string;
  /** Total bytes the stream yields (known up front: it picks Put Blob or Put Block). */
  size: number;
  /**
   * The bytes, in order, in chunks of any size. Called once: the uploader
   * keeps what it may have to send again. A chunk is only valid until the
   * next one is asked for (sources reuse one read buffer: fresh buffers per
   * chunk pile up faster than the garbage collector frees them).
   */
  open(): AsyncIterable<Buffer>;
}

/** A file on disk, read through one reused 1 MiB buffer. */
export async function fileSource(path: string, label = 'the package zip'): Promise<BlobSource> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch (error) {
    throw new ActionError(`Cannot read ${label} ${path}: ${(error as Error).message}.`, { cause: error });
  }
  return { label, size, open: () => readChunks(path, label) };
}

async function* readChunks(path: string, label: string): AsyncGenerator<Buffer> {
  const cannotRead = (error: unknown): ActionError =>
    new ActionError(`Cannot read ${label} ${path}: ${(error as Error).message}.`, { cause: error });
  const file = await open(path, 'r').catch((error: unknown) => {
    throw cannotRead(error);
  });
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null).catch((error: unknown) => {
        throw cannotRead(error);
      });
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
