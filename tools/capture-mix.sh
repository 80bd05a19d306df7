#!/usr/bin/env bash
# The game's real sound output, recorded and measured: Chapter 1's first three minutes and
# all of Chapter 5, read at a steady pace.
#
#   tools/capture-mix.sh [GAME]      # GAME defaults to $CARGO_TARGET_DIR/debug/after_the_rain
#
# The game plays in a window on an Xvfb screen of our own, its sound going to a PulseAudio
# null sink of our own (float, 48 kHz, so a sum over full scale is recorded as it is and
# not clipped by the sink). Each start in MIX_STARTS is played for MIX_SECONDS with a key
# press every MIX_READ_EVERY seconds (Space, then 1 for a choice's first option), and the
# sink's monitor is recorded with parec. Then, for each start and over everything recorded:
#
#   loudness    integrated loudness (LUFS) and true peak (dBTP), by ffmpeg's ebur128
#               filter (EBU R 128); target -20 to -16 LUFS, true peak at most -1 dBTP
#   moments     the short-term loudness (3 s) just after the punch, the saber ignition
#               and a near thunder, against the bed (the median short-term loudness of
#               the 6 s before): the game logs each effect as it starts it
#   full scale  samples with |x| ≥ 32767/32768: what a 16-bit output would clip
#   peak        the largest |x|, in dBFS
#   dropouts    runs of ≥ 0.2 s with both channels under -60 dBFS after the rain faded in
#               (Chapter 1 always has rain, so any such run is a gap in the output);
#               shorter gaps (5 ms to 0.2 s) are counted apart
#
# The last line is machine-readable for tools/bench.sh:
#   mix: full_scale=N peak_dbfs=X dropouts=N short_gaps=N seconds=X lufs=X true_peak=X
# or, when something needed is missing (nothing is measured, exit status 0):
#   mix: not measured: WHY
#
# Settings: MIX_STARTS (";"-separated starts, each game flags, then "@SECONDS" to play
# for (default MIX_SECONDS) and optionally "@PATTERN": stop early when the game's log
# matches it; default "--scene rain@180;--scene seranno@900@now looping audio/ambience/
# canteen": Chapter 1's first three minutes, then Chapter 5 until Chapter 6's canteen),
# MIX_SECONDS (60), MIX_READ_EVERY (3), MIX_KEEP (a folder to keep the WAVs in),
# MIX_BUSY (0; this many busy loops run beside the game, to load the machine),
# MIX_VOLUMES: "full" (the default; master and every channel at 100%, the loudest a
# reader can set) or "default" (the settings a new reader starts with).
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=${CARGO_TARGET_DIR:-$HOME/.cache/after-the-rain/target}
GAME=${1:-$TARGET/debug/after_the_rain}

not_measured() {
	echo "mix: not measured: $*"
	exit 0
}
for tool in pulseaudio pactl parec Xvfb xdotool python3 ffmpeg; do
	command -v "$tool" >/dev/null 2>&1 ||
		not_measured "$tool is missing (make bench installs pulseaudio, pulseaudio-utils, xvfb, xdotool)"
done
[ -x "$GAME" ] || not_measured "$GAME is missing (cargo build)"

WORK=$(mktemp -d /tmp/after-the-rain-mix.XXXXXX)
. tools/headless.sh
trap headless_cleanup EXIT
trap 'exit 130' INT TERM

# From display 95 (tools/bench.sh starts at 90).
start_display 95 || not_measured "Xvfb did not start ($(tail -1 "$WORK/xvfb.log"))"
start_sound mix || not_measured "no PulseAudio null sink ($(tail -1 "$WORK/pulse.log"))"
private_folders
# The reader's settings file (bevy_settings; src/settings.rs), fields left out at defaults.
export MIX_VOLUMES=${MIX_VOLUMES:-full}
case $MIX_VOLUMES in
full)
	mkdir -p "$XDG_CONFIG_HOME/org.after-the-rain.game"
	printf '[reader]\nmaster_volume = 1.0\nmusic_volume = 1.0\nambience_volume = 1.0\neffects_volume = 1.0\n' \
		>"$XDG_CONFIG_HOME/org.after-the-rain.game/settings.toml"
	;;
