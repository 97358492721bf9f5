/**
 * An MSI/EXE dry run: what a run would change in the product's draft,
 * printed, with nothing changed. It stops where the first changing request
 * would go (replacing the packages, or updating a module) and prints the
 * installers and every module it would send whole. Pure.
 */
import { describeUpdate } from './metadata.js';
import type { MetadataUpdate, MsiExePackage } from './types.js';

export interface MsiExePlan {
  productId: string;
  installers?: MsiExePackage[];
  /** The whole modules a run would send; undefined when the draft could not be read (no credentials). */
  updates?: MetadataUpdate[];
  /** How many metadata sources there are (listings-folder, submission-json), for a plan made without the draft. */
  edits: number;
  commit: boolean;
}

const describeInstaller = (installer: MsiExePackage): string =>
  `  ${installer.packageUrl} (${installer.packageType ?? 'installer'}; ${(installer.architectures ?? []).join(', ')}; ${(installer.languages ?? []).join(', ')}${installer.isSilentInstall === false ? `; parameters ${installer.installerParameters ?? ''}` : '; silent'})`;

/** The plan's lines for the log, opened by what the run would do first. */
export function msiExePlanLines(plan: MsiExePlan): string[] {
  const lines = [`Dry run: nothing is changed in product ${plan.productId}. A run would:`];
  if (plan.installers) {
    lines.push(`- replace the draft's packages with ${plan.installers.length} installer(s), then commit them:`);
    lines.push(...plan.installers.map(describeInstaller));
  }
  if (plan.updates === undefined) {
    if (plan.edits) lines.push('- update the listings, properties or availability given (the draft was not read).');
  } else {
    for (const update of plan.updates) {
      lines.push(`- send ${describeUpdate(update).join(', ')} whole:`);
      lines.push(
        ...JSON.stringify(update, null, 2)
          .split('\n')
          .map((line) => `    ${line}`)
      );
    }
    if (!plan.installers && plan.updates.length === 0) lines.push('- change nothing in the draft.');
  }
  lines.push(
    plan.commit
      ? '- commit the packages and submit the draft.'
      : '- stop there, leaving the draft unsubmitted (commit: false).'
  );
  return lines;
}
