#!/usr/bin/env python3
"""Writes the generated parts of the places (standard library only, seeded).

The places are hand-written SVGs; the parts that repeat (crowds of flat silhouettes,
puddle reflections, rows of fighters, droids) are drawn here and written between
marker comments inside those SVGs:

    <!-- gen:NAME -->  ...generated...  <!-- /gen:NAME -->

so running this again gives the same files. Whole places drawn here (the variants
medbay_bed and cell_night, the fortress at seranno) are written in full.
Style (../../../../shared/story/LOOK_AND_SOUND.md, "Look"): lineless flat shapes in
three or four tones, soft gradients, one dominant light per place, the lower third calm.
"""
import math
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent


def f(v):
    """A number as short SVG text."""
    r = round(v, 1)
    return str(int(r)) if r == int(r) else str(r)


def patch(name, blocks):
    """Replace each <!-- gen:KEY --> ... <!-- /gen:KEY --> block in NAME.svg."""
    path = HERE / f"{name}.svg"
    text = path.read_text()
    for key, body in blocks.items():
        pat = re.compile(r"(<!-- gen:%s -->\n).*?(\s*<!-- /gen:%s -->)" % (key, key), re.S)
        if not pat.search(text):
            raise SystemExit(f"{name}.svg: no gen:{key} block")
        text = pat.sub(lambda m: m.group(1) + body.rstrip("\n") + m.group(2), text)
    path.write_text(text)


def write(name, text):
    (HERE / f"{name}.svg").write_text(text)


