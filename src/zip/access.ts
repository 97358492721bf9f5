/**
 * Bytes read by position, from whatever holds them: a file on disk, a window
 * into another source (a zip stored inside a zip, read in place), or a
 * deflated entry inflated on the way. Zip reading needs nothing else, so a
 * package inside an upload file is read without a copy on disk.
 */
import { Readable } from 'node:stream';
import type { InflateRaw } from 'node:zlib';
import { closeFile, fstatFile, openFile, readInto } from '../fs-callbacks.js';

// The package-zip check runs before a run's first request: files through ../fs-callbacks.ts, and node:zlib only
// when a deflated entry is read (start-up: bench/start.mjs).

export class NotAZipError extends Error {}

export interface RandomAccess {
  /** Total bytes. */
  readonly size: number;
  /** Exactly `length` bytes from `position`; NotAZipError when they are not there (a truncated file). */
  read(position: number, length: number): Promise<Buffer>;
}

function checkRange(size: number, position: number, length: number): void {
  if (position < 0 || length < 0 || position + length > size) {
    throw new NotAZipError(`needs bytes ${position} to ${position + length} of ${size} (truncated?)`);
  }
}

/** A file opened for reading by position; close it when done. */
export async function openFileAccess(path: string): Promise<RandomAccess & { close(): Promise<void> }> {
  const fd = await openFile(path, 'r');
  let closed = false;
  try {
    const { size } = await fstatFile(fd);
    return {
      size,
      async read(position, length) {
        checkRange(size, position, length);
        const buffer = Buffer.alloc(length);
        let done = 0;
        while (done < length) {
          const { bytesRead } = await readInto(fd, buffer, done, length - done, position + done);
          if (bytesRead === 0) throw new NotAZipError(`file ended at ${position + done} of ${size} bytes`);
          done += bytesRead;
        }
        return buffer;
      },
      // Once only: a raw descriptor's number is reused by the next open, so a second close could close that file.
      close: async () => {
        if (closed) return;
        closed = true;
        await closeFile(fd);
      }
    };
  } catch (error) {
    await closeFile(fd);
    throw error;
  }
}

/** `size` bytes of `source` from `offset`, read in place. */
export function windowAccess(source: RandomAccess, offset: number, size: number): RandomAccess {
  checkRange(source.size, offset, size);
  return {
    size,
    read(position, length) {
      checkRange(size, position, length);
      return source.read(offset + position, length);
    }
  };
}

/** How many of the most recent inflated bytes are kept (a zip's tail and central directory are read back to back). */
const RETAINED_BYTES = 4 * 1024 * 1024;
const COMPRESSED_CHUNK = 1024 * 1024;

/**
 * The inflated bytes of a deflated stream in `source`, read front to back:
 * a read before what is kept starts inflating again from the beginning, a
 * read ahead inflates on (dropping what it passes). Memory stays flat.
 */
export function inflatedAccess(source: RandomAccess, size: number): RandomAccess & { close(): void } {
  let chunks: Buffer[] = [];
  let keptFrom = 0;
  let produced = 0;
  let iterator: AsyncIterator<Buffer> | undefined;
  let stream: InflateRaw | undefined;

  const restart = (): void => {
    stream?.destroy();
    async function* compressed(): AsyncGenerator<Buffer> {
      for (let at = 0; at < source.size; at += COMPRESSED_CHUNK) {
        yield await source.read(at, Math.min(COMPRESSED_CHUNK, source.size - at));
      }
    }
    stream = Readable.from(compressed()).pipe(process.getBuiltinModule('node:zlib').createInflateRaw());
    iterator = stream[Symbol.asyncIterator]();
    chunks = [];
    keptFrom = 0;
    produced = 0;
  };

  const drop = (before: number): void => {
    while (chunks.length > 0 && keptFrom + chunks[0].length <= before) keptFrom += (chunks.shift() as Buffer).length;
  };

  return {
    size,
    close: () => stream?.destroy(),
    async read(position, length) {
      checkRange(size, position, length);
      if (!iterator || position < keptFrom) restart();
      while (produced < position + length) {
        let next: IteratorResult<Buffer>;
        try {
          next = await (iterator as AsyncIterator<Buffer>).next();
        } catch (error) {
          throw new NotAZipError(`cannot inflate: ${(error as Error).message}`);
        }
        if (next.done) throw new NotAZipError(`deflated data ends after ${produced} of ${size} bytes`);
        chunks.push(next.value);
        produced += next.value.length;
        drop(Math.min(position, produced - RETAINED_BYTES));
      }
      const whole = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      chunks = [whole];
      return Buffer.from(whole.subarray(position - keptFrom, position - keptFrom + length));
    }
  };
}
