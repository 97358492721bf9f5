/**
 * The MSI/EXE waits: read, judge, sleep, until done or the run's deadline.
 * The first read is at once, then a few seconds apart, doubling up to the
 * poll interval; a line on every change and at least every 5 minutes, so a
 * wait of hours never looks like a hang. There is no give-up but the
 * deadline (`timeout-minutes`). Tokens are renewed by the token source as
 * they age, whatever the wait.
 */
import type { Clock } from '../clock.js';
import { ActionError } from '../errors.js';
import { nextPollDelay } from '../status.js';

export const HEARTBEAT_MS = 5 * 60_000;

export type Reading<T> = { done: T } | { waiting: string };

export interface WaitOptions {
  clock: Clock;
  signal?: AbortSignal;
  info: (line: string) => void;
  /** The longest pause between two reads. */
  pollIntervalMs: number;
  /** When the run stops waiting (clock time). */
  deadline: number;
  /** What is awaited, for the log and the timeout: "the package upload and validation". */
  what: string;
  /** How `timeout-minutes` reads in the timeout message. */
  timeoutLabel: string;
}

export function formatDuration(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * Reads until `read` says done (its value is returned) or throws. `read`
 * answers what it is waiting on, which the log shows when it changes.
 */
export async function waitUntil<T>(read: () => Promise<Reading<T>>, options: WaitOptions): Promise<T> {
  const { clock, signal, info } = options;
  const started = clock.now();
  let delay: number | undefined;
  let last: string | undefined;
  let lastNews = started;
  for (let reads = 0; ; reads++) {
    if (reads > 0) {
      delay = nextPollDelay(delay, options.pollIntervalMs, options.deadline - clock.now());
      await clock.sleep(delay, signal);
    }
    const reading = await read();
    if ('done' in reading) return reading.done;
    const now = clock.now();
    if (reading.waiting !== last || now - lastNews >= HEARTBEAT_MS) {
      const waited = formatDuration(now - started);
      info(
        reading.waiting === last
          ? `Still waiting for ${options.what} after ${waited}: ${reading.waiting}.`
          : `Waiting for ${options.what}: ${reading.waiting}${reads > 0 ? ` (after ${waited})` : ''}.`
      );
      lastNews = now;
      last = reading.waiting;
    }
    if (now >= options.deadline) {
      throw new ActionError(
        `Timed out after ${options.timeoutLabel} waiting for ${options.what}; the last status was: ${reading.waiting}.`,
        {
          hint: "The Store goes on with it: check the product in Partner Center, or raise 'timeout-minutes'."
        }
      );
    }
  }
}
