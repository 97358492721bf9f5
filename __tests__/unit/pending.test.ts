import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.js';
import { checkReplaceable, deletePending, IN_PROGRESS, replacingWarning } from '../../src/msix/lifecycle/pending.js';
import { addOnParent, appParent } from '../../src/msix/store/parents.js';
import { failure, ok, storeDouble } from './store-double.js';

const APP = '9NBLGGH4R315';
const S = `applications/${APP}/submissions`;

describe('checkReplaceable', () => {
  test.each(['PendingCommit', 'CommitFailed', 'CertificationFailed'])('%s may be replaced', async (status) => {
    const { client, calls } = storeDouble(() => ok({ status, statusDetails: { errors: [] } }));
    await expect(checkReplaceable(client, appParent(APP), '5')).resolves.toBe(status);
    expect(calls).toEqual([`GET ${S}/5/status`]);
  });

  test.each([...IN_PROGRESS])(
    '%s is committed and in progress: refused, naming it, its status and the choices',
    async (status) => {
      const { client, calls } = storeDouble(() => ok({ status }));
      const error = await checkReplaceable(client, appParent(APP), '5').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ActionError);
      const line = (error as ActionError).oneLine();
      expect(line).toContain(`The pending submission 5 of the app ${APP} is ${status}`);
      expect(line).toContain('nothing was changed');
      expect(line).toMatch(
        /Wait for it to finish .*or cancel it in Partner Center \(https:\/\/partner\.microsoft\.com\/.*\); then run again\./
      );
      expect(calls).toEqual([`GET ${S}/5/status`]);
    }
  );

  test('the list of statuses in progress is the documented one', () => {
    expect(IN_PROGRESS).toEqual([
      'CommitStarted',
      'PreProcessing',
      'Certification',
      'Release',
      'PendingPublication',
      'Publishing'
    ]);
  });

  test('a submission that is gone (404) needs no delete', async () => {
    const { client, calls } = storeDouble(() => failure(404, 'ResourceNotFound'));
    await expect(checkReplaceable(client, addOnParent('9NADD', 'gems'), '5')).resolves.toBeUndefined();
    // Gone only when the submission itself is not found either.
    expect(calls).toEqual(['GET inappproducts/9NADD/submissions/5/status', 'GET inappproducts/9NADD/submissions/5']);
  });

  test('a 404 from the status alone, while the submission itself is there: its own status counts', async () => {
    const { client, calls } = storeDouble((_method, path) =>
      path.endsWith('/status') ? failure(404, 'ResourceNotFound') : ok({ id: '5', status: 'PendingCommit' })
    );
    await expect(checkReplaceable(client, appParent(APP), '5')).resolves.toBe('PendingCommit');
    expect(calls).toEqual([`GET ${S}/5/status`, `GET ${S}/5`]);
    const inProgress = storeDouble((_method, path) =>
      path.endsWith('/status') ? failure(404, 'ResourceNotFound') : ok({ id: '5', status: 'Certification' })
    );
    await expect(checkReplaceable(inProgress.client, appParent(APP), '5')).rejects.toThrow(/is Certification/);
  });

  test('other failures of the read stop the run', async () => {
    const { client } = storeDouble(() => failure(403, 'Forbidden'));
    await expect(checkReplaceable(client, appParent(APP), '5')).rejects.toThrow(/HTTP 403/);
  });
});

describe('deletePending', () => {
  test('a 409 InvalidState because it was committed meanwhile says so', async () => {
    const { client, calls } = storeDouble((method) =>
      method === 'DELETE' ? failure(409, 'InvalidState', 'cannot be deleted') : ok({ status: 'CommitStarted' })
    );
    const error = await deletePending(client, appParent(APP), '5').catch((e: unknown) => e);
    expect((error as ActionError).oneLine()).toContain(`The pending submission 5 of the app ${APP} is CommitStarted`);
    expect((error as ActionError).correlationId).toBe('cid-err');
    expect(calls).toEqual([`DELETE ${S}/5`, `GET ${S}/5/status`]);
  });

  test('a 409 for a submission made in Partner Center says so', async () => {
    const { client } = storeDouble((method) =>
      method === 'DELETE'
        ? failure(
            409,
            'InvalidOperation',
            'Ingestion API can only update, delete, and commit submissions that are created through the API.'
          )
        : ok({ status: 'PendingCommit' })
    );
    await expect(deletePending(client, appParent(APP), '5')).rejects.toThrow(/created in Partner Center/);
  });
});

test('the warning names the submission and its status, and how to keep two runs apart', () => {
  expect(replacingWarning(appParent(APP), '5', 'CommitFailed')).toBe(
    `Deleting the pending submission 5 (CommitFailed) of the app ${APP} to replace it (delete-pending: true). If another run made it, two runs are replacing each other's submissions: give the workflow a 'concurrency:' group per app (see the README).`
  );
});
