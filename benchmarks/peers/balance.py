"""EnergyPlus's annual heat balance of a case, for the agreement analysis in benchmarks/README.md.

    cd benchmarks && .venv/bin/python -m peers.balance cases/terraced-house.json --weather-dir ../../shared/data/weather
        [--monthly]

Writes the harness's IDF for the case (`energyplus_peer.write_idf`) plus annual (RunPeriod) output variables —
inside-face conduction of every surface, window heat gain/loss and transmitted solar, infiltration, ideal loads,
outside-face long-wave coefficients — runs EnergyPlus once in out/balance/<case>/ and prints the annual sums (kWh) or
means (coefficients, W/m²K), and each zone's mean air temperature; `--monthly` adds each zone's transmitted solar and
ideal-loads cooling month by month. Compare with `renovate-bench sensitivity [--monthly]`.
"""
from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from . import cases, energyplus_peer, epw

J_PER_KWH = 3.6e6
VARIABLES = (
    "Surface Inside Face Conduction Heat Transfer Energy",
    "Zone Windows Total Heat Gain Energy", "Zone Windows Total Heat Loss Energy",
    "Enclosure Windows Total Transmitted Solar Radiation Energy",
    "Zone Infiltration Sensible Heat Loss Energy", "Zone Infiltration Sensible Heat Gain Energy",
    "Zone Ideal Loads Zone Sensible Heating Energy", "Zone Ideal Loads Zone Sensible Cooling Energy",
    "Surface Outside Face Thermal Radiation to Sky Heat Transfer Coefficient",
    "Surface Outside Face Thermal Radiation to Air Heat Transfer Coefficient",
    "Surface Outside Face Thermal Radiation to Ground Heat Transfer Coefficient",
    "Surface Outside Face Convection Heat Transfer Coefficient",
    "Surface Inside Face Convection Heat Transfer Coefficient",
)


MONTHLY = ("Enclosure Windows Total Transmitted Solar Radiation Energy", "Zone Ideal Loads Zone Sensible Cooling Energy")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m peers.balance")
    ap.add_argument("case")
    ap.add_argument("--weather-dir", required=True)
    ap.add_argument("--out-dir", default=str(Path(__file__).resolve().parent.parent / "out" / "balance"))
    ap.add_argument("--monthly", action="store_true", help="also print transmitted solar and cooling per zone and month")
    args = ap.parse_args(argv)
    from pyenergyplus.api import EnergyPlusAPI  # noqa: PLC0415

    case = cases.load(args.case)
    weather = Path(args.weather_dir) / case.weather
    run_dir = Path(args.out_dir) / case.id
    run_dir.mkdir(parents=True, exist_ok=True)
    idf = energyplus_peer.write_idf(case, epw.read(weather).location)
    idf += "\n" + "\n".join(energyplus_peer._obj("Output:Variable", "*", v, "RunPeriod") for v in VARIABLES)
    if args.monthly:
        idf += "\n" + "\n".join(energyplus_peer._obj("Output:Variable", "*", v, "Monthly") for v in MONTHLY)
    (run_dir / "in.idf").write_text(idf, encoding="utf-8")
    api = EnergyPlusAPI()
    state = api.state_manager.new_state()
    api.runtime.set_console_output_status(state, False)
    rc = api.runtime.run_energyplus(state, ["-w", str(weather), "-d", str(run_dir), str(run_dir / "in.idf")])
    api.state_manager.delete_state(state)
    if rc != 0:
        raise SystemExit(f"EnergyPlus failed (exit {rc}); see {run_dir / 'eplusout.err'}")
    con = sqlite3.connect(str(run_dir / "eplusout.sql"))
    try:
        rows = con.execute(
            """SELECT d.Name, d.KeyValue, SUM(r.Value) FROM ReportData r
               JOIN ReportDataDictionary d ON r.ReportDataDictionaryIndex = d.ReportDataDictionaryIndex
               JOIN Time t ON r.TimeIndex = t.TimeIndex
               WHERE d.ReportingFrequency = 'Run Period' AND (t.WarmupFlag IS NULL OR t.WarmupFlag = 0)
               GROUP BY d.Name, d.KeyValue""").fetchall()
        temps = con.execute(
            """SELECT d.KeyValue, AVG(r.Value) FROM ReportData r
               JOIN ReportDataDictionary d ON r.ReportDataDictionaryIndex = d.ReportDataDictionaryIndex
               JOIN Time t ON r.TimeIndex = t.TimeIndex
               WHERE d.Name = 'Zone Mean Air Temperature' AND d.ReportingFrequency = 'Hourly'
                 AND (t.WarmupFlag IS NULL OR t.WarmupFlag = 0) GROUP BY d.KeyValue""").fetchall()
        monthly = con.execute(
            """SELECT d.Name, d.KeyValue, t.Month, r.Value FROM ReportData r
               JOIN ReportDataDictionary d ON r.ReportDataDictionaryIndex = d.ReportDataDictionaryIndex
               JOIN Time t ON r.TimeIndex = t.TimeIndex
               WHERE d.ReportingFrequency = 'Monthly' AND (t.WarmupFlag IS NULL OR t.WarmupFlag = 0)
               ORDER BY d.KeyValue, d.Name, t.Month""").fetchall()
    finally:
        con.close()
    print(f"== {case.id} ({case.weather}), EnergyPlus annual balance; + = into the zone for inside-face conduction")
    for name, key, value in sorted(rows, key=lambda r: (r[1], r[0])):
        shown = f"{value:10.2f} W/m2K" if "Coefficient" in name else f"{value / J_PER_KWH:10.1f} kWh"
        print(f"  {key:28s} {name:62s} {shown}")
    for key, mean in temps:
        print(f"  {key:28s} {'Zone Mean Air Temperature (annual mean)':62s} {mean:10.2f} C")
    series: dict[tuple[str, str], list[float]] = {}
    for name, key, _month, value in monthly:
        series.setdefault((key, name), []).append(value / J_PER_KWH)
    for (key, name), values in series.items():
        print(f"  monthly {key:20s} {name:62s} " + " ".join(f"{v:.0f}" for v in values) + " kWh")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
