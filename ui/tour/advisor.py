"""The advisor's part of the workshop day (steps added by the advisor station's work)."""

from __future__ import annotations

from ui.tour.kit import Step

STEPS: list[Step] = []
