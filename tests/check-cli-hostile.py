#!/usr/bin/env python3
"""`marsad extract` on hostile input and hostile output paths: what a review
with a fuzzer and a hundred bad inputs found (issue 11). Every check here
failed before its fix.

Usage: check-cli-hostile.py MARSAD SAMPLE_ARTICLE
Prints TAP.
"""
import json, os, signal, socket, stat, subprocess, sys, tempfile, time
import xml.dom.minidom

marsad, sample = sys.argv[1], sys.argv[2]
results = []

def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))

# sanitizer builds run several times slower (tools/dev.sh test-asan sets 6)
slow = float(os.environ.get('MARSAD_TEST_SLOWDOWN', '1'))

def run(*args, stdin=None, timeout=60, env=None, stdout=subprocess.PIPE):
    full_env = dict(os.environ, **(env or {}))
    timeout *= slow
    try:
        r = subprocess.run([marsad, 'extract', *args], input=stdin, stdout=stdout,
                           stderr=subprocess.PIPE, timeout=timeout, env=full_env)
    except subprocess.TimeoutExpired:
        return 'timeout', b'', 'timed out'
    # bytes that are not UTF-8 show as U+FFFD, which the checks look for
    return r.returncode, r.stdout or b'', r.stderr.decode('utf-8', 'replace')

def parses(text):
    try:
        return json.loads(text)
    except Exception:
        return None

def names(out):
    try:
        return [p['name'] for p in json.loads(out)['places']]
    except Exception:
        return []

def one_line(err):
    return len([l for l in err.splitlines() if l.strip()]) == 1

text = open(sample, encoding='utf-8').read()

