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
  /** Azure Storage's x-ms-request-id, for blob calls (which carry no MS-CorrelationId). */
  readonly requestId?: string;
  readonly attempts?: number;

  constructor(details: {
    call: string;
    status?: number;
    code?: string;
    storeMessage?: string;
    correlationId?: string;
    /** For blob calls: Azure Storage's request id (they carry no MS-CorrelationId). */
    requestId?: string;
    /** A call to Azure Storage rather than the Store API. */
    blob?: boolean;
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
    if (details.blob) {
      if (details.requestId) message += ` [x-ms-request-id: ${details.requestId}]`;
    } else {
      message += details.correlationId ? ` [MS-CorrelationId: ${details.correlationId}]` : ' [no MS-CorrelationId]';
    }
    message += '.';
    super(message, { hint: details.hint, correlationId: details.correlationId, cause: details.cause });
    this.name = 'ApiError';
    this.call = details.call;
    this.status = details.status;
    this.code = details.code;
    this.storeMessage = details.storeMessage;
    this.requestId = details.requestId;
    this.attempts = details.attempts;
  }
}

/** The job was cancelled (SIGINT/SIGTERM) while the action was waiting. */
export class CancelledError extends ActionError {
  constructor(message = 'The job was cancelled.') {
    super(message);
    this.name = 'CancelledError';
  }
}
