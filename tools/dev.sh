#!/bin/sh
# tools/dev.sh run|test|build|test-asan|fuzz [SECONDS]|gazetteer|memory FILE — set up a
# Debian 12 machine, build, then run Marsad on the bundled sample article, run
# every test, run every test under AddressSanitizer and UndefinedBehaviorSanitizer
# (build-asan/), run each libFuzzer target for SECONDS (build-fuzz/, clang), or
# rebuild data/gazetteer.bin from ../shared/geodata and the project's tables,
# or profile the heap of `marsad extract FILE` (heaptrack; valgrind's massif too).
# Installs missing packages with apt when run as root; otherwise prints the
# exact apt line to run and stops.
set -eu

cd "$(dirname "$0")/.."
what=${1:-run}

# Build and test dependencies (PLATFORM.md's stack, plus the tools the tests call).
packages="libgtk-4-dev libshumate-dev libadwaita-1-dev libjson-glib-dev libicu-dev libxml2-dev
meson ninja-build gcc pkg-config gettext appstream desktop-file-utils xvfb xauth dbus
fonts-noto-core fonts-kacst fonts-arabeyes imagemagick poppler-utils librsvg2-bin python3
flatpak-builder libsqlite3-dev parallel"
# only for `fuzz`: libFuzzer comes with clang
case "$what" in
  fuzz) packages="$packages clang" ;;
  # the gazetteer builder asks GNU Aspell which names are ordinary words
  gazetteer) packages="$packages aspell aspell-ar" ;;
  # what holds the memory at the peak (bench/README.md, bench-hostile.py)
  memory) packages="$packages heaptrack valgrind" ;;
esac

missing=
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
  else
    echo "Missing packages. Run as root:"
    echo "  apt-get update && apt-get install -y --no-install-recommends$missing"
    exit 1
  fi
fi

if [ "$what" != fuzz ] && [ "$what" != test-asan ] && [ "$what" != gazetteer ]; then
  if [ ! -f build/build.ninja ]; then
    meson setup build --buildtype=debugoptimized
  fi
  ninja -C build
fi

summarise () {
  # meson's own log says how many passed and failed; one closing line for CI
  python3 - "$1/meson-logs/testlog.json" <<'PY'
import json, sys
counts = {}
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip()
    if line:
        r = json.loads(line)['result']
        counts[r] = counts.get(r, 0) + 1
passed = counts.get('OK', 0)
failed = sum(v for k, v in counts.items() if k not in ('OK', 'SKIP', 'EXPECTEDFAIL'))
skipped = counts.get('SKIP', 0)
print(f'{passed} passed, {failed} failed, {skipped} skipped')
PY
}

case "$what" in
  build)
    ;;
  run)
    shift || true
    [ $# -gt 0 ] || set -- data/sample-article.txt
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec env GSETTINGS_SCHEMA_DIR="$PWD/build/data" build/src/marsad "$@"
    fi
    echo "No display: showing what the app would map, as JSON (marsad extract)."
    exec build/src/marsad extract --pretty "$1"
    ;;
  test)
    set +e
    meson test -C build --print-errorlogs --num-processes 2
    status=$?
    set -e
    summarise build
    exit $status
    ;;
  test-asan)
    # the whole suite, GUI test included, under ASan+UBSan; LeakSanitizer
    # reads tests/lsan.supp (set by tests/meson.build for every test)
    if [ ! -f build-asan/build.ninja ]; then
      meson setup build-asan --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false
    fi
    ninja -C build-asan -j2
    set +e
    # GDK_DEBUG=gl-disable: the GUI tests draw with cairo; GTK's probe for
    # OpenGL loads Mesa, which leaks 128 bytes and is unloaded before the
    # leak check (a report no suppression can name)
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      GDK_DEBUG=gl-disable MARSAD_TEST_SLOWDOWN=6 meson test -C build-asan --print-errorlogs --num-processes 2 --timeout-multiplier 4
    status=$?
    set -e
    summarise build-asan
    exit $status
    ;;
  fuzz)
    # each target for SECONDS (default 60) on one core, corpora kept in
    # build-fuzz/corpus-NAME so that runs build on each other
    seconds=${2:-60}
    if [ ! -f build-fuzz/build.ninja ]; then
      CC=clang meson setup build-fuzz --buildtype=debugoptimized -Dfuzzing=true
    fi
    ninja -C build-fuzz -j2 tests/fuzz/fuzz-extract tests/fuzz/fuzz-analysis tests/fuzz/fuzz-html tests/fuzz/fuzz-jsonl
    status=0
    for t in extract analysis html jsonl; do
      case $t in
        extract) seeds="tests/fuzz/seeds/html tests/fuzz/seeds/large tests/fuzz/seeds/analysis tests/fixtures/articles" ;;
        analysis) seeds="tests/fuzz/seeds/analysis" ;;
        html) seeds="tests/fuzz/seeds/html" ;;
        jsonl) seeds="tests/fuzz/seeds/jsonl" ;;
      esac
      # shellcheck disable=SC2086
      MARSAD_DATA_DIR="$PWD/data" LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
        python3 tests/fuzz/run-fuzz.py "build-fuzz/tests/fuzz/fuzz-$t" --seconds "$seconds" \
          --corpus "build-fuzz/corpus-$t" -- $seeds || status=1
    done
    exit $status
    ;;
  gazetteer)
    python3 tools/build-borders.py
    exec python3 tools/build-gazetteer.py
    ;;
  memory)
    # the allocation sites by peak, then heaptrack's file for a closer look
    # (valgrind --tool=massif counts a realloc's two blocks at once: heaptrack
    # and the process' own RSS are the figures to trust)
    [ $# -ge 2 ] || { echo "usage: tools/dev.sh memory FILE" >&2; exit 2; }
    out=build/heaptrack-extract
    rm -f "$out".*
    heaptrack -o "$out" build/src/marsad extract "$2" >/dev/null
    heaptrack_print -f "$out".zst -p 1 -a 0 -T 0 -l 0 -n 12 | sed -n '/PEAK MEMORY/,$p' | head -120
    echo "heaptrack data: $out.zst"
    ;;
  *)
    echo "usage: tools/dev.sh run [FILE…] | test | build | test-asan | fuzz [SECONDS] | gazetteer | memory FILE" >&2
    exit 2
    ;;
esac
