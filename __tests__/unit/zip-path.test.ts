// One rule for "the same path in a zip" (src/zip/path.ts): the check of a submission's fileNames against the zip,
// the check for two upload-zip entries at one path, and the lookup of a part in a package all agree on every pair.
import { ActionError } from '../../src/errors.js';
import { missingFromZip } from '../../src/merge.js';
import { findPart } from '../../src/packages/parts.js';
import type { ZipEntry } from '../../src/zip/directory.js';
import { normalizeZipPath } from '../../src/zip/path.js';
import { checkUniquePaths } from '../../src/zip/plan.js';

const entryNamed = (name: string): ZipEntry => ({ name }) as ZipEntry;

const pairs: [string, string, boolean][] = [
  ['Images/A.png', 'images\\a.PNG', true],
  ['./Images/A.png', 'images/a.png', true],
  ['.\\Packages\\App.msix', 'packages/app.msix', true],
  ['/App.msix', 'app.msix', true],
  ['a/./b.png', 'a/b.png', false],
  ['../x.png', 'x.png', false],
  ['A.png', 'B.png', false],
  ['dir/A.png', 'A.png', false]
];

describe.each(pairs)("'%s' and '%s'", (first, second, same) => {
  test(`are ${same ? 'one path' : 'two paths'} by the rule`, () => {
    expect(normalizeZipPath(first) === normalizeZipPath(second)).toBe(same);
  });

  test('the submission check finds the JSON fileName in the zip exactly when they are one path', () => {
    const missing = missingFromZip([{ fileName: first, where: 'applicationPackages[0]' }], [second]);
    expect(missing).toHaveLength(same ? 0 : 1);
  });

  test('the upload zip refuses the two as entries exactly when they are one path', () => {
    const check = (): void =>
      checkUniquePaths([
        { name: first, origin: 'one' },
        { name: second, origin: 'two' }
      ]);
    if (same) expect(check).toThrow(ActionError);
    else expect(check).not.toThrow();
  });

  test('a package part named one way is found under the other exactly when they are one path', () => {
    expect(findPart([entryNamed(second)], first)?.name).toBe(same ? second : undefined);
  });
});
