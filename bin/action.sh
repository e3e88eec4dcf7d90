#!/usr/bin/env bash
# The GitHub Action's step (action.yml): install jobnorm from the action's own checkout, then
# run `jobnorm validate` with the action's inputs, given as JOBNORM_* variables. Paths are one
# per line, so names with spaces pass whole. JOBNORM_SKIP_INSTALL=1 skips the install (tests).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ "${JOBNORM_SKIP_INSTALL:-}" != "1" ]]; then
  # `npm ci` runs `prepare`, which builds dist/ (with the dev dependencies it needs).
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >&2
fi

args=(validate --reporter "${JOBNORM_REPORTER:-github}")
[[ -n "${JOBNORM_CONFIG:-}" ]] && args+=(--config "$JOBNORM_CONFIG")
[[ -n "${JOBNORM_MAX_WARNINGS:-}" ]] && args+=(--max-warnings "$JOBNORM_MAX_WARNINGS")
case "${JOBNORM_CHANGED:-false}" in
  false | "") ;;
  true) args+=(--changed) ;;
  *) args+=("--changed=${JOBNORM_CHANGED}") ;;
esac
args+=(--)
while IFS= read -r path; do
  [[ -n "${path//[[:space:]]/}" ]] && args+=("$path")
done <<< "${JOBNORM_PATHS:-.}"

if [[ -n "${JOBNORM_OUTPUT:-}" ]]; then
  node "$here/bin/jobnorm.js" "${args[@]}" > "$JOBNORM_OUTPUT"
else
  node "$here/bin/jobnorm.js" "${args[@]}"
fi
