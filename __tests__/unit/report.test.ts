import {
  annotate as annotateReport,
  report as reportRun,
  setOutputs as setReportOutputs,
  summaryMarkdown as reportMarkdown,
  type Outcome,
  type ReportSink,
  type RunLink
} from '../../src/run/report.js';
import { msixReport } from '../../src/msix/outcome.js';
import { runLinkFrom } from '../../src/run/actions-host.js';
import { addOnParent, appParent, flightParent } from '../../src/msix/store/parents.js';
import { markdownProblems, plainText } from './markdown-check.js';
import type { Progress } from '../../src/msix/submission.js';

// An MSIX run's progress, told through the neutral run report as src/run/engine.ts tells it.
const summaryMarkdown = (progress: Progress, outcome: Outcome, run?: RunLink): string =>
  reportMarkdown(msixReport(progress), outcome, run);
const setOutputs = (progress: Progress, sink: ReportSink): void => setReportOutputs(msixReport(progress), sink);
const annotate = (progress: Progress, sink: ReportSink): void => annotateReport(msixReport(progress), sink);
const report = (progress: Progress, outcome: Outcome, sink: ReportSink, run?: RunLink): Promise<void> =>
  reportRun(msixReport(progress), outcome, sink, run);

class RecordingSink implements ReportSink {
  outputs: Record<string, string> = {};
  infos: string[] = [];
  warnings: { message: string; title?: string }[] = [];
  errors: { message: string; title?: string }[] = [];
  summaries: string[] = [];
  failSummary = false;

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  info(message: string): void {
    this.infos.push(message);
  }
  warning(message: string, properties?: { title?: string }): void {
    this.warnings.push({ message, title: properties?.title });
  }
  error(message: string, properties?: { title?: string }): void {
    this.errors.push({ message, title: properties?.title });
  }
  async writeSummary(markdown: string): Promise<void> {
    if (this.failSummary) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
    this.summaries.push(markdown);
  }
}

function failedProgress(): Progress {
  return {
    parent: appParent('9NBLGGH4R315'),
    submissionId: '1152921505687000001',
    status: 'CommitFailed',
    committed: true,
    statusDetails: {
      errors: [{ code: 'InvalidArchive', details: 'The zip | archive is damaged\nat entry 3' }],
      warnings: [
        { code: 'SalesUnsupportedWarning', details: 'The sales resource type is not supported' },
        { code: 'PackageDeprecated', details: 'x86 package is deprecated' }
      ],
      certificationReports: [{ date: '2025-03-01T12:00:00Z', reportUrl: 'https://example.test/report/1' }]
    }
  };
}

