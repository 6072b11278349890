"""Translations: ``resources/translations/learner_wallet_<lang>.qm`` for the user's locale (English is built in)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

__all__ = ["TRANSLATIONS", "install_translator"]

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_translator(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install our translation and Qt's own (button texts) for ``locale``; returns what was loaded."""
    locale = locale or QLocale.system()
    loaded: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(locale, "learner_wallet", "_", str(TRANSLATIONS)):
        app.installTranslator(ours)
        loaded.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded
