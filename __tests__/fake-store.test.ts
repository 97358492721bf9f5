// Tests of the fake Store (the fixture other integration tests run the action against).
import { mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { startAzurite, AZURITE_ACCOUNT, AZURITE_KEY } from '../__fixtures__/azurite.mjs';
import { startFakeStore } from '../__fixtures__/fake-store/index.mjs';

type Fake = Awaited<ReturnType<typeof startFakeStore>>;
type Azurite = Awaited<ReturnType<typeof startAzurite>>;

const RESOURCE = 'https://manage.devcenter.microsoft.com';
const TENANT = 'tenant-a';
const CLIENT = 'client-a';
const SECRET = 's3cret-value';
const APP = '9NBLGGH4R315';

let azurite: Azurite;
let workDir: string;

beforeAll(async () => {
  azurite = await startAzurite();
  workDir = mkdtempSync(join(tmpdir(), 'fake-store-test-'));
});

afterAll(async () => {
  await azurite?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

async function startFake(options: Partial<Parameters<typeof startFakeStore>[0]> = {}): Promise<Fake> {
  const fake = await startFakeStore({
    blob: { endpoint: azurite.endpoint, accountName: AZURITE_ACCOUNT, accountKey: AZURITE_KEY },
    ...options
  });
  fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  return fake;
}

async function postForm(url: string, form: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form)
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function secretToken(fake: Fake, tenantId = TENANT, clientId = CLIENT, clientSecret = SECRET): Promise<string> {
  const { status, body } = await postForm(fake.tokenUrl(tenantId, 'v1'), {
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
    resource: RESOURCE
  });
  expect(status).toBe(200);
  return body.access_token as string;
}

/** A Store API call; `path` is relative to /v1.0/my/. */
async function api(fake: Fake, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${fake.storeApiUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(5000)
  });
  const text = await response.text();
  return {
    status: response.status,
    correlationId: response.headers.get('ms-correlationid'),
    retryAfter: response.headers.get('retry-after'),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body: (text ? JSON.parse(text) : undefined) as any
  };
}

async function makeZip(name: string, entries: Record<string, string>): Promise<string> {
  const file = join(workDir, name);
  const zip = new yazl.ZipFile();
  for (const [entry, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), entry);
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    zip.outputStream
      .pipe(out)
      .on('close', () => resolve())
      .on('error', reject);
  });
  return file;
}

describe('Azure AD token endpoints', () => {
  let fake: Fake;
  beforeAll(async () => {
    fake = await startFake({ tokenLifetimeSeconds: 3600 });
    fake.seedApp({ id: APP, name: 'Contoso', published: true });
  });
  afterAll(() => fake.close());

  it('issues v1 tokens with string lifetimes and v2.0 tokens with numbers', async () => {
    const v1 = await postForm(fake.tokenUrl(TENANT, 'v1'), {
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: SECRET,
      resource: RESOURCE
    });
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ token_type: 'Bearer', expires_in: '3599', resource: RESOURCE });
    expect(typeof v1.body.expires_on).toBe('string');
    expect(Number(v1.body.expires_on)).toBeGreaterThan(Date.now() / 1000 + 3500);

    const v2 = await postForm(`${fake.url}/${TENANT}/oauth2/v2.0/token`, {
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: SECRET,
      scope: `${RESOURCE}/.default`
    });
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
    expect(fake.tokensIssued).toEqual([v1.body.access_token, v2.body.access_token]);

    const app = await api(fake, v2.body.access_token as string, 'GET', `applications/${APP}`);
    expect(app.status).toBe(200);
    expect(app.body.lastPublishedApplicationSubmission.resourceLocation).toMatch(
      /^applications\/9NBLGGH4R315\/submissions\/\d+$/
    );
  });

  it('rejects a wrong secret, an unknown tenant or client, and missing or expired tokens', async () => {
    const form = { grant_type: 'client_credentials', client_id: CLIENT, client_secret: 'wrong', resource: RESOURCE };
    const wrong = await postForm(fake.tokenUrl(TENANT), form);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');
    expect(wrong.body.error_description).toMatch(/^AADSTS7000215: Invalid client secret provided/);

    const noTenant = await postForm(fake.tokenUrl('nobody'), { ...form, client_secret: SECRET });
    expect(noTenant.status).toBe(400);
    expect(noTenant.body.error_codes).toEqual([90002]);
    const noClient = await postForm(fake.tokenUrl(TENANT), { ...form, client_id: 'other', client_secret: SECRET });
    expect(noClient.status).toBe(400);
    expect(noClient.body.error).toBe('unauthorized_client');

    const missing = await api(fake, '', 'GET', 'applications');
    expect(missing.status).toBe(401);
    expect(missing.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const token = await secretToken(fake);
    expect((await api(fake, token, 'GET', 'applications')).status).toBe(200);
    fake.expireTokens();
    expect((await api(fake, token, 'GET', 'applications')).status).toBe(401);

    // Nothing secret reaches the log.
    const log = JSON.stringify(fake.requests);
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain(token);
  });
});

