/**
 * Committing a submission. Commit is not safe to repeat blindly: after a lost
 * answer the status is read, and the commit is sent again only if it is still
 * PendingCommit. A commit answered without a `status` did not start, whatever
 * its HTTP status says (msstore-cli stops there too: see docs/oracles.md).
 */
import { ApiError } from '../errors.js';
import type { StoreClient } from '../store/client.js';
import { sendOnce } from '../store/once.js';
import type { Parent } from '../store/parents.js';
import { PARTNER_CENTER_MADE } from './pending.js';

export interface CommitDeps {
  client: StoreClient;
  parent: Parent;
  info: (line: string) => void;
  /** Records a status the submission took. */
  see: (status: string) => void;
  /** Reads the submission's status (and records it). */
  readStatus: () => Promise<{ status: string }>;
}

/** The commit's answer: `{ status }`, or an error shape (`code`, `message`) sent with a 2xx. */
interface CommitAnswer {
  status?: unknown;
  code?: unknown;
  message?: unknown;
}

export async function commitSubmission(id: string, deps: CommitDeps): Promise<void> {
  const { client, parent, info } = deps;
  const call = `Commit submission ${id}`;
  await sendOnce({
    send: async () => {
      const { status, body, correlationId } = await client.send<CommitAnswer | undefined>({
        method: 'POST',
        path: `${parent.path}/submissions/${id}/commit`,
        call,
        hint: ({ status: http }) =>
          http === 409
            ? `${PARTNER_CENTER_MADE.replace('It was', 'Or it was')} Check its state in Partner Center.`
            : undefined
      });
      const answered = typeof body?.status === 'string' && body.status ? body.status : undefined;
      if (!answered)
        throw noStatus(`${call} (POST ${parent.path}/submissions/${id}/commit)`, status, body, correlationId, parent);
      deps.see(answered);
      info(`Committed submission ${id}: ${answered} [MS-CorrelationId: ${correlationId ?? 'none'}].`);
      return true;
    },
    onUncertain: (error) => info(`${error.message} Reading the status before committing again.`),
    check: async () => {
      const { status } = await deps.readStatus();
      if (status === 'PendingCommit') return undefined;
      info(`Submission ${id} is ${status}: the commit went through.`);
      return true;
    },
    pause: (attempt) => client.pauseBeforeRetry(attempt)
  });
}

function noStatus(
  call: string,
  http: number,
  body: CommitAnswer | undefined,
  correlationId: string | undefined,
  parent: Parent
): ApiError {
  const said = typeof body?.message === 'string' && body.message ? `: ${body.message.slice(0, 300)}` : '';
  return new ApiError({
    call,
    status: http,
    code: typeof body?.code === 'string' ? body.code : undefined,
    storeMessage: `the answer names no status, so the commit did not start${said}`,
    correlationId,
    hint: `Check the submission in Partner Center (${parent.dashboardUrl}) and run again; quote the MS-CorrelationId if it persists.`
  });
}
