#!/bin/sh
# The Debian package as a packager and a user meet it: built with CPack from this build, lintian
# finds no error in it, it has no maintainer scripts (nothing left behind in state "rc" after a
# remove), and unpacked into a scratch root its programs run from there: oqy-cli --version, and
# oqy --version without a display.
#   deb_package.sh CPACK_COMMAND BUILD_DIR
set -eu
cpack=$1; build=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/oqy_*.deb)
echo "package: $(basename "$deb")"

if command -v lintian >/dev/null; then
    lintian --no-tag-display-limit "$deb" >"$work/lintian.log" 2>&1 || true
    cat "$work/lintian.log"
    if grep -q '^E:' "$work/lintian.log"; then
        echo "FAIL: lintian reports errors" >&2; exit 1
    fi
else
    echo "lintian is not installed (apt-get install lintian): not checked"
fi

if dpkg-deb --info "$deb" | grep -Eq '(postinst|postrm|preinst|prerm)'; then
    echo "FAIL: the package has maintainer scripts" >&2; exit 1
fi

dpkg -x "$deb" "$work/root"
version=$("$work/root/usr/bin/oqy-cli" --version)
echo "unpacked oqy-cli: $version"
case $version in "oqy-cli "*) ;; *) echo "FAIL: oqy-cli --version said: $version" >&2; exit 1 ;; esac
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$work/root/usr/bin/oqy" --version)
echo "unpacked oqy: $version"
case $version in "oqy "*) ;; *) echo "FAIL: oqy --version said: $version" >&2; exit 1 ;; esac
ls "$work"/root/usr/lib/*/oqy/liboqyreader.so "$work"/root/usr/lib/*/oqy/liboqycomposition.so
for page in oqy oqy-cli; do
    test -f "$work/root/usr/share/man/man1/$page.1.gz" || { echo "FAIL: no manual page $page" >&2; exit 1; }
done
test -f "$work/root/usr/share/doc/oqy/copyright"
echo "PASS"
