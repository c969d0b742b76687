#!/usr/bin/env bash
# scripts/font-coverage against the faces a native build made (build/native/fonts): silent for the sample bundle
# (every character it uses has a face, → and − included), and a warning naming the character and the file for a
# bundle using characters no face has (a private-use one, an emoji). Ends with "coverage: N passed, N failed".
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
for f in $(/usr/bin/python3 -c 'import json,sys; print(" ".join(f["file"] for f in json.load(open(sys.argv[1]))["faces"]))' "$tmp/fonts/fallback.json"); do
  cp "$fonts/$f" "$tmp/fonts/"
done
out=$("$check" "$tmp/fonts" "$bundle" 2>&1)
if grep -qx "warning: U+2192 '→' used in articles/typography-specimen.json is in no face" <<<"$out" &&
   grep -qx "warning: U+2212 '−' used in articles/typography-specimen.json is in no face" <<<"$out"; then
  ok "without the math slices, → and − of the typography guide are reported"
else bad "without the math slices: said: $out"; fi

out=$("$check" "$tmp/missing" "$bundle" 2>&1); rc=$?
if [ $rc = 2 ] && grep -q '^font-coverage: ' <<<"$out"; then ok "an unreadable fonts folder is an error (exit 2)"; else bad "missing fonts: rc $rc, said: $out"; fi

echo "coverage: $passed passed, $failed failed"
[ "$failed" = 0 ]
