"""Minimal EPW reader (standard library only): header location and the hourly columns the peers need.

Columns (0-based): 6 dry-bulb °C, 9 pressure Pa, 13 GHI, 14 DNI, 15 DHI (Wh/m2 over the hour ending at the
stamp), 21 wind speed m/s. 8 header lines, then 8760 rows.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path


@dataclasses.dataclass(frozen=True)
class Location:
    city: str
    latitudeDeg: float
    longitudeDeg: float
    timeZoneHours: float
    elevationM: float


@dataclasses.dataclass
class Weather:
    path: Path
    location: Location
    dryBulbC: list[float]
    pressurePa: list[float]
    ghi: list[float]
    dni: list[float]
    dhi: list[float]
    windMPerS: list[float]


def read(path: str | Path) -> Weather:
    path = Path(path)
    lines = path.read_text(encoding="latin-1").splitlines()
    head = lines[0].split(",")
    loc = Location(head[1].strip(), float(head[6]), float(head[7]), float(head[8]), float(head[9]))
    cols = {k: [] for k in ("t", "p", "ghi", "dni", "dhi", "ws")}
    for line in lines[8:]:
        if not line.strip():
            continue
        f = line.split(",")
        cols["t"].append(float(f[6]))
        cols["p"].append(float(f[9]))
        cols["ghi"].append(float(f[13]))
        cols["dni"].append(float(f[14]))
        cols["dhi"].append(float(f[15]))
        cols["ws"].append(float(f[21]))
    if len(cols["t"]) != 8760:
        raise ValueError(f"{path.name}: {len(cols['t'])} hourly rows, expected 8760")
    return Weather(path, loc, cols["t"], cols["p"], cols["ghi"], cols["dni"], cols["dhi"], cols["ws"])


# EPW data fields (0-based) that tell EnergyPlus it rains: present weather observation and codes, liquid
# precipitation depth and quantity.
_RAIN_FIELDS = {26: "9", 27: "999999999", 33: "0", 34: "0"}


def write_without_rain(src: str | Path, dst: str | Path) -> Path:
    """A copy of `src` at `dst` with no rain: present weather "not observed" (9, codes 999999999) and no liquid
    precipitation. EnergyPlus holds a rained-on outside face at the wet-bulb temperature with a 1000 W/(m²·K)
    coefficient; renovate models no wet surfaces, so this copy is the weather of a like-for-like comparison."""
    lines = Path(src).read_text(encoding="utf-8", errors="replace").splitlines()
    out = lines[:8]
    for line in lines[8:]:
        fields = line.split(",")
        for i, value in _RAIN_FIELDS.items():
            if i < len(fields):
                fields[i] = value
        out.append(",".join(fields))
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text("\n".join(out) + "\n", encoding="utf-8")
    return dst
