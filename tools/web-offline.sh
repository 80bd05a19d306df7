#!/usr/bin/env bash
# Writes DIST/sw.js from web/sw.js for one build of the browser game: the cache's
# version is a hash of every file the game can fetch (so a new release, and only a new
# release, gets a new cache and replaces the old one), and FILES lists each of them
# with the start of its own SHA-256 (the service worker checks what it downloads
# against it, and carries over unchanged files from the old cache instead of
# downloading them again). The precompressed copies (.gz, .br) are left out: the
# browser gets each file once, in whichever encoding the host sends.
#
#   bash tools/web-offline.sh dist/web
set -euo pipefail
dist=${1:?usage: web-offline.sh DIST_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$dist"
list=$(find . -type f ! -name sw.js ! -name '*.gz' ! -name '*.br' -printf '%P\n' | LC_ALL=C sort)
files=$(while IFS= read -r path; do
    printf '%s %s\n' "$(sha256sum "$path" | cut -c1-16)" "$path"
done <<< "$list")
version=$(printf '%s\n' "$files" | sha256sum | cut -c1-16)
json=$(printf '%s\n' "$files" | awk 'BEGIN { printf "[" } NR > 1 { printf "," } {
    hash = $1; sub(/^[^ ]+ /, ""); gsub(/\\/, "\\\\"); gsub(/"/, "\\\"");
    printf "\n  [\"%s\", \"%s\"]", $0, hash } END { printf "\n]" }')
count=$(printf '%s\n' "$files" | wc -l)
# The placeholders in web/sw.js: "__VERSION__" and the empty list after FILES.
# (Through the environment: awk -v would undo the list's backslashes.)
VERSION=$version FILES=$json awk '
    { gsub(/__VERSION__/, ENVIRON["VERSION"]) }
    /^const FILES = \[\];/ { print "const FILES = " ENVIRON["FILES"] ";"; next }
    { print }' "$here/web/sw.js" > sw.js
grep -q "const FILES = \[$" sw.js || { echo "web-offline.sh: no FILES line in web/sw.js" >&2; exit 1; }
echo "sw.js: cache after-the-rain-$version, $count files"
