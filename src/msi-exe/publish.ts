/**
 * One MSI/EXE run wired to the world: the transport, an Azure AD token for
 * api.store.microsoft.com (v2.0 endpoint, its own scope), the client, and
 * the lifecycle.
 */
import { AzureAdTokenSource, type Credential } from '../auth.js';
import type { Clock } from '../clock.js';
import { fixedEdit, type SubmissionEdit } from '../edits.js';
import type { JsonObject } from '../merge.js';
import { defaultRetryPolicy } from '../request/policy.js';
import { createHttpTransport } from '../request/transport.js';
import { MsiExeClient } from './client.js';
import { MsiExeLifecycle, type MsiExeProgress } from './lifecycle.js';
import type { WaitFor } from '../status.js';
import { MSI_EXE_RESOURCE, type MsiExePackage } from './types.js';

/** What an MSI/EXE run is given (settings.ts reads it from the inputs). */
export interface MsiExeSettings {
  tenantId: string;
  clientId: string;
  credential: Credential;
  /** e.g. https://login.microsoftonline.com (no trailing slash). */
  authorityHost: string;
  requestTimeoutMs: number;
  /** e.g. https://api.store.microsoft.com (no trailing slash). */
  apiUrl: string;
  /** Sent as X-Seller-Account-Id. */
  sellerId: string;
  /** The product's Partner Center ID (a GUID). */
  productId: string;
  /** Replace the draft's packages with these; undefined keeps them. */
  installers?: MsiExePackage[];
  /** Metadata changes other than submission-json, in order (the listings folder); `changes` goes after them. */
  edits: SubmissionEdit[];
  /** submission-json's `{ listings: { <language>: {...} }, properties, availability }`, applied last. */
  changes: JsonObject;
  /** The listings folder, and what it holds that this API's listings do not take (for the log). */
  listingsFolder?: { path: string; unused: string[] };
  waitFor: WaitFor;
  pollIntervalMs: number;
  timeoutMs: number;
}

export interface MsiExeRunDeps {
  clock: Clock;
  signal: AbortSignal;
  userAgent: string;
  info: (line: string) => void;
  /** core.getIDToken. */
  getIdToken: (audience: string) => Promise<string>;
  /** core.setSecret. */
  mask: (secret: string) => void;
}

export async function publishMsiExe(
  settings: MsiExeSettings,
  progress: MsiExeProgress,
  deps: MsiExeRunDeps
): Promise<void> {
  const { clock, signal, info } = deps;
  const http = createHttpTransport({ userAgent: deps.userAgent, idleTimeoutMs: settings.requestTimeoutMs });
  const tokens = new AzureAdTokenSource({
    authorityHost: settings.authorityHost,
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    credential: settings.credential,
    getIdToken: deps.getIdToken,
    mask: deps.mask,
    http,
    clock,
    retry: defaultRetryPolicy,
    log: info,
    signal,
    resource: MSI_EXE_RESOURCE,
    endpoint: 'v2.0'
  });
  info(
    `Signing in to Azure AD tenant ${settings.tenantId} as ${settings.clientId} with ${settings.credential.kind === 'secret' ? 'a client secret' : 'GitHub OIDC'} for ${MSI_EXE_RESOURCE}.`
  );
  if (settings.listingsFolder?.unused.length)
    info(
      `'listings-folder' holds what MSI/EXE listings do not take (not sent): ${settings.listingsFolder.unused.join('; ')}.`
    );
  const api = new MsiExeClient({
    apiUrl: settings.apiUrl,
    sellerId: settings.sellerId,
    productId: settings.productId,
    tokens,
    http,
    clock,
    retry: defaultRetryPolicy,
    log: info,
    signal
  });
  info(`Publishing MSI/EXE product ${settings.productId} (seller ${settings.sellerId}).`);
  const edits = [
    ...settings.edits,
    ...(Object.keys(settings.changes).length ? [fixedEdit('submission-json', settings.changes)] : [])
  ];
  const job = {
    productId: settings.productId,
    installers: settings.installers,
    edits,
    waitFor: settings.waitFor,
    pollIntervalMs: settings.pollIntervalMs,
    timeoutMs: settings.timeoutMs
  };
  await new MsiExeLifecycle(job, { api, clock, signal, info }, progress).run();
}
