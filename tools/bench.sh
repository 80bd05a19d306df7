#!/usr/bin/env bash
# make bench: the desktop half of issue 10's table, measured on this machine now.
#
# Every window runs on one Xvfb screen (1280x720x24, Mesa's software Vulkan) and every
# sound goes to a PulseAudio null sink of our own, so the game plays with sound as a
# reader's would. Each figure is the median of BENCH_RUNS runs (3) beside the same
# measure of an empty Bevy app (examples/empty_window.rs) taken in the same run, and
# the machine's load is printed before and after. Nothing here outlives the script.
#
#   CPU     utime+stime from /proc/PID/stat over BENCH_CPU_SECONDS (20) once the line
#           has been shown for BENCH_SETTLE (8) seconds; % of one core.
#   memory  VmRSS BENCH_RSS_AT (6) seconds after launch; VmHWM (peak) while the
#           screenshot tour plays to line BENCH_TOUR_LINES (60), polled every 0.5 s.
#   launch  process start to the log line saying the title screen is up.
#   sound   tools/capture-mix.sh: Chapter 1's loudest minutes (1.1 and 1.4, 60 s each,
#           every volume at 100%) recorded from a float null sink: samples at full
#           scale, peak dBFS, dropouts (≥ 0.2 s under -60 dBFS). MIX_* settings pass on.
#   story   crates/core/benches/parse.rs (cargo bench), median of 200.
#   hostile crates/core/benches/hostile.rs: 20,000 broken files, saves and story edits;
#           the worst load and resume times (a few minutes).
#   web     from `make test-web`'s dist/web-test/metrics.json and dist/web, if there.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=${CARGO_TARGET_DIR:-$HOME/.cache/after-the-rain/target}
GAME=${BENCH_GAME:-$TARGET/debug/after_the_rain}
EMPTY=${BENCH_EMPTY:-$TARGET/debug/examples/empty_window}
CORE_TARGET=${CORE_TARGET_DIR:-$HOME/.cache/after-the-rain/core-target}
for bin in "$GAME" "$EMPTY"; do
	[ -x "$bin" ] || { echo "bench: $bin is missing; run cargo build && cargo build --example empty_window" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/after-the-rain-bench.XXXXXX)
. tools/headless.sh
trap headless_cleanup EXIT
trap 'exit 130' INT TERM

echo "== make bench, $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores: $(uptime | sed 's/^ *//')"
echo "   game: $GAME ($(stat -c '%y' "$GAME" | cut -d. -f1))"

# The story's parse + check first: it is quick, and its build must not overlap the rest.
echo "-- story parse + check (cargo bench -p after_the_rain_core, release)"
CARGO_TARGET_DIR=$CORE_TARGET cargo bench -q -p after_the_rain_core --bench parse 2>/dev/null \
	| tee "$WORK/parse.txt"
echo "-- hostile suite: worst load and resume (cargo bench -p after_the_rain_core --bench hostile)"
CARGO_TARGET_DIR=$CORE_TARGET cargo bench -q -p after_the_rain_core --bench hostile 2>/dev/null \
	| tee "$WORK/hostile.txt"

start_display 90 || echo "   (Xvfb did not start: $(tail -1 "$WORK/xvfb.log"))"
# Without a sound server the CPU rows are measured with no sound device, and the sound
# rows say why not.
if command -v pulseaudio >/dev/null 2>&1 && command -v pactl >/dev/null 2>&1; then
	start_sound bench || echo "   (pulseaudio did not start: no sound device)"
else
	echo "   (pulseaudio is missing: the game runs with no sound device)"
fi
private_folders

python3 - "$GAME" "$EMPTY" "$WORK" <<'PY'
import json, os, re, statistics, subprocess, sys, threading, time
from pathlib import Path

