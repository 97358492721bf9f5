/**
 * What every kind of run reads, whatever its API: who signs in, how long to wait, how long a request may stay
 * silent. Checked before the first request.
 */
import type { Credential } from '../auth.js';
import type { WaitFor } from '../status.js';
import { fail, readBaseUrl, readBoolean, readChoice, readNumber, type InputReader } from './parse.js';

export interface CommonSettings {
  tenantId: string;
  clientId: string;
  credential: Credential;
  pollIntervalMs: number;
  timeoutMs: number;
  waitFor: WaitFor;
  /** e.g. https://login.microsoftonline.com (no trailing slash). */
  authorityHost: string;
  requestTimeoutMs: number;
}

/** `commit: false` stops before the commit: nothing to wait for beyond it (either API). */
export function checkCommitAndWait(input: InputReader): void {
  const waitFor = readChoice(input, 'wait-for');
  if (readBoolean(input, 'commit') === false && waitFor !== 'commit') {
    fail(
      `'commit: false' stops before the commit, so there is nothing to wait for with 'wait-for: ${waitFor}'.`,
      "Leave 'wait-for' at its default (commit), or commit."
    );
  }
}

/** A dry run goes without credentials too (it then says what it could not check). */
export function readCommon(input: InputReader, dryRun: boolean): CommonSettings {
  const required = (name: 'tenant-id' | 'client-id', hint: string): string =>
    input(name).trim() || (dryRun ? '' : fail(`Input '${name}' is required.`, hint));
  const tenantId = required(
    'tenant-id',
    'It is the Azure AD (Entra ID) directory ID that Partner Center is associated with.'
  );
  const clientId = required(
    'client-id',
    'It is the application (client) ID of the Azure AD app added to Partner Center.'
  );
  const secret = input('client-secret');
  const waitFor = readChoice<WaitFor>(input, 'wait-for') ?? 'commit';
  checkCommitAndWait(input);
  return {
    tenantId,
    clientId,
    credential: secret ? { kind: 'secret', secret } : { kind: 'oidc' },
    pollIntervalMs: Math.round(readNumber(input, 'poll-interval-seconds') * 1000),
    timeoutMs: Math.round(readNumber(input, 'timeout-minutes') * 60_000),
    waitFor,
    authorityHost: readBaseUrl(input, 'authority-host'),
    requestTimeoutMs: Math.round(readNumber(input, 'request-timeout-seconds') * 1000)
  };
}
