/** The GitHub Action's host: @actions/core for inputs, outputs, the log, annotations, masking, OIDC and the summary. */
import * as core from '@actions/core';
import { safeLog } from '../log-safe.js';
import type { Host, RunLink } from './host.js';

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

export function actionsHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    // Store and repository text reaches the log: no line of it may act as a workflow command (src/log-safe.ts).
    info: (message) => core.info(safeLog(message)),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    mask: (secret) => core.setSecret(secret),
    getIdToken: (audience) => core.getIDToken(audience),
    idToken: {
      label: 'GitHub OIDC',
      available: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL),
      missing: 'this job gets no GitHub OIDC token (permissions: id-token: write)'
    },
    userAgent: 'msstore-submit-action',
    runLink: runLinkFrom(env),
    fail: (message) => core.setFailed(message)
  };
}
