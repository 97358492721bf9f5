// Tests of the fake MSI/EXE submission API (the fixture the MSI/EXE integration tests run the action against).
import { afterEach, describe, expect, test } from '@jest/globals';
import { startFakeMsiExe } from '../__fixtures__/fake-msi-exe/index.mjs';

type Fake = Awaited<ReturnType<typeof startFakeMsiExe>>;
type Envelope = {
  isSuccess: boolean;
  errors: { code: string; message: string; target: string }[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  responseData: Record<string, any>;
};

const TENANT = 'tenant-m';
const CLIENT = 'client-m';
const SECRET = 'm-secret-value';
const SELLER = '123456789';
const SCOPE = 'https://api.store.microsoft.com/.default';

let fake: Fake;
afterEach(async () => fake?.close());

async function start(options: Record<string, unknown> = {}): Promise<Fake> {
  fake = await startFakeMsiExe({ uploadPolls: 2, metadataPolls: 1, publishPolls: 1, ...options });
  fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  return fake;
}

async function token(form: Record<string, string> = { scope: SCOPE }, version: 'v1' | 'v2' = 'v2'): Promise<string> {
  const response = await fetch(fake.tokenUrl(TENANT, version), {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT, client_secret: SECRET, ...form })
  });
  const body = (await response.json()) as { access_token?: string };
  expect(response.status).toBe(200);
  return body.access_token as string;
}

async function call(
  method: string,
  path: string,
  options: { body?: unknown; bearer?: string | null; seller?: string | null } = {}
): Promise<{
  status: number;
  body: Envelope & { statusCode?: number; message?: string };
  correlationId: string | null;
  retryAfter: string | null;
}> {
  const headers: Record<string, string> = {};
  const bearer = options.bearer === undefined ? await token() : options.bearer;
  if (bearer !== null) headers.Authorization = `Bearer ${bearer}`;
  const seller = options.seller === undefined ? SELLER : options.seller;
  if (seller !== null) headers['X-Seller-Account-Id'] = seller;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${fake.url}/submission/v1/product/${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body)
  });
  return {
    status: response.status,
    body: (await response.json()) as Envelope,
    correlationId: response.headers.get('x-correlation-id'),
    retryAfter: response.headers.get('retry-after')
  };
}

const msi = (version = '2.0.0', extra: Record<string, unknown> = {}) => ({
  packageUrl: `https://downloads.contoso.com/notes/${version}/ContosoNotes-${version}-x64.msi`,
  languages: ['en-us'],
  architectures: ['X64'],
  isSilentInstall: true,
  packageType: 'msi',
  ...extra
});

async function pollUntilReady(id: string, max = 10): Promise<Envelope[]> {
  const seen: Envelope[] = [];
  for (let i = 0; i < max; i++) {
    const { body } = await call('GET', `${id}/status`);
    seen.push(body);
    if (body.responseData.isReady || body.errors.some((e) => e.code === 'packageuploaderror')) return seen;
  }
  return seen;
}

describe('authentication and headers', () => {
  test('a v2.0 token for api.store.microsoft.com is accepted, with X-Correlation-ID on the answer', async () => {
    await start();
    const { id } = fake.seedProduct();
    const answer = await call('GET', `${id}/status`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      isSuccess: true,
      errors: [],
      responseData: { isReady: true, ongoingSubmissionId: '' }
    });
    expect(answer.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.requests.at(-1)).toMatchObject({
      area: 'api',
      status: 200,
      sellerId: SELLER,
      tenant: TENANT,
      correlationId: answer.correlationId
    });
  });

  test('a v1 token for the resource is accepted too', async () => {
    await start();
    const { id } = fake.seedProduct();
    const bearer = await token({ resource: 'https://api.store.microsoft.com' }, 'v1');
    expect((await call('GET', `${id}/status`, { bearer })).status).toBe(200);
  });

  test('a token for the classic API, a missing, unknown or expired token: 401 in the gateway shape', async () => {
    await start();
    const { id } = fake.seedProduct();
    const classic = await token({ scope: 'https://manage.devcenter.microsoft.com/.default' });
    for (const bearer of [classic, null, 'not-a-token']) {
      const answer = await call('GET', `${id}/status`, { bearer });
      expect(answer.status).toBe(401);
      expect(answer.body.statusCode).toBe(401);
      expect(answer.correlationId).toBeTruthy();
    }
    const good = await token();
    fake.expireTokens();
    expect((await call('GET', `${id}/status`, { bearer: good })).status).toBe(401);
  });

  test('an unknown scope is refused by Azure AD', async () => {
    await start();
    const response = await fetch(fake.tokenUrl(TENANT), {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: CLIENT,
        client_secret: SECRET,
        scope: 'https://api.store.microsoft.com'
      })
    });
    expect(response.status).toBe(400);
  });

  test('X-Seller-Account-Id is required and must be digits; another seller does not see the product', async () => {
    await start();
    const { id } = fake.seedProduct();
    for (const seller of [null, 'abc']) {
      const answer = await call('GET', `${id}/status`, { seller });
      expect(answer.status).toBe(400);
      expect(answer.body.isSuccess).toBe(false);
      expect(answer.body.errors[0].target).toBe('X-Seller-Account-Id');
    }
    expect((await call('GET', `${id}/status`, { seller: '999' })).status).toBe(404);
  });
});

