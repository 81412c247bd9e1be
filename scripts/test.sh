#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
RENOVATE_WITH_GDAL=1 scripts/bootstrap.sh
# geopandas reads our GeoPackages in one test (skipped, with the reason, when it cannot be installed).
python3 -c 'import geopandas' 2>/dev/null || python3 -m pip install --quiet geopandas >/dev/null 2>&1 \
  || echo "test.sh: geopandas could not be installed; its test will be reported skipped" >&2
swift build --build-tests
swift test --skip-build --disable-xctest "$@"
