"""iso52016 peer (PyPI iso52016 0.0.3, FH Aachen): ISO 52016-1 hourly method, 5 nodes per opaque element.

How the case file maps onto its API (documented in benchmarks/README.md):
- One `Zone` per storey, all in one `Building` (one linear system per hour). The package has no zone-to-zone
  conductance, so floors/ceilings between storeys are adiabatic elements with their mass, seen by both storeys.
- Adiabatic surfaces (party walls): external convective and radiative coefficients set to 0, no sun, no sky.
- Floor over outdoor air without sun: an element facing down, no irradiation, no sky view.
- Windows: `Window(u, g)` with g = F_w * g_n, F_w = 0.90 (ISO 52016-1 default correction for non-normal
  incidence; the package itself has no angular dependence), no frame.
- Azimuth: the package passes `angle_towards_south` to pvlib with a flipped tilt, which makes 0 = south,
  90 = west, 180 = north, 270 = east; we convert from the case's azimuth (clockwise from north).
- Heating/cooling 100 % convective (ideal air system), internal gains convective fraction from the case,
  control on air temperature (the package default).
- Weather: the EPW's dry-bulb, wind, pressure, DNI, DHI and beam-horizontal irradiance, solar position at
  mid-hour in local standard time.
"""
from __future__ import annotations

import statistics
import time

from . import cases, epw

F_W = 0.90


def _tz_name(hours: float) -> str:
    h = int(round(hours))
    return "UTC" if h == 0 else f"Etc/GMT{-h:+d}"


def _layers_inside_out(iso, case: cases.Case, construction: str):
    out = []
    for _, t, m in reversed(case.layers(construction)):
        if m.get("massless"):
            r = case.layer_resistance(t, m)
            thick = t if t else 0.01
            out.append(iso.Layer(thick, iso.Material(0.0, 1000.0, thick / r)))
        else:
            out.append(iso.Layer(t, iso.Material(float(m["densityKgPerM3"]), float(m["specificHeatJPerKgK"]),
                                                  float(m["conductivityWPerMK"]))))
    return out


def build(case: cases.Case, w: epw.Weather):
    import numpy as np  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415
    import pvlib  # noqa: PLC0415
    import iso52016 as iso  # noqa: PLC0415

    t_air = np.array(w.dryBulbC)
    weather = iso.Weather(t_air, np.array(w.windMPerS))
    dni, dhi, ghi = np.array(w.dni), np.array(w.dhi), np.array(w.ghi)
    weather.set_advanced_weather_data(np.clip(ghi - dhi, 0, None), dhi, np.array(w.pressurePa), dni)
    tz = _tz_name(w.location.timeZoneHours)
    weather.set_index(pd.date_range("2019-01-01 00:30", periods=8760, freq="h", tz=tz))
    weather.set_location(pvlib.location.Location(w.location.latitudeDeg, w.location.longitudeDeg, tz=tz,
                                                 altitude=w.location.elevationM))
    a_sol = case.data.get("surfaceProperties", {}).get("solarAbsorptance", 0.6)
    gains = case.internal_gains_w_per_zone()
    rad = case.data["internalGains"].get("radiativeFraction", 0.0)
    sp = case.data["setpoints"]
    zones = []
    for z in case.zones():
        elements = []
        for s in z.surfaces:
            construction = s.construction.replace("@reversed", "")
            layers = _layers_inside_out(iso, case, construction)
            if s.construction.endswith("@reversed"):
                layers = list(reversed(layers))
            if s.kind == "wall":
                orient = iso.Orientation(90.0, (s.azimuthDeg + 180.0) % 360.0)
            elif s.tiltDeg == 0.0:
                orient = iso.Orientation(180.0, 0.0)
            else:
                orient = iso.Orientation(0.0, 0.0)
            windows = []
            for win, _ in s.windows:
                g = case.glazing(win.glazing)
                windows.append(iso.Window(area=win.areaM2, u_value=g["uValueWPerM2K"], g_value=F_W * g["gValue"],
                                          frame_fraction=0.0))
            elem = iso.OpaqueElement(area=s.netAreaM2, orientation=orient, layers=layers, windows=windows)
            if s.boundary == "outdoors":
                elem.calc_solar_irradiation(weather, a_sol)
            elif s.boundary == "outdoorsNoSunNoWind":
                elem.see_sky = 0.0
            else:  # adiabatic, or another storey (no inter-zone coupling in the package)
                elem.h_ce = 0.0
                elem.h_re = 0.0
                elem.see_sky = 0.0
            elements.append(elem)
        zone = iso.Zone(opaque_elements=elements, usable_floor_area=z.floorAreaM2,
                        internal_gains=[np.full(8760, gains)], lower_temperature_limit=float(sp["heatingC"]),
                        upper_temperature_limit=float(sp["coolingC"]),
                        ventilation=[iso.Ventilation(case.data["infiltrationAch"] * z.volumeM3, 0.0, t_air)])
        zone.f_heat_cool = 1.0
        zone.f_internal = 1.0 - rad
        zones.append(zone)
    return iso.Building(weather, zones), zones


def simulate(case: cases.Case, w: epw.Weather) -> dict:
    import numpy as np  # noqa: PLC0415

    building, zones = build(case, w)
    building.calculate()
    heat = np.sum([np.asarray(z.heat_load, dtype=float) for z in zones], axis=0)
    cool = np.sum([np.asarray(z.cool_load, dtype=float) for z in zones], axis=0)
    per_zone = {z.name: {"heatingKWh": float(np.sum(zz.heat_load)) / 1000, "coolingKWh": float(np.sum(zz.cool_load)) / 1000}
                for z, zz in zip(case.zones(), zones)}
    return {"annualHeatingKWh": float(heat.sum()) / 1000, "annualCoolingKWh": float(cool.sum()) / 1000,
            "peakHeatingKW": float(heat.max()) / 1000, "peakCoolingKW": float(cool.max()) / 1000,
            "perZone": per_zone}


def run(case: cases.Case, weather_dir, out_dir, repetitions: int) -> dict:
    from importlib.metadata import version  # noqa: PLC0415

    w = epw.read(weather_dir / case.weather)
    timings, res = [], None
    for _ in range(repetitions):
        t0 = time.perf_counter()
        res = simulate(case, w)
        timings.append(time.perf_counter() - t0)
    res.update({"tool": "iso52016", "toolVersion": version("iso52016"), "case": case.id, "weather": case.weather,
                "zones": case.storeys, "modelZones": case.storeys, "repetitions": repetitions, "timingsS": timings,
                "secondsPerBuildingYear": statistics.median(timings),
                "notes": "one Zone per storey; storeys not coupled (inter-floors adiabatic); g = 0.9 g_n"})
    return res