describe('summaryMarkdown', () => {
  test('contains the submission id, status, errors, warnings and the Partner Center link', () => {
    const md = summaryMarkdown(failedProgress(), { kind: 'failed', message: 'The submission reached CommitFailed.' });
    expect(md).toContain('1152921505687000001');
    expect(md).toContain('CommitFailed');
    expect(md).toMatch(/failed/);
    expect(md).toContain('### Errors');
    expect(md).toContain('`InvalidArchive`');
    expect(md).toContain('### Warnings');
    expect(md).toContain('`PackageDeprecated`: x86 package is deprecated');
    expect(md).toContain(
      'https://partner.microsoft.com/dashboard/products/9NBLGGH4R315/submissions/1152921505687000001'
    );
    expect(md).toContain('app 9NBLGGH4R315');
    expect(md).toContain('**Error:** The submission reached CommitFailed.');
    expect(md).toContain('https://example.test/report/1');
  });

  test('joins lines so list items and the error stay on one line; | is escaped only in cells', () => {
    const md = summaryMarkdown(failedProgress(), { kind: 'failed', message: 'a | b\nc' });
    expect(md).toContain('- `InvalidArchive`: The zip | archive is damaged at entry 3');
    expect(md).toContain('**Error:** a | b c');
  });

  test('a success without a submission says none was created and has no error sections', () => {
    const md = summaryMarkdown({ committed: false }, { kind: 'succeeded' });
    expect(md).toContain('succeeded');
    expect(md).toContain('(none created)');
    expect(md).not.toContain('### Errors');
    expect(md).not.toContain('### Warnings');
    expect(md).not.toContain('Partner Center');
  });

  test('an outcome the run could not learn is said to be unknown, never "none created" or a bare PendingCommit', () => {
    const create = summaryMarkdown({ committed: false, creating: true }, { kind: 'failed', message: 'lost' });
    expect(create).toContain(
      '| Submission | (unknown: a create was sent and its answer never came; check Partner Center) |'
    );
    expect(create).not.toContain('(none created)');
    const commit = summaryMarkdown(
      { committed: false, committing: true, submissionId: '11', status: 'PendingCommit' },
      { kind: 'failed', message: 'lost' }
    );
    expect(commit).toContain('| Status | PendingCommit (last read; whether the commit went through is unknown) |');
  });

  test('names a replaced pending submission, the note, and the workflow run', () => {
    const md = summaryMarkdown(
      {
        parent: appParent('9N'),
        submissionId: '2',
        status: 'Release',
        committed: true,
        replacedSubmissionId: '1',
        note: 'waits at Release'
      },
      { kind: 'succeeded' },
      { url: 'https://github.com/o/r/actions/runs/5', label: 'CI #5' }
    );
    expect(md).toContain('| Replaced pending submission | 1 |');
    expect(md).toContain('Note: waits at Release');
    expect(md).toContain('[CI #5](https://github.com/o/r/actions/runs/5)');
  });

  test('a cancelled run says so', () => {
    const md = summaryMarkdown(
      { committed: false, submissionId: '3', status: 'CommitStarted' },
      { kind: 'cancelled', message: 'The job was cancelled.' }
    );
    expect(md).toContain('cancelled');
    expect(md).toContain('**Cancelled:** The job was cancelled.');
  });
});

describe('annotate', () => {
  test('errors go to error(), warnings to warning(), SalesUnsupportedWarning to info()', () => {
    const sink = new RecordingSink();
    annotate(failedProgress(), sink);
    expect(sink.errors).toEqual([
      {
        message: 'InvalidArchive: The zip | archive is damaged\nat entry 3',
        title: 'Store: submission 1152921505687000001 error'
      }
    ]);
    expect(sink.warnings).toEqual([
      {
        message: 'PackageDeprecated: x86 package is deprecated',
        title: 'Store: submission 1152921505687000001 warning'
      }
    ]);
    expect(sink.infos.some((m) => m.includes('SalesUnsupportedWarning'))).toBe(true);
    expect(sink.warnings.some((w) => w.message.includes('SalesUnsupportedWarning'))).toBe(false);
    expect(sink.infos.some((m) => m.includes('https://example.test/report/1'))).toBe(true);
  });

  test('an entry without code or details is still reported', () => {
    const sink = new RecordingSink();
    annotate({ committed: true, statusDetails: { errors: [{}] } }, sink);
    expect(sink.errors).toEqual([{ message: 'unspecified', title: 'Store: submission ? error' }]);
  });

  test('nothing to say without status details', () => {
    const sink = new RecordingSink();
    annotate({ committed: false }, sink);
    expect(sink.errors).toEqual([]);
    expect(sink.warnings).toEqual([]);
    expect(sink.infos).toEqual([]);
  });
});

