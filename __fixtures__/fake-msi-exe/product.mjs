// The MSI/EXE products of the fake: draft packages and metadata modules, module readiness, submissions,
// and the routes under /submission/v1/product/{productId}/. Every answer is the documented envelope
// { isSuccess, errors: [{ code, message, target }], responseData }.
import { clone } from '../fake-server/util.mjs';
import { randomInt, randomUUID } from 'node:crypto';
import {
  availabilityErrors,
  camelKeys,
  defaultAvailability,
  defaultListing,
  defaultPackage,
  defaultProperties,
  fullUpdate,
  isObject,
  listingErrors,
  packageErrors,
  patchUpdate,
  propertiesErrors
} from './modules.mjs';

/**
 * @typedef {{ code: string, message: string, target: string }} EnvelopeError
 * @typedef {import('../fake-server/util.mjs').Result} Result
 *
 * @typedef {{ kind: 'published' } | { kind: 'failed', errors?: EnvelopeError[] } | { kind: 'stuck' }} SubmissionOutcome
 *
 * @typedef {object} Submission
 * @property {string} id
 * @property {string} productId
 * @property {'INPROGRESS' | 'PUBLISHED' | 'FAILED'} publishingStatus
 * @property {boolean} hasFailed
 * @property {EnvelopeError[]} errors
 * @property {number} pollsLeft         INPROGRESS polls before the outcome
 * @property {SubmissionOutcome} outcome
 * @property {number} polls
 * @property {boolean} seeded
 * @property {unknown} draft            the draft as submitted (packages, listings, properties, availability)
 *
 * @typedef {object} Product
 * @property {string} id
 * @property {string} sellerId
 * @property {Record<string, unknown>[]} packages
 * @property {'ready' | 'uncommitted' | 'uploading' | 'failed'} packagesState
 * @property {{ pollsLeft: number, failures: EnvelopeError[] } | undefined} upload
 * @property {Record<string, unknown>[]} listings
 * @property {Record<string, unknown>} properties
 * @property {Record<string, unknown>} availability
 * @property {number} metadataPollsLeft  /status polls until a metadata update is processed
 * @property {string} ongoingSubmissionId
 * @property {number} commits
 */

/** @param {unknown} responseData @param {EnvelopeError[]} [warnings] @returns {Result} */
export function ok(responseData, warnings = []) {
  return { status: 200, body: { isSuccess: true, errors: warnings, responseData } };
}

/**
 * @param {number} status
 * @param {EnvelopeError[]} errors
 * @param {unknown} [responseData]
 * @returns {Result}
 */
export function refused(status, errors, responseData = {}) {
  return { status, body: { isSuccess: false, errors, responseData } };
}

/** @param {string} code @param {string} message @param {string} [target] @returns {EnvelopeError} */
export const error = (code, message, target = '') => ({ code, message, target });

const statusUrl = (/** @type {string} */ pid) => `/submission/v1/product/${pid}/status`;
const submissionUrl = (/** @type {string} */ pid, /** @type {string} */ sid) =>
  `/submission/v1/product/${pid}/submission/${sid}/status`;

/** A realistic draft for a product seeded without one. @param {Partial<Product>} given */
function seedDraft(given) {
  return {
    packages: given.packages ?? [
      {
        packageUrl: 'https://downloads.contoso.com/notes/1.0.0/ContosoNotes-1.0.0-x64.msi',
        languages: ['en-us'],
        architectures: ['X64'],
        isSilentInstall: true,
        installerParameters: '',
        genericDocUrl: '',
        errorDetails: [],
        packageType: 'msi'
      }
    ],
    listings: given.listings ?? [
      {
        ...defaultListing('en-us'),
        description: 'Contoso Notes takes notes fast.',
        whatsNew: 'First release.',
        productFeatures: ['Fast', 'Simple'],
        shortDescription: 'Notes, fast.',
        searchTerms: ['notes', 'editor'],
        additionalLicenseTerms: 'See https://contoso.com/license.',
        copyright: '© Contoso Ltd.',
        developedBy: 'Contoso Ltd.',
        sortTitle: 'Contoso Notes',
        requirements: [{ minimumHardware: '2 GB RAM', recommendedHardware: '4 GB RAM' }],
        contactInfo: 'support@contoso.com'
      }
    ],
    properties: given.properties ?? {
      ...defaultProperties(),
      privacyPolicyUrl: 'https://contoso.com/privacy',
      isPrivacyPolicyRequired: true,
      website: 'https://contoso.com',
      supportContactInfo: 'support@contoso.com',
      certificationNotes: 'No account needed.',
      category: 'Productivity',
      subcategory: ''
    },
    availability: given.availability ?? {
      ...defaultAvailability(),
      markets: ['US', 'GB', 'DE'],
      enableInFutureMarkets: true
    }
  };
}

