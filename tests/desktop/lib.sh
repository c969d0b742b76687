# Shared pieces of the desktop tests (sourced): one Xvfb display for the whole suite, counting checks, PNG facts,
# the viewer started with FOLIO_STATE_FILE and read back, keys through xdotool, and the loopback bundle server.
# The caller sets `suite` (the name its summary line starts with) before sourcing this.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
folio="$top/build/native/folio"
artifacts="$top/build/test-artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d "${TMPDIR:-/tmp}/folio-test.XXXXXX")
pid="" server_pid="" port="" xvfb_pid=""
pass=0; fail=0

lib_cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null # last: the display outlives its clients
  wait 2>/dev/null
  rm -rf "$work"
}
trap lib_cleanup EXIT

check() { local name=$1; shift; if "$@"; then pass=$((pass + 1)); echo "ok   - $name"; else fail=$((fail + 1)); echo "FAIL - $name"; fi; }
finish() { echo "$suite: $pass passed, $fail failed"; [ "$fail" = 0 ]; }

# run_expect CODE PATTERN CMD...: CMD exits with CODE and its output (stdout and stderr) holds PATTERN.
run_expect() {
  local code=$1 pattern=$2 output rc; shift 2
  output=$("$@" 2>&1); rc=$?
  [ "$rc" = "$code" ] || { echo "     exit code $rc, expected $code: $output"; return 1; }
  grep -qF -- "$pattern" <<<"$output" || { echo "     output lacks '$pattern': $output"; return 1; }
}

# png_ok FILE WIDTH HEIGHT [LEAST]: a PNG of that size, not blank (Debian's python3-pil): enough distinct colours,
# and at least LEAST of its pixels off the background (default 0.02 for an article; less for a short error view).
png_ok() {
  /usr/bin/python3 - "$@" <<'PY'
import sys
from PIL import Image
path, w, h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
least = float(sys.argv[4]) if len(sys.argv) > 4 else 0.02
img = Image.open(path).convert("RGB")
if img.size != (w, h):
    sys.exit(f"{path}: size {img.size[0]}x{img.size[1]}, expected {w}x{h}")
colors = img.getcolors(maxcolors=1 << 22) or []
bg = max(colors)[1] if colors else None
inked = sum(n for n, c in colors if c != bg) / (w * h)
if len(colors) < 16 or inked < least:
    sys.exit(f"{path}: looks blank ({len(colors)} colours, {inked:.1%} of pixels differ from the background)")
PY
}

# eventually SECONDS CMD...: CMD succeeds within SECONDS (tried every 0.1 s); its output is the caller's to quiet.
eventually() { local limit=$(($1 * 10)); shift; for _ in $(seq "$limit"); do "$@" && return 0; sleep 0.1; done; return 1; }

# Downloads are kept for offline reading under $XDG_CACHE_HOME/folio: the suite's own, never the machine's.
export XDG_CACHE_HOME="$work/cache"

state_file="$work/state.json"
# state KEY: a field of the viewer's state (dots reach into objects), booleans as true/false.
state() { /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); v=d
for k in sys.argv[2].split('.'): v=v[k]
print(str(v).lower() if isinstance(v,bool) else v)" "$state_file" "$1" 2>/dev/null; }
state_is() { [ "$(state "$1")" = "$2" ]; }
holds() { /usr/bin/python3 -c "import json,sys; s=json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$state_file" 2>/dev/null; }
# wait_for KEY VALUE: until the state says so (15 s at most).
wait_for() { eventually 15 state_is "$1" "$2" || { echo "     $1 is '$(state "$1")', expected '$2'"; return 1; }; }
# wait_true PYTHON-EXPRESSION: until it holds of the state `s` (15 s at most).
wait_true() {
  eventually 15 holds "$1" && return 0
  echo "     not true of the state: $1"; echo "     state: $(cat "$state_file" 2>/dev/null | head -c 600)"; return 1
}

