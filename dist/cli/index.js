#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 1181:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ cliMain)
});

// UNUSED EXPORTS: VERSION

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/clock.ts
var clock = __nccwpck_require__(9373);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/inputs/kinds.ts
var kinds = __nccwpck_require__(6106);
;// CONCATENATED MODULE: ./src/run/apis.ts
const APIS = {
    msix: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(912), __nccwpck_require__.e(248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1248))).MSIX_API,
    'msi-exe': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(912), __nccwpck_require__.e(845)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3845))).MSI_EXE_API
};

;// CONCATENATED MODULE: ./src/run/run-report.ts
/** A run that ended before it knew its API or its settings. */
const NOTHING_DONE = { what: 'submission' };

;// CONCATENATED MODULE: ./src/run/engine.ts
/**
 * One run, whatever the Store API and whatever the host: the API is chosen once from the inputs
 * (src/run/apis.ts); its inputs are parsed (no I/O), then prepared (the files they point at read, the upload
 * planned), then the run is carried out, and the outcome reported through the host (src/run/report.ts). Expected errors (ActionError) end the run with one line and no stack; anything else is a bug
 * and shows its stack.
 */





/** What a run is given from its host. */
function runDeps(host, signal) {
    return {
        clock: clock/* realClock */.d,
        signal,
        userAgent: host.userAgent,
        info: (line) => host.info(line),
        warning: (line) => host.warning(line),
        getIdToken: (audience) => host.getIdToken(audience),
        idToken: host.idToken,
        mask: (value) => host.mask(value)
    };
}
/** The message a run that did not go through ends with. */
function failure(error, kind, opened) {
    if (kind === 'cancelled')
        return `The job was cancelled. ${opened?.leftBehind() ?? 'No submission was created.'}`;
    if (error instanceof errors/* ActionError */.lZ)
        return error.oneLine();
    return `Unexpected error (a bug in this action; please report it): ${error?.stack ?? String(error)}`;
}
/** Carries out one run through the host; resolves with how it ended. */
async function runWith(host) {
    const secret = host.input('client-secret');
    if (secret)
        host.mask(secret);
    const controller = new AbortController();
    const onSignal = (name) => () => {
        host.info(`Received ${name}: stopping.`);
        controller.abort();
    };
    const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
    process.once('SIGINT', handlers.SIGINT);
    process.once('SIGTERM', handlers.SIGTERM);
    let opened;
    let running = false;
    let kind = 'succeeded';
    let message;
    try {
        const api = await APIS[(0,kinds/* chosenApi */.l8)(host.input)]();
        const parsed = api.parse(host.input, Date.now()); // the inputs alone
        opened = await parsed.prepare(); // the files they point at
        running = true;
        const deps = runDeps(host, controller.signal);
        // The one place a dry run is decided: each API rehearses its run, changing nothing.
        await (opened.dryRun ? opened.rehearse(deps) : opened.run(deps));
        const done = opened.doneLine();
        if (done)
            host.info(done);
    }
    catch (error) {
        kind = error instanceof errors/* CancelledError */.cc || controller.signal.aborted ? 'cancelled' : 'failed';
        message = failure(error, kind, opened);
        const left = kind === 'cancelled' ? undefined : opened?.leftBehind();
        if (left)
            host.info(left);
    }
    finally {
        process.removeListener('SIGINT', handlers.SIGINT);
        process.removeListener('SIGTERM', handlers.SIGTERM);
    }
    // The report's code (outputs, summary, plan) loads when the run reports, not before its first request.
    const { report } = await __nccwpck_require__.e(/* import() */ 119).then(__nccwpck_require__.bind(__nccwpck_require__, 7119));
    await report(opened?.report() ?? NOTHING_DONE, { kind, message }, host, host.runLink);
    if (message)
        host.fail(message);
    // A cancelled run may still have a request in flight: do not wait for it.
    if (controller.signal.aborted)
        process.exit(1);
    return { kind, badInput: kind === 'failed' && !running };
}

// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __nccwpck_require__(3718);
// EXTERNAL MODULE: ./src/interface/declaration.ts + 3 modules
var declaration = __nccwpck_require__(5854);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The command line, read from the one declaration of inputs
 * (../interface/declaration.ts): `msstore-submit <command> [--INPUT VALUE]...`.
 * The command word sets `operation`; every other input is an option of the
 * same name; a few options belong to the command line alone (--json,
 * --output-file, --summary-file, --help, --version). Pure: argv in, a
 * command or a one-line usage error (exit code 2) out. Values are checked as
 * the declaration types them, with the action's own readers
 * (../inputs/parse.ts), so the CLI refuses exactly what the action refuses.
 */



