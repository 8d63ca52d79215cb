"""The supervisor's screens: one module per screen (view + view-model). See docs/ui-frame.md."""

from __future__ import annotations

from ui.kit.screen import ScreenSpec

SCREENS: list[ScreenSpec] = []
