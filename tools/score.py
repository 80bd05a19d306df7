#!/usr/bin/env python3
"""The score of "After the Rain", written as notation and saved as Standard MIDI files.

    tools/score.py OUTDIR [CUE...]    # writes OUTDIR/<cue>.mid and OUTDIR/<cue>.len

Standard library only (the MIDI bytes are written here). tools/make-sounds.sh renders
each file with FluidSynth and the General MIDI SoundFont FluidR3_GM (Debian's
fluid-soundfont-gm), then wraps the release and reverb tail past the loop point back
onto the start, so every cue loops seamlessly. Every note ends by the loop point; the
file runs a few seconds longer (silent) so that the renderer keeps the tails.
<cue>.len holds the loop length in seconds.

All the music is our own. One love theme runs through the score: a rising minor or
major seventh that falls back by step (F#4 up to E5, then D5 C#5 D5), heard first alone
on the piano at the lake (love_lake), then with strings (love_confession), then whole,
with the orchestra and a lift into E major (love_whole). The rain theme is the same
leap in D minor. Humanisation (velocity and a few ms of timing) comes from a seeded
random generator per cue, so the files are the same on every run.
"""
import os
import random
import struct
import sys

TPB = 480  # ticks per beat

NAMES = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


def pitch(name):
    """'F#4' -> 66 (C4 = 60)."""
    n = NAMES[name[0]]
    i = 1
    while i < len(name) and name[i] in "#b":
        n += 1 if name[i] == "#" else -1
        i += 1
    return n + 12 * (int(name[i:]) + 1)


def mel(text, transpose=0):
    """'F#4:1 E5:2 | r:1 ...' -> [(beat, dur, pitch or None)], bars marked by | are
    only for reading."""
    out, t = [], 0.0
    for tok in text.split():
        if tok == "|":
            continue
        name, dur = tok.split(":")
        dur = float(dur)
        out.append((t, dur, None if name == "r" else pitch(name) + transpose))
        t += dur
    return out


def mel_len(notes):
    return max(b + d for b, d, _ in notes) if notes else 0.0


QUALITIES = {
    "": (0, 4, 7), "m": (0, 3, 7), "7": (0, 4, 7, 10), "m7": (0, 3, 7, 10),
    "maj7": (0, 4, 7, 11), "sus4": (0, 5, 7), "7sus4": (0, 5, 7, 10),
    "add9": (0, 4, 7, 14), "m9": (0, 3, 7, 10, 14), "6": (0, 4, 7, 9),
    "m7b5": (0, 3, 6, 10), "dim": (0, 3, 6), "madd9": (0, 3, 7, 14),
}


def chord(sym, transpose=0):
    """'F#m7' -> (root pitch class, intervals); 'D/F#' keeps the bass separately."""
    bass = None
    if "/" in sym:
        sym, b = sym.split("/")
        bass = (NAMES[b[0]] + (1 if b[1:2] == "#" else -1 if b[1:2] == "b" else 0)) % 12
    root = NAMES[sym[0]]
    i = 1
    while i < len(sym) and sym[i] in "#b":
        root += 1 if sym[i] == "#" else -1
        i += 1
    q = QUALITIES[sym[i:]]
    root = (root + transpose) % 12
    if bass is not None:
        bass = (bass + transpose) % 12
    return root, q, bass if bass is not None else root


def chords(text, beats_per_bar=4, transpose=0):
    """'D | Bm7 | A7:2 D:2' -> [(beat, dur, chord)]; a bar with one symbol lasts the bar."""
    out, t = [], 0.0
    for bar in text.split("|"):
        syms = bar.split()
        for s in syms:
            if ":" in s:
                s, d = s.split(":")
                d = float(d)
            else:
                d = beats_per_bar / len(syms)
            out.append((t, d, chord(s, transpose)))
            t += d
    return out


def voicing(ch, low, high):
    """Every chord tone between low and high (MIDI numbers)."""
    root, q, _ = ch
    pcs = {(root + i) % 12 for i in q}
    return [p for p in range(low, high + 1) if p % 12 in pcs]


def close_voicing(ch, centre, n=4):
    """n chord tones nearest centre, root position colour kept."""
    tones = voicing(ch, centre - 9, centre + 9)
    tones.sort(key=lambda p: abs(p - centre))
    return sorted(tones[:n])


def bass_note(ch, low=36):
    _, _, b = ch
    p = low + ((b - low) % 12)
    return p


