import { describe, expect, test } from '@jest/globals';
import { fixedEdit } from '../../src/edits.js';
import { ActionError } from '../../src/errors.js';
import type { EnvelopeEntry } from '../../src/msi-exe/envelope.js';
import { MsiExeLifecycle, type MsiExeApi, type MsiExeJob, type MsiExeProgress } from '../../src/msi-exe/lifecycle.js';
import { msiExeLeftBehind } from '../../src/msi-exe/outcome.js';
import type {
  MetadataDraft,
  MetadataRead,
  MsiExePackage,
  ModuleStatus,
  SubmissionStatus
} from '../../src/msi-exe/types.js';
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
  async metadata(read: MetadataRead) {
    this.calls.push(`metadata ${read.modules.join('+')} ${read.languages.join(',')}`.trim());
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
    {
      productId: 'p-1',
      edits: [],
      commit: true,
      waitFor: 'commit',
      pollIntervalMs: 30_000,
      timeoutMs: 60 * 60_000,
      ...job
    },
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
      'metadata listings en-us',
      'put packages 1',
      'commit',
      'status',
      'status',
      'status',
      'put metadata {"listings":{"language":"en-us","description":"D","whatsNew":"new","copyright":"C"}}',
      'status',
      'status',
      'commit',
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
    expect(api.calls).toEqual(['status', 'metadata listings fr-fr']);
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
    expect(api.calls.slice(0, 3)).toEqual(['status', 'put packages 1', 'commit']);
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

  test('only metadata changed: the packages are committed and every module awaited before the submit', async () => {
    const api = new StubApi([READY], [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]);
    await setup(api, {
      edits: [fixedEdit('submission-json', { properties: { certificationNotes: 'n' } })]
    }).lifecycle.run();
    expect(api.calls).toEqual([
      'status',
      'metadata properties',
      'put metadata {"properties":{"category":"Productivity","certificationNotes":"n"}}',
      'status',
      'commit',
      'status',
      'submit',
      'publishing 1152921505'
    ]);
  });

  test('nothing changed: no metadata read, and still a commit and a wait before the submit', async () => {
    const api = new StubApi([READY], [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]);
    await setup(api).lifecycle.run();
    expect(api.calls).toEqual(['status', 'commit', 'status', 'submit', 'publishing 1152921505']);
  });

  test('an error on a module other than packages stops the run, before any change when it is there first', async () => {
    const listingError = { code: 'invalidlisting', message: 'Description is required', target: 'listings' };
    const api = new StubApi([{ status: { isReady: false }, notes: [listingError] }]);
    expect(await failure(setup(api, { installers: [INSTALLER] }).lifecycle.run())).toMatch(
      /errors? on the product's modules: invalidlisting: Description is required \(listings\); nothing was changed\./
    );
    expect(api.calls).toEqual(['status']);
  });

  test('an error on another module after the package commit stops the run before the submit', async () => {
    const propertiesError = { code: 'badrequest', message: 'website must be a valid URL', target: 'properties' };
    const api = new StubApi([READY, { status: { isReady: false }, notes: [propertiesError] }]);
    expect(await failure(setup(api).lifecycle.run())).toMatch(
      /badrequest: website must be a valid URL \(properties\)\./
    );
    expect(api.calls).not.toContain('submit');
  });
});

describe('what a stopped MSI/EXE run says it left', () => {
  const lost = () => new UncertainOutcomeError({ call: 'Submit (POST /submit)', storeMessage: 'no answer' });

  test('a submit whose answers are all lost, the product read back without one each time: none was created', async () => {
    const api = new StubApi([READY]);
    api.submitFailures.push(lost(), lost(), lost());
    const { lifecycle, progress } = setup(api, { installers: [INSTALLER] });
    await expect(lifecycle.run()).rejects.toThrow(UncertainOutcomeError);
    expect(progress).toMatchObject({ submitting: false, changed: ['packages'] });
    expect(msiExeLeftBehind(progress)).toMatch(/holds this run's changes \(packages\) but was not submitted/);
  });

  test('a package replacement whose answer is lost: the draft may hold it', async () => {
    const api = new StubApi([READY]);
    api.replacePackages = async () => {
      throw new UncertainOutcomeError({ call: 'Replace the packages (PUT /packages)' });
    };
    const { lifecycle, progress } = setup(api, { installers: [INSTALLER] });
    await expect(lifecycle.run()).rejects.toThrow(UncertainOutcomeError);
    expect(progress.changing).toEqual(['packages']);
    expect(msiExeLeftBehind(progress)).toMatch(/The request to change packages got no clear answer/);
  });

  test('FAILED (hasFailed): the Store does not go on with it, and the line says so', async () => {
    const api = new StubApi([READY], [{ status: { publishingStatus: 'INPROGRESS', hasFailed: true } }]);
    const { lifecycle, progress } = setup(api);
    await expect(lifecycle.run()).rejects.toThrow(/not retried by the Store/);
    expect(progress.failed).toBe(true);
    const line = msiExeLeftBehind(progress);
    expect(line).toMatch(
      /Submission 1152921505 of the MSI\/EXE product p-1 failed .*: the Store does not go on with it/
    );
    expect(line).not.toMatch(/goes on with it/);
  });

  test('a lost metadata answer: wait for the modules, read the draft; it holds the update, so it is not sent again', async () => {
    const api = new StubApi([READY], [{ status: { publishingStatus: 'INPROGRESS', hasFailed: false } }]);
    api.metadataLosses.push('applied');
    const edits = [fixedEdit('submission-json', { listings: { 'en-us': { whatsNew: 'new' } } })];
    const { lifecycle, progress } = setup(api, { edits });
    await lifecycle.run();
    expect(api.calls.filter((c) => c.startsWith('put metadata'))).toHaveLength(1);
    expect(api.calls.slice(1, 6)).toEqual([
      'metadata listings en-us',
      expect.stringMatching(/^put metadata/),
      'status',
      'metadata listings en-us',
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
