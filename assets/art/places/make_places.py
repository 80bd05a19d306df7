#!/usr/bin/env python3
"""Writes the generated parts of the places (standard library only, seeded).

The places are hand-written SVGs; the parts that repeat (crowds of flat silhouettes,
puddle reflections, rows of fighters, droids) are drawn here and written between
marker comments inside those SVGs:

    <!-- gen:NAME -->  ...generated...  <!-- /gen:NAME -->

so running this again gives the same files. Whole places drawn here (the variants
medbay_bed, medbay_glass, cell_night, base_field_strangers, hangar_engine, hangar_busy,
base_field_dusk_ramp, corridor_guards and tribunal_leia, the fortress at seranno, the
briefing room, the fortress's courtyard and its records vault, Ben's quarters) are
written in full.
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


# ---------------------------------------------------------------- a tiny flat-shaded 3D kit
# Ships and the fortress are built from boxes, frusta and prisms in 3D, turned to the
# camera, shaded in four flat tones by the place's one light and drawn back to front.

def _sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _norm(a):
    l = math.sqrt(a[0] ** 2 + a[1] ** 2 + a[2] ** 2) or 1.0
    return (a[0] / l, a[1] / l, a[2] / l)


def _dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]



def poly(pts, fill, extra=""):
    """A closed, filled path through `pts`."""
    return f'<path fill="{fill}"{extra} d="M' + "L".join(f"{f(a)} {f(b)}" for a, b in pts) + 'Z"/>'


class Room:
    """One-point perspective for the places drawn as rooms (briefing, courtyard, vault):
    eye `eye` m above the floor, vanishing point (vx, vy), focal length `F` pixels; a
    point X across, Y up, Z deep sits at (vx + X F/Z, vy + (eye - Y) F/Z)."""

    def __init__(self, F, vx, vy, eye):
        self.F, self.vx, self.vy, self.eye = F, vx, vy, eye

    def P(self, X, Y, Z):
        k = self.F / Z
        return (self.vx + X * k, self.vy + (self.eye - Y) * k)

    def quad_x(self, X, y0, y1, z0, z1, fill, extra=""):
        """A rectangle on the plane x = X (a side wall), from y0 to y1 and z0 to z1."""
        P = self.P
        return poly([P(X, y1, z0), P(X, y1, z1), P(X, y0, z1), P(X, y0, z0)], fill, extra)

    def quad_z(self, Z, x0, x1, y0, y1, fill, extra=""):
        """A rectangle facing us at depth Z."""
        P = self.P
        return poly([P(x0, y1, Z), P(x1, y1, Z), P(x1, y0, Z), P(x0, y0, Z)], fill, extra)

    def quad_y(self, Y, x0, x1, z0, z1, fill, extra=""):
        """A rectangle on the level y = Y (floor, ceiling, a desk top)."""
        P = self.P
        return poly([P(x0, Y, z0), P(x1, Y, z0), P(x1, Y, z1), P(x0, Y, z1)], fill, extra)


class Mesh:
    """Faces: (points clockwise seen from outside, material, two_sided)."""

    def __init__(self):
        self.faces = []

    def face(self, pts, mat, two=False):
        self.faces.append((list(pts), mat, two))

    def frustum(self, x0, x1, a, b, mat, caps=True):
        """A solid along x from x0 to x1; a and b are (ylo, yhi, zlo, zhi) sections."""
        def ring(x, s):
            ylo, yhi, zlo, zhi = s
            return [(x, ylo, zlo), (x, yhi, zlo), (x, yhi, zhi), (x, ylo, zhi)]
        r0, r1 = ring(x0, a), ring(x1, b)
        for i in range(4):
            j = (i + 1) % 4
            self.face([r0[i], r1[i], r1[j], r0[j]], mat)
        if caps:
            c0, c1 = (mat, mat) if caps is True else caps
            if c1:
                self.face(list(reversed(r1)), c1)
            if c0:
                self.face(r0, c0)

    def box(self, x0, x1, y0, y1, z0, z1, mat):
        self.frustum(x0, x1, (y0, y1, z0, z1), (y0, y1, z0, z1), mat)

    def tube(self, p0, p1, r, mat, n=8, caps=(None, None), r1=None):
        """A prism of n sides from p0 to p1 (cap materials: front at p1, back at p0)."""
        axis = _norm(_sub(p1, p0))
        up = (0, 1, 0) if abs(axis[1]) < 0.9 else (1, 0, 0)
        u = _norm(_cross(axis, up))
        v = _cross(u, axis)
        r1 = r if r1 is None else r1
        ring0, ring1 = [], []
        for i in range(n):
            a = 2 * math.pi * (i + 0.5) / n
            c, s_ = math.cos(a), math.sin(a)
            ring0.append(tuple(p0[k] + r * (c * u[k] + s_ * v[k]) for k in range(3)))
            ring1.append(tuple(p1[k] + r1 * (c * u[k] + s_ * v[k]) for k in range(3)))
        for i in range(n):
            j = (i + 1) % n
            self.face([ring0[i], ring0[j], ring1[j], ring1[i]], mat)
        if caps[1]:
            self.face(ring1, caps[1])
        if caps[0]:
            self.face(list(reversed(ring0)), caps[0])

    def solid(self, faces, mat):
        """Closed convex faces, each turned to face away from the solid's centre."""
        pts = [p for face in faces for p in face]
        c = tuple(sum(p[i] for p in pts) / len(pts) for i in range(3))
        for face in faces:
            fc = tuple(sum(p[i] for p in face) / len(face) for i in range(3))
            n = _cross(_sub(face[2], face[0]), _sub(face[1], face[0]))
            if _dot(n, _sub(fc, c)) < 0:
                face = list(reversed(face))
            self.face(face, mat)

    def slab(self, x0, x1, z0, z1, y0, y1, mat, inset=(0, 0, 0, 0)):
        """A block whose walls lean in: inset (left, right, back, front) at the top."""
        il, ir, ib, ifr = inset
        b = [(x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1)]
        t = [(x0 + il, y1, z0 + ib), (x1 - ir, y1, z0 + ib), (x1 - ir, y1, z1 - ifr), (x0 + il, y1, z1 - ifr)]
        faces = [b, t] + [[b[i], b[(i + 1) % 4], t[(i + 1) % 4], t[i]] for i in range(4)]
        self.solid(faces, mat)

    def transformed(self, fn):
        m = Mesh()
        m.faces = [([fn(p) for p in pts], mat, two) for pts, mat, two in self.faces]
        return m

    def add(self, other):
        self.faces.extend(other.faces)
        return self


def rot_x(a):
    c, s = math.cos(a), math.sin(a)
    return lambda p: (p[0], p[1] * c - p[2] * s, p[1] * s + p[2] * c)


def project(p, x, y, scale, yaw, pitch, flip=False, fov=0.0):
    """Where the model point p lands on screen (same camera as render)."""
    cy_, sy_ = math.cos(yaw), math.sin(yaw)
    cp, sp = math.cos(pitch), math.sin(pitch)
    X = p[0] * cy_ - p[2] * sy_
    Z = p[0] * sy_ + p[2] * cy_
    Y = p[1] * cp - Z * sp
    Z = p[1] * sp + Z * cp
    k = 1.0 / (1.0 - fov * Z) if fov else 1.0
    return ((x - X * k * scale) if flip else (x + X * k * scale), y - Y * k * scale)


def render(mesh, palette, x, y, scale, yaw, pitch, light, flip=False, fov=0.0):
    """SVG paths for mesh seen from a camera turned by yaw (about the vertical) and
    pitch (looking down), placed with model origin at screen (x, y); the light
    direction is in camera space (x right, y up, z toward the viewer). palette maps a
    material to four tones (shadow, base, light, highlight) or one colour."""
    cy_, sy_ = math.cos(yaw), math.sin(yaw)
    cp, sp = math.cos(pitch), math.sin(pitch)
    L = _norm(light)
    if flip:  # mirrored on screen: keep the light on the same side of the picture
        L = (-L[0], L[1], L[2])

    def cam(p):
        X = p[0] * cy_ - p[2] * sy_
        Z = p[0] * sy_ + p[2] * cy_
        Y = p[1] * cp - Z * sp
        Z = p[1] * sp + Z * cp
        return (X, Y, Z)  # Z toward the viewer

    faces = []
    for pts, mat, two in mesh.faces:
        if len(pts) < 3:
            continue
        # the solids above wind their faces clockwise seen from outside
        n = _norm(_cross(_sub(pts[2], pts[0]), _sub(pts[1], pts[0])))
        cpts = [cam(p) for p in pts]
        nc = _norm(_cross(_sub(cpts[2], cpts[0]), _sub(cpts[1], cpts[0])))
        if nc[2] <= 0:
            if not two:
                continue
        depth = sum(p[2] for p in cpts) / len(cpts)
        if nc[2] <= 0:
            nc = (-nc[0], -nc[1], -nc[2])
        tones = palette[mat]
        if isinstance(tones, str):
            col = tones
        else:
            d = _dot(nc, L)  # the light is given in camera space: x right, y up, z to us
            col = tones[0 if d < -0.05 else 1 if d < 0.35 else 2 if d < 0.75 else 3]
        proj = []
        for X, Y, Z in cpts:
            k = 1.0 / (1.0 - fov * Z) if fov else 1.0
            sx = X * k * scale
            proj.append(((x - sx) if flip else (x + sx), y - Y * k * scale))
        faces.append((depth, col, proj))
    faces.sort(key=lambda t: t[0])
    out = []
    for _, col, proj in faces:
        d = "M" + "L".join(f"{f(a)} {f(b)}" for a, b in proj) + "Z"
        # a hairline of the same colour closes the seams between neighbouring faces
        out.append(f'<path fill="{col}" stroke="{col}" stroke-width="0.7" stroke-linejoin="round" d="{d}"/>')
    return "\n".join(out)


def xwing():
    """A T-70-style four-winged fighter, S-foils open in an X. x: nose, y: up, z: right."""
    m = Mesh()
    # rear body and long tapering nose
    m.box(-5.6, -1.6, -0.55, 0.6, -0.75, 0.75, "hull")
    m.frustum(-1.6, 3.2, (-0.55, 0.6, -0.75, 0.75), (-0.45, 0.35, -0.42, 0.42), "hull", caps=False)
    m.frustum(3.2, 6.4, (-0.45, 0.35, -0.42, 0.42), (-0.2, 0.0, -0.14, 0.14), "nose",
              caps=("nose", "nose"))
    # orange band across the nose
    m.frustum(1.6, 2.2, (-0.5, 0.46, -0.58, 0.58), (-0.48, 0.42, -0.53, 0.53), "mark", caps=False)
    # canopy and the astromech's dome behind it
    m.frustum(-2.4, 0.6, (0.6, 0.62, -0.45, 0.45), (0.55, 1.1, -0.35, 0.35), "glass", caps=("glass", "glass"))
    m.frustum(-0.2, 0.6, (0.6, 1.1, -0.35, 0.35), (0.5, 0.62, -0.3, 0.3), "glass", caps=False)
    m.tube((-3.4, 0.55, 0), (-3.4, 0.95, 0), 0.32, "droid", n=8, caps=(None, "droidtop"))
    # four wings: plates from the root, turned out of the flat by the S-foil angle
    for up in (1, -1):
        for side in (1, -1):
            w = Mesh()
            spans = [(0.7, 2.2, "wing"), (2.2, 3.2, "mark"), (3.2, 5.4, "wing")]
            for z0, z1, mat in spans:
                def chord(z):
                    t = (z - 0.7) / 4.7
                    return (-5.2 + 0.5 * t, -2.4 - 1.1 * t)
                a0, a1 = chord(z0)
                b0, b1 = chord(z1)
                pts = [(a0, 0, z0), (a1, 0, z0), (b1, 0, z1), (b0, 0, z1)]
                if side < 0:
                    pts = [(p[0], 0, -p[2]) for p in reversed(pts)]
                w.face(pts, mat, two=True)
            # laser cannon along the wing tip, pointing forward
            zt = 5.45 * side
            w.tube((-5.0, 0, zt), (1.8, 0, zt), 0.13, "gun", n=6, caps=("gun", "gun"))
            w.tube((1.8, 0, zt), (3.6, 0, zt), 0.06, "gun", n=6, caps=(None, "gun"))
            w.tube((-1.0, 0, zt), (-0.2, 0, zt), 0.2, "gun", n=6, caps=("gun", "gun"))
            ang = math.radians(14) * up * side
            w = w.transformed(lambda p, u=up: (p[0], p[1] + 0.28 * u, p[2]))
            m.add(w.transformed(rot_x(ang)))
            # engine at the wing root, upper and lower on each side
            ez, ey = 1.15 * side, 0.62 * up
            m.tube((-5.9, ey, ez), (-2.2, ey, ez), 0.46, "engine", n=10,
                   caps=("exhaust", "intake"))
            m.tube((-2.2, ey, ez), (-1.9, ey, ez), 0.5, "mark", n=10, caps=(None, "intake"))
    # landing legs
    for px, pz in ((3.0, 0.0), (-3.6, 0.9), (-3.6, -0.9)):
        m.box(px - 0.08, px + 0.08, -2.0, -0.4, pz - 0.08, pz + 0.08, "gear")
    return m


XWING_DAY = {
    "hull": ["#676c68", "#8f938b", "#bdbdb0", "#e6dcc2"],
    "nose": ["#62665f", "#898c84", "#b8b7a9", "#ddd3b9"],
    "wing": ["#5f6461", "#868a83", "#b3b2a5", "#d9d0b6"],
    "mark": ["#7a3a24", "#a44a2c", "#c9653a", "#e0844e"],
    "glass": ["#1c2529", "#2c3f48", "#4a6876", "#9fbcc4"],
    "droid": ["#8e8f8a", "#c9c7bd", "#e6e1d2", "#f4eedc"],
    "droidtop": ["#3f5e86", "#4d73a3", "#6d93c2", "#9ab9dd"],
    "gun": ["#3e4241", "#575b58", "#7c7f78", "#a9a89c"],
    "engine": ["#4f5452", "#6e736f", "#999b92", "#c9c4b2"],
    "exhaust": "#2a2624",
    "intake": "#262b2c",
    "gear": "#34383a",
}


def shuttle():
    """A boxy Resistance transport: cockpit block at the front, side engine pods, ramp down."""
    m = Mesh()
    m.box(-5.0, 3.6, 0.0, 1.0, -1.9, 1.9, "low")
    m.box(-5.0, 3.6, 1.0, 1.35, -1.92, 1.92, "mark")
    m.box(-5.0, 3.6, 1.35, 3.0, -1.9, 1.9, "hull")
    m.box(-4.6, 2.4, 3.0, 3.35, -1.2, 1.2, "hull")
    # blunt cockpit: a slanted block with a band of windows
    m.frustum(3.6, 5.6, (0.0, 1.9, -1.9, 1.9), (0.3, 1.5, -1.5, 1.5), "low", caps=(None, "low"))
    m.frustum(3.6, 5.2, (1.9, 3.0, -1.9, 1.9), (1.5, 2.1, -1.5, 1.5), "glass", caps=False)
    m.face([(5.6, 1.5, -1.5), (5.6, 1.5, 1.5), (5.2, 1.5, 1.5), (5.2, 1.5, -1.5)], "glass", two=True)
    # side engine pods on stub wings
    for side in (1, -1):
        m.box(-4.2, -1.0, 1.6, 2.0, *((1.9, 2.9) if side > 0 else (-2.9, -1.9)), "hull")
        z0, z1 = (2.9, 4.1) if side > 0 else (-4.1, -2.9)
        m.box(-5.4, -0.6, 1.2, 2.5, z0, z1, "pod")
        m.tube((-0.6, 1.85, (z0 + z1) / 2), (-0.3, 1.85, (z0 + z1) / 2), 0.5, "pod", n=8, caps=(None, "intake"))
        m.tube((-5.8, 1.85, (z0 + z1) / 2), (-5.4, 1.85, (z0 + z1) / 2), 0.55, "pod", n=8, caps=("exhaust", None))
    # dorsal fin
    m.frustum(-4.6, -1.4, (3.35, 3.4, -0.12, 0.12), (3.35, 4.6, -0.1, 0.1), "hull")
    # landing legs and the open ramp at the back
    for px, pz in ((3.0, 1.3), (3.0, -1.3), (-4.0, 1.3), (-4.0, -1.3)):
        m.box(px - 0.15, px + 0.15, -0.9, 0.0, pz - 0.15, pz + 0.15, "gear")
    m.face([(-5.0, 0.2, -1.4), (-5.0, 0.2, 1.4), (-7.6, -0.9, 1.4), (-7.6, -0.9, -1.4)], "ramp", two=True)
    m.face([(-5.0, 0.2, -1.4), (-5.0, 2.6, -1.4), (-5.0, 2.6, 1.4), (-5.0, 0.2, 1.4)], "door", two=True)
    return m


SHUTTLE_DAY = {
    "hull": ["#6a6e6a", "#94978e", "#c2c0b2", "#e8dec4"],
    "low": ["#53575a", "#70746f", "#979890", "#bdb8a6"],
    "pod": ["#4d5150", "#6c706b", "#93948b", "#c1bba7"],
    "mark": ["#7a3a24", "#a44a2c", "#c9653a", "#e0844e"],
    "glass": ["#1a2226", "#22313a", "#3a5260", "#7b98a3"],
    "intake": "#262b2c",
    "exhaust": "#2a2624",
    "gear": "#34383a",
    "ramp": ["#4c4f4b", "#6b6e68", "#8f8f86", "#b7b09c"],
    "door": "#2c2f30",
}


# ---------------------------------------------------------------- people as flat silhouettes

HAIR = ("short", "short", "crop", "bun", "long", "curly", "cap", "bald", "tail")


def person(rng, x, y, h, col, rim=None, rim_side=1, seated=False, facing=0, arm=None, hair=None,
           hair_col=None):
    """A flat silhouette of a person, feet (or, seated, the seat) at y, h tall standing.
    facing: -1 turned left, 0 front or back, 1 turned right. arm: None, 'cup' or 'wave'.
    Returns SVG (a body path, a hair path, an optional rim light on one side)."""
    hair = hair or rng.choice(HAIR)
    s = h / 170.0
    w = rng.uniform(0.9, 1.15)
    hw = 11 * s  # head half width
    sh = 22 * s * w  # half shoulder width
    head_y = y - (h if not seated else h * 0.55)
    neck = head_y + 24 * s
    shoulder = neck + 7 * s
    hip = shoulder + 60 * s
    ox = facing * 3 * s
    d = []
    # head
    d.append(f"M{f(x + ox - hw)} {f(head_y + 12 * s)}"
             f"C{f(x + ox - hw)} {f(head_y - 2 * s)} {f(x + ox + hw)} {f(head_y - 2 * s)} {f(x + ox + hw)} {f(head_y + 12 * s)}"
             f"C{f(x + ox + hw)} {f(head_y + 24 * s)} {f(x + ox - hw)} {f(head_y + 24 * s)} {f(x + ox - hw)} {f(head_y + 12 * s)}Z")
    # neck, shoulders and torso (down to the hip, or to the seat)
    bot = hip if not seated else y
    if seated:
        # shoulders, a narrower waist, then the hips on the seat
        waist = shoulder + 40 * s
        sides = (f"L{f(x + sh * 0.78)} {f(waist)}Q{f(x + sh * 0.95)} {f(bot - 6 * s)} {f(x + sh * 0.92)} {f(bot)}"
                 f"L{f(x - sh * 0.92)} {f(bot)}Q{f(x - sh * 0.95)} {f(bot - 6 * s)} {f(x - sh * 0.78)} {f(waist)}")
    else:
        sides = f"L{f(x + sh * 0.8)} {f(bot)}L{f(x - sh * 0.8)} {f(bot)}"
    d.append(f"M{f(x - 5 * s)} {f(neck - 4 * s)}L{f(x + 5 * s)} {f(neck - 4 * s)}L{f(x + 6 * s)} {f(neck + 2 * s)}"
             f"Q{f(x + sh)} {f(shoulder - 1 * s)} {f(x + sh + 2 * s)} {f(shoulder + 12 * s)}"
             + sides +
             f"L{f(x - sh - 2 * s)} {f(shoulder + 12 * s)}"
             f"Q{f(x - sh)} {f(shoulder - 1 * s)} {f(x - 6 * s)} {f(neck + 2 * s)}Z")
    # arms: hanging, or one raised with a cup, or waving
    for side in (-1, 1):
        ax = x + side * (sh + 1 * s)
        if arm and side == (1 if facing >= 0 else -1):
            if arm == "cup":
                d.append(f"M{f(ax - 4 * s * side)} {f(shoulder + 6 * s)}L{f(ax + 4 * s * side)} {f(shoulder + 10 * s)}"
                         f"L{f(ax - 2 * s * side)} {f(shoulder + 40 * s)}L{f(ax - 14 * s * side)} {f(shoulder + 14 * s)}"
                         f"L{f(ax - 8 * s * side)} {f(shoulder + 10 * s)}L{f(ax - 10 * s * side)} {f(shoulder + 36 * s)}Z")
                d.append(f"M{f(ax - 18 * s * side)} {f(shoulder + 4 * s)}h{f(10 * s * side)}v{f(12 * s)}h{f(-10 * s * side)}Z")
            else:
                d.append(f"M{f(ax - 3 * s * side)} {f(shoulder + 6 * s)}L{f(ax + 14 * s * side)} {f(shoulder - 40 * s)}"
                         f"L{f(ax + 22 * s * side)} {f(shoulder - 38 * s)}L{f(ax + 6 * s * side)} {f(shoulder + 14 * s)}Z")
            continue
        if seated and facing:
            # turned to the table: the near arm reaches forward to it, the far one is hidden
            if side == facing:
                d.append(f"M{f(ax - 6 * s * side)} {f(shoulder + 2 * s)}L{f(ax + 4 * s * side)} {f(shoulder + 10 * s)}"
                         f"L{f(ax + 4 * s * side)} {f(shoulder + 38 * s)}L{f(ax + 22 * s * side)} {f(shoulder + 44 * s)}"
                         f"L{f(ax + 22 * s * side)} {f(shoulder + 52 * s)}L{f(ax - 6 * s * side)} {f(shoulder + 48 * s)}Z")
        elif seated:
            d.append(f"M{f(ax - 4 * s * side)} {f(shoulder + 4 * s)}L{f(ax + 4 * s * side)} {f(shoulder + 12 * s)}"
                     f"L{f(ax + 2 * s * side)} {f(y)}L{f(ax - 8 * s * side)} {f(y)}Z")
        else:
            d.append(f"M{f(ax - 4 * s * side)} {f(shoulder + 4 * s)}L{f(ax + 5 * s * side)} {f(shoulder + 12 * s)}"
                     f"L{f(ax + 3 * s * side)} {f(hip + 6 * s)}L{f(ax - 5 * s * side)} {f(hip + 6 * s)}Z")
    if not seated:
        lw = 8 * s
        gap = 2 * s + abs(facing) * rng.uniform(0, 6) * s
        for side in (-1, 1):
            lx = x + side * (gap + lw)
            d.append(f"M{f(lx - lw)} {f(hip - 2 * s)}L{f(lx + lw)} {f(hip - 2 * s)}L{f(lx + lw * 0.7)} {f(y)}L{f(lx - lw * 0.7)} {f(y)}Z")
    out = [f'<path fill="{col}" d="{"".join(d)}"/>']
    # hair
    hc = hair_col or col
    hx = x + ox
    hd = ""
    if hair == "bun":
        hd = (f"M{f(hx + 2 * s)} {f(head_y - 2 * s)}a{f(6 * s)} {f(6 * s)} 0 1 0 0.1 0Z")
    elif hair == "long":
        hd = (f"M{f(hx - hw - 1 * s)} {f(head_y + 8 * s)}Q{f(hx)} {f(head_y - 6 * s)} {f(hx + hw + 1 * s)} {f(head_y + 8 * s)}"
              f"L{f(hx + hw + 3 * s)} {f(head_y + 38 * s)}L{f(hx - hw - 3 * s)} {f(head_y + 38 * s)}Z")
    elif hair == "curly":
        hd = "".join(f"M{f(hx + dx * s + 5 * s)} {f(head_y + dy * s)}a{f(5 * s)} {f(5 * s)} 0 1 0 0.1 0Z"
                     for dx, dy in ((-10, 4), (-4, 0), (3, 0), (9, 4), (12, 10), (-12, 10)))
    elif hair == "cap":
        hd = (f"M{f(hx - hw - 1 * s)} {f(head_y + 9 * s)}Q{f(hx)} {f(head_y - 8 * s)} {f(hx + hw + 1 * s)} {f(head_y + 9 * s)}"
              f"L{f(hx + hw + 8 * s * (1 if facing >= 0 else -1))} {f(head_y + 10 * s)}Z")
    elif hair == "tail":
        hd = (f"M{f(hx + hw - 2 * s)} {f(head_y + 6 * s)}Q{f(hx + hw + 10 * s)} {f(head_y + 14 * s)} {f(hx + hw + 4 * s)} {f(head_y + 30 * s)}"
              f"L{f(hx + hw)} {f(head_y + 14 * s)}Z")
    if hd:
        out.append(f'<path fill="{hc}" d="{hd}"/>')
    if rim:
        # a thin edge of light down the side facing the place's light
        ex = x + rim_side * (sh + 2 * s)
        out.append(f'<path fill="{rim}" d="M{f(hx + rim_side * (hw - 1 * s))} {f(head_y + 4 * s)}'
                   f'Q{f(hx + rim_side * (hw + 1 * s))} {f(head_y + 12 * s)} {f(hx + rim_side * (hw - 1 * s))} {f(head_y + 20 * s)}'
                   f'L{f(hx + rim_side * (hw - 0.5 * s))} {f(head_y + 12 * s)}Z'
                   f'M{f(x + rim_side * 8 * s)} {f(neck + 2 * s)}Q{f(x + rim_side * sh)} {f(shoulder - 1 * s)} {f(ex)} {f(shoulder + 12 * s)}'
                   f'L{f(ex - rim_side * 2 * s)} {f(shoulder + 10 * s)}Q{f(x + rim_side * (sh - 2 * s))} {f(shoulder + 1 * s)} {f(x + rim_side * 8 * s)} {f(neck + 4 * s)}Z"/>')
    return "\n".join(out)


# ---------------------------------------------------------------- base_field

def base_field():
    rng = random.Random(20_02)
    L = (0.55, 0.7, -0.25)  # the low sun, upper right and a little behind the ships
    out = ["  <!-- parked ships: four-winged fighters with their S-foils open, a boxy transport -->"]

    def shadow(cx, cy, rx, ry):
        out.append(f'  <ellipse cx="{f(cx)}" cy="{f(cy)}" rx="{f(rx)}" ry="{f(ry)}" fill="#3d3a2e" opacity="0.4"/>')

    # a far fighter in front of the hangar mouth, seen from behind
    shadow(880, 646, 70, 6)
    out.append(render(xwing(), XWING_DAY, 880, 646 - 2.0 * 11, 11, 2.3, 0.1, L))
    # the transport, ramp down, in the middle distance
    shadow(1120, 668, 300, 16)
    SX, SY, SS, SYAW, SP = 1120, 668 - 0.9 * 34, 34, 0.5, 0.14
    out.append(render(shuttle(), SHUTTLE_DAY, SX, SY, SS, SYAW, SP, L))

    def sp(p):
        return project(p, SX, SY, SS, SYAW, SP)

    # ports along the side and a seam between the hull's panels
    for wx in (0.1, 0.9, 1.7, 2.5):
        q = [sp((wx, 2.05, 1.91)), sp((wx + 0.5, 2.05, 1.91)), sp((wx + 0.5, 2.45, 1.91)), sp((wx, 2.45, 1.91))]
        out.append('<path fill="#1e2a30" d="M' + "L".join(f"{f(a)} {f(b)}" for a, b in q) + 'Z"/>')
    q = [sp((-0.45, 1.36, 1.91)), sp((-0.35, 1.36, 1.91)), sp((-0.35, 2.98, 1.91)), sp((-0.45, 2.98, 1.91))]
    out.append('<path fill="#5f625c" d="M' + "L".join(f"{f(a)} {f(b)}" for a, b in q) + 'Z"/>')
    q = [sp((3.0, 0.05, 1.91)), sp((3.5, 0.05, 1.91)), sp((3.5, 0.6, 1.91)), sp((3.0, 0.6, 1.91))]
    out.append('<path fill="#f3c060" d="M' + "L".join(f"{f(a)} {f(b)}" for a, b in q) + 'Z"/>')
    # a fighter on the right, nose toward the left
    shadow(1560, 686, 170, 10)
    out.append(render(xwing(), XWING_DAY, 1560, 686 - 2.0 * 22, 22, 0.85, 0.14, L, flip=True))
    # the nearest fighter, left of centre, nose toward the right and the viewer
    shadow(520, 704, 230, 14)
    out.append(render(xwing(), XWING_DAY, 520, 704 - 2.0 * 30, 30, 0.7, 0.16, L))
    # an astromech beside the nearest fighter
    out.append(astro_droid(885, 708, 44, tones=("#5d5a50", "#9c988a", "#d9d2bc", "#fff3d6"), accent="#a4502e"))
    # ground crew
    crew = [(805, 700, 54, 0, None), (838, 702, 52, -1, None), (1330, 690, 50, 1, "wave"),
            (960, 672, 44, 0, None), (1700, 704, 52, -1, None)]
    for x, y, h, fc, arm in crew:
        out.append(person(rng, x, y, h, "#3a3c36", rim="#f3dcaa", rim_side=1, facing=fc, arm=arm,
                          hair=rng.choice(("short", "cap", "crop", "bun"))))
    patch("base_field", {"ships": "\n".join(out) + "\n", "fuel": fuel_line()})


def fuel_line():
    """A fuel bowser on the field and its hose run out to the transport's open port, the
    hose's end on the ground under it, waiting for the coupling Rey and Finn are hauling
    across (2.1)."""
    o = ["  <!-- a fuel bowser, its hose run out to the transport's open fuel port -->"]
    bx, by = 1170, 738
    o.append(f'  <ellipse cx="{bx + 10}" cy="{by + 4}" rx="86" ry="8" fill="#3d3a2e" opacity="0.45"/>')
    o.append(f'  <rect x="{bx - 62}" y="{by - 58}" width="128" height="48" rx="22" fill="#b8872e"/>')
    o.append(f'  <rect x="{bx - 62}" y="{by - 58}" width="128" height="14" rx="7" fill="#e8c070"/>')
    o.append(f'  <rect x="{bx - 62}" y="{by - 30}" width="128" height="20" rx="8" fill="#8a621f"/>')
    o.append(f'  <g fill="#2d2a24"><path d="M{bx - 40} {by - 44}l10 0l-12 30l-10 0Z"/><path d="M{bx - 10} {by - 44}l10 0l-12 30l-10 0Z"/>'
             f'<path d="M{bx + 20} {by - 44}l10 0l-12 30l-10 0Z"/></g>')
    o.append(f'  <rect x="{bx - 70}" y="{by - 14}" width="144" height="8" fill="#3a3a34"/>')
    o.append(f'  <circle cx="{bx - 40}" cy="{by - 2}" r="11" fill="#222"/><circle cx="{bx + 44}" cy="{by - 2}" r="11" fill="#222"/>')
    o.append(f'  <circle cx="{bx - 40}" cy="{by - 2}" r="4" fill="#777"/><circle cx="{bx + 44}" cy="{by - 2}" r="4" fill="#777"/>')
    o.append(f'  <rect x="{bx + 62}" y="{by - 44}" width="14" height="20" rx="3" fill="#5a5a50"/>')
    # the hose: off the reel, across the field, up to the port; its end lies open on the ground
    o.append(f'  <path fill="none" stroke="#1f1d19" stroke-width="8" stroke-linecap="round" '
             f'd="M{bx + 74} {by - 34}C{bx + 110} {by - 30} {bx + 100} {by + 8} {bx + 40} {by + 10}C{bx - 60} {by + 12} {bx - 120} {by - 8} {bx - 150} 690C{bx - 175} 675 {bx - 170} 660 1000 654"/>')
    o.append('  <path fill="none" stroke="#f3dcaa" stroke-opacity="0.5" stroke-width="2" '
             f'd="M{bx + 74} {by - 38}C{bx + 110} {by - 34} {bx + 100} {by + 4} {bx + 40} {by + 6}"/>')
    o.append('  <rect x="984" y="644" width="16" height="12" rx="3" fill="#6a6a60"/>')
    # the port's hatch open on the hull, the socket dark in it
    o.append('  <path fill="#2a2e2c" d="M991 612 L1009 614 L1009 630 L991 628Z"/>')
    o.append('  <path fill="#b8872e" d="M989 610 L993 596 L1011 598 L1009 612Z"/>')
    o.append('  <circle cx="1000" cy="621" r="4" fill="#111"/>')
    return "\n".join(o) + "\n"


def armoured(rng, x, y, h, helmet=True, jacket=None, skin="#b98a68", hair="#2a211c"):
    """A defector in scuffed white armour, facing us, hands up: the blaster held out by
    its barrel in one, butt first, the other open. Feet at (x, y), h tall."""
    s = h / 170.0
    W, SH, DK = "#e4dfd2", "#a9a598", "#222024"
    o = []
    # legs: armour plates, black at the knees
    for side in (-1, 1):
        lx = x + side * 10 * s
        o.append(f'<path fill="{W}" d="M{f(lx - 9 * s)} {f(y - 86 * s)}h{f(18 * s)}l{f(-2 * s)} {f(86 * s)}h{f(-14 * s)}Z"/>')
        o.append(f'<rect x="{f(lx - 8 * s)}" y="{f(y - 48 * s)}" width="{f(16 * s)}" height="{f(6 * s)}" fill="{DK}"/>')
        o.append(f'<path fill="{SH}" d="M{f(lx + side * 9 * s - (side > 0) * 5 * s)} {f(y - 86 * s)}h{f(5 * s)}l{f(-1 * s)} {f(86 * s)}h{f(-4 * s)}Z"/>')
    # torso: chest plate, the black suit at the waist, a belt
    top = y - 146 * s
    o.append(f'<path fill="{DK}" d="M{f(x - 20 * s)} {f(y - 100 * s)}h{f(40 * s)}v{f(16 * s)}h{f(-40 * s)}Z"/>')
    o.append(f'<path fill="{W}" d="M{f(x - 24 * s)} {f(top + 4 * s)}Q{f(x)} {f(top - 4 * s)} {f(x + 24 * s)} {f(top + 4 * s)}'
             f'L{f(x + 20 * s)} {f(y - 100 * s)}L{f(x - 20 * s)} {f(y - 100 * s)}Z"/>')
    o.append(f'<rect x="{f(x - 21 * s)}" y="{f(y - 90 * s)}" width="{f(42 * s)}" height="{f(7 * s)}" fill="{W}"/>')
    if jacket:
        o.append(f'<path fill="{jacket}" d="M{f(x - 26 * s)} {f(top + 2 * s)}L{f(x - 8 * s)} {f(top)}L{f(x - 6 * s)} {f(y - 84 * s)}L{f(x - 24 * s)} {f(y - 80 * s)}Z'
                 f'M{f(x + 26 * s)} {f(top + 2 * s)}L{f(x + 8 * s)} {f(top)}L{f(x + 6 * s)} {f(y - 84 * s)}L{f(x + 24 * s)} {f(y - 80 * s)}Z"/>')
    # arms: both raised, elbows out; a blaster hangs from one hand by its barrel
    for side in (-1, 1):
        sx = x + side * 24 * s
        ex, ey = sx + side * 16 * s, top + 26 * s
        hx, hy = sx + side * 12 * s, top - 24 * s
        col = jacket or W
        o.append(f'<path fill="none" stroke="{col}" stroke-width="{f(10 * s)}" stroke-linecap="round" stroke-linejoin="round" '
                 f'd="M{f(sx)} {f(top + 6 * s)}L{f(ex)} {f(ey)}L{f(hx)} {f(hy)}"/>')
        o.append(f'<circle cx="{f(hx)}" cy="{f(hy)}" r="{f(5 * s)}" fill="{DK}"/>')
        if side > 0:
            o.append(f'<path fill="{DK}" d="M{f(hx - 2 * s)} {f(hy)}h{f(5 * s)}v{f(34 * s)}h{f(10 * s)}v{f(10 * s)}h{f(-16 * s)}Z"/>')
    # head: a helmet, or bare
    hy = top - 30 * s
    if helmet:
        o.append(f'<path fill="{W}" d="M{f(x - 12 * s)} {f(hy + 26 * s)}V{f(hy + 10 * s)}Q{f(x - 12 * s)} {f(hy - 2 * s)} {f(x)} {f(hy - 2 * s)}'
                 f'Q{f(x + 12 * s)} {f(hy - 2 * s)} {f(x + 12 * s)} {f(hy + 10 * s)}V{f(hy + 26 * s)}Z"/>')
        o.append(f'<path fill="{DK}" d="M{f(x - 9 * s)} {f(hy + 9 * s)}h{f(18 * s)}v{f(4 * s)}h{f(-7 * s)}v{f(9 * s)}h{f(-4 * s)}v{f(-9 * s)}h{f(-7 * s)}Z"/>')
    else:
        o.append(f'<rect x="{f(x - 4 * s)}" y="{f(hy + 20 * s)}" width="{f(8 * s)}" height="{f(8 * s)}" fill="{skin}"/>')
        o.append(f'<ellipse cx="{f(x)}" cy="{f(hy + 12 * s)}" rx="{f(10 * s)}" ry="{f(12 * s)}" fill="{skin}"/>')
        o.append(f'<path fill="{hair}" d="M{f(x - 10.5 * s)} {f(hy + 10 * s)}Q{f(x)} {f(hy - 6 * s)} {f(x + 10.5 * s)} {f(hy + 10 * s)}Q{f(x)} {f(hy + 2 * s)} {f(x - 10.5 * s)} {f(hy + 10 * s)}Z"/>')
    # scuffs and scorches on the white
    for _ in range(4):
        cx, cy = x + rng.uniform(-18, 18) * s, y - rng.uniform(20, 140) * s
        o.append(f'<ellipse cx="{f(cx)}" cy="{f(cy)}" rx="{f(rng.uniform(3, 6) * s)}" ry="{f(rng.uniform(2, 4) * s)}" fill="#5d5850" opacity="0.55"/>')
    # the low sun's rim on their right
    o.append(f'<path fill="#fff6dc" opacity="0.8" d="M{f(x + 22 * s)} {f(top + 6 * s)}L{f(x + 24 * s)} {f(top + 6 * s)}L{f(x + 20 * s)} {f(y - 100 * s)}L{f(x + 18 * s)} {f(y - 100 * s)}Z"/>')
    return "\n".join(o)


