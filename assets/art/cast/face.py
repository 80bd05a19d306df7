"""Heads and face parts for the layered cast (standard library only).

A member's face is a spec dict (see people.py): the outline as half-widths down the head,
eyes (place, width, opening, lid tilt and hood), brows (weight, gap, arch), nose (length,
width), mouth (width, lips), age and fixed marks, all designed frontal. Every head is
drawn in a three-quarter view turned toward the way it faces (`turned`, `turn_x`, below).
`draw_head` paints what never moves (skin, shading, the near ear, nose, age lines, fixed
marks) into the head layer; `eyes`, `brows`, `mouth` and the extras paint the moving parts
into face-box documents at the same coordinates.
Original work, CC BY 4.0.
"""
import math
import re

from castkit import (smooth, shift, mirror, form, lens, mix, circle, ellipse, lerp, n, Rng,
                     strand, dark)


# --------------------------------------------------------------------------- the turn
# Every face is drawn in a three-quarter view, turned toward the way it faces (+x, the
# viewer's right, toward the middle of the stage; the game mirrors busts on the right).
# The face is designed frontal (the spec's outline, eyes, brows, nose and mouth, and the
# marks in people.py, all about the axis `cx`) and then *turned*: every point of it is
# carried by `turn_x` onto a head turned (about 20-30 degrees by eye). The skull's outline and
# the hair stay where they are; the face's middle line (nose, mouth, chin) moves
# `TURN` of the head's half-width toward the facing side, the far side of the face is
# squeezed toward its edge (the far eye and the far half of the mouth narrower, the far
# cheek pulled in under its cheekbone) and the near side spreads (the near eye full,
# the near cheek broad, with the side plane of the head in shadow before the ear); the
# jaw runs long on the near side down to the chin and short on the far side. The nose
# stands off the face and moves further (`NOSE`), so its tip breaks past the far side of
# its bridge. Only the near ear shows.
#
# `turned(doc, F)` is the tool: whatever is drawn inside it in frontal coordinates is
# turned. Everything face.py draws on the face goes through it, and so do the fixed
# marks (people.py's `marks`: freckles, moles, stubble, age), which keep their frontal
# coordinates. Inside it `geo` and `outline_pts` answer in frontal coordinates; outside
# it `outline_pts` is the turned outline and `geo`'s nose and mouth (`nx`, `tip` stays,
# `mx`) are where they show, while `cx` stays the skull's axis (the ears, the hair and
# the neck are not turned).
#
# One-sided parts (Kylo's scar, bruise and split lip) are laid unmirrored over a mirrored
# face, so on the right of the stage they sit on a head turned the other way. Drawn
# inside `turned(doc, F, side=-1)` they land right on that head (and wrong on a head
# that faces right); drawn outside any `turned`, as make_cast does now, they keep their
# frontal places, between the two.
TURN = 0.28       # the middle line's move, as a fraction of the head's widest half-width
NOSE = 0.13       # the nose tip's further move (it stands off the face), the same way
FAR_EDGE = ((0.0, 0.99), (0.3, 0.975), (0.42, 0.955), (0.52, 0.985), (0.66, 0.925), (0.8, 0.95), (1.0, 1.0))
W_MIN = 40        # the narrowest row the turn measures (the chin's rows turn as one)
EYE_NEAR = (1.0, 1.0)    # the near eye's (and brow's) width and its distance from the middle line
EYE_FAR = (0.72, 0.76)   # the far eye's: narrower and closer to the nose
MOUTH = (1.02, 0.8)      # the mouth's near and far halves' widths (it turns as one piece too)

_FRONTAL = [0]    # >0 while drawing inside `turned`: geometry answers in frontal coordinates


def _table(tab, r):
    for (r0, v0), (r1, v1) in zip(tab, tab[1:]):
        if r0 <= r <= r1:
            return v0 + (v1 - v0) * (r - r0) / ((r1 - r0) or 1)
    return tab[0][1] if r < tab[0][0] else tab[-1][1]


def _wmax(F):
    return max(w for _, w in F["outline"])


def _nose_lift(F, y):
    """How far the nose stands off the face at height y, as a fraction of its tip's."""
    g = _geo0(F)
    top, tip = g["ey"] - 0.05 * g["h"], g["tip"]
    if y <= top:
        return 0.0
    if y <= tip - 6:
        k = (y - top) / (tip - 6 - top)
        return 0.15 + 0.85 * k ** 1.4
    if y <= tip + 8:
        return 1.0 - 0.25 * (y - tip + 6) / 14
    return max(0.0, 0.75 - 0.75 * (y - tip - 8) / 24)


def turn_x(F, x, y, side=1, nose=False):
    """Where the frontal point (x, y) of F's face shows on the turned head. side=-1: the
    head turned the other way (a picture drawn unmirrored over a mirrored face)."""
    cx, T, h = F["cx"], F["T"], F["h"]
    r = min(1.0, max(0.0, (y - T) / h))
    wm = _wmax(F)
    S = TURN * wm
    mu = TURN
    W = max(half_width(F, r), W_MIN)
    rw = next(rr for rr, w in F["outline"] if w == wm)
    sigma = max(0.0, S - mu * W) if r > rw else 0.0
    af = _table(FAR_EDGE, r)
    A, B = (1 + af) / 2, (af - 1) / 2
    m = mu - B
    p = min(3.0, (A - 0.15) / m)
    t = side * (x - cx) / W
    a = abs(t)
    if a <= 1:
        q = A * t + B + m * (1 - a ** p)
    else:
        s = 1 if t > 0 else -1
        q = A * s + B + (A - m * p * s) * (t - s)
    out = sigma + W * q
    if nose:
        out += NOSE * wm * _nose_lift(F, y)
    return cx + side * out


def eye_map(F, sd):
    """An eye (sd -1 near, +1 far) turns as one piece, not bent by the turn: its middle
    (frontal x0) shows at X0, its width scaled by k. The near eye keeps its full width
    `EYE_NEAR` from the middle line; the far one is narrower and closer (`EYE_FAR`)."""
    g = _geo0(F)
    cx, dx = F["cx"], F["eye"]["dx"]
    mid = turn_x(F, cx, g["ey"]) - cx
    k, gap = EYE_NEAR if sd < 0 else EYE_FAR
    return cx + sd * dx, cx + mid + sd * dx * gap, k


def mouth_map(F, x, y):
    """The mouth turns as one piece: its middle moves with the face's middle line, its
    near half keeps its width and its far half is shorter (`MOUTH`)."""
    g = _geo0(F)
    w = F["mouth"]["w"]
    M = turn_x(F, g["mx"], g["my"]) - g["mx"]
    kn, kf = MOUTH
    a, b = (kn + kf) / 2, (kf - kn) / 4
    u = (x - g["mx"]) / w
    if abs(u) <= 1:
        v = a * u + b * u * u
    else:
        s = 1 if u > 0 else -1
        v = a * s + b + (a + 2 * b * s) * (u - s)
    return g["mx"] + M + w * v