describe('setOutputs', () => {
  test('sets submission-id, status, status-details as JSON, and empty flight-id/add-on-id for an app', () => {
    const sink = new RecordingSink();
    const progress = failedProgress();
    setOutputs(progress, sink);
    expect(sink.outputs['submission-id']).toBe('1152921505687000001');
    expect(sink.outputs.status).toBe('CommitFailed');
    expect(JSON.parse(sink.outputs['status-details'])).toEqual(progress.statusDetails);
    expect(sink.outputs['flight-id']).toBe('');
    expect(sink.outputs['add-on-id']).toBe('');
    expect(sink.outputs['partner-center-url']).toBe(
      'https://partner.microsoft.com/dashboard/products/9NBLGGH4R315/submissions/1152921505687000001'
    );
  });

  test('sets flight-id for a flight', () => {
    const sink = new RecordingSink();
    setOutputs(
      {
        committed: true,
        parent: flightParent('9N', 'flight-guid', 'Beta', true),
        submissionId: '7',
        status: 'CommitStarted'
      },
      sink
    );
    expect(sink.outputs['flight-id']).toBe('flight-guid');
    expect(sink.outputs['add-on-id']).toBe('');
  });

  test('sets add-on-id for an add-on', () => {
    const sink = new RecordingSink();
    setOutputs(
      { committed: true, parent: addOnParent('9NADDON', 'gems_100'), submissionId: '8', status: 'PreProcessing' },
      sink
    );
    expect(sink.outputs['add-on-id']).toBe('9NADDON');
    expect(sink.outputs['flight-id']).toBe('');
  });

  test('every output is set (empty) when nothing happened', () => {
    const sink = new RecordingSink();
    setOutputs({ committed: false }, sink);
    expect(sink.outputs).toEqual({
      'submission-id': '',
      status: '',
      'status-details': '',
      'flight-id': '',
      'add-on-id': '',
      'partner-center-url': '',
      'rollout-status': '',
      'rollout-percentage': '',
      'pending-submission-id': '',
      'pending-status': ''
    });
  });

  test('the rollout after the step, and the submission page of a flight (the flight page: its address is unknown)', () => {
    const sink = new RecordingSink();
    setOutputs(
      {
        committed: true,
        parent: flightParent('9N', 'flight-guid', 'Beta'),
        submissionId: '7',
        rollout: {
          isPackageRollout: true,
          packageRolloutPercentage: 12.5,
          packageRolloutStatus: 'PackageRolloutInProgress'
        }
      },
      sink
    );
    expect(sink.outputs['rollout-status']).toBe('PackageRolloutInProgress');
    expect(sink.outputs['rollout-percentage']).toBe('12.5');
    expect(sink.outputs['partner-center-url']).toBe('https://partner.microsoft.com/dashboard/products/9N/overview');
  });
});

