/**
 * The Store's MSI/EXE API as the engine runs it. As for MSIX (src/msix/api.ts), the run's code (publish.ts) loads
 * when the run starts, after its inputs and files are checked.
 */
import { parseReadBack, readsBack } from '../read-back/api.js';
import type { StoreApi } from '../run/api.js';
import { msiExeDoneLine, msiExeLeftBehind, msiExeReport, newMsiExeProgress } from './outcome.js';
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
          run: async (deps) => (await import('./publish.js')).publishMsiExe(settings, progress, deps),
          rehearse: async (deps) => (await import('./publish.js')).rehearseMsiExe(settings, progress, deps),
          doneLine: () => msiExeDoneLine(progress),
          leftBehind: () => msiExeLeftBehind(progress),
          report: () => msiExeReport(progress)
        };
      }
    };
  }
};
