/**
 * The zip format as this action reads and writes it (PKWARE APPNOTE.TXT
 * 6.3.10): the records' signatures and fixed sizes, the Zip64 markers, the
 * flags and methods, and the extra fields. The one place these numbers are
 * written down; read.ts, one-pass.ts, names.ts and records.ts use them. Pure.
 */

/** Each record's signature, its first four bytes. */
export const SIGNATURE = {
  localHeader: 0x04034b50,
  dataDescriptor: 0x08074b50,
  centralHeader: 0x02014b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
  end: 0x06054b50
} as const;

/** Each record's fixed part, before its variable-length name, extra and comment. */
export const FIXED_SIZE = { localHeader: 30, centralHeader: 46, zip64End: 56, zip64Locator: 20, end: 22 } as const;

/** The longest zip comment: the end record starts within FIXED_SIZE.end + MAX_COMMENT bytes of the end. */
export const MAX_COMMENT = 0xffff;

/** The largest value a 4-byte field holds; it also marks "see the Zip64 field". */
export const ZIP32_MAX = 0xffffffff;
/** The largest entry count the end-of-central-directory record holds; it also marks "see Zip64". */
export const ZIP32_MAX_ENTRIES = 0xffff;

/** Extra field header IDs: Zip64 extended information (APPNOTE 4.5.3), Info-ZIP Unicode Path (4.6.9). */
export const ZIP64_EXTRA_ID = 0x0001;
export const UNICODE_PATH_EXTRA_ID = 0x7075;

/** General purpose flag bit 0: the entry is encrypted. */
export const FLAG_ENCRYPTED = 0x0001;
/** General purpose flag bit 3: CRC-32 and sizes follow the data in a data descriptor. */
export const FLAG_DATA_DESCRIPTOR = 0x0008;
/** General purpose flag bit 11: the name is UTF-8. */
export const FLAG_UTF8 = 0x0800;

/** Compression methods: the two this action reads (and the one it writes). */
export const STORED = 0;
export const DEFLATED = 8;

/** Version 2.0: data descriptors, folders, deflate. */
export const VERSION_DEFAULT = 20;
/** Version 4.5: Zip64. */
export const VERSION_ZIP64 = 45;

/** The extra field with this header ID, if the extra block has one. */
export function findExtraField(extra: Buffer, headerId: number): Buffer | undefined {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (at + 4 + size > extra.length) return undefined;
    if (id === headerId) return extra.subarray(at + 4, at + 4 + size);
    at += 4 + size;
  }
  return undefined;
}

/** The extra block with the fields of this header ID left out (a field that runs past the end is kept as it is). */
export function withoutExtraField(extra: Buffer, headerId: number): Buffer {
  const kept: Buffer[] = [];
  for (let at = 0; at + 4 <= extra.length;) {
    const end = Math.min(extra.length, at + 4 + extra.readUInt16LE(at + 2));
    if (extra.readUInt16LE(at) !== headerId) kept.push(extra.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}
