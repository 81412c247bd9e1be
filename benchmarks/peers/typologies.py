"""EnergyPlus side of the typology comparison: `python -m peers typologies` from benchmarks/.

Three typologies (benchmarks/typologies/{terraced-stone-3,corner-stone-3,block-5-shops}.json) × three variants
(benchmarks/typologies/scenarios.yaml) × two weather files. Every physical choice comes from
benchmarks/typologies/physics.json, the description renovate's mapping follows too; this module only turns it
into EnergyPlus input, runs it and reads the results.

For each case two EnergyPlus runs:
- conditioned: ideal loads per storey zone, dual set-point 19/28 °C on air temperature → annual sensible heating and
  cooling per storey;
- free-floating: the same building without HVAC → hourly air, mean radiant and E+ operative temperatures per
  storey → overheating hours and degree-hours above 28 °C (1 May–30 September) and the year's maximum, with the
  ISO 13790 operative temperature 0.3·θair + 0.7·θmrt and with E+'s own 0.5/0.5 one.

Geometry: one zone per storey plus an unheated attic zone; walls at outer dimensions, floors at the net (interior)
area, zone volume and floor area given explicitly (the boxes are not closed, so solar distribution is FullExterior);
the ground floor is a Kiva foundation. Inputs go to benchmarks/out/typologies/<typology>/<variant>/<weather>/
{conditioned,free-float}/in.idf with E+'s outputs; results to benchmarks/results/typologies-energyplus.json.

Standard library + pyenergyplus only (pyenergyplus is imported inside the worker).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import math
import multiprocessing
import os
import re
import sqlite3
import sys
import time
from pathlib import Path

from . import epw
from .energyplus_peer import J_PER_KWH, _obj

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
TYPO_DIR = BENCH / "typologies"
OUT_DIR = BENCH / "out" / "typologies"
RESULTS = BENCH / "results" / "typologies-energyplus.json"
TYPOLOGIES = ("terraced-stone-3", "corner-stone-3", "block-5-shops")
WEATHERS = ("Bordeaux.epw", "FRA_AR_Lyon-Bron.AP.074800_TMYx.2004-2018.epw")
MODES = ("conditioned", "free-float")
FACES = ("south", "east", "north", "west")
OVERHEATING_C = 28.0
SUMMER_MONTHS = (5, 6, 7, 8, 9)  # 1 May 00:00 to 30 September 24:00
AIR_WEIGHT = 0.3  # θop = 0.3·θair + 0.7·θmrt (ISO 13790, as renovate)
CHECK_TOLERANCE = 0.02
WINDOW_FILMS = 0.17  # m2K/W, inside + outside films of Uw/Ug/Uf (physics.json surfaceResistances)


class TypologyError(RuntimeError):
    """A case that EnergyPlus could not run cleanly; the message names the case and the run directory."""


# ---------------------------------------------------------------------------------------------------------------
# Inputs: physics, typologies, variants
# ---------------------------------------------------------------------------------------------------------------

def shared_dir() -> Path:
    """The shared data directory: $RENOVATE_SHARED, default <repo>/../shared."""
    return Path(os.environ.get("RENOVATE_SHARED", str(BENCH.parent / ".." / "shared"))).resolve()


def weather_path(name: str) -> Path:
    return shared_dir() / "data" / "weather" / name


def load_physics(path: Path = TYPO_DIR / "physics.json") -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@dataclasses.dataclass(frozen=True)
class Typology:
    id: str
    widthM: float   # outer, x (west → east, street frontage)
    depthM: float   # outer, y (south → north)
    storeys: int
    storeyHeightM: float
    faces: dict     # face -> "exposed" | "party"
    stock: dict

    @property
    def exposed(self) -> tuple[str, ...]:
        return tuple(f for f in FACES if self.faces[f] == "exposed")

    def length(self, face: str) -> float:
        """Outer length of a face."""
        return self.widthM if face in ("south", "north") else self.depthM


def load_typology(tid: str) -> Typology:
    d = json.loads((TYPO_DIR / f"{tid}.json").read_text(encoding="utf-8"))
    return Typology(d["id"], float(d["footprint"]["widthM"]), float(d["footprint"]["depthM"]), int(d["storeys"]),
                    float(d["storeyHeightM"]), dict(d["faces"]), dict(d["stock"]))


@dataclasses.dataclass(frozen=True)
class Variant:
    id: str
    name: str
    measures: tuple[str, ...]


def load_variants(path: Path = TYPO_DIR / "scenarios.yaml") -> list[Variant]:
    """The variants of scenarios.yaml (a tiny reader for its flat layout: `- id:`, `name:`, `- {measure: …}`)."""
    variants: list[dict] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if m := re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line):
            variants.append({"id": m.group(1), "name": "", "measures": []})
        elif variants and (m := re.match(r"^\s+name:\s*(.+)$", line)):
            variants[-1]["name"] = m.group(1).strip()
        elif variants and (m := re.search(r"\{\s*measure:\s*([\w.-]+)", line)):
            variants[-1]["measures"].append(m.group(1))
    if not variants:
        raise ValueError(f"{path}: no scenarios found")
    return [Variant(v["id"], v["name"], tuple(v["measures"])) for v in variants]


# ---------------------------------------------------------------------------------------------------------------
# Constructions from physics.json
# ---------------------------------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Layer:
    material: str
    thickness: float | None     # None: massless layer
    conductivity: float | None
    density: float | None
    specificHeat: float | None
    resistance: float           # m2K/W
    solarAbsorptance: float
    emissivity: float

    @property
    def label(self) -> str:
        """IDF material name: unique per material, thickness and resistance in one model."""
        if self.thickness is None:
            return f"{self.material}-R{self.resistance:.4f}"
        return f"{self.material}-{self.thickness * 1000:.1f}mm-k{self.conductivity:.4f}"


@dataclasses.dataclass(frozen=True)
class Construction:
    name: str
    layers: tuple[Layer, ...]   # outside to inside (for inter-zone surfaces: as seen from that surface's zone)

    @property
    def resistance(self) -> float:
        return sum(layer.resistance for layer in self.layers)

    def reversed(self, name: str) -> Construction:
        return Construction(name, tuple(reversed(self.layers)))


def make_layer(physics: dict, material: str, thickness: float | None = None, conductivity: float | None = None,
               resistance: float | None = None) -> Layer:
    """A layer of `material` (physics.json materials); `conductivity`/`resistance` override a 'solved' value."""
    m = physics["materials"][material]
    conv = physics["conventions"]
    a_sol = float(m.get("solarAbsorptance", conv["opaqueSolarAbsorptance"]["value"]))
    eps = float(m.get("thermalEmissivity", conv["thermalEmissivity"]["value"]))
    if m.get("massless"):
        r = resistance if resistance is not None else m["thermalResistanceM2KPerW"]
        if not isinstance(r, (int, float)):
            raise ValueError(f"physics.json material {material}: resistance {r!r} must be solved by the caller")
        return Layer(material, None, None, None, None, float(r), a_sol, eps)
    k = conductivity if conductivity is not None else m["conductivityWPerMK"]
    if not isinstance(k, (int, float)):
        raise ValueError(f"physics.json material {material}: conductivity {k!r} must be solved by the caller")
    return Layer(material, float(thickness), float(k), float(m["densityKgPerM3"]), float(m["specificHeatJPerKgK"]),
                 float(thickness) / float(k), a_sol, eps)


def layers_from(physics: dict, specs: list[dict]) -> list[Layer]:
    """Layers from physics.json layer specs ({material, thicknessM?, conductivityWPerMK?, thermalResistance…?})."""
    return [make_layer(physics, s["material"], s.get("thicknessM"), s.get("conductivityWPerMK"),
                       s.get("thermalResistanceM2KPerW")) for s in specs]


def _check_solved(what: str, written: float, solved: float) -> None:
    if abs(written - solved) > 5e-4 * max(1.0, abs(solved)):
        raise ValueError(f"physics.json {what}: written {written} but the target U gives {solved:.5f}")


def wall_recipe(physics: dict, material: str, thickness: float) -> dict:
    """The physics.json wall entry for a stock wall material and thickness."""
    for w in physics["walls"]:
        if w["material"] == material and abs(w["thicknessM"] - thickness) < 1e-9:
            return w
    raise ValueError(f"physics.json has no wall {material} {thickness} m")


def solved_wall_layers(physics: dict, material: str, thickness: float) -> tuple[Layer, Layer]:
    """(main masonry layer with λ solved for the 3CL U, lime plaster) of a stock wall."""
    w = wall_recipe(physics, material, thickness)
    sr = physics["surfaceResistances"]["wall"]
    main_spec, *rest = w["layersOutsideToInside"]
    finish = layers_from(physics, rest)
    r_main = 1.0 / w["uValueWPerM2K"] - sr["rSeM2KPerW"] - sr["rSiM2KPerW"] - sum(x.resistance for x in finish)
    k = main_spec["thicknessM"] / r_main
    _check_solved(f"walls {material} {thickness} conductivity", main_spec["conductivityWPerMK"], k)
    main = make_layer(physics, main_spec["material"], main_spec["thicknessM"], conductivity=k)
    if len(finish) != 1:
        raise ValueError(f"physics.json wall {material} {thickness}: expected main layer + one finish")
    return main, finish[0]


def ceiling_layers(physics: dict) -> list[Layer]:
    """Uninsulated attic ceiling, attic side → room side, with the joists' massless R solved for U 1.2."""
    c = physics["roofs"]["pitched-uninsulated"]["ceiling"]
    rsi = physics["surfaceResistances"]["atticCeiling"]["rSiM2KPerW"]
    joists_spec, *rest = c["layersAtticToRoom"]
    others = layers_from(physics, rest)
    r = 1.0 / c["uValueWPerM2K"] - 2 * rsi - sum(x.resistance for x in others)
    _check_solved("ceiling joists resistance", joists_spec["thermalResistanceM2KPerW"], r)
    return [make_layer(physics, joists_spec["material"], resistance=r)] + others


