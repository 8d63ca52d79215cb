"""Initials in a coloured circle, one colour per role: a face for each name button."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from app.roles import Role

ROLE_COLORS: dict[Role, str] = {
    Role.ADVISOR: "#0277bd", Role.MECHANIC: "#e65100", Role.STOREKEEPER: "#6d4c41",
    Role.CASHIER: "#2e7d32", Role.SUPERVISOR: "#5e35b1", Role.ADMIN: "#455a64",
}


def initials(name: str) -> str:
    """`Sari (Kepala Bengkel)` -> `S`, `Admin Cabang` -> `AC`: the name before any bracket."""
    words = [w for w in name.split("(")[0].split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def avatar_icon(name: str, role: Role | str, size: int = 96) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor(ROLE_COLORS.get(Role(role), "#455a64")))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(int(size * 0.38))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return QIcon(pixmap)
