/**
 * The release controls as a SubmissionEdit: publish mode and date, gradual
 * rollout, mandatory update, in the fields the Store documents for app and
 * flight submissions (add-ons take the publish mode and date only; the
 * settings refuse the rest for them before this runs).
 */
import type { EditBase, SubmissionEdit } from '../../edits.js';
import { ActionError } from '../../errors.js';
import type { JsonObject } from '../../merge.js';
import type { ReleaseFields } from './controls.js';

export const RELEASE_CONTROLS_SOURCE = 'release controls';

/** The submission fields the release controls set (only those asked for). Pure. */
export function releaseFieldsOf(fields: ReleaseFields): JsonObject {
  const submission: JsonObject = {};
  if (fields.publishMode) submission.targetPublishMode = fields.publishMode;
  if (fields.publishDate) submission.targetPublishDate = fields.publishDate;
  const delivery: JsonObject = {};
  if (fields.rolloutPercentage !== undefined) {
    delivery.packageRollout = { isPackageRollout: true, packageRolloutPercentage: fields.rolloutPercentage };
  }
  if (fields.mandatoryUpdate !== undefined) delivery.isMandatoryUpdate = fields.mandatoryUpdate;
  if (fields.mandatoryUpdateDate) delivery.mandatoryUpdateEffectiveDate = fields.mandatoryUpdateDate;
  if (Object.keys(delivery).length) submission.packageDeliveryOptions = delivery;
  return submission;
}

export function releaseControlsEdit(fields: ReleaseFields): SubmissionEdit {
  const changes = releaseFieldsOf(fields);
  return {
    source: RELEASE_CONTROLS_SOURCE,
    check(base: EditBase): void {
      if (fields.rolloutPercentage !== undefined && !base.published) {
        throw new ActionError(
          `'rollout-percentage' starts a gradual rollout from the last published submission to this one, but there is none yet; nothing was changed.`,
          { hint: "Leave 'rollout-percentage' out of the first submission; roll out later ones." }
        );
      }
    },
    apply: () => changes
  };
}
