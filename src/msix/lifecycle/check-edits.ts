/**
 * The edits' own checks, before anything changes: against the parent, its
 * last published submission and, for a flight, the app it belongs to (whose
 * identity its packages must carry).
 */
import type { SubmissionEdit } from '../../edits.js';
import type { JsonObject } from '../../merge.js';
import type { StoreClient } from '../store/client.js';
import { FLIGHT, publishedOf, type Parent, submissionPath } from '../store/parents.js';

/** Runs every edit's check; resolves with the published submission when it was read (always in a dry run). */
export async function checkEdits(options: {
  client: StoreClient;
  parent: Parent;
  resource: JsonObject;
  edits: readonly SubmissionEdit[];
  readPublished: boolean;
  info: (line: string) => void;
}): Promise<JsonObject | undefined> {
  const { client, parent, resource } = options;
  const checked = options.edits.filter((edit) => edit.check);
  if (checked.length === 0 && !options.readPublished) return undefined;
  const ref = publishedOf(parent, resource);
  const published = ref
    ? await client.get<JsonObject>(submissionPath(parent, ref.id), `Read submission ${ref.id}`)
    : undefined;
  const { applicationId } = parent;
  const application =
    parent.kind === FLIGHT && applicationId && checked.length > 0
      ? await client.get<JsonObject>(`applications/${applicationId}`, `Read app ${applicationId}`)
      : undefined;
  for (const edit of checked) {
    edit.check?.({ parent: resource, published, application });
    for (const line of edit.checked ?? []) options.info(`Checked ${edit.source}: ${line}`);
  }
  return published;
}
