import { describe, expect, test } from '@jest/globals';
import type { Clock } from '../../src/clock.js';
import { waitUntil, type Reading, type WaitOptions } from '../../src/run/wait.js';

/** A clock whose sleeps pass at once; `stamps` records when each log line was said. */
function fakeClock(): Clock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    }
  };
  return clock;
}

function options(clock: Clock, lines: { at: number; line: string }[], extra: Partial<WaitOptions> = {}): WaitOptions {
  return {
    clock,
    info: (line) => lines.push({ at: clock.now(), line }),
    pollIntervalMs: 60 * 60_000,
    deadline: 48 * 60 * 60_000,
    changed: (state, waited) => `changed ${state}${waited ? ` after ${waited}` : ''}`,
    still: (state, waited) => `still ${state} after ${waited}`,
    timedOut: (state) => new Error(`timed out at ${state}`),
    ...extra
  };
}

describe('the one wait (src/run/wait.ts)', () => {
  test('reads an hour apart still get a line at least every 5 minutes, and the done state is told', async () => {
    const clock = fakeClock();
    const lines: { at: number; line: string }[] = [];
    let reads = 0;
    const read = async (): Promise<Reading<string>> =>
      ++reads < 120 ? { waiting: 'A' } : { done: 'value', state: 'B' };
    expect(await waitUntil(read, options(clock, lines))).toBe('value');
    const gaps = lines.slice(1).map((l, i) => l.at - lines[i].at);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(5 * 60_000);
    expect(lines[0].line).toBe('changed A'); // the first read is at once
    expect(lines[lines.length - 1].line).toMatch(/^changed B after/);
    expect(lines.filter((l) => l.line.startsWith('still A')).length).toBeGreaterThan(10);
  });

  test('readAtOnce false and a known initial state: no line until the state changes or a heartbeat is due', async () => {
    const clock = fakeClock();
    const lines: { at: number; line: string }[] = [];
    const states = ['S', 'S', 'T'];
    const read = async (): Promise<Reading<number>> => {
      const state = states.shift() as string;
      return state === 'T' ? { done: 1, state } : { waiting: state };
    };
    await waitUntil(read, options(clock, lines, { readAtOnce: false, initial: 'S' }));
    expect(lines.map((l) => l.line)).toEqual(['changed T after 30 s']);
  });

  test('a failed reading is told, then thrown; past the deadline, the timeout error names the last state', async () => {
    const clock = fakeClock();
    const lines: { at: number; line: string }[] = [];
    const failing = async (): Promise<Reading<never>> => ({ failed: new Error('it failed'), state: 'F' });
    await expect(waitUntil(failing, options(clock, lines))).rejects.toThrow('it failed');
    expect(lines.map((l) => l.line)).toEqual(['changed F']);
    const waiting = async (): Promise<Reading<never>> => ({ waiting: 'W' });
    await expect(waitUntil(waiting, options(clock, [], { deadline: clock.now() + 60_000 }))).rejects.toThrow(
      'timed out at W'
    );
  });
});
