/**
 * Stands in for `@actions/exec` in the bundle: tsconfig.json maps the name here (`paths`), and ncc resolves
 * through that mapping. Only @actions/core imports it, for `core.platform` (it runs `lsb_release`, `sw_vers` or
 * PowerShell to name the runner's OS), which nothing in this action calls. Bundled, @actions/exec and the
 * @actions/io it imports were ~60 KB initialised at every start, and they loaded node's child_process (with
 * dgram, net's socket list, readline) and assert before the first request (bench/start.mjs).
 */
function notBundled(): never {
  throw new Error('@actions/exec is not bundled with this action: core.platform is not available.');
}

export const exec = notBundled;
export const getExecOutput = notBundled;
