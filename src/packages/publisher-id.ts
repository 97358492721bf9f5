/**
 * The publisher ID Windows derives from a package's Publisher (the 13
 * characters after `_` in a package family name), and the family name. Pure.
 */
import { createHash } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * The first 8 bytes of SHA-256 over the publisher in UTF-16LE, read as 65
 * bits (one zero bit appended), in 13 groups of 5 bits.
 */
export function publisherId(publisher: string): string {
  const hash = createHash('sha256').update(Buffer.from(publisher, 'utf16le')).digest();
  const bits = hash.readBigUInt64BE(0) << 1n;
  let id = '';
  for (let group = 12; group >= 0; group--) id += ALPHABET[Number((bits >> BigInt(group * 5)) & 31n)];
  return id;
}

/** `${name}_${publisherId}`, e.g. `Microsoft.WindowsCalculator_8wekyb3d8bbwe`. */
export function packageFamilyName(name: string, publisher: string): string {
  return `${name}_${publisherId(publisher)}`;
}