/** The command words, in the order --help lists them, and the operation each sets. */
const COMMANDS = {
    publish: 'submit',
    rollout: 'rollout',
    status: 'status',
    export: 'export'
};
/** The command word that sets an operation (publish for submit). */
const commandOf = (operation) => Object.keys(COMMANDS).find((word) => COMMANDS[word] === operation) ?? operation;
/** The operations the declaration offers now (the `operation` input's values). */
function declaredOperations() {
    const type = declaration/* INPUTS */.mc.operation.type;
    return type.kind === 'choice' ? type.values : [];
}
/** An input given to a command whose operation it does not belong to (judged once the declaration has that operation). */
function notForCommand(name, operation) {
    const { operations } = declaration/* INPUTS */.mc[name];
    if (!declaredOperations().includes(operation) || operations.includes(operation))
        return undefined;
    return usageError(`Option '--${name}' is not for ${commandOf(operation)}: it belongs to ${operations.map(commandOf).join(', ')}. Remove it.`);
}
/** 0: done; 1: the run failed; 2: bad usage (nothing was sent). */
const EXIT_CODES = { done: 0, failed: 1, usage: 2 };
/** Options of the command line alone, not inputs of the action. */
const CLI_OPTIONS = {
    json: { value: false, description: 'Write the outputs to stdout as one JSON object instead of name=value lines.' },
    'output-file': {
        value: true,
        description: "Also write the outputs to FILE as a dotenv file (KEY=value lines, e.g. SUBMISSION_ID=...), for GitLab's `reports: dotenv`."
    },
    'summary-file': { value: true, description: 'Write the Markdown summary of the run to FILE.' },
    help: { value: false, description: 'Show this help (after a command: only the options that command takes).' },
    version: { value: false, description: 'Show the version.' }
};
/** Inputs that are not options: the command word sets `operation`; a secret never goes on a command line. */
const NOT_OPTIONS = {
    operation: `'--operation' is not an option: the command sets it (${Object.keys(COMMANDS).join(', ')}).`,
    'client-secret': "'--client-secret' is refused: a secret never goes on a command line (shell history, process lists, CI logs). Set the environment variable AZURE_CLIENT_SECRET instead."
};
const usageError = (message) => ({ kind: 'usage-error', message, exitCode: EXIT_CODES.usage });
const isInput = (name) => Object.prototype.hasOwnProperty.call(declaration/* INPUTS */.mc, name);
const isCliOption = (name) => Object.prototype.hasOwnProperty.call(CLI_OPTIONS, name);
/** Levenshtein distance, for "did you mean". */
function distance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}
/** The known option or command nearest to a misspelt one, when it is near enough to be what was meant. */
function nearest(name, known) {
    const [best] = known
        .map((candidate) => ({ candidate, d: distance(name.toLowerCase(), candidate) }))
        .sort((x, y) => x.d - y.d);
    return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? best.candidate : undefined;
}
/** The inputs that are options of the command line (all but operation and client-secret), in declaration order. */
function optionInputs() {
    return Object.keys(declaration/* INPUTS */.mc).filter((name) => !(name in NOT_OPTIONS));
}
function unknownOption(name) {
    const guess = nearest(name, [...optionInputs(), ...Object.keys(CLI_OPTIONS)]);
    const fix = guess ? `did you mean --${guess}?` : 'run msstore-submit --help for the options.';
    return usageError(`Unknown option '--${name}': ${fix}`);
}
/** The value checked as the declaration types it, with the action's readers; a one-line error naming the option. */
function checkValue(name, value) {
    const type = declaration/* INPUTS */.mc[name].type;
    const reader = (asked) => (asked === name ? value : '');
    try {
        if (type.kind === 'boolean')
            (0,parse/* readBoolean */.Vf)(reader, name);
        if (type.kind === 'number')
            (0,parse/* readNumber */.kz)(reader, name);
        if (type.kind === 'choice')
            (0,parse/* readChoice */.Kf)(reader, name);
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        return usageError(error.oneLine().replace(`Input '${name}'`, `Option '--${name}'`));
    }
    return undefined;
}
/** Every input as the runner sets it when a workflow names none: action.yml defaults, else ''. */
function runnerDefaults() {
    return Object.fromEntries(Object.keys(declaration/* INPUTS */.mc).map((name) => [name, declaration/* INPUTS */.mc[name].action ?? '']));
}
/** Reads `msstore-submit <command> [--NAME VALUE | --NAME=VALUE | --FLAG]...` (argv without node and the script). */
function parseCommandLine(argv) {
    const wantsHelp = argv.some((arg) => arg === '--help' || arg === '-h');
    const wantsVersion = argv.includes('--version');
    let operation;
    let rest = argv;
    const [first] = argv;
    if (first !== undefined && !first.startsWith('-')) {
        if (!Object.prototype.hasOwnProperty.call(COMMANDS, first)) {
            const guess = nearest(first, Object.keys(COMMANDS));
            return usageError(`Unknown command '${first}': the commands are ${Object.keys(COMMANDS).join(', ')}${guess ? ` (did you mean ${guess}?)` : ''}.`);
        }
        operation = COMMANDS[first];
        rest = argv.slice(1);
    }
    const inputs = runnerDefaults();
    if (operation)
        inputs.operation = operation;
    const command = { kind: 'command', operation, inputs, given: [], json: false };
    const cli = {};
    if (wantsHelp || wantsVersion)
        return { ...command, help: wantsHelp, version: !wantsHelp && wantsVersion };
    if (!operation) {
        return usageError(first === undefined
            ? `No command: msstore-submit <${Object.keys(COMMANDS).join('|')}> [--option value]... (msstore-submit --help).`
            : `The command comes first: msstore-submit <${Object.keys(COMMANDS).join('|')}> ${argv.join(' ')}`);
    }
    const seen = new Set();
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (/^-[^-]/.test(arg))
            return usageError(`Unknown option '${arg}': options are --name (the one short option is -h).`);
        if (!arg.startsWith('--') || arg === '--') {
            const previous = i > 0 ? rest[i - 1].slice(2) : '';
            const afterSwitch = isInput(previous) && declaration/* INPUTS */.mc[previous].type.kind === 'boolean';
            return usageError(`Unexpected argument '${arg}': after the command, every argument is --name value or --name=value` +
                (afterSwitch ? ` (a switch takes its value only with '=': --${previous}=${arg}).` : '.'));
        }
        const equals = arg.indexOf('=');
        const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
        const inline = equals < 0 ? undefined : arg.slice(equals + 1);
        if (isInput(name) && NOT_OPTIONS[name])
            return usageError(NOT_OPTIONS[name]);
        if (!isInput(name) && !isCliOption(name))
            return unknownOption(name);
        if (seen.has(name))
            return usageError(`Option '--${name}' is given twice: give it once.`);
        seen.add(name);
        const switchOnly = isCliOption(name) ? !CLI_OPTIONS[name].value : declaration/* INPUTS */.mc[name].type.kind === 'boolean';
        let value;
        if (inline !== undefined) {
            if (isCliOption(name) && !CLI_OPTIONS[name].value)
                return usageError(`Option '--${name}' takes no value.`);
            value = inline;
        }
        else if (switchOnly) {
            value = 'true';
        }
        else {
            const next = rest[i + 1];
            if (next === undefined || next.startsWith('--')) {
                return usageError(`Option '--${name}' needs a value: --${name} VALUE (or --${name}=VALUE for a value that starts with '--').`);
            }
            value = next;
            i++;
        }
        if (isCliOption(name)) {
            if (name === 'json')
                command.json = true;
            if (name === 'output-file' || name === 'summary-file') {
                if (value.trim() === '')
                    return usageError(`Option '--${name}' needs a file name.`);
                cli[name === 'output-file' ? 'outputFile' : 'summaryFile'] = value;
            }
            continue;
        }
        const problem = notForCommand(name, operation) ?? checkValue(name, value);
        if (problem)
            return problem;
        inputs[name] = value;
        command.given.push(name);
    }
    return { ...command, ...cli, help: false, version: false };
}
const isUsageError = (result) => result.kind === 'usage-error';

;// CONCATENATED MODULE: ./src/cli/env.ts
/**
 * Credentials for the command line from the environment, with the names the
 * Azure SDK's EnvironmentCredential and WorkloadIdentityCredential use:
 * AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_AUTHORITY_HOST (an option of the
 * same input wins over each), AZURE_CLIENT_SECRET, or AZURE_FEDERATED_TOKEN_FILE
 * for workload identity (GitLab's `id_tokens`, Azure Pipelines' federated
 * service connections): the file holds an OIDC token that Azure AD exchanges
 * for an access token, the way the action exchanges GitHub's
 * (`getIdToken(audience)` in ../auth.ts). Pure functions of the environment
 * and a file reader.
 */

/** What --help says about each variable the command line reads. */
const ENVIRONMENT_VARIABLES = {
    AZURE_TENANT_ID: 'The tenant ID, when --tenant-id is not given.',
    AZURE_CLIENT_ID: 'The client (application) ID, when --client-id is not given.',
    AZURE_CLIENT_SECRET: 'A client secret of that app (there is no --client-secret: secrets stay off command lines).',
    AZURE_FEDERATED_TOKEN_FILE: 'Or workload identity: a file holding an OIDC token (audience api://AzureADTokenExchange) that the app has a federated credential for. Read again at every sign-in. AZURE_CLIENT_SECRET wins when both are set.',
    AZURE_AUTHORITY_HOST: 'The Azure AD authority host, when --authority-host is not given.',
    TF_BUILD: 'Set by Azure Pipelines: the outputs, secrets, errors and summary are then also written as ##vso[...] logging commands.'
};
/** The inputs the environment can give, and the variable of each (an option of the input wins over it). */
const INPUT_VARIABLES = {
    'tenant-id': 'AZURE_TENANT_ID',
    'client-id': 'AZURE_CLIENT_ID',
    'authority-host': 'AZURE_AUTHORITY_HOST'
};
const value = (env, name) => (env[name] ?? '').trim();
/** Running as an Azure Pipelines step (the agent sets TF_BUILD=True). */
const isAzurePipelines = (env) => value(env, 'TF_BUILD') !== '';
/** The audiences a JWT names, or undefined when the token cannot be read as a JWT. */
function audiencesOf(token) {
    const [, payload] = token.split('.');
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (typeof claims.aud === 'string')
            return [claims.aud];
        if (Array.isArray(claims.aud))
            return claims.aud.filter((aud) => typeof aud === 'string');
    }
    catch {
        // not a JWT Azure AD can read either: it says so itself
    }
    return undefined;
}
/** A getIdToken that reads the token file; the errors say what to fix and never show the token. */
function tokenFileReader(path, readFile) {
    return async (audience) => {
        let text;
        try {
            text = await readFile(path);
        }
        catch (error) {
            const reason = error.code ?? error.message;
            throw new errors/* ActionError */.lZ(`AZURE_FEDERATED_TOKEN_FILE names '${path}', which cannot be read (${reason}).`, {
                hint: 'Write the OIDC token into that file before running msstore-submit, or set AZURE_CLIENT_SECRET instead.'
            });
        }
        const token = text.trim();
        if (token === '') {
            throw new errors/* ActionError */.lZ(`AZURE_FEDERATED_TOKEN_FILE names '${path}', which is empty.`, {
                hint: 'Write the OIDC token into it (GitLab: an id_tokens variable; Azure Pipelines: the idToken of AzureCLI@2 with addSpnToEnvironment).'
            });
        }
        const audiences = audiencesOf(token);
        if (audiences && audiences.length > 0 && !audiences.includes(audience)) {
            throw new errors/* ActionError */.lZ(`The OIDC token in AZURE_FEDERATED_TOKEN_FILE is for audience ${audiences.join(', ')}, not ${audience}.`, { hint: `Issue it with aud ${audience} (GitLab: id_tokens: NAME: aud: ${audience}).` });
        }
        return token;
    };
}
const NO_CREDENTIAL = async () => {
    throw new errors/* ActionError */.lZ('No credential to sign in with: AZURE_CLIENT_SECRET and AZURE_FEDERATED_TOKEN_FILE are unset.', {
        hint: 'Set AZURE_CLIENT_SECRET, or AZURE_FEDERATED_TOKEN_FILE to a file holding an OIDC token (workload identity); a dry run (--dry-run) needs neither.'
    });
};
/**
 * The inputs with the credentials the environment holds: an option given on the command line wins over its
 * environment variable; AZURE_CLIENT_SECRET wins over AZURE_FEDERATED_TOKEN_FILE, as in the Azure SDK.
 */
