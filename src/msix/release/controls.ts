/**
 * The release controls: when the submission publishes, how its packages roll
 * out, whether they are a mandatory update, what to do with a rollout still in
 * progress, whether to commit at all, and the `rollout` operation that changes
 * a published submission's rollout without making a new one. Parsed and
 * checked here, purely, from the inputs as declared
 * (src/interface/declaration.ts), so that every mistake fails before the
 * first request.
 */
import { fail, readBoolean, readChoice, type InputReader } from '../../inputs/parse.js';
import { runOperation } from '../../inputs/kinds.js';
import type { RolloutChange } from '../store/rollout.js';

export type { RolloutChange } from '../store/rollout.js';

export type PublishMode = 'Immediate' | 'Manual' | 'SpecificDate';
/** What to do when a rollout still in progress blocks a new submission. */
export type ExistingRollout = 'fail' | 'finalize' | 'halt';

/** The fields the new submission gets; each absent one keeps what the Store cloned. */
export interface ReleaseFields {
  publishMode?: PublishMode;
  /** ISO 8601, UTC; only with SpecificDate. */
  publishDate?: string;
  /** Start a gradual rollout of the new packages to this share of users (0-100). */
  rolloutPercentage?: number;
  mandatoryUpdate?: boolean;
  /** ISO 8601, UTC; only with mandatoryUpdate. */
  mandatoryUpdateDate?: string;
}

export type ReleaseOperation =
  | {
      kind: 'submit';
      fields: ReleaseFields;
      existingRollout: ExistingRollout;
      /** false: prepare the submission and stop before the commit, for a person to review and submit. */
      commit: boolean;
    }
  | { kind: 'rollout'; change: RolloutChange };

/** What the checks need to know about the rest of the step. */
export interface ReleaseContext {
  /** The kind of submission the other inputs chose. */
  kind: 'app' | 'flight' | 'add-on';
  /** The time now (ms), for "in the future". */
  now: number;
}

