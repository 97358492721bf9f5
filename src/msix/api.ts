/** The Store submission API (MSIX apps, package flights, add-ons) as the engine runs it. */
import { parseReadBack, readsBack } from '../read-back/api.js';
import type { StoreApi } from '../run/api.js';
import { leftBehind } from './lifecycle/left-behind.js';
import type { Progress } from './lifecycle/types.js';
import { msixDoneLine, msixReport } from './outcome.js';
import { publish } from './publish.js';
import { rehearse } from './rehearse.js';
import { parseSettings, prepareSettings } from './settings.js';

export const MSIX_API: StoreApi = {
  parse(input, now) {
    if (readsBack(input)) return parseReadBack(input);
    const parsed = parseSettings(input, now);
    return {
      async prepare() {
        const settings = await prepareSettings(parsed);
        const progress: Progress = { committed: false };
        return {
          dryRun: settings.dryRun,
          run: (deps) => publish(settings, progress, deps),
          rehearse: (deps) => rehearse(settings, progress, deps),
          doneLine: () => msixDoneLine(progress),
          leftBehind: () => leftBehind(progress),
          report: () => msixReport(progress)
        };
      }
    };
  }
};
