/**
 * What an MSI/EXE run is made of: the calls its lifecycle makes, the job it is
 * asked to do, what it did so far (for the report, also after a failure), and
 * what it is given from the world.
 */
import type { Clock } from '../clock.js';
import type { SubmissionEdit } from '../edits.js';
import type { Plan } from '../plan/types.js';
import type { WaitFor } from '../status.js';
import type { EnvelopeEntry } from './envelope.js';
import type {
  MetadataDraft,
  MetadataRead,
  MetadataUpdate,
  ModuleStatus,
  MsiExePackage,
  SubmissionStatus
} from './types.js';

/** The calls the lifecycle makes (the client, src/msi-exe/client.ts). */
export interface MsiExeApi {
  /** GET /status; `notes` are the envelope's errors, which the lifecycle reads. */
  moduleStatus(): Promise<{ status: ModuleStatus; notes: EnvelopeEntry[] }>;
  /** GET /metadata/{module}?languages=… for each module `read` names. */
  metadata(read: MetadataRead): Promise<{ draft: MetadataDraft; notes: EnvelopeEntry[] }>;
  /** GET /packages: the draft's installers, for the plan (absent: not read, the plan shows every installer as added). */
  packages?(): Promise<{ packages: MsiExePackage[]; notes: EnvelopeEntry[] }>;
  /** The changes answer their warnings. */
  replacePackages(installers: MsiExePackage[]): Promise<EnvelopeEntry[]>;
  commitPackages(): Promise<EnvelopeEntry[]>;
  /** PUT /metadata; throws UncertainOutcomeError when its answer is lost (the lifecycle checks before sending again). */
  updateMetadata(update: MetadataUpdate): Promise<EnvelopeEntry[]>;
  /** POST /submit: the new submission's ID; throws UncertainOutcomeError when its answer is lost. */
  submit(): Promise<{ submissionId: string; notes: EnvelopeEntry[] }>;
  submissionStatus(submissionId: string): Promise<{ status: SubmissionStatus; errors: EnvelopeEntry[] }>;
  /** The backoff before sending a submit again (after checking that the first did not go through). */
  pauseBeforeRetry(attempt: number): Promise<void>;
}

/** What the run is asked to do. */
export interface MsiExeJob {
  productId: string;
  /** Replace the draft's packages with these; undefined keeps them. */
  installers?: MsiExePackage[];
  /** Metadata changes in order (release notes, listings-folder, then submission-json). */
  edits: SubmissionEdit[];
  /** false: update the draft and stop before submitting it. */
  commit: boolean;
  waitFor: WaitFor;
  pollIntervalMs: number;
  timeoutMs: number;
}

/** What the run did so far, for the report (also after a failure). */
export interface MsiExeProgress {
  productId: string;
  dashboardUrl: string;
  submissionId?: string;
  /** The API's publishingStatus. */
  status?: string;
  /** The submission's errors (status-details). */
  errors?: EnvelopeEntry[];
  /** What the run changed in the draft: `packages`, `listings.en-us`, `properties`, `availability`. */
  changed: string[];
  /** What a change request under way (its answer not yet in) would change in the draft. */
  changing?: string[];
  /** A submit request is under way: a submission may exist without the run knowing its ID. */
  submitting?: boolean;
  /** The submission failed (FAILED, or hasFailed: the Store does not retry it). */
  failed?: boolean;
  /** The Store's warnings (errors next to isSuccess true), each once. */
  warnings: EnvelopeEntry[];
  /** The draft was updated and, as `commit: false` asked, not submitted. */
  preparedOnly?: boolean;
  /** A dry run: the draft was read and the plan printed; nothing changed. */
  dryRun?: boolean;
  /** What the run changes (or, dry, would change) in the draft, field by field, against the draft as read. */
  plan?: Plan;
}

export interface MsiExeDeps {
  api: MsiExeApi;
  clock: Clock;
  signal?: AbortSignal;
  info: (line: string) => void;
}
