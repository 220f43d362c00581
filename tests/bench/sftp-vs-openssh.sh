#!/usr/bin/env bash
# Benchmark: EWC Station's SFTP server against a stock OpenSSH sshd (internal-sftp), same file, same
# client (OpenSSH sftp), interleaved runs on loopback. Prints median wall times (connect + download to
# /dev/null) and server CPU seconds per download, and the ratios OpenSSH / ours (1.0 = as fast as
# OpenSSH; goal >= 0.9 with AES-GCM). CPU time is the steadier figure on a busy machine.
#
#   tests/bench/sftp-vs-openssh.sh            # 500 MiB, 5 runs per case
#   BENCH_MIB=100 BENCH_RUNS=3 tests/bench/sftp-vs-openssh.sh
#
# Needs: openssh-client, openssh-server (/usr/sbin/sshd), sshpass, JDK 25. Every server it starts is
# stopped by its PID on exit; /run/sshd is removed again if this script created it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MIB="${BENCH_MIB:-500}"
RUNS="${BENCH_RUNS:-5}"
OUR_PORT="${BENCH_OUR_PORT:-42222}"
SSHD_PORT="${BENCH_SSHD_PORT:-42223}"

for tool in sftp sshpass ssh-keygen /usr/sbin/sshd; do
  command -v "$tool" >/dev/null || { echo "install ${tool##*/} (openssh-client, openssh-server, sshpass)" >&2; exit 2; }
done

