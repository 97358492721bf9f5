/**
 * Reads what a package file holds without unpacking it, each file as what
 * its extension promises: a package (.msix, .appx) by its AppxManifest.xml;
 * a bundle (.msixbundle, .appxbundle) by its bundle manifest and, where that
 * does not name device families, its application packages' manifests; an
 * upload file (.msixupload, .appxupload) by the packages or bundles inside.
 * A file that is not what its name says is refused, saying what it is.
 * Inner zips are read in place (or inflated on the way when deflated).
 */
import { basename, extname } from 'node:path';
import { ActionError } from '../errors.js';
import { NotAZipError, openFileAccess, type RandomAccess } from '../zip/access.js';
import { readZipEntries, type ZipEntry } from '../zip/directory.js';
import { entryAccess, readEntry } from '../zip/entry.js';
import { normalizeZipPath } from '../zip/path.js';
import {
  BUNDLE_MANIFEST,
  ManifestError,
  PACKAGE_MANIFEST,
  readBundleManifest,
  readPackageManifest,
  type BundleManifest,
  type PackageIdentity
} from './manifest.js';
import { findPart } from './parts.js';
import { packageFamilyName } from './publisher-id.js';
import { PACKAGE_EXTENSIONS } from './find.js';

/** Manifests are small; anything bigger is not one. */
const MANIFEST_LIMIT = 16 * 1024 * 1024;

export type PackageKind = 'package' | 'bundle' | 'upload';

/** What a file's name promises it is, by its extension; undefined for any other file. */
export function kindOfName(name: string): PackageKind | undefined {
  const extension = extname(name).toLowerCase();
  if (extension === '.msix' || extension === '.appx') return 'package';
  if (extension === '.msixbundle' || extension === '.appxbundle') return 'bundle';
  if (extension === '.msixupload' || extension === '.appxupload') return 'upload';
  return undefined;
}

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
  /** A framework package (`<Framework>true</Framework>`, e.g. Microsoft.VCLibs): not an app's package. */
  framework?: boolean;
}

type Contents = Pick<PackageInfo, 'kind' | 'identity' | 'targets' | 'framework'>;

/** The manifests' item names, as a local header holds them (a deflated inner zip keeps their data as it inflates). */
const isManifest = (name: string): boolean =>
  [PACKAGE_MANIFEST, BUNDLE_MANIFEST].some((manifest) => normalizeZipPath(manifest) === normalizeZipPath(name));

const WRONG_KIND_HINT =
  "Give each file the extension of what it is (.msix/.appx: a package, .msixbundle/.appxbundle: a bundle, .msixupload/.appxupload: an upload file), or leave it out of 'packages' with a '!' line.";
const FLAT_BUNDLE_HINT =
  'The Store takes a bundle that holds its packages: bundle them without the flat-bundle option, or publish the .msixupload the build wrote.';

async function innerZip<T>(
  access: RandomAccess,
  entry: ZipEntry,
  read: (inner: RandomAccess) => Promise<T>
): Promise<T> {
  const inner = await entryAccess(access, entry, isManifest);
  try {
    return await read(inner);
  } catch (error) {
    if (error instanceof ManifestError) throw new ManifestError(`in ${entry.name}: ${error.message}`, error.hint);
    if (error instanceof NotAZipError) throw new NotAZipError(`in ${entry.name}: ${error.message}`);
    throw error;
  } finally {
    inner.close?.();
  }
}

/** The entries that are packages or bundles (what an upload file holds, or a bundle that lost its manifest). */
const packageEntriesOf = (entries: ZipEntry[]): ZipEntry[] =>
  entries.filter((entry) => !entry.name.endsWith('/') && ['package', 'bundle'].includes(kindOfName(entry.name) ?? ''));

/** Why a zip is not the `promised` kind, saying what it holds instead. */
function notWhatItSays(entries: ZipEntry[], promised: PackageKind): ManifestError {
  const inner = packageEntriesOf(entries).map((entry) => entry.name);
  if (promised !== 'bundle' && findPart(entries, BUNDLE_MANIFEST)) {
    return new ManifestError(`it holds ${BUNDLE_MANIFEST}: it is a bundle, not ${a(promised)}`, WRONG_KIND_HINT);
  }
  if (promised !== 'package' && findPart(entries, PACKAGE_MANIFEST)) {
    return new ManifestError(`it holds ${PACKAGE_MANIFEST}: it is a package, not ${a(promised)}`, WRONG_KIND_HINT);
  }
  if (promised !== 'upload' && inner.length > 0) {
    return new ManifestError(
      `it holds ${inner.join(', ')} but no ${promised === 'bundle' ? BUNDLE_MANIFEST : PACKAGE_MANIFEST}: it is a zip of packages (an upload file?), not ${a(promised)}`,
      WRONG_KIND_HINT
    );
  }
  const wanted = {
    package: PACKAGE_MANIFEST,
    bundle: BUNDLE_MANIFEST,
    upload: 'package or bundle (.msix, .appx, .msixbundle, .appxbundle)'
  };
  return new ManifestError(`it holds no ${wanted[promised]}`);
}

const a = (kind: PackageKind): string => (kind === 'upload' ? 'an upload file' : `a ${kind}`);

