#!/usr/bin/env bash
# Installs the real .deb on this machine and checks what a user gets: the package installs with dpkg -i, the
# launcher holds cap_net_bind_service, a non-root user runs --version and binds UDP 69 through the installed
# launcher, the GUI opens under Xvfb (screenshot saved), the cold start to the first window is timed (with and
# without class-data sharing), and dpkg --purge leaves nothing behind.
#
# Usage (as root, Debian/Ubuntu):  tests/installer/deb-smoke.sh [path/to/ewc-station_*.deb]
# Without an argument it takes installers/target/jpackage/installer/*.deb, building it when missing.
# Needs: dpkg, libcap2-bin, xvfb, x11-utils (xwininfo), imagemagick (import), time, libgtk-3-0, fonts-noto-cjk,
# and a JDK 25 (javac for the port probe).
# Every process it starts is stopped by its PID; the throwaway user is removed if this script created it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pkg=ewc-station
app_dir=/opt/$pkg
launcher=$app_dir/bin/$pkg
smoke_user=ewc-smoke
out="$root/installers/target/deb-smoke"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

fail() { echo "deb-smoke: FAIL: $*" >&2; exit 1; }
step() { echo "deb-smoke: $*"; }

[ "$(id -u)" = 0 ] || fail "run as root (dpkg -i, useradd)"
for tool in dpkg getcap Xvfb xwininfo import useradd /usr/bin/time; do
  command -v "$tool" >/dev/null || fail "install $tool (apt-get install dpkg libcap2-bin xvfb x11-utils imagemagick passwd time)"
done
[ -x "$JAVA_HOME/bin/javac" ] || fail "set JAVA_HOME to a JDK 25 (javac builds the port probe)"

deb="${1:-}"
if [ -z "$deb" ]; then
  deb="$(ls "$root"/installers/target/jpackage/installer/${pkg}_*.deb 2>/dev/null | head -1 || true)"
  if [ -z "$deb" ]; then
    step "no .deb yet: building it (./mvnw -Pinstaller package)"
    (cd "$root" && ./mvnw -B -q -Pinstaller -DskipTests -pl installers -am package)
    deb="$(ls "$root"/installers/target/jpackage/installer/${pkg}_*.deb | head -1)"
  fi
fi
[ -f "$deb" ] || fail "no such .deb: $deb"

work="$(mktemp -d /tmp/deb-smoke.XXXXXX)"
chmod 755 "$work"
mkdir -p "$out"
pids=()
created_user=0
# Everything the throwaway user runs: a backgrounded shell function forks, so $! may be a wrapper while the
# launcher lives on; stopping by user leaves nothing behind (a survivor would hold UDP 69 for the next run).
stop_user_processes() {
  pkill -TERM -u "$smoke_user" 2>/dev/null || true
  for _ in $(seq 1 100); do
    pgrep -u "$smoke_user" >/dev/null 2>&1 || return 0
    sleep 0.1   # waiting for another process to exit, not a test synchronisation
  done
  pkill -KILL -u "$smoke_user" 2>/dev/null || true
}
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  id "$smoke_user" >/dev/null 2>&1 && stop_user_processes
  if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q installed; then dpkg --purge "$pkg" >/dev/null || true; fi
  if [ "$created_user" = 1 ]; then userdel "$smoke_user" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
as_user() { su -s /bin/sh "$smoke_user" -c "$1"; }
# For background processes: setpriv and env exec in place, so $! is the launcher's own PID (su would sit between).
spawn_as() { setpriv --reuid="$smoke_user" --regid="$smoke_user" --init-groups env HOME=/nonexistent "$@"; }

# --- install ---------------------------------------------------------------------------------------------------
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q installed; then
  step "an earlier $pkg is installed: purging it first"
  dpkg --purge "$pkg" >/dev/null
fi
step "installing $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg -i "$deb" > "$work/dpkg-i.log" 2>&1 || { cat "$work/dpkg-i.log" >&2; fail "dpkg -i failed (missing dependencies are listed above)"; }
[ -x "$launcher" ] || fail "$launcher missing after install"
installed_kib="$(dpkg-query -W -f='${Installed-Size}' "$pkg")"
step "installed: Installed-Size $installed_kib KiB, on disk $(du -sk "$app_dir" | cut -f1) KiB"

# --- capability ------------------------------------------------------------------------------------------------
caps="$(getcap "$launcher")"
echo "$caps" | grep -q 'cap_net_bind_service=ep' || fail "launcher lacks cap_net_bind_service: '$caps'"
step "getcap: $caps"
grep -q 'Name\[ja\]=' /usr/share/applications/$pkg.desktop || fail "menu entry with a Japanese name missing"

