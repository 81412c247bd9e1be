"""EnergyPlus peer: writes an IDF from a case file and runs it through `pyenergyplus` (PyPI pyenergyplus-lbnl).

Modelling choices (documented in benchmarks/README.md):
- Conduction transfer functions, 4 time steps per hour, TARP inside / DOE-2 outside convection,
  FullInteriorAndExterior solar distribution (the boxes are convex), weather-file snow indicators ignored so the
  ground reflectance stays at 0.2 (Std 140).
- Ideal loads air system per zone, dual set-point thermostat on zone air temperature, no humidity control,
  no capacity limit; reported heating/cooling are the zone *sensible* ideal-loads energies.
- Glazing: detailed panes + gas layers when the case gives them (BESTEST), otherwise a simple glazing system
  from U and g (the terraced house).
- Internal gains: OtherEquipment with the case's radiative fraction, no latent part. Infiltration:
  ZoneInfiltration:DesignFlowRate in air changes per hour, constant (coefficients 1, 0, 0, 0).
"""
from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from . import cases, epw

J_PER_KWH = 3.6e6


def _obj(kind: str, *fields) -> str:
    vals = ["" if f is None else (f"{f:.6g}" if isinstance(f, float) else str(f)) for f in fields]
    body = ",\n    ".join([kind] + vals)
    return body + ";\n"