@dataclasses.dataclass(frozen=True)
class WindowSpec:
    kind: str
    uw: float
    ug: float
    g: float
    frameFraction: float

    @property
    def frameU(self) -> float:
        """Frame U-value with films so that the area-weighted window U equals Uw."""
        return (self.uw - (1.0 - self.frameFraction) * self.ug) / self.frameFraction

    @property
    def frameConductance(self) -> float:
        """E+ frame conductance (surface to surface, films excluded)."""
        return 1.0 / (1.0 / self.frameU - WINDOW_FILMS)


# ---------------------------------------------------------------------------------------------------------------
# The resolved model of one typology × variant
# ---------------------------------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Model:
    typology: Typology
    variant: Variant
    physics: dict
    wall: Construction          # exposed wall (with internal insulation if any)
    bareWall: Construction      # uninsulated exposed wall: Kiva foundation wall
    party: Construction
    gable: Construction
    ceiling: Construction       # top storey ceiling, attic side → room
    roof: Construction
    ground: Construction
    interFloor: Construction    # lower → upper: the construction of an upper storey's floor
    window: WindowSpec
    q4pa: float
    atticAch: float

    # -- geometry --------------------------------------------------------------------------------------------------
    @property
    def frame(self) -> Construction:
        """The window frame as an opaque construction (one massless layer, R = 1/Uf − films): EnergyPlus models it
        as Door sub-surfaces around the glazing, not through WindowProperty:FrameAndDivider (see _window_objects)."""
        w = self.window
        conv = self.physics["conventions"]
        a = float(self.physics["windows"]["frameSolarAbsorptance"]["value"])
        layer = Layer(f"frame-{w.kind}", None, None, None, None, 1.0 / w.frameConductance, a,
                      float(conv["thermalEmissivity"]["value"]))
        return Construction("window-frame", (layer,))

    @property
    def wallThicknessM(self) -> float:
        return float(self.typology.stock["wall_thickness_m"])

    def faceThickness(self, face: str) -> float:
        t = self.wallThicknessM
        return t if self.typology.faces[face] == "exposed" else t / 2

    @property
    def interior(self) -> tuple[float, float, float, float]:
        """(x west, x east, y south, y north) of the interior faces of the walls."""
        ty = self.typology
        return (self.faceThickness("west"), ty.widthM - self.faceThickness("east"),
                self.faceThickness("south"), ty.depthM - self.faceThickness("north"))

    @property
    def netFloorAreaM2(self) -> float:
        """Net floor area of one storey."""
        xw, xe, ys, yn = self.interior
        return (xe - xw) * (yn - ys)

    @property
    def storeyVolumeM3(self) -> float:
        return self.netFloorAreaM2 * self.typology.storeyHeightM

    def interiorLength(self, face: str) -> float:
        xw, xe, ys, yn = self.interior
        return xe - xw if face in ("south", "north") else yn - ys

    @property
    def groundExposedPerimeterM(self) -> float:
        """Kiva exposed perimeter: the interior lengths of the exposed faces (party faces adjoin heated neighbours)."""
        return sum(self.interiorLength(f) for f in self.typology.exposed)

    @property
    def ridgeHeightM(self) -> float:
        pitch = self.physics["roofs"]["pitched-uninsulated"]["attic"]["pitchDeg"]
        return self.typology.depthM / 2 * math.tan(math.radians(pitch))

    # -- air -------------------------------------------------------------------------------------------------------
    @property
    def leakAreaM2(self) -> float:
        ty = self.typology
        height = ty.storeys * ty.storeyHeightM
        return sum(ty.length(f) * height for f in ty.exposed) + ty.widthM * ty.depthM

    @property
    def infiltrationAch(self) -> float:
        v_building = self.storeyVolumeM3 * self.typology.storeys
        return self.q4pa * (50.0 / 4.0) ** (2.0 / 3.0) * self.leakAreaM2 / v_building / 20.0

    @property
    def airChangesPerH(self) -> float:
        return self.physics["air"]["ventilationAch"]["value"] + self.infiltrationAch


def _resized(layer: Layer, thickness: float) -> Layer:
    """The same material at another thickness."""
    return dataclasses.replace(layer, thickness=thickness, resistance=thickness / layer.conductivity)


def window_spec(physics: dict, stock: dict, measures: tuple[str, ...]) -> WindowSpec:
    """The stock window kind, or the window-wood-double measure's window."""
    if "window-wood-double" in measures:
        kind, w = "window-wood-double", physics["measures"]["window-wood-double"]["window"]
    else:
        kind, w = stock["windows"], physics["windows"]["kinds"][stock["windows"]]
    return WindowSpec(kind, w["uwWPerM2K"], w["ugWPerM2K"], w["gValue"], w["frameFraction"])


def q4pa_of(physics: dict, stock: dict, measures: tuple[str, ...]) -> float:
    """Q4Pa, m3/(h.m2): 3CL default by number of dwellings; window-wood-double sets 2.5; airtightness-works 1.2."""
    q = physics["air"]["q4PaM3PerHM2"]
    q4pa = q["oneDwelling"]["value"] if int(stock["dwellings"]) == 1 else q["severalDwellings"]["value"]
    for measure in ("window-wood-double", "airtightness-works"):  # airtightness-works overrides the windows
        if measure in measures:
            q4pa = physics["measures"][measure]["q4PaM3PerHM2"]
    return float(q4pa)


def build_model(physics: dict, ty: Typology, variant: Variant) -> Model:
    """Resolves the stock words of `ty` and the measures of `variant` into constructions, window and air tightness."""
    stock = ty.stock
    for key, known in (("roof", ("pitched-uninsulated",)), ("ground_floor", ("on-ground",))):
        if stock[key] not in known:
            raise ValueError(f"{ty.id}: stock {key} {stock[key]!r} is not described in physics.json")
    measures = physics["measures"]
    unknown = [m for m in variant.measures if m not in measures]
    if unknown:
        raise ValueError(f"variant {variant.id}: measures {unknown} are not described in physics.json")
    main, plaster = solved_wall_layers(physics, stock["wall_material"], float(stock["wall_thickness_m"]))
    bare = Construction("wall-bare", (main, plaster))
    wall_layers = [main, plaster]
    if "int-wall-wood-fibre-80" in variant.measures:
        wall_layers += layers_from(physics, measures["int-wall-wood-fibre-80"]["addInsideOfEveryExposedWall"])
    party = Construction("party-wall", (_resized(main, float(stock["wall_thickness_m"]) / 2 - plaster.thickness),
                                        plaster))
    gable_t = physics["roofs"]["pitched-uninsulated"]["attic"]["gables"]["thicknessM"]
    gable = Construction("gable-wall", (_resized(main, float(gable_t)),))
    ceiling = ceiling_layers(physics)
    if "attic-floor-300" in variant.measures:
        ceiling = layers_from(physics, measures["attic-floor-300"]["addAtticSideOfTopCeiling"]) + ceiling
    roof_spec = physics["roofs"]["pitched-uninsulated"]
    ground_spec = physics["groundFloors"]["on-ground"]
    inter = physics["interStoreyFloor"]
    return Model(
        typology=ty, variant=variant, physics=physics,
        wall=Construction("exposed-wall", tuple(wall_layers)), bareWall=bare, party=party, gable=gable,
        ceiling=Construction("attic-ceiling", tuple(ceiling)),
        roof=Construction("roof", tuple(layers_from(physics, roof_spec["attic"]["roofLayersOutsideToInside"]))),
        ground=Construction("ground-floor", tuple(layers_from(physics, ground_spec["layersOutsideToInside"]))),
        interFloor=Construction("inter-floor", tuple(layers_from(physics, inter["layersLowerToUpper"]))),
        window=window_spec(physics, stock, variant.measures), q4pa=q4pa_of(physics, stock, variant.measures),
        atticAch=float(roof_spec["attic"]["airChangesPerH"]["value"]))


