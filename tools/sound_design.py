#!/usr/bin/env python3
"""Sound design for "After the Rain": the ambience loops and the effects, synthesised
with numpy, and the finishing of the rendered music (loop wrap, level, encode).

    sound_design.py amb NAME OUT.ogg           # an ambience loop
    sound_design.py sfx NAME OUT.ogg           # an effect
    sound_design.py music IN.wav LEN_S OUT.ogg # a FluidSynth render -> seamless loop
    sound_design.py measure FILE...            # integrated / max short-term / true peak

Run by tools/make-sounds.sh with Debian's python3 (python3-numpy). Every random source
is a numpy Generator with a fixed seed per sound, so the files are the same each run.

Loops are made periodic by construction: every noise layer is shaped in the frequency
domain of exactly the loop's length (so it is circular), every slow envelope is
periodic noise too (irregular inside the loop: nothing repeats within it), and every
discrete event (a drop, a bird, a footstep) is written modulo the loop length, so an
event near the end runs on into the start. There is no crossfade and no join.

Levels: loudness per ITU-R BS.1770-4 (K-weighting applied in the frequency domain,
400 ms blocks, absolute and relative gates), true peak by 4x oversampling. Ambience and
music are set to an integrated loudness; effects to a peak of -3 dBFS (their true peak
stays under -1 dBTP).
"""
import math
import os
import re
import shutil
import subprocess
import sys

import numpy as np

SR = 44100


# =====================================================================================
# measurement
# =====================================================================================
def k_weight_gain(freqs, sr=SR):
    """|H(f)| of the BS.1770 K-weighting (shelf and high-pass), analogue prototypes
    evaluated through the bilinear transform at sr."""
    def biquad_mag(b, a, f):
        w = 2 * np.pi * f / sr
        z = np.exp(-1j * w)
        num = b[0] + b[1] * z + b[2] * z * z
        den = a[0] + a[1] * z + a[2] * z * z
        return np.abs(num / den)
    # shelf
    f0, G, Q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    K = math.tan(math.pi * f0 / sr)
    Vh = 10 ** (G / 20)
    Vb = Vh ** 0.4996667741545416
    a0 = 1 + K / Q + K * K
    b1 = [(Vh + Vb * K / Q + K * K) / a0, 2 * (K * K - Vh) / a0, (Vh - Vb * K / Q + K * K) / a0]
    a1 = [1, 2 * (K * K - 1) / a0, (1 - K / Q + K * K) / a0]
    # high-pass
    f0, Q = 38.13547087602444, 0.5003270373238773
    K = math.tan(math.pi * f0 / sr)
    a0 = 1 + K / Q + K * K
    b2 = [1, -2, 1]
    a2 = [1, 2 * (K * K - 1) / a0, (1 - K / Q + K * K) / a0]
    return biquad_mag(b1, a1, freqs) * biquad_mag(b2, a2, freqs)


def _kweighted(x, sr):
    x = np.atleast_2d(x)
    n = x.shape[1]
    nfft = 1 << (n + sr).bit_length()
    g = k_weight_gain(np.fft.rfftfreq(nfft, 1 / sr), sr)
    return np.stack([np.fft.irfft(np.fft.rfft(c, nfft) * g, nfft)[:n] for c in x])


def _block_power(y, sr, win, hop):
    """Mean square per block, summed over channels (weights 1)."""
    p = (y ** 2).sum(axis=0)
    c = np.concatenate([[0.0], np.cumsum(p)])
    w, h = int(win * sr), int(hop * sr)
    if len(p) < w:
        return np.array([c[-1] / max(1, w)])
    starts = np.arange(0, len(p) - w + 1, h)
    return (c[starts + w] - c[starts]) / w


def loudness(x, sr=SR, loop=False):
    """(integrated LUFS, max momentary, max short-term). loop=True measures the file
    as it plays looped (blocks wrap around)."""
    x = np.atleast_2d(x)
    if loop:
        x = np.concatenate([x, x[:, : int(3 * sr)]], axis=1)
    y = _kweighted(x, sr)
    lk = lambda p: -0.691 + 10 * np.log10(np.maximum(p, 1e-20))
    pm = _block_power(y, sr, 0.4, 0.1)
    ps = _block_power(y, sr, 3.0, 0.1)
    g = pm[lk(pm) > -70]
    if len(g) == 0:
        return -99.0, lk(pm.max()), lk(ps.max())
    rel = lk(g.mean()) - 10
    g2 = g[lk(g) > rel]
    return float(lk(g2.mean())), float(lk(pm.max())), float(lk(ps.max()))


def true_peak(x, over=4):
    """Largest absolute value of the signal oversampled 4x (FFT interpolation in
    overlapping chunks), in dBTP."""
    x = np.atleast_2d(x)
    best = 0.0
    n, hop, pad = x.shape[1], 1 << 15, 256
    for c in x:
        for s in range(0, n, hop):
            seg = c[max(0, s - pad): min(n, s + hop + pad)]
            m = len(seg)
            spec = np.fft.rfft(seg)
            up = np.fft.irfft(spec, m * over) * over
            best = max(best, float(np.abs(up).max()))
    return 20 * math.log10(max(best, 1e-12))


# =====================================================================================
# io
# =====================================================================================
def read_audio(path):
    ch = int(subprocess.check_output(["soxi", "-c", path], stderr=subprocess.DEVNULL).strip())
    sr = int(float(subprocess.check_output(["soxi", "-r", path], stderr=subprocess.DEVNULL).strip()))
    raw = subprocess.check_output(["sox", path, "-t", "f32", "-e", "floating-point", "-"],
                                  stderr=subprocess.DEVNULL)
    x = np.frombuffer(raw, dtype="<f4").astype(np.float64)
    return x.reshape(-1, ch).T, sr


def file_true_peak(path):
    """True peak of an encoded file as decoded: ffmpeg's EBU R128 meter when there is
    one (what tools/check_sounds.py uses), else our own 4x oversampling."""
    if shutil.which("ffmpeg"):
        out = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", path, "-af",
                              "ebur128=peak=true", "-f", "null", "-"],
                             capture_output=True, text=True).stderr
        m = re.search(r"Peak:\s*(-?[\d.]+) dBFS", out[out.rfind("Summary:"):])
        if m:
            return float(m.group(1))
    y, _ = read_audio(path)
    return true_peak(y)


def write_ogg(x, path, quality, sr=SR):
    """Ogg Vorbis through sox (-R: repeatable; the Ogg stream serial number is fixed)."""
    x = np.atleast_2d(x)
    ch = x.shape[0]
    data = np.ascontiguousarray(x.T.astype("<f4")).tobytes()
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    subprocess.run(["sox", "-R", "-t", "f32", "-r", str(sr), "-c", str(ch), "-",
                    "-C", str(quality), path], input=data, check=True)


