/**
 * Committing a submission. Commit is not safe to repeat blindly: after an
 * unclear answer (the last attempt's too) the status is read back, from the
 * submission itself when its status cannot be read, and the commit is sent
 * again only while it is still PendingCommit. When even that read fails, the
 * error says the commit's outcome is unknown, never "not committed". A commit
 * answered without a `status` did not start, whatever its HTTP status says
 * (msstore-cli stops there too: see docs/oracles.md).
 */
import { ApiError } from '../../errors.js';
import { sendOnce } from '../../request/once.js';
import type { StoreClient } from '../store/client.js';
import type { StatusDetails, Submission, SubmissionStatus } from '../store/types.js';
import { PARTNER_CENTER_MADE } from './pending.js';

export interface CommitJob {
  client: StoreClient;
  /** The submission's path, e.g. `applications/X/submissions/1`. */
  path: string;
  id: string;
  /** Where a person sees the submission, for the hint when the answer makes no sense. */
  dashboardUrl: string;
  info: (line: string) => void;
  /** Records a status the submission took (details: null when the answer had none to give). */
  see: (status: string, details: StatusDetails | undefined | null) => void;
  /** The lifecycle's own read of the submission's status (it records what it reads). */
  readStatus: () => Promise<SubmissionStatus>;
}

/** The commit's answer: `{ status }`, or an error shape (`code`, `message`) sent with a 2xx. */
interface CommitAnswer {
  status?: unknown;
  code?: unknown;
  message?: unknown;
}

export async function commitSubmission(job: CommitJob): Promise<void> {
  const { client, id, info } = job;
  const call = `Commit submission ${id}`;
  await sendOnce({
    send: async () => {
      const { status, body, correlationId } = await client.send<CommitAnswer | undefined>({
        method: 'POST',
        path: `${job.path}/commit`,
        call,
        hint: ({ status: http }) =>
          http === 409
            ? `${PARTNER_CENTER_MADE.replace('It was', 'Or it was')} Check its state in Partner Center.`
            : undefined
      });
      const answered = typeof body?.status === 'string' && body.status ? body.status : undefined;
      if (!answered) throw noStatus(`${call} (POST ${job.path}/commit)`, status, body, correlationId, job.dashboardUrl);
      job.see(answered, null);
      info(`Committed submission ${id}: ${answered} [MS-CorrelationId: ${correlationId ?? 'none'}].`);
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
}

/** The status, from the submission itself when its status resource cannot be read (a second way to know). */
async function readBack(job: CommitJob): Promise<string> {
  const { client, id } = job;
  try {
    return (await job.readStatus()).status;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    job.info(`${error.message} Reading submission ${id} itself for its status.`);
    const { status, statusDetails } = await client.get<Submission>(job.path, `Read submission ${id}`);
    if (!status) throw error;
    job.see(status, statusDetails);
    return status;
  }
}

function noStatus(
  call: string,
  http: number,
  body: CommitAnswer | undefined,
  correlationId: string | undefined,
  dashboardUrl: string
): ApiError {
  const said = typeof body?.message === 'string' && body.message ? `: ${body.message.slice(0, 300)}` : '';
  return new ApiError({
    call,
    status: http,
    code: typeof body?.code === 'string' ? body.code : undefined,
    storeMessage: `the answer names no status, so the commit did not start${said}`,
    correlationId,
    hint: `Check the submission in Partner Center (${dashboardUrl}) and run again; quote the MS-CorrelationId if it persists.`
  });
}
