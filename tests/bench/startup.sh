#!/usr/bin/env bash
# Time from JVM start to the first painted window of the packaged app (Linux app-image), in three set-ups run
# alternately in the same session: the shipped one (the app's AOT cache, JDK 25), the jlink base CDS archive only,
# and no class-data sharing at all (-XX:AOTMode=off, the reference). Prints the medians and the ratios.
#
# Usage: tests/bench/startup.sh [app-image folder] [runs]   (default: installers/target/jpackage/app-image/ewc-station, 5)
# Needs: xvfb (Xvfb), a built app-image (./mvnw -Pinstaller -DskipTests package). Every process started is stopped
# by its PID. Numbers depend on the machine's load; the script prints the load average next to them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
image="${1:-$root/installers/target/jpackage/app-image/ewc-station}"
runs="${2:-5}"
[ -x "$image/bin/ewc-station" ] || { echo "startup.sh: no app-image at $image (build: ./mvnw -Pinstaller -DskipTests package)" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "startup.sh: install xvfb" >&2; exit 1; }

work="$(mktemp -d /tmp/startup-bench.XXXXXX)"
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && { kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT

# "base only": a copy of the image whose launcher config no longer names the AOT cache.
cp -a "$image" "$work/base-only"
sed -i '/AOTCache/d' "$work/base-only/lib/app/ewc-station.cfg"

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$work/display" 2> "$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.2; done   # readiness poll of a separate process
export DISPLAY=":$(head -1 "$work/display")"

first_frame() {   # $1: launcher, $2: extra options; prints ms from JVM start to the first painted frame
  EWC_STATION_CONSOLE_LEVEL=INFO JAVA_TOOL_OPTIONS="$2 -Dewcstation.exitAfterFirstFrame=true" "$1" --data-dir "$work/data" 2>&1 \
    | sed -n 's/.*First window shown \([0-9]*\) ms after JVM start.*/\1/p'
}
first_frame "$image/bin/ewc-station" "" > /dev/null   # creates the data folder and warms the file cache

declare -a appcds base off
for _ in $(seq 1 "$runs"); do
  appcds+=("$(first_frame "$image/bin/ewc-station" "")")
  base+=("$(first_frame "$work/base-only/bin/ewc-station" "")")
  off+=("$(first_frame "$image/bin/ewc-station" "-XX:AOTMode=off")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
m_app="$(median "${appcds[@]}")"; m_base="$(median "${base[@]}")"; m_off="$(median "${off[@]}")"
echo "first window, ms (runs: $runs; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores)"
echo "  AOT cache (shipped):         median $m_app   [${appcds[*]}]"
echo "  base CDS only:               median $m_base   [${base[*]}]"
echo "  no sharing (reference):      median $m_off   [${off[*]}]"
awk -v a="$m_app" -v b="$m_base" -v o="$m_off" 'BEGIN {
  printf "  ratio shipped / no CDS = %.2f; base only / no CDS = %.2f; shipped / base only = %.2f\n", a / o, b / o, a / b }'