describe('packages', () => {
  test('PUT replaces every package and regenerates the IDs; commit takes a few polls; then ready', async () => {
    await start();
    const { id, packages } = fake.seedProduct();
    const put = await call('PUT', `${id}/packages`, {
      body: { packages: [msi('2.0.0'), msi('2.0.0', { architectures: ['Arm64'] })] }
    });
    expect(put.status).toBe(200);
    expect(put.body.responseData).toEqual({
      pollingUrl: `/submission/v1/product/${id}/status`,
      ongoingSubmissionId: ''
    });
    const now = (await call('GET', `${id}/packages`)).body.responseData.packages;
    expect(now).toHaveLength(2);
    expect(now.map((p: { packageId: string }) => p.packageId)).not.toContain(packages[0].packageId);
    expect(now[0]).toMatchObject({ installerParameters: '', genericDocUrl: '', errorDetails: [] });
    expect((await call('GET', `${id}/status`)).body.responseData.isReady).toBe(false);

    expect((await call('POST', `${id}/packages/commit`)).body.responseData.pollingUrl).toBe(
      `/submission/v1/product/${id}/status`
    );
    const polls = await pollUntilReady(id);
    expect(polls.map((p) => p.responseData.isReady)).toEqual([false, false, true]);
    expect(polls[0].errors).toEqual([expect.objectContaining({ target: 'packages' })]);
    expect(fake.product(id)?.packagesState).toBe('ready');
    const single = await call('GET', `${id}/packages/${now[1].packageId}`);
    expect(single.body.responseData.packages[0].architectures).toEqual(['Arm64']);
  });

  test('a package that fails upload/validation: packageuploaderror, not ready', async () => {
    await start({ invalidPackageUrls: [/broken/] });
    const { id } = fake.seedProduct();
    await call('PUT', `${id}/packages`, {
      body: { packages: [msi('2.0.0', { packageUrl: 'https://x.contoso.com/broken/setup.msi' })] }
    });
    await call('POST', `${id}/packages/commit`);
    const last = (await pollUntilReady(id)).at(-1) as Envelope;
    expect(last.responseData.isReady).toBe(false);
    expect(last.errors).toContainEqual(expect.objectContaining({ code: 'packageuploaderror', target: 'packages' }));
    expect(fake.product(id)?.packagesState).toBe('failed');
  });

  test.each([
    ['an http:// URL', { packageUrl: 'http://contoso.com/setup.msi' }, 'packageUrl'],
    ['two architectures', { architectures: ['X64', 'X86'] }, 'architectures'],
    ['an architecture in the wrong case', { architectures: ['x64'] }, 'architectures'],
    ['no languages', { languages: [] }, 'languages'],
    ['not silent without parameters', { isSilentInstall: false }, 'installerParameters'],
    ['an exe without genericDocUrl', { packageType: 'exe' }, 'genericDocUrl'],
    ['no packageType', { packageType: undefined }, 'packageType']
  ])('PUT refuses a package with %s and changes nothing', async (_what, change, field) => {
    await start();
    const { id } = fake.seedProduct();
    const before = fake.snapshot();
    const answer = await call('PUT', `${id}/packages`, { body: { packages: [msi('2.0.0', change)] } });
    expect(answer.status).toBe(400);
    expect(answer.body.isSuccess).toBe(false);
    expect(answer.body.errors[0].message).toContain(field);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.mutations()).toEqual([]);
  });

  test('PascalCase property names are read like camelCase', async () => {
    await start();
    const { id } = fake.seedProduct();
    const body = {
      Packages: [
        {
          PackageUrl: msi().packageUrl,
          Languages: ['en-us'],
          Architectures: ['X86'],
          IsSilentInstall: true,
          PackageType: 'msi'
        }
      ]
    };
    expect((await call('PUT', `${id}/packages`, { body })).status).toBe(200);
    expect(fake.product(id)?.packages[0].architectures).toEqual(['X86']);
  });
});