function readCredentials(command, env, readFile) {
    const inputs = { ...command.inputs };
    const fromEnv = (input, variable) => {
        if (!command.given.includes(input) && value(env, variable) !== '')
            inputs[input] = value(env, variable);
    };
    for (const [input, variable] of Object.entries(INPUT_VARIABLES))
        fromEnv(input, variable);
    const secret = env.AZURE_CLIENT_SECRET ?? '';
    const tokenFile = value(env, 'AZURE_FEDERATED_TOKEN_FILE');
    inputs['client-secret'] = secret.trim() === '' ? '' : secret;
    const notes = [];
    if (inputs['client-secret'] !== '') {
        if (tokenFile !== '')
            notes.push('AZURE_CLIENT_SECRET and AZURE_FEDERATED_TOKEN_FILE are both set: using the secret.');
        return { inputs, method: 'secret', secrets: [secret], notes, getIdToken: NO_CREDENTIAL };
    }
    if (tokenFile !== '') {
        return {
            inputs,
            method: 'federated-token-file',
            secrets: [],
            notes,
            getIdToken: tokenFileReader(tokenFile, readFile)
        };
    }
    return { inputs, method: 'none', secrets: [], notes, getIdToken: NO_CREDENTIAL };
}

;// CONCATENATED MODULE: ./src/interface/render.ts
/**
 * action.yml and the README's Inputs and Outputs tables, rendered from the
 * declaration (./declaration.ts). Pure; scripts/interface.mjs writes them and
 * `.ci/run` fails when the files differ. Imports nothing but the declaration,
 * so that the generator can load both files on their own.
 */

