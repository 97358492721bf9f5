import { FAKE_STORE_PUBLISHER } from '../../__fixtures__/packages.js';
import { packageFamilyName, publisherId } from '../../src/packages/publisher-id.js';

describe('publisherId', () => {
  test("Microsoft's publisher gives 8wekyb3d8bbwe", () => {
    expect(publisherId('CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US')).toBe(
      '8wekyb3d8bbwe'
    );
    expect(FAKE_STORE_PUBLISHER).toBe(
      'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US'
    );
  });

  test('is 13 characters of the alphabet, and differs for another publisher', () => {
    const id = publisherId('CN=Contoso Software, O=Contoso & Co, C=US');
    expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{13}$/);
    expect(id).not.toBe('8wekyb3d8bbwe');
    expect(publisherId('CN=Contoso')).not.toBe(publisherId('CN=contoso'));
  });

  test('packageFamilyName joins the name and the publisher ID', () => {
    expect(packageFamilyName('Microsoft.WindowsCalculator', FAKE_STORE_PUBLISHER)).toBe(
      'Microsoft.WindowsCalculator_8wekyb3d8bbwe'
    );
  });
});
