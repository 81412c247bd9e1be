"""Builds the markdown results table from our `renovate-bench --json` output and the peers' records.

Standard library only (the smoke mode runs it without the virtual environment). Input formats are documented in
benchmarks/README.md ("JSON formats").
"""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path

OURS = "renovate"
PEER_ORDER = ("EnergyPlus", "iso52016", "pybuildingenergy")
AGREEMENT = 0.10  # our annual heating within 10 % of EnergyPlus


def load_ours(paths: list[Path]) -> dict:
    """Merges the JSON objects printed by `renovate-bench <sub> --json`; a file that is empty or not JSON (the
    subcommand does not exist yet, or failed) contributes nothing and its section reads "not yet"."""
    merged: dict = {"thermal": [], "facades": [], "batch": [], "problems": []}
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace").strip() if p.exists() else ""
        try:
            data = json.loads(text) if text else None
        except json.JSONDecodeError:
            data = None
        if not isinstance(data, dict):
            merged["problems"].append(f"{p.name}: no JSON object")
            continue
        for key in ("thermal", "facades", "batch"):
            rows = data.get(key)
            if isinstance(rows, list):
                merged[key] += [r for r in rows if isinstance(r, dict)]
        for key in ("version", "machine", "threads"):
            if key in data:
                merged[key] = data[key]
    return merged


def load_peers(paths: list[Path]) -> list[dict]:
    out = []
    for p in paths:
        if not p.exists():
            continue
        data = json.loads(p.read_text(encoding="utf-8"))
        out += data if isinstance(data, list) else [data]
    return out


def seconds_per_building_year(row: dict) -> float | None:
    """From `secondsPerBuildingYear`, or `zoneYearsPerSecond` and `zones`, or `buildingYearsPerSecond`."""
    v = row.get("secondsPerBuildingYear")
    if isinstance(v, (int, float)) and v > 0:
        return float(v)
    byps = row.get("buildingYearsPerSecond")
    if isinstance(byps, (int, float)) and byps > 0:
        return 1.0 / byps
    zyps, zones = row.get("zoneYearsPerSecond"), row.get("zones")
    if isinstance(zyps, (int, float)) and zyps > 0 and isinstance(zones, (int, float)) and zones > 0:
        return zones / zyps
    return None


def _fmt(v, digits=0) -> str:
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return "—"
    return f"{v:,.{digits}f}"


def _time(s: float | None) -> str:
    if s is None:
        return "not yet"
    if s >= 1:
        return f"{s:.2f} s"
    if s >= 1e-3:
        return f"{s * 1e3:.2f} ms"
    return f"{s * 1e6:.1f} µs"


def _pct(a, b) -> str:
    if a is None or b in (None, 0):
        return "—"
    return f"{(a - b) / b * 100:+.1f} %"


def _ratio(peer_s, ours_s) -> str:
    if peer_s is None or ours_s is None or ours_s <= 0:
        return "—"
    r = peer_s / ours_s
    return f"×{r:,.0f}" if r >= 100 else f"×{r:,.1f}"


def load_reference(path: Path | None) -> dict:
    """(case, metric) -> row of ashrae140_600_900_reference.csv, for the 140-2020 and Annex A3 editions."""
    ref: dict = {}
    if path is None or not path.exists():
        return ref
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ref[(row["edition"], row["case"], row["metric"])] = row
    return ref


