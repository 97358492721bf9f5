// The MSI/EXE draft's modules as the documentation describes them: defaults (what a PUT resets an absent
// field to), PUT (whole module) and PATCH (only the fields sent) updates, and the checks the service runs.
// Source: MicrosoftDocs/windows-dev-docs hub/apps/publish/store-submission-api.md ("docs").
import { clone } from '../fake-server/util.mjs';

export const ARCHITECTURES = ['Neutral', 'X86', 'X64', 'Arm', 'Arm64'];
export const PACKAGE_TYPES = ['exe', 'msi'];
export const ERROR_SCENARIOS = [
  'installationCancelledByUser',
  'applicationAlreadyExists',
  'installationAlreadyInProgress',
  'diskSpaceIsFull',
  'rebootRequired',
  'networkFailure',
  'packageRejectedDuringInstallation',
  'installationSuccessful',
  'miscellaneous'
];
const DISCOVERABILITY = ['DISCOVERABLE', 'DEEPLINK_ONLY'];
const PRICING = ['FREE', 'FREEMIUM', 'SUBSCRIPTION', 'PAID'];
const FREE_TRIAL = ['NO_FREE_TRIAL', 'FREE_TRIAL'];

/** @returns {Record<string, unknown>} */
export function defaultListing(language = '') {
  return {
    language,
    description: '',
    whatsNew: '',
    productFeatures: [],
    shortDescription: '',
    searchTerms: [],
    additionalLicenseTerms: '',
    copyright: '',
    developedBy: '',
    sortTitle: '',
    requirements: [],
    contactInfo: ''
  };
}

/** @returns {Record<string, unknown>} */
export function defaultProperties() {
  return {
    isPrivacyPolicyRequired: false,
    privacyPolicyUrl: '',
    website: '',
    supportContactInfo: '',
    certificationNotes: '',
    category: '',
    subcategory: '',
    productDeclarations: { dependsOnDriversOrNT: false, accessibilitySupport: false, penAndInkSupport: false },
    isSystemFeatureRequired: [],
    systemRequirementDetails: []
  };
}

/** @returns {Record<string, unknown>} */
export function defaultAvailability() {
  return {
    markets: [],
    discoverability: 'DISCOVERABLE',
    enableInFutureMarkets: false,
    pricing: 'FREE',
    freeTrial: 'NO_FREE_TRIAL'
  };
}

/** @returns {Record<string, unknown>} */
export function defaultPackage() {
  return {
    packageUrl: '',
    languages: [],
    architectures: [],
    isSilentInstall: false,
    installerParameters: '',
    genericDocUrl: '',
    errorDetails: [],
    packageType: ''
  };
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
export function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The service reads property names case-insensitively (msstore-cli sends PascalCase): camelCase every key.
 * @param {unknown} value
 * @returns {unknown}
 */
export function camelKeys(value) {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), camelKeys(v)])
  );
}

/**
 * A full update: the defaults, with every field the request sent (nested objects too: absent fields default).
 * @param {Record<string, unknown>} defaults
 * @param {Record<string, unknown>} sent
 */
export function fullUpdate(defaults, sent) {
  /** @type {Record<string, unknown>} */
  const result = clone(defaults);
  for (const [key, value] of Object.entries(sent)) {
    const base = result[key];
    result[key] = isObject(base) && isObject(value) ? fullUpdate(base, value) : clone(value);
  }
  return result;
}

/**
 * A patch: the current module, with the fields sent (objects key by key, arrays replaced).
 * @param {Record<string, unknown>} current
 * @param {Record<string, unknown>} sent
 */
export function patchUpdate(current, sent) {
  return fullUpdate(current, sent);
}

