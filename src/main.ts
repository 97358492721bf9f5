/**
 * settings -> publish (./publish.ts for MSIX, ./msi-exe/publish.ts for
 * MSI/EXE, each loaded only when the run is for its API) -> report. Expected errors
 * (ActionError) end the step with one line and no stack; anything else is a
 * bug and shows its stack.
 */
import * as core from '@actions/core';
import { realClock } from './clock.js';
import { ActionError, CancelledError } from './errors.js';
import type { MsiExeProgress } from './msi-exe/lifecycle.js';
import { leftBehind } from './lifecycle/left-behind.js';
import { safeLog } from './log-safe.js';
import { msiExeLeftBehind, newMsiExeProgress, reportedRun } from './msi-exe/outcome.js';
import { report, runLinkFrom, type OutcomeKind, type ReportSink } from './report.js';
import { readRunSettings } from './settings.js';
import type { RunDeps } from './sign-in.js';
import { describeRollout } from './store/rollout.js';
import type { Progress } from './submission.js';

const USER_AGENT = 'msstore-submit-action';
/** Every log line goes out through safeLog: Store and repository texts cannot act as workflow commands. */
const log = (line: string): void => core.info(safeLog(line));

const coreSink: ReportSink = {
  setOutput: (name, value) => core.setOutput(name, value),
  info: log,
  warning: (message, properties) => core.warning(message, properties),
  error: (message, properties) => core.error(message, properties),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  }
};

/** What a run is given from the runner. */
function runDeps(signal: AbortSignal): RunDeps {
  return {
    clock: realClock,
    signal,
    userAgent: USER_AGENT,
    info: log,
    getIdToken: (audience) => core.getIDToken(audience),
    mask: (value) => core.setSecret(value)
  };
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
      // Each API's code is loaded only by a run that uses it (start-up: bench/start.mjs).
      const { publishMsiExe } = await import(/* webpackMode: "eager" */ './msi-exe/publish.js');
      await publishMsiExe(chosen.settings, msiExe, runDeps(controller.signal));
      log(
        msiExe.dryRun
          ? 'Dry run finished: nothing was changed.'
          : msiExe.preparedOnly
            ? `The draft of MSI/EXE product ${msiExe.productId} was updated and not submitted (commit: false).`
            : `Submission ${msiExe.submissionId} of MSI/EXE product ${msiExe.productId}: ${msiExe.status}.`
      );
    } else {
      const { publish } = await import(/* webpackMode: "eager" */ './publish.js');
      await publish(chosen.settings, progress, {
        ...runDeps(controller.signal),
        warning: (line) => core.warning(line)
      });
      if (progress.dryRun) core.info('Dry run finished: nothing was changed.');
      else
        log(
          `Submission ${progress.submissionId} of the ${progress.parent?.label}: ${progress.status}${progress.preparedOnly ? ', not committed (commit: false)' : ''}${progress.rollout ? `; rollout ${describeRollout(progress.rollout)}` : ''}.${progress.note ? ` Note: ${progress.note}.` : ''}`
        );
    }
  } catch (error) {
    kind = error instanceof CancelledError || controller.signal.aborted ? 'cancelled' : 'failed';
    if (kind === 'cancelled' && msiExe) {
      message = `The job was cancelled. ${msiExeLeftBehind(msiExe)}`;
    } else if (kind === 'cancelled') {
      message = `The job was cancelled. ${leftBehind(progress) ?? 'No submission was created.'}`;
    } else if (error instanceof ActionError) {
      message = error.oneLine();
    } else {
      message = `Unexpected error (a bug in this action; please report it): ${(error as Error)?.stack ?? String(error)}`;
    }
    const left = kind === 'cancelled' ? undefined : msiExe ? msiExeLeftBehind(msiExe) : leftBehind(progress);
    if (left) log(left);
  } finally {
    process.removeListener('SIGINT', handlers.SIGINT);
    process.removeListener('SIGTERM', handlers.SIGTERM);
  }
  await report(msiExe ? reportedRun(msiExe) : progress, { kind, message }, coreSink, runLinkFrom(process.env));
  if (message) core.setFailed(message);
  // A cancelled run may still have a request in flight: do not wait for it.
  if (controller.signal.aborted) process.exit(1);
}
