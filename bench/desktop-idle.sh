#!/usr/bin/env bash
# Idle benchmark (desktop): does the desktop viewer sit still when nobody touches it?
# How: starts build/native/folio on its sample bundle (the seed article) at 1280x800 on a private Xvfb display,
# with FOLIO_STATE_FILE (the viewer rewrites it after every frame) and a throw-away XDG_CONFIG_HOME; waits for
# state "article" with framePending false, lets it settle for 1 s, then measures over 5 s the process's CPU
# time (utime + stime of all its threads from /proc/PID/stat, clock ticks -> ms; resolution one tick, 10 ms
# here) and the frames it drew (framesRendered delta from the state file).
# Goal: 0 frames and about 0 ms of CPU.
# Run: bench/desktop-idle.sh      (prints "desktop idle: X ms CPU over 5 s, N frames (goal 0 frames, ~0 ms)")
set -uo pipefail
bench="desktop-idle"
. "$(dirname "$0")/desktop-lib.sh"
SETTLE=1 WINDOW=5

desk_init
desk_start_xvfb
desk_start_folio --size 1280x800
desk_measure_idle

echo "desktop idle: \"$idle_title\", ${SETTLE} s to settle, then ${WINDOW} s measured (DISPLAY $DISPLAY); $(desk_machine)"
echo
echo "| metric | figure | goal |"
echo "|---|---|---|"
echo "| process CPU time (utime+stime, ms) | $idle_cpu | ~0 |"
echo "| framesRendered | $idle_frames | 0 |"
echo "| wakeups (as of the last frame written) | $idle_wakeups | 0 |"
echo "| frameMs (main-thread CPU ms in frames) | $idle_frame_ms | 0 |"
echo "| framePending at the end | $idle_pending | false |"
echo
echo "desktop idle: $idle_cpu ms CPU over $WINDOW s, $idle_frames frames (goal 0 frames, ~0 ms)"
desk_summary "CPU ms over $WINDOW s idle" "$idle_cpu" "~0"
desk_summary "frames drawn in $WINDOW s idle" "$idle_frames" "0"
exit 0
