#!/usr/bin/env bash
# Takes a screenshot of an HTML report with headless Chromium (Debian package `chromium`, installed when missing).
# Usage: scripts/screenshot-report.sh REPORT.html[#view=N] OUT.png [WIDTH,HEIGHT]   (default window 1400,2200)
#   "#view=N" opens the map on scenario N's "after" classes (0 = before works).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi
report=${1%%#*}
fragment=${1#"$report"}
out=$2
size=${3:-1400,2200}
[ -f "$report" ] || { echo "screenshot-report: no such file: $report" >&2; exit 1; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "screenshot-report: installing chromium" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

abs_report=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
abs_out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
# A throw-away profile so that nothing is read from or left in the user's own.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --no-first-run --disable-extensions --window-size="$size" --screenshot="$abs_out" "file://$abs_report$fragment" \
  >/dev/null 2>"$profile/chromium.log" || { cat "$profile/chromium.log" >&2; exit 1; }
[ -s "$abs_out" ] || { echo "screenshot-report: chromium wrote no image" >&2; cat "$profile/chromium.log" >&2; exit 1; }
echo "$abs_out"