def sentry(x, y, h, aim):
    """A Resistance sentry seen from behind, backing toward us, rifle up and aimed (aim -1
    left, 1 right) at the strangers."""
    s = h / 170.0
    C, D = "#4f5340", "#2f3228"
    o = []
    for side in (-1, 1):
        lx = x + side * 9 * s
        o.append(f'<path fill="{D}" d="M{f(lx - 8 * s)} {f(y - 86 * s)}h{f(16 * s)}l{f(-1 * s)} {f(86 * s)}h{f(-14 * s)}Z"/>')
    top = y - 146 * s
    o.append(f'<path fill="{C}" d="M{f(x - 24 * s)} {f(top + 6 * s)}Q{f(x)} {f(top - 4 * s)} {f(x + 24 * s)} {f(top + 6 * s)}'
             f'L{f(x + 21 * s)} {f(y - 80 * s)}L{f(x - 21 * s)} {f(y - 80 * s)}Z"/>')
    o.append(f'<ellipse cx="{f(x)}" cy="{f(top - 14 * s)}" rx="{f(11 * s)}" ry="{f(13 * s)}" fill="#3b2c22"/>')
    o.append(f'<path fill="{C}" d="M{f(x - 13 * s)} {f(top - 14 * s)}Q{f(x)} {f(top - 34 * s)} {f(x + 13 * s)} {f(top - 14 * s)}Z"/>')
    # arms up to the rifle, the rifle pointing off into the field
    rx0, ry0 = x - aim * 6 * s, top + 14 * s
    rx1, ry1 = x + aim * 70 * s, top - 2 * s
    o.append(f'<path fill="none" stroke="{C}" stroke-width="{f(9 * s)}" stroke-linecap="round" '
             f'd="M{f(x - 22 * s)} {f(top + 8 * s)}L{f(rx0)} {f(ry0)}M{f(x + 22 * s)} {f(top + 8 * s)}L{f(x + aim * 34 * s)} {f(top + 6 * s)}"/>')
    o.append(f'<path fill="none" stroke="#1a1a18" stroke-width="{f(6 * s)}" stroke-linecap="round" d="M{f(rx0)} {f(ry0)}L{f(rx1)} {f(ry1)}"/>')
    o.append(f'<path fill="#f3dcaa" opacity="0.7" d="M{f(x + 22 * s)} {f(top + 6 * s)}l{f(2 * s)} 0l{f(-3 * s)} {f(60 * s)}l{f(-2 * s)} 0Z"/>')
    return "\n".join(o)


def base_field_strangers():
    """2.1 (a variant of base_field): seven strangers in scuffed white armour come out of
    the jungle at the field's edge, hands up, blasters held out butt first, a couple with
    their helmets off or a jacket over the plates; sentries back out ahead of them, rifles
    up."""
    rng = random.Random(20_01)
    text = (HERE / "base_field.svg").read_text()
    o = ["  <!-- the strangers out of the jungle edge, and the sentries backing out before them -->"]
    group = [(600, 678, 92, True, None), (648, 684, 96, False, "#6a4a32"), (697, 676, 90, True, None),
             (746, 682, 95, False, None), (795, 674, 88, True, "#4a5560"), (844, 680, 92, True, None),
             (892, 674, 88, False, None)]
    for x, y, h, helm, jacket in group:
        o.append(f'  <ellipse cx="{x}" cy="{y}" rx="{f(h * 0.16)}" ry="3" fill="#3d3a2e" opacity="0.4"/>')
        o.append(armoured(rng, x, y, h, helmet=helm, jacket=jacket,
                          skin=rng.choice(("#b98a68", "#8a5e42", "#d2a684")), hair=rng.choice(("#2a211c", "#6a4a2a", "#1a1614"))))
    for x, y, h, aim in ((566, 718, 118, 1), (930, 722, 120, -1)):
        o.append(f'  <ellipse cx="{x}" cy="{y}" rx="{f(h * 0.18)}" ry="4" fill="#3d3a2e" opacity="0.45"/>')
        o.append(sentry(x, y, h, aim))
    block = "\n".join(o) + "\n"
    text = text.replace("<!-- After the Rain: base_field.", "<!-- After the Rain: base_field_strangers (variant of base_field, "
                        "written by make_places.py from base_field.svg). Seven defectors in scuffed white armour out of the jungle, hands up, sentries backing before them (2.1).", 1)
    text = text.replace("<!-- /gen:fuel -->", "<!-- /gen:fuel -->\n" + block, 1)
    write("base_field_strangers", text)


def field_ramp():
    """The transport's side hatch open in daylight and its ramp run down to the field
    toward us (the same hatch and ramp as skiff_ramp, on base_field's transport): the
    freighter's ramp of 4.2. Goes over the ships and under the fuel bowser."""
    SX, SY, SS, SYAW, SP = 1120, 668 - 0.9 * 34, 34, 0.5, 0.14

    def sp(p):
        return project(p, SX, SY, SS, SYAW, SP)

    def path(pts):
        return "M" + "L".join(f"{f(a)} {f(b)}" for a, b in pts) + "Z"

    x0, x1, z = 0.95, 2.35, 1.92
    o = ["  <!-- the freighter's side hatch open and its ramp down to the field -->"]
    o.append(f'<path fill="#4c4f4b" d="{path([sp((x0 - 0.12, 0.1, z)), sp((x1 + 0.12, 0.1, z)), sp((x1 + 0.12, 2.85, z)), sp((x0 - 0.12, 2.85, z))])}"/>')
    o.append(f'<path fill="#1e2022" d="{path([sp((x0, 0.15, z)), sp((x1, 0.15, z)), sp((x1, 2.72, z)), sp((x0, 2.72, z))])}"/>')
    o.append(f'<path fill="#34383a" d="{path([sp((x0 + 0.9, 0.15, z)), sp((x1, 0.15, z)), sp((x1, 2.72, z)), sp((x0 + 0.9, 2.72, z))])}"/>')
    o.append(f'<path fill="#3d3a2e" opacity="0.4" d="{path([sp((x0 - 0.1, -0.9, z + 0.3)), sp((x1 + 0.4, -0.9, z + 0.3)), sp((x1 + 0.4, -0.9, z + 2.7)), sp((x0 - 0.1, -0.9, z + 2.7))])}"/>')
    top = [sp((x0, 0.15, z)), sp((x1, 0.15, z)), sp((x1, -0.9, z + 2.5)), sp((x0, -0.9, z + 2.5))]
    o.append(f'<path fill="#a9a89c" d="{path(top)}"/>')
    o.append(f'<path fill="#5c5e58" d="{path([sp((x0, 0.15, z)), sp((x0, -0.9, z + 2.5)), sp((x0, -1.02, z + 2.5)), sp((x0, 0.03, z))])}"/>')
    for t in (0.25, 0.5, 0.75):
        a, b = sp((x0 + 0.05, 0.15 - 1.05 * t, z + 2.5 * t)), sp((x1 - 0.05, 0.15 - 1.05 * t, z + 2.5 * t))
        o.append(f'<path fill="none" stroke="#77786e" stroke-width="1.5" d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}"/>')
    a, b = sp((x1, 0.15, z)), sp((x1, -0.9, z + 2.5))
    o.append(f'<path fill="none" stroke="#f3dcaa" stroke-width="2" d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}"/>')
    return "\n".join(o) + "\n"


def field_kylo(x, y, h, crate=False):
    """Kylo small and far across the field (4.2), in his busts' colours so a player knows
    him among the crew's flat silhouettes: tall, black hair to the jaw, the plain dark
    shirt, the sun's rim down his right side; standing, hands at his sides, head a little
    bowed toward the crate at his feet, or (crate) holding it against his chest. Drawn in
    centimetres (190 tall, feet at 0), scaled to h."""
    shirt, shirt_sh, legs, boots = "#4a3f33", "#2f281f", "#26231e", "#141210"
    skin, skin_sh, hair, rim = "#e6c2a6", "#b08a74", "#0e0c0c", "#f3dcaa"
    b = ['<ellipse cx="2" cy="0" rx="26" ry="4" fill="#3d3a2e" opacity="0.45"/>',
         f'<path fill="{legs}" d="M-12 -92L-1 -92L-4 -4L-12 -4ZM1 -92L12 -92L12 -4L4 -4Z"/>',
         f'<path fill="{boots}" d="M-14 -9L-3 -9L-2 0L-16 0ZM3 -9L13 -9L15 0L2 0Z"/>',
         f'<path fill="{shirt}" d="M-7 -164Q-19 -162 -21 -152L-19 -124L-16 -84Q0 -80 16 -84L19 -124L21 -152Q19 -162 7 -164Z"/>',
         f'<path fill="{shirt_sh}" d="M-21 -152L-19 -124L-16 -84L-8 -83L-10 -128L-14 -156Z"/>',
         f'<path fill="{skin_sh}" d="M-3 -164L4 -164L0.5 -154Z"/>']
    if crate:
        # the crate hoisted up on his right shoulder, held there by one raised arm (carried
        # wrong), the other arm hanging
        b.append(f'<path fill="{shirt_sh}" d="M-21 -151L-25 -122L-23 -94L-17 -94L-18 -122L-15 -146Z"/>')
        b.append(f'<path fill="{skin}" d="M-24 -95h7v8h-7Z"/>')
        b.append('<g transform="rotate(-8 20 -162)">'
                 '<path fill="#948c68" d="M-6 -226L76 -226L76 -160L-6 -160Z"/><path fill="#d2c596" d="M-6 -226L76 -226L76 -216L-6 -216Z"/>'
                 '<path fill="#5e5842" d="M4 -226h8v66h-8ZM58 -226h8v66h-8Z"/><path fill="#f0d478" d="M24 -200h22v10h-22Z"/>'
                 '<path fill="#f3dcaa" d="M73 -226h3v66h-3Z"/></g>')
        b.append(f'<path fill="{shirt}" d="M14 -158L22 -154L31 -166L33 -170L26 -172L19 -163Z"/>')
        b.append(f'<path fill="{skin}" d="M26 -174h8v7h-8Z"/>')
    else:
        b.append(f'<path fill="{shirt_sh}" d="M-21 -151L-25 -122L-23 -94L-17 -94L-18 -122L-15 -146Z"/>')
        b.append(f'<path fill="{shirt}" d="M21 -151L25 -122L23 -94L17 -94L18 -122L15 -146Z"/>')
        b.append(f'<path fill="{skin}" d="M-24 -95h7v8h-7ZM17 -95h7v8h-7Z"/>')
    b.append(f'<path fill="{rim}" opacity="0.8" d="M19 -161Q22 -157 22 -151L25 -124L23 -123L20 -150Q19 -156 17 -160Z"/>')
    # the head, a little bowed, black hair over the crown and down to the jaw both sides
    b.append(f'<path fill="{skin_sh}" d="M-3 -170L4 -170L4 -162L-3 -162Z"/>')
    b.append(f'<ellipse cx="0.5" cy="-177" rx="8.5" ry="10.5" fill="{skin}"/>')
    b.append(f'<path fill="{hair}" d="M-11 -164C-13 -174 -13 -186 -6 -190C1 -194 9 -192 11 -185C13 -178 12 -170 11 -163'
             f'L8 -165L8 -178C5 -182 -1 -183 -6 -181L-7 -165Z"/>')
    b.append(f'<path fill="#2a1e1c" d="M-4.5 -176h3v1.4h-3ZM2 -176h3v1.4h-3Z"/>')
    b.append(f'<path fill="{rim}" opacity="0.7" d="M9 -189Q13 -184 12 -176L10.6 -176Q11.4 -184 8 -188Z"/>')
    s = h / 190.0
    return f'<g transform="translate({f(x)} {f(y)}) scale({s:.4f})">' + "".join(b) + "</g>"


def field_pilot(x, y, h):
    """The pilot of 4.2 who knocks Kylo with a shoulder: a few strides past him, walking
    away from us toward the hangars on the left, his back to us in the orange flight suit
    and the white harness's straps, his head turned back over his right shoulder toward
    Kylo (Right) in a scowl. Drawn in centimetres (180 tall, feet at 0), scaled to h; the
    sun from the upper right puts a rim down his right side."""
    suit, suit_sh, suit_dk, rim = "#c8602a", "#93421c", "#6e3014", "#ffd49a"
    strap, strap_sh, boots, glove = "#ece6d6", "#b8b0a0", "#2a211a", "#3a2e24"
    skin, skin_sh, hair = "#c99272", "#9a6a50", "#3a2418"
    b = []
    # legs mid-stride: the left (far) leg stepping away and to the left, the right trailing
    b.append(f'<path fill="{suit_sh}" d="M-14 -92L-1 -92L-9 -8L-20 -8Z"/>')
    b.append(f'<path fill="{suit}" d="M1 -92L14 -92L15 -50L13 -8L3 -8L4 -50Z"/>')
    b.append(f'<path fill="{boots}" d="M-22 -12L-8 -12L-7 0L-24 0Z M2 -12L14 -12L16 -1L1 -1Z"/>')
    # the back: shoulders, the suit's seam, the harness straps down to the belt
    b.append(f'<path fill="{suit}" d="M-6 -156Q-20 -154 -24 -146L-22 -120L-17 -88Q0 -84 17 -88L21 -120L24 -146Q20 -154 6 -156Z"/>')
    b.append(f'<path fill="{suit_sh}" d="M-24 -146L-22 -120L-17 -88L-9 -87L-12 -124L-17 -150Z"/>')
    b.append(f'<path fill="{suit_dk}" d="M-0.6 -150h1.4v58h-1.4Z"/>')
    # the harness seen from behind: its straps cross between the shoulder blades
    b.append(f'<path fill="{strap_sh}" d="M12 -154L17 -152L-6 -100L-12 -100Z"/>')
    b.append(f'<path fill="{strap}" d="M-17 -152L-12 -154L12 -100L6 -100Z"/>')
    b.append(f'<path fill="{strap}" d="M-3 -130h6v6h-6Z"/>')
    b.append(f'<path fill="{strap}" d="M-18 -102L18 -102L17.5 -95L-17.5 -95Z"/>')
    b.append(f'<path fill="#8a8a80" d="M-3 -102h6v7h-6Z"/>')
    # arms: the left swinging forward, away (only its edge past the body), the right back toward us
    b.append(f'<path fill="{suit_sh}" d="M-22 -150L-28 -126L-26 -104L-21 -106L-22 -126L-17 -146Z"/>')
    b.append(f'<path fill="{glove}" d="M-28 -106h7v10h-7Z"/>')
    b.append(f'<path fill="{suit}" d="M19 -152L26 -148L31 -122L33 -96L26 -95L24 -121L17 -142Z"/>')
    b.append(f'<path fill="{glove}" d="M26 -97h8l1 11h-8Z"/>')
    # the collar, up at the back of the neck
    b.append(f'<path fill="{suit_sh}" d="M-8 -160L8 -160L9 -152L-9 -152Z"/>')
    # the sun's rim down his right side
    b.append(f'<path fill="{rim}" opacity="0.85" d="M20 -153Q24 -150 24.5 -146L22 -121L17.5 -88L16 -88L20 -121L22 -146Q21 -150 18.5 -152Z'
             f'M26.5 -148L31.5 -122L33.5 -96L32 -96L30 -122L25.5 -147Z M14 -92L15.5 -50L13.5 -8L12 -8L13.8 -50L12.6 -92Z"/>')
    # the head turned back over his right shoulder: the back of it in hair, the face in
    # profile looking right, brows down, the mouth set hard
    b.append(f'<path fill="{skin_sh}" d="M-4 -166L6 -166L7 -158L-3 -158Z"/>')
    b.append(f'<path fill="{skin}" d="M-6 -186C0 -191 10 -190 12 -183L13 -178L15 -175L13 -173.5L13.6 -170.5'
             f'C13 -167.5 11 -165.6 8 -165C4 -164.6 0 -166 -4 -168Z"/>')
    b.append(f'<path fill="{hair}" d="M-12 -168C-14 -176 -13 -186 -6 -191C1 -195 10 -193 12.5 -187C10 -187 7 -186 5 -184'
             f'C3 -180 3 -175 1 -170C-2 -167 -6 -165 -12 -168Z"/>')
    b.append(f'<path fill="{skin_sh}" d="M-1 -180C1 -181 3 -179 3 -176C3 -173 1 -172 -1 -173Z"/>')
    b.append(f'<path fill="#1e1410" d="M6 -183.2L12.2 -181.4L12 -180L6.2 -181.6Z"/>')
    b.append(f'<path fill="#1e1410" d="M8.6 -179.4h2.6v1.6h-2.6Z"/>')
    b.append(f'<path fill="#6a3a2a" d="M9.4 -169.6L13.2 -170.2L13.2 -169.2L9.6 -168.6Z"/>')
    b.append(f'<path fill="{rim}" opacity="0.8" d="M8 -191Q13 -188 12.6 -183L11.4 -183.4Q11.6 -187.6 7.4 -190Z"/>')
    s = h / 180.0
    return (f'<ellipse cx="{f(x + 4)}" cy="{f(y)}" rx="{f(h * 0.16)}" ry="{f(h * 0.015)}" fill="#3d3a2e" opacity="0.45"/>'
            f'<g transform="translate({f(x)} {f(y)}) scale({s:.4f})">' + "".join(b) + "</g>")


def base_field_shunned():
    """4.2 (variants of base_field): the freighter in the middle with its side hatch open
    and its ramp down (field_ramp). base_field_carry: Kylo small, carrying his crate across
    toward it (his bust is off the stage), the two mechanics at the ramp looking his way.
    Then the crate set down at the ramp's foot: base_field_shunned: Kylo small beside it (field_kylo; his bust is off the
    stage while he stands there), one mechanic with his back squarely turned to him and
    a second already walking off toward the right, mid-stride, a dust scuff at his heel.
    base_field_crate: the same after he has walked off toward Rey (his bust walks in):
    the crate left at the ramp, the two mechanics. base_field_knock: that, and the pilot
    who has just knocked him with a shoulder a few strides past him in the middle of the
    picture, between Rey (Left) and Kylo (Right), turned back to him (field_pilot).
    Everything of the crate's sits in the gap between Rey at Left and Finn at Right."""
    rng = random.Random(20_04)
    base = (HERE / "base_field.svg").read_text()
    o = ["  <!-- the shunning: his crate at the freighter's ramp, one mechanic's back turned, one walking off -->"]
    # the crate, set down at the ramp's foot (a lid, a darker front, bands, a stencil)
    cx, cy = 1046, 716
    k = 0.72
    o.append(f'  <ellipse cx="{cx + 3}" cy="{cy + 1}" rx="{f(44 * k)}" ry="4" fill="#3d3a2e" opacity="0.45"/>')
    o.append(f'<g transform="translate({cx} {cy}) scale({k})">'
             '<path fill="#6f6a52" d="M-32 0L30 0L30 -36L-32 -36Z"/>'
             '<path fill="#9a9272" d="M-32 -36L30 -36L40 -44L-22 -44Z"/>'
             '<path fill="#4e4a3a" d="M30 0L40 -8L40 -44L30 -36Z"/>'
             '<rect x="-24" y="-36" width="5" height="36" fill="#4a4636"/><rect x="20" y="-36" width="5" height="36" fill="#4a4636"/>'
             '<rect x="-12" y="-26" width="20" height="8" fill="#d8c27a" opacity="0.8"/></g>')
    # the one who turned his back: square-on, away from the crate and the man who left it,
    # shoulders up, the light on his far edge only
    x, y, h = 1128, 754, 70
    o.append(f'  <ellipse cx="{x}" cy="{y}" rx="{f(h * 0.2)}" ry="3.5" fill="#3d3a2e" opacity="0.45"/>')
    o.append(person(rng, x, y, h, "#2f312c", rim="#f3dcaa", rim_side=1, facing=0, hair="cap"))
    # the one walking off: turned right, away, legs apart mid-stride, a scuff of dust behind
    x, y, h = 1262, 748, 68
    o.append(f'  <ellipse cx="{x}" cy="{y}" rx="{f(h * 0.22)}" ry="3" fill="#3d3a2e" opacity="0.4"/>')
    walker = person(random.Random(7), x, y, h, "#34362f", rim="#f3dcaa", rim_side=1, facing=1, hair="short")
    o.append(f'<g transform="rotate(6 {x} {y})">' + walker + '</g>')
    for i in range(3):
        o.append(f'<ellipse cx="{f(x - 18 - i * 10)}" cy="{f(y - 3 - i * 3)}" rx="{f(6 + i * 3)}" ry="{f(3 + i)}" '
                 f'fill="#cdbb92" opacity="{f(0.45 - i * 0.12)}"/>')
    block = "\n".join(o) + "\n"
    kylo = "  <!-- Kylo beside his crate -->\n" + field_kylo(1004, 720, 70) + "\n"
    pilot = "  <!-- the pilot who knocked him, a few strides on, turned back -->\n" + field_pilot(860, 1075, 680) + "\n"
    # before: he carries the crate across toward the ramp, the two mechanics at it still
    # turned his way
    carry = ["  <!-- before: Kylo carrying his crate across toward the ramp, the mechanics at it looking his way -->"]
    carry.append(field_kylo(1000, 776, 84, crate=True))
    for x, y, h, fc, hair, seed in ((1128, 754, 70, -1, "cap", 11), (1240, 748, 68, -1, "short", 7)):
        carry.append(f'  <ellipse cx="{x}" cy="{y}" rx="{f(h * 0.2)}" ry="3.5" fill="#3d3a2e" opacity="0.45"/>')
        carry.append(person(random.Random(seed), x, y, h, "#30322d", rim="#f3dcaa", rim_side=1, facing=fc, hair=hair))
    carry = "\n".join(carry) + "\n"
    what = {"base_field_carry": ("Kylo small carrying his crate across to the freighter's ramp, the mechanics at it (4.2).", carry),
            "base_field_shunned": ("His crate by the freighter's ramp, Kylo small beside it, one mechanic's back turned, "
                                   "the other walking off (4.2).", kylo),
            "base_field_crate": ("His crate left by the freighter's ramp, the two mechanics (4.2, after he walks off).", ""),
            "base_field_knock": ("His crate by the ramp, and the pilot who knocked him turned back toward him (4.2).", pilot)}
    for name, (says, extra) in what.items():
        text = base.replace("<!-- After the Rain: base_field.", f"<!-- After the Rain: {name} (variant of base_field, "
                            f"written by make_places.py from base_field.svg). {says}", 1)
        text = text.replace("<!-- /gen:ships -->", "<!-- /gen:ships -->\n" + field_ramp(), 1)
        if name == "base_field_knock":
            # over everything but the jungle's frame: he is near, a few strides off
            text = text.replace("<!-- /gen:fuel -->", "<!-- /gen:fuel -->\n" + block, 1)
            text = text.replace("  <!-- foreground jungle frame", extra + "  <!-- foreground jungle frame", 1)
        elif name == "base_field_carry":
            text = text.replace("<!-- /gen:fuel -->", "<!-- /gen:fuel -->\n" + extra, 1)
        else:
            text = text.replace("<!-- /gen:fuel -->", "<!-- /gen:fuel -->\n" + block + extra, 1)
        write(name, text)


def base_field_landing():
    """The landing field as a crippled shuttle comes down (beat 2.3; a variant of
    base_field): the transport's engine burning, a plume of black smoke bent by the
    wind, a scorched furrow behind it and the crew running."""
    rng = random.Random(20_03)
    text = (HERE / "base_field.svg").read_text()
    text = re.sub(r"\s*<!-- gen:fuel -->.*?<!-- /gen:fuel -->", "", text, flags=re.S)
    o = ["  <!-- the crash landing: furrow, scorch, fire at the engine, smoke, sparks -->"]
    o.append('<defs><radialGradient id="fire" cx="1032" cy="588" r="120" gradientUnits="userSpaceOnUse">'
             '<stop offset="0" stop-color="#fff0b0" stop-opacity="0.95"/><stop offset="0.25" stop-color="#ffa040" stop-opacity="0.8"/>'
             '<stop offset="1" stop-color="#ff6020" stop-opacity="0"/></radialGradient></defs>')
    # a furrow ploughed behind the skid, dark earth thrown up at its sides
    o.append('<path fill="#3a3026" opacity="0.6" d="M640 652 C760 655 900 664 1010 684 L1040 700 C900 690 760 672 630 660Z"/>')
    o.append('<path fill="#6b5a44" opacity="0.5" d="M700 650 C800 652 900 660 990 676 L996 670 C900 655 800 647 700 646Z"/>')
    for _ in range(14):
        x, y = rng.uniform(660, 1020), rng.uniform(648, 692)
        o.append(f'<ellipse cx="{f(x)}" cy="{f(y)}" rx="{f(rng.uniform(4, 11))}" ry="{f(rng.uniform(2, 4))}" fill="#2e261e" opacity="0.7"/>')
    # scorch on the hull, a blown panel at the engine
    for cx, cy, rx, ry in ((1040, 580, 46, 26), (1120, 540, 34, 16), (1230, 610, 40, 14), (960, 560, 30, 22)):
        o.append(f'<path fill="#1c1a18" opacity="0.72" d="{blob(rng, cx, cy, rx, ry, 10, 0.3)}"/>')
    o.append('<path fill="#0e0c0b" d="M1018 570 L1052 566 L1058 600 L1022 606Z"/>')
    # fire at the engine and its glow on the hull and the ground
    o.append('<circle cx="1032" cy="588" r="120" fill="url(#fire)"/>')
    for k, (col, sc) in enumerate((("#ff6a1e", 1.0), ("#ffb23a", 0.66), ("#fff0b4", 0.34))):
        pts = []
        for i in range(9):
            a = math.pi * (1.05 + 0.9 * i / 8)
            r = (34 + (22 if i % 2 else 0) + rng.uniform(-5, 5)) * sc
            pts.append((1036 + math.cos(a) * r * 0.8, 596 + math.sin(a) * r * 1.5))
        pts.append((1036 + 22 * sc, 604))
        pts.append((1036 - 22 * sc, 604))
        o.append(f'<path fill="{col}" d="{smooth_closed(pts)}"/>')
    # smoke: puffs rising from the engine, growing, thinning and drifting right with the wind
    n = 22
    for i in range(n):
        t = i / (n - 1)
        cx = 1030 + 520 * t ** 1.35 + rng.uniform(-20, 20)
        cy = 560 - 500 * t + 40 * t * t + rng.uniform(-14, 14)
        r = 34 + 120 * t
        grey = mix("#1d1b19", "#8d8a84", t)
        o.append(f'<path fill="{grey}" opacity="{f(0.92 - 0.55 * t)}" d="{blob(rng, cx, cy, r, r * 0.8, 11, 0.22)}"/>')
        if i % 3 == 0:
            o.append(f'<path fill="{mix(grey, "#f3dcaa", 0.3)}" opacity="{f(0.35 - 0.2 * t)}" '
                     f'd="{blob(rng, cx + r * 0.3, cy - r * 0.3, r * 0.5, r * 0.35, 9, 0.2)}"/>')
    # a thinner wisp from the blown panel along the hull
    for i in range(8):
        t = i / 7
        o.append(f'<path fill="#3a3835" opacity="{f(0.6 - 0.4 * t)}" '
                 f'd="{blob(rng, 1130 + 160 * t, 530 - 140 * t, 14 + 40 * t, 12 + 30 * t, 9, 0.2)}"/>')
    # sparks thrown from the fire
    for _ in range(26):
        a = rng.uniform(math.pi * 1.0, math.pi * 2.0)
        d = rng.uniform(30, 170)
        x, y = 1034 + math.cos(a) * d * 1.2, 596 + math.sin(a) * d * 0.8
        o.append(f'<circle cx="{f(x)}" cy="{f(y)}" r="{f(rng.uniform(1.5, 3.2))}" fill="#ffd27a" opacity="{f(rng.uniform(0.6, 1))}"/>')
    block = "\n".join(o) + "\n"
    text = text.replace("<!-- After the Rain: base_field.", "<!-- After the Rain: base_field_landing (variant of base_field, "
                        "written by make_places.py from base_field.svg). The transport down hard, burning, its smoke on the wind.", 1)
    text = text.replace("<!-- /gen:ships -->", "<!-- /gen:ships -->\n" + block, 1)
    write("base_field_landing", text)


def quarters_dark():
    """Rey's quarters with the holo-comm off (3.4 from "The glow faded.", 3.5's night, 7.1):
    no call on, so no cone, no blue glow and no blue rims: the room in the dark, lit only
    by a little cold starlight from the porthole on the back wall, the
    projector a dark disc on the desk with one small standby light."""
    text = (HERE / "quarters.svg").read_text()
    for cut in ('  <rect width="1920" height="1080" fill="url(#holo)"/>\n',
                '  <rect y="558" width="1920" height="522" fill="url(#pool)"/>\n',
                '  <path fill="url(#beam)" d="M1186 550 L1146 258 L1251 258 L1210 550 Z"/>\n',
                '  <circle cx="1198" cy="548" r="90" fill="url(#holoCore)"/>\n'):
        if cut not in text:
            raise SystemExit("quarters.svg changed: " + cut.strip())
        text = text.replace(cut, "", 1)
    # the blue rims along the desk, the bunk and the door frame go: a faint cold edge instead
    text = re.sub(r'<path fill="#8fd3ff" opacity="0.6"', '<path fill="#5a6e8e" opacity="0.35"', text)
    text = re.sub(r'<path fill="#6cb8f0" opacity="0.45"', '<path fill="#6a7fa4" opacity="0.3"', text)
    text = re.sub(r'<path fill="#6cb8f0" opacity="0.35"', '<path fill="#4a5a78" opacity="0.2"', text)
    # the projector's lens dark, a pin of standby light on its rim
    text = text.replace('<ellipse cx="1198" cy="551" rx="17" ry="5" fill="#dff4ff"/>',
                        '<ellipse cx="1198" cy="551" rx="17" ry="5" fill="#1e2432"/>\n'
                        '  <circle cx="1222" cy="555" r="2.2" fill="#7fb8e8" opacity="0.8"/>', 1)
    o = ["  <!-- the holo-comm off: starlight from the porthole -->",
         '<defs><radialGradient id="starlight" cx="864" cy="360" r="760" gradientUnits="userSpaceOnUse">'
         '<stop offset="0" stop-color="#8ea8d8" stop-opacity="0.2"/><stop offset="0.4" stop-color="#5a72a0" stop-opacity="0.08"/>'
         '<stop offset="1" stop-color="#5a72a0" stop-opacity="0"/></radialGradient></defs>',
         '<rect width="1920" height="1080" fill="url(#starlight)"/>']
    block = "\n".join(o) + "\n"
    text = text.replace('  <rect y="720" width="1920" height="360" fill="url(#calm)"/>',
                        block + '  <rect y="720" width="1920" height="360" fill="url(#calm)"/>', 1)
    text = text.replace("<!-- After the Rain: quarters.", "<!-- After the Rain: quarters_dark (variant of quarters, written by "
                        "make_places.py from quarters.svg): the holo-comm off, only starlight. Was: quarters.", 1)
    write("quarters_dark", text)


def quarters_bond():
    """Rey's quarters the night the bond is forced open (7.1): the blue room gone dark at
    its edges, and a red light from somewhere that isn't there, the throne room's, falling
    in from the right where he stands. Built on quarters_dark: no call is on, so the
    holo-comm stays off."""
    text = (HERE / "quarters_dark.svg").read_text()
    o = ["  <!-- the bond: the room darkened, red light from the right, a red veil at the edges -->",
         '<defs><radialGradient id="throne" cx="1700" cy="420" r="1150" gradientUnits="userSpaceOnUse">'
         '<stop offset="0" stop-color="#ff3a24" stop-opacity="0.62"/><stop offset="0.35" stop-color="#c0141a" stop-opacity="0.38"/>'
         '<stop offset="1" stop-color="#5a0610" stop-opacity="0"/></radialGradient>'
         '<radialGradient id="bondEdge" cx="0.5" cy="0.48" r="0.72">'
         '<stop offset="0.45" stop-color="#12020a" stop-opacity="0"/><stop offset="1" stop-color="#12020a" stop-opacity="0.92"/>'
         '</radialGradient>'
         '<linearGradient id="shaft" x1="1" y1="0" x2="0" y2="0.4">'
         '<stop offset="0" stop-color="#ff5a3a" stop-opacity="0.32"/><stop offset="1" stop-color="#ff5a3a" stop-opacity="0"/>'
         '</linearGradient><filter id="soft" x="-20%" y="-20%" width="140%" height="140%">'
         '<feGaussianBlur stdDeviation="38"/></filter></defs>',
         # the room itself sinks into the dark, its blue turned to a bruise
         '<rect width="1920" height="1080" fill="#1a0612" opacity="0.45" style="mix-blend-mode:multiply"/>',
         '<rect width="1920" height="1080" fill="url(#throne)" style="mix-blend-mode:screen"/>',
         # a broad shaft of red light slanting in from the right, across the floor
         '<path fill="url(#shaft)" d="M1920 120 L1920 760 L760 1080 L520 1080 Z" filter="url(#soft)" style="mix-blend-mode:screen"/>',
         '<rect width="1920" height="1080" fill="url(#bondEdge)"/>']
    block = "\n".join(o) + "\n"
    text = text.replace("<!-- After the Rain: quarters_dark (variant of quarters", "<!-- After the Rain: quarters_bond (variant of quarters, written by "
                        "make_places.py from quarters_dark.svg): the night the bond opens, red light from his side. Was: (variant of quarters", 1)
    text = text.replace("</svg>", block + "</svg>", 1)
    write("quarters_bond", text)


def base_field_dusk():
    """The landing field at dusk with the skiff down and burning (7.2, "Four days later,
    at dusk"): base_field_landing under a low orange sky, the ground gone to shadow."""
    text = (HERE / "base_field_landing.svg").read_text()
    o = ["  <!-- dusk: the sky low and orange, the field in blue shadow -->",
         '<defs><linearGradient id="dusk" x1="0" y1="0" x2="0" y2="1">'
         '<stop offset="0" stop-color="#4a3a78"/><stop offset="0.38" stop-color="#e0804a"/>'
         '<stop offset="0.55" stop-color="#b86a58"/><stop offset="1" stop-color="#3a3656"/></linearGradient>'
         '<radialGradient id="lowSun" cx="1500" cy="470" r="700" gradientUnits="userSpaceOnUse">'
         '<stop offset="0" stop-color="#ffb060" stop-opacity="0.55"/><stop offset="1" stop-color="#ff8040" stop-opacity="0"/>'
         '</radialGradient></defs>',
         '<rect width="1920" height="1080" fill="url(#dusk)" style="mix-blend-mode:multiply"/>',
         '<rect width="1920" height="1080" fill="url(#lowSun)" style="mix-blend-mode:screen"/>']
    block = "\n".join(o) + "\n"
    # Over the field but under the fire, the smoke's glow stays bright.
    text = text.replace("<!-- After the Rain: base_field_landing", "<!-- After the Rain: base_field_dusk (variant of "
                        "base_field_landing, written by make_places.py): the same field at dusk. Was: base_field_landing", 1)
    text = text.replace("  <!-- the crash landing:", block + "  <!-- the crash landing:", 1)
    write("base_field_dusk", text)


def base_field_dusk_doused():
    """7.2, later (a variant of base_field_dusk): the skiff's engine fire put out by the
    time they walk him down the ramp: no flames, no sparks, the engine foamed white and
    glowing dull red inside, the smoke still going up. The flames sat right behind Ben's
    collar where he stands (NearRight) to say her name."""
    rng = random.Random(20_05)
    text = (HERE / "base_field_dusk.svg").read_text()
    text = re.sub(r'<circle [^>]*fill="url\(#fire\)"/>\n', "", text)
    text = re.sub(r'<path fill="#(?:ff6a1e|ffb23a|fff0b4)" d="[^"]*"/>\n', "", text)
    text = re.sub(r'<circle [^>]*fill="#ffd27a"[^>]*/>\n', "", text)
    o = ["  <!-- the fire out: the engine foamed, a dull glow inside, a last thin smoke -->"]
    o.append('<defs><radialGradient id="ember" cx="1036" cy="586" r="46" gradientUnits="userSpaceOnUse">'
             '<stop offset="0" stop-color="#ff6a2a" stop-opacity="0.55"/><stop offset="1" stop-color="#a03018" stop-opacity="0"/>'
             '</radialGradient></defs>')
    o.append('<circle cx="1036" cy="586" r="46" fill="url(#ember)"/>')
    # the suppressant foam over the engine and dripped onto the ground below it
    for _ in range(11):
        x, y = 1036 + rng.uniform(-34, 34), 590 + rng.uniform(-22, 16)
        o.append(f'<path fill="#8f7f7c" opacity="{f(rng.uniform(0.4, 0.6))}" d="{blob(rng, x, y, rng.uniform(7, 14), rng.uniform(5, 9), 9, 0.25)}"/>')
    for _ in range(7):
        x, y = 1036 + rng.uniform(-60, 60), 652 + rng.uniform(-6, 10)
        o.append(f'<path fill="#85777a" opacity="0.5" d="{blob(rng, x, y, rng.uniform(10, 22), rng.uniform(3, 5), 9, 0.2)}"/>')
    block = "\n".join(o) + "\n"
    text = text.replace("<!-- After the Rain: base_field_dusk (variant of", "<!-- After the Rain: base_field_dusk_doused (variant of "
                        "base_field_dusk, written by make_places.py): the skiff's fire put out. Was: (variant of", 1)
    # over the burnt-out engine and its smoke (the crash block), under the crates in front
    text = text.replace("  <!-- crates -->", block + "  <!-- crates -->", 1)
    # the ramp still down (skiff_ramp), empty now: they are walking him down it
    text = text.replace("  <!-- the crash landing:", skiff_ramp(False) + "  <!-- the crash landing:", 1)
    write("base_field_dusk_doused", text)


