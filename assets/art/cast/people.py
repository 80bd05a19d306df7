"""The cast of After the Rain: faces, hair, clothes, poses, parts and expressions.
Original work, CC BY 4.0."""
import math
from castkit import (normals, smooth, shift, form, lens, mix, dark, circle, ellipse, strand, limb, band, Rng, n, lerp,
                     mirror, scale_about)
import face as fc

CX = 450
RIM = "#cfe6ff"


def A(F, pts):
    return [(F["cx"] + x, F["T"] + y) for x, y in pts]


def wetc(c, k=0.42):
    """Soaked cloth: darker and a little cooler."""
    return mix(c, "#141c24", k)


def tones(c, wet=False, sh=0.72, lt=1.18):
    base = wetc(c) if wet else c
    return (base, dark(base, sh), mix(base, "#ffffff", lt - 1))


def sheen(doc, pts_list, op=0.75):
    """Wet highlights: thin bright streaks along folds."""
    for a, b, bow in pts_list:
        doc.blob(lens(a, b, bow, bow * 0.5), "#e6f4ff", op)


def drips(doc, pts, op=0.85):
    for x, y, r in pts:
        ellipse(doc, x, y, r * 0.7, r, "#dff2ff", op)
        circle(doc, x + r * 0.2, y - r * 0.3, r * 0.25, "#ffffff")


def hair_form(doc, F, pts, wet=False, s=(12, 8), l=(8, -4), rim=True):
    H = F["hairc"]
    base, sh, lt = (H[0], H[1], H[2])
    if wet:
        base, sh, lt = dark(base, 0.78), dark(sh, 0.8), mix(dark(base, 0.78), "#bcd6ee", 0.25)
    return form(doc, pts, base, sh, lt, RIM if rim else None, s=s, l=l, rim_op=0.6)


def hair_lines(doc, F, lines, wet=False, light=False):
    H = F["hairc"]
    col = H[2] if light else H[1]
    if wet:
        col = mix(col, "#cfe6ff", 0.4) if light else dark(col, 0.8)
    for a, b, bow in lines:
        doc.blob(lens((F["cx"] + a[0], F["T"] + a[1]), (F["cx"] + b[0], F["T"] + b[1]), bow), col,
                 0.9 if not light else 0.7)


# =========================================================================== Rey
def rey_freckles(doc, F, g):
    rng = Rng(11)
    for i in range(26):
        side = -1 if i % 2 else 1
        x = g["cx"] + side * rng.u(18, 86) + 4
        y = g["ey"] + rng.u(22, 62) - abs(x - g["cx"]) * 0.12
        circle(doc, x, y, rng.u(1.4, 2.6), F["skin_sh"], 0.55)


REY_F = dict(
    cx=CX, T=234, h=384, far=0.97, neck=54, ear=0.92, hollow=0.22,
    outline=[(0, 0), (0.03, 64), (0.13, 114), (0.3, 131), (0.47, 131), (0.6, 125), (0.72, 111), (0.84, 86),
             (0.94, 48), (0.985, 22), (1, 0)],
    skin="#e2ae8a", skin_sh="#b47860", skin_lt="#f4d0b2", skin_deep="#86463a", rim=RIM, blush="#e06a5a",
    eye=dict(y=0.505, dx=60, w=60, h=13, tilt=4, crease=9, lash=5, flick=6, iris="#6f7a40", iris_lt="#a8a25a",
             lower_lash=True),
    brow=dict(gap=38, t=11, len=0.74, arch=5, col="#4a2e1e", droop=4),
    nose=dict(tip=0.705, w=17, dx=4),
    mouth=dict(y=0.80, w=35, ul=8, ll=10.5, lip="#c7786a", lip_dark="#a65a50", line="#4a2018"),
    hairc=("#6b4531", "#452a1c", "#94694a"), hair="#6b4531",
    marks=[rey_freckles], seed=3,
    wet_strands=[([(-60, 62), (-76, 110), (-84, 160), (-80, 206)], 9),
                 ([(-20, 60), (-30, 100), (-26, 140)], 7),
                 ([(120, 84), (124, 150), (116, 214), (110, 262)], 9),
                 ([(-126, 110), (-124, 190), (-112, 260), (-100, 300)], 10)],
)


def rey_hair_back(doc, F, wet, var):
    H = F["hairc"]
    k = 0.82 if wet else 1.0
    buns = [(-44, -40, 44), (-116, -8, 40), (-158, 56, 36)]
    for bx, by, r in buns[::-1]:
        r *= 0.94 if wet else 1.0
        pts = [(bx + r * c, by + r * s) for c, s in ((1, 0), (0.7, -0.72), (0, -1), (-0.72, -0.7), (-1, 0),
                                                    (-0.7, 0.7), (0, 1), (0.72, 0.7))]
        hair_form(doc, F, A(F, pts), wet, s=(10, -10), l=(8, 6))
        hair_lines(doc, F, [((bx - r * 0.6, by - r * 0.1), (bx + r * 0.5, by - r * 0.6), -r * 0.3),
                            ((bx - r * 0.5, by + r * 0.45), (bx + r * 0.7, by + r * 0.1), -r * 0.25)], wet)
        hair_lines(doc, F, [((bx - r * 0.45, by - r * 0.55), (bx + r * 0.35, by - r * 0.82), -r * 0.18)], wet, True)
    cap = [(-140, 200), (-148, 110), (-130, 30), (-70, -12), (0, -22), (72, -12), (128, 26), (148, 100),
           (144, 200), (0, 150)]
    hair_form(doc, F, A(F, cap), wet)


def rey_hair_front(doc, F, wet, var):
    d = -6 if wet else 0
    outer = [(-144, 150), (-150 - d, 70), (-124 - d, 8 - d), (-64, -20 - d), (8, -26 - d), (78, -14 - d),
             (130 + d, 26), (150 + d, 96), (146 + d, 160)]
    inner = [(136, 152), (126, 100), (102, 72), (58, 62), (22, 66), (-12, 60), (-62, 66), (-102, 82),
             (-126, 110), (-134, 152)]
    hair_form(doc, F, A(F, outer + inner), wet, s=(12, 10))
    hair_lines(doc, F, [((20, 64), (-120, 40), -14), ((28, 62), (128, 52), 12), ((0, 40), (-90, 0), -8),
                        ((40, 40), (110, 14), 8)], wet)
    hair_lines(doc, F, [((-96, 4), (30, -18), -8), ((50, -8), (118, 24), -6)], wet, True)
    # a short fringe swept from the parting across the forehead
    fr = [(24, 56), (-14, 74), (-60, 86), (-100, 96), (-122, 110)] if not wet else \
        [(24, 56), (-6, 84), (-30, 110), (-40, 134)]
    hair_form(doc, F, A(F, strand(fr, 30 if not wet else 22, 0.15)), wet, s=(4, 8), l=(3, -4), rim=False)
    hair_lines(doc, F, [((10, 64), (-70, 86), -4)], wet)
    # loose strands at the temples
    for pts, wd in (([(-128, 104), (-138, 170), (-132, 232), (-124, 272)], 11),
                    ([(128, 100), (138, 168), (134, 232)], 9)):
        if wet:
            pts = [(x * 0.96, y) for x, y in pts]
        hair_form(doc, F, A(F, strand(pts, wd, 0.1)), wet, s=(4, 4), l=(3, 0), rim=False)
    if wet:
        sheen(doc, [(A(F, [(-80, -6)])[0], A(F, [(20, -20)])[0], -5), (A(F, [(60, -6)])[0], A(F, [(118, 30)])[0], -4),
                    (A(F, [(-40, -72)])[0], A(F, [(-12, -80)])[0], -4)])
        drips(doc, [(x, y, 5) for x, y in A(F, [(-124, 282), (134, 244), (-160, 98)])])
    if var == "lit" and doc.view != (0, 0, 900, 1400):
        rey_head_light(doc, F)  # a head layer of its own: the body's light does not reach it


# Rey's mission clothes (chapter 5, Seranno: "Wear something dark"): the same cut in a
# warm charcoal (Kylo's plain shirt is a faded grey-brown), the wrap fitted close, the arm
# wraps a lighter grey so they still read, the belt and the staff's strap darker leather.
# Variant "mission" of her bodies; the pale sling over it is the ship's dressing.
REY_CLOTH = {
    "tunic": dict(cl="#ddd2b9", un="#b8aa90", sleeve="#bdb3a2", legs="#a8997e", belt="#5e3f2a", strap="#7a5a40"),
    "mission": dict(cl="#48423e", un="#332e2b", sleeve="#3e3935", wraps="#5e5751", legs="#2e2a28", belt="#3e2a1e",
                    strap="#55402f"),
}
# Variant "grazed": the mission clothes from the blaster graze (5.3) until she is treated
# (5.5): the near sleeve torn at the shoulder, burnt and soaked dark with blood
# (`rey_graze`, drawn on the near arm).
REY_CLOTH["grazed"] = REY_CLOTH["mission"]


def rey_cloth(var):
    return REY_CLOTH.get(var, REY_CLOTH["tunic"])


def rey_outfit(doc, M, B, wet, var):
    F = M["F"]
    cx, C = B["cx"], B["C"]
    P = rey_cloth(var)
    fitted = var in ("mission", "grazed")
    cl = tones(P["cl"], wet, lt=1.22 if fitted else 1.18)
    un = tones(P["un"], wet)
    pts = B["torso"]
    form(doc, pts, cl[0], cl[1], cl[2], RIM, s=(30, 0), l=(14, 0))
    # the V of the wrap with the undershirt
    v = [(cx - 56, C + 66), (cx + 60, C + 64), (cx + 30, C + 220), (cx + 22, C + 250)]
    form(doc, v, un[0], un[1], None, None, s=(16, 0))
    # the wrap's front panel: from the near shoulder across to the far hip
    panel = [(cx - 56, C + 62), (cx - 40, C + 62), (cx + 24, C + 250), (cx + 150, C + 560), (cx + 190, 1420),
             (cx + 120, 1420), (cx - 10, C + 330), (cx - 70, C + 160)]
    doc.blob(lens((cx - 40, C + 64), (cx + 180, 1400), -16, -4), cl[1], 0.9)
    doc.blob(lens((cx + 64, C + 62), (cx + 30, C + 240), -8, -2), cl[2], 0.9)
    # folds (the fitted mission top: fewer and shallower)
    k = 0.55 if fitted else 1.0
    doc.blob(lens((cx - 120, C + 240), (cx - 30, C + 520), 14 * k, 4 * k), cl[1], 0.6)
    if not fitted:
        doc.blob(lens((cx + 80, C + 300), (cx + 130, C + 480), -10, -3), cl[1], 0.5)
    doc.blob(lens((cx + 130, C + 140), (cx + 190, C + 260), -10 * k), cl[2], 0.7)
    if fitted:
        # the wrap's edge caught by the light, so the dark front keeps its shape
        doc.blob(lens((cx - 40, C + 70), (cx + 150, C + 560), -6, -2), cl[2], 0.55)
    # belt and sash
    bt = tones(P["belt"], wet)
    belt = [(cx - 190, 1336), (cx + 10, 1352), (cx + 180, 1330), (cx + 182, 1384), (cx + 10, 1404), (cx - 192, 1390)]
    form(doc, belt, bt[0], bt[1], bt[2], RIM, s=(20, 0), l=(10, 0))
    if B.get("kneeling"):
        import body as bd
        bd.lean_shadow(doc, B)
    # a strap across the chest (the staff's sling)
    st = tones(P["strap"], wet)
    form(doc, band([(cx + 150, C + 130), (cx + 30, C + 400), (cx - 120, C + 700)], 26), st[0], st[1], st[2], None,
         s=(8, 0))
    if wet:
        sheen(doc, [((cx + 120, C + 150), (cx + 170, C + 280), -6), ((cx - 150, C + 200), (cx - 120, C + 320), -5),
                    ((cx + 60, C + 420), (cx + 90, C + 560), -5), ((cx - 60, C + 380), (cx - 40, C + 470), -4)])
        # cloth clinging: extra dark folds
        doc.blob(lens((cx - 90, C + 150), (cx - 60, C + 330), 10), cl[1], 0.7)
        doc.blob(lens((cx + 100, C + 200), (cx + 120, C + 360), -8), cl[1], 0.7)
        drips(doc, [(cx - 170, C + 230, 5), (cx + 160, C + 380, 4), (cx - 30, C + 470, 4)])


def rey_sleeve(M, wet, var):
    P = rey_cloth(var)
    return dict(sleeve=tones(P["sleeve"], wet), sleeve_to=0.97,
                wraps=tones(P["wraps"], wet, 0.62, 1.3) if "wraps" in P else True, graze=var == "grazed")


def rey_graze(doc, S0, E, w):
    """The blaster graze on her near shoulder (5.3-5.5): a long tear in the sleeve along
    the top of the arm, its edges scorched dark, a raw red weal of skin in it, and the
    blood soaked dark down the sleeve below it with a run or two."""
    import math
    dx, dy = E[0] - S0[0], E[1] - S0[1]
    L = math.hypot(dx, dy) or 1
    ux, uy = dx / L, dy / L
    deg = math.degrees(math.atan2(uy, ux))
    p = lerp(S0, E, 0.13)
    # the blood soaked into the sleeve below the tear: dark, wet, darkest near it
    ellipse(doc, *lerp(S0, E, 0.3), w * 0.46, L * 0.24, "#3a0a0e", 0.9, deg - 90)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, 5) + "/>")
    ellipse(doc, *lerp(S0, E, 0.2), w * 0.4, L * 0.12, "#5a0e12", 0.9, deg - 90)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, 3) + "/>")
    # runs of blood down the arm
    for t, off, ln in ((0.26, -0.16, 0.3), (0.24, 0.12, 0.2)):
        a = lerp(S0, E, t)
        a = (a[0] - uy * w * off, a[1] + ux * w * off)
        b = (a[0] + ux * L * ln, a[1] + uy * L * ln)
        doc.blob(strand([a, lerp(a, b, 0.5), b], 6, 0.3), "#4e0c10", 0.95)
        circle(doc, b[0], b[1], 4, "#4e0c10", 0.95)
    # the scorch round the tear
    ellipse(doc, p[0], p[1], L * 0.17, w * 0.3, "#120a08", 0.75, deg)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, 4) + "/>")
    # the tear along the arm: a charred, ragged edge, the raw weal inside it
    doc.blob(ragged(p[0], p[1], L * 0.14, 31, sq=0.36, deg=deg), "#0e0a08", 0.95)
    inner = ragged(p[0] + 1, p[1] + 1, L * 0.11, 32, sq=0.3, deg=deg)
    doc.blob(inner, "#8e2420")
    cid = doc.clip(smooth(inner))
    doc.open_group(cid)
    ellipse(doc, p[0], p[1], L * 0.08, w * 0.06, "#c8503e", 0.95, deg)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, 2) + "/>")
    doc.close_group()
    # frayed threads at the tear's lower edge
    rng = Rng(33)
    for i in range(5):
        q = lerp(S0, E, 0.06 + i * 0.035)
        q = (q[0] + uy * w * 0.1, q[1] - ux * w * 0.1)
        doc.blob(lens(q, (q[0] + rng.u(-4, 4), q[1] + rng.u(8, 13)), rng.u(-1.5, 1.5), 0), "#5e5751", 0.9)


def rey_legs(wet, var):
    return tones(rey_cloth(var)["legs"], wet)


