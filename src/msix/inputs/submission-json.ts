/** `submission-json` (or its file) and `package-zip`: read, parsed, and checked against each other and the kind. */
import { stat } from '../../fs-callbacks.js';
import { ActionError } from '../../errors.js';
import { missingFromZip, pendingUploads, type JsonObject, type PendingFile } from '../../merge.js';
import { ADD_ON, APP, FLIGHT, type ParentKind } from '../store/parents.js';
import type { Target } from '../store/target.js';
import type { ZipPlan } from '../../zip/plan.js';
import type { ZipFileEntry } from '../../zip/write.js';
import { listZipEntries } from '../../zip/directory.js';
import { fail } from '../../inputs/parse.js';
import { readChanges, type ChangesInput } from '../../inputs/submission-json.js';

const KIND_OF: Record<Target['kind'], ParentKind> = { app: APP, flight: FLIGHT, 'add-on': ADD_ON };

/** A package list that does not belong to this kind of submission would only fail after the Store changed. */
export function checkPackageField(changes: JsonObject, target: Target, source: string): void {
  const kind = KIND_OF[target.kind];
  for (const field of [APP.packagesField, FLIGHT.packagesField] as string[]) {
    if (field in changes && field !== kind.packagesField) {
      fail(
        `${source} sets '${field}', but this is ${/^[aeiou]/i.test(kind.noun) ? 'an' : 'a'} ${kind.noun} submission${kind.packagesField ? `, whose package list is '${kind.packagesField}'` : ', which has no packages'}.`,
        kind.packagesField
          ? `Rename the field to '${kind.packagesField}'.`
          : 'Remove it, or publish the packages in an app or flight submission.'
      );
    }
  }
}

/** Checks that `package-zip` is a readable zip holding every pending file not among `alsoUploaded` (paths the upload zip gets from elsewhere). */
export async function checkZip(
  path: string,
  pending: PendingFile[],
  source: string,
  alsoUploaded: string[] = []
): Promise<void> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) fail(`'package-zip' is not a file: ${path}.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ActionError) throw error;
    return fail(
      `'package-zip' does not exist: ${path}.`,
      'Build the zip before this step, and check the path (it is relative to the workspace).'
    );
  }
  let entries: string[];
  try {
    entries = await listZipEntries(path);
  } catch (error) {
    return fail(`'package-zip' is not a readable zip file (${size} bytes): ${path}: ${(error as Error).message}.`);
  }
  const missing = missingFromZip(pending, [...entries, ...alsoUploaded]);
  if (missing.length > 0) {
    const list = missing.map((file) => `'${file.fileName}' (${file.where})`).join(', ');
    fail(
      `'package-zip' is missing ${missing.length} file(s) that ${source} marks PendingUpload: ${list}.`,
      'Each fileName must be a path inside the zip (\\ and / alike, any case).'
    );
  }
}

/**
 * submission-json and package-zip, checked against each other and against
 * the files the action zips itself (`uploadFiles`): every PendingUpload file
 * is in what is uploaded, and no two entries share a path. The zip is planned
 * here, once (its plan is what the dry run shows and the upload writes).
 */
export async function readChangesAndZip(
  parsed: ChangesInput,
  packageZip: string | undefined,
  target: Target,
  uploadFiles: ZipFileEntry[]
): Promise<{ changes: JsonObject; pendingFiles: PendingFile[]; packageZip?: string; zipPlan?: ZipPlan }> {
  const { changes, source } = await readChanges(parsed);
  checkPackageField(changes, target, source);
  const pendingFiles = pendingUploads(changes);
  const uploaded = uploadFiles.map((file) => file.zipPath);
  if (packageZip) {
    await checkZip(packageZip, pendingFiles, source, uploaded);
  } else {
    const missing = missingFromZip(pendingFiles, uploaded);
    if (missing.length > 0) {
      fail(
        `${source} marks ${missing.length} file(s) PendingUpload (first: '${missing[0].fileName}') but 'package-zip' is not set.`,
        "Set 'package-zip' to the zip that holds them."
      );
    }
  }
  // Two entries at one path (a package named like an entry of package-zip) fail now, not after the Store changed.
  // (The planner loads only for a run that zips files itself: package-zip alone goes as it is.)
  const zipPlan =
    uploadFiles.length > 0
      ? await (await import('../../zip/plan.js')).planZip({ files: uploadFiles, packageZip })
      : undefined;
  return { changes, pendingFiles, packageZip, zipPlan };
}
