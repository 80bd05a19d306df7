#!/usr/bin/env bash
# Packages After the Rain for macOS (make dist-macos, on a Mac: lipo, sips, iconutil and
# hdiutil are Apple's): one universal program from the Intel and Apple silicon builds,
# in "After the Rain.app" with its Info.plist, icon and assets, in a disk image with a
# link to /Applications to drag it onto, as bevy_new_2d's release workflow makes it.
#
#   tools/dist-macos.sh [--out DIR] X86_64_PROGRAM AARCH64_PROGRAM
#
# Makes DIR/after-the-rain-macos.dmg (DIR: dist/). The version in Info.plist is
# $VERSION without its leading v (the release workflow sets it), else Cargo.toml's.
# The app keeps its assets in Contents/Resources/assets, where the program looks for
# them (src/assets/folder.rs). The app is not signed or notarised.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/dist"
if [ "${1:-}" = --out ]; then
    out=$2
    shift 2
fi
[ $# = 2 ] || {
    sed -n '7p' "${BASH_SOURCE[0]}" >&2
    exit 2
}
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version=${VERSION:-$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/Cargo.toml" | head -1)}
version=${version#v}

app="$work/disk/After the Rain.app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
lipo "$1" "$2" -create -output "$app/Contents/MacOS/after_the_rain"
strip -x "$app/Contents/MacOS/after_the_rain" || true
lipo -info "$app/Contents/MacOS/after_the_rain"

sed "s/@VERSION@/$version/g" "$root/packaging/macos/Info.plist" >"$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"

# The icon: every size an .icns holds, from the 1024-pixel render of packaging/icon.svg.
iconset="$work/AppIcon.iconset"
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
    sips -z "$size" "$size" "$root/packaging/icon.png" --out "$iconset/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2))
    sips -z "$double" "$double" "$root/packaging/icon.png" --out "$iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil --convert icns --output "$app/Contents/Resources/AppIcon.icns" "$iconset"

mkdir -p "$app/Contents/Resources/assets"
tar -C "$root/assets" --exclude=./art --exclude=./CREDITS.md -cf - . | tar -C "$app/Contents/Resources/assets" -xf -
cp "$root/packaging/README.txt" "$root/packaging/LICENSE.txt" "$root/assets/CREDITS.md" "$work/disk/"
ln -s /Applications "$work/disk/Applications"

dmg="$out/after-the-rain-macos.dmg"
rm -f "$dmg"
hdiutil create -fs HFS+ -volname "After the Rain" -srcfolder "$work/disk" -format UDZO "$dmg"
echo "$dmg: $(stat -f %z "$dmg") bytes"
