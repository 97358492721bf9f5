/**
 * The one wait of every API: read, judge, sleep on the polling schedule (src/polling.ts: 10 s apart at first,
 * spreading out up to the poll interval), until the reading says done, throws, or the deadline passes. A line on
 * every change, and a heartbeat so that a wait of hours never looks like a hang: never more than 5 minutes after the last line,
 * in the middle of a pause if need be. Tokens are
 * renewed by the token source as they age, whatever the wait.
 */
import type { Clock } from '../clock.js';
import { ActionError } from '../errors.js';
import { pollDelay } from '../polling.js';

export const HEARTBEAT_MS = 5 * 60_000;

/** "2.5 min", "40 s". */
export function formatDuration(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * What a read found: done (with the value to return), failed (the error to throw), or still waiting; `state` and
 * `waiting` name the state for the log.
 */
export type Reading<T> = { done: T; state?: string } | { failed: Error; state?: string } | { waiting: string };

export interface WaitOptions {
  clock: Clock;
  signal?: AbortSignal;
  info: (line: string) => void;
  /** The longest pause between two reads. */
  pollIntervalMs: number;
  /** When the run stops waiting (clock time). */
  deadline: number;
  /** false: the first read comes after the first pause (a status read right after a commit tells nothing). */
  readAtOnce?: boolean;
  /** The state known before the first read (no line when the first read finds it still). */
  initial?: string;
  /** The log line for a state seen first (`waited` is absent for a first read at once). */
  changed: (state: string, waited: string | undefined) => string;
  /** The heartbeat line while a state lasts. */
  still: (state: string, waited: string) => string;
  /** The error for a wait past the deadline, from the last state read. */
  timedOut: (state: string) => Error;
}

/** Reads until `read` says done (its value is returned) or throws. */
export async function waitUntil<T>(read: () => Promise<Reading<T>>, options: WaitOptions): Promise<T> {
  const { clock, info } = options;
  const started = clock.now();
  const atOnce = options.readAtOnce !== false;
  let last = options.initial;
  let lastNews = started;
  const waited = (): string => formatDuration(clock.now() - started);
  const say = (line: string): void => {
    info(line);
    lastNews = clock.now();
  };
  for (let reads = 0; ; reads++) {
    if (reads > 0 || !atOnce) {
      let pause = pollDelay(clock.now() - started, options.pollIntervalMs, options.deadline - clock.now());
      while (pause > 0) {
        const untilDue = lastNews + HEARTBEAT_MS - clock.now();
        const piece = last !== undefined && pause > untilDue ? Math.max(1, untilDue) : pause;
        await clock.sleep(piece, options.signal);
        pause -= piece;
        if (pause > 0 && last !== undefined) say(options.still(last, waited()));
      }
    }
    const reading = await read();
    const state = 'waiting' in reading ? reading.waiting : reading.state;
    if (state !== undefined && state !== last) say(options.changed(state, reads > 0 || !atOnce ? waited() : undefined));
    else if (state !== undefined && clock.now() - lastNews >= HEARTBEAT_MS) say(options.still(state, waited()));
    last = state ?? last;
    if ('done' in reading) return reading.done;
    if ('failed' in reading) throw reading.failed;
    if (clock.now() >= options.deadline) throw options.timedOut(reading.waiting);
  }
}

/** The lines of a wait for `what` ("the package upload and validation"), and its timeout after `timeoutMs`. */
export function waitingFor(what: string, timeoutMs: number): Pick<WaitOptions, 'changed' | 'still' | 'timedOut'> {
  return {
    changed: (state, waited) => `Waiting for ${what}: ${state}${waited ? ` (after ${waited})` : ''}.`,
    still: (state, waited) => `Still waiting for ${what} after ${waited}: ${state}.`,
    timedOut: (state) =>
      new ActionError(
        `Timed out after ${formatDuration(timeoutMs)} waiting for ${what}; the last status was: ${state}.`,
        { hint: "The Store goes on with it: check the product in Partner Center, or raise 'timeout-minutes'." }
      )
  };
}
