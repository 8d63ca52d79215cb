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


# Benchmarks that leave this process large (a 470,000-event branch replayed in it) run after the
# others, so they do not slow the ones that measure this process's own speed (the merge rate).
HEAVY_LAST = ("bench_provision.py",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name in HEAVY_LAST)  # stable: the rest keep their order


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _FIGURES:
        terminalreporter.section("benchmark figures (JSON)")
        for line in _FIGURES:
            terminalreporter.write_line(line)
