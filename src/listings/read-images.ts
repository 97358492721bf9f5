/**
 * Reads a language's `images/` folder: one folder per image type (any case;
 * sent in the documented spelling), PNG or JPEG files in it. The images come
 * out grouped by type in the documented order of the types, and within a
 * type in natural file-name order (`compareFileNames`), which is the order
 * the Store shows them in.
 */
import { join } from 'node:path';
import { compareFileNames, IMAGE_TYPES, imageFormat, imageTypeOf, type ImageType } from './images.js';
import { ActionError } from '../errors.js';
import { normalizeZipPath } from '../zip/path.js';
import { listEntries, readHead } from './disk.js';
import type { LanguageListing, ListingImage } from './types.js';

function fail(message: string, hint?: string): never {
  throw new ActionError(message, { hint });
}

export async function readImagesFolder(dir: string, listing: LanguageListing): Promise<ListingImage[]> {
  const byType = new Map<ImageType, string>();
  for (const entry of await listEntries(dir)) {
    const imageType = imageTypeOf(entry.name);
    const where = join(dir, entry.name);
    if (!entry.isDirectory) {
      fail(
        `Listing ${listing.folderName}: ${where} is not in an image type folder.`,
        `Put each image in ${join(dir, '<imageType>')}/, e.g. ${join(dir, 'Screenshot')}/.`
      );
    }
    if (!imageType) {
      fail(
        `Listing ${listing.folderName}: ${where} is not named after a Store image type.`,
        `Image folders are named: ${IMAGE_TYPES.join(', ')} (any case).`
      );
    }
    const twin = byType.get(imageType);
    if (twin)
      fail(`Listing ${listing.folderName}: ${dir} holds two ${imageType} folders: '${twin}' and '${entry.name}'.`);
    byType.set(imageType, entry.name);
  }
  const types = [...byType.keys()].sort((a, b) => IMAGE_TYPES.indexOf(a) - IMAGE_TYPES.indexOf(b));
  const images: ListingImage[] = [];
  for (const imageType of types) {
    images.push(...(await readTypeFolder(join(dir, byType.get(imageType) as string), imageType, listing)));
  }
  return images;
}

async function readTypeFolder(dir: string, imageType: ImageType, listing: LanguageListing): Promise<ListingImage[]> {
  const entries = await listEntries(dir);
  const names = entries.map((entry) => entry.name).sort(compareFileNames);
  const seen = new Map<string, string>();
  const images: ListingImage[] = [];
  for (const name of names) {
    const diskPath = join(dir, name);
    if (entries.find((entry) => entry.name === name)?.isDirectory) {
      fail(`Listing ${listing.folderName}: ${diskPath} is a folder; an image type folder holds only image files.`);
    }
    // The Store compares zip paths without case (zip/path.ts): two such names would be one file to it.
    const twin = seen.get(normalizeZipPath(name));
    if (twin) fail(`Listing ${listing.folderName}: ${dir} holds '${twin}' and '${name}', which differ only in case.`);
    seen.set(normalizeZipPath(name), name);
    if (!imageFormat(await readHead(diskPath))) {
      fail(
        `Listing ${listing.folderName}: ${diskPath} is not a PNG or JPEG image (by its first bytes).`,
        'The Store takes PNG and JPEG listing images; convert it or remove it.'
      );
    }
    images.push({ zipPath: `listings/${listing.language}/${imageType}/${name}`, diskPath, imageType });
  }
  return images;
}
