/** Which parent the run submits to: an app, one of its package flights, or an add-on. */
import type { Target } from '../store/target.js';
import { fail, parseId, type InputReader } from '../../inputs/parse.js';

type FlightInputs = { id: string; name: string; groupIds: string; rankHigherThan: string };
type AddOnInputs = { id: string; productId: string; type: string };

/** The names of the inputs of `values` that are set. */
function given(values: Record<string, string>): string[] {
  return Object.entries(values)
    .filter(([, value]) => value)
    .map(([name]) => name);
}

export function readTarget(input: InputReader): Target {
  const applicationIdRaw = input('application-id');
  const applicationId = applicationIdRaw ? parseId('application-id', applicationIdRaw) : undefined;
  const flight = {
    id: input('flight-id'),
    name: input('flight-name'),
    groupIds: input('flight-group-ids'),
    rankHigherThan: input('flight-rank-higher-than')
  };
  const addOn = { id: input('add-on-id'), productId: input('add-on-product-id'), type: input('add-on-type') };
  const flightInputs = given({
    'flight-id': flight.id,
    'flight-name': flight.name,
    'flight-group-ids': flight.groupIds,
    'flight-rank-higher-than': flight.rankHigherThan
  });
  const addOnInputs = given({ 'add-on-id': addOn.id, 'add-on-product-id': addOn.productId, 'add-on-type': addOn.type });
  if (flightInputs.length && addOnInputs.length) {
    fail(
      `Both flight inputs (${flightInputs.join(', ')}) and add-on inputs (${addOnInputs.join(', ')}) are set.`,
      'One step publishes one submission: use separate steps for a flight and an add-on.'
    );
  }
  if (addOnInputs.length) return addOnTarget(addOn, applicationId);
  if (!applicationId) {
    fail(
      "Input 'application-id' is required.",
      "It is the app's Store ID, e.g. 9NBLGGH4R315 (Partner Center > Product identity)."
    );
  }
  if (flightInputs.length) return flightTarget(flight, flightInputs, applicationId);
  return { kind: 'app', applicationId };
}

function addOnTarget(addOn: AddOnInputs, applicationId: string | undefined): Target {
  if (addOn.id && addOn.productId) fail("Give either 'add-on-id' or 'add-on-product-id', not both.");
  if (!addOn.id && !addOn.productId) {
    fail("'add-on-type' needs 'add-on-product-id': the product ID of the add-on to find or create.");
  }
  let productType: 'Durable' | 'Consumable' | undefined;
  if (addOn.type) {
    const match = ['Durable', 'Consumable'].find((t) => t.toLowerCase() === addOn.type.toLowerCase());
    if (!match) fail(`Input 'add-on-type' must be Durable or Consumable, got '${addOn.type}'.`);
    productType = match as 'Durable' | 'Consumable';
    if (addOn.id) {
      fail(
        "'add-on-type' is only for creating an add-on by 'add-on-product-id'; with 'add-on-id' the add-on exists already."
      );
    }
  }
  if (addOn.productId && !applicationId) {
    fail("'add-on-product-id' needs 'application-id': add-ons are found (and created) among an app's add-ons.");
  }
  return {
    kind: 'add-on',
    applicationId,
    addOnId: addOn.id ? parseId('add-on-id', addOn.id) : undefined,
    productId: addOn.productId || undefined,
    create: productType ? { productType } : undefined
  };
}

function flightTarget(flight: FlightInputs, flightInputs: string[], applicationId: string): Target {
  if (flight.id && flight.name) fail("Give either 'flight-id' or 'flight-name', not both.");
  if (!flight.id && !flight.name) {
    fail(
      `${flightInputs.map((k) => `'${k}'`).join(' and ')} need 'flight-name': the friendly name of the flight to find or create.`
    );
  }
  if (flight.id && (flight.groupIds || flight.rankHigherThan)) {
    fail(
      "'flight-group-ids' and 'flight-rank-higher-than' are only for creating a flight by 'flight-name'; with 'flight-id' the flight exists already."
    );
  }
  const groupIds = flight.groupIds
    .split(/[,\s]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  if (flight.groupIds && groupIds.length === 0) fail("Input 'flight-group-ids' holds no group ID.");
  groupIds.forEach((id) => parseId('flight-group-ids', id));
  return {
    kind: 'flight',
    applicationId,
    flightId: flight.id ? parseId('flight-id', flight.id) : undefined,
    flightName: flight.name || undefined,
    create: groupIds.length ? { groupIds, rankHigherThan: flight.rankHigherThan || undefined } : undefined
  };
}
