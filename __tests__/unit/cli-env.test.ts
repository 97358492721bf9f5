/**
 * Credentials from the environment (src/cli/env.ts), with the Azure SDK's
 * names: options win over AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_AUTHORITY_HOST,
 * the secret goes to the client-secret input, and a federated token file is
 * read afresh, trimmed, at every sign-in.
 */
import { describe, expect, test } from '@jest/globals';
import { parseCommandLine, isUsageError, type CliCommand } from '../../src/cli/args.js';
import {
  ENVIRONMENT_VARIABLES,
  isAzurePipelines,
  readCredentials,
  tokenFileReader,
  type ReadFile
} from '../../src/cli/env.js';
import { OIDC_AUDIENCE } from '../../src/auth.js';
import { ActionError } from '../../src/errors.js';

function command(...argv: string[]): CliCommand {
  const result = parseCommandLine(argv);
  if (isUsageError(result)) throw new Error(result.message);
  return result;
}

/** A JWT-shaped token (unsigned: only its claims matter here). */
function jwt(claims: object): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

/** An in-memory file system that counts reads. */
function files(content: Record<string, string>): ReadFile & { reads: string[] } {
  const reads: string[] = [];
  const read = async (path: string): Promise<string> => {
    reads.push(path);
    if (!(path in content)) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    return content[path];
  };
  return Object.assign(read, { reads });
}

const noFiles = files({});

describe('readCredentials', () => {
  test('tenant, client and authority host from the environment when no option names them', () => {
    const env = {
      AZURE_TENANT_ID: ' tenant-env ',
      AZURE_CLIENT_ID: 'client-env',
      AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us'
    };
    const { inputs, method } = readCredentials(command('publish'), env, noFiles);
    expect(inputs['tenant-id']).toBe('tenant-env');
    expect(inputs['client-id']).toBe('client-env');
    expect(inputs['authority-host']).toBe('https://login.microsoftonline.us');
    expect(method).toBe('none');
  });

  test('options win over the environment, even an option given at its default', () => {
    const env = {
      AZURE_TENANT_ID: 'tenant-env',
      AZURE_CLIENT_ID: 'client-env',
      AZURE_AUTHORITY_HOST: 'https://x.test'
    };
    const given = command(
      'publish',
      '--tenant-id',
      'tenant-opt',
      '--client-id=client-opt',
      '--authority-host',
      'https://login.microsoftonline.com'
    );
    const { inputs } = readCredentials(given, env, noFiles);
    expect(inputs['tenant-id']).toBe('tenant-opt');
    expect(inputs['client-id']).toBe('client-opt');
    expect(inputs['authority-host']).toBe('https://login.microsoftonline.com');
    // Nothing given and nothing in the environment: as the runner leaves them.
    const bare = readCredentials(command('publish'), {}, noFiles).inputs;
    expect(bare['tenant-id']).toBe('');
    expect(bare['authority-host']).toBe('https://login.microsoftonline.com');
  });

  test('AZURE_CLIENT_SECRET becomes the client-secret input and a secret to mask', async () => {
    const creds = readCredentials(command('publish'), { AZURE_CLIENT_SECRET: 'Zq8~secret' }, noFiles);
    expect(creds.method).toBe('secret');
    expect(creds.inputs['client-secret']).toBe('Zq8~secret');
    expect(creds.secrets).toEqual(['Zq8~secret']);
    expect(creds.notes).toEqual([]);
    // The input list itself does not carry it on any command line.
    expect(command('publish').inputs['client-secret']).toBe('');
  });

  test('a token file: no secret input, and getIdToken reads the file (trimmed) at every call', async () => {
    const token1 = jwt({ aud: OIDC_AUDIENCE, sub: 'project_path:group/app:ref_type:tag:ref:v1' });
    const token2 = jwt({ aud: [OIDC_AUDIENCE], sub: 'rotated' });
    const content: Record<string, string> = { '/run/token': `${token1}\n` };
    const fs = files(content);
    const creds = readCredentials(command('publish'), { AZURE_FEDERATED_TOKEN_FILE: '/run/token' }, fs);
    expect(creds.method).toBe('federated-token-file');
    expect(creds.inputs['client-secret']).toBe('');
    expect(fs.reads).toEqual([]); // nothing read before a sign-in asks
    await expect(creds.getIdToken(OIDC_AUDIENCE)).resolves.toBe(token1);
    content['/run/token'] = `  ${token2}\r\n`;
    await expect(creds.getIdToken(OIDC_AUDIENCE)).resolves.toBe(token2);
    expect(fs.reads).toEqual(['/run/token', '/run/token']);
  });

  test('both set: the secret wins, as in the Azure SDK, with a note', () => {
    const creds = readCredentials(
      command('publish'),
      { AZURE_CLIENT_SECRET: 's', AZURE_FEDERATED_TOKEN_FILE: '/run/token' },
      noFiles
    );
    expect(creds.method).toBe('secret');
    expect(creds.notes).toEqual(['AZURE_CLIENT_SECRET and AZURE_FEDERATED_TOKEN_FILE are both set: using the secret.']);
  });

  test('neither: getIdToken fails with what to set, naming no value', async () => {
    const creds = readCredentials(command('publish'), { AZURE_CLIENT_SECRET: '   ' }, noFiles);
    expect(creds.method).toBe('none');
    expect(creds.inputs['client-secret']).toBe('');
    const error = (await creds.getIdToken(OIDC_AUDIENCE).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.oneLine()).toMatch(
      /^No credential to sign in with: AZURE_CLIENT_SECRET and AZURE_FEDERATED_TOKEN_FILE/
    );
    expect(error.oneLine()).toContain('--dry-run');
  });
});

