// The step's log as the GitHub runner shows it, line by line as the step writes it (not when it ends):
// workflow commands are read the way the runner reads them, and every secret is shown as ***.
//
//   ::add-mask::VALUE        consumed; VALUE (and later lines holding it) shows as *** from then on
//   ::debug::TEXT            hidden, as on a runner without step debug logging
//   ::warning ...::TEXT      "Warning: TEXT" (also error, notice); TEXT with its escapes undone (%25 is %)
//   ::group::TITLE           "TITLE", and ::endgroup:: consumed (the runner folds the lines between)
//   ::stop-commands::TOKEN   nothing is read as a command until ::TOKEN::
// The runner masks the secrets it knows before the step starts (`${{ secrets.X }}`): pass them as `secrets`.
// Pure but for the `write` it is given: unit-tested in __tests__/unit/sandbox-log.test.ts.

const ANNOTATIONS = { warning: 'Warning', error: 'Error', notice: 'Notice' };

/** Undoes the escaping of a workflow command's message (`%25`, `%0D`, `%0A`). */
export function unescapeData(value) {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export class RunnerLogView {
  /**
   * @param {{ write: (text: string) => void, secrets?: string[] }} options
   */
  constructor({ write, secrets = [] }) {
    this.write = write;
    this.masks = secrets.filter(Boolean);
    /** @type {Record<string, string>} the unfinished last line of each stream */
    this.partial = {};
    /** @type {string | undefined} */
    this.stopToken = undefined;
  }

  /** Shows each line of `child`'s stdout and stderr as soon as it is complete. */
  attach(child) {
    for (const name of ['stdout', 'stderr']) {
      const stream = child[name];
      if (!stream) continue;
      stream.setEncoding?.('utf8');
      stream.on('data', (chunk) => this.push(name, String(chunk)));
      stream.on('end', () => this.flush(name));
    }
  }

  /** Takes a piece of a stream's output; shows every line it completes. */
  push(stream, chunk) {
    const lines = ((this.partial[stream] ?? '') + chunk).split('\n');
    this.partial[stream] = lines.pop() ?? '';
    for (const line of lines) this.line(line.replace(/\r$/, ''));
  }

  /** Shows what is left of a stream that ended without a newline. */
  flush(stream) {
    const rest = this.partial[stream];
    this.partial[stream] = '';
    if (rest) this.line(rest.replace(/\r$/, ''));
  }

  line(raw) {
    const shown = this.read(raw);
    if (shown !== undefined) this.write(`${this.mask(shown)}\n`);
  }

  /** What the runner shows for one line of output (undefined: nothing). */
  read(raw) {
    if (this.stopToken !== undefined) {
      if (raw !== `::${this.stopToken}::`) return raw;
      this.stopToken = undefined;
      return undefined;
    }
    const command = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(raw);
    if (!command) return raw;
    const [, name, , data] = command;
    const text = unescapeData(data);
    if (name === 'add-mask') {
      if (text) this.masks.push(text);
      return undefined;
    }
    if (name === 'stop-commands') {
      this.stopToken = text;
      return undefined;
    }
    if (name === 'debug' || name === 'endgroup') return undefined;
    if (name === 'group') return text;
    if (name in ANNOTATIONS) return `${ANNOTATIONS[name]}: ${text}`;
    return raw;
  }

  mask(text) {
    let shown = text;
    for (const value of [...this.masks].sort((a, b) => b.length - a.length)) shown = shown.split(value).join('***');
    return shown;
  }
}
