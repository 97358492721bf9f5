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
import { rawZip } from './raw-zip.js';

/** The publisher whose ID is 8wekyb3d8bbwe: what the fake Store's apps expect. */
export const FAKE_STORE_PUBLISHER = 'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US';

export interface ManifestStyle {
  /** A UTF-8 BOM (default true, as Visual Studio writes). */
  bom?: boolean;
  /** UTF-16 LE with a BOM instead of UTF-8. */
  utf16?: boolean;
  /** CRLF line ends (default true). */
  crlf?: boolean;
  /** Attribute values in single quotes. */
  singleQuotes?: boolean;
  /** A namespace prefix on every element, e.g. `m` for `<m:Identity>`. */
  prefix?: string;
  /** Each Identity attribute on its own line (default true). */
  multiline?: boolean;
}

export interface PackageSpec {
  name: string;
  publisher?: string;
  version: string;
  architecture?: string;
  deviceFamilies?: string[];
  style?: ManifestStyle;
  /** Store the manifest instead of deflating it (default: deflated, as makeappx writes it). */
  storeManifest?: boolean;
  /** Bytes of payload (default 2000). */
  payloadSize?: number;
  /** A framework package (`<Framework>true</Framework>` in Properties), as Microsoft.VCLibs is. */
  framework?: boolean;
  /** Random payload bytes, stored (nothing compresses), instead of one repeated byte deflated. */
  randomPayload?: boolean;
  /** Written as makeappx streams it: every entry's CRC and sizes in a data descriptor after its data. */
  dataDescriptors?: boolean;
}

export interface BundleSpec {
  name: string;
  publisher?: string;
  version: string;
  /** Architectures of the application packages (default x64). */
  architectures?: string[];
  /** Resource packages (e.g. `scale-200`) beside them. */
  resources?: string[];
  deviceFamilies?: string[];
  /** Name the device families in the bundle manifest (newer bundles do); else only the inner manifests say. */
  familiesInBundleManifest?: boolean;
  style?: ManifestStyle;
  /** The inner packages' file names start with this (default `name`), e.g. `Windows Calculator`: stored percent-encoded, as OPC wants. */
  fileStem?: string;
  /** Write the resource packages' `<Package>` without `Type` (the bundle schema's default is resource). */
  untypedResources?: boolean;
  /** Deflate the bundle manifest (default true, as makeappx does). */
  deflateManifest?: boolean;
  /** A flat bundle: the manifest lists the packages, which sit beside it, not in it. */
  flat?: boolean;
  /** Payload bytes of each application package (default 5000), random and stored with randomPayload. */
  payloadSize?: number;
  randomPayload?: boolean;
  /** The bundle and its packages written with data descriptors, as makeappx streams them. */
  dataDescriptors?: boolean;
}

/**
 * An OPC part name as makeappx stores it in the zip (the MSIX SDK's table):
 * space ! # $ % & ' ( ) + , ; = @ [ ] ^ ` { } and every non-ASCII character
 * (as UTF-8) percent-encoded, upper-case hex.
 */
