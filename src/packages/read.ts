/**
 * Reads what a package file holds without unpacking it: its manifest (a
 * package's, or a bundle's and, where the bundle manifest does not name
 * device families, its application packages'), or, for an upload file, the
 * package or bundle inside it. Inner zips are read in place (or inflated on
 * the way when deflated): no copy on disk, only the bytes needed.
 */
import { basename } from 'node:path';
import { ActionError } from '../errors.js';
import { entryAccess, NotAZipError, openFileAccess, readEntry, readZipEntries, type RandomAccess } from '../zip.js';
import type { ZipEntry } from '../zip.js';
import {
  BUNDLE_MANIFEST,
  ManifestError,
  PACKAGE_MANIFEST,
  readBundleManifest,
  readPackageManifest,
  type PackageIdentity
} from './manifest.js';
import { packageFamilyName } from './publisher-id.js';

/** The files package mode publishes, by extension (matched case-insensitively). */
export const PACKAGE_EXTENSIONS = ['.msix', '.appx', '.msixbundle', '.appxbundle', '.msixupload', '.appxupload'];
const INNER_PACKAGE = /\.(msix|appx|msixbundle|appxbundle)$/i;

/** Manifests are small; anything bigger is not one. */
const MANIFEST_LIMIT = 16 * 1024 * 1024;

export type PackageKind = 'package' | 'bundle' | 'upload';

/** One application package a file holds: the package itself, or one of a bundle's. */
export interface PackageTarget {
  /** Lower case: `x64`, `x86`, `arm64`, `neutral`, ... */
  architecture: string;
  version: string;
  /** e.g. `Windows.Desktop`; empty when the manifest names none. */
  deviceFamilies: string[];
}

export interface PackageInfo {
  /** Where it is on disk. */
  path: string;
  /** Its base name: its path in the uploaded zip and its `fileName` in the submission. */
  fileName: string;
  kind: PackageKind;
  /** A package's identity, or a bundle's (an upload file: that of the package or bundle inside). */
  identity: PackageIdentity;
  familyName: string;
  targets: PackageTarget[];
  size: number;
}

type Contents = Pick<PackageInfo, 'identity' | 'targets'> & { kind: 'package' | 'bundle' };

const normalize = (name: string): string => name.replace(/\\/g, '/').toLowerCase();
const findEntry = (entries: ZipEntry[], name: string): ZipEntry | undefined =>
  entries.find((entry) => normalize(entry.name) === normalize(name));

async function innerZip<T>(
  access: RandomAccess,
  entry: ZipEntry,
  read: (inner: RandomAccess) => Promise<T>
): Promise<T> {
  const inner = await entryAccess(access, entry);
  try {
    return await read(inner);
  } finally {
    inner.close?.();
  }
}

/** The device families of a bundled application package, from its own manifest. */
async function innerDeviceFamilies(access: RandomAccess, entries: ZipEntry[], fileName: string): Promise<string[]> {
  const entry = findEntry(entries, fileName);
  if (!entry) throw new ManifestError(`${BUNDLE_MANIFEST} lists ${fileName}, which the bundle does not hold`);
  return innerZip(access, entry, async (inner) => {
    const manifest = findEntry(await readZipEntries(inner), PACKAGE_MANIFEST);
    if (!manifest) throw new ManifestError(`${fileName} in the bundle has no ${PACKAGE_MANIFEST}`);
    return readPackageManifest(await readEntry(inner, manifest, MANIFEST_LIMIT)).deviceFamilies;
  });
}

/** A package's or a bundle's contents; undefined when the zip holds neither manifest. */
async function readArchive(access: RandomAccess, entries: ZipEntry[]): Promise<Contents | undefined> {
  const bundleEntry = findEntry(entries, BUNDLE_MANIFEST);
  if (bundleEntry) {
    const bundle = readBundleManifest(await readEntry(access, bundleEntry, MANIFEST_LIMIT));
    const targets: PackageTarget[] = [];
    for (const inner of bundle.packages.filter((p) => p.type === 'application')) {
      const deviceFamilies = inner.deviceFamilies.length
        ? inner.deviceFamilies
        : await innerDeviceFamilies(access, entries, inner.fileName);
      targets.push({ architecture: inner.architecture, version: inner.version, deviceFamilies });
    }
    return { kind: 'bundle', identity: bundle.identity, targets };
  }
  const manifestEntry = findEntry(entries, PACKAGE_MANIFEST);
  if (!manifestEntry) return undefined;
  const { identity, deviceFamilies } = readPackageManifest(await readEntry(access, manifestEntry, MANIFEST_LIMIT));
  return {
    kind: 'package',
    identity,
    targets: [{ architecture: identity.architecture ?? 'neutral', version: identity.version, deviceFamilies }]
  };
}

/** The packages or bundles inside an upload file (beside its symbols file), which must agree on their identity. */
async function readUpload(access: RandomAccess, entries: ZipEntry[]): Promise<Contents | undefined> {
  const inner = entries.filter((entry) => INNER_PACKAGE.test(entry.name));
  if (inner.length === 0) return undefined;
  const contents: Contents[] = [];
  for (const entry of inner) {
    const read = await innerZip(access, entry, async (zip) => readArchive(zip, await readZipEntries(zip)));
    if (!read)
      throw new ManifestError(`${entry.name} inside it has neither ${PACKAGE_MANIFEST} nor ${BUNDLE_MANIFEST}`);
    const first = contents[0]?.identity;
    if (first && (first.name !== read.identity.name || first.publisher !== read.identity.publisher)) {
      throw new ManifestError(
        `${entry.name} inside it is ${read.identity.name}, but ${inner[0].name} is ${first.name}`
      );
    }
    contents.push(read);
  }
  return { ...contents[0], targets: contents.flatMap((c) => c.targets) };
}

/** What the package file at `path` holds; an ActionError naming it when it is not a readable package. */
export async function readPackage(path: string): Promise<PackageInfo> {
  const fileName = basename(path);
  const unreadable = (reason: string): ActionError =>
    new ActionError(`Package ${path} is not a readable package: ${reason}.`, {
      hint: 'Check that the build produced it completely (a corrupt or truncated file) and that the pattern in packages matches only packages.'
    });
  let file: Awaited<ReturnType<typeof openFileAccess>>;
  try {
    file = await openFileAccess(path);
  } catch (error) {
    throw new ActionError(`Package ${path} cannot be read: ${(error as Error).message}.`);
  }
  try {
    const entries = await readZipEntries(file);
    const archive = await readArchive(file, entries);
    const contents = archive ?? (await readUpload(file, entries));
    if (!contents) {
      throw unreadable(`it holds no ${PACKAGE_MANIFEST}, no ${BUNDLE_MANIFEST} and no package (.msix, .appx, bundle)`);
    }
    const { identity, targets } = contents;
    return {
      path,
      fileName,
      kind: archive ? archive.kind : 'upload',
      identity,
      familyName: packageFamilyName(identity.name, identity.publisher),
      targets,
      size: file.size
    };
  } catch (error) {
    if (error instanceof NotAZipError || error instanceof ManifestError) throw unreadable(error.message);
    throw error;
  } finally {
    await file.close();
  }
}
