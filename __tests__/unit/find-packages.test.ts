import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { tempDir } from '../../__fixtures__/zips.js';
import { ActionError } from '../../src/errors.js';
import { checkUniqueFileNames, findPackages, noMatchHint, splitPatterns } from '../../src/packages/find.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;

const FILES = [
  'AppPackages/App_1.0.0.0_Test/App_1.0.0.0_x64.msixbundle',
  'AppPackages/App_1.0.0.0_Test/App_1.0.0.0_x64.cer',
  'AppPackages/App_1.0.0.0_x64_bundle.msixupload',
  'AppPackages/Old_0.9.0.0_x86.APPXUPLOAD',
  'other/app_1.0.0.0_x64_bundle.msixupload',
  'loose/Tool.appx',
  'loose/Tool.msix'
];

beforeAll(async () => {
  tmp = await tempDir('find-packages-');
  for (const file of FILES) {
    await mkdir(dirname(join(tmp.dir, file)), { recursive: true });
    await writeFile(join(tmp.dir, file), 'x');
  }
});

afterAll(async () => {
  await tmp.cleanup();
});

async function refusal(patterns: string[]): Promise<string> {
  const error = await findPackages(patterns, tmp.dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).oneLine();
}

describe('splitPatterns', () => {
  test('newlines and commas separate; blanks and # comments are dropped', () => {
    expect(splitPatterns('a/*.msix, b/*.appx\r\n\n# built by CI\n  !b/old.appx  \n')).toEqual([
      'a/*.msix',
      'b/*.appx',
      '!b/old.appx'
    ]);
  });
});

describe('findPackages', () => {
  test('matches relative to the workspace, any case of extension, sorted', async () => {
    const found = await findPackages(['AppPackages/*'], tmp.dir);
    expect(found).toEqual([
      join(tmp.dir, 'AppPackages/App_1.0.0.0_x64_bundle.msixupload'),
      join(tmp.dir, 'AppPackages/Old_0.9.0.0_x86.APPXUPLOAD')
    ]);
  });

  test('several patterns, a file matched twice counted once, ! excludes', async () => {
    const found = await findPackages(['loose/*', 'loose/Tool.msix', '!loose/*.appx'], tmp.dir);
    expect(found).toEqual([join(tmp.dir, 'loose/Tool.msix')]);
  });

  test('an absolute pattern is taken as it is', async () => {
    const found = await findPackages([join(tmp.dir, 'loose/Tool.appx')], '/nowhere');
    expect(found).toEqual([join(tmp.dir, 'loose/Tool.appx')]);
  });

  test('a pattern that matches nothing fails, naming it', async () => {
    const line = await refusal(['loose/*.msix', 'build/**/*.msixupload']);
    expect(line).toContain("'build/**/*.msixupload' matches no file");
  });

  // Linux and macOS only: on Windows a backslash is a folder separator and the pattern matches.
  (process.platform === 'win32' ? test.skip : test)(
    "a Windows path with backslashes on Linux says that '\\' is an escape there and '/' works everywhere",
    async () => {
      const line = await refusal(['AppPackages\\*.msixupload']);
      expect(line).toContain("'AppPackages\\*.msixupload' matches no file");
      expect(line).toContain(
        "a '\\' in a pattern is an escape, not a folder separator: write 'AppPackages/*.msixupload'"
      );
    }
  );

  test('the hint for a pattern with backslashes names the OS it runs on, and none on Windows', () => {
    expect(noMatchHint('out\\*.msix', 'darwin')).toMatch(/^On macOS a '\\' in a pattern is an escape/);
    expect(noMatchHint('out\\*.msix', 'win32')).toMatch(/^Check that the build ran/);
    expect(noMatchHint('out/*.msix', 'linux')).toMatch(/^Check that the build ran/);
  });

  test('a pattern matching only a folder matches no file', async () => {
    expect(await refusal(['loose'])).toContain("'loose' matches no file");
  });

  test('a matched file that is not a package fails, naming it', async () => {
    const line = await refusal(['AppPackages/**/*']);
    expect(line).toContain(join(tmp.dir, 'AppPackages/App_1.0.0.0_Test/App_1.0.0.0_x64.cer'));
    expect(line).toContain('not a package');
  });

  test('two packages with the same file name fail, naming both (once read: set.ts checks)', async () => {
    const found = await findPackages(['AppPackages/*.msixupload', 'other/*.msixupload'], tmp.dir);
    const line = ((): string => {
      try {
        checkUniqueFileNames(found);
      } catch (error) {
        return (error as ActionError).oneLine();
      }
      return 'not refused';
    })();
    expect(line).toContain('same file name');
    expect(line).toContain(join(tmp.dir, 'AppPackages/App_1.0.0.0_x64_bundle.msixupload'));
    expect(line).toContain(join(tmp.dir, 'other/app_1.0.0.0_x64_bundle.msixupload'));
    expect(() => checkUniqueFileNames(['/a/App_1.0.msixupload', '/b/app_1.0.MSIXUPLOAD'])).toThrow(
      /same file name, app_1\.0\.MSIXUPLOAD: \/a\/App_1\.0\.msixupload and \/b\/app_1\.0\.MSIXUPLOAD/
    );
  });

  test('only excludes: nothing to include', async () => {
    expect(await refusal(['!loose/*'])).toMatch(/no pattern to include/);
  });
});
