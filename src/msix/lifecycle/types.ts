/** What the lifecycle records as it goes, and what it is given to work with. */
import type { Clock } from '../../clock.js';
import type { PackageInfo } from '../../packages/read.js';
import type { Plan } from '../../plan/types.js';
import type { StoreClient } from '../store/client.js';
import type { Parent } from '../store/parents.js';
import type { PackageRollout, RolloutChange } from '../store/rollout.js';
import type { StatusDetails } from '../store/types.js';
import type { ZipPlan } from '../../zip/plan.js';

export interface Progress {
  parent?: Parent;
  submissionId?: string;
  /** The last status seen. */
  status?: string;
  statusDetails?: StatusDetails;
  /** A submission this run deleted (to tell the user). */
  replacedSubmissionId?: string;
  /** A delete request for the pending submission is under way: it may be gone without the run knowing. */
  deletingSubmissionId?: string;
  /** A create request is under way: a submission may exist that the run does not know of yet. */
  creating?: boolean;
  /** The top-level fields the run changed. */
  changedFields?: string[];
  /** What the run changes (or, in a dry run, would change), field by field, against the submission it starts from. */
  plan?: Plan;
  /** What the upload sent. */
  upload?: { bytes: number; seconds: number };
  committed: boolean;
  /** A commit request is under way: the submission may be committed without the run knowing. */
  committing?: boolean;
  note?: string;
  /** A dry run: the run stopped before its first change. */
  dryRun?: boolean;
  /** A dry run: the packages it would have published (for the job summary). */
  wouldPublish?: readonly PackageInfo[];
  /** What the run did: a submission (absent), or a change to the published submission's rollout. */
  operation?: RolloutChange['action'];
  /** commit: false: the submission was prepared for a person to review and submit in Partner Center. */
  preparedOnly?: boolean;
  /** Every status the submission took while the run watched it, with its time (ISO 8601). */
  statusHistory?: { status: string; at: string }[];
  /** The rollout of the submission the run acted on, as the Store last told it. */
  rollout?: PackageRollout;
  /** A rollout in the way that the run finalized or halted before creating its submission. */
  clearedRollout?: { submissionId: string; action: 'finalize' | 'halt'; before: PackageRollout; after: PackageRollout };
  /** A rollout change request is under way: it may go through without the run knowing. */
  changingRollout?: { submissionId: string; action: RolloutChange['action'] };
}

export interface LifecycleDeps {
  client: StoreClient;
  clock: Clock;
  info: (line: string) => void;
  warning: (line: string) => void;
  /** Uploads the files (a zip on disk, or a zip written on the fly) to the submission's fileUploadUrl. */
  upload: (fileUploadUrl: string, contents: UploadContents) => Promise<{ bytes: number; seconds: number }>;
  signal?: AbortSignal;
}

/**
 * What goes to the blob: `package-zip` alone, sent as it is; or, when the action zips files itself (packages,
 * listing images, with package-zip's entries), the zip planned when the settings were prepared, written while it
 * uploads.
 */
export type UploadContents = { packageZip: string; plan?: undefined } | { plan: ZipPlan };
