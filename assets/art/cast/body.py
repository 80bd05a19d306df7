"""Torsos, arms, hands and poses for the layered cast (standard library only).

A pose is a pair of arms (the near arm is the member's right, on the viewer's left) as
joint chains, each with a hand or none (off the canvas), plus what is drawn in front of
what. Original work, CC BY 4.0.
"""
from castkit import smooth, shift, form, limb, lens, place, mix, dark, ellipse, circle, band, lerp, strand

# hands in local coordinates: the wrist at the origin, the fingers toward +x, the thumb on -y
FIST = [(0, -30), (28, -36), (60, -38), (84, -30), (96, -14), (98, 6), (92, 26), (74, 38), (40, 40), (12, 36), (0, 30)]
FIST_THUMB = [(14, -24), (46, -36), (74, -32), (84, -20), (66, -14), (36, -12)]
FLAT = [(0, -28), (34, -34), (66, -36), (104, -34), (140, -28), (156, -18), (160, -6), (156, 6), (140, 14),
        (104, 20), (66, 24), (30, 26), (0, 26)]
FLAT_THUMB = [(14, -24), (40, -44), (66, -60), (82, -58), (80, -46), (56, -28)]
LIMP = [(0, -26), (34, -32), (70, -32), (104, -26), (126, -12), (134, 4), (126, 18), (100, 24), (66, 26), (30, 26), (0, 24)]


def hand(doc, S, kind, x, y, deg, s=1.0, flip=False):
    """Draw a hand (skin tones from S) at the wrist (x, y) pointing at deg."""
    sk, sh, lt = S["skin"], S["skin_sh"], S["skin_lt"]
    if kind == "fist":
        pts = place(FIST, x, y, deg, s, flip)
        form(doc, pts, sk, sh, lt, S["rim"], s=(10, -8), l=(6, 4))
        for k in (-14, 2, 18):
            doc.blob(place(lens((72, k - 3), (97, k + 1), 2.5), x, y, deg, s, flip), sh, 0.8)
        form(doc, place(FIST_THUMB, x, y, deg, s, flip), mix(sk, lt, 0.4), sh, None, None, s=(6, 6))
    elif kind in ("flat", "limp"):
        shape = FLAT if kind == "flat" else LIMP
        form(doc, place(FLAT_THUMB if kind == "flat" else FIST_THUMB, x, y, deg, s, flip), sk, sh, None, S["rim"], s=(8, 6))
        pts = place(shape, x, y, deg, s, flip)
        form(doc, pts, sk, sh, lt, S["rim"], s=(10, 10), l=(6, -4))
        ln = 158 if kind == "flat" else 132
        for k in (-15, -1, 12):
            doc.blob(place(lens((ln * 0.62, k), (ln - 2, k + 1), 2), x, y, deg, s, flip), sh, 0.7)
        ellipse(doc, *place([(64, -8)], x, y, deg, s, flip)[0], 18 * s, 8 * s, lt, 0.5, deg)


def arm(doc, S, joints, widths, sleeve=None, sleeve_to=1.0, cuff=None, skin_shade=True, rim=True):
    """An arm through joints; the sleeve covers it up to sleeve_to (0..1 of the joints)."""
    sk = (S["skin"], S["skin_sh"], S["skin_lt"])
    pts = limb(joints, widths)
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
        spts = limb(sj, sw)
        form(doc, spts, sleeve[0], sleeve[1], sleeve[2], S["rim"] if rim else None, s=(18, -4), l=(8, 0))
        if cuff:
            cj = [lerp(joints[i], end, 0.9) if len(sj) > 1 else end, end]
            form(doc, limb(cj, [sw[-1] + 4, sw[-1] + 4]), cuff[0], cuff[1], None, None, s=(10, 0))
        return spts, pts
    return pts, pts


def torso_pts(B):
    cx, C = B["cx"], B["C"]
    nw, shy, shw, chw, waw, far = B["neck"], B["sh_y"], B["sh_w"], B["chest_w"], B["waist_w"], B.get("far", 0.86)
    near = [(cx - nw - 4, C + 50), (cx - nw - 46, C + 84), (cx - shw + 40, shy - 2), (cx - shw, shy + 44),
            (cx - chw, shy + 250), (cx - waw, 1440)]
    farside = [(cx + (cx - x) * far + B.get("lean", 0) * (1 - (y - C) / 900), y) for x, y in near][::-1]
    return near + farside


def shoulders(B):
    cx, shy, shw, aw, far = B["cx"], B["sh_y"], B["sh_w"], B["aw"], B.get("far", 0.86)
    return (cx - shw + aw * 0.42, shy + 52), (cx + (shw - aw * 0.42) * far + B.get("lean", 0) * 0.2, shy + 52)


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
        En = (Sn[0] - 4, Sn[1] + 370)
        Ef = (Sf[0] + 8, Sf[1] + 372)
        near = dict(joints=[Sn, En, (cx + shw * 0.42, Sn[1] + 292)], widths=[aw, fw * 1.02, ww * 1.02],
                    hand=("flat", -62, False), front=True, forearm_front=True)
        farm = dict(joints=[Sf, Ef, (cx - shw * 0.5, Sn[1] + 352)], widths=[aw * 0.94, fw * 0.95, ww],
                    hand=None, front=True)
        return near, farm
    if pose == "hand_chest":
        E = (Sn[0] + 26, Sn[1] + 400)
        Wr = (cx - 22, Sn[1] + 262)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw, ww], hand=("flat", -38, False), front=True)
        return near, down_f
    if pose == "staff":
        E = (Sn[0] - 14, Sn[1] + 330)
        Wr = (Sn[0] - 58, Sn[1] + 400)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw, ww], hand=("fist", -100, False), front=True, staff=True)
        return near, down_f
    if pose == "sling":
        E = (Sn[0] + 14, Sn[1] + 380)
        Wr = (cx + shw * 0.34, Sn[1] + 318)
        near = dict(joints=[Sn, E, Wr], widths=[aw, fw, ww], hand=("limp", -12, False), front=True, sling=True)
        return near, down_f
    if pose == "clasped":
        En = (Sn[0] - 8, Sn[1] + 370)
        Ef = (Sf[0] + 6, Sf[1] + 370)
        near = dict(joints=[Sn, En, (cx - 40, Sn[1] + 520)], widths=[aw, fw, ww], hand=("flat", 18, False), front=True)
        farm = dict(joints=[Sf, Ef, (cx + 60, Sn[1] + 508)], widths=[aw * 0.94, fw * 0.94, ww],
                    hand=("flat", 196, True), front=True, hand_first=True)
        return near, farm
    if pose == "hip":
        E = (Sf[0] + 92, Sf[1] + 300)
        Wr = (Sf[0] + 6, Sf[1] + 520)
        farm = dict(joints=[Sf, E, Wr], widths=[aw * 0.94, fw * 0.94, ww], hand=("fist", 150, True), front=False)
        return down_n, farm
    raise ValueError(pose)
