#!/usr/bin/env bash
# Writes Brotli (.br) and gzip (.gz) copies beside the browser game's compressible files
# (the wasm, its JS, the page, fonts, the story), for hosts that send a precompressed
# copy when the browser accepts it (nginx's gzip_static and brotli_static, Caddy's
# `precompressed`, Apache with rewrite rules; the README lists them). A copy is kept
# only when it saves at least a tenth. Pictures (PNG, WebP) and sound (Ogg) are
# compressed already and get none.
#
#   bash tools/web-compress.sh dist/web
set -euo pipefail
dist=${1:?usage: web-compress.sh DIST_DIR}
cd "$dist"
raw=0 gz=0 br=0 count=0
while IFS= read -r -d '' file; do
    size=$(stat -c %s "$file")
    [ "$size" -ge 1024 ] || continue
    gzip -9 -n -c "$file" > "$file.gz"
    # Window 24 (16 MiB) is the largest every browser's Brotli decoder takes.
    brotli -q 11 -w 24 -f -c "$file" > "$file.br"
    kept=0
    for copy in "$file.gz" "$file.br"; do
        if [ $(( $(stat -c %s "$copy") * 10 )) -gt $(( size * 9 )) ]; then rm "$copy"; else kept=1; fi
    done
    if [ $kept = 1 ]; then
        count=$((count + 1)) raw=$((raw + size))
        [ -f "$file.gz" ] && gz=$((gz + $(stat -c %s "$file.gz")))
        [ -f "$file.br" ] && br=$((br + $(stat -c %s "$file.br")))
    fi
done < <(find . -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' -o -name '*.ron' \
    -o -name '*.ttf' -o -name '*.otf' -o -name '*.json' -o -name '*.webmanifest' -o -name '*.svg' \) -print0)
echo "precompressed $count files: $raw bytes raw, $gz gzip, $br brotli"
