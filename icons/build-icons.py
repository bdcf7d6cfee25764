#!/usr/bin/env python3
"""Packs the PNGs rendered from relocation-planner.svg into the Windows .ico and the macOS .icns.

Render the PNGs first (any SVG renderer; these were made with ImageMagick/rsvg):
    for s in 16 32 48 64 128 256 512 1024; do
      rsvg-convert -w $s -h $s relocation-planner.svg -o relocation-planner-$s.png; done
then run: python3 build-icons.py   (standard library only: both formats hold the PNGs as they are)
"""
import struct
from pathlib import Path

here = Path(__file__).resolve().parent
png = lambda size: (here / f"relocation-planner-{size}.png").read_bytes()

# ICO: a directory of PNG images (Windows Vista and later read PNG entries); 256 is written as 0.
sizes = [16, 32, 48, 64, 128, 256]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries, blobs = b"", b""
for s in sizes:
    data = png(s)
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
    blobs += data
(here / "relocation-planner.ico").write_bytes(header + entries + blobs)

# ICNS: typed chunks of PNG data (ic07 128, ic08 256, ic09 512, ic10 1024 = 512@2x, ic11 32 = 16@2x,
# ic12 64 = 32@2x, ic13 256 = 128@2x, ic14 512 = 256@2x).
chunks = b""
for kind, s in [("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic08", 256), ("ic13", 256), ("ic09", 512),
                ("ic14", 512), ("ic10", 1024)]:
    data = png(s)
    chunks += kind.encode() + struct.pack(">I", 8 + len(data)) + data
(here / "relocation-planner.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
print("wrote relocation-planner.ico and relocation-planner.icns")