default) ;;
*) echo "capture-mix: MIX_VOLUMES is full or default, not $MIX_VOLUMES" >&2 && exit 2 ;;
esac
# Busy loops beside the game, taken down when the measurement ends.
BUSY=()
stop_busy() {
	for pid in "${BUSY[@]}"; do kill "$pid" 2>/dev/null || true; done
	headless_cleanup
}
trap stop_busy EXIT
for _ in $(seq "${MIX_BUSY:-0}"); do
	bash -c 'while :; do :; done' &
	BUSY+=($!)
done
python3 - "$GAME" "$WORK" <<'PY'
import array, datetime, math, os, re, shutil, statistics, subprocess, sys, time
from pathlib import Path

game, work = sys.argv[1], Path(sys.argv[2])
SECONDS = float(os.environ.get("MIX_SECONDS", 60))
DEFAULT_STARTS = "--scene rain@180;--scene seranno@900@now looping audio/ambience/canteen"


def start(text):
    """`--scene rain@180@PATTERN`: the flags, how long to play, when to stop early."""
    flags, *rest = text.split("@")
    seconds = float(rest[0]) if rest and rest[0].strip() else SECONDS
    until = re.compile(rest[1]) if len(rest) > 1 else None
    return flags.split(), seconds, until


STARTS = [start(s) for s in os.environ.get("MIX_STARTS", DEFAULT_STARTS).split(";") if s.strip()]
# The effects whose short-term loudness is compared with the bed, by file.
MOMENTS = {"punch": "sfx/punch", "saber ignition": "sfx/saber_ignite",
           "near thunder": "sfx/thunder_near"}
LOG_TIME = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)Z")
READ_EVERY = float(os.environ.get("MIX_READ_EVERY", 3))
KEEP = os.environ.get("MIX_KEEP")
# The title screen, or (a start with --scene or --beat skips it) the story's first loop.
READY = re.compile(re.escape(os.environ["GAME_READY"]) + "|now looping")
RATE = 48000
ANSI = re.compile(r"\x1b\[[0-9;]*m")
QUIET = 10 ** (-60 / 20)  # -60 dBFS
BEGUN = 10 ** (-40 / 20)
FULL = 32767 / 32768


def others():
    """What else is busy now: the game's sound competes with it for the two cores."""
    out = subprocess.run(["ps", "-eo", "pcpu,comm", "--sort=-pcpu", "--no-headers"],
                         capture_output=True, text=True).stdout.splitlines()
    busy = [l.split(None, 1) for l in out if l.strip() and float(l.split()[0]) >= 5.0]
    return ", ".join(f"{c.strip()} {p}%" for p, c in busy[:6]) or "nothing above 5%"


