"""Translations: ``resources/translations/learner_wallet_<lang>.qm`` for the user's locale (English is built in).

The language can be chosen in Settings (``system``, ``en`` or ``es``). The choice is kept in a small plain
file, ``<wallet home>/language``, outside the encrypted database, so that it applies from the very first
window (before the wallet is unlocked) the next time Learner Wallet starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "TRANSLATIONS",
    "install_translator",
    "locale_for",
    "read_language",
    "write_language",
]


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str = "") -> str:  # noqa: N802 - lupdate's name
    """Marks ``source`` for the catalogue under ``context`` (lupdate finds the calls by this name); it is
    translated where it is shown, with ``QCoreApplication.translate(context, source)``. Qt's own
    ``QtCore.QT_TRANSLATE_NOOP`` does the same but is typed as returning ``object``."""
    return source

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGE_FILE = "language"
LANGUAGES = ("system", "en", "es")


def read_language(home: Path | None) -> str:
    """The language chosen for the wallet in ``home`` (``system`` when none was chosen)."""
    if home is None:
        return "system"
    try:
        value = (Path(home) / LANGUAGE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return "system"
    return value if value in LANGUAGES else "system"


def write_language(home: Path, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    from wallet.fileio import atomic_write

    atomic_write(Path(home) / LANGUAGE_FILE, language.encode(), mode=0o644)


def locale_for(language: str) -> QLocale:
    if language == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale.system()


def install_translator(app: QApplication, locale: QLocale | None = None, *, home: Path | None = None) -> list[QTranslator]:
    """Install our translation and Qt's own (button texts) for ``locale`` (default: the language chosen
    for the wallet in ``home``, else the system's); returns what was loaded."""
    locale = locale or locale_for(read_language(home))
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