def quiet_point(x, search_s=10.0):
    """Where a circular loop is best cut: the sample in its first seconds where the
    signal and its slope are smallest. Vorbis reconstructs the very start and end of a
    stream a little less exactly than the middle (the first block has no previous one
    to overlap), so a loop that starts at a near-silent sample has the smallest step
    at its join, and its first play starts without a click."""
    m = min(x.shape[1], int(search_s * SR))
    a = np.abs(x[:, :m]).max(axis=0)
    d = np.abs(np.diff(x[:, : m + 1], axis=1)).max(axis=0)
    score = a + 8 * d
    k = 32
    c = np.concatenate([[0.0], np.cumsum(score)])
    win = (c[k:] - c[:-k]) / k  # the neighbourhood counts too
    return int(np.argmin(win) + k // 2)


def finish(x, path, quality, target_lufs=None, peak_db=None, loop=False, tp_max=-1.5, rotate=False):
    """Level x (to an integrated loudness, or to a sample peak), keep its true peak
    at tp_max or under, write Ogg Vorbis, and print the figures."""
    x = np.atleast_2d(np.asarray(x, dtype=np.float64))
    x = x - x.mean(axis=1, keepdims=True) if loop else x  # no DC in a loop
    if rotate:
        x = np.roll(x, -quiet_point(x), axis=1)
    if target_lufs is not None:
        il, _, _ = loudness(x, loop=loop)
        x = x * 10 ** ((target_lufs - il) / 20)
    else:
        x = x * 10 ** (peak_db / 20) / np.abs(x).max()
    tp = true_peak(x)
    if tp > tp_max:
        x = x * 10 ** ((tp_max - tp) / 20)
        print("  %s: true peak %.2f dBTP, lowered to %.2f" % (os.path.basename(path), tp, tp_max))
    il, mm, sm = loudness(x, loop=loop)
    print("  %-20s %6.1f s  %d ch  I %6.1f LUFS  M max %6.1f  S max %6.1f  TP %6.2f dBTP"
          % (os.path.basename(path), x.shape[1] / SR, x.shape[0], il, mm, sm, true_peak(x)))
    write_ogg(x, path, quality)
    # Vorbis can add a fraction of a dB (or more) to a dense sound's peaks: measure the
    # file as decoded, with the meter tools/check-sounds.sh uses, and while it comes
    # too close to -1 dBTP, encode it again a little lower
    g = 1.0
    for _ in range(6):
        tp = file_true_peak(path)
        if tp <= tp_max + 0.3:
            break
        g *= 10 ** ((tp_max - tp) / 20)
        write_ogg(x * g, path, quality)
        print("  %s: %.2f dBTP once encoded; encoded again at %.2f dB"
              % (os.path.basename(path), tp, 20 * math.log10(g)))


# =====================================================================================
# building blocks (circular: length N means periodic with period N)
# =====================================================================================
def freqs_of(n):
    return np.fft.rfftfreq(n, 1 / SR)


def lp(f, fc, order=2):
    return 1 / np.sqrt(1 + (f / fc) ** (2 * order))


def hp(f, fc, order=2):
    with np.errstate(divide="ignore"):
        return 1 / np.sqrt(1 + (fc / np.maximum(f, 1e-3)) ** (2 * order))


def shaped_noise(rng, n, shape):
    """Periodic noise of n samples whose amplitude spectrum is shape(f); RMS 1."""
    f = freqs_of(n)
    spec = (rng.standard_normal(len(f)) + 1j * rng.standard_normal(len(f))) * shape(f)
    spec[0] = 0
    y = np.fft.irfft(spec, n)
    return y / (np.sqrt(np.mean(y ** 2)) + 1e-20)


def pink(f):
    return 1 / np.sqrt(np.maximum(f, 20.0))


def brown(f):
    return 1 / np.maximum(f, 15.0)


def filt(x, shape):
    """Circular filtering of x by the amplitude response shape(f) (zero phase)."""
    n = x.shape[-1]
    return np.fft.irfft(np.fft.rfft(x) * shape(freqs_of(n)), n)


def slow(rng, n, max_hz, lo_db, hi_db):
    """Irregular slow gain curve, periodic in n, between lo_db and hi_db (linear out)."""
    y = shaped_noise(rng, n, lambda f: (f > 0) * np.exp(-(f / max_hz) ** 2))
    y = (y - y.min()) / (y.max() - y.min())
    return 10 ** ((lo_db + (hi_db - lo_db) * y) / 20)


def place(buf, start, ev, gains=None):
    """Add ev into buf (channels x n) at start, wrapping at the end; gains per channel."""
    ch, n = buf.shape
    start %= n
    m = len(ev)
    for c in range(ch):
        g = 1.0 if gains is None else gains[c]
        k = 0
        while k < m:  # an event longer than what is left runs on from the start
            s0 = (start + k) % n
            step = min(m - k, n - s0)
            buf[c, s0:s0 + step] += ev[k:k + step] * g
            k += step


def pan_gains(p):
    """Equal-power pan: p in [-1, 1]."""
    a = (p + 1) * math.pi / 4
    return (math.cos(a), math.sin(a))


def env_exp(n, tau_s, attack_s=0.0005):
    t = np.arange(n) / SR
    a = np.minimum(1, t / max(attack_s, 1e-6))
    return a * np.exp(-t / tau_s)


def burst(rng, n, shape=None):
    y = rng.standard_normal(n)
    if shape is not None:
        y = np.fft.irfft(np.fft.rfft(y, 2 * n) * shape(freqs_of(2 * n)), 2 * n)[:n]
    return y


def damped(f0, tau, n, glide=0.0, phase=0.0):
    """Sine at f0 Hz gliding by the ratio glide over its life, decaying with tau s."""
    t = np.arange(n) / SR
    f = f0 * (1 + glide * (1 - np.exp(-t / max(tau, 1e-4))))
    ph = 2 * np.pi * np.cumsum(f) / SR + phase
    return np.sin(ph) * np.exp(-t / tau)


def events(rng, n, rate, min_gap=0.0):
    """Poisson-ish onset times (samples) over n samples at rate per second."""
    out, t = [], rng.exponential(1 / rate)
    while t * SR < n:
        out.append(int(t * SR))
        t += min_gap + rng.exponential(1 / rate)
    return out


def room(x, rt, rng, pre=0.01, wet=0.3):
    """A cheap room: circular convolution with decaying noise (rt: decay to -60 dB)."""
    n = x.shape[-1]
    m = int(rt * SR)
    t = np.arange(m) / SR
    ir = rng.standard_normal(m) * np.exp(-6.9 * t / rt)
    ir[: int(pre * SR)] = 0
    ir /= np.sqrt(np.sum(ir ** 2))
    full = np.zeros(n)
    full[:m] = ir[: min(m, n)]
    y = np.fft.irfft(np.fft.rfft(x) * np.fft.rfft(full), n)
    return x + wet * y


def norm(x):
    return x / (np.sqrt(np.mean(np.asarray(x) ** 2)) + 1e-20)


def db(v):
    return 10 ** (v / 20)


def pk(x):
    """Scaled to a peak of 1: the level of a sparse event track is set by its peaks
    (its RMS says little: scaling a sparse track to an RMS blows its peaks up)."""
    x = np.asarray(x)
    return x / (np.abs(x).max() + 1e-20)


def dense(x, drive):
    """Soft saturation, peak 1: more weight for the same peak (a gentle limiter)."""
    return np.tanh(drive * pk(x)) / math.tanh(drive)


# =====================================================================================
# rain
# =====================================================================================
def drop_leaf(rng):
    """A drop on a broad leaf: a tick, then a short bright ring, pitch a little down."""
    n = int(0.06 * SR)
    f0 = math.exp(rng.uniform(math.log(1400), math.log(4200)))
    tau = rng.uniform(0.006, 0.02)
    ring = damped(f0, tau, n, glide=-rng.uniform(0.02, 0.12), phase=rng.uniform(0, 6.28))
    ring += 0.4 * damped(f0 * rng.uniform(1.5, 2.3), tau * 0.6, n)
    tick = burst(rng, n, lambda f: hp(f, 2500)) * env_exp(n, 0.0015)
    pat = burst(rng, n, lambda f: lp(f, 900) * hp(f, 200)) * env_exp(n, rng.uniform(0.006, 0.015))
    return 0.8 * ring + 0.9 * tick + 0.7 * pat * rng.uniform(0.3, 1.2)


def drop_mud(rng):
    """A drop into mud or a shallow puddle: a dull wet splat, no ring."""
    n = int(0.09 * SR)
    fc = rng.uniform(600, 1800)
    body = burst(rng, n, lambda f: lp(f, fc, 2) * hp(f, 120)) * env_exp(n, rng.uniform(0.01, 0.03), 0.001)
    splat = burst(rng, n, lambda f: hp(f, 2000) * lp(f, 7000)) * env_exp(n, rng.uniform(0.002, 0.005))
    return body + 0.6 * splat


def drop_water(rng):
    """A drop on open water: an impact tick and a small rising bubble note, kept short
    (no cartoon bloop: a few ms of resonance, well under the tick)."""
    n = int(0.07 * SR)
    f0 = math.exp(rng.uniform(math.log(1200), math.log(3500)))
    bub = damped(f0, rng.uniform(0.008, 0.02), n, glide=rng.uniform(0.1, 0.3))
    bub *= np.minimum(1, np.arange(n) / (0.004 * SR))
    tick = burst(rng, n, lambda f: hp(f, 1500)) * env_exp(n, 0.002)
    return 0.9 * tick + rng.uniform(0.2, 0.55) * bub


def drop_metal(rng):
    """A drop on a hull plate: a tick and a short inharmonic ping."""
    n = int(0.15 * SR)
    f0 = math.exp(rng.uniform(math.log(700), math.log(2400)))
    ping = sum(a * damped(f0 * r, tau, n, phase=rng.uniform(0, 6.28)) for r, a, tau in
               ((1.0, 1.0, 0.05), (2.32, 0.6, 0.03), (4.25, 0.35, 0.018), (6.63, 0.2, 0.01)))
    tick = burst(rng, n, lambda f: hp(f, 3000)) * env_exp(n, 0.001)
    return 0.5 * ping * rng.uniform(0.3, 1) + tick


def patter(rng, n, rate, kinds, lo_db=-24, bank=96):
    """Many small drops: a mono track of short transients, drawn from a bank of drops
    of random pitch (each kind's own), each at its own random level."""
    drops = [kinds[i % len(kinds)](rng) for i in range(bank)]
    out = np.zeros((1, n))
    for t in events(rng, n, rate):
        place(out, t, drops[rng.integers(bank)] * db(rng.uniform(lo_db, 0)))
    return out[0]


def close_drops(rng, n, rate, kinds, lo_db=-22, spread=0.9):
    """Close discrete drops: a stereo track, each drop panned, random pitch and level."""
    out = np.zeros((2, n))
    for t in events(rng, n, rate, min_gap=0.01):
        k = kinds[rng.integers(len(kinds))]
        level = db(rng.uniform(lo_db, 0) * rng.uniform(0.5, 1))
        place(out, t, k(rng) * level, pan_gains(rng.uniform(-spread, spread)))
    return out


def rain_roof(seconds=96):
    """Rain heard from inside a ship or a hut with a metal roof: the outside wash
    muffled by the walls, a dull drumming on the plates, the close pings of single
    drops on the metal overhead, a slow drip inside."""
    rng = np.random.default_rng(203)
    n = int(seconds * SR)
    wash = np.stack([shaped_noise(rng, n, lambda f: pink(f) * lp(f, 450, 2) * hp(f, 50)) for _ in range(2)])
    wash = wash * slow(rng, n, 0.08, -2.5, 1.0)
    # the roof drumming: many small ticks on metal, dulled by the plate and the ceiling
    drum = np.stack([patter(rng, n, 260, [drop_metal]) for _ in range(2)])
    drum = filt(drum, lambda f: hp(f, 120) * lp(f, 2500, 2))
    # close pings on the plate right overhead
    near = close_drops(rng, n, 6, [drop_metal], lo_db=-18, spread=0.7)
    near = filt(near, lambda f: lp(f, 6000))
    drips = np.zeros((2, n))
    for t0 in events(rng, n, 1 / 4.0, min_gap=1.5):
        place(drips, t0, drip(rng) * db(rng.uniform(-6, 0)), pan_gains(0.4))
    return norm(wash) + db(-4) * norm(drum) + db(16) * pk(near) + db(8) * pk(drips)


def rain(name, seconds=96):
    if name == "rain_roof":
        return rain_roof(seconds)
    rng = np.random.default_rng({"rain_heavy": 101, "rain_light": 202}[name])
    n = int(seconds * SR)
    heavy = name == "rain_heavy"
    # far: the distant wash, pink, lowish, slowly breathing (periodic, irregular)
    wash = np.stack([shaped_noise(rng, n, lambda f: pink(f) * lp(f, 1500 if heavy else 2000, 2) * hp(f, 90))
                     for _ in range(2)])
    wash_env = slow(rng, n, 0.08, -2.5, 1.0)
    wash = wash * wash_env
    # the canopy's hiss, high and soft
    hiss = np.stack([shaped_noise(rng, n, lambda f: hp(f, 3500, 2) * lp(f, 11000, 2)) for _ in range(2)])
    hiss = hiss * slow(rng, n, 0.05, -2, 1)
    # mid: patter, thousands of small drops per channel
    prate = 420 if heavy else 140
    kinds_mid = [drop_leaf, drop_mud, drop_leaf] if heavy else [drop_leaf, drop_mud]
    pat = np.stack([patter(rng, n, prate, kinds_mid) for _ in range(2)])
    pat = filt(pat, lambda f: hp(f, 300) * lp(f, 9000))
    # near: discrete drops on leaves and mud, plus big canopy drips
    near_rate = 11 if heavy else 5
    near = close_drops(rng, n, near_rate, [drop_leaf, drop_leaf, drop_mud], lo_db=-20)
    big = close_drops(rng, n, 0.9 if heavy else 0.5, [drop_mud], lo_db=-8, spread=0.6)
    # mix by level (RMS in dB relative)
    # levels: the wash's RMS is the reference (1); the patter by RMS; the discrete
    # drops by their peaks, so that the nearest stand well out of the wash
    mix = (norm(wash) + db(-13 if heavy else -14) * hiss + db(-7 if heavy else -10) * norm(pat)
           + db(22 if heavy else 20) * pk(near) + db(19 if heavy else 17) * pk(big))
    return mix


# =====================================================================================
# other ambiences
# =====================================================================================
def bird(rng):
    """A short call: two to five falling or rising whistles."""
    out = []
    f0 = rng.uniform(2200, 4800)
    for _ in range(rng.integers(2, 6)):
        d = rng.uniform(0.05, 0.14)
        m = int(d * SR)
        t = np.arange(m) / SR
        sweep = f0 * (1 + rng.uniform(-0.35, 0.35) * t / d)
        vib = 1 + 0.03 * np.sin(2 * np.pi * rng.uniform(25, 60) * t)
        ph = 2 * np.pi * np.cumsum(sweep * vib) / SR
        e = np.sin(np.pi * t / d) ** 2
        out += [np.sin(ph) * e, np.zeros(int(rng.uniform(0.03, 0.12) * SR))]
    return np.concatenate(out)


def insects(rng, n, f0, pulse_hz, depth):
    """A high band buzz pulsing at pulse_hz (drifting), like cicadas or crickets."""
    carrier = shaped_noise(rng, n, lambda f: np.exp(-((f - f0) / (f0 * 0.06)) ** 2))
    drift = slow(rng, n, 0.05, -1, 1)
    ph = 2 * np.pi * np.cumsum(pulse_hz * drift / drift.mean()) / SR
    am = (1 - depth) + depth * (0.5 + 0.5 * np.sin(ph)) ** 4
    return carrier * am * slow(rng, n, 0.04, -12, 0)


def hum(n, f0, amps, rng, beat=0.0):
    t = np.arange(n) / SR
    out = np.zeros(n)
    for k, a in enumerate(amps, 1):
        f = round(f0 * k * n / SR) * SR / n  # a whole number of cycles per loop
        out += a * np.sin(2 * np.pi * f * t + rng.uniform(0, 6.28))
        if beat:
            fb = round((f0 * k + beat) * n / SR) * SR / n
            out += 0.5 * a * np.sin(2 * np.pi * fb * t + rng.uniform(0, 6.28))
    return out


def clank(rng):
    n = int(0.5 * SR)
    f0 = rng.uniform(300, 900)
    ring = sum(a * damped(f0 * r, tau, n, phase=rng.uniform(0, 6.28)) for r, a, tau in
               ((1, 1, 0.12), (2.7, 0.5, 0.07), (5.1, 0.3, 0.04)))
    thud = burst(rng, n, lambda f: lp(f, 500)) * env_exp(n, 0.02)
    return 0.4 * ring + thud


def footstep(rng):
    n = int(0.2 * SR)
    heel = burst(rng, n, lambda f: lp(f, 700) * hp(f, 60)) * env_exp(n, 0.018, 0.002)
    scuff = burst(rng, n, lambda f: hp(f, 1500) * lp(f, 6000)) * env_exp(n, 0.03, 0.01)
    return heel + 0.25 * scuff


def steps_walk(rng, n_steps, pace):
    m = int((n_steps * pace + 0.4) * SR)
    out = np.zeros((1, m))
    for k in range(n_steps):
        t = int((k * pace + rng.uniform(-0.02, 0.02)) * SR)
        place(out, t, footstep(rng) * db(rng.uniform(-3, 0) - 2 * abs(k - n_steps / 2) / n_steps))
    return out[0]


def drip(rng):
    n = int(0.25 * SR)
    f0 = rng.uniform(900, 1600)
    return 0.6 * damped(f0, 0.03, n, glide=0.4) + burst(rng, n, lambda f: hp(f, 2000)) * env_exp(n, 0.002)


def babble(rng, n, voices):
    """A crowd: each voice is noise through two moving formants, gated into syllables
    at 3-6 per second, in phrases with pauses. No words."""
    out = np.zeros(n)
    f = freqs_of(n)
    for v in range(voices):
        pitch_f = rng.uniform(90, 230)
        # a buzzy voice source: pulse train at a wandering pitch, plus breath
        wander = slow(rng, n, 2.0, -1.5, 1.5)
        ph = np.cumsum(pitch_f * wander) / SR
        src = (np.sin(2 * np.pi * ph) > 0.9).astype(float) - 0.1
        src += 0.3 * rng.standard_normal(n)
        spec = np.fft.rfft(src)
        # two formant bands, at a random vowel-ish place per voice
        f1, f2 = rng.uniform(350, 800), rng.uniform(1000, 2300)
        shape = np.exp(-((f - f1) / 150) ** 2) + 0.6 * np.exp(-((f - f2) / 250) ** 2)
        y = np.fft.irfft(spec * shape, n)
        # syllables and phrases
        syl = shaped_noise(rng, n, lambda ff: np.exp(-((ff - rng.uniform(3.5, 5.5)) / 1.5) ** 2))
        gate = np.clip(syl, 0, None) ** 1.5
        phrase = slow(rng, n, 0.25, -24, 0)
        y = norm(y) * gate * phrase * db(rng.uniform(-5, 0))
        out += y
    return out


def amb(name, seconds=96):
    n = int(seconds * SR)
    seed = {"base_day": 301, "medbay_hum": 302, "room_tone": 303, "lake": 304,
            "seranno_night": 305, "hyperspace": 306, "canteen": 307, "cell": 308,
            "corridor": 309}[name]
    rng = np.random.default_rng(seed)
    if name == "room_tone":
        air = shaped_noise(rng, n, lambda f: pink(f) * lp(f, 500, 2) * hp(f, 40))
        vent = shaped_noise(rng, n, lambda f: np.exp(-((f - 900) / 600) ** 2)) * slow(rng, n, 0.1, -4, 0)
        return air + db(-14) * vent + db(-24) * norm(hum(n, 100, [1, 0.5, 0.2], rng))
    if name == "medbay_hum":
        air = shaped_noise(rng, n, lambda f: pink(f) * lp(f, 700, 2) * hp(f, 40))
        light = norm(hum(n, 120, [0.2, 0.6, 0.3, 0.4, 0.2, 0.15, 0.1], rng))
        buzz = shaped_noise(rng, n, lambda f: np.exp(-((f - 3000) / 1500) ** 2))
        beep = np.zeros((1, n))
        m = int(0.11 * SR)
        t = np.arange(m) / SR
        tone = (np.sin(2 * np.pi * 988 * t) + 0.2 * np.sin(2 * np.pi * 1976 * t)) * np.sin(np.pi * t / 0.11) ** 0.5
        period = n / round(seconds / 0.92)  # about 65 a minute, a whole number per loop
        for k in range(round(seconds / 0.92)):
            place(beep, int(k * period), tone)
        chirps = np.zeros((1, n))
        for t0 in events(rng, n, 0.06):
            m = int(0.3 * SR)
            tt = np.arange(m) / SR
            place(chirps, t0, np.sin(2 * np.pi * (1500 + 900 * tt) * tt) * np.sin(np.pi * tt / 0.3))
        return (air + db(-18) * light + db(-26) * buzz + db(-6) * pk(beep[0]) + db(-14) * pk(chirps[0]))
    if name == "corridor":
        # the ship's hum, two unrelated machines beating slowly
        shiphum = norm(hum(n, 47, [1, 0.7, 0.35, 0.2, 0.1], rng, beat=0.13))
        shiphum = shiphum * slow(rng, n, 0.05, -3, 0)
        air = shaped_noise(rng, n, lambda f: pink(f) * lp(f, 1200, 2) * hp(f, 50))
        vent = shaped_noise(rng, n, lambda f: np.exp(-((f - 700) / 500) ** 2) + 0.3 * np.exp(-((f - 2500) / 900) ** 2))
        vent = vent * slow(rng, n, 0.15, -6, 0)
        far = np.zeros((1, n))
        for t0 in events(rng, n, 1 / 16.0, min_gap=6):
            walk = steps_walk(rng, int(rng.integers(4, 9)), rng.uniform(0.5, 0.6))
            place(far, t0, walk * db(rng.uniform(-6, 0)))
        for t0 in events(rng, n, 1 / 22.0):
            place(far, t0, clank(rng) * db(-6))
        far = room(filt(far[0], lambda f: lp(f, 2500) * hp(f, 80)), 1.4, rng, wet=2.0)
        return air + db(-12) * shiphum + db(-14) * vent + db(9) * pk(far)
    if name == "cell":
        air = shaped_noise(rng, n, lambda f: pink(f) * lp(f, 400, 2) * hp(f, 40))
        field = norm(hum(n, 80, [1, 0.3, 0.5, 0.2, 0.25, 0.1], rng)) * slow(rng, n, 0.2, -4, 0)
        drips = np.zeros((1, n))
        for t0 in events(rng, n, 1 / 5.0, min_gap=1.5):
            place(drips, t0, drip(rng) * db(rng.uniform(-8, 0)))
        for t0 in events(rng, n, 1 / 35.0):
            place(drips, t0, clank(rng) * db(-14))
        drips = room(drips[0], 1.2, rng, wet=1.5)
        return air + db(-16) * field + db(8) * pk(drips)
    if name == "hyperspace":
        rumble = shaped_noise(rng, n, lambda f: brown(f) * lp(f, 180, 2) * hp(f, 25))
        rumble = rumble * slow(rng, n, 0.1, -3, 0)
        drone = norm(hum(n, 41, [1, 0.6, 0.45, 0.3, 0.2, 0.15], rng, beat=0.21))
        rush = shaped_noise(rng, n, lambda f: pink(f) * hp(f, 1500) * lp(f, 9000)) * slow(rng, n, 0.07, -8, 0)
        shimmer = shaped_noise(rng, n, lambda f: np.exp(-((f - 7000) / 1200) ** 2)) * slow(rng, n, 0.12, -18, 0)
        return rumble + db(-8) * drone + db(-13) * rush + db(-22) * shimmer
    if name == "canteen":
        crowd = np.stack([babble(rng, n, 18) for _ in range(2)])
        crowd = filt(crowd, lambda f: hp(f, 100) * lp(f, 4500))
        crowd = np.stack([room(c, 0.8, rng, wet=0.8) for c in crowd])
        crowd = dense(crowd, 2.0)  # a murmur, not one loud voice
        clinks = np.zeros((2, n))
        for t0 in events(rng, n, 0.9):
            m = int(0.4 * SR)
            f0 = rng.uniform(2500, 5200)
            ev = sum(a * damped(f0 * r, tau, m, phase=rng.uniform(0, 6)) for r, a, tau in
                     ((1, 1, 0.09), (2.76, 0.5, 0.05), (5.4, 0.25, 0.03)))
            place(clinks, t0, ev * db(rng.uniform(-14, 0)), pan_gains(rng.uniform(-0.8, 0.8)))
        for t0 in events(rng, n, 0.12):
            m = int(0.35 * SR)
            scrape = burst(rng, m, lambda f: np.exp(-((f - 900) / 400) ** 2)) * np.sin(np.pi * np.arange(m) / m)
            place(clinks, t0, scrape * db(-6), pan_gains(rng.uniform(-0.8, 0.8)))
        roomtone = np.stack([shaped_noise(rng, n, lambda f: pink(f) * lp(f, 600)) for _ in range(2)])
        return norm(crowd) + db(-2) * pk(clinks) + db(-20) * roomtone
    # the outdoor stereo places
    if name == "base_day":
        wind = np.stack([shaped_noise(rng, n, lambda f: pink(f) * lp(f, 900, 2) * hp(f, 60)) for _ in range(2)])
        wind = wind * slow(rng, n, 0.07, -8, 0)
        leaves = np.stack([shaped_noise(rng, n, lambda f: hp(f, 2000) * lp(f, 8000)) for _ in range(2)])
        leaves = leaves * slow(rng, n, 0.2, -14, 0)
        engine = norm(hum(n, 73, [1, 0.5, 0.6, 0.2, 0.3], rng, beat=0.3)) + shaped_noise(rng, n, lambda f: brown(f) * lp(f, 200))
        bugs = np.stack([insects(rng, n, 5200, 28, 0.7), insects(rng, n, 5500, 31, 0.7)])
        birds = np.zeros((2, n))
        for t0 in events(rng, n, 0.35):
            place(birds, t0, bird(rng) * db(rng.uniform(-14, 0)), pan_gains(rng.uniform(-0.9, 0.9)))
        birds = filt(birds, lambda f: lp(f, 7000))
        far = np.zeros((2, n))
        for t0 in events(rng, n, 1 / 14.0):
            place(far, t0, clank(rng) * db(rng.uniform(-8, 0)), pan_gains(rng.uniform(-0.7, 0.7)))
        far = filt(far, lambda f: lp(f, 1500))
        return (wind + db(-16) * leaves + db(-16) * np.stack([engine, engine * 0.9]) + db(-24) * bugs
                + db(2) * pk(birds) + db(-6) * pk(far))
    if name == "lake":
        breeze = np.stack([shaped_noise(rng, n, lambda f: pink(f) * lp(f, 1100, 2) * hp(f, 70)) for _ in range(2)])
        breeze = breeze * slow(rng, n, 0.06, -10, 0)
        laps = np.zeros((2, n))
        for t0 in events(rng, n, 0.5, min_gap=0.7):
            m = int(rng.uniform(0.6, 1.4) * SR)
            t = np.arange(m) / m
            e = np.sin(np.pi * t ** 0.6) ** 2
            wash = norm(burst(rng, m, lambda f: pink(f) * lp(f, rng.uniform(500, 1300), 2) * hp(f, 80))) * e
            place(laps, t0, wash * db(rng.uniform(-6, 0)), pan_gains(rng.uniform(-0.6, 0.6)))
            # pebbles ticking as the wave draws back
            for k in range(int(rng.integers(0, 6))):
                place(laps, t0 + int(rng.uniform(0.3, 1.0) * m),
                      burst(rng, 600, lambda f: hp(f, 2500)) * env_exp(600, 0.002) * db(rng.uniform(-16, -6)),
                      pan_gains(rng.uniform(-0.6, 0.6)))
        crickets = np.stack([insects(rng, n, 4300, 14, 0.95), insects(rng, n, 4700, 17, 0.95)])
        birds = np.zeros((2, n))
        for t0 in events(rng, n, 0.06):
            place(birds, t0, bird(rng) * db(rng.uniform(-12, 0)), pan_gains(rng.uniform(-0.9, 0.9)))
        birds = filt(birds, lambda f: lp(f, 5000))
        return (db(-8) * breeze + norm(laps) + db(-24) * crickets + db(-4) * pk(birds))
    if name == "seranno_night":
        wind = np.stack([shaped_noise(rng, n, lambda f: pink(f) * np.exp(-((f - 500) / 450) ** 2) + 0.2 * pink(f) * lp(f, 200))
                         for _ in range(2)])
        gusts = slow(rng, n, 0.09, -14, 0)
        whistle = np.stack([shaped_noise(rng, n, lambda f: np.exp(-((f - 1400) / 60) ** 2)) for _ in range(2)])
        whistle = whistle * slow(rng, n, 0.1, -30, 0)
        machine = norm(hum(n, 55, [1, 0.4, 0.5, 0.2], rng, beat=0.17))
        bugs = np.stack([insects(rng, n, 3100, 9, 0.9), insects(rng, n, 3300, 11, 0.9)])
        far = np.zeros((2, n))
        for t0 in events(rng, n, 1 / 12.0):
            place(far, t0, clank(rng) * db(rng.uniform(-6, 0)), pan_gains(rng.uniform(-0.7, 0.7)))
        far = np.stack([room(c, 2.0, rng, wet=2.5) for c in filt(far, lambda f: lp(f, 1800))])
        return (wind * gusts + db(-22) * whistle + db(-20) * np.stack([machine, machine])
                + db(-26) * bugs + db(0) * pk(far))
    raise SystemExit("no ambience " + name)


AMB_STEREO = {"rain_heavy", "rain_light", "base_day", "lake", "seranno_night", "canteen"}
AMB_LUFS = {"rain_heavy": -21.0, "rain_light": -23.0, "rain_roof": -23.0, "base_day": -22.5, "medbay_hum": -23.0,
            "room_tone": -23.5, "lake": -22.5, "seranno_night": -22.5, "hyperspace": -24.0,
            "canteen": -21.5, "cell": -23.5, "corridor": -23.0}


def make_amb(name, out):
    x = rain(name) if name.startswith("rain_") else amb(name)
    x = np.atleast_2d(x)
    if name not in AMB_STEREO and x.shape[0] > 1:
        x = x.mean(axis=0, keepdims=True)
    if name in AMB_STEREO and x.shape[0] == 1:
        x = np.vstack([x, x])
    finish(x, out, 2 if name in AMB_STEREO else 1, target_lufs=AMB_LUFS[name], loop=True, rotate=True)


# =====================================================================================
# effects
# =====================================================================================
def t_of(n):
    return np.arange(n) / SR


def rumble(rng, seconds, onset, density, lp_hz=350, decay=2.2):
    """Thunder's roll: many overlapping low bursts at random times, amplitudes and
    lengths, their density falling off; never a regular pulse."""
    n = int(seconds * SR)
    out = np.zeros((1, n))
    t = onset
    while t < seconds - 0.3:
        m = int(rng.uniform(0.25, 1.4) * SR)
        e = np.sin(np.pi * np.linspace(0, 1, m)) ** rng.uniform(1, 3)
        b = burst(rng, m, lambda f: brown(f) * lp(f, rng.uniform(0.5, 1.3) * lp_hz, 2) * hp(f, 25))
        amp = math.exp(-(t - onset) / decay) * db(rng.uniform(-9, 0))
        place(out, int(t * SR), norm(b) * e * amp)
        t += rng.exponential(1 / density) * (1 + (t - onset) / decay)
    return out[0]


def crack(rng, seconds):
    """A near strike's crack: a dense crackle of broadband impulses over ~0.25 s with a
    first sharp edge, the snap that tears before the boom."""
    n = int(seconds * SR)
    out = np.zeros((1, n))
    place(out, 0, burst(rng, 4000, lambda f: hp(f, 400)) * env_exp(4000, 0.012, 0.0003) * 1.0)
    t = 0.004
    while t < 0.3:
        m = int(rng.uniform(0.002, 0.02) * SR)
        place(out, int(t * SR), burst(rng, m, lambda f: hp(f, 700)) * env_exp(m, m / SR / 3, 0.0002)
              * math.exp(-t / 0.12) * db(rng.uniform(-10, 0)))
        t += rng.exponential(0.004)
    return out[0]


def sfx(name):
    rng = np.random.default_rng({"thunder": 401, "thunder_near": 402, "saber_ignite": 403,
                                 "saber_off": 404, "saber_hum": 405, "splash": 406, "punch": 407,
                                 "shuttle_landing": 408, "blaster": 409, "grenade": 410,
                                 "comm_chirp": 411, "hologram": 412, "door": 413}[name])
    if name == "thunder":
        # a distant strike: no crack, a swelling, rolling rumble, 7 s
        L = 7.0
        r = rumble(rng, L, 0.15, 9, lp_hz=260, decay=2.0)
        r2 = rumble(rng, L, 0.05, 5, lp_hz=900, decay=1.0)
        x = pk(r) + db(-10) * pk(r2)
        n = len(x)
        x *= np.minimum(1, t_of(n) / 0.35) * np.minimum(1, (L - t_of(n)) / 1.5)
        return dense(x, 2.0)
    if name == "thunder_near":
        L = 6.5
        c = filt(crack(rng, L), lambda f: lp(f, 7000, 2))
        r = rumble(rng, L, 0.06, 14, lp_hz=420, decay=2.2)
        # the tearing roll right after a close strike, brighter than the far rumble
        tear = rumble(rng, L, 0.08, 25, lp_hz=1800, decay=0.8)
        boom = damped(48, 0.35, int(L * SR), glide=-0.3) * np.minimum(1, t_of(int(L * SR)) / 0.01)
        # the crack on top, the roll right under it: saturated together, as a close
        # strike overloads the air
        x = 0.8 * pk(c) + pk(r) + 0.5 * pk(tear) + 0.5 * boom
        n = len(x)
        x *= np.minimum(1, (L - t_of(n)) / 1.8)
        return dense(x, 4.5)
    if name in ("saber_ignite", "saber_hum", "saber_off"):
        L = {"saber_ignite": 2.0, "saber_hum": 3.0, "saber_off": 0.9}[name]
        n = int(L * SR)
        t = t_of(n)
        if name == "saber_ignite":  # rising: 30 Hz to the hum's 92 Hz over about 0.45 s
            f = 92 - 62 * np.exp(-t / 0.16)
            amp = np.minimum(1, t / 0.02) * (1 + 0.5 * np.exp(-t / 0.15))
        elif name == "saber_off":
            f = 92 * np.exp(-t / 0.35) + 20
            amp = np.maximum(0, 1 - t / L) ** 1.5
        else:
            f = 92 * (1 + 0.03 * np.sin(2 * np.pi * 0.6 * t) + 0.05 * np.exp(-((t - 1.6) / 0.3) ** 2))
            amp = 1 + 0.35 * np.exp(-((t - 1.6) / 0.3) ** 2)
        ph = 2 * np.pi * np.cumsum(f) / SR
        buzz = sum(np.sin(k * ph + 0.3 * k) / k ** 0.8 for k in range(1, 28))
        buzz = np.tanh(1.8 * buzz)
        hum2 = np.sin(2 * np.pi * np.cumsum(f * 1.503) / SR)
        hiss = burst(rng, n, lambda ff: hp(ff, 2000) * lp(ff, 9000)) * 0.3
        x = (buzz + 0.4 * hum2 + hiss * (0.5 + 0.5 * np.sin(ph / 3) ** 2)) * amp
        if name == "saber_ignite":
            # the snap and the sweep's whoosh
            whoosh = burst(rng, n, lambda ff: np.exp(-((ff - 1500) / 1200) ** 2))
            sweep_env = np.exp(-((t - 0.15) / 0.13) ** 2)
            snap = burst(rng, n, lambda ff: hp(ff, 1200)) * env_exp(n, 0.01, 0.0005)
            x = x + 1.2 * whoosh * sweep_env + 1.2 * snap
            x = dense(x, 2.5) * np.minimum(1, (L - t) / 0.4)
        elif name == "saber_hum":
            x *= np.minimum(1, t / 0.1) * np.minimum(1, (L - t) / 0.4)
        return filt(x, lambda ff: hp(ff, 45) * lp(ff, 10000))
    if name == "splash":
        # a hilt into mud and water: a wet slap, water thrown up and falling back as
        # noise ticks (no tonal bubbles), a low body thud
        L = 1.2
        n = int(L * SR)
        t = t_of(n)
        slap = burst(rng, n, lambda f: hp(f, 250) * lp(f, 6000)) * env_exp(n, 0.06, 0.002)
        thud = burst(rng, n, lambda f: lp(f, 300) * hp(f, 40)) * env_exp(n, 0.05, 0.003)
        spray = burst(rng, n, lambda f: hp(f, 1200) * lp(f, 9000)) * np.exp(-((t - 0.12) / 0.12) ** 2)
        fall = np.zeros((1, n))
        for _ in range(60):
            t0 = 0.15 + rng.gamma(2.0, 0.12)
            if t0 < L - 0.1:
                place(fall, int(t0 * SR), drop_mud(rng) * db(rng.uniform(-14, 0)) * math.exp(-(t0 - 0.15) / 0.35))
        x = slap + 0.8 * thud + 0.35 * spray + 0.8 * norm(fall[0]) * 0.3
        x *= np.minimum(1, (L - t) / 0.3)
        return x
    if name == "punch":
        # a body blow: a deep falling thump (the weight), the slap of knuckles on
        # cloth and skin, the body's dull give and a rustle of cloth after; 0.55 s,
        # saturated for density (a punch's weight is its loudness under the peak)
        L = 0.55
        n = int(L * SR)
        t = t_of(n)
        f = 58 + 80 * np.exp(-t / 0.025)
        thump = np.sin(2 * np.pi * np.cumsum(f) / SR) * np.exp(-t / 0.14) * np.minimum(1, t / 0.002)
        body = burst(rng, n, lambda ff: lp(ff, 350) * hp(ff, 50)) * env_exp(n, 0.09, 0.002)
        slap = burst(rng, n, lambda ff: hp(ff, 900) * lp(ff, 7000)) * env_exp(n, 0.010, 0.0004)
        cloth = burst(rng, n, lambda ff: np.exp(-((ff - 2200) / 1500) ** 2)) * np.exp(-((t - 0.08) / 0.07) ** 2)
        x = thump + 0.6 * pk(body) + 0.5 * pk(slap) + 0.08 * pk(cloth)
        x = dense(x, 3.5) * np.minimum(1, (L - t) / 0.2)
        return filt(x, lambda ff: hp(ff, 35))
    if name == "blaster":
        # one shot: a bright descending zap with a metallic ring and a short crack
        L = 0.7
        n = int(L * SR)
        t = t_of(n)
        f = 380 + 2400 * np.exp(-t / 0.05)
        ph = 2 * np.pi * np.cumsum(f) / SR
        zap = np.sin(ph + 2.5 * np.sin(ph * 1.41)) * np.exp(-t / 0.09)
        ring = np.sin(2 * np.pi * np.cumsum(f * 2.03) / SR) * np.exp(-t / 0.05)
        crk = burst(rng, n, lambda ff: hp(ff, 1500)) * env_exp(n, 0.006, 0.0003)
        thump = np.sin(2 * np.pi * np.cumsum(90 * np.exp(-t / 0.1) + 40) / SR) * np.exp(-t / 0.06)
        return zap + 0.3 * ring + 0.6 * crk + 0.5 * thump
    if name == "grenade":
        L = 3.2
        n = int(L * SR)
        t = t_of(n)
        crk = crack(rng, L) * 0.8
        boom = damped(62, 0.45, n, glide=-0.55) * np.minimum(1, t / 0.004)
        r = rumble(rng, L, 0.02, 18, lp_hz=300, decay=0.9)
        debris = np.zeros((1, n))
        for _ in range(45):
            t0 = 0.2 + rng.gamma(2, 0.35)
            if t0 < L - 0.1:
                ev = drop_metal(rng) if rng.random() < 0.3 else drop_mud(rng)
                place(debris, int(t0 * SR), ev * db(rng.uniform(-16, 0)))
        x = pk(crk) + db(-3) * boom + db(-4) * pk(r) + db(-10) * pk(debris[0])
        x *= np.minimum(1, (L - t) / 1.0)
        return dense(x, 2.5)
    if name == "door":
        L = 1.1
        n = int(L * SR)
        t = t_of(n)
        hiss = burst(rng, n, lambda f: hp(f, 1800) * lp(f, 9000)) * env_exp(n, 0.15, 0.01)
        slide = burst(rng, n, lambda f: lp(f, 500) * hp(f, 60)) * np.exp(-((t - 0.35) / 0.2) ** 2)
        slide *= 1 + 0.3 * np.sin(2 * np.pi * 11 * t)
        k0 = int(0.68 * SR)
        clunk = np.zeros(n)
        m = n - k0
        clunk[k0:] = damped(95, 0.05, m, glide=-0.4) + 0.6 * burst(rng, m, lambda f: lp(f, 350)) * env_exp(m, 0.02)
        clunk[k0:] += 0.12 * damped(640, 0.05, m) + 0.06 * damped(1410, 0.03, m)
        x = 0.3 * norm(hiss) * env_exp(n, 0.15, 0.01) + 0.9 * norm(slide) * 0.4 + 0.9 * clunk
        x *= np.minimum(1, (L - t) / 0.15)
        return x
    if name == "shuttle_landing":
        L = 4.0
        n = int(L * SR)
        t = t_of(n)
        f = 140 + 160 * np.exp(-t / 1.2)
        ph = 2 * np.pi * np.cumsum(f) / SR
        whine = (np.sin(ph) + 0.5 * np.sin(2.01 * ph) + 0.3 * np.sin(3.02 * ph)) * np.maximum(0, 1 - t / 3.2)
        roar = burst(rng, n, lambda ff: pink(ff) * lp(ff, 1500) * hp(ff, 40)) * np.maximum(0, 1 - t / 2.6) ** 1.5
        k0 = int(2.5 * SR)
        gear = np.zeros(n)
        gear[k0:] = damped(70, 0.12, n - k0, glide=-0.3) + 0.5 * burst(rng, n - k0, lambda ff: lp(ff, 400)) * env_exp(n - k0, 0.05)
        k1 = int(2.9 * SR)
        hiss = np.zeros(n)
        hiss[k1:] = burst(rng, n - k1, lambda ff: hp(ff, 2000)) * env_exp(n - k1, 0.35, 0.02)
        x = 0.5 * norm(roar) * np.maximum(0, 1 - t / 2.6) + 0.15 * whine + 0.8 * gear + 0.12 * norm(hiss) * env_exp(n - 0, 10)
        x *= np.minimum(1, t / 0.3) * np.minimum(1, (L - t) / 0.4)
        return x
    if name == "comm_chirp":
        L = 0.4
        n = int(L * SR)
        t = t_of(n)
        a = (np.sin(2 * np.pi * 1318.5 * t) + 0.4 * np.sin(2 * np.pi * 2637 * t)) * ((t < 0.1) * np.exp(-t / 0.06))
        t2 = np.maximum(0, t - 0.14)
        b = (np.sin(2 * np.pi * 1760 * t2) + 0.4 * np.sin(2 * np.pi * 3520 * t2)) * ((t >= 0.14) & (t < 0.27)) * np.exp(-t2 / 0.08)
        x = a + b
        return filt(x, lambda f: lp(f, 6000) * hp(f, 300))
    if name == "hologram":
        L = 1.2
        n = int(L * SR)
        t = t_of(n)
        f = 420 * 4 ** (t / L)
        ph = 2 * np.pi * np.cumsum(f) / SR
        rise = (np.sin(ph) + 0.6 * np.sin(1.5 * ph) + 0.4 * np.sin(2.01 * ph))
        rise *= (1 - 0.6 * (0.5 + 0.5 * np.sin(2 * np.pi * 23 * t))) * np.sin(np.pi * t / L) ** 0.7
        st = burst(rng, n, lambda ff: np.exp(-((ff - 3500) / 1500) ** 2)) * np.exp(-t / 0.4)
        st *= (rng.random(n // 400 + 1) > 0.5).repeat(400)[:n]
        return rise + 0.5 * norm(st) * 0.3
    raise SystemExit("no effect " + name)


def make_sfx(name, out):
    x = sfx(name)
    finish(x - np.mean(x), out, 5, peak_db=-3.0)


# =====================================================================================
# music
# =====================================================================================
MUSIC_LUFS = {"rain_theme": -20.0, "sombre": -20.5, "tension": -20.5, "action": -19.0,
              "canteen": -20.0, "love_lake": -21.0, "love_confession": -20.0, "love_whole": -19.0}


def make_music(render, seconds, out):
    """render: FluidSynth's output (the loop and its tail). The tail past the loop
    point is mixed back onto the start, so the file is exactly periodic."""
    x, sr = read_audio(render)
    assert sr == SR, sr
    n = int(round(float(seconds) * SR))
    y = x[:, :n].copy()
    tail = x[:, n:]
    k = 0
    while k < tail.shape[1]:  # (a tail longer than the loop wraps more than once)
        m = min(n, tail.shape[1] - k)
        y[:, :m] += tail[:, k:k + m]
        k += m
    name = os.path.splitext(os.path.basename(out))[0]
    finish(y, out, 3, target_lufs=MUSIC_LUFS.get(name, -20.0), loop=True)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "amb":
        make_amb(argv[1], argv[2])
    elif cmd == "sfx":
        make_sfx(argv[1], argv[2])
    elif cmd == "music":
        make_music(argv[1], argv[2], argv[3])
    elif cmd == "measure":
        for p in argv[1:]:
            x, sr = read_audio(p)
            il, mm, sm = loudness(x, sr, loop="/sfx/" not in p)
            print("%-40s I %6.1f  M %6.1f  S %6.1f  TP %6.2f" % (p, il, mm, sm, true_peak(x)))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