class Song:
    def __init__(self, name, bpm, beats, beats_per_bar=4, seed=1):
        self.name, self.bpm, self.beats, self.bpb = name, bpm, beats, beats_per_bar
        self.rng = random.Random(seed)
        self.tracks = []  # (name, channel, events[(tick, order, bytes)])

    def seconds(self):
        return self.beats * 60.0 / self.bpm

    def track(self, name, channel, program, volume=100, pan=64, reverb=60, chorus=0):
        ev = []
        if channel != 9:
            ev.append((0, 0, bytes([0xC0 | channel, program])))
        ev += [
            (0, 0, bytes([0xB0 | channel, 7, volume])),
            (0, 0, bytes([0xB0 | channel, 10, pan])),
            (0, 0, bytes([0xB0 | channel, 91, reverb])),
            (0, 0, bytes([0xB0 | channel, 93, chorus])),
            (0, 0, bytes([0xB0 | channel, 11, 127])),
        ]
        t = (name, channel, ev)
        self.tracks.append(t)
        return t

    def note(self, tr, beat, dur, p, vel, jitter=True, legato=0.98):
        if p is None:
            return
        if beat >= self.beats - 0.02:
            raise ValueError("%s: a note at beat %g, past the loop's %d beats" % (self.name, beat, self.beats))
        _, ch, ev = tr
        start = beat
        if jitter and beat > 0:
            start += self.rng.uniform(-0.012, 0.012) * self.bpm / 60.0
        end = min(beat + dur * legato, self.beats - 0.01)
        start = max(0.0, min(start, end - 0.02))
        vel = int(max(1, min(127, vel + (self.rng.randint(-5, 5) if jitter else 0))))
        a, b = int(round(start * TPB)), int(round(end * TPB))
        ev.append((a, 2, bytes([0x90 | ch, p, vel])))
        ev.append((b, 1, bytes([0x80 | ch, p, 0])))

    def melody(self, tr, notes, at, vel, legato=0.98, accent=None):
        for b, d, p in notes:
            v = vel(b) if callable(vel) else vel
            if accent and d >= 1.5:
                v += accent
            self.note(tr, at + b, d, p, v, legato=legato)

    def cc(self, tr, beat, ctl, val):
        _, ch, ev = tr
        ev.append((int(round(beat * TPB)), 0, bytes([0xB0 | ch, ctl, int(val)])))

    def swell(self, tr, beat, dur, a, b, steps=16, ctl=11):
        """Expression (CC11) from a to b over dur beats."""
        for i in range(steps + 1):
            self.cc(tr, beat + dur * i / steps, ctl, a + (b - a) * i / steps)

    # --- writing --------------------------------------------------------------
    def write(self, path, tail_seconds=9.0):
        end_tick = int(round((self.beats + tail_seconds * self.bpm / 60.0) * TPB))

        def vlq(n):
            out = [n & 0x7F]
            n >>= 7
            while n:
                out.append(0x80 | (n & 0x7F))
                n >>= 7
            return bytes(reversed(out))

        def chunk(events):
            events = sorted(events, key=lambda e: (e[0], e[1]))
            data, last = bytearray(), 0
            for tick, _, msg in events:
                data += vlq(tick - last) + msg
                last = tick
            data += vlq(end_tick - last) + b"\xff\x2f\x00"
            return b"MTrk" + struct.pack(">I", len(data)) + bytes(data)

        tempo = int(round(60_000_000 / self.bpm))
        t0 = [(0, 0, b"\xff\x51\x03" + tempo.to_bytes(3, "big")),
              (0, 0, b"\xff\x58\x04" + bytes([self.bpb, 2, 24, 8]))]
        body = chunk(t0) + b"".join(chunk(ev) for _, _, ev in self.tracks)
        head = b"MThd" + struct.pack(">IHHH", 6, 1, 1 + len(self.tracks), TPB)
        with open(path, "wb") as f:
            f.write(head + body)


# --- accompaniment figures --------------------------------------------------------
def pad(song, tr, prog, at, vel, centre=60, n=4, legato=1.0):
    for b, d, ch in prog:
        for p in close_voicing(ch, centre, n):
            song.note(tr, at + b, d, p, vel, legato=legato)


def bassline(song, tr, prog, at, vel, low=36, pattern=None):
    """pattern: list of (beat offset, dur) within each chord; default one long note."""
    for b, d, ch in prog:
        p = bass_note(ch, low)
        for off, dd in (pattern or [(0, d)]):
            if off < d:
                song.note(tr, at + b + off, min(dd, d - off), p, vel)


def arpeggio(song, tr, prog, at, vel, low, high, step=0.5, shape=(0, 1, 2, 3, 2, 1),
             dur=None, skip=0.0):
    """Broken chords over each chord: the chord's tones between low and high, in
    shape's order, one every step beats; skip is the chance to leave a note out."""
    for b, d, ch in prog:
        tones = voicing(ch, low, high)
        k, t = 0, 0.0
        while t < d - 1e-6:
            if song.rng.random() >= skip:
                p = tones[shape[k % len(shape)] % len(tones)]
                v = vel + (8 if k == 0 else 0)
                song.note(tr, at + b + t, dur or step * 3, p, v, legato=1.0)
            k += 1
            t += step


# --- the themes ---------------------------------------------------------------------
# The love theme: sixteen bars in D major. The leap (F#4 up a minor seventh to E5,
# later A4 to G5 and G4 up a major seventh to F#5) is the theme's signature.
LOVE_A = ("F#4:1 E5:2 D5:.5 C#5:.5 | D5:1.5 A4:.5 B4:2 | E4:1 D5:2 C#5:.5 B4:.5 | "
          "C#5:1.5 F#4:.5 A4:2 | F#4:1 E5:2 D5:.5 E5:.5 | F#5:1.5 E5:.5 D5:1 B4:1 | "
          "G5:1.5 F#5:.5 E5:1 C#5:1 | D5:4")
