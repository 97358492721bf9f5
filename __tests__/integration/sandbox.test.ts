// `npm run sandbox` as a new user runs it: the bundled action against the local Partner Center, from the
// folder the user ran npm in (INIT_CWD), with the user's own --input values.
import { describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs the sandbox as `npm run sandbox -- ...args` run in `userDir` would; `onOutput` sees the output so far
 * each time more comes, and may signal the sandbox.
 */
async function sandbox(
  args: string[],
  userDir = ROOT,
  onOutput?: (out: string, child: ChildProcess) => void
): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'sandbox', 'run.mjs'), ...args], {
    cwd: ROOT, // npm runs scripts in the package's folder
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', INIT_CWD: userDir },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let out = '';
  const take = (chunk: Buffer) => {
    out += chunk;
    onOutput?.(out, child);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, out };
}

/** The text between the `title` rule and the next rule. */
function section(out: string, title: string): string {
  const start = out.indexOf(`===== ${title}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const from = out.indexOf('\n', start) + 1;
  const end = out.indexOf('\n============ ', from);
  return out.slice(from, end < 0 ? undefined : end);
}

describe('npm run sandbox', () => {
  test('--input wait-for=certification: the local Store certifies the submission; the step ends by itself', async () => {
    const { code, out } = await sandbox(['--input', 'wait-for=certification']);
    expect(out).toMatch(/Submission \d+: Certification \(after/);
    expect(section(out, 'step outputs')).toMatch(/^status: Release$/m);
    expect(out).toContain('============ the step succeeded');
    expect(out).not.toMatch(/exit code null|stopped the step/);
    expect(out).not.toContain('sandbox-secret-not-real');
    expect(code).toBe(0);
  });

  test('--msi-exe with a relative listings-folder: read from where the user ran npm, and named in the inputs', async () => {
    const { code, out } = await sandbox(
      ['--msi-exe', '--input', 'listings-folder=store/listings'],
      join(ROOT, 'sandbox')
    );
    expect(out).toMatch(/^ {2}listings-folder: store\/listings$/m);
    expect(out).toContain(`Relative paths are read from ${join(ROOT, 'sandbox')}.`);
    expect(section(out, 'step log')).toMatch(/Updated listings\.de-de of the draft/);
    expect(section(out, 'what the local Store holds now')).toMatch(
      /^listing de-de: whatsNew ".*", description "Contoso Notes hält Ihre Notizen/m
    );
    expect(code).toBe(0);
  });

  test('Ctrl-C while the step waits: the step is cancelled as on a runner, and says what it left', async () => {
    let interrupted = false;
    const { code, out } = await sandbox(['--msi-exe'], ROOT, (so_far, child) => {
      // The log streams: the new packages show while the step still has seconds of waits ahead, and the user presses Ctrl-C.
      if (!interrupted && /Replaced the draft's packages/.test(so_far)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    expect(interrupted).toBe(true);
    const log = section(out, 'step log');
    expect(log).toMatch(/Ctrl-C: cancelling the step as a runner cancels a job/);
    expect(log).toMatch(
      /Error: The job was cancelled\. The draft of the MSI\/EXE product [\w-]+ holds this run's changes \(packages\) but was not submitted/
    );
    expect(out).toContain('============ the step failed (exit code 1)');
    expect(code).toBe(1);
  });
});
