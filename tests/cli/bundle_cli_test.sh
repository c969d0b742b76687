#!/usr/bin/env bash
# End-to-end tests of build/native/folio-bundle: --help everywhere, import of the seed, the sample bundle built,
# validated, rebuilt to the same bytes and incrementally (unchanged files keep their mtime), a progress bar on a
# terminal, and a broken bundle whose every problem is listed. Ends with "cli: N passed, N failed".
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
tool="$top/build/native/folio-bundle"
pass=0; fail=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); echo "ok   - $name"; else fail=$((fail + 1)); echo "FAIL - $name"; fi
}
[ -x "$tool" ] || { echo "FAIL - $tool is missing: run scripts/build --native first"; echo "cli: 0 passed, 1 failed"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# run_expect CODE PATTERN CMD...: CMD exits with CODE and its output (stdout and stderr) holds PATTERN.
run_expect() {
  local code=$1 pattern=$2 output rc; shift 2
  output=$("$@" 2>&1); rc=$?
  [ "$rc" = "$code" ] || { echo "     exit code $rc, expected $code: ${output:0:2000}"; return 1; }
  grep -qF -- "$pattern" <<<"$output" || { echo "     output lacks '$pattern': ${output:0:2000}"; return 1; }
}
build() { "$tool" build "$@" --today 2026-01-01; }

for cmd in import build validate; do
  check "$cmd --help prints its usage" run_expect 0 "usage: folio-bundle $cmd" "$tool" "$cmd" --help
done
check "--help lists the commands" run_expect 0 "validate DIR" "$tool" --help
check "an unknown command exits 2" run_expect 2 "unknown command frobnicate" "$tool" frobnicate
check "an unknown option exits 2" run_expect 2 "unknown option --bogus" "$tool" build --bogus

seed="$top/assets/sources/000_801a1fae005ec4bc.txt"
seed_json() {
  "$tool" import --today 2026-01-01 "$seed" 2>/dev/null | python3 -c '
import json, sys
a = json.load(sys.stdin)
quotes = [b for b in a["body"] if b["type"] == "quote"]
assert a["dateline"] == {"text": "MOSCOW, March 22. /TASS/.", "place": "MOSCOW", "date": "March 22", "agency": "TASS"}, a["dateline"]
assert a["datePublished"] == "2022-03-22T00:00:00Z", a["datePublished"]
assert [q["attribution"] for q in quotes] == ["Mikhail Galuzin"] * 2, quotes
assert len(a["body"]) == 8, len(a["body"])'
}
check "import prints the seed as article JSON" seed_json
check "import warns, on stderr with the line, about the inferred year" \
  run_expect 0 "000_801a1fae005ec4bc.txt: line 7: no year in the dateline; took 2022" "$tool" import --today 2026-01-01 "$seed"
: > "$tmp/empty.txt"
check "import of an empty file fails naming it" run_expect 1 "$tmp/empty.txt: empty file" "$tool" import "$tmp/empty.txt"
check "import -o writes ID.json" bash -c "'$tool' import -o '$tmp/imported' '$seed' 2>/dev/null && test -s '$tmp/imported/801a1fae005ec4bc.json'"

check "build makes the sample bundle" run_expect 0 "built 5 articles in 1 feed page" build "$top/assets/sources" -o "$tmp/a"
check "the sample bundle validates" run_expect 0 "valid bundle: 5 articles in 1 feed page" "$tool" validate "$tmp/a"
check "a second build into another folder gives the same bytes" bash -c "'$tool' build '$top/assets/sources' -o '$tmp/b' --today 2026-01-01 --quiet && diff -r '$tmp/a' '$tmp/b'"

mtimes() { (cd "$1" && find . -type f -printf '%p %T@\n' | sort); }
before=$(mtimes "$tmp/a")
check "an unchanged rebuild writes nothing" run_expect 0 "0 files written, 17 unchanged, 0 removed" build "$top/assets/sources" -o "$tmp/a"
check "an unchanged rebuild keeps every file's mtime" test "$before" = "$(mtimes "$tmp/a")"

cp -r "$top/assets/sources" "$tmp/src"
sed -i 's/Folio scrolls the article/Folio scrolls an article/' "$tmp/src/030_keyboard-shortcuts.md"
check "a changed body rewrites that article's file and snapshot only" \
  run_expect 0 "2 files written, 15 unchanged, 0 removed" build "$tmp/src" -o "$tmp/a"
after=$(mtimes "$tmp/a")
changed=$(diff <(echo "$before") <(echo "$after") | grep '^>' | cut -d' ' -f2 | sort | tr '\n' ' ')
check "the two rewritten files are the changed article's" test "$changed" = "./articles/keyboard-shortcuts.html ./articles/keyboard-shortcuts.json "
rm "$tmp/src/040_typography.md"
check "a removed source's files are removed" run_expect 0 "3 removed" build "$tmp/src" -o "$tmp/a"
check "the smaller bundle still validates" run_expect 0 "valid bundle: 4 articles" "$tool" validate "$tmp/a"

printf -- '---\ntitle: Broken\ndate: someday\n---\nx\n' > "$tmp/src/050_broken.md"
snapshot=$(mtimes "$tmp/a")
check "a build with a bad source fails with file and line" run_expect 1 "050_broken.md: line 3: date \"someday\"" build "$tmp/src" -o "$tmp/a"
check "a failed build leaves the output alone" test "$snapshot" = "$(mtimes "$tmp/a")"

mkdir -p "$tmp/many"
for i in $(seq -w 1 300); do printf -- '---\ntitle: Article %s\ndate: 2022-01-01\n---\nText %s.\n' "$i" "$i" > "$tmp/many/$i.md"; done
check "a large build draws a progress bar on a terminal" \
  bash -c "script -qec \"'$tool' build '$tmp/many' -o '$tmp/many-out' --page-size 100\" /dev/null | grep -q 'importing *\['"
check "the large bundle has 3 chained pages and validates" run_expect 0 "valid bundle: 300 articles in 3 feed pages" "$tool" validate "$tmp/many-out"
check "no progress bar when stderr is not a terminal" bash -c "! '$tool' build '$tmp/many' -o '$tmp/many-out2' 2>&1 | grep -q 'importing *\['"

broken="$top/tests/bad-inputs/bundles/broken-references"
out=$("$tool" validate "$broken" 2>&1); rc=$?
check "validate of a broken bundle exits 1" test "$rc" = 1
for want in 'duplicate id "bad"' 'articles/gone.json: missing' '$.related[0]: no article with id "nowhere"' \
            'articles/wrong-id.json: $.id: "someone-else"' 'articles/orphan.json: not listed in the feed' \
            'feed-9.json: missing (named by feed.json $.next_url)' 'oembed/bad.json: missing' 'problems in'; do
  check "validate lists: $want" grep -qF -- "$want" <<<"$out"
done
check "validate names the loop of a feed whose pages loop" \
  run_expect 1 "the pages loop: feed.json -> feed-2.json -> feed.json" "$tool" validate "$top/tests/bad-inputs/bundles/page-loop"

# ---- what build reads, writes and removes (issue 10) -----------------------------------------------------------
md() { printf -- '---\ntitle: %s\ndate: 2022-03-01\n---\n%b' "$1" "$2"; } # md TITLE BODY: a Markdown source
png() { printf '\x89PNG\r\n\x1a\n%s' "$1"; }                            # png TEXT: bytes a PNG starts with

mkdir -p "$tmp/ph/src"
md A 'Article a.\n' > "$tmp/ph/src/a.md"
build "$tmp/ph/src" -o "$tmp/ph/out" --quiet
cp "$tmp/ph/out/articles/a.html" "$tmp/ph/a.html.before"
echo '<!doctype html><script>alert("planted")</script>' > "$tmp/ph/src/a.html"
md B 'Article b, about a.html.\n\n![x](a.html)\n' > "$tmp/ph/src/b.md"
check "a photo naming another article's snapshot stops the build, naming the source and the image's line" \
  run_expect 1 "b.md: line 7: photo \"a.html\" is not named as an image" build "$tmp/ph/src" -o "$tmp/ph/out"
check "... and that snapshot is not overwritten" cmp -s "$tmp/ph/a.html.before" "$tmp/ph/out/articles/a.html"
rm "$tmp/ph/src/a.html" "$tmp/ph/src/b.md"

mkdir -p "$tmp/ph/src/one/img" "$tmp/ph/src/two/img"
png one > "$tmp/ph/src/one/img/p.png"; png two > "$tmp/ph/src/two/img/p.png"
md One '![one](img/p.png)\n' > "$tmp/ph/src/one/c.md"
md Two '![two](img/p.png)\n' > "$tmp/ph/src/two/d.md"
photo_src() { python3 -c 'import json,sys; print([b["src"] for b in json.load(open(sys.argv[1]))["body"] if b["type"] == "photo"][0])' "$1"; }
two_media() {
  build "$tmp/ph/src" -o "$tmp/ph/out" --quiet || return 1
  local c d; c=$(photo_src "$tmp/ph/out/articles/c.json") && d=$(photo_src "$tmp/ph/out/articles/d.json") || return 1
  [ "$c" != "$d" ] && [[ "$c" == ../media/*.png ]] && [[ "$d" == ../media/*.png ]] &&
    [ "$(ls "$tmp/ph/out/media" | wc -l)" = 2 ] && cmp -s "$tmp/ph/out/articles/$c" "$tmp/ph/src/one/img/p.png" &&
    cmp -s "$tmp/ph/out/articles/$d" "$tmp/ph/src/two/img/p.png" || { echo "     c: $c, d: $d, media: $(ls "$tmp/ph/out/media" 2>&1)"; return 1; }
}
check "img/p.png in two folders becomes two media files, each article pointing at its own" two_media
check "... and the bundle validates" run_expect 0 "valid bundle: 3 articles" "$tool" validate "$tmp/ph/out"

printf 'World\n\nTOP SECRET HEADLINE\n\nStandfirst.\n\nThe secret body.\n' > "$tmp/ph/secret.txt"
png secret > "$tmp/ph/secret.png"
ln -s "$tmp/ph/secret.txt" "$tmp/ph/src/leak.txt"
check "a source that is a symbolic link is refused, naming it" \
  run_expect 1 "leak.txt: is a symbolic link, which is not followed" build "$tmp/ph/src" -o "$tmp/ph/out"
check "... and its target is not published" bash -c "! grep -rq 'TOP SECRET' '$tmp/ph/out'"
rm "$tmp/ph/src/leak.txt"
ln -s "$tmp/ph/secret.png" "$tmp/ph/src/one/img/linked.png"
md Linked '![l](img/linked.png)\n' > "$tmp/ph/src/one/e.md"
check "a photo that is a symbolic link stops the build, naming the source and line" \
  run_expect 1 "e.md: line 5: photo \"img/linked.png\": $tmp/ph/src/one/img/linked.png: is a symbolic link" build "$tmp/ph/src" -o "$tmp/ph/out"
rm "$tmp/ph/src/one/e.md" "$tmp/ph/src/one/img/linked.png"

# A link planted at the build's temporary name and at the file itself: the build replaces, never follows.
build "$top/assets/sources" -o "$tmp/tl" --quiet
echo "the victim's own bytes" > "$tmp/victim"
ln -s "$tmp/victim" "$tmp/tl/articles/801a1fae005ec4bc.json.tmp"
rm "$tmp/tl/articles/801a1fae005ec4bc.json"; ln -s "$tmp/victim" "$tmp/tl/articles/801a1fae005ec4bc.json"
check "a rebuild with links planted at <id>.json.tmp and <id>.json succeeds" run_expect 0 "built 5 articles" build "$top/assets/sources" -o "$tmp/tl"
check "... and leaves the links' target untouched" test "$(cat "$tmp/victim")" = "the victim's own bytes"
check "... and writes the article file in the link's place" bash -c "test -f '$tmp/tl/articles/801a1fae005ec4bc.json' && ! test -L '$tmp/tl/articles/801a1fae005ec4bc.json'"

manifest_lists_all() {
  diff <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["files"]))' "$1/folio-manifest.json") \
       <(cd "$1" && find . -type f ! -name folio-manifest.json | sed 's|^\./||' | sort)
}
check "the manifest lists exactly the files the build wrote" manifest_lists_all "$tmp/a"
mine="articles/mine.json articles/mine.html oembed/mine.json feed-9.json"
for f in $mine; do echo hand-made > "$tmp/a/$f"; done
rm "$tmp/src/050_broken.md" "$tmp/src/000_801a1fae005ec4bc.txt"
check "a rebuild with a source fewer succeeds" run_expect 0 "3 removed" build "$tmp/src" -o "$tmp/a"
all_hand_made() { for f in $mine; do grep -qx hand-made "$tmp/a/$f" || { echo "     $f: $(cat "$tmp/a/$f" 2>&1)"; return 1; }; done; }
check "... and leaves hand-made .json and .html files and feed pages alone" all_hand_made
for f in $mine; do rm "$tmp/a/$f"; done

mkdir -p "$tmp/theirs/articles"; echo theirs > "$tmp/theirs/articles/theirs.html"; echo theirs > "$tmp/theirs/feed-2.json"
check "a folder of other files without a manifest is refused" \
  run_expect 1 "holds files but no folio-manifest.json" build "$top/assets/sources" -o "$tmp/theirs"
check "... with --force it is built into" run_expect 0 "built 5 articles" build "$top/assets/sources" -o "$tmp/theirs" --force
check "... and its own files are kept" bash -c "grep -qx theirs '$tmp/theirs/articles/theirs.html' && grep -qx theirs '$tmp/theirs/feed-2.json'"
check "build --help tells of the manifest and --force" \
  bash -c "'$tool' build --help | grep -q 'folio-manifest.json' && '$tool' build --help | grep -q -- '--force'"

# validate never reads outside the bundle: not through ".." under its own feed_url, not through a link.
mkdir -p "$tmp/hv/bundle/articles"
echo '{"folioFormat":1,"id":"TOP-SECRET-ID","headline":"TOP SECRET HEADLINE","body":[]}' > "$tmp/hv/secret.json"
ln -s "$tmp/hv/secret.json" "$tmp/hv/bundle/articles/linked.json"
cat > "$tmp/hv/bundle/feed.json" <<'JSON'
{"version": "https://jsonfeed.org/version/1.1", "title": "T", "_folio": {"format": 1}, "feed_url": "https://x.example/b/feed.json",
 "items": [{"id": "dots", "content_text": "x", "_folio": {"article": "https://x.example/b/articles/../../secret.json"}},
           {"id": "linked", "content_text": "x", "_folio": {"article": "articles/linked.json"}}]}
JSON
out=$("$tool" validate "$tmp/hv/bundle" 2>&1); rc=$?
check "validate of a bundle pointing outside itself exits 1" test "$rc" = 1
check "... naming the reference that leaves the bundle" grep -qF '"https://x.example/b/articles/../../secret.json" points outside the bundle' <<<"$out"
check "... and the link it does not follow" grep -qF "articles/linked.json: is a symbolic link, which is not followed" <<<"$out"
check "... and echoes nothing of the file outside" bash -c "! grep -q 'TOP-SECRET' <<<\"\$1\"" _ "$out"

echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
