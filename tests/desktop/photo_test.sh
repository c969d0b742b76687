#!/usr/bin/env bash
# The desktop viewer's photos, decoded with libvips and drawn as textures: a bundle built at test time by
# folio-bundle from a Markdown article with one photo (made here with python3-pil: orange on its left half, teal on
# its right; no photo is committed), screenshotted at DPR 1 and 2, from the folder and over loopback http; the
# photo's pixels must be where it is drawn, left orange and right teal, in its aspect ratio. In a window, the photo
# is held as a texture within the 64 MB budget, and the viewer idles at zero frames once it has loaded. Ends with "desktop photo: N passed, N failed".
set -uo pipefail
suite="desktop photo"
. "$(dirname "$0")/lib.sh"
# Read aloud's engine is left out (a library that is not there): speech-dispatcher, started on demand, can take
# seconds to list its voices, and the frames that draw its button would land in the idle checks here; read aloud
# has its own suite (speech_test.sh).
export FOLIO_SPEECH_LIBRARY=/nonexistent/libspeechd.so.2

bundle_tool="$top/build/native/folio-bundle"
src="$work/src"; out="$work/bundle"
mkdir -p "$src"
/usr/bin/python3 - "$src/photo.jpg" <<'PY'
import sys
from PIL import Image
img = Image.new("RGB", (1600, 900), (230, 120, 20))
img.paste((20, 130, 140), (800, 0, 1600, 900))
img.save(sys.argv[1], quality=90)
PY
cat > "$src/photo-article.md" <<'MD'
---
id: photo-article
title: A photo between paragraphs
description: One photo, orange on its left half and teal on its right.
section: Tests
date: 2024-01-02T09:00:00Z
author: Folio tests
---

A paragraph before the photo.

![An orange and teal test picture](photo.jpg "Orange left, teal right")

A paragraph after the photo.
MD
check "folio-bundle builds the photo article" run_expect 0 "built 1 article" "$bundle_tool" build "$src" -o "$out"

# photo_drawn PNG: the photo is on screen: orange and teal pixels (within a small distance of the source's colours,
# for JPEG and the GPU's filtering) each cover at least 3% of it, orange left of teal, and the box they fill
# together is 16:9 like the photo.
photo_drawn() {
  /usr/bin/python3 - "$1" <<'PY'
import sys
from PIL import Image
img = Image.open(sys.argv[1]).convert("RGB")
w, h = img.size
px = img.load()
def near(c, ref): return sum((a - b) ** 2 for a, b in zip(c, ref)) < 30 ** 2
orange, teal = [], []
for y in range(0, h, 2):
    for x in range(0, w, 2):
        c = px[x, y]
        if near(c, (230, 120, 20)): orange.append((x, y))
        elif near(c, (20, 130, 140)): teal.append((x, y))
total = (w // 2) * (h // 2)
if len(orange) < 0.03 * total or len(teal) < 0.03 * total:
    sys.exit(f"     {sys.argv[1]}: the photo is not drawn ({len(orange)} orange, {len(teal)} teal samples of {total})")
mean = lambda pts: sum(p[0] for p in pts) / len(pts)
if not mean(orange) < mean(teal):
    sys.exit(f"     {sys.argv[1]}: orange is not left of teal")
both = orange + teal
x0, x1 = min(p[0] for p in both), max(p[0] for p in both)
y0, y1 = min(p[1] for p in both), max(p[1] for p in both)
ratio = (x1 - x0 + 2) / (y1 - y0 + 2)
if abs(ratio - 16 / 9) > 0.08:
    sys.exit(f"     {sys.argv[1]}: the photo's box is {x1 - x0 + 2} x {y1 - y0 + 2}, not 16:9")
PY
}

for scale in 1 2; do
  shot="$artifacts/desktop-photo-dpr$scale.png"
  rm -f "$shot"
  check "--screenshot of the photo article at DPR $scale exits 0" \
    "$folio" "$out" --article photo-article --screenshot "$shot" --size 800x900 --scale "$scale"
  check "... and the photo is drawn where it belongs (DPR $scale)" photo_drawn "$shot"
done

serve "$out"
shot="$artifacts/desktop-photo-http.png"
rm -f "$shot"
check "--screenshot of the photo article over http exits 0" \
  "$folio" "http://127.0.0.1:$port/feed.json" --article photo-article --screenshot "$shot" --size 800x900
check "... and the photo, downloaded, is drawn" photo_drawn "$shot"

# In a window: the photo loads, then nothing more is drawn.
export XDG_CONFIG_HOME="$work/config"
start "$out" --article photo-article --size 800x900 >/dev/null
check "the window opens the photo article" wait_for state article
check "... its photo loads into a texture within the budget (64 MB)" \
  wait_true "s['images']['loading'] == 0 and s['images']['textureBytes'] > 0 and s['images']['budget'] == 64 << 20"
sleep 1
f0=$(state framesRendered)
sleep 2
f1=$(state framesRendered)
check "once the photo has loaded an idle window draws nothing (2 s: $((f1 - f0)) frames)" test "$f1" = "$f0"
stop

finish
