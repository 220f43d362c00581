#!/usr/bin/env bash
# Benchmark: EWC Station's TFTP server against tftpd-hpa on loopback, same file, same clients,
# interleaved runs, median times and the ours/theirs ratio (below 1.00 = we are faster).
#
#   tests/bench/tftp-vs-tftpd-hpa.sh            # RUNS=3 SIZE_MIB=80 by default
#   RUNS=5 tests/bench/tftp-vs-tftpd-hpa.sh
#
# Needs curl, atftp, tftpd-hpa (/usr/sbin/in.tftpd) and a JDK 25 (jcmd for the heap sample).
# Server CPU for the 20-client case, and our two engines side by side: tests/bench/tftp-many-clients.sh.
# Loss, delay and windowsize over an emulated link: tests/bench/tftp-over-link.sh.
# Every server it starts is stopped by PID on exit.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${RUNS:-3}"
SIZE_MIB="${SIZE_MIB:-80}"
CONC_MIB="${CONC_MIB:-16}"      # per client in the 20-client row
HEAP_CLIENTS="${HEAP_CLIENTS:-50}"
OURS_PORT="${OURS_PORT:-16969}"
HPA_PORT="${HPA_PORT:-16970}"

for tool in curl atftp /usr/sbin/in.tftpd; do
  command -v "$tool" >/dev/null || { echo "install $(basename "$tool") (apt-get install curl atftp tftpd-hpa)" >&2; exit 1; }
done

work="$(mktemp -d /tmp/tftp-bench.XXXXXX)"
chmod 755 "$work"
mkdir -p "$work/root" "$work/out" "$work/data"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "Creating ${SIZE_MIB} MiB and ${CONC_MIB} MiB test files in $work/root" >&2
head -c "$((SIZE_MIB << 20))" /dev/urandom > "$work/root/big.bin"
head -c "$((CONC_MIB << 20))" /dev/urandom > "$work/root/medium.bin"
chmod 644 "$work/root/"*

# ours: the real CLI, heap capped at 128 MiB so an over-budget heap would fail loudly (OutOfMemoryError)
(cd "$here" && EWC_STATION_JAVA_OPTS="-Xmx128m" exec ./ewc-station serve --root "$work/root" --bind 127.0.0.1 \
  --tftp-port "$OURS_PORT" --tftp-max-blksize 65464 --data-dir "$work/data" >"$work/ours.log" 2>"$work/ours.err") &
ours_pid=$!
pids+=("$ours_pid")
user_opt=(--user "$(id -un)")
/usr/sbin/in.tftpd --listen --foreground "${user_opt[@]}" --address "127.0.0.1:$HPA_PORT" --secure "$work/root" &
hpa_pid=$!
pids+=("$hpa_pid")
for _ in $(seq 300); do grep -q "127.0.0.1:$OURS_PORT" "$work/ours.log" 2>/dev/null && break; sleep 0.2; done
grep -q "127.0.0.1:$OURS_PORT" "$work/ours.log" || { echo "our server did not start:" >&2; cat "$work/ours.err" >&2; exit 1; }

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# one timed download; $1 = port, rest = client arguments with {PORT} and {OUT} placeholders
fetch() {
  local port=$1; shift
  local args=("${@//\{PORT\}/$port}")
  args=("${args[@]//\{OUT\}/$work/out/$port-$RANDOM.bin}")
  local t0; t0=$(now)
  "${args[@]}" >/dev/null 2>&1 || { echo "client failed: ${args[*]}" >&2; return 1; }
  echo "$(now) - $t0" | bc -l
}

concurrent() { # clients, port
  local n=$1 port=$2; local t0; t0=$(now)
  local cpids=()
  for i in $(seq "$n"); do
    curl -sS --tftp-blksize 1468 -o "$work/out/c$port-$i.bin" "tftp://127.0.0.1:$port/medium.bin" & cpids+=($!)
  done
  for p in "${cpids[@]}"; do wait "$p" || { echo "a concurrent client failed" >&2; return 1; }; done
  echo "$(now) - $t0" | bc -l
}