game, empty, work = sys.argv[1], sys.argv[2], Path(sys.argv[3])
env = lambda name, default: type(default)(os.environ.get(name, default))
RUNS = env("BENCH_RUNS", 3)
SETTLE = env("BENCH_SETTLE", 8.0)
CPU_SECONDS = env("BENCH_CPU_SECONDS", 20.0)
RSS_AT = env("BENCH_RSS_AT", 6.0)
TOUR_LINES = env("BENCH_TOUR_LINES", 60)
TOUR_RUNS = env("BENCH_TOUR_RUNS", RUNS)
STILL = os.environ.get("BENCH_STILL", "--beat 2.6").split()  # Chapter 2, the medbay: no rain
RAIN = ["--scene", "rain"]  # Chapter 1's first line: heavy rain, thunder
GAME_READY = os.environ["GAME_READY"]
# A start in the story (--beat, --scene) skips the title: it is ready when its sound starts.
STORY_READY = "now looping"
SETTINGS_APP = "org.after-the-rain.game"
EMPTY_READY = "empty_window: started"
TICK = os.sysconf("SC_CLK_TCK")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
log_count = 0


class Run:
    """One process of the game or the empty app, its log watched for a ready line."""

    def __init__(self, cmd, ready, env=None):
        global log_count
        log_count += 1
        self.log = open(work / f"run-{log_count}.log", "w")
        self.began = time.monotonic()
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, text=True, errors="replace",
                                     env=env)
        self.ready_at = None
        self.ready = ready
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.proc.stdout:
            self.log.write(line)
            if self.ready_at is None and self.ready in ANSI.sub("", line):
                self.ready_at = time.monotonic()

    def wait_ready(self, timeout=90):
        while self.ready_at is None:
            if self.proc.poll() is not None or time.monotonic() - self.began > timeout:
                raise RuntimeError(f"{self.proc.args[0]} never logged {self.ready!r}; see {self.log.name}")
            time.sleep(0.01)
        return self.ready_at - self.began

    def proc_status(self, field):
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB to MiB
        raise RuntimeError(f"no {field}")

    def cpu_seconds(self, task=""):
        stat = Path(f"/proc/{self.proc.pid}/{task}stat").read_text()
        fields = stat[stat.rindex(")") + 2:].split()
        return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime

    def threads(self):
        """CPU seconds so far of each thread, summed by thread name."""
        by_name = {}
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            try:
                name = re.sub(r"[0-9]+$", "N", (task / "comm").read_text().strip())
                by_name[name] = by_name.get(name, 0) + self.cpu_seconds(f"task/{task.name}/")
            except OSError:
                pass
        return by_name

    def sleep_until(self, seconds_after_start):
        left = self.began + seconds_after_start - time.monotonic()
        if left > 0:
            time.sleep(left)
        if self.proc.poll() is not None:
            raise RuntimeError(f"{self.proc.args[0]} exited early; see {self.log.name}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.reader.join(5)
        self.log.close()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.stop()


def launch_and_rss(cmd, ready):
    with Run(cmd, ready) as run:
        launch = run.wait_ready()
        run.sleep_until(max(RSS_AT, launch + 0.5))
        return launch, run.proc_status("VmRSS")


def cpu(cmd, ready, env=None):
    with Run(cmd, ready, env) as run:
        run.wait_ready()
        time.sleep(SETTLE)
        t0, c0, th0 = time.monotonic(), run.cpu_seconds(), run.threads()
        time.sleep(CPU_SECONDS)
        t1, c1, th1 = time.monotonic(), run.cpu_seconds(), run.threads()
        if run.proc.poll() is not None:
            raise RuntimeError(f"exited while measured; see {run.log.name}")
        # Which threads the time went to (names with their numbers folded, e.g. llvmpipe-N).
        spent = sorted(((th1[n] - th0.get(n, 0), n) for n in th1), reverse=True)
        busiest = ", ".join(f"{n} {100 * c / (t1 - t0):.1f}" for c, n in spent[:5] if c > 0)
        print(f"      threads: {busiest or 'none busy'}", flush=True)
        return round(100 * (c1 - c0) / (t1 - t0), 1)


def median_of(what, measure):
    values = []
    for i in range(RUNS):
        values.append(measure())
        print(f"   {what} run {i + 1}/{RUNS}: {values[-1]}", flush=True)
    return values


def loadavg():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def others():
    """The busiest other processes right now (name and % CPU since they started)."""
    out = subprocess.run(["ps", "-eo", "pcpu,comm", "--sort=-pcpu", "--no-headers"],
                         capture_output=True, text=True).stdout.splitlines()
    busy = [l.split(None, 1) for l in out if l.strip() and float(l.split()[0]) >= 5.0]
    return ", ".join(f"{c.strip()} {p}%" for p, c in busy[:6]) or "nothing above 5%"


med = statistics.median
fmt_cpu = lambda v: f"{med(v):.1f}%  (runs {', '.join(f'{x:.1f}' for x in v)})"
fmt_mb = lambda v: f"{med(v):.0f} MiB  (runs {', '.join(f'{x:.0f}' for x in v)})"
fmt_s = lambda v: f"{med(v):.2f} s  (runs {', '.join(f'{x:.2f}' for x in v)})"
results = {}
print(f"-- load before: {loadavg()}; busy: {others()}", flush=True)

print("-- launch → title, RSS at the title", flush=True)
g = median_of("game (s, MiB)", lambda: tuple(round(x, 2) for x in launch_and_rss([game], GAME_READY)))
e = median_of("empty app (s, MiB)", lambda: tuple(round(x, 2) for x in launch_and_rss([empty], EMPTY_READY)))
results["launch"] = ([x[0] for x in g], [x[0] for x in e])
results["rss"] = ([x[1] for x in g], [x[1] for x in e])

print("-- CPU", flush=True)
results["still"] = median_of("still line " + " ".join(STILL), lambda: cpu([game, *STILL], STORY_READY))
# The same line with no sound device (PulseAudio out of reach): what the sound costs.
silent = dict(os.environ, XDG_RUNTIME_DIR=str(work / "no-sound"))
os.makedirs(silent["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
results["still_silent"] = median_of("still line, no sound device",
                                    lambda: cpu([game, *STILL], STORY_READY, silent))
results["rain"] = median_of("heavy rain", lambda: cpu([game, *RAIN], STORY_READY))


def reduced_motion():
    """The same still line with the reader's Reduce motion on (no blinking, no mouths)."""
    config = work / "reduced-config"
    (config / SETTINGS_APP).mkdir(parents=True, exist_ok=True)
    (config / SETTINGS_APP / "settings.toml").write_text("[reader]\nreduce_motion = true\n")
    return cpu([game, *STILL], STORY_READY, dict(os.environ, XDG_CONFIG_HOME=str(config)))


results["still_reduced"] = median_of("still line, reduce motion", reduced_motion)
results["empty"] = median_of("empty app, every frame", lambda: cpu([empty], EMPTY_READY))
results["empty_reactive"] = median_of("empty app, reactive", lambda: cpu([empty, "--reactive"], EMPTY_READY))

print(f"-- peak memory: the screenshot tour to line {TOUR_LINES}", flush=True)


def tour_peak():
    shots = work / "tour"
    with Run([game, "--screenshots", str(shots), "--at", str(TOUR_LINES)], GAME_READY) as run:
        peak = 0.0
        while run.proc.poll() is None and time.monotonic() - run.began < 600:
            try:
                peak = max(peak, run.proc_status("VmHWM"))
            except (OSError, RuntimeError):
                break
            time.sleep(0.5)
        try:
            finished = run.proc.wait(60) == 0
        except subprocess.TimeoutExpired:
            finished = False
        took = time.monotonic() - run.began
    if not finished:
        raise RuntimeError(f"the tour did not finish by itself; see {run.log.name}")
    return round(peak, 1), round(took, 1)


tour = median_of("tour (peak MiB, seconds)", tour_peak) if TOUR_RUNS == RUNS else [tour_peak() for _ in range(TOUR_RUNS)]
print(f"   tour: {tour}", flush=True)
results["peak"] = [t[0] for t in tour]

print("-- sound: tools/capture-mix.sh", flush=True)
mix = {}
mix_note = "not measured: tools/capture-mix.sh printed no result"
# The capture starts its own Xvfb and PulseAudio, so it runs the same alone or here.
capture = subprocess.Popen(["bash", "tools/capture-mix.sh", game], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, errors="replace")
for line in capture.stdout:
    print("   " + line.rstrip(), flush=True)
    found = re.match(r"mix: (full_scale=.*)", line)
    if found:
        mix = dict(kv.split("=", 1) for kv in found.group(1).split())
    elif line.startswith("mix: not measured:"):
        mix_note = line[len("mix: "):].strip()
capture.wait()

print(f"-- load after: {loadavg()}; busy: {others()}", flush=True)

# The web rows come from make test-web, which another part of the project writes.
web = []
metrics = Path("dist/web-test/metrics.json")
if metrics.exists():
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(metrics.stat().st_mtime))
    try:
        data = json.loads(metrics.read_text())
        web.append(f"from {metrics} ({when}):")
        flat = lambda d, p="": [kv for k, v in d.items() for kv in (flat(v, f"{p}{k}.") if isinstance(v, dict) else [(p + k, v)])]
        web += [f"  {k}: {v}" for k, v in flat(data)]
    except (ValueError, AttributeError) as err:
        web.append(f"{metrics} unreadable: {err}")
else:
    web.append("bytes / seconds before the title, whole game: run make test-web (it writes dist/web-test/metrics.json)")
wasm = Path("dist/web/after_the_rain_bg.wasm")
if wasm.exists():
    import gzip
    data = wasm.read_bytes()
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(wasm.stat().st_mtime))
    web.append(f"wasm gzipped / raw: {len(gzip.compress(data, 9)) / 1e6:.2f} / {len(data) / 1e6:.2f} MB"
               f" (dist/web, built {when})")
else:
    web.append("wasm sizes: run make web")

parse = (work / "parse.txt").read_text().strip()
parse_ms = re.search(r"median ([0-9.]+) ms", parse)

rows = [
    ("CPU at a still line, no rain (window, Xvfb)", "187%", "≤ 3% of one core",
     fmt_cpu(results["still"]), f"every frame {med(results['empty']):.1f}%, reactive {med(results['empty_reactive']):.1f}%"),
    ("(the same, no sound device)", "", "", fmt_cpu(results["still_silent"]), ""),
    ("(the same, reduce motion on)", "", "", fmt_cpu(results["still_reduced"]), ""),
    ("CPU during heavy rain (window, Xvfb)", "not measured", "no worse than today",
     fmt_cpu(results["rain"]), f"every frame {med(results['empty']):.1f}%"),
    ("RSS at the title / peak over a playthrough", "1.3 GB / 1.38 GB", "≤ 200 MB / ≤ 300 MB",
     f"{med(results['rss'][0]):.0f} / {med(results['peak']):.0f} MiB (runs {', '.join(f'{x:.0f}' for x in results['rss'][0])} / {', '.join(f'{x:.0f}' for x in results['peak'])})",
     f"RSS {fmt_mb(results['rss'][1])}"),
    ("launch → title (this build, Xvfb)", "1.18–1.42 s release", "≤ 0.6 s",
     fmt_s(results["launch"][0]), f"to its first frame {fmt_s(results['launch'][1])}"),
    ("samples at full scale, Chapter 1 mix (volumes 100%)", "871", "0",
     f"{mix['full_scale']} in {mix['seconds']} s (peak {mix['peak_dbfs']} dBFS)" if mix else mix_note, ""),
    ("audio dropouts (≥ 0.2 s under -60 dBFS)", "7 in 131 s", "0",
     f"{mix['dropouts']} in {mix['seconds']} s (and {mix['short_gaps']} gaps of 5-200 ms)" if mix else mix_note, ""),
    ("story parse + check", "0.8 ms", "keep ≤ 2 ms",
     f"{float(parse_ms.group(1)):.2f} ms" if parse_ms else parse, ""),
]
print()
print(f"| measure | before | target | now (median of {RUNS}) | empty Bevy app, same run |")
print("| --- | --- | --- | --- | --- |")
for row in rows:
    print("| " + " | ".join(row) + " |")
print()
print("web (make test-web):")
for line in web:
    print("  " + line)
PY
echo "== done; load now: $(cut -d' ' -f1-3 /proc/loadavg)"
