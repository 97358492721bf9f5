/**
 * The outputs of a command-line run (src/cli/outputs.ts): stdout lines,
 * --json, GitLab's dotenv and Azure Pipelines' logging commands, each read
 * back the way its reader reads it, including values that try to forge a
 * second line, variable or command.
 */
import { describe, expect, test } from '@jest/globals';
import {
  azureEscape,
  azureLogIssue,
  azureOutputCommands,
  azureSetSecret,
  azureSetVariable,
  azureUploadSummary,
  defuseAzureCommands,
  dotenv,
  GITLAB_DOTENV_LIMIT_BYTES,
  outputJson,
  outputLines,
  variableName
} from '../../src/cli/outputs.js';
import { OUTPUTS } from '../../src/interface/declaration.js';

const ordinary = new Map([
  ['submission-id', '1152921505699999999'],
  ['status', 'PreProcessing'],
  ['status-details', '{"errors":[],"warnings":[{"code":"Info","details":"a=b; c]"}]}'],
  ['flight-id', ''],
  ['partner-center-url', 'https://partner.microsoft.com/dashboard/products/9N/submissions/1']
]);

const INJECTIONS = [
  'line one\nsubmission-id=forged',
  'carriage\rreturn',
  'crlf\r\nSTATUS=forged',
  'unicode\u2028line\u2029separators\u0085nel',
  '"starts with a quote',
  '  spaced  ',
  'done ##vso[task.setvariable variable=EVIL]1',
  'x ##VSO[task.complete result=Succeeded]',
  '%AZP25 %0A %3B %5D % ; ] [ =',
  'ends with a backslash \\'
];

/** Reads `name=value` lines as documented: split at the first `=`; a value starting with `"` is JSON. */
function readLines(text: string): Array<[string, string]> {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)
    .map((line) => {
      const at = line.indexOf('=');
      const raw = line.slice(at + 1);
      return [line.slice(0, at), raw.startsWith('"') ? (JSON.parse(raw) as string) : raw];
    });
}

/** GitLab's reading of a dotenv report: lines split at LF, each at its first `=`, key and value trimmed. */
function readGitLab(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split('\n').filter((l) => l !== '')) {
    const match = /^(.*?)=(.*)$/.exec(line);
    expect(match).not.toBeNull();
    const key = match![1].trim();
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    variables[key] = match![2].trim();
  }
  return variables;
}

/** The Azure Pipelines agent's reading of one line: the first `##vso[` anywhere, up to the next `]`. */
function readAgent(line: string): { command: string; properties: Record<string, string>; message: string } | null {
  const unescape = (text: string): string =>
    text
      .replace(/%3B/g, ';')
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%5D/g, ']')
      .replace(/%AZP25/g, '%');
  // Any case: stricter than the agent, which matches the prefix's case.
  const at = line.toLowerCase().indexOf('##vso[');
  if (at < 0) return null;
  const close = line.indexOf(']', at);
  if (close < 0) return null;
  const info = line.slice(at + 6, close);
  const space = info.indexOf(' ');
  const properties: Record<string, string> = {};
  for (const part of (space < 0 ? '' : info.slice(space + 1)).split(';').filter(Boolean)) {
    const eq = part.indexOf('=');
    properties[part.slice(0, eq)] = unescape(part.slice(eq + 1));
  }
  return { command: space < 0 ? info : info.slice(0, space), properties, message: unescape(line.slice(close + 1)) };
}

/** Every command the agent would run from some output text (it reads stdout and stderr line by line). */
const agentCommands = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map(readAgent)
    .filter((c) => c !== null);

describe('stdout lines', () => {
  test('name=value, in order, values as they are', () => {
    expect(outputLines(ordinary)).toBe(
      [
        'submission-id=1152921505699999999',
        'status=PreProcessing',
        'status-details={"errors":[],"warnings":[{"code":"Info","details":"a=b; c]"}]}',
        'flight-id=',
        'partner-center-url=https://partner.microsoft.com/dashboard/products/9N/submissions/1',
        ''
      ].join('\n')
    );
  });

  test.each(INJECTIONS)('a value that would break the format stays one line and reads back: %j', (value) => {
    const text = outputLines([
      ['status', value],
      ['submission-id', '1']
    ]);
    expect(readLines(text)).toEqual([
      ['status', value],
      ['submission-id', '1']
    ]);
    expect(agentCommands(text)).toEqual([]);
  });
});

describe('--json', () => {
  test('one object on one line, in order, that parses back to the outputs', () => {
    const text = outputJson(ordinary);
    expect(text.split('\n')).toHaveLength(2);
    expect(Object.entries(JSON.parse(text))).toEqual([...ordinary]);
  });

  test('values that try to break out stay in their string and on the line', () => {
    const outputs = INJECTIONS.map((value, i) => [`o${i}`, value] as [string, string]);
    const text = outputJson(outputs);
    expect(text.slice(0, -1)).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    expect(Object.entries(JSON.parse(text))).toEqual(outputs);
    expect(agentCommands(text)).toEqual([]);
  });
});