# --- a non-root user runs the launcher ------------------------------------------------------------------------
if ! id "$smoke_user" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "$smoke_user"
  created_user=1
fi
data="$work/data"
mkdir -p "$data" && chown "$smoke_user" "$data"
version="$(as_user "$launcher --version --data-dir $data" 2>&1)" || fail "--version failed: $version"
echo "$version" | grep -q '^EWC Station ' || fail "--version printed: $version"
step "--version as $smoke_user: $(echo "$version" | head -1)"
# postinst rebuilt the AOT cache for the installed jars: the app's own classes must come from it.
[ ! -e "$app_dir/bin/ewc-station-aot-training" ] || fail "postinst left its training launcher behind"
as_user "JAVA_TOOL_OPTIONS=-Xlog:class+load=info:file=$data/class-load.txt $launcher --version --data-dir $data" > /dev/null 2>&1
from_archive="$(grep -c '^.*org\.ewcstation\..* source: shared objects file' "$data/class-load.txt" || true)"
[ "$from_archive" -ge 100 ] || fail "the AOT cache is not used ($from_archive app classes from it); see postinst"
step "AOT cache: $from_archive of the app's classes come from lib/app/ewc-station.aot"
# The bundled java must stay usable for a normal user: a capability on it would make ld.so ignore its $ORIGIN
# library path ("libjli.so: cannot open shared object file").
java_v="$(as_user "$app_dir/lib/runtime/bin/java -version" 2>&1)" || fail "the bundled java does not start as $smoke_user: $java_v"

# --- UDP 69 as non-root --------------------------------------------------------------------------------------
if as_user "$launcher serve --help" 2>/dev/null | grep -q -- '--tftp-port'; then
  # The real server: serve a file on 127.0.0.1:69 and fetch it with curl (a real TFTP client).
  tftp_root="$work/tftp" && mkdir -p "$tftp_root" && echo "ewc-station smoke" > "$tftp_root/hello.txt"
  chmod -R a+rX "$tftp_root"
  spawn_as "$launcher" serve --bind 127.0.0.1 --tftp-port 69 --no-sftp --no-syslog --root "$tftp_root" --data-dir "$data" > "$work/serve.log" 2>&1 &
  pids+=($!)
  got=""
  for _ in $(seq 1 100); do
    got="$(curl -s --max-time 1 tftp://127.0.0.1:69/hello.txt 2>/dev/null || true)"
    [ "$got" = "ewc-station smoke" ] && break
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/serve.log" >&2; fail "serve exited"; }
    sleep 0.2   # readiness poll of a separate process, not a test synchronisation
  done
  [ "$got" = "ewc-station smoke" ] || { cat "$work/serve.log" >&2; fail "TFTP download from the installed serve on port 69 failed"; }
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
  stop_user_processes
  step "serve --tftp-port 69 as $smoke_user: curl downloaded hello.txt over TFTP"
else
  # serve is not there yet: an agent binds 127.0.0.1:69 inside the installed launcher's own process.
  "$JAVA_HOME/bin/javac" --release 25 -d "$work/probe" "$root/tests/installer/PortProbe.java"
  printf 'Premain-Class: PortProbe\n' > "$work/probe.mf"
  "$JAVA_HOME/bin/jar" cfm "$work/probe.jar" "$work/probe.mf" -C "$work/probe" .
  chmod a+r "$work/probe.jar"
  probe="$(as_user "JAVA_TOOL_OPTIONS=-javaagent:$work/probe.jar=69 $launcher --version" 2>&1 || true)"
  echo "$probe" | grep -q 'PORT-PROBE bound udp 69' || fail "the installed launcher could not bind UDP 69 as $smoke_user: $probe"
  # Control: the same probe in a process without the capability must be refused, or the check above proves nothing.
  control="$(as_user "$app_dir/lib/runtime/bin/java -javaagent:$work/probe.jar=69 -version" 2>&1 || true)"
  echo "$control" | grep -q 'PORT-PROBE failed udp 69' || fail "control: an unprivileged process could bind 69 ($control)"
  step "UDP 69 as $smoke_user: bound by the installed launcher, refused without the capability (serve not available yet)"
fi

