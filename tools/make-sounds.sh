#!/usr/bin/env bash
# Generates the original sounds of "After the Rain" with sox only.
#
#   tools/make-sounds.sh          # writes assets/audio/{ambience,music,sfx}/*.ogg
#   tools/make-sounds.sh lake door   # only the named sounds (file names without .ogg)
#
# Deterministic: every sox call runs with -R (repeatable random numbers, also for
# dither), and the only other "randomness" is a fixed-seed integer LCG in bash, so
# re-running the script gives the same files.
#
# Loops: the rain loops are rendered a few seconds longer than their length, then the
# extra tail is crossfaded (equal power) into the head, so the last sample leads
# straight into the first. The music cue is built from deterministic tones: it is
# rendered with its release and reverb tail, and the part past the loop length is
# wrapped around and mixed onto the start, which makes it exactly periodic.
#
# Check the results with tools/check-sounds.sh.
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/assets/audio"
SR=44100

# --- sox with ogg/vorbis support -------------------------------------------------
need_pkgs=()
command -v sox >/dev/null 2>&1 || need_pkgs+=(sox)
if ! command -v sox >/dev/null 2>&1 || ! sox -h 2>/dev/null | grep -q 'AUDIO FILE FORMATS:.* vorbis'; then
    need_pkgs+=(libsox-fmt-all)
