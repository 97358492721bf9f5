/**
 * What a package says about itself: the identity in `AppxManifest.xml` (a
 * package) or `AppxMetadata/AppxBundleManifest.xml` (a bundle), the
 * packages a bundle holds, and the device families they target. Pure: bytes
 * in, plain data out.
 */
import { attribute, childrenNamed, decodeXmlBytes, parseXml, XmlError, type XmlElement } from './xml.js';

export const PACKAGE_MANIFEST = 'AppxManifest.xml';
export const BUNDLE_MANIFEST = 'AppxMetadata/AppxBundleManifest.xml';

/**
 * A manifest that cannot be read, or a file that lacks what the Store needs.
 * With a hint, the file is whole but not what its name promises (a flat
 * bundle, a package named as a bundle): the hint says what to do instead.
 */
export class ManifestError extends Error {
  constructor(
    message: string,
    readonly hint?: string
  ) {
    super(message);
  }
}

export interface PackageIdentity {
  /** Identity Name, e.g. `Contoso.App`. */
  name: string;
  /** Identity Publisher, e.g. `CN=Contoso, O=Contoso &amp; Co` as written, `&` decoded. */
  publisher: string;
  /** Four parts, e.g. `1.2.0.0`. */
  version: string;
  /** ProcessorArchitecture, lower case (`x64`, `arm64`, `neutral`); a bundle's identity has none. */
  architecture?: string;
}

export interface PackageManifest {
  identity: PackageIdentity;
  /** TargetDeviceFamily names, e.g. `Windows.Desktop`. */
  deviceFamilies: string[];
  /** `<Properties><Framework>true</Framework>`: a framework package (e.g. Microsoft.VCLibs), which apps depend on. */
  framework: boolean;
}

/** One package listed in a bundle manifest. */
export interface BundledPackage {
  /** The bundle schema's default, when Type is not written, is `resource`. */
  type: 'application' | 'resource';
  /** Lower case; `neutral` when the manifest gives none. */
  architecture: string;
  version: string;
  /** Its path inside the bundle. */
  fileName: string;
  /** From the bundle manifest (newer bundles list them); empty when it does not say. */
  deviceFamilies: string[];
}

export interface BundleManifest {
  identity: PackageIdentity;
  packages: BundledPackage[];
}

const VERSION = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;

/** A version's four parts, or undefined when it is not `a.b.c.d` with parts up to 65535. */
export function versionParts(version: string): number[] | undefined {
  const match = VERSION.exec(version.trim());
  const parts = match?.slice(1).map(Number);
  return parts && parts.every((part) => part <= 65535) ? parts : undefined;
}

/** Negative, zero or positive as `a` is lower than, equal to or higher than `b`. Unreadable versions sort lowest. */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [versionParts(a) ?? [-1], versionParts(b) ?? [-1]];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function parseRoot(bytes: Buffer, file: string, rootName: string): XmlElement {
  let root: XmlElement;
  try {
    root = parseXml(decodeXmlBytes(bytes));
  } catch (error) {
    if (error instanceof XmlError) throw new ManifestError(`${file} is not readable XML: ${error.message}`);
    throw error;
  }
  if (root.name !== rootName) throw new ManifestError(`${file} has <${root.name}> where <${rootName}> belongs`);
  return root;
}

function required(element: XmlElement, name: string, where: string): string {
  const value = attribute(element, name)?.trim();
  if (!value) throw new ManifestError(`${where} has no ${name}`);
  return value;
}

function readIdentity(root: XmlElement, file: string): PackageIdentity {
  const [element] = childrenNamed(root, 'Identity');
  if (!element) throw new ManifestError(`${file} has no <Identity> element`);
  const where = `the Identity in ${file}`;
  const version = required(element, 'Version', where);
  if (!versionParts(version)) throw new ManifestError(`${where} has Version '${version}', not a.b.c.d`);
  const architecture = attribute(element, 'ProcessorArchitecture')?.trim().toLowerCase();
  return {
    name: required(element, 'Name', where),
    publisher: required(element, 'Publisher', where),
    version,
    ...(root.name === 'Package' ? { architecture: architecture || 'neutral' } : {})
  };
}

/** TargetDeviceFamily names under the element's Dependencies. */
function deviceFamiliesOf(element: XmlElement): string[] {
  return childrenNamed(element, 'Dependencies')
    .flatMap((dependencies) => childrenNamed(dependencies, 'TargetDeviceFamily'))
    .map((family) => attribute(family, 'Name')?.trim())
    .filter((name): name is string => Boolean(name));
}

/** Whether `<Properties>` has this boolean property set (`true` or `1`, as xs:boolean reads). */
function propertySet(root: XmlElement, name: string): boolean {
  return childrenNamed(root, 'Properties')
    .flatMap((properties) => childrenNamed(properties, name))
    .some((property) => ['true', '1'].includes(property.text.trim().toLowerCase()));
}

export function readPackageManifest(bytes: Buffer): PackageManifest {
  const root = parseRoot(bytes, PACKAGE_MANIFEST, 'Package');
  return {
    identity: readIdentity(root, PACKAGE_MANIFEST),
    deviceFamilies: deviceFamiliesOf(root),
    framework: propertySet(root, 'Framework')
  };
}

export function readBundleManifest(bytes: Buffer): BundleManifest {
  const root = parseRoot(bytes, BUNDLE_MANIFEST, 'Bundle');
  const identity = readIdentity(root, BUNDLE_MANIFEST);
  const packages = childrenNamed(root, 'Packages')
    .flatMap((list) => childrenNamed(list, 'Package'))
    .map((element): BundledPackage => {
      const fileName = required(element, 'FileName', `a Package in ${BUNDLE_MANIFEST}`);
      const where = `the Package ${fileName} in ${BUNDLE_MANIFEST}`;
      const type = (attribute(element, 'Type') ?? 'resource').trim().toLowerCase();
      if (type !== 'application' && type !== 'resource') throw new ManifestError(`${where} has Type '${type}'`);
      const version = required(element, 'Version', where);
      if (!versionParts(version)) throw new ManifestError(`${where} has Version '${version}', not a.b.c.d`);
      return {
        type,
        architecture: attribute(element, 'Architecture')?.trim().toLowerCase() || 'neutral',
        version,
        fileName,
        deviceFamilies: deviceFamiliesOf(element)
      };
    });
  if (!packages.some((p) => p.type === 'application')) {
    throw new ManifestError(`${BUNDLE_MANIFEST} lists no application package`);
  }
  return { identity, packages };
}
