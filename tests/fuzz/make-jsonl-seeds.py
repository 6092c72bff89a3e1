#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus of fuzz-jsonl (tests/fuzz/seeds/jsonl/) from the
project's own fixtures: the collection window's generated articles
(tests/gen-collection-fixtures.py), the first paragraphs of
tests/fixtures/articles, as text and as HTML, lines the import must refuse,
and (given a marsad binary) the analyses `marsad extract --jsonl` prints for
them, after the byte 0x01 that makes the target read them as --analysed.

    tests/fuzz/make-jsonl-seeds.py [--marsad build/src/marsad]
"""

import argparse
import html
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
tests = os.path.dirname(here)
out = os.path.join(here, 'seeds', 'jsonl')

ap = argparse.ArgumentParser()
ap.add_argument('--marsad', help='the marsad binary, for the --analysed seeds')
args = ap.parse_args()

generated = subprocess.run([sys.executable, os.path.join(tests, 'gen-collection-fixtures.py'), '-n', '6'],
                           check=True, capture_output=True, text=True).stdout.splitlines()
articles_dir = os.path.join(tests, 'fixtures', 'articles')
fixtures = []
for name in sorted(os.listdir(articles_dir)):
    if name.endswith('.txt'):
        with open(os.path.join(articles_dir, name), encoding='utf-8') as f:
            paragraphs = f.read().split('\n')
        fixtures.append((name[:10], '\n'.join(paragraphs[:3])))

def line(**members):
    return json.dumps(members, ensure_ascii=False)

seeds = {
    # three outlets telling one story: fusion
    'generated.jsonl': '\n'.join(generated[:3]) + '\n',
    'generated-more.jsonl': '\n'.join(generated[3:]) + '\n',
    'fixtures.jsonl': ''.join(line(text=text, published=date, outlet='fixture', url='https://example.org/' + date) + '\n'
                              for date, text in fixtures[:2]),
    'html.jsonl': ''.join(line(html='<html><head><title>%s</title></head><body><article><p>%s</p></article></body></html>'
                                    % (date, '</p><p>'.join(html.escape(p) for p in text.split('\n'))),
                               published=date) + '\r\n'
                          for date, text in fixtures[2:4]),
    # the same text twice is one article
    'duplicate.jsonl': generated[0] + '\n' + generated[0] + '\n',
    # bad lines between good ones: each refused, the rest stored
    'bad-lines.jsonl': '\n'.join([
        generated[1],
        'not json',
        '[1, 2]',
        '{"text": 3}',
        '{"published": "2024-13-40", "text": "الرمادي"}',
        '{"outlet": "x"}',
        '{"text": "   "}',
        '',
        '{"html": "<p></p>"}',
        '{"text": "قصف على حلب", "published": null, "title": "حلب"}',
        generated[2],
    ]) + '\n',
    'last-line-unterminated.jsonl': generated[4],
}
if args.marsad:
    for name in ('generated.jsonl', 'fixtures.jsonl'):
        r = subprocess.run([args.marsad, 'extract', '--jsonl'], input=seeds[name], check=True,
                           capture_output=True, text=True,
                           env=dict(os.environ, MARSAD_DATA_DIR=os.path.join(os.path.dirname(tests), 'data')))
        seeds['analysed-' + name] = '\x01' + r.stdout
    # an analysis that is not one, and an article where an analysis belongs
    seeds['analysed-bad.jsonl'] = '\x01' + generated[0] + '\n{"text": "x", "places": 3}\n'

os.makedirs(out, exist_ok=True)
for name, data in seeds.items():
    with open(os.path.join(out, name), 'w', encoding='utf-8', newline='') as f:
        f.write(data)
print(f'{len(seeds)} seeds in {out}')
