// The sandbox's command line: which action inputs to run with, and whether to inject faults; and what follows
// from the inputs: how long the sandbox lets the step run, and what it says of them.
// No I/O here but reading action.yml's default timeout once, so that the parsing is unit-tested
// (__tests__/unit/sandbox-options.test.ts).
import { readActionYml } from '../__fixtures__/run-action.mjs';

export const USAGE = `Usage: npm run sandbox -- [--input NAME=VALUE]... [--faults] [--msi-exe] [--help]

Runs the bundled action (dist/index.js) once against a local Partner Center on
127.0.0.1 (a fake Store API and Azure AD, and Azurite for the upload). The app
(9NBLGGH4R315, or your 'application-id') has a published submission and a
pending one that the run replaces. After the commit the local Store moves the
submission on by one status at each status read (one a second here), through
certification to Published, so every 'wait-for' ends as in the Store. The step's log is shown as it
comes, as the runner shows it; Ctrl-C cancels the step as a runner cancels a
job. No credentials, no internet.

Options:
  --input NAME=VALUE  set the action input NAME (any input of action.yml); repeat
                      it for more inputs. Your inputs override the sandbox's own;
                      your submission JSON or zip replaces the sample's JSON and
                      zip (both). Relative paths are relative to where you ran npm.
  --faults            a bad day: a 503, a create and a commit whose answers are
                      lost, a 429 with Retry-After
  --msi-exe           an MSI/EXE product through a fake of the Store's MSI/EXE
                      API instead (with --faults: a 429, a 503, a lost submit)
  -h, --help          print this and exit

Example:
  npm run sandbox -- --input submission-json-file=store/submission.json --input package-zip=store.zip
  npm run sandbox -- --input listings-folder=store/listings
  npm run sandbox -- --input wait-for=publish`;

/** A command line the sandbox cannot run with; the sandbox prints it and exits with 2. */
export class UsageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The inputs that, when the user gives any of them, replace the sandbox's sample JSON and zip. */
export const SAMPLE_INPUTS = ['submission-json', 'submission-json-file', 'package-zip'];

/**
 * @param {string[]} argv the arguments after the script (process.argv.slice(2))
 * @param {string[]} knownInputs the action's input names
 * @returns {{ help: boolean, faults: boolean, msiExe?: true, inputs: Record<string, string> }}
 */
export function parseSandboxOptions(argv, knownInputs) {
  /** @type {{ help: boolean, faults: boolean, msiExe?: true, inputs: Record<string, string> }} */
  const result = { help: false, faults: false, inputs: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') result.help = true;
    else if (arg === '--faults') result.faults = true;
    else if (arg === '--msi-exe') result.msiExe = true;
    else if (arg === '--input' || arg.startsWith('--input=')) {
      const pair = arg === '--input' ? argv[++i] : arg.slice('--input='.length);
      if (pair === undefined) throw new UsageError("'--input' needs NAME=VALUE, e.g. --input package-zip=store.zip");
      const [name, value] = splitPair(pair);
      if (!knownInputs.includes(name)) {
        throw new UsageError(`'${name}' is not an input of the action; the inputs are: ${knownInputs.join(', ')}`);
      }
      result.inputs[name] = value;
    } else {
      throw new UsageError(`unknown option '${arg}'`);
    }
  }
  return result;
}

/** @param {string} pair @returns {[string, string]} */
function splitPair(pair) {
  const at = pair.indexOf('=');
  if (at <= 0) throw new UsageError(`'--input ${pair}' must be NAME=VALUE, e.g. --input package-zip=store.zip`);
  return [pair.slice(0, at).trim(), pair.slice(at + 1)];
}

/**
 * The inputs of the run: the sandbox's own, its sample JSON and zip unless the user brings their own, and the
 * user's inputs over all of them.
 * @param {{ defaults: Record<string, string>, sample: Record<string, string>, user: Record<string, string> }} parts
 * @returns {Record<string, string>}
 */
