#!/usr/bin/env python3
"""Builds the country boundaries that place a dated position in a country offline (issue 18).

Run from this folder:  python3 build_boundaries.py
Inputs:
- sources/world-atlas-2.0.2_countries-10m.json: npm package world-atlas 2.0.2 (ISC, Mike Bostock), Natural Earth
  4.1.0 Admin 0 countries at 1:10m (public domain) as TopoJSON, quantized to a grid of 0.0036 degrees of longitude
  by 0.0017 of latitude (some 300 m by 190 m at 42 degrees north);
- sources/iso3166_numeric_alpha2.csv: ISO 3166-1 numeric to alpha-2 (datasets/country-codes, ODC-PDDL-1.0);
- sources/tzdb_zone.tab: the IANA time zone database's zone.tab (public domain), tzdata 2025b, to tell the local
  day of a position whose time is given in UTC.

Outputs in src/main/resources/org/relocationplanner/data/:
- boundaries-10m.bin.gz: every shape's rings as absolute grid points, delta-coded (see BoundaryFile.java);
- zones.tsv: country, latitude, longitude and IANA zone of each zone.tab row.

Shapes Natural Earth gives no ISO code are kept under the code of the country whose entry rules apply there, with
their own name, or under none (positions there are named and left out): see DE_FACTO below.
"""
import csv
import gzip
import json
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
OUT = HERE.parent / "main" / "resources" / "org" / "relocationplanner" / "data"

# Natural Earth shapes without an ISO 3166-1 numeric code. The code is the country whose border and stay rules a
# traveller meets there; None: positions there are left out and named (the app has no code for Kosovo, "XK" is
# not in ISO 3166-1).
DE_FACTO = {
    "N. Cyprus": "CY", "Cyprus U.N. Buffer Zone": "CY", "Dhekelia": "CY", "Akrotiri": "CY",
    "Baikonur": "KZ", "Somaliland": "SO", "Kosovo": None, "USNB Guantanamo Bay": None,
    "Siachen Glacier": None, "Indian Ocean Ter.": None, "Coral Sea Is.": None, "Spratly Is.": None,
    "Clipperton I.": None, "Bajo Nuevo Bank": None, "Serranilla Bank": None, "Scarborough Reef": None,
}


def varint(out, n):
    n = (n << 1) ^ (n >> 63)  # zigzag
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def decode_arcs(topo):
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x, y))
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def main():
    topo = json.loads((SRC / "world-atlas-2.0.2_countries-10m.json").read_text(encoding="utf-8"))
    alpha2 = {r["numeric"].zfill(3): r["alpha2"] for r in csv.DictReader(open(SRC / "iso3166_numeric_alpha2.csv"))}
    arcs = decode_arcs(topo)
    shapes = []
    dropped_islets = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        numeric = g.get("id")
        if numeric is not None:
            code, label = alpha2[str(numeric).zfill(3)], ""
        else:
            code, label = DE_FACTO[name], name  # a KeyError: a new shape to decide about
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        kept = []
        for p in polys:
            rings = [ring(arcs, r) for r in p]
            # quantizing collapses the tiniest islets and lakes to fewer than 3 distinct points: left out
            if len(set(rings[0])) < 3:
                dropped_islets.append(name)
                continue
            kept.append([rings[0]] + [r for r in rings[1:] if len(set(r)) >= 3])
        shapes.append((code or "", label, kept))
    body = bytearray()
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    body += b"RPBOUND1" + struct.pack(">dddd", sx, sy, tx, ty) + struct.pack(">i", len(shapes))
    points = 0
    for code, label, polys in shapes:
        for text in (code, label):
            raw = text.encode("utf-8")
            body += struct.pack(">H", len(raw)) + raw
        body += struct.pack(">i", len(polys))
        for rings in polys:
            body += struct.pack(">i", len(rings))
            for r in rings:
                body += struct.pack(">i", len(r))
                px = py = 0
                for x, y in r:
                    varint(body, x - px)
                    varint(body, y - py)
                    px, py = x, y
                points += len(r)
    with gzip.GzipFile(OUT / "boundaries-10m.bin.gz", "wb", compresslevel=9, mtime=0) as f:
        f.write(bytes(body))
    zones = []
    for line in open(SRC / "tzdb_zone.tab", encoding="ascii"):
        if line.startswith("#") or not line.strip():
            continue
        cc, coord, tz = line.rstrip("\n").split("\t")[:3]
        zones.append((cc, *iso6709(coord), tz))
    with open(OUT / "zones.tsv", "w", encoding="ascii", newline="\n") as f:
        f.write("# IANA tzdb zone.tab 2025b (public domain): country, latitude, longitude, zone\n")
        for cc, lat, lon, tz in zones:
            f.write(f"{cc}\t{lat:.4f}\t{lon:.4f}\t{tz}\n")
    print(f"wrote {len(shapes)} shapes, {points} points; {len(zones)} zones; "
          f"{len(dropped_islets)} islets too small for the grid left out")


def iso6709(text):
    """+DDMM+DDDMM or +DDMMSS+DDDMMSS as decimal degrees."""
    split = max(text.rfind("+"), text.rfind("-"))
    return dms(text[:split], 2), dms(text[split:], 3)


def dms(part, degree_digits):
    sign = -1 if part[0] == "-" else 1
    digits = part[1:]
    d = int(digits[:degree_digits])
    m = int(digits[degree_digits:degree_digits + 2])
    s = int(digits[degree_digits + 2:] or 0)
    return sign * (d + m / 60 + s / 3600)


if __name__ == "__main__":
    main()