/** @param {unknown} v */
function isUrl(v, https = false) {
  if (typeof v !== 'string') return false;
  try {
    const url = new URL(v);
    return https ? url.protocol === 'https:' : url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** @param {unknown} v */
const str = (v) => (typeof v === 'string' ? v : '');

/**
 * The checks of one package of a PUT (docs: "Required" fields, one architecture, exe needs genericDocUrl).
 * @param {Record<string, unknown>} p
 * @param {number} index
 * @returns {{ code: string, message: string, target: string }[]}
 */
export function packageErrors(p, index) {
  const errors = [];
  const at = `packages[${index}]`;
  /** @param {string} field @param {string} message */
  const bad = (field, message) =>
    errors.push({ code: 'badrequest', message: `${at}.${field}: ${message}`, target: 'packages' });
  if (!isUrl(p.packageUrl, true))
    bad('packageUrl', 'Package URL should begin with https:// and should point to a versioned, downloadable package.');
  if (!Array.isArray(p.languages) || p.languages.length === 0 || p.languages.some((l) => typeof l !== 'string' || !l))
    bad('languages', 'At least one language is required.');
  if (!Array.isArray(p.architectures) || p.architectures.length !== 1 || !ARCHITECTURES.includes(p.architectures[0]))
    bad(
      'architectures',
      `Exactly one of ${ARCHITECTURES.join(', ')} is required, got ${JSON.stringify(p.architectures)}.`
    );
  if (typeof p.isSilentInstall !== 'boolean') bad('isSilentInstall', 'isSilentInstall (true or false) is required.');
  if (p.isSilentInstall === false && !str(p.installerParameters).trim())
    bad('installerParameters', 'installerParameters is required when isSilentInstall is false.');
  if (!PACKAGE_TYPES.includes(str(p.packageType)))
    bad('packageType', `packageType must be exe or msi, got ${JSON.stringify(p.packageType)}.`);
  if (p.packageType === 'exe' && !isUrl(p.genericDocUrl))
    bad('genericDocUrl', 'genericDocUrl (a URL) is required for an exe package.');
  for (const detail of Array.isArray(p.errorDetails) ? p.errorDetails : []) {
    if (!isObject(detail) || !ERROR_SCENARIOS.includes(str(detail.errorScenario)))
      bad('errorDetails', `Unknown errorScenario ${JSON.stringify(isObject(detail) ? detail.errorScenario : detail)}.`);
  }
  return errors;
}

/**
 * The checks of a listing (docs: limits checked on update).
 * @param {Record<string, unknown>} l
 */
export function listingErrors(l) {
  const errors = [];
  const lang = str(l.language);
  /** @param {string} message */
  const bad = (message) =>
    errors.push({ code: 'badrequest', message: `listings[${lang}]: ${message}`, target: 'listings' });
  const description = str(l.description);
  if (!description.trim()) bad('description is required.');
  if (description.length > 10000) bad('description is longer than 10000 characters.');
  if (str(l.whatsNew).length > 1500) bad('whatsNew is longer than 1500 characters.');
  if (str(l.shortDescription).length > 1000) bad('shortDescription is longer than 1000 characters.');
  if (str(l.additionalLicenseTerms).length > 10000) bad('additionalLicenseTerms is longer than 10000 characters.');
  if (str(l.copyright).length > 200) bad('copyright is longer than 200 characters.');
  if (str(l.developedBy).length > 255) bad('developedBy is longer than 255 characters.');
  if (str(l.contactInfo).length > 200) bad('contactInfo is longer than 200 characters.');
  const features = Array.isArray(l.productFeatures) ? l.productFeatures : [];
  if (!Array.isArray(l.productFeatures)) bad('productFeatures must be an array of strings.');
  if (features.length > 20) bad('productFeatures has more than 20 features.');
  if (features.some((f) => str(f).length > 200)) bad('a product feature is longer than 200 characters.');
  const terms = Array.isArray(l.searchTerms) ? l.searchTerms : [];
  if (!Array.isArray(l.searchTerms)) bad('searchTerms must be an array of strings.');
  if (terms.length > 7) bad('searchTerms has more than 7 terms.');
  if (terms.some((t) => str(t).length > 30)) bad('a search term is longer than 30 characters.');
  return errors;
}

/** @param {Record<string, unknown>} p */
export function propertiesErrors(p) {
  const errors = [];
  /** @param {string} message */
  const bad = (message) => errors.push({ code: 'badrequest', message: `properties: ${message}`, target: 'properties' });
  if (!str(p.category)) bad('category is required.');
  if (str(p.certificationNotes).length > 2000) bad('certificationNotes is longer than 2000 characters.');
  if (p.isPrivacyPolicyRequired === true && !isUrl(p.privacyPolicyUrl))
    bad('privacyPolicyUrl (a valid URL) is required when isPrivacyPolicyRequired is true.');
  if (str(p.privacyPolicyUrl) && !isUrl(p.privacyPolicyUrl)) bad('privacyPolicyUrl must be a valid URL.');
  if (str(p.website) && !isUrl(p.website)) bad('website must be a valid URL.');
  if (!isObject(p.productDeclarations)) bad('productDeclarations is required.');
  return errors;
}

/** @param {Record<string, unknown>} a */
export function availabilityErrors(a) {
  const errors = [];
  /** @param {string} message */
  const bad = (message) =>
    errors.push({ code: 'badrequest', message: `availability: ${message}`, target: 'availability' });
  if (!Array.isArray(a.markets) || a.markets.length === 0) bad('markets is required (at least one market).');
  if (!DISCOVERABILITY.includes(str(a.discoverability)))
    bad(`discoverability must be one of ${DISCOVERABILITY.join(', ')}.`);
  if (typeof a.enableInFutureMarkets !== 'boolean') bad('enableInFutureMarkets (true or false) is required.');
  if (!PRICING.includes(str(a.pricing))) bad(`pricing must be one of ${PRICING.join(', ')}.`);
  if ((a.pricing === 'PAID' || a.pricing === 'SUBSCRIPTION') && !FREE_TRIAL.includes(str(a.freeTrial)))
    bad('freeTrial is required when pricing is PAID or SUBSCRIPTION.');
  return errors;
}
