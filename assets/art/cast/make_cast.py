#!/usr/bin/env python3
"""Writes the layered cast of After the Rain as SVG (standard library only).

For every member: bodies (900x1400: body, arms and hands in a pose, neck, head, skin,
hair, ears, nose and fixed marks) as <id>/body_<name>.svg, and face parts (eyes_*,
brows_*, mouth_*, extras) as <id>/<part>.svg, each exactly the member's face box in
size and drawn at the body's coordinates. tools/render-art.sh renders them to
assets/images/cast/<id>/. Also writes cast.ron, the manifest's `cast: { ... }` section
(bodies, face box, parts, one-sided parts and expressions). See README.md here.

The drawing lives beside this script: castkit.py (shapes and the house shading),
face.py (heads, eyes, brows, mouths, extras), body.py (torsos, arms, hands, poses) and
people.py (each member's face, hair and clothes). Original work, CC BY 4.0.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("CAST_OUT", HERE)  # a scratch folder for previews; the repo by default
sys.path.insert(0, HERE)

from castkit import Doc, form, limb, lerp, band, lens, mix, dark, circle, ellipse, smooth, shift, strand, W, H  # noqa: E402
import face as fc  # noqa: E402
import body as bd  # noqa: E402
import people as pp  # noqa: E402

# --------------------------------------------------------------------------- part states
# Pushed far enough to read at 720p from across a room (a 0.25-scale contact sheet tile
# is about what a player sees of a face from the sofa): brows move 15-30 px, lids a third
# of the eye, mouth corners 10-20 px.
# The eyes of one attending to someone look at them: busts face the middle of the stage
# (mirrored on its right half), so `look` turns the iris toward +x by that fraction of
# the member's eye width (LOOK: about 10 px on Rey's eye, 5 px at 720p). Eyes that look
# at no one (away, down, sad, tired, pained, closed) keep their own gaze.
LOOK = 0.17
EYES = {
    "open": dict(gaze=(0, 0), look=LOOK),
    "closed": dict(shut="rest"),
    "wide": dict(open=1.62, iris=0.8, pupil=0.68, gaze=(0, -1), crease=-4, look=LOOK * 0.9),
    "narrow": dict(open=0.5, low=7, inner=4, gaze=(0, 1), look=LOOK),
    "glare": dict(open=0.64, inner=10, low=8, gaze=(0, 0), look=LOOK),
    "down": dict(open=0.48, outer=3, gaze=(0, 7)),
    # away from the one they face, a little down: shy, guilty, flustered
    "away": dict(open=0.86, gaze=(0, 5), look=-LOOK * 1.75),
    "soft": dict(open=0.66, low=11, gaze=(0, 2), look=LOOK * 0.9),
    "smile": dict(open=0.4, low=17, gaze=(0, 0), look=LOOK * 0.8),
    "sad": dict(open=0.74, inner=-7, outer=8, low=1, gaze=(0, 6)),
    "sad_wet": dict(open=0.74, inner=-7, outer=8, low=1, gaze=(0, 6), wet=True),
    "worried": dict(open=1.24, inner=-6, gaze=(0, 1), look=LOOK),
    "pained": dict(open=0.5, inner=-5, outer=5, low=7, gaze=(0, 5)),
    "tired": dict(open=0.32, outer=5, inner=2, gaze=(0, 6), bags=True),
    "happy": dict(shut="happy"),
    "squeeze": dict(shut="squeeze"),
    "guarded": dict(open=0.78, inner=3, low=5, gaze=(0, 0), look=LOOK),
    # smiling with both eyes open (the cheeks up under them): `smile` squeezes small eyes
    # (Poe's, Leia's) to two slits that read at 720p as a wink
    "bright": dict(open=0.8, low=10, gaze=(0, 0), look=LOOK * 0.9),
    # drugged, going under: heavy lids half down over a gaze gone soft and unfocused
    "drowsy": dict(open=0.26, inner=3, outer=5, low=6, gaze=(0, 3), look=LOOK * 0.4),
    # an outburst through tears: wide, hard, wet
    "outburst": dict(open=1.1, inner=7, low=3, gaze=(0, 0), look=LOOK, wet=True),
}
BROWS = {
    "level": dict(),
    "angry": dict(inner=22, outer=-10, knit=10, furrow=1, arch=-6),
    "stern": dict(inner=13, outer=-2, knit=7, furrow=1, arch=-4),
    "sad": dict(inner=-21, outer=10, knit=4, worry=1, arch=-5),
    "raised": dict(inner=-24, outer=-20, arch=8, lines=3),
    "worried": dict(inner=-19, outer=5, knit=9, worry=1, arch=-2),
    "soft": dict(inner=-10, outer=-7, arch=7),
    "pained": dict(inner=-15, outer=11, knit=11, furrow=1, worry=1, arch=-5),
    "tired": dict(inner=3, outer=15, arch=-6),
    "guarded": dict(inner=9, outer=-1, knit=6, arch=-5),
    "sceptical": dict(L=dict(inner=16, outer=6, arch=-4), R=dict(inner=-22, outer=-30, arch=16), lines=1),
}
MOUTHS = {
    "rest": dict(),
    "smile": dict(cy=-19, cw=1.14, sag=4, press=0.8, dimple=1.25),
    "soft": dict(cy=-10, cw=1.02, sag=3, press=0.92, dimple=0.7),
    "grin": dict(cy=-19, cw=1.2, sag=4, open=12, teeth="grin", press=0.78, dimple=1.25),
    "shy": dict(cy=-12, asym=-12, cw=1.06, sag=3, press=0.86, dimple=1.0),
    "smirk": dict(cy=2, asym=-21, cw=1.02, sag=1, press=0.88),
    "laugh": dict(cy=-18, cw=1.22, sag=-2, open=30, teeth="top", press=0.8, dimple=1.2),
    # a shout: wide open, corners pulled down, top teeth bared
    "shout": dict(cy=8, cw=1.04, sag=-5, open=30, teeth="top", press=0.7, down=1.1, chin=1.0),
    "frown": dict(cy=14, cw=0.9, sag=-5, down=1.4, chin=1.2),
    "sad": dict(cy=11, cw=0.86, sag=-3, press=0.9, down=1.0, chin=0.9),
    "tight": dict(cy=4, cw=0.8, press=0.35, line=1.5, chin=0.9),
    "small": dict(cy=2, cw=0.56, press=1.25, sag=2, lower=1.2),
    "crooked": dict(cy=-15, asym=-12, cw=1.14, sag=4, open=9, teeth="grin", press=0.8, dimple=1.1),
    "weary": dict(cy=6, cw=0.95, sag=-2, press=0.95, lower=1.1),
    # Kylo's guarded mouth: a flat, closed line, the corners a touch low (the line's taper
    # lifts them again), never up
    "set": dict(cy=6, cw=0.9, sag=0, press=0.72, chin=0.6),
    "parted": dict(cy=1, cw=0.78, sag=-1, open=7, press=1.05, lower=1.15),
    "grimace": dict(cy=9, cw=1.24, sag=-2, open=13, teeth="gritted", press=0.45, down=1.0, chin=1.2),
    # shock: the jaw dropped, a round open mouth (a gasp, no teeth to speak of)
    "gasp": dict(cy=4, cw=0.66, sag=-3, open=16, press=1.05, lower=1.1),
    # drugged: a slack, soft smile, the lips just apart
    "slack": dict(cy=-5, cw=0.92, sag=3, open=4, press=1.05, lower=1.15),
    "talk_1": dict(open=12, teeth="top", cw=0.92, sag=-1),
    "talk_2": dict(open=26, teeth="top", cw=0.86, sag=-3),
}
STANDARD = ["eyes_open", "eyes_closed", "eyes_wide", "eyes_narrow", "eyes_down", "eyes_away", "eyes_soft",
            "eyes_sad", "brows_level", "brows_angry", "brows_sad", "brows_raised", "brows_worried", "mouth_rest",
            "mouth_smile", "mouth_frown", "mouth_tight", "mouth_talk_1", "mouth_talk_2"]


def X(body, eyes, brows, mouth, *extras, tilt=0):
    """An expression: a body, its eyes, brows and mouth, extras, and a head tilt in degrees
    (+ leans the top of the head toward the way the member faces, - away; at most 15)."""
    return dict(body=body, eyes="eyes_" + eyes, brows="brows_" + brows, mouth="mouth_" + mouth, extras=list(extras),
                tilt=tilt)


# Head tilts, by member: an existing expression's name with its tilt, or a new expression
# (a base expression's name or an X(...)) and its tilt. Applied after the lists above so
# the faces and the tilts can change apart. Tilts lean toward the one they face when warm
# or playful, away when shy, tired or overwhelmed.
TILTS = {
    "rey": {"soft": 6, "flustered": -7, "shaken": -5, "shy": (X("tunic", "down", "soft", "shy", "blush"), -8),
            "teasing": (X("crossed", "narrow", "raised", "smirk"), 8), "bench_soft": 6, "bench_flustered": -7,
            "stool_soft": 6, "stool_flustered": -7, "ground_soft": 6, "sling_soft": 5, "kneel_sling_soft": 5,
            "grazed_kneel_sling_soft": 5},
    "kylo": {"soft": 5, "rain_soft": 5, "plain_soft": 5, "bench_soft": 5, "ground_soft": 5, "cell_soft": 5,
             "torn_soft": 5, "gown_soft": 4, "awed": -4, "rain_awed": -4,
             "tired": (X("plain", "tired", "tired", "rest", "scar"), -7)},
    "leia": {"warm": 6},
    "poe": {"grinning": (X("hip", "bright", "raised", "grin"), 7), "bench_grinning": (X("bench", "bright", "raised", "grin"), 7)},
}


def add_tilts(m):
    for name, t in TILTS.get(m["id"], {}).items():
        if isinstance(t, tuple):
            base, t = t
            base = dict(m["expressions"][base]) if isinstance(base, str) else base
            m["expressions"][name] = dict(base, tilt=t)
        elif name in m["expressions"]:
            m["expressions"][name] = dict(m["expressions"][name], tilt=t)


# --------------------------------------------------------------------------- the members
def body_spec(F, sh_dy, sh_w, chest_w, waist_w, aw, lean=0, waist_in=0.96):
    return dict(cx=F["cx"], C=F["T"] + F["h"], neck=F["neck"], sh_y=F["T"] + F["h"] + sh_dy, sh_w=sh_w,
                chest_w=chest_w, waist_w=waist_w, aw=aw, far=0.86, lean=lean, waist_in=waist_in)


def rey_x():
    e = {
        "neutral": X("tunic", "open", "level", "rest"),
        "fierce": X("tunic", "narrow", "angry", "tight"),
        "angry": X("crossed", "glare", "angry", "frown"),
        "hurt": X("tunic", "sad_wet", "sad", "sad", "tear"),
        "soft": X("tunic", "soft", "soft", "soft"),
        "smiling": X("tunic", "smile", "soft", "grin"),
        "tired": X("tunic", "tired", "tired", "weary"),
        "worried": X("tunic", "worried", "worried", "tight"),
        "shocked": X("tunic", "wide", "raised", "gasp"),
        "pained": X("tunic", "squeeze", "pained", "grimace"),
        "flustered": X("crossed", "away", "worried", "shy", "blush"),
        # shaken, not coy: 2.7 telling Leia "He told me he loved me."
        "shaken": X("crossed", "down", "worried", "small"),
        "shouting": X("crossed", "glare", "angry", "shout"),
        "rain_neutral": X("rain", "open", "level", "rest", "wet"),
        "rain_fierce": X("rain", "narrow", "angry", "tight", "wet"),
        "rain_angry": X("rain", "glare", "angry", "frown", "wet"),
        "rain_hurt": X("rain", "sad_wet", "sad", "sad", "wet", "tear"),
        "rain_shocked": X("rain", "wide", "raised", "gasp", "wet"),
        "rain_shouting": X("rain", "glare", "angry", "shout", "wet"),
        # Chapter 1 with both blades lit: the same faces, the staff's blue light on her
        "rain_lit_neutral": X("rain_lit", "open", "level", "rest", "wet"),
        "rain_lit_fierce": X("rain_lit", "narrow", "angry", "tight", "wet"),
        "rain_lit_angry": X("rain_lit", "glare", "angry", "frown", "wet"),
        "rain_lit_hurt": X("rain_lit", "sad_wet", "sad", "sad", "wet", "tear"),
        "rain_lit_shocked": X("rain_lit", "wide", "raised", "gasp", "wet"),
        "rain_lit_shouting": X("rain_lit", "glare", "angry", "shout", "wet"),
        # beat 1.5: his saber's hilt, unlit, called out of the mud into her raised fist
        "rain_hilt_neutral": X("rain_hilt", "open", "level", "rest", "wet"),
        "rain_hilt_fierce": X("rain_hilt", "narrow", "angry", "tight", "wet"),
        "rain_hilt_angry": X("rain_hilt", "glare", "angry", "frown", "wet"),
        "rain_hilt_hurt": X("rain_hilt", "sad_wet", "sad", "sad", "wet", "tear"),
        "rain_hilt_shocked": X("rain_hilt", "wide", "raised", "gasp", "wet"),
        "sling_neutral": X("sling", "open", "level", "rest"),
        "sling_worried": X("sling", "worried", "worried", "tight"),
        "sling_shouting": X("sling", "worried", "worried", "shout"),
        "sling_soft": X("sling", "soft", "soft", "soft"),
        "sling_smiling": X("sling", "smile", "soft", "grin"),
        "crossed": X("crossed", "open", "level", "rest"),
        "rain_crossed": X("rain_crossed", "open", "level", "rest", "wet"),
        "staff": X("staff", "open", "level", "rest"),
        # beat 5.3: her hand flung out, and the Force answers
        "reach_fierce": X("reach", "narrow", "angry", "tight", tilt=4),
        "reach_angry": X("reach", "glare", "angry", "grimace", tilt=4),
        # beat 1.4: her fist catches him square in the face
        "rain_punch": X("rain_punch", "glare", "angry", "grimace", "wet", tilt=5),
    }
    # Sitting on a bench (the ship, the cell) or on the lake's pebbles, and kneeling (by
    # his bench): the same faces on a seated or lowered body.
    for seat, names in (("bench", ("neutral", "soft", "smiling", "angry", "hurt", "flustered", "fierce", "worried",
                                   "tired", "shocked")),
                        ("ground", ("neutral", "soft", "smiling", "tired")),
                        ("stool", ("neutral", "fierce", "angry", "hurt", "flustered", "soft"))):
        for k in names:
            e[f"{seat}_{k}"] = dict(e[k], body=seat)
    # beat 3.2: standing behind the medbay's stool
    for k in ("neutral", "fierce"):
        e[f"stool_stand_{k}"] = dict(e[k], body="stool_stand")
    e["kneel_worried"] = dict(e["worried"], body="kneel")
    e["kneel_angry"] = dict(e["angry"], body="kneel_crossed")
    for k in ("worried", "neutral", "soft"):
        e[f"kneel_sling_{k}"] = dict(e[f"sling_{k}"], body="kneel_sling")
    # chapter 5, the mission (5.2-5.5): the same faces in the dark mission clothes
    for k in ("neutral", "worried", "shocked", "pained", "fierce"):
        e[f"mission_{k}"] = dict(e[k], body="mission")
    for k in ("neutral", "smiling", "soft", "worried"):
        e[f"mission_bench_{k}"] = dict(e[f"bench_{k}"], body="mission_bench")
    # 5.3-5.5, grazed: from the shot that grazes her until Leia sends her to be treated
    for k in ("neutral", "worried", "shocked", "pained", "fierce"):
        e[f"grazed_{k}"] = dict(e[k], body="grazed")
    e["grazed_kneel_worried"] = dict(e["worried"], body="grazed_kneel")
    e["grazed_bench_worried"] = dict(e["bench_worried"], body="grazed_bench")
    for k in ("fierce", "angry"):
        e[f"grazed_reach_{k}"] = dict(e[f"reach_{k}"], body="grazed_reach")
    for k in ("worried", "neutral", "soft"):
        e[f"grazed_kneel_sling_{k}"] = dict(e[f"kneel_sling_{k}"], body="grazed_kneel_sling")
    for k in ("worried", "shouting", "neutral"):
        e[f"grazed_sling_{k}"] = dict(e[f"sling_{k}"], body="grazed_sling")
    e["mission_bench_soft"]["tilt"] = 6  # as bench_soft (TILTS)
    e["mission_kneel_worried"] = dict(e["kneel_worried"], body="mission_kneel")
    return e


def kylo_x():
    e = {
        "neutral": X("coat", "open", "level", "rest"),
        "pained": X("coat_hand", "pained", "pained", "grimace"),
        "soft": X("coat", "soft", "soft", "soft"),
        "awed": X("coat", "wide", "raised", "parted"),
        "wounded": X("wounded", "pained", "pained", "grimace"),
        "rain_neutral": X("coat_rain", "open", "level", "rest", "wet"),
        # his old, closed-off resting face, for when he is holding himself in
        "guarded": X("coat", "guarded", "guarded", "set"),
        "rain_guarded": X("coat_rain", "guarded", "guarded", "set", "wet"),
        # 1.4: her fist catches him in the face; his head snaps away from it.
        "rain_struck": X("coat_rain", "pained", "pained", "grimace", "wet", tilt=-14),
        "plain_guarded": X("plain", "guarded", "guarded", "set"),
        "rain_pained": X("coat_rain_hand", "pained", "pained", "grimace", "wet"),
        "rain_soft": X("coat_rain", "soft", "soft", "soft", "wet"),
        # tender and beaten at once: the end of the night in the rain
        "rain_sad": X("coat_rain", "sad", "sad", "sad", "wet"),
        "rain_awed": X("coat_rain", "wide", "raised", "parted", "wet"),
        # lying back on the pillow, the head resting to one side
        "gown": X("gown", "open", "level", "rest", tilt=-5),
        "gown_pained": X("gown_hand", "pained", "pained", "grimace", tilt=-6),
        "gown_soft": X("gown", "soft", "soft", "soft"),
        # beat 3.1, "staring straight ahead, as if the wall opposite had said something
        # rude": his eyes off her, on the wall
        "gown_ahead": X("gown", "away", "level", "rest", tilt=-5),
        "gown_asleep": X("gown", "closed", "level", "rest", tilt=-9),
        "wounded_asleep": X("wounded", "closed", "tired", "rest"),
        "plain": X("plain", "open", "level", "rest"),
        "plain_soft": X("plain", "soft", "soft", "soft"),
        "plain_smiling": X("plain", "smile", "soft", "crooked"),
        "plain_sad": X("plain_hand", "sad", "sad", "sad"),
        "plain_hurt": X("plain_hand", "sad_wet", "worried", "frown", "tear"),
        "plain_asleep": X("plain", "closed", "level", "rest"),
        "beaten_hurt": X("torn_hand", "pained", "pained", "parted", "bruise", "split_lip"),
        # 7.2, swaying at the top of the ramp, blinking at the field: dazed, eyes open
        "beaten_dazed": X("torn_hand", "open", "grief", "parted", "bruise", "split_lip", tilt=-6),
        "hand_to_chest": X("coat_hand", "down", "soft", "rest"),
        "plain_hand_to_chest": X("plain_hand", "down", "soft", "rest"),
        "rain_hand_to_chest": X("coat_rain_hand", "down", "sad", "rest", "wet"),
        # grief, regret, confession: eyes open and wet, brows drawn up together, the lips
        # pressed (`pained`, eyes screwed shut and teeth bared, is for the body's pain)
        "rain_grief": X("coat_rain_hand", "grief", "grief", "grief", "wet"),
        "gown_grief": X("gown_hand", "grief", "grief", "grief", tilt=-5),
        "plain_grief": X("plain_hand", "grief", "grief", "grief"),
        "gown_hand_to_chest": X("gown_hand", "down", "soft", "rest"),
    }
    # Sitting on a bench (the ship; the cell, bandaged and bruised) or on the lake's
    # pebbles, in his plain clothes: the plain faces on a seated body.
    for seat in ("bench", "ground", "cell"):
        for k in ("", "_soft", "_smiling", "_sad", "_hurt", "_asleep", "_grief"):
            x = dict(e["plain" + k], body=seat)
            if seat == "cell":
                x["extras"] = x["extras"] + ["bruise", "split_lip"]
            e[seat + k] = x
    # Chapter 7, the night he kills Snoke: bruised, his shirt torn at the shoulder
    for k in ("", "_soft", "_sad", "_hurt", "_asleep", "_grief"):
        x = e["plain" + k]
        e["torn" + k] = dict(x, body="torn_hand" if x["body"] == "plain_hand" else "torn",
                             extras=x["extras"] + ["bruise"])
    # beat 2.3: his knees give under him (the wounded coat), and ch7's torn shirt
    for body in ("wounded_kneel", "torn_kneel"):
        more = ["bruise"] if body == "torn_kneel" else []
        e[body] = X(body, "open", "pained", "set", *more, tilt=-5)
        e[body + "_pained"] = X(body, "pained", "pained", "grimace", *more, tilt=-10)
        e[body + "_hurt"] = X(body, "tired", "pained", "parted", *more, tilt=-13)
    # beat 5.3: down on the flagstones after the grenade, failing to push himself up
    e["down"] = X("down", "tired", "pained", "parted", tilt=-6)
    e["down_sad"] = X("down", "sad", "sad", "sad", tilt=-6)
    e["down_pained"] = X("down", "pained", "pained", "grimace", tilt=-9)
    # Raw, not smiling: his soft mouth reads as a smirk at the rawest lines, so these keep
    # the lips apart under worried brows. 1.3 "I love you." in the rain; 7.3 on the cell's
    # bench ("Can I kiss you?"); 7.1 holding out against Snoke's hold on him (strained);
    # 5.3 running for the wall after the grenade, spent, his breath ragged (spent).
    e["rain_raw"] = X("coat_rain", "sad", "worried", "parted", "wet")
    e["cell_raw"] = X("cell", "soft", "worried", "parted", "bruise", "split_lip")
    e["torn_strained"] = X("torn", "narrow", "pained", "set", "bruise")
    e["plain_spent"] = X("plain", "tired", "pained", "parted")
    # on the ship after the grenade the hurt is his back's: pain, not tears
    e["bench_hurt"] = X("bench", "pained", "pained", "grimace")
    for v in e.values():
        # one scar for every set, soaked or dry (people.kylo_scar)
        v["extras"] = ["scar"] + v["extras"]
    return e


# Kylo's own readings of shared states: his eyes sit small in a long face, so the warm
# ones are pushed further (lifted brows, softer lids) and the pain harder. His soft mouth
# stays near rest, only its corners easing up: a wider one read as a smirk on his face.
KYLO_STATES = {
    # at rest his brows lie level and his mouth relaxed (his heavy brows and long face
    # already read as brooding); sad lifts the inner brows and lowers the lids and the
    # mouth's corners; pain knits the brows down, squeezes the lids and bares the teeth
    "eyes": {"open": dict(open=0.9, low=2, gaze=(0, 1), look=LOOK),
             "soft": dict(open=0.74, low=12, gaze=(0, 1), look=LOOK * 0.9),
             "sad": dict(open=0.6, inner=-9, outer=12, low=2, gaze=(0, 8)),
             "sad_wet": dict(open=0.6, inner=-9, outer=12, low=2, gaze=(0, 8), wet=True),
             # both eyes squeezed shut, the same on each side: narrowed to slits, the far
             # (narrower) eye all but vanished at 720p and the face read as a wink
             "pained": dict(shut="squeeze"),
             # grief: the eyes open (not screwed shut as in pain), a little lowered,
             # wet along the lower lid, looking at the one he speaks to
             "grief": dict(open=0.8, inner=-10, outer=11, low=1, gaze=(0, 3), look=LOOK * 0.6, wet=True)},
    "brows": {"soft": dict(inner=-22, outer=-8, arch=11),
              "sad": dict(inner=-32, outer=12, knit=5, worry=1, arch=-6),
              "pained": dict(inner=11, outer=-5, knit=11, furrow=1, arch=-9),
              "raised": dict(inner=-30, outer=-24, arch=10, lines=3),
              # grief: the inner ends drawn hard up and together over the nose (sorrow,
              # not the knitted-down frown of pain)
              "grief": dict(inner=-40, outer=14, knit=13, worry=1, arch=-9)},
    # his rest is a flat, closed line: corners a touch under the parting's middle (the
    # line's taper lifts them to level); any lift read at 720p as a smirk in the rain.
    # Soft eases the corners up only a little, and no dimples.
    "mouth": {"rest": dict(cy=2, sag=0),
              "soft": dict(cy=-4, cw=1.0, sag=2, press=0.92),
              "sad": dict(cy=17, cw=0.82, sag=-4, press=0.9, down=1.5, chin=1.1),
              "grimace": dict(cy=12, cw=1.3, sag=-3, open=15, teeth="gritted", press=0.42, down=1.2, chin=1.3),
              # grief: the lips pressed together, narrow, the corners drawn down, the chin
              # tight under them; no teeth
              "grief": dict(cy=13, cw=0.86, sag=-4, press=0.5, down=1.2, chin=1.2)},
}


# Kylo is very tall: everyone else stands this much lower in their canvas (the whole
# figure, drawn as before and shifted down: `set_lower`), since his head already starts at
# the canvas's top. 100 keeps the lowest shoulders (Leia's) at row 914, which a 1280x720
# window's dialogue box leaves clear at the usual text size, so the busts keep their size;
# Kylo's head then stands about 220 px (110 px at 720p) over Rey's.
LOWER = 100

# How much lower a seated or kneeling body is set on stage, in the body's pixels. A chin
# may sink at most to the lowest shoulder line of anyone standing (Leia's, face box bottom
# 824 + 90), which the game keeps clear of the dialogue box: Rey's chin is at 778, so 136;
# Kylo's at 564, and 300 keeps his seated head about 60 px over hers seated or kneeling,
# and about 80 px under hers standing.
SEAT_DROP = {"rey": 136, "kylo": 300, "finn": 160, "poe": 160}
# Kylo down on his knees sinks lower than he sits: his chin at 564 + 330 = 894, just over
# the lowest standing shoulder line (914), so he is under everyone standing.
KNEEL_DROP = 330
# held up between two supporters (beats 2.3, 5.3, 7.2): set this much lower, so his
# arms out over their shoulders lie on them (their shoulders' tops at about 816-846)
CARRIED_DROP = 140
# Lying back in bed he is set a little less low than he sits, so the pillow round his head
# and the blanket at his shoulders show over the dialogue box: his chin at 564 + 250 = 814,
# under anyone's standing (Rey's 778 + 0) and over Rey's on the stool (778 + 136).
BED_DROP = 250
# Down on the ground pushing himself up (beat 5.3) his head hangs lower still: the chin at
# 564 + 340 = 904, over the lowest standing shoulder line (914).
DOWN_DROP = 340
# and his body sags toward the hand braced on the ground by this much (degrees, - is
# toward his near side, as a head's tilt): his kneeling faces lean about as far
KNEEL_SAG = -9


def seated(x, names, body="bench"):
    """The expressions `names` of x again on a seated body, as `bench_<name>`."""
    return dict(x, **{f"{body}_{k}": dict(x[k], body=body) for k in names})


MEMBERS = [
    dict(id="rey", name="Rey", colour="#8ec3e6", F=pp.REY_F, B=body_spec(pp.REY_F, 106, 232, 158, 156, 84, waist_in=0.84),
         hair_back=pp.rey_hair_back, hair_front=pp.rey_hair_front, outfit=pp.rey_outfit, sleeve=pp.rey_sleeve,
         bodies={"staff": ("tunic", "staff", False), "crossed": ("tunic", "crossed", False),
                 "rain": ("tunic", "staff", True), "rain_lit": ("lit", "staff_lit", True),
                 "rain_crossed": ("tunic", "crossed", True), "rain_hilt": ("tunic", "hilt", True),
                 "sling": ("mission", "sling", False), "tunic": ("tunic", "down", False),
                 "reach": ("mission", "reach", False, dict(sag=5)),
                 "rain_punch": ("tunic", "punch", True, dict(sag=6)),
                 "bench": ("tunic", "seated", False, dict(seat="bench")),
                 "ground": ("tunic", "seated", False, dict(seat="ground")),
                 "stool": ("tunic", "seated", False),
                 # beat 3.2: on her feet behind the stool she has set down, her hands on its seat
                 "stool_stand": ("tunic", "stool_stand", False),
                 "kneel": ("tunic", "kneel", False), "kneel_crossed": ("tunic", "crossed", False, dict(hunch=1.0)),
                 "kneel_sling": ("mission", "sling", False, dict(hunch=1.0)),
                 # chapter 5 from the ship out (5.2-5.5): the dark mission clothes; her
                 # sling, kneel_sling, kiss_sling and reach bodies (ch5 only) wear them too
                 "mission": ("mission", "down", False),
                 "mission_bench": ("mission", "seated", False, dict(seat="bench")),
                 "mission_kneel": ("mission", "kneel", False),
                 # 5.3-5.5, from the graze until she is treated: the same bodies with the
                 # near sleeve torn and bloodied at the shoulder (people.rey_graze)
                 "grazed": ("grazed", "down", False),
                 "grazed_kneel": ("grazed", "kneel", False),
                 "grazed_bench": ("grazed", "seated", False, dict(seat="bench")),
                 "grazed_reach": ("grazed", "reach", False, dict(sag=5)),
                 "grazed_sling": ("grazed", "sling", False),
                 "grazed_kneel_sling": ("grazed", "sling", False, dict(hunch=1.0))},
         seated={"bench": SEAT_DROP["rey"], "ground": SEAT_DROP["rey"], "stool": SEAT_DROP["rey"],
                 "kneel": SEAT_DROP["rey"],
                 "kneel_crossed": SEAT_DROP["rey"], "kneel_sling": SEAT_DROP["rey"],
                 "mission_bench": SEAT_DROP["rey"], "mission_kneel": SEAT_DROP["rey"],
                 "grazed_kneel": SEAT_DROP["rey"], "grazed_bench": SEAT_DROP["rey"],
                 "grazed_kneel_sling": SEAT_DROP["rey"]},
         legs=pp.rey_legs,
         expressions=rey_x(), hand_s=0.92, staff=True),
    dict(id="kylo", name="Kylo Ren", colour="#e07a6a", F=pp.KYLO_F, B=body_spec(pp.KYLO_F, 122, 304, 200, 184, 110),
         hair_back=pp.kylo_hair_back, hair_front=pp.kylo_hair_front, outfit=pp.kylo_outfit, sleeve=pp.kylo_sleeve,
         ears=False, brows_under_hair=True,
         bodies={"coat": ("coat", "down", False), "coat_hand": ("coat", "hand_chest", False),
                 "coat_rain": ("coat", "down", True), "coat_rain_hand": ("coat", "hand_chest", True),
                 "wounded": ("wounded", "down", False), "gown": ("gown", "down", False, dict(bed=True, sink=26, blanket=6)),
                 "gown_hand": ("gown", "hand_chest", False, dict(bed=True, sink=26, blanket=6, lift=84)),
                 "plain": ("plain", "down", False), "plain_hand": ("plain", "hand_chest", False),
                 "bench": ("plain", "seated", False, dict(seat="bench", hunch=1.7)),
                 "ground": ("plain", "seated", False, dict(seat="ground")),
                 "torn": ("plain", "down", False, dict(torn=True)),
                 "torn_hand": ("plain", "hand_chest", False, dict(torn=True)),
                 "cell": ("plain", "seated", False, dict(seat="bench", bandage=True, torn=True)),
                 # beat 2.3, "his knees went": down on his knees, sagging, a hand on the
                 # ground and one pressed to the wound (the torn, bloodied coat); and the
                 # same in chapter 7's torn shirt
                 "wounded_kneel": ("wounded", "kneel_brace", False, dict(hunch=1.8, sag=KNEEL_SAG)),
                 "torn_kneel": ("plain", "kneel_brace", False, dict(hunch=1.8, torn=True, sag=KNEEL_SAG)),
                 # beat 5.3, after the grenade: down on the flagstones, pushing himself up
                 "down": ("plain", "push_up", False, dict(hunch=5.2, sag=-6))},
         # one drop wherever he sits: under anyone standing, over Rey sitting or kneeling
         seated={"bench": SEAT_DROP["kylo"], "ground": SEAT_DROP["kylo"], "cell": SEAT_DROP["kylo"],
                 "gown": BED_DROP, "gown_hand": BED_DROP,
                 "wounded_kneel": KNEEL_DROP, "torn_kneel": KNEEL_DROP, "down": DOWN_DROP},
         # in bed: speaking, he keeps his place (a step forward would lift him out of it)
         lying=["gown", "gown_hand"],
         legs=lambda wet, var: pp.tones("#262a31", wet),
         expressions=kylo_x(), hand_s=1.08, one_sided=["scar", "bruise", "split_lip"], states=KYLO_STATES),
    dict(id="finn", name="Finn", colour="#e8b04a", F=pp.FINN_F, B=body_spec(pp.FINN_F, 118, 266, 180, 170, 100),
         hair_front=pp.finn_hair_front, outfit=pp.finn_outfit, sleeve=pp.finn_sleeve,
         bodies={"jacket": ("jacket", "down", False), "crossed": ("jacket", "crossed", False),
                 "bench": ("jacket", "seated", False, dict(seat="bench", hunch=0.7))},
         seated={"bench": SEAT_DROP["finn"]}, legs=lambda wet, var: pp.tones("#3b3a40", wet),
         expressions=seated({"neutral": X("jacket", "open", "level", "rest"),
                             "sceptical": X("crossed", "narrow", "sceptical", "smirk"),
                             "smiling": X("jacket", "smile", "soft", "grin"),
                             "worried": X("jacket", "worried", "worried", "tight"),
                             "laughing": X("jacket", "happy", "raised", "laugh"),
                             "crossed": X("crossed", "open", "level", "rest")},
                            ("neutral", "sceptical", "smiling", "laughing")), hand_s=1.04),
    dict(id="poe", name="Poe", colour="#f08c3c", F=pp.POE_F, B=body_spec(pp.POE_F, 118, 262, 178, 168, 100),
         hair_back=pp.poe_hair_back, hair_front=pp.poe_hair_front, outfit=pp.poe_outfit, sleeve=pp.poe_sleeve,
         bodies={"jacket": ("jacket", "down", False), "hip": ("jacket", "hip", False),
                 "bench": ("jacket", "seated", False, dict(seat="bench", hunch=0.7))},
         seated={"bench": SEAT_DROP["poe"]}, legs=lambda wet, var: pp.tones("#4a4236", wet),
         expressions=seated({"neutral": X("jacket", "open", "level", "smirk"),
                             "smiling": X("hip", "bright", "raised", "grin"),
                             "serious": X("jacket", "narrow", "stern", "tight"),
                             "worried": X("jacket", "worried", "worried", "sad"),
                             "hip": X("hip", "open", "level", "smirk")},
                            ("neutral", "smiling", "serious")), hand_s=1.04),
    dict(id="leia", name="Leia", colour="#c9a8e0", F=pp.LEIA_F, B=body_spec(pp.LEIA_F, 108, 226, 156, 160, 84, waist_in=0.9),
         hair_back=pp.leia_hair_back, hair_front=pp.leia_hair_front, outfit=pp.leia_outfit, sleeve=pp.leia_sleeve,
         bodies={"gown": ("gown", "clasped", False), "crossed": ("gown", "crossed", False)},
         expressions={"neutral": X("gown", "open", "level", "rest"),
                      "sad": X("gown", "sad", "sad", "sad"),
                      # 3.1: she has been crying (red-rimmed eyes)
                      "sad_red": X("gown", "sad", "sad", "sad", "red_eyes"),
                      "amused": X("crossed", "bright", "sceptical", "smirk"),
                      # 3.1: the same, after crying (her eyes still red)
                      "amused_red": X("crossed", "bright", "sceptical", "smirk", "red_eyes"),
                      "neutral_red": X("gown", "open", "level", "rest", "red_eyes"),
                      "stern": X("crossed", "narrow", "stern", "tight"),
                      # 4.1: reading the verdict off the sheet, eyes down, voice held
                      "reading": X("gown", "down", "level", "tight"),
                      "warm": X("gown", "soft", "soft", "smile"),
                      "crossed": X("crossed", "open", "level", "rest")}, hand_s=0.9),
    dict(id="luke", name="Luke", colour="#7fd6ff", hologram=True, F=pp.LUKE_F,
         B=body_spec(pp.LUKE_F, 118, 256, 172, 170, 100),
         hair_back=pp.luke_hair_back, hair_front=pp.luke_hair_front, outfit=pp.luke_outfit, sleeve=pp.luke_sleeve,
         ears=False, bodies={"robe": ("robe", "clasped", False)},
         expressions={"neutral": X("robe", "open", "level", "rest"),
                      "gentle": X("robe", "soft", "soft", "smile")}, hand_s=1.0, scan=True),
    dict(id="trooper", name="Defector", colour="#b8c0c8", F=pp.TROOPER_F,
         B=body_spec(pp.TROOPER_F, 118, 284, 190, 180, 108),
         hair_front=pp.trooper_hair_front, outfit=pp.trooper_outfit, sleeve=pp.trooper_sleeve,
         bodies={"armour": ("armour", "down", False)},
         expressions={"neutral": X("armour", "open", "level", "rest"),
                      "wary": X("armour", "narrow", "stern", "tight")}, hand_s=1.1),
    # the defector off the shuttle in beat 2.3, not Pell: his own face, the armour half
    # shot away, burns from the hangar
    dict(id="runner", name="Defector", colour="#d8b27a", F=pp.RUNNER_F,
         B=body_spec(pp.RUNNER_F, 114, 262, 176, 168, 100),
         hair_front=pp.runner_hair_front, outfit=pp.runner_outfit, sleeve=pp.runner_sleeve,
         bodies={"suit": ("suit", "down", False)},
         expressions={"neutral": X("suit", "open", "level", "rest"),
                      "wary": X("suit", "narrow", "stern", "tight"),
                      "angry": X("suit", "glare", "angry", "frown"),
                      "pleading": X("suit", "worried", "sad", "sad", tilt=5)}, hand_s=1.04),
    dict(id="defector", name="Defector", colour="#d9a5a0", F=pp.DEFECTOR_F,
         B=body_spec(pp.DEFECTOR_F, 108, 240, 164, 156, 88, waist_in=0.86),
         outfit=pp.defector_outfit, sleeve=pp.defector_sleeve,
         bodies={"armour": ("armour", "down", False), "crossed": ("armour", "crossed", False)},
         expressions={"neutral": X("armour", "open", "level", "rest"),
                      "wary": X("crossed", "away", "stern", "tight"),
                      "crossed": X("crossed", "open", "level", "rest"),
                      "smiling": X("armour", "smile", "soft", "smirk")}, hand_s=0.94),
]


# Poses for actions the script describes (body.action_arms), and their expressions: added
# to the members above (name: (variant, pose, wet, opts)), with the seated drops and leans they need.
ACTIONS = {
    "rey": dict(bodies={
        # beat 1.5: he has taken the hilt; her hand still out, open and empty
        "rain_given": ("tunic", "given", True),
        # beat 1.5: her hand held out to the dark, calling his saber (the staff in the other)
        "rain_call": ("tunic", "call_force", True),
        # beat 5.4: up off her knees, leaning over him to kiss his temple
        "kiss_sling": ("mission", "kiss", False, dict(sag=7)),
        "grazed_kiss": ("grazed", "kiss", False, dict(sag=7)),
        # beat 7.2: straining against the hand on her arm
        "pulled": ("tunic", "pulled", False, dict(sag=-5)),
        # beat 7.3: on the bench beside him, leaning into him (the bench's picture, set
        # nearer him so her shoulder is against his arm)
        "bench_lean": "=bench",
        # beats 7.3, 7.4: leaning into him, her hand given into his (he closes his over it)
        "bench_hand": ("tunic", "seated", False, dict(seat="bench", arms="give_hand")),
        # beat 1.4: the punch, set nearer him so the fist lands on his face
        "rain_punch_close": "=rain_punch",
        # beat 1.5, "Take it.": his hilt held out to him at arm's length
        "rain_offer": ("tunic", "hilt_offer", True),
        # beat 5.3, over the wall: holding him up, his arm over her shoulder, hers round
        # his back (body.action_arms `support`), leaning into his weight
        "mission_support": ("mission", "support", False, dict(sag=3)),
        # beat 7.4, after the kiss: on the cell's bench leaning into him, his arm round her
        # (his hand on her near shoulder, drawn in her picture; Kylo's `cell_around`)
        "bench_held": ("tunic", "seated", False, dict(seat="bench", arms="held"))},
        seated={"bench_lean": 136, "bench_hand": 136, "bench_held": 136},
        # the stage sets her this much nearer him (body pixels), lips to his temple
        leaning={"kiss_sling": 45, "grazed_kiss": 45, "bench_lean": 90, "bench_hand": 90, "bench_held": 90, "rain_punch_close": 120},
        expressions={
            "rain_punch_close": X("rain_punch_close", "glare", "angry", "grimace", "wet", tilt=5),
            "rain_offer_fierce": X("rain_offer", "narrow", "angry", "tight", "wet"),
            "rain_offer_hurt": X("rain_offer", "sad_wet", "sad", "sad", "wet", "tear"),
            "mission_support_fierce": X("mission_support", "narrow", "angry", "tight"),
            "mission_support_worried": X("mission_support", "worried", "worried", "tight", tilt=4),
            "bench_lean_worried": X("bench_lean", "worried", "worried", "tight"),
            "bench_lean_angry": X("bench_lean", "glare", "angry", "frown"),
            "bench_lean_soft": X("bench_lean", "soft", "soft", "soft", tilt=6),
            "bench_lean_hurt": X("bench_lean", "sad_wet", "sad", "sad", "tear"),
            # beat 7.3, "I do!": shouted at him through tears, brows down and together
            "bench_lean_outburst": X("bench_lean", "outburst", "angry", "shout", "tear", tilt=3),
            "bench_lean_shocked": X("bench_lean", "wide", "raised", "gasp"),
            "rain_call_fierce": X("rain_call", "narrow", "angry", "tight", "wet"),
            "rain_given_neutral": X("rain_given", "open", "level", "rest", "wet"),
            "rain_given_fierce": X("rain_given", "narrow", "angry", "tight", "wet"),
            "rain_given_hurt": X("rain_given", "sad_wet", "sad", "sad", "wet", "tear"),
            "kiss_sling": X("kiss_sling", "closed", "soft", "small", tilt=15),
            "grazed_kiss": X("grazed_kiss", "closed", "soft", "small", tilt=15),
            "pulled_angry": X("pulled", "glare", "angry", "frown", tilt=-4),
            "pulled_worried": X("pulled", "worried", "worried", "tight", tilt=-3)}),
    "kylo": dict(bodies={
        # beat 1.5: his hilt, unlit, taken from her hand
        "coat_rain_hilt": ("coat", "hilt_held", True),
        # beat 4.2: the crate; wiping his hands; shouldered aside by a pilot
        "plain_crate": ("plain", "crate", False),
        "plain_wipe": ("plain", "wipe", False),
        # beat 6.1: his canteen tray in both hands
        "plain_tray": ("plain", "tray", False),
        "plain_knocked": ("plain", "knocked", False, dict(sag=-8)),
        # beat 7.1: calling his saber to the hand flung out behind him
        "torn_call": ("plain", "call", False, dict(torn=True)),
        "torn_lit": ("plain", "call_lit", False, dict(torn=True)),
        # beat 5.4: asleep on the bench, slumped a little lower (the bench's picture, set
        # lower: his chin at the lowest standing shoulder line), so his temple is at the
        # height of her lips as she leans over him
        "bench_slump": "=bench",
        # beat 1.4: reeling from her fist: knocked lower (set lower), the whole figure
        # thrown back away from her (`sag`), the arms hanging
        "coat_rain_reel": ("coat", "down", True, dict(sag=-7)),
        # beat 7.2: walked down the ramp between two defectors, sagging on them, hand to
        # his side: the torn shirt's picture set lower, so he stands no higher than they do
        "torn_sag": "=torn_hand",
        # beats 7.3, 7.4, the cell: his arms uncrossed as he softens (the bench's pose, the
        # hands low between his knees, the dressing on his left forearm); and his bandaged
        # hand reached out and closed over hers
        "cell_open": ("plain", "seated", False, dict(seat="bench", bandage=True, torn=True, arms="seated")),
        "cell_hand": ("plain", "seated", False, dict(seat="bench", bandage=True, torn=True, arms="hold_hand")),
        # held up, an arm over each supporter's shoulder, his shoulders hunched up by
        # them, set lower (body.action_arms `carried`): beat 2.3 in the torn coat, 7.2 in
        # the torn shirt; and 5.3 in plain clothes, one arm over Rey's shoulder, the other
        # hand to his chest
        "wounded_carried": ("wounded", "carried", False, dict(hunch=2.6)),
        "torn_carried": ("plain", "carried", False, dict(hunch=2.6, torn=True)),
        "plain_carried": ("plain", "carried_one", False, dict(hunch=1.2, sag=5)),
        # beat 5.4, "elbows on his knees": the bench's pose hunched right over, the
        # shoulders up round a low head
        "bench_hunch": ("plain", "seated", False, dict(seat="bench", hunch=3.4, sag=4)),
        # beat 7.4, after the kiss: his far arm round her, behind her back (Rey's `bench_held`)
        "cell_around": ("plain", "seated", False, dict(seat="bench", bandage=True, torn=True, arms="around"))},
        seated={"wounded_carried": CARRIED_DROP, "torn_carried": CARRIED_DROP, "plain_carried": CARRIED_DROP,
                "bench_hunch": SEAT_DROP["kylo"] + 40, "cell_around": SEAT_DROP["kylo"],
                "bench_slump": 346, "coat_rain_reel": 200, "torn_sag": 190, "cell_open": SEAT_DROP["kylo"],
                "cell_hand": SEAT_DROP["kylo"]},
        expressions={
            "rain_hilt": X("coat_rain_hilt", "open", "level", "rest", "scar", "wet"),
            "rain_hilt_sad": X("coat_rain_hilt", "sad", "sad", "sad", "scar", "wet"),
            "crate": X("plain_crate", "open", "level", "rest", "scar"),
            "crate_guarded": X("plain_crate", "guarded", "guarded", "set", "scar"),
            "tray_guarded": X("plain_tray", "guarded", "guarded", "set", "scar"),
            "wipe": X("plain_wipe", "down", "level", "rest", "scar"),
            "wipe_guarded": X("plain_wipe", "guarded", "guarded", "set", "scar"),
            "knocked": X("plain_knocked", "narrow", "pained", "tight", "scar", tilt=-11),
            "torn_call": X("torn_call", "narrow", "guarded", "set", "scar", "bruise"),
            "torn_lit": X("torn_lit", "narrow", "stern", "set", "scar", "bruise"),
            # beat 5.4: asleep, his head fallen a little toward her
            "bench_asleep_lean": X("bench_slump", "closed", "level", "rest", "scar", tilt=15),
            # beat 5.4: the painkiller taking him under ("Blue and... gold..."): heavy
            # lids half down, a slack soft smile
            "bench_drowsy": X("bench", "drowsy", "soft", "slack", "scar", tilt=-7),
            # beats 3.3 and 5.5: his crooked smile, in the medbay bed
            "gown_crooked": X("gown", "soft", "level", "crooked", tilt=4),
            # beat 1.4 on: the bruise from her fist, to the end of the rain
            "rain_struck_low": X("coat_rain_reel", "pained", "pained", "grimace", "scar", "wet", tilt=-15),
            "rain_neutral_bruised": X("coat_rain", "open", "level", "rest", "scar", "wet", "bruise"),
            "rain_guarded_bruised": X("coat_rain", "guarded", "guarded", "set", "scar", "wet", "bruise"),
            "rain_pained_bruised": X("coat_rain_hand", "pained", "pained", "grimace", "scar", "wet", "bruise"),
            "rain_grief_bruised": X("coat_rain_hand", "grief", "grief", "grief", "scar", "wet", "bruise"),
            "rain_awed_bruised": X("coat_rain", "wide", "raised", "parted", "scar", "wet", "bruise", tilt=-4),
            "rain_hilt_sad_bruised": X("coat_rain_hilt", "sad", "sad", "sad", "scar", "wet", "bruise"),
            # beat 1.5: his voice scraped raw
            "rain_hilt_raw_bruised": X("coat_rain_hilt", "sad_wet", "worried", "frown", "scar", "wet", "bruise"),
            # beat 5.3: looking past her at the grenade
            "plain_away": X("plain", "away", "guarded", "set", "scar"),
            # beat 3.3: "I'm saying this badly"
            "gown_awkward": X("gown", "away", "worried", "tight", "scar"),
            # beat 7.2: held up between the two defectors, dazed, finding her
            "torn_sag_sad": X("torn_sag", "sad", "sad", "sad", "scar", "bruise", tilt=-8),
            "torn_sag_pained": X("torn_sag", "pained", "pained", "grimace", "scar", "bruise", tilt=-10),
            "wounded_carried": X("wounded_carried", "pained", "pained", "grimace", "scar", tilt=-12),
            "wounded_carried_hurt": X("wounded_carried", "tired", "pained", "parted", "scar", tilt=-10),
            "torn_carried_pained": X("torn_carried", "pained", "pained", "grimace", "scar", "bruise", tilt=-14),
            "torn_carried_sad": X("torn_carried", "sad", "sad", "sad", "scar", "bruise", tilt=-8),
            "plain_carried_spent": X("plain_carried", "tired", "pained", "parted", "scar", tilt=10),
            "bench_hunch_hurt": X("bench_hunch", "pained", "pained", "grimace", "scar", tilt=5),
            "bench_hunch_sad": X("bench_hunch", "down", "sad", "sad", "scar", tilt=5)}),
    "poe": dict(bodies={
        # beat 7.2: his arm thrown back, the hand closed round her arm
        "grip": ("jacket", "grip", False),
        # beat 2.6, "General. I've got you.": at her shoulder, his hand on it
        "steady": ("jacket", "steady", False),
        # beat 6.1: up on the canteen's bench, waving (drawn POE_UP higher: see below)
        "up": ("jacket", "wave", False),
        # and up there with his fist on his hip, making his speech (the hip's picture,
        # not set lower)
        "up_hip": "=hip"},
        expressions={
            "up_waving": X("up", "bright", "raised", "grin"),
            "up_smiling": X("up_hip", "bright", "raised", "grin"),
            "up_serious": X("up_hip", "narrow", "stern", "tight"),
            "grip_serious": X("grip", "narrow", "stern", "tight"),
            "grip_worried": X("grip", "worried", "worried", "sad"),
            "steady_worried": X("steady", "worried", "worried", "sad", tilt=5),
            # beat 2.4: gentle with a frightened defector
            "gentle": X("jacket", "soft", "worried", "smile"),
            # beat 2.5, "no stormtrooper would ever save my life. Then one did.": to Finn,
            # fond, the head leaning toward him
            "fond": X("jacket", "soft", "raised", "smile", tilt=6)}),
    # the defectors holding him up (beats 2.3, 7.2), leaning into his weight
    "defector": dict(bodies={"support": ("armour", "support", False, dict(sag=3))},
                     expressions={"support": X("support", "open", "stern", "tight"),
                                  "support_wary": X("support", "narrow", "stern", "tight")}),
    "runner": dict(bodies={"support": ("suit", "support", False, dict(sag=3))},
                   expressions={"support": X("support", "open", "stern", "tight"),
                                "support_wary": X("support", "narrow", "stern", "tight")}),
    "leia": dict(bodies={
        # beat 2.7: by his bed, one hand flat on the blanket
        "blanket": ("gown", "blanket_hand", False)},
        expressions={
            "blanket_sad": X("blanket", "down", "sad", "sad", tilt=4)}),
    "finn": dict(bodies={}, expressions={
        # beat 6.1: suddenly very interested in his caf
        "bench_caf": X("bench", "down", "raised", "tight")}),
}
for _m in MEMBERS:
    _a = ACTIONS.get(_m["id"])
    if _a:
        _m["bodies"].update(_a["bodies"])
        _m.setdefault("seated", {}).update(_a.get("seated", {}))
        _m.setdefault("leaning", {}).update(_a.get("leaning", {}))
        _m["expressions"].update(_a["expressions"])
# Poe up on the canteen's bench (beat 6.1) stands higher than anyone can be drawn in a
# canvas whose figure is set LOWER down it: his whole figure is drawn POE_UP higher than
# everyone else's (its face and head boxes with it), and every other body of his is set
# that much lower on stage (`seated`), so on stage it stands where it always did. Up on
# the bench (`up`, not set lower) his head is then POE_UP over where he stands, a little
# under Kylo's (his face box's top stays under Kylo's, which the stage fits to).
POE_UP = 140
POE_UP_BODIES = ("up", "up_hip")
for _m in MEMBERS:
    if _m["id"] == "poe":
        _m["seated"] = {b: _m.get("seated", {}).get(b, 0) + POE_UP for b in _m["bodies"] if b not in POE_UP_BODIES}
POSE_NOTES_ACTIONS = {
    "rey:rain_call": "soaked, her near arm stretched out level to her side toward the dark, palm away, fingers spread, calling his saber; the staff in the other fist (beat 1.5)",
    "kylo:plain_tray": "plain clothes, a canteen tray held before his chest in both hands (beat 6.1)",
    "poe:up": "the jacket, up on the canteen's bench (drawn higher: POE_UP), the far hand up beside his head waving, the near fist on his hip (beat 6.1)",
    "poe:up_hip": "the hip's picture up on the bench, not set lower: his speech to the canteen (beat 6.1)",
    "leia:blanket": "the vest, by his bed: the far arm reaching down to the foot of the bed before her, the hand flat on the blanket over his feet (beat 2.7)",
    "rey:rain_given": "soaked, the hilt given back: her far hand still held out toward him, open and empty, the staff in the other (beat 1.5)",
    "rey:grazed_kiss": "as kiss_sling, the sleeve under the sling torn and bloodied at the shoulder (beat 5.4)",
    "rey:kiss_sling": "the sling over the dark mission clothes, up off her knees and leaning in over him, to kiss his temple (beat 5.4)",
    "rey:pulled": "the tunic, held by the upper arm and pulling it back against the grip, fists clenched, leaning away (beat 7.2)",
    "kylo:coat_rain_hilt": "soaked, his unlit hilt in his hand, held low before him (beat 1.5)",
    "kylo:plain_crate": "plain clothes, a crate hoisted on his near shoulder, his hand up holding it (beat 4.2)",
    "kylo:plain_wipe": "plain clothes, wiping his hands on a rag (beat 4.2)",
    "kylo:plain_knocked": "plain clothes, shouldered aside in passing: jolted back, the hands knocked apart (beat 4.2)",
    "kylo:torn_call": "the torn shirt, the near hand flung back, open, his hilt arriving in it (beat 7.1)",
    "kylo:torn_lit": "the same, the hilt upright in the raised hand and the red blade lit up out of it behind him, its light a glow layer (beat 7.1)",
    "kylo:bench_slump": "the bench's picture set lower (his chin at the lowest standing shoulder line): asleep, slumped toward her as she kisses his temple (beat 5.4)",
    "kylo:torn_sag": "the torn shirt's picture with the hand to his side, set lower: sagging between the two defectors who walk him down the ramp (beat 7.2)",
    "rey:bench_hand": "the tunic on the cell's bench, leaning into him (set nearer), her far hand given into his, held up between them (beats 7.3, 7.4)",
    "kylo:cell_open": "the cell's bench, bandaged and torn, his arms uncrossed: the hands low between his knees (beats 7.3, 7.4)",
    "kylo:cell_hand": "the cell's bench, his bandaged far hand reached out and closed over hers, held up between them (beats 7.3, 7.4)",
    "kylo:wounded_carried": "the torn coat, held up: an arm over each supporter's shoulder, hunched, set lower (beat 2.3)",
    "kylo:torn_carried": "the torn shirt, held up: an arm over each supporter's shoulder, hunched, set lower (beat 7.2)",
    "kylo:plain_carried": "plain clothes, held up by Rey: his far arm over her shoulder, the other hanging, leaning toward her, set lower (beat 5.3)",
    "kylo:bench_hunch": "the bench hunched right over, elbows on his knees, the shoulders up round a low head, set lower (beat 5.4)",
    "defector:support": "the armour, holding him up: the far arm round his back, the near hand across her chest at his wrist (beats 2.3, 7.2)",
    "runner:support": "the scorched suit, holding him up: the far arm round his back, the near hand across his chest at Kylo's wrist (beats 2.3, 7.2)",
    "rey:mission_support": "the mission clothes, holding him up: the far arm round his back, the near hand across her chest at his wrist (beat 5.3)",
    "rey:rain_offer": "soaked, his hilt held out toward him at arm's length, the staff in her other fist (beat 1.5)",
    "poe:steady": "the jacket, his far hand on the top of Leia's shoulder beside him, steadying her (beat 2.6)",
    "rey:bench_held": "the tunic on the cell's bench, leaning into him (set nearer), his arm round her: his hand on her near shoulder (beat 7.4, with Kylo's cell_around)",
    "kylo:cell_around": "the cell's bench, bandaged and torn, his far arm round her behind her back (beat 7.4, with Rey's bench_held)",
    "poe:grip": "the jacket, his near arm thrown back, the hand closed round her upper arm beside his shoulder (beat 7.2)",
}


for _m in MEMBERS:
    add_tilts(_m)
    # the cell (7.3, 7.4): his faces again with his arms uncrossed (`cell_open_*`) and hand
    # in hand (`cell_hand_*`); hers leaning into him with her hand in his (`bench_hand_*`)
    _e = _m["expressions"]
    if _m["id"] == "kylo":
        for _k in ("", "_soft", "_sad", "_hurt", "_raw", "_smiling", "_grief"):
            for _b in ("cell_open", "cell_hand", "cell_around"):
                _e[_b + _k] = dict(_e["cell" + _k], body=_b)
    if _m["id"] == "rey":
        for _k in ("worried", "angry", "soft", "hurt", "shocked"):
            _e["bench_hand_" + _k] = dict(_e["bench_lean_" + _k], body="bench_hand")
        for _k in ("fierce", "smiling"):
            _e["bench_hand_" + _k] = dict(_e["bench_" + _k], body="bench_hand")
        for _k in ("soft", "smiling", "flustered", "hurt"):
            _e["bench_held_" + _k] = dict(_e["bench_" + _k], body="bench_held")
    _m["lower"] = 0 if _m["id"] == "kylo" else LOWER - POE_UP if _m["id"] == "poe" else LOWER


def face_box(m):
    """The face box on the canvas (as the manifest and the game place it)."""
    if m["id"] == "droid":
        return (280, 160, 340, 440)
    F = m["F"]
    return (F["cx"] - 170, F["T"] - 24 + m["lower"], 340, F["h"] + 84)


def drawn(m, box):
    """A box on the canvas in the coordinates the member is drawn in: the figure is drawn
    where its face spec says and shifted down by `lower` on the canvas."""
    x, y, w, h = box
    return (x, y - m.get("lower", 0), w, h)


# --------------------------------------------------------------------------- drawing
def draw_arm(doc, m, a, sl, wet):
    F = m["F"]
    S = dict(skin=F["skin"], skin_sh=F["skin_sh"], skin_lt=F["skin_lt"], rim=F["rim"], skin_deep=mix(F["skin_sh"], F["skin_deep"], 0.6))
    joints, widths = a["joints"], a["widths"]
    # the arm's shadow on the body, kept inside the torso
    dj, dw = bd.muscled(joints, [w * 1.08 + 6 for w in widths])
    cid = doc.clip(smooth(m["B"].get("torso_turned") or m["B"]["torso"]))
    doc.open_group(cid)
    doc.path(smooth(shift(limb(dj, dw), 14, 8)), "#0a0c14", 0.22)
    doc.close_group()
    outer, _ = bd.arm(doc, S, joints, widths, sleeve=sl["sleeve"], sleeve_to=a.get("sleeve_to", sl.get("sleeve_to", 1.0)),
                      cuff=sl.get("cuff"))
    if sl.get("wraps"):
        # Rey's arm wraps: bands round the forearm
        E, Wr = joints[1], joints[-1]
        w = widths[1] * 1.05
        import math
        dx, dy = Wr[0] - E[0], Wr[1] - E[1]
        ln = math.hypot(dx, dy) or 1
        nx, ny = -dy / ln, dx / ln
        col = sl["sleeve"]
        if isinstance(sl["wraps"], tuple):
            # wraps of their own colour (Rey's mission clothes): the forearm bound in a
            # lighter cloth, kept inside the sleeve's outline
            col = sl["wraps"]
            doc.open_group(doc.clip(smooth(outer)))
            form(doc, pp.rod([lerp(E, Wr, 0.07), lerp(E, Wr, 1.1)], w * 1.4), col[0], col[1], col[2], None, s=(10, -2),
                 l=(5, 0))
            doc.close_group()
        for k in range(7):
            t = 0.12 + k * 0.12
            if t > 0.95:
                break
            p = lerp(E, Wr, t)
            a1 = (p[0] - nx * w / 2, p[1] - ny * w / 2 - 8)
            a2 = (p[0] + nx * w / 2, p[1] + ny * w / 2 + 8)
            doc.blob(lens(a1, a2, 5, -1), col[1], 0.75)
            doc.blob(lens(shift([a1], 0, -8)[0], shift([a2], 0, -8)[0], 3, -1), col[2], 0.7)
    if sl.get("stripe"):
        S0, E = joints[0], joints[1]
        form(doc, band([lerp(S0, E, 0.05), lerp(S0, E, 0.9)], 16), sl["stripe"], dark(sl["stripe"], 0.7), None, None,
             s=(6, 0))
    if sl.get("plates") and not (sl["plates"] == "far" and a.get("near")):
        S0, E = joints[0], joints[1]
        pp.armour_plate(doc, limb([lerp(S0, E, 0.0), lerp(S0, E, 0.6)], [widths[0] * 1.15, widths[0] * 0.9]), 5, 51)
        if len(joints) > 2:
            pp.armour_plate(doc, limb([lerp(E, joints[2], 0.15), lerp(E, joints[2], 0.7)],
                                      [widths[1] * 0.95, widths[2] * 1.0]), 4, 52)
    if sl.get("graze") and a.get("near"):
        # Rey's blaster graze (5.3-5.5): torn and bloodied at the near shoulder
        pp.rey_graze(doc, joints[0], joints[1], widths[0])
    if sl.get("burn") and a.get("near"):
        # the runner's near arm: its plates shot away, the sleeve burnt through on the
        # upper arm (a charred hole, red skin) and scorched down to the elbow
        S0, E = joints[0], joints[1]
        p = lerp(S0, E, 0.38)
        pp.burn_hole(doc, p[0] + 2, p[1], 27, 29, -70)
        # the strap that held the lost plate, hanging loose
        doc.blob(strand([lerp(S0, E, 0.12), (S0[0] + 30, S0[1] + 60), (S0[0] + 22, S0[1] + 110)], 10, 0.6),
                 "#3c3e44", 0.95)
    if sl.get("sheen"):
        # water running down a soaked sleeve
        S0, E = joints[0], joints[1]
        for t0, t1, dx in ((0.05, 0.45, 0.25), (0.5, 0.9, 0.3)):
            p0, p1 = lerp(S0, E, t0), lerp(S0, E, t1)
            doc.blob(lens((p0[0] + widths[0] * dx, p0[1]), (p1[0] + widths[1] * dx, p1[1]), -4), "#e6f4ff", 0.6)
    if a.get("staff"):
        pp.rey_staff(doc, m, a, m.get("glow_doc"))
    if a.get("hilt"):
        pp.kylo_hilt(doc, m, a, wet)
    if a.get("bandage"):
        # a dressing round the forearm where the tracker was cut out: on the wrist, just
        # under the hand ("the one with the bandaged wrist")
        pp.bandage_arm(doc, joints[1], joints[-1], widths[1] * 1.04, 0.64, 0.95)
    if a.get("punch"):
        pp.punch_streaks(doc, joints)
    if a.get("prop"):
        a["prop"](doc, m, a, wet)
    if a.get("hand"):
        kind, deg, flip = a["hand"]
        bd.hand(doc, S, kind, joints[-1][0], joints[-1][1], deg, m.get("hand_s", 1.0) * a.get("hand_k", 1.0), flip)
    if a.get("prop_over"):
        a["prop_over"](doc, m, a, wet)
    if a.get("lit"):
        pp.saber_light(doc, m, a)
    if a.get("sling"):
        pp.rey_sling_extra(doc, m, m["B"], wet, a)
    if a.get("pauldron"):
        S0 = joints[0]
        pp.armour_plate(doc, [(S0[0] - 70, S0[1] - 20), (S0[0] - 20, S0[1] - 66), (S0[0] + 50, S0[1] - 60),
                              (S0[0] + 60, S0[1] + 10), (S0[0] + 10, S0[1] + 70), (S0[0] - 60, S0[1] + 60)], 8, 61)
        form(doc, band([(S0[0] - 64, S0[1] + 40), (S0[0] + 56, S0[1] + 40)], 12), "#5a4634", None, None, None)


def turned_arm(doc, m, a, sl, wet):
    """An arm on the three-quarter body: its joints move with the turn (bd.turned_pts),
    so crossed, clasped or pressed hands stay with the middle line, and it is drawn
    whole at them (an arm's round shape and its hand do not squeeze with the chest's
    front). The near arm keeps its shoulder and is a little fuller; the far one is
    narrower and its shoulder tucked in behind the far edge. An arm thrown out toward the
    viewer (`hand_k`: Rey's reach and punch, foreshortened already) moves as its
    shoulder does and keeps its reach."""
    B = m["B"]
    B["torso_turned"] = bd.turned_pts(B, B["torso"])
    j, w = a["joints"], a["widths"]
    if a.get("hand_k"):
        J = shift(j, bd.turn_x(B, *j[0]) - j[0][0], 0)
    else:
        J = bd.turned_pts(B, j)
        if a.get("near"):
            J[0] = j[0]
            w = [v * bd.NEAR_ARM for v in w]
        else:
            J[0] = (j[0][0] + bd.far_tuck(B, j[0][1]), j[0][1])
            w = [v * bd.FAR_ARM for v in w]
    draw_arm(doc, m, dict(a, joints=J, widths=w), sl, wet)
    B["torso_turned"] = None


def draw_body(m, bname):
    var, pose, wet, *more = m["bodies"][bname]
    opts = more[0] if more else {}
    F = m["F"]
    B = bd.posture(m, pose, opts)
    B["torso"] = bd.torso_pts(B)
    # the canvas shows the drawing from `lower` rows above its top: the figure stands lower
    doc = Doc(f"{m['name']}, body {bname}", (0, -m["lower"], W, H))
    # a lit blade's light is a layer of its own (`glow_<body>`), laid over the body, head
    # and face and never dimmed with a listener
    m["glow_doc"] = Doc(f"{m['name']}, glow {bname}", (0, -m["lower"], W, H)) if glow_of(m, bname) else None
    # Poe's bodies set POE_UP lower on stage would show that many rows under the stage's
    # floor, which they never did: those rows are left empty (and out of the PNG); not
    # the hip's, which up on the bench stands on the floor (`up_hip`)
    floor_cut = POE_UP if m["id"] == "poe" and bname not in POE_UP_BODIES + ("hip",) else 0
    if floor_cut:
        y_cut = H - floor_cut - m["lower"]
        doc.open_group(doc.clip(f"M -200 -400 H 1100 V {y_cut} H -200 Z"))
    if opts.get("sag"):
        # the whole figure sags toward its near side, turning about the neck's pivot so
        # the neck stays under the head (whose expressions lean about as far)
        px, py = pivot(m)
        doc.open_group(extra=f' transform="rotate({opts["sag"]} {px} {py - m["lower"]})"')
    # a seated body may take the arms of another pose (`arms`): the cell's bench with his
    # arms uncrossed, or hand in hand
    near, far = bd.pose_arms(B, opts.get("arms", pose))
    if opts.get("bandage"):
        if opts.get("arms"):
            # the dressing on the arm the pose names, else the far one; its sleeve pushed
            # up to the elbow, so the gauze round the wrist shows on bare skin
            if near.get("bandage"):
                near = dict(near, sleeve_to=0.6)
            else:
                far = dict(far, bandage=True, sleeve_to=0.6)
        else:
            near, far = bd.holding_arm(B)
    if opts.get("lift"):
        # lying back, the hand on his chest rides higher, clear of the dialogue box
        j = near["joints"]
        near = dict(near, joints=j[:-2] + [(j[-2][0], j[-2][1] - opts["lift"] * 0.6), (j[-1][0], j[-1][1] - opts["lift"])])
    sl = m["sleeve"](m, wet, var)
    if opts.get("seat"):
        bd.seat(doc, B, opts["seat"])
    if opts.get("bed"):
        bd.pillow(doc, B)
    split = has_head(m)
    if m.get("hair_back") and not split:
        m["hair_back"](doc, F, wet, var)
    # the body is drawn frontal and turned three-quarter toward the way the member faces
    # (bd.turned), all but the neck (under the head's pivot) and what is not the body
    if not far["front"]:
        turned_arm(doc, m, far, sl, wet)
    with bd.turned(doc, B):
        # the torso's rim light goes down first, so the neck hides it where they meet
        doc.path(smooth(shift(B["torso"], 5, -2)), pp.RIM, 0.85)
    fc.draw_neck(doc, F)
    with bd.turned(doc, B):
        m["outfit"](doc, m, B, wet, var)
    bd.side_plane(doc, B)
    with bd.turned(doc, B):
        if pose == "seated":
            bd.legs(doc, B, m["legs"](wet, var))
        elif pose in ("kneel_brace", "push_up"):
            bd.lean_shadow(doc, B)
    if not split:
        paint_head(doc, m, wet, var, back=False)
    if near.get("under"):
        # a prop the arms lie over (Rey's stool, 3.2)
        near["under"](doc, m)
    if far["front"]:
        turned_arm(doc, m, far, sl, wet)
    nsl = dict(sl)
    near = dict(near, near=True)
    if sl.get("pauldron"):
        near = dict(near, pauldron=True)
    if opts.get("bed") and pose == "hand_chest":
        # his arm lies on top of the covers, the hand on his chest
        bd.blanket(doc, B, opts.get("blanket", 180))
    turned_arm(doc, m, near, nsl, wet)
    with bd.turned(doc, B):
        if opts.get("torn"):
            if opts.get("bandage"):
                # in the cell the arms held across the chest cover the front of the shoulder:
                # the tear shows shorter, higher, over the shoulder's top beside the hand
                # (no gauze on it here: the one dressing in the cell is round his wrist)
                pp.kylo_torn_shoulder(doc, m, B, (-62, -44), flap=False, k=0.62, gauze=False)
            else:
                pp.kylo_torn_shoulder(doc, m, B)
    if opts.get("bed") and pose != "hand_chest":
        bd.blanket(doc, B, opts.get("blanket", 180))
    if m.get("scan"):
        # hologram scanlines, kept inside his figure: the figure's own shapes as the clip
        shapes = [it for it in doc.items if it.startswith("<path") and 'opacity' not in it and 'evenodd' not in it]
        ds = []
        for it in shapes:
            i = it.index('d="') + 3
            ds.append(it[i:it.index('"', i)])
        cid = doc.uid()
        doc.defs.append(f'<clipPath id="{cid}">' + "".join(f'<path d="{d}"/>' for d in ds) + "</clipPath>")
        doc.open_group(cid)
        for y in range(0, H, 7):
            doc.items.append(f'<rect x="0" y="{y}" width="{W}" height="2.4" fill="#0a1a2a" opacity="0.2"/>')
        doc.close_group()
    if opts.get("sag"):
        doc.close_group()
    if floor_cut:
        doc.close_group()
    return doc


def glow_of(m, bname):
    """Whether body `bname` has a glow layer (a lit blade: Rey's `rain_lit`)."""
    spec = m.get("bodies", {}).get(bname)
    return isinstance(spec, tuple) and spec[1] in GLOW_POSES


GLOW_POSES = ("staff_lit",)
GLOW_POSES += ("call_lit",)  # beat 7.1: his red blade, lit behind him (body.action_arms)


# --------------------------------------------------------------------------- the head layer
def has_head(m):
    """Whether the member's head is a layer of its own (it can tilt). Luke's is not: the
    engine draws him see-through, and a head laid over a body with its neck would show
    the neck through the face."""
    return m["id"] != "droid" and not m.get("hologram")


def head_box(m):
    """The head layer's rectangle on the canvas: the skull with its hair, buns, coils and
    locks (they reach about 210 px either side of the face's axis and down to the chin's
    level), with room to spare."""
    F = m["F"]
    return (F["cx"] - 230, F["T"] - 110 + m["lower"], 460, F["h"] + 230)


def pivot(m):
    """The neck pivot the head tilts about: on the face's axis at the jaw (nine tenths
    of the way down the head), so the chin and the neck stay together."""
    F = m["F"]
    return (F["cx"], round(F["T"] + 0.9 * F["h"]) + m["lower"])


def paint_head(doc, m, wet, var, back=True):
    """What tilts with the head: the hair behind the skull (buns, coils, long hair that
    ends about the chin), the ears, the head with its nose and fixed marks and the hair
    in front. `back=False` leaves the back hair out (a body that paints its own)."""
    F = m["F"]
    if back and m.get("hair_back"):
        # the body's neck is painted over the back hair (Kylo's soaked hair dips beside
        # it): cut the neck out of the hair, so the layers show what one picture did
        # (with its rim light, 5 px to the right), the cut 1.5 px inside the neck's edge so
        # the hair runs under it and no seam shows through
        x, y, w, h = drawn(m, head_box(m))
        neck = [(px + 5, py) if px > F["cx"] else (px, py) for px, py in fc.neck_pts(F)]
        mid = doc.uid("m")
        doc.defs.append(f'<mask id="{mid}" maskUnits="userSpaceOnUse" x="{x}" y="{y}" width="{w}" height="{h}">'
                        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#fff"/>'
                        f'<path d="{smooth(neck)}" fill="#000" stroke="#fff" stroke-width="3"/></mask>')
        doc.open_group(extra=f' mask="url(#{mid})"')
        m["hair_back"](doc, F, wet, var)
        doc.close_group()
    if m.get("ears", True):
        fc.draw_ears(doc, F)
    fc.draw_head(doc, F)
    for p in F.get("post", []):
        p(doc, F, fc.geo(F))
    if m.get("hair_front"):
        m["hair_front"](doc, F, wet, var)


def draw_head(m, bname):
    """The head layer of body `bname`: head_box(m) in size, in the body's coordinates."""
    var, pose, wet, *more = m["bodies"][bname]
    doc = Doc(f"{m['name']}, head", drawn(m, head_box(m)))
    paint_head(doc, m, wet, var)
    return doc


def heads_of(m):
    """Body name to head layer name: one head per look of the hair (dry, soaked), shared
    by every body that has it."""
    if not has_head(m):
        return {}, {}
    if m["id"] in _HEADS:
        return _HEADS[m["id"]]
    svgs, names = {}, {}
    for b, spec in m["bodies"].items():
        own = spec[1:] if isinstance(spec, str) else b
        text = draw_head(m, own).svg()
        if text not in svgs:
            name = "head" if not m["bodies"][own][2] else "head_wet"
            if name in svgs.values():
                name = "head_" + own
            svgs[text] = name
        names[b] = svgs[text]
    _HEADS[m["id"]] = names, {v: k for k, v in svgs.items()}
    return _HEADS[m["id"]]


_HEADS = {}


def hair_mask(doc, m):
    """A mask over the face box: white, black where the dry head's front hair lies (its
    every shape, drawn as the head layer draws it). The soaked locks are the same shapes
    and its strands wider along the same lines, so it serves both heads."""
    import re
    F = m["F"]
    x, y, w, h = doc.view
    tmp = Doc("hair", doc.view)
    var = next(iter(m["bodies"].values()))[0]
    m["hair_front"](tmp, F, False, var)
    ren = lambda t: re.sub(r'(id="|url\(#)([a-z])(\d+)', r"\1hm\2\3", t)
    doc.defs.extend(ren(d) for d in tmp.defs)
    ink = [re.sub(r' opacity="[^"]*"', "", re.sub(r'fill="[^"]*"', 'fill="#000"', ren(t))) for t in tmp.items]
    mid = doc.uid("hm")
    doc.defs.append(f'<mask id="{mid}" maskUnits="userSpaceOnUse" x="{x}" y="{y}" width="{w}" height="{h}">'
                    f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#fff"/>' + "".join(ink) + "</mask>")
    return mid


def draw_part(m, part, side=1):
    """A face part; a one-sided mark is drawn on the head turned `side` (-1: the picture
    laid unmirrored over a mirrored bust, whose head is turned to the viewer's left)."""
    F = m["F"]
    doc = Doc(f"{m['name']}, {part}" + (" (facing left)" if side < 0 else ""), drawn(m, face_box(m)))
    kind, _, name = part.partition("_")
    own = m.get("states", {}).get(kind, {})
    if kind == "eyes":
        fc.eyes(doc, F, own.get(name, EYES.get(name)))
    elif kind == "brows":
        if m.get("brows_under_hair"):
            # the brows lie under the hair in front (a lock over the brow's outer end, a
            # strand over a lifted brow): cut out of the part wherever the head layer's
            # front hair is, so the hair under it shows through
            doc.open_group(extra=f' mask="url(#{hair_mask(doc, m)})"')
            fc.brows(doc, F, own.get(name, BROWS.get(name)))
            doc.close_group()
        else:
            fc.brows(doc, F, own.get(name, BROWS.get(name)))
    elif kind == "mouth":
        fc.mouth(doc, F, own.get(name, MOUTHS.get(name)))
    elif part == "tear":
        fc.tear(doc, F)
    elif part == "blush":
        fc.blush(doc, F)
    elif part == "wet":
        fc.wet(doc, F)
    elif part == "red_eyes":
        fc.red_eyes(doc, F)
    elif part in MARKS:
        with fc.turned(doc, F, side=side):
            if part.startswith("scar"):
                MARKS[part](doc, F, side=side)  # drawn wider on the far cheek, where the turn squeezes it
            else:
                MARKS[part](doc, F)
    else:
        raise ValueError(part)
    return doc


# Kylo's one-sided marks: drawn on the turned head, once for each way it turns.
MARKS = {"scar": pp.kylo_scar, "bruise": pp.kylo_bruise, "split_lip": pp.kylo_split_lip}


# --------------------------------------------------------------------------- the droid
def droid_body():
    doc = Doc("Med-droid, body")
    cx = 450
    shell = ("#cfd8da", "#8f9b9f", "#eef4f5")
    dark_ = ("#3c4a50", "#252e33", "#5c6c74")
    teal = "#4aa59a"
    # thin arms and a tool
    for sd in (-1, 1):
        j = [(cx + sd * 150, 760), (cx + sd * 230, 1000), (cx + sd * 160 if sd < 0 else cx + sd * 210, 1200)]
        form(doc, limb(j, [44, 34, 30]), *dark_, pp.RIM, s=(10, 0), l=(6, 0))
        for p in j:
            form(doc, [(p[0] + 26 * c, p[1] + 26 * s) for c, s in ((1, 0), (0, -1), (-1, 0), (0, 1))], *shell, pp.RIM,
                 s=(8, -4), l=(5, 3))
    form(doc, [(cx + 190, 1190), (cx + 250, 1180), (cx + 262, 1240), (cx + 220, 1300), (cx + 190, 1260)], *shell,
         pp.RIM, s=(8, 0))
    circle(doc, cx + 232, 1236, 10, teal)
    # the body: a tapering shell with panels
    torso = [(cx - 70, 620), (cx - 170, 700), (cx - 190, 820), (cx - 140, 1100), (cx - 110, 1440), (cx + 110, 1440),
             (cx + 140, 1100), (cx + 190, 820), (cx + 170, 700), (cx + 70, 620)]
    form(doc, torso, *shell, pp.RIM, s=(30, 0), l=(12, 0))
    for y in (780, 900, 1020):
        doc.blob(lens((cx - 150, y), (cx + 150, y), -8, -3), shell[1], 0.8)
    form(doc, [(cx - 60, 820), (cx + 60, 820), (cx + 56, 960), (cx - 56, 960)], *dark_, None, s=(8, 0))
    for i, c in enumerate(("#7ee0d0", "#e0b84a", "#7ee0d0")):
        circle(doc, cx - 30 + i * 30, 850, 8, c)
    circle(doc, cx - 110, 760, 18, teal)
    # neck column
    form(doc, [(cx - 34, 540), (cx + 34, 540), (cx + 40, 640), (cx - 40, 640)], *dark_, None, s=(10, 0))
    for y in (560, 590, 620):
        doc.blob(lens((cx - 36, y), (cx + 36, y), -4), dark_[2], 0.8)
    # the head: a dome with a visor band
    head = [(cx, 180), (cx + 110, 210), (cx + 150, 320), (cx + 140, 460), (cx + 90, 550), (cx - 90, 550),
            (cx - 140, 460), (cx - 150, 320), (cx - 110, 210)]
    form(doc, head, *shell, pp.RIM, s=(24, -14), l=(10, 6))
    visor = [(cx - 130, 330), (cx + 130, 330), (cx + 124, 440), (cx - 124, 440)]
    form(doc, visor, *dark_, None, s=(10, 0))
    circle(doc, cx + 100, 382, 10, teal)
    circle(doc, cx - 100, 382, 6, "#e0b84a")
    return doc


def droid_part(part):
    doc = Doc(f"Med-droid, {part}", (280, 160, 340, 440))
    cx = 450
    if part == "eyes_open":
        circle(doc, cx, 385, 46, "#1c2428")
        circle(doc, cx, 385, 34, doc.radial("#9ff3e6", 1.0, 0.5))
        circle(doc, cx, 385, 16, "#e8fffb")
        circle(doc, cx + 12, 374, 6, "#ffffff")
    elif part == "eyes_closed":
        circle(doc, cx, 385, 46, "#1c2428")
        circle(doc, cx, 385, 34, "#2f4a48")
        circle(doc, cx, 385, 14, "#3f6460")
    elif part == "brows_level":
        form(doc, [(cx - 60, 300), (cx + 60, 300), (cx + 58, 312), (cx - 58, 312)], "#4aa59a", None, None, None)
    elif part.startswith("mouth"):
        lit = {"mouth_rest": 0, "mouth_talk_1": 3, "mouth_talk_2": 5}[part]
        form(doc, [(cx - 60, 470), (cx + 60, 470), (cx + 56, 520), (cx - 56, 520)], "#252e33", None, None, None)
        for i in range(5):
            h = (6 + 8 * (lit > i)) if lit else 4
            col = "#9ff3e6" if i < lit else "#5c6c74"
            x = cx - 44 + i * 22
            doc.items.append(f'<rect x="{x - 5}" y="{495 - h}" width="10" height="{2 * h}" rx="4" fill="{col}"/>')
    return doc


DROID = dict(id="droid", name="Med-droid", colour="#a8d8d0",
             bodies={"standing": None},
             parts=["eyes_open", "eyes_closed", "brows_level", "mouth_rest", "mouth_talk_1", "mouth_talk_2"],
             expressions={"neutral": dict(body="standing", eyes="eyes_open", brows="brows_level", mouth="mouth_rest",
                                          extras=[])})


# --------------------------------------------------------------------------- writing
def parts_of(m):
    used = set(STANDARD)
    for e in m["expressions"].values():
        used.update([e["eyes"], e["brows"], e["mouth"]] + e["extras"])
    order = {"eyes": 0, "brows": 1, "mouth": 2}
    return sorted(used, key=lambda p: (order.get(p.split("_")[0], 3), p))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def ron_member(m, parts):
    x, y, w, h = face_box(m)
    mid = m["id"]
    out = [f'        "{mid}": (', f'            name: "{m["name"]}",', f'            colour: "{m["colour"]}",']
    if m.get("hologram"):
        out.append("            hologram: true,")
    out.append("            bodies: {")
    for b, spec in m["bodies"].items():
        own = spec[1:] if isinstance(spec, str) and spec.startswith("=") else b
        out.append(f'                "{b}": "images/cast/{mid}/body_{own}.png",')
    out.append("            },")
    if m.get("seated"):
        out.append("            seated: {" + ", ".join(f'"{b}": {d}' for b, d in m["seated"].items()) + "},")
    if m.get("leaning"):
        out.append("            leaning: {" + ", ".join(f'"{b}": {d}' for b, d in m["leaning"].items()) + "},")
    if m.get("lying"):
        out.append("            lying: [" + ", ".join(f'"{b}"' for b in m["lying"]) + "],")
    glows = [b for b in m["bodies"] if glow_of(m, b)]
    if glows:
        out.append("            glows: {" + ", ".join(f'"{b}": "images/cast/{mid}/glow_{b}.png"' for b in glows) + "},")
    out.append(f"            face: (x: {x}, y: {y}, width: {w}, height: {h}),")
    heads, _ = heads_of(m)
    if heads:
        out.append("            heads: {")
        for b, name in heads.items():
            out.append(f'                "{b}": "images/cast/{mid}/{name}.png",')
        out.append("            },")
        hx, hy, hw, hh = head_box(m)
        px, py = pivot(m)
        out.append(f"            head: (x: {hx}, y: {hy}, width: {hw}, height: {hh}),")
        out.append(f"            pivot: (x: {px}, y: {py}),")
    out.append("            parts: {")
    for p in parts:
        out.append(f'                "{p}": "images/cast/{mid}/{p}.png",')
    out.append("            },")
    ones = ", ".join(f'"{p}"' for p in m.get("one_sided", []))
    out.append(f"            one_sided: [{ones}],")
    if m.get("one_sided"):
        lefts = ", ".join(f'"{p}": "images/cast/{mid}/{p}_left.png"' for p in m["one_sided"])
        out.append(f"            facing_left: {{{lefts}}},")
    out.append("            expressions: {")
    for name, e in m["expressions"].items():
        ex = ", ".join(f'"{p}"' for p in e["extras"])
        tilt = f", tilt: {e['tilt']}" if e.get("tilt") else ""
        out.append(f'                "{name}": (body: "{e["body"]}", eyes: "{e["eyes"]}", brows: "{e["brows"]}", '
                   f'mouth: "{e["mouth"]}", extras: [{ex}]{tilt}),')
    out.append("            },")
    out.append("        ),")
    return out


# Kylo turned away (beat 5.3, "He had turned. He was looking past her"): a member of its
# own whose every picture is Kylo's mirrored about the face's axis (x = 450, where the
# body, head and face boxes are centred). On the right half of the stage the game mirrors
# it back, so there he faces right, away from her at the left: his shoulder toward her,
# the head in three-quarter looking off the other way. A member of its own, not a body of
# Kylo's, so that even its blink (its own `eyes_closed`, mirrored) lands on the turned
# face; no part is one-sided (the scar is mirrored with the rest and so shows on his own
# cheek when the game mirrors it back). Show it with `Hide("kylo")`; it never speaks.
TURNED = dict(id="kylo_turned", of="kylo", bodies=["plain"],
              expressions={"neutral": ("plain", "eyes_open", "brows_level", "mouth_rest", ["scar"]),
                           "away": ("plain", "eyes_away", "brows_guarded", "mouth_set", ["scar"]),
                           "away_tense": ("plain", "eyes_narrow", "brows_stern", "mouth_tight", ["scar"])})


def mirrored(svg):
    """The same picture mirrored about x = 450."""
    head, _, rest = svg.partition("</defs>\n")
    body, _, _ = rest.rpartition("</svg>")
    return head + "</defs>\n" + '<g transform="matrix(-1 0 0 1 900 0)">\n' + body + "</g>\n</svg>\n"


def turned_member(only):
    """Writes the turned member's SVGs (unless `only` leaves out it and Kylo) and returns
    its lines of the manifest."""
    m = next(x for x in MEMBERS if x["id"] == TURNED["of"])
    mid = TURNED["id"]
    used = {"eyes_closed", "mouth_talk_1", "mouth_talk_2"}
    for b, eyes, brows, mouth, extras in TURNED["expressions"].values():
        used |= {eyes, brows, mouth, *extras}
    parts = [p for p in parts_of(m) if p in used]
    heads = heads_of(m)[0]
    if not only or {mid, m["id"]} & only:
        for b in TURNED["bodies"]:
            write(os.path.join(OUT, mid, f"body_{b}.svg"), mirrored(draw_body(m, b).svg()))
        for name in {heads[b] for b in TURNED["bodies"]}:
            write(os.path.join(OUT, mid, f"{name}.svg"), mirrored(heads_of(m)[1][name]))
        for p in parts:
            write(os.path.join(OUT, mid, f"{p}.svg"), mirrored(draw_part(m, p).svg()))
    x, y, w, h = face_box(m)
    hx, hy, hw, hh = head_box(m)
    px, py = pivot(m)
    out = [f'        "{mid}": (', f'            name: "{m["name"]}",', f'            colour: "{m["colour"]}",',
           "            bodies: {"]
    out += [f'                "{b}": "images/cast/{mid}/body_{b}.png",' for b in TURNED["bodies"]]
    out += ["            },", f"            face: (x: {x}, y: {y}, width: {w}, height: {h}),", "            heads: {"]
    out += [f'                "{b}": "images/cast/{mid}/{heads[b]}.png",' for b in TURNED["bodies"]]
    out += ["            },", f"            head: (x: {hx}, y: {hy}, width: {hw}, height: {hh}),",
            f"            pivot: (x: {px}, y: {py}),", "            parts: {"]
    out += [f'                "{p}": "images/cast/{mid}/{p}.png",' for p in parts]
    out += ["            },", "            one_sided: [],", "            expressions: {"]
    for name, (b, eyes, brows, mouth, extras) in TURNED["expressions"].items():
        ex = ", ".join(f'"{p}"' for p in extras)
        out.append(f'                "{name}": (body: "{b}", eyes: "{eyes}", brows: "{brows}", mouth: "{mouth}", '
                   f'extras: [{ex}]),')
    out += ["            },", "        ),"]
    return out


def main():
    only = set(sys.argv[1:])
    ron = ["// The cast section of the manifest (assets/story/story.ron), written by",
           "// assets/art/cast/make_cast.py: bodies, face box, face parts and expressions per member.",
           "    cast: {"]
    for m in MEMBERS + [DROID]:
        mid = m["id"]
        parts = DROID["parts"] if mid == "droid" else parts_of(m)
        for e in m["expressions"].values():
            assert e["body"] in m["bodies"], (mid, e)
            for p in [e["eyes"], e["brows"], e["mouth"]] + e["extras"]:
                assert p in parts, (mid, p)
        ron += ron_member(m, parts)
        if only and mid not in only:
            continue
        for b, spec in m["bodies"].items():
            if isinstance(spec, str):
                continue  # another body's picture, set lower (kneeling)
            doc = droid_body() if mid == "droid" else draw_body(m, b)
            write(os.path.join(OUT, mid, f"body_{b}.svg"), doc.svg())
            if mid != "droid" and m.get("glow_doc") is not None:
                write(os.path.join(OUT, mid, f"glow_{b}.svg"), m["glow_doc"].svg())
        for name, text in heads_of(m)[1].items():
            write(os.path.join(OUT, mid, f"{name}.svg"), text)
        for p in parts:
            doc = droid_part(p) if mid == "droid" else draw_part(m, p)
            write(os.path.join(OUT, mid, f"{p}.svg"), doc.svg())
            if p in m.get("one_sided", []):
                write(os.path.join(OUT, mid, f"{p}_left.svg"), draw_part(m, p, side=-1).svg())
    ron += turned_member(only)
    ron.append("    },")
    write(os.path.join(OUT, "cast.ron"), "\n".join(ron) + "\n")
    write(os.path.join(OUT, "README.md"), readme())


POSE_NOTES = {
    "staff": "the staff held upright at her side", "crossed": "arms crossed", "rain": "the staff pose, soaked",
    "rain_lit": "the staff pose, soaked, both blades lit blue and their light on her (ch1)",
    "rain_crossed": "arms crossed, soaked", "sling": "her right arm in a sling across her waist, the dark mission clothes (ch5)",
    "rey:tunic": "the tunic, arms relaxed at her sides, no staff (her quiet faces)",
    "coat": "black coat and cowl, arms at his sides",
    "kylo:scar": "", "coat_hand": "coat, his hand on his chest",
    "coat_rain": "the coat soaked (ch1): dark cloth, wet highlights, hair plastered", "coat_rain_hand":
    "soaked, hand on his chest", "wounded": "coat torn at the side, a bloodied dressing", "gown": "medbay gown, lying back in bed: the head and shoulders sunk into a big pillow, the blanket pulled up to his shoulders (set lower)",
    "gown_hand": "the same, his arm on top of the covers, the hand on his chest",
    "plain": "plain shirt, arms at his sides", "plain_hand": "plain shirt, hand on his chest",
    "jacket": "jacket, arms at the sides", "hip": "jacket, a fist on his hip", "leia:gown": "a long wrap vest over a grey dress, hands clasped",
    "leia:crossed": "the vest, arms crossed", "finn:crossed": "jacket, arms crossed",
    "defector:armour": "jumpsuit, a scuffed white plate strapped on the near shoulder and chest",
    "defector:crossed": "the same, arms crossed", "trooper:armour": "white chest and arm plates over the black undersuit",
    "runner:suit": "the black undersuit, the chest plate cracked and scorched, two abdomen plates and the near arm's plates shot away, a burn through the sleeve and one on his ribs (beat 2.3)",
    "rey:bench": "sitting on a bench, elbows on her knees, hands clasped (the ship, the cell)",
    "rey:ground": "the same, sitting on the lake's pebbles",
    "rey:stool": "the same on the medbay's stool, no seat drawn (ch3)",
    "rey:stool_stand": "standing behind the medbay's stool, her forearms on its seat (beat 3.2)", "rey:kneel": "the tunic body, kneeling (set lower)",
    "rey:kneel_crossed": "arms crossed, kneeling", "rey:kneel_sling": "the sling and the mission clothes, kneeling by his bench (ch5)",
    "rey:mission": "the dark mission clothes (ch5, 5.2-5.5: charcoal top and wraps), arms relaxed at her sides",
    "rey:mission_bench": "the mission clothes, sitting on the courier's bench (beats 5.2, 5.4)",
    "rey:mission_kneel": "the mission clothes, kneeling (set lower; beats 5.3, 5.4)",
    "finn:bench": "the jacket, sitting on the canteen's bench, elbows on his knees (ch6)",
    "poe:bench": "the jacket, sitting on the canteen's bench, elbows on his knees (ch6)",
    "kylo:bench": "plain clothes, sitting hunched on a bench, elbows on his knees (the ship)",
    "kylo:ground": "the same, sitting on the lake's pebbles (ch4)",
    "kylo:cell": "sitting on the cell's bench (ch7), the torn shirt, holding his left forearm against his chest, the dressing where the tracker was under his other hand",
    "kylo:torn": "plain shirt torn open at the shoulder, a scrape under it (ch7)",
    "kylo:torn_hand": "the torn shirt, hand on his chest",
    "kylo:wounded_kneel": "the torn, bloodied coat, down on his knees and sagging (beat 2.3): shoulders hunched, one hand braced on the ground, the other pressed to the wound (set lower)",
    "kylo:torn_kneel": "the torn shirt (ch7), down on his knees the same way (set lower)",
    "kylo:down": "plain clothes, down on the flagstones after the grenade (beat 5.3), pushing himself up: arms braced wide and straight down, shoulders driven up round his hanging head, the far elbow buckling (set lower)",
    "rey:grazed": "the mission clothes after the blaster graze (5.3-5.5, until she is treated): the near sleeve torn open at the shoulder, scorched, a raw red line in the tear, blood soaked down the sleeve",
    "rey:grazed_kneel": "grazed (the torn, bloodied near sleeve), kneeling (beats 5.3, 5.4)",
    "rey:grazed_bench": "grazed, sitting on the courier's bench (beat 5.4)",
    "rey:grazed_reach": "grazed, her arm flung out as `reach` (beat 5.3)",
    "rey:grazed_sling": "grazed, the kit's sling over the torn, bloodied sleeve (5.5, until Leia sends her to be treated)",
    "rey:grazed_kneel_sling": "grazed, in the kit's sling, kneeling by his bench (beat 5.4)",
    "rey:reach": "the dark mission clothes, her left arm flung out toward the way she faces, the open hand up, fingers spread (beat 5.3)",
    "rey:rain_hilt": "soaked, his saber's hilt unlit in her raised fist, muddy (beat 1.5)",
    "rey:rain_punch": "soaked, the staff let go, her left arm thrown straight out toward the way she faces, the fist at his face's height (beat 1.4)",
    "robe": "robe and lowered hood, hands clasped", "armour": "armour, arms at the sides", "standing": "the droid",
}


POSE_NOTES.update(POSE_NOTES_ACTIONS)

def readme():
    L = ["# The layered cast", "",
         "Generated by `make_cast.py` (standard-library Python; run by `tools/render-art.sh`, which",
         "`make art` calls). Do not edit the SVGs or this file by hand: edit the scripts and re-run",
         "`bash tools/render-art.sh cast` (about two minutes), which also redraws the contact sheet",
         "`docs/cast.png` (`contact_sheet.py`).", "",
         "## How the layers work", "",
         "Every member has **bodies** (`<id>/body_<name>.svg`, 900x1400, transparent): the pose with",
         "shoulders, arms and hands, the clothes and the neck. The **head** is a layer of its own",
         "(`<id>/head.svg`, and `head_wet.svg` for the soaked hair; one per look of the hair, shared",
         "by every body with that hair, listed per body in the manifest's `heads`): the hair behind",
         "the skull (buns, coils, Kylo's long hair, which ends about the chin), the ears, the head",
         "with its skin, shading and nose, whatever on the face never moves (freckles, moles, age",
         "lines, stubble, the defector's shaved scalp and earring) and the hair in front. It is the",
         "member's **head box** in size (`head`: 460 px wide, from 110 px over the skull to 120",
         "below the chin) and is laid there over the body, under the face parts. The back hair",
         "has the neck cut out of it (1.5 px inside the neck's edge), so body and head together",
         "are the picture one body used to be (the renders match to 3 levels in 255, Kylo's",
         "soaked hair overlapping his neck's edge by those 1.5 px). Luke, a see-through hologram,",
         "keeps his head painted into his body (a head over a neck would show the neck through",
         "his face), and so cannot tilt. Neither bodies nor heads have **eyes, brows or mouth**.",
         "Kylo's brows lie under his front hair (`brows_under_hair`): each `brows_*` part is cut",
         "out wherever the head layer's front hair lies (`hair_mask`), so a lock over a brow's",
         "outer end or a strand over a lifted brow shows on top, as it would in one picture.",
         "",
         "**Tilt**: an expression may lean the head, `tilt: 6` in degrees (+ toward the way the",
         "member faces, toward the middle of the stage; - away; at most 15, `make check` says",
         "where a tilt is out of range or its body has no head layer). The game turns the head",
         "layer and every face part together about the neck's **pivot** (the manifest's `pivot`,",
         "here on the face's axis at nine tenths of the head's height, about the jaw; without",
         "one, 100 px over the middle of the face box's bottom edge), mirrored on the right half",
         "of the stage, and eases to a new tilt over 0.15 s (at once with reduce motion). The",
         "neck stays with the body: it is painted up inside the head, so a lean shows neck, not",
         "a gap. Tilts are small: 4-8 degrees reads across a room (warm and playful faces lean",
         "toward the one they face, shy, tired or overwhelmed ones away); see `TILTS`.",
         "",
         "The moving **face parts** (`<id>/<part>.svg`) are each exactly the member's **face box**",
         "in size and are drawn in the body's coordinates, offset by the box: the game lays a part's",
         "PNG at (x, y) of the box on the body. An expression picks one body, one `eyes_*`, one",
         "`brows_*`, one `mouth_*` and any extras (`cast.ron`). Blinking swaps in `eyes_closed`;",
         "speaking alternates `mouth_talk_1` (slightly open) and `mouth_talk_2` (open) with the",
         "expression's own mouth. Every other mouth is closed (lips together, a smile's teeth at",
         "most), or barely parted (Kylo's awed `mouth_parted`, a grimace's gritted teeth in",
         "`mouth_grimace`), so a listener never looks like the speaker.", "",
         "Each face box is centred on the face's vertical axis (x = 450), so the engine can mirror",
         "the box with the body. **One-sided** parts (Kylo's `scar`, on his own right cheek: the",
         "viewer's left in the unmirrored art; it also carries his moles) are listed in `one_sided`",
         "and drawn unmirrored. What lies outside the face box is mirrored with the body (Rey's",
         "staff, the defector's plate, Kylo's wound), so no badge or mark there is one-sided.",
         "Kylo's scar (`people.kylo_scar`) is the healed cut she gave him, made to read at 720p: a",
         "pale, slightly raised seam from the forehead tapering down into the brow, which it splits",
         "with a thin hairless gap, broken over the eye and running on from under it down the cheek",
         "to the jaw, with a pinker edge, a dark shadow line along its side away from the light and",
         "a fine highlight on its crest. It is one scar in every set, soaked or dry: the same shape,",
         "width and colours (`KYLO_SCAR_W`, `KYLO_SCAR_C`). It runs near the middle of the face so",
         "that, turned away (`scar_left`, facing left, on his far cheek), it still lies on the",
         "cheek's plane; each point's width is divided by how much the turn stretches or squeezes",
         "the face there, so it shows the same width whichever way he faces.", "",
         "All humans share one head scale (head height 382-392 px); height on stage comes from where",
         "the head sits in the canvas, since the game lays every body bottom-aligned at one scale",
         "(0.74 of the 1080-high stage, so a canvas pixel is about half a pixel in a 720-high window).",
         "Kylo is very tall: his head starts at the canvas's top, and everyone else's whole figure",
         "is drawn as their face spec says and set `LOWER` (100) px down the canvas (the body's",
         "SVG shows its drawing from 100 px above; the face and head boxes and the pivot in the",
         "manifest are on the canvas). Skull tops on the canvas, tallest first: Kylo 112 (and the",
         "broadest shoulders), trooper 280, Luke 286, Finn 294, Poe 300, defector 326, Rey 334,",
         "runner 348, Leia 380 (the lowest); chins at y 604-764. Kylo's head stands about 220 px (110 px at",
         "720p, over half a head) over Rey's. Keep every chin above y 830: the dialogue box covers",
         "about the lower 28% of the window (at 1280x720 and the usual text size the rows below",
         "about 930), and the engine sizes the stand from the highest and lowest face boxes.", "",
         "Poe alone is drawn `POE_UP` (140) px higher than that (`LOWER` - 140 down: his skull at",
         "160 on the canvas), so that up on the canteen's bench (beat 6.1: `up`, waving, and",
         "`up_hip`, the hip's picture) he stands that much over where he stands on the floor;",
         "every other body of his is set 140 lower on stage (`seated`: the bench 160 + 140) and",
         "shows as before, its bottom 140 rows (under the stage's floor) left empty. Keep his",
         "face box's top under Kylo's (88), or the stage would shrink everyone to fit him.", "",
         "Expressions are pushed to read at 720p from across a room (a contact sheet tile is about",
         "that size): brows move 15-30 px (`brows_sad` lifts the inner ends, `brows_soft` lifts and",
         "arches the whole brow, `brows_tired` drops the outer ends), lids close by a third or more",
         "(`eyes_soft` and `eyes_smile` push the lower lid up, `eyes_tired` lets the upper lid fall",
         "over a downward gaze), and mouth corners move 10-20 px. Two expressions of one member",
         "naming different feelings should differ in at least two of brows, eyes and mouth.", "",
         "Arms bend at a real elbow (`castkit.limb` keeps the outer corner of a hard bend and folds",
         "the inside into a crease). Hands (`body.hand`) read as hands across a room: a wrist",
         "narrower than the hand, the back of the hand widening to a slanting row of knuckles",
         "(bumps of light, faint tendons to them), four fingers of their own lengths (the middle",
         "longest, the little one short and thin) with a dark seam between them, a crease at each",
         "middle joint and a pale nail end (`body.fingers`), and a thumb set apart on its own mound",
         "(`body._thumb`), never a mitten. A hanging hand (`limp`) curls loosely; a fist is a short",
         "back of the hand, a row of knuckles and the folded fingers' rounded ends, the thumb across",
         "them; `open` is held out palm up, to be taken. Every hand grows out of a forearm seen",
         "at a plausible angle, in the face's skin tone, and a hand that matters sits above the",
         "dialogue box (which darkens what is under it): Rey's fist closes round her staff with the",
         "staff across the fingers, thumb on top, the forearm rising to it from a bent elbow;",
         "Kylo's hand on his chest lies high, over the heart, so it clears the box even in bed; in",
         "the cell he holds his bandaged left forearm across his chest (`body.holding_arm`; the",
         "gauze, `people.bandage_arm`, is a sleeve of slanting turns a little wider than the arm,",
         "each curved round it with a soft shadow under its edge, blood seeping through its",
         "middle and a loose end): round the wrist, just under the hand, the sleeve pushed up",
         "to the elbow so the gauze lies on bare skin (the torn shoulder has no gauze in the",
         "cell, so the wrist's is the one dressing). Rey's `reach` flings her left arm out toward the way she",
         "faces, foreshortened, the open hand up at her head's height with the fingers spread",
         "(`body.hand` `spread`), the whole figure leaning 5 degrees into it (beat 5.3).",
         "Her `rain_punch` (beat 1.4) drives the same arm across at him, the shoulder up behind",
         "it and the elbow all but locked, rising to his face (he is a head taller) with the",
         "knuckles leading (`body.hand` `punch`, a tighter fist, drawn larger), and lands where his",
         "face was (`rain_punch_close` is set 120 nearer him, and his `coat_rain_reel` 200 lower,",
         "thrown back, the head snapped away): a burst of pale strokes and spray off the knuckles",
         "(`body.impact`), speed lines and flung rain along the arm's path",
         "(`people.punch_streaks`); the staff let go, the other fist down. In the cell (7.3, 7.4)",
         "his `cell_open` uncrosses his arms and `cell_hand` holds his bandaged hand out open at",
         "his chest, where her `bench_hand` (leaning 90 nearer, in front of him) lays hers in it:",
         "his bandaged forearm, bare, rises across him from an elbow at his near side, and her",
         "wrapped forearm rises from her elbow just outside her own outline, so both arms show",
         "against his dark shirt from the dialogue box up to the hands. After the kiss her",
         "`bench_held` shows his forearm lying along her shoulder out from behind her neck.",
         "Turned away (beat 5.3): `kylo_turned` is a member of its own whose every picture is",
         "Kylo's `plain` mirrored about x = 450 (`TURNED`, `turned_member`); at Right the game",
         "mirrors it back, so he faces right, away from her, his shoulder toward her, and even",
         "its blink (its own mirrored `eyes_closed`) lands on the turned face.",
         "Lit, Rey's staff leans its top out and its foot in, the hilt's foot just under the",
         "dialogue box's top and the lower blade ending behind the box (beat 1.1).",
         "Held up (2.3, 5.3, 7.2): Kylo's `wounded_carried`, `torn_carried` (and `plain_carried`,",
         "one arm, the other hanging) hang his arms over his supporters' shoulders: the shoulders",
         "hunched up round his jaw, the upper arm sloping down from them to the elbow bent over",
         "theirs by their neck, the forearm draped down their front (never held out level), the",
         "head hanging away (tilts -12 to -14 while it hurts) and the body set",
         "140 lower (`CARRIED_DROP`); their `support` (and Rey's `mission_support`) reach the arm",
         "toward him round his back, hidden behind him, and hold his hanging wrist with the other",
         "hand. The arms meet only as staged: him at NearRight, placed last, the supporters at",
         "NearLeft and Right (`body.action_arms`). Rey's `stool_stand` (beat 3.2) stands behind",
         "the medbay's visitor's stool (`body.stool`, a pose's `under` prop, drawn before the",
         "arms), a hand on each side of its padded seat, drawn high like Kylo's tray so the seat",
         "shows over the dialogue box, the column, foot ring and legs going down behind it.",
         "Poe's `steady` lays his far hand on the top",
         "of Leia's near shoulder (him at Right, her at NearRight, 2.6). Rey's `rain_offer` holds",
         "the hilt out toward him at arm's length, and `rain_given` leaves that hand out, open",
         "and empty; her `rain_call` stretches the near arm out level toward the dark, the",
         "fingers spread and pointing out, palm away (1.5). Kylo's `bench_hunch` sits hunched",
         "right over (`hunch` 3.4), leaning 4 degrees toward her, the shoulders up round a low head (5.4).",
         "After the kiss (7.4) his `cell_around` puts the far arm round her behind her back (she",
         "sits in front), and her `bench_held` carries his hand on her shoulder (`body.his_hand_on`:",
         "his skin and hand size, a cuff of his sleeve behind it).",
         "Rey's `rain_lit` body has both blades of her staff lit (`people.rey_staff`): a blue",
         "glow in the wet air, sparks where the rain hits, and the light on her near side",
         "(`people.blade_light`: a wash and a hard rim, in the body and in its own head layer).",
         "Kylo's `wounded` body: the coat ripped open in a three-cornered tear on his near side's",
         "lower ribs (above the dialogue box), frayed edges and tongues of cloth, a flap of it",
         "fallen open; the gauze round his ribs shows through in curved bands, blood soaked",
         "through it (dark and thick at the middle, pink at its edge) and into the black cloth",
         "round it, soft-edged (blurred), wet and run down (`people.kylo_wound`, `soak`,",
         "`gauze`). Chapter 7's torn shirt (`people.kylo_torn_shoulder`): a narrow ragged",
         "split along the near shoulder's seam, a few threads still across it, the skin in it",
         "scraped, a square of taped gauze over the worst. His hair (`people.kylo_hair_front`, `KYLO_SIDE`,",
         "`KYLO_FRINGE`): heavy, slightly wavy locks to the jaw (`wavy`, `lock_shape`), each",
         "apart from the next toward its uneven, pointed end so the background and his neck",
         "show between, a fringe swept from an off-centre parting and a few strands over the",
         "forehead; soaked, narrower ropes that cling closer and drip. The runner (beat 2.3's",
         "defector, not Pell): the trooper's undersuit, the chest plate cracked and scorched,",
         "plates shot away, blaster burns through the cloth (`people.burn_hole`).", "",
         "Style (the project's look-and-sound direction): lineless flat shapes in base,",
         "shadow, light and a cool rim light on the right edge (`castkit.form`). Rain soaks are",
         "separate bodies (darker, cooler cloth, flattened hair with clumped strands, wet",
         "highlights, drips) plus the `wet` extra (hair stuck to the forehead and cheeks, drops,",
         "sheen on the skin). Luke's body carries faint scanlines clipped to his own figure; the",
         "engine tints him blue and see-through.", "",
         "Rey's mission clothes (chapter 5 from the ship out, 5.2-5.5: \"Wear something dark\") are",
         "the variant `mission` of her bodies (`people.REY_CLOTH`): the same cut in a warm charcoal",
         "(Kylo's plain shirt is a cooler slate), the wrap fitted close with fewer folds, the arm",
         "wraps a lighter grey, darker leather; `mission`, `mission_bench` and `mission_kneel`",
         "with `mission_*` faces, and her ch5-only bodies (`sling`, `kneel_sling`, `kiss_sling`,",
         "`reach`) wear them too (the pale sling is the ship's dressing). The defectors (`trooper`,",
         "`runner`, `defector`) are young, taken as children: no age lines, soft cheek hollows,",
         "each neck showing over the collar.", "",
         "## Files", "",
         "- `make_cast.py`: the members (bodies, expressions), part states, the droid; writes the",
         "  SVGs, `cast.ron` (the manifest's `cast: { ... }` section) and this README.",
         "- `castkit.py`: smooth shapes, `form` (the house shading), limbs, strands.",
         "- `face.py`: heads (outline, shading, ears, nose, age), the neck and the parts: eyes,",
         "  brows, mouths, tear, blush, wet.",
         "- `body.py`: torsos, arms, hands and the poses.",
         "- `people.py`: each member's face spec, hair, clothes and marks.",
         "- `contact_sheet.py`: `docs/cast.png`.", "",
         "To try a change without touching the repository: `CAST_OUT=/tmp/cast python3 make_cast.py rey`",
         "writes Rey's SVGs to /tmp/cast; render them with rsvg-convert into a folder laid out",
         "like assets/images/cast and look at one expression with",
         "`python3 contact_sheet.py --src <that folder> --one rey:shocked --out /tmp/rey.png`.", "",
         "Sitting, kneeling, in bed: a `seated` body (`bench`, `ground`, `stool`, `cell`, Kylo's",
         "`gown` up in bed) keeps the head at the face box, and the manifest's `seated` map tells",
         "the game how far to set it lower (`SEAT_DROP`: Rey 136, Kylo 300, so seated he is under",
         "anyone standing and over Rey seated or kneeling). A chin may sink",
         "at most to the lowest standing shoulder line (Leia's face box bottom 824 + 90), which",
         "the game keeps clear of the dialogue box, so what shows of a seated body is its head,",
         "shoulders and upper arms: seated and kneeling bodies are drawn hunched forward",
         "(`body.posture`: the shoulders ride up round the neck and round in, the chest shaded",
         "under the lean; Kylo on the ship's bench leans furthest, `hunch` 1.7), and the seated",
         "pose (`body.pose_arms`, `seated`) slants the upper arms in toward the knees, elbows on",
         "the knees and hands clasped between them; `body.seat` draws a bench's plank or the",
         "lake's pebbles behind, `body.pillow` and `body.blanket` a bed: Kylo's `gown` lies",
         "back, the head and shoulders sunk (`sink`) into a big pillow with a hollow and shadow",
         "round them, the blanket pulled up to his shoulders (his arm over it when his hand is",
         "on his chest), the head resting aside (`gown` tilt -5, asleep -9), set `BED_DROP`",
         "(250) lower, a little less than he sits, so the pillow and blanket show over the box. Kylo's `down` (beat 5.3, after the grenade, `DOWN_DROP` 340 lower) is",
         "on the flagstones pushing himself up: both arms braced wide and straight down, the",
         "shoulders driven up round his hanging head (`hunch` 5.2), the far elbow buckling.",
         "Rey's kneeling bodies",
         "(`kneel`, `kneel_crossed`, `kneel_sling`) are hunched pictures of their own, set lower",
         "by the same drop (her chin is then at the limit, so kneeling cannot sit lower).",
         "Kylo's knees give in beat 2.3: `wounded_kneel` (the torn, bloodied coat) and",
         "`torn_kneel` (ch7's shirt) are set `KNEEL_DROP` (330) lower, under everyone standing,",
         "hunched (1.8) with the near arm braced straight down to the ground and the far hand",
         "pressed to his side, and the whole figure sags `KNEEL_SAG` (-9 degrees) toward the",
         "braced arm about the neck's pivot (the neck stays under the head); their faces lean",
         "the same way (`wounded_kneel` -5, `_pained` -10, `_hurt` -13).", "",
         "**Three-quarter heads**: every face is drawn in a three-quarter view turned toward",
         "the way it faces (face.py's `turned`: the face's middle line moves `face.TURN` of the",
         "head's half-width, the far eye and the far half of the mouth narrower, only the near ear",
         "shown); hair is not turned. A one-sided mark is drawn twice, on the head turned right",
         "(`scar.svg`) and on the head turned left (`scar_left.svg`, listed in the manifest's",
         "`facing_left`), which the game lays unmirrored over a mirrored bust, so the scar runs",
         "down his own cheek and the split lip sits on his lip whichever way he faces. Hair that",
         "would swing with a lean (Kylo's locks) turns stiffly with the head.", "",
         "**Three-quarter bodies**: the bodies turn with their heads. Each is designed frontal",
         "and drawn through `body.turned`, which carries every point of the torso and the",
         "clothes across, row by row: the middle line (zip, lapels, buttons, neckline, buckle,",
         "sash) moves `body.TURN` of the row's half-width toward the facing side, the near",
         "half of the front spreads and the far half is squeezed toward the far edge, which",
         "comes in (`FAR_EDGE`); round the collar the row is measured on the neck, so the",
         "neckline hugs it and the opening slants toward the far side further down. The neck",
         "is not turned: it stays under the head's pivot. Arms are drawn whole at joints moved",
         "by the turn (`turned_arm`), so crossed, clasped or pressed hands stay with the middle",
         "line: the near arm keeps its shoulder and is a little fuller (`NEAR_ARM`), the far",
         "one narrower (`FAR_ARM`) and tucked in behind the far edge; Rey's reach and punch move",
         "as their shoulder does. The near side plane, the flank turned toward the viewer, is",
         "shaded like the head's side plane before the ear (`body.side_plane`), and the far edge",
         "a little where the chest turns away under the rim light. Seats, pillow and blanket",
         "are not turned.", "",
         "**Gaze**: people look at each other. The eye states of one attending to someone",
         "(`open`, `soft`, `smile`, `guarded`, `narrow`, `glare`, `worried`, `wide`) turn the iris",
         "toward the facing side by `look` (`LOOK`, 0.17 of the member's eye width: 10 px on Rey's",
         "eye, about 5 px at 720p), so a bust on the left looks right at whoever stands beside",
         "it and a mirrored one on the right looks left; `away`, `down`, `sad`, `tired`, `pained`",
         "and the shut eyes keep their own gaze.", "",
         "**Glows**: a lit blade is a layer of its own, `glow_<body>.png` (the canvas in size,",
         "listed in the manifest's `glows`), laid over the body, head and face parts and never",
         "dimmed when its member listens: Rey's `rain_lit` keeps the hilt, her fist and the",
         "blades' light on her in the body, and the halo, the emitters' glow, the blades and",
         "their sparks in `glow_rain_lit`.",
         "Smiles may show teeth held together (`mouth_grin`), pain gritted teeth",
         "(`mouth_grimace`); only `mouth_talk_*` and Finn's `mouth_laugh` are open. A member",
         "may read a shared state its own way (`states`, e.g. Kylo's warmer `brows_soft`).", "",
         "Legacy: the whole busts `<id>/<expression>.svg` (and their PNGs) come from the previous",
         "generator and are no longer written; they stay only while the game still reads them.",
         "Delete both together once the engine reads the layers, or the render script will keep",
         "rendering the SVGs.", "",
         "## Members", ""]
    for m in MEMBERS + [DROID]:
        parts = DROID["parts"] if m["id"] == "droid" else parts_of(m)
        x, y, w, h = face_box(m)
        L.append(f"### {m['id']} ({m['name']})")
        L.append("")
        head = ""
        if has_head(m):
            hx, hy, hw, hh = head_box(m)
            px, py = pivot(m)
            head = f" Head box: x {hx}, y {hy}, {hw}x{hh}; pivot ({px}, {py})."
        L.append(f"Face box: x {x}, y {y}, {w}x{h}.{head}")
        L.append("")
        L.append("Bodies: " + "; ".join(f"`{b}` ({POSE_NOTES.get(m['id'] + ':' + b) or POSE_NOTES.get(b) or b})"
                                        for b in m["bodies"]) + ".")
        L.append("")
        for pre in ("eyes", "brows", "mouth"):
            L.append(f"- {pre}: " + ", ".join(f"`{p}`" for p in parts if p.startswith(pre + "_")))
        ex = [p for p in parts if p.split("_")[0] not in ("eyes", "brows", "mouth")]
        L.append("- extras: " + (", ".join(f"`{p}`" for p in ex) if ex else "none")
                 + (f" (one-sided: {', '.join(m['one_sided'])})" if m.get("one_sided") else ""))
        L.append("- expressions: " + ", ".join(
            f"`{k}`" + (" (pose)" if k in POSE_EXPRESSIONS.get(m["id"], ()) else "")
            + (f" (tilt {e['tilt']})" if e.get("tilt") else "") for k, e in m["expressions"].items()))
        L.append("")
    L += ["## Extra expressions for poses", "",
          "Beside the names the writers asked for, these reach a pose with a quiet face:", ""]
    for mid, names in POSE_EXPRESSIONS.items():
        m = next(x for x in MEMBERS if x["id"] == mid)
        for k in names:
            e = m["expressions"][k]
            L.append(f"- `{mid}:{k}`: body `{e['body']}`, {e['eyes']}, {e['brows']}, {e['mouth']}")
    L.append("")
    return "\n".join(L)


POSE_EXPRESSIONS = {"rey": ("crossed", "rain_crossed"), "kylo": ("hand_to_chest", "plain_hand_to_chest",
                                                                  "rain_hand_to_chest", "gown_hand_to_chest"),
                    "finn": ("crossed",), "poe": ("hip",), "leia": ("crossed",), "defector": ("crossed",)}


if __name__ == "__main__":
    main()
