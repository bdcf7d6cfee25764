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


# Overseas parts that Natural Earth's admin-0 "countries" merge into their state but that have ISO codes (and
# stay rules) of their own: a polygon of the state whose first point lies in the box gets the part's code. Åland
# is in the Schengen area as part of Finland: its shape is placed in FI under its own name.
OVERSEAS = [
    ("FR", "GF", (-55.0, 1.0, -51.0, 6.5)),       # French Guiana
    ("FR", "RE", (55.0, -21.5, 56.0, -20.8)),     # Réunion
    ("FR", "YT", (44.9, -13.1, 45.4, -12.5)),     # Mayotte
    ("FR", "GP", (-61.9, 15.8, -60.9, 16.6)),     # Guadeloupe
    ("FR", "MQ", (-61.3, 14.3, -60.7, 15.0)),     # Martinique
    ("NO", "SJ", (10.0, 74.0, 35.0, 81.0)),       # Svalbard (with Bear Island)
    ("NO", "SJ", (-9.2, 70.7, -7.8, 71.2)),       # Jan Mayen
    ("NL", "BQ", (-68.5, 11.9, -62.9, 17.7)),     # Bonaire, Sint Eustatius and Saba
]
RENAMED = {"AX": ("FI", "Åland")}

GRID_360 = 99999  # the grid's x of +180 degrees; 0 is -180


def unwrap(points):
    """A ring whose longitude jumps by more than half the grid between two points (it crosses the 180th meridian)
    made continuous: the later points shifted by a whole turn. An edge at the grid's polar end (|latitude| over 85 degrees)
    is a real edge of the grid's rectangle, not a crossing."""
    out = [points[0]]
    shift = 0
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if abs(x1 - x0) > GRID_360 // 2:
            shift += -GRID_360 if x1 > x0 else GRID_360
        out.append((x1 + shift, y1))
    return out


def clip(points, keep):
    """Sutherland-Hodgman: the ring cut by the meridian x = c, keeping the side keep(x) says."""
    c = keep.line
    out = []
    for i in range(len(points)):
        p, q = points[i - 1], points[i]
        pin, qin = keep(p[0]), keep(q[0])
        if qin:
            if not pin:
                out.append(cross(p, q, c))
            out.append(q)
        elif pin:
            out.append(cross(p, q, c))
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def cross(p, q, c):
    t = (c - p[0]) / (q[0] - p[0])
    return (c, round(p[1] + t * (q[1] - p[1])))


class Side:
    def __init__(self, line, below):
        self.line, self.below = line, below

    def __call__(self, x):
        return x <= self.line if self.below else x >= self.line


def split_at_antimeridian(rings):
    """A polygon (outer ring, holes) whose unwrapped rings run past +-180 degrees, as the polygons on each side,
    each within -180..180. Returns a list of polygons."""
    unwrapped = []
    for r in rings:
        u = unwrap(r)
        if u[-1] != u[0]:
            # a ring round the pole (Antarctica's coast): closed along the grid's southern end
            u = u + [(u[-1][0], 0), (u[0][0], 0), u[0]]
        unwrapped.append(u)
    if unwrapped == [list(r) for r in rings]:
        return [rings]
    parts = []
    for lo, hi, shift in ((0, GRID_360, 0), (GRID_360, 2 * GRID_360, -GRID_360), (-GRID_360, 0, GRID_360)):
        cut = []
        for r in unwrapped:
            piece = clip(clip(r, Side(lo, False)), Side(hi, True)) if r else []
            piece = [(x + shift, y) for x, y in piece]
            cut.append(piece if len(set(piece)) >= 3 else None)
        if cut[0]:
            parts.append([cut[0]] + [h for h in cut[1:] if h])
    return parts


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
    global Y0, SY
    Y0, SY = topo["transform"]["translate"][1], topo["transform"]["scale"][1]
    X0, SX = topo["transform"]["translate"][0], topo["transform"]["scale"][0]
    shapes = []
    dropped_islets = []
    split_off = set()
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        numeric = g.get("id")
        if numeric is not None:
            code, label = alpha2[str(numeric).zfill(3)], ""
        else:
            code, label = DE_FACTO[name], name  # a KeyError: a new shape to decide about
        if code in RENAMED:
            code, label = RENAMED[code]
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        kept = {}
        for p in polys:
            rings = [ring(arcs, r) for r in p]
            # quantizing collapses the tiniest islets and lakes to fewer than 3 distinct points: left out
            if len(set(rings[0])) < 3:
                dropped_islets.append(name)
                continue
            for part in split_at_antimeridian([rings[0]] + [r for r in rings[1:] if len(set(r)) >= 3]):
                lon = X0 + part[0][0][0] * SX
                lat = Y0 + part[0][0][1] * SY
                own = code
                for state, sub, (w, south, e, north) in OVERSEAS:
                    if code == state and w <= lon <= e and south <= lat <= north:
                        own = sub
                        split_off.add(sub)
                kept.setdefault(own, []).append(part)
        for own, parts in kept.items():
            shapes.append((own or "", label, parts))
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
          f"{len(dropped_islets)} islets too small for the grid left out; split off {sorted(split_off)}")
    for code, label, polys in shapes:
        for rings in polys:
            for r in rings:
                xs = [x for x, _ in r]
                assert min(xs) >= 0 and max(xs) <= GRID_360, (code, label, min(xs), max(xs))


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
