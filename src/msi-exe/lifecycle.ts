/**
 * Publishing an MSI/EXE product, once: wait until its modules are ready;
 * refuse, changing nothing, while a submission is in progress; read the
 * draft and plan the metadata (bad changes fail here, before any change);
 * replace the packages, commit them and wait for their upload and
 * validation; send each changed module whole and wait for it; submit
 * (unless `commit: false`: the draft then stays for a person); wait as
 * `wait-for` says. Every wait ends at the run's deadline.
 */
import { ActionError } from '../errors.js';
import { sendOnce } from '../request/once.js';
import { defaultRetryPolicy } from '../request/policy.js';
import { marked } from '../run/in-flight.js';
import { describeEntries, hasPackageUploadError, type EnvelopeEntry } from './envelope.js';
import { msiExePlanLines } from './dry-run.js';
import { describeUpdate, holdsUpdate } from './metadata.js';
import { readAndPlan } from './plan.js';
import { planLines } from '../plan/render.js';
import type { MsiExeDeps, MsiExeJob, MsiExeProgress } from './job.js';
import type { MetadataRead, MetadataUpdate, MsiExePackage } from './types.js';
import { waitingFor, waitUntil, type Reading, type WaitOptions } from '../run/wait.js';

export type { MsiExeApi, MsiExeDeps, MsiExeJob, MsiExeProgress } from './job.js';

/** Sends of one metadata update: as many as a request safe to repeat gets (each unclear one checked first). */
const METADATA_ATTEMPTS = defaultRetryPolicy.maxAttempts;

const isPackagesNote = (entry: EnvelopeEntry): boolean => entry.target?.toLowerCase() === 'packages';
/** An entry the service itself calls a warning (the docs' sample: code "warning" next to isSuccess true). */
const isWarning = (entry: EnvelopeEntry): boolean => /warning/i.test(entry.code ?? '');

export class MsiExeLifecycle {
  private deadline = 0;
  private readonly warned = new Set<string>();

  constructor(
    private readonly job: MsiExeJob,
    private readonly deps: MsiExeDeps,
    private readonly progress: MsiExeProgress
  ) {}

  /** Everything before the first change: the modules ready, no submission in progress, the updates planned. */
  private async prepareChanges(): Promise<MetadataUpdate[]> {
    this.deadline = this.deps.clock.now() + this.job.timeoutMs;
    await this.waitForModules("the product's modules to be ready", true);
    return this.planUpdates();
  }

  /** A dry run: what run() reads and checks before its first change, then the plan; nothing changed. */
  async rehearse(): Promise<void> {
    const updates = await this.prepareChanges();
    const { productId, installers, commit, edits } = this.job;
    const lines = msiExePlanLines({ productId, installers, updates, edits: edits.length, commit });
    lines.forEach((line) => this.deps.info(line));
    this.progress.dryRun = true;
  }

  async run(): Promise<void> {
    const { api, info } = this.deps;
    const updates = await this.prepareChanges();
    if (this.job.installers) await this.replacePackages(this.job.installers);
    for (const update of updates) await this.updateMetadata(update);
    if (!this.job.commit) {
      this.progress.preparedOnly = true;
      info(
        `commit: false: the draft of product ${this.job.productId} ${this.progress.changed.length ? 'holds the changes' : 'is as it was'} and is not submitted; submit it in Partner Center (${this.progress.dashboardUrl}).`
      );
      return;
    }
    if (!this.job.installers && updates.length === 0)
      info('No installers and no metadata changes: submitting the draft as it is.');
    // Both of Microsoft's clients commit the packages and wait for every module before each submit, whatever changed.
    this.warnOnce(await api.commitPackages());
    await this.waitForModules('the modules to be ready for the submission (after committing the packages)', false);
    const id = await marked(
      (on) => (this.progress.submitting = on),
      () => this.submit()
    );
    this.progress.submissionId = id;
    this.progress.status = 'INPROGRESS';
    info(`Created submission ${id} of product ${this.job.productId}.`);
    await this.waitForPublishing(id);
  }

