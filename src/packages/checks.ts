/**
 * What the Store would refuse, found before anything changes: a package
 * whose family name is not the app's (the commonest certification failure
 * knowable in advance), and a version not higher than the packages of its
 * architecture already on the submission (refused at commit). Pure; each
 * failure is one ActionError naming the file, what it holds and what the
 * app expects.
 */
import { ActionError } from '../errors.js';
import { isPlainObject, type JsonObject } from '../merge.js';
import { compareVersions } from './manifest.js';
import { publisherId } from './publisher-id.js';
import type { PackageInfo } from './read.js';

/** The app's identity as the Store holds it (`GET applications/{id}`). */
export interface AppIdentity {
  /** For messages: "app 9NBLGGH4R315". */
  label: string;
  packageFamilyName?: string;
  packageIdentityName?: string;
}

/** The app's identity from its resource; undefined fields when it does not carry them. */
export function appIdentityOf(label: string, resource: JsonObject): AppIdentity {
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
  return {
    label,
    packageFamilyName: text(resource.packageFamilyName),
    packageIdentityName: text(resource.packageIdentityName)
  };
}

/** e.g. `Contoso.App (publisher 'CN=Contoso', family name Contoso.App_abc, version 1.2.0.0)`. */
export function describePackage(info: PackageInfo): string {
  const { name, publisher, version } = info.identity;
  return `${name} (publisher '${publisher}', family name ${info.familyName}, version ${version})`;
}

const IDENTITY_HINT =
  "Build it with the Identity Name and Publisher shown in Partner Center > the app > Product identity (Visual Studio: Publish > Associate App with the Store), or check 'application-id'; if it is not this app's package, leave it out of 'packages' with a '!' line.";

/**
 * Fails unless the package's family name is the app's: the identity name must
 * be the app's packageIdentityName and the publisher ID must be the part of
 * packageFamilyName after `_`. False when the app names no family to compare with.
 */
export function checkIdentity(info: PackageInfo, app: AppIdentity): boolean {
  const family = app.packageFamilyName;
  if (!family && !app.packageIdentityName) return false;
  const expectedName = app.packageIdentityName ?? (family as string).slice(0, (family as string).lastIndexOf('_'));
  const expectedPublisherId = family?.includes('_') ? family.slice(family.lastIndexOf('_') + 1) : undefined;
  const problems: string[] = [];
  if (info.identity.name.toLowerCase() !== expectedName.toLowerCase()) {
    problems.push(`its identity name is ${info.identity.name}, not ${expectedName}`);
  }
  const actualPublisherId = publisherId(info.identity.publisher);
  if (expectedPublisherId && actualPublisherId !== expectedPublisherId.toLowerCase()) {
    problems.push(
      `its publisher gives the publisher ID ${actualPublisherId}, not ${expectedPublisherId} (the package is signed for another publisher)`
    );
  }
  if (problems.length > 0) {
    const expected = family ? `family name ${family} (identity name ${expectedName})` : `identity name ${expectedName}`;
    throw new ActionError(
      `Package ${info.path} holds ${describePackage(info)}, but the ${app.label} expects ${expected}: ${problems.join('; ')}.`,
      { hint: IDENTITY_HINT }
    );
  }
  return true;
}

/** An existing package entry's architectures, lower case (a bundle's entry may name several). */
export function architecturesOf(entry: JsonObject): string[] {
  const value = typeof entry.architecture === 'string' ? entry.architecture : 'neutral';
  return value
    .split(/[\s,;|]+/)
    .filter(Boolean)
    .map((a) => a.toLowerCase());
}

/** The package entries of a submission's package list (ignoring anything that is not an object). */
export function packageEntries(submission: JsonObject | undefined, field: string): JsonObject[] {
  const list = submission?.[field];
  return Array.isArray(list) ? list.filter(isPlainObject) : [];
}

/**
 * Fails unless every application package the file holds has a version higher
 * than every existing package of the same architecture (neutral with neutral).
 */
export function checkVersions(info: PackageInfo, existing: JsonObject[], parentLabel: string): void {
  for (const target of info.targets) {
    let highest: JsonObject | undefined;
    for (const entry of existing) {
      if (typeof entry.version !== 'string' || !architecturesOf(entry).includes(target.architecture)) continue;
      if (!highest || compareVersions(entry.version, highest.version as string) > 0) highest = entry;
    }
    if (highest && compareVersions(target.version, highest.version as string) <= 0) {
      const other = typeof highest.fileName === 'string' ? `${highest.fileName}, ` : '';
      throw new ActionError(
        `Package ${info.path} holds ${describePackage(info)} with version ${target.version} for ${target.architecture}, but the ${parentLabel} already has ${other}version ${highest.version} for ${target.architecture}: the Store takes only a higher version.`,
        { hint: 'Raise the Version in the Identity of Package.appxmanifest and build again.' }
      );
    }
  }
}
