/**
 * The one rule for "the same path in a zip", used wherever a path is
 * compared: a submission's `fileName` against the zip's entries, two entries
 * of the upload zip, two packages' file names, two listing images, a part
 * name in a package. The Store treats `\` and `/` alike and ignores case
 * (store-api.md, "The zip and the blob upload"); a leading `./` or `/` names
 * the same entry. Inner `./` and `../` segments are kept: they are not
 * resolved, so they never make two paths the same. Pure.
 */

/** The form two paths share when the Store takes them for one entry. */
export function normalizeZipPath(name: string): string {
  return name
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .toLowerCase();
}