  /** Reads what the edits and installers change, plans the whole-module updates (bad changes fail here), logs the plan. */
  private async planUpdates(): Promise<MetadataUpdate[]> {
    const { updates, plan, notes } = await readAndPlan(this.deps.api, this.job);
    this.warnOnce(notes);
    this.progress.plan = plan;
    planLines(plan).forEach((line) => this.deps.info(line));
    return updates;
  }

  private async replacePackages(installers: MsiExePackage[]): Promise<void> {
    const { api, info } = this.deps;
    this.warnOnce(await this.changing(['packages'], () => api.replacePackages(installers)));
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
      // An error on any module but packages stops the run, as it stops both of Microsoft's clients.
      const blocking = notes.filter((n) => !isPackagesNote(n) && !isWarning(n));
      this.warnOnce(notes.filter(isWarning));
      if (blocking.length) {
        throw new ActionError(
          `The Store reports ${blocking.length === 1 ? 'an error' : 'errors'} on the product's modules: ${describeEntries(blocking)}${first ? '; nothing was changed' : ''}.`,
          {
            hint: `Fix ${blocking.length === 1 ? 'it' : 'them'} in Partner Center (${this.progress.dashboardUrl}) or in the changes, then run again.`
          }
        );
      }
      if (status.isReady) return { done: true };
      return { waiting: notes.length ? describeEntries(notes) : 'not ready yet' };
    };
    await waitUntil(read, this.waitOptions(what));
  }

  /**
   * PUT one whole module, then wait for the modules (the service refuses a PUT
   * while it processes the last one). Not sent blindly again: after an unclear answer the
   * modules are awaited and the draft read, and the update is sent again only
   * when the draft does not hold it.
   */
  private async updateMetadata(update: MetadataUpdate): Promise<void> {
    const { api, info } = this.deps;
    const changes = describeUpdate(update);
    const what = changes.join(', ');
    await this.changing(changes, () =>
      sendOnce({
        send: async () => {
          this.warnOnce(await api.updateMetadata(update));
          return true;
        },
        onUncertain: (error) => info(`${error.message} Waiting for the modules, then reading the draft.`),
        check: async () => {
          await this.waitForModules(`the update of ${what}`, false);
          const { draft } = await api.metadata(readOf(update));
          if (!holdsUpdate(draft, update)) return undefined;
          info(`The draft holds the update of ${what}: it went through.`);
          return true;
        },
        pause: (attempt) => api.pauseBeforeRetry(attempt),
        maxAttempts: METADATA_ATTEMPTS
      })
    );
    this.progress.changed.push(...changes);
    info(`Updated ${what} of the draft (whole modules).`);
    await this.waitForModules(`the update of ${what}`, false);
  }

  /**
   * POST /submit; after a lost answer (the last one too), the product's
   * ongoing submission is the one it made (there was none before).
   */
  private async submit(): Promise<string> {
    const { api, info } = this.deps;
    return sendOnce({
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
  }

  private async waitForPublishing(id: string): Promise<void> {
    const read = async (): Promise<Reading<true>> => {
      const { status, errors } = await this.deps.api.submissionStatus(id);
      this.progress.status = status.publishingStatus;
      this.progress.errors = errors;
      if (status.hasFailed || status.publishingStatus === 'FAILED') {
        this.progress.failed = true;
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

  private waitOptions(what: string): WaitOptions {
    const { clock, signal, info } = this.deps;
    const { pollIntervalMs, timeoutMs } = this.job;
    return { clock, signal, info, pollIntervalMs, deadline: this.deadline, ...waitingFor(what, timeoutMs) };
  }

  /** Sends a change of `what` in the draft, marked as under way until it is answered. */
  private changing<T>(what: string[], request: () => Promise<T>): Promise<T> {
    return marked((on) => (this.progress.changing = on ? what : undefined), request);
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

/** What to read of the draft to see one update: its module, in its language for a listing. */
function readOf(update: MetadataUpdate): MetadataRead {
  return {
    modules: describeUpdate(update).map((what) => what.split('.')[0] as MetadataRead['modules'][number]),
    languages: update.listings ? [update.listings.language.toLowerCase()] : []
  };
}
