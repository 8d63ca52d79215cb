"""Play the tour in the real main window: `sentra demo --tour DIR [--lang id|en] [--theme ...]`.

The caller (the CLI, or a test) makes the fresh demo database and the simulated devices; the
runner opens the real window through `run_gui`, plays `opening.STEPS` and then each role
module's `STEPS` (advisor, mechanic, storekeeper, cashier), saves `DIR/NN-role-step.png` after
each step, writes `DIR/tour.json`, prints it, and returns 0, or 1 naming the failing step.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from app.demo import DEMO_PINS
from app.ports import StationDevices
from app.services import Services
from app.settings import Settings
from ui.shell.main_window import MainWindow
from ui.tour import advisor, cashier, mechanic, opening, storekeeper
from ui.tour.kit import Step, Tour

WINDOW_SIZE = (1280, 800)


def all_steps() -> list[Step]:
    return [*opening.STEPS, *advisor.STEPS, *mechanic.STEPS, *storekeeper.STEPS, *cashier.STEPS]


def play(window: MainWindow, out_dir: Path, steps: list[Step]) -> dict[str, Any]:
    """Play `steps` in `window`; the summary that becomes tour.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window.resize(*WINDOW_SIZE)
    tour = Tour(window, DEMO_PINS)
    tour.settle(100)
    summary: dict[str, Any] = {"ok": True, "steps": []}
    for n, step in enumerate(steps, start=1):
        tour.taps = tour.keys = 0
        shot = f"{n:02d}-{step.role}-{step.name}.png"
        started = time.perf_counter()
        try:
            step.run(tour)
            tour.settle(50)
        except Exception as exc:  # noqa: BLE001 - any failure stops the tour, named
            window.grab().save(str(out_dir / shot))
            summary["ok"] = False
            summary["failed"] = {"n": n, "role": step.role, "name": step.name, "error": str(exc),
                                 "screenshot": shot}
            traceback.print_exc(file=sys.stderr)
            break
        ms = round((time.perf_counter() - started) * 1000)
        window.grab().save(str(out_dir / shot))
        summary["steps"].append({"n": n, "role": step.role, "name": step.name, "taps": tour.taps,
                                 "keys": tour.keys, "ms": ms, "screenshot": shot,
                                 "min_target_mm": tour.min_target_mm()})
    (out_dir / "tour.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return summary


def run_tour(services: Services, out_dir: Path, *, devices: StationDevices | None = None,
             settings: Settings | None = None, lang: str | None = None, theme: str | None = None,
             steps: list[Step] | None = None) -> int:
    """Open the app, play the tour, close; 0 when every step passed."""
    from ui.shell.app_main import run_gui

    result: dict[str, Any] = {}

    def go(window: MainWindow) -> None:
        result.update(play(window, out_dir, all_steps() if steps is None else steps))
        app = QApplication.instance()
        if app is not None:
            app.exit(0 if result.get("ok") else 1)

    code = run_gui(services, devices=devices, settings=settings, lang=lang, theme=theme, sync=False,
                   on_shown=go)
    print(json.dumps(result, ensure_ascii=False))
    if not result.get("ok"):
        failed = result.get("failed") or {}
        print(f"sentra: tour failed at step {failed.get('n')} {failed.get('role')}/{failed.get('name')}: "
              f"{failed.get('error')}", file=sys.stderr)
        return 1
    return code
