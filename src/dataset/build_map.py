#!/usr/bin/env python3
"""Builds the app's world map (world-110m.json) from Natural Earth's 1:110m admin-0 boundaries as TopoJSON.

Run from this folder:  python3 build_map.py
Input: sources/world-atlas-2.0.2_countries-110m.json (npm package world-atlas 2.0.2, ISC, by Mike Bostock: Natural
Earth 4.1.0 admin-0 boundaries, public domain) and sources/iso3166_numeric_alpha2.csv (from datasets/country-codes,
ODC-PDDL-1.0). The output keeps the TopoJSON as it is (quantized arcs and their transform) and gives each country
its ISO 3166-1 alpha-2 code instead of the numeric one; shapes without an ISO code (Kosovo, Northern Cyprus,
Somaliland) keep none and are drawn as land only.
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
OUT = HERE.parent / "main" / "resources" / "org" / "relocationplanner" / "data" / "world-110m.json"


def main():
    topo = json.loads((SRC / "world-atlas-2.0.2_countries-110m.json").read_text(encoding="utf-8"))
    alpha2 = {r["numeric"].zfill(3): r["alpha2"] for r in csv.DictReader(open(SRC / "iso3166_numeric_alpha2.csv"))}
    countries = topo["objects"]["countries"]
    for g in countries["geometries"]:
        numeric = g.pop("id", None)
        g.pop("properties", None)
        code = alpha2.get(str(numeric).zfill(3)) if numeric is not None else None
        if code:
            g["id"] = code
    out = {"type": "Topology", "transform": topo["transform"], "arcs": topo["arcs"],
           "objects": {"countries": countries},
           "source": "Natural Earth 4.1.0 admin-0, 1:110m (public domain), as TopoJSON by world-atlas 2.0.2 (ISC)"}
    OUT.write_text(json.dumps(out, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT}: {len(countries['geometries'])} shapes, "
          f"{sum(1 for g in countries['geometries'] if 'id' in g)} with an ISO code")


if __name__ == "__main__":
    main()
