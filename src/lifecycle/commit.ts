/**
 * Committing a submission. Commit is not safe to repeat blindly: after an
 * unclear answer (the last attempt's too) the status is read back, from the
 * submission itself when its status cannot be read, and the commit is sent
 * again only while it is still PendingCommit. When even that read fails, the
 * run says the commit's outcome is unknown instead of "not committed".
 */
import { ApiError } from '../errors.js';
import { OutcomeUnknownError, sendOnce } from '../request/once.js';
import type { StoreClient } from '../store/client.js';
import type { StatusDetails, Submission, SubmissionStatus } from '../store/types.js';
import { PARTNER_CENTER_MADE } from './pending.js';
import type { Progress } from './types.js';

export interface CommitJob {
  client: StoreClient;
  /** The submission's path, e.g. `applications/X/submissions/1`. */
  path: string;
  id: string;
  info: (line: string) => void;
  progress: Progress;
  /** Records a status the submission took (details: null when the answer had none to give). */
  see: (status: string, details: StatusDetails | undefined | null) => void;
}

export async function commitSubmission(job: CommitJob): Promise<void> {
  const { client, id, info, progress } = job;
  const sent = sendOnce({
    send: async () => {
      const { correlationId } = await client.send({
        method: 'POST',
        path: `${job.path}/commit`,
        call: `Commit submission ${id}`,
        hint: ({ status }) =>
          status === 409
            ? `${PARTNER_CENTER_MADE.replace('It was', 'Or it was')} Check its state in Partner Center.`
            : undefined
      });
      job.see('CommitStarted', null);
      info(`Committed submission ${id} [MS-CorrelationId: ${correlationId ?? 'none'}].`);
      return true;
    },
    onUncertain: (error) => info(`${error.message} Reading the status before committing again.`),
    check: async () => {
      const status = await readBack(job);
      if (status === 'PendingCommit') return undefined;
      info(`Submission ${id} is ${status}: the commit went through.`);
      return true;
    },
    pause: (attempt) => client.pauseBeforeRetry(attempt)
  });
  await sent.catch((error: unknown) => {
    if (error instanceof OutcomeUnknownError) progress.commitUnknown = true;
    throw error;
  });
  progress.committed = true;
}

/** The status, from the submission itself when its status resource cannot be read (a second way to know). */
async function readBack(job: CommitJob): Promise<string> {
  const { client, id } = job;
  try {
    const body = await client.get<SubmissionStatus>(`${job.path}/status`, `Read the status of submission ${id}`);
    job.see(body.status, body.statusDetails);
    return body.status;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    job.info(`${error.message} Reading submission ${id} itself for its status.`);
    const { status, statusDetails } = await client.get<Submission>(job.path, `Read submission ${id}`);
    if (!status) throw error;
    job.see(status, statusDetails);
    return status;
  }
}
