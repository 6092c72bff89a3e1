#!/usr/bin/env python3
"""Extraction speed against GNU grep, in one run.

Usage: bench/bench-extract.py [BUILD_DIR] [--runs N] [--mb SIZE]

Builds a multi-megabyte Arabic corpus (the ANERcorp development text from
../shared when present, else the project's own sample and fixture articles,
repeated), dumps the gazetteer's Arabic names, then times, alternately,
  A: marsad extract CORPUS            (the whole pipeline, JSON to /dev/null)
  B: grep -F -o -f NAMES CORPUS       (the same names, found in the same text)
and prints the median wall time, CPU time and peak memory of each, the
ratio A/B pair by pair, and the gazetteer's load time.
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)

def corpus_text(target_bytes):
    aner = os.path.join(repo, '..', 'shared', 'corpus', 'anercorp-dev', 'ANERCorp-train-part.txt')
    if os.path.exists(aner):
        toks = [l.rsplit(None, 1)[0] for l in open(aner, encoding='utf-8-sig') if len(l.split()) >= 2]
        base, source = ' '.join(toks) + '\n', 'ANERcorp development text'
    else:
        parts = [os.path.join(repo, 'data', 'sample-article.txt')]
        fixtures = os.path.join(repo, 'tests', 'fixtures', 'articles')
        if os.path.isdir(fixtures):
            parts += sorted(os.path.join(fixtures, f) for f in os.listdir(fixtures) if f.endswith('.txt'))
        base = '\n\n'.join(open(p, encoding='utf-8').read() for p in parts) + '\n'
        source = 'the project\'s own articles'
    reps = max(1, -(-target_bytes // len(base.encode())))
    return base * reps, source, reps

def run(cmd, out=subprocess.DEVNULL):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) not in (0, 1):   # grep exits 1 when nothing matched
        sys.exit(f'bench-extract: {cmd[0]} failed ({status})')
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('build', nargs='?', default=os.path.join(repo, 'build'))
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--mb', type=float, default=4.0)
    args = ap.parse_args()
    marsad = os.path.join(args.build, 'src', 'marsad')
    names_tool = os.path.join(args.build, 'bench', 'gazetteer-names')
    env = dict(os.environ, MARSAD_DATA_DIR=os.path.join(repo, 'data'), LC_ALL='C.UTF-8')
    os.environ.update(env)

    with tempfile.TemporaryDirectory() as tmp:
        text, source, reps = corpus_text(int(args.mb * 1e6))
        corpus = os.path.join(tmp, 'corpus.txt')
        with open(corpus, 'w', encoding='utf-8') as f:
            f.write(text)
        names = os.path.join(tmp, 'names.txt')
        r = subprocess.run([names_tool], capture_output=True, text=True, check=True)
        with open(names, 'w', encoding='utf-8') as f:
            f.write(r.stdout)
        load = r.stderr.strip()
        n_names = r.stdout.count('\n')
        size_mb = os.path.getsize(corpus) / 1e6
        print(f'corpus: {size_mb:.2f} MB ({source} ×{reps}); {n_names} gazetteer names; {load}')

        a_cmd = [marsad, 'extract', corpus]
        b_cmd = ['grep', '-F', '-o', '-f', names, corpus]
        run(a_cmd); run(b_cmd)                                # warm-up: page cache
        rows = []
        for _ in range(args.runs):
            rows.append((run(a_cmd), run(b_cmd)))

    def med(i, j):
        return statistics.median(r[i][j] for r in rows)
    ratios = [a[0] / b[0] for a, b in rows]
    print(f'{"":26} {"wall s":>8} {"cpu s":>8} {"peak MB":>8}')
    print(f'{"A marsad extract":26} {med(0,0):8.3f} {med(0,1):8.3f} {med(0,2):8.1f}')
    print(f'{"B grep -F -o (same names)":26} {med(1,0):8.3f} {med(1,1):8.3f} {med(1,2):8.1f}')
    print(f'A/B wall ratio: median {statistics.median(ratios):.2f} '
          f'(min {min(ratios):.2f}, max {max(ratios):.2f}) over {args.runs} pairs; '
          f'marsad {size_mb / med(0,0):.1f} MB/s')

if __name__ == '__main__':
    main()