verify() {
  local want; want=$(sha256sum < "$work/root/$1" | cut -d' ' -f1)
  for f in "$work"/out/*.bin; do
    [ "$(sha256sum < "$f" | cut -d' ' -f1)" = "$want" ] || { echo "CORRUPT download $f" >&2; exit 1; }
  done
  rm -f "$work"/out/*.bin
}

declare -A ours theirs
row() { # name, then a command that takes the port as $1
  local name=$1; shift
  local o=() t=()
  for _ in $(seq "$RUNS"); do
    o+=("$("$@" "$OURS_PORT")")
    t+=("$("$@" "$HPA_PORT")")
  done
  ours[$name]=$(printf '%s\n' "${o[@]}" | median)
  theirs[$name]=$(printf '%s\n' "${t[@]}" | median)
}

curl_at() { fetch "$2" curl -sS --tftp-blksize "$1" -o "{OUT}" "tftp://127.0.0.1:{PORT}/big.bin"; }
atftp_w16() { fetch "$1" atftp --get -r big.bin -l "{OUT}" --option "blksize 1468" --option "windowsize 16" 127.0.0.1 "{PORT}"; }
atftp_1468() { fetch "$1" atftp --get -r big.bin -l "{OUT}" --option "blksize 1468" 127.0.0.1 "{PORT}"; }

echo "Warming up both servers" >&2
curl_at 8192 "$OURS_PORT" >/dev/null; curl_at 8192 "$HPA_PORT" >/dev/null; rm -f "$work"/out/*.bin

echo "blksize 512 (${SIZE_MIB} MiB, rollover)" >&2;   row b512 curl_at 512;   verify big.bin
echo "blksize 1468" >&2;                              row b1468 curl_at 1468; verify big.bin
echo "blksize 8192" >&2;                              row b8192 curl_at 8192; verify big.bin
echo "20 concurrent clients at 1468 (${CONC_MIB} MiB each)" >&2
row c20 concurrent 20; verify medium.bin
echo "atftp blksize 1468: lock-step, and windowsize 16 (tftpd-hpa ignores windowsize)" >&2
row a1468 atftp_1468; verify big.bin
o16=(); for _ in $(seq "$RUNS"); do o16+=("$(atftp_w16 "$OURS_PORT")"); done; verify big.bin
ours[w16]=$(printf '%s\n' "${o16[@]}" | median)

# best tftpd-hpa can do at 1468 = the faster of curl and atftp lock-step
best_hpa_1468=$(printf '%s\n%s\n' "${theirs[b1468]}" "${theirs[a1468]}" | sort -g | head -1)

echo "Heap while $HEAP_CLIENTS clients fetch ${SIZE_MIB} MiB each from our server (curl, blksize 8192)" >&2
hpids=()
for i in $(seq "$HEAP_CLIENTS"); do
  curl -sS --tftp-blksize 8192 -o /dev/null "tftp://127.0.0.1:$OURS_PORT/big.bin" & hpids+=($!)
done
jcmd_bin="$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)")")/jcmd"
[ -x "$jcmd_bin" ] || jcmd_bin=/usr/lib/jvm/temurin-25-jdk-amd64/bin/jcmd
peak_kib=0; samples=0
while kill -0 "${hpids[0]}" 2>/dev/null || jobs -r | grep -q curl; do
  used=$("$jcmd_bin" "$ours_pid" GC.heap_info 2>/dev/null | sed -n 's/^.*heap .* used \([0-9]*\)K.*$/\1/p' | head -1)
  if [ -n "$used" ]; then samples=$((samples + 1)); [ "$used" -gt "$peak_kib" ] && peak_kib=$used; fi
  sleep 0.5
done
heap_fail=0
for p in "${hpids[@]}"; do wait "$p" || heap_fail=$((heap_fail + 1)); done

printf '\n%-46s %10s %12s %8s\n' "TFTP, loopback, median of $RUNS runs" "ours (s)" "tftpd-hpa (s)" "ratio"
pr() { printf '%-46s %10.2f %12.2f %8.2f\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"; }
pr "curl blksize 512, ${SIZE_MIB} MiB (rollover)" "${ours[b512]}" "${theirs[b512]}"
pr "curl blksize 1468, ${SIZE_MIB} MiB" "${ours[b1468]}" "${theirs[b1468]}"
pr "curl blksize 8192, ${SIZE_MIB} MiB" "${ours[b8192]}" "${theirs[b8192]}"
pr "20 x curl blksize 1468, ${CONC_MIB} MiB each" "${ours[c20]}" "${theirs[c20]}"
pr "atftp blksize 1468, ${SIZE_MIB} MiB" "${ours[a1468]}" "${theirs[a1468]}"
pr "ours windowsize 16 vs best hpa at 1468" "${ours[w16]}" "$best_hpa_1468"
printf '%-46s %10.1fx\n' "ours windowsize 16 speed-up over ours 1468" \
  "$(echo "${ours[b1468]} / ${ours[w16]}" | bc -l)"
printf '%-46s %10.1f MiB (%d samples, -Xmx128m, %d client failures)\n' \
  "heap used, peak, $HEAP_CLIENTS clients x ${SIZE_MIB} MiB" "$(echo "$peak_kib / 1024" | bc -l)" "$samples" "$heap_fail"
