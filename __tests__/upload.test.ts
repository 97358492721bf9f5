/**
 * uploadZip against a real Azure Blob service (Azurite on 127.0.0.1), with a
 * fault-injecting proxy in front of it where a test needs to count or break
 * requests. No assertions on speed: bench/upload.mjs measures that.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  type ContainerClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential
} from '@azure/storage-blob';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from '../__fixtures__/azurite.mjs';
import { startFaultProxy } from '../__fixtures__/blob-fault-proxy.mjs';
import type { Clock } from '../src/clock.js';
import { ActionError, ApiError, CancelledError } from '../src/errors.js';
import { blockId, chooseBlockSize, fixSasUrl, uploadZip } from '../src/upload/index.js';

const MiB = 1024 * 1024;
const CONTAINER = 'submissions';

let azurite: Awaited<ReturnType<typeof startAzurite>>;
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
let container: ContainerClient;
let credential: StorageSharedKeyCredential;
let dir: string;

beforeAll(async () => {
  azurite = await startAzurite();
  proxy = await startFaultProxy({ target: `http://127.0.0.1:${azurite.port}` });
  credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  container = new BlobServiceClient(azurite.endpoint, credential).getContainerClient(CONTAINER);
  await container.create();
  dir = mkdtempSync(join(tmpdir(), 'upload-test-'));
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await azurite?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => proxy.clear());

/**
 * A SAS URL the way the Store hands it out: `+` in the signature unencoded.
 * Retries with a later expiry until the signature has a `+`, so that the %2B fix is really exercised.
 */
function storeUrl(
  blob: string,
  opts: { via?: 'proxy' | 'azurite'; expiresOn?: Date; needPlus?: boolean } = {}
): string {
  const origin = opts.via === 'azurite' ? `http://127.0.0.1:${azurite.port}` : proxy.origin;
  const base = opts.expiresOn ?? new Date(Date.now() + 3600_000);
  for (let i = 0; i < 200; i++) {
    const expiresOn = new Date(base.getTime() + i * 1000);
    const query = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse('rcw'),
        startsOn: new Date(Math.min(Date.now(), expiresOn.getTime()) - 3600_000),
        expiresOn,
        protocol: SASProtocol.HttpsAndHttp,
        version: '2021-08-06'
      },
      credential
    ).toString();
    const raw = query.replace(
      /(^|&)sig=([^&]*)/,
      (_m, sep: string, sig: string) => `${sep}sig=${decodeURIComponent(sig)}`
    );
    if (opts.needPlus === false || /sig=[^&]*\+/.test(raw))
      return `${origin}/${AZURITE_ACCOUNT}/${CONTAINER}/${blob}?${raw}`;
  }
  throw new Error('could not get a signature with a +');
}

/** A plain Put Blob with the URL exactly as given (no %2B fix): the status. */
function rawPut(url: string, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2021-08-06', 'content-length': body.length }
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function sigOf(url: string): string {
  const match = /[?&]sig=([^&]*)/.exec(url);
  if (!match) throw new Error('no sig');
  return match[1];
}

/** Writes `size` bytes: a random MiB, stamped with each chunk's index so that misplaced blocks change the hash. */
async function makeFile(name: string, size: number): Promise<{ path: string; sha256: string }> {
  const path = join(dir, name);
  const chunk = createHash('sha512').update(name).digest();
  const random = Buffer.alloc(MiB);
  for (let i = 0; i < MiB; i += chunk.length)
    createHash('sha512').update(chunk).update(String(i)).digest().copy(random, i);
  const hash = createHash('sha256');
  const handle = await open(path, 'w');
  try {
    for (let offset = 0, index = 0; offset < size; offset += MiB, index++) {
      const piece = Buffer.from(random.subarray(0, Math.min(MiB, size - offset)));
      piece.writeUInt32LE(index, 0);
      hash.update(piece);
      await handle.write(piece, 0, piece.length, offset);
    }
  } finally {
    await handle.close();
  }
  return { path, sha256: hash.digest('hex') };
}

/** sha256 of a blob, streamed (never buffers the blob). */
async function blobSha256(blob: string): Promise<string> {
  const download = await container.getBlobClient(blob).download();
  const hash = createHash('sha256');
  for await (const chunk of download.readableStreamBody as NodeJS.ReadableStream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function fakeClock(nowMs = Date.now()): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => nowMs,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw new CancelledError();
      sleeps.push(ms);
    }
  };
}

