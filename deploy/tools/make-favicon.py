#!/usr/bin/env python3
"""Writes src/ZezhouDisclosure.Web/wwwroot/favicon.ico (16, 32 and 48 px, PNG entries) from the same shapes as
wwwroot/favicon.svg: a blue rounded square (#1a4f9c), a white "Z" and a gold bar. Standard library only, so it runs
anywhere: python3 deploy/tools/make-favicon.py"""
import os
import struct
import zlib

BLUE = (0x1A, 0x4F, 0x9C)
WHITE = (0xFF, 0xFF, 0xFF)
GOLD = (0xE8, 0xB5, 0x3A)
# In the SVG's 64x64 user space.
Z = [(15, 14), (49, 14), (49, 22), (27, 44), (49, 44), (49, 50), (15, 50), (15, 42), (37, 20), (15, 20)]
BAR = (15, 54, 49, 58)
RADIUS = 10


def inside_polygon(x, y, points):
    hit = False
    j = len(points) - 1
    for i, (xi, yi) in enumerate(points):
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def inside_rounded_square(x, y):
    cx = min(max(x, RADIUS), 64 - RADIUS)
    cy = min(max(y, RADIUS), 64 - RADIUS)
    return 0 <= x <= 64 and 0 <= y <= 64 and (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def colour_at(x, y):
    if not inside_rounded_square(x, y):
        return None
    if inside_polygon(x, y, Z):
        return WHITE
    if BAR[0] <= x <= BAR[2] and BAR[1] <= y <= BAR[3]:
        return GOLD
    return BLUE


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter type: none
        for px in range(size):
            r = g = b = a = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) * 64 / size
                    y = (py + (sy + 0.5) / samples) * 64 / size
                    c = colour_at(x, y)
                    if c is not None:
                        r += c[0]; g += c[1]; b += c[2]; a += 255
            n = samples * samples
            covered = a // 255
            if covered:
                row += bytes([r // covered, g // covered, b // covered, a // n])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico(images):
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in images:
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in images)


if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    target = os.path.join(root, "src", "ZezhouDisclosure.Web", "wwwroot", "favicon.ico")
    with open(target, "wb") as f:
        f.write(ico([(s, render(s)) for s in (16, 32, 48)]))
    print(target)
