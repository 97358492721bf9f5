// The fake Store's gradual package rollouts (app and flight submissions), as the public docs describe them:
// GET …/submissions/{id}/packagerollout, POST …/updatepackagerolloutpercentage?percentage=N,
// POST …/haltpackagerollout, POST …/finalizepackagerollout; the rollout lives in the submission's
// packageDeliveryOptions.packageRollout, where packageRolloutStatus and fallbackSubmissionId are the Store's own.
import { clone } from '../fake-server/util.mjs';
import { apiError } from './util.mjs';

/** @typedef {import('./util.mjs').Result} Result */

export const ROLLOUT_NOT_STARTED = 'PackageRolloutNotStarted';
export const ROLLOUT_IN_PROGRESS = 'PackageRolloutInProgress';
export const ROLLOUT_COMPLETE = 'PackageRolloutComplete';
export const ROLLOUT_STOPPED = 'PackageRolloutStopped';

/** The rollout endpoints, by their lower-case path segment. */
export const ROLLOUT_VERBS = new Set([
  'packagerollout',
  'updatepackagerolloutpercentage',
  'haltpackagerollout',
  'finalizepackagerollout'
]);

/**
 * The package rollout resource of a submission's fields (defaults where it has none).
 * @param {Record<string, any>} fields
 */
export function rolloutOf(fields) {
  const rollout = fields.packageDeliveryOptions?.packageRollout ?? {};
  return {
    isPackageRollout: Boolean(rollout.isPackageRollout),
    packageRolloutPercentage: Number(rollout.packageRolloutPercentage ?? 0),
    packageRolloutStatus: rollout.packageRolloutStatus ?? ROLLOUT_NOT_STARTED,
    fallbackSubmissionId: rollout.fallbackSubmissionId ?? '0'
  };
}

/** @param {Record<string, any>} fields @param {Partial<ReturnType<typeof rolloutOf>>} values */
function setRollout(fields, values) {
  fields.packageDeliveryOptions ??= {};
  fields.packageDeliveryOptions.packageRollout = { ...rolloutOf(fields), ...values };
}

/**
 * Whether a published submission's rollout blocks a new submission of its parent (still rolling out, or set up
 * to roll out and not started).
 * @param {Record<string, any>} fields
 */
export function rolloutBlocks(fields) {
  const rollout = rolloutOf(fields);
  return (
    rollout.isPackageRollout &&
    (rollout.packageRolloutStatus === ROLLOUT_IN_PROGRESS || rollout.packageRolloutStatus === ROLLOUT_NOT_STARTED)
  );
}

/**
 * A PUT replaced the fields: packageRolloutStatus and fallbackSubmissionId are the Store's, so they keep the
 * values they had ("if you include these values in a request body, these values will be ignored").
 * @param {Record<string, any>} before
 * @param {Record<string, any>} after
 */
export function keepStoreRolloutFields(before, after) {
  const rollout = after.packageDeliveryOptions?.packageRollout;
  if (!rollout || typeof rollout !== 'object') return;
  const kept = rolloutOf(before);
  rollout.packageRolloutStatus = kept.packageRolloutStatus;
  rollout.fallbackSubmissionId = kept.fallbackSubmissionId;
}

/**
 * The submission just reached Published: a rollout it asks for starts, the users outside it keeping the
 * submission published before (its fallback).
 * @param {Record<string, any>} fields
 * @param {string | undefined} previousPublishedId
 */
export function startRollout(fields, previousPublishedId) {
  if (!rolloutOf(fields).isPackageRollout) return;
  setRollout(fields, { packageRolloutStatus: ROLLOUT_IN_PROGRESS, fallbackSubmissionId: previousPublishedId ?? '0' });
}

/**
 * A seeded published submission with a rollout in progress (or in `status`).
 * @param {Record<string, any>} fields
 * @param {{ percentage: number, status?: string }} seed
 * @param {string} fallbackSubmissionId
 */
export function seedRollout(fields, seed, fallbackSubmissionId) {
  setRollout(fields, {
    isPackageRollout: true,
    packageRolloutPercentage: seed.percentage,
    packageRolloutStatus: seed.status ?? ROLLOUT_IN_PROGRESS,
    fallbackSubmissionId
  });
}