describe("GitLab's dotenv report", () => {
  test('keys are upper case with only A-Z, 0-9 and _, one per declared output', () => {
    expect(variableName('submission-id')).toBe('SUBMISSION_ID');
    expect(variableName('partner-center-url')).toBe('PARTNER_CENTER_URL');
    expect(variableName('a.b c/ü')).toBe('A_B_C__');
    const keys = Object.keys(OUTPUTS).map(variableName);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('KEY=value lines; empty outputs left out; what GitLab reads is what was set', () => {
    const { text, left } = dotenv(ordinary);
    expect(text).toBe(
      [
        'SUBMISSION_ID=1152921505699999999',
        'STATUS=PreProcessing',
        'STATUS_DETAILS={"errors":[],"warnings":[{"code":"Info","details":"a=b; c]"}]}',
        'PARTNER_CENTER_URL=https://partner.microsoft.com/dashboard/products/9N/submissions/1',
        ''
      ].join('\n')
    );
    expect(left).toEqual([]);
    expect(readGitLab(text)).toEqual({
      SUBMISSION_ID: '1152921505699999999',
      STATUS: 'PreProcessing',
      STATUS_DETAILS: ordinary.get('status-details'),
      PARTNER_CENTER_URL: ordinary.get('partner-center-url')
    });
  });

  test.each(INJECTIONS)('a value cannot forge a second variable: %j', (value) => {
    const { text } = dotenv([
      ['status', value],
      ['submission-id', '1']
    ]);
    const read = readGitLab(text);
    expect(Object.keys(read)).toEqual(['STATUS', 'SUBMISSION_ID']);
    expect(read.SUBMISSION_ID).toBe('1');
    const status = read.STATUS;
    expect(status.startsWith('"') ? JSON.parse(status) : status).toBe(value);
  });

  test('outputs that would reach GitLab’s size limit are left out, not the whole report', () => {
    const big = 'x'.repeat(GITLAB_DOTENV_LIMIT_BYTES);
    const { text, left } = dotenv([
      ['submission-id', '1'],
      ['status-details', big],
      ['status', 'Failed']
    ]);
    expect(left).toEqual(['status-details']);
    expect(readGitLab(text)).toEqual({ SUBMISSION_ID: '1', STATUS: 'Failed' });
    expect(Buffer.byteLength(text)).toBeLessThan(GITLAB_DOTENV_LIMIT_BYTES);
    // The limit counts bytes, not characters.
    expect(dotenv([['status', 'é'.repeat(10)]], 25).left).toEqual(['status']);
    expect(dotenv([['status', 'e'.repeat(10)]], 25).left).toEqual([]);
  });
});

describe('Azure Pipelines logging commands', () => {
  test('the escaping of azure-pipelines-task-lib: %, ;, CR, LF and ]', () => {
    expect(azureEscape('100% done; a]b\r\nc')).toBe('100%AZP25 done%3B a%5Db%0D%0Ac');
    expect(azureEscape('%3B')).toBe('%AZP253B');
  });

  test('the four commands, as the agent reads them', () => {
    expect(azureSetVariable('SUBMISSION_ID', '115')).toBe(
      '##vso[task.setvariable variable=SUBMISSION_ID;isOutput=true;]115\n'
    );
    expect(azureSetSecret('s3cr3t')).toBe('##vso[task.setsecret]s3cr3t\n');
    expect(azureLogIssue('error', 'Commit failed.')).toBe('##vso[task.logissue type=error;]Commit failed.\n');
    expect(azureLogIssue('warning', 'Slow.')).toBe('##vso[task.logissue type=warning;]Slow.\n');
    expect(azureUploadSummary('/tmp/summary.md')).toBe('##vso[task.uploadsummary]/tmp/summary.md\n');
  });

  test('every output as an output variable named as in the dotenv file', () => {
    const commands = agentCommands(azureOutputCommands(ordinary));
    expect(commands.map((c) => [c.properties.variable, c.message])).toEqual(
      [...ordinary].map(([name, value]) => [variableName(name), value])
    );
    expect(commands.every((c) => c.command === 'task.setvariable' && c.properties.isOutput === 'true')).toBe(true);
  });

  test.each(INJECTIONS)('a value or message is one command that reads back exactly: %j', (value) => {
    const lines = [
      azureSetVariable('STATUS', value),
      azureSetSecret(value),
      azureLogIssue('error', value),
      azureUploadSummary(value)
    ];
    for (const line of lines) {
      expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
      const commands = agentCommands(line);
      expect(commands).toHaveLength(1);
      expect(commands[0].message).toBe(value);
    }
    expect(agentCommands(lines[0])[0].properties).toEqual({ variable: 'STATUS', isOutput: 'true' });
    expect(agentCommands(lines[2])[0].properties).toEqual({ type: 'error' });
  });

  test('a property value cannot add a property or end the command', () => {
    const [command] = agentCommands(azureSetVariable('X;isSecret=true]', 'v'));
    expect(command.properties).toEqual({ variable: 'X;isSecret=true]', isOutput: 'true' });
    expect(command.message).toBe('v');
  });

  test('log lines are defused: text from the Store never runs as a command', () => {
    const line = 'Store said: ##vso[task.setvariable variable=STATUS]Published and ##VSO[task.complete]';
    const safe = defuseAzureCommands(line);
    expect(agentCommands(safe)).toEqual([]);
    expect(safe).toBe('Store said: ##vso [task.setvariable variable=STATUS]Published and ##VSO [task.complete]');
    expect(defuseAzureCommands('plain text')).toBe('plain text');
  });
});
