"""Qt translations: Bahasa Indonesia by default, English by setting.

Source strings in the code are English; `resources/translations/sentra_id.ts` holds the
Indonesian text and `sentra_en.ts` the English (identity) catalogue. `python -m ui.i18n_build`
compiles them to `.qm`. The language comes from the caller, else `SENTRA_LANG`, else `id`.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.kit.paths import translations_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANG = "id"
_installed: list[QTranslator] = []


def resolve_lang(lang: str | None = None) -> str:
    """The explicit choice, else `SENTRA_LANG`, else Indonesian; unknown values fall back to `id`."""
    chosen = (lang or os.environ.get("SENTRA_LANG") or DEFAULT_LANG).strip().lower()[:2]
    return chosen if chosen in LANGUAGES else DEFAULT_LANG


def install_translator(app: QCoreApplication, lang: str | None = None) -> str:
    """Replace the app's translators with the chosen language's; returns the language used.

    Widgets that override `changeEvent` re-translate themselves on the LanguageChange event.
    """
    lang = resolve_lang(lang)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    qm = translations_dir() / f"sentra_{lang}.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.info("no compiled translations at %s (run `python -m ui.i18n_build`)", qm)
    qt_base = QTranslator(app)  # Qt's own strings (dialog buttons) where the wheel ships them
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt_base.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English,
                               QLocale.Country.Indonesia))
    app.setProperty("sentra_lang", lang)
    return lang


def current_lang() -> str:
    app = QCoreApplication.instance()
    value = app.property("sentra_lang") if app is not None else None
    return str(value) if value else DEFAULT_LANG
