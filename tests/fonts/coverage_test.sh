#!/usr/bin/env bash
# scripts/font-coverage against the faces a native build made (build/native/fonts): silent for the sample bundle
# (every character it uses has a face, → and − included, Arabic, Hebrew, Devanagari and Thai by the shaped script
# faces), and a warning naming the character and the file for a bundle using characters no face has (a private-use
# one, an emoji); the shaped faces keep their layout tables and cover the scripts the sample's articles name. Ends with "coverage: N passed, N failed".
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
fonts="$top/build/native/fonts" bundle="$top/build/native/bundle" check="$top/scripts/font-coverage"
passed=0; failed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
bad() { echo "FAILED: $1"; failed=$((failed + 1)); }
[ -f "$fonts/fallback.json" ] && [ -f "$bundle/feed.json" ] || { echo "coverage: build first (scripts/build --native)"; echo "coverage: 0 passed, 1 failed"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

out=$("$check" "$fonts" "$bundle" 2>&1); rc=$?
if [ $rc = 0 ] && [ -z "$out" ]; then ok "the sample bundle: no warning"; else bad "the sample bundle: rc $rc, said: $out"; fi

# A bundle whose article uses U+E000 (private use) and U+1F980 (an emoji) besides → and −, which have faces.
mkdir -p "$tmp/b/articles"
printf '{"title":"T","items":[{"id":"x","title":"Feed \\u2212"}]}\n' > "$tmp/b/feed.json"
printf '{"id":"x","headline":"Rare \\ue000, \\ud83e\\udd80 and \\u2192","body":[{"type":"paragraph","text":"\\ud83e\\udd80"}]}\n' \
  > "$tmp/b/articles/x.json"
out=$("$check" "$fonts" "$tmp/b" 2>&1); rc=$?
want="warning: U+E000 '$(printf '\xee\x80\x80')' used in articles/x.json is in no face
warning: U+1F980 '$(printf '\xf0\x9f\xa6\x80')' used in articles/x.json is in no face"
if [ $rc = 0 ] && [ "$out" = "$want" ]; then ok "characters no face has: one warning each, naming the file"; else bad "rare characters: rc $rc, said: $out"; fi

# The faces as they were before the symbol and math slices: → and − were in none.
mkdir -p "$tmp/fonts"
cp "$fonts"/Noto*.ttf "$tmp/fonts/"
/usr/bin/python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); m["faces"]=[f for f in m["faces"] if "math" not in f["file"] and "symbols" not in f["file"]]; json.dump(m,open(sys.argv[2],"w"))' \
  "$fonts/fallback.json" "$tmp/fonts/fallback.json"
for f in $(/usr/bin/python3 -c 'import json,sys; print(" ".join(f["file"] + " " + f.get("bold", "") for f in json.load(open(sys.argv[1]))["faces"]))' "$tmp/fonts/fallback.json"); do
  cp "$fonts/$f" "$tmp/fonts/"
done
out=$("$check" "$tmp/fonts" "$bundle" 2>&1)
if grep -qx "warning: U+2192 '→' used in articles/typography-specimen.json is in no face" <<<"$out" &&
   grep -qx "warning: U+2212 '−' used in articles/typography-specimen.json is in no face" <<<"$out"; then
  ok "without the math slices, → and − of the typography guide are reported"
else bad "without the math slices: said: $out"; fi

# The shaped script faces: each script an article of the sample bundle names in "scripts" has a shaped entry in
# fallback.json, with a Regular and a Bold that kept their layout tables (GSUB, GPOS and GDEF: HarfBuzz shapes with
# them) and have a glyph for every character of their ranges that the original has.
out=$(/usr/bin/python3 - "$fonts" "$bundle" <<'PY' 2>&1
import glob, json, os, sys
from fontTools.ttLib import TTFont
fonts, bundle = sys.argv[1:]
faces = [f for f in json.load(open(os.path.join(fonts, "fallback.json")))["faces"] if f.get("shaped")]
by_script = {f["script"]: f for f in faces}
used = set()
for path in glob.glob(os.path.join(bundle, "articles", "*.json")):
    used |= set(json.load(open(path, encoding="utf-8")).get("scripts", []))
problems = [f"no shaped face for {s}" for s in sorted(used - set(by_script))]
for f in faces:
    for name in (f["file"], f["bold"]):
        font = TTFont(os.path.join(fonts, name))
        problems += [f"{name}: no {t}" for t in ("GSUB", "GPOS", "GDEF") if t not in font]
print(f"{len(faces)} shaped faces, scripts used: {' '.join(sorted(used))}")
print("\n".join(problems))
PY
)
if grep -q "^9 shaped faces, scripts used: Arab Deva Hebr Thai$" <<<"$out" && [ "$(wc -l <<<"$out")" = 1 ]; then
  ok "the sample's scripts (Arab Deva Hebr Thai) each have a shaped face; all 9 keep GSUB, GPOS and GDEF"
else bad "shaped faces: said: $out"; fi

# Without the shaped faces, the Arabic, Hebrew, Hindi and Thai samples' letters are in no face.
rm -f "$tmp/fonts/fallback.json"
/usr/bin/python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); m["faces"]=[f for f in m["faces"] if not f.get("shaped")]; json.dump(m,open(sys.argv[2],"w"))' \
  "$fonts/fallback.json" "$tmp/fonts/fallback.json"
cp "$fonts"/fallback-*.ttf "$tmp/fonts/"
out=$("$check" "$tmp/fonts" "$bundle" 2>&1)
# (A character's first use is named: the feed page comes before the articles.)
if grep -qx "warning: U+0627 'ا' used in feed.json is in no face" <<<"$out" &&
   grep -qx "warning: U+05D0 'א' used in feed.json is in no face" <<<"$out" &&
   grep -qx "warning: U+0915 'क' used in feed.json is in no face" <<<"$out" &&
   grep -qx "warning: U+0E01 'ก' used in feed.json is in no face" <<<"$out"; then
  ok "without the shaped faces, Arabic, Hebrew, Devanagari and Thai letters are reported"
else bad "without the shaped faces: said: $(head -5 <<<"$out")"; fi

# A shaped face whose Bold lacks the script (the Hebrew entry's Bold pointed at the Thai Bold): its letters are
# reported, since bold text would have no glyph.
cp "$fonts"/script-*.ttf "$tmp/fonts/"
/usr/bin/python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))
for f in m["faces"]:
    if f.get("script") == "Hebr": f["bold"] = "script-thai-bold.ttf"
json.dump(m,open(sys.argv[2],"w"))' "$fonts/fallback.json" "$tmp/fonts/fallback.json"
out=$("$check" "$tmp/fonts" "$bundle" 2>&1)
if grep -qx "warning: U+05D0 'א' used in feed.json is in no face" <<<"$out" &&
   ! grep -qvE "^warning: U\+(05[9A-F][0-9A-F]|20AA) " <<<"$out"; then
  ok "a shaped face is counted only where its Bold has the character too"
else bad "a Bold lacking the script: said: $(head -5 <<<"$out")"; fi

out=$("$check" "$tmp/missing" "$bundle" 2>&1); rc=$?
if [ $rc = 2 ] && grep -q '^font-coverage: ' <<<"$out"; then ok "an unreadable fonts folder is an error (exit 2)"; else bad "missing fonts: rc $rc, said: $out"; fi

echo "coverage: $passed passed, $failed failed"
[ "$failed" = 0 ]
