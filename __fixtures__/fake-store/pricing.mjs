// The fake Store's rule for a submission's base price: the price tier "Base" means "the price tier is not set; use
// the base price" (docs: price tiers). A market may carry it; as the submission's own base price it is refused on
// an update, as the live service refuses the clone of a product priced in Partner Center's per-market pricing
// (msstore-cli stops before such an update since Dec 2025).
import { apiError } from './util.mjs';

/**
 * @param {Record<string, any>} body   the PUT's submission
 * @returns {import('./util.mjs').Result | undefined}
 */
export function validatePrice(body) {
  const priceId = body?.pricing?.priceId;
  if (typeof priceId === 'string' && priceId.trim().toLowerCase() === 'base')
    return apiError(400, 'InvalidParameterValue', "'Base' is not a valid PriceId for base price.", 'pricing.priceId');
  return undefined;
}
