/**
 * The Store submission API (MSIX apps, package flights, add-ons) as the engine runs it. Each step's code loads when
 * the run reaches it: the run's (publish.ts) or the dry run's (rehearse.ts), never both (start-up:
 * bench/start.mjs).
 */
import { describeListings } from '../listings/edit.js';
import { parseReadBack, readsBack } from '../read-back/api.js';
import type { StoreApi } from '../run/api.js';
import type { RunDeps } from '../sign-in.js';
import { leftBehind } from './lifecycle/left-behind.js';
import type { Progress } from './lifecycle/types.js';
import { msixDoneLine, msixReport } from './outcome.js';
import { parseSettings, prepareSettings } from './settings.js';

export const MSIX_API: StoreApi = {
  parse(input, now) {
    if (readsBack(input)) return parseReadBack(input);
    const parsed = parseSettings(input, now);
    return {
      async prepare() {
        const settings = await prepareSettings(parsed);
        const progress: Progress = { committed: false };
        // The run and the dry run both start by saying what the listings folder holds.
        const start = (deps: RunDeps): void => {
          if (settings.listings) {
            deps.info(`listings-folder ${settings.listings.path}: ${describeListings(settings.listings)}.`);
          }
        };
        return {
          dryRun: settings.dryRun,
          run: async (deps) => {
            start(deps);
            await (await import('./publish.js')).publish(settings, progress, deps);
          },
          rehearse: async (deps) => {
            start(deps);
            await (await import('./rehearse.js')).rehearse(settings, progress, deps);
          },
          doneLine: () => msixDoneLine(progress),
          leftBehind: () => leftBehind(progress),
          report: () => msixReport(progress)
        };
      }
    };
  }
};
