#!/usr/bin/env python3
"""Writes the cast busts for After the Rain as SVG (standard library only).

Each character has one base (body, hair, head shape, palette) and per-expression face
parts (brows, eyelids and gaze, mouth, head tilt), so an expression swap changes the
feeling, not the person. Run from anywhere: the SVGs land beside this script in
rey/, kylo/, finn/, poe/, leia/, luke/, trooper/ and droid/. Rey and Kylo also have
dry variants (Rey's clean tunic; Kylo wounded, in a medbay gown and in plain clothes);
only the first four of each are soaked. The wider cast share one face template (Rey's
face frame) reshaped per person. Busts are 900x1400, transparent, facing slightly toward the viewer's
right (the game mirrors them for the right side). Style: lineless flat shapes in
shadow / base / light tones with a thin cool rim light from the saber glow.

Original work for After the Rain, CC BY 4.0.
"""
import math
import os

W, H = 900, 1400
HERE = os.path.dirname(os.path.abspath(__file__))


def n(v):
    return f"{v:.1f}".rstrip("0").rstrip(".")


def P(*pts):
    """'x y' pairs joined."""
    return " ".join(f"{n(x)} {n(y)}" for x, y in pts)


def shape(d, fill, op=None, extra=""):
    o = f' opacity="{op}"' if op is not None else ""
    return f'<path d="{d}" fill="{fill}"{o}{extra}/>'


# --------------------------------------------------------------------------- face kit
def brow(inner, outer, arch, thick, fill):
    """Tapered brow: thick at the inner end, thin at the outer tip."""
    (xi, yi), (xo, yo) = inner, outer
    mx, my = (xi + xo) / 2, (yi + yo) / 2 - arch
    d = (f"M{P((xi, yi + thick * 0.5))} Q{P((mx, my + thick * 0.35))} {P((xo, yo))} "
         f"Q{P((mx, my - thick * 0.55))} {P((xi, yi - thick * 0.5))} Z")
    return shape(d, fill)


def eye(uid, c, w, top, bot, gaze, inward, slant, pal, lash=5.0, wet=False, lower_lift=0.0):
    """Almond eye. inward=+1 when the inner corner is to the right.
    slant>0 presses the inner half of the upper lid down (anger), <0 lifts it (sorrow).
    lower_lift raises the lower lid (smiling / squinting)."""
    cx, cy = c
    ox, ix = cx - inward * w / 2, cx + inward * w / 2
    oy, iy = cy - 2, cy + 1
    u1 = (cx - inward * w * 0.22, cy - top * 1.35 - slant * 0.4)
    u2 = (cx + inward * w * 0.2, cy - top * 1.3 + slant)
    l1 = (cx + inward * w * 0.2, cy + bot * 1.3 - lower_lift)
    l2 = (cx - inward * w * 0.22, cy + bot * 1.3 - lower_lift)
    opening = f"M{P((ox, oy))} C{P(u1, u2, (ix, iy))} C{P(l1, l2, (ox, oy))} Z"
    r = w * 0.27
    gx, gy = cx + gaze[0], cy + gaze[1] + 1
    out = [f'<clipPath id="{uid}"><path d="{opening}"/></clipPath>']
    # socket shadow and crease above the lid
    crease = (f"M{P((ox - inward * 2, oy - 2))} C{P((u1[0], u1[1] - top * 0.9), (u2[0], u2[1] - top * 0.8), (ix + inward * 4, iy - 6))} "
              f"C{P((u2[0], u2[1] - 2), (u1[0], u1[1] - 2), (ox - inward * 2, oy - 2))} Z")
    out.append(shape(crease, pal["skin_shadow"], 0.75))
    out.append(shape(opening, pal["sclera"]))
    out.append(f'<g clip-path="url(#{uid})">')
    out.append(f'<circle cx="{n(gx)}" cy="{n(gy)}" r="{n(r)}" fill="{pal["iris"]}"/>')
    out.append(f'<circle cx="{n(gx + 1)}" cy="{n(gy + r * 0.25)}" r="{n(r * 0.62)}" fill="{pal["iris_light"]}" opacity="0.55"/>')
    out.append(f'<circle cx="{n(gx)}" cy="{n(gy)}" r="{n(r * 0.45)}" fill="{pal["pupil"]}"/>')
    # shadow the upper lid casts on the eyeball
    out.append(shape(f"M{P((ox, oy - 30))} L{P((ix, iy - 30))} L{P((ix, iy))} C{P(u2, u1, (ox, oy))} Z",
                     pal["lid_cast"], 0.0))
    out.append(shape(f"M{P((ox - inward * 4, oy))} C{P((u1[0], u1[1] + 7), (u2[0], u2[1] + 7), (ix + inward * 4, iy))} "
                     f"L{P((ix + inward * 4, iy - 40))} L{P((ox - inward * 4, oy - 40))} Z", pal["lid_cast"], 0.45))
    out.append(f'<circle cx="{n(gx + r * 0.35)}" cy="{n(gy - r * 0.35)}" r="{n(r * 0.24)}" fill="#ffffff" opacity="0.95"/>')
    out.append(f'<circle cx="{n(gx - r * 0.35)}" cy="{n(gy + r * 0.4)}" r="{n(r * 0.11)}" fill="#ffffff" opacity="0.7"/>')
    out.append("</g>")
    # lash line: thicker toward the outer corner, with a small flick
    t = lash
    lash_d = (f"M{P((ox - inward * t * 0.9, oy - t * 0.2))} C{P((u1[0], u1[1] - t), (u2[0], u2[1] - t * 0.5), (ix + inward * 1, iy - 1))} "
              f"C{P((u2[0], u2[1] + 1.5), (u1[0], u1[1] + 1.5), (ox, oy + 1))} Z")
    out.append(shape(lash_d, pal["lash"]))
    # lower lid: faint line, wet glint when crying
    low = (f"M{P((ox + inward * 3, oy + 1))} C{P((l2[0], l2[1] + 1), (l1[0], l1[1] + 1), (ix - inward * 2, iy + 1))} "
           f"C{P((l1[0], l1[1] + 4), (l2[0], l2[1] + 4), (ox + inward * 3, oy + 1))} Z")
    out.append(shape(low, pal["skin_shadow"], 0.8))
    if wet:
        glint = (f"M{P((ox + inward * 8, oy + 2))} C{P((l2[0], l2[1] - 1), (l1[0], l1[1] - 1), (ix - inward * 6, iy))} "
                 f"C{P((l1[0], l1[1] + 3), (l2[0], l2[1] + 3), (ox + inward * 8, oy + 2))} Z")
        out.append(shape(glint, "#dff3ff", 0.85))
    return "".join(out)


def tear(x, y, length, fill="#dff3ff"):
    d = f"M{P((x, y))} C{P((x - 4, y + length * 0.4), (x - 5, y + length * 0.8), (x, y + length))} C{P((x + 5, y + length * 0.8), (x + 4, y + length * 0.4), (x, y))} Z"
    return shape(d, fill, 0.7)


def mouth(uid, kind, c, w, pal, curve=0.0, open_h=0.0, skew=0.0, teeth=True):
    """kind: 'closed' (lips together; curve>0 smiles, <0 frowns; skew lifts the right
    corner), 'open' (open_h tall, teeth shown when asked)."""
    mx, my = c
    L = (mx - w / 2, my - curve + skew * 0.0)
    R = (mx + w / 2, my - curve - skew)
    out = []
    if kind == "closed":
        # the parting line (dark), upper lip shadow, lower lip light
        line = (f"M{P(L)} Q{P((mx - w * 0.1, my + curve * 0.6 + 2))} {P((mx + w * 0.1, my + 1))} "
                f"Q{P((mx + w * 0.3, my + curve * 0.3 - skew * 0.6))} {P(R)} "
                f"Q{P((mx + w * 0.25, my + curve * 0.3 - skew * 0.5 + 6))} {P((mx, my + 6))} "
                f"Q{P((mx - w * 0.3, my + curve * 0.6 + 7))} {P(L)} Z")
        out.append(shape(line, pal["mouth_line"]))
        upper = (f"M{P((L[0] + 4, L[1] - 1))} Q{P((mx - w * 0.15, my - 9))} {P((mx, my - 6))} "
                 f"Q{P((mx + w * 0.18, my - 10 - skew * 0.5))} {P((R[0] - 4, R[1] - 1))} "
                 f"Q{P((mx, my + 1))} {P((L[0] + 4, L[1] - 1))} Z")
        out.append(shape(upper, pal["lip"], 0.75))
        lower = (f"M{P((mx - w * 0.28, my + 6))} Q{P((mx, my + 17))} {P((mx + w * 0.3, my + 5 - skew * 0.4))} "
                 f"Q{P((mx, my + 9))} {P((mx - w * 0.28, my + 6))} Z")
        out.append(shape(lower, pal["lip"], 0.9))
        out.append(shape(f"M{P((mx - w * 0.12, my + 10))} Q{P((mx, my + 14))} {P((mx + w * 0.14, my + 10))} Q{P((mx, my + 11))} {P((mx - w * 0.12, my + 10))} Z",
                         pal["skin_light"], 0.8))
        # shadow under the lower lip
        out.append(shape(f"M{P((mx - w * 0.25, my + 20))} Q{P((mx, my + 30))} {P((mx + w * 0.25, my + 20))} Q{P((mx, my + 24))} {P((mx - w * 0.25, my + 20))} Z",
                         pal["skin_shadow"], 0.55))
    else:
        h = open_h
        top_y = my - h * 0.35
        bot_y = my + h * 0.65
        hole = (f"M{P(L)} C{P((mx - w * 0.3, top_y - 2), (mx + w * 0.3, top_y - 2 - skew * 0.5), R)} "
                f"C{P((mx + w * 0.3, bot_y - curve * 0.5), (mx - w * 0.3, bot_y + curve * 0.0), L)} Z")
        out.append(f'<clipPath id="{uid}"><path d="{hole}"/></clipPath>')
        out.append(shape(hole, pal["mouth_in"]))
        out.append(f'<g clip-path="url(#{uid})">')
        if teeth:
            out.append(f'<rect x="{n(mx - w / 2)}" y="{n(top_y - 10)}" width="{n(w)}" height="{n(h * 0.3 + 10)}" fill="{pal["teeth"]}"/>')
            if h > 28:
                out.append(f'<rect x="{n(mx - w / 2)}" y="{n(bot_y - h * 0.18)}" width="{n(w)}" height="{n(h * 0.3)}" fill="{pal["teeth"]}" opacity="0.85"/>')
        out.append(f'<ellipse cx="{n(mx)}" cy="{n(bot_y + 2)}" rx="{n(w * 0.32)}" ry="{n(h * 0.28)}" fill="{pal["tongue"]}"/>')
        out.append("</g>")
        out.append(shape(f"M{P((L[0] + 2, L[1]))} C{P((mx - w * 0.3, top_y - 9), (mx + w * 0.3, top_y - 9 - skew * 0.5), (R[0] - 2, R[1]))} "
                         f"C{P((mx + w * 0.3, top_y - 2), (mx - w * 0.3, top_y - 2), (L[0] + 2, L[1]))} Z", pal["lip"], 0.8))
        out.append(shape(f"M{P((mx - w * 0.3, bot_y + 1))} Q{P((mx, bot_y + 14))} {P((mx + w * 0.3, bot_y))} Q{P((mx, bot_y + 4))} {P((mx - w * 0.3, bot_y + 1))} Z",
                         pal["lip"], 0.85))
        out.append(shape(f"M{P((mx - w * 0.22, bot_y + 18))} Q{P((mx, bot_y + 27))} {P((mx + w * 0.22, bot_y + 18))} Q{P((mx, bot_y + 21))} {P((mx - w * 0.22, bot_y + 18))} Z",
                         pal["skin_shadow"], 0.5))
    return "".join(out)


def drops(points, fill="#e8f6ff", op=0.8):
    out = []
    for x, y, r in points:
        out.append(f'<ellipse cx="{n(x)}" cy="{n(y)}" rx="{n(r * 0.7)}" ry="{n(r)}" fill="{fill}" opacity="{op}"/>')
    return "".join(out)


def strand(pts, width, fill, op=None):
    """A tapered lock of wet hair following pts (list of (x, y)), widest at the start."""
    left, right = [], []
    k = len(pts)
    for i, (x, y) in enumerate(pts):
        if i < k - 1:
            dx, dy = pts[i + 1][0] - x, pts[i + 1][1] - y
        else:
            dx, dy = x - pts[i - 1][0], y - pts[i - 1][1]
        ln = math.hypot(dx, dy) or 1
        nx, ny = -dy / ln, dx / ln
        wv = width * (1 - i / (k - 1)) ** 0.8 / 2 + 0.4
        left.append((x + nx * wv, y + ny * wv))
        right.append((x - nx * wv, y - ny * wv))
    poly = left + right[::-1]
    d = "M" + P(poly[0])
    for p in poly[1:]:
        d += " L" + P(p)
    return shape(d + " Z", fill, op)


def rimmed(d, rim, base, dx=5, dy=-2, rim_op=0.9):
    """Silhouette with a thin cool rim on its right edge (the saber side)."""
    dx, dy = dx * 0.7, dy * 0.5
    return (shape(d, rim, rim_op * 0.85, f' transform="translate({n(dx)} {n(dy)})"') + shape(d, base))


def document(title, body, head, tilt, pivot, shift, base, scale, extra_defs=""):
    px, py = pivot
    sx, sy = shift
    return f'''<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">
<!-- After the Rain: {title}. Generated by make_cast.py; original work, CC BY 4.0. -->
<defs>{extra_defs}</defs>
<g id="body">{body}</g>
<g id="head" transform="translate({n(sx + base[0])} {n(sy + base[1])}) rotate({n(tilt)} {n(px)} {n(py)}) translate({n(px)} {n(py)}) scale({scale}) translate({n(-px)} {n(-py)})">{head}</g>
</svg>
'''


# --------------------------------------------------------------------------- Rey
REY = dict(
    skin="#d8a886", skin_shadow="#a5705d", skin_light="#ecc4a5", rim="#bfe4ff",
    hair="#5b3a26", hair_shadow="#3a2519", hair_light="#84593b", hair_rim="#9cc9e6",
    cloth="#d9cfb8", cloth_shadow="#a99f8b", cloth_light="#eee6d3", cloth_wet="#b7ac96",
    under="#bcae93", under_shadow="#8f8470",
    wrap="#b9ad97", wrap_shadow="#8c826f", wrap_light="#d3c8b2",
    belt="#5a3d29", belt_light="#7a5639",
    sclera="#efe5da", iris="#6f6a33", iris_light="#a88f4a", pupil="#1c140e",
    lash="#2b1a12", lid_cast="#7b5646",
    lip="#b9786a", mouth_line="#5e3129", mouth_in="#3b1a1a", teeth="#f2e9e0", tongue="#a2545a",
    brow="#4a2f1f",
)

REY_PIVOT = (470, 640)


