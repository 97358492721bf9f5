import { describe, expect, test } from '@jest/globals';
import { ApiError, CancelledError, UncertainOutcomeError } from '../../src/errors.js';
import { OutcomeUnknownError, sendOnce } from '../../src/request/once.js';

const lost = (n: number) =>
  new UncertainOutcomeError({ call: `Commit submission 1 (attempt ${n})`, storeMessage: 'no answer: socket hang up' });

/** A sendOnce whose sends and checks follow a script; it records what happened. */
function scripted(sends: (() => Promise<string>)[], checks: (() => Promise<string | undefined>)[]) {
  const log: string[] = [];
  const run = sendOnce<string>({
    send: () => {
      log.push('send');
      return (sends.shift() as () => Promise<string>)();
    },
    check: () => {
      log.push('check');
      return (checks.shift() as () => Promise<string | undefined>)();
    },
    pause: async (attempt) => void log.push(`pause ${attempt}`),
    onUncertain: () => undefined
  });
  return { run, log };
}

const reject = (error: Error) => () => Promise.reject(error);
const resolve =
  <T>(value: T) =>
  () =>
    Promise.resolve(value);

describe('sendOnce', () => {
  test('the last attempt lost too, but it went through: the check finds it and it is the answer', async () => {
    const { run, log } = scripted(
      [reject(lost(1)), reject(lost(2)), reject(lost(3))],
      [resolve(undefined), resolve(undefined), resolve('committed')]
    );
    await expect(run).resolves.toBe('committed');
    expect(log).toEqual(['send', 'check', 'pause 1', 'send', 'check', 'pause 2', 'send', 'check']);
  });

  test('the last attempt lost and the check says it did not go through: the send error, after three checks', async () => {
    const last = lost(3);
    const { run, log } = scripted(
      [reject(lost(1)), reject(lost(2)), reject(last)],
      [resolve(undefined), resolve(undefined), resolve(undefined)]
    );
    await expect(run).rejects.toBe(last);
    expect(log.filter((l) => l === 'check')).toHaveLength(3);
    expect(log.filter((l) => l === 'send')).toHaveLength(3);
  });

  test('the check fails: OutcomeUnknownError naming the call, its reason and the failed read', async () => {
    const readFailed = new ApiError({ call: 'Read the status of submission 1', status: 404, correlationId: 'c-404' });
    const { run } = scripted([reject(lost(1))], [reject(readFailed)]);
    const error = (await run.catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.message).toMatch(
      /^Commit submission 1 \(attempt 1\) failed \(no answer: socket hang up\) \[no MS-CorrelationId\], and whether it went through is unknown: reading it back failed too \(Read the status of submission 1 failed with HTTP 404 \[MS-CorrelationId: c-404\]\)\.$/
    );
  });

  test('a cancellation during the check stays a cancellation', async () => {
    const { run } = scripted([reject(lost(1))], [reject(new CancelledError())]);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  test('a refusal is thrown at once, unchecked; a 409 after a lost answer is checked', async () => {
    const refused = new ApiError({ call: 'Commit', status: 400 });
    const first = scripted([reject(refused)], []);
    await expect(first.run).rejects.toBe(refused);
    expect(first.log).toEqual(['send']);
    const conflict = new ApiError({ call: 'Commit', status: 409 });
    const second = scripted([reject(lost(1)), reject(conflict)], [resolve(undefined), resolve('it was')]);
    await expect(second.run).resolves.toBe('it was');
    expect(second.log).toEqual(['send', 'check', 'pause 1', 'send', 'check']);
  });
});
