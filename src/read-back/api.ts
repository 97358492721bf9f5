/**
 * `operation: status` and `operation: export` as the engine runs them, for either API (each API's `parse` hands a
 * read-back run here): the inputs checked, then a token and GETs only (src/read-back/run.ts), told as a RunReport.
 * Only the inputs' reader is loaded with an API; the rest loads when a read-back run is prepared (start-up:
 * bench/start.mjs).
 */
import { readCommon } from '../inputs/common.js';
import { checkRunKind, runOperation } from '../inputs/kinds.js';
import type { InputReader } from '../inputs/parse.js';
import type { ParsedRun } from '../run/api.js';
import { readReadBackSettings } from '../inputs/read-back.js';
import type { ReadBackSettings, ReadBackProgress } from './types.js';

/** Whether the run only reads the Store back (status, export). */
export function readsBack(input: InputReader): boolean {
  const operation = runOperation(input);
  return operation === 'status' || operation === 'export';
}

/** A read-back run's settings; every input it cannot honour refused first (src/inputs/kinds.ts). */
export function readBackSettings(input: InputReader): ReadBackSettings {
  const kind = checkRunKind(input);
  const operation = kind.operation === 'export' ? 'export' : 'status';
  return readReadBackSettings(input, { api: kind.api, operation }, readCommon(input, false));
}

export function parseReadBack(input: InputReader): ParsedRun {
  const settings = readBackSettings(input);
  return {
    async prepare() {
      const [{ readBack }, { readBackReport }] = await Promise.all([import('./run.js'), import('./outcome.js')]);
      const progress: ReadBackProgress = { readBack: { operation: settings.operation } };
      return {
        // Decided by the engine, as for every run: an export's dry run reads and checks, and writes nothing
        // (status changes nothing anyway, and refuses dry-run: src/inputs/read-back.ts).
        dryRun: settings.export?.dryRun ?? false,
        run: (deps) => readBack(settings, progress, deps, true),
        rehearse: (deps) => readBack(settings, progress, deps, false),
        doneLine: () => undefined, // the run's own last line says what it read or wrote
        leftBehind: () => 'It only read the Store.',
        report: () => readBackReport(progress)
      };
    }
  };
}
