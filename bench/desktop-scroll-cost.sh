#!/usr/bin/env bash
# Scroll-cost benchmark (desktop): does a frame cost more in a long article than in a short one?
# How: writes the two bundles of bench/fixtures.mjs (~1,000 and ~100,000 words of the seed article's words,
# paragraphs of 80-150 words, and the same two in Arabic from the sample's Arabic article, tagged "ar": right to
# left, shaped) into a temporary folder. For each, three rounds: starts build/native/folio on
# the bundle at 1280x800 on a private Xvfb display with FOLIO_STATE_FILE and a fresh XDG_CONFIG_HOME (so no
# remembered reading position), waits for the article with no frame pending, focuses the window and puts the
# pointer over it (xdotool), waits again, then scrolls: 200 wheel clicks (button 5) 20 ms apart, 20 Page_Down
# presses 100 ms apart, then End, Home and End 1.5 s apart, and waits for the frames to stop. The cost of a
# frame is (frameMs after - before) / (framesRendered after - before), frameMs being the main thread's CPU
# time in frames. The median round counts. Also shown: the process's CPU time over the scrolling period
# (all threads: Mesa's llvmpipe draws on its own threads, and swapping buffers is outside frameMs).
# Goal: long/short ratio at most 1.2, in English and in Arabic (ar-long against ar-short).
# Needs: Xvfb, xdotool, node, /usr/bin/python3.
# Run: bench/desktop-scroll-cost.sh
set -uo pipefail
bench="desktop-scroll-cost"
. "$(dirname "$0")/desktop-lib.sh"
ROUNDS=3 GOAL=1.2

desk_init
command -v xdotool >/dev/null || desk_fail "xdotool is missing (apt-get install xdotool)"
command -v node >/dev/null || desk_fail "node is missing"
node "$desk_top/bench/fixtures.mjs" "$desk_tmp/bundles" >"$desk_tmp/bundles.txt" || desk_fail "cannot write the bundles"
desk_start_xvfb
echo "desktop scroll cost: $(awk -F'\t' '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $4 }' "$desk_tmp/bundles.txt"); $(desk_machine)"

# Waits up to 10 s for no frame pending (after input); returns 1 if frames are still pending then.
quiet() {
  local i pending
  for i in $(seq 100); do
    pending=$(desk_get framePending)
    [ "$pending" = false ] && return 0
    sleep 0.1
  done
  return 1
}

# one_run DIR ID: prints "perFrame frames frameMs cpuMs wheelY endY scrollMax pending".
one_run() {
  local dir=$1 id=$2 wid f0 ms0 f1 ms1 cpu0 cpu1 wheel_y end_y max pending
  desk_start_folio "$dir" --article "$id" --size 1280x800
  desk_wait_article_quiet 120
  wid=$(timeout 15 xdotool search --sync --pid "$desk_folio_pid" 2>/dev/null | head -1)
  [ -n "$wid" ] || desk_fail "no window of the viewer (pid $desk_folio_pid) found with xdotool"
  xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
  xdotool mousemove --window "$wid" 640 400
  sleep 0.5
  quiet
  { read -r f0; read -r ms0; } < <(desk_get framesRendered frameMs)
  cpu0=$(desk_cpu_ms)
  xdotool click --repeat 200 --delay 20 5
  quiet
  wheel_y=$(desk_get scrollY)
  xdotool key --delay 100 --repeat 20 Page_Down
  for key in End Home End; do
    xdotool key "$key"
    sleep 1.5
  done
  quiet
  cpu1=$(desk_cpu_ms)
  { read -r f1; read -r ms1; read -r end_y; read -r max; read -r pending; } < <(desk_get framesRendered frameMs scrollY scrollMax framePending)
  desk_stop_folio
  awk -v f="$((f1 - f0))" -v ms="$(awk -v a="$ms0" -v b="$ms1" 'BEGIN { print b - a }')" -v cpu="$((cpu1 - cpu0))" \
      -v wy="$wheel_y" -v ey="$end_y" -v mx="$max" -v p="$pending" \
      'BEGIN { printf "%s %d %.1f %d %s %s %s %s\n", (f > 0 ? sprintf("%.3f", ms / f) : "nan"), f, ms, cpu, wy, ey, mx, p }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A per_frame frames_of words_of cpu_of
while IFS=$'\t' read -r name dir id words blocks bytes; do
  words_of[$name]="$words, $blocks"
  results=""
  for round in $(seq "$ROUNDS"); do
    r=$(one_run "$dir" "$id") || exit 1
    read -r pf f ms cpu wy ey mx pending <<<"$r"
    [ "$pending" = true ] && note=", FRAME STILL PENDING" || note=""
    echo "round $round $(printf '%-5s' "$name"): $f frames, $ms ms in frames, $pf ms/frame; process CPU $cpu ms;" \
         "wheel reached scrollY $wy of $mx, ended at $ey$note"
    results+="$pf $f $(awk -v c="$cpu" -v f="$f" 'BEGIN { if (f > 0) printf "%.2f", c / f; else print "nan" }')"$'\n'
  done
  per_frame[$name]=$(awk 'NF { print $1 }' <<<"$results" | median)
  frames_of[$name]=$(awk 'NF { print $2 }' <<<"$results" | median)
  cpu_of[$name]=$(awk 'NF { print $3 }' <<<"$results" | median)
done <"$desk_tmp/bundles.txt"

echo "($(desk_machine))"
echo
echo "| article | median ms/frame while scrolling (main-thread CPU in frames) | frames (median) | process CPU ms per frame (all threads, median) |"
echo "|---|---|---|---|"
while IFS=$'\t' read -r name _; do
  echo "| $name (${words_of[$name]}) | ${per_frame[$name]} | ${frames_of[$name]} | ${cpu_of[$name]} |"
done <"$desk_tmp/bundles.txt"
echo
for pair in "short long" "ar-short ar-long"; do
  read -r s_name l_name <<<"$pair"
  [ -n "${per_frame[$s_name]:-}" ] || continue
  short=${per_frame[$s_name]} long=${per_frame[$l_name]}
  ratio=$(awk -v s="$short" -v l="$long" 'BEGIN { if (s + 0 > 0) printf "%.2f", l / s; else print "n/a" }')
  what=""; [ "$s_name" = short ] || what=" (${s_name%%-*})"
  echo "desktop scroll cost$what: $s_name $short ms/frame, $l_name $long ms/frame, ratio long/short $ratio (goal at most $GOAL)"
  desk_summary "ms/frame scrolling, 1,000 words$what" "$short" ""
  desk_summary "ms/frame scrolling, 100,000 words$what" "$long" ""
  desk_summary "ratio long/short$what" "$ratio" "<= $GOAL"
done
exit 0
