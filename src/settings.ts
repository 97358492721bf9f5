/**
 * The only reader of the action's inputs. Everything is checked here, before
 * the first request, so that bad input fails with one clear line and leaves
 * the Store as it was. What comes out is one typed Settings object.
 */
import { readFile, stat } from 'node:fs/promises';
import { ActionError } from './errors.js';
import {
  deepMerge,
  isPlainObject,
  missingFromZip,
  pendingUploads,
  type JsonObject,
  type PendingFile
} from './merge.js';
import { ADD_ON, APP, FLIGHT, type ParentKind } from './store/parents.js';
import { listZipEntries } from './zip.js';

export type WaitFor = 'commit' | 'certification' | 'publish';

export type Credential = { kind: 'secret'; secret: string } | { kind: 'oidc' };

/** What the submission is for: one of the Store's three parents of submissions. */
export type Target =
  | { kind: 'app'; applicationId: string }
  | {
      kind: 'flight';
      applicationId: string;
      flightId?: string;
      flightName?: string;
      /** What creating the flight needs, when it is found by name and does not exist. */
      create?: { groupIds: string[]; rankHigherThan?: string };
    }
  | {
      kind: 'add-on';
      applicationId?: string;
      addOnId?: string;
      productId?: string;
      /** What creating the add-on needs, when it is found by product ID and does not exist. */
      create?: { productType: 'Durable' | 'Consumable' };
    };

export interface Settings {
  tenantId: string;
  clientId: string;
  credential: Credential;
  target: Target;
  /** The submission fields to change, deep-merged over the Store's clone. */
  changes: JsonObject;
  /** The zip that holds every file `changes` marks PendingUpload, if any. */
  packageZip?: string;
  /** The files `changes` marks PendingUpload (all checked to be in the zip). */
  pendingFiles: PendingFile[];
  deletePending: boolean;
  pollIntervalMs: number;
  timeoutMs: number;
  waitFor: WaitFor;
  /** e.g. https://manage.devcenter.microsoft.com (no trailing slash). */
  storeApiUrl: string;
  /** e.g. https://login.microsoftonline.com (no trailing slash). */
  authorityHost: string;
  uploadConcurrency: number;
  requestTimeoutMs: number;
}

/** Reads one input by name; '' when absent (like core.getInput). */
export type InputReader = (name: string) => string;

const WAIT_FOR: readonly WaitFor[] = ['commit', 'certification', 'publish'];

function fail(message: string, hint?: string): never {
  throw new ActionError(message, { hint });
}

function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  return fail(`Input '${name}' must be true or false, got '${value}'.`);
}

function parseNumber(
  name: string,
  value: string,
  fallback: number,
  options: { min: number; max: number; integer?: boolean }
): number {
  if (value === '') return fallback;
  const number = Number(value);
  if (
    !Number.isFinite(number) ||
    (options.integer && !Number.isInteger(number)) ||
    number < options.min ||
    number > options.max
  ) {
    fail(
      `Input '${name}' must be ${options.integer ? 'a whole number' : 'a number'} from ${options.min} to ${options.max}, got '${value}'.`
    );
  }
  return number;
}

/** IDs go into URL paths: refuse anything that could change the path. */
function parseId(name: string, value: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
    fail(
      `Input '${name}' is not a valid Store ID: '${value}'.`,
      'Copy the ID from Partner Center (for an app, e.g. 9NBLGGH4R315).'
    );
  }
  return value;
}

function parseBaseUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`Input '${name}' is not a URL: '${value}'.`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    fail(`Input '${name}' must be an https:// URL (plain http is allowed only for 127.0.0.1), got '${value}'.`);
  }
  return value.replace(/\/+$/, '');
}

async function readChanges(input: InputReader): Promise<{ changes: JsonObject; source: string }> {
  const inline = input('submission-json');
  const file = input('submission-json-file');
  if (inline && file) {
    fail("Give either 'submission-json' or 'submission-json-file', not both.");
  }
  let text = inline;
  let source = "'submission-json'";
  if (file) {
    source = `'submission-json-file' (${file})`;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      fail(`Cannot read ${source}: ${(error as Error).message}.`, 'Check the path; it is relative to the workspace.');
    }
  }
  if (!text.trim()) return { changes: {}, source };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(
      `${source} is not valid JSON: ${(error as Error).message}.`,
      'Fix the JSON (a YAML block scalar `|` keeps it intact).'
    );
  }
  if (!isPlainObject(parsed)) {
    fail(
      `${source} must be a JSON object ({ ... }) of submission fields, got ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed}.`
    );
  }
  return { changes: deepMerge({}, parsed), source };
}

