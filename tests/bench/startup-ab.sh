#!/usr/bin/env bash
# First window of two app-images, alternately, in the same session: the change (A) against the commit before it
# (B), both shipped as they are (with their start-up cache). Prints both medians, the ratio and the load average.
#
# Usage: tests/bench/startup-ab.sh A-app-image B-app-image [runs]   (each: .../installers/target/jpackage/app-image/ewc-station)
# Needs: xvfb. Every process started is stopped by its PID.
set -euo pipefail
a="$1"; b="$2"; runs="${3:-7}"
for i in "$a" "$b"; do [ -x "$i/bin/ewc-station" ] || { echo "startup-ab.sh: no app-image at $i" >&2; exit 1; }; done
command -v Xvfb >/dev/null || { echo "startup-ab.sh: install xvfb" >&2; exit 1; }
work="$(mktemp -d /tmp/startup-ab.XXXXXX)"
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && { kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$work/display" 2> "$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.2; done   # readiness poll of a separate process
export DISPLAY=":$(head -1 "$work/display")"
first_frame() {   # $1: app-image, $2: data folder; prints ms from JVM start to the first painted frame
  EWC_STATION_CONSOLE_LEVEL=INFO JAVA_TOOL_OPTIONS="-Dewcstation.exitAfterFirstFrame=true" "$1/bin/ewc-station" --data-dir "$2" 2>&1 \
    | sed -n 's/.*First window shown \([0-9]*\) ms after JVM start.*/\1/p'
}
first_frame "$a" "$work/a" > /dev/null; first_frame "$b" "$work/b" > /dev/null   # data folders, file cache
declare -a ta tb
loads=()
for _ in $(seq 1 "$runs"); do
  ta+=("$(first_frame "$a" "$work/a")")
  tb+=("$(first_frame "$b" "$work/b")")
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }
ma="$(median "${ta[@]}")"; mb="$(median "${tb[@]}")"
echo "first window, ms (runs: $runs each, alternating; 1-min load average per round: ${loads[*]}; $(nproc) cores)"
echo "  A: median $ma   [${ta[*]}]"
echo "  B: median $mb   [${tb[*]}]"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "  ratio A / B = %.2f\n", a / b }'
