/**
 * One run, whatever the Store API and whatever the host: the API is chosen once from the inputs
 * (src/run/apis.ts); its inputs are parsed (no I/O), then prepared (the files they point at read, the upload
 * planned), then the run is carried out, and the outcome reported through the host (src/run/report.ts). Expected errors (ActionError) end the run with one line and no stack; anything else is a bug
 * and shows its stack.
 */
import { realClock } from '../clock.js';
import { ActionError, CancelledError } from '../errors.js';
import { chosenApi } from '../inputs/kinds.js';
import type { RunDeps } from '../sign-in.js';
import type { OpenedRun } from './api.js';
import { APIS } from './apis.js';
import type { Host } from './host.js';
import type { OutcomeKind } from './report.js';
import { NOTHING_DONE } from './run-report.js';

/** What a run is given from its host. */
function runDeps(host: Host, signal: AbortSignal): RunDeps {
  return {
    clock: realClock,
    signal,
    userAgent: host.userAgent,
    info: (line) => host.info(line),
    warning: (line) => host.warning(line),
    getIdToken: (audience) => host.getIdToken(audience),
    idToken: host.idToken,
    mask: (value) => host.mask(value)
  };
}

/** The message a run that did not go through ends with. */
function failure(error: unknown, kind: OutcomeKind, opened: OpenedRun | undefined): string {
  if (kind === 'cancelled') return `The job was cancelled. ${opened?.leftBehind() ?? 'No submission was created.'}`;
  if (error instanceof ActionError) return error.oneLine();
  return `Unexpected error (a bug in this action; please report it): ${(error as Error)?.stack ?? String(error)}`;
}

/** How a run ended; `badInput`: it failed on its inputs or the files they name, before any request. */
export interface RunEnd {
  kind: OutcomeKind;
  badInput: boolean;
}

/** Carries out one run through the host; resolves with how it ended. */
export async function runWith(host: Host): Promise<RunEnd> {
  const secret = host.input('client-secret');
  if (secret) host.mask(secret);
  const controller = new AbortController();
  const onSignal = (name: string) => (): void => {
    host.info(`Received ${name}: stopping.`);
    controller.abort();
  };
  const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
  process.once('SIGINT', handlers.SIGINT);
  process.once('SIGTERM', handlers.SIGTERM);

  let opened: OpenedRun | undefined;
  let running = false;
  let kind: OutcomeKind = 'succeeded';
  let message: string | undefined;
  try {
    const api = await APIS[chosenApi(host.input)]();
    const parsed = api.parse(host.input, Date.now()); // the inputs alone
    opened = await parsed.prepare(); // the files they point at
    running = true;
    const deps = runDeps(host, controller.signal);
    // The one place a dry run is decided: each API rehearses its run, changing nothing.
    await (opened.dryRun ? opened.rehearse(deps) : opened.run(deps));
    const done = opened.doneLine();
    if (done) host.info(done);
  } catch (error) {
    kind = error instanceof CancelledError || controller.signal.aborted ? 'cancelled' : 'failed';
    message = failure(error, kind, opened);
    const left = kind === 'cancelled' ? undefined : opened?.leftBehind();
    if (left) host.info(left);
  } finally {
    process.removeListener('SIGINT', handlers.SIGINT);
    process.removeListener('SIGTERM', handlers.SIGTERM);
  }
  // The report's code (outputs, summary, plan) loads when the run reports, not before its first request.
  const { report } = await import('./report.js');
  await report(opened?.report() ?? NOTHING_DONE, { kind, message }, host, host.runLink);
  if (message) host.fail(message);
  // A cancelled run may still have a request in flight: do not wait for it.
  if (controller.signal.aborted) process.exit(1);
  return { kind, badInput: kind === 'failed' && !running };
}
