#!/usr/bin/env python3
# build-basemap.py: compile the Natural Earth basemap into data/basemap.bin
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tools/build-basemap.py [BASEMAP_DIR [OUTPUT]]
#   BASEMAP_DIR defaults to ../shared/geodata/basemap (relative to the repo),
#   OUTPUT to data/basemap.bin. Python 3 standard library only.
#
# Format (little-endian, all offsets from the start of the file):
#   header   "MRSDBMAP", u32 version, u32 n_lods, u32 n_layers, u32 n_labels,
#            u32 lods_off, u32 labels_off, u32 strings_off, u32 strings_size,
#            u32 file_size, u32 world_bits, u32 detail box (x0, y0, x1, y1):
#            LODs above 2 hold only the cells inside that box
#   lods     per LOD: u8 min_zoom, u8 max_zoom, u8 cell_level, u8 pad, then per
#            layer: u32 n_cells, cells_off, n_pieces, pieces_off, n_points, points_off
#   cells    sorted u32 cell_id (y << level | x), u32 first_piece; one extra
#            sentinel entry (0xffffffff, n_pieces) closes the array
#   pieces   u32 first_point, u16 n_points, u8 kind, u8 flags
#   points   u16 x, u16 y relative to the piece's cell: cell_origin + v * size / 65535
#   labels   sorted by priority: u32 x, u32 y (world units), u32 name_ar, u32 name_en (string offsets),
#            u32 priority (lower wins), u8 class, u8 min_zoom*10, u8 max_zoom*10, u8 size
#   strings  NUL-terminated UTF-8, offset 0 is the empty string
#
# Geometry is in Web-Mercator world units (2^28 across). Each LOD is simplified
# (Douglas-Peucker, topology-preserving on shared borders) and cut into grid
# cells, so a tile reads only its cells. Same input, same bytes.

import json
import math
import os
import re
import struct
import sys
import unicodedata

WORLD_BITS = 28
W = float(1 << WORLD_BITS)
VERSION = 2

# (min_zoom, max_zoom, zoom the tolerance is computed for, cell level)
# Zooms 4 and 5 have a level each: at zoom 4, zoom-5 detail was a quarter
# pixel per vertex and made those tiles the slowest of all.
LODS = [
    (0, 3, 3, 2),
    (4, 4, 4, 4),
    (5, 5, 5, 4),
    (6, 7, 7, 5),
    (8, 9, 9, 7),
    (10, 30, 12, 8),
]
COARSE_LOD = 3   # outside the Middle East, detail stops at this LOD (zooms 6-7)
LABEL_LOD = 2    # country label points are found on this level (zoom 5)
ADMIN1_LABEL_LOD = 3
ADMIN1_MIN_LOD = 2   # governorate lines are drawn from zoom 5
# Governorate lines are thin and faint: a whole pixel of simplification
# does not show, and halves what the coarse zooms stroke.
ADMIN1_TOL_FACTOR = 2.0

LAYER_LAND, LAYER_LAKES, LAYER_RIVERS, LAYER_ADMIN1, LAYER_BORDERS, \
    LAYER_DISPUTED, LAYER_COAST = range(7)
N_LAYERS = 7
POLYGON_LAYERS = {LAYER_LAND, LAYER_LAKES}

CLASS_COUNTRY, CLASS_ADMIN1, CLASS_SEA, CLASS_LAKE, CLASS_RIVER, \
    CLASS_CAPITAL, CLASS_CITY, CLASS_TOWN, CLASS_CAPE, CLASS_DISTRICT = range(10)

ME_BOX = (5.0, 0.0, 66.0, 45.0)  # lon/lat of the 10m detail


def project(lon, lat):
    lat = max(-85.05112878, min(85.05112878, lat))
    x = (lon + 180.0) / 360.0 * W
    s = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * W
    return (min(max(x, 0.0), W), min(max(y, 0.0), W))


def px_units(zoom):
    return W / (256.0 * (1 << zoom))


ME_X0, ME_Y1 = project(ME_BOX[0], ME_BOX[1])
ME_X1, ME_Y0 = project(ME_BOX[2], ME_BOX[3])


# The detailed LODs are stored only inside this rectangle, aligned on level-5
# cells; elsewhere the renderer draws COARSE_LOD.
DETAIL_LEVEL = 5
_ds = W / (1 << DETAIL_LEVEL)
DETAIL = (math.floor(ME_X0 / _ds) * _ds, math.floor(ME_Y0 / _ds) * _ds,
          math.ceil(ME_X1 / _ds) * _ds, math.ceil(ME_Y1 / _ds) * _ds)


def cell_in_detail(cid, level):
    size = W / (1 << level)
    cx, cy = cid & ((1 << level) - 1), cid >> level
    return (DETAIL[0] <= cx * size and (cx + 1) * size <= DETAIL[2]
            and DETAIL[1] <= cy * size and (cy + 1) * size <= DETAIL[3])


def in_me(bbox):
    return not (bbox[2] < ME_X0 or bbox[0] > ME_X1 or bbox[3] < ME_Y0 or bbox[1] > ME_Y1)


# ---------------------------------------------------------------- simplify

