#!/usr/bin/env bash
# Runs every benchmark in order (page weight, photo bytes, photo scrolling, embedding weight, web idle, web first
# paint, web scroll cost, desktop idle, desktop idle CPU per source, desktop scroll cost, import speed on hostile
# sources), shows each one's own output, then prints a summary table of every figure beside its goal. Benchmarks
# report and never judge: this exits 0 when all of them measured, 1 when any could not (its row then says why).
# Needs the builds (build/web, build/native); takes several minutes (photo-scroll's first run makes its 200 photos).
# Run: bench/run-all.sh
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench-all.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export FOLIO_BENCH_SUMMARY="$tmp/summary.tsv"
: >"$FOLIO_BENCH_SUMMARY"
failed=0

# run NAME CMD...: runs one benchmark, keeping its output in $tmp/NAME.log.
run() {
  local name=$1 rc started; shift
  echo "=== $name: $*"
  started=$(date +%s)
  "$@" 2>&1 | tee "$tmp/$name.log"
  rc=${PIPESTATUS[0]}
  echo "=== $name: exit $rc after $(($(date +%s) - started)) s"
  echo
  if [ "$rc" != 0 ]; then
    failed=1
    local why
    why=$(grep -m1 'could not measure' "$tmp/$name.log" || tail -1 "$tmp/$name.log")
    printf '%s\t%s\t%s\t%s\n' "$name" "COULD NOT MEASURE (exit $rc)" "${why//$'\t'/ }" "" >>"$FOLIO_BENCH_SUMMARY"
  fi
  return 0
}

run page-size node bench/page-size.mjs
# page-size.mjs predates the summary file: take its figure from its last line.
line=$(grep -m1 '^goal: total gzip' "$tmp/page-size.log" || true)
if [ -n "$line" ]; then
  kb=$(sed -E 's/.*: ([0-9.]+) KB, ratio ([0-9.]+).*/\1/' <<<"$line")
  ratio=$(sed -E 's/.*: ([0-9.]+) KB, ratio ([0-9.]+).*/\2/' <<<"$line")
  printf 'page-size (web)\ttotal gzip KB to see the seed article\t%s\t<= 400\n' "$kb" >>"$FOLIO_BENCH_SUMMARY"
  printf 'page-size (web)\tratio to the goal\t%s\t<= 1\n' "$ratio" >>"$FOLIO_BENCH_SUMMARY"
fi
run photo-bytes node bench/photo-bytes.mjs
run photo-scroll node bench/photo-scroll.mjs
run embed-size node bench/embed-size.mjs
run idle node bench/idle.mjs
run first-paint node bench/first-paint.mjs
run scroll-cost node bench/scroll-cost.mjs
run desktop-idle bash bench/desktop-idle.sh
run desktop-idle-cpu bash bench/desktop-idle-cpu.sh
run desktop-scroll-cost bash bench/desktop-scroll-cost.sh
run import-speed python3 bench/import_speed.py

echo "=== summary ($(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| benchmark | metric | figure | goal |"
echo "|---|---|---|---|"
while IFS=$'\t' read -r name metric figure goal; do
  echo "| $name | $metric | $figure | $goal |"
done <"$FOLIO_BENCH_SUMMARY"
exit "$failed"