LOVE_B = ("A4:1 G5:2 F#5:.5 E5:.5 | F#5:1.5 D5:.5 B4:2 | G4:1 F#5:2 E5:.5 D5:.5 | "
          "E5:1.5 C#5:.5 A4:2 | F#4:1 E5:2 D5:.5 C#5:.5 | D5:1.5 A4:.5 B4:1 D5:1 | "
          "B4:1 A5:2 G5:.5 E5:.5 | F#5:1.5 E5:.5 D5:2")
LOVE_A_CH = "D | Bm7 | Em7 | A6 | Bm7 | Gmaj7 | A7 | D"
LOVE_B_CH = "A7 | Bm | Gmaj7 | A | D | Bm7 | Gadd9 | A7:2 D:2"

# The rain theme: the same gesture in D minor.
RAIN_A = ("D4:1 C5:2 Bb4:.5 A4:.5 | A4:3 F4:1 | G4:1 F5:2 E5:.5 D5:.5 | E5:3 r:1 | "
          "D4:1 C5:2 Bb4:.5 A4:.5 | A4:1.5 G4:.5 F4:1 A4:1 | Bb4:1 G5:2 F5:.5 D5:.5 | E5:4")
RAIN_B = ("F5:1.5 E5:.5 D5:1 A4:1 | Bb4:3 G4:1 | A4:1 G5:2 F5:.5 E5:.5 | F5:3 r:1 | "
          "D5:1.5 C5:.5 Bb4:1 F4:1 | G4:2 Bb4:1 A4:1 | A4:1 D5:2 C#5:1 | D5:4")
RAIN_A_CH = "Dm | Bb | Gm7 | A7 | Dm | F | Gm | A7"
RAIN_B_CH = "Bb | Gm | Am7 | Dm | Bbmaj7 | Gm7 | A7sus4:2 A7:2 | Dm"

# Program numbers (General MIDI, from 0)
PIANO, CELESTA, HARP, STRINGS, SLOW_STRINGS, TREMOLO, PIZZ = 0, 8, 46, 48, 49, 44, 45
VIOLIN, VIOLA, CELLO, CONTRABASS, TIMPANI = 40, 41, 42, 43, 47
TRUMPET, TROMBONE, HORN, BRASS, TUBA = 56, 57, 60, 61, 58
FLUTE, OBOE, CLARINET, NYLON, AC_BASS, ACCORDION, CHOIR = 73, 68, 71, 24, 32, 21, 52


def love_lake():
    """Tentative: solo piano, the theme's first half, a harp answering. 66 bpm."""
    s = Song("love_lake", 66, 28 * 4, seed=11)
    pno = s.track("piano", 0, PIANO, volume=100, pan=58, reverb=80)
    hrp = s.track("harp", 1, HARP, volume=86, pan=76, reverb=90)
    s.cc(pno, 0, 64, 0)
    # bars 1-4: the harp alone, slow broken chords
    intro = chords("D | Bm7 | Gmaj7 | A7sus4:2 A:2")
    arpeggio(s, hrp, intro, 0, 46, 50, 74, step=1.0, shape=(0, 2, 4, 3), dur=3)
    # bars 5-12: the theme's first phrase, piano right hand, very plain left hand
    at = 16
    s.melody(pno, mel(LOVE_A), at, lambda b: 58 + (6 if b % 4 == 0 else 0))
    for b, d, ch in chords(LOVE_A_CH):
        s.note(pno, at + b, d, bass_note(ch, 38), 44, legato=1.0)
        for p in close_voicing(ch, 57, 2):
            s.note(pno, at + b + 1, d - 1, p, 36, legato=1.0)
    # bars 13-20: the harp takes the second phrase's opening, the piano answers
    at = 48
    b_notes = mel(LOVE_B)
    s.melody(hrp, [n for n in b_notes if n[0] < 16], at, 62)
    arpeggio(s, pno, chords(LOVE_B_CH)[:4], at, 36, 45, 62, step=1.0, shape=(0, 1, 2, 1), dur=2)
    s.melody(pno, [n for n in b_notes if n[0] >= 16], at, 58)
    for b, d, ch in chords(LOVE_B_CH)[4:]:
        s.note(pno, at + b, d, bass_note(ch, 38), 42, legato=1.0)
    # bars 21-28: the first phrase again an octave lower, slower to close, then the
    # harp hangs on the dominant back into the top
    at = 80
    s.melody(pno, mel(LOVE_A, -12)[:14], at, 52)
    for b, d, ch in chords(LOVE_A_CH)[:6]:
        s.note(pno, at + b, d, bass_note(ch, 38), 40, legato=1.0)
    arpeggio(s, hrp, chords("A7:2 A7sus4:2 | A7"), at + 24, 40, 52, 76, step=1.0,
             shape=(0, 1, 2, 3), dur=3)
    return s