/** Where the README's generated tables sit. */
const README_MARKERS = {
    inputs: [
        '<!-- inputs: generated from src/interface/declaration.ts by `npm run interface` -->',
        '<!-- inputs end -->'
    ],
    outputs: [
        '<!-- outputs: generated from src/interface/declaration.ts by `npm run interface` -->',
        '<!-- outputs end -->'
    ]
};
const HEADER = (/* unused pure expression or super */ null && (`# Generated from src/interface/declaration.ts by \`npm run interface\`: edit the declaration, not this file.
name: 'Microsoft Store Submit'
description: 'Publish app submissions, package flights, add-ons and MSI/EXE apps to the Microsoft Store: replace, create, update, upload, commit, wait, report.'
author: 'msstore-submit-action'
branding:
  icon: 'upload-cloud'
  color: 'blue'
`));
const FOOTER = (/* unused pure expression or super */ null && (`runs:
  using: 'node24'
  main: 'dist/index.js'
`));
/** A YAML scalar in single quotes (the generator lets Prettier pick the quotes it prefers). */
function quote(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
/** The description action.yml shows: the declaration's, with the documented default of an input the runner does not set. */
function actionDescription(spec) {
    return spec.fallback !== undefined ? `${spec.description} When not given: \`${spec.fallback}\`.` : spec.description;
}
function renderActionYml() {
    const lines = [HEADER, 'inputs:'];
    for (const [name, spec] of Object.entries(INPUTS)) {
        lines.push(`  ${name}:`, `    description: ${quote(actionDescription(spec))}`);
        lines.push(`    required: ${spec.required ? 'true' : 'false'}`);
        if (spec.action !== undefined)
            lines.push(`    default: ${quote(spec.action)}`);
    }
    lines.push('', 'outputs:');
    for (const [name, spec] of Object.entries(OUTPUTS)) {
        lines.push(`  ${name}:`, `    description: ${quote(spec.description)}`);
    }
    lines.push('', FOOTER);
    return lines.join('\n');
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function defaultCell(spec) {
    if (spec.required)
        return 'required';
    const value = spec.action ?? spec.fallback;
    if (value === undefined)
        return '';
    return value === '' ? 'empty' : `\`${value}\``;
}
/**
 * Which runs take the input: `all`, or the API and the operations it is limited to, each operation as `named`
 * gives it (the README: the operation itself; the command line's help: its command word), joined by `between`.
 */
function runsCell(spec, named = (operation) => operation, between = ', ') {
    const api = spec.apis.length > 1 ? '' : spec.apis[0] === 'msix' ? 'MSIX' : 'MSI/EXE';
    const every = declaration/* OPERATIONS */.xb.every((op) => spec.operations.includes(op));
    const operation = every ? '' : spec.operations.map(named).join(between);
    return [api, operation].filter(Boolean).join(', ') || 'all';
}
function renderInputsTable() {
    const rows = Object.entries(INPUTS).map(([name, spec]) => `| \`${name}\` | ${defaultCell(spec)} | ${runsCell(spec)} | ${cell(actionDescription(spec))} |`);
    return ['| input | default | for | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
function renderOutputsTable() {
    const rows = Object.entries(OUTPUTS).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
    return ['| output | meaning |', '|---|---|', ...rows].join('\n');
}
/** The README with its generated tables replaced; throws when a marker is missing. */
function renderReadme(readme) {
    let text = readme.replace(/\r\n/g, '\n');
    for (const [section, table] of [
        ['inputs', renderInputsTable()],
        ['outputs', renderOutputsTable()]
    ]) {
        const [start, end] = README_MARKERS[section];
        const from = text.indexOf(start);
        const to = text.indexOf(end, from);
        if (from < 0 || to < 0)
            throw new Error(`README.md has no '${start}' ... '${end}' block for the ${section} table.`);
        text = `${text.slice(0, from + start.length)}\n\n${table}\n\n${text.slice(to)}`;
    }
    return text;
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/**
 * `msstore-submit --help`, generated from the one declaration of inputs
 * (../interface/declaration.ts): every input that is an option, with its
 * description, its default and the runs it belongs to, so an input added to
 * the declaration is in the help with no edit here. After a command word,
 * only the options that command takes. Pure.
 */




const WIDTH = 100;
/** What each command does, for --help. */
const COMMAND_HELP = {
    publish: 'Make a new submission: replace the pending one, create, update, upload, commit, wait (operation submit).',
    rollout: 'Change the rollout of the last published submission: rollout-action update, finalize or halt.',
    status: 'Read what the Store holds now: the published and the pending submission, the rollout. Changes nothing.',
    export: "Write the published submission's listings into listings-folder, in the layout publish reads."
};
const EXIT_HELP = {
    done: 'done',
    failed: 'the run failed (the error says what the Store was left with)',
    usage: 'bad usage: an unknown option, a bad value, or an input or file the run refuses; nothing sent'
};
/** Text without Markdown's backticks, for a terminal. */
const plain = (markdown) => markdown.replace(/`/g, '');
/** Words wrapped to WIDTH, each line indented; `head` (as long as the indent at most) starts the first line. */
function wrap(text, indent, head = '') {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line)
        lines.push(line);
    return lines.map((l, i) => (i === 0 && head ? head.padEnd(indent) : ' '.repeat(indent)) + l);
}
/** Which runs take an input: the API and the commands it is limited to, or "all" (the README's "for" column). */
const runsOf = (spec) => runsCell(spec, commandOf, '/');
function placeholder(spec) {
    switch (spec.type.kind) {
        case 'boolean':
            return '[=true|false]';
        case 'number':
            return ' NUMBER';
        case 'choice':
            return ` <${spec.type.values.join('|')}>`;
        default:
            return ' VALUE';
    }
}
function optionHelp(name, spec) {
    const notes = [runsOf(spec)];
    const fallback = spec.action ?? spec.fallback;
    const variable = INPUT_VARIABLES[name];
    if (spec.required)
        notes.push('required');
    if (variable)
        notes.push(`or ${variable}`);
    if (!spec.required && fallback)
        notes.push(`default: ${fallback}`);
    const head = `  --${name}${placeholder(spec)}  (${notes.join('; ')})`;
    const description = wrap(plain(spec.description), 6);
    if (head.length <= WIDTH)
        return [head, ...description];
    return [`  --${name}${placeholder(spec)}`, ...wrap(`(${notes.join('; ')})`, 6), ...description];
}
/** The help text; with an operation, only the options a run of it takes. */
function helpText(operation) {
    const command = operation ? commandOf(operation) : '<command>';
    const lines = [
        `Usage: msstore-submit ${command} [--option VALUE | --option=VALUE | --switch]...`,
        '       msstore-submit --help | --version',
        '',
        ...wrap('Publishes to the Microsoft Store with the engine of the msstore-submit GitHub Action: the same inputs, checks and outputs. Logs and progress go to stderr, the outputs to stdout.', 0),
        ''
    ];
    if (!operation) {
        lines.push('Commands:');
        for (const word of Object.keys(COMMANDS)) {
            lines.push(...wrap(plain(COMMAND_HELP[word]), 11, `  ${word}`));
        }
        lines.push('');
    }
    lines.push(`${operation ? `Options of ${command}` : 'Options'}: the action's inputs, with the same names and meanings (README.md, Inputs).`);
    for (const name of optionInputs()) {
        const spec = declaration/* INPUTS */.mc[name];
        if (operation && !spec.operations.includes(operation))
            continue;
        lines.push(...optionHelp(name, spec));
    }
    lines.push('', 'Options of the command line:');
    for (const [name, option] of Object.entries(CLI_OPTIONS)) {
        lines.push(`  --${name}${option.value ? ' FILE' : ''}${name === 'help' ? ', -h' : ''}`, ...wrap(plain(option.description), 6));
    }
    lines.push('', 'Environment:');
    for (const [name, description] of Object.entries(ENVIRONMENT_VARIABLES)) {
        lines.push(`  ${name}`, ...wrap(description, 6));
    }
    lines.push('', 'Exit codes:');
    for (const [key, code] of Object.entries(EXIT_CODES)) {
        lines.push(`  ${code}  ${EXIT_HELP[key]}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/log-safe.ts
/**
 * Text for the log that the runner cannot read as a workflow command. The
 * runner (actions/runner, ActionCommandManager.TryProcessCommand) reads each
 * line of a step's stdout, split at CR, LF or CRLF, as a command when
 * - it starts with `::` after leading whitespace (ActionCommand.TryParseV2
 *   trims the start), e.g. `::add-mask::x`, `::stop-commands::token`; or
 * - it holds `##[` anywhere (the legacy ActionCommand.TryParse), e.g.
 *   `text ##[error]x`.
 * Every line of Store or repository text (listing texts, release notes, file
 * names, the Store's error details) goes through here on its way to stdout.
 * Such a line keeps its words and is marked visibly: `::` at its start gets
 * `» ` in front of it, and `##[` becomes `## [`. Other lines are unchanged.
 * Pure.
 */
/** The mark put in front of a line that would open a `::command::`. */
const COMMAND_MARK = '» ';
/** Whitespace .NET's TrimStart() removes (Char.IsWhiteSpace), which JavaScript's \s covers, plus U+0085. */
const COMMAND_START = /^[\s\u0085]*::/u;
/** One line (no CR or LF) that the runner cannot read as a command. */
function safeLogLine(line) {
    const marked = COMMAND_START.test(line) ? `${COMMAND_MARK}${line}` : line;
    return marked.replace(/##\[/g, '## [');
}
/** Text of any number of lines (CR, LF or CRLF between them), each made safe; the line breaks are kept. */
function safeLog(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, i) => (i % 2 === 1 ? part : safeLogLine(part)))
        .join('');
}

;// CONCATENATED MODULE: ./src/cli/outputs.ts
/**
 * The outputs of a command-line run, written for whoever reads them: stdout
 * lines (`name=value`), one JSON object (--json), a dotenv file for GitLab's
 * `reports: dotenv` (--output-file), and Azure Pipelines' logging commands
 * (`##vso[...]`, when TF_BUILD is set). Pure: an ordered map of outputs in,
 * text out. No value can forge a second line, a second variable or a second
 * logging command.
 */
/** Azure Pipelines' agent reads a logging command anywhere on a line of stdout or stderr. */
const AZURE_PREFIX = /##vso\[/gi;
/**
 * JSON text on one line by every reader's rule (U+0085, U+2028 and U+2029 escaped too), with `##vso[` written
 * `##vso\u005b`: JSON.parse gives the text back, the Azure Pipelines agent sees no command.
 */
function oneLineJson(json) {
    return json
        .replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(AZURE_PREFIX, (found) => `${found.slice(0, -1)}\\u005b`);
}
/**
 * A value that would not survive as the rest of one line: it holds a line break (CR, LF, or another Unicode line
 * terminator), has spaces around it (which line readers trim), starts with `"` (which would read as quoted), or
 * holds `##vso[` (which the Azure Pipelines agent would run as a command).
 */
function needsQuoting(value) {
    return (/[\r\n\u2028\u2029\u0085]/.test(value) || value !== value.trim() || value.startsWith('"') || /##vso\[/i.test(value));
}
/** A value as the rest of one line: as it is, or, when it would not survive that, a JSON string. */
function lineValue(value) {
    return needsQuoting(value) ? oneLineJson(JSON.stringify(value)) : value;
}
/**
 * `name=value` lines for stdout. A value that would break the line format (a line break, spaces around it, a
 * leading `"`, or `##vso[`) is written as a JSON string, so every output is exactly one line and a reader takes a
 * value that starts with `"` as JSON. The outputs of this action are IDs, statuses, URLs, numbers and one-line
 * JSON (status-details), so that is rare.
 */
function outputLines(outputs) {
    return [...outputs].map(([name, value]) => `${name}=${lineValue(value)}\n`).join('');
}
/** --json: one JSON object on one line, the output names as keys, in order. */
function outputJson(outputs) {
    const object = Object.fromEntries([...outputs].map(([name, value]) => [name, value]));
    return `${oneLineJson(JSON.stringify(object))}\n`;
}
/** An output's name as a variable: upper case, every character but A-Z, 0-9 and _ as `_` (submission-id → SUBMISSION_ID). */
function variableName(output) {
    return output.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
/** GitLab's default size limit of a dotenv report (the plan limit `dotenv_size`): the file must be smaller. */
const GITLAB_DOTENV_LIMIT_BYTES = 5 * 1024;
/**
 * A dotenv file as GitLab's `reports: dotenv` reads it: one `KEY=value` a line, split at the first `=`, key and
 * value trimmed, quotes kept as part of the value (GitLab does not unquote), no multi-line values, no blank lines
 * or comments. Hence: keys by variableName; an empty output is left out (a shell reads unset and empty alike, and
 * the file stays small); a value that would not survive one line is a JSON string, as on stdout; and outputs that
 * would take the file to GitLab's size limit are left out (named in `left`) rather than lose the whole report.
 */
function dotenv(outputs, limitBytes = GITLAB_DOTENV_LIMIT_BYTES) {
    let text = '';
    const left = [];
    for (const [name, value] of outputs) {
        if (value === '')
            continue;
        const line = `${variableName(name)}=${lineValue(value)}\n`;
        if (Buffer.byteLength(text + line, 'utf8') >= limitBytes) {
            left.push(name);
            continue;
        }
        text += line;
    }
    return { text, left };
}
/**
 * Escaping for a logging command's property values and message, as azure-pipelines-task-lib writes them and the
 * agent reads them back (one table for both): `%` first (as %AZP25), then `;`, CR, LF and `]`.
 */
function azureEscape(text) {
    return text
        .replace(/%/g, '%AZP25')
        .replace(/;/g, '%3B')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/]/g, '%5D');
}
/** One logging command line: `##vso[area.event key=value;...]message`. */
function azureCommand(name, properties, message) {
    const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${azureEscape(value)};`)
        .join('');
    return `##vso[${name}${props ? ` ${props}` : ''}]${azureEscape(message)}\n`;
}
/** Sets an output variable of the step, read by later steps and jobs as `$(STEP.NAME)`. */
function azureSetVariable(name, value) {
    return azureCommand('task.setvariable', { variable: name, isOutput: 'true' }, value);
}
/** Asks the agent to mask a value in every later line of the log. */
function azureSetSecret(value) {
    return azureCommand('task.setsecret', {}, value);
}
/** An error or a warning on the run's summary page. */
function azureLogIssue(type, message) {
    return azureCommand('task.logissue', { type }, message);
}
/** Attaches a Markdown file to the run's summary page. */
function azureUploadSummary(path) {
    return azureCommand('task.uploadsummary', {}, path);
}
/** Every output as an output variable, named as in the dotenv file (SUBMISSION_ID), in order. */
function azureOutputCommands(outputs) {
    return [...outputs].map(([name, value]) => azureSetVariable(variableName(name), value)).join('');
}
/**
 * A log line on Azure Pipelines with every `##vso[` broken (`##vso [`), so text from the Store, the repository or an
 * error message can never run as a logging command; only the lines made by the functions above carry one.
 */
function defuseAzureCommands(line) {
    return line.replace(AZURE_PREFIX, (found) => `${found.slice(0, -1)} [`);
}

;// CONCATENATED MODULE: ./src/cli/host.ts
/**
 * The command line's host (src/run/host.ts): inputs from the command line and the environment, the log on stderr,
 * secrets kept out of every line it writes, the outputs collected for stdout, a dotenv file and Azure Pipelines'
 * variables, the summary to a file. Azure Pipelines (TF_BUILD) also gets its logging commands: secrets, issues, and
 * the summary uploaded.
 */



function cliHost(options) {
    const { credentials, azure, io } = options;
    const secrets = new Set();
    const outputs = new Map();
    let failure;
    /** Every line this host writes: secrets replaced, and on Azure Pipelines no logging command but its own. */
    const clean = (text) => {
        let out = text;
        for (const secret of secrets)
            out = out.split(secret).join('***');
        // Never a workflow command (a GitHub runner reads stderr too), nor, on Azure Pipelines, a logging command.
        return azure ? defuseAzureCommands(safeLog(out)) : safeLog(out);
    };
    const log = (text) => io.stderr(`${clean(text)}\n`);
    const mask = (secret) => {
        if (!secret || secrets.has(secret))
            return;
        secrets.add(secret);
        if (azure)
            io.stdout(azureSetSecret(secret));
    };
    for (const secret of credentials.secrets)
        mask(secret);
    let summaryStarted = false;
    return {
        outputs,
        failure: () => failure,
        input: (name) => credentials.inputs[name] ?? '',
        setOutput: (name, value) => void outputs.set(name, value),
        info: log,
        warning: (message) => (azure ? io.stdout(azureLogIssue('warning', clean(message))) : log(`warning: ${message}`)),
        error: (message) => (azure ? io.stdout(azureLogIssue('error', clean(message))) : log(`error: ${message}`)),
        writeSummary: async (markdown) => {
            if (!options.summaryFile)
                throw new Error('no --summary-file given');
            (0,external_node_fs_.appendFileSync)(options.summaryFile, clean(markdown));
            if (azure && !summaryStarted)
                io.stdout(azureUploadSummary(options.summaryFile));
            summaryStarted = true;
        },
        mask,
        getIdToken: credentials.getIdToken,
        idToken: {
            label: 'the federated token in AZURE_FEDERATED_TOKEN_FILE',
            available: credentials.method === 'federated-token-file',
            missing: 'neither AZURE_CLIENT_SECRET nor AZURE_FEDERATED_TOKEN_FILE is set'
        },
        userAgent: `msstore-submit-cli/${options.version}`,
        fail: (message) => {
            failure = message;
            if (azure)
                io.stdout(azureLogIssue('error', clean(message)));
            else
                log(`error: ${message}`);
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `msstore-submit`: the action's engine (src/run/engine.ts) for every other CI and for a laptop. The command line
 * and the environment give the inputs (src/cli/args.ts, env.ts), the log goes to stderr, the outputs to stdout
 * (`name=value` lines, or --json), --output-file writes them as dotenv, and on Azure Pipelines they are also set as
 * output variables. Exit codes: 0 done, 1 failed, 2 bad usage (an option, or an input value or a file it names that
 * the run refuses before its first request).
 */










const VERSION = package_namespaceObject.rE;
/** Runs one command line; resolves with the exit code. */
async function cliMain(argv, env, io) {
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
    const credentials = readCredentials(command, env, (path) => (0,promises_.readFile)(path, 'utf8'));
    const azure = isAzurePipelines(env);
    const summaryFile = command.summaryFile ??
        (azure ? (0,external_node_path_.join)(env.AGENT_TEMPDIRECTORY || (0,external_node_os_namespaceObject.tmpdir)(), `msstore-submit-summary-${process.pid}.md`) : undefined);
    const host = cliHost({ credentials, azure, summaryFile, io, version: VERSION });
    for (const note of credentials.notes)
        host.warning(note);
    const end = await runWith(host);
    const outputs = [...host.outputs];
    io.stdout(command.json ? outputJson(outputs) : outputLines(outputs));
    if (azure)
        io.stdout(azureOutputCommands(outputs));
    if (command.outputFile) {
        const file = dotenv(outputs);
        await (0,promises_.writeFile)(command.outputFile, file.text);
        if (file.left.length)
            host.warning(`Left out of ${command.outputFile} (GitLab's dotenv size limit): ${file.left.join(', ')}.`);
    }
    if (end.kind === 'succeeded')
        return EXIT_CODES.done;
    return end.badInput ? EXIT_CODES.usage : EXIT_CODES.failed;
}


/***/ }),

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   un: () => (/* binding */ UncertainOutcomeError)
/* harmony export */ });
/**
 * The one error type the user sees. `main.ts` turns it into a one-line
 * `core.setFailed` with no stack; anything else is a bug and may show one.
 */
class ActionError extends Error {
    /** What to do about it, appended to the message when present. */
    hint;
    /** The Store's MS-CorrelationId of the failed call, for Microsoft support. */
    correlationId;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ActionError';
        this.hint = options.hint;
        this.correlationId = options.correlationId;
    }
    /** The whole message on one line: what failed, then how to fix it. */
    oneLine() {
        const text = this.hint ? `${this.message} ${this.hint}` : this.message;
        return text.replace(/\s*[\r\n]+\s*/g, ' ');
    }
}
/** A failed call to the Store API (or the token endpoint, or the blob). */
class ApiError extends ActionError {
    call;
    status;
    code;
    storeMessage;
    attempts;
    constructor(details) {
        const parts = [`${details.call} failed`];
        if (details.status !== undefined)
            parts.push(`with HTTP ${details.status}`);
        let message = parts.join(' ');
        const what = [details.code, details.storeMessage].filter(Boolean).join(': ');
        if (what)
            message += ` (${what})`;
        if (details.attempts !== undefined && details.attempts > 1)
            message += ` after ${details.attempts} attempts`;
        const name = details.correlationName ?? 'MS-CorrelationId';
        message += details.correlationId ? ` [${name}: ${details.correlationId}]` : ` [no ${name}]`;
        message += '.';
        super(message, { hint: details.hint, correlationId: details.correlationId, cause: details.cause });
        this.name = 'ApiError';
        this.call = details.call;
        this.status = details.status;
        this.code = details.code;
        this.storeMessage = details.storeMessage;
        this.attempts = details.attempts;
    }
}
/** A request that is not safe to repeat and whose outcome is unknown: it may or may not have been carried out. */
class UncertainOutcomeError extends ApiError {
    /** Set when reading back what the server holds showed that the request was not carried out. */
    notCarriedOut = false;
    constructor(details) {
        super(details);
        this.name = 'UncertainOutcomeError';
    }
}
/** The job was cancelled (SIGINT/SIGTERM) while the action was waiting. */
class CancelledError extends ActionError {
    constructor(message = 'The job was cancelled.') {
        super(message);
        this.name = 'CancelledError';
    }
}


/***/ }),

/***/ 6106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l8: () => (/* binding */ chosenApi),
/* harmony export */   xj: () => (/* binding */ runOperation),
/* harmony export */   yD: () => (/* binding */ checkRunKind)
/* harmony export */ });
/* unused harmony export givenInputs */
/* harmony import */ var _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5854);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3718);
/**
 * Which inputs a kind of run takes, from the declaration: an input the chosen
 * API or operation cannot honour is refused before any request, naming it,
 * both ways; never silently ignored. Inputs with an action.yml default are
 * valid in every run by the declaration's rule, so "given" means the user
 * gave it.
 */


