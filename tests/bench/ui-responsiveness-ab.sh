#!/usr/bin/env bash
# The UI bench (tests/bench/ui-responsiveness.sh) on this tree (A) and on another commit (B, default the commit before),
# alternately, in the same session. Prints each round, both medians of the worst FX-thread stall, the ratio and the
# load average. B is checked out in a temporary worktree, removed at the end; each side builds in its own tree.
#
# Usage: tests/bench/ui-responsiveness-ab.sh [B-commit] [rounds]     BENCH_SECONDS: length of each run (15)
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
ref="${1:-HEAD~1}"; rounds="${2:-3}"
b="$(mktemp -d /tmp/ui-ab.XXXXXX)"
git worktree add -q --detach "$b" "$ref"
cleanup() { git worktree remove --force "$b" >/dev/null 2>&1 || rm -rf "$b"; }
trap cleanup EXIT
run() {   # $1: tree; prints "worst-probe pulse-gap"
  local out
  out="$(cd "$1" && bash tests/bench/ui-responsiveness.sh)"
  printf '%s %s\n' \
    "$(sed -n 's/.*worst FX-thread latency of a probe: \([0-9.]*\) ms.*/\1/p' <<<"$out")" \
    "$(sed -n 's/.*longest gap between FX pulses: \([0-9.]*\) ms.*/\1/p' <<<"$out")"
}
run . > /dev/null; run "$b" > /dev/null   # builds both trees and warms the file cache
declare -a wa wb
echo "round | load | A: worst probe / pulse gap (ms) | B: worst probe / pulse gap (ms)"
for i in $(seq 1 "$rounds"); do
  ra="$(run .)"; rb="$(run "$b")"
  wa+=("${ra%% *}"); wb+=("${rb%% *}")
  echo "$i | $(cut -d' ' -f1 /proc/loadavg) | ${ra/ / \/ } | ${rb/ / \/ }"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
ma="$(median "${wa[@]}")"; mb="$(median "${wb[@]}")"
echo "worst FX-thread stall, median of $rounds rounds ($(nproc) cores): A $ma ms, B $mb ms (B = $(git rev-parse --short "$ref"))"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio A / B = %.2f (goal: A < 50 ms)\n", a / b }'