# start ARGS...: the viewer in a window, its state in $state_file, its window id in $win; waits for a first
# frame. XDG_CONFIG_HOME is the caller's.
start() {
  stop
  rm -f "$state_file"
  FOLIO_STATE_FILE="$state_file" "$folio" "$@" 2>"$work/stderr" &
  pid=$!
  eventually 15 test -s "$state_file" || { echo "     no frame drawn: $(cat "$work/stderr")"; return 1; }
  win=$(xdotool search --sync --pid "$pid" --class folio 2>/dev/null | head -n1)
  [ -n "$win" ] || { echo "     no window found"; return 1; }
  xdotool windowfocus --sync "$win" 2>/dev/null || true
}
stop() { [ -n "$pid" ] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }; pid=""; }
alive() { kill -0 "$pid" 2>/dev/null; }
# key K...: presses each key; ctrl+X as explicit down and up events (xdotool's --clearmodifiers can drop them).
key() {
  for k in "$@"; do
    if [[ $k == ctrl+* ]]; then xdotool keydown ctrl key "${k#ctrl+}" keyup ctrl; else xdotool key "$k"; fi
  done
}

# serve ROOT: tests/desktop/http_server.py on a free loopback port ($port); /slow/ waits for $work/release, and
# notes a client that hangs up meanwhile in $work/release-closed.
serve() {
  rm -f "$work/port" "$work/release" "$work/release-closed"
  /usr/bin/python3 "$top/tests/desktop/http_server.py" "$1" "$work/port" "$work/release" 2>"$work/server.log" &
  server_pid=$!
  eventually 10 test -s "$work/port"
  port=$(cat "$work/port" 2>/dev/null)
  [ -n "$port" ] || { echo "     the test server did not start: $(cat "$work/server.log")"; return 1; }
}

# make_bundle DIR TITLE ID:HEADLINE...: a bundle of those articles, written with Python's json module, dated a day
# apart in that order; each has $paragraphs paragraphs (default 20).
make_bundle() {
  /usr/bin/python3 - "${paragraphs:-20}" "$@" <<'PY'
import json, os, sys
paragraphs, root, title, specs = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
os.makedirs(os.path.join(root, "articles"), exist_ok=True)
items = []
for n, spec in enumerate(specs):
    id_, headline = spec.split(":", 1)
    date = f"2024-03-{n + 1:02d}T09:00:00Z"
    body = [{"type": "paragraph", "text": f"{headline}. Paragraph {i + 1} of the story, long enough to wrap across a line or two in the reader's column."} for i in range(paragraphs)]
    json.dump({"id": id_, "headline": headline, "description": "A standfirst.", "datePublished": date, "body": body},
              open(os.path.join(root, "articles", id_ + ".json"), "w"))
    items.append({"id": id_, "title": headline, "content_text": headline, "date_published": date, "_folio": {"article": f"articles/{id_}.json"}})
json.dump({"version": "https://jsonfeed.org/version/1.1", "title": title, "items": items}, open(os.path.join(root, "feed.json"), "w"))
PY
}

# clipboard_has TEXT: the system clipboard holds TEXT (6 s at most).
clipboard_has() {
  for _ in $(seq 30); do xclip -o -selection clipboard -t UTF8_STRING 2>/dev/null | grep -qF -- "$1" && return 0; sleep 0.2; done
  return 1
}

[ -x "$folio" ] || { echo "FAIL - $folio is missing: run scripts/build --native first"; echo "$suite: 0 passed, 1 failed"; exit 1; }

# One Xvfb for the suite, on a free display it picks itself (it writes the number to fd 3), stopped on exit; not
# xvfb-run, which now and then exits 5 failing to clean up its temporary folder. -noreset keeps X resources such
# as Xft.dpi between clients. Its 1600x1000 screen is the one monitor the window tests fit windows onto.
Xvfb -displayfd 3 -noreset -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
eventually 10 test -s "$work/display" || { echo "FAIL - Xvfb did not start: $(cat "$work/xvfb.log")"; echo "$suite: 0 passed, 1 failed"; exit 1; }
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