describe('fixSasUrl and block sizes', () => {
  it('encodes every +', () => {
    expect(fixSasUrl('https://a.blob/c/b?sv=2017-04-17&sig=ab+c/d+e%2Bf=')).toBe(
      'https://a.blob/c/b?sv=2017-04-17&sig=ab%2Bc/d%2Be%2Bf='
    );
  });

  it('raises the block size only to stay under 50,000 blocks, and never above 100 MiB', () => {
    expect(chooseBlockSize(25 * 1024 * MiB)).toBe(8 * MiB);
    expect(chooseBlockSize(100 * 1024, 1024)).toBe(1024);
    expect(chooseBlockSize(1000 * 1024 * MiB)).toBe(21 * MiB);
    expect(chooseBlockSize(10 * 1024 * 1024 * MiB)).toBe(100 * MiB);
    expect(chooseBlockSize(MiB, 500 * MiB)).toBe(100 * MiB);
  });

  it('makes block IDs of one length', () => {
    expect(new Set([0, 9, 10, 49_999, 99_999].map((i) => blockId(i).length)).size).toBe(1);
  });
});

describe('uploadZip against Azurite', () => {
  it('uploads a small zip as one Put Blob through a URL with a raw + in its signature', async () => {
    const { path, sha256 } = await makeFile('small.zip', 3 * MiB + 17);
    const url = storeUrl('small.zip');
    expect(sigOf(url)).toContain('+');
    // Sent as handed out, Azure(ite) reads the + as a space and rejects the signature.
    expect(await rawPut(url, Buffer.from('x'))).toBe(403);
    proxy.clear();
    const lines: string[] = [];

    const result = await uploadZip(url, path, { log: (l) => lines.push(l) });

    expect(result).toEqual({ bytes: 3 * MiB + 17, blocks: 0, seconds: expect.any(Number) });
    expect(proxy.requests).toHaveLength(1);
    expect(proxy.requests[0]).toMatchObject({ method: 'PUT', comp: null });
    expect(await blobSha256('small.zip')).toBe(sha256);
    expect(lines.join('\n')).not.toContain(sigOf(url));
  });

  describe('a zip over 256 MiB', () => {
    const size = 256 * MiB + 3 * MiB + 12_345;
    let result: Awaited<ReturnType<typeof uploadZip>>;
    let sha256: string;
    let path: string;

    beforeAll(async () => {
      ({ path, sha256 } = await makeFile('large.zip', size));
      result = await uploadZip(storeUrl('large.zip', { via: 'azurite' }), path);
    }, 90_000);

    afterAll(() => rmSync(path, { force: true }));

    it('arrives byte-exact in blocks', async () => {
      expect(result.bytes).toBe(size);
      expect(result.blocks).toBe(Math.ceil(size / (8 * MiB)));
      expect(await blobSha256('large.zip')).toBe(sha256);
    });

    it('commits valid base64 block IDs, all of one length', async () => {
      const list = await container.getBlockBlobClient('large.zip').getBlockList('committed');
      const names = (list.committedBlocks ?? []).map((b) => b.name ?? '');
      expect(names.length).toBe(result.blocks);
      expect(names.length).toBeGreaterThan(1);
      expect(new Set(names.map((n) => n.length)).size).toBe(1);
      for (const name of names) {
        expect(name).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
        expect(Buffer.from(name, 'base64').toString('base64')).toBe(name);
      }
      expect(new Set(names).size).toBe(names.length);
      expect((list.committedBlocks ?? []).reduce((sum, b) => sum + (b.size ?? 0), 0)).toBe(size);
    });
  });

  it('retries a block that fails twice on its own, honouring Retry-After', async () => {
    const { path, sha256 } = await makeFile('retry.zip', 6 * MiB + 100);
    const flaky = blockId(2);
    const isFlaky = (r: { comp: string | null; blockid: string | null }): boolean =>
      r.comp === 'block' && r.blockid === flaky;
    proxy.fault({ match: isFlaky, nth: 1, status: 503, errorCode: 'ServerBusy', retryAfter: '2' });
    proxy.fault({ match: isFlaky, nth: 2, reset: true, afterBytes: 64 * 1024 });
    const clock = fakeClock();
    const lines: string[] = [];

    const result = await uploadZip(storeUrl('retry.zip'), path, {
      blockSizeBytes: MiB,
      singlePutMaxBytes: 0,
      concurrency: 3,
      clock,
      log: (l) => lines.push(l)
    });

    expect(result.blocks).toBe(7);
    const perBlock = new Map<string, number>();
    for (const r of proxy.requests)
      if (r.comp === 'block') perBlock.set(r.blockid ?? '', (perBlock.get(r.blockid ?? '') ?? 0) + 1);
    expect(perBlock.size).toBe(7);
    for (const [id, count] of perBlock) expect(count).toBe(id === flaky ? 3 : 1);
    expect(proxy.requests.filter((r) => r.comp === 'blocklist')).toHaveLength(1);
    expect(proxy.requests).toHaveLength(7 + 2 + 1);
    for (const r of proxy.requests) expect(r.headers['x-ms-version']).toBe('2021-08-06'); // the SAS's sv
    for (const r of proxy.requests.filter((q) => q.comp === 'block'))
      expect(r.headers['content-md5']).toMatch(/^[A-Za-z0-9+/]{22}==$/);

    const retries = lines.filter((l) => l.includes('retrying'));
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(/^Put Block 3\/7 got HTTP 503 \(ServerBusy\); retrying in 2\.\d s \(attempt 2 of 6\)$/);
    expect(retries[1]).toMatch(/^Put Block 3\/7 failed \(.+\); retrying in .+ s \(attempt 3 of 6\)$/);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(2000);
    expect(await blobSha256('retry.zip')).toBe(sha256);
  });

  it('retries a request that gets no answer within requestTimeoutMs', async () => {
    const { path, sha256 } = await makeFile('stall.zip', 3 * MiB);
    proxy.fault({ match: (r) => r.comp === 'block' && r.blockid === blockId(0), stall: true });
    const lines: string[] = [];
    await uploadZip(storeUrl('stall.zip'), path, {
      blockSizeBytes: MiB,
      singlePutMaxBytes: 0,
      requestTimeoutMs: 300,
      clock: fakeClock(),
      log: (l) => lines.push(l)
    });
    expect(lines.filter((l) => l.includes('retrying'))).toEqual([
      expect.stringMatching(/^Put Block 1\/3 failed \(ETIMEDOUT: .*\); retrying in/)
    ]);
    expect(proxy.requests.filter((r) => r.blockid === blockId(0))).toHaveLength(2);
    expect(await blobSha256('stall.zip')).toBe(sha256);
  });

  it('refuses an expired URL before sending anything', async () => {
    const { path } = await makeFile('expired.zip', 1000);
    const expiresOn = new Date(Date.now() - 3600_000);
    const error = await uploadZip(storeUrl('expired.zip', { expiresOn, needPlus: false }), path).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ActionError);
    const message = (error as ActionError).oneLine();
    expect(message).toContain(`expired at ${expiresOn.toISOString().slice(0, 19)}`);
    expect(message).toContain('Re-running the action creates a fresh submission with a new upload URL');
    expect(proxy.requests).toHaveLength(0);

    // The same with a valid URL as seen by a clock that has moved past its expiry.
    const later = fakeClock(Date.now() + 2 * 86_400_000);
    await expect(uploadZip(storeUrl('expired.zip'), path, { clock: later })).rejects.toThrow(/upload URL expired at/);
    expect(proxy.requests).toHaveLength(0);
  });

  it('logs progress at most every 10 % (plus one summary), not per block', async () => {
    const { path, sha256 } = await makeFile('progress.zip', 100 * 16 * 1024);
    const lines: string[] = [];
    const result = await uploadZip(storeUrl('progress.zip'), path, {
      blockSizeBytes: 16 * 1024,
      singlePutMaxBytes: 0,
      clock: fakeClock(),
      log: (l) => lines.push(l)
    });
    expect(result.blocks).toBe(100);
    const progress = lines.filter((l) => l.startsWith('Upload progress:'));
    const summary = lines.filter((l) => l.startsWith('Uploaded the package zip'));
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.length).toBeLessThanOrEqual(11);
    expect(summary).toHaveLength(1);
    expect(lines.length).toBeLessThanOrEqual(1 + 11 + 1);
    expect(summary[0]).toContain('in 100 blocks');
    expect(await blobSha256('progress.zip')).toBe(sha256);
  });

  it('fails at once on 403 with a hint, and never shows the signature', async () => {
    const { path } = await makeFile('forbidden.zip', 2 * MiB);
    const good = storeUrl('forbidden.zip');
    const sig = sigOf(good);
    const forged = `${sig.slice(0, 10)}${sig[10] === 'A' ? 'B' : 'A'}${sig.slice(11)}`;
    const url = good.replace(sig, forged);
    const lines: string[] = [];

    const error = await uploadZip(url, path, { log: (l) => lines.push(l), clock: fakeClock() }).catch(
      (e: unknown) => e
    );

    expect(error).toBeInstanceOf(ApiError);
    const api = error as ApiError;
    expect(api.status).toBe(403);
    // Azure answers AuthenticationFailed; Azurite AuthorizationFailure.
    expect(api.code).toMatch(/^(AuthenticationFailed|AuthorizationFailure)$/);
    expect(api.message).toMatch(/^Put Blob failed with HTTP 403 \((AuthenticationFailed|AuthorizationFailure)/);
    expect(api.message).toMatch(/x-ms-request-id: [\w-]+/);
    expect(api.hint).toMatch(/expired/);
    expect(api.hint).toMatch(/%2B/);
    expect(proxy.requests).toHaveLength(1);
    expect(lines.filter((l) => l.includes('retrying'))).toHaveLength(0);
    const everything = [api.oneLine(), api.stack ?? '', ...lines].join('\n');
    for (const secret of [
      forged,
      encodeURIComponent(forged),
      fixSasUrl(forged),
      decodeURIComponent(fixSasUrl(forged))
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toContain('sig=');
  });

  it('stops the other blocks when one fails for good', async () => {
    const { path } = await makeFile('blocks403.zip', 12 * MiB);
    const sig = sigOf(storeUrl('blocks403.zip'));
    const url = storeUrl('blocks403.zip').replace(/sig=[^&]*/, `sig=${sig.split('').reverse().join('')}`);
    const error = await uploadZip(url, path, {
      blockSizeBytes: MiB,
      singlePutMaxBytes: 0,
      concurrency: 2,
      clock: fakeClock()
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/^Put Block \d+\/12 failed with HTTP 403/);
    // Only what was in flight when the first 403 came back: no retries, no further blocks.
    expect(proxy.requests.length).toBeLessThanOrEqual(2);
  });

  it('gives up after the policy attempts on a block that keeps failing', async () => {
    const { path } = await makeFile('busy.zip', 3 * MiB);
    proxy.fault({
      match: (r) => r.comp === 'block' && r.blockid === blockId(1),
      times: 100,
      status: 500,
      errorCode: 'InternalError'
    });
    const error = await uploadZip(storeUrl('busy.zip'), path, {
      blockSizeBytes: MiB,
      singlePutMaxBytes: 0,
      concurrency: 1,
      retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100 },
      clock: fakeClock()
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(
      /^Put Block 2\/3 failed with HTTP 500 \(InternalError.*\) after 3 attempts \[x-ms-request-id: fault-\d+\]\.$/
    );
    // This blob's requests only: a request the previous test stopped may still reach the proxy after clear().
    const own = proxy.requests.filter((r) => r.path.endsWith('/busy.zip'));
    expect(own.filter((r) => r.blockid === blockId(1))).toHaveLength(3);
    expect(own.filter((r) => r.blockid === blockId(2))).toHaveLength(0);
    expect(own.filter((r) => r.comp === 'blocklist')).toHaveLength(0);
  });

  it('stops when the job is cancelled', async () => {
    const { path } = await makeFile('cancel.zip', 3 * MiB);
    proxy.fault({ match: (r) => r.comp === 'block', times: 100, status: 503 });
    const controller = new AbortController();
    const clock: Clock = {
      now: () => Date.now(),
      // Never wakes up by itself: only the cancellation ends the wait.
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          if (signal?.aborted) reject(new CancelledError());
          signal?.addEventListener('abort', () => reject(new CancelledError()), { once: true });
        })
    };
    const error = await uploadZip(storeUrl('cancel.zip'), path, {
      blockSizeBytes: MiB,
      singlePutMaxBytes: 0,
      clock,
      signal: controller.signal,
      log: (l) => {
        if (l.includes('retrying')) setTimeout(() => controller.abort(), 50);
      }
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect(proxy.requests.filter((r) => r.comp === 'blocklist')).toHaveLength(0);
  });
});
