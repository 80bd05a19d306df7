"""Torsos, arms, hands and poses for the layered cast (standard library only).

A pose is a pair of arms (the near arm is the member's right, on the viewer's left) as
joint chains, each with a hand or none (off the canvas), plus what is drawn in front of
what. Original work, CC BY 4.0.
"""
from castkit import smooth, shift, form, limb, lens, place, mix, dark, ellipse, circle, band, lerp, strand

# hands in local coordinates: the wrist at the origin, the fingers toward +x, the thumb on -y.
# A hand is drawn as a hand reads across a room: a wrist narrower than the hand, the back
# of the hand widening to a slanting row of knuckles (the index's furthest out), four
# fingers of their own lengths (the middle longest, the little one short and thin) with a
# dark seam between them and a crease at each middle joint, and a thumb set apart from the
# fingers on its own mound, with a gap of background or shadow between.
KNUCKLES = [(92, -23, 15.5, 62), (96, -8, 16.5, 68), (94, 7, 15.5, 64), (88, 20, 13, 50)]


def _gap(S):
    return S.get("skin_deep") or dark(S["skin_sh"], 0.7)


def _chain(k0, deg, L, curl, parts=(0.46, 0.31, 0.23)):
    """A finger's joints from its knuckle k0: pointing deg (local), each joint bent by curl
    degrees more (+ toward the palm's side, +y), segments in the hand's proportions."""
    import math
    pts, a, p = [k0], deg, k0
    for f in parts:
        r = math.radians(a)
        p = (p[0] + L * f * math.cos(r), p[1] + L * f * math.sin(r))
        pts.append(p)
        a += curl
    return pts


def fingers(doc, S, x, y, deg, s, flip, specs, shade=True, crease=True):
    """Fingers as separate tapering shapes: specs = [(points, width), ...] in local
    coordinates (2 to 4 joints). Each has a dark seam round it, so fingers read as fingers
    and not as a mitten, a crease at its middle joint and a pale nail end."""
    sk, sh, lt = S["skin"], S["skin_sh"], S["skin_lt"]
    gap = _gap(S)
    for pts, w in specs:
        ws = [w, w * 0.93, w * 0.84, w * 0.74][:len(pts)]
        if len(pts) > len(ws):
            ws += [ws[-1]] * (len(pts) - len(ws))
        doc.path(smooth(place(limb(pts, [v + 5 for v in ws]), x, y, deg, s, flip)), gap, 0.85)
        form(doc, place(limb(pts, ws), x, y, deg, s, flip), sk, sh if shade else None,
             lt, None, s=(4, 4), l=(3, -3))
        if crease and len(pts) >= 3:
            # the crease over the middle joint: a short dark tick across the finger
            import math
            p, q = pts[1], pts[2]
            d = math.hypot(q[0] - p[0], q[1] - p[1]) or 1
            nx, ny = -(q[1] - p[1]) / d, (q[0] - p[0]) / d
            c = (p[0] + (q[0] - p[0]) * 0.12, p[1] + (q[1] - p[1]) * 0.12)
            a = (c[0] + nx * w * 0.34, c[1] + ny * w * 0.34)
            b = (c[0] - nx * w * 0.3, c[1] - ny * w * 0.3)
            doc.blob(place(lens(a, b, 2.2), x, y, deg, s, flip), gap, 0.55)
        # the nail end catches the light
        tip, pre = pts[-1], pts[-2]
        nail = lerp(tip, pre, 0.28)
        import math
        ang = math.degrees(math.atan2(tip[1] - pre[1], tip[0] - pre[0]))
        ellipse(doc, *place([nail], x, y, deg, s, flip)[0], w * 0.34 * s, w * 0.26 * s, lt, 0.5,
                deg + (-ang if flip else ang))


def _palm(L=96, half=30, wrist=23):
    """The back of the hand: a wrist narrower than the hand, widening to the knuckles."""
    return [(-6, -wrist), (26, -half + 2), (60, -half - 1), (L - 4, -half + 6), (L + 3, -12), (L + 3, 4),
            (L - 6, 20), (L - 14, half - 2), (56, half), (24, half - 3), (-6, wrist)]


def _thumb(doc, S, x, y, deg, s, flip, tip_deg, L=58, w=19, curl=14, base=(16, -18)):
    """The thumb on its mound at the heel of the hand, angled out from the fingers."""
    import math
    sk, sh, lt = S["skin"], S["skin_sh"], S["skin_lt"]
    pts = _chain(base, tip_deg, L, curl, (0.5, 0.3, 0.2))
    ws = [w * 1.25, w, w * 0.9, w * 0.76]
    doc.path(smooth(place(limb(pts, [v + 5 for v in ws]), x, y, deg, s, flip)), _gap(S), 0.85)
    form(doc, place(limb(pts, ws), x, y, deg, s, flip), mix(sk, lt, 0.2), sh, lt, None, s=(4, 4), l=(3, -3))
    tip, pre = pts[-1], pts[-2]
    ang = math.degrees(math.atan2(tip[1] - pre[1], tip[0] - pre[0]))
    ellipse(doc, *place([lerp(tip, pre, 0.3)], x, y, deg, s, flip)[0], w * 0.36 * s, w * 0.28 * s, lt, 0.55,
            deg + (-ang if flip else ang))
    return pts


def _back_marks(doc, S, x, y, deg, s, flip, knuckles, L=96):
    """On the back of the hand: the knuckles' bumps of light, faint tendons running to
    them, the wrist's crease and the bone at its outer side."""
    sh, lt = S["skin_sh"], S["skin_lt"]
    for kx, ky, w, _ in knuckles:
        doc.blob(place(lens((22, ky * 0.5), (kx - 10, ky * 0.96), 1.6), x, y, deg, s, flip), sh, 0.35)
        ellipse(doc, *place([(kx - 6, ky)], x, y, deg, s, flip)[0], w * 0.42 * s, w * 0.34 * s, lt, 0.6)
    doc.blob(place(lens((2, -20), (4, 20), 3), x, y, deg, s, flip), sh, 0.45)
    ellipse(doc, *place([(6, 19)], x, y, deg, s, flip)[0], 7 * s, 5 * s, lt, 0.45)


def hand(doc, S, kind, x, y, deg, s=1.0, flip=False):
    """Draw a hand (skin tones from S) at the wrist (x, y) pointing at deg.

    fist: closed, the knuckles' row on top, the fingers folded under in a row of rounded
    ends, the thumb across the front. grip: the back of the hand, its fingers curled over
    something (an arm, a tray's edge). spread: open and thrust out, fingers fanned. flat:
    open and lying flat (on a chest, a blanket). limp: hanging relaxed, the fingers in a
    loose curl. open: held out palm up, offered, the fingers a little curled and the
    thumb out (a hand for another to take)."""
    sk, sh, lt = S["skin"], S["skin_sh"], S["skin_lt"]
    gap = _gap(S)
    if kind in ("fist", "punch"):
        # the back of the hand, short, its knuckles a row of bumps along the top; a thrown
        # punch is a tighter block, the folded fingers shorter and the knuckles leading
        p = kind == "punch"
        f0, f1, f2 = (58, 80, 86) if p else (62, 92, 98)
        back = [(-6, -23), (24, -30), (56, -33), (66, -32), (74, -26), (78, -14), (80, 0), (79, 14), (75, 27),
                (60, 33), (26, 31), (-6, 23)]
        # the folded fingers: each finger's middle part, bent down in front of the knuckle,
        # a rounded block of its own; the tips tucked under out of sight
        rows = [(-22, 17), (-7, 17.5), (8, 17), (22, 14.5)] if p else [(-22, 16), (-7, 16.5), (8, 16), (22, 13.5)]
        for yy, w in rows:
            doc.path(smooth(place(limb([(f0, yy), (f1, yy + 1), (f2, yy + 6)], [w + 6, w + 5, w + 3]),
                                  x, y, deg, s, flip)), gap, 0.9)
        form(doc, place(back, x, y, deg, s, flip), sk, sh, lt, None, s=(8, -6), l=(5, 4))
        for yy, w in rows:
            form(doc, place(limb([(f0, yy), (f1, yy + 1), (f2, yy + 6)], [w, w * 0.96, w * 0.86]), x, y, deg, s, flip),
                 sk, sh, lt, None, s=(4, 4), l=(3, -2))
            # the big knuckle, a bump of light, and the crease of the middle joint
            ellipse(doc, *place([(f0 + 6, yy - 1)], x, y, deg, s, flip)[0], 8 * s, 6.5 * s, lt, 0.7 if p else 0.6)
            doc.blob(place(lens((f1 - 4, yy - w * 0.42), (f1 - 2, yy + w * 0.42), 2.2), x, y, deg, s, flip), gap, 0.55)
        _back_marks(doc, S, x, y, deg, s, flip, [(f0 + 4, yy, w, 0) for yy, w in rows], 76)
        # the thumb laid across the front of the folded index and middle fingers
        th = [(14, -22), (42, -34), (66, -30), (f2 - 6, -16)]
        doc.path(smooth(place(limb(th, [26, 23, 20, 16]), x, y, deg, s, flip)), gap, 0.9)
        form(doc, place(limb(th, [21, 19, 16, 13]), x, y, deg, s, flip), mix(sk, lt, 0.3), sh, lt, None,
             s=(4, 4), l=(3, -3))
        ellipse(doc, *place([(f2 - 12, -19)], x, y, deg, s, flip)[0], 6 * s, 4.5 * s, lt, 0.6)
    elif kind == "grip":
        # the back of a hand with its fingers curled over an arm, the thumb lying apart
        # along the top of it
        specs = []
        for kx, ky, w, L in KNUCKLES:
            specs.append((_chain((kx - 6, ky), 4 + ky * 0.2, L * 0.78, 42), w * 0.95))
        fingers(doc, S, x, y, deg, s, flip, specs)
        form(doc, place(_palm(88, 29), x, y, deg, s, flip), sk, sh, lt, None, s=(8, 8), l=(5, -4))
        _back_marks(doc, S, x, y, deg, s, flip, [(kx - 4, ky, w, L) for kx, ky, w, L in KNUCKLES])
        _thumb(doc, S, x, y, deg, s, flip, -42, 62, 19, 18, (10, -20))
    elif kind == "spread":
        # an open hand thrust out, palm to what it pushes, the fingers spread wide apart
        # and the thumb out: a fan the eye reads across a room
        specs = []
        for (kx, ky, w, L), a in zip(KNUCKLES, (-30, -10, 10, 30)):
            specs.append((_chain((kx, ky), a, L * 1.04, -4), w))
        fingers(doc, S, x, y, deg, s, flip, specs)
        form(doc, place(_palm(98, 32, 25), x, y, deg, s, flip), sk, sh, lt, None, s=(10, 10), l=(6, -4))
        _back_marks(doc, S, x, y, deg, s, flip, KNUCKLES)
        _thumb(doc, S, x, y, deg, s, flip, -62, 66, 20, 10, (20, -20))
    elif kind in ("flat", "limp", "open"):
        if kind == "flat":
            curl, ang, k, th = (6, 4), 0.14, 1.0, (-34, 10)
        elif kind == "limp":
            # hanging relaxed: the fingers in a loose curl, the thumb resting in against them
            curl, ang, k, th = (26, 30), 0.3, 0.9, (-14, 24)
        else:
            # held out palm up: the fingers a little curled toward whoever takes it, the
            # thumb well apart
            curl, ang, k, th = (14, 16), 0.5, 0.95, (-50, 8)
        specs = []
        for kx, ky, w, L in KNUCKLES:
            specs.append((_chain((kx, ky), ky * ang, L * k, curl[0] if ky < 0 else curl[1]), w))
        fingers(doc, S, x, y, deg, s, flip, specs)
        form(doc, place(_palm(), x, y, deg, s, flip), sk, sh, lt, None, s=(10, 10), l=(6, -4))
        if kind == "open":
            # the palm: its hollow shaded, the heel and the thumb's mound lit
            doc.blob(place(lens((30, 4), (86, -4), 9, 5), x, y, deg, s, flip), sh, 0.5)
            ellipse(doc, *place([(28, -10)], x, y, deg, s, flip)[0], 18 * s, 11 * s, lt, 0.45, deg)
            ellipse(doc, *place([(36, 18)], x, y, deg, s, flip)[0], 20 * s, 8 * s, lt, 0.35, deg)
        else:
            _back_marks(doc, S, x, y, deg, s, flip, KNUCKLES)
        _thumb(doc, S, x, y, deg, s, flip, th[0], 58, 19, th[1])


