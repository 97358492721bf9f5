// The fake Store's resources (apps, flights, add-ons, submissions) and its /v1.0/my/ routes.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import {
  keepStoreRolloutFields,
  ROLLOUT_VERBS,
  rolloutBlocks,
  rolloutOf,
  rolloutRoute,
  seedRollout,
  startRollout,
  validateDeliveryOptions
} from './rollout.mjs';
import { validatePrice } from './pricing.mjs';
import { clone } from '../fake-server/util.mjs';
import { apiError, normalizeZipName, pendingUploadFiles } from './util.mjs';

/** @typedef {import('./util.mjs').Result} Result */

/**
 * @typedef {'app' | 'flight' | 'addOn'} ParentKind
 *
 * @typedef {{ kind: 'success', pollsInCommitStarted?: number, pollsPerStage?: number, finalStatus?: string, warnings?: {code: string, details: string}[] }
 *   | { kind: 'failed', status?: string, errors?: {code: string, details: string}[], pollsInCommitStarted?: number, pollsPerStage?: number }
 *   | { kind: 'fallback', pollsInCommitStarted?: number }
 *   | { kind: 'stuck' }} CommitOutcome
 *
 * @typedef {object} SubmissionRecord
 * @property {string} id
 * @property {ParentKind} parentKind
 * @property {string} parent              the parent's path, e.g. 'applications/9NBLGGH4R315'
 * @property {string} appId               app id (for flights: the flight's app; for add-ons: '')
 * @property {string} [flightId]
 * @property {string} [addOnId]
 * @property {Record<string, unknown>} fields   writable fields
 * @property {string} status
 * @property {{ errors: {code: string, details: string}[], warnings: {code: string, details: string}[], certificationReports: {date: string, reportUrl: string}[] }} statusDetails
 * @property {string} fileUploadUrl
 * @property {string} blobName
 * @property {boolean} deleted
 * @property {any[]} puts                      bodies of the PUTs, as sent
 * @property {boolean} committed
 * @property {number} commits
 * @property {boolean} createdInPartnerCenter
 * @property {boolean} seeded
 * @property {string[] | null} uploadedEntries  what the zip held at the last commit (null: no blob)
 * @property {CommitOutcome | null} outcome      the outcome being walked since the last commit
 * @property {string[]} walk                     statuses after CommitStarted, each shown for pollsPerStage polls
 * @property {number} walkAt                     where in the walk the submission is (-1: CommitStarted)
 * @property {number} seenAtStage                status polls that saw the current status
 * @property {number} polls                      status polls since the last commit
 * @property {boolean} released                  someone pressed "Publish now" (fake.publish) for a held submission
 * @property {{ status: string, at: string }[]} history   every status the submission took, with its time
 * @property {number} createdAt
 *
 * @typedef {Omit<SubmissionRecord, 'fields' | 'walk' | 'walkAt' | 'seenAtStage'> & { [field: string]: any }} SubmissionView
 *   a submission as tests see it: its fields spread beside the bookkeeping
 */

const PARENTS = {
  app: {
    pending: 'pendingApplicationSubmission',
    published: 'lastPublishedApplicationSubmission',
    label: 'application'
  },
  flight: { pending: 'pendingFlightSubmission', published: 'lastPublishedFlightSubmission', label: 'flight' },
  addOn: { pending: 'pendingInAppProductSubmission', published: 'lastPublishedInAppProductSubmission', label: 'add-on' }
};

const READ_ONLY = new Set(['id', 'status', 'statusDetails', 'fileUploadUrl', 'flightId']);
const PUBLISH_PATH = ['PreProcessing', 'Certification', 'Release', 'PendingPublication', 'Publishing', 'Published'];
const FAILED_AT = {
  PreProcessingFailed: 'PreProcessing',
  CertificationFailed: 'Certification',
  ReleaseFailed: 'Release',
  PublishFailed: 'Publishing'
};
const NO_DATE = '1601-01-01T00:00:00Z';
/** Committed and on its way: the Store refuses to delete such a submission (409 InvalidState). */
const IN_PROGRESS = ['CommitStarted', 'PreProcessing', 'Certification', 'Release', 'PendingPublication', 'Publishing'];

const packageDeliveryOptions = () => ({
  packageRollout: {
    isPackageRollout: false,
    packageRolloutPercentage: 0,
    packageRolloutStatus: 'PackageRolloutNotStarted',
    fallbackSubmissionId: '0'
  },
  isMandatoryUpdate: false,
  mandatoryUpdateEffectiveDate: NO_DATE
});

