#!/usr/bin/env bash
# The command line as users get it: `npm pack` of this repository (dist/ as committed), installed into an empty
# project, and run from there, never from the source tree. Used by .ci/run and .github/workflows/ci.yml.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$repo" && npm pack --silent --pack-destination "$work" >/dev/null)
cd "$work"
mkdir project && cd project
npm init -y >/dev/null
# The bundle holds every runtime dependency: installing the .tgz fetches nothing.
npm install --no-audit --no-fund --offline ../msstore-submit-action-*.tgz >/dev/null
test -z "$(ls node_modules | grep -v '^msstore-submit-action$' | grep -v '^\.' || true)" || {
  echo "installing the packed CLI pulled in other packages: $(ls node_modules)" >&2
  exit 1
}
npx --no-install msstore-submit --help >help.txt
grep -q -- '--application-id' help.txt
grep -q 'AZURE_FEDERATED_TOKEN_FILE' help.txt
version="$(node -p "require('msstore-submit-action/package.json').version")"
npx --no-install msstore-submit --version | grep -qF "$version"
# A bad option: one line on stderr, exit code 2, nothing sent.
set +e
npx --no-install msstore-submit publish --no-such-option 2>error.txt
code=$?
set -e
test "$code" = 2
grep -q -- "--no-such-option" error.txt
# A whole run: a dry run needs no credentials and sends nothing; its outputs come as JSON on stdout.
npx --no-install msstore-submit publish --dry-run --application-id 9NBLGGH4R315 \
  --submission-json '{"notesForCertification": "packed CLI check"}' --json 2>run.log >outputs.json
grep -q 'Dry run finished' run.log
node -e "const o = JSON.parse(require('fs').readFileSync('outputs.json', 'utf8')); if (!('submission-id' in o)) process.exit(1)"
echo "The packed command line ($(ls ../msstore-submit-action-*.tgz | xargs -n1 basename), $version) installs alone and runs."