def rey_body(p, wet=True):
    out = []
    # far arm (behind the torso), wrapped
    far_arm = "M600 800 C 680 790, 730 850, 738 960 L 752 1400 L 612 1400 Z"
    out.append(rimmed(far_arm, p["rim"], p["wrap_shadow"], 5, 0))
    out.append(shape("M650 1000 L744 1010 L746 1040 L652 1032 Z M655 1090 L748 1102 L750 1132 L657 1122 Z "
                     "M658 1190 L751 1200 L752 1230 L660 1222 Z M660 1290 L753 1300 L754 1330 L662 1322 Z",
                     p["wrap"], 0.6))
    # neck
    neck = "M416 560 L538 560 L560 748 L402 748 Z"
    out.append(rimmed(neck, p["rim"], p["skin"], 4, 0))
    out.append(shape("M416 560 L538 560 L540 650 C 500 680, 450 670, 412 650 Z", p["skin_shadow"]))
    out.append(shape("M402 748 L424 660 C 436 706, 470 734, 560 748 Z", p["skin_shadow"], 0.45))
    # torso: wrap tunic
    torso = ("M470 720 C 390 724, 300 740, 250 790 C 205 835, 198 920, 205 1010 "
             "C 215 1120, 250 1230, 262 1400 L 660 1400 C 668 1230, 700 1110, 705 1000 "
             "C 712 900, 700 830, 660 790 C 610 742, 550 724, 470 720 Z")
    out.append(rimmed(torso, p["rim"], p["cloth"], 6, -2))
    # inner layer showing in the V of the wrap
    out.append(shape("M418 736 L560 736 L512 930 Z", p["under"]))
    out.append(shape("M418 736 L470 736 L505 900 L512 930 Z", p["under_shadow"], 0.6))
    # near-side shading: torso turns away from the light
    out.append(shape("M250 790 C 205 835, 198 920, 205 1010 C 215 1120, 250 1230, 262 1400 L 330 1400 "
                     "C 310 1250, 290 1120, 290 1000 C 292 900, 300 830, 330 780 Z", p["cloth_shadow"]))
    # the overlapping wrap panel: edge from near shoulder across to the far hip
    panel_edge = "M418 736 L 512 930 C 560 1040, 610 1150, 660 1270 L 672 1290 L 676 1240 C 630 1120, 575 1000, 530 900 L 440 736 Z"
    out.append(shape(panel_edge, p["cloth_shadow"], 0.85))
    out.append(shape("M560 736 L 516 930 C 520 960, 528 990, 536 1010 L 580 740 Z", p["cloth_light"], 0.9))
    # folds and light on the far chest
    out.append(shape("M600 780 C 650 800, 680 850, 688 920 C 660 880, 630 840, 590 815 Z", p["cloth_light"]))
    out.append(shape("M380 900 C 420 960, 470 1040, 520 1120 C 470 1060, 420 990, 372 930 Z", p["cloth_shadow"], 0.7))
    out.append(shape("M560 1080 C 590 1140, 610 1190, 620 1250 C 596 1200, 572 1150, 548 1100 Z", p["cloth_shadow"], 0.6))
    # wet patches (darker, soaked cloth): where the rain hits shoulders and chest
    if wet:
        out.append(shape("M600 760 C 640 770, 672 800, 684 840 C 680 880, 660 920, 640 960 C 636 910, 630 870, 600 830 C 590 800, 586 776, 600 760 Z", p["cloth_wet"], 0.5))
        out.append(shape("M330 760 C 370 752, 400 760, 410 780 C 400 820, 380 860, 372 900 C 360 860, 340 820, 320 800 C 314 782, 318 766, 330 760 Z", p["cloth_wet"], 0.45))
        out.append(shape("M540 1000 C 556 990, 576 1000, 580 1020 C 584 1060, 576 1110, 568 1150 C 558 1110, 546 1070, 538 1030 Z", p["cloth_wet"], 0.4))
    # belt and sash at the waist
    belt = "M258 1300 C 380 1322, 540 1318, 664 1292 L 662 1352 C 540 1378, 380 1380, 262 1360 Z"
    out.append(rimmed(belt, p["rim"], p["belt"], 5, 0))
    out.append(shape("M258 1300 C 380 1322, 540 1318, 664 1292 L 664 1306 C 540 1332, 380 1334, 259 1314 Z", p["belt_light"]))
    out.append(shape("M262 1360 C 380 1380, 540 1378, 662 1352 L 660 1400 L 264 1400 Z", p["cloth_shadow"]))
    # near arm (in front), wrapped, with the tunic's cap over the shoulder
    near_arm = "M250 790 C 190 810, 158 880, 156 980 L 150 1400 L 282 1400 L 290 1000 C 294 900, 290 830, 250 790 Z"
    out.append(rimmed(near_arm, p["rim"], p["wrap"], 4, 0, 0.5))
    out.append(shape("M156 980 L 150 1400 L 190 1400 L 192 990 C 190 930, 196 880, 220 830 C 180 860, 158 910, 156 980 Z", p["wrap_shadow"]))
    for y in (1000, 1075, 1150, 1225, 1300, 1375):
        out.append(shape(f"M152 {y} L288 {y - 22} L288 {y - 6} L152 {y + 16} Z", p["wrap_shadow"], 0.55))
        out.append(shape(f"M200 {y - 8} L288 {y - 22} L288 {y - 17} L200 {y - 3} Z", p["wrap_light"], 0.7))
    cap = "M250 780 C 180 800, 150 870, 152 950 C 190 970, 250 975, 300 950 C 305 880, 295 815, 250 780 Z"
    out.append(rimmed(cap, p["rim"], p["cloth"], 3, 0, 0.6))
    out.append(shape("M152 950 C 190 970, 250 975, 300 950 L 300 935 C 250 955, 195 955, 154 930 Z", p["cloth_shadow"]))
    out.append(shape("M250 790 C 200 810, 175 850, 168 900 C 190 860, 215 830, 262 805 Z", p["cloth_light"], 0.8))
    # rain on the shoulders
    if wet:
        out.append(drops([(600, 790, 5), (330, 1030, 4), (640, 1100, 4), (230, 840, 4), (470, 760, 3)]))
    return '<g transform="translate(0 1400) scale(1 1.03) translate(0 -1400)">' + "".join(out) + "</g>"


def rey_head(p, e, uid, wet=True):
    out = []
    # hair mass behind the face, nape and the three buns down the back of the head
    back = ("M600 380 C 610 250, 520 200, 440 205 C 330 212, 268 300, 278 410 "
            "C 285 480, 320 530, 360 560 L 420 560 C 400 500, 380 440, 400 380 Z")
    buns = [(318, 262, 44), (282, 352, 46), (292, 448, 42)]
    for x, y, r in buns:
        out.append(f'<circle cx="{x + 4}" cy="{y - 3}" r="{r}" fill="{p["hair_rim"]}" opacity="0.5"/>')
    out.append(shape(back, p["hair_shadow"]))
    for x, y, r in buns:
        out.append(f'<circle cx="{x}" cy="{y}" r="{r}" fill="{p["hair"]}"/>')
        out.append(shape(f"M{x - r * 0.7} {y + r * 0.1} C {x - r * 0.5} {y + r * 0.9}, {x + r * 0.6} {y + r * 0.9}, {x + r * 0.8} {y + r * 0.3} "
                         f"C {x + r * 0.3} {y + r * 0.6}, {x - r * 0.3} {y + r * 0.6}, {x - r * 0.7} {y + r * 0.1} Z", p["hair_shadow"]))
        out.append(shape(f"M{x - r * 0.5} {y - r * 0.45} C {x - r * 0.2} {y - r * 0.8}, {x + r * 0.4} {y - r * 0.8}, {x + r * 0.6} {y - r * 0.4} "
                         f"C {x + r * 0.2} {y - r * 0.55}, {x - r * 0.2} {y - r * 0.55}, {x - r * 0.5} {y - r * 0.45} Z", p["hair_light"]))
    # face
    face = ("M340 400 C 340 320, 400 275, 470 272 C 555 270, 604 325, 602 400 "
            "C 602 440, 596 470, 588 500 C 576 550, 545 598, 508 618 "
            "C 484 630, 458 624, 434 604 C 392 570, 352 525, 342 470 Z")
    out.append(rimmed(face, p["rim"], p["skin"], 5, -1))
    # shading: near cheek and jaw turn away, eye sockets, under the nose
    out.append(shape("M342 470 C 352 525, 392 570, 434 604 C 458 624, 470 626, 480 624 "
                     "C 440 600, 405 560, 392 510 C 382 470, 385 430, 400 400 L 342 400 Z", p["skin_shadow"], 0.4))
    out.append(shape("M560 300 C 590 320, 600 360, 600 400 C 590 370, 575 340, 548 318 Z", p["skin_light"], 0.6))
    out.append(shape("M556 474 C 572 476, 584 490, 582 512 C 572 502, 562 494, 552 488 Z", p["skin_light"], 0.3))
    out.append(shape("M420 478 C 440 470, 470 474, 480 488 C 460 496, 435 494, 420 478 Z", "#e49a8a", 0.2))
    # ear (near side)
    out.append(shape("M362 430 C 335 420, 322 450, 330 478 C 336 500, 350 512, 368 506 Z", p["skin"]))
    out.append(shape("M355 445 C 342 445, 338 462, 344 478 C 348 490, 356 494, 362 490 Z", p["skin_shadow"]))
    # nose: shadow side, tip light, nostril
    out.append(shape("M506 432 C 508 460, 512 485, 520 506 C 510 512, 500 510, 494 504 C 502 490, 504 460, 500 432 Z", p["skin_shadow"], 0.45))
    out.append(shape("M522 508 C 534 508, 544 514, 540 522 C 530 528, 512 526, 502 518 C 510 520, 520 518, 522 508 Z", p["skin_shadow"], 0.75))
    out.append(shape("M524 488 C 534 492, 538 502, 534 508 C 528 504, 524 498, 524 488 Z", p["skin_light"]))
    # eyes and brows
    out.extend(e.get("under", []))
    out.append(eye(uid + "a", e["near_eye"], 70, e["top"], e["bot"], e["gaze"], 1, e["slant"], p,
                   wet=e.get("wet", False), lower_lift=e.get("lift", 0)))
    out.append(eye(uid + "b", e["far_eye"], 52, e.get("far_top", e["top"] * 0.95), e["bot"], (e["gaze"][0] * 0.8, e["gaze"][1]), -1, e["slant"], p,
                   lash=4.2, wet=e.get("wet", False), lower_lift=e.get("lift", 0)))
    bn, bf = e["brows"]
    out.append(brow(bn[0], bn[1], bn[2], 12, p["brow"]))
    out.append(brow(bf[0], bf[1], bf[2], 10, p["brow"]))
    for extra in e.get("lines", []):
        out.append(shape(extra, p["skin_shadow"], 0.6))
    out.append(mouth(uid + "m", e["mouth"], e.get("mouth_c", (522, 562)), e.get("mouth_w", 58), p, curve=e.get("curve", 0),
                     open_h=e.get("open_h", 0), skew=e.get("skew", 0), teeth=e.get("teeth", True)))
    if e.get("tears"):
        out.append(tear(476, 468, 26))
    # front hair: pulled back, with loose wet strands
    front = ("M606 390 C 612 270, 520 198, 430 206 C 340 214, 280 290, 282 380 "
             "L 338 436 C 344 400, 362 370, 392 352 C 430 332, 470 318, 510 322 "
             "C 560 326, 594 350, 606 390 Z")
    out.append(rimmed(front, p["hair_rim"], p["hair"], 5, -2, 0.7))
    out.append(shape("M440 226 C 500 218, 560 240, 590 290 C 560 262, 510 244, 450 242 Z", p["hair_light"]))
    out.append(shape("M300 330 C 320 290, 360 256, 400 240 C 370 270, 340 310, 330 350 Z", p["hair_light"], 0.7))
    out.append(shape("M338 436 C 344 400, 362 370, 392 352 C 372 380, 360 410, 354 440 Z", p["hair_shadow"]))
    if not wet:
        # dry: two soft loose wisps and a little lift at the crown, no rain
        out.append(strand([(566, 330), (588, 366), (594, 410), (588, 444)], 8, p["hair"]))
        out.append(strand([(598, 376), (612, 420), (610, 470)], 7, p["hair"]))
        out.append(strand([(360, 392), (350, 430), (354, 466)], 6, p["hair_shadow"]))
        out.append(strand([(470, 214), (520, 206), (566, 224)], 6, p["hair_light"], 0.8))
        out.append(e.get("extra", ""))
        return "".join(out)
    out.append(strand([(560, 330), (584, 370), (590, 420), (584, 460)], 11, p["hair"]))
    out.append(strand([(404, 346), (392, 380), (390, 420)], 9, p["hair"]))
    out.append(strand([(600, 380), (606, 430), (598, 490), (586, 540)], 12, p["hair"]))
    out.append(strand([(360, 400), (352, 440), (356, 480)], 8, p["hair_shadow"]))
    # rain on skin and hair
    out.append(drops([(575, 300, 4), (410, 250, 4), (562, 540, 3.5), (470, 600, 3), (300, 400, 3.5)]))
    return "".join(out)


REY_EXPR = {
    "neutral": dict(
        near_eye=(448, 442), far_eye=(560, 440), top=14, bot=9, gaze=(4, 0), slant=0,
        brows=(((478, 398), (412, 402), 8), ((532, 396), (588, 398), 6)),
        mouth="closed", curve=0, tilt=0, shift=(0, 0)),
    "fierce": dict(
        near_eye=(448, 444), far_eye=(560, 442), top=10, bot=8, gaze=(7, -1), slant=4,
        brows=(((482, 414), (412, 398), 3), ((530, 412), (590, 392), 2)),
        lines=["M492 404 C 496 412, 497 420, 496 428 C 492 420, 489 412, 492 404 Z"],
        mouth="closed", curve=-3, mouth_w=54, tilt=3, shift=(6, 8)),
    "angry": dict(
        near_eye=(448, 444), far_eye=(560, 442), top=13, bot=8, gaze=(6, 0), slant=8,
        brows=(((484, 422), (410, 392), -2), ((528, 420), (592, 388), -2)),
        lines=["M492 410 C 497 418, 498 428, 496 436 C 491 428, 488 418, 492 410 Z",
               "M500 408 C 505 416, 506 426, 504 434 C 499 426, 496 416, 500 408 Z"],
        mouth="open", open_h=46, mouth_w=70, curve=-4, mouth_c=(520, 568), tilt=-3, shift=(10, 0)),
    "hurt": dict(
        near_eye=(448, 446), far_eye=(560, 444), top=12, bot=9, gaze=(2, 5), slant=-5, wet=True, tears=True,
        brows=(((480, 386), (412, 404), 2), ((534, 384), (590, 402), 2)),
        lines=["M470 378 C 484 372, 496 374, 504 380 C 494 380, 482 380, 470 384 Z"],
        mouth="open", open_h=12, mouth_w=46, curve=-5, teeth=False, mouth_c=(520, 566), tilt=-4, shift=(-4, 10)),
}


