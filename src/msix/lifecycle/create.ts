/**
 * Creating a submission. Create is not safe to repeat: after a lost answer
 * (or a 5xx, or a 409 following one) the parent is read again, and a pending
 * submission that appeared is the one just made. App and flight submissions
 * are created with `?isMinimalResponse=true` and then read, as Microsoft's
 * own clients do (see docs/oracles.md): the full clone in the create's answer
 * can time out with a 500 on a large submission, after creating it.
 */
import type { JsonObject } from '../../merge.js';
import { UncertainOutcomeError, type StoreClient } from '../store/client.js';
import { sendOnce } from '../../request/once.js';
import { pendingOf, type Parent, submissionPath } from '../store/parents.js';
import type { Submission } from '../store/types.js';

function readSubmission(client: StoreClient, parent: Parent, id: string): Promise<Submission> {
  return client.get<Submission>(submissionPath(parent, id), `Read submission ${id}`);
}

/** The ID of the parent's pending submission right now, if it has one. */
async function currentPendingId(client: StoreClient, parent: Parent): Promise<string | undefined> {
  const resource = await client.get<JsonObject>(parent.path, `Read the ${parent.label}`);
  return pendingOf(parent, resource)?.id;
}

const BLOCKED =
  'is in a state that blocks a new submission: another pending submission, a package rollout still in progress or not started yet (finalize or halt it), or, for an app, no published submission yet (the first one must be made in Partner Center).';

/**
 * `created` hears the new submission's ID as soon as it is known, before the
 * read that follows a minimal answer: a run that fails on that read still
 * names the submission it made. `before` is the pending submission the parent
 * had when the run started, if any: found after a lost answer, it is not one
 * this run made (the Store holds one pending submission per parent, so the
 * create did not go through).
 */
export async function createSubmission(
  client: StoreClient,
  parent: Parent,
  info: (line: string) => void,
  created: (id: string) => void = () => undefined,
  before?: string
): Promise<Submission> {
  const call = `Create a submission for the ${parent.label}`;
  const minimal = parent.kind.minimalCreate === true;
  const made = await sendOnce<{ submission: Submission; whole: boolean }>({
    send: async () => {
      const { body, correlationId } = await client.send<Submission>({
        method: 'POST',
        path: `${parent.path}/submissions${minimal ? '?isMinimalResponse=true' : ''}`,
        call,
        hint: ({ status, code }) =>
          status === 409 && (code === 'InvalidState' || code === 'InvalidOperation')
            ? `The ${parent.kind.noun} ${BLOCKED}`
            : undefined
      });
      if (!body?.id) {
        // Created, most likely, but we cannot tell which: find out as after a lost answer.
        throw new UncertainOutcomeError({ call, storeMessage: 'answered without an id', correlationId });
      }
      info(`Created submission ${body.id} for the ${parent.label} [MS-CorrelationId: ${correlationId ?? 'none'}].`);
      return { submission: body, whole: !minimal };
    },
    onUncertain: (error) => info(`${error.message} Checking whether the submission was created before trying again.`),
    check: async () => {
      const id = await currentPendingId(client, parent);
      if (id === undefined) return undefined;
      if (id === before) {
        info(`Submission ${id} is the pending submission that was there before this run: it was not created.`);
        return undefined;
      }
      const appeared = await readSubmission(client, parent, id);
      info(`Submission ${appeared.id} was created; using it.`);
      return { submission: appeared, whole: true };
    },
    pause: (attempt) => client.pauseBeforeRetry(attempt)
  });
  created(made.submission.id);
  // The minimal answer holds the id (and little else): the submission itself has the clone and the upload URL.
  return made.whole ? made.submission : readSubmission(client, parent, made.submission.id);
}
