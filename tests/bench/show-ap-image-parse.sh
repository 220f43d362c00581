#!/usr/bin/env bash
# Benchmark: parse `show ap image` of 6000 APs (budget: under 20 ms).
# Compares our parser (median of 200 runs after JIT warm-up, in-process) with the reference tool awk
# splitting the same file into fields (median of 21 runs, in-process time measured by awk itself is not
# available, so the awk figure includes its process start: a lower bound for any external parser).
# Prints both figures and the ratio. Usage: tests/bench/show-ap-image-parse.sh [APS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
aps="${1:-6000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# one reactor run: sibling modules resolve to their target/classes (nothing is installed)
./mvnw -B -q -pl services -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >&2
cp="services/target/classes:services/target/test-classes:$(cat "$work/cp.txt")"

"$JAVA_HOME/bin/java" -cp "$cp" org.ewcstation.services.ewc.bench.ShowApImageBench "$work/out.txt" "$aps" 200 \
  | tee "$work/ours.txt"
ours=$(sed -n 's/^ours_median_ms=//p' "$work/ours.txt")

# reference: awk reads every table row into its 8 fields (what a shell script would do)
times=()
for i in $(seq 1 21); do
  t0=$(date +%s%N)
  awk 'NF >= 8 && $1 != "AP" && $1 !~ /^-+$/ { n++; s = s $1 $NF } END { print n > "/dev/null" }' "$work/out.txt"
  t1=$(date +%s%N)
  times+=( $(( (t1 - t0) )) )
done
ref=$(printf '%s\n' "${times[@]}" | sort -n | sed -n '11p' | awk '{ printf "%.3f", $1 / 1e6 }')
echo "reference_awk_median_ms=$ref"
awk -v o="$ours" -v r="$ref" 'BEGIN { printf "ratio_ours_to_awk=%.2f\nbudget_ms=20 within_budget=%s\n", o / r, (o < 20 ? "yes" : "NO") }'