describe('runner OIDC and federated credentials', () => {
  let fake: Fake;
  beforeAll(async () => {
    fake = await startFake({ oidcSubject: 'repo:o/r:ref:refs/heads/main' });
    fake.addFederatedClient({ tenantId: TENANT, clientId: 'fed-client', subject: 'repo:o/r:ref:refs/heads/main' });
    fake.addFederatedClient({ tenantId: TENANT, clientId: 'other-subject', subject: 'repo:o/r:environment:prod' });
  });
  afterAll(() => fake.close());

  async function idToken(audience: string, requestToken = fake.oidc.requestToken) {
    const response = await fetch(`${fake.oidc.requestUrl}&audience=${encodeURIComponent(audience)}`, {
      headers: { Authorization: `Bearer ${requestToken}` }
    });
    return { status: response.status, body: (await response.json()) as { value?: string } };
  }

  function exchange(clientId: string, assertion: string) {
    return postForm(fake.tokenUrl(TENANT, 'v2'), {
      grant_type: 'client_credentials',
      client_id: clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: `${RESOURCE}/.default`
    });
  }

  it('mints JWTs for the request token and exchanges them for access tokens', async () => {
    expect((await idToken('api://AzureADTokenExchange', 'wrong')).status).toBe(401);

    const minted = await idToken('api://AzureADTokenExchange');
    expect(minted.status).toBe(200);
    const jwt = minted.body.value as string;
    const [, payload] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ aud: 'api://AzureADTokenExchange', sub: 'repo:o/r:ref:refs/heads/main' });
    expect(claims.exp - claims.iat).toBe(300);
    expect(fake.oidcTokensIssued).toEqual([jwt]);

    const ok = await exchange('fed-client', jwt);
    expect(ok.status).toBe(200);
    expect((await api(fake, ok.body.access_token as string, 'GET', 'applications')).status).toBe(200);

    const otherSubject = await exchange('other-subject', jwt);
    expect(otherSubject.status).toBe(400);
    expect(otherSubject.body.error_codes).toEqual([700213]);

    const wrongAudience = await exchange('fed-client', (await idToken('https://github.com/o')).body.value as string);
    expect(wrongAudience.body.error_codes).toEqual([700212]);

    const forged = `${jwt.split('.').slice(0, 2).join('.')}.AAAA`;
    expect((await exchange('fed-client', forged)).body.error_codes).toEqual([50013]);
    expect((await exchange(CLIENT, jwt)).body.error_codes).toEqual([70021]);

    expect(JSON.stringify(fake.requests)).not.toContain(jwt);
  });
});