describe('metadata', () => {
  test('GET: all modules or one, listings filtered by language, the language list on request', async () => {
    await start();
    const { id, listings } = fake.seedProduct({
      listings: [
        { language: 'en-us', description: 'E' },
        { language: 'de-de', description: 'D' }
      ]
    });
    expect(listings).toHaveLength(2);
    const all = (await call('GET', `${id}/metadata?includelanguagelist=true`)).body.responseData;
    expect(Object.keys(all).sort()).toEqual(['availability', 'listingLanguages', 'listings', 'properties']);
    expect(all.listingLanguages).toEqual([
      { language: 'en-us', isComplete: true },
      { language: 'de-de', isComplete: true }
    ]);
    const one = (await call('GET', `${id}/metadata/listings?languages=DE-de`)).body.responseData;
    expect(one).toEqual({
      listings: [expect.objectContaining({ language: 'de-de', description: 'D', copyright: '' })]
    });
    expect((await call('GET', `${id}/metadata/properties`)).body.responseData.properties.category).toBe('Productivity');
  });

  test('PUT is a full module update: absent fields of a sent module reset; other modules and languages stay', async () => {
    await start();
    const { id, listings, properties } = fake.seedProduct({
      listings: [
        { language: 'en-us', description: 'E', copyright: '© E' },
        { language: 'de-de', description: 'D', copyright: '© D' }
      ]
    });
    const answer = await call('PUT', `${id}/metadata`, {
      body: { listings: { language: 'en-us', description: 'New' } }
    });
    expect(answer.status).toBe(200);
    const now = fake.product(id);
    expect(now?.listings[0]).toMatchObject({ language: 'en-us', description: 'New', copyright: '' });
    expect(now?.listings[1]).toEqual(listings[1]);
    expect(now?.properties).toEqual(properties);
    expect(now?.isReady).toBe(false);
    expect((await pollUntilReady(id)).at(-1)?.responseData.isReady).toBe(true);
  });

  test('PATCH keeps the fields not sent', async () => {
    await start();
    const { id } = fake.seedProduct();
    await call('PATCH', `${id}/metadata`, {
      body: { listings: { language: 'en-us', whatsNew: 'Sync' }, properties: { certificationNotes: 'N' } }
    });
    const now = fake.product(id);
    expect(now?.listings[0]).toMatchObject({
      whatsNew: 'Sync',
      description: 'Contoso Notes takes notes fast.',
      copyright: '© Contoso Ltd.'
    });
    expect(now?.properties).toMatchObject({ certificationNotes: 'N', category: 'Productivity' });
  });

  test('a PUT that fails a check changes no module at all', async () => {
    await start();
    const { id } = fake.seedProduct();
    const before = fake.snapshot();
    const answer = await call('PUT', `${id}/metadata`, {
      body: { listings: { language: 'en-us', description: 'ok' }, properties: { certificationNotes: 'only this' } }
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toContainEqual(expect.objectContaining({ target: 'properties' }));
    expect(fake.snapshot()).toEqual(before);
  });

  test.each([
    ['a description over 10000 characters', { description: 'x'.repeat(10001) }],
    ['whatsNew over 1500 characters', { description: 'd', whatsNew: 'x'.repeat(1501) }],
    ['21 features', { description: 'd', productFeatures: Array(21).fill('f') }],
    ['8 search terms', { description: 'd', searchTerms: Array(8).fill('t') }],
    ['no description', { whatsNew: 'w' }]
  ])('listing limits: %s is refused', async (_what, listing) => {
    await start();
    const { id } = fake.seedProduct();
    const answer = await call('PUT', `${id}/metadata`, { body: { listings: { language: 'en-us', ...listing } } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].target).toBe('listings');
  });

  test('listingsToAdd and listingsToRemove; a listing of a language not in the draft is refused', async () => {
    await start();
    const { id } = fake.seedProduct();
    expect(
      (await call('PATCH', `${id}/metadata`, { body: { listings: { language: 'fr-fr', description: 'F' } } })).status
    ).toBe(400);
    const added = await call('PATCH', `${id}/metadata`, {
      body: { listingsToAdd: ['fr-fr'], listings: { language: 'fr-fr', description: 'F' } }
    });
    expect(added.status).toBe(200);
    expect(fake.product(id)?.listings.map((l) => l.language)).toEqual(['en-us', 'fr-fr']);
    await pollUntilReady(id);
    await call('PATCH', `${id}/metadata`, { body: { listingsToRemove: ['en-us'] } });
    expect(fake.product(id)?.listings.map((l) => l.language)).toEqual(['fr-fr']);
  });

  test('updates are refused while a package upload runs (modules not ready)', async () => {
    await start();
    const { id } = fake.seedProduct();
    await call('POST', `${id}/packages/commit`);
    const answer = await call('PUT', `${id}/metadata`, { body: { listings: { language: 'en-us', description: 'x' } } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].code).toBe('modulesnotready');
  });
});

describe('submissions', () => {
  test('submit, then INPROGRESS until PUBLISHED; the ongoing submission clears', async () => {
    await start({ publishPolls: 2 });
    const { id } = fake.seedProduct();
    const submit = await call('POST', `${id}/submit`);
    const sid = submit.body.responseData.submissionId;
    expect(submit.body.responseData).toEqual({
      submissionId: sid,
      pollingUrl: `/submission/v1/product/${id}/submission/${sid}/status`,
      ongoingSubmissionId: ''
    });
    expect((await call('GET', `${id}/status`)).body.responseData.ongoingSubmissionId).toBe(sid);
    const states = [];
    for (let i = 0; i < 3; i++) states.push((await call('GET', `${id}/submission/${sid}/status`)).body.responseData);
    expect(states).toEqual([
      { publishingStatus: 'INPROGRESS', hasFailed: false },
      { publishingStatus: 'INPROGRESS', hasFailed: false },
      { publishingStatus: 'PUBLISHED', hasFailed: false }
    ]);
    expect(fake.product(id)?.ongoingSubmissionId).toBe('');
    expect(fake.submission(sid)?.draft).toBeDefined();
  });

  test('a submission that fails: FAILED, hasFailed, and its errors', async () => {
    await start({
      publishPolls: 0,
      submissionOutcome: {
        kind: 'failed',
        errors: [{ code: 'certificationfailed', message: 'Not silent', target: 'packages' }]
      }
    });
    const { id } = fake.seedProduct();
    const sid = (await call('POST', `${id}/submit`)).body.responseData.submissionId;
    const status = (await call('GET', `${id}/submission/${sid}/status`)).body;
    expect(status).toEqual({
      isSuccess: true,
      errors: [{ code: 'certificationfailed', message: 'Not silent', target: 'packages' }],
      responseData: { publishingStatus: 'FAILED', hasFailed: true }
    });
  });

  test('with a submission in progress every change is refused, naming it, and nothing changes', async () => {
    await start();
    const { id, ongoingSubmissionId } = fake.seedProduct({ ongoingSubmission: { id: '1152921505' } });
    expect(ongoingSubmissionId).toBe('1152921505');
    const before = fake.snapshot();
    for (const [method, path, body] of [
      ['POST', 'submit', undefined],
      ['PUT', 'packages', { packages: [msi()] }],
      ['POST', 'packages/commit', undefined],
      ['PUT', 'metadata', { listings: { language: 'en-us', description: 'x' } }]
    ] as const) {
      const answer = await call(method, `${id}/${path}`, { body });
      expect(answer.status).toBe(400);
      expect(answer.body.isSuccess).toBe(false);
      expect(answer.body.responseData).toEqual({
        ongoingSubmissionId: '1152921505',
        pollingUrl: `/submission/v1/product/${id}/submission/1152921505/status`
      });
    }
    expect(fake.snapshot()).toEqual(before);
    expect(fake.mutations()).toEqual([]);
  });

  test('submit is refused while modules are not ready', async () => {
    await start();
    const { id } = fake.seedProduct();
    await call('PUT', `${id}/packages`, { body: { packages: [msi()] } });
    expect((await call('POST', `${id}/submit`)).body.errors[0].code).toBe('modulesnotready');
  });

  test('submitAnswersOngoingIdOnly: the new id only as ongoingSubmissionId', async () => {
    await start({ submitAnswersOngoingIdOnly: true });
    const { id } = fake.seedProduct();
    const data = (await call('POST', `${id}/submit`)).body.responseData;
    expect(data.submissionId).toBe('');
    expect(fake.submission(data.ongoingSubmissionId)?.publishingStatus).toBe('INPROGRESS');
  });
});

describe('faults and options', () => {
  test('429 with Retry-After in the gateway shape, 503, and a rate limit per tenant', async () => {
    await start({ rateLimit: { calls: 3, windowMs: 60_000 } });
    const { id } = fake.seedProduct();
    fake.faults.add({ kind: 429, path: `${id}/status`, retryAfter: '7' });
    fake.faults.add({ kind: 503, path: /packages$/ });
    const throttled = await call('GET', `${id}/status`);
    expect(throttled).toMatchObject({ status: 429, retryAfter: '7', body: { statusCode: 429 } });
    expect(throttled.correlationId).toBeTruthy();
    expect((await call('GET', `${id}/packages`)).status).toBe(503);
    const bearer = await token();
    for (let i = 0; i < 3; i++) expect((await call('GET', `${id}/status`, { bearer })).status).toBe(200);
    const limited = await call('GET', `${id}/status`, { bearer });
    expect(limited.status).toBe(429);
    expect(limited.body.message).toMatch(/Try again in \d+ seconds/);
    expect(fake.requests.at(-1)?.rateLimited).toBe(true);
  });

  test('rejectStatus 200: a refusal is told by isSuccess alone; warnings come with isSuccess true', async () => {
    await start({
      rejectStatus: 200,
      warnings: [{ code: 'warning', message: 'Warning Message 1', target: 'properties' }]
    });
    const { id } = fake.seedProduct({ ongoingSubmission: true });
    const refused = await call('POST', `${id}/submit`);
    expect(refused.status).toBe(200);
    expect(refused.body.isSuccess).toBe(false);
    const read = await call('GET', `${id}/packages`);
    expect(read.body.isSuccess).toBe(true);
    expect(read.body.errors).toEqual([{ code: 'warning', message: 'Warning Message 1', target: 'properties' }]);
  });

  test('the request log records bodies of API calls and which calls changed something', async () => {
    await start();
    const { id } = fake.seedProduct();
    await call('PATCH', `${id}/metadata`, { body: { properties: { website: 'https://contoso.com/notes' } } });
    const patch = fake.requests.find((r) => r.method === 'PATCH');
    expect(patch).toMatchObject({
      body: { properties: { website: 'https://contoso.com/notes' } },
      mutation: true,
      status: 200
    });
    expect(fake.mutations()).toHaveLength(1);
    expect(fake.requests.filter((r) => r.area === 'token').every((r) => !('body' in r))).toBe(true);
  });
});

test('a second commit during the upload starts it again', async () => {
  await start();
  const { id } = fake.seedProduct();
  await call('POST', `${id}/packages/commit`);
  await call('GET', `${id}/status`);
  expect((await call('POST', `${id}/packages/commit`)).status).toBe(200);
  expect((await pollUntilReady(id)).map((p) => p.responseData.isReady)).toEqual([false, false, true]);
  expect(fake.product(id)?.commits).toBe(2);
});
