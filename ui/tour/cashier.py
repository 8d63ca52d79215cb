"""The cashier's part of the workshop day (steps added by the cashier station's work)."""

from __future__ import annotations

from ui.tour.kit import Step

STEPS: list[Step] = []
