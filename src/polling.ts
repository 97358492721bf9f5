/**
 * When to read a submission's status while waiting for it. Pure, and free of
 * imports so that `bench/polling.mjs` can run it on a simulated clock.
 *
 * The schedule notices a short commit within seconds and keeps a long wait
 * cheap: the first read comes 10 s after the commit, then one every 10 s
 * (never more than 6 reads a minute, under a third of the tenant's budget of
 * about 20 calls a minute); from 200 s on, reads spread out to a twentieth of
 * the time waited so far, up to `poll-interval-seconds` (the longest wait
 * between two reads, reached after 10 minutes with the default 30 s). A
 * status is thus seen at most about 5 % of its wait late, and a wait of hours
 * or days (certification) costs 2 reads a minute.
 */

/** The closest two reads come: 60 s / 6 reads. */
export const FASTEST_SPACING_MS = 10_000;

/** Once that is less, reads are this fraction of the time waited so far apart. */
export const SPACING_PER_WAITED = 1 / 20;

/**
 * How long to wait before the next status read.
 * @param elapsedMs time since the commit was answered (0 for the first read)
 * @param intervalMs the longest wait between two reads (`poll-interval-seconds`)
 * @param remainingMs time left before the timeout: the last read falls on it
 * @returns whole milliseconds
 */
export function pollDelay(elapsedMs: number, intervalMs: number, remainingMs: number): number {
  const fastest = Math.min(FASTEST_SPACING_MS, intervalMs);
  const wanted = Math.max(fastest, elapsedMs * SPACING_PER_WAITED);
  return Math.max(0, Math.floor(Math.min(wanted, intervalMs, remainingMs)));
}
