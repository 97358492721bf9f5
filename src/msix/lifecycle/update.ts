/**
 * Updating the new submission: the user's edits merged over what the Store
 * cloned, sent whole (PUT is safe to repeat, so the request layer retries it).
 */
import { applyEdits, type SubmissionEdit } from '../../edits.js';
import type { JsonObject } from '../../merge.js';
import type { PackageInfo } from '../../packages/read.js';
import { buildPlan, msixPackages } from '../../plan/build.js';
import { planLines } from '../../plan/render.js';
import type { Plan } from '../../plan/types.js';
import type { StoreClient } from '../store/client.js';
import type { Parent } from '../store/parents.js';
import { submissionPath } from '../store/parents.js';
import type { Submission } from '../store/types.js';

/** What a run's plan is compared with: the Store's clone of the last published submission. */
export const AGAINST_CLONE = 'the new submission, as the Store cloned it from the last published one';

/**
 * The submission after the update, the top-level fields it changed (undefined when nothing was sent), and the
 * plan (logged before the PUT).
 */
export async function updateSubmission(
  client: StoreClient,
  parent: Parent,
  created: Submission,
  edits: SubmissionEdit[],
  info: (line: string) => void,
  options: {
    /** Refuses merged fields the Store would reject (before the PUT; see lifecycle/pricing.ts). */
    beforeSend?: (fields: JsonObject) => Promise<void>;
    /** The packages the edits add, read from their files: the plan names their version and architectures. */
    packages?: readonly PackageInfo[];
  } = {}
): Promise<{ submission: Submission; changed?: string[]; plan: Plan }> {
  if (edits.length === 0) {
    info(`No submission-json given: submission ${created.id} keeps what the Store cloned from the last published one.`);
    return { submission: created, plan: buildPlan(created, created, AGAINST_CLONE, msixPackages()) };
  }
  const { merged: fields, changed } = applyEdits(created, edits);
  const merged = fields as Submission;
  const plan = buildPlan(created, fields, AGAINST_CLONE, msixPackages(options.packages));
  planLines(plan).forEach((line) => info(line));
  await options.beforeSend?.(fields);
  const { body } = await client.send<Submission>({
    method: 'PUT',
    path: submissionPath(parent, created.id),
    body: merged,
    call: `Update submission ${created.id}`,
    hint: ({ status }) =>
      status === 400
        ? 'The Store rejected a field of the submission (from submission-json, packages, listings-folder or the release controls): check the field named in the message against the submission resource docs.'
        : undefined
  });
  info(`Updated submission ${created.id}: ${changed.join(', ')}.`);
  // Keep the upload URL from the create: some answers to PUT leave it out.
  const submission = { ...merged, ...(body ?? {}), fileUploadUrl: body?.fileUploadUrl ?? created.fileUploadUrl };
  return { submission: submission as Submission, changed, plan };
}
