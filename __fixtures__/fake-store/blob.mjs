// The fake Store's side of the blob upload: SAS URLs as the live service hands them out, and reading back the zip.
import { createHmac, randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { URLSearchParams } from 'node:url';
import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters
} from '@azure/storage-blob';
import yauzl from 'yauzl';

/**
 * @typedef {object} BlobOptions
 * @property {string} endpoint       e.g. http://127.0.0.1:10000/devstoreaccount1
 * @property {string} accountName
 * @property {string} accountKey
 * @property {string} [publicEndpoint]  put in handed-out URLs instead of endpoint (e.g. a fault proxy)
 * @property {string} [container]    default 'ingestion'
 * @property {string} [sasVersion]   the SAS `sv` to sign with; default: whatever the SDK emits. One older than the
 *                                   SDK signs (e.g. the Store docs' sample sv=2014-02-14) is signed here, in the
 *                                   string-to-sign Azurite checks for it; a fault proxy in front enforces its limits
 *
 * @typedef {{ exists: false } | { exists: true, size: number, entries: string[] } | { exists: true, size: number, error: string }} ZipListing
 */

/** @param {BlobOptions} options */
export async function createBlobSide(options) {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const publicEndpoint = (options.publicEndpoint ?? endpoint).replace(/\/+$/, '');
  const containerName = options.container ?? 'ingestion';
  const credential = new StorageSharedKeyCredential(options.accountName, options.accountKey);
  const container = new BlobServiceClient(endpoint, credential).getContainerClient(containerName);
  await container.createIfNotExists();

  return {
    containerName,

    /**
     * A fresh blob name and a SAS URL for it, with the signature's `+` left raw as the live service does
     * (`/` and `=` stay percent-encoded). Tries new blob names until the signature has a `+`.
     * @param {number} lifetimeSeconds  negative: already expired
     * @returns {{ blobName: string, url: string }}
     */
    uploadUrl(lifetimeSeconds) {
      for (let attempt = 0; attempt < 500; attempt++) {
        const blobName = randomUUID();
        const expiresOn = new Date(Date.now() + lifetimeSeconds * 1000);
        const sas =
          options.sasVersion && options.sasVersion < '2015-04-05'
            ? oldSas(options, containerName, blobName, expiresOn)
            : generateBlobSASQueryParameters(
                {
                  containerName,
                  blobName,
                  permissions: BlobSASPermissions.parse('rcw'),
                  protocol: SASProtocol.HttpsAndHttp,
                  expiresOn,
                  ...(options.sasVersion ? { version: options.sasVersion } : {})
                },
                credential
              );
        if (!sas.signature.includes('+')) continue;
        const query = sas
          .toString()
          .split('&')
          .map((part) =>
            part.startsWith('sig=') ? `sig=${encodeURIComponent(sas.signature).replace(/%2B/g, '+')}` : part
          )
          .join('&');
        return { blobName, url: `${publicEndpoint}/${containerName}/${blobName}?${query}` };
      }
      throw new Error('fake-store: could not make a SAS signature with a "+" in it');
    },

    /**
     * What the uploaded zip holds (entry names as stored), read with ranged downloads.
     * @param {string} blobName
     * @returns {Promise<ZipListing>}
     */
    async listZip(blobName) {
      const blob = container.getBlobClient(blobName);
      let size;
      try {
        size = (await blob.getProperties()).contentLength ?? 0;
      } catch (error) {
        if (/** @type {{ statusCode?: number }} */ (error).statusCode === 404) return { exists: false };
        throw error;
      }
      if (size === 0) return { exists: true, size, error: 'the uploaded file is empty' };
      try {
        return { exists: true, size, entries: await listEntries(blob, size) };
      } catch (error) {
        return { exists: true, size, error: /** @type {Error} */ (error).message };
      }
    },

    /**
     * The blob's bytes (tests), or undefined when there is none.
     * @param {string} blobName
     */
    async download(blobName) {
      const blob = container.getBlobClient(blobName);
      if (!(await blob.exists())) return undefined;
      return blob.downloadToBuffer();
    }
  };
}

/**
 * A blob SAS with an `sv` the SDK no longer signs (before 2015-04-05), signed as Azurite verifies such a version.
 * @param {BlobOptions} options @param {string} container @param {string} blobName @param {Date} expiresOn
 * @returns {{ signature: string, toString: () => string }}
 */
function oldSas(options, container, blobName, expiresOn) {
  const se = expiresOn.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const version = /** @type {string} */ (options.sasVersion);
  const resource = `/blob/${options.accountName}/${container}/${blobName}`;
  const stringToSign = ['rcw', '', se, resource, '', '', 'https,http', version, '', '', '', '', ''].join('\n');
  const signature = createHmac('sha256', Buffer.from(options.accountKey, 'base64'))
    .update(stringToSign, 'utf8')
    .digest('base64');
  const query = new URLSearchParams({ sv: version, spr: 'https,http', se, sr: 'b', sp: 'rcw', sig: signature });
  return { signature, toString: () => query.toString() };
}

/**
 * @param {import('@azure/storage-blob').BlobClient} blob
 * @param {number} size
 * @returns {Promise<string[]>}
 */
function listEntries(blob, size) {
  // The central directory sits at the end: fetch the tail once and serve yauzl's many small reads from it.
  const tailStart = Math.max(0, size - 4 * 1024 * 1024);
  /** @type {Promise<Buffer> | undefined} */
  let tail;
  /** @param {number} start @param {number} end @returns {Promise<Buffer>} */
  const bytes = async (start, end) => {
    if (start < tailStart) return blob.downloadToBuffer(start, end - start);
    tail ??= blob.downloadToBuffer(tailStart, size - tailStart);
    return (await tail).subarray(start - tailStart, end - tailStart);
  };
  class BlobReader extends yauzl.RandomAccessReader {
    /** @param {number} start @param {number} end */
    _readStreamForRange(start, end) {
      const out = new PassThrough();
      bytes(start, end).then(
        (data) => out.end(data),
        (error) => out.destroy(error)
      );
      return out;
    }
  }
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(new BlobReader(), size, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      /** @type {string[]} */
      const names = [];
      zip.on('entry', (entry) => {
        if (!entry.fileName.endsWith('/')) names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
