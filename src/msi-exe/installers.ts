/**
 * The `installers` input: a JSON array (or one object) of packages with the
 * API's field names, checked before any request and turned into what
 * `PUT /packages` takes. Every error names the installer (its index and URL)
 * and the value. Pure.
 */
import { ActionError } from '../errors.js';
import { JsonSyntaxError, parseJson } from '../json.js';
import {
  ARCHITECTURES,
  type Architecture,
  type InstallerErrorDetail,
  type MsiExePackage,
  type PackageType
} from './types.js';

const INPUT = 'installers';

/** The documented errorScenario values. */
export const ERROR_SCENARIOS = [
  'installationCancelledByUser',
  'applicationAlreadyExists',
  'installationAlreadyInProgress',
  'diskSpaceIsFull',
  'rebootRequired',
  'networkFailure',
  'packageRejectedDuringInstallation',
  'installationSuccessful',
  'miscellaneous'
];

const FIELDS = [
  'packageUrl',
  'languages',
  'architectures',
  'isSilentInstall',
  'installerParameters',
  'packageType',
  'genericDocUrl',
  'errorDetails'
] as const;
type Field = (typeof FIELDS)[number];

/** A BCP 47 tag as the Store lists them: en, en-us, zh-hans-cn, sr-latn-rs, ca-es-valencia. */
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;

type Raw = Partial<Record<Field, unknown>>;

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

class Problems {
  readonly list: string[] = [];
  constructor(private readonly label: string) {}
  add(message: string): void {
    this.list.push(`${this.label}: ${message}`);
  }
}

function isHttpUrl(value: unknown, httpsOnly: boolean): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (!httpsOnly && url.protocol === 'http:');
  } catch {
    return false;
  }
}

/** The object's fields by their API names, whatever their case; unknown fields are problems. */
function fieldsOf(item: Record<string, unknown>, problems: Problems): Raw {
  const raw: Raw = {};
  for (const [key, value] of Object.entries(item)) {
    const field = FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
    if (field) raw[field] = value;
    else if (key.toLowerCase() !== 'packageid')
      problems.add(`unknown field '${key}' (the fields are ${FIELDS.join(', ')})`);
  }
  return raw;
}

function stringList(name: Field, value: unknown, problems: Problems): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
    problems.add(`'${name}' must be an array of strings, got ${show(value)}`);
    return [];
  }
  return list.map((v: string) => v.trim());
}

function architectureOf(value: unknown, problems: Problems): Architecture[] {
  const given = stringList('architectures', value ?? [], problems);
  const known = given.map((a) => ARCHITECTURES.find((k) => k.toLowerCase() === a.toLowerCase()));
  if (given.length !== 1 || !known[0]) {
    problems.add(
      `'architectures' must hold exactly one of ${ARCHITECTURES.join(', ')}, got ${show(value)} (give each architecture its own installer)`
    );
    return [];
  }
  return [known[0]];
}

function packageTypeOf(raw: Raw, problems: Problems): PackageType | undefined {
  if (raw.packageType !== undefined) {
    const type = typeof raw.packageType === 'string' ? raw.packageType.trim().toLowerCase() : '';
    if (type === 'exe' || type === 'msi') return type;
    problems.add(`'packageType' must be exe or msi, got ${show(raw.packageType)}`);
    return undefined;
  }
  const path =
    typeof raw.packageUrl === 'string' && isHttpUrl(raw.packageUrl, false) ? new URL(raw.packageUrl).pathname : '';
  const extension = /\.(msi|exe)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'msi' || extension === 'exe') return extension;
  problems.add(`'packageType' is not set and the URL does not end in .msi or .exe: set "packageType": "msi" or "exe"`);
  return undefined;
}

function errorDetailsOf(value: unknown, problems: Problems): InstallerErrorDetail[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [];
  if (!Array.isArray(value) || list.some((d) => typeof d !== 'object' || d === null)) {
    problems.add(`'errorDetails' must be an array of { errorScenario, errorScenarioDetails }, got ${show(value)}`);
    return undefined;
  }
  for (const detail of list as { errorScenario?: unknown }[]) {
    if (!ERROR_SCENARIOS.includes(String(detail.errorScenario)))
      problems.add(`'errorScenario' must be one of ${ERROR_SCENARIOS.join(', ')}, got ${show(detail.errorScenario)}`);
  }
  return list as InstallerErrorDetail[];
}

