#!/usr/bin/env python3
"""Extraction on hostile shapes of text: is time linear in the text and peak
memory within 20 times the input?

Usage: bench/bench-hostile.py [BUILD_DIR] [--mb 1,10,100] [--kinds articles,places,quotes]

For each size and kind, writes a file of about that many megabytes of
  articles  the project's own sample and fixture articles, repeated;
  places    one place name after another ("بغداد الموصل حلب …");
  quotes    one quoted sentence said again and again;
  nostop    the articles with every full stop and line break made a space:
            one sentence (only on request: --kinds nostop);
runs `marsad extract FILE -o SCRATCH` once,
and prints wall and CPU time, MB/s, peak memory (wait4's ru_maxrss),
peak/input and, since the gazetteer and the code cost the same on any text
(measured on a one-sentence article first), (peak - that floor)/input.
A real article costs more than one sentence whatever its size: the pages
of the mapped gazetteer its words look up (10 of its 15 MB for the 4.8 KB
sample, the kernel mapping 64 KB around each page read) and ICU's data,
clean file pages shared with every other process; so the floor is also
measured on data/sample-article.txt, and (peak - article floor)/input is
the memory of the text itself (below 0 for a small text that looks up
fewer names than the article).
Linear time shows as a steady MB/s (CPU) from size to size. A real text
costs more than the one-sentence floor whatever its size (threads, the
gazetteer pages its names touch), so the last column gives the memory
that grows with the text alone: the peak's growth over the size's growth
since the size before, for the same kind.

The files are written a megabyte at a time: the child's ru_maxrss also
counts this script's own peak (the memory it shared with the child before
exec), and a 100 MB string built here once showed up in every later
child.
"""
import argparse, os, re, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)

def unit(kind):
    if kind == 'articles':
        parts = [os.path.join(repo, 'data', 'sample-article.txt')]
        fixtures = os.path.join(repo, 'tests', 'fixtures', 'articles')
        parts += sorted(os.path.join(fixtures, f) for f in os.listdir(fixtures) if f.endswith('.txt'))
        return '\n\n'.join(open(p, encoding='utf-8').read() for p in parts) + '\n'
    if kind == 'nostop':
        return re.sub(r'[.!?\u061F\n]+', ' ', unit('articles'))
    if kind == 'places':
        return ' '.join(['بغداد', 'الموصل', 'حلب', 'دمشق', 'بيروت', 'صنعاء', 'غزة', 'الرمادي']) + ' '
    if kind == 'quotes':
        return 'قال المتحدث باسم الجيش «إن القوات قصفت مواقع في الرمادي صباح اليوم». '
    raise SystemExit(f'unknown kind {kind}')

def run(marsad, path, out):
    start = time.monotonic()
    p = subprocess.Popen([marsad, 'extract', '-o', out, path], stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    err = p.stderr.read().decode('utf-8', 'replace').strip()
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, code, err

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('build', nargs='?', default=os.path.join(repo, 'build'))
    ap.add_argument('--mb', default='1,10,100')
    ap.add_argument('--kinds', default='articles,places,quotes')
    args = ap.parse_args()
    marsad = os.path.join(args.build, 'src', 'marsad')
    worst = worst_article = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        tiny = os.path.join(tmp, 'tiny.txt')
        with open(tiny, 'w', encoding='utf-8') as f:
            f.write(unit('quotes'))
        floor = run(marsad, tiny, os.path.join(tmp, 'out.json'))[2]
        article_floor = run(marsad, os.path.join(repo, 'data', 'sample-article.txt'), os.path.join(tmp, 'out.json'))[2]
        print(f'floor (one sentence): {floor / 2**20:.0f} MB; article floor (sample article): '
              f'{article_floor / 2**20:.0f} MB')
        print(f'{"kind":9} {"MB":>6} {"wall s":>8} {"cpu s":>8} {"MB/s cpu":>9} {"peak MB":>8} {"peak/in":>8} '
              f'{"(peak-floor)/in":>16} {"(peak-art)/in":>14} {"dpeak/din":>10}')
        for kind in args.kinds.split(','):
            base = unit(kind).encode('utf-8')
            before = None
            for mb in (float(x) for x in args.mb.split(',')):
                path = os.path.join(tmp, f'{kind}.txt')
                size = int(mb * 1024 * 1024)
                units = size // len(base) + 1
                per_chunk = max(1, 2**20 // len(base))
                with open(path, 'wb') as f:
                    for done in range(0, units, per_chunk):
                        f.write(base * min(per_chunk, units - done))
                size = os.path.getsize(path)
                wall, cpu, peak, code, err = run(marsad, path, os.path.join(tmp, 'out.json'))
                ratio = peak / size
                above = (peak - floor) / size
                above_article = (peak - article_floor) / size
                worst = max(worst, above)
                worst_article = max(worst_article, above_article)
                note = '' if code == 0 else f'  exit {code}: {err[:80]}'
                marginal = f'{(peak - before[1]) / (size - before[0]):10.1f}' if before else f'{"":10}'
                before = (size, peak)
                print(f'{kind:9} {size / 2**20:6.1f} {wall:8.2f} {cpu:8.2f} {size / 2**20 / cpu:9.2f} '
                      f'{peak / 2**20:8.0f} {ratio:8.1f} {above:16.1f} {above_article:14.1f} {marginal}{note}', flush=True)
                os.unlink(path)
    print(f'worst (peak - floor)/input: {worst:.1f}, (peak - article floor)/input: {worst_article:.1f} (bound: 20)')

if __name__ == '__main__':
    main()