def nominal_u(model: Model) -> dict[str, tuple[float | None, float]]:
    """Construction name -> (target U or None, U of our layers with the convention's surface resistances).

    Targets are the physics.json U-values (walls 3CL, ceiling 1.2, floor between storeys 2.0); an insulated
    construction has no stated target, its U is what its layers give."""
    phys = model.physics
    sr = phys["surfaceResistances"]
    wall_films = sr["wall"]["rSeM2KPerW"] + sr["wall"]["rSiM2KPerW"]
    insulated_wall = "int-wall-wood-fibre-80" in model.variant.measures
    insulated_ceiling = "attic-floor-300" in model.variant.measures
    wall_target = wall_recipe(phys, model.typology.stock["wall_material"], model.wallThicknessM)["uValueWPerM2K"]
    ceiling_target = phys["roofs"]["pitched-uninsulated"]["ceiling"]["uValueWPerM2K"]
    return {
        model.wall.name: (None if insulated_wall else wall_target, 1 / (wall_films + model.wall.resistance)),
        model.ceiling.name: (None if insulated_ceiling else ceiling_target,
                             1 / (2 * sr["atticCeiling"]["rSiM2KPerW"] + model.ceiling.resistance)),
        model.interFloor.name: (phys["interStoreyFloor"]["uValueWPerM2K"],
                                1 / (2 * sr["interStoreyFloor"]["rSiM2KPerW"] + model.interFloor.resistance)),
    }


# ---------------------------------------------------------------------------------------------------------------
# Geometry helpers
# ---------------------------------------------------------------------------------------------------------------

def _wall_frame(ty: Typology, face: str) -> tuple[tuple[float, float], tuple[float, float], float]:
    """(lower-left corner seen from outside, unit vector to the right seen from outside, outer length)."""
    W, D = ty.widthM, ty.depthM
    return {"south": ((0.0, 0.0), (1.0, 0.0), W), "north": ((W, D), (-1.0, 0.0), W),
            "east": ((W, 0.0), (0.0, 1.0), D), "west": ((0.0, D), (0.0, -1.0), D)}[face]


def _rect_on_wall(ty: Typology, face: str, s0: float, s1: float, z0: float, z1: float) -> list[tuple]:
    """Vertices (upper-left, lower-left, lower-right, upper-right seen from outside) of a rectangle on a facade."""
    (x0, y0), (ux, uy), _ = _wall_frame(ty, face)
    p = lambda s, z: (x0 + ux * s, y0 + uy * s, z)  # noqa: E731
    return [p(s0, z1), p(s0, z0), p(s1, z0), p(s1, z1)]


def newell_normal(verts: list[tuple]) -> tuple[float, float, float]:
    """Unit normal of a planar polygon (counter-clockwise seen from the side it points to)."""
    nx = ny = nz = 0.0
    for i, (x1, y1, z1) in enumerate(verts):
        x2, y2, z2 = verts[(i + 1) % len(verts)]
        nx += (y1 - y2) * (z1 + z2)
        ny += (z1 - z2) * (x1 + x2)
        nz += (x1 - x2) * (y1 + y2)
    n = math.sqrt(nx * nx + ny * ny + nz * nz)
    return nx / n, ny / n, nz / n


def _expect_normal(name: str, verts: list[tuple], expected: tuple[float, float, float]) -> None:
    n = newell_normal(verts)
    if sum(a * b for a, b in zip(n, expected)) < 0.5:
        raise AssertionError(f"surface {name}: normal {n} does not point along {expected}")


OUTWARD = {"south": (0, -1, 0), "north": (0, 1, 0), "east": (1, 0, 0), "west": (-1, 0, 0)}


@dataclasses.dataclass(frozen=True)
class WindowGeometry:
    widthM: float       # outline, frame included
    heightM: float
    frameWidthM: float

    @property
    def areaM2(self) -> float:
        return self.widthM * self.heightM

    @property
    def glazedAreaM2(self) -> float:
        return (self.widthM - 2 * self.frameWidthM) * (self.heightM - 2 * self.frameWidthM)


def window_geometry(model: Model, face: str) -> WindowGeometry:
    """Outline of the single window of `face` on one storey and the frame width giving the frame fraction."""
    ty = model.typology
    g = model.physics["geometry"]["windows"]
    length, height = ty.length(face), ty.storeyHeightM
    area = float(ty.stock["window_to_wall_ratio"]) * length * height
    h = g["defaultHeightM"]
    w = area / h
    if w > length - 2 * g["sideMarginM"]:
        w = length - 2 * g["sideMarginM"]
        h = area / w
    if h > height - g["topMarginM"] + 1e-9:
        raise ValueError(f"{ty.id} {face}: a window of {area:.2f} m² does not fit the storey")
    ff = model.window.frameFraction
    f = ((w + h) - math.sqrt((w + h) ** 2 - 4 * ff * w * h)) / 4  # (w − 2f)(h − 2f) = (1 − ff)·w·h
    return WindowGeometry(w, h, f)


# ---------------------------------------------------------------------------------------------------------------
# IDF writer
# ---------------------------------------------------------------------------------------------------------------

def _coords(verts: list[tuple]) -> list[float]:
    return [float(c) for v in verts for c in v]


def _surface(name: str, stype: str, construction: str, zone: str, boundary: str, verts: list[tuple],
             other: str | None = None) -> str:
    """BuildingSurface:Detailed; boundary is Outdoors, Adiabatic, Surface (with `other`) or Foundation (with `other`)."""
    exposed = boundary == "Outdoors"
    return _obj("BuildingSurface:Detailed", name, stype, construction, zone, None, boundary, other,
                "SunExposed" if exposed else "NoSun", "WindExposed" if exposed else "NoWind", "autocalculate",
                len(verts), *_coords(verts))


def _materials(constructions: list[Construction]) -> list[str]:
    out, seen = [], set()
    for c in constructions:
        for layer in c.layers:
            if layer.label in seen:
                continue
            seen.add(layer.label)
            if layer.thickness is None:
                out.append(_obj("Material:NoMass", layer.label, "Rough", layer.resistance, layer.emissivity,
                                layer.solarAbsorptance, layer.solarAbsorptance))
            else:
                out.append(_obj("Material", layer.label, "Rough", layer.thickness, layer.conductivity, layer.density,
                                layer.specificHeat, layer.emissivity, layer.solarAbsorptance, layer.solarAbsorptance))
    return out


def _constructions(model: Model) -> list[Construction]:
    """Every construction the IDF uses, with the reversed twins of the inter-zone ones."""
    return [model.wall, model.bareWall, model.party, model.gable, model.ceiling,
            model.ceiling.reversed("attic-floor"), model.roof, model.ground,
            model.interFloor, model.interFloor.reversed("inter-ceiling"), model.frame]


