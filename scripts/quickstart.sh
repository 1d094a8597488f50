#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of README's quick start:
#   scripts/quickstart.sh run   — install what is missing, build, start saathi in training mode
#   scripts/quickstart.sh test  — install what is missing, build, run the whole suite through CTest
# Idempotent: with every package present it installs nothing. Works as root or through sudo.
set -euo pipefail

mode=${1:-}
shift || true
case "$mode" in
run | test) ;;
*)
    echo "usage: $0 run|test [args for saathi or ctest]" >&2
    exit 2
    ;;
esac

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SAATHI_BUILD_DIR:-$repo/build}

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-serialport-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins qtkeychain-qt6-dev libssl-dev
    fonts-noto-core libqrencode-dev
)
if [[ $mode == test ]]; then
    # A real keychain (D-Bus + gnome-keyring), a pseudo-terminal pair for the serial printer, an X server.
    # clang + libFuzzer's runtime: the sanitizer pass builds the fuzz targets and the asan tests with clang.
    # libzbar: an independent QR decoder reads the receipts' QR codes back (tests/print, tests/app/cli, tests/app/shell).
    packages+=(dbus gnome-keyring libsecret-tools socat xvfb xauth clang libclang-rt-14-dev libzbar-dev)
    # The .deb: CPack's dpkg-shlibdeps (dpkg-dev, file), lintian, and the validators TestDebPackage runs.
    packages+=(dpkg-dev file lintian appstream desktop-file-utils)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "quickstart: installing ${missing[*]}"
    if [[ $(id -u) -eq 0 ]]; then
        sudo=()
    elif command -v sudo >/dev/null; then
        sudo=(sudo)
    else
        echo "quickstart: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# CI turns warnings into errors; otherwise the build dir keeps what it has, so `run` after `test` rebuilds nothing.
werror=()
[[ ${CI:-} == true ]] && werror=(-DSAATHI_WERROR=ON)
# Line tables only (-g1): enough for a crash's stack, a quarter less compile time and a seventh of the object size.
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "${werror[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"

if [[ $mode == run ]]; then
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
        echo "quickstart: no display found (DISPLAY/WAYLAND_DISPLAY unset); run this from a desktop session." >&2
    fi
    exec "$build/bin/saathi" "$@"
fi

# Tests get a private home (settings, journal, keyrings) and their own D-Bus session with an unlocked keyring.
test_home=$(mktemp -d "${TMPDIR:-/tmp}/saathi-test-home.XXXXXX")
trap 'rm -rf "$test_home"' EXIT

# The Debian package from this build (no second build: CPack installs, strips and packs what is built), for
# TestDebPackage to install into a scratch root. lintian judges it while CTest runs; any error or warning fails.
rm -f "$build"/saathi_*.deb
cmake --build "$build" --target package
deb=$(echo "$build"/saathi_*.deb)
lintian --fail-on error,warning --info "$deb" >"$test_home/lintian.txt" 2>&1 &
lintian_pid=$!
export HOME=$test_home XDG_CONFIG_HOME=$test_home/.config XDG_DATA_HOME=$test_home/.local/share \
    XDG_CACHE_HOME=$test_home/.cache XDG_RUNTIME_DIR=$test_home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export SAATHI_CTEST_ARGS="$*"
status=0
dbus-run-session -- bash -c '
    eval "$(printf saathi-test | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    ctest --test-dir "'"$build"'" --output-on-failure --parallel "$(nproc)" $SAATHI_CTEST_ARGS
' 2> >(grep -v "fd limit" >&2) || status=$?
lintian_status=0
wait "$lintian_pid" || lintian_status=$?
grep -v "running with root privileges" "$test_home/lintian.txt" || true
if ((lintian_status)); then
    echo "quickstart: lintian found errors or warnings in $deb" >&2
    status=1
else
    echo "quickstart: lintian: no errors, no warnings"
fi

# The tests that feed hostile input to parsers run again under AddressSanitizer + UBSan, and every libFuzzer target
# runs for SAATHI_FUZZ_SECONDS (20 s) from its committed seeds: one clang build (the `fuzz` preset's settings) makes
# both (SAATHI_SKIP_ASAN=1 skips this pass).
if [[ ${SAATHI_SKIP_ASAN:-0} != 1 && $# -eq 0 ]]; then
    fuzz_build=${SAATHI_ASAN_BUILD_DIR:-$repo/build-fuzz}
    cmake -S "$repo" -B "$fuzz_build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
        "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DSAATHI_FUZZ=ON -DSAATHI_BUILD_GUI=OFF -DSAATHI_BUILD_BENCH=OFF \
        "${werror[@]}" >/dev/null
    cmake --build "$fuzz_build" --target saathi_asan_tests saathi_fuzz_targets --parallel "$(nproc)"
    # Debian's Qt is not instrumented; leak reports from its caches are noise, memory errors are not.
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        ctest --test-dir "$fuzz_build" -L asan --output-on-failure --parallel "$(nproc)" || status=$?
    # One target per core (up to 1 GB RSS each; the machines have 24 GB); each test's own environment sets the
    # sanitizer options.
    ctest --test-dir "$fuzz_build" -L fuzz --output-on-failure --parallel "$(nproc)" || status=$?
fi
exit $status