fi
if ((${#need_pkgs[@]})); then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need_pkgs[@]}"
fi

TMP=$(mktemp -d)
[ -n "${KEEP_TMP:-}" ] && echo "make-sounds: keeping $TMP" >&2 || trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT/ambience" "$OUT/music" "$OUT/sfx"

# sox, repeatable, quiet unless something is wrong (warnings, e.g. clipping, still show)
S() {
    local err rc=0
    { err=$(sox -R -V2 "$@" 2>&1 1>&3) || rc=$?; } 3>&1
    if [ -n "$err" ] || [ $rc -ne 0 ]; then
        printf 'make-sounds: sox %s\n%s\n' "$*" "$err" >&2
        return $rc
    fi
}
# 32-bit float wav for every intermediate file
F=(-e floating-point -b 32)

calc() { awk "BEGIN { printf \"%.4f\", $1 }"; }
# stats prints "RMS lev dB  overall [left right]": NF is 4 (mono) or 6 (stereo),
# the overall figure is field 4 either way.
stat_of() { sox "$1" -n stats 2>&1 | awk -v k="$2" 'index($0, k) == 1 { print $4; exit }'; }

# --- fixed-seed pseudo random integers (bash LCG) --------------------------------
RNG=1
seed() { RNG=$1; }
rnd() { # rnd N -> integer in [0, N) in $R
    RNG=$(((RNG * 1103515245 + 12345) % 2147483648))
    R=$(((RNG / 65536) % $1))
}
ms() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); } # ms 1234 -> 1.234

# mono noise of LEN seconds, taken OFFSET seconds into the generator's stream so that
# layers made by separate sox calls are not copies of each other
noise() { # noise TYPE LEN OFFSET OUT [effects...]
    local type=$1 len=$2 off=$3 out=$4
    shift 4
    S -n -r $SR -c 1 "${F[@]}" "$out" synth "$(calc "$len + $off")" "$type" gain -12 trim "$off" "$@"
}
# stereo noise, decorrelated channels
snoise() { # snoise TYPE LEN OFFL OFFR OUT [effects...]
    local type=$1 len=$2 offl=$3 offr=$4 out=$5
    shift 5
    noise "$type" "$len" "$offl" "$TMP/_l.wav"
    noise "$type" "$len" "$offr" "$TMP/_r.wav"
    S -M "$TMP/_l.wav" "$TMP/_r.wav" "${F[@]}" "$out" "$@"
}

# droplet ticks: a mono track of LEN seconds with sparse drops, gaps of
# MIN..MIN+SPREAD ms; each drop is a short rising "plink" with a fast decay
drops() { # drops OUT LEN SEED MIN_GAP_MS SPREAD_MS
    local out=$1 len=$2 gmin=$4 gspread=$5 t=0 total raw="$TMP/_drops.f32"
    seed "$3"
    total=$(calc "$len * 1000")
    total=${total%.*}
    : >"$raw"
    while ((t < total)); do
        rnd 2600; local f1=$((1400 + R))
        rnd 1500; local f2=$((f1 + 400 + R))
        rnd 60; local dur=$((25 + R))
        rnd 50; local vol=$((10 + R))  # percent
        rnd "$gspread"; local gap=$((gmin + R))
        S -n -r $SR -c 1 -t f32 - synth "$(ms $dur)" sine "$f1:$f2" \
            fade l 0.002 "$(ms $dur)" "$(ms $((dur - 2)))" vol "0.$(printf %02d $vol)" \
            pad 0 "$(ms "$gap")" >>"$raw"
        t=$((t + dur + gap))
    done
    S -r $SR -c 1 -t f32 "$raw" "${F[@]}" "$out" trim 0 "$len" highpass 900 lowpass 7000
}

# seamless loop: IN is LEN+XF seconds; its last XF seconds are crossfaded (equal power,
# quarter-sine) into its first XF seconds; result is exactly LEN seconds
loopify() { # loopify IN OUT LEN XF
    local in=$1 out=$2 len=$3 xf=$4
    S "$in" "${F[@]}" "$TMP/_head.wav" trim 0 "$xf" fade q "$xf"
    S "$in" "${F[@]}" "$TMP/_tail.wav" trim "$len" "$xf" fade q 0 "$xf" "$xf"
    S "$in" "${F[@]}" "$TMP/_mid.wav" trim "$xf" "=$len"
    S -m -v 1 "$TMP/_head.wav" -v 1 "$TMP/_tail.wav" "${F[@]}" "$TMP/_xf.wav"
    S "$TMP/_xf.wav" "$TMP/_mid.wav" "${F[@]}" "$out"
}

# wrap-around: IN is longer than LEN; everything past LEN is mixed onto the start
wrap() { # wrap IN OUT LEN
    local in=$1 out=$2 len=$3
    S "$in" "${F[@]}" "$TMP/_a.wav" trim 0 "$len"
    S "$in" "${F[@]}" "$TMP/_b.wav" trim "$len"
    S -m -v 1 "$TMP/_a.wav" -v 1 "$TMP/_b.wav" "${F[@]}" "$out"
}

# gain IN so that its RMS is TARGET dBFS; refuse if the peak would pass MAXPEAK
level() { # level IN OUT TARGET_RMS MAXPEAK
    local in=$1 out=$2 target=$3 maxpk=$4 rms pk g
    rms=$(stat_of "$in" "RMS lev dB")
    pk=$(stat_of "$in" "Pk lev dB")
    g=$(calc "$target - ($rms)")
    if awk "BEGIN { exit !($pk + $g > $maxpk) }"; then
        echo "make-sounds: $(basename "$out"): peak $(calc "$pk + $g") dB over $maxpk at RMS $target; lowering" >&2
        g=$(calc "$maxpk - ($pk)")
    fi
    S "$in" "${F[@]}" "$out" gain "$g"
}

# gain IN so that its RMS is TARGET dBFS (no peak limit; for layers before a mix)
rmsnorm() { # rmsnorm IN OUT TARGET_RMS
    local g
    g=$(calc "$3 - ($(stat_of "$1" "RMS lev dB"))")
    S "$1" "${F[@]}" "$2" gain "$g"
}

# peak-normalise IN to PEAK dBFS
peak() { S "$1" "${F[@]}" "$2" gain -n "$3"; }

# --- channel headroom and encoding ---------------------------------------------------
# Everything above sets each file's level within its channel (the balance of rain,
# music and effects as designed). The game plays its three channels at unity gain and
# sums them, so each channel is then trimmed as a whole, keeping that balance, to
# leave headroom for the loudest moment of Chapter 1 (heavy rain, the sombre cue,
# thunder and the saber at once): tools/check-sounds.sh mixes that moment and fails
# if it reaches full scale, and fails if a file passes its channel's peak ceiling
# (ambience -9 dBFS, music -6 dBFS, effects -3 dBFS).
TRIM_AMBIENCE=-8.5 # dB
TRIM_MUSIC=-8.5
TRIM_SFX=-8.5
# Ogg Vorbis quality per channel (sox -C): the lowest that keeps the sound clean,
# judged on spectrograms and on band levels against the uncompressed render
# (docs/performance.md, "Assets"). Music: -q 1 keeps every band and the stereo image
# within 0.3 dB of the old -q 3 files. Ambience: -q 2, because at -q 1 Vorbis's
# channel coupling folds the decorrelated noise beds towards mono (the side signal
# 3-5 dB down at 1-8 kHz against -q 3: the rain and the rooms get narrower), while
# -q 2 stays within about 1-2 dB. Effects are short and full of transients (a
# thunder crack, a punch), so they keep -q 3.
# The loops stay stereo: their noise beds are decorrelated left/right (the side
# signal is within 0-6 dB of the mid), and that width is the sense of being in the
# rain or the room; the effects were made mono already.
Q_AMBIENCE=2
Q_MUSIC=1
Q_SFX=3
# Sample rate of the loops: 22.05 kHz when the file has next to nothing above 11 kHz
# (the energy there 35 dB or more below the whole: the music, and every ambience but
# the two rains and hyperspace's shimmer), else 44.1 kHz. (Not 32 kHz for those: at
# 32 kHz -q 1 cuts at 13 kHz, and the rain's hiss has real energy up to 16 kHz, only
# 21 dB under the whole; at 44.1 kHz -q 2 keeps it up to 16.5 kHz.) Loops are
# resampled as loops (three copies in a row, the middle one kept), so the resampler's
# edges cannot put a click at the join.
# Effects stay at 44.1 kHz: they are small, and their cracks and hisses are bright.
LOW_RATE=22050
HIGH_RATE=44100

# Peak ceilings per channel (dBFS), the same as tools/check-sounds.sh's; the trim
# goes further down for a file that would come within CEIL_MARGIN dB of its ceiling
# (the Vorbis encoding can add a fraction of a dB to a peak).
CEIL_AMBIENCE=-9
CEIL_MUSIC=-6
CEIL_SFX=-3
CEIL_MARGIN=1

enc_ogg() { # enc_ogg IN OUT: the channel's trim, then Ogg Vorbis at its quality
    local trim q ceil pk
    case $2 in
    */ambience/*) trim=$TRIM_AMBIENCE q=$Q_AMBIENCE ceil=$CEIL_AMBIENCE ;;
    */music/*) trim=$TRIM_MUSIC q=$Q_MUSIC ceil=$CEIL_MUSIC ;;
    *) trim=$TRIM_SFX q=$Q_SFX ceil=$CEIL_SFX ;;
    esac
    pk=$(stat_of "$1" "Pk lev dB")
    if awk "BEGIN { exit !($pk + $trim > $ceil - $CEIL_MARGIN) }"; then
        trim=$(calc "$ceil - $CEIL_MARGIN - ($pk)")
    fi
    case $2 in
    */ambience/* | */music/*)
        local n rate all high
        all=$(stat_of "$1" "RMS lev dB")
        high=$(sox "$1" -n sinc 11000 stats 2>&1 | awk 'index($0, "RMS lev dB") == 1 { print $4; exit }')
        rate=$HIGH_RATE
        awk "BEGIN { exit !($high <= $all - 35) }" && rate=$LOW_RATE
        n=$(sox --i -s "$1")
        n=$(((n * rate + SR / 2) / SR))
        S "$1" "$1" "$1" "${F[@]}" "$TMP/_rs.wav" rate -v "$rate" trim "${n}s" "${n}s"
        S "$TMP/_rs.wav" -C "$q" "$2" gain "$trim"
        ;;
    *) S "$1" -C "$q" "$2" gain "$trim" ;;
    esac
}

# =================================================================================
# Rain
# =================================================================================
LOOP=24 # s; 24 rather than 30 since the web build counts every byte: still longer
        # than either gust swell, and the crossfade makes the join
XF=4
SRC=$((LOOP + XF))

rain() { # rain NAME HEAVY(0/1) OFFSET_BASE SEED
    local name=$1 heavy=$2 o=$3 sd=$4 w="$TMP/rain_$1"
    mkdir -p "$w"
    # low body: pink noise, lowpassed; the "roar" of rain on ground and leaves
    snoise pinknoise $SRC $((o + 1)) $((o + 2)) "$w/body0.wav" highpass 70 lowpass 900 lowpass 1400
    # higher hiss: white noise band 2.5-9 kHz
    snoise whitenoise $SRC $((o + 3)) $((o + 4)) "$w/hiss0.wav" highpass 2500 highpass 2500 lowpass 9000
    # mid patter: pink noise band 600-2500 Hz with a fast flutter, the texture of
    # many drops
    snoise pinknoise $SRC $((o + 5)) $((o + 6)) "$w/patter0.wav" highpass 600 lowpass 2500 \
        tremolo 13 30
    # droplet ticks, one track per side, bled a little into the other side
    if ((heavy)); then
        drops "$w/dl.wav" $SRC $((sd + 1)) 120 500
        drops "$w/dr.wav" $SRC $((sd + 2)) 120 500
    else
        drops "$w/dl.wav" $SRC $((sd + 1)) 250 900
        drops "$w/dr.wav" $SRC $((sd + 2)) 250 900
    fi
    S -M "$w/dl.wav" "$w/dr.wav" "${F[@]}" "$w/drops0.wav" remix 1,2v0.35 2,1v0.35
    # gusts: a band of wind noise plus a swell of the rain body, under a slow,
    # irregular envelope sin^2(a) * sin^2(b) (0..1; two unrelated slow rates)
    local lv_body lv_hiss lv_patter pk_drops lv_gust v_swell
    if ((heavy)); then
        lv_body=-23 lv_hiss=-27 lv_patter=-27 pk_drops=-12 lv_gust=-23 v_swell=1
        S -n -r $SR -c 1 "${F[@]}" "$w/e1.wav" synth $SRC sine 0.037 0 10
        S -n -r $SR -c 1 "${F[@]}" "$w/e2.wav" synth $SRC sine 0.023 0 70
        snoise pinknoise $SRC $((o + 7)) $((o + 8)) "$w/gustn0.wav" highpass 250 lowpass 1800 lowpass 1800
    else
        lv_body=-26 lv_hiss=-30 lv_patter=-32 pk_drops=-14 lv_gust=-31 v_swell=0.5
        S -n -r $SR -c 1 "${F[@]}" "$w/e1.wav" synth $SRC sine 0.021 0 20
        S -n -r $SR -c 1 "${F[@]}" "$w/e2.wav" synth $SRC sine 0.013 0 5
        snoise pinknoise $SRC $((o + 7)) $((o + 8)) "$w/gustn0.wav" highpass 300 lowpass 1500 lowpass 1500
    fi
    S -T "$w/e1.wav" "$w/e1.wav" "$w/e2.wav" "$w/e2.wav" "${F[@]}" "$w/env0.wav"
    S "$w/env0.wav" "${F[@]}" "$w/env.wav" gain -n -0.1
    S -M "$w/env.wav" "$w/env.wav" "${F[@]}" "$w/envst.wav"
    rmsnorm "$w/gustn0.wav" "$w/gustn.wav" "$lv_gust"
    rmsnorm "$w/body0.wav" "$w/body.wav" "$lv_body"
    S -T -v 1 "$w/gustn.wav" -v 1 "$w/envst.wav" "${F[@]}" "$w/gust.wav"
    S -T -v 1 "$w/body.wav" -v 1 "$w/envst.wav" "${F[@]}" "$w/bodyswell.wav"
    rmsnorm "$w/hiss0.wav" "$w/hiss.wav" "$lv_hiss"
    rmsnorm "$w/patter0.wav" "$w/patter.wav" "$lv_patter"
    peak "$w/drops0.wav" "$w/drops.wav" "$pk_drops"
    # mix: the layers are set by level above, so they add at unity
    S -m -v 1 "$w/body.wav" -v 1 "$w/hiss.wav" -v 1 "$w/patter.wav" -v 1 "$w/drops.wav" \
        -v 1 "$w/gust.wav" -v "$v_swell" "$w/bodyswell.wav" "${F[@]}" "$w/mix.wav"
    loopify "$w/mix.wav" "$w/loop.wav" $LOOP $XF
    if ((heavy)); then
        level "$w/loop.wav" "$w/final.wav" -20 -4
    else
        level "$w/loop.wav" "$w/final.wav" -23 -5
    fi
    enc_ogg "$w/final.wav" "$OUT/ambience/$name.ogg"
}

# =================================================================================
# Music: "sombre", D minor, 48 s loop (four chords of 12 s: Dm Bb Gm Am), a low
# sawtooth pad under a sparse plucked motif, in a soft reverb
# =================================================================================
MUSIC_LEN=48

# one pad chord: NOTES are semitone offsets from A4 (A4 = %0)
pad_chord() { # pad_chord OUT START NOTES...
    local out=$1 start=$2 n i=0
    shift 2
    local parts=()
    for n in "$@"; do
        S -n -r $SR -c 1 "${F[@]}" "$TMP/_pv$i.wav" synth 15 \
            sawtooth "%$n" sawtooth mix "%$(calc "$n + 0.09")" sine mix "%$(calc "$n - 0.05")" gain -10
        parts+=(-v 0.3 "$TMP/_pv$i.wav")
        i=$((i + 1))
    done
    S -m "${parts[@]}" "${F[@]}" "$out" lowpass 520 lowpass 900 tremolo 0.23 12 \
        fade h 3.5 15 4.5 pad "$start"
}

# one plucked note
pluck() { # pluck OUT START NOTE VOL
    S -n -r $SR -c 1 "${F[@]}" "$1" synth 4 pluck "%$3" gain -10 lowpass 2400 \
        fade q 0.005 4 2.5 vol "$4" pad "$2"
}

music_sombre() {
    local w="$TMP/music"
    mkdir -p "$w"
    # chords at 0, 12, 24, 36 s: Dm (D2 A2 D3 F3), Bb (Bb1 F2 Bb2 D3),
    # Gm (G1 D2 G2 Bb2), Am (A1 E2 A2 C3); the last one's release wraps into the
    # first one's attack at the loop point
    pad_chord "$w/c1.wav" 0 -31 -24 -19 -16
    pad_chord "$w/c2.wav" 12 -35 -28 -23 -19
    pad_chord "$w/c3.wav" 24 -38 -31 -26 -23
    pad_chord "$w/c4.wav" 36 -36 -29 -24 -21
    # motif: three rising notes and an answer per chord, one note a second at most
    local motif=(
        2:-12:0.9 3:-7:0.8 4:-4:0.85 7.5:-5:0.6
        14:-11:0.9 15:-7:0.8 16:-4:0.85 19.5:-7:0.6
        26:-14:0.9 27:-11:0.8 28:-7:0.85 31.5:-9:0.6
        38:-12:0.9 39:-9:0.8 40:-5:0.85 43.5:-7:0.55 45:-8:0.35
    )
    local parts=() k=0 m
    for m in "${motif[@]}"; do
        IFS=: read -r t n v <<<"$m"
        pluck "$w/p$k.wav" "$t" "$n" "$v"
        parts+=(-v 0.5 "$w/p$k.wav")
        k=$((k + 1))
    done
    S -m "${parts[@]}" "${F[@]}" "$w/plucks.wav"
    S -m -v 0.5 "$w/c1.wav" -v 0.5 "$w/c2.wav" -v 0.5 "$w/c3.wav" -v 0.5 "$w/c4.wav" \
        -v 0.75 "$w/plucks.wav" "${F[@]}" "$w/dry.wav" pad 0 10
    # stereo reverb (linear, so wrapping its tail keeps the loop exact)
    S "$w/dry.wav" "${F[@]}" "$w/wet.wav" remix 1 1 reverb 60 60 90 100 20 -2
    wrap "$w/wet.wav" "$w/loop.wav" $MUSIC_LEN
    level "$w/loop.wav" "$w/final.wav" -22 -6.5
    enc_ogg "$w/final.wav" "$OUT/music/sombre.ogg"
}

# =================================================================================
# Effects (mono, dry, short fades at both ends)
# =================================================================================
SFX="$OUT/sfx"

sfx_thunder() {
    local w="$TMP/thunder"
    mkdir -p "$w"
    # crack: three tearing bursts of bright noise within 80 ms, fast decays
    noise whitenoise 0.6 11 "$w/k1.wav" highpass 400 fade l 0.001 0.6 0.59
    noise whitenoise 0.5 12 "$w/k2.wav" highpass 700 fade l 0.001 0.5 0.49 pad 0.035
    noise whitenoise 0.7 13 "$w/k3.wav" highpass 250 lowpass 6000 fade l 0.002 0.7 0.69 pad 0.08
    # near-strike boom right under the crack
    S -n -r $SR -c 1 "${F[@]}" "$w/boom.wav" synth 1.4 sine 58:30 fade l 0.004 1.4 1.35
    # rumble: low brown noise rolling under two slow tremolos, long decay
    noise brownnoise 5.5 14 "$w/r.wav" lowpass 160 lowpass 160 highpass 28
    S "$w/r.wav" "${F[@]}" "$w/rumble.wav" tremolo 1.1 45 tremolo 2.7 25 fade t 0.06 5.5 5.0
    # mid "tearing" roll that dies sooner
    noise pinknoise 2.5 15 "$w/m.wav" highpass 150 lowpass 700 tremolo 7 60 fade q 0.02 2.5 2.3 pad 0.05
    S -m -v 1.0 "$w/k1.wav" -v 0.8 "$w/k2.wav" -v 0.7 "$w/k3.wav" -v 3.5 "$w/rumble.wav" \
        -v 1.2 "$w/m.wav" -v 0.25 "$w/boom.wav" "${F[@]}" "$w/mix.wav" trim 0 5.5 fade t 0.002 5.5 1.5
    peak "$w/mix.wav" "$w/final.wav" -2.5
    enc_ogg "$w/final.wav" "$SFX/thunder.ogg"
}

# saber hum core: two slightly detuned sawtooths and a sub sine, driven a little
hum() { # hum OUT LEN
    S -n -r $SR -c 1 "${F[@]}" "$1" synth "$2" sawtooth 88 sawtooth mix 89.3 sine mix 44.2 \
        overdrive 6 gain -10 lowpass 1600 highpass 50
}

sfx_saber_ignite() {
    local w="$TMP/ignite"
    mkdir -p "$w"
    # rising buzz, 0.4 s: pitch sweeps up exponentially into the hum pitch
    S -n -r $SR -c 1 "${F[@]}" "$w/rise.wav" synth 0.42 sawtooth 28:88 sawtooth mix 29:89.3 \
        sine mix 14:44.2 overdrive 8 gain -10 lowpass 2200 highpass 40 fade h 0.015 0.42 0.08
    # snap hiss at the start
    noise whitenoise 0.5 21 "$w/snap.wav" highpass 2500 lowpass 9000 fade l 0.002 0.5 0.48
    # hum tail
    hum "$w/hum0.wav" 1.2
    S "$w/hum0.wav" "${F[@]}" "$w/hum.wav" tremolo 3 8 fade h 0.08 1.2 0.6 pad 0.34
    S -m -v 1 "$w/rise.wav" -v 0.35 "$w/snap.wav" -v 0.9 "$w/hum.wav" "${F[@]}" "$w/mix.wav" \
        trim 0 1.5 fade t 0.004 1.5 0.05
    peak "$w/mix.wav" "$w/final.wav" -3
    enc_ogg "$w/final.wav" "$SFX/saber_ignite.ogg"
}

sfx_saber_off() {
    local w="$TMP/off"
    mkdir -p "$w"
    S -n -r $SR -c 1 "${F[@]}" "$w/fall.wav" synth 0.8 sawtooth 88:22 sawtooth mix 89.3:22.4 \
        sine mix 44.2:11 overdrive 8 gain -10 lowpass 1800 highpass 35 fade h 0.01 0.8 0.55
    noise pinknoise 0.45 22 "$w/whoosh.wav" highpass 1200 lowpass 6000 fade q 0.01 0.45 0.4
    S -m -v 1 "$w/fall.wav" -v 0.5 "$w/whoosh.wav" "${F[@]}" "$w/mix.wav" \
        trim 0 0.8 fade t 0.004 0.8 0.1
    peak "$w/mix.wav" "$w/final.wav" -3
    enc_ogg "$w/final.wav" "$SFX/saber_off.ogg"
}

sfx_saber_hum() {
    local w="$TMP/humfx"
    mkdir -p "$w"
    hum "$w/hum0.wav" 3
    # slow wobble (amplitude) and a slight chorus-like beating from the detune
    S "$w/hum0.wav" "${F[@]}" "$w/hum.wav" tremolo 1.3 18 tremolo 4.7 6
    # rain sizzling on the blade: dense tiny crackles
    drops "$w/sz0.wav" 3 77 15 70
    S "$w/sz0.wav" "${F[@]}" "$w/sz.wav" highpass 3000
    noise whitenoise 3 23 "$w/hiss.wav" highpass 4000 lowpass 9000 tremolo 11 50
    S -m -v 1 "$w/hum.wav" -v 0.5 "$w/sz.wav" -v 0.06 "$w/hiss.wav" "${F[@]}" "$w/mix.wav" \
        trim 0 3 fade h 0.15 3 0.9
    peak "$w/mix.wav" "$w/final.wav" -5
    enc_ogg "$w/final.wav" "$SFX/saber_hum.ogg"
}

sfx_splash() {
    local w="$TMP/splash"
    mkdir -p "$w"
    # heavy thud into mud
    S -n -r $SR -c 1 "${F[@]}" "$w/thud.wav" synth 0.3 sine 85:38 fade l 0.002 0.3 0.28 pad 0 0.7
    noise brownnoise 0.35 31 "$w/mud.wav" lowpass 500 tremolo 31 70 fade q 0.003 0.35 0.3
    # the puddle: a bright burst of water noise, then a gloopy tail
    noise whitenoise 0.6 32 "$w/water.wav" highpass 900 lowpass 5000 tremolo 17 40 \
        fade l 0.004 0.6 0.55 pad 0.015
    noise pinknoise 0.5 33 "$w/gloop.wav" bandpass 700 400 tremolo 23 80 fade q 0.05 0.5 0.4 pad 0.12
    # a few drops falling back
    local parts=() k=0 d
    for d in 0.28:2300:3100:0.5 0.37:1800:2700:0.35 0.45:2800:3600:0.4 0.58:2100:2600:0.25 0.71:2500:3300:0.18; do
        IFS=: read -r t f1 f2 v <<<"$d"
        S -n -r $SR -c 1 "${F[@]}" "$w/d$k.wav" synth 0.04 sine "$f1:$f2" fade l 0.002 0.04 0.037 pad "$t"
        parts+=(-v "$v" "$w/d$k.wav")
        k=$((k + 1))
    done
    S -m -v 1 "$w/thud.wav" -v 0.8 "$w/mud.wav" -v 0.6 "$w/water.wav" -v 0.5 "$w/gloop.wav" \
        "${parts[@]}" "${F[@]}" "$w/mix.wav" trim 0 1.0 fade t 0.002 1.0 0.2
    peak "$w/mix.wav" "$w/final.wav" -3
    enc_ogg "$w/final.wav" "$SFX/splash.ogg"
}

sfx_punch() {
    local w="$TMP/punch"
    mkdir -p "$w"
    # body thump
    S -n -r $SR -c 1 "${F[@]}" "$w/thump.wav" synth 0.18 sine 120:48 fade l 0.001 0.18 0.17
    noise brownnoise 0.12 41 "$w/body.wav" lowpass 450 fade l 0.001 0.12 0.11
    # skin slap
    noise whitenoise 0.06 42 "$w/slap.wav" highpass 1200 lowpass 7000 fade l 0.0005 0.06 0.055
    S -m -v 1 "$w/thump.wav" -v 0.9 "$w/body.wav" -v 0.45 "$w/slap.wav" "${F[@]}" "$w/mix.wav" \
        pad 0 0.3 trim 0 0.4 fade t 0.0015 0.4 0.05
    peak "$w/mix.wav" "$w/final.wav" -3
    enc_ogg "$w/final.wav" "$SFX/punch.ogg"
}


# =================================================================================
# More ambience, music and effects. Everything above is unchanged; what follows only
# adds files. Loops are built from three kinds of layer, each seamless on its own:
#   - noise beds, rendered AL+AXF seconds and crossfaded by loopify;
#   - steady tones whose every frequency (and tremolo rate) is a whole number of
#     cycles per loop, rendered 2 s long, with the first 2 s (filter settling) cut
#     off by `periodic`, so the loop is exact without a crossfade (a crossfade of a
#     tone with itself would swell by 3 dB);
#   - events (birds, beeps, drips...) laid on a timeline and wrapped (see wrap), with
#     any reverb applied before the wrap, so their tails carry over the loop point.
# =================================================================================
AL=30           # ambience loop length (s); keep 30: the tone frequencies (multiples of
                # 1/30 Hz) and the beep and alarm counts below are chosen for it
AXF=4           # ambience crossfade (s)
ASRC=$((AL + AXF))

# exactly periodic tone layer: IN is LEN+2 s of a signal that repeats every LEN s
periodic() { S "$1" "${F[@]}" "$2" trim 2 "$3"; }

# silence of MS milliseconds as 2-channel f32 on stdout
silence2() { S -n -r $SR -c 2 -t f32 - synth "$(ms "$1")" sine 0 vol 0; }

# stereo event track: GEN is a function that writes one event followed by GAP ms of
# silence to stdout (2-channel f32) and sets EV to the event's length in ms; events
# follow each other with gaps of MIN..MIN+SPREAD ms from a random start until LEN s
# are filled; OUT is the linear track (padded by 4 s for tails), to be wrapped at LEN
events() { # events OUT LEN SEED MIN_GAP_MS SPREAD_MS GEN
    local out=$1 len=$2 gmin=$4 gspread=$5 gen=$6 t gap raw="$TMP/_ev.f32"
    seed "$3"
    : >"$raw"
    rnd "$gspread"
    t=$((R + 1))
    silence2 "$t" >>"$raw"
    while ((t < len * 1000)); do
        rnd "$gspread"
        gap=$((gmin + R))
        "$gen" "$gap" >>"$raw"
        t=$((t + EV + gap))
    done
    S -r $SR -c 2 -t f32 "$raw" "${F[@]}" "$out" pad 0 4
}

# random pan: sets PL and PR (gains, 0.45..1) for a pan of up to +-SPREAD percent
pan() { # pan SPREAD
    rnd $((2 * $1 + 1))
    local p=$((R - $1)) # -SPREAD..SPREAD
    PL=$(calc "0.5 + 0.5 * cos((($p + 100) / 200) * 1.5708)")
    PR=$(calc "0.5 + 0.5 * sin((($p + 100) / 200) * 1.5708)")
}

# finish a stereo ambience loop: mix the layers (each already exactly LEN long and
# set to its level), level it and encode
amb_out() { # amb_out NAME TARGET_RMS MAXPEAK LAYERS...
    local name=$1 target=$2 maxpk=$3 w="$TMP/amb_$1"
    shift 3
    local parts=() l
    for l in "$@"; do parts+=(-v 1 "$l"); done
    if ((${#parts[@]} > 2)); then
        S -m "${parts[@]}" "${F[@]}" "$w/all.wav"
    else
        S "$1" "${F[@]}" "$w/all.wav"
    fi
    level "$w/all.wav" "$w/final.wav" "$target" "$maxpk"
    enc_ogg "$w/final.wav" "$OUT/ambience/$name.ogg"
}

# slow irregular swell envelope, stereo, 0..1: sin^2(a) * sin^2(b), LEN seconds
swell() { # swell OUT LEN RATE_A RATE_B
    S -n -r $SR -c 1 "${F[@]}" "$TMP/_s1.wav" synth "$2" sine "$3" 0 10
    S -n -r $SR -c 1 "${F[@]}" "$TMP/_s2.wav" synth "$2" sine "$4" 0 60
    S -T "$TMP/_s1.wav" "$TMP/_s1.wav" "$TMP/_s2.wav" "$TMP/_s2.wav" "${F[@]}" "$TMP/_s3.wav"
    S "$TMP/_s3.wav" "${F[@]}" "$TMP/_s4.wav" gain -n -0.1
    S -M "$TMP/_s4.wav" "$TMP/_s4.wav" "${F[@]}" "$1"
}
# IN (stereo) under a swell envelope: floor FLOOR (0..1) plus (1-FLOOR) * envelope
swelled() { # swelled IN OUT ENV FLOOR
    S -T -v 1 "$1" -v 1 "$3" "${F[@]}" "$TMP/_sw.wav"
    S -m -v "$4" "$1" -v "$(calc "1 - $4")" "$TMP/_sw.wav" "${F[@]}" "$2"
}

# --- event generators (see events) ----------------------------------------------

# a bird: two to five quick chirps (rising or falling sweeps), somewhere in the trees
ev_bird() {
    local gap=$1 n k f1 f2 d g fall v
    pan 80
    rnd 4; n=$((2 + R))
    rnd 1800; f1=$((2300 + R))
    rnd 2; fall=$R
    rnd 40; v=$((30 + R))
    EV=0
    for ((k = 0; k < n; k++)); do
        rnd 700; f2=$((f1 + 500 + R))
        rnd 50; d=$((45 + R))
        rnd 70; g=$((35 + R))
        ((k == n - 1)) && g=0
        if ((fall)); then
            S -n -r $SR -c 1 -c 2 -t f32 - synth "$(ms $d)" sine "$f2:$f1" \
                fade h 0.006 "$(ms $d)" 0.02 vol "0.$v" pad 0 "$(ms $g)" remix 1v"$PL" 1v"$PR"
        else
            S -n -r $SR -c 1 -c 2 -t f32 - synth "$(ms $d)" sine "$f1:$f2" \
                fade h 0.006 "$(ms $d)" 0.02 vol "0.$v" pad 0 "$(ms $g)" remix 1v"$PL" 1v"$PR"
        fi
        EV=$((EV + d + g))
    done
    silence2 "$gap"
}

# a far-off metallic clank: a few inharmonic partials with a fast decay
ev_clank() {
    local gap=$1 f d=900
    pan 60
    rnd 150; f=$((240 + R))
    S -n -r $SR -c 1 -c 2 -t f32 - synth "$(ms $d)" sine "$f" synth "$(ms $d)" sine mix "$(calc "$f * 2.63")" \
        synth "$(ms $d)" sine mix "$(calc "$f * 4.47")" synth "$(ms $d)" sine mix "$(calc "$f * 6.9")" \
        synth "$(ms $d)" whitenoise mix gain -12 lowpass 1800 fade l 0.002 "$(ms $d)" 0.85 \
        vol 0.5 pad 0 "$(ms "$gap")" remix 1v"$PL" 1v"$PR"
    EV=$d
}

# cutlery: a short bright clink, sometimes two
ev_clink() {
    local gap=$1 f d n k g v
    pan 90
    rnd 3; n=$(((R == 0) ? 2 : 1))
    EV=0
    for ((k = 0; k < n; k++)); do
        rnd 2600; f=$((2400 + R))
        rnd 150; d=$((90 + R))
        rnd 60; v=$((20 + R))
        rnd 120; g=$((40 + R))
        ((k == n - 1)) && g=0
        S -n -r $SR -c 1 -c 2 -t f32 - synth "$(ms $d)" sine "$f" synth "$(ms $d)" sine mix "$(calc "$f * 2.76")" \
            synth "$(ms $d)" sine mix "$(calc "$f * 1.47")" gain -6 lowpass 9000 \
            fade l 0.001 "$(ms $d)" "$(ms $((d - 2)))" vol "0.$v" pad 0 "$(ms $g)" remix 1v"$PL" 1v"$PR"
        EV=$((EV + d + g))
    done
    silence2 "$gap"
}

# a water lap on a pebble shore: a swell of gurgling low noise, sometimes a plop
ev_lap() {
    local gap=$1 d fc off trem v
    pan 70
    rnd 700; d=$((700 + R))
    rnd 450; fc=$((280 + R))
    rnd 40; off=$((R + 1))
    rnd 14; trem=$((11 + R))
    rnd 50; v=$((50 + R))
    S -n -r $SR -c 1 -c 2 -t f32 - synth "$((off + 2))" pinknoise trim "$off" "$(ms $d)" \
        bandpass "$fc" 1.3o tremolo "$trem" 45 fade q "$(ms $((d / 4)))" "$(ms $d)" "$(ms $((d * 2 / 3)))" \
        vol "0.$v" pad 0 "$(ms "$gap")" remix 1v"$PL" 1v"$PR"
    EV=$d
}
ev_plop() {
    local gap=$1 f d=60 v
    pan 70
    rnd 500; f=$((380 + R))
    rnd 40; v=$((15 + R))
    S -n -r $SR -c 1 -c 2 -t f32 - synth "$(ms $d)" sine "$f:$((f * 2))" fade l 0.003 "$(ms $d)" 0.05 \
        vol "0.$v" pad 0 "$(ms "$gap")" remix 1v"$PL" 1v"$PR"
    EV=$d
}

# a drip in a bare room
ev_drip() {
    local gap=$1 f d=45
    pan 40
    rnd 600; f=$((1100 + R))
    S -n -r $SR -c 1 -c 2 -t f32 - synth "$(ms $d)" sine "$f:$((f * 2))" fade l 0.002 "$(ms $d)" 0.04 \
        vol 0.6 pad 0 "$(ms "$gap")" remix 1v"$PL" 1v"$PR"
    EV=$d
}

# one voice of a murmuring crowd (mono): phrases of voiced "syllables" (a sawtooth at
# speaking pitch through a random formant band), with pauses; LEN seconds
babble_voice() { # babble_voice OUT LEN SEED PITCH
    local out=$1 len=$2 p0=$4 t=0 raw="$TMP/_bab.f32" n k d p1 p2 fc g
    seed "$3"
    : >"$raw"
    while ((t < len * 1000)); do
        rnd 7; n=$((2 + R))
        for ((k = 0; k < n; k++)); do
            rnd 170; d=$((90 + R))
            rnd 40; p1=$((p0 + R - 20))
            rnd 40; p2=$((p1 + R - 25))
            rnd 1100; fc=$((380 + R))
            rnd 50; g=$((15 + R))
            S -n -r $SR -c 1 -t f32 - synth "$(ms $d)" sawtooth "$p1:$p2" gain -8 bandpass "$fc" 1.2o \
                fade h 0.025 "$(ms $d)" 0.045 pad 0 "$(ms $g)" >>"$raw"
            t=$((t + d + g))
        done
        rnd 1600; g=$((250 + R))
        silence1 "$g" >>"$raw"
        t=$((t + g))
    done
    S -r $SR -c 1 -t f32 "$raw" "${F[@]}" "$out" trim 0 "$len"
}
silence1() { S -n -r $SR -c 1 -t f32 - synth "$(ms "$1")" sine 0 vol 0; }

# --- ambience ----------------------------------------------------------------------

amb_base_day() {
    local w="$TMP/amb_base_day"
    mkdir -p "$w"
    # air in the leaves: soft pink noise under a slow swell
    snoise pinknoise $ASRC 50 51 "$w/air0.wav" highpass 150 lowpass 1400
    swell "$w/env.wav" $ASRC 0.029 0.017
    swelled "$w/air0.wav" "$w/air1.wav" "$w/env.wav" 0.45
    rmsnorm "$w/air1.wav" "$w/air.wav" -25
    # insects: two high bands of noise, trilled fast, one per side, bled across
    noise whitenoise $ASRC 52 "$w/il.wav" sinc 4300-6300 tremolo 37 90 tremolo 0.21 50
    noise whitenoise $ASRC 53 "$w/ir.wav" sinc 3700-5400 tremolo 29 90 tremolo 0.13 60
    S -M "$w/il.wav" "$w/ir.wav" "${F[@]}" "$w/ins0.wav" remix 1,2v0.3 2,1v0.3
    rmsnorm "$w/ins0.wav" "$w/ins.wav" -38
    S -m -v 1 "$w/air.wav" -v 1 "$w/ins.wav" "${F[@]}" "$w/bed0.wav"
    loopify "$w/bed0.wav" "$w/bed.wav" $AL $AXF
    # distant engine hum: detuned sawtooths near 55 Hz (whole cycles per loop), dull
    S -n -r $SR -c 1 "${F[@]}" "$w/eng0.wav" synth $((AL + 2)) sawtooth 55 sawtooth mix 55.1 \
        sine mix 110.0333333 gain -10 lowpass 260 lowpass 400 tremolo 0.1 20
    periodic "$w/eng0.wav" "$w/eng1.wav" $AL
    S "$w/eng1.wav" "${F[@]}" "$w/eng2.wav" remix 1 1
    rmsnorm "$w/eng2.wav" "$w/eng.wav" -31
    # birds and a rare far-off clank, in a little open-air reverb
    events "$w/birds0.wav" $AL 301 1200 3800 ev_bird
    S "$w/birds0.wav" "${F[@]}" "$w/birds1.wav" highpass 1500 lowpass 7000 reverb 35 50 80 100 8 -3
    wrap "$w/birds1.wav" "$w/birds2.wav" $AL
    peak "$w/birds2.wav" "$w/birds.wav" -12
    events "$w/clank0.wav" $AL 302 9000 7000 ev_clank
    S "$w/clank0.wav" "${F[@]}" "$w/clank1.wav" reverb -w 70 50 100 100 30 -2
    wrap "$w/clank1.wav" "$w/clank2.wav" $AL
    peak "$w/clank2.wav" "$w/clank.wav" -19
    amb_out base_day -20 -3.5 "$w/bed.wav" "$w/eng.wav" "$w/birds.wav" "$w/clank.wav"
}

amb_medbay_hum() {
    local w="$TMP/amb_medbay_hum"
    mkdir -p "$w"
    # air handling: soft noise bed
    snoise pinknoise $ASRC 54 55 "$w/air0.wav" highpass 80 lowpass 900
    rmsnorm "$w/air0.wav" "$w/air1.wav" -27
    loopify "$w/air1.wav" "$w/air.wav" $AL $AXF
    # electrical hum: 50 Hz and harmonics, and the thin buzz of strip lights
    S -n -r $SR -c 1 "${F[@]}" "$w/hum0.wav" synth $((AL + 2)) sawtooth 50 sine mix 100 sine mix 150 \
        gain -10 lowpass 500 lowpass 500
    S -n -r $SR -c 1 "${F[@]}" "$w/buzz0.wav" synth $((AL + 2)) sawtooth 100 sawtooth mix 100.0333333 \
        gain -10 highpass 1800 highpass 1800 lowpass 5000
    periodic "$w/hum0.wav" "$w/hum1.wav" $AL
    periodic "$w/buzz0.wav" "$w/buzz1.wav" $AL
    rmsnorm "$w/hum1.wav" "$w/hum2.wav" -25
    rmsnorm "$w/buzz1.wav" "$w/buzz2.wav" -40
    S -m -v 1 "$w/hum2.wav" -v 1 "$w/buzz2.wav" "${F[@]}" "$w/hum3.wav" remix 1 1
    cp "$w/hum3.wav" "$w/hum.wav"
    # monitor: a soft beep every 1.2 s (25 per loop), a little to the left, in the room;
    # the first beep is at 0.6 s so that the loop point falls between beeps
    S -n -r $SR -c 1 "${F[@]}" "$w/beep.wav" synth 0.11 sine 987.77 synth 0.11 sine mix 1975.5 \
        gain -6 lowpass 3000 fade h 0.008 0.11 0.05 pad 0 1.09
    S "$w/beep.wav" "${F[@]}" "$w/beeps0.wav" repeat 24 pad 0.6 3 remix 1v0.85 1v0.55 \
        reverb 30 50 40 100 5 -4
    wrap "$w/beeps0.wav" "$w/beeps1.wav" $AL
    peak "$w/beeps1.wav" "$w/beeps.wav" -16
    amb_out medbay_hum -20 -3.5 "$w/air.wav" "$w/hum.wav" "$w/beeps.wav"
}

amb_room_tone() {
    local w="$TMP/amb_room_tone"
    mkdir -p "$w"
    # the room: dark noise; ventilation: a soft breathy band that rises and falls
    snoise brownnoise $ASRC 56 57 "$w/room0.wav" highpass 40 lowpass 300
    rmsnorm "$w/room0.wav" "$w/room.wav" -28
    snoise pinknoise $ASRC 58 59 "$w/vent0.wav" highpass 300 lowpass 1600 lowpass 2400
    swell "$w/env.wav" $ASRC 0.019 0.031
    swelled "$w/vent0.wav" "$w/vent1.wav" "$w/env.wav" 0.6
    rmsnorm "$w/vent1.wav" "$w/vent.wav" -33
    S -m -v 1 "$w/room.wav" -v 1 "$w/vent.wav" "${F[@]}" "$w/bed0.wav"
    loopify "$w/bed0.wav" "$w/bed.wav" $AL $AXF
    # a hint of mains hum
    S -n -r $SR -c 1 -c 2 "${F[@]}" "$w/hum0.wav" synth $((AL + 2)) sine 100 sine mix 50 gain -10 remix 1 1
    periodic "$w/hum0.wav" "$w/hum1.wav" $AL
    rmsnorm "$w/hum1.wav" "$w/hum.wav" -44
    amb_out room_tone -25 -6 "$w/bed.wav" "$w/hum.wav"
}

amb_lake() {
    local w="$TMP/amb_lake"
    mkdir -p "$w"
    # light wind over the water
    snoise pinknoise $ASRC 60 61 "$w/wind0.wav" highpass 250 lowpass 1500 lowpass 2500
    swell "$w/env.wav" $ASRC 0.023 0.041
    swelled "$w/wind0.wav" "$w/wind1.wav" "$w/env.wav" 0.35
    rmsnorm "$w/wind1.wav" "$w/wind.wav" -26
    # the body of the water: low soft noise
    snoise pinknoise $ASRC 62 63 "$w/water0.wav" highpass 80 lowpass 450 tremolo 0.3 25
    rmsnorm "$w/water0.wav" "$w/water.wav" -28
    S -m -v 1 "$w/wind.wav" -v 1 "$w/water.wav" "${F[@]}" "$w/bed0.wav"
    loopify "$w/bed0.wav" "$w/bed.wav" $AL $AXF
    # laps on the pebbles, and small plops
    events "$w/laps0.wav" $AL 311 500 1600 ev_lap
    S "$w/laps0.wav" "${F[@]}" "$w/laps1.wav" reverb 20 50 60 100 5 -6
    wrap "$w/laps1.wav" "$w/laps2.wav" $AL
    rmsnorm "$w/laps2.wav" "$w/laps.wav" -24.5
    events "$w/plops0.wav" $AL 312 1500 4000 ev_plop
    S "$w/plops0.wav" "${F[@]}" "$w/plops1.wav" lowpass 2500 reverb 20 50 60 100 5 -6
    wrap "$w/plops1.wav" "$w/plops2.wav" $AL
    peak "$w/plops2.wav" "$w/plops.wav" -20
    amb_out lake -20 -3.5 "$w/bed.wav" "$w/laps.wav" "$w/plops.wav"
}

amb_seranno_night() {
    local w="$TMP/amb_seranno_night"
    mkdir -p "$w"
    # cold wind: a gusting band, a low roar, and two thin whistles round the stones
    snoise pinknoise $ASRC 64 65 "$w/wind0.wav" highpass 300 lowpass 2600 lowpass 3500
    swell "$w/env.wav" $ASRC 0.031 0.019
    swelled "$w/wind0.wav" "$w/wind1.wav" "$w/env.wav" 0.3
    rmsnorm "$w/wind1.wav" "$w/wind.wav" -24
    snoise brownnoise $ASRC 66 67 "$w/roar0.wav" highpass 30 lowpass 220
    rmsnorm "$w/roar0.wav" "$w/roar.wav" -27
    snoise whitenoise $ASRC 68 69 "$w/wh0.wav" bandpass 820 12q bandpass 820 12q
    swell "$w/env2.wav" $ASRC 0.043 0.013
    swelled "$w/wh0.wav" "$w/wh1.wav" "$w/env2.wav" 0
    rmsnorm "$w/wh1.wav" "$w/wh.wav" -36
    snoise whitenoise $ASRC 70 71 "$w/wj0.wav" bandpass 1240 14q bandpass 1240 14q
    swell "$w/env3.wav" $ASRC 0.017 0.037
    swelled "$w/wj0.wav" "$w/wj1.wav" "$w/env3.wav" 0
    rmsnorm "$w/wj1.wav" "$w/wj.wav" -39
    S -m -v 1 "$w/wind.wav" -v 1 "$w/roar.wav" -v 1 "$w/wh.wav" -v 1 "$w/wj.wav" "${F[@]}" "$w/bed0.wav"
    loopify "$w/bed0.wav" "$w/bed.wav" $AL $AXF
    # a distant low alarm: a falling two-tone pulse every 3 s, far away across stone
    S -n -r $SR -c 1 "${F[@]}" "$w/al.wav" synth 0.9 sawtooth 196:185 synth 0.9 sine mix 98:92.5 \
        gain -8 lowpass 700 lowpass 900 fade h 0.06 0.9 0.35 pad 0 2.1
    S "$w/al.wav" "${F[@]}" "$w/alarm0.wav" repeat 9 pad 0 4 highpass 90 remix 1v0.6 1v0.9 \
        reverb -w 80 60 100 100 40 0
    wrap "$w/alarm0.wav" "$w/alarm1.wav" $AL
    rmsnorm "$w/alarm1.wav" "$w/alarm.wav" -31
    amb_out seranno_night -20 -3.5 "$w/bed.wav" "$w/alarm.wav"
}

amb_hyperspace() {
    local w="$TMP/amb_hyperspace"
    mkdir -p "$w"
    # rumble of the hull
    snoise brownnoise $ASRC 72 73 "$w/rum0.wav" highpass 25 lowpass 160
    rmsnorm "$w/rum0.wav" "$w/rum1.wav" -26
    # high shimmer: a faint airy band under slow swells
    snoise pinknoise $ASRC 74 75 "$w/air0.wav" highpass 3000 lowpass 9000
    swell "$w/env.wav" $ASRC 0.027 0.047
    swelled "$w/air0.wav" "$w/air1.wav" "$w/env.wav" 0.25
    rmsnorm "$w/air1.wav" "$w/air2.wav" -40
    S -m -v 1 "$w/rum1.wav" -v 1 "$w/air2.wav" "${F[@]}" "$w/bed0.wav"
    loopify "$w/bed0.wav" "$w/bed.wav" $AL $AXF
    # the drone: D-ish fifths, detuned a little differently left and right so that the
    # beats (periods of 15 and 30 s) make the drone breathe; all whole cycles per loop
    S -n -r $SR -c 1 "${F[@]}" "$w/dl0.wav" synth $((AL + 2)) sawtooth 55 sawtooth mix 55.0666667 \
        sine mix 36.6666667 sine mix 82.5 gain -10 lowpass 200 lowpass 300
    S -n -r $SR -c 1 "${F[@]}" "$w/dr0.wav" synth $((AL + 2)) sawtooth 55 sawtooth mix 54.9666667 \
        sine mix 36.6666667 sine mix 82.4666667 gain -10 lowpass 200 lowpass 300
    periodic "$w/dl0.wav" "$w/dl.wav" $AL
    periodic "$w/dr0.wav" "$w/dr.wav" $AL
    S -M "$w/dl.wav" "$w/dr.wav" "${F[@]}" "$w/drone0.wav"
    rmsnorm "$w/drone0.wav" "$w/drone.wav" -23
    # slow shimmer: high partials beating against each other
    S -n -r $SR -c 1 "${F[@]}" "$w/sl0.wav" synth $((AL + 2)) sine 1760 sine mix 1760.2 \
        sine mix 2640 sine mix 2640.1333333 gain -10 tremolo 0.1 60
    S -n -r $SR -c 1 "${F[@]}" "$w/sr0.wav" synth $((AL + 2)) sine 1760.1 sine mix 1760.2666667 \
        sine mix 2640.0666667 sine mix 2640.2 gain -10 tremolo 0.0666667 60
    periodic "$w/sl0.wav" "$w/sl.wav" $AL
    periodic "$w/sr0.wav" "$w/sr.wav" $AL
    S -M "$w/sl.wav" "$w/sr.wav" "${F[@]}" "$w/shim0.wav"
    rmsnorm "$w/shim0.wav" "$w/shim.wav" -41
    amb_out hyperspace -20 -3.5 "$w/bed.wav" "$w/drone.wav" "$w/shim.wav"
}

amb_canteen() {
    local w="$TMP/amb_canteen"
    mkdir -p "$w"
    # voices: six speakers (three low, three high), spread across the room
    local v pitches=(112 128 145 190 212 236) pans=("0.9 0.45" "0.5 0.85" "0.7 0.7" "0.85 0.5" "0.45 0.9" "0.65 0.75")
    local parts=()
    for v in 0 1 2 3 4 5; do
        babble_voice "$w/v$v.wav" $ASRC $((321 + v)) "${pitches[$v]}"
        read -r gl gr <<<"${pans[$v]}"
        S "$w/v$v.wav" "${F[@]}" "$w/vs$v.wav" remix 1v"$gl" 1v"$gr"
        parts+=(-v 1 "$w/vs$v.wav")
    done
    S -m "${parts[@]}" "${F[@]}" "$w/voices0.wav" lowpass 2200 highpass 120 reverb 60 50 90 100 15 -3
    rmsnorm "$w/voices0.wav" "$w/voices.wav" -24
    # the wash of the rest of the room: band-passed noise with a syllable-rate flutter
    snoise pinknoise $ASRC 76 77 "$w/wash0.wav" sinc 250-2200 tremolo 4.3 35 tremolo 6.1 25
    rmsnorm "$w/wash0.wav" "$w/wash.wav" -27
    snoise brownnoise $ASRC 78 79 "$w/low0.wav" highpass 60 lowpass 300
    rmsnorm "$w/low0.wav" "$w/low.wav" -30
    S -m -v 1 "$w/voices.wav" -v 1 "$w/wash.wav" -v 1 "$w/low.wav" "${F[@]}" "$w/bed0.wav"
    loopify "$w/bed0.wav" "$w/bed.wav" $AL $AXF
    # cutlery and plates
    events "$w/cl0.wav" $AL 331 250 2200 ev_clink
    S "$w/cl0.wav" "${F[@]}" "$w/cl1.wav" reverb 40 50 80 100 10 -5
    wrap "$w/cl1.wav" "$w/cl2.wav" $AL
    peak "$w/cl2.wav" "$w/clinks.wav" -16
    amb_out canteen -20 -3.5 "$w/bed.wav" "$w/clinks.wav"
}

amb_cell() {
    local w="$TMP/amb_cell"
    mkdir -p "$w"
    snoise brownnoise $ASRC 80 81 "$w/room0.wav" highpass 40 lowpass 250
    rmsnorm "$w/room0.wav" "$w/room1.wav" -33
    snoise pinknoise $ASRC 82 83 "$w/air0.wav" highpass 400 lowpass 2000
    rmsnorm "$w/air0.wav" "$w/air1.wav" -44
    S -m -v 1 "$w/room1.wav" -v 1 "$w/air1.wav" "${F[@]}" "$w/bed0.wav"
    loopify "$w/bed0.wav" "$w/bed.wav" $AL $AXF
    # the lamp's faint hum
    S -n -r $SR -c 1 -c 2 "${F[@]}" "$w/hum0.wav" synth $((AL + 2)) sine 100 sine mix 200 sine mix 50 \
        gain -10 tremolo 0.1 15 remix 1 1
    periodic "$w/hum0.wav" "$w/hum1.wav" $AL
    rmsnorm "$w/hum1.wav" "$w/hum.wav" -38
    # a rare drip, echoing off bare walls
    events "$w/drip0.wav" $AL 341 9000 6000 ev_drip
    S "$w/drip0.wav" "${F[@]}" "$w/drip1.wav" highpass 600 reverb 45 30 60 100 10 -1
    wrap "$w/drip1.wav" "$w/drip2.wav" $AL
    peak "$w/drip2.wav" "$w/drip.wav" -18
    amb_out cell -29 -8 "$w/bed.wav" "$w/hum.wav" "$w/drip.wav"
}

# --- music -------------------------------------------------------------------------

# one soft pad chord (triangle and sine, a little detuned): NOTES from A4 (%0)
soft_chord() { # soft_chord OUT START LEN NOTES...
    local out=$1 start=$2 len=$3 n i=0
    shift 3
    local parts=()
    for n in "$@"; do
        S -n -r $SR -c 1 "${F[@]}" "$TMP/_sc$i.wav" synth "$len" \
            triangle "%$n" sine mix "%$(calc "$n + 0.07")" triangle mix "%$(calc "$n - 0.06")" gain -10
        parts+=(-v 0.3 "$TMP/_sc$i.wav")
        i=$((i + 1))
    done
    S -m "${parts[@]}" "${F[@]}" "$out" lowpass 1300 lowpass 2000 tremolo 0.19 8 \
        fade h 3.5 "$len" 5 pad "$start"
}

# one plucked note, brighter than pluck's
pluck_hi() { # pluck_hi OUT START NOTE VOL
    S -n -r $SR -c 1 "${F[@]}" "$1" synth 5 pluck "%$3" gain -10 lowpass 3600 \
        fade q 0.004 5 3.5 vol "$4" pad "$2"
}

# tender: F major, 48 s: Fmaj7, Dm9, Bbmaj7, C6/9; warm pads and a gentle plucked motif
music_tender() {
    local w="$TMP/tender"
    mkdir -p "$w"
    soft_chord "$w/c1.wav" 0 15 -28 -21 -17 -12
    soft_chord "$w/c2.wav" 12 15 -31 -21 -16 -12 -5
    soft_chord "$w/c3.wav" 24 15 -35 -28 -19 -12 -7
    soft_chord "$w/c4.wav" 36 15 -33 -26 -17 -12 -7
    local motif=(
        2:0:0.8 3.5:3:0.7 5:7:0.75 8.5:5:0.55
        14:0:0.8 15.5:3:0.7 17:8:0.75 20.5:7:0.55
        26:-4:0.8 27.5:0:0.7 29:5:0.75 32.5:3:0.55
        38:-2:0.8 39.5:3:0.7 41:7:0.75 44:5:0.5 45.5:3:0.35
    )
    local parts=() k=0 m t n v
    for m in "${motif[@]}"; do
        IFS=: read -r t n v <<<"$m"
        pluck_hi "$w/p$k.wav" "$t" "$n" "$v"
        parts+=(-v 0.45 "$w/p$k.wav")
        k=$((k + 1))
    done
    S -m "${parts[@]}" "${F[@]}" "$w/plucks.wav"
    S -m -v 0.5 "$w/c1.wav" -v 0.5 "$w/c2.wav" -v 0.5 "$w/c3.wav" -v 0.5 "$w/c4.wav" \
        -v 0.7 "$w/plucks.wav" "${F[@]}" "$w/dry.wav" pad 0 10
    S "$w/dry.wav" "${F[@]}" "$w/wet.wav" remix 1 1 reverb 70 50 100 100 25 -2
    wrap "$w/wet.wav" "$w/loop.wav" $MUSIC_LEN
    level "$w/loop.wav" "$w/final.wav" -22 -6.5
    enc_ogg "$w/final.wav" "$OUT/music/tender.ogg"
}

# a high sustained tone pair a semitone apart, swelling in and out
dissonant() { # dissonant OUT START LEN NOTE_A NOTE_B
    S -n -r $SR -c 1 "${F[@]}" "$TMP/_da.wav" synth "$3" sine "%$4" triangle mix "%$(calc "$4 + 0.04")" gain -10
    S -n -r $SR -c 1 "${F[@]}" "$TMP/_db.wav" synth "$3" sine "%$5" triangle mix "%$(calc "$5 - 0.05")" gain -10
    S -M "$TMP/_da.wav" "$TMP/_db.wav" "${F[@]}" "$1" remix 1v0.8,2v0.45 1v0.45,2v0.8 lowpass 3000 tremolo 0.37 15 \
        fade h "$(calc "$3 * 0.4")" "$3" "$(calc "$3 * 0.45")" pad "$2"
}

# tense: 48 s; a low D heartbeat every 1.2 s (sliding up to Eb for a while) over a
# faint drone, with high tones a semitone apart swelling in and out
music_tense() {
    local w="$TMP/tense"
    mkdir -p "$w"
    local note
    for note in -31 -30; do
        S -n -r $SR -c 1 "${F[@]}" "$w/b$note.wav" synth 0.55 sine "%$note" sawtooth mix "%$note" \
            sine mix "%$((note - 12))" gain -8 lowpass 300 fade h 0.025 0.55 0.5
        S "$w/b$note.wav" "${F[@]}" "$w/b2$note.wav" vol 0.5 pad 0.3
        S -m -v 1 "$w/b$note.wav" -v 1 "$w/b2$note.wav" "${F[@]}" "$w/cell$note.wav" pad 0 0.35
    done
    # 20 beats on D, 10 on Eb, 10 on D: 40 x 1.2 s = 48 s
    S "$w/cell-31.wav" "${F[@]}" "$w/d20.wav" repeat 19
    S "$w/cell-30.wav" "${F[@]}" "$w/e10.wav" repeat 9
    S "$w/cell-31.wav" "${F[@]}" "$w/d10.wav" repeat 9
    S "$w/d20.wav" "$w/e10.wav" "$w/d10.wav" "${F[@]}" "$w/pulse0.wav"
    S "$w/pulse0.wav" "${F[@]}" "$w/pulse.wav" remix 1 1
    # faint drone (D1, D2, A2; whole cycles in 48 s)
    S -n -r $SR -c 1 "${F[@]}" "$w/drone0.wav" synth $((MUSIC_LEN + 2)) sine 36.7083333 \
        sawtooth mix 73.4166667 sine mix 110 gain -10 lowpass 250 lowpass 400
    periodic "$w/drone0.wav" "$w/drone1.wav" $MUSIC_LEN
    S "$w/drone1.wav" "${F[@]}" "$w/drone.wav" remix 1 1
    # high pairs: A5/Bb5, D6/Eb6, G#5/A5
    dissonant "$w/h1.wav" 0 18 12 13
    dissonant "$w/h2.wav" 15 17 17 18
    dissonant "$w/h3.wav" 29 19 11 12
    # (everything starts 0.6 s in, so that the loop point falls between beats)
    S -m -v 0.7 "$w/pulse.wav" -v 0.3 "$w/drone.wav" -v 0.16 "$w/h1.wav" -v 0.12 "$w/h2.wav" \
        -v 0.16 "$w/h3.wav" "${F[@]}" "$w/dry.wav" pad 0.6 10
    S "$w/dry.wav" "${F[@]}" "$w/wet.wav" reverb 50 50 90 100 20 -4
    wrap "$w/wet.wav" "$w/loop.wav" $MUSIC_LEN
    level "$w/loop.wav" "$w/final.wav" -22 -6.5
    enc_ogg "$w/final.wav" "$OUT/music/tense.ogg"
}

# --- effects -----------------------------------------------------------------------

# make IN exactly LEN seconds (pad with silence or trim), then apply the effects
fit() { # fit IN OUT LEN [effects...]
    local in=$1 out=$2 n l
    n=$(sox --i -s "$in")
    l=$(awk "BEGIN { printf \"%d\", $3 * $SR + 0.5 }")
    shift 3
    if ((n < l)); then
        S "$in" "${F[@]}" "$out" pad 0 "$((l - n))s" "$@"
    else
        S "$in" "${F[@]}" "$out" trim 0 "${l}s" "$@"
    fi
}

sfx_shuttle_landing() {
    local w="$TMP/shuttle"
    mkdir -p "$w"
    # engines whining down (exponential fall) over a jet roar that dies away
    S -n -r $SR -c 1 "${F[@]}" "$w/whine.wav" synth 3 sawtooth 1500/330 sawtooth mix 1512/333 \
        sine mix 3000/660 gain -10 lowpass 4000 highpass 200 fade h 0.08 3 2.4
    noise whitenoise 3 90 "$w/jet.wav" highpass 300 lowpass 3000 fade t 0.1 3 2.6
    noise brownnoise 3 91 "$w/rum.wav" highpass 30 lowpass 200 fade t 0.1 3 2.2
    # landing gear: a heavy thump with a metal clank, at 1.1 s
    S -n -r $SR -c 1 "${F[@]}" "$w/thump.wav" synth 0.6 sine 70/30 fade l 0.003 0.6 0.55 pad 1.1
    noise brownnoise 0.3 92 "$w/thud.wav" lowpass 400 fade l 0.002 0.3 0.28 pad 1.1
    S -n -r $SR -c 1 "${F[@]}" "$w/clank.wav" synth 0.5 sine 190 synth 0.5 sine mix 507 \
        synth 0.5 sine mix 889 gain -6 lowpass 2500 fade l 0.002 0.5 0.47 pad 1.12
    # pneumatic hiss as it settles
    noise whitenoise 1.6 93 "$w/hiss.wav" highpass 3000 lowpass 10000 fade h 0.05 1.6 1.2 pad 1.35
    S -m -v 0.25 "$w/whine.wav" -v 0.17 "$w/jet.wav" -v 0.6 "$w/rum.wav" -v 0.5 "$w/thump.wav" \
        -v 0.6 "$w/thud.wav" -v 0.15 "$w/clank.wav" -v 0.15 "$w/hiss.wav" "${F[@]}" "$w/mix0.wav"
    fit "$w/mix0.wav" "$w/mix.wav" 3.0 fade t 0.003 3.0 0.3
    peak "$w/mix.wav" "$w/final.wav" -3
    enc_ogg "$w/final.wav" "$SFX/shuttle_landing.ogg"
}

# one blaster shot: a zappy sawtooth whose pitch falls fast, with a bright snap
pew() { # pew OUT START F_HIGH VOL
    S -n -r $SR -c 1 "${F[@]}" "$TMP/_pw1.wav" synth 0.2 sawtooth "$3/150" synth 0.2 sine mix "$(($3 / 2))/90" \
        overdrive 5 gain -10 highpass 120 lowpass 7000 fade l 0.001 0.2 0.18
    noise whitenoise 0.02 94 "$TMP/_pw2.wav" highpass 2500 fade l 0.0005 0.02 0.019
    S -m -v 1 "$TMP/_pw1.wav" -v 0.3 "$TMP/_pw2.wav" "${F[@]}" "$1" vol "$4" pad "$2"
}
sfx_blaster() {
    local w="$TMP/blaster"
    mkdir -p "$w"
    pew "$w/s1.wav" 0 2900 1
    pew "$w/s2.wav" 0.26 2600 0.85
    pew "$w/s3.wav" 0.55 3100 0.95
    S -m -v 1 "$w/s1.wav" -v 1 "$w/s2.wav" -v 1 "$w/s3.wav" "${F[@]}" "$w/mix0.wav"
    fit "$w/mix0.wav" "$w/mix.wav" 1.0 fade t 0.001 1.0 0.15
    peak "$w/mix.wav" "$w/final.wav" -3
    enc_ogg "$w/final.wav" "$SFX/blaster.ogg"
}

# debris: small clicks and rattles falling after an explosion, thinning out
debris() { # debris OUT LEN SEED
    local out=$1 t=0 total raw="$TMP/_deb.f32" f d v gap
    seed "$3"
    total=$(calc "$2 * 1000")
    total=${total%.*}
    : >"$raw"
    while ((t < total)); do
        rnd 4000; f=$((1500 + R))
        rnd 25; d=$((6 + R))
        rnd 60; v=$((15 + R * (total - t) / total))
        rnd $((40 + t / 4)); gap=$((10 + R))
        S -n -r $SR -c 1 -t f32 - synth "$(ms $d)" whitenoise synth "$(ms $d)" sine amod "$f" \
            bandpass "$f" 1o fade l 0.001 "$(ms $d)" "$(ms $((d - 1)))" vol "0.$(printf %02d $v)" \
            pad 0 "$(ms $gap)" >>"$raw"
        t=$((t + d + gap))
    done
    S -r $SR -c 1 -t f32 "$raw" "${F[@]}" "$out" trim 0 "$2"
}
sfx_grenade() {
    local w="$TMP/grenade"
    mkdir -p "$w"
    # the crack
    noise whitenoise 0.25 95 "$w/crack.wav" highpass 500 fade l 0.0005 0.25 0.24
    # the boom: a falling sub tone and a long dark rumble
    S -n -r $SR -c 1 "${F[@]}" "$w/boom.wav" synth 1.6 sine 75/28 fade l 0.002 1.6 1.5
    noise brownnoise 2.5 96 "$w/rumble.wav" highpass 25 lowpass 220 fade t 0.005 2.5 2.4
    noise pinknoise 0.9 97 "$w/body.wav" lowpass 1800 fade l 0.002 0.9 0.85
    # debris from 0.25 s
    debris "$w/deb0.wav" 1.9 351
    S "$w/deb0.wav" "${F[@]}" "$w/deb.wav" pad 0.25
    S -m -v 0.3 "$w/crack.wav" -v 0.25 "$w/boom.wav" -v 1.1 "$w/rumble.wav" -v 0.3 "$w/body.wav" \
        -v 0.2 "$w/deb.wav" "${F[@]}" "$w/mix0.wav"
    fit "$w/mix0.wav" "$w/mix.wav" 2.5 fade t 0.001 2.5 0.6
    peak "$w/mix.wav" "$w/final.wav" -1.5
    enc_ogg "$w/final.wav" "$SFX/grenade.ogg"
}

sfx_comm_chirp() {
    local w="$TMP/chirp"
    mkdir -p "$w"
    S -n -r $SR -c 1 "${F[@]}" "$w/t1.wav" synth 0.1 sine 1318.5 synth 0.1 sine mix 2637 \
        gain -6 fade h 0.006 0.1 0.03
    S -n -r $SR -c 1 "${F[@]}" "$w/t2.wav" synth 0.13 sine 1760 synth 0.13 sine mix 3520 \
        gain -6 fade h 0.006 0.13 0.05 pad 0.14
    noise whitenoise 0.03 98 "$w/st.wav" bandpass 3000 1o fade q 0.003 0.03 0.02
    S -m -v 1 "$w/t1.wav" -v 1 "$w/t2.wav" -v 0.15 "$w/st.wav" "${F[@]}" "$w/mix0.wav" lowpass 6000
    fit "$w/mix0.wav" "$w/mix.wav" 0.4 fade t 0.001 0.4 0.05
    peak "$w/mix.wav" "$w/final.wav" -8
    enc_ogg "$w/final.wav" "$SFX/comm_chirp.ogg"
}

# sparkles: tiny bright blips rising in pitch
sparkles() { # sparkles OUT LEN SEED
    local out=$1 t=0 total raw="$TMP/_spk.f32" f d v gap
    seed "$3"
    total=$(calc "$2 * 1000")
    total=${total%.*}
    : >"$raw"
    while ((t < total)); do
        rnd 1500; f=$((3000 + t * 4 + R))
        rnd 20; d=$((15 + R))
        rnd 50; v=$((20 + R))
        rnd 45; gap=$((12 + R))
        S -n -r $SR -c 1 -t f32 - synth "$(ms $d)" sine "$f:$((f + 600))" fade h 0.002 "$(ms $d)" 0.01 \
            vol "0.$v" pad 0 "$(ms $gap)" >>"$raw"
        t=$((t + d + gap))
    done
    S -r $SR -c 1 -t f32 "$raw" "${F[@]}" "$out" trim 0 "$2"
}
sfx_hologram() {
    local w="$TMP/holo"
    mkdir -p "$w"
    # rising shimmer, flickering
    S -n -r $SR -c 1 "${F[@]}" "$w/rise.wav" synth 1.2 sine 420/1680 synth 1.2 sine mix 630/2520 \
        synth 1.2 sine mix 845/3380 gain -8 tremolo 23 60 tremolo 7.3 40 fade h 0.25 1.2 0.35
    # static that crackles in and clears as the image steadies
    noise whitenoise 1.2 99 "$w/st.wav" bandpass 3500 1.5o tremolo 17 90 tremolo 5.1 80 \
        fade t 0.02 1.2 0.9
    sparkles "$w/spk.wav" 1.1 361
    S -m -v 0.8 "$w/rise.wav" -v 0.35 "$w/st.wav" -v 0.4 "$w/spk.wav" "${F[@]}" "$w/mix.wav" \
        trim 0 1.2 fade h 0.01 1.2 0.15
    peak "$w/mix.wav" "$w/final.wav" -3
    enc_ogg "$w/final.wav" "$SFX/hologram.ogg"
}

sfx_door() {
    local w="$TMP/door"
    mkdir -p "$w"
    # pneumatic release
    noise whitenoise 0.6 100 "$w/hiss.wav" sinc 1800-9000 fade t 0.008 0.6 0.5
    # the panel sliding on its rollers
    noise brownnoise 0.65 101 "$w/slide.wav" highpass 60 lowpass 500 tremolo 11 30 \
        fade h 0.12 0.65 0.2 pad 0.05
    # soft clunk as it seats, at 0.68 s
    S -n -r $SR -c 1 "${F[@]}" "$w/clunk.wav" synth 0.2 sine 100/55 fade l 0.002 0.2 0.19 pad 0.68
    noise brownnoise 0.08 102 "$w/knock.wav" lowpass 350 fade l 0.001 0.08 0.075 pad 0.68
    S -n -r $SR -c 1 "${F[@]}" "$w/tick.wav" synth 0.12 sine 640 synth 0.12 sine mix 1410 \
        gain -6 fade l 0.001 0.12 0.11 pad 0.68
    S -m -v 0.35 "$w/hiss.wav" -v 2.2 "$w/slide.wav" -v 0.9 "$w/clunk.wav" -v 1.3 "$w/knock.wav" \
        -v 0.12 "$w/tick.wav" "${F[@]}" "$w/mix0.wav"
    fit "$w/mix0.wav" "$w/mix.wav" 1.0 fade t 0.002 1.0 0.15
    peak "$w/mix.wav" "$w/final.wav" -3
    enc_ogg "$w/final.wav" "$SFX/door.ogg"
}

# =================================================================================
# tools/make-sounds.sh [NAME...] makes only the named sounds (file names without
# .ogg); with no names it makes them all
want() {
    (($# == 0)) && return 0
    local a
    for a in "${TARGETS[@]}"; do [ "$a" = "$1" ] && return 0; done
    return 1
}
TARGETS=("$@")
job() { # job NAME COMMAND...
    if ((${#TARGETS[@]} == 0)) || want "$1"; then "${@:2}"; fi
}
job rain_heavy rain rain_heavy 1 0 100
job rain_light rain rain_light 0 20 200
job sombre music_sombre
job thunder sfx_thunder
job saber_ignite sfx_saber_ignite
job saber_off sfx_saber_off
job saber_hum sfx_saber_hum
job splash sfx_splash
job punch sfx_punch
job base_day amb_base_day
job medbay_hum amb_medbay_hum
job room_tone amb_room_tone
job lake amb_lake
job seranno_night amb_seranno_night
job hyperspace amb_hyperspace
job canteen amb_canteen
job cell amb_cell
job tender music_tender
job tense music_tense
job shuttle_landing sfx_shuttle_landing
job blaster sfx_blaster
job grenade sfx_grenade
job comm_chirp sfx_comm_chirp
job hologram sfx_hologram
job door sfx_door
echo "make-sounds: wrote $(find "$OUT" -name '*.ogg' | wc -l) files under ${OUT#"$ROOT"/}"