def _header(model: Model, location: epw.Location, run_period: tuple[int, int, int, int]) -> list[str]:
    conv = model.physics["conventions"]
    rho = conv["groundReflectance"]["value"]
    bm, bd, em, ed = run_period
    return [
        _obj("Version", "25.2"),
        _obj("SimulationControl", "No", "No", "No", "No", "Yes", "No", 1),
        _obj("Building", f"{model.typology.id} {model.variant.id}", 0.0, conv["terrain"]["value"], None, None,
             conv["solarDistribution"]["value"], None, None),
        _obj("Timestep", conv["timestepsPerHour"]["value"]),
        _obj("SurfaceConvectionAlgorithm:Inside", conv["insideConvection"]["value"]),
        _obj("SurfaceConvectionAlgorithm:Outside", conv["outsideConvection"]["value"]),
        _obj("HeatBalanceAlgorithm", "ConductionTransferFunction"),
        _obj("Site:Location", location.city, location.latitudeDeg, location.longitudeDeg, location.timeZoneHours,
             location.elevationM),
        _obj("Site:GroundReflectance", *([float(rho)] * 12)),
        # weather-file rain used, snow ignored (the ground reflectance stays as given)
        _obj("RunPeriod", "year", bm, bd, None, em, ed, None, None, "No", "No", "No", "Yes", "No"),
        _obj("GlobalGeometryRules", "UpperLeftCorner", "Counterclockwise", "World"),
        _obj("ScheduleTypeLimits", "Any Number"),
        _obj("Schedule:Constant", "AlwaysOn", "Any Number", 1.0),
    ]


def _thermostat_objects(model: Model) -> list[str]:
    conv = model.physics["conventions"]
    return [
        _obj("Schedule:Constant", "HeatingSetpoint", "Any Number", float(conv["heatingSetpointC"]["value"])),
        _obj("Schedule:Constant", "CoolingSetpoint", "Any Number", float(conv["coolingSetpointC"]["value"])),
        _obj("Schedule:Constant", "DualSetpointControl", "Any Number", 4.0),
        _obj("ThermostatSetpoint:DualSetpoint", "Setpoints", "HeatingSetpoint", "CoolingSetpoint"),
    ]


def _infiltration(model: Model, zone: str, ach: float) -> str:
    """Constant air changes per hour (coefficients 1, 0, 0, 0) at the physics.json density basis."""
    return _obj("ZoneInfiltration:DesignFlowRate", f"{zone} air", zone, "AlwaysOn", "AirChanges/Hour", None, None, None,
                float(ach), 1.0, 0.0, 0.0, 0.0, model.physics["air"]["densityBasis"]["value"])


def _window_objects(model: Model, zone: str, face: str, z0: float) -> list[str]:
    """The glazing as a Window and its frame as four Door strips around it (left and right full height, bottom and
    top between them), the opening's outline as physics.json places it.

    The frame is not given to WindowProperty:FrameAndDivider: with zero projections EnergyPlus then transfers about a
    quarter of the frame's conduction (EnergyPlus issues #10445 and #9714, open; checked on the deep retrofit of
    block-5-shops: 21 W through 2.7 m² of frame at ΔT 11.8 K, where Uf 2.77 gives 88 W), so the window would lose
    far less than its Uw. Opaque strips carry Uf exactly, with the frame's absorptance and emissivity."""
    ty = model.typology
    g = window_geometry(model, face)
    sill = model.physics["geometry"]["windows"]["sillM"]
    a0 = (ty.length(face) - g.widthM) / 2
    a1, f = a0 + g.widthM, g.frameWidthM
    b0, b1 = z0 + sill, z0 + sill + g.heightM
    name = f"{zone}-{face}-window"
    verts = _rect_on_wall(ty, face, a0 + f, a1 - f, b0 + f, b1 - f)
    _expect_normal(name, verts, OUTWARD[face])
    out = [_obj("FenestrationSurface:Detailed", name, "Window", "window", f"{zone}-{face}", None, "autocalculate",
                None, 1, 4, *_coords(verts))]
    strips = {"left": (a0, a0 + f, b0, b1), "right": (a1 - f, a1, b0, b1),
              "bottom": (a0 + f, a1 - f, b0, b0 + f), "top": (a0 + f, a1 - f, b1 - f, b1)}
    for side, (s0, s1, z_lo, z_hi) in strips.items():
        sv = _rect_on_wall(ty, face, s0, s1, z_lo, z_hi)
        _expect_normal(f"{name}-frame-{side}", sv, OUTWARD[face])
        out.append(_obj("FenestrationSurface:Detailed", f"{name}-frame-{side}", "Door", model.frame.name,
                        f"{zone}-{face}", None, "autocalculate", None, 1, 4, *_coords(sv)))
    return out


def _storey_objects(model: Model, k: int, conditioned: bool) -> list[str]:
    """Zone k: walls (outer), floor and ceiling (net, or outer footprint under the attic), gains, air, HVAC."""
    ty = model.typology
    H, N = ty.storeyHeightM, ty.storeys
    z0, z1 = k * H, (k + 1) * H
    zone = f"storey{k}"
    conv = model.physics["conventions"]
    area = model.netFloorAreaM2
    out = [_obj("Zone", zone, 0.0, 0.0, 0.0, 0.0, 1, 1, H, model.storeyVolumeM3, area, None, None, "Yes")]
    for face in FACES:
        verts = _rect_on_wall(ty, face, 0.0, ty.length(face), z0, z1)
        _expect_normal(f"{zone}-{face}", verts, OUTWARD[face])
        if ty.faces[face] == "exposed":
            out.append(_surface(f"{zone}-{face}", "Wall", model.wall.name, zone, "Outdoors", verts))
            out += _window_objects(model, zone, face, z0)
        else:
            out.append(_surface(f"{zone}-{face}", "Wall", model.party.name, zone, "Adiabatic", verts))
    xw, xe, ys, yn = model.interior
    floor = [(xe, yn, z0), (xe, ys, z0), (xw, ys, z0), (xw, yn, z0)]
    _expect_normal(f"{zone}-floor", floor, (0, 0, -1))
    if k == 0:
        out.append(_surface(f"{zone}-floor", "Floor", model.ground.name, zone, "Foundation", floor, "ground"))
    else:
        out.append(_surface(f"{zone}-floor", "Floor", model.interFloor.name, zone, "Surface", floor,
                            f"storey{k - 1}-ceiling"))
    if k < N - 1:
        ceiling = [(xw, yn, z1), (xw, ys, z1), (xe, ys, z1), (xe, yn, z1)]
        _expect_normal(f"{zone}-ceiling", ceiling, (0, 0, 1))
        out.append(_surface(f"{zone}-ceiling", "Ceiling", "inter-ceiling", zone, "Surface", ceiling,
                            f"storey{k + 1}-floor"))
    else:
        W, D = ty.widthM, ty.depthM
        ceiling = [(0.0, D, z1), (0.0, 0.0, z1), (W, 0.0, z1), (W, D, z1)]
        _expect_normal(f"{zone}-ceiling", ceiling, (0, 0, 1))
        out.append(_surface(f"{zone}-ceiling", "Ceiling", model.ceiling.name, zone, "Surface", ceiling,
                            "attic-floor"))
    out.append(_infiltration(model, zone, model.airChangesPerH))
    out.append(_obj("OtherEquipment", f"{zone} gains", "None", zone, "AlwaysOn", "EquipmentLevel",
                    float(conv["internalGainsWPerM2"]["value"] * area), None, None, 0.0,
                    float(conv["internalGainsRadiantFraction"]["value"]), 0.0))
    if conditioned:
        out += [
            _obj("ZoneControl:Thermostat", f"{zone} thermostat", zone, "DualSetpointControl",
                 "ThermostatSetpoint:DualSetpoint", "Setpoints"),
            _obj("ZoneHVAC:EquipmentConnections", zone, f"{zone} equipment", f"{zone} supply", None,
                 f"{zone} air node", f"{zone} return"),
            _obj("ZoneHVAC:EquipmentList", f"{zone} equipment", "SequentialLoad", "ZoneHVAC:IdealLoadsAirSystem",
                 f"{zone} ideal loads", 1, 1, None, None),
            _obj("ZoneHVAC:IdealLoadsAirSystem", f"{zone} ideal loads", None, f"{zone} supply", None, None, 50.0, 13.0,
                 0.0156, 0.0077, "NoLimit", None, None, "NoLimit", None, None, None, None, "None", None, "None"),
        ]
    return out


