/**
 * A deflated zip held in another zip (a bundle deflated in an upload file),
 * inflated once, front to back, keeping only what reading it needs: its
 * last bytes (end record, central directory and the bundle manifest before
 * them), and, as they pass, every local header, the entries whose names are
 * wanted (the manifests), and the end and central directory of every zip
 * stored inside it (the bundle's packages). A read of anything else falls
 * back to inflating again (inflatedAccess): correct, only slower. Memory is
 * the tail plus what is kept, within a budget.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { inflatedAccess, NotAZipError, type RandomAccess } from './access.js';
import { FIXED_SIZE, FLAG_DATA_DESCRIPTOR, MAX_COMMENT, SIGNATURE, ZIP32_MAX } from './format.js';
import { decodeEntryName } from './names.js';

const MiB = 1024 * 1024;
/** The inflated bytes kept behind the newest (a zip's end, directory and manifest fit in it). */
const TAIL = 4 * MiB;
/** At most this much is kept besides the tail; beyond it, reads fall back. */
const BUDGET = 64 * MiB;
/** Kept after a wanted local header whose sizes come after its data (a data descriptor). */
const UNSIZED_ENTRY = MiB;
const COMPRESSED_CHUNK = MiB;
/** What readZipEntries reads from a zip's end: the end record, a comment, the ZIP64 locator. */
const END_SEARCH = FIXED_SIZE.end + MAX_COMMENT + FIXED_SIZE.zip64Locator;
/** From an end record back to the start of the Zip64 end record before its locator. */
const ZIP64_END_BEFORE = FIXED_SIZE.zip64Locator + FIXED_SIZE.zip64End;

interface Kept {
  start: number;
  end: number;
  parts: Buffer[];
  data?: Buffer;
}

/** The inflated stream as it passes: the chunks of its tail, and the ranges kept. */
class Pass {
  chunks: Buffer[] = [];
  tailStart = 0;
  produced = 0;
  kept: Kept[] = [];
  private filling: Kept[] = [];
  private candidates: number[] = [];
  private budget = BUDGET;

  constructor(
    private readonly size: number,
    private readonly wanted: (name: string) => boolean
  ) {}

