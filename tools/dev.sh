#!/bin/sh
# tools/dev.sh run|test|build — set up a Debian 12 machine, build, then run
# Marsad on the bundled sample article or run every test.
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

if [ ! -f build/build.ninja ]; then
  meson setup build --buildtype=debugoptimized
fi
ninja -C build

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
    # meson's own log says how many passed and failed; one closing line for CI
    python3 - build/meson-logs/testlog.json <<'PY'
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
    exit $status
    ;;
  *)
    echo "usage: tools/dev.sh run [FILE…] | test | build" >&2
    exit 2
    ;;
esac
