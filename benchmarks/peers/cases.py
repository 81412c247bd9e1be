"""Benchmark case files (benchmarks/cases/*.json, schema "renovate-bench-case/1").

One JSON file describes one building once; every peer adapter (EnergyPlus, iso52016, pybuildingenergy) and our
own `renovate-bench` read the same file, so all of them model the same house. This module is standard library only:
the smoke mode runs it without the virtual environment.

Geometry convention: a rectangular box of `widthM` (x, west to east) by `depthM` (y, south to north), `storeys`
storeys of `storeyHeightM`, one thermal zone per storey. Azimuths are degrees clockwise from north (south = 180).
Construction layers are listed outside to inside; for `interFloor` "outside" is the lower storey.
"""
from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

SCHEMA = "renovate-bench-case/1"
FACES = ("south", "north", "east", "west")
AZIMUTH_DEG = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}
BOUNDARIES = ("outdoors", "outdoorsNoSunNoWind", "adiabatic")

# ISO 6946 surface resistances (m2K/W) used only to report a nominal U-value of each construction.
R_SE = 0.04
R_SI = {"wall": 0.13, "roof": 0.10, "floor": 0.17, "interFloor": 0.17}


class CaseError(ValueError):
    """A case file that does not follow the schema; the message names the file, the field and the value."""


@dataclasses.dataclass(frozen=True)
class Window:
    name: str
    glazing: str
    offsetM: float  # from the left edge of the wall seen from outside
    sillM: float
    widthM: float
    heightM: float

    @property
    def areaM2(self) -> float:
        return self.widthM * self.heightM


@dataclasses.dataclass(frozen=True)
class Surface:
    name: str
    kind: str  # wall | roof | floor | ceiling
    face: str  # south | north | east | west | roof | floor | interFloor
    construction: str
    boundary: str  # outdoors | outdoorsNoSunNoWind | adiabatic | zone:<name>
    azimuthDeg: float
    tiltDeg: float  # 90 wall, 0 facing up, 180 facing down
    grossAreaM2: float
    vertices: tuple  # E+ order: counter-clockwise seen from outside, starting upper-left
    windows: tuple = ()  # ((Window, vertices), ...)

    @property
    def netAreaM2(self) -> float:
        return self.grossAreaM2 - sum(w.areaM2 for w, _ in self.windows)


@dataclasses.dataclass(frozen=True)
class Zone:
    name: str
    storey: int
    floorAreaM2: float
    volumeM3: float
    originZM: float
    surfaces: tuple


