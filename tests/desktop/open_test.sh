#!/usr/bin/env bash
# What the desktop viewer opens: a bundle folder, a feed page's file, one article file (JSON or plain text),
# a bundle over http on loopback (folder address, feed page, article, redirects), and what it refuses (404, a
# closed port, an oversized answer, another scheme, corrupt files, links below a source's folder, FIFOs) with the
# error view and a message. In a window: the title is the headline, /dev/zero and a FIFO show the error view at
# once with bounded memory, a long plain-text import keeps the loading view drawn, a slow download shows its
# progress while the window stays responsive and is stopped when another source is dropped, a bad bundle shows
# the error view without a crash, drops (real XDND) open folders, files (read below their folder) and addresses,
# an idle window draws nothing after a download, and what a window downloaded opens again with the server gone
# (kept under $XDG_CACHE_HOME/folio). Ends with "desktop open: N passed, N failed".
set -uo pipefail
suite="desktop open"
. "$(dirname "$0")/lib.sh"
# Read aloud's engine is left out (a library that is not there): speech-dispatcher, started on demand, can take
# seconds to list its voices, and the frames that draw its button would land in the idle checks here; read aloud
# has its own suite (speech_test.sh).
export FOLIO_SPEECH_LIBRARY=/nonexistent/libspeechd.so.2
export XDG_CONFIG_HOME="$work/config"

make_bundle "$work/site/news" "Desk" a:"Probe reaches the outer moons" b:"Ports reopen as the strike ends"
make_bundle "$work/other" "Other desk" c:"Harbour lights return to the bay" d:"Orchestra plays the flooded hall"
mkdir -p "$work/files"
cp "$work/site/news/articles/a.json" "$work/files/a.json"
cp "$work/site/news/feed.json" "$work/site/news/front-page.json" # a feed page under another name
# Links: below a source's folder none is followed (a file or a folder on the way); the file named itself is.
cp "$work/site/news/feed.json" "$work/files/linked-articles.json"
ln -s "$work/site/news/articles" "$work/files/articles"
ln -s "$work/files/a.json" "$work/files/named-link.json"
make_bundle "$work/linked" "Linked desk" a:"Probe reaches the outer moons" b:"Ports reopen as the strike ends"
ln -sf "$work/site/news/articles/b.json" "$work/linked/articles/b.json" # its newest article, read from elsewhere
mkfifo "$work/files/pipe.json"
mkdir -p "$work/fifo-bundle" && mkfifo "$work/fifo-bundle/feed.json"
printf '{"id": "x", "headline": 5}' > "$work/files/broken.json"
# A plain-text article in the wire shape: section, headline, standfirst, then the body opening with a dateline.
cat > "$work/files/wire-story.txt" <<'TXT'
World

Ferry links restored after the winter storms

Crossings resume on all routes as the last of the damaged piers reopens

OSLO, March 3. /NTB/. Ferry crossings resumed on Monday on every route along the western coast, the operator said, after the last of the piers damaged in February's storms was repaired.

"We are glad to welcome passengers back on board," the operator's spokeswoman Kari Nordmann said.

Timetables return to their winter pattern from next week.
TXT
cp "$top/assets/sources/000_801a1fae005ec4bc.txt" "$work/files/" # the seed, as folio-bundle imports it
shot() { echo "$work/shot-$1.png"; }
# titled TEXT: the window's title becomes TEXT (5 s at most).
title_is() { [ "$(xdotool getwindowname "$win")" = "$1" ]; }
titled() { eventually 5 title_is "$1" || { echo "     the title is '$(xdotool getwindowname "$win")'"; return 1; }; }
S=(--size 640x480)

# ---- screenshots: what opens -----------------------------------------------------------------------------------
check "a bundle folder opens its newest article" run_expect 0 "" "$folio" "$work/site/news" --screenshot "$(shot folder)" "${S[@]}"
check "... and draws it" png_ok "$(shot folder)" 640 480
check "a folder given with a trailing slash" run_expect 0 "" "$folio" "$work/site/news/" --screenshot "$(shot slash)" "${S[@]}"
check "a feed page's file" run_expect 0 "" "$folio" "$work/site/news/feed.json" --article a --screenshot "$(shot feed)" "${S[@]}"
check "a feed page under another name is read as the feed" \
  run_expect 0 "" "$folio" "$work/site/news/front-page.json" --article a --screenshot "$(shot front)" "${S[@]}"
