/**
 * One request to Azure Blob Storage, through the one request layer. What is
 * Azure Storage's own: its error body (XML), `x-ms-error-code`, the
 * `x-ms-request-id` that names the exchange, its hints, and a signature that
 * must never reach a message.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Dialect, Failure, RequestLayer } from '../request/layer.js';
import { header } from '../request/transport.js';
import { redact, type SasUrl } from './sas.js';

function xmlField(body: string, name: string): string | undefined {
  return new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body)?.[1];
}

/** The dialect of one upload: its hints know the URL's expiry; its messages never hold the signature. */
export function blobDialect(sas: SasUrl, clock: Clock): Dialect {
  return {
    correlationHeader: 'x-ms-request-id',
    describe: (response) => {
      const code = header(response.headers, 'x-ms-error-code') ?? xmlField(response.body, 'Code');
      const message = xmlField(response.body, 'Message')?.split(/\r?\n/)[0]?.trim();
      return {
        code: code ? redact(code, sas.secrets) : undefined,
        message: message ? redact(message, sas.secrets) : undefined
      };
    },
    hint: (failure) => blobHint(failure, sas, clock),
    networkReason: (error) => {
      const code = typeof error.code === 'string' && !error.message.includes(error.code) ? `${error.code}: ` : '';
      return `failed (${code}${error.message})`;
    },
    redact: (text) => redact(text, sas.secrets)
  };
}

function blobHint({ status, code }: Failure, sas: SasUrl, clock: Clock): string {
  const again = 'Re-running the action creates a fresh submission with a new upload URL.';
  if (status === undefined) {
    return "Azure Storage could not be reached reliably; check the runner's network (proxy, firewall) and re-run the job.";
  }
  if (status === 403) {
    const expired =
      sas.expiry !== undefined && sas.expiry <= clock.now()
        ? ` It expired at ${new Date(sas.expiry).toISOString()}.`
        : '';
    return `Azure Storage rejected the upload URL's signature: the URL has expired, or a '+' in it was not encoded as %2B.${expired} ${again}`;
  }
  if (status === 404) {
    return `The upload URL points to a blob container that does not exist (any more): the submission may have been deleted. ${again}`;
  }
  if (code === 'Md5Mismatch') return 'A block was corrupted on its way to Azure Storage; re-run the job.';
  if (code === 'InvalidBlobOrBlock' || code === 'InvalidBlockList' || code === 'InvalidBlockId') {
    return `Azure Storage rejected the blocks, possibly because of a partial upload by another tool to the same URL. ${again}`;
  }
  if (status === 429 || status >= 500)
    return 'Azure Storage kept failing; this is usually temporary: re-run the job later.';
  return 'Azure Storage rejected the request; re-run the job, and report it with the x-ms-request-id if it keeps happening.';
}

export interface BlobTarget {
  layer: RequestLayer;
  sas: SasUrl;
  dialect: Dialect;
  /** Stops every request of the upload (the first block that fails for good, or the job's cancellation). */
  stop: AbortSignal;
}

/** One PUT to the blob (Put Blob, Put Block, Put Block List): idempotent, retried by the layer. */
export async function putToBlob(
  target: BlobTarget,
  call: string,
  query: string,
  headers: Record<string, string>,
  body: Buffer
): Promise<void> {
  const { url, version } = target.sas;
  await target.layer.send({
    call,
    method: 'PUT',
    url: `${url.origin}${url.pathname}${url.search}${query}`,
    // Azure checks the bytes against it: a corrupted transfer fails (and is reported) instead of landing in the blob.
    headers: { 'x-ms-version': version, 'content-md5': createHash('md5').update(body).digest('base64'), ...headers },
    body,
    idempotent: true,
    dialect: target.dialect,
    signal: target.stop
  });
}
