#!/usr/bin/env bash
# The README's main command: installs what is missing, builds renovate (release), and runs the planner's job on
# the shipped Cahors-style sample district: batch simulation of every building × every sample scenario with the
# Cahors typical year, results.gpkg, report.html, a district summary and the top scenarios.
#
#   scripts/run-sample.sh [OUT_DIR]      (default: out/cahors)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-out/cahors}"
scripts/bootstrap.sh
swift build -c release --product renovate
BIN="$(swift build -c release --show-bin-path)/renovate"
SAMPLE=samples/cahors
mkdir -p "$OUT"

status=0
"$BIN" simulate "$SAMPLE/buildings.gpkg" \
  --scenarios "$SAMPLE/scenarios.yaml" \
  --climate cahors \
  --heritage "$SAMPLE/heritage.geojson" \
  --rules "$SAMPLE/rules.yaml" \
  --out "$OUT/results.gpkg" --overwrite || status=$?
# 3 = finished, but some building × scenario pairs failed (listed in the results): report them, then say so.
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit "$status"
"$BIN" report "$OUT/results.gpkg" --out "$OUT/report.html"
"$BIN" rank "$OUT/results.gpkg" --by cost-per-kwh --top 3 --summary
echo
echo "Results: $OUT/results.gpkg (open in QGIS) — report: $OUT/report.html (open in a browser)"
exit "$status"
