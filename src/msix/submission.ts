/**
 * THE lifecycle, once, for any parent (app, package flight, add-on):
 * replace the pending submission, create a new one, merge the user's changes
 * into it, upload the zip, commit, and wait for the status. Progress is
 * written into `progress` as it goes, so that a failure, a timeout or a
 * cancellation can still report which submission was left in which state.
 */
import { ActionError } from '../errors.js';
import { allEdits, type SubmissionEdit } from '../edits.js';
import { commitSubmission } from './lifecycle/commit.js';
import { refuseUnsendablePrice } from './lifecycle/pricing.js';
import { updateSubmission } from './lifecycle/update.js';
import { checkReplaceable, deletePending, keptPendingError, replacingWarning } from './lifecycle/pending.js';
import { clearRollout, rolloutInTheWay } from './lifecycle/rollout.js';
import { waitForStatus } from './lifecycle/wait.js';
import type { Settings } from './settings.js';
import { createSubmission } from './lifecycle/create.js';
import { marked } from '../run/in-flight.js';
import type { LifecycleDeps, Progress, UploadContents } from './lifecycle/types.js';
import { checkEdits } from './lifecycle/check-edits.js';
import { APP, pendingOf, submissionPage, submissionPath, type Parent } from './store/parents.js';
import type { Resolved } from './store/resolve.js';
import { readRollout } from './store/rollout.js';
import type { Submission, SubmissionStatus } from './store/types.js';

export type { LifecycleDeps, Progress, UploadContents } from './lifecycle/types.js';
export { SubmissionFailedError } from './lifecycle/wait.js';

export { allEdits } from '../edits.js';

/**
 * What the run uploads: the zip planned in prepare when the action zips files itself, else package-zip as it is;
 * undefined when there is nothing to upload.
 */
export function uploadContents(
  settings: Pick<Settings, 'packageZip' | 'zipPlan' | 'uploadFiles'>
): UploadContents | undefined {
  if (settings.zipPlan) return { plan: settings.zipPlan };
  // prepareSettings plans the zip whenever there are files to zip: settings without that plan are a bug.
  if (settings.uploadFiles.length) throw new Error('The files to upload were not planned into a zip.');
  return settings.packageZip ? { packageZip: settings.packageZip } : undefined;
}

export class SubmissionLifecycle {
  constructor(
    private readonly settings: Settings,
    private readonly resolved: Resolved,
    private readonly deps: LifecycleDeps,
    private readonly progress: Progress
  ) {
    progress.parent = resolved.parent;
  }

  private get parent(): Parent {
    return this.resolved.parent;
  }

  private submissionPath(id: string, suffix = ''): string {
    return submissionPath(this.parent, id, suffix);
  }

  private edits(): SubmissionEdit[] {
    return allEdits(this.settings);
  }

  async run(): Promise<Progress> {
    await checkEdits({
      client: this.deps.client,
      parent: this.parent,
      resource: this.resolved.resource,
      edits: this.edits(),
      readPublished: false,
      info: this.deps.info
    });
    const release = this.settings.release?.kind === 'submit' ? this.settings.release : undefined;
    // A rollout in the way fails here (existing-rollout: fail), before any change (a dry run checks it too: rehearse.ts).
    const inTheWay = await rolloutInTheWay(
      this.deps.client,
      this.resolved,
      release?.existingRollout ?? 'fail',
      this.deps.info
    );
    let submission = await this.replacePending();
    if (inTheWay && release && release.existingRollout !== 'fail') {
      await clearRollout(
        this.deps.client,
        this.parent,
        inTheWay,
        release.existingRollout,
        this.progress,
        this.deps.info
      );
    }
    submission ??= await this.create();
    this.progress.submissionId = submission.id;
    this.see(submission.status ?? 'PendingCommit');
    submission = await this.update(submission);
    const contents = uploadContents(this.settings);
    if (contents) await this.upload(submission, contents);
    if (release?.commit === false) {
      this.progress.preparedOnly = true;
      this.deps.info(
        `Submission ${submission.id} is ready for review and was not committed (commit: false): check it and submit it in Partner Center.`
      );
      return this.progress;
    }
    await this.commit(submission.id);
    await this.wait(submission.id, submission.targetPublishMode);
    if (release?.fields.rolloutPercentage !== undefined) {
      this.progress.rollout = await readRollout(this.deps.client, this.parent, submission.id);
    }
    return this.progress;
  }

  /** Records a status the submission took, once per change, with its time. */
  private see(status: string): void {
    this.progress.status = status;
    const history = (this.progress.statusHistory ??= []);
    if (history[history.length - 1]?.status !== status)
      history.push({ status, at: new Date(this.deps.clock.now()).toISOString() });
  }