def muscled(joints, widths, k=1.0):
    """Joints with a swell just below the shoulder and just below the elbow, so an arm
    tapers like an arm and not like a tube."""
    if len(joints) < 3:
        return joints, widths
    S, E, W = joints[0], joints[1], joints[2]
    ws, we, ww = widths[0], widths[1], widths[2]
    d1 = lerp(S, E, 0.3)
    d2 = lerp(E, W, 0.28)
    return [S, d1, E, d2, W] + joints[3:], [ws, ws * (1 + 0.06 * k), we * 0.94, we * (1 + 0.04 * k), ww] + widths[3:]


def arm(doc, S, joints, widths, sleeve=None, sleeve_to=1.0, cuff=None, skin_shade=True, rim=True):
    """An arm through joints; the sleeve covers it up to sleeve_to (0..1 of the joints)."""
    sk = (S["skin"], S["skin_sh"], S["skin_lt"])
    dj, dw = muscled(joints, widths)
    pts = limb(dj, dw)
    if sleeve_to < 1.0 or not sleeve:
        form(doc, pts, *sk, S["rim"] if rim else None, s=(14, -4), l=(7, 0))
    if sleeve:
        k = len(joints) - 1
        t = sleeve_to * k
        i = min(int(t), k - 1)
        end = lerp(joints[i], joints[i + 1], t - i)
        sj = joints[: i + 1] + [end]
        wi = widths[: i + 1] + [widths[i] + (widths[i + 1] - widths[i]) * (t - i)]
        sw = [w * 1.08 + 6 for w in wi]
        mj, mw = muscled(sj, sw, 0.5)
        spts = limb(mj, mw)
        form(doc, spts, sleeve[0], sleeve[1], sleeve[2], S["rim"] if rim else None, s=(18, -4), l=(8, 0))
        # cloth creases: where the sleeve bunches at the elbow and under the shoulder
        if len(sj) > 2:
            E = sj[1]
            cid = doc.clip(smooth(spts))
            doc.open_group(cid)
            for k, (dx, dy, ln, bow) in enumerate(((-0.3, -40, 46, 6), (0.1, -12, 54, -7), (-0.15, 22, 40, 5))):
                a = (E[0] + dx * wi[1] - ln * 0.5, E[1] + dy)
                c = (E[0] + dx * wi[1] + ln * 0.5, E[1] + dy + 8)
                doc.blob(lens(a, c, bow), sleeve[1], 0.75)
            S0 = sj[0]
            doc.blob(lens((S0[0] - wi[0] * 0.1, S0[1] + 90), (S0[0] + wi[0] * 0.2, S0[1] + 170), 5), sleeve[1], 0.5)
            doc.close_group()
        if len(sj) > 2:
            elbow(doc, sj, [w * 1.08 + 6 for w in wi], sleeve)
        else:
            elbow(doc, joints, widths, sk)
        if cuff:
            cj = [lerp(joints[i], end, 0.9) if len(sj) > 1 else end, end]
            form(doc, limb(cj, [sw[-1] + 4, sw[-1] + 4]), cuff[0], cuff[1], None, None, s=(10, 0))
        return spts, pts
    elbow(doc, joints, widths, sk)
    return pts, pts


def elbow(doc, joints, widths, tones_):
    """A hard bend reads as an elbow: a fold of shadow into the inside of the bend and a
    glint of light on the point outside."""
    import math
    if len(joints) < 3:
        return
    S0, E, Wr = joints[0], joints[1], joints[2]
    a = (E[0] - S0[0], E[1] - S0[1])
    b = (Wr[0] - E[0], Wr[1] - E[1])
    la, lb = math.hypot(*a) or 1, math.hypot(*b) or 1
    a, b = (a[0] / la, a[1] / la), (b[0] / lb, b[1] / lb)
    turn = (b[0] - a[0], b[1] - a[1])
    bend = math.hypot(*turn) / 2
    if bend < 0.35:
        return
    tl = math.hypot(*turn)
    ix, iy = turn[0] / tl, turn[1] / tl  # toward the inside of the bend
    w = widths[1] / 2
    # the crease: from the inside of the bend, a fold along each limb
    c0 = (E[0] + ix * w * 0.55, E[1] + iy * w * 0.55)
    for d in (a, b):
        sg = -1 if d is a else 1
        c1 = (c0[0] + d[0] * sg * w * 1.3 - ix * w * 0.15, c0[1] + d[1] * sg * w * 1.3 - iy * w * 0.15)
        doc.blob(lens(c0, c1, 4 * sg, 1), dark(tones_[1], 0.8), 0.85)
    # the point of the elbow
    p = (E[0] - ix * w * 0.72, E[1] - iy * w * 0.72)
    ellipse(doc, p[0], p[1], w * 0.26, w * 0.16, tones_[2], 0.55, math.degrees(math.atan2(iy, ix)) + 90)


def torso_pts(B):
    cx, C = B["cx"], B["C"]
    nw, shy, shw, chw, waw, far = B["neck"], B["sh_y"], B["sh_w"], B["chest_w"], B["waist_w"], B.get("far", 0.86)
    up = 26 * B.get("hunch", 0)  # hunched: the shoulders ride up round the neck
    near = [(cx - nw - 4, C + 50 - up * 0.4), (cx - nw - 40, C + 82 - up), (cx - shw + 90, shy - 4),
            (cx - shw + 34, shy + 10),
            (cx - shw + 4, shy + 56), (cx - chw, shy + 250), (cx - chw * B.get("waist_in", 0.96), shy + 480),
            (cx - waw, 1440)]
    farside = [(cx + (cx - x) * far + B.get("lean", 0) * (1 - (y - C) / 900), y) for x, y in near][::-1]
    return near + farside


def shoulders(B):
    cx, shy, shw, aw, far = B["cx"], B["sh_y"], B["sh_w"], B["aw"], B.get("far", 0.86)
    return (cx - shw + aw * 0.5, shy + 62), (cx + (shw - aw * 0.5) * far + B.get("lean", 0) * 0.2, shy + 62)


# --------------------------------------------------------------------------- the turn
# Every body is drawn in the same three-quarter view as its head (face.py's `turned`),
# turned toward the way the member faces (+x): designed frontal about the axis `cx` and
# then carried, point by point, by `turn_x` onto the turned body. Row by row (the torso's
# own half-width W at that height: the neck's at the collar, the shoulders', the
# chest's) the middle line (zip, lapels, buttons, neckline, buckle) moves `TURN` of W
# toward the facing side, the near half of the front spreads (the near shoulder and
# arm fuller) and the far half is squeezed toward the far edge, which comes in to
# `FAR_EDGE`; what lies beyond the far edge (the far arm) is squeezed by `FAR_OUT` and
# tucked in behind it. The near edge stays where it is, so the near arm, the staff and
# a lit blade's glow layer keep their places. The neck is not turned (it stays under the
# head's pivot), nor the head, seat, pillow or blanket.
TURN = 0.26       # the middle line's move, as a fraction of the row's half-width
FAR_EDGE = 0.88   # the far edge's place, as a fraction of the row's half-width
FAR_OUT = 0.8     # how much what lies beyond the far edge is squeezed
FAR_SLOPE = 0.5   # how much the front is squeezed at the far edge
NEAR_ARM = 1.05   # the near arm's width, of the frontal one's
FAR_ARM = 0.88    # the far arm's
NEAR_PLANE = 0.3  # the near side plane (the flank turned toward the viewer), of W
WARP_FINE = 64.0  # how long a curve may run before the turn splits it, px
FAR_PLANE = 0.14  # the shade inside the far edge, where the chest turns away, of W


