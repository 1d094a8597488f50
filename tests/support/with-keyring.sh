#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside its own D-Bus session with an unlocked GNOME Keyring (a real keychain for tests), so
# keychain tests pass under plain `ctest` as well as under scripts/quickstart.sh test.
set -euo pipefail
home=$(mktemp -d "${TMPDIR:-/tmp}/saathi-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/share XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
    eval "$(printf saathi-test | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    "$@"
' saathi-keyring "$@" 2> >(grep -v "fd limit" >&2)
