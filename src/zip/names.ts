/**
 * How a zip entry's name bytes become text. Tools disagree: Info-ZIP (`zip`
 * on Linux and macOS) writes UTF-8 names without setting the UTF-8 flag,
 * some writers set the flag on names that are not UTF-8, and old Windows
 * tools write code page 437. So the bytes decide, not the flag: an Info-ZIP
 * Unicode Path extra field (0x7075) that matches the name wins; then valid
 * UTF-8 is read as UTF-8; anything else as CP437. Pure.
 */
import { findExtraField, UNICODE_PATH_EXTRA_ID } from './format.js';

/** Code page 437, bytes 0x80 to 0xFF (0x00 to 0x7F read as ASCII). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅ' +
  'ÉæÆôöòûùÿÖÜ¢£¥₧ƒ' +
  'áíóúñÑªº¿⌐¬½¼¡«»' +
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧' +
  '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
  'αßΓπΣσµτΦΘΩδ∞φε∩' +
  '≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeCp437(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  return text;
}

/** The bytes as UTF-8 when they are valid UTF-8, else undefined. */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The Unicode Path extra field's name, when its version is 1 and its CRC-32
 * matches the name bytes it stands for (a mismatch means the name was changed
 * by a tool that did not know the field: the field is stale).
 */
function unicodePath(rawName: Buffer, extra: Buffer): string | undefined {
  const field = findExtraField(extra, UNICODE_PATH_EXTRA_ID);
  if (!field || field.length < 5 || field[0] !== 1) return undefined;
  // (node:zlib loads only for a name that has this field: start-up, bench/start.mjs)
  if (field.readUInt32LE(1) !== process.getBuiltinModule('node:zlib').crc32(rawName)) return undefined;
  return decodeUtf8Strict(field.subarray(5));
}

/** An entry's name from its raw bytes and its extra block. The UTF-8 flag (bit 11) is not needed to read UTF-8. */
export function decodeEntryName(rawName: Buffer, extra: Buffer = Buffer.alloc(0)): string {
  return unicodePath(rawName, extra) ?? decodeUtf8Strict(rawName) ?? decodeCp437(rawName);
}