/** Default writable fields of a submission when there is no published one to clone. @param {ParentKind} kind */
export function defaultFields(kind) {
  if (kind === 'flight') {
    return {
      flightPackages: [],
      packageDeliveryOptions: packageDeliveryOptions(),
      targetPublishMode: 'Immediate',
      targetPublishDate: NO_DATE,
      notesForCertification: ''
    };
  }
  if (kind === 'addOn') {
    return {
      contentType: 'NotSet',
      keywords: [],
      lifetime: 'Forever',
      listings: {},
      pricing: { marketSpecificPricings: {}, sales: [], priceId: 'Free', isAdvancedPricingModel: true },
      targetPublishMode: 'Immediate',
      targetPublishDate: NO_DATE,
      tag: '',
      visibility: 'Public',
      friendlyName: 'Submission 1'
    };
  }
  return {
    applicationCategory: 'NotSet',
    pricing: {
      trialPeriod: 'NoFreeTrial',
      marketSpecificPricings: {},
      sales: [],
      priceId: 'Free',
      isAdvancedPricingModel: true
    },
    visibility: 'Public',
    targetPublishMode: 'Immediate',
    targetPublishDate: NO_DATE,
    listings: {},
    hardwarePreferences: [],
    automaticBackupEnabled: false,
    canInstallOnRemovableMedia: true,
    isGameDvrEnabled: false,
    gamingOptions: [],
    hasExternalInAppProducts: false,
    meetAccessibilityGuidelines: false,
    notesForCertification: '',
    applicationPackages: [],
    packageDeliveryOptions: packageDeliveryOptions(),
    enterpriseLicensing: 'Online',
    allowMicrosoftDecideAppAvailabilityToFutureDeviceFamilies: true,
    allowTargetFutureDeviceFamilies: { Desktop: true, Mobile: false, Holographic: false, Xbox: false },
    friendlyName: 'Submission 1',
    trailers: []
  };
}

/** The statuses a commit walks through (after CommitStarted) to end at `final`. @param {string} final */
function walkTo(final) {
  const onPath = PUBLISH_PATH.indexOf(final);
  if (onPath >= 0) return PUBLISH_PATH.slice(0, onPath + 1);
  const stage = /** @type {Record<string, string>} */ (FAILED_AT)[final];
  if (stage) return [...PUBLISH_PATH.slice(0, PUBLISH_PATH.indexOf(stage) + 1), final];
  return [final];
}

const emptyDetails = () => ({ errors: [], warnings: [], certificationReports: [] });

/**
 * A clone of a published submission's fields for a new submission: the rollout was the published one's, so the
 * clone starts without one.
 * @param {Record<string, any>} fields
 */
function withoutRollout(fields) {
  const copy = clone(fields);
  if (copy.packageDeliveryOptions?.packageRollout) {
    copy.packageDeliveryOptions.packageRollout = clone(packageDeliveryOptions().packageRollout);
  }
  return copy;
}

/**
 * @param {{
 *   config: { pageSize: number, sasLifetimeSeconds: number, flightCreateWithSubmission: boolean,
 *     largeSubmissions?: boolean },
 *   blob: Awaited<ReturnType<typeof import('./blob.mjs').createBlobSide>>
 * }} deps
 */
