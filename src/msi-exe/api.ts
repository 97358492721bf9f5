/** The Store's MSI/EXE API as the engine runs it. */
import { parseReadBack, readsBack } from '../read-back/api.js';
import type { StoreApi } from '../run/api.js';
import { msiExeDoneLine, msiExeLeftBehind, msiExeReport, newMsiExeProgress } from './outcome.js';
import { publishMsiExe, rehearseMsiExe } from './publish.js';
import { parseMsiExeSettings, prepareMsiExeSettings } from './settings.js';

export const MSI_EXE_API: StoreApi = {
  parse(input) {
    if (readsBack(input)) return parseReadBack(input);
    const parsed = parseMsiExeSettings(input);
    return {
      async prepare() {
        const settings = await prepareMsiExeSettings(parsed);
        const progress = newMsiExeProgress(settings.productId);
        return {
          dryRun: settings.dryRun,
          run: (deps) => publishMsiExe(settings, progress, deps),
          rehearse: (deps) => rehearseMsiExe(settings, progress, deps),
          doneLine: () => msiExeDoneLine(progress),
          leftBehind: () => msiExeLeftBehind(progress),
          report: () => msiExeReport(progress)
        };
      }
    };
  }
};
