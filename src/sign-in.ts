/**
 * Signing in for either Store API: one transport, one Azure AD token source
 * (client secret or GitHub OIDC) for the API's resource, and the parts every
 * API client on the request layer is built from.
 */
import { AzureAdTokenSource, type TokenSourceOptions } from './auth.js';
import type { Clock } from './clock.js';
import type { IdTokenSource } from './run/host.js';
import type { ApiClientOptions } from './request/layer.js';
import { defaultRetryPolicy } from './request/policy.js';
import { createHttpTransport } from './request/transport.js';

/** What a run is given from the runner (core in the action, doubles in tests). */
export interface RunDeps {
  clock: Clock;
  signal: AbortSignal;
  userAgent: string;
  info: (line: string) => void;
  warning: (line: string) => void;
  /** core.getIDToken. */
  getIdToken: (audience: string) => Promise<string>;
  /** Where getIdToken's token comes from, and whether it can work here. */
  idToken: IdTokenSource;
  /** core.setSecret. */
  mask: (secret: string) => void;
}

export interface SignInSettings extends Pick<
  TokenSourceOptions,
  'authorityHost' | 'tenantId' | 'clientId' | 'credential'
> {
  requestTimeoutMs: number;
}

/** The API a token is for: its resource and the token endpoint to start with (default: the Store's, v2.0). */
export interface TokenAudience {
  resource?: string;
  endpoint?: 'v1' | 'v2.0';
}

export function signIn(settings: SignInSettings, deps: RunDeps, audience: TokenAudience = {}): ApiClientOptions {
  const { clock, signal, info } = deps;
  const http = createHttpTransport({ userAgent: deps.userAgent, idleTimeoutMs: settings.requestTimeoutMs });
  const common = { http, clock, retry: defaultRetryPolicy, log: info, signal };
  const tokens = new AzureAdTokenSource({
    ...common,
    ...audience,
    authorityHost: settings.authorityHost,
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    credential: settings.credential,
    getIdToken: deps.getIdToken,
    mask: deps.mask
  });
  const how = settings.credential.kind === 'secret' ? 'a client secret' : deps.idToken.label;
  const forWhat = audience.resource ? ` for ${audience.resource}` : '';
  info(`Signing in to Azure AD tenant ${settings.tenantId} as ${settings.clientId} with ${how}${forWhat}.`);
  return { ...common, tokens };
}