def dp_indices(pts, tol):
    """Douglas-Peucker on projected points; keeps both ends."""
    n = len(pts)
    if n <= 2:
        return list(range(n))
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    tol2 = tol * tol
    while stack:
        a, b = stack.pop()
        ax, ay = pts[a]
        bx, by = pts[b]
        dx, dy = bx - ax, by - ay
        d2 = dx * dx + dy * dy
        best, besti = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            if d2 == 0:
                e = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = ((px - ax) * dx + (py - ay) * dy) / d2
                t = 0.0 if t < 0 else (1.0 if t > 1 else t)
                e = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if e > best:
                best, besti = e, i
        if best > tol2:
            keep[besti] = True
            stack.append((a, besti))
            stack.append((besti, b))
    return [i for i in range(n) if keep[i]]


def simplify_line(pts, tol):
    return [pts[i] for i in dp_indices(pts, tol)]


def simplify_loop(pts, tol):
    """Closed ring without fixed nodes: split at its first and farthest point."""
    x0, y0 = pts[0]
    far = max(range(len(pts)), key=lambda i: ((pts[i][0] - x0) ** 2 + (pts[i][1] - y0) ** 2, -i))
    a = simplify_line(pts[:far + 1], tol)
    b = simplify_line(pts[far:] + [pts[0]], tol)
    return a[:-1] + b[:-1]


def ring_area(pts):
    s = 0.0
    n = len(pts)
    for i in range(n):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def bbox_of(pts):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


# ---------------------------------------------------------------- topology

class Topology:
    """Rings split into arcs at junctions, so that shared borders simplify once."""

    def __init__(self, features):
        # features: list of polygons lists; polygon = list of rings of (lon, lat)
        self.features = features
        self.proj = {}
        owners = {}
        for fi, polys in enumerate(features):
            for poly in polys:
                for ring in poly:
                    n = len(ring)
                    for i in range(n):
                        a, b = ring[i], ring[(i + 1) % n]
                        k = (a, b) if a < b else (b, a)
                        owners.setdefault(k, []).append(fi)
        self.owners = owners
        neigh = {}
        for (a, b) in owners:
            neigh.setdefault(a, set()).add(b)
            neigh.setdefault(b, set()).add(a)
        self.nodes = {v for v, s in neigh.items() if len(s) != 2}
        # An owner change along a chain also ends an arc.
        for v, s in neigh.items():
            if len(s) == 2 and v not in self.nodes:
                b1, b2 = sorted(s)
                k1 = (v, b1) if v < b1 else (b1, v)
                k2 = (v, b2) if v < b2 else (b2, v)
                if sorted(owners[k1]) != sorted(owners[k2]):
                    self.nodes.add(v)
        self.arc_cache = {}
        self.arcs = {}   # canonical key -> (vertex list, owners)

    def p(self, v):
        r = self.proj.get(v)
        if r is None:
            r = self.proj[v] = project(v[0], v[1])
        return r

    def _canonical(self, verts, closed_loop):
        if closed_loop:
            i = verts.index(min(verts))
            r = verts[i:] + verts[:i]
            if len(r) > 2 and r[-1] < r[1]:
                r = [r[0]] + r[1:][::-1]
            return tuple(r), r is not verts
        rev = verts[::-1]
        if rev < verts:
            return tuple(rev), True
        return tuple(verts), False

    def ring_arcs(self, ring):
        """Yield (canonical key, reversed?, closed?) covering the ring in order."""
        n = len(ring)
        idx = [i for i in range(n) if ring[i] in self.nodes]
        if not idx:
            key = self._canonical(list(ring), True)[0]
            return [(key, None, True)]
        out = []
        start = idx[0]
        r = ring[start:] + ring[:start]
        cut = [i - start for i in idx] + [n]
        for a, b in zip(cut, cut[1:]):
            seg = r[a:b + 1] if b < n else r[a:] + [r[0]]
            key, rev = self._canonical(seg, False)
            out.append((key, rev, False))
        return out

    def arc_owner(self, key):
        a, b = key[0], key[1]
        k = (a, b) if a < b else (b, a)
        return self.owners.get(k, [])

    def simplified_arc(self, key, closed, tol):
        ck = (key, tol)
        r = self.arc_cache.get(ck)
        if r is None:
            pts = [self.p(v) for v in key]
            r = simplify_loop(pts, tol) if closed else simplify_line(pts, tol)
            self.arc_cache[ck] = r
        return r

    def arc_bbox(self, key):
        return bbox_of([self.p(v) for v in key])


def lod_tol(lod, bbox):
    """Tolerance for one arc: fine inside the Middle East, capped outside."""
    li = lod if in_me(bbox) else min(lod, COARSE_LOD)
    return 0.5 * px_units(LODS[li][2])


def topo_rings(topo, fi, lod, bbox_cache):
    """Simplified rings (projected) of feature fi at one LOD."""
    out = []
    for poly in topo.features[fi]:
        for ri, ring in enumerate(poly):
            pts = []
            for key, rev, closed in topo.ring_arcs(ring):
                bb = bbox_cache.get(key)
                if bb is None:
                    bb = bbox_cache[key] = topo.arc_bbox(key)
                s = topo.simplified_arc(key, closed, lod_tol(lod, bb))
                if closed:
                    pts = list(s)
                else:
                    seg = s[::-1] if rev else s
                    pts.extend(seg[:-1])
            out.append(orient(pts, ri == 0))
    return out