def love_confession():
    """Fuller: the piano carries the theme, strings join underneath and then take it;
    a cello counter-line. 70 bpm."""
    s = Song("love_confession", 70, 30 * 4, seed=12)
    pno = s.track("piano", 0, PIANO, volume=96, pan=56, reverb=75)
    stg = s.track("strings", 1, SLOW_STRINGS, volume=88, pan=70, reverb=85)
    vln = s.track("violins", 2, STRINGS, volume=92, pan=80, reverb=85)
    vc = s.track("cello", 3, CELLO, volume=90, pan=44, reverb=80)
    hrp = s.track("harp", 4, HARP, volume=70, pan=90, reverb=90)
    # bars 1-2: piano alone
    arpeggio(s, pno, chords("D | A7sus4:2 A7:2"), 0, 54, 50, 69, step=0.5, shape=(0, 2, 1, 3, 2, 4, 3, 1), dur=1.5)
    # bars 3-10: A on the piano, strings pad enters softly
    at = 8
    s.melody(pno, mel(LOVE_A), at, 76)
    arpeggio(s, pno, chords(LOVE_A_CH), at, 46, 45, 62, step=1.0, shape=(0, 2, 1, 2), dur=2)
    pad(s, stg, chords(LOVE_A_CH), at, 40, centre=60, n=3)
    s.swell(stg, at, 8, 50, 88)
    # bars 11-18: B, the cello answers under the piano
    at = 40
    s.melody(pno, mel(LOVE_B), at, 80)
    pad(s, stg, chords(LOVE_B_CH), at, 34, centre=55, n=3)
    s.melody(vc, mel("D3:4 | D3:2 F#3:2 | B2:4 | C#3:2 E3:2 | F#3:4 | D3:2 B2:2 | "
                     "G2:2 B2:2 | A2:2 D3:2"), at, 46)
    arpeggio(s, hrp, chords(LOVE_B_CH), at, 28, 62, 86, step=1.0, shape=(2, 1, 0, 1), dur=2, skip=0.3)
    # bars 19-26: the violins take A, the piano breaks into gentle broken chords
    at = 72
    s.melody(vln, mel(LOVE_A), at, 74, legato=1.0)
    s.swell(vln, at, 4, 70, 100)
    arpeggio(s, pno, chords(LOVE_A_CH), at, 38, 50, 74, step=0.5, shape=(0, 2, 1, 3, 2, 1), dur=1)
    bassline(s, vc, chords(LOVE_A_CH), at, 44, low=38)
    pad(s, stg, chords(LOVE_A_CH), at, 38, centre=57, n=3)
    # bars 27-30: coda on the B ending, settling back to the dominant
    at = 104
    s.melody(vln, mel("A4:1 G5:2 F#5:.5 E5:.5 | F#5:3 D5:1 | E5:4 | r:4"), at, 62)
    s.swell(vln, at + 8, 8, 100, 60)
    pad(s, stg, chords("D | Bm7 | Gmaj7 | A7sus4:2 A7:2"), at, 44, centre=60, n=4)
    s.melody(pno, mel("D3:4 | B2:4 | G2:4 | A2:4"), at, 44)
    arpeggio(s, hrp, chords("Gmaj7 | A7sus4:2 A7:2"), at + 8, 32, 62, 86, step=1.0, shape=(0, 1, 2, 3), dur=2)
    return s


