/**
 * The command line's host (src/run/host.ts): inputs from the command line and the environment, the log on stderr,
 * secrets kept out of every line it writes, the outputs collected for stdout, a dotenv file and Azure Pipelines'
 * variables, the summary to a file. Azure Pipelines (TF_BUILD) also gets its logging commands: secrets, issues, and
 * the summary uploaded.
 */
import { appendFileSync } from 'node:fs';
import type { InputName, OutputName } from '../interface/declaration.js';
import { safeLog } from '../log-safe.js';
import type { Host } from '../run/host.js';
import type { CliCredentials } from './env.js';
import { azureLogIssue, azureSetSecret, azureUploadSummary, defuseAzureCommands } from './outputs.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliHost extends Host {
  /** The outputs in the order the report set them. */
  readonly outputs: Map<OutputName, string>;
  /** The run's one-line failure, when it failed. */
  readonly failure: () => string | undefined;
}

export interface CliHostOptions {
  credentials: CliCredentials;
  azure: boolean;
  /** Where the Markdown summary goes (--summary-file; on Azure Pipelines a file of the agent's when not given). */
  summaryFile?: string;
  io: CliIo;
  version: string;
}

export function cliHost(options: CliHostOptions): CliHost {
  const { credentials, azure, io } = options;
  const secrets = new Set<string>();
  const outputs = new Map<OutputName, string>();
  let failure: string | undefined;
  /** Every line this host writes: secrets replaced, and on Azure Pipelines no logging command but its own. */
  const clean = (text: string): string => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join('***');
    // Never a workflow command (a GitHub runner reads stderr too), nor, on Azure Pipelines, a logging command.
    return azure ? defuseAzureCommands(safeLog(out)) : safeLog(out);
  };
  const log = (text: string): void => io.stderr(`${clean(text)}\n`);
  const mask = (secret: string): void => {
    if (!secret || secrets.has(secret)) return;
    secrets.add(secret);
    if (azure) io.stdout(azureSetSecret(secret));
  };
  for (const secret of credentials.secrets) mask(secret);
  let summaryStarted = false;
  return {
    outputs,
    failure: () => failure,
    input: (name) => credentials.inputs[name as InputName] ?? '',
    setOutput: (name, value) => void outputs.set(name, value),
    info: log,
    warning: (message) => (azure ? io.stdout(azureLogIssue('warning', clean(message))) : log(`warning: ${message}`)),
    error: (message) => (azure ? io.stdout(azureLogIssue('error', clean(message))) : log(`error: ${message}`)),
    writeSummary: async (markdown) => {
      if (!options.summaryFile) throw new Error('no --summary-file given');
      appendFileSync(options.summaryFile, clean(markdown));
      if (azure && !summaryStarted) io.stdout(azureUploadSummary(options.summaryFile));
      summaryStarted = true;
    },
    mask,
    getIdToken: credentials.getIdToken,
    idToken: {
      label: 'the federated token in AZURE_FEDERATED_TOKEN_FILE',
      available: credentials.method === 'federated-token-file',
      missing: 'neither AZURE_CLIENT_SECRET nor AZURE_FEDERATED_TOKEN_FILE is set'
    },
    userAgent: `msstore-submit-cli/${options.version}`,
    fail: (message) => {
      failure = message;
      if (azure) io.stdout(azureLogIssue('error', clean(message)));
      else log(`error: ${message}`);
    }
  };
}
