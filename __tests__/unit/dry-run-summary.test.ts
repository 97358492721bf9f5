/** A dry run's job summary lists what it would publish, as its log does: identity, version, architectures, size. */
import { markDryRun } from '../../src/msix/lifecycle/dry-run.js';
import { packagesTable } from '../../src/packages/describe.js';
import type { Progress } from '../../src/msix/lifecycle/types.js';
import { summaryMarkdown as reportMarkdown, type Outcome } from '../../src/run/report.js';
import { msixReport } from '../../src/msix/outcome.js';

const summaryMarkdown = (progress: Progress, outcome: Outcome): string => reportMarkdown(msixReport(progress), outcome);
import { info } from './package-helpers.js';

const bundle = {
  ...info('Contoso.App', '1.2.0.0', [{ architecture: 'x64' }, { architecture: 'arm64', version: '1.2.0.1' }]),
  size: 3 * 1024 * 1024 + 200 * 1024
};
const msix = { ...info('Contoso.App', '1.3.0.0', [{ architecture: 'x86' }]), fileName: 'App_x86|1.msix', size: 512 };

test('packagesTable: one row per package, cells escaped (a leading 1. cannot open a list)', () => {
  expect(packagesTable([bundle, msix])).toEqual([
    '| File | Identity | Version | Architectures | Size |',
    '|---|---|---|---|---|',
    `| Contoso.App_1.2.0.0.msixupload (upload) | Contoso.App (family name ${bundle.familyName}) | 1\\.2.0.0 | x64, arm64 1.2.0.1 | 3\\.2 MiB |`,
    `| App_x86\\|1.msix (upload) | Contoso.App (family name ${msix.familyName}) | 1\\.3.0.0 | x86 | 512 bytes |`
  ]);
});

test("a dry run's summary lists the packages it would publish; a real run's has no such section", () => {
  const progress: Progress = { committed: false };
  markDryRun(progress, { packages: [bundle] });
  const markdown = summaryMarkdown(progress, { kind: 'succeeded' });
  expect(markdown).toContain('dry run: nothing changed');
  expect(markdown).toContain('### Packages it would publish\n\n| File | Identity | Version | Architectures | Size |');
  expect(markdown).toContain('| x64, arm64 1.2.0.1 | 3\\.2 MiB |');
  expect(summaryMarkdown({ committed: false }, { kind: 'succeeded' })).not.toContain('would publish');
});
