#!/usr/bin/env python3
"""The event pictures' contact sheet, docs/events.png (standard library and rsvg-convert).

Each picture's SVG (assets/art/events/<id>.svg) is rendered small with rsvg-convert and
laid out three to a row with its id under it; the sheet is an SVG rendered to PNG.
Run by tools/render-art.sh after the pictures; `--out` picks another file.
Original work, CC BY 4.0.
"""
import argparse
import base64
import pathlib
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
ORDER = ["rain", "confession", "punch", "door", "dust", "medbay", "lake", "grenade", "flagstones", "injector", "temple", "toast", "kiss",
         "kiss_she_reaches", "shoulder"]
TW, TH, PAD, LABEL, COLS = 600, 338, 24, 34, 3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "events.png"))
    args = ap.parse_args()
    ids = [i for i in ORDER if (HERE / f"{i}.svg").exists()]
    ids += sorted(p.stem for p in HERE.glob("*.svg") if p.stem not in ids)
    rows = (len(ids) + COLS - 1) // COLS
    w = PAD + COLS * (TW + PAD)
    h = PAD + rows * (TH + LABEL + PAD)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}" '
             f'height="{h}"><rect width="{w}" height="{h}" fill="#1d2028"/>']
    with tempfile.TemporaryDirectory() as tmp:
        for k, pid in enumerate(ids):
            png = pathlib.Path(tmp) / f"{pid}.png"
            subprocess.run(["rsvg-convert", "-w", str(TW), "-h", str(TH), "-o", str(png), str(HERE / f"{pid}.svg")],
                           check=True)
            data = base64.b64encode(png.read_bytes()).decode()
            x = PAD + (k % COLS) * (TW + PAD)
            y = PAD + (k // COLS) * (TH + LABEL + PAD)
            parts.append(f'<image x="{x}" y="{y}" width="{TW}" height="{TH}" xlink:href="data:image/png;base64,{data}"/>')
            parts.append(f'<text x="{x}" y="{y + TH + 24}" font-family="sans-serif" font-size="20" fill="#d8dce6">'
                         f'{pid}</text>')
        parts.append("</svg>")
        sheet = pathlib.Path(tmp) / "sheet.svg"
        sheet.write_text("\n".join(parts))
        subprocess.run(["rsvg-convert", "-o", args.out, str(sheet)], check=True)
    print("contact sheet:", args.out)


if __name__ == "__main__":
    main()
