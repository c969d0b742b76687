#!/usr/bin/env bash
# Desktop viewer tests: the real program in a real (virtual) X display under Xvfb with Mesa's OpenGL.
# Screenshots land in build/test-artifacts/. Ends with "desktop: N passed, N failed".
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
folio="$top/build/native/folio"
out="$top/build/test-artifacts"
mkdir -p "$out"
pass=0; fail=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); echo "ok   - $name"; else fail=$((fail + 1)); echo "FAIL - $name"; fi
}
# PNG facts through Debian's python3-pil: size WxH, and enough distinct colours and non-background pixels.
png_ok() { # file width height
  /usr/bin/python3 - "$@" <<'PY'
import sys
from PIL import Image
path, w, h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
img = Image.open(path).convert("RGB")
if img.size != (w, h):
    sys.exit(f"{path}: size {img.size[0]}x{img.size[1]}, expected {w}x{h}")
colors = img.getcolors(maxcolors=1 << 20) or []
bg = max(colors)[1] if colors else None
inked = sum(n for n, c in colors if c != bg) / (w * h)
if len(colors) < 16 or inked < 0.02:
    sys.exit(f"{path}: looks blank ({len(colors)} colours, {inked:.1%} of pixels differ from the background)")
PY
}
xrun() { xvfb-run -a -s "-screen 0 1920x1200x24" "$@"; }

[ -x "$folio" ] || { echo "FAIL - $folio is missing: run scripts/build --native first"; echo "desktop: 0 passed, 1 failed"; exit 1; }

# run_expect CODE PATTERN CMD...: CMD exits with CODE and its output (stdout and stderr) holds PATTERN.
run_expect() {
  local code=$1 pattern=$2 output rc; shift 2
  output=$("$@" 2>&1); rc=$?
  [ "$rc" = "$code" ] || { echo "     exit code $rc, expected $code: $output"; return 1; }
  grep -qF -- "$pattern" <<<"$output" || { echo "     output lacks '$pattern': $output"; return 1; }
}

check "--help prints the usage" run_expect 0 "--screenshot PNG" "$folio" --help
check "an unknown option is refused with exit code 2" run_expect 2 "unknown option --bogus" "$folio" --bogus
check "a bad --size is refused with a message" run_expect 2 "WIDTHxHEIGHT" "$folio" --size 12

shot="$out/desktop-article.png"
rm -f "$shot"
check "--screenshot of the seed article exits 0" xrun "$folio" --screenshot "$shot" --size 1280x800
check "the screenshot is a non-blank 1280x800 PNG" png_ok "$shot" 1280 800

small="$out/desktop-article-phone.png"
check "--article picks the article by id, at phone size" xrun "$folio" --article 801a1fae005ec4bc --screenshot "$small" --size 390x844
check "the phone-size screenshot is a non-blank 390x844 PNG" png_ok "$small" 390 844

bad=$(mktemp -d)
printf '{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [' > "$bad/feed.json"
err="$out/desktop-bad-bundle.png"
check "a bad bundle exits 1, naming the file and the reason" \
  run_expect 1 "feed.json: line 1, column" xrun "$folio" "$bad" --screenshot "$err" --size 800x600
check "a bad bundle still draws the error view" png_ok "$err" 800 600
check "an unknown article id exits 1, naming the id" \
  run_expect 1 'no article with id \"no-such-id\"' xrun "$folio" --article no-such-id --screenshot "$out/desktop-no-article.png" --size 800x600
rm -rf "$bad"

echo "desktop: $pass passed, $fail failed"
[ $fail = 0 ]
