/**
 * Credentials for the command line from the environment, with the names the
 * Azure SDK's EnvironmentCredential and WorkloadIdentityCredential use:
 * AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_AUTHORITY_HOST (an option of the
 * same input wins over each), AZURE_CLIENT_SECRET, or AZURE_FEDERATED_TOKEN_FILE
 * for workload identity (GitLab's `id_tokens`, Azure Pipelines' federated
 * service connections): the file holds an OIDC token that Azure AD exchanges
 * for an access token, the way the action exchanges GitHub's
 * (`getIdToken(audience)` in ../auth.ts). Pure functions of the environment
 * and a file reader.
 */
import { ActionError } from '../errors.js';
import type { InputName } from '../interface/declaration.js';

export type Environment = Readonly<Record<string, string | undefined>>;
export type ReadFile = (path: string) => Promise<string>;

/** What --help says about each variable the command line reads. */
export const ENVIRONMENT_VARIABLES = {
  AZURE_TENANT_ID: 'The tenant ID, when --tenant-id is not given.',
  AZURE_CLIENT_ID: 'The client (application) ID, when --client-id is not given.',
  AZURE_CLIENT_SECRET: 'A client secret of that app (there is no --client-secret: secrets stay off command lines).',
  AZURE_FEDERATED_TOKEN_FILE:
    'Or workload identity: a file holding an OIDC token (audience api://AzureADTokenExchange) that the app has a federated credential for. Read again at every sign-in. AZURE_CLIENT_SECRET wins when both are set.',
  AZURE_AUTHORITY_HOST: 'The Azure AD authority host, when --authority-host is not given.',
  TF_BUILD:
    'Set by Azure Pipelines: the outputs, secrets, errors and summary are then also written as ##vso[...] logging commands.'
} as const;

/** The inputs the environment can give, and the variable of each (an option of the input wins over it). */
export const INPUT_VARIABLES = {
  'tenant-id': 'AZURE_TENANT_ID',
  'client-id': 'AZURE_CLIENT_ID',
  'authority-host': 'AZURE_AUTHORITY_HOST'
} as const satisfies Partial<Record<InputName, keyof typeof ENVIRONMENT_VARIABLES>>;

/** How the command line signs in. */
export type SignInMethod = 'secret' | 'federated-token-file' | 'none';

export interface CliCredentials {
  /** The inputs, with tenant-id, client-id, client-secret and authority-host filled in from the environment. */
  readonly inputs: Record<InputName, string>;
  readonly method: SignInMethod;
  /** Values never to print: the client secret (OIDC and access tokens are masked where they are read). */
  readonly secrets: readonly string[];
  /** Lines worth a warning (e.g. both a secret and a token file). */
  readonly notes: readonly string[];
  /** The OIDC token for workload identity: the token file's content, trimmed, read afresh at each call. */
  readonly getIdToken: (audience: string) => Promise<string>;
}

const value = (env: Environment, name: string): string => (env[name] ?? '').trim();

/** Running as an Azure Pipelines step (the agent sets TF_BUILD=True). */
export const isAzurePipelines = (env: Environment): boolean => value(env, 'TF_BUILD') !== '';

/** The audiences a JWT names, or undefined when the token cannot be read as a JWT. */
function audiencesOf(token: string): string[] | undefined {
  const [, payload] = token.split('.');
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { aud?: unknown };
    if (typeof claims.aud === 'string') return [claims.aud];
    if (Array.isArray(claims.aud)) return claims.aud.filter((aud): aud is string => typeof aud === 'string');
  } catch {
    // not a JWT Azure AD can read either: it says so itself
  }
  return undefined;
}

/** A getIdToken that reads the token file; the errors say what to fix and never show the token. */
export function tokenFileReader(path: string, readFile: ReadFile): (audience: string) => Promise<string> {
  return async (audience) => {
    let text: string;
    try {
      text = await readFile(path);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new ActionError(`AZURE_FEDERATED_TOKEN_FILE names '${path}', which cannot be read (${reason}).`, {
        hint: 'Write the OIDC token into that file before running msstore-submit, or set AZURE_CLIENT_SECRET instead.'
      });
    }
    const token = text.trim();
    if (token === '') {
      throw new ActionError(`AZURE_FEDERATED_TOKEN_FILE names '${path}', which is empty.`, {
        hint: 'Write the OIDC token into it (GitLab: an id_tokens variable; Azure Pipelines: the idToken of AzureCLI@2 with addSpnToEnvironment).'
      });
    }
    const audiences = audiencesOf(token);
    if (audiences && audiences.length > 0 && !audiences.includes(audience)) {
      throw new ActionError(
        `The OIDC token in AZURE_FEDERATED_TOKEN_FILE is for audience ${audiences.join(', ')}, not ${audience}.`,
        { hint: `Issue it with aud ${audience} (GitLab: id_tokens: NAME: aud: ${audience}).` }
      );
    }
    return token;
  };
}

const NO_CREDENTIAL = async (): Promise<string> => {
  throw new ActionError(
    'No credential to sign in with: AZURE_CLIENT_SECRET and AZURE_FEDERATED_TOKEN_FILE are unset.',
    {
      hint: 'Set AZURE_CLIENT_SECRET, or AZURE_FEDERATED_TOKEN_FILE to a file holding an OIDC token (workload identity); a dry run (--dry-run) needs neither.'
    }
  );
};

/**
 * The inputs with the credentials the environment holds: an option given on the command line wins over its
 * environment variable; AZURE_CLIENT_SECRET wins over AZURE_FEDERATED_TOKEN_FILE, as in the Azure SDK.
 */
export function readCredentials(
  command: { inputs: Readonly<Record<InputName, string>>; given: readonly InputName[] },
  env: Environment,
  readFile: ReadFile
): CliCredentials {
  const inputs = { ...command.inputs };
  const fromEnv = (input: InputName, variable: string): void => {
    if (!command.given.includes(input) && value(env, variable) !== '') inputs[input] = value(env, variable);
  };
  for (const [input, variable] of Object.entries(INPUT_VARIABLES)) fromEnv(input as InputName, variable);
  const secret = env.AZURE_CLIENT_SECRET ?? '';
  const tokenFile = value(env, 'AZURE_FEDERATED_TOKEN_FILE');
  inputs['client-secret'] = secret.trim() === '' ? '' : secret;
  const notes: string[] = [];
  if (inputs['client-secret'] !== '') {
    if (tokenFile !== '')
      notes.push('AZURE_CLIENT_SECRET and AZURE_FEDERATED_TOKEN_FILE are both set: using the secret.');
    return { inputs, method: 'secret', secrets: [secret], notes, getIdToken: NO_CREDENTIAL };
  }
  if (tokenFile !== '') {
    return {
      inputs,
      method: 'federated-token-file',
      secrets: [],
      notes,
      getIdToken: tokenFileReader(tokenFile, readFile)
    };
  }
  return { inputs, method: 'none', secrets: [], notes, getIdToken: NO_CREDENTIAL };
}
