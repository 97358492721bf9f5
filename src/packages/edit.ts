/**
 * Package mode as a SubmissionEdit: before anything changes, every package's
 * identity is checked against the app and its versions against the packages
 * last published; then the submission's package list becomes the existing
 * entries (kept or PendingDelete, per keep-packages) followed by the new ones.
 */
import type { EditBase, SubmissionEdit } from '../edits.js';
import type { JsonObject } from '../merge.js';
import { appIdentityOf, checkIdentity, checkVersions, describePackage, packageEntries } from './checks.js';
import { keepExisting, newPackageEntry, type KeepPackages } from './keep.js';
import type { PackageInfo } from './read.js';
import { checkPackageSet } from './set.js';

export interface PackagesEditOptions {
  packages: PackageInfo[];
  /** The submission's package list: `applicationPackages` or `flightPackages` (a ParentKind's packagesField). */
  field: string;
  keep: KeepPackages;
}

export interface PackagesEdit extends SubmissionEdit {
  /** What `check` found it could and could not check, one line each (for the log and a dry run). */
  readonly checked: string[];
}

/** The app whose identity the packages must carry: the parent itself, or the app a flight belongs to. */
function appOf(base: EditBase): { label: string; resource: JsonObject } {
  const resource = base.application ?? base.parent;
  return { label: typeof resource.id === 'string' ? `app ${resource.id}` : 'app', resource };
}

/** Package mode's edit; fails at once (before any request) when the packages are no app's set (see set.ts). */
export function packagesEdit(options: PackagesEditOptions): PackagesEdit {
  checkPackageSet(options.packages);
  const checked: string[] = [];
  return {
    source: 'packages',
    checked,
    check(base) {
      checked.length = 0;
      const app = appOf(base);
      const identity = appIdentityOf(app.label, app.resource);
      const published = packageEntries(base.published, options.field);
      for (const info of options.packages) {
        const matched = checkIdentity(info, identity);
        if (base.published) checkVersions(info, published, 'last published submission');
        checked.push(
          `${info.fileName}: ${describePackage(info)}, ${info.targets.map((t) => t.architecture).join(', ')}; ${
            matched ? `family name matches the ${app.label}` : `the ${app.label} names no family name to compare with`
          }; ${base.published ? `version above the ${published.length} published package(s)` : 'no published submission to compare versions with'}.`
        );
      }
    },
    apply(current) {
      const existing = keepExisting(packageEntries(current, options.field), options.keep);
      return { [options.field]: [...existing, ...options.packages.map((info) => newPackageEntry(info.fileName))] };
    }
  };
}
