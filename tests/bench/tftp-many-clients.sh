#!/usr/bin/env bash
# Benchmark: 20 clients fetching at once from EWC Station's TFTP server and from tftpd-hpa on loopback,
# wall time and server CPU, interleaved, SHA-256 checked. Prints medians and ratios ours/tftpd-hpa
# (below 1.00 = we are faster / cheaper) and the load average.
#
#   tests/bench/tftp-many-clients.sh                    # CLIENTS=20 MIB=16 RUNS=5
#   CLIENTS=1 MIB=80 RUNS=5 tests/bench/tftp-many-clients.sh   # one client, lock-step
#   BLKSIZE=512 tests/bench/tftp-many-clients.sh
#
# Server CPU: each server runs under `perf stat -I` (task-clock, children included: tftpd-hpa forks one
# process per transfer and does not reap them into its own rusage), summed over the run. Needs curl,
# tftpd-hpa, bc and perf (apt-get install linux-perf). Every server started is stopped by PID.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${RUNS:-5}"
CLIENTS="${CLIENTS:-20}"
MIB="${MIB:-16}"
BLKSIZE="${BLKSIZE:-1468}"
OURS_PORT="${OURS_PORT:-16971}"
HPA_PORT="${HPA_PORT:-16972}"
OURS_OPTS="${OURS_OPTS:-}"

for tool in curl /usr/sbin/in.tftpd bc perf; do
  command -v "$tool" >/dev/null || { echo "install $(basename "$tool") (apt-get install curl tftpd-hpa bc linux-perf)" >&2; exit 1; }
done

work="$(mktemp -d /tmp/tftp-many.XXXXXX)"
chmod 755 "$work"
mkdir -p "$work/root" "$work/out" "$work/data"
pids=()
cleanup() {
  # each server runs under perf: stop the server (perf's child) first, then perf writes its last lines
  for pid in "${pids[@]}"; do
    for child in $(pgrep -P "$pid" 2>/dev/null); do kill "$child" 2>/dev/null || true; done
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

head -c "$((MIB << 20))" /dev/urandom > "$work/root/f.bin"
chmod 644 "$work/root/f.bin"
want=$(sha256sum < "$work/root/f.bin" | cut -d' ' -f1)

perf_i=(perf stat -I 100 -x, -e task-clock)
(cd "$here" && EWC_STATION_JAVA_OPTS="-Xmx128m $OURS_OPTS" exec "${perf_i[@]}" -o "$work/ours.cpu" ./ewc-station serve --root "$work/root" \
  --bind 127.0.0.1 --tftp-port "$OURS_PORT" --no-sftp --no-syslog --data-dir "$work/data" \
  >"$work/ours.log" 2>"$work/ours.err") &
pids+=("$!")
"${perf_i[@]}" -o "$work/hpa.cpu" /usr/sbin/in.tftpd --listen --foreground --user "$(id -un)" --address "127.0.0.1:$HPA_PORT" --secure "$work/root" &
pids+=("$!")
for _ in $(seq 300); do grep -q "127.0.0.1:$OURS_PORT" "$work/ours.log" 2>/dev/null && break; sleep 0.2; done
grep -q "127.0.0.1:$OURS_PORT" "$work/ours.log" || { echo "our server did not start:" >&2; cat "$work/ours.err" >&2; exit 1; }

lines() { wc -l < "$1"; }
cpu_since() { # file, line count before the run -> CPU seconds after it
  awk -F, -v from="$2" 'NR > from && $2 ~ /^[0-9.]+$/ {s += $2} END {printf "%.3f", s / 1000}' "$1"
}
now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

run_once() { # port, perf file -> "wall cpu"
  local port=$1 cpu=$2 c0 t0 t1 cpids=()
  sleep 0.3; c0=$(lines "$cpu"); t0=$(now)
  for i in $(seq "$CLIENTS"); do
    curl -sS --tftp-blksize "$BLKSIZE" -o "$work/out/$i.bin" "tftp://127.0.0.1:$port/f.bin" & cpids+=($!)
  done
  for p in "${cpids[@]}"; do wait "$p" || { echo "a client failed" >&2; exit 1; }; done
  t1=$(now)
  sleep 0.3 # two perf intervals: the last one of the run is written
  for f in "$work"/out/*.bin; do
    [ "$(sha256sum < "$f" | cut -d' ' -f1)" = "$want" ] || { echo "CORRUPT download $f" >&2; exit 1; }
  done
  rm -f "$work"/out/*.bin
  echo "$(echo "$t1 - $t0" | bc -l) $(cpu_since "$cpu" "$c0")"
}

echo "warm-up" >&2
run_once "$OURS_PORT" "$work/ours.cpu" >/dev/null; run_once "$HPA_PORT" "$work/hpa.cpu" >/dev/null
load0=$(cut -d' ' -f1-3 /proc/loadavg)
ow=(); oc=(); hw=(); hc=()
for r in $(seq "$RUNS"); do
  if [ $((r % 2)) = 1 ]; then
    read -r w c < <(run_once "$OURS_PORT" "$work/ours.cpu"); ow+=("$w"); oc+=("$c")
    read -r w c < <(run_once "$HPA_PORT" "$work/hpa.cpu"); hw+=("$w"); hc+=("$c")
  else
    read -r w c < <(run_once "$HPA_PORT" "$work/hpa.cpu"); hw+=("$w"); hc+=("$c")
    read -r w c < <(run_once "$OURS_PORT" "$work/ours.cpu"); ow+=("$w"); oc+=("$c")
  fi
  printf 'run %d: ours %.2f s (cpu %.2f s), tftpd-hpa %.2f s (cpu %.2f s)\n' "$r" "${ow[-1]}" "${oc[-1]}" "${hw[-1]}" "${hc[-1]}" >&2
done
load1=$(cut -d' ' -f1-3 /proc/loadavg)
m() { printf '%s\n' "$@" | median; }
mow=$(m "${ow[@]}"); moc=$(m "${oc[@]}"); mhw=$(m "${hw[@]}"); mhc=$(m "${hc[@]}")
echo "load average before: $load0, after: $load1"
printf '%-40s %10s %12s %8s\n' "$CLIENTS x curl blksize $BLKSIZE, $MIB MiB, median of $RUNS" "ours" "tftpd-hpa" "ratio"
printf '%-40s %10.2f %12.2f %8.2f\n' "wall (s)" "$mow" "$mhw" "$(echo "$mow / $mhw" | bc -l)"
printf '%-40s %10.2f %12.2f %8.2f\n' "server cpu (s)" "$moc" "$mhc" "$(echo "$moc / $mhc" | bc -l)"
