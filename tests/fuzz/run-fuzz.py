#!/usr/bin/env python3
"""Runs one libFuzzer target for a while on a scratch corpus seeded from the
project's own files, and fails on any crash, sanitizer report or GLib
critical (the targets make criticals fatal).

Usage: run-fuzz.py TARGET --seconds N [--corpus DIR] [--jobs 1] -- SEED_DIR...
Prints the executions done, the crashes found and where they were saved.
"""
import argparse, os, re, shutil, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument('target')
ap.add_argument('--seconds', type=int, default=5)
ap.add_argument('--corpus', help='keep the corpus here (grows across runs)')
ap.add_argument('seeds', nargs='*')
args = ap.parse_intermixed_args()

name = os.path.basename(args.target)
scratch = tempfile.mkdtemp(prefix=name + '-')
corpus = args.corpus or os.path.join(scratch, 'corpus')
artifacts = os.path.join(scratch, 'crashes') + os.sep
os.makedirs(corpus, exist_ok=True)
os.makedirs(artifacts, exist_ok=True)

cmd = [args.target, f'-max_total_time={args.seconds}', '-timeout=30', '-rss_limit_mb=2560',
       '-max_len=65536', '-print_final_stats=1', f'-artifact_prefix={artifacts}', corpus,
       *[s for s in args.seeds if os.path.isdir(s)]]
env = dict(os.environ, ASAN_OPTIONS='abort_on_error=1:detect_leaks=1',
           UBSAN_OPTIONS='print_stacktrace=1:halt_on_error=1')
r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
log = r.stdout.decode('utf-8', 'replace')

execs = re.search(r'stat::number_of_executed_units:\s*(\d+)', log)
reports = [l for l in log.splitlines()
           if re.search(r'ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:|CRITICAL|WARNING \*\*|deadly signal', l)]
crashes = sorted(os.listdir(artifacts))
print(f'{name}: {execs.group(1) if execs else "?"} executions in {args.seconds} s, '
      f'{len(crashes)} crash files, {len(reports)} sanitizer/critical lines, exit {r.returncode}')
for l in reports[:20]:
    print('  ' + l)
for c in crashes:
    print('  saved: ' + os.path.join(artifacts, c))
if r.returncode != 0 or crashes or reports:
    print(log[-4000:])
    sys.exit(1)
shutil.rmtree(scratch)