work="$(mktemp -d /tmp/sftp-bench.XXXXXX)"
our_pid=""; sshd_pid=""; made_run_sshd=0
cleanup() {
  [ -n "$our_pid" ] && kill "$our_pid" 2>/dev/null && wait "$our_pid" 2>/dev/null || true
  [ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null || true
  [ "$made_run_sshd" = 1 ] && rmdir /run/sshd 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

mkdir -p "$work/root" "$work/data"
echo "Creating a ${MIB} MiB file of random bytes…" >&2
head -c "$((MIB * 1024 * 1024))" /dev/urandom > "$work/root/big.bin"

# --- our server, through the product's own command line ---
export BENCH_PW="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$here/ewc-station" serve --no-tftp --no-syslog --bind 127.0.0.1 --sftp-port "$OUR_PORT" --sftp-user bench \
  --sftp-password-env BENCH_PW --root "$work/root" --data-dir "$work/data" > "$work/our.out" 2> "$work/our.err" &
our_pid=$!

# --- stock OpenSSH sshd, key auth, internal-sftp (TOOLCHAIN.md §4b) ---
ssh-keygen -q -t ed25519 -N '' -f "$work/host_ed25519"
ssh-keygen -q -t ed25519 -N '' -f "$work/client_key"
cp "$work/client_key.pub" "$work/authorized_keys"
cat > "$work/sshd_config" <<CONF
Port $SSHD_PORT
ListenAddress 127.0.0.1
HostKey $work/host_ed25519
PidFile $work/sshd.pid
AuthorizedKeysFile $work/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
Subsystem sftp internal-sftp
CONF
if [ ! -d /run/sshd ]; then mkdir -p /run/sshd; made_run_sshd=1; fi
/usr/sbin/sshd -D -e -f "$work/sshd_config" 2> "$work/sshd.err" &
sshd_pid=$!

for _ in $(seq 1 240); do
  grep -q "^SFTP: \|SFTP:" "$work/our.out" 2>/dev/null && break
  kill -0 "$our_pid" 2>/dev/null || { echo "our server did not start:" >&2; cat "$work/our.err" >&2; exit 1; }
  sleep 0.5
done
grep -q "SFTP:" "$work/our.out" || { echo "our server did not start in time" >&2; exit 1; }

common=(-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR)
ours() { # $@ = extra sftp options
  echo "get /big.bin /dev/null" | SSHPASS="$BENCH_PW" sshpass -e sftp "$@" "${common[@]}" -o BatchMode=no \
    -o PreferredAuthentications=password -o PubkeyAuthentication=no -b - -P "$OUR_PORT" bench@127.0.0.1 >/dev/null
}
stock() {
  echo "get $work/root/big.bin /dev/null" | sftp "$@" "${common[@]}" -o IdentitiesOnly=yes -i "$work/client_key" \
    -b - -P "$SSHD_PORT" "$(id -un)@127.0.0.1" >/dev/null
}
cipher_of() { # which cipher the pair negotiates, from the client's debug log (the first -o LogLevel wins)
  local fn=$1; shift
  "$fn" -o LogLevel=DEBUG "$@" 2>&1 | sed -n 's/.*server->client cipher: \([^ ]*\) MAC: \([^ ]*\).*/\1 \2/p' | head -1 \
    | sed 's/ <implicit>//; s/@openssh.com//g; s/ /+/'
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
tick=$(getconf CLK_TCK)
# Server CPU seconds: the JVM's own utime+stime; for sshd, the per-connection children it has reaped
# (cutime+cstime). CPU time is far less disturbed by other load on the machine than wall time.
cpu_ours() { awk -v t="$tick" '{printf "%.2f", ($14 + $15) / t}' "/proc/$our_pid/stat"; }
cpu_stock() {
  for _ in $(seq 1 100); do pgrep -P "$sshd_pid" >/dev/null || break; sleep 0.05; done
  awk -v t="$tick" '{printf "%.2f", ($16 + $17) / t}' "/proc/$sshd_pid/stat"
}
measure() { # $1 = ours|stock, rest = sftp options; prints "wall cpu"
  local side=$1; shift
  local c0 t0 t1 c1
  c0=$("cpu_$side"); t0=$(date +%s.%N); "$side" "$@"; t1=$(date +%s.%N); c1=$("cpu_$side")
  echo "$(echo "$t1 - $t0" | bc -l) $(echo "$c1 - $c0" | bc -l)"
}

declare -A label=([gcm]="AES-GCM (-c aes128-gcm@openssh.com)" [default]="client default")
declare -A opts=([gcm]="-c aes128-gcm@openssh.com" [default]="")
echo "Warm-up (JIT) …" >&2
# shellcheck disable=SC2086
ours ${opts[gcm]}; ours; ours ${opts[gcm]}; stock

printf '\nSFTP download of %s MiB to /dev/null, OpenSSH %s client, %s runs each, interleaved; %s cores\n' \
  "$MIB" "$(ssh -V 2>&1 | cut -d, -f1)" "$RUNS" "$(nproc)"
printf '%-36s %-28s %-28s %7s %7s %6s %7s %7s %6s\n' "case" "cipher ours" "cipher OpenSSH" \
  "wall us" "wall OS" "ratio" "cpu us" "cpu OS" "ratio"
for c in gcm default; do
  # shellcheck disable=SC2086
  c_ours=$(cipher_of ours ${opts[$c]}); c_stock=$(cipher_of stock ${opts[$c]})
  : > "$work/$c.ours"; : > "$work/$c.stock"
  for r in $(seq 1 "$RUNS"); do
    # alternate who goes first, so drift in machine load hits both sides alike
    # shellcheck disable=SC2086
    if [ $((r % 2)) = 1 ]; then
      measure ours ${opts[$c]} >> "$work/$c.ours"; measure stock ${opts[$c]} >> "$work/$c.stock"
    else
      measure stock ${opts[$c]} >> "$work/$c.stock"; measure ours ${opts[$c]} >> "$work/$c.ours"
    fi
  done
  w_ours=$(cut -d' ' -f1 "$work/$c.ours" | median); w_stock=$(cut -d' ' -f1 "$work/$c.stock" | median)
  u_ours=$(cut -d' ' -f2 "$work/$c.ours" | median); u_stock=$(cut -d' ' -f2 "$work/$c.stock" | median)
  printf '%-36s %-28s %-28s %7.2f %7.2f %6.2f %7.2f %7.2f %6.2f\n' "${label[$c]}" "$c_ours" "$c_stock" \
    "$w_ours" "$w_stock" "$(echo "$w_stock / $w_ours" | bc -l)" "$u_ours" "$u_stock" "$(echo "$u_stock / $u_ours" | bc -l)"
  echo "  runs ours (wall cpu):    $(tr '\n' ' ' < "$work/$c.ours")" | sed 's/\([0-9]\.[0-9][0-9]\)[0-9]*/\1/g'
  echo "  runs OpenSSH (wall cpu): $(tr '\n' ' ' < "$work/$c.stock")" | sed 's/\([0-9]\.[0-9][0-9]\)[0-9]*/\1/g'
done
echo "(us = EWC Station, OS = OpenSSH sshd; wall = seconds per download incl. connect, cpu = server CPU seconds;"
echo " ratio = OpenSSH / ours, 1.0 = as fast or as frugal as OpenSSH; goal >= 0.9 with AES-GCM;"
echo " load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
