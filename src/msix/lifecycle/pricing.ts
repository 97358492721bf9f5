/**
 * A price the Store API cannot take back. The documented price tier "Base"
 * means "the price tier is not set; use the base price": a market may carry
 * it, but as the submission's own base price (`pricing.priceId`) the service
 * refuses it on an update. A submission cloned from a product priced in
 * Partner Center's per-market pricing comes with it, so sending the clone
 * back fails. msstore-cli stops there since Dec 2025 (see docs/oracles.md);
 * so does this action, before the update, unless the user's changes set a
 * real base price. Checked on app and add-on submissions (flights have no price).
 */
import { ActionError } from '../../errors.js';
import { isPlainObject, type JsonObject } from '../../merge.js';
import { deletePending } from './pending.js';
import type { StoreClient } from '../store/client.js';
import type { Parent } from '../store/parents.js';
import type { Progress } from './types.js';

/** Whether the submission's base price is the "not set" tier, which an update may not carry. */
export function hasUnsendablePrice(submission: JsonObject): boolean {
  const pricing = submission.pricing;
  return isPlainObject(pricing) && typeof pricing.priceId === 'string' && /^base$/i.test(pricing.priceId.trim());
}

/**
 * Refuses (throws) before the update when the submission about to be sent has the base price "Base"; the
 * submission this run created is deleted first, so that nothing is left behind.
 */
export async function refuseUnsendablePrice(
  client: StoreClient,
  parent: Parent,
  id: string,
  merged: JsonObject,
  progress: Progress,
  info: (line: string) => void
): Promise<void> {
  if (!hasUnsendablePrice(merged)) return;
  const deleted = await deletePending(client, parent, id).then(
    () => {
      // Nothing is left behind: the report names no submission.
      progress.submissionId = undefined;
      progress.status = undefined;
      return true;
    },
    (error: Error) => {
      info(`Could not delete submission ${id}: ${error.message}`);
      return false;
    }
  );
  throw new ActionError(
    `The ${parent.label}'s price is set in Partner Center's per-market pricing: its submissions come with the base price "Base" (not set), which the Store API refuses to take back on an update, so submission ${id} was not updated${deleted ? ' and was deleted again' : ` (it is still pending: delete it in Partner Center, ${parent.dashboardUrl})`}.`,
    {
      hint: `Set the base price in submission-json ("pricing": { "priceId": "Free" } or a tier such as "Tier5"), or publish this update in Partner Center.`
    }
  );
}
