/**
 * A small, tolerant XML reader for package manifests as makeappx and Visual
 * Studio write them: UTF-8 with or without a BOM, UTF-16 with a BOM, an XML
 * declaration, comments (which may hold markup), attributes over several
 * lines in single or double quotes, entities, namespace prefixes. It builds
 * a tree of elements, their attributes and their own text (a manifest's
 * identity is in attributes; a few properties, such as `<Framework>`, are
 * text). Pure; no DTDs, no namespace URIs.
 */

export class XmlError extends Error {}

export interface XmlElement {
  /** The local name: `Identity` for `<Identity>` and `<b4:Identity>` alike. */
  name: string;
  /** Attribute values by name as written (prefix included), entities decoded. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (not its children's), entities decoded; CDATA and comments left out. */
  text: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of an XML file, from its BOM (UTF-8, UTF-16 LE/BE) or, without one, its first bytes. */
export function decodeXmlBytes(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return bytes.toString('utf16le');
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return Buffer.from(bytes).swap16().toString('utf16le');
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new XmlError('it is neither UTF-8 nor UTF-16');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character and entity references replaced by what they stand for. */
function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** An attribute value as XML reads it: line breaks and tabs become spaces, then entities are decoded. */
export function attributeValue(raw: string): string {
  return decodeEntities(raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' '));
}

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(':') + 1);

const NAME = /[^\s/>=]+/y;
const ATTRIBUTE = /\s+([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;

/** Skips a comment, processing instruction, CDATA or DOCTYPE at `at`; where the text goes on, or undefined. */
function skipMarkup(text: string, at: number): number | undefined {
  const skipTo = (close: string, from: number, what: string): number => {
    const end = text.indexOf(close, from);
    if (end < 0) throw new XmlError(`a ${what} is never closed (truncated?)`);
    return end + close.length;
  };
  if (text.startsWith('<!--', at)) return skipTo('-->', at + 4, 'comment');
  if (text.startsWith('<?', at)) return skipTo('?>', at + 2, 'processing instruction');
  if (text.startsWith('<![CDATA[', at)) return skipTo(']]>', at + 9, 'CDATA section');
  if (text.startsWith('<!', at)) {
    const subset = text.indexOf('[', at);
    const close = text.indexOf('>', at);
    return subset >= 0 && subset < close
      ? skipTo('>', skipTo(']', subset, 'DOCTYPE'), 'DOCTYPE')
      : skipTo('>', at, 'DOCTYPE');
  }
  return undefined;
}

/** Reads a start tag at `at` (just after `<`): the element, whether it closes itself, and where the text goes on. */
function readStartTag(text: string, at: number): { element: XmlElement; empty: boolean; next: number } {
  NAME.lastIndex = at;
  const name = NAME.exec(text);
  if (!name) throw new XmlError(`a tag without a name at character ${at}`);
  const element: XmlElement = { name: localName(name[0]), attributes: {}, children: [], text: '' };
  let next = NAME.lastIndex;
  for (;;) {
    ATTRIBUTE.lastIndex = next;
    const attribute = ATTRIBUTE.exec(text);
    if (!attribute) break;
    element.attributes[attribute[1]] = attributeValue(attribute[2] ?? attribute[3]);
    next = ATTRIBUTE.lastIndex;
  }
  TAG_END.lastIndex = next;
  const end = TAG_END.exec(text);
  if (!end) throw new XmlError(`the tag <${name[0]}> is malformed or cut off at character ${next}`);
  return { element, empty: end[1] === '/', next: TAG_END.lastIndex };
}

/** The root element of the document. */
export function parseXml(text: string): XmlElement {
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  let at = 0;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0) break;
    if (open.length > 0 && lt > at) open[open.length - 1].text += decodeEntities(text.slice(at, lt));
    const skipped = skipMarkup(text, lt);
    if (skipped !== undefined) {
      at = skipped;
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt);
      const name = localName(text.slice(lt + 2, end < 0 ? undefined : end).trim());
      const top = open.pop();
      if (end < 0 || !top || top.name !== name) {
        throw new XmlError(`</${name}> does not close ${top ? `<${top.name}>` : 'any element'}`);
      }
      at = end + 1;
    } else {
      const { element, empty, next } = readStartTag(text, lt + 1);
      if (open.length > 0) open[open.length - 1].children.push(element);
      else if (!root) root = element;
      else throw new XmlError(`a second root element <${element.name}>`);
      if (!empty) open.push(element);
      at = next;
    }
  }
  if (!root) throw new XmlError('it holds no element');
  if (open.length > 0) throw new XmlError(`it ends before </${open[open.length - 1].name}> (truncated?)`);
  return root;
}

/** An attribute by local name, an unprefixed one first. */
export function attribute(element: XmlElement, name: string): string | undefined {
  if (name in element.attributes) return element.attributes[name];
  const prefixed = Object.keys(element.attributes).find((key) => localName(key) === name && key.includes(':'));
  return prefixed === undefined ? undefined : element.attributes[prefixed];
}

/** The element's children with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