def half_w(B, y):
    """The torso's half-width at row y (its near side, from the axis)."""
    cx = B["cx"]
    near = B["torso"][:len(B["torso"]) // 2]
    if y <= near[0][1]:
        return cx - near[0][0]
    for (x0, y0), (x1, y1) in zip(near, near[1:]):
        if y0 <= y <= y1:
            return cx - (x0 + (x1 - x0) * (y - y0) / ((y1 - y0) or 1))
    return cx - near[-1][0]


def turn_w(B, y):
    """The half-width the turn measures at row y: the neck's round the collar, the
    torso's from the chest down, and between them a smooth blend (not the shoulders'
    outline, whose rows change too fast: a collar would kink where it crosses them)."""
    y0, y1 = B["C"] + 20, B["sh_y"] + 90
    if y >= y1:
        return half_w(B, y)
    w0, w1 = B["neck"], half_w(B, y1)
    k = min(1.0, max(0.0, (y - y0) / (y1 - y0)))
    return w0 + (w1 - w0) * k * k * (3 - 2 * k)


def turn_x(B, x, y):
    """Where the frontal point (x, y) of body B shows on the turned body."""
    cx = B["cx"]
    W = max(turn_w(B, y), 40.0)
    t = (x - cx) / W
    if t < -1:
        q = t
    elif t <= 1:
        # a cubic through the near edge (-1, fixed), the middle line (TURN) and the far
        # edge (FAR_EDGE), steep at the near edge (the near side spreads) and shallow
        # at the far one (squeezed, but not to nothing: a far lapel still shows)
        sf = FAR_SLOPE
        sn = 4 * (TURN - (FAR_EDGE - 1) / 2) + sf
        u = (t + 1) / 2
        q = ((2 * u ** 3 - 3 * u ** 2 + 1) * -1 + (u ** 3 - 2 * u ** 2 + u) * 2 * sn
             + (-2 * u ** 3 + 3 * u ** 2) * FAR_EDGE + (u ** 3 - u ** 2) * 2 * sf)
    else:
        q = FAR_EDGE + (t - 1) * FAR_OUT
    return cx + W * q


class turned:
    """`with turned(doc, B): ...` turns what is drawn inside onto the three-quarter body."""

    def __init__(self, doc, B):
        self.doc, self.B = doc, B

    def __enter__(self):
        self.i0, self.d0 = len(self.doc.items), len(self.doc.defs)
        return self

    def __exit__(self, *exc):
        if exc[0] is not None:
            return False
        B = self.B
        f = lambda x, y: (turn_x(B, x, y), y)  # noqa: E731
        d = self.doc
        d.items[self.i0:] = [_warp_item(it, f) for it in d.items[self.i0:]]
        d.defs[self.d0:] = [_warp_item(it, f) for it in d.defs[self.d0:]]
        return False


def _warp_item(it, f):
    """face.py's path warp, with curves split coarser (`WARP_FINE` px): the body's turn
    bends slowly, and finer splitting only makes the SVGs bigger."""
    import face
    if it.startswith("<path") or it.startswith("<clipPath"):
        import re
        return re.sub(r' d="([^"]*)"', lambda mt: f' d="{face._warp_d(mt.group(1), f, WARP_FINE)}"', it)
    return face._warp_item(it, f)


def far_tuck(B, y):
    """How far the far shoulder moves in at row y: as far as the torso's far edge."""
    return (FAR_EDGE - 1) * turn_w(B, y)


def turned_pts(B, pts):
    return [(turn_x(B, x, y), y) for x, y in pts]


def side_plane(doc, B):
    """The near side plane: the flank turned toward the viewer, in shadow like the head's
    side plane before the ear, a flat band inside the turned torso's near edge; and the
    far side, where the chest turns away under the rim light, a thinner one."""
    tor = turned_pts(B, B["torso"])
    half = len(tor) // 2
    near = tor[:half]
    top = near[1][1] + 30
    edge = [(x, y) for x, y in near if y >= top]
    inner = [(x + NEAR_PLANE * half_w(B, y) * min(1.0, (y - top + 30) / 160), y) for x, y in edge][::-1]
    cid = doc.clip(smooth(tor))
    doc.open_group(cid)
    doc.blob([(edge[0][0] - 40, edge[0][1])] + [(x - 40, y) for x, y in edge] + inner, "#0b0d16", 0.26)
    far = tor[half:]
    fedge = [(x, y) for x, y in far if y >= top]
    finner = [(x - FAR_PLANE * half_w(B, y) * min(1.0, (y - top + 30) / 160), y) for x, y in fedge][::-1]
    doc.blob([(x + 40, y) for x, y in fedge] + finner, "#0b0d16", 0.16)
    doc.close_group()


def posture(m, pose, opts):
    """The member's body spec for this body: sitting or kneeling hunches it (the shoulders
    drawn up round the neck and rounded forward, so narrower), by opts' `hunch` (1 by
    default when seated or kneeling). Sets m["B"] too, which the arm and outfit drawing
    read."""
    base = m.setdefault("B0", dict(m["B"]))
    B = dict(base)
    k = opts.get("hunch", 1.0 if pose in ("seated", "kneel", "kneel_brace", "push_up") else 0.0)
    if k:
        B["sh_y"] = base["sh_y"] - 30 * k
        B["sh_w"] = base["sh_w"] * (1 - 0.05 * k)
        B["chest_w"] = base["chest_w"] * (1 - 0.05 * k)
        B["hunch"] = k
        B["kneeling"] = pose != "seated"
    if opts.get("sink"):
        # lying back: the shoulders sunk into the pillow, spread a little
        B["sh_y"] = base["sh_y"] + opts["sink"]
        B["sh_w"] = base["sh_w"] * 1.02
        if pose == "push_up":
            # braced on straight arms the shoulders are driven up round the hanging head
            # and pushed out, not rounded in
            B["sh_w"] = base["sh_w"] * 1.02
            B["chest_w"] = base["chest_w"]
    m["B"] = B
    return B


def pose_arms(B, pose):
    """Joint chains for the near and far arm and their hands: dicts with joints, widths,
    hand (kind, deg, flip) or None, and 'front' (drawn over the torso)."""
    cx, C, shy, shw, aw, far = B["cx"], B["C"], B["sh_y"], B["sh_w"], B["aw"], B.get("far", 0.86)
    Sn, Sf = shoulders(B)
    fw = aw * 0.8
    ww = aw * 0.58
    down_n = dict(joints=[Sn, (Sn[0] - 34, Sn[1] + 400), (Sn[0] - 4, Sn[1] + 780)], widths=[aw, fw, ww],
                  hand=None, front=True)
    down_f = dict(joints=[Sf, (Sf[0] + 28, Sf[1] + 400), (Sf[0] + 2, Sf[1] + 780)], widths=[aw * 0.94, fw * 0.94, ww],
                  hand=None, front=False)
    if pose == "down":
        return down_n, down_f
    if pose == "crossed":
        En = (Sn[0] - 10, Sn[1] + 300)
        Ef = (Sf[0] + 12, Sf[1] + 302)
        near = dict(joints=[Sn, En, (cx + shw * 0.42, Sn[1] + 222)], widths=[aw, fw * 1.02, ww * 1.02],
                    hand=("grip", -56, False), front=True, forearm_front=True)
        farm = dict(joints=[Sf, Ef, (cx - shw * 0.5, Sn[1] + 282)], widths=[aw * 0.94, fw * 0.95, ww],
                    hand=None, front=True)
        return near, farm
    if pose == "reach":
        # her left arm flung out toward the way she faces (beat 5.3, "she flung out her
        # hand, and the Force answered"): the upper arm out and up from the shoulder, the
        # elbow near straight, the wrist bent back and the open hand up at her head's
        # height, fingers spread (above the dialogue box, inside the canvas)
        # The arm points toward the viewer as much as across, so it is foreshortened:
        # short, and widening toward the hand, which is drawn larger (nearer)
        E = (Sf[0] + 78, Sf[1] - 26)
        Wr = (Sf[0] + 150, Sf[1] - 50)
        farm = dict(joints=[Sf, E, Wr], widths=[aw * 1.0, fw * 1.16, ww * 1.44], hand=("spread", -84, False),
                    front=True, hand_k=1.36)
        # the other arm down, the fist clenched at her side
        En = (Sn[0] - 30, Sn[1] + 330)
        near = dict(joints=[Sn, En, (Sn[0] + 6, Sn[1] + 620)], widths=[aw, fw, ww], hand=("fist", 86, False),
                    front=True)
        return near, farm
    if pose == "punch":
        # beat 1.4, "her fist caught him square in the face": her left arm driven straight
        # across at him, the shoulder thrown up and forward behind it, the elbow all but
        # locked, rising to his face (he is a head taller and reeling lower) with the
        # knuckles leading, the fist arriving where his face was (set nearer him:
        # `leaning`); a burst of spray off the knuckles where it lands and streaks along
        # the arm's path. The staff is let go; the other arm is pulled back and down, the
        # fist clenched at her side.
        S0 = (Sf[0], Sf[1] - 20)
        K = (828, 456)  # the knuckles, before the figure's lean (`sag`) and its set lower
        import math
        ang = math.degrees(math.atan2(K[1] - S0[1], K[0] - S0[0]))
        r = math.radians(ang)
        L = 88 * B.get("hand_s", 0.92) * 1.7
        Wr = (K[0] - L * math.cos(r), K[1] - L * math.sin(r))
        mid = lerp(S0, Wr, 0.5)
        E = (mid[0] + 16, mid[1] + 12)
        farm = dict(joints=[S0, E, Wr], widths=[aw * 1.06, fw * 1.08, ww * 1.34], hand=("punch", ang, False),
                    front=True, hand_k=1.7, punch=True,
                    prop_over=lambda doc, m, a, wet: impact(doc, a["joints"][-1], ang, L))
        En = (Sn[0] - 44, Sn[1] + 300)
        near = dict(joints=[Sn, En, (Sn[0] - 10, Sn[1] + 590)], widths=[aw, fw, ww], hand=("fist", 96, False),
                    front=True)
        return near, farm
    if pose == "hand_chest":
        # the hand over his heart, high on the chest (above the dialogue box even when he
        # sits up in bed, set lower), the forearm rising to it from a bent elbow
        E = (Sn[0] + 34, Sn[1] + 326)
        Wr = (cx - 44, Sn[1] + 124)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw, ww], hand=("flat", -46, False), front=True)
        return near, down_f
    if pose in ("staff", "staff_lit"):
        # the staff held upright out at her side: the upper arm down and a little forward,
        # the elbow bent and the forearm rising to the staff, the fist closed round it at
        # her chest (above the dialogue box, though she stands lower than Kylo) with the
        # knuckles to the viewer and the thumb on top (the staff runs across the fingers,
        # not along them)
        E = (Sn[0] - 70, Sn[1] + 214)
        Wr = (Sn[0] - 108, Sn[1] + 68)
        # Lit, the staff leans the other way (its top out from her, its foot in toward
        # her): the lower blade then runs down behind the dialogue box, not out past its
        # edge beside her
        deg = 168 if pose == "staff_lit" else 186
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw * 1.04, ww * 1.1], hand=("fist", deg, True), front=True,
                    staff=True, lit=pose == "staff_lit")
        return near, down_f
    if pose == "hilt":
        # his saber's hilt, unlit, just called out of the mud into her fist: the staff
        # pose's fist, raised a little and nearer her, the hilt upright in it
        E = (Sn[0] - 92, Sn[1] + 196)
        Wr = (Sn[0] - 112, Sn[1] + 6)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw * 1.04, ww * 1.1], hand=("fist", 192, True), front=True,
                    hilt=True)
        return near, staff_far(B)
    if pose == "sling":
        E = (Sn[0] + 14, Sn[1] + 320)
        Wr = (cx + shw * 0.34, Sn[1] + 250)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw, ww], hand=("limp", -12, False), front=True, sling=True)
        return near, down_f
    if pose == "clasped":
        En = (Sn[0] - 8, Sn[1] + 330)
        Ef = (Sf[0] + 6, Sf[1] + 330)
        near = dict(joints=[Sn, En, (cx - 40, Sn[1] + 450)], widths=[aw, fw, ww], hand=("flat", 18, False), front=True)
        farm = dict(joints=[Sf, Ef, (cx + 60, Sn[1] + 438)], widths=[aw * 0.94, fw * 0.94, ww],
                    hand=("flat", 196, True), front=True, hand_first=True)
        return near, farm
    if pose == "hip":
        # akimbo: the elbow well out to the side, the fist on the hip
        E = (Sf[0] + 138, Sf[1] + 262)
        Wr = (Sf[0] + 6, Sf[1] + 446)
        farm = dict(joints=[Sf, E, Wr], widths=[aw * 0.94, fw * 0.94, ww], hand=("fist", 150, True), front=True)
        return down_n, farm
    if pose == "seated":
        # sitting forward, elbows on the knees, the hands clasped low between them: the
        # upper arms slant in toward the knees from the shoulders, so over the dialogue
        # box the arms already read as reaching forward and down
        En, Ef = seated_elbows(B)
        near = dict(joints=[Sn, En, (cx - 40, Sn[1] + 430)], widths=[aw, fw, ww], hand=("fist", 52, False), front=True)
        farm = dict(joints=[Sf, Ef, (cx + 36, Sn[1] + 434)], widths=[aw * 0.94, fw * 0.94, ww],
                    hand=("fist", 128, True), front=True)
        return near, farm
    if pose == "kneel":
        # kneeling up, leaning in: the arms hang forward and in, the hands on the thighs
        k = B.get("hunch", 1.0)
        En = (Sn[0] + 30 + 20 * k, Sn[1] + 330)
        Ef = (Sf[0] - 30 - 18 * k, Sf[1] + 330)
        near = dict(joints=[Sn, En, (En[0] + 40, Sn[1] + 600)], widths=[aw, fw, ww], hand=None, front=True)
        farm = dict(joints=[Sf, Ef, (Ef[0] - 36, Sf[1] + 600)], widths=[aw * 0.94, fw * 0.94, ww], hand=None,
                    front=True)
        return near, farm
    if pose == "push_up":
        # down on the ground, trying to push himself up and not managing it: both arms
        # braced wide and straight down to the stones (the hands below the picture), the
        # shoulders driven up round the neck, the far elbow buckling outward
        En = (Sn[0] - 64, Sn[1] + 300)
        near = dict(joints=[Sn, En, (Sn[0] - 92, Sn[1] + 640)], widths=[aw * 1.04, fw * 1.02, ww],
                    hand=("flat", 96, False), front=True)
        Ef = (Sf[0] + 104, Sf[1] + 250)
        farm = dict(joints=[Sf, Ef, (Sf[0] + 60, Sf[1] + 560)], widths=[aw * 0.98, fw * 0.98, ww],
                    hand=("flat", 84, True), front=True)
        return near, farm
    if pose == "kneel_brace":
        # down on his knees and sagging: the near arm straight down, braced on the ground
        # (the hand below the picture), the far arm across his middle, the hand pressed
        # to the wound in his near side
        En = (Sn[0] - 26, Sn[1] + 330)
        near = dict(joints=[Sn, En, (Sn[0] - 14, Sn[1] + 660)], widths=[aw, fw, ww], hand=("flat", 92, False),
                    front=True)
        Ef = (Sf[0] + 4, Sf[1] + 300)
        farm = dict(joints=[Sf, Ef, (cx - 10, Sn[1] + 380)], widths=[aw * 0.94, fw * 0.96, ww],
                    hand=("flat", 196, True), front=True)
        return near, farm
    got = action_arms(B, pose)
    if got:
        return got
    raise ValueError(pose)


