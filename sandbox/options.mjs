// The sandbox's command line: which action inputs to run with, and whether to inject faults.
// Pure: no I/O here, so that the parsing is unit-tested (__tests__/unit/sandbox-options.test.ts).

export const USAGE = `Usage: npm run sandbox -- [--input NAME=VALUE]... [--faults] [--msi-exe] [--help]

Runs the bundled action (dist/index.js) once against a local Partner Center on
127.0.0.1 (a fake Store API and Azure AD, and Azurite for the upload). The app
(9NBLGGH4R315, or your 'application-id') has a published submission and a
pending one that the run replaces. No credentials, no internet.

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
  npm run sandbox -- --input listings-folder=store/listings`;

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