const quoted = (names) => names.map((name) => `'${name}'`).join(', ');
/** The inputs the step gives a value (a universal input's action.yml default counts; it is valid everywhere). */
function givenInputs(input) {
    return _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_NAMES */ .Qh.filter((name) => input(name).trim() !== '');
}
/** The API the inputs choose: `product-id` selects the MSI/EXE API. */
function chosenApi(input) {
    return input('product-id').trim() ? 'msi-exe' : 'msix';
}
function refuseOtherApi(given, api) {
    const other = given.filter((name) => !_interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name].apis.includes(api));
    if (!other.length)
        return;
    if (api === 'msi-exe')
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`'product-id' selects an MSI/EXE product, which does not take ${quoted(other)}.`, "Use 'installers' for its packages; MSIX apps, flights and add-ons are published with 'application-id' in a separate step.");
    (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${quoted(other).replace(/, ([^,]*)$/, ' and $1')} ${other.length > 1 ? 'are' : 'is'} only for an MSI/EXE product, but 'product-id' is not set.`, "Set 'product-id' to the product's Partner Center ID (a GUID), or remove them for an MSIX app.");
}
/** A choice value only some APIs have (wait-for: certification, operation: rollout). */
function refuseValuesOfOtherApi(input, given, api) {
    for (const name of given) {
        const type = _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name].type;
        if (type.kind !== 'choice' || !type.apis)
            continue;
        const value = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(input, name);
        const apis = value ? type.apis[value] : undefined;
        if (apis && !apis.includes(api))
            (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`'${name}: ${value}' is not available for ${api === 'msi-exe' ? "an MSI/EXE product ('product-id')" : 'an MSIX app'}.`, name === 'wait-for'
                ? "The MSI/EXE API has no certification stage of its own (scanning, certification and publishing are one INPROGRESS): use 'wait-for: commit' or 'publish'."
                : 'MSI/EXE products have no package rollouts: use it for MSIX apps and flights.');
    }
}
/** What a run of each operation other than submit does, for "…, so X has nothing to act on". */
const DOES = {
    rollout: 'changes the rollout of the last published submission and makes no new one',
    status: 'reads what the Store holds and changes nothing',
    export: 'writes the published listings into listings-folder and changes nothing in the Store'
};
function refuseOtherOperation(input, given, operation) {
    const other = given.filter((name) => !_interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name].operations.includes(operation));
    // `commit` belongs to every run (its default, true, is valid everywhere); stopping before a commit only to submissions.
    if (operation !== 'submit' && (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(input, 'commit') === false)
        other.push('commit');
    if (!other.length)
        return;
    if (operation !== 'submit')
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`'operation: ${operation}' ${DOES[operation]}, so ${quoted(other)} ${other.length === 1 ? 'has' : 'have'} nothing to act on.`, operation === 'export' && other.some((name) => name.startsWith('flight-'))
            ? "A package flight has no Store listing: export the app's listings in a step without the flight inputs."
            : 'Remove them, or use them in a step with operation: submit.');
    // Grouped by the operations they are for (today: rollout-action for rollout, overwrite for export).
    const opsOf = (name) => _interface_declaration_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name].operations.filter((op) => op !== 'submit');
    const only = opsOf(other[0]);
    const same = other.filter((name) => opsOf(name).join() === only.join());
    const rest = other.filter((name) => !same.includes(name));
    const also = rest.length
        ? ` ${quoted(rest)} ${rest.length === 1 ? 'is' : 'are'} not for 'operation: submit' either.`
        : '';
    (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${same.length === 1 ? 'Input ' : ''}${quoted(same)} ${same.length === 1 ? 'is' : 'are'} only for ${only.map((op) => `'operation: ${op}'`).join(' or ')}${only.includes('rollout') ? " (changing a published submission's rollout)" : ''}.${also}`, only.includes('rollout')
        ? "Set 'operation: rollout', or use 'rollout-percentage' to start a rollout with this submission."
        : `Set 'operation: ${only[0]}', or leave ${quoted(same)} out.`);
}
/** What the run does (`operation`, `submit` when not given): the one reader of that input. */
function runOperation(input) {
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(input, 'operation') ?? 'submit';
}
/** Refuses every input (and value) the chosen API and operation cannot honour; returns them. */
function checkRunKind(input) {
    const given = givenInputs(input);
    const api = chosenApi(input);
    refuseOtherApi(given, api);
    refuseValuesOfOtherApi(input, given, api);
    const operation = runOperation(input);
    refuseOtherOperation(input, given, operation);
    return { api, operation };
}


