/**
 * Gradual package rollouts of app and flight submissions, through the Store
 * client: read a submission's rollout, and update, finalize or halt it. The
 * three changes are POSTs and not safe to repeat blindly: after an unclear
 * answer the rollout is read, and the change is sent again only if it did
 * not take.
 */
import type { StoreClient } from './client.js';
import { sendOnce } from '../../request/once.js';
import type { Parent } from './parents.js';
import { submissionPath } from './parents.js';

/** The package rollout resource (packageDeliveryOptions.packageRollout; GET …/packagerollout). */
export interface PackageRollout {
  isPackageRollout: boolean;
  packageRolloutPercentage: number;
  /** PackageRolloutNotStarted, PackageRolloutInProgress, PackageRolloutComplete or PackageRolloutStopped. */
  packageRolloutStatus: string;
  /** The submission the users outside the rollout keep. */
  fallbackSubmissionId?: string;
}

export const ROLLOUT_IN_PROGRESS = 'PackageRolloutInProgress';
export const ROLLOUT_NOT_STARTED = 'PackageRolloutNotStarted';
/** Rollouts that block a new submission until finalized or halted (StoreBroker treats both alike: docs/oracles.md). */
export const ROLLOUT_OPEN: readonly string[] = [ROLLOUT_IN_PROGRESS, ROLLOUT_NOT_STARTED];
export const ROLLOUT_COMPLETE = 'PackageRolloutComplete';
export const ROLLOUT_STOPPED = 'PackageRolloutStopped';

/** A change to a published submission's rollout. */
export type RolloutChange = { action: 'update'; percentage: number } | { action: 'finalize' } | { action: 'halt' };

const ENDPOINT: Record<RolloutChange['action'], string> = {
  update: 'updatepackagerolloutpercentage',
  finalize: 'finalizepackagerollout',
  halt: 'haltpackagerollout'
};

/** A rollout as the Store answered it, read leniently (missing fields: no rollout). */
export function asRollout(body: unknown): PackageRollout {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return {
    isPackageRollout: raw.isPackageRollout === true,
    packageRolloutPercentage: Number(raw.packageRolloutPercentage ?? 0) || 0,
    packageRolloutStatus: typeof raw.packageRolloutStatus === 'string' ? raw.packageRolloutStatus : 'None',
    fallbackSubmissionId: typeof raw.fallbackSubmissionId === 'string' ? raw.fallbackSubmissionId : undefined
  };
}

/** Whether `rollout` is where `change` leads (so a change with a lost answer went through). */
export function rolloutReached(rollout: PackageRollout, change: RolloutChange): boolean {
  if (change.action === 'finalize') return rollout.packageRolloutStatus === ROLLOUT_COMPLETE;
  if (change.action === 'halt') return rollout.packageRolloutStatus === ROLLOUT_STOPPED;
  return (
    rollout.packageRolloutStatus === ROLLOUT_IN_PROGRESS &&
    Math.abs(rollout.packageRolloutPercentage - change.percentage) < 1e-9
  );
}

export function describeRollout(rollout: PackageRollout): string {
  return `${rollout.packageRolloutStatus}, ${rollout.packageRolloutPercentage} %`;
}

export async function readRollout(client: StoreClient, parent: Parent, submissionId: string): Promise<PackageRollout> {
  const body = await client.get<unknown>(
    submissionPath(parent, submissionId, '/packagerollout'),
    `Read the package rollout of submission ${submissionId}`
  );
  return asRollout(body);
}

/** Updates, finalizes or halts the rollout of published submission `submissionId`; answers the rollout after. */
export async function changeRollout(
  client: StoreClient,
  parent: Parent,
  submissionId: string,
  change: RolloutChange,
  log: (line: string) => void
): Promise<PackageRollout> {
  const query = change.action === 'update' ? `?percentage=${change.percentage}` : '';
  const call =
    change.action === 'update'
      ? `Update the package rollout of submission ${submissionId} to ${change.percentage} %`
      : `${change.action === 'finalize' ? 'Finalize' : 'Halt'} the package rollout of submission ${submissionId}`;
  return sendOnce({
    send: async () => {
      const { body, correlationId } = await client.send<unknown>({
        method: 'POST',
        path: submissionPath(parent, submissionId, `/${ENDPOINT[change.action]}${query}`),
        call,
        hint: ({ status }) =>
          status === 409
            ? `Submission ${submissionId} must be published with its package rollout in progress; check its rollout in Partner Center.`
            : undefined
      });
      log(`${call}: done [MS-CorrelationId: ${correlationId ?? 'none'}].`);
      // Answered without the rollout: read it.
      return body ? asRollout(body) : readRollout(client, parent, submissionId);
    },
    onUncertain: (error) => log(`${error.message} Reading the rollout before sending it again.`),
    check: async () => {
      const rollout = await readRollout(client, parent, submissionId);
      if (!rolloutReached(rollout, change)) return undefined;
      log(`The rollout of submission ${submissionId} is ${describeRollout(rollout)}: the change went through.`);
      return rollout;
    },
    pause: (attempt) => client.pauseBeforeRetry(attempt)
  });
}
