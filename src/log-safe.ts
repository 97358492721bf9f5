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
export const COMMAND_MARK = '» ';

/** Whitespace .NET's TrimStart() removes (Char.IsWhiteSpace), which JavaScript's \s covers, plus U+0085. */
const COMMAND_START = /^[\s\u0085]*::/u;

/** One line (no CR or LF) that the runner cannot read as a command. */
export function safeLogLine(line: string): string {
  const marked = COMMAND_START.test(line) ? `${COMMAND_MARK}${line}` : line;
  return marked.replace(/##\[/g, '## [');
}

/** Text of any number of lines (CR, LF or CRLF between them), each made safe; the line breaks are kept. */
export function safeLog(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : safeLogLine(part)))
    .join('');
}
