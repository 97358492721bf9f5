/**
 * The hardware fields of MSI/EXE metadata, by the documentation's names
 * (store-submission-api.md), which differ from msstore-cli's models
 * (docs/oracles.md, point 10):
 *   listings.<language>.requirements: [{ minimumHardware, recommendedHardware }] free texts, at most 11 in all;
 *   properties.systemRequirementDetails: [{ hardwareItemType, minimumRequirement, recommendedRequirement }];
 *   properties.isSystemFeatureRequired: [{ hardwareItemType, isRequired, isRecommended }].
 * Pure; `fail` throws.
 */
import { isPlainObject, type JsonObject } from '../merge.js';

type Fail = (message: string, hint?: string) => never;

const LISTING_REQUIREMENT = ['minimumHardware', 'recommendedHardware'];
const SYSTEM_REQUIREMENT = ['hardwareItemType', 'minimumRequirement', 'recommendedRequirement'];
const SYSTEM_FEATURE = ['hardwareItemType', 'isRequired', 'isRecommended'];

/** hardwareItemType values of systemRequirementDetails, with the values each allows ([] = free text). */
export const REQUIREMENT_VALUES: Record<string, string[]> = {
  Processor: [],
  Graphics: [],
  Memory: ['300MB', '750MB', '1GB', '2GB', '4GB', '6GB', '8GB', '12GB', '16GB', '20GB'],
  DirectX: ['DX9', 'DX10', 'DX11', 'DX12-FEATURELEVEL11', 'DX12-FEATURELEVEL12'],
  Video_Memory: ['1GB', '2GB', '4GB', '6GB']
};
export const FEATURE_TYPES = [
  'Touch',
  'Keyboard',
  'Mouse',
  'Camera',
  'NFC_HCE',
  'NFC_Proximity',
  'Bluetooth_LE',
  'Telephony',
  'Microphone'
];

const LISTING_HINT =
  'A listing\'s requirements are free texts, [{ "minimumHardware": "...", "recommendedHardware": "..." }]; the hardware table (hardwareItemType, minimumRequirement, recommendedRequirement) is properties.systemRequirementDetails.';
const TABLE_HINT =
  'properties.systemRequirementDetails holds [{ "hardwareItemType": "Memory", "minimumRequirement": "4GB", "recommendedRequirement": "8GB" }]; free texts (minimumHardware, recommendedHardware) go in a listing\'s requirements.';

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** The items of a list of objects whose fields are `known` (by the documented spelling); throws otherwise. */
function items(value: unknown, where: string, known: string[], hint: string, fail: Fail): JsonObject[] {
  if (!Array.isArray(value) || value.some((item) => !isPlainObject(item)))
    fail(`${where} must be an array of objects, got ${show(value)}`, hint);
  (value as JsonObject[]).forEach((item, i) => {
    for (const field of Object.keys(item)) {
      if (known.includes(field)) continue;
      const spelled = known.find((k) => k.toLowerCase() === field.toLowerCase());
      fail(
        `${where}[${i}] has '${field}', ${spelled ? `which the API documents as '${spelled}'` : `not one of ${known.join(', ')}`}`,
        spelled ? undefined : hint
      );
    }
  });
  return value as JsonObject[];
}

function text(value: unknown, where: string, fail: Fail): void {
  if (value !== undefined && (typeof value !== 'string' || value.length > 200))
    fail(`${where} must be a string of at most 200 characters, got ${show(value)}`);
}

export function checkListingRequirements(value: unknown, where: string, fail: Fail): void {
  const list = items(value, where, LISTING_REQUIREMENT, LISTING_HINT, fail);
  let count = 0;
  list.forEach((item, i) => {
    for (const field of LISTING_REQUIREMENT) {
      text(item[field], `${where}[${i}].${field}`, fail);
      if (typeof item[field] === 'string' && item[field]) count++;
    }
  });
  if (count > 11) fail(`${where} has ${count} texts; the Store takes at most 11, minimum and recommended together`);
}

export function checkSystemRequirements(properties: JsonObject, fail: Fail): void {
  const where = 'properties.systemRequirementDetails';
  if (properties.systemRequirementDetails !== undefined) {
    items(properties.systemRequirementDetails, where, SYSTEM_REQUIREMENT, TABLE_HINT, fail).forEach((item, i) => {
      const type = String(item.hardwareItemType);
      const allowed = REQUIREMENT_VALUES[type];
      if (!allowed)
        fail(
          `${where}[${i}].hardwareItemType must be one of ${Object.keys(REQUIREMENT_VALUES).join(', ')}, got ${show(item.hardwareItemType)}`
        );
      for (const field of ['minimumRequirement', 'recommendedRequirement']) {
        text(item[field], `${where}[${i}].${field}`, fail);
        const value = item[field];
        if (allowed.length && typeof value === 'string' && value && !allowed.includes(value))
          fail(`${where}[${i}].${field} for ${type} must be one of ${allowed.join(', ')}, got ${show(value)}`);
      }
    });
  }
  const features = 'properties.isSystemFeatureRequired';
  if (properties.isSystemFeatureRequired !== undefined) {
    items(properties.isSystemFeatureRequired, features, SYSTEM_FEATURE, TABLE_HINT, fail).forEach((item, i) => {
      if (!FEATURE_TYPES.includes(String(item.hardwareItemType)))
        fail(
          `${features}[${i}].hardwareItemType must be one of ${FEATURE_TYPES.join(', ')}, got ${show(item.hardwareItemType)}`
        );
      for (const field of ['isRequired', 'isRecommended'])
        if (item[field] !== undefined && typeof item[field] !== 'boolean')
          fail(`${features}[${i}].${field} must be true or false, got ${show(item[field])}`);
    });
  }
}
