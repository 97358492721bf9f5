/**
 * What a run tells, the same for every Store API: each API's run maps what it
 * did onto this (src/msix/outcome.ts, src/msi-exe/outcome.ts), and
 * src/run/report.ts turns it into outputs, a job summary and annotations.
 */
import type { OutputName } from '../interface/declaration.js';
import type { Plan } from '../plan/types.js';
import type { RunLink } from './host.js';

export type OutcomeKind = 'succeeded' | 'failed' | 'cancelled';

/** How a run ended. */
export interface Outcome {
  kind: OutcomeKind;
  /** The one-line error, when it did not succeed. */
  message?: string;
}

/** An error or warning the Store gave, as `code: details`. */
export interface ReportEntry {
  code?: string;
  details?: string;
}

export interface ReportDetails {
  errors?: ReportEntry[];
  warnings?: ReportEntry[];
  certificationReports?: { date?: string; reportUrl?: string }[];
}

export interface RunReport {
  /** The headline's noun: "submission", "rollout change". */
  what: string;
  /** "app submission", "MSI/EXE product submission", "rollout halt of the app's published submission". */
  kind?: string;
  /** "the app 9NBLGGH4R315". */
  target?: string;
  submissionId?: string;
  /** A request that creates a submission was sent and its answer never came. */
  creating?: boolean;
  /** The last status seen. */
  status?: string;
  /** A commit was sent and its answer never came: the status is the last one read. */
  committing?: boolean;
  statusDetails?: ReportDetails;
  /** Every status the submission took while the run watched it, with its time (ISO 8601). */
  statusHistory?: { status: string; at: string }[];
  replacedSubmissionId?: string;
  /** What the run changed ("listings", "applicationPackages", "listings.en-us"). */
  changed?: string[];
  upload?: { bytes: number; seconds: number };
  /** Rows of the API's own (label, value already Markdown for a table cell), after the common ones. */
  rows?: [string, string][];
  /** The submission's page in Partner Center (or the product's when it has none). */
  page?: string;
  note?: string;
  /** `commit: false`: the submission (or draft) waits for a person to submit it. */
  preparedOnly?: boolean;
  /** The run stopped before its first change (`dry-run`). */
  dryRun?: boolean;
  /** What the run changes (or would), field by field, against what it started from (src/plan/). */
  plan?: Plan;
  /** Sections of the API's own, Markdown, after the table. */
  sections?: string[][];
  /** A summary of the run's own kind (read-back runs), instead of the submission's table. */
  markdown?: (outcome: Outcome, run?: RunLink) => string;
  /** Outputs only some APIs set (flight-id, add-on-id, rollout-*); every other declared output is set from the fields above or empty. */
  outputs?: Partial<Record<OutputName, string>>;
}

/** A run that ended before it knew its API or its settings. */
export const NOTHING_DONE: RunReport = { what: 'submission' };
