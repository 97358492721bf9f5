/**
 * Test helper: an output folder laid out as msbuild writes it for a
 * packaging project built with `/p:AppxBundle=Always
 * /p:UapAppxPackageBuildMode=StoreUpload /p:AppxPackageDir=<dir>/`:
 *
 *   <dir>/<Project>_<Version>_<archs>_bundle.msixupload     (the bundle, deflated, beside its symbols)
 *   <dir>/<Project>_<Version>_Test/<Project>_<Version>_<archs>.msixbundle   (the same bundle, to sideload)
 *   <dir>/<Project>_<Version>_Test/<Project>_<Version>_<archs>.cer, Install.ps1, Add-AppDevPackage.ps1
 *   <dir>/<Project>_<Version>_Test/Dependencies/<arch>/Microsoft.VCLibs.<arch>.14.00.Desktop.appx   (frameworks)
 *   <dir>/<Project>_<Version>_Test/Dependencies/<arch>/Microsoft.WindowsAppRuntime.1.5.msix
 */
import { join } from 'node:path';
import { bundleBuffer, packageBuffer, uploadBuffer, writeFileAt } from './packages.js';

export interface BuildOutputSpec {
  /** The project's name, e.g. `ContosoNotes` (msbuild names the files after it). */
  project: string;
  /** The Identity Name in Package.appxmanifest. */
  identity: string;
  publisher?: string;
  /** Four parts, as the manifest has it: `1.2.0.0`. */
  version: string;
  architectures?: string[];
}

export interface BuildOutput {
  upload: string;
  testBundle: string;
  frameworks: string[];
}

/** Writes the folder under `dir` and returns the paths of its package files. */
export async function writeMsbuildOutput(dir: string, spec: BuildOutputSpec): Promise<BuildOutput> {
  const architectures = spec.architectures ?? ['x64'];
  const stem = `${spec.project}_${spec.version}`;
  const bundleName = `${stem}_${architectures.join('_')}.msixbundle`;
  const bundle = await bundleBuffer({
    name: spec.identity,
    publisher: spec.publisher,
    version: spec.version,
    architectures,
    resources: ['scale-200'],
    untypedResources: true,
    fileStem: spec.project
  });
  const test = join(dir, `${stem}_Test`);
  const upload = await writeFileAt(
    join(dir, `${stem}_${architectures.join('_')}_bundle.msixupload`),
    await uploadBuffer({ fileName: bundleName, data: bundle }, { deflate: true })
  );
  const testBundle = await writeFileAt(join(test, bundleName), bundle);
  await writeFileAt(join(test, `${stem}_${architectures.join('_')}.cer`), Buffer.from('0\x82\x03'));
  await writeFileAt(join(test, 'Install.ps1'), Buffer.from('# Install the app\r\n'));
  await writeFileAt(join(test, 'Add-AppDevPackage.ps1'), Buffer.from('# Add the app\r\n'));
  const frameworks: string[] = [];
  for (const architecture of architectures) {
    const vclibs = { name: 'Microsoft.VCLibs.140.00.UWPDesktop', version: '14.0.33519.0', architecture };
    const runtime = { name: 'Microsoft.WindowsAppRuntime.1.5', version: '5001.178.1908.0', architecture };
    const folder = join(test, 'Dependencies', architecture);
    frameworks.push(
      await writeFileAt(
        join(folder, `Microsoft.VCLibs.${architecture}.14.00.Desktop.appx`),
        await packageBuffer({ ...vclibs, framework: true })
      ),
      await writeFileAt(
        join(folder, 'Microsoft.WindowsAppRuntime.1.5.msix'),
        await packageBuffer({ ...runtime, framework: true })
      )
    );
  }
  return { upload, testBundle, frameworks };
}
