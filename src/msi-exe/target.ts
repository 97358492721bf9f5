/**
 * Which MSI/EXE product the run is for: `product-id` and `seller-id`, checked before any request. Every MSI/EXE
 * run reads them, read-back ones too (src/inputs/read-back.ts), which is why they live apart from the rest of the
 * MSI/EXE inputs (./inputs.ts).
 */
import { fail, type InputReader } from '../inputs/parse.js';
import type { MsiExeSettings } from './publish.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The product and the seller: checked before any request (every MSI/EXE run, read-back ones too). */
export function readProductAndSeller(input: InputReader): Pick<MsiExeSettings, 'productId' | 'sellerId'> {
  const productId = input('product-id').trim();
  if (!GUID.test(productId)) {
    fail(
      `Input 'product-id' must be the MSI/EXE product's Partner Center ID, a GUID like 3e31a9f9-84e8-4d2d-9eba-487878d02ebf, got '${productId}'.`,
      /^[0-9a-z]{12}$/i.test(productId)
        ? "That looks like an MSIX app's Store ID: use 'application-id' for it."
        : undefined
    );
  }
  const sellerId = input('seller-id').trim();
  if (!sellerId)
    fail(
      "Input 'seller-id' is required with 'product-id'.",
      'It is the Seller ID in Partner Center > Account settings > Legal info (digits).'
    );
  if (!/^\d+$/.test(sellerId))
    fail(`Input 'seller-id' must be the Partner Center seller ID (digits), got '${sellerId}'.`);
  return { productId, sellerId };
}
