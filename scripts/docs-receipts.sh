#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/receipt-hi-58mm.png and docs/receipt-en-80mm.png from training sample data: starts the Eko
# sandbox and the simulated fingerprint device on free loopback ports, runs the practice agent's eKYC, daily login
# and one ₹2,500 cash withdrawal through saathi-cli into a scratch journal, then writes each receipt with
# `saathi-cli receipt png` (the very picture the thermal printer gets). Usage: scripts/docs-receipts.sh [BUILD_DIR]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${1:-$repo/build}/bin
work=$(mktemp -d "${TMPDIR:-/tmp}/saathi-docs-receipts.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME"

"$bin/saathi-eko-sandbox" --port 0 >"$work/eko.out" 2>/dev/null &
pids+=($!)
"$bin/saathi-rd-sandbox" --port 0 >"$work/rd.out" 2>/dev/null &
pids+=($!)
for _ in $(seq 50); do
    [[ -s $work/eko.out && -s $work/rd.out ]] && break
    sleep 0.2
done
base=$(sed -n 's/.*"base_url":"\([^"]*\)".*/\1/p' "$work/eko.out")
rd=$(grep -o '127\.0\.0\.1:[0-9]*' "$work/rd.out" | head -1 | cut -d: -f2)
"$bin/saathi-eko-sandbox" --print-public-key >"$work/sandbox.pem"
cat >"$work/config.json" <<JSON
{"base_url": "$base", "developer_key": "becbbce45f79c6f5109f848acd540567",
 "access_key": "d2fe1d99-6298-4af2-8cc5-d97dcf46df30", "initiator_id": "9962981729", "user_code": "20810200",
 "latlong": "28.6139,77.2090", "aadhaar_public_key_file": "$work/sandbox.pem"}
JSON
cli=("$bin/saathi-cli")
conn=(--config "$work/config.json" --insecure-loopback --db "$work/journal.sqlite")
field() { sed -n "s/.*\"$1\": \"\([^\"]*\)\".*/\1/p"; }
agent=999977788890 # UIDAI's test UIDs: the practice agent's and the customer's
otp=$(echo $agent | "${cli[@]}" aeps ekyc-otp --aadhaar - --mobile 9962981729 "${conn[@]}" 2>/dev/null)
verified=$(echo $agent | "${cli[@]}" aeps ekyc-verify --aadhaar - --mobile 9962981729 --otp 123456 \
    --otp-ref-id "$(field otp_ref_id <<<"$otp")" --reference-tid "$(field reference_tid <<<"$otp")" "${conn[@]}" 2>/dev/null)
echo $agent | "${cli[@]}" aeps ekyc-biometric --aadhaar - --mobile 9962981729 --bank KARB --rd-port "$rd" \
    --otp-ref-id "$(field otp_ref_id <<<"$verified")" --reference-tid "$(field reference_tid <<<"$verified")" \
    "${conn[@]}" >/dev/null 2>&1
echo $agent | "${cli[@]}" aeps daily-kyc --aadhaar - --mobile 9962981729 --bank KARB --rd-port "$rd" "${conn[@]}" \
    >/dev/null 2>&1
echo 999941057058 | "${cli[@]}" aeps withdraw --customer-mobile 9876543210 --bank SBIN --aadhaar - --amount 2500 \
    --rd-port "$rd" --client-ref-id TRAIN2500A "${conn[@]}" >/dev/null 2>&1

shop=(--shop "Practice Kirana Store" --address "Shop 4, Gandhi Market, Jaipur" --agent "Training Agent" --training)
"${cli[@]}" receipt png --ref TRAIN2500A --db "$work/journal.sqlite" --lang hi --width 58 "${shop[@]}" \
    --out "$repo/docs/receipt-hi-58mm.png" 2>/dev/null
"${cli[@]}" receipt png --ref TRAIN2500A --db "$work/journal.sqlite" --lang en --width 80 "${shop[@]}" \
    --out "$repo/docs/receipt-en-80mm.png" 2>/dev/null