  /** Bytes [start, end) of the tail (the caller checks they are there). */
  slice(start: number, end: number): Buffer {
    const parts: Buffer[] = [];
    let at = this.tailStart;
    for (const chunk of this.chunks) {
      const from = Math.max(start, at);
      const to = Math.min(end, at + chunk.length);
      if (from < to) parts.push(chunk.subarray(from - at, to - at));
      at += chunk.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  add(chunk: Buffer): void {
    const start = this.produced;
    this.chunks.push(chunk);
    this.produced += chunk.length;
    for (const kept of this.filling) kept.parts.push(chunk.subarray(0, Math.max(0, kept.end - start)));
    this.filling = this.filling.filter((kept) => !this.finishIfFilled(kept));
    this.findSignatures(start, chunk);
    this.candidates = this.candidates.filter((at) => !this.examine(at));
    while (this.chunks.length > 1 && this.produced - (this.tailStart + this.chunks[0].length) >= TAIL) {
      this.tailStart += (this.chunks.shift() as Buffer).length;
    }
  }

  /** Where a local header or an end record may start: across the last chunk boundary, then in the new chunk. */
  private findSignatures(chunkStart: number, chunk: Buffer): void {
    const from = Math.max(this.tailStart, chunkStart - 3);
    if (from < chunkStart) this.scan(this.slice(from, Math.min(chunkStart + 3, this.produced)), from, chunkStart);
    this.scan(chunk, chunkStart, Infinity);
  }

  /** Candidates in `bytes` (which start at `offset`) that start before `before`. */
  private scan(bytes: Buffer, offset: number, before: number): void {
    for (let at = bytes.indexOf('PK'); at >= 0 && at + 4 <= bytes.length; at = bytes.indexOf('PK', at + 1)) {
      const signature = bytes.readUInt32LE(at);
      if ((signature === SIGNATURE.localHeader || signature === SIGNATURE.end) && offset + at < before) {
        this.candidates.push(offset + at);
      }
    }
  }

  /** Keeps what a candidate needs once its fixed part is there; true when done with it. */
  private examine(at: number): boolean {
    if (at < this.tailStart) return true;
    if (this.slice(at, at + 4).readUInt32LE(0) === SIGNATURE.end) {
      if (at + FIXED_SIZE.end > this.produced) return false;
      const record = this.slice(at, at + FIXED_SIZE.end);
      const end = at + FIXED_SIZE.end + record.readUInt16LE(20);
      let directorySize = record.readUInt32LE(12);
      if (directorySize === ZIP32_MAX && at >= ZIP64_END_BEFORE + this.tailStart) {
        const zip64 = this.slice(at - ZIP64_END_BEFORE, at - FIXED_SIZE.zip64Locator);
        if (zip64.readUInt32LE(0) === SIGNATURE.zip64End) directorySize = Number(zip64.readBigUInt64LE(40));
      }
      this.keep(Math.min(end - END_SEARCH, at - ZIP64_END_BEFORE - directorySize), end);
      return true;
    }
    if (at + FIXED_SIZE.localHeader > this.produced) return false;
    const header = this.slice(at, at + FIXED_SIZE.localHeader);
    const nameEnd = at + FIXED_SIZE.localHeader + header.readUInt16LE(26);
    const headerEnd = nameEnd + header.readUInt16LE(28);
    if (headerEnd > this.produced) return false;
    const name = decodeEntryName(this.slice(at + FIXED_SIZE.localHeader, nameEnd), this.slice(nameEnd, headerEnd));
    const compressed = header.readUInt32LE(18);
    const sized = compressed !== ZIP32_MAX && !(header.readUInt16LE(6) & FLAG_DATA_DESCRIPTOR && compressed === 0);
    this.keep(at, this.wanted(name) ? headerEnd + (sized ? compressed : UNSIZED_ENTRY) : headerEnd);
    return true;
  }

  private keep(start: number, end: number): void {
    const from = Math.max(start, this.tailStart, 0);
    const to = Math.min(end, this.size);
    if (from >= to || to - from > this.budget) return;
    this.budget -= to - from;
    const kept: Kept = { start: from, end: to, parts: [Buffer.from(this.slice(from, Math.min(to, this.produced)))] };
    if (!this.finishIfFilled(kept)) this.filling.push(kept);
  }

  private finishIfFilled(kept: Kept): boolean {
    if (this.produced < kept.end && this.produced < this.size) return false;
    kept.data = Buffer.concat(kept.parts).subarray(0, kept.end - kept.start);
    kept.end = kept.start + kept.data.length;
    kept.parts = [];
    this.kept.push(kept);
    return true;
  }

  /** After the last chunk: what is still filling is kept as far as it got, and the tail is kept too. */
  finish(): void {
    this.filling.forEach((kept) => this.finishIfFilled(kept));
    this.filling = [];
    const tail = Buffer.concat(this.chunks);
    this.kept.push({ start: this.tailStart, end: this.produced, parts: [], data: tail });
    this.chunks = [];
  }
}

/**
 * The deflated stream in `compressed`, inflated once now, as a RandomAccess
 * over its `size` inflated bytes. `wanted` says which entries' data to keep
 * (by the name in their local header), wherever they are.
 */
export async function inflateOnce(
  compressed: RandomAccess,
  size: number,
  wanted: (name: string) => boolean
): Promise<RandomAccess & { close(): void }> {
  const pass = new Pass(size, wanted);
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let at = 0; at < compressed.size; at += COMPRESSED_CHUNK) {
      yield await compressed.read(at, Math.min(COMPRESSED_CHUNK, compressed.size - at));
    }
  }
  try {
    for await (const chunk of Readable.from(chunks()).pipe(createInflateRaw())) pass.add(chunk as Buffer);
  } catch (error) {
    if (error instanceof NotAZipError) throw error;
    throw new NotAZipError(`cannot inflate: ${(error as Error).message}`);
  }
  if (pass.produced !== size) throw new NotAZipError(`deflated data gives ${pass.produced} of ${size} bytes`);
  pass.finish();
  let fallback: ReturnType<typeof inflatedAccess> | undefined;
  return {
    size,
    close: () => fallback?.close(),
    read(position, length) {
      const kept = pass.kept.find((k) => k.start <= position && position + length <= k.end);
      if (kept?.data)
        return Promise.resolve(Buffer.from(kept.data.subarray(position - kept.start, position - kept.start + length)));
      fallback ??= inflatedAccess(compressed, size);
      return fallback.read(position, length);
    }
  };
}
