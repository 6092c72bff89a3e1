#!/usr/bin/env python3
"""`marsad extract` as a pipeline sees it: the contract on good input, one
clear line and a non-zero status on bad input, never a crash.

Usage: check-cli.py MARSAD SAMPLE_ARTICLE
Prints TAP.
"""
import json, os, subprocess, sys, tempfile

marsad, sample = sys.argv[1], sys.argv[2]
results = []

def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))

def run(*args, stdin=None):
    r = subprocess.run([marsad, 'extract', *args], input=stdin, capture_output=True, timeout=120)
    return r.returncode, r.stdout, r.stderr.decode('utf-8', 'replace')

with tempfile.TemporaryDirectory() as tmp:
    def write(name, data):
        path = os.path.join(tmp, name)
        with open(path, 'wb') as f:
            f.write(data)
        return path

    # --- good input: the contract's offsets hold, a BOM is not counted
    text = open(sample, encoding='utf-8').read()
    bom = write('bom.txt', b'\xef\xbb\xbf' + text.encode('utf-8'))
    code, out, err = run('--published', '2024-03-12', bom)
    check('sample with a BOM: exit 0', code == 0, err)
    doc = json.loads(out) if code == 0 else {}
    spans_ok = all(text[m['start']:m['end']] == m['text'] for p in doc.get('places', []) for m in p['mentions'])
    check('every mention is text[start:end] of the text without its BOM', doc.get('places') and spans_ok)
    check('published date echoed', doc.get('published') == '2024-03-12')
    for key in ('sentences', 'places', 'events', 'statements'):
        check(f'"{key}" is an array', isinstance(doc.get(key), list))
    ids = [p['id'] for p in doc.get('places', [])]
    check('place ids are unique', len(ids) == len(set(ids)))
    check('event places refer to places', all(e['place'] in ids for e in doc.get('events', []) if e['place']))

    code, out2, err = run('--published', '2024-03-12', '-', stdin=text.encode('utf-8'))
    check('standard input gives the same places', code == 0 and json.loads(out2)['places'] == json.loads(out)['places'], err)

    # no date given: relative dates stay null unless the text itself dates
    # the article (then the output says so)
    undated = write('undated.txt', 'قصفت طائرات مسيرة مواقع في الرمادي مساء أمس.'.encode('utf-8'))
    code, out3, err = run(undated)
    nodate = json.loads(out3) if code == 0 else {}
    check('no publication date: "أمس" is not resolved from the clock',
          code == 0 and nodate.get('published') is None and
          all(e['date_start'] is None for e in nodate.get('events', [])), out3[:300])

    # --- a saved analysis keeps its corrections; a new date re-dates its events
    saved = dict(json.loads(out), format='marsad-analysis', version=1, text=text)
    saved['places'][0]['name'] = 'مكان صححه المحلل'
    saved_path = write('saved.json', json.dumps(saved, ensure_ascii=False).encode('utf-8'))
    code, out4, err = run(saved_path)
    again = json.loads(out4) if code == 0 else {}
    check('a saved analysis is printed with its corrections', again.get('places', [{}])[0].get('name') == 'مكان صححه المحلل', err)
    code, out5, err = run('--published', '2024-03-19', saved_path)
    redated = json.loads(out5) if code == 0 else {}
    check('a new date keeps the corrected places', redated.get('places', [{}])[0].get('name') == 'مكان صححه المحلل', err)
    check('a new date moves the events', redated.get('published') == '2024-03-19' and
          [e['date_start'] for e in redated.get('events', [])] != [e['date_start'] for e in again.get('events', [])], err)

    # --- bad input: one line naming the file, non-zero status
    bad = {
        'missing': os.path.join(tmp, 'no-such-article.txt'),
        'empty': write('empty.txt', b''),
        'blank': write('blank.txt', b' \n\t\n'),
        'binary': write('image.png', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(range(256))),
        'invalid UTF-8': write('latin1.txt', 'بغداد'.encode('utf-8') + b' caf\xe9 ' + 'العراق'.encode('utf-8')),
        'UTF-16': write('utf16.txt', 'بغداد'.encode('utf-16')),
        'folder': tmp,
        'broken analysis': write('broken.json', b'{"format": "marsad-analysis", "version": 1, "text": "abc", "places": [{"id": 1'),
    }
    for what, path in bad.items():
        code, out, err = run(path)
        lines = [l for l in err.splitlines() if l.strip()]
        check(f'{what}: non-zero exit, no output', code not in (0, -11, -6) and code > 0 and not out, f'exit {code}')
        check(f'{what}: one line naming the file', len(lines) == 1 and os.path.basename(path) in lines[0], err)
    code, out, err = run(bad['invalid UTF-8'])
    check('invalid UTF-8: the byte offset is given', 'byte 14' in err, err)

    code, out, err = run('--published', '24/01/2024', sample)
    check('a malformed date is a usage error (exit 2)', code == 2 and '24/01/2024' in err, err)
    code, out, err = run('--format', 'xml', sample)
    check('an unknown format is a usage error (exit 2)', code == 2 and 'xml' in err, err)

    # --- writing: atomic, and a clear error for an unwritable path
    target = os.path.join(tmp, 'out', 'events.geojson')
    code, out, err = run('--format', 'geojson', '-o', target, sample)
    check('unwritable path: error naming it', code == 1 and 'events.geojson' in err, err)
    check('unwritable path: nothing left behind', not os.path.exists(os.path.dirname(target)))
    good = os.path.join(tmp, 'events.csv')
    code, out, err = run('--format', 'csv', '-o', good, sample)
    check('csv to a file', code == 0 and open(good, encoding='utf-8').readline().startswith('event_id_cnty,'), err)
    check('no temporary file left', sorted(f for f in os.listdir(tmp) if f.startswith('events.csv')) == ['events.csv'])

print(f'1..{len(results)}')
for i, (name, ok, detail) in enumerate(results, 1):
    print(f'{"ok" if ok else "not ok"} {i} {name}')
    if not ok and detail:
        for line in str(detail).splitlines()[:3]:
            print(f'# {line}')
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