def holding_arm(B):
    """Sitting, holding a hurt left forearm against the chest (the cell, ch7: "the way he
    held his left arm, the bandage where the tracker had been"): the far arm's forearm
    across the chest, high enough to show over the dialogue box when he sits, its hand
    limp at the near side; the near hand closed over it by the dressing."""
    cx, aw = B["cx"], B["aw"]
    Sn, Sf = shoulders(B)
    fw, ww = aw * 0.8, aw * 0.58
    # held high, under the chin, so the dressing shows over the dialogue box while he sits
    Ef = (Sf[0] + 20, Sf[1] + 40)
    Wf = (cx - 44, Sf[1] - 40)
    farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.94, fw * 0.98, ww * 1.02], hand=("limp", 196, True), front=True,
                bandage=True, sleeve_to=0.6)
    En = (Sn[0] + 30, Sn[1] + 170)
    Wn = (cx - 30, Sn[1] + 30)
    near = dict(joints=[Sn, En, Wn], widths=[aw, fw, ww], hand=("grip", -24, False), front=True)
    return near, farm


def seated_elbows(B):
    Sn, Sf = shoulders(B)
    k = B.get("hunch", 1.0)
    return (Sn[0] + 40 + 34 * k, Sn[1] + 300), (Sf[0] - 36 - 30 * k, Sf[1] + 300)


def knees(B):
    """A seated member's knees, seen from the front: (centre, half width, half height) for
    the near and the far knee, each under its elbow."""
    En, Ef = seated_elbows(B)
    r = B["sh_w"] * 0.36
    return ((En[0] + r * 0.3, En[1] + r * 0.5), r, r * 0.72), ((Ef[0] - r * 0.28, Ef[1] + r * 0.52), r * 0.94,
                                                                 r * 0.68)


def lean_shadow(doc, B):
    """Leaning forward, the head and shoulders shade the chest under them."""
    cx, C = B["cx"], B["C"]
    k = B.get("hunch", 0)
    if not k:
        return
    cid = doc.clip(smooth(B["torso"]))
    doc.open_group(cid)
    ellipse(doc, cx + 10, C + 130, B["sh_w"] * 0.95, 170 + 30 * k, doc.radial("#06080c", 0.16 + 0.08 * k, 0.0), 1.0)
    doc.close_group()


def legs(doc, B, cloth):
    """Knees toward the viewer and the shins going down out of the picture (and the chest
    shaded by the forward lean)."""
    base, sh, lt = cloth
    lean_shadow(doc, B)
    for (kx, ky), rx, ry in knees(B)[::-1]:
        shin = [(kx - rx * 0.86, ky), (kx + rx * 0.86, ky), (kx + rx * 0.74, 1440), (kx - rx * 0.74, 1440)]
        form(doc, shin, dark(base, 0.8), dark(sh, 0.8), None, None, s=(16, 0))
        cap = [(kx + rx * c, ky + ry * s_) for c, s_ in ((1, 0), (0.7, -0.72), (0, -1), (-0.7, -0.72), (-1, 0),
                                                           (-0.7, 0.72), (0, 1), (0.7, 0.72))]
        form(doc, cap, base, sh, lt, None, s=(14, 10), l=(8, -6))
        # the fold of the cloth over the knee
        doc.blob(lens((kx - rx * 0.5, ky + ry * 0.5), (kx + rx * 0.5, ky + ry * 0.45), 6, 2), sh, 0.7)


def seat(doc, B, kind):
    """A hint of what they sit on, behind them: a bench's plank, or stony ground."""
    (kx, ky), rx, ry = knees(B)[0]
    if kind == "bench":
        y = ky + ry * 0.9
        # fades out toward the canvas's edges, so it never ends in a hard line
        grad = doc.linear([("#6f7884", 0.0, 0.0), ("#6f7884", 1.0, 0.18), ("#6f7884", 1.0, 0.82),
                           ("#6f7884", 0.0, 1.0)])
        doc.items.append(f'<rect x="10" y="{y - 18:.0f}" width="880" height="18" fill="{grad}"/>')
        grad = doc.linear([("#3c434d", 0.0, 0.0), ("#3c434d", 1.0, 0.16), ("#3c434d", 1.0, 0.84),
                           ("#3c434d", 0.0, 1.0)])
        doc.items.append(f'<rect x="10" y="{y:.0f}" width="880" height="46" fill="{grad}"/>')
        grad = doc.linear([("#0a0c10", 0.0, 0.0), ("#0a0c10", 0.5, 0.2), ("#0a0c10", 0.5, 0.8),
                           ("#0a0c10", 0.0, 1.0)])
        doc.items.append(f'<rect x="10" y="{y + 46:.0f}" width="880" height="30" fill="{grad}"/>')
    elif kind == "ground":
        y = ky + ry * 1.4
        ellipse(doc, B["cx"], y + 40, 400, 70, "#0a0c10", 0.35)
        for i, (dx, dy, r) in enumerate(((-360, 20, 16), (-300, 50, 11), (-250, 14, 9), (270, 30, 14), (330, 8, 10),
                                         (380, 54, 12), (-390, 70, 10), (220, 66, 9))):
            ellipse(doc, B["cx"] + dx, y + dy, r * 1.5, r, "#8c8792", 0.9)
            ellipse(doc, B["cx"] + dx - r * 0.3, y + dy - r * 0.4, r * 0.7, r * 0.3, "#c4bfcc", 0.6)



def pillow(doc, B):
    """Lying back in a medbay bed: a big pillow behind the head and shoulders, the head
    sunk into it (a soft hollow and shadow round where it rests), wider than the shoulders."""
    from people import blur
    cx, C, shw = B["cx"], B["C"], B["sh_w"]
    top = C - 300
    pts = [(cx - shw - 50, top + 90), (cx - shw * 0.6, top + 4), (cx, top - 8), (cx + shw * 0.6, top + 2),
           (cx + shw + 44, top + 84), (cx + shw + 70, C + 140), (cx + shw + 40, C + 300), (cx - shw - 44, C + 306),
           (cx - shw - 76, C + 150)]
    form(doc, pts, "#dfe5e9", "#aab5bd", "#f6f9fa", None, s=(30, 20), l=(14, -10))
    # the hollow the head and shoulders press into it, and its soft shadow
    ellipse(doc, cx - 16, C - 90, shw * 0.78, 250, "#8a979f", 0.55, 0)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, 22) + "/>")
    ellipse(doc, cx - 30, C + 40, shw * 1.05, 120, "#8a979f", 0.5, 0)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, 20) + "/>")
    # the pillow's puffed edges and seams
    doc.blob(lens((cx - shw - 40, top + 120), (cx - shw + 40, top + 30), 14, 4), "#aab5bd", 0.6)
    doc.blob(lens((cx + shw + 36, top + 110), (cx + shw - 40, top + 26), -14, -4), "#aab5bd", 0.6)
    doc.blob(lens((cx - shw * 0.5, top + 10), (cx + shw * 0.5, top + 8), -8, -3), "#ffffff", 0.6)


