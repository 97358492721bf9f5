/**
 * The lifecycle's rollout decisions: a rollout still in progress on the last
 * published submission blocks a new one (fail, finalize or halt it, as
 * `existing-rollout` says), and `operation: rollout` changes that rollout
 * without making a submission.
 */
import { ActionError, ApiError } from '../../errors.js';
import type { ExistingRollout } from '../release/controls.js';
import type { StoreClient } from '../store/client.js';
import { publishedOf, type Parent } from '../store/parents.js';
import type { Resolved } from '../store/resolve.js';
import {
  changeRollout,
  describeRollout,
  readRollout,
  ROLLOUT_COMPLETE,
  ROLLOUT_IN_PROGRESS,
  ROLLOUT_OPEN,
  ROLLOUT_STOPPED,
  type PackageRollout,
  type RolloutChange
} from '../store/rollout.js';
import type { Progress } from './types.js';
import { marked } from '../../run/in-flight.js';

/** A published submission whose rollout is in progress. */
export interface RolloutInTheWay {
  submissionId: string;
  rollout: PackageRollout;
}

const PAST: Record<RolloutChange['action'], string> = { update: 'updated', finalize: 'finalized', halt: 'halted' };

const hasPackages = (parent: Parent): boolean => parent.kind.packagesField !== undefined;

/**
 * The rollout in the way of a new submission, if any. Reads only: with
 * `existing-rollout: fail` it refuses here, before anything changes.
 */
export async function rolloutInTheWay(
  client: StoreClient,
  resolved: Resolved,
  choice: ExistingRollout,
  log: (line: string) => void
): Promise<RolloutInTheWay | undefined> {
  const { parent, resource } = resolved;
  const published = publishedOf(parent, resource);
  if (!hasPackages(parent) || !published) return undefined;
  let rollout: PackageRollout;
  try {
    rollout = await readRollout(client, parent, published.id);
  } catch (error) {
    // A Store that will not tell (404, 409: a feature the API does not support) must not stop a submission that
    // may well go through: the create says so with a 409 if a rollout is in the way after all.
    if (!(error instanceof ApiError) || ![400, 404, 409].includes(error.status ?? 0)) throw error;
    log(`${error.message} Going on without knowing whether a rollout is in progress.`);
    return undefined;
  }
  if (!rollout.isPackageRollout || !ROLLOUT_OPEN.includes(rollout.packageRolloutStatus)) return undefined;
  if (choice === 'fail') {
    const what =
      rollout.packageRolloutStatus === ROLLOUT_IN_PROGRESS
        ? `is still rolling out its published submission ${published.id} to ${rollout.packageRolloutPercentage} % of users`
        : `has a package rollout of its published submission ${published.id} that has not started yet`;
    throw new ActionError(
      `The ${parent.label} ${what} (${rollout.packageRolloutStatus}), which blocks a new submission; nothing was changed.`,
      {
        hint: "Set 'existing-rollout: finalize' (everyone gets that submission's packages) or 'existing-rollout: halt' (back to the one before), or change it first with 'operation: rollout'."
      }
    );
  }
  return { submissionId: published.id, rollout };
}

/** Finalizes or halts the rollout in the way, so that a new submission can be created. */
export async function clearRollout(
  client: StoreClient,
  parent: Parent,
  inTheWay: RolloutInTheWay,
  action: 'finalize' | 'halt',
  progress: Progress,
  log: (line: string) => void
): Promise<void> {
  log(
    `The published submission ${inTheWay.submissionId} is rolling out (${describeRollout(inTheWay.rollout)}): ${action === 'finalize' ? 'finalizing' : 'halting'} it (existing-rollout: ${action}).`
  );
  const rollout = await marked(
    (on) => (progress.changingRollout = on ? { submissionId: inTheWay.submissionId, action } : undefined),
    () => changeRollout(client, parent, inTheWay.submissionId, { action }, log)
  );
  progress.clearedRollout = { submissionId: inTheWay.submissionId, action, before: inTheWay.rollout, after: rollout };
}

/** What the Store must show before `change` can be sent; a reason to refuse, or 'done' when it is there already. */
function refusal(rollout: PackageRollout, change: RolloutChange): string | 'done' | undefined {
  if (!rollout.isPackageRollout) return 'it has no gradual rollout';
  if (rollout.packageRolloutStatus === ROLLOUT_IN_PROGRESS) return undefined;
  // A rollout that has not started yet can be finalized or halted (as StoreBroker does), not given a percentage.
  if (ROLLOUT_OPEN.includes(rollout.packageRolloutStatus) && change.action !== 'update') return undefined;
  if (change.action === 'finalize' && rollout.packageRolloutStatus === ROLLOUT_COMPLETE) return 'done';
  if (change.action === 'halt' && rollout.packageRolloutStatus === ROLLOUT_STOPPED) return 'done';
  return `its rollout is ${rollout.packageRolloutStatus}, not in progress`;
}

/** `operation: rollout`: changes the rollout of the parent's last published submission. */
export async function changePublishedRollout(
  client: StoreClient,
  resolved: Resolved,
  change: RolloutChange,
  progress: Progress,
  log: (line: string) => void
): Promise<void> {
  const { parent, resource } = resolved;
  progress.operation = change.action;
  const published = publishedOf(parent, resource);
  if (!published) {
    throw new ActionError(
      `The ${parent.label} has no published submission, so there is no rollout to change; nothing was changed.`
    );
  }
  progress.submissionId = published.id;
  progress.status = 'Published';
  const rollout = await readRollout(client, parent, published.id);
  progress.rollout = rollout;
  const why = refusal(rollout, change);
  if (why === 'done') {
    log(`The rollout of submission ${published.id} is ${describeRollout(rollout)} already: nothing to do.`);
    return;
  }
  if (why) {
    throw new ActionError(
      `The rollout of the ${parent.label}'s published submission ${published.id} cannot be ${PAST[change.action]}: ${why} (${describeRollout(rollout)}); nothing was changed.`,
      { hint: 'Start a rollout with a new submission and rollout-percentage.' }
    );
  }
  progress.rollout = await marked(
    (on) => (progress.changingRollout = on ? { submissionId: published.id, action: change.action } : undefined),
    () => changeRollout(client, parent, published.id, change, log)
  );
}
