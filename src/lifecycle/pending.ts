/** Deleting the parent's pending submission so that a new one can be created, and what a refusal means. */
import { ActionError, ApiError } from '../errors.js';
import type { StoreClient } from '../store/client.js';
import type { Parent } from '../store/parents.js';

export const PARTNER_CENTER_MADE =
  'It was created in Partner Center, and the Store API can only update, delete and commit submissions created through the API.';

/** Deletes submission `id` of `parent`: 'deleted', or 'gone' when it no longer existed. */
export async function deletePending(client: StoreClient, parent: Parent, id: string): Promise<'deleted' | 'gone'> {
  try {
    await client.send({
      method: 'DELETE',
      path: `${parent.path}/submissions/${id}`,
      call: `Delete pending submission ${id}`,
      hint: ({ status }) =>
        status === 409
          ? `${PARTNER_CENTER_MADE} Delete it (or submit it) in Partner Center, then run again.`
          : undefined
    });
    return 'deleted';
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return 'gone';
    if (error instanceof ApiError && error.status === 409) throw refusedDelete(error, parent, id);
    throw error;
  }
}

/** The documented reason for a 409 is a submission made in Partner Center (InvalidOperation); say so, and quote the Store either way. */
function refusedDelete(error: ApiError, parent: Parent, id: string): ActionError {
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