def blanket(doc, B, high=180):
    """A blanket pulled up over him to the chest (`high` under the shoulders), its folds
    catching the light."""
    cx, shw = B["cx"], B["sh_w"]
    Sn, _ = shoulders(B)
    y = Sn[1] + high
    pts = [(-20, y + 40), (cx - shw * 0.9, y + 6), (cx - shw * 0.3, y - 18), (cx + shw * 0.3, y - 20),
           (cx + shw * 0.9, y + 4), (920, y + 36), (920, 1440), (-20, 1440)]
    form(doc, pts, "#c9d6de", "#8e9faa", "#eef4f7", None, s=(24, 0), l=(12, 0))
    # the hem turned down along the top
    form(doc, band([(-20, y + 52), (cx - shw * 0.9, y + 18), (cx, y - 6), (cx + shw * 0.9, y + 16), (920, y + 48)], 34),
         "#dfe8ee", "#a9b8c2", "#ffffff", None, s=(10, 0))
    for a, b, bow in (((cx - shw * 0.8, y + 90), (cx - shw * 0.2, y + 230), 16), ((cx + shw * 0.1, y + 80),
                      (cx + shw * 0.7, y + 240), -14), ((cx - shw * 0.1, y + 160), (cx + shw * 0.2, y + 300), 10)):
        doc.blob(lens(a, b, bow, 4), "#8e9faa", 0.55)
    # Below the hem, where the dialogue box lies over it, the blanket falls away into
    # shadow and its folds with it: a calm dark panel under the text, not a pale one.
    g = doc.uid("g")
    doc.defs.append(f'<linearGradient id="{g}" x1="0" y1="{y + 40:.0f}" x2="0" y2="{y + 160:.0f}" '
                    'gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#27313a" stop-opacity="0"/>'
                    '<stop offset="1" stop-color="#27313a" stop-opacity="0.9"/></linearGradient>')
    doc.open_group(doc.clip(smooth(pts)))
    doc.items.append(f'<rect x="-40" y="{y + 40:.0f}" width="1000" height="1440" fill="url(#{g})"/>')
    doc.close_group()


