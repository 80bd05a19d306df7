#!/usr/bin/env bash
# Generates the original sounds of "After the Rain" with sox only.
#
#   tools/make-sounds.sh          # writes assets/audio/{ambience,music,sfx}/*.ogg
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

enc_ogg() { # enc_ogg IN OUT QUALITY
    S "$1" -C "$3" "$2"
}

# =================================================================================
# Rain
# =================================================================================
LOOP=30
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
    enc_ogg "$w/final.wav" "$OUT/ambience/$name.ogg" 3
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
    enc_ogg "$w/final.wav" "$OUT/music/sombre.ogg" 3
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
    enc_ogg "$w/final.wav" "$SFX/thunder.ogg" 4
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
    enc_ogg "$w/final.wav" "$SFX/saber_ignite.ogg" 4
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
    enc_ogg "$w/final.wav" "$SFX/saber_off.ogg" 4
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
    enc_ogg "$w/final.wav" "$SFX/saber_hum.ogg" 4
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
    enc_ogg "$w/final.wav" "$SFX/splash.ogg" 4
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
    enc_ogg "$w/final.wav" "$SFX/punch.ogg" 4
}

# =================================================================================
rain rain_heavy 1 0 100
rain rain_light 0 20 200
music_sombre
sfx_thunder
sfx_saber_ignite
sfx_saber_off
sfx_saber_hum
sfx_splash
sfx_punch
echo "make-sounds: wrote $(find "$OUT" -name '*.ogg' | wc -l) files under ${OUT#"$ROOT"/}"