# --------------------------------------------------------------------------- Kylo
KYLO = dict(
    skin="#e6cdbd", skin_shadow="#ad8c88", skin_light="#f5e4d8", rim="#c4e2ff",
    hair="#17151c", hair_shadow="#0a090d", hair_light="#33313f", hair_rim="#6a9cc8",
    robe="#1b1a21", robe_shadow="#0d0c11", robe_light="#2d2c37", robe_rim="#5b8bbb", robe_wet="#3a3c4c",
    sclera="#ece4de", iris="#4a2f22", iris_light="#7c5238", pupil="#120b08",
    lash="#141015", lid_cast="#7d6460",
    lip="#b2726f", mouth_line="#4a2a29", mouth_in="#331a1c", teeth="#efe7e1", tongue="#9a5558",
    brow="#151318", scar="#b86d70", scar_light="#e2a7a3",
)

KYLO_PIVOT = (470, 600)


def kylo_body(p, wet=True, torn=False):
    out = []
    # the cloak: broad shoulders filling the frame
    cloak = ("M470 600 C 360 606, 230 630, 140 690 C 70 740, 40 840, 34 960 L 24 1400 "
             "L 876 1400 L 866 960 C 860 840, 830 740, 760 690 C 680 632, 570 606, 470 600 Z")
    out.append(rimmed(cloak, p["robe_rim"], p["robe"], 6, -2))
    out.append(shape("M140 690 C 70 740, 40 840, 34 960 L 24 1400 L 150 1400 C 140 1200, 130 1000, 160 860 C 180 780, 200 730, 240 700 Z", p["robe_shadow"]))
    out.append(shape("M700 660 C 770 690, 830 750, 848 860 C 800 790, 760 740, 690 700 Z", p["robe_light"]))
    # the lowered hood bunched behind and around the neck
    hood = ("M300 640 C 340 590, 420 575, 470 580 C 540 580, 610 596, 650 640 "
            "C 680 680, 660 720, 620 730 C 600 700, 560 680, 540 676 L 420 676 "
            "C 390 686, 350 710, 320 740 C 290 720, 280 680, 300 640 Z")
    out.append(rimmed(hood, p["robe_rim"], p["robe"], 5, -2))
    out.append(shape("M300 640 C 340 600, 400 588, 450 588 C 400 604, 350 630, 320 670 Z", p["robe_light"]))
    out.append(shape("M320 740 C 350 710, 390 686, 420 676 C 390 700, 360 722, 340 750 Z", p["robe_shadow"]))
    out.append(shape("M560 600 C 600 610, 640 630, 652 660 C 620 640, 590 626, 550 618 Z", p["robe_light"]))
    # neck
    neck = "M420 500 L 540 500 L 556 690 L 404 690 Z"
    out.append(rimmed(neck, p["rim"], p["skin"], 4, 0))
    out.append(shape("M420 500 L 540 500 L 544 590 C 510 620, 450 610, 416 585 Z", p["skin_shadow"]))
    # tunic front: layered black wrap, quilted shoulders
    tunic = ("M404 680 C 380 700, 330 740, 300 800 L 320 1400 L 640 1400 L 650 800 "
             "C 620 740, 580 700, 556 680 Z")
    out.append(shape(tunic, p["robe_shadow"]))
    out.append(shape("M404 680 L 556 680 C 540 720, 510 760, 480 800 C 450 760, 420 720, 404 680 Z", p["robe_light"]))
    out.append(shape("M404 680 L 480 800 L 500 1400 L 470 1400 L 452 820 Z", p["robe"]))
    out.append(shape("M556 680 L 480 800 L 492 820 L 580 700 Z", p["robe_rim"], 0.35))
    # folds and wet sheen on the cloak
    out.append(shape("M180 760 C 200 900, 200 1100, 180 1400 L 200 1400 C 222 1100, 222 900, 196 760 Z", p["robe_shadow"]))
    out.append(shape("M740 760 C 760 900, 770 1100, 760 1400 L 780 1400 C 792 1100, 784 900, 760 760 Z", p["robe_shadow"]))
    wet_op = 1.0 if wet else 0.45
    out.append(shape("M770 780 C 800 860, 816 960, 820 1080 C 806 980, 790 880, 760 800 Z", p["robe_wet"], n(0.8 * wet_op)))
    out.append(shape("M250 740 C 270 800, 280 880, 278 960 C 266 890, 254 820, 236 760 Z", p["robe_wet"], n(0.5 * wet_op)))
    out.append(shape("M680 700 C 720 716, 760 740, 790 780 C 750 760, 716 740, 676 724 Z", p["robe_wet"], n(0.6 * wet_op)))
    # belt
    belt = "M320 1290 C 420 1302, 540 1302, 640 1290 L 642 1350 C 540 1362, 420 1362, 320 1350 Z"
    out.append(shape(belt, "#0a090c"))
    out.append(shape("M320 1290 C 420 1302, 540 1302, 640 1290 L 640 1300 C 540 1312, 420 1312, 320 1300 Z", p["robe_light"]))
    out.append(shape("M470 1298 L 520 1298 L 520 1352 L 470 1352 Z", "#3a3b46"))
    out.append(shape("M476 1304 L 514 1304 L 514 1310 L 476 1310 Z", "#7f8aa0"))
    if wet:
        out.append(drops([(700, 690, 5), (260, 720, 4), (560, 720, 3.5), (800, 900, 4), (360, 900, 3.5)], "#cfe6ff", 0.6))
    if torn:
        out.append(kylo_tears(p))
    return "".join(out)


def kylo_head(p, e, uid, style="wet"):
    out = []
    # hair mass behind: wavy, to the jaw, full volume
    back = ("M640 300 C 660 200, 600 80, 460 72 C 330 66, 250 150, 252 280 "
            "C 254 360, 270 440, 300 500 C 320 540, 350 570, 370 580 C 380 560, 390 540, 400 520 "
            "L 560 520 C 590 500, 630 460, 640 400 Z")
    out.append(rimmed(back, p["hair_rim"], p["hair_shadow"], 6, -2, 0.6))
    # face: long, narrow chin
    face = ("M360 280 C 360 200, 420 150, 490 150 C 570 150, 618 210, 616 290 "
            "C 616 340, 610 380, 600 420 C 590 470, 560 530, 520 560 "
            "C 496 576, 466 574, 444 556 C 400 520, 370 470, 364 400 Z")
    out.append(rimmed(face, p["rim"], p["skin"], 5, -1))
    out.append(shape("M364 400 C 370 470, 400 520, 444 556 C 466 574, 480 576, 492 574 "
                     "C 450 550, 416 500, 404 440 C 396 390, 398 340, 410 300 L 360 300 Z", p["skin_shadow"], 0.4))
    out.append(shape("M570 200 C 600 230, 612 270, 612 320 C 600 280, 585 250, 560 225 Z", p["skin_light"], 0.6))
    out.append(shape("M566 404 C 584 408, 596 422, 594 448 C 584 436, 574 428, 562 420 Z", p["skin_light"], 0.3))
    out.append(shape("M400 420 C 420 440, 440 470, 452 500 C 430 480, 410 455, 398 430 Z", p["skin_shadow"], 0.4))
    # nose: long
    out.append(shape("M512 330 C 514 370, 520 410, 530 436 C 518 442, 506 440, 498 434 C 508 410, 510 370, 504 330 Z", p["skin_shadow"], 0.45))
    out.append(shape("M532 438 C 546 440, 556 448, 550 456 C 538 462, 518 460, 506 450 C 516 452, 528 450, 532 438 Z", p["skin_shadow"], 0.75))
    out.append(shape("M534 414 C 546 420, 550 432, 544 438 C 538 432, 534 424, 534 414 Z", p["skin_light"]))
    out.extend(e.get("under", []))
    out.append(eye(uid + "a", e["near_eye"], 66, e["top"], e["bot"], e["gaze"], 1, e["slant"], p,
                   lash=4.5, wet=e.get("wet", False), lower_lift=e.get("lift", 0)))
    out.append(eye(uid + "b", e["far_eye"], 50, e.get("far_top", e["top"] * 0.95), e["bot"], (e["gaze"][0] * 0.8, e["gaze"][1]), -1, e["slant"], p,
                   lash=3.8, wet=e.get("wet", False), lower_lift=e.get("lift", 0)))
    bn, bf = e["brows"]
    out.append(brow(bn[0], bn[1], bn[2], 13, p["brow"]))
    out.append(brow(bf[0], bf[1], bf[2], 11, p["brow"]))
    for extra in e.get("lines", []):
        out.append(shape(extra, p["skin_shadow"], 0.6))
    out.append(mouth(uid + "m", e["mouth"], e.get("mouth_c", (530, 492)), e.get("mouth_w", 62), p, curve=e.get("curve", 0),
                     open_h=e.get("open_h", 0), skew=e.get("skew", 0), teeth=e.get("teeth", True)))
    # the healing scar: forehead, across the brow, down the near cheek to the jaw
    scar_pts = [(508, 236), (494, 286), (480, 340), (462, 410), (446, 470), (432, 530)]
    mid = len(scar_pts) // 2
    out.append(strand(scar_pts[mid - 1::-1], 9, p["scar"], 0.8))
    out.append(strand(scar_pts[mid - 1:], 9, p["scar"], 0.8))
    out.append(strand([(x + 2, y) for x, y in scar_pts[1:5]], 3, p["scar_light"], 0.7))
    if style != "wet":
        out.append(kylo_face_marks(p, e))
    # front hair: parted, heavy wet waves falling to the jaw on both sides
    front = ("M628 330 C 650 200, 590 86, 470 80 C 350 76, 270 160, 268 280 "
             "C 266 360, 280 440, 310 500 C 330 540, 352 566, 376 578 "
             "C 372 540, 372 500, 380 460 C 370 420, 372 380, 384 340 "
             "C 396 290, 420 250, 460 226 C 480 236, 500 250, 520 254 "
             "C 510 236, 504 220, 504 206 C 540 220, 590 250, 604 300 "
             "C 608 330, 606 360, 604 390 C 618 370, 626 350, 628 330 Z")
    out.append(rimmed(front, p["hair_rim"], p["hair"], 6, -2, 0.8))
    out.append(shape("M300 300 C 300 220, 350 140, 430 110 C 370 160, 330 230, 326 310 Z", p["hair_light"]))
    out.append(shape("M520 100 C 580 110, 622 160, 630 230 C 610 180, 580 140, 530 120 Z", p["hair_light"]))
    out.append(shape("M310 420 C 320 470, 340 520, 370 560 C 344 530, 322 490, 306 440 Z", p["hair_light"], 0.7))
    out.append(shape("M384 340 C 372 380, 370 420, 380 460 C 372 500, 372 540, 376 578 C 392 540, 396 480, 400 440 C 396 400, 396 370, 384 340 Z", p["hair_shadow"]))
    # wet locks
    out.append(strand([(430, 226), (412, 268), (404, 310), (410, 340)], 34, p["hair"]))
    out.append(strand([(560, 226), (580, 260), (590, 300)], 22, p["hair"]))
    out.append(strand([(604, 300), (614, 360), (604, 420), (596, 470)], 14, p["hair"]))
    out.append(strand([(380, 460), (390, 520), (392, 580), (384, 620)], 14, p["hair"]))
    out.append(strand([(300, 480), (310, 540), (320, 600)], 12, p["hair_shadow"]))
    # crown waves and the side part
    out.append(strand([(548, 100), (530, 150), (520, 200), (522, 230)], 8, p["hair_shadow"]))
    out.append(strand([(420, 100), (380, 140), (350, 190)], 10, p["hair_light"], 0.7))
    out.append(strand([(470, 96), (450, 130), (446, 170)], 7, p["hair_light"], 0.6))
    # wavy outer locks and glossy wet streaks
    out.append(strand([(272, 280), (262, 340), (276, 400), (264, 460), (284, 520), (300, 572)], 30, p["hair"]))
    out.append(strand([(266, 300), (256, 350), (266, 400)], 10, p["hair_rim"], 0.35))
    out.append(strand([(628, 300), (640, 350), (628, 400), (636, 450)], 22, p["hair"]))
    out.append(strand([(640, 320), (648, 360), (640, 400)], 6, p["hair_rim"], 0.6))
    out.append(strand([(330, 150), (312, 210), (322, 260), (306, 320)], 9, p["hair_light"], 0.9))
    out.append(strand([(560, 112), (590, 150), (600, 200), (616, 250)], 8, p["hair_light"], 0.9))
    out.append(strand([(290, 430), (300, 480), (290, 530)], 7, p["hair_light"], 0.6))
    if style == "wet":
        out.append(drops([(560, 126, 4), (340, 200, 4), (600, 480, 3.5), (470, 560, 3), (320, 380, 3.5), (560, 300, 3)], "#d6ecff", 0.75))
    else:
        out.append(kylo_dry_extras(p, e, style))
    return "".join(out)


KYLO_EXPR = {
    "neutral": dict(
        near_eye=(456, 332), far_eye=(570, 330), top=12, bot=8, gaze=(5, 0), slant=2,
        brows=(((492, 296), (414, 290), 6), ((540, 294), (602, 290), 4)),
        mouth="closed", curve=-1, tilt=0, shift=(0, 0)),
    "pained": dict(
        near_eye=(456, 336), far_eye=(570, 334), top=8, bot=8, gaze=(2, 3), slant=-5, lift=3,
        brows=(((490, 284), (414, 300), 2), ((542, 282), (602, 300), 2)),
        lines=["M478 270 C 492 264, 504 266, 512 272 C 502 272, 490 272, 478 276 Z",
               "M500 290 C 504 298, 505 306, 503 314 C 499 306, 497 298, 500 290 Z"],
        mouth="open", open_h=22, mouth_w=60, curve=-6, mouth_c=(530, 496), tilt=-4, shift=(-6, 6)),
    "soft": dict(
        near_eye=(456, 334), far_eye=(570, 332), top=11, bot=8, gaze=(4, 1), slant=-2, lift=3,
        brows=(((490, 290), (414, 292), 9), ((542, 288), (602, 292), 7)),
        mouth="closed", curve=2, skew=6, tilt=3, shift=(2, 4)),
    "awed": dict(
        near_eye=(456, 330), far_eye=(570, 328), top=17, bot=11, gaze=(4, -1), slant=-2,
        brows=(((490, 278), (414, 276), 14), ((542, 276), (602, 276), 11)),
        mouth="open", open_h=30, mouth_w=38, curve=0, teeth=False, mouth_c=(530, 498), tilt=-3, shift=(0, -4)),
}


# --------------------------------------------------------------------------- shared kit for the wider cast
def crease(p0, c, p1, w, fill, op=None):
    """A thin crescent line from p0 to p1 bowed through c (w = thickness at the middle)."""
    d = f"M{P(p0)} Q{P(c)} {P(p1)} Q{P((c[0] + w * 0.3, c[1] + w))} {P(p0)} Z"
    return shape(d, fill, op)


