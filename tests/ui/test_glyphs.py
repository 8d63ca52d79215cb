"""Every character the screens can show exists in the font the app ships (DejaVu Sans).

A character outside it is drawn as an empty box on a station whose system has no fallback font
(the advisor's catalogue once showed "□ Oli Mesin" from a full-width plus sign)."""
from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QRawFont

from ui.kit.theme import fonts_dir

ROOT = Path(__file__).resolve().parents[2]


def _shown_texts() -> list[tuple[str, str]]:
    """(where, text) for every string literal in ui/ and every translation."""
    texts: list[tuple[str, str]] = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            for tag in ("source", "translation"):
                element = message.find(tag)
                if element is not None and element.text:
                    texts.append((f"{ts.name}:{tag}", element.text))
    return texts


def test_every_shown_character_is_in_the_shipped_font(qapp) -> None:
    font = QRawFont(str(fonts_dir() / "DejaVuSans.ttf"), 16)
    bold = QRawFont(str(fonts_dir() / "DejaVuSans-Bold.ttf"), 16)
    assert font.isValid() and bold.isValid()
    missing: dict[str, str] = {}
    for where, text in _shown_texts():
        for char in set(text):
            if ord(char) < 0x80 or char in missing or char.isspace() or ord(char) in (0x200B, 0xFEFF):
                continue
            if not (font.supportsCharacter(ord(char)) and bold.supportsCharacter(ord(char))):
                missing[char] = where
    assert not missing, "characters the shipped font cannot draw: " + ", ".join(
        f"U+{ord(c):04X} ({where})" for c, where in sorted(missing.items()))


def test_the_check_finds_a_missing_character(qapp) -> None:
    font = QRawFont(str(fonts_dir() / "DejaVuSans.ttf"), 16)
    assert font.supportsCharacter(ord("+")) and font.supportsCharacter(ord("·"))
    assert not font.supportsCharacter(ord("＋"))  # the full-width plus that showed as a box
