"""pybuildingenergy peer (PyPI pybuildingenergy 2.1.1, EURAC): ISO 52016-1 single-zone engine + ISO 52010 weather.

How the case file maps onto its building dictionary (documented in benchmarks/README.md):
- The single-zone engine (`ISO52016.Temperature_and_Energy_needs_calculation`) on the whole building: for the
  terraced house that is ONE zone of 180 m2 / 540 m3 (its multizone engine is experimental and much slower);
  each floor between storeys becomes internal mass: two adiabatic faces (up and down) of half its capacity.
- Opaque elements are given as U (ISO 6946 surface resistances, see cases.py) and areal heat capacity
  kappa = sum(rho c d), with the ISO 52016-1 mass-distribution class of the case (Table B.13).
- Party walls: boundary ADIABATIC. Floor over outdoor air without sun: an outdoor element with no solar
  absorptance and a negligible sky view (a zero sky view would make the package treat it as ground contact),
  heat flow downwards.
- Windows: U and g_n, no frame, the package's default F_w = 0.90.
- Thermostat on air temperature (`hvac_control_variable="air"`), as EnergyPlus ideal loads; constant set-points,
  gains and infiltration; the package's own warm-up (the December before the year).
"""
from __future__ import annotations

import contextlib
import io
import os
import statistics
import time

from . import cases, epw

MASS_CLASS = {"I": "class_i", "E": "class_e", "IE": "class_ie", "D": "class_d", "M": "class_m"}


def building_dict(case: cases.Case, w: epw.Weather) -> dict:
    g = case.geometry
    W, D, H, n = g["widthM"], g["depthM"], g["storeyHeightM"], case.storeys
    a_sol = case.data.get("surfaceProperties", {}).get("solarAbsorptance", 0.6)
    surfaces = []

    def opaque(name, construction, position, area, az, tilt, boundary, **extra):
        c = case.construction(construction)
        s = {"name": name, "type": "opaque", "area": round(area, 6), "u_value": case.u_value(construction, position),
             "thermal_capacity": case.areal_heat_capacity(construction), "solar_absorptance": a_sol,
             "sky_view_factor": 1.0 if tilt == 0 else 0.5, "orientation": {"azimuth": az, "tilt": tilt},
             "construction_class": MASS_CLASS.get(c.get("isoMassClass", "D"), "class_d"), "name_adj_zone": None}
        if boundary == "adiabatic":
            s["boundary"] = "ADIABATIC"
        elif boundary == "outdoorsNoSunNoWind":
            s.update({"boundary": "OUTDOORS", "solar_absorptance": 0.0, "sky_view_factor": 1e-6})
        else:
            s["boundary"] = "OUTDOORS"
        s.update(extra)
        surfaces.append(s)

    for face in cases.FACES:
        spec = case.data["faces"][face]
        length = W if face in ("south", "north") else D
        wins = case.windows_for(face)
        win_area = sum(x.areaM2 for x in wins) * n
        opaque(f"wall {face}", spec["construction"], "wall", length * H * n - win_area, cases.AZIMUTH_DEG[face], 90,
               spec["boundary"])
        for k in range(n):
            for x in wins:
                gl = case.glazing(x.glazing)
                surfaces.append({"name": f"window {face} {k} {x.name}", "type": "transparent", "area": x.areaM2,
                                 "u_value": gl["uValueWPerM2K"], "g_value": gl["gValue"], "height": x.heightM,
                                 "width": x.widthM, "parapet": x.sillM, "frame_area_fraction": 0.0,
                                 "sky_view_factor": 0.5, "shading": False,
                                 "orientation": {"azimuth": cases.AZIMUTH_DEG[face], "tilt": 90}, "name_adj_zone": None})
    roof = case.data["faces"]["roof"]
    opaque("roof", roof["construction"], "roof", W * D, 0, 0, roof["boundary"], internal_heat_flow_direction="upwards")
    floor = case.data["faces"]["floor"]
    opaque("floor", floor["construction"], "floor", W * D, 0, 0, floor["boundary"],
           internal_heat_flow_direction="downwards")
    if n > 1:
        inter = case.data["faces"]["interFloor"]["construction"]
        kappa = case.areal_heat_capacity(inter) / 2
        for k in range(n - 1):
            opaque(f"inter-floor {k} upper face", inter, "interFloor", W * D, 0, 0, "adiabatic",
                   thermal_capacity=kappa, internal_heat_flow_direction="downwards")
            opaque(f"inter-floor {k} lower face", inter, "interFloor", W * D, 0, 0, "adiabatic",
                   thermal_capacity=kappa, internal_heat_flow_direction="upwards")
    area = case.total_floor_area_m2
    sp = case.data["setpoints"]
    ones = [1.0] * 24
    return {
        "building": {"name": case.id, "azimuth_relative_to_true_north": 0.0, "latitude": w.location.latitudeDeg,
                     "longitude": w.location.longitudeDeg, "exposed_perimeter": 2 * (W + D), "height": H * n,
                     "wall_thickness": 0.3, "n_floors": n, "building_type_class": "Residential_apartment",
                     "adj_zones_present": False, "number_adj_zone": 0, "net_floor_area": area,
                     "zone_volume_m3": area * H, "construction_class": "class_d"},
        "adjacent_zones": [],
        "building_surface": surfaces,
        "units": {"area": "m2", "u_value": "W/m2K"},
        "building_parameters": {
            "temperature_setpoints": {"heating_setpoint": sp["heatingC"], "heating_setback": sp["heatingC"],
                                      "cooling_setpoint": sp["coolingC"], "cooling_setback": sp["coolingC"]},
            "system_capacities": {"heating_capacity": 1e8, "cooling_capacity": 1e8},
            "airflow_rates": {"infiltration_rate": case.data["infiltrationAch"]},
            # the package knows three gain categories and falls back to default schedules for a missing one
            "internal_gains": [{"name": "occupants", "full_load": case.internal_gains_w_per_zone() * n / area,
                                "weekday": ones, "weekend": ones},
                               {"name": "appliances", "full_load": 0.0, "weekday": ones, "weekend": ones},
                               {"name": "lighting", "full_load": 0.0, "weekday": ones, "weekend": ones}],
            "ventilation": {"components": [{"name": "infiltration", "ventilation_type": "constant_ach",
                                            "air_changes_per_hour": case.data["infiltrationAch"],
                                            "source_temperature": "outdoor"}]},
            "construction": {"wall_thickness": 0.3, "thermal_bridge_heat_W_K": 0.0},
            "climate_parameters": {"coldest_month": 1},
            "heating_profile": {"weekday": ones, "weekend": ones},
            "cooling_profile": {"weekday": ones, "weekend": ones},
            "ventilation_profile": {"weekday": ones, "weekend": ones},
        },
    }


