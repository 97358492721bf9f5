/**
 * THE lifecycle, once, for any parent (app, package flight, add-on):
 * replace the pending submission, create a new one, merge the user's changes
 * into it, upload the zip, commit, and wait for the status. Progress is
 * written into `progress` as it goes, so that a failure, a timeout or a
 * cancellation can still report which submission was left in which state.
 */
import type { Clock } from './clock.js';
import { ActionError } from './errors.js';
import { applyEdits, fixedEdit, type SubmissionEdit } from './edits.js';
import { checkReplaceable, deletePending, PARTNER_CENTER_MADE, replacingWarning } from './lifecycle/pending.js';
import { clearRollout, rolloutInTheWay } from './lifecycle/rollout.js';
import { waitForStatus } from './lifecycle/wait.js';
import type { JsonObject } from './merge.js';
import type { Settings } from './settings.js';
import { UncertainOutcomeError, type StoreClient } from './store/client.js';
import { sendOnce } from './store/once.js';
import { checkEdits } from './lifecycle/check-edits.js';
import { printDryRun } from './lifecycle/dry-run.js';
import { pendingOf, type Parent } from './store/parents.js';
import type { Resolved } from './store/resolve.js';
import { readRollout, type PackageRollout, type RolloutChange } from './store/rollout.js';
import type { StatusDetails, Submission, SubmissionStatus } from './store/types.js';
import type { ZipFileEntry } from './upload/zip-plan.js';

export interface Progress {
  parent?: Parent;
  submissionId?: string;
  /** The last status seen. */
  status?: string;
  statusDetails?: StatusDetails;
  /** A submission this run deleted (to tell the user). */
  replacedSubmissionId?: string;
  /** A create request is under way: a submission may exist that the run does not know of yet. */
  creating?: boolean;
  /** The top-level fields the run changed. */
  changedFields?: string[];
  /** What the upload sent. */
  upload?: { bytes: number; seconds: number };
  committed: boolean;
  note?: string;
  /** A dry run: the run stopped before its first change. */
  dryRun?: boolean;
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

/** What goes to the blob: `package-zip` alone is sent as it is; with files, one zip is written on the fly. */
export interface UploadContents {
  files: ZipFileEntry[];
  packageZip?: string;
}

export { SubmissionFailedError } from './lifecycle/wait.js';

/** Every source of new fields, in order; submission-json last, so that it wins. */
export function allEdits(settings: Pick<Settings, 'edits' | 'changes'>): SubmissionEdit[] {
  const json = Object.keys(settings.changes).length ? [fixedEdit('submission-json', settings.changes)] : [];
  return [...settings.edits, ...json];
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
    return `${this.parent.path}/submissions/${id}${suffix}`;
  }

  private edits(): SubmissionEdit[] {
    return allEdits(this.settings);
  }

