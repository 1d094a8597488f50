#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a private, throw-away home: its own journal (SAATHI_JOURNAL_PATH), settings file
# (SAATHI_SETTINGS_PATH), XDG folders and no session bus (so no real keychain is touched). App-level tests run
# under it so they never read or write the developer's $HOME defaults.
set -euo pipefail
home=$(mktemp -d "${TMPDIR:-/tmp}/saathi-home.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/share XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache
export SAATHI_JOURNAL_PATH=$home/journal.sqlite SAATHI_SETTINGS_PATH=$home/saathi.ini
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/saathi-no-bus
"$@"