def blob(pts, fill, op=None):
    """Closed smooth shape through pts (Catmull-Rom turned into cubic Beziers)."""
    k = len(pts)
    d = "M" + P(pts[0])
    for i in range(k):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[(i + 1) % k], pts[(i + 2) % k]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d += f" C{P(c1, c2, p2)}"
    return shape(d + " Z", fill, op)


def torso_path(cx, top, near_w, far_w, drop=80, hem_in=0.0):
    """Bust silhouette: neck base at (cx, top), shoulders near_w / far_w out, arms to the frame bottom."""
    a, b = cx - near_w, cx + far_w
    return (f"M{P((cx, top))} C{P((cx - near_w * 0.45, top + drop * 0.02), (a + near_w * 0.3, top + drop * 0.2), (a + near_w * 0.1, top + drop * 0.8))} "
            f"C{P((a - near_w * 0.04, top + drop * 1.3), (a - near_w * 0.09, top + drop * 2.6), (a - near_w * 0.06, top + drop * 5))} "
            f"L{P((a + hem_in, H))} L{P((b - hem_in, H))} L{P((b + far_w * 0.06, top + drop * 5))} "
            f"C{P((b + far_w * 0.09, top + drop * 2.6), (b + far_w * 0.04, top + drop * 1.3), (b - far_w * 0.1, top + drop * 0.8))} "
            f"C{P((b - far_w * 0.3, top + drop * 0.2), (cx + far_w * 0.45, top + drop * 0.02), (cx, top))} Z")


BASE_E = dict(near_eye=(448, 442), far_eye=(560, 440), top=14, bot=9, gaze=(4, 0), slant=0,
              mouth="closed", curve=0, tilt=0, shift=(0, 0))


def bset(inner=0.0, outer=0.0, arch=8.0, far_inner=None, far_outer=None, far_arch=None, pinch=0.0):
    """Brow pair in the shared face template: offsets from a relaxed pair (negative = up)."""
    fi = inner if far_inner is None else far_inner
    fo = outer if far_outer is None else far_outer
    fa = arch * 0.75 if far_arch is None else far_arch
    return (((478 + pinch, 398 + inner), (412, 402 + outer), arch),
            ((532 - pinch, 396 + fi), (588, 398 + fo), fa))


def E(**kw):
    d = dict(BASE_E)
    d.update(kw)
    return d


FROWN = ["M492 404 C 496 412, 497 420, 496 428 C 492 420, 489 412, 492 404 Z",
         "M502 402 C 506 410, 507 418, 505 426 C 501 418, 499 410, 502 402 Z"]
WORRY = ["M468 372 C 484 364, 500 366, 512 372 C 498 372, 484 373, 468 378 Z",
         "M476 356 C 490 350, 502 352, 510 357 C 500 357, 488 358, 476 362 Z"]


def face_outline(jaw):
    j = jaw
    return (f"M340 400 C 340 320, 400 275, 470 272 C 555 270, 604 325, 602 400 "
            f"C 602 440, {n(597 + 3 * j)} 470, {n(590 + 6 * j)} {n(500 + 8 * j)} "
            f"C {n(578 + 10 * j)} {n(550 + 8 * j)}, {n(548 + 16 * j)} {n(598 + 6 * j)}, {n(510 + 10 * j)} {n(618 + 4 * j)} "
            f"C 486 {n(630 + 2 * j)}, {n(458 - 8 * j)} {n(624 + 2 * j)}, {n(434 - 14 * j)} {n(604 + 2 * j)} "
            f"C {n(392 - 14 * j)} {n(570 + 6 * j)}, {n(352 - 4 * j)} 525, 342 470 Z")


def human_face(p, e, uid, jaw=0.0, nose=(1.0, 1.0), brow_t=(12, 10), eye_w=(70, 52), age=0.0,
               stubble=0.0, ft=(1.0, 1.0), pre_mouth="", post="", blush=0.2):
    """The shared face (drawn in Rey's face frame, x 340..602, y 272..626), reshaped by ft
    (x / y stretch about the top of the forehead) and the jaw's squareness."""
    out = []
    outline = face_outline(jaw)
    out.append(f'<clipPath id="{uid}fc"><path d="{outline}"/></clipPath>')
    out.append(rimmed(outline, p["rim"], p["skin"], 5, -1))
    out.append(f'<g clip-path="url(#{uid}fc)">')
    out.append(shape("M342 470 C 352 525, 392 570, 434 604 C 458 624, 470 630, 486 634 "
                     "C 440 600, 405 560, 392 510 C 382 470, 385 430, 400 400 L 300 400 L 300 640 Z", p["skin_shadow"], 0.4))
    out.append(shape("M560 300 C 590 320, 600 360, 600 400 C 590 370, 575 340, 548 318 Z", p["skin_light"], 0.6))
    out.append(shape("M556 474 C 572 476, 584 490, 582 512 C 572 502, 562 494, 552 488 Z", p["skin_light"], 0.3))
    if blush:
        out.append(shape("M420 478 C 440 470, 470 474, 480 488 C 460 496, 435 494, 420 478 Z", p.get("blush", "#e49a8a"), blush))
    if stubble:
        out.append(shape("M300 470 C 360 500, 380 560, 440 590 C 470 600, 500 596, 540 580 "
                         "C 570 560, 590 520, 610 480 L 620 700 L 300 700 Z", p["stubble"], stubble))
        out.append(shape("M480 540 C 500 528, 540 526, 566 540 C 560 548, 540 546, 522 546 C 506 546, 492 548, 480 540 Z",
                         p["stubble"], stubble * 1.2))
    if age:
        out.append(crease((548, 508), (568, 534), (566, 574), 3, p["skin_shadow"], n(0.8 * age)))
        out.append(crease((486, 512), (470, 540), (478, 572), 3, p["skin_shadow"], n(0.55 * age)))
        out.append(crease((424, 462), (448, 474), (474, 462), 2.5, p["skin_shadow"], n(0.7 * age)))
        out.append(crease((546, 460), (562, 470), (580, 458), 2.5, p["skin_shadow"], n(0.7 * age)))
        out.append(crease((590, 430), (598, 440), (596, 452), 2, p["skin_shadow"], n(0.7 * age)))
        out.append(crease((420, 352), (480, 340), (556, 350), 2.5, p["skin_shadow"], n(0.45 * age)))
    out.append("</g>")
    # ear (near side)
    out.append(shape("M362 430 C 335 420, 322 450, 330 478 C 336 500, 350 512, 368 506 Z", p["skin"]))
    out.append(shape("M355 445 C 342 445, 338 462, 344 478 C 348 490, 356 494, 362 490 Z", p["skin_shadow"]))
    # nose
    nx, ny = nose
    out.append(f'<g transform="translate(516 470) scale({nx} {ny}) translate(-516 -470)">')
    out.append(shape("M506 432 C 508 460, 512 485, 520 506 C 510 512, 500 510, 494 504 C 502 490, 504 460, 500 432 Z", p["skin_shadow"], 0.45))
    out.append(shape("M522 508 C 534 508, 544 514, 540 522 C 530 528, 512 526, 502 518 C 510 520, 520 518, 522 508 Z", p["skin_shadow"], 0.75))
    out.append(shape("M524 488 C 534 492, 538 502, 534 508 C 528 504, 524 498, 524 488 Z", p["skin_light"]))
    out.append("</g>")
    for extra in e.get("under", []):
        out.append(extra)
    out.append(eye(uid + "a", e["near_eye"], eye_w[0], e["top"], e["bot"], e["gaze"], 1, e["slant"], p,
                   wet=e.get("wet", False), lower_lift=e.get("lift", 0)))
    out.append(eye(uid + "b", e["far_eye"], eye_w[1], e.get("far_top", e["top"] * 0.95), e["bot"],
                   (e["gaze"][0] * 0.8, e["gaze"][1]), -1, e["slant"], p,
                   lash=4.2, wet=e.get("wet", False), lower_lift=e.get("lift", 0)))
    bn, bf = e["brows"]
    out.append(brow(bn[0], bn[1], bn[2], brow_t[0], p["brow"]))
    out.append(brow(bf[0], bf[1], bf[2], brow_t[1], p["brow"]))
    for extra in e.get("lines", []):
        out.append(shape(extra, p["skin_shadow"], 0.6))
    out.append(pre_mouth)
    out.append(mouth(uid + "m", e["mouth"], e.get("mouth_c", (522, 562)), e.get("mouth_w", 58), p, curve=e.get("curve", 0),
                     open_h=e.get("open_h", 0), skew=e.get("skew", 0), teeth=e.get("teeth", True)))
    if e.get("tears"):
        out.append(tear(476, 468, 26))
    out.append(post)
    sx, sy = ft
    return (f'<g transform="translate(470 272) scale({sx} {sy}) translate(-470 -272)">' + "".join(out) + "</g>")


def neck_at(p, x0, x1, top, bottom, spread=18):
    d = f"M{P((x0, top))} L{P((x1, top))} L{P((x1 + spread, bottom))} L{P((x0 - spread, bottom))} Z"
    return (rimmed(d, p["rim"], p["skin"], 4, 0)
            + shape(f"M{P((x0, top))} L{P((x1, top))} L{P((x1 + 2, top + (bottom - top) * 0.45))} "
                    f"C{P(((x0 + x1) / 2 + 20, top + (bottom - top) * 0.62), ((x0 + x1) / 2 - 30, top + (bottom - top) * 0.58), (x0 - 4, top + (bottom - top) * 0.45))} Z",
                    p["skin_shadow"]))


# --------------------------------------------------------------------------- Rey, dry
REY_DRY = dict(REY, rim="#fff0da", hair_rim="#c9a27c")

REY_DRY_EXPR = {
    "soft": dict(
        near_eye=(448, 443), far_eye=(560, 441), top=12, bot=9, gaze=(4, 1), slant=-2, lift=3,
        brows=(((478, 394), (412, 402), 9), ((532, 392), (588, 398), 7)),
        mouth="closed", curve=3, skew=3, mouth_w=56, tilt=3, shift=(2, 4)),
    "smiling": dict(
        near_eye=(448, 443), far_eye=(560, 441), top=11, bot=9, gaze=(4, 0), slant=-1, lift=7,
        brows=(((478, 390), (412, 398), 10), ((532, 388), (588, 394), 8)),
        mouth="open", open_h=30, mouth_w=76, curve=13, skew=2, mouth_c=(522, 560), tilt=4, shift=(4, 0)),
    "tired": dict(
        near_eye=(448, 446), far_eye=(560, 444), top=6, bot=8, gaze=(2, 4), slant=-1, lift=1,
        brows=(((478, 398), (412, 408), 5), ((532, 396), (588, 404), 4)),
        under=[crease((418, 462), (446, 478), (478, 464), 4, REY["skin_shadow"], 0.55),
               crease((540, 460), (560, 474), (584, 460), 3.5, REY["skin_shadow"], 0.5)],
        mouth="closed", curve=-2, mouth_w=52, tilt=-5, shift=(-2, 12)),
    "worried": dict(
        near_eye=(448, 443), far_eye=(560, 441), top=15, bot=9, gaze=(-3, 2), slant=-5,
        brows=(((480, 384), (412, 404), 3), ((532, 382), (590, 400), 3)),
        lines=WORRY[:1],
        mouth="closed", curve=-5, mouth_w=46, tilt=-3, shift=(-4, 2)),
}


# --------------------------------------------------------------------------- Kylo: wounded, medbay gown, plain clothes
KYLO_DRY = dict(KYLO, rim="#e4edf5", hair_rim="#4f5668", robe_rim="#56606f")
KYLO_PALE = dict(KYLO_DRY, skin="#e2d3cc", skin_shadow="#a79190", skin_light="#f0e6e1", lip="#a88283",
                 lid_cast="#7c6a69", scar="#b0686d")
KYLO_GOWN = dict(KYLO_DRY, gown="#d3dde1", gown_shadow="#a4b2b9", gown_light="#edf3f5", gown_print="#9fb6c4")
KYLO_PLAIN = dict(KYLO_DRY, jacket="#6b6156", jacket_shadow="#4a433b", jacket_light="#897e70",
                  shirt="#a99e8b", shirt_shadow="#807665", strap="#3b342e")

KYLO_SHADOW_UNDER = [crease((424, 350), (456, 368), (490, 352), 5, KYLO["skin_shadow"], 0.55),
                     crease((548, 348), (570, 362), (594, 346), 4, KYLO["skin_shadow"], 0.5)]


def kylo_face_marks(p, e):
    out = []
    marks = e.get("marks", ())
    if "bruise" in marks:
        out.append(blob([(560, 388), (596, 378), (614, 404), (608, 446), (580, 458), (556, 430)], "#8a6a8e", 0.22))
        out.append(blob([(572, 396), (598, 392), (606, 414), (598, 436), (578, 440), (568, 420)], "#6a4a78", 0.25))
        out.append(blob([(560, 440), (594, 446), (606, 466), (584, 474), (562, 462)], "#b4a05a", 0.2))
    if "cut" in marks:
        out.append(strand([(600, 366), (586, 390), (572, 406)], 7, "#9a3b40", 0.9))
        out.append(strand([(580, 400), (584, 430), (580, 456)], 4, "#9a3b40", 0.6))
        out.append(strand([(560, 516), (556, 540), (560, 560)], 5, "#9a3b40", 0.7))
    if "bandage" in marks:
        # an adhesive strip across the far brow, just under the hairline
        out.append('<g transform="rotate(-14 562 262)">'
                   + shape("M520 250 L 606 250 Q 612 262 606 274 L 520 274 Q 514 262 520 250 Z", "#b7aa9a")
                   + shape("M522 248 L 604 248 Q 610 258 604 266 L 522 266 Q 516 258 522 248 Z", "#efe7dc")
                   + shape("M550 250 L 576 250 L 576 272 L 550 272 Z", "#d8cbb9")
                   + "</g>")
    return "".join(out)


def kylo_dry_extras(p, e, style):
    out = []
    if style == "bed":
        # bed head: flattened on one side, tufts sticking up and out elsewhere
        for pts, w in (([(440, 140), (420, 80), (392, 46)], 80), ([(520, 136), (546, 76), (580, 50)], 74),
                       ([(480, 130), (486, 70), (474, 34)], 60), ([(330, 230), (288, 180), (250, 162)], 76),
                       ([(600, 240), (648, 196), (684, 186)], 66), ([(610, 340), (662, 334), (692, 350)], 52),
                       ([(300, 440), (264, 490), (250, 530)], 50)):
            out.append(strand(pts, w, p["hair"]))
        out.append(strand([(440, 104), (420, 72), (398, 62)], 10, p["hair_light"], 0.8))
        out.append(strand([(530, 100), (548, 72), (566, 64)], 8, p["hair_light"], 0.8))
        out.append(strand([(470, 220), (500, 250), (506, 290)], 10, p["hair"]))
    return "".join(out)


