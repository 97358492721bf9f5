/**
 * A dry run of an MSIX run (`dry-run: true`): everything up to the first request that would change something,
 * then the plan, and nothing changed. It reads what a real run reads before its first change (the parent, the
 * published submission, a rollout in the way, the pending submission) and refuses what a real run would refuse
 * there; without credentials it signs in to nothing and says what it could not check. The engine chooses between
 * this and publish.ts (src/run/engine.ts), the one place a dry run is decided.
 */
import { allEdits } from '../edits.js';
import { ActionError, ApiError } from '../errors.js';
import type { IdTokenSource } from '../run/host.js';
import { signIn, type RunDeps } from '../sign-in.js';
import { checkEdits } from './lifecycle/check-edits.js';
import { markDryRun, printDryRun } from './lifecycle/dry-run.js';
import { keptPendingError } from './lifecycle/pending.js';
import { rolloutInTheWay } from './lifecycle/rollout.js';
import type { Progress } from './lifecycle/types.js';
import type { Settings } from './settings.js';
import { StoreClient } from './store/client.js';
import { pendingOf } from './store/parents.js';
import { resolveParent, type Resolved } from './store/resolve.js';

/** Why a dry run cannot read the Store (no credentials to sign in with), or undefined when it can. */
function withoutStore(
  settings: Settings,
  idToken: IdTokenSource
): { unchecked: string; firstChange: string } | undefined {
  const missing = [!settings.tenantId && 'tenant-id', !settings.clientId && 'client-id'].filter(Boolean);
  const noOidc = settings.credential.kind === 'oidc' && !idToken.available;
  if (missing.length === 0 && !noOidc) return undefined;
  const why = missing.length ? `no ${missing.join(' or ')} given` : `no client-secret, and ${idToken.missing}`;
  return {
    unchecked: `${why}, so the dry run did not sign in: the packages' identity and versions were not compared with the app and its published packages, and the submission below holds only the changes (a real run applies them over the last published submission).`,
    firstChange: 'sign in, then replace any pending submission and create a new one'
  };
}

/**
 * The parent, read; never created. When a real run would create it first, the dry run prints what it can without
 * it and resolves with undefined.
 */
async function readParent(client: StoreClient, settings: Settings, log: (line: string) => void) {
  const { target } = settings;
  if (target.kind === 'app' || target.create === undefined) return resolveParent(client, target, log);
  try {
    return await resolveParent(client, { ...target, create: undefined }, log);
  } catch (error) {
    if (!(error instanceof ActionError) || error instanceof ApiError) throw error;
    const what = target.kind === 'flight' ? `package flight '${target.flightName}'` : `add-on '${target.productId}'`;
    await printDryRun(
      settings,
      {
        edits: allEdits(settings),
        unchecked: `the ${what} does not exist yet (${error.message}); its checks need it.`,
        firstChange: `create the ${what}, then a submission for it`
      },
      log
    );
    return undefined;
  }
}

/** What a real run would do first with this parent, after the checks a real run makes before it. */
async function firstChange(client: StoreClient, resolved: Resolved, settings: Settings, log: (line: string) => void) {
  const release = settings.release?.kind === 'submit' ? settings.release : undefined;
  // A rollout in the way fails here (existing-rollout: fail), as in a real run.
  await rolloutInTheWay(client, resolved, release?.existingRollout ?? 'fail', log);
  const { parent } = resolved;
  const pending = pendingOf(parent, resolved.resource);
  const replaces = pending && !parent.created;
  if (replaces && !settings.deletePending) throw keptPendingError(parent, pending.id);
  return replaces
    ? `delete the pending submission ${pending.id} of the ${parent.label}`
    : `create a submission for the ${parent.label}`;
}

export async function rehearse(settings: Settings, progress: Progress, deps: RunDeps): Promise<void> {
  const log = deps.info;
  const edits = allEdits(settings);
  const offline = withoutStore(settings, deps.idToken);
  if (offline) {
    await printDryRun(settings, { edits, ...offline }, log);
    markDryRun(progress, settings);
    return;
  }
  const client = new StoreClient({ ...signIn(settings, deps), storeApiUrl: settings.storeApiUrl });
  const resolved = await readParent(client, settings, log);
  if (!resolved) {
    markDryRun(progress, settings);
    return;
  }
  progress.parent = resolved.parent;
  const { parent, resource } = resolved;
  const published = await checkEdits({ client, parent, resource, edits, readPublished: true, info: log });
  const first = await firstChange(client, resolved, settings, log);
  await printDryRun(settings, { edits, published, firstChange: first }, log);
  markDryRun(progress, settings, published);
}
