/** Shared test data for the package-mode unit tests. */
import { FAKE_STORE_PUBLISHER } from '../../__fixtures__/packages.js';
import { packageFamilyName } from '../../src/packages/publisher-id.js';
import type { PackageInfo, PackageTarget } from '../../src/packages/read.js';

/** A PackageInfo as readPackage makes it (an upload file; x64 unless targets say otherwise). */
export function info(
  name: string,
  version: string,
  targets: Partial<PackageTarget>[] = [{ architecture: 'x64' }],
  publisher = FAKE_STORE_PUBLISHER
): PackageInfo {
  return {
    path: `/ws/out/${name}_${version}.msixupload`,
    fileName: `${name}_${version}.msixupload`,
    kind: 'upload',
    identity: { name, publisher, version },
    familyName: packageFamilyName(name, publisher),
    targets: targets.map((t) => ({ architecture: 'x64', version, deviceFamilies: ['Windows.Desktop'], ...t })),
    size: 1000
  };
}