def _attic_objects(model: Model) -> list[str]:
    """Unheated attic: gable roof over the outer footprint, ridge along x, gables east and west, 5 ach."""
    ty = model.typology
    W, D = ty.widthM, ty.depthM
    zt = ty.storeys * ty.storeyHeightM
    zr = zt + model.ridgeHeightM
    volume = W * D * model.ridgeHeightM / 2
    out = [_obj("Zone", "attic", 0.0, 0.0, 0.0, 0.0, 1, 1, None, volume, W * D, None, None, "No")]
    floor = [(W, D, zt), (W, 0.0, zt), (0.0, 0.0, zt), (0.0, D, zt)]
    south = [(0.0, D / 2, zr), (0.0, 0.0, zt), (W, 0.0, zt), (W, D / 2, zr)]
    north = [(W, D / 2, zr), (W, D, zt), (0.0, D, zt), (0.0, D / 2, zr)]
    east = [(W, D / 2, zr), (W, 0.0, zt), (W, D, zt)]
    west = [(0.0, D / 2, zr), (0.0, D, zt), (0.0, 0.0, zt)]
    for name, verts, normal in (("attic-floor", floor, (0, 0, -1)), ("attic-roof-south", south, (0, -1, 1)),
                                ("attic-roof-north", north, (0, 1, 1)), ("attic-gable-east", east, (1, 0, 0)),
                                ("attic-gable-west", west, (-1, 0, 0))):
        _expect_normal(name, verts, normal)
    below = f"storey{ty.storeys - 1}-ceiling"
    out.append(_surface("attic-floor", "Floor", "attic-floor", "attic", "Surface", floor, below))
    out.append(_surface("attic-roof-south", "Roof", model.roof.name, "attic", "Outdoors", south))
    out.append(_surface("attic-roof-north", "Roof", model.roof.name, "attic", "Outdoors", north))
    for face, verts in (("east", east), ("west", west)):
        boundary = "Outdoors" if ty.faces[face] == "exposed" else "Adiabatic"
        out.append(_surface(f"attic-gable-{face}", "Wall", model.gable.name, "attic", boundary, verts))
    out.append(_infiltration(model, "attic", model.atticAch))
    return out


def _kiva_objects(model: Model) -> list[str]:
    g = model.physics["groundFloors"]["on-ground"]
    soil, fw = g["soil"], g["foundationWall"]
    return [
        _obj("Foundation:Kiva:Settings", soil["conductivityWPerMK"], float(soil["densityKgPerM3"]),
             float(soil["specificHeatJPerKgK"])),
        _obj("Foundation:Kiva", "ground", None, None, None, None, None, None, None, None, None, None, None,
             fw["heightAboveGradeM"], fw["depthBelowSlabM"], model.bareWall.name, None, None),
        _obj("SurfaceProperty:ExposedFoundationPerimeter", "storey0-floor", "TotalExposedPerimeter",
             model.groundExposedPerimeterM),
    ]


# Monthly heat-balance outputs (`--balance`): every surface's inside-face conduction (window frames included, as
# Door strips), the windows' heat gain, loss and transmitted sun, infiltration, gains, ideal loads, temperatures and
# the outside faces' convection coefficient (1000 W/m²K in the hours EnergyPlus takes as raining).
BALANCE_VARIABLES = (
    "Surface Inside Face Conduction Heat Transfer Energy", "Surface Window Heat Gain Energy",
    "Surface Window Heat Loss Energy", "Surface Window Transmitted Solar Radiation Energy",
    "Zone Infiltration Sensible Heat Loss Energy", "Zone Infiltration Sensible Heat Gain Energy",
    "Zone Other Equipment Total Heating Energy", "Zone Ideal Loads Zone Sensible Heating Energy",
    "Zone Mean Air Temperature", "Surface Inside Face Temperature",
    "Surface Outside Face Convection Heat Transfer Coefficient",
)


def _output_objects(conditioned: bool, balance: bool = False) -> list[str]:
    out = [_obj("Output:SQLite", "SimpleAndTabular"),
           _obj("Output:Table:SummaryReports", "EnvelopeSummary")]
    names = (["Zone Ideal Loads Zone Sensible Heating Energy", "Zone Ideal Loads Zone Sensible Cooling Energy"]
             if conditioned else ["Zone Mean Air Temperature", "Zone Mean Radiant Temperature",
                                  "Zone Operative Temperature"])
    out += [_obj("Output:Variable", "*", n, "Hourly") for n in names]
    if balance:
        out += [_obj("Output:Variable", "*", n, "Monthly") for n in BALANCE_VARIABLES]
    return out


def print_balance(label: str, sql: Path) -> None:
    """Each monthly balance output of a run, by variable and surface or zone: 12 months then the year (kWh, whole;
    temperatures °C and coefficients W/m²K to two decimals, the year's value the months' mean)."""
    con = sqlite3.connect(str(sql))
    try:
        rows = con.execute("""SELECT d.Name, d.KeyValue, d.Units, t.Month, r.Value FROM ReportData r
                              JOIN ReportDataDictionary d ON r.ReportDataDictionaryIndex = d.ReportDataDictionaryIndex
                              JOIN Time t ON r.TimeIndex = t.TimeIndex
                              WHERE d.ReportingFrequency = 'Monthly' ORDER BY d.Name, d.KeyValue, t.Month""").fetchall()
    finally:
        con.close()
    series: dict[tuple[str, str, str], list[float]] = {}
    for name, key, units, _, value in rows:
        series.setdefault((name, key, units), []).append(value / J_PER_KWH if units == "J" else value)
    print(f"== {label}")
    for (name, key, units), values in series.items():
        year = sum(values) if units == "J" else sum(values) / len(values)
        digits = 0 if units == "J" else 2
        print(f"{name} | {key} | " + " ".join(f"{v:.{digits}f}" for v in values) + f" | {year:.{digits}f}")


def write_idf(model: Model, location: epw.Location, conditioned: bool,
              run_period: tuple[int, int, int, int] = (1, 1, 12, 31), balance: bool = False) -> str:
    """The IDF text of `model` at `location`: conditioned (ideal loads) or free-floating (no HVAC); `balance` adds
    the monthly heat-balance outputs (`BALANCE_VARIABLES`)."""
    win = model.window
    mode = "conditioned" if conditioned else "free-floating"
    out = [f"! Written by benchmarks/peers/typologies.py from benchmarks/typologies/{model.typology.id}.json, variant "
           f"{model.variant.id}, {mode}, following benchmarks/typologies/physics.json. Do not edit.\n"]
    out += _header(model, location, run_period)
    if conditioned:
        out += _thermostat_objects(model)
    constructions = _constructions(model)
    out += _materials(constructions)
    out += [_obj("Construction", c.name, *[layer.label for layer in c.layers]) for c in constructions]
    out.append(_obj("WindowMaterial:SimpleGlazingSystem", f"glazing-{win.kind}", win.ug, win.g))
    out.append(_obj("Construction", "window", f"glazing-{win.kind}"))
    out += _kiva_objects(model)
    for k in range(model.typology.storeys):
        out += _storey_objects(model, k, conditioned)
    out += _attic_objects(model)
    out += _output_objects(conditioned, balance)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------------------
# Running EnergyPlus and reading its outputs
# ---------------------------------------------------------------------------------------------------------------

def err_messages(err_path: Path) -> dict[str, list[str]]:
    """Warnings and severe/fatal messages of eplusout.err (first line of each, with its continuation lines)."""
    kinds = {"warning": [], "severe": []}
    current = None
    for line in err_path.read_text(errors="replace").splitlines():
        s = line.strip()
        if s.startswith("** Warning **"):
            current = kinds["warning"]
            current.append(s[len("** Warning **"):].strip())
        elif s.startswith("** Severe  **") or s.startswith("**  Fatal  **"):
            current = kinds["severe"]
            current.append(s[2:].strip())
        elif s.startswith("**   ~~~   **") and current is not None and current:
            current[-1] += " | " + s[len("**   ~~~   **"):].strip()
        else:
            current = None
    return kinds


def _hourly(con: sqlite3.Connection, names: tuple[str, ...]) -> dict[tuple[str, str], list[tuple[int, float]]]:
    """(variable, zone key) -> [(month, value)] over the run's hours, warm-up excluded, in time order."""
    q = f"""SELECT d.Name, d.KeyValue, t.Month, r.Value FROM ReportData r
            JOIN ReportDataDictionary d ON r.ReportDataDictionaryIndex = d.ReportDataDictionaryIndex
            JOIN Time t ON r.TimeIndex = t.TimeIndex
            WHERE d.ReportingFrequency = 'Hourly' AND (t.WarmupFlag IS NULL OR t.WarmupFlag = 0)
              AND d.Name IN ({','.join('?' * len(names))}) ORDER BY r.TimeIndex"""
    series: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for name, key, month, value in con.execute(q, names):
        series.setdefault((name, key.upper()), []).append((int(month), float(value)))
    return series