/***/ }),

/***/ 3718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ readBaseUrl),
/* harmony export */   Fg: () => (/* binding */ parseId),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   kz: () => (/* binding */ readNumber)
/* harmony export */ });
/* unused harmony export parseBoolean */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _interface_declaration_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5854);
/**
 * Reading one input: the shapes every input comes in, each refused with one
 * clear line. Booleans, numbers and choices are read as the declaration
 * (../interface/declaration.ts) types them, an empty value meaning the
 * declared default.
 */


function fail(message, hint) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(message, { hint });
}
/** true/yes/on or false/no/off, any case, spaces around ignored; undefined for an empty value. */
function parseBoolean(name, value) {
    const text = value.trim();
    if (text === '')
        return undefined;
    if (/^(true|yes|on)$/i.test(text))
        return true;
    if (/^(false|no|off)$/i.test(text))
        return false;
    return fail(`Input '${name}' must be true or false, got '${value}'.`);
}
function typeOf(name, kind) {
    const type = _interface_declaration_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name].type;
    if (type.kind !== kind)
        throw new Error(`Input '${name}' is declared as ${type.kind}, read as ${kind}.`);
    return type;
}
/** The value given, else the declared default (action.yml's, or the documented fallback). */
function valueOf(input, name) {
    return input(name).trim() || (0,_interface_declaration_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultOf */ .HA)(name);
}
/** A boolean input; empty means its declared default (undefined when it has none: "as before"). */
function readBoolean(input, name) {
    typeOf(name, 'boolean');
    return parseBoolean(name, valueOf(input, name));
}
/** A number input within its declared range; empty means its declared default. */
function readNumber(input, name) {
    const { min, max, integer } = typeOf(name, 'number');
    const value = valueOf(input, name);
    const number = Number(value);
    if (value === '' ||
        !Number.isFinite(number) ||
        (integer && !Number.isInteger(number)) ||
        number < min ||
        number > max) {
        fail(`Input '${name}' must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got '${value}'.`);
    }
    return number;
}
/** One of a choice input's declared values, as declared (matched in any case); undefined when empty without a default. */
function readChoice(input, name) {
    const { values } = typeOf(name, 'choice');
    const value = valueOf(input, name);
    if (value === '')
        return undefined;
    const match = values.find((option) => option.toLowerCase() === value.toLowerCase());
    if (!match)
        fail(`Input '${name}' must be ${values.join(', ').replace(/, ([^,]*)$/, ' or $1')}, got '${input(name)}'.`);
    return match;
}
/** IDs go into URL paths: refuse anything that could change the path. */
function parseId(name, value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
        fail(`Input '${name}' is not a valid Store ID: '${value}'.`, 'Copy the ID from Partner Center (for an app, e.g. 9NBLGGH4R315).');
    }
    return value;
}
/** A base URL input (https, or http to loopback); empty means its declared default. */
function readBaseUrl(input, name) {
    const value = valueOf(input, name);
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return fail(`Input '${name}' is not a URL: '${value}'.`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        fail(`Input '${name}' must be an https:// URL (plain http is allowed only for 127.0.0.1), got '${value}'.`);
    }
    return value.replace(/\/+$/, '');
}


/***/ }),

/***/ 5854:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mc: () => (/* binding */ INPUTS),
  Qh: () => (/* binding */ INPUT_NAMES),
  xb: () => (/* reexport */ OPERATIONS),
  py: () => (/* binding */ OUTPUTS),
  HA: () => (/* binding */ defaultOf)
});

