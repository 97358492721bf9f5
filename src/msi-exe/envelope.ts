/**
 * Reading the MSI/EXE API's answers: every JSON answer is an envelope
 * `{ isSuccess, errors: [{ code, message, target }], responseData }`, where
 * `isSuccess` decides (a 200 can refuse; `errors` next to `isSuccess: true`
 * are warnings), and the gateway answers 401/429 as `{ statusCode, message }`.
 * The service reads and writes property names in either case: keys are
 * camelCased on the way in. Pure.
 */

export interface EnvelopeEntry {
  code?: string;
  message?: string;
  target?: string;
}

export interface Envelope<T> {
  isSuccess: boolean;
  errors: EnvelopeEntry[];
  responseData?: T;
}

/** What an answer says, judged. */
export type Verdict<T> =
  { ok: true; data: T; warnings: EnvelopeEntry[] } | { ok: false; errors: EnvelopeEntry[]; data?: T; message?: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `IsSuccess` -> `isSuccess`, all the way down. */
export function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key.charAt(0).toLowerCase() + key.slice(1), camelKeys(v)])
  );
}

function entriesOf(value: unknown): EnvelopeEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((e) => ({
    code: typeof e.code === 'string' ? e.code : undefined,
    message: typeof e.message === 'string' ? oneLine(e.message) : undefined,
    target: typeof e.target === 'string' ? e.target : undefined
  }));
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 500);

/** The envelope in a body, or undefined when the body is not one (not JSON, or the gateway's shape). */
export function readEnvelope<T>(body: string): Envelope<T> | undefined {
  let parsed: unknown;
  try {
    parsed = camelKeys(JSON.parse(body));
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || typeof parsed.isSuccess !== 'boolean') return undefined;
  return {
    isSuccess: parsed.isSuccess,
    errors: entriesOf(parsed.errors),
    responseData: isObject(parsed.responseData) ? (parsed.responseData as T) : undefined
  };
}

/** A non-envelope answer's message: the gateway's `{ statusCode, message }`, or the start of the text. */
export function otherMessage(body: string): string | undefined {
  try {
    const parsed = camelKeys(JSON.parse(body));
    if (isObject(parsed) && typeof parsed.message === 'string') return oneLine(parsed.message);
  } catch {
    // not JSON
  }
  const text = oneLine(body);
  return text ? text.slice(0, 300) : undefined;
}

/**
 * Judges an answer: success needs a 2xx status and `isSuccess: true`; then
 * its `errors` are warnings (an absent `responseData` reads as `{}`). Anything else fails, with
 * the envelope's errors (or the gateway's message).
 */
export function judge<T>(status: number, body: string): Verdict<T> {
  const envelope = readEnvelope<T>(body);
  if (!envelope) return { ok: false, errors: [], message: otherMessage(body) };
  if (envelope.isSuccess && status >= 200 && status < 300) {
    return { ok: true, data: envelope.responseData ?? ({} as T), warnings: envelope.errors };
  }
  return { ok: false, errors: envelope.errors, data: envelope.responseData };
}

/** `code: message (target)` for each entry, joined for one line. */
export function describeEntries(entries: EnvelopeEntry[]): string {
  return entries
    .map((e) => {
      const head = [e.code, e.message].filter(Boolean).join(': ') || 'unspecified';
      return e.target ? `${head} (${e.target})` : head;
    })
    .join('; ');
}

/** The code the documentation's sample tests for a failed package upload: commit the packages again. */
export const PACKAGE_UPLOAD_ERROR = 'packageuploaderror';

/** True when a module status poll says the package upload or validation failed. */
export function hasPackageUploadError(entries: EnvelopeEntry[]): boolean {
  return entries.some((e) => e.code?.toLowerCase() === PACKAGE_UPLOAD_ERROR);
}
