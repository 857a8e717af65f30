#!/usr/bin/env bash
# Linli developer entry point. The README's two commands are the contract:
#   scripts/dev.sh run      install what is missing, build, start Linli on a demo database
#   scripts/dev.sh test     install what is missing, build, run every test with ctest
# Also: deps | build | package | lupdate | demo | clean
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
build_dir="$here/build/dev"
jobs=${LINLI_JOBS:-$(nproc 2>/dev/null || echo 2)}

# Debian 12 packages Linli needs to build, test, run and package.
packages=(
  build-essential cmake ninja-build ccache pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libqt6sql6 libgl-dev
  libsqlcipher-dev libsodium-dev libxlsxwriter-dev libbenchmark-dev zlib1g-dev libphonenumber-dev libicu-dev
  libquazip1-qt6-dev qt6-charts-dev libqt6opengl6-dev
  fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei
  poppler-utils xvfb xauth dpkg-dev file fakeroot unzip desktop-file-utils appstream
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

deps() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  log "installing: ${missing[*]}"
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  log "configuring and building in $build_dir"
  # Precompiled headers are only cached with this sloppiness (ccache manual, "Precompiled headers").
  export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache} CCACHE_NOHASHDIR=1 CCACHE_BASEDIR="$here" \
    CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
  cmake --preset dev >/dev/null
  cmake --build --preset dev -j "$jobs"
}

run_tests() {
  log "running tests"
  local start=$SECONDS
  (cd "$build_dir" && ctest --output-on-failure --no-tests=error -j "$jobs" --timeout 600 "$@")
  log "tests took $((SECONDS - start)) s"
}

demo_db() {
  # A demo database for trying Linli; the login is documented in README.md.
  local dir=${LINLI_DEMO_DIR:-$HOME/.local/share/linli-demo}
  local db="$dir/demo.linli"
  mkdir -p "$dir"
  if [[ ! -f $db ]]; then
    log "creating the demo database $db (user admin, password linli-demo)"
    LINLI_PASSWORD=linli-demo "$build_dir/app/cli/linli-cli" init --db "$db" --admin-user admin \
      --org "幸福里社区居委会" > "$dir/recovery-key.txt"
    LINLI_PASSWORD=linli-demo "$build_dir/app/cli/linli-cli" --db "$db" --user admin demo-staff >/dev/null
    LINLI_PASSWORD=linli-demo "$build_dir/app/cli/linli-cli" --db "$db" --user admin demo-data \
      --residents "${LINLI_DEMO_RESIDENTS:-20000}" >&2
  fi
  echo "$db"
}

case ${1:-help} in
  deps) deps ;;
  build) deps; build ;;
  test) shift; deps; build; run_tests "$@" ;;
  demo) deps; build; demo_db ;;
  run)
    shift
    deps; build
    db=$(demo_db)
    log "starting linli (log in as admin / linli-demo)"
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
      log "no display: run 'xvfb-run -a scripts/dev.sh run' or set QT_QPA_PLATFORM=offscreen"
    fi
    exec "$build_dir/app/gui/linli" --db "$db" "$@"
    ;;
  package)
    deps
    log "building the Debian package"
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$jobs"
    (cd "$here/build/release" && cpack -G DEB)
    ls -1 "$here"/build/release/*.deb
    ;;
  lupdate) deps; build; cmake --build --preset dev --target linli_lupdate ;;
  clean) rm -rf "$here/build" ;;
  *)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
    [[ ${1:-help} == help ]] || exit 1
    ;;
esac
