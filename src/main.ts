/**
 * settings -> resolve the parent -> the lifecycle -> report. Expected errors
 * (ActionError) end the step with one line and no stack; anything else is a
 * bug and shows its stack.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { AzureAdTokenSource } from './auth.js';
import { realClock, type Clock } from './clock.js';
import { ActionError, ApiError, CancelledError } from './errors.js';
import { printDryRun } from './lifecycle/dry-run.js';
import { describeListings } from './listings/edit.js';
import { createHttpTransport } from './request/transport.js';
import { report, type OutcomeKind, type ReportSink, type RunLink } from './report.js';
import { defaultRetryPolicy } from './request/policy.js';
import { readRunSettings, type Settings } from './settings.js';
import { StoreClient } from './store/client.js';
import { resolveParent, type Resolved } from './store/resolve.js';
import { changePublishedRollout } from './lifecycle/rollout.js';
import { isFailureStatus } from './status.js';
import { describeRollout } from './store/rollout.js';
import { allEdits, SubmissionLifecycle, type Progress } from './submission.js';
import { uploadBlob, uploadZip } from './upload/index.js';
import { zipStream } from './upload/zip-stream.js';
import type { MsiExeProgress } from './msi-exe/lifecycle.js';
import { msiExeLeftBehind, newMsiExeProgress, reportedRun } from './msi-exe/outcome.js';
import { publishMsiExe } from './msi-exe/publish.js';

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

/** Why a dry run cannot read the Store (no credentials to sign in with), or undefined when it can. */
function withoutStore(settings: Settings): { unchecked: string; firstChange: string } | undefined {
  const missing = [!settings.tenantId && 'tenant-id', !settings.clientId && 'client-id'].filter(Boolean);
  const noOidc = settings.credential.kind === 'oidc' && !process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  if (missing.length === 0 && !noOidc) return undefined;
  const why = missing.length
    ? `no ${missing.join(' or ')} given`
    : 'no client-secret, and this job gets no GitHub OIDC token (permissions: id-token: write)';
  return {
    unchecked: `${why}, so the dry run did not sign in: the packages' identity and versions were not compared with the app and its published packages, and the submission below holds only the changes (a real run applies them over the last published submission).`,
    firstChange: 'sign in, then replace any pending submission and create a new one'
  };
}

/**
 * The parent, read (or, in a real run, created when asked for and missing).
 * A dry run creates nothing: when the parent would have to be created first,
 * it prints what it can without it and resolves with undefined.
 */
async function resolveForRun(
  client: StoreClient,
  settings: Settings,
  log: (line: string) => void
): Promise<Resolved | undefined> {
  const { target } = settings;
  const creates = target.kind !== 'app' && target.create !== undefined;
  if (!settings.dryRun || !creates) return resolveParent(client, target, log);
  try {
    return await resolveParent(client, { ...target, create: undefined }, log);
  } catch (error) {
    if (!(error instanceof ActionError) || error instanceof ApiError) throw error;
    const what = target.kind === 'flight' ? `package flight '${target.flightName}'` : `add-on '${target.productId}'`;
    await printDryRun(
      settings,
      {
        edits: allEdits(settings),
        unchecked: `the ${what} does not exist yet (${error.message}); its checks need it.`,
        firstChange: `create the ${what}, then a submission for it`
      },
      log
    );
    return undefined;
  }
}

export async function publish(
  settings: Settings,
  progress: Progress,
  options: { clock: Clock; signal: AbortSignal }
): Promise<void> {
  const { clock, signal } = options;
  if (settings.listings)
    core.info(`listings-folder ${settings.listings.path}: ${describeListings(settings.listings)}.`);
  const offline = settings.dryRun ? withoutStore(settings) : undefined;
  if (offline) {
    await printDryRun(settings, { edits: allEdits(settings), ...offline }, (line) => core.info(line));
    progress.dryRun = true;
    return;
  }
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
  const resolved = await resolveForRun(client, settings, log);
  if (!resolved) {
    progress.dryRun = true;
    return;
  }
  progress.parent = resolved.parent;
  if (settings.release?.kind === 'rollout') {
    core.info(`Changing the package rollout of the ${resolved.parent.label}'s published submission.`);
    await changePublishedRollout(client, resolved, settings.release.change, progress, log);
    return;
  }
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
      upload: async (url, contents) => {
        maskUploadUrl(url, (secret) => core.setSecret(secret));
        const uploadOptions = {
          concurrency: settings.uploadConcurrency,
          log,
          signal,
          clock,
          requestTimeoutMs: settings.requestTimeoutMs
        };
        // package-zip alone goes as it is; with packages, one zip is written while it uploads.
        return contents.files.length === 0 && contents.packageZip
          ? uploadZip(url, contents.packageZip, uploadOptions)
          : uploadBlob(url, await zipStream(contents), uploadOptions);
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
  /** Set when the run is for an MSI/EXE product (the second API). */
  let msiExe: MsiExeProgress | undefined;
  let kind: OutcomeKind = 'succeeded';
  let message: string | undefined;
  try {
    const chosen = await readRunSettings((name) => core.getInput(name));
    if (chosen.api === 'msi-exe') {
      msiExe = newMsiExeProgress(chosen.settings.productId);
      await publishMsiExe(chosen.settings, msiExe, {
        clock: realClock,
        signal: controller.signal,
        userAgent: USER_AGENT,
        info: (line) => core.info(line),
        getIdToken: (audience) => core.getIDToken(audience),
        mask: (value) => core.setSecret(value)
      });
      core.info(`Submission ${msiExe.submissionId} of MSI/EXE product ${msiExe.productId}: ${msiExe.status}.`);
    } else {
      await publish(chosen.settings, progress, { clock: realClock, signal: controller.signal });
      if (progress.dryRun) core.info('Dry run finished: nothing was changed.');
      else
        core.info(
          `Submission ${progress.submissionId} of the ${progress.parent?.label}: ${progress.status}${progress.preparedOnly ? ', not committed (commit: false)' : ''}${progress.rollout ? `; rollout ${describeRollout(progress.rollout)}` : ''}.${progress.note ? ` Note: ${progress.note}.` : ''}`
        );
    }
  } catch (error) {
    kind = error instanceof CancelledError || controller.signal.aborted ? 'cancelled' : 'failed';
    if (kind === 'cancelled' && msiExe) {
      message = `The job was cancelled. ${msiExeLeftBehind(msiExe)}`;
    } else if (kind === 'cancelled') {
      const nothing = progress.creating
        ? `A submission was being created for the ${progress.parent?.label}: it may exist; the next run replaces it (delete-pending: true), or delete it in Partner Center.`
        : 'No submission was created.';
      message = `The job was cancelled. ${leftBehind(progress) ?? nothing}`;
    } else if (error instanceof ActionError) {
      message = error.oneLine();
    } else {
      message = `Unexpected error (a bug in this action; please report it): ${(error as Error)?.stack ?? String(error)}`;
    }
    const left = kind === 'cancelled' ? undefined : msiExe ? msiExeLeftBehind(msiExe) : leftBehind(progress);
    if (left) core.info(left);
  } finally {
    process.removeListener('SIGINT', handlers.SIGINT);
    process.removeListener('SIGTERM', handlers.SIGTERM);
  }
  await report(msiExe ? reportedRun(msiExe) : progress, { kind, message }, coreSink, runLink());
  if (message) core.setFailed(message);
  // A cancelled run may still have a request in flight: do not wait for it.
  if (controller.signal.aborted) process.exit(1);
}
