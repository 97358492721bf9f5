// One run of the bundled action for the sandbox, shown as a runner shows a step: its log as it comes, then its
// outputs and its job summary. Shared by the MSIX sandbox (./run.mjs) and the MSI/EXE one (./msi-exe.mjs).
import { runAction } from '../__fixtures__/run-action.mjs';
import { RunnerLogView } from './log-view.mjs';
import { describeInputs, hungStepLine, killedStepLine, STOP_WAIT_MS, stepTimeoutMs } from './options.mjs';

export const rule = (title) =>
  console.log(`\n${'='.repeat(12)} ${title} ${'='.repeat(Math.max(0, 60 - title.length))}`);

/**
 * Prints the inputs, runs the step with them from `userDir` (the user's relative paths are read from there),
 * streams its log as the runner shows it, then prints its outputs and summary.
 * @param {Record<string, string>} inputs the step's inputs
 * @param {{ userDir: string, secrets: string[], userGaveInputs: boolean }} options `secrets`: masked from the start,
 *   as the runner masks `${{ secrets.X }}`
 */
export async function runStep(inputs, { userDir, secrets, userGaveInputs }) {
  console.log(describeInputs(inputs));
  if (userGaveInputs) console.log(`Relative paths are read from ${userDir}.`);

  rule('step log (as the runner shows it: masked values are ***)');
  const view = new RunnerLogView({ write: (text) => process.stdout.write(text), secrets });
  let step;
  // Ctrl-C cancels the step as a runner cancels a job, and shows how it ends; a second Ctrl-C stops the sandbox.
  const cancel = () => {
    console.log('Ctrl-C: cancelling the step as a runner cancels a job (SIGTERM); Ctrl-C again stops the sandbox.');
    step?.kill('SIGTERM');
  };
  process.once('SIGINT', cancel);
  // A step still running well past its own timeout-minutes hangs: cancel it as a runner would, then kill it.
  let hung;
  let result;
  try {
    result = await runAction(inputs, {
      cwd: userDir,
      timeoutMs: stepTimeoutMs(inputs) + STOP_WAIT_MS,
      onStart: (child) => {
        step = child;
        view.attach(child);
        hung = setTimeout(() => {
          console.log(hungStepLine(inputs));
          child.kill('SIGTERM');
        }, stepTimeoutMs(inputs));
      }
    });
  } finally {
    clearTimeout(hung);
    process.removeListener('SIGINT', cancel);
  }
  const killed = killedStepLine(result);
  if (killed) console.log(killed);

  rule('step outputs');
  for (const [name, value] of Object.entries(result.outputs)) console.log(`${name}: ${value}`);

  rule('job summary (markdown)');
  console.log(result.summary);
  return result;
}

/** The closing line: how the step ended. */
export function endRule(result) {
  if (result.code === 0) rule('the step succeeded');
  else if (result.code === null) rule(`the step was killed by the sandbox (${result.signal})`);
  else rule(`the step failed (exit code ${result.code})`);
}
