#!/usr/bin/env bash
# Packages After the Rain for players (make dist; tests/dist.rs packages the debug build
# the tests already have the same way). One argument, what to package:
#
#   tools/dist.sh [--out DIR] PATH/after_the_rain       Linux:   DIR/after-the-rain-linux-x86_64.tar.gz
#   tools/dist.sh [--out DIR] PATH/after_the_rain.exe   Windows: DIR/after-the-rain-windows-x86_64.zip
#   tools/dist.sh [--out DIR] dist/web                  the web: DIR/after-the-rain-web.zip
#
# DIR is dist/ unless --out says otherwise. A desktop package is one folder,
# after-the-rain/, holding the program, the assets it loads (assets/ without the art
# sources in assets/art/), README.txt for the player, CREDITS.md and LICENSE.txt (the
# fonts' licences stay beside the fonts, in assets/fonts/); the Linux one also has a
# .desktop file and the icon. The program finds assets/ beside itself wherever the
# folder is and whatever the working directory (src/assets/folder.rs). The program is
# stripped of its symbols in the package (the build's own file is not touched).
#
# The web zip has index.html at its root, as itch.io wants; the script refuses a folder
# of 1,000 files or more (itch.io's limit) or a page that names its files by absolute
# URL (the game must run from whatever folder a host serves it in).
#
# DIST_GZIP=-1 compresses the Linux archive faster and less (tests/dist.rs uses it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/dist"
if [ "${1:-}" = --out ]; then
    out=$2
    shift 2
fi
[ $# = 1 ] || {
    sed -n '2,9p' "${BASH_SOURCE[0]}" >&2
    exit 2
}
what=$1
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name=after-the-rain

# The files every desktop package has beside the program.
desktop_files() {
    local dir=$1
    mkdir -p "$dir/assets"
    # Everything the game loads; the SVG sources and their generators stay in the repo.
    tar -C "$root/assets" --exclude=./art --exclude=./CREDITS.md -cf - . |
        tar -C "$dir/assets" -xf - --no-same-owner
    cp "$root/assets/CREDITS.md" "$dir/CREDITS.md"
    cp "$root/packaging/README.txt" "$dir/README.txt"
    cp "$root/packaging/LICENSE.txt" "$dir/LICENSE.txt"
}

# A stripped copy of the program (a missing strip tool only leaves it larger).
program() {
    local from=$1 to=$2 strip=$3
    cp "$from" "$to"
    chmod 755 "$to"
    if command -v "$strip" >/dev/null 2>&1; then
        "$strip" --strip-all "$to" || echo "dist: $strip failed; the program keeps its symbols" >&2
    else
        echo "dist: no $strip; the program keeps its symbols" >&2
    fi
}

# Same files, same order, same owner and dates: the same archive from the same build.
stamp=$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)
tar_flags=(--sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp")

if [ -d "$what" ] && [ -f "$what/index.html" ]; then
    # The web.
    files=$(find "$what" -type f | wc -l)
    if [ "$files" -ge 1000 ]; then
        echo "dist: $what has $files files; itch.io takes at most 1,000" >&2
        exit 1
    fi
    # src="/x", href="/x", url(/x), fetch("/x"), register("/sw.js"), or a manifest's
    # "start_url": "/" or "scope": "/": names that only work at a host's root.
    if grep -rnoE --include='*.html' --include='*.js' --include='*.css' --include='*.json' \
        --include='*.webmanifest' \
        '(src|href)=["'"'"']/[^/]|url\(["'"'"']?/[^/]|(fetch|register)\(["'"'"']/[^/]|"(start_url|scope)" *: *"/' \
        "$what"; then
        echo "dist: the web build names files by absolute URL (above); itch.io serves it from a folder of its own" >&2
        exit 1
    fi
    zip_path="$out/$name-web.zip"
    rm -f "$zip_path"
    (cd "$what" && find . -type f | LC_ALL=C sort | sed 's|^\./||' | TZ=UTC zip -q -X -9 -@ "$zip_path")
    echo "$zip_path: $(stat -c %s "$zip_path") bytes, $files files"
elif [[ $what == *.exe ]]; then
    # Windows.
    [ -f "$what" ] || {
        echo "dist: no program at $what" >&2
        exit 1
    }
    dir="$work/$name"
    desktop_files "$dir"
    program "$what" "$dir/after_the_rain.exe" x86_64-w64-mingw32-strip
    # Windows readers open text files in Notepad: CRLF line ends there.
    for text in README.txt LICENSE.txt; do sed -i 's/$/\r/' "$dir/$text"; done
    zip_path="$out/$name-windows-x86_64.zip"
    rm -f "$zip_path"
    find "$dir" -exec touch -h -d "@$stamp" {} +
    (cd "$work" && find "$name" | LC_ALL=C sort | TZ=UTC zip -q -X -9 -@ "$zip_path")
    echo "$zip_path: $(stat -c %s "$zip_path") bytes"
else
    # Linux.
    [ -f "$what" ] && [ -x "$what" ] || {
        echo "dist: no program at $what" >&2
        exit 1
    }
    dir="$work/$name"
    desktop_files "$dir"
    program "$what" "$dir/after_the_rain" strip
    cp "$root/packaging/icon.png" "$dir/after-the-rain.png"
    cp "$root/packaging/linux/after-the-rain.desktop" "$dir/after-the-rain.desktop"
    tar_path="$out/$name-linux-x86_64.tar.gz"
    tar -C "$work" "${tar_flags[@]}" -cf - "$name" | gzip -n "${DIST_GZIP:--9}" >"$tar_path.part"
    mv "$tar_path.part" "$tar_path"
    echo "$tar_path: $(stat -c %s "$tar_path") bytes"
fi