@dataclasses.dataclass
class Case:
    data: dict
    path: Path

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def weather(self) -> str:
        return self.data["weather"]

    @property
    def geometry(self) -> dict:
        return self.data["geometry"]

    def material(self, name: str) -> dict:
        return self.data["materials"][name]

    def construction(self, name: str) -> dict:
        return self.data["constructions"][name]

    def glazing(self, name: str) -> dict:
        return self.data["glazings"][name]

    def layers(self, construction: str) -> list[tuple[str, float | None, dict]]:
        """(material name, thickness or None for massless, material dict), outside to inside."""
        out = []
        for layer in self.construction(construction)["layersOutsideToInside"]:
            out.append((layer["material"], layer.get("thicknessM"), self.material(layer["material"])))
        return out

    def layer_resistance(self, thickness: float | None, mat: dict) -> float:
        if mat.get("massless"):
            if "thermalResistanceM2KPerW" in mat:
                return mat["thermalResistanceM2KPerW"]
            return thickness / mat["conductivityWPerMK"]
        return thickness / mat["conductivityWPerMK"]

    def resistance_m2k_per_w(self, construction: str) -> float:
        """Sum of layer resistances, without surface resistances."""
        return sum(self.layer_resistance(t, m) for _, t, m in self.layers(construction))

    def u_value(self, construction: str, position: str) -> float:
        """Nominal U (W/m2K) with ISO 6946 surface resistances for `position` (wall, roof, floor, interFloor)."""
        r_out = R_SI["interFloor"] if position == "interFloor" else R_SE
        return 1.0 / (R_SI[position] + self.resistance_m2k_per_w(construction) + r_out)

    def areal_heat_capacity(self, construction: str) -> float:
        """kappa = sum(rho c d) over the layers, J/(m2K)."""
        k = 0.0
        for _, t, m in self.layers(construction):
            if not m.get("massless"):
                k += m["densityKgPerM3"] * m["specificHeatJPerKgK"] * t
        return k

    # -- derived quantities --------------------------------------------------------------------------------------
    @property
    def storeys(self) -> int:
        return int(self.geometry["storeys"])

    @property
    def floor_area_per_storey_m2(self) -> float:
        return self.geometry["widthM"] * self.geometry["depthM"]

    @property
    def total_floor_area_m2(self) -> float:
        return self.floor_area_per_storey_m2 * self.storeys

    def internal_gains_w_per_zone(self) -> float:
        g = self.data["internalGains"]
        if "totalW" in g:
            return g["totalW"] / self.storeys
        return g["perFloorAreaWPerM2"] * self.floor_area_per_storey_m2

    def windows_for(self, face: str) -> list[Window]:
        """Windows of one storey on `face` (the same on every storey)."""
        spec = self.data["faces"][face]
        length = self.geometry["widthM"] if face in ("south", "north") else self.geometry["depthM"]
        if "windows" in spec:
            return [Window(f"{face}-win{i + 1}", w["glazing"], w["offsetM"], w["sillM"], w["widthM"], w["heightM"])
                    for i, w in enumerate(spec["windows"])]
        frac = spec.get("windowFraction", 0.0)
        if frac <= 0:
            return []
        n = int(spec.get("windowsPerStorey", 1))
        h = float(spec["windowHeightM"])
        area = frac * length * self.geometry["storeyHeightM"]
        w = area / (n * h)
        gap = (length - n * w) / n  # windows evenly spread, half a gap at each end
        return [Window(f"{face}-win{i + 1}", spec["glazing"], gap / 2 + i * (w + gap), float(spec["windowSillM"]), w, h)
                for i in range(n)]

    def zones(self) -> list[Zone]:
        g = self.geometry
        W, D, H = g["widthM"], g["depthM"], g["storeyHeightM"]
        zones = []
        for k in range(self.storeys):
            z0, z1 = k * H, (k + 1) * H
            zname = f"storey{k}" if self.storeys > 1 else "zone"
            surfaces = []
            # (lower-left corner seen from outside, unit vector along the wall to the right, length)
            walls = {
                "south": ((0.0, 0.0), (1.0, 0.0), W),
                "north": ((W, D), (-1.0, 0.0), W),
                "east": ((W, 0.0), (0.0, 1.0), D),
                "west": ((0.0, D), (0.0, -1.0), D),
            }
            for face in FACES:
                (x0, y0), (ux, uy), length = walls[face]
                spec = self.data["faces"][face]
                verts = ((x0, y0, z1), (x0, y0, z0), (x0 + ux * length, y0 + uy * length, z0),
                         (x0 + ux * length, y0 + uy * length, z1))
                wins = []
                for w in self.windows_for(face):
                    a, b = w.offsetM, w.offsetM + w.widthM
                    wv = ((x0 + ux * a, y0 + uy * a, z0 + w.sillM + w.heightM), (x0 + ux * a, y0 + uy * a, z0 + w.sillM),
                          (x0 + ux * b, y0 + uy * b, z0 + w.sillM), (x0 + ux * b, y0 + uy * b, z0 + w.sillM + w.heightM))
                    wins.append((dataclasses.replace(w, name=f"{zname}-{w.name}"), wv))
                surfaces.append(Surface(f"{zname}-{face}", "wall", face, spec["construction"], spec["boundary"],
                                        AZIMUTH_DEG[face], 90.0, length * H, verts, tuple(wins)))
            top = ((0.0, D, z1), (0.0, 0.0, z1), (W, 0.0, z1), (W, D, z1))
            bottom = ((W, D, z0), (W, 0.0, z0), (0.0, 0.0, z0), (0.0, D, z0))
            if k == self.storeys - 1:
                spec = self.data["faces"]["roof"]
                surfaces.append(Surface(f"{zname}-roof", "roof", "roof", spec["construction"], spec["boundary"],
                                        0.0, 0.0, W * D, top))
            else:
                spec = self.data["faces"]["interFloor"]
                surfaces.append(Surface(f"{zname}-ceiling", "ceiling", "interFloor", spec["construction"] + "@reversed",
                                        f"zone:storey{k + 1}", 0.0, 0.0, W * D, top))
            if k == 0:
                spec = self.data["faces"]["floor"]
                surfaces.append(Surface(f"{zname}-floor", "floor", "floor", spec["construction"], spec["boundary"],
                                        0.0, 180.0, W * D, bottom))
            else:
                spec = self.data["faces"]["interFloor"]
                surfaces.append(Surface(f"{zname}-floor", "floor", "interFloor", spec["construction"],
                                        f"zone:storey{k - 1}", 0.0, 180.0, W * D, bottom))
            zones.append(Zone(zname, k, W * D, W * D * H, z0, tuple(surfaces)))
        return zones

    def summary(self) -> dict:
        """Areas and nominal U-values: a quick human check of what the file describes."""
        out = {"id": self.id, "zones": self.storeys, "floorAreaM2": self.total_floor_area_m2, "constructions": {}}
        positions = {}
        for face, spec in self.data["faces"].items():
            if spec is None:
                continue
            pos = "wall" if face in FACES else face
            positions.setdefault(spec["construction"], pos)
        for name in self.data["constructions"]:
            pos = positions.get(name, "wall")
            out["constructions"][name] = {"uValueWPerM2K": round(self.u_value(name, pos), 3),
                                          "arealHeatCapacityKJPerM2K": round(self.areal_heat_capacity(name) / 1000, 1)}
        win = sum(w.areaM2 for f in FACES for w in self.windows_for(f)) * self.storeys
        out["windowAreaM2"] = round(win, 3)
        return out


