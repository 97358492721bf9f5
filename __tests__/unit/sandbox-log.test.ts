// The sandbox shows the step's log as the runner does, and as it comes: each line once it is complete.
import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { RunnerLogView, unescapeData } from '../../sandbox/log-view.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function view(secrets: string[] = []) {
  const shown: string[] = [];
  const log = new RunnerLogView({ write: (text: string) => shown.push(text), secrets });
  return { log, shown, text: () => shown.join('') };
}

describe('RunnerLogView', () => {
  test('a line is shown as soon as it is complete, not when the step ends', () => {
    const { log, shown } = view();
    log.push('stdout', 'Signing in.\nPublishing to the ');
    expect(shown).toEqual(['Signing in.\n']);
    log.push('stdout', 'app.\r\n');
    expect(shown).toEqual(['Signing in.\n', 'Publishing to the app.\n']);
    log.push('stdout', 'no newline at the end');
    log.flush('stdout');
    expect(shown[2]).toBe('no newline at the end\n');
  });

  test('stdout and stderr keep their own unfinished lines', () => {
    const { log, text } = view();
    log.push('stdout', 'half of ');
    log.push('stderr', 'an error\n');
    log.push('stdout', 'a line\n');
    expect(text()).toBe('an error\nhalf of a line\n');
  });

  test('::add-mask:: is consumed, and its value is *** from then on; known secrets from the start', () => {
    const { log, text } = view(['client-s3cret']);
    log.push('stdout', 'secret client-s3cret\n::add-mask::tok%25en\nthe token is tok%en, twice: tok%en\n');
    expect(text()).toBe('secret ***\nthe token is ***, twice: ***\n');
  });

  test('annotations read as the runner shows them, with their escapes undone; debug lines hidden', () => {
    const { log, text } = view();
    log.push(
      'stdout',
      [
        '::warning::Deleting 100%25 of it%0Anext line',
        '::error title=Upload,file=a%3Ab::Failed: HTTP 503',
        '::notice::note',
        '::debug::Search path /tmp',
        '::group::Packages',
        'one',
        '::endgroup::',
        ''
      ].join('\n')
    );
    expect(text()).toBe(
      'Warning: Deleting 100% of it\nnext line\nError: Failed: HTTP 503\nNotice: note\nPackages\none\n'
    );
  });

  test('::stop-commands:: shows command lines as they are until its token', () => {
    const { log, text } = view();
    log.push('stdout', '::stop-commands::pause1\n::warning::literal\n::pause1::\n::warning::read\n');
    expect(text()).toBe('::warning::literal\nWarning: read\n');
  });

  test('unescapeData undoes %25 last, so an escaped %0A stays as it was written', () => {
    expect(unescapeData('100%25')).toBe('100%');
    expect(unescapeData('%250A')).toBe('%0A');
  });

  test("attached to a child process: @actions/core's own output, line by line while the child runs", async () => {
    const script = [
      "const core = await import('@actions/core');",
      "core.setSecret('s3cr3t-value');",
      "core.info('signed in with s3cr3t-value');",
      "core.warning('upload 100% done');",
      "core.debug('hidden');",
      'await new Promise((resolve) => process.stdin.once("data", resolve));',
      "core.info('after the go-ahead');"
    ].join('\n');
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe']
    });
    const { log, shown, text } = view();
    log.attach(child);
    // The child waits for stdin: what it wrote before must be on screen already.
    while (!shown.some((line) => line.startsWith('Warning:'))) await once(child.stdout!, 'data');
    expect(text()).toBe('signed in with ***\nWarning: upload 100% done\n');
    child.stdin!.end('go\n');
    await once(child, 'close');
    expect(text()).toBe('signed in with ***\nWarning: upload 100% done\nafter the go-ahead\n');
  });
});
