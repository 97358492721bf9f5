// The benches' command lines: `--name value` or `--name=value`, `--help` (what the bench measures and its options,
// exit 0), and a one-line message with exit code 2 for an unknown option or a bad value.

/**
 * @typedef {object} OptionSpec
 * @property {'number' | 'string' | 'list' | 'flag'} type   list: comma-separated; flag: no value
 * @property {string} help
 * @property {unknown} [default]
 * @property {string} [value]        the value's name in --help (default N for a number, LIST, VALUE)
 * @property {(value: any) => string | undefined} [check]   what is wrong with a value given, if anything
 *
 * @typedef {object} CommandSpec
 * @property {string} command        how it is run: 'npm run bench:upload --' or 'node bench/upload.mjs'
 * @property {string} what           what it measures (a few lines)
 * @property {Record<string, OptionSpec>} options   by name, without the leading --
 */

/**
 * Reads a bench's options; --help prints and exits 0, a wrong option exits 2.
 * @param {string[]} argv
 * @param {CommandSpec} spec
 * @returns {Record<string, any>} the values by camelCase name (`--size-mib` -> sizeMib)
 */
export function parseOptions(argv, spec) {
  /** @type {Record<string, any>} */
  const values = {};
  for (const [name, option] of Object.entries(spec.options))
    values[camel(name)] = option.type === 'flag' ? false : option.default;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write(helpText(spec));
      process.exit(0);
    }
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(argv[i]);
    const name = match?.[1] ?? '';
    const option = match && Object.hasOwn(spec.options, name) ? spec.options[name] : undefined;
    if (!option) usageError(spec, `unknown option ${argv[i]}`);
    if (option.type === 'flag') {
      if (match?.[2] !== undefined) usageError(spec, `--${name} takes no value`);
      values[camel(name)] = true;
      continue;
    }
    const raw = match?.[2] ?? argv[++i];
    if (raw === undefined) usageError(spec, `--${name} needs a value`);
    const value = option.type === 'number' ? Number(raw) : option.type === 'list' ? raw.split(',') : raw;
    if (option.type === 'number' && !Number.isFinite(value)) usageError(spec, `--${name}: '${raw}' is not a number`);
    const complaint = option.check?.(value);
    if (complaint) usageError(spec, `--${name}: ${complaint}`);
    values[camel(name)] = value;
  }
  return values;
}

/**
 * A one-line complaint about the command line, then exit code 2.
 * @param {CommandSpec} spec
 * @param {string} message
 * @returns {never}
 */
export function usageError(spec, message) {
  process.stderr.write(`${spec.command.replace(/ --$/, '')}: ${message} (--help lists the options)\n`);
  process.exit(2);
}

/** @param {CommandSpec} spec */
export function helpText(spec) {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const value = option.type === 'flag' ? '' : ` ${option.value ?? (option.type === 'number' ? 'N' : 'VALUE')}`;
    const shown = Array.isArray(option.default) ? option.default.join(',') : option.default;
    return [`--${name}${value}`, `${option.help}${shown === undefined ? '' : ` (default ${shown})`}`];
  });
  rows.push(['--help', 'print this and exit']);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return (
    `Usage: ${spec.command} [options]\n\n${spec.what.trim()}\n\nOptions:\n` +
    rows.map(([left, right]) => `  ${left.padEnd(width)}${right}\n`).join('')
  );
}

/** A check: a whole number from `min` to `max`. @param {number} min @param {number} [max] */
export const wholeNumber =
  (min, max = Number.MAX_SAFE_INTEGER) =>
  (/** @type {number} */ value) =>
    Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : `a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}`;

/** A check: every item of a list is one of `allowed`. @param {string[]} allowed */
export const oneOf = (allowed) => (/** @type {string[]} */ list) => {
  const unknown = list.filter((item) => !allowed.includes(item));
  return unknown.length ? `unknown ${unknown.join(', ')}: use ${allowed.join(', ')}` : undefined;
};

/** `size-mib` -> `sizeMib`. @param {string} name */
const camel = (name) => name.replace(/-(\w)/g, (_m, c) => c.toUpperCase());