def _overheating(months_values: list[tuple[int, float]]) -> dict[str, float]:
    summer = [v for m, v in months_values if m in SUMMER_MONTHS]
    over = [v - OVERHEATING_C for v in summer if v > OVERHEATING_C]
    return {"hours": len(over), "degreeHours": sum(over), "max": max(v for _, v in months_values),
            "summerHours": len(summer)}


def parse_conditioned(con: sqlite3.Connection, storeys: int, hours: int) -> list[dict]:
    heat, cool = ("Zone Ideal Loads Zone Sensible Heating Energy", "Zone Ideal Loads Zone Sensible Cooling Energy")
    series = _hourly(con, (heat, cool))
    out = []
    for k in range(storeys):
        key = f"STOREY{k} IDEAL LOADS"
        h, c = series.get((heat, key), []), series.get((cool, key), [])
        if len(h) != hours or len(c) != hours:
            raise RuntimeError(f"storey{k}: expected {hours} hourly loads, got {len(h)} / {len(c)}")
        out.append({"heatingKWh": sum(v for _, v in h) / J_PER_KWH, "coolingKWh": sum(v for _, v in c) / J_PER_KWH})
    return out


def parse_free_float(con: sqlite3.Connection, storeys: int, hours: int) -> list[dict]:
    air, mrt, op = "Zone Mean Air Temperature", "Zone Mean Radiant Temperature", "Zone Operative Temperature"
    series = _hourly(con, (air, mrt, op))
    out = []
    for k in range(storeys):
        key = f"STOREY{k}"
        a, r, o = series.get((air, key), []), series.get((mrt, key), []), series.get((op, key), [])
        if not len(a) == len(r) == len(o) == hours:
            raise RuntimeError(f"storey{k}: expected {hours} hourly temperatures, got {len(a)}/{len(r)}/{len(o)}")
        iso = [(m, AIR_WEIGHT * ta + (1 - AIR_WEIGHT) * tr) for (m, ta), (_, tr) in zip(a, r)]
        o1, o2 = _overheating(iso), _overheating(o)
        out.append({"overheatingHours": o1["hours"], "overheatingDegreeHours": o1["degreeHours"],
                    "maxOperativeC": o1["max"], "overheatingHours5050": o2["hours"],
                    "overheatingDegreeHours5050": o2["degreeHours"], "maxOperative5050C": o2["max"],
                    "maxAirC": max(v for _, v in a), "summerHours": o1["summerHours"]})
    attic = series.get((air, "ATTIC"), [])
    if attic:
        out.append({"atticMaxAirC": max(v for _, v in attic)})
    return out


def parse_envelope(con: sqlite3.Connection) -> dict:
    """E+'s own nominal values: construction U without films (Constructions table) and the fenestration report."""
    constructions = {name.lower(): u for name, u in con.execute("SELECT Name, Uvalue FROM Constructions")}
    rows = con.execute("""SELECT RowName, ColumnName, Value FROM TabularDataWithStrings
                          WHERE ReportName = 'EnvelopeSummary' AND TableName = 'Exterior Fenestration'""").fetchall()
    fen: dict[str, dict[str, str]] = {}
    for row, col, value in rows:
        fen.setdefault(row.lower(), {})[col] = value.strip()
    doors: dict[str, dict[str, str]] = {}
    for row, col, value in con.execute("""SELECT RowName, ColumnName, Value FROM TabularDataWithStrings
                                          WHERE ReportName = 'EnvelopeSummary' AND TableName = 'Exterior Door'"""):
        doors.setdefault(row.lower(), {})[col] = value.strip()
    return {"constructionUNoFilms": constructions, "fenestration": fen, "doors": doors}


def run_energyplus(task: dict) -> dict:
    """Runs one IDF (a fresh E+ state in this worker process) and parses its outputs; raises TypologyError on
    an EnergyPlus failure or any severe error."""
    from pyenergyplus.api import EnergyPlusAPI  # noqa: PLC0415

    run_dir, idf, label = Path(task["runDir"]), Path(task["idf"]), task["label"]
    for stale in ("eplusout.sql", "eplusout.err"):
        (run_dir / stale).unlink(missing_ok=True)
    api = EnergyPlusAPI()
    state = api.state_manager.new_state()
    api.runtime.set_console_output_status(state, False)
    t0 = time.perf_counter()
    rc = api.runtime.run_energyplus(state, ["-w", task["weather"], "-d", str(run_dir), str(idf)])
    seconds = time.perf_counter() - t0
    api.state_manager.delete_state(state)
    err = run_dir / "eplusout.err"
    msgs = err_messages(err) if err.exists() else {"warning": [], "severe": ["no eplusout.err"]}
    if rc != 0 or msgs["severe"]:
        detail = "\n  ".join(msgs["severe"][:10]) or "(no severe message)"
        raise TypologyError(f"EnergyPlus failed on {label} (exit {rc}), see {err}:\n  {detail}")
    con = sqlite3.connect(str(run_dir / "eplusout.sql"))
    try:
        if task["mode"] == "conditioned":
            storeys = parse_conditioned(con, task["storeys"], task["hours"])
        elif task["mode"] == "free-float":
            storeys = parse_free_float(con, task["storeys"], task["hours"])
        else:
            storeys = []
        envelope = parse_envelope(con)
    finally:
        con.close()
    return {"label": label, "key": task["key"], "mode": task["mode"], "seconds": seconds, "storeys": storeys,
            "envelope": envelope, "warnings": msgs["warning"]}


def _run_all(tasks: list[dict], jobs: int) -> list[dict]:
    """Runs the tasks with at most `jobs` EnergyPlus processes (one fresh process per run)."""
    ctx = multiprocessing.get_context("spawn")
    results, failures = [], []
    with ctx.Pool(processes=max(1, jobs), maxtasksperchild=1) as pool:
        pending = [(t, pool.apply_async(run_energyplus, (t,))) for t in tasks]
        for t, p in pending:
            try:
                r = p.get()
            except Exception as exc:  # report every failing case, then fail
                failures.append(f"{t['label']}: {exc}")
                print(f"  FAILED {t['label']}", file=sys.stderr, flush=True)
                continue
            print(f"  {r['label']:70s} {r['seconds']:6.1f} s, {len(r['warnings'])} warnings", file=sys.stderr,
                  flush=True)
            results.append(r)
    if failures:
        raise TypologyError("EnergyPlus failures:\n" + "\n".join(failures))
    return results


# ---------------------------------------------------------------------------------------------------------------
# Cases, checks and the results file
# ---------------------------------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Case:
    model: Model
    weather: str

    @property
    def key(self) -> str:
        return f"{self.model.typology.id}/{self.model.variant.id}/{Path(self.weather).stem}"

    def run_dir(self, mode: str, root: Path = OUT_DIR) -> Path:
        return root / self.key / mode


def plan(typologies: list[str], weathers: list[str], physics: dict) -> list[Case]:
    variants = load_variants()
    return [Case(build_model(physics, load_typology(t), v), w) for t in typologies for v in variants for w in weathers]


def write_inputs(case: Case, modes: tuple[str, ...] = MODES, run_period=(1, 1, 12, 31),
                 root: Path = OUT_DIR, balance: bool = False, no_rain: bool = False) -> list[dict]:
    """Writes the IDFs of a case under `root`; returns the run tasks. `no_rain` runs on a copy of the weather without
    its rain (`epw.write_without_rain`, under `root`/weather-without-rain)."""
    wpath = weather_path(case.weather)
    if not wpath.exists():
        raise FileNotFoundError(f"weather file {wpath} (set RENOVATE_SHARED)")
    if no_rain:
        wpath = epw.write_without_rain(wpath, root / "weather-without-rain" / case.weather)
    loc = epw.read(wpath).location
    hours = 8760 if run_period == (1, 1, 12, 31) else None
    tasks = []
    for mode in modes:
        d = case.run_dir(mode, root)
        d.mkdir(parents=True, exist_ok=True)
        idf = d / "in.idf"
        idf.write_text(write_idf(case.model, loc, mode == "conditioned", run_period, balance), encoding="utf-8")
        tasks.append({"label": f"{case.key} {mode}", "key": case.key, "mode": mode if hours else "check",
                      "runDir": str(d), "idf": str(idf), "weather": str(wpath), "storeys": case.model.typology.storeys,
                      "hours": hours})
    return tasks


