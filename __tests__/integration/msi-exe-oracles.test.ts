/**
 * MSI/EXE runs (the bundled action against the local fake of the MSI/EXE API)
 * where the action follows Microsoft's two clients (docs/oracles.md, points
 * 7 to 10): per-module draft reads, a package commit before every submit, a
 * module in error stops the run, the documented field names.
 */
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { startFakeMsiExe } from '../../__fixtures__/fake-msi-exe/index.mjs';
import { runAction } from '../../__fixtures__/run-action.mjs';

type Fake = Awaited<ReturnType<typeof startFakeMsiExe>>;

const TENANT = 'contoso-tenant-msi';
const CLIENT = '22222222-3333-4444-5555-777777777777';
const SECRET = 'Msi~Oracle.Secret_that-must-never-show';
const SELLER = '123456789';
const PRODUCT = '4f42b0a0-95f9-4e3e-8fcb-598989e13fc0';

let fake: Fake;
const logs: string[] = [];
afterEach(async () => {
  await fake?.close();
});
afterAll(() => {
  for (const secret of [SECRET]) expect(logs.join('\n')).not.toContain(secret);
});

async function start(options: Record<string, unknown> = {}): Promise<Fake> {
  fake = await startFakeMsiExe({ uploadPolls: 1, metadataPolls: 1, publishPolls: 1, ...options });
  fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
  fake.seedProduct({ id: PRODUCT, sellerId: SELLER });
  return fake;
}

async function run(changes: Record<string, unknown>) {
  const result = await runAction({
    'tenant-id': TENANT,
    'client-id': CLIENT,
    'client-secret': SECRET,
    'product-id': PRODUCT,
    'seller-id': SELLER,
    'msi-exe-api-url': fake.url,
    'authority-host': fake.url,
    'poll-interval-seconds': '0.05',
    'timeout-minutes': '1',
    'submission-json': JSON.stringify(changes)
  });
  logs.push(result.log + result.summary);
  return result;
}

const apiCalls = (): string[] =>
  fake.requests.filter((r) => r.area === 'api').map((r) => `${r.method} ${r.path.split('/').slice(5).join('/')}`);

describe('MSI/EXE as Microsoft clients do it', () => {
  test('only a listing changed: the listings are read in that language, the packages committed before the submit', async () => {
    await start();
    const result = await run({ listings: { 'en-us': { whatsNew: 'Version 2.1.' } } });
    expect(result.code).toBe(0);
    const calls = apiCalls();
    expect(calls).toContain('GET metadata/listings?languages=en-us&includelanguagelist=true');
    expect(calls.filter((c) => c.startsWith('GET metadata'))).toHaveLength(1);
    expect(fake.mutations().map((r) => `${r.method} ${r.path.split('/').slice(5).join('/')}`)).toEqual([
      'PUT metadata',
      'POST packages/commit',
      'POST submit'
    ]);
    // Every module was ready between the commit and the submit.
    const commit = calls.lastIndexOf('POST packages/commit');
    expect(calls.slice(commit + 1, calls.indexOf('POST submit'))).toContain('GET status');
    expect(fake.product(PRODUCT)!.listings[0].whatsNew).toBe('Version 2.1.');
  });

  test('a module in error (not packages) stops the run before any change, naming it', async () => {
    await start({
      moduleErrors: [{ code: 'invalidlisting', message: 'The description is required.', target: 'listings' }]
    });
    const before = fake.snapshot();
    const result = await run({ properties: { certificationNotes: 'n' } });
    expect(result.code).not.toBe(0);
    expect(result.log).toMatch(/invalidlisting: The description is required\. \(listings\); nothing was changed/);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.mutations()).toEqual([]);
  });

  test("msstore-cli's spelling (WebSite) is refused before any request, naming the documented one", async () => {
    await start();
    const result = await run({ properties: { WebSite: 'https://contoso.com' } });
    expect(result.code).not.toBe(0);
    expect(result.log).toMatch(/properties\.WebSite is spelled 'website'/);
    expect(fake.requests.filter((r) => r.area === 'api')).toEqual([]);
  });
});