def kylo_tears(p):
    out = []
    under, skin, blood = "#34313b", "#d8c4bc", "#7c2a30"
    # a slash across the far side of the chest
    rip = [(500, 820), (530, 826), (556, 852), (590, 858), (616, 888), (648, 896), (676, 930), (712, 944), (744, 990),
           (736, 1030), (704, 1012), (670, 1004), (640, 976), (604, 968), (576, 938), (546, 930), (520, 900), (498, 880), (486, 846)]
    out.append(shape("M" + " L".join(P(q) for q in rip) + " Z", under))
    out.append(strand([(506, 846), (560, 890), (620, 926), (690, 966), (730, 1000)], 22, skin, 0.9))
    out.append(strand([(516, 856), (570, 898), (630, 934), (700, 974)], 9, blood, 0.95))
    # a ragged hole on the near upper arm
    hole = [(140, 860), (176, 842), (200, 868), (240, 856), (262, 892), (250, 930), (272, 968), (240, 990),
            (224, 1030), (196, 1004), (160, 1020), (148, 980), (160, 946), (134, 910)]
    out.append(shape("M" + " L".join(P(q) for q in hole) + " Z", under))
    out.append(shape("M166 890 C 190 876, 230 888, 240 924 C 246 956, 228 980, 202 984 C 176 982, 160 956, 162 926 Z", skin, 0.75))
    out.append(strand([(176, 906), (206, 936), (226, 970)], 8, blood, 0.85))
    # a second, shorter cut low on the near side of the cloak
    rip2 = [(250, 1120), (280, 1110), (300, 1140), (330, 1150), (344, 1186), (320, 1196), (296, 1172), (262, 1160)]
    out.append(shape("M" + " L".join(P(q) for q in rip2) + " Z", under))
    # the cloak's edge ripped to ribbons on the near shoulder, loose threads
    for pts in ([(560, 884), (566, 860), (574, 846)], [(640, 930), (652, 910)], [(700, 962), (716, 944), (722, 930)],
                [(214, 890), (222, 866)], [(166, 990), (156, 1012), (160, 1030)]):
        out.append(strand(pts, 4, p["robe_light"], 0.9))
    return "".join(out)


def kylo_gown_body(p):
    out = []
    # bare arms below short paper sleeves
    near_arm = "M170 730 C 110 760, 92 860, 96 980 L 90 1400 L 236 1400 L 242 1000 C 246 900, 236 800, 210 750 Z"
    far_arm = "M760 720 C 810 750, 830 850, 828 980 L 836 1400 L 700 1400 L 694 1000 C 690 900, 700 800, 730 740 Z"
    out.append(rimmed(far_arm, p["rim"], p["skin"], 5, 0))
    out.append(shape("M700 1400 L 694 1000 C 690 920, 696 840, 716 780 C 730 900, 740 1100, 752 1400 Z", p["skin_shadow"], 0.6))
    out.append(rimmed(near_arm, p["rim"], p["skin"], 4, 0, 0.5))
    out.append(shape("M96 980 L 90 1400 L 140 1400 L 142 990 C 140 920, 146 860, 170 800 C 120 850, 98 910, 96 980 Z", p["skin_shadow"], 0.7))
    gown = ("M470 648 C 370 650, 262 668, 196 712 C 130 756, 100 850, 92 1010 L 150 1024 L 244 1046 L 240 1400 "
            "L 696 1400 L 692 1046 L 790 1020 L 838 1006 C 832 860, 806 764, 748 716 C 680 668, 570 650, 470 648 Z")
    out.append(rimmed(gown, p["rim"], p["gown"], 6, -2))
    out.append(shape("M170 720 C 110 760, 96 860, 98 1000 L 244 1040 L 240 1400 L 330 1400 C 300 1200, 296 1000, 300 880 "
                     "C 302 800, 300 740, 300 690 C 250 698, 200 706, 170 720 Z", p["gown_shadow"]))
    out.append(shape("M690 690 C 750 710, 800 750, 820 830 C 780 780, 740 750, 680 730 Z", p["gown_light"]))
    # paper creases and the sleeve hems
    for pts, w in (([(300, 880), (340, 1000), (360, 1160)], 6), ([(520, 820), (560, 940), (570, 1080)], 5),
                   ([(640, 1000), (660, 1140), (650, 1300)], 6), ([(420, 1000), (440, 1160), (430, 1380)], 5),
                   ([(244, 800), (256, 900), (244, 1010)], 6), ([(692, 820), (680, 920), (692, 1030)], 5)):
        out.append(strand(pts, w, p["gown_shadow"], 0.7))
    out.append(shape("M98 990 L 244 1030 L 244 1046 L 98 1006 Z", p["gown_shadow"]))
    out.append(shape("M692 1030 L 832 990 L 832 1006 L 692 1046 Z", p["gown_shadow"]))
    # the open neckline (skin), its binding, and a faint printed pattern
    out.append(shape("M366 660 C 390 760, 560 770, 590 660 Z", p["skin"]))
    out.append(shape("M366 660 C 380 700, 400 724, 430 738 C 410 712, 400 690, 396 660 Z", p["skin_shadow"], 0.6))
    out.append(neck_at(p, 420, 540, 500, 690, 12))
    out.append(shape("M366 664 C 390 760, 560 770, 590 664 L 602 666 C 570 786, 380 780, 352 666 Z", p["gown_shadow"]))
    out.append(blob([(360, 668), (336, 650), (326, 668), (342, 684)], p["gown_shadow"]))
    out.append(blob([(360, 668), (384, 648), (394, 666), (376, 684)], p["gown_shadow"]))
    out.append(strand([(360, 672), (344, 712), (350, 756)], 9, p["gown_shadow"]))
    out.append(strand([(362, 672), (372, 716), (364, 770)], 8, p["gown_shadow"], 0.85))
    for i, (x, y) in enumerate([(330, 860), (420, 900), (510, 860), (600, 900), (380, 980), (470, 1010), (560, 980),
                                (650, 1020), (330, 1080), (420, 1110), (510, 1080), (600, 1120), (380, 1200), (470, 1230),
                                (560, 1200), (650, 1240), (420, 1330), (510, 1310), (600, 1340), (760, 820), (200, 800)]):
        out.append(f'<path d="M{n(x)} {n(y - 7)} L{n(x + 6)} {n(y)} L{n(x)} {n(y + 7)} L{n(x - 6)} {n(y)} Z" fill="{p["gown_print"]}" opacity="0.55"/>')
    # collarbones and the hollow of the throat
    out.append(crease((400, 712), (440, 724), (468, 730), 5, p["skin_shadow"], 0.6))
    out.append(crease((492, 730), (520, 722), (560, 710), 5, p["skin_shadow"], 0.5))
    return "".join(out)


def kylo_plain_body(p):
    out = []
    jacket = torso_path(470, 650, 340, 330, drop=70)
    out.append(rimmed(jacket, p["rim"], p["jacket"], 6, -2))
    # near side turns away from the light
    out.append(shape("M130 720 C 110 800, 112 900, 116 1000 L 120 1400 L 250 1400 C 236 1200, 232 1000, 240 860 "
                     "C 246 790, 260 740, 290 690 C 220 700, 160 706, 130 720 Z", p["jacket_shadow"]))
    # sleeve seams
    out.append(strand([(232, 760), (226, 900), (230, 1100), (236, 1400)], 10, p["jacket_shadow"], 0.9))
    out.append(strand([(716, 750), (722, 900), (716, 1100), (712, 1400)], 9, p["jacket_shadow"], 0.8))
    out.append(shape("M700 690 C 760 710, 800 760, 812 840 C 780 790, 740 750, 690 720 Z", p["jacket_light"]))
    out.append(neck_at(p, 420, 540, 500, 720))
    # shirt in the opening: a simple collarless shirt with a short placket
    shirt = "M396 664 L 560 664 L 590 1400 L 380 1400 Z"
    out.append(shape(shirt, p["shirt"]))
    out.append(shape("M396 664 L 440 664 L 460 1400 L 380 1400 Z", p["shirt_shadow"], 0.8))
    out.append(shape("M410 664 C 430 730, 520 740, 546 664 L 556 666 C 530 752, 420 748, 398 666 Z", p["shirt_shadow"]))
    out.append(shape("M410 664 C 430 730, 520 740, 546 664 Z", p["skin"]))
    out.append(shape("M410 664 C 430 700, 470 712, 500 712 C 460 700, 430 690, 410 664 Z", p["skin_shadow"], 0.6))
    out.append(shape("M476 720 L 484 720 L 486 840 L 478 840 Z", p["shirt_shadow"]))
    out.append(f'<circle cx="490" cy="770" r="5" fill="{p["shirt_shadow"]}"/><circle cx="492" cy="820" r="5" fill="{p["shirt_shadow"]}"/>')
    # jacket fronts and the folded collar
    near_front = "M396 660 C 380 700, 392 780, 420 860 C 440 1000, 446 1200, 440 1400 L 300 1400 L 300 700 Z"
    far_front = "M560 660 C 580 700, 570 780, 548 860 C 540 1000, 540 1200, 548 1400 L 700 1400 L 700 700 Z"
    out.append(shape(near_front, p["jacket"]))
    out.append(shape("M300 700 L 396 660 C 380 700, 392 780, 420 860 C 440 1000, 446 1200, 440 1400 L 360 1400 C 330 1200, 320 1000, 330 860 Z", p["jacket_shadow"], 0.35))
    out.append(rimmed(far_front, p["rim"], p["jacket"], 4, 0, 0.4))
    out.append(shape("M548 860 C 540 1000, 540 1200, 548 1400 L 560 1400 C 554 1200, 556 1000, 562 870 Z", p["jacket_light"], 0.7))
    out.append(shape("M380 640 C 350 680, 360 760, 400 830 L 420 860 C 400 790, 396 720, 410 668 Z", p["jacket_shadow"]))
    out.append(shape("M576 640 C 606 680, 600 760, 566 830 L 548 860 C 566 790, 566 720, 552 668 Z", p["jacket_light"]))
    # a chest pocket flap and a strap across the near side
    out.append(shape("M600 900 L 680 896 L 684 950 L 604 956 Z", p["jacket_shadow"], 0.6))
    out.append(shape("M600 900 L 680 896 L 680 906 L 600 910 Z", p["jacket_light"]))
    out.append(shape("M300 1270 C 400 1290, 560 1290, 700 1262 L 702 1310 C 560 1338, 400 1338, 300 1318 Z", p["strap"]))
    out.append(shape("M300 1270 C 400 1290, 560 1290, 700 1262 L 700 1270 C 560 1298, 400 1298, 300 1278 Z", p["jacket_light"], 0.6))
    return "".join(out)


KY = dict(near_eye=(456, 332), far_eye=(570, 330), top=12, bot=8, gaze=(5, 0), slant=2,
          brows=(((492, 296), (414, 290), 6), ((540, 294), (602, 290), 4)), mouth="closed", curve=-1, tilt=0, shift=(0, 0))


def KE(**kw):
    d = dict(KY)
    d.update(kw)
    return d


KYLO_WOUNDED_EXPR = {
    "wounded": KE(top=8, bot=8, gaze=(3, 4), slant=-5, lift=2,
                  brows=(((490, 282), (414, 300), 2), ((542, 280), (602, 300), 2)),
                  lines=["M478 268 C 492 262, 504 264, 512 270 C 502 270, 490 270, 478 274 Z"],
                  under=KYLO_SHADOW_UNDER, marks=("cut",),
                  mouth="open", open_h=16, mouth_w=54, curve=-6, teeth=False, mouth_c=(530, 496), tilt=-6, shift=(-8, 10)),
}
KYLO_GOWN_EXPR = {
    "gown": KE(top=6, bot=8, gaze=(3, 3), slant=-1, lift=1,
               brows=(((490, 292), (414, 298), 4), ((542, 290), (602, 298), 3)),
               under=KYLO_SHADOW_UNDER, mouth="closed", curve=-2, tilt=-3, shift=(-2, 8)),
}
# Chapter 1's expressions, named for the rain they are soaked in.
REY_RAIN_EXPR = {f"rain_{key}": e for key, e in REY_EXPR.items()}

# In the medbay gown he still winces and softens.
KYLO_GOWN_EXPR["gown_pained"] = dict(KYLO_EXPR["pained"], under=KYLO_SHADOW_UNDER)
KYLO_GOWN_EXPR["gown_soft"] = dict(KYLO_EXPR["soft"], under=KYLO_SHADOW_UNDER)

KYLO_PLAIN_EXPR = {
    "plain": KE(),
    "plain_soft": KE(top=11, gaze=(4, 1), slant=-2, lift=3,
                     brows=(((490, 290), (414, 292), 9), ((542, 288), (602, 292), 7)),
                     curve=2, skew=4, tilt=3, shift=(2, 4)),
    "plain_smiling": KE(top=10, gaze=(5, 1), slant=-1, lift=5,
                        brows=(((490, 288), (414, 290), 9), ((542, 284), (602, 286), 8)),
                        curve=3, skew=12, mouth_w=64, tilt=4, shift=(2, 2)),
    "plain_sad": KE(top=10, gaze=(2, 6), slant=-5,
                    brows=(((490, 282), (414, 298), 3), ((542, 280), (602, 298), 3)),
                    lines=["M478 268 C 492 262, 504 264, 512 270 C 502 270, 490 270, 478 274 Z"],
                    curve=-5, mouth_w=54, tilt=-5, shift=(-4, 8)),
    "plain_hurt": KE(top=8, bot=8, gaze=(3, 4), slant=-4, lift=2,
                     brows=(((490, 284), (414, 298), 3), ((542, 282), (602, 298), 3)),
                     under=KYLO_SHADOW_UNDER, marks=("bruise", "bandage"),
                     mouth="open", open_h=10, mouth_w=48, curve=-4, teeth=False, mouth_c=(530, 494), tilt=-4, shift=(-4, 8)),
}


# --------------------------------------------------------------------------- Finn
FINN = dict(
    skin="#7a4a33", skin_shadow="#553222", skin_light="#9b6548", rim="#f4dcbc", blush="#a0503c",
    hair="#16100d", hair_shadow="#0b0807", hair_light="#3a2c24", stubble="#2a1a12",
    jacket="#5d3a23", jacket_shadow="#3e2616", jacket_light="#7d5334", stripe="#7a2a26",
    shirt="#3f413d", shirt_shadow="#2b2d2a",
    sclera="#eee4d8", iris="#3a2216", iris_light="#6a4430", pupil="#100a07",
    lash="#140c09", lid_cast="#3e2418",
    lip="#8a5244", mouth_line="#3a1d15", mouth_in="#2e1414", teeth="#f2ebe2", tongue="#9a4e50",
    brow="#130c09",
)