def rey_sling_extra(doc, M, B, wet, arm):
    """The sling: a pale cloth cradling the forearm, a strap round the neck."""
    cx, C = B["cx"], B["C"]
    E, Wr = arm["joints"][1], arm["joints"][2]
    sl = tones("#c9d3dc")
    from body import turned_pts  # round the neck on the three-quarter body (the arm's joints are turned already)
    strap = [(Wr[0] + 10, Wr[1] - 20)] + turned_pts(B, [(cx + 70, C + 150), (cx + 40, C + 70), (cx - 20, C + 66)])
    form(doc, band(strap, 26), sl[0], sl[1], sl[2], RIM, s=(8, 0))
    form(doc, band(turned_pts(B, [(cx - 50, C + 70), (cx - 120, C + 200)]) + [(E[0] + 10, E[1] - 30)], 24), sl[0],
         sl[1], sl[2], None, s=(8, 0))
    cradle = [(E[0] - 36, E[1] - 30), (lerp(E, Wr, 0.5)[0], lerp(E, Wr, 0.5)[1] - 46), (Wr[0] + 30, Wr[1] - 42),
              (Wr[0] + 36, Wr[1] + 30), (lerp(E, Wr, 0.5)[0] + 10, lerp(E, Wr, 0.5)[1] + 70), (E[0] - 10, E[1] + 50)]
    form(doc, cradle, sl[0], sl[1], sl[2], RIM, s=(16, -10), l=(8, 4))
    doc.blob(lens((E[0] - 10, E[1] - 10), (Wr[0] + 20, Wr[1] + 10), -16), sl[1], 0.6)


def rod(ends, w0, w1=None):
    """A straight rod with round ends (a band's long side makes its caps loop out)."""
    p0, p1 = ends
    L = math.hypot(p1[0] - p0[0], p1[1] - p0[1]) or 1
    k = max(2, int(L / (w0 * 0.8)))
    return band([lerp(p0, p1, i / k) for i in range(k + 1)], w0, w1)


def staff_axis(m, a):
    """Where the staff runs: through the middle of the fist, across the fingers. Returns
    the grip point and the unit vector up the staff."""
    from castkit import place
    kind, deg, flip = a["hand"]
    s = m.get("hand_s", 1.0)
    Wr = a["joints"][-1]
    g = place([(48, 0)], Wr[0], Wr[1], deg, s, flip)[0]
    u = (math.cos(math.radians(deg + 90)), math.sin(math.radians(deg + 90)))
    if u[1] > 0:
        u = (-u[0], -u[1])
    return g, u


def rey_staff(doc, m, a, glow=None):
    """Rey's staff, behind her fist. Unlit: the whole pole, taller than she is, with its
    leather grips. Lit (`lit`): a shorter hilt with an emitter at each end and a blue
    blade out of both, glowing. The light itself (the halo, the emitters' glow, the blades
    and their sparks) goes into `glow` when given: the body's own layer laid over the
    body, head and face and never dimmed (the hilt and the fist stay in the body)."""
    F = m["F"]
    g, u = staff_axis(m, a)
    at = lambda y: (g[0] + u[0] * (g[1] - y) / -u[1], y)  # noqa: E731  the staff's point at height y
    metal = ("#7b7e86", "#4c4f57", "#aab0ba")
    grip = ("#5a4636", "#3a2c22", "#7a624e")
    if not a.get("lit"):
        form(doc, rod([at(F["T"] - 70), at(1420)], 24), *metal, RIM, s=(10, 0), l=(6, 0))
        for y in (F["T"] - 40, F["T"] + 120, 1180):
            form(doc, rod([at(y), at(y + 40)], 28), grip[0], grip[1], None, None, s=(8, 0))
        form(doc, rod([at(g[1] - 64), at(g[1] + 64)], 30), grip[0], grip[1], grip[2], None, s=(8, 0), l=(4, 0))
        return
    # the hilt's foot just under the dialogue box's top edge, and the lower blade ending
    # behind the box (above its bottom edge), so it never shows beside or under it
    top, bot = F["T"] + 330, 960
    lit = glow if glow is not None else doc
    up_tip, low_tip = F["T"] - 150, 1190
    blades = [(at(top), at(up_tip)), (at(bot), at(low_tip))]
    # the glow in the wet air round both blades
    fid = lit.uid("f")
    lit.defs.append(f'<filter id="{fid}" filterUnits="userSpaceOnUse" x="-200" y="-200" width="1300" height="1800">'
                    f'<feGaussianBlur stdDeviation="34"/></filter>')
    fid2 = lit.uid("f")
    lit.defs.append(f'<filter id="{fid2}" filterUnits="userSpaceOnUse" x="-200" y="-200" width="1300" height="1800">'
                    f'<feGaussianBlur stdDeviation="9"/></filter>')
    for p0, p1 in blades:
        lit.path(smooth(rod([p0, p1], 120)), "#2f7dff", 0.5, f' filter="url(#{fid})"')
    for p0, p1 in blades:
        lit.path(smooth(rod([p0, p1], 46)), "#5fb2ff", 0.95, f' filter="url(#{fid2})"')
    # the hilt: dark metal, the leather grip under her fist, an emitter collar at each end
    form(doc, rod([at(top - 6), at(bot + 6)], 26), "#5d616b", "#363941", "#9aa2ae", None, s=(10, 0), l=(6, 0))
    form(doc, rod([at(g[1] - 70), at(g[1] + 70)], 30), grip[0], grip[1], grip[2], None, s=(8, 0), l=(4, 0))
    for y, d in ((top, 1), (bot, -1)):
        form(doc, rod([at(y - d * 4), at(y + d * 46)], 34), "#8a8f99", "#4c4f57", "#d8e6f4", None, s=(10, 0), l=(6, 0))
        form(doc, rod([at(y + d * 52), at(y + d * 64)], 30), "#2a2c32", None, None, None)
        # the emitter glows where the blade leaves it
        ellipse(lit, *at(y), 20, 10, "#dff3ff", 0.9)
    # the blades: a near-white core in a blue sheath, a touch wider where they leave the hilt
    for p0, p1 in blades:
        lit.path(smooth(rod([p0, p1], 30, 24)), "#7cc4ff")
        lit.path(smooth(rod([p0, p1], 16, 12)), "#f4fbff")
    # where the rain hits the blades they spit: short bright sparks off both sides
    rng = Rng(71)
    for p0, p1 in blades:
        for i in range(9):
            t = rng.u(0.08, 0.95)
            c = lerp(p0, p1, t)
            if c[1] < 20 or c[1] > 1390:
                continue
            sd = -1 if i % 2 else 1
            ln = rng.u(14, 34)
            q = (c[0] + sd * ln, c[1] - rng.u(-10, 16))
            lit.blob(strand([(c[0] + sd * 10, c[1]), lerp((c[0] + sd * 10, c[1]), q, 0.5), q], 4, 0.2), "#e8f6ff", 0.95)
            circle(lit, q[0] + sd * 4, q[1] - 3, 2.6, "#ffffff", 0.9)


def punch_streaks(doc, joints):
    """Behind a thrown fist (beat 1.4): a few pale streaks along the arm's line, and the
    rain flung off the sleeve, so the blow reads as moving, not held."""
    S0, E, Wr = joints[0], joints[1], joints[-1]
    dx, dy = Wr[0] - S0[0], Wr[1] - S0[1]
    ln = math.hypot(dx, dy) or 1
    ux, uy = dx / ln, dy / ln
    nx, ny = -uy, ux
    # speed lines along the arm's path, the nearest the strongest, trailing back past
    # the shoulder the way the fist came
    for off, k0, k1, op in ((-64, 0.05, 0.95, 0.62), (-34, -0.2, 0.75, 0.5), (56, 0.1, 0.9, 0.58),
                            (86, 0.3, 1.0, 0.42), (-96, 0.35, 0.9, 0.36)):
        a_ = (S0[0] + dx * k0 + nx * off - ux * 60, S0[1] + dy * k0 + ny * off - uy * 60)
        b_ = (S0[0] + dx * k1 + nx * off - ux * 60, S0[1] + dy * k1 + ny * off - uy * 60)
        doc.blob(lens(a_, b_, 4.5, 1.0), "#e6f2ff", op)
    rng = Rng(14)
    for i in range(9):
        t = rng.u(0.2, 1.0)
        off = rng.u(-70, 70)
        x = S0[0] + dx * t + nx * off + ux * rng.u(20, 90)
        y = S0[1] + dy * t + ny * off + uy * rng.u(20, 90)
        r = rng.u(2.5, 5)
        ellipse(doc, x, y, r * 1.3, r * 0.8, "#dff2ff", 0.75)


def kylo_hilt(doc, m, a, wet=True):
    """Kylo's saber hilt, unlit, in Rey's fist (beat 1.5: she calls it out of the mud):
    a rough dark cylinder, the emitter up with the crossguard's two short vents out to
    the sides, ribbed grip rings, the pommel below her fist, and mud on it, all wet."""
    g, u = staff_axis(m, a)
    v = (-u[1], u[0])  # across the hilt
    at = lambda t, d=0: (g[0] + u[0] * t + v[0] * d, g[1] + u[1] * t + v[1] * d)  # noqa: E731  t up the hilt
    metal = ("#4a4c53", "#2a2b30", "#8e96a2")
    dark_ = ("#25262b", "#141518", "#4e525c")
    # the body of the hilt, from the pommel (below the fist) to the emitter (above)
    form(doc, rod([at(-150), at(150)], 36), *metal, RIM, s=(10, 0), l=(6, 0))
    # the crossguard: a collar under the emitter with a vent out to each side
    for sd in (-1, 1):
        form(doc, rod([at(118, sd * 10), at(118, sd * 66)], 24, 18), *metal, RIM, s=(6, 0), l=(4, 0))
        form(doc, rod([at(118, sd * 60), at(118, sd * 74)], 20), *dark_, None, s=(4, 0))
    form(doc, rod([at(104), at(132)], 46), *dark_, None, s=(10, 0), l=(6, 0))
    # the emitter: a flared dark cap with a rough lip, and no blade in it
    form(doc, rod([at(140), at(176)], 40, 46), *metal, RIM, s=(10, 0), l=(6, 0))
    ellipse(doc, *at(178), 22, 8, "#101114", 0.95)
    # grip rings and the pommel's ribbed end below the fist
    for t in (64, 84, -96, -116):
        doc.blob(lens(at(t, -18), at(t, 18), -3, -1), dark_[1], 0.9)
    form(doc, rod([at(-166), at(-140)], 42), *dark_, None, s=(8, 0), l=(5, 0))
    # mud: the clearing still on it
    mud = "#3b2a1c"
    for t, d, r in ((-150, -8, 12), (-128, 10, 9), (-60, -14, 7), (96, 12, 8), (150, -10, 7)):
        ellipse(doc, *at(t, d), r, r * 0.7, mud, 0.85)
    if wet:
        doc.blob(lens(at(-140, 10), at(-60, 12), -3), "#e6f4ff", 0.6)
        doc.blob(lens(at(50, 11), at(110, 12), -3), "#e6f4ff", 0.6)
        drips(doc, [(*at(-172, 2), 4.5)])


def saber_light(doc, m, a):
    """The blades' blue light on her: on the near shoulder, arm and fist (and, when the
    head is painted into the body, the side of the face and the hair), kept to her own
    figure."""
    g, u = staff_axis(m, a)
    blade_light(doc, g[0] + u[0] * 420, g[1] - 420)


def blade_light(doc, lx, ly):
    """A blue light from a blade at (lx, ly) on everything opaque drawn in doc so far
    (their union is the clip): a soft wash and a hard rim on the edges facing it."""
    shapes = [it for it in doc.items if it.startswith("<path") and "opacity" not in it and "evenodd" not in it
              and "filter" not in it]
    ds = [it[it.index('d="') + 3:it.index('"', it.index('d="') + 3)] for it in shapes]
    x, y, w, h = doc.view
    cid = doc.uid()
    doc.defs.append(f'<clipPath id="{cid}">' + "".join(f'<path d="{d}"/>' for d in ds) + "</clipPath>")
    doc.open_group(cid)
    ellipse(doc, lx + 60, ly - 80, 360, 620, doc.radial("#8cc8ff", 0.34, 0.0), 1.0)
    doc.close_group()
    # a hard blue rim on every edge that faces the blades: the figure less itself moved
    # away from the light
    mid = doc.uid("m")
    doc.defs.append(f'<mask id="{mid}" maskUnits="userSpaceOnUse" x="{x}" y="{y}" width="{w}" height="{h}">'
                    + "".join(f'<path d="{d}" fill="#ffffff"/>' for d in ds)
                    + '<g transform="translate(13 3)">' + "".join(f'<path d="{d}" fill="#000000"/>' for d in ds)
                    + "</g></mask>")
    doc.items.append(f'<g mask="url(#{mid})">')
    ellipse(doc, lx, ly + 120, 360, 700, doc.radial("#bfe4ff", 1.0, 0.0), 1.0)
    doc.items.append("</g>")


def rey_head_light(doc, F):
    """The lit staff's light on her head when the head is a layer of its own (the staff
    stands about 300 px out to her right, the blade rising past her head)."""
    blade_light(doc, F["cx"] - 298, F["T"] + 255)


# =========================================================================== Kylo
def kylo_moles(doc, F, g):
    for dx, dy, r in ((-74, 70, 3.2), (-40, 128, 2.6), (66, 96, 3), (30, 170, 2.4), (-92, 26, 2.2)):
        circle(doc, g["cx"] + dx, g["ey"] + dy, r, "#5a3a30", 0.85)


KYLO_F = dict(
    cx=CX, T=112, h=392, far=0.97, neck=76, ear=1.0, hollow=0.4, socket=0.34,
    outline=[(0, 0), (0.03, 62), (0.13, 112), (0.3, 127), (0.47, 126), (0.6, 121), (0.74, 109), (0.85, 88),
             (0.94, 54), (0.985, 27), (1, 0)],
    skin="#ecc9b1", skin_sh="#bb8f7c", skin_lt="#fadfcd", skin_deep="#8a5a4e", rim=RIM, blush="#d8706a",
    eye=dict(y=0.49, dx=63, w=70, h=16, tilt=-3, crease=6, lash=5, flick=0, iris="#4a2c1c", iris_lt="#7a5030",
             lower=0.7),
    # heavy, dark brows and lips near his skin's own tone: at 720p a redder mouth and
    # thinner brows read soft on his long face
    brow=dict(gap=35, t=20.5, len=0.84, arch=4, col="#19130f", droop=3, inner_t=1.2),
    nose=dict(tip=0.72, w=19, dx=5, bump=True),
    mouth=dict(y=0.825, w=40, ul=9, ll=12.5, lip="#c29a8c", lip_dark="#a17a6e", line="#3e1e1a"),
    hairc=("#1d1a20", "#0c0b0f", "#3b3644"), hair="#1d1a20",
    seed=5,
    # soaked (the `wet` extra, which mirrors with the face): strands stuck to the forehead
    # and along the cheeks' edges, off the scar's line whichever way he faces
    wet_strands=[([(4, 50), (8, 96), (2, 136)], 10),
                 ([(-112, 120), (-108, 200), (-114, 270), (-100, 330)], 12),
                 ([(108, 110), (112, 190), (104, 260)], 10),
                 ([(-90, 60), (-100, 104), (-104, 150)], 8),
                 ([(84, 70), (92, 112), (96, 150)], 8)],
    drops=[(-100, 0.62), (36, 0.7), (-20, 0.93), (92, 0.44), (-96, 0.3), (8, 0.25), (10, 0.72)],
)


