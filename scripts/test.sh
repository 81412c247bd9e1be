#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
RENOVATE_WITH_GDAL=1 scripts/bootstrap.sh
# geopandas reads our GeoPackages in one test (skipped, with the reason, when it cannot be installed).
python3 -c 'import geopandas' 2>/dev/null || python3 -m pip install --quiet geopandas >/dev/null 2>&1 \
  || echo "test.sh: geopandas could not be installed; its test will be reported skipped" >&2
# Headless Chromium opens the sample's HTML report and the building plan in some tests (skipped, with the reason,
# when it cannot be installed).
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium; } \
    >/dev/null 2>&1 || echo "test.sh: chromium could not be installed; the browser tests will be reported skipped" >&2
fi
# The Slurm test (RenovateCLITests/SlurmTests) runs the whole sample on a real one-node Slurm, with the release
# binary (the debug one is about 9 times slower). Slurm's Debian packages are installed when missing; where that is
# impossible (not root, no apt), the test is reported skipped with the reason. The daemons it starts live in
# RENOVATE_SLURM_TEST_DIR and are stopped by their PIDs when this script exits, whatever happened to the test.
swift build -c release --product renovate
export RENOVATE_RELEASE_BIN="$(swift build -c release --show-bin-path)/renovate"
scripts/slurm/local-cluster.sh install >/dev/null 2>&1 \
  || echo "test.sh: Slurm could not be installed; its test will be reported skipped" >&2
RENOVATE_SLURM_TEST_DIR="$(mktemp -d "${TMPDIR:-/tmp}/renovate-slurm-test.XXXXXX")"
export RENOVATE_SLURM_TEST_DIR
trap 'scripts/slurm/local-cluster.sh stop "$RENOVATE_SLURM_TEST_DIR/cluster" >/dev/null 2>&1 || true; rm -rf "$RENOVATE_SLURM_TEST_DIR"' EXIT
swift build --build-tests
swift test --skip-build --disable-xctest "$@"
