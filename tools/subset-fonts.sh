#!/usr/bin/env bash
# Subsets the game's fonts to the characters it can show, from the original fonts in
# Debian's packages, and writes them to assets/fonts/ under the names the game loads.
#
#   tools/subset-fonts.sh          # (re)writes assets/fonts/*.ttf and the licences
#   tools/subset-fonts.sh --list   # only prints the characters that would be kept
#
# Sources (SIL Open Font License 1.1; each package's copyright file, which holds the
# licence, is copied beside the fonts as EBGaramond-LICENSE.txt / Lato-LICENSE.txt):
#   EBGaramond12-Regular.ttf, EBGaramond12-Italic.ttf  Debian fonts-ebgaramond-extra
#   Lato-Regular.ttf, Lato-Bold.ttf                    Debian fonts-lato
# The subsets keep the fonts' names (the OFL's Reserved Font Name clause: EB Garamond
# declares none and Lato's licence declares none either, and the subsets are a
# mechanical reduction for embedding, which is what the OFL FAQ allows).
#
# Characters kept, so that the story, the interface and the loading screen's error
# messages never fall back to a missing glyph:
#   - every character in assets/story/**/*.ron (the whole text, not only its strings);
#   - every character in string and char literals of src/**/*.rs and crates/**/*.rs
#     (interface labels, the credits, story error messages), \u{...} escapes decoded;
#   - a fixed set, so that an edit to the story or the interface rarely needs a new
#     subset: ASCII printable, Latin-1 (accented letters, NBSP, « » © · × ...), Latin
#     Extended-A (Ł, œ, ...), and common punctuation and symbols: ‘ ’ ‚ “ ” „ – — ‒ …
#     • ′ ″ ‹ › € ™ † ‡ ← ↑ → ↓ and the thin and narrow spaces.
# A character that a font does not have is left out of that font (fonttools warns).
# Everything reachable from those characters through the fonts' default OpenType
# features is kept (ligatures such as fi and fl, kerning, mark positioning), so text
# is shaped as before. TrueType hinting instructions are dropped: Bevy rasterises
# without hinting unless a text asks for FontHinting::Enabled, which this game does
# not, so they are never used.
#
# When the story or the interface gains a character outside that set, run
# `make fonts` again.
set -euo pipefail
export LC_ALL=C.UTF-8

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/assets/fonts"
GARAMOND_DIR=/usr/share/fonts/truetype/ebgaramond
LATO_DIR=/usr/share/fonts/truetype/lato

# --- the tools and the original fonts ----------------------------------------------
need=()
command -v pyftsubset >/dev/null 2>&1 || need+=(fonttools)
[ -f "$GARAMOND_DIR/EBGaramond12-Regular.ttf" ] || need+=(fonts-ebgaramond-extra)
[ -f "$LATO_DIR/Lato-Regular.ttf" ] || need+=(fonts-lato)
if ((${#need[@]})); then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}" || {
        $SUDO apt-get update -qq &&
            $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"
    }
fi

# --- the characters -----------------------------------------------------------------
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
TEXT="$TMP/chars.txt"

# pyftsubset's python (Debian's /usr/bin/python3 has fontTools); the collector itself
# uses only the standard library
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3

(cd "$ROOT" && "$PY" - "$TEXT") <<'PYEOF'
import pathlib, re, sys

chars = set()

# the story: every character of every scene and of story.ron
for p in sorted(pathlib.Path("assets/story").rglob("*.ron")):
    chars.update(p.read_text(encoding="utf-8"))

# Rust string and char literals: "...", b"..." is skipped, r"..." / r#"..."#, '.'
lit = re.compile(
    r'r(#*)"(?P<raw>.*?)"\1'            # raw strings
    r'|(?<![A-Za-z0-9_])"(?P<s>(?:\\.|[^"\\])*)"'  # ordinary strings
    r"|'(?P<c>\\u\{[0-9a-fA-F]+\}|\\.|[^'\\])'",  # char literals (not lifetimes)
    re.S,
)
unicode_escape = re.compile(r"\\u\{([0-9a-fA-F]+)\}")
comment = re.compile(r"//[^\n]*")
for root in ("src", "crates"):
    for p in sorted(pathlib.Path(root).rglob("*.rs")):
        src = p.read_text(encoding="utf-8")
        # drop line comments that hold no quote (so an apostrophe in a comment is
        # not taken for a char literal); lines with quotes are left for the literal
        # matcher
        src = "\n".join(
            comment.sub("", line) if '"' not in line else line for line in src.split("\n")
        )
        for m in lit.finditer(src):
            body = m.group("raw") or m.group("s") or m.group("c") or ""
            body = unicode_escape.sub(lambda e: chr(int(e.group(1), 16)), body)
            chars.update(body)

fixed = [chr(c) for c in range(0x20, 0x7F)]
fixed += [chr(c) for c in range(0xA0, 0x100)]   # Latin-1 Supplement
fixed += [chr(c) for c in range(0x100, 0x180)]  # Latin Extended-A
fixed += list("‘’‚‛“”„‟–—‒―…•·′″‹›€™†‡←↑→↓")
fixed += ["\u2009", "\u200a", "\u202f", "\u2007", "\u2002", "\u2003", "\u00a0"]
chars.update(fixed)
chars = {c for c in chars if c not in "\n\r\t" and ord(c) >= 0x20}
pathlib.Path(sys.argv[1]).write_text("".join(sorted(chars)), encoding="utf-8")
PYEOF

if [ "${1:-}" = --list ]; then
    "$PY" -c 'import sys; t=open(sys.argv[1],encoding="utf-8").read(); print(len(t), "characters"); print(t)' "$TEXT"
    exit 0
fi

# --- subset -------------------------------------------------------------------------
subset() { # subset SOURCE.ttf NAME.ttf
    local src=$1 name=$2 before after
    pyftsubset "$src" --text-file="$TEXT" --output-file="$TMP/$name" \
        --no-hinting --name-IDs='*' --name-languages='*' --notdef-outline \
        2> >(grep -v 'WARNING: FFTM NOT subset' >&2)
    mv -f "$TMP/$name" "$OUT/$name"
    before=$(stat -c %s "$src")
    after=$(stat -c %s "$OUT/$name")
    printf 'subset-fonts: %-26s %7d -> %6d bytes\n' "$name" "$before" "$after"
}
mkdir -p "$OUT"
subset "$GARAMOND_DIR/EBGaramond12-Regular.ttf" EBGaramond12-Regular.ttf
subset "$GARAMOND_DIR/EBGaramond12-Italic.ttf" EBGaramond12-Italic.ttf
subset "$LATO_DIR/Lato-Regular.ttf" Lato-Regular.ttf
subset "$LATO_DIR/Lato-Bold.ttf" Lato-Bold.ttf
cp -f /usr/share/doc/fonts-ebgaramond-extra/copyright "$OUT/EBGaramond-LICENSE.txt"
cp -f /usr/share/doc/fonts-lato/copyright "$OUT/Lato-LICENSE.txt"
echo "subset-fonts: kept $("$PY" -c 'import sys; print(len(open(sys.argv[1],encoding="utf-8").read()))' "$TEXT") characters"
