"""Spanish translation, light/dark palettes, and the ui -> wallet boundary."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.i18n import TRANSLATIONS, install_translator
from ui.theme import Theme

ROOT = Path(__file__).resolve().parents[2]


def test_spanish_catalogue_is_complete_and_compiled() -> None:
    ts = TRANSLATIONS / "learner_wallet_es.ts"
    messages = list(ET.parse(ts).iter("message"))
    assert len(messages) > 100
    untranslated = [m.findtext("source") for m in messages
                    if not (m.findtext("translation") or "").strip()
                    or (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")]
    assert untranslated == []
    assert (TRANSLATIONS / "learner_wallet_es.qm").stat().st_size > 1000


def test_the_window_speaks_spanish_with_a_spanish_locale(qtbot, session) -> None:
    app = QApplication.instance()
    loaded = install_translator(app, QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        assert loaded, "the Spanish catalogue did not load"
        from ui.main_window import MainWindow

        window = MainWindow(session)
        qtbot.addWidget(window)
        assert [window.sidebar.item(i).text() for i in range(5)] == [
            "Biblioteca", "Trayectoria", "Compartir", "Verificar", "Identidad"]
        assert window.first_run.create_button.text() == "Crear mi cartera"
        assert QCoreApplication.translate("errors", "No keychain available") == "No hay ningún llavero disponible"
    finally:
        for translator in loaded:
            app.removeTranslator(translator)
    assert QCoreApplication.translate("errors", "No keychain available") == "No keychain available"


def test_light_and_dark_palettes(qapp) -> None:
    app = QApplication.instance()
    theme = Theme(app, "dark")
    try:
        assert theme.is_dark()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
        theme.apply("light")
        assert not theme.is_dark()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
        theme.apply("no such scheme")  # falls back to following the system
        assert theme.scheme == "system"
    finally:
        theme.apply("light")
        theme.deleteLater()


# the app shell may use the wallet's facade and its public modules, never its internals
PUBLIC = {"wallet", "wallet.errors", "wallet.paths", "wallet.journey", "wallet.demo"}
SHELL = [p for p in (ROOT / "ui").rglob("*.py") if "journey" not in p.parts and p.name != "selftest.py"]


def test_the_shell_imports_only_public_wallet_modules() -> None:
    used: dict[str, set[str]] = {}
    for path in SHELL:
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            for name in names:
                if name == "wallet" or name.startswith("wallet."):
                    used.setdefault(name, set()).add(path.name)
    assert set(used) <= PUBLIC, {k: v for k, v in used.items() if k not in PUBLIC}
    assert "wallet" in used  # the facade is what the shell talks to
