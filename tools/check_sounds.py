#!/usr/bin/env python3
"""Measures the game's sound files and fails if one is out of its range.

    tools/check_sounds.py [DIR]     # DIR defaults to assets/audio

Standard library only; needs ffmpeg (loudness and true peak, ITU-R BS.1770 / EBU R128,
`ebur128=peak=true`) and sox (decoding the loop joins). Per file:

- every file: 44.1 or 48 kHz; true peak at most -1 dBTP (no clipping, also after the
  decoder's reconstruction);
- music/: integrated loudness -22 to -18 LUFS; at least 90 s;
- ambience/: integrated loudness -24 to -20 LUFS; at least 90 s;
- music/ and ambience/ loop seamlessly: at the join (the last samples running into the
  first) the sample step and the curvature (second difference) are no larger than the
  largest within the half second on either side (or under -40 dBFS: CLICK_FLOOR);
  for ambience the 10 ms RMS around the join stays within 6 dB of its neighbourhood (no
  drop-out, no bump; music may begin on a rest or an attack); the DC offset is small;
- sfx/: hot enough (sample peak at -6 dBFS or above);
- the effects that must cut through the storm (punch, saber_ignite, thunder_near) stand
  at least 6 LU above the heavy rain bed's integrated loudness: the ignition and the
  near thunder in short-term loudness (3 s windows); the punch, which lasts about half a
  second, in momentary loudness (400 ms windows), because a 3 s window averages half a
  second of sound with 2.5 s of silence: a punch would have to be a near-square wave to
  reach 6 LU over a -21 LUFS bed that way. Its short-term figure is printed too.

Exit status 0 when all is well, 1 when a file fails, 2 when a tool is missing.
"""
import array
import concurrent.futures
import math
import os
import re
import shutil
import subprocess
import sys

RANGES = {"music": (-22.0, -18.0), "ambience": (-24.0, -20.0)}
MIN_LOOP_S = 90.0
TP_MAX = -1.0
SFX_MIN_PEAK = -6.0
OVER_BED = {"punch": "mm", "saber_ignite": "sm", "thunder_near": "sm"}
BED = "ambience/rain_heavy.ogg"
# A step or kink at a join under -40 dBFS is not a click: Ogg Vorbis itself reconstructs
# a stream's first and last few samples only to within about 0.003 (-50 dBFS; its
# coding noise in the middle of a -q 1 or -q 2 file is larger, about -42 dBFS RMS), so
# a very smooth, dark bed (room tone, a cell) can show a join "kink" larger than any
# nearby, at that level, even when the loop was made exactly periodic.
CLICK_FLOOR = 0.01


def ebur128(path, pad):
    """(integrated, max momentary, max short-term, true peak) by ffmpeg. pad: seconds
    of silence after the sound, so a short effect gets whole 3 s windows."""
    af = ("apad=pad_dur=%g," % pad if pad else "") + "ebur128=peak=true:framelog=info"
    out = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", path, "-af", af,
                          "-f", "null", "-"], capture_output=True, text=True).stderr
    ms, ss = [], []
    def num(v):  # ffmpeg prints nan or -inf over digital silence
        try:
            f = float(v)
        except ValueError:
            return -120.0
        return -120.0 if math.isnan(f) or math.isinf(f) else f
    for m in re.finditer(r"M:\s*(\S+)\s+S:\s*(\S+)", out):
        ms.append(num(m.group(1)))
        ss.append(num(m.group(2)))
    summary = out[out.rfind("Summary:"):]
    i = re.search(r"I:\s*(-?[\d.]+) LUFS", summary)
    tp = re.search(r"Peak:\s*(-?[\d.]+|-inf) dBFS", summary)
    return (float(i.group(1)) if i else float("nan"), max(ms or [-120.0]), max(ss or [-120.0]),
            float(tp.group(1)) if tp and tp.group(1) != "-inf" else -120.0)


def soxi(path, flag):
    return subprocess.check_output(["soxi", flag, path], stderr=subprocess.DEVNULL, text=True).strip()


def samples(path, trim):
    """Mono-summed float samples of a part of a file (sox trim arguments)."""
    raw = subprocess.check_output(["sox", path, "-t", "f32", "-e", "floating-point", "-c", "1", "-"]
                                  + ["trim"] + trim, stderr=subprocess.DEVNULL)
    a = array.array("f")
    a.frombytes(raw)
    if sys.byteorder != "little":
        a.byteswap()
    return a


def sample_peak_and_dc(path):
    out = subprocess.run(["sox", path, "-n", "stats"], capture_output=True, text=True).stderr
    pk = re.search(r"Pk lev dB\s+(-?[\d.]+|-inf)", out)
    dc = re.search(r"DC offset\s+(-?[\d.]+)", out)
    return (float(pk.group(1)) if pk and pk.group(1) != "-inf" else -120.0,
            float(dc.group(1)) if dc else 0.0)


