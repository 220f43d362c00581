#!/usr/bin/env bash
# Renders the icon source (ewc-station.svg) into the files jpackage takes on each OS. The results are committed,
# so building an installer needs none of these tools; run this only after changing the SVG.
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons.sh: install $tool (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$here/ewc-station.svg" -o "$tmp/$size.png"
done
# Linux: one PNG (jpackage copies it as the launcher and menu icon).
cp "$tmp/512.png" "$here/../linux/ewc-station.png"
# Windows: the sizes Explorer, the taskbar and the Start menu ask for; 256 is stored as PNG inside the ICO.
icotool -c -o "$here/../windows/ewc-station.ico" "$tmp"/{16,24,32,48,64,128}.png -r "$tmp/256.png"
# macOS: ICNS from the sizes png2icns knows (ic07..ic10 are PNG-compressed).
png2icns "$here/../macos/ewc-station.icns" "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null
ls -l "$here/../linux/ewc-station.png" "$here/../windows/ewc-station.ico" "$here/../macos/ewc-station.icns"
