/**
 * `msstore-submit`: the action's engine (src/run/engine.ts) for every other CI and for a laptop. The command line
 * and the environment give the inputs (src/cli/args.ts, env.ts), the log goes to stderr, the outputs to stdout
 * (`name=value` lines, or --json), --output-file writes them as dotenv, and on Azure Pipelines they are also set as
 * output variables. Exit codes: 0 done, 1 failed, 2 bad usage (an option, or an input value or a file it names that
 * the run refuses before its first request).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { runWith } from '../run/engine.js';
import { EXIT_CODES, isUsageError, parseCommandLine } from './args.js';
import { isAzurePipelines, readCredentials, type Environment } from './env.js';
import { helpText } from './help.js';
import { cliHost, type CliIo } from './host.js';
import { azureOutputCommands, dotenv, outputJson, outputLines } from './outputs.js';

export const VERSION: string = pkg.version;

/** Runs one command line; resolves with the exit code. */
export async function cliMain(argv: readonly string[], env: Environment, io: CliIo): Promise<number> {
  const command = parseCommandLine(argv);
  if (isUsageError(command)) {
    io.stderr(`msstore-submit: ${command.message}\n`);
    return command.exitCode;
  }
  if (command.help) {
    io.stdout(helpText(command.operation));
    return EXIT_CODES.done;
  }
  if (command.version) {
    io.stdout(`msstore-submit ${VERSION}\n`);
    return EXIT_CODES.done;
  }
  const credentials = readCredentials(command, env, (path) => readFile(path, 'utf8'));
  const azure = isAzurePipelines(env);
  const summaryFile =
    command.summaryFile ??
    (azure ? join(env.AGENT_TEMPDIRECTORY || tmpdir(), `msstore-submit-summary-${process.pid}.md`) : undefined);
  const host = cliHost({ credentials, azure, summaryFile, io, version: VERSION });
  for (const note of credentials.notes) host.warning(note);
  const end = await runWith(host);
  const outputs = [...host.outputs];
  io.stdout(command.json ? outputJson(outputs) : outputLines(outputs));
  if (azure) io.stdout(azureOutputCommands(outputs));
  if (command.outputFile) {
    const file = dotenv(outputs);
    await writeFile(command.outputFile, file.text);
    if (file.left.length)
      host.warning(`Left out of ${command.outputFile} (GitLab's dotenv size limit): ${file.left.join(', ')}.`);
  }
  if (end.kind === 'succeeded') return EXIT_CODES.done;
  return end.badInput ? EXIT_CODES.usage : EXIT_CODES.failed;
}