export function opcItemName(partName: string): string {
  const special = new Set(" !#$%&'()+,;=@[]^`{}");
  let out = '';
  for (const char of partName.replace(/\\/g, '/')) {
    if (special.has(char) || (char.codePointAt(0) ?? 0) > 0x7e) {
      for (const byte of Buffer.from(char, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    } else {
      out += char;
    }
  }
  return out;
}

const escape = (value: string, quote: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&apos;');

function encode(xml: string, style: ManifestStyle = {}): Buffer {
  const text = style.crlf === false ? xml : xml.replace(/\n/g, '\r\n');
  if (style.utf16) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.concat([Buffer.from(style.bom === false ? [] : [0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

function tagger(style: ManifestStyle = {}) {
  const q = style.singleQuotes ? "'" : '"';
  const p = style.prefix ? `${style.prefix}:` : '';
  const attrs = (values: Record<string, string>, indent?: string): string =>
    Object.entries(values)
      .map(([k, v]) => `${indent ? `\n${indent}` : ' '}${k}=${q}${escape(v, q)}${q}`)
      .join('');
  return { q, p, attrs };
}

export function appxManifest(spec: PackageSpec): Buffer {
  const { q, p, attrs } = tagger(spec.style);
  const identity = {
    Name: spec.name,
    Publisher: spec.publisher ?? FAKE_STORE_PUBLISHER,
    Version: spec.version,
    ProcessorArchitecture: spec.architecture ?? 'x64'
  };
  const families = (spec.deviceFamilies ?? ['Windows.Desktop'])
    .map(
      (name) =>
        `    <${p}TargetDeviceFamily${attrs({ Name: name, MinVersion: '10.0.17763.0', MaxVersionTested: '10.0.22621.0' })} />`
    )
    .join('\n');
  const ns = p ? `xmlns:${spec.style?.prefix}` : 'xmlns';
  return encode(
    `<?xml version=${q}1.0${q} encoding=${q}${spec.style?.utf16 ? 'utf-16' : 'utf-8'}${q}?>
<!-- Generated by a build; the old identity is kept for reference:
  <Identity Name="Old.Name" Publisher="CN=Someone Else" Version="9.9.9.9" /> -->
<${p}Package
  ${ns}=${q}http://schemas.microsoft.com/appx/manifest/foundation/windows10${q}
  xmlns:uap=${q}http://schemas.microsoft.com/appx/manifest/uap/windows10${q}
  xmlns:rescap=${q}http://schemas.microsoft.com/appx/manifest/foundation/windows10/restrictedcapabilities${q}
  IgnorableNamespaces=${q}uap rescap${q}>

  <${p}Identity${attrs(identity, spec.style?.multiline === false ? undefined : '    ')} />

  <${p}Properties>${
    spec.framework
      ? `
    <!-- <Framework>false</Framework> -->
    <${p}Framework>
      true
    </${p}Framework>`
      : ''
  }
    <${p}DisplayName>Contoso &amp; Co App</${p}DisplayName>
    <${p}PublisherDisplayName>Contoso</${p}PublisherDisplayName>
    <${p}Logo>Images\\StoreLogo.png</${p}Logo>
  </${p}Properties>

  <${p}Dependencies>
${families}
  </${p}Dependencies>

  <${p}Resources>
    <${p}Resource Language=${q}x-generate${q}/>
  </${p}Resources>

  <${p}Applications>
    <${p}Application Id=${q}App${q} Executable=${q}App.exe${q} EntryPoint=${q}Windows.FullTrustApplication${q}>
      <uap:VisualElements DisplayName=${q}App${q} Description=${q}a &lt;test&gt; app${q} BackgroundColor=${q}transparent${q}
        Square150x150Logo=${q}Images\\Square150x150Logo.png${q} Square44x44Logo=${q}Images\\Square44x44Logo.png${q} />
    </${p}Application>
  </${p}Applications>

  <${p}Capabilities>
    <rescap:Capability Name=${q}runFullTrust${q} />
  </${p}Capabilities>
</${p}Package>
`,
    spec.style
  );
}

function bundleManifestXml(
  spec: BundleSpec,
  files: { fileName: string; architecture?: string; resource?: string }[]
): Buffer {
  const { q, p, attrs } = tagger(spec.style);
  const identity = { Name: spec.name, Publisher: spec.publisher ?? FAKE_STORE_PUBLISHER, Version: spec.version };
  const packages = files
    .map((file) => {
      const head = file.resource
        ? attrs({
            ...(spec.untypedResources ? {} : { Type: 'resource' }),
            Version: spec.version,
            ResourceId: `split.${file.resource}`,
            FileName: file.fileName
          })
        : attrs(
            {
              Type: 'application',
              Version: spec.version,
              Architecture: file.architecture as string,
              FileName: file.fileName
            },
            '        '
          );
      const families =
        !file.resource && spec.familiesInBundleManifest
          ? `\n      <b4:Dependencies>\n${(spec.deviceFamilies ?? ['Windows.Desktop'])
              .map((name) => `        <b4:TargetDeviceFamily Name=${q}${name}${q} MinVersion=${q}10.0.17763.0${q}/>`)
              .join('\n')}\n      </b4:Dependencies>`
          : '';
      return `    <${p}Package${head}>\n      <${p}Resources><${p}Resource Language=${q}en-us${q}/></${p}Resources>${families}\n    </${p}Package>`;
    })
    .join('\n');
  const ns = p ? `xmlns:${spec.style?.prefix}` : 'xmlns';
  return encode(
    `<?xml version=${q}1.0${q} encoding=${q}UTF-8${q}?>
<${p}Bundle ${ns}=${q}http://schemas.microsoft.com/appx/2013/bundle${q}
  xmlns:b4=${q}http://schemas.microsoft.com/appx/2018/bundle${q} SchemaVersion=${q}4.0${q} IgnorableNamespaces=${q}b4${q}>
  <!-- <Identity Name="Not.This" Publisher="CN=Nobody" Version="0.0.0.1"/> -->
  <${p}Identity${attrs(identity, '    ')}/>
  <${p}Packages>
${packages}
  </${p}Packages>
</${p}Bundle>
`,
    spec.style
  );
}

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
export function yazlBuffer(files: ZipFileSpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addBuffer(file.data, file.name, { compress: file.deflate ?? false });
  zip.end({ comment: '', forceZip64Format: false });
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
    execFileSync('/usr/bin/zip', ['-q', '-X', '../out.zip', ...files.map((f) => f.name)], { cwd: join(dir, 'in') });
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
  return spec.dataDescriptors ? streamedZipBuffer(packageFiles(spec)) : yazlBuffer(packageFiles(spec));
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
  return (spec.dataDescriptors ? async (f: ZipFileSpec[]) => streamedZipBuffer(f) : yazlBuffer)([
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
