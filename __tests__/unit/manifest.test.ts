import { appxManifest, FAKE_STORE_PUBLISHER } from '../../__fixtures__/packages.js';
import {
  compareVersions,
  ManifestError,
  readBundleManifest,
  readPackageManifest,
  versionParts
} from '../../src/packages/manifest.js';
import { attributeValue, decodeXmlBytes, parseXml, XmlError } from '../../src/packages/xml.js';

const publisher = 'CN=Contoso Software, O=Contoso & Co, L=Redmond, S=Washington, C=US';

describe('parseXml', () => {
  test('skips the declaration, comments holding markup, CDATA and a DOCTYPE', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY e "v"> ]>\n<!-- <Identity Name="no"/> -->\n<a><![CDATA[<b/>]]><c x="1"/></a>'
    );
    expect(root).toEqual({
      name: 'a',
      attributes: {},
      children: [{ name: 'c', attributes: { x: '1' }, children: [], text: '' }],
      text: ''
    });
  });

  test('reads attributes over several lines, in either quote, with > inside, prefixes on elements', () => {
    const root = parseXml('<m:Root\r\n  a=\'x > y\'\n\tb="it\'s"\n  m:c = "z"  >text</m:Root>');
    expect(root.name).toBe('Root');
    expect(root.attributes).toEqual({ a: 'x > y', b: "it's", 'm:c': 'z' });
  });

  test('decodes entities and normalises whitespace in attribute values', () => {
    expect(attributeValue('O=Contoso &amp; Co, &lt;x&gt; &quot;q&quot; &apos;a&apos; &#65;&#x42;')).toBe(
      `O=Contoso & Co, <x> "q" 'a' AB`
    );
    expect(attributeValue('a\r\nb\tc')).toBe('a b c');
    expect(attributeValue('&unknown;')).toBe('&unknown;');
  });

  test.each([
    ['a truncated document', '<a><b x="1">', /ends before <\/b>/],
    ['a tag cut off', '<a><b x="1', /malformed or cut off/],
    ['a mismatched end tag', '<a><b></c></a>', /does not close <b>/],
    ['an unclosed comment', '<a><!-- x', /never closed/],
    ['no element at all', '<?xml version="1.0"?>', /no element/],
    ['two roots', '<a/><b/>', /second root/]
  ])('refuses %s', (_, text, message) => {
    expect(() => parseXml(text)).toThrow(XmlError);
    expect(() => parseXml(text)).toThrow(message);
  });
});

describe('decodeXmlBytes', () => {
  const text = '<a b="Ü"/>';
  test.each([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le')]
  ])('%s', (_, bytes) => {
    expect(decodeXmlBytes(bytes)).toBe(text);
  });

  test('bytes that are not UTF-8 are refused', () => {
    expect(() => decodeXmlBytes(Buffer.from([0x3c, 0x61, 0xff, 0x3e]))).toThrow(/neither UTF-8 nor UTF-16/);
  });
});

describe('readPackageManifest', () => {
  const spec = { name: 'Contoso.App', publisher, version: '1.2.3.0', architecture: 'x64' };
  const expected = {
    identity: { name: 'Contoso.App', publisher, version: '1.2.3.0', architecture: 'x64' },
    deviceFamilies: ['Windows.Desktop', 'Windows.Universal'],
    framework: false
  };
  const families = ['Windows.Desktop', 'Windows.Universal'];

  test.each([
    ['Visual Studio style (BOM, CRLF, multi-line attributes, comment holding an old Identity)', {}],
    ['no BOM, LF', { bom: false, crlf: false }],
    ['UTF-16 with BOM', { utf16: true }],
    ['single quotes', { singleQuotes: true }],
    ['a namespace prefix on every element', { prefix: 'm' }],
    ['attributes on one line', { multiline: false }]
  ])('reads the identity as written: %s', (_, style) => {
    expect(readPackageManifest(appxManifest({ ...spec, deviceFamilies: families, style }))).toEqual(expected);
  });

  test('a missing ProcessorArchitecture is neutral', () => {
    const xml = '<Package><Identity Name="A" Publisher="CN=B" Version="1.0.0.0"/></Package>';
    expect(readPackageManifest(Buffer.from(xml)).identity.architecture).toBe('neutral');
  });

  test.each([
    ['no Identity', '<Package><Properties/></Package>', /no <Identity>/],
    ['no Publisher', '<Package><Identity Name="A" Version="1.0.0.0"/></Package>', /has no Publisher/],
    ['a bad version', '<Package><Identity Name="A" Publisher="CN=B" Version="1.0"/></Package>', /not a\.b\.c\.d/],
    [
      'another root',
      '<Bundle><Identity Name="A" Publisher="CN=B" Version="1.0.0.0"/></Bundle>',
      /<Bundle> where <Package>/
    ],
    ['truncated XML', '<Package><Identity Name="A" Publisher="CN=B" Version="1.0.0.0"/>', /not readable XML/]
  ])('refuses a manifest with %s', (_, xml, message) => {
    expect(() => readPackageManifest(Buffer.from(xml))).toThrow(ManifestError);
    expect(() => readPackageManifest(Buffer.from(xml))).toThrow(message);
  });
});

