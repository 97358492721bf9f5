import { describe, expect, test } from '@jest/globals';
import { fixedEdit } from '../../src/edits.js';
import { ActionError } from '../../src/errors.js';
import type { EnvelopeEntry } from '../../src/msi-exe/envelope.js';
import { MsiExeLifecycle, type MsiExeApi, type MsiExeJob, type MsiExeProgress } from '../../src/msi-exe/lifecycle.js';
import type { MetadataDraft, MsiExePackage, ModuleStatus, SubmissionStatus } from '../../src/msi-exe/types.js';
import { UncertainOutcomeError } from '../../src/errors.js';
import { FakeClock } from './helpers.js';

type StatusStep = { status: ModuleStatus; notes?: EnvelopeEntry[] };
type PublishStep = { status: SubmissionStatus; errors?: EnvelopeEntry[] };

const INSTALLER: MsiExePackage = {
  packageUrl: 'https://contoso.com/2.0/setup.msi',
  languages: ['en-us'],
  architectures: ['X64'],
  isSilentInstall: true,
  packageType: 'msi'
};
const READY: StatusStep = { status: { isReady: true, ongoingSubmissionId: '' } };
const BUSY: StatusStep = {
  status: { isReady: false, ongoingSubmissionId: '' },
  notes: [{ code: 'inprogress', message: 'uploading', target: 'packages' }]
};

/** An API that answers from scripts and records the calls. */
class StubApi implements MsiExeApi {
  calls: string[] = [];
  submitFailures: Error[] = [];
  /** Per PUT /metadata: lost after applying it ('applied'), lost before ('dropped'), or answered (absent). */
  metadataLosses: ('applied' | 'dropped')[] = [];
  draft: MetadataDraft = {
    listings: [{ language: 'en-us', description: 'D', whatsNew: 'old', copyright: 'C' }],
    properties: { category: 'Productivity' },
    availability: { markets: ['US'] }
  };
  constructor(
    public statuses: StatusStep[],
    public publishing: PublishStep[] = []
  ) {}
  async moduleStatus() {
    this.calls.push('status');
    const step = this.statuses.length > 1 ? this.statuses.shift()! : this.statuses[0];
    return { status: step.status, notes: step.notes ?? [] };
  }
  async metadata() {
    this.calls.push('metadata');
    return { draft: structuredClone(this.draft), notes: [] };
  }
  async replacePackages(installers: MsiExePackage[]) {
    this.calls.push(`put packages ${installers.length}`);
    return [];
  }
  async commitPackages() {
    this.calls.push('commit');
    return [];
  }
  async updateMetadata(update: { listings?: MetadataDraft['listings'][number] }) {
    this.calls.push(`put metadata ${JSON.stringify(update)}`);
    const loss = this.metadataLosses.shift();
    if (loss !== 'dropped' && update.listings) this.draft.listings = [structuredClone(update.listings)];
    if (loss) throw new UncertainOutcomeError({ call: 'Update (PUT /metadata)', storeMessage: 'no answer' });
    return [];
  }
  async submit() {
    this.calls.push('submit');
    const failure = this.submitFailures.shift();
    if (failure) throw failure;
    return { submissionId: '1152921505', notes: [] };
  }
  async submissionStatus(id: string) {
    this.calls.push(`publishing ${id}`);
    const step = this.publishing.length > 1 ? this.publishing.shift()! : this.publishing[0];
    return { status: step.status, errors: step.errors ?? [] };
  }
  async pauseBeforeRetry() {
    this.calls.push('pause');
  }
}

function setup(api: StubApi, job: Partial<MsiExeJob> = {}) {
  const clock = new FakeClock();
  const lines: string[] = [];
  const progress: MsiExeProgress = { productId: 'p-1', dashboardUrl: 'https://pc/p-1', changed: [], warnings: [] };
  const stamps: number[] = [];
  const lifecycle = new MsiExeLifecycle(
    { productId: 'p-1', edits: [], waitFor: 'commit', pollIntervalMs: 30_000, timeoutMs: 60 * 60_000, ...job },
    { api, clock, info: (l) => (lines.push(l), stamps.push(clock.now())) },
    progress
  );
  return { lifecycle, clock, lines, progress, stamps };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as ActionError).oneLine();
  }
  throw new Error('no failure');
}

