/**
 * The blob SAS URL the Store hands out: fixed, parsed, and kept secret. Its
 * query holds the signature (`sig`): never logged; every message about a
 * blob request passes through `redact`.
 */
import { ActionError } from '../errors.js';

/** Used when the SAS carries no usable `sv`. */
const DEFAULT_VERSION = '2019-12-12';

const MiB = 1024 * 1024;

/** What one request may carry under a storage service version. */
export interface BlobLimits {
  /** The largest Put Block. */
  maxBlock: number;
  /** The largest single Put Blob. */
  maxSinglePut: number;
}

/** Before 2016-05-31 (e.g. the docs' sample SAS, sv=2014-02-14): Put Block up to 4 MiB, Put Blob up to 64 MiB. */
export const OLD_LIMITS: BlobLimits = { maxBlock: 4 * MiB, maxSinglePut: 64 * MiB };
/** 2016-05-31 and later (sv=2017-04-17 reported live): 100 MiB and 256 MiB. Newer versions allow more; not needed. */
export const MODERN_LIMITS: BlobLimits = { maxBlock: 100 * MiB, maxSinglePut: 256 * MiB };

/** The limits the blob service applies to requests sent with `x-ms-version: version`. */
export function limitsFor(version: string): BlobLimits {
  return version < '2016-05-31' ? OLD_LIMITS : MODERN_LIMITS;
}

export interface SasUrl {
  url: URL;
  /** The storage service version to speak: the SAS's own `sv`, sent as `x-ms-version` (so its limits apply). */
  version: string;
  /** What one request may carry under that version. */
  limits: BlobLimits;
  /** When the signature expires (ms since the epoch), if the URL says. */
  expiry?: number;
  /** The signature in every form it may take in a message. */
  secrets: string[];
}

/** The Store hands the URL out with `+` unencoded in its signature; Azure would read a space and answer 403. */
export function fixSasUrl(url: string): string {
  return url.replace(/\+/g, '%2B');
}

export function parseSasUrl(raw: string): SasUrl {
  let url: URL;
  try {
    url = new URL(fixSasUrl(raw.trim()));
  } catch {
    throw new ActionError('The package upload URL the Store returned is not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ActionError(`The package upload URL the Store returned is not an http(s) URL (${url.protocol}).`);
  }
  const sv = url.searchParams.get('sv');
  const se = Date.parse(url.searchParams.get('se') ?? '');
  const version = sv && /^\d{4}-\d{2}-\d{2}$/.test(sv) ? sv : DEFAULT_VERSION;
  return {
    url,
    version,
    limits: limitsFor(version),
    expiry: Number.isNaN(se) ? undefined : se,
    secrets: secretsOf(url)
  };
}

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

/** `text` with any signature taken out. */
export function redact(text: string, secrets: string[]): string {
  let out = text.replace(/([?&]?sig=)[^&\s"'<]*/gi, '$1<redacted>');
  for (const secret of secrets) out = out.split(secret).join('<redacted>');
  return out;
}

/** The expired-URL error, before anything is sent. */
export function checkNotExpired(sas: SasUrl, now: number): void {
  if (sas.expiry !== undefined && sas.expiry <= now) {
    throw new ActionError(`The package upload URL expired at ${new Date(sas.expiry).toISOString()}.`, {
      hint: 'Upload URLs live about 24 hours after the submission is created. Re-running the action creates a fresh submission with a new upload URL.'
    });
  }
}