def finn_body(p):
    out = []
    out.append(rimmed(torso_path(470, 660, 310, 292, drop=72), p["rim"], p["jacket"], 6, -2))
    out.append(shape("M160 732 C 140 820, 142 920, 146 1010 L 150 1400 L 270 1400 C 256 1200, 252 1000, 258 870 "
                     "C 262 800, 274 750, 300 700 C 240 706, 190 716, 160 732 Z", p["jacket_shadow"]))
    out.append(shape("M690 700 C 730 716, 760 760, 768 830 C 740 780, 716 750, 680 730 Z", p["jacket_light"]))
    # sleeve seams with the maroon stripe down the far arm
    out.append(strand([(258, 780), (250, 950), (256, 1150), (262, 1400)], 10, p["jacket_shadow"]))
    out.append(strand([(688, 770), (694, 950), (690, 1150), (686, 1400)], 9, p["jacket_shadow"], 0.8))
    out.append(shape("M718 760 L 734 762 L 746 1400 L 728 1400 Z", p["stripe"], 0.9))
    out.append(shape("M206 780 L 222 776 L 214 1400 L 196 1400 Z", p["stripe"], 0.6))
    out.append(neck_at(p, 410, 540, 470, 700, 14))
    # dark shirt in the open front
    out.append(shape("M394 672 L 556 672 L 584 1400 L 372 1400 Z", p["shirt"]))
    out.append(shape("M394 672 L 440 672 L 452 1400 L 372 1400 Z", p["shirt_shadow"]))
    out.append(shape("M412 672 C 430 720, 520 726, 540 672 Z", p["skin"]))
    out.append(shape("M412 672 C 426 700, 460 712, 490 714 C 456 700, 430 690, 412 672 Z", p["skin_shadow"], 0.7))
    # jacket fronts with a wide folded collar
    out.append(shape("M392 668 C 378 720, 396 820, 424 900 C 436 1040, 440 1220, 434 1400 L 300 1400 L 300 700 Z", p["jacket"]))
    out.append(shape("M300 700 L 392 668 C 378 720, 396 820, 424 900 C 436 1040, 440 1220, 434 1400 L 350 1400 C 330 1200, 324 1000, 330 860 Z", p["jacket_shadow"], 0.3))
    out.append(rimmed("M558 668 C 576 720, 566 820, 540 900 C 532 1040, 532 1220, 540 1400 L 690 1400 L 690 700 Z", p["rim"], p["jacket"], 4, 0, 0.4))
    out.append(shape("M540 900 C 532 1040, 532 1220, 540 1400 L 552 1400 C 546 1220, 548 1040, 554 910 Z", p["jacket_light"], 0.8))
    out.append(shape("M370 640 C 320 680, 320 760, 360 840 L 424 900 C 396 820, 382 740, 400 668 Z", p["jacket_shadow"]))
    out.append(shape("M370 640 C 340 676, 336 720, 346 770 C 350 730, 360 690, 384 660 Z", p["jacket_light"], 0.5))
    out.append(shape("M582 640 C 636 680, 640 760, 604 840 L 540 900 C 566 820, 580 740, 556 668 Z", p["jacket_light"]))
    out.append(shape("M604 840 L 540 900 L 548 880 L 596 836 Z", p["jacket_shadow"], 0.6))
    # zip teeth on the far front edge, a belt of the shirt at the hem
    out.append(strand([(548, 920), (540, 1100), (544, 1380)], 5, "#a48c6a", 0.7))
    out.append(shape("M300 1300 C 400 1318, 560 1318, 690 1296 L 690 1330 C 560 1350, 400 1350, 300 1334 Z", p["jacket_shadow"], 0.8))
    return "".join(out)


def finn_head(p, e, uid):
    out = []
    out.append(blob([(336, 480), (310, 400), (312, 320), (350, 250), (430, 206), (520, 206), (596, 250), (618, 330),
                     (612, 400), (560, 440), (420, 560), (372, 560)], p["hair_shadow"]))
    out.append(human_face(p, e, uid, jaw=0.7, nose=(1.25, 1.05), brow_t=(15, 12), stubble=0.0, ft=(1.04, 1.0), blush=0.12))
    cap = [(322, 430), (312, 350), (336, 270), (392, 216), (470, 200), (550, 208), (604, 254), (620, 330), (608, 392),
           (596, 348), (570, 312), (520, 296), (462, 298), (410, 310), (382, 338), (372, 392), (380, 452), (366, 458),
           (352, 424)]
    out.append(rimmed(blob_d(cap), p["rim"], p["hair"], 4, -2, 0.45))
    for pts in ([(400, 236), (440, 218), (480, 214)], [(500, 216), (540, 222), (576, 244)], [(346, 296), (358, 264), (380, 240)]):
        out.append(strand(pts, 6, p["hair_light"], 0.7))
    return "".join(out)


def blob_d(pts):
    k = len(pts)
    d = "M" + P(pts[0])
    for i in range(k):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[(i + 1) % k], pts[(i + 2) % k]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d += f" C{P(c1, c2, p2)}"
    return d + " Z"


FINN_EXPR = {
    "neutral": E(gaze=(5, 0), brows=bset(0, 0, 7)),
    "sceptical": E(top=9, far_top=15, gaze=(9, 0), slant=2, brows=bset(6, 2, 3, far_inner=-10, far_outer=-14, far_arch=12),
                   mouth="closed", curve=-2, skew=7, mouth_w=54, tilt=-4, shift=(4, 0)),
    "smiling": E(top=11, gaze=(4, 0), lift=7, slant=-1, brows=bset(-6, -2, 10),
                 mouth="open", open_h=32, mouth_w=80, curve=11, skew=2, mouth_c=(522, 562), tilt=4, shift=(4, 0)),
    "worried": E(top=15, gaze=(-2, 3), slant=-5, brows=bset(-13, 3, 3), lines=WORRY[:1],
                 mouth="open", open_h=10, mouth_w=44, curve=-4, teeth=False, tilt=-3, shift=(-4, 4)),
}


# --------------------------------------------------------------------------- Poe
POE = dict(
    skin="#b47e5c", skin_shadow="#87573c", skin_light="#cf9c78", rim="#ffe2bd", blush="#c86f58",
    hair="#1f1511", hair_shadow="#100a08", hair_light="#4a3428", stubble="#3a2519",
    jacket="#a7592b", jacket_shadow="#763c1a", jacket_light="#c8783f", rib="#8a4722",
    shirt="#d6cbb5", shirt_shadow="#aa9f89", patch="#3c4b5e",
    sclera="#efe6dc", iris="#3d2518", iris_light="#6e4a32", pupil="#110a07",
    lash="#180f0b", lid_cast="#5e3c2a",
    lip="#a2654f", mouth_line="#4a2519", mouth_in="#331616", teeth="#f3ece3", tongue="#a05053",
    brow="#1a110d",
)


def poe_body(p):
    out = []
    out.append(rimmed(torso_path(470, 668, 300, 286, drop=70), p["rim"], p["jacket"], 6, -2))
    out.append(shape("M170 738 C 150 820, 152 920, 156 1010 L 160 1400 L 280 1400 C 266 1200, 262 1000, 268 870 "
                     "C 272 800, 284 752, 310 708 C 250 714, 200 724, 170 738 Z", p["jacket_shadow"]))
    out.append(shape("M680 706 C 722 720, 752 764, 760 834 C 732 786, 708 756, 672 736 Z", p["jacket_light"]))
    # quilted shoulder yokes: stitched horizontal panels
    for y in (744, 772, 800):
        out.append(shape(f"M190 {y} C 230 {y - 14}, 280 {y - 24}, 330 {y - 28} L 330 {y - 22} C 280 {y - 18}, 230 {y - 8}, 192 {y + 6} Z", p["jacket_shadow"], 0.7))
        out.append(shape(f"M610 {y - 28} C 660 {y - 24}, 700 {y - 14}, 744 {y} L 742 {y + 6} C 700 {y - 8}, 660 {y - 18}, 610 {y - 22} Z", p["jacket_shadow"], 0.5))
    out.append(strand([(268, 800), (260, 950), (266, 1150), (272, 1400)], 10, p["jacket_shadow"]))
    out.append(strand([(680, 790), (686, 950), (682, 1150), (678, 1400)], 9, p["jacket_shadow"], 0.8))
    # round patch on the far shoulder
    out.append(f'<circle cx="714" cy="860" r="30" fill="{p["patch"]}"/><circle cx="714" cy="860" r="22" fill="none" stroke="#c9a35a" stroke-width="4"/>')
    out.append(neck_at(p, 414, 540, 480, 700, 12))
    # cream shirt, then the jacket zipped halfway with a ribbed stand collar
    out.append(shape("M410 680 L 546 680 L 520 880 L 440 880 Z", p["shirt"]))
    out.append(shape("M420 680 C 440 728, 514 732, 536 680 Z", p["skin"]))
    out.append(shape("M410 680 L 440 680 L 470 880 L 440 880 Z", p["shirt_shadow"]))
    out.append(shape("M392 676 C 380 760, 420 840, 480 900 C 470 1060, 470 1240, 476 1400 L 300 1400 L 300 720 Z", p["jacket"]))
    out.append(shape("M300 720 L 392 676 C 380 760, 420 840, 480 900 C 470 1060, 470 1240, 476 1400 L 360 1400 C 336 1200, 330 1000, 336 860 Z", p["jacket_shadow"], 0.3))
    out.append(rimmed("M560 676 C 576 760, 540 840, 480 900 C 470 1060, 470 1240, 476 1400 L 680 1400 L 680 720 Z", p["rim"], p["jacket"], 4, 0, 0.4))
    out.append(strand([(556, 700), (540, 800), (490, 890)], 8, p["jacket_light"], 0.8))
    out.append(strand([(482, 904), (474, 1100), (478, 1390)], 6, "#d8b27a", 0.8))
    out.append(f'<rect x="470" y="892" width="18" height="26" rx="3" fill="#d8b27a"/>')
    # ribbed collar around the neck
    collar = "M376 640 C 360 680, 372 716, 396 730 C 420 700, 430 690, 440 686 L 520 686 C 540 690, 556 700, 570 730 C 596 716, 604 680, 584 640 C 560 670, 510 676, 480 676 C 450 676, 400 670, 376 640 Z"
    out.append(rimmed(collar, p["rim"], p["rib"], 4, -1, 0.5))
    out.append(f'<clipPath id="poe_collar"><path d="{collar}"/></clipPath><g clip-path="url(#poe_collar)">')
    for x in range(368, 600, 14):
        out.append(f'<rect x="{x}" y="630" width="5" height="110" fill="{p["jacket_shadow"]}" opacity="0.45"/>')
    out.append("</g>")
    out.append(shape("M300 1296 C 400 1316, 560 1316, 680 1292 L 680 1344 C 560 1364, 400 1364, 300 1348 Z", p["rib"]))
    return "".join(out)


def poe_head(p, e, uid):
    out = []
    out.append(blob([(330, 500), (300, 400), (306, 300), (350, 236), (440, 200), (540, 206), (610, 254), (630, 330),
                     (616, 400), (560, 430), (420, 560), (370, 570)], p["hair_shadow"]))
    out.append(human_face(p, e, uid, jaw=0.55, nose=(1.12, 1.08), brow_t=(14, 11), stubble=0.28, ft=(1.02, 1.0), blush=0.15))
    base = [(320, 440), (306, 350), (330, 276), (392, 226), (470, 206), (556, 214), (612, 258), (630, 330), (612, 380),
            (596, 336), (560, 306), (500, 300), (440, 312), (398, 336), (380, 390), (382, 450), (360, 452)]
    out.append(rimmed(blob_d(base), p["rim"], p["hair"], 4, -2, 0.4))
    curls = [(322, 410, 26), (314, 350, 30), (330, 290, 32), (372, 246, 34), (430, 216, 34), (494, 206, 34),
             (556, 216, 32), (602, 250, 30), (626, 300, 26), (412, 270, 26), (470, 252, 28), (530, 256, 28),
             (580, 290, 24), (368, 310, 24), (350, 370, 22)]
    for x, y, r in curls:
        out.append(f'<circle cx="{x + 3}" cy="{y - 2}" r="{r}" fill="{p["rim"]}" opacity="0.25"/>')
        out.append(f'<circle cx="{x}" cy="{y}" r="{r}" fill="{p["hair"]}"/>')
        out.append(shape(f"M{x - r * 0.6} {y - r * 0.2} C {x - r * 0.4} {y - r * 0.75}, {x + r * 0.5} {y - r * 0.7}, {x + r * 0.6} {y - r * 0.1} "
                         f"C {x + r * 0.3} {y - r * 0.45}, {x - r * 0.3} {y - r * 0.5}, {x - r * 0.6} {y - r * 0.2} Z", p["hair_light"], 0.85))
        out.append(shape(f"M{x - r * 0.7} {y + r * 0.2} C {x - r * 0.3} {y + r * 0.9}, {x + r * 0.5} {y + r * 0.8}, {x + r * 0.8} {y + r * 0.2} "
                         f"C {x + r * 0.3} {y + r * 0.5}, {x - r * 0.3} {y + r * 0.5}, {x - r * 0.7} {y + r * 0.2} Z", p["hair_shadow"], 0.8))
    # one curl falling onto the forehead
    out.append(blob([(500, 292), (546, 290), (560, 318), (548, 346), (530, 356), (536, 336), (528, 316), (506, 314)], p["hair"]))
    out.append(strand([(520, 300), (542, 318)], 6, p["hair_light"], 0.8))
    return "".join(out)


POE_EXPR = {
    "neutral": E(gaze=(5, 0), brows=bset(-2, 0, 9), curve=1, skew=2),
    "smiling": E(top=11, gaze=(4, 0), lift=7, slant=-1, brows=bset(-6, -2, 11),
                 mouth="open", open_h=24, mouth_w=76, curve=11, skew=5, tilt=5, shift=(4, 0)),
    "serious": E(top=11, gaze=(6, 0), slant=3, brows=bset(9, 0, 3, pinch=4), lines=FROWN[:1],
                 curve=-2, mouth_w=54, tilt=-1, shift=(0, 6)),
}


# --------------------------------------------------------------------------- Leia
LEIA = dict(
    skin="#e2bea4", skin_shadow="#b08674", skin_light="#f1d7c3", rim="#fff0e0", blush="#d98a80",
    hair="#a9a5a3", hair_shadow="#77737a", hair_light="#d3d0cf", hair_rim="#efe9e4",
    coat="#33293a", coat_shadow="#1f1924", coat_light="#4a3d54", trim="#6e5a78", pin="#c9a45c",
    sclera="#efe5dc", iris="#4f3322", iris_light="#84593a", pupil="#120b07",
    lash="#2a1d18", lid_cast="#8a6656",
    lip="#b27670", mouth_line="#5a302b", mouth_in="#3b1b1b", teeth="#efe6dc", tongue="#a0545a",
    brow="#4f4642",
)


