#!/usr/bin/env bash
# Loads rendered charts (SVG, and the HTML export) in headless Chromium, screenshots
# them and checks that a non-blank PNG came out. Installs Debian's chromium when it is
# missing and apt-get is usable; otherwise prints "skipped" and exits 0.
#
# Usage: scripts/browser-check.sh [OUT_DIR]   (default: target/browser-check)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/browser-check}"
mkdir -p "$out"

browser=""
for b in chromium chromium-browser; do
  if command -v "$b" >/dev/null 2>&1; then browser="$b"; break; fi
done
if [ -z "$browser" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "browser-check: installing chromium" >&2
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1; then
    browser=chromium
  fi
fi
if [ -z "$browser" ]; then
  echo "browser-check: skipped (chromium is not installed and cannot be installed here)"
  exit 0
fi

# Render the sample charts and the HTML page with the library.
cargo run --quiet --example render_samples -- "$out" 1600 >/dev/null

status=0
check() {
  local page="$1" shot="$2" size="$3"
  local profile
  profile="$(mktemp -d)"
  rm -f "$shot"
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size="$size" \
    --screenshot="$shot" "file://$(realpath "$page")" >/dev/null 2>&1 || true
  rm -rf "$profile"
  if [ ! -s "$shot" ]; then
    echo "browser-check: FAILED: no screenshot of $page"; status=1; return
  fi
  # Non-blank: a PNG whose decompressed pixels are not all one colour.
  if ! python3 - "$shot" <<'PY'
import sys, zlib, struct
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, w, h = 8, b'', 0, 0
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR':
        w, h = struct.unpack('>II', body[:8])
    elif kind == b'IDAT':
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
distinct = len(set(raw[i:i + 64] for i in range(0, len(raw), 4099)))
sys.exit(0 if w > 0 and h > 0 and distinct > 8 else 1)
PY
  then
    echo "browser-check: FAILED: $shot is blank"; status=1; return
  fi
  echo "browser-check: ok $page -> $shot"
}

check "$out/seed.svg" "$out/seed-svg.png" "1600,800"
check "$out/generated-200.svg" "$out/generated-200-svg.png" "1600,1700"
check "$out/seed.html" "$out/seed-html.png" "1400,1600"
exit $status
