/**
 * What a Store API gives the engine (src/run/engine.ts); the list of them is src/run/apis.ts. Each API lives in its
 * own folder (src/msix/, src/msi-exe/) with the same shape: its settings, its run, and its outcome told as a
 * RunReport. A third API would be a third folder with an `api.ts`, and a line in src/run/apis.ts.
 */
import type { InputReader } from '../inputs/parse.js';
import type { RunDeps } from '../sign-in.js';
import type { RunReport } from './run-report.js';

/** One run of an API, its settings read and checked, its files read. */
export interface OpenedRun {
  /** `dry-run`: the engine rehearses the run instead of carrying it out. */
  dryRun: boolean;
  /** Carries the run out; throws ActionError on failure. */
  run(deps: RunDeps): Promise<void>;
  /** Everything up to the first change (reads and checks), then the plan; changes nothing. */
  rehearse(deps: RunDeps): Promise<void>;
  /** The log's last line of a run that went through (none when the run said it already). */
  doneLine(): string | undefined;
  /** What a failed or cancelled run left in the Store, or undefined when it changed nothing. */
  leftBehind(): string | undefined;
  /** What the run did so far, for the outputs, the summary and the annotations. */
  report(): RunReport;
}

/** A run whose inputs are read and checked, before any file is read. */
export interface ParsedRun {
  /** Reads what the inputs point at (packages, listings, files), plans the upload; bad files fail here. */
  prepare(): Promise<OpenedRun>;
}

export interface StoreApi {
  /** Reads and checks the inputs alone: no file, no request (bad input fails here). `now`: dates must lie after it. */
  parse(input: InputReader, now: number): ParsedRun;
}
