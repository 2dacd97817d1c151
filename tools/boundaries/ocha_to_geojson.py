#!/usr/bin/env python3
"""Converts the OCHA Syria COD 2016 administrative boundaries (shapefiles) into small, simplified
GeoJSON for the dashboard's offline map (web/src/geo/). Python 3 standard library only.

Usage: python3 tools/boundaries/ocha_to_geojson.py [SOURCE_DIR] [OUT_DIR]
  SOURCE_DIR defaults to ../shared/data/ocha-cod-2016-romansul beside the checkout,
  OUT_DIR to web/src/geo.

Source: UN OCHA Syria Common Operational Dataset, administrative boundaries admin0-3, vintage
2016-09-05 (HDX, CC BY-IGO). The output keeps NAME_EN, NAME_AR and the P-codes; geometry is
simplified with Douglas-Peucker (per ring, tolerance per level) and rounded to 4 decimals (~11 m).
"""
import json
import math
import os
import struct
import sys

# Tolerance in degrees per level: finer for the admin levels one zooms into.
LEVELS = [("syr_admin0", 0.004), ("syr_admin1", 0.004), ("syr_admin2", 0.003), ("syr_admin3", 0.002)]
KEEP = ["NAME_EN", "NAME_AR", "PCODE", "ADM1_PCODE", "ADM2_PCODE"]


def read_dbf(path):
    """Rows of a dBASE III table as dicts (text fields, UTF-8 per the .cpg)."""
    with open(path, "rb") as f:
        data = f.read()
    count, header_len, record_len = struct.unpack("<xxxxIHH", data[:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        length = data[pos + 16]
        fields.append((name, length))
        pos += 32
    rows = []
    for i in range(count):
        rec = data[header_len + i * record_len: header_len + (i + 1) * record_len]
        off = 1  # deletion flag
        row = {}
        for name, length in fields:
            row[name] = rec[off:off + length].decode("utf-8", errors="replace").strip()
            off += length
        rows.append(row)
    return rows


def read_shp(path):
    """Polygon records (shape type 5) as lists of rings of (x, y)."""
    with open(path, "rb") as f:
        data = f.read()
    pos = 100
    shapes = []
    while pos < len(data):
        _, content_len = struct.unpack(">II", data[pos:pos + 8])
        body = data[pos + 8: pos + 8 + content_len * 2]
        pos += 8 + content_len * 2
        shape_type = struct.unpack("<i", body[:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type not in (5, 15, 25):
            raise SystemExit(f"{path}: shape type {shape_type} is not a polygon")
        num_parts, num_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", body[44:44 + 4 * num_parts]))
        pts_off = 44 + 4 * num_parts
        pts = [struct.unpack("<dd", body[pts_off + 16 * i: pts_off + 16 * i + 16]) for i in range(num_points)]
        parts.append(num_points)
        shapes.append([pts[parts[i]:parts[i + 1]] for i in range(num_parts)])
    return shapes


def simplify(points, tol):
    """Douglas-Peucker, iterative (rings can have thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, best_i = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = math.hypot(px - ax, py - ay) if norm == 0 else abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if d > best:
                best, best_i = d, i
        if best > tol:
            keep[best_i] = True
            stack.append((a, best_i))
            stack.append((best_i, b))
    return [p for p, k in zip(points, keep) if k]


def signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def to_polygons(rings, tol):
    """Shapefile rings (outer clockwise, holes counter-clockwise) to GeoJSON MultiPolygon coordinates
    (RFC 7946: outer counter-clockwise). Rings that simplify to fewer than 4 points are dropped."""
    polygons = []
    for ring in rings:
        s = [(round(x, 4), round(y, 4)) for x, y in simplify(ring, tol)]
        dedup = [p for i, p in enumerate(s) if i == 0 or p != s[i - 1]]
        if len(dedup) < 4:
            continue
        area = signed_area(dedup)
        if area < 0:  # clockwise in the shapefile: an outer ring
            polygons.append([list(map(list, reversed(dedup)))])
        elif polygons:
            polygons[-1].append([list(p) for p in reversed(dedup)])
    return polygons


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data", "ocha-cod-2016-romansul")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "web", "src", "geo")
    os.makedirs(out, exist_ok=True)
    for name, tol in LEVELS:
        rows = read_dbf(os.path.join(src, name + ".dbf"))
        shapes = read_shp(os.path.join(src, name + ".shp"))
        features = []
        for row, rings in zip(rows, shapes):
            polys = to_polygons(rings, tol)
            if not polys:
                continue
            props = {k.lower(): row[k] for k in KEEP if k in row}
            features.append({"type": "Feature", "properties": props,
                             "geometry": {"type": "MultiPolygon", "coordinates": polys}})
        doc = {"type": "FeatureCollection",
               "source": "UN OCHA Syria COD administrative boundaries, 2016-09-05, CC BY-IGO (simplified)",
               "features": features}
        path = os.path.join(out, name + ".geojson")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        print(f"{path}: {len(features)} features, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
