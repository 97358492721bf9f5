import { describe, expect, test } from '@jest/globals';
import { jpegBytes, pngBytes } from '../../../__fixtures__/images.js';
import { compareFileNames, IMAGE_TYPES, imageFormat, imageTypeOf, pngSize } from '../../../src/listings/images.js';

describe('imageTypeOf', () => {
  test('matches the documented types in any case and returns the documented spelling', () => {
    expect(imageTypeOf('screenshot')).toBe('Screenshot');
    expect(imageTypeOf('STORELOGO9X16')).toBe('StoreLogo9x16');
    expect(imageTypeOf('promotionalartwork2400x1200')).toBe('PromotionalArtwork2400X1200');
    expect(imageTypeOf('Icon')).toBe('Icon');
  });

  test('knows every documented type, and not the retired or unknown ones', () => {
    expect(IMAGE_TYPES).toHaveLength(16);
    for (const type of IMAGE_TYPES) expect(imageTypeOf(type)).toBe(type);
    expect(imageTypeOf('WideIcon358X173')).toBeUndefined();
    expect(imageTypeOf('Screenshots')).toBeUndefined();
    expect(imageTypeOf('')).toBeUndefined();
  });
});

describe('imageFormat and pngSize', () => {
  test('tells PNG and JPEG by their first bytes', () => {
    expect(imageFormat(pngBytes(2, 2))).toBe('png');
    expect(imageFormat(jpegBytes())).toBe('jpeg');
    expect(imageFormat(Buffer.from('GIF89a'))).toBeUndefined();
    expect(imageFormat(Buffer.from('<svg'))).toBeUndefined();
    expect(imageFormat(Buffer.alloc(0))).toBeUndefined();
  });

  test("reads a PNG's size from its IHDR", () => {
    expect(pngSize(pngBytes(300, 300).subarray(0, 24))).toEqual({ width: 300, height: 300 });
    expect(pngSize(pngBytes(1920, 1080))).toEqual({ width: 1920, height: 1080 });
  });

  test('no size for a JPEG, a cut-off PNG, or a PNG whose first chunk is not IHDR', () => {
    expect(pngSize(jpegBytes())).toBeUndefined();
    expect(pngSize(pngBytes(300, 300).subarray(0, 20))).toBeUndefined();
    const broken = Buffer.from(pngBytes(300, 300));
    broken.write('IDAT', 12, 'latin1');
    expect(pngSize(broken)).toBeUndefined();
  });
});

describe('compareFileNames', () => {
  test('natural order: numbers by value', () => {
    const names = ['10.png', '2.png', '1.png', 'shot-10.png', 'shot-9.png', 'a.png'];
    expect([...names].sort(compareFileNames)).toEqual([
      '1.png',
      '2.png',
      '10.png',
      'a.png',
      'shot-9.png',
      'shot-10.png'
    ]);
  });

  test('leading zeros: same value, the shorter first; a fixed order, not a tie', () => {
    expect(['01.png', '1.png', '001.png'].sort(compareFileNames)).toEqual(['1.png', '01.png', '001.png']);
    expect(compareFileNames('01.png', '1.png')).not.toBe(0);
  });

  test('case-sensitive code point order otherwise, outside the BMP too', () => {
    expect(['b.png', 'B.png', 'a.png', 'É.png'].sort(compareFileNames)).toEqual(['B.png', 'a.png', 'b.png', 'É.png']);
    expect(compareFileNames('\uFFFF.png', '😀.png')).toBeLessThan(0);
  });

  test('long runs of digits do not overflow', () => {
    expect(compareFileNames('99999999999999999999.png', '100000000000000000000.png')).toBeLessThan(0);
  });
});