export function runInputs({ defaults, sample, user }) {
  const ownSample = SAMPLE_INPUTS.some((name) => name in user);
  return { ...defaults, ...(ownSample ? {} : sample), ...user };
}

/**
 * What the sandbox's Store does after a commit (fake.setCommitOutcome, ../__fixtures__/fake-store/index.mjs):
 * CommitStarted for two status reads, then the Store's whole path to Published, a status per read, so that
 * every wait-for (commit, certification, publish) ends as it would in the Store. A submission set to publish
 * manually stays at Release (and one with a date at PendingPublication until the date), as in the Store.
 */
export const SANDBOX_COMMIT_OUTCOME = Object.freeze({
  kind: 'success',
  pollsInCommitStarted: 2,
  pollsPerStage: 1,
  finalStatus: 'Published'
});

/** The action's own timeout-minutes when the inputs do not say (action.yml's default, as the runner sets it). */
const ACTION_TIMEOUT_MINUTES = Number(readActionYml().inputs['timeout-minutes'].default);

/**
 * How long past the action's own timeout-minutes the sandbox waits before it stops the step: the action's
 * timeout is that of its waits, and signing in, the upload and retries after a 429 (Retry-After up to 5
 * minutes) come on top. Only a hung step ever reaches it.
 */
export const STEP_GRACE_MS = 10 * 60_000;

/**
 * How long the sandbox lets the step run: always longer than the action's own timeout-minutes, so that the
 * step ends the way it would on a runner (its own timeout, its outputs, its summary), never killed.
 * @param {Record<string, string>} inputs the step's inputs
 */
export function stepTimeoutMs(inputs) {
  const minutes = Number(inputs['timeout-minutes']);
  // A value the action refuses fails the step at once; the default is as good a bound as any then.
  const own = Number.isFinite(minutes) && minutes > 0 ? minutes : ACTION_TIMEOUT_MINUTES;
  return Math.ceil(own * 60_000) + STEP_GRACE_MS;
}

/** How long a step the sandbox cancelled (SIGTERM) has to end before the sandbox kills it (as a runner does). */
export const STOP_WAIT_MS = 30_000;

/**
 * What the sandbox says when the step is still running at stepTimeoutMs, as it cancels it.
 * @param {Record<string, string>} inputs
 */
export function hungStepLine(inputs) {
  const own = inputs['timeout-minutes'] ?? String(ACTION_TIMEOUT_MINUTES);
  return (
    `The step is still running ${STEP_GRACE_MS / 60_000} minutes past its own timeout-minutes (${own}): it hangs. ` +
    `The sandbox cancels it as a runner cancels a job (SIGTERM), and kills it if it has not ended ${STOP_WAIT_MS / 1000} s later. Please report it.`
  );
}

/**
 * What the sandbox says when it had to kill the step, or undefined when the step ended by itself.
 * @param {{ code: number|null, signal: string|null }} result
 */
export function killedStepLine(result) {
  if (result.code !== null || !result.signal) return undefined;
  return (
    `The step did not end after it was cancelled: the sandbox killed it (${result.signal}). ` +
    'Its outputs and summary are missing because it was killed, not because it failed; please report it.'
  );
}

/** The inputs not shown in the "Inputs:" lines: the secret, and the local URLs said once above them. */
const UNSHOWN = ['client-secret', 'store-api-url', 'msi-exe-api-url', 'authority-host'];

/**
 * The "Inputs:" lines: every input the step runs with (the user's included), but the secret and local URLs.
 * @param {Record<string, string>} inputs
 */
export function describeInputs(inputs) {
  const shown = Object.entries(inputs).filter(([name]) => !UNSHOWN.includes(name));
  return `Inputs (and the local URLs and credentials):\n${shown.map(([n, v]) => `  ${n}: ${v}`).join('\n')}`;
}