  async run(): Promise<Progress> {
    const published = await checkEdits({
      client: this.deps.client,
      parent: this.parent,
      resource: this.resolved.resource,
      edits: this.edits(),
      readPublished: this.settings.dryRun,
      info: this.deps.info
    });
    const release = this.settings.release?.kind === 'submit' ? this.settings.release : undefined;
    // A rollout in the way fails here (existing-rollout: fail), before any change, in a dry run too.
    const inTheWay = await rolloutInTheWay(
      this.deps.client,
      this.resolved,
      release?.existingRollout ?? 'fail',
      this.deps.info
    );
    if (this.settings.dryRun) return this.dryRun(published);
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
    if (this.settings.packageZip || this.settings.uploadFiles.length) await this.upload(submission);
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

  /** Prints what a run would send and stops before the first change (see lifecycle/dry-run.ts). */
  private async dryRun(published: JsonObject | undefined): Promise<Progress> {
    const pending = pendingOf(this.parent, this.resolved.resource);
    const replaces = pending && !this.parent.created;
    if (replaces && !this.settings.deletePending) await this.replacePending(); // fails as a real run would
    const firstChange = replaces
      ? `delete the pending submission ${pending.id} of the ${this.parent.label}`
      : `create a submission for the ${this.parent.label}`;
    await printDryRun(this.settings, { edits: this.edits(), published, firstChange }, this.deps.info);
    this.progress.dryRun = true;
    return this.progress;
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
    if (!this.settings.deletePending) {
      throw new ActionError(
        `The ${this.parent.label} already has a pending submission, ${pending.id}; nothing was changed.`,
        {
          hint: "Commit or delete it in Partner Center, or set 'delete-pending: true' to have this action replace it."
        }
      );
    }
    const status = await checkReplaceable(this.deps.client, this.parent, pending.id);
    if (status) this.deps.warning(replacingWarning(this.parent, pending.id, status));
    if (!status || (await deletePending(this.deps.client, this.parent, pending.id)) === 'gone') {
      this.deps.info(`Submission ${pending.id} was already gone.`);
      return undefined;
    }
    this.progress.replacedSubmissionId = pending.id;
    return undefined;
  }

  private async read(id: string): Promise<Submission> {
    return this.deps.client.get<Submission>(this.submissionPath(id), `Read submission ${id}`);
  }

  /** The parent's pending submission right now, if it has one. */
  private async currentPending(): Promise<Submission | undefined> {
    const resource = await this.deps.client.get<JsonObject>(this.parent.path, `Read the ${this.parent.label}`);
    const pending = pendingOf(this.parent, resource);
    return pending ? this.read(pending.id) : undefined;
  }

  /**
   * Creates the submission. Create is not safe to repeat: after a lost answer
   * (or a 5xx, or a 409 following one) the parent is read again, and a
   * pending submission that appeared is the one just made.
   */
  private async create(): Promise<Submission> {
    this.progress.creating = true;
    try {
      return await this.createOnce();
    } finally {
      this.progress.creating = false;
    }
  }

  private async createOnce(): Promise<Submission> {
    const call = `Create a submission for the ${this.parent.label}`;
    return sendOnce({
      send: async () => {
        const { body, correlationId } = await this.deps.client.send<Submission>({
          method: 'POST',
          path: `${this.parent.path}/submissions`,
          call,
          hint: ({ status, code }) =>
            status === 409
              ? code === 'InvalidState' || code === 'InvalidOperation'
                ? `The ${this.parent.kind.noun} is in a state that blocks a new submission: another pending submission, a package rollout still in progress (finalize or halt it), or, for an app, no published submission yet (the first one must be made in Partner Center).`
                : undefined
              : undefined
        });
        if (!body?.id) {
          // Created, most likely, but we cannot tell which: find out as after a lost answer.
          throw new UncertainOutcomeError({ call, storeMessage: 'answered without an id', correlationId });
        }
        this.deps.info(
          `Created submission ${body.id} for the ${this.parent.label} [MS-CorrelationId: ${correlationId ?? 'none'}].`
        );
        return body;
      },
      onUncertain: (error) =>
        this.deps.info(`${error.message} Checking whether the submission was created before trying again.`),
      check: async () => {
        const appeared = await this.currentPending();
        if (appeared) this.deps.info(`Submission ${appeared.id} was created; using it.`);
        return appeared;
      },
      pause: (attempt) => this.deps.client.pauseBeforeRetry(attempt)
    });
  }

  private async update(created: Submission): Promise<Submission> {
    const edits = this.edits();
    if (edits.length === 0) {
      this.deps.info(
        `No submission-json given: submission ${created.id} keeps what the Store cloned from the last published one.`
      );
      return created;
    }
    const { merged: fields, changed } = applyEdits(created, edits);
    const merged = fields as Submission;
    const { body } = await this.deps.client.send<Submission>({
      method: 'PUT',
      path: this.submissionPath(created.id),
      body: merged,
      call: `Update submission ${created.id}`,
      hint: ({ status }) =>
        status === 400
          ? 'The Store rejected a field of submission-json: check the field named in the message against the submission resource docs.'
          : undefined
    });
    this.progress.changedFields = changed;
    this.deps.info(`Updated submission ${created.id}: ${changed.join(', ')}.`);
    // Keep the upload URL from the create: some answers to PUT leave it out.
    return { ...merged, ...(body ?? {}), fileUploadUrl: body?.fileUploadUrl ?? created.fileUploadUrl } as Submission;
  }

  private async upload(submission: Submission): Promise<void> {
    // Some answers leave the upload URL out: the submission itself always has it.
    const url = submission.fileUploadUrl ?? (await this.read(submission.id)).fileUploadUrl;
    if (!url) {
      throw new ActionError(`Submission ${submission.id} has no fileUploadUrl to upload the zip to.`, {
        hint: 'The Store gave no upload URL; run again, and report it with the correlation IDs above if it persists.'
      });
    }
    const { packageZip, uploadFiles: files } = this.settings;
    const { bytes, seconds } = await this.deps.upload(url, { files, packageZip });
    this.progress.upload = { bytes, seconds };
  }

  /**
   * Commits. Commit is not safe to repeat blindly: after a lost answer the
   * status is read, and the commit is sent again only if it is still
   * PendingCommit.
   */
  private async commit(id: string): Promise<void> {
    await sendOnce({
      send: async () => {
        const { correlationId } = await this.deps.client.send({
          method: 'POST',
          path: this.submissionPath(id, '/commit'),
          call: `Commit submission ${id}`,
          hint: ({ status }) =>
            status === 409
              ? `${PARTNER_CENTER_MADE.replace('It was', 'Or it was')} Check its state in Partner Center.`
              : undefined
        });
        this.see('CommitStarted');
        this.deps.info(`Committed submission ${id} [MS-CorrelationId: ${correlationId ?? 'none'}].`);
        return true;
      },
      onUncertain: (error) => this.deps.info(`${error.message} Reading the status before committing again.`),
      check: async () => {
        const { status } = await this.readStatus(id);
        if (status === 'PendingCommit') return undefined;
        this.deps.info(`Submission ${id} is ${status}: the commit went through.`);
        return true;
      },
      pause: (attempt) => this.deps.client.pauseBeforeRetry(attempt)
    });
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
      readStatus: () => this.readStatus(id)
    });
  }
}
