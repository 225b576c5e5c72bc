#!/usr/bin/env bash
# Installs the linters `npm run bench` compares with (AutoCorrect's autocorrect-node, zhlint) into a
# cache outside the clone, skipping what is there. They are not devDependencies: autocorrect-node
# lists native packages for every platform, and `npm ci` fails where the registry lacks some of them.
set -euo pipefail
source "$(dirname "$0")/npm-cache-install.sh"
CACHE=${GONGWEN_BENCH_CACHE:-$HOME/.cache/gongwen-bench}
mkdir -p "$CACHE"
if [ ! -d "$CACHE/node_modules/autocorrect-node" ] || [ ! -d "$CACHE/node_modules/zhlint" ]; then
  echo "setup-bench: installing autocorrect-node 2.14.0 and zhlint 0.8.2 into $CACHE"
  npm_cache_install "$CACHE" '{}' autocorrect-node@2.14.0 zhlint@0.8.2
fi