def leia_body(p):
    out = []
    out.append(rimmed(torso_path(470, 790, 252, 236, drop=62), p["rim"], p["coat"], 5, -2))
    out.append(shape("M228 848 C 210 920, 210 1010, 214 1100 L 218 1400 L 320 1400 C 308 1200, 304 1040, 312 940 "
                     "C 316 880, 326 840, 350 806 C 290 814, 250 830, 228 848 Z", p["coat_shadow"]))
    out.append(shape("M640 820 C 676 836, 700 870, 706 930 C 684 890, 664 866, 632 846 Z", p["coat_light"]))
    out.append(strand([(306, 880), (300, 1050), (306, 1250), (310, 1400)], 9, p["coat_shadow"]))
    out.append(strand([(646, 880), (650, 1050), (646, 1250), (642, 1400)], 8, p["coat_shadow"], 0.8))
    out.append(neck_at(p, 430, 520, 600, 760, 8))
    # the high collar wrapping the throat, closing in a diagonal panel to the far side
    collar = "M404 706 C 440 690, 510 690, 548 706 L 560 800 C 520 814, 430 814, 392 800 Z"
    out.append(rimmed(collar, p["rim"], p["coat"], 4, -1, 0.6))
    out.append(shape("M404 706 C 420 700, 440 696, 456 694 L 450 812 C 430 810, 410 806, 392 800 Z", p["coat_shadow"]))
    out.append(shape("M404 706 C 440 690, 510 690, 548 706 L 550 716 C 510 702, 440 702, 404 716 Z", p["trim"]))
    out.append(shape("M400 800 C 440 810, 520 812, 560 800 L 600 830 C 560 850, 470 860, 380 830 Z", p["coat_shadow"], 0.6))
    panel = "M470 812 C 520 820, 580 840, 612 880 L 600 1400 L 560 1400 C 560 1200, 550 1000, 520 880 C 510 850, 490 830, 470 812 Z"
    out.append(shape(panel, p["coat_light"], 0.55))
    out.append(strand([(472, 814), (530, 860), (566, 960), (580, 1140), (578, 1400)], 8, p["trim"]))
    for y in (900, 1010, 1120):
        out.append(f'<circle cx="{n(566 + (y - 900) * 0.06)}" cy="{y}" r="7" fill="{p["pin"]}"/>')
    # small ceremonial pin at the collar
    out.append(f'<circle cx="530" cy="760" r="10" fill="{p["pin"]}"/><circle cx="528" cy="757" r="4" fill="#f3dfa6"/>')
    return "".join(out)


def leia_head(p, e, uid):
    out = []
    out.append(blob([(330, 480), (306, 400), (312, 316), (350, 258), (430, 226), (520, 226), (590, 262), (616, 330),
                     (610, 400), (560, 440), (420, 560), (372, 556)], p["hair_shadow"]))
    out.append(human_face(p, e, uid, jaw=0.15, nose=(0.95, 0.97), age=0.75, ft=(0.97, 0.98), blush=0.25, brow_t=(12, 10)))
    cap = [(330, 470), (314, 390), (326, 300), (380, 246), (470, 226), (556, 236), (604, 280), (618, 350), (608, 410),
           (596, 360), (576, 320), (530, 298), (470, 296), (416, 310), (386, 346), (374, 400), (372, 470), (352, 486)]
    out.append(rimmed(blob_d(cap), p["hair_rim"], p["hair"], 4, -2, 0.5))
    # combed-back strands
    for pts in ([(560, 300), (500, 280), (430, 288), (380, 320)], [(590, 330), (560, 286), (480, 262), (400, 270)],
                [(400, 340), (380, 390), (378, 450)]):
        out.append(strand(pts, 7, p["hair_shadow"], 0.6))
    # the braid wound up around the head like a crown
    cx, cy, rx, ry = 468, 336, 168, 128
    band = [(cx + (rx + dr) * math.cos(math.radians(a)), cy + (ry + dr) * math.sin(math.radians(a)))
            for dr, rng in ((-22, range(196, 347, 6)), (22, range(346, 195, -6))) for a in rng]
    out.append(shape("M" + " L".join(P(q) for q in band) + " Z", p["hair_shadow"]))
    segs = 17
    for i in range(segs):
        a = math.radians(198 + i * (344 - 198) / (segs - 1))
        x, y = cx + rx * math.cos(a), cy + ry * math.sin(a)
        tx, ty = -rx * math.sin(a), ry * math.cos(a)
        ang = math.degrees(math.atan2(ty, tx))
        side = 7 if i % 2 else -7
        nxp, nyp = -ty / math.hypot(tx, ty), tx / math.hypot(tx, ty)
        x, y = x + nxp * side, y + nyp * side
        tr = f' transform="rotate({n(ang + (30 if i % 2 else -30))} {n(x)} {n(y)})"'
        out.append(f'<ellipse cx="{n(x)}" cy="{n(y)}" rx="30" ry="18" fill="{p["hair_shadow"]}"{tr}/>')
        out.append(f'<ellipse cx="{n(x - 1)}" cy="{n(y - 2)}" rx="27" ry="14" fill="{p["hair"]}"{tr}/>')
        out.append(f'<ellipse cx="{n(x - 3)}" cy="{n(y - 6)}" rx="15" ry="5" fill="{p["hair_light"]}"{tr}/>')
    # rim light along the top of the braid
    top_arc = [(cx + (rx + 24) * math.cos(math.radians(a)), cy + (ry + 24) * math.sin(math.radians(a))) for a in range(232, 330, 6)]
    out.append(strand(top_arc[::-1], 6, p["hair_rim"], 0.6))
    return "".join(out)


LEIA_EXPR = {
    "neutral": E(top=13, gaze=(5, 0), brows=bset(0, 2, 7), curve=-1, mouth_w=52),
    "sad": E(top=10, gaze=(2, 6), slant=-5, wet=True, brows=bset(-11, 4, 2), lines=WORRY[:1],
             curve=-4, mouth_w=50, tilt=-4, shift=(-4, 8)),
    "amused": E(top=11, lift=5, gaze=(6, 1), brows=bset(-2, 0, 9, far_inner=-8, far_outer=-10, far_arch=10),
                curve=3, skew=9, mouth_w=54, tilt=4, shift=(2, 0)),
    "stern": E(top=11, gaze=(7, 0), slant=4, brows=bset(11, -2, 2, pinch=4), lines=FROWN,
               curve=-3, mouth_w=48, tilt=-1, shift=(0, -4)),
}


# --------------------------------------------------------------------------- Luke
LUKE = dict(
    skin="#d5a586", skin_shadow="#a2735d", skin_light="#e8c0a2", rim="#fff0de", blush="#d9846f",
    hair="#a19b93", hair_shadow="#6f6a64", hair_light="#cdc7bf", hair_rim="#ece6de",
    robe="#3b3029", robe_shadow="#251e19", robe_light="#56483d", under="#7a6a58", under_shadow="#5a4d40",
    sclera="#eee6dd", iris="#5a7894", iris_light="#8fadc6", pupil="#111418",
    lash="#3a2c25", lid_cast="#84604f",
    lip="#aa6f62", mouth_line="#4e2a24", mouth_in="#361a1a", teeth="#ede4d8", tongue="#9c5255",
    brow="#7c746c",
)


def luke_body(p):
    out = []
    out.append(rimmed(torso_path(470, 684, 320, 300, drop=74), p["rim"], p["robe"], 6, -2))
    out.append(shape("M150 758 C 130 840, 132 940, 136 1030 L 140 1400 L 260 1400 C 246 1200, 242 1000, 248 880 "
                     "C 252 810, 264 760, 290 716 C 230 722, 180 740, 150 758 Z", p["robe_shadow"]))
    out.append(shape("M690 716 C 734 732, 766 780, 772 850 C 744 800, 720 770, 680 748 Z", p["robe_light"]))
    out.append(neck_at(p, 424, 530, 500, 720))
    # layered wrap: lighter undertunic in the V
    out.append(shape("M404 690 L 556 690 L 500 900 Z", p["under"]))
    out.append(shape("M404 690 L 456 690 L 500 900 Z", p["under_shadow"]))
    out.append(shape("M430 690 C 450 730, 510 734, 530 690 Z", p["skin"]))
    out.append(shape("M390 686 L 500 920 C 520 1040, 540 1200, 560 1400 L 300 1400 L 300 720 Z", p["robe"]))
    out.append(shape("M300 720 L 390 686 L 500 920 C 520 1040, 540 1200, 560 1400 L 370 1400 C 340 1200, 330 1000, 336 870 Z", p["robe_shadow"], 0.35))
    out.append(strand([(392, 690), (452, 820), (500, 922), (540, 1150), (556, 1400)], 9, p["robe_light"], 0.7))
    # the hood lying in heavy folds around the neck and shoulders
    hood = ("M330 660 C 370 620, 430 612, 470 616 C 530 616, 590 628, 624 668 C 650 700, 640 740, 604 752 "
            "C 590 724, 566 704, 546 698 L 420 698 C 392 708, 360 730, 336 760 C 310 740, 306 700, 330 660 Z")
    out.append(rimmed(hood, p["rim"], p["robe"], 5, -2, 0.5))
    out.append(shape("M330 660 C 370 628, 420 618, 460 620 C 414 636, 370 660, 344 694 Z", p["robe_light"]))
    out.append(shape("M336 760 C 360 730, 392 708, 420 698 C 396 722, 372 744, 354 772 Z", p["robe_shadow"]))
    out.append(strand([(700, 900), (716, 1100), (710, 1400)], 10, p["robe_shadow"]))
    out.append(strand([(200, 900), (196, 1100), (204, 1400)], 10, p["robe_light"], 0.4))
    return "".join(out)


def luke_head(p, e, uid):
    out = []
    out.append(blob([(330, 530), (300, 430), (306, 330), (350, 262), (430, 232), (520, 232), (592, 268), (618, 340),
                     (612, 420), (560, 450), (430, 590), (370, 600)], p["hair_shadow"]))
    beard = blob_d([(356, 440), (368, 520), (404, 600), (452, 654), (498, 672), (548, 648), (586, 590), (604, 520),
                    (604, 452), (590, 478), (570, 512), (548, 538), (522, 544), (492, 536), (452, 504), (404, 478), (372, 452)])
    pre = (rimmed(beard, p["hair_rim"], p["hair"], 4, -1, 0.5)
           + shape("M356 440 C 360 500, 380 570, 420 620 C 440 640, 470 660, 498 672 C 450 640, 410 590, 392 520 C 384 490, 380 470, 372 452 Z", p["hair_shadow"], 0.6)
           + strand([(560, 560), (552, 610), (530, 650)], 6, p["hair_light"], 0.7)
           + strand([(480, 590), (486, 630), (478, 660)], 6, p["hair_shadow"], 0.5)
           + shape("M500 570 C 510 560, 536 560, 546 570 C 540 590, 506 590, 500 570 Z", p["hair_shadow"], 0.5))
    stache = blob_d([(484, 556), (492, 536), (522, 532), (552, 534), (576, 552), (568, 560), (546, 552), (522, 554), (500, 554)])
    post = shape(stache, p["hair"]) + shape("M498 540 C 512 534, 536 534, 556 540 C 536 540, 514 542, 498 546 Z", p["hair_light"], 0.8)
    out.append(human_face(p, e, uid, jaw=0.5, nose=(1.1, 1.12), brow_t=(13, 11), age=0.9, ft=(1.0, 1.03),
                          pre_mouth=pre, post=post, blush=0.18))
    cap = [(332, 520), (314, 420), (322, 320), (372, 256), (460, 232), (548, 240), (602, 282), (618, 350), (610, 410),
           (598, 360), (580, 318), (540, 296), (484, 290), (430, 300), (392, 330), (378, 390), (376, 470), (360, 520)]
    out.append(rimmed(blob_d(cap), p["hair_rim"], p["hair"], 4, -2, 0.5))
    for pts in ([(560, 300), (490, 278), (420, 290), (370, 330), (344, 400)], [(596, 340), (560, 280), (470, 256), (390, 270)],
                [(380, 350), (350, 420), (346, 500)]):
        out.append(strand(pts, 8, p["hair_light"], 0.7))
    out.append(strand([(420, 310), (376, 360), (360, 440), (364, 520)], 8, p["hair_shadow"], 0.6))
    return "".join(out)


LUKE_EXPR = {
    "neutral": E(top=12, gaze=(5, 1), slant=1, brows=bset(2, 4, 6), curve=0, mouth_w=54),
    "gentle": E(top=10, lift=5, gaze=(4, 2), slant=-2, brows=bset(-4, 4, 9), curve=4, skew=2, mouth_w=56,
                tilt=4, shift=(2, 2)),
}


# --------------------------------------------------------------------------- Defector (stormtrooper)
TROOPER = dict(
    skin="#b9865f", skin_shadow="#8a5c3f", skin_light="#d2a07a", rim="#f2f6ff", blush="#c9735a",
    hair="#2a1f19", hair_shadow="#17110d", hair_light="#4c3b30", stubble="#3b2a1f",
    fat="#6a6d6d", fat_shadow="#4b4e4f", fat_light="#878a8a",
    armour="#e8eaea", armour_shadow="#b3b8bd", armour_light="#ffffff", black="#1c1d21",
    sclera="#eee6dc", iris="#4a3a2a", iris_light="#7a6348", pupil="#120d09",
    lash="#1e1510", lid_cast="#6a4a36",
    lip="#9c634e", mouth_line="#45231a", mouth_in="#301616", teeth="#f0e8de", tongue="#9c5052",
    brow="#241a14",
)


