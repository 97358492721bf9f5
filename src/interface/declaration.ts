/**
 * The action's public interface, declared once: every input and output, with
 * its description, its default, which API and which operation it belongs to,
 * and how it is read. action.yml's `inputs:`/`outputs:` and the README's
 * Inputs and Outputs tables are generated from here (`npm run interface`;
 * `.ci/run` fails when they differ), the refusals of inputs another API or
 * operation cannot honour are derived from here, and `InputName` makes a read
 * of an undeclared input a type error.
 *
 * The rule that keeps "given" meaning one thing: the runner sets every input
 * that has an action.yml default (`action`) whether the workflow names it or
 * not, so such a default must be valid in every kind of run, for both APIs and
 * every operation. An input that belongs to some runs only has no action.yml
 * default; what an empty value means is its `fallback`, documented here and
 * read by the code.
 *
 * This folder imports nothing from outside it: the generator (scripts/interface.mjs) loads it on
 * its own.
 */
import { HOW_INPUTS } from './inputs-how.js';
import { WHAT_INPUTS } from './inputs-what.js';
import type { InputSpec } from './spec.js';

export { OPERATIONS } from './spec.js';
export type { Api, InputSpec, InputType, Operation } from './spec.js';

/** Every input, in the order of action.yml and the README. */
export const INPUTS = { ...WHAT_INPUTS, ...HOW_INPUTS } as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

export interface OutputSpec {
  readonly description: string;
}

export const OUTPUTS = {
  'submission-id': {
    description:
      'ID of the submission created (set also when the step fails after creating it). With operation status: the last published submission (empty for an MSI/EXE product: its API does not name it).'
  },
  status: {
    description:
      'The last status seen, e.g. PreProcessing, CommitFailed, CommitStarted (after a timeout); for an MSI/EXE product its publishingStatus (INPROGRESS, PUBLISHED, FAILED).'
  },
  'status-details': {
    description:
      'The statusDetails JSON (errors, warnings, certificationReports); for an MSI/EXE product the errors and warnings the API gave.'
  },
  'flight-id': {
    description: 'ID of the package flight submitted to (also when it was found by name or created).'
  },
  'add-on-id': {
    description: 'Store ID of the add-on submitted to (also when it was found by product ID or created).'
  },
  'partner-center-url': {
    description:
      "Partner Center page of the submission (an app's submission), else of the app, add-on or MSI/EXE product."
  },
  'rollout-status': {
    description:
      'The package rollout status after the step, as the Store names it: PackageRolloutNotStarted, PackageRolloutInProgress, PackageRolloutComplete, PackageRolloutStopped. Set when the step started, changed or cleared a rollout, and by operation status for the published submission of an app or flight.'
  },
  'rollout-percentage': {
    description: 'The share of users in that rollout after the step (0-100).'
  },
  'pending-submission-id': {
    description:
      'With operation status: the ID of the pending submission (not yet published; for an MSI/EXE product the submission in progress), empty when there is none.'
  },
  'pending-status': {
    description: "With operation status: that pending submission's status, empty when there is none."
  }
} as const satisfies Record<string, OutputSpec>;

export type OutputName = keyof typeof OUTPUTS;

/** The inputs in declaration order (action.yml's and the README's order). */
export const INPUT_NAMES = Object.keys(INPUTS) as InputName[];

export function inputSpec(name: InputName): InputSpec {
  return INPUTS[name];
}

/** What an empty input means: its action.yml default, else its documented fallback, else ''. */
export function defaultOf(name: InputName): string {
  const spec: InputSpec = INPUTS[name];
  return spec.action ?? spec.fallback ?? '';
}
