#!/usr/bin/env python3
# Copyright 2026 The Marsad authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`marsad collection …` and `marsad extract --jsonl` as the issue's contract
says: create, add (folders, JSON Lines, analyses), list, events (filters,
formats, fused sources), render; GNU parallel's recipe from the README; a
kill during an import; bad input.

Usage: check-collection-cli.py MARSAD ARTICLES_DIR ARTICLES_GENERATOR
Prints TAP.
"""
import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import xml.dom.minidom

marsad, articles_dir, generator = sys.argv[1], sys.argv[2], sys.argv[3]
results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), str(detail)[:600]))


def run(*args, stdin=None, timeout=300):
    r = subprocess.run([marsad, *args], input=stdin, capture_output=True, timeout=timeout)
    return r.returncode, r.stdout.decode('utf-8', 'replace'), r.stderr.decode('utf-8', 'replace')


def one_line(err):
    return err.strip() != '' and '\n' not in err.strip()


# Two outlets report one strike (with different tolls); one of them also
# reports shelling near another town; a third line is a protest elsewhere.
STRIKE_A = ('الفلوجة - قُتل ثلاثة مدنيين وأصيب خمسة آخرون في غارة جوية استهدفت سوقاً شعبية '
            'في مدينة الفلوجة صباح الاثنين، بحسب مصادر طبية.')
STRIKE_B = ('بغداد - أفاد مسؤول محلي بمقتل أربعة أشخاص جراء غارة جوية على سوق في الفلوجة يوم الاثنين، '
            'فيما قصفت مدفعية مجهولة قرية قرب الرمادي.')
PROTEST = 'البصرة - تظاهر المئات في البصرة يوم الثلاثاء.'
LINES = [
    {'text': STRIKE_A, 'published': '2024-03-11', 'outlet': 'وكالة الأنباء الأولى',
     'url': 'https://example.org/a/1', 'title': 'غارة على سوق الفلوجة'},
    {'text': STRIKE_B, 'published': '2024-03-11', 'outlet': 'Second Agency',
     'url': 'https://example.org/b/7', 'title': 'قتلى في الفلوجة'},
    {'html': '<html><head><title>احتجاج في البصرة</title></head><body><article><p>' + PROTEST +
             '</p></article></body></html>', 'published': '2024-03-13', 'outlet': 'صحيفة المساء'},
]


def jsonl(records):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in records).encode('utf-8')


def events_json(path, *filters):
    code, out, err = run('collection', 'events', path, *filters)
    return code, (json.loads(out) if code == 0 else {}), err


with tempfile.TemporaryDirectory() as tmp:
    def p(name):
        return os.path.join(tmp, name)

    # ---- create
    c = p('news.marsad')
    code, out, err = run('collection', 'create', c)
    check('create: exit 0', code == 0 and os.path.exists(c), err)
    code, out, err = run('collection', 'create', c)
    check('create over an existing file: exit 1, one line naming it', code == 1 and one_line(err) and c in err, err)

    # ---- add JSON Lines on standard input
    code, out, err = run('collection', 'add', c, '-', stdin=jsonl(LINES))
    check('add - (JSON Lines): exit 0', code == 0, err)
    code, out, err = run('collection', 'add', c, '-', stdin=jsonl(LINES))
    check('the same lines again add nothing', code == 0 and '0 added, 3 already there' in err, err)

    code, out, err = run('collection', 'list', c, '--json')
    listing = json.loads(out) if code == 0 else {}
    arts = listing.get('articles', [])
    check('list --json: {"articles": [...]} with the contract\'s keys',
          len(arts) == 3 and all({'id', 'title', 'outlet', 'published', 'events'} <= set(a) for a in arts), out)
    check('list: titles, outlets and dates from the lines (HTML title too)',
          [a['title'] for a in arts] == ['غارة على سوق الفلوجة', 'قتلى في الفلوجة', 'احتجاج في البصرة'] and
          arts[1]['outlet'] == 'Second Agency' and arts[2]['published'] == '2024-03-13', arts)

    # ---- events: one strike, two sources
    code, doc, err = events_json(c)
    evs = doc.get('events', [])
    fused = [e for e in evs if len(e['sources']) > 1]
    check('events: the strike told twice is one event with two sources',
          code == 0 and len(fused) == 1 and fused[0]['place']['name'] == 'الفلوجة', evs)
    if fused:
        srcs = fused[0]['sources']
        check('each source keeps its outlet, URL, date and figure',
              [(s['outlet'], s['url'], s['published'], s['fatalities']) for s in srcs] ==
              [('وكالة الأنباء الأولى', 'https://example.org/a/1', '2024-03-11', 3),
               ('Second Agency', 'https://example.org/b/7', '2024-03-11', 4)], srcs)
        check('the fused event codes the lowest figure and says why',
              fused[0]['fatalities'] == 3 and fused[0]['fusion_reason'] == 'same place, same day, same type',
              fused[0])
        check('sources are {article, outlet, url, published, fatalities}',
              all({'article', 'outlet', 'url', 'published', 'fatalities'} <= set(s) for s in srcs))
    check('the shelling near another town stays its own event',
          any(e['place'] and e['place']['name'] == 'الرمادي' and len(e['sources']) == 1 for e in evs), evs)

    # ---- filters
    code, d, err = events_json(c, '--from', '2024-03-12')
    check('--from leaves out earlier events', code == 0 and d['events'] and
          all(e['date_start'] >= '2024-03-12' for e in d['events']), d)
    code, d, err = events_json(c, '--to', '2024-03-11')
    check('--to leaves out later events', code == 0 and d['events'] and
          all(e['date_start'] <= '2024-03-11' for e in d['events']), d)
    code, d, err = events_json(c, '--type', 'Protests')
    check('--type keeps only that type', code == 0 and len(d['events']) >= 1 and
          all(e['event_type'] == 'Protests' for e in d['events']), d)
    code, d, err = events_json(c, '--search', 'الرمادي')
    check('--search keeps the events of the articles that say it',
          code == 0 and all(any(s['outlet'] == 'Second Agency' for s in e['sources']) for e in d['events'])
          and d['events'], d)
    code, out, err = run('collection', 'events', c, '--from', '2024-03-12', '--to', '2024-03-01')
    check('--from after --to: exit 2, one line', code == 2 and one_line(err), err)
    code, out, err = run('collection', 'events', c, '--from', '12/03/2024')
    check('a bad date: exit 2, one line', code == 2 and one_line(err) and '12/03/2024' in err, err)

    # ---- formats
    code, out, err = run('collection', 'events', c, '--format', 'geojson')
    gj = json.loads(out) if code == 0 else {}
    feats = [f for f in gj.get('features', []) if len(f['properties'].get('sources', [])) > 1]
    check('GeoJSON: features carry sources', code == 0 and len(feats) == 1 and
          feats[0]['properties']['sources'][1]['outlet'] == 'Second Agency', out[:400])
    code, out, err = run('collection', 'events', c, '--format', 'csv')
    rows = list(csv.DictReader(io.StringIO(out))) if code == 0 else []
    strike = [r for r in rows if ';' in r.get('source', '')]
    check('CSV: the outlets joined in source, the lowest figure, every figure in notes',
          len(strike) == 1 and strike[0]['source'] == 'وكالة الأنباء الأولى; Second Agency' and
          strike[0]['fatalities'] == '3' and '3 (وكالة الأنباء الأولى); 4 (Second Agency)' in strike[0]['notes'],
          rows)
    code, out, err = run('collection', 'events', c, '--format', 'kml', '-o', p('events.kml'))
    try:
        xml.dom.minidom.parse(p('events.kml'))
        kml_ok = code == 0
    except Exception as e:  # noqa: BLE001 - any parse failure fails the check
        kml_ok = False
        err = str(e)
    check('KML: well-formed, written atomically to -o', kml_ok, err)

    # ---- render
    code, out, err = run('collection', 'render', c, '--type', 'Explosions/Remote violence', '-o', p('map.png'))
    with open(p('map.png'), 'rb') if os.path.exists(p('map.png')) else io.BytesIO() as f:
        magic = f.read(8)
    check('render -o map.png: a PNG', code == 0 and magic == b'\x89PNG\r\n\x1a\n', err)
    code, out, err = run('collection', 'render', c, '-o', p('map.svg'), '--size', '800x600')
    check('render -o map.svg: an SVG', code == 0 and open(p('map.svg'), encoding='utf-8').read(200).find('<svg') >= 0, err)
    code, out, err = run('collection', 'render', c, '-o', p('map.gif'))
    check('render to an unknown format: exit 2, one line', code == 2 and one_line(err), err)

    # ---- the user's split, kept through a re-analysis
    # ids are rows of the analysis: a re-analysis numbers them afresh
    no_ids = lambda evs: [dict(e, id=None) for e in evs]
    before = events_json(c)[1]['events']
    code, out, err = run('collection', 'reanalyse', c)
    check('reanalyse: exit 0, the same events', code == 0 and no_ids(events_json(c)[1]['events']) == no_ids(before), err)
    before = events_json(c)[1]['events']
    fused_now = [e for e in before if len(e['sources']) > 1]
    if fused_now:
        second = fused_now[0]['sources'][1]
        code, out, err = run('collection', 'split', c, str(second['article']), second['event'])
        after = events_json(c)[1]['events']
        check('split: the fused event becomes two', code == 0 and len(after) == len(before) + 1 and
              all(len(e['sources']) == 1 for e in after if e['place'] and e['place']['name'] == 'الفلوجة'), err)
        run('collection', 'reanalyse', c)
        again = events_json(c)[1]['events']
        check('…and stays two after a re-analysis', no_ids(again) == no_ids(after), again)
        ids = [e['id'] for e in again if e['place'] and e['place']['name'] == 'الفلوجة']
        code, out, err = run('collection', 'merge', c, str(ids[0]), str(ids[-1]))
        merged = [e for e in events_json(c)[1]['events'] if len(e['sources']) > 1]
        check('merge: one again, the user named as the reason', code == 0 and len(merged) == 1 and
              merged[0]['fusion_reason'] == 'put together by the user', merged)
    code, out, err = run('collection', 'split', c, '1', 'e99')
    check('split of an event that is not there: exit 1, one line', code == 1 and one_line(err), err)

    # ---- extract --jsonl, then add --analysed: the same collection
    code, analysed, err = run('extract', '--jsonl', stdin=jsonl(LINES))
    out_lines = analysed.splitlines()
    check('extract --jsonl: one analysis per line', code == 0 and len(out_lines) == 3 and
          all(json.loads(l).get('format') == 'marsad-analysis' for l in out_lines), err)
    c2 = p('analysed.marsad')
    run('collection', 'create', c2)
    code, out, err = run('collection', 'add', '--analysed', c2, '-', stdin=analysed.encode('utf-8'))
    check('add --analysed -: exit 0', code == 0, err)
    code, d2, err = events_json(c2)
    strip = lambda d: [(e['event_type'], e['date_start'], e['place'] and e['place']['name'],
                        [(s['outlet'], s['fatalities']) for s in e['sources']]) for e in d['events']]
    check('analysed elsewhere, added here: the same events and sources', strip(d2) == strip(doc), (strip(d2), strip(doc)))

    # ---- bad input: reported and skipped, the rest goes in
    bad = jsonl([{'text': 'نص لا تاريخ صحيحاً له', 'published': 'أمس'}]) + b'not json\n' + jsonl(
        [{'text': 'الموصل - اعتقلت الشرطة ثلاثة مطلوبين في الموصل يوم الأحد.', 'published': '2024-03-10'}])
    code, out, err = run('collection', 'add', c, '-', stdin=bad)
    msgs = [l for l in err.splitlines() if l.startswith('marsad collection add:')]
    check('bad lines: exit 1, one line each naming the line', code == 1 and len(msgs) == 2 and
          'standard input:1' in msgs[0] and 'standard input:2' in msgs[1], err)
    check('…and the good line is imported', '1 added' in err, err)
    code, out, err = run('extract', '--jsonl', stdin=b'{"text": 5}\n' + jsonl(LINES[:1]))
    check('extract --jsonl: a bad line is reported, the others go through',
          code == 1 and len(out.splitlines()) == 1 and 'standard input:1' in err, err)
    # a full disk under a pipeline's output: a failure, never analyses silently lost
    if os.path.exists('/dev/full'):
        with open('/dev/full', 'wb') as full:
            r = subprocess.run([marsad, 'extract', '--jsonl'], input=jsonl(LINES * 40), stdout=full,
                               stderr=subprocess.PIPE, timeout=300)
        err = r.stderr.decode('utf-8', 'replace')
        check('extract --jsonl to a full disk: exit 1, one line that says so',
              r.returncode == 1 and one_line(err) and 'standard output' in err, err)

    newer = p('newer.marsad')
    run('collection', 'create', newer)
    db = sqlite3.connect(newer)
    db.execute('PRAGMA user_version = 42')
    db.close()
    code, out, err = run('collection', 'list', newer)
    check('a collection from a newer Marsad: exit 1, one line', code == 1 and one_line(err) and 'newer' in err, err)
    with open(p('text.marsad'), 'w', encoding='utf-8') as f:
        f.write('ليس مجموعة\n')
    code, out, err = run('collection', 'add', p('text.marsad'), '-', stdin=b'')
    check('a file that is no collection: exit 1, one line', code == 1 and one_line(err) and 'not a Marsad collection' in err, err)
    damaged = p('damaged.marsad')
    with open(c, 'rb') as f:
        head = f.read(6000)
    with open(damaged, 'wb') as f:
        f.write(head)
    code, out, err = run('collection', 'events', damaged)
    check('a damaged collection: exit 1, one line that says so', code == 1 and one_line(err) and
          damaged in err and 'malformed' in err, err)
    code, out, err = run('collection', 'frobnicate', c)
    check('an unknown subcommand: exit 2', code == 2, err)

    # ---- a folder, recursively (the project's fixture articles and their gold JSON)
    folder = p('folder')
    shutil.copytree(articles_dir, os.path.join(folder, 'nested', 'articles'))
    # a saved analysis beside them is stored as it is
    with open(os.path.join(folder, 'protest.marsad.json'), 'w', encoding='utf-8') as f:
        f.write(out_lines[2] if len(out_lines) == 3 else '')
    c3 = p('folder.marsad')
    run('collection', 'create', c3)
    code, out, err = run('collection', 'add', c3, '--published', '2024-06-01', '--outlet', 'الشرق الأوسط', folder)
    n_txt = len([n for n in os.listdir(articles_dir) if n.endswith('.txt')])
    code2, out2, err2 = run('collection', 'list', c3, '--json')
    arts = json.loads(out2)['articles'] if code2 == 0 else []
    check('a folder is imported recursively: every .txt and .marsad.json, no .gold.json',
          code == 0 and len(arts) == n_txt + 1 and any(a['title'] == 'احتجاج في البصرة' for a in arts), err)
    check('--outlet applies to the folder\'s articles', arts and all(a['outlet'] == 'الشرق الأوسط' for a in arts))

    # ---- GNU parallel, as the README shows
    if shutil.which('parallel'):
        gen = p('gen.jsonl')
        with open(gen, 'w', encoding='utf-8') as f:
            subprocess.run([sys.executable, generator, '-n', '60', '--size', '600'], stdout=f, check=True)
        c4, c5 = p('parallel.marsad'), p('direct.marsad')
        run('collection', 'create', c4)
        run('collection', 'create', c5)
        recipe = ("parallel --pipe -N 10 '%s' extract --jsonl < '%s' | '%s' collection add --analysed '%s' -"
                  % (marsad, gen, marsad, c4))
        r = subprocess.run(recipe, shell=True, capture_output=True, timeout=600)
        run('collection', 'add', c5, gen)
        _, a4, _ = events_json(c4)
        _, a5, _ = events_json(c5)
        n4 = len(json.loads(run('collection', 'list', c4, '--json')[1])['articles'])
        key = lambda d: sorted(repr((e['event_type'], e['date_start'], e['place'] and e['place']['name'],
                                     sorted(repr((s['outlet'], s['fatalities'])) for s in e['sources'])))
                               for e in d['events'])
        check('GNU parallel --pipe recipe: every article in', r.returncode == 0 and n4 == 60,
              r.stderr.decode('utf-8', 'replace'))
        check('GNU parallel --pipe recipe: the same fused events as a direct import',
              key(a4) == key(a5) and len(a4['events']) > 0, (len(a4.get('events', [])), len(a5.get('events', []))))
    else:
        results.append(('GNU parallel recipe # SKIP parallel is not installed', True, ''))

    # ---- two imports into one file at once: both wait their turn, nothing lost
    both = p('both.marsad')
    run('collection', 'create', both)
    gen_a, gen_b = p('a.jsonl'), p('b.jsonl')
    for path, seed in ((gen_a, '5'), (gen_b, '6')):
        with open(path, 'w', encoding='utf-8') as f:
            subprocess.run([sys.executable, generator, '-n', '80', '--seed', seed, '--size', '500'],
                           stdout=f, check=True)
    procs = [subprocess.Popen([marsad, 'collection', 'add', both, path], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE) for path in (gen_a, gen_b)]
    outs = [pr.communicate(timeout=300)[1].decode('utf-8', 'replace') for pr in procs]
    expected = len({json.loads(l)['text'].strip() for path in (gen_a, gen_b) for l in open(path, encoding='utf-8')})
    db = sqlite3.connect(both)
    n_both = db.execute('SELECT count(*) FROM articles').fetchone()[0]
    integrity = db.execute('PRAGMA integrity_check').fetchone()[0]
    db.close()
    check('two imports at once: both succeed, every article once (%d)' % n_both,
          all(pr.returncode == 0 for pr in procs) and n_both == expected, outs)
    check('two imports at once: PRAGMA integrity_check is ok', integrity == 'ok', integrity)

    # ---- a collection is untrusted input: a schema Marsad did not write is refused
    forged = p('forged.marsad')
    shutil.copyfile(both, forged)
    db = sqlite3.connect(forged)
    db.execute('CREATE TRIGGER spy AFTER INSERT ON articles BEGIN SELECT 1; END')
    db.commit()
    db.close()
    code, out, err = run('collection', 'list', forged)
    check('a tampered schema: refused with one line naming the file and the trigger',
          code == 1 and one_line(err) and forged in err and 'spy' in err, err)

    # ---- killed during an import: what was stored stays, nothing is corrupt
    big = p('big')
    subprocess.run([sys.executable, generator, '-n', '400', '--folder', big], check=True)
    c6 = p('killed.marsad')
    run('collection', 'create', c6)
    proc = subprocess.Popen([marsad, 'collection', 'add', '-v', '--jobs', '2', c6, big],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stored = []
    deadline = time.monotonic() + 120
    while len(stored) < 25 and time.monotonic() < deadline:
        line = proc.stderr.readline().decode('utf-8', 'replace')
        if not line:
            break
        if line.startswith('added '):
            stored.append(line.split(' ', 2)[2].strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # the lines the pipe still held were stored too
    rest = proc.stderr.read().decode('utf-8', 'replace')
    stored += [l.split(' ', 2)[2].strip() for l in rest.splitlines() if l.startswith('added ')]
    db = sqlite3.connect(c6)
    integrity = db.execute('PRAGMA integrity_check').fetchone()[0]
    fts = db.execute("INSERT INTO article_search (article_search) VALUES ('integrity-check')") and 'ok'
    n_stored = db.execute('SELECT count(*) FROM articles').fetchone()[0]
    orphans = db.execute('SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)').fetchone()[0]
    db.close()
    check('killed mid-import: PRAGMA integrity_check is ok (and the search index)',
          integrity == 'ok' and fts == 'ok', integrity)
    check('killed mid-import: every article reported stored is there, partly imported (%d of 400)' % n_stored,
          len(stored) >= 25 and len(stored) <= n_stored < 400 and orphans == 0, (len(stored), n_stored))
    code, out, err = run('collection', 'add', c6, big)
    check('the import run again adds only the rest',
          code == 0 and ('%d added, %d already there' % (400 - n_stored, n_stored)) in err, err)

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if not ok and detail:
        for line in detail.splitlines():
            print('# ' + line)
sys.exit(0)
