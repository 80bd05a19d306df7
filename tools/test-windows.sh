#!/usr/bin/env bash
# The Windows package started as a player would (make test-windows): the zip unpacked
# into an empty folder and after_the_rain.exe started from another folder under
# Debian's Wine in Xvfb (Wine's Vulkan over Mesa's software renderer), with its saves
# in a folder of its own, until its screenshot tour photographs the title. Two
# choices make Wine 8.0 (Debian 12) run it: Vulkan (WGPU_BACKEND=vulkan), because
# wgpu's DX12 over Wine's vkd3d cannot compile its shaders (FXC's D3DCompile "not
# implemented", then the device is lost); and a Wine virtual desktop, because on
# Xvfb Wine reports display modes without a refresh rate and winit asserts that one
# is there (winit monitor.rs: has_flag(mode.dmFields, REQUIRED_FIELDS)). The
# release program has no console (windows_subsystem = "windows"), so the title's
# picture is what shows it got there; Wine's own messages are kept in the log.
#
#   tools/test-windows.sh [dist/after-the-rain-windows-x86_64.zip]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
zip=$(realpath "${1:-$root/dist/after-the-rain-windows-x86_64.zip}")
limit=${WINE_LIMIT:-600}
work=$(mktemp -d)
pid=""
cleanup() {
    [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null
    [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/unpacked" "$work/elsewhere" "$work/shots" "$work/data"
unzip -q "$zip" -d "$work/unpacked"
exe="$work/unpacked/after-the-rain/after_the_rain.exe"
[ -f "$exe" ] || {
    echo "test-windows: no after-the-rain/after_the_rain.exe in $zip" >&2
    exit 1
}

# Wine before 9 lacks bcryptprimitives.dll, which every Rust program of 1.78 or later
# needs: a stand-in goes beside the program for this test (tools/wine/bcryptprimitives.c).
if ! [ -f /usr/lib/x86_64-linux-gnu/wine/x86_64-windows/bcryptprimitives.dll ]; then
    x86_64-w64-mingw32-gcc -O2 -shared -Wl,--kill-at -o "$(dirname "$exe")/bcryptprimitives.dll" \
        "$root/tools/wine/bcryptprimitives.c" -ladvapi32
    echo "test-windows: this Wine has no bcryptprimitives.dll; using the stand-in"
fi

export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all,err+all
# No Mono or Gecko installers asked for: the game needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
wine=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
echo "test-windows: $($wine --version), a new prefix"
started=$(date +%s)
timeout 300 xvfb-run -a "$wine" wineboot --init >"$work/wineboot.log" 2>&1 || {
    cat "$work/wineboot.log" >&2
    echo "test-windows: wineboot failed" >&2
    exit 1
}
echo "test-windows: prefix ready in $(($(date +%s) - started)) s"

shots=$(WINEPREFIX=$WINEPREFIX winepath -w "$work/shots" 2>/dev/null || echo "Z:${work//\//\\}\\shots")
data=$(WINEPREFIX=$WINEPREFIX winepath -w "$work/data" 2>/dev/null || echo "Z:${work//\//\\}\\data")
cd "$work/elsewhere"
started=$(date +%s)
setsid env AFTER_THE_RAIN_DATA="$data" WGPU_BACKEND="${WGPU_BACKEND:-vulkan}" xvfb-run -a -s "-screen 0 1280x720x24" \
    "$wine" explorer "/desktop=after-the-rain,1280x720" "$exe" --screenshots "$shots" --at 1 >"$work/game.log" 2>&1 &
pid=$!
while :; do
    if [ -s "$work/shots/title.png" ] && python3 - "$work/shots/title.png" <<'PY' 2>/dev/null; then
import sys, zlib, struct
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n" and data.rstrip().endswith(b"IEND\xaeB`\x82")
PY
        echo "test-windows: the title is up under Wine after $(($(date +%s) - started)) s" \
            "($(stat -c %s "$work/shots/title.png") bytes of title.png)"
        if grep -q panicked "$work/game.log"; then
            cat "$work/game.log" >&2
            echo "test-windows: the game panicked" >&2
            exit 1
        fi
        [ -n "${WINE_SHOT:-}" ] && cp "$work/shots/title.png" "$WINE_SHOT"
        exit 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        tail -40 "$work/game.log" >&2
        echo "test-windows: the game stopped before the title" >&2
        exit 1
    fi
    if [ $(($(date +%s) - started)) -gt "$limit" ]; then
        tail -40 "$work/game.log" >&2
        echo "test-windows: no title after $limit s" >&2
        exit 1
    fi
    sleep 2
done
