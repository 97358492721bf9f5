/**
 * settings -> resolve the parent -> the lifecycle -> report. Expected errors
 * (ActionError) end the step with one line and no stack; anything else is a
 * bug and shows its stack.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { AzureAdTokenSource } from './auth.js';
import { realClock, type Clock } from './clock.js';
import { ActionError, CancelledError } from './errors.js';
import { createHttpTransport } from './request/transport.js';
import { report, type OutcomeKind, type ReportSink, type RunLink } from './report.js';
import { defaultRetryPolicy } from './request/policy.js';
import { readSettings, type Settings } from './settings.js';
import { StoreClient } from './store/client.js';
import { resolveParent } from './store/resolve.js';
import { isFailureStatus } from './status.js';
import { SubmissionLifecycle, type Progress } from './submission.js';
import { uploadZip } from './upload/index.js';

const USER_AGENT = 'msstore-submit-action';

const coreSink: ReportSink = {
  setOutput: (name, value) => core.setOutput(name, value),
  info: (message) => core.info(message),
  warning: (message, properties) => core.warning(message, properties),
  error: (message, properties) => core.error(message, properties),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  }
};

/** Masks an upload URL in every form it could be printed in: whole, fixed, and its signature alone. */
export function maskUploadUrl(url: string, mask: (secret: string) => void): void {
  mask(url);
  mask(url.replace(/\+/g, '%2B'));
  const sig = /[?&]sig=([^&]+)/.exec(url)?.[1];
  if (sig) {
    mask(sig);
    mask(sig.replace(/\+/g, '%2B'));
    try {
      mask(decodeURIComponent(sig.replace(/\+/g, '%2B')));
    } catch {
      // not decodable: the raw forms are masked already
    }
  }
}

function runLink(): RunLink | undefined {
  // context.repo throws without GITHUB_REPOSITORY (a run outside Actions, the sandbox): check first.
  if (!process.env.GITHUB_REPOSITORY || !github.context.runId) return undefined;
  const { runId, serverUrl, repo, workflow, runNumber } = github.context;
  return { url: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`, label: `${workflow} #${runNumber}` };
}

/** What to do with the submission the run leaves behind, for the log on a failure or cancellation. */
function leftBehind(progress: Progress): string | undefined {
  if (!progress.submissionId || !progress.parent) return undefined;
  const where = `Submission ${progress.submissionId} of the ${progress.parent.label} was left in status ${progress.status ?? 'unknown'}`;
  if (progress.committed && progress.status && isFailureStatus(progress.status)) return undefined; // the error says it all
  return progress.committed
    ? `${where}; the Store goes on processing it (see Partner Center).`
    : `${where}, not committed; the next run replaces it (delete-pending: true), or delete it in Partner Center.`;
}

export async function publish(
  settings: Settings,
  progress: Progress,
  options: { clock: Clock; signal: AbortSignal }
): Promise<void> {
  const { clock, signal } = options;
  const http = createHttpTransport({ userAgent: USER_AGENT, idleTimeoutMs: settings.requestTimeoutMs });
  const log = (line: string): void => core.info(line);
  const tokens = new AzureAdTokenSource({
    authorityHost: settings.authorityHost,
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    credential: settings.credential,
    getIdToken: (audience) => core.getIDToken(audience),
    mask: (secret) => core.setSecret(secret),
    http,
    clock,
    retry: defaultRetryPolicy,
    log,
    signal
  });
  core.info(
    `Signing in to Azure AD tenant ${settings.tenantId} as ${settings.clientId} with ${settings.credential.kind === 'secret' ? 'a client secret' : 'GitHub OIDC'}.`
  );
  const client = new StoreClient({
    storeApiUrl: settings.storeApiUrl,
    tokens,
    http,
    clock,
    retry: defaultRetryPolicy,
    log,
    signal
  });
  const resolved = await resolveParent(client, settings.target, log);
  progress.parent = resolved.parent;
  core.info(`Publishing to the ${resolved.parent.label}.`);
  await new SubmissionLifecycle(
    settings,
    resolved,
    {
      client,
      clock,
      signal,
      info: log,
      warning: (line) => core.warning(line),
      upload: async (url, zipPath) => {
        maskUploadUrl(url, (secret) => core.setSecret(secret));
        return uploadZip(url, zipPath, {
          concurrency: settings.uploadConcurrency,
          log,
          signal,
          clock,
          requestTimeoutMs: settings.requestTimeoutMs
        });
      }
    },
    progress
  ).run();
}

export async function run(): Promise<void> {
  const secret = core.getInput('client-secret');
  if (secret) core.setSecret(secret);
  const controller = new AbortController();
  const onSignal = (name: string) => (): void => {
    core.info(`Received ${name}: stopping.`);
    controller.abort();
  };
  const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
  process.once('SIGINT', handlers.SIGINT);
  process.once('SIGTERM', handlers.SIGTERM);

  const progress: Progress = { committed: false };
  let kind: OutcomeKind = 'succeeded';
  let message: string | undefined;
  try {
    const settings = await readSettings((name) => core.getInput(name));
    await publish(settings, progress, { clock: realClock, signal: controller.signal });
    core.info(
      `Submission ${progress.submissionId} of the ${progress.parent?.label}: ${progress.status}.${progress.note ? ` Note: ${progress.note}.` : ''}`
    );
  } catch (error) {
    kind = error instanceof CancelledError || controller.signal.aborted ? 'cancelled' : 'failed';
    if (kind === 'cancelled') {
      const nothing = progress.creating
        ? `A submission was being created for the ${progress.parent?.label}: it may exist; the next run replaces it (delete-pending: true), or delete it in Partner Center.`
        : 'No submission was created.';
      message = `The job was cancelled. ${leftBehind(progress) ?? nothing}`;
    } else if (error instanceof ActionError) {
      message = error.oneLine();
    } else {
      message = `Unexpected error (a bug in this action; please report it): ${(error as Error)?.stack ?? String(error)}`;
    }
    const left = kind === 'cancelled' ? undefined : leftBehind(progress);
    if (left) core.info(left);
  } finally {
    process.removeListener('SIGINT', handlers.SIGINT);
    process.removeListener('SIGTERM', handlers.SIGTERM);
  }
  await report(progress, { kind, message }, coreSink, runLink());
  if (message) core.setFailed(message);
  // A cancelled run may still have a request in flight: do not wait for it.
  if (controller.signal.aborted) process.exit(1);
}
