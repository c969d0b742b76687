#!/usr/bin/env bash
# Search in the desktop viewer, in a real window under Xvfb: on the sample bundle's folder (build/web/bundle, built
# with its search index by folio-bundle) "/" moves to the search field, typing finds the seed article, Escape lets
# the keys go, j and Return open the result with Find pre-filled; the same over http on loopback (the index's files
# fetched like the bundle's); a bundle without an index says search is not there rather than failing. Ends with
# "desktop search: N passed, N failed".
set -uo pipefail
suite="desktop search"
. "$(dirname "$0")/lib.sh"
export XDG_CONFIG_HOME="$work/config"
bundle="$top/build/web/bundle"
seed=801a1fae005ec4bc
[ -f "$bundle/search/index.json" ] || { echo "FAIL - $bundle/search/index.json is missing: run scripts/build first"; echo "$suite: 0 passed, 1 failed"; exit 1; }

# search_and_open WHERE: types the query into the field "/" opens, checks the results, opens the first.
search_and_open() {
  check "$1: the viewer starts" start "$2" --size 1100x760
  check "$1: the article is shown" wait_for state article
  key slash
  xdotool type --delay 40 ambassador
  check "$1: typing searches: the seed article is found" \
    wait_true "s['state'] == 'search' and s['search']['status'] == 'ready' and s['search']['query'] == 'ambassador' and s['search']['total'] >= 1"
  check "$1: the \"s\" typed opened no settings" wait_true "not s['settingsOpen']"
  xdotool key --window "$win" Escape
  check "$1: Escape lets the keys go, the results stay" wait_true "s['textEntry']['field'] == '' and s['state'] == 'search'"
  key j Return
  check "$1: the result opens with Find pre-filled" \
    wait_true "s['state'] == 'article' and s['articleId'] == '$seed' and s['find']['open'] and s['find']['query'].lower() == 'ambassador' and s['find']['count'] >= 1"
  stop
}

search_and_open "folder" "$bundle"
serve "$bundle"
search_and_open "http" "http://127.0.0.1:$port/"

# A bundle built without an index: searching says so, nothing fails.
make_bundle "$work/plain" "Plain desk" a:"Probe reaches the outer moons" b:"Ports reopen as the strike ends"
check "no index: the viewer starts" start "$work/plain" --size 1100x760
key slash
xdotool type --delay 40 probe
check "no index: the search says why, and the viewer lives" \
  wait_true "s['search']['status'] in ('failed', 'off') and (s['search']['status'] == 'off' or 'search' in s['search']['error'].lower())"
check "... still running" alive
stop
finish