def orient(pts, outer):
    """Outer rings positive, holes negative: the renderer fills with nonzero winding."""
    if (ring_area(pts) > 0) != outer:
        pts = pts[::-1]
    return pts


# ---------------------------------------------------------------- clipping

def split_poly(pts, axis, m):
    """Cut a ring by the line coord[axis] == m; returns (low side, high side)."""
    lo, hi = [], []
    n = len(pts)
    for i in range(n):
        a = pts[i]
        b = pts[(i + 1) % n]
        ain = a[axis] < m
        bin_ = b[axis] < m
        (lo if ain else hi).append(a)
        if ain != bin_:
            t = (m - a[axis]) / (b[axis] - a[axis])
            o = 1 - axis
            c = [0.0, 0.0]
            c[axis] = m
            c[o] = a[o] + t * (b[o] - a[o])
            c = tuple(c)
            lo.append(c)
            hi.append(c)
    return lo, hi


def split_line(pts, axis, m):
    lo, hi = [], []
    cur = [pts[0]]
    side = pts[0][axis] < m
    for b in pts[1:]:
        a = cur[-1]
        bs = b[axis] < m
        if bs != side:
            t = (m - a[axis]) / (b[axis] - a[axis])
            o = 1 - axis
            c = [0.0, 0.0]
            c[axis] = m
            c[o] = a[o] + t * (b[o] - a[o])
            c = tuple(c)
            cur.append(c)
            (lo if side else hi).append(cur)
            cur = [c]
            side = bs
        cur.append(b)
    (lo if side else hi).append(cur)
    return lo, hi


def cut_to_cells(geom, is_poly, level, out, kind, flags):
    """Recursively split geom (one ring or polyline) into cells of `level`.

    out: dict cell_id -> list of (kind, flags, pts)."""
    def rec(g, cx, cy, lv):
        if lv == level:
            out.setdefault((cy << level) | cx, []).append((kind, flags, g))
            return
        size = W / (1 << lv)
        xm = (cx + 0.5) * size
        ym = (cy + 0.5) * size
        if is_poly:
            l, r = split_poly(g, 0, xm)
            halves = [(l, 0), (r, 1)]
            for h, dx in halves:
                if len(h) < 3:
                    continue
                t, b = split_poly(h, 1, ym)
                for q, dy in ((t, 0), (b, 1)):
                    if len(q) >= 3:
                        rec(q, cx * 2 + dx, cy * 2 + dy, lv + 1)
        else:
            l, r = split_line(g, 0, xm)
            for hs, dx in ((l, 0), (r, 1)):
                for h in hs:
                    t, b = split_line(h, 1, ym)
                    for qs, dy in ((t, 0), (b, 1)):
                        for q in qs:
                            if len(q) >= 2:
                                rec(q, cx * 2 + dx, cy * 2 + dy, lv + 1)
    rec(geom, 0, 0, 0)


def quantise(cell_id, level, pts, is_poly):
    cx = cell_id & ((1 << level) - 1)
    cy = cell_id >> level
    size = W / (1 << level)
    ox, oy = cx * size, cy * size
    q = []
    for x, y in pts:
        u = int(round((x - ox) * 65535.0 / size))
        v = int(round((y - oy) * 65535.0 / size))
        u = min(max(u, 0), 65535)
        v = min(max(v, 0), 65535)
        if not q or q[-1] != (u, v):
            q.append((u, v))
    if is_poly:
        if len(q) > 1 and q[0] == q[-1]:
            q.pop()
        if len(q) < 3 or ring_area(q) == 0:
            return None
    elif len(q) < 2:
        return None
    return q


# ---------------------------------------------------------------- input

def load(basedir, name):
    with open(os.path.join(basedir, name), encoding='utf-8') as f:
        return json.load(f)['features']


def polys_of(geom):
    if geom is None:
        return []
    c = geom['coordinates']
    ps = c if geom['type'] == 'MultiPolygon' else [c]
    out = []
    for p in ps:
        rings = []
        for r in p:
            r = [(float(x), float(y)) for x, y in (pt[:2] for pt in r)]
            if len(r) > 1 and r[0] == r[-1]:
                r = r[:-1]
            if len(r) >= 3:
                rings.append(r)
        if rings:
            out.append(rings)
    return out


def lines_of(geom):
    if geom is None:
        return []
    c = geom['coordinates']
    ls = c if geom['type'] == 'MultiLineString' else [c]
    return [[(float(x), float(y)) for x, y in (pt[:2] for pt in l)] for l in ls if len(l) >= 2]


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        for line in f:
            row = line.rstrip('\n').split('\t')
            yield dict(zip(head, row))


def load_names_table(path):
    t = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            kind, en, ar = line.rstrip('\n').split('\t')[:3]
            t[(kind, ' '.join(en.lower().split()))] = ar
    return t


def hname(t, kind, en):
    if not en:
        return ''
    return t.get((kind, ' '.join(en.lower().split())), '')


# ---------------------------------------------------------------- helpers