def skiff_ramp(figure):
    """7.2 (base_field_dusk:ramp and base_field_dusk:doused): the skiff's side hatch open
    between its engine pod and its cockpit, a dull red emergency light inside, and its
    ramp run down to the field toward us. With figure, Kylo at the top of it, far off
    and small: a tall dark figure swaying in the hatch, one hand on the frame, the
    fire's light along his left side. Over the dusk but under the smoke (the light of
    the hatch is its own)."""
    SX, SY, SS, SYAW, SP = 1120, 668 - 0.9 * 34, 34, 0.5, 0.14

    def sp(p):
        return project(p, SX, SY, SS, SYAW, SP)

    def path(pts):
        return "M" + "L".join(f"{f(a)} {f(b)}" for a, b in pts) + "Z"

    x0, x1, z = 0.95, 2.35, 1.92
    o = ["  <!-- the skiff's side hatch open, lit red inside, its ramp down to the field -->"]
    frame = [sp((x0 - 0.12, 0.1, z)), sp((x1 + 0.12, 0.1, z)), sp((x1 + 0.12, 2.85, z)), sp((x0 - 0.12, 2.85, z))]
    o.append(f'<path fill="#1c1517" d="{path(frame)}"/>')
    hole = [sp((x0, 0.15, z)), sp((x1, 0.15, z)), sp((x1, 2.72, z)), sp((x0, 2.72, z))]
    (ax, ay), (bx, by) = hole[0], hole[2]
    o.append(f'<defs><linearGradient id="hatchIn" gradientUnits="userSpaceOnUse" x1="0" y1="{f(by)}" x2="0" y2="{f(ay)}">'
             '<stop offset="0" stop-color="#6e2a22"/><stop offset="0.6" stop-color="#b8542e"/><stop offset="1" stop-color="#e8934a"/>'
             '</linearGradient>'
             f'<radialGradient id="hatchGlow" cx="{f((ax + bx) / 2)}" cy="{f(ay - 20)}" r="70" gradientUnits="userSpaceOnUse">'
             '<stop offset="0" stop-color="#ffae62" stop-opacity="0.45"/><stop offset="1" stop-color="#ff8a40" stop-opacity="0"/>'
             '</radialGradient></defs>')
    o.append(f'<path fill="url(#hatchIn)" d="{path(hole)}"/>')
    # a bulkhead and a hanging cable seen inside
    o.append(f'<path fill="#4a1e1a" opacity="0.8" d="{path([sp((x0 + 0.9, 0.15, z)), sp((x1, 0.15, z)), sp((x1, 2.72, z)), sp((x0 + 0.9, 2.72, z))])}"/>')
    c0, c1 = sp((x0 + 0.35, 2.72, z)), sp((x0 + 0.5, 1.7, z))
    o.append(f'<path fill="none" stroke="#2a1414" stroke-width="2" d="M{f(c0[0])} {f(c0[1])}Q{f(c0[0] + 6)} {f((c0[1] + c1[1]) / 2)} {f(c1[0])} {f(c1[1])}"/>')
    # the ramp's shadow on the field
    sh = [sp((x0 - 0.2, -0.9, z + 0.2)), sp((x1 + 0.3, -0.9, z + 0.2)), sp((x1 + 0.3, -0.9, z + 2.7)), sp((x0 - 0.2, -0.9, z + 2.7))]
    o.append(f'<path fill="#1a1420" opacity="0.35" d="{path(sh)}"/>')
    # the ramp: its top face, lit from the hatch at the top, and its thin near edge
    top = [sp((x0, 0.15, z)), sp((x1, 0.15, z)), sp((x1, -0.9, z + 2.5)), sp((x0, -0.9, z + 2.5))]
    o.append(f'<defs><linearGradient id="rampLit" gradientUnits="userSpaceOnUse" x1="0" y1="{f(top[0][1])}" x2="0" y2="{f(top[2][1])}">'
             '<stop offset="0" stop-color="#c0704a"/><stop offset="0.5" stop-color="#6e4a48"/><stop offset="1" stop-color="#4a3a44"/>'
             '</linearGradient></defs>')
    o.append(f'<path fill="url(#rampLit)" d="{path(top)}"/>')
    edge = [sp((x0, 0.15, z)), sp((x0, -0.9, z + 2.5)), sp((x0, -1.02, z + 2.5)), sp((x0, 0.03, z))]
    o.append(f'<path fill="#2a2026" d="{path(edge)}"/>')
    for t in (0.25, 0.5, 0.75):
        a = sp((x0 + 0.05, 0.15 - 1.05 * t, z + 2.5 * t))
        b = sp((x1 - 0.05, 0.15 - 1.05 * t, z + 2.5 * t))
        o.append(f'<path fill="none" stroke="#d08a5a" stroke-opacity="{f(0.5 - 0.4 * t)}" stroke-width="1" d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}"/>')
    o.append(f'<circle cx="{f((ax + bx) / 2)}" cy="{f(ay - 20)}" r="70" fill="url(#hatchGlow)"/>')
    if figure:
        # Kylo at the top of the ramp: tall and thin, swaying, leaning on the near frame
        fx, fy = sp(((x0 + x1) / 2 + 0.1, 0.15, z + 0.15))
        H = 2.25 * SS  # a tall man, his head near the top of the hatch
        u = H / 190.0
        dark, dark2, rim = "#150f12", "#241a1e", "#ff9a52"
        g = []
        # legs, a little apart, the near knee giving
        g.append(f'<path fill="{dark}" d="M-10 0L-4 0L-2 -92L-13 -92Z M3 0L10 0L13 -92L1 -92Z"/>')
        # the long dark shirt, torn and hanging, the shoulders slumped
        g.append(f'<path fill="{dark2}" d="M-19 -160Q-22 -150 -20 -128L-16 -86L16 -86L19 -128Q22 -152 17 -162Q0 -168 -19 -160Z"/>')
        g.append(f'<path fill="{dark}" d="M2 -150L14 -100L16 -86L6 -88Z"/>')
        # the near arm up and out, the hand on the hatch frame
        g.append(f'<path fill="{dark2}" d="M-17 -158L-34 -176L-40 -186L-35 -190L-27 -180L-12 -166Z"/>')
        g.append(f'<path fill="{dark}" d="M-42 -190h8v10h-8Z"/>')
        # the far arm hanging, the hand at the thigh
        g.append(f'<path fill="{dark2}" d="M16 -158L22 -126L20 -100L14 -100L15 -126L12 -150Z"/>')
        # the head bowed forward and tipped, black hair to the jaw
        g.append(f'<path fill="{dark}" d="M-5 -166L5 -166L4 -158L-4 -158Z"/>')
        g.append(f'<path fill="#1a1012" d="M-10 -176Q-12 -192 1 -193Q13 -192 11 -176L12 -164Q6 -166 3 -164L-2 -168Q-6 -164 -11 -166Z"/>')
        # the fire's light down his left side (the viewer's left), the hatch's behind him
        g.append(f'<path fill="{rim}" opacity="0.85" d="M-19 -160Q-22 -150 -20 -128L-16 -88L-14 -88L-18 -128Q-20 -150 -17 -159Z'
                 f'M-10 -178Q-11 -190 -2 -192L-1 -190Q-9 -188 -8 -178Z M-13 -92L-10 0L-8.5 0L-11.5 -92Z"/>')
        o.append(f'<g transform="translate({f(fx)} {f(fy)}) rotate(-7) scale({u:.4f})">' + "".join(g) + "</g>")
    return "\n".join(o) + "\n"


def base_field_dusk_ramp():
    """7.2 (a variant of base_field_dusk): the skiff down and burning, its side hatch open
    and the ramp down, and Kylo at the top of it, swaying (skiff_ramp)."""
    text = (HERE / "base_field_dusk.svg").read_text()
    text = text.replace("<!-- After the Rain: base_field_dusk (variant of", "<!-- After the Rain: base_field_dusk_ramp (variant of "
                        "base_field_dusk, written by make_places.py): the skiff's ramp down, Kylo swaying at the top of it. Was: (variant of", 1)
    text = text.replace("  <!-- the crash landing:", skiff_ramp(True) + "  <!-- the crash landing:", 1)
    write("base_field_dusk_ramp", text)


def mix(a, b, t):
    """Blend two #rrggbb colours."""
    pa = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    pb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(pa, pb))


# ---------------------------------------------------------------- canteen

def canteen():
    """Forty people at supper. The room is drawn in one-point perspective: vanishing
    point (960, 400), eye 1.6 m above the floor, so a point at height Y metres and
    across X metres sits at (960 + X k, 400 + (1.6 - Y) k), k shrinking with depth
    (the tables run from k = 317 at their near end to k = 86)."""
    rng = random.Random(20_03)
    back, front = [], []
    body = "#2a1d16"
    haze = "#6a4a36"
    rim = "#ffc887"

    cloth = ("#2a1d16", "#33241a", "#262219", "#3a2418", "#1f1a17")

    def tone(k):
        c = mix(body, rng.choice(cloth), 0.6)
        return mix(c, haze, max(0.0, min(1.0, (200 - k) / 150)) * 0.75)

    def seat(k, X, facing, out):
        h = 1.75 * k * rng.uniform(0.92, 1.05)
        x = 960 + X * k
        y = 400 + (1.6 - 0.45) * k
        out.append((k, person(rng, x, y, h, tone(k), rim=rim, rim_side=1 if X < 0 else -1, seated=True,
                              facing=facing, arm="cup" if rng.random() < 0.22 else None)))

    def stand(k, X, facing, arm=None):
        h = 1.75 * k * rng.uniform(0.92, 1.05)
        front.append((k, person(rng, 960 + X * k, 400 + 1.6 * k, h, tone(k), rim=rim,
                                rim_side=1 if X < 0 else -1, facing=facing, arm=arm)))

    for side in (-1, 1):
        # outer benches (beyond each table, seen over it, facing the aisle)
        k = 92
        while k < 330:
            if rng.random() < 0.9:
                seat(k, side * 3.45, -side, back)
            k *= rng.uniform(1.11, 1.2)
        # benches on the aisle side: backs to us, turned toward the table
        k = 90
        while k < 235:
            if rng.random() < 0.85:
                seat(k, side * rng.uniform(1.45, 1.55), side, front)
            k *= rng.uniform(1.1, 1.18)
    # a queue at the hatch and people crossing the aisle
    for k, X, fc in ((78, -0.35, 0), (80, 0.1, 0), (83, 0.55, 0), (88, -0.1, 1), (96, 0.35, -1),
                     (100, -0.75, 1), (104, 0.85, 0)):
        stand(k, X, fc, arm="cup" if rng.random() < 0.3 else None)
    back.sort(key=lambda t: t[0])
    front.sort(key=lambda t: t[0])
    patch("canteen", {
        "diners_far": "\n".join(p for _, p in back) + "\n",
        "diners_near": "\n".join(p for _, p in front) + "\n",
    })


# ---------------------------------------------------------------- canteen_door, canteen_turned

def canteen_ben(x, y, h, turned=False):
    """Ben small and far across the canteen (6.1), drawn in his busts' colours so a player
    knows him among the brown crowd: tall, black hair in locks to the jaw, the plain dark
    spacer shirt and trousers, a tray held level in both hands. Feet at (x, y), h tall.
    Walking in, he is turned three-quarters to the viewer's right (into the room);
    turned, he has stopped dead with his back half to us, toward the door behind him on
    the left, the tray's end showing past his side, and only his head comes round over
    his shoulder toward the table that shouted. Drawn in centimetres (190 tall, feet at
    0, the head turned right in both), scaled into place."""
    haze = "#6a4a36"
    cloth, cloth_sh = mix("#353d48", haze, 0.14), mix("#22282f", haze, 0.1)
    legs, boots = mix("#1e2228", haze, 0.1), "#121316"
    skin, skin_sh = mix("#f0cfb8", haze, 0.1), mix("#b98c78", haze, 0.12)
    hair, hair_lt = "#0e0c10", "#3b3644"
    rim = "#ffc887"
    tray, tray_lt, tray_sh = "#8d949b", "#d4dade", "#50565d"
    b = []
    if not turned:
        # mid-stride, the far leg back
        b.append(f'<path fill="{legs}" d="M-11 -92L-1 -92L-7 -4L-14 -4ZM-2 -92L9 -92L14 -4L6 -4Z"/>')
        b.append(f'<path fill="{boots}" d="M-16 -8L-6 -8L-5 0L-18 0ZM5 -8L15 -8L20 0L5 0Z"/>')
        # the long plain shirt to mid-thigh, the far side in shadow, the V at the neck
        b.append(f'<path fill="{cloth}" d="M-6 -163Q-17 -161 -20 -153L-19 -124L-16 -86Q0 -82 17 -86L18 -124L20 -153Q17 -161 7 -163Z"/>')
        b.append(f'<path fill="{cloth_sh}" d="M-20 -153L-19 -124L-16 -86L-9 -84L-11 -128L-14 -155Z"/>')
        b.append(f'<path fill="{skin_sh}" d="M-1 -163L8 -163L4.5 -152Z"/>')
        # the far arm: the upper arm down the side, the forearm forward to the tray
        b.append(f'<path fill="{cloth_sh}" d="M-20 -152L-23 -128L-19 -112L-13 -115L-14 -140Z"/>')
        # the tray, nearly edge on at this distance: a bowl and a cup on it
        b.append(f'<path fill="{tray_sh}" d="M-18 -107L27 -107L26 -102.5L-17 -102.5Z"/>')
        b.append(f'<path fill="{tray}" d="M-19 -110.5L28 -110.5L27 -107L-18 -107Z"/>')
        b.append(f'<path fill="{tray_lt}" d="M-19 -110.5L28 -110.5L27.6 -109.3L-18.6 -109.3Z"/>')
        b.append(f'<path fill="#e4d9c4" d="M-4 -110.5C-4 -116 11 -116 11 -110.5Z"/>')
        b.append(f'<path fill="#6b3f22" d="M-2.5 -114C0 -115 7 -115 9.5 -114L9 -113.2L-2 -113.2Z"/>')
        b.append(f'<path fill="#c8843c" d="M15 -117L20 -117L19.5 -110.5L15.5 -110.5Z"/>')
        # the near arm bent, both hands on the tray's ends
        b.append(f'<path fill="{cloth}" d="M15 -155L21 -152L24 -130L21 -114L15 -117L16 -135Z"/>')
        b.append(f'<path fill="{cloth}" d="M16 -119L23 -116L26 -107L19 -106Z"/>')
        b.append(f'<path fill="{skin_sh}" d="M-17 -112h5v6h-5Z"/>')
        b.append(f'<path fill="{skin}" d="M22 -112.5h6v6.5h-6Z"/>')
        # a thin edge of the kitchen's light down the near side
        b.append(f'<path fill="{rim}" d="M17 -161Q21 -158 21.5 -152L24.5 -130L22 -129L19.5 -151Q18.5 -156 15.5 -160Z" opacity="0.75"/>')
        hx = 0
    else:
        # stopped dead, his back half to us: the near foot already stepping toward the door
        b.append(f'<path fill="{legs}" d="M-12 -92L-2 -92L-12 -4L-19 -4ZM-1 -92L10 -92L9 -4L1 -4Z"/>')
        b.append(f'<path fill="{boots}" d="M-23 -8L-12 -8L-11 0L-25 0ZM0 -8L10 -8L11 0L-1 0Z"/>')
        # the tray held up in front of him, toward the door: its far end past his side, a
        # little tipped, the cup on it
        b.append(f'<path fill="{tray_sh}" d="M-37 -122L-10 -119L-10 -115L-36 -118Z"/>')
        b.append(f'<path fill="{tray}" d="M-38 -126L-10 -122.5L-10 -119L-37 -122Z"/>')
        b.append(f'<path fill="{tray_lt}" d="M-38 -126L-10 -122.5L-10 -121.3L-37.6 -124.8Z"/>')
        b.append(f'<path fill="#c8843c" d="M-33 -131.5L-28 -131L-28.5 -124.6L-32.5 -125.1Z"/>')
        b.append(f'<path fill="{skin_sh}" d="M-14 -125h5v6h-5Z"/>')
        # the shirt from behind, no V: the shoulder blades, a fold down the back
        b.append(f'<path fill="{cloth}" d="M-7 -164Q-18 -162 -21 -153L-20 -124L-17 -86Q0 -83 16 -86L18 -124L20 -153Q17 -162 6 -164Z"/>')
        b.append(f'<path fill="{cloth_sh}" d="M-21 -153L-20 -124L-17 -86L-10 -85L-12 -130L-15 -156Z"/>')
        b.append(f'<path fill="{cloth_sh}" d="M1 -150L2 -88L4 -88L3 -150Z" opacity="0.7"/>')
        # the far arm hidden in front of him; the near arm bent forward, the elbow out
        b.append(f'<path fill="{cloth}" d="M14 -156L21 -152L23 -131L18 -114L13 -118L15 -136Z"/>')
        b.append(f'<path fill="{cloth_sh}" d="M13 -118L18 -114L8 -119L7 -124Z"/>')
        b.append(f'<path fill="{rim}" d="M16 -162Q21 -158 21.5 -152L23.5 -131L21 -130L19.5 -151Q18.5 -157 14.5 -161Z" opacity="0.75"/>')
        hx = 3
    # the head, turned to the viewer's right (the room; turned away, back over his shoulder)
    hd = []
    hd.append(f'<path fill="{skin_sh}" d="M-3 -170L6 -170L6 -160L-3 -160Z"/>')
    hd.append(f'<path fill="{skin}" d="M-3 -185C2 -189 10 -188 11.5 -182L12.5 -178L14 -174.5L12.4 -173.6L12.8 -171.4'
              f'C12.6 -169 11.6 -167 9 -166.2C6 -165.5 2 -166 -1 -168Z"/>')
    hd.append(f'<path fill="{skin_sh}" d="M12.5 -178L14 -174.5L12.4 -173.6L11.6 -175Z"/>')
    # brows and eyes: small dark marks
    hd.append(f'<path fill="{hair}" d="M4 -180.6L8.4 -181L8.4 -179.9L4 -179.6ZM10.2 -180.8L12 -180.6L12 -179.7L10.2 -179.8Z"/>')
    hd.append(f'<path fill="#2a1e1c" d="M5.2 -178.2h2.5v1.3h-2.5ZM10.4 -178.2h1.5v1.3h-1.5Z"/>')
    hd.append(f'<path fill="#9a6a5e" d="M8.6 -170.4h3.4v0.9h-3.4Z"/>')
    # black hair with body: over the crown, a lock across the brow, and down the back and
    # the near side of the head in loose locks to the jaw, covering the ear
    hd.append(f'<path fill="{hair}" d="M-13 -164C-15 -172 -15 -183 -9 -189C-3 -195 8 -194 12 -188C14 -185 13.5 -182 12 -181.5'
              f'C10 -184 7 -184.5 4 -183.5C2.5 -181 2 -177 2.5 -173C3 -170 2.2 -167 1 -164.5C-0.5 -166.5 -1 -165 -2.5 -163'
              f'C-4.5 -166 -6 -163 -8 -162C-9.5 -165 -11.5 -162 -13 -164Z"/>')
    hd.append(f'<path fill="{hair}" d="M11 -186C13.5 -184 14 -179 13 -176.5C12.5 -179 11.5 -181.5 10 -182.5Z"/>')
    hd.append(f'<path fill="none" stroke="{hair_lt}" stroke-width="0.9" stroke-linecap="round" '
              f'd="M-10 -182C-7 -188 -1 -191 6 -190M-11 -173C-10 -179 -7 -184 -3 -186M-6 -166C-6 -172 -4 -177 -1 -180"/>')
    hd.append(f'<path fill="{rim}" d="M9 -191Q14 -188 13.6 -182L12.3 -182.6Q12.6 -187 8.6 -190Z" opacity="0.8"/>')
    s = h / 190.0
    return "\n".join([f'<g transform="translate({f(x)} {f(y)}) scale({s:.4f})">',
                      '<ellipse cx="0" cy="0" rx="24" ry="3" fill="#000" opacity="0.25"/>',
                      *b, f'<g transform="translate({hx} 0)">', *hd, "</g>", "</g>"])


def canteen_door():
    """Variants of canteen for 6.1, Ben across the room near the door: canteen_door
    (walking in with his tray) and canteen_turned (stopped dead when Poe shouts, half
    turned back toward the door). He stands in the cross aisle between the door (in
    the back wall left of the hatch, in canteen.svg) and the left table's far end,
    against the lit hatch, at the crowd's scale (k = 80 in canteen()'s
    perspective: 1.9 m is 152 px), drawn before the far diners and the tables, so the
    table's end hides his legs as it would. Reads canteen.svg as canteen() writes it."""
    base = (HERE / "canteen.svg").read_text()
    k, X = 80, -2.4
    x, y = 960 + X * k, 400 + 1.6 * k
    for name, turned, what in (("canteen_door", False, "walking in with his tray"),
                               ("canteen_turned", True, "stopped dead, half turned back toward the door")):
        text = base.replace("<!-- After the Rain: canteen.",
                            f"<!-- After the Rain: {name} (variant of canteen, written by make_places.py). 6.1: Ben small\n"
                            f"       across the room by the door, {what}. Was: canteen.", 1)
        text = text.replace("No characters, no text.", "One small figure far off (Ben), no text.", 1)
        text = text.replace("<!-- gen:diners_far -->\n", "<!-- gen:diners_far -->\n" + canteen_ben(x, y, 1.9 * k, turned) + "\n", 1)
        write(name, text)


# ---------------------------------------------------------------- corridor_guards

def door_guard(x, y, h, look=-1, rim_side=-1):
    """A Resistance guard on watch (2.5): standing square and upright, feet apart, a rifle
    held across the chest at port arms, helmet on, the head turned toward the corridor
    (look -1 left, 0 ahead). In olive drab under the corridor's cold light, a cold rim
    on the side toward the strip lights. Drawn in centimetres (180 tall, feet at 0),
    scaled into place."""
    haze = "#3c5359"
    olive, olive_sh = mix("#4e573a", haze, 0.45), mix("#30362a", haze, 0.4)
    vest = mix("#2a3022", haze, 0.35)
    boots, gun, gun_lt = "#101517", "#15191b", "#5d6e72"
    skin, skin_sh = mix("#b48466", haze, 0.25), mix("#7e5a46", haze, 0.25)
    rim = "#c6eef3"
    r = rim_side
    b = [f'<ellipse cx="0" cy="0" rx="32" ry="4" fill="#000" opacity="0.35"/>']
    # legs apart, boots
    b.append(f'<path fill="{olive_sh}" d="M-19 -92L-3 -92L-8 -8L-21 -8ZM3 -92L19 -92L21 -8L8 -8Z"/>')
    b.append(f'<path fill="{boots}" d="M-23 -14L-7 -14L-6 0L-26 0ZM7 -14L23 -14L26 0L6 0Z"/>')
    # the jacket, the vest over it, the belt
    b.append(f'<path fill="{olive}" d="M-8 -152Q-24 -150 -27 -140L-24 -90H24L27 -140Q24 -150 8 -152Z"/>')
    b.append(f'<path fill="{vest}" d="M-19 -146L-18 -98H18L19 -146L9 -150L0 -132L-9 -150Z"/>')
    b.append(f'<rect x="-23" y="-100" width="46" height="7" fill="{boots}"/>')
    for dx in (-14, -4, 6):
        b.append(f'<rect x="{dx}" y="-124" width="8" height="11" rx="1.5" fill="{olive_sh}"/>')
    # the arms bent up to the rifle held across the chest, muzzle up at his left shoulder
    b.append(f'<path fill="{olive}" d="M-27 -140L-33 -112L-20 -100L-12 -108L-22 -118L-19 -140Z"/>')
    b.append(f'<path fill="{olive}" d="M27 -140L31 -114L16 -122L10 -128L19 -134L19 -140Z"/>')
    b.append(f'<path fill="{gun}" d="M-30 -168L-24 -172L30 -92L24 -88Z"/>')
    b.append(f'<path fill="{gun}" d="M6 -120L22 -126L28 -112L12 -106Z"/>')
    b.append(f'<path fill="{gun_lt}" d="M-30 -168L-24 -172L-22 -169L-28 -165Z"/>')
    b.append(f'<path fill="{skin_sh}" d="M-20 -108h9v8h-9ZM12 -130h9v8h-9Z"/>')
    # the head, helmeted, turned
    hx = 3 * look
    b.append(f'<path fill="{skin_sh}" d="M-5 -160H5V-150H-5Z"/>')
    b.append(f'<ellipse cx="{hx}" cy="-166" rx="10" ry="12" fill="{skin}"/>')
    b.append(f'<path fill="#241a16" d="M{hx - 6 + 2 * look} -168h4v1.6h-4ZM{hx + 2 + 2 * look} -168h4v1.6h-4Z"/>')
    b.append(f'<path fill="{olive}" d="M{hx - 13} -170Q{hx - 13} -188 {hx} -188Q{hx + 13} -188 {hx + 13} -170H{hx + 15}V-167H{hx - 15}V-170Z"/>')
    b.append(f'<path fill="{olive_sh}" d="M{hx - 15} -170H{hx + 15}V-167H{hx - 15}Z"/>')
    # the cold rim down the lit side
    b.append(f'<path fill="{rim}" opacity="0.75" d="M{r * 8} -151Q{r * 24} -150 {r * 27} -140L{r * 33} -112L{r * 31} -111L{r * 25} -139Q{r * 22} -148 {r * 8} -149Z'
             f'M{hx + r * 11} -184Q{hx + r * 13} -178 {hx + r * 13} -171L{hx + r * 11.5} -171Q{hx + r * 11.5} -178 {hx + r * 9.5} -183Z'
             f'M{r * 19} -90L{r * 21} -8L{r * 19.5} -8L{r * 17.5} -90Z"/>')
    s = h / 180.0
    return "\n".join([f'<g transform="translate({f(x)} {f(y)}) scale({s:.4f})">', *b, "</g>"])


def corridor_guards():
    """2.5 (a variant of corridor): the door on the right is the medbay's, a pale medical
    light over it, and three guards on watch at it, upright, rifles across their chests,
    two on its far side along the wall and one at its near side; all three have turned
    their heads toward whoever comes down the corridor."""
    text = (HERE / "corridor.svg").read_text()
    o = ["  <!-- the medbay's door: a medical light over it, and three guards at it, very awake -->"]
    o.append('<defs><radialGradient id="medLamp" cx="1250" cy="262" r="90" gradientUnits="userSpaceOnUse">'
             '<stop offset="0" stop-color="#e8ffff" stop-opacity="0.55"/><stop offset="1" stop-color="#9ff3f8" stop-opacity="0"/>'
             '</radialGradient></defs>')
    o.append('<circle cx="1250" cy="262" r="90" fill="url(#medLamp)"/>')
    o.append('<path fill="#0d1518" d="M1224 250L1276 226L1276 262L1224 284Z"/>')
    o.append('<path fill="#bff8fc" d="M1228 252L1272 232L1272 258L1228 278Z"/>')
    o.append('<path fill="#2f8f96" d="M1246 239.5L1254 236L1254 245L1263 241L1263 249L1254 253L1254 262L1246 265.5L1246 257L1237 261L1237 253L1246 249Z"/>')
    # the three, back to front
    o.append(door_guard(1090, 676, 316, look=-1, rim_side=-1))
    o.append(door_guard(1166, 712, 366, look=-1, rim_side=-1))
    o.append(door_guard(1384, 800, 476, look=-1, rim_side=-1))
    block = "\n".join(o) + "\n"
    text = text.replace("<!-- After the Rain: corridor.", "<!-- After the Rain: corridor_guards (variant of corridor, written by "
                        "make_places.py from corridor.svg): the medbay's door, three guards at it (2.5). Was: corridor.", 1)
    calm = '  <rect y="720" width="1920" height="360" fill="url(#calm)"/>'
    if calm not in text:
        raise SystemExit("corridor.svg: no calm rect")
    text = text.replace(calm, block + calm, 1)
    write("corridor_guards", text)


# ---------------------------------------------------------------- tribunal

def tribunal():
    """Every chair taken. One-point perspective: vanishing point (960, 450), eye 1.6 m;
    a point at height Y, across X sits at (960 + X k, 450 + (1.6 - Y) k); the back
    wall is at k = 83, the side benches run from k = 124 toward us."""
    rng = random.Random(20_04)
    body, haze, rim = "#1f2225", "#3e4347", "#b9c4ca"

    cloth = ("#1f2225", "#25292c", "#1c2024", "#2a2a2a", "#20252a")

    def tone(k):
        c = mix(body, rng.choice(cloth), 0.6)
        return mix(c, haze, max(0.0, min(1.0, (170 - k) / 90)) * 0.7)

    panel, gallery, benches = [], [], []
    # the panel behind the long table, facing us, lit from the window above
    for x in (690, 825, 960, 1095, 1230):
        panel.append(person(rng, x, 578, 215, "#33383c", rim=rim, rim_side=1 if x < 960 else -1,
                            seated=True, facing=0, hair=rng.choice(("short", "crop", "bun", "bald"))))
    # the gallery: rows of chairs on both sides of the floor, all taken, turned to the middle
    rows = []
    for side in (-1, 1):
        k = 92
        while k < 205:
            for X in (2.7, 3.45, 4.2):
                if rng.random() < 0.95:
                    rows.append((k + rng.uniform(-2, 2), side * (X + rng.uniform(-0.1, 0.1)), side))
            k *= rng.uniform(1.13, 1.18)
    rows.sort(key=lambda t: (t[0], -abs(t[1])))
    for k, X, side in rows:
        x = 960 + X * k
        y = 450 + 1.15 * k
        c = tone(k)
        # the chair's back behind the sitter (we see the sitters turned half toward the middle)
        cw = 0.22 * k
        gallery.append(f'<path fill="{mix(c, "#000000", 0.25)}" d="M{f(x - cw)} {f(y)}h{f(2 * cw)}v{f(0.05 * k)}h{f(-2 * cw)}Z'
                       f'M{f(x - cw * 0.9)} {f(y)}v{f(0.45 * k)}h{f(0.05 * k)}v{f(-0.45 * k)}Z'
                       f'M{f(x + cw * 0.9)} {f(y)}v{f(0.45 * k)}h{f(-0.05 * k)}v{f(-0.45 * k)}Z"/>')
        gallery.append(person(rng, x, y, 1.75 * k * rng.uniform(0.92, 1.05), c, rim=rim,
                              rim_side=-side, seated=True, facing=-side))
    # people standing at the back, along the walls beside the panel
    for x, k in ((600, 86), (640, 88), (1290, 86), (1330, 88), (1370, 90)):
        gallery.insert(0, person(rng, x, 450 + 1.6 * k, 1.75 * k, tone(k), rim=rim,
                                 rim_side=1 if x < 960 else -1, facing=0))
    # the near benches on both sides, full, their sitters dark against the room
    for side in (-1, 1):
        for k in (128, 146, 166, 188):
            x = 960 + side * 4.95 * k
            benches.append(person(rng, x, 450 + 1.15 * k, 1.75 * k, tone(k), rim=rim,
                                  rim_side=-side, seated=True, facing=-side))
    patch("tribunal", {"panel": "\n".join(panel) + "\n", "gallery": "\n".join(gallery) + "\n",
                       "benches": "\n".join(benches) + "\n"})


# ---------------------------------------------------------------- tribunal_leia

def tribunal_leia():
    """4.1 (a variant of tribunal): Leia presiding, in the middle seat of the panel behind
    the long table, under the window's light, a high-backed chair behind her and the
    sheet she reads the finding from held up in both hands; drawn in her
    busts' colours (the crown braid going grey, the grey-lilac top under the plum wrap),
    so a player knows her at a glance while the accused stands on the right and Rey
    sits on the left. She covers the grey panel member drawn at that seat."""
    text = (HERE / "tribunal.svg").read_text()
    x, seat = 960, 578
    skin, skin_sh = "#d9b49c", "#a8826e"
    top, top_sh = "#7b7480", "#5a5360"
    vest, vest_lt = "#4e3d52", "#6d5a72"
    hair, hair_lt, hair_sh = "#7a6252", "#b7a596", "#4e3d32"
    lit = "#eef2f4"
    o = ["  <!-- Leia presiding at the middle of the panel, under the window, the sheet in her hands -->"]
    # the presiding chair: a higher back, its top lit
    o.append(f'<path fill="#2a2d30" d="M{x - 36} 551V402Q{x - 36} 384 {x} 382Q{x + 36} 384 {x + 36} 402V551Z"/>')
    o.append(f'<path fill="#8a9094" opacity="0.8" d="M{x - 36} 402Q{x - 36} 384 {x} 382Q{x + 36} 384 {x + 36} 402'
             f'L{x + 33} 404Q{x + 33} 388 {x} 386Q{x - 33} 388 {x - 33} 404Z"/>')
    # body: shoulders, the top, the plum wrap crossing in front, down behind the table
    o.append(f'<path fill="{top}" d="M{x - 8} 488H{x + 8}L{x + 10} 494Q{x + 33} 497 {x + 36} 514L{x + 38} 548H{x - 38}L{x - 36} 514Q{x - 33} 497 {x - 10} 494Z"/>')
    o.append(f'<path fill="{vest}" d="M{x - 11} 494Q{x - 33} 497 {x - 36} 514L{x - 38} 548H{x + 6}L{x + 12} 530Z'
             f'M{x + 11} 494Q{x + 33} 497 {x + 36} 514L{x + 38} 548H{x + 14}L{x + 4} 520Z"/>')
    o.append(f'<path fill="{vest_lt}" d="M{x - 11} 494L{x + 12} 530L{x + 9} 533L{x - 13} 497Z"/>')
    o.append(f'<circle cx="{x + 8}" cy="525" r="3.2" fill="#cdb47e"/>')
    # arms down to the table, forearms on it toward the sheet
    o.append(f'<path fill="{vest}" d="M{x - 36} 512L{x - 41} 540L{x - 24} 542L{x - 27} 520Z"/>')
    o.append(f'<path fill="{vest}" d="M{x + 36} 512L{x + 41} 540L{x + 24} 542L{x + 27} 520Z"/>')
    # neck and head, bowed a little to the sheet
    o.append(f'<path fill="{skin_sh}" d="M{x - 5} 482H{x + 5}L{x + 6} 494H{x - 6}Z"/>')
    o.append(f'<ellipse cx="{x}" cy="474" rx="11.5" ry="14" fill="{skin}"/>')
    o.append(f'<path fill="{skin_sh}" d="M{x - 11.5} 474Q{x - 10} 486 {x} 488Q{x - 6} 482 {x - 8} 472Z" opacity="0.7"/>')
    # eyes down on the sheet, the brows level, the mouth set
    o.append(f'<path fill="#3a2a22" d="M{x - 7} 475h5v1.6h-5ZM{x + 2} 475h5v1.6h-5Z"/>')
    o.append(f'<path fill="#5c4a40" d="M{x - 7.5} 470.5h5.5v1.3h-5.5ZM{x + 2} 470.5h5.5v1.3h-5.5Z"/>')
    o.append(f'<path fill="#965a52" d="M{x - 3.5} 482.5h7v1.4h-7Z"/>')
    # hair: brown going grey, the crown braid over the top ear to ear, a coil at each side
    o.append(f'<path fill="{hair}" d="M{x - 12.5} 472Q{x - 13} 457 {x} 456Q{x + 13} 457 {x + 12.5} 472Q{x + 9} 464 {x} 463Q{x - 9} 464 {x - 12.5} 472Z"/>')
    o.append(f'<path fill="{hair}" d="M{x - 14} 466Q{x} 452 {x + 14} 466L{x + 15} 461Q{x} 446 {x - 15} 461Z"/>')
    for k in range(7):
        bx = x - 12 + k * 4
        by = 459 - 4.5 * math.sin(math.pi * k / 6)
        o.append(f'<ellipse cx="{f(bx)}" cy="{f(by)}" rx="2.3" ry="1.6" fill="{hair_lt}" opacity="0.85"/>')
    for side in (-1, 1):
        o.append(f'<circle cx="{x + side * 14}" cy="481" r="6.5" fill="{hair}"/>')
        o.append(f'<path fill="{hair_lt}" opacity="0.6" d="M{x + side * 14 - 4} 478q4 -3 8 0q-4 1.5 -8 0Z"/>')
    # the window's light on her crown and shoulders
    o.append(f'<path fill="{lit}" opacity="0.7" d="M{x - 13} 458Q{x} 447 {x + 13} 458Q{x} 451 {x - 13} 458Z"/>')
    o.append(f'<path fill="{lit}" opacity="0.55" d="M{x - 10} 494Q{x - 31} 497 {x - 35} 511L{x - 32} 509Q{x - 28} 499 {x - 10} 496Z'
             f'M{x + 10} 494Q{x + 31} 497 {x + 35} 511L{x + 32} 509Q{x + 28} 499 {x + 10} 496Z"/>')
    # the sheet held up in both hands before her chest, read from: above the accused's
    # empty chair, so it shows
    o.append(f'<path fill="{vest}" d="M{x - 30} 520L{x - 22} 506L{x - 14} 508L{x - 20} 524Z M{x + 30} 520L{x + 22} 506L{x + 14} 508L{x + 20} 524Z"/>')
    o.append(f'<path fill="#e6eaec" d="M{x - 17} 518L{x + 17} 518L{x + 15} 500L{x - 15} 500Z"/>')
    o.append(f'<path fill="#9aa3a8" d="M{x - 11} 504h22v1h-22ZM{x - 11} 507.5h20v1h-20ZM{x - 11} 511h22v1h-22Z"/>')
    o.append(f'<path fill="{skin}" d="M{x - 21} 504h6v8h-6ZM{x + 15} 504h6v8h-6Z"/>')
    block = "\n".join(o) + "\n"
    text = text.replace("<!-- After the Rain: tribunal.", "<!-- After the Rain: tribunal_leia (variant of tribunal, written by "
                        "make_places.py from tribunal.svg): Leia presiding at the middle of the panel, the sheet in her hands (4.1). Was: tribunal.", 1)
    text = text.replace("<!-- /gen:panel -->", "<!-- /gen:panel -->\n" + block, 1)
    write("tribunal_leia", text)


# ---------------------------------------------------------------- seranno

