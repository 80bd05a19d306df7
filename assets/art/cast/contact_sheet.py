#!/usr/bin/env python3
"""Draws the cast's contact sheet, docs/cast.png, from the rendered layers.

Run by tools/render-art.sh after the cast is rendered (so `make art` keeps it current).
The first row is every member's neutral face side by side, larger; then a row (or two)
per member with each expression (head, shoulders and hands): the body with its eyes, brows, mouth and extras laid
into the face box over the body's head layer, all leaning by the expression's tilt about
the neck's pivot, exactly as the game composes them (unmirrored). Each tile is labelled
member:expression and its body. The sheet is an SVG holding the PNG layers as data URIs,
rendered with rsvg-convert. Standard library only.

    python3 contact_sheet.py [--src assets/images/cast] [--out docs/cast.png]
    python3 contact_sheet.py --one rey:neutral --out /tmp/rey.png   (one bust, full size)
"""
import base64
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
import make_cast as mc  # noqa: E402

BG = "#3b4350"


def members():
    return mc.MEMBERS + [mc.DROID]


class Sheet:
    def __init__(self, src):
        self.src = src
        self.defs = {}
        self.items = []

    def img(self, mid, name):
        key = f"{mid}-{name}"
        if key not in self.defs:
            path = os.path.join(self.src, mid, name + ".png")
            with open(path, "rb") as f:
                data = base64.b64encode(f.read()).decode()
            self.defs[key] = f'<image id="{key}" href="data:image/png;base64,{data}"/>'
        return key

    def bust(self, m, ex, x, y, s, crop=None, label=None, small=False):
        e = m["expressions"][ex]
        bx, by, bw, bh = mc.face_box(m)
        cx0, cy0, cw, ch = crop or (0, 0, 900, 1400)
        tw, th = cw * s, ch * s
        self.items.append(f'<svg x="{x}" y="{y}" width="{tw:.0f}" height="{th:.0f}" viewBox="{cx0} {cy0} {cw} {ch}">')
        fill = "#2c3a4c" if m.get("hologram") else BG
        self.items.append(f'<rect x="{cx0}" y="{cy0}" width="{cw}" height="{ch}" fill="{fill}"/>')
        g = ' filter="url(#holo)"' if m.get("hologram") else ""
        # a seated or kneeling body is set lower, as the game sets it
        drop = m.get("seated", {}).get(e["body"], 0)
        self.items.append(f'<g{g} transform="translate(0 {drop})">')
        spec = m["bodies"][e["body"]]
        body = spec[1:] if isinstance(spec, str) and spec.startswith("=") else e["body"]
        self.items.append(f'<use href="#{self.img(m["id"], "body_" + body)}"/>')
        # the head layer and the face parts lean together about the neck's pivot
        tilt = e.get("tilt", 0)
        px, py = mc.pivot(m) if tilt else (0, 0)
        self.items.append(f'<g transform="rotate({tilt} {px} {py})">')
        head = mc.heads_of(m)[0].get(e["body"])
        if head:
            hx, hy, _, _ = mc.head_box(m)
            self.items.append(f'<use href="#{self.img(m["id"], head)}" x="{hx}" y="{hy}"/>')
        for p in [e["eyes"], e["brows"], e["mouth"]] + e["extras"]:
            self.items.append(f'<use href="#{self.img(m["id"], p)}" x="{bx}" y="{by}"/>')
        self.items.append("</g>")
        # a lit blade's glow over all of it (it does not lean with the head)
        if m["id"] != "droid" and mc.glow_of(m, body):
            self.items.append(f'<use href="#{self.img(m["id"], "glow_" + body)}"/>')
        self.items.append("</g></svg>")
        if label:
            fs = 15 if small else 22
            self.items.append(f'<text x="{x + 6}" y="{y + th + fs + 2}" font-family="Lato, DejaVu Sans, sans-serif" '
                              f'font-size="{fs}" fill="#e8ecf0">{label}</text>')
            self.items.append(f'<text x="{x + 6}" y="{y + th + 2 * fs + 4}" font-family="Lato, DejaVu Sans, sans-serif" '
                              f'font-size="{fs - 3}" fill="#9aa6b4">body_{e["body"]}'
                              + (f', tilt {e["tilt"]}' if e.get("tilt") else "") + "</text>")

    def svg(self, w, h):
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'
                '<defs><filter id="holo"><feColorMatrix type="matrix" values="0.2 0.3 0.1 0 0.05  0.3 0.55 0.2 0 0.2  '
                '0.4 0.6 0.4 0 0.35  0 0 0 0.85 0"/></filter>' + "".join(self.defs.values()) + "</defs>"
                f'<rect width="{w}" height="{h}" fill="#1e232b"/>' + "".join(self.items) + "</svg>")


def render(svg_text, out):
    with tempfile.NamedTemporaryFile("w", suffix=".svg", delete=False) as f:
        f.write(svg_text)
        tmp = f.name
    try:
        subprocess.run(["rsvg-convert", "--format=png", "--output", out, tmp], check=True)
    finally:
        os.unlink(tmp)


def main():
    args = sys.argv[1:]
    src = os.path.join(ROOT, "assets", "images", "cast")
    out = os.path.join(ROOT, "docs", "cast.png")
    one = None
    while args:
        a = args.pop(0)
        if a == "--src":
            src = args.pop(0)
        elif a == "--out":
            out = args.pop(0)
        elif a == "--one":
            one = args.pop(0)
    sh = Sheet(src)
    if one:
        mid, ex = one.split(":")
        m = next(x for x in members() if x["id"] == mid)
        sh.bust(m, ex, 0, 0, 1.0)
        render(sh.svg(900, 1400), out)
        return
    # row 1: the neutral faces, head and shoulders, larger, at their heights on the canvas
    # (down to the lowest chin, Leia's)
    crop = (170, 40, 560, 820)
    s1 = 0.5
    x = 20
    y = 20
    for m in members():
        sh.bust(m, "neutral", x, y, s1, crop, f'{m["id"]}:neutral')
        x += crop[2] * s1 + 16
    width = int(x + 4)
    y += crop[3] * s1 + 70
    # then each member's expressions: head, shoulders and hands
    crop2 = (60, 40, 780, 1180)
    s2 = 0.25
    tw = crop2[2] * s2
    per_row = max(1, int((width - 20) // (tw + 10)))
    for m in members():
        names = list(m["expressions"])
        for i in range(0, len(names), per_row):
            x = 20
            for ex in names[i:i + per_row]:
                sh.bust(m, ex, x, y, s2, crop2, f'{m["id"]}:{ex}', small=True)
                x += tw + 10
            y += crop2[3] * s2 + 50
        y += 14
    render(sh.svg(width, int(y + 10)), out)


if __name__ == "__main__":
    main()
