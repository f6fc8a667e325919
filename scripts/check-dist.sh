#!/usr/bin/env bash
# dist/ is committed and must equal a fresh build of src/.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run package >/dev/null
if ! git diff --quiet -- dist || [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ differs from a fresh build of src/: run 'npm run package' and commit dist/." >&2
  git status --short -- dist >&2
  git diff --stat -- dist >&2
  exit 1
fi
echo "dist/ matches a fresh build."
