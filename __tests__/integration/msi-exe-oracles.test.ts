/**
 * MSI/EXE runs (the bundled action against the local fake of the MSI/EXE API)
 * where the action follows Microsoft's two clients (docs/oracles.md, points
 * 7 to 10): per-module draft reads, a package commit before every submit, a
 * module in error stops the run, the documented field names.
 */
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { MsiExeRig, PRODUCT } from '../../__fixtures__/msi-exe-rig.js';

const rig = new MsiExeRig();
let fake: MsiExeRig['fake'];
afterEach(() => rig.closeFake());
afterAll(() => rig.expectNoSecretsInLogs());

async function start(options: Record<string, unknown> = {}) {
  fake = await rig.start(options);
  return fake;
}

const run = (changes: Record<string, unknown>) => rig.run({ 'submission-json': JSON.stringify(changes) });

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
