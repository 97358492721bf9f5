/**
 * A run for an MSIX app, flight or add-on through the Store submission API:
 * sign in, resolve the parent (creating a flight or add-on asked for), then
 * the one lifecycle (./submit.ts) or, for `operation: rollout`, the published
 * submission's rollout change. A dry run goes through rehearse.ts instead.
 * The lifecycle's code (and the upload's) loads once the parent is resolved,
 * so a run that fails to sign in or to find its parent never loads it
 * (start-up: bench/start.mjs).
 */
import type { Settings } from './settings.js';
import { signIn, type RunDeps } from '../sign-in.js';
import { StoreClient } from './store/client.js';
import { resolveParent } from './store/resolve.js';
import type { Progress } from './submission.js';

export { leftBehind } from './lifecycle/left-behind.js';

export async function publish(settings: Settings, progress: Progress, deps: RunDeps): Promise<void> {
  const { info: log } = deps;
  const client = new StoreClient({ ...signIn(settings, deps), storeApiUrl: settings.storeApiUrl });
  const resolved = await resolveParent(client, settings.target, log);
  if (settings.release?.kind === 'rollout') {
    progress.parent = resolved.parent; // (a submission's lifecycle records its own parent)
    log(`Changing the package rollout of the ${resolved.parent.label}'s published submission.`);
    const { changePublishedRollout } = await import('./lifecycle/rollout.js');
    await changePublishedRollout(client, resolved, settings.release.change, progress, log);
    return;
  }
  log(`Publishing to the ${resolved.parent.label}.`);
  const { submit } = await import('./submit.js');
  await submit(settings, resolved, client, progress, deps);
}
