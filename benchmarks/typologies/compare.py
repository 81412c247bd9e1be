"""Compares renovate with EnergyPlus on the typologies, through the path users take: `renovate simulate` on each
typology's stock file (<id>.geojson) with scenarios.yaml, its `storeys` table against the EnergyPlus figures of
benchmarks/results/typologies-energyplus.json (written by `python -m peers typologies`).

    python3 benchmarks/typologies/compare.py [--bin .build/release/renovate] [--exposure rated urban ...]
        [--append-to benchmarks/results/latest.md]

Writes benchmarks/results/typologies.md (and prints it); benchmarks/run.sh appends it to results/latest.md. Standard library only; renovate's results are read from
the GeoPackage with sqlite3.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = Path(os.environ.get("RENOVATE_SHARED", ROOT.parent / "shared"))
REFERENCE = ROOT / "benchmarks/results/typologies-energyplus.json"
VARIANTS = ("as-is", "internal-insulation", "deep-retrofit")
HEATING_TOLERANCE = 0.10
OVERHEATING_TOLERANCE = 0.25
OVERHEATING_FLOOR_H = 100


def simulate(binary: Path, typology: str, weather: str, exposure: str, out_dir: Path) -> dict:
    """renovate's storeys of the typology's own building: {variant: [(heating kWh, overheating h, max op °C)]}."""
    out = out_dir / f"{typology}-{Path(weather).stem}-{exposure}.gpkg"
    cmd = [str(binary), "simulate", str(HERE / f"{typology}.geojson"), "--scenarios", str(HERE / "scenarios.yaml"),
           "--weather", str(SHARED / "data/weather" / weather), "--exposure", exposure, "--threads", "1",
           "--out", str(out), "--overwrite"]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"renovate simulate failed on {typology} / {weather} / {exposure} (exit {run.returncode}):\n{run.stderr}")
    con = sqlite3.connect(out)
    try:
        rows = con.execute(
            "SELECT scenario_id, storey_index, heating_need_kwh, overheating_hours, max_operative_temperature_c "
            "FROM storeys WHERE building_id = ? ORDER BY scenario_id, storey_index", (typology,)).fetchall()
    finally:
        con.close()
    result: dict = {}
    for scenario, _, heating, hours, tmax in rows:
        result.setdefault(scenario, []).append((heating, hours, tmax))
    return result


def pct(ours: float, ref: float) -> float:
    return (ours - ref) / ref if ref else float("inf")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / ".build/release/renovate"))
    ap.add_argument("--exposure", nargs="+", default=["rated", "urban", "country", "large-city"])
    ap.add_argument("--out", default=str(ROOT / "benchmarks/out/typologies/renovate"))
    ap.add_argument("--reference", default=str(REFERENCE),
                    help="EnergyPlus figures (default results/typologies-energyplus.json; the convection sensitivity is "
                         "results/typologies-energyplus-simple.json)")
    ap.add_argument("--markdown", default=str(ROOT / "benchmarks/results/typologies.md"), help="where to write the table")
    ap.add_argument("--append-to", help="also append the section to this markdown file (run.sh: results/latest.md)")
    args = ap.parse_args()
    reference = json.loads(Path(args.reference).read_text(encoding="utf-8"))
    convection = reference.get("convection", {"inside": "TARP", "outside": "DOE-2"})
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    cases = reference["cases"]
    lines = [
        "## Through simulate: three typologies against EnergyPlus (issue 16)" + (
            "" if convection["inside"] == "TARP" else f", EnergyPlus with {convection['inside']}/{convection['outside']} convection"),
        "",
        f"renovate `simulate` on benchmarks/typologies/<id>.geojson with benchmarks/typologies/scenarios.yaml, its "
        f"`storeys` table against EnergyPlus {reference.get('energyplusVersion', '?')} models written from the same "
        f"descriptions (benchmarks/typologies/*.json, physics.json; EnergyPlus surface convection {convection['inside']} "
        f"inside, {convection['outside']} outside). Heating: annual sensible heating need, 19 °C air "
        "set-point, cooling above 28 °C. Overheating: hours with operative temperature (0.3·air + 0.7·mean radiant "
        "on both sides, renovate's 5R1C surface node for the latter) above 28 °C, May–September, free-running; "
        f"compared for storeys above {OVERHEATING_FLOOR_H} h on the EnergyPlus side. Measured by "
        f"`python3 benchmarks/typologies/compare.py --reference {Path(args.reference).resolve().relative_to(ROOT)}`.",
        "",
        "@SUMMARY@",
        "",
    ]
    summary = []
    for exposure in args.exposure:
        lines += [f"### --exposure {exposure}", "",
                  "| typology | weather | variant | E+ heating kWh | renovate kWh | Δ heating | Δ heating by storey (ground first) | storeys' overheating h (E+ → renovate) | worst Δ overheating |",
                  "|---|---|---|---:|---:|---:|---|---|---:|"]
        worst_heat = worst_oh = 0.0
        misses = heat_ok = oh_ok = 0
        heat_gaps: list[float] = []
        oh_gaps: list[float] = []
        by_run: dict = {}
        for case in cases:
            key = (case["typology"], case["weather"])
            if key not in by_run:
                by_run[key] = simulate(Path(args.bin), case["typology"], case["weather"], exposure, out_dir)
            ours = by_run[key].get(case["variant"])
            if ours is None:
                sys.exit(f"renovate gave no storeys for {case['typology']} / {case['variant']}")
            ref_storeys = case["storeys"]
            heat_ours = sum(s[0] for s in ours)
            heat_ref = case["totalHeatingKWh"]
            dh = pct(heat_ours, heat_ref)
            worst_heat = max(worst_heat, abs(dh))
            heat_cells = [f"{pct(mine[0], ref['heatingKWh']):+.0%}" for ref, mine in zip(ref_storeys, ours)]
            oh_cells, oh_worst = [], 0.0
            for ref, mine in zip(ref_storeys, ours):
                oh_cells.append(f"{ref['overheatingHours']}→{int(round(mine[1]))}")
                if ref["overheatingHours"] > OVERHEATING_FLOOR_H:
                    d = pct(mine[1], ref["overheatingHours"])
                    oh_gaps.append(abs(d))
                    oh_worst = d if abs(d) > abs(oh_worst) else oh_worst
            worst_oh = max(worst_oh, abs(oh_worst))
            ok = abs(dh) <= HEATING_TOLERANCE and abs(oh_worst) <= OVERHEATING_TOLERANCE
            misses += 0 if ok else 1
            heat_ok += abs(dh) <= HEATING_TOLERANCE
            oh_ok += abs(oh_worst) <= OVERHEATING_TOLERANCE
            heat_gaps.append(abs(dh))
            lines.append(f"| {case['typology']} | {Path(case['weather']).stem} | {case['variant']} | {heat_ref:,.0f} | "
                         f"{heat_ours:,.0f} | {dh:+.1%} | {' · '.join(heat_cells)} | {' · '.join(oh_cells)} | {oh_worst:+.1%} |")
        lines.append("")
        summary.append(
            f"- `--exposure {exposure}`: heating within {HEATING_TOLERANCE:.0%} in {heat_ok} of {len(cases)} cases "
            f"(mean gap {sum(heat_gaps) / len(heat_gaps):.1%}, worst {worst_heat:.1%}); every storey's overheating "
            f"within {OVERHEATING_TOLERANCE:.0%} in {oh_ok} of {len(cases)} (mean gap over the "
            f"{len(oh_gaps)} storeys above {OVERHEATING_FLOOR_H} h {sum(oh_gaps) / max(len(oh_gaps), 1):.1%}, worst "
            f"{worst_oh:.1%}); both in {len(cases) - misses}.")
    text = "\n".join(lines).replace("@SUMMARY@", "\n".join(summary)) + "\n"
    Path(args.markdown).write_text(text, encoding="utf-8")
    if args.append_to:
        target = Path(args.append_to)
        before = target.read_text(encoding="utf-8") if target.exists() else ""
        marker = "## Through simulate: three typologies against EnergyPlus"
        if marker in before:  # replace an earlier copy of the section (it is always the file's last)
            before = before[:before.index(marker)]
        target.write_text(before.rstrip("\n") + "\n\n" + text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
