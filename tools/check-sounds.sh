#!/usr/bin/env bash
# Measures the game's audio files (run by make test); the measuring is in
# tools/check_sounds.py (standard-library Python, ffmpeg's ebur128 and sox).
#
#   tools/check-sounds.sh [DIR]      # DIR defaults to assets/audio
#
# Fails when a file clips (true peak over -1 dBTP), has the wrong sample rate, when a
# music cue or an ambience loop is outside its loudness range (music -22 to -18 LUFS,
# ambience -24 to -20 LUFS), shorter than 90 s or does not loop seamlessly, when an
# effect is too quiet, or when the punch, the saber's ignition or the near thunder
# stands less than 6 LU (short-term) over the heavy rain.
#
# Exit status: 0 when all is well; 1 when a file fails; 2 when ffmpeg or sox is missing.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec python3 "$ROOT/tools/check_sounds.py" "$@"