// UNUSED EXPORTS: inputSpec

;// CONCATENATED MODULE: ./src/interface/spec.ts
const BOTH = ['msix', 'msi-exe'];
const MSIX = ['msix'];
const MSI_EXE = ['msi-exe'];
/** Every operation: an input that belongs to all of them. */
const OPERATIONS = ['submit', 'rollout', 'status', 'export'];
const ANY = OPERATIONS;
const SUBMIT = ['submit'];
const ROLLOUT = ['rollout'];
/** Names the parent (or product) a read-back run reads, too. */
const SUBMIT_OR_READ = ['submit', 'status', 'export'];
/** A package flight: it has no listing to export. */
const FLIGHT_RUNS = ['submit', 'rollout', 'status'];
const TEXT = { kind: 'text' };
const BOOLEAN = { kind: 'boolean' };

;// CONCATENATED MODULE: ./src/interface/inputs-how.ts
/** The inputs that say how a run goes: waiting, flights and add-ons, release controls, operations, the request layer (declaration.ts joins them after ./inputs-what.ts). */

const HOW_INPUTS = {
    'wait-for': {
        description: 'How far to wait after the commit: `commit` (the commit is done, the Store has taken the packages; for an MSI/EXE product: the submission is made), `certification` (passed certification: Release or later; MSIX only, the MSI/EXE API has no such stage), or `publish` (Published; a Manual or SpecificDate submission stops at Release).',
        action: 'commit',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'choice', values: ['commit', 'certification', 'publish'], apis: { certification: MSIX } }
    },
    'poll-interval-seconds': {
        description: "The longest wait between two status reads. Reads come every 10 s at first (never more than 6 a minute), then, from 200 s on, a twentieth of the time waited so far apart, up to this. Under 10, every read comes this soon (mind the tenant's budget of about 20 calls a minute).",
        action: '30',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'number', min: 0.01, max: 3600 }
    },
    'timeout-minutes': {
        description: 'Stop waiting for the status after this many minutes (decimals allowed). The step then fails with the last status seen; the Store goes on with the submission.',
        action: '60',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'number', min: 0.001, max: 60 * 24 * 14 }
    },
    'flight-id': {
        description: 'Submit to this package flight of application-id (its flight ID).',
        apis: MSIX,
        operations: FLIGHT_RUNS,
        type: TEXT
    },
    'flight-name': {
        description: 'Or find the package flight by its friendly name; if none has it and flight-group-ids is set, create it.',
        apis: MSIX,
        operations: FLIGHT_RUNS,
        type: TEXT
    },
    'flight-group-ids': {
        description: 'Comma-separated flight group IDs, for creating a flight by flight-name.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'flight-rank-higher-than': {
        description: 'Friendly name of the flight just below a newly created one (optional).',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'add-on-id': {
        description: 'Submit to this add-on (its Store ID, e.g. 9NBLGGH4TNMP).',
        apis: MSIX,
        operations: ANY,
        type: TEXT
    },
    'add-on-product-id': {
        description: "Or find the add-on by its product ID among application-id's add-ons; if none has it and add-on-type is set, create it.",
        apis: MSIX,
        operations: ANY,
        type: TEXT
    },
    'add-on-type': {
        description: '`Durable` or `Consumable`, for creating an add-on by add-on-product-id.',
        apis: MSIX,
        operations: SUBMIT,
        type: { kind: 'choice', values: ['Durable', 'Consumable'] }
    },
    'publish-mode': {
        description: 'When the submission publishes once certified: `Immediate`, `Manual` (someone presses Publish now in Partner Center) or `SpecificDate` (with publish-date). Empty: as the last published submission had it.',
        apis: MSIX,
        operations: SUBMIT,
        type: { kind: 'choice', values: ['Immediate', 'Manual', 'SpecificDate'] }
    },
    'publish-date': {
        description: 'With publish-mode SpecificDate: the date and time to publish, ISO 8601 (e.g. 2025-06-01T09:00:00Z; no offset means UTC). Must lie in the future.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'rollout-percentage': {
        description: 'Start a gradual rollout of the new packages to this share of users (0 to 100, decimals allowed). App and flight submissions. With operation rollout and rollout-action update: the new share.',
        apis: MSIX,
        operations: ['submit', 'rollout'],
        type: TEXT
    },
    'mandatory-update': {
        description: '`true`: the new packages are a mandatory update; `false`: they are not. Empty: as the last published submission had it. App and flight submissions.',
        apis: MSIX,
        operations: SUBMIT,
        type: BOOLEAN
    },
    'mandatory-update-date': {
        description: 'With mandatory-update true: when the packages become mandatory, ISO 8601, in the future.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'existing-rollout': {
        description: 'What to do when the last published submission is still rolling out (which blocks a new submission): `fail` (naming it and its percentage; nothing is changed), `finalize` (everyone gets it) or `halt` (back to the one before), before creating the new submission.',
        fallback: 'fail',
        apis: MSIX,
        operations: SUBMIT,
        type: { kind: 'choice', values: ['fail', 'finalize', 'halt'] }
    },
    operation: {
        description: '`submit`: make a new submission. `rollout`: change the rollout of the last published submission (rollout-action), without making a new one (MSIX apps and flights). `status`: read the published and the pending submission, and the rollout, into the outputs and the summary; changes nothing. `export`: write the published listings into listings-folder, in the layout it reads; changes nothing in the Store. See docs/read-back.md.',
        action: 'submit',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'choice', values: ['submit', 'rollout', 'status', 'export'], apis: { rollout: MSIX } }
    },
    overwrite: {
        description: 'With operation export: `true` lets it replace files in listings-folder whose content differs from what the Store holds. `false`: such a file fails the step before anything is written.',
        fallback: 'false',
        apis: BOTH,
        operations: ['export'],
        type: BOOLEAN
    },
    'rollout-action': {
        description: 'With operation rollout: `update` (to rollout-percentage), `finalize` or `halt`.',
        apis: MSIX,
        operations: ROLLOUT,
        type: { kind: 'choice', values: ['update', 'finalize', 'halt'] }
    },
    commit: {
        description: '`true`: commit the submission (for an MSI/EXE product: submit the draft). `false`: prepare it (replace, create, update, upload; for an MSI/EXE product: update the draft) and stop before the commit, so that a person reviews and submits it in Partner Center; the outputs give its ID (MSIX) and link.',
        action: 'true',
        apis: BOTH,
        operations: ANY,
        type: BOOLEAN
    },
    'upload-concurrency': {
        description: 'Blocks uploaded in parallel for large zips (1-32).',
        fallback: '4',
        apis: MSIX,
        operations: SUBMIT,
        type: { kind: 'number', min: 1, max: 32, integer: true }
    },
    'request-timeout-seconds': {
        description: 'How long one API or upload request may stay silent before it is retried (or, for create and commit, checked).',
        action: '120',
        apis: BOTH,
        operations: ANY,
        type: { kind: 'number', min: 1, max: 3600 }
    },
    'store-api-url': {
        description: 'Base URL of the Store submission API (point it at a local fake for tests).',
        fallback: 'https://manage.devcenter.microsoft.com',
        apis: MSIX,
        operations: ANY,
        type: TEXT
    },
    'msi-exe-api-url': {
        description: 'Base URL of the Store submission API for MSI/EXE apps (point it at a local fake for tests).',
        fallback: 'https://api.store.microsoft.com',
        apis: MSI_EXE,
        operations: SUBMIT_OR_READ,
        type: TEXT
    },
    'authority-host': {
        description: 'Azure AD authority host.',
        action: 'https://login.microsoftonline.com',
        apis: BOTH,
        operations: ANY,
        type: TEXT
    }
};

;// CONCATENATED MODULE: ./src/interface/inputs-what.ts
/** The inputs that say who signs in and what a run sends: credentials, the app or product, the submission's contents (declaration.ts joins them, in this order, before ./inputs-how.ts). */

