// Benchmark: reading an upload file whose bundle is stored, or deflated, as package mode does before any request.
//
//   npm run bench:read-package -- [--package-mib 100] [--count 3] [--rounds 3]      (--help)
//
// Writes, with Info-ZIP, `count` packages of `package-mib` MiB (AES-CTR random bytes, stored, and an
// AppxManifest.xml) under percent-encoded names, a bundle of them (`zip -0`) whose manifest does not name device
// families (so each package's own manifest is read, as for older bundles), and two upload files holding it:
// stored (`zip -0`) and deflated (`zip -1`). Each round reads both with readPackage (src/packages compiled with tsc),
// each in its own process: wall and CPU time, bytes read from the file, peak RSS (VmHWM). Everything is deleted at the
// end (KEEP_BENCH=1 keeps it and prints where).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOptions, wholeNumber } from './lib/cli.mjs';
import { compileSources, MiB, tempFolder, writeRandom } from './lib/files.mjs';
import { runChild } from './lib/processes.mjs';
import { machine, median } from './lib/report.mjs';

const PUBLISHER = 'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US';
const ARCHITECTURES = ['x86', 'x64', 'arm64', 'arm'];

function parseArgs(argv) {
  return parseOptions(argv, {
    command: 'npm run bench:read-package --',
    what: `Reads an upload file whose bundle is stored (zip -0), then one whose bundle is deflated (zip -1), with
readPackage as package mode does before any request, each in its own process: wall and CPU seconds, bytes read
from the file, peak RSS. KEEP_BENCH=1 keeps the files it writes and prints where. Needs zip.`,
    options: {
      'package-mib': { type: 'number', default: 100, help: "each package's size in MiB" },
      count: {
        type: 'number',
        default: 3,
        help: 'packages in the bundle',
        check: wholeNumber(1, ARCHITECTURES.length)
      },
      rounds: { type: 'number', default: 3, help: 'rounds (each reads both files)', check: wholeNumber(1) }
    }
  });
}

async function makeUploads(work, { packageMib, count }) {
  const bundleDir = join(work, 'bundle');
  mkdirSync(join(bundleDir, 'AppxMetadata'), { recursive: true });
  const listed = [];
  for (const architecture of ARCHITECTURES.slice(0, count)) {
    const parts = join(work, `parts-${architecture}`);
    mkdirSync(parts);
    await writeRandom(join(parts, 'App.dll'), packageMib * MiB);
    writeFileSync(
      join(parts, 'AppxManifest.xml'),
      `\ufeff<?xml version="1.0" encoding="utf-8"?>\r\n<Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10">\r\n  <Identity Name="Contoso.App"\r\n    Publisher="${PUBLISHER}"\r\n    Version="1.0.0.0" ProcessorArchitecture="${architecture}"/>\r\n  <Dependencies><TargetDeviceFamily Name="Windows.Desktop" MinVersion="10.0.17763.0"/></Dependencies>\r\n</Package>\r\n`
    );
    const name = `Contoso App_1.0.0.0_${architecture}.msix`;
    execFileSync('zip', ['-q', '-X', '-0', join(bundleDir, name.replace(' ', '%20')), 'App.dll'], { cwd: parts });
    execFileSync('zip', ['-q', '-X', join(bundleDir, name.replace(' ', '%20')), 'AppxManifest.xml'], { cwd: parts });
    rmSync(parts, { recursive: true });
    listed.push(`<Package Type="application" Version="1.0.0.0" Architecture="${architecture}" FileName="${name}"/>`);
  }
  writeFileSync(
    join(bundleDir, 'AppxMetadata', 'AppxBundleManifest.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\r\n<Bundle xmlns="http://schemas.microsoft.com/appx/2013/bundle" SchemaVersion="2.0">\r\n  <Identity Name="Contoso.App" Publisher="${PUBLISHER}" Version="1.0.0.0"/>\r\n  <Packages>${listed.join('')}</Packages>\r\n</Bundle>\r\n`
  );
  execFileSync('sh', ['-c', `zip -q -X -0 ../App.msixbundle *.msix AppxMetadata/AppxBundleManifest.xml`], {
    cwd: bundleDir
  });
  rmSync(bundleDir, { recursive: true });
  for (const [kind, level] of [
    ['stored', '-0'],
    ['deflated', '-1']
  ]) {
    execFileSync('zip', ['-q', '-X', level, `${kind}.msixupload`, 'App.msixbundle'], { cwd: work });
  }
  rmSync(join(work, 'App.msixbundle'));
}

const args = parseArgs(process.argv.slice(2));
const work = tempFolder('bench-read-package-');
try {
  const build = join(work.path, 'build');
  compileSources(['src/packages/read.ts'], build);
  console.log(`${machine()}. Writing ${args.count} × ${args.packageMib} MiB packages...`);
  await makeUploads(work.path, args);
  const rows = [];
  for (let round = 1; round <= args.rounds; round++) {
    for (const kind of round % 2 ? ['stored', 'deflated'] : ['deflated', 'stored']) {
      const result = await runChild('read-package-child.mjs', {
        method: kind,
        build,
        path: join(work.path, `${kind}.msixupload`)
      });
      if (result.targets !== args.count) throw new Error(`read ${result.targets} targets, not ${args.count}`);
      rows.push({ kind, ...result });
      console.log(
        `round ${round} ${kind}: ${result.seconds.toFixed(2)} s (CPU ${result.cpuSeconds.toFixed(2)} s), read ${(result.bytes / MiB).toFixed(1)} MiB of ${(result.size / MiB).toFixed(1)} MiB, peak RSS ${result.maxRssMiB.toFixed(0)} MiB`
      );
    }
  }
  for (const kind of ['stored', 'deflated']) {
    const times = rows.filter((r) => r.kind === kind).map((r) => r.seconds);
    console.log(`${kind}: median ${median(times).toFixed(2)} s`);
  }
} finally {
  if (process.env.KEEP_BENCH) console.log(work.path);
  else work.remove();
}
