#!/usr/bin/env bash
# End-to-end tests of build/native/folio-bundle: --help everywhere, import of the seed, the sample bundle built,
# validated, built with --viewer (and bad --viewer values refused), prerendered into a page, rebuilt to the same
# bytes and incrementally (unchanged files keep their mtime), a progress bar on a
# terminal, a broken bundle whose every problem is listed, sources past the format's limits (trimmed or refused),
# hostile sources imported in linear time, option values that are not one line of UTF-8, messages that
# reach the terminal escaped, ninjs embargoes against --now and a WordPress export imported. Ends with "cli: N passed, N failed".
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

for cmd in import build validate prerender; do
  check "$cmd --help prints its usage" run_expect 0 "usage: folio-bundle $cmd" "$tool" "$cmd" --help
done
check "build --help names every kind of source it imports" run_expect 0 ".rss, .atom, .xml, .json, .html, .htm" "$tool" build --help
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
feeds="$top/assets/sources"
check "import -o writes an article file per item of a feed (RSS, Atom, JSON Feed)" bash -c "for f in 060_field-notes.rss 070_release-notes.atom 080_short-reads.json; do '$tool' import -o '$tmp/feed-items' \"$feeds/\$f\" 2>/dev/null || exit 1; done; test \$(ls '$tmp/feed-items' | wc -l) = 7 && test -s '$tmp/feed-items/rain-close-up-e6f2f9100fbc1b43.json'"
# Two sources of different kinds whose items share a guid give one id: import -o refuses the second, naming both,
# and never writes one over the other; the first file written stays.
mkdir -p "$tmp/same-guid"
printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>A</title>\n<item><guid>same-guid</guid><title>One story</title><description>From the RSS feed.</description></item>\n</channel></rss>\n' > "$tmp/same-guid/a.rss"
printf '{"version":"https://jsonfeed.org/version/1.1","title":"B","items":[{"id":"same-guid","title":"One story","content_text":"From the JSON Feed."}]}\n' > "$tmp/same-guid/b.json"
check "import -o refuses a second article with an id it already wrote, naming both sources" bash -c "
  out=\$('$tool' import --language en -o '$tmp/same-guid/out' '$tmp/same-guid/a.rss' '$tmp/same-guid/b.json' 2>&1); rc=\$?
  [ \$rc = 1 ] && grep -qF '$tmp/same-guid/b.json: item 1: article id \"one-story-' <<<\"\$out\" && grep -qF 'is also the id of $tmp/same-guid/a.rss: item 1' <<<\"\$out\" &&
  test \$(ls '$tmp/same-guid/out' | wc -l) = 1 && grep -q 'From the RSS feed' '$tmp/same-guid/out/'*.json || { echo \"     rc \$rc: \$out\"; exit 1; }"
printf '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Open</item>\n</channel></rss>\n' > "$tmp/broken.rss"
check "a malformed feed is refused with its line" run_expect 1 "broken.rss: line 3: malformed XML: Opening and ending tag mismatch" "$tool" import "$tmp/broken.rss"

# The sample's sources with its photographs, staged as the build stages them (scripts/stage-sample).
sample="$tmp/sample"; "$top/scripts/stage-sample" "$sample"
check "build makes the sample bundle" run_expect 0 "built 23 articles in 1 feed page" build "$sample" -o "$tmp/a"
check "the sample bundle validates" run_expect 0 "valid bundle: 23 articles in 1 feed page" "$tool" validate "$tmp/a"
# --viewer: each snapshot loads the web viewer from the folder given (relative to the bundle's, or an http(s) URL)
# and is its article's address there; the bundle still validates. A value that is no such folder is bad usage.
check "build --viewer .. makes snapshots that load the viewer, and the bundle validates" bash -c "
  '$tool' build '$sample' -o '$tmp/viewer' --today 2026-01-01 --quiet --viewer .. &&
  grep -qxF '<script src=\"../../main.js\" async></script>' '$tmp/viewer/articles/keyboard-shortcuts.html' &&
  grep -qF '<folio-viewer id=\"folio\" fullpage addresses=\"pages\" loading=\"eager\" bundle=\"../feed.json\" article=\"keyboard-shortcuts\">' '$tmp/viewer/articles/keyboard-shortcuts.html' &&
  '$tool' validate '$tmp/viewer' >/dev/null"
for value in '' /app //cdn.example.org 'javascript:alert(1)' '../a b' '../app?v=1' '../<app>'; do
  check "build --viewer '$value' exits 2 naming the option" \
    run_expect 2 "folio-bundle: --viewer " build "$sample" -o "$tmp/viewer-bad" --viewer "$value"
done
check "a refused --viewer leaves no bundle behind" test ! -e "$tmp/viewer-bad"
# prerender: the newest feed page put into a page at its marker; exit 1 naming the template without one.
printf '<!DOCTYPE html>\n<body><folio-viewer><!--folio:prerender--></folio-viewer></body>\n' > "$tmp/template.html"
check "prerender writes the page with the feed's items linking to their snapshots" bash -c "
  '$tool' prerender '$tmp/a' --template '$tmp/template.html' -o '$tmp/site/index.html' &&
  grep -qF '<div class=\"folio-prerender\" data-folio-prerender=\"feed\">' '$tmp/site/index.html' &&
  grep -qF '<a href=\"bundle/articles/keyboard-shortcuts.html\">Keyboard shortcuts</a>' '$tmp/site/index.html' &&
  ! grep -qF '<!--folio:prerender-->' '$tmp/site/index.html'"
check "prerender --bundle-href sets where the links lead" bash -c "
  '$tool' prerender '$tmp/a' --template '$tmp/template.html' -o '$tmp/site/other.html' --bundle-href https://news.example.org/b/ &&
  grep -qF '<a href=\"https://news.example.org/b/articles/keyboard-shortcuts.html\">' '$tmp/site/other.html'"
printf '<body></body>\n' > "$tmp/no-marker.html"
check "prerender of a template without the marker exits 1 naming it" \
  run_expect 1 "$tmp/no-marker.html: has no <!--folio:prerender--> marker" "$tool" prerender "$tmp/a" --template "$tmp/no-marker.html" -o "$tmp/site/x.html"
check "prerender of a folder without feed.json exits 1 naming it" \
  run_expect 1 "$tmp/sample/feed.json: No such file" "$tool" prerender "$tmp/sample" --template "$tmp/template.html" -o "$tmp/site/x.html"
check "prerender --bundle-href 'a b' exits 2 naming the option" \
  run_expect 2 "folio-bundle: --bundle-href a b: " "$tool" prerender "$tmp/a" --template "$tmp/template.html" -o "$tmp/site/x.html" --bundle-href 'a b'
check "prerender without -o exits 2" run_expect 2 "prerender needs DIR, --template FILE and -o OUT" "$tool" prerender "$tmp/a" --template "$tmp/template.html"
check "a failed prerender writes nothing" test ! -e "$tmp/site/x.html"
check "a second build into another folder gives the same bytes" bash -c "'$tool' build '$sample' -o '$tmp/b' --today 2026-01-01 --quiet && diff -r '$tmp/a' '$tmp/b'"
# The scripts and the direction: the Arabic story's item and file name Arab, its snapshot is right to left; the
# English story quoting Arabic and Hebrew names names both and is left to right, the Arabic name inline.
check "the Arabic story's feed item and file name its script" bash -c \
  "grep -A4 '\"article\": \"articles/ar-library.json\"' '$tmp/a/feed.json' | tr -d ' \n' | grep -q '\"scripts\":\[\"Arab\"\]' &&
   tr -d ' \n' < '$tmp/a/articles/ar-library.json' | grep -q '\"scripts\":\[\"Arab\"\]'"
check "the English story quoting Arabic and Hebrew names names both scripts" bash -c \
  "tr -d ' \n' < '$tmp/a/articles/manuscripts-workshop.json' | grep -q '\"scripts\":\[\"Arab\",\"Hebr\"\]'"
check "the Arabic story's snapshot is <html lang=ar dir=rtl>" grep -qx '<html lang="ar" dir="rtl">' "$tmp/a/articles/ar-library.html"
check "the Hebrew story's snapshot is <html lang=he dir=rtl>" grep -qx '<html lang="he" dir="rtl">' "$tmp/a/articles/he-light-rail.html"
check "the Hindi and English stories' snapshots are left to right" bash -c \
  "grep -qx '<html lang=\"hi\" dir=\"ltr\">' '$tmp/a/articles/hi-cycle-path.html' &&
   grep -qx '<html lang=\"en\" dir=\"ltr\">' '$tmp/a/articles/manuscripts-workshop.html'"
check "a Latin story names no scripts" bash -c "! grep -q '\"scripts\"' '$tmp/a/articles/keyboard-shortcuts.json'"
# The search index: its root names its segments, every file they hold is there, and the build's line reports it.
check "the sample bundle has a search index (search/index.json and its segment's files)" bash -c "python3 - '$tmp/a' <<'PY'
import json, os, sys
out = sys.argv[1]
root = json.load(open(os.path.join(out, 'search/index.json')))
assert root['format'] == 'folio-search 1' and root['docs'] == 23, root
for seg in root['segments']:
    base = os.path.join(out, 'search', seg['path'])
    need = ['days.bin'] + ['t%d.bin' % i for i in range(len(seg['shards']))]
    need += ['m%d.json' % j for j in range((seg['docs'] + seg['metaPerShard'] - 1) // seg['metaPerShard'])]
    missing = [n for n in need if not os.path.isfile(os.path.join(base, n))]
    assert not missing, missing
    cards = json.load(open(os.path.join(base, 'm0.json')))['docs']
    assert cards and all(c['id'] and c['title'] for c in cards), cards
PY"
check "build reports the search index" run_expect 0 "search index: 23 documents" build "$sample" -o "$tmp/idx-report"
files=$(find "$tmp/a" -type f -not -path "$tmp/a/search/*" | wc -l) # every file the build wrote, its manifest too (the index apart)

mtimes() { (cd "$1" && find . -type f -printf '%p %T@\n' | sort); }
before=$(mtimes "$tmp/a")
check "an unchanged rebuild writes nothing" run_expect 0 "0 files written, $files unchanged, 0 removed" build "$sample" -o "$tmp/a"
check "an unchanged rebuild keeps every file's mtime" test "$before" = "$(mtimes "$tmp/a")"

cp -r "$sample" "$tmp/src"
sed -i 's/Folio scrolls the article/Folio scrolls an article/' "$tmp/src/030_keyboard-shortcuts.md"
check "a changed body rewrites that article's file and snapshot only (and their .gz and .br copies)" \
  run_expect 0 "6 files written, $((files - 6)) unchanged, 0 removed" build "$tmp/src" -o "$tmp/a"
after=$(mtimes "$tmp/a")
changed_all=$(diff <(echo "$before") <(echo "$after") | grep '^>' | cut -d' ' -f2 | sort)
changed=$(grep -v '^\./search/' <<<"$changed_all" | tr '\n' ' ')
changed_index=$(grep -c '^\./search/' <<<"$changed_all")
check "the six rewritten files are the changed article's" test "$changed" = "./articles/keyboard-shortcuts.html ./articles/keyboard-shortcuts.html.br ./articles/keyboard-shortcuts.html.gz ./articles/keyboard-shortcuts.json ./articles/keyboard-shortcuts.json.br ./articles/keyboard-shortcuts.json.gz "
check "... and the search index's delta: the root, its state and a segment of four files ($changed_index)" test "$changed_index" = 6
# Its three files with their copies and every variant of its two photographs (five widths each, in WebP, JPEG and AVIF where this
# libvips encodes it), counted from the article file before it goes.
variants=$(grep -o '"url": "../media/[^"]*"' "$tmp/a/articles/typography-specimen.json" | sort -u | wc -l)
rm "$tmp/src/040_typography.md"
check "a removed source's files are removed ($((9 + variants)))" run_expect 0 "$((9 + variants)) removed" build "$tmp/src" -o "$tmp/a"
check "the smaller bundle still validates" run_expect 0 "valid bundle: 22 articles" "$tool" validate "$tmp/a"

printf -- '---\ntitle: Broken\ndate: someday\n---\nx\n' > "$tmp/src/050_broken.md"
snapshot=$(mtimes "$tmp/a")
check "a build with a bad source fails with file and line" run_expect 1 "050_broken.md: line 3: date \"someday\"" build "$tmp/src" -o "$tmp/a"
check "a failed build leaves the output alone" test "$snapshot" = "$(mtimes "$tmp/a")"
# A write that fails part way (here a folder standing where an oEmbed file goes): the message says what was written.
cp -r "$tmp/src" "$tmp/pw-src" && rm "$tmp/pw-src/050_broken.md" && cp -r "$tmp/a" "$tmp/pw"
sed -i 's/Folio scrolls an article/Folio scrolls the article/' "$tmp/pw-src/030_keyboard-shortcuts.md"
rm "$tmp/pw/oembed/keyboard-shortcuts.json" && mkdir "$tmp/pw/oembed/keyboard-shortcuts.json"
check "a build whose write fails part way says what it wrote, not that nothing changed" \
  run_expect 1 "before it stopped it wrote 6 files and removed 0" build "$tmp/pw-src" -o "$tmp/pw"

mkdir -p "$tmp/many"
for i in $(seq -w 1 300); do printf -- '---\ntitle: Article %s\ndate: 2022-01-01\n---\nText %s.\n' "$i" "$i" > "$tmp/many/$i.md"; done
check "a large build draws a progress bar on a terminal" \
  bash -c "script -qec \"'$tool' build '$tmp/many' -o '$tmp/many-out' --page-size 100\" /dev/null | grep -q 'importing *\['"
check "the large bundle has 3 chained pages and validates" run_expect 0 "valid bundle: 300 articles in 3 feed pages" "$tool" validate "$tmp/many-out"
check "... numbered from the oldest: feed-1.json, feed-2.json and the index feed.json, page 3" \
  bash -c "test -f '$tmp/many-out/feed-1.json' && test -f '$tmp/many-out/feed-2.json' && ! test -e '$tmp/many-out/feed-3.json' && grep -q '\"page\": 3$' '$tmp/many-out/feed.json'"
printf -- '---\ntitle: Article 301\ndate: 2022-01-02\n---\nText 301.\n' > "$tmp/many/301.md"
check "one newer article rolls the full index over: feed-3.json, feed.json, its 3 files (each with its .gz and .br) and the manifest written" \
  run_expect 0 "built 301 articles in 4 feed pages into $tmp/many-out: 16 files written, 2707 unchanged, 0 removed" build "$tmp/many" -o "$tmp/many-out" --page-size 100
check "... and the bundle still validates" run_expect 0 "valid bundle: 301 articles in 4 feed pages" "$tool" validate "$tmp/many-out"
printf -- '---\ntitle: Article 302\ndate: 2022-01-03\n---\nText 302.\n' > "$tmp/many/302.md"
check "one more article writes the search index's root, state and a delta of one article: 6 files, not the index" \
  run_expect 0 "search index: 302 documents, " build "$tmp/many" -o "$tmp/many-out" --page-size 100
check "... and a third: its delta of three articles rewritten alone (days, a term shard, positions, 2 card files) with the root and state: 7 files" bash -c "'$tool' build '$tmp/many' -o '$tmp/many-out' --page-size 100 --today 2026-01-01 2>&1 | grep -q 'search index: 302 documents, .*: 0 files written' &&
  printf -- '---\ntitle: Article 303\ndate: 2022-01-04\n---\nText 303.\n' > '$tmp/many/303.md' &&
  '$tool' build '$tmp/many' -o '$tmp/many-out' --page-size 100 --today 2026-01-01 2>&1 | grep -q 'search index: 303 documents, [0-9]* terms in [0-9]* shards: 7 files written, 4 removed'"
check "--no-search removes the index and nothing else" bash -c "'$tool' build '$tmp/many' -o '$tmp/many-out' --page-size 100 --no-search 2>&1 | grep -q 'search index removed' &&
  ! test -e '$tmp/many-out/search/index.json' && ! test -e '$tmp/many-out/search/state.json' && test -z \"\$(find '$tmp/many-out/search' -type f)\" &&
  '$tool' validate '$tmp/many-out' >/dev/null"
check "no progress bar when stderr is not a terminal" bash -c "! '$tool' build '$tmp/many' -o '$tmp/many-out2' 2>&1 | grep -q 'importing *\['"
check "--jobs 0 exits 2" run_expect 2 "--jobs 0: expected a number of threads" "$tool" build "$tmp/many" -o "$tmp/many-j0" --jobs 0
check "--jobs 1 and --jobs 3 write the same bytes" bash -c "'$tool' build '$tmp/many' -o '$tmp/many-j1' --jobs 1 --quiet &&
  '$tool' build '$tmp/many' -o '$tmp/many-j3' --jobs 3 --quiet && diff -r '$tmp/many-j1' '$tmp/many-j3'"

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

# What build writes is what the readers accept: a section and 100 keywords made a feed item of 101 tags (the whole
# first page then failed in the viewer), and a list of 1,001 items an article file the viewer refused.
mkdir -p "$tmp/lim-src"
{ printf -- '---\ntitle: Tags\ndate: 2022-03-01\nsection: World\nkeywords: ['; seq -s ', ' -f 'k%g' 1 100; printf ']\n---\nText.\n'; } > "$tmp/lim-src/tags.md"
check "build trims the 100th keyword, with a warning naming the line" \
  run_expect 0 "tags.md: line 5: left out 1 keyword past the first 99" build "$tmp/lim-src" -o "$tmp/lim-out"
check "the bundle with the trimmed keywords validates" run_expect 0 "valid bundle: 1 article in 1 feed page" "$tool" validate "$tmp/lim-out"
{ printf -- '---\ntitle: List\ndate: 2022-03-01\n---\nIntro.\n\n'; seq -f '- item %g' 1 1001; } > "$tmp/lim-src/list.md"
check "build refuses a list of 1,001 items, naming the file and the line" \
  run_expect 1 "list.md: line 7: a list of 1001 items; the limit is 1000" build "$tmp/lim-src" -o "$tmp/lim-out"
check "import refuses it the same way" run_expect 1 "list.md: line 7: a list of 1001 items" "$tool" import "$tmp/lim-src/list.md"
check "build --title '' exits 2 (a feed page needs a title)" run_expect 2 "folio-bundle: --title: 1 to 2048 bytes" build "$top/assets/sources" -o "$tmp/opt-out" --title ''
check "build --language 'english please' exits 2" run_expect 2 "folio-bundle: --language english please: expected a language tag" \
  build "$top/assets/sources" -o "$tmp/opt-out" --language 'english please'

# Every importer is linear: a hostile source of each shape imports well within a generous ceiling. When each
# quote scanned every paragraph or every person, or each warning searched the source from its start, these took
# one to two minutes (the counts are chosen so); bench/import_speed.py prints the figures. Past 10,000 blocks an
# article is refused, but only once the whole file was imported.
mkdir -p "$tmp/hostile"
python3 - "$tmp/hostile" <<'PY'
import sys
head = ("All news\n\nA long wire story\n\nA standfirst.\n\n"
        "MOSCOW, March 22. /TASS/. Russian Ambassador to Japan Mikhail Galuzin spoke on Tuesday.\n\n")
shapes = {  # name: (paragraphs, paragraph i)
    "surname.txt": (30000, lambda i: f'"yes {i}," Ivanov said.'),
    "introduced.txt": (100000, lambda i: f'"Q{i}," said Ambassador Ivan Petrov.'),
    "described.txt": (200000, lambda i: f"Minister Ivan Petrov{i // 2} spoke." if i % 2 else f'"Q{i}," the minister said.'),
}
for name, (n, para) in shapes.items():
    open(f"{sys.argv[1]}/{name}", "w").write(head + "\n\n".join(para(i) for i in range(n)) + "\n")
open(f"{sys.argv[1]}/warnings.md", "w").write(
    "---\ntitle: T\ndate: 2022-03-01\n---\n\n" + "\n\n".join(f"A [link](javascript:{i}) and `code`." for i in range(100000)) + "\n")
PY
for f in surname.txt introduced.txt described.txt warnings.md; do
  check "import of a hostile source ($f) ends within a 30 s ceiling" \
    run_expect 1 "blocks; the limit is 10000 (this is block 10001)" timeout 30 "$tool" import --today 2026-01-01 "$tmp/hostile/$f"
done

# Option values that reach the bundle's files must be one line of UTF-8 text: anything else is bad usage (exit 2)
# naming the option, not a bundle the readers refuse.
mkdir -p "$tmp/opt-src" && cp "$seed" "$tmp/opt-src/"
for opt in --title --description --base-url --viewer --language; do
  for value in $'caf\xe9' $'two\nlines' $'esc\e[31m' $'bidi\u202eevil'; do
    [ "$opt" = --base-url ] && value="https://example.org/$value"
    check "build $opt with $(printf '%q' "$value" | head -c 40) exits 2 naming the option" \
      run_expect 2 "folio-bundle: $opt " build "$tmp/opt-src" -o "$tmp/opt-out" "$opt" "$value"
  done
done
check "a refused option leaves no bundle behind" test ! -e "$tmp/opt-out"
check "import --language with a control character exits 2 naming the option" \
  run_expect 2 "folio-bundle: --language " "$tool" import --language $'en\e' "$seed"

# Terminal escapes: every message passes through Printable, so no control character (but the newline ending each
# line), no C1 control and no bidi control reaches stderr raw, whatever a file name, a front-matter key or a JSON
# key holds; the escaped form is shown instead.
no_raw_controls() { # FILE
  if LC_ALL=C grep -qaP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$1"; then
    echo "     raw control bytes in: $(od -c "$1" | head -20)"; return 1
  fi
}
shows() { grep -qF -- "$2" "$1" || { echo "     lacks '$2' in: $(head -c 2000 "$1")"; return 1; }; }
evil=$'evil\e]0;owned\a\nforged: error \u202etxt.md'
mkdir -p "$tmp/esc-src"
printf -- '---\ntitle: T\nid: evil\ndate: someday\n"\\e]0;key\\a": 1\n---\nText.\n' > "$tmp/esc-src/$evil"
"$tool" build "$tmp/esc-src" -o "$tmp/esc-out" --today 2026-01-01 2> "$tmp/esc-build.err"
check "build: a file name with ESC, BEL, a newline and a bidi override reaches stderr escaped" \
  shows "$tmp/esc-build.err" 'evil\x1b]0;owned\x07\nforged: error \u202etxt.md: line 4: date "someday"'
check "build: no raw control bytes on stderr" no_raw_controls "$tmp/esc-build.err"
sed -i 's/date: someday/date: 2022-03-01/' "$tmp/esc-src/$evil"
"$tool" build "$tmp/esc-src" -o "$tmp/esc-out" --today 2026-01-01 2> "$tmp/esc-warn.err"
check "build: a front-matter key with ESC and BEL is warned about escaped" \
  shows "$tmp/esc-warn.err" 'front matter: unknown key "\x1b]0;key\x07" ignored'
check "build: no raw control bytes in the warnings and the summary" no_raw_controls "$tmp/esc-warn.err"
"$tool" import "$tmp/esc-src/$evil" > /dev/null 2> "$tmp/esc-import.err"
check "import: the file name and the key are escaped" shows "$tmp/esc-import.err" 'forged: error \u202etxt.md: line 5: front matter: unknown key "\x1b]0;key\x07"'
check "import: no raw control bytes on stderr" no_raw_controls "$tmp/esc-import.err"
article=$(ls "$tmp/esc-out/articles/"*.json)
python3 - "$article" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
deep = 0
for _ in range(70): deep = [deep]
a["\x1b]0;json\x07\n"] = deep  # a JSON key with ESC, BEL and a newline, over a value nested too deep
open(sys.argv[1], "w").write(json.dumps(a))
PY
"$tool" validate "$tmp/esc-out" > /dev/null 2> "$tmp/esc-validate.err"
check "validate: a JSON key with ESC in a message's JSON path is escaped" shows "$tmp/esc-validate.err" '$.\x1b]0;json\x07\n[0][0]'
check "validate: no raw control bytes on stderr" no_raw_controls "$tmp/esc-validate.err"
"$tool" validate "$tmp/$evil" > "$tmp/esc-nofolder.out" 2>&1
check "validate: a folder name with ESC is escaped" shows "$tmp/esc-nofolder.out" 'evil\x1b]0;owned\x07\nforged'
check "validate: no raw control bytes in its complaint" no_raw_controls "$tmp/esc-nofolder.out"
"$tool" build --bogus$'\e]0;x\a' > "$tmp/esc-usage.out" 2>&1
check "a usage complaint about an option with ESC is escaped" shows "$tmp/esc-usage.out" 'unknown option --bogus\x1b]0;x\x07'
check "a usage complaint has no raw control bytes" no_raw_controls "$tmp/esc-usage.out"

# ---- what build reads, writes and removes (issue 10) -----------------------------------------------------------
md() { printf -- '---\ntitle: %s\ndate: 2022-03-01\n---\n%b' "$1" "$2"; } # md TITLE BODY: a Markdown source
png() { python3 -c '
import struct, sys, zlib
s, w, h = sys.argv[1].encode(), 8, 8
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
rows = b"".join(b"\0" + bytes(s[(x + y) % len(s)] for x in range(3 * w)) for y in range(h))
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
                        chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))' "$1"; } # png TEXT: an 8 x 8 PNG drawn from TEXT

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
  # each 8-pixel photo: one rung, as a WebP, a JPEG (src points at it) and, where libvips encodes AV1, an AVIF
  local per; per=$(python3 -c 'import json,sys; print(len([b for b in json.load(open(sys.argv[1]))["body"] if b["type"] == "photo"][0]["variants"]))' "$tmp/ph/out/articles/c.json")
  [ "$c" != "$d" ] && [[ "$c" == ../media/*.jpg ]] && [[ "$d" == ../media/*.jpg ]] && { [ "$per" = 2 ] || [ "$per" = 3 ]; } &&
    [ "$(ls "$tmp/ph/out/media" | wc -l)" = $((2 * per)) ] && test -s "$tmp/ph/out/articles/$c" && test -s "$tmp/ph/out/articles/$d" ||
    { echo "     c: $c, d: $d, media: $(ls "$tmp/ph/out/media" 2>&1)"; return 1; }
}
check "img/p.png in two folders becomes two photos' variants, each article pointing at its own" two_media
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
build "$sample" -o "$tmp/tl" --quiet
echo "the victim's own bytes" > "$tmp/victim"
ln -s "$tmp/victim" "$tmp/tl/articles/801a1fae005ec4bc.json.tmp"
rm "$tmp/tl/articles/801a1fae005ec4bc.json"; ln -s "$tmp/victim" "$tmp/tl/articles/801a1fae005ec4bc.json"
check "a rebuild with links planted at <id>.json.tmp and <id>.json succeeds" run_expect 0 "built 23 articles" build "$sample" -o "$tmp/tl"
check "... and leaves the links' target untouched" test "$(cat "$tmp/victim")" = "the victim's own bytes"
check "... and writes the article file in the link's place" bash -c "test -f '$tmp/tl/articles/801a1fae005ec4bc.json' && ! test -L '$tmp/tl/articles/801a1fae005ec4bc.json'"

manifest_lists_all() { # format 2: each id stands for its 3 files, the pages for theirs, each with a .gz and a .br
  diff <(python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
files = list(m["files"])
for i in m["articles"]: files += [f"articles/{i}.json", f"articles/{i}.html", f"oembed/{i}.json"]
files += [f"feed-{n}.json" for n in range(1, m["feedPages"])] + ["feed.json"] * (m["feedPages"] > 0)
print("\n".join(sorted(f + e for f in files for e in (("", ".gz", ".br") if not f.startswith("media/") else ("",)))))' "$1/folio-manifest.json") \
       <(cd "$1" && find . -type f ! -name folio-manifest.json ! -name folio-media.json ! -path './search/*' | sed 's|^\./||' | sort)
}
# The search index's files are its own record's (search/state.json), as the media cache's are folio-media.json's.
index_lists_all() {
  diff <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1] + "/search/state.json"))
files = ["search/index.json", "search/state.json"]
for seg in s["segments"]:
    d = "search/" + seg["path"] + "/"
    files += [d + "days.bin"] + [d + f"t{i}.bin" for i in range(seg["termShards"])] + [d + f"m{j}.json" for j in range(seg["metaShards"])]
    files += [d + f"p{i}.bin" for i in range(seg["termShards"]) if __import__("os").path.exists(sys.argv[1] + "/" + d + f"p{i}.bin")]
print("\n".join(sorted(files)))' "$1") <(cd "$1" && find search -type f | sort)
}
check "the manifest lists exactly the files the build wrote" manifest_lists_all "$tmp/a"
check "the search index's state lists exactly the index's files" index_lists_all "$tmp/a"
mine="articles/mine.json articles/mine.html oembed/mine.json feed-9.json"
for f in $mine; do echo hand-made > "$tmp/a/$f"; done
rm "$tmp/src/050_broken.md" "$tmp/src/000_801a1fae005ec4bc.txt"
check "a rebuild with a source fewer succeeds" run_expect 0 "9 removed" build "$tmp/src" -o "$tmp/a"
all_hand_made() { for f in $mine; do grep -qx hand-made "$tmp/a/$f" || { echo "     $f: $(cat "$tmp/a/$f" 2>&1)"; return 1; }; done; }
check "... and leaves hand-made .json and .html files and feed pages alone" all_hand_made
for f in $mine; do rm "$tmp/a/$f"; done

mkdir -p "$tmp/theirs/articles"; echo theirs > "$tmp/theirs/articles/theirs.html"; echo theirs > "$tmp/theirs/feed-2.json"
check "a folder of other files without a manifest is refused" \
  run_expect 1 "holds files but no folio-manifest.json" build "$sample" -o "$tmp/theirs"
check "... with --force it is built into" run_expect 0 "built 23 articles" build "$sample" -o "$tmp/theirs" --force
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

# ninjs embargoes are judged at --now (the clock without it); a WordPress export gives one article per post.
mkdir -p "$tmp/emb"
printf '{"uri": "urn:x:emb", "headline": "Embargoed", "body_text": "B.", "firstcreated": "2026-06-01T00:00:00Z", "embargoed": "2026-06-01T00:00:00Z"}' > "$tmp/emb/e.json"
printf -- '---\ntitle: A\ndate: 2026-01-01\n---\nText.\n' > "$tmp/emb/a.md"
check "an item embargoed past --now is not built, with a warning" run_expect 0 \
  'e.json: $.embargoed: the item is embargoed until 2026-06-01T00:00:00Z (now is 2026-05-31T23:59:59Z): not published' \
  build "$tmp/emb" -o "$tmp/emb-out" --now 2026-05-31T23:59:59Z
check "... and is built from its embargo's time" run_expect 0 "built 2 articles" build "$tmp/emb" -o "$tmp/emb-out" --now 2026-06-01T00:00:00Z
check "--now that is no time is bad usage" run_expect 2 "--now soon: expected an RFC 3339 date-time" "$tool" import --now soon "$tmp/emb/e.json"
check "import of a WordPress export prints an article per post" \
  bash -c "'$tool' import '$top/assets/sources/070_wordpress-posts.json' | grep -c '\"folioFormat\"' | grep -qx 2"

# The bad-image corpus (tests/bad-inputs/images): each, as the only photo of a bundle, stops the build with the
# reason expected.tsv gives, within 512 MiB of address space (a decompression bomb is refused from its header).
bad="$top/tests/bad-inputs"
for img in "$bad"/images/*; do
  name=images/$(basename "$img")
  reason=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$bad/expected.tsv")
  src="$tmp/bad-image/$(basename "$img")"; mkdir -p "$src"; cp "$img" "$src/"
  printf -- '---\ntitle: A\ndate: 2022-03-01\n---\n![A photo](%s)\n' "$(basename "$img")" > "$src/a.md"
  check "$name is refused within 512 MiB: $reason" \
    run_expect 1 "$reason" bash -c 'ulimit -v 524288; exec "$@"' _ "$tool" build "$src" -o "$src/out" --quiet
done

echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
