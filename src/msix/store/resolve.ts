/**
 * From the settings' target to the parent resource: read the app, the flight
 * or the add-on; find a flight by name or an add-on by product ID on every
 * page of the lists; create it when asked and it does not exist. Creating is
 * not safe to repeat: after a lost answer the lists are read again first.
 */
import { ActionError } from '../../errors.js';
import type { JsonObject } from '../../merge.js';
import type { Failure } from '../../request/layer.js';
import type { Target } from './target.js';
import { UncertainOutcomeError, type StoreClient } from './client.js';
import { onlyMatch } from './match.js';
import { sendOnce } from '../../request/once.js';
import { addOnParent, appParent, flightParent, publishedOf, type Parent } from './parents.js';

export interface Resolved {
  parent: Parent;
  /** The parent as the Store holds it now (with its pending submission, if any). */
  resource: JsonObject;
}

const notFound = (what: string, hint: string) => (f: Failure) => (f.status === 404 ? `${what} ${hint}` : undefined);

/**
 * Looks something up; if it is not there, creates it; if the create's answer
 * is unclear, looks again before creating again. Never makes a duplicate.
 */
async function findOrCreate<T>(options: {
  find: () => Promise<T | undefined>;
  create: () => Promise<T>;
  pause: (attempt: number) => Promise<void>;
  log: (line: string) => void;
  what: string;
}): Promise<{ found: T; created: boolean }> {
  const existing = await options.find();
  if (existing !== undefined) return { found: existing, created: false };
  const found = await sendOnce({
    send: options.create,
    check: options.find,
    pause: options.pause,
    onUncertain: (error) =>
      options.log(`Creating ${options.what} got no clear answer (${error.message}); checking whether it was created.`)
  });
  return { found, created: true };
}

/** POSTs a new flight or add-on and returns its id; an answer without one is as unclear as a lost one. */
async function createForId(
  client: StoreClient,
  request: { path: string; body: JsonObject; call: string; idFields: string[] }
): Promise<string> {
  const response = await client.send<JsonObject>({
    method: 'POST',
    path: request.path,
    body: request.body,
    call: request.call
  });
  const id = request.idFields.map((field) => response.body?.[field]).find((value) => typeof value === 'string');
  if (typeof id !== 'string' || !id) {
    throw new UncertainOutcomeError({
      call: request.call,
      storeMessage: `answered without ${request.idFields.join(' or ')}`,
      correlationId: response.correlationId
    });
  }
  return id;
}

/** Finds the parent by name; creates it when asked and it is missing; fails with `missing` otherwise. */
async function findByName(options: {
  client: StoreClient;
  find: () => Promise<string | undefined>;
  create?: () => Promise<string>;
  missing: () => ActionError;
  what: string;
  log: (line: string) => void;
}): Promise<{ id: string; created: boolean }> {
  const { client, find, create, log, what } = options;
  if (!create) {
    const id = await find();
    if (!id) throw options.missing();
    return { id, created: false };
  }
  const { found, created } = await findOrCreate({
    find,
    create,
    log,
    what,
    pause: (attempt) => client.pauseBeforeRetry(attempt)
  });
  return { id: found, created };
}

async function resolveFlight(
  client: StoreClient,
  target: Extract<Target, { kind: 'flight' }>,
  log: (line: string) => void
): Promise<Resolved> {
  const app = target.applicationId;
  const read = async (flightId: string, name?: string, created = false): Promise<Resolved> => {
    const parent = flightParent(app, flightId, name, created);
    const resource = await client.get<JsonObject>(
      parent.path,
      `Read the ${parent.label}`,
      notFound(
        `No flight ${flightId} in app ${app}.`,
        "Check 'flight-id' (Partner Center > the app > Package flights), or use 'flight-name'."
      )
    );
    return { parent: flightParent(app, flightId, (resource.friendlyName as string) ?? name, created), resource };
  };
  if (target.flightId) return read(target.flightId);
  const name = target.flightName as string;
  const spec = target.create;
  const { id, created } = await findByName({
    client,
    log,
    what: `package flight '${name}'`,
    find: async () => {
      const flights = await client.listAll<{ flightId: string; friendlyName?: string }>(
        `applications/${app}/listflights`,
        `List the package flights of app ${app}`
      );
      const match = onlyMatch(flights, name, {
        keyOf: (f) => f.friendlyName,
        idOf: (f) => f.flightId,
        noun: 'package flight',
        where: `App ${app}`,
        input: 'flight-name'
      });
      return match?.flightId;
    },
    missing: () =>
      new ActionError(`App ${app} has no package flight named '${name}'.`, {
        hint: "Check 'flight-name', or set 'flight-group-ids' to create the flight."
      }),
    create:
      spec &&
      (() => {
        log(`Creating package flight '${name}' of app ${app} for flight groups ${spec.groupIds.join(', ')}.`);
        const body: JsonObject = { friendlyName: name, groupIds: spec.groupIds };
        if (spec.rankHigherThan) body.rankHigherThan = spec.rankHigherThan;
        const call = `Create package flight '${name}' of app ${app}`;
        return createForId(client, { path: `applications/${app}/flights`, body, call, idFields: ['flightId', 'id'] });
      })
  });
  return read(id, name, created);
}

