// Benchmark: reading an upload file whose bundle is stored, or deflated, as package mode does before any request.
//
//   npm run bench:read-package -- [--package-mib 100] [--count 3] [--rounds 3]
//
// Writes, with Info-ZIP, `count` packages of `package-mib` MiB (AES-CTR random bytes, stored, and an
// AppxManifest.xml) under percent-encoded names, a bundle of them (`zip -0`) whose manifest does not name device
// families (so each package's own manifest is read, as for older bundles), and two upload files holding it:
// stored (`zip -0`) and deflated (`zip -1`). Each round reads both with readPackage (src/packages compiled with tsc),
// each in its own process: wall and CPU time, bytes read from the file, peak RSS (VmHWM). Everything is deleted at the
// end (KEEP_BENCH=1 keeps it and prints where).
import { execFileSync } from 'node:child_process';
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MiB = 1024 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PUBLISHER = 'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US';
const ARCHITECTURES = ['x86', 'x64', 'arm64', 'arm'];

function parseArgs(argv) {
  const args = { packageMiB: 100, count: 3, rounds: 3 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => Number(inline ?? argv[++i]);
    if (flag === '--package-mib') args.packageMiB = value();
    else if (flag === '--count') args.count = value();
    else if (flag === '--rounds') args.rounds = value();
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!(args.count >= 1 && args.count <= ARCHITECTURES.length)) throw new Error('--count: 1 to 4');
  return args;
}

function random(size) {
  const cipher = createCipheriv('aes-128-ctr', randomBytes(16), randomBytes(16));
  return cipher.update(Buffer.alloc(size));
}

function makeUploads(work, { packageMiB, count }) {
  const bundleDir = join(work, 'bundle');
  mkdirSync(join(bundleDir, 'AppxMetadata'), { recursive: true });
  const listed = [];
  for (const architecture of ARCHITECTURES.slice(0, count)) {
    const parts = join(work, `parts-${architecture}`);
    mkdirSync(parts);
    writeFileSync(join(parts, 'App.dll'), random(packageMiB * MiB));
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

const CHILD = `
const [build, path] = process.argv.slice(1);
const { readPackage } = await import(build + '/packages/read.js');
const { openFileAccess } = await import(build + '/zip/access.js');
let bytes = 0;
const open = async (p) => { const f = await openFileAccess(p); return { size: f.size, close: () => f.close(), read: (at, n) => { bytes += n; return f.read(at, n); } }; };
const started = performance.now();
const cpu = process.cpuUsage();
const info = await readPackage(path, open);
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const hwm = Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
console.log(JSON.stringify({ seconds, cpuSeconds, bytes, size: info.size, targets: info.targets.length, hwm }));
`.replace("require('fs')", "(await import('node:fs'))");

const args = parseArgs(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'bench-read-package-'));
try {
  const build = join(work, 'build');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      ...['src/packages/read.ts', '--outDir', build, '--rootDir', 'src', '--module', 'NodeNext'],
      ...['--moduleResolution', 'NodeNext', '--target', 'ES2022', '--types', 'node', '--skipLibCheck', '--strict']
    ],
    { cwd: root, stdio: 'inherit' }
  );
  console.log(`Node ${process.version}. Writing ${args.count} × ${args.packageMiB} MiB packages...`);
  makeUploads(work, args);
  const rows = [];
  for (let round = 1; round <= args.rounds; round++) {
    for (const kind of round % 2 ? ['stored', 'deflated'] : ['deflated', 'stored']) {
      const out = execFileSync(process.execPath, [
        '--input-type=module',
        '-e',
        CHILD,
        build,
        join(work, `${kind}.msixupload`)
      ]);
      const result = JSON.parse(out.toString());
      if (result.targets !== args.count) throw new Error(`read ${result.targets} targets, not ${args.count}`);
      rows.push({ kind, ...result });
      console.log(
        `round ${round} ${kind}: ${result.seconds.toFixed(2)} s (CPU ${result.cpuSeconds.toFixed(2)} s), read ${(result.bytes / MiB).toFixed(1)} MiB of ${(result.size / MiB).toFixed(1)} MiB, peak RSS ${result.hwm.toFixed(0)} MiB`
      );
    }
  }
  for (const kind of ['stored', 'deflated']) {
    const times = rows
      .filter((r) => r.kind === kind)
      .map((r) => r.seconds)
      .sort((a, b) => a - b);
    console.log(`${kind}: median ${times[Math.floor(times.length / 2)].toFixed(2)} s`);
  }
} finally {
  if (process.env.KEEP_BENCH) console.log(work);
  else rmSync(work, { recursive: true, force: true });
}
