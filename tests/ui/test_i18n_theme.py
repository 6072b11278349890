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


def test_light_and_dark_palettes(app_look) -> None:
    app = app_look
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


# the app talks to the wallet's facade and its public recipe modules, never to its internals: storage,
# keys, migrations and ingestion are reached only through ``wallet.Wallet``. (The self-test is exempt:
# it checks that the keychain entries are really gone.)
INTERNAL = {"wallet.store.database", "wallet.store.migrations", "wallet.identity.keystore", "wallet.credentials.ingest", "wallet.limits"}
APP = [p for p in (ROOT / "ui").rglob("*.py") if p.name != "selftest.py"]


def _wallet_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            if node.module == "wallet":  # `from wallet import store` names a module too
                names.update(f"wallet.{a.name}" for a in node.names if not a.name.startswith("__"))
    return {n for n in names if n == "wallet" or n.startswith("wallet.")}


def test_the_app_never_imports_wallet_internals() -> None:
    offenders = {}
    for path in APP:
        bad = {n for n in _wallet_imports(path)
               if n in INTERNAL or any(part.startswith("_") for part in n.split(".")[1:])}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}
    assert "wallet" in _wallet_imports(ROOT / "ui" / "session.py")  # the facade is what the shell talks to
