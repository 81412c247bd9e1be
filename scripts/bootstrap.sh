#!/usr/bin/env bash
# Installs what renovate needs when it is missing: GEOS, PROJ and SQLite development packages (Debian).
# Safe to run repeatedly; does nothing when everything is present.
set -euo pipefail

need=()
for pkg in libgeos-dev libproj-dev libsqlite3-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# GDAL's tools validate the GeoPackages we write in the tests (ogrinfo, validate_gpkg.py); optional elsewhere.
if [ "${RENOVATE_WITH_GDAL:-0}" = "1" ]; then
  for pkg in gdal-bin python3-gdal; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "bootstrap: installing ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "bootstrap: swift is not on PATH (install Swift 6.1 or later)" >&2; exit 1; }
