#!/usr/bin/env bash
# The one entry point of the benchmarks (see benchmarks/README.md).
#
#   benchmarks/run.sh                 build release, run renovate-bench and the peers, write results/latest.md,
#                                     then the typologies through `renovate simulate` against EnergyPlus (appended)
#   benchmarks/run.sh --smoke         fast self-test of the harness (no venv, no build, no EnergyPlus; < 1 s)
#
# Options: --reps N (default 3), --peers "energyplus iso52016 pybuildingenergy", --no-peers, --skip-build,
#          --cases "bestest-600 bestest-900 terraced-house". Any of --reps/--peers/--no-peers/--cases makes a
#          partial run, whose table goes to out/partial.md instead of results/latest.md.
# Environment: RENOVATE_SHARED (default ../shared beside the repository), PYTHON (default python3).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${RENOVATE_SHARED:-$(cd "$ROOT/.." && pwd)/shared}"
PYTHON="${PYTHON:-python3}"
REPS=3
PEERS="energyplus iso52016 pybuildingenergy"
CASES="bestest-600 bestest-900 terraced-house"
BUILD=1
SMOKE=0
PARTIAL=0  # a run with fewer peers, cases or repetitions does not overwrite results/latest.md
ORIGINAL_ARGS="$*"

while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1 ;;
    --reps) REPS="$2"; PARTIAL=1; shift ;;
    --peers) PEERS="$2"; PARTIAL=1; shift ;;
    --no-peers) PEERS=""; PARTIAL=1 ;;
    --cases) CASES="$2"; PARTIAL=1; shift ;;
    --skip-build) BUILD=0 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done

cd "$HERE"
if [ "$SMOKE" = 1 ]; then
  exec "$PYTHON" -m peers smoke
fi

OUT="$HERE/out"
mkdir -p "$OUT" "$HERE/results"
CASE_FILES=()
for c in $CASES; do CASE_FILES+=("$HERE/cases/$c.json"); done

# 1. Peers' virtual environment (created once; pinned versions in peers/requirements.txt).
VENV="$HERE/.venv"
if [ -n "$PEERS" ] && [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV (pip install -r peers/requirements.txt)" >&2
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/pip" install --quiet -r "$HERE/peers/requirements.txt"
fi

# 2. Our side: release build, then renovate-bench thermal / facades / batch --json.
BIN="$ROOT/.build/release/renovate-bench"
if [ "$BUILD" = 1 ]; then
  echo "== swift build -c release --product renovate-bench" >&2
  (cd "$ROOT" && swift build -c release --product renovate-bench) >&2
fi
OURS_FILES=()
for sub in thermal facades batch; do
  f="$OUT/ours-$sub.json"
  OURS_FILES+=("$f")
  if [ -x "$BIN" ]; then
    echo "== renovate-bench $sub --json" >&2
    if ! (cd "$ROOT" && RENOVATE_BENCH_CASES="$HERE/cases" RENOVATE_SHARED="$SHARED" \
          "$BIN" "$sub" --json) >"$f" 2>"$OUT/ours-$sub.err"; then
      echo "   renovate-bench $sub: not yet (exit status $?; see $OUT/ours-$sub.err)" >&2
    fi
  else
    echo "   $BIN missing: our rows read 'not yet'" >&2
    : >"$f"
  fi
done

# 3. Peers, same cases and weather, same machine, same run.
PEER_ARGS=()
for p in $PEERS; do PEER_ARGS+=(--peer "$p"); done
PEER_JSON="$OUT/peers.json"
if [ "$PARTIAL" = 1 ]; then PEER_JSON="$OUT/peers-partial.json"; fi
if [ -n "$PEERS" ]; then
  echo "== peers: $PEERS (x$REPS each, median)" >&2
  TQDM_DISABLE=1 "$VENV/bin/python" -m peers run "${PEER_ARGS[@]}" --reps "$REPS" \
    --weather-dir "$SHARED/data/weather" --out-dir "$OUT" --out "$PEER_JSON" "${CASE_FILES[@]}" \
    || echo "   some peer runs failed (see above); the table shows the others" >&2
else
  echo "[]" >"$PEER_JSON"
fi

# 4. The table.
RESULT="$HERE/results/latest.md"
if [ "$PARTIAL" = 1 ]; then RESULT="$OUT/partial.md"; fi
"$PYTHON" -m peers table --ours "${OURS_FILES[@]}" --peers "$PEER_JSON" \
  --reference "$SHARED/data/bestest/ashrae140_600_900_reference.csv" \
  --command "benchmarks/run.sh${ORIGINAL_ARGS:+ $ORIGINAL_ARGS}" --out "$RESULT"
echo "== written $RESULT" >&2

# 5. Through simulate (issue 16): the typologies' stock files through `renovate simulate` against EnergyPlus models
#    of the same houses (benchmarks/typologies/README.md); full runs with EnergyPlus only.
if [ "$PARTIAL" = 0 ] && [[ " $PEERS " == *" energyplus "* ]]; then
  if [ "$BUILD" = 1 ]; then (cd "$ROOT" && swift build -c release --product renovate) >&2; fi
  echo "== EnergyPlus typologies (python -m peers typologies --jobs 2)" >&2
  "$VENV/bin/python" -m peers typologies --jobs 2 >&2
  "$PYTHON" "$HERE/typologies/compare.py" --bin "$ROOT/.build/release/renovate" --append-to "$RESULT" >/dev/null
  echo "== appended the typology comparison to $RESULT (also results/typologies.md)" >&2
  echo "== the same with EnergyPlus's Simple/SimpleCombined convection (sensitivity)" >&2
  "$VENV/bin/python" -m peers typologies --convection simple --jobs 2 >&2
  "$PYTHON" "$HERE/typologies/compare.py" --bin "$ROOT/.build/release/renovate" \
    --reference "$HERE/results/typologies-energyplus-simple.json" \
    --markdown "$HERE/results/typologies-simple-convection.md" >/dev/null
fi