def build(ours: dict, peers: list[dict], *, reference: dict, command: str, header: dict) -> str:
    lines = ["# Benchmarks: renovate against its peers", ""]
    lines.append(f"Measured in one run on {header.get('date', '?')}, on {header.get('machine', '?')}.")
    lines.append("")
    lines.append(f"Reproduce: `{command}`")
    lines.append("")
    if header.get("versions"):
        lines.append("Versions: " + ", ".join(f"{k} {v}" for k, v in header["versions"].items()) + ".")
        lines.append("")
    lines.append("Times are wall-clock seconds per building-year (one building simulated over one year, 8760 h), "
                 "measured in-process, median of the repetitions. Ratio = peer time ÷ our single-thread time. "
                 "Energies are annual sensible heating and cooling needs (ideal loads) in kWh; Δ is the relative "
                 "difference to EnergyPlus on the same case and weather.")
    lines.append("")

    cases = []
    for r in ours["thermal"] + peers:
        if r.get("case") and r["case"] not in cases:
            cases.append(r["case"])
    lines.append("## Thermal kernel")
    lines.append("")
    lines.append("| case | weather | tool | zones | time / building-year | ratio | heating kWh | Δ heating | "
                 "cooling kWh | Δ cooling |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|")
    agreement = []
    for case in cases:
        ours_rows = sorted([r for r in ours["thermal"] if r.get("case") == case], key=lambda r: r.get("threads", 1))
        ours_1 = next((r for r in ours_rows if r.get("threads", 1) == 1), ours_rows[0] if ours_rows else None)
        ours_1_s = seconds_per_building_year(ours_1) if ours_1 else None
        peer_rows = sorted([r for r in peers if r.get("case") == case],
                           key=lambda r: PEER_ORDER.index(r["tool"]) if r.get("tool") in PEER_ORDER else 99)
        ep = next((r for r in peer_rows if r.get("tool") == "EnergyPlus"), None)
        ep_h = ep.get("annualHeatingKWh") if ep else None
        ep_c = ep.get("annualCoolingKWh") if ep else None
        weather = (ours_1 or (peer_rows[0] if peer_rows else {})).get("weather", "?")
        if not ours_rows:
            lines.append(f"| {case} | {weather} | {OURS} | — | not yet | — | — | — | — | — |")
        for r in ours_rows:
            s = seconds_per_building_year(r)
            threads = r.get("threads", 1)
            label = f"{OURS} ({r['label']})" if r.get("label") else f"{OURS} ({threads} thread{'s' if threads != 1 else ''})"
            ratio = "1" if r is ours_1 else (f"÷{ours_1_s / s:.1f}" if s and ours_1_s else "—")
            lines.append(f"| {case} | {r.get('weather', weather)} | {label} | {r.get('zones', '—')} | {_time(s)} | "
                         f"{ratio} | {_fmt(r.get('annualHeatingKWh'))} | {_pct(r.get('annualHeatingKWh'), ep_h)} | "
                         f"{_fmt(r.get('annualCoolingKWh'))} | {_pct(r.get('annualCoolingKWh'), ep_c)} |")
        for r in peer_rows:
            s = seconds_per_building_year(r)
            zones = r.get("modelZones", r.get("zones", "—"))
            lines.append(f"| {case} | {r.get('weather', weather)} | {r['tool']} {r.get('toolVersion', '')} | {zones} | "
                         f"{_time(s)} | {_ratio(s, ours_1_s)} | {_fmt(r.get('annualHeatingKWh'))} | "
                         f"{_pct(r.get('annualHeatingKWh'), ep_h)} | {_fmt(r.get('annualCoolingKWh'))} | "
                         f"{_pct(r.get('annualCoolingKWh'), ep_c)} |")
        if ours_1 and ep_h:
            h = ours_1.get("annualHeatingKWh")
            if isinstance(h, (int, float)):
                d = (h - ep_h) / ep_h
                agreement.append(f"- {case}: our heating {h:,.0f} kWh vs EnergyPlus {ep_h:,.0f} kWh: {d * 100:+.1f} % "
                                 f"({'within' if abs(d) <= AGREEMENT else 'OUTSIDE'} ±{AGREEMENT * 100:.0f} %)")
    lines.append("")
    lines.append("### Agreement with EnergyPlus (annual heating, ±10 %)")
    lines.append("")
    lines += agreement if agreement else ["- not yet: no heating figure from renovate-bench thermal"]
    lines.append("")

    lines += _per_zone(ours, peers)
    lines += _bestest_check(peers, reference)

    for key, title, unit_key, unit in (("facades", "Façade analysis", "buildingsPerSecond", "buildings/s"),
                                       ("batch", "End-to-end batch", "buildingsPerSecond", "buildings/s")):
        lines.append(f"## {title}")
        lines.append("")
        rows = ours[key]
        if not rows:
            lines.append(f"not yet (renovate-bench {key} --json gave no result)")
            lines.append("")
            continue
        pairs = any("pairsPerSecond" in r for r in rows)  # batch: building-scenarios/s and peak memory
        extra = " building-scenarios/s | peak RSS MB |" if pairs else ""
        lines.append(f"| data set | buildings | threads | seconds | {unit} |{extra}")
        lines.append("|---|---|---|---|---|" + ("---|---|" if pairs else ""))
        for r in rows:
            more = f" {_fmt(r.get('pairsPerSecond'), 1)} | {_fmt(r.get('peakMemoryMB'), 0)} |" if pairs else ""
            lines.append(f"| {r.get('dataset', '?')} | {r.get('buildings', '—')} | {r.get('threads', '—')} | "
                         f"{_fmt(r.get('seconds'), 3)} | {_fmt(r.get(unit_key), 1)} |{more}")
        notes = list(dict.fromkeys(r["note"] for r in rows if r.get("note")))
        if notes:
            lines.append("")
            lines += [f"{n}." for n in notes]
        lines.append("")
    if ours.get("problems"):
        lines.append("Notes: " + "; ".join(ours["problems"]) + ".")
        lines.append("")
    return "\n".join(lines)