def seranno():
    """The fortress on Seranno at night (5.2): an old walled estate squatting on a hilltop
    above terraced vineyards, "old stone, new guns, red lamps burning along the walls like
    coals". Stone curtain wall with battlements and two towers under tiled roofs, the
    villa's tiled roofs and lit windows above it, a bell tower and cypresses; new metal
    gun turrets on the towers; a road winding up through the black rows of vines."""
    rng = random.Random(20_05)

    def hill(x):
        return 512 + 0.00022 * (x - 960) ** 2 + 0.00000000035 * (x - 960) ** 4

    def pts(p):
        return "M" + "L".join(f"{f(x)} {f(y)}" for x, y in p) + "Z"

    o = []
    # ---- the vineyard: terraces on the hillside, each a stone lip and a row of vines
    o.append("<!-- terraced vineyard rows down the hillside, black, the terrace walls catching the red -->")
    rows = []
    y, gap = 545, 10
    while y < 1120:
        rows.append((y, gap))
        y += gap
        gap *= 1.17
    for k, (yk, gp) in enumerate(rows):
        t = (yk - 545) / 555
        c = 0.00022 * (1 - 0.75 * t)
        xs = [x for x in range(-40, 1981, 40)]
        def cy(x):
            return yk + c * (x - 960) ** 2 * (0.35 + 0.65 * (1 - t)) - 40 * (1 - t) * (1 - t) * 0
        lip = max(2.0, gp * 0.18)
        top = [(x, cy(x)) for x in xs]
        # the terrace wall: a lit lip, then the dark face below it
        o.append(f'<path fill="#4a2226" opacity="{f(0.55 + 0.3 * t)}" d="{pts(top + [(x, y_ + lip) for x, y_ in reversed(top)])}"/>')
        # vines: rounded bumps along the row, a post now and then
        h = max(5.0, gp * 0.8)
        step = max(9, int(gp * 0.8))
        d = []
        x = -40 + rng.uniform(0, step)
        while x < 1980:
            w = step * rng.uniform(0.8, 1.15)
            yy = cy(x)
            hh = h * rng.uniform(0.75, 1.1)
            d.append(f"M{f(x - w / 2)} {f(yy)}Q{f(x - w / 2)} {f(yy - hh)} {f(x)} {f(yy - hh)}Q{f(x + w / 2)} {f(yy - hh)} {f(x + w / 2)} {f(yy)}Z")
            x += step
        o.append(f'<path fill="{mix("#1a0d10", "#0d0709", t)}" d="{"".join(d)}"/>')
        if t > 0.15:
            # red catching the tops of the nearer vines, from the lamps up the hill
            d = []
            x = -40 + rng.uniform(0, step * 3)
            while x < 1980:
                yy = cy(x) - h * 0.85
                d.append(f"M{f(x - step * 0.2)} {f(yy)}h{f(step * 0.4)}v{f(max(1.5, h * 0.12))}h{f(-step * 0.4)}Z")
                x += step * rng.uniform(1.5, 3.5)
            o.append(f'<path fill="#7a2a26" opacity="0.5" d="{"".join(d)}"/>')
    vines = "\n".join(o)

    # ---- the road: from the gate, switchbacks down through the rows
    road = ('<path fill="none" stroke="#2a171a" stroke-linecap="round" stroke-linejoin="round" stroke-width="10" '
            'd="M960 520 C1000 545 1090 560 1080 585 C1060 615 860 615 820 650 C780 690 980 720 1040 760 C1110 810 900 860 760 930 '
            'C660 985 700 1040 720 1100"/>')
    road += ('<path fill="none" stroke="#5a2428" stroke-opacity="0.45" stroke-width="3" '
             'd="M962 516 C1002 541 1092 556 1082 581 C1062 611 862 611 822 646 C782 686 982 716 1042 756"/>')

    # ---- the estate on the crown
    e = []
    # cypresses behind the walls
    for cx, top, w in ((655, 235, 30), (700, 270, 24), (1225, 250, 28), (1262, 290, 22), (1410, 360, 22)):
        base = hill(cx) - 10
        e.append(f'<path fill="#1f0f13" d="M{cx} {top}C{cx + w * 0.7} {top + 60} {cx + w * 0.75} {base - 80} {cx + w * 0.4} {base}'
                 f'L{cx - w * 0.4} {base}C{cx - w * 0.75} {base - 80} {cx - w * 0.7} {top + 60} {cx} {top}Z"/>')
        e.append(f'<path fill="#6a2426" opacity="0.6" d="M{cx - w * 0.1} {top + 10}C{cx - w * 0.55} {top + 70} {cx - w * 0.6} {base - 90} {cx - w * 0.38} {base - 10}'
                 f'L{cx - w * 0.3} {base - 10}C{cx - w * 0.45} {base - 90} {cx - w * 0.4} {top + 70} {cx - w * 0.1} {top + 10}Z"/>')
    # the villa: main house and a wing, hipped tile roofs
    e.append('<path fill="#2a161a" d="M720 440 L720 335 L1130 335 L1130 440Z"/>')       # main house wall
    e.append('<path fill="#3a1d20" d="M720 335 L720 440 L700 440 L700 345Z"/>')
    e.append('<path fill="#4a1f1e" d="M700 338 L760 282 L1090 282 L1150 338Z"/>')        # its roof, terracotta in the dark
    e.append('<path fill="#6a2a24" d="M700 338 L760 282 L775 282 L722 338Z"/>')
    e.append('<path fill="#1e0f11" d="M700 338 L1150 338 L1150 346 L700 346Z"/>')
    e.append('<path fill="#231215" d="M1070 440 L1070 380 L1260 380 L1260 440Z"/>')     # the lower wing
    e.append('<path fill="#431c1c" d="M1058 384 L1095 350 L1240 350 L1272 384Z"/>')
    e.append('<path fill="#1e0f11" d="M1058 384 L1272 384 L1272 390 L1058 390Z"/>')
    # roof tiles: rows of small arcs
    for ry, x0, x1 in ((296, 748, 1104), (310, 734, 1118), (324, 720, 1132), (362, 1082, 1252), (374, 1070, 1262)):
        d = "".join(f"M{x} {ry}q6 -6 12 0" for x in range(x0, x1, 12))
        e.append(f'<path fill="none" stroke="#2a1113" stroke-width="2" d="{d}"/>')
    # the bell tower
    e.append('<path fill="#2e181b" d="M770 335 L770 215 L826 215 L826 335Z"/>')
    e.append('<path fill="#3e1f21" d="M770 215 L770 335 L758 335 L758 222Z"/>')
    e.append('<path fill="#4a1f1e" d="M752 218 L798 180 L834 218Z"/>')
    e.append('<path fill="#0b0607" d="M786 230 L786 262 Q798 246 810 262 L810 230Z"/>')
    # lit windows: warm, a few dark
    wins = []
    for row_y in (352, 392):
        for wx in range(742, 1120, 46):
            lit = rng.random() < 0.62
            col = "#ffb46a" if lit else "#120a0c"
            wins.append((wx, row_y, col, lit))
    for wx in range(1090, 1250, 42):
        lit = rng.random() < 0.5
        wins.append((wx, 398, "#ffa860" if lit else "#120a0c", lit))
    wins.append((790, 290, "#ffb46a", True))
    glows = []
    for wx, wy, col, lit in wins:
        e.append(f'<path fill="{col}" d="M{wx} {wy + 22}V{wy + 6}Q{wx + 8} {wy - 3} {wx + 16} {wy + 6}V{wy + 22}Z"/>')
        if lit:
            glows.append(f'<circle cx="{wx + 8}" cy="{wy + 12}" r="26" fill="url(#win)"/>')
    e.append("".join(glows))
    # ---- the curtain wall of old stone along the crown, battlements on top
    wall_top = 440
    wl, wr = 560, 1360
    base = [(x, hill(x) + 6) for x in range(wr, wl - 1, -40)]
    e.append(f'<path fill="#2c171a" d="{pts([(wl, wall_top), (wr, wall_top)] + base)}"/>')
    # stone courses and blocks
    d = []
    for cy_ in range(wall_top + 14, 600, 16):
        d.append(f"M{wl} {cy_}H{wr}")
    e.append(f'<path fill="none" stroke="#1b0d10" stroke-width="2" d="{"".join(d)}"/>')
    d = []
    for k, cy_ in enumerate(range(wall_top, 600, 16)):
        off = 0 if k % 2 else 24
        for x in range(wl + off, wr, 48):
            d.append(f"M{x} {cy_}v16")
    e.append(f'<path fill="none" stroke="#1b0d10" stroke-width="2" d="{"".join(d)}"/>')
    # patched and weathered blocks, a little lighter or darker
    for _ in range(38):
        x = rng.randrange(wl, wr - 48, 24)
        yy = wall_top + 16 * rng.randrange(0, 7)
        if yy + 16 > hill(x):
            continue
        e.append(f'<rect x="{x}" y="{yy}" width="{rng.choice((24, 48))}" height="16" fill="{rng.choice(("#3a1f22", "#231215", "#40201f"))}"/>')
    # the wall's face lit red from the lamps along its top, fading down
    e.append(f'<path fill="url(#wallLit)" d="{pts([(wl, wall_top), (wr, wall_top)] + base)}"/>')
    # battlements
    d = []
    for x in range(wl, wr, 28):
        d.append(f"M{x} {wall_top}v-16h16v16Z")
    e.append(f'<path fill="#2c171a" d="{"".join(d)}"/>')
    e.append(f'<path fill="#5a2426" d="M{wl} {wall_top}H{wr}v3H{wl}Z"/>')
    # the gatehouse: a round arch, its doors shut, red light under them
    e.append('<path fill="#311a1d" d="M900 395 L1020 395 L1020 520 L900 520Z"/>')
    d = "".join(f"M{x} 395v-14h14v14Z" for x in range(900, 1020, 24))
    e.append(f'<path fill="#311a1d" d="{d}"/>')
    e.append('<path fill="#0c0607" d="M928 520 V470 Q960 436 992 470 V520Z"/>')
    e.append('<path fill="none" stroke="#5a2628" stroke-width="5" d="M924 520 V470 Q960 430 996 470 V520"/>')
    e.append('<path fill="#ff5a3c" opacity="0.8" d="M930 514h60v4h-60Z"/>')
    # two towers at the wall's ends, tiled pyramid roofs, new gun turrets on their tops
    for tx0, tx1, ttop, roof, gun in ((532, 612, 360, 318, -1), (1310, 1392, 372, 330, 1)):
        tb = hill((tx0 + tx1) / 2) + 10
        e.append(f'<path fill="#2e181b" d="M{tx0} {ttop}H{tx1}V{tb}H{tx0}Z"/>')
        e.append(f'<path fill="#3d1f21" d="M{tx0} {ttop}H{tx0 + 14}V{tb}H{tx0}Z"/>')
        d = "".join(f"M{tx0}{'' if False else ''} {ttop + 20 + 16 * k}H{tx1}" for k in range(0, int((tb - ttop) / 16)))
        e.append(f'<path fill="none" stroke="#1b0d10" stroke-width="2" d="{d}"/>')
        e.append(f'<path fill="#4a1f1e" d="M{tx0 - 8} {ttop + 2}L{(tx0 + tx1) / 2} {roof}L{tx1 + 8} {ttop + 2}Z"/>')
        e.append(f'<path fill="#0c0607" d="M{(tx0 + tx1) / 2 - 5} {ttop + 40}v-14q5 -7 10 0v14Z"/>')
        # a gun turret bolted on beside the roof: a metal box and a long barrel, lit at the edge
        gx = tx1 - 4 if gun > 0 else tx0 + 4
        e.append(f'<path fill="#1e181b" d="M{gx - 28} {ttop + 2}V{ttop - 18}L{gx - 20} {ttop - 30}H{gx + 20}L{gx + 28} {ttop - 18}V{ttop + 2}Z"/>')
        e.append(f'<path fill="#8a5a5a" d="M{gx - 20} {ttop - 30}H{gx + 20}l3 4H{gx - 23}Z"/>')
        e.append(f'<path fill="#1e181b" d="M{gx} {ttop - 20}L{gx - 96 * gun} {ttop - 52}l{-3 * gun} 7L{gx} {ttop - 10}Z"/>')
        e.append(f'<path fill="#8a5a5a" d="M{gx} {ttop - 20}L{gx - 96 * gun} {ttop - 52}l{-1 * gun} 2L{gx} {ttop - 18}Z"/>')
        e.append(f'<circle cx="{gx + 12 * gun}" cy="{ttop - 8}" r="3" fill="#ff6a4a"/>')
    # a new comms mast on the bell tower
    e.append('<path fill="#1a1416" d="M797 180 V120 h3 V180Z M786 140 h26 v3 h-26Z"/>')
    estate = "\n".join(e)

    # ---- red lamps along the walls, like coals
    lamps = []
    for x in list(range(580, 1350, 62)) + [572, 1350]:
        lamps.append((x + 6, wall_top + 8, 50))
    lamps += [(572, 360 + 30, 70), (1351, 372 + 30, 70), (798, 118, 40), (960, 410, 90)]
    glow = []
    for x, yy, r in lamps:
        glow.append(f'<circle cx="{f(x)}" cy="{f(yy)}" r="{r}" fill="url(#beacon)"/>')
        glow.append(f'<circle cx="{f(x)}" cy="{f(yy)}" r="{3 if r < 60 else 5}" fill="#fff0e0"/>')

    stars = "".join(f'<circle cx="{rng.randint(0, 1920)}" cy="{rng.randint(0, 460)}" r="{rng.choice((0.8, 1, 1.2, 1.6))}"/>'
                    for _ in range(80))

    def ridge(y, amp, step, col, seed):
        r = random.Random(seed)
        p, x = [], -40
        while x < 1980:
            p.append(f"L{x} {f(y - r.uniform(0, amp))}")
            x += r.randint(step // 2, step)
        return f'<path fill="{col}" d="M-40 1100{"".join(p)}L1980 1100Z"/>'

    hill_path = "M-40 1100 " + "".join(f"L{x} {f(hill(x))}" for x in range(-40, 1981, 40)) + " L1980 1100Z"
    text = f"""<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" viewBox="0 0 1920 1080">
  <!-- After the Rain: seranno. The fortress on Seranno at night: an old walled estate on a hilltop
       above terraced vineyards, stone wall and towers under tiled roofs, the villa's lit windows,
       a bell tower and cypresses; new gun turrets on the towers, red lamps along the walls.
       Original work, CC BY 4.0. Written by make_places.py; edit that, not this. -->
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#050407"/><stop offset="0.55" stop-color="#120a10"/><stop offset="1" stop-color="#2e1216"/>
    </linearGradient>
    <radialGradient id="alarm" cx="960" cy="420" r="900" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#ff3a2a" stop-opacity="0.16"/><stop offset="0.35" stop-color="#d0201a" stop-opacity="0.07"/>
      <stop offset="1" stop-color="#8a1010" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="beacon" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fff0e0"/><stop offset="0.12" stop-color="#ff6a4a" stop-opacity="0.85"/>
      <stop offset="0.45" stop-color="#ff2a1a" stop-opacity="0.22"/><stop offset="1" stop-color="#ff2a1a" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="win" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#ffb46a" stop-opacity="0.45"/><stop offset="1" stop-color="#ffb46a" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="wallLit" x1="0" y1="440" x2="0" y2="590" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#ff4a34" stop-opacity="0.22"/><stop offset="1" stop-color="#ff4a34" stop-opacity="0"/>
    </linearGradient>
    <linearGradient id="hillG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#241216"/><stop offset="0.45" stop-color="#140a0d"/><stop offset="1" stop-color="#070405"/>
    </linearGradient>
    <linearGradient id="moonlit" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#ff4a34" stop-opacity="0"/><stop offset="0.5" stop-color="#ff4a34" stop-opacity="0.1"/><stop offset="1" stop-color="#ff4a34" stop-opacity="0"/>
    </linearGradient>
    <linearGradient id="beam" gradientUnits="userSpaceOnUse" x1="572" y1="390" x2="300" y2="0">
      <stop offset="0" stop-color="#ff4a34" stop-opacity="0.22"/><stop offset="1" stop-color="#ff4a34" stop-opacity="0"/>
    </linearGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75">
      <stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.7"/>
    </radialGradient>
    <linearGradient id="calm" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.55"/>
    </linearGradient>
  </defs>
  <rect width="1920" height="1080" fill="url(#sky)"/>
  <g fill="#d9c8d0" opacity="0.45">{stars}</g>
  <circle cx="1540" cy="150" r="34" fill="#e8d6d2" opacity="0.5"/>
  <circle cx="1526" cy="142" r="32" fill="#120a10"/>
  <!-- far hills -->
  {ridge(640, 120, 160, "#170d12", 1)}
  {ridge(690, 60, 120, "#1d1015", 2)}
  <!-- a searchlight from the west tower -->
  <path fill="url(#beam)" d="M572 390L220 0L420 0Z"/>
  <!-- the hill -->
  <path fill="url(#hillG)" d="{hill_path}"/>
{vines}
  {road}
  <!-- the estate on the crown -->
{estate}
  <rect width="1920" height="1080" fill="url(#alarm)"/>
  {"".join(glow)}
  <rect y="720" width="1920" height="360" fill="url(#calm)"/>
  <rect width="1920" height="1080" fill="url(#vignette)"/>
</svg>
"""
    write("seranno", text)


# ---------------------------------------------------------------- medbay (droids) and medbay_bed

COLD = ("#24383e", "#56787f", "#93b9bf", "#e2fbff")  # shadow, base, light, rim under strip lights


def med_droid(x, y, h):
    """A tall medical droid: domed head with a lit visor band, slim segmented torso,
    spindly arms (one raised with a scanner), a single column leg on a round foot."""
    s = h / 300.0
    sh, base, lt, rim = COLD
    o = []
    # foot and column
    o.append(f'<ellipse cx="{f(x)}" cy="{f(y)}" rx="{f(38 * s)}" ry="{f(9 * s)}" fill="{sh}"/>')
    o.append(f'<path fill="{base}" d="M{f(x - 30 * s)} {f(y - 4 * s)}h{f(60 * s)}l{f(-8 * s)} {f(-10 * s)}h{f(-44 * s)}Z"/>')
    o.append(f'<rect x="{f(x - 7 * s)}" y="{f(y - 130 * s)}" width="{f(14 * s)}" height="{f(118 * s)}" fill="{sh}"/>')
    o.append(f'<rect x="{f(x - 7 * s)}" y="{f(y - 130 * s)}" width="{f(4 * s)}" height="{f(118 * s)}" fill="{lt}"/>')
    # hip
    o.append(f'<path fill="{base}" d="M{f(x - 22 * s)} {f(y - 150 * s)}h{f(44 * s)}l{f(-6 * s)} {f(22 * s)}h{f(-32 * s)}Z"/>')
    # torso: tapered, ribbed
    o.append(f'<path fill="{base}" d="M{f(x - 30 * s)} {f(y - 250 * s)}h{f(60 * s)}l{f(-8 * s)} {f(96 * s)}h{f(-44 * s)}Z"/>')
    o.append(f'<path fill="{lt}" d="M{f(x - 30 * s)} {f(y - 250 * s)}h{f(14 * s)}l{f(4 * s)} {f(96 * s)}h{f(-10 * s)}Z"/>')
    for i in range(4):
        yy = y - (232 - i * 20) * s
        o.append(f'<rect x="{f(x - 26 * s)}" y="{f(yy)}" width="{f(52 * s)}" height="{f(4 * s)}" fill="{sh}" opacity="0.8"/>')
    o.append(f'<rect x="{f(x + 4 * s)}" y="{f(y - 236 * s)}" width="{f(12 * s)}" height="{f(8 * s)}" fill="#7ff3ff"/>')
    o.append(f'<rect x="{f(x + 4 * s)}" y="{f(y - 222 * s)}" width="{f(6 * s)}" height="{f(5 * s)}" fill="#ff6a5a"/>')
    # neck and head
    o.append(f'<rect x="{f(x - 5 * s)}" y="{f(y - 262 * s)}" width="{f(10 * s)}" height="{f(14 * s)}" fill="{sh}"/>')
    o.append(f'<path fill="{base}" d="M{f(x - 22 * s)} {f(y - 262 * s)}v{f(-14 * s)}a{f(22 * s)} {f(24 * s)} 0 0 1 {f(44 * s)} 0v{f(14 * s)}Z"/>')
    o.append(f'<path fill="{rim}" d="M{f(x - 20 * s)} {f(y - 280 * s)}a{f(22 * s)} {f(24 * s)} 0 0 1 {f(30 * s)} {f(-19 * s)}a{f(24 * s)} {f(26 * s)} 0 0 0 {f(-30 * s)} {f(22 * s)}Z" opacity="0.8"/>')
    o.append(f'<rect x="{f(x - 20 * s)}" y="{f(y - 280 * s)}" width="{f(40 * s)}" height="{f(8 * s)}" rx="{f(3 * s)}" fill="#0e171a"/>')
    o.append(f'<rect x="{f(x - 12 * s)}" y="{f(y - 278 * s)}" width="{f(18 * s)}" height="{f(4 * s)}" rx="{f(2 * s)}" fill="#8ff6ff"/>')
    # arms: left hangs, right raised with a scanner
    o.append(f'<path fill="{sh}" d="M{f(x - 30 * s)} {f(y - 244 * s)}l{f(-14 * s)} {f(50 * s)}l{f(6 * s)} {f(46 * s)}l{f(5 * s)} 0l{f(-5 * s)} {f(-46 * s)}l{f(13 * s)} {f(-46 * s)}Z"/>')
    o.append(f'<path fill="{sh}" d="M{f(x + 30 * s)} {f(y - 244 * s)}l{f(20 * s)} {f(40 * s)}l{f(26 * s)} {f(-30 * s)}l{f(-4 * s)} {f(-4 * s)}l{f(-22 * s)} {f(24 * s)}l{f(-16 * s)} {f(-34 * s)}Z"/>')
    o.append(f'<rect x="{f(x + 70 * s)}" y="{f(y - 250 * s)}" width="{f(8 * s)}" height="{f(22 * s)}" fill="{lt}" transform="rotate(35 {f(x + 74 * s)} {f(y - 239 * s)})"/>')
    o.append(f'<circle cx="{f(x + 82 * s)}" cy="{f(y - 254 * s)}" r="{f(3 * s)}" fill="#8ff6ff"/>')
    return "\n".join(o)


def astro_droid(x, y, h, tones=None, accent="#3b6f9a"):
    """A small utility droid: domed head, barrel body, two side legs and a middle foot."""
    s = h / 100.0
    sh, base, lt, rim = tones or COLD
    o = [f'<ellipse cx="{f(x)}" cy="{f(y)}" rx="{f(42 * s)}" ry="{f(6 * s)}" fill="#0e171a" opacity="0.5"/>']
    # side legs behind the body
    for side in (-1, 1):
        lx = x + side * 30 * s
        o.append(f'<path fill="{sh}" d="M{f(lx - 6 * s)} {f(y - 78 * s)}h{f(12 * s)}l{f(3 * s)} {f(70 * s)}h{f(-18 * s)}Z"/>')
        o.append(f'<path fill="{base}" d="M{f(lx - 12 * s)} {f(y - 8 * s)}h{f(24 * s)}v{f(8 * s)}h{f(-24 * s)}Z"/>')
    # body
    o.append(f'<path fill="{lt}" d="M{f(x - 24 * s)} {f(y - 74 * s)}h{f(48 * s)}v{f(56 * s)}l{f(-6 * s)} {f(8 * s)}h{f(-36 * s)}l{f(-6 * s)} {f(-8 * s)}Z"/>')
    o.append(f'<path fill="{base}" d="M{f(x + 8 * s)} {f(y - 74 * s)}h{f(16 * s)}v{f(56 * s)}l{f(-6 * s)} {f(8 * s)}h{f(-10 * s)}Z"/>')
    o.append(f'<rect x="{f(x - 16 * s)}" y="{f(y - 62 * s)}" width="{f(14 * s)}" height="{f(20 * s)}" fill="{accent}"/>')
    o.append(f'<rect x="{f(x - 16 * s)}" y="{f(y - 36 * s)}" width="{f(22 * s)}" height="{f(5 * s)}" fill="{accent}"/>')
    # middle foot
    o.append(f'<path fill="{sh}" d="M{f(x - 8 * s)} {f(y - 10 * s)}h{f(16 * s)}l{f(4 * s)} {f(10 * s)}h{f(-24 * s)}Z"/>')
    # dome
    o.append(f'<path fill="{lt}" d="M{f(x - 25 * s)} {f(y - 74 * s)}a{f(25 * s)} {f(24 * s)} 0 0 1 {f(50 * s)} 0Z"/>')
    o.append(f'<path fill="{rim}" d="M{f(x - 22 * s)} {f(y - 84 * s)}a{f(25 * s)} {f(24 * s)} 0 0 1 {f(34 * s)} {f(-13 * s)}a{f(26 * s)} {f(26 * s)} 0 0 0 {f(-34 * s)} {f(16 * s)}Z"/>')
    o.append(f'<rect x="{f(x - 12 * s)}" y="{f(y - 90 * s)}" width="{f(12 * s)}" height="{f(7 * s)}" fill="{accent}"/>')
    o.append(f'<circle cx="{f(x + 8 * s)}" cy="{f(y - 86 * s)}" r="{f(4 * s)}" fill="#0e171a"/>')
    o.append(f'<circle cx="{f(x + 8 * s)}" cy="{f(y - 86 * s)}" r="{f(1.6 * s)}" fill="#ff6a5a"/>')
    o.append(f'<rect x="{f(x - 25 * s)}" y="{f(y - 76 * s)}" width="{f(50 * s)}" height="{f(3 * s)}" fill="{sh}"/>')
    return "\n".join(o)


def probe_droid(x, y, r):
    """A floating medical probe: a sphere with a lit lens, antennae and a soft glow below."""
    sh, base, lt, rim = COLD
    return "\n".join([
        f'<path fill="{sh}" d="M{f(x - r * 0.2)} {f(y + r * 0.9)}l{f(-r * 0.5)} {f(r * 1.1)}h{f(r * 0.12)}l{f(r * 0.5)} {f(-r * 1.05)}Z'
        f'M{f(x + r * 0.2)} {f(y + r * 0.9)}l{f(r * 0.4)} {f(r * 1.2)}h{f(r * 0.12)}l{f(-r * 0.4)} {f(-r * 1.15)}Z"/>',
        f'<circle cx="{f(x)}" cy="{f(y)}" r="{f(r)}" fill="{base}"/>',
        f'<path fill="{lt}" d="M{f(x - r)} {f(y)}a{f(r)} {f(r)} 0 0 1 {f(2 * r)} 0a{f(r)} {f(r * 0.7)} 0 0 0 {f(-2 * r)} 0Z"/>',
        f'<path fill="{rim}" d="M{f(x - r * 0.8)} {f(y - r * 0.55)}a{f(r)} {f(r)} 0 0 1 {f(r * 1.2)} {f(-r * 0.4)}a{f(r)} {f(r * 0.9)} 0 0 0 {f(-r * 1.2)} {f(r * 0.55)}Z"/>',
        f'<circle cx="{f(x + r * 0.25)}" cy="{f(y + r * 0.2)}" r="{f(r * 0.3)}" fill="#0e171a"/>',
        f'<circle cx="{f(x + r * 0.25)}" cy="{f(y + r * 0.2)}" r="{f(r * 0.13)}" fill="#ff6a5a"/>',
    ])


def medbay():
    droids = [
        "  <!-- droids: a tall medical droid at its alcove, a small utility droid by the door,",
        "       a probe floating over the beds -->",
        med_droid(1610, 650, 310),
        astro_droid(1110, 560, 72),
        probe_droid(820, 300, 18),
    ]
    patch("medbay", {"droids": "\n".join(droids) + "\n"})


def sleeper(cx, cy, scale, angle):
    """Kylo asleep: a pale face in three-quarter view, eyes closed, dark wavy hair to the
    jaw spread on the pillow. Drawn upright (face turned to the left) and turned by angle
    degrees so the crown rests on the pillow."""
    skin, skin_sh, skin_lt = "#e2cfc2", "#b8998c", "#f4e8de"
    hair, hair_lt = "#1a1416", "#3a2c2e"
    lash = "#2a1d1b"
    o = [f'<g transform="translate({f(cx)} {f(cy)}) rotate({f(angle)}) scale({f(scale)} {f(scale * 1.1)})">']
    # hair behind: the back of the head and the waves that fall to the jaw, spread on the pillow
    o.append(f'<path fill="{hair}" d="M-30 -20 C-34 -52 8 -62 30 -44 C46 -32 50 -8 44 12 '
             'C50 22 46 34 38 40 C34 48 26 44 22 50 C16 40 22 30 18 22 L0 -30 Z"/>')
    o.append(f'<path fill="{hair}" d="M30 -44 C52 -40 66 -10 60 14 C58 30 50 36 52 46 C42 44 44 30 40 22 Z"/>')
    # neck, turned with the head
    o.append(f'<path fill="{skin_sh}" d="M-6 30 L20 26 L26 62 L-4 66 Z"/>')
    # the face: brow, the far cheek's contour, the jaw, up behind to the temple
    o.append(f'<path fill="{skin}" d="M-6 -34 C-20 -32 -28 -22 -30 -10 C-32 -2 -30 6 -26 12 '
             'C-26 22 -22 32 -14 40 C-6 44 4 42 12 36 C20 30 24 20 26 8 C28 -8 24 -26 14 -34 C8 -38 0 -37 -6 -34 Z"/>')
    # the side of the face away from the light, toward the ear
    o.append(f'<path fill="{skin_sh}" d="M14 -34 C24 -26 28 -8 26 8 C24 20 20 30 12 36 C10 26 16 12 16 0 C16 -14 12 -26 14 -34 Z"/>')
    # light on the brow, cheekbone and the bridge of the nose
    o.append(f'<path fill="{skin_lt}" d="M-24 -18 C-20 -26 -10 -30 0 -30 C-8 -26 -16 -22 -20 -12 Z"/>')
    # nose: a shadow down its far side and the nostril
    o.append(f'<path fill="{skin_sh}" d="M-18 -6 C-22 2 -28 10 -28 15 C-24 17 -19 17 -15 15 C-19 12 -20 6 -18 -6 Z"/>')
    # brows and closed eyes: heavy lids, lashes curving down
    o.append(f'<path fill="{hair}" d="M-24 -16 C-20 -20 -14 -20 -10 -18 L-11 -16 C-15 -17 -20 -16 -23 -14 Z'
             'M-4 -18 C2 -21 10 -20 16 -16 L15 -14 C10 -17 3 -17 -3 -15 Z"/>')
    o.append(f'<path fill="{skin_sh}" d="M-23 -10 C-20 -13 -14 -13 -11 -10 C-15 -11 -20 -11 -23 -10 Z'
             'M-3 -10 C2 -14 10 -14 14 -10 C9 -12 2 -12 -3 -10 Z"/>')
    o.append(f'<path fill="{lash}" d="M-23 -9 C-19 -5 -14 -5 -11 -9 C-14 -6.5 -19 -6.5 -23 -9 Z'
             'M-3 -9 C2 -4 9 -4 14 -9 C9 -6 2 -6 -3 -9 Z"/>')
    # mouth at rest and the shadow under the lip
    o.append(f'<path fill="#9a6a66" d="M-18 24 C-14 22 -6 22 0 24 C-6 25 -13 25 -18 24 Z"/>')
    o.append(f'<path fill="{skin_sh}" d="M-15 28 C-11 30 -6 30 -3 28 C-6 32 -12 32 -15 28 Z"/>')
    # the scar on his own right cheek, the far side, seen along the contour
    o.append(f'<path fill="#c98a84" opacity="0.8" d="M-27 -4 L-25 -3 L-22 26 L-24 26 Z"/>')
    # front locks falling across the temple to the jaw
    o.append(f'<path fill="{hair}" d="M-6 -36 C-26 -38 -34 -22 -32 -8 C-30 -18 -24 -26 -14 -30 '
             'C-4 -32 8 -30 14 -22 C18 -14 20 -4 22 6 C24 -10 22 -24 16 -32 C10 -38 2 -38 -6 -36 Z"/>')
    o.append(f'<path fill="{hair}" d="M16 -32 C24 -20 28 0 24 22 C22 32 16 36 14 44 C22 40 30 30 32 16 C34 -4 28 -24 16 -32 Z"/>')
    o.append(f'<path fill="{hair_lt}" d="M-20 -34 C-8 -42 12 -42 26 -30 C12 -36 -4 -36 -20 -34 Z"/>')
    o.append("</g>")
    return "\n".join(o)


def medbay_bed():
    """The medbay with Kylo asleep in a bed in the middle ground (a variant of medbay)."""
    vx, vy = 960, 431  # the room's vanishing point

    def far(x, y, t=0.86):
        return (vx + (x - vx) * t, vy + (y - vy) * t)

    x0, x1, yt = 640, 1250, 622
    (fx0, fyt), (fx1, _) = far(x0, yt), far(x1, yt)
    o = ["  <!-- a bed in the middle ground: Kylo asleep under a blanket; a drip stand and a monitor -->"]
    # shadow, pedestal, frame, mattress
    o.append(f'<ellipse cx="{f((x0 + x1) / 2)}" cy="{f(yt + 92)}" rx="{f((x1 - x0) * 0.46)}" ry="16" fill="#0a1215" opacity="0.5"/>')
    o.append(f'<path fill="#142127" d="M{f(x0 + 190)} {f(yt + 40)}h{f(x1 - x0 - 380)}v50h{f(-(x1 - x0 - 380))}Z"/>')
    o.append(f'<path fill="#1d3036" d="M{f(x1 - 190)} {f(yt + 40)}h26v44l-26 6Z"/>')
    o.append(f'<path fill="#2a4148" d="M{f(x0)} {f(yt + 24)}H{f(x1)}V{f(yt + 42)}H{f(x0)}Z"/>')
    o.append(f'<path fill="#5f858d" d="M{f(x0)} {f(yt)}H{f(x1)}L{f(fx1)} {f(fyt)}H{f(fx0)}Z"/>')
    o.append(f'<path fill="#7fa3aa" d="M{f(x0)} {f(yt)}H{f(x1)}V{f(yt + 24)}H{f(x0)}Z"/>')
    o.append(f'<path fill="#cfe9ec" d="M{f(x0)} {f(yt)}H{f(x1)}V{f(yt + 2)}H{f(x0)}Z"/>')
    # the headboard's inner face at the left end
    hx0, hy0 = far(x0, yt - 70)
    o.append(f'<path fill="#3d5d65" d="M{f(x0)} {f(yt - 70)}L{f(hx0)} {f(hy0)}L{f(fx0)} {f(fyt)}L{f(x0)} {f(yt + 42)}Z"/>')
    o.append(f'<path fill="#9cc0c6" d="M{f(x0)} {f(yt - 70)}L{f(hx0)} {f(hy0)}L{f(hx0)} {f(hy0 + 4)}L{f(x0)} {f(yt - 66)}Z"/>')
    # pillow
    o.append(f'<path fill="#a8c7cc" d="M{f(x0 + 20)} {f(yt - 4)}C{f(x0 + 10)} {f(yt - 30)} {f(x0 + 30)} {f(yt - 36)} {f(x0 + 60)} {f(yt - 34)}'
             f'C{f(x0 + 110)} {f(yt - 32)} {f(x0 + 150)} {f(yt - 30)} {f(x0 + 170)} {f(yt - 20)}C{f(x0 + 178)} {f(yt - 8)} {f(x0 + 170)} {f(yt)} {f(x0 + 150)} {f(yt + 2)}'
             f'C{f(x0 + 100)} {f(yt + 6)} {f(x0 + 50)} {f(yt + 4)} {f(x0 + 20)} {f(yt - 4)}Z"/>')
    o.append(f'<path fill="#eefcff" d="M{f(x0 + 24)} {f(yt - 20)}C{f(x0 + 30)} {f(yt - 32)} {f(x0 + 80)} {f(yt - 34)} {f(x0 + 150)} {f(yt - 26)}'
             f'C{f(x0 + 100)} {f(yt - 26)} {f(x0 + 50)} {f(yt - 24)} {f(x0 + 24)} {f(yt - 20)}Z"/>')
    # the sleeper's head on the pillow, his shoulder in the gown
    o.append(sleeper(x0 + 112, yt - 46, 0.9, -40))
    o.append(f'<path fill="#9fb6bc" d="M{f(x0 + 132)} {f(yt + 4)}C{f(x0 + 138)} {f(yt - 20)} {f(x0 + 170)} {f(yt - 36)} {f(x0 + 215)} {f(yt - 40)}'
             f'L{f(x0 + 250)} {f(yt + 4)}Z"/>')
    o.append(f'<path fill="#c7dadd" d="M{f(x0 + 140)} {f(yt - 10)}C{f(x0 + 150)} {f(yt - 26)} {f(x0 + 175)} {f(yt - 36)} {f(x0 + 212)} {f(yt - 39)}'
             f'C{f(x0 + 180)} {f(yt - 32)} {f(x0 + 156)} {f(yt - 22)} {f(x0 + 140)} {f(yt - 10)}Z"/>')
    # the blanket over him from the shoulders to the feet, hanging over the side
    bx = x0 + 200
    o.append(f'<path fill="#7fa3aa" d="M{f(bx)} {f(yt - 34)}C{f(bx + 60)} {f(yt - 50)} {f(bx + 160)} {f(yt - 48)} {f(bx + 260)} {f(yt - 36)}'
             f'C{f(bx + 330)} {f(yt - 28)} {f(bx + 360)} {f(yt - 40)} {f(x1 - 40)} {f(yt - 38)}C{f(x1 - 10)} {f(yt - 36)} {f(x1)} {f(yt - 20)} {f(x1 + 2)} {f(yt + 6)}'
             f'L{f(x1 + 4)} {f(yt + 36)}C{f(x1 - 100)} {f(yt + 40)} {f(bx + 100)} {f(yt + 42)} {f(bx - 10)} {f(yt + 34)}L{f(bx - 20)} {f(yt + 4)}'
             f'C{f(bx - 30)} {f(yt - 10)} {f(bx - 20)} {f(yt - 26)} {f(bx)} {f(yt - 34)}Z"/>')
    # the top of the blanket catches the strip lights; folds fall over the side in shadow
    o.append(f'<path fill="#bfdde2" d="M{f(bx + 10)} {f(yt - 36)}C{f(bx + 70)} {f(yt - 50)} {f(bx + 160)} {f(yt - 48)} {f(bx + 260)} {f(yt - 36)}'
             f'C{f(bx + 330)} {f(yt - 28)} {f(bx + 360)} {f(yt - 40)} {f(x1 - 40)} {f(yt - 38)}C{f(bx + 360)} {f(yt - 30)} {f(bx + 320)} {f(yt - 18)} {f(bx + 250)} {f(yt - 24)}'
             f'C{f(bx + 170)} {f(yt - 32)} {f(bx + 80)} {f(yt - 34)} {f(bx + 10)} {f(yt - 36)}Z"/>')
    for fx, w in ((bx + 70, 30), (bx + 200, 40), (bx + 330, 28)):
        o.append(f'<path fill="#56787f" d="M{f(fx)} {f(yt - 4)}C{f(fx + w * 0.9)} {f(yt + 8)} {f(fx + w * 1.2)} {f(yt + 24)} {f(fx + w)} {f(yt + 40)}'
                 f'L{f(fx + w * 2.2)} {f(yt + 40)}C{f(fx + w * 2)} {f(yt + 22)} {f(fx + w * 1.4)} {f(yt + 4)} {f(fx)} {f(yt - 4)}Z" opacity="0.45"/>')
    # his hand resting on the blanket
    o.append(f'<path fill="#9fb6bc" d="M{f(bx + 20)} {f(yt - 20)}C{f(bx + 60)} {f(yt - 18)} {f(bx + 100)} {f(yt - 12)} {f(bx + 130)} {f(yt - 8)}L{f(bx + 128)} {f(yt + 4)}'
             f'C{f(bx + 96)} {f(yt)} {f(bx + 56)} {f(yt - 4)} {f(bx + 18)} {f(yt - 6)}Z"/>')
    o.append(f'<path fill="#d9c2b5" d="M{f(bx + 128)} {f(yt - 9)}C{f(bx + 144)} {f(yt - 12)} {f(bx + 160)} {f(yt - 8)} {f(bx + 166)} {f(yt - 2)}'
             f'C{f(bx + 160)} {f(yt + 4)} {f(bx + 142)} {f(yt + 6)} {f(bx + 128)} {f(yt + 4)}Z"/>')
    # drip stand and a bedside monitor at the head end
    px = x0 - 46
    o.append(f'<rect x="{f(px)}" y="{f(yt - 220)}" width="5" height="{f(300)}" fill="#0e171a"/>')
    o.append(f'<path fill="#0e171a" d="M{f(px - 30)} {f(yt + 82)}h65v5h-65Z"/>')
    o.append(f'<path fill="#bff4fb" opacity="0.55" d="M{f(px - 16)} {f(yt - 214)}h36v52c0 8 -36 8 -36 0Z"/>')
    o.append(f'<path fill="#dffbff" opacity="0.7" d="M{f(px - 14)} {f(yt - 212)}h6v50h-6Z"/>')
    o.append(f'<path d="M{f(px + 3)} {f(yt - 150)}C{f(px + 6)} {f(yt + 50)} {f(x0 + 250)} {f(yt + 36)} {f(x0 + 330)} {f(yt - 12)}" '
             f'stroke="#0e171a" stroke-width="2" fill="none"/>')
    o.append(f'<rect x="{f(x0 + 6)}" y="{f(yt - 150)}" width="96" height="62" fill="#16242a"/>')
    o.append(f'<rect x="{f(x0 + 12)}" y="{f(yt - 144)}" width="84" height="50" fill="url(#screen)" opacity="0.85"/>')
    o.append(f'<path fill="none" stroke="#e8ffff" stroke-width="2.5" stroke-linejoin="round" '
             f'd="M{f(x0 + 16)} {f(yt - 118)}h16l7 12l8 -26l7 14h14l6 10l7 -20l5 10h10"/>')
    o.append(f'<rect x="{f(x0 + 50)}" y="{f(yt - 88)}" width="8" height="20" fill="#0e171a"/>')
    bed = "\n".join("  " + line for line in o) + "\n"
    text = (HERE / "medbay.svg").read_text()
    text = text.replace("<!-- After the Rain: medbay.", "<!-- After the Rain: medbay_bed (variant of medbay, written by make_places.py from medbay.svg). With Kylo asleep in a bed in the middle ground.", 1)
    text = text.replace('  <rect y="720" width="1920" height="360" fill="url(#calm)"/>', bed + '  <rect y="720" width="1920" height="360" fill="url(#calm)"/>', 1)
    write("medbay_bed", text)


# ---------------------------------------------------------------- medbay_glass

def prone_patient(x0, yt, L):
    """Kylo face down on a treatment table, seen from the side at eye level: his head at
    the left turned toward us on the headrest (dark hair to the jaw), the bare back with
    dressings over the burns, a pale sheet from the hips to the feet. x0 is his crown,
    yt the table top, L his length in pixels."""
    s = L / 300.0
    skin, skin_sh, skin_lt = "#d6bcae", "#a2857a", "#f0ded2"
    hair, hair_lt = "#17110f", "#3a2c2a"

    def X(v):
        return f(x0 + v * s)

    def Y(v):
        return f(yt + v * s)

    o = []
    # the back: the shoulder blades high, the long line of the spine dipping to the waist
    o.append(f'<path fill="{skin}" d="M{X(40)} {Y(0)}C{X(38)} {Y(-18)} {X(46)} {Y(-33)} {X(64)} {Y(-37)}'
             f'C{X(84)} {Y(-41)} {X(104)} {Y(-36)} {X(122)} {Y(-31)}C{X(142)} {Y(-26)} {X(160)} {Y(-25)} {X(178)} {Y(-27)}L{X(178)} {Y(0)}Z"/>')
    # light from the lamp above along the shoulder blades and the spine
    o.append(f'<path fill="{skin_lt}" d="M{X(48)} {Y(-30)}C{X(54)} {Y(-37)} {X(68)} {Y(-40)} {X(84)} {Y(-40)}'
             f'C{X(104)} {Y(-39)} {X(124)} {Y(-32)} {X(150)} {Y(-27)}C{X(124)} {Y(-29)} {X(100)} {Y(-34)} {X(80)} {Y(-35)}C{X(66)} {Y(-35)} {X(54)} {Y(-33)} {X(48)} {Y(-30)}Z"/>')
    # the burns: raw patches across the shoulder blades and the small of the back, pale
    # dressings over some of them
    o.append(f'<path fill="#a9554f" d="M{X(62)} {Y(-38)}C{X(74)} {Y(-41)} {X(90)} {Y(-40)} {X(100)} {Y(-37)}L{X(96)} {Y(-29)}C{X(86)} {Y(-31)} {X(72)} {Y(-31)} {X(63)} {Y(-31)}Z"/>')
    o.append(f'<path fill="#a9554f" d="M{X(120)} {Y(-31)}L{X(134)} {Y(-28)}L{X(131)} {Y(-22)}L{X(119)} {Y(-24)}Z"/>')
    o.append(f'<path fill="#eef7f7" d="M{X(78)} {Y(-40)}L{X(92)} {Y(-39.5)}L{X(90)} {Y(-31)}L{X(76)} {Y(-31.5)}Z"/>')
    o.append(f'<path fill="#eef7f7" d="M{X(142)} {Y(-27)}L{X(154)} {Y(-26)}L{X(152)} {Y(-19)}L{X(141)} {Y(-20)}Z"/>')
    # the near arm lying along his side, the elbow a little out, the hand by the hip
    o.append(f'<path fill="{skin_sh}" d="M{X(50)} {Y(-22)}C{X(70)} {Y(-24)} {X(96)} {Y(-20)} {X(112)} {Y(-17)}C{X(130)} {Y(-14)} {X(150)} {Y(-12)} {X(166)} {Y(-10)}'
             f'C{X(172)} {Y(-8)} {X(172)} {Y(-2)} {X(166)} {Y(0)}L{X(46)} {Y(0)}C{X(42)} {Y(-8)} {X(44)} {Y(-18)} {X(50)} {Y(-22)}Z"/>')
    o.append(f'<path fill="{skin}" d="M{X(52)} {Y(-22)}C{X(72)} {Y(-24)} {X(96)} {Y(-20)} {X(112)} {Y(-17)}C{X(130)} {Y(-14)} {X(150)} {Y(-12)} {X(166)} {Y(-10)}'
             f'C{X(150)} {Y(-9)} {X(130)} {Y(-11)} {X(112)} {Y(-13)}C{X(92)} {Y(-16)} {X(70)} {Y(-19)} {X(52)} {Y(-22)}Z"/>')
    # the neck, and the head on the headrest turned away from us: dark waves to the jaw,
    # the near ear showing through them
    o.append(f'<path fill="{skin_sh}" d="M{X(34)} {Y(-24)}C{X(40)} {Y(-30)} {X(48)} {Y(-32)} {X(56)} {Y(-30)}L{X(52)} {Y(-4)}L{X(34)} {Y(-6)}Z"/>')
    o.append(f'<path fill="{hair}" d="M{X(6)} {Y(-4)}C{X(-2)} {Y(-16)} {X(2)} {Y(-34)} {X(16)} {Y(-40)}C{X(28)} {Y(-45)} {X(44)} {Y(-40)} {X(48)} {Y(-30)}'
             f'C{X(52)} {Y(-22)} {X(48)} {Y(-14)} {X(50)} {Y(-6)}C{X(46)} {Y(-2)} {X(44)} {Y(-8)} {X(40)} {Y(-4)}C{X(36)} {Y(0)} {X(32)} {Y(-6)} {X(28)} {Y(-1)}'
             f'C{X(22)} {Y(2)} {X(18)} {Y(-4)} {X(14)} {Y(0)}C{X(10)} {Y(2)} {X(8)} {Y(-2)} {X(6)} {Y(-4)}Z"/>')
    o.append(f'<path fill="{skin_sh}" d="M{X(30)} {Y(-22)}C{X(35)} {Y(-25)} {X(39)} {Y(-20)} {X(37)} {Y(-15)}C{X(35)} {Y(-12)} {X(31)} {Y(-13)} {X(30)} {Y(-16)}Z"/>')
    o.append(f'<path fill="{hair}" d="M{X(24)} {Y(-28)}C{X(30)} {Y(-26)} {X(32)} {Y(-22)} {X(30)} {Y(-16)}C{X(28)} {Y(-12)} {X(30)} {Y(-8)} {X(26)} {Y(-6)}C{X(24)} {Y(-12)} {X(22)} {Y(-20)} {X(24)} {Y(-28)}Z"/>')
    o.append(f'<path fill="none" stroke="{hair_lt}" stroke-width="{f(1.6 * s)}" stroke-linecap="round" '
             f'd="M{X(12)} {Y(-22)}C{X(16)} {Y(-30)} {X(24)} {Y(-34)} {X(34)} {Y(-32)}M{X(10)} {Y(-10)}C{X(12)} {Y(-16)} {X(16)} {Y(-20)} {X(22)} {Y(-22)}"/>')
    o.append(f'<path fill="{hair_lt}" d="M{X(8)} {Y(-30)}C{X(14)} {Y(-38)} {X(26)} {Y(-42)} {X(38)} {Y(-38)}C{X(28)} {Y(-38)} {X(18)} {Y(-36)} {X(8)} {Y(-30)}Z'
             f'M{X(6)} {Y(-16)}C{X(8)} {Y(-24)} {X(12)} {Y(-28)} {X(18)} {Y(-30)}C{X(14)} {Y(-26)} {X(10)} {Y(-22)} {X(6)} {Y(-16)}Z"/>')
    # the sheet from the hips to the feet, folds over the table's edge
    o.append(f'<path fill="#a7c6cb" d="M{X(172)} {Y(-27)}C{X(200)} {Y(-30)} {X(230)} {Y(-22)} {X(260)} {Y(-19)}C{X(280)} {Y(-17)} {X(294)} {Y(-18)} {X(300)} {Y(-12)}'
             f'L{X(304)} {Y(12)}L{X(168)} {Y(12)}Z"/>')
    o.append(f'<path fill="#dff3f5" d="M{X(174)} {Y(-27)}C{X(200)} {Y(-30)} {X(230)} {Y(-22)} {X(260)} {Y(-19)}C{X(280)} {Y(-17)} {X(294)} {Y(-18)} {X(300)} {Y(-12)}'
             f'C{X(270)} {Y(-14)} {X(230)} {Y(-16)} {X(174)} {Y(-22)}Z"/>')
    for fx in (196, 238, 280):
        o.append(f'<path fill="#6f959c" opacity="0.55" d="M{X(fx)} {Y(0)}C{X(fx + 4)} {Y(4)} {X(fx + 4)} {Y(8)} {X(fx + 2)} {Y(12)}L{X(fx + 10)} {Y(12)}C{X(fx + 10)} {Y(6)} {X(fx + 8)} {Y(2)} {X(fx)} {Y(0)}Z"/>')
    return "\n".join(o)


def medbay_glass():
    """The medbay's observation window (5.5): from a dim strip of floor in front of a
    glass wall we look into the bright surgical bay behind it, a step up, where Kylo lies
    face down on a treatment table under a ceiling-hung surgical droid whose chrome arms
    work over his back. A variant of medbay, in its palette; the bay's lamp is the light.
    We stand to the left of the bay's middle (the vanishing point is right of the
    picture's), so the table and he are in the right half, high, small and softened by
    the glass: Rey and Leia stand in the left half as busts (Left and NearLeft), which
    face right, toward him through the glass, not with their backs to it; the droid at
    Centre faces them. One-point perspective: eye 1.6 m, vanishing point (VX, 236);
    a point X across, Y up, Z deep sits at (VX + X F/Z, 236 + (1.6 - Y) F/Z)."""
    F, VX, VY, EYE = 900.0, 1330.0, 236.0, 1.6
    room = Room(F, VX, VY, EYE)
    P, quad_x, quad_y, quad_z = room.P, room.quad_x, room.quad_y, room.quad_z
    ZG = 2.2            # the glass
    FL = 0.95           # the bay's floor, a step up: level with the sill
    BW, BH, BZ = 4.2, 3.6, 8.5  # the bay's half width, ceiling, back wall
    bay, near = [], []
    # ---- the bay behind the glass
    bay.append(quad_y(BH, -BW, BW, ZG, BZ, "url(#bayCeil)"))
    bay.append(quad_x(-BW, FL, BH, ZG, BZ, "url(#bayL)"))
    bay.append(quad_x(BW, FL, BH, ZG, BZ, "url(#bayR)"))
    bay.append(quad_z(BZ, -BW, BW, FL, BH, "url(#bayBack)"))
    bay.append(quad_y(FL, -BW, BW, ZG, BZ, "url(#bayFloor)"))
    # ceiling strip lights running the bay's length, and panel seams on its walls
    for X in (-2.6, 2.6):
        bay.append(quad_y(BH - 0.01, X - 0.22, X + 0.22, ZG, BZ, "#9cc0c6", ' opacity="0.5"'))
        bay.append(quad_y(BH - 0.02, X - 0.08, X + 0.08, ZG, BZ, "#f2ffff"))
    for s in (-1, 1):
        for Z in (3.6, 5.2, 6.9):
            bay.append(quad_x(s * BW, FL, BH, Z, Z + 0.04, "#3f6068", ' opacity="0.6"'))
        bay.append(quad_x(s * BW, FL, FL + 0.12, ZG, BZ, "#2a4148"))
    bay.append(quad_z(BZ - 0.001, -BW, BW, FL, FL + 0.12, "#2a4148"))
    # on the back wall: two monitors with a pulse, a cabinet, a sealed door
    for x0, x1 in ((-3.2, -1.9), (1.9, 3.2)):
        bay.append(quad_z(BZ - 0.01, x0, x1, 2.1, 2.85, "#16242a"))
        bay.append(quad_z(BZ - 0.02, x0 + 0.07, x1 - 0.07, 2.17, 2.78, "url(#screen)", ' opacity="0.9"'))
        pts = []
        for i, (u, v) in enumerate(((0, 0), (0.2, 0), (0.27, 0.25), (0.36, -0.3), (0.44, 0), (0.66, 0), (0.73, 0.25), (0.82, -0.3), (0.9, 0), (1, 0))):
            pts.append(P(x0 + 0.12 + u * (x1 - x0 - 0.24), 2.48 - v * 0.22, BZ - 0.03))
        bay.append('<path fill="none" stroke="#e8ffff" stroke-width="2" stroke-linejoin="round" d="M' + "L".join(f"{f(a)} {f(b)}" for a, b in pts) + '"/>')
    # a rail along the back wall at hand height
    bay.append(quad_z(BZ - 0.01, -BW, BW, FL + 0.95, FL + 1.0, "#6f939a"))
    # a tray cart at the table's foot
    bay.append(quad_z(5.0, 1.6, 2.3, FL + 0.82, FL + 0.88, "#cfe9ec"))
    bay.append(quad_y(FL + 0.88, 1.6, 2.3, 4.7, 5.0, "#e2fbff"))
    bay.append(quad_z(5.0, 1.62, 1.66, FL, FL + 0.82, "#24383e"))
    bay.append(quad_z(5.0, 2.24, 2.28, FL, FL + 0.82, "#24383e"))
    bay.append(quad_z(5.0, 1.6, 2.3, FL + 0.3, FL + 0.34, "#56787f"))
    # ---- the lamp's pool on the floor, the table on its pedestal, the patient
    ZT = 5.6
    k = F / ZT
    tx0, tx1 = VX - 1.05 * k, VX + 1.05 * k
    TY = FL + 0.62   # the table top: just under the eye, so it shows as a sliver
    _, yt = P(0, TY, ZT)
    _, yf = P(0, FL, ZT)
    bay.append(f'<ellipse cx="{f(VX)}" cy="{f(yf + 4)}" rx="{f(1.5 * k)}" ry="{f(0.2 * k)}" fill="url(#lampPool)"/>')
    bay.append(f'<ellipse cx="{f(VX)}" cy="{f(yf + 2)}" rx="{f(0.5 * k)}" ry="{f(0.06 * k)}" fill="#16242a" opacity="0.6"/>')
    bay.append(f'<path fill="#24383e" d="M{f(VX - 0.16 * k)} {f(yf)}L{f(VX - 0.1 * k)} {f(yt + 0.1 * k)}H{f(VX + 0.1 * k)}L{f(VX + 0.16 * k)} {f(yf)}Z"/>')
    bay.append(f'<path fill="#56787f" d="M{f(VX - 0.16 * k)} {f(yf)}L{f(VX - 0.1 * k)} {f(yt + 0.1 * k)}H{f(VX - 0.05 * k)}L{f(VX - 0.07 * k)} {f(yf)}Z"/>')
    bay.append(f'<path fill="#2a4148" d="M{f(tx0 + 10)} {f(yt + 0.06 * k)}H{f(tx1 - 10)}V{f(yt + 0.11 * k)}H{f(tx0 + 10)}Z"/>')
    bay.append(f'<path fill="#7fa3aa" d="M{f(tx0)} {f(yt - 2)}H{f(tx1)}V{f(yt + 0.07 * k)}H{f(tx0)}Z"/>')
    bay.append(f'<path fill="#cfe9ec" d="M{f(tx0)} {f(yt - 2)}H{f(tx1)}V{f(yt + 1)}H{f(tx0)}Z"/>')
    # the headrest's stem at the left end
    bay.append(f'<path fill="#56787f" d="M{f(tx0 + 4)} {f(yt - 4)}h{f(0.3 * k)}v6h{f(-0.3 * k)}Z"/>')
    bay.append(prone_patient(tx0 + 0.02 * k, yt - 3, 1.95 * k))
    # ---- the surgical droid hung from the ceiling: a mast, a lamp ring, chrome arms
    hx, hy = VX + 0.05 * k, P(0, 2.62, ZT)[1]
    _, mast_top = P(0, BH, ZT)
    chrome_sh, chrome, chrome_lt, chrome_rim = "#4d666d", "#9fb9bf", "#d6ecef", "#f4ffff"
    bay.append(f'<rect x="{f(hx - 7)}" y="{f(mast_top - 40)}" width="14" height="{f(hy - mast_top + 40)}" fill="{chrome_sh}"/>')
    bay.append(f'<rect x="{f(hx - 7)}" y="{f(mast_top - 40)}" width="4" height="{f(hy - mast_top + 40)}" fill="{chrome_lt}"/>')
    # arms: (shoulder on the ring, elbow, wrist, tip on his back)
    px = lambda u: tx0 + u * (tx1 - tx0)  # along the table
    arms = (((-46, 10), (px(0.1), hy + 16), (px(0.16), yt - 62), (px(0.2), yt - 47)),
            ((-18, 14), (px(0.27), hy + 44), (px(0.29), yt - 66), (px(0.3), yt - 47)),
            ((20, 14), (px(0.5), hy + 38), (px(0.45), yt - 60), (px(0.41), yt - 38)),
            ((48, 10), (px(0.66), hy + 12), (px(0.57), yt - 52), (px(0.51), yt - 33)))
    for (sx, sy_), (ex, ey), (wx, wy), (qx, qy) in arms:
        d = f"M{f(hx + sx)} {f(hy + sy_)}L{f(ex)} {f(ey)}L{f(wx)} {f(wy)}"
        bay.append(f'<path fill="none" stroke="{chrome_sh}" stroke-width="9" stroke-linecap="round" stroke-linejoin="round" d="{d}"/>')
        bay.append(f'<path fill="none" stroke="{chrome}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round" d="{d}"/>')
        bay.append(f'<path fill="none" stroke="{chrome_rim}" stroke-width="1.6" stroke-linecap="round" d="M{f(hx + sx)} {f(hy + sy_ - 2)}L{f(ex)} {f(ey - 2)}"/>')
        bay.append(f'<path fill="none" stroke="{chrome_lt}" stroke-width="3" stroke-linecap="round" d="M{f(wx)} {f(wy)}L{f(qx)} {f(qy)}"/>')
        bay.append(f'<circle cx="{f(ex)}" cy="{f(ey)}" r="6" fill="{chrome_sh}"/><circle cx="{f(ex - 1.5)}" cy="{f(ey - 1.5)}" r="2.5" fill="{chrome_lt}"/>')
        bay.append(f'<circle cx="{f(wx)}" cy="{f(wy)}" r="4.5" fill="{chrome_sh}"/>')
        bay.append(f'<circle cx="{f(qx)}" cy="{f(qy)}" r="2.6" fill="#8ff6ff"/>')
    # the lamp ring over it all, lit underneath
    bay.append(f'<ellipse cx="{f(hx)}" cy="{f(hy)}" rx="{f(0.46 * k)}" ry="{f(0.07 * k)}" fill="{chrome_sh}"/>')
    bay.append(f'<path fill="{chrome}" d="M{f(hx - 0.46 * k)} {f(hy)}A{f(0.46 * k)} {f(0.07 * k)} 0 0 1 {f(hx + 0.46 * k)} {f(hy)}'
               f'L{f(hx + 0.4 * k)} {f(hy - 0.12 * k)}A{f(0.4 * k)} {f(0.05 * k)} 0 0 0 {f(hx - 0.4 * k)} {f(hy - 0.12 * k)}Z"/>')
    bay.append(f'<path fill="{chrome_rim}" d="M{f(hx - 0.4 * k)} {f(hy - 0.12 * k)}A{f(0.4 * k)} {f(0.05 * k)} 0 0 1 {f(hx + 0.4 * k)} {f(hy - 0.12 * k)}'
               f'A{f(0.4 * k)} {f(0.035 * k)} 0 0 0 {f(hx - 0.4 * k)} {f(hy - 0.12 * k)}Z" opacity="0.8"/>')
    bay.append(f'<ellipse cx="{f(hx)}" cy="{f(hy + 2)}" rx="{f(0.36 * k)}" ry="{f(0.04 * k)}" fill="#f2ffff"/>')
    bay.append(f'<ellipse cx="{f(hx)}" cy="{f(hy + 6)}" rx="{f(0.8 * k)}" ry="{f(0.5 * k)}" fill="url(#lampGlow)"/>')
    # ---- the observation side: the glass's frame, a solid wall below the sill, a rail, the floor
    near.append(quad_y(0, -4, 4, 1.2, ZG, "url(#floorG)"))
    near.append(quad_z(ZG, -4, 4, 0, FL, "url(#panelG)"))
    near.append(quad_z(ZG, -4, 4, FL - 0.06, FL, "#0f1a1e"))
    near.append(quad_y(FL, -4, 4, ZG - 0.12, ZG, "#56787f"))
    near.append(quad_z(ZG - 0.12, -4, 4, FL - 0.04, FL, "#93b9bf", ' opacity="0.8"'))
    # panel seams in the wall under the sill, and a readout of his vitals set into it
    for X in (-2.4, -0.95, 0.95, 2.4):
        near.append(quad_z(ZG - 0.002, X - 0.012, X + 0.012, 0.1, FL - 0.06, "#0f1a1e", ' opacity="0.7"'))
    near.append(quad_z(ZG - 0.005, -0.62, 0.62, 0.38, 0.74, "#101b1f"))
    near.append(quad_z(ZG - 0.006, -0.57, 0.57, 0.42, 0.7, "url(#screen)", ' opacity="0.55"'))
    pts = []
    for u, v in ((0, 0), (0.18, 0), (0.24, 0.3), (0.31, -0.5), (0.37, 0), (0.6, 0), (0.66, 0.3), (0.73, -0.5), (0.79, 0), (1, 0)):
        pts.append(P(-0.5 + u * 1.0, 0.6 - v * 0.12, ZG - 0.007))
    near.append('<path fill="none" stroke="#dffcff" stroke-width="2.5" stroke-linejoin="round" opacity="0.8" d="M' + "L".join(f"{f(a)} {f(b)}" for a, b in pts) + '"/>')
    for i in range(5):
        near.append(quad_z(ZG - 0.007, -0.5 + i * 0.07, -0.46 + i * 0.07, 0.46, 0.48, "#bff4fb", ' opacity="0.6"'))
    near.append(quad_z(ZG - 0.007, 0.38, 0.5, 0.46, 0.48, "#ff6a5a", ' opacity="0.7"'))
    # the bay's light spilling over the sill onto the wall below it
    near.append(quad_z(ZG - 0.003, -4, 4, FL - 0.4, FL - 0.06, "url(#spill)"))
    # the handrail along the wall, catching the bay's light
    near.append(quad_z(ZG - 0.2, -4, 4, 0.82, 0.86, "#24383e"))
    near.append(quad_z(ZG - 0.201, -4, 4, 0.855, 0.865, "#cfe9ec", ' opacity="0.7"'))
    for X in (-2.9, -1.1, 1.1, 2.9):
        near.append(quad_z(ZG - 0.19, X - 0.02, X + 0.02, 0.62, 0.84, "#16242a"))
    # mullions: the middle pane wide, framed where the busts stand
    for X in (-1.55, 1.55):
        near.append(quad_z(ZG - 0.01, X - 0.05, X + 0.05, FL, 4.0, "#16242a"))
        near.append(quad_z(ZG - 0.02, X - 0.05, X - 0.03, FL, 4.0, "#56787f"))
    # the glass: a cool film, and the long soft glints across it
    glass = [quad_z(ZG - 0.005, -4, 4, FL, 4.0, "#9fd6de", ' opacity="0.08"')]
    for x0, w in ((-3.6, 0.9), (-2.3, 0.25), (0.3, 0.7), (1.3, 0.15), (2.3, 0.6)):
        a, b = P(x0, 3.6, ZG), P(x0 + w, 3.6, ZG)
        c, d = P(x0 + w - 0.9, FL, ZG), P(x0 - 0.9, FL, ZG)
        glass.append(poly([a, b, c, d], "url(#glint)"))
    _, sill_y = P(0, FL, ZG)
    ind = lambda L: "\n".join("  " + line for line in L)
    text = f"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1920" height="1080" viewBox="0 0 1920 1080">
  <!-- After the Rain: medbay_glass (variant of medbay, written by make_places.py). The observation window (5.5):
       Kylo face down on a treatment table in the bright surgical bay behind the glass, a surgical droid's chrome arms over his back.
       Original work, CC BY 4.0. One small figure far off (Kylo), no text. -->
  <defs>
    <linearGradient id="bayCeil" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2f4a52"/><stop offset="1" stop-color="#6f939a"/>
    </linearGradient>
    <linearGradient id="bayL" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#3a5a62"/><stop offset="1" stop-color="#7fa3aa"/>
    </linearGradient>
    <linearGradient id="bayR" x1="1" y1="0" x2="0" y2="0">
      <stop offset="0" stop-color="#3a5a62"/><stop offset="1" stop-color="#7fa3aa"/>
    </linearGradient>
    <linearGradient id="bayBack" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#8fb3ba"/><stop offset="1" stop-color="#a9cbd0"/>
    </linearGradient>
    <linearGradient id="bayFloor" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#88abb2"/><stop offset="1" stop-color="#4f727b"/>
    </linearGradient>
    <radialGradient id="screen" cx="0.5" cy="0.5" r="0.6">
      <stop offset="0" stop-color="#7fe9f2"/><stop offset="1" stop-color="#2d8a98"/>
    </radialGradient>
    <linearGradient id="doorG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#cfeff2"/><stop offset="1" stop-color="#7fa7ae"/>
    </linearGradient>
    <radialGradient id="lampPool" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#eefeff" stop-opacity="0.55"/><stop offset="1" stop-color="#eefeff" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="lampGlow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#f2ffff" stop-opacity="0.4"/><stop offset="1" stop-color="#f2ffff" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="floorG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#243a41"/><stop offset="1" stop-color="#0c1518"/>
    </linearGradient>
    <linearGradient id="panelG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2a4148"/><stop offset="1" stop-color="#142227"/>
    </linearGradient>
    <linearGradient id="glint" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#e8ffff" stop-opacity="0.16"/><stop offset="0.6" stop-color="#e8ffff" stop-opacity="0.06"/><stop offset="1" stop-color="#e8ffff" stop-opacity="0"/>
    </linearGradient>
    <linearGradient id="spill" x1="0" y1="1" x2="0" y2="0">
      <stop offset="0" stop-color="#9fd6de" stop-opacity="0"/><stop offset="1" stop-color="#9fd6de" stop-opacity="0.12"/>
    </linearGradient>
    <filter id="throughGlass" x="0" y="0" width="1" height="1"><feGaussianBlur stdDeviation="1.2"/></filter>
    <radialGradient id="vignette" cx="0.5" cy="0.4" r="0.75">
      <stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.6"/>
    </radialGradient>
    <linearGradient id="calm" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/>
    </linearGradient>
  </defs>
  <rect width="1920" height="1080" fill="#0b0d10"/>
  <g filter="url(#throughGlass)">
{ind(bay)}
  </g>
  <rect width="1920" height="{f(sill_y)}" fill="#2d8a98" opacity="0.06"/>
{ind(glass)}
{ind(near)}
  <rect y="720" width="1920" height="360" fill="url(#calm)"/>
  <rect width="1920" height="1080" fill="url(#vignette)"/>
</svg>
"""
    write("medbay_glass", text)


# ---------------------------------------------------------------- cell_night

def cell_night():
    """The cell at night (a variant of cell): darker, the one lamp dimmed, moonlight
    falling blue through a slit high in the back wall onto the floor."""
    text = (HERE / "cell.svg").read_text()
    subs = [
        ("<!-- After the Rain: cell.", "<!-- After the Rain: cell_night (variant of cell, written by make_places.py from cell.svg). At night: the lamp dimmed, moonlight through a slit."),
        ('<stop offset="0" stop-color="#dff4ff" stop-opacity="0.5"/><stop offset="0.5" stop-color="#9cc8de" stop-opacity="0.16"/>',
         '<stop offset="0" stop-color="#dff4ff" stop-opacity="0.12"/><stop offset="0.5" stop-color="#9cc8de" stop-opacity="0.04"/>'),
        ('<stop offset="0" stop-color="#cfeaff" stop-opacity="0.3"/>', '<stop offset="0" stop-color="#cfeaff" stop-opacity="0.06"/>'),
        ('<circle cx="746" cy="258" r="160" fill="url(#bulb)"/>', '<circle cx="746" cy="258" r="70" fill="url(#bulb)" opacity="0.35"/>'),
        ('<path fill="#f2fbff" d="M712 244', '<path fill="#7d939e" d="M712 244'),
        ('<path fill="url(#field)" ', '<path fill="url(#field)" opacity="0.6" '),
    ]
    for a, b in subs:
        if a not in text:
            raise SystemExit(f"cell.svg changed: {a[:40]}")
        text = text.replace(a, b, 1)
    moon_defs = """    <linearGradient id="moonShaft" gradientUnits="userSpaceOnUse" x1="1040" y1="250" x2="760" y2="760">
      <stop offset="0" stop-color="#a9c8ff" stop-opacity="0.28"/><stop offset="1" stop-color="#a9c8ff" stop-opacity="0.04"/>
    </linearGradient>
    <radialGradient id="moonGlow" cx="1045" cy="330" r="160" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#b8d4ff" stop-opacity="0.35"/><stop offset="1" stop-color="#b8d4ff" stop-opacity="0"/>
    </radialGradient>
    <filter id="moonSoft" x="-20%" y="-50%" width="140%" height="200%"><feGaussianBlur stdDeviation="6"/></filter>
  </defs>"""
    text = text.replace("  </defs>", moon_defs, 1)
    night = """  <!-- night: the room sinks into dark blue; moonlight through a slit in the back wall -->
  <rect width="1920" height="1080" fill="#04070c" opacity="0.5"/>
  <rect width="1920" height="1080" fill="url(#moonGlow)"/>
  <path fill="#0a0e13" d="M1030 240 L1062 240 L1062 420 L1030 420 Z"/>
  <path fill="#bcd6ff" d="M1036 246 L1056 246 L1056 414 L1036 414 Z"/>
  <path fill="#e6f0ff" d="M1036 246 L1042 246 L1042 414 L1036 414 Z"/>
  <rect width="1920" height="1080" fill="#0c1a33" opacity="0.18"/>
  <path fill="url(#moonShaft)" filter="url(#moonSoft)" d="M1036 246 L1056 414 L880 790 L720 790 Z"/>
  <path fill="#a9c8ff" opacity="0.22" filter="url(#moonSoft)" d="M700 742 L900 742 L930 790 L690 790 Z"/>
"""
    text = text.replace('  <rect y="720" width="1920" height="360" fill="url(#calm)"/>',
                        night + '  <rect y="720" width="1920" height="360" fill="url(#calm)"/>', 1)
    write("cell_night", text)


# ---------------------------------------------------------------- hangar

XWING_AMBER = {
    "hull": ["#2a2119", "#5a4a3a", "#9a8468", "#e0c49a"],
    "nose": ["#282019", "#554638", "#927c62", "#d6bb92"],
    "wing": ["#261e17", "#4f4134", "#8a765c", "#d2b68c"],
    "mark": ["#4a1e12", "#7a3420", "#b0502e", "#e07a48"],
    "glass": ["#141110", "#2e2620", "#5a4a3a", "#a88c6a"],
    "droid": ["#3a342c", "#8a7e6a", "#c9b896", "#efdcb4"],
    "droidtop": ["#1e2a3a", "#2e4260", "#4a6488", "#7a94b4"],
    "gun": ["#15110e", "#2a231d", "#4a3e32", "#7a6850"],
    "engine": ["#1f1913", "#3f3429", "#6f5e4a", "#b09a78"],
    "exhaust": "#0c0a08",
    "intake": "#100d0b",
    "gear": "#15110e",
}


def hangar_fighter(legs):
    """The fighter's SVG for the hangar: the near upper engine's cowling swung open, its
    insides lit by a work lamp clipped in there, tools about; with legs, Rey upside down
    in the engine housing (3.1), only her legs and boots out of the hatch."""
    X0, S, YAW, PITCH = 1090, 86, 0.62, 0.24
    Y0 = 712 - 2.0 * S * math.cos(PITCH)
    L = (-0.6, 0.55, 0.55)  # the big lamp, upper left and in front

    def P(p):
        return project(p, X0, Y0, S, YAW, PITCH)

    def path(pts):
        return "M" + "L".join(f"{f(a)} {f(b)}" for a, b in pts) + "Z"

    o = ["  <!-- the fighter: four wings open in an X, engines at the wing roots, a long nose -->",
         render(xwing(), XWING_AMBER, X0, Y0, S, YAW, PITCH, L)]
    # the near upper engine (axis x -5.9..-2.2 at y 0.62, z 1.15, radius 0.46): a hatch cut
    # in its top, from the inboard top (th -25 deg) round to the outboard side (th 75 deg)
    ey, ez, r = 0.62, 1.15, 0.47
    xa, xb = -4.75, -3.0

    def surf(x, th, rr=r):
        t = math.radians(th)
        return (x, ey + rr * math.cos(t), ez + rr * math.sin(t))

    ths = [-25 + 10 * i for i in range(11)]
    rim = [P(surf(xa, t)) for t in ths] + [P(surf(xb, t)) for t in reversed(ths)]
    o.append("<!-- the engine's hatch open: dark inside, the glow of a lamp clipped in the housing -->")
    o.append(f'<path fill="#0d0906" d="{path(rim)}"/>')
    cx, cy = P(surf(-3.9, 35, 0.2))
    o.append(f'<defs><radialGradient id="inLamp" cx="{f(cx)}" cy="{f(cy)}" r="{f(0.9 * S)}" gradientUnits="userSpaceOnUse">'
             '<stop offset="0" stop-color="#ffd690" stop-opacity="0.85"/><stop offset="0.4" stop-color="#ff9a40" stop-opacity="0.35"/>'
             '<stop offset="1" stop-color="#ff9a40" stop-opacity="0"/></radialGradient></defs>')
    o.append(f'<path fill="url(#inLamp)" d="{path(rim)}"/>')
    # pipes and a coil seen inside
    for x in (-4.4, -4.0, -3.35):
        a, b = P(surf(x, -15, 0.36)), P(surf(x, 70, 0.36))
        o.append(f'<path fill="none" stroke="#3a2a1c" stroke-width="{f(0.06 * S)}" d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}"/>')
    # the rim of the cut, lit on its far lip
    lip = [P(surf(x, -25)) for x in (xa, xb)]
    o.append(f'<path fill="none" stroke="#e9b878" stroke-width="3" d="M{f(lip[0][0])} {f(lip[0][1])}L{f(lip[1][0])} {f(lip[1][1])}"/>')
    # the cowling panel, hinged along the inboard top edge and swung up past upright
    hinge = [surf(xa, 75), surf(xb, 75)]
    def swung(p, ang=150):
        # rotate about the hinge line (parallel to x) by ang degrees, out and down toward +z
        hy, hz = hinge[0][1], hinge[0][2]
        dy, dz = p[1] - hy, p[2] - hz
        a = math.radians(ang)
        return (p[0], hy + dy * math.cos(a) - dz * math.sin(a), hz + dy * math.sin(a) + dz * math.cos(a))
    panel_o = [P(swung(surf(xa - 0.05, t, r + 0.03))) for t in ths] + \
              [P(swung(surf(xb + 0.05, t, r + 0.03))) for t in reversed(ths)]
    o.append("<!-- the cowling swung down on its hinge at the outboard side: its inner face, ribbed -->")
    o.append(f'<path fill="#4a3b2d" stroke="#4a3b2d" stroke-width="1" d="{path(panel_o)}"/>')
    for x in (-4.3, -3.9, -3.45):
        a, b = P(swung(surf(x, -20, r + 0.03))), P(swung(surf(x, 70, r + 0.03)))
        o.append(f'<path fill="none" stroke="#2a2119" stroke-width="{f(0.05 * S)}" d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}"/>')
    ed = [P(swung(surf(x, -25, r + 0.03))) for x in (xa - 0.05, xb + 0.05)]
    o.append(f'<path fill="none" stroke="#f0c48a" stroke-width="3" d="M{f(ed[0][0])} {f(ed[0][1])}L{f(ed[1][0])} {f(ed[1][1])}"/>')
    # a lamp cable out of the hatch, over the wing root and down to the floor
    c0 = P(surf(-3.2, 60))
    c1 = P((-3.0, -2.0, 2.6))
    o.append(f'<path fill="none" stroke="#15100c" stroke-width="5" stroke-linecap="round" '
             f'd="M{f(c0[0])} {f(c0[1])}C{f(c0[0] + 60)} {f(c0[1] + 10)} {f(c1[0] + 20)} {f(c1[1] - 90)} {f(c1[0])} {f(c1[1])}"/>')
    if legs:
        o.append(legs_up(P(surf(-3.85, 30, 0.3)), S))
    # a toolbox left on the wing root and a spanner on the engine
    w = P((-3.2, 0.1, 2.3))
    o.append(f'<g transform="translate({f(w[0])} {f(w[1])}) rotate(-8)">'
             f'<rect x="-26" y="-12" width="52" height="18" rx="3" fill="#6a2e1e"/>'
             f'<rect x="-26" y="-12" width="52" height="4" rx="2" fill="#e49a62"/>'
             f'<path fill="#2a2119" d="M-18 -12 L-14 -24 L14 -24 L18 -12Z"/></g>')
    sp = P(surf(-5.3, 0, r + 0.02))
    o.append(f'<g transform="translate({f(sp[0])} {f(sp[1])}) rotate(12)" fill="#b9a07c">'
             f'<rect x="-22" y="-3" width="44" height="6" rx="3"/><circle cx="-22" cy="0" r="7"/><circle cx="22" cy="0" r="6"/></g>')
    # a ladder against the engine, where she climbed up
    bx, by = P((-3.4, -2.0, 2.7))
    tx, ty = P(surf(-3.4, 80, r + 0.05))
    o.append(f'<path fill="#2a2420" d="M{f(bx - 26)} {f(by)}h14L{f(tx - 22)} {f(ty)}h-10Z M{f(bx + 16)} {f(by)}h14L{f(tx + 20)} {f(ty)}h-10Z"/>')
    rungs = []
    for i in range(1, 5):
        t = i / 5
        x = bx - 20 + (tx - 26 - bx + 20) * t
        y = by + (ty - by) * t
        rungs.append(f'<rect x="{f(x)}" y="{f(y)}" width="{f(44 - 8 * t)}" height="7"/>')
    o.append(f'<g fill="#2a2420">{"".join(rungs)}</g>')
    o.append(f'<path fill="#e3a95c" opacity="0.6" d="M{f(bx - 26)} {f(by)}h4L{f(tx - 28)} {f(ty)}h-4Z"/>')
    # on the floor: the engine's parts on a cloth, a toolbox open, a drip tray
    fx, fy = P((-4.2, -2.0, 3.4))
    o.append(f'<ellipse cx="{f(fx)}" cy="{f(fy)}" rx="70" ry="12" fill="#4d4034"/>')
    for dx, col in ((-40, "#8a7458"), (-12, "#6f5d48"), (18, "#a88a62"), (44, "#5d4d3c")):
        o.append(f'<rect x="{f(fx + dx - 9)}" y="{f(fy - 12)}" width="18" height="12" rx="3" fill="{col}"/>')
    return "\n".join(o)


def legs_up(hip, S):
    """Rey upside down in the housing: her legs out of the hatch from the thighs, one knee
    bent over, boots up; grey leggings, her wrapped boots, lit from the lamp at the left."""
    hx, hy = hip
    u = S * 1.65  # pixels per metre (drawn a little large, to read at a glance)

    def limb(a, b, wa, wb, fill, light=None):
        ax, ay = a
        bx, by = b
        dx, dy = bx - ax, by - ay
        n = math.hypot(dx, dy) or 1
        px, py = -dy / n, dx / n
        pts = [(ax + px * wa, ay + py * wa), (bx + px * wb, by + py * wb),
               (bx - px * wb, by - py * wb), (ax - px * wa, ay - py * wa)]
        out = f'<path fill="{fill}" d="M' + "L".join(f"{f(x)} {f(y)}" for x, y in pts) + 'Z"/>'
        if light:
            lp = [(ax - px * wa, ay - py * wa), (bx - px * wb, by - py * wb),
                  (bx - px * wb * 0.55, by - py * wb * 0.55), (ax - px * wa * 0.55, ay - py * wa * 0.55)]
            out += f'<path fill="{light}" d="M' + "L".join(f"{f(x)} {f(y)}" for x, y in lp) + 'Z"/>'
        return out

    def boot(ankle, toe_dir, up_dir):
        ax, ay = ankle
        tx, ty = toe_dir
        ux, uy = up_dir
        # a sole seen from the side: heel at the ankle, toe out along toe_dir
        pts = [(ax - ux * 4 - tx * 6, ay - uy * 4 - ty * 6), (ax + tx * 0.2 * u - ux * 4, ay + ty * 0.2 * u - uy * 4),
               (ax + tx * 0.22 * u + ux * 0.08 * u, ay + ty * 0.22 * u + uy * 0.08 * u),
               (ax - tx * 6 + ux * 0.1 * u, ay - ty * 6 + uy * 0.1 * u)]
        sole = [(x, y) for x, y in pts[:2]] + [(pts[1][0] + ux * 5, pts[1][1] + uy * 5), (pts[0][0] + ux * 5, pts[0][1] + uy * 5)]
        return (f'<path fill="#4a2e1c" d="M' + "L".join(f"{f(x)} {f(y)}" for x, y in pts) + 'Z"/>'
                f'<path fill="#1a110b" d="M' + "L".join(f"{f(x)} {f(y)}" for x, y in sole) + 'Z"/>')

    o = ["<!-- Rey, upside down in the engine housing: legs and boots out of the hatch -->"]
    # far leg: thigh up and toward the nose, knee bent, shin out, boot sole up
    h2 = (hx + 0.07 * u, hy)
    k2 = (hx + 0.2 * u, hy - 0.4 * u)
    a2 = (k2[0] + 0.34 * u, k2[1] - 0.2 * u)
    o.append(limb(h2, k2, 0.085 * u, 0.068 * u, "#4f4a44", "#a8936e"))
    o.append(limb(k2, a2, 0.062 * u, 0.05 * u, "#4f4a44"))
    o.append(limb((k2[0] + 0.16 * u, k2[1] - 0.09 * u), a2, 0.06 * u, 0.056 * u, "#3d2718", "#7a4e30"))
    o.append(boot(a2, (0.45, -0.9), (0.9, 0.45)))
    # near leg: straight up, the knee a little bent, boot toe toward the nose
    h1 = (hx - 0.07 * u, hy + 0.02 * u)
    k1 = (hx - 0.12 * u, hy - 0.42 * u)
    a1 = (hx - 0.04 * u, hy - 0.84 * u)
    o.append(limb(h1, k1, 0.09 * u, 0.07 * u, "#5e5850", "#cfb58a"))
    o.append(limb(k1, a1, 0.066 * u, 0.056 * u, "#5e5850", "#cfb58a"))
    o.append(limb((k1[0] + 0.03 * u, k1[1] - 0.18 * u), a1, 0.064 * u, 0.058 * u, "#4a2f1d", "#93613a"))
    # wraps round the boot shaft
    for t in (0.3, 0.65):
        x = k1[0] + 0.03 * u + (a1[0] - k1[0] - 0.03 * u) * t
        y = k1[1] - 0.18 * u + (a1[1] - k1[1] + 0.18 * u) * t
        o.append(f'<path fill="#c9b48e" opacity="0.75" d="M{f(x - 0.065 * u)} {f(y + 3)}L{f(x + 0.065 * u)} {f(y - 3)}l0 5L{f(x - 0.065 * u)} {f(y + 8)}Z"/>')
    o.append(boot(a1, (0.95, -0.25), (-0.25, -0.95)))
    # her tunic's hem caught at the hatch's edge
    o.append(f'<path fill="#bfae8c" d="M{f(hx - 0.2 * u)} {f(hy + 0.06 * u)}Q{f(hx)} {f(hy - 0.08 * u)} {f(hx + 0.2 * u)} {f(hy + 0.04 * u)}'
             f'L{f(hx + 0.16 * u)} {f(hy + 0.1 * u)}L{f(hx - 0.16 * u)} {f(hy + 0.12 * u)}Z"/>')
    return "\n".join(o)


def hangar():
    """The X-wing under the amber work lamp, S-foils open, the near engine's cowling up and
    tools about (the engine Rey is fixing in 3.1); hangar_engine is the same with her in it."""
    block = "\n".join("  " + line for line in hangar_fighter(False).split("\n")) + "\n"
    patch("hangar", {"fighter": block})
    text = (HERE / "hangar.svg").read_text()
    pat = re.compile(r"(<!-- gen:fighter -->\n).*?(\s*<!-- /gen:fighter -->)", re.S)
    block = "\n".join("  " + line for line in hangar_fighter(True).split("\n")) + "\n"
    text = pat.sub(lambda m: m.group(1) + block.rstrip("\n") + m.group(2), text)
    text = text.replace("<!-- After the Rain: hangar.", "<!-- After the Rain: hangar_engine (variant of hangar, written by "
                        "make_places.py from hangar.svg): Rey upside down in the open engine, her legs out of the hatch. Was: hangar.", 1)
    write("hangar_engine", text)


# ---------------------------------------------------------------- hangar_busy

def crew_member(rng, x, y, h, suit, skin, hair_col, facing=0, rim="#ffd9a0", rim_side=-1, hair=None,
                arm=None, vest=None, helmet=None):
    """One of the hangar's crowd (5.5): person()'s silhouette in a suit colour, with a face
    and hair laid over the head so they read as people under the lamps, not shadows;
    vest: a second colour over the chest (a pilot's harness, a mechanic's apron);
    helmet: a pilot's helmet in place of the hair."""
    hair = hair or rng.choice(("short", "crop", "bun", "curly", "tail"))
    body = person(rng, x, y, h, suit, rim=rim, rim_side=rim_side, facing=facing, arm=arm, hair=hair,
                  hair_col=hair_col).split("\n")
    sc = h / 170.0
    head_y = y - h
    ox = facing * 3 * sc
    hx, hy = x + ox, head_y + 11 * sc
    o = [body[0]]
    if vest:
        neck = head_y + 24 * sc
        o.append(f'<path fill="{vest}" d="M{f(x - 13 * sc)} {f(neck + 8 * sc)}L{f(x + 13 * sc)} {f(neck + 8 * sc)}'
                 f'L{f(x + 11 * sc)} {f(neck + 50 * sc)}L{f(x - 11 * sc)} {f(neck + 50 * sc)}Z"/>')
    # the face: skin on the side turned to us, the back of the head in hair
    o.append(f'<ellipse cx="{f(hx)}" cy="{f(hy)}" rx="{f(10 * sc)}" ry="{f(11.5 * sc)}" fill="{skin}"/>')
    if helmet:
        o.append(f'<path fill="{helmet}" d="M{f(hx - 12 * sc)} {f(hy + 2 * sc)}Q{f(hx - 12 * sc)} {f(hy - 15 * sc)} {f(hx)} {f(hy - 15 * sc)}'
                 f'Q{f(hx + 12 * sc)} {f(hy - 15 * sc)} {f(hx + 12 * sc)} {f(hy + 2 * sc)}L{f(hx + 12 * sc)} {f(hy + 6 * sc)}'
                 f'L{f(hx - 12 * sc)} {f(hy + 6 * sc)}Z"/>')
        o.append(f'<path fill="#3a2a22" opacity="0.7" d="M{f(hx - 8 * sc + facing * 3 * sc)} {f(hy - 2 * sc)}h{f(16 * sc)}v{f(4 * sc)}h{f(-16 * sc)}Z"/>')
    else:
        back = -facing
        o.append(f'<path fill="{hair_col}" d="M{f(hx - 10.5 * sc)} {f(hy - 1 * sc)}Q{f(hx - 10 * sc)} {f(hy - 13 * sc)} {f(hx)} {f(hy - 13 * sc)}'
                 f'Q{f(hx + 10 * sc)} {f(hy - 13 * sc)} {f(hx + 10.5 * sc)} {f(hy - 1 * sc)}'
                 f'Q{f(hx + back * 4 * sc)} {f(hy - 8 * sc)} {f(hx - back * 2 * sc)} {f(hy - 7 * sc)}Q{f(hx - 7 * sc)} {f(hy - 6 * sc)} {f(hx - 10.5 * sc)} {f(hy - 1 * sc)}Z"/>')
        if back:
            o.append(f'<path fill="{hair_col}" d="M{f(hx + back * 10.5 * sc)} {f(hy - 2 * sc)}Q{f(hx + back * 11 * sc)} {f(hy + 6 * sc)} {f(hx + back * 6 * sc)} {f(hy + 10 * sc)}'
                     f'L{f(hx + back * 4 * sc)} {f(hy - 4 * sc)}Z"/>')
        o.extend(body[1:-1] if rim else body[1:])
    if rim:
        o.append(body[-1])
    return "\n".join(o)


def hangar_busy():
    """5.5 (a variant of hangar): the same hangar the evening the courier comes in, busy:
    the great door open on the last of the light over the field, the amber lamps all
    lit, two fighters in for work with crews on and round them, astromechs, and three
    medical droids already rolling across the floor toward the left, where Rey stands
    (Left); mechanics and pilots at every depth, many of them stopped and turned to
    stare that way. The right and the middle hold the crowd; the lower third is floor.
    One-point perspective: vanishing point (960, 520), eye 1.6 m, so a thing standing on
    the floor at y is (y - 520) / 1.6 pixels to the metre."""
    rng = random.Random(20_55)
    VY = 520

    def ppm(y):
        return (y - VY) / 1.6

    o = ['<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1920" height="1080" viewBox="0 0 1920 1080">',
         "  <!-- After the Rain: hangar_busy (variant of hangar, written by make_places.py). 5.5: the hangar busy the evening the\n"
         "       courier comes in: the door open on the dusk, the amber lamps lit, two fighters, droids, crews at every depth,\n"
         "       many turned to stare toward the left. Original work, CC BY 4.0. No characters, no text. -->",
         "  <defs>",
         '    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">'
         '<stop offset="0" stop-color="#2a3458"/><stop offset="0.55" stop-color="#7a5a78"/><stop offset="0.9" stop-color="#e39a62"/><stop offset="1" stop-color="#f4bf7a"/></linearGradient>',
         '    <linearGradient id="wall" x1="0" y1="0" x2="0" y2="1">'
         '<stop offset="0" stop-color="#1a1511"/><stop offset="0.6" stop-color="#3b3026"/><stop offset="1" stop-color="#4d3f31"/></linearGradient>',
         '    <linearGradient id="floorG" x1="0" y1="0" x2="0" y2="1">'
         '<stop offset="0" stop-color="#6a5844"/><stop offset="0.35" stop-color="#4e4134"/><stop offset="1" stop-color="#1f1a15"/></linearGradient>',
         '    <radialGradient id="lampCore" cx="0.5" cy="0.5" r="0.5">'
         '<stop offset="0" stop-color="#fff6d8" stop-opacity="1"/><stop offset="0.22" stop-color="#ffd38a" stop-opacity="0.55"/><stop offset="1" stop-color="#ffb45a" stop-opacity="0"/></radialGradient>',
         '    <linearGradient id="beam" x1="0" y1="0" x2="0" y2="1">'
         '<stop offset="0" stop-color="#ffd79a" stop-opacity="0.22"/><stop offset="1" stop-color="#ffd79a" stop-opacity="0"/></linearGradient>',
         '    <radialGradient id="pool" cx="1060" cy="700" r="900" gradientUnits="userSpaceOnUse" '
         'gradientTransform="translate(1060 700) scale(1 0.2) translate(-1060 -700)">'
         '<stop offset="0" stop-color="#ffc878" stop-opacity="0.45"/><stop offset="1" stop-color="#ffc878" stop-opacity="0"/></radialGradient>',
         '    <radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/>'
         '<stop offset="1" stop-color="#000" stop-opacity="0.5"/></radialGradient>',
         '    <linearGradient id="calm" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/>'
         '<stop offset="1" stop-color="#000" stop-opacity="0.5"/></linearGradient>',
         "  </defs>",
         '  <rect width="1920" height="1080" fill="#0b0a09"/>']
    # the back wall and the great door open in it: sky, the field, the jungle's edge
    back_floor = 600
    o.append("  <!-- back wall, the door open on the dusk -->")
    o.append(f'  <rect width="1920" height="{back_floor}" fill="url(#wall)"/>')
    dx0, dx1, dtop = 470, 1470, 120
    o.append(f'  <rect x="{dx0}" y="{dtop}" width="{dx1 - dx0}" height="{back_floor - dtop}" fill="url(#sky)"/>')
    o.append(f'  <path fill="#f6d79a" opacity="0.5" d="M{dx0} {VY - 8}H{dx1}V{VY + 4}H{dx0}Z"/>')
    # the jungle on the horizon and the field running out to it
    tree = [f"M{dx0} {VY}"]
    xx = dx0
    while xx < dx1:
        w = rng.uniform(30, 70)
        tree.append(f"Q{f(xx + w / 2)} {f(VY - rng.uniform(30, 70))} {f(xx + w)} {VY - rng.uniform(4, 14):.1f}")
        xx += w
    tree.append(f"L{dx1} {VY}Z")
    o.append(f'  <path fill="#3a3040" d="{"".join(tree)}"/>')
    for px in (640, 1180, 1300):
        o.append(f'  <path fill="#3a3040" d="M{px} {VY - 10}Q{px + 4} {VY - 90} {px - 6} {VY - 150}L{px - 2} {VY - 150}Q{px + 10} {VY - 90} {px + 5} {VY - 10}Z"/>')
        for a in (-1, 1):
            o.append(f'  <path fill="#3a3040" d="M{px - 4} {VY - 150}Q{px + a * 40} {VY - 175} {px + a * 70} {VY - 130}Q{px + a * 40} {VY - 160} {px - 4} {VY - 146}Z"/>')
    o.append(f'  <rect x="{dx0}" y="{VY}" width="{dx1 - dx0}" height="{back_floor - VY}" fill="#5a4a44"/>')
    o.append(f'  <path fill="#8a6a54" opacity="0.6" d="M{dx0} {VY}H{dx1}V{VY + 6}H{dx0}Z"/>')
    # a transport parked out on the field, and a far fighter, dark against the last light
    o.append(render(shuttle(), {k: (["#2e2630", "#3a3038", "#4a3c42", "#6a5450"] if not isinstance(v, str) else "#221c22")
                                for k, v in SHUTTLE_DAY.items()}, 1240, VY + 22 - 0.9 * 9, 9, 0.9, 0.05, (0.5, 0.6, -0.3)))
    o.append(f'  <rect x="1336" y="{VY + 4}" width="4" height="4" fill="#ffd27a"/><rect x="1226" y="{VY + 8}" width="3" height="3" fill="#ff8a5a"/>')
    # the door's frame and the sliding leaves pushed back into the wall
    o.append(f'  <path fill="#241d17" d="M{dx0 - 40} 0H{dx0}V{back_floor}H{dx0 - 40}Z M{dx1} 0H{dx1 + 40}V{back_floor}H{dx1}Z"/>')
    o.append(f'  <rect x="{dx0 - 40}" y="{dtop - 24}" width="{dx1 - dx0 + 80}" height="24" fill="#2e251d"/>')
    o.append(f'  <path fill="#d9a05a" opacity="0.5" d="M{dx0 - 40} {dtop - 24}H{dx1 + 40}V{dtop - 20}H{dx0 - 40}Z"/>')
    for k in range(8):
        x = dx0 + 40 + k * 120
        o.append(f'  <path fill="#e8a040" d="M{x} {dtop - 12}l18 0l-10 12l-18 0Z" opacity="0.8"/>')
    # catwalk along the back wall either side of the door
    for x0, x1 in ((0, dx0 - 40), (dx1 + 40, 1920)):
        o.append(f'  <rect x="{x0}" y="300" width="{x1 - x0}" height="10" fill="#1c1712"/>')
        o.append(f'  <path fill="#1c1712" d="M{x0} 270H{x1}V273H{x0}Z"/>')
        for x in range(x0 + 10, x1, 36):
            o.append(f'  <rect x="{x}" y="270" width="3" height="30" fill="#1c1712"/>')
    # the side walls running toward us
    o.append(f'  <path fill="#261f19" d="M0 0L180 60L180 {back_floor + 40}L0 {back_floor + 120}Z"/>')
    o.append(f'  <path fill="#2a221b" d="M1920 0L1760 60L1760 {back_floor + 40}L1920 {back_floor + 120}Z"/>')
    # the floor, lit in a broad pool, with painted lines toward the door
    o.append(f'  <path fill="url(#floorG)" d="M0 {back_floor}H1920V1080H0Z"/>')
    o.append(f'  <path fill="url(#pool)" d="M0 {back_floor}H1920V1080H0Z"/>')
    o.append(f'  <path fill="#c9a05a" opacity="0.25" d="M{dx0 + 60} {back_floor}h16L300 1080h-70Z M{dx1 - 76} {back_floor}h16L1760 1080h-70Z"/>')
    o.append(f'  <path fill="#2a2119" d="M0 {back_floor}H1920V{back_floor + 4}H0Z"/>')
    # roof: trusses and a row of lamps, their light falling in long cones
    o.append('  <path fill="#0d0b09" d="M0 0H1920V70Q960 120 0 70Z"/>')
    for x in (200, 560, 960, 1360, 1720):
        o.append(f'  <path fill="#0d0b09" d="M{x - 14} 0h28l-6 120h-16Z"/>')
    for x, y, r in ((330, 150, 150), (760, 120, 170), (1160, 120, 170), (1590, 150, 150)):
        o.append(f'  <path fill="url(#beam)" d="M{x - 20} {y}L{x + 20} {y}L{x + 240} 900L{x - 240} 900Z"/>')
        o.append(f'  <rect x="{x - 2}" y="70" width="4" height="{y - 80}" fill="#15110e"/>')
        o.append(f'  <path fill="#2a2520" d="M{x - 34} {y - 10}h68l-10 14h-48Z"/>')
        o.append(f'  <circle cx="{x}" cy="{y + 6}" r="{r}" fill="url(#lampCore)"/>')
        o.append(f'  <rect x="{x - 24}" y="{y + 2}" width="48" height="6" rx="3" fill="#fff3d0"/>')

    L = (-0.3, 0.8, 0.5)
    XW = {k: ([mix(c, "#6a4a2a", 0.18) for c in v] if not isinstance(v, str) else v) for k, v in XWING_DAY.items()}

    def crowd(spec):
        for x, y, hm, suit, facing, extra in spec:
            h = hm * ppm(y)
            skin = rng.choice(("#c89274", "#8a5a40", "#e0b494", "#6a4430", "#b07a58"))
            hair = rng.choice(("#2a1e18", "#4a3020", "#1a1412", "#6a4a2a"))
            o.append(f'<ellipse cx="{f(x)}" cy="{f(y)}" rx="{f(h * 0.18)}" ry="{f(max(2, h * 0.02))}" fill="#1a140f" opacity="0.45"/>')
            o.append(crew_member(rng, x, y, h, suit, skin, hair, facing=facing, rim_side=-1 if x > 960 else 1, **extra))

    ORANGE, ORANGE_V = "#c2612c", "#e8e0cc"
    KHAKI, OLIVE, GREY, BLUE = "#7a6a4a", "#55583e", "#5a5a58", "#3e4a5e"
    # far: out by the door, small, a few stopped and looking
    crowd([(560, 618, 1.7, KHAKI, -1, {}), (600, 622, 1.75, OLIVE, 0, {}), (1410, 616, 1.72, GREY, -1, {}),
           (1440, 620, 1.7, ORANGE, -1, {"helmet": "#e8e0d0"}), (1030, 612, 1.75, KHAKI, 0, {})])
    # a fighter out on the field in the dusk, its lamps lit, a crew at it
    DUSK = {k: ([mix(c, "#3a3040", 0.6) for c in v] if not isinstance(v, str) else v) for k, v in XWING_DAY.items()}
    s2 = 15
    o.append(f'<ellipse cx="1010" cy="{VY + 40}" rx="90" ry="4" fill="#1a140f" opacity="0.4"/>')
    o.append(render(xwing(), DUSK, 1010, VY + 40 - 2.0 * s2, s2, 0.6, 0.05, (0.5, 0.6, -0.3)))
    o.append(f'<circle cx="950" cy="{VY + 20}" r="3" fill="#ffd27a"/><circle cx="1062" cy="{VY + 22}" r="2.5" fill="#ff8a5a"/>')
    for x in (940, 1085):
        o.append(person(rng, x, VY + 44, 26, "#2a2230", facing=0))
    o.append(astro_droid(880, 648, 0.95 * ppm(648), tones=("#5d5a50", "#9c988a", "#d9d2bc", "#fff3d6"), accent="#3b6f9a"))
    crowd([(940, 652, 1.75, KHAKI, -1, {}), (1170, 650, 1.72, OLIVE, -1, {"vest": "#3a3428"}),
           (780, 660, 1.78, ORANGE, -1, {"vest": ORANGE_V, "helmet": "#e8e0d0"})])
    # the near fighter on the right, nose toward us and the left, crews on it
    y1 = 730
    s1 = ppm(y1) * 0.92
    o.append(f'<ellipse cx="1500" cy="{y1}" rx="420" ry="18" fill="#1a140f" opacity="0.5"/>')
    o.append(render(xwing(), XW, 1500, y1 - 2.0 * s1, s1, 0.75, 0.1, L, flip=True))
    # a mechanic up on a wheeled work stand at the near fighter's engines, turned to look
    o.append('<path fill="#2a231c" d="M1570 600h110v10h-110Z M1578 610h8v125h-8Z M1664 610h8v125h-8Z M1584 660h84v6h-84Z"/>')
    o.append('<path fill="#e3a95c" opacity="0.6" d="M1570 600h110v3h-110Z"/>')
    o.append('<circle cx="1582" cy="738" r="7" fill="#111"/><circle cx="1668" cy="738" r="7" fill="#111"/>')
    crowd([(1625, 600, 1.75 * ppm(735) / ppm(600), KHAKI, -1, {"vest": "#4a3a2a"})])
    # astromechs on the floor
    o.append(astro_droid(1240, 720, 0.95 * ppm(720), tones=("#5d5a50", "#9c988a", "#d9d2bc", "#fff3d6"), accent="#a4502e"))
    # the three med-droids rolling in across the floor toward the left, scanners up
    for x, y in ((700, 690), (830, 700), (960, 688)):
        h = 1.85 * ppm(y)
        o.append(f'<ellipse cx="{f(x + 30)}" cy="{f(y)}" rx="{f(h * 0.22)}" ry="4" fill="#1a140f" opacity="0.45"/>')
        o.append(f'<g transform="translate({f(2 * x)} 0) scale(-1 1)">' + med_droid(x, y, h) + "</g>")
        for k in range(3):
            o.append(f'<rect x="{f(x + 30 + k * 16)}" y="{f(y - 6 - k * 3)}" width="{f(18 - k * 4)}" height="2" fill="#cfe8ea" opacity="{f(0.5 - k * 0.14)}"/>')
    # mid: pilots and mechanics stopped in the middle of things, turned to look
    crowd([(1080, 712, 1.78, ORANGE, -1, {"vest": ORANGE_V}), (1130, 716, 1.7, ORANGE, -1, {"vest": ORANGE_V, "hair": "bun"}),
           (1330, 740, 1.75, OLIVE, -1, {"arm": "wave"}), (1190, 745, 1.8, GREY, -1, {}),
           (1000, 752, 1.72, KHAKI, -1, {"vest": "#4a3a2a"})])
    # near, at the right edge: a mechanic with a cart of parts, looking over
    o.append('<g transform="translate(0 0)"><rect x="1700" y="700" width="150" height="70" rx="4" fill="#6a2e1e"/>'
             '<rect x="1700" y="700" width="150" height="8" rx="3" fill="#f0a96a" opacity="0.7"/>'
             '<circle cx="1716" cy="776" r="10" fill="#111"/><circle cx="1834" cy="776" r="10" fill="#111"/></g>')
    crowd([(1660, 800, 1.76, OLIVE, -1, {"vest": "#3a3428"})])
    o.append('  <rect y="760" width="1920" height="320" fill="url(#calm)"/>')
    o.append('  <rect width="1920" height="1080" fill="url(#vignette)"/>')
    o.append("</svg>")
    write("hangar_busy", "\n".join(o) + "\n")


# ---------------------------------------------------------------- hangar_skiff

SKIFF_NIGHT = {
    "hull": ["#141416", "#26262a", "#3e3c3c", "#6a5e50"],
    "low": ["#101012", "#1c1c20", "#2c2b2e", "#4e4538"],
    "pod": ["#121214", "#202024", "#343234", "#5a4e40"],
    "mark": ["#2a120c", "#4a1e12", "#6e2c18", "#9a4a28"],
    "glass": ["#08090b", "#101318", "#1c2430", "#34465a"],
    "intake": "#0a0a0b",
    "exhaust": "#0c0b0a",
    "gear": "#0e0d0c",
    "ramp": ["#121214", "#1e1e22", "#2c2b2e", "#453e36"],
    "door": "#0e0e10",
}


def hangar_skiff():
    """7.1, the branch where she trusted him (a variant of hangar): the hangar on the
    ninth night, the work lamps off but the far one, turned low, and in place of the
    X-wing a small cargo skiff (the same boxy craft as the one he took, shuttle()), its
    side hatch slid open and a dim light left on in the hold, spilling onto the floor:
    the skiff she means to take, and the hatch she leaves open. The skiff's nose points
    right; the hatch faces us in the middle of the picture, between Rey (Left) and Poe
    (Right)."""
    text = (HERE / "hangar.svg").read_text()
    X0, S, YAW, PITCH = 860, 64, 0.42, 0.2
    FLOOR = 712
    Y0 = FLOOR - 0.9 * S * math.cos(PITCH)
    L = (0.7, 0.45, 0.4)  # the one lamp left on, far right

    def P(p):
        return project(p, X0, Y0, S, YAW, PITCH)

    def path(pts):
        return "M" + "L".join(f"{f(a)} {f(b)}" for a, b in pts) + "Z"

    o = ["  <!-- the skiff: a boxy cargo craft, nose right, its side hatch slid open, the hold's light left on -->"]
    o.append(f'<ellipse cx="{f(P((-1.0, -0.9, 0))[0])}" cy="{FLOOR + 4}" rx="{f(6.6 * S)}" ry="22" fill="#050404" opacity="0.75"/>')
    o.append(render(shuttle(), SKIFF_NIGHT, X0, Y0, S, YAW, PITCH, L))
    # the side hatch on the near (+z) side, between the engine pod and the cockpit
    x0, x1, z = 0.95, 2.35, 1.92
    frame = [P((x0 - 0.12, 0.05, z)), P((x1 + 0.12, 0.05, z)), P((x1 + 0.12, 2.85, z)), P((x0 - 0.12, 2.85, z))]
    o.append(f'<path fill="#0c0b0b" d="{path(frame)}"/>')
    hole = [P((x0, 0.1, z)), P((x1, 0.1, z)), P((x1, 2.72, z)), P((x0, 2.72, z))]
    (ax, ay), (bx, by) = hole[0], hole[2]
    o.append(f'<defs><linearGradient id="holdIn" gradientUnits="userSpaceOnUse" x1="0" y1="{f(by)}" x2="0" y2="{f(ay)}">'
             '<stop offset="0" stop-color="#3a2c1e"/><stop offset="0.55" stop-color="#8a6038"/><stop offset="1" stop-color="#c48a4e"/>'
             '</linearGradient>'
             f'<radialGradient id="holdSpill" cx="{f((ax + bx) / 2)}" cy="{FLOOR + 30}" r="260" gradientUnits="userSpaceOnUse" '
             f'gradientTransform="translate({f((ax + bx) / 2)} {FLOOR + 30}) scale(1 0.22) translate({f(-(ax + bx) / 2)} {-(FLOOR + 30)})">'
             '<stop offset="0" stop-color="#e0a060" stop-opacity="0.4"/><stop offset="1" stop-color="#e0a060" stop-opacity="0"/>'
             '</radialGradient>'
             f'<radialGradient id="holdGlow" cx="{f((ax + bx) / 2)}" cy="{f((ay + by) / 2)}" r="190" gradientUnits="userSpaceOnUse">'
             '<stop offset="0" stop-color="#ffb870" stop-opacity="0.22"/><stop offset="1" stop-color="#ffb870" stop-opacity="0"/>'
             '</radialGradient></defs>')
    # the hold's light and what it falls on are laid over the night (lt, after the dark)
    lt = ["  <!-- the skiff's hatch: the light left on in its hold, spilling onto the floor -->"]
    lt.append(f'<path fill="url(#holdIn)" d="{path(hole)}"/>')
    # inside: a bulkhead in shadow, a strap hanging, the small lamp over the door
    lt.append(f'<path fill="#241a12" opacity="0.85" d="{path([P((x0 + 0.95, 0.1, z)), P((x1, 0.1, z)), P((x1, 2.72, z)), P((x0 + 0.95, 2.72, z))])}"/>')
    c0, c1 = P((x0 + 0.4, 2.72, z)), P((x0 + 0.55, 1.5, z))
    lt.append(f'<path fill="none" stroke="#1a120c" stroke-width="3" d="M{f(c0[0])} {f(c0[1])}Q{f(c0[0] + 8)} {f((c0[1] + c1[1]) / 2)} {f(c1[0])} {f(c1[1])}"/>')
    lx, ly = P(((x0 + x1) / 2, 2.6, z))
    lt.append(f'<rect x="{f(lx - 14)}" y="{f(ly - 3)}" width="28" height="6" rx="3" fill="#ffe0a8"/>')
    # the door slid back along the hull toward the nose, proud of it by a hand
    door = [P((x1 + 0.08, 0.1, z + 0.08)), P((x1 + 1.46, 0.1, z + 0.08)), P((x1 + 1.46, 2.72, z + 0.08)), P((x1 + 0.08, 2.72, z + 0.08))]
    o.append(f'<path fill="#23221f" d="{path(door)}"/>')
    edge = [door[0], door[3], P((x1 + 0.14, 2.72, z + 0.08)), P((x1 + 0.14, 0.1, z + 0.08))]
    lt.append(f'<path fill="#b07a46" opacity="0.7" d="{path(edge)}"/>')
    for t in (0.3, 0.7):
        a, b = P((x1 + 0.3, 0.1 + 2.62 * t, z + 0.08)), P((x1 + 1.3, 0.1 + 2.62 * t, z + 0.08))
        o.append(f'<path fill="none" stroke="#141312" stroke-width="3" d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}"/>')
    # a step box below the sill, and the light falling out of the hatch onto the floor
    st = P(((x0 + x1) / 2, -0.9, z + 0.5))
    o.append(f'<rect x="{f(st[0] - 34)}" y="{f(st[1] - 26)}" width="68" height="26" fill="#1c1712"/>')
    lt.append(f'<rect x="{f(st[0] - 34)}" y="{f(st[1] - 26)}" width="68" height="4" fill="#c08a52" opacity="0.6"/>')
    lt.append(f'<rect x="{f((ax + bx) / 2 - 400)}" y="{FLOOR - 60}" width="800" height="240" fill="url(#holdSpill)"/>')
    spill = [(ax, ay), (hole[1][0], hole[1][1]), (hole[1][0] + 70, FLOOR + 70), (ax - 40, FLOOR + 70)]
    lt.append(f'<path fill="#e0a060" opacity="0.08" d="{path(spill)}"/>')
    lt.append(f'<circle cx="{f((ax + bx) / 2)}" cy="{f((ay + by) / 2)}" r="190" fill="url(#holdGlow)"/>')
    block = "\n".join("  " + line for line in "\n".join(o).split("\n")) + "\n"
    pat = re.compile(r"(<!-- gen:fighter -->\n).*?(\s*<!-- /gen:fighter -->)", re.S)
    text = pat.sub(lambda m: m.group(1) + block.rstrip("\n") + m.group(2), text)
    # the lamps: the big one on the left off (no glow, no cone, its head dark); the far
    # right one turned low; the hangar in the night's blue dark
    for cut in ('  <rect width="1920" height="700" fill="url(#wallGlow)"/>\n',
                '  <rect y="690" width="1920" height="390" fill="url(#pool)"/>\n',
                '  <path fill="url(#cone)" d="M440 300 L1400 560 L1100 760 L420 340 Z"/>\n',
                '  <circle cx="420" cy="360" r="260" fill="url(#lampCore)"/>\n'):
        if cut not in text:
            raise SystemExit("hangar.svg changed: " + cut.strip())
        text = text.replace(cut, "", 1)
    text = text.replace('<rect x="388" y="346" width="64" height="26" rx="6" fill="#fff3d0" transform="rotate(20 420 360)"/>',
                        '<rect x="388" y="346" width="64" height="26" rx="6" fill="#3a342c" transform="rotate(20 420 360)"/>', 1)
    text = text.replace('<circle cx="1700" cy="420" r="110" fill="url(#lampCore)" opacity="0.6"/>',
                        '<circle cx="1700" cy="420" r="110" fill="url(#lampCore)" opacity="0.4"/>', 1)
    night = ('  <!-- night: the lamps off, the hangar gone to blue dark -->\n'
             '  <rect width="1920" height="1080" fill="#1a2030" opacity="0.55" style="mix-blend-mode:multiply"/>\n')
    text = text.replace("  <!-- light cone and the fighter -->", "  <!-- the skiff -->", 1)
    text = text.replace("  <!-- work lamps -->", night + "\n".join(lt) + "\n  <!-- work lamps -->", 1)
    text = text.replace("<!-- After the Rain: hangar.", "<!-- After the Rain: hangar_skiff (variant of hangar, written by "
                        "make_places.py from hangar.svg): the ninth night, the lamps off but one, a skiff with its hatch open "
                        "in place of the X-wing. Was: hangar.", 1)
    write("hangar_skiff", text)


# ---------------------------------------------------------------- ship

def ship():
    """The courier's hold (5.2, 5.4): a padded bench along each side of the hull, facing
    across the aisle, harness straps on the back pads, lockers under the seats, a grab
    rail overhead and cargo lashed at the far end. The hold's own lines (ship.svg) put the
    vanishing point at (960, 420.5) and the side walls at X = +-1, the floor at Y = 0.71:
    a point (X, Y) at scale s is at (960 + X s, 420.5 + Y s)."""
    VX, VY = 960, 420.5

    def P(X, Y, s):
        return (VX + X * s, VY + Y * s)

    def quad(pts, fill, extra=""):
        return f'<path fill="{fill}"{extra} d="M' + "L".join(f"{f(x)} {f(y)}" for x, y in pts) + 'Z"/>'

    o = ["<!-- two long benches, one down each side of the hold, facing across the aisle -->"]
    SEAT, FRONT, KICK, FLOOR = 0.40, 0.47, 0.66, 0.7095
    IN = 0.64  # the seat's inner edge
    near, far = 1500, 330
    for side in (-1, 1):
        W = side * 1.0
        I = side * IN
        # under the seat: lockers, recessed a little, with their seams and a lit kick strip
        o.append(quad([P(I * 0.97, FRONT, near), P(I * 0.97, FRONT, far), P(I * 0.97, FLOOR, far), P(I * 0.97, FLOOR, near)], "#0f141d"))
        for s0, s1 in ((1500, 760), (700, 470), (440, 340)):
            o.append(quad([P(I * 0.97, FRONT + 0.04, s0 * 0.98), P(I * 0.97, FRONT + 0.04, s1 * 1.02),
                           P(I * 0.97, KICK - 0.02, s1 * 1.02), P(I * 0.97, KICK - 0.02, s0 * 0.98)], "#161d29"))
            hx = (s0 + s1) / 2
            o.append(quad([P(I * 0.97, FRONT + 0.1, hx * 1.03), P(I * 0.97, FRONT + 0.1, hx * 0.97),
                           P(I * 0.97, FRONT + 0.13, hx * 0.97), P(I * 0.97, FRONT + 0.13, hx * 1.03)], "#4f6584"))
        o.append(quad([P(I * 0.97, KICK, near), P(I * 0.97, KICK, far), P(I * 0.97, FLOOR, far), P(I * 0.97, FLOOR, near)], "#0a0e15"))
        # the seat: its top catches the viewport's light, its padded front edge in shadow
        o.append(quad([P(W, SEAT, near), P(W, SEAT, far), P(I, SEAT, far), P(I, SEAT, near)], "#34425a"))
        o.append(quad([P(I, SEAT, near), P(I, SEAT, far), P(I, FRONT, far), P(I, FRONT, near)], "#1d2534"))
        o.append(quad([P(I, SEAT, near), P(I, SEAT, far), P(I * 1.02, SEAT + 0.012, far), P(I * 1.02, SEAT + 0.012, near)], "#7fa6d6", ' opacity="0.55"'))
        # seams between the cushions
        for s in (1100, 760, 560, 430):
            o.append(quad([P(W, SEAT, s), P(W, SEAT, s * 0.985), P(I, SEAT, s * 0.985), P(I, SEAT, s)], "#1b2232"))
        # the end of the bench, facing us at the far end
        o.append(quad([P(W, SEAT, far), P(I, SEAT, far), P(I, FLOOR, far), P(W, FLOOR, far)], "#161d29"))
        # back pads on the hull between the ribs, tufted, with a pair of harness straps each
        for s0, s1 in ((1290, 735), (615, 458), (416, 338)):
            top, bot = -0.02, SEAT - 0.02
            o.append(quad([P(W, top, s0), P(W, top, s1), P(W, bot, s1), P(W, bot, s0)], "#2d394c"))
            o.append(quad([P(W, top, s0), P(W, top, s1), P(W, top + 0.03, s1), P(W, top + 0.03, s0)], "#6f95c4", ' opacity="0.6"'))
            for k in range(1, 4):
                s = s0 + (s1 - s0) * k / 4
                o.append(quad([P(W, top + 0.05, s), P(W, top + 0.05, s * 0.99), P(W, bot - 0.04, s * 0.99), P(W, bot - 0.04, s)], "#202a3a"))
            for t in (0.3, 0.7):
                s = s0 + (s1 - s0) * t
                a, b = P(W, top - 0.03, s), P(W * 0.99, SEAT - 0.06, s)
                wdt = max(2.0, 0.025 * s)
                o.append(f'<path fill="none" stroke="#121822" stroke-width="{f(wdt)}" d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}"/>')
                bx, by = P(W * 0.99, SEAT - 0.1, s)
                o.append(f'<rect x="{f(bx - wdt)}" y="{f(by)}" width="{f(wdt * 2)}" height="{f(wdt * 1.4)}" fill="#8ea9c8"/>')
        # an overhead grab rail on its brackets, above the pads
        a, b = P(W * 0.96, -0.3, near), P(W * 0.96, -0.3, far)
        o.append(f'<path fill="none" stroke="#0a0d13" stroke-width="9" d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}"/>')
        o.append(f'<path fill="none" stroke="#5f86b8" stroke-width="2" opacity="0.6" d="M{f(a[0])} {f(a[1] - 4)}L{f(b[0])} {f(b[1] - 2)}"/>')
    # at the far end: cargo lashed to the deck by the left bench, a kit bag on the right one
    s = 345
    for X0, X1, Y0 in ((-0.6, -0.3, 0.47), (-0.56, -0.34, 0.27)):
        o.append(quad([P(X0, Y0, s), P(X1, Y0, s), P(X1, FLOOR if Y0 > 0.4 else 0.47, s), P(X0, FLOOR if Y0 > 0.4 else 0.47, s)], "#263042"))
        o.append(quad([P(X0, Y0, s), P(X1, Y0, s), P(X1, Y0 + 0.02, s), P(X0, Y0 + 0.02, s)], "#7393bd", ' opacity="0.7"'))
    a, b = P(-0.46, 0.26, s), P(-0.46, FLOOR, s)
    o.append(f'<path fill="none" stroke="#b08a3c" stroke-width="4" d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}"/>')
    bx, by = P(0.82, SEAT, 470)
    o.append(f'<path fill="#232c3c" d="M{f(bx - 46)} {f(by)}C{f(bx - 50)} {f(by - 40)} {f(bx + 40)} {f(by - 44)} {f(bx + 42)} {f(by)}Z"/>')
    o.append(f'<path fill="#6f8fb8" opacity="0.6" d="M{f(bx - 40)} {f(by - 22)}C{f(bx - 20)} {f(by - 36)} {f(bx + 20)} {f(by - 36)} {f(bx + 36)} {f(by - 24)}L{f(bx + 30)} {f(by - 20)}C{f(bx)} {f(by - 30)} {f(bx - 20)} {f(by - 28)} {f(bx - 36)} {f(by - 18)}Z"/>')
    patch("ship", {"hold": "\n".join("  " + line for line in o) + "\n"})


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


# ---------------------------------------------------------------- briefing

def briefing():
    """The Resistance briefing room at D'Qar (5.1): a low concrete room, empty, lit
    only by a round holo-table casting a slowly turning planet and a terrain map up
    into the dark. One-point perspective: eye 1.6 m above the floor, vanishing point
    (960, 420); a point X across, Y up, Z deep sits at (960 + X F/Z, 420 + (1.6 - Y) F/Z)."""
    rng = random.Random(20_06)
    F, VX, VY, EYE = 950.0, 960.0, 420.0, 1.6

    P = Room(F, VX, VY, EYE).P

    W, H, ZB, ZN = 5.6, 3.0, 11.0, 0.9  # half width, ceiling, back wall, nearest drawn depth
    o = []
    # the shell: ceiling, floor, side walls, back wall
    o.append(poly([P(-W, H, ZN), P(W, H, ZN), P(W, H, ZB), P(-W, H, ZB)], "#080c0e"))
    o.append(poly([P(-W, 0, ZN), P(W, 0, ZN), P(W, 0, ZB), P(-W, 0, ZB)], "url(#floorG)"))
    o.append(poly([P(-W, H, ZN), P(-W, H, ZB), P(-W, 0, ZB), P(-W, 0, ZN)], "#0f1519"))
    o.append(poly([P(W, H, ZN), P(W, H, ZB), P(W, 0, ZB), P(W, 0, ZN)], "#11191e"))
    o.append(poly([P(-W, H, ZB), P(W, H, ZB), P(W, 0, ZB), P(-W, 0, ZB)], "url(#wallG)"))
    # concrete: the back wall cast in panels, pale seams between them
    for X in (-4.6, -1.6, 1.6, 4.6):
        o.append(poly([P(X - 0.03, H, ZB), P(X + 0.03, H, ZB), P(X + 0.03, 0, ZB), P(X - 0.03, 0, ZB)], "#0d1215"))
    o.append(poly([P(-W, 1.05, ZB), P(W, 1.05, ZB), P(W, 1.0, ZB), P(-W, 1.0, ZB)], "#0f1518"))
    # the side walls' panel joints, running back to the far wall
    for Z in (2.2, 3.6, 5.4, 7.8):
        for s in (-1, 1):
            o.append(poly([P(s * W, H, Z), P(s * W, H, Z + 0.06), P(s * W, 0, Z + 0.06), P(s * W, 0, Z)], "#0e1418"))
    # wall screens on the back wall: dim teal, a map and a column of readouts
    for x0, x1, kind in ((-4.3, -2.3, "bars"), (2.3, 4.3, "map")):
        o.append(poly([P(x0 - 0.08, 2.55, ZB), P(x1 + 0.08, 2.55, ZB), P(x1 + 0.08, 1.25, ZB), P(x0 - 0.08, 1.25, ZB)], "#0a0e10"))
        o.append(poly([P(x0, 2.48, ZB), P(x1, 2.48, ZB), P(x1, 1.32, ZB), P(x0, 1.32, ZB)], "url(#screenG)"))
        if kind == "bars":
            for i in range(6):
                y = 2.32 - i * 0.17
                w = rng.uniform(0.3, 1.0) * (x1 - x0 - 0.4)
                o.append(poly([P(x0 + 0.2, y, ZB), P(x0 + 0.2 + w, y, ZB), P(x0 + 0.2 + w, y - 0.07, ZB), P(x0 + 0.2, y - 0.07, ZB)],
                              "#4fa8b8", ' opacity="0.45"'))
        else:
            # a sector chart: a few faint contour rings and a route between two systems
            cx, cy = P((x0 + x1) / 2, 1.9, ZB)
            for r in (10, 20, 30):
                o.append(f'<ellipse cx="{f(cx)}" cy="{f(cy)}" rx="{r * 2.2}" ry="{r}" fill="none" stroke="#4fa8b8" stroke-width="2" opacity="0.3"/>')
            a, b = P(x0 + 0.35, 1.6, ZB), P(x1 - 0.4, 2.2, ZB)
            o.append(f'<path d="M{f(a[0])} {f(a[1])}Q{f(cx)} {f(cy + 30)} {f(b[0])} {f(b[1])}" fill="none" stroke="#8fe6f2" stroke-width="2.5" '
                     f'stroke-dasharray="6 6" opacity="0.5"/>')
            o.append(f'<circle cx="{f(a[0])}" cy="{f(a[1])}" r="5" fill="#8fe6f2" opacity="0.7"/>')
            o.append(f'<circle cx="{f(b[0])}" cy="{f(b[1])}" r="5" fill="#ff8a5a" opacity="0.7"/>')
    # a door in the right wall, its frame lit faintly
    o.append(poly([P(W, 2.2, 8.2), P(W, 2.2, 9.6), P(W, 0, 9.6), P(W, 0, 8.2)], "#0b1013"))
    o.append(poly([P(W, 2.2, 8.2), P(W, 2.2, 8.28), P(W, 0, 8.28), P(W, 0, 8.2)], "#3f7f8c", ' opacity="0.6"'))
    o.append(poly([P(W, 2.3, 8.7), P(W, 2.3, 9.1), P(W, 2.22, 9.1), P(W, 2.22, 8.7)], "#6fd0e0", ' opacity="0.55"'))
    # consoles along both side walls: low desks, a thin lit edge and pinpoint lights
    for s in (-1, 1):
        xi, xo = s * (W - 0.75), s * W
        for z0, z1 in ((2.4, 4.6), (5.0, 7.8)) if s > 0 else ((2.4, 4.6), (5.0, 10.4)):
            o.append(poly([P(xi, 0.95, z0), P(xi, 0.95, z1), P(xi, 0, z1), P(xi, 0, z0)], "#10171b"))
            o.append(poly([P(xo, 0.95, z0), P(xo, 0.95, z1), P(xi, 0.95, z1), P(xi, 0.95, z0)], "#1f2a30"))
            o.append(poly([P(xi, 0.95, z0), P(xi, 0.95, z1), P(xi, 0.9, z1), P(xi, 0.9, z0)], "#5fb8c8", ' opacity="0.5"'))
            z = z0 + 0.3
            while z < z1 - 0.2:
                x, y = P(xi, 0.8, z)
                col = rng.choice(("#6fd8e8", "#6fd8e8", "#e8b45a", "#8fe0a0"))
                o.append(f'<circle cx="{f(x)}" cy="{f(y)}" r="{f(max(1.5, 0.025 * F / z))}" fill="{col}" opacity="0.75"/>')
                z += rng.uniform(0.35, 0.7)
        # a bundle of pipes high along the wall
        for dy in (0.0, 0.16):
            o.append(poly([P(s * (W - 0.05), 2.62 - dy, ZN), P(s * (W - 0.05), 2.62 - dy, ZB), P(s * (W - 0.05), 2.52 - dy, ZB),
                           P(s * (W - 0.05), 2.52 - dy, ZN)], "#1e282e"))
            o.append(poly([P(s * (W - 0.05), 2.62 - dy, ZN), P(s * (W - 0.05), 2.62 - dy, ZB), P(s * (W - 0.05), 2.6 - dy, ZB),
                           P(s * (W - 0.05), 2.6 - dy, ZN)], "#3c5a62", ' opacity="0.7"'))
    # heavy beams across the low ceiling, their undersides catching the holo's light
    for Z in (1.5, 2.7, 4.5, 7.6):
        o.append(poly([P(-W, H, Z), P(W, H, Z), P(W, H - 0.35, Z), P(-W, H - 0.35, Z)], "#0a0f12"))
        o.append(poly([P(-W, H - 0.35, Z), P(W, H - 0.35, Z), P(W, H - 0.35, Z + 0.4), P(-W, H - 0.35, Z + 0.4)], "#142026"))
        o.append(poly([P(-2.2, H - 0.35, Z + 0.05), P(2.2, H - 0.35, Z + 0.05), P(2.2, H - 0.35, Z + 0.35), P(-2.2, H - 0.35, Z + 0.35)],
                      "#2f5560", ' opacity="0.3"'))
    # the holo's light over the whole room, a pool on the floor round the table
    o.append('<rect width="1920" height="1080" fill="url(#holoRoom)"/>')
    o.append('<rect y="540" width="1920" height="300" fill="url(#holoPool)"/>')

    # chairs round the table: empty, the far ones dark against the glow
    TZ, TR, TY = 6.0, 1.9, 0.92  # the table's centre depth, radius and top

    def chair(X, Z, turn):
        """A plain chair seen from the front or side: a seat, a back, two legs."""
        k = F / Z
        sx, sy = P(X, 0.46, Z)
        fy = P(X, 0, Z)[1]
        w = 0.24 * k
        back_x = sx - turn * 0.22 * k
        d = [f"M{f(sx - w)} {f(sy)}h{f(2 * w)}v{f(0.05 * k)}h{f(-2 * w)}Z",
             f"M{f(sx - w * 0.85)} {f(sy)}V{f(fy)}h{f(0.04 * k)}V{f(sy)}Z",
             f"M{f(sx + w * 0.85)} {f(sy)}V{f(fy)}h{f(-0.04 * k)}V{f(sy)}Z"]
        bw = w * (1 - 0.55 * abs(turn))
        d.append(f"M{f(back_x - bw)} {f(sy - 0.45 * k)}h{f(2 * bw)}v{f(0.3 * k)}h{f(-2 * bw)}Z"
                 f"M{f(back_x - 0.02 * k)} {f(sy - 0.15 * k)}h{f(0.04 * k)}V{f(sy)}h{f(-0.04 * k)}Z")
        rim = f'<path fill="#7fd6ea" opacity="0.55" d="M{f(back_x - bw)} {f(sy - 0.45 * k)}h{f(2 * bw)}v{f(0.025 * k)}h{f(-2 * bw)}Z"/>'
        return f'<path fill="#0b1114" d="{"".join(d)}"/>' + "\n" + rim

    for a in (200, 235, 270, 305, 340):  # degrees round the table, 270 = the far side
        r = math.radians(a)
        X, Z = (TR + 0.55) * math.cos(r), TZ - (TR + 0.55) * math.sin(r)
        o.append(chair(X, Z, -math.cos(r)))
    # the table: a short pedestal, a thick round top, a lit ring round its edge
    ring_top = [P(TR * math.cos(t), TY, TZ + TR * math.sin(t)) for t in [2 * math.pi * i / 48 for i in range(48)]]
    ring_low = [P(TR * math.cos(t), TY - 0.14, TZ + TR * math.sin(t)) for t in [2 * math.pi * i / 48 for i in range(48)]]
    ped = [P(0.6 * math.cos(t), 0, TZ + 0.6 * math.sin(t)) for t in [math.pi * i / 24 for i in range(25)]]
    pl, pr = P(-0.6, TY - 0.14, TZ), P(0.6, TY - 0.14, TZ)
    o.append(f'<ellipse cx="{f(VX)}" cy="{f(P(0, 0, TZ)[1])}" rx="{f(TR * 1.1 * F / TZ)}" ry="{f(TR * 0.3 * F / TZ)}" fill="#05080a" opacity="0.15"/>')
    o.append(poly([pl, pr] + ped, "#0c1215"))
    front = [p for p, q in zip(ring_top, ring_low)][0:25]  # the near half (t from 0 to pi)
    side = front + [ring_low[i] for i in range(24, -1, -1)]
    o.append(poly(side, "#152027"))
    o.append(poly(ring_top, "#1d2c34"))
    inner = [P(TR * 0.82 * math.cos(t), TY + 0.01, TZ + TR * 0.82 * math.sin(t)) for t in [2 * math.pi * i / 48 for i in range(48)]]
    o.append(poly(inner, "#0d171c"))
    lit = [P(TR * math.cos(t), TY, TZ + TR * math.sin(t)) for t in [math.pi * i / 24 for i in range(25)]]
    lit2 = [P(TR * math.cos(t), TY - 0.035, TZ + TR * math.sin(t)) for t in [math.pi * i / 24 for i in range(24, -1, -1)]]
    o.append(poly(lit + lit2, "#7fd6ea", ' opacity="0.7"'))
    # the projector's lens, the cone of light, a terrain map and the planet turning above it
    cx, cy = P(0, TY + 0.02, TZ)
    k = F / TZ
    gy = P(0, 2.05, TZ)[1]
    gr = 0.62 * k
    o.append(f'<ellipse cx="{f(cx)}" cy="{f(cy)}" rx="{f(0.35 * k)}" ry="{f(0.07 * k)}" fill="#dff8ff"/>')
    o.append(f'<path fill="url(#cone)" d="M{f(cx - 0.35 * k)} {f(cy)}L{f(cx - 1.45 * k)} {f(gy + 0.1 * k)}L{f(cx + 1.45 * k)} {f(gy + 0.1 * k)}L{f(cx + 0.35 * k)} {f(cy)}Z"/>')
    # the terrain: a floating disc of contour rings and ridges, just over the table
    ty = P(0, TY + 0.28, TZ)[1]
    o.append(f'<ellipse cx="{f(cx)}" cy="{f(ty)}" rx="{f(1.35 * k)}" ry="{f(0.26 * k)}" fill="#5fd0f0" opacity="0.16"/>')
    for i, r in enumerate((1.3, 1.0, 0.72, 0.46, 0.24)):
        o.append(f'<ellipse cx="{f(cx + 0.1 * k * (1 - r))}" cy="{f(ty - 0.05 * k * i)}" rx="{f(r * k)}" ry="{f(r * 0.19 * k)}" '
                 f'fill="none" stroke="#9ff0ff" stroke-width="2" opacity="{f(0.35 + 0.08 * i)}"/>')
    # hills rising off the disc (the fortress's country), and the mark on it
    hills = []
    for hx, hh, hw in ((-0.8, 0.22, 0.3), (-0.35, 0.38, 0.34), (0.2, 0.3, 0.3), (0.7, 0.18, 0.28)):
        bx, by = cx + hx * k, ty + 0.02 * k
        hills.append(f"M{f(bx - hw * k)} {f(by)}Q{f(bx)} {f(by - 2 * hh * k)} {f(bx + hw * k)} {f(by)}Z")
    o.append(f'<path fill="#7fe0ff" opacity="0.28" d="{"".join(hills)}"/>')
    mx, my = cx - 0.35 * k, ty - 0.36 * k
    o.append(f'<path d="M{f(mx)} {f(my)}V{f(my - 0.3 * k)}" stroke="#ffb07a" stroke-width="2" opacity="0.8"/>')
    o.append(f'<circle cx="{f(mx)}" cy="{f(my)}" r="4" fill="#ffb07a"/>')
    o.append(f'<circle cx="{f(mx)}" cy="{f(my - 0.3 * k)}" r="7" fill="none" stroke="#ffb07a" stroke-width="2" opacity="0.8"/>')
    # the planet: a glow, a translucent sphere, continents, lines of latitude and longitude
    o.append(f'<circle cx="{f(cx)}" cy="{f(gy)}" r="{f(gr * 2.4)}" fill="url(#globeGlow)"/>')
    o.append(f'<defs><clipPath id="globeClip"><circle cx="{f(cx)}" cy="{f(gy)}" r="{f(gr)}"/></clipPath></defs>')
    o.append(f'<circle cx="{f(cx)}" cy="{f(gy)}" r="{f(gr)}" fill="url(#globeG)"/>')
    land = []
    lr = random.Random(7)
    for lx, ly, rx, ry in ((-0.45, -0.3, 0.38, 0.22), (0.25, -0.05, 0.42, 0.3), (-0.2, 0.45, 0.3, 0.16), (0.7, 0.5, 0.2, 0.14)):
        land.append(blob(lr, cx + lx * gr, gy + ly * gr, rx * gr, ry * gr, 9, 0.3))
    o.append(f'<g clip-path="url(#globeClip)"><path fill="#8fe8ff" opacity="0.42" d="{" ".join(land)}"/>')
    for lat in (-0.6, -0.3, 0.0, 0.3, 0.6):
        ry = gr * math.sqrt(1 - lat * lat)
        o.append(f'<ellipse cx="{f(cx)}" cy="{f(gy + lat * gr)}" rx="{f(ry)}" ry="{f(ry * 0.16)}" fill="none" stroke="#bff6ff" stroke-width="1.6" opacity="0.4"/>')
    for lon in (0.15, 0.5, 0.82):
        o.append(f'<ellipse cx="{f(cx)}" cy="{f(gy)}" rx="{f(gr * lon)}" ry="{f(gr)}" fill="none" stroke="#bff6ff" stroke-width="1.6" opacity="0.35"/>')
    # scan lines across the hologram
    for i in range(0, int(2 * gr), 7):
        o.append(f'<rect x="{f(cx - gr)}" y="{f(gy - gr + i)}" width="{f(2 * gr)}" height="2" fill="#04121a" opacity="0.25"/>')
    o.append("</g>")
    o.append(f'<path fill="#eaffff" opacity="0.7" d="M{f(cx - gr)} {f(gy)}A{f(gr)} {f(gr)} 0 0 1 {f(cx + gr * 0.2)} {f(gy - gr * 0.98)}'
             f'A{f(gr * 1.05)} {f(gr)} 0 0 0 {f(cx - gr * 0.94)} {f(gy + gr * 0.05)}Z"/>')
    o.append(f'<circle cx="{f(cx)}" cy="{f(gy)}" r="{f(gr)}" fill="none" stroke="#cff8ff" stroke-width="2.5" opacity="0.6"/>')
    body = "\n".join("  " + line for line in "\n".join(o).split("\n"))
    text = f"""<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" viewBox="0 0 1920 1080">
  <!-- After the Rain: briefing. The Resistance briefing room on D'Qar (5.1): a low concrete room, empty,
       dark but for a round holo-table casting a turning planet and a terrain map up into the air.
       Original work, CC BY 4.0. No characters, no text. Written by make_places.py; edit that, not this. -->
  <defs>
    <linearGradient id="wallG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#0e1519"/><stop offset="1" stop-color="#162026"/>
    </linearGradient>
    <linearGradient id="floorG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#141c20"/><stop offset="1" stop-color="#06090a"/>
    </linearGradient>
    <linearGradient id="screenG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1b4048"/><stop offset="1" stop-color="#10262c"/>
    </linearGradient>
    <radialGradient id="holoRoom" cx="{f(cx)}" cy="{f(gy + 60)}" r="1100" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#5fc8f0" stop-opacity="0.4"/><stop offset="0.3" stop-color="#2f7fb0" stop-opacity="0.14"/>
      <stop offset="1" stop-color="#2f7fb0" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="holoPool" cx="{f(cx)}" cy="{f(P(0, 0, TZ)[1])}" r="700" gradientUnits="userSpaceOnUse"
        gradientTransform="translate({f(cx)} {f(P(0, 0, TZ)[1])}) scale(1 0.22) translate({f(-cx)} {f(-P(0, 0, TZ)[1])})">
      <stop offset="0" stop-color="#6cd0ff" stop-opacity="0.28"/><stop offset="1" stop-color="#6cd0ff" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="cone" x1="0" y1="1" x2="0" y2="0">
      <stop offset="0" stop-color="#9fe6ff" stop-opacity="0.45"/><stop offset="1" stop-color="#9fe6ff" stop-opacity="0"/>
    </linearGradient>
    <radialGradient id="globeGlow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#8fe0ff" stop-opacity="0.35"/><stop offset="0.45" stop-color="#4fb0e0" stop-opacity="0.12"/>
      <stop offset="1" stop-color="#4fb0e0" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="globeG" cx="0.38" cy="0.35" r="0.75">
      <stop offset="0" stop-color="#7fdcff" stop-opacity="0.5"/><stop offset="1" stop-color="#2a7fb8" stop-opacity="0.22"/>
    </radialGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75">
      <stop offset="0.5" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.7"/>
    </radialGradient>
    <linearGradient id="calm" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.5"/>
    </linearGradient>
  </defs>
  <rect width="1920" height="1080" fill="#07090b"/>
{body}
  <rect y="720" width="1920" height="360" fill="url(#calm)"/>
  <rect width="1920" height="1080" fill="url(#vignette)"/>
</svg>
"""
    write("briefing", text)

# ---------------------------------------------------------------- courtyard

def courtyard():
    """The fortress's inner courtyard on Seranno at night (5.3), seen at ground level:
    flagstones running to the high outer wall and its shut gate, the old customs house's
    façade on the left, a vine-hung garden wall on the right, red lamps along the walls.
    One-point perspective: eye 1.6 m, vanishing point (960, 440); a point X across, Y up,
    Z deep sits at (960 + X F/Z, 440 + (1.6 - Y) F/Z)."""
    rng = random.Random(20_07)
    F, VX, VY, EYE = 950.0, 960.0, 440.0, 1.6

    room = Room(F, VX, VY, EYE)
    P, quad_x, quad_z = room.P, room.quad_x, room.quad_z

    ZW, HW, XL, XR, ZN = 19.0, 7.0, -6.0, 6.5, 1.2  # outer wall depth and height, the side walls, nearest
    glows = []

    def lamp(x, y, r=60, big=False):
        glows.append(f'<circle cx="{f(x)}" cy="{f(y)}" r="{f(r)}" fill="url(#lampGlow)"/>')
        glows.append(f'<circle cx="{f(x)}" cy="{f(y)}" r="{f(max(2.5, r / 16))}" fill="#ffe2c8"/>')

    far, mid, near = [], [], []
    # ---- beyond the outer wall: night sky, the far hills falling away, stars
    stars = "".join(f'<circle cx="{rng.randint(0, 1920)}" cy="{rng.randint(0, 300)}" r="{rng.choice((0.8, 1, 1.3))}"/>'
                    for _ in range(60))
    far.append(f'<g fill="#d8cfe0" opacity="0.4">{stars}</g>')
    pts, x = [], -40
    while x < 1980:
        pts.append(f"L{x} {f(300 - 40 * math.sin(x / 300) - rng.uniform(0, 18))}")
        x += rng.randint(40, 90)
    far.append(f'<path fill="#140b10" d="M-40 700{"".join(pts)}L1980 700Z"/>')
    # ---- the outer wall facing us: old stone, a parapet walk with a rail, the gate
    wl, wr = -16.0, 16.0
    mid.append(quad_z(ZW, wl, wr, 0, HW, "url(#wallFar)"))
    # courses of stone: dark joints, a few blocks lit
    for i in range(1, 12):
        y = i * HW / 12
        mid.append(quad_z(ZW - 0.01, wl, wr, y - 0.04, y, "#170c10", ' opacity="0.55"'))
    for _ in range(40):
        cx, cy = rng.uniform(wl, wr), rng.randint(0, 11) * HW / 12
        if abs(cx) < 3.2 and cy < 5.2:
            continue
        w = rng.uniform(0.6, 1.4)
        mid.append(quad_z(ZW - 0.01, cx, cx + w, cy, cy + HW / 12 - 0.05, rng.choice(("#3a1c1e", "#2a1518", "#4a2324")),
                          f' opacity="{f(rng.uniform(0.35, 0.7))}"'))
    # the parapet: a walkway lip, a metal rail, a gun emplacement on the right
    mid.append(quad_z(ZW - 0.3, wl, wr, HW - 0.2, HW + 0.15, "#1d1014"))
    mid.append(quad_z(ZW - 0.3, wl, wr, HW + 0.1, HW + 0.15, "#8a3a2e", ' opacity="0.7"'))
    rail = []
    for X in [wl + 0.8 * i for i in range(41)]:
        a, b = P(X, HW + 1.0, ZW - 0.3), P(X + 0.06, HW + 0.15, ZW - 0.3)
        rail.append(f"M{f(a[0])} {f(a[1])}H{f(b[0])}V{f(b[1])}H{f(a[0])}Z")
    a, b = P(wl, HW + 1.0, ZW - 0.3), P(wr, HW + 0.92, ZW - 0.3)
    rail.append(f"M{f(a[0])} {f(a[1])}H{f(b[0])}V{f(b[1])}H{f(a[0])}Z")
    mid.append(f'<path fill="#120a0d" d="{"".join(rail)}"/>')
    tx = 4.6
    mid.append(poly([P(tx - 1.2, HW + 0.15, ZW), P(tx + 1.2, HW + 0.15, ZW), P(tx + 0.9, HW + 1.3, ZW), P(tx - 0.9, HW + 1.3, ZW)], "#150c10"))
    mid.append(poly([P(tx - 0.7, HW + 1.3, ZW), P(tx + 0.7, HW + 1.3, ZW), P(tx + 0.5, HW + 1.9, ZW), P(tx - 0.5, HW + 1.9, ZW)], "#1b1014"))
    mid.append(poly([P(tx - 0.2, HW + 1.55, ZW), P(tx - 3.2, HW + 2.1, ZW), P(tx - 3.2, HW + 1.95, ZW), P(tx - 0.2, HW + 1.4, ZW)], "#150c10"))
    mid.append(poly([P(tx - 0.7, HW + 1.3, ZW), P(tx + 0.7, HW + 1.3, ZW), P(tx + 0.68, HW + 1.36, ZW), P(tx - 0.68, HW + 1.36, ZW)], "#a04434", ' opacity="0.6"'))
    # the gate: a round arch of pale voussoirs, two heavy metal leaves shut, a lamp above
    gw, gh = 2.1, 4.2
    n = 16
    outer = [P(gw + 0.55, 0, ZW - 0.02)] + [P((gw + 0.55) * math.cos(math.pi * i / n), gh + (gw + 0.55) * math.sin(math.pi * i / n), ZW - 0.02)
                                              for i in range(n + 1)] + [P(-gw - 0.55, 0, ZW - 0.02)]
    inner = [P(-gw, 0, ZW - 0.02)] + [P(gw * math.cos(math.pi * (n - i) / n), gh + gw * math.sin(math.pi * (n - i) / n), ZW - 0.02)
                                      for i in range(n + 1)] + [P(gw, 0, ZW - 0.02)]
    mid.append(poly(outer + inner, "#5a2a28"))
    for i in range(1, n, 2):
        t = math.pi * i / n
        a = P(gw * math.cos(t), gh + gw * math.sin(t), ZW - 0.03)
        b = P((gw + 0.55) * math.cos(t), gh + (gw + 0.55) * math.sin(t), ZW - 0.03)
        mid.append(f'<path d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}" stroke="#2a1416" stroke-width="2"/>')
    hole = [P(-gw, 0, ZW)] + [P(gw * math.cos(math.pi * (n - i) / n), gh + gw * math.sin(math.pi * (n - i) / n), ZW) for i in range(n + 1)] + [P(gw, 0, ZW)]
    mid.append(poly(hole, "#0d0709"))
    # the gate's metal leaves, a little back in the arch, with bands of rivets and a seam
    for s in (-1, 1):
        mid.append(quad_z(ZW + 0.3, s * 0.03, s * (gw - 0.1), 0, gh + 0.6, "#1a1216"))
        for y in (0.9, 2.2, 3.5):
            mid.append(quad_z(ZW + 0.3, s * 0.1, s * (gw - 0.2), y, y + 0.22, "#2a1c20"))
            mid.append(quad_z(ZW + 0.3, s * 0.1, s * (gw - 0.2), y + 0.18, y + 0.22, "#7a3228", ' opacity="0.6"'))
    lamp(*P(0, gh + gw + 0.9, ZW - 0.2), r=110)
    # red lamps along the parapet, like coals
    for X in (-13, -9, 9, 13):
        lamp(*P(X, HW + 0.5, ZW - 0.3), r=40)
    # ---- the customs house on the left: old stone, two storeys of arched windows, a door
    ZH0, HH = ZN, 11.0
    mid.append(quad_x(XL, 0, HH, ZN, ZW, "url(#houseG)"))
    # its end seen against the outer wall
    mid.append(quad_z(ZW - 0.5, wl, XL, 0, HH, "#1a0e12"))
    mid.append(poly([P(XL, HH, ZN), P(XL, HH, ZW - 0.5), P(XL - 0.6, HH + 0.5, ZW - 0.5), P(XL - 0.6, HH + 0.5, ZN)], "#120a0d"))
    mid.append(poly([P(XL, HH, ZN), P(XL, HH, ZW - 0.5), P(XL, HH - 0.25, ZW - 0.5), P(XL, HH - 0.25, ZN)], "#6a2e28", ' opacity="0.7"'))
    # string courses and pilasters
    for y in (3.6, 7.2):
        mid.append(quad_x(XL + 0.02, y, y + 0.3, ZN, ZW - 0.5, "#4a2426"))
        mid.append(quad_x(XL + 0.03, y + 0.26, y + 0.3, ZN, ZW - 0.5, "#9a4438", ' opacity="0.55"'))
    for z in (2.6, 5.4, 8.6, 12.2, 15.8):
        mid.append(quad_x(XL + 0.02, 0, HH - 0.25, z, z + 0.55, "#3d1e21"))
        mid.append(quad_x(XL + 0.03, 0, HH - 0.25, z, z + 0.08, "#8a3c32", ' opacity="0.5"'))

    def arch_window(zc, y0, w, h, fill, extra=""):
        """An arched opening in the façade, zc its middle depth, w wide, h tall to the crown."""
        pts = [P(XL + 0.03, y0, zc - w / 2)]
        m = 10
        for i in range(m + 1):
            t = math.pi * i / m
            pts.append(P(XL + 0.03, y0 + h - w / 2 + (w / 2) * math.sin(t), zc - (w / 2) * math.cos(t)))
        pts.append(P(XL + 0.03, y0, zc + w / 2))
        return poly(pts, fill, extra)

    for zc in (4.0, 7.0, 10.4, 14.0, 17.4):
        for y0 in (4.3, 7.9):
            mid.append(arch_window(zc, y0 - 0.15, 1.5, 2.6, "#4a2426"))
            mid.append(arch_window(zc, y0, 1.2, 2.3, "#0d080a"))
            # shutters half open, a sill catching the light
            mid.append(quad_x(XL + 0.05, y0 - 0.12, y0, zc - 0.75, zc + 0.75, "#8a3a30", ' opacity="0.6"'))
    # the door (the one that banged open) with its lamp, and the ground-floor windows barred
    mid.append(arch_window(16.0, -0.05, 2.0, 3.3, "#4a2426"))
    mid.append(arch_window(16.0, 0, 1.6, 3.0, "#080506"))
    mid.append(poly([P(XL + 0.03, 0, 15.2), P(XL + 0.9, 0, 15.1), P(XL + 0.9, 2.5, 15.1), P(XL + 0.03, 2.6, 15.2)], "#241417"))
    lamp(*P(XL + 0.3, 3.9, 14.6), r=50)
    lamp(*P(XL + 0.3, 3.9, 17.4), r=44)
    for zc in (4.0, 7.0, 10.4, 13.0):
        mid.append(arch_window(zc, 0.9, 1.0, 1.9, "#0d080a"))
        bars = []
        for dz in (-0.25, 0, 0.25):
            a, b = P(XL + 0.04, 2.5, zc + dz), P(XL + 0.04, 0.9, zc + dz)
            bars.append(f"M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}")
        mid.append(f'<path d="{"".join(bars)}" stroke="#4a2426" stroke-width="3" fill="none"/>')
    # wine barrels stacked against the façade: round ends toward us, iron hoops in shadow
    for bz, by in ((9.0, 0.45), (10.0, 0.45), (9.5, 1.3)):
        cx, cy = P(XL + 0.55, by, bz)
        k = F / bz
        mid.append(f'<ellipse cx="{f(cx)}" cy="{f(cy)}" rx="{f(0.46 * k)}" ry="{f(0.44 * k)}" fill="#24121a"/>')
        mid.append(f'<ellipse cx="{f(cx + 0.05 * k)}" cy="{f(cy)}" rx="{f(0.36 * k)}" ry="{f(0.4 * k)}" fill="#3d1d1e"/>')
        mid.append(f'<ellipse cx="{f(cx + 0.05 * k)}" cy="{f(cy)}" rx="{f(0.28 * k)}" ry="{f(0.32 * k)}" fill="#4a2426"/>')
        mid.append(f'<path fill="#a04a3a" opacity="0.6" d="M{f(cx + 0.3 * k)} {f(cy - 0.25 * k)}a{f(0.36 * k)} {f(0.4 * k)} 0 0 1 {f(0.1 * k)} {f(0.25 * k)}'
                   f'h{f(-0.05 * k)}a{f(0.3 * k)} {f(0.34 * k)} 0 0 0 {f(-0.08 * k)} {f(-0.2 * k)}Z"/>')
    # ---- the garden wall on the right: warm stone lit by its lamps, vines hanging over it
    HG = 3.4
    mid.append(quad_x(XR, 0, HG, ZN, ZW - 0.3, "url(#gardenG)"))
    mid.append(quad_x(XR - 0.02, HG - 0.25, HG, ZN, ZW - 0.3, "#4a2224"))
    mid.append(quad_x(XR - 0.03, HG - 0.25, HG - 0.2, ZN, ZW - 0.3, "#150a0d", ' opacity="0.7"'))
    for y in (0.85, 1.7, 2.55):
        mid.append(quad_x(XR - 0.01, y - 0.05, y, ZN, ZW - 0.3, "#1e0f12", ' opacity="0.5"'))
    for _ in range(26):
        z = rng.uniform(2.5, 17)
        y = rng.randint(0, 3) * 0.85
        mid.append(quad_x(XR - 0.01, y, y + 0.8, z, z + rng.uniform(0.5, 1.2), rng.choice(("#5a2a28", "#3a1c1e", "#6a302a")),
                          f' opacity="{f(rng.uniform(0.15, 0.35))}"'))
    # beyond it, the new fortress: a dark leaning slab with a row of red slits
    mid.append(poly([P(XR + 1.0, HG, 9), P(XR + 1.0, 9.5, 10.5), P(XR + 9, 11, 16), P(XR + 12, HG, 16)], "#0e080b"))
    for z in (11.0, 12.0, 13.0, 14.0):
        a = P(XR + 1.2 + (z - 9) * 0.6, 8.0, z)
        mid.append(f'<rect x="{f(a[0])}" y="{f(a[1])}" width="{f(14 * 10 / z)}" height="{f(4 * 10 / z)}" fill="#ff5a3c" opacity="0.7"/>')
    # the vines: a ragged band of leaves along the wall top, curtains spilling down it;
    # the red light catches a leaf here and there
    vine, lit = [], []

    def leaves(x, y, k, r, n):
        for _ in range(n):
            lx, ly = x + rng.uniform(-1, 1) * r * k, y + rng.uniform(-0.5, 0.6) * r * k
            s = rng.uniform(0.07, 0.13) * k
            vine.append(blob(rng, lx, ly, s, s * 0.8, 6, 0.35))
            if rng.random() < 0.22 and ly < y:
                lit.append(blob(rng, lx - s * 0.2, ly - s * 0.3, s * 0.55, s * 0.35, 6, 0.3))

    z = ZN + 0.6
    while z < ZW - 1:
        k = F / z
        x, y = P(XR, HG, z)
        leaves(x, y, k, 0.4, 12)
        # curtains only near us: further back they would hang behind the busts' heads
        if z < 8.5 and rng.random() < 0.6:
            dl = rng.uniform(0.6, 2.0)
            j = 0
            while j * 0.2 < dl:
                t = j * 0.2 / dl
                leaves(x + rng.uniform(-0.05, 0.05) * k, y + (0.2 + j * 0.2) * k, k, 0.14 * (1 - 0.5 * t), 3)
                j += 1
        z += rng.uniform(0.3, 0.5) * (z / 4) ** 0.5
    mid.append(f'<path fill="#130f0c" d="{" ".join(vine)}"/>')
    mid.append(f'<path fill="#8a3428" opacity="0.75" d="{" ".join(lit)}"/>')
    # grapes: a few dark bunches under the leaves
    for _ in range(10):
        z = rng.uniform(3, 15)
        k = F / z
        x, y = P(XR, HG, z)
        mid.append(f'<path fill="#2a0f1a" d="{blob(rng, x, y + 0.35 * k, 0.07 * k, 0.12 * k, 7, 0.2)}"/>')
    for z in (6.2, 15.5):
        a, b = P(XR, 2.6, z), P(XR - 0.45, 2.75, z)
        mid.append(f'<path d="M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}" stroke="#120a0d" stroke-width="{f(0.06 * F / z)}"/>')
        lamp(*P(XR - 0.45, 2.65, z), r=0.75 * F / z)
    # ---- the flagstones: rows running back, staggered joints, a few stones lit
    fl = []
    Z = ZN
    row = 0
    while Z < ZW:
        Z2 = Z + 0.55 + 0.05 * Z
        a, b = P(XL, 0, Z2), P(XR, 0, Z2)
        fl.append(f"M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}")
        X = XL + (0.45 if row % 2 else 0.0)
        while X < XR:
            a, b = P(X, 0, Z), P(X, 0, Z2)
            fl.append(f"M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}")
            X += 0.9 + rng.uniform(-0.15, 0.15)
        Z, row = Z2, row + 1
    near.append(f'<path d="{"".join(fl)}" stroke="#12090c" stroke-width="2.2" fill="none" opacity="0.7"/>')
    for _ in range(40):
        Z = rng.uniform(3.5, 16)
        X = rng.uniform(XL + 0.3, XR - 0.6)
        d = 0.8
        near.append(poly([P(X, 0, Z), P(X + d, 0, Z), P(X + d, 0, Z + 0.5), P(X, 0, Z + 0.5)],
                         rng.choice(("#5a2a28", "#3a1c1e", "#1c0e11")), f' opacity="{f(rng.uniform(0.25, 0.5))}"'))

    sky = "\n".join("  " + line for line in "\n".join(far).split("\n"))
    body = "\n".join("  " + line for line in "\n".join(["<!-- walls -->"] + mid).split("\n"))
    floor = poly([P(XL, 0, ZN), P(XR, 0, ZN), P(XR, 0, ZW - 0.3), P(XL, 0, ZW - 0.3)], "url(#floorG)")
    floor_wide = poly([P(-40, 0, ZN), P(40, 0, ZN), P(40, 0, ZW), P(-40, 0, ZW)], "#1c0e12")
    gx, gy = P(0, 0, ZW)
    text = f"""<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" viewBox="0 0 1920 1080">
  <!-- After the Rain: courtyard. Inside the fortress on Seranno at night (5.3), at ground level: flagstones
       running to the high outer wall and its shut gate, the old customs house's façade on the left, vines
       over a garden wall on the right, red lamps burning along the walls.
       Original work, CC BY 4.0. No characters, no text. Written by make_places.py; edit that, not this. -->
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#05050a"/><stop offset="0.6" stop-color="#120a12"/><stop offset="1" stop-color="#2a1218"/>
    </linearGradient>
    <linearGradient id="wallFar" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2a1518"/><stop offset="1" stop-color="#3e1e20"/>
    </linearGradient>
    <linearGradient id="houseG" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#1c0f12"/><stop offset="0.7" stop-color="#33191c"/><stop offset="1" stop-color="#3a1c1e"/>
    </linearGradient>
    <linearGradient id="gardenG" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#3a1b1e"/><stop offset="0.1" stop-color="#28131a"/><stop offset="1" stop-color="#150a0d"/>
    </linearGradient>
    <linearGradient id="floorG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3a1c1e"/><stop offset="0.35" stop-color="#24121a"/><stop offset="1" stop-color="#0c070a"/>
    </linearGradient>
    <radialGradient id="lampGlow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fff0e0"/><stop offset="0.1" stop-color="#ff6a4a" stop-opacity="0.8"/>
      <stop offset="0.4" stop-color="#ff2a1a" stop-opacity="0.2"/><stop offset="1" stop-color="#ff2a1a" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="alarm" cx="{f(gx)}" cy="{f(gy - 200)}" r="1100" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#ff3a2a" stop-opacity="0.22"/><stop offset="0.4" stop-color="#d0201a" stop-opacity="0.08"/>
      <stop offset="1" stop-color="#8a1010" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="gatePool" cx="{f(gx)}" cy="{f(gy + 30)}" r="600" gradientUnits="userSpaceOnUse"
        gradientTransform="translate({f(gx)} {f(gy + 30)}) scale(1 0.25) translate({f(-gx)} {f(-gy - 30)})">
      <stop offset="0" stop-color="#ff4a34" stop-opacity="0.35"/><stop offset="1" stop-color="#ff4a34" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75">
      <stop offset="0.5" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.7"/>
    </radialGradient>
    <linearGradient id="calm" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.6"/>
    </linearGradient>
  </defs>
  <rect width="1920" height="1080" fill="url(#sky)"/>
{sky}
  {floor_wide}
  {floor}
{body}
""" + "\n".join("  " + x for x in "\n".join(near).split("\n")) + f"""
  <rect width="1920" height="1080" fill="url(#alarm)"/>
  <rect y="{f(gy - 150)}" width="1920" height="400" fill="url(#gatePool)"/>
""" + "\n".join("  " + g for g in glows) + """
  <rect y="720" width="1920" height="360" fill="url(#calm)"/>
  <rect width="1920" height="1080" fill="url(#vignette)"/>
</svg>
"""
    write("courtyard", text)


# ---------------------------------------------------------------- vault

def vault():
    """The First Order's records vault inside the fortress on Seranno (5.2): a narrow,
    cold room of black server racks down both sides, pinpoint red and white status
    lights, a hard white strip along the ceiling, a polished floor, and at the far end
    the terminal Rey spikes. The cold strip is the one light. The racks' upper walls and
    the cable trays catch it, so the heads in front of them (Kylo's dark hair) stand on
    a slate grey, not on black; the floor, under the dialogue box, stays dark and plain.
    One-point perspective: eye 1.6 m, vanishing point (960, 430); a point X across,
    Y up, Z deep sits at (960 + X F/Z, 430 + (1.6 - Y) F/Z)."""
    rng = random.Random(20_08)
    F, VX, VY, EYE = 950.0, 960.0, 430.0, 1.6

    room = Room(F, VX, VY, EYE)
    P, quad_x, quad_y, quad_z = room.P, room.quad_x, room.quad_y, room.quad_z

    W, H, ZB, ZN = 2.3, 3.1, 10.0, 0.8  # half width, ceiling, back wall, nearest drawn depth
    RH = 2.2  # the racks' height
    o, glows, refl = [], [], []
    # ---- the shell: ceiling, the walls above the racks, the back wall, the floor
    o.append(quad_y(H, -W, W, ZN, ZB, "#0b0f13"))
    for s in (-1, 1):
        o.append(quad_x(s * W, RH, H, ZN, ZB, f"url(#upper{'L' if s < 0 else 'R'})"))
    o.append(quad_z(ZB, -W, W, 0, H, "url(#backG)"))
    o.append(quad_y(0, -W, W, ZN, ZB, "url(#floorG)"))
    # ceiling ribs, their lower edges catching the strip
    for Z in (1.6, 2.6, 3.7, 5.0, 6.6, 8.4):
        o.append(poly([P(-W, H, Z), P(W, H, Z), P(W, H - 0.12, Z), P(-W, H - 0.12, Z)], "#070a0d"))
        o.append(quad_y(H - 0.12, -W, W, Z, Z + 0.12, "#27333c"))
    # the walls above the racks: cable trays running the room's length, bundles of cable
    for s in (-1, 1):
        X = s * W
        for y in (2.52, 2.86):
            o.append(quad_x(X, y - 0.1, y, ZN, ZB, "#10161b"))
            o.append(quad_x(X, y - 0.012, y, ZN, ZB, "#8aa2b2", ' opacity="0.55"'))
        # cable drops from the tray into the racks' tops, one every few cabinets
        Z = ZN + 0.9
        while Z < ZB - 0.5:
            o.append(quad_x(X, RH, 2.42, Z, Z + 0.08, "#0c1115"))
            Z += rng.uniform(1.2, 2.0)
        # vents in the wall, a slatted grille every so often, cold air behind it
        for zc in (2.9, 5.8, 8.6):
            o.append(quad_x(X, 2.6, 2.74, zc, zc + 0.55, "#182129"))
            for i in range(4):
                y = 2.62 + i * 0.03
                o.append(quad_x(X, y, y + 0.012, zc + 0.03, zc + 0.52, "#06090b", ' opacity="0.8"'))
    # ---- the back wall: a sealed blast door behind the terminal, red lines either side
    o.append(quad_z(ZB - 0.01, -1.05, 1.05, 0, 2.55, "#151c22"))
    o.append(quad_z(ZB - 0.02, -0.98, 0.98, 0, 2.48, "#1b242b"))
    o.append(quad_z(ZB - 0.03, -0.015, 0.015, 0, 2.48, "#070a0c"))
    for y in (0.7, 1.5, 2.1):
        o.append(quad_z(ZB - 0.03, -0.9, 0.9, y, y + 0.05, "#10161b"))
    for s in (-1, 1):
        o.append(quad_z(ZB - 0.02, s * 1.25, s * 1.33, 0.25, 2.3, "#ff3b30", ' opacity="0.55"'))
        x, y = P(s * 1.29, 1.3, ZB)
        glows.append(f'<ellipse cx="{f(x)}" cy="{f(y)}" rx="26" ry="120" fill="url(#redGlow)"/>')
    # the door's frame lit along its top by the strip
    o.append(quad_z(ZB - 0.01, -1.05, 1.05, 2.5, 2.55, "#9ab0c0", ' opacity="0.45"'))

    # ---- the racks: black cabinets down both walls, each with a vented door, a handle
    # and a short column of status lights; a few lights only, small, most of them white
    # where the busts' heads stand (Left and Right), in screen pixels: lights there are
    # fewer and dimmer, so nothing bright sits beside a face
    HEADS = ((280, 640, 150, 620), (1290, 1760, 80, 520))

    def by_a_head(x, y):
        return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, x1, y0, y1 in HEADS)

    def cabinet_lights(X, s, z0, z1, dense):
        """The status lights on one cabinet: a column near its leading edge, a short row."""
        zl = z0 + 0.08 if s > 0 else z1 - 0.08  # the edge nearer the aisle's middle on screen
        quiet = by_a_head(*P(X, 1.8, zl))
        n = rng.randint(1, 2) if quiet else rng.randint(3, 7) if dense else rng.randint(1, 3)
        for i in range(n):
            y = 1.95 - i * 0.09
            col = "#ff3a30" if rng.random() < 0.3 else "#eaf4ff"
            x, yy = P(X - s * 0.01, y, zl)
            r = max(1.3, 0.016 * F / zl)
            op = rng.uniform(0.3, 0.45) if quiet else rng.uniform(0.6, 0.95)
            o.append(f'<rect x="{f(x - r)}" y="{f(yy - r * 0.7)}" width="{f(2 * r)}" height="{f(1.4 * r)}" fill="{col}" '
                     f'opacity="{f(op)}"/>')
            if not quiet:
                glows.append(f'<circle cx="{f(x)}" cy="{f(yy)}" r="{f(r * 5)}" fill="url(#{"ledRed" if col == "#ff3a30" else "ledWhite"})"/>')
            # its smear on the polished floor, straight below (only far back: nearer, it
            # would land low on the screen, under the dialogue box)
            fx, fy = P(X - s * 0.01, -y, zl)
            if fy < 700:
                refl.append(f'<rect x="{f(x - r * 0.8)}" y="{f(fy - r * 5)}" width="{f(1.6 * r)}" height="{f(r * 10)}" '
                            f'fill="{col}" opacity="0.08"/>')
        # a row of tiny drive lights lower down, all one colour
        if dense and rng.random() < 0.6:
            y = rng.choice((1.15, 0.85, 0.55))
            for j in range(rng.randint(3, 6)):
                z = z0 + 0.1 + j * 0.07
                if z > z1 - 0.1:
                    break
                x, yy = P(X - s * 0.01, y, z)
                r = max(1.0, 0.011 * F / z)
                o.append(f'<circle cx="{f(x)}" cy="{f(yy)}" r="{f(r)}" fill="#cfe4f4" opacity="0.55"/>')

    dz0, dz1 = 6.2, 7.2  # the door in the right-hand row
    for s in (-1, 1):
        X = s * W
        Z, i = ZN, 0
        while Z < ZB - 0.4:
            z0, z1 = Z, min(Z + 0.62, ZB - 0.05)
            if s > 0 and z1 > dz0 - 0.1 and z0 < dz1 + 0.1:
                Z = dz1 + 0.1
                continue
            # frame, door, plinth
            o.append(quad_x(X, 0, RH, z0, z1, "#0a0e12"))
            o.append(quad_x(X - s * 0.005, 0.14, RH - 0.06, z0 + 0.04, z1 - 0.04, "#172028" if i % 2 else "#1a232b"))
            # the vented door: fine horizontal slats, a darker band for each shelf of drives
            for y in [0.3 + 0.12 * j for j in range(15)]:
                o.append(quad_x(X - s * 0.006, y, y + 0.035, z0 + 0.09, z1 - 0.09, "#0c1116", ' opacity="0.85"'))
            # a cold sheen down the door, stronger further back where the strip is nearer overhead
            o.append(quad_x(X - s * 0.007, 0.14, RH - 0.06, z0 + 0.04, z0 + 0.09, "#5a7284", ' opacity="0.35"'))
            # the handle
            zh = z1 - 0.07 if s < 0 else z0 + 0.07
            o.append(quad_x(X - s * 0.008, 0.95, 1.35, zh - 0.012, zh + 0.012, "#3a4a56"))
            # the rack's top edge catching the ceiling strip
            o.append(quad_x(X - s * 0.004, RH - 0.03, RH, z0, z1, "#a8bfcf", ' opacity="0.5"'))
            # lights: few on the cabinets behind the busts' heads (near, high on the screen)
            cabinet_lights(X, s, z0, z1, dense=z0 > 5.2 or rng.random() < 0.35)
            Z, i = z1 + 0.04, i + 1
        # the kick plinth and the rack row's seam with the floor
        o.append(quad_x(X, 0, 0.12, ZN, ZB, "#06090b"))
    # ---- the door they came in by, on the right, a little way back: a recess in the racks
    # (seen almost edge on: its jamb facing us, the shut leaves deep in the recess)
    o.append(quad_x(W, 0, RH, dz0 - 0.1, dz1 + 0.1, "#0a0e12"))
    o.append(poly([P(W, RH, dz0), P(W + 0.4, RH, dz0), P(W + 0.4, 0, dz0), P(W, 0, dz0)], "#222c34"))
    o.append(poly([P(W, RH, dz0), P(W + 0.4, RH, dz0), P(W + 0.4, RH - 0.03, dz0), P(W, RH - 0.03, dz0)], "#a8bfcf", ' opacity="0.5"'))
    o.append(quad_x(W + 0.4, 0, RH, dz0, dz1, "#10171c"))
    o.append(quad_x(W + 0.39, 0, RH, dz0 + 0.49, dz0 + 0.51, "#05080a"))
    o.append(quad_y(0.002, W, W + 0.4, dz0, dz1, "#161e24"))
    # a red lamp over it
    o.append(quad_x(W - 0.005, RH + 0.06, RH + 0.12, dz0 + 0.3, dz1 - 0.3, "#ff3a30", ' opacity="0.8"'))
    x, y = P(W, RH + 0.09, (dz0 + dz1) / 2)
    glows.append(f'<ellipse cx="{f(x)}" cy="{f(y)}" rx="46" ry="22" fill="url(#redGlow)"/>')

    # ---- the terminal at the far end: a low console, an angled screen, the spike in it
    TZ = ZB - 0.75
    o.append(quad_z(TZ, -0.75, 0.75, 0, 0.92, "#0e1418"))
    o.append(quad_z(TZ - 0.002, -0.75, 0.75, 0.88, 0.92, "#9ab0c0", ' opacity="0.5"'))
    o.append(quad_y(0.92, -0.75, 0.75, TZ, TZ + 0.45, "#1d272e"))
    # keys: rows of small pale marks on the console top
    for r_ in range(3):
        z = TZ + 0.08 + r_ * 0.09
        for c in range(9):
            x0 = -0.5 + c * 0.1
            o.append(quad_y(0.925, x0, x0 + 0.07, z, z + 0.05, "#3e4f5a"))
    # the screen, tilted back on a stand
    sb, st = (0.95, TZ + 0.5), (1.55, TZ + 0.62)
    o.append(poly([P(-0.05, 0.92, TZ + 0.5), P(0.05, 0.92, TZ + 0.5), P(0.05, 1.0, TZ + 0.55), P(-0.05, 1.0, TZ + 0.55)], "#0a0e12"))
    scr = [P(-0.62, st[0], st[1]), P(0.62, st[0], st[1]), P(0.62, sb[0], sb[1]), P(-0.62, sb[0], sb[1])]
    o.append(poly([(x, y - 3) for x, y in scr[:2]] + [(x, y + 3) for x, y in scr[2:]], "#080b0e"))
    o.append(poly(scr, "url(#screenG)"))

    def on_screen(u, v):
        """A point on the screen, u across (-1..1), v down (0..1)."""
        y = st[0] + (sb[0] - st[0]) * v
        z = st[1] + (sb[1] - st[1]) * v
        return P(0.58 * u, y, z)

    # its readout: lines of text as bars, a red progress bar filling (the copy), a frame
    for j in range(6):
        w = rng.uniform(0.3, 0.9)
        a, b = on_screen(-0.85, 0.12 + j * 0.09), on_screen(-0.85 + w, 0.12 + j * 0.09 + 0.04)
        o.append(f'<rect x="{f(a[0])}" y="{f(a[1])}" width="{f(b[0] - a[0])}" height="{f(max(1.5, b[1] - a[1]))}" fill="#2a3844" opacity="0.7"/>')
    a, b = on_screen(-0.85, 0.74), on_screen(0.85, 0.82)
    o.append(f'<rect x="{f(a[0])}" y="{f(a[1])}" width="{f(b[0] - a[0])}" height="{f(b[1] - a[1])}" fill="none" stroke="#b0302a" stroke-width="1.5" opacity="0.8"/>')
    o.append(f'<rect x="{f(a[0] + 2)}" y="{f(a[1] + 2)}" width="{f((b[0] - a[0]) * 0.62)}" height="{f(b[1] - a[1] - 4)}" fill="#e0443a"/>')
    a, b = on_screen(0.35, 0.12), on_screen(0.85, 0.6)
    o.append(f'<rect x="{f(a[0])}" y="{f(a[1])}" width="{f(b[0] - a[0])}" height="{f(b[1] - a[1])}" fill="none" stroke="#2a3844" stroke-width="1.5" opacity="0.6"/>')
    cx, cy = on_screen(0, 0.45)
    glows.append(f'<ellipse cx="{f(cx)}" cy="{f(cy)}" rx="190" ry="120" fill="url(#screenGlow)"/>')
    # the spike: a small dark slug in the console's side, one amber light on it
    sx, sy = P(0.62, 0.8, TZ - 0.01)
    o.append(f'<rect x="{f(sx)}" y="{f(sy - 4)}" width="14" height="8" fill="#2a2a26"/>')
    o.append(f'<circle cx="{f(sx + 11)}" cy="{f(sy)}" r="2.2" fill="#ffb640"/>')
    glows.append(f'<circle cx="{f(sx + 11)}" cy="{f(sy)}" r="12" fill="url(#ledAmber)"/>')

    # ---- the ceiling strip: one hard white bar the length of the room in a dark housing
    o.append(quad_y(H - 0.005, -0.32, 0.32, ZN, ZB - 0.1, "#05080a"))
    o.append(quad_y(H - 0.01, -0.17, 0.17, ZN, ZB - 0.15, "#f4fbff"))
    for w, op in ((0.3, 0.1), (0.5, 0.06), (0.8, 0.04)):
        glows.append(quad_y(H - 0.02, -w, w, ZN, ZB - 0.1, "#dff2ff", f' opacity="{op}"'))
    # ---- the polished floor: the strip, the terminal's screen, and the racks' lights in it
    # (the strip itself would mirror low on the screen, under the dialogue box: only its
    # sheen down the middle of the aisle, fading toward us)
    for w in (0.2, 0.4, 0.65, 0.95):
        refl.append(quad_y(0.001, -w, w, 3.2, ZB, "url(#stripRefl)"))
    for s in (-1, 1):
        a, b = P(s * 1.29, -0.25, ZB), P(s * 1.29, -1.2, ZB)
        refl.append(f'<rect x="{f(a[0] - 3)}" y="{f(a[1])}" width="6" height="{f(b[1] - a[1])}" fill="url(#redRefl)"/>')
    refl.append(f'<ellipse cx="{f(cx)}" cy="{f(2 * P(0, 0, TZ)[1] - cy)}" rx="150" ry="60" fill="url(#screenGlow)" opacity="0.6"/>')
    # tile seams running back, faint
    seams = []
    for X in (-1.6, -0.8, 0.0, 0.8, 1.6):
        a, b = P(X, 0, ZN), P(X, 0, ZB)
        seams.append(f"M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}")
    for Z in (1.6, 2.4, 3.2, 4.0, 4.8, 5.6, 6.4, 7.2, 8.0, 8.8, 9.6):
        a, b = P(-W, 0, Z), P(W, 0, Z)
        seams.append(f"M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}")
    refl.append(f'<path d="{"".join(seams)}" stroke="#2a3640" stroke-width="1.5" fill="none" opacity="0.45"/>')
    # cold air pooled low over the floor, further back
    fy = P(0, 0, 6.0)[1]
    refl.append(f'<rect x="0" y="{f(fy - 70)}" width="1920" height="140" fill="url(#chill)"/>')

    body = "\n".join("  " + line for line in "\n".join(o).split("\n"))
    over = "\n".join("  " + line for line in "\n".join(refl + glows).split("\n"))
    gx, gy = P(0, H, 5.0)
    text = f"""<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" viewBox="0 0 1920 1080">
  <!-- After the Rain: vault. The First Order records vault inside the fortress on Seranno (5.2): a narrow, cold
       room of black server racks with small red and white status lights, a hard white strip along the ceiling,
       a polished floor, and the terminal at the far end with a spike in it.
       Original work, CC BY 4.0. No characters, no text. Written by make_places.py; edit that, not this. -->
  <defs>
    <linearGradient id="upperL" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#2a3742"/><stop offset="1" stop-color="#1a232b"/>
    </linearGradient>
    <linearGradient id="upperR" x1="1" y1="0" x2="0" y2="0">
      <stop offset="0" stop-color="#2a3742"/><stop offset="1" stop-color="#1a232b"/>
    </linearGradient>
    <linearGradient id="backG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1a232a"/><stop offset="1" stop-color="#0e1317"/>
    </linearGradient>
    <linearGradient id="floorG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1a232a"/><stop offset="0.4" stop-color="#0d1216"/><stop offset="1" stop-color="#05070a"/>
    </linearGradient>
    <linearGradient id="screenG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#eef4f8"/><stop offset="1" stop-color="#c4d2dc"/>
    </linearGradient>
    <linearGradient id="stripRefl" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#dff2ff" stop-opacity="0.05"/><stop offset="0.6" stop-color="#dff2ff" stop-opacity="0.015"/>
      <stop offset="1" stop-color="#dff2ff" stop-opacity="0"/>
    </linearGradient>
    <linearGradient id="redRefl" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#ff3a30" stop-opacity="0.3"/><stop offset="1" stop-color="#ff3a30" stop-opacity="0"/>
    </linearGradient>
    <radialGradient id="screenGlow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#e8f2ff" stop-opacity="0.3"/><stop offset="1" stop-color="#e8f2ff" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="redGlow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#ff3a30" stop-opacity="0.3"/><stop offset="1" stop-color="#ff3a30" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="ledRed" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#ff4a3a" stop-opacity="0.4"/><stop offset="1" stop-color="#ff4a3a" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="ledWhite" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#dff0ff" stop-opacity="0.3"/><stop offset="1" stop-color="#dff0ff" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="ledAmber" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#ffb640" stop-opacity="0.5"/><stop offset="1" stop-color="#ffb640" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="stripWash" cx="{f(gx)}" cy="{f(gy)}" r="900" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#cfe6f6" stop-opacity="0.16"/><stop offset="0.5" stop-color="#8fb0c8" stop-opacity="0.06"/>
      <stop offset="1" stop-color="#8fb0c8" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="chill" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#a8c8e0" stop-opacity="0"/><stop offset="0.5" stop-color="#a8c8e0" stop-opacity="0.06"/>
      <stop offset="1" stop-color="#a8c8e0" stop-opacity="0"/>
    </linearGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75">
      <stop offset="0.5" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.7"/>
    </radialGradient>
    <linearGradient id="calm" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.55"/>
    </linearGradient>
  </defs>
  <rect width="1920" height="1080" fill="#07090b"/>
{body}
{over}
  <rect width="1920" height="1080" fill="url(#stripWash)"/>
  <rect y="720" width="1920" height="360" fill="url(#calm)"/>
  <rect width="1920" height="1080" fill="url(#vignette)"/>
</svg>
"""
    write("vault", text)