def turn_pts(F, pts, side=1):
    """Frontal points of the face (a list of (x, y)) as they show turned."""
    return [(turn_x(F, x, y, side), y) for x, y in pts]


_NUM = re.compile(r"[MLCQSTZHVAmlcqstzhva]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")


def _warp_d(d, f, fine=24.0):
    """A path's points carried by f(x, y) -> (x, y); long curves and lines are split first
    so they bend with the turn."""
    toks = _NUM.findall(d)
    out = []
    i = 0
    cur = (0.0, 0.0)
    start = cur
    cmd = None

    def num():
        nonlocal i
        v = float(toks[i])
        i += 1
        return v

    def pt(p):
        q = f(*p)
        return f"{n(q[0])} {n(q[1])}"

    def cubic(p0, p1, p2, p3, depth=0):
        ln = abs(p3[0] - p0[0]) + abs(p3[1] - p0[1])
        if ln > fine and depth < 4:
            m01, m12, m23 = lerp(p0, p1, .5), lerp(p1, p2, .5), lerp(p2, p3, .5)
            a, b = lerp(m01, m12, .5), lerp(m12, m23, .5)
            c = lerp(a, b, .5)
            cubic(p0, m01, a, c, depth + 1)
            cubic(c, b, m23, p3, depth + 1)
        else:
            out.append(f"C{pt(p1)} {pt(p2)} {pt(p3)}")

    while i < len(toks):
        tk = toks[i]
        if tk.isalpha():
            cmd = tk
            i += 1
            if cmd in "Zz":
                out.append("Z")
                cur = start
                continue
        if cmd == "M":
            cur = (num(), num())
            start = cur
            out.append(f"M{pt(cur)}")
            cmd = "L"
        elif cmd == "L":
            p = (num(), num())
            ln = abs(p[0] - cur[0]) + abs(p[1] - cur[1])
            k = max(1, int(ln // fine))
            for j in range(1, k + 1):
                out.append(f"L{pt(lerp(cur, p, j / k))}")
            cur = p
        elif cmd == "C":
            p1, p2, p3 = (num(), num()), (num(), num()), (num(), num())
            cubic(cur, p1, p2, p3)
            cur = p3
        elif cmd == "Q":
            q1, p = (num(), num()), (num(), num())
            cubic(cur, lerp(cur, q1, 2 / 3), lerp(p, q1, 2 / 3), p)
            cur = p
        else:
            raise ValueError(f"turning a path: command {cmd!r} not handled")
    return " ".join(out)


def _ellipse_d(x, y, rx, ry, deg=0.0):
    k = 0.5523
    pts = [(rx, 0), (rx, ry * k), (rx * k, ry), (0, ry), (-rx * k, ry), (-rx, ry * k), (-rx, 0), (-rx, -ry * k),
           (-rx * k, -ry), (0, -ry), (rx * k, -ry), (rx, -ry * k), (rx, 0)]
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    P = [(x + px * c - py * s, y + px * s + py * c) for px, py in pts]
    d = f"M{n(P[0][0])} {n(P[0][1])}"
    for j in range(1, 13, 3):
        d += " C" + " ".join(f"{n(px)} {n(py)}" for px, py in P[j:j + 3])
    return d + " Z"


_ATTR = re.compile(r'(\w[\w-]*)="([^"]*)"')


def _warp_item(it, f):
    if it.startswith("<path") or it.startswith("<clipPath"):
        return re.sub(r' d="([^"]*)"', lambda mt: f' d="{_warp_d(mt.group(1), f)}"', it)
    for tag in ("circle", "ellipse"):
        if it.startswith(f"<{tag} "):
            at = dict(_ATTR.findall(it))
            x, y = float(at.pop("cx")), float(at.pop("cy"))
            if tag == "circle":
                rx = ry = float(at.pop("r"))
            else:
                rx, ry = float(at.pop("rx")), float(at.pop("ry"))
            deg = 0.0
            tr = at.pop("transform", "")
            if tr.startswith("rotate("):
                deg = float(tr[7:].split()[0].rstrip(")"))
            rest = "".join(f' {k}="{v}"' for k, v in at.items())
            return f'<path d="{_warp_d(_ellipse_d(x, y, rx, ry, deg), f)}"{rest}/>'
    return it


class turned:
    """`with turned(doc, F): ...` turns what is drawn inside onto the three-quarter head
    (see `turn_x`). nose=True: it stands off the face as the nose does. side=-1: turned
    the other way."""

    def __init__(self, doc, F, nose=False, side=1, eye=0, mouth=False):
        self.doc, self.F, self.nose, self.side, self.eye, self.mouth = doc, F, nose, side, eye, mouth

    def __enter__(self):
        self.i0, self.d0 = len(self.doc.items), len(self.doc.defs)
        _FRONTAL[0] += 1
        return self

    def __exit__(self, *exc):
        _FRONTAL[0] -= 1
        if exc[0] is not None:
            return False
        F, side, nose = self.F, self.side, self.nose
        if self.eye:
            # drawn for the head turned right, mirrored for side -1 (the frontal eye on the
            # viewer's left is the near one turned right, the far one turned left)
            x0, X0, k = eye_map(F, self.eye * side)
            cx = F["cx"]
            f = lambda x, y: (cx + side * (X0 + k * (cx + side * (x - cx) - x0) - cx), y)  # noqa: E731
        elif self.mouth:
            cx = F["cx"]
            f = lambda x, y: (cx + side * (mouth_map(F, cx + side * (x - cx), y) - cx), y)  # noqa: E731
        else:
            f = lambda x, y: (turn_x(F, x, y, side, nose), y)  # noqa: E731
        d = self.doc
        d.items[self.i0:] = [_warp_item(it, f) for it in d.items[self.i0:]]
        d.defs[self.d0:] = [_warp_item(it, f) for it in d.defs[self.d0:]]
        return False


def _geo0(F):
    """Derived positions, frontal."""
    cx, T, h = F["cx"], F["T"], F["h"]
    E = F["eye"]
    N = F["nose"]
    M = F["mouth"]
    ey = T + h * E["y"]
    return dict(cx=cx, T=T, h=h, C=T + h, ey=ey,
                tip=T + h * N["tip"], nx=cx + N.get("dx", 4),
                my=T + h * M["y"], mx=cx + M.get("dx", 3))


def geo(F):
    """Derived positions: frontal inside `turned` (and for whatever is drawn to be
    turned); outside it the nose's and the mouth's middles as they show on the turned
    head (`nx`, `mx`), the rest (the skull's axis `cx`, the rows) unchanged."""
    g = _geo0(F)
    if not _FRONTAL[0]:
        g["nx"] = turn_x(F, g["nx"], g["tip"], nose=True)
        g["mx"] = turn_x(F, g["mx"], g["my"])
    return g


def half_width(F, r):
    ol = F["outline"]
    for (r0, w0), (r1, w1) in zip(ol, ol[1:]):
        if r0 <= r <= r1:
            return w0 + (w1 - w0) * (r - r0) / ((r1 - r0) or 1)
    return 0


def frontal_outline(F):
    cx, T, h = F["cx"], F["T"], F["h"]
    far = F.get("far", 0.97)
    left = [(cx - w, T + r * h) for r, w in F["outline"]]
    right = mirror(left[1:-1][::-1], cx, far)
    return left + right


def outline_pts(F):
    """The head's outline: frontal inside `turned`, else turned (sampled finer, so the
    far cheekbone and the jaw's run to the chin show)."""
    if _FRONTAL[0]:
        return frontal_outline(F)
    cx, T, h = F["cx"], F["T"], F["h"]
    rows = [0.0, 0.03, 0.08, 0.13, 0.2, 0.3, 0.38, 0.45, 0.52, 0.58, 0.64, 0.7, 0.76, 0.82, 0.87, 0.91, 0.94,
            0.965, 0.985, 1.0]
    left = [(cx - half_width(F, r), T + r * h) for r in rows]
    right = [(cx + half_width(F, r), T + r * h) for r in rows[1:-1][::-1]]
    return turn_pts(F, left + right)


# --------------------------------------------------------------------------- body parts
def neck_pts(F, bottom=None):
    """The neck's outline, from inside the head down to the collar."""
    g = _geo0(F)
    cx, C, h, T = g["cx"], g["C"], g["h"], g["T"]
    nw = F["neck"]
    far = F.get("far", 0.97)
    bottom = bottom or C + 150
    return [(cx - nw, T + 0.66 * h), (cx - nw - 2, C + 30), (cx - nw - 14, bottom - 30), (cx - nw - 40, bottom),
            (cx + (nw + 40) * far, bottom), (cx + (nw + 14) * far, bottom - 30), (cx + (nw + 2) * far, C + 30),
            (cx + nw * far, T + 0.66 * h)]


def draw_neck(doc, F, bottom=None):
    g = _geo0(F)
    cx, C, h, T = g["cx"], g["C"], g["h"], g["T"]
    nw = F["neck"]
    pts = neck_pts(F, bottom)
    form(doc, pts, F["skin"], F["skin_sh"], F["skin_lt"], F["rim"], s=(22, 0), l=(8, 0))
    # the jaw's shadow on the neck (under the turned jaw: long on the near side)
    ol = [(x, y + 30) for x, y in outline_pts(F) if y > T + 0.7 * h]
    jaw = [(cx - nw - 30, T + 0.66 * h)] + sorted(ol, key=lambda p: p[0]) + [(cx + nw + 30, T + 0.66 * h)]
    cid = doc.clip(smooth(pts))
    doc.open_group(cid)
    doc.blob(jaw, F["skin_sh"], 0.85)
    if F.get("age", 0) > 0.5:
        doc.blob(lens((cx - 22, C + 40), (cx - 30, C + 120), 6), F["skin_sh"], 0.5)
        doc.blob(lens((cx + 24, C + 40), (cx + 30, C + 120), -6), F["skin_sh"], 0.35)
    doc.close_group()


def draw_ears(doc, F, which=(-1,)):
    """The near ear (the far one is behind the turned head)."""
    g = _geo0(F)
    cx, ey = g["cx"], g["ey"]
    far = F.get("far", 0.97)
    for sd in which:
        k = far if sd > 0 else 1.0
        x = cx + sd * (half_width(F, F["eye"]["y"] + 0.04) - 8) * k
        y = ey - 8
        s = F.get("ear", 1.0)
        pts = [(x, y - 4), (x + sd * 18 * s, y - 16 * s), (x + sd * 30 * s, y + 4 * s), (x + sd * 27 * s, y + 42 * s),
               (x + sd * 16 * s, y + 70 * s), (x, y + 78 * s)]
        form(doc, pts, F["skin"], F["skin_sh"] if sd < 0 else None, F["skin_lt"] if sd > 0 else None,
             F["rim"] if sd > 0 else None, s=(8 * -sd, 0), l=(5, 0))
        doc.blob([(x + sd * 8 * s, y + 8 * s), (x + sd * 20 * s, y + 2 * s), (x + sd * 22 * s, y + 34 * s),
                  (x + sd * 12 * s, y + 56 * s), (x + sd * 6 * s, y + 40 * s)], F["skin_sh"], 0.7)


def draw_head(doc, F):
    """Skin, shading, nose and fixed marks (no eyes, brows or mouth), turned."""
    g = _geo0(F)
    cx, T, h, C, ey = g["cx"], g["T"], g["h"], g["C"], g["ey"]
    E, N, M = F["eye"], F["nose"], F["mouth"]
    pts = outline_pts(F)
    d = form(doc, pts, F["skin"], F["skin_sh"], F["skin_lt"], F["rim"], s=(24, -16), l=(10, 4), light_op=0.7)
    cid = doc.clip(d)
    doc.open_group(cid)
    cw = half_width(F, 0.55)
    hol = F.get("hollow", 0.3)
    with turned(doc, F):
        # cheekbones: the hollow under them, the light on them
        doc.blob(lens((cx - cw * 0.98, ey + 0.1 * h), (cx - cw * 0.45, ey + 0.3 * h), -14, -4), F["skin_sh"], hol)
        doc.blob(lens((cx + cw * 0.45, ey + 0.3 * h), (cx + cw * 0.95, ey + 0.1 * h), -14, -4), F["skin_sh"], hol * 0.35)
        doc.blob(lens((cx + E["dx"] - 20, ey + 0.1 * h), (cx + E["dx"] + 44, ey + 0.05 * h), -10, -2), F["skin_lt"], 0.35)
        doc.blob(lens((cx + 70, T + 0.2 * h), (cx - 30, T + 0.16 * h), -14, -4), F["skin_lt"], 0.3)
        ellipse(doc, cx + 8, C - 22, 20, 8, F["skin_lt"], 0.3)
        # the side plane of the head on the near side, in shadow from the temple down
        # past the cheekbone to the jaw's corner, before the ear
        doc.blob([(cx - 200, T), (cx - cw * 0.72, T + 0.08 * h), (cx - cw * 0.8, T + 0.4 * h),
                  (cx - cw * 0.84, T + 0.6 * h), (cx - cw * 0.8, T + 0.72 * h), (cx - 200, T + 0.78 * h)],
                 F["skin_sh"], 0.24)
    # eye sockets, each turned with its eye
    for sd in (-1, 1):
        with turned(doc, F, eye=sd):
            ex = cx + sd * E["dx"]
            ellipse(doc, ex - sd * 4, ey - E["h"] * 0.9, E["w"] * 0.66, E["h"] * 1.9, F["skin_sh"], F.get("socket", 0.22))
            if F.get("age", 0) > 0.3:
                a = F["age"]
                ox = cx + sd * (E["dx"] + E["w"] * 0.55)
                for j, dy in enumerate((-6, 4, 14)):
                    doc.blob(lens((ox + sd * 4, ey + dy), (ox + sd * 22, ey + dy * 1.8 + 2), 3 * sd), F["skin_sh"],
                             0.55 * a)
                doc.blob(lens((ex + sd * E["w"] * 0.45, ey + E["h"] + 12), (ex - sd * E["w"] * 0.45, ey + E["h"] + 10),
                              -8 * sd, -3 * sd), F["skin_sh"], 0.55 * a)
    # the far cheek under its cheekbone, turning away into the light's edge
    fe = [(x, y) for x, y in pts if x > cx and T + 0.55 * h < y < T + 0.9 * h]
    if len(fe) >= 2:
        doc.blob(lens(fe[-1], fe[0], 9, 2), F["skin_sh"], 0.18)
    # nose: it stands off the face, so it turns further than the cheeks
    tip, nx, nw = g["tip"], g["nx"], N["w"]
    with turned(doc, F, nose=True):
        # the near side plane of the nose in shadow, the bridge's light
        doc.blob(lens((cx - 12, ey - 10), (nx - nw * 0.85, tip - 10), 13, 4), F["skin_sh"], 0.8)
        doc.blob(lens((nx + 6, tip - 20), (nx + 3, ey + 14), 4, 1), F["skin_lt"], 0.65)
        if N.get("bump"):
            ellipse(doc, nx + 2, ey + (tip - ey) * 0.38, 5, 9, F["skin_lt"], 0.7)
            doc.blob(lens((nx - 8, ey + (tip - ey) * 0.3), (nx - 10, ey + (tip - ey) * 0.5), 5), F["skin_sh"], 0.6)
        ellipse(doc, nx + 3, tip - 8, nw * 0.52, nw * 0.42, F["skin_lt"], 0.6)
        doc.blob(lens((nx - nw * 1.0, tip - 18), (nx - nw * 0.5, tip + 3), 11, 2), F["skin_sh"], 0.95)
        # the tip breaks past the bridge's line on the far side: its edge and the far wing
        doc.blob(lens((nx + nw * 0.35, tip - 22), (nx + nw * 0.75, tip + 2), -7, -3), F["skin_sh"], 0.7)
        doc.blob(lens((nx + nw * 0.5, tip + 3), (nx + nw * 0.95, tip - 16), 8, 2), F["skin_sh"], 0.55)
        doc.blob(lens((nx + nw * 0.7, tip + 1), (nx - nw * 0.75, tip + 1), 8, 2), F["skin_deep"], 0.6)
        ellipse(doc, nx - nw * 0.42, tip + 1, nw * 0.24, 3.8, F["skin_deep"], 0.9, 10)
        ellipse(doc, nx + nw * 0.44, tip + 1.5, nw * 0.2, 3.2, F["skin_deep"], 0.75, -10)
    with turned(doc, F):
        doc.blob(lens((nx - 6, tip + 10), (nx - 12, tip + 30), 5), F["skin_sh"], 0.3)
        # philtrum
        doc.blob(lens((nx + 5, tip + 10), (g["mx"] + 5, g["my"] - M["ul"] - 2), 3), F["skin_lt"], 0.4)
        # age
        a = F.get("age", 0)
        mx, my, mw = g["mx"], g["my"], M["w"]
        if a > 0 or F.get("folds"):
            k = max(a, F.get("folds", 0))
            doc.blob(lens((nx - nw - 6, tip - 6), (mx - mw - 12, my + 20), 10, 3), F["skin_sh"], 0.25 + 0.5 * k)
            doc.blob(lens((mx + mw + 12, my + 20), (nx + nw + 6, tip - 6), 10, 3), F["skin_sh"], 0.2 + 0.35 * k)
        if a > 0.3:
            for i, yy in enumerate((0.16, 0.22, 0.28)):
                y = T + yy * h
                doc.blob(lens((cx + 70 - i * 6, y), (cx - 75 + i * 6, y + 2), 5, 2), F["skin_sh"], 0.4 * a)
        if a > 0.5:
            doc.blob(lens((mx - mw - 6, my + 12), (mx - mw - 14, my + 52), 6), F["skin_sh"], 0.4 * a)
            doc.blob(lens((mx + mw + 14, my + 52), (mx + mw + 6, my + 12), 6), F["skin_sh"], 0.3 * a)
        # the member's fixed marks, drawn frontal (freckles, moles, stubble...)
        for mark in F.get("marks", []):
            mark(doc, F, g)
    doc.close_group()
    return d


# --------------------------------------------------------------------------- eyes
def eyes(doc, F, st):
    """st keys: open (1 = rest), low (lower lid lift, px), inner / outer (upper lid drop at
    the inner / outer end, px), gaze (dx, dy), iris (scale), shut: None | 'rest' | 'happy' |
    'squeeze', wet (glint on the lower lid), look (the iris toward the facing side, +x, as a
    fraction of the eye's width: the eyes of one who attends to someone beside them)."""
    g = _geo0(F)
    cx, ey = g["cx"], g["ey"]
    E = F["eye"]
    lid = mix(F["skin"], F["skin_sh"], 0.4)
    for sd in (-1, 1):
        with turned(doc, F, eye=sd):
            x = cx + sd * E["dx"]
            y = ey
            w, hh = E["w"] * 1.08, E["h"] * 1.18
            tilt = E.get("tilt", 2)
            O = (x + sd * w / 2, y - tilt)
            I = (x - sd * w / 2, y + 2)
            op = st.get("open", 1.0)
            top = hh * op
            U1 = (x + sd * w * 0.2, y - top * 1.33 + st.get("outer", 0) - tilt * 0.3)
            U2 = (x - sd * w * 0.2, y - top * 1.33 + st.get("inner", 0))
            bot = hh * E.get("lower", 0.62)
            L1 = (x - sd * w * 0.2, y + bot * 1.33 - st.get("low", 0))
            L2 = (x + sd * w * 0.22, y + bot * 1.33 - st.get("low", 0) * 0.8)
            P = lambda p: f"{n(p[0])} {n(p[1])}"
            cg = E.get("crease", 9) * max(0.35, 1.25 - 0.5 * op) + st.get("crease", 0)
            shut = st.get("shut")
            if shut:
                # crease and lid over the closed eye
                if shut == "rest":
                    C1 = (x + sd * w * 0.22, y + hh * 0.55)
                    C2 = (x - sd * w * 0.2, y + hh * 0.55)
                elif shut == "happy":
                    C1 = (x + sd * w * 0.22, y - hh * 0.9)
                    C2 = (x - sd * w * 0.2, y - hh * 0.9)
                else:  # squeeze
                    C1 = (x + sd * w * 0.22, y - hh * 0.2)
                    C2 = (x - sd * w * 0.2, y - hh * 0.5)
                R1 = (x + sd * w * 0.2, y - hh * 1.33 - cg * 0.9)
                R2 = (x - sd * w * 0.2, y - hh * 1.33 - cg * 0.9)
                doc.path(f"M{P(O)} C{P(R1)} {P(R2)} {P(I)} C{P(C2)} {P(C1)} {P(O)} Z", lid, 0.55)
                doc.path(f"M{P((O[0] + sd * 2, O[1] - 2))} C{P(R1)} {P(R2)} {P((I[0], I[1] - 3))} "
                         f"C{P((R2[0], R2[1] + 3.5))} {P((R1[0], R1[1] + 3.5))} {P((O[0] + sd * 2, O[1] - 2))} Z",
                         F["skin_sh"], 0.85)
                t = E.get("lash", 4.5) + 1
                flick = E.get("flick", 0)
                Of = (O[0] + sd * (3 + flick * 0.6), O[1] + (2 if shut == "rest" else -1))
                doc.path(f"M{P(Of)} C{P((C1[0], C1[1] + t * 0.5))} {P((C2[0], C2[1] + t * 0.4))} {P(I)} "
                         f"C{P((C2[0], C2[1] - t * 0.6))} {P((C1[0], C1[1] - t * 0.7))} {P(O)} Z", E.get("lash_col", "#22160f"))
                if shut == "rest":
                    for k in (0.18, 0.34):
                        bx, by = (x + sd * w * k, y + hh * 0.42 + 2)
                        doc.blob(lens((bx, by), (bx + sd * 6, by + 8), 2 * sd), E.get("lash_col", "#22160f"), 0.85)
                    doc.blob(lens((x - sd * w * 0.35, y + hh * 1.5), (x + sd * w * 0.4, y + hh * 1.2), -5 * sd, -2 * sd),
                             F["skin_sh"], 0.45)
                elif shut == "happy":
                    doc.blob(lens((x - sd * w * 0.42, y + hh * 0.9), (x + sd * w * 0.48, y + hh * 0.55), -9 * sd, -3 * sd),
                             F["skin_sh"], 0.6)
                    doc.blob(lens((x + sd * (w * 0.5 + 4), y - 2), (x + sd * (w * 0.5 + 16), y + 10), 3 * sd), F["skin_sh"], 0.6)
                else:
                    for dy in (-6, 4, 13):
                        doc.blob(lens((x + sd * (w * 0.5 + 2), y + dy * 0.6), (x + sd * (w * 0.5 + 18), y + dy * 1.4), 3 * sd),
                                 F["skin_sh"], 0.75)
                    doc.blob(lens((x - sd * w * 0.35, y + hh * 1.2), (x + sd * w * 0.4, y + hh * 0.9), -6 * sd, -2 * sd),
                             F["skin_sh"], 0.6)
                continue
            ap = f"M{P(O)} C{P(U1)} {P(U2)} {P(I)} C{P(L1)} {P(L2)} {P(O)} Z"
            # lid skin between the crease and the lashes, and the crease
            K1 = (U1[0], U1[1] - cg)
            K2 = (U2[0], U2[1] - cg)
            Ok = (O[0] + sd * 3, O[1] - 2)
            Ik = (I[0] - sd * 1, I[1] - 5)
            doc.path(f"M{P(Ok)} C{P(K1)} {P(K2)} {P(Ik)} L{P(I)} C{P(U2)} {P(U1)} {P(O)} Z", lid, 0.6)
            doc.path(f"M{P(Ok)} C{P(K1)} {P(K2)} {P(Ik)} C{P((K2[0], K2[1] + 4))} {P((K1[0], K1[1] + 4))} {P(Ok)} Z",
                     F["skin_sh"], 0.9)
            # the eye
            cid = doc.clip(ap)
            doc.path(ap, E.get("sclera", "#efe8e2"))
            doc.open_group(cid)
            doc.path(f"M{P(O)} C{P((U1[0], U1[1] + 6))} {P((U2[0], U2[1] + 6))} {P(I)} L{P((I[0], I[1] + 30))} "
                     f"L{P((O[0], O[1] + 30))} Z", "#ffffff", 0.0)
            ellipse(doc, O[0] - sd * 6, y, 10, 14, "#b8a8a0", 0.35)
            gx, gy = st.get("gaze", (0, 0))
            # `look`: toward the facing side (+x, toward whoever stands beside them), as a
            # fraction of the eye's width, so a small eye is not pushed into its corner
            gx += st.get("look", 0) * E["w"]
            r = w * 0.27 * st.get("iris", 1.0) * E.get("iris_scale", 1.0)
            ix, iy = x + gx + sd * E.get("iris_dx", 0), y + gy + 1
            circle(doc, ix, iy, r, dark(E["iris"], 0.55))
            circle(doc, ix, iy, r * 0.86, E["iris"])
            circle(doc, ix + 1, iy + r * 0.25, r * 0.55, E.get("iris_lt", mix(E["iris"], "#ffffff", 0.35)), 0.7)
            circle(doc, ix, iy, r * 0.42 * st.get("pupil", 1.0), "#0e0a08")
            # the upper lid's shadow on the eye
            doc.path(f"M{P((O[0], O[1] - 20))} L{P((O[0], O[1] + 1))} C{P((U1[0], U1[1] + 8))} {P((U2[0], U2[1] + 8))} "
                     f"{P((I[0], I[1] + 1))} L{P((I[0], I[1] - 20))} Z", "#3a2418", 0.38)
            circle(doc, ix + r * 0.32, iy - r * 0.38, r * 0.26, "#ffffff", 0.95)
            circle(doc, ix - r * 0.4, iy + r * 0.35, r * 0.12, "#ffffff", 0.6)
            doc.close_group()
            # lashes: heavier toward the outer corner, with a flick for some
            t = E.get("lash", 4.5) + 1.2
            flick = E.get("flick", 0)
            Of = (O[0] + sd * (2 + flick), O[1] - flick * 0.7)
            doc.path(f"M{P(Of)} C{P((U1[0], U1[1] - t))} {P((U2[0], U2[1] - t * 0.55))} {P((I[0] - sd * 1, I[1] - 1))} "
                     f"C{P((U2[0], U2[1] + 1))} {P((U1[0], U1[1] + 1.5))} {P((O[0], O[1] + 1.5))} Z",
                     E.get("lash_col", "#22160f"))
            # lower lid
            doc.path(f"M{P(O)} C{P(L2)} {P(L1)} {P(I)} C{P((L1[0], L1[1] + 3.5))} {P((L2[0], L2[1] + 4))} {P(O)} Z",
                     F["skin_sh"], 0.75)
            if E.get("lower_lash"):
                doc.path(f"M{P((O[0] + sd * 1, O[1] + 1))} C{P((L2[0], L2[1] - 0.5))} {P(lerp(L2, L1, 0.3))} "
                         f"{P(lerp(L2, L1, 0.5))} C{P(lerp(L2, L1, 0.3))} {P((L2[0], L2[1] + 2))} {P((O[0] + sd * 1, O[1] + 1))} Z",
                         E.get("lash_col", "#22160f"), 0.7)
            if st.get("low", 0) > 3:
                # cheeks pushing up under a smile or a squint
                doc.blob(lens((x - sd * w * 0.42, L1[1] + 10), (x + sd * w * 0.5, L2[1] + 6), -7 * sd, -2 * sd),
                         F["skin_sh"], 0.45)
            if st.get("bags"):
                doc.blob(lens((x - sd * w * 0.45, L1[1] + 12), (x + sd * w * 0.5, L2[1] + 8), -10 * sd, -3 * sd),
                         F["skin_sh"], 0.7)
            if st.get("wet"):
                doc.path(f"M{P((O[0] - sd * 5, O[1] + 2))} C{P((L2[0], L2[1] - 2))} {P((L1[0], L1[1] - 2))} "
                         f"{P((I[0] + sd * 4, I[1]))} C{P((L1[0], L1[1] + 1.5))} {P((L2[0], L2[1] + 1.5))} {P((O[0] - sd * 5, O[1] + 2))} Z",
                         "#e6f6ff", 0.9)


# --------------------------------------------------------------------------- brows
def brows(doc, F, st):
    """st keys: inner / outer (px down), arch (px more), knit (px toward the middle),
    furrow (vertical lines between), worry (lines over the inner ends), lines (forehead)."""
    g = _geo0(F)
    cx, ey, T, h = g["cx"], g["ey"], g["T"], g["h"]
    E, B = F["eye"], F["brow"]
    t = B["t"]
    col = B["col"]
    base = st
    for sd in (-1, 1):
        with turned(doc, F, eye=sd):
            st = dict(base)
            st.update(base.get("L" if sd < 0 else "R", {}))
            x = cx + sd * E["dx"]
            by = ey - B["gap"]
            xi = x - sd * E["w"] * B.get("inner_x", 0.5) - sd * st.get("knit", 0)
            yi = by + st.get("inner", 0) + B.get("inner_dy", 0)
            xo = x + sd * E["w"] * B.get("len", 0.72)
            yo = by + B.get("droop", 6) + st.get("outer", 0)
            pk = lerp((xi, yi), (xo, yo), B.get("peak", 0.6))
            ar = B.get("arch", 6) + st.get("arch", 0)
            pk = (pk[0], pk[1] - ar)
            m1 = lerp((xi, yi), pk, 0.5)
            m1 = (m1[0], m1[1] - ar * 0.35)
            ti = t * B.get("inner_t", 1.0)
            pts = [(xi, yi + ti * 0.5), (xi - sd * 1.5, yi - ti * 0.35), (m1[0], m1[1] - t * 0.55), (pk[0], pk[1] - t * 0.5),
                   (xo + sd * 2, yo), (xo + sd * 2, yo), (pk[0], pk[1] + t * 0.45), (m1[0], m1[1] + t * 0.5)]
            doc.blob(pts, col)
            # a little hair texture: lighter strokes along the top of the inner end
            doc.blob(lens((xi + sd * 3, yi - ti * 0.1), (m1[0], m1[1] - t * 0.2), 2 * sd), mix(col, F["skin"], 0.35), 0.6)
    st = base
    with turned(doc, F):
        sh = F["skin_sh"]
        by = ey - B["gap"]
        if st.get("furrow"):
            for sd in (-1, 1):
                doc.blob(lens((cx + sd * 9, by - 14 + st.get("inner", 0) * 0.5), (cx + sd * 6, by + 22), 4 * sd, 1 * sd), sh, 0.9)
            doc.blob(lens((cx - 14, by + 30), (cx + 14, by + 30), 4), sh, 0.6)
        if st.get("worry"):
            yy = by + st.get("inner", 0) - 22
            doc.blob(lens((cx - 34, yy + 10), (cx, yy - 4), -5, -2), sh, 0.7)
            doc.blob(lens((cx, yy - 4), (cx + 34, yy + 10), -5, -2), sh, 0.7)
            doc.blob(lens((cx - 4, yy + 6), (cx - 2, yy + 28), 3), sh, 0.55)
        if st.get("lines"):
            for i, dy in enumerate((-40, -58, -76)[: st["lines"]]):
                y = by + dy + st.get("outer", 0) * 0.3
                doc.blob(lens((cx + 66 - i * 8, y + 3), (cx - 70 + i * 8, y + 3), 6, 2), sh, 0.55)


# --------------------------------------------------------------------------- mouth
def mouth(doc, F, st):
    with turned(doc, F, mouth=True):
        _mouth(doc, F, st)


def _mouth(doc, F, st):
    """st keys: cw (width scale), cy (corner lift: - up), asym (the viewer's-right corner's
    extra), sag (centre of the parting), open (px), teeth ('top' | 'both' | 'grin'),
    press (lip fullness scale), dimple (smile brackets), pout."""
    g = _geo0(F)
    M = F["mouth"]
    mx, my = g["mx"], g["my"]
    w = M["w"] * st.get("cw", 1.0)
    cyL = st.get("cy", 0)
    cyR = cyL + st.get("asym", 0)
    sag = st.get("sag", 0)
    op = st.get("open", 0)
    ul = M["ul"] * st.get("press", 1.0)
    ll = M["ll"] * st.get("press", 1.0) * st.get("lower", 1.0)
    L = (mx - w, my + cyL)
    R = (mx + w, my + cyR)
    P = lambda x, y: f"{n(x)} {n(y)}"
    ys = my + sag
    part_LR = (f"C{P(mx - w * 0.6, ys + cyL * 0.3)} {P(mx - w * 0.25, ys)} {P(mx, ys)} "
               f"C{P(mx + w * 0.25, ys)} {P(mx + w * 0.6, ys + cyR * 0.3)} {P(*R)}")
    part_RL = (f"C{P(mx + w * 0.6, ys + cyR * 0.3)} {P(mx + w * 0.25, ys)} {P(mx, ys)} "
               f"C{P(mx - w * 0.25, ys)} {P(mx - w * 0.6, ys + cyL * 0.3)} {P(*L)}")
    yb = ys + op
    gap_RL = (f"C{P(mx + w * 0.6, yb + cyR * 0.25 - op * 0.15)} {P(mx + w * 0.3, yb)} {P(mx, yb)} "
              f"C{P(mx - w * 0.3, yb)} {P(mx - w * 0.6, yb + cyL * 0.25 - op * 0.15)} {P(*L)}")
    gap_LR = (f"C{P(mx - w * 0.6, yb + cyL * 0.25 - op * 0.15)} {P(mx - w * 0.3, yb)} {P(mx, yb)} "
              f"C{P(mx + w * 0.3, yb)} {P(mx + w * 0.6, yb + cyR * 0.25 - op * 0.15)} {P(*R)}")
    yt = my - ul + sag * 0.3
    bow = M.get("bow", 0.28)
    upper_top = (f"C{P(mx - w * 0.62, my + cyL * 0.55 - ul * 0.5)} {P(mx - w * 0.36, yt - ul * 0.05)} {P(mx - w * 0.14, yt)} "
                 f"C{P(mx - w * 0.07, yt)} {P(mx - w * 0.04, yt + ul * bow)} {P(mx, yt + ul * bow)} "
                 f"C{P(mx + w * 0.04, yt + ul * bow)} {P(mx + w * 0.07, yt)} {P(mx + w * 0.14, yt)} "
                 f"C{P(mx + w * 0.36, yt - ul * 0.05)} {P(mx + w * 0.62, my + cyR * 0.55 - ul * 0.5)} {P(*R)}")
    ylo = yb + ll * 1.3
    lower_RL = (f"C{P(mx + w * 0.65, yb + cyR * 0.2 + ll * 0.9)} {P(mx + w * 0.35, ylo)} {P(mx, ylo)} "
                f"C{P(mx - w * 0.35, ylo)} {P(mx - w * 0.65, yb + cyL * 0.2 + ll * 0.9)} {P(*L)}")
    lipc, lipd = M["lip"], M.get("lip_dark", dark(M["lip"], 0.8))
    line = M.get("line", "#3a1d18")
    # shadow under the lower lip (the chin's top)
    doc.blob(lens((mx + w * 0.5, ylo + 5), (mx - w * 0.5, ylo + 5), -9, -3), F["skin_sh"], 0.55)
    # lips
    doc.path(f"M{P(*L)} {upper_top} {part_RL} Z", lipd)
    doc.path(f"M{P(*L)} {gap_LR} {lower_RL} Z", lipc)
    doc.blob(lens((mx - w * 0.28, yb + ll * 0.5), (mx + w * 0.22, yb + ll * 0.55), -ll * 0.35, -ll * 0.05),
             mix(lipc, "#ffffff", 0.35), 0.55)
    if op > 0.5:
        gap = f"M{P(*L)} {part_LR} {gap_RL} Z"
        cid = doc.clip(gap)
        doc.path(gap, M.get("inside", "#3a1414"))
        doc.open_group(cid)
        teeth = st.get("teeth")
        tc = M.get("teeth", "#f1ebe3")
        if teeth in ("top", "both", "grin"):
            tt = min(op * 0.22, 5.5) if teeth != "grin" else op * 0.55
            doc.path(f"M{P(mx - w, ys - 8)} L{P(mx + w, ys - 8)} L{P(mx + w, ys + tt)} "
                     f"C{P(mx + w * 0.3, ys + tt + 2)} {P(mx - w * 0.3, ys + tt + 2)} {P(mx - w, ys + tt)} Z", tc)
        if teeth in ("both", "grin"):
            bt = op * 0.4
            doc.path(f"M{P(mx - w, yb + 8)} L{P(mx + w, yb + 8)} L{P(mx + w, yb - bt)} "
                     f"C{P(mx + w * 0.3, yb - bt - 1)} {P(mx - w * 0.3, yb - bt - 1)} {P(mx - w, yb - bt)} Z",
                     mix(tc, "#b0a49a", 0.25))
        if teeth == "gritted":
            # clenched: both rows meet at a dark seam, the inside showing only at the corners
            sm = (ys + yb) / 2
            doc.path(f"M{P(mx - w * 0.8, ys - 8)} L{P(mx + w * 0.8, ys - 8)} L{P(mx + w * 0.8, sm)} "
                     f"C{P(mx + w * 0.3, sm + 1)} {P(mx - w * 0.3, sm + 1)} {P(mx - w * 0.8, sm)} Z", tc)
            doc.path(f"M{P(mx - w * 0.76, yb + 8)} L{P(mx + w * 0.76, yb + 8)} L{P(mx + w * 0.76, sm + 1)} "
                     f"C{P(mx + w * 0.3, sm + 2)} {P(mx - w * 0.3, sm + 2)} {P(mx - w * 0.76, sm + 1)} Z",
                     mix(tc, "#b0a49a", 0.3))
            doc.path(f"M{P(mx - w * 0.8, sm - 1)} C{P(mx - w * 0.3, sm + 0.5)} {P(mx + w * 0.3, sm + 0.5)} "
                     f"{P(mx + w * 0.8, sm - 1)} L{P(mx + w * 0.8, sm + 1.6)} C{P(mx + w * 0.3, sm + 2.6)} "
                     f"{P(mx - w * 0.3, sm + 2.6)} {P(mx - w * 0.8, sm + 1.6)} Z", M.get("inside", "#3a1414"), 0.8)
            for k in (-0.5, -0.17, 0.17, 0.5):
                x0 = mx + w * k
                doc.path(f"M{P(x0 - 0.7, ys - 2)} L{P(x0 + 0.7, ys - 2)} L{P(x0 + 0.7, yb + 2)} L{P(x0 - 0.7, yb + 2)} Z",
                         "#b9aea4", 0.7)
        if op > 12 and teeth not in ("grin", "gritted"):
            ellipse(doc, mx + 2, yb + 2, w * 0.5, op * 0.3, M.get("tongue", "#a0505a"))
        doc.close_group()
        doc.path(f"M{P(*L)} {part_LR} C{P(mx + w * 0.6, ys + cyR * 0.3 - 2)} {P(mx + w * 0.25, ys - 2)} {P(mx, ys - 2)} "
                 f"C{P(mx - w * 0.25, ys - 2)} {P(mx - w * 0.6, ys + cyL * 0.3 - 2)} {P(*L)} Z", line, 0.5)
    else:
        th = M.get("line_w", 3.6) * st.get("line", 1.0)
        doc.path(f"M{P(L[0] - 1, L[1])} {part_LR} C{P(mx + w * 0.6, ys + cyR * 0.3 + th * 0.6)} {P(mx + w * 0.25, ys + th)} "
                 f"{P(mx, ys + th)} C{P(mx - w * 0.25, ys + th)} {P(mx - w * 0.6, ys + cyL * 0.3 + th * 0.6)} {P(L[0] - 1, L[1])} Z",
                 line)
    # corners
    circle(doc, L[0], L[1] + 1, 1.9, line, 0.6)
    circle(doc, R[0], R[1] + 1, 1.7, line, 0.5)
    if st.get("dimple", 0):
        k = st["dimple"]
        doc.blob(lens((L[0] - 3, L[1] - 14 * k), (L[0] - 2, L[1] + 14 * k), 6 * k, 2), F["skin_sh"], 0.85)
        doc.blob(lens((R[0] + 2, R[1] + 14 * k), (R[0] + 3, R[1] - 14 * k), 6 * k, 2), F["skin_sh"], 0.7)
    if st.get("down", 0):
        k = st["down"]
        doc.blob(lens((L[0] + 2, L[1] + 4), (L[0] - 6, L[1] + 22 * k), 3), F["skin_sh"], 0.7)
        doc.blob(lens((R[0] + 6, R[1] + 22 * k), (R[0] - 2, R[1] + 4), 3), F["skin_sh"], 0.55)
    if st.get("chin", 0):
        # the chin pushed up under a pout or a held-back cry
        doc.blob(lens((mx + w * 0.45, ylo + 22), (mx - w * 0.45, ylo + 22), -7, -2), F["skin_sh"], 0.5 * st["chin"])
    for extra in M.get("over", []):
        extra(doc, F, g, st)


# --------------------------------------------------------------------------- extras
def tear(doc, F):
    g = _geo0(F)
    E = F["eye"]
    for sd, big in ((-1, True), (1, False)):
        with turned(doc, F, eye=sd):
            x = g["cx"] + sd * E["dx"]
            y = g["ey"] + E["h"] * 0.8
            doc.path(f"M{n(x - sd * E['w'] * 0.45)} {n(y)} Q{n(x)} {n(y + 6)} {n(x + sd * E['w'] * 0.45)} {n(y - 3)} "
                     f"Q{n(x)} {n(y + 10)} {n(x - sd * E['w'] * 0.45)} {n(y)} Z", "#e8f7ff", 0.9)
            if big:
                doc.blob(strand([(x - 2, y + 6), (x - 5, y + 40), (x - 4, y + 75), (x - 1, y + 96)], 7, 0.6), "#dff1ff", 0.55)
                doc.blob([(x - 1, y + 92), (x - 8, y + 108), (x - 1, y + 118), (x + 6, y + 108)], "#e8f7ff", 0.9)
                circle(doc, x + 1, y + 104, 2.5, "#ffffff")


def blush(doc, F, strong=1.0):
    with turned(doc, F):
        _blush(doc, F, strong)


def _blush(doc, F, strong=1.0):
    g = _geo0(F)
    E = F["eye"]
    col = F.get("blush", "#e0705e")
    for sd in (-1, 1):
        x = g["cx"] + sd * (E["dx"] + 8)
        y = g["ey"] + 0.13 * g["h"]
        ellipse(doc, x, y, 46, 26, doc.radial(col, 0.55 * strong), 1.0)
        for k in range(3):
            doc.blob(lens((x - 18 + k * 13, y + 8), (x - 10 + k * 13, y - 8), 2), dark(col, 0.8), 0.45 * strong)
    ellipse(doc, g["nx"], g["ey"] + 0.12 * g["h"], 26, 12, doc.radial(col, 0.35 * strong), 1.0)


def wet(doc, F):
    with turned(doc, F):
        _wet(doc, F)


def _wet(doc, F):
    """Rain on the skin: hair stuck to the face, drops, a sheen on the high planes."""
    g = _geo0(F)
    cx, T = g["cx"], g["T"]
    hair = F.get("wet_hair", F.get("hair", "#333333"))
    for pts, wd in F.get("wet_strands", []):
        ab = [(cx + x, T + y) for x, y in pts]
        doc.blob(strand(ab, wd, 0.15), dark(hair, 0.75))
        doc.blob(strand(shift(ab, 2, -1), wd * 0.35, 0.1), mix(hair, "#cfe6ff", 0.45), 0.7)
    E = F["eye"]
    sheen = "#f4fbff"
    doc.blob(lens((g["nx"] + 6, g["ey"] + 20), (g["nx"] + 6, g["tip"] - 14), 4), sheen, 0.55)
    doc.blob(lens((cx + E["dx"] - 4, g["ey"] + 0.1 * g["h"]), (cx + E["dx"] + 34, g["ey"] + 0.06 * g["h"]), -5), sheen, 0.45)
    doc.blob(lens((cx + 60, T + 0.22 * g["h"]), (cx - 10, T + 0.2 * g["h"]), -5), sheen, 0.35)
    rng = Rng(F.get("seed", 7))
    drops = F.get("drops") or [(-70, 0.62), (64, 0.7), (-20, 0.93), (92, 0.44), (-96, 0.3), (30, 0.27), (10, 0.72)]
    for dx, ry in drops:
        x, y = cx + dx, T + ry * g["h"]
        r = rng.u(3.5, 6)
        ellipse(doc, x, y, r * 0.75, r, "#dff2ff", 0.8)
        ellipse(doc, x - r * 0.2, y + r * 0.35, r * 0.45, r * 0.5, dark(F["skin_sh"], 0.8), 0.4)
        circle(doc, x + r * 0.2, y - r * 0.35, r * 0.28, "#ffffff")


def red_eyes(doc, F):
    """Eyes red from crying: the rims of the lids raw and pink (the lower most), the skin
    under the eyes and at their corners flushed and a little puffy, the nose's tip pink.
    An extra over the eyes (it stays when they blink)."""
    g = _geo0(F)
    E = F["eye"]
    red, raw = "#d2545c", "#b8323e"
    for sd in (-1, 1):
        with turned(doc, F, eye=sd):
            x, y = g["cx"] + sd * E["dx"], g["ey"]
            w, hh = E["w"] * 1.08, E["h"] * 1.18
            bot = hh * E.get("lower", 0.62) * 1.33
            O = (x + sd * w / 2, y - E.get("tilt", 2))
            I = (x - sd * w / 2, y + 2)
            # the flushed, puffy skin under the eye and round its corners
            ellipse(doc, x, y + bot + 6, w * 0.62, 16, doc.radial(red, 0.62), 1.0)
            ellipse(doc, O[0] + sd * 4, O[1], 14, 13, doc.radial(red, 0.55), 1.0)
            ellipse(doc, I[0] - sd * 2, I[1] + 2, 10, 10, doc.radial(raw, 0.5), 1.0)
            # the raw rim along the lower lid
            doc.path(f"M{n(I[0] - sd * 2)} {n(I[1] + 1)} "
                     f"C{n(x - sd * w * 0.2)} {n(y + bot + 1)} {n(x + sd * w * 0.22)} {n(y + bot)} {n(O[0] + sd * 3)} {n(O[1] + 1)} "
                     f"C{n(x + sd * w * 0.22)} {n(y + bot + 5)} {n(x - sd * w * 0.2)} {n(y + bot + 6.5)} {n(I[0] - sd * 2)} {n(I[1] + 1)} Z",
                     raw, 0.85)
            # the rim of the upper lid, fainter
            top = hh * 1.33
            doc.path(f"M{n(I[0])} {n(I[1] - 3)} "
                     f"C{n(x - sd * w * 0.2)} {n(y - top - 4)} {n(x + sd * w * 0.2)} {n(y - top - 4)} {n(O[0] + sd * 2)} {n(O[1] - 3)} "
                     f"C{n(x + sd * w * 0.2)} {n(y - top - 9)} {n(x - sd * w * 0.2)} {n(y - top - 9)} {n(I[0])} {n(I[1] - 3)} Z",
                     red, 0.35)
    with turned(doc, F, nose=True):
        ellipse(doc, g["nx"] + 2, g["tip"] - 6, F["nose"]["w"] * 0.8, 13, doc.radial(red, 0.45), 1.0)
