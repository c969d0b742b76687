#!/usr/bin/env bash
# Desktop viewer tests: the real program in a real (virtual) X display under Xvfb with Mesa's OpenGL.
# Screenshots land in build/test-artifacts/. Ends with "desktop: N passed, N failed".
set -uo pipefail
suite="desktop"
. "$(dirname "$0")/lib.sh"

check "--help prints the usage" run_expect 0 "--screenshot PNG" "$folio" --help
check "an unknown option is refused with exit code 2" run_expect 2 "unknown option --bogus" "$folio" --bogus
check "a bad --size is refused with a message" run_expect 2 "WIDTHxHEIGHT" "$folio" --size 12

shot="$artifacts/desktop-article.png"
rm -f "$shot"
check "--screenshot of the seed article exits 0" "$folio" --screenshot "$shot" --size 1280x800
check "the screenshot is a non-blank 1280x800 PNG" png_ok "$shot" 1280 800

small="$artifacts/desktop-article-phone.png"
check "--article picks the article by id, at phone size" "$folio" --article 801a1fae005ec4bc --screenshot "$small" --size 390x844
check "the phone-size screenshot is a non-blank 390x844 PNG" png_ok "$small" 390 844

bad=$(mktemp -d)
printf '{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [' > "$bad/feed.json"
err="$artifacts/desktop-bad-bundle.png"
check "a bad bundle exits 1, naming the file and the reason" \
  run_expect 1 "feed.json: line 1, column" "$folio" "$bad" --screenshot "$err" --size 800x600
check "a bad bundle still draws the error view (no Retry: the file was read, and is wrong)" png_ok "$err" 800 600 0.005
check "an unknown article id exits 1, naming the id" \
  run_expect 1 'no article with id \"no-such-id\"' "$folio" --article no-such-id --screenshot "$artifacts/desktop-no-article.png" --size 800x600
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
  shot="$artifacts/desktop-bad-${kind}-$(basename "$input" .json).png"
  rm -f "$shot"
  if [ "$name" = articles/byte-order-mark.json ]; then
    check "bad input $name: the article shows (the mark is skipped)" "$folio" "$dir" --screenshot "$shot" --size 800x600
  else
    reason=$(reason_for "$name"); case "$reason" in *'"'*) reason="";; esac # quotes are escaped in the state JSON
    output=$("$folio" "$dir" --screenshot "$shot" --size 800x600 2>&1); rc=$?
    check "bad input $name: exits 1" test "$rc" = 1
    check "bad input $name: the message names $names" grep -qF -- "$names" <<<"$output"
    [ -n "$reason" ] && check "bad input $name: the message says why ($reason)" grep -qF -- "$reason" <<<"$output"
  fi
  check "bad input $name: a view was drawn" png_ok "$shot" 800 600 0.005
  rm -rf "$dir"
done
shot="$artifacts/desktop-bad-page-loop.png"
check "a feed whose pages loop still opens its first page's newest article" \
  "$folio" "$corpus/bundles/page-loop" --screenshot "$shot" --size 800x600
check "and draws it" png_ok "$shot" 800 600

finish
