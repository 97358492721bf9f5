/**
 * The inputs of a read-back run (`operation: status` or `export`): where to
 * read (an app, flight or add-on, or an MSI/EXE product) and, for export, the
 * folder to write. Which inputs such a run takes at all is the declaration's
 * (src/inputs/kinds.ts); what is left to check here are values, all before
 * the first request.
 */
import type { Api } from '../interface/declaration.js';
import type { ReadBackCommon, ReadBackSettings, ReadBackSource } from '../read-back/types.js';
import { readProductAndSeller } from '../msi-exe/target.js';
import { fail, readBaseUrl, readBoolean, readChoice, type InputReader } from './parse.js';
import { readTarget } from '../msix/inputs/target.js';

function readSource(input: InputReader, api: Api): ReadBackSource {
  if (api === 'msi-exe') return { api, ...readProductAndSeller(input), apiUrl: readBaseUrl(input, 'msi-exe-api-url') };
  return { api, target: readTarget(input), storeApiUrl: readBaseUrl(input, 'store-api-url') };
}

export function readReadBackSettings(
  input: InputReader,
  kind: { api: Api; operation: 'status' | 'export' },
  common: ReadBackCommon
): ReadBackSettings {
  const { operation } = kind;
  const waitFor = readChoice(input, 'wait-for');
  if (waitFor !== 'commit')
    fail(
      `'operation: ${operation}' reads the Store once and waits for nothing, so 'wait-for: ${waitFor}' has nothing to act on.`,
      "Leave 'wait-for' out of the step."
    );
  const dryRun = readBoolean(input, 'dry-run') ?? false;
  if (dryRun && operation === 'status')
    fail("'operation: status' changes nothing already; 'dry-run' has nothing to rehearse.", "Leave 'dry-run' out.");
  const source = readSource(input, kind.api);
  if (operation === 'status') return { operation, ...common, source };
  const folder = input('listings-folder').trim();
  if (!folder)
    fail(
      "'operation: export' needs 'listings-folder': the folder to write the Store's listings into.",
      'Give a folder relative to the workspace, e.g. store/listings (it is created when missing).'
    );
  const overwrite = readBoolean(input, 'overwrite') ?? false;
  return { operation, ...common, source, export: { folder, overwrite, dryRun } };
}