check "one article file opens without a feed" run_expect 0 "" "$folio" "$work/files/a.json" --screenshot "$(shot single)" "${S[@]}"
check "... and draws it" png_ok "$(shot single)" 640 480
check "one plain-text article opens through the importer" \
  run_expect 0 "" "$folio" "$work/files/wire-story.txt" --screenshot "$(shot text)" "${S[@]}"
check "... and draws it" png_ok "$(shot text)" 640 480
check "the seed's plain text opens too" \
  run_expect 0 "" "$folio" "$work/files/000_801a1fae005ec4bc.txt" --screenshot "$artifacts/desktop-seed-text.png" "${S[@]}"
check "an article file with another --article id exits 1, naming the id" \
  run_expect 1 'no article with id \"zz\"' "$folio" "$work/files/a.json" --article zz --screenshot "$(shot zz)" "${S[@]}"
check "a corrupt article file exits 1, naming the file and the reason" \
  run_expect 1 "broken.json: \$.headline" "$folio" "$work/files/broken.json" --screenshot "$(shot broken)" "${S[@]}"
check "a missing file exits 1 with the system's reason" \
  run_expect 1 "nothing-here.json: No such file or directory" "$folio" "$work/files/nothing-here.json" --screenshot "$(shot missing)" "${S[@]}"
check "a file named through a link opens (the link named is followed)" \
  run_expect 0 "" "$folio" "$work/files/named-link.json" --screenshot "$(shot named-link)" "${S[@]}"
check "a bundle's article file that is a link is refused, naming the link" \
  run_expect 1 "linked/articles/b.json: is a symbolic link, which is not followed" \
  "$folio" "$work/linked" --screenshot "$(shot linked)" "${S[@]}"
check "... while its other articles open" run_expect 0 "" "$folio" "$work/linked" --article a --screenshot "$(shot linked-a)" "${S[@]}"
check "a feed page whose articles/ folder is a link is refused, naming the folder" \
  run_expect 1 "files/articles: is a symbolic link, which is not followed" \
  "$folio" "$work/files/linked-articles.json" --article a --screenshot "$(shot linked-dir)" "${S[@]}"
check "a bundle whose feed.json is a FIFO is refused at once, without waiting for a writer" \
  run_expect 1 "fifo-bundle/feed.json: is not a regular file" timeout 20 "$folio" "$work/fifo-bundle" --screenshot "$(shot fifo)" "${S[@]}"
esc_name="$work/files/"$'title\e]0;pwned\a.json' # a name that would retitle the terminal
printf '{"id": "x", "headline": 5}' > "$esc_name"
no_raw_escape() { local out; out=$("$folio" "$esc_name" --screenshot "$(shot esc)" "${S[@]}" 2>&1); ! grep -q $'\e' <<<"$out"; }
check "a file name's terminal escapes are printed as visible escapes" \
  run_expect 1 'title\x1b]0;pwned\x07.json: $.headline' "$folio" "$esc_name" --screenshot "$(shot esc)" "${S[@]}"
check "... and never raw" no_raw_escape
check "another scheme is refused with a message" \
  run_expect 1 "only http and https addresses" "$folio" "ftp://127.0.0.1/news/feed.json" --screenshot "$(shot ftp)" "${S[@]}"

# ---- over http on loopback ---------------------------------------------------------------------------------------
check "the loopback bundle server starts" serve "$work/site"
base="http://127.0.0.1:$port"
check "a bundle's http address ending in / opens its feed" run_expect 0 "" "$folio" "$base/news/" --screenshot "$(shot http)" "${S[@]}"
check "... and draws the article" png_ok "$(shot http)" 640 480
check "the address without the slash" run_expect 0 "" "$folio" "$base/news" --article a --screenshot "$(shot http2)" "${S[@]}"
check "a feed page's address" run_expect 0 "" "$folio" "$base/news/feed.json" --screenshot "$(shot http3)" "${S[@]}"
check "one article's address" run_expect 0 "" "$folio" "$base/news/articles/b.json" --screenshot "$(shot http4)" "${S[@]}"
check "two redirects are followed" run_expect 0 "" "$folio" "$base/redirect/2/news/feed.json" --screenshot "$(shot redirect)" "${S[@]}"
check "eight redirects are too many" \
  run_expect 1 "redirects followed" "$folio" "$base/redirect/8/news/feed.json" --screenshot "$(shot redirects)" "${S[@]}"
