#!/usr/bin/env bash
# Measures the game's audio files with sox and fails if any of them clips.
#
#   tools/check-sounds.sh [DIR]      # DIR defaults to assets/audio
#
# Prints, per file: duration (s), channels, rate, peak dBFS and RMS dBFS. For the
# loops (files under ambience/ or music/) it also measures the loop point: RMS of
# the last and first 50 ms, RMS in 10 ms windows around the join of the file played
# twice, and the sample step at the join against the file's largest step.
# Exit status: 0 when no file clips; 1 when any file clips (peak at or above 0 dBFS,
# or sox reports clipped samples) or cannot be read; 2 when sox is missing.
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

fail=0
printf '%-32s %8s %3s %6s %9s %9s  %s\n' file dur_s ch rate peak_dB rms_dB status
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
    fi
    printf '%-32s %8.3f %3s %6s %9s %9s  %s\n' "$rel" "$info_d" "$ch" "$rate" "$pk" "$rms" "$status"
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

if ((fail)); then
    echo "check-sounds: FAIL: some files clip" >&2
    exit 1
fi
echo "check-sounds: ok (${#files[@]} files, none clip)"