def write_idf(case: cases.Case, location: epw.Location, timesteps_per_hour: int = 4) -> str:
    """The IDF text of `case` at `location` (the weather file's, so that E+ does not warn about a mismatch)."""
    sp = case.data.get("surfaceProperties", {})
    a_sol = sp.get("solarAbsorptance", 0.6)
    eps = sp.get("thermalEmissivity", 0.9)
    out = [
        "! Written by benchmarks/peers/energyplus_peer.py from " + case.path.name + " — do not edit.\n",
        _obj("Version", "25.2"),
        _obj("SimulationControl", "No", "No", "No", "No", "Yes", "No", 1),
        _obj("Building", case.id, 0.0, "Country", 0.04, 0.4, "FullInteriorAndExterior", 25, 6),
        _obj("Timestep", timesteps_per_hour),
        _obj("SurfaceConvectionAlgorithm:Inside", "TARP"),
        _obj("SurfaceConvectionAlgorithm:Outside", "DOE-2"),
        _obj("HeatBalanceAlgorithm", "ConductionTransferFunction"),
        _obj("Site:Location", location.city, location.latitudeDeg, location.longitudeDeg,
             location.timeZoneHours, location.elevationM),
        _obj("Site:GroundReflectance", *([sp.get("groundReflectance", 0.2)] * 12)),
        _obj("RunPeriod", "year", 1, 1, None, 12, 31, None, None, "No", "No", "No", "Yes", "No"),
        _obj("GlobalGeometryRules", "UpperLeftCorner", "Counterclockwise", "World"),
        _obj("ScheduleTypeLimits", "Any Number"),
        _obj("Schedule:Constant", "AlwaysOn", "Any Number", 1.0),
        _obj("Schedule:Constant", "HeatingSetpoint", "Any Number", float(case.data["setpoints"]["heatingC"])),
        _obj("Schedule:Constant", "CoolingSetpoint", "Any Number", float(case.data["setpoints"]["coolingC"])),
        _obj("Schedule:Constant", "DualSetpointControl", "Any Number", 4.0),
        _obj("ThermostatSetpoint:DualSetpoint", "Setpoints", "HeatingSetpoint", "CoolingSetpoint"),
    ]
    # Constructions (thickness is per layer use, so each (material, thickness) becomes its own Material)
    materials_written: dict[tuple, str] = {}
    idf_materials: list[str] = []

    def material_for(mname: str, thickness: float | None) -> str:
        key = (mname, thickness)
        if key in materials_written:
            return materials_written[key]
        m = case.material(mname)
        label = f"{mname}-{thickness:g}m" if thickness else mname
        if m.get("massless"):
            r = case.layer_resistance(thickness, m)
            idf_materials.append(_obj("Material:NoMass", label, "Rough", r, eps, a_sol, a_sol))
        else:
            idf_materials.append(_obj("Material", label, "Rough", thickness, m["conductivityWPerMK"],
                                      float(m["densityKgPerM3"]), float(m["specificHeatJPerKgK"]), eps, a_sol, a_sol))
        materials_written[key] = label
        return label

    constructions = []
    for cname in case.data["constructions"]:
        labels = [material_for(m, t) for m, t, _ in case.layers(cname)]
        constructions.append(_obj("Construction", cname, *labels))
        constructions.append(_obj("Construction", cname + "@reversed", *reversed(labels)))
    for gname, g in case.data["glazings"].items():
        if "panes" in g:
            layers = []
            for i, p in enumerate(g["panes"]):
                pname = f"{gname}-pane{i + 1}"
                idf_materials.append(_obj(
                    "WindowMaterial:Glazing", pname, "SpectralAverage", None, p["thicknessM"], p["solarTransmittance"],
                    p["solarReflectance"], p["solarReflectance"], p["visibleTransmittance"], p["visibleReflectance"],
                    p["visibleReflectance"], p["infraredTransmittance"], p["emissivity"], p["emissivity"],
                    p["conductivityWPerMK"]))
                layers.append(pname)
                if i < len(g["gapsM"]):
                    gap = f"{gname}-gap{i + 1}"
                    idf_materials.append(_obj("WindowMaterial:Gas", gap, "Air", g["gapsM"][i]))
                    layers.append(gap)
            constructions.append(_obj("Construction", gname, *layers))
        else:
            idf_materials.append(_obj("WindowMaterial:SimpleGlazingSystem", gname + "-simple", g["uValueWPerM2K"],
                                      g["gValue"]))
            constructions.append(_obj("Construction", gname, gname + "-simple"))
    out += idf_materials + constructions

    gains_w = case.internal_gains_w_per_zone()
    rad = case.data["internalGains"].get("radiativeFraction", 0.0)
    # E+ converts the volume flow with the outdoor air density: use the at-site-density rate when the case gives it
    ach = case.data.get("infiltrationAchOutdoorDensity", case.data["infiltrationAch"])
    for z in case.zones():
        out.append(_obj("Zone", z.name, 0.0, 0.0, 0.0, 0.0, 1, 1, "autocalculate", z.volumeM3, "autocalculate"))
        for s in z.surfaces:
            stype = {"wall": "Wall", "roof": "Roof", "floor": "Floor", "ceiling": "Ceiling"}[s.kind]
            if s.boundary.startswith("zone:"):
                other = s.boundary.split(":", 1)[1]
                obc, obj_name, sun, wind = "Surface", f"{other}-{'floor' if s.kind == 'ceiling' else 'ceiling'}", "NoSun", "NoWind"
            elif s.boundary == "adiabatic":
                obc, obj_name, sun, wind = "Adiabatic", None, "NoSun", "NoWind"
            elif s.boundary == "outdoorsNoSunNoWind":
                obc, obj_name, sun, wind = "Outdoors", None, "NoSun", "NoWind"
            else:
                obc, obj_name, sun, wind = "Outdoors", None, "SunExposed", "WindExposed"
            coords = [c for v in s.vertices for c in (float(v[0]), float(v[1]), float(v[2]))]
            out.append(_obj("BuildingSurface:Detailed", s.name, stype, s.construction, z.name, None, obc, obj_name,
                            sun, wind, "autocalculate", 4, *coords))
            for win, verts in s.windows:
                coords = [c for v in verts for c in (float(v[0]), float(v[1]), float(v[2]))]
                out.append(_obj("FenestrationSurface:Detailed", win.name, "Window", win.glazing, s.name, None,
                                "autocalculate", None, 1, 4, *coords))
        out.append(_obj("ZoneInfiltration:DesignFlowRate", f"{z.name} infiltration", z.name, "AlwaysOn",
                        "AirChanges/Hour", None, None, None, float(ach), 1.0, 0.0, 0.0, 0.0))
        out.append(_obj("OtherEquipment", f"{z.name} gains", "None", z.name, "AlwaysOn", "EquipmentLevel",
                        float(gains_w), None, None, 0.0, float(rad), 0.0))
        out.append(_obj("ZoneControl:Thermostat", f"{z.name} thermostat", z.name, "DualSetpointControl",
                        "ThermostatSetpoint:DualSetpoint", "Setpoints"))
        out.append(_obj("ZoneHVAC:EquipmentConnections", z.name, f"{z.name} equipment", f"{z.name} supply",
                        None, f"{z.name} air node", f"{z.name} return"))
        out.append(_obj("ZoneHVAC:EquipmentList", f"{z.name} equipment", "SequentialLoad",
                        "ZoneHVAC:IdealLoadsAirSystem", f"{z.name} ideal loads", 1, 1, None, None))
        out.append(_obj("ZoneHVAC:IdealLoadsAirSystem", f"{z.name} ideal loads", None, f"{z.name} supply", None, None,
                        50.0, 13.0, 0.0156, 0.0077, "NoLimit", None, None, "NoLimit", None, None, None, None,
                        "None", None, "None"))
    out += [
        _obj("Output:SQLite", "Simple"),
        _obj("Output:Variable", "*", "Zone Ideal Loads Zone Sensible Heating Energy", "Hourly"),
        _obj("Output:Variable", "*", "Zone Ideal Loads Zone Sensible Cooling Energy", "Hourly"),
        _obj("Output:Variable", "*", "Zone Mean Air Temperature", "Hourly"),
    ]
    return "\n".join(out)


