#!/usr/bin/env bash
# Oqy's one entry point for people and CI on Debian 12:
#   tools/dev.sh run [oqy options]   install what is missing, build, start the app
#   tools/dev.sh test [ctest options] install what is missing, build, run every test headless
#   tools/dev.sh build                install what is missing and build
# Packages come from Debian only (apt-get, skipped when already installed). Nothing is downloaded
# at build time.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${OQY_BUILD_DIR:-build}
BUILD_PKGS=(cmake ninja-build pkgconf g++ qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-l10n-tools
  qtkeychain-qt6-dev libsqlite3-dev libxml2-dev libstemmer-dev zlib1g-dev)
RUN_PKGS=(libqt6svg6 qt6-translations-l10n fonts-dejavu-core libsecret-1-0)
TEST_PKGS=(xvfb xauth dbus-daemon dbus-x11 gnome-keyring libsecret-tools imagemagick x11-utils
  desktop-file-utils appstream python3 python3-html5lib lintian)

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    echo "apt: all packages already installed, skipping"
    return
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo: missing ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "apt: installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The sync test's server (tests/sync/ttrss_server.sh): Debian's tt-rss with PHP and PostgreSQL,
# installed so that no system service, web server or database is set up.
install_ttrss() {
  if [ "$(id -u)" -eq 0 ]; then
    tests/sync/ttrss_server.sh install
  elif command -v sudo >/dev/null; then
    sudo tests/sync/ttrss_server.sh install
  else
    echo "Not root and no sudo: the Tiny Tiny RSS sync test will be skipped." >&2
  fi
}

build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOQY_WERROR=ON
  cmake --build "$BUILD_DIR"
}

command=${1:-}
shift || true
case "$command" in
  build)
    install_packages "${BUILD_PKGS[@]}" "${RUN_PKGS[@]}"
    build
    ;;
  run)
    install_packages "${BUILD_PKGS[@]}" "${RUN_PKGS[@]}"
    build
    if [ "$(id -u)" -eq 0 ]; then
      # Chromium refuses to run its sandbox as root. This launcher (never the installed app) lets a
      # root session start Oqy anyway; run it as a normal user to keep the sandbox.
      echo "Running as root: starting the reader pane without Chromium's sandbox." >&2
      export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:-} --no-sandbox"
    fi
    exec "$BUILD_DIR/app/ui/oqy" "$@"
    ;;
  test)
    install_packages "${BUILD_PKGS[@]}" "${RUN_PKGS[@]}" "${TEST_PKGS[@]}"
    install_ttrss
    build
    # Headless: offscreen Qt, WebEngine without its root sandbox, a throw-away HOME and runtime dir,
    # a private session bus with an unlocked gnome-keyring (Secret Service) and an X server for the
    # tests that want real windows.
    export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu"
    export QT_LOGGING_RULES="qt.webenginecontext.info=false"
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" OQY_BUILD_DIR_ABS="$PWD/$BUILD_DIR"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    dbus-run-session -- sh -c '
      echo -n oqy-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      exec xvfb-run -a -s "-screen 0 1280x1024x24" ctest --test-dir "$OQY_BUILD_DIR_ABS" --output-on-failure "$@"
    ' sh "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    # Every parser under libFuzzer for a minute each (when clang is installed).
    tools/fuzz.sh "${OQY_FUZZ_SECONDS:-60}"
    ;;
  *)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
