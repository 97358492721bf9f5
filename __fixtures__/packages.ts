/**
 * Test helper: MSIX-shaped packages, bundles and upload files, written the
 * untidy ways real tools write them: deflated manifests, a BOM or UTF-16,
 * CRLF, comments holding an old <Identity>, attributes over several lines,
 * single quotes, namespace prefixes, entities in the Publisher. The zips come
 * from yazl (an independent writer) or from Info-ZIP's /usr/bin/zip.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yazl from 'yazl';
import { appxManifest, bundleManifestXml, opcItemName, type BundleSpec, type PackageSpec } from './manifests.js';
import { INFO_ZIP } from './platform.js';
import { rawZip } from './raw-zip.js';

export {
  appxManifest,
  FAKE_STORE_PUBLISHER,
  opcItemName,
  type BundleSpec,
  type ManifestStyle,
  type PackageSpec
} from './manifests.js';

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.ms-appx.manifest+xml"/></Types>'
);
const blockMap = (): Buffer =>
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\r\n<BlockMap xmlns="http://schemas.microsoft.com/appx/2010/blockmap" HashMethod="http://www.w3.org/2001/04/xmlenc#sha256"></BlockMap>'
  );

export interface ZipFileSpec {
  name: string;
  data: Buffer;
  /** Deflate it (default: stored). */
  deflate?: boolean;
}

/** A zip from yazl, entries in order, each stored or deflated. */
export function yazlBuffer(files: ZipFileSpec[], options: { zip64?: boolean } = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const forceZip64Format = options.zip64 ?? false;
  for (const file of files) zip.addBuffer(file.data, file.name, { compress: file.deflate ?? false, forceZip64Format });
  zip.end({ comment: '', forceZip64Format });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** A zip written by Info-ZIP's /usr/bin/zip (deflated where it pays, UTF-8 names without the UTF-8 flag). */
export async function infoZipBuffer(files: ZipFileSpec[]): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'infozip-'));
  try {
    for (const file of files) {
      await mkdir(dirname(join(dir, 'in', file.name)), { recursive: true });
      await writeFile(join(dir, 'in', file.name), file.data);
    }
    execFileSync(INFO_ZIP, ['-q', '-X', '../out.zip', ...files.map((f) => f.name)], { cwd: join(dir, 'in') });
    return await readFile(join(dir, 'out.zip'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The files of a package, in makeappx's order: payload, manifest, block map, content types. */
export function packageFiles(spec: PackageSpec): ZipFileSpec[] {
  return [
    spec.randomPayload
      ? { name: 'App.exe', data: randomBytes(spec.payloadSize ?? 2000) }
      : { name: 'App.exe', data: Buffer.alloc(spec.payloadSize ?? 2000, 0x4d), deflate: true },
    { name: 'Images/StoreLogo.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) },
    { name: 'AppxManifest.xml', data: appxManifest(spec), deflate: !spec.storeManifest },
    { name: 'AppxBlockMap.xml', data: blockMap(), deflate: true },
    { name: '[Content_Types].xml', data: CONTENT_TYPES, deflate: true }
  ];
}

/** A zip as makeappx streams it: each entry's CRC and sizes in a data descriptor after its data. */
export function streamedZipBuffer(files: ZipFileSpec[]): Buffer {
  return rawZip(files.map((f) => ({ name: Buffer.from(f.name), data: f.data, deflate: f.deflate, flags: 0x8 })));
}

/** An .msix/.appx package. */
export async function packageBuffer(spec: PackageSpec): Promise<Buffer> {
  return spec.dataDescriptors
    ? streamedZipBuffer(packageFiles(spec))
    : yazlBuffer(packageFiles(spec), { zip64: spec.zip64 });
}

/** An .msixbundle: application packages per architecture (stored, as makeappx bundles them), resource packages, the bundle manifest. */
export async function bundleBuffer(spec: BundleSpec): Promise<Buffer> {
  const inner: { fileName: string; architecture?: string; resource?: string; data: Buffer }[] = [];
  const stem = spec.fileStem ?? spec.name;
  for (const architecture of spec.architectures ?? ['x64']) {
    const fileName = `${stem}_${spec.version}_${architecture}.msix`;
    const data = await packageBuffer({ ...spec, architecture, payloadSize: spec.payloadSize ?? 5000 });
    inner.push({ fileName, architecture, data });
  }
  for (const resource of spec.resources ?? []) {
    const fileName = `${stem}_${spec.version}_${resource}.msix`;
    const data = await packageBuffer({ ...spec, architecture: 'neutral', payloadSize: 2000, randomPayload: false });
    inner.push({ fileName, resource, data });
  }
  const write = (files: ZipFileSpec[]): Promise<Buffer> =>
    spec.dataDescriptors ? Promise.resolve(streamedZipBuffer(files)) : yazlBuffer(files, { zip64: spec.zip64 });
  return write([
    ...(spec.flat ? [] : inner.map((file) => ({ name: opcItemName(file.fileName), data: file.data }))),
    {
      name: 'AppxMetadata/AppxBundleManifest.xml',
      data: bundleManifestXml(spec, inner),
      deflate: spec.deflateManifest ?? true
    },
    { name: 'AppxBlockMap.xml', data: blockMap(), deflate: true },
    { name: '[Content_Types].xml', data: CONTENT_TYPES, deflate: true }
  ]);
}

/** An .msixupload/.appxupload: the package or bundle (stored unless `deflate`) beside its symbols file. */
export function uploadBuffer(
  inner: { fileName: string; data: Buffer },
  options: { deflate?: boolean } = {}
): Promise<Buffer> {
  const symbols = inner.fileName.replace(/\.(msix|appx)(bundle)?$/i, (_, kind: string) => `.${kind.toLowerCase()}sym`);
  return yazlBuffer([
    { name: inner.fileName, data: inner.data, deflate: options.deflate },
    { name: symbols, data: Buffer.alloc(3000, 0x53), deflate: true }
  ]);
}

/** Writes `data` to `path` (making its folder) and resolves with `path`. */
export async function writeFileAt(path: string, data: Buffer): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
  return path;
}