def join_check(path, rate, steady):
    """The loop point: the file's last half second followed by its first."""
    half = rate // 2
    tail = samples(path, ["-%ds" % half])
    head = samples(path, ["0s", "%ds" % half])
    y = list(tail) + list(head)
    j = len(tail)  # y[j-1] -> y[j] is the join
    d1 = [abs(y[k + 1] - y[k]) for k in range(len(y) - 1)]
    d2 = [abs(y[k + 1] - 2 * y[k] + y[k - 1]) for k in range(1, len(y) - 1)]
    step, curv = d1[j - 1], max(d2[j - 3:j + 1])
    near = d1[: j - 4] + d1[j + 3:]
    near2 = d2[: j - 5] + d2[j + 3:]
    w = rate // 100
    def rms(a):
        return 10 * math.log10(sum(v * v for v in a) / len(a) + 1e-20)
    wins = [rms(y[k:k + w]) for k in range(j - 5 * w, j + 5 * w, w)]
    around = sorted(rms(y[k:k + w]) for k in range(0, len(y) - w, w))
    med = around[len(around) // 2]
    worst = max(abs(v - med) for v in wins)
    ok = (step <= max(max(near), CLICK_FLOOR) and curv <= max(max(near2), CLICK_FLOOR)
          and (worst <= 6.0 or not steady))
    return ok, "join: step %.4f (max nearby %.4f), curvature %.4f (max nearby %.4f), 10 ms RMS within %.1f dB%s" % (
        step, max(near), curv, max(near2), worst, "" if steady else " (music: not a limit)")


def check(path, rel):
    kind = rel.split("/")[0]
    rate = int(float(soxi(path, "-r")))
    dur = float(soxi(path, "-D"))
    ch = int(soxi(path, "-c"))
    il, mm, sm, tp = ebur128(path, 3 if kind == "sfx" else 0)
    pk, dc = sample_peak_and_dc(path)
    problems, notes = [], []
    if rate not in (44100, 48000):
        problems.append("sample rate %d (want 44100 or 48000)" % rate)
    if tp > TP_MAX:
        problems.append("true peak %.1f dBTP over %g" % (tp, TP_MAX))
    if kind in RANGES:
        lo, hi = RANGES[kind]
        if not lo <= il <= hi:
            problems.append("integrated %.1f LUFS outside %g..%g" % (il, lo, hi))
        if dur < MIN_LOOP_S:
            problems.append("%.1f s, under %g s" % (dur, MIN_LOOP_S))
        if abs(dc) > 0.002:
            problems.append("DC offset %.4f" % dc)
        ok, text = join_check(path, rate, kind == "ambience")
        notes.append(text)
        if not ok:
            problems.append("the loop's join: " + text)
    elif kind == "sfx" and pk < SFX_MIN_PEAK:
        problems.append("peak %.1f dBFS, under %g (too quiet)" % (pk, SFX_MIN_PEAK))
    return dict(rel=rel, kind=kind, rate=rate, dur=dur, ch=ch, il=il, mm=mm, sm=sm, tp=tp, pk=pk,
                problems=problems, notes=notes)


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    top = argv[0] if argv else os.path.join(root, "assets", "audio")
    for tool in ("ffmpeg", "sox", "soxi"):
        if not shutil.which(tool):
            print("check-sounds: %s is not installed (apt-get install ffmpeg sox libsox-fmt-all)" % tool,
                  file=sys.stderr)
            return 2
    files = []
    for d, _, names in os.walk(top):
        for n in names:
            if n.endswith((".ogg", ".wav", ".flac")):
                p = os.path.join(d, n)
                files.append((p, os.path.relpath(p, top)))
    files.sort(key=lambda f: f[1])
    if not files:
        print("check-sounds: no audio files under %s" % top, file=sys.stderr)
        return 1
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda f: check(*f), files))
    fail = False
    print("%-28s %7s %2s %6s %8s %7s %7s %7s %7s  %s" % ("file", "dur_s", "ch", "rate", "I_LUFS",
                                                      "M_max", "S_max", "TP_dB", "pk_dB", "status"))
    for r in results:
        status = "ok" if not r["problems"] else "FAIL: " + "; ".join(r["problems"])
        fail |= bool(r["problems"])
        il = "%8.1f" % r["il"] if r["kind"] != "sfx" else "%8s" % "-"
        print("%-28s %7.2f %2d %6d %s %7.1f %7.1f %7.1f %7.1f  %s" % (
            r["rel"], r["dur"], r["ch"], r["rate"], il, r["mm"], r["sm"], r["tp"], r["pk"], status))
    for r in results:
        for n in r["notes"]:
            print("loop %s %s" % (r["rel"], n))
    bed = next((r for r in results if r["rel"] == BED), None)
    if bed:
        for r in results:
            name = os.path.splitext(os.path.basename(r["rel"]))[0]
            if r["kind"] == "sfx" and name in OVER_BED:
                key = OVER_BED[name]
                over = r[key] - bed["il"]
                ok = over >= 6.0
                fail |= not ok
                print("over the rain: %-13s momentary max %.1f, short-term max %.1f LUFS: %s %+.1f LU over %s"
                      " (%.1f LUFS)%s" % (name, r["mm"], r["sm"], "momentary" if key == "mm" else "short-term",
                                         over, BED, bed["il"], "" if ok else "  FAIL: under 6 LU"))
    if fail:
        print("check-sounds: FAIL", file=sys.stderr)
        return 1
    print("check-sounds: ok (%d files)" % len(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