# --------------------------------------------------------------------------- actions
# Poses for actions the script describes (a hilt handed over, a crate carried, a kiss on
# the temple, a saber called to the hand, an arm held). Each arm dict may carry `prop`, a
# function (doc, m, arm, wet) drawn after the arm and before its hand (so the fingers
# close over it), and `prop_over`, drawn after the hand.
def action_arms(B, pose):
    cx, C, shw, aw = B["cx"], B["C"], B["sh_w"], B["aw"]
    Sn, Sf = shoulders(B)
    fw, ww = aw * 0.8, aw * 0.58
    down_n = dict(joints=[Sn, (Sn[0] - 34, Sn[1] + 400), (Sn[0] - 4, Sn[1] + 780)], widths=[aw, fw, ww],
                  hand=None, front=True)
    down_f = dict(joints=[Sf, (Sf[0] + 28, Sf[1] + 400), (Sf[0] + 2, Sf[1] + 780)], widths=[aw * 0.94, fw * 0.94, ww],
                  hand=None, front=False)
    if pose == "given":
        # beat 1.5, after he takes the hilt: her hand still held out where it was, open
        # and empty, the fingers loosening, the forearm rising from a bent elbow
        # (the far arm, toward him, as it held the hilt out: `hilt_offer`), the staff
        # back in the other fist
        Ef = (Sf[0] + 130, Sf[1] + 24)
        Wf = (Sf[0] + 200, Sf[1] + 10)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw, fw * 1.04, ww * 1.12], hand=("open", -6, False), front=True,
                    hand_k=1.04)
        E = (Sn[0] - 70, Sn[1] + 214)
        Wr = (Sn[0] - 108, Sn[1] + 68)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw * 1.04, ww * 1.1], hand=("fist", 186, True), front=True,
                    staff=True)
        return near, farm
    if pose == "hilt_held":
        # beat 1.5: his hilt, unlit, taken back from her hand and held low before him,
        # the forearm across his middle, the emitter up
        E = (Sn[0] - 10, Sn[1] + 300)
        Wr = (Sn[0] + 110, Sn[1] + 190)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw, ww], hand=("fist", 168, True), front=True, hilt=True)
        return near, down_f
    if pose == "crate":
        # beat 4.2: a crate hoisted up on his near shoulder beside his head, the near hand
        # up holding its side, the other arm down: carried awkwardly ("carrying that crate
        # wrong"), and high enough to show over the dialogue box when he is far off
        E = (Sn[0] - 100, Sn[1] + 150)
        Wr = (Sn[0] - 124, Sn[1] - 20)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw, ww], hand=("grip", -84, False), front=True,
                    prop=lambda doc, m, a, wet: crate(doc, B))
        return near, down_f
    if pose == "wipe":
        # beat 4.2: wiping grease off his hands with a rag, the hands together before him
        Ef = (Sf[0] + 10, Sf[1] + 280)
        Wf = (cx + 40, Sf[1] + 244)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.94, fw * 0.94, ww], hand=("flat", 200, True), front=True)
        En = (Sn[0] - 10, Sn[1] + 280)
        Wn = (cx - 70, Sn[1] + 250)
        near = dict(joints=[Sn, En, Wn], widths=[aw, fw, ww], hand=("fist", -14, False), front=True,
                    prop_over=lambda doc, m, a, wet: rag(doc, (cx - 10, Sn[1] + 236)))
        return near, farm
    if pose == "knocked":
        # beat 4.2: a pilot's shoulder checks him in passing: jolted back (the figure
        # turned away, `sag`), the far shoulder struck (pale streaks off it), the hands
        # knocked apart, the rag still in the near one, the far arm flung out
        En = (Sn[0] - 60, Sn[1] + 250)
        Wn = (Sn[0] + 10, Sn[1] + 170)
        near = dict(joints=[Sn, En, Wn], widths=[aw, fw, ww], hand=("fist", -40, False), front=True,
                    prop_over=lambda doc, m, a, wet: rag(doc, (Wn[0] + 46, Wn[1] - 30), k=0.85))
        Ef = (Sf[0] + 80, Sf[1] + 200)
        Wf = (Sf[0] + 106, Sf[1] + 290)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.94, fw * 0.94, ww], hand=("flat", 84, False), front=True,
                    prop_over=lambda doc, m, a, wet: jolt(doc, Sf))
        return near, farm
    if pose == "kiss":
        # beat 5.4: leaning in over him to kiss his temple; the sling on the near arm,
        # the far hand resting toward him, on his shoulder (the whole figure leans, `sag`)
        E = (Sn[0] + 14, Sn[1] + 320)
        Wr = (cx + shw * 0.34, Sn[1] + 250)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw, ww], hand=("limp", -12, False), front=True, sling=True)
        Ef = (Sf[0] + 60, Sf[1] + 190)
        Wf = (Sf[0] + 150, Sf[1] + 150)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.94, fw * 0.96, ww], hand=("flat", 24, True), front=True)
        return near, farm
    if pose == "call":
        # beat 7.1, "he put out his hand behind him without looking": the near arm
        # flung back and out to the side, the hand open, fingers spread, and his saber's
        # hilt arriving in it out of the dark, streaks behind it
        E = (Sn[0] - 106, Sn[1] + 14)
        Wr = (Sn[0] - 146, Sn[1] - 84)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw * 1.02, ww * 1.06], hand=("spread", -108, True), front=True,
                    prop_over=lambda doc, m, a, wet: hilt_arriving(doc, Wr))
        return near, down_f
    if pose == "call_lit":
        # the same, the blade lit: red, down and back behind him, the way it swung (7.1,
        # "red light swung across his face"); its light is the body's glow layer
        E = (Sn[0] - 106, Sn[1] + 14)
        Wr = (Sn[0] - 146, Sn[1] - 84)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw * 1.02, ww * 1.06], hand=("spread", -108, True), front=True,
                    prop_over=lambda doc, m, a, wet: hilt_arriving(doc, Wr, glow=m.get("glow_doc")))
        return near, down_f
    if pose == "grip":
        # beat 7.2: standing between her and the ramp, facing it, his near arm thrown
        # back to catch her by the arm as she starts past: the hand closed over her upper
        # arm beside his shoulder, the elbow down
        E = (Sn[0] - 46, Sn[1] + 150)
        Wr = (Sn[0] - 92, Sn[1] + 56)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw * 1.02, ww * 1.04], hand=("grip", 186, False), front=True,
                    hand_k=1.08)
        return near, down_f
    if pose == "pulled":
        # beat 7.2, "Let go of me": her far arm held by the upper arm (his hand closes over
        # it from beside her) and pulled back against the grip, the elbow drawn back, both
        # fists clenched, the whole figure leaning away from him (`sag`)
        Ef = (Sf[0] + 10, Sf[1] + 290)
        Wf = (Sf[0] - 40, Sf[1] + 520)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.96, fw, ww], hand=("fist", 110, False), front=True)
        En = (Sn[0] - 44, Sn[1] + 300)
        Wn = (Sn[0] - 24, Sn[1] + 540)
        near = dict(joints=[Sn, En, Wn], widths=[aw, fw, ww], hand=("fist", 96, False), front=True)
        return near, farm
    # ---- the cell (beats 7.3, 7.4): hand in hand on the bench. She stands in front
    # (moved last), so her hand lies in his open palm: both are held up between them at
    # his chest, over the dialogue box, where the two pictures meet on stage (NearLeft /
    # NearRight, her `bench_hand` leaning 90 nearer): his palm is at about (606, 648) on
    # his canvas, her hand at about (690, 714) on hers, as drawn
    if pose == "hold_hand":
        # Kylo, seated: his bandaged left hand (the near arm, the viewer's right as he
        # sits on the right) held out to her, open, palm up, at his chest, the forearm
        # bare (the sleeve pushed up) rising across him from an elbow low at his near
        # side, the gauze round the wrist just under the hand, so skin, dressing and
        # hand read against his dark shirt above the dialogue box all the way from under
        # it; the fingers reach toward her (his far side, where her picture covers him),
        # her hand laid in his palm. The far arm rests down on his knee behind her.
        En = (Sn[0] + 50, Sn[1] + 104)
        Wn = (cx + 2, Sn[1] - 44)
        near = dict(joints=[Sn, En, Wn], widths=[aw, fw * 1.02, ww * 1.04], hand=("open", -12, False),
                    front=True, hand_k=1.12, bandage=True)
        _, Ef = seated_elbows(B)
        farm = dict(joints=[Sf, Ef, (cx + 36, Sn[1] + 434)], widths=[aw * 0.94, fw * 0.94, ww],
                    hand=("fist", 128, True), front=True)
        return near, farm
    if pose == "give_hand":
        # Rey, seated and leaning into him: her left (far) hand laid in his, the upper arm
        # down by her side and the forearm rising from the elbow just outside her own
        # outline, so the wrapped forearm shows against his dark shirt from the dialogue
        # box up to the wrist; the hand flat toward him across his palm
        Ef = (Sf[0] + 34, Sf[1] + 150)
        Wf = (Sf[0] + 10, Sf[1] - 78)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.96, fw, ww * 1.04], hand=("flat", -20, False),
                    front=True, hand_k=1.15)
        En, _ = seated_elbows(B)
        near = dict(joints=[Sn, En, (cx - 40, Sn[1] + 430)], widths=[aw, fw, ww], hand=("fist", 52, False), front=True)
        return near, farm
    # ---- held up (beats 2.3, 5.3, 7.2): he sags between those holding him up, an arm
    # over each one's shoulder; they each put an arm round his back. Staged with him at
    # NearRight (facing left, drawn last so his arms lie over their shoulders) and them at
    # NearLeft (446 body px from him) and Right (480): on his canvas the far supporter's
    # neck is at about x 896 and the near one's at about x -30, their shoulders' tops
    # at about y 816-846 on stage (his body set `seated` 140 lower: y 680 as drawn)
    if pose in ("carried", "carried_one"):
        # his far arm over the far supporter's shoulder: the upper arm out and up over
        # it to the elbow by their neck, the forearm hanging down their front
        # (held up by Rey alone the whole figure leans toward her, `sag`, which carries
        # the arm lower: it is drawn that much higher)
        # The shoulders ride up (hunched by the weight on them) and the upper arm slopes
        # down from them to the elbow bent over the supporter's shoulder, the forearm
        # draped down their front: hanging on them, not held out level.
        up = 34 if pose == "carried_one" else 0
        Ef = (Sf[0] + 158, Sf[1] + 92 - up)
        Wf = (Sf[0] + 184, Sf[1] + 236 - up)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.98, fw * 1.0, ww * 1.04], hand=("limp", 96, True),
                    front=True, hand_k=1.0)
        if pose == "carried_one":
            # the other arm hanging (beat 5.3: held up by her alone)
            return down_n, farm
        En = (Sn[0] - 142, Sn[1] + 96)
        Wn = (Sn[0] - 146, Sn[1] + 236)
        near = dict(joints=[Sn, En, Wn], widths=[aw, fw, ww * 1.04], hand=("limp", 86, False), front=True, hand_k=1.0)
        return near, farm
    if pose == "support":
        # holding him up: the far arm (toward him) reaching round behind his back (his
        # figure, in front, hides it), and the near hand across the chest holding his
        # wrist where it hangs over the far shoulder
        Ef = (Sf[0] + 120, Sf[1] + 190)
        Wf = (Sf[0] + 250, Sf[1] + 250)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.94, fw * 0.96, ww], hand=("grip", 10, False), front=False)
        En = (Sn[0] + 40, Sn[1] + 290)
        Wn = (Sf[0] - 96, Sf[1] + 70)
        near = dict(joints=[Sn, En, Wn], widths=[aw, fw, ww], hand=("grip", -40, False), front=True)
        return near, farm
    if pose == "steady":
        # beat 2.6, "General. I've got you.": at her shoulder from behind (he stands at
        # Right, she at NearRight in front of him, both facing left: her near shoulder at
        # about x 750 on his canvas), his far hand closed on the top of her shoulder, the
        # forearm rising to it from an elbow down by his side; the near arm down
        Ef = (Sf[0] + 60, Sf[1] + 190)
        Wf = (Sf[0] + 104, Sf[1] + 40)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.96, fw * 1.0, ww * 1.04], hand=("grip", -8, False),
                    front=True, hand_k=1.08)
        return down_n, farm
    if pose == "hilt_offer":
        # beat 1.5, "Take it.": his hilt held out to him at arm's length, the far arm (toward
        # him) straight out, the fist round the hilt upright in it; the staff in the other
        # (foreshortened: it reaches toward him and the viewer, and the canvas ends 290 px
        # past her far shoulder, the hilt's guard inside it)
        Ef = (Sf[0] + 110, Sf[1] + 22)
        Wf = (Sf[0] + 170, Sf[1] - 8)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw, fw * 1.08, ww * 1.2], hand=("fist", -4, False), front=True,
                    hilt=True, hand_k=1.06)
        E = (Sn[0] - 70, Sn[1] + 214)
        Wr = (Sn[0] - 108, Sn[1] + 68)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw * 1.04, ww * 1.1], hand=("fist", 186, True), front=True,
                    staff=True)
        return near, farm
    # ---- the cell after the kiss (beat 7.4): his arm round her. She sits in front of him
    # (placed last) leaning into him, so his arm goes behind her back; his hand shows on
    # her far shoulder (her near one on her canvas), and is drawn in her picture (`held`)
    if pose == "around":
        # Kylo, seated: the far arm out toward her and up behind her back (hidden by her),
        # the near hand resting down on his knee
        Ef = (Sf[0] + 120, Sf[1] + 20)
        Wf = (Sf[0] + 230, Sf[1] - 30)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.94, fw * 0.98, ww], hand=None, front=True, hand_k=1.0)
        En, _ = seated_elbows(B)
        near = dict(joints=[Sn, En, (cx - 40, Sn[1] + 430)], widths=[aw, fw, ww], hand=("fist", 52, False), front=True)
        return near, farm
    if pose == "held":
        # Rey, seated, leaning into him, her hands in her lap: his hand (his skin, a little
        # of his sleeve behind it) over the top of her near shoulder, reaching round from
        # behind her back, the fingers curled over its front
        En, Ef = seated_elbows(B)
        near = dict(joints=[Sn, En, (cx - 40, Sn[1] + 430)], widths=[aw, fw, ww], hand=("fist", 52, False), front=True,
                    prop_over=lambda doc, m, a, wet: his_hand_on(doc, (Sn[0] + 46, Sn[1] - 66),
                                                                  cut=m["F"]["cx"] - m["F"]["neck"] + 2))
        farm = dict(joints=[Sf, Ef, (cx + 36, Sn[1] + 434)], widths=[aw * 0.94, fw * 0.94, ww],
                    hand=("fist", 128, True), front=True)
        return near, farm
    # ---- hands (beats 1.5, 2.7, 6.1): poses of their own, each with what it needs
    if pose == "call_force":
        # beat 1.5, "she turned toward the dark where his saber had gone and held out her
        # hand": the near arm flung out to her side, away from him, toward the dark, the
        # hand open, fingers spread (the hilt lands in this hand: `hilt`); the staff in
        # the other fist
        # The arm is stretched out level to her side, toward the dark, not raised like
        # a wave: the elbow near straight, foreshortened a little (it points out and
        # somewhat toward the viewer, and the canvas ends 260 px past her shoulder), the
        # hand at her shoulder's height, the fingers spread and pointing out, palm away
        E = (Sn[0] - 84, Sn[1] - 24)
        Wr = (Sn[0] - 150, Sn[1] - 44)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw * 1.06, ww * 1.16], hand=("spread", -170, True), front=True,
                    hand_k=0.86)
        return near, staff_far(B)
    if pose == "tray":
        # beat 6.1, "his tray in both hands": a canteen tray held before him at the chest,
        # the elbows in at his sides and the forearms forward (foreshortened), a hand on
        # each end; high enough to show over the dialogue box when he is across the room
        y = Sn[1] + 112
        En = (Sn[0] - 6, Sn[1] + 200)
        Wn = (cx - 196, y + 14)
        Ef = (Sf[0] + 4, Sf[1] + 200)
        Wf = (cx + 196, y + 14)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.94, fw * 0.96, ww * 1.02], hand=None, front=True)
        near = dict(joints=[Sn, En, Wn], widths=[aw, fw * 1.02, ww * 1.04], hand=("grip", -12, False), front=True,
                    prop=lambda doc, m, a, wet: tray(doc, m, B, a, Wf, y))
        return near, farm
    if pose == "stool_stand":
        # beat 3.2, "She set the visitor's stool down well back from the bed, and stayed
        # on her feet behind it": the medbay's stool before her (`under`: drawn before
        # the arms), her forearms forward over its seat and a hand on each side of it;
        # drawn high (as the foot of the bed in Leia's `blanket`, or Kylo's tray) so the
        # whole seat shows over the dialogue box, its legs going down behind it
        y = Sn[1] + 104
        En = (Sn[0] - 4, Sn[1] + 196)
        Wn = (cx - 172, y + 6)
        Ef = (Sf[0] + 4, Sf[1] + 196)
        Wf = (cx + 164, y + 6)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.94, fw * 0.96, ww * 1.02], hand=("grip", 192, True),
                    front=True)
        near = dict(joints=[Sn, En, Wn], widths=[aw, fw * 1.02, ww * 1.04], hand=("grip", -12, False), front=True,
                    under=lambda doc, m: stool(doc, m, B, Wn, Wf, y))
        return near, farm
    if pose == "wave":
        # beat 6.1, "Poe was standing on the bench": up on it (the picture is drawn
        # higher, see make_cast.POE_UP), the far arm up beside his head waving the man
        # across the room over, the open hand at his brow's height; the near fist on his hip
        E = (Sf[0] + 112, Sf[1] - 40)
        Wr = (Sf[0] + 140, Sf[1] - 236)
        farm = dict(joints=[Sf, E, Wr], widths=[aw * 0.98, fw * 1.02, ww * 1.06], hand=("spread", -96, False),
                    front=True, hand_k=1.04)
        En = (Sn[0] - 120, Sn[1] + 262)
        Wn = (Sn[0] - 2, Sn[1] + 446)
        near = dict(joints=[Sn, En, Wn], widths=[aw, fw, ww], hand=("fist", 30, False), front=True)
        return near, farm
    if pose == "blanket_hand":
        # beat 2.7, "Leia stood by the bed with one hand flat on the blanket": the far arm
        # (toward the bed, the way she faces) reaching down and forward to the foot of
        # his bed before her, the hand lying flat on the blanket over his feet, seen
        # foreshortened from the front; the near hand loose at her waist
        Ef = (Sf[0] + 64, Sf[1] + 118)
        Wf = (Sf[0] + 70, Sf[1] - 10)
        farm = dict(joints=[Sf, Ef, Wf], widths=[aw * 0.96, fw * 1.02, ww * 1.08], hand=None, front=True,
                    hand_k=1.0)
        # the far arm keeps its reach and moves as its shoulder does (`hand_k`)
        Wt = (Wf[0] + turn_x(B, *Sf) - Sf[0], Wf[1])
        # the near arm down at her side, its hand behind the bed
        En = (Sn[0] - 20, Sn[1] + 330)
        near = dict(joints=[Sn, En, (Sn[0] + 10, Sn[1] + 620)], widths=[aw, fw, ww], hand=None, front=True,
                    prop_over=lambda doc, m, a, wet: bed_foot(doc, m, Wt))
        return near, farm
    return None


