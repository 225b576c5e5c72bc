# Sourced by the set-up scripts: npm_cache_install DIR ALLOW_SCRIPTS_JSON PACKAGE…
# Installs packages into a cache folder of their own. The folder gets a package.json whose
# `allowScripts` lists exactly the install scripts those packages need (npm 11 skips the others
# silently). npm's own output is kept in DIR/npm-install.log and printed when it fails; a failed
# install (a dropped download) is tried once more before the script gives up.
# NPM_CACHE_INSTALL_NPM overrides the npm command (code-server's install must run under Node 24), and
# NPM_CACHE_INSTALL_NODEDIR names the Node headers native modules build against.
npm_cache_install() {
  local dir=$1 allow=$2
  shift 2
  mkdir -p "$dir"
  printf '{\n  "name": "gongwen-cache",\n  "private": true,\n  "allowScripts": %s\n}\n' "$allow" > "$dir/package.json"
  local npm_command=${NPM_CACHE_INSTALL_NPM:-npm}
  # Run from `npm run`, this script inherits the outer npm's npm_* variables: its user agent names the
  # Node that runs it (code-server's postinstall then refuses), its execpath another npm. Leave them out.
  local clean=()
  local name
  for name in $(compgen -e); do
    case $name in npm_*) clean+=(-u "$name") ;; esac
  done
  if [ -n "${NPM_CACHE_INSTALL_NODEDIR:-}" ]; then
    clean+=("npm_config_nodedir=$NPM_CACHE_INSTALL_NODEDIR")
  fi
  local attempt
  for attempt in 1 2; do
    if env "${clean[@]}" $npm_command install --no-audit --no-fund --no-save --prefix "$dir" "$@" > "$dir/npm-install.log" 2>&1; then
      return 0
    fi
    echo "setup: npm install $* failed (attempt $attempt of 2); npm said:" >&2
    grep -v '^npm warn' "$dir/npm-install.log" | tail -n 40 >&2
  done
  echo "setup: giving up on $*; full log in $dir/npm-install.log" >&2
  return 1
}
