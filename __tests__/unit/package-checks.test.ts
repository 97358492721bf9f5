import { FAKE_STORE_PUBLISHER } from '../../__fixtures__/packages.js';
import { ActionError } from '../../src/errors.js';
import { appIdentityOf, checkIdentity, checkVersions } from '../../src/packages/checks.js';
import { publisherId } from '../../src/packages/publisher-id.js';
import { info } from './package-helpers.js';

const app = appIdentityOf('app 9NBLGGH4R315', {
  id: '9NBLGGH4R315',
  packageFamilyName: 'FakePublisher.App_8wekyb3d8bbwe',
  packageIdentityName: 'FakePublisher.App'
});

function failure(run: () => void): string {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ActionError);
  const line = (caught as ActionError).oneLine();
  expect(line).not.toMatch(/[\r\n]/);
  return line;
}

describe('checkIdentity', () => {
  test('a package with the app family name passes', () => {
    expect(checkIdentity(info('FakePublisher.App', '1.0.0.0'), app)).toBe(true);
  });

  test('the identity name compares without case, like Windows', () => {
    expect(checkIdentity(info('fakepublisher.app', '1.0.0.0'), app)).toBe(true);
  });

  test('another identity name fails, naming the file, what it holds and what the app expects', () => {
    const line = failure(() => checkIdentity(info('Contoso.App', '1.2.0.0'), app));
    expect(line).toContain('/ws/out/Contoso.App_1.2.0.0.msixupload');
    expect(line).toContain('Contoso.App_8wekyb3d8bbwe');
    expect(line).toContain(FAKE_STORE_PUBLISHER);
    expect(line).toContain('version 1.2.0.0');
    expect(line).toContain('app 9NBLGGH4R315 expects family name FakePublisher.App_8wekyb3d8bbwe');
    expect(line).toContain('identity name is Contoso.App, not FakePublisher.App');
    expect(line).toMatch(/Product identity/);
  });

  test('another publisher fails, naming both publisher IDs', () => {
    const other = 'CN=Contoso Software, O=Contoso & Co, C=US';
    const line = failure(() => checkIdentity(info('FakePublisher.App', '1.0.0.0', undefined, other), app));
    expect(line).toContain(`publisher ID ${publisherId(other)}, not 8wekyb3d8bbwe`);
    expect(line).toContain(`family name FakePublisher.App_${publisherId(other)}`);
    expect(line).not.toContain('identity name is');
  });

  test('an app without family name fields is not checked', () => {
    expect(checkIdentity(info('Anything', '1.0.0.0'), appIdentityOf('app X', { id: 'X' }))).toBe(false);
  });

  test('with only packageFamilyName, the name is its part before the last _', () => {
    const only = appIdentityOf('app X', { packageFamilyName: 'FakePublisher.App_8wekyb3d8bbwe' });
    expect(checkIdentity(info('FakePublisher.App', '1.0.0.0'), only)).toBe(true);
    expect(failure(() => checkIdentity(info('FakePublisher.Other', '1.0.0.0'), only))).toContain(
      'not FakePublisher.App'
    );
  });
});

describe('checkVersions', () => {
  const existing = [
    { id: '1', fileName: 'App_1.1.0.0_x64.msix', version: '1.1.0.0', architecture: 'X64' },
    { id: '2', fileName: 'App_1.5.0.0_x86.msix', version: '1.5.0.0', architecture: 'x86' },
    { id: '3', fileName: 'App_2.0.0.0_neutral.appx', version: '2.0.0.0', architecture: 'Neutral' },
    { id: '4', fileName: 'App_1.0.0.0.msixbundle', version: '1.0.0.0', architecture: 'Arm64, X64' }
  ];

  test('a higher version than every package of its architecture passes', () => {
    expect(() => checkVersions(info('A', '1.2.0.0'), existing, 'last published submission')).not.toThrow();
    expect(() => checkVersions(info('A', '1.0.0.1', [{ architecture: 'arm64' }]), existing, 'x')).not.toThrow();
  });

  test('an architecture nobody has yet passes at any version', () => {
    expect(() => checkVersions(info('A', '0.0.1.0', [{ architecture: 'arm' }]), existing, 'x')).not.toThrow();
  });

  test('the same version fails, naming both packages', () => {
    const line = failure(() => checkVersions(info('A', '1.1.0.0'), existing, 'last published submission'));
    expect(line).toContain('version 1.1.0.0 for x64');
    expect(line).toContain('last published submission already has App_1.1.0.0_x64.msix, version 1.1.0.0 for x64');
  });

  test('a bundle counts for each architecture it holds', () => {
    const bundle = info('A', '1.4.0.0', [{ architecture: 'x64' }, { architecture: 'x86' }]);
    expect(failure(() => checkVersions(bundle, existing, 'x'))).toContain('version 1.5.0.0 for x86');
  });

  test('neutral compares with neutral only', () => {
    expect(() => checkVersions(info('A', '1.9.0.0'), existing, 'x')).not.toThrow();
    const neutral = info('A', '1.9.0.0', [{ architecture: 'neutral' }]);
    expect(failure(() => checkVersions(neutral, existing, 'x'))).toContain('version 2.0.0.0 for neutral');
  });

  test('versions compare as numbers, part by part', () => {
    expect(() =>
      checkVersions(info('A', '1.10.0.0'), [{ version: '1.9.0.0', architecture: 'x64' }], 'x')
    ).not.toThrow();
  });
});
