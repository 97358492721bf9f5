/**
 * THE lifecycle, once, for any parent (app, package flight, add-on):
 * replace the pending submission, create a new one, merge the user's changes
 * into it, upload the zip, commit, and wait for the status. Progress is
 * written into `progress` as it goes, so that a failure, a timeout or a
 * cancellation can still report which submission was left in which state.
 */
import type { Clock } from './clock.js';
import { ActionError, ApiError } from './errors.js';
import { deepMerge, type JsonObject } from './merge.js';
import type { Settings } from './settings.js';
import { judgeStatus, nextPollDelay } from './status.js';
import { UncertainOutcomeError, type StoreClient } from './store/client.js';
import { sendOnce } from './store/once.js';
import { pendingOf, type Parent } from './store/parents.js';
import type { Resolved } from './store/resolve.js';
import type { StatusDetails, Submission, SubmissionStatus } from './store/types.js';

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
}

export interface LifecycleDeps {
  client: StoreClient;
  clock: Clock;
  info: (line: string) => void;
  warning: (line: string) => void;
  /** Uploads the zip to the submission's fileUploadUrl. */
  upload: (fileUploadUrl: string, zipPath: string) => Promise<{ bytes: number; seconds: number }>;
  signal?: AbortSignal;
}

/** Thrown when the run ends with a submission in a failed state, or waiting past the timeout. */
export class SubmissionFailedError extends ActionError {}

const HEARTBEAT_MS = 5 * 60_000;

const PARTNER_CENTER_MADE =
  'It was created in Partner Center, and the Store API can only update, delete and commit submissions created through the API.';

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

  async run(): Promise<Progress> {
    let submission = await this.replacePending();
    submission ??= await this.create();
    this.progress.submissionId = submission.id;
    this.progress.status = submission.status ?? 'PendingCommit';
    submission = await this.update(submission);
    if (this.settings.packageZip) await this.upload(submission);
    await this.commit(submission.id);
    await this.wait(submission.id, submission.targetPublishMode);
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
    this.deps.warning(
      `Deleting the pending submission ${pending.id} of the ${this.parent.label} to replace it (delete-pending: true).`
    );
    try {
      await this.deps.client.send({
        method: 'DELETE',
        path: this.submissionPath(pending.id),
        call: `Delete pending submission ${pending.id}`,
        hint: ({ status }) =>
          status === 409
            ? `${PARTNER_CENTER_MADE} Delete it (or submit it) in Partner Center, then run again.`
            : undefined
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        this.deps.info(`Submission ${pending.id} was already gone.`);
        return undefined;
      }
      if (error instanceof ApiError && error.status === 409) {
        // The documented reason is a submission made in Partner Center (InvalidOperation); say so, and quote the Store either way.
        const madeInPartnerCenter =
          /InvalidOperation/i.test(error.code ?? '') ||
          /created through the API|Partner Center/i.test(error.storeMessage ?? '');
        const storeSaid = [error.code, error.storeMessage].filter(Boolean).join(': ');
        throw new ActionError(
          `The pending submission ${pending.id} of the ${this.parent.label} cannot be deleted through the API: ${
            madeInPartnerCenter ? PARTNER_CENTER_MADE : 'the Store refused (HTTP 409).'
          } (${storeSaid || 'HTTP 409'}) [MS-CorrelationId: ${error.correlationId ?? 'none'}]`,
          {
            hint: `Delete or submit it in Partner Center (${this.parent.dashboardUrl}), then run again.`,
            correlationId: error.correlationId
          }
        );
      }
      throw error;
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
    const merged = deepMerge(created, this.settings.changes) as Submission;
    const changed = Object.keys(this.settings.changes);
    if (changed.length === 0) {
      this.deps.info(
        `No submission-json given: submission ${created.id} keeps what the Store cloned from the last published one.`
      );
      return created;
    }
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
    const { bytes, seconds } = await this.deps.upload(url, this.settings.packageZip as string);
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
        this.progress.status = 'CommitStarted';
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
    this.progress.status = body.status;
    this.progress.statusDetails = body.statusDetails;
    return body;
  }

  private async wait(id: string, publishMode: string | undefined): Promise<void> {
    const { clock } = this.deps;
    const deadline = clock.now() + this.settings.timeoutMs;
    const started = clock.now();
    let delay: number | undefined;
    let last: string | undefined = 'CommitStarted';
    let lastNews = started;
    this.deps.info(
      `Waiting for submission ${id} to pass the ${this.settings.waitFor} stage (up to ${formatMinutes(this.settings.timeoutMs)}).`
    );
    for (;;) {
      delay = nextPollDelay(delay, this.settings.pollIntervalMs, deadline - clock.now());
      await clock.sleep(delay, this.deps.signal);
      const { status } = await this.readStatus(id);
      if (status !== last || clock.now() - lastNews >= HEARTBEAT_MS) {
        // A line on every change, and at least every few minutes, so that a long wait never looks like a hang.
        const waited = formatMinutes(clock.now() - started);
        this.deps.info(
          status === last
            ? `Submission ${id}: still ${status} after ${waited}.`
            : `Submission ${id}: ${status} (after ${waited}).`
        );
        lastNews = clock.now();
      }
      last = status;
      const verdict = judgeStatus(status, this.settings.waitFor, publishMode);
      if (verdict.state === 'done') {
        this.progress.note = verdict.note;
        return;
      }
      if (verdict.state === 'failed') {
        throw new SubmissionFailedError(`Submission ${id} of the ${this.parent.label} failed: ${verdict.reason}.`, {
          hint: 'See the errors below and in Partner Center.'
        });
      }
      if (clock.now() >= deadline) {
        throw new SubmissionFailedError(
          `Timed out after ${formatMinutes(this.settings.timeoutMs)} waiting for submission ${id} of the ${this.parent.label}; its last status was ${status}.`,
          { hint: "The submission goes on in the Store: check it in Partner Center, or raise 'timeout-minutes'." }
        );
      }
    }
  }
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}