/**
 * @param {{ config: { uploadPolls: number, metadataPolls: number, publishPolls: number,
 *   submissionOutcome: SubmissionOutcome, invalidPackageUrls: (string | RegExp)[], rejectStatus: number,
 *   warnings: EnvelopeError[], moduleErrors?: EnvelopeError[], submitAnswersOngoingIdOnly: boolean } }} options
 */
export function createCatalog({ config }) {
  /** @type {Map<string, Product>} */
  const products = new Map();
  /** @type {Map<string, Submission>} */
  const submissions = new Map();
  let packageCounter = 1000;
  const newPackageId = () => `pkg${++packageCounter}`;
  const newSubmissionId = () => String(randomInt(1_000_000_000, 9_999_999_999));
  /** @param {unknown} data */
  const answer = (data) => ok(data, clone(config.warnings));
  /** @param {EnvelopeError[]} errors @param {unknown} [data] */
  const refuse = (errors, data) => refused(config.rejectStatus, errors, data);

  /** A deep copy for tests, with the readiness /status would answer. @param {Product} p */
  const view = (p) => ({ ...clone(p), isReady: isReady(p) });
  /** @param {Product} p */
  const isReady = (p) => p.packagesState === 'ready' && p.metadataPollsLeft === 0;

  /** The refusal of a change while a submission is in progress (docs: naming it and its polling URL). @param {Product} p */
  function inProgress(p) {
    if (!p.ongoingSubmissionId) return undefined;
    return refuse(
      [
        error(
          'submissioninprogress',
          `Submission ${p.ongoingSubmissionId} is in progress; wait until it is published or failed.`,
          'submission'
        )
      ],
      { ongoingSubmissionId: p.ongoingSubmissionId, pollingUrl: submissionUrl(p.id, p.ongoingSubmissionId) }
    );
  }

  /** @param {Product} p */
  function notReady(p) {
    if (isReady(p)) return undefined;
    return refuse(
      [error('modulesnotready', 'Not all modules are ready; poll the module status until isReady.', 'modules')],
      {
        ongoingSubmissionId: '',
        pollingUrl: statusUrl(p.id)
      }
    );
  }

  /** A package upload or a metadata update still being processed: packages cannot be replaced meanwhile. @param {Product} p */
  function busy(p) {
    if (p.packagesState !== 'uploading' && p.metadataPollsLeft === 0) return undefined;
    return notReady(p);
  }

  /** @param {Product} p */
  function pollStatus(p) {
    /** @type {EnvelopeError[]} */
    const notes = [];
    if (p.packagesState === 'uploading' && p.upload) {
      if (p.upload.pollsLeft > 0) {
        p.upload.pollsLeft--;
        notes.push(error('packageuploadinprogress', 'The packages are being uploaded and validated.', 'packages'));
      } else if (p.upload.failures.length) {
        p.packagesState = 'failed';
      } else {
        p.packagesState = 'ready';
        p.upload = undefined;
      }
    }
    if (p.packagesState === 'failed') notes.push(...(p.upload?.failures ?? []));
    if (p.metadataPollsLeft > 0) p.metadataPollsLeft--;
    // A module in error (config.moduleErrors, e.g. target 'listings'): not ready while it lasts.
    notes.push(...clone(config.moduleErrors ?? []));
    return ok({ isReady: notes.length === 0 && isReady(p), ongoingSubmissionId: p.ongoingSubmissionId }, [
      ...notes,
      ...clone(config.warnings)
    ]);
  }

  /** @param {Product} p @param {unknown} body */
  function putPackages(p, body) {
    const sent = isObject(body) && Array.isArray(body.packages) ? body.packages : undefined;
    if (!sent) return refuse([error('badrequest', 'The body must be { "packages": [ ... ] }.', 'packages')]);
    if (sent.length === 0) return refuse([error('badrequest', 'At least one package is required.', 'packages')]);
    const packages = sent.map((pkg) => fullUpdate(defaultPackage(), isObject(pkg) ? pkg : {}));
    const errors = packages.flatMap((pkg, i) => packageErrors(pkg, i));
    if (errors.length) return refuse(errors);
    p.packages = packages.map((pkg) => {
      delete pkg.packageId;
      return { packageId: newPackageId(), ...pkg };
    });
    p.packagesState = 'uncommitted';
    p.upload = undefined;
    return { ...answer({ pollingUrl: statusUrl(p.id), ongoingSubmissionId: '' }), mutation: true };
  }

  /** @param {Product} p @param {string} packageId @param {unknown} body */
  function patchPackage(p, packageId, body) {
    const at = p.packages.findIndex((pkg) => pkg.packageId === packageId);
    if (at < 0) return refused(404, [error('notfound', `No package ${packageId} in the draft.`, 'packages')]);
    const { packageId: _ignored, ...sent } = isObject(body) ? body : {};
    const updated = patchUpdate(p.packages[at], sent);
    const errors = packageErrors(updated, at);
    if (errors.length) return refuse(errors);
    p.packages[at] = updated;
    p.packagesState = 'uncommitted';
    return { ...answer({ pollingUrl: statusUrl(p.id), ongoingSubmissionId: '' }), mutation: true };
  }

  /** @param {Product} p */
  function commitPackages(p) {
    // A commit during a package upload starts it again (assumption: committing the same set twice is harmless,
    // as msstore-cli's flow commits twice); during a metadata update it is refused.
    if (p.metadataPollsLeft > 0) return notReady(p);
    const failures = p.packages
      .filter((pkg) =>
        config.invalidPackageUrls.some((u) =>
          u instanceof RegExp ? u.test(String(pkg.packageUrl)) : u === pkg.packageUrl
        )
      )
      .map((pkg) =>
        error(
          'packageuploaderror',
          `Package ${pkg.packageUrl} could not be downloaded or failed validation; commit the packages again.`,
          'packages'
        )
      );
    p.packagesState = 'uploading';
    p.upload = { pollsLeft: config.uploadPolls, failures };
    p.commits++;
    return { ...answer({ pollingUrl: statusUrl(p.id), ongoingSubmissionId: '' }), mutation: true };
  }

  /**
   * GET metadata: all modules, or one; `languages` filters the listings (first 200 when absent).
   * @param {Product} p @param {string | undefined} module @param {URLSearchParams} query
   */
  function getMetadata(p, module, query) {
    const name = module?.toLowerCase();
    if (name !== undefined && !['listings', 'properties', 'availability'].includes(name))
      return refused(404, [
        error('notfound', `No module '${module}': use listings, properties or availability.`, 'module')
      ]);
    const wanted = (query.get('languages') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    if (wanted.length > 200) return refuse([error('badrequest', 'At most 200 languages.', 'languages')]);
    const listings = p.listings
      .filter((l) => !wanted.length || wanted.includes(String(l.language).toLowerCase()))
      .slice(0, 200);
    /** @type {Record<string, unknown>} */
    const data = {};
    if (!name || name === 'availability') data.availability = clone(p.availability);
    if (!name || name === 'properties') data.properties = clone(p.properties);
    if (!name || name === 'listings') data.listings = clone(listings);
    if ((query.get('includelanguagelist') ?? '').toLowerCase() === 'true') {
      data.listingLanguages = p.listings.map((l) => ({
        language: l.language,
        isComplete: listingErrors(l).length === 0
      }));
    }
    return answer(data);
  }

  /**
   * PUT (full module update) or PATCH (only the fields sent) of /metadata. All or nothing: every module of
   * the request is checked before any of them changes.
   * @param {Product} p @param {unknown} raw @param {'PUT' | 'PATCH'} method
   */
  function updateMetadata(p, raw, method) {
    const body = isObject(raw) ? raw : {};
    const update = method === 'PUT' ? fullUpdate : patchUpdate;
    const listings = clone(p.listings);
    const find = (/** @type {unknown} */ lang) =>
      listings.findIndex((l) => String(l.language).toLowerCase() === String(lang).toLowerCase());
    /** @type {EnvelopeError[]} */
    const errors = [];
    for (const lang of Array.isArray(body.listingsToAdd) ? body.listingsToAdd : []) {
      if (find(lang) < 0) listings.push(defaultListing(String(lang)));
    }
    for (const lang of Array.isArray(body.listingsToRemove) ? body.listingsToRemove : []) {
      const at = find(lang);
      if (at >= 0) listings.splice(at, 1);
    }
    const sentListings =
      body.listings === undefined ? [] : Array.isArray(body.listings) ? body.listings : [body.listings];
    for (const sent of sentListings) {
      const at = isObject(sent) ? find(sent.language) : -1;
      if (!isObject(sent) || at < 0) {
        errors.push(
          error(
            'badrequest',
            `Listing language ${JSON.stringify(isObject(sent) ? sent.language : sent)} is not in the draft; add it with listingsToAdd.`,
            'listings'
          )
        );
        continue;
      }
      const base = method === 'PUT' ? defaultListing(String(listings[at].language)) : listings[at];
      listings[at] = { ...update(base, sent), language: listings[at].language };
      errors.push(...listingErrors(listings[at]));
    }
    const properties = isObject(body.properties)
      ? update(method === 'PUT' ? defaultProperties() : p.properties, body.properties)
      : p.properties;
    if (isObject(body.properties)) errors.push(...propertiesErrors(properties));
    const availability = isObject(body.availability)
      ? update(method === 'PUT' ? defaultAvailability() : p.availability, body.availability)
      : p.availability;
    if (isObject(body.availability)) errors.push(...availabilityErrors(availability));
    if (errors.length) return refuse(errors);
    Object.assign(p, { listings, properties, availability, metadataPollsLeft: config.metadataPolls });
    return { ...answer({ pollingUrl: statusUrl(p.id), ongoingSubmissionId: '' }), mutation: true };
  }

  /** @param {Product} p */
  function submit(p) {
    const errors = [
      ...(p.packages.length ? [] : [error('badrequest', 'The draft has no packages.', 'packages')]),
      ...p.listings.flatMap(listingErrors),
      ...propertiesErrors(p.properties),
      ...availabilityErrors(p.availability)
    ];
    if (errors.length) return refuse(errors);
    const id = newSubmissionId();
    /** @type {Submission} */
    const submission = {
      id,
      productId: p.id,
      publishingStatus: 'INPROGRESS',
      hasFailed: false,
      errors: [],
      pollsLeft: config.publishPolls,
      outcome: clone(config.submissionOutcome),
      polls: 0,
      seeded: false,
      draft: clone({
        packages: p.packages,
        listings: p.listings,
        properties: p.properties,
        availability: p.availability
      })
    };
    submissions.set(id, submission);
    p.ongoingSubmissionId = id;
    const data = config.submitAnswersOngoingIdOnly
      ? { submissionId: '', pollingUrl: submissionUrl(p.id, id), ongoingSubmissionId: id }
      : { submissionId: id, pollingUrl: submissionUrl(p.id, id), ongoingSubmissionId: '' };
    return { ...answer(data), mutation: true };
  }

  /** @param {Submission} s */
  function pollSubmission(s) {
    s.polls++;
    if (s.publishingStatus === 'INPROGRESS' && s.outcome.kind !== 'stuck') {
      if (s.pollsLeft > 0) s.pollsLeft--;
      else if (s.outcome.kind === 'published') s.publishingStatus = 'PUBLISHED';
      else {
        s.publishingStatus = 'FAILED';
        s.hasFailed = true;
        s.errors = s.outcome.errors ?? [
          error(
            'certificationfailed',
            'The app failed certification: the installer did not install silently.',
            'packages'
          )
        ];
      }
      const product = products.get(s.productId);
      if (s.publishingStatus !== 'INPROGRESS' && product?.ongoingSubmissionId === s.id)
        product.ongoingSubmissionId = '';
    }
    return ok({ publishingStatus: s.publishingStatus, hasFailed: s.hasFailed }, [
      ...clone(s.errors),
      ...clone(config.warnings)
    ]);
  }

  /**
   * One API call, authenticated, seller header present. `seg` are the segments after /submission/v1/product/.
   * @param {string} method
   * @param {string[]} seg
   * @param {URLSearchParams} query
   * @param {() => Promise<unknown>} readJson
   * @param {string} sellerId
   * @returns {Promise<Result>}
   */
  async function route(method, seg, query, readJson, sellerId) {
    const p = products.get(seg[0] ?? '');
    if (!p || p.sellerId !== sellerId)
      return refused(404, [
        error('notfound', `Product ${seg[0] ?? ''} was not found for seller ${sellerId}.`, 'product')
      ]);
    const rest = seg.slice(1).join('/').toLowerCase();
    const body = async () => camelKeys(await readJson());
    const change = (/** @type {() => Result} */ apply) => inProgress(p) ?? apply();
    switch (`${method} ${rest}`) {
      case 'GET status':
        return pollStatus(p);
      case 'GET packages':
        return answer({ packages: clone(p.packages) });
      case 'PUT packages': {
        const sent = await body();
        return change(() => busy(p) ?? putPackages(p, sent));
      }
      case 'POST packages/commit':
        return change(() => commitPackages(p));
      case 'GET metadata':
        return getMetadata(p, undefined, query);
      case 'PUT metadata':
      case 'PATCH metadata': {
        const sent = await body();
        return change(() => notReady(p) ?? updateMetadata(p, sent, /** @type {'PUT' | 'PATCH'} */ (method)));
      }
      case 'POST submit':
        return change(() => notReady(p) ?? submit(p));
    }
    if (seg.length === 3 && seg[1].toLowerCase() === 'packages') {
      if (method === 'GET') {
        const pkg = p.packages.find((x) => x.packageId === seg[2]);
        return pkg
          ? answer({ packages: [clone(pkg)] })
          : refused(404, [error('notfound', `No package ${seg[2]}.`, 'packages')]);
      }
      if (method === 'PATCH') {
        const sent = await body();
        return change(() => busy(p) ?? patchPackage(p, seg[2], sent));
      }
    }
    if (seg.length === 3 && seg[1].toLowerCase() === 'metadata' && method === 'GET')
      return getMetadata(p, seg[2], query);
    if (
      seg.length === 4 &&
      seg[1].toLowerCase() === 'submission' &&
      seg[3].toLowerCase() === 'status' &&
      method === 'GET'
    ) {
      const s = submissions.get(seg[2]);
      if (!s || s.productId !== p.id)
        return refused(404, [error('notfound', `No submission ${seg[2]} of product ${p.id}.`, 'submission')]);
      return pollSubmission(s);
    }
    return refused(404, [
      error('notfound', `No such endpoint: ${method} .../product/{productId}/${seg.slice(1).join('/')}`, '')
    ]);
  }

  return {
    route,
    /**
     * Adds a product with a ready draft. `ongoingSubmission`: true (or an object) seeds a submission in progress
     * (it stays INPROGRESS unless its outcome says otherwise).
     * @param {{ id?: string, sellerId?: string, packages?: Record<string, unknown>[], listings?: Record<string, unknown>[],
     *   properties?: Record<string, unknown>, availability?: Record<string, unknown>,
     *   ongoingSubmission?: boolean | { id?: string, outcome?: SubmissionOutcome, pollsLeft?: number } }} given
     */
    seedProduct(given = {}) {
      const id = given.id ?? randomUUID();
      const draft = seedDraft(/** @type {Partial<Product>} */ (given));
      /** @type {Product} */
      const product = {
        id,
        sellerId: given.sellerId ?? '123456789',
        packages: draft.packages.map((pkg) => ({ packageId: newPackageId(), ...fullUpdate(defaultPackage(), pkg) })),
        packagesState: 'ready',
        upload: undefined,
        listings: draft.listings.map((l) => fullUpdate(defaultListing(String(l.language)), l)),
        properties: fullUpdate(defaultProperties(), draft.properties),
        availability: fullUpdate(defaultAvailability(), draft.availability),
        metadataPollsLeft: 0,
        ongoingSubmissionId: '',
        commits: 0
      };
      products.set(id, product);
      if (given.ongoingSubmission) {
        const spec = given.ongoingSubmission === true ? {} : given.ongoingSubmission;
        const sid = spec.id ?? newSubmissionId();
        submissions.set(sid, {
          id: sid,
          productId: id,
          publishingStatus: 'INPROGRESS',
          hasFailed: false,
          errors: [],
          pollsLeft: spec.pollsLeft ?? 0,
          outcome: spec.outcome ?? { kind: 'stuck' },
          polls: 0,
          seeded: true,
          draft: undefined
        });
        product.ongoingSubmissionId = sid;
      }
      return view(product);
    },
    /** @param {string} id */
    product(id) {
      const p = products.get(id);
      return p ? view(p) : undefined;
    },
    /** @param {string} id */
    submission(id) {
      return clone(submissions.get(id));
    },
    allSubmissions: () => [...submissions.values()].map((s) => clone(s)),
    /** Everything the fake holds, for "nothing changed" assertions. */
    snapshot: () =>
      clone({
        products: [...products.values()],
        submissions: [...submissions.values()].map(({ polls: _polls, ...s }) => s)
      })
  };
}
