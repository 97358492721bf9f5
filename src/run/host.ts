/**
 * Where a run is carried out: the one thing the GitHub Action (src/run/actions-host.ts) and any other front end
 * provide differently. It reads the inputs, writes the outputs, the log, annotations and the summary, masks
 * secrets, and hands out an OIDC token. Everything else (src/run/engine.ts and below) is shared.
 */
import type { InputReader } from '../inputs/parse.js';
import type { OutputName } from '../interface/declaration.js';

export interface RunLink {
  url: string;
  label: string;
}

/** What the report writes to (tests record it). */
export interface ReportSink {
  setOutput(name: OutputName, value: string): void;
  info(message: string): void;
  warning(message: string, properties?: { title?: string }): void;
  error(message: string, properties?: { title?: string }): void;
  /** Appends Markdown to the run's summary; throws when there is nowhere to write it. */
  writeSummary(markdown: string): Promise<void>;
}

/** The OIDC token a host can hand out, told for the log. */
export interface IdTokenSource {
  /** "GitHub OIDC", "the federated token in AZURE_FEDERATED_TOKEN_FILE". */
  label: string;
  available: boolean;
  /** Why there is none, when it is not available: "this job gets no GitHub OIDC token (permissions: id-token: write)". */
  missing: string;
}

export interface Host extends ReportSink {
  /** An input's value as given ('' when not given). */
  input: InputReader;
  /** Keeps a secret out of every later log line. */
  mask(secret: string): void;
  /** An OIDC token for the audience (GitHub's, or a federated token file's). */
  getIdToken(audience: string): Promise<string>;
  /** Where getIdToken's token comes from, and whether it can work here (a dry run without one says why not). */
  idToken: IdTokenSource;
  /** Sent as User-Agent. */
  userAgent: string;
  /** The page of the run, for the summary. */
  runLink?: RunLink;
  /** Marks the run failed with its one-line message. */
  fail(message: string): void;
}
