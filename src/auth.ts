/**
 * Azure AD access tokens for the Store APIs, by client secret or by a GitHub
 * OIDC token (workload identity federation). Caches the token, renews it
 * before it expires (and on demand after a 401), masks every token it sees.
 */
import { ActionError, ApiError } from './errors.js';
import { RequestLayer, type Dialect, type RequestLayerOptions, type TokenSource } from './request/layer.js';
import type { HttpResponse } from './request/transport.js';

export type { TokenSource } from './request/layer.js';

/** How the action signs in to Azure AD. */
export type Credential = { kind: 'secret'; secret: string } | { kind: 'oidc' };

export const STORE_RESOURCE = 'https://manage.devcenter.microsoft.com';
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export interface TokenSourceOptions extends RequestLayerOptions {
  authorityHost: string;
  tenantId: string;
  clientId: string;
  credential: Credential;
  /** core.getIDToken: a fresh GitHub OIDC token for the audience. */
  getIdToken: (audience: string) => Promise<string>;
  /** core.setSecret. */
  mask: (secret: string) => void;
  /** The API the token is for; default the Store submission API (STORE_RESOURCE). */
  resource?: string;
  /**
   * The token endpoint to start with: v2.0 (default, with `scope`, as msstore-cli and azure/login sign in, and
   * where federated credentials are documented) or v1 (with `resource`). The other one is tried after a 404.
   */
  endpoint?: 'v1' | 'v2.0';
}

/** What Azure AD's error codes usually mean for a user of this action. */
function aadHint(aadCode: string | undefined, credential: Credential): string {
  switch (aadCode) {
    case 'AADSTS7000215':
    case 'AADSTS7000222':
      return "Check 'client-secret': use the secret's Value (not its Secret ID), and make a new one if it has expired.";
    case 'AADSTS700016':
      return "Check 'client-id' and 'tenant-id': the application is not registered in that tenant.";
    case 'AADSTS90002':
    case 'AADSTS900023':
      return "Check 'tenant-id': no such tenant.";
    case 'AADSTS70021':
    case 'AADSTS700211':
    case 'AADSTS700212':
    case 'AADSTS700213':
      return 'Add a federated credential to the Azure AD app whose issuer is https://token.actions.githubusercontent.com and whose subject matches this job (e.g. repo:OWNER/REPO:ref:refs/tags/v1.0 or repo:OWNER/REPO:environment:NAME), audience api://AzureADTokenExchange.';
    default:
      return credential.kind === 'secret'
        ? "Check 'tenant-id', 'client-id' and 'client-secret'."
        : "Check 'tenant-id', 'client-id' and the app's federated credential for this repository.";
  }
}

export class AzureAdTokenSource implements TokenSource {
  private cached?: { token: string; renewAt: number };
  /** The other endpoint was tried once after a 404: stay on it. */
  private triedOther = false;
  /** The v2.0 endpoint, as msstore-cli uses; v1 (the Store docs' own) when the authority does not serve v2.0 (404). */
  private endpoint: 'v1' | 'v2.0';
  private readonly layer: RequestLayer;
  private readonly dialect: Dialect;

  constructor(private readonly options: TokenSourceOptions) {
    this.endpoint = options.endpoint ?? 'v2.0';
    this.layer = new RequestLayer(options);
    this.dialect = aadDialect(options.credential, options.authorityHost);
  }

  invalidate(): void {
    this.cached = undefined;
  }

  async token(): Promise<string> {
    const now = this.options.clock.now();
    if (this.cached && now < this.cached.renewAt) return this.cached.token;
    const { token, lifetimeMs } = await this.fetchToken();
    // Renew ahead of expiry: 5 minutes early for normal tokens, a quarter early for short-lived ones.
    const margin = Math.min(5 * 60_000, lifetimeMs / 4);
    this.cached = { token, renewAt: this.options.clock.now() + lifetimeMs - margin };
    return token;
  }