async function readAppPackage(access: RandomAccess, entries: ZipEntry[]): Promise<Contents> {
  const entry = findPart(entries, PACKAGE_MANIFEST);
  if (!entry) throw notWhatItSays(entries, 'package');
  const manifest = readPackageManifest(await readEntry(access, entry, MANIFEST_LIMIT));
  const { identity, deviceFamilies, framework } = manifest;
  const architecture = identity.architecture ?? 'neutral';
  return {
    kind: 'package',
    identity,
    framework,
    targets: [{ architecture, version: identity.version, deviceFamilies }]
  };
}

/** Fails unless the bundle holds every package its manifest lists (a flat bundle holds none of them). */
function checkBundled(entries: ZipEntry[], bundle: BundleManifest): void {
  const missing = bundle.packages.filter((inner) => !findPart(entries, inner.fileName)).map((p) => p.fileName);
  if (missing.length === 0) return;
  if (missing.length === bundle.packages.length) {
    throw new ManifestError(
      `it is a flat bundle: its ${BUNDLE_MANIFEST} lists ${missing.join(', ')}, which are files beside it, not inside it`,
      FLAT_BUNDLE_HINT
    );
  }
  throw new ManifestError(`${BUNDLE_MANIFEST} lists ${missing.join(', ')}, which the bundle does not hold`);
}

async function readBundle(access: RandomAccess, entries: ZipEntry[]): Promise<Contents> {
  const entry = findPart(entries, BUNDLE_MANIFEST);
  if (!entry) throw notWhatItSays(entries, 'bundle');
  const bundle = readBundleManifest(await readEntry(access, entry, MANIFEST_LIMIT));
  checkBundled(entries, bundle);
  const targets: PackageTarget[] = [];
  for (const inner of bundle.packages.filter((p) => p.type === 'application')) {
    const deviceFamilies = inner.deviceFamilies.length
      ? inner.deviceFamilies
      : await innerZip(access, findPart(entries, inner.fileName) as ZipEntry, async (zip) => {
          return (await readAppPackage(zip, await readZipEntries(zip))).targets[0].deviceFamilies;
        });
    targets.push({ architecture: inner.architecture, version: inner.version, deviceFamilies });
  }
  return { kind: 'bundle', identity: bundle.identity, targets };
}

/** The packages or bundles inside an upload file (beside its symbols file), which must agree on their identity. */
async function readUpload(access: RandomAccess, entries: ZipEntry[]): Promise<Contents> {
  const inner = packageEntriesOf(entries);
  if (inner.length === 0 || findPart(entries, PACKAGE_MANIFEST) || findPart(entries, BUNDLE_MANIFEST)) {
    throw notWhatItSays(entries, 'upload');
  }
  const contents: Contents[] = [];
  for (const entry of inner) {
    const kind = kindOfName(entry.name) as PackageKind;
    const read = await innerZip(access, entry, async (zip) => readAs(kind, zip, await readZipEntries(zip)));
    const first = contents[0]?.identity;
    if (first && (first.name !== read.identity.name || first.publisher !== read.identity.publisher)) {
      throw new ManifestError(
        `${entry.name} inside it is ${read.identity.name}, but ${inner[0].name} is ${first.name}`
      );
    }
    contents.push(read);
  }
  return {
    ...contents[0],
    kind: 'upload',
    framework: contents.some((c) => c.framework),
    targets: contents.flatMap((c) => c.targets)
  };
}

function readAs(kind: PackageKind, access: RandomAccess, entries: ZipEntry[]): Promise<Contents> {
  if (kind === 'package') return readAppPackage(access, entries);
  return kind === 'bundle' ? readBundle(access, entries) : readUpload(access, entries);
}

/**
 * What the package file at `path` holds; an ActionError naming it when it is
 * not a readable package. `open` opens it (tests count what is read).
 */
export async function readPackage(path: string, open = openFileAccess): Promise<PackageInfo> {
  const fileName = basename(path);
  const kind = kindOfName(fileName);
  if (!kind) throw new ActionError(`Package ${path} is not a package file (${PACKAGE_EXTENSIONS.join(' ')}).`);
  let file: Awaited<ReturnType<typeof openFileAccess>>;
  try {
    file = await open(path);
  } catch (error) {
    throw new ActionError(`Package ${path} cannot be read: ${(error as Error).message}.`);
  }
  try {
    const contents = await readAs(kind, file, await readZipEntries(file));
    const { identity } = contents;
    return {
      path,
      fileName,
      ...contents,
      familyName: packageFamilyName(identity.name, identity.publisher),
      size: file.size
    };
  } catch (error) {
    if (error instanceof ManifestError && error.hint) {
      throw new ActionError(`Package ${path} cannot be published: ${error.message}.`, { hint: error.hint });
    }
    if (error instanceof NotAZipError || error instanceof ManifestError) {
      throw new ActionError(`Package ${path} is not a readable package: ${error.message}.`, {
        hint: 'Check that the build produced it completely (a corrupt or truncated file) and that the pattern in packages matches only packages.'
      });
    }
    throw error;
  } finally {
    await file.close();
  }
}