def _per_zone(ours: dict, peers: list[dict]) -> list[str]:
    """Heating/cooling per zone (storey) for the tools that report `perZone`, for multi-zone cases."""
    out = []
    rows = [r for r in ours["thermal"] if r.get("threads", 1) == 1] + peers
    for case in dict.fromkeys(r.get("case") for r in rows if isinstance(r.get("perZone"), dict)):
        tools = [r for r in rows if r.get("case") == case and isinstance(r.get("perZone"), dict)]
        zones = list(dict.fromkeys(z for r in tools for z in r["perZone"]))
        if len(zones) < 2:
            continue
        names = [r.get("tool", OURS) for r in tools]
        out += [f"### Per zone: {case} (heating / cooling kWh)", "",
                "| zone | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
        for z in zones:
            cells = []
            for r in tools:
                v = r["perZone"].get(z)
                cells.append(f"{_fmt(v.get('heatingKWh'))} / {_fmt(v.get('coolingKWh'))}" if v else "—")
            out.append(f"| {z} | " + " | ".join(cells) + " |")
        out.append("")
    return out


def _bestest_check(peers: list[dict], reference: dict) -> list[str]:
    """EnergyPlus on BESTEST 600/900 against the Std 140-2020 reference programs: a self-check of our IDF."""
    rows = [r for r in peers if r.get("tool") == "EnergyPlus" and r.get("case", "").startswith("bestest-")]
    if not rows or not reference:
        return []
    out = ["## BESTEST self-check of the EnergyPlus input", "",
           "Std 140-2020 reference programs (min–max, and EnergyPlus 9.0.1's own value) and the Std 140-2023 "
           "Annex A3 acceptance range, from shared/data/bestest/ashrae140_600_900_reference.csv.", "",
           "| case | metric | EnergyPlus here | reference min–max | in it | E+ 9.0.1 | vs E+ 9.0.1 | acceptance | in it |",
           "|---|---|---|---|---|---|---|---|---|"]
    metrics = (("annual_heating", "annualHeatingKWh", 1000, "MWh", "annual_heating_acceptance"),
               ("annual_sensible_cooling", "annualCoolingKWh", 1000, "MWh", "annual_sensible_cooling_acceptance"),
               ("peak_heating_hourly_integrated", "peakHeatingKW", 1, "kW", None),
               ("peak_sensible_cooling_hourly_integrated", "peakCoolingKW", 1, "kW", None))
    for r in rows:
        case = r["case"].split("-", 1)[1]
        for metric, key, div, unit, acc in metrics:
            ref = reference.get(("140-2020", case, metric))
            if not ref or r.get(key) is None:
                continue
            v = r[key] / div
            lo, hi, ep = float(ref["min"]), float(ref["max"]), float(ref["EnergyPlus"])
            acc_row = reference.get(("140-2023-AnnexA3", case, acc)) if acc else None
            acc_txt = f"{float(acc_row['min']):.2f}–{float(acc_row['max']):.2f}" if acc_row else "—"
            in_ref = "yes" if lo <= v <= hi else "no"
            in_acc = "—" if acc_row is None else ("yes" if float(acc_row["min"]) <= v <= float(acc_row["max"]) else "no")
            out.append(f"| {case} | {metric} | {v:.3f} {unit} | {lo:.3f}–{hi:.3f} | {in_ref} | {ep:.3f} | "
                       f"{_pct(v, ep)} | {acc_txt} | {in_acc} |")
    out.append("")
    return out
