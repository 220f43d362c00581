#!/usr/bin/env bash
# Benchmark: EWC Station's TFTP server against tftpd-hpa (its defaults) over an emulated link on
# loopback (tests/.../link/LinkEmulator: seeded delay, jitter, loss; no root, no netem). Same client,
# same file, same link seed for both servers in a run, interleaved, SHA-256 checked; medians and the
# ratio ours/tftpd-hpa (below 1 = we are faster). Prints the load average.
#
#   tests/bench/tftp-over-link.sh          # 80 MiB, RUNS=3, every profile x client: many hours (see below)
#   QUICK=1 tests/bench/tftp-over-link.sh  # 8 MiB, one run, the headline cases: under two minutes
#   SIZE_MIB=8 RUNS=3 PROFILES="rtt2ms-loss0% rtt2ms-loss1%" CLIENTS="curl atftp atftp-w16" tests/bench/tftp-over-link.sh
#
# Profiles: rtt2ms-loss0%, rtt2ms-loss1%, rtt20ms-loss0.5%. "loss X%" is per round trip: X/2 % of the
# packets in each direction, so X % of the blocks need a retransmission. Jitter: RTT/10 each way.
# Clients: curl (blksize 1468), tftp-hpa (512, no options), atftp (blksize 1468), atftp-w16 (windowsize 16;
# tftpd-hpa has no RFC 7440 and answers it in lock-step). A lock-step block costs one round trip, and
# tftpd-hpa waits one second per loss: 80 MiB at RTT 20 ms with tftp-hpa's 512-byte blocks is about an hour
# per download, so the full matrix takes most of a day; pick with SIZE_MIB, PROFILES and CLIENTS.
#
# Last line: `ratio ours/tftpd-hpa rtt2ms-loss1%: X` with atftp in lock-step at blksize 1468: atftp asks
# for no timeout, so tftpd-hpa keeps its default one second. curl asks for `timeout 5` (its own retry
# interval), which tftpd-hpa then waits per loss; ours takes a client's timeout as the ceiling only. Needs curl, tftp-hpa, atftp, tftpd-hpa, bc,
# and a JDK 25 (the emulator runs from the tests module's test classes, built here when missing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
QUICK="${QUICK:-0}"
if [ "$QUICK" = 1 ]; then
  SIZE_MIB="${SIZE_MIB:-8}"; RUNS="${RUNS:-1}"; CLIENT_LIMIT="${CLIENT_LIMIT:-110}"
  default_cases="rtt2ms-loss1%:atftp:ours,tftpd-hpa rtt2ms-loss1%:atftp-w16:ours"
else
  SIZE_MIB="${SIZE_MIB:-80}"; RUNS="${RUNS:-3}"
  default_cases=""
  for p in ${PROFILES:-rtt2ms-loss0% rtt2ms-loss1% rtt20ms-loss0.5%}; do
    for c in ${CLIENTS:-curl tftp-hpa atftp atftp-w16}; do default_cases+="$p:$c:ours,tftpd-hpa "; done
  done
fi
CASES="${CASES:-$default_cases}"
CLIENT_LIMIT="${CLIENT_LIMIT:-14400}" # seconds, per download
OURS_PORT="${OURS_PORT:-16973}"
HPA_PORT="${HPA_PORT:-16974}"

for tool in curl tftp atftp /usr/sbin/in.tftpd bc; do
  command -v "$tool" >/dev/null || { echo "install $(basename "$tool") (apt-get install curl tftp-hpa atftp tftpd-hpa bc)" >&2; exit 1; }
done

classes="$here/tests/target/test-classes"
main_class="$classes/org/ewcstation/tests/link/LinkEmulatorMain.class"
if [ ! -f "$main_class" ] || [ -n "$(find "$here/tests/src/test/java/org/ewcstation/tests/link" -newer "$main_class" -print -quit)" ]; then
  echo "Building the link emulator (tests module test classes)" >&2
  (cd "$here" && ./mvnw -B -q -o -pl tests -am test-compile -Dspotless.check.skip=true >&2)
fi

work="$(mktemp -d /tmp/tftp-link.XXXXXX)"
chmod 755 "$work"
mkdir -p "$work/root" "$work/out" "$work/data"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

head -c "$((SIZE_MIB << 20))" /dev/urandom > "$work/root/f.bin"
chmod 644 "$work/root/f.bin"
want=$(sha256sum < "$work/root/f.bin" | cut -d' ' -f1)

(cd "$here" && EWC_STATION_JAVA_OPTS="-Xmx128m" exec ./ewc-station serve --root "$work/root" --bind 127.0.0.1 \
  --tftp-port "$OURS_PORT" --no-sftp --no-syslog --data-dir "$work/data" >"$work/ours.log" 2>"$work/ours.err") &
pids+=("$!")
/usr/sbin/in.tftpd --listen --foreground --user "$(id -un)" --address "127.0.0.1:$HPA_PORT" --secure "$work/root" &
pids+=("$!")
for _ in $(seq 600); do grep -q "127.0.0.1:$OURS_PORT" "$work/ours.log" 2>/dev/null && break; sleep 0.2; done
grep -q "127.0.0.1:$OURS_PORT" "$work/ours.log" || { echo "our server did not start:" >&2; cat "$work/ours.err" >&2; exit 1; }

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# profile name -> emulator options
link_opts() {
  local rtt loss
  rtt=$(sed -n 's/^rtt\([0-9.]*\)ms-.*/\1/p' <<<"$1")
  loss=$(sed -n 's/.*-loss\([0-9.]*\)%$/\1/p' <<<"$1")
  [ -n "$rtt" ] && [ -n "$loss" ] || { echo "bad profile $1 (e.g. rtt2ms-loss1%)" >&2; exit 1; }
  echo "--rtt-ms $rtt --jitter-ms $(echo "$rtt / 10" | bc -l) --loss $(echo "$loss / 200" | bc -l)"
}

