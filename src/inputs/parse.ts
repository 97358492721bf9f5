/** Reading one input: the shapes every input comes in, each refused with one clear line. */
import { ActionError } from '../errors.js';

/** Reads one input by name; '' when absent (like core.getInput). */
export type InputReader = (name: string) => string;

export function fail(message: string, hint?: string): never {
  throw new ActionError(message, { hint });
}

export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  return fail(`Input '${name}' must be true or false, got '${value}'.`);
}

export function parseNumber(
  name: string,
  value: string,
  fallback: number,
  options: { min: number; max: number; integer?: boolean }
): number {
  if (value === '') return fallback;
  const number = Number(value);
  if (
    !Number.isFinite(number) ||
    (options.integer && !Number.isInteger(number)) ||
    number < options.min ||
    number > options.max
  ) {
    fail(
      `Input '${name}' must be ${options.integer ? 'a whole number' : 'a number'} from ${options.min} to ${options.max}, got '${value}'.`
    );
  }
  return number;
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

export function parseBaseUrl(name: string, value: string): string {
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
