import { CancelledError } from './errors.js';

/** Time, injected so that tests and the lifecycle never reach for the real clock directly. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with CancelledError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new CancelledError());
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(new CancelledError());
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, ms)
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    })
};