client_cmd() { # client, port, out
  case $1 in
    curl) echo curl -sS --tftp-blksize 1468 -o "$3" "tftp://127.0.0.1:$2/f.bin" ;;
    tftp-hpa) echo tftp -m octet 127.0.0.1 "$2" -c get f.bin "$3" ;;
    atftp) echo atftp --get -r f.bin -l "$3" --option "'blksize 1468'" 127.0.0.1 "$2" ;;
    atftp-w16) echo atftp --get -r f.bin -l "$3" --option "'blksize 1468'" --option "'windowsize 16'" 127.0.0.1 "$2" ;;
    *) echo "unknown client $1" >&2; exit 1 ;;
  esac
}

# one download through a fresh emulator: profile, client, server port, seed -> $result in seconds, or
# "fail" (the link's counters are left in $work/link.txt)
through_link() {
  local profile=$1 client=$2 port=$3 seed=$4 lp t0 t1 out="$work/out/f.bin"
  rm -f "$out" "$work/link.txt"
  # shellcheck disable=SC2046
  "$JAVA_HOME/bin/java" -Xmx64m -XX:TieredStopAtLevel=1 -cp "$classes" org.ewcstation.tests.link.LinkEmulatorMain \
    --server "127.0.0.1:$port" $(link_opts "$profile") --seed "$seed" --max-seconds "$((CLIENT_LIMIT + 60))" \
    >"$work/link.txt" 2>&1 &
  lp=$!
  pids+=("$lp")
  for _ in $(seq 200); do grep -q "^link " "$work/link.txt" 2>/dev/null && break; sleep 0.05; done
  local lport; lport=$(sed -n 's/^link 127.0.0.1:\([0-9]*\)$/\1/p' "$work/link.txt")
  [ -n "$lport" ] || { echo "the link emulator did not start:" >&2; cat "$work/link.txt" >&2; exit 1; }
  t0=$(now)
  eval timeout "$CLIENT_LIMIT" "$(client_cmd "$client" "$lport" "$out")" >/dev/null 2>"$work/client.err" \
    || { echo "$client through $profile to port $port failed: $(cat "$work/client.err")" >&2
         kill "$lp"; wait "$lp" 2>/dev/null || true; result=fail; return; }
  t1=$(now)
  kill "$lp"; wait "$lp" 2>/dev/null || true
  [ "$(sha256sum < "$out" | cut -d' ' -f1)" = "$want" ] || { echo "CORRUPT download: $client $profile port $port" >&2; exit 1; }
  result=$(printf '%.2f' "$(echo "$t1 - $t0" | bc -l)")
}

declare -A times
load0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average at start: $load0; ${SIZE_MIB} MiB, $RUNS run(s)" >&2
for r in $(seq "$RUNS"); do
  for case in $CASES; do
    IFS=: read -r profile client servers <<<"$case"
    IFS=, read -r -a list <<<"$servers"
    [ $((r % 2)) = 0 ] && [ "${#list[@]}" = 2 ] && list=("${list[1]}" "${list[0]}")
    for s in "${list[@]}"; do
      port=$OURS_PORT; [ "$s" = tftpd-hpa ] && port=$HPA_PORT
      through_link "$profile" "$client" "$port" "$((1000 * r + 7))"
      t=$result
      times["$profile $client $s"]+="$t "
      drops=$(sed -n 's/.*dropped \([0-9]*\).*/\1/p' "$work/link.txt" | paste -sd+ | bc 2>/dev/null || echo "?")
      printf 'run %d %-17s %-10s %-10s %8s s  (%s packets lost on the link; load %s)\n' \
        "$r" "$profile" "$client" "$s" "$t" "$drops" "$(cut -d' ' -f1 /proc/loadavg)" >&2
    done
  done
done
load1=$(cut -d' ' -f1-3 /proc/loadavg)

med() { printf '%s\n' $1 | grep -v fail | median; }
echo
echo "TFTP over an emulated link, ${SIZE_MIB} MiB, median of $RUNS; load average $load0 at start, $load1 at end"
printf '%-18s %-10s %10s %12s %8s\n' profile client "ours (s)" "tftpd-hpa (s)" ratio
headline=""
for case in $CASES; do
  IFS=: read -r profile client servers <<<"$case"
  o=$(med "${times["$profile $client ours"]:-}"); h=$(med "${times["$profile $client tftpd-hpa"]:-}")
  ratio="-"; [ -n "$o" ] && [ -n "$h" ] && ratio=$(printf '%.3f' "$(echo "$o / $h" | bc -l)")
  printf '%-18s %-10s %10s %12s %8s\n' "$profile" "$client" "${o:--}" "${h:--}" "$ratio"
  [ "$profile" = "rtt2ms-loss1%" ] && [ "$client" = atftp ] && headline=$ratio
done
for profile in rtt2ms-loss0% rtt2ms-loss1%; do
  l=$(med "${times["$profile atftp ours"]:-}"); w=$(med "${times["$profile atftp-w16 ours"]:-}")
  [ -n "$l" ] && [ -n "$w" ] && printf 'ours windowsize 16 speed-up over ours lock-step (atftp), %s: %.1fx\n' \
    "$profile" "$(echo "$l / $w" | bc -l)"
done
echo "ratio ours/tftpd-hpa rtt2ms-loss1%: ${headline:-n/a}"
