#!/usr/bin/env python3
"""Writes the event pictures of After the Rain (standard library only, seeded).

The story's peaks as full-screen paintings (1920x1080), one SVG each in this folder:
rain, confession, punch, door, dust, medbay, lake, grenade, flagstones, injector, temple,
toast, kiss, kiss_she_reaches and shoulder. Rendered by
tools/render-art.sh to assets/images/events/<id>.webp like the places.

Style (../../../../shared/story/LOOK_AND_SOUND.md, "Look"): lineless flat shapes in three
or four tones (shadow, base, light, a thin rim light on the edge facing the light), soft
gradients for light, one dominant light per picture; faces and action in the upper two
thirds (the dialogue box covers the lower ~28%). The people reuse the cast's palettes,
hair and marks (../cast/people.py): Rey's three buns and freckles, Kylo's wavy hair to the
jaw, his height and the scar on his own right cheek, Finn's jacket, Poe's curls.
Heads here are drawn in profile (facing right in local coordinates, flipped for facing
left), so a face can turn to the moment instead of to the camera.

Usage: python3 make_events.py [id ...]   (all pictures without arguments)
Original work, CC BY 4.0.
"""
import math
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ beside the cast's modules or here
sys.path.insert(0, str(HERE.parent / "cast"))

from castkit import smooth, shift, limb, strand, lens, mix, dark, lerp, Rng, n  # noqa: E402
import people  # noqa: E402

W, H = 1920, 1080


# =========================================================================== the document
class Pic:
    """One picture: defs, items and a few helpers for gradients and groups."""

    def __init__(self, pid, desc):
        self.pid = pid
        self.desc = desc
        self.defs = []
        self.items = []
        self.k = 0

    def uid(self, p="e"):
        self.k += 1
        return f"{p}{self.k}"

    def add(self, s):
        self.items.append(s)

    def path(self, d, fill, op=None, extra=""):
        o = f' opacity="{n(op)}"' if op is not None and op < 1 else ""
        self.items.append(f'<path d="{d}" fill="{fill}"{o}{extra}/>')

    def blob(self, pts, fill, op=None, closed=True, extra=""):
        self.path(smooth(pts, closed), fill, op, extra)

    def poly(self, pts, fill, op=None, extra=""):
        d = "M" + " L".join(f"{n(x)} {n(y)}" for x, y in pts) + " Z"
        self.path(d, fill, op, extra)

    def clip(self, d):
        i = self.uid("c")
        self.defs.append(f'<clipPath id="{i}"><path d="{d}"/></clipPath>')
        return i

    def group(self, clip=None, transform=None, op=None, extra=""):
        a = ""
        if clip:
            a += f' clip-path="url(#{clip})"'
        if transform:
            a += f' transform="{transform}"'
        if op is not None and op < 1:
            a += f' opacity="{n(op)}"'
        self.items.append(f"<g{a}{extra}>")

    def end(self):
        self.items.append("</g>")

    # gradients (user space)
    def radial(self, cx, cy, r, stops, sx=1.0, sy=1.0, deg=0.0):
        i = self.uid("g")
        tf = ""
        if sx != 1 or sy != 1 or deg:
            tf = (f' gradientTransform="translate({n(cx)} {n(cy)}) rotate({n(deg)}) scale({n(sx)} {n(sy)}) '
                  f'translate({n(-cx)} {n(-cy)})"')
        st = "".join(f'<stop offset="{n(o)}" stop-color="{c}" stop-opacity="{n(a)}"/>' for o, c, a in stops)
        self.defs.append(f'<radialGradient id="{i}" gradientUnits="userSpaceOnUse" cx="{n(cx)}" cy="{n(cy)}" '
                         f'r="{n(r)}"{tf}>{st}</radialGradient>')
        return f"url(#{i})"

    def linear(self, x1, y1, x2, y2, stops):
        i = self.uid("g")
        st = "".join(f'<stop offset="{n(o)}" stop-color="{c}" stop-opacity="{n(a)}"/>' for o, c, a in stops)
        self.defs.append(f'<linearGradient id="{i}" gradientUnits="userSpaceOnUse" x1="{n(x1)}" y1="{n(y1)}" '
                         f'x2="{n(x2)}" y2="{n(y2)}">{st}</linearGradient>')
        return f"url(#{i})"

    def blur(self, sd, sdy=None):
        i = self.uid("f")
        s = f"{n(sd)}" if sdy is None else f"{n(sd)} {n(sdy)}"
        self.defs.append(f'<filter id="{i}" x="-50%" y="-50%" width="200%" height="200%">'
                         f'<feGaussianBlur stdDeviation="{s}"/></filter>')
        return f' filter="url(#{i})"'

    def rect(self, fill, x=0, y=0, w=W, h=H, op=None):
        o = f' opacity="{n(op)}"' if op is not None and op < 1 else ""
        self.items.append(f'<rect x="{n(x)}" y="{n(y)}" width="{n(w)}" height="{n(h)}" fill="{fill}"{o}/>')

    def ellipse(self, x, y, rx, ry, fill, op=None, deg=0.0, extra=""):
        t = f' transform="rotate({n(deg)} {n(x)} {n(y)})"' if deg else ""
        o = f' opacity="{n(op)}"' if op is not None and op < 1 else ""
        self.items.append(f'<ellipse cx="{n(x)}" cy="{n(y)}" rx="{n(rx)}" ry="{n(ry)}" fill="{fill}"{o}{t}{extra}/>')

    def circle(self, x, y, r, fill, op=None):
        self.ellipse(x, y, r, r, fill, op)

    def svg(self):
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">\n'
                f"<!-- After the Rain: {self.pid}. Original work, CC BY 4.0. Written by make_events.py. "
                f"{self.desc} -->\n"
                f"<defs>{''.join(self.defs)}</defs>\n" + "\n".join(self.items) + "\n</svg>\n")


# =========================================================================== shading
def norm(v):
    ln = math.hypot(*v) or 1.0
    return (v[0] / ln, v[1] / ln)


def shade(doc, pts, T, L, sw=14, lw=8, rw=4, rim_op=0.9, sh_op=1.0, lt_op=0.8, closed=True):
    """A shape in the house style lit from direction L (a vector toward the light, in the
    shape's own coordinates): base, a shadow strip away from the light, a light strip on
    the lit side and a rim just outside the lit edge. T = (base, shadow, light, rim);
    any of shadow, light, rim may be None."""
    base, sh, lt, rim = T
    lx, ly = norm(L)
    d = smooth(pts)
    if rim and rw:
        doc.path(smooth(shift(pts, lx * rw, ly * rw)), rim, rim_op)
    doc.path(d, base)
    if (sh and sw) or (lt and lw):
        cid = doc.clip(d)
        doc.group(clip=cid)
        if sh and sw:
            doc.path(d + " " + smooth(shift(pts, lx * sw, ly * sw)), sh, sh_op, ' fill-rule="evenodd"')
        if lt and lw:
            doc.path(d + " " + smooth(shift(pts, -lx * lw, -ly * lw)), lt, lt_op, ' fill-rule="evenodd"')
        doc.end()
    return d


class Light:
    """A picture's lighting: the ambient colour things sink into, the key light's colour
    and direction (screen space, toward the light), the rim colour."""

    def __init__(self, amb, key, L, rim=None, amb_k=0.35, key_k=0.45, deep="#05070a"):
        self.amb, self.key, self.L = amb, key, norm(L)
        self.rim = rim or key
        self.amb_k, self.key_k, self.deep = amb_k, key_k, deep

    def tones(self, c, amb_k=None, key_k=None, sh=0.55):
        a = self.amb_k if amb_k is None else amb_k
        k = self.key_k if key_k is None else key_k
        base = mix(c, self.amb, a)
        shadow = mix(dark(c, sh), self.deep, 0.35)
        shadow = mix(shadow, self.amb, a * 0.6)
        light = mix(base, self.key, k)
        return (base, shadow, light, self.rim)


def to_local(L, deg, flip):
    """A screen-space light vector in a group's coordinates (rotated by deg, flipped in x)."""
    a = math.radians(-deg)
    x = L[0] * math.cos(a) - L[1] * math.sin(a)
    y = L[0] * math.sin(a) + L[1] * math.cos(a)
    return (-x if flip else x, y)


def xf(x, y, deg=0.0, s=1.0, flip=False):
    return f"translate({n(x)} {n(y)}) rotate({n(deg)}) scale({n(-s if flip else s)} {n(s)})"


def local_to_screen(p, x, y, deg=0.0, s=1.0, flip=False):
    px, py = p
    px *= -s if flip else s
    py *= s
    a = math.radians(deg)
    return (x + px * math.cos(a) - py * math.sin(a), y + px * math.sin(a) + py * math.cos(a))


# =========================================================================== the people
# Palettes come from the cast (people.py); the profile shapes are drawn here.
RF, KF, FF, PF, DF, TF = people.REY_F, people.KYLO_F, people.FINN_F, people.POE_F, people.DEFECTOR_F, people.TROOPER_F

REY = dict(
    name="rey", skin=RF["skin"], deep=RF["skin_deep"], hair=RF["hairc"][0], iris=RF["eye"]["iris"],
    brow=RF["brow"]["col"], lip=RF["mouth"]["lip"], blush=RF["blush"],
    # profile landmarks (local, facing right, the ear at the origin)
    nose=(186, 58), bridge=(166, 22), bump=0, brow_ridge=(158, -30), forehead=152, chin=(150, 168), chin_b=(128, 186),
    lips=(162, 160), back=-150, jaw=(8, 118), neck_w=(62, -70), scale_y=0.97, brow_t=9, lash=3.2,
    tunic="#ddd2b9", under="#b8aa90", sleeve="#bdb3a2", wraps="#a89c86", belt="#5e3f2a", strap="#7a5a40",
)
# Her dark mission clothes in chapter 5 (grenade, temple), as on her busts there: the
# cast's palette (charcoal top `cl`, darker under-layer `un`, sleeve, grey wraps, dark legs,
# dark leather belt and strap).
REY_MISSION = people.rey_cloth("mission")
KYLO = dict(
    name="kylo", skin=KF["skin"], deep=KF["skin_deep"], hair=KF["hairc"][0], iris=KF["eye"]["iris"],
    brow=KF["brow"]["col"], lip=KF["mouth"]["lip"], blush=KF["blush"],
    nose=(186, 60), bridge=(170, 22), bump=3, brow_ridge=(158, -30), forehead=148, chin=(150, 186), chin_b=(126, 210),
    lips=(160, 166), back=-146, jaw=(10, 138), neck_w=(66, -76), scale_y=1.12, brow_t=13, lash=2.6, scar=True,
    coat="#2d2c36", shirt="#3b4450", trousers="#4a3b30",
)
POE = dict(
    name="poe", skin=PF["skin"], deep=PF["skin_deep"], hair=PF["hairc"][0], iris=PF["eye"]["iris"],
    brow=PF["brow"]["col"], lip=PF["mouth"]["lip"], blush=PF["blush"],
    nose=(192, 62), bridge=(170, 24), bump=3, brow_ridge=(160, -30), forehead=150, chin=(156, 172), chin_b=(134, 194),
    lips=(164, 162), back=-156, jaw=(6, 126), neck_w=(72, -80), scale_y=1.0, brow_t=14, lash=2.6, stubble=True,
    jacket=people.POE_JACKET, shirt="#434e59", trim="#4a3226",  # the busts' leather jacket, dark shirt, knit cuffs
)
FINN = dict(
    name="finn", skin=FF["skin"], deep=FF["skin_deep"], hair=FF["hairc"][0], iris=FF["eye"]["iris"],
    brow=FF["brow"]["col"], lip=FF["mouth"]["lip"], blush=FF["blush"],
    nose=(190, 62), bridge=(166, 26), bump=0, brow_ridge=(160, -28), forehead=150, chin=(156, 170), chin_b=(134, 194),
    lips=(170, 164), back=-156, jaw=(6, 126), neck_w=(74, -80), scale_y=1.0, brow_t=13, lash=2.6,
    jacket="#7a4a2c", shirt="#c9c1ae", stripe="#6e2220",
)
LF = people.LEIA_F
LEIA = dict(
    name="leia", skin=LF["skin"], deep=LF["skin_deep"], hair=LF["hairc"][0], iris=LF["eye"]["iris"],
    brow="#6a5e58", lip=mix(LF["mouth"]["lip"], LF["skin"], 0.45), blush=LF["blush"],
    # about sixty, as on her bust: a small straight nose, a soft chin, the cheek a little
    # fuller at the jaw; the face lined (`age` 2: the folds and lines drawn deep, the
    # forehead, the eye's corner and the neck lined too), the lips thinner and muted; her
    # hair the busts' brown (people.LEIA_F `hairc`), only a few lighter threads in it
    nose=(178, 60), bridge=(164, 24), bump=0, brow_ridge=(156, -30), forehead=150, chin=(146, 170), chin_b=(122, 192),
    lips=(156, 158), back=-150, jaw=(4, 126), neck_w=(60, -68), scale_y=0.96, brow_t=8, lash=2.4, age=1.15,
    hair_grey=False, hair_lt=LF["hairc"][2],
    gown="#6c6470", vest="#4a3a4e", brooch="#c8b07a",
)
_TBASE = dict(iris="#3b2314", brow="#1d1410", lip="#a87060", blush="#c8604e", nose=(190, 62), bridge=(168, 24), bump=2,
              brow_ridge=(158, -30), forehead=150, chin=(154, 170), chin_b=(132, 192), lips=(164, 162), back=-154,
              jaw=(6, 124), neck_w=(70, -78), scale_y=1.0, brow_t=12, lash=2.6)
TROOPERS = [
    dict(_TBASE, name="d1", skin=DF["skin"], deep=DF["skin_deep"], hair=DF["hairc"][0], shaved=True, suit="#46504a",
         lip=DF["mouth"]["lip"]),
    dict(_TBASE, name="d2", skin=TF["skin"], deep=TF["skin_deep"], hair=TF["hairc"][0], suit="#3c4244", nose=(196, 60)),
    dict(_TBASE, name="d3", skin="#8a5a3e", deep="#4a2818", hair="#1a120c", suit="#4a4e4c", lips=(170, 0)),
    dict(_TBASE, name="d4", skin="#e0b89c", deep="#8a5040", hair="#3a2a1e", suit="#404a46", tail=True, nose=(184, 58),
         chin=(148, 166), brow_t=9, lash=3.2, scale_y=0.97),
    dict(_TBASE, name="d5", skin="#c49272", deep="#6a3a28", hair="#2a1c14", suit="#4c4a42"),
]


# --------------------------------------------------------------------------- profile heads
def head_pts(P, o=0.0):
    """The profile's outline (local, facing right, the ear at the origin); o opens the jaw."""
    bx, fh, br, nz, bg = P["back"], P["forehead"], P["brow_ridge"], P["nose"], P["bridge"]
    ch, cb, lp, jw = P["chin"], P["chin_b"], P["lips"][0], P["jaw"]
    pts = [(20, -214), (92, -196), (134, -160), (fh, -104), (br[0] - 2, -54), br, (br[0] - 9, -6),
           (bg[0] + P["bump"] * 0.4, bg[1]), (nz[0] - 6, nz[1] - 10), nz, (nz[0] - 5, nz[1] + 12),
           (nz[0] - 24, nz[1] + 19), (lp - 8, 88), (lp - 8, 88), (lp, 102), (lp - 7, 113), (lp - 7, 113),
           (lp - 3, 125 + o), (lp - 15, 141 + o), (ch[0], ch[1] + o), (cb[0], cb[1] + o),
           (96, cb[1] + 4 + o * 0.7), (50, cb[1] - 14 + o * 0.5), jw, (-40, 106), (-100, 92), (bx + 10, 24), (bx, -62),
           (bx + 32, -150), (-58, -202)]
    sy = P["scale_y"]
    return [(x, y * sy) for x, y in pts]


def Y(P, y):
    return y * P["scale_y"]


def profile_head(doc, P, x, y, s, flip, light, deg=0.0, eyes="open", brows="level", mouth="closed", wet=False,
                 open_=0.0, blush=0.0, gaze=(0, 0), bruise=False, split_lip=False, neck=330, hair=True,
                 neck_tone=None, rim_k=1.0, lit=None, sep=0.0, ear_red=0.0):
    """A head in profile with its neck: ear at (x, y) on screen, scale s, facing right
    (flip=False) or left (flip=True), tilted by deg. eyes: open | wide | half | down |
    closed; brows: level | angry | worried | soft | raised; mouth: closed | smile | open |
    shout | part. lit: an optional (light colour, opacity) wash over the face's front.
    ear_red: the ear burning red (opacity), shown through Kylo's hair."""
    Ll = to_local(light.L, deg, flip)
    sk = light.tones(P["skin"])
    doc.group(transform=xf(x, y, deg, s, flip))
    # the neck
    nf, nb = P["neck_w"]
    neck_pts = [(nf + 22, Y(P, 150)), (nf + 14, Y(P, 230)), (nf + 10, neck), (nb - 12, neck), (nb - 6, Y(P, 180)),
                (nb + 4, Y(P, 60))]
    nt = neck_tone or sk
    shade(doc, neck_pts, (nt[0], nt[1], nt[2], nt[3] if rim_k else None), Ll, sw=14, lw=8, rw=4 * rim_k, sh_op=0.7)
    # the jaw's shadow on the neck
    cid = doc.clip(smooth(neck_pts))
    doc.group(clip=cid)
    jw = P["jaw"]
    doc.blob([(jw[0] - 30, Y(P, jw[1] - 40)), (jw[0] + 30, Y(P, jw[1] + 30)), (70, Y(P, P["chin_b"][1] + 4)),
              (nf + 40, Y(P, P["chin_b"][1] + 20)), (nf + 30, Y(P, P["chin_b"][1] + 50)), (40, Y(P, P["chin_b"][1] + 56)),
              (jw[0] - 10, Y(P, jw[1] + 70)), (nb, Y(P, jw[1] + 40))], sk[1], 0.3)
    doc.end()
    hair_fns = P.get("hair_fn") or HAIR[P["name"] if P["name"] in HAIR else "trooper"]
    if hair:
        hair_fns[0](doc, P, light, Ll, wet)
    pts = head_pts(P, open_)
    if sep:
        # a soft dark edge round the profile, so a face in front of another face reads as its own
        doc.path(smooth([(x * 1.05 + 6, y * 1.04) for x, y in pts]), "#06080c", sep, doc.blur(5))
    d = shade(doc, pts, (sk[0], sk[1], sk[2], sk[3] if rim_k else None), Ll, sw=16, lw=10, rw=4.5 * rim_k, sh_op=0.6)
    cid = doc.clip(d)
    doc.group(clip=cid)
    face_details(doc, P, sk, Ll, eyes, brows, mouth, open_, blush, gaze, bruise, split_lip, flip, lit)
    doc.end()
    if P["name"] == "kylo" and not wet:
        ear(doc, P, sk, Ll)
    if hair:
        hair_fns[1](doc, P, light, Ll, wet)
    if P["name"] != "kylo" or wet or ear_red:
        # (wet, Kylo's hair parts round the ear: it shows through the plastered locks; and a
        # burning ear pokes out of it)
        ear(doc, P, sk, Ll)
    if ear_red:
        doc.group(clip=doc.clip(smooth([(x, Y(P, y)) for x, y in EAR])))
        doc.blob([(-20, Y(P, -44)), (30, Y(P, -44)), (30, Y(P, 40)), (-20, Y(P, 56))], "#d2343a", ear_red)
        doc.end()
        if len(hair_fns) > 2:
            hair_fns[2](doc, P, light, Ll, wet)  # locks falling back over the burning ear
    if wet:
        wet_face(doc, P, flip)
    doc.end()


def face_details(doc, P, sk, Ll, eyes, brows, mouth, o, blush, gaze, bruise, split_lip, flip, lit):
    base, sh, lt = sk[0], sk[1], sk[2]
    br, nz, lp = P["brow_ridge"], P["nose"], P["lips"][0]
    sy = P["scale_y"]
    # the side of the head turns away from the face: a soft band of shadow behind the cheek
    doc.blob([(-30, Y(P, -200)), (50, Y(P, -150)), (60, Y(P, -40)), (40, Y(P, 60)), (60, Y(P, 130)), (10, Y(P, 180)),
              (-120, Y(P, 140)), (-170, Y(P, -40))], sh, 0.18)
    # cheekbone light, the hollow under it, the jaw
    doc.blob(lens((96, Y(P, 18)), (148, Y(P, 6)), -12, -3), lt, 0.4)
    doc.blob(lens((60, Y(P, 60)), (120, Y(P, 80)), 10, 3), sh, 0.18)
    doc.blob([(P["jaw"][0] - 10, Y(P, P["jaw"][1] - 30)), (60, Y(P, P["chin_b"][1] - 40) + o * 0.5),
              (P["chin_b"][0] - 6, Y(P, P["chin_b"][1] - 14) + o), (P["chin_b"][0], Y(P, P["chin_b"][1] + 10) + o),
              (40, Y(P, P["chin_b"][1] + 10)), (P["jaw"][0] - 20, Y(P, P["jaw"][1] + 10))], sh, 0.15)
    if lit:
        col, op = lit
        doc.blob([(80, Y(P, -160)), (170, Y(P, -120)), (210, Y(P, 60)), (190, Y(P, 200)) if not o else (190, Y(P, 200) + o),
                  (110, Y(P, 190)), (90, Y(P, 60)), (100, Y(P, -60))], col, op)
    # the eye socket and the temple
    doc.ellipse(126, Y(P, -12), 30, 18, sh, 0.35)
    doc.blob(lens((96, Y(P, -70)), (88, Y(P, 10)), 12, 4), sh, 0.3)
    # the nose: the wing, the nostril, light down the bridge
    doc.blob(lens((br[0] - 4, Y(P, -6)), (nz[0] - 2, nz[1] * sy - 6), -4, -1), lt, 0.7)
    wx, wy = nz[0] - 30, nz[1] * sy + 4
    doc.blob(lens((wx + 2, wy - 14), (wx + 4, wy + 12), 6, 2), sh, 0.35)
    doc.blob(lens((wx + 10, wy + 11), (wx + 20, wy + 12), 2, 0.8), mix(P["deep"], sk[0], 0.3), 0.55)
    # the mouth
    ml = lp - 7
    doc.blob([(lp - 20, Y(P, 96)), (lp - 4, Y(P, 96)), (lp + 4, Y(P, 104)), (ml + 1, Y(P, 113)), (lp - 26, Y(P, 114))],
             P["lip"], 0.75)
    doc.blob([(lp - 24, Y(P, 116) + o), (ml + 2, Y(P, 114) + o), (lp + 4, Y(P, 124) + o), (lp - 2, Y(P, 134) + o),
              (lp - 20, Y(P, 130) + o)], P["lip"], 0.8)
    doc.blob(lens((lp - 16, Y(P, 126) + o), (lp - 2, Y(P, 124) + o), -4, -1), mix(P["lip"], "#ffffff", 0.3), 0.5)
    corner = (lp - 30, Y(P, 116))
    if mouth == "smile":
        corner = (lp - 32, Y(P, 106))
        doc.blob(lens((lp - 36, Y(P, 96)), (lp - 40, Y(P, 124)), 6, 2), sh, 0.6)
    if o > 2:
        gap = [(ml, Y(P, 112)), (corner[0], corner[1] + 2), (corner[0] + 4, corner[1] + o * 0.6),
               (ml + 2, Y(P, 115) + o)]
        doc.blob(gap, "#2a1212")
        doc.blob([(ml - 1, Y(P, 112)), (ml - 12, Y(P, 113)), (ml - 11, Y(P, 113) + min(o * 0.3, 7)),
                  (ml - 1, Y(P, 113) + min(o * 0.3, 7))], "#efe6dc", 0.9)
    doc.blob(lens((ml + 1, Y(P, 113)), corner, 2.2 if o <= 2 else 1, 1), P["deep"], 0.95)
    if mouth == "tight":
        doc.blob(lens(corner, (corner[0] - 8, corner[1] + 6), 3), sh, 0.7)
    if split_lip:
        doc.ellipse(lp - 6, Y(P, 126) + o, 4.5, 3.2, "#7a1c22", 0.95)
        doc.ellipse(lp - 8, Y(P, 131) + o, 2.5, 4, "#9a2a30", 0.6)
    # the chin's light, the cheek's blush
    doc.blob(lens((P["chin"][0] - 14, Y(P, P["chin"][1] - 12) + o), (P["chin"][0] - 4, Y(P, P["chin"][1] + 8) + o), -5),
             lt, 0.5)
    if blush:
        # on the apple of the cheek, under the eye and forward of the ear (not by the ear)
        doc.ellipse(136, Y(P, 46), 28, 16, P["blush"], 0.35 * blush)
    if bruise:
        doc.ellipse(104, Y(P, 40), 26, 18, "#5a3450", 0.22)
        doc.ellipse(110, Y(P, 34), 14, 9, "#6a3a5a", 0.2)
    if P.get("stubble"):
        doc.blob([(P["jaw"][0] + 10, Y(P, 90)), (60, Y(P, 110)), (lp - 30, Y(P, 124)), (lp - 18, Y(P, 144)),
                  (P["chin"][0] + 10, Y(P, 170)), (P["chin_b"][0] + 10, Y(P, 210)), (60, Y(P, 210)),
                  (P["jaw"][0] - 10, Y(P, 150))], "#3a2a22", 0.22)
    if P.get("age"):
        # about sixty: the fold from the nose's wing to the mouth's corner, lines at the eye's
        # corner and under it, a softening under the jaw. `age` > 1 (Leia): drawn deeper, and
        # the lines of the forehead, the bag under the eye, the line down from the mouth's
        # corner, the jowl and the neck's creases besides
        ak = 1.0 if P["age"] is True else float(P["age"])
        op = lambda v: min(0.9, v * ak)  # noqa: E731
        doc.blob(lens((nz[0] - 28, Y(P, nz[1] + 14)), (lp - 34, Y(P, 128)), 5 * min(ak, 1.4), 1.5), sh, op(0.4))
        doc.blob(lens((nz[0] - 26, Y(P, nz[1] + 16)), (lp - 30, Y(P, 124)), -3, -1), lt, 0.35)
        for k in (-8, 2, 12):
            doc.blob(lens((br[0] - 56, Y(P, -6 + k)), (br[0] - 76 - 8 * (ak - 1), Y(P, -2 + k * 1.6)), 1.5, 0.5), sh,
                     op(0.35))
        doc.blob(lens((br[0] - 48, Y(P, 12)), (br[0] - 20, Y(P, 10)), 3, 1), sh, op(0.4))
        doc.blob(lens((P["chin_b"][0] - 10, Y(P, P["chin_b"][1] - 6)), (60, Y(P, P["chin_b"][1] - 2)), 6, 2), sh,
                 op(0.2))
        if ak > 1:
            # the bag under the eye: a soft crescent of shadow with a lit rim under it
            doc.blob(lens((br[0] - 46, Y(P, 20)), (br[0] - 8, Y(P, 22)), 7, 3), sh, 0.5)
            doc.blob(lens((br[0] - 44, Y(P, 28)), (br[0] - 10, Y(P, 29)), 3, 1), lt, 0.35)
            # lines across the forehead
            for fy, fx0, fx1 in ((-78, 100, 150), (-98, 96, 146), (-118, 100, 140)):
                doc.blob(lens((fx0, Y(P, fy)), (fx1, Y(P, fy - 4)), 2.0, 0.7), sh, 0.3)
            # the line between the brows, seen edge-on at the brow ridge
            doc.blob(lens((br[0] - 6, Y(P, -50)), (br[0] - 2, Y(P, -32)), 1.5, 0.5), sh, 0.45)
            # from the mouth's corner down toward the jaw, and the jowl softening the jawline
            doc.blob(lens((lp - 30, Y(P, 132)), (lp - 44, Y(P, 172)), 3.0, 1.0), sh, 0.4)
            doc.blob(lens((lp - 28, Y(P, 134)), (lp - 40, Y(P, 168)), -2, -0.6), lt, 0.3)
            doc.blob(lens((60, Y(P, 150)), (110, Y(P, P["chin_b"][1] - 4)), 10, 4), sh, 0.2)
            # the cheek hollowing under the cheekbone
            doc.blob(lens((70, Y(P, 70)), (126, Y(P, 96)), 9, 3), sh, 0.25)
            # creases at the front of the neck
            for ny in (P["chin_b"][1] + 34, P["chin_b"][1] + 58):
                doc.blob(lens((20, Y(P, ny)), (66, Y(P, ny + 6)), 2.5, 1), sh, 0.35)
    if P["name"] == "rey":
        rng = Rng(31)
        for i in range(16):
            fx, fy = rng.u(92, 168), rng.u(14, 60)
            if fx > 150 and fy < 40:
                continue
            doc.ellipse(fx, Y(P, fy), 2, 2, sh, 0.55)
    # Kylo's scar is on his own right cheek: the near cheek when he faces right; facing
    # left (flipped) that cheek is the far side, hidden behind the profile
    scar = P.get("scar") and (not flip or P.get("mirrored"))
    if scar:
        kylo_scar(doc, P, sk, Ll)
    # the eye and the brow
    eye(doc, P, sk, eyes, gaze)
    brow(doc, P, brows)
    if scar:
        kylo_scar_split(doc, P, sk)



# Kylo's scar in the paintings, as on his busts (people.kylo_scar): the old cut, healed
# badly. A seam from the forehead down into the brow, which it splits with a hairless gap;
# broken over the eye; then from under the eye, beside the nose, down the cheek past the
# mouth's corner to the jaw's edge. Not a fresh red line: a pale raised ridge, uneven in
# width, with a soft pinker edge of scar tissue, a dark line along its side away from the
# light and a fine light on its crest. Its colours are the busts'
# (people.KYLO_SCAR_C) taken toward the picture's own skin tones, so it sits in each
# picture's light; P["scar_k"] scales its width (1: the usual close face). The busts' ridge
# is taken a little pinker here, so that it shows on the paintings' paler, cooler skins.
SCAR_TOP = [(150, -114), (147, -96), (145, -78), (141, -60), (138, -42), (136, -28)]
SCAR_LOW = [(144, 10), (138, 40), (125, 76), (114, 112), (99, 150), (89, 184), (77, 214)]
# its width along each part (times the part's width): uneven, as a badly healed cut is,
# widest over the cheekbone where it went deepest
SCAR_TOP_W = [1.0, 1.0, 0.8, 1.0, 0.9, 1.0]
SCAR_LOW_W = [1.0, 1.15, 1.25, 0.95, 1.1, 0.9, 0.8]
SCAR_BROW = [(142, -60), (139, -48), (137, -36), (135, -24)]


def scar_tones(sk):
    C = people.KYLO_SCAR_C
    return dict(edge=mix(sk[0], C["edge"], 0.55), ridge=mix(mix(sk[0], sk[2], 0.6), "#f0c6bc", 0.62),
                crest=mix(sk[2], C["crest"], 0.6), shadow=mix(sk[1], C["shadow"], 0.55),
                split=mix(mix(sk[0], sk[2], 0.4), C["split"], 0.5))


def kylo_scar(doc, P, sk, Ll):
    """The scar on the near cheek (local, facing right, the ear at the origin; drawn inside
    the face's clip, under the eye and the brow)."""
    T = scar_tones(sk)
    k = P.get("scar_k", 1.0)
    # away from the light, across the seam: where the ridge's shadow falls
    lx, ly = Ll
    for pts, ws, w in ((SCAR_TOP, SCAR_TOP_W, 6.5 * k), (SCAR_LOW, SCAR_LOW_W, 9.5 * k)):
        pts = [(x, Y(P, y)) for x, y in pts]
        doc.blob(people.seam(pts, [w * v + 7.0 * k for v in ws]), T["edge"], 0.5, extra=doc.blur(1.6 * k))
        doc.blob(people.seam(shift(pts, -lx * w * 0.4, -ly * w * 0.4), [w * v * 0.6 + 1.5 for v in ws]), T["shadow"],
                 0.6)
        doc.blob(people.seam(pts, [w * v for v in ws]), T["ridge"], 0.95)
        doc.blob(people.seam(shift(pts, lx * w * 0.16, ly * w * 0.16), [w * v * 0.3 for v in ws]), T["crest"], 0.8)
    # his moles ride on the same cheek
    for mx_, my_, r in ((84, 40, 3.2), (66, 100, 2.6), (58, 150, 2.4)):
        doc.ellipse(mx_, Y(P, my_), r, r, "#5a3a30", 0.85)


def kylo_scar_split(doc, P, sk):
    """The hairless gap the scar cuts through his brow (drawn over the brow)."""
    k = P.get("scar_k", 1.0)
    pts = [(x, Y(P, y)) for x, y in SCAR_BROW]
    doc.blob(people.seam(pts, 5.0 * k), scar_tones(sk)["split"], 0.95)

def eye(doc, P, sk, kind, gaze=(0, 0)):
    sy = P["scale_y"]
    ex = P["brow_ridge"][0] - 18  # the eye's front
    B = (ex - 30, -6 * sy)
    lash = "#1c1210"
    lid = mix(sk[0], sk[1], 0.5)
    if kind == "closed":
        doc.blob([B, (ex - 14, -3 * sy), (ex + 2, -1 * sy), (ex + 4, -10 * sy), (ex - 12, -16 * sy), (B[0] + 2, -12 * sy)],
                 lid, 0.7)
        doc.blob(lens((ex + 4, -1 * sy), B, -5, -1), lash)
        for k in (0.15, 0.35):
            px, py = lerp((ex + 4, -1 * sy), B, k)
            doc.blob(lens((px, py + 1), (px + 4, py + 7), -1.5), lash, 0.9)
        doc.blob(lens((B[0] + 2, -16 * sy), (ex - 2, -22 * sy), 4, 1), sk[1], 0.7)
        return
    top = {"open": -17, "wide": -21, "half": -11, "down": -9}.get(kind, -17)
    bot = {"open": 3, "wide": 5, "half": 3, "down": 3}.get(kind, 3)
    F1 = (ex + 2, (top + 3) * sy)
    F2 = (ex, bot * sy)
    shape = [B, (ex - 16, top * sy), F1, (ex + 3, -6 * sy), F2, (ex - 14, (bot + 1) * sy)]
    d = smooth(shape)
    doc.path(d, "#eee6de")
    cid = doc.clip(d)
    doc.group(clip=cid)
    iy = (-6 + gaze[1] + (3 if kind == "down" else 0)) * sy
    ix = ex - 2 + gaze[0]
    doc.ellipse(ix, iy, 6.5, 10, dark(P["iris"], 0.6))
    doc.ellipse(ix + 0.5, iy, 5.5, 8.6, P["iris"])
    doc.ellipse(ix + 1.5, iy, 2.6, 4.6, "#0e0a08")
    doc.path(f"M{n(B[0])} {n(B[1] - 20)} L{n(ex + 8)} {n(top * sy - 10)} L{n(ex + 8)} {n(top * sy + 4)} "
             f"L{n(B[0])} {n(B[1] - 3)} Z", "#3a2418", 0.35)
    doc.ellipse(ix + 2.5, iy - 4, 2, 2, "#ffffff", 0.95)
    doc.end()
    # lid crease, lashes on the upper lid, a flick at the front
    doc.blob(lens((B[0] + 4, (top - 1) * sy), (ex, (top - 7) * sy), 4, 1), sk[1], 0.6)
    lw = P.get("lash", 3)
    up = [B, (ex - 16, top * sy), F1]
    doc.blob(strand(up[::-1], lw * 1.6, 0.3), lash)
    doc.blob(lens(F1, (F1[0] + 5 + lw, F1[1] - 2 - lw), 1.5 + lw * 0.4), lash)
    doc.blob(lens((ex - 14, (bot + 1) * sy), F2, 1.2, 0.4), mix(sk[1], lash, 0.3), 0.8)


def brow(doc, P, kind):
    sy = P["scale_y"]
    bx = P["brow_ridge"][0]
    t = P["brow_t"]
    back, mid, front = (bx - 50, -36), (bx - 24, -43), (bx - 4, -40)
    if kind == "angry":
        back, mid, front = (bx - 50, -44), (bx - 26, -40), (bx - 4, -30)
    elif kind == "worried":
        back, mid, front = (bx - 50, -32), (bx - 26, -40), (bx - 6, -50)
    elif kind == "soft":
        back, mid, front = (bx - 50, -34), (bx - 26, -42), (bx - 5, -41)
    elif kind == "raised":
        back, mid, front = (bx - 50, -46), (bx - 26, -56), (bx - 6, -52)
    pts = [(x, y * sy) for x, y in (front, mid, back)]
    doc.blob(strand(pts, t, 0.25), P["brow"])


EAR = [(-10, -34), (12, -40), (26, -22), (26, 8), (16, 36), (2, 52), (-10, 44), (-18, 0)]


def ear(doc, P, sk, Ll):
    pts = [(x, Y(P, y)) for x, y in EAR]
    shade(doc, pts, sk, Ll, sw=7, lw=4, rw=2)
    doc.blob([(-4, Y(P, -26)), (12, Y(P, -30)), (18, Y(P, -12)), (12, Y(P, 20)), (2, Y(P, 30)), (0, Y(P, 4))], sk[1], 0.7)
    doc.blob(lens((2, Y(P, -22)), (8, Y(P, 24)), 6, 2), sk[2], 0.5)


def wet_face(doc, P, flip):
    rng = Rng(7 if P["name"] == "rey" else 8)
    for i in range(9):
        x, y = rng.u(20, 150), Y(P, rng.u(-100, 170))
        doc.ellipse(x, y, 2.6, 4, "#e6f4ff", 0.8)
        doc.ellipse(x + 0.6, y - 1.5, 1, 1, "#ffffff", 0.95)
    doc.blob(lens((P["brow_ridge"][0] - 6, Y(P, -100)), (P["brow_ridge"][0], Y(P, -50)), -3), "#dff0ff", 0.5)
    doc.blob(lens((P["nose"][0] - 18, P["nose"][1] * P["scale_y"] - 30), (P["nose"][0] - 4, P["nose"][1] * P["scale_y"] - 4),
                  -3), "#e8f6ff", 0.6)


# --------------------------------------------------------------------------- hair (profile)
def hair_tones(P, light, wet):
    c = P["hair"]
    if wet:
        c = dark(c, 0.8)
    b, sh, lt, rim = light.tones(c, key_k=0.35)
    lt = mix(b, light.key, 0.3 if not wet else 0.45)
    return (b, sh, lt, rim)


def locks(doc, P, light, lines, wet, op=0.85, light_lines=()):
    b, sh, lt, rim = hair_tones(P, light, wet)
    for pts, w in lines:
        doc.blob(strand([(x, Y(P, y)) for x, y in pts], w, 0.1), sh, op)
    for pts, w in light_lines:
        doc.blob(strand([(x, Y(P, y)) for x, y in pts], w, 0.1), lt if not wet else mix(lt, "#dff0ff", 0.4), 0.75)


def wavy(pts, amp):
    """A lock's points with a wave laid across them (resampled, sinusoidal offset)."""
    out = []
    for i in range(len(pts) - 1):
        a, b = pts[i], pts[i + 1]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1
        nx, ny = -dy / ln, dx / ln
        for k in range(3):
            t = k / 3
            ph = (i * 3 + k) * math.pi / 3
            out.append((a[0] + dx * t + nx * amp * math.sin(ph), a[1] + dy * t + ny * amp * math.sin(ph)))
    out.append(pts[-1])
    return out


def yp(P, pts):
    return [(x, Y(P, y)) for x, y in pts]


def rey_back(doc, P, light, Ll, wet):
    T = hair_tones(P, light, wet)
    k = 0.93 if wet else 1.0
    for bx, by, r in ((-188, -70, 36), (-150, -160, 40), (-70, -224, 42)):
        r *= k
        pts = [(bx + r * math.cos(a / 8 * 2 * math.pi), Y(P, by) + r * math.sin(a / 8 * 2 * math.pi)) for a in range(8)]
        shade(doc, pts, T, Ll, sw=12, lw=8, rw=3)
        b = T[1]
        doc.blob(lens((bx - r * 0.6, Y(P, by) + r * 0.1), (bx + r * 0.5, Y(P, by) - r * 0.6), -r * 0.3), b, 0.8)
        doc.blob(lens((bx - r * 0.5, Y(P, by) + r * 0.5), (bx + r * 0.7, Y(P, by) + r * 0.1), -r * 0.25), b, 0.8)
        doc.blob(lens((bx - r * 0.4, Y(P, by) - r * 0.55), (bx + r * 0.3, Y(P, by) - r * 0.8), -r * 0.15), T[2], 0.7)


def rey_front(doc, P, light, Ll, wet):
    T = hair_tones(P, light, wet)
    d = -6 if wet else 0
    cap = [(132, -150), (118, -120), (96, -92), (70, -62), (46, -44), (30, -40), (24, -10), (18, 30), (-14, 44),
           (-30, 70), (-76, 100), (-122, 84), (-158 - d, 20), (-168 - d, -70), (-140 - d, -160), (-70, -214 - d),
           (20, -226 - d), (96, -206 - d), (130, -176)]
    shade(doc, yp(P, cap), T, Ll, sw=16, lw=10, rw=4)
    locks(doc, P, light, [([(110, -190), (40, -200), (-40, -190), (-110, -150)], 9),
                          ([(90, -150), (20, -160), (-70, -150), (-130, -90)], 8),
                          ([(60, -90), (0, -100), (-80, -80), (-130, -20)], 8),
                          ([(30, -40), (-20, -30), (-80, 20), (-110, 60)], 7)], wet,
          light_lines=[([(100, -204), (20, -216), (-60, -202)], 7), ([(80, -120), (0, -130), (-60, -118)], 5)])
    # the short fringe swept across the forehead, loose strands at the temple
    fr = [(120, -186), (138, -160), (150, -132), (148, -112)] if not wet else [(120, -186), (140, -150), (146, -110),
                                                                               (142, -80)]
    doc.blob(strand(yp(P, fr), 26 if not wet else 18, 0.15), T[0])
    doc.blob(strand(yp(P, fr), 12, 0.1), T[2], 0.6)
    tem = [(50, -60), (58, -20), (60, 30), (54, 70)] if not wet else [(56, -50), (64, -10), (68, 40), (64, 90)]
    doc.blob(strand(yp(P, tem), 10 if not wet else 8, 0.1), T[0])
    doc.blob(strand(yp(P, tem), 3, 0.1), T[2], 0.5)
    if wet:
        for a, b in (((-100, -180), (-20, -214)), ((30, -210), (110, -180)), ((-150, -60), (-140, 0))):
            doc.blob(lens(yp(P, [a])[0], yp(P, [b])[0], -4), "#dff0ff", 0.7)


# the outline of Kylo's soaked hair (local, facing right)
KYLO_WET_HAIR = [(60, -40), (40, 60), (34, 150), (16, 196), (-10, 150), (-40, 200), (-70, 150), (-100, 184), (-128, 130),
                 (-150, 150), (-160, 60), (-166, -80), (-142, -166), (-80, -220), (20, -228), (100, -206), (140, -170)]


def kylo_back(doc, P, light, Ll, wet):
    T = hair_tones(P, light, wet)
    if wet:
        back = KYLO_WET_HAIR
    else:
        back = [(70, -30), (50, 60), (50, 150), (30, 172), (0, 160), (-40, 180), (-84, 162), (-126, 176), (-160, 136),
                (-182, 40), (-184, -70), (-156, -176), (-86, -232), (20, -238), (106, -210), (146, -170)]
    shade(doc, yp(P, back), T, Ll, sw=18, lw=10, rw=1.5 if wet else 4, rim_op=0.4 if wet else 0.9)


def kylo_front(doc, P, light, Ll, wet):
    T = hair_tones(P, light, wet)
    if wet:
        mass = [(132, -178), (120, -150), (104, -118), (90, -84), (70, -50), (46, 0), (36, 60),
                (36, 110), (14, 140), (-12, 108), (-40, 136), (-70, 100), (-100, 120), (-126, 76),
                (-152, 40), (-162, -70), (-142, -164), (-80, -218), (20, -230), (96, -212)]
    else:
        mass = [(146, -176), (160, -136), (160, -96), (148, -66), (134, -84), (114, -62), (92, -36), (72, 10),
                (60, 70), (66, 126), (58, 164), (50, 144), (46, 174), (20, 156), (-16, 182), (-56, 160), (-96, 184),
                (-134, 160), (-166, 124), (-184, 30), (-184, -80), (-156, -180), (-84, -234), (20, -240), (108, -212)]
    if wet:
        # clumped wet locks hanging from the mass
        for pts, w in (([(92, -90), (80, -10), (76, 70), (70, 150)], 20), ([(70, -40), (62, 40), (58, 120), (50, 190)], 18),
                       ([(66, 60), (74, 130), (64, 200)], 22), ([(34, 100), (38, 170), (28, 228)], 20),
                       ([(0, 100), (-4, 170), (-14, 214)], 22), ([(-40, 100), (-46, 160), (-56, 204)], 20),
                       ([(-80, 90), (-88, 140), (-98, 186)], 20), ([(-120, 60), (-130, 120), (-136, 160)], 18),
                       ([(-150, 20), (-156, 80), (-154, 124)], 16)):
            shade(doc, strand(yp(P, pts), w, 0.08), T, Ll, sw=6, lw=4, rw=2, rim_op=0.5)
    shade(doc, yp(P, mass), T, Ll, sw=20, lw=10, rw=1.5 if wet else 4, rim_op=0.35 if wet else 0.9)
    if wet:
        dk = [([(120, -190), (60, -200), (-20, -196), (-100, -170), (-150, -110), (-164, -20), (-150, 90), (-120, 180)], 10),
              ([(110, -150), (40, -150), (-40, -130), (-100, -60), (-110, 40), (-90, 150)], 9),
              ([(100, -110), (60, -60), (30, 20), (20, 100), (30, 170)], 8),
              ([(124, -90), (96, -20), (74, 60), (70, 140)], 7)]
        lt = [([(110, -200), (40, -220), (-50, -206), (-120, -156)], 6), ([(90, -160), (20, -176), (-60, -150)], 4),
              ([(60, -100), (0, -110), (-70, -70)], 3), ([(-156, -40), (-150, 40), (-136, 100)], 4),
              ([(70, -120), (40, -60), (20, 30)], 4), ([(40, -190), (-30, -170), (-80, -110), (-96, -20)], 3),
              ([(0, 80), (-6, 150), (-12, 200)], 3), ([(-70, 80), (-80, 140), (-90, 180)], 3),
              ([(88, -80), (80, 0), (74, 90)], 4), ([(-20, -200), (-70, -160), (-110, -80), (-120, 10)], 4)]
    else:
        dk = [([(130, -200), (60, -222), (-30, -220), (-110, -190), (-166, -120), (-180, -20), (-168, 90), (-140, 160)], 12),
              ([(120, -160), (50, -170), (-30, -150), (-100, -90), (-120, 20), (-104, 120), (-90, 180)], 11),
              ([(110, -120), (70, -80), (30, 0), (20, 80), (30, 160)], 10),
              ([(140, -110), (108, -40), (80, 40), (74, 120)], 8),
              ([(-40, -200), (-80, -120), (-60, -20), (-50, 80), (-10, 170)], 9)]
        lt = [([(120, -220), (30, -240), (-60, -230), (-130, -190)], 9), ([(-184, -60), (-180, 40), (-160, 120)], 6),
              ([(80, -150), (40, -100), (10, -20)], 6), ([(150, -150), (150, -100)], 5)]
    if not wet:
        dk = [(wavy(pts, 7), w) for pts, w in dk]
        lt = [(wavy(pts, 5), w) for pts, w in lt]
    locks(doc, P, light, dk, wet, 0.9, lt)
    if not wet:
        # a few loose waves curling at the ends, below the jaw line of the mass
        for pts, w in (([(58, 130), (70, 156), (60, 180)], 22), ([(-30, 156), (-18, 178), (-28, 194)], 20),
                       ([(-116, 146), (-108, 170), (-120, 186)], 18)):
            shade(doc, strand(yp(P, pts), w, 0.1), T, Ll, sw=4, lw=3, rw=2, rim_op=0.6)
    if wet:
        # strands stuck to the forehead and cheek, drops at the ends
        for pts, w in (([(130, -170), (142, -130), (146, -96), (140, -60)], 8), ([(112, -150), (120, -110), (118, -80)], 6),
                       ([(84, -30), (96, 10), (100, 60)], 6)):
            doc.blob(strand(yp(P, pts), w, 0.1), T[0])
        for x, y in ((66, 202), (34, 232), (-4, 222), (-44, 214), (-84, 202), (140, -40)):
            doc.ellipse(x, Y(P, y), 3, 5, "#dff2ff", 0.85)


def poe_back(doc, P, light, Ll, wet):
    pass


def poe_front(doc, P, light, Ll, wet):
    """Poe's dark curls as on his bust: short at the sides and nape, fuller on top, a few
    loose curls falling toward the forehead; the outline bumpy with curls, not a smooth cap."""
    T = hair_tones(P, light, wet)
    cx, cy, rx_, ry_ = -14, -96, 168, 150
    outline = []
    for k in range(31):
        a = math.radians(-38 - 182 * k / 30)  # from over the brow, over the top, down the back
        r = 1.0 + (0.07 if k % 2 else 0.0) + (0.05 if -140 < math.degrees(a) < -40 else 0.0)
        outline.append((cx + rx_ * r * math.cos(a), cy + ry_ * r * math.sin(a)))
    outline += [(-172, 10), (-150, 50), (-110, 74), (-60, 60), (-20, 46), (4, 20), (16, -30), (40, -62), (80, -92),
                (112, -120)]
    shade(doc, yp(P, outline), T, Ll, sw=16, lw=10, rw=4)
    # the curls: loops, each a dark ring with a light crescent on the side toward the light
    rng = Rng(14)
    curls = []
    for k in range(120):
        x, y = rng.u(-170, 140), rng.u(-250, 30)
        if ((x - cx) / (rx_ * 0.96)) ** 2 + ((y - cy) / (ry_ * 0.96)) ** 2 > 1 or (x > 20 and y > -70) or \
                (x > -10 and y > -20) or y > 40 - (x + 180) * 0.25:
            continue
        if any(math.hypot(x - a, y - b) < 30 for a, b, _ in curls):
            continue
        curls.append((x, y, rng.u(14, 20) * (1.0 if y < -120 else 0.8)))
    for x, y, r in curls:
        p = yp(P, [(x, y)])[0]
        doc.blob(lens((p[0] - r * 0.4, p[1] + r * 0.9), (p[0] + r, p[1] - r * 0.2), r * 0.4, r * 0.15), T[1], 0.8)
        doc.blob(lens((p[0] - r * 0.9, p[1] + r * 0.2), (p[0] + r * 0.4, p[1] - r * 0.8), -r * 0.4, -r * 0.12),
                 T[2], 0.8)
    # loose curls over the brow, hooking at the ends
    for pts, w in (([(104, -150), (136, -150), (150, -124), (138, -106), (126, -116)], 14),
                   ([(70, -180), (108, -176), (118, -146), (104, -134)], 13),
                   ([(130, -176), (156, -166), (162, -140), (150, -130)], 11)):
        shade(doc, strand(yp(P, pts), w, 0.3), T, Ll, sw=4, lw=3, rw=1.5)


def finn_front(doc, P, light, Ll, wet):
    T = hair_tones(P, light, wet)
    cap = [(136, -150), (120, -180), (60, -222), (-20, -232), (-100, -208), (-150, -160), (-168, -80), (-160, 0),
           (-130, 60), (-100, 80), (-30, 56), (0, 40), (20, -20), (50, -60), (96, -110)]
    shade(doc, yp(P, cap), T, Ll, sw=8, lw=8, rw=3)
    rng = Rng(4)
    for i in range(90):
        x, y = rng.u(-160, 130), rng.u(-230, 50)
        if (x / 160) ** 2 + ((y + 90) / 150) ** 2 > 0.9 or (x > 20 and y > -60) or (x > 90 and y > -120):
            continue
        doc.ellipse(x, Y(P, y), rng.u(2, 3.4), rng.u(2, 3.4), T[2 if rng.r() > 0.5 else 1], 0.7)


def trooper_front(doc, P, light, Ll, wet):
    T = hair_tones(P, light, wet)
    if P.get("shaved"):
        cap = [(130, -160), (60, -220), (-40, -226), (-130, -180), (-164, -80), (-150, 10), (-110, 70), (-40, 40),
               (10, 10), (40, -60), (100, -120)]
        doc.blob(yp(P, cap), T[0], 0.35)
        return
    cap = [(136, -150), (140, -190), (70, -236), (-20, -246), (-110, -216), (-160, -160), (-176, -80), (-162, 10),
           (-128, 70), (-96, 86), (-30, 56), (6, 36), (24, -20), (54, -64), (100, -110)]
    shade(doc, yp(P, cap), T, Ll, sw=12, lw=8, rw=3)
    locks(doc, P, light, [([(120, -200), (40, -220), (-60, -200), (-140, -130)], 8)], wet,
          light_lines=[([(100, -220), (0, -236), (-90, -210)], 6)])
    if P.get("tail"):
        doc.blob(strand(yp(P, [(-150, -60), (-196, -10), (-206, 80), (-196, 150)]), 34, 0.2), T[0])


def leia_back(doc, P, light, Ll, wet):
    """Leia's hair in profile, behind the head: the braided coil low at the back of the
    head, under the crown braid (as on her bust: a coil at each side, low)."""
    T = hair_tones(P, light, wet)
    grey = mix(T[2], P.get("hair_lt", "#e4e2e0"), 0.7 if P.get("hair_grey") else 0.45)
    bx, by, r = -150, Y(P, 70), 74
    pts = [(bx + r * math.cos(a / 10 * 2 * math.pi) * (1 + 0.06 * (a % 2)),
            by + r * 0.92 * math.sin(a / 10 * 2 * math.pi) * (1 + 0.06 * (a % 2))) for a in range(10)]
    shade(doc, pts, T, Ll, sw=14, lw=9, rw=3)
    # the coil: turns of braid spiralling in, each a dark line with grey catching the light
    for k in range(7):
        a0 = k * 0.9
        rr = r * (0.85 - k * 0.09)
        p0 = (bx + math.cos(a0) * rr, by + math.sin(a0) * rr * 0.92)
        p1 = (bx + math.cos(a0 + 1.3) * rr * 0.9, by + math.sin(a0 + 1.3) * rr * 0.85)
        doc.blob(lens(p0, p1, -10, -3), T[1], 0.85)
        doc.blob(lens(lerp(p0, p1, 0.1), lerp(p0, p1, 0.7), -5, -2), grey, 0.6)


def leia_front(doc, P, light, Ll, wet):
    """Leia's hair in profile over the head: the busts' brown with lighter threads, drawn smoothly back from the
    brow over the ear, and the braid laid over the crown from ear to ear (a band of plaits
    across the top of the head, seen from the side)."""
    T = hair_tones(P, light, wet)
    grey = mix(T[2], P.get("hair_lt", "#e4e2e0"), 0.75 if P.get("hair_grey") else 0.5)
    cap = [(132, -150), (120, -184), (70, -226), (-10, -238), (-96, -214), (-156, -160), (-178, -80), (-174, 10),
           (-150, 60), (-110, 70), (-60, 60), (-30, 40), (-6, 0), (20, -40), (56, -70), (96, -96), (122, -120)]
    shade(doc, yp(P, cap), T, Ll, sw=14, lw=9, rw=3)
    # the hair drawn back in smooth bands, grey threads in the brown
    locks(doc, P, light, [([(126, -150), (60, -120), (0, -84), (-60, -40), (-120, 20)], 9),
                          ([(110, -190), (30, -170), (-60, -120), (-130, -50)], 8),
                          ([(60, -220), (-30, -200), (-110, -150), (-160, -70)], 7)], wet,
          light_lines=[([(118, -170), (50, -150), (-20, -110), (-90, -50)], 5)])
    for pts_, w in (([(124, -160), (60, -136), (-10, -98), (-80, -40)], 3), ([(90, -206), (10, -190), (-70, -140)], 3),
                    ([(40, -120), (-30, -80), (-100, -10)], 2.5)):
        doc.blob(strand(yp(P, pts_), w, 0.2), grey, 0.7)
    # the crown braid: a band from behind the ear over the top of the head, in plaits
    arc = [(-40, 40), (-30, -40), (-6, -120), (30, -190), (70, -236), (96, -250)]
    arc = yp(P, arc)
    shade(doc, limb(arc, [40, 44, 46, 46, 42, 34]), T, Ll, sw=8, lw=6, rw=3)
    for i in range(len(arc) - 1):
        for k in range(3):
            a, b = lerp(arc[i], arc[i + 1], k / 3), lerp(arc[i], arc[i + 1], (k + 1) / 3)
            dx, dy = b[0] - a[0], b[1] - a[1]
            ln = math.hypot(dx, dy) or 1
            nx, ny = -dy / ln, dx / ln
            for sgn in (-1, 1):
                p = (a[0] + nx * 17 * sgn, a[1] + ny * 17 * sgn)
                q = (b[0] + dx * 0.3 - nx * 2 * sgn, b[1] + dy * 0.3 - ny * 2 * sgn)
                doc.blob(lens(p, q, 6 * sgn, 2 * sgn), T[1], 0.85)
                doc.blob(lens(lerp(p, q, 0.2), lerp(p, q, 0.75), 3 * sgn, 1 * sgn), grey, 0.55)


def kylo_locks_back(doc, P, light, Ll, wet):
    """Kylo's hair as on his busts (the paintings' newer head, KYLO_B): behind the head,
    the locks at the back hanging past the nape to the jaw's level."""
    T = hair_tones(P, light, wet)
    back = [(110, -204), (30, -232), (-70, -222), (-146, -176), (-172, -90), (-168, 0), (-156, 70), (-164, 130),
            (-136, 112), (-112, 146), (-84, 108), (-50, 128), (-20, 60), (20, 0), (70, -80), (104, -150)]
    shade(doc, yp(P, back), T, Ll, sw=16, lw=8, rw=2.5)


def kylo_locks_front(doc, P, light, Ll, wet):
    """Kylo's locks over the head in profile, after his busts: thick dark waves from a
    parting on the crown, down over the ear to the jaw's level and no lower, ending in a
    few loose ragged locks; one lock falls over the forehead toward the brow. The hairline
    runs from the forehead's top back past the temple, so the face, the cheek and the long
    jaw stay clear (the older kylo_front covered them like a helmet)."""
    T = hair_tones(P, light, wet)
    base, sh, lt, rim = T
    mass = [(118, -200), (140, -176), (142, -150), (120, -134), (96, -116), (76, -84), (62, -40), (54, 10),
            (50, 60), (40, 96), (20, 84), (-6, 112), (-40, 92), (-76, 118), (-110, 92), (-136, 100), (-150, 50),
            (-164, -40), (-158, -134), (-118, -196), (-40, -228), (40, -230)]
    shade(doc, yp(P, mass), T, Ll, sw=16, lw=10, rw=3)
    # a few loose locks hanging from the mass, curling a little back at the ends, each to
    # its own length about the jaw's level
    Tl = (base, sh, lt, None)
    for pts, w in (([(44, 0), (56, 70), (54, 124), (40, 164)], 46), ([(4, 40), (10, 100), (4, 146), (-10, 172)], 48),
                   ([(-50, 40), (-58, 100), (-62, 128), (-74, 152)], 44), ([(-110, 30), (-122, 90), (-136, 130)], 40)):
        shade(doc, strand(yp(P, pts), w, 0.12), Tl, Ll, sw=6, lw=4, rw=0)
        doc.blob(lens(yp(P, [pts[0]])[0], yp(P, [pts[-2]])[0], 4, 1.5), sh, 0.6)
    # the waves: dark grooves from the parting down and back, light along the crests
    dk = [([(100, -206), (40, -216), (-40, -204), (-110, -166), (-150, -100), (-156, 0), (-146, 80)], 8),
          ([(112, -166), (50, -172), (-20, -150), (-80, -100), (-100, -20), (-90, 70)], 8),
          ([(96, -130), (64, -100), (30, -50), (16, 20), (20, 90)], 7),
          ([(20, -196), (-30, -146), (-50, -60), (-44, 30), (-40, 100)], 6)]
    ltl = [([(116, -214), (40, -226), (-50, -218), (-120, -180)], 7), ([(90, -156), (30, -146), (-20, -106)], 4),
           ([(-160, -80), (-162, 10), (-150, 70)], 4), ([(70, -70), (46, -20), (40, 50)], 4)]
    locks(doc, P, light, [(wavy(q, 6), w) for q, w in dk], wet, 0.8, [(wavy(q, 4), w) for q, w in ltl])
    # the lock over the forehead: from the parting forward and down past the hairline
    # toward the brow's end, lying on the forehead
    fl = [(70, -214), (120, -196), (146, -160), (142, -116), (126, -84)]
    shade(doc, strand(yp(P, fl), 30, 0.1), Tl, Ll, sw=5, lw=4, rw=0)
    doc.blob(strand(yp(P, [(96, -210), (130, -186), (142, -150)]), 5, 0.2), lt, 0.6)


def kylo_locks_over_ear(doc, P, light, Ll, wet):
    """Two locks laid back over an ear that shows through his hair (the burning ear)."""
    T = hair_tones(P, light, wet)
    for pts, w in (([(40, -60), (20, -10), (14, 40), (4, 90)], 16), ([(62, -30), (44, 20), (34, 70), (36, 110)], 18)):
        shade(doc, strand(yp(P, pts), w, 0.15), (T[0], T[1], T[2], None), Ll, sw=4, lw=3, rw=0)


# The newer profile head of Kylo for the paintings redrawn after the busts (kiss, temple,
# toast): a longer face and a longer jaw, a stronger nose, and his locks (kylo_locks_*),
# which leave the cheek and the jaw clear. The other pictures keep KYLO.
KYLO_B = dict(KYLO, nose=(198, 62), bridge=(174, 20), bump=7, brow_ridge=(160, -30), forehead=150,
              chin=(152, 182), chin_b=(126, 206), lips=(162, 170), jaw=(18, 140), back=-150, neck_w=(70, -74),
              scale_y=1.16, brow_t=14, scar_k=1.1)


def none(doc, P, light, Ll, wet):
    pass


HAIR = {"rey": (rey_back, rey_front), "kylo": (kylo_back, kylo_front), "poe": (poe_back, poe_front),
        "finn": (none, finn_front), "trooper": (none, trooper_front), "leia": (leia_back, leia_front)}
KYLO_B["hair_fn"] = (kylo_locks_back, kylo_locks_front, kylo_locks_over_ear)


# --------------------------------------------------------------------------- bodies
def ear_for(target, local_pt, s, deg, flip):
    """Where a head's ear must go so that its local point lands on target (screen)."""
    p = local_to_screen(local_pt, 0, 0, deg, s, flip)
    return (target[0] - p[0], target[1] - p[1])


def arm(doc, joints, widths, T, L, sw=14, lw=7, rw=3):
    return shade(doc, limb(joints, widths), T, L, sw=sw, lw=lw, rw=rw)


HAND_K = 1.6  # a hand at scale s is as long as a face at head scale s


def wrap_bands(doc, el, wr, widths, T, L):
    """Rey's arm wraps: a few pale bands wound round the forearm."""
    a, b = lerp(el, wr, 0.12), lerp(el, wr, 0.8)
    shade(doc, limb([a, b], [widths[0] + 3, widths[1] + 2]), T, L, sw=8, lw=4, rw=2)
    for k in (0.22, 0.36, 0.5, 0.64):
        p, q = lerp(el, wr, k), lerp(el, wr, k + 0.09)
        dx, dy = q[0] - p[0], q[1] - p[1]
        ln = math.hypot(dx, dy) or 1
        nx, ny = -dy / ln, dx / ln
        w = (widths[0] + (widths[1] - widths[0]) * k) / 2 + 2
        doc.blob(lens((p[0] + nx * w, p[1] + ny * w), (q[0] - nx * w, q[1] - ny * w), 2, 0.5), T[1], 0.7)


def hand_shadow(doc, x, y, deg, s, flip, L, curl=0.0, op=0.55):
    """The soft shadow a hand casts on the face or cloth it rests on, so that a hand on skin
    of nearly its own colour still reads as a hand: its shape, dark, blurred, offset away
    from the light."""
    c = "#05070a"
    dx, dy = -L[0] * 6, -L[1] * 6
    doc.group(op=op, extra=doc.blur(4))
    hand(doc, x + dx, y + dy, deg, s, flip, (c, c, c, None), L, curl=curl)
    doc.end()


def hand(doc, x, y, deg, s, flip, T, L, kind="open", curl=0.0, spread=0.0):
    """A hand seen from its back: the wrist at (x, y), the fingers toward deg (flip puts the
    thumb on the other side: the other hand). kind: open
    (fingers together, a little spread), fist, rest (fingers relaxed, curled). spread fans
    the fingers apart (radians between neighbours), so each reads on its own."""
    s *= HAND_K
    Ll = to_local(L, deg, False)
    if flip:
        Ll = (Ll[0], -Ll[1])
    doc.group(transform=f"translate({n(x)} {n(y)}) rotate({n(deg)}) scale({n(s)} {n(-s if flip else s)})")
    base, sh, lt, rim = T
    if kind == "fist":
        palm = [(0, -26), (30, -32), (62, -32), (84, -24), (94, -6), (94, 14), (84, 30), (50, 34), (14, 32), (0, 24)]
        shade(doc, palm, T, Ll, sw=10, lw=6, rw=3)
        for yy in (-20, -6, 8, 22):
            doc.blob(lens((70, yy - 6), (72, yy + 6), -6, -2), sh, 0.6)
        doc.blob([(10, -22), (40, -36), (66, -36), (70, -26), (44, -20), (20, -12)], lt, 0.7)
        doc.end()
        return
    c = curl
    # the thumb first (it lies a little behind the back of the hand)
    th = [(10, -18), (34, -34), (56, -46), (72, -52)]
    shade(doc, limb(th, [24, 20, 17, 14]), T, Ll, sw=5, lw=3, rw=2)
    doc.blob(lens((50, -46), (70, -52), 3, 1), sh, 0.5)
    palm = [(0, -24), (36, -28), (72, -30), (84, -18), (86, 2), (82, 22), (68, 30), (34, 30), (0, 24)]
    shade(doc, palm, T, Ll, sw=9, lw=6, rw=3)
    doc.blob(lens((14, -6), (70, -12), -3, -1), sh, 0.3)
    doc.blob(lens((14, 12), (70, 14), 3, 1), sh, 0.25)
    fingers = [((70, 20), 46, 0.1), ((76, 7), 58, 0.04), ((78, -7), 62, -0.01), ((72, -21), 56, -0.06)]
    for i, ((kx, ky), ln, a0) in enumerate(fingers):
        a = a0 + spread * (1.5 - i)
        p1 = (kx + ln * 0.45 * math.cos(a), ky + ln * 0.45 * math.sin(a))
        a2 = a + c * 0.9
        p2 = (p1[0] + ln * 0.32 * math.cos(a2), p1[1] + ln * 0.32 * math.sin(a2))
        a3 = a2 + c * 0.9
        p3 = (p2[0] + ln * 0.23 * math.cos(a3), p2[1] + ln * 0.23 * math.sin(a3))
        shade(doc, limb([(kx - 10, ky), p1, p2, p3], [17.5, 16.5, 15, 12]), T, Ll, sw=4, lw=3, rw=1.5)
        doc.blob(lens((kx - 6, ky + 7.5), (p1[0] + 6, p1[1] + 7.5), 1.6, 0.5), sh, 0.4)
        doc.ellipse(kx - 4, ky - 1, 5, 4, lt, 0.3)
        doc.ellipse(p3[0] - 2, p3[1], 4, 3.5, mix(base, "#ffffff", 0.25), 0.5)
    doc.end()


# =========================================================================== pictures
# His clothes in the cell (chapter 7), as on his cell busts (people.py, the "plain" outfit):
# the worn spacer shirt, a faded grey-brown, its sleeves rolled to the forearm, the cuffs a
# shade darker; the dark trousers of his busts' legs.
KYLO_CELL = dict(shirt="#665c4f", sleeve="#60574b", cuff="#504840", trousers="#262a31")


def cell_background(doc):
    """The holding cell at night, as the place cell_night: bare walls, the one caged lamp
    dimmed for the night, moonlight falling through a slit high in the back wall (the
    picture's one light)."""
    doc.rect(doc.linear(0, 0, 0, H, [(0, "#0b1119", 1), (0.6, "#080d13", 1), (1, "#04070a", 1)]))
    # the back wall's panels and the corner
    for i, x in enumerate((0, 380, 760, 1140, 1520)):
        doc.rect("#0a1017" if i % 2 else "#0c131a", x, 0, 380, 760)
        doc.rect("#05080c", x + 376, 0, 6, 760, 0.8)
    doc.rect("#05080b", 0, 760, W, 320)
    doc.rect("#142030", 0, 756, W, 6, 0.6)
    # the lamp, dimmed: a grey cage and the faintest glow, no beam
    doc.rect(doc.radial(670, 52, 150, [(0, "#9cc0d8", 0.12), (1, "#9cc0d8", 0)]))
    doc.rect("#141c24", 610, 0, 120, 46)
    doc.ellipse(670, 52, 58, 22, "#4a5c68")
    doc.ellipse(670, 50, 40, 12, "#6a808e", 0.6)
    for k in range(-2, 3):
        doc.rect("#141c24", 668 + k * 22, 30, 4, 46)
    # the slit of moonlight in the back wall, its glow and its beam down across them
    doc.rect(doc.radial(1452, 270, 420, [(0, "#b8d4ff", 0.3), (0.5, "#8aa8e0", 0.08), (1, "#8aa8e0", 0)]))
    doc.rect("#05080c", 1434, 150, 36, 240)
    doc.rect("#bcd6ff", 1440, 156, 24, 228)
    doc.rect("#eef4ff", 1440, 156, 8, 228)
    doc.path("M1440 156 L1464 156 L1120 1080 L700 1080 Z", doc.linear(1450, 160, 1000, 1000,
                                                                      [(0, "#a9c8ff", 0.26), (1, "#a9c8ff", 0.02)]),
             extra=doc.blur(10))
    # the cell's barred front, as in the place: a dark frame and bars on the right and on the
    # left, each bar lit along its edge toward the moon
    for x0, x1, step in ((1560, W + 40, 86), (-40, 330, 86)):
        doc.rect("#05080c", x0 - 10, 0, 20, H, 0.9)
        x = x0
        while x < x1:
            doc.rect("#1a2634", x, 0, 18, H)
            doc.rect("#6f8fb0" if x > 1000 else "#3c5068", x + (0 if x > 1000 else 13), 0, 5, H, 0.85)
            doc.rect("#04060a", x + (13 if x > 1000 else 0), 0, 5, H, 0.6)
            x += step
        doc.rect("#1a2634", x0 - 20, 90, x1 - x0 + 40, 22)
        doc.rect("#6f8fb0", x0 - 20, 90, x1 - x0 + 40, 4, 0.5)


def calm(doc, top=700, op=0.55):
    """The lower band the dialogue box covers: darkened so the text reads."""
    doc.rect(doc.linear(0, top, 0, H, [(0, "#000000", 0), (1, "#000000", op)]), 0, top, W, H - top)


def vignette(doc, op=0.6):
    doc.rect(doc.radial(W / 2, H / 2, 1150, [(0.55, "#000000", 0), (1, "#000000", op)], 1, 0.75))


def kiss_picture(variant):
    """Chapter 7, the cell at night, beat 7.4: the second, slow kiss, the two of them sitting
    on the bench turned to each other (his hand at her jaw, hers on his chest), or, when she
    reaches for him, her hand along his jaw. Eyes closed, both; the moonlight through the
    slit is the light (the lamp is dimmed for the night, as in the place cell_night)."""
    reach = variant == "she_reaches"
    # Kylo's newer head (after his busts). As on the stage in 7.4, Rey sits on the left and
    # he on the right: she faces right, he faces left, so we see his own left side (the
    # bruised cheek and the torn left shoulder of his busts; his scarred right cheek is the
    # far one)
    KYLO = KYLO_B
    pid = "kiss_she_reaches" if reach else "kiss"
    desc = ("The cell at night, the lamp dimmed, moonlight through a slit: Rey and Kylo sit on the bench; she "
            "leans up to him, her hand along his jaw, and kisses him, slowly; both have their eyes closed; he is "
            "battered, a split lip." if reach else
            "The cell at night, the lamp dimmed, moonlight through a slit: Rey and Kylo sit on the bench, turned to "
            "each other, kissing slowly, eyes closed; his hand at her jaw, hers on his chest.")
    doc = Pic(pid, desc + " No text.")
    cell_background(doc)
    # the moon is up and to the right of them, through the slit behind him: it lights her face
    # and rims the back of his head and his shoulders
    L = Light("#141c2a", "#d6e4ff", (0.8, -0.6), rim="#e4eeff", amb_k=0.38, key_k=0.32, deep="#04060a")
    skR = L.tones(REY["skin"])
    skK = L.tones(KYLO["skin"], amb_k=0.3)
    shirt = L.tones(KYLO_CELL["shirt"], amb_k=0.36)
    cuff = L.tones(KYLO_CELL["cuff"], amb_k=0.36)
    sleeve_k = L.tones(KYLO_CELL["sleeve"], amb_k=0.36)
    tunic = L.tones(REY["tunic"], amb_k=0.5)
    sleeve = L.tones(REY["sleeve"], amb_k=0.5)
    wraps = L.tones(REY["wraps"], amb_k=0.5)
    trR = L.tones("#9a8a6e", amb_k=0.45)
    trK = L.tones(KYLO_CELL["trousers"], amb_k=0.45)
    sR, sK = 0.74, 0.78
    if reach:
        # she has risen a little off the bench to reach him: her face tipped up to his
        degR, degK = -22, 14
        meet = (962, 430)
        ex_r, ey_r = ear_for(meet, (REY["lips"][0] - 4, 114), sR, degR, False)
        ex_k, ey_k = ear_for((meet[0] + 8, meet[1] - 4), (KYLO["lips"][0] - 6, 112 * KYLO["scale_y"]), sK, degK, True)
    else:
        meet = (968, 440)
        degR, degK = -20, 22
        ex_r, ey_r = ear_for(meet, (REY["lips"][0] - 4, 114), sR, degR, False)
        ex_k, ey_k = ear_for((meet[0] + 10, meet[1] - 2), (KYLO["lips"][0] - 6, 112 * KYLO["scale_y"]), sK, degK, True)
    # the pair drawn large about their kiss, waist-up: the faces in the upper half, their
    # shoulders and arms filling the frame (the bench is below it, under the dialogue box)
    k_ = 1.3
    grp = f"translate({n(meet[0])} {n(meet[1])}) scale({k_}) translate({n(-meet[0])} {n(-meet[1])})"
    seat = meet[1] + (940 - meet[1]) / k_  # the bench's top, in the pair's coordinates
    # ---- the bench they sit on, lit along its edge by the moon (behind their hips, under their laps)
    doc.poly([(0, 926), (W, 926), (W, 962), (0, 962)], "#1a2430")
    doc.rect(doc.radial(1000, 962, 520, [(0, "#a9c8ff", 0.16), (1, "#a9c8ff", 0)], 1, 0.1), 0, 926, W, 36)
    doc.poly([(0, 962), (W, 962), (W, H), (0, H)], "#0a0f15")
    doc.rect("#9fb8e0", 0, 960, W, 3, 0.4)
    doc.group(transform=grp)
    # ---- Kylo (behind her): his torso turned to her, down to the bench
    kx = ex_k
    torso = [(kx - 150, ey_k + 150), (kx - 40, ey_k + 130), (kx + 120, ey_k + 170), (kx + 200, ey_k + 260),
             (kx + 230, ey_k + 480), (kx + 210, seat + 10), (kx + 150, seat + 26), (kx - 200, seat + 26),
             (kx - 240, ey_k + 470), (kx - 220, ey_k + 260)]
    shade(doc, torso, shirt, L.L, sw=40, lw=14, rw=5)
    doc.blob(lens((kx - 160, ey_k + 300), (kx - 80, seat - 20), 18, 6), shirt[1], 0.6)
    # ---- Rey's torso: turned to him, leaning in
    rx = ex_r
    rtorso = [(rx - 40, ey_r + 150), (rx + 60, ey_r + 150), (rx + 170, ey_r + 230), (rx + 200, ey_r + 420),
              (rx + 190, seat + 26), (rx - 200, seat + 26), (rx - 240, seat - 10), (rx - 230, ey_r + 420),
              (rx - 180, ey_r + 230)]
    shade(doc, rtorso, tunic, L.L, sw=36, lw=14, rw=5)
    doc.blob(lens((rx + 70, ey_r + 160), (rx - 120, seat - 40), -30, -8), tunic[1], 0.7)
    doc.group(clip=doc.clip(smooth(rtorso)))
    doc.poly([(rx - 260, seat - 76), (rx + 220, seat - 86), (rx + 220, seat - 58), (rx - 260, seat - 48)],
             L.tones(REY["belt"])[1], 0.95)
    doc.end()
    doc.blob(strand([(rx + 120, ey_r + 200), (rx + 10, ey_r + 420), (rx - 150, seat - 60)], 26, 1),
             L.tones(REY["strap"])[0])
    # their laps on the bench, knees turned to each other and over its edge: his, then hers in front
    kk = (meet[0] + 150, seat + 56)
    arm(doc, [(kx - 40, seat), lerp((kx - 40, seat), kk, 0.5), kk], [170, 150, 124], trK, L.L, sw=20)
    arm(doc, [kk, (kk[0] + 6, kk[1] + 120), (kk[0], kk[1] + 300)], [104, 92, 80], trK, L.L, sw=16)
    rk = (meet[0] + 20, seat + 70)
    arm(doc, [(rx - 60, seat + 4), lerp((rx - 60, seat + 4), rk, 0.5), rk], [160, 144, 118], trR, L.L, sw=20)
    arm(doc, [rk, (rk[0] - 8, rk[1] + 120), (rk[0] - 14, rk[1] + 300)], [98, 88, 76], trR, L.L, sw=16)
    # heads: Kylo first, then Rey nearer us
    # the split seam on his near (left) shoulder, as on his busts: frayed edges round scraped,
    # bruised skin (no pad now: the one dressing is round his wrist)
    tx, ty = kx + 120, ey_k + 214
    rng = Rng(74)
    rag = []
    for k in range(14):
        a = k / 14 * 2 * math.pi
        q = (1.0 if k % 2 else 0.7) * rng.u(0.8, 1.15)
        rag.append((tx + math.cos(a) * 70 * q, ty + math.sin(a) * 22 * q))
    rag = [local_to_screen((px - tx, py - ty), tx, ty, 62) for px, py in rag]
    doc.blob([(tx + (px - tx) * 1.25, ty + (py - ty) * 1.25) for px, py in rag], "#0c1118", 0.5, extra=doc.blur(6))
    doc.poly([(tx + (px - tx) * 1.08, ty + (py - ty) * 1.08) for px, py in rag], L.tones("#6a7482")[0])
    doc.poly(rag, skK[1])
    doc.poly([(tx + (px - tx) * 0.75 - 4, ty + (py - ty) * 0.75 - 4) for px, py in rag], skK[0])
    doc.group(clip=doc.clip(smooth(rag)))
    doc.ellipse(tx + 6, ty + 14, 26, 40, "#6a3a60", 0.35, deg=62, extra=doc.blur(6))
    doc.ellipse(tx - 6, ty - 10, 14, 30, "#a8443c", 0.6, deg=62, extra=doc.blur(3))
    for k in (-12, 0, 12):
        a_, b_ = local_to_screen((-34, k), tx, ty - 8, 62), local_to_screen((-8, k + 3), tx, ty - 8, 62)
        doc.blob(lens(a_, b_, 1.2, 0), "#8a2a28", 0.7)
    doc.end()
    profile_head(doc, KYLO, ex_k, ey_k, sK, True, L, deg=degK, eyes="closed", brows="soft", split_lip=True,
                 bruise=True, neck=290, mouth="closed", rim_k=1.0, lit=("#dff2ff", 0.05))
    # over his face: the bruise on his cheekbone darker (no tear's track now: beside the
    # scar it read as a second scar)
    doc.group(transform=xf(ex_k, ey_k, degK, sK, True))
    sy_ = KYLO["scale_y"]
    doc.ellipse(100, 36 * sy_, 30, 22, "#4a2a48", 0.3, extra=doc.blur(3))
    doc.ellipse(108, 28 * sy_, 12, 8, "#6a3050", 0.3)
    # the split lip's thin dried trickle toward the chin, as on his bust
    lp_ = KYLO["lips"][0]
    doc.blob(strand([(lp_ - 8, 130 * sy_), (lp_ - 12, 146 * sy_), (lp_ - 14, 164 * sy_)], 5, 0.4), "#7a1c22", 0.8)
    doc.end()
    profile_head(doc, REY, ex_r, ey_r, sR, False, L, deg=degR, eyes="closed", brows="soft", blush=1.0, neck=290,
                 lit=("#e6efff", 0.12), sep=0.6, mouth="closed")
    if reach:
        # her near arm up, her open hand along his jaw, the fingers toward his ear
        wr = local_to_screen((96, 232), ex_k, ey_k, degK, sK, True)
        aim = local_to_screen((-20, 30), ex_k, ey_k, degK, sK, True)
        hdeg = math.degrees(math.atan2(aim[1] - wr[1], aim[0] - wr[0]))
        sh_ = (rx - 30, ey_r + 250)
        el = (rx + 80, ey_r + 400)
        arm(doc, [sh_, lerp(sh_, el, 0.5), el], [118, 96, 80], sleeve, L.L)
        arm(doc, [el, lerp(el, wr, 0.5), wr], [74, 62, 50], skR, L.L)
        wrap_bands(doc, el, wr, [66, 56], wraps, L.L)
        hand_shadow(doc, wr[0], wr[1], hdeg, 0.6, True, L.L, curl=0.12)
        hand(doc, wr[0], wr[1], hdeg, 0.6, True, skR, L.L, curl=0.12, spread=0.09)
    else:
        # his near hand cupping her jaw: the arm from his shoulder, bent, the forearm up past her shoulder
        jaw = local_to_screen((70, 226), ex_r, ey_r, degR, sR, False)
        aim = local_to_screen((-30, 40), ex_r, ey_r, degR, sR, False)
        hdeg = math.degrees(math.atan2(aim[1] - jaw[1], aim[0] - jaw[0]))
        ksh = (kx - 60, ey_k + 200)
        kel = (jaw[0] + 160, jaw[1] + 300)
        arm(doc, [ksh, lerp(ksh, kel, 0.5), kel], [100, 92, 84], sleeve_k, L.L)
        arm(doc, [kel, lerp(kel, jaw, 0.5), jaw], [70, 62, 52], skK, L.L)
        # the sleeve rolled up to the middle of the forearm, as on his busts
        sv = lerp(kel, jaw, 0.4)
        arm(doc, [kel, lerp(kel, sv, 0.5), sv], [80, 78, 76], sleeve_k, L.L)
        arm(doc, [lerp(kel, jaw, 0.3), sv], [84, 82], cuff, L.L, sw=8, lw=5, rw=2)
        # the gauze round his wrist, blood seeping through
        ga, gb = lerp(kel, jaw, 0.7), lerp(kel, jaw, 0.9)
        shade(doc, limb([ga, lerp(ga, gb, 0.5), gb], [64, 62, 56]), ("#c8ccd0", "#6a7480", "#eef2f6", "#f4f8ff"), L.L,
              sw=10, lw=6, rw=2)
        for t in (0.2, 0.45, 0.7):
            p_, q_ = lerp(ga, gb, t), lerp(ga, gb, t + 0.12)
            doc.blob(lens((p_[0] - 28, p_[1] + 6), (q_[0] + 28, q_[1] - 4), 3, 1), "#7a8490", 0.6)
        m_ = lerp(ga, gb, 0.5)
        doc.ellipse(m_[0], m_[1], 12, 9, "#9a3038", 0.55, extra=doc.blur(3))
        hand_shadow(doc, jaw[0], jaw[1], hdeg, 0.62, True, L.L, curl=0.12)
        hand(doc, jaw[0], jaw[1], hdeg, 0.62, True, skK, L.L, curl=0.12, spread=0.08)
        # her near hand resting open on his chest
        rsh = (rx + 0, ey_r + 250)
        rel = (rx + 40, ey_r + 480)
        rwr = (kx - 118, ey_k + 300)
        arm(doc, [rsh, lerp(rsh, rel, 0.5), rel], [112, 94, 80], sleeve, L.L)
        arm(doc, [rel, lerp(rel, rwr, 0.5), rwr], [70, 62, 52], skR, L.L)
        wrap_bands(doc, rel, rwr, [66, 56], wraps, L.L)
        hand_shadow(doc, rwr[0], rwr[1], -62, 0.56, True, L.L, curl=0.2)
        hand(doc, rwr[0], rwr[1], -62, 0.56, True, skR, L.L, curl=0.2, spread=0.07)
    doc.end()
    calm(doc, 740, 0.5)
    vignette(doc, 0.55)
    return doc


def fir(doc, x, y, h, w, col, op=None, tiers=7, rng=None):
    """A flat fir: stacked drooping tiers."""
    pts = [(x, y - h)]
    for i in range(tiers):
        t = (i + 1) / tiers
        yy = y - h + h * t
        ww = w * (0.18 + 0.82 * t) / 2
        j = rng.u(-0.08, 0.08) * w if rng else 0
        pts += [(x + ww * 0.45 + j, yy - h / tiers * 0.55), (x + ww + j, yy)]
    right = pts[1:]
    left = [(2 * x - px, py) for px, py in right][::-1]
    d = "M" + " L".join(f"{n(px)} {n(py)}" for px, py in [pts[0]] + right + [(x + w * 0.05, y + 40), (x - w * 0.05, y + 40)] + left) + " Z"
    doc.path(d, col, op)


def rain_streaks(doc, rng, count, col, op, x0=0, x1=W, y0=0, y1=H, length=(30, 80), slant=0.18, width=1.6):
    parts = []
    for i in range(count):
        x, y = rng.u(x0, x1), rng.u(y0, y1)
        ln = rng.u(*length)
        parts.append(f"M{n(x)} {n(y)} l{n(-ln * slant)} {n(ln)}")
    doc.add(f'<path d="{" ".join(parts)}" stroke="{col}" stroke-width="{n(width)}" stroke-linecap="round" '
            f'fill="none" opacity="{n(op)}"/>')


def saber(doc, a, b, core="#f4fbff", glow="#5fb4ff", width=14):
    """A blade from a to b: a wide soft glow, a bright core."""
    d = f"M{n(a[0])} {n(a[1])} L{n(b[0])} {n(b[1])}"
    blur = doc.blur(16)
    doc.add(f'<path d="{d}" stroke="{glow}" stroke-width="{n(width * 5)}" stroke-linecap="round" opacity="0.55"{blur}/>')
    doc.add(f'<path d="{d}" stroke="{glow}" stroke-width="{n(width * 1.8)}" stroke-linecap="round" opacity="0.9"/>')
    doc.add(f'<path d="{d}" stroke="{core}" stroke-width="{n(width * 0.8)}" stroke-linecap="round"/>')


def blade_wash(doc, kx, ky, s, deg, body, cowl, tip):
    """The blade's blue light on Kylo's wet face, hair and near shoulder: a soft wash
    fading from the tip, kept inside his shapes, and the wet sheen it lights along the
    profile's front edge."""
    to = lambda pts: [local_to_screen(p, kx, ky, deg, s, True) for p in pts]  # noqa: E731
    head = to(head_pts(KYLO))
    hair = to(yp(KYLO, KYLO_WET_HAIR))
    nf, nb = KYLO["neck_w"]
    neck = to([(nf + 22, Y(KYLO, 150)), (nf + 14, 230), (nb - 12, 230), (nb + 4, Y(KYLO, 60))])
    # (one winding for every shape: rsvg fills the clip's paths as one, so opposite
    # windings would cancel where the shapes overlap)
    cw = lambda p: p if sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(p, p[1:] + p[:1])) > 0 else p[::-1]  # noqa: E731
    i = doc.uid("c")
    doc.defs.append(f'<clipPath id="{i}">' + "".join(f'<path d="{smooth(cw(p))}"/>' for p in (head, hair, neck, cowl, body))
                    + "</clipPath>")
    doc.group(clip=i)
    doc.rect(doc.radial(tip[0], tip[1], 300, [(0, "#8fd0ff", 0.42), (0.35, "#5fb4ff", 0.2), (1, "#3a8ad8", 0)],
                        1.0, 1.15))
    doc.end()
    # the sheen: light caught on the wet brow, nose, lips and chin, and on the near locks
    front = head[3:21]
    doc.blob(strand(front, 5, 0.4), "#dff2ff", 0.75, extra=doc.blur(1.2))
    for a, b in (((92, -90), (76, 70)), ((70, -40), (58, 120)), ((132, -170), (140, -60))):
        p, q = to(yp(KYLO, [a, b]))
        doc.blob(lens(p, q, 3), "#cfeaff", 0.6)
    sh_ = [(kx - 150, ky + 200), (kx - 120, ky + 160), (kx - 60, ky + 138)]
    doc.blob(strand(sh_, 6, 0.3), "#cfeaff", 0.7)


def clearing_firs(doc, rng, far, middle, near_x):
    """The clearing's tree line (chapter 1): a far row of firs, a middle row, and one tall
    near fir at each side (at `near_x`), in that order of the seeded dice."""
    for i in range(30):
        x = -40 + i * 68 + rng.u(-20, 20)
        fir(doc, x, 640, rng.u(300, 420), rng.u(120, 170), far, 0.9, rng=rng)
    for i in range(16):
        x = -60 + i * 130 + rng.u(-30, 30)
        fir(doc, x, 660, rng.u(420, 560), rng.u(160, 220), middle, rng=rng)
    for x, height, width in ((near_x[0], 900, 360), (near_x[1], 880, 340)):
        fir(doc, x, 700, height, width, "#060c0f", tiers=9, rng=rng)


def clearing_mud(doc, rng, puddles):
    """The clearing's black mud at night in the rain, and its puddles (x, y, rx, ry) with
    rings where the drops land: the confession's and the punch's ground."""
    doc.path("M0 620 C400 600 1500 600 1920 630 L1920 1080 L0 1080 Z", "#091113")
    doc.path("M0 620 C400 600 1500 600 1920 630 L1920 660 C1500 640 400 640 0 660 Z", "#0f1b1f", 0.8)
    for px, py, rx_, ry_ in puddles:
        doc.ellipse(px, py, rx_, ry_, "#0f2026")
        doc.ellipse(px, py - 2, rx_ * 0.9, ry_ * 0.6, doc.radial(px, py, rx_, [(0, "#9ab8c8", 0.4), (1, "#6a8898", 0.04)],
                                                                  1, ry_ / rx_))
        for k in range(3):
            r2 = rng.u(0.15, 0.5) * rx_
            doc.add(f'<ellipse cx="{n(px + rng.u(-0.5, 0.5) * rx_)}" cy="{n(py)}" rx="{n(r2)}" ry="{n(r2 * ry_ / rx_)}" '
                    f'fill="none" stroke="#cfe2ee" stroke-width="1.5" opacity="0.3"/>')


def rain_picture():
    """Chapter 1, beat 1.2: her blade stopped a hand's width from his face; he never moved.
    He is solid and soaked (black coat, wet dark hair), lit only on the side toward her blade:
    a blue rim and sheen, the far side in shadow (an even blue all over read as a hologram)."""
    doc = Pic("rain", "Night in the clearing, in a downpour: Rey, soaked, has swung her staff and stopped the blue blade a "
                      "hand's width from Kylo's face; he stands unarmed, arms at his sides, in soaked black clothes, "
                      "his wet hair plastered to his head, his face and the edge of him toward the blade lit blue, "
                      "the rest in shadow. The blades are the only light, pooling on the mud. No text.")
    rng = Rng(101)
    doc.rect(doc.linear(0, 0, 0, H, [(0, "#05090c", 1), (0.45, "#0c171b", 1), (0.62, "#0a1316", 1), (1, "#040607", 1)]))
    doc.rect(doc.radial(1100, 160, 700, [(0, "#3a5a68", 0.35), (1, "#3a5a68", 0)], 1.6, 0.5))
    # lightning far off over the trees, lighting the cloud from inside
    doc.rect(doc.radial(1640, 90, 420, [(0, "#9fc4d8", 0.35), (1, "#9fc4d8", 0)], 1.4, 0.6))
    bolt = [(1660, -10), (1630, 90), (1660, 96), (1610, 210), (1640, 214), (1596, 330), (1652, 200), (1622, 196),
            (1676, 104), (1646, 98), (1690, -10)]
    doc.poly(bolt, "#cfe8f4", 0.25, doc.blur(8))
    doc.poly([(x, y) for x, y in bolt], "#eaf6ff", 0.75)
    # far, middle and near firs
    clearing_firs(doc, rng, "#12222a", "#0b161b", (90, 1840))
    rain_streaks(doc, rng, 420, "#8fb4c4", 0.25, length=(20, 50), width=1.0)
    # the mud, wet and dark
    doc.path("M0 620 C400 600 1500 600 1920 630 L1920 1080 L0 1080 Z", "#081012")
    doc.path("M0 620 C400 600 1500 600 1920 630 L1920 660 C1500 640 400 640 0 660 Z", "#0e1a1e", 0.8)
    # the blade's pool of light on the wet ground, and puddles that catch it
    doc.ellipse(900, 760, 700, 140, doc.radial(900, 760, 700, [(0, "#6ab8ff", 0.45), (0.5, "#3a7ab0", 0.15),
                                                               (1, "#3a7ab0", 0)], 1, 0.2))
    for px, py, rx, ry in ((560, 700, 170, 18), (1100, 730, 220, 22), (820, 800, 260, 26), (1500, 700, 150, 14),
                           (300, 780, 160, 16)):
        doc.ellipse(px, py, rx, ry, "#0d2230")
        doc.ellipse(px, py - 2, rx * 0.9, ry * 0.6, doc.radial(px, py, rx, [(0, "#9fd2ff", 0.55), (1, "#5fa0d8", 0.05)],
                                                                  1, ry / rx))
        for k in range(3):
            rx2 = rng.u(0.15, 0.5) * rx
            cx2 = px + rng.u(-0.5, 0.5) * rx
            doc.add(f'<ellipse cx="{n(cx2)}" cy="{n(py)}" rx="{n(rx2)}" ry="{n(rx2 * ry / rx)}" fill="none" '
                    f'stroke="#cfeaff" stroke-width="1.5" opacity="0.35"/>')
    # ---- the people
    LR = Light("#0c1a20", "#a8dcff", (1, -0.25), rim="#bfe6ff", amb_k=0.5, key_k=0.5, deep="#020406")
    # Kylo is solid flesh and soaked black cloth, not a hologram: his own colours kept (a
    # near-black ambient, not the night's teal), the blade's blue only on the side that
    # faces it (a rim and a sheen), the far side falling into shadow
    LK = Light("#07090c", "#a8dcff", (-1, -0.15), rim="#bfe6ff", amb_k=0.22, key_k=0.4, deep="#010203")
    # Kylo: tall, still, the soaked coat and cowl
    kx, ky, sK = 1300, 262, 0.6
    # the blade's tip: a hand's width (about 80 px) short of his cheek, under the eye
    cheek = local_to_screen((KYLO["bridge"][0], Y(KYLO, 24)), kx, ky, 3, sK, True)
    tip = (cheek[0] - 88, cheek[1] + 2)
    coat = LK.tones(mix(people.wetc(KYLO["coat"]), "#050608", 0.45), amb_k=0.1, key_k=0.22)
    body = [(kx - 70, ky + 110), (kx + 30, ky + 110), (kx + 120, ky + 170), (kx + 150, ky + 300), (kx + 160, ky + 600),
            (kx + 190, H + 30), (kx - 230, H + 30), (kx - 190, ky + 600), (kx - 170, ky + 300), (kx - 150, ky + 170)]
    shade(doc, body, coat, LK.L, sw=30, lw=12, rw=4)
    # his near arm hanging, the hand loose at his side
    arm(doc, [(kx - 90, ky + 190), (kx - 120, ky + 380), (kx - 110, ky + 560)], [86, 74, 62], coat, LK.L)
    hand(doc, kx - 112, ky + 556, 96, 0.55, False, LK.tones(KYLO["skin"]), LK.L, curl=0.6)
    cowl = [(kx - 60, ky + 136), (kx + 50, ky + 140), (kx + 120, ky + 180), (kx + 110, ky + 250), (kx - 20, ky + 266),
            (kx - 140, ky + 250), (kx - 150, ky + 196)]
    shade(doc, cowl, coat, LK.L, sw=18, lw=10, rw=4)
    for a, b in (((kx - 130, ky + 190), (kx - 30, ky + 250)), ((kx + 20, ky + 240), (kx + 110, ky + 190))):
        doc.blob(lens(a, b, 8), coat[1], 0.8)
    for a, b in (((kx - 150, ky + 200), (kx - 100, ky + 150)), ((kx - 140, ky + 330), (kx - 130, ky + 480)),
                 ((kx - 100, ky + 400), (kx - 96, ky + 520))):
        doc.blob(lens(a, b, -4), "#cfeaff", 0.45)
    profile_head(doc, KYLO, kx, ky, sK, True, LK, deg=3, eyes="open", brows="raised", wet=True, neck=230,
                 lit=("#9fd4ff", 0.22))
    # the far side (away from the blade) in shadow: a dark falloff over head, hair, neck and
    # coat, so the figure has a lit side and a dark side and nothing of the night shows through
    to = lambda pts: [local_to_screen(p, kx, ky, 3, sK, True) for p in pts]  # noqa: E731
    cw = lambda p: p if sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(p, p[1:] + p[:1])) > 0 else p[::-1]  # noqa: E731
    i = doc.uid("c")
    doc.defs.append(f'<clipPath id="{i}">' + "".join(f'<path d="{smooth(cw(p))}"/>' for p in (
        to(head_pts(KYLO)), to(yp(KYLO, KYLO_WET_HAIR)), cowl, body)) + "</clipPath>")
    doc.group(clip=i)
    doc.rect(doc.linear(kx - 120, 0, kx + 170, 0, [(0, "#020305", 0), (0.45, "#020305", 0.35), (1, "#020305", 0.8)]))
    doc.end()
    blade_wash(doc, kx, ky, sK, 3, body, cowl, tip)
    # Rey: lunging in from the left, the staff in both hands
    rx, ry, sR = 520, 350, 0.56
    tun = LR.tones(people.wetc(REY["tunic"]), amb_k=0.4, key_k=0.45)
    slv = LR.tones(people.wetc(REY["sleeve"]), amb_k=0.4, key_k=0.45)
    wr_ = LR.tones(people.wetc(REY["wraps"]), amb_k=0.4, key_k=0.45)
    skR = LR.tones(REY["skin"])
    # the staff: the far blade back and down, the near blade angled up at his face
    h1, h2 = (rx + 220, ry + 100), (rx + 284, ry + 58)
    d = norm((tip[0] - h2[0], tip[1] - h2[1]))
    hilt_a = (h1[0] - d[0] * 110, h1[1] - d[1] * 110)
    hilt_b = (h2[0] + d[0] * 40, h2[1] + d[1] * 40)
    blade = math.hypot(tip[0] - hilt_b[0], tip[1] - hilt_b[1])
    back = (hilt_a[0] - d[0] * blade, hilt_a[1] - d[1] * blade)
    saber(doc, hilt_a, back, width=12)
    body = [(rx - 50, ry + 100), (rx + 30, ry + 104), (rx + 92, ry + 160), (rx + 112, ry + 260), (rx + 96, ry + 420),
            (rx + 116, ry + 560), (rx + 100, H + 30), (rx - 190, H + 30), (rx - 160, ry + 560), (rx - 130, ry + 330),
            (rx - 110, ry + 180)]
    shade(doc, body, tun, LR.L, sw=28, lw=14, rw=4)
    doc.blob(lens((rx + 60, ry + 130), (rx - 80, ry + 560), 24, 8), tun[1], 0.7)
    doc.blob(strand([(rx + 90, ry + 150), (rx, ry + 320), (rx - 150, ry + 520)], 20, 1), LR.tones(REY["strap"])[1])
    doc.group(clip=doc.clip(smooth(body)))
    doc.blob(strand([(rx - 200, ry + 560), (rx + 150, ry + 570)], 36, 1), LR.tones(REY["belt"])[1])
    doc.end()
    ang = math.degrees(math.atan2(d[1], d[0]))
    saber(doc, hilt_b, tip, width=12)
    profile_head(doc, REY, rx, ry, sR, False, LR, deg=6, eyes="open", brows="angry", mouth="tight", wet=True, neck=250,
                 lit=("#9fd4ff", 0.16))
    # her near arm: the elbow low, the forearm up to the hilt
    sh_ = (rx - 10, ry + 160)
    el = (rx + 140, ry + 270)
    g2 = (h2[0] - d[0] * 24, h2[1] - d[1] * 24)
    arm(doc, [sh_, lerp(sh_, el, 0.5), el], [64, 56, 50], slv, LR.L)
    arm(doc, [el, lerp(el, g2, 0.5), g2], [48, 42, 36], skR, LR.L)
    wrap_bands(doc, el, g2, [44, 38], wr_, LR.L)
    # the hilt over the forearm, the two fists round it
    doc.add(f'<path d="M{n(hilt_a[0])} {n(hilt_a[1])} L{n(hilt_b[0])} {n(hilt_b[1])}" stroke="#8a949c" '
            f'stroke-width="17" stroke-linecap="round"/>')
    doc.add(f'<path d="M{n(hilt_a[0])} {n(hilt_a[1] - 4)} L{n(hilt_b[0])} {n(hilt_b[1] - 4)}" stroke="#d8ecff" '
            f'stroke-width="4" stroke-linecap="round" opacity="0.8"/>')
    for k in (0.1, 0.5, 0.9):
        p = lerp(hilt_a, hilt_b, k)
        doc.circle(p[0], p[1], 10, "#3a2a20")
    g1 = (h1[0] - d[0] * 40, h1[1] - d[1] * 40)
    fd = (math.cos(math.radians(ang + 100)), math.sin(math.radians(ang + 100)))
    for g in (g1, g2):
        hand(doc, g[0] - fd[0] * 26, g[1] - fd[1] * 26, ang + 100, 0.3, False, skR, LR.L, kind="fist")
    # hiss of steam where rain meets the blade
    doc.ellipse(tip[0] + 20, tip[1], 90, 110, doc.radial(tip[0] + 20, tip[1], 110,
                                                          [(0, "#bfe4ff", 0.22), (1, "#bfe4ff", 0)]))
    for k in range(14):
        p = lerp(hilt_b, tip, rng.r())
        doc.circle(p[0] + rng.u(-10, 10), p[1] + rng.u(-14, 6), rng.u(1.5, 3.2), "#eaf6ff", 0.8)
    rain_streaks(doc, rng, 380, "#bcdcec", 0.35, length=(40, 90), width=1.4)
    rain_streaks(doc, rng, 120, "#d8f0ff", 0.5, x0=400, x1=1500, y0=80, y1=760, length=(30, 70), width=1.8)
    calm(doc, 740, 0.6)
    vignette(doc, 0.6)
    return doc


def confession_picture():
    """Chapter 1, beat 1.3: "I love you." Her blades are off; the two of them stand close in
    the downpour, turned to each other, only the storm's cold grey light on them. Kylo (the
    newer head, KYLO_B: the long face, the locks to the jaw) on the right, soaked, looking
    down at her, raw; Rey on the left, her face up to his, shocked, the unlit staff held at
    her side. They stand where their busts stand before and after (Rey left, Kylo right, as in
    the rain picture), so the picture does not swap them for two lines; facing left, he shows
    his left cheek, and the scar on his right is out of sight (mirroring the pair, as in
    kiss_picture, would show it but cross the line)."""
    doc = Pic("confession", "Night in the clearing, in a pouring rain, her blades off: Kylo and Rey stand close, "
                            "turned to each other; he, soaked in black, his wet hair plastered to his head and face, "
                            "looks down at her, exposed and unguarded; she looks up at him, shocked, her unlit "
                            "saberstaff hanging from one hand. Cold grey storm light, rain streaks everywhere. No text.")
    rng = Rng(131)
    doc.rect(doc.linear(0, 0, 0, H, [(0, "#0a1216", 1), (0.45, "#101c21", 1), (0.62, "#0b1418", 1), (1, "#040607", 1)]))
    # the storm's glow behind and between them: a break in the cloud over the clearing
    doc.rect(doc.radial(960, 120, 800, [(0, "#6a8a9a", 0.45), (0.5, "#3a5a68", 0.2), (1, "#3a5a68", 0)], 1.4, 0.6))
    clearing_firs(doc, rng, "#15262e", "#0c181d", (70, 1860))
    rain_streaks(doc, rng, 420, "#8fb4c4", 0.25, length=(20, 50), width=1.0)
    clearing_mud(doc, rng, ((360, 700, 170, 16), (1000, 720, 260, 20), (1580, 700, 150, 14), (700, 790, 220, 22)))
    # ---- the pair: Rey on the left facing right, Kylo on the right facing left
    KY = KYLO_B
    # the cold sky light falls between them from above: on her face from the right, on his from the left
    LR = Light("#101c22", "#c4dcea", (1, -0.7), rim="#d8ecf8", amb_k=0.45, key_k=0.45, deep="#030507")
    LK = Light("#080b0e", "#c4dcea", (-1, -0.7), rim="#d8ecf8", amb_k=0.22, key_k=0.42, deep="#010203")
    # Kylo: taller, a step in from the right, his head bowed to her (a negative tilt: facing left, the face tips down)
    kx, ky, sK, dK = 1120, 318, 0.68, -13
    coat = LK.tones(mix(people.wetc(KY["coat"]), "#050608", 0.45), amb_k=0.1, key_k=0.24)
    body = [(kx - 70, ky + 120), (kx + 40, ky + 120), (kx + 140, ky + 180), (kx + 170, ky + 320), (kx + 180, ky + 620),
            (kx + 200, H + 30), (kx - 250, H + 30), (kx - 210, ky + 600), (kx - 190, ky + 320), (kx - 160, ky + 190)]
    shade(doc, body, coat, LK.L, sw=30, lw=12, rw=4)
    cowl = [(kx - 70, ky + 150), (kx + 50, ky + 150), (kx + 130, ky + 196), (kx + 120, ky + 270), (kx - 20, ky + 290),
            (kx - 160, ky + 270), (kx - 170, ky + 210)]
    shade(doc, cowl, coat, LK.L, sw=18, lw=10, rw=4)
    for a, b in (((kx - 150, ky + 210), (kx - 40, ky + 270)), ((kx + 20, ky + 260), (kx + 120, ky + 206))):
        doc.blob(lens(a, b, 8), coat[1], 0.8)
    # the wet sheen down the coat's lit side
    for a, b in (((kx - 170, ky + 220), (kx - 110, ky + 170)), ((kx - 160, ky + 350), (kx - 150, ky + 520)),
                 ((kx - 120, ky + 420), (kx - 116, ky + 560))):
        doc.blob(lens(a, b, -4), "#d8ecf8", 0.4)
    # his near arm hanging, the hand half open at his side
    arm(doc, [(kx - 110, ky + 210), (kx - 140, ky + 400), (kx - 130, ky + 590)], [92, 80, 66], coat, LK.L)
    hand(doc, kx - 132, ky + 586, 96, 0.58, False, LK.tones(KY["skin"]), LK.L, curl=0.35)
    profile_head(doc, KY, kx, ky, sK, True, LK, deg=dK, eyes="down", brows="raised", mouth="part", wet=True,
                 neck=240, lit=("#cfe4f2", 0.12), rim_k=1.0)
    # water running off his hair and down his face
    doc.group(transform=xf(kx, ky, dK, sK, True))
    for pts in (([120, -160], [138, -110], [140, -70]), ([60, -10], [64, 60], [58, 120]), ([150, 20], [148, 60])):
        doc.blob(strand(yp(KY, [tuple(p) for p in pts]), 3, 0.3), "#e2f2ff", 0.55)
    for x_, y_ in ((44, 130), (10, 128), (-30, 118), (-70, 124), (-110, 112), (150, 190)):
        doc.ellipse(x_, Y(KY, y_), 3, 5, "#e2f2ff", 0.85)
    doc.end()
    # Rey: a step from him, her face turned up to his
    rx, ry, sR, dR = 760, 420, 0.62, -12
    tun = LR.tones(people.wetc(REY["tunic"]), amb_k=0.45, key_k=0.4)
    slv = LR.tones(people.wetc(REY["sleeve"]), amb_k=0.45, key_k=0.4)
    wr_ = LR.tones(people.wetc(REY["wraps"]), amb_k=0.45, key_k=0.4)
    skR = LR.tones(REY["skin"])
    body = [(rx - 50, ry + 110), (rx + 40, ry + 114), (rx + 104, ry + 170), (rx + 124, ry + 280), (rx + 106, ry + 440),
            (rx + 126, ry + 580), (rx + 110, H + 30), (rx - 200, H + 30), (rx - 170, ry + 580), (rx - 140, ry + 340),
            (rx - 120, ry + 190)]
    shade(doc, body, tun, LR.L, sw=28, lw=14, rw=4)
    doc.blob(lens((rx + 70, ry + 140), (rx - 80, ry + 580), 24, 8), tun[1], 0.7)
    doc.blob(strand([(rx + 100, ry + 160), (rx, ry + 330), (rx - 160, ry + 540)], 20, 1), LR.tones(REY["strap"])[1])
    doc.group(clip=doc.clip(smooth(body)))
    doc.blob(strand([(rx - 210, ry + 580), (rx + 160, ry + 590)], 36, 1), LR.tones(REY["belt"])[1])
    doc.end()
    profile_head(doc, REY, rx, ry, sR, False, LR, deg=dR, eyes="wide", brows="raised", mouth="part", wet=True,
                 neck=250, lit=("#cfe4f2", 0.14), sep=0.5)
    # her near arm down, the unlit staff hanging from her fist, its far end sunk toward the mud
    sh_ = (rx - 10, ry + 170)
    el = (rx + 10, ry + 390)
    wr = (rx + 60, ry + 570)
    arm(doc, [sh_, lerp(sh_, el, 0.5), el], [66, 58, 52], slv, LR.L)
    arm(doc, [el, lerp(el, wr, 0.5), wr], [50, 44, 38], skR, LR.L)
    wrap_bands(doc, el, wr, [46, 40], wr_, LR.L)
    # (long above the fist, so its upper end shows between them above the dialogue box)
    sa, sb = (wr[0] + 56, wr[1] - 330), (wr[0] - 40, wr[1] + 420)
    doc.add(f'<path d="M{n(sa[0])} {n(sa[1])} L{n(sb[0])} {n(sb[1])}" stroke="#4a5258" stroke-width="20" '
            f'stroke-linecap="round"/>')
    doc.add(f'<path d="M{n(sa[0] + 4)} {n(sa[1] - 2)} L{n(sb[0] + 4)} {n(sb[1] - 2)}" stroke="#b8ccd8" '
            f'stroke-width="4" stroke-linecap="round" opacity="0.7"/>')
    for k in (0.04, 0.3, 0.7, 0.96):
        p = lerp(sa, sb, k)
        doc.circle(p[0], p[1], 11, "#2a2420")
    ang = math.degrees(math.atan2(sb[1] - sa[1], sb[0] - sa[0]))
    hand(doc, wr[0] + 6, wr[1] + 10, ang - 90, 0.3, False, skR, LR.L, kind="fist")
    rain_streaks(doc, rng, 420, "#c4dcea", 0.33, length=(40, 90), width=1.4)
    rain_streaks(doc, rng, 140, "#e0f0fa", 0.45, x0=500, x1=1500, y0=60, y1=760, length=(30, 70), width=1.8)
    calm(doc, 740, 0.6)
    vignette(doc, 0.6)
    return doc


def palm_tree(doc, x, y, h, lean, col, rng):
    top = (x + lean, y - h)
    doc.blob(strand([(x, y), ((x + top[0]) / 2 + lean * 0.1, y - h / 2), top], 18, 0.5), col)
    for k in range(7):
        a = math.radians(-170 + k * 28 + rng.u(-8, 8))
        ln = rng.u(0.35, 0.5) * h
        tip = (top[0] + math.cos(a) * ln, top[1] + math.sin(a) * ln * 0.6 + ln * 0.35)
        mid = (top[0] + math.cos(a) * ln * 0.5, top[1] + math.sin(a) * ln * 0.45 - 10)
        doc.blob(strand([top, mid, tip], 22, 0.05), col)


def collar(doc, x, top, w, T, L):
    """The top of a back seen from behind, laid over the base of the neck: the neck goes
    into the clothes instead of ending on top of them."""
    pts = [(x - w * 0.8, top + 10), (x - w * 0.4, top - 10), (x, top - 2), (x + w * 0.4, top - 10),
           (x + w * 0.8, top + 10), (x + w * 0.7, top + 40), (x - w * 0.7, top + 40)]
    shade(doc, pts, T, L, sw=8, lw=6, rw=3)


def seated_back(doc, x, top, w, hip, T, L, lean=0.0):
    """A torso seen from behind, seated: shoulders at top, w half-width, down to hip."""
    pts = [(x - 40, top - 10), (x + 40, top - 10), (x + w * 0.8, top + 10), (x + w, top + 50), (x + w * 0.98, top + 160),
           (x + w * 0.85 + lean, hip - 60), (x + w * 0.9 + lean, hip), (x - w * 0.9 + lean, hip), (x - w * 0.85 + lean, hip - 60),
           (x - w * 0.98, top + 160), (x - w, top + 50), (x - w * 0.8, top + 10)]
    shade(doc, pts, T, L, sw=24, lw=12, rw=5)
    doc.blob(lens((x + 4, top + 40), (x + 8 + lean, hip - 30), 8, 3), T[1], 0.55)
    doc.blob(lens((x - w * 0.7, top + 60), (x - w * 0.2, top + 120), 10, 3), T[1], 0.4)
    doc.blob(lens((x + w * 0.2, top + 120), (x + w * 0.7, top + 60), 10, 3), T[1], 0.4)
    return pts


def head_from_behind(doc, P, x, y, s, light, turn=0.0, bow=0.0):
    """A head seen from behind, looking away into the picture (the lake): (x, y) where a
    profile's ear would be, scale s. Rey: the hair drawn up to her three buns stacked down the
    back of the head, the ears out at the sides; turn > 0 turns her a little to the right, so
    the edge of that cheek and jaw shows past the hair. Kylo: the dark waves down to the jaw,
    hiding the ears, his neck under them; bow lowers the head a little (looking down)."""
    sk = light.tones(P["skin"])
    T = hair_tones(P, light, False)
    Ll = light.L
    cy = y - 40 * s + bow * s
    nw = P["neck_w"][0] * s
    # the neck, down into the collar
    shade(doc, [(x - nw, cy + 90 * s), (x + nw, cy + 90 * s), (x + nw * 1.05, y + 280 * s), (x - nw * 1.05, y + 280 * s)],
          sk, Ll, sw=10 * s, lw=6 * s, rw=3 * s, sh_op=0.7)
    doc.blob([(x - nw, cy + 150 * s), (x + nw, cy + 150 * s), (x + nw, cy + 210 * s), (x - nw, cy + 200 * s)], sk[1], 0.35)
    if P["name"] == "rey":
        tx = turn * 40 * s
        # the cheek and jaw's edge past the hair on the side she turns to
        if turn:
            doc.blob([(x + 110 * s + tx, cy - 20 * s), (x + 160 * s + tx, cy + 20 * s), (x + 158 * s + tx, cy + 110 * s),
                      (x + 110 * s + tx, cy + 170 * s), (x + 60 * s, cy + 170 * s), (x + 80 * s, cy + 40 * s)], sk[0])
            doc.blob(lens((x + 150 * s + tx, cy + 10 * s), (x + 140 * s + tx, cy + 130 * s), -5 * s, -2 * s), sk[2], 0.8)
        for sd in (-1, 1):
            ex = x + sd * 146 * s - tx * 0.6
            pts = [(ex + sd * 20 * s * math.cos(a / 8 * 2 * math.pi), cy + 50 * s + 42 * s * math.sin(a / 8 * 2 * math.pi))
                   for a in range(8)]
            shade(doc, pts, sk, Ll, sw=5 * s, lw=3 * s, rw=2 * s)
        cap = [(x - tx * 0.3, cy - 196 * s), (x + 110 * s, cy - 150 * s), (x + 152 * s, cy - 40 * s),
               (x + 142 * s, cy + 40 * s), (x + 112 * s, cy + 130 * s), (x + 54 * s, cy + 176 * s), (x - 4 * s, cy + 184 * s),
               (x - 60 * s, cy + 174 * s), (x - 116 * s, cy + 124 * s), (x - 146 * s, cy + 36 * s), (x - 154 * s, cy - 44 * s),
               (x - 112 * s, cy - 150 * s)]
        shade(doc, cap, T, Ll, sw=14 * s, lw=10 * s, rw=4 * s)
        # the hair drawn up from the sides and the nape to the buns
        for a_, b_ in (((x - 140 * s, cy + 30 * s), (x - 30 * s, cy - 60 * s)), ((x + 136 * s, cy + 30 * s), (x + 30 * s, cy - 60 * s)),
                       ((x - 80 * s, cy + 130 * s), (x - 20 * s, cy + 10 * s)), ((x + 80 * s, cy + 130 * s), (x + 20 * s, cy + 10 * s)),
                       ((x - 120 * s, cy - 110 * s), (x - 30 * s, cy - 150 * s)), ((x + 116 * s, cy - 110 * s), (x + 30 * s, cy - 150 * s))):
            doc.blob(lens(a_, b_, 6 * s, 2 * s), T[1], 0.7)
        doc.blob(lens((x - 130 * s, cy - 80 * s), (x - 40 * s, cy - 170 * s), -8 * s, -3 * s), T[2], 0.6)
        # loose ends at the nape
        for dx in (-40, -6, 30):
            doc.blob(strand([(x + dx * s, cy + 140 * s), (x + (dx - 6) * s, cy + 186 * s)], 12 * s, 0.1), T[0])
        # the three buns, stacked down the back of the head
        for by_, r in ((-186, 54), (-96, 52), (-12, 46)):
            bx_, byy = x - tx * 0.4, cy + by_ * s
            r *= s
            pts = [(bx_ + r * math.cos(a / 8 * 2 * math.pi), byy + r * math.sin(a / 8 * 2 * math.pi)) for a in range(8)]
            doc.blob(shift(pts, 2 * s, 8 * s), T[1], 0.6)
            shade(doc, pts, T, Ll, sw=10 * s, lw=7 * s, rw=3 * s)
            doc.blob(lens((bx_ - r * 0.6, byy + r * 0.1), (bx_ + r * 0.5, byy - r * 0.6), -r * 0.3), T[1], 0.8)
            doc.blob(lens((bx_ - r * 0.5, byy + r * 0.5), (bx_ + r * 0.7, byy + r * 0.1), -r * 0.25), T[1], 0.8)
            doc.blob(lens((bx_ - r * 0.4, byy - r * 0.55), (bx_ + r * 0.3, byy - r * 0.8), -r * 0.15), T[2], 0.7)
    else:
        # the waves from the crown down over the ears to the jaw, ending in ragged locks
        mass = [(x - 10 * s, cy - 206 * s), (x + 110 * s, cy - 170 * s), (x + 170 * s, cy - 70 * s), (x + 178 * s, cy + 40 * s),
                (x + 170 * s, cy + 140 * s), (x + 140 * s, cy + 170 * s), (x + 100 * s, cy + 150 * s), (x + 60 * s, cy + 180 * s),
                (x + 20 * s, cy + 152 * s), (x - 20 * s, cy + 182 * s), (x - 60 * s, cy + 150 * s), (x - 104 * s, cy + 176 * s),
                (x - 146 * s, cy + 150 * s), (x - 176 * s, cy + 120 * s), (x - 184 * s, cy + 20 * s), (x - 172 * s, cy - 80 * s),
                (x - 120 * s, cy - 172 * s)]
        # a few loose locks hanging below the mass, each to its own length, the ends curling
        Tl = (T[0], T[1], T[2], None)
        for dx, ln, cu in ((-160, 60, -1), (-108, 84, 1), (-50, 66, -1), (12, 90, 1), (74, 70, -1), (136, 78, 1)):
            pts = [(x + dx * s, cy + 110 * s), (x + (dx - cu * 4) * s, cy + (140 + ln * 0.5) * s),
                   (x + (dx + cu * 4) * s, cy + (140 + ln * 0.9) * s), (x + (dx + cu * 16) * s, cy + (136 + ln) * s)]
            shade(doc, strand(pts, 50 * s, 0.1), Tl, Ll, sw=6 * s, lw=4 * s, rw=0)
        shade(doc, mass, T, Ll, sw=16 * s, lw=10 * s, rw=4 * s)
        dk = [([(x - 10 * s, cy - 190 * s), (x - 90 * s, cy - 140 * s), (x - 140 * s, cy - 40 * s), (x - 150 * s, cy + 100 * s)], 7),
              ([(x - 4 * s, cy - 180 * s), (x - 50 * s, cy - 90 * s), (x - 70 * s, cy + 20 * s), (x - 80 * s, cy + 140 * s)], 7),
              ([(x + 6 * s, cy - 180 * s), (x + 20 * s, cy - 80 * s), (x + 14 * s, cy + 30 * s), (x + 20 * s, cy + 150 * s)], 6),
              ([(x + 14 * s, cy - 190 * s), (x + 80 * s, cy - 120 * s), (x + 110 * s, cy - 20 * s), (x + 120 * s, cy + 130 * s)], 7),
              ([(x + 30 * s, cy - 194 * s), (x + 130 * s, cy - 120 * s), (x + 160 * s, cy), (x + 156 * s, cy + 120 * s)], 6)]
        for pts, w in dk:
            doc.blob(strand(wavy(pts, 6 * s), w * s, 0.1), T[1], 0.85)
        for pts, w in (([(x - 30 * s, cy - 200 * s), (x - 110 * s, cy - 150 * s), (x - 160 * s, cy - 60 * s)], 7),
                       ([(x - 100 * s, cy - 60 * s), (x - 114 * s, cy + 40 * s)], 4), ([(x - 30 * s, cy - 120 * s), (x - 40 * s, cy - 30 * s)], 4)):
            doc.blob(strand(wavy(pts, 4 * s), w * s, 0.1), T[2], 0.7)


def lake_picture():
    """Chapter 4, beat 4.3: the two of them on the pebbles at dusk, side by side, a body's width
    apart ("Not close. But not as far off as she would have a month ago."), both looking out
    over the water, where the pebble she has just skipped has left its rings (the painting comes up
    on the throw and stays to the scene's end)."""
    doc = Pic("lake", "The lake at dusk, seen from behind them: Rey and Kylo sit side by side on the pebble shore, a "
                      "body's width of pebbles between them, both looking out over the water, the sun going down "
                      "on it in the gap between them, his head a little bowed; violet sky, orange light on the water "
                      "and on their edges; her arm still out after the throw, the hand empty, and out on the water "
                      "the rings of the pebble's three bounces. No text.")
    rng = Rng(404)
    hz = 446
    doc.rect(doc.linear(0, 0, 0, hz, [(0, "#1e1838", 1), (0.45, "#3e2d5e", 1), (0.75, "#a0587a", 1), (0.92, "#e8885a", 1),
                                      (1, "#f6b070", 1)]), 0, 0, W, hz + 2)
    doc.rect(doc.radial(960, hz, 700, [(0, "#ffd08a", 0.7), (0.3, "#f09a60", 0.3), (1, "#f09a60", 0)], 1.4, 0.6))
    for cx, cy, rx, op in ((600, 170, 380, 0.25), (1300, 220, 460, 0.2), (400, 330, 300, 0.25), (1500, 380, 340, 0.3)):
        doc.ellipse(cx, cy, rx, 12, "#d48aa0", op)
    # the sun, half gone below the far shore, just between their faces
    doc.circle(946, hz - 4, 30, "#fff2d0")
    doc.circle(946, hz - 14, 90, doc.radial(946, hz - 14, 90, [(0, "#fff4d8", 0.8), (1, "#ffb870", 0)]))
    # the far shore: low hills, a dark fringe of trees
    doc.path(f"M0 {hz - 40} C300 {hz - 90} 520 {hz - 70} 700 {hz - 50} C820 {hz - 40} 880 {hz - 8} 946 {hz - 8} "
             f"C1010 {hz - 8} 1100 {hz - 70} 1300 {hz - 46} "
             f"C1500 {hz - 80} 1760 {hz - 70} 1920 {hz - 40} L1920 {hz} L0 {hz} Z", "#6e4a78")
    for i in range(60):
        x = i * 33 + rng.u(-8, 8)
        if 820 < x < 1100:
            continue
        r = rng.u(8, 20)
        doc.circle(x, hz - r * 0.6, r, "#3e2a50")
    doc.rect("#3e2a50", 0, hz - 8, 820, 10)
    doc.rect("#3e2a50", 1100, hz - 8, 820, 10)
    # the water: the sky's colours mirrored, the sun's path (the pebble's rings are drawn with her
    # arm, below)
    doc.rect(doc.linear(0, hz, 0, 660, [(0, "#e6906a", 1), (0.3, "#9a5a80", 1), (1, "#4a3462", 1)]), 0, hz, W, 240)
    doc.path(f"M930 {hz} L990 {hz} L1060 660 L860 660 Z", doc.linear(0, hz, 0, 660, [(0, "#ffe0a0", 0.85),
                                                                                    (1, "#ffb070", 0.1)]))
    for i in range(26):
        y = hz + 6 + i * i * 0.28 + rng.u(0, 3)
        w = rng.u(30, 90) * (1 + i * 0.08)
        x = 960 + rng.u(-60, 60) * (1 + i * 0.05)
        doc.rect("#fff0c8", x - w / 2, y, w, 2 + i * 0.08, 0.7)
    for i in range(18):
        y = hz + rng.u(10, 190)
        w = rng.u(80, 260)
        x = rng.u(0, W)
        doc.rect("#d8a0c0", x, y, w, 2, 0.25)
    # palms framing the shore
    palm_tree(doc, 120, 700, 600, 60, "#1c1428", rng)
    palm_tree(doc, 1800, 700, 560, -70, "#1c1428", rng)
    # the pebble shore
    doc.path("M0 640 C500 610 1400 610 1920 650 L1920 1080 L0 1080 Z", "#2a1f34")
    doc.path("M0 640 C500 610 1400 610 1920 650 L1920 664 C1400 626 500 626 0 656 Z", "#c07a70", 0.5)
    for i in range(300):
        x, y = rng.u(0, W), rng.u(650, 1080)
        r = rng.u(4, 14) * (0.5 + (y - 640) / 360)
        doc.ellipse(x, y, r, r * 0.55, ["#3a2c44", "#22182c", "#4a3850"][i % 3], 0.9)
        doc.ellipse(x + r * 0.2, y - r * 0.25, r * 0.5, r * 0.2, "#d8907a", 0.3)
    # ---- the two of them, from behind, side by side a body's width apart, looking out
    LRey = Light("#3a2a52", "#ffc890", (0.55, -0.85), rim="#ffd6a0", amb_k=0.45, key_k=0.5, deep="#120a1c")
    LKy = Light("#3a2a52", "#ffc890", (-0.55, -0.85), rim="#ffd6a0", amb_k=0.45, key_k=0.5, deep="#120a1c")
    kx, ky, sK = 1280, 400, 0.56
    rx, ry, sR = 660, 450, 0.52
    shirt = LKy.tones(KYLO["shirt"], amb_k=0.4)
    trK = LKy.tones(KYLO["trousers"], amb_k=0.4)
    tunic = LRey.tones(REY["tunic"], amb_k=0.45)
    sleeve = LRey.tones(REY["sleeve"], amb_k=0.45)
    trR = LRey.tones("#7a6650", amb_k=0.45)
    skR = LRey.tones(REY["skin"])
    skK = LKy.tones(KYLO["skin"])
    # their shadows on the pebbles, under each of them, the pebbles between them bare
    doc.ellipse(rx - 60, 812, 260, 40, "#120a1a", 0.7)
    doc.ellipse(kx + 60, 812, 280, 42, "#120a1a", 0.7)
    # Kylo's legs: the near knee drawn up at his side (the other leg is out in front of him,
    # hidden by his back)
    arm(doc, [(kx + 90, ky + 370), (kx + 210, ky + 290), (kx + 236, ky + 420)], [110, 96, 76], trK, LKy.L, sw=18)
    # that leg's boot, flat on the pebbles, and the light along the top of the knee
    shade(doc, [(kx + 200, ky + 396), (kx + 262, ky + 394), (kx + 300, ky + 420), (kx + 290, ky + 446),
                (kx + 196, ky + 448)], LKy.tones("#2a2020"), LKy.L, sw=6, lw=4, rw=2)
    doc.blob(lens((kx + 150, ky + 318), (kx + 236, ky + 282), -6, -2), LKy.rim, 0.6)
    # Rey's knees drawn up, turned a little toward the water on her side
    arm(doc, [(rx + 10, ry + 320), (rx - 150, ry + 250), (rx - 190, ry + 360)], [100, 80, 62], trR, LRey.L, sw=14)
    arm(doc, [(rx, ry + 330), (rx - 110, ry + 280), (rx - 140, ry + 370)], [96, 78, 60], (dark(trR[0], 0.85),) + trR[1:],
        LRey.L, sw=14)
    for fx in (rx - 200, rx - 150):
        shade(doc, [(fx + 20, ry + 340), (fx - 30, ry + 346), (fx - 60, ry + 372), (fx - 40, ry + 392), (fx + 30, ry + 390)],
              LRey.tones("#4a3828"), LRey.L, sw=5, lw=3, rw=2)
    # the backs, solid down to the pebbles they sit on
    seated_back(doc, kx, ky + 150, 160, 812, shirt, LKy.L, lean=-10)
    doc.blob([(kx - 150, ky + 360), (kx + 160, ky + 360), (kx + 180, 812), (kx - 170, 812)], shirt[1], 0.35)
    # his near arm: the elbow on his drawn-up knee, the hand hanging past it
    arm(doc, [(kx + 140, ky + 180), (kx + 190, ky + 280), (kx + 214, ky + 290)], [74, 64, 58], shirt, LKy.L)
    arm(doc, [(kx + 200, ky + 290), (kx + 262, ky + 330)], [54, 44], shirt, LKy.L)
    hand(doc, kx + 258, ky + 328, 70, 0.34, False, skK, LKy.L, kind="fist")
    head_from_behind(doc, KYLO, kx, ky, sK, LKy, bow=60)
    back_ = seated_back(doc, rx, ry + 132, 118, 812, tunic, LRey.L, lean=8)
    doc.group(clip=doc.clip(smooth(back_)))
    doc.blob(strand([(rx + 100, ry + 150), (rx, ry + 300), (rx - 90, ry + 362)], 18, 1), LRey.tones(REY["strap"])[1], 0.9)
    doc.blob(strand([(rx - 160, ry + 300), (rx + 160, ry + 300)], 22, 1), LRey.tones(REY["belt"])[1], 0.9)
    doc.end()
    # the pebble just skipped: three bounces out across the water from her, each leaving its
    # rings (the first, nearest, the widest by now), the last rings where it went down
    for (wx, wy, r0, k_) in ((400, 606, 52, 3), (458, 562, 38, 3), (504, 530, 28, 2), (544, 508, 22, 3)):
        for j in range(k_):
            rr_ = r0 * (1 + j * 0.55)
            doc.ellipse(wx, wy, rr_, rr_ * 0.16, "none", extra=f' stroke="#ffe0c0" stroke-width="{n(2.6 - j * 0.6)}" '
                                                              f'stroke-opacity="{n(0.8 - j * 0.2)}"')
        doc.ellipse(wx, wy, r0 * 0.3, r0 * 0.06, "#fff0d8", 0.6)
    # her near arm still out over the water after the throw, the hand open and empty
    sh_ = (rx - 100, ry + 176)
    el = (rx - 206, ry + 236)
    wr = (rx - 316, ry + 222)
    arm(doc, [sh_, lerp(sh_, el, 0.5), el], [58, 52, 46], sleeve, LRey.L)
    arm(doc, [el, lerp(el, wr, 0.5), wr], [46, 40, 34], skR, LRey.L)
    wrap_bands(doc, el, wr, [42, 34], LRey.tones(REY["wraps"], amb_k=0.45), LRey.L)
    hand(doc, wr[0], wr[1], 190, 0.38, False, skR, LRey.L, curl=0.05, spread=0.1)
    head_from_behind(doc, REY, rx, ry, sR, LRey, bow=36)
    calm(doc, 760, 0.5)
    vignette(doc, 0.45)
    return doc


def grenade_picture():
    """Chapter 5, beat 5.3: he has taken her down to the flagstones of the fortress
    courtyard and covers her with his body, lying on her, face down over her face, both arms
    round her head, his back up and turned to the grenade's blast: it bursts across the yard
    at the foot of the wall, straight behind his back as we see it, and its light, its shock
    and its flying stone come at his back and pass over the two of them. Seen side on and
    low, a little from above: she is down on the stones, almost hidden under him, her face
    turned up under his, eyes wide, her hand gripping his shirt; sparks and smoke on his
    scorched back; his near leg a little drawn up at her side."""
    doc = Pic("grenade", "Night in the stone courtyard of the fortress on Seranno, seen low and close from the "
                         "flagstones: Rey lies on her back on the stones and Kylo lies on top of her, covering her "
                         "head and body, face down over her face, both arms round her head, his back up and turned "
                         "to the blast. Behind his back, across the yard at the foot of the wall, the grenade bursts "
                         "in fire; its flash rims his back, pale shock rings roll out of it and sparks and chips of "
                         "stone fly past over the two of them; sparks and thin smoke on his scorched, torn slate "
                         "shirt. Rey, in her dark mission clothes, face turned up under his, eyes wide, one hand "
                         "gripping his shirt. Red alarm lamps on the wall and its arched gate. No text.")
    rng = Rng(555)
    # ---- the courtyard, as the place: night sky over a stone wall with an arched gate,
    # red lamps, flagstones; seen from the ground, so the wall rises high
    doc.rect(doc.linear(0, 0, 0, 200, [(0, "#060204", 1), (1, "#12060a", 1)]))
    for k in range(40):
        doc.circle(rng.u(0, W), rng.u(0, 90), rng.u(0.8, 2), "#e8c8c0", rng.u(0.2, 0.6))
    wall_top, ground = 96, 540
    doc.rect(doc.linear(0, wall_top, 0, ground, [(0, "#2a1014", 1), (1, "#3c1618", 1)]), 0, wall_top, W, ground - wall_top)
    # the parapet along the top
    doc.rect("#1a080a", 0, wall_top - 10, W, 22)
    doc.rect("#4a1c1e", 0, wall_top + 10, W, 5, 0.7)
    # stone courses: rows of blocks, the joints staggered, a few blocks a shade apart
    y = wall_top + 16
    row = 0
    while y < ground:
        hgt = 64
        doc.rect("#1a080a", 0, y + hgt - 4, W, 4, 0.5)
        x = -rng.u(0, 90) if row % 2 else -rng.u(60, 150)
        while x < W:
            wd = rng.u(150, 260)
            if rng.u(0, 1) < 0.35:
                doc.rect("#4a1c1e" if rng.u(0, 1) < 0.5 else "#1e0a0c", x + 3, y + 2, wd - 6, hgt - 8, 0.35)
            doc.rect("#1a080a", x + wd - 3, y, 4, hgt - 2, 0.45)
            x += wd
        y += hgt
        row += 1
    # the arched gate (to the right, beyond their heads), its stone surround, the door's planks and bands
    ax, aw, atop = 1700, 280, 170
    r = aw / 2
    arch = f"M{ax - r - 36} {ground} L{ax - r - 36} {atop + r} A{r + 36} {r + 36} 0 0 1 {ax + r + 36} {atop + r} L{ax + r + 36} {ground} Z"
    doc.path(arch, "#4a2022")
    for k in range(11):
        a = math.pi + k / 10 * math.pi
        x0, y0 = ax + math.cos(a) * r, atop + r + math.sin(a) * r
        x1, y1 = ax + math.cos(a) * (r + 36), atop + r + math.sin(a) * (r + 36)
        doc.add(f'<path d="M{n(x0)} {n(y0)} L{n(x1)} {n(y1)}" stroke="#1e0a0c" stroke-width="4"/>')
    door = f"M{ax - r} {ground} L{ax - r} {atop + r} A{r} {r} 0 0 1 {ax + r} {atop + r} L{ax + r} {ground} Z"
    doc.path(door, "#1c0c0c")
    doc.group(clip=doc.clip(door))
    for k in range(1, 6):
        doc.rect("#120606", ax - r + k * aw / 6 - 2, atop, 4, ground - atop, 0.9)
    for yy in (300, 400, 490):
        doc.rect("#3a1a16", ax - r, yy, aw, 12)
    doc.rect("#0a0404", ax - 2, atop, 4, ground - atop)
    doc.end()
    # the red lamps: over the gate and along the wall, each with its glow and a pool on the stone
    for lx, ly, big in ((ax, atop - 34, True), (1160, 170, False), (640, 170, False)):
        rr = 260 if big else 190
        doc.circle(lx, ly, rr, doc.radial(lx, ly, rr, [(0, "#ff3a2a", 0.5), (1, "#ff3a2a", 0)]))
        doc.rect("#120406", lx - 16, ly - 10, 32, 14)
        doc.circle(lx, ly + 8, 11, "#ffd2c0")
        doc.path(f"M{lx} {ly} L{lx - 240} {ground} L{lx + 240} {ground} Z",
                 doc.linear(lx, ly, lx, ground, [(0, "#ff3020", 0.18), (1, "#ff3020", 0.03)]))
    # the flagstones in perspective from a low eye: rows crowd toward the wall's foot
    doc.rect(doc.linear(0, ground, 0, H, [(0, "#3a1416", 1), (1, "#1e080a", 1)]), 0, ground, W, H - ground)
    doc.rect("#12060a", 0, ground - 4, W, 10, 0.9)
    vx, vy = 1000, ground - 420
    t = 0.0
    k = 0
    ys = []
    while True:
        yy = ground + 10 + (k ** 1.7) * 9
        if yy > H:
            break
        ys.append(yy)
        doc.rect("#14060a", 0, yy, W, 2 + k * 0.45, 0.9)
        k += 1
    for j in range(-24, 25):
        x0 = vx + j * 160
        xa = vx + (x0 - vx) * (ground - vy) / (H - vy) if False else None
        # joints run from the wall's foot toward the eye, a little offset row to row
        for i in range(len(ys) - 1):
            ya, yb = ys[i], ys[i + 1]
            off = 80 if i % 2 else 0
            fa = (ya - vy) / (H - vy)
            fb = (yb - vy) / (H - vy)
            xa_ = vx + (j * 160 + off) * fa * 2.2
            xb_ = vx + (j * 160 + off) * fb * 2.2
            if -50 < xa_ < W + 50:
                doc.add(f'<path d="M{n(xa_)} {n(ya)} L{n(xb_)} {n(yb)}" stroke="#14060a" stroke-width="{n(1.5 + i * 0.5)}" opacity="0.9"/>')
    # the lamps' red on the wet-dark stone
    doc.ellipse(1000, 640, 1000, 140, doc.radial(1000, 640, 1000, [(0, "#ff4a30", 0.2), (1, "#ff4a30", 0)], 1, 0.25))
    # ---- the blast, across the yard at the foot of the wall where his shove sent the grenade:
    # straight behind his back as we see it, so the flash, the shock and the flying stone
    # come at his back and pass over the two of them toward us
    bx, by = 880, 500
    doc.circle(bx, by, 760, doc.radial(bx, by, 760, [(0, "#fff2d8", 0.7), (0.16, "#ffb060", 0.45),
                                                    (0.5, "#ff5020", 0.14), (1, "#ff5020", 0)]))
    # its track across the stones, from behind him to the wall: scuffs and a trail of sparks
    trail = [(1180, 578), (1100, 566), (1020, 552), (950, 540), (900, 532)]
    doc.add(f'<path d="{smooth(trail, closed=False)}" stroke="#ffb070" stroke-width="4" fill="none" '
            f'stroke-dasharray="4 22" stroke-linecap="round" opacity="0.5"/>')
    # the fireball in flat layers, a little flattened against the ground
    for rr, col, op, wob in ((190, "#2a0e0c", 0.3, 0.3), (150, "#c8321e", 0.9, 0.3), (112, "#ff7a2a", 0.95, 0.26),
                             (76, "#ffc860", 1, 0.22), (42, "#fff6e0", 1, 0.15)):
        pts = []
        for k in range(16):
            a = k / 16 * 2 * math.pi
            q = rr * (1 + rng.u(-wob, wob))
            pts.append((bx + math.cos(a) * q * 1.15, by + math.sin(a) * q * (0.6 if math.sin(a) > 0 else 1.05)))
        doc.blob(pts, col, op, extra=doc.blur(12) if rr == 190 else "")
    # the shock rolling out of it: pale rings, the nearest breaking over his back
    for k, r in enumerate((230, 330, 450)):
        doc.add(f'<path d="M{n(bx - r * 1.3)} {n(by + 20)} A{n(r * 1.3)} {n(r)} 0 0 1 {n(bx + r * 1.3)} {n(by + 20)}" '
                f'fill="none" stroke="#ffe8c8" stroke-width="{n(12 - k * 3)}" opacity="{n(0.4 - k * 0.1)}"'
                f'{doc.blur(3 + k * 2)}/>')
    # sparks flung out and up from it
    for k in range(34):
        a = rng.u(-3.05, -0.09)
        r0, r1 = rng.u(70, 130), rng.u(260, 620)
        doc.add(f'<path d="M{n(bx + math.cos(a) * r0 * 1.2)} {n(by + math.sin(a) * r0)} L{n(bx + math.cos(a) * r1 * 1.2)} '
                f'{n(by + math.sin(a) * r1)}" stroke="#ffe2b0" stroke-width="{n(rng.u(1.2, 3.2))}" '
                f'stroke-linecap="round" opacity="{n(rng.u(0.35, 0.85))}"/>')
    doc.ellipse(bx, 548, 340, 34, doc.radial(bx, 548, 340, [(0, "#ffd090", 0.7), (1, "#ff7a30", 0)], 1, 0.12))
    # its smoke rolling up the wall
    for k in range(7):
        x0 = bx - 130 + k * 42
        doc.add(f'<path d="{smooth([(x0, by - 40), (x0 - 30, by - 160), (x0 + 24, by - 280), (x0 - 20, by - 400)], closed=False)}" '
                f'stroke="#5a3a38" stroke-width="{n(rng.u(50, 80))}" stroke-linecap="round" fill="none" '
                f'opacity="0.16"{doc.blur(16)}/>')
    # ---- the two of them, side on, a little from above: Rey on her back on the stones, her
    # head to the left, her face turned up; Kylo lying on top of her, face down over her face,
    # his arms round her head, his chest and belly pressed down over her body (it is hidden under
    # his), his back up and turned to the blast; the near leg drawn up at her side
    LB = Light("#3a0a0e", "#ffc890", (0.05, -1.0), rim="#ffe0b8", amb_k=0.45, key_k=0.5, deep="#0a0204")
    LR_ = Light("#3a0a0e", "#ffa888", (0.3, -0.95), rim="#ffc0a8", amb_k=0.42, key_k=0.45, deep="#0a0204")
    shirt = LB.tones(KYLO["shirt"], amb_k=0.35)  # his plain slate shirt, as on his bust in 5.3
    trous = LB.tones("#3a302a", amb_k=0.35)
    trous_far = tuple(dark(c, 0.6) for c in trous[:3]) + (None,)
    boots = LB.tones("#1e1614", amb_k=0.3)
    skK = LB.tones(KYLO["skin"])
    # her dark mission clothes (chapter 5), as in flagstones and injector
    RM = REY_MISSION
    tunic = LR_.tones(RM["cl"], amb_k=0.28, key_k=0.5)
    under_ = LR_.tones(RM["un"], amb_k=0.28)
    sleeve = LR_.tones(RM["sleeve"], amb_k=0.28, key_k=0.5)
    legs = LR_.tones(RM["legs"], amb_k=0.28, key_k=0.45)
    legs_far = tuple(dark(c, 0.7) for c in legs[:3]) + (None,)
    skR = LR_.tones(REY["skin"])
    wraps = LR_.tones(RM["wraps"], amb_k=0.3, key_k=0.5)
    gy = 760  # the stones under them
    sR, sK = 0.42, 0.44
    eR, degR = (430, 690), -84  # her ear; her face up, the crown to the left
    eK, degK = (356, 520), -76  # his ear; his face down over hers, the crown to the left
    nbR = local_to_screen((10, 250), eR[0], eR[1], degR, sR, False)
    nbK = local_to_screen((26, 250), eK[0], eK[1], degK, sK, True)
    # their shadow on the stones, thrown toward us by the flash behind them
    doc.ellipse(860, gy + 30, 820, 60, "#0a0204", 0.8, extra=doc.blur(10))
    # ---- his far arm round her head: the upper arm down past his head to the elbow on the
    # stones beyond her crown, the forearm along the stones behind her head
    shirt_far2 = tuple(dark(c, 0.78) for c in shirt[:3]) + (shirt[3],)
    arm(doc, [(nbK[0] + 40, nbK[1] + 10), (300, 650), (236, 746)], [84, 74, 64], shirt_far2, LB.L, rw=2)
    arm(doc, [(236, 746), (300, 752), (372, 744)], [62, 56, 50], shirt_far2, LB.L, rw=2)
    # ---- Rey, on her back: her legs out along the stones from under him (the far one, then
    # the near one), the boots at the ends
    hipR = (980, 706)
    arm(doc, [(hipR[0], hipR[1] - 6), (1250, 718), (1480, 722)], [96, 74, 56], legs_far, LR_.L, rw=0)
    arm(doc, [(hipR[0], hipR[1] + 4), (1260, 726), (1500, 734)], [100, 78, 58], legs, LR_.L, sw=14, lw=8, rw=3)
    bootR = LR_.tones("#2a1e18", amb_k=0.3)
    for bx0, by0, dd in ((1476, 700, 0.7), (1496, 712, 1.0)):
        shade(doc, [(bx0, by0), (bx0 + 30, by0 - 44), (bx0 + 62, by0 - 40), (bx0 + 66, by0 + 10), (bx0 + 50, by0 + 46),
                    (bx0, by0 + 46)], tuple(dark(c, dd) for c in bootR[:3]) + (bootR[3] if dd == 1.0 else None,), LR_.L,
              sw=6, lw=4, rw=2)
    # her body on the stones (it shows only at the shoulder and throat, by her head)
    rbody = [(nbR[0] - 10, nbR[1] - 30), (nbR[0] + 40, nbR[1] - 50), (640, 640), (760, 634), (860, 654),
             (940, 656), (1020, 664), (1060, 706), (1040, gy), (900, gy + 2), (700, gy + 2), (nbR[0] + 20, gy),
             (nbR[0] - 10, nbR[1] + 40)]
    shade(doc, rbody, tunic, LR_.L, sw=20, lw=12, rw=4)
    doc.group(clip=doc.clip(smooth(rbody)))
    doc.blob([(nbR[0] - 10, nbR[1] - 30), (nbR[0] + 40, nbR[1] - 50), (nbR[0] + 60, nbR[1] - 10),
              (nbR[0] + 10, nbR[1] + 10)], under_[0])  # the V of the undershirt at her throat
    doc.end()
    # her head on the stones, her face turned up to his, eyes wide
    profile_head(doc, REY, eR[0], eR[1], sR, False, LR_, deg=degR, eyes="wide", brows="worried", mouth="part",
                 neck=250, open_=6, gaze=(3, -4), sep=0.4)
    # ---- Kylo: his far leg straight down over hers, the boot's toe dug into the stones
    hipK = (1120, 640)
    arm(doc, [(hipK[0], hipK[1] - 20), (1300, 660), (1450, 690)], [130, 100, 76], trous_far, LB.L, rw=0)
    shade(doc, [(1430, 664), (1486, 660), (1520, 690), (1530, 730), (1450, 736), (1420, 712)],
          tuple(dark(c, 0.6) for c in boots[:3]) + (None,), LB.L, sw=6, lw=4, rw=0)
    # his body lying on hers, face down: the shoulders over her head, the back rising over the
    # shoulder blades, the small of the back, the seat; his near side hangs down over her,
    # hiding her body to the stones
    kbody = [(nbK[0] - 56, nbK[1] - 40), (nbK[0] + 10, nbK[1] - 70), (600, 458), (720, 450), (840, 462),
             (940, 494), (1010, 516), (1080, 508), (1160, 524), (1226, 566), (1250, 630), (1220, 700),
             (1100, 712), (980, 716), (860, 712), (740, 704), (640, 690), (nbK[0] + 110, nbK[1] + 130),
             (nbK[0] + 40, nbK[1] + 70), (nbK[0] - 30, nbK[1] + 24)]
    shade(doc, kbody, shirt, LB.L, sw=34, lw=20, rw=7)
    doc.group(clip=doc.clip(smooth(kbody)))
    # the side toward us in shadow; the blast's light along the top of the back
    doc.blob([(400, 620), (800, 610), (1260, 630), (1260, 780), (400, 780)], shirt[1], 0.8, extra=doc.blur(16))
    doc.rect(doc.linear(0, 450, 0, 580, [(0, "#ffb070", 0.38), (0.5, "#ff7a3a", 0.1), (1, "#ff7a3a", 0)]), 0, 400, W, 200)
    # the trousers from the waist: the seat, the belt across the small of the back
    seat = [(1010, 506), (1090, 500), (1170, 522), (1236, 570), (1256, 640), (1240, 730), (1010, 730)]
    shade(doc, seat, trous, LB.L, sw=20, lw=12, rw=0)
    doc.blob(strand([(1014, 514), (1008, 620), (1000, 750)], 28, 0.9), LB.tones("#1c1412")[0])
    doc.blob(strand([(1020, 516), (1014, 600)], 7, 0.8), LB.tones("#1c1412")[2], 0.5)
    # the shoulder blade standing up under the cloth, the spine's groove, folds
    doc.blob(lens((560, 472), (760, 462), -12, -5), shirt[2], 0.55)
    doc.blob(strand([(nbK[0] + 30, nbK[1] - 44), (700, 470), (860, 484), (1000, 516)], 5, 1), shirt[1], 0.7)
    for a_, b_, bl in (((700, 570), (880, 620), 14), ((860, 570), (980, 630), 12), ((640, 640), (820, 680), 10)):
        doc.blob(lens(a_, b_, bl, bl * 0.35), shirt[1], 0.7)
    doc.end()
    # his near leg a little drawn up at her side: the thigh from the seat down to the knee on
    # the stones, the shin along the stones to the boot, the toe dug in
    # (clipped along the crease under the seat, so the thigh grows out of it)
    doc.group(clip=doc.clip("M1250 420 L1940 420 L1940 820 L1100 820 L1104 736 C1160 716 1220 680 1252 610 Z"))
    arm(doc, [(1080, 660), (1200, 690), (1310, 730), (1400, 748), (1470, 752)], [120, 104, 86, 74, 62], trous, LB.L,
        sw=16, lw=10, rw=4)
    doc.end()
    doc.blob(lens((1200, 664), (1310, 706), -8, -3), trous[2], 0.45)  # the top of the thigh, lit
    doc.blob(lens((1330, 716), (1350, 752), 6, 2), trous[1], 0.7)  # behind the knee
    doc.blob(lens((1380, 730), (1460, 734), -6, -2), trous[2], 0.4)  # the shin
    shade(doc, [(1456, 724), (1520, 720), (1570, 742), (1586, 780), (1540, 788), (1466, 786), (1446, 760)], boots,
          LB.L, sw=8, lw=5, rw=2)
    doc.blob(lens((1560, 742), (1574, 786), 8, 3), LB.tones("#3a2a22")[0], 0.8)  # the sole's edge
    # the blast's marks on his back: burnt rents with the raw skin showing, embers on their
    # edges, smoke rising off them
    burns(doc, rng, [(660, 460, 90, -4), (800, 466, 84, 8), (920, 500, 64, 20), (740, 506, 50, 4)], shirt, skK)
    # the smoke off the scorched cloth, drifting up
    for x0, y0 in ((640, 454), (790, 460), (910, 492)):
        doc.add(f'<path d="{smooth([(x0, y0), (x0 - 24, y0 - 70), (x0 + 6, y0 - 140), (x0 - 30, y0 - 210), (x0 - 10, y0 - 280)], closed=False)}" '
                f'stroke="#8a7070" stroke-width="{n(rng.u(26, 40))}" stroke-linecap="round" fill="none" '
                f'opacity="0.2"{doc.blur(9)}/>')
    # his collar at the nape
    doc.blob([(nbK[0] - 50, nbK[1] - 36), (nbK[0] + 10, nbK[1] - 64), (nbK[0] + 50, nbK[1] - 50),
              (nbK[0] + 20, nbK[1] - 24)], shirt[1], 0.9)
    # his head, face down over hers, eyes shut, jaw set
    profile_head(doc, KYLO, eK[0], eK[1], sK, True, LB, deg=degK, eyes="closed", brows="angry", mouth="tight",
                 neck=240, sep=0.6)
    # his near arm round her head too: the upper arm down from the shoulder to the elbow on the
    # stones by her shoulder, the forearm along the stones under her jaw, the hand spread on
    # the stones beyond her hair
    shK = (nbK[0] + 90, nbK[1] + 60)
    elK = (600, 748)
    wrK = (400, 770)
    arm(doc, [shK, lerp(shK, elK, 0.5), elK], [96, 86, 76], shirt, LB.L, sw=14, lw=10, rw=4)
    arm(doc, [elK, lerp(elK, wrK, 0.5), wrK], [72, 64, 56], shirt, LB.L, sw=12, lw=8, rw=3)
    hand(doc, wrK[0], wrK[1], 176, 0.42, True, skK, LB.L, curl=0.35, spread=0.08)
    # her near hand gripping his shirt at his ribs, the wrapped forearm up from the stones
    elR = (700, 776)
    wrR = (780, 700)
    arm(doc, [elR, lerp(elR, wrR, 0.5), wrR], [44, 40, 34], sleeve, LR_.L)
    wrap_bands(doc, elR, wrR, [38, 32], wraps, LR_.L)
    hand_shadow(doc, wrR[0], wrR[1], -60, 0.34, False, LR_.L, curl=0.9)
    hand(doc, wrR[0], wrR[1], -60, 0.34, False, skR, LR_.L, curl=0.9, spread=0.05)
    doc.blob(lens((722, 750), (740, 734), 7, -3), "#6a0e14", 0.85)  # the graze
    doc.blob(lens((726, 748), (736, 738), 3, -2), "#b8383a", 0.8)
    # the flying stone and grit the blast throws over them, toward us: chips with their
    # blurred wakes, past his back and over their heads
    for k in range(30):
        a = rng.u(-2.95, -0.2)
        q = rng.u(240, 900)
        x, y = bx + math.cos(a) * q * 1.3, by + math.sin(a) * q * 0.7
        s_ = rng.u(6, 18) * (0.6 + q / 900)
        dx, dy = math.cos(a), math.sin(a) * 0.55
        doc.add(f'<path d="M{n(x)} {n(y)} L{n(x - dx * s_ * 5)} {n(y - dy * s_ * 5)}" stroke="#c87a50" '
                f'stroke-width="{n(s_ * 0.7)}" stroke-linecap="round" opacity="0.18"{doc.blur(3)}/>')
        chip = [(x + math.cos(t_ / 5 * 2 * math.pi + a) * s_ * rng.u(0.5, 0.8),
                 y + math.sin(t_ / 5 * 2 * math.pi + a) * s_ * rng.u(0.4, 0.7)) for t_ in range(5)]
        doc.poly(chip, "#2a1210", 0.95)
        doc.poly(chip[:3], "#ff9a50", 0.45)
    # sparks raining on his back, embers settling on the cloth
    for k in range(30):
        x, y = rng.u(480, 1260), rng.u(300, 500)
        ln = rng.u(8, 22)
        sg = -1 if x < bx else 1
        doc.add(f'<path d="M{n(x)} {n(y)} l{n(sg * ln * 0.8)} {n(ln * 0.4)}" stroke="#ffd090" stroke-width="{n(rng.u(1.5, 3))}" '
                f'stroke-linecap="round" opacity="{n(rng.u(0.4, 0.9))}"/>')
    for k in range(14):
        doc.circle(rng.u(580, 1100), rng.u(456, 512), rng.u(1.6, 3), "#ffb060", rng.u(0.6, 1))
    # the flash's warm light over them from behind
    doc.rect(doc.radial(bx, by, 1200, [(0, "#ffb070", 0.14), (1, "#ffb070", 0)]))
    calm(doc, 800, 0.5)
    vignette(doc, 0.5)
    return doc


def silhouette(doc, x, y, h, col, rim, rng, clap=False, seated=False, facing=0):
    """A flat person in the crowd, feet (or the seat) at y, h tall; a rim on the lit top edge."""
    s = h / 170.0
    hy = y - (h if not seated else h * 0.56)
    hw = 11 * s * rng.u(0.9, 1.1)
    sh = 23 * s * rng.u(0.9, 1.15)
    bot = y if seated else y - 70 * s
    body = [(x - 6 * s, hy + 26 * s), (x + 6 * s, hy + 26 * s), (x + sh, hy + 34 * s), (x + sh * 1.05, hy + 50 * s),
            (x + sh * 0.85, bot), (x - sh * 0.85, bot), (x - sh * 1.05, hy + 50 * s), (x - sh, hy + 34 * s)]
    doc.blob([(px, py - 2 * s) for px, py in body], rim, 0.8)
    doc.blob(body, col)
    if not seated:
        for side in (-1, 1):
            doc.blob(limb([(x + side * 7 * s, y - 72 * s), (x + side * 8 * s, y)], [14 * s, 10 * s]), col)
    doc.ellipse(x + facing * 2 * s, hy + 11 * s - 1.5 * s, hw, 13 * s, rim, 0.8)
    doc.ellipse(x + facing * 2 * s, hy + 11 * s, hw, 13 * s, col)
    if clap:
        for side in (-1, 1):
            doc.blob(limb([(x + side * sh * 0.9, hy + 40 * s), (x + side * sh * 1.25, hy + 62 * s), (x + side * 4 * s, hy + 42 * s)],
                          [12 * s, 10 * s, 8 * s]), col)
        doc.ellipse(x, hy + 40 * s, 7 * s, 9 * s, col)
        doc.ellipse(x, hy + 34 * s, 5 * s, 3 * s, rim, 0.5)


def toast_picture():
    """Chapter 6, beat 6.1: Poe on the bench, thanking him out loud; the canteen claps."""
    doc = Pic("toast", "The canteen at midday, warm under hanging lamps: Poe stands on a bench with his cup raised, "
                       "calling out his thanks; Ben, in plain spacer clothes, holds his tray like a shield, his face turned "
                       "away from the room and down, ears red, the scar down his right cheek; "
                       "Rey and Finn look on from the table; the crowd claps, flat warm silhouettes. No text.")
    rng = Rng(606)
    doc.rect(doc.linear(0, 0, 0, H, [(0, "#2a1a10", 1), (0.5, "#5a3a22", 1), (1, "#2a1a10", 1)]))
    # the back wall, the serving counter's glow, beams and lamps
    doc.rect("#6a4628", 0, 180, W, 360)
    doc.rect(doc.linear(0, 300, 0, 520, [(0, "#ffb060", 0.0), (1, "#ffb060", 0.25)]), 0, 300, W, 240)
    doc.rect("#f0b070", 600, 300, 720, 110, 0.85)
    doc.rect(doc.radial(960, 350, 600, [(0, "#ffd08a", 0.6), (1, "#ffd08a", 0)], 1, 0.4))
    doc.rect("#3a2414", 0, 150, W, 40)
    for lx in (240, 700, 1220, 1680):
        doc.rect("#1e120a", lx - 2, 0, 4, 120)
        doc.path(f"M{lx - 50} 150 L{lx + 50} 150 L{lx + 30} 120 L{lx - 30} 120 Z", "#2a1a10")
        doc.ellipse(lx, 152, 46, 8, "#fff0cc")
        doc.circle(lx, 170, 300, doc.radial(lx, 170, 300, [(0, "#ffd8a0", 0.45), (1, "#ffd8a0", 0)]))
    doc.rect("#4a3020", 0, 540, W, 540)
    # the crowd: seated and standing, clapping
    for i in range(34):
        x = rng.u(-20, W + 20)
        y = rng.u(560, 640)
        col = mix("#2a1a12", "#5a3a24", rng.u(0, 0.35))
        silhouette(doc, x, y, rng.u(170, 220), col, "#ffc880", rng, clap=rng.r() < 0.55, seated=rng.r() < 0.4,
                   facing=-1 if rng.r() < 0.5 else 1)
    doc.rect("#2e1c10", 0, 620, W, 30, 0.7)
    L = Light("#5a3a24", "#ffdca8", (0.2, -1), rim="#ffe2b0", amb_k=0.3, key_k=0.45, deep="#140a04")
    # ---- Poe on the bench, his cup up
    px, py, sP = 470, 236, 0.42
    jk = L.tones(POE["jacket"], amb_k=0.25)
    sh = L.tones(POE["shirt"], amb_k=0.3)
    tr = L.tones("#3a3430", amb_k=0.3)
    arm(doc, [(px - 10, py + 330), (px - 30, py + 470), (px - 20, py + 640)], [70, 60, 50], tr, L.L)
    arm(doc, [(px + 40, py + 330), (px + 60, py + 470), (px + 50, py + 640)], [70, 60, 50], tr, L.L)
    body = [(px - 40, py + 100), (px + 50, py + 104), (px + 110, py + 140), (px + 120, py + 260), (px + 100, py + 360),
            (px - 70, py + 360), (px - 100, py + 250), (px - 90, py + 140)]
    shade(doc, body, sh, L.L, sw=20, lw=10, rw=4)
    jacket = [(px - 40, py + 100), (px - 10, py + 110), (px + 40, py + 200), (px + 70, py + 360), (px - 80, py + 370),
              (px - 104, py + 250), (px - 92, py + 140)]
    shade(doc, jacket, jk, L.L, sw=20, lw=10, rw=4)
    doc.blob(lens((px - 40, py + 120), (px + 50, py + 350), -10, -3), jk[1], 0.8)
    # the far arm out toward Ben
    arm(doc, [(px + 60, py + 150), (px + 170, py + 190), (px + 280, py + 160)], [52, 46, 40], jk, L.L)
    hand(doc, px + 276, py + 160, -14, 0.4, False, L.tones(POE["skin"]), L.L, curl=0.1)
    profile_head(doc, POE, px, py, sP, False, L, deg=-6, eyes="open", brows="raised", mouth="smile", open_=14, neck=240)
    # the near arm up with the cup
    arm(doc, [(px - 40, py + 160), (px - 80, py + 60), (px - 60, py - 60)], [58, 50, 44], jk, L.L)
    arm(doc, [(px - 62, py - 40), (px - 60, py - 66)], [44, 42], L.tones(POE["trim"]), L.L)
    cup = [(px - 96, py - 150), (px - 30, py - 150), (px - 36, py - 72), (px - 90, py - 72)]
    shade(doc, cup, L.tones("#b8b0a0"), L.L, sw=10, lw=6, rw=3)
    doc.ellipse(px - 63, py - 150, 33, 8, "#5a3418")
    hand(doc, px - 60, py - 66, -80, 0.42, False, L.tones(POE["skin"]), L.L, kind="fist")
    # ---- Ben, holding his tray like a shield, ears red
    bx, by, sB = 1480, 292, 0.47
    shirt = L.tones(KYLO["shirt"], amb_k=0.3)
    body = [(bx - 60, by + 110), (bx + 50, by + 110), (bx + 120, by + 160), (bx + 130, by + 320), (bx + 120, by + 600),
            (bx + 130, H + 20), (bx - 150, H + 20), (bx - 140, by + 600), (bx - 150, by + 320), (bx - 130, by + 170)]
    shade(doc, body, shirt, L.L, sw=26, lw=12, rw=4)
    doc.blob(lens((bx - 120, by + 200), (bx - 80, by + 520), 12, 4), shirt[1], 0.5)
    # his cheeks flushed and, as the narration has it, his ears going red through his hair;
    # he has turned his face away from the clapping room and down (so his scarred right
    # cheek is toward us), his long face and his locks as on his busts (KYLO_B)
    profile_head(doc, KYLO_B, bx + 10, by, sB, False, L, deg=10, eyes="down", brows="worried", mouth="tight",
                 blush=1.8, neck=240, ear_red=0.6)
    # the tray, held up at his chest with both hands
    doc.group(transform="translate(0 -70)")
    tray = [(bx - 270, by + 300), (bx - 40, by + 290), (bx - 30, by + 318), (bx - 266, by + 330)]
    doc.poly([(bx - 270, by + 300), (bx - 40, by + 290), (bx - 60, by + 264), (bx - 252, by + 272)],
             L.tones("#8a8e90")[2])
    for fx, fy, fr, fc in ((bx - 200, by + 276, 30, "#c89a5a"), (bx - 130, by + 272, 26, "#8a9a5a")):
        doc.ellipse(fx, fy, fr, fr * 0.35, "#d8d0c0")
        doc.ellipse(fx, fy - 4, fr * 0.7, fr * 0.22, fc)
    doc.rect("#6a5040", bx - 96, by + 226, 30, 46)
    doc.ellipse(bx - 81, by + 226, 15, 4, "#3a2010")
    doc.poly(tray, L.tones("#8a8e90")[0])
    doc.rect(L.tones("#8a8e90")[3], bx - 270, by + 298, 230, 3, 0.8)
    doc.end()
    # his near arm bent, the fist at the tray's edge, held up at his chest
    arm(doc, [(bx - 60, by + 170), (bx - 90, by + 280), (bx - 170, by + 256)], [74, 62, 52], shirt, L.L)
    hand(doc, bx - 176, by + 252, 190, 0.44, False, L.tones(KYLO["skin"]), L.L, kind="fist")
    # ---- the table in front, Rey and Finn at it
    doc.poly([(0, 730), (W, 700), (W, 760), (0, 790)], "#7a5434")
    doc.poly([(0, 790), (W, 760), (W, 1080), (0, 1080)], "#24160c")
    doc.poly([(0, 726), (W, 696), (W, 704), (0, 734)], "#ffd8a0", 0.5)
    rx, ry, sR = 780, 500, 0.42
    tun = L.tones(REY["tunic"], amb_k=0.3)
    rsl = L.tones(REY["sleeve"], amb_k=0.3)
    for sd in (-1, 1):
        arm(doc, [(rx + sd * 90, ry + 160), (rx + sd * 124, ry + 260), (rx + sd * 110, ry + 330)], [54, 48, 42], rsl, L.L)
    seated_back(doc, rx, ry + 120, 104, H + 40, tun, L.L, lean=6)
    doc.blob(strand([(rx + 90, ry + 130), (rx, ry + 260), (rx - 90, ry + 380)], 16, 1), L.tones(REY["strap"])[1], 0.9)
    profile_head(doc, REY, rx, ry, sR, False, L, deg=-16, eyes="open", brows="raised", mouth="closed", blush=1.5,
                 neck=230)
    collar(doc, rx, ry + 120, 104, tun, L.L)
    fx, fy, sF = 1050, 506, 0.44
    fj = L.tones(FINN["jacket"], amb_k=0.25)
    for sd in (-1, 1):
        arm(doc, [(fx + sd * 116, fy + 170), (fx + sd * 156, fy + 270), (fx + sd * 140, fy + 330)], [66, 58, 50], fj, L.L)
    seated_back(doc, fx, fy + 128, 130, H + 40, fj, L.L, lean=-6)
    for k in (-1, 1):
        doc.blob(strand([(fx + k * 40, fy + 124), (fx + k * 120, fy + 160)], 30, 0.8), L.tones(FINN["stripe"])[0])
    profile_head(doc, FINN, fx, fy, sF, True, L, deg=-10, eyes="open", brows="raised", mouth="smile", open_=8, neck=230)
    collar(doc, fx, fy + 128, 130, fj, L.L)
    for k in (-1, 1):
        doc.blob(strand([(fx + k * 40, fy + 124), (fx + k * 120, fy + 160)], 30, 0.8), L.tones(FINN["stripe"])[0])
    calm(doc, 760, 0.5)
    vignette(doc, 0.45)
    return doc


def upper_body(doc, x, y, s, T, L, flip=False, w=300, slope=70, arms=True, skin=None, belt="#2a2622"):
    """Shoulders, arms at the sides and chest down past the frame's bottom, for a head whose
    ear is at (x, y) at scale s (centred under the neck)."""
    k = -1 if flip else 1
    cx = x - k * 6 * s
    top = y + 196 * s
    Ls = L.L
    if arms:
        for sd in (-1, 1):
            sx = cx + sd * w * 0.86 * s
            arm(doc, [(sx, top + slope * s + 20 * s), (sx + sd * 30 * s, top + 420 * s), (sx + sd * 20 * s, top + 800 * s)],
                [120 * s, 104 * s, 90 * s], (dark(T[0], 0.92), T[1], T[2], T[3]), Ls, sw=30 * s, lw=12 * s, rw=6 * s)
    # shoulders, the chest, a waist, the hips: a body, not a tube
    pts = [(cx - 80 * s, top - 40 * s), (cx + 80 * s, top - 40 * s), (cx + w * 0.6 * s, top + slope * 0.35 * s),
           (cx + w * 1.02 * s, top + slope * s), (cx + w * 0.96 * s, top + 260 * s), (cx + w * 0.76 * s, top + 560 * s),
           (cx + w * 0.84 * s, top + 760 * s), (cx + w * 0.8 * s, H + 40), (cx - w * 0.8 * s, H + 40),
           (cx - w * 0.84 * s, top + 760 * s), (cx - w * 0.76 * s, top + 560 * s), (cx - w * 0.96 * s, top + 260 * s),
           (cx - w * 1.02 * s, top + slope * s), (cx - w * 0.6 * s, top + slope * 0.35 * s)]
    shade(doc, pts, T, Ls, sw=36 * s, lw=18 * s, rw=8 * s)
    doc.blob(lens((cx - w * 0.5 * s, top + 260 * s), (cx - w * 0.2 * s, top + 140 * s), 10 * s), T[1], 0.45)
    doc.blob(lens((cx + w * 0.2 * s, top + 140 * s), (cx + w * 0.5 * s, top + 260 * s), 10 * s), T[1], 0.35)
    # the waist: a belt, the trousers darker below it, a pocket flap on the chest
    wy = top + 600 * s
    cid = doc.clip(smooth(pts))
    doc.group(clip=cid)
    doc.rect(dark(T[0], 0.8), cx - w * s * 1.2, wy, w * s * 2.4, H)
    doc.blob(lens((cx - 20 * s, wy + 40 * s), (cx - 10 * s, H), 6 * s, 2 * s), T[1], 0.6)
    doc.poly([(cx - w * s * 1.2, wy - 18 * s), (cx + w * s * 1.2, wy - 26 * s), (cx + w * s * 1.2, wy + 30 * s),
              (cx - w * s * 1.2, wy + 38 * s)], belt)
    doc.poly([(cx + 30 * s, wy - 20 * s), (cx + 80 * s, wy - 22 * s), (cx + 80 * s, wy + 30 * s), (cx + 30 * s, wy + 32 * s)],
             "#8a8478", 0.8)
    doc.poly([(cx - w * 0.6 * s, top + 180 * s), (cx - w * 0.2 * s, top + 174 * s), (cx - w * 0.2 * s, top + 200 * s),
              (cx - w * 0.6 * s, top + 206 * s)], T[1], 0.7)
    doc.end()
    if arms and skin:
        for sd in (-1, 1):
            sx = cx + sd * w * 0.86 * s
            hand(doc, sx + sd * 20 * s, top + 790 * s, 90 - sd * 6, 0.9 * s, sd > 0, skin, Ls, curl=0.5)
    return cx, top


def defector(doc, P, x, y, s, flip, L, plate=True, part="both", arms=True, **kw):
    suit = L.tones(P["suit"], amb_k=0.25)
    k = -1 if flip else 1
    cx, top = x - k * 6 * s, y + 196 * s
    if part in ("both", "body"):
        cx, top = upper_body(doc, x, y, s, suit, L, flip, arms=arms, skin=L.tones(P["skin"]))
        if plate:
            pl = L.tones("#e8e6e0", amb_k=0.15)
            sx = cx - k * 180 * s
            shade(doc, [(sx - 90 * s, top + 40 * s), (sx + 70 * s, top + 20 * s), (sx + 110 * s, top + 170 * s),
                        (sx - 70 * s, top + 200 * s)], pl, L.L, sw=16 * s, lw=10 * s, rw=5 * s)
            doc.blob(lens((sx - 40 * s, top + 80 * s), (sx + 30 * s, top + 120 * s), 6 * s), pl[1], 0.6)
            doc.blob(strand([(sx + 70 * s, top + 80 * s), (cx + k * 200 * s, top + 420 * s)], 16 * s, 1), "#3a3430", 0.8)
    if part in ("both", "head"):
        profile_head(doc, P, x, y, s, flip, L, neck=250, **kw)
    return cx, top


def door_picture():
    """Chapter 2, beat 2.3: five defectors carry him off a crippled shuttle; blasters come up;
    Poe: hold your fire."""
    doc = Pic("door", "The base's landing field in warm afternoon light: a smoking shuttle slewed across the pad, its "
                      "ramp down; five defectors in grey fatigues hold up Kylo, tall, in torn black robes, bleeding, his "
                      "head hanging; one raises open, empty hands; in the foreground Poe throws up a hand to hold the "
                      "fire of the blasters. No text.")
    rng = Rng(202)
    doc.rect(doc.linear(0, 0, 0, 620, [(0, "#7fa2b0", 1), (0.6, "#d8c8a0", 1), (1, "#f0d8a8", 1)]), 0, 0, W, 620)
    doc.rect(doc.radial(260, 110, 520, [(0, "#fff6dc", 0.85), (1, "#fff6dc", 0)]))
    # jungle edge
    for i in range(10):
        x = rng.u(0, W)
        palm_tree(doc, x, 500, rng.u(220, 320), rng.u(-40, 40), "#7a9a78", rng)
    for i in range(44):
        x = i * 46 + rng.u(-10, 10)
        r = rng.u(40, 80)
        doc.circle(x, 520 - r * 0.4, r, mix("#6a8a66", "#8aa880", rng.r()))
    # the field
    doc.rect(doc.linear(0, 500, 0, H, [(0, "#cdb48a", 1), (1, "#8a7456", 1)]), 0, 500, W, 580)
    # the shuttle, slewed across the pad, one engine dead and smoking, its ramp down
    doc.blob([(880, 560), (1900, 540), (1900, 590), (880, 600)], "#6a5840", 0.45)
    doc.poly([(880, 300), (1640, 250), (1920, 300), (1920, 520), (960, 560), (860, 470)], "#8a8e94")
    doc.poly([(880, 300), (1640, 250), (1920, 300), (1000, 370)], "#b8bcc0")
    doc.poly([(860, 470), (960, 560), (1920, 520), (1920, 470)], "#5e6268")
    doc.poly([(1640, 250), (1740, 140), (1800, 150), (1800, 290)], "#9a9ea4")
    doc.poly([(1480, 330), (1600, 322), (1596, 380), (1476, 384)], "#3a4a5a")
    doc.poly([(1080, 340), (1180, 330), (1182, 380), (1084, 386)], "#a83a2a")
    doc.ellipse(1700, 430, 110, 70, "#2a2420", 0.85)
    for k in range(12):
        t = k / 11
        cx = 1700 - t * 300 + math.sin(t * 6) * 30
        cy = 410 - t * 420
        r = 40 + t * 120
        doc.circle(cx, cy, r, mix("#3a3430", "#9a948e", t), 0.6 - t * 0.35)
    for k in range(6):
        doc.circle(1690 + rng.u(-40, 40), 440 + rng.u(-20, 20), rng.u(8, 16), "#ff9a40", 0.7)
    L = Light("#9a8a6a", "#fff0c8", (-0.6, -0.8), rim="#fff4d8", amb_k=0.18, key_k=0.35, deep="#1a140c")
    ds = TROOPERS
    # ---- behind: two more defectors coming down off the ramp
    defector(doc, ds[4], 1560, 330, 0.34, True, L, plate=False, brows="worried")
    defector(doc, ds[3], 1720, 350, 0.34, True, L, brows="worried", eyes="down")
    # the one in front with open, empty hands up: don't shoot
    x5, y5, s5 = 620, 330, 0.36
    suit = L.tones(ds[2]["suit"], amb_k=0.25)
    sk5 = L.tones(ds[2]["skin"])
    for dx, flipH in ((-1, False), (1, True)):
        sh_ = (x5 + dx * 60, y5 + 130)
        el = (x5 + dx * 120, y5 + 20)
        wr = (x5 + dx * 100, y5 - 110)
        arm(doc, [sh_, lerp(sh_, el, 0.5), el], [58, 50, 44], suit, L.L)
        arm(doc, [el, lerp(el, wr, 0.5), wr], [44, 40, 36], suit, L.L)
    defector(doc, ds[2], x5, y5, s5, True, L, arms=False, brows="raised", mouth="open", open_=12)
    for dx in (-1, 1):
        hand(doc, x5 + dx * 100, y5 - 104, -90 - dx * 6, 0.42, dx > 0, sk5, L.L, curl=-0.04)
    # ---- Kylo between two of them, his arms over their shoulders, his head down
    kx, ky, sK = 1060, 330, 0.42
    coat = L.tones(KYLO["coat"], amb_k=0.12, key_k=0.3)
    skK = L.tones(KYLO["skin"])
    defector(doc, ds[1], 1300, 410, 0.38, True, L, part="body", arms=False)
    cx, top = kx + 10, ky + 170
    body = [(cx - 70, top - 30), (cx + 70, top - 30), (cx + 130, top), (cx + 164, top + 40), (cx + 150, top + 200),
            (cx + 110, top + 380), (cx + 130, top + 520), (cx + 170, H + 40), (cx - 190, H + 40), (cx - 140, top + 520),
            (cx - 124, top + 380), (cx - 170, top + 200), (cx - 176, top + 40), (cx - 130, top)]
    shade(doc, body, coat, L.L, sw=24, lw=12, rw=5)
    doc.blob(lens((cx - 20, top + 40), (cx - 30, top + 500), 10, 3), coat[1], 0.7)
    # the rags: a torn flap at his side, a dressing, blood soaking through
    doc.poly([(cx - 160, top + 150), (cx - 110, top + 140), (cx - 96, top + 160), (cx - 60, top + 146), (cx - 40, top + 176),
              (cx - 14, top + 170), (cx - 30, top + 236), (cx - 80, top + 250), (cx - 150, top + 250)], "#4a4448")
    doc.poly([(cx - 130, top + 170), (cx - 96, top + 176), (cx - 70, top + 168), (cx - 56, top + 200), (cx - 84, top + 226),
              (cx - 110, top + 214), (cx - 136, top + 224)], "#4a1012", 0.9)
    doc.blob(lens((cx - 100, top + 224), (cx - 108, top + 300), 5, 2), "#4a1012", 0.8)
    for a_, b_ in (((cx - 160, top + 150), (cx - 96, top + 160)), ((cx - 60, top + 146), (cx - 14, top + 170))):
        doc.blob(lens(a_, b_, 4, 1), coat[2], 0.8)
    doc.blob([(cx - 60, top + 220), (cx - 10, top + 214), (cx - 30, top + 270), (cx - 90, top + 280)], coat[0])
    doc.blob([(cx + 80, top + 70), (cx + 116, top + 84), (cx + 106, top + 140), (cx + 84, top + 126)], "#4a0e10", 0.5)
    doc.blob([(cx + 40, top + 280), (cx + 90, top + 300), (cx + 70, top + 380)], "#4a0e10", 0.5)
    # his arms out over their shoulders, the hands hanging loose in front of them
    arm(doc, [(cx + 110, top + 10), (cx + 176, top + 26), (cx + 236, top + 52)], [74, 66, 60], coat, L.L)
    arm(doc, [(cx + 236, top + 52), (cx + 258, top + 100), (cx + 256, top + 140)], [58, 52, 46], coat, L.L)
    hand(doc, cx + 256, top + 136, 92, 0.36, False, skK, L.L, curl=0.6)
    defector(doc, ds[1], 1300, 410, 0.38, True, L, part="head", brows="worried", mouth="tight")
    profile_head(doc, KYLO, kx - 4, ky + 46, sK, True, L, deg=-24, eyes="closed", brows="worried", mouth="closed",
                 open_=3, neck=330, bruise=True)
    # the collar of the robe over the neck
    doc.blob([(cx - 60, top - 4), (cx + 10, top - 24), (cx + 90, top - 14), (cx + 120, top + 20), (cx, top + 36),
              (cx - 110, top + 20)], coat[0])
    doc.blob(lens((cx - 60, top - 2), (cx + 90, top - 12), -8, -3), coat[2], 0.6)
    defector(doc, ds[0], 820, 410, 0.38, True, L, part="body", arms=False)
    arm(doc, [(cx - 130, top + 10), (cx - 196, top + 28), (cx - 256, top + 58)], [74, 66, 60], coat, L.L)
    arm(doc, [(cx - 256, top + 58), (cx - 280, top + 106), (cx - 276, top + 140)], [58, 52, 46], coat, L.L)
    hand(doc, cx - 276, top + 136, 88, 0.36, True, skK, L.L, curl=0.6)
    # her hand holding his wrist
    s0 = L.tones(ds[0]["skin"])
    arm(doc, [(740, 760), (730, 700), (770, top + 126)], [50, 44, 38], L.tones(ds[0]["suit"], amb_k=0.25), L.L)
    hand(doc, 776, top + 128, -40, 0.4, False, s0, L.L, kind="fist")
    defector(doc, ds[0], 820, 410, 0.38, True, L, part="head", brows="worried", mouth="open", open_=8)
    # ---- Poe in the foreground, from behind, his hand up. His worn brown leather flight
    # jacket: the cast's tan (POE["jacket"]) taken down to a deep, dull brown and lit less by the
    # warm sun than the grey fatigues, so that it reads as old leather here, not orange cloth
    px, py, sP = 230, 300, 0.56
    leather = mix(dark(POE["jacket"], 0.62), "#4a3a30", 0.35)
    jk = L.tones(leather, amb_k=0.14, key_k=0.2, sh=0.5)
    sk = L.tones(POE["skin"])
    sh_ = (px + 130, py + 230)
    el = (px + 250, py + 150)
    wr = (px + 236, py - 50)
    cxp, topp = upper_body(doc, px, py, sP, jk, L, False, w=300, arms=False)
    # below the jacket's waistband, dark flight trousers (the body's outline as upper_body draws it)
    wy_ = topp + 600 * sP
    doc.group(clip=doc.clip(f"M{n(cxp - 238 * sP)} {n(wy_ + 34 * sP)} L{n(cxp + 238 * sP)} {n(wy_ + 28 * sP)} "
                            f"L{n(cxp + 252 * sP)} {n(topp + 760 * sP)} L{n(cxp + 240 * sP)} {H + 40} "
                            f"L{n(cxp - 240 * sP)} {H + 40} L{n(cxp - 252 * sP)} {n(topp + 760 * sP)} Z"))
    doc.rect(L.tones("#3a3c40", amb_k=0.2, key_k=0.15)[0], 0, wy_, 900, H)
    doc.rect(L.tones("#3a3c40", amb_k=0.2, key_k=0.15)[1], cxp + 40, wy_, 200, H, 0.6)
    doc.end()
    arm(doc, [(cxp - 250, topp + 60), (cxp - 280, topp + 300), (cxp - 270, H + 40)], [100, 88, 80], jk, L.L)
    doc.blob(lens((cxp + 10, topp + 40), (cxp + 20, H), 10, 3), jk[1], 0.6)
    # the leather's wear: a yoke seam across the shoulders, a seam down the back, pale scuffs
    # where it has rubbed thin, darker creases
    doc.group(clip=doc.clip(smooth([(cxp - 320, topp + 20), (cxp + 320, topp + 20), (cxp + 320, topp + 590 * sP),
                                    (cxp - 320, topp + 590 * sP)])))
    doc.blob(lens((cxp - 150, topp + 96), (cxp + 160, topp + 92), 14, 17), jk[1], 0.8)
    doc.blob(strand([(cxp + 4, topp + 110), (cxp + 10, H)], 5, 1), jk[1], 0.7)
    for a_, b_, bw in (((cxp - 120, topp + 160), (cxp - 40, topp + 260), 12), ((cxp + 60, topp + 300), (cxp + 130, topp + 420), 10),
                       ((cxp - 150, topp + 420), (cxp - 110, topp + 560), 9), ((cxp + 40, topp + 150), (cxp + 120, topp + 190), 7)):
        doc.blob(lens(a_, b_, bw, bw * 0.4), mix(leather, "#c8b09a", 0.35), 0.35)
    for a_, b_ in (((cxp - 60, topp + 330), (cxp - 130, topp + 380)), ((cxp + 90, topp + 220), (cxp + 150, topp + 250))):
        doc.blob(lens(a_, b_, 6, 2), jk[1], 0.8)
    doc.end()
    profile_head(doc, POE, px, py, sP, False, L, deg=-4, eyes="open", brows="angry", mouth="open", open_=16, neck=250)
    # the jacket's collar standing at the back of his neck, its underside dark
    # (folded down over the yoke, its two points lying on the shoulders)
    col_ = [(cxp - 70, topp - 22), (cxp + 80, topp - 22), (cxp + 150, topp + 6), (cxp + 190, topp + 60),
            (cxp + 60, topp + 40), (cxp - 40, topp + 40), (cxp - 170, topp + 62), (cxp - 140, topp + 4)]
    doc.blob(shift(col_, 4, 12), jk[1], 0.9)
    shade(doc, col_, jk, L.L, sw=8, lw=5, rw=2)
    doc.blob(strand([(cxp - 150, topp + 50), (cxp - 40, topp + 30), (cxp + 60, topp + 30), (cxp + 172, topp + 50)], 2.5, 1),
             jk[1], 0.7)
    arm(doc, [sh_, lerp(sh_, el, 0.5), el], [92, 80, 70], jk, L.L)
    arm(doc, [el, lerp(el, wr, 0.5), wr], [70, 62, 56], jk, L.L)
    arm(doc, [lerp(el, wr, 0.84), lerp(el, wr, 0.9)], [62, 60], L.tones(POE["trim"]), L.L, rw=0)
    hand(doc, wr[0] - 2, wr[1] + 6, -86, 0.6, True, sk, L.L, curl=-0.05)
    # the blasters raised at them from the edge of the field, each held by a base guard out of
    # frame (a khaki sleeve and a gloved hand under the barrel), so no one in the picture
    # seems to hold one: the defectors are unarmed and Poe's hands are up and empty
    guard = L.tones("#8a7448", amb_k=0.15)
    glove = L.tones("#3a3028", amb_k=0.15)
    for (x0, y0), (x1, y1) in (((-40, 680), (330, 580)), ((1960, 720), (1600, 630))):
        d = norm((x1 - x0, y1 - y0))
        nx_, ny_ = -d[1], d[0]
        mid = lerp((x0, y0), (x1, y1), 0.55)
        g = lerp((x0, y0), (x1, y1), 0.42)
        g = (g[0], g[1] + 26)
        off = (-90 if x0 < 0 else W + 90, g[1] + 250)
        arm(doc, [off, lerp(off, g, 0.5), g], [110, 88, 64], guard, L.L)
        body_ = [(x0 + nx_ * 30, y0 + ny_ * 30), (mid[0] + nx_ * 26, mid[1] + ny_ * 26), (mid[0] - nx_ * 22, mid[1] - ny_ * 22),
                 (x0 - nx_ * 40, y0 - ny_ * 40)]
        doc.poly(body_, "#24201c")
        doc.add(f'<path d="M{n(mid[0])} {n(mid[1])} L{n(x1)} {n(y1)}" stroke="#1a1714" stroke-width="18"/>')
        doc.add(f'<path d="M{n(x1 - d[0] * 30)} {n(y1 - d[1] * 30)} L{n(x1)} {n(y1)}" stroke="#3a3430" stroke-width="26"/>')
        sc = lerp((x0, y0), (x1, y1), 0.35)
        doc.add(f'<path d="M{n(sc[0] + nx_ * 34)} {n(sc[1] + ny_ * 34)} L{n(sc[0] + nx_ * 34 + d[0] * 90)} '
                f'{n(sc[1] + ny_ * 34 + d[1] * 90)}" stroke="#1a1714" stroke-width="14" stroke-linecap="round"/>')
        doc.add(f'<path d="M{n(x0)} {n(y0 - 30)} L{n(mid[0])} {n(mid[1] - 26)}" stroke="#fff0c8" stroke-width="3" opacity="0.45"/>')
        shade(doc, [(g[0] - 30, g[1] - 30), (g[0] + 30, g[1] - 34), (g[0] + 40, g[1] + 4), (g[0] + 20, g[1] + 30),
                    (g[0] - 26, g[1] + 30), (g[0] - 40, g[1])], glove, L.L, sw=8, lw=5, rw=2)
    calm(doc, 760, 0.45)
    vignette(doc, 0.35)
    return doc


def kylo_lying_hair(doc, P, light, Ll, part):
    """Kylo's hair lying on the pillow. part "back": the waves fallen back off the crown and
    the nape and spread on the pillow, drawn in the bed's own coordinates (his ear at (520,
    560), the face turned up) behind the head. part "front": the hair over the crown and the
    temple, swept back so the ear shows (local, facing right, the ear at the origin, drawn in
    the head's group)."""
    T = hair_tones(P, light, False)
    if part == "back":
        out = [(432, 404), (396, 414), (358, 444), (334, 486), (318, 530), (290, 560), (258, 582), (240, 612),
               (252, 640), (280, 650), (270, 672), (300, 690), (340, 694), (350, 716), (390, 722), (430, 736),
               (470, 732), (510, 744), (556, 730), (592, 718), (628, 700), (652, 676), (640, 640), (560, 600),
               (500, 500)]
        shade(doc, out, T, (light.L[0], light.L[1]), sw=16, lw=10, rw=4)
        dk = [[(420, 430), (360, 480), (320, 550), (262, 606)], [(440, 470), (380, 540), (320, 610), (290, 660)],
              [(470, 540), (420, 620), (360, 690)], [(520, 600), (480, 670), (440, 726)],
              [(580, 620), (560, 680), (540, 730)], [(630, 640), (620, 690), (600, 716)]]
        lt = [[(410, 420), (350, 470), (320, 520), (290, 570)], [(450, 500), (390, 580), (340, 650)],
              [(530, 640), (500, 700)], [(380, 440), (330, 500), (300, 560), (270, 610)],
              [(470, 520), (430, 600), (390, 670), (360, 700)], [(560, 620), (540, 690), (520, 730)],
              [(600, 640), (590, 700)]]
        for pts in dk:
            doc.blob(strand(wavy(pts, 5), 10, 0.1), T[1], 0.85)
        for pts in lt:
            doc.blob(strand(wavy(pts, 4), 6, 0.1), T[2], 0.7)
        return
    mass = [(146, -176), (162, -140), (160, -104), (146, -84), (126, -98), (102, -84), (76, -68), (52, -54), (36, -40),
            (20, -16), (-2, 2), (-30, 14), (-46, 30), (-56, 50), (-80, 96), (-130, 92), (-170, 50), (-184, 0), (-196, -40),
            (-184, -80), (-196, -120), (-170, -160), (-164, -196), (-120, -214), (-90, -244), (-40, -238), (0, -256),
            (40, -240), (80, -236), (104, -212)]
    shade(doc, yp(P, mass), T, Ll, sw=18, lw=12, rw=2.5)
    dk = [[(130, -200), (50, -222), (-40, -216), (-120, -176), (-170, -100), (-186, -20)],
          [(120, -150), (50, -160), (-30, -140), (-100, -90), (-150, -20), (-160, 40)],
          [(126, -108), (76, -84), (20, -64), (-40, -30), (-90, 30)]]
    lt = [[(120, -220), (30, -236), (-60, -226), (-130, -186)], [(90, -166), (20, -176), (-50, -150), (-110, -100)],
          [(150, -150), (150, -110)], [(60, -116), (0, -90), (-60, -60)]]
    locks(doc, P, light, [(wavy(pts, 6), 10) for pts in dk], False, 0.9, [(wavy(pts, 4), 6) for pts in lt])


def dressing(doc, x, y, w, h, deg, blood, rng, gel=True):
    """A field dressing on skin: a pale pad with a bacta gel square at its heart and, where
    the wound under it still seeps, a little blood soaked through."""
    doc.group(transform=f"translate({n(x)} {n(y)}) rotate({n(deg)})")
    doc.blob([(-w / 2 - 3, -h / 2 + 6), (0, -h / 2 - 2), (w / 2 + 2, -h / 2 + 4), (w / 2 + 4, h / 2), (0, h / 2 + 4),
              (-w / 2 - 2, h / 2 + 2)], "#05080a", 0.35, extra=doc.blur(3))
    pad = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    doc.add(f'<rect x="{n(-w / 2)}" y="{n(-h / 2)}" width="{n(w)}" height="{n(h)}" rx="5" fill="#c9dcdd"/>')
    doc.poly([(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, -h / 2 + 5), (-w / 2, -h / 2 + 5)], "#eefaff", 0.8)
    doc.poly([(-w / 2, h / 2 - 5), (w / 2, h / 2 - 5), (w / 2, h / 2), (-w / 2, h / 2)], "#7e9aa0", 0.7)
    if gel:
        gw, gh = w * 0.56, h * 0.5
        doc.path(f"M{n(-gw / 2)} {n(-gh / 2)} h{n(gw)} v{n(gh)} h{n(-gw)} Z", "#4fc3b4", 0.55)
        doc.poly([(-gw / 2, -gh / 2), (gw / 2, -gh / 2), (gw / 2, -gh / 2 + 3), (-gw / 2, -gh / 2 + 3)], "#c8fff4", 0.7)
    if blood:
        bx, by = rng.u(-w * 0.2, w * 0.2), rng.u(-h * 0.1, h * 0.2)
        pts = [(bx + math.cos(a / 8 * 2 * math.pi) * blood * rng.u(0.7, 1.2),
                by + math.sin(a / 8 * 2 * math.pi) * blood * 0.7 * rng.u(0.7, 1.2)) for a in range(8)]
        doc.blob(pts, "#8a1e22", 0.85)
        doc.blob([(px * 0.55 + bx * 0.45, py * 0.55 + by * 0.45) for px, py in pts], "#5a0e12", 0.8)
    doc.end()


def chrome_arm(doc, joints, widths, L):
    """A medical droid's jointed arm in polished chrome: the segments, dark joints with a
    bright ring, a long highlight down each segment."""
    T = ("#8ea4ac", "#3a4c54", "#d8eef4", "#f4fdff")
    for i in range(len(joints) - 1):
        a, b = joints[i], joints[i + 1]
        shade(doc, limb([a, b], [widths[i], widths[i + 1]]), T, L, sw=10, lw=8, rw=3)
        doc.blob(lens(lerp(a, b, 0.12), lerp(a, b, 0.88), widths[i] * 0.18, widths[i] * 0.08), "#ffffff", 0.55)
    for (x, y), w in zip(joints[1:-1], widths[1:-1]):
        doc.circle(x, y, w * 0.62, "#1c2a30")
        doc.circle(x, y, w * 0.46, "#6e868e")
        doc.circle(x - w * 0.12, y - w * 0.14, w * 0.2, "#e8f8ff", 0.8)


def medbay_picture():
    """Chapter 2, beat 2.6: Leia at her son's bedside in the medbay. He lies unconscious under
    the cold lamp, seen close from the side, his face on the pillow, his mouth fallen open in
    his sleep, the old scar stark on his pale cheek from the brow to the jaw; the rags of his
    black robes cut half away round him and six dressings on the bared shoulder, chest and
    arm; a droid's arm works over him, the blanket drawn up to his waist; his mother bends
    over the bed from its far side, her hand laid over his, looking at his face."""
    doc = Pic("medbay", "The medbay under a cold white lamp: Kylo lies unconscious in a bed, seen close from the side, "
                        "his head on the pillow, eyes closed, mouth slack and open, pale, the old healed scar stark "
                        "from his brow across the eye and down the cheek to the jaw, his black hair spread on the "
                        "pillow; the rags of his black robes are cut half away round him (the far half fallen open, "
                        "the robe over his belly cut off in a ragged edge, the sleeve slit under his arm), and six "
                        "dressings with bacta gel and a little blood lie on his shoulder, chest and arm; a blanket "
                        "is drawn up to his waist; a medical droid's chrome arm works over him; a monitor glows by "
                        "the bed. Leia bends over the bed from its far side, her hand laid over his on the blanket, "
                        "looking at her son's face. No text.")
    rng = Rng(707)
    # the bed and the man in it are drawn in their own coordinates and brought close: Z times
    # larger about the ear (kx, ky), which lands on (ax, ay)
    Z, kx, ky, ax, ay = 1.3, 520, 560, 560, 548
    to_s = lambda p: (ax + (p[0] - kx) * Z, ay + (p[1] - ky) * Z)  # noqa: E731
    # ---- the room: dark teal walls, the lamp over the bed the one strong light
    doc.rect(doc.linear(0, 0, 0, H, [(0, "#122228", 1), (0.5, "#0e1b20", 1), (1, "#060b0e", 1)]))
    for i, x in enumerate((0, 300, 600, 900, 1200, 1500, 1800)):
        doc.rect("#11232a" if i % 2 else "#132730", x, 60, 300, 560)
        doc.rect("#070e12", x + 296, 60, 6, 560, 0.8)
    doc.rect("#0a1418", 0, 0, W, 60)
    doc.rect("#1e3a42", 0, 58, W, 4, 0.8)
    doc.rect("#0c181c", 0, 330, W, 14)
    doc.rect("#2c5058", 0, 328, W, 3, 0.6)
    # the lamp over him: a long cold strip in the ceiling, its cone down onto the bed
    lx0, lx1 = 420, 1300
    doc.path(f"M{lx0} 40 L{lx1} 40 L{lx1 + 240} 760 L{lx0 - 280} 760 Z",
             doc.linear(0, 40, 0, 760, [(0, "#dff6ff", 0.24), (0.7, "#bfe6f0", 0.07), (1, "#bfe6f0", 0)]),
             extra=doc.blur(18))
    doc.rect(doc.radial(860, 40, 760, [(0, "#e8fbff", 0.35), (0.4, "#9fd0dc", 0.1), (1, "#9fd0dc", 0)], 1, 0.45))
    doc.rect("#0c171b", lx0 - 30, 0, lx1 - lx0 + 60, 46)
    doc.rect("#f2fdff", lx0, 30, lx1 - lx0, 16)
    doc.rect("#ffffff", lx0 + 20, 34, lx1 - lx0 - 40, 6)
    # the monitor on its swing arm by the head of the bed: the heartbeat, slow and steady
    mx, my = 40, 96
    doc.rect("#0a1418", mx + 150, my + 220, 10, 110)
    doc.circle(mx + 160, my + 100, 260, doc.radial(mx + 160, my + 100, 260, [(0, "#5fe0e8", 0.2), (1, "#5fe0e8", 0)]))
    doc.rect("#081216", mx, my, 300, 206)
    doc.rect(doc.linear(0, my + 12, 0, my + 194, [(0, "#1c6a74", 1), (1, "#0e3a42", 1)]), mx + 12, my + 12, 276, 182)
    pts = [(8, 100), (50, 100), (62, 78), (74, 124), (86, 40), (98, 116), (110, 100), (166, 100), (178, 78),
           (190, 124), (202, 40), (214, 116), (226, 100), (280, 100)]
    wave = "M" + " L".join(f"{n(mx + 10 + x)} {n(my + y)}" for x, y in pts)
    doc.add(f'<path d="{wave}" stroke="#9ff8ff" stroke-width="5" fill="none" stroke-linejoin="round" '
            f'opacity="0.5"{doc.blur(3)}/>')
    doc.add(f'<path d="{wave}" stroke="#e8ffff" stroke-width="2.5" fill="none" stroke-linejoin="round"/>')
    for k, (w, c) in enumerate(((110, "#7ff0c8"), (70, "#9ff8ff"), (140, "#5fc8e0"))):
        doc.rect(c, mx + 24, my + 140 + k * 16, w, 6, 0.7)
    doc.rect("#ff6a5a", mx + 262, my + 22, 14, 8, 0.9)
    L = Light("#16343c", "#e6f8ff", (-0.25, -1), rim="#d8f6ff", amb_k=0.32, key_k=0.42, deep="#03070a")
    # ---- Leia, on the far side of the bed, bent over it toward him: her head turned down
    # to his face, her near hand laid over his on the blanket (the bed hides her below the waist)
    gown = L.tones(LEIA["gown"], amb_k=0.3)
    vest = L.tones(LEIA["vest"], amb_k=0.3)
    skL = L.tones(mix(LEIA["skin"], "#f4a880", 0.3), amb_k=0.26)
    lx, ly, sL = 1450, 250, 0.8
    degL = -20
    nx_, ny_ = local_to_screen((10, 236), lx, ly, degL, sL, True)  # the base of her neck
    torso = [(nx_ - 110, ny_ + 10), (nx_ - 10, ny_ - 24), (nx_ + 110, ny_ - 10), (nx_ + 190, ny_ + 50),
             (nx_ + 260, ny_ + 200), (nx_ + 300, ny_ + 460), (nx_ - 80, ny_ + 460), (nx_ - 150, ny_ + 260),
             (nx_ - 150, ny_ + 110)]
    shade(doc, torso, gown, L.L, sw=26, lw=12, rw=4)
    doc.group(clip=doc.clip(smooth(torso)))
    # the gown's folds falling from the shoulders as she bends, the dark vest over it
    for a_, b_, bl in (((nx_ + 60, ny_ + 40), (nx_ + 150, ny_ + 300), 14), ((nx_ + 140, ny_ + 60), (nx_ + 230, ny_ + 330), 12),
                       ((nx_ - 60, ny_ + 160), (nx_ - 40, ny_ + 400), -12)):
        doc.blob(lens(a_, b_, bl, bl * 0.35), gown[1], 0.7)
        doc.blob(lens((a_[0] - 8, a_[1]), (b_[0] - 8, b_[1]), bl * 0.4, bl * 0.15), gown[2], 0.45)
    vpts = [(nx_ - 150, ny_ + 60), (nx_ - 60, ny_ + 10), (nx_ - 10, ny_ + 160), (nx_ + 20, ny_ + 460),
            (nx_ - 160, ny_ + 460)]
    shade(doc, vpts, vest, L.L, sw=14, lw=8, rw=3)
    doc.blob(lens((nx_ - 60, ny_ + 14), (nx_ + 10, ny_ + 300), 10, 4), vest[2], 0.45)
    doc.end()
    # a soft wrap over her shoulders, falling in folds down her back, pinned with her brooch
    wrap = [(nx_ - 120, ny_ + 10), (nx_ - 30, ny_ - 22), (nx_ + 120, ny_ - 6), (nx_ + 214, ny_ + 60),
            (nx_ + 280, ny_ + 230), (nx_ + 250, ny_ + 270), (nx_ + 150, ny_ + 170), (nx_ + 40, ny_ + 120),
            (nx_ - 70, ny_ + 110), (nx_ - 140, ny_ + 80)]
    shade(doc, wrap, vest, L.L, sw=16, lw=10, rw=3)
    for a_, b_, bl in (((nx_ + 60, ny_ + 10), (nx_ + 150, ny_ + 150), 12), ((nx_ + 140, ny_ + 30), (nx_ + 240, ny_ + 220), 12),
                       ((nx_ - 40, ny_ + 20), (nx_ - 10, ny_ + 110), -8)):
        doc.blob(lens(a_, b_, bl, bl * 0.35), vest[1], 0.8)
        doc.blob(lens((a_[0] - 8, a_[1]), (b_[0] - 8, b_[1]), bl * 0.4, bl * 0.15), vest[2], 0.6)
    doc.circle(nx_ - 66, ny_ + 70, 12, LEIA["brooch"])
    doc.circle(nx_ - 64, ny_ + 67, 5, "#f4ecd0")
    # (her skin and hair warmed a little against the lamp's cold teal, so that under it she
    # keeps her busts' warm skin and brown hair and reads as the same woman)
    leia = dict(LEIA, skin=mix(LEIA["skin"], "#f4a880", 0.3), hair=mix(LEIA["hair"], "#8a5028", 0.35))
    profile_head(doc, leia, lx, ly, sL, True, L, deg=degL, eyes="down", brows="worried", mouth="closed", neck=250,
                 lit=("#e6f8ff", 0.12))
    # the gown's high round collar round the base of her neck
    doc.blob([(nx_ - 74, ny_ - 12), (nx_ - 10, ny_ - 34), (nx_ + 64, ny_ - 20), (nx_ + 76, ny_ + 10), (nx_, ny_ + 22),
              (nx_ - 80, ny_ + 14)], gown[0])
    doc.blob(lens((nx_ - 70, ny_ - 12), (nx_ + 62, ny_ - 18), -6, -2), gown[2], 0.6)
    # ---- the bed and Kylo, brought close
    doc.group(transform=f"translate({n(ax)} {n(ay)}) scale({n(Z)}) translate({n(-kx)} {n(-ky)})")
    doc.poly([(50, 400), (130, 390), (130, 760), (50, 770)], "#23383f")
    doc.poly([(50, 400), (130, 390), (130, 398), (50, 408)], "#9cc6cc", 0.7)
    doc.poly([(100, 600), (1800, 588), (1800, 740), (90, 750)], "#6f949b")
    doc.poly([(90, 750), (1800, 740), (1800, 800), (90, 812)], "#223a42")
    doc.poly([(90, 746), (1800, 736), (1800, 742), (90, 752)], "#cdeaee", 0.5)
    doc.poly([(90, 812), (1800, 800), (1800, 830), (90, 842)], "#0c161a")
    # the pillow, a hollow pressed into it by his head, a crease or two
    pil = L.tones("#c4dce0", amb_k=0.25)
    pillow = [(110, 700), (130, 600), (220, 556), (420, 546), (620, 560), (790, 604), (816, 684), (720, 736),
              (420, 746), (180, 738)]
    shade(doc, pillow, pil, L.L, sw=26, lw=14, rw=4)
    doc.ellipse(440, 650, 240, 70, "#1a3038", 0.4, deg=-8, extra=doc.blur(14))
    for a_, b_ in (((170, 620), (250, 700)), ((700, 600), (760, 680))):
        doc.blob(lens(a_, b_, 10, 4), pil[1], 0.5)
    P = dict(KYLO, skin=mix(KYLO["skin"], "#e4e6e8", 0.3), lip=mix(KYLO["lip"], "#b49a9c", 0.4), scar_k=1.5,
             blush="#b0a0a8")
    sK, degK = 0.78, -70
    Lk = to_local(L.L, degK, False)
    kylo_lying_hair(doc, P, L, Lk, "back")
    # ---- his head on the pillow (before the body, which covers the end of the neck), the
    # face turned up to the lamp, his mouth open in his sleep
    profile_head(doc, P, kx, ky, sK, False, L, deg=degK, eyes="closed", brows="level", mouth="closed", open_=20,
                 neck=210, hair=False, lit=("#e8faff", 0.16))
    doc.group(transform=xf(kx, ky, degK, sK, False))
    kylo_lying_hair(doc, P, L, Lk, "front")
    doc.end()
    # ---- his body, side on, lying on his back: the rags of his black robes cut half away
    # for the dressings (the near shoulder, the chest and the arm bared), what is left of
    # them still round him: the far half of the robe fallen open beyond his chest, the robe
    # over his belly cut off in a ragged edge below the chest, the sleeve slit and lying
    # open under his arm; the blanket over the rest
    skK = L.tones(P["skin"])
    robe = L.tones(KYLO["coat"], amb_k=0.22, key_k=0.34)
    rim_ = "#9fc4cc"  # the lamp catching a cut edge of the black cloth

    def ragged(a, b, k, amp, seed):
        """Points from a to b along a cloth's cut edge: frayed, uneven, a little torn."""
        r = Rng(seed)
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1
        nx, ny = -dy / ln, dx / ln
        out = []
        for i in range(k + 1):
            t = i / k
            o = 0 if i in (0, k) else (amp if i % 2 else -amp * 0.4) * r.u(0.5, 1.2)
            out.append((a[0] + dx * t + nx * o, a[1] + dy * t + ny * o))
        return out

    chest = [(680, 640), (700, 610), (736, 586), (790, 540), (880, 500), (990, 488), (1090, 500), (1160, 528),
             (1210, 550), (1250, 556), (1260, 640), (1250, 708), (760, 712), (680, 680)]
    # the far half of the robe, cut open and fallen back beyond his chest, its cut edge
    # ragged and caught by the lamp
    far_top = ragged((800, 506), (1250, 444), 14, 16, 71)
    far = [(780, 560)] + far_top + [(1300, 520), (1300, 620), (760, 620)]
    doc.blob(shift(far_top, 0, -3) + [(1300, 480), (1300, 500)] + far_top[::-1], rim_, 0.5, closed=True)
    shade(doc, far, robe, L.L, sw=10, lw=6, rw=3)
    for a_, b_ in (((880, 500), (900, 560)), ((980, 486), (1000, 550)), ((1080, 476), (1100, 540)),
                   ((1170, 476), (1190, 540))):
        doc.blob(lens(a_, b_, 7, 2.5), robe[1], 0.75)
        doc.blob(lens((a_[0] + 10, a_[1] + 4), (b_[0] + 10, b_[1]), -3, -1), robe[2], 0.5)
    shade(doc, chest, skK, L.L, sw=30, lw=14, rw=5)
    doc.group(clip=doc.clip(smooth(chest)))
    # the chest's shape: the collarbone, the pectoral's edge, the hollow of the armpit
    doc.blob(lens((760, 560), (900, 512), 10, 4), skK[1], 0.5)
    doc.blob(lens((766, 552), (896, 506), -5, -2), skK[2], 0.5)
    doc.blob(lens((880, 570), (1000, 566), -26, -9), skK[1], 0.35)
    doc.blob(lens((900, 540), (990, 536), -10, -4), skK[2], 0.3)
    doc.end()
    # the neck runs on into the chest: the base of the throat and the top of the shoulder,
    # the tendon down the side of the neck
    base = [(640, 660), (656, 600), (684, 550), (740, 554), (800, 532), (856, 508), (880, 600), (830, 712), (660, 712)]
    shade(doc, base, (skK[0], skK[1], skK[2], None), L.L, sw=22, lw=10, rw=0, sh_op=0.7)
    doc.blob(lens((660, 600), (790, 548), 8, 3), skK[1], 0.4)
    doc.blob(lens((700, 700), (780, 600), -16, -6), skK[1], 0.45)  # the round of the shoulder
    doc.blob(lens((706, 690), (776, 604), -7, -3), skK[2], 0.4)
    doc.blob(lens((664, 592), (786, 540), -4, -1), skK[2], 0.35)
    # ---- the robe over his belly, below the chest: cut off across him in a ragged edge
    # (the cut the medics made), lying in folds down to the bed's edge
    belly_cut = ragged((1010, 484), (950, 760), 12, 12, 73)
    belly = belly_cut + [(1180, 780), (1200, 500), (1100, 478)]
    doc.blob(shift(belly_cut, -3, 0) + belly_cut[::-1], rim_, 0.55)
    shade(doc, belly, robe, L.L, sw=14, lw=8, rw=3)
    doc.group(clip=doc.clip(smooth(belly)))
    for a_, b_, bl_ in (((1030, 520), (1000, 740), 10), ((1080, 500), (1060, 760), 12), ((1130, 500), (1120, 760), 10)):
        doc.blob(lens(a_, b_, bl_, bl_ * 0.35), robe[1], 0.7)
        doc.blob(lens((a_[0] + 10, a_[1]), (b_[0] + 10, b_[1]), -bl_ * 0.4, -bl_ * 0.15), robe[2], 0.45)
    doc.end()
    # a torn strip hanging from the cut edge over his side
    doc.blob(strand([(996, 600), (984, 640), (990, 690), (978, 740)], 16, 0.3), robe[0])
    doc.blob(strand([(998, 604), (988, 640), (994, 690)], 5, 0.2), robe[2], 0.5)
    # ---- the blanket, drawn up over his waist, its top turned down in a pale band, heavy
    # folds down over his body and the bed's edge
    blanket = L.tones("#6e8f96", amb_k=0.35, key_k=0.3)
    sheet = L.tones("#c8dfe2", amb_k=0.3)
    X0 = 130  # the blanket starts this much further down him than the chest
    bl = [(990, 560), (1020, 516), (1080, 498), (1160, 506), (1280, 530), (1400, 560), (1560, 590), (1800, 600),
          (1800, 830), (1500, 850), (1200, 846), (990, 840), (940, 770), (950, 660)]
    bl = [(x + X0 if x < 1500 else x, y) for x, y in bl]
    shade(doc, bl, blanket, L.L, sw=18, lw=12, rw=3)
    doc.group(clip=doc.clip(smooth(bl)))
    for a_, b_, bl_ in (((1060, 560), (1000, 820), 16), ((1180, 560), (1140, 840), 18), ((1330, 580), (1300, 840), 20),
                        ((1480, 610), (1470, 840), 18), ((1620, 620), (1640, 840), 16), ((1100, 720), (1400, 700), -12)):
        doc.blob(lens((a_[0] + X0, a_[1]), (b_[0] + X0, b_[1]), bl_, bl_ * 0.35), blanket[1], 0.6)
        doc.blob(lens((a_[0] + X0 - 12, a_[1]), (b_[0] + X0 - 12, b_[1]), bl_ * 0.4, bl_ * 0.15), blanket[2], 0.5)
    doc.end()
    fold = [(950, 660), (960, 580), (990, 530), (1030, 506), (1070, 500), (1050, 540), (1040, 600), (1030, 700),
            (1040, 780), (1010, 836), (980, 830), (950, 760)]
    fold = [(x + X0, y) for x, y in fold]
    shade(doc, fold, sheet, L.L, sw=10, lw=6, rw=3)
    doc.blob(lens((1040 + X0, 530), (1010 + X0, 820), 8, 3), sheet[1], 0.5)
    for a_, b_ in (((970, 600), (990, 660)), ((960, 700), (990, 760))):
        doc.blob(lens((a_[0] + X0, a_[1]), (b_[0] + X0, b_[1]), -6, -2), sheet[1], 0.5)
    # ---- the dressings Rey counts, six: shoulder, collarbone, chest, and three on the arm
    for x, y, w, h, deg, b in ((790, 574, 62, 46, -28, 9), (886, 530, 66, 48, -10, 12), (936, 598, 42, 32, 6, 4)):
        dressing(doc, x, y, w, h, deg, b, rng)
    # ---- the near arm (his right) lying along his side: from the round of the shoulder
    # down beside the chest to the elbow at his waist, the forearm over the robe and the
    # blanket to the hand lying open, the fingers a little curled. The sleeve is slit from
    # cuff to shoulder and lies open under the arm, its frayed edges showing round it.
    sh_ = (738, 648)
    el = (962, 712)
    wr = (1180, 682)
    up_dir = (el[0] - sh_[0], el[1] - sh_[1])
    ul = math.hypot(*up_dir)
    un = (-up_dir[1] / ul, up_dir[0] / ul)  # the upper arm's normal (toward the bed, below it)
    s_top = ragged((sh_[0] + 10 - un[0] * 50, sh_[1] - un[1] * 50), (el[0] + 30 - un[0] * 44, el[1] - un[1] * 44), 9, 8, 74)
    s_bot = ragged((el[0] + 40 + un[0] * 46, el[1] + un[1] * 46), (sh_[0] - 10 + un[0] * 52, sh_[1] + un[1] * 52), 9, 8, 75)
    sleeve = s_top + s_bot
    doc.blob(shift(s_top, 0, -3) + s_top[::-1], rim_, 0.5)
    shade(doc, sleeve, robe, L.L, sw=10, lw=6, rw=2)
    # the arm in one piece through the elbow (so the joint bends and does not step), then
    # the deltoid's round over the shoulder joint, the lights along the upper arm and forearm
    # (its rounded start is the shoulder's own outline against the pillow)
    arm(doc, [(sh_[0] - 44, sh_[1] - 14), lerp(sh_, el, 0.45), el, lerp(el, wr, 0.5), wr], [104, 80, 64, 54, 44], skK,
        L.L, sw=16)
    doc.blob(lens((sh_[0] - 40, sh_[1] + 24), (sh_[0] + 66, sh_[1] - 22), -10, -4), skK[2], 0.45)
    doc.blob(lens((sh_[0] + 60, sh_[1] + 2), (el[0] - 40, el[1] - 28), -7, -3), skK[2], 0.4)  # the upper arm's light
    doc.blob(lens((el[0] - 20, el[1] + 18), (el[0] + 20, el[1] + 24), 5, 2), skK[1], 0.55)  # the elbow's point
    doc.blob(lens((el[0] + 30, el[1] - 22), (wr[0] - 40, wr[1] - 18), -5, -2), skK[2], 0.4)
    dressing(doc, 820, 666, 58, 40, 16, 7, rng)
    dressing(doc, 1070, 690, 50, 34, -6, 5, rng, gel=False)
    dressing(doc, 910, 690, 40, 30, 14, 0, rng)
    hand_shadow(doc, wr[0] - 4, wr[1] - 2, -4, 0.5, True, L.L, curl=0.3)
    hand(doc, wr[0] - 4, wr[1] - 2, -4, 0.5, True, skK, L.L, curl=0.3, spread=0.07)
    doc.end()
    # ---- Leia's near arm, across the bed: the sleeve's folds, the cuff, her hand laid over
    # the back of his, her fingers over his knuckles
    hx, hy = to_s((wr[0] + 14, wr[1] - 12))
    lsh = (nx_ - 50, ny_ + 50)
    lel = (nx_ - 120, ny_ + 180)
    arm(doc, [lsh, lerp(lsh, lel, 0.5), lel], [78, 70, 62], gown, L.L)
    for t in (0.4, 0.7):
        p_ = lerp(lsh, lel, t)
        doc.blob(lens((p_[0] - 36, p_[1] - 4), (p_[0] + 30, p_[1] + 10), 7, 3), gown[1], 0.6)
    arm(doc, [lel, lerp(lel, (hx, hy), 0.5), (hx, hy)], [64, 58, 50], gown, L.L)
    mid = lerp(lel, (hx, hy), 0.5)
    doc.blob(lens((mid[0] - 10, mid[1] - 30), (mid[0] + 14, mid[1] + 26), 7, 3), gown[1], 0.6)
    cf = lerp(lel, (hx, hy), 0.86)
    shade(doc, limb([cf, lerp(cf, (hx, hy), 0.6)], [62, 58]), vest, L.L, sw=6, lw=4, rw=2)
    hdeg = 4
    hand_shadow(doc, hx, hy, hdeg, 0.56, True, L.L, curl=0.3)
    hand(doc, hx, hy, hdeg, 0.56, True, skL, L.L, curl=0.3, spread=0.06)
    # a thin bracelet at her wrist
    doc.blob(limb([lerp(lel, (hx, hy), 0.9), lerp(lel, (hx, hy), 0.96)], [54, 52]), "#c8b07a", 0.9)
    # ---- the droid's arm down from the ceiling, a three-fingered hand working over his chest
    tip = to_s((930, 470))
    chrome_arm(doc, [(1000, -30), (1040, 140), (tip[0] + 90, tip[1] - 140), (tip[0] + 20, tip[1] - 40)],
               [58, 50, 38, 30], L.L)
    T = ("#8ea4ac", "#3a4c54", "#d8eef4", "#f4fdff")
    for a in (-40, 10, 60):
        r = math.radians(a + 120)
        p1 = (tip[0] + 20 + math.cos(r) * 34, tip[1] - 40 + math.sin(r) * 34)
        r2 = math.radians(a + 120 - 30)
        p2 = (p1[0] + math.cos(r2) * 26, p1[1] + math.sin(r2) * 26)
        shade(doc, limb([(tip[0] + 20, tip[1] - 40), p1, p2], [14, 11, 7]), T, L.L, sw=4, lw=3, rw=1.5)
    # the scanner's cold beam on his chest
    doc.path(f"M{n(tip[0] + 4)} {n(tip[1] - 30)} L{n(tip[0] + 36)} {n(tip[1] - 40)} L{n(tip[0] + 30)} {n(tip[1] + 80)} "
             f"L{n(tip[0] - 110)} {n(tip[1] + 70)} Z",
             doc.linear(tip[0], tip[1] - 40, tip[0] - 40, tip[1] + 80, [(0, "#8ff6ff", 0.4), (1, "#8ff6ff", 0.04)]),
             extra=doc.blur(3))
    doc.circle(tip[0] + 20, tip[1] - 40, 12, "#1c2a30")
    doc.circle(tip[0] + 20, tip[1] - 40, 6, "#9ff8ff")
    # the cold lamp's wash over the whole: his face and chest lit brightest
    doc.rect(doc.radial(800, 480, 640, [(0, "#dff6ff", 0.1), (1, "#dff6ff", 0)], 1.2, 0.6))
    calm(doc, 720, 0.72)
    vignette(doc, 0.5)
    return doc


def ship_hold_background(doc, rng):
    """The ship's dim hold in hyperspace, close: the curved hull wall behind the bench in
    dark blue-grey panels and ribs, and high in it a viewport full of hyperspace's
    blue-white streaks, the hold's one light."""
    doc.rect(doc.linear(0, 0, 0, H, [(0, "#0c1420", 1), (0.55, "#0a111b", 1), (1, "#05080d", 1)]))
    # the viewport, high and a little left of the middle: its glow first, on the wall
    vx, vy, vw, vh = 700, 70, 560, 250
    doc.rect(doc.radial(vx + vw / 2, vy + vh / 2, 900, [(0, "#9cc4ff", 0.32), (0.35, "#5a86c8", 0.12),
                                                         (1, "#5a86c8", 0)], 1, 0.8))
    # wall panels: a row above and a row below the rail, seams between them
    for i, x in enumerate(range(-60, W + 60, 330)):
        for y0, y1 in ((40, 430), (452, 860)):
            doc.rect("#131f2e" if (i + (y0 > 100)) % 2 else "#111b28", x + 6, y0, 318, y1 - y0, 0.9)
            doc.rect("#2a3c54", x + 6, y0, 318, 3, 0.5)
            doc.rect("#04070b", x + 320, y0, 5, y1 - y0, 0.7)
    # the rail along the wall and the ribs of the hull, lit along their edges
    doc.rect("#0a1018", 0, 430, W, 22)
    doc.rect("#5a7aa4", 0, 430, W, 3, 0.45)
    for x in (300, 1580):
        doc.rect("#0c141e", x - 26, 0, 52, H)
        doc.rect("#4a6890", x - 26 + (48 if x < 900 else 0), 0, 4, H, 0.5)
    # the viewport: a rounded frame, the streaks of hyperspace, a bright core
    doc.add(f'<rect x="{vx - 22}" y="{vy - 22}" width="{vw + 44}" height="{vh + 44}" rx="40" fill="#070b12"/>')
    doc.add(f'<rect x="{vx - 22}" y="{vy - 22}" width="{vw + 44}" height="{vh + 44}" rx="40" fill="none" '
            f'stroke="#5a7aa4" stroke-width="3" opacity="0.6"/>')
    win = f"M{vx + 30} {vy} H{vx + vw - 30} Q{vx + vw} {vy} {vx + vw} {vy + 30} V{vy + vh - 30} " \
          f"Q{vx + vw} {vy + vh} {vx + vw - 30} {vy + vh} H{vx + 30} Q{vx} {vy + vh} {vx} {vy + vh - 30} " \
          f"V{vy + 30} Q{vx} {vy} {vx + 30} {vy} Z"
    cx, cy = vx + vw * 0.5, vy + vh * 0.5
    doc.path(win, doc.radial(cx, cy, vw * 0.6, [(0, "#f4f8ff", 1), (0.25, "#8fb8f0", 1), (1, "#1c3a6c", 1)]))
    doc.group(clip=doc.clip(win))
    for k in range(70):
        a = rng.u(0, 2 * math.pi)
        r0, r1 = rng.u(20, 140), rng.u(160, 420)
        doc.add(f'<path d="M{n(cx + math.cos(a) * r0)} {n(cy + math.sin(a) * r0 * 0.7)} L{n(cx + math.cos(a) * r1)} '
                f'{n(cy + math.sin(a) * r1 * 0.7)}" stroke="#eef6ff" stroke-width="{n(rng.u(1.2, 3.2))}" '
                f'stroke-linecap="round" opacity="{n(rng.u(0.4, 0.95))}"/>')
    doc.circle(cx, cy, 46, "#ffffff", 0.85)
    doc.end()
    # the light from it falling down the wall and over the bench
    doc.path(f"M{vx} {vy + vh} L{vx + vw} {vy + vh} L{vx + vw + 420} {H} L{vx - 420} {H} Z",
             doc.linear(0, vy + vh, 0, H, [(0, "#a8c8ff", 0.16), (1, "#a8c8ff", 0)]), extra=doc.blur(16))
    # the bench along the wall: a padded seat, its front edge under the dialogue box
    doc.rect("#0e1620", 0, 820, W, 40)
    doc.rect("#40587a", 0, 820, W, 3, 0.6)
    doc.rect("#070b10", 0, 860, W, H - 860)


def temple_picture():
    """Chapter 5, beat 5.4, on the flight home: he has fallen asleep sitting on the
    courier's bench in the dim hold, slumped, his shoulders against the hull wall and his
    head dropped forward; she has got up and stands in front of him, bends over him and
    kisses his temple at the edge of his hair, lightly, so as not to wake him, her free
    hand resting on his shoulder, her right arm in its cloth sling. The viewport's
    hyperspace light above them is the one light. Both in clear profile, their heads apart
    but for her lips at his hairline."""
    doc = Pic("temple", "The ship's dim hold in hyperspace: Kylo asleep, slumped on the bench against the hull wall, "
                        "seen in profile facing right, his head dropped forward, eyes closed, his long face, the pale "
                        "scar down his right cheek, his dark locks to the jaw; Rey, young, in her dark mission "
                        "clothes, stands in front of him and bends over him, her face in profile, eyes closed, and "
                        "kisses his temple at the edge of his hair, her left hand resting on his shoulder; her right "
                        "arm hangs in a pale cloth sling across her body, knotted at her left shoulder. A viewport "
                        "high in the wall is full of hyperspace's blue-white streaks. No text.")
    rng = Rng(5404)
    ship_hold_background(doc, rng)
    L = Light("#14203a", "#cfe0ff", (0.25, -1), rim="#dfeaff", amb_k=0.34, key_k=0.38, deep="#04060a")
    KB = KYLO_B
    skK = L.tones(KB["skin"])
    skR = L.tones(REY["skin"])
    jacket = L.tones(KB["shirt"], amb_k=0.28)
    trK = L.tones("#2a2c34", amb_k=0.3)
    RM = REY_MISSION
    tunic = L.tones(RM["cl"], amb_k=0.22, key_k=0.45)
    sleeve = L.tones(RM["sleeve"], amb_k=0.22, key_k=0.42)
    wrapsR = L.tones(RM.get("wraps", "#5a5e66"), amb_k=0.25)
    sling = L.tones("#c9d3dc", amb_k=0.2, key_k=0.5)
    # ---- where the heads go: his head dropped forward (facing right: the scarred right
    # cheek toward us); her lips at the front of his head at the hairline, above the end
    # of his brow (his temple); her face tipped down toward it, clear of his face
    sK, degK = 0.8, 24
    exK, eyK = 640, 452
    sR, degR = 0.72, -34
    sy = KB["scale_y"]
    temple = local_to_screen((138, -150 * sy), exK, eyK, degK, sK, False)
    exR, eyR = ear_for((temple[0] + 6, temple[1] - 4), (REY["lips"][0] - 2, 110 * REY["scale_y"]), sR, degR, True)
    nb = local_to_screen((10, 250), exK, eyK, degK, sK, False)  # the base of his neck
    nr = local_to_screen((4, 200), exR, eyR, degR, sR, True)  # the base of hers
    # ---- Kylo, slumped on the bench against the wall: shoulders rounded forward under the
    # dropped head, the torso down to the bench, his lap toward the right
    seat = 840
    doc.blob([(nb[0] - 250, nb[1] + 40), (nb[0] + 260, nb[1] + 60), (nb[0] + 300, 1100), (nb[0] - 300, 1100)],
             "#04060a", 0.4, extra=doc.blur(18))
    # his far arm, behind, the hand in his lap
    arm(doc, [(nb[0] + 40, nb[1] + 60), (nb[0] + 120, nb[1] + 300), (nb[0] + 260, seat - 10)], [90, 80, 70],
        (dark(jacket[0], 0.7), jacket[1], dark(jacket[2], 0.8), None), L.L, sw=14, lw=6, rw=0)
    # his thighs along the bench toward us on the right, the knees, the shins down
    kn = (nb[0] + 420, seat - 30)
    arm(doc, [(nb[0] - 60, seat + 10), lerp((nb[0] - 60, seat + 10), kn, 0.5), kn], [190, 170, 140], trK, L.L, sw=24)
    arm(doc, [kn, (kn[0] + 20, kn[1] + 160), (kn[0] + 10, H + 60)], [120, 110, 96], trK, L.L, sw=20)
    torso = [(nb[0] - 120, nb[1] - 30), (nb[0] - 10, nb[1] - 40), (nb[0] + 90, nb[1] - 10), (nb[0] + 150, nb[1] + 60),
             (nb[0] + 170, nb[1] + 200), (nb[0] + 190, seat + 20), (nb[0] - 150, seat + 40), (nb[0] - 200, nb[1] + 260),
             (nb[0] - 200, nb[1] + 80)]
    shade(doc, torso, jacket, L.L, sw=30, lw=16, rw=5)
    doc.group(clip=doc.clip(smooth(torso)))
    # the jacket's front closure and the folds where he slumps
    doc.blob(strand([(nb[0] + 80, nb[1] - 6), (nb[0] + 130, nb[1] + 120), (nb[0] + 160, seat + 40)], 7, 1), jacket[1],
             0.9)
    for a_, b_, bl in (((nb[0] + 20, nb[1] + 200), (nb[0] + 150, nb[1] + 250), 10),
                       ((nb[0] - 20, nb[1] + 300), (nb[0] + 140, nb[1] + 340), 12)):
        doc.blob(lens(a_, b_, bl, bl * 0.4), jacket[1], 0.7)
    doc.end()
    # the standing collar round his neck
    doc.blob([(nb[0] - 70, nb[1] - 10), (nb[0] - 40, nb[1] - 60), (nb[0] + 40, nb[1] - 60), (nb[0] + 96, nb[1] - 20),
              (nb[0] + 90, nb[1] + 10), (nb[0], nb[1] - 10)], jacket[1])
    doc.blob(lens((nb[0] - 40, nb[1] - 60), (nb[0] + 80, nb[1] - 40), -6, -2), jacket[2], 0.6)
    # his near arm hanging slack from the shoulder, the hand on his thigh
    shK = (nb[0] - 40, nb[1] + 70)
    elK = (nb[0] - 10, nb[1] + 330)
    wrK = (nb[0] + 200, seat - 40)
    arm(doc, [shK, lerp(shK, elK, 0.5), elK], [118, 104, 92], jacket, L.L, sw=22, lw=10, rw=4)
    arm(doc, [elK, lerp(elK, wrK, 0.5), wrK], [92, 84, 74], jacket, L.L, sw=18, lw=10, rw=4)
    hand(doc, wrK[0] - 6, wrK[1] + 4, 8, 0.56, False, skK, L.L, curl=0.5)
    # his head, dropped forward, asleep, the mouth a little open
    profile_head(doc, KB, exK, eyK, sK, False, L, deg=degK, eyes="closed", brows="level", mouth="closed",
                 open_=4, neck=280, lit=("#dfeaff", 0.08))
    # ---- Rey, standing in front of him, bent forward from the hips over him: her spine from
    # the neck down and back to the hips (out of the frame under the dialogue box), her back
    # toward the viewport's light, her chest toward him
    N = nr
    Hp = (N[0] + 290, N[1] + 470)
    d = norm((Hp[0] - N[0], Hp[1] - N[1]))
    nv = (d[1], -d[0])  # toward her back
    P_ = lambda a, b, o=N: (o[0] + d[0] * a + nv[0] * b, o[1] + d[1] * a + nv[1] * b)  # along, across  # noqa: E731
    rtorso = [P_(-14, 24), P_(40, 116), P_(160, 126), P_(320, 110), P_(0, 116, Hp), P_(260, 124, Hp), P_(260, -116, Hp),
              P_(0, -104, Hp), P_(330, -104), P_(200, -132), P_(100, -126), P_(24, -70)]
    doc.blob([(x - 10, y + 10) for x, y in rtorso], "#04060a", 0.5, extra=doc.blur(14))
    shade(doc, rtorso, tunic, L.L, sw=26, lw=18, rw=5)
    doc.group(clip=doc.clip(smooth(rtorso)))
    # her top's crossed front and the dark under-layer at the neck; the belt at the hips
    doc.blob(lens(P_(0, -40), P_(260, -20), 24, 10), L.tones(RM["un"], amb_k=0.22)[0], 0.9)
    doc.blob(lens(P_(20, 60), P_(300, 70), -18, -7), tunic[1], 0.55)
    doc.blob(lens(P_(60, 90), P_(330, 90), 10, 4), tunic[2], 0.45)
    doc.poly([P_(-20, -140, Hp), P_(-20, 140, Hp), P_(26, 140, Hp), P_(26, -140, Hp)], L.tones(RM["belt"], amb_k=0.25)[1],
             0.95)
    doc.end()
    # ---- her right arm in its sling: the forearm across the front of her body, cradled in
    # a pale cloth hanging under her chest at the waist, the fingers out of its front end;
    # the cloth's ends up round her neck, tied in a knot on her left shoulder
    elS = P_(360, -20)
    wrS = P_(250, -170)
    knot = P_(70, 96)
    doc.blob(limb([(elS[0] + 20, elS[1] - 20), P_(200, 80), knot], [28, 26, 24]), sling[1])  # up her back
    mid = lerp(elS, wrS, 0.5)
    cradle = [(elS[0] + 26, elS[1] - 40), (elS[0] + 46, elS[1] + 20), (elS[0] + 10, elS[1] + 70),
              (mid[0], mid[1] + 96), (wrS[0] - 6, wrS[1] + 60), (wrS[0] - 30, wrS[1] + 10), (wrS[0] + 4, wrS[1] - 28),
              (mid[0] + 20, mid[1] - 34)]
    shade(doc, cradle, sling, L.L, sw=20, lw=9, rw=3)
    for t in (0.2, 0.45, 0.7):
        a_ = lerp((elS[0] + 10, elS[1] - 20), (wrS[0] + 6, wrS[1] - 10), t)
        doc.blob(lens(a_, (a_[0] - 8, a_[1] + 70 - 30 * t), -7, -2), sling[1], 0.5)
    # her fingers out of the cradle's front end
    hand(doc, wrS[0] + 20, wrS[1] + 10, 150, 0.42, False, skR, L.L, curl=0.5)
    doc.blob(lens((wrS[0] - 30, wrS[1] + 10), (wrS[0] + 4, wrS[1] - 28), 8, 3), sling[0])
    # the strap from the cradle's front end up her chest toward the knot
    doc.blob(limb([(wrS[0] + 4, wrS[1] - 16), P_(120, -110), P_(30, -60)], [30, 28, 26]), sling[0])
    doc.blob(strand([(wrS[0] + 10, wrS[1] - 18), P_(120, -102), P_(34, -52)], 6, 1), sling[2], 0.6)
    # ---- her head tipped down over his, her lips at his temple
    # (no light wash over her face: its edge drew a crease down her cheek that aged her)
    profile_head(doc, REY, exR, eyR, sR, True, L, deg=degR, eyes="closed", brows="soft", mouth="closed", blush=0.7,
                 neck=220, sep=0.55)
    # the sling's knot on top of her left shoulder, its two ends
    for tip in (P_(30, 126), P_(84, 128)):
        shade(doc, strand([knot, lerp(knot, tip, 0.6), tip], 18, 0.6), sling, L.L, sw=5, lw=3, rw=0)
    doc.blob(limb([P_(30, -60), P_(10, 20), knot], [26, 24, 24]), sling[0])
    doc.ellipse(knot[0], knot[1], 24, 19, sling[0])
    doc.ellipse(knot[0] - 5, knot[1] - 6, 11, 7, sling[2], 0.7)
    # ---- her near (left) arm: from the shoulder down and forward, the hand resting open on
    # the top of his shoulder, the fingers over it toward his back
    shR = P_(50, 0)
    # (low on the shoulder, so that her forearm passes under his chin and leaves his face clear)
    wrR = (shK[0] + 34, shK[1] + 14)
    elR = lerp(shR, wrR, 0.5)
    elR = (elR[0] + 60, elR[1] + 110)
    arm(doc, [shR, lerp(shR, elR, 0.5), elR], [84, 76, 68], sleeve, L.L, sw=16, lw=8, rw=3)
    arm(doc, [elR, lerp(elR, wrR, 0.5), wrR], [64, 56, 48], sleeve, L.L, sw=12, lw=6, rw=3)
    wrap_bands(doc, lerp(elR, wrR, 0.2), wrR, [52, 46], wrapsR, L.L)
    hdeg = 196
    hand_shadow(doc, wrR[0], wrR[1], hdeg, 0.56, False, L.L, curl=0.3)
    hand(doc, wrR[0], wrR[1], hdeg, 0.56, False, skR, L.L, curl=0.3, spread=0.06)
    # the viewport's light over their heads
    doc.rect(doc.radial(980, 300, 700, [(0, "#cfe0ff", 0.07), (1, "#cfe0ff", 0)], 1, 0.7))
    calm(doc, 760, 0.55)
    vignette(doc, 0.6)
    return doc


# =========================================================================== chapter 5: after the grenade
def courtyard_far(doc, rng, wall_top=110, ground=470):
    """The fortress courtyard at night seen from standing height: the sky, the far wall with
    its parapet, courses of stone and the arched gate on the left, red alarm lamps, and the
    flagstones running toward the eye in perspective."""
    doc.rect(doc.linear(0, 0, 0, wall_top, [(0, "#050203", 1), (1, "#12060a", 1)]))
    for k in range(34):
        doc.circle(rng.u(0, W), rng.u(0, wall_top - 20), rng.u(0.8, 2), "#e8c8c0", rng.u(0.2, 0.6))
    doc.rect(doc.linear(0, wall_top, 0, ground, [(0, "#241012", 1), (1, "#361416", 1)]), 0, wall_top, W,
             ground - wall_top)
    doc.rect("#16070a", 0, wall_top - 12, W, 20)
    doc.rect("#4a1c1e", 0, wall_top + 8, W, 4, 0.6)
    y, row = wall_top + 14, 0
    while y < ground:
        hgt = 46
        doc.rect("#16070a", 0, y + hgt - 3, W, 3, 0.5)
        x = -rng.u(0, 70) if row % 2 else -rng.u(50, 120)
        while x < W:
            wd = rng.u(110, 190)
            if rng.u(0, 1) < 0.3:
                doc.rect("#4a1c1e" if rng.u(0, 1) < 0.5 else "#1e0a0c", x + 3, y + 2, wd - 6, hgt - 6, 0.3)
            doc.rect("#16070a", x + wd - 3, y, 3, hgt - 2, 0.45)
            x += wd
        y += hgt
        row += 1
    # the gate on the left, where the troopers came from: the arch's stones and the dark door
    ax, aw, atop = 330, 210, 200
    r = aw / 2
    doc.path(f"M{ax - r - 28} {ground} L{ax - r - 28} {atop + r} A{r + 28} {r + 28} 0 0 1 {ax + r + 28} {atop + r} "
             f"L{ax + r + 28} {ground} Z", "#4a2022")
    for k in range(11):
        a = math.pi + k / 10 * math.pi
        doc.add(f'<path d="M{n(ax + math.cos(a) * r)} {n(atop + r + math.sin(a) * r)} L{n(ax + math.cos(a) * (r + 28))} '
                f'{n(atop + r + math.sin(a) * (r + 28))}" stroke="#1e0a0c" stroke-width="3"/>')
    door = f"M{ax - r} {ground} L{ax - r} {atop + r} A{r} {r} 0 0 1 {ax + r} {atop + r} L{ax + r} {ground} Z"
    doc.path(door, "#0c0506")
    # the door stands open: a wedge of hot light inside
    doc.path(f"M{ax - r + 20} {ground} L{ax - r + 20} {atop + r + 10} L{ax - 10} {atop + 40} L{ax - 10} {ground} Z",
             "#ff6a3a", 0.22)
    for lx, ly, big in ((ax, atop - 26, True), (1000, 150, False), (1560, 150, False)):
        rr = 220 if big else 170
        doc.circle(lx, ly, rr, doc.radial(lx, ly, rr, [(0, "#ff3a2a", 0.5), (1, "#ff3a2a", 0)]))
        doc.rect("#120406", lx - 14, ly - 9, 28, 12)
        doc.circle(lx, ly + 7, 9, "#ffd2c0")
        doc.path(f"M{lx} {ly} L{lx - 200} {ground} L{lx + 200} {ground} Z",
                 doc.linear(lx, ly, lx, ground, [(0, "#ff3020", 0.16), (1, "#ff3020", 0.03)]))
    # the flagstones, from the wall's foot toward the eye
    doc.rect(doc.linear(0, ground, 0, H, [(0, "#3a1416", 1), (1, "#1a0709", 1)]), 0, ground, W, H - ground)
    doc.rect("#12060a", 0, ground - 3, W, 8, 0.9)
    vx, vy = 960, ground - 700
    ys, k = [], 0
    while True:
        yy = ground + 8 + (k ** 1.6) * 11
        if yy > H:
            break
        ys.append(yy)
        doc.rect("#14060a", 0, yy, W, 2 + k * 0.4, 0.85)
        k += 1
    for j in range(-30, 31):
        for i in range(len(ys) - 1):
            ya, yb = ys[i], ys[i + 1]
            off = 70 if i % 2 else 0
            fa, fb = (ya - vy) / (H - vy), (yb - vy) / (H - vy)
            xa_, xb_ = vx + (j * 140 + off) * fa * 1.6, vx + (j * 140 + off) * fb * 1.6
            if -50 < xa_ < W + 50:
                doc.add(f'<path d="M{n(xa_)} {n(ya)} L{n(xb_)} {n(yb)}" stroke="#14060a" '
                        f'stroke-width="{n(1.2 + i * 0.45)}" opacity="0.85"/>')
    doc.ellipse(960, 620, 1100, 200, doc.radial(960, 620, 1100, [(0, "#ff4a30", 0.16), (1, "#ff4a30", 0)], 1, 0.2))


def stormtrooper(doc, x, y, h, deg, rng, lit="#e8eeff", arms=(-40, 30), legs=(20, -25)):
    """A small white-armoured trooper thrown backwards through the air: the body's middle at
    (x, y), h tall, rotated deg; flat shapes, a cold rim on the side toward the Force."""
    s = h / 180.0
    T = ("#b8aaa6", "#5a4446", "#f2ecea", lit)
    under = "#1a1214"
    doc.group(transform=f"translate({n(x)} {n(y)}) rotate({n(deg)}) scale({n(s)})")
    L = to_local((-1, -0.2), deg, False)
    # limbs: the black undersuit at the joints, white plates over it
    for side, (a0, ln) in ((1, (arms[0], 1)), (-1, (arms[1], 1))):
        a = math.radians(-90 + a0 * side)
        sh_ = (side * 18, -52)
        el = (sh_[0] + math.cos(a) * 40, sh_[1] + math.sin(a) * 40 * -1)
        wr = (el[0] + math.cos(a - 0.5 * side) * 38, el[1] - math.sin(a - 0.5 * side) * 38)
        doc.blob(limb([sh_, el, wr], [17, 14, 12]), under)
        shade(doc, limb([sh_, el], [18, 15]), T, L, sw=4, lw=3, rw=2)
        shade(doc, limb([el, wr], [15, 12]), T, L, sw=4, lw=3, rw=2)
        doc.circle(wr[0], wr[1], 7, under)
    for side, a0 in ((1, legs[0]), (-1, legs[1])):
        a = math.radians(90 - a0)
        hp = (side * 10, 26)
        kn = (hp[0] + math.cos(a) * 46, hp[1] + math.sin(a) * 46)
        ft = (kn[0] + math.cos(a + 0.3) * 46, kn[1] + math.sin(a + 0.3) * 46)
        doc.blob(limb([hp, kn, ft], [22, 17, 14]), under)
        shade(doc, limb([hp, kn], [22, 18]), T, L, sw=5, lw=3, rw=2)
        shade(doc, limb([kn, ft], [17, 14]), T, L, sw=4, lw=3, rw=2)
        doc.ellipse(ft[0], ft[1] + 4, 10, 6, "#2a2224")
    # the torso's plates, the belt
    shade(doc, [(-24, -62), (24, -62), (28, -20), (20, 24), (-20, 24), (-28, -20)], T, L, sw=6, lw=4, rw=2)
    doc.rect(under, -22, 8, 44, 8)
    doc.rect("#8a7a76", -6, 8, 12, 8)
    doc.blob(lens((-18, -40), (18, -40), 4, 2), T[1], 0.6)
    # the helmet: a rounded dome, the dark visor's T, the breathing grille
    shade(doc, [(-17, -112), (0, -120), (17, -112), (20, -90), (14, -68), (-14, -68), (-20, -90)], T, L, sw=5, lw=3,
          rw=2)
    doc.blob([(-14, -98), (14, -98), (12, -92), (3, -92), (3, -80), (-3, -80), (-3, -92), (-12, -92)], "#0e0a0c")
    doc.blob([(-7, -76), (7, -76), (5, -70), (-5, -70)], "#3a2e30")
    doc.end()


def bolt(doc, a, b, col="#ff3a2a", core="#ffe0d0", w=7):
    """A blaster bolt: a short glowing streak from a to b."""
    d = f"M{n(a[0])} {n(a[1])} L{n(b[0])} {n(b[1])}"
    doc.add(f'<path d="{d}" stroke="{col}" stroke-width="{n(w * 3)}" stroke-linecap="round" opacity="0.45"'
            f'{doc.blur(w * 0.9)}/>')
    doc.add(f'<path d="{d}" stroke="{col}" stroke-width="{n(w)}" stroke-linecap="round"/>')
    doc.add(f'<path d="{d}" stroke="{core}" stroke-width="{n(w * 0.4)}" stroke-linecap="round"/>')


def burns(doc, rng, spots, shirt, skin, hot=True):
    """The grenade's marks on his back (as in the grenade picture): scorched patches, the
    cloth torn open in ragged rents with the reddened skin under them, embers along the
    edges, thin smoke rising. spots: (x, y, length, angle)."""
    for x, y, ln, ang in spots:
        doc.ellipse(x, y + 4, ln * 0.75, ln * 0.3, "#0c0404", 0.6, deg=ang, extra=doc.blur(6))
        top, bot = [], []
        for k in range(9):
            u = k / 8
            w = math.sin(u * math.pi) * ln * 0.12 * rng.u(0.6, 1.3) + 1
            xx = -ln / 2 + u * ln
            top.append((xx + rng.u(-3, 3), -w))
            bot.append((xx + rng.u(-3, 3), w * 0.8))
        ring = top + bot[::-1]
        doc.poly([local_to_screen(p_, x, y, ang) for p_ in ring], "#1a0606")
        doc.poly([local_to_screen((px * 0.85, py * 0.45), x, y, ang) for px, py in ring], skin[1], 0.9)
        doc.poly([local_to_screen((px * 0.6, py * 0.2 + 1), x, y, ang) for px, py in ring], "#8a2a22", 0.85)
        fl = [local_to_screen(p_, x, y, ang) for p_ in ((-ln * 0.25, 2), (ln * 0.2, 3), (ln * 0.05, ln * 0.18 + 5))]
        doc.poly(fl, shirt[1])
        doc.poly([fl[0], fl[1], lerp(fl[0], fl[2], 0.5)], shirt[2], 0.35)
        if not hot:
            continue
        doc.add(f'<path d="{smooth([local_to_screen(p_, x, y, ang) for p_ in top], closed=False)}" stroke="#ff8a3a" '
                f'stroke-width="3" fill="none" opacity="0.85"/>')
        doc.add(f'<path d="{smooth([(x, y - 8), (x - 16, y - 50), (x + 10, y - 96), (x - 6, y - 140)], closed=False)}" '
                f'stroke="#c8a8a8" stroke-width="{n(ln * 0.2)}" stroke-linecap="round" fill="none" opacity="0.13"'
                f'{doc.blur(6)}/>')


def flagstones_picture():
    """Chapter 5, beat 5.3, after the grenade: he is down on the flagstones, trying to push
    himself up on his arms, the back of his shirt burned and torn; Rey stands between him and
    the troopers running in from the gate, her hand flung out, and the Force throws them the
    width of the courtyard into the far wall. Seen from the side at standing height."""
    doc = Pic("flagstones", "Night in the stone courtyard of the fortress on Seranno, red alarm lamps on the far "
                            "wall: Kylo is down on the flagstones on the right, trying to push himself up on his arms, "
                            "his head raised, his slate shirt scorched and torn across the back with smoke rising "
                            "from it; Rey, in her dark mission clothes, stands in front of him between him and the "
                            "troopers, facing left, braced, her left arm flung out, palm open, a pale shock of the "
                            "Force bursting from it. Small white-armoured troopers are thrown back through the air "
                            "toward the far wall by the open gate; red blaster bolts, smoke drifting, a scorched "
                            "crater on the stones. No text.")
    rng = Rng(5303)
    courtyard_far(doc, rng)
    # the grenade's crater, still smoking, on the stones beyond them
    doc.ellipse(1640, 520, 150, 26, "#0a0304", 0.8, extra=doc.blur(6))
    doc.ellipse(1640, 518, 80, 12, "#ff6a2a", 0.35, extra=doc.blur(5))
    for k in range(5):
        x0 = 1590 + k * 24
        doc.add(f'<path d="{smooth([(x0, 520), (x0 - 30, 400), (x0 + 20, 280), (x0 - 20, 160), (x0 + 30, 40)], closed=False)}" '
                f'stroke="#6a5050" stroke-width="{n(rng.u(40, 70))}" stroke-linecap="round" fill="none" '
                f'opacity="0.12"{doc.blur(18)}/>')
    # ---- the Force: where her hand is, a cold light, and the shock rolling out from it to the left
    hx, hy = 318, 372
    doc.rect(doc.radial(hx, hy, 900, [(0, "#dfe8ff", 0.4), (0.25, "#a8c0ff", 0.16), (1, "#a8c0ff", 0)], 1, 0.8))
    # the troopers, thrown back through the air toward the wall by the gate
    for x, y, h, deg, ar, lg in ((90, 300, 118, -62, (-70, 10), (40, -10)), (250, 236, 100, -40, (20, 60), (10, -40)),
                                 (150, 420, 104, -80, (-30, 80), (50, 0)), (30, 200, 92, -24, (60, -20), (-10, 30))):
        stormtrooper(doc, x, y, h, deg, rng, arms=ar, legs=lg)
    # a rifle spinning away, the bolts they fired too late
    doc.group(transform="translate(420 170) rotate(-30) scale(0.8)")
    doc.rect("#1a1214", -50, -6, 100, 12)
    doc.rect("#1a1214", -10, 4, 12, 22)
    doc.rect("#6a5a5a", -50, -6, 100, 3, 0.7)
    doc.end()
    bolt(doc, (200, 520), (110, 500))
    bolt(doc, (380, 120), (300, 96))
    bolt(doc, (1700, 330), (1820, 270))
    # the shock itself: arcs rolling out from her palm, grit and smoke swept along with them
    for k, r in enumerate((70, 150, 250, 370, 510)):
        a0, a1 = math.radians(140), math.radians(222)
        p0 = (hx + math.cos(a0) * r, hy + math.sin(a0) * r * 1.1)
        p1 = (hx + math.cos(a1) * r, hy + math.sin(a1) * r * 1.1)
        doc.add(f'<path d="M{n(p0[0])} {n(p0[1])} A{n(r)} {n(r * 1.1)} 0 0 1 {n(p1[0])} {n(p1[1])}" fill="none" '
                f'stroke="#e8f0ff" stroke-width="{n(18 - k * 2.5)}" stroke-linecap="round" '
                f'opacity="{n(0.55 - k * 0.08)}"{doc.blur(3 + k * 2)}/>')
    for k in range(40):
        a = rng.u(math.radians(150), math.radians(212))
        r0 = rng.u(60, 420)
        ln = rng.u(20, 70)
        x0, y0 = hx + math.cos(a) * r0, hy + math.sin(a) * r0
        doc.add(f'<path d="M{n(x0)} {n(y0)} L{n(x0 + math.cos(a) * ln)} {n(y0 + math.sin(a) * ln)}" stroke="#f2f6ff" '
                f'stroke-width="{n(rng.u(1.2, 3))}" stroke-linecap="round" opacity="{n(rng.u(0.3, 0.8))}"/>')
    doc.circle(hx, hy, 60, doc.radial(hx, hy, 60, [(0, "#ffffff", 0.9), (0.4, "#e8f0ff", 0.5), (1, "#e8f0ff", 0)]))
    # ---- the light on the two of them: the Force's cold flash from the left, red all round
    L = Light("#3a0a0e", "#dfe8ff", (-1, -0.25), rim="#eef4ff", amb_k=0.42, key_k=0.42, deep="#0a0204")
    RM = REY_MISSION
    tunic = L.tones(RM["cl"], amb_k=0.28, key_k=0.5)
    under_ = L.tones(RM["un"], amb_k=0.28)
    sleeve = L.tones(RM["sleeve"], amb_k=0.28, key_k=0.5)
    legs = L.tones(RM["legs"], amb_k=0.28, key_k=0.45)
    rboots = L.tones("#4a3626", amb_k=0.4)
    skR = L.tones(REY["skin"])
    wraps = L.tones(RM["wraps"], amb_k=0.3, key_k=0.5)
    shirt = L.tones(KYLO["shirt"], amb_k=0.35)
    shirt_far = tuple(dark(c, 0.6) for c in shirt[:3]) + (None,)
    trous = L.tones("#3a302a", amb_k=0.35)
    boots = L.tones("#1e1614", amb_k=0.3)
    skK = L.tones(KYLO["skin"])
    skK_far = tuple(dark(c, 0.7) for c in skK[:3]) + (None,)
    # ---- Kylo, down on the stones behind her (to the right, a little farther off): his legs
    # along the stones, his hips down, his chest raised on his arms, his head lifted toward her
    gy = 800
    sK = 0.35
    eK = (1080, 450)
    degK = 12
    nbK = local_to_screen((26, 250), eK[0], eK[1], degK, sK, True)  # the base of his neck
    bx0, by0 = nbK
    doc.ellipse(1500, gy + 8, 520, 24, "#0a0204", 0.75, extra=doc.blur(6))
    # the far arm: the hand flat on the stones beyond his head
    arm(doc, [(bx0 + 10, by0 + 30), (bx0 + 60, by0 + 190), (bx0 - 110, gy - 16)], [70, 60, 50], shirt_far, L.L, rw=0)
    hand(doc, bx0 - 114, gy - 14, 186, 0.32, False, skK_far, L.L, curl=0.1, spread=0.05)
    # his legs, along the stones to the right, the boots' heels up
    trous_far = tuple(dark(c, 0.75) for c in trous[:3]) + (None,)
    arm(doc, [(1440, 740), (1660, 776), (1880, 790)], [120, 100, 80], trous_far, L.L, rw=0)
    shade(doc, [(1850, 756), (1890, 736), (1930, 752), (1950, 790), (1850, 806)], tuple(dark(c, 0.7) for c in boots[:3]) + (None,),
          L.L, sw=6, lw=4, rw=0)
    arm(doc, [(1430, 752), (1640, 792), (1860, 804), (2000, 808)], [130, 104, 80, 70], trous, L.L, sw=16, lw=8, rw=3)
    # his body from the shoulders to the hips: the chest raised off the stones on his arms,
    # the back sloping down to the hips, which are still down
    kb = [(bx0 - 34, by0 - 10), (bx0 + 20, by0 - 34), (bx0 + 120, by0 - 26), (bx0 + 240, by0 + 30), (1400, 666),
          (1490, 706), (1530, 760), (1500, 806), (1400, 808), (1300, 780), (bx0 + 140, by0 + 170), (bx0 + 30, by0 + 150),
          (bx0 - 40, by0 + 90)]
    shade(doc, kb, shirt, L.L, sw=26, lw=14, rw=5)
    doc.group(clip=doc.clip(smooth(kb)))
    doc.blob([(bx0, by0 + 120), (1300, 730), (1540, 760), (1540, 830), (bx0, 830)], shirt[1], 0.7, extra=doc.blur(12))
    # the trousers from the waist, the belt across the small of the back
    seat = [(1400, 660), (1560, 690), (1580, 830), (1380, 830), (1370, 720)]
    shade(doc, seat, trous, L.L, sw=18, lw=10, rw=0)
    doc.blob(strand([(1400, 664), (1388, 740), (1378, 812)], 24, 0.9), L.tones("#1c1412")[0])
    # the shoulder blades under the cloth, the spine's groove
    doc.blob(lens((bx0 + 50, by0 - 24), (bx0 + 220, by0 + 14), -10, -4), shirt[2], 0.5)
    doc.blob(strand([(bx0 + 40, by0 - 16), (bx0 + 160, by0 - 6), (1390, 680)], 5, 1), shirt[1], 0.7)
    doc.end()
    burns(doc, rng, [(bx0 + 90, by0 - 18, 96, 8), (bx0 + 200, by0 + 20, 84, 26), (1330, 652, 64, 30),
                     (bx0 + 140, by0 + 40, 50, 20)], shirt, skK)
    doc.group(clip=doc.clip(smooth(kb)))
    doc.ellipse(bx0 + 160, by0 + 10, 180, 50, "#0a0202", 0.35, deg=18, extra=doc.blur(18))
    doc.end()
    # his head lifted toward her, pained
    profile_head(doc, KYLO, eK[0], eK[1], sK, True, L, deg=degK, eyes="half", brows="worried", mouth="open", open_=4,
                 neck=300, sep=0.5, gaze=(2, -3), lit=("#eef4ff", 0.12))
    # the near arm, pushing: the shoulder over the hand, the elbow giving a little, the
    # hand spread on the stones
    shK = (bx0 + 46, by0 + 40)
    elK = (bx0 + 130, by0 + 200)
    wrK = (bx0 - 30, gy - 8)
    arm(doc, [shK, lerp(shK, elK, 0.5), elK], [92, 80, 70], shirt, L.L, sw=16, lw=10, rw=4)
    arm(doc, [elK, lerp(elK, wrK, 0.5), wrK], [70, 62, 54], shirt, L.L, sw=14, lw=8, rw=3)
    hand_shadow(doc, wrK[0], wrK[1], 186, 0.34, True, L.L, curl=0.1)
    hand(doc, wrK[0], wrK[1], 186, 0.34, True, skK, L.L, curl=0.1, spread=0.08)
    # ---- Rey, standing in front of him, braced, facing left: her left leg forward, the right
    # back; the torso leaning a little into the push
    sR = 0.38
    eR = (660, 248)
    degR = -6
    nr = local_to_screen((4, 250), eR[0], eR[1], degR, sR, True)
    hip = (nr[0] + 40, nr[1] + 360)
    # the back leg (her right, near): from the hip back to a knee and down
    # the forward leg (her left, far) first, then the near one
    arm(doc, [(hip[0] - 20, hip[1] - 10), (hip[0] - 120, hip[1] + 220), (hip[0] - 190, hip[1] + 500)], [120, 96, 74],
        tuple(dark(c, 0.75) for c in legs[:3]) + (None,), L.L, rw=0)
    arm(doc, [(hip[0] + 20, hip[1]), (hip[0] + 70, hip[1] + 240), (hip[0] + 160, hip[1] + 500)], [124, 98, 76], legs,
        L.L, sw=16, lw=10, rw=3)
    # her far arm (the left), flung out toward the troopers, the palm open
    shF = (nr[0] + 10, nr[1] + 46)
    elF = (nr[0] - 170, nr[1] + 22)
    wrF = (hx + 36, hy + 6)
    arm(doc, [shF, lerp(shF, elF, 0.5), elF], [70, 62, 54], sleeve, L.L, sw=12, lw=10, rw=4)
    arm(doc, [elF, lerp(elF, wrF, 0.5), wrF], [54, 46, 40], sleeve, L.L, sw=10, lw=8, rw=4)
    wrap_bands(doc, elF, wrF, [44, 38], wraps, L.L)
    hand(doc, wrF[0], wrF[1], -104, 0.36, True, skR, L.L, curl=-0.1, spread=0.14)
    # her body in profile, leaning into it: chest, waist, hips
    rb = [(nr[0] - 30, nr[1] - 6), (nr[0] + 36, nr[1] - 10), (nr[0] + 78, nr[1] + 36), (nr[0] + 80, nr[1] + 140),
          (nr[0] + 66, nr[1] + 230), (hip[0] + 62, hip[1] - 20), (hip[0] + 70, hip[1] + 60), (hip[0] - 60, hip[1] + 70),
          (hip[0] - 62, hip[1] - 30), (nr[0] - 26, nr[1] + 236), (nr[0] - 60, nr[1] + 150), (nr[0] - 58, nr[1] + 66)]
    doc.blob([(x + 10, y + 6) for x, y in rb], "#0a0204", 0.5, extra=doc.blur(10))
    shade(doc, rb, tunic, L.L, sw=22, lw=14, rw=5)
    doc.group(clip=doc.clip(smooth(rb)))
    doc.blob([(nr[0] - 30, nr[1] - 6), (nr[0] + 20, nr[1] - 8), (nr[0] - 8, nr[1] + 60)], under_[0])
    doc.blob(lens((nr[0] + 30, nr[1] - 8), (hip[0] - 60, hip[1] - 40), 18, 6), tunic[1], 0.6)
    doc.blob(lens((nr[0] + 24, nr[1] - 6), (hip[0] - 64, hip[1] - 50), 6, 2), tunic[2], 0.5)
    doc.poly([(hip[0] - 120, hip[1] - 70), (hip[0] + 120, hip[1] - 60), (hip[0] + 120, hip[1] - 28),
              (hip[0] - 120, hip[1] - 38)], L.tones(RM["belt"], amb_k=0.25)[1], 0.95)
    doc.blob(strand([(nr[0] + 60, nr[1] + 10), (nr[0], nr[1] + 200), (hip[0] - 60, hip[1] - 50)], 16, 1),
             L.tones(RM["strap"], amb_k=0.3)[0], 0.9)
    doc.end()
    profile_head(doc, REY, eR[0], eR[1], sR, True, L, deg=degR, eyes="wide", brows="angry", mouth="tight", neck=260,
                 gaze=(3, 0), lit=("#eef4ff", 0.12))
    # her near arm (the right, grazed), drawn back at her side, the fist clenched
    shN = (nr[0] + 24, nr[1] + 62)
    elN = (nr[0] + 74, nr[1] + 232)
    wrN = (nr[0] + 150, nr[1] + 346)
    shade(doc, [(shN[0] - 40, shN[1] - 10), (shN[0] - 10, shN[1] - 40), (shN[0] + 30, shN[1] - 36),
                (shN[0] + 46, shN[1]), (shN[0] + 40, shN[1] + 50), (shN[0] - 36, shN[1] + 50)], sleeve, L.L, sw=10,
          lw=10, rw=4)
    arm(doc, [shN, lerp(shN, elN, 0.5), elN], [76, 66, 56], sleeve, L.L, sw=12, lw=10, rw=4)
    doc.blob(lens((shN[0] - 20, shN[1] + 40), (shN[0] + 10, shN[1] + 60), 8, -4), "#6a0e14", 0.85)  # the graze
    doc.blob(lens((shN[0] - 14, shN[1] + 44), (shN[0] + 4, shN[1] + 56), 3, -2), "#b8383a", 0.8)
    arm(doc, [elN, lerp(elN, wrN, 0.5), wrN], [56, 48, 42], sleeve, L.L, sw=10, lw=8, rw=4)
    wrap_bands(doc, elN, wrN, [44, 38], wraps, L.L)
    hand(doc, wrN[0], wrN[1], 56, 0.34, True, skR, L.L, kind="fist")
    # sparks and embers in the air, smoke over all of it
    for k in range(26):
        x, y = rng.u(700, 1600), rng.u(150, 640)
        ln = rng.u(6, 16)
        doc.add(f'<path d="M{n(x)} {n(y)} l{n(-ln)} {n(-ln * 0.3)}" stroke="#ffb070" stroke-width="{n(rng.u(1.5, 3))}" '
                f'stroke-linecap="round" opacity="{n(rng.u(0.3, 0.8))}"/>')
    calm(doc, 760, 0.55)
    vignette(doc, 0.55)
    return doc


def injector_picture():
    """Chapter 5, beat 5.4: in the ship's hold, he sits hunched on the bench, elbows on his
    knees, his back (its shirt a burned ruin) kept off the wall; Rey kneels on the deck in
    front of him, the medkit open beside her, and presses the small blue injector to the side
    of his neck, her face worried. The viewport's hyperspace light from above, as in the
    temple picture."""
    doc = Pic("injector", "The ship's dim hold in hyperspace: Kylo sits hunched on the bench, elbows on his knees, "
                          "his head hanging, eyes shut in pain, the scar down his right cheek, the back of his slate "
                          "shirt burned and torn; Rey, in her dark mission clothes, kneels on the deck in front of "
                          "him, leaning in, and presses a small blue injector to the side of his neck, her face "
                          "worried, her other hand on his knee, a graze bleeding on her upper arm. An open medkit and "
                          "its dropped lid on the deck; a viewport full of hyperspace streaks high in the wall. "
                          "No text.")
    rng = Rng(5405)
    ship_hold_background(doc, rng)
    L = Light("#14203a", "#cfe0ff", (0.15, -1), rim="#dfeaff", amb_k=0.36, key_k=0.4, deep="#04060a")
    skK = L.tones(KYLO["skin"])
    skR = L.tones(REY["skin"])
    shirt = L.tones(KYLO["shirt"], amb_k=0.3)
    trK = L.tones("#2a2c34", amb_k=0.3)
    bootK = L.tones("#16151a", amb_k=0.3)
    RM = REY_MISSION
    tunic = L.tones(RM["cl"], amb_k=0.25, key_k=0.45)
    under_ = L.tones(RM["un"], amb_k=0.25)
    sleeve = L.tones(RM["sleeve"], amb_k=0.25, key_k=0.45)
    legsR = L.tones(RM["legs"], amb_k=0.25, key_k=0.4)
    wraps = L.tones(RM["wraps"], amb_k=0.28, key_k=0.5)
    # ---- Kylo on the bench, facing right: hips on the seat, thighs forward to the knees,
    # the torso bent far forward, elbows on his knees, his head hanging
    sK, degK = 0.5, 44
    eK = (1010, 380)
    nb = local_to_screen((24, 250), eK[0], eK[1], degK, sK, False)  # the base of his neck
    hip = (600, 800)
    knee = (1090, 790)
    # the far leg, a shade back: thigh, shin down to the deck
    trK_far = tuple(dark(c, 0.7) for c in trK[:3]) + (None,)
    arm(doc, [(hip[0] + 20, hip[1] - 10), (knee[0] - 40, knee[1] - 30), (knee[0] - 60, 1120)], [150, 120, 100], trK_far,
        L.L, rw=0)
    # the near leg
    arm(doc, [hip, lerp(hip, knee, 0.5), knee], [170, 150, 130], trK, L.L, sw=20, lw=12, rw=4)
    arm(doc, [(knee[0] - 10, knee[1]), (knee[0] + 10, 960), (knee[0] + 20, 1120)], [126, 110, 96], trK, L.L, sw=16,
        lw=10, rw=3)
    doc.blob(lens((knee[0] - 60, knee[1] - 56), (knee[0] + 50, knee[1] - 40), -10, -4), trK[2], 0.6)
    # the torso, bent forward over his knees: the rounded back from the nape down to the seat,
    # the chest and belly folded toward his thighs
    kb = [(nb[0] + 50, nb[1] + 30), (nb[0] - 20, nb[1] - 40), (nb[0] - 110, nb[1] - 54), (nb[0] - 230, nb[1] - 16),
          (nb[0] - 300, nb[1] + 70), (hip[0] - 20, hip[1] - 170), (hip[0] - 40, hip[1] - 90), (hip[0] + 20, hip[1] - 50),
          (hip[0] + 180, hip[1] - 40), (knee[0] - 220, knee[1] - 80), (nb[0] + 60, nb[1] + 200)]
    # the seat of his trousers on the bench, the belt at the waist (drawn under the shirt's hem)
    seat = [(hip[0] - 60, hip[1] - 110), (hip[0] + 80, hip[1] - 90), (hip[0] + 240, hip[1] - 40),
            (hip[0] + 240, hip[1] + 50), (hip[0] - 30, hip[1] + 50), (hip[0] - 76, hip[1] - 20)]
    shade(doc, seat, trK, L.L, sw=18, lw=10, rw=3)
    doc.blob(strand([(hip[0] - 50, hip[1] - 96), (hip[0] + 60, hip[1] - 70), (hip[0] + 200, hip[1] - 40)], 22, 1),
             L.tones("#1c1412")[0])

    doc.blob([(x - 10, y + 10) for x, y in kb], "#04060a", 0.5, extra=doc.blur(12))
    shade(doc, kb, shirt, L.L, sw=30, lw=16, rw=5)
    doc.group(clip=doc.clip(smooth(kb)))
    doc.blob([(nb[0] + 60, nb[1] + 120), (knee[0] - 200, knee[1] - 120), (hip[0] + 100, hip[1] - 10),
              (hip[0] + 200, hip[1] + 60), (nb[0] + 200, nb[1] + 300)], shirt[1], 0.75, extra=doc.blur(14))
    # the shoulder blade standing up under the cloth, folds down the side
    doc.blob(lens((nb[0] - 80, nb[1] - 50), (nb[0] - 260, nb[1] + 10), -14, -6), shirt[2], 0.5)
    for a_, b_, bl in (((nb[0] - 160, nb[1] + 70), (hip[0] + 40, hip[1] - 140), 12),
                       ((nb[0] - 60, nb[1] + 150), (hip[0] + 160, hip[1] - 60), 10)):
        doc.blob(lens(a_, b_, bl, bl * 0.4), shirt[1], 0.7)
        doc.blob(lens((a_[0] + 4, a_[1] - 6), (b_[0] + 4, b_[1] - 6), bl * 0.5, bl * 0.2), shirt[2], 0.35)
    doc.end()
    # the ruined back of the shirt: burned, torn, the cloth cooled now (no embers)
    burns(doc, rng, [(nb[0] - 110, nb[1] - 12, 100, 4), (nb[0] - 220, nb[1] + 30, 90, 30),
                     (nb[0] - 270, nb[1] + 120, 70, 58), (nb[0] - 160, nb[1] + 56, 50, 16)], shirt, skK, hot=False)
    # the standing collar at the nape
    doc.blob([(nb[0] - 40, nb[1] - 30), (nb[0] + 10, nb[1] - 56), (nb[0] + 80, nb[1] - 20), (nb[0] + 70, nb[1] + 20),
              (nb[0] + 20, nb[1] + 6)], shirt[1], 0.95)
    # his head hanging, eyes shut, the pain in his brows and set mouth
    profile_head(doc, KYLO, eK[0], eK[1], sK, False, L, deg=degK, eyes="closed", brows="worried", mouth="tight",
                 neck=280, sep=0.4, lit=("#dfeaff", 0.08))
    # his near arm: the shoulder, the elbow on his knee, the forearm hanging between his
    # knees, the hand loose
    shK = (nb[0] - 60, nb[1] + 60)
    elK = (knee[0] - 20, knee[1] - 70)
    wrK = (knee[0] + 120, knee[1] + 150)
    arm(doc, [shK, lerp(shK, elK, 0.5), elK], [124, 108, 92], shirt, L.L, sw=22, lw=12, rw=4)
    doc.blob(lens(lerp(shK, elK, 0.3), lerp(shK, elK, 0.7), 12, 4), shirt[1], 0.5)
    arm(doc, [elK, lerp(elK, wrK, 0.5), wrK], [92, 82, 72], shirt, L.L, sw=16, lw=10, rw=4)
    hand(doc, wrK[0], wrK[1], 70, 0.46, False, skK, L.L, kind="rest", curl=0.6)
    # ---- Rey, kneeling on the deck in front of his knees, facing left, leaning in to him
    sR, degR = 0.46, 10
    eR = (1410, 316)
    nr = local_to_screen((4, 250), eR[0], eR[1], degR, sR, True)
    hipR = (nr[0] + 120, nr[1] + 350)
    # the medkit open on the bench behind her, its lid leaning on the wall, its vials showing
    kx0, ky0 = 1690, 820
    doc.ellipse(kx0 + 100, ky0 + 2, 120, 10, "#04060a", 0.6, extra=doc.blur(4))
    doc.group(transform=f"translate({kx0 + 20} {ky0 - 96}) rotate(-14)")
    doc.add('<rect x="0" y="-70" width="180" height="76" rx="10" fill="#8e9aa4"/>')
    doc.add('<rect x="0" y="-70" width="180" height="10" rx="5" fill="#dfe8ee" opacity="0.7"/>')
    doc.rect("#c8323a", 72, -44, 36, 10)
    doc.rect("#c8323a", 85, -57, 10, 36)
    doc.end()
    doc.add(f'<rect x="{kx0}" y="{ky0 - 100}" width="200" height="100" rx="10" fill="#b8c4cc"/>')
    doc.add(f'<rect x="{kx0}" y="{ky0 - 100}" width="200" height="14" rx="6" fill="#e8f0f6" opacity="0.8"/>')
    doc.rect("#7e8a94", kx0, ky0 - 20, 200, 20, 0.6)
    doc.rect("#2a3440", kx0 + 12, ky0 - 112, 176, 26)
    for k in range(4):
        doc.rect(["#4fa0ff", "#d8e2ea", "#4fc3b4", "#d8e2ea"][k], kx0 + 26 + k * 40, ky0 - 126, 24, 30)
    doc.rect("#1c2430", kx0 + 26, ky0 - 126, 24, 30, 0.7)  # the blue injector's empty slot
    # her thighs and knees (under the dialogue box), the kneeling legs
    arm(doc, [(hipR[0] + 20, hipR[1]), (hipR[0] - 150, hipR[1] + 150), (hipR[0] - 120, 1140)], [140, 116, 96], legsR,
        L.L, sw=16, lw=10, rw=3)
    # her body upright on her knees, leaning toward him
    rb = [(nr[0] - 36, nr[1] - 6), (nr[0] + 40, nr[1] - 12), (nr[0] + 92, nr[1] + 36), (nr[0] + 104, nr[1] + 130),
          (nr[0] + 110, nr[1] + 220), (hipR[0] + 70, hipR[1] - 40), (hipR[0] + 100, hipR[1] + 60),
          (hipR[0] - 80, hipR[1] + 80), (hipR[0] - 84, hipR[1] - 40), (nr[0] - 10, nr[1] + 230),
          (nr[0] - 70, nr[1] + 160), (nr[0] - 70, nr[1] + 70)]
    doc.blob([(x - 10, y + 8) for x, y in rb], "#04060a", 0.5, extra=doc.blur(10))
    shade(doc, rb, tunic, L.L, sw=24, lw=14, rw=5)
    doc.group(clip=doc.clip(smooth(rb)))
    doc.blob([(nr[0] - 36, nr[1] - 6), (nr[0] + 26, nr[1] - 10), (nr[0] - 6, nr[1] + 70)], under_[0])
    doc.blob(lens((nr[0] + 36, nr[1] - 10), (hipR[0] - 70, hipR[1] - 50), 20, 7), tunic[1], 0.6)
    doc.blob(lens((nr[0] + 30, nr[1] - 8), (hipR[0] - 74, hipR[1] - 60), 7, 2), tunic[2], 0.5)
    doc.poly([(hipR[0] - 140, hipR[1] - 80), (hipR[0] + 140, hipR[1] - 70), (hipR[0] + 140, hipR[1] - 34),
              (hipR[0] - 140, hipR[1] - 44)], L.tones(RM["belt"], amb_k=0.25)[1], 0.95)
    doc.blob(strand([(nr[0] + 70, nr[1] + 10), (nr[0], nr[1] + 230), (hipR[0] - 70, hipR[1] - 60)], 18, 1),
             L.tones(RM["strap"], amb_k=0.3)[0], 0.9)
    doc.end()
    # her head, facing him, looking at the injector at his neck, worried
    profile_head(doc, REY, eR[0], eR[1], sR, True, L, deg=degR, eyes="down", brows="worried", mouth="part", open_=3,
                 neck=260, sep=0.4, gaze=(2, 3), lit=("#e6efff", 0.12))
    # the injector's point on his neck, under the ear
    pt = local_to_screen((60, 170), eK[0], eK[1], degK, sK, False)
    # her near arm (the right, the graze bleeding through the sleeve), reaching to his neck
    shN = (nr[0] + 20, nr[1] + 64)
    wrN = (pt[0] + 96, pt[1] + 40)
    elN = (lerp(shN, wrN, 0.5)[0] + 10, lerp(shN, wrN, 0.5)[1] + 110)
    shade(doc, [(shN[0] - 44, shN[1] - 10), (shN[0] - 10, shN[1] - 44), (shN[0] + 34, shN[1] - 40),
                (shN[0] + 50, shN[1]), (shN[0] + 44, shN[1] + 54), (shN[0] - 40, shN[1] + 54)], sleeve, L.L, sw=10,
          lw=10, rw=4)
    arm(doc, [shN, lerp(shN, elN, 0.5), elN], [80, 70, 60], sleeve, L.L, sw=14, lw=10, rw=4)
    g = lerp(shN, elN, 0.35)
    doc.blob(lens((g[0] - 16, g[1] - 12), (g[0] + 20, g[1] + 6), 9, -4), "#6a0e14", 0.9)  # the graze
    doc.blob(lens((g[0] - 10, g[1] - 8), (g[0] + 12, g[1] + 3), 3, -2), "#b8383a", 0.85)
    arm(doc, [elN, lerp(elN, wrN, 0.5), wrN], [60, 52, 44], sleeve, L.L, sw=12, lw=8, rw=4)
    wrap_bands(doc, elN, wrN, [50, 42], wraps, L.L)
    # the injector: a short blue cylinder held in her fist, its tip at his neck, a little hiss of vapour
    ang = math.degrees(math.atan2(pt[1] - wrN[1], pt[0] - wrN[0]))
    doc.group(transform=f"translate({n(pt[0])} {n(pt[1])}) rotate({n(ang)})")
    doc.add('<rect x="-96" y="-13" width="92" height="26" rx="9" fill="#2f6fd0"/>')
    doc.add('<rect x="-96" y="-13" width="92" height="7" rx="4" fill="#9cc8ff" opacity="0.8"/>')
    doc.rect("#d8e2ea", -8, -6, 10, 12)
    doc.circle(-50, 0, 5, "#bfe4ff", 0.9)
    doc.end()
    doc.circle(pt[0], pt[1], 34, doc.radial(pt[0], pt[1], 34, [(0, "#e8f4ff", 0.5), (1, "#e8f4ff", 0)]))
    hand(doc, wrN[0] - 8, wrN[1] - 4, ang, 0.4, True, skR, L.L, kind="fist")
    # the viewport's light over their heads
    doc.rect(doc.radial(1100, 260, 760, [(0, "#cfe0ff", 0.07), (1, "#cfe0ff", 0)], 1, 0.7))
    calm(doc, 760, 0.55)
    vignette(doc, 0.6)
    return doc


def shoulder_picture():
    """Chapter 7, beat 7.4, the last lines: the cell at night, rain begun on the roof; they
    sit side by side on the cell's bench, as on the stage (Rey on the left, Ben on the
    right), turned a little to each other: her head leaning on his near shoulder, eyes
    closed, his cheek bowed to her hair; his near arm round her behind her back, his hand
    at her far side, his other hand across his lap to hers, its bandaged wrist in her hands.
    The moonlight through the slit is the light, as in the kiss pictures, and the figures
    are drawn as there (large heads, short seated bodies). A wider view than the kisses:
    the bench's plank seen a little from above, both their hips on it, their thighs
    forward over its edge and their knees just above the dialogue box."""
    doc = Pic("shoulder", "The cell at night, the lamp dimmed, moonlight through a slit, rain streaking past it: Rey "
                          "and Ben sit close together on the cell's metal bench, she on the left, he on the right; "
                          "she leans her head on his shoulder, eyes closed, a small smile; he bows his head to hers, "
                          "his cheek against her hair, eyes closed, bruised, his arm round her, his worn grey-brown "
                          "shirt torn at his other shoulder over scraped skin; his hand rests in her lap, her hands "
                          "round it and round the bandage on his wrist. No text.")
    rng = Rng(7404)
    cell_background(doc)
    # rain on the roof: a few streaks running down past the slit of moonlight
    doc.group(clip=doc.clip("M1440 156 L1464 156 L1464 384 L1440 384 Z"))
    rain_streaks(doc, rng, 40, "#5a7090", 0.8, x0=1430, x1=1480, y0=150, y1=390, length=(20, 50), slant=0.08, width=2)
    doc.end()
    P = KYLO_B
    L = Light("#141c2a", "#d6e4ff", (0.8, -0.6), rim="#e4eeff", amb_k=0.38, key_k=0.32, deep="#04060a")
    skR = L.tones(REY["skin"])
    skK = L.tones(P["skin"], amb_k=0.3)
    shirt = L.tones(KYLO_CELL["shirt"], amb_k=0.36)
    sleeve_k = L.tones(KYLO_CELL["sleeve"], amb_k=0.36)
    cuff = L.tones(KYLO_CELL["cuff"], amb_k=0.36)
    tunic = L.tones(REY["tunic"], amb_k=0.5)
    sleeve = L.tones(REY["sleeve"], amb_k=0.5)
    wraps = L.tones(REY["wraps"], amb_k=0.5)
    trR = L.tones("#9a8a6e", amb_k=0.45)
    trK = L.tones(KYLO_CELL["trousers"], amb_k=0.42)
    # ---- the bench along the back wall: its plank seen a little from above (the top from
    # the wall to the moonlit front edge), its front face in shadow, the floor's dark below
    back, seat, front = 580, 632, 704  # the plank's back edge, where their hips rest, its front edge
    doc.poly([(0, back), (W, back), (W, front), (0, front)], doc.linear(0, back, 0, front, [(0, "#141c27", 1),
                                                                                            (1, "#2a3848", 1)]))
    doc.rect(doc.radial(1250, front, 760, [(0, "#a9c8ff", 0.22), (1, "#a9c8ff", 0)], 1, 0.12), 0, back, W, front - back)
    for x_ in range(-40, W, 240):  # the plank's seams, running from the wall to its edge
        doc.poly([(x_ + 60, back), (x_ + 63, back), (x_ + (x_ - 900) * 0.08 + 63, front),
                  (x_ + (x_ - 900) * 0.08 + 60, front)], "#0a1018", 0.5)
    doc.rect("#05080c", 0, back - 4, W, 8, 0.85)
    doc.rect("#b4cae8", 0, front - 3, W, 3, 0.6)
    doc.poly([(0, front), (W, front), (W, H), (0, H)], "#0b1118")
    doc.rect(doc.linear(0, front, 0, front + 120, [(0, "#000000", 0.5), (1, "#000000", 0)]), 0, front, W, 120)
    # ---- where they meet: her cheek on his near shoulder, his cheek on her hair
    sR, sK = 0.46, 0.48
    shN = (940, 372)  # the front of his near (right) shoulder, where her face rests
    degR = 40
    eR = ear_for((shN[0] + 4, shN[1] + 4), (140, 40), sR, degR, False)
    crown = local_to_screen((10, -205), eR[0], eR[1], degR, sR, False)
    degK = -30
    eK = ear_for((crown[0] + 6, crown[1] + 8), (110, 130 * P["scale_y"]), sK, degK, True)
    kx, ky = local_to_screen((20, 250), eK[0], eK[1], degK, sK, True)  # the base of his neck
    rx, ry = local_to_screen((4, 250), eR[0], eR[1], degR, sR, False)  # the base of hers
    # ---- the two seated bodies: his hips under his neck (he leans a little to her), hers
    # beside his, both on the plank at the same height
    hipK = (kx + 110, seat)
    hipR = (rx - 60, seat)
    shNK = (kx - 124, ky + 70)  # his near shoulder's outer edge
    shF = (kx + 130, ky + 62)  # his far (left) shoulder, the torn one
    # the thighs: from the hip joints forward over the front edge to the knees (seen from in
    # front, so short); his a little apart, hers turned a little toward him
    kneeK = ((hipK[0] - 118, front + 46), (hipK[0] + 104, front + 50))
    thK = (((hipK[0] - 66, seat + 4), kneeK[0]), ((hipK[0] + 66, seat + 4), kneeK[1]))
    kneeR = ((hipR[0] + 0, front + 30), (hipR[0] + 104, front + 26))
    thR = (((hipR[0] - 54, seat + 12), kneeR[0]), ((hipR[0] + 54, seat + 12), kneeR[1]))
    # the shins, down from the knees past the bench's face (under the dialogue box)
    for kn, w in ((kneeK[0], 96), (kneeK[1], 96), (kneeR[0], 82), (kneeR[1], 82)):
        T = trK if w > 90 else trR
        arm(doc, [(kn[0], kn[1] + 10), (kn[0] + 2, kn[1] + 140), (kn[0] + 4, kn[1] + 300)], [w, w - 12, w - 20], T,
            L.L, sw=14)
        doc.ellipse(kn[0] - 6, kn[1] + 50, w * 0.5, 30, "#04060a", 0.5, extra=doc.blur(8))  # under the knee
    # the thighs' shadows on the plank, down and to the left, away from the moon
    for hp, kn in thK + thR:
        doc.blob(lens((hp[0] - 70, hp[1] + 40), (kn[0] - 70, kn[1] - 4), 40, -30), "#04060a", 0.45,
                 extra=doc.blur(10))
    # their shadow on the plank behind them
    doc.ellipse((hipR[0] + hipK[0]) / 2, seat + 10, 330, 30, "#04060a", 0.55, extra=doc.blur(12))
    # ---- Ben: his near arm first, down behind her back (round her)
    elN = (shNK[0] - 40, seat - 150)
    arm(doc, [(shNK[0] + 30, shNK[1] + 10), lerp((shNK[0] + 30, shNK[1] + 10), elN, 0.5), elN], [96, 90, 80],
        sleeve_k, L.L)
    torso = [(kx - 50, ky - 8), (kx + 50, ky - 6), (shF[0] - 16, shF[1] - 16), (shF[0] + 32, shF[1] + 34),
             (shF[0] + 30, ky + 200), (hipK[0] + 146, seat - 40), (hipK[0] + 140, seat + 6), (hipK[0] - 150, seat + 6),
             (hipK[0] - 160, seat - 50), (shNK[0] + 10, ky + 200), (shNK[0] - 4, shNK[1] + 20), (shNK[0] + 36, shNK[1] - 30)]
    doc.blob([(x + 10, y + 8) for x, y in torso], "#04060a", 0.5, extra=doc.blur(10))
    shade(doc, torso, shirt, L.L, sw=30, lw=12, rw=4)
    doc.group(clip=doc.clip(smooth(torso)))
    doc.blob(lens((kx + 6, ky + 20), (hipK[0] - 10, seat - 40), 12, 5), shirt[1], 0.55)  # the placket's shadow
    for t_ in (0.25, 0.45, 0.65):
        p_ = lerp((kx + 12, ky + 30), (hipK[0] - 4, seat - 40), t_)
        doc.circle(p_[0], p_[1], 4, dark(KYLO_CELL["shirt"], 0.6))
    doc.blob(lens((shF[0] - 30, ky + 100), (hipK[0] + 100, seat - 60), -10, -4), shirt[1], 0.5)
    # the waist: the shirt gathered into his trousers above his lap
    doc.blob([(hipK[0] - 170, seat - 56), (hipK[0] + 160, seat - 50), (hipK[0] + 160, seat + 20),
              (hipK[0] - 170, seat + 20)], trK[0], 0.95)
    doc.end()
    # the open collar at the throat
    doc.blob([(kx - 44, ky - 6), (kx - 24, ky - 28), (kx + 34, ky - 30), (kx + 56, ky - 6), (kx + 14, ky + 50)],
             shirt[1], 0.9)
    doc.blob([(kx - 26, ky - 4), (kx + 34, ky - 6), (kx + 10, ky + 40)], skK[1], 0.95)
    # his lap: the thighs forward over the plank toward us, the knees over its edge
    for hp, kn in thK:
        arm(doc, [hp, lerp(hp, kn, 0.5), kn], [140, 130, 112], trK, L.L, sw=16, lw=10, rw=4)
        doc.ellipse(kn[0] + 16, kn[1] - 26, 40, 20, trK[2], 0.35, extra=doc.blur(6))  # the knee's top, lit
    # his far arm down his side to the elbow at his hip, the forearm across his lap to hers
    elF = (shF[0] + 10, seat - 70)
    hk = (hipR[0] + 44, seat - 4)  # his hand, in her lap
    sv = lerp(elF, hk, 0.3)
    arm(doc, [(shF[0] + 4, shF[1] + 34), lerp((shF[0] + 4, shF[1] + 34), elF, 0.5), elF, sv], [96, 88, 80, 74],
        sleeve_k, L.L)
    # the torn seam on his far (left) shoulder, as on his busts: ragged edges round scraped,
    # bruised skin (the one dressing now is round his wrist)
    tx, ty = shF[0] - 4, shF[1] + 10
    rag = []
    for k in range(14):
        a = k / 14 * 2 * math.pi
        q = (1.0 if k % 2 else 0.7) * rng.u(0.8, 1.15)
        rag.append((tx + math.cos(a) * 50 * q, ty + math.sin(a) * 17 * q))
    rag = [local_to_screen((px - tx, py - ty), tx, ty, 62) for px, py in rag]
    doc.poly([(tx + (px - tx) * 1.12, ty + (py - ty) * 1.12) for px, py in rag], L.tones("#6a7482")[0])
    doc.poly(rag, skK[1])
    doc.poly([(tx + (px - tx) * 0.72 - 2, ty + (py - ty) * 0.72 - 2) for px, py in rag], skK[0])
    doc.group(clip=doc.clip(smooth(rag)))
    doc.ellipse(tx + 3, ty + 8, 17, 26, "#6a3a60", 0.35, deg=62, extra=doc.blur(4))
    doc.ellipse(tx - 3, ty - 6, 10, 19, "#a8443c", 0.6, deg=62, extra=doc.blur(2))
    doc.end()
    # ---- Rey: sitting at his side, leaning on him, her head on his shoulder
    rshN, rshF = (rx + 92, ry + 30), (rx - 118, ry + 44)
    rtorso = [(rx - 30, ry - 4), (rx + 34, ry - 2), (rshN[0], rshN[1] - 6), (rshN[0] + 22, rshN[1] + 60),
              (hipR[0] + 120, seat - 40), (hipR[0] + 116, seat + 6), (hipR[0] - 126, seat + 6),
              (hipR[0] - 132, seat - 50), (rshF[0] - 20, rshF[1] + 70), (rshF[0] + 4, rshF[1] - 6)]
    doc.blob([(x + 8, y + 6) for x, y in rtorso], "#04060a", 0.5, extra=doc.blur(10))
    shade(doc, rtorso, tunic, L.L, sw=26, lw=10, rw=4)
    doc.blob(lens((rx + 40, ry + 4), (hipR[0] - 60, seat - 30), -20, -6), tunic[1], 0.7)
    doc.group(clip=doc.clip(smooth(rtorso)))
    doc.poly([(hipR[0] - 200, seat - 74), (hipR[0] + 200, seat - 80), (hipR[0] + 200, seat - 58),
              (hipR[0] - 200, seat - 52)], L.tones(REY["belt"])[1], 0.95)
    doc.end()
    doc.blob(strand([(rshN[0] - 10, rshN[1] + 4), (rx - 10, ry + 110), (hipR[0] - 100, seat - 60)], 18, 1),
             L.tones(REY["strap"])[0])
    # her lap, in front of her waist
    for hp, kn in thR:
        arm(doc, [hp, lerp(hp, kn, 0.5), kn], [134, 124, 106], trR, L.L, sw=14, lw=12, rw=4)
        doc.ellipse(kn[0] + 14, kn[1] - 24, 34, 17, trR[2], 0.35, extra=doc.blur(6))
    profile_head(doc, REY, eR[0], eR[1], sR, False, L, deg=degR, eyes="closed", brows="soft", mouth="smile", blush=0.8,
                 neck=270, lit=("#e6efff", 0.12), sep=0.5)
    # his head bowed over hers, his cheek on her hair
    profile_head(doc, P, eK[0], eK[1], sK, True, L, deg=degK, eyes="closed", brows="soft", split_lip=True,
                 bruise=True, neck=300, mouth="closed", lit=("#dff2ff", 0.05), sep=0.4)
    # ---- his far forearm across his lap to hers: the sleeve rolled, the bandaged wrist,
    # his hand in her lap
    arm(doc, [lerp(elF, hk, 0.2), lerp(elF, hk, 0.6), hk], [64, 58, 50], skK, L.L)
    arm(doc, [lerp(elF, hk, 0.08), sv], [76, 74], sleeve_k, L.L, sw=8, lw=5, rw=2)
    arm(doc, [lerp(elF, hk, 0.24), sv], [78, 76], cuff, L.L, sw=6, lw=4, rw=2)
    ga, gb = lerp(elF, hk, 0.7), lerp(elF, hk, 0.88)
    shade(doc, limb([ga, lerp(ga, gb, 0.5), gb], [60, 58, 54]), ("#c8ccd0", "#6a7480", "#eef2f6", "#f4f8ff"), L.L,
          sw=8, lw=5, rw=2)
    ax_, ay_ = norm((hk[0] - elF[0], hk[1] - elF[1]))
    for t_ in (0.25, 0.55):
        p_ = lerp(ga, gb, t_)
        doc.blob(lens((p_[0] - ay_ * 28, p_[1] + ax_ * 28), (p_[0] + ay_ * 28 + ax_ * 6, p_[1] - ax_ * 28 + ay_ * 6),
                      2, 1), "#7a8490", 0.6)
    m_ = lerp(ga, gb, 0.5)
    doc.ellipse(m_[0], m_[1], 9, 7, "#9a3038", 0.5, extra=doc.blur(2))
    hdeg = math.degrees(math.atan2(hk[1] - elF[1], hk[0] - elF[0]))
    hand_shadow(doc, hk[0], hk[1], hdeg, 0.42, True, L.L, curl=0.3)
    hand(doc, hk[0], hk[1], hdeg, 0.42, True, skK, L.L, curl=0.3, spread=0.04)
    # her far arm down her side, the forearm across her lap, her hand laid over his wrist;
    # her near hand under his, its fingers round the bandage from below
    rel = (rshF[0] - 6, seat - 80)
    rwr = (m_[0] - 40, m_[1] + 4)
    rsa = (rshF[0] + 26, rshF[1] + 34)
    arm(doc, [rsa, lerp(rsa, rel, 0.5), rel], [76, 70, 62], sleeve, L.L)
    arm(doc, [rel, lerp(rel, rwr, 0.5), rwr], [56, 50, 42], skR, L.L)
    wrap_bands(doc, rel, rwr, [52, 44], wraps, L.L)
    hand_shadow(doc, rwr[0], rwr[1], -12, 0.4, False, L.L, curl=0.6)
    hand(doc, rwr[0], rwr[1], -12, 0.4, False, skR, L.L, curl=0.6, spread=0.04)
    calm(doc, 780, 0.5)
    vignette(doc, 0.55)
    return doc


# =========================================================================== the punch and the fall
# (chapter 1's punch, beat 1.4, and chapter 2's fall in the dust, beat 2.3: one block)
def skew(pts, y0, t):
    """Points leaned over: each moved sideways by t for every pixel it stands above y0
    (t > 0 leans the top to the right)."""
    return [(x + (y0 - y) * t, y) for x, y in pts]


def spray(doc, rng, x, y, a0, a1, r0, r1, count, col="#e2f2ff", op=(0.5, 0.95), size=(2.0, 4.6)):
    """Water flung off something in a fan: drops (small streaked ellipses pointing along
    their flight) from radius r0 to r1 between the angles a0 and a1 (degrees)."""
    for _ in range(count):
        a = math.radians(rng.u(a0, a1))
        r = rng.u(r0, r1)
        px, py = x + math.cos(a) * r, y + math.sin(a) * r
        sz = rng.u(*size) * (1.2 - 0.5 * (r - r0) / max(1, r1 - r0))
        doc.ellipse(px, py, sz * 2.2, sz, col, rng.u(*op), deg=math.degrees(a))


def punch_picture():
    """Chapter 1, beat 1.4: "Her fist caught him square in the face. He staggered." Night
    in the clearing, the blades off, the storm's cold light. Rey on the left (where her bust
    stands), lunging, her arm thrown out straight, the fist just past where his jaw was; Kylo
    on the right, his head snapped round away from her and the chin thrown up (so he faces
    right and the scar on his right cheek shows), his body reeling back, the arms flung loose;
    a clear gap of air between fist and jaw, the water flying off his hair and face with the
    blow."""
    doc = Pic("punch", "Night in the clearing, in a pouring rain, her blades off: Rey, on the left, soaked, lunges "
                       "with her arm thrown out straight, her fist just past Kylo's jaw; Kylo, on the right, in soaked "
                       "black, his head snapped round away from her and his chin thrown up, his wet hair flung back "
                       "toward her, reels back off balance, his arms loose; a gap of air between her fist and his "
                       "face, a spray of rain water flying off him with the blow. Cold grey storm light, a far "
                       "lightning flash. No text.")
    rng = Rng(1401)
    doc.rect(doc.linear(0, 0, 0, H, [(0, "#0a1317", 1), (0.45, "#111e23", 1), (0.62, "#0b1418", 1), (1, "#040607", 1)]))
    doc.rect(doc.radial(1000, 130, 820, [(0, "#7a9aaa", 0.45), (0.5, "#3a5a68", 0.2), (1, "#3a5a68", 0)], 1.4, 0.6))
    # the lightning that came with the thunder, far off over the trees on the left
    doc.rect(doc.radial(300, 80, 460, [(0, "#b8d8ea", 0.4), (1, "#9fc4d8", 0)], 1.4, 0.6))
    bolt_ = [(280, -10), (320, 90), (290, 96), (340, 200), (306, 206), (350, 320), (284, 196), (318, 190), (262, 100),
             (292, 94), (252, -10)]
    doc.poly(bolt_, "#cfe8f4", 0.25, doc.blur(8))
    doc.poly(bolt_, "#eaf6ff", 0.7)
    clearing_firs(doc, rng, "#15262e", "#0c181d", (60, 1870))
    rain_streaks(doc, rng, 420, "#8fb4c4", 0.25, length=(20, 50), width=1.0)
    clearing_mud(doc, rng, ((300, 690, 160, 15), (960, 712, 240, 20), (1640, 700, 160, 14)))
    KY = KYLO_B
    # the cold light from the sky over them (and the far flash): on her from above right, on
    # him from above left, the side that faces her
    LR = Light("#101c22", "#c4dcea", (0.8, -0.8), rim="#d8ecf8", amb_k=0.45, key_k=0.45, deep="#030507")
    LK = Light("#080b0e", "#c4dcea", (-0.9, -0.6), rim="#d8ecf8", amb_k=0.22, key_k=0.42, deep="#010203")
    # ---- Kylo: reeling back, the top of him thrown to the right, the head snapped round
    kx, ky, sK, dK = 1530, 320, 0.64, -30
    lean = 0.42
    coat = LK.tones(mix(people.wetc(KY["coat"]), "#050608", 0.45), amb_k=0.1, key_k=0.24)
    # the base of his neck, under the turned head
    nb = local_to_screen((20, 250), kx, ky, dK, sK, False)
    bx, by = nb
    # his far arm flung back behind him for balance, the hand open
    fsh, fel, fwr = (bx + 70, by + 60), (bx + 210, by + 110), (bx + 300, by + 20)
    far = tuple(dark(c, 0.7) for c in coat[:3]) + (None,)
    arm(doc, [fsh, lerp(fsh, fel, 0.5), fel], [84, 74, 66], far, LK.L, rw=0)
    arm(doc, [fel, lerp(fel, fwr, 0.5), fwr], [66, 58, 50], far, LK.L, rw=0)
    hand(doc, fwr[0], fwr[1], -50, 0.5, True, tuple(dark(c, 0.7) for c in LK.tones(KY["skin"])[:3]) + (None,), LK.L,
         curl=0.15, spread=0.12)
    body = skew([(bx - 80, by - 10), (bx + 30, by - 20), (bx + 120, by + 40), (bx + 150, by + 180), (bx + 150, by + 460),
                 (bx + 170, H + 30), (bx - 230, H + 30), (bx - 200, by + 440), (bx - 180, by + 180), (bx - 150, by + 50)],
                by, lean)
    shade(doc, body, coat, LK.L, sw=30, lw=12, rw=4)
    cowl = skew([(bx - 80, by + 10), (bx + 30, by), (bx + 110, by + 50), (bx + 100, by + 110), (bx - 30, by + 126),
                 (bx - 150, by + 110), (bx - 160, by + 60)], by, lean)
    shade(doc, cowl, coat, LK.L, sw=18, lw=10, rw=4)
    for a, b in (((bx - 170, by + 200), (bx - 150, by + 420)), ((bx - 120, by + 260), (bx - 110, by + 460))):
        doc.blob(lens(*skew([a, b], by, lean), -4), "#d8ecf8", 0.4)
    profile_head(doc, KY, kx, ky, sK, False, LK, deg=dK, eyes="closed", brows="angry", mouth="open", open_=7, wet=True,
                 neck=260, lit=("#cfe4f2", 0.1), sep=0.4)
    # the spray: the water shaken off his hair back toward her by the snap of the head, and
    # off his face the way it turned
    for pt, a0, a1 in (((-170, -130), 170, 230), ((-170, 10), 150, 210), ((-100, -220), 200, 250)):
        p = local_to_screen(yp(KY, [pt])[0], kx, ky, dK, sK, False)
        spray(doc, rng, p[0], p[1], a0 + dK, a1 + dK, 10, 90, 14)
    face = local_to_screen(yp(KY, [(150, 40)])[0], kx, ky, dK, sK, False)
    spray(doc, rng, face[0], face[1], -60, 20, 30, 150, 22)
    # his near arm swung loose across his body by the blow, the hand open
    nsh, nel, nwr = skew([(bx - 100, by + 70), (bx - 130, by + 250), (bx - 60, by + 400)], by, lean)
    arm(doc, [nsh, lerp(nsh, nel, 0.5), nel], [90, 80, 70], coat, LK.L)
    arm(doc, [nel, lerp(nel, nwr, 0.5), nwr], [70, 62, 54], coat, LK.L)
    hand(doc, nwr[0], nwr[1], 60, 0.56, False, LK.tones(KY["skin"]), LK.L, curl=0.2, spread=0.1)
    # ---- Rey: lunging in from the left, her weight behind the fist
    rx, ry, sR, dR = 700, 420, 0.62, 6
    tun = LR.tones(people.wetc(REY["tunic"]), amb_k=0.45, key_k=0.4)
    slv = LR.tones(people.wetc(REY["sleeve"]), amb_k=0.45, key_k=0.4)
    wr_ = LR.tones(people.wetc(REY["wraps"]), amb_k=0.45, key_k=0.4)
    skR = LR.tones(REY["skin"])
    rlean = 0.22
    # her far arm pulled back to her hip, the fist closed
    fsh, fel, fwr = (rx - 30, ry + 190), (rx - 170, ry + 300), (rx - 80, ry + 380)
    farR = tuple(dark(c, 0.7) for c in slv[:3]) + (None,)
    arm(doc, skew([fsh, lerp(fsh, fel, 0.5), fel], H, rlean), [60, 54, 48], farR, LR.L, rw=0)
    arm(doc, skew([fel, lerp(fel, fwr, 0.5), fwr], H, rlean), [48, 42, 36], farR, LR.L, rw=0)
    # the unlit staff still in that hand, trailing behind her, its upper end over her back
    g = skew([fwr], H, rlean)[0]
    sa, sb = (g[0] - 250, g[1] - 560), (g[0] + 90, g[1] + 200)
    doc.add(f'<path d="M{n(sa[0])} {n(sa[1])} L{n(sb[0])} {n(sb[1])}" stroke="#3e464c" stroke-width="20" '
            f'stroke-linecap="round"/>')
    doc.add(f'<path d="M{n(sa[0] + 4)} {n(sa[1] - 2)} L{n(sb[0] + 4)} {n(sb[1] - 2)}" stroke="#b8ccd8" '
            f'stroke-width="4" stroke-linecap="round" opacity="0.6"/>')
    for k in (0.04, 0.3):
        p = lerp(sa, sb, k)
        doc.circle(p[0], p[1], 11, "#2a2420")
    body = skew([(rx - 50, ry + 110), (rx + 40, ry + 114), (rx + 104, ry + 170), (rx + 124, ry + 280),
                 (rx + 106, ry + 440), (rx + 126, ry + 580), (rx + 110, H + 30), (rx - 200, H + 30),
                 (rx - 170, ry + 580), (rx - 140, ry + 340), (rx - 120, ry + 190)], H, rlean)
    shade(doc, body, tun, LR.L, sw=28, lw=14, rw=4)
    doc.blob(lens(*skew([(rx + 70, ry + 140), (rx - 80, ry + 580)], H, rlean), 24, 8), tun[1], 0.7)
    doc.blob(strand(skew([(rx + 100, ry + 160), (rx, ry + 330), (rx - 160, ry + 540)], H, rlean), 20, 1),
             LR.tones(REY["strap"])[1])
    doc.group(clip=doc.clip(smooth(body)))
    doc.blob(strand(skew([(rx - 210, ry + 580), (rx + 160, ry + 590)], H, rlean), 36, 1), LR.tones(REY["belt"])[1])
    doc.end()
    hx, hy = skew([(rx, ry)], H, rlean)[0]
    profile_head(doc, REY, hx, hy, sR, False, LR, deg=dR, eyes="open", brows="angry", mouth="tight", wet=True,
                 neck=250, lit=("#cfe4f2", 0.14), sep=0.5)
    # the punching arm, thrown out straight at his jaw's height, and the fist past it
    sh_ = skew([(rx + 30, ry + 180)], H, rlean)[0]
    # (the jaw turned away: its corner under the ear, the back of the head above it)
    jaw = local_to_screen(yp(KY, [(-150, 110)])[0], kx, ky, dK, sK, False)
    fist = (jaw[0] - 170, jaw[1] + 10)  # the fist's knuckles: past where his jaw was, short of it now
    d = norm((fist[0] - sh_[0], fist[1] - sh_[1]))
    ln = math.hypot(fist[0] - sh_[0], fist[1] - sh_[1])
    wr = (sh_[0] + d[0] * (ln - 44), sh_[1] + d[1] * (ln - 44))
    el = lerp(sh_, wr, 0.46)
    el = (el[0], el[1] + 10)
    arm(doc, [sh_, lerp(sh_, el, 0.5), el], [66, 58, 52], slv, LR.L)
    arm(doc, [el, lerp(el, wr, 0.5), wr], [50, 44, 38], skR, LR.L)
    wrap_bands(doc, el, wr, [46, 40], wr_, LR.L)
    ang = math.degrees(math.atan2(d[1], d[0]))
    # the blow's wake: streaks along the arm and a burst of water off the knuckles
    for k in range(7):
        off = (k - 3) * 16
        a = (sh_[0] + 40 - d[1] * off, sh_[1] + 30 + d[0] * off)
        b = (wr[0] - 60 - d[1] * off, wr[1] + d[0] * off)
        doc.add(f'<path d="M{n(a[0])} {n(a[1])} L{n(b[0])} {n(b[1])}" stroke="#dcecf6" stroke-width="2" '
                f'stroke-linecap="round" opacity="{n(0.18 + 0.05 * (k % 3))}"/>')
    hand(doc, wr[0], wr[1], ang, 0.34, False, skR, LR.L, kind="fist")
    spray(doc, rng, fist[0] + 10, fist[1], -70, 60, 20, 120, 26)
    # the splash where the fist met his jaw: a cold burst in the gap between them
    mid = lerp(fist, jaw, 0.45)
    doc.circle(mid[0], mid[1], 70, doc.radial(mid[0], mid[1], 70, [(0, "#eaf6ff", 0.5), (1, "#eaf6ff", 0)]))
    for k in range(10):
        a = math.radians(-90 + k * 36 + rng.u(-8, 8))
        r0, r1 = 22, rng.u(60, 95)
        doc.add(f'<path d="M{n(mid[0] + math.cos(a) * r0)} {n(mid[1] + math.sin(a) * r0)} '
                f'L{n(mid[0] + math.cos(a) * r1)} {n(mid[1] + math.sin(a) * r1)}" stroke="#eef8ff" '
                f'stroke-width="{n(rng.u(2, 4))}" stroke-linecap="round" opacity="0.75"/>')
    rain_streaks(doc, rng, 420, "#c4dcea", 0.33, length=(40, 90), width=1.4)
    rain_streaks(doc, rng, 140, "#e0f0fa", 0.45, x0=500, x1=1500, y0=60, y1=760, length=(30, 70), width=1.8)
    calm(doc, 740, 0.6)
    vignette(doc, 0.6)
    return doc


def field_by_day(doc, rng, horizon=470):
    """The base's landing field in the afternoon (the place base_field, beat 2.3): a warm
    sky, the jungle's edge in palms and green mounds, the packed dust of the field, and
    the crippled shuttle far off on the pads, one engine smoking."""
    doc.rect(doc.linear(0, 0, 0, horizon + 60, [(0, "#86a6b2", 1), (0.6, "#dccaa2", 1), (1, "#f0daa8", 1)]), 0, 0, W,
             horizon + 60)
    doc.rect(doc.radial(240, 90, 560, [(0, "#fff6dc", 0.85), (1, "#fff6dc", 0)]))
    for i in range(9):
        palm_tree(doc, rng.u(0, W), horizon + 10, rng.u(180, 260), rng.u(-40, 40), "#7e9c7a", rng)
    for i in range(44):
        r = rng.u(34, 70)
        doc.circle(i * 46 + rng.u(-10, 10), horizon + 20 - r * 0.4, r, mix("#6a8a66", "#8aa880", rng.r()))
    doc.rect(doc.linear(0, horizon, 0, H, [(0, "#d2ba90", 1), (1, "#8a7456", 1)]), 0, horizon, W, H - horizon)
    # the shuttle, small and far off on the pads at the right, one engine dead and smoking
    sx, sy, k = 1380, horizon - 150, 0.5
    S = lambda pts: [(sx + x * k, sy + y * k) for x, y in pts]  # noqa: E731
    doc.blob(S([(0, 300), (1100, 280), (1100, 330), (0, 340)]), "#6a5840", 0.4)
    doc.poly(S([(0, 60), (760, 10), (1040, 60), (1040, 280), (80, 320), (-20, 230)]), "#8a8e94")
    doc.poly(S([(0, 60), (760, 10), (1040, 60), (120, 130)]), "#b8bcc0")
    doc.poly(S([(-20, 230), (80, 320), (1040, 280), (1040, 230)]), "#5e6268")
    doc.poly(S([(760, 10), (860, -100), (920, -90), (920, 50)]), "#9a9ea4")
    doc.poly(S([(600, 90), (720, 82), (716, 140), (596, 144)]), "#3a4a5a")
    doc.poly(S([(200, 100), (300, 90), (302, 140), (204, 146)]), "#a83a2a")
    doc.ellipse(sx + 820 * k, sy + 190 * k, 110 * k, 70 * k, "#2a2420", 0.85)
    for j in range(12):
        t = j / 11
        doc.circle(sx + (820 - t * 300 + math.sin(t * 6) * 30) * k, sy + (170 - t * 460) * k, (40 + t * 130) * k,
                   mix("#3a3430", "#9a948e", t), 0.6 - t * 0.35)
    # the pads' seams in the dust
    for y in (horizon + 70, horizon + 160, horizon + 290):
        doc.rect("#b8a07a", 0, y, W, 3, 0.5)


def dust_puff(doc, rng, x, y, w, h, op=0.5):
    """Dust kicked up off the field: soft pale clouds, low and wide."""
    for _ in range(9):
        cx, cy = x + rng.u(-0.5, 0.5) * w, y - rng.u(0, 0.6) * h
        doc.ellipse(cx, cy, rng.u(0.18, 0.32) * w, rng.u(0.3, 0.5) * h, mix("#e8d6b0", "#c8b088", rng.r()),
                    op * rng.u(0.5, 1.0), extra=doc.blur(10))


def dust_picture():
    """Chapter 2, beat 2.3: "His knees went, and he was down in the dust." The landing
    field by day, the crippled shuttle smoking far off: Kylo, in his torn, bloodied black,
    has gone down on his knees and is falling forward, one hand braced flat in the dust, the
    other pressed to the wound, his head hanging; Poe (his leather jacket) stands over him on
    the left and looks down at him, his hand out giving the order; the two defectors who
    held him up lean in behind him, one reaching for his shoulder; blasters levelled at him
    from the field's edge. Rey is not there (she is fetched in 2.5)."""
    doc = Pic("dust", "The base's landing field in warm afternoon light, a crippled shuttle smoking far off on the "
                      "pads: Kylo, tall, in torn black robes, bleeding, has dropped to his knees in the dust and is "
                      "falling forward, one hand braced flat on the ground, the other pressed to his side, his head "
                      "hanging, dust rising round him; Poe, in his rust-brown leather jacket, stands over him on the "
                      "left looking down, one hand out; two defectors in grey fatigues lean in behind him, one "
                      "reaching for his shoulder; base guards' blasters levelled from the edges. No text.")
    rng = Rng(2303)
    field_by_day(doc, rng)
    L = Light("#9a8a6a", "#fff0c8", (-0.6, -0.8), rim="#fff4d8", amb_k=0.18, key_k=0.35, deep="#1a140c")
    ds = TROOPERS
    gy = 700  # where his knees and hand meet the ground: just above the dialogue box
    # ---- behind him: the second defector (the runner), standing, hands half up, looking at Poe
    # (as on his bust: black hair, the black undersuit, the chest plate cracked and scorched)
    RU = dict(ds[1], hair="#161311", suit="#26282e")
    cxr, topr = defector(doc, RU, 1500, 210, 0.3, True, L, plate=False, part="body")
    pl = L.tones("#dcdad4", amb_k=0.15)
    chest = [(cxr - 50, topr + 16), (cxr + 44, topr + 12), (cxr + 62, topr + 50), (cxr + 56, topr + 120),
             (cxr, topr + 138), (cxr - 58, topr + 120), (cxr - 64, topr + 50)]
    shade(doc, chest, pl, L.L, sw=10, lw=6, rw=3)
    doc.group(clip=doc.clip(smooth(chest)))
    doc.ellipse(cxr + 22, topr + 86, 34, 24, "#2a2220", 0.75, extra=doc.blur(6))
    doc.ellipse(cxr - 28, topr + 34, 18, 12, "#3a302a", 0.5, extra=doc.blur(4))
    doc.end()
    doc.blob(strand([(cxr - 36, topr + 44), (cxr - 8, topr + 72), (cxr + 8, topr + 64), (cxr + 32, topr + 100)], 3,
                    0.5), "#1a1614", 0.8)
    for sy_ in (topr + 202, topr + 238):
        doc.blob([(cxr - 42, sy_), (cxr + 42, sy_ - 3), (cxr + 44, sy_ + 24), (cxr - 44, sy_ + 27)], pl[0], 0.9)
    defector(doc, RU, 1500, 210, 0.3, True, L, part="head", brows="worried", mouth="tight", deg=10, eyes="down")
    # the first (the woman), stooping in behind him, her near arm reaching down to his shoulder
    wx, wy, sW, dW = 1190, 240, 0.32, -30
    defector(doc, ds[0], wx, wy, sW, True, L, arms=False, part="body")
    # ---- Kylo, down on his knees and falling forward (facing left, toward Poe)
    sK = 0.27
    coat = L.tones(KYLO["coat"], amb_k=0.12, key_k=0.3)
    coat_far = tuple(dark(c, 0.72) for c in coat[:3]) + (None,)
    legs = L.tones(KYLO["trousers"], amb_k=0.14, key_k=0.3)
    boots = L.tones("#1e1614", amb_k=0.2)
    skK = L.tones(KYLO["skin"])
    knee = (960, gy - 22)
    hip = (1000, gy - 186)
    pitch = math.radians(30)  # the torso's slope, pitched forward over the braced hand
    shd = (hip[0] - 290 * math.cos(pitch), hip[1] - 290 * math.sin(pitch))  # the shoulders
    doc.ellipse(1000, gy + 10, 380, 24, "#5a4630", 0.45, extra=doc.blur(8))
    # the far knee beside the near one, its shin back along the ground
    arm(doc, [(knee[0] + 30, knee[1] - 4), (knee[0] + 170, knee[1] + 12), (knee[0] + 290, knee[1] + 14)], [70, 58, 46],
        tuple(dark(c, 0.75) for c in legs[:3]) + (None,), L.L, rw=0)
    # the far arm, bent to press the wound at his side (mostly behind the body)
    arm(doc, [(shd[0] + 60, shd[1] + 20), (shd[0] + 110, shd[1] + 200), (hip[0] - 90, hip[1] + 10)], [60, 52, 46],
        coat_far, L.L, rw=0)
    # the near shin back along the ground to the boot, and the thigh up from the knee
    arm(doc, [(knee[0] - 20, knee[1] + 4), (knee[0] + 140, knee[1] + 20), (knee[0] + 250, knee[1] + 22)], [80, 66, 52],
        legs, L.L, sw=12, lw=6, rw=3)
    shade(doc, [(knee[0] + 230, knee[1] - 16), (knee[0] + 320, knee[1] - 8), (knee[0] + 336, knee[1] + 34),
                (knee[0] + 236, knee[1] + 40)], boots, L.L, sw=6, lw=4, rw=2)
    arm(doc, [(knee[0] - 16, knee[1] + 10), lerp(knee, hip, 0.5), hip], [92, 100, 110], legs, L.L, sw=16, lw=8, rw=4)
    # the robe: the torso from the hips up to the shoulders, the coat's skirt hanging from the
    # hips over the thighs to the ground behind
    skirt = [(hip[0] - 40, hip[1] - 40), (hip[0] + 60, hip[1] - 40), (hip[0] + 120, hip[1] + 60),
             (hip[0] + 190, gy - 30), (hip[0] + 210, gy + 6), (hip[0] + 90, gy + 4), (hip[0] + 50, hip[1] + 110),
             (hip[0] + 10, hip[1] + 40)]
    shade(doc, skirt, coat, L.L, sw=22, lw=10, rw=4)
    doc.blob(lens((hip[0] + 20, hip[1] + 20), (hip[0] + 150, gy - 10), 10, 4), coat[1], 0.7)
    # ragged hem
    doc.poly([(hip[0] + 90, gy - 4), (hip[0] + 110, gy - 30), (hip[0] + 134, gy - 2), (hip[0] + 160, gy - 26),
              (hip[0] + 184, gy), (hip[0] + 210, gy + 6), (hip[0] + 90, gy + 4)], coat[1], 0.9)
    torso = limb([hip, lerp(hip, shd, 0.5), shd], [170, 160, 150])
    shade(doc, torso, coat, L.L, sw=26, lw=12, rw=5)
    doc.group(clip=doc.clip(smooth(torso)))
    # light down the back (the sun is behind him, high on the left), the belt, the wound
    doc.blob(lens((shd[0] + 20, shd[1] - 80), (hip[0] - 10, hip[1] - 96), -16, -6), coat[2], 0.6)
    bx_ = lerp(hip, shd, 0.16)
    doc.blob(strand([(bx_[0] - 110, bx_[1] + 110), (bx_[0] + 100, bx_[1] - 100)], 26, 1), "#14121a", 0.9)
    tx, ty = lerp(hip, shd, 0.38)
    ty += 40
    doc.poly([(tx - 60, ty - 40), (tx - 20, ty - 50), (tx, ty - 30), (tx + 40, ty - 44), (tx + 60, ty - 10),
              (tx + 30, ty + 40), (tx - 50, ty + 34)], "#4a4448")
    doc.poly([(tx - 40, ty - 26), (tx, ty - 30), (tx + 30, ty - 20), (tx + 30, ty + 20), (tx - 30, ty + 22)],
             "#5a1014", 0.9)
    doc.blob(lens((tx - 10, ty + 22), (tx + 30, ty + 110), 6, 2), "#4a0e10", 0.8)
    sp = lerp(hip, shd, 0.8)
    doc.blob([(sp[0] - 30, sp[1] - 40), (sp[0] + 30, sp[1] - 50), (sp[0] + 20, sp[1] + 10)], "#4a0e10", 0.55)
    doc.end()
    # his hand pressed to the wound, blood on the fingers
    hand(doc, tx + 30, ty + 60, 230, 0.3, True, skK, L.L, curl=0.5)
    doc.blob(lens((tx - 10, ty + 20), (tx - 30, ty + 40), 4, 2), "#7a1418", 0.8)
    # the head hanging low in front of the shoulders, the hair fallen forward
    eK = (shd[0] - 50, shd[1] + 26)
    profile_head(doc, KYLO_B, eK[0], eK[1], sK, True, L, deg=-50, eyes="closed", brows="worried", mouth="open",
                 open_=6, neck=320, bruise=True)
    # the high collar over the nape
    doc.blob(limb([lerp(shd, hip, 0.12), (shd[0] - 26, shd[1] + 6)], [128, 104]), coat[0])
    doc.blob(lens((shd[0] - 30, shd[1] - 50), lerp(shd, hip, 0.12), 8, 3), coat[2], 0.6)
    # the near arm braced down, the hand flat in the dust before his knees
    hK = (shd[0] - 80, gy - 10)
    elK = (shd[0] - 16, shd[1] + 190)
    arm(doc, [(shd[0] + 10, shd[1] + 10), lerp((shd[0] + 10, shd[1] + 10), elK, 0.5), elK], [74, 66, 58], coat, L.L,
        sw=14, lw=8, rw=4)
    arm(doc, [elK, lerp(elK, hK, 0.5), hK], [58, 52, 46], coat, L.L, sw=14, lw=8, rw=4)
    hand(doc, hK[0] + 8, hK[1] - 8, 170, 0.28, False, skK, L.L, curl=0.05, spread=0.12)
    # the dust coming up round him where he fell
    dust_puff(doc, rng, hK[0] - 50, gy + 4, 220, 60, 0.55)
    dust_puff(doc, rng, knee[0] + 100, gy + 8, 380, 70, 0.5)
    # ---- the woman's head and her reaching arm over his back
    defector(doc, ds[0], wx, wy, sW, True, L, part="head", brows="worried", mouth="open", open_=8, deg=dW,
             eyes="down")
    suit = L.tones(ds[0]["suit"], amb_k=0.25)
    sh_ = (wx - 50, wy + 150)
    el = (wx - 90, wy + 250)
    wr = lerp(shd, hip, 0.7)
    wr = (wr[0], wr[1] - 76)
    arm(doc, [sh_, lerp(sh_, el, 0.5), el], [62, 56, 50], suit, L.L)
    arm(doc, [el, lerp(el, wr, 0.5), wr], [50, 44, 38], suit, L.L)
    hand(doc, wr[0], wr[1], 200, 0.3, True, L.tones(ds[0]["skin"]), L.L, curl=0.7)
    # ---- Poe in the foreground on the left, over him, looking down at him, his hand out
    px, py, sP = 300, 250, 0.52
    jk = L.tones(POE["jacket"], amb_k=0.12)
    sk = L.tones(POE["skin"])
    cxp, topp = upper_body(doc, px, py, sP, jk, L, False, w=300, skin=sk)
    # the leather jacket hangs open over his dark grey shirt, as on his bust
    wy = topp + 600 * sP
    sh = L.tones(POE["shirt"], amb_k=0.15)
    front = [(cxp - 50, topp - 40), (cxp + 50, topp - 40), (cxp + 76, topp + 160), (cxp + 70, wy - 20),
             (cxp - 64, wy - 20), (cxp - 76, topp + 160)]
    shade(doc, front, sh, L.L, sw=12, lw=8, rw=0)
    for sd in (-1, 1):
        edge = [(cxp + sd * 50, topp - 40), (cxp + sd * 80, topp + 160), (cxp + sd * 72, wy - 20)]
        doc.blob(strand(edge, 22, 1), jk[1], 0.9)
        doc.blob(strand([(x + sd * 8, y) for x, y in edge], 6, 1), jk[2], 0.7)
    profile_head(doc, POE, px, py, sP, False, L, deg=18, eyes="down", brows="angry", mouth="open", open_=10, neck=250)
    calm(doc, 760, 0.45)
    vignette(doc, 0.35)
    return doc

PICTURES = {
    "rain": rain_picture,
    "confession": confession_picture,
    "door": door_picture,
    "lake": lake_picture,
    "grenade": grenade_picture,
    "toast": toast_picture,
    "kiss": lambda: kiss_picture(""),
    "kiss_she_reaches": lambda: kiss_picture("she_reaches"),
    "medbay": medbay_picture,
    "temple": temple_picture,
    "flagstones": flagstones_picture,
    "injector": injector_picture,
    "shoulder": shoulder_picture,
    "punch": punch_picture,
    "dust": dust_picture,
}


def main(ids):
    for pid in ids or list(PICTURES):
        doc = PICTURES[pid]()
        out = pathlib.Path(__import__("os").environ.get("EVENTS_OUT", HERE)) / f"{pid}.svg"
        out.write_text(doc.svg())
        print("wrote", out)


if __name__ == "__main__":
    main(sys.argv[1:])
