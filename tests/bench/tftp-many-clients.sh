#!/usr/bin/env bash
# Benchmark: many clients fetching at once from EWC Station's TFTP server and from tftpd-hpa on loopback:
# wall time and server CPU, interleaved (the order rotates every run), SHA-256 checked. Prints medians,
# the ratios ours/tftpd-hpa (below 1.00 = we are faster / cheaper) and the load average.
#
#   tests/bench/tftp-many-clients.sh                         # CLIENTS=20 MIB=16 RUNS=5 BLKSIZE=1468
#   CLIENTS=1 MIB=80 tests/bench/tftp-many-clients.sh        # one client, lock-step
#   COMPARE_THREADS=1 tests/bench/tftp-many-clients.sh       # also ours with a thread per transfer
#
# Server CPU: each server runs under `perf stat -I` (task-clock with children: tftpd-hpa forks one
# process per transfer and does not reap them into its own rusage), summed over the run. Needs curl,
# tftpd-hpa, bc and perf (apt-get install curl tftpd-hpa bc linux-perf). Servers are stopped by PID.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${RUNS:-5}"
CLIENTS="${CLIENTS:-20}"
MIB="${MIB:-16}"
BLKSIZE="${BLKSIZE:-1468}"
BASE_PORT="${BASE_PORT:-16971}"
COMPARE_THREADS="${COMPARE_THREADS:-0}"

for tool in curl /usr/sbin/in.tftpd bc perf; do
  command -v "$tool" >/dev/null || { echo "install $(basename "$tool") (apt-get install curl tftpd-hpa bc linux-perf)" >&2; exit 1; }
done

work="$(mktemp -d /tmp/tftp-many.XXXXXX)"
chmod 755 "$work"
mkdir -p "$work/root" "$work/out"
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
declare -A port
start_ours() { # name, port, extra JVM options
  local name=$1; port[$name]=$2
  mkdir -p "$work/data-$name"
  (cd "$here" && EWC_STATION_JAVA_OPTS="-Xmx128m $3" exec "${perf_i[@]}" -o "$work/$name.cpu" ./ewc-station serve \
    --root "$work/root" --bind 127.0.0.1 --tftp-port "$2" --no-sftp --no-syslog --data-dir "$work/data-$name" \
    >"$work/$name.log" 2>"$work/$name.err") &
  pids+=("$!")
  for _ in $(seq 300); do grep -q "127.0.0.1:$2" "$work/$name.log" 2>/dev/null && break; sleep 0.2; done
  grep -q "127.0.0.1:$2" "$work/$name.log" || { echo "our server did not start:" >&2; cat "$work/$name.err" >&2; exit 1; }
}
servers=(ours tftpd-hpa)
start_ours ours "$BASE_PORT" "${OURS_OPTS:-}"
if [ "$COMPARE_THREADS" = 1 ]; then
  start_ours threads "$((BASE_PORT + 2))" "-Dewcstation.tftp.engine=threads"
  servers+=(threads)
fi
port[tftpd-hpa]=$((BASE_PORT + 1))
"${perf_i[@]}" -o "$work/tftpd-hpa.cpu" /usr/sbin/in.tftpd --listen --foreground --user "$(id -un)" \
  --address "127.0.0.1:${port[tftpd-hpa]}" --secure "$work/root" &
pids+=("$!")

lines() { wc -l < "$1"; }
cpu_since() { # file, line count before the run -> CPU seconds after it
  awk -F, -v from="$2" 'NR > from && $2 ~ /^[0-9.]+$/ {s += $2} END {printf "%.3f", s / 1000}' "$1"
}
now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

run_once() { # server name -> "wall cpu"
  local name=$1 c0 t0 t1 cpids=()
  sleep 0.3; c0=$(lines "$work/$name.cpu"); t0=$(now)
  for i in $(seq "$CLIENTS"); do
    curl -sS --tftp-blksize "$BLKSIZE" -o "$work/out/$i.bin" "tftp://127.0.0.1:${port[$name]}/f.bin" & cpids+=($!)
  done
  for p in "${cpids[@]}"; do wait "$p" || { echo "a client failed" >&2; exit 1; }; done
  t1=$(now)
  sleep 0.3 # the last perf interval of the run is written
  for f in "$work"/out/*.bin; do
    [ "$(sha256sum < "$f" | cut -d' ' -f1)" = "$want" ] || { echo "CORRUPT download $f" >&2; exit 1; }
  done
  rm -f "$work"/out/*.bin
  echo "$(echo "$t1 - $t0" | bc -l) $(cpu_since "$work/$name.cpu" "$c0")"
}

echo "warm-up" >&2
for s in "${servers[@]}"; do run_once "$s" >/dev/null; done
load0=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A walls cpus
n=${#servers[@]}
for r in $(seq "$RUNS"); do
  line="run $r:"
  for k in $(seq 0 $((n - 1))); do
    s=${servers[$(( (k + r) % n ))]}
    read -r w c < <(run_once "$s")
    walls[$s]+="$w "; cpus[$s]+="$c "
    line+=" $s $(printf '%.2f' "$w") s (cpu $(printf '%.2f' "$c") s),"
  done
  echo "${line%,}" >&2
done
load1=$(cut -d' ' -f1-3 /proc/loadavg)
m() { printf '%s\n' $1 | median; }
echo "load average before: $load0, after: $load1"
printf '%-44s %10s %10s %12s %8s\n' "$CLIENTS x curl blksize $BLKSIZE, $MIB MiB, median of $RUNS" server "wall (s)" "cpu (s)" ""
hw=$(m "${walls[tftpd-hpa]}"); hc=$(m "${cpus[tftpd-hpa]}")
for s in "${servers[@]}"; do
  w=$(m "${walls[$s]}"); c=$(m "${cpus[$s]}")
  printf '%-44s %10s %10.2f %12.2f\n' "" "$s" "$w" "$c"
done
for s in "${servers[@]}"; do
  [ "$s" = tftpd-hpa ] && continue
  printf 'ratio %s/tftpd-hpa: wall %.2f, cpu %.2f\n' "$s" \
    "$(echo "$(m "${walls[$s]}") / $hw" | bc -l)" "$(echo "$(m "${cpus[$s]}") / $hc" | bc -l)"
done
