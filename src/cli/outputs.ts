/**
 * The outputs of a command-line run, written for whoever reads them: stdout
 * lines (`name=value`), one JSON object (--json), a dotenv file for GitLab's
 * `reports: dotenv` (--output-file), and Azure Pipelines' logging commands
 * (`##vso[...]`, when TF_BUILD is set). Pure: an ordered map of outputs in,
 * text out. No value can forge a second line, a second variable or a second
 * logging command.
 */

/** The outputs in the order they were set (report.ts's order); a Map or its entries. */
export type OutputValues = Iterable<readonly [string, string]>;

/** Azure Pipelines' agent reads a logging command anywhere on a line of stdout or stderr. */
const AZURE_PREFIX = /##vso\[/gi;

/**
 * JSON text on one line by every reader's rule (U+0085, U+2028 and U+2029 escaped too), with `##vso[` written
 * `##vso\u005b`: JSON.parse gives the text back, the Azure Pipelines agent sees no command.
 */
function oneLineJson(json: string): string {
  return json
    .replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(AZURE_PREFIX, (found) => `${found.slice(0, -1)}\\u005b`);
}

/**
 * A value that would not survive as the rest of one line: it holds a line break (CR, LF, or another Unicode line
 * terminator), has spaces around it (which line readers trim), starts with `"` (which would read as quoted), or
 * holds `##vso[` (which the Azure Pipelines agent would run as a command).
 */
function needsQuoting(value: string): boolean {
  return (
    /[\r\n\u2028\u2029\u0085]/.test(value) || value !== value.trim() || value.startsWith('"') || /##vso\[/i.test(value)
  );
}

/** A value as the rest of one line: as it is, or, when it would not survive that, a JSON string. */
function lineValue(value: string): string {
  return needsQuoting(value) ? oneLineJson(JSON.stringify(value)) : value;
}

/**
 * `name=value` lines for stdout. A value that would break the line format (a line break, spaces around it, a
 * leading `"`, or `##vso[`) is written as a JSON string, so every output is exactly one line and a reader takes a
 * value that starts with `"` as JSON. The outputs of this action are IDs, statuses, URLs, numbers and one-line
 * JSON (status-details), so that is rare.
 */
export function outputLines(outputs: OutputValues): string {
  return [...outputs].map(([name, value]) => `${name}=${lineValue(value)}\n`).join('');
}

/** --json: one JSON object on one line, the output names as keys, in order. */
export function outputJson(outputs: OutputValues): string {
  const object = Object.fromEntries([...outputs].map(([name, value]) => [name, value]));
  return `${oneLineJson(JSON.stringify(object))}\n`;
}

/** An output's name as a variable: upper case, every character but A-Z, 0-9 and _ as `_` (submission-id → SUBMISSION_ID). */
export function variableName(output: string): string {
  return output.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}

/** GitLab's default size limit of a dotenv report (the plan limit `dotenv_size`): the file must be smaller. */
export const GITLAB_DOTENV_LIMIT_BYTES = 5 * 1024;

export interface Dotenv {
  /** The file: `KEY=value` lines, UTF-8, no blank lines, no comments. */
  readonly text: string;
  /** Outputs left out because the file would have reached GitLab's size limit (GitLab refuses the whole file). */
  readonly left: readonly string[];
}

/**
 * A dotenv file as GitLab's `reports: dotenv` reads it: one `KEY=value` a line, split at the first `=`, key and
 * value trimmed, quotes kept as part of the value (GitLab does not unquote), no multi-line values, no blank lines
 * or comments. Hence: keys by variableName; an empty output is left out (a shell reads unset and empty alike, and
 * the file stays small); a value that would not survive one line is a JSON string, as on stdout; and outputs that
 * would take the file to GitLab's size limit are left out (named in `left`) rather than lose the whole report.
 */
export function dotenv(outputs: OutputValues, limitBytes = GITLAB_DOTENV_LIMIT_BYTES): Dotenv {
  let text = '';
  const left: string[] = [];
  for (const [name, value] of outputs) {
    if (value === '') continue;
    const line = `${variableName(name)}=${lineValue(value)}\n`;
    if (Buffer.byteLength(text + line, 'utf8') >= limitBytes) {
      left.push(name);
      continue;
    }
    text += line;
  }
  return { text, left };
}

/**
 * Escaping for a logging command's property values and message, as azure-pipelines-task-lib writes them and the
 * agent reads them back (one table for both): `%` first (as %AZP25), then `;`, CR, LF and `]`.
 */
export function azureEscape(text: string): string {
  return text
    .replace(/%/g, '%AZP25')
    .replace(/;/g, '%3B')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/]/g, '%5D');
}

/** One logging command line: `##vso[area.event key=value;...]message`. */
function azureCommand(name: string, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${azureEscape(value)};`)
    .join('');
  return `##vso[${name}${props ? ` ${props}` : ''}]${azureEscape(message)}\n`;
}

/** Sets an output variable of the step, read by later steps and jobs as `$(STEP.NAME)`. */
export function azureSetVariable(name: string, value: string): string {
  return azureCommand('task.setvariable', { variable: name, isOutput: 'true' }, value);
}

/** Asks the agent to mask a value in every later line of the log. */
export function azureSetSecret(value: string): string {
  return azureCommand('task.setsecret', {}, value);
}

/** An error or a warning on the run's summary page. */
export function azureLogIssue(type: 'error' | 'warning', message: string): string {
  return azureCommand('task.logissue', { type }, message);
}

/** Attaches a Markdown file to the run's summary page. */
export function azureUploadSummary(path: string): string {
  return azureCommand('task.uploadsummary', {}, path);
}

/** Every output as an output variable, named as in the dotenv file (SUBMISSION_ID), in order. */
export function azureOutputCommands(outputs: OutputValues): string {
  return [...outputs].map(([name, value]) => azureSetVariable(variableName(name), value)).join('');
}

/**
 * A log line on Azure Pipelines with every `##vso[` broken (`##vso [`), so text from the Store, the repository or an
 * error message can never run as a logging command; only the lines made by the functions above carry one.
 */
export function defuseAzureCommands(line: string): string {
  return line.replace(AZURE_PREFIX, (found) => `${found.slice(0, -1)} [`);
}