def skin_of(m):
    F = m["F"]
    return dict(skin=F["skin"], skin_sh=F["skin_sh"], skin_lt=F["skin_lt"], rim=F["rim"],
                skin_deep=mix(F["skin_sh"], F["skin_deep"], 0.6))


def tray(doc, m, B, a, Wf, y):
    """A canteen tray seen from a little above, held level before the chest: a grey metal
    tray with a raised rim, a bowl of stew, a cup and a heel of bread; then the far hand
    over its end (the near hand is drawn over it after)."""
    cx = B["cx"]
    Wf = turned_pts(B, [Wf])[0]
    Wn = a["joints"][-1]
    l, r = Wn[0] + 18, Wf[0] - 18
    top, bot = y - 66, y + 40
    sk = 30  # the far edge seen a little to the side, as the body turns
    rim = [(l, bot), (l + sk, top), (r + sk, top), (r, bot)]
    # its underside's edge, then the top and the rim
    form(doc, [(l - 4, bot - 2), (r + 4, bot - 2), (r + 2, bot + 16), (l - 2, bot + 16)], "#4c525a", "#343840", None,
         None, s=(6, 0))
    form(doc, rim, "#9aa3ad", "#6c747e", "#c8d0d8", "#cfe6ff", s=(10, 0), l=(6, 0))
    inner = [(l + 14, bot - 10), (l + sk + 12, top + 10), (r + sk - 12, top + 10), (r - 14, bot - 10)]
    doc.blob(inner, "#7d868f", 1.0)
    doc.blob([(l + 14, bot - 10), (l + sk + 12, top + 10), (r + sk - 12, top + 10), (r + sk - 16, top + 18),
              (l + sk + 8, top + 20), (l + 20, bot - 14)], "#5f6770", 0.8)
    # a bowl of something brown and hot, a cup, bread
    bx, by = cx - 30, y - 20
    ellipse(doc, bx, by + 22, 74, 22, "#3a3f46", 0.5)
    form(doc, [(bx - 72, by), (bx + 72, by), (bx + 52, by + 36), (bx - 52, by + 36)], "#d8d2c4", "#a8a294", None, None,
         s=(8, 0))
    ellipse(doc, bx, by, 72, 18, "#efe9dc")
    ellipse(doc, bx, by + 1, 60, 13, "#7a4a2c")
    ellipse(doc, bx - 16, by - 2, 16, 5, "#a8704a", 0.9)
    ellipse(doc, bx + 20, by + 2, 9, 4, "#c89a5c", 0.9)
    cx2, cy2 = cx + 74, y - 40
    form(doc, [(cx2 - 26, cy2), (cx2 + 26, cy2), (cx2 + 22, cy2 + 44), (cx2 - 22, cy2 + 44)], "#c98a4a", "#94602e",
         "#e6b07a", None, s=(8, 0))
    ellipse(doc, cx2, cy2, 26, 8, "#e8d2b0")
    ellipse(doc, cx2, cy2 + 1, 20, 5, "#5a3a22")
    form(doc, [(cx - 150, y + 6), (cx - 128, y - 22), (cx - 100, y - 30), (cx - 84, y - 8), (cx - 100, y + 16),
               (cx - 136, y + 22)], "#c89a5c", "#96703e", "#e8c690", None, s=(6, 4))
    # the far hand over the tray's end, fingers over its rim
    hand(doc, skin_of(m), "grip", Wf[0], Wf[1], 192, m.get("hand_s", 1.0), True)


def stool(doc, m, B, Wn, Wf, y):
    """The medbay's visitor's stool standing before her, seen from a little above: a
    round padded seat (pale blue-grey vinyl, a seam round its top, its side band in
    shadow), a metal column under it, a foot ring and three splayed legs down behind the
    dialogue box. Her arms and hands are drawn over it."""
    import math
    Wf = turned_pts(B, [Wf])[0]
    sx = (Wn[0] + Wf[0]) / 2
    rx, ry, th = 200, 48, 34
    metal = ("#9aa5ae", "#5e6973", "#dfe7ee")
    # under the seat: the column, the foot ring, the legs (drawn first, behind the seat)
    col_top, ring_y = y + th, y + 300
    for lx, foot in ((-150, 1440), (4, 1460), (150, 1440)):
        form(doc, band([(sx + lx * 0.18, ring_y - 10), (sx + lx, foot)], 20, 24), metal[0], metal[1], metal[2], None,
             s=(8, 0), l=(4, 0))
    form(doc, band([(sx, col_top), (sx, ring_y + 20)], 34), metal[0], metal[1], metal[2], "#cfe6ff", s=(12, 0),
         l=(6, 0))
    # the foot ring: a band round the column, its far half behind
    ring = [(sx + 130 * math.cos(t / 24 * 2 * math.pi), ring_y + 30 * math.sin(t / 24 * 2 * math.pi)) for t in range(25)]
    d_out = smooth(ring)
    inner = [(sx + 110 * math.cos(t / 24 * 2 * math.pi), ring_y + 20 * math.sin(t / 24 * 2 * math.pi)) for t in range(25)]
    doc.path(d_out + " " + smooth(inner), metal[0], None, ' fill-rule="evenodd"')
    doc.path(smooth([(sx - 130, ring_y), (sx, ring_y + 30), (sx + 130, ring_y), (sx, ring_y + 24)]), metal[1], 0.7)
    # the seat's side band, then its top
    side = [(sx - rx, y)] + [(sx - rx * math.cos(t / 12 * math.pi), y + th + ry * math.sin(t / 12 * math.pi))
                             for t in range(13)] + [(sx + rx, y)]
    doc.path("M " + " L ".join(f"{px:.1f} {py:.1f}" for px, py in side) + " Z", "#55626e")
    ellipse(doc, sx, y, rx, ry, "#8a9aa8")
    ellipse(doc, sx - 10, y - 4, rx - 26, ry - 10, "#a3b2bf")
    ellipse(doc, sx - 40, y - 14, rx * 0.45, ry * 0.32, "#c4d0da", 0.8)
    # the seam round the top's edge
    doc.blob(lens((sx - rx + 8, y + 6), (sx + rx - 8, y + 6), -ry * 0.9, -ry * 0.9), "#6d7d8a", 0.5)


def bed_foot(doc, m, Wr):
    """The foot of his bed before her: a pale medbay blanket over the mattress, a rounded
    rise under it where his feet are, its hem turned down, folds running toward her
    hand; and her hand lying flat on it over his feet, seen foreshortened (squashed
    toward the viewer). It is high in the picture, just under her shoulders, so it shows
    over the dialogue box; lower down, behind the box, the bed's side is in shadow."""
    hx, hy = Wr[0] + 4, Wr[1] + 20
    gid = doc.uid("g")
    doc.defs.append(f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="0" y1="{hy + 70}" x2="0" '
                    f'y2="{hy + 230}"><stop offset="0" stop-color="#26303a" stop-opacity="0"/>'
                    f'<stop offset="1" stop-color="#26303a" stop-opacity="0.92"/></linearGradient>')
    # the blanket's top edge: a rounded rise under her hand (his feet), falling away to
    # either side
    top = [(hx - 280, hy + 130), (hx - 190, hy + 54), (hx - 100, hy + 12), (hx - 20, hy - 10), (hx + 70, hy - 10),
           (hx + 160, hy + 14), (hx + 240, hy + 66), (hx + 290, hy + 140)]
    pts = top + [(hx + 300, 1420), (hx - 290, 1420)]
    form(doc, pts, "#c9d6de", "#8e9faa", "#eef4f7", "#cfe6ff", s=(20, 0), l=(0, 12))
    # the bed's side falls into shadow under its edge (behind the dialogue box)
    doc.blob(pts, f"url(#{gid})")
    # the hem turned down along its near edge
    form(doc, band([(hx - 264, hy + 130), (hx - 180, hy + 70), (hx - 90, hy + 34), (hx, hy + 20),
                    (hx + 90, hy + 24), (hx + 180, hy + 48), (hx + 276, hy + 140)], 26),
         "#dfe8ee", "#a9b8c2", "#ffffff", None, s=(10, 0))
    # folds toward the hand
    for p0, p1, bow in (((hx - 160, hy + 150), (hx - 40, hy + 70), 10), ((hx + 150, hy + 160), (hx + 40, hy + 72), -10),
                        ((hx - 30, hy + 190), (hx + 6, hy + 96), 6)):
        doc.blob(lens(p0, p1, bow, 3), "#8e9faa", 0.55)
    # the hand, flat on the blanket, fingers toward the viewer, with its soft shadow
    ellipse(doc, hx + 4, hy + 40, 62, 20, "#6d7e8a", 0.45)
    doc.open_group(extra=f' transform="translate({hx:.1f} {hy:.1f}) scale(1 0.62) translate({-hx:.1f} {-hy:.1f})"')
    hand(doc, skin_of(m), "flat", Wr[0], Wr[1] - 24, 86, m.get("hand_s", 1.0) * 1.18, False)
    doc.close_group()


