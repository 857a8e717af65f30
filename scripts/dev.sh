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
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-psql postgresql openssl
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

demo_fees() {
  # Fees to look at: the property fee and the garbage fee billed for the last three months, a
  # late-fee rule, and payments from some of the households (as a cash desk would take them).
  local cli=("$build_dir/app/cli/linli-cli" --db "$1" --user admin)
  export LINLI_PASSWORD=linli-demo
  "${cli[@]}" fees items add property 物业服务费 --kind area >/dev/null
  "${cli[@]}" fees items add garbage 垃圾清运费 --kind monthly >/dev/null
  "${cli[@]}" fees rates set property --price 1.00 --from 2020-01-01 >/dev/null
  "${cli[@]}" fees rates set garbage --price 20 --from 2020-01-01 >/dev/null
  "${cli[@]}" fees policy late-fee --rate 0.05% --grace 15 --cap 20% --from 2020-01-01 >/dev/null
  local m
  for m in 3 2 1; do
    "${cli[@]}" fees bill-run --period "$(date -d "$(date +%Y-%m-01) -$m month" +%Y-%m)" >/dev/null
  done
  local rooms=(1-1-101 1-1-102 1-1-201 1-2-101 2-1-101 2-1-102 3-1-101 3-2-201)
  local methods=(cash wechat alipay bank cash wechat cash bank)
  local i=0 room id hh
  for room in "${rooms[@]}"; do
    id=$("${cli[@]}" --json residents search "$room" --limit 1 | sed -n 's/.*"id": "\([^"]*\)".*/\1/p' | head -1)
    [[ -n $id ]] || continue
    hh=$("${cli[@]}" --json residents show "$id" | sed -n 's/.*"household_id": "\([^"]*\)".*/\1/p' | head -1)
    [[ -n $hh ]] || continue
    "${cli[@]}" fees pay --household "$hh" --amount $((150 + 60 * i)) --method "${methods[i]}" --ref "DEMO$i" >/dev/null
    i=$((i + 1))
  done
  log "demo fees: three months billed, ${i} payments"
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
    demo_fees "$db" >&2
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