def _require(cond: bool, path: Path, field: str, value, expected: str) -> None:
    if not cond:
        raise CaseError(f"{path.name}: field \"{field}\": {value!r} {expected}")


def load(path: str | Path) -> Case:
    """Reads and validates a case file; raises CaseError naming the file, field and value at fault."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CaseError(f"{path.name}: not valid JSON: {exc}") from exc
    _require(data.get("schema") == SCHEMA, path, "schema", data.get("schema"), f"is not \"{SCHEMA}\"")
    for key in ("id", "weather", "geometry", "faces", "materials", "constructions", "glazings", "internalGains",
                "infiltrationAch", "setpoints"):
        _require(key in data, path, key, None, "is missing")
    g = data["geometry"]
    for key in ("widthM", "depthM", "storeyHeightM"):
        v = g.get(key)
        _require(isinstance(v, (int, float)) and v > 0 and math.isfinite(v), path, f"geometry.{key}", v,
                 "is not a positive number of metres")
    _require(isinstance(g.get("storeys"), int) and g["storeys"] >= 1, path, "geometry.storeys", g.get("storeys"),
             "is not a positive whole number")
    needed = list(FACES) + ["roof", "floor"] + (["interFloor"] if g["storeys"] > 1 else [])
    for face in needed:
        spec = data["faces"].get(face)
        _require(isinstance(spec, dict), path, f"faces.{face}", spec, "is missing")
        _require(spec.get("construction") in data["constructions"], path, f"faces.{face}.construction",
                 spec.get("construction"), f"is not one of {sorted(data['constructions'])}")
        if face != "interFloor":
            _require(spec.get("boundary") in BOUNDARIES, path, f"faces.{face}.boundary", spec.get("boundary"),
                     f"is not one of {list(BOUNDARIES)}")
    for cname, c in data["constructions"].items():
        layers = c.get("layersOutsideToInside")
        _require(isinstance(layers, list) and layers, path, f"constructions.{cname}.layersOutsideToInside", layers,
                 "is not a non-empty list")
        for i, layer in enumerate(layers):
            m = layer.get("material")
            _require(m in data["materials"], path, f"constructions.{cname}.layersOutsideToInside[{i}].material", m,
                     f"is not one of {sorted(data['materials'])}")
            mat = data["materials"][m]
            if not (mat.get("massless") and "thermalResistanceM2KPerW" in mat):
                t = layer.get("thicknessM")
                _require(isinstance(t, (int, float)) and t > 0, path,
                         f"constructions.{cname}.layersOutsideToInside[{i}].thicknessM", t, "is not a positive thickness")
    case = Case(data, path)
    for face in FACES:
        length = g["widthM"] if face in ("south", "north") else g["depthM"]
        for w in case.windows_for(face):
            _require(w.glazing in data["glazings"], path, f"faces.{face}.windows.glazing", w.glazing,
                     f"is not one of {sorted(data['glazings'])}")
            _require(w.offsetM >= 0 and w.offsetM + w.widthM <= length + 1e-9 and w.sillM >= 0
                     and w.sillM + w.heightM <= g["storeyHeightM"] + 1e-9, path, f"faces.{face}.windows", w.name,
                     "does not fit inside its wall")
    return case


def load_dir(directory: str | Path) -> list[Case]:
    return [load(p) for p in sorted(Path(directory).glob("*.json"))]