def _num(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def construction_checks(model: Model, envelope: dict) -> list[dict]:
    """Target vs EnergyPlus nominal values of the constructions and the window of `model`.

    Opaque: E+'s own U without films (Constructions.Uvalue) + the convention's films (physics.json). Window: E+'s
    glass U-factor and area (EnvelopeSummary, exterior fenestration), the frame strips' area (exterior doors) and the
    frame construction's own U + 0.17 films giving Uf, area-weighted into Uw."""
    sr = model.physics["surfaceResistances"]
    films = {"wall": sr["wall"]["rSeM2KPerW"] + sr["wall"]["rSiM2KPerW"],
             "ceiling": 2 * sr["atticCeiling"]["rSiM2KPerW"], "inter": 2 * sr["interStoreyFloor"]["rSiM2KPerW"]}
    ours = nominal_u(model)
    u_nf = envelope["constructionUNoFilms"]
    rows = []
    for cname, pos in ((model.wall.name, "wall"), (model.ceiling.name, "ceiling"), (model.interFloor.name, "inter")):
        target, mine = ours[cname]
        e = u_nf.get(cname.lower())
        rows.append({"item": cname, "quantity": "U (W/m2K)", "target": mine if target is None else target,
                     "stated": target is not None, "energyPlus": 1.0 / (films[pos] + 1.0 / e) if e else None})
    windows = [r for name, r in envelope["fenestration"].items() if name.endswith("-window")]
    frames = [r for name, r in envelope["doors"].items() if "-window-frame-" in name]
    if windows:
        def total(table: list[dict[str, str]], col: str) -> float:
            return sum(_num(r.get(col)) or 0.0 for r in table)

        def mean(col: str) -> float | None:
            vals = [_num(r.get(col)) for r in windows]
            return None if None in vals else sum(vals) / len(vals)

        g_area, f_area = total(windows, "Glass Area"), total(frames, "Gross Area")
        ug = mean("Glass U-Factor")
        f_nf = u_nf.get(model.frame.name.lower())
        uf = 1.0 / (1.0 / f_nf + WINDOW_FILMS) if f_nf else None
        w = model.window
        item = f"window {w.kind}"
        rows += [
            {"item": item, "quantity": "Ug (W/m2K)", "target": w.ug, "stated": True, "energyPlus": ug},
            {"item": item, "quantity": "frame fraction", "target": w.frameFraction, "stated": True,
             "energyPlus": f_area / (g_area + f_area) if g_area + f_area else None},
            {"item": item, "quantity": "Uf with films (W/m2K)", "target": w.frameU, "stated": False,
             "energyPlus": uf},
            {"item": item, "quantity": "Uw area-weighted (W/m2K)", "target": w.uw, "stated": True,
             "energyPlus": (g_area * ug + f_area * uf) / (g_area + f_area) if uf and ug and g_area else None},
        ]
    for r in rows:
        t, e = r["target"], r["energyPlus"]
        r["ok"] = None if t is None or e is None else abs(e - t) <= CHECK_TOLERANCE * abs(t)
    return rows


def _r(x: float | None, nd: int) -> float | None:
    return None if x is None else round(x, nd)


def geometry_summary(m: Model) -> dict:
    """The derived quantities a reader needs to rebuild the model: areas, volume, perimeter, windows."""
    windows = {}
    for face in m.typology.exposed:
        g = window_geometry(m, face)
        windows[face] = {"areaM2": _r(g.areaM2, 3), "widthM": _r(g.widthM, 3), "heightM": _r(g.heightM, 3),
                         "frameWidthM": _r(g.frameWidthM, 4)}
    ty = m.typology
    return {"netFloorAreaPerStoreyM2": _r(m.netFloorAreaM2, 3),
            "buildingVolumeM3": _r(m.storeyVolumeM3 * ty.storeys, 2), "leakAreaM2": _r(m.leakAreaM2, 2),
            "groundExposedPerimeterM": _r(m.groundExposedPerimeterM, 3),
            "atticVolumeM3": _r(ty.widthM * ty.depthM * m.ridgeHeightM / 2, 2), "windowPerStoreyByFace": windows}


def case_record(case: Case, cond: dict, free: dict) -> dict:
    m = case.model
    storeys = []
    for k, (c, f) in enumerate(zip(cond["storeys"], free["storeys"])):
        storeys.append({
            "storey": k, "netFloorAreaM2": _r(m.netFloorAreaM2, 2),
            "heatingKWh": _r(c["heatingKWh"], 1), "coolingKWh": _r(c["coolingKWh"], 1),
            "overheatingHours": f["overheatingHours"], "overheatingDegreeHours": _r(f["overheatingDegreeHours"], 1),
            "maxOperativeC": _r(f["maxOperativeC"], 2),
            "overheatingHours5050": f["overheatingHours5050"],
            "overheatingDegreeHours5050": _r(f["overheatingDegreeHours5050"], 1),
            "maxOperative5050C": _r(f["maxOperative5050C"], 2), "maxAirC": _r(f["maxAirC"], 2)})
    attic = next((s["atticMaxAirC"] for s in free["storeys"] if "atticMaxAirC" in s), None)
    return {
        "typology": m.typology.id, "variant": m.variant.id, "weather": case.weather,
        "q4PaM3PerHM2": m.q4pa, "airChangesPerH": _r(m.airChangesPerH, 4), "atticAirChangesPerH": m.atticAch,
        "netFloorAreaM2": _r(m.netFloorAreaM2 * m.typology.storeys, 2),
        "geometry": geometry_summary(m),
        "window": {"kind": m.window.kind, "uwWPerM2K": m.window.uw, "ugWPerM2K": m.window.ug, "gValue": m.window.g,
                   "frameFraction": m.window.frameFraction,
                   "frameConductanceWPerM2K": _r(m.window.frameConductance, 3)},
        "totalHeatingKWh": _r(sum(c["heatingKWh"] for c in cond["storeys"]), 1),
        "totalCoolingKWh": _r(sum(c["coolingKWh"] for c in cond["storeys"]), 1),
        "storeys": storeys,
        "atticMaxAirFreeFloatC": _r(attic, 2),
        "energyPlusWarnings": {"conditioned": len(cond["warnings"]), "freeFloat": len(free["warnings"])},
    }


def _check_item(model: Model, item: str) -> str:
    """Readable name of a checked construction (the same name for the same physics in different cases)."""
    measures = model.variant.measures
    if item == model.wall.name:
        stock = model.typology.stock
        extra = " + wood fibre 80" if "int-wall-wood-fibre-80" in measures else ""
        return f"wall {stock['wall_material']} {stock['wall_thickness_m']} m{extra}"
    if item == model.ceiling.name:
        return "attic ceiling" + (" + cellulose 300" if "attic-floor-300" in measures else "")
    if item == model.interFloor.name:
        return "floor between storeys"
    return item


def collect_checks(cases: list[Case], by_key: dict) -> list[dict]:
    """One check row per construction/window quantity, merged over the cases that share it (worst case kept)."""
    merged: dict[tuple, dict] = {}
    for case in cases:
        res = by_key.get((case.key, "conditioned")) or by_key.get((case.key, "check"))
        if res is None:
            continue
        for row in construction_checks(case.model, res["envelope"]):
            item = _check_item(case.model, row["item"])
            e = _r(row["energyPlus"], 3)
            m = merged.setdefault((item, row["quantity"]), {
                "item": item, "quantity": row["quantity"], "target": _r(row["target"], 3),
                "targetStated": row["stated"], "energyPlus": e, "withinTolerance": row["ok"], "values": set()})
            m["values"].add(e)
            if row["ok"] is False:
                m["withinTolerance"], m["energyPlus"] = False, e
    out = []
    for m in sorted(merged.values(), key=lambda c: (c["item"], c["quantity"])):
        values = sorted(v for v in m.pop("values") if v is not None)
        if len(values) > 1:
            m["energyPlusRange"] = [values[0], values[-1]]
        out.append(m)
    return out


def print_checks(checks: list[dict]) -> None:
    print(f"{'construction':42s} {'quantity':40s} {'target':>8s} {'E+':>8s}")
    for c in checks:
        t = "" if c["target"] is None else f"{c['target']:.3f}"
        e = "" if c["energyPlus"] is None else f"{c['energyPlus']:.3f}"
        flag = "" if c["withinTolerance"] in (True, None) else "  <-- WARNING: differs by more than 2 %"
        print(f"{c['item']:42s} {c['quantity']:40s} {t:>8s} {e:>8s}{flag}")
    for c in checks:
        if c["withinTolerance"] is False:
            print(f"warning: {c['item']} {c['quantity']}: target {c['target']} vs EnergyPlus {c['energyPlus']}",
                  file=sys.stderr)


def warning_summary(results: list[dict]) -> dict[str, int]:
    """Distinct E+ warning texts (numbers blanked) -> number of runs showing them."""
    seen: dict[str, int] = {}
    for r in results:
        for text in {re.sub(r"[-+]?\d+(\.\d+)?([eE][-+]?\d+)?", "#", w.split(" | ")[0])[:160] for w in r["warnings"]}:
            seen[text] = seen.get(text, 0) + 1
    return dict(sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])))