# ---------------------------------------------------------------- ben_quarters

def ben_quarters():
    """Ben's quarters the morning he is gone (7.1): a small bare base room in cold morning
    light from one window on the back wall. A narrow bunk along the back wall, made tight;
    the shelf above it empty; a desk under the window with the probation tracker on it and
    a balled-up rag, both stained with dried blood. The same kind of room as Rey's
    quarters, but nothing in it of his. The window is the one light: the desk top and the
    bunk's blanket catch it, the fronts of things stand in soft shadow, the floor under
    the dialogue box stays dark and plain.
    One-point perspective: eye 1.6 m, vanishing point (960, 340); a point X across,
    Y up, Z deep sits at (960 + X F/Z, 340 + (1.6 - Y) F/Z)."""
    rng = random.Random(7_01)
    F, VX, VY, EYE = 900.0, 960.0, 340.0, 1.6
    room = Room(F, VX, VY, EYE)
    P, quad_x, quad_y, quad_z = room.P, room.quad_x, room.quad_y, room.quad_z
    W, H, ZB, ZN = 1.75, 2.5, 3.2, 0.6
    o = []
    # ---- the shell
    o.append(quad_y(H, -W, W, ZN, ZB, "url(#ceilG)"))
    o.append(quad_x(-W, 0, H, ZN, ZB, "url(#lwallG)"))
    o.append(quad_x(W, 0, H, ZN, ZB, "url(#rwallG)"))
    o.append(quad_z(ZB, -W, W, 0, H, "url(#backG)"))
    o.append(quad_y(0, -W, W, ZN, ZB, "url(#floorG)"))
    # the corners' seams and a skirting in shadow
    for s in (-1, 1):
        o.append(quad_x(s * W, 0, 0.1, ZN, ZB, "#10161b", ' opacity="0.7"'))
    o.append(quad_z(ZB - 0.001, -W, W, 0, 0.1, "#10161b", ' opacity="0.7"'))
    # panel seams on the side walls
    for s in (-1, 1):
        for Z in (1.5, 2.4):
            o.append(quad_x(s * W, 0.1, H, Z, Z + 0.02, "#121a20", ' opacity="0.6"'))
    # ---- the window: a deep recess in the back wall, misty jungle under a pale sky
    wx0, wx1, wy0, wy1, dep = -1.3, -0.3, 1.25, 2.05, 0.22
    Zw = ZB + dep
    o.append(quad_z(Zw, wx0, wx1, wy0, wy1, "url(#skyG)"))
    # the canopy: two misty layers of treetops
    for layer, (col, base, amp, seed) in enumerate((("#9db3be", 1.52, 0.06, 3), ("#71878f", 1.4, 0.09, 5))):
        r2 = random.Random(seed)
        pts = [P(wx0, wy0, Zw)]
        X = wx0
        while X < wx1:
            pts.append(P(X, base + r2.uniform(0, amp), Zw))
            X += r2.uniform(0.04, 0.09)
        pts += [P(wx1, base + r2.uniform(0, amp), Zw), P(wx1, wy0, Zw)]
        o.append(poly(pts, col))
    # the recess: its left side lit by the sky, its right side and top in shade, a sill
    o.append(poly([P(wx0, wy1, ZB), P(wx0, wy1, Zw), P(wx0, wy0, Zw), P(wx0, wy0, ZB)], "#5d6f7a"))
    o.append(poly([P(wx1, wy1, ZB), P(wx1, wy1, Zw), P(wx1, wy0, Zw), P(wx1, wy0, ZB)], "#2a3640"))
    o.append(poly([P(wx0, wy1, ZB), P(wx1, wy1, ZB), P(wx1, wy1, Zw), P(wx0, wy1, Zw)], "#222c34"))
    o.append(poly([P(wx0, wy0, ZB), P(wx1, wy0, ZB), P(wx1, wy0, Zw), P(wx0, wy0, Zw)], "#a9bcc6"))
    o.append(quad_z(ZB - 0.002, wx0 - 0.03, wx1 + 0.03, wy0 - 0.05, wy0, "#c6d5dc"))
    # a single mullion
    o.append(quad_z(Zw - 0.01, -0.82, -0.78, wy0, wy1, "#2a3640"))
    # ---- the bunk along the back wall, made tight: a steel frame, a grey blanket pulled
    # flat, the sheet turned down over it in a hard white band, one squared pillow
    bx0, bx1, bz0, bz1, by = -0.1, W, ZB - 0.72, ZB, 0.5
    o.append(quad_y(0.002, bx0 - 0.04, bx1, bz0 - 0.05, bz1, "#0b1014", ' opacity="0.5"'))
    o.append(quad_z(bz0, bx0, bx1, 0.12, 0.3, "#1e272e"))
    o.append(quad_x(bx0, 0.12, 0.3, bz0, bz1, "#182027"))
    o.append(quad_z(bz0, bx0, bx1, 0, 0.12, "#0f1519"))
    o.append(quad_x(bx0, 0, 0.12, bz0, bz1, "#0c1115"))
    # mattress and blanket: the front face in shade, the top lit from the window
    o.append(quad_z(bz0, bx0, bx1, 0.3, by, "#3a4541"))
    o.append(quad_x(bx0, 0.3, by, bz0, bz1, "#2c3532"))
    o.append(quad_y(by, bx0, bx1, bz0, bz1, "#6c7a74"))
    o.append(quad_y(by + 0.001, bx0, bx0 + 0.9, bz0, bz1, "#7d8b85", ' opacity="0.8"'))
    o.append(quad_z(bz0 - 0.001, bx0, bx1, by - 0.012, by, "#a7b5ae"))  # the tucked edge catching light
    # the sheet's turned-down band near the head (the left end, by the window), then the pillow
    sx0, sx1 = bx0 + 0.42, bx0 + 0.56
    o.append(quad_y(by + 0.004, sx0, sx1, bz0, bz1, "#dde6e8"))
    o.append(quad_z(bz0 - 0.002, sx0, sx1, by - 0.05, by + 0.004, "#b4c1c4"))
    # the pillow, squared off against the wall: a soft slab, its top in the light
    px0, px1, ph, pz0, pz1 = bx0 + 0.06, bx0 + 0.38, 0.07, bz0 + 0.14, bz1 - 0.05
    (l0, t0), (r0, _) = P(px0, by + ph, pz0), P(px1, by + ph, pz0)
    (l1, t1), (r1, _) = P(px0, by + ph, pz1), P(px1, by + ph, pz1)
    (_, b0) = P(px0, by, pz0)
    o.append(f'<path fill="#9fadb2" d="M{f(l0 + 4)} {f(t0)}L{f(r0 - 4)} {f(t0)}Q{f(r0 + 2)} {f(t0)} {f(r0 + 1)} {f(b0 - 6)}'
             f'Q{f(r0)} {f(b0)} {f(r0 - 8)} {f(b0)}L{f(l0 + 8)} {f(b0)}Q{f(l0)} {f(b0)} {f(l0 - 1)} {f(b0 - 6)}Q{f(l0 - 2)} {f(t0)} {f(l0 + 4)} {f(t0)}Z"/>')
    o.append(f'<path fill="#e1e9eb" d="M{f(l0 + 4)} {f(t0 + 1)}Q{f(l1)} {f(t1 + 2)} {f(l1 + 6)} {f(t1)}L{f(r1 - 6)} {f(t1)}Q{f(r1)} {f(t1 + 2)} {f(r0 - 4)} {f(t0 + 1)}'
             f'Q{f((l0 + r0) / 2)} {f(t0 + 4)} {f(l0 + 4)} {f(t0 + 1)}Z"/>')
    # ---- the empty shelf above the bunk
    sy = 1.42
    o.append(quad_y(sy, 0.25, 1.45, ZB - 0.26, ZB, "#6d7d87"))
    o.append(quad_z(ZB - 0.26, 0.25, 1.45, sy - 0.04, sy, "#2a353d"))
    o.append(poly([P(0.25, sy + 0.001, ZB), P(1.45, sy + 0.001, ZB), P(1.45, sy - 0.12, ZB), P(0.25, sy - 0.12, ZB)], "#10161b", ' opacity="0.35"'))
    for X in (0.35, 1.35):
        o.append(quad_z(ZB - 0.004, X - 0.015, X + 0.015, sy - 0.2, sy - 0.04, "#1c252c"))
    # ---- the desk under the window, a stool pushed in square beneath it
    dx0, dx1, dz0, dz1, dy = -1.7, -0.22, ZB - 0.62, ZB, 0.76
    o.append(quad_y(0.002, dx0, dx1 + 0.05, dz0 - 0.08, dz1, "#0b1014", ' opacity="0.45"'))
    for X in (dx0 + 0.04, dx1 - 0.08):
        o.append(quad_z(dz0 + 0.04, X, X + 0.04, 0, dy - 0.04, "#161e24"))
        o.append(quad_x(X + 0.04, 0, dy - 0.04, dz0 + 0.04, dz1, "#11181d"))
    # the stool
    o.append(quad_y(0.46, -1.2, -0.8, dz0 + 0.1, dz0 + 0.45, "#4a5862"))
    o.append(quad_z(dz0 + 0.1, -1.2, -0.8, 0.42, 0.46, "#222b32"))
    for X in (-1.18, -0.85):
        o.append(quad_z(dz0 + 0.12, X, X + 0.03, 0, 0.42, "#141b20"))
    # the top: lit most where the window falls on it
    o.append(quad_z(dz0, dx0, dx1, dy - 0.04, dy, "#2c3840"))
    o.append(quad_x(dx1, dy - 0.04, dy, dz0, dz1, "#3c4a53"))
    o.append(quad_y(dy, dx0, dx1, dz0, dz1, "url(#deskG)"))
    o.append(quad_z(dz0 - 0.001, dx0, dx1, dy - 0.006, dy, "#c3d2da", ' opacity="0.7"'))
    # the window's light laid on the desk top
    o.append(poly([P(-1.28, dy + 0.001, ZB - 0.02), P(-0.32, dy + 0.001, ZB - 0.02), P(-0.28, dy + 0.001, dz0 + 0.06), P(-1.3, dy + 0.001, dz0 + 0.06)],
                  "#e9f1f5", ' opacity="0.22"'))
    # the tracker: a small steel capsule, its light dead, two fine leads torn loose at one
    # end; dried blood on it and spotted on the desk beside it
    tx, tz, tl = -0.8, dz0 + 0.13, 0.09
    (ax, ay), (bx_, _) = P(tx - tl, dy + 0.036, tz), P(tx + tl, dy + 0.036, tz)
    (_, ay0) = P(tx, dy, tz)
    hgt = ay0 - ay
    o.append(f'<ellipse cx="{f((ax + bx_) / 2 + 3)}" cy="{f(ay0)}" rx="{f((bx_ - ax) / 2 + 2)}" ry="3.5" fill="#1a2228" opacity="0.55"/>')
    o.append(f'<path fill="none" stroke="#20282e" stroke-width="1.6" d="M{f(bx_ - 2)} {f(ay + hgt * 0.5)}c8 -2 12 4 20 2M{f(bx_ - 2)} {f(ay + hgt * 0.7)}c6 3 10 8 17 7"/>')
    o.append(f'<rect x="{f(ax)}" y="{f(ay)}" width="{f(bx_ - ax)}" height="{f(hgt)}" rx="{f(hgt / 2)}" fill="#2e383f"/>')
    o.append(f'<rect x="{f(ax + 3)}" y="{f(ay + 1.5)}" width="{f(bx_ - ax - 6)}" height="{f(hgt * 0.32)}" rx="{f(hgt * 0.16)}" fill="#b4c4cd"/>')
    o.append(f'<rect x="{f(ax + (bx_ - ax) * 0.62)}" y="{f(ay + hgt * 0.5)}" width="{f(hgt * 0.55)}" height="{f(hgt * 0.25)}" rx="1" fill="#120c0d"/>')
    o.append(f'<path fill="#4a1714" d="{blob(rng, ax + (bx_ - ax) * 0.28, ay + hgt * 0.62, (bx_ - ax) * 0.22, hgt * 0.3, 8, 0.3)}"/>')
    o.append(f'<path fill="#4a1714" d="{blob(rng, ax + 5, ay + hgt * 0.45, 5, hgt * 0.35, 7, 0.3)}"/>')
    for dxp, dyp, r in ((-12, 2, 3.4), (-24, -1, 2.4), (-7, 5, 2), (-34, 3, 1.6)):
        o.append(f'<ellipse cx="{f(ax + dxp)}" cy="{f(ay0 + dyp)}" rx="{f(r * 1.6)}" ry="{f(r * 0.6)}" fill="#461613"/>')
    # the rag balled up beside it: crumpled pale cloth in a few lumps, creases in shadow,
    # one corner fallen flat on the desk, the dried blood gone rust-brown where it soaked
    rx_, ry_ = P(-0.5, dy, dz0 + 0.16)
    o.append(f'<path fill="#1a2228" opacity="0.5" d="{blob(rng, rx_ + 4, ry_ - 1, 44, 5, 8, 0.15)}"/>')
    o.append(f'<path fill="#9aa6ab" d="M{f(rx_ + 22)} {f(ry_ - 6)}L{f(rx_ + 56)} {f(ry_ - 4)}L{f(rx_ + 48)} {f(ry_ + 1)}L{f(rx_ + 18)} {f(ry_ + 1)}Z"/>')
    o.append(f'<path fill="#5f2a22" opacity="0.8" d="M{f(rx_ + 40)} {f(ry_ - 4)}L{f(rx_ + 52)} {f(ry_ - 3.5)}L{f(rx_ + 47)} {f(ry_)}L{f(rx_ + 38)} {f(ry_)}Z"/>')
    for dx_, dy_, rr, col in ((-16, -12, (22, 13), "#808c91"), (14, -14, (24, 15), "#8a9699"), (-2, -26, (20, 12), "#aab5b8"),
                              (-20, -20, (13, 9), "#c3cdcf"), (10, -30, (12, 7), "#d5dddf"), (20, -20, (10, 8), "#b3bdc0")):
        o.append(f'<path fill="{col}" d="{blob(rng, rx_ + dx_, ry_ + dy_, rr[0], rr[1], 9, 0.22)}"/>')
    for x0_, y0_, x1_, y1_ in ((-10, -30, 2, -16), (6, -22, 24, -12), (-26, -16, -10, -8)):
        o.append(f'<path fill="#6b777c" d="M{f(rx_ + x0_)} {f(ry_ + y0_)}L{f(rx_ + x1_ + 3)} {f(ry_ + y1_)}L{f(rx_ + x1_ - 2)} {f(ry_ + y1_ + 1)}Z"/>')
    o.append(f'<path fill="#6a2b22" d="{blob(rng, rx_ + 16, ry_ - 12, 13, 8, 8, 0.4)}"/>')
    o.append(f'<path fill="#7c3a2d" opacity="0.85" d="{blob(rng, rx_ - 20, ry_ - 10, 8, 5, 7, 0.4)}"/>')
    o.append(f'<path fill="#5a241d" d="{blob(rng, rx_ + 2, ry_ - 22, 6, 4, 7, 0.4)}"/>')
    # ---- the morning light: a soft shaft from the window down across the room toward us
    gx, gy = P(-0.8, 1.65, ZB)
    over = [f'  <path fill="url(#shaft)" filter="url(#soft)" d="M{f(P(wx0, wy1, ZB)[0])} {f(P(wx0, wy1, ZB)[1])}'
            f'L{f(P(wx1, wy1, ZB)[0])} {f(P(wx1, wy1, ZB)[1])}L{f(P(0.1, 0, 1.5)[0])} {f(P(0.1, 0, 1.5)[1])}L{f(P(-1.5, 0, 1.5)[0])} {f(P(-1.5, 0, 1.5)[1])}Z"/>']
    body = "\n".join("  " + line for line in o)
    text = f"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1920" height="1080" viewBox="0 0 1920 1080">
  <!-- After the Rain: ben_quarters (written by make_places.py). Ben's quarters the morning he is gone (7.1):
       a small bare room in cold morning light, the bunk made tight, the shelf empty, the tracker and a bloody rag on the desk.
       Original work, CC BY 4.0. No characters, no text. -->
  <defs>
    <linearGradient id="ceilG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#0c1115"/><stop offset="1" stop-color="#222c33"/>
    </linearGradient>
    <linearGradient id="lwallG" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#151c22"/><stop offset="1" stop-color="#3b4953"/>
    </linearGradient>
    <linearGradient id="rwallG" x1="1" y1="0" x2="0" y2="0">
      <stop offset="0" stop-color="#12181d"/><stop offset="1" stop-color="#33404a"/>
    </linearGradient>
    <radialGradient id="backG" cx="{f(gx)}" cy="{f(gy)}" r="900" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#5a6b76"/><stop offset="0.45" stop-color="#3c4a54"/><stop offset="1" stop-color="#2a343c"/>
    </radialGradient>
    <linearGradient id="floorG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2e3a42"/><stop offset="0.45" stop-color="#1a2228"/><stop offset="1" stop-color="#0b0f12"/>
    </linearGradient>
    <linearGradient id="skyG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#b4c6d2"/><stop offset="0.7" stop-color="#dbe6ec"/><stop offset="1" stop-color="#eef3f5"/>
    </linearGradient>
    <linearGradient id="deskG" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#93a6b1"/><stop offset="1" stop-color="#62737e"/>
    </linearGradient>
    <linearGradient id="shaft" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#e6f0f6" stop-opacity="0.16"/><stop offset="1" stop-color="#e6f0f6" stop-opacity="0"/>
    </linearGradient>
    <radialGradient id="glow" cx="{f(gx)}" cy="{f(gy)}" r="520" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#e2eef5" stop-opacity="0.22"/><stop offset="1" stop-color="#e2eef5" stop-opacity="0"/>
    </radialGradient>
    <filter id="soft" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="14"/></filter>
    <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75">
      <stop offset="0.5" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.65"/>
    </radialGradient>
    <linearGradient id="calm" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.5"/>
    </linearGradient>
  </defs>
  <rect width="1920" height="1080" fill="#0b0d10"/>
{body}
{chr(10).join(over)}
  <rect width="1920" height="1080" fill="url(#glow)"/>
  <rect y="720" width="1920" height="360" fill="url(#calm)"/>
  <rect width="1920" height="1080" fill="url(#vignette)"/>
</svg>
"""
    write("ben_quarters", text)


if __name__ == "__main__":
    clearing_rain()
    base_field()
    base_field_strangers()
    base_field_shunned()
    base_field_landing()
    base_field_dusk()
    base_field_dusk_ramp()
    base_field_dusk_doused()
    quarters_dark()
    quarters_bond()
    canteen()
    canteen_door()
    corridor_guards()
    tribunal()
    tribunal_leia()
    seranno()
    medbay()
    medbay_bed()
    medbay_glass()
    cell_night()
    hangar()
    hangar_busy()
    hangar_skiff()
    ship()
    briefing()
    courtyard()
    vault()
    ben_quarters()