const WHAT_INPUTS = {
    'tenant-id': {
        description: 'Azure AD (Entra ID) tenant ID associated with your Partner Center account. Required, except for a dry run.',
        required: true,
        apis: BOTH,
        operations: ANY,
        type: TEXT
    },
    'client-id': {
        description: 'Application (client) ID of the Azure AD app added to Partner Center (Account settings > User management > Azure AD applications). Required, except for a dry run.',
        required: true,
        apis: BOTH,
        operations: ANY,
        type: TEXT
    },
    'client-secret': {
        description: 'A client secret of that Azure AD app. Leave empty to sign in with GitHub OIDC instead (needs `permissions: id-token: write` and a federated credential on the app); recommended.',
        action: '',
        apis: BOTH,
        operations: ANY,
        type: TEXT
    },
    'application-id': {
        description: "The app's Store ID, e.g. 9NBLGGH4R315. Required for app and flight submissions, and for finding or creating an add-on by product ID.",
        apis: MSIX,
        operations: ANY,
        type: TEXT
    },
    'product-id': {
        description: "An MSI/EXE product's Partner Center ID (a GUID). Giving it publishes through the Store's API for MSI and EXE apps (api.store.microsoft.com); the inputs only MSIX apps, flights and add-ons take are then refused.",
        apis: MSI_EXE,
        operations: SUBMIT_OR_READ,
        type: TEXT
    },
    'seller-id': {
        description: 'The Partner Center seller ID (digits; Account settings > Legal info), sent as X-Seller-Account-Id. Required with product-id.',
        apis: MSI_EXE,
        operations: SUBMIT_OR_READ,
        type: TEXT
    },
    'submission-json': {
        description: "The submission fields to change, as inline JSON. Deep-merged over the submission the Store clones from the last published one: objects key by key, arrays and values replaced. For an MSI/EXE product: `{ listings: { <language>: {...} }, properties, availability }` with that API's field names.",
        apis: BOTH,
        operations: SUBMIT,
        type: TEXT
    },
    'submission-json-file': {
        description: 'The same, read from a file. Give submission-json or submission-json-file, or neither.',
        apis: BOTH,
        operations: SUBMIT,
        type: TEXT
    },
    'package-zip': {
        description: 'Path of the zip that holds every file the JSON marks `fileStatus: PendingUpload` (packages, listing images, trailers, add-on icons), at the path given as its fileName.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    packages: {
        description: 'Package mode: glob patterns (one a line, or comma-separated; `!` excludes; relative to the workspace; `/` between folders on every OS) of the .msix, .msixbundle, .msixupload, .appx, .appxbundle or .appxupload files to publish. Each is checked against the app (package family name, version) before anything changes, then listed as a new package and uploaded in a zip written on the fly.',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    'keep-packages': {
        description: 'With packages: what happens to the packages already on the submission. `0`: every one is deleted (PendingDelete); `all`: none is; a number N: the N newest of each architecture and device family stay.',
        fallback: '0',
        apis: MSIX,
        operations: SUBMIT,
        type: TEXT
    },
    installers: {
        description: "With product-id: a JSON array (or one object) of installers with the API's field names (packageUrl, languages, architectures, isSilentInstall, installerParameters, packageType, genericDocUrl, errorDetails). It replaces the product's whole package list. packageType is taken from .msi/.exe when left out; isSilentInstall is true when no installerParameters are given.",
        apis: MSI_EXE,
        operations: SUBMIT,
        type: TEXT
    },
    'release-notes': {
        description: 'Text for `releaseNotes` in every listing language of the app submission; for an MSI/EXE product (product-id), `whatsNew` in every listing language of its draft (at most 1500 characters).',
        apis: BOTH,
        operations: SUBMIT,
        type: TEXT
    },
    'release-notes-file': {
        description: 'The same, read from a UTF-8 file (CRLF or LF). Give release-notes or release-notes-file, or neither.',
        apis: BOTH,
        operations: SUBMIT,
        type: TEXT
    },
    'listings-folder': {
        description: "A folder (relative to the workspace) of Store listings kept as files: one folder per language (en-us, de-DE, ...) holding title.txt, description.txt, release-notes.txt, features.txt, keywords.txt, ... and images/<imageType>/ (an add-on: title.txt, description.txt, icon.png). Checked before any change; see the README. For an MSI/EXE product (product-id) its texts update that API's listings where the fields correspond. With operation export (required there): the folder the Store's listings are written into.",
        apis: BOTH,
        operations: ['submit', 'export'],
        type: TEXT
    },
    'dry-run': {
        description: '`true`: do everything up to the first request that would change something (read and check the packages, the app, the published submission), print the submission JSON, the packages and the zip entries it would send, and change nothing. Works without credentials too, saying what it could not check. For an MSI/EXE product: read the draft, check the changes against it, and print the installers and the whole modules it would send.',
        action: 'false',
        apis: BOTH,
        operations: ANY,
        type: BOOLEAN
    },
    'delete-pending': {
        description: '`true`: delete a pending submission (one made through the API) before creating the new one, with a warning. `false`: fail and change nothing if one exists.',
        fallback: 'true',
        apis: MSIX,
        operations: SUBMIT,
        type: BOOLEAN
    }
};

;// CONCATENATED MODULE: ./src/interface/declaration.ts
/**
 * The action's public interface, declared once: every input and output, with
 * its description, its default, which API and which operation it belongs to,
 * and how it is read. action.yml's `inputs:`/`outputs:` and the README's
 * Inputs and Outputs tables are generated from here (`npm run interface`;
 * `.ci/run` fails when they differ), the refusals of inputs another API or
 * operation cannot honour are derived from here, and `InputName` makes a read
 * of an undeclared input a type error.
 *
 * The rule that keeps "given" meaning one thing: the runner sets every input
 * that has an action.yml default (`action`) whether the workflow names it or
 * not, so such a default must be valid in every kind of run, for both APIs and
 * every operation. An input that belongs to some runs only has no action.yml
 * default; what an empty value means is its `fallback`, documented here and
 * read by the code.
 *
 * This folder imports nothing from outside it: the generator (scripts/interface.mjs) loads it on
 * its own.
 */



/** Every input, in the order of action.yml and the README. */
const INPUTS = { ...WHAT_INPUTS, ...HOW_INPUTS };
const OUTPUTS = {
    'submission-id': {
        description: 'ID of the submission created (set also when the step fails after creating it). With operation status: the last published submission (empty for an MSI/EXE product: its API does not name it).'
    },
    status: {
        description: 'The last status seen, e.g. PreProcessing, CommitFailed, CommitStarted (after a timeout); for an MSI/EXE product its publishingStatus (INPROGRESS, PUBLISHED, FAILED).'
    },
    'status-details': {
        description: 'The statusDetails JSON (errors, warnings, certificationReports); for an MSI/EXE product the errors and warnings the API gave.'
    },
    'flight-id': {
        description: 'ID of the package flight submitted to (also when it was found by name or created).'
    },
    'add-on-id': {
        description: 'Store ID of the add-on submitted to (also when it was found by product ID or created).'
    },
    'partner-center-url': {
        description: "Partner Center page of the submission (an app's submission), else of the app, add-on or MSI/EXE product."
    },
    'rollout-status': {
        description: 'The package rollout status after the step, as the Store names it: PackageRolloutNotStarted, PackageRolloutInProgress, PackageRolloutComplete, PackageRolloutStopped. Set when the step started, changed or cleared a rollout, and by operation status for the published submission of an app or flight.'
    },
    'rollout-percentage': {
        description: 'The share of users in that rollout after the step (0-100).'
    },
    'pending-submission-id': {
        description: 'With operation status: the ID of the pending submission (not yet published; for an MSI/EXE product the submission in progress), empty when there is none.'
    },
    'pending-status': {
        description: "With operation status: that pending submission's status, empty when there is none."
    }
};
/** The inputs in declaration order (action.yml's and the README's order). */
const INPUT_NAMES = Object.keys(INPUTS);
function inputSpec(name) {
    return INPUTS[name];
}
/** What an empty input means: its action.yml default, else its documented fallback, else ''. */
function defaultOf(name) {
    const spec = INPUTS[name];
    return spec.action ?? spec.fallback ?? '';
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 6982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// The command line's entry (package.json's bin): cliMain, nothing else (src/cli/main.ts). CommonJS, as the action's
// entry is (src/index.cjs), so that node starts the bundle without its ES module loader.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
(__nccwpck_require__(1181)/* .cliMain */ .m)(process.argv.slice(2), process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
  })
  .then((code) => {
    process.exitCode = code;
  });

module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map