def trooper_body(p):
    out = []
    out.append(rimmed(torso_path(470, 664, 306, 290, drop=72), p["rim"], p["fat"], 6, -2))
    out.append(shape("M164 736 C 144 820, 146 920, 150 1010 L 154 1400 L 272 1400 C 258 1200, 254 1000, 260 870 "
                     "C 264 800, 276 752, 302 704 C 242 710, 192 720, 164 736 Z", p["fat_shadow"]))
    out.append(strand([(684, 780), (690, 950), (686, 1150), (682, 1400)], 9, p["fat_shadow"], 0.8))
    out.append(neck_at(p, 410, 540, 480, 700, 14))
    # black undersuit collar, fatigue collar and zip
    out.append(shape("M410 672 C 430 700, 520 704, 546 672 L 556 700 C 520 736, 430 736, 400 700 Z", p["black"]))
    out.append(shape("M380 650 C 360 700, 380 760, 420 800 L 470 720 C 440 712, 410 694, 400 668 Z", p["fat_shadow"]))
    out.append(shape("M578 650 C 598 700, 580 760, 540 800 L 480 720 C 514 712, 546 694, 556 668 Z", p["fat_light"]))
    out.append(strand([(476, 724), (476, 1000), (478, 1400)], 6, p["fat_shadow"]))
    # pockets and hem
    out.append(shape("M330 900 L 430 896 L 432 990 L 334 994 Z", p["fat_shadow"], 0.5))
    out.append(shape("M330 900 L 430 896 L 430 916 L 330 920 Z", p["fat_light"], 0.6))
    out.append(shape("M300 1290 C 400 1310, 560 1310, 690 1288 L 690 1330 C 560 1352, 400 1352, 300 1334 Z", p["black"], 0.8))
    # white chest plate, strapped over the far side of the chest
    plate = "M496 760 C 560 740, 650 744, 700 776 C 712 840, 700 900, 676 940 C 620 960, 550 958, 506 930 C 492 880, 488 820, 496 760 Z"
    out.append(rimmed(plate, p["rim"], p["armour"], 4, -1, 0.8))
    out.append(shape("M506 930 C 550 958, 620 960, 676 940 L 670 956 C 620 976, 550 974, 504 946 Z", p["black"]))
    out.append(shape("M500 800 C 560 790, 640 792, 700 812 L 700 824 C 640 806, 560 806, 500 814 Z", p["armour_shadow"]))
    out.append(shape("M520 836 L 560 832 L 562 900 L 524 904 Z M580 832 L 620 834 L 618 902 L 580 900 Z", p["armour_shadow"], 0.8))
    out.append(shape("M640 760 C 680 770, 698 790, 702 820 C 690 800, 670 786, 636 776 Z", p["armour_light"]))
    out.append(shape("M496 860 L 300 900 L 300 924 L 496 884 Z", p["black"], 0.9))
    # white shoulder bell on the near shoulder
    bell = "M262 700 C 200 700, 150 740, 136 810 C 134 850, 140 880, 150 900 C 200 912, 260 908, 310 890 C 322 830, 316 750, 262 700 Z"
    out.append(rimmed(bell, p["rim"], p["armour"], 4, -1, 0.6))
    out.append(shape("M136 810 C 134 850, 140 880, 150 900 C 200 912, 260 908, 310 890 L 308 870 C 260 888, 200 890, 150 880 C 144 860, 140 836, 140 812 Z", p["armour_shadow"]))
    out.append(shape("M150 900 C 200 912, 260 908, 310 890 L 312 904 C 260 924, 200 928, 150 916 Z", p["black"]))
    out.append(shape("M258 714 C 290 740, 304 790, 304 840 C 290 800, 276 760, 250 730 Z", p["armour_light"]))
    out.append(shape("M150 780 C 190 760, 250 758, 300 776 L 300 788 C 250 772, 190 774, 148 794 Z", p["armour_shadow"], 0.8))
    return "".join(out)


def trooper_head(p, e, uid):
    out = []
    out.append(blob([(340, 480), (318, 400), (322, 320), (360, 266), (432, 236), (520, 236), (588, 268), (612, 330),
                     (610, 392), (560, 430), (420, 560), (376, 556)], p["hair_shadow"]))
    out.append(human_face(p, e, uid, jaw=0.6, nose=(1.08, 1.02), brow_t=(13, 11), stubble=0.12, ft=(1.03, 1.0), blush=0.12))
    cap = [(328, 430), (320, 350), (348, 286), (404, 248), (470, 236), (544, 244), (594, 278), (612, 336), (604, 380),
           (594, 346), (568, 316), (520, 304), (462, 304), (414, 314), (386, 342), (378, 392), (382, 440), (368, 446),
           (356, 420)]
    out.append(rimmed(blob_d(cap), p["rim"], p["hair"], 4, -2, 0.35))
    out.append(shape(blob_d([(420, 258), (480, 246), (550, 256), (520, 262), (470, 260)]), p["hair_light"], 0.6))
    return "".join(out)


TROOPER_EXPR = {
    "neutral": E(top=13, gaze=(5, 0), brows=bset(2, 2, 6), curve=-1, mouth_w=54),
    "wary": E(top=16, bot=10, gaze=(10, 0), slant=-2, brows=bset(-6, 4, 3, pinch=4), lines=FROWN[:1],
              curve=-4, mouth_w=46, tilt=-3, shift=(-8, 4)),
}


# --------------------------------------------------------------------------- Med-droid
DROID = dict(
    chrome="#aeb8c2", chrome_shadow="#69737d", chrome_light="#e4ebf1", chrome_dark="#363d45", rim="#f2f8ff",
    glow="#7fe4ff", glow_core="#e6fbff", lens="#10252e", tool="#c8d0d6", tool_dark="#4b535b", red="#d24b4b",
)


def droid_arm(p, pts, tool):
    """A thin jointed arm along pts with an instrument at the end."""
    out = []
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        out.append(f'<line x1="{n(x0)}" y1="{n(y0)}" x2="{n(x1)}" y2="{n(y1)}" stroke="{p["chrome_shadow"]}" stroke-width="20" stroke-linecap="round"/>')
        out.append(f'<line x1="{n(x0)}" y1="{n(y0 - 3)}" x2="{n(x1)}" y2="{n(y1 - 3)}" stroke="{p["chrome_light"]}" stroke-width="5" stroke-linecap="round" opacity="0.8"/>')
    for x, y in pts[:-1]:
        out.append(f'<circle cx="{n(x)}" cy="{n(y)}" r="13" fill="{p["chrome_dark"]}"/><circle cx="{n(x - 2)}" cy="{n(y - 3)}" r="6" fill="{p["chrome"]}"/>')
    x, y = pts[-1]
    px, py = pts[-2]
    ang = math.degrees(math.atan2(y - py, x - px))
    g = f'<g transform="translate({n(x)} {n(y)}) rotate({n(ang)})">'
    if tool == "syringe":
        g += (f'<rect x="-6" y="-10" width="44" height="20" rx="4" fill="{p["tool"]}"/><rect x="4" y="-6" width="26" height="12" fill="{p["glow"]}" opacity="0.7"/>'
              f'<rect x="38" y="-2" width="34" height="4" fill="{p["tool_dark"]}"/>')
    elif tool == "clamp":
        g += (f'<rect x="-4" y="-8" width="22" height="16" fill="{p["tool_dark"]}"/>'
              f'<path d="M18 -8 L 50 -22 L 54 -16 L 26 -2 Z M18 8 L 50 22 L 54 16 L 26 2 Z" fill="{p["tool"]}"/>')
    elif tool == "scanner":
        g += (f'<rect x="-4" y="-14" width="30" height="28" rx="6" fill="{p["tool_dark"]}"/>'
              f'<circle cx="26" cy="0" r="12" fill="{p["red"]}"/><circle cx="24" cy="-3" r="4" fill="#ffd0d0"/>')
    else:  # a light
        g += (f'<path d="M-4 -10 L 30 -18 L 30 18 L -4 10 Z" fill="{p["tool"]}"/><ellipse cx="30" cy="0" rx="6" ry="18" fill="{p["glow_core"]}"/>')
    out.append(g + "</g>")
    return "".join(out)


def droid_body(p):
    out = []
    # arms behind the body
    out.append(droid_arm(p, [(300, 820), (170, 800), (110, 900), (150, 1010)], "light"))
    out.append(droid_arm(p, [(640, 820), (770, 790), (840, 880), (810, 990)], "scanner"))
    # neck column: stacked rings
    for i, y in enumerate(range(560, 760, 34)):
        w = 70 + i * 4
        out.append(f'<rect x="{470 - w}" y="{y}" width="{2 * w}" height="26" rx="12" fill="{p["chrome_dark"] if i % 2 else p["chrome_shadow"]}"/>')
        out.append(f'<rect x="{470 - w + 10}" y="{y + 4}" width="{w}" height="6" rx="3" fill="{p["chrome_light"]}" opacity="0.5"/>')
    # rounded chassis
    chassis = "M470 740 C 330 740, 230 790, 210 900 C 196 1000, 214 1200, 240 1400 L 700 1400 C 726 1200, 744 1000, 730 900 C 710 790, 610 740, 470 740 Z"
    out.append(rimmed(chassis, p["rim"], p["chrome"], 6, -2))
    out.append(shape("M210 900 C 196 1000, 214 1200, 240 1400 L 330 1400 C 300 1200, 290 1000, 300 900 C 310 830, 340 790, 380 762 C 290 780, 222 830, 210 900 Z", p["chrome_shadow"]))
    out.append(shape("M620 780 C 690 810, 720 860, 726 940 C 700 880, 670 840, 610 800 Z", p["chrome_light"]))
    # chrome reflections: a dark horizon band and a bright sky edge
    out.append(shape("M214 860 C 380 830, 560 830, 726 860 L 730 900 C 560 872, 380 872, 210 902 Z", p["chrome_shadow"], 0.55))
    out.append(shape("M226 820 C 380 790, 560 790, 712 820 L 716 834 C 560 806, 380 806, 222 836 Z", p["chrome_light"], 0.8))
    out.append(shape("M330 960 C 420 940, 560 940, 640 960 L 636 1180 C 560 1200, 420 1200, 338 1180 Z", p["chrome_dark"]))
    for i, y in enumerate(range(986, 1170, 30)):
        out.append(f'<rect x="360" y="{y}" width="{200 if i % 2 else 250}" height="10" rx="5" fill="{p["glow"]}" opacity="{0.35 + 0.1 * (i % 3)}"/>')
    out.append(f'<circle cx="600" cy="1010" r="12" fill="{p["red"]}"/><circle cx="598" cy="1007" r="4" fill="#ffd8d8"/>')
    out.append(shape("M240 1260 C 380 1290, 560 1290, 700 1260 L 704 1300 C 560 1330, 380 1330, 244 1300 Z", p["chrome_dark"]))
    # arms in front
    out.append(droid_arm(p, [(300, 880), (230, 990), (300, 1100), (380, 1090)], "syringe"))
    out.append(droid_arm(p, [(660, 880), (740, 980), (700, 1090), (620, 1110)], "clamp"))
    out.append(droid_arm(p, [(560, 1230), (640, 1280), (740, 1250)], "light"))
    return "".join(out)


def droid_head(p, e, uid):
    out = []
    dome = "M470 190 C 600 190, 660 290, 660 400 C 660 480, 630 540, 560 570 L 380 570 C 310 540, 280 480, 280 400 C 280 290, 340 190, 470 190 Z"
    out.append(rimmed(dome, p["rim"], p["chrome"], 6, -2))
    out.append(shape("M280 400 C 280 290, 340 190, 470 190 C 390 210, 336 290, 334 400 C 334 470, 350 530, 380 570 C 310 540, 280 480, 280 400 Z", p["chrome_shadow"]))
    out.append(shape("M520 210 C 590 230, 636 290, 646 370 C 620 310, 580 260, 510 230 Z", p["chrome_light"]))
    # face plate band and the single sensor eye
    out.append(shape("M300 380 C 380 360, 580 358, 656 376 L 654 470 C 580 490, 380 490, 302 470 Z", p["chrome_dark"]))
    out.append(f'<circle cx="530" cy="422" r="54" fill="{p["chrome_shadow"]}"/><circle cx="530" cy="422" r="42" fill="{p["lens"]}"/>')
    out.append(f'<circle cx="530" cy="422" r="26" fill="{p["glow"]}" opacity="0.9"/><circle cx="530" cy="422" r="12" fill="{p["glow_core"]}"/>')
    out.append(f'<circle cx="518" cy="406" r="7" fill="#ffffff" opacity="0.9"/>')
    out.append(f'<circle cx="400" cy="424" r="14" fill="{p["lens"]}"/><circle cx="400" cy="424" r="6" fill="{p["red"]}"/>')
    # vents, antenna and a seam
    for x in (360, 380, 400, 420):
        out.append(f'<rect x="{x}" y="510" width="10" height="40" rx="5" fill="{p["chrome_dark"]}" opacity="0.8"/>')
    out.append(shape("M300 330 C 380 310, 560 308, 650 326 L 650 334 C 560 318, 380 320, 300 338 Z", p["chrome_shadow"], 0.7))
    out.append(shape("M290 490 C 380 510, 570 510, 650 488 L 640 520 C 560 540, 380 540, 300 520 Z", p["chrome_light"], 0.5))
    out.append(f'<rect x="584" y="150" width="8" height="60" fill="{p["chrome_dark"]}"/><circle cx="588" cy="146" r="10" fill="{p["glow"]}"/>')
    return "".join(out)


DROID_EXPR = {"neutral": dict(tilt=0, shift=(0, 0))}


def main():
    rey_dry_body = lambda p: rey_body(p, wet=False)
    rey_dry_head = lambda p, e, u: rey_head(p, e, u, wet=False)
    ky_body_dry_torn = lambda p: kylo_body(p, wet=False, torn=True)
    ky_head = lambda style: (lambda p, e, u: kylo_head(p, e, u, style))
    sets = (
        # Soaked in the rain of Chapter 1; the same faces dry for everywhere else.
        ("rey", REY, REY_RAIN_EXPR, rey_body, rey_head, REY_PIVOT, (0, 40), 1.07),
        ("rey", REY_DRY, REY_EXPR, rey_dry_body, rey_dry_head, REY_PIVOT, (0, 40), 1.07),
        ("rey", REY_DRY, REY_DRY_EXPR, rey_dry_body, rey_dry_head, REY_PIVOT, (0, 40), 1.07),
        ("kylo", KYLO, KYLO_EXPR, kylo_body, kylo_head, KYLO_PIVOT, (0, 22), 1.06),
        ("kylo", KYLO_PALE, KYLO_WOUNDED_EXPR, ky_body_dry_torn, ky_head("dry"), KYLO_PIVOT, (0, 22), 1.06),
        ("kylo", KYLO_GOWN, KYLO_GOWN_EXPR, kylo_gown_body, ky_head("bed"), KYLO_PIVOT, (0, 22), 1.06),
        ("kylo", KYLO_PLAIN, KYLO_PLAIN_EXPR, kylo_plain_body, ky_head("dry"), KYLO_PIVOT, (0, 22), 1.06),
        ("finn", FINN, FINN_EXPR, finn_body, finn_head, REY_PIVOT, (0, -56), 1.12),
        ("poe", POE, POE_EXPR, poe_body, poe_head, REY_PIVOT, (0, -34), 1.1),
        ("leia", LEIA, LEIA_EXPR, leia_body, leia_head, REY_PIVOT, (0, 56), 1.0),
        ("luke", LUKE, LUKE_EXPR, luke_body, luke_head, REY_PIVOT, (0, -50), 1.1),
        ("trooper", TROOPER, TROOPER_EXPR, trooper_body, trooper_head, REY_PIVOT, (0, -50), 1.1),
        ("droid", DROID, DROID_EXPR, droid_body, droid_head, REY_PIVOT, (0, 0), 1.0),
    )
    for name, pal, expr, body_fn, head_fn, pivot, base, scale in sets:
        body = body_fn(pal)
        os.makedirs(os.path.join(HERE, name), exist_ok=True)
        for key, e in expr.items():
            head = head_fn(pal, e, f"{name}_{key}_")
            svg = document(f"{name}, {key}", body, head, e["tilt"], pivot, e["shift"], base, scale)
            with open(os.path.join(HERE, name, f"{key}.svg"), "w", encoding="utf-8") as fh:
                fh.write(svg)


if __name__ == "__main__":
    main()