def love_whole():
    """Whole: the theme in D with the full strings and horns, then lifted into E major,
    then back through the dominant. 74 bpm."""
    s = Song("love_whole", 74, 38 * 4, seed=13)
    vln = s.track("violins", 0, STRINGS, volume=96, pan=78, reverb=85)
    stg = s.track("strings", 1, SLOW_STRINGS, volume=86, pan=54, reverb=85)
    hrn = s.track("horns", 2, HORN, volume=80, pan=44, reverb=90)
    pno = s.track("piano", 3, PIANO, volume=82, pan=64, reverb=75)
    hrp = s.track("harp", 4, HARP, volume=74, pan=92, reverb=90)
    vc = s.track("celli", 5, CELLO, volume=90, pan=36, reverb=80)
    cb = s.track("basses", 6, CONTRABASS, volume=82, pan=40, reverb=80)
    fl = s.track("flute", 7, FLUTE, volume=70, pan=88, reverb=90)
    tim = s.track("timpani", 8, TIMPANI, volume=66, pan=64, reverb=80)
    # bars 1-2: harp and piano, then the strings breathe in
    arpeggio(s, hrp, chords("D | A7sus4:2 A7:2"), 0, 44, 50, 86, step=0.5, shape=(0, 1, 2, 3, 4, 3, 2, 1), dur=1.5)
    pad(s, stg, chords("D | A7sus4:2 A7:2"), 0, 44, centre=60)
    s.swell(stg, 0, 8, 50, 110)
    for key, at in ((0, 8), (2, 80)):
        A, B = mel(LOVE_A, key), mel(LOVE_B, key)
        ca, cbb = chords(LOVE_A_CH, transpose=key), chords(LOVE_B_CH, transpose=key)
        loud = 80 if key == 0 else 90  # the melody stands over everything
        s.melody(vln, A, at, loud, legato=1.0)
        s.melody(vln, B, at + 32, loud + 4, legato=1.0)
        if key:  # the lift: violins doubled an octave up by the flute
            s.melody(fl, [(b, d, p + 12 if p else p) for b, d, p in B], at + 32, 56)
        pad(s, stg, ca + [(b + 32, d, c) for b, d, c in cbb], at, 46 if key == 0 else 52, centre=54)
        bassline(s, cb, ca + [(b + 32, d, c) for b, d, c in cbb], at, 58, low=28)
        arpeggio(s, hrp, ca + [(b + 32, d, c) for b, d, c in cbb], at, 34, 50 + key, 86,
                 step=0.5, shape=(0, 1, 2, 3, 4, 3, 2, 1), dur=1.2, skip=0.15)
        # the horns: a counter-line of long notes (the theme's tones a sixth below)
        horn = ("A3:4 | F#3:2 G3:2 | G3:4 | E3:4 | F#3:4 | D3:4 | E3:2 G3:2 | F#3:4 | "
                "E3:4 | D3:4 | D3:2 B2:2 | C#3:4 | D3:4 | D3:2 F#3:2 | D3:4 | C#3:2 A2:2")
        s.melody(hrn, mel(horn, key), at, 48 if key == 0 else 56, legato=1.0)
        vcl = ("D3:4 | B2:2 D3:2 | E3:4 | A2:4 | B2:4 | G2:2 B2:2 | A2:2 C#3:2 | D3:4 | "
               "A2:4 | B2:2 F#2:2 | G2:4 | A2:4 | D3:2 F#3:2 | B2:4 | G2:2 B2:2 | A2:2 D3:2")
        s.melody(vc, mel(vcl, key), at, 50, legato=1.0)
        s.swell(vln, at, 8, 80, 112)
        s.swell(vln, at + 56, 8, 112, 96)
        for bar in (0, 8):  # soft timpani on the tonic at each phrase
            s.note(tim, at + bar * 4, 1, pitch("D2") + key, 44 if key == 0 else 54, legato=0.5)
    # bars 19-20: the pivot into E (B7sus4, B7)
    at = 72
    pad(s, stg, chords("G | B7sus4:2 B7:2"), at, 56, centre=62)
    s.melody(vln, mel("D5:2 E5:1 F#5:1 | A5:2 G#5:1 F#5:1"), at, 70)
    bassline(s, cb, chords("G | B7sus4:2 B7:2"), at, 56, low=28)
    arpeggio(s, hrp, chords("G | B7sus4:2 B7:2"), at, 44, 55, 83, step=0.5, shape=(0, 1, 2, 3, 4, 3, 2, 1), dur=1.2)
    s.note(tim, at + 4, 1, pitch("F#2"), 46, legato=0.5)
    # bars 37-38: back to D through its dominant, softly
    at = 144
    pad(s, stg, chords("C:2 D7sus4:2 | A7sus4:2 A7:2"), at, 50, centre=60)
    s.swell(stg, at, 8, 110, 60)
    s.melody(vln, mel("E5:2 D5:2 | C#5:4"), at, 60)
    bassline(s, cb, chords("C:2 D7sus4:2 | A7sus4:2 A7:2"), at, 50, low=28)
    s.melody(pno, mel("E4:1 G4:1 B4:1 A4:1 | G4:1 E4:1 C#4:2"), at, 44)
    return s


def rain_theme():
    """The title: rain on a piano in D minor, celesta drops, strings under the second
    half. 72 bpm."""
    s = Song("rain_theme", 72, 30 * 4, seed=21)
    pno = s.track("piano", 0, PIANO, volume=98, pan=60, reverb=80)
    cel = s.track("celesta", 1, CELESTA, volume=66, pan=84, reverb=95)
    stg = s.track("strings", 2, SLOW_STRINGS, volume=84, pan=52, reverb=85)
    vc = s.track("cello", 3, CELLO, volume=88, pan=40, reverb=80)
    hrp = s.track("harp", 4, HARP, volume=70, pan=80, reverb=90)

    def drops(at, beats, density):
        pool = [pitch(n) for n in ("D6", "F6", "G6", "A6", "C7", "D7", "A5", "E6")]
        t = 0.0
        while t < beats - 0.5:
            if s.rng.random() < density:
                s.note(cel, at + t, 1.0, s.rng.choice(pool), s.rng.randint(30, 48), legato=1.0)
            t += 0.5
    # bars 1-4: drops and a low open fifth, the strings barely there
    drops(0, 16, 0.35)
    for b, d, ch in chords("Dm | Bb | Gm7 | A7sus4:2 A7:2"):
        s.note(pno, b, d, bass_note(ch, 38), 58, legato=1.0)
        for p in close_voicing(ch, 56, 3):
            s.note(pno, b + 0.5, d - 0.5, p, 46, legato=1.0)
    pad(s, stg, chords("Dm | Bb | Gm7 | A7sus4:2 A7:2"), 0, 34, centre=57, n=3)
    s.swell(stg, 0, 16, 50, 75)
    # bars 5-12: A on the piano
    at = 16
    s.melody(pno, mel(RAIN_A), at, 78)
    arpeggio(s, pno, chords(RAIN_A_CH), at, 48, 38, 57, step=1.0, shape=(0, 2, 1, 2), dur=2)
    pad(s, stg, chords(RAIN_A_CH), at, 32, centre=55, n=3)
    s.cc(stg, at, 11, 70)
    drops(at, 32, 0.18)
    # bars 13-20: B, strings under, cello line
    at = 48
    s.melody(pno, mel(RAIN_B), at, 78)
    pad(s, stg, chords(RAIN_B_CH), at, 40, centre=60, n=4)
    s.swell(stg, at, 8, 70, 88)
    s.melody(vc, mel("Bb2:4 | G2:4 | A2:4 | D3:4 | Bb2:4 | G2:4 | A2:4 | D3:4"), at, 44, legato=1.0)
    drops(at, 32, 0.12)
    # bars 21-28: A again, the cello sings it, harp broken chords, piano sparse
    at = 80
    s.melody(vc, mel(RAIN_A, -12), at, 62, legato=1.0)
    s.swell(vc, at, 4, 70, 96)
    arpeggio(s, hrp, chords(RAIN_A_CH), at, 44, 50, 77, step=1.0, shape=(0, 1, 2, 3), dur=3)
    pad(s, stg, chords(RAIN_A_CH), at, 34, centre=62, n=3)
    drops(at, 32, 0.15)
    # bars 29-30: back to the opening
    at = 112
    for b, d, ch in chords("Bb | A7sus4:2 A7:2"):
        s.note(pno, at + b, d, bass_note(ch, 38), 56, legato=1.0)
        for p in close_voicing(ch, 57, 3):
            s.note(pno, at + b + 0.5, d - 0.5, p, 44, legato=1.0)
    s.swell(stg, at, 8, 80, 55)
    drops(at, 8, 0.3)
    return s


