# Sourced by the set-up scripts: apt_install WHO PACKAGE… installs Debian packages (none given: nothing),
# with sudo unless root, after refreshing the lists (a failed refresh tries the lists there are). WHO
# prefixes every message; a failed install names the packages and fails the script.
apt_install() {
  local who=$1
  shift
  [ $# -gt 0 ] || return 0
  echo "$who: apt-get install $*"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq || echo "$who: apt-get update failed; trying the install with the lists there are" >&2
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null; then
    echo "$who: apt-get install $* failed" >&2
    exit 1
  fi
}
