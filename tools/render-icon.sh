#!/usr/bin/env bash
# Renders the application icon, packaging/icon.svg, into what the packages embed
# (make icon): packaging/icon.png (1024x1024: the Linux .desktop icon and AppImage,
# and the source of the macOS .icns, which the release workflow makes with iconutil
# on macOS) and packaging/icon.ico (Windows: 16 to 256 pixels, each a PNG inside the
# .ico, as Windows Vista and later read them). Both are committed, so a build needs
# neither rsvg-convert nor Python. Same inputs, same files.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/packaging"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sizes=(16 24 32 48 64 128 256)
for size in "${sizes[@]}" 1024; do
    rsvg-convert --width="$size" --height="$size" --format=png --output="$work/$size.png" icon.svg
done
# Full colour: macOS's sips and iconutil make the .icns from it.
cp "$work/1024.png" icon.png

# An .ico is a 6-byte header, a 16-byte entry per picture, then the pictures.
python3 - "$work" "${sizes[@]}" <<'PY'
import struct, sys
work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
pictures = [open(f"{work}/{s}.png", "rb").read() for s in sizes]
out = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
for size, data in zip(sizes, pictures):
    side = 0 if size >= 256 else size  # 0 means 256
    out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("icon.ico", "wb").write(out + b"".join(pictures))
PY
echo "packaging/icon.png: $(stat -c %s icon.png) bytes; packaging/icon.ico: $(stat -c %s icon.ico) bytes"