def crate(doc, B):
    """A supply crate held against the chest, a little crooked: hard-edged olive boards,
    a lighter lid seen from just above, the end in shadow, metal corner bands and a
    stencilled mark."""
    from castkit import rot
    Sn, Sf = shoulders(B)
    # sitting on the near shoulder, beside the head (the head layer is laid over it)
    top, bot = Sn[1] - 260, Sn[1] - 34
    l, r = Sn[0] - 164, Sn[0] + 150
    ox, oy = (l + r) / 2, (top + bot) / 2
    ang = 8
    R = lambda pts: rot(pts, ox, oy, ang)  # noqa: E731

    def poly(pts, fill, op=None):
        doc.path("M " + " L ".join(f"{x:.1f} {y:.1f}" for x, y in R(pts)) + " Z", fill, op)

    d = 34  # the lid's depth, seen from a little above
    poly([(r, top + d), (r + 26, top), (r + 26, bot - d), (r, bot)], "#3a3f2c")
    poly([(l, top + d), (r, top + d), (r, bot), (l, bot)], "#66704c")
    poly([(l, bot - 40), (r, bot - 40), (r, bot), (l, bot)], "#4d553a")
    poly([(l, top + d), (l + 26, top), (r + 26, top), (r, top + d)], "#8e9870")
    poly([(l, top + d), (r, top + d), (r, top + d + 8), (l, top + d + 8)], "#a9b386", 0.8)
    # the boards' seams
    for t in (0.36, 0.68):
        y = top + d + (bot - top - d) * t
        poly([(l + 4, y - 2), (r - 4, y - 2), (r - 4, y + 3), (l + 4, y + 3)], "#3c4230", 0.85)
    # metal bands at the corners
    for x in (l + 4, r - 26):
        poly([(x, top + d), (x + 22, top + d), (x + 22, bot), (x, bot)], "#6c7076")
        poly([(x + 4, top + d), (x + 9, top + d), (x + 9, bot), (x + 4, bot)], "#aab0ba", 0.7)
    # a stencilled mark
    mx, my = (l + r) / 2 + 10, top + d + (bot - top - d) * 0.52
    for dx0, dy0, w, h in ((-40, -22, 80, 9), (-28, -5, 56, 9), (-40, 12, 50, 9)):
        poly([(mx + dx0, my + dy0), (mx + dx0 + w, my + dy0), (mx + dx0 + w, my + dy0 + h), (mx + dx0, my + dy0 + h)],
             "#d8d2b4", 0.65)
    # the cool rim on its lit edge
    poly([(r + 26, top), (r + 30, top + 2), (r + 30, bot - d), (r + 26, bot - d)], "#cfe6ff", 0.6)


def rag(doc, at, k=1.0):
    """A greasy rag bunched in the hands."""
    x, y = at
    pts = [(x - 56 * k, y - 20 * k), (x - 20 * k, y - 40 * k), (x + 30 * k, y - 34 * k), (x + 60 * k, y - 8 * k),
           (x + 40 * k, y + 26 * k), (x + 8 * k, y + 46 * k), (x - 30 * k, y + 30 * k), (x - 60 * k, y + 10 * k)]
    form(doc, pts, "#9a958a", "#6e6a62", "#c4c0b6", None, s=(10, 6), l=(6, -4))
    for a, b in (((x - 40 * k, y - 10 * k), (x + 20 * k, y + 14 * k)), ((x - 10 * k, y - 30 * k), (x + 36 * k, y))):
        doc.blob(lens(a, b, 4 * k, 1), "#5c5850", 0.7)
    ellipse(doc, x + 14 * k, y + 20 * k, 14 * k, 8 * k, "#3a3630", 0.6)


def hilt_arriving(doc, Wr, glow=None):
    """His saber's hilt, unlit, the instant it reaches the open hand (beat 7.1): the dark
    cross-guarded hilt across the palm, pale streaks and a blur behind it along the way it
    came. With `glow` (the body's glow layer) it is lit instead: held upright, the red
    blade and the crossguard's short side blades going up out of it, glowing."""
    import math
    # unlit it comes in from up and behind him (the canvas's upper left), along this
    # line; lit, it stands upright in the hand
    a = -90 if glow is not None else -62
    ux, uy = math.cos(math.radians(a)), math.sin(math.radians(a))
    vx, vy = -uy, ux
    g = (Wr[0] - 30, Wr[1] - 70) if glow is None else (Wr[0] - 4, Wr[1] - 56)  # in the palm
    at = lambda t, d=0: (g[0] + ux * t + vx * d, g[1] + uy * t + vy * d)  # noqa: E731
    # the emitter and its crossguard at the end away from the palm: lit, the top
    e = 1 if glow is not None else -1
    if glow is None:
        for off, t0, t1, op in ((-24, 60, 300, 0.45), (6, 90, 380, 0.35), (30, 70, 260, 0.4), (-46, 120, 250, 0.25)):
            doc.blob(lens(at(t0, off), at(t1, off), 3.5, 1.0), "#f2e6e0", op)
    metal = ("#4a4c53", "#2a2b30", "#8e96a2")
    dark_ = ("#25262b", "#141518", "#4e525c")
    form(doc, band([at(-120), at(130)], 34), *metal, "#cfe6ff", s=(10, 0), l=(6, 0))
    for sd in (-1, 1):
        form(doc, band([at(e * 96, sd * 8), at(e * 96, sd * 60)], 22, 16), *metal, None, s=(6, 0), l=(4, 0))
    form(doc, band([at(e * 130), at(e * 100)], 44, 40), *dark_, None, s=(8, 0))
    for t in (20, 50, 80):
        doc.blob(lens(at(-e * t, -17), at(-e * t, 17), -3, -1), dark_[1], 0.9)
    form(doc, band([at(-e * 120), at(-e * 146)], 40), *dark_, None, s=(8, 0))
    if glow is not None:
        # the red blade up out of the emitter, unstable at its edges, and the crossguard's
        # two short side blades; a wide red glow round them
        fid = glow.uid("f")
        glow.defs.append(f'<filter id="{fid}" filterUnits="userSpaceOnUse" x="-400" y="-400" width="1700" height="2200">'
                         f'<feGaussianBlur stdDeviation="30"/></filter>')
        tip = at(1000)
        glow.path(smooth(band([at(140), tip], 120)), "#ff2a1a", 0.5, f' filter="url(#{fid})"')
        glow.path(smooth(band([at(140), tip], 40, 32)), "#ff3a24", 0.95)
        glow.path(smooth(band([at(140), tip], 16, 12)), "#fff1ea")
        for sd in (-1, 1):
            glow.path(smooth(band([at(96, sd * 62), at(96, sd * 130)], 20, 12)), "#ff3a24", 0.95)
            glow.path(smooth(band([at(96, sd * 62), at(96, sd * 124)], 8, 5)), "#fff1ea")
        # the red light on his raised hand and arm
        ellipse(glow, g[0] + 60, g[1] + 80, 150, 190, glow.radial("#ff3a24", 0.3, 0.0), 1.0)


def impact(doc, Wr, deg, L):
    """Where a thrown fist lands (beat 1.4): a burst of short pale strokes fanning out
    from the knuckles and the rain knocked off in a spray ahead of them, so the fist
    reads as arriving hard, not resting."""
    import math
    r = math.radians(deg)
    ux, uy = math.cos(r), math.sin(r)
    K = (Wr[0] + ux * L * 0.95, Wr[1] + uy * L * 0.95)
    for k, a in enumerate((-70, -42, -16, 12, 40, 66)):
        ra = r + math.radians(a)
        d0, d1 = 34 + (k % 2) * 12, 92 + (k % 3) * 20
        p = (K[0] + math.cos(ra) * d0, K[1] + math.sin(ra) * d0)
        q = (K[0] + math.cos(ra) * d1, K[1] + math.sin(ra) * d1)
        doc.blob(lens(p, q, 4.6, 1.2), "#f2f9ff", 0.85)
    rng_ = [(0.6, -0.5, 5), (0.9, 0.3, 4), (1.2, -0.1, 6), (0.75, 0.75, 3.5), (1.4, 0.5, 4), (1.1, -0.8, 3.5),
            (1.6, -0.35, 3)]
    for f, side, rad in rng_:
        x = K[0] + ux * 60 * f - uy * 50 * side
        y = K[1] + uy * 60 * f + ux * 50 * side
        ellipse(doc, x, y, rad * 1.4, rad * 0.9, "#dff2ff", 0.8, deg)


def jolt(doc, S):
    """A shoulder struck in passing: short pale streaks off it, the way the blow came
    (from the way he faces), so the jolt reads as a knock, not a lean."""
    x, y = S
    for dx, dy, ln, op in ((30, -80, 120, 0.9), (58, -36, 150, 0.85), (50, 8, 110, 0.75)):
        p0, p1 = (x + dx, y + dy), (x + dx + ln, y + dy - ln * 0.22)
        # a dark edge under each, so they read on a bright sky as on a dark wall
        doc.blob(lens((p0[0] + 2, p0[1] + 5), (p1[0] + 2, p1[1] + 5), 12, 4), "#1a1e28", op * 0.75)
        doc.blob(lens(p0, p1, 9, 3), "#fbf8f0", op)


def staff_far(B):
    """Rey's other arm down at her side, the fist (below the dialogue box) round her
    staff, which stands upright beside her far shoulder: where the staff goes while her
    near hand holds his hilt (beat 1.5), so it is still in her hand when he walks away."""
    Sn, Sf = shoulders(B)
    aw = B["aw"]
    return dict(joints=[Sf, (Sf[0] + 36, Sf[1] + 300), (Sf[0] + 44, Sf[1] + 540)],
                widths=[aw * 0.94, aw * 0.8 * 0.94, aw * 0.58], hand=("fist", -5, False), front=False, staff=True)


def his_hand_on(doc, at, cut=None):
    """Kylo's hand (his skin and hand size) laid over the top of a shoulder from behind, the
    wrist at `at` in its plain dark sleeve's cuff, the fingers curled down over the front
    (beat 7.4, drawn in her picture: `held`)."""
    import people as pp
    F = pp.KYLO_F
    S = dict(skin=F["skin"], skin_sh=F["skin_sh"], skin_lt=F["skin_lt"], rim=F["rim"],
             skin_deep=mix(F["skin_sh"], F["skin_deep"], 0.6))
    x, y = at
    cuff = pp.tones("#343c47")
    # his forearm lying along the top of her shoulder, out from behind her neck (where
    # his arm goes round her back) to the wrist: the arm reads from her neck to the hand
    # (cut off where it passes behind her neck, at x = `cut`)
    if cut:
        doc.open_group(doc.clip(f"M -200 -400 H {cut:.0f} V 1600 H -200 Z"))
    form(doc, limb([(x + 110, y - 30), (x + 50, y - 18), (x + 6, y - 2)], [50, 56, 54]), cuff[0], cuff[1], cuff[2],
         None, s=(6, 4))
    doc.blob(lens((x + 90, y - 46), (x + 24, y - 24), -3, 0), cuff[2], 0.5)
    if cut:
        doc.close_group()
    hand(doc, S, "grip", x, y, 124, 1.08, True)