def simulate(case: cases.Case, w: epw.Weather, weather_path) -> dict:
    from pybuildingenergy import ISO52016  # noqa: PLC0415

    rad = case.data["internalGains"].get("radiativeFraction", 0.0)
    bui = building_dict(case, w)
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        hourly, _ = ISO52016.Temperature_and_Energy_needs_calculation(
            bui, weather_source="epw", path_weather_file=str(weather_path), hvac_control_variable="air",
            f_int_c=1.0 - rad, f_H_c=1.0, f_C_c=1.0)
    q_h = hourly["Q_H"].clip(lower=0.0)
    q_c = hourly["Q_C"].clip(lower=0.0)
    if len(hourly) != 8760:
        raise RuntimeError(f"pybuildingenergy returned {len(hourly)} hourly rows for {case.id}, expected 8760")
    return {"annualHeatingKWh": float(q_h.sum()) / 1000, "annualCoolingKWh": float(q_c.sum()) / 1000,
            "peakHeatingKW": float(q_h.max()) / 1000, "peakCoolingKW": float(q_c.max()) / 1000}


def run(case: cases.Case, weather_dir, out_dir, repetitions: int) -> dict:
    from importlib.metadata import version  # noqa: PLC0415

    os.environ.setdefault("TQDM_DISABLE", "1")
    weather_path = weather_dir / case.weather
    w = epw.read(weather_path)
    timings, res = [], None
    for _ in range(repetitions):
        t0 = time.perf_counter()
        res = simulate(case, w, weather_path)
        timings.append(time.perf_counter() - t0)
    res.update({"tool": "pybuildingenergy", "toolVersion": version("pybuildingenergy"), "case": case.id,
                "weather": case.weather, "zones": case.storeys, "modelZones": 1, "repetitions": repetitions,
                "timingsS": timings, "secondsPerBuildingYear": statistics.median(timings),
                "notes": "single-zone engine on the whole building" + ("; inter-floors as internal mass" if case.storeys > 1 else "")})
    return res
