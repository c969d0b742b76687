#!/usr/bin/env bash
# The desktop viewer as a reader uses it, in a real window under Xvfb, driven with xdotool and read through
# FOLIO_STATE_FILE (the same state the web page exposes): keyboard navigation, settings that persist in
# $XDG_CONFIG_HOME/folio and survive a corrupt file, the system clipboard, and no frames while idle.
# Ends with "desktop reading: N passed, N failed".
set -uo pipefail
suite="desktop reading"
. "$(dirname "$0")/lib.sh"
export XDG_CONFIG_HOME="$work/config"
paragraphs=30 make_bundle "$work/bundle" "Desk" a:"Probe reaches the outer moons" b:"Talks resume after a long pause" \
  c:"Ports reopen as the strike ends"
# open_desk: the viewer on that bundle, once it shows an article.
open_desk() { start "$work/bundle" --size 1000x800 && wait_for state article; }

check "the viewer opens the newest article" open_desk
check "its id is c" wait_for articleId c
key j
check "j opens the next article in the feed" wait_for articleId b
key k
check "k opens the previous one" wait_for articleId c
key End
check "End scrolls to the end" wait_true "s['scrollY'] == s['scrollMax'] and s['scrollMax'] > 0"
key Escape
check "Escape goes to the feed" wait_for state feed
key BackSpace
check "Backspace goes back to the article" wait_for articleId c

key ctrl+equal ctrl+equal
check "Ctrl+= makes the text larger" wait_for settings.fontSize 24.0
check "the settings are stored under XDG_CONFIG_HOME/folio" grep -q '"fontSize":24' "$XDG_CONFIG_HOME/folio/settings.json"
key ctrl+a
check "Ctrl+A selects the article" wait_true "s['selectionLength'] > 1000"
key ctrl+c
check "Ctrl+A, Ctrl+C put the article on the system clipboard" clipboard_has "Ports reopen as the strike ends"

# Idle: no frames drawn and (almost) no CPU while nothing happens, once start-up is over: the speech engine has
# connected (or failed to) and its voices drew the read-aloud button; a late arrival costs a frame, not a loop.
check "the speech engine settles" wait_true "s['narration']['engineGeneration'] >= 1"
sleep 1
frames=$(state framesRendered)
ticks0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
sleep 3
frames1=$(state framesRendered)
ticks1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
check "an idle window draws no frames (3 s: $((frames1 - frames)) frames)" test "$frames1" = "$frames"
check "an idle window uses no CPU (3 s: $((ticks1 - ticks0)) ticks)" test $((ticks1 - ticks0)) -le 2
stop

open_desk >/dev/null
check "the settings survive a restart" wait_for settings.fontSize 24.0
stop
printf '{"fontSize": "big", ' > "$XDG_CONFIG_HOME/folio/settings.json"
cp "$XDG_CONFIG_HOME/folio/settings.json" "$work/corrupt.json"
open_desk >/dev/null
check "a corrupt settings file falls back to the defaults" wait_for settings.fontSize 20.0
sleep 0.5
check "and is not overwritten while nothing changes" cmp -s "$XDG_CONFIG_HOME/folio/settings.json" "$work/corrupt.json"
stop

finish
