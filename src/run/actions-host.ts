/**
 * The GitHub Action's host: inputs from the runner's INPUT_* variables, outputs and the summary through the files
 * it names, the log, annotations and masks as workflow commands on stdout (src/run/workflow-commands.ts), and
 * GitHub's OIDC token through @actions/core, loaded only by a run that asks for one.
 */
import { accessSync, appendFileSync, constants } from 'node:fs';
import { EOL } from 'node:os';
import { safeLog } from '../log-safe.js';
import type { Host, RunLink } from './host.js';
import { inputVariable, outputFileEntry, workflowCommand } from './workflow-commands.js';

/**
 * The workflow run's page, from the runner's default environment variables (GITHUB_SERVER_URL, GITHUB_REPOSITORY,
 * GITHUB_RUN_ID, GITHUB_WORKFLOW, GITHUB_RUN_NUMBER); none outside Actions (no repository or run ID).
 */
export function runLinkFrom(env: NodeJS.ProcessEnv): RunLink | undefined {
  const runId = Number.parseInt(env.GITHUB_RUN_ID ?? '', 10);
  if (!env.GITHUB_REPOSITORY || !runId) return undefined;
  const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runNumber = Number.parseInt(env.GITHUB_RUN_NUMBER ?? '', 10);
  return { url: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`, label: `${env.GITHUB_WORKFLOW} #${runNumber}` };
}

/** Where the step's stdout goes (tests record it). */
export type LineWriter = (text: string) => void;

export function actionsHost(
  env: NodeJS.ProcessEnv = process.env,
  write: LineWriter = (text) => void process.stdout.write(text)
): Host {
  const line = (text: string): void => write(`${text}${EOL}`);
  const command = (name: string, message: string, properties: Record<string, string | undefined> = {}): void =>
    line(workflowCommand(name, properties, message));
  const error = (message: string, properties?: { title?: string }): void => command('error', message, properties);
  return {
    input: (name) => (env[inputVariable(name)] ?? '').trim(),
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT;
      if (file) {
        // node:crypto (for the delimiter) is loaded here, at the end of the run, not before its first request.
        const delimiter = `ghadelimiter_${process.getBuiltinModule('node:crypto').randomUUID()}`;
        appendFileSync(file, `${outputFileEntry(name, value, delimiter)}${EOL}`, 'utf8');
      } else {
        // Outside a runner that names the file: the old command, as @actions/core falls back to it.
        line('');
        command('set-output', value, { name });
      }
    },
    // Store and repository text reaches the log: no line of it may act as a workflow command (src/log-safe.ts).
    info: (message) => line(safeLog(message)),
    warning: (message, properties) => command('warning', message, properties),
    error,
    writeSummary: async (markdown) => {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) {
        throw new Error(
          'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
        );
      }
      try {
        accessSync(file, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(
          `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
        );
      }
      appendFileSync(file, `${markdown}${EOL}`, 'utf8');
    },
    mask: (secret) => command('add-mask', secret),
    getIdToken: async (audience) => (await import('@actions/core')).getIDToken(audience),
    idToken: {
      label: 'GitHub OIDC',
      available: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL),
      missing: 'this job gets no GitHub OIDC token (permissions: id-token: write)'
    },
    userAgent: 'msstore-submit-action',
    runLink: runLinkFrom(env),
    fail: (message) => {
      process.exitCode = 1;
      error(message);
    }
  };
}
