"""Command line of the peer harness: `python -m peers {run,table,idf,smoke,typologies}` from benchmarks/.

- run:   run one or more peers on the case files, write their records (JSON list) to --out.
- table: merge our renovate-bench JSON and the peers' records into the markdown table.
- idf:   write the EnergyPlus input of each case (for inspection).
- smoke: fast self-test on canned inputs, standard library only (no venv, no EnergyPlus); run by the Swift tests.
- typologies: EnergyPlus runs of the typology comparison (benchmarks/typologies/, see peers/typologies.py).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

from . import cases, epw, table

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
PEERS = ("energyplus", "iso52016", "pybuildingenergy")


def _peer_module(name: str):
    if name == "energyplus":
        from . import energyplus_peer as m  # noqa: PLC0415
    elif name == "iso52016":
        from . import iso52016_peer as m  # noqa: PLC0415
    else:
        from . import pybuildingenergy_peer as m  # noqa: PLC0415
    return m


def cmd_run(args) -> int:
    weather_dir = Path(args.weather_dir)
    out_dir = Path(args.out_dir)
    records, failures = [], []
    for path in args.cases:
        case = cases.load(path)
        for peer in args.peer:
            print(f"  {peer:17s} {case.id:16s} x{args.reps} ...", end="", flush=True, file=sys.stderr)
            try:
                rec = _peer_module(peer).run(case, weather_dir, out_dir, args.reps)
            except Exception as exc:  # one failing peer must not lose the others' results
                print(f" FAILED: {exc}", file=sys.stderr)
                failures.append(f"{peer} on {case.id}: {exc}")
                continue
            print(f" {rec['secondsPerBuildingYear']:.3f} s/run, heating {rec['annualHeatingKWh']:.0f} kWh,"
                  f" cooling {rec['annualCoolingKWh']:.0f} kWh", file=sys.stderr)
            records.append(rec)
    Path(args.out).write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")
    for f in failures:
        print(f"peer failure: {f}", file=sys.stderr)
    return 1 if failures else 0


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}"


def cmd_table(args) -> int:
    ours = table.load_ours([Path(p) for p in args.ours])
    peers = table.load_peers([Path(p) for p in args.peers])
    versions = {}
    for r in peers:
        versions.setdefault(r["tool"], r.get("toolVersion", "?"))
    if ours.get("version"):
        versions = {"renovate": ours["version"], **versions}
    # the date of the measurement: the newest input file (the table may be rebuilt later from the same run)
    stamps = [Path(p).stat().st_mtime for p in list(args.ours) + list(args.peers) if Path(p).exists()]
    when = datetime.datetime.fromtimestamp(max(stamps), datetime.timezone.utc) if stamps else \
        datetime.datetime.now(datetime.timezone.utc)
    header = {"date": when.strftime("%Y-%m-%d %H:%M UTC"),
              "machine": machine_description(), "versions": versions}
    md = table.build(ours, peers, reference=table.load_reference(Path(args.reference) if args.reference else None),
                     command=args.command, header=header)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(md + "\n", encoding="utf-8")
    print(md)
    return 0


def cmd_idf(args) -> int:
    from . import energyplus_peer  # noqa: PLC0415
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for path in args.cases:
        case = cases.load(path)
        loc = epw.read(Path(args.weather_dir) / case.weather).location
        (out / f"{case.id}.idf").write_text(energyplus_peer.write_idf(case, loc), encoding="utf-8")
        print(out / f"{case.id}.idf")
    return 0


def cmd_smoke(_args) -> int:
    """Checks the case files, the IDF writer and the table builder on canned inputs; prints 'N passed, M failed'."""
    from . import energyplus_peer  # noqa: PLC0415  (stdlib-only at import time)
    passed, failed = 0, []

    def check(name, cond, detail=""):
        nonlocal passed
        if cond:
            passed += 1
        else:
            failed.append(f"{name}: {detail}")

    loc = epw.Location("SMOKE", 44.45, 1.44, 1.0, 120.0)
    all_cases = cases.load_dir(BENCH / "cases")
    check("case files found", {c.id for c in all_cases} >= {"bestest-600", "bestest-900", "terraced-house"},
          str([c.id for c in all_cases]))
    for c in all_cases:
        zones = c.zones()
        check(f"{c.id} zones", len(zones) == c.storeys, str(len(zones)))
        net = sum(s.netAreaM2 for z in zones for s in z.surfaces)
        win = sum(w.areaM2 for z in zones for s in z.surfaces for w, _ in s.windows)
        g = c.geometry
        gross = c.storeys * (2 * (g["widthM"] + g["depthM"]) * g["storeyHeightM"] + 2 * g["widthM"] * g["depthM"])
        check(f"{c.id} areas close", abs(net + win - gross) < 1e-6, f"{net + win} vs {gross}")
        idf = energyplus_peer.write_idf(c, loc)
        n_surf = sum(len(z.surfaces) for z in zones)
        n_win = sum(len(s.windows) for z in zones for s in z.surfaces)
        check(f"{c.id} IDF surfaces", idf.count("BuildingSurface:Detailed,") == n_surf,
              f"{idf.count('BuildingSurface:Detailed,')} vs {n_surf}")
        check(f"{c.id} IDF windows", idf.count("FenestrationSurface:Detailed,") == n_win, str(n_win))
        check(f"{c.id} IDF ideal loads", idf.count("\nZoneHVAC:IdealLoadsAirSystem,\n") == c.storeys, "")
    th = next(c for c in all_cases if c.id == "terraced-house")
    for cname, target in (("rubble-wall-60", 1.8), ("canal-tile-roof", 2.5), ("timber-floor-on-joists", 1.6),
                          ("timber-joist-floor", 1.2)):
        pos = {"canal-tile-roof": "roof", "timber-floor-on-joists": "floor", "timber-joist-floor": "interFloor"}
        u = th.u_value(cname, pos.get(cname, "wall"))
        check(f"terraced-house U {cname}", abs(u - target) < 0.01, f"{u:.3f} vs {target}")
    check("terraced-house glazing 20 %", abs(sum(w.areaM2 for w in th.windows_for("south")) - 0.2 * 6 * 3) < 1e-9, "")
    with tempfile.TemporaryDirectory() as tmp:
        bad = Path(tmp) / "bad.json"
        data = json.loads((BENCH / "cases" / "terraced-house.json").read_text())
        data["geometry"]["storeys"] = -2
        bad.write_text(json.dumps(data))
        try:
            cases.load(bad)
            check("bad case refused", False, "no error")
        except cases.CaseError as exc:
            check("bad case refused", "geometry.storeys" in str(exc) and "-2" in str(exc), str(exc))
        # Table builder on canned inputs: a missing subcommand reads "not yet".
        ours_f = Path(tmp) / "ours-thermal.json"
        ours_f.write_text((HERE / "testdata" / "ours-thermal.json").read_text())
        empty = Path(tmp) / "ours-batch.json"
        empty.write_text("renovate-bench: no benchmark yet\n")
        ours = table.load_ours([ours_f, empty])
        peers = table.load_peers([HERE / "testdata" / "peers.json"])
        md = table.build(ours, peers, reference={}, command="benchmarks/run.sh", header={"date": "d", "machine": "m"})
        check("table has every case", all(f"| {c} |" in md for c in ("bestest-600", "terraced-house")), md[:200])
        check("table ratio", "×" in md, "")
        check("table agreement line", "within ±10 %" in md or "OUTSIDE ±10 %" in md, "")
        check("table not yet", "not yet" in md, "")
        check("table delta vs E+", "+10.0 %" in md, "expected the canned +10.0 % heating difference")
        check("table per zone", "| storey2 | 8,100 / 270 |" in md, "expected the canned per-storey row")
    for f in failed:
        print(f"FAILED {f}")
    print(f"smoke: {passed} passed, {len(failed)} failed")
    return 1 if failed else 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m peers", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run peers on case files")
    r.add_argument("--peer", action="append", choices=PEERS, help="peer to run (repeatable; default: all)")
    r.add_argument("--reps", type=int, default=3, help="repetitions per case; the median time is reported")
    r.add_argument("--weather-dir", required=True)
    r.add_argument("--out-dir", default=str(BENCH / "out"))
    r.add_argument("--out", required=True, help="JSON file for the records")
    r.add_argument("cases", nargs="+")
    t = sub.add_parser("table", help="build the markdown table")
    t.add_argument("--ours", nargs="*", default=[])
    t.add_argument("--peers", nargs="*", default=[])
    t.add_argument("--reference", help="ashrae140_600_900_reference.csv")
    t.add_argument("--command", default="benchmarks/run.sh")
    t.add_argument("--out")
    i = sub.add_parser("idf", help="write the EnergyPlus input files")
    i.add_argument("--weather-dir", required=True)
    i.add_argument("--out-dir", default=str(BENCH / "out" / "idf"))
    i.add_argument("cases", nargs="+")
    sub.add_parser("smoke", help="fast self-test on canned inputs")
    from . import typologies  # noqa: PLC0415  (stdlib-only at import time)
    ty = sub.add_parser("typologies", help="EnergyPlus runs of the typology comparison (benchmarks/typologies/)")
    typologies.add_arguments(ty)
    args = p.parse_args(argv)
    if args.cmd == "typologies":
        return typologies.cmd_typologies(args)
    if args.cmd == "run":
        args.peer = args.peer or list(PEERS)
        return cmd_run(args)
    return {"table": cmd_table, "idf": cmd_idf, "smoke": cmd_smoke}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