export function createStore({ config, blob }) {
  /** @type {Map<string, Record<string, any>>} */
  const apps = new Map();
  /** @type {Map<string, Map<string, Record<string, any>>>} app id -> flight id -> flight */
  const flights = new Map();
  /** @type {Map<string, Record<string, any>>} */
  const addOns = new Map();
  /** @type {Map<string, SubmissionRecord>} */
  const submissions = new Map();
  let nextId = 1152921504621243610n;
  /** @type {CommitOutcome} */
  let defaultOutcome = { kind: 'success', pollsInCommitStarted: 1, finalStatus: 'PreProcessing' };
  /** @type {Map<string, CommitOutcome>} */
  const outcomes = new Map();

  const newSubmissionId = () => {
    nextId += BigInt(randomInt(1, 1000));
    return nextId.toString();
  };
  const newStoreId = () => {
    const chars = '0123456789BCDFGHJKLMNPQRSTVWXZ';
    const bytes = randomBytes(10);
    return '9N' + Array.from(bytes, (b) => chars[b % chars.length]).join('');
  };

  /**
   * @typedef {{ kind: ParentKind, resource: Record<string, any>, path: string, appId: string, flightId?: string, addOnId?: string }} Parent
   */

  /** @param {Parent} parent @param {string} id */
  const location = (parent, id) => ({ id, resourceLocation: `${parent.path}/submissions/${id}` });

  /**
   * @param {Parent} parent
   * @param {{ fields: Record<string, unknown>, status: string, createdInPartnerCenter?: boolean, seeded?: boolean, statusDetails?: SubmissionRecord['statusDetails'] }} init
   * @returns {SubmissionRecord}
   */
  function addSubmission(parent, init) {
    const id = newSubmissionId();
    const { blobName, url } = blob.uploadUrl(config.sasLifetimeSeconds);
    /** @type {SubmissionRecord} */
    const record = {
      id,
      parentKind: parent.kind,
      parent: parent.path,
      appId: parent.appId,
      ...(parent.flightId ? { flightId: parent.flightId } : {}),
      ...(parent.addOnId ? { addOnId: parent.addOnId } : {}),
      fields: clone(init.fields),
      status: init.status,
      statusDetails: init.statusDetails ? clone(init.statusDetails) : emptyDetails(),
      fileUploadUrl: url,
      blobName,
      deleted: false,
      puts: [],
      committed: init.status !== 'PendingCommit',
      commits: 0,
      createdInPartnerCenter: Boolean(init.createdInPartnerCenter),
      seeded: Boolean(init.seeded),
      uploadedEntries: null,
      outcome: null,
      walk: [],
      walkAt: -1,
      seenAtStage: 0,
      polls: 0,
      released: false,
      history: [{ status: init.status, at: new Date().toISOString() }],
      createdAt: Date.now()
    };
    submissions.set(id, record);
    return record;
  }

  /**
   * The create's answer: the sparse submission with ?isMinimalResponse=true (apps and flights); else the full
   * clone, or, for a large submission (config.largeSubmissions), a 500 after creating it.
   * @param {Parent} parent @param {SubmissionRecord} rec @param {URLSearchParams} query @returns {Result}
   */
  function createAnswer(parent, rec, query) {
    const minimal = parent.kind !== 'addOn' && (query.get('isMinimalResponse') ?? '').toLowerCase() === 'true';
    if (minimal) {
      const { listings: _l, applicationPackages: _a, flightPackages: _f, trailers: _t, ...sparse } = resource(rec);
      return { status: 201, body: sparse, mutation: true };
    }
    if (config.largeSubmissions && parent.kind !== 'addOn')
      return { ...apiError(500, 'UnknownInternalFailure', 'An internal error occurred.'), mutation: true };
    return { status: 201, body: resource(rec), mutation: true };
  }

  /** The submission as the API answers it. @param {SubmissionRecord} r */
  function resource(r) {
    return clone({
      id: r.id,
      ...(r.parentKind === 'flight' ? { flightId: r.flightId } : {}),
      ...r.fields,
      status: r.status,
      statusDetails: r.statusDetails,
      fileUploadUrl: r.fileUploadUrl
    });
  }

  /**
   * Server-side view for tests.
   * @param {SubmissionRecord} r
   * @returns {SubmissionView}
   */
  function view(r) {
    const { fields, walk: _walk, walkAt: _at, seenAtStage: _seen, ...rest } = r;
    return clone({
      ...fields,
      ...rest,
      id: r.id,
      status: r.status,
      statusDetails: r.statusDetails,
      fileUploadUrl: r.fileUploadUrl
    });
  }

  /**
   * Seeds published / pending submissions of a parent.
   * @param {Parent} parent
   * @param {Record<string, any> | undefined} published
   * @param {Record<string, any> | undefined} pending
   */
  function seedSubmissions(parent, published, pending) {
    const names = PARENTS[parent.kind];
    let base = defaultFields(parent.kind);
    if (published) {
      const { status: _s, statusDetails, rollout, ...fields } = published;
      // A rollout falls back to the submission published before: seed that one first.
      const fallback =
        rollout && addSubmission(parent, { fields: { ...base, ...fields }, status: 'Published', seeded: true });
      const rec = addSubmission(parent, {
        fields: { ...base, ...fields },
        status: 'Published',
        statusDetails,
        seeded: true
      });
      if (rollout) seedRollout(rec.fields, rollout, /** @type {SubmissionRecord} */ (fallback).id);
      parent.resource[names.published] = location(parent, rec.id);
      base = withoutRollout(rec.fields);
    }
    if (pending) {
      const { status, statusDetails, createdInPartnerCenter, ...fields } = pending;
      const rec = addSubmission(parent, {
        fields: { ...clone(base), ...fields },
        status: status ?? 'PendingCommit',
        statusDetails,
        createdInPartnerCenter,
        seeded: true
      });
      parent.resource[names.pending] = location(parent, rec.id);
    }
  }

  /** @param {string} appId @returns {Parent | undefined} */
  function appParent(appId) {
    const app = apps.get(appId);
    return app && { kind: 'app', resource: app, path: `applications/${appId}`, appId };
  }
  /** @param {string} appId @param {string} flightId @returns {Parent | undefined} */
  function flightParent(appId, flightId) {
    const flight = flights.get(appId)?.get(flightId);
    return (
      flight && { kind: 'flight', resource: flight, path: `applications/${appId}/flights/${flightId}`, appId, flightId }
    );
  }
  /** @param {string} addOnId @returns {Parent | undefined} */
  function addOnParent(addOnId) {
    const addOn = addOns.get(addOnId);
    return addOn && { kind: 'addOn', resource: addOn, path: `inappproducts/${addOnId}`, appId: '', addOnId };
  }

  /** @param {string} appId @param {Record<string, any>} body */
  function makeFlight(appId, body) {
    /** @type {Record<string, any>} */
    const flight = {
      flightId: body.flightId ?? randomUUID(),
      friendlyName: body.friendlyName,
      groupIds: clone(body.groupIds ?? []),
      rankHigherThan: body.rankHigherThan ?? null
    };
    let byId = flights.get(appId);
    if (!byId) flights.set(appId, (byId = new Map()));
    byId.set(flight.flightId, flight);
    return flight;
  }

  /** @param {Record<string, any>} body */
  function makeAddOn(body) {
    const id = body.id ?? newStoreId();
    /** @type {string[]} */
    const appIds = body.applicationIds ?? [];
    /** @type {Record<string, any>} */
    const addOn = {
      applications: {
        value: appIds.map((a) => ({ id: a, resourceLocation: `applications/${a}` })),
        totalCount: appIds.length
      },
      id,
      productId: body.productId,
      productType: body.productType ?? 'Durable'
    };
    addOns.set(id, addOn);
    return addOn;
  }

  /** @param {Record<string, any>} addOn */
  const addOnAppIds = (addOn) => /** @type {{id: string}[]} */ (addOn.applications.value).map((a) => a.id);

  /**
   * Paging: `top` (capped at config.pageSize) and `skip`; `@nextLink` relative to /v1.0/my/.
   * @param {unknown[]} items
   * @param {URLSearchParams} query
   * @param {string} rel
   * @returns {Result}
   */
  function page(items, query, rel) {
    const topText = query.get('top');
    const skipText = query.get('skip');
    const top = topText === null ? config.pageSize : Number(topText);
    const skip = skipText === null ? 0 : Number(skipText);
    if (!Number.isInteger(top) || top < 1)
      return apiError(400, 'InvalidParameterValue', `The value '${topText}' of 'top' is not valid.`, 'top');
    if (!Number.isInteger(skip) || skip < 0)
      return apiError(400, 'InvalidParameterValue', `The value '${skipText}' of 'skip' is not valid.`, 'skip');
    const size = Math.min(top, config.pageSize);
    const value = clone(items.slice(skip, skip + size));
    /** @type {Record<string, unknown>} */
    const body = { value, totalCount: items.length };
    if (skip + value.length < items.length) body['@nextLink'] = `${rel}?skip=${skip + size}&top=${size}`;
    return { status: 200, body };
  }

  const notFound = (/** @type {string} */ what) => apiError(404, 'ResourceNotFound', `${what} was not found.`);

  /**
   * Checks a PUT body: answers a 400 or undefined.
   * @param {Record<string, unknown>} body
   */
  function validateFields(body) {
    const mode = body.targetPublishMode;
    if (
      mode !== undefined &&
      mode !== null &&
      !['Immediate', 'Manual', 'SpecificDate', 'None'].includes(/** @type {string} */ (mode))
    ) {
      return apiError(
        400,
        'InvalidParameterValue',
        `The value '${String(mode)}' of 'targetPublishMode' is not valid.`,
        'targetPublishMode'
      );
    }
    if (mode === 'SpecificDate' && Number.isNaN(Date.parse(String(body.targetPublishDate)))) {
      return apiError(
        400,
        'InvalidParameterValue',
        "'targetPublishDate' must be a date when 'targetPublishMode' is SpecificDate.",
        'targetPublishDate'
      );
    }
    /** @type {Result | undefined} */
    let problem;
    /** @param {unknown} node */
    const walk = (node) => {
      if (problem || !node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(walk);
      const obj = /** @type {Record<string, unknown>} */ (node);
      if ('fileStatus' in obj) {
        if (!['PendingUpload', 'Uploaded', 'PendingDelete', 'None'].includes(/** @type {string} */ (obj.fileStatus))) {
          problem = apiError(
            400,
            'InvalidParameterValue',
            `The value '${String(obj.fileStatus)}' of 'fileStatus' is not valid.`,
            'fileStatus'
          );
          return;
        }
        if (obj.fileStatus === 'PendingUpload' && (typeof obj.fileName !== 'string' || !obj.fileName)) {
          problem = apiError(
            400,
            'InvalidParameterValue',
            "A file marked 'PendingUpload' needs a 'fileName'.",
            'fileName'
          );
          return;
        }
      }
      Object.values(obj).forEach(walk);
    };
    walk(body);
    return problem;
  }

  /** After a successful commit: new files are now Uploaded, removed ones gone. @param {unknown} node */
  function settleFiles(node) {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const item = node[i];
        if (item && typeof item === 'object' && /** @type {any} */ (item).fileStatus === 'PendingDelete')
          node.splice(i, 1);
        else settleFiles(item);
      }
      return;
    }
    const obj = /** @type {Record<string, unknown>} */ (node);
    if (obj.fileStatus === 'PendingUpload') obj.fileStatus = 'Uploaded';
    for (const value of Object.values(obj)) settleFiles(value);
  }

  /**
   * Whether a submission waits before `next` for its publish mode: Manual waits at Release until someone
   * presses "Publish now" (fake.publish); SpecificDate waits at PendingPublication until its date.
   * @param {SubmissionRecord} r
   * @param {string} next
   */
  function heldBefore(r, next) {
    if (r.released) return false;
    const mode = String(r.fields.targetPublishMode ?? 'Immediate');
    if (mode === 'Manual') return next === 'PendingPublication';
    if (mode === 'SpecificDate') {
      const date = Date.parse(String(r.fields.targetPublishDate));
      return next === 'Publishing' && !(date <= Date.now());
    }
    return false;
  }

  /** @param {SubmissionRecord} r @param {string} status */
  function setStatus(r, status) {
    r.status = status;
    r.history.push({ status, at: new Date().toISOString() });
  }

  /**
   * Advances a committed submission by one status poll: each status of the walk shows for pollsPerStage polls
   * (CommitStarted for pollsInCommitStarted), except where the publish mode holds it.
   * @param {SubmissionRecord} r
   */
  function advance(r) {
    const outcome = r.outcome;
    if (!outcome || outcome.kind === 'stuck') return;
    r.polls++;
    r.seenAtStage++;
    const shows =
      r.walkAt < 0 ? (outcome.pollsInCommitStarted ?? 1) : (/** @type {any} */ (outcome).pollsPerStage ?? 1);
    if (r.seenAtStage <= shows) return;
    const next = r.walk[r.walkAt + 1];
    if (next === undefined || heldBefore(r, next)) return;
    r.walkAt++;
    r.seenAtStage = 1;
    if (r.walkAt >= r.walk.length - 1) r.outcome = null; // this poll shows the last status of the walk
    if (next === r.status) return;
    const previous = r.status;
    setStatus(r, next);
    if (outcome.kind === 'success' && previous === 'CommitStarted') {
      settleFiles(r.fields);
      r.statusDetails.warnings = clone(outcome.warnings ?? []);
    }
    if (previous === 'Certification') {
      // Passed or failed, certification leaves a report.
      r.statusDetails.certificationReports.push({
        date: new Date().toISOString(),
        reportUrl: `https://certification-reports.fake-store.test/reports/${r.id}/${r.statusDetails.certificationReports.length + 1}`
      });
    }
    if (outcome.kind === 'failed' && next === r.walk[r.walk.length - 1]) {
      r.statusDetails.errors = clone(outcome.errors ?? [{ code: 'ServiceError', details: 'The commit failed.' }]);
    }
    if (next === 'Published') published(r);
  }

  /** The submission reached Published: it becomes its parent's published one, and its rollout starts. @param {SubmissionRecord} r */
  function published(r) {
    const parent = parentOf(r);
    if (!parent) return;
    const names = PARENTS[r.parentKind];
    startRollout(r.fields, parent.resource[names.published]?.id);
    parent.resource[names.published] = location(parent, r.id);
    if (parent.resource[names.pending]?.id === r.id) delete parent.resource[names.pending];
  }

  /** @param {SubmissionRecord} r */
  function parentOf(r) {
    if (r.parentKind === 'app') return appParent(r.appId);
    if (r.parentKind === 'flight') return flightParent(r.appId, /** @type {string} */ (r.flightId));
    return addOnParent(/** @type {string} */ (r.addOnId));
  }

  /** @param {SubmissionRecord} r */
  const partnerCenterOnly = (r) =>
    r.createdInPartnerCenter
      ? apiError(
          409,
          'InvalidOperation',
          'Ingestion API can only update, delete, and commit submissions that are created through the API.',
          r.id
        )
      : undefined;

  /**
   * Commit: check the zip against the JSON, then start walking the scripted outcome.
   * @param {SubmissionRecord} r
   * @returns {Promise<Result>}
   */
  async function commit(r) {
    const scripted = clone(outcomes.get(r.id) ?? defaultOutcome);
    const required = pendingUploadFiles(r.fields);
    const listing = await blob.listZip(r.blobName);
    /** @type {{code: string, details: string}[]} */
    const problems = [];
    if (!listing.exists) {
      r.uploadedEntries = null;
      for (const name of required)
        problems.push({
          code: 'MissingFiles',
          details: `The file '${name}' was not found: nothing was uploaded for this submission.`
        });
    } else if ('error' in listing) {
      r.uploadedEntries = null;
      problems.push({
        code: 'InvalidArchive',
        details: `The uploaded file is not a valid zip archive (${listing.error}).`
      });
    } else {
      r.uploadedEntries = listing.entries;
      const have = new Set(listing.entries.map(normalizeZipName));
      for (const name of required) {
        if (!have.has(normalizeZipName(name)))
          problems.push({ code: 'MissingFiles', details: `The file '${name}' was not found in the uploaded zip.` });
      }
    }
    /** @type {CommitOutcome} */
    const outcome = problems.length
      ? {
          kind: 'failed',
          status: 'CommitFailed',
          errors: problems,
          pollsInCommitStarted: scripted.kind === 'stuck' ? 1 : scripted.pollsInCommitStarted
        }
      : scripted;
    r.outcome = outcome;
    r.walk =
      outcome.kind === 'success'
        ? walkTo(outcome.finalStatus ?? 'PreProcessing')
        : outcome.kind === 'failed'
          ? walkTo(outcome.status ?? 'CommitFailed')
          : outcome.kind === 'fallback'
            ? ['PendingCommit']
            : [];
    r.polls = 0;
    r.walkAt = -1;
    r.seenAtStage = 0;
    r.released = false;
    setStatus(r, 'CommitStarted');
    r.statusDetails = emptyDetails();
    r.committed = true;
    r.commits++;
    return { status: 202, body: { status: 'CommitStarted' }, mutation: true };
  }

  /**
   * The six submission calls under a parent.
   * @param {Parent} parent
   * @param {string[]} rest   path segments after {parent}/submissions
   * @param {string} method
   * @param {() => Promise<any>} readJson
   * @param {URLSearchParams} query
   * @returns {Promise<Result>}
   */
  async function submissionRoute(parent, rest, method, readJson, query) {
    const names = PARENTS[parent.kind];
    if (rest.length === 0) {
      if (method !== 'POST') return methodNotAllowed(method);
      const pending = parent.resource[names.pending];
      if (pending) {
        return apiError(
          409,
          'InvalidState',
          `The ${names.label} already has a pending submission (${pending.id}). Delete it or finish it before creating a new one.`,
          parent.path
        );
      }
      const publishedRef = parent.resource[names.published];
      const published = publishedRef ? submissions.get(publishedRef.id) : undefined;
      if (published && rolloutBlocks(published.fields)) {
        const rollout = rolloutOf(published.fields);
        return apiError(
          409,
          'InvalidState',
          `The ${names.label}'s published submission ${published.id} has a package rollout in progress (${rollout.packageRolloutPercentage}%, ${rollout.packageRolloutStatus}). Finalize or halt it before creating a new submission.`,
          parent.path
        );
      }
      if (!published && parent.kind === 'app') {
        return apiError(
          409,
          'InvalidState',
          'This application has no published submission: its first submission must be created in Partner Center.',
          parent.path
        );
      }
      const rec = addSubmission(parent, {
        fields: published ? withoutRollout(published.fields) : defaultFields(parent.kind),
        status: 'PendingCommit'
      });
      parent.resource[names.pending] = location(parent, rec.id);
      return createAnswer(parent, rec, query);
    }

    const r = submissions.get(rest[0]);
    if (!r || r.deleted) return notFound(`Submission '${rest[0]}'`);
    if (r.parent !== parent.path) {
      return apiError(409, 'InvalidOperation', `Submission '${r.id}' does not belong to ${parent.path}.`, r.id);
    }
    const verb = rest[1]?.toLowerCase();

    if (rest.length === 1 && method === 'GET') return { status: 200, body: resource(r) };
    if (rest.length === 1 && method === 'PUT') {
      const body = await readJson();
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        return apiError(400, 'InvalidParameterValue', 'The request body must be a submission object.', 'body');
      }
      const blocked = partnerCenterOnly(r);
      if (blocked) return blocked;
      if (r.status !== 'PendingCommit' && r.status !== 'CommitFailed') {
        return apiError(
          409,
          'InvalidState',
          `Submission '${r.id}' is in status ${r.status} and cannot be updated.`,
          r.id
        );
      }
      const invalid = validateFields(body) ?? validateDeliveryOptions(body) ?? validatePrice(body);
      if (invalid) return invalid;
      r.puts.push(clone(body));
      const before = r.fields;
      r.fields = Object.fromEntries(Object.entries(clone(body)).filter(([k]) => !READ_ONLY.has(k)));
      keepStoreRolloutFields(before, r.fields);
      return { status: 200, body: resource(r), mutation: true };
    }
    if (rest.length === 1 && method === 'DELETE') {
      const blocked = partnerCenterOnly(r);
      if (blocked) return blocked;
      if (parent.resource[names.pending]?.id !== r.id) {
        return apiError(
          409,
          'InvalidState',
          `Submission '${r.id}' is not a pending submission and cannot be deleted.`,
          r.id
        );
      }
      if (IN_PROGRESS.includes(r.status)) {
        return apiError(
          409,
          'InvalidState',
          `Submission '${r.id}' is in status ${r.status} and cannot be deleted while it is being processed.`,
          r.id
        );
      }
      r.deleted = true;
      r.outcome = null;
      delete parent.resource[names.pending];
      return { status: 204, mutation: true };
    }
    if (rest.length === 2 && verb === 'commit' && method === 'POST') {
      const blocked = partnerCenterOnly(r);
      if (blocked) return blocked;
      if (r.status !== 'PendingCommit' && r.status !== 'CommitFailed') {
        return apiError(
          409,
          'InvalidState',
          `Submission '${r.id}' is in status ${r.status}; only a submission in PendingCommit (or CommitFailed) can be committed.`,
          r.id
        );
      }
      return commit(r);
    }
    if (rest.length === 2 && verb === 'status' && method === 'GET') {
      advance(r);
      return { status: 200, body: clone({ status: r.status, statusDetails: r.statusDetails }) };
    }
    if (rest.length === 2 && ROLLOUT_VERBS.has(verb) && parent.kind !== 'addOn') {
      return rolloutRoute(r, verb, method, query);
    }
    if (rest.length <= 2 && (rest.length === 1 || verb === 'commit' || verb === 'status'))
      return methodNotAllowed(method);
    return notFound('The resource');
  }

  /** @param {string} method */
  const methodNotAllowed = (method) =>
    apiError(405, 'MethodNotAllowed', `The method ${method} is not allowed on this resource.`);

  /**
   * A Store API call, already authenticated. `seg` are the path segments after /v1.0/my/.
   * @param {string} method
   * @param {string[]} seg
   * @param {URLSearchParams} query
   * @param {() => Promise<any>} readJson
   * @returns {Promise<Result>}
   */
  async function route(method, seg, query, readJson) {
    const kw = (/** @type {number} */ i) => seg[i]?.toLowerCase();
    if (kw(0) === 'applications') {
      if (seg.length === 1)
        return method === 'GET' ? page([...apps.values()], query, 'applications') : methodNotAllowed(method);
      const appId = seg[1];
      const app = appParent(appId);
      if (!app) return notFound(`Application '${appId}'`);
      if (seg.length === 2)
        return method === 'GET' ? { status: 200, body: clone(app.resource) } : methodNotAllowed(method);
      if (seg.length === 3 && kw(2) === 'listflights') {
        return method === 'GET'
          ? page([...(flights.get(appId)?.values() ?? [])], query, `applications/${appId}/listflights`)
          : methodNotAllowed(method);
      }
      if (seg.length === 3 && kw(2) === 'listinappproducts') {
        if (method !== 'GET') return methodNotAllowed(method);
        const ids = [...addOns.values()]
          .filter((a) => addOnAppIds(a).includes(appId))
          .map((a) => ({ inAppProductId: a.id }));
        return page(ids, query, `applications/${appId}/listinappproducts`);
      }
      if (kw(2) === 'submissions') return submissionRoute(app, seg.slice(3), method, readJson, query);
      if (kw(2) === 'flights') {
        if (seg.length === 3) {
          if (method !== 'POST') return methodNotAllowed(method);
          return createFlight(appId, await readJson());
        }
        const flight = flightParent(appId, seg[3]);
        if (!flight) return notFound(`Flight '${seg[3]}'`);
        if (seg.length === 4) {
          if (method === 'GET') return { status: 200, body: clone(flight.resource) };
          if (method === 'DELETE') {
            dropPending(flight);
            flights.get(appId)?.delete(seg[3]);
            return { status: 204, mutation: true };
          }
          return methodNotAllowed(method);
        }
        if (kw(4) === 'submissions') return submissionRoute(flight, seg.slice(5), method, readJson, query);
      }
      return notFound('The resource');
    }
    if (kw(0) === 'inappproducts') {
      if (seg.length === 1) {
        if (method === 'GET') return page([...addOns.values()], query, 'inappproducts');
        if (method === 'POST') return createAddOn(await readJson());
        return methodNotAllowed(method);
      }
      const addOn = addOnParent(seg[1]);
      if (!addOn) return notFound(`Add-on '${seg[1]}'`);
      if (seg.length === 2) {
        if (method === 'GET') return { status: 200, body: clone(addOn.resource) };
        if (method === 'DELETE') {
          dropPending(addOn);
          addOns.delete(seg[1]);
          return { status: 204, mutation: true };
        }
        return methodNotAllowed(method);
      }
      if (kw(2) === 'submissions') return submissionRoute(addOn, seg.slice(3), method, readJson, query);
    }
    return notFound('The resource');
  }

  /** @param {Parent} parent */
  function dropPending(parent) {
    const ref = parent.resource[PARENTS[parent.kind].pending];
    const rec = ref && submissions.get(ref.id);
    if (rec) rec.deleted = true;
  }

  /** @param {string} appId @param {any} body @returns {Result} */
  function createFlight(appId, body) {
    if (!body || typeof body !== 'object' || typeof body.friendlyName !== 'string' || !body.friendlyName.trim()) {
      return apiError(400, 'InvalidParameterValue', "A flight needs a 'friendlyName'.", 'friendlyName');
    }
    if (!Array.isArray(body.groupIds) || body.groupIds.length === 0) {
      return apiError(
        400,
        'InvalidParameterValue',
        "A flight needs 'groupIds' (at least one flight group).",
        'groupIds'
      );
    }
    const existing = [...(flights.get(appId)?.values() ?? [])];
    if (existing.some((f) => f.friendlyName === body.friendlyName)) {
      return apiError(409, 'InvalidState', `A flight named '${body.friendlyName}' already exists.`, 'friendlyName');
    }
    if (body.rankHigherThan != null && !existing.some((f) => f.friendlyName === body.rankHigherThan)) {
      return apiError(
        400,
        'InvalidParameterValue',
        `'rankHigherThan' names no flight ('${body.rankHigherThan}').`,
        'rankHigherThan'
      );
    }
    const flight = makeFlight(appId, {
      friendlyName: body.friendlyName,
      groupIds: body.groupIds,
      rankHigherThan: body.rankHigherThan
    });
    if (config.flightCreateWithSubmission) {
      const parent = /** @type {Parent} */ (flightParent(appId, flight.flightId));
      const rec = addSubmission(parent, { fields: defaultFields('flight'), status: 'PendingCommit' });
      flight.pendingFlightSubmission = location(parent, rec.id);
    }
    return { status: 201, body: clone(flight), mutation: true };
  }

  /** @param {any} body @returns {Result} */
  function createAddOn(body) {
    if (!body || typeof body !== 'object' || typeof body.productId !== 'string' || !body.productId.trim()) {
      return apiError(400, 'InvalidParameterValue', "An add-on needs a 'productId'.", 'productId');
    }
    if (!['Durable', 'Consumable', 'UnmanagedConsumable'].includes(body.productType)) {
      return apiError(
        400,
        'InvalidParameterValue',
        `The value '${body.productType}' of 'productType' is not valid.`,
        'productType'
      );
    }
    if (!Array.isArray(body.applicationIds) || body.applicationIds.length === 0) {
      return apiError(400, 'InvalidParameterValue', "An add-on needs 'applicationIds'.", 'applicationIds');
    }
    for (const appId of body.applicationIds) {
      if (!apps.has(appId))
        return apiError(400, 'InvalidParameterValue', `Application '${appId}' was not found.`, 'applicationIds');
    }
    const clash = [...addOns.values()].find(
      (a) => a.productId === body.productId && addOnAppIds(a).some((id) => body.applicationIds.includes(id))
    );
    if (clash)
      return apiError(
        409,
        'InvalidState',
        `An add-on with product id '${body.productId}' already exists (${clash.id}).`,
        'productId'
      );
    const addOn = makeAddOn({
      productId: body.productId,
      productType: body.productType,
      applicationIds: body.applicationIds
    });
    return { status: 201, body: clone(addOn), mutation: true };
  }

  return {
    route,

    /**
     * @param {{ id: string, name?: string, published?: Record<string, any> | boolean, pending?: Record<string, any> | boolean, [field: string]: unknown }} seed
     */
    seedApp(seed) {
      const { id, name, published, pending, ...extra } = seed;
      const primaryName = name ?? `App ${id}`;
      const identity = primaryName.replace(/[^A-Za-z0-9.]/g, '');
      /** @type {Record<string, any>} */
      const app = {
        id,
        primaryName,
        packageFamilyName: `FakePublisher.${identity}_8wekyb3d8bbwe`,
        packageIdentityName: `FakePublisher.${identity}`,
        publisherName: 'CN=00000000-0000-0000-0000-000000000000',
        firstPublishedDate: published ? '2020-01-01T00:00:00Z' : NO_DATE,
        hasAdvancedListingPermission: false,
        ...clone(extra)
      };
      apps.set(id, app);
      seedSubmissions(/** @type {Parent} */ (appParent(id)), toSeed(published), toSeed(pending));
      return clone(app);
    },

    /**
     * @param {string} appId
     * @param {{ flightId?: string, friendlyName: string, groupIds?: string[], rankHigherThan?: string, published?: Record<string, any> | boolean, pending?: Record<string, any> | boolean }} seed
     */
    seedFlight(appId, seed) {
      if (!apps.has(appId)) throw new Error(`fake-store: seedFlight: no app ${appId}`);
      const flight = makeFlight(appId, seed);
      seedSubmissions(
        /** @type {Parent} */ (flightParent(appId, flight.flightId)),
        toSeed(seed.published),
        toSeed(seed.pending)
      );
      return clone(flight);
    },

    /**
     * @param {{ id?: string, productId: string, applicationIds: string[], productType?: string, published?: Record<string, any> | boolean, pending?: Record<string, any> | boolean }} seed
     */
    seedAddOn(seed) {
      const addOn = makeAddOn(seed);
      seedSubmissions(/** @type {Parent} */ (addOnParent(addOn.id)), toSeed(seed.published), toSeed(seed.pending));
      return clone(addOn);
    },

    /** @param {CommitOutcome} outcome @param {string} [submissionId] */
    setCommitOutcome(outcome, submissionId) {
      if (submissionId === undefined) defaultOutcome = clone(outcome);
      else outcomes.set(submissionId, clone(outcome));
    },

    /**
     * "Publish now" in Partner Center: a submission held by its publish mode (Manual at Release, SpecificDate at
     * PendingPublication) goes on at its next status poll. @param {string} submissionId @returns {boolean}
     */
    publish(submissionId) {
      const r = submissions.get(submissionId);
      if (!r) return false;
      r.released = true;
      return true;
    },

    /** @param {string} submissionId @returns {any} the submission's package rollout resource, or undefined */
    rollout(submissionId) {
      const r = submissions.get(submissionId);
      return r && rolloutOf(r.fields);
    },

    // The accessors answer `any` on purpose: tests read deep into these objects.
    /** @param {string} id @returns {any} the app resource, or undefined */
    app: (id) => clone(apps.get(id)),
    /** @param {string} appId @param {string} flightId @returns {any} the flight resource, or undefined */
    flight: (appId, flightId) => clone(flights.get(appId)?.get(flightId)),
    /** @param {string} id @returns {any} the add-on resource, or undefined */
    addOn: (id) => clone(addOns.get(id)),
    /** @param {string} id @returns {any} a SubmissionView, or undefined */
    submission(id) {
      const r = submissions.get(id);
      return r && view(r);
    },
    /** @returns {any[]} SubmissionViews */
    allSubmissions: () => [...submissions.values()].map(view),
    /** @param {string} id */
    blobNameOf: (id) => submissions.get(id)?.blobName
  };
}

/** @param {Record<string, any> | boolean | undefined} seed */
function toSeed(seed) {
  if (!seed) return undefined;
  return seed === true ? {} : seed;
}
