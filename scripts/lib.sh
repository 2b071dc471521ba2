# Shared by the scripts in scripts/: install missing Debian packages and
# configure + build mnr. Sourced, not run.

set -euo pipefail

MNR_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# need_packages PKG... : installs the ones not yet installed, with sudo
# when not root. Prints nothing when everything is there.
need_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

BUILD_PACKAGES=(gcc make cmake pkg-config libxml2-dev libxslt1-dev)

# build_mnr DIR [CMAKE ARGS...] : configure and build into DIR.
build_mnr() {
    local dir=$1; shift
    cmake -S "$MNR_ROOT" -B "$dir" "$@" >/dev/null
    cmake --build "$dir" -j"$(nproc)" >/dev/null
}