def sombre():
    """A cello alone over a dark string bed, the piano answering. D minor, 60 bpm."""
    s = Song("sombre", 60, 24 * 4, seed=31)
    vc = s.track("cello", 0, CELLO, volume=96, pan=48, reverb=85)
    stg = s.track("strings", 1, SLOW_STRINGS, volume=82, pan=70, reverb=90)
    cb = s.track("basses", 2, CONTRABASS, volume=80, pan=56, reverb=85)
    pno = s.track("piano", 3, PIANO, volume=86, pan=66, reverb=85)
    S1 = ("A3:1 G4:2 F4:1 | E4:2 D4:1 C4:1 | D4:3 Bb3:1 | A3:4 | Bb3:1 A4:2 G4:1 | "
          "F4:2 E4:1 D4:1 | E4:2 G4:2 | A4:4")
    C1 = "Dm | C | Bb | A | Gm | Dm | Em7b5 | A7"
    S2 = ("D5:2 C5:1 A4:1 | Bb4:3 G4:1 | A4:2 F4:1 D4:1 | E4:4 | F4:1.5 E4:.5 D4:1 A3:1 | "
          "Bb3:2 G3:2 | A3:2 C#4:2 | D4:4")
    C2 = "Bb | Gm | Dm | A | Dm | Gm | A7 | Dm"
    # 1-8: the cello's lament
    s.melody(vc, mel(S1), 0, 80, legato=1.0)
    pad(s, stg, chords(C1), 0, 38, centre=55, n=3)
    bassline(s, cb, chords(C1), 0, 46, low=28)
    for k in range(8):
        s.swell(vc, k * 4, 4, 90, 112, steps=6)
    # 9-16: the piano answers, the cello holds low
    s.melody(pno, mel(S2), 32, 56)
    s.melody(vc, mel("Bb2:4 | G2:4 | D3:4 | A2:4 | D3:4 | G2:4 | A2:4 | D3:4"), 32, 54, legato=1.0)
    pad(s, stg, chords(C2), 32, 40, centre=60, n=3)
    # 17-24: the lament again, an octave higher at its end, strings fuller
    s.melody(vc, mel(S1), 64, 74, legato=1.0)
    pad(s, stg, chords(C1), 64, 48, centre=58, n=4)
    bassline(s, cb, chords(C1), 64, 52, low=28)
    for b, d, ch in chords(C1):
        s.note(pno, 64 + b, 1, bass_note(ch, 38), 36, legato=1.0)
    s.swell(stg, 64, 16, 90, 118)
    s.swell(stg, 80, 16, 118, 80)
    return s


def tension():
    """Waiting for something to go wrong: a low pulse, high tremolo, a horn's call.
    C minor, 76 bpm, mostly long notes."""
    s = Song("tension", 76, 30 * 4, seed=41)
    cb = s.track("basses", 0, PIZZ, volume=92, pan=54, reverb=70)
    vc = s.track("celli", 1, CELLO, volume=84, pan=44, reverb=80)
    trm = s.track("tremolo", 2, TREMOLO, volume=70, pan=84, reverb=90)
    hrn = s.track("horn", 3, HORN, volume=72, pan=36, reverb=95)
    tim = s.track("timpani", 4, TIMPANI, volume=72, pan=64, reverb=80)
    pno = s.track("piano", 5, PIANO, volume=80, pan=70, reverb=90)
    plan = [("C", 8, "Cm"), ("Ab", 8, "Abmaj7"), ("F", 8, "Fm"), ("G", 6, "G7sus4")]
    bar = 0
    for root, n, sym in plan:
        low = pitch(root + "1") if root in ("Ab", "G") else pitch(root + "2")
        for k in range(n):
            at = (bar + k) * 4
            # a heartbeat: two soft plucks, then silence
            s.note(cb, at, 0.5, low, 58)
            s.note(cb, at + 0.75, 0.5, low, 44)
            if k % 2 == 1:
                s.note(cb, at + 2.5, 0.5, low + 12, 36)
        # celli: one long note per section, swelling
        s.note(vc, bar * 4, n * 4, low + 12, 50, legato=1.0)
        s.swell(vc, bar * 4, n * 4, 60, 110)
        # high tremolo: a held second that rubs
        ch = chord(sym)
        hi = close_voicing(ch, 79, 2)
        s.note(trm, bar * 4 + 2, n * 4 - 2, hi[0], 40, legato=1.0)
        s.note(trm, bar * 4 + 2, n * 4 - 2, hi[0] + 1 if sym == "G7sus4" else hi[-1], 34, legato=1.0)
        s.swell(trm, bar * 4 + 2, n * 4 - 2, 50, 100)
        s.note(tim, bar * 4, 2, low + 12 if low < 36 else low, 50, legato=0.5)
        bar += n
    # the horn: the love theme's leap, in the minor and unresolved, twice
    s.melody(hrn, mel("C3:2 Bb3:4 Ab3:2 | G3:8"), 16, 50, legato=1.0)
    s.melody(hrn, mel("F3:2 Eb4:4 Db4:2 | C4:8"), 72, 54, legato=1.0)
    # the piano: single low notes, far apart
    for at, n in ((34, "Eb3"), (50, "D3"), (66, "Gb3"), (98, "B2"), (110, "Ab2")):
        s.note(pno, at, 4, pitch(n), 40, legato=1.0)
    return s