/** An add-on as `GET inappproducts` lists it. */
interface ListedAddOn {
  id?: string;
  productId?: string;
  applications?: { value?: { id?: string }[] };
}

/** The Store ID of app `app`'s add-on with `productId`: one paged listing of the account's add-ons, filtered to the app. */
function addOnFinder(client: StoreClient, app: string, productId: string): () => Promise<string | undefined> {
  const ofApp = (addOn: ListedAddOn): boolean =>
    (addOn.applications?.value ?? []).some((ref) => ref.id?.toUpperCase() === app.toUpperCase());
  return async () => {
    const addOns = await client.listAll<ListedAddOn>('inappproducts?top=100', 'List the add-ons');
    const match = onlyMatch(
      addOns.filter((addOn) => addOn.id && ofApp(addOn)),
      productId,
      {
        keyOf: (addOn) => addOn.productId,
        idOf: (addOn) => addOn.id as string,
        noun: 'add-on',
        where: `App ${app}`,
        input: 'add-on-product-id'
      }
    );
    return match?.id;
  };
}

async function resolveAddOn(
  client: StoreClient,
  target: Extract<Target, { kind: 'add-on' }>,
  log: (line: string) => void
): Promise<Resolved> {
  const read = async (addOnId: string, created = false): Promise<Resolved> => {
    const probe = addOnParent(addOnId, target.productId, created);
    const resource = await client.get<JsonObject>(
      probe.path,
      `Read the ${probe.label}`,
      notFound(
        `No add-on ${addOnId}.`,
        "Check 'add-on-id' (the add-on's Store ID, e.g. 9NBLGGH4TNMP), or use 'add-on-product-id'."
      )
    );
    return { parent: addOnParent(addOnId, (resource.productId as string) ?? target.productId, created), resource };
  };
  if (target.addOnId) return read(target.addOnId);
  const app = target.applicationId as string;
  const productId = target.productId as string;
  const spec = target.create;
  const { id, created } = await findByName({
    client,
    log,
    what: `add-on '${productId}'`,
    find: addOnFinder(client, app, productId),
    missing: () =>
      new ActionError(`App ${app} has no add-on with product ID '${productId}'.`, {
        hint: "Check 'add-on-product-id', or set 'add-on-type' (Durable or Consumable) to create the add-on."
      }),
    create:
      spec &&
      (() => {
        log(`Creating ${spec.productType} add-on '${productId}' for app ${app}.`);
        const body = { applicationIds: [app], productId, productType: spec.productType };
        const call = `Create add-on '${productId}' of app ${app}`;
        return createForId(client, { path: 'inappproducts', body, call, idFields: ['id', 'inAppProductId'] });
      })
  });
  return read(id, created);
}

export async function resolveParent(
  client: StoreClient,
  target: Target,
  log: (line: string) => void
): Promise<Resolved> {
  switch (target.kind) {
    case 'flight':
      return resolveFlight(client, target, log);
    case 'add-on':
      return resolveAddOn(client, target, log);
    case 'app': {
      const parent = appParent(target.applicationId);
      const resource = await client.get<JsonObject>(
        parent.path,
        `Read the ${parent.label}`,
        notFound(
          `No app ${target.applicationId} in this Partner Center account.`,
          "Check 'application-id' (Partner Center > the app > Product identity > Store ID) and that the Azure AD app is added to this account."
        )
      );
      if (!publishedOf(parent, resource)) throw neverPublished(parent);
      return { parent, resource };
    }
  }
}

/** The API makes a submission as a copy of the last published one: an app with none cannot get one through it. */
function neverPublished(parent: Parent): ActionError {
  return new ActionError(
    `The ${parent.label} has no published submission (no lastPublishedApplicationSubmission): the Store API can only make a new submission as a copy of the last published one; nothing was changed.`,
    {
      hint: `Make the app's first submission in Partner Center (${parent.dashboardUrl}) and let it be published; then run again.`
    }
  );
}
