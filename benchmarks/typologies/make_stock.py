"""Writes each typology's stock file (<id>.geojson) from its description (<id>.json): the house and its neighbours
as renovate reads them, so that `renovate simulate` finds the party walls itself from the footprints.

    python3 benchmarks/typologies/make_stock.py        # rewrites every <id>.geojson beside this script

Standard library only. Footprints are laid out in metres (x west to east along the street, y south to north) around
a point in the centre of Cahors and converted to WGS 84 with the local radii of curvature of the GRS 80 ellipsoid,
so a 5.5 m frontage stays 5.5 m once renovate projects it to Lambert-93 (within 0.1 mm per metre).
"""
from __future__ import annotations

import json
import math
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORIGIN_LON, ORIGIN_LAT = 1.4410, 44.4475  # Cahors, rue du Château-du-Roi
A, E2 = 6378137.0, 0.00669438002290  # GRS 80


def to_lonlat(x: float, y: float) -> list[float]:
    phi = math.radians(ORIGIN_LAT)
    w = 1 - E2 * math.sin(phi) ** 2
    meridian = A * (1 - E2) / w ** 1.5  # m per radian of latitude
    normal = A / w ** 0.5
    lat = ORIGIN_LAT + math.degrees(y / meridian)
    lon = ORIGIN_LON + math.degrees(x / (normal * math.cos(phi)))
    return [round(lon, 9), round(lat, 9)]


def rectangle(x0: float, y0: float, w: float, d: float) -> dict:
    ring = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + d), (x0, y0 + d), (x0, y0)]
    return {"type": "Polygon", "coordinates": [[to_lonlat(x, y) for x, y in ring]]}


def feature(fid: str, geometry: dict, props: dict) -> dict:
    return {"type": "Feature", "id": fid, "geometry": geometry, "properties": {"id": fid, **props}}


def stock(desc: dict) -> dict:
    w, d = desc["footprint"]["widthM"], desc["footprint"]["depthM"]
    height = desc["storeys"] * desc["storeyHeightM"]
    props = {"height_m": height, "storeys": desc["storeys"], **desc["stock"]}
    features = [feature(desc["id"], rectangle(0, 0, w, d), props)]
    for side, n in sorted(desc.get("neighbours", {}).items()):
        x0 = w if side == "east" else -n["widthM"]
        storeys = round(n["heightM"] / desc["storeyHeightM"])
        nprops = {**props, "height_m": n["heightM"], "storeys": storeys}
        features.append(feature(f'{desc["id"]}-{side}', rectangle(x0, 0, n["widthM"], d), nprops))
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    for path in sorted(HERE.glob("*.json")):
        desc = json.loads(path.read_text(encoding="utf-8"))
        if desc.get("schema") != "renovate-typology/1":
            continue
        out = HERE / f'{desc["id"]}.geojson'
        out.write_text(json.dumps(stock(desc), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(out.relative_to(HERE.parent.parent))


if __name__ == "__main__":
    main()
