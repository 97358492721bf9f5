/** Deleting the parent's pending submission so that a new one can be created, and what a refusal means. */
import { ActionError, ApiError } from '../../errors.js';
import { STATUS_PATH } from '../../status.js';
import type { StoreClient } from '../store/client.js';
import type { Parent } from '../store/parents.js';
import { submissionPath } from '../store/parents.js';
import type { SubmissionStatus } from '../store/types.js';

export const PARTNER_CENTER_MADE =
  'It was created in Partner Center, and the Store API can only update, delete and commit submissions created through the API.';

/** Committed and on its way through the Store (CommitStarted to Publishing): it cannot be deleted, and must not be, until it ends. */
export const IN_PROGRESS: readonly string[] = STATUS_PATH.slice(STATUS_PATH.indexOf('CommitStarted'), -1);

/**
 * Reads the pending submission's status before anything changes: one that is
 * committed and in progress is refused, naming it, its status and the
 * choices. Answers its status, or undefined when it no longer exists. A 404
 * from the status alone does not make it gone: the submission itself is read
 * too, and only a 404 there as well says so (a run that took a pending
 * submission for gone would later take it for the one it created).
 */
export async function checkReplaceable(client: StoreClient, parent: Parent, id: string): Promise<string | undefined> {
  let status: string | undefined;
  try {
    status = await readStatus(client, parent, id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    const itself = await readIfThere(client, parent, id);
    if (!itself) return undefined;
    status = itself.status;
  }
  if (status && IN_PROGRESS.includes(status)) throw inProgress(parent, id, status);
  return status ?? 'status unknown';
}

/** The submission, or undefined when the Store says it does not exist (404). */
async function readIfThere(client: StoreClient, parent: Parent, id: string): Promise<SubmissionStatus | undefined> {
  try {
    return await client.get<SubmissionStatus>(submissionPath(parent, id), `Read submission ${id}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

async function readStatus(client: StoreClient, parent: Parent, id: string): Promise<string | undefined> {
  const call = `Read the status of submission ${id}`;
  return (await client.get<SubmissionStatus>(submissionPath(parent, id, '/status'), call))?.status;
}

function inProgress(parent: Parent, id: string, status: string, correlationId?: string): ActionError {
  return new ActionError(
    `The pending submission ${id} of the ${parent.label} is ${status}: it was committed and the Store is processing it, so it cannot be replaced; nothing was changed.`,
    {
      hint: `Wait for it to finish (published, or failed), or cancel it in Partner Center (${parent.dashboardUrl}); then run again.`,
      correlationId
    }
  );
}

/** The warning before the delete: what is replaced, and how two runs at once would replace each other's. */
/** delete-pending: false and a pending submission: the run stops here, before any change (a dry run too). */
export function keptPendingError(parent: Parent, id: string): ActionError {
  return new ActionError(`The ${parent.label} already has a pending submission, ${id}; nothing was changed.`, {
    hint: "Commit or delete it in Partner Center, or set 'delete-pending: true' to have this action replace it."
  });
}

export function replacingWarning(parent: Parent, id: string, status: string): string {
  return `Deleting the pending submission ${id} (${status}) of the ${parent.label} to replace it (delete-pending: true). If another run made it, two runs are replacing each other's submissions: give the workflow a 'concurrency:' group per app (see the README).`;
}

/** Deletes submission `id` of `parent`: 'deleted', or 'gone' when it no longer existed. */
export async function deletePending(client: StoreClient, parent: Parent, id: string): Promise<'deleted' | 'gone'> {
  try {
    await client.send({
      method: 'DELETE',
      path: submissionPath(parent, id),
      call: `Delete pending submission ${id}`,
      hint: ({ status }) =>
        status === 409
          ? `${PARTNER_CENTER_MADE} Delete it (or submit it) in Partner Center, then run again.`
          : undefined
    });
    return 'deleted';
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return 'gone';
    if (error instanceof ApiError && error.status === 409) throw await refusedDelete(client, error, parent, id);
    throw error;
  }
}

/** The documented reason for a 409 is a submission made in Partner Center (InvalidOperation); say so, and quote the Store either way. */
async function refusedDelete(client: StoreClient, error: ApiError, parent: Parent, id: string): Promise<ActionError> {
  if (error.code === 'InvalidState') {
    // Committed (by another run, or in Partner Center) since the status was read: read it again to say so.
    const status = await readStatus(client, parent, id).catch(() => undefined);
    if (status && IN_PROGRESS.includes(status)) return inProgress(parent, id, status, error.correlationId);
  }
  const madeInPartnerCenter =
    /InvalidOperation/i.test(error.code ?? '') ||
    /created through the API|Partner Center/i.test(error.storeMessage ?? '');
  const storeSaid = [error.code, error.storeMessage].filter(Boolean).join(': ');
  return new ActionError(
    `The pending submission ${id} of the ${parent.label} cannot be deleted through the API: ${
      madeInPartnerCenter ? PARTNER_CENTER_MADE : 'the Store refused (HTTP 409).'
    } (${storeSaid || 'HTTP 409'}) [MS-CorrelationId: ${error.correlationId ?? 'none'}]`,
    {
      hint: `Delete or submit it in Partner Center (${parent.dashboardUrl}), then run again.`,
      correlationId: error.correlationId
    }
  );
}
