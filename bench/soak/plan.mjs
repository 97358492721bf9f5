// Seeded random fault plans: which scenario a run is, and 1-4 faults on any of its calls. Pure but for `apply`.

/** A small seeded PRNG (mulberry32): the same seed gives the same plan on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of run `index` of the soak seeded `seed` (FNV-1a of both). */
export function runSeed(seed, index) {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export const TRANSIENT = [429, 500, 503, 'reset', 'lose-response'];
export const REFUSALS = [400, 403, 404, 409, 413];

const STORE_CALLS = {
  token: { path: 'token', method: 'POST' },
  reads: { path: /^(applications|inappproducts)\/[^/]+(\/flights\/[^/]+)?(\/submissions\/[^/]+)?$/, method: 'GET' },
  delete: { path: /\/submissions\/[^/]+$/, method: 'DELETE' },
  create: { path: /\/submissions$/, method: 'POST' },
  update: { path: /\/submissions\/[^/]+$/, method: 'PUT' },
  commit: { path: /\/commit$/, method: 'POST' },
  status: { path: /\/status$/, method: 'GET' },
  blocks: { blob: 'block' },
  'block list': { blob: 'blocklist' }
};
const MSI_EXE_CALLS = {
  token: { path: 'token', method: 'POST' },
  reads: { path: /\/(status|metadata)$/, method: 'GET' },
  update: { path: /\/(packages|metadata)$/, method: 'PUT' },
  commit: { path: /\/packages\/commit$/, method: 'POST' },
  create: { path: /\/submit$/, method: 'POST' },
  status: { path: /\/submission\/[^/]+\/status$/, method: 'GET' }
};
const SCENARIOS = ['app', 'flight', 'add-on', 'package', 'msi-exe'];

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** The scenario and the faults of one run, from its seed alone. */
export function planRun(seed) {
  const random = prng(seed);
  const kind = pick(random, SCENARIOS);
  const scenario = { kind, pending: random() < 0.5 };
  const calls = kind === 'msi-exe' ? MSI_EXE_CALLS : STORE_CALLS;
  const count = 1 + Math.floor(random() * 4);
  const faults = [];
  for (let i = 0; i < count; i++) {
    const call = pick(random, Object.keys(calls));
    const refusal = random() < 0.2;
    const fault = refusal ? pick(random, REFUSALS) : pick(random, TRANSIENT);
    // Mostly the first matching request; sometimes a later one (a retry, another block, a later poll).
    const skip = random() < 0.6 ? 0 : 1 + Math.floor(random() * (call === 'reads' || call === 'blocks' ? 3 : 1));
    faults.push({ call, fault, skip });
  }
  return { seed, scenario, faults };
}

const BLOB_CODES = {
  400: 'InvalidHeaderValue',
  403: 'AuthenticationFailed',
  404: 'BlobNotFound',
  409: 'InvalidBlobOrBlock',
  413: 'RequestBodyTooLarge',
  429: 'ServerBusy',
  500: 'InternalError',
  503: 'ServerBusy'
};

/**
 * Hands the plan's faults to the run's fakes; answers the live records, to read what fired.
 * @returns {{ call: string, fault: string | number, fired: () => number }[]}
 */
export function applyPlan(plan, world) {
  const calls = world.api === 'msi-exe' ? MSI_EXE_CALLS : STORE_CALLS;
  return plan.faults.map(({ call, fault, skip }) => {
    const where = calls[call];
    if (where.blob) {
      const rule = {
        match: (r) => r.comp === where.blob,
        nth: skip + 1,
        ...(fault === 'reset'
          ? { reset: true }
          : fault === 'lose-response'
            ? { lose: true }
            : { status: fault, errorCode: BLOB_CODES[fault] }),
        ...(fault === 429 ? { retryAfter: '1' } : {})
      };
      const live = world.proxy.fault(rule);
      return { call, fault, fired: () => live.fired };
    }
    const record = world.fake.faults.add({ kind: fault, method: where.method, path: where.path, skip });
    return { call, fault, fired: () => record.fired };
  });
}
