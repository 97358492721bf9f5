/**
 * The job summary the bundled action writes, read as GitHub renders Markdown:
 * valid for a success and for failures whose texts hold Markdown's own
 * characters (a hint with `|` in code, release notes with HTML, the Store's
 * details with a heading and a table).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { APP_ID, errorAnnotations, publishedAppSubmission, Rig } from '../../__fixtures__/rig.js';
import { markdownProblems, plainText } from '../unit/markdown-check.js';

const rig = new Rig();
beforeAll(() => rig.start());
afterAll(() => rig.stop());

async function app(): Promise<void> {
  const fake = await rig.newFake();
  fake.seedApp({ id: APP_ID, name: 'Contoso Notes', published: publishedAppSubmission() });
}

/** The text of the summary's `**Error:**` paragraph as a reader sees it. */
function errorParagraph(summary: string): string {
  const line = summary.split('\n').find((l) => l.startsWith('**Error:** ')) ?? '';
  return plainText(line.slice('**Error:** '.length));
}

/** The message of the step's one error annotation, unescaped as the runner shows it. */
function annotationMessage(log: string): string {
  const line = errorAnnotations(log).at(-1) ?? '';
  return line
    .replace(/^::error::/, '')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');
}

describe('the job summary is valid Markdown', () => {
  test('a success', async () => {
    await app();
    const result = await rig.run({
      'application-id': APP_ID,
      'submission-json': JSON.stringify({ notesForCertification: 'Log in: demo | demo' })
    });
    expect(result.code).toBe(0);
    expect(markdownProblems(result.summary.trim())).toEqual([]);
  });

  test('bad JSON whose line holds | and HTML: the error paragraph shows the message as written, no stray \\|', async () => {
    await app();
    const json = [
      '{',
      '  "listings": { "en-us": { "baseListing": {',
      '    "releaseNotes": "Sync | <b>fast</b>",',
      '  } } }',
      '}'
    ];
    const result = await rig.run({ 'application-id': APP_ID, 'submission-json': json.join('\r\n') });
    expect(result.code).not.toBe(0);
    const message = annotationMessage(result.log);
    expect(message).toContain('line 3, column 41');
    expect(message).toContain('`"releaseNotes": "Sync | <b>fast</b>",`');
    expect(markdownProblems(result.summary.trim())).toEqual([]);
    expect(errorParagraph(result.summary)).toBe(message);
    expect(result.summary).not.toContain('\\|');
    expect(rig.fake.requests).toEqual([]);
  });

  test('a commit the Store fails, with Markdown in its details', async () => {
    await app();
    rig.fake.setCommitOutcome({
      kind: 'failed',
      status: 'CommitFailed',
      errors: [
        { code: 'InvalidParameterValue', details: '# Bad listing\n| field | value |\n|---|---|\n<img src=x> `title`' }
      ]
    });
    const result = await rig.run({
      'application-id': APP_ID,
      'submission-json': JSON.stringify({ notesForCertification: 'x' })
    });
    expect(result.code).not.toBe(0);
    const summary = result.summary.trim();
    expect(markdownProblems(summary)).toEqual([]);
    const item = summary.split('\n').find((line) => line.startsWith('- `InvalidParameterValue`: ')) ?? '';
    expect(plainText(item.slice(2))).toBe(
      'InvalidParameterValue: # Bad listing | field | value | |---|---| <img src=x> `title`'
    );
    expect(errorParagraph(summary)).toBe(annotationMessage(result.log));
  });
});
