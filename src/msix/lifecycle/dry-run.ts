/**
 * A dry run: what a run would send, printed, with nothing changed. It stops
 * where the first changing request would go (deleting the pending
 * submission, or creating the new one) and prints the merged submission
 * JSON (the last published one, which the Store would clone, with every
 * edit applied), the packages, and the entries of the zip it would upload.
 */
import { allEdits, applyEdits, type SubmissionEdit } from '../../edits.js';
import type { JsonObject } from '../../merge.js';
import type { PackageInfo } from '../../packages/read.js';
import { buildPlan, msixPackages } from '../../plan/build.js';
import { planLines } from '../../plan/render.js';
import type { Plan } from '../../plan/types.js';
import type { Settings } from '../settings.js';
import { planZip, type ZipFileEntry, type ZipPlan } from '../../zip/plan.js';
import { decodeEntryName } from '../../zip/names.js';
import { describePackages, formatSize } from '../../packages/describe.js';
import type { Progress } from './types.js';

/** Fields of a submission that the new one gets anew, or that must not be printed (the upload URL is a credential). */
const NOT_SENT = ['id', 'status', 'statusDetails', 'fileUploadUrl'];

export interface DryRunView {
  edits: readonly SubmissionEdit[];
  /** The last published submission (undefined: not read, or none). */
  published?: JsonObject;
  packages: readonly PackageInfo[];
  files: ZipFileEntry[];
  packageZip?: string;
  /** The zip planned with the settings (planned here when absent). */
  zipPlan?: ZipPlan;
  /** What could not be checked, and why (no credentials; a parent a real run would create). */
  unchecked?: string;
  /** What a real run would do first, e.g. "delete the pending submission 1152921504606846976". */
  firstChange: string;
}

/** Records on the progress that the run stopped as a dry run, what it would have published, and its plan. */
export function markDryRun(
  progress: Progress,
  settings: Pick<Settings, 'packages'> & Partial<Pick<Settings, 'edits' | 'changes'>>,
  published?: JsonObject
): void {
  progress.dryRun = true;
  progress.wouldPublish = settings.packages;
  const edits = allEdits({ edits: settings.edits ?? [], changes: settings.changes ?? {} });
  progress.plan = dryRunPlan(edits, published, undefined, settings.packages);
}

/**
 * A dry run's plan: the edits against the last published submission (what the Store would clone), or, when
 * none was read, against an empty submission.
 */
export function dryRunPlan(
  edits: readonly SubmissionEdit[],
  published?: JsonObject,
  unchecked?: string,
  packages: readonly PackageInfo[] = []
): Plan {
  const base = mergedSubmission([], published);
  const against = published
    ? 'the last published submission, which the Store would clone'
    : `an empty submission (${unchecked ? 'the Store was not read' : 'no published submission was read'})`;
  return buildPlan(base, mergedSubmission(edits, published), against, msixPackages(packages));
}

/** The submission the run would PUT, as JSON: the edits over the published submission (or over nothing). */
export function mergedSubmission(edits: readonly SubmissionEdit[], published?: JsonObject): JsonObject {
  const base = Object.fromEntries(Object.entries(published ?? {}).filter(([key]) => !NOT_SENT.includes(key)));
  return applyEdits(base, edits).merged;
}

/** Every line a dry run prints. */
export async function dryRunLines(view: DryRunView): Promise<string[]> {
  const lines = [`Dry run: nothing is changed on the Store. A real run would now ${view.firstChange}.`];
  if (view.unchecked) lines.push(`Not checked: ${view.unchecked}`);
  const over = view.published ? 'the last published submission, which the Store clones,' : 'an empty submission';
  lines.push(
    `The submission it would send (${over} with ${view.edits.map((e) => e.source).join(', ') || 'no changes'}):`,
    JSON.stringify(mergedSubmission(view.edits, view.published), null, 2)
  );
  if (view.packages.length) lines.push(`Packages (${view.packages.length}):`, ...describePackages(view.packages));
  lines.push(...planLines(dryRunPlan(view.edits, view.published, view.unchecked, view.packages)));
  if (view.files.length || view.packageZip) {
    const plan = view.zipPlan ?? (await planZip({ files: view.files, packageZip: view.packageZip }));
    lines.push(
      `The zip it would upload (${plan.entries.length} entries, ${formatSize(plan.size)}):`,
      ...plan.entries.map((entry) => `  ${decodeEntryName(entry.record.name)} (${formatSize(entry.record.size)})`)
    );
  } else {
    lines.push('No zip to upload.');
  }
  return lines;
}

/** Prints a dry run's lines: the settings' packages and files, the edits over `published` (or over nothing). */
export async function printDryRun(
  settings: Pick<Settings, 'packages' | 'uploadFiles' | 'packageZip' | 'zipPlan'>,
  view: Pick<DryRunView, 'edits' | 'published' | 'unchecked' | 'firstChange'>,
  info: (line: string) => void
): Promise<void> {
  const lines = await dryRunLines({
    ...view,
    packages: settings.packages,
    files: settings.uploadFiles,
    packageZip: settings.packageZip,
    zipPlan: settings.zipPlan
  });
  lines.forEach((line) => info(line));
}
