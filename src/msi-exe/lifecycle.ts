/**
 * Publishing an MSI/EXE product, once: wait until its modules are ready;
 * refuse, changing nothing, while a submission is in progress; read the
 * draft and plan the metadata (bad changes fail here, before any change);
 * replace the packages, commit them and wait for their upload and
 * validation; send each changed module whole and wait for it; submit; wait
 * as `wait-for` says. Every wait ends at the run's deadline.
 */
import type { Clock } from '../clock.js';
import { ActionError } from '../errors.js';
import { OutcomeUnknownError, sendOnce } from '../request/once.js';
import { defaultRetryPolicy } from '../request/policy.js';
import type { SubmissionEdit } from '../edits.js';
import type { WaitFor } from '../status.js';
import { describeEntries, hasPackageUploadError, type EnvelopeEntry } from './envelope.js';
import { describeUpdate, holdsUpdate, planMetadata } from './metadata.js';
import type { MetadataDraft, MetadataUpdate, ModuleStatus, MsiExePackage, SubmissionStatus } from './types.js';
import { formatDuration, waitUntil, type Reading } from './wait.js';

/** The calls the lifecycle makes (the client, src/msi-exe/client.ts). */
export interface MsiExeApi {
  /** GET /status; `notes` are the envelope's errors, which the lifecycle reads. */
  moduleStatus(): Promise<{ status: ModuleStatus; notes: EnvelopeEntry[] }>;
  metadata(): Promise<{ draft: MetadataDraft; notes: EnvelopeEntry[] }>;
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
  /** Metadata changes in order (listings-folder, then submission-json). */
  edits: SubmissionEdit[];
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
  /** The Store's warnings (errors next to isSuccess true), each once. */
  warnings: EnvelopeEntry[];
  /** The submit was sent, its answer lost, and reading back failed too: a submission may exist. */
  submitUnknown?: boolean;
}

export interface MsiExeDeps {
  api: MsiExeApi;
  clock: Clock;
  signal?: AbortSignal;
  info: (line: string) => void;
}

/** Sends of one metadata update: as many as a request safe to repeat gets (each unclear one checked first). */
const METADATA_ATTEMPTS = defaultRetryPolicy.maxAttempts;

const isPackagesNote = (entry: EnvelopeEntry): boolean => entry.target?.toLowerCase() === 'packages';

export class MsiExeLifecycle {
  private deadline = 0;
  private readonly warned = new Set<string>();

  constructor(
    private readonly job: MsiExeJob,
    private readonly deps: MsiExeDeps,
    private readonly progress: MsiExeProgress
  ) {}

  async run(): Promise<void> {
    const { api, clock, info } = this.deps;
    this.deadline = clock.now() + this.job.timeoutMs;
    await this.waitForModules("the product's modules to be ready", true);
    const { draft, notes } = await api.metadata();
    this.warnOnce(notes);
    const updates = planMetadata(draft, this.job.edits);
    if (this.job.installers) await this.replacePackages(this.job.installers);
    for (const update of updates) await this.updateMetadata(update);
    if (!this.job.installers && updates.length === 0)
      info('No installers and no metadata changes: submitting the draft as it is.');
    const id = await this.submit();
    this.progress.submissionId = id;
    this.progress.status = 'INPROGRESS';
    info(`Created submission ${id} of product ${this.job.productId}.`);
    await this.waitForPublishing(id);
  }

  private async replacePackages(installers: MsiExePackage[]): Promise<void> {
    const { api, info } = this.deps;
    this.warnOnce(await api.replacePackages(installers));
    this.progress.changed.push('packages');
    info(
      `Replaced the draft's packages with ${installers.length} installer(s): ${installers.map((i) => i.packageUrl).join(', ')}.`
    );
    this.warnOnce(await api.commitPackages());
    info('Committed the packages; the Store now downloads and validates them.');
    await this.waitForModules('the package upload and validation', false);
  }

  /** Waits until every module is ready. `first`: before any change (refuse an ongoing submission; a failed old upload is replaced). */
  private async waitForModules(what: string, first: boolean): Promise<void> {
    const read = async (): Promise<Reading<true>> => {
      const { status, notes } = await this.deps.api.moduleStatus();
      if (first && status.ongoingSubmissionId) {
        throw new ActionError(
          `Product ${this.job.productId} has a submission in progress (${status.ongoingSubmissionId}); nothing was changed.`,
          {
            hint: `The API takes one submission at a time: wait until it is published or has failed (${this.progress.dashboardUrl}), then run again.`
          }
        );
      }
      const failed = notes.filter((n) => hasPackageUploadError([n]));
      if (failed.length && first && this.job.installers) return { done: true }; // an earlier upload failed: replaced now
      if (failed.length) {
        throw new ActionError(`The Store could not upload or validate the installers: ${describeEntries(failed)}.`, {
          hint: 'Each packageUrl must be an https:// direct download of a signed, standalone .msi or .exe that never changes (a new version needs a new URL).'
        });
      }
      this.warnOnce(notes.filter((n) => !isPackagesNote(n)));
      if (status.isReady) return { done: true };
      return { waiting: notes.length ? describeEntries(notes) : 'not ready yet' };
    };
    await waitUntil(read, this.waitOptions(what));
  }

