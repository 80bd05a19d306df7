#!/usr/bin/env bash
# Measures the game's audio files with sox and fails if any of them clips, passes its
# channel's peak ceiling, or if the loudest moment of Chapter 1 clips when mixed.
#
#   tools/check-sounds.sh [DIR]      # DIR defaults to assets/audio
#
# Prints, per file: duration (s), channels, rate, peak dBFS and RMS dBFS. For the
# loops (files under ambience/ or music/) it also measures the loop point: RMS of
# the last and first 50 ms, RMS in 10 ms windows around the join of the file played
# twice, and the sample step at the join against the file's largest step.
#
# Ceilings: the game plays its three channels (ambience, music, effects) at unity gain
# and adds them, so each channel keeps headroom for the others: every file's peak must
# stay under its channel's ceiling (ambience -9 dBFS, music -6 dBFS, effects -3 dBFS;
# tools/make-sounds.sh levels them to these).
#
# The mix: Chapter 1's loudest moments are mixed with sox as the game would sum them
# (a mono effect plays at centre, the same on both sides, as kira plays it), at the
# worst alignment: the effects start together (holding Ctrl skips through their lines
# in a few frames) and the ambience and music loops are each placed so that their own
# largest sample of the same sign lands on the effects' largest sample (the loops run
# at any phase against an effect, so that phase can happen). The mix must keep 1 dB of
# headroom: its peak under -1 dBFS, and no sample at full scale.
#
# Exit status: 0 when all is well; 1 when any file clips or passes its ceiling, a mix
# clips or loses its headroom, or a file cannot be read; 2 when sox is missing.
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${1:-$ROOT/assets/audio}

if ! command -v sox >/dev/null 2>&1; then
    echo "check-sounds: sox is not installed (apt-get install sox libsox-fmt-all)" >&2
    exit 2
fi

