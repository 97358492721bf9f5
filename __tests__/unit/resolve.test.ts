import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.js';
import { matchesOf } from '../../src/msix/store/match.js';
import { resolveParent } from '../../src/msix/store/resolve.js';
import { ok, storeDouble } from './store-double.js';

const APP = '9NBLGGH4R315';

describe('matchesOf', () => {
  const names = ['Beta', 'beta', 'Insiders', 'PRO', 'pro'];
  test.each([
    ['Beta', ['Beta']],
    ['BETA', ['Beta', 'beta']],
    ['insiders', ['Insiders']],
    ['pro', ['pro']],
    ['Pro', ['PRO', 'pro']],
    ['nope', []]
  ])('%s -> %j', (wanted, found) => {
    expect(matchesOf(names, wanted, (n) => n)).toEqual(found);
  });
});

/** `count` add-ons of APP (product IDs gems_0...), plus one of another app with a product ID of ours. */
function addOns(count: number): Record<string, unknown>[] {
  const ofApp = Array.from({ length: count }, (_, i) => ({
    id: `9NADD${String(i).padStart(7, '0')}`,
    productId: `gems_${i}`,
    productType: 'Consumable',
    applications: { value: [{ id: APP, resourceLocation: `applications/${APP}` }], totalCount: 1 }
  }));
  const other = {
    id: '9NOTHER00000',
    productId: 'gems_3',
    applications: { value: [{ id: '9NOTHERAPP00' }], totalCount: 1 }
  };
  return [other, ...ofApp];
}

/** GET inappproducts in pages of 10, and GET of one add-on by id. */
function addOnStore(items: Record<string, unknown>[]) {
  return storeDouble((method, path) => {
    const list = /^inappproducts\?(?:skip=(\d+)&)?top=(\d+)$/.exec(path);
    if (method === 'GET' && list) {
      const skip = Number(list[1] ?? 0);
      const page = items.slice(skip, skip + 10);
      const next = skip + 10 < items.length ? { '@nextLink': `inappproducts?skip=${skip + 10}&top=10` } : {};
      return ok({ value: page, totalCount: items.length, ...next });
    }
    const one = items.find((item) => path === `inappproducts/${item.id}`);
    if (method === 'GET' && one) return ok(one);
    return new Error(`unexpected ${method} ${path}`);
  });
}

describe('resolveParent: an add-on by product ID', () => {
  test('found in one paged listing of the add-ons, filtered to the app, apart from case; one read of the add-on', async () => {
    const { client, calls } = addOnStore(addOns(25));
    const resolved = await resolveParent(client, { kind: 'add-on', applicationId: APP, productId: 'GEMS_3' }, () => {});
    expect(resolved.parent.addOnId).toBe('9NADD0000003');
    expect(resolved.parent.label).toBe("add-on 'gems_3' (9NADD0000003)");
    expect(calls).toEqual([
      'GET inappproducts?top=100',
      'GET inappproducts?skip=10&top=10',
      'GET inappproducts?skip=20&top=10',
      'GET inappproducts/9NADD0000003'
    ]);
  });

  test('the exact product ID wins over one that differs in case', async () => {
    const items = addOns(2);
    items.push({ id: '9NADDUPPER00', productId: 'GEMS_1', applications: { value: [{ id: APP }] } });
    const { client } = addOnStore(items);
    const exact = await resolveParent(client, { kind: 'add-on', applicationId: APP, productId: 'GEMS_1' }, () => {});
    expect(exact.parent.addOnId).toBe('9NADDUPPER00');
    const ambiguous = resolveParent(client, { kind: 'add-on', applicationId: APP, productId: 'Gems_1' }, () => {});
    await expect(ambiguous).rejects.toThrow(ActionError);
    await expect(ambiguous).rejects.toThrow(
      `App ${APP} has 2 add-ons that match 'Gems_1': 'gems_1' (9NADD0000001), 'GEMS_1' (9NADDUPPER00).`
    );
  });

  test("another app's add-on with the product ID is not taken", async () => {
    const { client } = addOnStore(addOns(0));
    const missing = resolveParent(client, { kind: 'add-on', applicationId: APP, productId: 'gems_3' }, () => {});
    await expect(missing).rejects.toThrow(`App ${APP} has no add-on with product ID 'gems_3'.`);
  });
});

describe('resolveParent: an app', () => {
  test('with nothing published fails before any change, saying where to make the first submission', async () => {
    const { client, calls } = storeDouble((method, path) =>
      method === 'GET' && path === `applications/${APP}`
        ? ok({ id: APP, firstPublishedDate: '1601-01-01T00:00:00Z', pendingApplicationSubmission: { id: '1' } })
        : new Error(`unexpected ${method} ${path}`)
    );
    const error = await resolveParent(client, { kind: 'app', applicationId: APP }, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).oneLine()).toBe(
      `The app ${APP} has no published submission (no lastPublishedApplicationSubmission): the Store API can only make a new submission as a copy of the last published one; nothing was changed. ` +
        `Make the app's first submission in Partner Center (https://partner.microsoft.com/dashboard/products/${APP}/overview) and let it be published; then run again.`
    );
    expect(calls).toEqual([`GET applications/${APP}`]);
  });

  test('with a published submission resolves', async () => {
    const { client } = storeDouble(() => ok({ id: APP, lastPublishedApplicationSubmission: { id: '2' } }));
    const resolved = await resolveParent(client, { kind: 'app', applicationId: APP }, () => {});
    expect(resolved.parent.label).toBe(`app ${APP}`);
  });
});