/** A share of users: 0 to 100, decimals allowed, a trailing % tolerated. */
export function parsePercentage(name: string, value: string): number {
  const match = /^\s*(\d{1,3}(?:\.\d+)?|\.\d+)\s*%?\s*$/.exec(value);
  const number = match ? Number(match[1]) : NaN;
  if (!(number >= 0 && number <= 100)) {
    fail(`Input '${name}' must be a percentage from 0 to 100 (decimals allowed, e.g. 12.5), got '${value}'.`);
  }
  return number;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * An ISO 8601 date and time that lies in the future, as the Store wants it
 * (UTC, e.g. 2025-06-01T09:00:00.000Z). Without a time it is midnight; without
 * an offset it is UTC (the runners' time zone).
 */
export function parseFutureDate(name: string, value: string, now: number): string {
  const text = value.trim();
  const hint = 'Write it as ISO 8601, e.g. 2025-06-01T09:00:00Z (UTC) or 2025-06-01T11:00:00+02:00.';
  const match = ISO_DATE.exec(text);
  if (!match) fail(`Input '${name}' is not an ISO 8601 date and time: '${value}'.`, hint);
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
  const parts = [y, mo, d, h, mi, s].map(Number);
  const local = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
  const check = new Date(local);
  if (
    check.getUTCMonth() !== parts[1] - 1 ||
    check.getUTCDate() !== parts[2] ||
    parts[3] > 23 ||
    parts[4] > 59 ||
    parts[5] > 59
  ) {
    fail(`Input '${name}' is not a real date and time: '${value}'.`, hint);
  }
  const offset = /^z$/i.test(zone) ? 0 : offsetMinutes(zone);
  if (Math.abs(offset) > 18 * 60) fail(`Input '${name}' has an impossible UTC offset: '${value}'.`, hint);
  const time = local - offset * 60_000 + Number(`0.${fraction || '0'}`) * 1000;
  if (time <= now) {
    fail(
      `Input '${name}' (${new Date(time).toISOString()}) is not in the future (it is now ${new Date(now).toISOString()}).`,
      'Give a later date, or leave the input out.'
    );
  }
  return new Date(time).toISOString();
}

function offsetMinutes(zone: string): number {
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

function releaseFields(input: InputReader, context: ReleaseContext): ReleaseFields {
  const publishMode = readChoice<PublishMode>(input, 'publish-mode');
  const publishDate = input('publish-date');
  const percentage = input('rollout-percentage');
  const mandatoryDate = input('mandatory-update-date');
  if (publishDate && publishMode !== 'SpecificDate') {
    fail(
      `Input 'publish-date' is set, but 'publish-mode' is ${publishMode ?? 'not set'}.`,
      "Set 'publish-mode: SpecificDate' to publish on that date, or leave 'publish-date' out."
    );
  }
  if (publishMode === 'SpecificDate' && !publishDate) {
    fail("'publish-mode: SpecificDate' needs 'publish-date': the date and time to publish on (ISO 8601).");
  }
  const mandatoryUpdate = readBoolean(input, 'mandatory-update');
  if (mandatoryDate && mandatoryUpdate !== true) {
    fail(
      "Input 'mandatory-update-date' is set, but 'mandatory-update' is not true.",
      "Set 'mandatory-update: true' too, or leave the date out."
    );
  }
  return {
    publishMode,
    publishDate: publishDate ? parseFutureDate('publish-date', publishDate, context.now) : undefined,
    rolloutPercentage: percentage ? parsePercentage('rollout-percentage', percentage) : undefined,
    mandatoryUpdate,
    mandatoryUpdateDate: mandatoryDate
      ? parseFutureDate('mandatory-update-date', mandatoryDate, context.now)
      : undefined
  };
}

/** Packages (and so rollouts and mandatory updates) belong to app and flight submissions only. */
function refuseOnAddOn(input: InputReader, context: ReleaseContext): void {
  if (context.kind !== 'add-on') return;
  const set: string[] = (
    ['rollout-percentage', 'mandatory-update', 'mandatory-update-date', 'rollout-action'] as const
  ).filter((name) => input(name).trim());
  if (runOperation(input) === 'rollout') set.unshift('operation');
  if (readChoice<ExistingRollout>(input, 'existing-rollout') !== 'fail') set.push('existing-rollout');
  if (set.length) {
    fail(
      `${set.map((name) => `'${name}'`).join(', ')} ${set.length === 1 ? 'makes' : 'make'} no sense for an add-on: add-ons have no packages to roll out or make mandatory.`,
      'Leave them out of the add-on step; use them in an app or flight step.'
    );
  }
}

/**
 * `operation: rollout`. The inputs that belong to submissions only are refused before (src/inputs/kinds.ts,
 * from the declaration); what is left to check here are values.
 */
function rolloutOperation(input: InputReader): ReleaseOperation {
  const action = readChoice<RolloutChange['action']>(input, 'rollout-action');
  if (!action) fail("'operation: rollout' needs 'rollout-action': update (to 'rollout-percentage'), finalize or halt.");
  const percentage = input('rollout-percentage');
  if (action === 'update') {
    if (!percentage) fail("'rollout-action: update' needs 'rollout-percentage': the new share of users.");
    return { kind: 'rollout', change: { action, percentage: parsePercentage('rollout-percentage', percentage) } };
  }
  if (percentage) {
    fail(
      `'rollout-action: ${action}' takes no 'rollout-percentage' (${action === 'finalize' ? 'finalizing gives the new packages to everyone' : 'halting stops the rollout'}).`,
      "Leave 'rollout-percentage' out, or use 'rollout-action: update' to change the share."
    );
  }
  return { kind: 'rollout', change: { action } };
}

/**
 * Parses and checks the release-control inputs (after src/inputs/kinds.ts refused those of another operation).
 * `operation: status` and `export` never get here: each API's parse hands them to src/read-back/api.ts first.
 */
export function parseReleaseOperation(input: InputReader, context: ReleaseContext): ReleaseOperation {
  refuseOnAddOn(input, context);
  if (runOperation(input) === 'rollout') return rolloutOperation(input);
  return {
    kind: 'submit',
    fields: releaseFields(input, context),
    existingRollout: readChoice<ExistingRollout>(input, 'existing-rollout') ?? 'fail',
    commit: readBoolean(input, 'commit') ?? true
  };
}
