#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The long fuzz campaign (security.md P3/P4): every libFuzzer target for RUNS executions (10 million by default),
# one after the other (about 1 GB RSS each under ASan), from the committed seeds. Prints, per target: executions,
# executions per second, coverage (libFuzzer's final cov: edges and ft: features), corpus size, findings.
#   cmake --preset fuzz && cmake --build --preset fuzz
#   bench/fuzz/run.sh [build-dir] [runs]          (defaults: build-fuzz, 10000000)
#   FUZZ_TARGETS="fuzz_redactor fuzz_pid_file" bench/fuzz/run.sh    (a subset)
# Findings (crash-, leak-, timeout-, oom- files) are kept in the work folder printed at the end; copy one into
# tests/fuzz/regressions/<target>/ and CTest replays it on every run. Exit status: 1 when anything was found.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$repo/build-fuzz}
runs=${2:-10000000}
targets=${FUZZ_TARGETS:-fuzz_rd_xml fuzz_pid_file fuzz_eko_envelope fuzz_dmt_reply fuzz_endpoint_catalogue fuzz_settings fuzz_redactor fuzz_escpos}
work=$(mktemp -d "${TMPDIR:-/tmp}/saathi-fuzz.XXXXXX")
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

printf '%-26s %12s %10s %8s %8s %8s %9s %s\n' target executions exec/s cov ft corpus seconds findings
total_findings=0
for t in $targets; do
    bin=$build/tests/fuzz/$t
    if [[ ! -x $bin ]]; then
        printf '%-26s not built (%s)\n' "$t" "$bin"
        total_findings=$((total_findings + 1))
        continue
    fi
    mkdir -p "$work/$t"
    start=$(date +%s)
    "$bin" -runs="$runs" -print_final_stats=1 -timeout=10 -rss_limit_mb=2560 -artifact_prefix="$work/$t-" \
        "$work/$t" "$repo/tests/fuzz/corpus/$t" >"$work/$t.log" 2>&1
    seconds=$(($(date +%s) - start))
    execs=$(awk '/stat::number_of_executed_units:/ {print $2}' "$work/$t.log" | tail -1)
    rate=$(awk '/stat::average_exec_per_sec:/ {print $2}' "$work/$t.log" | tail -1)
    # libFuzzer's last status line: "#N  DONE  cov: 1234 ft: 5678 corp: 90/12Kb ..."
    last=$(grep -E '^#[0-9]+' "$work/$t.log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    found=$(find "$work" -maxdepth 1 -name "$t-*" | wc -l)
    total_findings=$((total_findings + found))
    printf '%-26s %12s %10s %8s %8s %8s %9s %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" \
        "${corp:-?}" "$seconds" "$found"
done
echo "logs, learned corpora and findings: $work"
((total_findings == 0))