  /**
   * Deletes the pending submission (or refuses to), and returns it instead
   * when it is the one a flight or add-on created in this run came with.
   */
  private async replacePending(): Promise<Submission | undefined> {
    const pending = pendingOf(this.parent, this.resolved.resource);
    if (!pending) return undefined;
    if (this.parent.created) {
      this.deps.info(`The new ${this.parent.kind.noun} came with submission ${pending.id}; using it.`);
      return this.read(pending.id);
    }
    if (!this.settings.deletePending) throw keptPendingError(this.parent, pending.id);
    const status = await checkReplaceable(this.deps.client, this.parent, pending.id);
    if (status) this.deps.warning(replacingWarning(this.parent, pending.id, status));
    const deleted =
      status &&
      (await marked(
        (on) => (this.progress.deletingSubmissionId = on ? pending.id : undefined),
        () => deletePending(this.deps.client, this.parent, pending.id)
      ));
    if (!deleted || deleted === 'gone') {
      this.deps.info(`Submission ${pending.id} was already gone.`);
      return undefined;
    }
    this.progress.replacedSubmissionId = pending.id;
    return undefined;
  }

  private async read(id: string): Promise<Submission> {
    return this.deps.client.get<Submission>(this.submissionPath(id), `Read submission ${id}`);
  }

  /**
   * Creates the submission. Create is not safe to repeat: after a lost answer
   * (or a 5xx, or a 409 following one) the parent is read again, and a
   * pending submission that appeared is the one just made.
   */
  private async create(): Promise<Submission> {
    return marked(
      (on) => (this.progress.creating = on),
      () =>
        createSubmission(
          this.deps.client,
          this.parent,
          this.deps.info,
          (id) => {
            this.progress.submissionId = id;
            this.progress.creating = false;
          },
          pendingOf(this.parent, this.resolved.resource)?.id
        )
    );
  }

  private async update(created: Submission): Promise<Submission> {
    const { client, info } = this.deps;
    const { submission, changed, plan } = await updateSubmission(client, this.parent, created, this.edits(), info, {
      beforeSend: (fields) => refuseUnsendablePrice(client, this.parent, created.id, fields, this.progress, info),
      packages: this.settings.packages
    });
    if (changed) this.progress.changedFields = changed;
    this.progress.plan = plan;
    return submission;
  }

  private async upload(submission: Submission, contents: UploadContents): Promise<void> {
    // Some answers leave the upload URL out: the submission itself always has it.
    const url = submission.fileUploadUrl ?? (await this.read(submission.id)).fileUploadUrl;
    if (!url) {
      throw new ActionError(`Submission ${submission.id} has no fileUploadUrl to upload the zip to.`, {
        hint: 'The Store gave no upload URL; run again, and report it with the correlation IDs above if it persists.'
      });
    }
    const { bytes, seconds } = await this.deps.upload(url, contents);
    this.progress.upload = { bytes, seconds };
  }

  /** Commits, once (see lifecycle/commit.ts); the status it reads on the way is the run's. */
  private async commit(id: string): Promise<void> {
    await marked(
      (on) => (this.progress.committing = on),
      () =>
        commitSubmission({
          client: this.deps.client,
          path: this.submissionPath(id),
          id,
          dashboardUrl: this.parent.dashboardUrl,
          info: this.deps.info,
          see: (status, details) => {
            this.see(status);
            if (details !== null) this.progress.statusDetails = details;
          },
          readStatus: () => this.readStatus(id)
        })
    );
    this.progress.committed = true;
  }

  private async readStatus(id: string): Promise<SubmissionStatus> {
    const body = await this.deps.client.get<SubmissionStatus>(
      this.submissionPath(id, '/status'),
      `Read the status of submission ${id}`
    );
    this.see(body.status);
    this.progress.statusDetails = body.statusDetails;
    return body;
  }

  private async wait(id: string, publishMode: string | undefined): Promise<void> {
    const { waitFor, timeoutMs, pollIntervalMs } = this.settings;
    this.progress.note = await waitForStatus({
      id,
      label: this.parent.label,
      waitFor,
      timeoutMs,
      pollIntervalMs,
      publishMode,
      clock: this.deps.clock,
      signal: this.deps.signal,
      info: this.deps.info,
      readStatus: () => this.readStatus(id),
      pages: {
        submission: submissionPage(this.parent, id),
        ageRatings: this.parent.kind === APP ? `${submissionPage(this.parent, id)}/ageratings` : undefined
      }
    });
  }
}