def parse_sql(sql_path: Path) -> dict:
    """Annual sensible heating/cooling (kWh) and hourly-integrated peaks (kW), summed over zones, plus each zone's
    annual heating/cooling under `perZone` (for a storey-by-storey comparison)."""
    con = sqlite3.connect(str(sql_path))
    try:
        rows = con.execute(
            """SELECT d.Name, d.KeyValue, t.TimeIndex, r.Value
               FROM ReportData r
               JOIN ReportDataDictionary d ON r.ReportDataDictionaryIndex = d.ReportDataDictionaryIndex
               JOIN Time t ON r.TimeIndex = t.TimeIndex
               WHERE d.ReportingFrequency = 'Hourly' AND (t.WarmupFlag IS NULL OR t.WarmupFlag = 0)
                 AND d.Name LIKE 'Zone Ideal Loads Zone Sensible % Energy'""").fetchall()
    finally:
        con.close()
    heat: dict[int, float] = {}
    cool: dict[int, float] = {}
    per_zone: dict[str, dict[str, float]] = {}
    for name, key, t, v in rows:
        kind = "heatingKWh" if "Heating" in name else "coolingKWh"
        series = heat if kind == "heatingKWh" else cool
        series[t] = series.get(t, 0.0) + v
        zone = key.removesuffix(" IDEAL LOADS").lower()
        per_zone.setdefault(zone, {"heatingKWh": 0.0, "coolingKWh": 0.0})[kind] += v / J_PER_KWH
    if len(heat) != 8760 or len(cool) != 8760:
        raise RuntimeError(f"{sql_path}: expected 8760 hourly values, got {len(heat)} heating / {len(cool)} cooling")
    return {"annualHeatingKWh": sum(heat.values()) / J_PER_KWH, "annualCoolingKWh": sum(cool.values()) / J_PER_KWH,
            "peakHeatingKW": max(heat.values()) / J_PER_KWH, "peakCoolingKW": max(cool.values()) / J_PER_KWH,
            "perZone": per_zone}


def version() -> str:
    from pyenergyplus.api import EnergyPlusAPI  # noqa: PLC0415
    api = EnergyPlusAPI()
    if not hasattr(api.functional, "ep_version"):
        return "unknown"
    return str(api.functional.ep_version()).replace("\\ ", " ").split(" ")[0]  # "25.2.0-cf7368216c"


def run(case: cases.Case, weather_dir: Path, out_dir: Path, repetitions: int) -> dict:
    """Runs the case `repetitions` times (a fresh E+ state each time); returns results and the median wall time."""
    from pyenergyplus.api import EnergyPlusAPI  # noqa: PLC0415

    weather_path = weather_dir / case.weather
    run_dir = out_dir / "energyplus" / case.id
    run_dir.mkdir(parents=True, exist_ok=True)
    idf = run_dir / "in.idf"
    idf.write_text(write_idf(case, epw.read(weather_path).location), encoding="utf-8")
    api = EnergyPlusAPI()
    timings = []
    for _ in range(repetitions):
        state = api.state_manager.new_state()
        api.runtime.set_console_output_status(state, False)
        t0 = time.perf_counter()
        rc = api.runtime.run_energyplus(state, ["-w", str(weather_path), "-d", str(run_dir), str(idf)])
        timings.append(time.perf_counter() - t0)
        api.state_manager.delete_state(state)
        if rc != 0:
            err = run_dir / "eplusout.err"
            tail = err.read_text(errors="replace")[-3000:] if err.exists() else "(no eplusout.err)"
            raise RuntimeError(f"EnergyPlus failed on {case.id} (exit {rc}); see {err}:\n{tail}")
    res = parse_sql(run_dir / "eplusout.sql")
    res.update({"tool": "EnergyPlus", "toolVersion": version(), "case": case.id, "weather": case.weather,
                "zones": case.storeys, "modelZones": case.storeys, "repetitions": repetitions,
                "timingsS": timings, "secondsPerBuildingYear": statistics.median(timings),
                "notes": "IDF written from the case file; ideal loads, air-temperature control"})
    return res
