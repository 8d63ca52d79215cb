"""On-screen preview: ESC/POS bytes drawn onto a PNG as a thermal printer would print them."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import qrcode
from escpos.printer import Dummy
from PIL import Image, ImageDraw, ImageFont

from hardware.printing.escpos_decode import (
    PrintedBarcode,
    PrintedCut,
    PrintedDrawerKick,
    PrintedFeed,
    PrintedLine,
    PrintedQr,
    decode_escpos,
)
from hardware.printing.receipt import COLUMNS, DOTS

LINE_H = 26
MARGIN = 16
_FONTS = {
    False: ("DejaVuSansMono.ttf", "consola.ttf", "cour.ttf", "LiberationMono-Regular.ttf"),
    True: ("DejaVuSansMono-Bold.ttf", "consolab.ttf", "courbd.ttf", "LiberationMono-Bold.ttf"),
}


@lru_cache(maxsize=8)
def _font(bold: bool, size: int) -> Any:
    for name in _FONTS[bold]:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _font_for(paper_mm: int, bold: bool) -> Any:
    # pick the size whose character advance fills the paper's dot width at its column count
    advance = DOTS[paper_mm] / COLUMNS[paper_mm]
    return _font(bold, int(advance / 0.602))


def _barcode_image(data: str, height: int) -> Image.Image:
    try:
        import barcode
        from barcode.writer import ImageWriter

        img = barcode.get("code128", data, writer=ImageWriter()).render(
            {"module_height": height / 12, "module_width": 0.25, "font_size": 0, "quiet_zone": 2, "dpi": 200}
        )
        return img.convert("L")
    except Exception:  # python-barcode missing or unhappy: a labelled box still shows where it goes
        img = Image.new("L", (300, height), 255)
        ImageDraw.Draw(img).rectangle([0, 0, 299, height - 1], outline=0, width=2)
        return img


def render_escpos_png(data: bytes, paper_mm: int = 80) -> Image.Image:
    """The ESC/POS byte string as a receipt image (white paper, black print)."""
    width = DOTS[paper_mm]
    items = decode_escpos(data)
    blocks: list[tuple[Image.Image, str]] = []
    for item in items:
        if isinstance(item, PrintedLine):
            font = _font_for(paper_mm, item.bold)
            line = Image.new("L", (width, LINE_H), 255)
            draw = ImageDraw.Draw(line)
            text_w = draw.textlength(item.text, font=font)
            x = {"left": 0, "center": (width - text_w) / 2, "right": width - text_w}[item.align]
            draw.text((x, 1), item.text, font=font, fill=0)
            if item.double_height:
                line = line.resize((width, LINE_H * 2), Image.Resampling.NEAREST)
            blocks.append((line, "left"))
        elif isinstance(item, PrintedQr):
            qr = qrcode.QRCode(box_size=item.size, border=2)
            qr.add_data(item.data)
            qr.make(fit=True)
            blocks.append((qr.make_image(fill_color="black", back_color="white").get_image().convert("L"), "center"))
        elif isinstance(item, PrintedBarcode):
            bar = _barcode_image(item.data, 64)
            if bar.width > width:
                bar = bar.resize((width, bar.height))
            blocks.append((bar, "center"))
        elif isinstance(item, PrintedFeed):
            blocks.append((Image.new("L", (width, LINE_H // 2 * min(item.lines, 4)), 255), "left"))
        elif isinstance(item, PrintedCut):
            cut = Image.new("L", (width, 12), 255)
            d = ImageDraw.Draw(cut)
            for x in range(0, width, 12):
                d.line([(x, 6), (x + 6, 6)], fill=128, width=1)
            blocks.append((cut, "left"))
        elif isinstance(item, PrintedDrawerKick):
            continue
    height = sum(b.height for b, _ in blocks) + 2 * MARGIN
    page = Image.new("L", (width + 2 * MARGIN, max(height, 2 * MARGIN)), 255)
    y = MARGIN
    for block, align in blocks:
        x = MARGIN + ((width - block.width) // 2 if align == "center" else 0)
        page.paste(block, (x, y))
        y += block.height
    return page


class PreviewPrinter(Dummy):
    """``preview:`` printer: keeps the bytes; :meth:`render` gives the picture a screen shows."""

    def __init__(self, save_to: str | None = None, paper_mm: int = 80, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.save_to = save_to
        self.paper_mm = paper_mm

    def render(self, paper_mm: int | None = None) -> Image.Image:
        return render_escpos_png(self.output, paper_mm or self.paper_mm)

    def save_png(self, path: str | os.PathLike[str], paper_mm: int | None = None) -> None:
        self.render(paper_mm).save(path, format="PNG", optimize=True)

    def close(self) -> None:
        """Nothing to close; the bytes stay for :meth:`render`."""