describe('tokenFileReader', () => {
  test('a missing file and an empty file are ActionErrors naming the file', async () => {
    const missing = await tokenFileReader('/nope', noFiles)(OIDC_AUDIENCE).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ActionError);
    expect((missing as ActionError).message).toBe(
      "AZURE_FEDERATED_TOKEN_FILE names '/nope', which cannot be read (ENOENT)."
    );
    const empty = await tokenFileReader('/e', files({ '/e': ' \n' }))(OIDC_AUDIENCE).catch((e: unknown) => e);
    expect((empty as ActionError).message).toBe("AZURE_FEDERATED_TOKEN_FILE names '/e', which is empty.");
  });

  test('a token for another audience is refused before Azure AD sees it, without showing the token', async () => {
    const token = jwt({ aud: 'https://gitlab.com', sub: 'x' });
    const error = (await tokenFileReader(
      '/t',
      files({ '/t': token })
    )(OIDC_AUDIENCE).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.oneLine()).toBe(
      'The OIDC token in AZURE_FEDERATED_TOKEN_FILE is for audience https://gitlab.com, not api://AzureADTokenExchange. Issue it with aud api://AzureADTokenExchange (GitLab: id_tokens: NAME: aud: api://AzureADTokenExchange).'
    );
    expect(error.oneLine()).not.toContain(token.split('.')[1]);
  });

  test('a token that is not a readable JWT is passed on for Azure AD to judge', async () => {
    await expect(tokenFileReader('/t', files({ '/t': 'opaque-token' }))(OIDC_AUDIENCE)).resolves.toBe('opaque-token');
  });
});

describe('the environment, described once', () => {
  test('Azure Pipelines is recognised by TF_BUILD', () => {
    expect(isAzurePipelines({ TF_BUILD: 'True' })).toBe(true);
    expect(isAzurePipelines({ GITLAB_CI: 'true' })).toBe(false);
    expect(isAzurePipelines({ TF_BUILD: '' })).toBe(false);
  });

  test('every variable read has a description', () => {
    expect(Object.keys(ENVIRONMENT_VARIABLES)).toEqual([
      'AZURE_TENANT_ID',
      'AZURE_CLIENT_ID',
      'AZURE_CLIENT_SECRET',
      'AZURE_FEDERATED_TOKEN_FILE',
      'AZURE_AUTHORITY_HOST',
      'TF_BUILD'
    ]);
  });
});
