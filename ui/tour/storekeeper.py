"""The storekeeper's part of the workshop day (steps added by the storekeeper station's work)."""

from __future__ import annotations

from ui.tour.kit import Step

STEPS: list[Step] = []
