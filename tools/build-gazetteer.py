#!/usr/bin/env python3
# build-gazetteer.py: compile ../shared/geodata/gazetteer and the project's
# curated table into data/gazetteer.bin, the memory-mapped gazetteer read by
# src/core/marsad-gazetteer.c.
#
# Usage: tools/build-gazetteer.py [GAZETTEER_DIR] [-o data/gazetteer.bin]
#
# The output is byte-identical on every run with the same inputs: every
# ordering below is a sort with a full tie-break, never dict or set order of
# unordered data, and nothing depends on the clock or the environment.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import argparse
import csv
import json
import os
import sys

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gazetteer_common as gc  # noqa: E402
import gazetteer_writer  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

csv.field_size_limit(1 << 30)


def read_tsv(path):
    # The project's own tables start with '#' comment lines.
    with open(path, encoding='utf-8', newline='') as f:
        lines = (line for line in f if not line.startswith('#'))
        reader = csv.DictReader(lines, delimiter='\t', quoting=csv.QUOTE_NONE)
        return list(reader)


def split_multi(value):
    return [v.strip() for v in value.split('|') if v.strip()] if value else []


# ---------------------------------------------------------------- countries

def ring_centroid(ring):
    """Area-weighted centroid and absolute area of a lon/lat ring."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return None
    return (cy / (3 * a), cx / (3 * a), abs(a) / 2)


def country_centroids(basemap_dir):
    """ISO2 → (lat, lon): centroid of each country's largest polygon, from
    Natural Earth. The largest polygon keeps France in Europe and the USA in
    the contiguous states, where a whole-country centroid would not."""
    path = os.path.join(basemap_dir, 'world_admin0_50m.geojson')
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding='utf-8') as f:
        data = json.load(f)
    by_name = {'France': 'FR', 'Norway': 'NO'}  # NE gives them ISO_A2 -99
    for feat in data['features']:
        props = feat['properties']
        iso = props.get('ISO_A2', '')
        if len(iso) != 2 or not iso.isalpha():
            iso = by_name.get(props.get('NAME', ''), '')
        if not iso or iso in out:
            continue
        geom = feat['geometry']
        polys = geom['coordinates'] if geom['type'] == 'MultiPolygon' else [geom['coordinates']]
        best = None
        for poly in polys:
            ring = [tuple(p) for p in poly[0]]
            c = ring_centroid(ring)
            if c and (best is None or c[2] > best[2]):
                xs, ys = [p[0] for p in ring], [p[1] for p in ring]
                best = c + (gc.extent_of_bbox(min(xs), min(ys), max(xs), max(ys)),)
        if best:
            out[iso] = (round(best[0], 5), round(best[1], 5), best[3])
    return out


def load_countries(gaz_dir, basemap_dir, wof_rows, sink):
    centroids = country_centroids(basemap_dir)
    wof_by_cc = {r['cc']: r for r in wof_rows if r['placetype'] == 'country'}
    for row in read_tsv(os.path.join(gaz_dir, 'countries_ar.tsv')):
        cc = row['iso2']
        wof = wof_by_cc.get(cc)
        if wof:
            lat, lon = float(wof['lat']), float(wof['lon'])
            source = 'wof:' + wof['wof_id']
        elif cc in centroids:
            lat, lon = centroids[cc][:2]
            source = 'iso:' + cc
        else:
            lat = lon = None  # filled from the capital below, or dropped
            source = 'iso:' + cc
        rec = gc.Record('country', cc, lat, lon, source, prio=1)
        if cc in centroids:
            rec.extent_km = centroids[cc][2]
        rec.add_ar(row['name_ar'], primary=True)
        for alt in split_multi(row['alt_ar']):
            rec.add_ar(alt)
        # The demonyms (demonym_ar_*) are adjectives, never place names.
        rec.add_en(row['name_en'])
        if wof:
            rec.add_ar_values([wof['name_ar']] + split_multi(wof['alt_ar']))
            rec.add_en(wof['name_en'] or wof['name'])
            for alt in split_multi(wof['alt_en']):
                # skip ISO codes: "IQ", "IRQ" are not names
                if not (alt.isupper() and len(alt) <= 3):
                    rec.add_en(alt)
        sink.add_country(rec)


# ---------------------------------------------------------------- world cities

ARAB_CC = set('AE BH DZ DJ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE EH'.split())


def load_capitals(path):
    caps = {}
    for row in read_tsv(path):
        caps[row['iso2']] = row
    return caps


def load_world_cities(gaz_dir, capitals, fixes, sink):
    rows = read_tsv(os.path.join(gaz_dir, 'world_cities_ar.tsv'))
    # The capital of each country: the row with the capitals table's English
    # name in that country, the most populous when several share it.
    capital_ids = {}
    for cc, cap in capitals.items():
        cands = [r for r in rows if r['cc'] == cc and r['name_en'] == cap['name_en']]
        if cands:
            best = max(cands, key=lambda r: (int(r['population'] or 0), r['gn_id']))
            capital_ids[best['gn_id']] = cap
    sink.capital_missing = sorted(cc for cc, cap in capitals.items()
                                  if cap['name_en'] not in {r['name_en'] for r in rows if r['cc'] == cc})
    for row in rows:
        cap = capital_ids.get(row['gn_id'])
        # The capitals table names capitals the catalogue leaves without an
        # Arabic name (Washington, D.C.); the catalogue's own name stays first.
        fix = fixes.get('gn:' + row['gn_id'], {})
        if 'drop' in fix or gc.fold(row['name_ar']) in {gc.fold(v) for v in fix.get('drop_name', ())}:
            row = dict(row, name_ar='')
        name_ar = row['name_ar'] or (cap['name_ar'] if cap else '')
        if 'set_name_ar' in fix:
            name_ar = fix['set_name_ar'][0]
        # a city the catalogue names in Latin only (Zaporizhzhia, Kramatorsk)
        # takes the first Arabic name the fixes add
        if not name_ar and fix.get('add_alt_ar'):
            name_ar = fix['add_alt_ar'][0]
        if not name_ar:
            continue
        pop = int(row['population'] or 0)
        rec = gc.Record(None, row['cc'], float(row['lat']), float(row['lon']),
                        'gn:' + row['gn_id'], prio=2, pop=pop)
        rec.gn_id = row['gn_id']
        rec.populated = True
        if cap:
            rec.flags |= gc.REC_CAPITAL
            rec.fcode = 'PPLC'
        rec.add_ar(name_ar, primary=True)
        rec.name_fixed = 'set_name_ar' in fix
        if cap and cap['name_ar']:
            rec.add_ar(cap['name_ar'])
        if row['name_ar']:
            rec.add_ar(row['name_ar'])
        for alt in fix.get('add_alt_ar', ()):
            rec.add_ar(alt)
        # Some catalogue names lack the article (بصرة، خرطوم): in Arab
        # countries a one-word name without it also gets the article form.
        folded = gc.fold(name_ar)
        if row['cc'] in ARAB_CC and ' ' not in folded and not folded.startswith('ال'):
            rec.article_variant = True
        rec.add_en(row['name_en'])
        rec.admin1_en = row['admin1_en']
        rec.admin1_ar = gc.clean_display(row['admin1_ar'])
        sink.add(rec)


# ---------------------------------------------------------------- WOF

WOF_KIND = {
    'region': 'region', 'county': 'district', 'localadmin': None, 'locality': None,
    'neighbourhood': 'neighbourhood', 'microhood': 'neighbourhood', 'campus': 'airport',
}
FCODE_RANK = {'PPLC': 0, 'PPLA': 1, 'PPLA2': 2, 'PPLA3': 3}


def load_wof(wof_rows, fixes, sink):
    regions = {r['wof_id']: r for r in wof_rows if r['placetype'] == 'region'}

    def order(r):
        return (0 if r['placetype'] == 'region' else 1,
                FCODE_RANK.get(r['gn_fcode'], 9), -int(r['population'] or 0), int(r['wof_id']))

    for row in sorted((r for r in wof_rows if r['placetype'] != 'country'), key=order):
        sid = 'wof:' + row['wof_id']
        fix = fixes.get(sid, {})
        if 'drop' in fix:
            continue
        values = [row['name_ar']] + split_multi(row['alt_ar'])
        dropped = {gc.fold(v) for v in fix.get('drop_name', ())}
        values = [v for v in values if gc.fold(v) not in dropped]
        if 'set_name_ar' in fix:
            values.insert(0, fix['set_name_ar'][0])
        if not any(gc.is_arabic(v) for v in values):
            continue
        pt = row['placetype']
        kind = WOF_KIND[pt]
        pop = int(row['population'] or 0)
        if 'set_pop' in fix:
            pop = int(fix['set_pop'][0])
        rec = gc.Record(kind, row['cc'], float(row['lat']), float(row['lon']), sid,
                        prio=3 + FCODE_RANK.get(row['gn_fcode'], 5), pop=pop)
        rec.gn_id = row['gn_id']
        rec.fcode = row['gn_fcode']
        rec.populated = kind is None
        if pt in ('region', 'county') and row.get('bbox'):
            try:
                rec.extent_km = gc.extent_of_bbox(*(float(v) for v in row['bbox'].split(',')))
            except ValueError:
                pass
        if pt == 'campus':
            en = (row['name_en'] + ' ' + row['name']).lower()
            ar = ' '.join(values)
            if 'air base' in en or 'airbase' in en or 'قاعدة' in ar or 'العسكري' in ar:
                rec.kind = 'military_base'
        for v in values:
            v_clean = gc.clean_display(v)
            # A locality's "محافظة X" alternate names the governorate, not the town.
            if pt == 'locality' and gc.fold(v_clean).startswith('محافظه '):
                continue
            if gc.is_arabic(v_clean):
                rec.add_ar(v_clean, primary=not rec.ar)
            else:
                rec.add_en(v_clean)
        for v in [row['name_en'], row['name']] + split_multi(row['alt_en']):
            if v and not gc.is_arabic(v):
                rec.add_en(v)
        rec.name_fixed = 'set_name_ar' in fix
        for alt in fix.get('add_alt_ar', ()):
            rec.add_ar(alt)
        region = regions.get(row['region_id'])
        if region and pt != 'region':
            rec.admin1_en = region['name_en'] or region['name']
            rec.admin1_ar = gc.clean_display(region['name_ar'])
        sink.add(rec)


def load_subdivisions(gaz_dir, sink):
    """ISO 3166-2 names (CLDR Arabic): merged into the WOF region of the same
    country and name; they carry no coordinates, so unmatched ones are left out."""
    matched = unmatched = 0
    for row in read_tsv(os.path.join(gaz_dir, 'subdivisions_ar.tsv')):
        cc = row['code'][:2]
        if not row['name_ar']:
            continue
        if sink.merge_names_into_region(cc, row['name_ar'], row['name_en'], row['code']):
            matched += 1
        else:
            unmatched += 1
    sink.stats['subdivisions matched'] = matched
    sink.stats['subdivisions unmatched'] = unmatched


# ---------------------------------------------------------------- curated

def load_airports(gaz_dir):
    out = {}
    path = os.path.join(gaz_dir, 'airports_me.csv')
    if os.path.exists(path):
        with open(path, encoding='utf-8', newline='') as f:
            for row in csv.DictReader(f):
                out[row['icao']] = row
    return out


def load_curated(path, airports, sink):
    for row in read_tsv(path):
        if not row['id'] or row['id'].startswith('#'):
            continue
        kind = row['kind']
        lat = float(row['lat']) if row['lat'] else None
        lon = float(row['lon']) if row['lon'] else None
        rec = gc.Record(kind, row['country'], lat, lon, 'curated:' + row['id'],
                        prio=0, pop=int(row.get('population') or 0))
        rec.flags |= gc.REC_CURATED
        rec.populated = kind in ('city', 'town', 'village')
        rec.add_ar(row['name_ar'], primary=True)
        for alt in split_multi(row['alt_ar']):
            rec.add_ar(alt)
        rec.add_en(row['name_en'])
        for alt in split_multi(row['alt_en']):
            rec.add_en(alt)
            # an ICAO code pulls in the airport's Latin names from airportsdata
            ap = airports.get(alt)
            if ap:
                rec.add_en(ap['name'])
                if ap['iata']:
                    rec.add_en(ap['iata'])
        if kind == 'country':
            sink.add_country_names(rec)
        else:
            sink.add(rec)


def load_fixes(path):
    """source_id → action → [values]: see tools/gazetteer-fixes.tsv."""
    fixes = {}
    for row in read_tsv(path):
        fixes.setdefault(row['source_id'], {}).setdefault(row['action'], []).append(row['value'])
    return fixes


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('gazetteer_dir', nargs='?',
                    default=os.path.join(REPO, '..', 'shared', 'geodata', 'gazetteer'))
    ap.add_argument('-o', '--output', default=os.path.join(REPO, 'data', 'gazetteer.bin'))
    ap.add_argument('--dump', help='also write a TSV of the records, for review')
    args = ap.parse_args()

    gaz_dir = os.path.normpath(args.gazetteer_dir)
    basemap_dir = os.path.join(os.path.dirname(gaz_dir), 'basemap')
    common = gc.load_common_words(os.path.join(HERE, 'common-words-ar.txt'))
    fixes = load_fixes(os.path.join(HERE, 'gazetteer-fixes.tsv'))
    capitals = load_capitals(os.path.join(HERE, 'capitals.tsv'))
    airports = load_airports(gaz_dir)
    wof_rows = read_tsv(os.path.join(gaz_dir, 'wof_me_places.tsv'))

    sink = gc.Merger()
    # Priority order: the first record of a place keeps its coordinates and id.
    load_curated(os.path.join(REPO, 'data', 'gazetteer-curated.tsv'), airports, sink)
    load_countries(gaz_dir, basemap_dir, wof_rows, sink)
    load_world_cities(gaz_dir, capitals, fixes, sink)
    load_wof(wof_rows, fixes, sink)
    load_subdivisions(gaz_dir, sink)
    records = sink.finish(common)

    gazetteer_writer.write(args.output, records)
    if args.dump:
        gazetteer_writer.dump_tsv(args.dump, records)
    n_names = sum(len(r.keys) for r in records)
    print(f'{args.output}: {len(records)} records, {n_names} names, '
          f'{os.path.getsize(args.output)} bytes', file=sys.stderr)
    for k, v in sorted(sink.stats.items()):
        print(f'  {k}: {v}', file=sys.stderr)
    if sink.capital_missing:
        print('  capitals not found in world_cities: ' + ' '.join(sink.capital_missing),
              file=sys.stderr)


if __name__ == '__main__':
    main()
