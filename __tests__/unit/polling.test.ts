import { FASTEST_SPACING_MS, pollDelay } from '../../src/polling.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** When each read of a wait happens (ms after the commit), reads taking no time. */
function readTimes(intervalMs: number, waitMs: number): number[] {
  const times: number[] = [];
  for (let now = 0; now < waitMs;) {
    now += pollDelay(now, intervalMs, waitMs - now);
    times.push(now);
  }
  return times;
}

/** Mean lateness of a commit that ends anywhere in (0, withinMs], uniformly: exact, from the read times. */
function meanLateness(times: number[], withinMs: number): number {
  let area = 0;
  let previous = 0;
  for (const read of times) {
    const to = Math.min(read, withinMs);
    if (to > previous) area += ((read - previous) ** 2 - (read - to) ** 2) / 2;
    previous = read;
    if (read >= withinMs) break;
  }
  return area / withinMs;
}

/** The most reads in any minute [t, t + 60 s). */
function busiestMinute(times: number[]): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= MINUTE) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('pollDelay with the default poll-interval-seconds (30)', () => {
  const times = readTimes(30 * SECOND, 3 * 24 * 60 * MINUTE);

  test('reads every 10 s at first', () => {
    expect(times.slice(0, 12)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120].map((s) => s * SECOND));
  });

  test('a commit that ends within 2 minutes is noticed on average within 6 s', () => {
    expect(meanLateness(times, 2 * MINUTE)).toBeLessThanOrEqual(6 * SECOND);
  });

  test('a commit that ends within 30 minutes is noticed on average within 20 s', () => {
    expect(meanLateness(times, 30 * MINUTE)).toBeLessThanOrEqual(20 * SECOND);
  });

  test('no minute ever holds more than 6 reads, over a wait of three days', () => {
    expect(busiestMinute(times)).toBe(6);
  });

  test('a long wait (certification) settles at 2 reads a minute: the interval is the longest wait', () => {
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(Math.max(...gaps)).toBe(30 * SECOND);
    const lastHour = times.filter((t) => t > times[times.length - 1] - 60 * MINUTE);
    expect(lastHour.length).toBeLessThanOrEqual(121);
  });

  test('the reads spread out smoothly: never more than 5 % of the wait so far apart once past 10 s', () => {
    let previous = 0;
    for (const read of times.slice(0, 200)) {
      const gap = read - previous;
      expect(gap).toBeLessThanOrEqual(Math.max(FASTEST_SPACING_MS, previous / 20) + 1e-6);
      previous = read;
    }
  });
});

describe('pollDelay with other intervals', () => {
  test.each([10, 60, 600])('never more than 6 reads a minute with %i s, and never a wait past it', (seconds) => {
    const times = readTimes(seconds * SECOND, 24 * 60 * MINUTE);
    expect(busiestMinute(times)).toBeLessThanOrEqual(6);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(seconds * SECOND);
  });

  test('an interval under 10 s is taken as asked (tests and sandboxes poll fast)', () => {
    expect(pollDelay(0, 50, MINUTE)).toBe(50);
    expect(pollDelay(10 * MINUTE, 50, MINUTE)).toBe(50);
    expect(pollDelay(0, 2 * SECOND, MINUTE)).toBe(2 * SECOND);
  });

  test('never waits past the deadline, and never a negative time', () => {
    expect(pollDelay(0, 30 * SECOND, 1200)).toBe(1200);
    expect(pollDelay(20 * MINUTE, 30 * SECOND, 25 * SECOND)).toBe(25 * SECOND);
    expect(pollDelay(5 * MINUTE, 30 * SECOND, 0)).toBe(0);
    expect(pollDelay(5 * MINUTE, 30 * SECOND, -5000)).toBe(0);
  });

  test('the last read falls on the deadline', () => {
    const times = readTimes(30 * SECOND, 7 * MINUTE + 3 * SECOND);
    expect(times[times.length - 1]).toBe(7 * MINUTE + 3 * SECOND);
  });
});
