#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""data/borders.tsv is what tools/build-borders.py makes of ../shared/geodata:
the same bytes on two runs and in the repository; Israel–Syria is the Golan
ceasefire line; and the build fails, naming it, when the source loses that
line. Skips when ../shared/geodata is absent.

Usage: check-borders-data.py SOURCE_ROOT GEODATA_DIR
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

root, geodata = sys.argv[1], sys.argv[2]
tool = os.path.join(root, 'tools', 'build-borders.py')
committed = os.path.join(root, 'data', 'borders.tsv')
if not os.path.isdir(os.path.join(geodata, 'basemap')):
    print('1..0 # SKIP ../shared/geodata is absent')
    sys.exit(0)

results = []


def check(name, ok, detail=''):
    results.append((name, ok, detail))


def build(geo, out):
    return subprocess.run([sys.executable, tool, geo, '-o', out], capture_output=True, text=True)


with tempfile.TemporaryDirectory() as tmp:
    runs = []
    for i in range(2):
        out = os.path.join(tmp, f'borders-{i}.tsv')
        r = build(geodata, out)
        check(f'build {i + 1} succeeds', r.returncode == 0, r.stderr)
        with open(out, 'rb') as f:
            runs.append(f.read())
    with open(committed, 'rb') as f:
        check('two builds give the same bytes', runs[0] == runs[1])
        check('data/borders.tsv is what the build gives (rebuild it: tools/dev.sh gazetteer)',
              runs[0] == f.read())

    rows = {tuple(line.split('\t')[:2]): line.rstrip('\n').split('\t')
            for line in runs[0].decode('utf-8').splitlines()
            if line and not line.startswith('#')}
    il_sy = rows.get(('IL', 'SY'))
    points = [tuple(map(float, p.split(','))) for seg in il_sy[4].split('|') for p in seg.split(' ')] \
        if il_sy else []
    check('Israel–Syria is there', il_sy is not None)
    # the 1974 line runs east of the Sea of Galilee (35.65° E), from the Hermon to the Yarmouk
    check('Israel–Syria is the ceasefire line', bool(points) and all(35.7 < lon < 35.95 for _, lon in points)
          and max(lat for lat, _ in points) > 33.35 and min(lat for lat, _ in points) < 32.8, str(points[:3]))

    # the same sources with the ceasefire line left out
    lost = os.path.join(tmp, 'geodata')
    os.makedirs(os.path.join(lost, 'basemap'))
    shutil.copytree(os.path.join(geodata, 'gazetteer'), os.path.join(lost, 'gazetteer'))
    with open(os.path.join(geodata, 'basemap', 'me_admin0_boundary_lines_land_10m.geojson'), encoding='utf-8') as f:
        land = json.load(f)
    land['features'] = [ft for ft in land['features']
                        if {ft['properties'].get('adm0_a3_l'), ft['properties'].get('adm0_a3_r')} != {'ISR', 'SYR'}]
    with open(os.path.join(lost, 'basemap', 'me_admin0_boundary_lines_land_10m.geojson'), 'w',
              encoding='utf-8') as f:
        json.dump(land, f)
    r = build(lost, os.path.join(tmp, 'lost.tsv'))
    check('without the ceasefire line the build fails, naming it',
          r.returncode != 0 and 'IL–SY' in r.stderr, r.stderr)

print(f'1..{len(results)}')
for i, (name, ok, detail) in enumerate(results, 1):
    print(f'{"ok" if ok else "not ok"} {i} {name}')
    if not ok and detail:
        for line in detail.splitlines()[:10]:
            print(f'# {line}')
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
