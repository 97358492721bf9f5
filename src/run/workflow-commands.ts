/**
 * The runner's side of a step, written directly: the `::command::` lines a step writes to stdout and the entries
 * it appends to the files the runner names (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), as @actions/core writes them.
 * The action used @actions/core for these few lines; loading it (with @actions/http-client, tunnel and TLS) took
 * about a tenth of the time to the first request (bench/start.mjs). Its getIDToken is still used, loaded only by a
 * run that signs in with GitHub OIDC (src/run/actions-host.ts). __tests__/unit/workflow-commands.test.ts checks
 * every line here against @actions/core's own.
 */
import { EOL } from 'node:os';

/** The data of a command (after `::`): `%`, CR and LF escaped, as the runner unescapes them. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a command: its data escapes, and `:` and `,`, which end a value. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One command line without its line break: `::name key=value,key=value::message`; empty properties are left out. */
export function workflowCommand(name: string, properties: Record<string, string | undefined>, message: string): string {
  const given = Object.entries(properties).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const props = given.map(([key, value]) => `${key}=${escapeCommandProperty(value)}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}

/**
 * One output as a GITHUB_OUTPUT entry, without its final line break: `name<<delimiter`, the value, the delimiter.
 * `delimiter` is random (the caller's `ghadelimiter_<uuid>`); a name or value that holds it is refused, since the
 * runner would end the value there.
 */
export function outputFileEntry(name: string, value: string, delimiter: string): string {
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** The environment variable the runner sets for an input: `INPUT_` and the name upper-cased, spaces as `_`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
