/** An MSI/EXE run's settings (`product-id`), read from the inputs and checked before the first request. */
import { readCommon } from '../inputs/common.js';
import { checkRunKind } from '../inputs/kinds.js';
import { readBaseUrl, readBoolean, type InputReader } from '../inputs/parse.js';
import { parseMsiExeInputs, readMsiExeInputs, type MsiExeInputs, type MsiExeInputsGiven } from './inputs.js';
import type { MsiExeSettings } from './publish.js';

export type { MsiExeSettings } from './publish.js';

/** The settings as the inputs give them, checked, before any file is read. */
export type ParsedMsiExeSettings = Omit<MsiExeSettings, keyof MsiExeInputs> & { given: MsiExeInputsGiven };

/** Reads and checks the inputs alone (no file, no request); every input an MSI/EXE run cannot honour is refused first. */
export function parseMsiExeSettings(input: InputReader): ParsedMsiExeSettings {
  checkRunKind(input);
  const dryRun = readBoolean(input, 'dry-run') ?? false;
  const common = readCommon(input, dryRun);
  const apiUrl = readBaseUrl(input, 'msi-exe-api-url');
  const commit = readBoolean(input, 'commit') ?? true;
  return { ...common, apiUrl, commit, dryRun, given: parseMsiExeInputs(input) };
}

/** Reads the listings folder and submission-json's file; every problem fails here, before the first request. */
export async function prepareMsiExeSettings(parsed: ParsedMsiExeSettings): Promise<MsiExeSettings> {
  const { given, ...settings } = parsed;
  return { ...settings, ...(await readMsiExeInputs(given)) };
}

/** parseMsiExeSettings, then prepareMsiExeSettings. */
export async function readMsiExeSettings(input: InputReader): Promise<MsiExeSettings> {
  return prepareMsiExeSettings(parseMsiExeSettings(input));
}
