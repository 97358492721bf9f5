/** An MSI/EXE run's settings (`product-id`), read from the inputs and checked before the first request. */
import { readCommon } from '../inputs/common.js';
import { checkRunKind } from '../inputs/kinds.js';
import { readBaseUrl, readBoolean, type InputReader } from '../inputs/parse.js';
import { readMsiExeInputs } from './inputs.js';
import type { MsiExeSettings } from './publish.js';

export type { MsiExeSettings } from './publish.js';

/** Every input an MSI/EXE run cannot honour is refused first (src/inputs/kinds.ts, from the declaration). */
export async function readMsiExeSettings(input: InputReader): Promise<MsiExeSettings> {
  checkRunKind(input);
  const dryRun = readBoolean(input, 'dry-run') ?? false;
  const common = readCommon(input, dryRun);
  const apiUrl = readBaseUrl(input, 'msi-exe-api-url');
  const commit = readBoolean(input, 'commit') ?? true;
  return { ...common, apiUrl, commit, dryRun, ...(await readMsiExeInputs(input)) };
}
