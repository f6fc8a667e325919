#!/usr/bin/env bash
# Installs what the tests and the demo need on a fresh machine, from the
# project's own files: system packages (git; Debian's docker-registry, the
# Distribution OCI registry the tests start on loopback; golang-go and
# python3-pip, the real `go mod download` and `pip download` the tests prove
# the Go proxy, checksum database and PyPI test servers against; chromium and
# an emoji font, in which the tests render job summaries as GitHub shows them) and the npm
# dependencies, which include Node 24 itself (package `node`).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
if ! command -v git >/dev/null 2>&1 || ! command -v docker-registry >/dev/null 2>&1 || ! command -v go >/dev/null 2>&1 || [ ! -x /usr/bin/pip3 ] || ! command -v openssl >/dev/null 2>&1 || [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/noto ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends git docker-registry golang-go python3-pip openssl chromium fonts-noto-color-emoji >/dev/null
fi
# Not `npm ci`: the registry this project installs from does not serve some
# platform-only optional packages (jest's @unrs/resolver-binding-android-* and
# others), so npm cannot record them in the lockfile and `npm ci` rejects it as
# out of sync. `npm install` installs the lockfile's exact versions all the same.
#
# npm itself runs on the machine's Node (20 on Debian), while everything this
# project runs uses Node 24 from the lockfile; npm's EBADENGINE warnings about
# that older Node are dropped, and every other line is kept.
npm install --no-audit --no-fund 2>&1 | { grep -v '^npm warn EBADENGINE' || true; }
# The real npm tarball that __fixtures__/real/sigstore/sigstore-js-2.1.0-bundle.json (its npm provenance)
# names by sha512. It is code, so it is not committed: it is packed from the npm registry into .tmp/
# (ignored by git), where __tests__/clients/sigstore/real-bundles.test.ts hashes it.
if [ ! -s .tmp/real-tarballs/sigstore-2.1.0.tgz ]; then
  mkdir -p .tmp/real-tarballs
  npm pack sigstore@2.1.0 --pack-destination .tmp/real-tarballs --silent >/dev/null
fi
echo "setup done: $(node_modules/.bin/node --version) for npm scripts, $(docker-registry --version 2>/dev/null | head -n1)"