def energyplus_version() -> str:
    from .energyplus_peer import version  # noqa: PLC0415
    return version()


def print_table(records: list[dict]) -> None:
    print(f"{'typology':17s} {'variant':20s} {'weather':9s} {'n 1/h':>6s} {'heat kWh':>9s}  per storey (kWh)"
          f"{'':22s} top-storey OH h (0.3/0.7 | 0.5/0.5)")
    for r in records:
        per = " / ".join(f"{s['heatingKWh']:.0f}" for s in r["storeys"])
        top = r["storeys"][-1]
        print(f"{r['typology']:17s} {r['variant']:20s} {r['weather'][:9]:9s} {r['airChangesPerH']:6.3f} "
              f"{r['totalHeatingKWh']:9.0f}  {per:36s}  {top['overheatingHours']:5d} | {top['overheatingHours5050']:5d}")


# ---------------------------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------------------------

def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--only", help="comma-separated typology ids (default: all three)")
    p.add_argument("--weathers", help="comma-separated weather file names in $RENOVATE_SHARED/data/weather "
                                      f"(default: {','.join(WEATHERS)})")
    p.add_argument("--jobs", type=int, default=2, help="EnergyPlus processes at once (default 2)")
    p.add_argument("--check", action="store_true",
                   help="only the construction check: a one-day run per typology × variant, prints target vs E+ U")
    p.add_argument("--idf-only", action="store_true",
                   help="write the IDFs under benchmarks/out/typologies/, run nothing")
    p.add_argument("--out", help="results JSON (default: benchmarks/results/typologies-energyplus.json for a full "
                                 "run, benchmarks/out/typologies/typologies-energyplus.json for a partial one)")
    p.add_argument("--balance", action="store_true",
                   help="conditioned runs with monthly heat-balance outputs (every surface, window, infiltration, "
                        "gains, loads) under out/typologies/balance/, printed per variable and surface; "
                        "the reference results are not written")
    p.add_argument("--no-rain", action="store_true",
                   help="run on copies of the weather files without rain (present weather codes and precipitation "
                        "removed): EnergyPlus holds a rained-on outside face at the wet-bulb temperature, renovate "
                        "models no wet surfaces; a sensitivity written to results/typologies-energyplus-no-rain.json")
    p.add_argument("--convection", choices=("physics", "simple"), default="physics",
                   help="surface convection: physics.json's (TARP inside, DOE-2 outside: the reference) or 'simple' "
                        "(Simple inside, SimpleCombined outside: constant interior coefficients and a wind-dependent "
                        "combined exterior one, close to the ISO 6946 films at which U-values are rated), a "
                        "sensitivity written to results/typologies-energyplus-simple.json")


def _selection(args) -> tuple[list[str], list[str]]:
    typologies = args.only.split(",") if args.only else list(TYPOLOGIES)
    weathers = args.weathers.split(",") if args.weathers else list(WEATHERS)
    for t in typologies:
        if not (TYPO_DIR / f"{t}.json").exists():
            raise SystemExit(f"unknown typology {t!r}: expected one of {', '.join(TYPOLOGIES)}")
    return typologies, weathers


def cmd_check(args) -> int:
    physics = load_physics()
    typologies, weathers = _selection(args)
    cases = plan(typologies, weathers[:1], physics)
    tasks = [t for c in cases
             for t in write_inputs(c, ("conditioned",), run_period=(1, 1, 1, 1), root=OUT_DIR / "check")]
    results = _run_all(tasks, args.jobs)
    by_key = {(r["key"], r["mode"]): r for r in results}
    checks = collect_checks(cases, by_key)
    print_checks(checks)
    return 1 if any(c["withinTolerance"] is False for c in checks) else 0


def cmd_typologies(args) -> int:
    if args.check:
        return cmd_check(args)
    physics = load_physics()
    simple = args.convection == "simple"
    if simple:
        physics["conventions"]["insideConvection"]["value"] = "Simple"
        physics["conventions"]["outsideConvection"]["value"] = "SimpleCombined"
    typologies, weathers = _selection(args)
    full = set(typologies) == set(TYPOLOGIES) and set(weathers) == set(WEATHERS)
    stem = "typologies-energyplus" + ("-simple" if simple else "") + ("-no-rain" if args.no_rain else "")
    out = Path(args.out) if args.out else (RESULTS.with_name(stem + ".json") if full else OUT_DIR / (stem + ".json"))
    cases = plan(typologies, weathers, physics)
    if args.balance:
        root = OUT_DIR / "balance" / (("simple" if simple else "physics") + ("-no-rain" if args.no_rain else ""))
        tasks = [t for c in cases
                 for t in write_inputs(c, ("conditioned",), root=root, balance=True, no_rain=args.no_rain)]
        for task, _ in zip(tasks, _run_all(tasks, args.jobs)):  # in task order; a failed run raises
            print_balance(task["label"], Path(task["runDir"]) / "eplusout.sql")
        return 0
    root = (OUT_DIR / "simple" if simple else OUT_DIR) / ("no-rain" if args.no_rain else "")
    tasks = [t for c in cases for t in write_inputs(c, root=root, no_rain=args.no_rain)]
    if args.idf_only:
        for t in tasks:
            print(t["idf"])
        return 0
    print(f"typologies: {len(cases)} cases, {len(tasks)} EnergyPlus runs, {args.jobs} at a time", file=sys.stderr)
    t0 = time.perf_counter()
    results = _run_all(tasks, args.jobs)
    wall = time.perf_counter() - t0
    by_key = {(r["key"], r["mode"]): r for r in results}
    records = [case_record(c, by_key[(c.key, "conditioned")], by_key[(c.key, "free-float")]) for c in cases]
    checks = collect_checks(cases, by_key)
    doc = {
        "schema": "renovate-typology-results/1",
        "tool": "EnergyPlus",
        "energyplusVersion": energyplus_version(),
        "date": datetime.date.today().isoformat(),
        "command": "cd benchmarks && .venv/bin/python -m peers typologies" + (" --convection simple" if simple else "")
                   + (" --no-rain" if args.no_rain else ""),
        "rain": "removed from the weather files (present weather codes, precipitation)" if args.no_rain
                else "as the weather files give it (EnergyPlus wets the outside faces in the hours they flag)",
        "convection": {"inside": physics["conventions"]["insideConvection"]["value"],
                       "outside": physics["conventions"]["outsideConvection"]["value"]},
        "physics": "benchmarks/typologies/physics.json",
        "notes": "Heating/cooling: conditioned run, ideal loads, 19/28 °C on air temperature, sensible kWh per storey "
                 "(storey 0 on the ground). Overheating: free-floating run, hours with θop > 28 °C from 1 May to 30 "
                 "September and Σ(θop − 28) over them, θop = 0.3·θair + 0.7·θmrt; the *5050 keys use E+'s Zone "
                 "Operative Temperature (0.5/0.5). airChangesPerH = 0.3 + infiltration, in every storey.",
        "cases": records,
        "checks": checks,
        "energyPlusWarnings": warning_summary(results),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(records)
    print()
    print_checks(checks)
    print(f"\n{len(tasks)} EnergyPlus runs in {wall:.0f} s; results written to {out}", file=sys.stderr)
    return 0
