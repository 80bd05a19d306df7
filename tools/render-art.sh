#!/usr/bin/env bash
# Renders every SVG under assets/art/ to a picture under assets/images/ (same relative
# path) at the SVG's own size; `bash tools/render-art.sh cast` renders only the cast.
# Generator scripts (assets/art/**/make_*.py) run first so the SVGs they write are
# current. Safe to run again: same inputs, same files.
#
# Places (assets/art/places/) and event pictures (assets/art/events/) are full-screen
# and opaque: they become lossy WebP (.webp), a sixth of their quantised PNGs' size.
# WEBP_FLAGS were chosen by eye and by measure (docs/performance.md, "Assets"): at
# -q 90 with sharp YUV the worst error
# against the full-colour render (0.63% RMSE, the lake) is below pngquant's worst, and
# the skies' soft gradients show no banding at normal contrast (with the contrast
# stretched they band faintly, and more at -q 80).
#
# The cast's layers (bodies and face parts, see assets/art/cast/README.md) have soft
# transparent edges and become PNG (.png): each is
# quantised to a 256-colour palette by pngquant (with alpha, so the
# busts keep their soft edges). The settings were chosen by eye and by measure on this
# flat art (docs/performance.md, "Assets"): --quality=80-98 keeps the colours within
# about 0.6% RMSE of the full-colour render, and pngquant's full Floyd-Steinberg dither
# is kept on purpose: at --floyd=0.5 or 0.75 the large soft glows (the ship's wall
# around the viewport, the lake's sky) show faint rings even at 1280x720, and only the
# full dither hides them. A picture that pngquant cannot bring within the quality
# range, or only makes larger, keeps its full-colour render.
PNGQUANT_FLAGS=(--quality=80-98 --speed 1 --strip)
WEBP_FLAGS=(-q 90 -m 6 -sharp_yuv -metadata none -quiet)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need=()
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
command -v pngquant >/dev/null 2>&1 || need+=(pngquant)
command -v cwebp >/dev/null 2>&1 || need+=(webp)
if ((${#need[@]})); then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get install -y "${need[@]}" || {
        $sudo apt-get update -qq && $sudo apt-get install -y "${need[@]}"
    }
fi

# Optional arguments name folders under assets/art/ to render alone (e.g. `cast`);
# without any, everything is rendered.
dirs=()
for d in "$@"; do dirs+=("assets/art/${d%/}"); done
((${#dirs[@]})) || dirs=(assets/art)

# 1. Generators (standard-library Python) write their SVGs in place.
while IFS= read -r -d '' gen; do
    echo "generate: $gen"
    python3 "$gen"
done < <(find "${dirs[@]}" -name 'make_*.py' -print0 | sort -z)

# 2. Render, then quantise.
count=0 kept=0 before=0 after=0
while IFS= read -r -d '' svg; do
    rel="${svg#assets/art/}"
    out="assets/images/${rel%.svg}.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --format=png --output="$out.full" "$svg"
    before=$((before + $(stat -c %s "$out.full")))
    count=$((count + 1))
    if [[ $rel == places/* || $rel == events/* ]]; then
        webp="${out%.png}.webp"
        cwebp "${WEBP_FLAGS[@]}" "$out.full" -o "$webp"
        rm -f "$out.full" "$out"
        after=$((after + $(stat -c %s "$webp")))
        continue
    fi
    rc=0
    pngquant "${PNGQUANT_FLAGS[@]}" --skip-if-larger --force --output "$out.tmp" -- "$out.full" || rc=$?
    case $rc in
    0) rm -f "$out.full" ;;
    98 | 99) # larger, or below the quality floor: keep the full-colour render
        echo "pngquant: keeping the full-colour $out (pngquant exit $rc)"
        mv -f "$out.full" "$out.tmp"
        kept=$((kept + 1))
        ;;
    *)
        rm -f "$out.full" "$out.tmp"
        echo "pngquant failed on $out (exit $rc)" >&2
        exit 1
        ;;
    esac
    mv -f "$out.tmp" "$out"
    after=$((after + $(stat -c %s "$out")))
done < <(find "${dirs[@]}" -name '*.svg' -print0 | sort -z)
echo "rendered $count SVG(s) into assets/images/ ($kept PNG(s) kept full-colour):" \
    "$before bytes rendered, $after bytes after pngquant and cwebp"

# 3. The cast's contact sheet (docs/cast.png): every member's layers composed as the
# game composes them, one tile per expression (assets/art/cast/contact_sheet.py).
if [[ " ${dirs[*]} " == *" assets/art "* || " ${dirs[*]} " == *" assets/art/cast "* ]]; then
    python3 assets/art/cast/contact_sheet.py --out docs/cast.png
    pngquant "${PNGQUANT_FLAGS[@]}" --force --output docs/cast.png -- docs/cast.png || true
    echo "contact sheet: docs/cast.png"
fi

# 4. The event pictures' contact sheet (docs/events.png, assets/art/events/contact_sheet.py).
if [[ " ${dirs[*]} " == *" assets/art "* || " ${dirs[*]} " == *" assets/art/events "* ]]; then
    python3 assets/art/events/contact_sheet.py --out docs/events.png
    pngquant "${PNGQUANT_FLAGS[@]}" --force --output docs/events.png -- docs/events.png || true
fi