describe('app submission lifecycle', () => {
  let fake: Fake;
  let token: string;
  beforeAll(async () => {
    fake = await startFake();
    token = await secretToken(fake);
  });
  afterAll(() => fake.close());

  it('creates, updates, uploads to the fixed SAS URL, commits and walks the scripted statuses', async () => {
    fake.seedApp({
      id: APP,
      name: 'Contoso',
      published: {
        applicationPackages: [{ fileName: 'old.msixupload', fileStatus: 'Uploaded', id: '1' }],
        listings: { 'en-us': { baseListing: { title: 'Contoso', images: [] } } }
      }
    });
    fake.seedApp({ id: '9NNEWAPP0000', name: 'Brand new' });
    expect((await api(fake, token, 'POST', 'applications/9NNEWAPP0000/submissions')).status).toBe(409);

    const created = await api(fake, token, 'POST', `applications/${APP}/submissions`);
    expect(created.status).toBe(201);
    const sub = created.body;
    expect(sub).toMatchObject({
      status: 'PendingCommit',
      statusDetails: { errors: [], warnings: [], certificationReports: [] },
      applicationPackages: [{ fileName: 'old.msixupload', fileStatus: 'Uploaded' }]
    });
    expect(sub.id).toMatch(/^\d{19}$/);
    expect(fake.app(APP)?.pendingApplicationSubmission).toEqual({
      id: sub.id,
      resourceLocation: `applications/${APP}/submissions/${sub.id}`
    });
    expect((await api(fake, token, 'POST', `applications/${APP}/submissions`)).body.code).toBe('InvalidState');

    // The SAS URL: raw `+` in sig, sv present; Azurite reads the raw `+` as a space.
    const uploadUrl: string = sub.fileUploadUrl;
    const sig = /[?&]sig=([^&]*)/.exec(uploadUrl)?.[1] ?? '';
    expect(sig).toContain('+');
    expect(sig).not.toMatch(/[/=]/);
    expect(uploadUrl).toMatch(/[?&]sv=\d{4}-\d{2}-\d{2}/);

    const update = {
      ...sub,
      status: 'Published', // read-only: ignored
      applicationPackages: [
        { fileName: 'old.msixupload', fileStatus: 'PendingDelete', id: '1' },
        {
          fileName: 'pkg\\Contoso_1.1.0.0_x64.msixupload',
          fileStatus: 'PendingUpload',
          minimumDirectXVersion: 'None',
          minimumSystemRam: 'None'
        }
      ],
      listings: {
        'en-us': {
          baseListing: {
            title: 'Contoso',
            images: [{ fileName: 'images/Shot1.png', fileStatus: 'PendingUpload', imageType: 'Screenshot' }]
          }
        }
      }
    };
    const put = await api(fake, token, 'PUT', `applications/${APP}/submissions/${sub.id}`, update);
    expect(put.status).toBe(200);
    expect(put.body.status).toBe('PendingCommit');
    expect(put.body.applicationPackages).toHaveLength(2);

    const zip = await readFile(
      await makeZip('app.zip', { 'pkg/Contoso_1.1.0.0_x64.msixupload': 'package', 'images/shot1.png': 'png' })
    );
    const blobHeaders = { 'x-ms-blob-type': 'BlockBlob' };
    const raw = await fetch(uploadUrl, { method: 'PUT', headers: blobHeaders, body: zip });
    expect(raw.status).toBe(403);
    await raw.text();
    const fixed = await fetch(uploadUrl.replace(/\+/g, '%2B'), { method: 'PUT', headers: blobHeaders, body: zip });
    expect(fixed.status).toBe(201);
    expect(await fake.uploadedBlob(sub.id)).toEqual(zip);

    fake.setCommitOutcome({ kind: 'success', pollsInCommitStarted: 2, finalStatus: 'Certification' }, sub.id);
    const commit = await api(fake, token, 'POST', `applications/${APP}/submissions/${sub.id}/commit`);
    expect(commit.status).toBe(202);
    expect(commit.body).toEqual({ status: 'CommitStarted' });
    expect((await api(fake, token, 'POST', `applications/${APP}/submissions/${sub.id}/commit`)).status).toBe(409);

    const seen: string[] = [];
    for (let i = 0; i < 5; i++)
      seen.push((await api(fake, token, 'GET', `applications/${APP}/submissions/${sub.id}/status`)).body.status);
    expect(seen).toEqual(['CommitStarted', 'CommitStarted', 'PreProcessing', 'Certification', 'Certification']);

    const server = fake.submission(sub.id);
    expect(server?.uploadedEntries?.sort()).toEqual(['images/shot1.png', 'pkg/Contoso_1.1.0.0_x64.msixupload']);
    expect(server?.puts).toHaveLength(1);
    expect(server?.committed).toBe(true);
    expect(server?.applicationPackages).toEqual([
      expect.objectContaining({ fileStatus: 'Uploaded', fileName: 'pkg\\Contoso_1.1.0.0_x64.msixupload' })
    ]);
    expect(fake.mutations().map((m) => `${m.method} ${m.path.replace(/\d{19}/, 'ID')}`)).toEqual([
      `POST /v1.0/my/applications/${APP}/submissions`,
      `PUT /v1.0/my/applications/${APP}/submissions/ID`,
      `POST /v1.0/my/applications/${APP}/submissions/ID/commit`
    ]);
  });

  it('fails a commit whose zip lacks a file, and refuses Partner Center submissions', async () => {
    fake.seedApp({ id: '9NSECOND0000', published: true });
    const created = await api(fake, token, 'POST', 'applications/9NSECOND0000/submissions');
    const id = created.body.id as string;
    const withImage = { ...created.body, applicationPackages: [{ fileName: 'a.msix', fileStatus: 'PendingUpload' }] };
    expect((await api(fake, token, 'PUT', `applications/9NSECOND0000/submissions/${id}`, withImage)).status).toBe(200);
    expect((await api(fake, token, 'POST', `applications/9NSECOND0000/submissions/${id}/commit`)).status).toBe(202);
    // Default outcome: one poll in CommitStarted; the missing file turns it into CommitFailed.
    expect((await api(fake, token, 'GET', `applications/9NSECOND0000/submissions/${id}/status`)).body.status).toBe(
      'CommitStarted'
    );
    const status = await api(fake, token, 'GET', `applications/9NSECOND0000/submissions/${id}/status`);
    expect(status.body.status).toBe('CommitFailed');
    expect(status.body.statusDetails.errors).toEqual([expect.objectContaining({ code: 'MissingFiles' })]);

    const del = await api(fake, token, 'DELETE', `applications/9NSECOND0000/submissions/${id}`);
    expect(del.status).toBe(204);
    expect(del.body).toBeUndefined();
    expect(fake.app('9NSECOND0000')?.pendingApplicationSubmission).toBeUndefined();
    expect(fake.submissions.find((s) => s.id === id)?.deleted).toBe(true);

    const pc = fake.seedApp({ id: '9NPARTNER000', published: true, pending: { createdInPartnerCenter: true } });
    const pendingId = pc.pendingApplicationSubmission.id as string;
    const refused = await api(fake, token, 'DELETE', `applications/9NPARTNER000/submissions/${pendingId}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'InvalidOperation',
      message: 'Ingestion API can only update, delete, and commit submissions that are created through the API.',
      source: 'Ingestion Api'
    });
  });
});

describe('states the Store refuses', () => {
  let fake: Fake;
  let token: string;
  beforeAll(async () => {
    fake = await startFake();
    token = await secretToken(fake);
  });
  afterAll(() => fake.close());

  it.each(['CommitStarted', 'PreProcessing', 'Certification', 'Release', 'PendingPublication', 'Publishing'])(
    'a pending submission in %s cannot be deleted (409 InvalidState), and stays',
    async (status) => {
      const app = fake.seedApp({
        id: `9NBUSY${status.toUpperCase()}`.slice(0, 12),
        published: true,
        pending: { status }
      });
      const id = app.pendingApplicationSubmission.id as string;
      const before = fake.mutations().length;
      const refused = await api(fake, token, 'DELETE', `applications/${app.id}/submissions/${id}`);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'InvalidState', source: 'Ingestion Api' });
      expect(refused.body.message).toContain(status);
      expect(fake.mutations()).toHaveLength(before);
      expect(fake.app(app.id).pendingApplicationSubmission.id).toBe(id);
      expect(fake.submission(id)).toMatchObject({ deleted: false, status });
    }
  );

  it('a submission committed through the API cannot be deleted while in progress either', async () => {
    fake.seedApp({ id: '9NCOMMITTED0', published: true });
    const created = await api(fake, token, 'POST', 'applications/9NCOMMITTED0/submissions');
    const path = `applications/9NCOMMITTED0/submissions/${created.body.id}`;
    fake.setCommitOutcome({ kind: 'success', pollsInCommitStarted: 1, finalStatus: 'Certification' }, created.body.id);
    expect((await api(fake, token, 'POST', `${path}/commit`)).status).toBe(202);
    expect((await api(fake, token, 'DELETE', path)).status).toBe(409);
    for (let i = 0; i < 3; i++) await api(fake, token, 'GET', `${path}/status`);
    expect(fake.submission(created.body.id).status).toBe('Certification');
    expect((await api(fake, token, 'DELETE', path)).body.code).toBe('InvalidState');
  });

  it.each(['PendingCommit', 'CommitFailed', 'CertificationFailed'])(
    'a pending submission in %s can be deleted',
    async (status) => {
      const app = fake.seedApp({
        id: `9NDEAD${status.toUpperCase()}`.slice(0, 12),
        published: true,
        pending: { status }
      });
      const id = app.pendingApplicationSubmission.id as string;
      expect((await api(fake, token, 'DELETE', `applications/${app.id}/submissions/${id}`)).status).toBe(204);
      expect(fake.app(app.id).pendingApplicationSubmission).toBeUndefined();
    }
  );

  it('an app with nothing published has no lastPublishedApplicationSubmission, and create answers 409', async () => {
    const app = fake.seedApp({ id: '9NNEVERPUB00', name: 'Never published' });
    expect(app).not.toHaveProperty('lastPublishedApplicationSubmission');
    expect(app.firstPublishedDate).toBe('1601-01-01T00:00:00Z');
    const read = await api(fake, token, 'GET', 'applications/9NNEVERPUB00');
    expect(read.body).not.toHaveProperty('lastPublishedApplicationSubmission');
    const before = fake.mutations().length;
    const refused = await api(fake, token, 'POST', 'applications/9NNEVERPUB00/submissions');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'InvalidState' });
    expect(fake.mutations()).toHaveLength(before);
    expect(fake.app('9NNEVERPUB00')).not.toHaveProperty('pendingApplicationSubmission');
  });
});

describe('paging', () => {
  it('pages GET inappproducts: every add-on of the account with its productId and applications', async () => {
    const fake = await startFake({ pageSize: 4 });
    try {
      const token = await secretToken(fake);
      fake.seedApp({ id: APP, published: true });
      fake.seedApp({ id: '9NOTHERAPP00', published: true });
      for (let i = 0; i < 7; i++) fake.seedAddOn({ productId: `gems_${i}`, applicationIds: [APP] });
      fake.seedAddOn({ productId: 'gems_0', applicationIds: ['9NOTHERAPP00'] });
      const items: { id: string; productId: string; applications: { value: { id: string }[] } }[] = [];
      const links: string[] = [];
      let next: string | undefined = 'inappproducts';
      while (next) {
        const page = await api(fake, token, 'GET', next);
        expect(page.status).toBe(200);
        expect(page.body.totalCount).toBe(8);
        items.push(...page.body.value);
        next = page.body['@nextLink'];
        if (next) links.push(next);
      }
      expect(links).toEqual(['inappproducts?skip=4&top=4']);
      expect(items.map((a) => a.productId)).toEqual([...Array.from({ length: 7 }, (_, i) => `gems_${i}`), 'gems_0']);
      expect(items[0]).toMatchObject({
        id: expect.stringMatching(/^9N[0-9A-Z]{10}$/),
        productType: 'Durable',
        applications: { value: [{ id: APP, resourceLocation: `applications/${APP}` }], totalCount: 1 }
      });
      expect(items[7].applications.value.map((a) => a.id)).toEqual(['9NOTHERAPP00']);
    } finally {
      await fake.close();
    }
  });

  it('pages listflights with @nextLink relative to /v1.0/my/', async () => {
    const fake = await startFake({ pageSize: 5 });
    try {
      const token = await secretToken(fake);
      fake.seedApp({ id: APP, published: true });
      for (let i = 0; i < 12; i++) fake.seedFlight(APP, { friendlyName: `Flight ${i}`, groupIds: ['1'] });
      const names: string[] = [];
      const links: string[] = [];
      let next: string | undefined = `applications/${APP}/listflights?top=100`;
      while (next) {
        const page = await api(fake, token, 'GET', next);
        expect(page.body.totalCount).toBe(12);
        names.push(...page.body.value.map((f: { friendlyName: string }) => f.friendlyName));
        next = page.body['@nextLink'];
        if (next) links.push(next);
      }
      expect(names).toEqual(Array.from({ length: 12 }, (_, i) => `Flight ${i}`));
      expect(links).toEqual([
        `applications/${APP}/listflights?skip=5&top=5`,
        `applications/${APP}/listflights?skip=10&top=5`
      ]);
      const small = await api(fake, token, 'GET', `applications/${APP}/listflights?top=3&skip=9`);
      expect(small.body.value).toHaveLength(3);
      expect(small.body['@nextLink']).toBeUndefined();
    } finally {
      await fake.close();
    }
  });
});

describe('faults', () => {
  let fake: Fake;
  let token: string;
  beforeAll(async () => {
    fake = await startFake();
    token = await secretToken(fake);
    fake.seedApp({ id: APP, published: true });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.faults.clear());

  it('answers status faults without carrying out the request', async () => {
    fake.faults.add({ path: 'applications', kind: 429, retryAfter: '7' });
    fake.faults.add({ path: /^applications\/\w+$/, kind: 500, times: 1 });
    fake.faults.add({ method: 'GET', kind: 502, skip: 1 });
    fake.faults.add({ method: 'GET', kind: 503, times: 1, retryAfter: '2' });
    fake.faults.add({ method: 'GET', kind: 504 });

    const limited = await api(fake, token, 'GET', 'applications');
    expect([limited.status, limited.retryAfter]).toEqual([429, '7']);
    expect(limited.body).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 7 seconds.' });
    expect(limited.correlationId).toBeTruthy();
    const error = await api(fake, token, 'GET', `applications/${APP}`);
    expect([error.status, error.body.source]).toEqual([500, 'Ingestion Api']);
    // 502 skips one match: this one falls to the 503 fault.
    const unavailable = await api(fake, token, 'GET', `applications/${APP}`);
    expect([unavailable.status, unavailable.retryAfter]).toEqual([503, '2']);
    expect((await api(fake, token, 'GET', `applications/${APP}`)).status).toBe(502);
    expect((await api(fake, token, 'GET', `applications/${APP}`)).status).toBe(504);
    expect((await api(fake, token, 'GET', `applications/${APP}`)).status).toBe(200);
    expect(fake.faults.pending).toEqual([]);

    fake.faults.add({ path: 'token', kind: 503 });
    const tokenFault = await postForm(fake.tokenUrl(TENANT), { grant_type: 'client_credentials' });
    expect(tokenFault.status).toBe(503);
    expect(fake.requests.at(-1)).toMatchObject({ area: 'token', status: 503, fault: 503 });
    expect(fake.mutations()).toEqual([]);
  });

  it('resets, loses responses, fails after carrying out, and hangs', async () => {
    fake.faults.add({ method: 'GET', path: `applications/${APP}`, kind: 'reset' });
    await expect(api(fake, token, 'GET', `applications/${APP}`)).rejects.toThrow();
    expect(fake.requests.at(-1)).toMatchObject({ status: 'reset', fault: 'reset' });

    // A lost response to a create: the submission exists all the same.
    fake.faults.add({ method: 'POST', path: /submissions$/, kind: 'lose-response' });
    await expect(api(fake, token, 'POST', `applications/${APP}/submissions`)).rejects.toThrow();
    expect(fake.requests.at(-1)).toMatchObject({ status: 'lost', mutation: true });
    const pending = fake.app(APP)?.pendingApplicationSubmission;
    expect(pending?.id).toMatch(/^\d+$/);
    expect((await api(fake, token, 'POST', `applications/${APP}/submissions`)).status).toBe(409);

    fake.faults.add({ method: 'DELETE', kind: '503-after' });
    const deleted = await api(fake, token, 'DELETE', `applications/${APP}/submissions/${pending.id}`);
    expect(deleted.status).toBe(503);
    expect(fake.submission(pending.id)?.deleted).toBe(true);

    fake.faults.add({ method: 'POST', kind: '500-after' });
    expect((await api(fake, token, 'POST', `applications/${APP}/submissions`)).status).toBe(500);
    expect(fake.app(APP)?.pendingApplicationSubmission).toBeDefined();

    fake.faults.add({ kind: 'hang' });
    const started = Date.now();
    await expect(
      fetch(`${fake.storeApiUrl}applications`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(300)
      })
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(fake.requests.at(-1)).toMatchObject({ status: 'hang', fault: 'hang' });
    expect(fake.mutations().map((m) => [m.method, m.status])).toEqual([
      ['POST', 'lost'],
      ['DELETE', 503],
      ['POST', 500]
    ]);
  });
});

describe('rate limit', () => {
  it('limits each tenant over a sliding window with Retry-After', async () => {
    const fake = await startFake({ rateLimit: { calls: 3, windowMs: 1000 } });
    try {
      fake.addClient({ tenantId: 'tenant-b', clientId: 'client-b', clientSecret: 'b' });
      const a = await secretToken(fake);
      const b = await secretToken(fake, 'tenant-b', 'client-b', 'b');
      for (let i = 0; i < 3; i++) expect((await api(fake, a, 'GET', 'applications')).status).toBe(200);
      const limited = await api(fake, a, 'GET', 'inappproducts');
      expect([limited.status, limited.retryAfter]).toEqual([429, '1']);
      expect(limited.body).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 1 seconds.' });
      expect((await api(fake, b, 'GET', 'applications')).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await api(fake, a, 'GET', 'applications')).status).toBe(200);
    } finally {
      await fake.close();
    }
  });
});

describe('a lost answer is really lost', () => {
  it('the request is carried out, and the connection closes before a byte of the answer is written', async () => {
    const fake = await startFake();
    try {
      fake.seedApp({ id: APP, published: true });
      const token = await secretToken(fake);
      fake.faults.add({ method: 'POST', path: /submissions$/, kind: 'lose-response' });
      const { connect } = await import('node:net');
      const url = new URL(`${fake.storeApiUrl}applications/${APP}/submissions`);
      const received = await new Promise<Buffer>((resolve) => {
        const chunks: Buffer[] = [];
        const socket = connect(Number(url.port), url.hostname, () =>
          socket.write(
            `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer ${token}\r\nContent-Length: 0\r\n\r\n`
          )
        );
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('error', () => undefined);
        socket.on('close', () => resolve(Buffer.concat(chunks)));
      });
      expect(received.length).toBe(0);
      expect(fake.requests.at(-1)).toMatchObject({ status: 'lost', mutation: true });
      expect(fake.app(APP)?.pendingApplicationSubmission?.id).toMatch(/^\d+$/);
    } finally {
      await fake.close();
    }
  });
});
