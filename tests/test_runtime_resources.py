"""Everything the app loads at run time is in the checkout and in the frozen folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.runtime_resources import manifest, migration_files, missing
from app.storage.migrations import MIGRATIONS

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "sentra" / "_internal"


def test_checkout_has_every_resource() -> None:
    assert missing(ROOT, frozen=False) == []


def test_every_migration_is_shipped_and_listed() -> None:
    assert migration_files(ROOT) == sorted(f"schema_v{m.version}.sql" for m in MIGRATIONS)


def test_a_missing_resource_is_reported(tmp_path: Path) -> None:
    (tmp_path / "resources" / "themes").mkdir(parents=True)
    (tmp_path / "resources" / "themes" / "standard.qss").write_text("")
    gone = {r.pattern for r in missing(tmp_path, frozen=True, platform="linux")}
    assert "resources/themes/glove.qss" in gone and "sqlcipher3/_sqlite3*" in gone
    assert "resources/themes/standard.qss" not in gone


def test_the_theme_and_translation_loaders_read_the_listed_files() -> None:
    from ui.kit import paths

    listed = {r.pattern for r in manifest()}
    for name in ("standard", "glove"):
        assert f"resources/themes/{name}.qss" in listed
        assert (paths.themes_dir() / f"{name}.qss").is_file()
    for lang in ("id", "en"):
        assert f"resources/translations/sentra_{lang}.qm" in listed


@pytest.mark.skipif(not FROZEN.is_dir() and os.environ.get("CI") != "true",
                    reason="no frozen build here (make frozen); CI builds one first")
def test_frozen_folder_has_every_resource() -> None:
    assert FROZEN.is_dir(), "CI builds the frozen app (make frozen) before the tests"
    assert [r.pattern for r in missing(FROZEN, frozen=True)] == []
    assert migration_files(FROZEN) == migration_files(ROOT)