const KIND_OF: Record<Target['kind'], ParentKind> = { app: APP, flight: FLIGHT, 'add-on': ADD_ON };

/** A package list that does not belong to this kind of submission would only fail after the Store changed. */
function checkPackageField(changes: JsonObject, target: Target, source: string): void {
  const kind = KIND_OF[target.kind];
  for (const field of [APP.packagesField, FLIGHT.packagesField] as string[]) {
    if (field in changes && field !== kind.packagesField) {
      fail(
        `${source} sets '${field}', but this is ${/^[aeiou]/i.test(kind.noun) ? 'an' : 'a'} ${kind.noun} submission${kind.packagesField ? `, whose package list is '${kind.packagesField}'` : ', which has no packages'}.`,
        kind.packagesField
          ? `Rename the field to '${kind.packagesField}'.`
          : 'Remove it, or publish the packages in an app or flight submission.'
      );
    }
  }
}

async function checkZip(path: string, pending: PendingFile[], source: string): Promise<void> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) fail(`'package-zip' is not a file: ${path}.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ActionError) throw error;
    return fail(
      `'package-zip' does not exist: ${path}.`,
      'Build the zip before this step, and check the path (it is relative to the workspace).'
    );
  }
  let entries: string[];
  try {
    entries = await listZipEntries(path);
  } catch (error) {
    return fail(`'package-zip' is not a readable zip file (${size} bytes): ${path}: ${(error as Error).message}.`);
  }
  const missing = missingFromZip(pending, entries);
  if (missing.length > 0) {
    const list = missing.map((file) => `'${file.fileName}' (${file.where})`).join(', ');
    fail(
      `'package-zip' is missing ${missing.length} file(s) that ${source} marks PendingUpload: ${list}.`,
      'Each fileName must be a path inside the zip (\\ and / alike, any case).'
    );
  }
}

function resolveTarget(input: InputReader): Target {
  const applicationIdRaw = input('application-id');
  const applicationId = applicationIdRaw ? parseId('application-id', applicationIdRaw) : undefined;
  const flight = {
    id: input('flight-id'),
    name: input('flight-name'),
    groupIds: input('flight-group-ids'),
    rankHigherThan: input('flight-rank-higher-than')
  };
  const addOn = { id: input('add-on-id'), productId: input('add-on-product-id'), type: input('add-on-type') };
  const flightInputs = Object.entries({
    'flight-id': flight.id,
    'flight-name': flight.name,
    'flight-group-ids': flight.groupIds,
    'flight-rank-higher-than': flight.rankHigherThan
  }).filter(([, v]) => v);
  const addOnInputs = Object.entries({
    'add-on-id': addOn.id,
    'add-on-product-id': addOn.productId,
    'add-on-type': addOn.type
  }).filter(([, v]) => v);

  if (flightInputs.length && addOnInputs.length) {
    fail(
      `Both flight inputs (${flightInputs.map(([k]) => k).join(', ')}) and add-on inputs (${addOnInputs.map(([k]) => k).join(', ')}) are set.`,
      'One step publishes one submission: use separate steps for a flight and an add-on.'
    );
  }

  if (addOnInputs.length) {
    if (addOn.id && addOn.productId) fail("Give either 'add-on-id' or 'add-on-product-id', not both.");
    if (!addOn.id && !addOn.productId)
      fail("'add-on-type' needs 'add-on-product-id': the product ID of the add-on to find or create.");
    let productType: 'Durable' | 'Consumable' | undefined;
    if (addOn.type) {
      const match = ['Durable', 'Consumable'].find((t) => t.toLowerCase() === addOn.type.toLowerCase());
      if (!match) fail(`Input 'add-on-type' must be Durable or Consumable, got '${addOn.type}'.`);
      productType = match as 'Durable' | 'Consumable';
      if (addOn.id)
        fail(
          "'add-on-type' is only for creating an add-on by 'add-on-product-id'; with 'add-on-id' the add-on exists already."
        );
    }
    if (addOn.productId && !applicationId) {
      fail("'add-on-product-id' needs 'application-id': add-ons are found (and created) among an app's add-ons.");
    }
    return {
      kind: 'add-on',
      applicationId,
      addOnId: addOn.id ? parseId('add-on-id', addOn.id) : undefined,
      productId: addOn.productId || undefined,
      create: productType ? { productType } : undefined
    };
  }

  if (!applicationId)
    fail(
      "Input 'application-id' is required.",
      "It is the app's Store ID, e.g. 9NBLGGH4R315 (Partner Center > Product identity)."
    );

  if (flightInputs.length) {
    if (flight.id && flight.name) fail("Give either 'flight-id' or 'flight-name', not both.");
    if (!flight.id && !flight.name) {
      fail(
        `${flightInputs.map(([k]) => `'${k}'`).join(' and ')} need 'flight-name': the friendly name of the flight to find or create.`
      );
    }
    if (flight.id && (flight.groupIds || flight.rankHigherThan)) {
      fail(
        "'flight-group-ids' and 'flight-rank-higher-than' are only for creating a flight by 'flight-name'; with 'flight-id' the flight exists already."
      );
    }
    const groupIds = flight.groupIds
      .split(/[,\s]+/)
      .map((id) => id.trim())
      .filter(Boolean);
    if (flight.groupIds && groupIds.length === 0) fail("Input 'flight-group-ids' holds no group ID.");
    groupIds.forEach((id) => parseId('flight-group-ids', id));
    return {
      kind: 'flight',
      applicationId,
      flightId: flight.id ? parseId('flight-id', flight.id) : undefined,
      flightName: flight.name || undefined,
      create: groupIds.length ? { groupIds, rankHigherThan: flight.rankHigherThan || undefined } : undefined
    };
  }

  return { kind: 'app', applicationId };
}

export async function readSettings(input: InputReader): Promise<Settings> {
  const required = (name: string, hint: string): string => input(name) || fail(`Input '${name}' is required.`, hint);
  const tenantId = required(
    'tenant-id',
    'It is the Azure AD (Entra ID) directory ID that Partner Center is associated with.'
  );
  const clientId = required(
    'client-id',
    'It is the application (client) ID of the Azure AD app added to Partner Center.'
  );
  const secret = input('client-secret');
  const target = resolveTarget(input);

  const waitFor = (input('wait-for') || 'commit').toLowerCase() as WaitFor;
  if (!WAIT_FOR.includes(waitFor))
    fail(`Input 'wait-for' must be one of ${WAIT_FOR.join(', ')}, got '${input('wait-for')}'.`);

  const pollIntervalSeconds = parseNumber('poll-interval-seconds', input('poll-interval-seconds'), 30, {
    min: 0.01,
    max: 3600
  });
  const timeoutMinutes = parseNumber('timeout-minutes', input('timeout-minutes'), 60, {
    min: 0.001,
    max: 60 * 24 * 14
  });
  const settings: Omit<Settings, 'changes' | 'pendingFiles' | 'packageZip'> = {
    tenantId,
    clientId,
    credential: secret ? { kind: 'secret', secret } : { kind: 'oidc' },
    target,
    deletePending: parseBoolean('delete-pending', input('delete-pending'), true),
    pollIntervalMs: Math.round(pollIntervalSeconds * 1000),
    timeoutMs: Math.round(timeoutMinutes * 60_000),
    waitFor,
    storeApiUrl: parseBaseUrl('store-api-url', input('store-api-url') || 'https://manage.devcenter.microsoft.com'),
    authorityHost: parseBaseUrl('authority-host', input('authority-host') || 'https://login.microsoftonline.com'),
    uploadConcurrency: parseNumber('upload-concurrency', input('upload-concurrency'), 4, {
      min: 1,
      max: 32,
      integer: true
    }),
    requestTimeoutMs: Math.round(
      parseNumber('request-timeout-seconds', input('request-timeout-seconds'), 120, { min: 1, max: 3600 }) * 1000
    )
  };

  const { changes, source } = await readChanges(input);
  checkPackageField(changes, target, source);
  const pendingFiles = pendingUploads(changes);
  const packageZip = input('package-zip') || undefined;
  if (packageZip) {
    await checkZip(packageZip, pendingFiles, source);
  } else if (pendingFiles.length > 0) {
    fail(
      `${source} marks ${pendingFiles.length} file(s) PendingUpload (first: '${pendingFiles[0].fileName}') but 'package-zip' is not set.`,
      "Set 'package-zip' to the zip that holds them."
    );
  }
  return { ...settings, changes, pendingFiles, packageZip };
}