def load():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def play(n, flags, seconds, until):
    """Plays from `flags` for `seconds` (or until the log matches `until`), recording the
    sink; returns the samples, notes, and when each effect started (s into the recording)."""
    raw = work / f"part{n}.f32"
    log_path = work / f"game{n}.log"
    with open(log_path, "w") as log:
        game_proc = subprocess.Popen([game, *flags], stdout=log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)
        began = time.monotonic()
        try:
            while not READY.search(ANSI.sub("", log_path.read_text(errors="replace"))):
                if game_proc.poll() is not None or time.monotonic() - began > 120:
                    tail = log_path.read_text(errors="replace").splitlines()[-3:]
                    print(f"mix: not measured: the game did not reach its story: {tail}")
                    raise SystemExit(0)
                time.sleep(0.05)
            rec = subprocess.Popen(["parec", "-d", "mix.monitor", "--raw", "--format=float32le",
                                    f"--rate={RATE}", "--channels=2", "--latency-msec=50", str(raw)])
            started = time.monotonic()
            recording_began = time.time()
            ends = started + seconds
            # With no window manager nothing gives the window the keyboard: without this
            # focus the key presses go nowhere and the story stands still.
            subprocess.run(["xdotool", "mousemove", "640", "300"], check=False)
            subprocess.run(["xdotool", "search", "--sync", "--name", "After the Rain",
                            "windowfocus"], check=False, timeout=10, stdout=subprocess.DEVNULL)
            presses = 0
            time.sleep(min(READ_EVERY, SECONDS))
            while time.monotonic() < ends - 0.5:
                if until and until.search(ANSI.sub("", log_path.read_text(errors="replace"))):
                    break
                subprocess.run(["xdotool", "key", "space"], check=False)
                time.sleep(0.2)
                subprocess.run(["xdotool", "key", "1"], check=False)
                presses += 1
                time.sleep(max(0.0, min(READ_EVERY - 0.2, ends - time.monotonic())))
            rec.terminate()
            rec.wait(10)
            if KEEP and shutil.which("import"):
                # Where the story got to, to see that the keys moved it on.
                Path(KEEP).mkdir(parents=True, exist_ok=True)
                subprocess.run(["import", "-window", "root", str(Path(KEEP) / f"mix-{n}-end.png")],
                               check=False, timeout=20)
            wall = time.monotonic() - started
            alive = game_proc.poll() is None
        finally:
            if game_proc.poll() is None:
                game_proc.terminate()
                try:
                    game_proc.wait(10)
                except subprocess.TimeoutExpired:
                    game_proc.kill()
                    game_proc.wait()
    data = raw.read_bytes() if raw.exists() else b""
    samples = array.array("f")
    samples.frombytes(data[: len(data) // 8 * 8])
    if KEEP:
        keep = Path(KEEP)
        keep.mkdir(parents=True, exist_ok=True)
        name = "_".join(f.strip("-") for f in flags)
        wav = keep / f"mix-{n}-{name}.wav"
        if shutil.which("sox"):
            subprocess.run(["sox", "-t", "raw", "-r", str(RATE), "-e", "floating-point", "-b", "32",
                            "-c", "2", str(raw), str(wav)], check=False)
    log_text = ANSI.sub("", log_path.read_text(errors="replace"))
    warnings = [l.strip()[:160] for l in log_text.splitlines()
                if re.search(r"underrun|xrun|alsa|kira|cpal|panic|warn|error", l, re.I)]
    # The errors the sound device reported to the game (src/views/audio/mixer.rs): a
    # dropout with errors beside it came from the device's side. Without, it may be the
    # game's or the sound server's (whose underruns are not reported to the game).
    device_errors = sum(int(m) for m in re.findall(r"sound device: (\d+) error", log_text))
    effects = []
    for line in log_text.splitlines():
        found = LOG_TIME.match(line.strip())
        if found and " sound " in line:
            at = datetime.datetime.fromisoformat(found.group(1) + "+00:00").timestamp()
            effects.append((at - recording_began, line.rsplit(" sound ", 1)[1].strip()))
    return samples, wall, presses, alive, warnings, effects, device_errors


def loudness(raw):
    """Integrated loudness, true peak and the short-term loudness every 0.1 s (ebur128)."""
    out = subprocess.run(["ffmpeg", "-nostats", "-hide_banner", "-f", "f32le", "-ar", str(RATE),
                          "-ac", "2", "-i", str(raw), "-af", "ebur128=peak=true:framelog=info", "-f", "null", "-"],
                         capture_output=True, text=True).stderr
    short = [(float(t), float(s)) for t, s in
             re.findall(r"t:\s*([\d.]+)\s+TARGET.*?S:\s*(-?[\d.]+)", out) if float(s) > -70]
    summary = out[out.rfind("Summary:"):]
    integrated = re.search(r"I:\s*(-?[\d.]+|-inf) LUFS", summary)
    peak = re.search(r"True peak:\s*Peak:\s*(-?[\d.]+|-inf) dBFS", summary, re.S)
    value = lambda m: float(m.group(1)) if m and m.group(1) != "-inf" else -math.inf
    return value(integrated), value(peak), short


def rises(short, effects):
    """For each kind of moment, the largest rise of short-term loudness over the bed."""
    found = {}
    for name, path in MOMENTS.items():
        for at, played in effects:
            if path not in played:
                continue
            bed = [s for t, s in short if at - 6.0 <= t < at - 0.5]
            after = [s for t, s in short if at <= t <= at + 3.0]
            if bed and after:
                rise = max(after) - statistics.median(bed)
                found[name] = max(found.get(name, -math.inf), rise)
    return found


def measure(samples):
    frames = len(samples) // 2
    full = sum(1 for x in samples if x >= FULL or x <= -FULL)
    peak = max(max(samples, default=0.0), -min(samples, default=0.0))
    # Gaps are counted once the rain has faded in (a sample over -40 dBFS): the fade's
    # first moments are quieter than -60 dBFS by design.
    first = next((i // 2 for i, x in enumerate(samples) if abs(x) >= BEGUN), frames)
    long_gaps, short_gaps, run = [], 0, 0
    for f in range(first, frames + 1):
        quiet = f < frames and abs(samples[2 * f]) < QUIET and abs(samples[2 * f + 1]) < QUIET
        if quiet:
            run += 1
            continue
        if run >= 0.2 * RATE:
            long_gaps.append(((f - run) / RATE, run / RATE))
        elif run >= 0.005 * RATE:
            short_gaps += 1
        run = 0
    return frames, full, peak, first, long_gaps, short_gaps


print(f"mix: volumes {os.environ.get('MIX_VOLUMES')}; load before {load()}; busy: {others()}", flush=True)
print(f"mix: busy loops beside the game: {os.environ.get('MIX_BUSY', '0')}", flush=True)
totals = dict(frames=0, full=0, peak=0.0, dropouts=0, short=0)
rows = []
for n, (flags, seconds, until) in enumerate(STARTS, 1):
    samples, wall, presses, alive, warnings, effects, device_errors = play(n, flags, seconds, until)
    lufs, true_peak, short = loudness(work / f"part{n}.f32")
    moments = rises(short, effects)
    frames, full, peak, first, gaps, short = measure(samples)
    db = 20 * math.log10(peak) if peak > 0 else -math.inf
    lost = wall - frames / RATE
    print(f"mix: {' '.join(flags)}: recorded {frames / RATE:.1f} s of {wall:.1f} s"
          f"{f' ({lost:.1f} s lost)' if lost > 0.5 else ''}, sound from {first / RATE:.1f} s,"
          f" {presses} key presses, game {'running' if alive else 'EXITED'};"
          f" peak {db:.2f} dBFS, {full} samples at full scale,"
          f" dropouts ≥ 0.2 s: {len(gaps)}"
          + (" (" + ", ".join(f"at {s:.1f} s, {d:.2f} s long" for s, d in gaps) + ")" if gaps else "")
          + f", gaps 5-200 ms: {short}, sound device errors: {device_errors}", flush=True)
    print(f"mix:   {lufs:.1f} LUFS integrated, true peak {true_peak:.1f} dBTP; short-term rise over"
          " the bed: " + (", ".join(f"{k} +{v:.1f} LU" for k, v in moments.items()) or "no moments"),
          flush=True)
    rows.append((" ".join(flags), frames / RATE, lufs, true_peak, full, len(gaps), short, moments))
    for line in warnings[:5]:
        print(f"mix:   game log: {line}", flush=True)
    if len(warnings) > 5:
        print(f"mix:   game log: … {len(warnings) - 5} more such lines", flush=True)
    totals["frames"] += frames
    totals["full"] += full
    totals["peak"] = max(totals["peak"], peak)
    totals["dropouts"] += len(gaps)
    totals["short"] += short
print(f"mix: load after {load()}; busy: {others()}", flush=True)
# A Markdown table for docs/performance.md.
print("| start | seconds | integrated | true peak | full scale | dropouts | gaps 5-200 ms | "
      + " | ".join(MOMENTS) + " |")
print("|---|---|---|---|---|---|---|" + "---|" * len(MOMENTS))
for flags, secs, lufs, tp, full, drops, short, moments in rows:
    cells = [f"+{moments[m]:.1f} LU" if m in moments else "-" for m in MOMENTS]
    print(f"| `{flags}` | {secs:.0f} | {lufs:.1f} LUFS | {tp:.1f} dBTP | {full} | {drops} | {short} | "
          + " | ".join(cells) + " |")
peak_db = 20 * math.log10(totals["peak"]) if totals["peak"] > 0 else -math.inf
if totals["frames"] == 0:
    print("mix: not measured: parec recorded nothing (see the PulseAudio log)")
else:
    worst_lufs = min((r[2] for r in rows), default=-math.inf)
    worst_tp = max((r[3] for r in rows), default=-math.inf)
    print(f"mix: full_scale={totals['full']} peak_dbfs={peak_db:.2f} dropouts={totals['dropouts']}"
          f" short_gaps={totals['short']} seconds={totals['frames'] / RATE:.1f}"
          f" lufs={worst_lufs:.1f} true_peak={worst_tp:.1f}")
PY
