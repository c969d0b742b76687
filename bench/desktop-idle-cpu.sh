#!/usr/bin/env bash
# Idle CPU benchmark (desktop), per way of opening: does the viewer sit still once it has loaded a bundle folder,
# a single article file, or a bundle over http (where libcurl's worker thread must sleep too)?
# How: on a private Xvfb display, for each source starts build/native/folio at 1280x800 with FOLIO_STATE_FILE
# and a throw-away XDG_CONFIG_HOME, waits for state "article" with no frame pending, lets it settle 1 s, then
# measures over 5 s the process's CPU time (utime + stime of all its threads, from /proc/PID/stat; one clock
# tick, 10 ms, is the resolution) and the frames drawn. The http bundle is served on loopback by Python's
# http.server (a copy of the sample bundle).
# Goal: about 0 ms and 0 frames for each.
# Run: bench/desktop-idle-cpu.sh    (ends "desktop idle CPU: folder X ms, file Y ms, http Z ms over 5 s")
set -uo pipefail
bench="desktop-idle-cpu"
. "$(dirname "$0")/desktop-lib.sh"
SETTLE=1 WINDOW=5

desk_init
desk_start_xvfb
bundle="$desk_top/build/native/bundle"
article=$(ls "$bundle"/articles/*.json 2>/dev/null | head -n1)
[ -n "$article" ] || desk_fail "no article in $bundle (build with scripts/build --native)"
mkdir -p "$desk_tmp/site"
cp -r "$bundle" "$desk_tmp/site/bundle"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
(cd "$desk_tmp/site" && exec /usr/bin/python3 -m http.server --bind 127.0.0.1 "$port" >/dev/null 2>&1) &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; desk_cleanup' EXIT
for _ in $(seq 50); do /usr/bin/python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1])" \
  "http://127.0.0.1:$port/bundle/feed.json" 2>/dev/null && break; sleep 0.1; done

echo "desktop idle CPU: ${SETTLE} s to settle, then ${WINDOW} s measured per source (DISPLAY $DISPLAY); $(desk_machine)"
echo
echo "| source | process CPU ms | frames | threads | goal |"
echo "|---|---|---|---|---|"
summary=()
measure() { # name input
  desk_start_folio "$2" --size 1280x800
  desk_measure_idle
  local threads
  threads=$(awk '/^Threads:/ {print $2}' "/proc/$desk_folio_pid/status")
  echo "| $1 | $idle_cpu | $idle_frames | $threads | ~0 ms, 0 frames |"
  summary+=("$1 $idle_cpu ms")
  desk_summary "CPU ms over $WINDOW s idle, $1" "$idle_cpu" "~0"
  desk_summary "frames in $WINDOW s idle, $1" "$idle_frames" "0"
  desk_stop_folio
}
measure folder "$bundle"
measure file "$article"
measure http "http://127.0.0.1:$port/bundle/"
echo
echo "desktop idle CPU: $(IFS=,; echo "${summary[*]}" | sed 's/,/, /g') over $WINDOW s (goal ~0 ms)"
exit 0
