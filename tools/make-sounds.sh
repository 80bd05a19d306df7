#!/usr/bin/env bash
# Generates every sound of "After the Rain": the score, the ambience loops, the effects.
#
#   tools/make-sounds.sh               # writes assets/audio/{music,ambience,sfx}/*.ogg
#   tools/make-sounds.sh love_lake door   # only the named sounds (file names without .ogg;
#                                         # "canteen" names both a cue and an ambience)
#
# The score is notation: tools/score.py writes one Standard MIDI file per cue, and
# FluidSynth renders it with the General MIDI SoundFont FluidR3_GM (Debian's
# fluid-soundfont-gm, MIT licence). tools/sound_design.py wraps each render's release
# and reverb tail back onto its start (an exactly periodic loop), sets its loudness and
# encodes it. The ambience loops and the effects are synthesised by
# tools/sound_design.py with numpy. Every random source is seeded: the same scripts
# give the same files. Renders run one at a time (the machine's cores are shared).
#
# Check the results with tools/check-sounds.sh (run by make test).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/assets/audio"
SF2=/usr/share/sounds/sf2/FluidR3_GM.sf2
# Debian's python3, which has python3-numpy (a pyenv or venv python may not)
PY=/usr/bin/python3

# --- tools ----------------------------------------------------------------------------
need_pkgs=()
command -v sox >/dev/null 2>&1 || need_pkgs+=(sox)
sox -h 2>/dev/null | grep -q 'AUDIO FILE FORMATS:.* vorbis' || need_pkgs+=(libsox-fmt-all)
command -v fluidsynth >/dev/null 2>&1 || need_pkgs+=(fluidsynth)
[ -f "$SF2" ] || need_pkgs+=(fluid-soundfont-gm)
{ [ -x "$PY" ] && "$PY" -c 'import numpy' 2>/dev/null; } || need_pkgs+=(python3 python3-numpy)
if ((${#need_pkgs[@]})); then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}"
fi

TMP=$(mktemp -d)
[ -n "${KEEP_TMP:-}" ] && echo "make-sounds: keeping $TMP" >&2 || trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT/ambience" "$OUT/music" "$OUT/sfx"

MUSIC=(rain_theme sombre tension action canteen love_lake love_confession love_whole)
AMBIENCE=(rain_heavy rain_light rain_roof base_day medbay_hum room_tone lake seranno_night hyperspace
    canteen cell corridor)
SFX=(thunder thunder_near saber_ignite saber_off saber_hum splash punch shuttle_landing
    blaster grenade comm_chirp hologram door)

TARGETS=("$@")
want() {
    ((${#TARGETS[@]} == 0)) && return 0
    local a
    for a in "${TARGETS[@]}"; do [ "$a" = "$1" ] && return 0; done
    return 1
}

# --- music: notation -> MIDI -> FluidSynth -> loop -------------------------------------
render() { # render CUE
    local cue=$1
    echo "make-sounds: music/$cue"
    # reverb on (the SoundFont's instruments are dry), chorus off; float output so
    # nothing clips before the level is set
    fluidsynth -ni -q -F "$TMP/$cue.wav" -T wav -O float -r 44100 -g 0.4 -R 1 -C 0 \
        -o synth.reverb.room-size=0.72 -o synth.reverb.damp=0.35 \
        -o synth.reverb.width=1.0 -o synth.reverb.level=0.6 \
        "$SF2" "$TMP/midi/$cue.mid" >/dev/null
    "$PY" "$ROOT/tools/sound_design.py" music "$TMP/$cue.wav" "$(cat "$TMP/midi/$cue.len")" \
        "$OUT/music/$cue.ogg"
    rm -f "$TMP/$cue.wav"
}
cues=()
for c in "${MUSIC[@]}"; do want "$c" && cues+=("$c"); done
if ((${#cues[@]})); then
    "$PY" "$ROOT/tools/score.py" "$TMP/midi" "${cues[@]}"
    for c in "${cues[@]}"; do render "$c"; done
fi

# --- ambience and effects ----------------------------------------------------------------
for a in "${AMBIENCE[@]}"; do
    want "$a" || continue
    echo "make-sounds: ambience/$a"
    "$PY" "$ROOT/tools/sound_design.py" amb "$a" "$OUT/ambience/$a.ogg"
done
for s in "${SFX[@]}"; do
    want "$s" || continue
    echo "make-sounds: sfx/$s"
    "$PY" "$ROOT/tools/sound_design.py" sfx "$s" "$OUT/sfx/$s.ogg"
done

echo "make-sounds: $(find "$OUT" -name '*.ogg' | wc -l) files under ${OUT#"$ROOT"/}," \
    "$(du -sb "$OUT" | cut -f1) bytes"
