import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.js';
import { parseInstallers } from '../../src/msi-exe/installers.js';

const MSI = 'https://downloads.contoso.com/notes/2.0.0/ContosoNotes-2.0.0-x64.msi';
const EXE = 'https://downloads.contoso.com/notes/2.0.0/ContosoNotesSetup.EXE';

function problem(text: string): string {
  try {
    parseInstallers(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as ActionError).oneLine();
  }
  throw new Error('no error');
}

describe('installers', () => {
  test('one object is accepted; packageType inferred from .msi; silent when no parameters; API spelling', () => {
    expect(parseInstallers(JSON.stringify({ packageUrl: MSI, languages: ['en-us'], architectures: ['x64'] }))).toEqual([
      { packageUrl: MSI, languages: ['en-us'], architectures: ['X64'], isSilentInstall: true, packageType: 'msi' }
    ]);
  });

  test('an array, with a BOM, CRLF and any case of field names and values', () => {
    const text =
      '\uFEFF[\r\n {"PackageUrl": "' +
      EXE +
      '", "languages": "de-DE", "Architectures": ["ARM64"],\r\n  "installerParameters": " /S ", "genericDocUrl": "https://contoso.com/errors", "packageType": "EXE"},\r\n' +
      ' {"packageUrl": "' +
      MSI +
      '", "languages": ["en-us", "fr-fr"], "architectures": ["neutral"], "isSilentInstall": true}\r\n]';
    expect(parseInstallers(text)).toEqual([
      {
        packageUrl: EXE,
        languages: ['de-DE'],
        architectures: ['Arm64'],
        isSilentInstall: false,
        installerParameters: '/S',
        genericDocUrl: 'https://contoso.com/errors',
        packageType: 'exe'
      },
      {
        packageUrl: MSI,
        languages: ['en-us', 'fr-fr'],
        architectures: ['Neutral'],
        isSilentInstall: true,
        packageType: 'msi'
      }
    ]);
  });

  test('an explicit isSilentInstall with parameters is kept; errorDetails pass through; packageId is dropped', () => {
    const errorDetails = [
      {
        errorScenario: 'rebootRequired',
        errorScenarioDetails: [{ errorValue: '3010', errorUrl: 'https://contoso.com/3010' }]
      }
    ];
    const [installer] = parseInstallers(
      JSON.stringify([
        {
          packageId: 'pkg1',
          packageUrl: MSI,
          languages: ['en-us'],
          architectures: ['X86'],
          isSilentInstall: true,
          installerParameters: '/qn',
          errorDetails
        }
      ])
    );
    expect(installer).toEqual({
      packageUrl: MSI,
      languages: ['en-us'],
      architectures: ['X86'],
      isSilentInstall: true,
      installerParameters: '/qn',
      errorDetails,
      packageType: 'msi'
    });
  });

  test.each([
    ['not JSON', '[{', /Input 'installers' is not valid JSON/],
    [
      'a trailing comma, pasted into a YAML block',
      '[\n  {\n    "packageUrl": "https://contoso.com/a.msi",\n  },\n]\n',
      /Input 'installers' is not valid JSON at line 3, column 46: a comma before '}'/
    ],
    ['an empty array', '[]', /empty array/],
    ['a string', '["https://x"]', /installers\[0\]: must be an object/],
    [
      'http://',
      JSON.stringify({ packageUrl: 'http://contoso.com/a.msi', languages: ['en-us'], architectures: ['X64'] }),
      /installers\[0\] \(http:\/\/contoso.com\/a.msi\): 'packageUrl' must be an https:\/\/ URL.*got "http:\/\/contoso.com\/a.msi"/
    ],
    [
      'no URL',
      JSON.stringify({ languages: ['en-us'], architectures: ['X64'] }),
      /installers\[0\]: 'packageUrl' must be an https:\/\/ URL/
    ],
    [
      'two architectures',
      JSON.stringify({ packageUrl: MSI, languages: ['en-us'], architectures: ['X64', 'X86'] }),
      /exactly one of Neutral, X86, X64, Arm, Arm64, got \["X64","X86"\]/
    ],
    [
      'an unknown architecture',
      JSON.stringify({ packageUrl: MSI, languages: ['en-us'], architectures: ['amd64'] }),
      /got \["amd64"\]/
    ],
    [
      'no architecture',
      JSON.stringify({ packageUrl: MSI, languages: ['en-us'] }),
      /'architectures' must hold exactly one/
    ],
    ['no languages', JSON.stringify({ packageUrl: MSI, architectures: ['X64'] }), /at least one language code/],
    [
      'a language name',
      JSON.stringify({ packageUrl: MSI, languages: ['English'], architectures: ['X64'] }),
      /'languages' holds "English"/
    ],
    [
      'an underscore language',
      JSON.stringify({ packageUrl: MSI, languages: ['en_US'], architectures: ['X64'] }),
      /"en_US", which is not a language code/
    ],
    [
      'not silent without parameters',
      JSON.stringify({ packageUrl: MSI, languages: ['en-us'], architectures: ['X64'], isSilentInstall: false }),
      /'installerParameters' are required when 'isSilentInstall' is false/
    ],
    [
      'an exe without genericDocUrl',
      JSON.stringify({ packageUrl: EXE, languages: ['en-us'], architectures: ['X64'] }),
      /installers\[0\] \(https:.*Setup.EXE\): an exe needs 'genericDocUrl'/
    ],
    [
      'no type and no extension',
      JSON.stringify({ packageUrl: 'https://contoso.com/download?v=2', languages: ['en-us'], architectures: ['X64'] }),
      /'packageType' is not set and the URL does not end in .msi or .exe/
    ],
    [
      'a wrong type',
      JSON.stringify({ packageUrl: MSI, languages: ['en-us'], architectures: ['X64'], packageType: 'msix' }),
      /'packageType' must be exe or msi, got "msix"/
    ],
    [
      'a string isSilentInstall',
      JSON.stringify({ packageUrl: MSI, languages: ['en-us'], architectures: ['X64'], isSilentInstall: 'yes' }),
      /'isSilentInstall' must be true or false, got "yes"/
    ],
    [
      'an unknown field',
      JSON.stringify({ packageUrl: MSI, languages: ['en-us'], architectures: ['X64'], architecture: 'X64' }),
      /unknown field 'architecture'/
    ],
    [
      'a bad errorScenario',
      JSON.stringify({
        packageUrl: MSI,
        languages: ['en-us'],
        architectures: ['X64'],
        errorDetails: [{ errorScenario: 'oops' }]
      }),
      /'errorScenario' must be one of .* got "oops"/
    ]
  ])('%s is refused, naming the installer and the value', (_what, text, message) => {
    expect(problem(text)).toMatch(message);
  });

  test('the second installer is named by its index and URL; further problems are counted', () => {
    const text = JSON.stringify([
      { packageUrl: MSI, languages: ['en-us'], architectures: ['X64'] },
      { packageUrl: EXE, languages: [], architectures: ['X64', 'Arm64'] }
    ]);
    const message = problem(text);
    expect(message).toMatch(
      /^Input 'installers': installers\[1\] \(https:\/\/downloads.contoso.com\/notes\/2.0.0\/ContosoNotesSetup.EXE\): /
    );
    expect(message).toMatch(/\(and 2 more problems\)\.$/);
    expect(message).not.toMatch(/\n/);
  });
});