  /**
   * PUT /metadata, then wait for the modules. The service refuses a PUT while
   * it processes the last one: after an unclear answer, wait until the modules
   * are ready and read the draft; send again only if it does not hold the update.
   */
  private async updateMetadata(update: MetadataUpdate): Promise<void> {
    const { api, info } = this.deps;
    const what = describeUpdate(update).join(', ');
    await sendOnce({
      send: async () => {
        this.warnOnce(await api.updateMetadata(update));
        return true;
      },
      onUncertain: (error) => info(`${error.message} Waiting for the modules, then reading the draft.`),
      check: async () => {
        await this.waitForModules(`the update of ${what}`, false);
        const { draft } = await api.metadata();
        if (!holdsUpdate(draft, update)) return undefined;
        info(`The draft holds the update of ${what}: it went through.`);
        return true;
      },
      pause: (attempt) => api.pauseBeforeRetry(attempt),
      maxAttempts: METADATA_ATTEMPTS
    }).catch((error: unknown) => {
      if (error instanceof OutcomeUnknownError) this.progress.changed.push(`${what} (maybe)`);
      throw error;
    });
    this.progress.changed.push(...describeUpdate(update));
    info(`Updated ${what} of the draft (whole modules).`);
    await this.waitForModules(`the update of ${what}`, false);
  }

  /**
   * POST /submit; after a lost answer (the last one too), the product's
   * ongoing submission is the one it made (there was none before).
   */
  private async submit(): Promise<string> {
    const { api, info } = this.deps;
    try {
      return await sendOnce({
        send: async () => {
          const { submissionId, notes } = await api.submit();
          this.warnOnce(notes);
          return submissionId;
        },
        onUncertain: (error) => info(`${error.message} Checking whether the submission was created.`),
        check: async () => {
          const { status } = await api.moduleStatus();
          if (status.ongoingSubmissionId) info(`Submission ${status.ongoingSubmissionId} was created; using it.`);
          return status.ongoingSubmissionId || undefined;
        },
        pause: (attempt) => api.pauseBeforeRetry(attempt)
      });
    } catch (error) {
      if (error instanceof OutcomeUnknownError) this.progress.submitUnknown = true;
      throw error;
    }
  }

  private async waitForPublishing(id: string): Promise<void> {
    const read = async (): Promise<Reading<true>> => {
      const { status, errors } = await this.deps.api.submissionStatus(id);
      this.progress.status = status.publishingStatus;
      this.progress.errors = errors;
      if (status.hasFailed || status.publishingStatus === 'FAILED') {
        throw new ActionError(
          `Submission ${id} of product ${this.job.productId} failed (${status.publishingStatus}${status.hasFailed ? ', not retried by the Store' : ''}): ${describeEntries(errors) || 'the Store gave no reason'}.`,
          { hint: `See the submission in Partner Center (${this.progress.dashboardUrl}).` }
        );
      }
      this.warnOnce(errors);
      if (this.job.waitFor === 'commit' || status.publishingStatus === 'PUBLISHED') return { done: true };
      return { waiting: status.publishingStatus };
    };
    await waitUntil(
      read,
      this.waitOptions(
        `submission ${id} to be published (scanning, certification and publishing can take more than a day)`
      )
    );
  }

  private waitOptions(what: string) {
    const { clock, signal, info } = this.deps;
    return {
      clock,
      signal,
      info,
      what,
      pollIntervalMs: this.job.pollIntervalMs,
      deadline: this.deadline,
      timeoutLabel: formatDuration(this.job.timeoutMs)
    };
  }

  /** Store warnings, each said (and kept for the report) once however many polls repeat it. */
  private warnOnce(entries: EnvelopeEntry[]): void {
    for (const entry of entries) {
      const text = describeEntries([entry]);
      if (this.warned.has(text)) continue;
      this.warned.add(text);
      this.progress.warnings.push(entry);
      this.deps.info(`Store warning: ${text}`);
    }
  }
}
