#!/usr/bin/env bash
# Renders every SVG under assets/art/ to a PNG under assets/images/ (same relative
# path, .svg -> .png) at the SVG's own size. Generator scripts (assets/art/**/make_*.py)
# run first so the SVGs they write are current. Safe to run again: same inputs, same files.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v rsvg-convert >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get install -y librsvg2-bin || {
        $sudo apt-get update -qq && $sudo apt-get install -y librsvg2-bin
    }
fi

# 1. Generators (standard-library Python) write their SVGs in place.
while IFS= read -r -d '' gen; do
    echo "generate: $gen"
    python3 "$gen"
done < <(find assets/art -name 'make_*.py' -print0 | sort -z)

# 2. Render.
count=0
while IFS= read -r -d '' svg; do
    rel="${svg#assets/art/}"
    out="assets/images/${rel%.svg}.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --format=png --output="$out.tmp" "$svg"
    mv -f "$out.tmp" "$out"
    count=$((count + 1))
done < <(find assets/art -name '*.svg' -print0 | sort -z)
echo "rendered $count SVG(s) into assets/images/"
