/**
 * Keeps a throttled run under its tenant's budget (the Store allows about 20
 * calls a minute per tenant, shared by every job): after the first 429, calls
 * through this pacer are spaced apart for the rest of the run.
 */
import type { Clock } from '../clock.js';

export class Pacer {
  private nextCallAt = 0;
  private spacingMs = 0;

  constructor(
    private readonly clock: Clock,
    /** The least time between two calls once throttled. */
    readonly throttledSpacingMs = 3000
  ) {}

  /** Waits until the next call may go. */
  async beforeCall(signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    if (this.nextCallAt > now) await this.clock.sleep(this.nextCallAt - now, signal);
    this.nextCallAt = this.clock.now() + this.spacingMs;
  }

  /** A 429 came back: from now on, space the calls; the wait before attempt `attempt + 1` when the server named none. */
  throttled(attempt: number): number {
    this.spacingMs = Math.max(this.spacingMs, this.throttledSpacingMs);
    return this.spacingMs * 2 ** Math.min(attempt - 1, 4);
  }
}
