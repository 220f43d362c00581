#!/usr/bin/env bash
# The run view's read of a big run (3000 APs, 24,000 status changes, 3000 transfers) against the sqlite3 shell
# running the same five queries on the same file and writing the rows to /dev/null. Prints both medians and the
# ratio (ours / sqlite3; ours also builds the per-AP results and the merged timeline).
# Needs: sqlite3 (apt install sqlite3).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
command -v sqlite3 >/dev/null || { echo "history-read.sh: install sqlite3" >&2; exit 1; }
work="$(mktemp -d /tmp/history-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -pl services -am verify -Dgroups=bench -Dtest.excludedGroups=none -Dtest=HistoryReadBench \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.dir="$work" >/dev/null
out=services/target/surefire-reports/org.ewcstation.services.history.HistoryReadBench-output.txt
grep -h "history-bench:" "$out" | grep -v "file "
ours=$(sed -n 's/.*median \([0-9]*\) ms.*/\1/p' "$out")
db=$(sed -n 's/.*file \(.*\)$/\1/p' "$out")
run=$(sed -n 's/.*run \([0-9]*\) of.*/\1/p' "$out")
queries="SELECT * FROM upgrade_run WHERE id = $run;
SELECT at, ap_name, status, version, retry_count FROM ap_status_change WHERE run_id = $run ORDER BY at, id;
SELECT started_at, protocol, peer, file, bytes, duration_ms, rate_bps, result, reason FROM transfer WHERE run_id = $run ORDER BY started_at, id;
SELECT at, code, subject, args_json FROM diagnosis WHERE run_id = $run ORDER BY at, id;
SELECT ap_name, model, from_version FROM run_ap WHERE run_id = $run ORDER BY ap_name;"
times=()
for _ in 1 2 3 4 5 6 7 8 9; do
  s=$(date +%s%N); sqlite3 "$db" "$queries" > /dev/null; e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
ref=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 5p)
echo "history-bench: sqlite3 shell, same queries: median $ref ms   [${times[*]}]"
awk -v a="$ours" -v b="$ref" 'BEGIN { printf "history-bench: ratio ours / sqlite3 = %.2f\n", (b > 0 ? a / b : 0) }'
