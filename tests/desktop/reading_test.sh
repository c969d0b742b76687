#!/usr/bin/env bash
# The desktop viewer as a reader uses it, in a real window under Xvfb, driven with xdotool and read through
# FOLIO_STATE_FILE (the same state the web page exposes): keyboard navigation, settings that persist in
# $XDG_CONFIG_HOME/folio and survive a corrupt file, the system clipboard, and no frames while idle.
# Ends with "desktop reading: N passed, N failed".
set -uo pipefail
if [ -z "${FOLIO_IN_XVFB:-}" ]; then
  exec env FOLIO_IN_XVFB=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
top=$(cd "$(dirname "$0")/../.." && pwd)
folio="$top/build/native/folio"
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
pass=0; fail=0
check() { local name=$1; shift; if "$@"; then pass=$((pass + 1)); echo "ok   - $name"; else fail=$((fail + 1)); echo "FAIL - $name"; fi; }
state_file="$work/state.json"
export XDG_CONFIG_HOME="$work/config"

# A bundle of three articles, written with Python's json module.
/usr/bin/python3 - "$work/bundle" <<'PY'
import json, os, sys
root = sys.argv[1]
os.makedirs(os.path.join(root, "articles"))
arts = [("a", "Probe reaches the outer moons", "2024-03-01T09:00:00Z"),
        ("b", "Talks resume after a long pause", "2024-03-02T09:00:00Z"),
        ("c", "Ports reopen as the strike ends", "2024-03-03T09:00:00Z")]
items = []
for id_, headline, date in arts:
    body = [{"type": "paragraph", "text": f"{headline}. Paragraph {i + 1} of the story, long enough to wrap across a line or two in the reader's column."} for i in range(30)]
    json.dump({"id": id_, "headline": headline, "description": "A standfirst.", "datePublished": date, "body": body},
              open(os.path.join(root, "articles", id_ + ".json"), "w"))
    items.append({"id": id_, "title": headline, "content_text": headline, "date_published": date, "_folio": {"article": f"articles/{id_}.json"}})
json.dump({"version": "https://jsonfeed.org/version/1.1", "title": "Desk", "items": items}, open(os.path.join(root, "feed.json"), "w"))
PY

# state KEY: a field of the state, through Python's json module.
state() { /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); v=d
for k in sys.argv[2].split('.'): v=v[k]
print(str(v).lower() if isinstance(v,bool) else v)" "$state_file" "$1" 2>/dev/null; }
# wait_for KEY VALUE: until the state says so (10 s at most).
wait_for() { for _ in $(seq 100); do [ "$(state "$1")" = "$2" ] && return 0; sleep 0.1; done; echo "     $1 is '$(state "$1")', expected '$2'"; return 1; }
start() {
  rm -f "$state_file"
  FOLIO_STATE_FILE="$state_file" "$folio" "$work/bundle" --size 1000x800 2>"$work/stderr" &
  pid=$!
  wait_for state article || return 1
  win=$(xdotool search --sync --pid "$pid" --class folio 2>/dev/null | head -n1)
  [ -n "$win" ] || win=$(xdotool search --sync --name "Ports reopen" | head -n1)
  xdotool windowfocus --sync "$win" 2>/dev/null || true
}
stop() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=""; }
# key K...: presses each key; ctrl+X as explicit down and up events (xdotool's --clearmodifiers can drop them).
key() {
  for k in "$@"; do
    if [[ $k == ctrl+* ]]; then xdotool keydown ctrl key "${k#ctrl+}" keyup ctrl; else xdotool key "$k"; fi
  done
}

[ -x "$folio" ] || { echo "FAIL - $folio is missing"; echo "desktop reading: 0 passed, 1 failed"; exit 1; }

check "the viewer opens the newest article" start
check "its id is c" wait_for articleId c
key j
check "j opens the next article in the feed" wait_for articleId b
key k
check "k opens the previous one" wait_for articleId c
key End
check "End scrolls to the end" bash -c "for _ in \$(seq 50); do [ \"\$(/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d[\"scrollY\"]==d[\"scrollMax\"] and d[\"scrollMax\"]>0)' '$state_file')\" = True ] && exit 0; sleep 0.1; done; exit 1"
key Escape
check "Escape goes to the feed" wait_for state feed
key BackSpace
check "Backspace goes back to the article" wait_for articleId c

key ctrl+equal ctrl+equal
check "Ctrl+= makes the text larger" wait_for settings.fontSize 24.0
check "the settings are stored under XDG_CONFIG_HOME/folio" grep -q '"fontSize":24' "$XDG_CONFIG_HOME/folio/settings.json"
key ctrl+a
check "Ctrl+A selects the article" bash -c "for _ in \$(seq 50); do [ \"\$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[\"selectionLength\"] > 1000)' '$state_file')\" = True ] && exit 0; sleep 0.1; done; exit 1"
key ctrl+c
check "Ctrl+A, Ctrl+C put the article on the system clipboard" \
  bash -c "for _ in \$(seq 30); do xclip -o -selection clipboard -t UTF8_STRING 2>/dev/null | grep -q 'Ports reopen as the strike ends' && exit 0; sleep 0.2; done; exit 1"

# Idle: no frames drawn and (almost) no CPU while nothing happens.
sleep 1
frames=$(state framesRendered)
ticks0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
sleep 3
frames1=$(state framesRendered)
ticks1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
check "an idle window draws no frames (3 s: $((frames1 - frames)) frames)" test "$frames1" = "$frames"
check "an idle window uses no CPU (3 s: $((ticks1 - ticks0)) ticks)" test $((ticks1 - ticks0)) -le 2
stop

start >/dev/null
check "the settings survive a restart" wait_for settings.fontSize 24.0
stop
printf '{"fontSize": "big", ' > "$XDG_CONFIG_HOME/folio/settings.json"
cp "$XDG_CONFIG_HOME/folio/settings.json" "$work/corrupt.json"
start >/dev/null
check "a corrupt settings file falls back to the defaults" wait_for settings.fontSize 20.0
sleep 0.5
check "and is not overwritten while nothing changes" cmp -s "$XDG_CONFIG_HOME/folio/settings.json" "$work/corrupt.json"
stop

echo "desktop reading: $pass passed, $fail failed"
[ $fail = 0 ]