def smooth_closed(pts):
    """A closed Catmull-Rom curve through pts as an SVG path."""
    n = len(pts)
    d = [f"M{f(pts[0][0])} {f(pts[0][1])}"]
    for i in range(n):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[(i + 1) % n], pts[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append(f"C{f(c1[0])} {f(c1[1])} {f(c2[0])} {f(c2[1])} {f(p2[0])} {f(p2[1])}")
    return " ".join(d) + "Z"


def blob(rng, cx, cy, rx, ry, n=9, wob=0.18):
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n + rng.uniform(-0.15, 0.15)
        k = 1 + rng.uniform(-wob, wob)
        pts.append((cx + rx * k * math.cos(a), cy + ry * k * math.sin(a)))
    return smooth_closed(pts)


# ---------------------------------------------------------------- clearing_rain

def fir_down(x, y, h, w):
    """An upside-down fir silhouette hanging from (x, y): a tree's reflection."""
    d = []
    tiers = 4
    for t in range(tiers):
        top = y + h * t / tiers * 0.8
        bot = y + h * (t + 1.4) / tiers * 0.8
        ww = w * (1 - t / tiers * 0.75)
        d.append(f"M{f(x - ww)} {f(top)}L{f(x + ww)} {f(top)}L{f(x)} {f(min(bot, y + h))}Z")
    return "".join(d)


def clearing_rain():
    rng = random.Random(20_01)
    pool = """  <!-- the saber's light pooling on the wet mud: a wide pale pool, a brighter core
       and blue sheen on the ridges that face it -->
  <defs>
    <radialGradient id="poolA" cx="960" cy="690" r="700" gradientUnits="userSpaceOnUse"
                    gradientTransform="translate(960 690) scale(1 0.2) translate(-960 -690)">
      <stop offset="0" stop-color="#7cc8ff" stop-opacity="0.42"/>
      <stop offset="0.35" stop-color="#3f8fd0" stop-opacity="0.2"/>
      <stop offset="1" stop-color="#3f8fd0" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="poolB" cx="960" cy="684" r="230" gradientUnits="userSpaceOnUse"
                    gradientTransform="translate(960 684) scale(1 0.16) translate(-960 -684)">
      <stop offset="0" stop-color="#d8f0ff" stop-opacity="0.5"/>
      <stop offset="0.5" stop-color="#8fd0ff" stop-opacity="0.22"/>
      <stop offset="1" stop-color="#8fd0ff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect y="560" width="1920" height="360" fill="url(#poolA)"/>
  <rect y="600" width="1920" height="200" fill="url(#poolB)"/>
  <g fill="none" stroke="#7fc4f0" stroke-linecap="round">
    <path d="M560 652 C 680 640, 800 644, 900 652" stroke-width="2.5" opacity="0.35"/>
    <path d="M1030 650 C 1140 640, 1260 640, 1370 650" stroke-width="2.5" opacity="0.35"/>
    <path d="M380 716 C 560 700, 720 708, 850 738" stroke-width="2" opacity="0.22"/>
    <path d="M1080 736 C 1240 708, 1420 698, 1600 712" stroke-width="2" opacity="0.2"/>
  </g>
"""
    # puddles: (cx, cy, rx, ry, strength of the glow in them)
    specs = [
        (800, 702, 170, 26, 1.0),
        (1150, 672, 140, 18, 0.9),
        (515, 778, 150, 24, 0.55),
        (1480, 788, 170, 26, 0.5),
        (955, 642, 80, 9, 1.0),
        (300, 684, 90, 12, 0.35),
        (1660, 686, 80, 11, 0.3),
    ]
    out = ["  <!-- puddles: irregular, each a mirror of the misty sky and the firs above it,",
           "       with the saber's light stretched toward the viewer and rain rings -->",
           "  <defs>",
           '    <linearGradient id="pudSky" x1="0" y1="0" x2="0" y2="1">',
           '      <stop offset="0" stop-color="#3c6672"/>',
           '      <stop offset="0.45" stop-color="#1f3b42"/>',
           '      <stop offset="1" stop-color="#0b171b"/>',
           "    </linearGradient>",
           '    <linearGradient id="pudBeam" x1="0" y1="0" x2="0" y2="1">',
           '      <stop offset="0" stop-color="#e6f6ff" stop-opacity="0.95"/>',
           '      <stop offset="0.5" stop-color="#8fd0ff" stop-opacity="0.55"/>',
           '      <stop offset="1" stop-color="#5fb4ff" stop-opacity="0"/>',
           "    </linearGradient>",
           '    <filter id="pudBlur" x="-50%" y="-20%" width="200%" height="140%"><feGaussianBlur stdDeviation="7 3"/></filter>']
    bodies = []
    for i, (cx, cy, rx, ry, g) in enumerate(specs):
        shape = blob(rng, cx, cy, rx, ry, n=10, wob=0.2)
        out.append(f'    <clipPath id="pud{i}"><path d="{shape}"/></clipPath>')
        top = cy - ry * 1.25
        h = ry * 2.5
        bank = blob(random.Random(i), cx, cy + ry * 0.1, rx * 1.03, ry * 1.12, n=10, wob=0.08)
        b = [f'  <path d="{bank}" fill="#050b0a" opacity="0.55"/>',
             f'  <g clip-path="url(#pud{i})">',
             f'    <rect x="{f(cx - rx * 1.4)}" y="{f(top)}" width="{f(rx * 2.8)}" height="{f(h)}" fill="url(#pudSky)"/>']
        # reflected firs along the far edge: a dark band, spires hanging toward the viewer
        trees = [f"M{f(cx - rx * 1.4)} {f(top - 2)}H{f(cx + rx * 1.4)}V{f(top + h * 0.2)}H{f(cx - rx * 1.4)}Z"]
        x = cx - rx * 1.3
        while x < cx + rx * 1.3:
            th = h * rng.uniform(0.35, 0.75)
            trees.append(fir_down(x, top + h * 0.1, th, max(5.0, th * 0.3)))
            x += max(6.0, th * rng.uniform(0.3, 0.55))
        b.append(f'    <path fill="#08110f" d="{"".join(trees)}"/>')
        # the saber's light: a soft vertical column broken by ripples, brightest at its root
        bx = cx + (960 - cx) * 0.55
        bx = max(cx - rx * 0.6, min(cx + rx * 0.6, bx))
        bw = rx * 0.16 + 8
        b.append(f'    <rect x="{f(bx - bw)}" y="{f(top)}" width="{f(bw * 2)}" height="{f(h)}" rx="{f(bw)}" '
                 f'fill="url(#pudBeam)" filter="url(#pudBlur)" opacity="{f(0.6 * g)}"/>')
        yy = top + h * 0.12
        k = 0
        while yy < top + h:
            w = bw * (0.9 - 0.5 * (yy - top) / h) * rng.uniform(0.5, 1.1)
            off = rng.uniform(-0.25, 0.25) * bw
            b.append(f'    <rect x="{f(bx + off - w)}" y="{f(yy)}" width="{f(2 * w)}" height="{f(max(1.2, h * 0.025))}" '
                     f'rx="1" fill="#eaf8ff" opacity="{f(g * (0.85 - 0.6 * (yy - top) / h))}"/>')
            yy += h * rng.uniform(0.1, 0.16)
            k += 1
        # rain rings, flattened by the angle of view
        for _ in range(3 if rx > 100 else 1):
            rcx = cx + rng.uniform(-0.6, 0.6) * rx
            rcy = cy + rng.uniform(0, 0.45) * ry
            for k, rr in enumerate((rng.uniform(8, 13), rng.uniform(18, 26))):
                b.append(f'    <ellipse cx="{f(rcx)}" cy="{f(rcy)}" rx="{f(rr)}" ry="{f(rr * 0.22)}" '
                         f'fill="none" stroke="#a8dcff" stroke-width="1.3" opacity="{f(0.35 - k * 0.12)}"/>')
        b.append("  </g>")
        # the lip of mud on the far side catches the light
        b.append(f'  <path d="M{f(cx - rx * 0.7)} {f(cy - ry * 0.95)} Q{f(cx)} {f(cy - ry * 1.2)} {f(cx + rx * 0.7)} {f(cy - ry * 0.95)}" '
                 f'fill="none" stroke="#9ad2ff" stroke-width="1.6" stroke-linecap="round" opacity="{f(0.15 + 0.25 * g)}"/>')
        bodies.append("\n".join(b))
    out.append("  </defs>")
    out.extend(bodies)
    patch("clearing_rain", {"pool": pool, "puddles": "\n".join(out) + "\n"})


if __name__ == "__main__":
    clearing_rain()