def action():
    """The Seranno escape: driving strings, low brass, drums. D minor, 138 bpm. Loud
    enough to run to, held down so the text still reads."""
    s = Song("action", 138, 62 * 4, seed=51)
    ost = s.track("spiccato", 0, STRINGS, volume=84, pan=70, reverb=60)
    low = s.track("low strings", 1, CELLO, volume=88, pan=44, reverb=60)
    brs = s.track("brass", 2, BRASS, volume=74, pan=52, reverb=75)
    hrn = s.track("horns", 3, HORN, volume=84, pan=36, reverb=80)
    tim = s.track("timpani", 4, TIMPANI, volume=80, pan=64, reverb=70)
    drm = s.track("drums", 9, 0, volume=78, pan=64, reverb=60)
    vln = s.track("violins", 5, STRINGS, volume=86, pan=84, reverb=80)
    progs = {
        "A": "Dm | Dm | Bb | C | Dm | Dm | Gm | A",
        "B": "Dm | F | Bb | C | Gm | Bb | A | A",
        "C": "Bb | C | Dm | Dm | Gm | C | A7 | A7",
    }
    form = ["A", "A", "B", "C", "D", "A", "B", "O"]
    at = 0
    for sec in form:
        nbars = 6 if sec == "O" else 8
        text = progs.get(sec, "Dm | Bb | Gm | A | Dm | Bb | Gm | A")
        if sec == "O":
            text = "Dm | Bb | Gm | A | Bb | A"
        pr = chords(text)
        quiet = sec == "D"
        for b, d, ch in pr:
            tones = voicing(ch, 50, 65)
            root = bass_note(ch, 38)
            fig = [root + 12, root + 12, tones[1], root + 12, tones[2], root + 12, tones[1], tones[0]]
            for k in range(int(d * 2)):
                if quiet and k % 2:
                    continue
                v = 60 + (10 if k % 4 == 0 else 0) - (6 if quiet else 0)
                s.note(ost, at + b + k * 0.5, 0.3, fig[k % 8], v, legato=1.0)
            s.note(low, at + b, 1.5, root, 64 if not quiet else 50)
            s.note(low, at + b + 1.5, 1, root, 52 if not quiet else 40)
            s.note(low, at + b + 3, 0.5, root + 7 if not quiet else root, 48)
        # drums: low tom and bass drum on a pattern, a soft snare ghost; no cymbals
        for bar in range(nbars):
            t = at + bar * 4
            if quiet:
                s.note(drm, t, 0.5, 41, 50)
                continue
            if sec == "O" and bar >= 4:
                continue
            for off, n, v in ((0, 36, 62), (1.5, 41, 50), (2, 36, 52), (3, 45, 44), (3.5, 43, 48)):
                s.note(drm, t + off, 0.4, n, v)
            if sec in ("B", "C"):
                s.note(drm, t + 1, 0.3, 38, 40)
                s.note(drm, t + 3, 0.3, 38, 46)
            if bar % 2 == 0:
                s.note(tim, t, 1, pitch("D2"), 60)
        if sec == "B":  # the brass motif: the leap, defiant
            s.melody(hrn, mel("D3:1 C4:3 | Bb3:2 A3:2 | D3:1 D4:3 | C4:4 | "
                              "G3:1 F4:3 | E4:2 D4:2 | C#4:4 | A3:4"), at, 62, legato=1.0)
            s.melody(brs, mel("r:2 D3:1 D3:1 | r:4 | r:2 F3:1 F3:1 | r:4 | r:2 G3:1 G3:1 | r:4 | r:2 A3:1 A3:1 | A2:4"), at, 50)
        if sec == "C":  # violins take a long line above
            s.melody(vln, mel("D5:4 | E5:4 | F5:3 E5:1 | D5:4 | Bb4:4 | C5:4 | C#5:4 | E5:4"), at, 68, legato=1.0)
            s.melody(hrn, mel("Bb2:4 | C3:4 | D3:8 | G2:4 | C3:4 | A2:8"), at, 54, legato=1.0)
        if sec == "D":
            s.melody(vln, mel("A4:8 | Bb4:8 | G4:8 | A4:8"), at, 50, legato=1.0)
        at += nbars * 4
    return s