check "HTTP 404 exits 1 with the status" \
  run_expect 1 "$base/nowhere/feed.json: HTTP 404" "$folio" "$base/nowhere/" --screenshot "$(shot 404)" "${S[@]}"
check "... and draws the error view" png_ok "$(shot 404)" 640 480
cp "$(shot 404)" "$artifacts/desktop-http-404.png"
check "an answer over the size limit is refused" \
  run_expect 1 "larger than the limit" "$folio" "$base/huge.json" --screenshot "$(shot huge)" "${S[@]}"
closed=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
check "a closed port exits 1: connection refused" \
  run_expect 1 "Connection refused" "$folio" "http://127.0.0.1:$closed/news/" --screenshot "$(shot refused)" "${S[@]}"
check "... and draws the error view" png_ok "$(shot refused)" 640 480

# ---- in a window -------------------------------------------------------------------------------------------------
check "a window on a bundle folder shows the newest article" start "$work/site/news" --size 900x700
check "... whose headline is the window's title" titled "Ports reopen as the strike ends"
check "a dropped article file opens (XDND)" /usr/bin/python3 "$top/tests/desktop/xdnd_drop.py" "$win" "$work/files/a.json"
check "... showing that article" wait_for title "Probe reaches the outer moons"
check "... as a feed of one" wait_for feedItems 1
check "... and the window's title follows" titled "Probe reaches the outer moons"
check "a dropped bundle folder opens" /usr/bin/python3 "$top/tests/desktop/xdnd_drop.py" "$win" "$work/other"
check "... at its newest article" wait_for title "Orchestra plays the flooded hall"
check "... with its whole feed" wait_for feedItems 2
key Escape
check "... whose feed view is the new bundle's" wait_for state feed
check "a dropped bundle folder is read below its folder without links" /usr/bin/python3 "$top/tests/desktop/xdnd_drop.py" "$win" "$work/linked"
check "... its newest article, a link, refused and named" \
  wait_true "s['state'] == 'error' and 'linked/articles/b.json: is a symbolic link' in s['error']"
stop

# opens_capped MB ARGS...: a window on ARGS draws a first frame within 15 s while its peak resident memory stays
# under MB (the viewer is stopped the moment it passes them, so a read without bound cannot take the machine).
opens_capped() {
  local limit_kb=$(($1 * 1024)) peak=0; shift
  stop; rm -f "$state_file"
  FOLIO_STATE_FILE="$state_file" "$folio" "$@" 2>"$work/stderr" &
  pid=$!
  for _ in $(seq 150); do
    peak=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null)
    if [ "${peak:-0}" -gt "$limit_kb" ]; then echo "     resident memory passed $((peak / 1024)) MB: stopped"; stop; return 1; fi
    if [ -s "$state_file" ]; then echo "     peak resident memory $((${peak:-0} / 1024)) MB"; return 0; fi
    sleep 0.1
  done
  echo "     no frame within 15 s"; return 1
}
check "a window on /dev/zero draws, its memory under 300 MB" opens_capped 300 /dev/zero --size 800x600
check "... the error view, saying it is not a regular file" wait_true "s['state'] == 'error' and 'is not a regular file' in s['error']"
stop
check "a window on a FIFO draws within seconds (the read does not wait for a writer)" opens_capped 300 "$work/files/pipe.json" --size 800x600
check "... the error view, naming the FIFO" wait_true "s['state'] == 'error' and 'pipe.json: is not a regular file' in s['error']"
stop

