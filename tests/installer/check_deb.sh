#!/usr/bin/env bash
# Builds the Debian package from an already-built tree and checks what is in it.
#   check_deb.sh <cpack> <build dir> <version>
# Exit 77 (ctest SKIP) when dpkg-deb is not installed; any other failure is a test failure.
set -euo pipefail

cpack=$1 build=$2 version=$3

if ! command -v dpkg-deb >/dev/null; then
    echo "SKIP: dpkg-deb is not installed"
    exit 77
fi

fail=0
check() { # check <description> <command...>
    local what=$1
    shift
    if "$@"; then
        echo "ok    $what"
    else
        echo "FAIL  $what"
        fail=1
    fi
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/linli-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    echo "FAIL  cpack -G DEB"
    exit 1
fi

shopt -s nullglob
debs=("$tmp"/*.deb)
if ((${#debs[@]} != 1)); then
    cat "$tmp/cpack.log"
    echo "FAIL  expected one .deb in $tmp, found ${#debs[@]}"
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
check "file name is linli_${version}_${arch}.deb ($(basename "$deb"))" \
    test "$(basename "$deb")" = "linli_${version}_${arch}.deb"

dpkg-deb -c "$deb" | awk '{print $NF}' >"$tmp/contents"
for path in \
    ./usr/bin/linli \
    ./usr/bin/linli-cli \
    ./usr/share/applications/cn.linli.Linli.desktop \
    ./usr/share/metainfo/cn.linli.Linli.metainfo.xml \
    ./usr/share/icons/hicolor/256x256/apps/cn.linli.Linli.png \
    ./usr/share/icons/hicolor/16x16/apps/cn.linli.Linli.png \
    ./usr/share/icons/hicolor/scalable/apps/cn.linli.Linli.svg \
    ./usr/share/doc/linli/copyright \
    ./usr/share/doc/linli/changelog.gz; do
    check "contains $path" grep -qxF "$path" "$tmp/contents"
done
# Nothing from the build tree or the developer's prefix leaks in.
check "installs only under /usr" bash -c "! grep -v -e '^\./usr/' -e '^\./$' '$tmp/contents'"

check "Package: linli" test "$(dpkg-deb -f "$deb" Package)" = linli
check "Version: $version" test "$(dpkg-deb -f "$deb" Version)" = "$version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "      Depends: $depends"
for pkg in libsqlcipher0 qt6-qpa-plugins qt6-translations-l10n fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei; do
    check "Depends lists $pkg" grep -qE "(^|, )$pkg( |,|$)" <<<"$depends"
done
# dpkg-shlibdeps ran: the Qt and C libraries the executables link are there too.
for pkg in libqt6core6 libc6; do
    check "Depends lists $pkg (from shlibdeps)" grep -qE "(^|, )$pkg( |,|$)" <<<"$depends"
done

# The metadata files validate, where the validators are installed.
mkdir "$tmp/root"
dpkg-deb -x "$deb" "$tmp/root"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate "$tmp/root/usr/share/applications/cn.linli.Linli.desktop"
fi
if command -v appstreamcli >/dev/null; then
    check "appstreamcli validate" appstreamcli validate --no-net --no-color \
        "$tmp/root/usr/share/metainfo/cn.linli.Linli.metainfo.xml"
fi
check "bin/linli is an executable" test -x "$tmp/root/usr/bin/linli"
check "bin/linli-cli is an executable" test -x "$tmp/root/usr/bin/linli-cli"
# The stripped, packaged executables still start (and find their shared libraries).
check "packaged linli-cli --version says $version" \
    grep -qF "$version" <<<"$(timeout 60 "$tmp/root/usr/bin/linli-cli" --version 2>&1)"
check "packaged linli --version says $version" \
    grep -qF "$version" <<<"$(QT_QPA_PLATFORM=offscreen timeout 60 "$tmp/root/usr/bin/linli" --version 2>&1)"

if ((fail)); then
    echo "--- cpack log"
    cat "$tmp/cpack.log"
    exit 1
fi
echo "all package checks passed: $(basename "$deb")"