def canteen():
    """Warmth: a clarinet tune over nylon guitar and a walking bass, the flute joining,
    an accordion in the middle. G major, 92 bpm."""
    s = Song("canteen", 92, 36 * 4, seed=61)
    gtr = s.track("guitar", 0, NYLON, volume=92, pan=44, reverb=55)
    cla = s.track("clarinet", 1, CLARINET, volume=90, pan=66, reverb=60)
    fl = s.track("flute", 2, FLUTE, volume=74, pan=84, reverb=65)
    bas = s.track("bass", 3, AC_BASS, volume=96, pan=58, reverb=45)
    acc = s.track("accordion", 4, ACCORDION, volume=58, pan=78, reverb=60)
    drm = s.track("brushes", 9, 0, volume=60, pan=60, reverb=50)
    A = ("G4:.5 A4:.5 B4:1 D5:1 B4:1 | C5:1 E5:1.5 D5:.5 C5:1 | B4:1 G4:1 A4:.5 B4:.5 D5:1 | "
         "C5:1.5 B4:.5 A4:2 | E5:1 G5:1 F#5:.5 E5:.5 D5:1 | C5:1 E5:1 D5:.5 C5:.5 B4:1 | "
         "A4:1 C5:1 B4:.5 A4:.5 F#4:1 | G4:3 r:1")
    AC = "G | C | G | D7 | Em | C | Am7:2 D7:2 | G"
    B = ("E5:1.5 D5:.5 C5:1 E5:1 | F#5:1.5 E5:.5 D5:2 | D5:1 B4:1 F#4:1 B4:1 | G4:3 r:1 | "
         "A4:1 C5:1 E5:1 A5:1 | F#5:1.5 E5:.5 D5:1 C5:1 | B4:1 D5:1 G5:1 D5:1 | C5:2 A4:1 F#4:1")
    BC = "C | D | Bm | Em | Am | D7 | G | D7"

    def comp(prog, at, vel):
        for b, d, ch in prog:
            tones = voicing(ch, 52, 67)
            root = bass_note(ch, 40)
            for k in range(int(d)):
                if k % 2 == 0:
                    s.note(gtr, at + b + k, 1, root if k == 0 else root + 7, vel + 4)
                else:
                    for p in tones[:3]:
                        s.note(gtr, at + b + k, 0.9, p, vel - 6)
                    s.note(gtr, at + b + k + 0.5, 0.5, tones[3 % len(tones)], vel - 10)

    def walk(prog, at, vel):
        for b, d, ch in prog:
            r = bass_note(ch, 36)
            five = r + 7 if r + 7 <= 52 else r - 5
            for k, p in enumerate((r, five, r + 12 if r < 41 else r, five)[: int(d)]):
                s.note(bas, at + b + k, 0.9, p, vel + (6 if k == 0 else 0))

    def brush(at, bars, vel):
        for bar in range(bars):
            for k in range(4):
                s.note(drm, at + bar * 4 + k, 0.3, 42 if k % 2 == 0 else 44, vel - 8)
                if k % 2 == 1:
                    s.note(drm, at + bar * 4 + k, 0.3, 37, vel - 4)

    comp(chords("G | D7"), 0, 52)
    walk(chords("G | D7"), 0, 56)
    sections = [(8, A, AC, cla, None), (40, A, AC, cla, fl), (72, B, BC, fl, acc), (104, A, AC, cla, None)]
    for at, tune, prog, lead, extra in sections:
        pr = chords(prog)
        comp(pr, at, 50)
        walk(pr, at, 56)
        brush(at, 8, 40)
        s.melody(lead, mel(tune), at, 66)
        if extra is fl:  # the flute a third above, from the fifth bar
            s.melody(fl, [(b, d, p + 4 if p else p) for b, d, p in mel(tune) if b >= 16 and b < 28], at, 52)
        if extra is acc:
            pad(s, acc, pr, at, 40, centre=62, n=3)
            s.melody(cla, mel("G4:4 | A4:4 | F#4:4 | G4:4 | E4:4 | F#4:4 | D4:4 | F#4:4"), at, 46, legato=1.0)
    # tag: two bars that lead back to the top
    at = 136
    comp(chords("C | D7"), at, 48)
    walk(chords("C | D7"), at, 52)
    brush(at, 2, 36)
    s.melody(cla, mel("E5:1 D5:1 C5:1 B4:1 | A4:2 F#4:1 D4:1"), at, 56)
    return s


CUES = {f.__name__: f for f in (rain_theme, sombre, tension, action, canteen,
                                  love_lake, love_confession, love_whole)}


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    out = argv[0]
    os.makedirs(out, exist_ok=True)
    for name in argv[1:] or list(CUES):
        song = CUES[name]()
        song.write(os.path.join(out, name + ".mid"))
        with open(os.path.join(out, name + ".len"), "w") as f:
            f.write("%.6f\n" % song.seconds())
        print("score: %s %.1f s (%d beats at %g bpm)" % (name, song.seconds(), song.beats, song.bpm))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