describe('summaryMarkdown: release controls', () => {
  const progress: Progress = {
    parent: appParent('9NBLGGH4R315'),
    submissionId: '1152921505687000002',
    status: 'Published',
    committed: true,
    statusHistory: [
      { status: 'PendingCommit', at: '2025-05-01T12:00:00.000Z' },
      { status: 'CommitStarted', at: '2025-05-01T12:00:05.123Z' },
      { status: 'Published', at: '2025-05-01T14:30:00.000Z' }
    ],
    rollout: {
      isPackageRollout: true,
      packageRolloutPercentage: 10,
      packageRolloutStatus: 'PackageRolloutInProgress',
      fallbackSubmissionId: '1152921505687000001'
    },
    clearedRollout: {
      submissionId: '1152921505687000001',
      action: 'finalize',
      before: {
        isPackageRollout: true,
        packageRolloutPercentage: 25,
        packageRolloutStatus: 'PackageRolloutInProgress'
      },
      after: { isPackageRollout: true, packageRolloutPercentage: 100, packageRolloutStatus: 'PackageRolloutComplete' }
    },
    statusDetails: {
      errors: [],
      warnings: [{ code: 'SalesUnsupportedWarning', details: 'The sales resource type is not supported' }],
      certificationReports: [{ date: '2025-05-01T13:00:00Z', reportUrl: 'https://example.test/report/2' }]
    }
  };

  test('kind and target, each status with its time, the rollouts, the noise folded away, the submission page', () => {
    const md = summaryMarkdown(progress, { kind: 'succeeded' });
    expect(md).toContain('| Kind | app submission |');
    expect(md).toContain('| Target | app 9NBLGGH4R315 |');
    expect(md).toContain('| Status | Published |');
    expect(md).toContain(
      '| Rollout | PackageRolloutInProgress, 10 %; the others keep submission 1152921505687000001 |'
    );
    expect(md).toContain(
      '| Rollout in the way | finalized: submission 1152921505687000001 (was PackageRolloutInProgress, 25 %, now PackageRolloutComplete, 100 %) |'
    );
    expect(md).toContain('### Statuses');
    expect(md).toContain('- `PendingCommit` at 2025-05-01 12:00:00 UTC');
    expect(md).toContain('- `CommitStarted` at 2025-05-01 12:00:05 UTC');
    expect(md).toContain('- `Published` at 2025-05-01 14:30:00 UTC');
    expect(md).toMatch(/<details><summary>1 known harmless warning\(s\)[^\n]*\n\n- `SalesUnsupportedWarning`/);
    expect(md).not.toMatch(/### Warnings\n\n- `SalesUnsupportedWarning`/);
    expect(md).toContain(
      '[open](https://partner.microsoft.com/dashboard/products/9NBLGGH4R315/submissions/1152921505687000002)'
    );
    expect(md).toContain('[2025-05-01T13:00:00Z](https://example.test/report/2)');
    expect(markdownProblems(md)).toEqual([]);
  });

  test('a prepared submission says it was not committed; a rollout change says what it changed', () => {
    const prepared = summaryMarkdown(
      { parent: appParent('9N'), submissionId: '5', status: 'PendingCommit', committed: false, preparedOnly: true },
      { kind: 'succeeded' }
    );
    expect(prepared).toContain(
      '| Committed | no (commit: false): review the submission and submit it in Partner Center |'
    );
    const changed = summaryMarkdown(
      {
        parent: flightParent('9N', 'f-1', 'Beta'),
        submissionId: '6',
        status: 'Published',
        committed: false,
        operation: 'halt',
        rollout: { isPackageRollout: true, packageRolloutPercentage: 0, packageRolloutStatus: 'PackageRolloutStopped' }
      },
      { kind: 'succeeded' }
    );
    expect(changed).toContain('## ✅ Microsoft Store rollout change succeeded');
    expect(changed).toContain("| Kind | rollout halt of the package flight's published submission |");
    expect(changed).toContain('| Rollout | PackageRolloutStopped, 0 % |');
    expect(markdownProblems(prepared + changed)).toEqual([]);
  });
});

describe('report', () => {
  test('sets outputs, annotates and writes the summary', async () => {
    const sink = new RecordingSink();
    await report(failedProgress(), { kind: 'failed', message: 'boom' }, sink);
    expect(sink.outputs.status).toBe('CommitFailed');
    expect(sink.errors).toHaveLength(1);
    expect(sink.summaries).toHaveLength(1);
    expect(sink.summaries[0]).toContain('1152921505687000001');
  });

  test('a summary that cannot be written is logged, not thrown', async () => {
    const sink = new RecordingSink();
    sink.failSummary = true;
    await expect(report(failedProgress(), { kind: 'succeeded' }, sink)).resolves.toBeUndefined();
    expect(sink.infos.some((m) => m.includes('No job summary written'))).toBe(true);
  });
});

describe('the summary is valid Markdown, whatever the texts hold', () => {
  const hint = 'Fix the JSON (a YAML block scalar `|` keeps it intact); see <https://x.test/a_b> | # and *this*.';
  const outcomes: [string, Progress, Outcome, RunLink | undefined][] = [
    [
      'success, with a run link, a note and odd field names',
      {
        parent: flightParent('9N', 'f-1', '*Beta* | [x](y) `q`', false),
        submissionId: '41',
        status: 'PreProcessing',
        committed: true,
        replacedSubmissionId: '40',
        changedFields: ['listings', 'a`b|c', '<html>'],
        upload: { bytes: 3 * 1024 * 1024, seconds: 2.5 },
        note: 'The submission waits at Release: publish it in Partner Center <when> *ready*.'
      },
      { kind: 'succeeded' },
      { url: 'https://github.com/o/r/actions/runs/5', label: 'Release | #5 <main> [x]' }
    ],
    [
      'failed before any request',
      { committed: false },
      {
        kind: 'failed',
        message: `'submission-json' is not valid JSON at line 3, column 9: a comma before '}'. Line 3: \`"b": 2,}\`. ${hint}`
      },
      undefined
    ],
    [
      'failed in the Store, with odd details',
      {
        ...failedProgress(),
        statusDetails: {
          errors: [
            { code: 'InvalidArchive', details: '# heading\n| a | b |\n|---|---|\n<br> `x` 1. y' },
            { details: '> no code, a quote' },
            { code: 'a`b' }
          ],
          warnings: [{ code: 'W', details: '- a list?' }],
          certificationReports: [{ date: '[2025] *x*', reportUrl: 'https://example.test/r (1)' }]
        }
      },
      {
        kind: 'failed',
        message: 'Submission 1 of the app 9N failed: CommitFailed. See the errors below | and in Partner Center.'
      },
      undefined
    ],
    [
      'timed out',
      { parent: addOnParent('9NADD', 'gems_100'), submissionId: '7', status: 'CommitStarted', committed: true },
      { kind: 'failed', message: "Timed out after 1 min waiting for submission 7; raise 'timeout-minutes'." },
      undefined
    ],
    [
      'cancelled',
      { parent: appParent('9N'), committed: false, creating: true },
      {
        kind: 'cancelled',
        message: 'The job was cancelled. A submission was being created for the app 9N: it may exist.'
      },
      undefined
    ]
  ];

  test.each(outcomes)('%s', (_name, progress, outcome, run) => {
    const md = summaryMarkdown(progress, outcome, run);
    expect(markdownProblems(md)).toEqual([]);
    const lines = md.split('\n');
    if (outcome.message) {
      const paragraph = lines.find((line) => /^\*\*(Error|Cancelled):\*\* /.test(line)) ?? '';
      expect(plainText(paragraph.replace(/^\*\*(Error|Cancelled):\*\* /, ''))).toBe(outcome.message);
      expect(paragraph).not.toContain('\\|');
    }
    const cells: [string, string | undefined][] = [
      ['Target', progress.parent?.label],
      [
        'Submission',
        progress.submissionId ??
          (progress.creating
            ? '(unknown: a create was sent and its answer never came; check Partner Center)'
            : '(none created)')
      ],
      ['Status', progress.status ?? '(none)']
    ];
    for (const [name, value] of cells) {
      if (value === undefined) continue;
      const cell = lines.find((line) => line.startsWith(`| ${name} | `))?.slice(name.length + 5, -2) ?? '';
      expect(plainText(cell, { inCell: true })).toBe(value);
    }
    if (progress.note) expect(plainText(lines.find((l) => l.startsWith('Note: '))!.slice(6))).toBe(progress.note);
  });

  test('the Store details show as written in their list items', () => {
    const md = summaryMarkdown(outcomes[2][1], outcomes[2][2]);
    const items = md.split('\n').filter((line) => line.startsWith('- '));
    expect(plainText(items[0].slice(2))).toBe('InvalidArchive: # heading | a | b | |---|---| <br> `x` 1. y');
    expect(plainText(items[1].slice(2))).toBe('> no code, a quote');
    expect(plainText(items[2].slice(2))).toBe('a`b');
  });
});

describe('runLinkFrom', () => {
  const actions = {
    GITHUB_SERVER_URL: 'https://ghe.example.com',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_WORKFLOW: 'Release',
    GITHUB_RUN_NUMBER: '42'
  };

  test("links the run's page on the runner's server, named by workflow and run number", () => {
    expect(runLinkFrom(actions)).toEqual({
      url: 'https://ghe.example.com/octo-org/octo-repo/actions/runs/1658821493',
      label: 'Release #42'
    });
  });

  test('github.com when the server is not named', () => {
    const { GITHUB_SERVER_URL: _server, ...rest } = actions;
    expect(runLinkFrom(rest)?.url).toBe('https://github.com/octo-org/octo-repo/actions/runs/1658821493');
  });

  test('no link outside Actions: no repository, or no run ID', () => {
    const { GITHUB_REPOSITORY: _repository, ...noRepository } = actions;
    const { GITHUB_RUN_ID: _runId, ...noRunId } = actions;
    expect(runLinkFrom(noRepository)).toBeUndefined();
    expect(runLinkFrom(noRunId)).toBeUndefined();
    expect(runLinkFrom({ ...actions, GITHUB_RUN_ID: 'not-a-number' })).toBeUndefined();
  });
});
