"""Benchmarks print one JSON line each; this gathers them into the run's summary, so the
figures show in `make test` and in CI output without `-s`."""

from __future__ import annotations

import sys

import pytest

_FIGURES: list[str] = []


@pytest.fixture(autouse=True)
def _collect_figures(capsys: pytest.CaptureFixture[str]):
    yield
    out = capsys.readouterr().out
    _FIGURES.extend(line for line in out.splitlines() if line.startswith("{") and '"bench' in line)
    sys.stdout.write(out)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _FIGURES:
        terminalreporter.section("benchmark figures (JSON)")
        for line in _FIGURES:
            terminalreporter.write_line(line)
