/**
 * Test helper: the XML of package and bundle manifests, written the untidy
 * ways real tools write them: a BOM or UTF-16, CRLF, comments holding an old
 * <Identity>, attributes over several lines, single quotes, namespace
 * prefixes, entities in the Publisher; and part names percent-encoded as
 * OPC stores them. The zips are in packages.ts.
 */
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
  /** ZIP64 headers and end records throughout, as makeappx writes them (yazl; not with dataDescriptors). */
  zip64?: boolean;
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
  /** The bundle and its packages with ZIP64 headers and end records, as makeappx writes them. */
  zip64?: boolean;
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

export function bundleManifestXml(
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
