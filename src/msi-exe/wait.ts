/**
 * The MSI/EXE waits: read, judge, sleep, until done or the run's deadline.
 * The first read is at once, then on the action's polling schedule
 * (src/polling.ts: 10 s apart at first, spreading out up to the poll interval); a line on every change and at least every 5 minutes, so a
 * wait of hours never looks like a hang. There is no give-up but the
 * deadline (`timeout-minutes`). Tokens are renewed by the token source as
 * they age, whatever the wait.
 */
import type { Clock } from '../clock.js';
import { ActionError } from '../errors.js';
import { pollDelay } from '../polling.js';

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
  const { clock, info } = options;
  const started = clock.now();
  let last: string | undefined;
  let lastNews = started;
  const say = (line: string): void => {
    info(line);
    lastNews = clock.now();
  };
  for (let reads = 0; ; reads++) {
    if (reads > 0) {
      // Sleep to the next read in pieces that end when a heartbeat line is due, so a long pause still logs.
      let pause = pollDelay(clock.now() - started, options.pollIntervalMs, options.deadline - clock.now());
      while (pause > 0) {
        const piece = Math.min(pause, Math.max(1, lastNews + HEARTBEAT_MS - clock.now()));
        await clock.sleep(piece, options.signal);
        pause -= piece;
        if (clock.now() - lastNews >= HEARTBEAT_MS)
          say(`Still waiting for ${options.what} after ${formatDuration(clock.now() - started)}: ${last}.`);
      }
    }
    const reading = await read();
    if ('done' in reading) return reading.done;
    const now = clock.now();
    if (reading.waiting !== last || now - lastNews >= HEARTBEAT_MS) {
      const waited = formatDuration(now - started);
      say(
        reading.waiting === last
          ? `Still waiting for ${options.what} after ${waited}: ${reading.waiting}.`
          : `Waiting for ${options.what}: ${reading.waiting}${reads > 0 ? ` (after ${waited})` : ''}.`
      );
      last = reading.waiting;
    }
    if (now >= options.deadline) {
      throw new ActionError(
        `Timed out after ${options.timeoutLabel} waiting for ${options.what}; the last status was: ${reading.waiting}.`,
        { hint: "The Store goes on with it: check the product in Partner Center, or raise 'timeout-minutes'." }
      );
    }
  }
}
