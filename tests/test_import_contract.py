"""The layering rules, checked on the source (AST, so imports inside functions count too):

- `app/` is Qt-free and imports nothing of `ui/`, `sync/` or `hardware/` (the entry point
  `app/cli.py` and `app/__main__.py` wire them together, inside their commands);
- `sync/` and `hardware/` never import `ui/`;
- `ui/` runs no SQL driver (`sqlite3`, `sqlcipher3`) and starts no threads (`threading`,
  `_thread`, `concurrent.futures`, `multiprocessing`, `QThread`, `QThreadPool`, `QRunnable`)
  outside `ui/operations.py`;
- a role folder (`ui/advisor`, `ui/mechanic`, `ui/storekeeper`, `ui/cashier`, `ui/supervisor`)
  never imports another role folder.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROLE_FOLDERS = ("advisor", "mechanic", "storekeeper", "cashier", "supervisor")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
SQL_MODULES = ("sqlite3", "sqlcipher3")
THREAD_MODULES = ("threading", "_thread", "concurrent.futures", "multiprocessing")
THREAD_NAMES = ("QThread", "QThreadPool", "QRunnable")
ENTRY_POINTS = ("app/cli.py", "app/__main__.py")
OPERATIONS = "ui/operations.py"


def imports(source: str) -> list[tuple[str, tuple[str, ...], int]]:
    """(module, names imported from it, line) for every import statement."""
    found: list[tuple[str, tuple[str, ...], int]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(alias.name, (), node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, tuple(alias.name for alias in node.names), node.lineno))
    return found


def _under(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == root or module.startswith(root + ".") for root in roots)


def violations(rel_path: str, source: str) -> list[str]:
    """What `source`, living at `rel_path` (posix, from the repo root), breaks."""
    bad: list[str] = []
    top = rel_path.split("/", 1)[0]
    for module, names, line in imports(source):
        where = f"{rel_path}:{line}"
        if top == "app":
            if _under(module, QT_MODULES):
                bad.append(f"{where}: the core imports Qt ({module})")
            if rel_path not in ENTRY_POINTS and _under(module, ("ui", "sync", "hardware")):
                bad.append(f"{where}: the core imports {module}")
        if top in ("sync", "hardware") and _under(module, ("ui",)):
            bad.append(f"{where}: {top}/ imports {module}")
        if top == "ui":
            if _under(module, SQL_MODULES):
                bad.append(f"{where}: ui/ imports the SQL driver {module}")
            if rel_path != OPERATIONS:
                if _under(module, THREAD_MODULES):
                    bad.append(f"{where}: ui/ starts threads ({module}) outside {OPERATIONS}")
                thread_names = [n for n in names if n in THREAD_NAMES]
                if thread_names:
                    bad.append(f"{where}: ui/ starts threads ({', '.join(thread_names)}) outside {OPERATIONS}")
            parts = rel_path.split("/")
            if len(parts) > 2 and parts[1] in ROLE_FOLDERS:
                own = parts[1]
                for other in ROLE_FOLDERS:
                    if other != own and _under(module, (f"ui.{other}",)):
                        bad.append(f"{where}: ui/{own} imports another role's folder ({module})")
    return bad


def _sources() -> list[Path]:
    return sorted(p for top in ("app", "sync", "hardware", "ui") for p in (ROOT / top).rglob("*.py"))


def test_the_source_tree_keeps_the_layering() -> None:
    sources = _sources()
    assert len(sources) > 50
    problems = [v for path in sources
                for v in violations(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))]
    assert problems == []


@pytest.mark.parametrize(("path", "snippet", "expected"), [
    ("app/billing.py", "from PySide6.QtCore import QObject", "the core imports Qt"),
    ("app/billing.py", "def f():\n    import shiboken6", "the core imports Qt"),
    ("app/billing.py", "from ui.kit.labels import role_label", "the core imports ui.kit.labels"),
    ("hardware/printing/spool.py", "import ui.kit.theme", "hardware/ imports ui.kit.theme"),
    ("ui/screens/board.py", "import sqlite3", "SQL driver sqlite3"),
    ("ui/cashier/checkout.py", "from sqlcipher3 import dbapi2", "SQL driver sqlcipher3"),
    ("ui/screens/board.py", "import threading", "starts threads (threading)"),
    ("ui/screens/board.py", "from concurrent.futures import ThreadPoolExecutor", "starts threads"),
    ("ui/widgets/search_box.py", "from PySide6.QtCore import QTimer, QThread", "starts threads (QThread)"),
    ("ui/advisor/intake.py", "from ui.cashier.checkout import CheckoutScreen", "imports another role's folder"),
    ("ui/mechanic/jobs.py", "def f():\n    import ui.storekeeper", "imports another role's folder"),
])
def test_a_deliberately_bad_snippet_is_caught(path: str, snippet: str, expected: str) -> None:
    found = violations(path, snippet)
    assert found and expected in found[0]


@pytest.mark.parametrize(("path", "snippet"), [
    ("app/cli.py", "def run():\n    from ui.shell.app_main import run_gui"),
    ("ui/operations.py", "import threading\nfrom PySide6.QtCore import QThreadPool, QRunnable"),
    ("ui/advisor/intake.py", "from ui.screens.board import BoardScreen\nfrom ui.advisor.card import Card"),
    ("ui/screens/board.py", "from app.changes import ChangeBuffer"),
])
def test_what_the_rules_allow(path: str, snippet: str) -> None:
    assert violations(path, snippet) == []
