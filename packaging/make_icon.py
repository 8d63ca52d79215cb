"""Draw the application icon (resources/icons/sentra.png and sentra.ico) from the shipped font.

Run once when the design changes: `python packaging/make_icon.py`; both files are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
BLUE, ORANGE, WHITE = (21, 74, 140, 255), (245, 138, 31, 255), (255, 255, 255, 255)


def draw(size: int = 256) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pad = size // 16
    d.rounded_rectangle((pad, pad, size - pad, size - pad), radius=size // 5, fill=BLUE)
    d.rounded_rectangle((pad, size * 2 // 3, size - pad, size - pad), radius=size // 5, fill=ORANGE)
    d.rectangle((pad, size * 2 // 3, size - pad, size * 2 // 3 + size // 8), fill=ORANGE)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"), size // 2)
    d.text((size / 2, size * 0.40), "S", font=font, fill=WHITE, anchor="mm")
    return img


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.save(ICONS / "sentra.png")
    img.save(ICONS / "sentra.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(f"wrote {ICONS / 'sentra.png'} and sentra.ico")


if __name__ == "__main__":
    main()