  private async form(): Promise<string> {
    const { credential, clientId } = this.options;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId });
    const resource = this.options.resource ?? STORE_RESOURCE;
    if (this.endpoint === 'v1') form.set('resource', resource);
    else form.set('scope', `${resource}/.default`);
    if (credential.kind === 'secret') {
      form.set('client_secret', credential.secret);
    } else {
      form.set('client_assertion_type', JWT_BEARER);
      form.set('client_assertion', await this.githubIdToken());
    }
    return form.toString();
  }

  /** A fresh GitHub OIDC token for each renewal: they live only minutes. */
  private async githubIdToken(): Promise<string> {
    let idToken: string;
    try {
      idToken = await this.options.getIdToken(OIDC_AUDIENCE);
    } catch (error) {
      // A host's own token source (the CLI's token file) already says what to fix.
      if (error instanceof ActionError) throw error;
      const message = (error as Error).message ?? String(error);
      if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)) {
        throw new ActionError(
          "'client-secret' is empty, so the action signs in with GitHub OIDC, but this job cannot get an OIDC token.",
          {
            hint: "Add `permissions: id-token: write` (and `contents: read`) to the job or workflow, or set 'client-secret'. Pull requests from forks never get an OIDC token."
          }
        );
      }
      throw new ActionError(`Could not get a GitHub OIDC token: ${message.replace(/\s+/g, ' ').trim()}`, {
        hint: "Check the job's `permissions: id-token: write`, or set 'client-secret'."
      });
    }
    this.options.mask(idToken);
    return idToken;
  }

  private async fetchToken(): Promise<{ token: string; lifetimeMs: number }> {
    try {
      return await this.requestToken();
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404 || this.triedOther) throw error;
      this.triedOther = true;
      this.endpoint = this.endpoint === 'v1' ? 'v2.0' : 'v1';
      this.options.log(`${error.call} answered HTTP 404; using the ${this.endpoint} endpoint instead.`);
      return this.requestToken();
    }
  }

  private async requestToken(): Promise<{ token: string; lifetimeMs: number }> {
    const { authorityHost, tenantId, clock } = this.options;
    const path = this.endpoint === 'v1' ? 'oauth2/token' : 'oauth2/v2.0/token';
    const { body } = await this.layer.send<{
      access_token: string;
      expires_in?: string | number;
      expires_on?: string | number;
    }>({
      call: `Get an Azure AD token (POST /${path})`,
      method: 'POST',
      url: `${authorityHost}/${encodeURIComponent(tenantId)}/${path}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/json' },
      body: await this.form(),
      // Asking for a token twice does no harm.
      idempotent: true,
      dialect: this.dialect,
      read: readToken
    });
    this.options.mask(body.access_token);
    return { token: body.access_token, lifetimeMs: lifetimeOf(body, clock.now()) };
  }
}

/** A token answer with a readable access_token; throws (and so is asked again) without one. */
function readToken(response: HttpResponse): {
  access_token: string;
  expires_in?: string | number;
  expires_on?: string | number;
} {
  let body: { access_token?: unknown } | undefined;
  try {
    body = JSON.parse(response.body);
  } catch {
    // a garbled answer: reported below
  }
  if (!body || typeof body.access_token !== 'string' || !body.access_token)
    throw new Error('the answer holds no access_token');
  return body as { access_token: string };
}

/** Azure AD's error body: `{ error, error_description, error_codes, correlation_id }`. */
function aadDialect(credential: Credential, authorityHost: string): Dialect {
  return {
    correlationHeader: 'client-request-id',
    describe: (response) => {
      let parsed: { error?: string; error_description?: string; error_codes?: number[]; correlation_id?: string } = {};
      try {
        parsed = JSON.parse(response.body);
      } catch {
        // not JSON: the status alone
      }
      const description = (parsed.error_description ?? '').split(/\r?\n/)[0].trim();
      const aadCode =
        /AADSTS\d+/.exec(description)?.[0] ?? (parsed.error_codes?.[0] ? `AADSTS${parsed.error_codes[0]}` : undefined);
      return {
        code: parsed.error,
        message: description || undefined,
        detail: aadCode,
        correlationId: parsed.correlation_id
      };
    },
    hint: ({ status, detail }) => {
      if (status === undefined) return `Check 'authority-host' (${authorityHost}) and the network.`;
      return status === 400 || status === 401 ? aadHint(detail, credential) : undefined;
    }
  };
}

/** Token lifetime from `expires_in` (v1 answers strings, v2.0 numbers), else `expires_on`; an hour if neither. */
export function lifetimeOf(
  body: { expires_in?: string | number; expires_on?: string | number },
  nowMs: number
): number {
  const expiresIn = Number(body.expires_in);
  if (Number.isFinite(expiresIn) && expiresIn > 0) return expiresIn * 1000;
  const expiresOn = Number(body.expires_on);
  if (Number.isFinite(expiresOn) && expiresOn * 1000 > nowMs) return expiresOn * 1000 - nowMs;
  return 3600_000;
}
