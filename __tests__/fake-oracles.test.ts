// The fakes' behaviours learnt from Microsoft's own clients (docs/oracles.md), asked directly.
import http from 'node:http';
import { startAzurite, AZURITE_ACCOUNT, AZURITE_KEY } from '../__fixtures__/azurite.mjs';
import { startFaultProxy } from '../__fixtures__/blob-fault-proxy.mjs';
import { startFakeMsiExe } from '../__fixtures__/fake-msi-exe/index.mjs';
import { startFakeStore } from '../__fixtures__/fake-store/index.mjs';

type Fake = Awaited<ReturnType<typeof startFakeStore>>;
const TENANT = 'tenant-o';
const CLIENT = 'client-o';
const SECRET = 'oracle-secret-value';
const APP = '9NORACLE0001';
const MiB = 1024 * 1024;

let azurite: Awaited<ReturnType<typeof startAzurite>>;
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
const fakes: Fake[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  proxy = await startFaultProxy({ target: `http://127.0.0.1:${azurite.port}` });
});
afterAll(async () => {
  for (const fake of fakes) await fake.close();
  await proxy?.stop();
  await azurite?.stop();
});

async function startFake(options: Record<string, unknown> = {}, sasVersion?: string): Promise<Fake> {
  const fake = await startFakeStore({
    blob: {
      endpoint: azurite.endpoint,
      accountName: AZURITE_ACCOUNT,
      accountKey: AZURITE_KEY,
      publicEndpoint: `${proxy.origin}/${AZURITE_ACCOUNT}`,
      ...(sasVersion ? { sasVersion } : {})
    },
    ...options
  });
  fakes.push(fake);
  fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  fake.seedApp({ id: APP, published: true });
  return fake;
}

async function token(fake: Fake): Promise<string> {
  const response = await fetch(fake.tokenUrl(TENANT, 'v2'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: SECRET,
      scope: 'https://manage.devcenter.microsoft.com/.default'
    })
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function api(fake: Fake, method: string, path: string, body?: unknown) {
  const response = await fetch(`${fake.storeApiUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await token(fake)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any };
}

function put(url: string, bytes: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url.replace(/\+/g, '%2B'), {
      method: 'PUT',
      headers: { ...headers, 'content-length': bytes }
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(Buffer.alloc(bytes));
  });
}

describe('the fake Store, as the live service behaves for Microsoft clients', () => {
  test('largeSubmissions: a create without isMinimalResponse creates, then answers 500; with it, the sparse answer', async () => {
    const fake = await startFake({ largeSubmissions: true });
    const failed = await api(fake, 'POST', `applications/${APP}/submissions`);
    expect(failed.status).toBe(500);
    const pending = fake.app(APP).pendingApplicationSubmission.id;
    expect(fake.submission(pending).deleted).toBe(false);
    expect((await api(fake, 'DELETE', `applications/${APP}/submissions/${pending}`)).status).toBe(204);
    const created = await api(fake, 'POST', `applications/${APP}/submissions?isMinimalResponse=true`);
    expect(created.status).toBe(201);
    expect(created.body.id).toBe(fake.app(APP).pendingApplicationSubmission.id);
    expect(created.body.listings).toBeUndefined();
    expect(created.body.applicationPackages).toBeUndefined();
    const full = await api(fake, 'GET', `applications/${APP}/submissions/${created.body.id}`);
    expect(full.body.listings).toBeDefined();
  });

  test('a PUT with the base price "Base" is refused; a market may say "Base"', async () => {
    const fake = await startFake();
    const { body: created } = await api(fake, 'POST', `applications/${APP}/submissions`);
    const refused = await api(fake, 'PUT', `applications/${APP}/submissions/${created.id}`, {
      ...created,
      pricing: { ...created.pricing, priceId: 'Base' }
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'InvalidParameterValue', target: 'pricing.priceId' });
    const taken = await api(fake, 'PUT', `applications/${APP}/submissions/${created.id}`, {
      ...created,
      pricing: { ...created.pricing, priceId: 'Tier5', marketSpecificPricings: { US: 'Base' } }
    });
    expect(taken.status).toBe(200);
  });

  test('sv=2014-02-14 upload URLs: Azurite takes them; the proxy refuses a 5 MiB block and a 65 MiB Put Blob', async () => {
    const fake = await startFake({}, '2014-02-14');
    const { body: created } = await api(fake, 'POST', `applications/${APP}/submissions`);
    const url: string = created.fileUploadUrl;
    expect(url).toContain('sv=2014-02-14');
    const v = { 'x-ms-version': '2014-02-14' };
    const block = (n: number) => `&comp=block&blockid=${encodeURIComponent(Buffer.from(`b-${n}`).toString('base64'))}`;
    expect(await put(url + block(1), 4 * MiB, v)).toBe(201);
    expect(await put(url + block(2), 5 * MiB, v)).toBe(413);
    expect(await put(url, 65 * MiB, { ...v, 'x-ms-blob-type': 'BlockBlob' })).toBe(413);
    expect(await put(url, 1024, { ...v, 'x-ms-blob-type': 'BlockBlob' })).toBe(201);
  });
});

describe('the fake MSI/EXE API', () => {
  test('moduleErrors: /status answers them next to isSuccess true, not ready', async () => {
    const fake = await startFakeMsiExe({
      moduleErrors: [{ code: 'invalidlisting', message: 'x', target: 'listings' }]
    });
    try {
      fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
      const product = fake.seedProduct({ sellerId: '42' });
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: CLIENT,
        client_secret: SECRET,
        scope: 'https://api.store.microsoft.com/.default'
      });
      const tokenAnswer = await fetch(fake.tokenUrl(TENANT), { method: 'POST', body: form });
      const { access_token } = (await tokenAnswer.json()) as { access_token: string };
      const status = await fetch(`${fake.url}/submission/v1/product/${product.id}/status`, {
        headers: { Authorization: `Bearer ${access_token}`, 'X-Seller-Account-Id': '42' }
      });
      expect(await status.json()).toMatchObject({
        isSuccess: true,
        errors: [{ code: 'invalidlisting', target: 'listings' }],
        responseData: { isReady: false }
      });
    } finally {
      await fake.close();
    }
  });
});