with tempfile.TemporaryDirectory() as tmp:
    def path(name):
        return os.path.join(tmp, name)

    def write(name, data):
        with open(path(name), 'wb') as f:
            f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
        return path(name)

    # --- 1. -o replaces only regular files
    fifo = path('out.fifo')
    os.mkfifo(fifo)
    code, out, err = run('-f', 'csv', '-o', fifo, sample, timeout=20)
    check('-o FIFO: refused with one line naming it', code == 1 and one_line(err) and 'out.fifo' in err, f'{code} {err}')
    check('-o FIFO: still a FIFO', stat.S_ISFIFO(os.lstat(fifo).st_mode))
    sock_path = path('out.sock')
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(sock_path)
    code, out, err = run('-o', sock_path, sample, timeout=20)
    check('-o socket: refused', code == 1 and stat.S_ISSOCK(os.lstat(sock_path).st_mode), err)
    sock.close()
    if os.geteuid() == 0:
        dev = path('null')
        os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        code, out, err = run('-o', dev, sample, timeout=20)
        check('-o character device (as root): refused, still a device',
              code == 1 and stat.S_ISCHR(os.lstat(dev).st_mode), err)
    real = write('real.geojson', 'old')
    link = path('link.geojson')
    os.symlink('real.geojson', link)
    code, out, err = run('-f', 'geojson', '-o', link, sample)
    check('-o symlink: the link stays a link', code == 0 and os.path.islink(link), err)
    check('-o symlink: its target is written', (parses(open(real, 'rb').read()) or {}).get('type') == 'FeatureCollection')
    check('-o symlink: no temporary left', sorted(os.listdir(tmp)) == sorted(
        ['out.fifo', 'out.sock', 'real.geojson', 'link.geojson'] + (['null'] if os.geteuid() == 0 else [])))

    # --- 2. a deeply nested saved analysis
    deep = write('deep.json', '{"format": "marsad-analysis", "version": 1, "text": "نص", "x": '
                 + '[' * 100000 + ']' * 100000 + '}')
    code, out, err = run(deep)
    check('100,000 nested arrays: exit 1, one line naming the file', code == 1 and one_line(err) and 'deep.json' in err, f'{code} {err[:200]}')
    deep_obj = write('deep-obj.json', '{"format": "marsad-analysis", "version": 1, "text": "نص", "x": '
                     + '{"a":' * 100000 + '1' + '}' * 100000 + '}')
    code, out, err = run(deep_obj)
    check('100,000 nested objects: exit 1', code == 1 and one_line(err), f'{code} {err[:200]}')

    # --- 3. repeated quotations: linear, not quadratic (40,000 took 81 s)
    quoted = write('quotes.txt', 'قال المتحدث «إن القوات قصفت مواقع في الرمادي صباح اليوم». ' * 40000)
    start = time.monotonic()
    code, out, err = run(quoted, timeout=40, stdout=subprocess.DEVNULL)
    check('40,000 repeats of one quotation finish (well under 40 s)', code == 0, f'{code} {time.monotonic() - start:.1f} s')

    # casualty figures in one endless sentence: each looked for its source
    # across the whole sentence (1 MB took about 100 s)
    figures = write('figures.txt', 'قتل 5 أشخاص و' * 80000)
    start = time.monotonic()
    code, out, err = run(figures, timeout=40, stdout=subprocess.DEVNULL)
    check('80,000 casualty figures in one sentence finish (well under 40 s)', code == 0, f'{code} {time.monotonic() - start:.1f} s')

    # --- 4. write errors on standard output
    for fmt in ('json', 'geojson', 'csv', 'kml'):
        with open('/dev/full', 'wb') as full:
            code, out, err = run('-f', fmt, sample, stdout=full)
        check(f'{fmt} to /dev/full: exit 1 with a message', code == 1 and one_line(err) and 'standard output' in err, f'{code} {err}')
    p = subprocess.Popen([marsad, 'extract', quoted], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.read(10)
    p.stdout.close()
    err = p.stderr.read().decode('utf-8', 'replace')
    code = p.wait(timeout=60)
    check('a closed pipe: exit 1 with a message, not a silent SIGPIPE', code == 1 and 'standard output' in err, f'{code} {err}')

    # --- 5. reading is bounded and only regular files are read
    in_fifo = path('in.fifo')
    os.mkfifo(in_fifo)
    code, out, err = run(in_fifo, timeout=10)
    check('a FIFO with no writer: refused at once', code == 1 and one_line(err) and 'in.fifo' in err, f'{code} {err}')
    code, out, err = run('/dev/zero', timeout=10)
    check('/dev/zero: refused at once', code == 1 and one_line(err), f'{code} {err}')
    sparse = path('sparse.txt')
    with open(sparse, 'wb') as f:
        f.truncate(2 * 1024 ** 3)
    start = time.monotonic()
    code, out, err = run(sparse, timeout=10)
    check('a 2 GB sparse file: "too large" before reading', code == 1 and 'too large' in err and time.monotonic() - start < 5 * slow, f'{code} {err}')
    os.unlink(sparse)
    code, out, err = run('-', stdin=b'\xd8\xa8' * (130 * 1024 * 1024), timeout=60, stdout=subprocess.DEVNULL)
    check('260 MB on standard input: "too large"', code == 1 and 'too large' in err, f'{code} {err}')

    # --- 6 and 7. a saved analysis: controls in KML, wrong types answered in one line
    code, out, err = run('--published', '2024-03-12', sample)
    good = dict(json.loads(out), format='marsad-analysis', version=1, text=text)
    controls = ''.join(chr(c) for c in range(1, 32)) + '\u200f\u2067\u2069'
    hostile = json.loads(json.dumps(good))
    hostile['places'][0]['name'] = 'بغداد' + controls
    hostile['title'] = controls
    hostile_path = write('controls.json', json.dumps(hostile, ensure_ascii=False))
    code, out, err = run('-f', 'kml', hostile_path)
    try:
        xml.dom.minidom.parseString(out)
        well_formed = True
    except Exception as e:
        well_formed, err = False, str(e)
    check('KML of names with every C0 control is well-formed XML', code == 0 and well_formed, err)
    for fmt in ('json', 'geojson'):
        code, out, err = run('-f', fmt, hostile_path)
        check(f'{fmt} of names with every C0 control parses', code == 0 and parses(out) is not None, err)

    # lone surrogates (escaped in JSON) become U+FFFD; offsets still fit
    lone = json.loads(json.dumps(good))
    lone['text'] = text.replace(' ', ' \ud800 ', 1)
    lone['title'] = 'عنوان \udfff'
    lone['events'] = lone['statements'] = []
    for p in lone['places']:
        p['mentions'] = []
    lone_path = write('lone.json', json.dumps(lone, ensure_ascii=True))
    code, out, err = run('-f', 'kml', lone_path)
    # json-glib refuses most lone surrogates itself; those it lets through
    # arrive as bytes that are not UTF-8 and are replaced
    check('lone surrogates in a saved analysis: replaced (KML well-formed) or refused in one line',
          (code == 0 and '\ufffd' in out.decode('utf-8') and xml.dom.minidom.parseString(out) is not None) or
          (code == 1 and one_line(err) and 'lone.json' in err), f'{code} {err}')
    sur = write('sur.json', '{"format":"marsad-analysis","version":1,'
                '"text":"قصفت طائرات مواقع قرب الرمادي \\ud800 و\\udfff نص"}')
    code, out, err = run('-f', 'kml', sur)
    check('a lone surrogate json-glib passes on: replaced, the KML well-formed',
          code == 0 and xml.dom.minidom.parseString(out) is not None, f'{code} {err}')

    r = subprocess.run([marsad, 'extract', write('bad-string.json', '{"format":"marsad-analysis","version":1,"text":"نص",'
                        '"places":[{"id":"p1","name":"x\\ud800","lat":1,"lon":2}]}')], capture_output=True, timeout=30)
    try:
        err = r.stderr.decode('utf-8')
    except UnicodeDecodeError:
        err = None
    check('a JSON error quoting a bad string is valid UTF-8, one line', r.returncode == 1 and err is not None and
          one_line(err) and 'bad-string.json' in err, r.stderr)

    def mutated(name, change):
        doc = json.loads(json.dumps(good))
        change(doc)
        return write(name + '.json', json.dumps(doc, ensure_ascii=False))

    def setp(key, value):
        return lambda d: d['places'][0].__setitem__(key, value)

    def sete(key, value):
        return lambda d: d['events'][0].__setitem__(key, value)

    n = len(text)
    bad = {
        'mentions not an array': (setp('mentions', 'x'), 'mentions'),
        'a mention not an object': (setp('mentions', [1]), 'mentions'),
        'a place not an object': (lambda d: d['places'].__setitem__(0, 'بغداد'), 'places'),
        'lat a string': (setp('lat', '33.3'), 'lat'),
        'lat out of range': (setp('lat', 200), 'lat'),
        'lon missing': (lambda d: d['places'][0].pop('lon'), 'lon'),
        'approximate a string': (setp('approximate', 'yes'), 'approximate'),
        'name a number': (setp('name', 5), 'name'),
        'a mention past the text': (lambda d: d['places'][0]['mentions'][0].__setitem__('end', n + 5), 'mentions'),
        'a mention start a string': (lambda d: d['places'][0]['mentions'][0].__setitem__('start', '3'), 'start'),
        'a mention in no sentence': (lambda d: d['places'][0]['mentions'][0].__setitem__('sentence', 10 ** 6), 'sentence'),
        'duplicate place ids': (lambda d: d['places'][1].__setitem__('id', d['places'][0]['id']), 'not unique'),
        'an event at no place': (sete('place', 'p999'), 'p999'),
        'background a string': (sete('background', 'no'), 'background'),
        'time_precision out of range': (sete('time_precision', 99), 'time_precision'),
        'actors not an array': (sete('actors', 'الجيش'), 'actors'),
        'fatalities an array': (sete('fatalities', [1]), 'fatalities'),
        'a fatality count a string': (sete('fatalities', {'min': '3'}), 'min'),
        'a trigger outside the text': (sete('trigger', [0, n + 1]), 'trigger'),
        'events an object': (lambda d: d.__setitem__('events', {}), 'events'),
        'sentences not objects': (lambda d: d.__setitem__('sentences', [[0, 1]]), 'sentences'),
        'version a string': (lambda d: d.__setitem__('version', '1'), 'version'),
        'format a number (marker elsewhere)': (lambda d: d.update(format=1, note='marsad-analysis'), 'format'),
        'published lenient': (lambda d: d.__setitem__('published', '2024-1-5'), 'published'),
        'a statement naming no event': (lambda d: d['statements'].append({'start': 0, 'end': 1, 'events': ['e999']}), 'e999'),
        'text an array': (lambda d: d.__setitem__('text', ['نص']), 'text'),
    }
    for what, (change, member) in bad.items():
        p = mutated(what.replace(' ', '-'), change)
        # fatal-warnings: criticals and warnings (a GError set twice) abort
        code, out, err = run(p, env={'G_DEBUG': 'fatal-warnings'})
        check(f'analysis with {what}: exit 1, one line naming {member}',
              code == 1 and not out and one_line(err) and member in err, f'{code} {err[:300]}')

    # --- 8. --published accepts exactly YYYY-MM-DD
    for value in ('0001-01-01', '2024-1-5', '2024-+1-01', ' 2024-01-05', '2024-01-05 ', '2024-02-30', '99999-01-01', '+2024-01-05'):
        code, out, err = run('--published', value, sample, env={'G_DEBUG': 'fatal-criticals'})
        check(f'--published "{value}": a usage error (exit 2)', code == 2 and one_line(err), f'{code} {err}')
    code, out, err = run('--published', '2024-02-29', sample)
    check('--published 2024-02-29: accepted', code == 0, err)

    # --- 9. HTML: deep nesting and text past libxml2's 10 MB node limit
    para = 'قصفت طائرات مسيرة مواقع قرب مدينة الرمادي غرب العراق. '
    nested = write('nested.html', '<html><body>' + '<div>' * 300 + '<p>' + para * 3 + '</p>' + '</div>' * 300 + '</body></html>')
    code, out, err = run(nested)
    check('300 nested elements: the article text is found', code == 0 and 'الرمادي' in names(out), f'{code} {err}')
    huge_text = para * (11 * 1024 * 1024 // len(para.encode('utf-8')))
    code2, out2, err2 = run('-', stdin=('<html><body><p>' + huge_text + 'دمشق</p></body></html>').encode('utf-8'), timeout=120)
    check('an 11 MB text node is read whole (its last word too)', code2 == 0 and 'دمشق' in names(out2), f'{code2} {err2}')

    # --- 10. a killed write leaves no temporary file
    outdir = path('killed')
    os.mkdir(outdir)
    target = os.path.join(outdir, 'events.json')
    p = subprocess.Popen([marsad, 'extract', '-o', target, '-'], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while not os.listdir(outdir) and time.monotonic() < deadline:
        time.sleep(0.02)
    had_temp = bool(os.listdir(outdir))
    p.send_signal(signal.SIGTERM)
    code = p.wait(timeout=10)
    check('SIGTERM during a write: the temporary file is removed',
          had_temp and os.listdir(outdir) == [] and code == -signal.SIGTERM, f'{had_temp} {os.listdir(outdir)} {code}')

    # --- legacy encodings (issue 12)
    arabic = 'قصفت طائرات مسيرة مواقع قرب مدينة الرمادي غرب العراق صباح الثلاثاء، وقال مصدر أمني إن القصف أدى إلى مقتل ثلاثة أشخاص.\n'
    for enc in ('cp1256', 'iso-8859-6'):
        p = write(f'legacy-{enc}.txt', arabic.encode(enc))
        code, out, err = run(p)
        check(f'{enc} text opens, its places found', code == 0 and 'الرمادي' in names(out), err)
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '<title>خبر</title></head><body><p>' + arabic + '</p></body></html>')
    p = write('legacy.html', page.encode('cp1256'))
    code, out, err = run(p)
    check('HTML declaring windows-1256 opens', code == 0 and 'الرمادي' in names(out), err)

print(f'1..{len(results)}')
for i, (name, ok, detail) in enumerate(results, 1):
    print(f'{"ok" if ok else "not ok"} {i} {name}')
    if not ok and detail:
        for line in str(detail).splitlines()[:3]:
            print(f'# {line}')
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