# --- GUI under Xvfb ------------------------------------------------------------------------------------------
# Each window gets a fresh Xvfb: without a window manager the root keeps the last picture, so a new window's
# screenshot could otherwise show the previous one. A fresh root is black until the app paints.
xvfb_pid=""
start_xvfb() {
  rm -f "$work/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$work/display" > "$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  pids+=($xvfb_pid)
  for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.2; done   # readiness poll of a separate process
  [ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
  export DISPLAY=":$(head -1 "$work/display")"
}
stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; stop_user_processes; }
painted() { [ "$(convert "$1" -format '%[fx:standard_deviation>0.02]' info:)" = 1 ]; }
gui_screenshot() {   # $1: JAVA_TOOL_OPTIONS, $2: data folder, $3: PNG to write
  start_xvfb
  # The user has no home folder: if JavaFX still unpacked its natives into ~/.openjfx, no window could open.
  JAVA_TOOL_OPTIONS="$1" spawn_as "$launcher" --data-dir "$2" > "$work/gui.log" 2>&1 &
  local gui_pid=$! shown=0
  pids+=($gui_pid)
  for _ in $(seq 1 300); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"EWC Station"'; then
      import -window root "$3"
      if painted "$3"; then shown=1; break; fi
    fi
    kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log" >&2; fail "the GUI exited"; }
    sleep 0.2   # readiness poll of a separate process
  done
  [ "$shown" = 1 ] || { cat "$work/gui.log" >&2; fail "no painted 'EWC Station' window within 60 s"; }
  stop_pid "$gui_pid"
  stop_pid "$xvfb_pid"
}
# --- cold start to the first window (informational; timings are not asserted) ---------------------------------
first_frame() {   # $1: extra JVM options via JAVA_TOOL_OPTIONS; prints "<ms to first window>ms/<cpu seconds>cpu"
  # The console shows warnings only by default; the probe's line is INFO.
  as_user "DISPLAY=$DISPLAY EWC_STATION_CONSOLE_LEVEL=INFO JAVA_TOOL_OPTIONS='$1 -Dewcstation.exitAfterFirstFrame=true' \
    /usr/bin/time -f 'CPU-SECONDS %U %S' $launcher --data-dir $data" > "$work/ff.log" 2>&1 || true
  local ms cpu
  ms="$(sed -n 's/.*First window shown \([0-9]*\) ms after JVM start.*/\1/p' "$work/ff.log")"
  cpu="$(awk '/^CPU-SECONDS/ {printf "%.1f", $2 + $3}' "$work/ff.log")"
  # never fails itself (set -e would end the script without a word): the caller checks and says what is missing
  if [ -n "$ms" ]; then echo "${ms}ms/${cpu}cpu"; fi
}
start_xvfb
# "first start" = the first start of the window after installing (a new JVM; the OS file cache is warm from dpkg).
cold="$(first_frame '')"
warm_cds=(); warm_off=()
for _ in 1 2 3; do warm_cds+=("$(first_frame '')"); warm_off+=("$(first_frame '-XX:AOTMode=off')"); done
[ -n "$cold" ] || { cat "$work/ff.log" >&2; fail "the first-frame probe printed nothing (is FirstFrameProbe in this build?)"; }
step "first window (wall ms / CPU s): first start ${cold}; with the AOT cache ${warm_cds[*]}; without class sharing ${warm_off[*]}"
step "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# The package carries sqlite-jdbc's library unpacked: with no usable temporary folder (where the jar would copy it
# out on every start), the window must still open on the store.
[ -n "$(first_frame '-Djava.io.tmpdir=/nonexistent')" ] || { cat "$work/ff.log" >&2; fail "the store needs a temporary folder: the packaged SQLite library (lib/app/sqlite-native) is not used"; }
step "SQLite library loaded from the package (the window opens with no temporary folder)"
stop_pid "$xvfb_pid"

# --- screenshots in both languages -----------------------------------------------------------------------
gui_screenshot "" "$data" "$out/ewc-station-installed.png"
step "GUI window painted under Xvfb; screenshot $out/ewc-station-installed.png"
# Japanese, with a fresh data folder (no remembered language): shows that the CJK font dependency draws.
data_ja="$work/data-ja" && mkdir -p "$data_ja" && chown "$smoke_user" "$data_ja"
gui_screenshot "-Duser.language=ja -Duser.country=JP" "$data_ja" "$out/ewc-station-installed-ja.png"
step "Japanese GUI painted; screenshot $out/ewc-station-installed-ja.png"

# --- removal ---------------------------------------------------------------------------------------------------
dpkg --purge "$pkg" > "$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "dpkg --purge failed"; }
[ ! -e "$app_dir" ] || fail "$app_dir still exists after purge: $(find "$app_dir" | head)"
[ ! -e /usr/share/applications/$pkg.desktop ] || fail "menu entry left behind"
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q installed; then fail "dpkg still lists $pkg"; fi
step "purged: $app_dir and the menu entry are gone"
echo "deb-smoke: OK"