/**
 * Checks the delivery options of a PUT body: answers a 400 or undefined.
 * @param {Record<string, any>} body
 * @returns {Result | undefined}
 */
export function validateDeliveryOptions(body) {
  const options = body.packageDeliveryOptions;
  if (options === undefined || options === null) return undefined;
  const invalid = (/** @type {string} */ field, /** @type {unknown} */ value) =>
    apiError(400, 'InvalidParameterValue', `The value '${JSON.stringify(value)}' of '${field}' is not valid.`, field);
  if (typeof options !== 'object' || Array.isArray(options)) return invalid('packageDeliveryOptions', options);
  const rollout = options.packageRollout;
  if (rollout !== undefined && rollout !== null) {
    if (typeof rollout !== 'object') return invalid('packageRollout', rollout);
    if (rollout.isPackageRollout !== undefined && typeof rollout.isPackageRollout !== 'boolean')
      return invalid('isPackageRollout', rollout.isPackageRollout);
    const share = rollout.packageRolloutPercentage;
    if (rollout.isPackageRollout && (typeof share !== 'number' || !(share >= 0 && share <= 100)))
      return invalid('packageRolloutPercentage', share);
  }
  if (options.isMandatoryUpdate !== undefined && typeof options.isMandatoryUpdate !== 'boolean')
    return invalid('isMandatoryUpdate', options.isMandatoryUpdate);
  const date = options.mandatoryUpdateEffectiveDate;
  if (options.isMandatoryUpdate && date !== undefined && Number.isNaN(Date.parse(String(date))))
    return invalid('mandatoryUpdateEffectiveDate', date);
  return undefined;
}

/**
 * One of the four rollout calls on a submission.
 * @param {{ fields: Record<string, any>, status: string, id: string }} r   the submission record
 * @param {string} verb       lower-case path segment
 * @param {string} method
 * @param {URLSearchParams} query
 * @returns {Result}
 */
export function rolloutRoute(r, verb, method, query) {
  if (verb === 'packagerollout') {
    return method === 'GET'
      ? { status: 200, body: rolloutOf(r.fields) }
      : apiError(405, 'MethodNotAllowed', `The method ${method} is not allowed on this resource.`);
  }
  if (method !== 'POST')
    return apiError(405, 'MethodNotAllowed', `The method ${method} is not allowed on this resource.`);
  /** @type {number | undefined} */
  let percentage;
  if (verb === 'updatepackagerolloutpercentage') {
    const text = query.get('percentage');
    percentage = text === null || text.trim() === '' ? NaN : Number(text);
    if (!(percentage >= 0 && percentage <= 100)) {
      return apiError(
        400,
        'InvalidParameterValue',
        `The value '${text ?? ''}' of 'percentage' is not valid: give a number from 0 to 100.`,
        'percentage'
      );
    }
  }
  const rollout = rolloutOf(r.fields);
  // A rollout that has not started yet can be finalized or halted too (StoreBroker does both live); not re-percented.
  const open =
    rollout.packageRolloutStatus === ROLLOUT_IN_PROGRESS ||
    (rollout.isPackageRollout &&
      rollout.packageRolloutStatus === ROLLOUT_NOT_STARTED &&
      verb !== 'updatepackagerolloutpercentage');
  if (r.status !== 'Published' || !open) {
    return apiError(
      409,
      'InvalidState',
      `Submission '${r.id}' is not in a valid state for the gradual rollout operation: it must be published with its package rollout in progress (it is ${r.status}, ${rollout.packageRolloutStatus}).`,
      r.id
    );
  }
  if (verb === 'updatepackagerolloutpercentage') setRollout(r.fields, { packageRolloutPercentage: percentage });
  if (verb === 'haltpackagerollout')
    setRollout(r.fields, { packageRolloutStatus: ROLLOUT_STOPPED, packageRolloutPercentage: 0 });
  if (verb === 'finalizepackagerollout')
    setRollout(r.fields, { packageRolloutStatus: ROLLOUT_COMPLETE, packageRolloutPercentage: 100 });
  return { status: 200, body: clone(rolloutOf(r.fields)), mutation: true };
}
