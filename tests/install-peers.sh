#!/usr/bin/env bash
# Installs, on Debian/Ubuntu, the third-party peers the interop tests run against (the servers and clients a
# technician uses beside EWC Station). Without them `./mvnw verify` skips those tests and says so in its last lines;
# `.ci/run` calls this script, then builds with -Dewcstation.peers=required, so there a missing peer fails.
# Runs as root, or through sudo. --print lists the packages and installs nothing.
set -euo pipefail

peers=(
  tftpd-hpa tftp-hpa atftp busybox curl      # TFTP: the reference server and four clients
  openssh-client openssh-server sshpass      # SFTP and SSH: OpenSSH client and server, a password fed to them
  ssh-audit                                  # SSH: the algorithm audit of our SFTP server
  tshark                                     # CAPWAP: Wireshark's decoder reads our discovery packets
  bsdutils                                   # syslog: logger sends RFC 3164 / 5424 messages
  zip tar coreutils passwd                   # bundles archived by hand; sha256sum; a user for the sshd UI test
)

if [ "${1:-}" = --print ]; then
  printf '%s\n' "${peers[@]}"
  exit 0
fi
command -v apt-get >/dev/null || {
  echo "install-peers.sh installs with apt-get (Debian/Ubuntu); elsewhere install these: ${peers[*]}" >&2
  exit 1
}

missing=()
for p in "${peers[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "Interop peers: all installed."
  exit 0
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
echo "Installing the interop peers: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# the tshark package asks whether non-root users may capture; the tests only read files, so no
as_root sh -c 'echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections' || :
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Interop peers: installed ${missing[*]}."
