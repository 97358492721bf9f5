/**
 * Reading one input: the shapes every input comes in, each refused with one
 * clear line. Booleans, numbers and choices are read as the declaration
 * (../interface/declaration.ts) types them, an empty value meaning the
 * declared default.
 */
import { ActionError } from '../errors.js';
import { defaultOf, INPUTS, type InputName, type InputSpec } from '../interface/declaration.js';

/** Reads one declared input by name; '' when absent (like core.getInput). */
export type InputReader = (name: InputName) => string;

export function fail(message: string, hint?: string): never {
  throw new ActionError(message, { hint });
}

/** true/yes/on or false/no/off, any case, spaces around ignored; undefined for an empty value. */
export function parseBoolean(name: string, value: string): boolean | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (/^(true|yes|on)$/i.test(text)) return true;
  if (/^(false|no|off)$/i.test(text)) return false;
  return fail(`Input '${name}' must be true or false, got '${value}'.`);
}

function typeOf<K extends InputSpec['type']['kind']>(
  name: InputName,
  kind: K
): Extract<InputSpec['type'], { kind: K }> {
  const type = (INPUTS[name] as InputSpec).type;
  if (type.kind !== kind) throw new Error(`Input '${name}' is declared as ${type.kind}, read as ${kind}.`);
  return type as Extract<InputSpec['type'], { kind: K }>;
}

/** The value given, else the declared default (action.yml's, or the documented fallback). */
function valueOf(input: InputReader, name: InputName): string {
  return input(name).trim() || defaultOf(name);
}

/** A boolean input; empty means its declared default (undefined when it has none: "as before"). */
export function readBoolean(input: InputReader, name: InputName): boolean | undefined {
  typeOf(name, 'boolean');
  return parseBoolean(name, valueOf(input, name));
}

/** A number input within its declared range; empty means its declared default. */
export function readNumber(input: InputReader, name: InputName): number {
  const { min, max, integer } = typeOf(name, 'number');
  const value = valueOf(input, name);
  const number = Number(value);
  if (
    value === '' ||
    !Number.isFinite(number) ||
    (integer && !Number.isInteger(number)) ||
    number < min ||
    number > max
  ) {
    fail(`Input '${name}' must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got '${value}'.`);
  }
  return number;
}

/** One of a choice input's declared values, as declared (matched in any case); undefined when empty without a default. */
export function readChoice<T extends string>(input: InputReader, name: InputName): T | undefined {
  const { values } = typeOf(name, 'choice');
  const value = valueOf(input, name);
  if (value === '') return undefined;
  const match = values.find((option) => option.toLowerCase() === value.toLowerCase());
  if (!match)
    fail(`Input '${name}' must be ${values.join(', ').replace(/, ([^,]*)$/, ' or $1')}, got '${input(name)}'.`);
  return match as T;
}

/** IDs go into URL paths: refuse anything that could change the path. */
export function parseId(name: string, value: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
    fail(
      `Input '${name}' is not a valid Store ID: '${value}'.`,
      'Copy the ID from Partner Center (for an app, e.g. 9NBLGGH4R315).'
    );
  }
  return value;
}

/** A base URL input (https, or http to loopback); empty means its declared default. */
export function readBaseUrl(input: InputReader, name: InputName): string {
  const value = valueOf(input, name);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`Input '${name}' is not a URL: '${value}'.`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    fail(`Input '${name}' must be an https:// URL (plain http is allowed only for 127.0.0.1), got '${value}'.`);
  }
  return value.replace(/\/+$/, '');
}
