#!/usr/bin/env python3
"""Writes the cast busts for After the Rain as SVG (standard library only).

Each character has one base (body, hair, head shape, palette) and per-expression face
parts (brows, eyelids and gaze, mouth, head tilt), so an expression swap changes the
feeling, not the person. Run from anywhere: the SVGs land beside this script in
rey/ and kylo/. Busts are 900x1400, transparent, facing slightly toward the viewer's
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


def rey_body(p):
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
    out.append(drops([(600, 790, 5), (330, 1030, 4), (640, 1100, 4), (230, 840, 4), (470, 760, 3)]))
    return '<g transform="translate(0 1400) scale(1 1.03) translate(0 -1400)">' + "".join(out) + "</g>"


def rey_head(p, e, uid):
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
    out.append(eye(uid + "a", e["near_eye"], 70, e["top"], e["bot"], e["gaze"], 1, e["slant"], p,
                   wet=e.get("wet", False), lower_lift=e.get("lift", 0)))
    out.append(eye(uid + "b", e["far_eye"], 52, e["top"] * 0.95, e["bot"], (e["gaze"][0] * 0.8, e["gaze"][1]), -1, e["slant"], p,
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


def kylo_body(p):
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
    out.append(shape("M770 780 C 800 860, 816 960, 820 1080 C 806 980, 790 880, 760 800 Z", p["robe_wet"], 0.8))
    out.append(shape("M250 740 C 270 800, 280 880, 278 960 C 266 890, 254 820, 236 760 Z", p["robe_wet"], 0.5))
    out.append(shape("M680 700 C 720 716, 760 740, 790 780 C 750 760, 716 740, 676 724 Z", p["robe_wet"], 0.6))
    # belt
    belt = "M320 1290 C 420 1302, 540 1302, 640 1290 L 642 1350 C 540 1362, 420 1362, 320 1350 Z"
    out.append(shape(belt, "#0a090c"))
    out.append(shape("M320 1290 C 420 1302, 540 1302, 640 1290 L 640 1300 C 540 1312, 420 1312, 320 1300 Z", p["robe_light"]))
    out.append(shape("M470 1298 L 520 1298 L 520 1352 L 470 1352 Z", "#3a3b46"))
    out.append(shape("M476 1304 L 514 1304 L 514 1310 L 476 1310 Z", "#7f8aa0"))
    out.append(drops([(700, 690, 5), (260, 720, 4), (560, 720, 3.5), (800, 900, 4), (360, 900, 3.5)], "#cfe6ff", 0.6))
    return "".join(out)


def kylo_head(p, e, uid):
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
    out.append(eye(uid + "a", e["near_eye"], 66, e["top"], e["bot"], e["gaze"], 1, e["slant"], p,
                   lash=4.5, wet=e.get("wet", False), lower_lift=e.get("lift", 0)))
    out.append(eye(uid + "b", e["far_eye"], 50, e["top"] * 0.95, e["bot"], (e["gaze"][0] * 0.8, e["gaze"][1]), -1, e["slant"], p,
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
    out.append(drops([(560, 126, 4), (340, 200, 4), (600, 480, 3.5), (470, 560, 3), (320, 380, 3.5), (560, 300, 3)], "#d6ecff", 0.75))
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


def main():
    for name, pal, expr, body_fn, head_fn, pivot, base, scale in (
        ("rey", REY, REY_EXPR, rey_body, rey_head, REY_PIVOT, (0, 40), 1.07),
        ("kylo", KYLO, KYLO_EXPR, kylo_body, kylo_head, KYLO_PIVOT, (0, 22), 1.06),
    ):
        body = body_fn(pal)
        os.makedirs(os.path.join(HERE, name), exist_ok=True)
        for key, e in expr.items():
            head = head_fn(pal, e, f"{name}_{key}_")
            svg = document(f"{name}, {key}", body, head, e["tilt"], pivot, e["shift"], base, scale)
            with open(os.path.join(HERE, name, f"{key}.svg"), "w", encoding="utf-8") as fh:
                fh.write(svg)


if __name__ == "__main__":
    main()
