// Jest's node environment, keeping the output of the code under test out of the test log unless a test fails.
//
// Code under test writes straight to process.stdout / process.stderr (@actions/core's info, warning and
// `::debug::` lines, @actions/glob's debug lines through it). Jest does not capture those writes, so a passing
// run would print them all, interleaved with the results. Here every write made while a test (or a hook) runs
// is held back; when that test fails, or a hook fails, it is printed after all, under a header naming the test,
// next to Jest's report of the failure. console.* is Jest's own buffered console and is left alone.
import { TestEnvironment } from 'jest-environment-node';

const STREAMS = ['stdout', 'stderr'];

/** Holds back what is written to process.stdout and process.stderr between start() and stop(). */
export class OutputHold {
  constructor(streams = STREAMS.map((name) => process[name])) {
    this.streams = streams;
    this.saved = null;
    this.held = [];
  }

  start() {
    if (this.saved) return;
    this.saved = this.streams.map((stream) => stream.write);
    this.streams.forEach((stream, i) => {
      stream.write = (chunk, encoding, callback) => {
        this.held.push({ index: i, chunk: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString() });
        const done = typeof encoding === 'function' ? encoding : callback;
        if (typeof done === 'function') process.nextTick(done);
        return true;
      };
    });
  }

  /** Stops holding: the writes held so far are returned and forgotten. */
  stop() {
    if (this.saved) this.streams.forEach((stream, i) => (stream.write = this.saved[i]));
    this.saved = null;
    const held = this.held;
    this.held = [];
    return held;
  }

  /** Writes `held` (from stop()) where it was meant to go, under `header`. */
  release(held, header) {
    if (held.length === 0) return;
    this.streams[1].write(`\n---- output of the code under test in ${header} ----\n`);
    for (const { index, chunk } of held) this.streams[index].write(chunk);
    this.streams[1].write(`---- end of the output in ${header} ----\n`);
  }
}

/** The full name of a jest-circus test: its describe blocks and its own name. */
function fullName(test) {
  const names = [];
  for (let block = test; block && block.name !== 'ROOT_DESCRIBE_BLOCK'; block = block.parent) names.unshift(block.name);
  return names.join(' › ');
}

export default class QuietEnvironment extends TestEnvironment {
  hold = new OutputHold();

  async handleTestEvent(event) {
    switch (event.name) {
      case 'test_start':
      case 'hook_start':
        this.hold.start();
        break;
      case 'test_done': {
        const held = this.hold.stop();
        if (event.test.errors.length > 0) this.hold.release(held, `'${fullName(event.test)}' (failed)`);
        break;
      }
      case 'hook_success':
        // A test's beforeEach/afterEach output stays with the test (test_done decides); a beforeAll/afterAll's goes.
        if (!event.test) this.hold.stop();
        break;
      case 'hook_failure':
        if (!event.test) this.hold.release(this.hold.stop(), `a ${event.hook.type} hook (failed)`);
        break;
      case 'test_skip':
      case 'test_todo':
      case 'run_finish':
        this.hold.stop();
        break;
    }
  }
}
