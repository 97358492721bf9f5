/** Listing images: the Store's image types, what a file's first bytes say it is, and the upload order. Pure. */

/**
 * The `imageType` values the app submission docs list as supported today
 * (MicrosoftDocs windows-dev-docs, uwp/monetize/manage-app-submissions.md,
 * "Image resource"), grouped as there: screenshots, Store logos, promotional
 * images, Xbox images, optional promotional images. The retired types the
 * page keeps only in a comment (WideIcon358X173, PromotionalArtwork846X468, ...)
 * are left out: the Store no longer shows them.
 */
export const IMAGE_TYPES = [
  'Screenshot',
  'MobileScreenshot',
  'XboxScreenshot',
  'SurfaceHubScreenshot',
  'HoloLensScreenshot',
  'StoreLogo9x16',
  'StoreLogoSquare',
  'Icon',
  'PromotionalArt16x9',
  'PromotionalArtwork2400X1200',
  'XboxBrandedKeyArt',
  'XboxTitledHeroArt',
  'XboxFeaturedPromotionalArt',
  'SquareIcon358X358',
  'BackgroundImage1000X800',
  'PromotionalArtwork414X180'
] as const;

export type ImageType = (typeof IMAGE_TYPES)[number];

/** The documented spelling of a folder name matched case-insensitively; undefined when it is none. */
export function imageTypeOf(folderName: string): ImageType | undefined {
  const lower = folderName.toLowerCase();
  return IMAGE_TYPES.find((type) => type.toLowerCase() === lower);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** How many leading bytes `imageFormat` and `pngSize` need. */
export const IMAGE_HEAD_BYTES = 24;

/** What the first bytes say the file is: PNG, JPEG, or neither. */
export function imageFormat(head: Buffer): 'png' | 'jpeg' | undefined {
  if (head.length >= 8 && head.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  return undefined;
}

/** A PNG's width and height from its IHDR chunk (which must come first); undefined when the head has none. */
export function pngSize(head: Buffer): { width: number; height: number } | undefined {
  if (imageFormat(head) !== 'png' || head.length < IMAGE_HEAD_BYTES) return undefined;
  if (head.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/**
 * The order images are uploaded in (the order the Store shows screenshots):
 * natural order, so `2.png` comes before `10.png`. Runs of digits compare by
 * value (then by length, so `01` and `1` have a fixed order), everything else
 * by Unicode code point, case-sensitively: the same on every file system.
 */
export function compareFileNames(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareRuns(left[i], right[i]);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

function compareRuns(a: string, b: string): number {
  const digits = /^\d/;
  if (digits.test(a) && digits.test(b)) {
    const byValue = compareDigits(a.replace(/^0+(?=\d)/, ''), b.replace(/^0+(?=\d)/, ''));
    return byValue !== 0 ? byValue : a.length - b.length;
  }
  return compareCodePoints(a, b);
}

/** Two runs of digits without leading zeros, by value (any length: no Number overflow). */
function compareDigits(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : compareCodePoints(a, b);
}

export function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = (left[i].codePointAt(0) as number) - (right[i].codePointAt(0) as number);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}
