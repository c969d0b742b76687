# Shared pieces of the desktop benchmarks (sourced, not run): a private Xvfb display, the viewer started with
# FOLIO_STATE_FILE and a throw-away XDG_CONFIG_HOME, reading that state file, the process's CPU time, and
# the summary rows bench/run-all.sh collects ($FOLIO_BENCH_SUMMARY). Callers set `bench` (their name) and call
# desk_init first; desk_cleanup (installed as the EXIT trap) stops what was started, by PID.

desk_top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
desk_folio="$desk_top/build/native/folio"
desk_tmp="" desk_xvfb_pid="" desk_folio_pid="" desk_state=""

desk_machine() { echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"; }

desk_fail() { echo "$bench: could not measure: $*" >&2; exit 1; }

desk_cleanup() {
  desk_stop_folio
  if [ -n "$desk_xvfb_pid" ]; then kill "$desk_xvfb_pid" 2>/dev/null; wait "$desk_xvfb_pid" 2>/dev/null; fi
  desk_xvfb_pid=""
  [ -n "$desk_tmp" ] && rm -rf "$desk_tmp"
}

desk_init() {
  [ -x "$desk_folio" ] || desk_fail "$desk_folio is missing (build it with scripts/build --native)"
  command -v Xvfb >/dev/null || desk_fail "Xvfb is missing (Debian package xvfb)"
  command -v /usr/bin/python3 >/dev/null || desk_fail "/usr/bin/python3 is missing"
  desk_tmp=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench.XXXXXX")
  trap desk_cleanup EXIT
  trap 'exit 130' INT TERM
}

# Starts Xvfb on a free display (it writes the number it chose to fd 3) and exports DISPLAY.
desk_start_xvfb() {
  Xvfb -displayfd 3 -screen 0 1920x1200x24 -nolisten tcp 3>"$desk_tmp/display" 2>"$desk_tmp/xvfb.log" &
  desk_xvfb_pid=$!
  local i
  for i in $(seq 100); do
    [ -s "$desk_tmp/display" ] && break
    kill -0 "$desk_xvfb_pid" 2>/dev/null || desk_fail "Xvfb exited: $(cat "$desk_tmp/xvfb.log")"
    sleep 0.1
  done
  [ -s "$desk_tmp/display" ] || desk_fail "Xvfb did not start within 10 s"
  export DISPLAY=":$(tr -d '[:space:]' <"$desk_tmp/display")"
}

# desk_start_folio ARGS...: starts the viewer with a fresh config folder and state file.
desk_start_folio() {
  desk_stop_folio
  local run="$desk_tmp/run$RANDOM"
  mkdir -p "$run/config"
  desk_state="$run/state.json"
  XDG_CONFIG_HOME="$run/config" FOLIO_STATE_FILE="$desk_state" "$desk_folio" "$@" >"$run/out.log" 2>&1 &
  desk_folio_pid=$!
  desk_log="$run/out.log"
}

desk_stop_folio() {
  if [ -n "$desk_folio_pid" ]; then kill "$desk_folio_pid" 2>/dev/null; wait "$desk_folio_pid" 2>/dev/null; fi
  desk_folio_pid=""
}

# desk_get KEY...: the state file's top-level values, one a line (booleans as true/false).
desk_get() {
  /usr/bin/python3 - "$desk_state" "$@" <<'PY'
import json, sys
try:
    s = json.load(open(sys.argv[1]))
except Exception:
    s = {}
for k in sys.argv[2:]:
    v = s.get(k, "")
    print(json.dumps(v) if isinstance(v, bool) else v)
PY
}

# Waits (up to $1 seconds, default 60) for state "article" with no frame pending; fails with what it saw.
desk_wait_article_quiet() {
  local limit=${1:-60} i state pending
  for i in $(seq $((limit * 10))); do
    if ! kill -0 "$desk_folio_pid" 2>/dev/null; then
      desk_fail "the viewer exited: $(tail -5 "$desk_log")"
    fi
    if [ -s "$desk_state" ]; then
      { read -r state; read -r pending; } < <(desk_get state framePending)
      [ "$state" = error ] && desk_fail "the viewer shows an error: $(desk_get error)"
      [ "$state" = article ] && [ "$pending" = false ] && return 0
    fi
    sleep 0.1
  done
  desk_fail "no settled article within $limit s; last state: $(cat "$desk_state" 2>/dev/null || echo '(no state file written)')"
}

# desk_measure_idle: the idle measurement both desktop idle benchmarks make of the viewer just started. Waits for a
# settled article, lets it sit $SETTLE s, then over $WINDOW s sets idle_cpu (process CPU ms), idle_frames,
# idle_wakeups and idle_frame_ms (deltas), idle_pending (framePending at the end) and idle_title.
desk_measure_idle() {
  local f0 w0 ms0 f1 w1 ms1 cpu0 cpu1
  desk_wait_article_quiet 60
  sleep "$SETTLE"
  { read -r f0; read -r w0; read -r ms0; } < <(desk_get framesRendered wakeups frameMs)
  cpu0=$(desk_cpu_ms) || desk_fail "cannot read /proc/$desk_folio_pid/stat"
  sleep "$WINDOW"
  cpu1=$(desk_cpu_ms) || desk_fail "the viewer exited during the measurement: $(tail -5 "$desk_log")"
  { read -r f1; read -r w1; read -r ms1; read -r idle_pending; read -r idle_title; } \
    < <(desk_get framesRendered wakeups frameMs framePending title)
  idle_cpu=$((cpu1 - cpu0)) idle_frames=$((f1 - f0)) idle_wakeups=$((w1 - w0))
  idle_frame_ms=$(awk -v a="$ms0" -v b="$ms1" 'BEGIN { printf "%.1f", b - a }')
}

# The viewer's CPU time so far (utime + stime of all its threads), in milliseconds.
desk_cpu_ms() {
  local ticks
  ticks=$(sed 's/^.*) //' "/proc/$desk_folio_pid/stat" | awk '{print $12 + $13}') || return 1
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# desk_summary METRIC FIGURE GOAL: one row of run-all's summary.
desk_summary() {
  [ -n "${FOLIO_BENCH_SUMMARY:-}" ] || return 0
  printf '%s\t%s\t%s\t%s\n' "$bench" "$1" "$2" "$3" >>"$FOLIO_BENCH_SUMMARY"
}