describe('the MSI/EXE lifecycle', () => {
  test('the whole flow in order: ready, read, packages, commit, wait, whole modules, submit, status', async () => {
    const api = new StubApi(
      [READY, BUSY, BUSY, READY, { status: { isReady: false } }, READY],
      [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]
    );
    const { lifecycle, progress, lines } = setup(api, {
      installers: [INSTALLER],
      edits: [fixedEdit('submission-json', { listings: { 'en-us': { whatsNew: 'new' } } })]
    });
    await lifecycle.run();
    expect(api.calls).toEqual([
      'status',
      'metadata',
      'put packages 1',
      'commit',
      'status',
      'status',
      'status',
      'put metadata {"listings":{"language":"en-us","description":"D","whatsNew":"new","copyright":"C"}}',
      'status',
      'status',
      'submit',
      'publishing 1152921505'
    ]);
    expect(progress).toMatchObject({
      submissionId: '1152921505',
      status: 'INPROGRESS',
      changed: ['packages', 'listings.en-us']
    });
    expect(
      lines.some((l) => /Waiting for the package upload and validation: inprogress: uploading \(packages\)/.test(l))
    ).toBe(true);
  });

  test('a submission in progress is refused at the first read, naming it; nothing else is called', async () => {
    const api = new StubApi([{ status: { isReady: true, ongoingSubmissionId: '999' } }]);
    const { lifecycle } = setup(api, { installers: [INSTALLER] });
    expect(await failure(lifecycle.run())).toMatch(
      /Product p-1 has a submission in progress \(999\); nothing was changed\./
    );
    expect(api.calls).toEqual(['status']);
  });

  test('a bad metadata change is refused after reading, before any change', async () => {
    const api = new StubApi([READY]);
    const { lifecycle } = setup(api, {
      installers: [INSTALLER],
      edits: [fixedEdit("'submission-json'", { listings: { 'fr-fr': { description: 'x' } } })]
    });
    expect(await failure(lifecycle.run())).toMatch(/'fr-fr', a language the product's draft does not have/);
    expect(api.calls).toEqual(['status', 'metadata']);
  });

  test('a failed upload (packageuploaderror) fails the run with the Store words', async () => {
    const api = new StubApi([
      READY,
      {
        status: { isReady: false },
        notes: [{ code: 'packageuploaderror', message: 'cannot download', target: 'packages' }]
      }
    ]);
    const { lifecycle } = setup(api, { installers: [INSTALLER] });
    expect(await failure(lifecycle.run())).toMatch(
      /could not upload or validate the installers: packageuploaderror: cannot download \(packages\)/
    );
    expect(api.calls).not.toContain('submit');
  });

  test("an earlier run's failed upload does not block a run that replaces the packages", async () => {
    const api = new StubApi(
      [{ status: { isReady: false }, notes: [{ code: 'packageuploaderror', target: 'packages' }] }, READY],
      [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]
    );
    await setup(api, { installers: [INSTALLER] }).lifecycle.run();
    expect(api.calls.slice(0, 3)).toEqual(['status', 'metadata', 'put packages 1']);
  });

  test('warnings are said once however many polls repeat them; package notes are not warnings', async () => {
    const warning = { code: 'warning', message: 'Warning Message 1', target: 'properties' };
    const api = new StubApi(
      [
        { status: { isReady: false }, notes: [warning, BUSY.notes![0]] },
        { status: { isReady: false }, notes: [warning] },
        READY
      ],
      [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]
    );
    const { lifecycle, lines, progress } = setup(api);
    await lifecycle.run();
    expect(progress.warnings).toEqual([warning]);
    expect(lines.filter((l) => l.startsWith('Store warning:'))).toEqual([
      'Store warning: warning: Warning Message 1 (properties)'
    ]);
  });

  test('wait-for publish: INPROGRESS for hours, a line at least every 5 minutes, then PUBLISHED', async () => {
    const inProgress = { status: { publishingStatus: 'INPROGRESS', hasFailed: false } };
    const api = new StubApi(
      [READY],
      [...Array(160).fill(inProgress), { status: { publishingStatus: 'PUBLISHED', hasFailed: false } }]
    );
    const { lifecycle, lines, clock, progress, stamps } = setup(api, {
      waitFor: 'publish',
      pollIntervalMs: 30 * 60_000,
      timeoutMs: 48 * 60 * 60_000
    });
    await lifecycle.run();
    expect(progress.status).toBe('PUBLISHED');
    expect(clock.slept()).toBeGreaterThan(10 * 60 * 60_000);
    const waits = lines.filter((l) => /submission 1152921505 to be published/.test(l));
    expect(waits.length).toBeGreaterThan(10);
    // A line at least every 5 minutes, even when reads are 30 minutes apart.
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(5 * 60_000);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(30 * 60_000);
  });

  test('FAILED: the errors are kept for status-details and named in the error', async () => {
    const api = new StubApi(
      [READY],
      [
        {
          status: { publishingStatus: 'FAILED', hasFailed: true },
          errors: [{ code: 'certificationfailed', message: 'Not silent', target: 'packages' }]
        }
      ]
    );
    const { lifecycle, progress } = setup(api, { waitFor: 'certification' });
    expect(await failure(lifecycle.run())).toMatch(
      /Submission 1152921505 of product p-1 failed \(FAILED, not retried by the Store\): certificationfailed: Not silent \(packages\)/
    );
    expect(progress).toMatchObject({ status: 'FAILED', errors: [{ code: 'certificationfailed' }] });
  });

  test('waits end at the deadline with the last status', async () => {
    const api = new StubApi([READY], [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]);
    const { lifecycle, clock } = setup(api, { waitFor: 'publish', timeoutMs: 10 * 60_000 });
    const start = clock.now();
    expect(await failure(lifecycle.run())).toMatch(
      /Timed out after 10 min waiting for submission 1152921505 .*the last status was: INPROGRESS/
    );
    expect(clock.now() - start).toBe(10 * 60_000);
  });

  test('a lost submit answer: the ongoing submission is the one it made', async () => {
    const api = new StubApi(
      [READY, { status: { isReady: true, ongoingSubmissionId: '777' } }],
      [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]
    );
    api.submitFailures.push(new UncertainOutcomeError({ call: 'Submit (POST /submit)', storeMessage: 'no answer' }));
    const { lifecycle, progress } = setup(api);
    await lifecycle.run();
    expect(progress.submissionId).toBe('777');
    expect(api.calls.filter((c) => c === 'submit')).toHaveLength(1);
  });

  test('a lost submit answer that did not go through: sent again after a pause', async () => {
    const api = new StubApi([READY], [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]);
    api.submitFailures.push(new UncertainOutcomeError({ call: 'Submit (POST /submit)', storeMessage: 'no answer' }));
    const { lifecycle, progress } = setup(api);
    await lifecycle.run();
    expect(progress.submissionId).toBe('1152921505');
    expect(api.calls.slice(-5)).toEqual(['submit', 'status', 'pause', 'submit', 'publishing 1152921505']);
  });

  test('a lost metadata answer: wait for the modules, read the draft; it holds the update, so it is not sent again', async () => {
    const api = new StubApi([READY], [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]);
    api.metadataLosses.push('applied');
    const edits = [fixedEdit('submission-json', { listings: { 'en-us': { whatsNew: 'new' } } })];
    const { lifecycle, progress } = setup(api, { edits });
    await lifecycle.run();
    expect(api.calls.filter((c) => c.startsWith('put metadata'))).toHaveLength(1);
    expect(api.calls.slice(1, 6)).toEqual([
      'metadata',
      expect.stringMatching(/^put metadata/),
      'status',
      'metadata',
      'status'
    ]);
    expect(progress.changed).toEqual(['listings.en-us']);
  });

  test('a lost metadata answer that did not go through: sent again once the modules are ready', async () => {
    const api = new StubApi([READY], [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]);
    api.metadataLosses.push('dropped');
    const edits = [fixedEdit('submission-json', { listings: { 'en-us': { whatsNew: 'new' } } })];
    const { lifecycle } = setup(api, { edits });
    await lifecycle.run();
    expect(api.calls.filter((c) => c.startsWith('put metadata'))).toHaveLength(2);
    expect(api.draft.listings[0].whatsNew).toBe('new');
  });
});
