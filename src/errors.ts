/**
 * The one error type the user sees. `main.ts` turns it into a one-line
 * `core.setFailed` with no stack; anything else is a bug and may show one.
 */
export class ActionError extends Error {
  /** What to do about it, appended to the message when present. */
  readonly hint?: string;
  /** The Store's MS-CorrelationId of the failed call, for Microsoft support. */
  readonly correlationId?: string;

  constructor(message: string, options: { hint?: string; correlationId?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ActionError';
    this.hint = options.hint;
    this.correlationId = options.correlationId;
  }

  /** The whole message on one line: what failed, then how to fix it. */
  oneLine(): string {
    const text = this.hint ? `${this.message} ${this.hint}` : this.message;
    return text.replace(/\s*[\r\n]+\s*/g, ' ');
  }
}

/** A failed call to the Store API (or the token endpoint, or the blob). */
export class ApiError extends ActionError {
  readonly call: string;
  readonly status?: number;
  readonly code?: string;
  readonly storeMessage?: string;
  readonly attempts?: number;

  constructor(details: {
    call: string;
    status?: number;
    code?: string;
    storeMessage?: string;
    correlationId?: string;
    /** The header the service names the exchange by: MS-CorrelationId (default), x-ms-request-id, X-Correlation-ID. */
    correlationName?: string;
    /** How many times the call was tried, when more than once. */
    attempts?: number;
    hint?: string;
    cause?: unknown;
  }) {
    const parts = [`${details.call} failed`];
    if (details.status !== undefined) parts.push(`with HTTP ${details.status}`);
    let message = parts.join(' ');
    const what = [details.code, details.storeMessage].filter(Boolean).join(': ');
    if (what) message += ` (${what})`;
    if (details.attempts !== undefined && details.attempts > 1) message += ` after ${details.attempts} attempts`;
    const name = details.correlationName ?? 'MS-CorrelationId';
    message += details.correlationId ? ` [${name}: ${details.correlationId}]` : ` [no ${name}]`;
    message += '.';
    super(message, { hint: details.hint, correlationId: details.correlationId, cause: details.cause });
    this.name = 'ApiError';
    this.call = details.call;
    this.status = details.status;
    this.code = details.code;
    this.storeMessage = details.storeMessage;
    this.attempts = details.attempts;
  }
}

/** A request that is not safe to repeat and whose outcome is unknown: it may or may not have been carried out. */
export class UncertainOutcomeError extends ApiError {
  /** Set when reading back what the server holds showed that the request was not carried out. */
  notCarriedOut = false;

  constructor(details: ConstructorParameters<typeof ApiError>[0]) {
    super(details);
    this.name = 'UncertainOutcomeError';
  }
}

/** The job was cancelled (SIGINT/SIGTERM) while the action was waiting. */
export class CancelledError extends ActionError {
  constructor(message = 'The job was cancelled.') {
    super(message);
    this.name = 'CancelledError';
  }
}