class PointGrid:
    """Grid hash of sample points for 'is this near that line' questions."""

    def __init__(self, cell):
        self.cell = cell
        self.g = {}

    def add_line(self, pts):
        for a, b in zip(pts, pts[1:]):
            n = max(1, int(math.hypot(b[0] - a[0], b[1] - a[1]) / (self.cell / 4)))
            for i in range(n + 1):
                t = i / n
                x = a[0] + t * (b[0] - a[0])
                y = a[1] + t * (b[1] - a[1])
                self.g.setdefault((int(x // self.cell), int(y // self.cell)), []).append((x, y))

    def near(self, x, y, d):
        cx, cy = int(x // self.cell), int(y // self.cell)
        for i in (-1, 0, 1):
            for j in (-1, 0, 1):
                for px, py in self.g.get((cx + i, cy + j), ()):
                    if (px - x) ** 2 + (py - y) ** 2 <= d * d:
                        return True
        return False


def label_point(rings):
    """A point well inside the largest ring: coarse pole of inaccessibility."""
    ring = max(rings, key=lambda r: abs(ring_area(r)))
    x0, y0, x1, y1 = bbox_of(ring)
    best, bd = None, -1.0
    steps = 24
    edges = list(zip(ring, ring[1:] + ring[:1]))
    for i in range(steps):
        for j in range(steps):
            x = x0 + (i + 0.5) * (x1 - x0) / steps
            y = y0 + (j + 0.5) * (y1 - y0) / steps
            inside = False
            dmin = float('inf')
            for (ax, ay), (bx, by) in edges:
                if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                    inside = not inside
                dx, dy = bx - ax, by - ay
                d2 = dx * dx + dy * dy
                t = 0.0 if d2 == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / d2))
                e = (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2
                if e < dmin:
                    dmin = e
            if inside and dmin > bd:
                bd, best = dmin, (x, y)
    if best is None:
        best = ((x0 + x1) / 2, (y0 + y1) / 2)
    return best, abs(ring_area(ring))


def zoom_for_area(area, base):
    """Zoom at which a polygon's label appears, from its area in world units."""
    # area in pixels^2 at zoom z = area / px_units(z)^2; show at ~ base px^2.
    if area <= 0:
        return 20.0
    z = math.log2(math.sqrt(base / area) * W / 256.0)
    return max(0.0, z)


# ---------------------------------------------------------------- names

ARABIC_RE = re.compile('[\u0600-\u06ff]')
LATIN_RE = re.compile('[A-Za-z]')


def arabic_or_empty(t):
    """t if it is Arabic script (catalogue columns sometimes hold Latin)."""
    t = (t or '').strip()
    return t if ARABIC_RE.search(t) and not LATIN_RE.search(t) else ''


def fold_en(name):
    """A loose key for Latin transcriptions: Ba'qūba, Baqubah, Ba`qubah meet."""
    t = unicodedata.normalize('NFKD', name or '')
    t = ''.join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub("[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`]", '', t)
    words = re.sub('[^a-z0-9]+', ' ', t).split()
    if len(words) > 1 and words[0] in ('al', 'el', 'ad', 'ar', 'as', 'an', 'at', 'az', 'ash', 'adh', 'ath'):
        words = words[1:]
    t = re.sub(r'(.)\1', r'\1', ''.join(words))
    if len(t) > 4 and t.endswith('h'):
        t = t[:-1]
    return t


class ArabicNames:
    """Arabic names of places from every gazetteer source, found by a Latin
    name near a point: for Natural Earth and GeoNames towns that have no
    Arabic name, or no id shared with a source that has one."""

    def __init__(self):
        self.grid = {}

    def add(self, lat, lon, names_en, ar, rank, radius_km):
        ar = arabic_or_empty(ar)
        if not ar:
            return
        keys = {fold_en(n) for n in names_en if n}
        keys.discard('')
        for k in sorted(keys):
            self.grid.setdefault((int(math.floor(lat)), int(math.floor(lon))), []).append(
                (k, lat, lon, ar, rank, radius_km))

    def find(self, lat, lon, names_en):
        keys = {fold_en(n) for n in names_en if n}
        keys.discard('')
        best = None
        cy, cx = int(math.floor(lat)), int(math.floor(lon))
        for i in (-1, 0, 1):
            for j in (-1, 0, 1):
                for k, la, lo, ar, rank, radius in self.grid.get((cy + i, cx + j), ()):
                    if k not in keys:
                        continue
                    d = math.hypot(la - lat, (lo - lon) * math.cos(math.radians(lat))) * 111.0
                    if d <= radius:
                        cand = (rank, d, ar)
                        if best is None or cand < best:
                            best = cand
        return best[2] if best else ''


def first_alt(t):
    return (t or '').split('|')[0]


# ---------------------------------------------------------------- main

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    basedir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '..', 'shared', 'geodata', 'basemap')
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, 'data', 'basemap.bin')
    gazdir = os.path.join(os.path.dirname(os.path.normpath(basedir)), 'gazetteer')
    names = load_names_table(os.path.join(here, 'basemap-names-ar.tsv'))

    # cells[lod][layer] = {cell_id: [(kind, flags, pts)]}
    cells = [[{} for _ in range(N_LAYERS)] for _ in LODS]

    def add(lod, layer, geom, kind=0, flags=0):
        cut_to_cells(geom, layer in POLYGON_LAYERS, LODS[lod][3], cells[lod][layer], kind, flags)

    labels = []

    def add_label(x, y, ar, en, prio, cls, minz, maxz=20.0, size=0):
        labels.append((x, y, ar or '', en or '', prio, cls, minz, maxz, size))

    # ---- countries: land, coast and borders from one topology
    countries = load(basedir, 'world_admin0_10m_simplified.geojson')
    cfeat = [polys_of(f['geometry']) for f in countries]
    topo = Topology(cfeat)
    bbox_cache = {}
    country_ar = {}
    for row in read_tsv(os.path.join(gazdir, 'countries_ar.tsv')):
        country_ar[row['iso2']] = row['alt_ar'] if row['iso2'] in ('AE',) and row['alt_ar'] else row['name_ar']
        country_ar[row['iso3']] = country_ar[row['iso2']]

    # Disputed areas: their outlines, away from the coast, are drawn dashed,
    # and country borders running along them become dashed too.
    coast_grid = PointGrid(px_units(9) * 8)
    arcs_seen = {}
    for fi in range(len(cfeat)):
        for poly in cfeat[fi]:
            for ring in poly:
                for key, rev, closed in topo.ring_arcs(ring):
                    if key not in arcs_seen:
                        arcs_seen[key] = closed
    for key in sorted(arcs_seen):
        own = topo.arc_owner(key)
        if len(own) == 1:
            coast_grid.add_line([topo.p(v) for v in key])
    disputed_lines = []
    near_d = px_units(9) * 2.5
    for f in load(basedir, 'me_admin0_disputed_areas_10m.geojson'):
        for poly in polys_of(f['geometry']):
            for ring in poly:
                pts = [project(*v) for v in ring] + [project(*ring[0])]
                cur = []
                for a, b in zip(pts, pts[1:]):
                    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
                    if coast_grid.near(mx, my, near_d):
                        if len(cur) >= 2:
                            disputed_lines.append(cur)
                        cur = []
                    else:
                        if not cur:
                            cur = [a]
                        cur.append(b)
                if len(cur) >= 2:
                    disputed_lines.append(cur)
    for f in load(basedir, 'me_admin0_boundary_lines_disputed_10m.geojson'):
        for l in lines_of(f['geometry']):
            disputed_lines.append([project(*v) for v in l])
    disp_grid = PointGrid(px_units(9) * 8)
    for l in disputed_lines:
        disp_grid.add_line(l)

    border_kind = {}
    for key in sorted(arcs_seen):
        own = topo.arc_owner(key)
        if len(own) == 2 and own[0] != own[1]:
            pts = [topo.p(v) for v in key]
            near = sum(1 for x, y in pts if disp_grid.near(x, y, near_d))
            border_kind[key] = 1 if near >= 0.7 * len(pts) else 0
        elif len(own) == 1:
            border_kind[key] = 2  # coast

    for lod in range(len(LODS)):
        tolz = LODS[lod][2]
        min_area = px_units(tolz) ** 2 * 0.5
        for fi in range(len(cfeat)):
            for r in topo_rings(topo, fi, lod, bbox_cache):
                if len(r) < 3:
                    continue
                a = ring_area(r)
                if abs(a) < min_area:
                    continue
                add(lod, LAYER_LAND, r)
        for key in sorted(border_kind):
            k = border_kind[key]
            closed = arcs_seen[key]
            bb = bbox_cache.get(key) or topo.arc_bbox(key)
            s = topo.simplified_arc(key, closed, lod_tol(lod, bb))
            if closed:
                if abs(ring_area(s)) < min_area:
                    continue
                s = s + [s[0]]
            if len(s) < 2:
                continue
            if k == 2:
                add(lod, LAYER_COAST, s)
            elif k == 1:
                if lod >= 1:
                    add(lod, LAYER_DISPUTED, s, kind=1)
            else:
                add(lod, LAYER_BORDERS, s)
        if lod >= 1:
            for l in disputed_lines:
                s = simplify_line(l, 0.5 * px_units(tolz))
                if len(s) >= 2:
                    add(lod, LAYER_DISPUTED, s, kind=1)

    # Country labels
    for fi, f in enumerate(countries):
        p = f['properties']
        rings = topo_rings(topo, fi, LABEL_LOD, bbox_cache)
        rings = [r for r in rings if len(r) >= 3]
        if not rings:
            continue
        (x, y), area = label_point(rings)
        iso2, iso3 = p.get('iso_a2'), p.get('ISO_A3')
        ar = country_ar.get(iso2) or country_ar.get(iso3) or ''
        minz = min(6.0, max(2.0, zoom_for_area(area, 9000.0)))
        size = 0 if area > px_units(0) ** 2 * 8 else (1 if area > px_units(0) ** 2 * 0.5 else 2)
        add_label(x, y, ar, p.get('NAME'), int(100 + minz * 100 - min(area / px_units(0) ** 2, 99)),
                  CLASS_COUNTRY, minz, 10.0, size)

    # ---- governorates (admin-1): internal boundaries and labels
    admin1 = load(basedir, 'me_admin1_10m_simplified.geojson')
    afeat = [polys_of(f['geometry']) for f in admin1]
    atopo = Topology(afeat)
    abbox = {}
    aseen = {}
    for fi in range(len(afeat)):
        for poly in afeat[fi]:
            for ring in poly:
                for key, rev, closed in atopo.ring_arcs(ring):
                    aseen.setdefault(key, closed)
    internal = []
    for key in sorted(aseen):
        own = atopo.arc_owner(key)
        if len(own) == 2 and own[0] != own[1] and \
                admin1[own[0]]['properties']['adm0_a3'] == admin1[own[1]]['properties']['adm0_a3']:
            internal.append(key)
    for lod in range(ADMIN1_MIN_LOD, len(LODS)):
        for key in internal:
            bb = abbox.get(key) or atopo.arc_bbox(key)
            s = atopo.simplified_arc(key, aseen[key], ADMIN1_TOL_FACTOR * lod_tol(lod, bb))
            if aseen[key]:
                s = s + [s[0]]
            if len(s) >= 2:
                add(lod, LAYER_ADMIN1, s)
    for fi, f in enumerate(admin1):
        p = f['properties']
        rings = [r for r in topo_rings(atopo, fi, ADMIN1_LABEL_LOD, abbox) if len(r) >= 3]
        if not rings:
            continue
        (x, y), area = label_point(rings)
        minz = min(9.0, max(5.0, zoom_for_area(area, 30000.0)))
        ar = p.get('name_ar') or ''
        add_label(x, y, ar, p.get('name'), int(3000 + minz * 100), CLASS_ADMIN1, minz, 13.0)

    # ---- lakes
    for f in load(basedir, 'me_lakes_10m.geojson'):
        p = f['properties']
        mz = float(p.get('min_zoom') or 0)
        polys = polys_of(f['geometry'])
        for lod in range(len(LODS)):
            if mz > LODS[lod][1] + 1:
                continue
            tol = 0.5 * px_units(LODS[lod][2])
            for poly in polys:
                for ri, ring in enumerate(poly):
                    r = orient(simplify_loop([project(*v) for v in ring], tol), ri == 0)
                    if len(r) >= 3 and abs(ring_area(r)) >= px_units(LODS[lod][2]) ** 2:
                        add(lod, LAYER_LAKES, r)
        if p.get('name') and polys:
            rings = [[project(*v) for v in poly[0]] for poly in polys]
            (x, y), area = label_point(rings)
            minz = max(float(p.get('min_label') or mz + 1), zoom_for_area(area, 2500.0))
            add_label(x, y, hname(names, 'lake', p['name']), p['name'], int(6000 + minz * 100),
                      CLASS_LAKE, minz, 20.0)

    # ---- rivers (kind = Natural Earth scalerank, for the stroke width)
    river_label_done = set()
    for f in load(basedir, 'me_rivers_lake_centerlines_10m.geojson'):
        p = f['properties']
        if p.get('featurecla') != 'River':
            continue
        mz = float(p.get('min_zoom') or 0)
        kind = int(p.get('scalerank') or 9)
        ls = [[project(*v) for v in l] for l in lines_of(f['geometry'])]
        for lod in range(len(LODS)):
            if mz > LODS[lod][1] + 0.5:
                continue
            tol = 0.5 * px_units(LODS[lod][2])
            for l in ls:
                s = simplify_line(l, tol)
                if len(s) >= 2:
                    add(lod, LAYER_RIVERS, s, kind=kind)
        ar = hname(names, 'river', p.get('name'))
        if p.get('name') and ls:
            l = max(ls, key=len)
            x, y = l[len(l) // 2]
            minz = max(7.0, float(p.get('min_label') or mz + 2))
            key = (ar or p['name'], int(x // px_units(5)), int(y // px_units(5)))
            if key not in river_label_done:
                river_label_done.add(key)
                add_label(x, y, ar, p['name'], int(6500 + kind * 10), CLASS_RIVER, minz, 20.0)

    # ---- seas
    for f in load(basedir, 'me_marine_polys_10m.geojson'):
        p = f['properties']
        if not p.get('name'):
            continue
        polys = polys_of(f['geometry'])
        rings = [[project(*v) for v in simplify_line(poly[0], 0.02)] for poly in polys]
        rings = [r for r in rings if len(r) >= 3]
        if not rings:
            continue
        (x, y), area = label_point(rings)
        en = ' '.join(w.capitalize() if w.isupper() else w for w in p['name'].split())
        minz = float(p.get('min_label') or 2)
        maxz = float(p.get('max_label') or 9) + 2
        add_label(x, y, hname(names, 'sea', en), en, int(1000 + int(p.get('scalerank') or 0) * 100),
                  CLASS_SEA, max(2.0, minz + 1), maxz, 0 if int(p.get('scalerank') or 0) <= 1 else 1)

    for f in load(basedir, 'me_geography_regions_points_10m.geojson'):
        p = f['properties']
        x, y = project(*f['geometry']['coordinates'][:2])
        add_label(x, y, hname(names, 'cape', p.get('name')), p.get('name'), 7000 + int(p['scalerank']) * 10,
                  CLASS_CAPE, max(6.0, float(p.get('min_zoom') or 6)), 20.0)

    # ---- populated places: Natural Earth, with Arabic from WOF and GeoNames
    wof_ar = {}
    gn_ar = {}
    by_name = ArabicNames()
    for row in read_tsv(os.path.join(gazdir, 'wof_me_places.tsv')):
        ar = arabic_or_empty(row.get('name_ar')) or arabic_or_empty(first_alt(row.get('alt_ar')))
        pt = row.get('placetype')
        if ar and pt in ('locality', 'localadmin', 'county', 'borough', 'macrocounty'):
            # A county is named after its seat, but its centre lies off it.
            radius = 12.0 if pt in ('locality', 'borough') else 35.0
            names_en = [row.get('name'), row.get('name_en')] + (row.get('alt_en') or '').split('|')
            by_name.add(float(row['lat']), float(row['lon']), names_en, ar,
                        0 if pt == 'locality' else 2, radius)
        if row.get('placetype') == 'neighbourhood' and row.get('name_ar'):
            # City districts (Baghdad's Karkh, Adhamiya...) fill the closest zooms.
            x, y = project(float(row['lon']), float(row['lat']))
            add_label(x, y, row['name_ar'], row.get('name_en') or row.get('name'),
                      9000, CLASS_DISTRICT, 11.0, 20.0, 2)
        if pt in ('locality', 'region', 'county', 'localadmin') and ar:
            wof_ar[row['wof_id']] = ar
            if row.get('gn_id') and pt == 'locality':
                gn_ar.setdefault(row['gn_id'], ar)
    cities = list(read_tsv(os.path.join(gazdir, 'world_cities_ar.tsv')))
    for c in cities:
        ar = arabic_or_empty(c['name_ar']) or arabic_or_empty(c.get('name_ar_catalogue'))
        by_name.add(float(c['lat']), float(c['lon']), [c['name_en']], ar, 1, 12.0)
    for row in read_tsv(os.path.join(root, 'data', 'gazetteer-curated.tsv')):
        if row.get('id', '').startswith('#') or not row.get('lat') or row.get('kind') == 'country':
            continue
        names_en = [row.get('name_en')] + (row.get('alt_en') or '').split('|')
        by_name.add(float(row['lat']), float(row['lon']), names_en, row.get('name_ar'), 0, 12.0)

    def city_ar(c, lat, lon, names_en):
        """Arabic for a GeoNames row (or None): by id first, then by name nearby."""
        if c is not None:
            ar = (arabic_or_empty(c['name_ar']) or arabic_or_empty(gn_ar.get(c['gn_id'], ''))
                  or arabic_or_empty(c.get('name_ar_catalogue')))
            if ar:
                return ar
        return by_name.find(lat, lon, names_en)
    gn = {c['gn_id']: c for c in cities}
    cgrid = {}
    for c in cities:
        lat, lon = float(c['lat']), float(c['lon'])
        cgrid.setdefault((int(lat), int(lon)), []).append(c)

    def nearest_city(lat, lon, km, name=None):
        best, bd = None, km
        for i in (-1, 0, 1):
            for j in (-1, 0, 1):
                for c in cgrid.get((int(lat) + i, int(lon) + j), ()):
                    d = math.hypot(float(c['lat']) - lat, (float(c['lon']) - lon) * math.cos(math.radians(lat))) * 111.0
                    if name is not None and c['name_en'].lower() != name.lower():
                        continue
                    if d < bd:
                        best, bd = c, d
        return best

    used_gn = set()
    ne_pts = []
    for f in load(basedir, 'me_populated_places_ne10m.geojson'):
        p = f['properties']
        lon, lat = f['geometry']['coordinates'][:2]
        ar = ''
        gid = p.get('GEONAMEID')
        gid = str(int(gid)) if gid not in (None, -1, -1.0) else None
        match = gn.get(gid) if gid else None
        if match is None:
            match = nearest_city(lat, lon, 15.0, p.get('NAMEASCII')) or nearest_city(lat, lon, 4.0)
        if match is not None:
            used_gn.add(match['gn_id'])
        if p.get('wof_id') is not None and str(p['wof_id']) in wof_ar:
            ar = wof_ar[str(p['wof_id'])]
        else:
            names_en = [p.get('NAME'), p.get('NAMEASCII')] + ([match['name_en']] if match else [])
            ar = city_ar(match, lat, lon, names_en)
        sr = int(p.get('SCALERANK') or 10)
        capital = p.get('FEATURECLA') == 'Admin-0 capital'
        pop = int(p.get('POP_MAX') or 0)
        minz = {0: 3, 1: 3, 2: 4, 3: 5, 4: 5, 5: 6, 6: 6, 7: 7, 8: 7, 9: 8}.get(sr, 8)
        if capital:
            minz = min(minz, 4)
        x, y = project(lon, lat)
        ne_pts.append((lat, lon))
        prio = 2000 + sr * 100 - min(99, int(math.log10(pop + 1) * 10)) if not capital else 1500 + sr * 10
        cls = CLASS_CAPITAL if capital else (CLASS_CITY if sr <= 7 else CLASS_TOWN)
        size = 0 if (capital or sr <= 2) else (1 if sr <= 6 else 2)
        add_label(x, y, ar, p.get('NAME'), prio, cls, float(minz), 20.0, size)

    # GeoNames towns fill the detailed zooms in the Middle East.
    def near_ne(lat, lon):
        for a, b in ne_pts:
            if abs(a - lat) < 0.1 and abs(b - lon) < 0.12:
                return True
        return False
    for c in cities:
        lat, lon = float(c['lat']), float(c['lon'])
        if not (ME_BOX[0] + 20 <= lon <= ME_BOX[2] - 3 and ME_BOX[1] + 10 <= lat <= ME_BOX[3] - 3):
            continue
        if c['gn_id'] in used_gn or near_ne(lat, lon):
            continue
        pop = int(c['population'] or 0)
        minz = 8 if pop >= 300000 else 9 if pop >= 100000 else 10 if pop >= 40000 else 11
        x, y = project(lon, lat)
        add_label(x, y, city_ar(c, lat, lon, [c['name_en']]), c['name_en'], 4000 + 1000 - min(999, int(math.log10(pop + 1) * 100)),
                  CLASS_TOWN, float(minz), 20.0, 2)

    # Places of the Middle East still without Arabic: each one shows in Latin.
    missing = []
    for (x, y, ar, en, prio, cls, minz, maxz, size) in labels:
        if cls in (CLASS_CAPITAL, CLASS_CITY, CLASS_TOWN) and not ar and \
                ME_X0 + (ME_X1 - ME_X0) * 0.3 <= x <= ME_X1 and ME_Y0 <= y <= ME_Y1:
            missing.append(en)
    print('%d Middle East places without an Arabic name, e.g. %s' % (len(missing), ', '.join(sorted(missing)[:12])))

    # ---- strings and labels, in a total order
    labels.sort(key=lambda l: (l[4], round(l[6] * 10), l[5], l[3], l[2], l[0], l[1]))
    strings = bytearray(b'\0')
    soff = {'': 0}

    def s(t):
        if t not in soff:
            soff[t] = len(strings)
            strings.extend(t.encode('utf-8') + b'\0')
        return soff[t]

    label_bytes = bytearray()
    for i, (x, y, ar, en, prio, cls, minz, maxz, size) in enumerate(labels):
        if ar == en:
            en = ''
        label_bytes += struct.pack('<IIIIIBBBB', int(x), int(y), s(ar), s(en), i, cls,
                                   min(255, int(round(minz * 10))), min(255, int(round(maxz * 10))), size)

    # ---- assemble
    header_size = 64
    body = bytearray()
    lod_dir = bytearray()
    lod_dir_size = len(LODS) * (4 + N_LAYERS * 24)
    base = header_size + lod_dir_size
    stats = []
    for lod, (zmin, zmax, tolz, level) in enumerate(LODS):
        lod_dir += struct.pack('<BBBB', zmin, min(zmax, 255), level, 0)
        for layer in range(N_LAYERS):
            cmap = cells[lod][layer]
            cell_arr = bytearray()
            piece_arr = bytearray()
            point_arr = bytearray()
            npieces = 0
            npoints = 0
            for cid in sorted(cmap):
                if lod > COARSE_LOD and not cell_in_detail(cid, level):
                    continue
                first = npieces
                for kind, flags, pts in cmap[cid]:
                    q = quantise(cid, level, pts, layer in POLYGON_LAYERS)
                    if q is None:
                        continue
                    assert len(q) < 65536
                    piece_arr += struct.pack('<IHBB', npoints, len(q), kind, flags)
                    point_arr += struct.pack('<%dH' % (2 * len(q)), *[c for uv in q for c in uv])
                    npoints += len(q)
                    npieces += 1
                if npieces > first:
                    cell_arr += struct.pack('<II', cid, first)
            cell_arr += struct.pack('<II', 0xFFFFFFFF, npieces)
            ncells = len(cell_arr) // 8
            off_cells = base + len(body)
            body += cell_arr
            off_pieces = base + len(body)
            body += piece_arr
            while len(body) % 4:
                body += b'\0'
            off_points = base + len(body)
            body += point_arr
            lod_dir += struct.pack('<IIIIII', ncells, off_cells, npieces, off_pieces, npoints, off_points)
            stats.append((lod, layer, npieces, npoints))
    labels_off = base + len(body)
    body += label_bytes
    strings_off = base + len(body)
    body += strings
    file_size = base + len(body)
    header = struct.pack('<8sIIIIIIIIII4I', b'MRSDBMAP', VERSION, len(LODS), N_LAYERS, len(labels),
                         header_size, labels_off, strings_off, len(strings), file_size, WORLD_BITS,
                         int(DETAIL[0]), int(DETAIL[1]), int(DETAIL[2]), int(DETAIL[3]))
    header += b'\0' * (header_size - len(header))
    assert len(lod_dir) == lod_dir_size
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    tmp = output + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(header + lod_dir + body)
    os.replace(tmp, output)
    for lod in range(len(LODS)):
        print('lod %d: %s' % (lod, ' '.join('%d/%d' % (p, n) for l, ly, p, n in stats if l == lod)))
    print('%d labels, %d bytes of strings, %d bytes total -> %s' % (len(labels), len(strings), file_size, output))


if __name__ == '__main__':
    main()
