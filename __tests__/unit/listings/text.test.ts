import { describe, expect, test } from '@jest/globals';
import {
  characterCount,
  decodeText,
  normaliseText,
  NotUtf8Error,
  textLines,
  wordCount
} from '../../../src/listings/text.js';

describe('decodeText', () => {
  test('drops a UTF-8 BOM and keeps the rest', () => {
    expect(decodeText(Buffer.from('\uFEFFÜbersicht 日本語', 'utf8'))).toBe('Übersicht 日本語');
  });

  test('keeps a BOM-like character that is not at the start', () => {
    expect(decodeText(Buffer.from('a\uFEFFb', 'utf8'))).toBe('a\uFEFFb');
  });

  test('refuses UTF-16 (as Notepad saves "Unicode") in either byte order', () => {
    expect(() => decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi', 'utf16le')]))).toThrow(
      NotUtf8Error
    );
    expect(() => decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x68]))).toThrow(/UTF-16/);
  });

  test('refuses bytes that are not UTF-8 (a Windows-1252 file)', () => {
    expect(() => decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toThrow(/not valid UTF-8/);
  });

  test('an empty file is empty text', () => {
    expect(decodeText(Buffer.alloc(0))).toBe('');
  });
});

describe('normaliseText', () => {
  test('trims the trailing newline, LF or CRLF, and blank lines after it', () => {
    expect(normaliseText('Hello\n')).toBe('Hello');
    expect(normaliseText('Hello\r\n')).toBe('Hello');
    expect(normaliseText('Hello\r\n\r\n\n')).toBe('Hello');
  });

  test('keeps inner newlines as \\n, whatever the file used', () => {
    expect(normaliseText('One\r\nTwo\r\n\r\nThree\r\n')).toBe('One\nTwo\n\nThree');
    expect(normaliseText('One\rTwo\n')).toBe('One\nTwo');
  });

  test('keeps spaces, tabs and leading blank lines as written', () => {
    expect(normaliseText('\n  indented\ttext  \n')).toBe('\n  indented\ttext  ');
  });
});

describe('textLines', () => {
  test('one item per non-empty line, no stray \\r, spaces around items trimmed', () => {
    expect(textLines('Fast\r\n\r\n  Small  \r\nFree\r\n')).toEqual(['Fast', 'Small', 'Free']);
    expect(textLines('a\rb\n\n\nc')).toEqual(['a', 'b', 'c']);
  });

  test('an empty or blank file is an empty list', () => {
    expect(textLines('')).toEqual([]);
    expect(textLines('\r\n  \r\n')).toEqual([]);
  });
});

describe('characterCount and wordCount', () => {
  test('counts code points: an emoji or a supplementary CJK character is one', () => {
    expect(characterCount('a😀𠀋')).toBe(3);
    expect('a😀𠀋'.length).toBe(5);
    expect(characterCount('é')).toBe(1);
    expect(characterCount('')).toBe(0);
  });

  test('words are runs of non-space characters', () => {
    expect(wordCount('photo  editor')).toBe(2);
    expect(wordCount(' raw ')).toBe(1);
    expect(wordCount('')).toBe(0);
  });
});