describe('readBundleManifest', () => {
  const xml = `\ufeff<?xml version="1.0" encoding="UTF-8"?>
<Bundle xmlns="http://schemas.microsoft.com/appx/2013/bundle" xmlns:b4="http://schemas.microsoft.com/appx/2018/bundle">
  <!-- <Identity Name="Wrong" Publisher="CN=Wrong" Version="9.9.9.9"/> -->
  <Identity Name="Contoso.App"
            Publisher="${FAKE_STORE_PUBLISHER}"
            Version="2.0.0.0"/>
  <Packages>
    <Package Type="application" Version="2.0.0.0" Architecture="x64" FileName="App_x64.msix" Offset="61" Size="100">
      <Resources><Resource Language="en-us"/></Resources>
      <b4:Dependencies><b4:TargetDeviceFamily Name="Windows.Desktop" MinVersion="10.0.17763.0"/></b4:Dependencies>
    </Package>
    <Package Type='application' Version='2.0.0.0' Architecture='ARM64' FileName='App_arm64.msix'/>
    <Package Type="resource" Version="2.0.0.0" ResourceId="split.scale-200" FileName="App_scale-200.msix"/>
  </Packages>
</Bundle>`;

  test('reads the identity and the packages with their type, architecture, version, file name and device families', () => {
    expect(readBundleManifest(Buffer.from(xml))).toEqual({
      identity: { name: 'Contoso.App', publisher: FAKE_STORE_PUBLISHER, version: '2.0.0.0' },
      packages: [
        {
          type: 'application',
          architecture: 'x64',
          version: '2.0.0.0',
          fileName: 'App_x64.msix',
          deviceFamilies: ['Windows.Desktop']
        },
        {
          type: 'application',
          architecture: 'arm64',
          version: '2.0.0.0',
          fileName: 'App_arm64.msix',
          deviceFamilies: []
        },
        {
          type: 'resource',
          architecture: 'neutral',
          version: '2.0.0.0',
          fileName: 'App_scale-200.msix',
          deviceFamilies: []
        }
      ]
    });
  });

  test('a bundle without an application package is refused', () => {
    const only =
      '<Bundle><Identity Name="A" Publisher="CN=B" Version="1.0.0.0"/><Packages><Package Type="resource" Version="1.0.0.0" FileName="r.msix"/></Packages></Bundle>';
    expect(() => readBundleManifest(Buffer.from(only))).toThrow(/no application package/);
  });
});

describe('versions', () => {
  test('versionParts reads a.b.c.d with parts up to 65535', () => {
    expect(versionParts('1.2.3.4')).toEqual([1, 2, 3, 4]);
    expect(versionParts('65535.0.0.0')).toEqual([65535, 0, 0, 0]);
    expect(versionParts('65536.0.0.0')).toBeUndefined();
    expect(versionParts('1.2.3')).toBeUndefined();
  });

  test('compareVersions compares part by part, as numbers', () => {
    expect(compareVersions('1.10.0.0', '1.9.0.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0.0', '1.0.0.0')).toBe(0);
    expect(compareVersions('1.0.0.0', '1.0.0.1')).toBeLessThan(0);
    expect(compareVersions('garbage', '0.0.0.0')).toBeLessThan(0);
  });
});