/** One installer, checked; its problems are added to `problems`. */
function readInstaller(item: unknown, problems: Problems): MsiExePackage | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    problems.add(
      `must be an object like { "packageUrl": "https://...", "languages": ["en-us"], "architectures": ["X64"] }, got ${show(item)}`
    );
    return undefined;
  }
  const raw = fieldsOf(item as Record<string, unknown>, problems);
  if (!isHttpUrl(raw.packageUrl, true))
    problems.add(
      `'packageUrl' must be an https:// URL of a versioned, direct download of the .msi or .exe, got ${show(raw.packageUrl)}`
    );
  const languages = stringList('languages', raw.languages ?? [], problems);
  if (languages.length === 0) problems.add(`'languages' must list at least one language code, e.g. ["en-us"]`);
  for (const language of languages.filter((l) => !LANGUAGE.test(l)))
    problems.add(`'languages' holds ${show(language)}, which is not a language code like en-us or de-de`);
  const architectures = architectureOf(raw.architectures, problems);
  const parameters = raw.installerParameters;
  if (parameters !== undefined && typeof parameters !== 'string')
    problems.add(`'installerParameters' must be a string, got ${show(parameters)}`);
  const installerParameters = typeof parameters === 'string' && parameters.trim() ? parameters.trim() : undefined;
  if (raw.isSilentInstall !== undefined && typeof raw.isSilentInstall !== 'boolean')
    problems.add(`'isSilentInstall' must be true or false, got ${show(raw.isSilentInstall)}`);
  const isSilentInstall = typeof raw.isSilentInstall === 'boolean' ? raw.isSilentInstall : !installerParameters;
  if (!isSilentInstall && !installerParameters)
    problems.add(
      `'installerParameters' are required when 'isSilentInstall' is false (the switches that make it silent)`
    );
  const packageType = packageTypeOf(raw, problems);
  if (raw.genericDocUrl !== undefined && !isHttpUrl(raw.genericDocUrl, false))
    problems.add(`'genericDocUrl' must be a URL, got ${show(raw.genericDocUrl)}`);
  if (packageType === 'exe' && raw.genericDocUrl === undefined)
    problems.add(`an exe needs 'genericDocUrl': a link to the document of its custom error codes`);
  const errorDetails = errorDetailsOf(raw.errorDetails, problems);
  if (!packageType) return undefined;
  return {
    packageUrl: String(raw.packageUrl),
    languages,
    architectures,
    isSilentInstall,
    ...(installerParameters ? { installerParameters } : {}),
    ...(typeof raw.genericDocUrl === 'string' ? { genericDocUrl: raw.genericDocUrl } : {}),
    ...(errorDetails ? { errorDetails } : {}),
    packageType
  };
}

/**
 * Parses and checks the `installers` input. Throws one ActionError naming
 * the first problem (and how many more there are).
 */
export function parseInstallers(text: string): MsiExePackage[] {
  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch (error) {
    const where = error instanceof JsonSyntaxError ? ` at ${error.message}` : `: ${(error as Error).message}`;
    throw new ActionError(`Input '${INPUT}' is not valid JSON${where}.`, {
      hint: 'Give a JSON array of installers (a YAML block scalar `|` keeps it intact).'
    });
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  if (items.length === 0) throw new ActionError(`Input '${INPUT}' is an empty array: give at least one installer.`);
  const problems: string[] = [];
  const installers = items.map((item, index) => {
    const url =
      typeof item === 'object' && item !== null
        ? Object.entries(item).find(([key]) => key.toLowerCase() === 'packageurl')?.[1]
        : undefined;
    const found = new Problems(`${INPUT}[${index}]${typeof url === 'string' ? ` (${url})` : ''}`);
    const installer = readInstaller(item, found);
    problems.push(...found.list);
    return installer;
  });
  if (problems.length > 0) {
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new ActionError(`Input '${INPUT}': ${problems[0]}${more}.`);
  }
  return installers as MsiExePackage[];
}
