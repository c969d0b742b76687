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
png_ok() { # file width height [least share of inked pixels: 0.02 for an article, less for a short error view]
  /usr/bin/python3 - "$@" <<'PY'
import sys
from PIL import Image
path, w, h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
least = float(sys.argv[4]) if len(sys.argv) > 4 else 0.02
img = Image.open(path).convert("RGB")
if img.size != (w, h):
    sys.exit(f"{path}: size {img.size[0]}x{img.size[1]}, expected {w}x{h}")
colors = img.getcolors(maxcolors=1 << 20) or []
bg = max(colors)[1] if colors else None
inked = sum(n for n, c in colors if c != bg) / (w * h)
if len(colors) < 16 or inked < least:
    sys.exit(f"{path}: looks blank ({len(colors)} colours, {inked:.1%} of pixels differ from the background)")
PY
}
# One virtual X server (Xvfb) for every run: starting one per run through xvfb-run is slower, and xvfb-run now and
# then exits 5 failing to clean up its temporary folder. The server is stopped on exit.
display=""
for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }; done
Xvfb "$display" -screen 0 1920x1200x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
xrun() { DISPLAY="$display" "$@"; }

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

# The committed bad inputs (tests/bad-inputs): each article file as the only article of a bundle, each feed page
# as a bundle's feed.json. The viewer must exit 1 naming the file (and the reason, from expected.tsv) and still
# draw its error view; a byte order mark is skipped (RFC 8259 lets readers), so that article shows.
corpus="$top/tests/bad-inputs"
one_item_feed='{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"bad","content_text":"x","_folio":{"article":"articles/bad.json"}}]}'
reason_for() { awk -F'\t' -v n="$1" '$1 == n { print $2 }' "$corpus/expected.tsv"; }
for input in "$corpus"/articles/*.json "$corpus"/feeds/*.json; do
  kind=$(basename "$(dirname "$input")"); name="$kind/$(basename "$input")"
  dir=$(mktemp -d)
  if [ "$kind" = articles ]; then
    mkdir -p "$dir/articles" && cp "$input" "$dir/articles/bad.json" && printf '%s' "$one_item_feed" > "$dir/feed.json"
    names="articles/bad.json"
  else
    cp "$input" "$dir/feed.json"; names="feed.json"
  fi
  shot="$out/desktop-bad-${kind}-$(basename "$input" .json).png"
  rm -f "$shot"
  if [ "$name" = articles/byte-order-mark.json ]; then
    check "bad input $name: the article shows (the mark is skipped)" xrun "$folio" "$dir" --screenshot "$shot" --size 800x600
  else
    reason=$(reason_for "$name"); case "$reason" in *'"'*) reason="";; esac # quotes are escaped in the state JSON
    output=$(xrun "$folio" "$dir" --screenshot "$shot" --size 800x600 2>&1); rc=$?
    check "bad input $name: exits 1" test "$rc" = 1
    check "bad input $name: the message names $names" grep -qF -- "$names" <<<"$output"
    [ -n "$reason" ] && check "bad input $name: the message says why ($reason)" grep -qF -- "$reason" <<<"$output"
  fi
  check "bad input $name: a view was drawn" png_ok "$shot" 800 600 0.005
  rm -rf "$dir"
done
shot="$out/desktop-bad-page-loop.png"
check "a feed whose pages loop still opens its first page's newest article" \
  xrun "$folio" "$corpus/bundles/page-loop" --screenshot "$shot" --size 800x600
check "and draws it" png_ok "$shot" 800 600

echo "desktop: $pass passed, $fail failed"
[ $fail = 0 ]