def wavy(p0, p1, amp, waves, phase=0.0, n=9, bend=0.0):
    """Points from p0 to p1 waving across the line by amp (growing from the root), and
    bowing out by bend in the middle."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    ln = math.hypot(dx, dy) or 1
    nx, ny = -dy / ln, dx / ln
    out = []
    for i in range(n):
        t = i / (n - 1)
        off = amp * min(1.0, t * 2.5) * math.sin(phase + 2 * math.pi * waves * t) + bend * math.sin(math.pi * t)
        out.append((p0[0] + dx * t + nx * off, p0[1] + dy * t + ny * off))
    return out


def lock_shape(pts, width, tip=0.04):
    """A heavy lock of hair along pts: full for most of its length, swelling a little in
    the middle, then tapering to an uneven point."""
    k = len(pts)
    left, right = [], []
    for i, (x, y, nx, ny) in enumerate(normals(pts)):
        t = i / (k - 1)
        w = width * (0.8 + 0.25 * math.sin(math.pi * min(1.0, t / 0.75)))
        if t > 0.62:
            w *= max(tip, 1 - ((t - 0.62) / 0.38) ** 1.3)
        w = w / 2 + 0.5
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w * 0.9, y - ny * w * 0.9))
    return left + right[::-1]


def kylo_lock(doc, F, pts, wd, wet, dark_=False, rim=False):
    """One lock: its shape in the house shading, a dark seam down its shadowed edge and a
    sheen along its lit side, so neighbouring locks read apart."""
    H = F["hairc"]
    shape = A(F, lock_shape(pts, wd))
    if dark_:
        base = dark(H[0], 0.7)
        form(doc, shape, base, dark(H[1], 0.8), None, None, s=(wd * 0.3, 4))
    else:
        hair_form(doc, F, shape, wet, s=(wd * 0.28, 4), l=(wd * 0.16, 0), rim=rim)
    mid = pts[1:-2]
    # the sheen: a thin bright crescent down the lit side of the lock's upper half
    lt = mix(H[2], "#cfe6ff", 0.45) if wet else H[2]
    for (x0, y0), (x1, y1) in list(zip(mid, mid[1:]))[:4:2]:
        doc.blob(lens(A(F, [(x0 + wd * 0.12, y0)])[0], A(F, [(x1 + wd * 0.12, y1)])[0], -3, -1), lt,
                 0.75 if wet else 0.55)
    # a strand line along the lock
    hair_lines(doc, F, [((mid[0][0] - wd * 0.15, mid[0][1]), (mid[-1][0] - wd * 0.1, mid[-1][1]), 3)], wet)


# Kylo's hair: heavy, slightly wavy locks to the jaw, parted off the middle, each lock
# apart from the next toward its end (the background and his neck show between), the
# ends uneven. (root, end, width, wave amplitude, waves, phase, bend.) Soaked, it is the
# same hair, the same locks and silhouette (one face in every set): only darker and
# glossier, dripping at the ends, a few strands clumped and stuck to the forehead.
KYLO_SIDE = [((-140, 30), (-178, 402), 54, 8, 0.9, 0.0, -12), ((-150, 70), (-198, 362), 42, 7, 1.0, 1.2, -8),
             ((-124, 80), (-142, 376), 44, 7, 0.9, 2.2, 4), ((-112, 130), (-120, 316), 34, 6, 1.0, 0.6, 6),
             ((140, 30), (180, 392), 52, 8, 0.9, 0.4, 12), ((150, 70), (196, 350), 40, 7, 1.0, 1.8, 8),
             ((124, 84), (144, 384), 44, 7, 0.9, 2.8, -4), ((112, 134), (118, 304), 32, 6, 1.0, 1.0, -6)]
KYLO_BACK = [((-150, 190), (-188, 420), 54, 7, 0.9, 0.3, -8), ((-112, 220), (-124, 408), 44, 6, 1.0, 1.5, 4),
             ((150, 190), (188, 410), 52, 7, 0.9, 1.0, 8), ((112, 220), (126, 398), 42, 6, 1.0, 2.2, -4)]
# the fringe from the parting (a little left of the middle): heavy locks swept across
# the forehead to different lengths, pointed at their ends, and stray strands
KYLO_FRINGE = [((-20, -40), (74, 128), 84, 5, 0.6, 0.0, 22), ((10, -40), (128, 100), 74, 5, 0.6, 1.0, 16),
               ((44, -34), (162, 80), 60, 4, 0.6, 2.0, 10), ((-36, -36), (-104, 104), 70, 5, 0.6, 0.5, -16),
               ((-70, -26), (-146, 112), 56, 4, 0.7, 1.5, -10), ((-14, -30), (28, 136), 52, 4, 0.6, 0.2, 10)]
# the stray strands over the forehead, kept off the scar's line on both cheeks (the head
# layer is mirrored on the right of the stage, the scar is not): soaked, they clump
KYLO_STRANDS = [([(14, 30), (24, 80), (28, 122), (24, 148)], 8), ([(40, 40), (50, 86), (50, 120)], 7),
                ([(-56, 50), (-64, 96), (-62, 126)], 6)]
# where the soaked locks drip: their ends (see KYLO_SIDE)
KYLO_DRIPS = [(-178, 408), (-198, 368), (-142, 382), (180, 398), (196, 356), (144, 390)]


def kylo_hair_back(doc, F, wet, var):
    """Behind the skull: the crown's mass down to about the ears, and the locks behind
    hanging apart to the jaw, darker, with gaps."""
    pts = [(-166, 250), (-184, 150), (-164, 40), (-100, -26), (-20, -48), (60, -44), (124, -20), (170, 40),
           (188, 140), (172, 250), (120, 230), (-120, 230)]
    hair_form(doc, F, A(F, pts), wet, s=(16, 0), l=(10, 0))
    for root, end, wd, amp, wv, ph, bend in KYLO_BACK:
        kylo_lock(doc, F, wavy(root, end, amp, wv, ph, bend=bend), wd, wet, dark_=True)


def kylo_hair_front(doc, F, wet, var):
    cap = [(-150, 130), (-170, 50), (-138, -14), (-74, -46), (0, -54), (76, -46), (138, -12), (170, 56), (156, 130),
           (138, 116), (118, 82), (88, 58), (48, 40), (10, 24), (-22, 16), (-44, 30), (-82, 56), (-114, 92),
           (-136, 128)]
    hair_form(doc, F, A(F, cap), wet, s=(14, 10))
    # the side locks: the outer ones first, the ones over the cheek's edge last
    for root, end, wd, amp, wv, ph, bend in sorted(KYLO_SIDE, key=lambda L: -abs(L[0][0]) - L[0][1] * 0.01):
        kylo_lock(doc, F, wavy(root, end, amp, wv, ph, bend=bend), wd, wet, rim=root[0] > 0 and root[1] < 80)
    # the crown: strand lines fanning from the parting
    hair_lines(doc, F, [((-30, -40), (-130, 40), 12), ((-24, -40), (-90, 10), 8), ((-20, -40), (120, 20), -14),
                        ((-10, -44), (80, -10), -8)], wet)
    hair_lines(doc, F, [((-80, -30), (-26, -46), -6), ((10, -46), (100, -24), -6), ((-130, 10), (-100, -20), -4)],
               wet, True)
    for root, end, wd, amp, wv, ph, bend in KYLO_FRINGE:
        kylo_lock(doc, F, wavy(root, end, amp, wv, ph, n=7, bend=bend), wd, wet)
    if wet:
        # soaked: the loose strands clump thicker and cling, the crown and the locks shine, the ends drip
        for pts, wd in KYLO_STRANDS:
            hair_form(doc, F, A(F, strand(pts, wd * 1.6, 0.3)), wet, s=(3, 3), l=(2, 0), rim=False)
        sheen(doc, [(A(F, [(-110, -24)])[0], A(F, [(-30, -46)])[0], -5), (A(F, [(30, -46)])[0], A(F, [(120, -16)])[0], -5),
                    (A(F, [(-160, 80)])[0], A(F, [(-168, 200)])[0], 3), (A(F, [(160, 80)])[0], A(F, [(168, 200)])[0], -3)],
              0.6)
        drips(doc, [(x, y, 5.5) for x, y in A(F, KYLO_DRIPS)])
    else:
        # a few strands loose over the forehead
        for pts, wd in KYLO_STRANDS:
            hair_form(doc, F, A(F, strand(pts, wd, 0.2)), wet, s=(2, 2), l=(1, 0), rim=False)


def kylo_outfit(doc, M, B, wet, var):
    cx, C = B["cx"], B["C"]
    if var == "gown":
        g = tones("#b9cbd4", False)
        form(doc, B["torso"], g[0], g[1], g[2], None, s=(30, 0), l=(14, 0))
        # a wide V neck and the ties at the shoulder
        v = [(cx - 80, C + 56), (cx + 80, C + 54), (cx + 10, C + 230)]
        fc_skin = M["F"]
        form(doc, v, fc_skin["skin"], fc_skin["skin_sh"], None, None, s=(18, 0))
        doc.blob(lens((cx - 80, C + 56), (cx + 10, C + 232), 8), g[1], 0.9)
        doc.blob(lens((cx + 10, C + 232), (cx + 82, C + 54), 8), g[2], 0.9)
        doc.blob(lens((cx - 40, C + 180), (cx - 110, C + 500), -12), g[1], 0.6)
        doc.blob(lens((cx + 60, C + 260), (cx + 100, C + 520), -10), g[1], 0.5)
        rng = Rng(2)
        for i in range(40):
            x, y = cx + rng.u(-200, 200), C + rng.u(120, 820)
            circle(doc, x, y, 3, "#9fb4c0", 0.6)
        for k in (-1, 1):
            form(doc, band([(cx + k * 150, C + 110), (cx + k * 170, C + 160)], 10), "#8ea2ae", None, None, None)
        return
    if var == "plain":
        # worn spacer clothes, a faded grey-brown: nothing like the black coat (4.2 on)
        p = tones("#665c4f", wet)
        form(doc, B["torso"], p[0], p[1], p[2], None, s=(30, 0), l=(14, 0))
        F = M["F"]
        v = [(cx - 54, C + 60), (cx + 58, C + 58), (cx + 6, C + 190)]
        form(doc, v, F["skin"], F["skin_sh"], None, None, s=(16, 0))
        doc.blob(lens((cx - 58, C + 58), (cx + 4, C + 194), 10, 4), p[2], 0.9)
        doc.blob(lens((cx + 6, C + 194), (cx + 60, C + 56), 10, 4), p[1], 0.9)
        form(doc, band([(cx + 6, C + 190), (cx + 8, C + 420)], 18), p[1], None, None, None)
        for y in (C + 250, C + 330, C + 400):
            circle(doc, cx + 8, y, 5, dark(p[0], 0.6))
        doc.blob(lens((cx - 150, C + 180), (cx - 60, C + 520), 14), p[1], 0.6)
        doc.blob(lens((cx + 80, C + 260), (cx + 150, C + 600), -12), p[1], 0.6)
        return
    # the black coat: quilted tunic, high collar, a cowl over the shoulders
    c = tones("#2d2c36", wet, 0.6, 1.3)
    form(doc, B["torso"], c[0], c[1], c[2], None, s=(36, 0), l=(14, 0))
    for i in range(6):
        y = C + 240 + i * 46
        doc.blob(lens((cx - 150, y), (cx + 160, y - 6), -3, -1), c[1], 0.5)
    cowl = [(cx - 78, C + 40), (cx - 150, C + 90), (cx - 236, C + 150), (cx - 250, C + 230), (cx - 170, C + 300),
            (cx - 40, C + 330), (cx + 80, C + 320), (cx + 200, C + 270), (cx + 216, C + 190), (cx + 180, C + 110),
            (cx + 78, C + 40), (cx + 60, C + 120), (cx, C + 150), (cx - 60, C + 120)]
    form(doc, cowl, c[0], c[1], c[2], RIM, s=(24, 16), l=(12, -4), rim_op=0.9)
    for a, b, bow in (((cx - 200, C + 170), (cx - 60, C + 300), 10), ((cx - 120, C + 150), (cx - 20, C + 250), 8),
                      ((cx + 60, C + 250), (cx + 180, C + 180), 8), ((cx + 20, C + 200), (cx + 140, C + 140), 6)):
        doc.blob(lens(a, b, bow), c[1], 0.9)
    doc.blob(lens((cx + 100, C + 120), (cx + 190, C + 220), -8), c[2], 0.8)
    collar = [(cx - 70, C + 30), (cx + 70, C + 28), (cx + 66, C + 130), (cx, C + 150), (cx - 64, C + 130)]
    form(doc, collar, c[0], c[1], c[2], RIM, s=(14, 6), l=(8, 0))
    doc.blob(lens((cx - 60, C + 40), (cx - 6, C + 140), -6), c[1], 0.8)
    # belt with a plain buckle
    bl = tones("#1a191f", wet)
    belt = [(cx - 200, 1318), (cx + 10, 1332), (cx + 190, 1316), (cx + 192, 1368), (cx + 10, 1384), (cx - 202, 1370)]
    form(doc, belt, bl[0], bl[1], bl[2], RIM, s=(10, 0))
    form(doc, [(cx - 4, 1326), (cx + 52, 1324), (cx + 54, 1374), (cx - 2, 1376)], "#6f7480", "#4a4e58", "#a8aeb8",
         None, s=(8, 0), l=(6, 0))
    if var == "wounded":
        kylo_wound(doc, M, B, c)
    if wet:
        sheen(doc, [((cx - 220, C + 170), (cx - 120, C + 110), 7), ((cx + 110, C + 120), (cx + 210, C + 200), -7),
                    ((cx - 60, C + 262), (cx + 60, C + 292), 5), ((cx + 150, C + 400), (cx + 170, C + 580), -6),
                    ((cx - 170, C + 420), (cx - 150, C + 620), 6), ((cx - 20, C + 150), (cx + 50, C + 120), 4),
                    ((cx + 60, C + 340), (cx + 80, C + 480), -4), ((cx - 90, C + 360), (cx - 80, C + 520), 4)], 0.7)
        drips(doc, [(cx - 236, C + 250, 6), (cx + 200, C + 290, 5), (cx - 40, C + 345, 5), (cx + 90, C + 340, 4)])


def soak(doc, x, y, r, seed, deg=0.0, wet_cloth=True):
    """Blood soaked into dark cloth: a soft, irregular stain, darkest and thickest where it
    pooled (toward its lower side), spreading out into the weave, with a wet sheen."""
    doc.blob(ragged(x, y + r * 0.1, r * 1.15, seed, k=16, sq=0.8, deg=deg), "#22080b", 0.6, extra=blur(doc, 4))
    doc.blob(ragged(x, y + r * 0.22, r * 0.82, seed + 3, k=14, sq=0.75, deg=deg), "#3e0a10", 0.7,
             extra=blur(doc, 4))
    doc.blob(ragged(x + r * 0.05, y + r * 0.32, r * 0.5, seed + 5, k=12, sq=0.7, deg=deg), "#24050a", 0.75,
             extra=blur(doc, 3))
    if wet_cloth:
        for dx, dy, ln in ((-0.4, -0.1, 0.5), (0.2, 0.3, 0.35)):
            p0 = (x + r * dx, y + r * dy)
            doc.blob(lens(p0, (p0[0] + r * ln, p0[1] - r * ln * 0.25), -3, -1), "#c46a74", 0.35, extra=blur(doc, 1.2))


def gauze(doc, pts_clip, x0, x1, y0, y1, bow, bands, seed):
    """Gauze wound round a rounded form, drawn inside the clip `pts_clip`: pale bands that
    bow with the form (bow px down in their middle), each lapping over the one below with a
    soft shadow under its edge."""
    rng = Rng(seed)
    cid = doc.clip(smooth(pts_clip))
    doc.open_group(cid)
    doc.blob([(x0 - 40, y0 - 40), (x1 + 40, y0 - 40), (x1 + 40, y1 + 60), (x0 - 40, y1 + 60)], "#cfc6b8")
    hgt = (y1 - y0) / bands
    for i in range(bands + 1):
        yy = y0 + i * hgt + rng.u(-4, 4)
        tilt = rng.u(-10, 10)
        top = [(x0 - 40, yy - tilt), (lerp((x0, 0), (x1, 0), 0.5)[0], yy + bow), (x1 + 40, yy + tilt)]
        # the band: lighter in the middle, the shadow of the band above along its top edge
        doc.blob(band(shift(top, 0, hgt * 0.5), hgt * 0.9), "#e2dbcf", 0.9)
        doc.blob(band(shift(top, 0, hgt * 0.62), hgt * 0.3), "#fbf8f2", 0.8, extra=blur(doc, 2))
        doc.blob(band(shift(top, 0, 4), 10), "#7d7468", 0.75, extra=blur(doc, 2.5))
        # the weave: faint threads along the band
        for j in range(3):
            q = shift(top, 0, hgt * (0.25 + 0.22 * j))
            doc.blob(band(q, 1.2), "#b8ae9f", 0.45)
    # the form turning away at the far end: shaded
    doc.blob([(x0 - 40, y0 - 40), (x0 + 50, y0 - 40), (x0 + 30, y1 + 60), (x0 - 40, y1 + 60)], "#6e665c", 0.45,
             extra=blur(doc, 18))
    doc.close_group()
    return cid


def kylo_wound(doc, M, B, c):
    """The blaster graze at his near side, on the lower ribs: the coat ripped open in a
    three-cornered tear, its edges frayed and a flap of it hanging, the gauze wound round
    his ribs showing through in curved bands, blood soaked through the dressing (dark
    and thick at the middle, pink at its edge) and into the black cloth all round it,
    wet and run down. Above the dialogue box; a wound that has been seen to, not gore."""
    cx, C = B["cx"], B["C"]
    ox, oy = cx - 96, C + 372
    rng = Rng(47)
    # the blood in the cloth: a wide wet stain round the rip, heaviest below it
    soak(doc, ox + 6, oy + 24, 128, 5, -12)
    for x0, ln, wd in ((-64, 120, 13), (-14, 170, 11), (40, 80, 9)):
        p0 = (ox + x0, oy + 90)
        run = [p0, (p0[0] - 4, p0[1] + ln * 0.45), (p0[0] + 3, p0[1] + ln)]
        doc.blob(strand(run, wd, 0.45), "#300810", 0.85, extra=blur(doc, 1.2))
        circle(doc, run[-1][0], run[-1][1] + 2, wd * 0.36, "#300810", 0.85)
        doc.blob(strand(shift(run[:-1], 2, 0), wd * 0.25, 0.3), "#a4505a", 0.45)
    # the tear: a long ragged gash across the ribs with a second rip down from its middle
    # (a three-cornered tear), the lower flap fallen open; its edges jag in sharp teeth
    top = []
    for i in range(22):
        t = i / 21
        x = ox - 134 + 268 * t + rng.u(-5, 5)
        y = oy - 10 - 40 * t - (1 - (2 * t - 1) ** 2) * 26 + rng.u(-4, 5)
        if i == 12:  # a tongue of cloth hanging into the tear, curled
            top += [(x - 10, y), (x - 2, y + 20), (x + 8, y + 16), (x + 12, y)]
        else:
            top.append((x, y + rng.u(-3, 3)))
    low = [(ox + 100, oy - 16), (ox + 78, oy - 8), (ox + 62, oy + 10), (ox + 44, oy + 16), (ox + 30, oy + 44),
           (ox + 22, oy + 60), (ox + 6, oy + 98), (ox - 6, oy + 78), (ox - 18, oy + 70), (ox - 30, oy + 46),
           (ox - 52, oy + 44), (ox - 74, oy + 30), (ox - 96, oy + 30), (ox - 118, oy + 12)]
    low = [(x + rng.u(-3, 3), y + rng.u(-3, 3)) for x, y in low]
    low = [q for p_ in low for q in (p_, p_)]
    hole = top + low
    # the cloth's torn edge, a little lighter, just outside the hole
    doc.blob([(x + (x - ox) * 0.03, y + (y - oy) * 0.1 - 3) for x, y in hole], "#4a4452", 0.95)
    gauze(doc, hole, ox - 140, ox + 140, oy - 90, oy + 100, 22, 4, 9)
    # blood through the dressing, soft: thick and dark at the middle, pink at its edge
    cid = doc.clip(smooth(hole))
    doc.open_group(cid)
    doc.blob(ragged(ox + 6, oy + 10, 96, 13, k=14, sq=0.55, deg=-22), "#c99a92", 0.7, extra=blur(doc, 7))
    doc.blob(ragged(ox - 20, oy + 22, 64, 19, k=14, sq=0.5, deg=-30), "#a3303a", 0.85, extra=blur(doc, 4))
    doc.blob(ragged(ox - 40, oy + 34, 30, 23, k=12, sq=0.8, deg=-12), "#6a0f18", 0.9, extra=blur(doc, 3))
    doc.blob(ragged(ox + 30, oy + 4, 20, 29, k=10, sq=0.7, deg=-12), "#7a1620", 0.7, extra=blur(doc, 3))
    # the shadow the coat's edge throws into the hole
    doc.path(smooth(hole) + " " + smooth(shift(hole, 6, 16)), "#120c10", 0.7, ' fill-rule="evenodd"')
    doc.close_group()
    # the flap: the torn piece of coat folded down from the lower edge, its dull lining out,
    # blood soaked into it
    a_, b_ = low[8], low[12]
    flap = [a_, a_, b_, b_, (b_[0] - 12, b_[1] + 40), (b_[0] - 4, b_[1] + 56), (a_[0] + 10, a_[1] + 62),
            (a_[0] + 18, a_[1] + 44)]
    form(doc, flap, "#3e3948", "#26232c", None, None, s=(6, 0))
    doc.blob(ragged((a_[0] + b_[0]) / 2 + 6, a_[1] + 36, 18, 31, sq=1.0), "#3a0a10", 0.8, extra=blur(doc, 3))
    # frayed threads along both edges
    for i in range(1, 12, 2):
        p_ = top[i]
        q = (p_[0] + rng.u(-5, 5), p_[1] + rng.u(7, 14))
        doc.blob(lens(p_, q, rng.u(-1.5, 1.5), 0), "#6c6478", 0.9)
    for p_ in low[2:-2:4]:
        q = (p_[0] + rng.u(-5, 5), p_[1] - rng.u(7, 12))
        doc.blob(lens(p_, q, rng.u(-1.5, 1.5), 0), "#6c6478", 0.9)
    # a graze on the far shoulder: the cloth scorched and darkened, soft-edged
    ellipse(doc, cx + 172, C + 196, 46, 24, "#1a0e10", 0.7, 40)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, 8) + "/>")
    doc.blob(ragged(cx + 172, C + 196, 22, 61, sq=0.45, deg=40), "#3a1016", 0.6, extra=blur(doc, 4))


def kylo_sleeve(M, wet, var):
    if var == "gown":
        return dict(sleeve=tones("#b9cbd4"), sleeve_to=0.42)
    if var == "plain":
        return dict(sleeve=tones("#60574b", wet), sleeve_to=0.78, cuff=tones("#504840", wet))
    return dict(sleeve=tones("#2d2c36", wet, 0.6, 1.3), sleeve_to=1.0, sheen=wet)


def kylo_bruise(doc, F):
    """Chapter 7: bruised down his own left side (the viewer's right in the unmirrored art):
    a swollen cheekbone going purple and a darker mark along the jaw."""
    g = fc.geo(F)
    cx, ey, h = g["cx"], g["ey"], g["h"]
    cid = doc.clip(smooth(fc.outline_pts(F)))
    doc.open_group(cid)
    ellipse(doc, cx + 86, ey + 52, 50, 36, doc.radial("#7a4a78", 0.55), 1.0, -20)
    ellipse(doc, cx + 80, ey + 48, 30, 20, doc.radial("#5e2f5a", 0.5), 1.0, -20)
    ellipse(doc, cx + 98, ey + 76, 34, 16, doc.radial("#b8a050", 0.3), 1.0, -30)
    ellipse(doc, cx + 96, g["T"] + h * 0.9, 34, 22, doc.radial("#6a3c66", 0.45), 1.0, -40)
    # a nick over the brow
    doc.blob(lens((cx + 84, ey - 70), (cx + 106, ey - 62), -3, 1), "#8a2a2e", 0.9)
    doc.close_group()


def kylo_split_lip(doc, F):
    """Chapter 7: his lower lip split, toward his own left (one-sided): a dark cut and a
    little swelling, drawn over whatever mouth he makes."""
    g = fc.geo(F)
    M = F["mouth"]
    # measured from the face's axis, not the mouth's middle (which sits a little toward
    # the way he faces): unmirrored or mirrored, it stays on the lower lip
    x, y = g["cx"] + M["w"] * 0.3, g["my"] + M["ll"] * 0.9
    ellipse(doc, x, y + 2, 13, 8, doc.radial("#b0524e", 0.6), 1.0)
    doc.blob(strand([(x - 2, y - 6), (x + 1, y + 2), (x - 1, y + 10)], 3.4, 0.3), "#6a1418", 0.95)
    circle(doc, x + 1, y + 12, 2.2, "#7a1c1e", 0.8)


def tear_edge(rng, u0, u1, v, n, sag, tongues=(), skew=0.0):
    """One ragged edge of a tear in local coordinates (u along the tear, v across):
    jittered, with corners here and there and tongues of cloth hanging into the gap."""
    out = []
    for i in range(n + 1):
        t = i / n
        u = u0 + (u1 - u0) * t + rng.u(-4, 4)
        w = v * (1 - (2 * t - 1) ** 2) ** 0.7 * (1 + skew * (2 * t - 1)) + sag * math.sin(t * math.pi * 2.3) + rng.u(-3, 3)
        if i in tongues:
            d = 1 if v < 0 else -1
            out += [(u - 5, w), (u - 5, w), (u + 1, w + d * rng.u(10, 16)), (u + 7, w), (u + 7, w)]
        elif 0 < i < n and rng.r() < 0.35:
            out += [(u, w), (u, w)]
        else:
            out.append((u, w))
    return out


def bandage_arm(doc, E, Wr, w, t0=0.3, t1=0.82, seed=3):
    """Gauze wound round a forearm from t0 to t1 of the way from elbow E to wrist Wr: a
    sleeve of pale gauze a little wider than the arm, its turns slanting round it (each
    band curved with the arm's roundness, a soft shadow under its edge), a soft shadow
    where it meets the skin, a loose end, and blood seeping through at the middle."""
    rng = Rng(seed)
    dx, dy = Wr[0] - E[0], Wr[1] - E[1]
    ln = math.hypot(dx, dy) or 1
    ax, ay = dx / ln, dy / ln  # along the arm
    nx, ny = -ay, ax  # across it
    a, b = lerp(E, Wr, t0), lerp(E, Wr, t1)
    # the gauze's soft shadow on the skin just past each end
    for p_ in (a, b):
        doc.blob([(p_[0] + nx * w * 0.55, p_[1] + ny * w * 0.55), (p_[0] - nx * w * 0.55, p_[1] - ny * w * 0.55),
                  (p_[0] - nx * w * 0.5 + ax * 14, p_[1] - ny * w * 0.5 + ay * 14),
                  (p_[0] + nx * w * 0.5 + ax * 14, p_[1] + ny * w * 0.5 + ay * 14)], "#5a3a30", 0.35,
                 extra=blur(doc, 4))
    outline = limb([a, lerp(a, b, 0.5), b], [w * 1.1, w * 1.12, w * 1.06])
    form(doc, outline, "#e6dfd2", "#a59c8e", "#fbf8f2", None, s=(10, 6), l=(6, -4))
    cid = doc.clip(smooth(outline))
    doc.open_group(cid)
    turns = 6
    for i in range(turns + 1):
        t = i / turns
        c = lerp(a, b, t)
        sl = 0.35  # the turns slant round the arm (a spiral)
        p0 = (c[0] + nx * w * 0.7 - ax * w * sl, c[1] + ny * w * 0.7 - ay * w * sl)
        p2 = (c[0] - nx * w * 0.7 + ax * w * sl, c[1] - ny * w * 0.7 + ay * w * sl)
        p1 = (c[0] + ax * w * 0.16, c[1] + ay * w * 0.16)  # bowed with the arm's roundness
        curve = [p0, p1, p2]
        doc.blob(band(curve, 7), "#8a8174", 0.7, extra=blur(doc, 2))
        doc.blob(band([(x - ax * 6, y - ay * 6) for x, y in curve], 4), "#ffffff", 0.6, extra=blur(doc, 1))
    # blood seeping through at the middle, soft: dark at its heart, pink at its edge
    m_ = lerp(a, b, 0.5)
    doc.blob(ragged(m_[0], m_[1], w * 0.4, seed + 40, sq=0.7), "#c8968c", 0.7, extra=blur(doc, 4))
    doc.blob(ragged(m_[0] + 2, m_[1] + 2, w * 0.24, seed + 41, sq=0.7), "#9a3038", 0.75, extra=blur(doc, 3))
    # the arm turning away underneath: shade along the lower side
    doc.blob(band([(a[0] - nx * w * 0.6, a[1] - ny * w * 0.6), (b[0] - nx * w * 0.6, b[1] - ny * w * 0.6)], w * 0.3),
             "#6e665c", 0.4, extra=blur(doc, 6))
    doc.close_group()
    # the loose end, tucked under at the wrist's end and lifting a little
    e0 = (b[0] + nx * w * 0.3, b[1] + ny * w * 0.3)
    tail = [e0, (e0[0] + ax * 18 + nx * 10, e0[1] + ay * 18 + ny * 10), (e0[0] + ax * 30 + nx * 24, e0[1] + ay * 30 + ny * 24)]
    form(doc, strand(tail, 14, 0.6), "#e6dfd2", "#a59c8e", None, None, s=(3, 3))


def kylo_torn_shoulder(doc, M, B, at=(0, 0), flap=True, k=1.0, gauze=True):
    """Chapter 7: his shirt ripped open along the near shoulder's seam, where the sleeve
    meets the body: a narrow, ragged split running down the front of the shoulder, its
    frayed edges pulled apart, a few threads of the seam still across it, and in it a
    little of the shoulder's skin, scraped, with a square of gauze taped over the worst.
    On the near shoulder (the viewer's left in the unmirrored art): in chapter 7 he
    always stands on the right, mirrored, so it shows on the same side as his bruised
    cheek (one-sided, his left). `flap` (the old fallen flap) is kept for the callers and
    no longer drawn; k shortens the split (the cell, where his arms cover the front)."""
    import body as bd
    from castkit import place
    F = M["F"]
    (sx, sy), _ = bd.shoulders(B)
    # the split's centre on the seam; it runs down the front of the shoulder
    ox, oy, deg = sx + 36 + at[0], sy + 20 + at[1], 84
    L = lambda pts: place([(u * k, v) for u, v in pts], ox, oy, deg)  # noqa: E731
    rng = Rng(53)
    cloth, edge = "#566070", "#6a7482"
    # dirt and sweat darkening the shirt round the split
    doc.blob(L(ragged(0, 0, 70, 7, sq=0.45)), "#1c2028", 0.4, extra=blur(doc, 8))
    top = tear_edge(rng, -58, 60, -23, 12, 3, tongues=(5,))
    bot = tear_edge(rng, 60, -58, 25, 12, -3, tongues=(8,), skew=0.3)
    hole = L(top + bot)
    # the cut edge of the cloth, lighter, just outside the opening
    doc.blob(L([(u * 1.04, v * 1.22 + (-2 if v < 0 else 2)) for u, v in top + bot]), cloth, 0.95)
    # the shoulder's skin in it: lit high, shaded under the cloth
    form(doc, hole, F["skin"], F["skin_sh"], F["skin_lt"], None, s=(6, 6), l=(4, -4))
    doc.open_group(doc.clip(smooth(hole)))
    # a bruise's soft purple at the lower end, the scrape's raw red at the upper
    doc.blob(L(ragged(-4, 6, 40, 21, sq=0.6)), "#7a4a78", 0.3, extra=blur(doc, 8))
    doc.blob(L(ragged(-28, 2, 24, 25, sq=0.5)), "#b0473f", 0.6, extra=blur(doc, 4))
    for j in range(3):
        u0 = rng.u(-48, -20)
        v0 = rng.u(-8, 8)
        doc.blob(L(lens((u0, v0), (u0 + rng.u(14, 24), v0 + rng.u(-3, 3)), 1.0, 0)), "#8a2a28", 0.75)
    # a square of gauze over the middle, its tape across, a little blood through it
    if gauze:
        pad = L([(8, -16), (8, -16), (46, -14), (46, -14), (44, 20), (44, 20), (6, 18), (6, 18)])
        form(doc, pad, "#ece6da", "#b8b0a2", "#ffffff", None, s=(4, 0), l=(3, 0))
        doc.blob(L(ragged(24, 2, 8, 27, sq=0.8)), "#a0403a", 0.45, extra=blur(doc, 3))
        doc.blob(L([(0, -8), (54, -10), (54, -2), (0, 0)]), "#d8cfbe", 0.95)
    # the shadow of the cloth's upper edge on the skin
    doc.path(smooth(hole) + " " + smooth(shift(hole, 3, 7)), "#22161a", 0.55, ' fill-rule="evenodd"')
    doc.close_group()
    # threads of the seam still holding across the split, and frayed ends along it
    for u_ in (-44, -2, 44):
        if abs(u_) * k > 40 and k < 1:
            continue
        doc.blob(L(lens((u_, -17), (u_ + rng.u(-4, 4), 19), rng.u(-2, 2), 0)), edge, 0.9)
    for p_ in L(top[1::3]):
        q = (p_[0] + rng.u(-4, 4), p_[1] + rng.u(5, 9))
        doc.blob(lens(p_, q, rng.u(-1.2, 1.2), 0), edge, 0.9)
    for p_ in L(bot[2::3]):
        q = (p_[0] + rng.u(-4, 4), p_[1] - rng.u(5, 8))
        doc.blob(lens(p_, q, rng.u(-1.2, 1.2), 0), edge, 0.9)


def seam(pts, width):
    """A closed outline along pts, thin at both ends and widest in the middle (a healed cut).
    width: one number, or one per point (the width the turn leaves it, see `kylo_scar`)."""
    k = len(pts)
    ws = width if isinstance(width, (list, tuple)) else [width] * k
    left, right = [], []
    for i, (x, y) in enumerate(pts):
        a, b = pts[max(0, i - 1)], pts[min(k - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1
        nx, ny = -dy / ln, dx / ln
        t = i / (k - 1)
        w = ws[i] * (0.12 + 0.88 * math.sin(math.pi * t) ** 0.7) / 2
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w, y - ny * w))
    return left + right[::-1]


# Kylo's scar, one for every set (dry or soaked, facing either way): the widths it shows
# at (canvas px, before the turn) of its pale ridge on the forehead and on the cheek, the
# soft pinker edge round it, and its colours: edge, ridge, crest, shadow line
KYLO_SCAR_W = dict(top=11.0, low=16.0, edge=6.0, split=7.0)
KYLO_SCAR_C = dict(edge="#c27d74", ridge="#f6dcd2", crest="#fff6f2", shadow="#64332f", split="#f1d3c2")


def kylo_scar(doc, F, side=1):
    """His own right cheek (the viewer's left): the old, healed cut she gave him. A seam
    from the forehead tapering down into the brow, which it splits with a thin hairless
    gap; broken over the eye; then from under the eye, beside the nose, tapering down the
    cheek to the jaw. Pale and a little raised: a pink, slightly darker edge of scar tissue
    round a pale ridge, a dark shadow line along its side away from the light and a fine
    highlight on its crest, so it reads at 720p from across a room.

    One scar for every set: soaked or dry it is the same shape, width and colour
    (the rain's grade darkens it as it darkens his skin). It runs near the middle of the
    face so that turned away (`side` -1: facing left, on his far cheek) it still lies on
    the cheek's plane; each point's width is divided by how much the turn stretches or
    squeezes the face there, so it shows the same width whichever way he faces."""
    g = fc.geo(F)
    cx, ey = g["cx"], g["ey"]
    C, W = KYLO_SCAR_C, KYLO_SCAR_W

    def widths(pts, w):
        out = []
        for x, y in pts:
            d = abs(fc.turn_x(F, x + 1, y, side) - fc.turn_x(F, x - 1, y, side)) / 2
            out.append(w / max(0.45, d))
        return out

    # kept inside the face's outline (the hair and jaw edge stay clean)
    cid = doc.clip(smooth(fc.outline_pts(F)))
    doc.open_group(cid)
    top = [(cx - 31, ey - 110), (cx - 35, ey - 94), (cx - 38, ey - 78), (cx - 41, ey - 62), (cx - 43, ey - 48)]
    low = [(cx - 53, ey + 18), (cx - 59, ey + 50), (cx - 66, ey + 86), (cx - 73, ey + 120), (cx - 81, ey + 154),
           (cx - 89, ey + 184), (cx - 96, ey + 206)]
    # through the brow: a thin hairless split (over the brow wherever an expression moves it)
    brow = [(cx - 39, ey - 66), (cx - 42, ey - 50), (cx - 45, ey - 34), (cx - 47, ey - 18)]
    doc.blob(seam(brow, widths(brow, W["split"])), C["split"], 0.95)
    for pts, w in ((top, W["top"]), (low, W["low"])):
        ws = widths(pts, w)
        wide = widths(pts, w + W["edge"])
        # the scar tissue's edge, a little darker and pinker than his skin, soft
        doc.blob(seam(pts, wide), C["edge"], 0.5, extra=blur(doc, 1.4))
        # the shadow the ridge throws, away from the light (the light is to the viewer's right)
        # (along the ridge's left edge, which narrows toward the ends as the seam does)
        tp = [v * (0.12 + 0.88 * math.sin(math.pi * i / (len(pts) - 1)) ** 0.7) for i, v in enumerate(ws)]
        sh = [(x - 0.4 * v, y + 1.0) for (x, y), v in zip(pts, tp)]
        doc.blob(seam(sh, [v * 0.6 + 3.0 for v in ws]), C["shadow"], 0.85)
        # the ridge itself, pale
        doc.blob(seam(pts, ws), C["ridge"], 0.97)
        # its crest catching the light
        doc.blob(seam([(x + 0.15 * v, y - 0.6) for (x, y), v in zip(pts, tp)], [v * 0.3 for v in ws]), C["crest"], 0.9)
    # where it was deepest the healed skin puckers: short cross-stitches of shadow at the cheekbone
    for y0 in (ey + 66, ey + 104):
        x0 = cx - 59 - (y0 - ey - 50) * 0.2
        doc.blob(lens((x0 - 9, y0 - 2), (x0 + 7, y0 + 3), 1.6), C["shadow"], 0.4)
    doc.close_group()
    # his moles are one-sided too, so they ride on this unmirrored part
    kylo_moles(doc, F, g)


# =========================================================================== Finn
FINN_F = dict(
    cx=CX, T=194, h=386, far=0.97, neck=70, ear=1.0, hollow=0.18,
    outline=[(0, 0), (0.03, 70), (0.13, 124), (0.3, 141), (0.47, 145), (0.6, 142), (0.72, 131), (0.84, 106),
             (0.94, 64), (0.985, 30), (1, 0)],
    skin="#74482f", skin_sh="#51301f", skin_lt="#a66e50", skin_deep="#2c150d", rim="#c4dcf2", blush="#9a3c32",
    eye=dict(y=0.5, dx=62, w=60, h=15, tilt=0, crease=12, lash=4.8, flick=0, iris="#2b1a10", iris_lt="#5a3620",
             sclera="#f3ede6", iris_scale=1.02),
    brow=dict(gap=38, t=13, len=0.74, arch=10, col="#120c0a", droop=7),
    nose=dict(tip=0.7, w=28, dx=4),
    mouth=dict(y=0.805, w=38, ul=11, ll=12.5, lip="#7c4134", lip_dark="#5a2c22", line="#1e0c08", teeth="#f6f0e8"),
    hairc=("#17110e", "#0a0706", "#3a2c24"), hair="#17110e", seed=9,
)


def finn_hair_front(doc, F, wet, var):
    cap = [(-140, 150), (-148, 70), (-124, 2), (-62, -26), (0, -32), (62, -26), (124, 2), (148, 70), (140, 150),
           (130, 150), (124, 110), (114, 78), (82, 58), (40, 52), (0, 56), (-40, 52), (-82, 58), (-114, 78), (-124, 110),
           (-130, 150)]
    hair_form(doc, F, A(F, cap), wet, s=(10, 6), l=(8, -2))
    rng = Rng(4)
    for i in range(140):
        x = rng.u(-130, 130)
        y = rng.u(-24, 80)
        if y > 60 - abs(x) * 0.1 + (20 if abs(x) > 90 else 0) or (x / 136) ** 2 + ((y - 70) / 96) ** 2 > 0.92:
            continue
        circle(doc, F["cx"] + x, F["T"] + y, rng.u(2, 3.6), F["hairc"][2 if x > 0 else 1], 0.7)


def finn_outfit(doc, M, B, wet, var):
    cx, C = B["cx"], B["C"]
    F = M["F"]
    sh = tones("#c9c1ae")  # the undershirt
    jk = tones("#7a4a2c", False, 0.7, 1.2)
    st = "#6e2220"
    form(doc, B["torso"], sh[0], sh[1], sh[2], None, s=(20, 0), l=(10, 0))
    form(doc, [(cx - 60, C + 56), (cx + 62, C + 54), (cx + 40, C + 110), (cx - 40, C + 112)], F["skin"], F["skin_sh"],
         None, None, s=(12, 0))
    doc.blob(lens((cx - 62, C + 60), (cx + 64, C + 58), -16, -10), sh[1], 0.9)
    # the open jacket: two panels leaving the shirt showing down the middle
    near = [(cx - 70, C + 60), (cx - 150, C + 100), (cx - B["sh_w"] + 40, B["sh_y"] - 2), (cx - B["sh_w"], B["sh_y"] + 44),
            (cx - B["chest_w"], B["sh_y"] + 250), (cx - B["waist_w"], 1440), (cx - 40, 1440), (cx - 60, C + 360),
            (cx - 110, C + 200)]
    far = [(cx + 70, C + 58), (cx + 140, C + 100), (cx + (B["sh_w"] - 40) * 0.86, B["sh_y"] - 2),
           (cx + B["sh_w"] * 0.86, B["sh_y"] + 44), (cx + B["chest_w"] * 0.86, B["sh_y"] + 250),
           (cx + B["waist_w"] * 0.86, 1440), (cx + 60, 1440), (cx + 70, C + 360), (cx + 110, C + 200)]
    form(doc, near, jk[0], jk[1], jk[2], RIM, s=(30, 0), l=(12, 0))
    form(doc, far, jk[0], jk[1], jk[2], RIM, s=(14, 0), l=(14, 0))
    # collar and lapels
    doc.blob([(cx - 70, C + 56), (cx - 130, C + 80), (cx - 120, C + 230), (cx - 100, C + 210), (cx - 96, C + 110)], jk[2], 0.9)
    doc.blob([(cx + 70, C + 54), (cx + 126, C + 80), (cx + 118, C + 226), (cx + 98, C + 206), (cx + 94, C + 108)], jk[1], 0.9)
    # the maroon stripes over the shoulders
    form(doc, band([(cx - 120, C + 96), (cx - 196, C + 150)], 34), st, dark(st, 0.7), None, None, s=(8, 0))
    form(doc, band([(cx + 112, C + 94), (cx + 176, C + 146)], 30), st, dark(st, 0.7), None, None, s=(8, 0))
    doc.blob(lens((cx - 100, C + 380), (cx - 160, C + 640), -10), jk[1], 0.7)
    doc.blob(lens((cx + 100, C + 380), (cx + 150, C + 600), 8), jk[1], 0.6)
    for y in (C + 420, C + 520, C + 620):
        circle(doc, cx - 50, y, 5, "#3a2418")


def finn_sleeve(M, wet, var):
    return dict(sleeve=tones("#7a4a2c", False, 0.7, 1.2), sleeve_to=1.0, cuff=tones("#6e2220"), stripe="#6e2220")


# =========================================================================== Poe
def poe_stubble(doc, F, g):
    cx, T, h = g["cx"], g["T"], g["h"]
    pts = fc.outline_pts(F)
    low = [p for p in pts if p[1] > T + 0.6 * h]
    left = sorted([p for p in low if p[0] < cx], key=lambda p: p[1])
    right = sorted([p for p in low if p[0] >= cx], key=lambda p: -p[1])
    M = F["mouth"]
    inner = [(cx + 120, T + 0.7 * h), (cx + 100, T + 0.76 * h), (g["mx"] + M["w"] + 16, g["my"] - 16),
             (g["nx"] + 26, g["tip"] + 10), (g["nx"], g["tip"] + 12), (g["nx"] - 26, g["tip"] + 10),
             (g["mx"] - M["w"] - 18, g["my"] - 16), (cx - 104, T + 0.76 * h), (cx - 124, T + 0.7 * h)]
    shape = left + [(cx, T + h)] + right + inner
    # a shadow in the skin, not a beard: its upper edge soft
    fid = doc.uid("f")
    doc.defs.append(f'<filter id="{fid}" x="-0.1" y="-0.1" width="1.2" height="1.2"><feGaussianBlur stdDeviation="5"/></filter>')
    doc.blob(shape, F.get("stubble", "#3a2a22"), F.get("stubble_op", 0.3), extra=f' filter="url(#{fid})"')
    if F.get("stubble_grain"):
        # a day's growth: the shadow darker along the jaw and round the mouth, and grain
        cid = doc.clip(smooth(shape))
        doc.open_group(cid)
        doc.blob(lens((cx - 130, T + 0.7 * h), (cx + 126, T + 0.7 * h), -0.32 * h, -0.22 * h), F["stubble"], 0.1)
        rng = Rng(F.get("seed", 1) + 40)
        for i in range(260):
            x, y = cx + rng.u(-140, 140), T + rng.u(0.6, 1.0) * h
            circle(doc, x, y, rng.u(0.9, 1.6), F["stubble"], 0.35)
        doc.close_group()


POE_F = dict(
    # mid-thirties: a squarer, heavier jaw, the first lines at the eyes and beside the
    # mouth, a five-o'clock shadow
    cx=CX, T=200, h=386, far=0.97, neck=74, ear=1.0, hollow=0.3, age=0.34, folds=0.6,
    outline=[(0, 0), (0.03, 68), (0.13, 120), (0.3, 136), (0.47, 139), (0.6, 139), (0.74, 135), (0.85, 121),
             (0.93, 86), (0.985, 44), (1, 0)],
    skin="#c9926e", skin_sh="#98664c", skin_lt="#e0b290", skin_deep="#623826", rim=RIM, blush="#c8604e",
    eye=dict(y=0.5, dx=60, w=54, h=11.5, tilt=1, crease=10, lash=4.8, flick=0, iris="#3b2314", iris_lt="#6a4228"),
    brow=dict(gap=30, t=15.5, len=0.8, arch=8, col="#1d1410", droop=6, inner_t=1.15),
    nose=dict(tip=0.72, w=21, dx=6),
    mouth=dict(y=0.81, w=37, ul=8, ll=10, lip="#b37462", lip_dark="#93584a", line="#3a1a12"),
    hairc=("#241a15", "#120c09", "#4e3a2e"), hair="#241a15", marks=[poe_stubble], stubble="#2e1c12", stubble_op=0.25,
    stubble_grain=True, seed=13,
)


def poe_hair_back(doc, F, wet, var):
    pts = [(-140, 170), (-150, 90), (-134, 20), (-80, -30), (0, -46), (80, -32), (136, 20), (152, 90), (144, 170)]
    hair_form(doc, F, A(F, pts), wet)


def poe_hair_front(doc, F, wet, var):
    # a mass of short curls: a bumpy outline, curls as C-shaped light and dark strokes
    top = []
    for k in range(15):
        t = math.pi * (1.0 + k / 14)
        r = 1.0 + (0.07 if k % 2 else -0.02)
        top.append((150 * r * math.cos(t) * 1.0, 58 + 112 * r * math.sin(t)))
    cap = top + [(152, 80), (146, 150), (136, 130), (126, 92), (96, 66), (50, 58), (10, 62), (-40, 58), (-92, 68),
                 (-122, 92), (-132, 130), (-142, 150), (-150, 80)]
    hair_form(doc, F, A(F, cap), wet, s=(14, 10))
    rng = Rng(14)
    for k in range(34):
        x, y = rng.u(-130, 130), rng.u(-48, 52)
        if (x / 150) ** 2 + ((y - 58) / 118) ** 2 > 0.85 or y > 54:
            continue
        r = rng.u(10, 17)
        hair_lines(doc, F, [((x - r, y + r * 0.2), (x + r * 0.5, y - r * 0.9), -r * 0.6)], wet, k % 3 != 0)
        hair_lines(doc, F, [((x + r * 0.8, y - r * 0.1), (x - r * 0.3, y + r * 0.8), -r * 0.45)], wet)
    # a curl loose over the forehead
    hair_form(doc, F, A(F, strand([(26, 50), (50, 84), (44, 112), (28, 110), (30, 96)], 18, 0.2)), wet, s=(5, 4),
              l=(3, 0), rim=False)


POE_JACKET = "#a9622f"  # tan, rust-brown leather: lighter and more orange than Finn's
POE_KNIT = "#4a3022"  # the dark ribbed knit at the cuffs


def poe_outfit(doc, M, B, wet, var):
    cx, C = B["cx"], B["C"]
    F = M["F"]
    # a dark slate shirt under the open jacket (Finn's is cream): the tan leather reads
    # against it from across a room
    sh = tones("#434e59")
    jk = tones(POE_JACKET, False, 0.64, 1.28)
    form(doc, B["torso"], sh[0], sh[1], sh[2], None, s=(20, 0), l=(10, 0))
    # open collar, skin down to the chest
    form(doc, [(cx - 44, C + 54), (cx + 50, C + 52), (cx + 16, C + 220), (cx - 4, C + 222)], F["skin"], F["skin_sh"],
         None, None, s=(12, 0))
    doc.blob([(cx - 46, C + 52), (cx - 90, C + 70), (cx - 70, C + 170), (cx - 4, C + 224)], sh[1], 0.95)
    doc.blob([(cx + 52, C + 50), (cx + 94, C + 66), (cx + 76, C + 160), (cx + 16, C + 222)], sh[2], 0.9)
    near = [(cx - 84, C + 62), (cx - 150, C + 100), (cx - B["sh_w"] + 40, B["sh_y"] - 2), (cx - B["sh_w"], B["sh_y"] + 44),
            (cx - B["chest_w"], B["sh_y"] + 250), (cx - B["waist_w"], 1440), (cx - 70, 1440), (cx - 90, C + 330),
            (cx - 120, C + 170)]
    far = [(cx + 88, C + 58), (cx + 140, C + 96), (cx + (B["sh_w"] - 40) * 0.86, B["sh_y"] - 2),
           (cx + B["sh_w"] * 0.86, B["sh_y"] + 44), (cx + B["chest_w"] * 0.86, B["sh_y"] + 250),
           (cx + B["waist_w"] * 0.86, 1440), (cx + 90, 1440), (cx + 100, C + 330), (cx + 124, C + 166)]
    form(doc, near, jk[0], jk[1], jk[2], RIM, s=(30, 0), l=(12, 0))
    form(doc, far, jk[0], jk[1], jk[2], RIM, s=(14, 0), l=(14, 0))
    # the zip's two tapes down the open front edges, a fine line of metal on each
    for edge in ([(cx - 90, C + 330), (cx - 72, C + 820)], [(cx + 100, C + 330), (cx + 92, C + 820)]):
        doc.blob(band(edge, 7), dark(POE_JACKET, 0.42), 0.9)
        doc.blob(band(edge, 2), "#c9b48a", 0.55)
    # a seam across the chest (the yoke) and the leather's sheen along the folds
    for a, b, bow, f in (((cx - 240, B["sh_y"] + 96), (cx - 118, C + 236), -8, 1.0),
                         ((cx + 206, B["sh_y"] + 92), (cx + 126, C + 232), 8, 0.86)):
        doc.blob(lens(a, b, bow, bow + 3), jk[1], 0.85)
    doc.blob(lens((cx - 206, C + 300), (cx - 176, C + 560), 9, 4), jk[2], 0.55)
    doc.blob(lens((cx - 214, C + 620), (cx - 196, C + 780), 6, 3), jk[2], 0.45)
    doc.blob(lens((cx + 172, C + 300), (cx + 150, C + 520), -7, -3), jk[2], 0.5)
    doc.blob(lens((cx - 110, C + 400), (cx - 170, C + 660), -10), jk[1], 0.6)
    # flapped chest pockets, each with a snap
    for px, sgn, f in ((cx - 146, -1, 1.0), (cx + 146, 1, 0.86)):
        w = 50 * f
        py = C + 268
        flap = [(px - w, py), (px + w, py - 4 * sgn), (px + w - 4, py + 30), (px, py + 40), (px - w + 4, py + 32)]
        doc.blob(band([(px - w + 4, py + 110), (px + w - 6, py + 106)], 4), jk[1], 0.7)  # the pocket's lower seam
        form(doc, flap, dark(POE_JACKET, 0.86), jk[1], None, None, s=(6, 0))
        doc.blob(band([(px - w + 2, py + 3), (px + w - 2, py - 4 * sgn + 3)], 3), jk[2], 0.8)
        circle(doc, px, py + 26, 5.5, "#c9b48a")
        circle(doc, px - 1.5, py + 24.5, 2, "#f2e6c8", 0.9)
    # the big pointed collar lying open on the shoulders, its underside in shadow
    cn = [(cx - 80, C + 28), (cx - 176, C + 70), (cx - 198, C + 108), (cx - 198, C + 108), (cx - 158, C + 186),
          (cx - 118, C + 266), (cx - 118, C + 266), (cx - 104, C + 200), (cx - 96, C + 150)]
    cf = [(cx + 84, C + 26), (cx + 164, C + 64), (cx + 182, C + 102), (cx + 182, C + 102), (cx + 148, C + 178),
          (cx + 118, C + 256), (cx + 118, C + 256), (cx + 108, C + 196), (cx + 100, C + 146)]
    form(doc, shift(cn, 6, 10), dark(POE_JACKET, 0.42), None, None, None)
    form(doc, shift(cf, -6, 10), dark(POE_JACKET, 0.42), None, None, None)
    form(doc, cn, jk[0], jk[1], jk[2], RIM, s=(10, 0), l=(7, 0))
    form(doc, cf, jk[1], dark(jk[1], 0.8), jk[0], RIM, s=(8, 0), l=(8, 0))
    # the collar's edge stitching
    doc.blob(band([(cx - 184, C + 112), (cx - 150, C + 184), (cx - 122, C + 248)], 2.5), jk[2], 0.7)
    doc.blob(band([(cx + 170, C + 106), (cx + 142, C + 176), (cx + 120, C + 238)], 2.5), jk[0], 0.6)


def poe_sleeve(M, wet, var):
    return dict(sleeve=tones(POE_JACKET, False, 0.64, 1.28), sleeve_to=1.0, cuff=tones(POE_KNIT, False, 0.7))


# =========================================================================== Leia
LEIA_F = dict(
    # about sixty, not ninety: lighter age lines, brown hair going grey
    cx=CX, T=280, h=384, far=0.97, neck=56, ear=0.95, hollow=0.24, age=0.22, folds=0.24,
    outline=[(0, 0), (0.03, 66), (0.13, 120), (0.3, 134), (0.47, 135), (0.6, 133), (0.72, 125), (0.84, 102),
             (0.94, 60), (0.985, 27), (1, 0)],
    skin="#e6bea4", skin_sh="#b48a76", skin_lt="#f6dac8", skin_deep="#7e5244", rim=RIM, blush="#d0706a",
    eye=dict(y=0.51, dx=58, w=52, h=10.5, tilt=-2, crease=4.5, lash=4.2, flick=3, iris="#4c2e20", iris_lt="#7c5236",
             lower=0.7),
    brow=dict(gap=34, t=8, len=0.74, arch=9, col="#5c4a40", droop=8),
    nose=dict(tip=0.69, w=16, dx=4),
    mouth=dict(y=0.795, w=29, ul=5.5, ll=7.5, lip="#b27066", lip_dark="#965a52", line="#4a2420"),
    hairc=("#6a4f3c", "#45342a", "#a8958a"), hair="#6a4f3c", seed=17,
)


def leia_hair_back(doc, F, wet, var):
    # a braided coil low at the back, showing behind the near side
    for bx, by, r in ((-150, 250, 54), (150, 256, 46)):
        pts = [(bx + r * c, by + r * s) for c, s in ((1, 0), (0.7, -0.7), (0, -1), (-0.7, -0.7), (-1, 0), (-0.7, 0.7),
                                                     (0, 1), (0.7, 0.7))]
        hair_form(doc, F, A(F, pts), wet, s=(10, -10))
        for k in range(5):
            a = k * 1.25
            import math
            x0, y0 = bx + math.cos(a) * r * 0.55, by + math.sin(a) * r * 0.55
            x1, y1 = bx + math.cos(a + 0.9) * r * 0.85, by + math.sin(a + 0.9) * r * 0.85
            hair_lines(doc, F, [((x0, y0), (x1, y1), 6)], wet)
    cap = [(-140, 240), (-150, 110), (-130, 30), (-70, -12), (0, -22), (70, -12), (130, 30), (150, 110), (140, 240),
           (0, 160)]
    hair_form(doc, F, A(F, cap), wet)


def leia_hair_front(doc, F, wet, var):
    import math
    cap = [(-144, 200), (-152, 100), (-128, 24), (-66, -14), (0, -20), (66, -14), (128, 24), (152, 100), (144, 200),
           (132, 190), (126, 120), (100, 80), (50, 62), (4, 56), (-46, 62), (-96, 78), (-124, 118), (-132, 190)]
    hair_form(doc, F, A(F, cap), wet, s=(12, 8))
    hair_lines(doc, F, [((0, 58), (-120, 110), -10), ((8, 58), (120, 110), 10), ((-10, 30), (-110, 60), -8),
                        ((12, 30), (112, 60), 8)], wet)
    hair_lines(doc, F, [((-30, 40), (-100, 70), -5), ((40, 40), (110, 74), 5)], wet, True)
    # the crown braid over the top of the head, ear to ear: a band of plaits
    cx0, cy0, rx, ry = 0, 160, 150, 178
    segs = 12
    arc = [(cx0 + rx * math.cos(math.pi * (1.0 + k / 40)), cy0 + ry * math.sin(math.pi * (1.0 + k / 40)))
           for k in range(41)]
    H = F["hairc"]
    hair_form(doc, F, A(F, band(arc, 50)), wet, s=(8, 8), l=(6, -6))
    for i in range(segs):
        t0 = math.pi * (1.02 + 0.96 * i / segs)
        t1 = math.pi * (1.02 + 0.96 * (i + 1) / segs)
        p0 = (cx0 + rx * math.cos(t0), cy0 + ry * math.sin(t0))
        p1 = (cx0 + rx * math.cos(t1), cy0 + ry * math.sin(t1))
        dx, dy = p1[0] - p0[0], p1[1] - p0[1]
        ln = math.hypot(dx, dy)
        nx, ny = -dy / ln, dx / ln
        for sgn in (-1, 1):
            a = (p0[0] + nx * 20 * sgn, p0[1] + ny * 20 * sgn)
            b = (p1[0] + dx * 0.25 - nx * 2 * sgn, p1[1] + dy * 0.25 - ny * 2 * sgn)
            hair_form(doc, F, A(F, lens(a, b, 9 * sgn, -7 * sgn)), wet, s=(4, 4), l=(3, -3), rim=False)
            hair_lines(doc, F, [(lerp(a, b, 0.25), lerp(a, b, 0.8), 3 * sgn)], wet, True)


def leia_outfit(doc, M, B, wet, var):
    cx, C = B["cx"], B["C"]
    F = M["F"]
    top = tones("#6c6470")
    vest = tones("#4a3a4e", False, 0.7, 1.25)
    form(doc, B["torso"], top[0], top[1], top[2], None, s=(24, 0), l=(10, 0))
    # high round neck
    doc.blob([(cx - 64, C + 50), (cx + 66, C + 48), (cx + 60, C + 96), (cx - 60, C + 98)], top[1])
    # the long wrap vest over the shoulders, crossing in front
    near = [(cx - 60, C + 80), (cx - 150, C + 96), (cx - B["sh_w"] + 30, B["sh_y"] - 6), (cx - B["sh_w"] - 10, B["sh_y"] + 50),
            (cx - B["chest_w"] - 14, B["sh_y"] + 260), (cx - B["waist_w"] - 20, 1440), (cx + 40, 1440), (cx + 10, C + 300)]
    far = [(cx + 64, C + 78), (cx + 140, C + 94), (cx + (B["sh_w"] - 30) * 0.86, B["sh_y"] - 6),
           (cx + (B["sh_w"] + 10) * 0.86, B["sh_y"] + 50), (cx + (B["chest_w"] + 14) * 0.86, B["sh_y"] + 260),
           (cx + (B["waist_w"] + 20) * 0.86, 1440), (cx + 80, 1440), (cx + 80, C + 330)]
    form(doc, far, vest[0], vest[1], vest[2], RIM, s=(14, 0), l=(12, 0))
    form(doc, near, vest[0], vest[1], vest[2], RIM, s=(30, 0), l=(12, 0))
    doc.blob(lens((cx + 10, C + 300), (cx + 40, 1400), -12), vest[2], 0.6)
    doc.blob(lens((cx - 120, C + 300), (cx - 160, 1380), -12), vest[1], 0.6)
    # a round brooch at the crossing
    circle(doc, cx + 12, C + 290, 20, "#b8a070")
    circle(doc, cx + 14, C + 288, 12, "#d8c48e")
    circle(doc, cx + 18, C + 284, 4, "#f6ecd0")


def leia_sleeve(M, wet, var):
    return dict(sleeve=tones("#6c6470"), sleeve_to=1.0, cuff=tones("#4a3a4e"))


# =========================================================================== Luke
def luke_beard(doc, F, g):
    pass


LUKE_F = dict(
    cx=CX, T=186, h=388, far=0.97, neck=70, ear=1.0, hollow=0.45, socket=0.42, age=1.0,
    outline=[(0, 0), (0.03, 64), (0.13, 116), (0.3, 132), (0.47, 133), (0.6, 130), (0.74, 120), (0.85, 98),
             (0.94, 56), (0.985, 26), (1, 0)],
    skin="#dcae90", skin_sh="#a67a64", skin_lt="#efcab0", skin_deep="#764a3a", rim=RIM, blush="#c86a5a",
    eye=dict(y=0.5, dx=58, w=50, h=10, tilt=-3, crease=5, lash=3.8, flick=0, iris="#5b8cb8", iris_lt="#a6c8e6",
             lower=0.72),
    brow=dict(gap=26, t=16, len=0.82, arch=5, col="#7e746a", droop=10, inner_t=1.1),
    nose=dict(tip=0.71, w=19, dx=5),
    mouth=dict(y=0.82, w=28, ul=5, ll=7, lip="#b07a6a", lip_dark="#946050", line="#4a2620"),
    hairc=("#c9c2b6", "#938b80", "#ebe6de"), hair="#c9c2b6", seed=19,
)


def luke_moustache(doc, F, g, st):
    mx, my = g["mx"], g["my"]
    w = F["mouth"]["w"] * st.get("cw", 1.0)
    cy = st.get("cy", 0)
    H = F["hairc"]
    pts = [(mx - w - 16, my + 22 + cy * 0.5), (mx - w - 4, my + cy * 0.6), (mx - w * 0.5, my - 6), (mx, my - 5),
           (mx + w * 0.5, my - 6), (mx + w + 4, my + cy * 0.6 + st.get("asym", 0)), (mx + w + 14, my + 20 + cy * 0.5),
           (mx + w + 6, my - 14), (mx + w * 0.4, g["tip"] + 12), (mx, g["tip"] + 14), (mx - w * 0.4, g["tip"] + 12),
           (mx - w - 8, my - 14)]
    form(doc, pts, H[0], H[1], H[2], None, s=(10, -6), l=(6, 4))
    for k in (-0.6, -0.2, 0.25, 0.65):
        doc.blob(lens((mx + w * k, my - 16), (mx + w * k * 1.3, my - 2), 2), H[1], 0.8)


LUKE_F["mouth"]["over"] = [luke_moustache]


def luke_hair_back(doc, F, wet, var):
    # swept back from the face and falling behind the shoulders in loose, uneven locks
    pts = [(-136, 120), (-148, 220), (-152, 320), (-150, 400), (-130, 440), (-100, 420), (0, 400), (100, 420),
           (130, 444), (152, 404), (154, 320), (150, 220), (138, 120), (110, 20), (0, -18), (-110, 20)]
    hair_form(doc, F, A(F, pts), wet, s=(16, 0))
    for pts2, wd in (([(-146, 300), (-160, 400), (-156, 470)], 30), ([(-124, 340), (-130, 430), (-120, 480)], 26),
                     ([(146, 300), (158, 400), (152, 462)], 28), ([(124, 340), (128, 424), (118, 470)], 24)):
        hair_form(doc, F, A(F, strand(pts2, wd, 0.2)), wet, s=(6, 0), l=(4, 0))
    hair_lines(doc, F, [((-150, 260), (-140, 420), 6), ((150, 260), (140, 420), -6)], wet)


def luke_hair_front(doc, F, wet, var):
    g = fc.geo(F)
    cap = [(-146, 200), (-154, 110), (-130, 30), (-70, -12), (0, -20), (70, -12), (130, 30), (154, 110), (146, 200),
           (132, 180), (124, 116), (100, 76), (78, 82), (50, 44), (0, 34), (-50, 44), (-78, 82), (-100, 76),
           (-124, 116), (-132, 180)]
    hair_form(doc, F, A(F, cap), wet, s=(12, 8))
    hair_lines(doc, F, [((-40, 40), (-130, 60), -8), ((40, 40), (130, 60), 8), ((-10, 10), (-120, 10), -8),
                        ((10, 10), (120, 14), 8)], wet)
    # the beard: round the jaw and chin, open round the mouth
    H = F["hairc"]
    M = F["mouth"]
    mx, my = g["mx"] - F["cx"], g["my"] - F["T"]
    tip = g["tip"] - F["T"]
    outer = [(-138, 210), (-144, 290), (-134, 350), (-108, 410), (-60, 446), (0, 458), (60, 446), (108, 410),
             (134, 350), (142, 290), (136, 210), (122, 230), (116, 290), (92, 318), (60, tip + 26), (0, tip + 20),
             (-60, tip + 26), (-94, 318), (-118, 290), (-126, 230)]
    beard = A(F, outer)
    hole = A(F, [(mx - M["w"] - 8, my + 4), (mx - M["w"] * 0.5, my - 4), (mx + M["w"] * 0.5, my - 4),
                 (mx + M["w"] + 8, my + 4), (mx + M["w"] * 0.5, my + 22), (mx - M["w"] * 0.5, my + 22)])
    d = smooth(beard) + " " + smooth(hole)
    doc.path(smooth(shift(beard, 5, -2)), RIM, 0.6)
    doc.path(d, H[0], None, ' fill-rule="evenodd"')
    cid = doc.clip(smooth(beard))
    doc.open_group(cid)
    doc.path(smooth(beard) + " " + smooth(shift(beard, 16, -10)), H[1], 1, ' fill-rule="evenodd"')
    doc.close_group()
    rng = Rng(21)
    for i in range(26):
        x = rng.u(-130, 130)
        y = rng.u(320, 430)
        doc.blob(lens(A(F, [(x, y)])[0], A(F, [(x * 0.9, y + 34)])[0], 3), H[1] if i % 3 else H[2], 0.8)
    # skin showing round the mouth
    doc.path(smooth(hole), mix(F["skin"], F["skin_sh"], 0.3))


def luke_outfit(doc, M, B, wet, var):
    cx, C = B["cx"], B["C"]
    tun = tones("#cbbfa8")
    cl = tones("#6e5e4e", False, 0.7, 1.2)
    form(doc, B["torso"], tun[0], tun[1], tun[2], None, s=(20, 0), l=(10, 0))
    doc.blob(lens((cx - 40, C + 90), (cx + 40, C + 500), -10), tun[1], 0.7)
    # the hood lying round the neck and the cloak's fall
    hood = [(cx - 90, C + 40), (cx - 200, C + 90), (cx - 250, C + 170), (cx - 180, C + 230), (cx - 60, C + 190),
            (cx, C + 160), (cx + 60, C + 186), (cx + 170, C + 214), (cx + 220, C + 150), (cx + 170, C + 80), (cx + 90, C + 38)]
    near = [(cx - 100, C + 150), (cx - B["sh_w"] + 20, B["sh_y"] - 6), (cx - B["sh_w"] - 14, B["sh_y"] + 60),
            (cx - B["chest_w"] - 20, B["sh_y"] + 260), (cx - B["waist_w"] - 20, 1440), (cx - 40, 1440), (cx - 60, C + 300)]
    far = [(cx + 100, C + 150), (cx + (B["sh_w"] - 20) * 0.86, B["sh_y"] - 6), (cx + (B["sh_w"] + 14) * 0.86, B["sh_y"] + 60),
           (cx + (B["chest_w"] + 20) * 0.86, B["sh_y"] + 260), (cx + (B["waist_w"] + 20) * 0.86, 1440), (cx + 60, 1440),
           (cx + 70, C + 300)]
    form(doc, far, cl[0], cl[1], cl[2], RIM, s=(14, 0), l=(12, 0))
    form(doc, near, cl[0], cl[1], cl[2], RIM, s=(30, 0), l=(12, 0))
    form(doc, hood, cl[0], cl[1], cl[2], RIM, s=(20, 14), l=(10, -4))
    for a, b, bow in (((cx - 200, C + 130), (cx - 60, C + 180), 10), ((cx + 60, C + 170), (cx + 180, C + 150), 8)):
        doc.blob(lens(a, b, bow), cl[1], 0.9)


def luke_sleeve(M, wet, var):
    return dict(sleeve=tones("#6e5e4e", False, 0.7, 1.2), sleeve_to=1.0, cuff=tones("#cbbfa8"))


def luke_scan(doc, M, B):
    """Hologram scanlines, only inside his figure (the engine tints him blue)."""
    # the figure's outline is the union of what was drawn: mask the lines by alpha
    pass


# =========================================================================== the trooper (a man)
def trooper_marks(doc, F, g):
    cx, T, h = g["cx"], g["T"], g["h"]
    # a young man (the Order took him as a child): a faint brow ridge, a cleft chin,
    # a little ginger stubble, a healed cut on the nose bridge; no lines
    doc.blob(lens((cx - 100, g["ey"] - 30), (cx + 100, g["ey"] - 30), -7, -2), F["skin_sh"], 0.16)
    doc.blob(lens((cx + 2, T + h - 28), (cx + 3, T + h - 8), 2.5), F["skin_sh"], 0.6)
    poe_stubble(doc, F, g)
    doc.blob(lens((g["nx"] - 12, g["ey"] + 8), (g["nx"] + 10, g["ey"] + 16), 3), "#c98070", 0.9)


TROOPER_F = dict(
    # young: no age lines; the head at the cast's scale, a broad brow over a jaw that
    # narrows to a square, cleft chin, on a neck that shows above the undersuit's seal
    cx=CX, T=180, h=384, far=0.97, neck=64, ear=0.98, hollow=0.1,
    outline=[(0, 0), (0.03, 70), (0.13, 118), (0.3, 134), (0.47, 137), (0.62, 134), (0.74, 124), (0.85, 104),
             (0.93, 74), (0.98, 40), (1, 0)],
    skin="#e4b49a", skin_sh="#b07e66", skin_lt="#f4d0ba", skin_deep="#884a3a", rim=RIM, blush="#d86a5a",
    eye=dict(y=0.5, dx=60, w=46, h=10, tilt=0, crease=4, lash=3.6, flick=0, iris="#6a7e8c", iris_lt="#a8bcc8",
             lower=0.62),
    brow=dict(gap=22, t=13, len=0.9, arch=2, col="#8a4a26", droop=4, inner_t=1.0),
    nose=dict(tip=0.71, w=25, dx=9, bump=True),
    mouth=dict(y=0.815, w=32, ul=4.5, ll=7, lip="#bf8676", lip_dark="#a06a5e", line="#4a2420"),
    hairc=("#a2643a", "#6e3e20", "#c98a56"), hair="#a2643a", marks=[trooper_marks], stubble="#9a5a30",
    stubble_op=0.09, seed=23,
)


def trooper_hair_front(doc, F, wet, var):
    cap = [(-144, 140), (-150, 64), (-126, 0), (-62, -26), (0, -30), (62, -26), (126, 0), (150, 64), (144, 140),
           (134, 130), (126, 84), (104, 56), (76, 66), (40, 48), (0, 46), (-40, 48), (-76, 66), (-104, 56), (-126, 84),
           (-134, 130)]
    hair_form(doc, F, A(F, cap), wet, s=(8, 6), l=(6, -2))
    rng = Rng(6)
    for i in range(90):
        x, y = rng.u(-130, 130), rng.u(-20, 56)
        if y > 50 - abs(x) * 0.05 or (x / 140) ** 2 + ((y - 64) / 90) ** 2 > 0.92:
            continue
        circle(doc, F["cx"] + x, F["T"] + y, rng.u(1.6, 2.6), F["hairc"][1], 0.6)


def armour_plate(doc, pts, scuffs, seed):
    a = ("#e8eaec", "#aab0b6", "#ffffff")
    form(doc, pts, a[0], a[1], a[2], RIM, s=(16, -6), l=(8, 4))
    rng = Rng(seed)
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    for i in range(scuffs):
        x, y = rng.u(min(xs) + 10, max(xs) - 10), rng.u(min(ys) + 10, max(ys) - 10)
        doc.blob(lens((x, y), (x + rng.u(8, 26), y + rng.u(-6, 6)), rng.u(1, 2.5)), "#8d949a", 0.8)


def chest_ridges(doc, cx, C, plate):
    """The trooper's chest plate's relief (the runner's too): a raised keel down the
    middle, two ridges across the upper chest broken by it, a straight step along the
    lower edge, and one small grille of slits low on the far side. Nothing paired side
    by side over a curve, so the plate never reads as a face."""
    lo, sh, lt = "#c2c8cc", "#9aa1a7", "#ffffff"
    doc.open_group(doc.clip(smooth(plate)))
    # the keel: its shadowed side, then its lit crest
    form(doc, [(cx - 10, C + 108), (cx + 12, C + 108), (cx + 14, C + 346), (cx - 12, C + 346)], lo, sh, lt, None,
         s=(7, 0), l=(4, 0))
    # ridges across the upper chest, parallel to the plate's top edge
    for dy in (34, 60):
        for a, b in (((cx - 160, C + 134 + dy), (cx - 22, C + 100 + dy)), ((cx + 24, C + 100 + dy), (cx + 140, C + 130 + dy))):
            doc.blob(band([a, b], 5), sh, 0.85)
            doc.blob(band(shift([a, b], 0, -4), 2.5), lt, 0.8)
    # the step along the lower edge: straight, angled up at both sides
    for a, b in (((cx - 168, C + 286), (cx - 24, C + 318)), ((cx + 26, C + 318), (cx + 148, C + 286))):
        doc.blob(band([a, b], 6), sh, 0.85)
        doc.blob(band(shift([a, b], 0, 5), 2.5), lt, 0.7)
    # a small grille low on the far side: four short slits stacked in a narrow frame
    form(doc, [(cx + 62, C + 220), (cx + 118, C + 212), (cx + 118, C + 212), (cx + 120, C + 270), (cx + 120, C + 270),
               (cx + 64, C + 276), (cx + 64, C + 276), (cx + 62, C + 220)], "#d4d9dc", sh, None, None, s=(5, 0))
    for j in range(4):
        y = C + 228 + j * 12
        doc.blob(band([(cx + 72, y + 1), (cx + 110, y - 3)], 4), "#3a3d43", 0.9)
    doc.close_group()


def trooper_outfit(doc, M, B, wet, var):
    cx, C = B["cx"], B["C"]
    u = tones("#26282e")
    form(doc, B["torso"], u[0], u[1], u[2], None, s=(24, 0), l=(10, 0))
    # the chest plate (angular, with its vents) and the segmented abdomen plates, scuffed
    chest = [(cx - 170, C + 140), (cx - 170, C + 140), (cx - 70, C + 104), (cx + 74, C + 104), (cx + 150, C + 136),
             (cx + 150, C + 136), (cx + 156, C + 300), (cx + 156, C + 300), (cx + 80, C + 360), (cx + 20, C + 350),
             (cx - 20, C + 350), (cx - 96, C + 362), (cx - 176, C + 300), (cx - 176, C + 300)]
    armour_plate(doc, chest, 14, 3)
    chest_ridges(doc, cx, C, chest)
    for i, y in enumerate((C + 380, C + 440, C + 500, C + 560)):
        w0 = 124 - i * 6
        armour_plate(doc, [(cx - w0, y), (cx - w0, y), (cx + w0, y), (cx + w0, y), (cx + w0 - 6, y + 50),
                           (cx + w0 - 6, y + 50), (cx - w0 + 6, y + 50), (cx - w0 + 6, y + 50)], 3, 7 + i)
    # neck seal: a ring round the neck's foot
    doc.blob([(cx - 76, C + 74), (cx + 76, C + 72), (cx + 70, C + 112), (cx - 70, C + 114)], u[1])


def trooper_sleeve(M, wet, var):
    return dict(sleeve=tones("#26282e"), sleeve_to=1.0, plates=True)


# =========================================================================== the runner (a man)
# The defector off the burning shuttle in beat 2.3 (not Pell): younger, a long, narrow
# face with high cheekbones and a square little chin, a long straight nose, narrow dark
# eyes under straight brows, golden skin and black hair grown out of the trooper's crop,
# singed at one side. Soot on his face, a cut over his brow and a burn on his jaw from
# the hangar; his armour half gone, what is left scorched.
def blur(doc, sd):
    """A Gaussian blur filter attribute (soft edges: soaked blood, soot, bruising)."""
    fid = doc.uid("f")
    doc.defs.append(f'<filter id="{fid}" x="-1" y="-1" width="3" height="3"><feGaussianBlur stdDeviation="{sd}"/>'
                    f'</filter>')
    return f' filter="url(#{fid})"'


def runner_marks(doc, F, g):
    cx, T, h, ey = g["cx"], g["T"], g["h"], g["ey"]
    # soot: smeared where he wiped his face with a sooty glove
    doc.blob(lens((cx - 118, ey + 30), (cx - 40, ey + 96), -16, -4), "#2a2420", 0.32, extra=blur(doc, 7))
    doc.blob(lens((cx + 40, T + 40), (cx + 110, T + 70), 10, 3), "#2a2420", 0.28, extra=blur(doc, 6))
    doc.blob(lens((cx + 70, ey + 110), (cx + 116, ey + 150), 8, 2), "#2a2420", 0.3, extra=blur(doc, 6))
    # a burn along the near jaw: angry red, soft-edged, with a shiny blistered middle
    bx, by = cx - 94, T + h * 0.78
    ellipse(doc, bx, by, 34, 22, "#b8503e", 0.5, -38)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, 7) + "/>")
    ellipse(doc, bx + 2, by - 2, 16, 9, "#c85a48", 0.6, -38)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, 3) + "/>")
    ellipse(doc, bx + 4, by - 5, 6, 2.5, "#ffe0d4", 0.55, -38)
    # a cut over the far brow, a line of dried blood run from it
    doc.blob(lens((cx + 74, ey - 58), (cx + 104, ey - 44), -3, 1), "#7a1c1e", 0.95)
    doc.blob(strand([(cx + 92, ey - 48), (cx + 100, ey - 30), (cx + 106, ey - 10)], 4, 0.2), "#8a2a2a", 0.7)


RUNNER_F = dict(
    cx=CX, T=248, h=384, far=0.97, neck=58, ear=0.94, hollow=0.24, socket=0.24, age=0.0,
    outline=[(0, 0), (0.03, 62), (0.13, 112), (0.3, 126), (0.44, 132), (0.56, 124), (0.68, 110), (0.8, 98),
             (0.9, 80), (0.97, 48), (1, 0)],
    skin="#e0b98a", skin_sh="#aa845c", skin_lt="#f2d6ac", skin_deep="#6e4a2e", rim=RIM, blush="#d07a5a",
    eye=dict(y=0.5, dx=58, w=50, h=8.5, tilt=6, crease=1.5, lash=4.4, flick=4, iris="#24170e", iris_lt="#4e3420",
             lower=0.66),
    brow=dict(gap=34, t=11, len=0.86, arch=1, col="#120e0c", droop=0, inner_t=1.15),
    nose=dict(tip=0.73, w=16, dx=5),
    mouth=dict(y=0.83, w=36, ul=5, ll=8, lip="#b98066", lip_dark="#9a644e", line="#3e2016"),
    hairc=("#15110f", "#070605", "#3a3430"), hair="#15110f", marks=[runner_marks], seed=37,
)


def runner_hair_front(doc, F, wet, var):
    """Black, grown out of a trooper's crop: short at the sides, a ragged fringe of
    pointed locks falling over the forehead, and singed short over the near temple."""
    cap = [(-138, 130), (-146, 60), (-124, -2), (-64, -30), (0, -36), (66, -30), (126, -2), (148, 60), (142, 130),
           (132, 112), (124, 70), (108, 62), (96, 84), (84, 60), (62, 82), (48, 56), (24, 86), (8, 58), (-16, 84),
           (-34, 58), (-56, 78), (-74, 54), (-96, 62), (-118, 56), (-130, 90)]
    hair_form(doc, F, A(F, cap), wet, s=(10, 8), l=(8, -4))
    # the fringe: separate pointed locks, uneven
    for pts, wd in (([(20, 20), (30, 60), (22, 96)], 26), ([(-20, 18), (-26, 56), (-40, 90)], 24),
                    ([(60, 24), (76, 60), (80, 84)], 22), ([(-62, 26), (-80, 56), (-96, 72)], 20),
                    ([(96, 30), (112, 62), (118, 86)], 16)):
        hair_form(doc, F, A(F, strand(pts, wd, 0.05)), wet, s=(4, 3), l=(3, 0), rim=False)
    hair_lines(doc, F, [((-90, 0), (-20, -22), -6), ((20, -24), (100, 4), -6), ((-40, 10), (10, 50), 4),
                        ((40, 8), (70, 44), -4)], wet, True)
    hair_lines(doc, F, [((-110, 20), (-60, 48), 4), ((60, 10), (110, 40), -4)], wet)
    # singed: the near temple's hair burnt short and rough, a smudge of ash
    doc.blob(A(F, [(-140, 40), (-128, 0), (-100, 10), (-96, 50), (-120, 70)]), "#3a3530", 0.55, extra=blur(doc, 3))
    rng = Rng(8)
    for i in range(18):
        x, y = rng.u(-138, -100), rng.u(4, 64)
        circle(doc, F["cx"] + x, F["T"] + y, rng.u(1.2, 2.2), "#5a524a", 0.7)


def scorch(doc, x, y, rx, ry, deg=0, op=0.8):
    """Blaster scorching on the plates: a soft, streaked black-brown smear, no hard core."""
    ellipse(doc, x, y, rx, ry, "#2a1c14", op * 0.55, deg)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, rx * 0.25) + "/>")
    ellipse(doc, x - rx * 0.1, y, rx * 0.6, ry * 0.35, "#120c08", op * 0.6, deg)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, rx * 0.12) + "/>")


def ragged(x, y, r, seed, k=14, sq=0.75, deg=0.0):
    """An irregular, torn outline about (x, y): radius r, squashed by sq, turned deg."""
    rng = Rng(seed)
    a0 = math.radians(deg)
    pts = []
    for i in range(k):
        a = 2 * math.pi * i / k
        rr = r * (rng.u(0.62, 1.08) if i % 2 else rng.u(0.88, 1.15))
        px, py = math.cos(a) * rr, math.sin(a) * rr * sq
        pts.append((x + px * math.cos(a0) - py * math.sin(a0), y + px * math.sin(a0) + py * math.cos(a0)))
    return pts


def burn_hole(doc, x, y, r, seed, deg=0.0, skin=("#c9684f", "#9c3f30", "#e49a82")):
    """A blaster burn through cloth: the cloth scorched brown round it, a charred, ragged
    edge, and raw red skin inside, soft toward its middle."""
    ellipse(doc, x, y + r * 0.2, r * 2.1, r * 1.7, "#1a120c", 0.7, deg)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, r * 0.45) + "/>")
    doc.blob(ragged(x, y, r * 1.12, seed, deg=deg), "#0e0a08", 0.95)
    inner = ragged(x + 1, y + 1, r * 0.86, seed + 1, deg=deg)
    doc.blob(inner, skin[1])
    cid = doc.clip(smooth(inner))
    doc.open_group(cid)
    ellipse(doc, x + r * 0.15, y + r * 0.1, r * 0.6, r * 0.45, skin[0], 0.95, deg)
    doc.items[-1] = doc.items[-1].replace("/>", blur(doc, r * 0.2) + "/>")
    ellipse(doc, x + r * 0.25, y - r * 0.05, r * 0.22, r * 0.12, skin[2], 0.7, deg)
    # the charred edge's shadow on the skin under it
    doc.path(smooth(inner) + " " + smooth(shift(inner, 3, 6)), "#3a1410", 0.5, ' fill-rule="evenodd"')
    doc.close_group()


def runner_outfit(doc, M, B, wet, var):
    cx, C = B["cx"], B["C"]
    F = M["F"]
    u = tones("#26282e")
    form(doc, B["torso"], u[0], u[1], u[2], None, s=(24, 0), l=(10, 0))
    # the undersuit's quilted ribbing, scuffed grey with dust
    for i in range(8):
        y = C + 380 + i * 40
        doc.blob(lens((cx - 170, y), (cx + 150, y - 4), -3, -1), u[1], 0.6)
    doc.blob(lens((cx - 150, C + 420), (cx - 60, C + 620), 12, 3), "#6a655c", 0.25, extra=blur(doc, 8))
    # the chest plate, cracked across with its near upper corner broken off, scorched
    chest = [(cx - 120, C + 130), (cx - 110, C + 112), (cx - 70, C + 104), (cx + 74, C + 104), (cx + 150, C + 136),
             (cx + 150, C + 136), (cx + 156, C + 300), (cx + 156, C + 300), (cx + 80, C + 360), (cx + 20, C + 350),
             (cx - 20, C + 350), (cx - 96, C + 362), (cx - 176, C + 300), (cx - 176, C + 300), (cx - 170, C + 210),
             (cx - 150, C + 196), (cx - 144, C + 160)]
    armour_plate(doc, chest, 18, 5)
    chest_ridges(doc, cx, C, chest)
    # the crack: a dark jagged line with its lit lip
    crack = [(cx - 150, C + 196), (cx - 110, C + 214), (cx - 86, C + 200), (cx - 40, C + 236), (cx - 10, C + 226),
             (cx + 30, C + 262)]
    doc.blob(strand(crack, 6, 0.3), "#2a2c30", 0.95)
    doc.blob(strand(shift(crack, 2, 4), 3, 0.3), "#ffffff", 0.6)
    # scorch marks where the shots hit
    scorch(doc, cx + 90, C + 180, 60, 44, -20)
    scorch(doc, cx - 120, C + 170, 40, 30, 30, 0.6)
    # two abdomen plates left of four, the straps of the lost ones hanging
    for i, y in enumerate((C + 380, C + 500)):
        w0 = 124 - i * 12
        armour_plate(doc, [(cx - w0, y), (cx - w0, y), (cx + w0, y), (cx + w0, y), (cx + w0 - 6, y + 50),
                           (cx + w0 - 6, y + 50), (cx - w0 + 6, y + 50), (cx - w0 + 6, y + 50)], 4, 9 + i)
    scorch(doc, cx + 60, C + 520, 50, 30, 10, 0.7)
    for x0, y0 in ((-100, C + 440), (84, C + 446)):
        doc.blob(strand([(cx + x0, y0), (cx + x0 + 4, y0 + 30), (cx + x0 - 2, y0 + 56)], 9, 0.6), "#3c3e44", 0.95)
    # a blaster burn through the undersuit on the far side's ribs: a charred hole, red skin
    burn_hole(doc, cx + 118, C + 462, 28, 17, 20)
    # the neck seal, torn at one side
    doc.blob([(cx - 80, C + 60), (cx + 80, C + 58), (cx + 70, C + 110), (cx - 70, C + 112)], u[1])
    doc.blob(lens((cx + 30, C + 62), (cx + 76, C + 100), -8, -3), F["skin_sh"], 0.9)
    # dust and grime over everything
    doc.blob(lens((cx - 100, C + 250), (cx + 40, C + 340), 20, 6), "#8d8676", 0.3, extra=blur(doc, 10))


def runner_sleeve(M, wet, var):
    # the plates gone from his near arm (a burn through the sleeve there), the far arm's left
    return dict(sleeve=tones("#26282e"), sleeve_to=1.0, plates="far", burn=True)


# =========================================================================== the defector (a woman)
def defector_marks(doc, F, g):
    cx, T = g["cx"], g["T"]
    # shaved scalp: a stubble shadow where the hair grows back, a pale scar over it
    pts = A(F, [(-134, 150), (-142, 70), (-118, 4), (-60, -20), (0, -25), (60, -20), (118, 4), (142, 70), (134, 150),
                (124, 120), (112, 80), (86, 60), (40, 52), (0, 54), (-40, 52), (-86, 60), (-112, 80), (-124, 120)])
    doc.blob(pts, "#24180f", 0.38)
    rng = Rng(31)
    for i in range(160):
        x, y = rng.u(-130, 130), rng.u(-18, 60)
        if y > 54 - abs(x) * 0.08:
            continue
        circle(doc, cx + x, T + y, 1.3, "#1a110b", 0.5)
    ellipse(doc, cx + 40, T + 20, 60, 22, F["skin_lt"], 0.45, -12)
    doc.blob(lens((cx + 36, T + 14), (cx + 96, T + 62), 3), F["skin_lt"], 0.95)


DEFECTOR_F = dict(
    cx=CX, T=226, h=382, far=0.97, neck=52, ear=0.95, hollow=0.24,
    outline=[(0, 0), (0.03, 68), (0.13, 118), (0.3, 130), (0.45, 133), (0.56, 131), (0.7, 110), (0.84, 80),
             (0.94, 42), (0.985, 16), (1, 0)],
    skin="#b9845c", skin_sh="#885a3c", skin_lt="#d5a27c", skin_deep="#52301e", rim=RIM, blush="#b0503e",
    eye=dict(y=0.5, dx=60, w=58, h=10, tilt=7, crease=2.5, lash=5.2, flick=8, iris="#2c1b10", iris_lt="#5a3a22",
             lower=0.6, lower_lash=True),
    brow=dict(gap=32, t=8, len=0.8, arch=11, col="#1d130e", droop=2, peak=0.7),
    nose=dict(tip=0.69, w=16, dx=4),
    mouth=dict(y=0.795, w=30, ul=7.5, ll=9, lip="#9c5a48", lip_dark="#7e4436", line="#2e140c"),
    hairc=("#24180f", "#140c08", "#3e2c20"), hair="#24180f", marks=[defector_marks], seed=29,
)


def defector_outfit(doc, M, B, wet, var):
    cx, C = B["cx"], B["C"]
    s = tones("#46504a", False, 0.68, 1.2)
    form(doc, B["torso"], s[0], s[1], s[2], None, s=(24, 0), l=(10, 0))
    # a zipped collar, standing low round the neck's foot so the neck shows over it
    col = [(cx - 68, C + 62), (cx + 70, C + 60), (cx + 74, C + 118), (cx + 10, C + 136), (cx - 70, C + 120)]
    form(doc, col, s[0], s[1], s[2], RIM, s=(12, 6), l=(8, 0))
    # the zip (a rod: a two-point band's cap loops up into a spike through the neck)
    doc.blob(rod([(cx + 10, C + 66), (cx + 12, C + 900)], 5), "#8c968e", 0.9)
    doc.blob(lens((cx - 100, C + 300), (cx - 150, C + 700), -10), s[1], 0.6)
    # a chest strap from the far hip to the near shoulder, holding a scuffed white plate
    st = tones("#5a4634")
    form(doc, band([(cx + 190, C + 560), (cx - 40, C + 300), (cx - 150, C + 110)], 30), st[0], st[1], st[2], None, s=(8, 0))
    plate = [(cx - 236, C + 112), (cx - 170, C + 76), (cx - 96, C + 84), (cx - 96, C + 84), (cx - 56, C + 150),
             (cx - 70, C + 270), (cx - 70, C + 270), (cx - 150, C + 296), (cx - 226, C + 250), (cx - 250, C + 180)]
    armour_plate(doc, plate, 14, 41)
    doc.blob(lens((cx - 230, C + 150), (cx - 80, C + 120), -10, -3), "#9aa2a8", 0.9)
    doc.blob(lens((cx - 220, C + 235), (cx - 80, C + 255), 8), "#9aa2a8", 0.7)
    for p in ((cx - 210, C + 130), (cx - 90, C + 110), (cx - 90, C + 250)):
        circle(doc, *p, 6, "#6a737a")
    form(doc, band([(cx - 258, C + 210), (cx - 46, C + 200)], 16), st[0], st[1], None, None, s=(6, 0))


def defector_sleeve(M, wet, var):
    return dict(sleeve=tones("#46504a", False, 0.68, 1.2), sleeve_to=0.92)


def defector_earring(doc, F, g):
    x = g["cx"] - fc.half_width(F, F["eye"]["y"] + 0.04) * 1.0 - 14
    y = g["ey"] + 64
    circle(doc, x, y, 7, "#c8b070")
    circle(doc, x, y, 4, F["skin_sh"])


DEFECTOR_F["post"] = [defector_earring]