start "$work/files/wire-story.txt" --size 800x600 >/dev/null
check "a plain-text article in a window shows its headline" wait_for title "Ferry links restored after the winter storms"
check "... under the id its file name gives" wait_for articleId wire-story
stop
# A plain-text article near the importer's 16 MB limit (and within the format's: fewer than 10,000 paragraphs):
# the import runs on a worker thread, so the loading view is drawn (its fonts ready) while it runs, and the article
# follows. (It used to run inside the main loop: the first frame came only with the article, and a slow import
# froze the window.)
/usr/bin/python3 - "$work/files/long-story.txt" <<'PY'
import sys
head = "World\n\nThe longest wire story\n\nIt runs to the importer's limit\n\nOSLO, March 3. /NTB/. The story begins.\n\n"
para = "Officials said on Monday that the talks would resume next week in the capital, after a pause of some days. " * 14
open(sys.argv[1], "w").write(head + (para.strip() + "\n\n") * 9990)
PY
# drawn_while_importing: from the viewer's start until its article shows (30 s at most), some frame drew the
# loading view with the fonts ready. The state file is read as often as it changes.
drawn_while_importing() {
  /usr/bin/python3 - "$state_file" <<'PY'
import json, sys, time
seen, end = [], time.time() + 30
while time.time() < end:
    try:
        s = json.load(open(sys.argv[1]))
    except (OSError, ValueError):
        time.sleep(0.001); continue
    sample = (s["state"], s["fontsReady"], s["frames"])
    if not seen or seen[-1] != sample: seen.append(sample)
    if s["state"] != "loading": break
    time.sleep(0.001)
print("     states seen (state, fontsReady, frames):", seen[:8])
sys.exit(0 if seen[-1][0] == "article" and any(st == "loading" and ready and n > 0 for st, ready, n in seen) else 1)
PY
}
stop; rm -f "$state_file"
FOLIO_STATE_FILE="$state_file" "$folio" "$work/files/long-story.txt" --size 800x600 2>"$work/stderr" &
pid=$!
check "a 15 MB plain-text article: the loading view is drawn while it imports, then the article" drawn_while_importing
check "... whose headline is the story's" wait_for title "The longest wire story"
stop

start "$work/files/000_801a1fae005ec4bc.txt" --size 800x600 >/dev/null
check "the seed's text in a window: its headline, its id without the order prefix" \
  wait_true "s['title'].startswith('Peace treaty talks with Tokyo') and s['articleId'] == '801a1fae005ec4bc'"
stop

mkdir -p "$work/bad"
printf '{"version": "https://jsonfeed.org/version/1.1", "items": [{' > "$work/bad/feed.json"
start "$work/bad" --size 800x600 >/dev/null
check "a bad bundle in a window shows the error view" wait_for state error
check "... naming the file" wait_true "'feed.json' in s['error']"
sleep 0.5
check "... without a crash" alive
stop

# A new source cancels the old one's downloads: a download that hangs halfway is stopped (the server sees its
# client hang up), and the dropped address opens at once, not behind it.
start "$base/slow/news/feed.json" --size 800x600 >/dev/null
wait_true "s['progress']['bytes'] > 0" >/dev/null
check "an address dropped while a download hangs (a browser's drop)" /usr/bin/python3 "$top/tests/desktop/xdnd_drop.py" "$win" "$base/news/"
check "... opens at once, not behind the hanging download" wait_for title "Ports reopen as the strike ends"
check "... which was stopped: the server saw its client hang up" \
  eventually 5 grep -qs "/news/feed.json" "$work/release-closed"
stop

start "$base/slow/news/feed.json" --size 800x600 >/dev/null
check "a slow download shows the loading view" wait_for state loading
check "... with the bytes received so far" wait_true "s['progress']['bytes'] > 0 and s['progress']['url'].endswith('/slow/news/feed.json')"
# The toolbar's settings button (its right end, 32 logical pixels in; 26 down) answers while the bytes trickle.
xdotool mousemove --window "$win" 768 26 sleep 0.3 click 1
check "... while the window still answers the mouse" wait_for settingsOpen true
check "... and the download goes on" wait_for state loading
touch "$work/release"
check "... then the article" wait_for state article
[ "$(state state)" = article ] || echo "     error: $(state error)"
check "... and no progress" wait_for progress.url ""
sleep 1
f0=$(state framesRendered)
sleep 2
f1=$(state framesRendered)
check "after the download an idle window draws nothing (2 s: $((f1 - f0)) frames)" test "$f1" = "$f0"
stop

# Offline: what a window downloaded is kept under $XDG_CACHE_HOME/folio and opens when the server is gone.
start "$base/news/" --size 800x600 >/dev/null
check "a window on the bundle's address, online" wait_for title "Ports reopen as the strike ends"
stop
check "... keeps what it downloaded under \$XDG_CACHE_HOME/folio/http" \
  test "$(find "$XDG_CACHE_HOME/folio/http" -type f 2>/dev/null | wc -l)" -ge 2
kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; server_pid=""
start "$base/news/" --size 800x600 >/dev/null
check "the same address with the server gone opens the kept copy" wait_for title "Ports reopen as the strike ends"
check "... as an article, not the error view" wait_for state article
stop
start "$base/news/articles/never.json" --size 800x600 >/dev/null
check "an address never downloaded shows the error view" wait_for state error
check "... saying why" wait_true "'Connection refused' in s['error']"
stop

finish
