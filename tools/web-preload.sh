#!/usr/bin/env bash
# Writes into DIST/index.html (its <template id="first-files">) a <link rel="preload">
# for each file the game fetches before its title: the fonts (src/assets/mod.rs,
# GameAssets), the story's manifest, every scene file it lists and the title's picture.
# The page asks for them all as soon as the wasm has arrived, so they download while the
# wasm starts instead of one after another once the game runs, and the game's own
# requests take them from there. A file missed here is only fetched later; a file
# listed that the game does not fetch is downloaded for nothing (make test-web checks
# both: every file before the title fetched once, no preload unused).
#
#   bash tools/web-preload.sh dist/web
set -euo pipefail
dist=${1:?usage: web-preload.sh DIST_DIR}
story="$dist/assets/story/story.ron"
fonts=$(sed -n 's/^ *#\[asset(path = "\(fonts\/[^"]*\)")\]$/\1/p' "$(dirname "$0")/../src/assets/mod.rs")
scenes=$(grep -o '"story/[^"]*\.ron"' "$story" | tr -d '"')
# The title screen's picture: `title: (background: "…"` under `screens:`.
title=$(sed -n '/^ *screens: *(/,/^ *),/s/^ *title: *(background: *"\([^"]*\)".*/\1/p' "$story")
[ -n "$fonts" ] && [ -n "$scenes" ] && [ -n "$title" ] ||
    { echo "web-preload.sh: cannot find the fonts, scenes or title picture" >&2; exit 1; }
links=$(for path in $fonts story/story.ron $scenes $title; do
    [ -f "$dist/assets/$path" ] || { echo "web-preload.sh: no $dist/assets/$path" >&2; exit 1; }
    # as="fetch" with crossorigin: what the game's fetch() asks for, so it matches.
    printf '  <link rel="preload" href="assets/%s" as="fetch" crossorigin>\n' "$path"
done)
grep -q '<!-- preloads -->' "$dist/index.html" ||
    { echo "web-preload.sh: no <!-- preloads --> in $dist/index.html" >&2; exit 1; }
LINKS=$links awk '/<!-- preloads -->/ { print ENVIRON["LINKS"]; next } { print }' \
    "$dist/index.html" > "$dist/index.html.new"
mv "$dist/index.html.new" "$dist/index.html"
echo "index.html: $(printf '%s\n' "$links" | wc -l) files preloaded before the title"