mapfile -t files < <(find "$DIR" -type f \( -name '*.ogg' -o -name '*.wav' -o -name '*.flac' \) | sort)
if ((${#files[@]} == 0)); then
    echo "check-sounds: no audio files under $DIR" >&2
    exit 1
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

field() { awk -v k="$1" 'index($0, k) == 1 { print $(NF >= 4 ? 4 : NF); exit }'; }
rms_of() { sox "$@" stats 2>&1 | field "RMS lev dB"; }

# peak ceiling (dBFS) of a file's channel, from its folder
ceiling_of() {
    case $1 in
    ambience/*) echo -9 ;;
    music/*) echo -6 ;;
    sfx/*) echo -3 ;;
    *) echo 0 ;;
    esac
}

fail=0
printf '%-32s %8s %3s %6s %9s %9s %7s  %s\n' file dur_s ch rate peak_dB rms_dB ceiling status
for f in "${files[@]}"; do
    rel=${f#"$DIR"/}
    if ! info_d=$(sox --i -D "$f" 2>/dev/null); then
        printf '%-32s unreadable\n' "$rel"
        fail=1
        continue
    fi
    ch=$(sox --i -c "$f")
    rate=$(sox --i -r "$f")
    out=$(sox "$f" -n stats 2>&1) || { printf '%-32s sox failed\n' "$rel"; fail=1; continue; }
    statout=$(sox "$f" -n stat 2>&1) || true
    pk=$(field "Pk lev dB" <<<"$out")
    rms=$(field "RMS lev dB" <<<"$out")
    status=ok
    if grep -qi 'clip' <<<"$out$statout"; then
        status="CLIPPED ($(grep -i clip <<<"$out$statout" | head -1))"
        fail=1
    elif [ "$pk" != "-inf" ] && awk -v p="$pk" 'BEGIN { exit !(p + 0 >= 0) }'; then
        status="CLIPPED (peak at full scale)"
        fail=1
    elif [ "$pk" = "-inf" ]; then
        status="silent"
    elif awk -v p="$pk" -v c="$(ceiling_of "$rel")" 'BEGIN { exit !(p + 0 > c + 0) }'; then
        status="OVER ITS CEILING of $(ceiling_of "$rel") dBFS"
        fail=1
    fi
    printf '%-32s %8.3f %3s %6s %9s %9s %7s  %s\n' "$rel" "$info_d" "$ch" "$rate" "$pk" "$rms" \
        "$(ceiling_of "$rel")" "$status"
done

# loop points
for f in "${files[@]}"; do
    case "$f" in */ambience/* | */music/*) ;; *) continue ;; esac
    rel=${f#"$DIR"/}
    n=$(sox --i -s "$f")
    w=$(($(sox --i -r "$f") / 100)) # 10 ms
    head=$(rms_of "$f" -n trim 0 0.05)
    tail=$(rms_of "$f" -n trim -0.05)
    sox "$f" "$f" "$TMP/twice.wav" 2>/dev/null
    wins=""
    for k in -5 -4 -3 -2 -1 0 1 2 3 4; do
        wins+=" $(rms_of "$TMP/twice.wav" -n trim "$((n + k * w))s" "${w}s")"
    done
    # largest sample step across the join vs the largest step anywhere in the file
    jump=$(sox "$TMP/twice.wav" -n trim "$((n - 1))s" 2s stat 2>&1 | awk '/^Maximum delta/ { print $3 }')
    maxd=$(sox "$f" -n stat 2>&1 | awk '/^Maximum delta/ { print $3 }')
    meand=$(sox "$f" -n stat 2>&1 | awk '/^Mean    delta/ { print $3 }')
    echo "loop $rel: last 50 ms RMS $tail dB, first 50 ms RMS $head dB;" \
        "10 ms RMS around the join (dB):$wins;" \
        "step at join $jump (file: mean step $meand, max step $maxd)"
done

# --- the loudest moments of Chapter 1, mixed ----------------------------------------
MIX_RATE=44100
# The largest sample of sign SIGN (1 or -1; 0: of either sign) in FILE, over all its
# channels: prints "INDEX VALUE" (VALUE signed)
peak_at() { # peak_at FILE SIGN
    sox "$1" -t dat - | awk -v s="$2" '
        /^;/ { next }
        { for (c = 2; c <= NF; c++) { v = $c + 0; a = (s == 0) ? (v < 0 ? -v : v) : v * s
              if (a > m) { m = a; i = n; val = v } }
          n++ }
        END { printf "%d %.6f\n", i, val }'
}
# MIX_NAME, MIX_LOOPS (files under DIR) and MIX_FX: mix them at the worst alignment,
# print the result; sets MIX_FAIL=1 if it clips or keeps less than 1 dB of headroom
mix_moment() { # mix_moment NAME "LOOP..." "EFFECT..."
    local name=$1 loops=$2 fxs=$3 f parts=() i v n p len start sign k=0 bound=0 pk out full
    for f in $loops $fxs; do
        if [ ! -f "$DIR/$f" ]; then
            echo "mix $name: $f is missing" >&2
            MIX_FAIL=1
            return
        fi
    done
    # everything is mixed a quarter as loud (-12.04 dB; sox would clip a mix at full
    # scale) and measured against a quarter of full scale
    # the effects, started together, as two identical channels
    for f in $fxs; do parts+=(-v 0.25 "$DIR/$f"); done
    sox -m "${parts[@]}" -e floating-point -b 32 "$TMP/fx.wav" rate -v $MIX_RATE remix 1 1
    read -r i v < <(peak_at "$TMP/fx.wav" 0) # (the sign is what matters)
    sign=1
    awk -v v="$v" 'BEGIN { exit !(v < 0) }' && sign=-1
    len=$(sox --i -s "$TMP/fx.wav")
    parts=(-v 1 "$TMP/fx.wav")
    for f in $loops; do
        k=$((k + 1))
        sox "$DIR/$f" -e floating-point -b 32 "$TMP/l$k.wav" rate -v $MIX_RATE channels 2
        n=$(sox --i -s "$TMP/l$k.wav")
        read -r p _ < <(peak_at "$TMP/l$k.wav" "$sign")
        # the loop three times over, from where its peak meets the effects' peak
        start=$((n + p - i))
        sox "$TMP/l$k.wav" "$TMP/l$k.wav" "$TMP/l$k.wav" "$TMP/m$k.wav" trim "${start}s" "${len}s" vol 0.25
        parts+=(-v 1 "$TMP/m$k.wav")
    done
    sox -m "${parts[@]}" -e floating-point -b 32 "$TMP/mix.wav"
    out=$(sox "$TMP/mix.wav" -n stats 2>&1)
    pk=$(awk -v p="$(field "Pk lev dB" <<<"$out")" 'BEGIN { printf "%.2f", p + 12.0412 }')
    full=$(sox "$TMP/mix.wav" -t dat - | awk '/^;/ { next }
        { for (c = 2; c <= NF; c++) { v = $c + 0; if (v >= 0.25 || v <= -0.25) n++ } }
        END { print n + 0 }')
    # the bound for any alignment at all: the files' peaks added up
    for f in $loops $fxs; do
        bound=$(awk -v b="$bound" -v p="$(sox "$DIR/$f" -n stats 2>&1 | field "Pk lev dB")" \
            'BEGIN { printf "%.4f", b + 10 ^ (p / 20) }')
    done
    local status=ok
    if ((full > 0)) || awk -v p="$pk" 'BEGIN { exit !(p + 0 > -1) }'; then
        status="CLIPS OR UNDER 1 dB OF HEADROOM"
        MIX_FAIL=1
    fi
    echo "mix $name: $(echo $loops $fxs | sed 's#[a-z]*/##g; s#\.ogg##g; s# # + #g'):" \
        "peak $pk dBFS, $full samples at full scale, $(sox --i -D "$TMP/mix.wav") s" \
        "(all peaks added: $(awk -v b="$bound" 'BEGIN { printf "%.2f", 20 * log(b) / log(10) }') dBFS); $status"
}
MIX_FAIL=0
if [ -f "$DIR/ambience/rain_heavy.ogg" ]; then
    # Chapter 1 (assets/story/ch1/rain.ron): heavy rain throughout, thunder from the
    # script and at random while the scene asks for it, the sombre cue from 1.3 on.
    # 1.1: the thunder, the saber ignited and humming, within a few lines (the music
    # is not playing yet; it is mixed in to leave room for it all the same)
    mix_moment "chapter 1 storm" "ambience/rain_heavy.ogg music/sombre.ogg" \
        "sfx/thunder.ogg sfx/saber_ignite.ogg sfx/saber_hum.ogg"
    # 1.3: thunder, then the punch, under the music
    mix_moment "chapter 1 punch" "ambience/rain_heavy.ogg music/sombre.ogg" \
        "sfx/thunder.ogg sfx/punch.ogg"
    # 1.4: the splash, then thunder, under the music
    mix_moment "chapter 1 splash" "ambience/rain_heavy.ogg music/sombre.ogg" \
        "sfx/splash.ogg sfx/thunder.ogg"
fi

if ((fail)); then
    echo "check-sounds: FAIL: some files clip or pass their channel's ceiling" >&2
    exit 1
fi
if ((MIX_FAIL)); then
    echo "check-sounds: FAIL: a Chapter 1 mix clips or keeps under 1 dB of headroom" >&2
    exit 1
fi
echo "check-sounds: ok (${#files[@]} files, none clip or pass its ceiling; the Chapter 1 mixes keep their headroom)"
