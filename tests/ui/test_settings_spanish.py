"""The screens in Spanish: menus (with access keys that do not clash), Settings, Back up, Restore, the
import summary and the network question render translated texts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translator

SIMPLE = Path(__file__).resolve().parents[1] / "vectors" / "1edtech-public-validator" / "ob30" / "simple.json"


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    app = QApplication.instance()
    loaded = install_translator(app, QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    assert loaded, "the Spanish catalogue did not load"
    yield
    for t in loaded:
        app.removeTranslator(t)


@pytest.fixture
def spanish_window(qtbot: Any, spanish: None, session: Any) -> Iterator[Any]:
    from ui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    session.create(window)
    qtbot.waitUntil(lambda: window.state == "open", timeout=30_000)
    yield window


def _key(text: str) -> str | None:
    m = re.search(r"&(\w)", text)
    return m.group(1).lower() if m else None


def test_menus_speak_spanish_with_distinct_access_keys(spanish_window: Any) -> None:
    w = spanish_window
    menus = {m.title(): m for m in (a.menu() for a in w.menuBar().actions()) if m is not None}
    assert set(menus) >= {"&Archivo", "&Ver", "A&yuda"}
    file_texts = [a.text() for a in menus["&Archivo"].actions() if not a.isSeparator()]
    assert "Pe&gar para importar" in file_texts and "&Hacer copia de seguridad…" in file_texts
    assert "&Restaurar…" in file_texts
    for menu in menus.values():
        keys = [_key(a.text()) for a in menu.actions() if not a.isSeparator() and _key(a.text())]
        assert len(keys) == len(set(keys)), (menu.title(), keys)
    bar_keys = [_key(t) for t in menus]
    assert len(bar_keys) == len(set(bar_keys))


def test_settings_backup_restore_and_import_summary_in_spanish(qtbot: Any, spanish_window: Any) -> None:
    w = spanish_window
    w.settings_action.trigger()
    settings = w.settings_dialog
    qtbot.waitUntil(settings.save_button.isEnabled, timeout=30_000)
    assert settings.windowTitle() == "Configuración"
    assert [settings.tabs.tabText(i) for i in range(2)] == ["General", "Emisores de confianza"]
    assert [settings.network.itemText(i) for i in range(3)] == [
        "Nunca: comprobarlo todo sin conexión", "Preguntarme una vez en cada sesión", "Siempre"]
    assert settings.open_folder_button.text() == "Abrir la carpeta"
    settings.reject()

    w.backup_action.trigger()
    backup = w.backup.backup_dialog
    assert backup.windowTitle() == "Hacer una copia de seguridad de tu cartera"
    backup.passphrase.setText("corto")
    assert backup.strength.text() == "Demasiado corta: usa al menos 8 caracteres."
    backup.reject()
    w.restore_action.trigger()
    assert w.backup.restore_dialog.ok_button.text() == "Restaurar"
    w.backup.restore_dialog.reject()

    QGuiApplication.clipboard().setText(SIMPLE.read_text())
    with qtbot.waitSignal(w.import_flow.finished, timeout=60_000):
        w.paste_action.trigger()
    summary = w.import_flow.summary
    assert summary.windowTitle() == "Importación terminada"
    assert summary.added_label.text() == "Añadidas: 1"
    assert summary.failed_label.text() == "No se pudieron importar: 0"
    qtbot.waitUntil(w.backup.reminder.isVisible, timeout=30_000)
    assert w.backup.reminder.later_button.text() == "Ahora no"


def test_identity_qr_in_spanish(qtbot: Any, spanish_window: Any) -> None:
    view = spanish_window.identity
    spanish_window.show_view("identity")
    qtbot.waitUntil(lambda: view.current() is not None, timeout=30_000)
    assert view.qr_button.text() == "Mostrar QR"
    view.show_qr()
    assert view.qr_dialog.windowTitle() == "Código QR de " + view.current().label
    assert view.qr_dialog.accessibleName() == "Código QR de tu DID"


def test_journey_controls_in_spanish(qtbot: Any, spanish: None) -> None:
    from ui.journey.paint import experience_label
    from ui.journey.view import JourneyView

    view = JourneyView()
    qtbot.addWidget(view)
    assert view.export_button.text() == "Exportar"
    assert view.zoom_fit.toolTip() == "Ajustar toda la trayectoria"
    assert experience_label("service-learning") == "Aprendizaje-servicio"
    assert experience_label("no-such-kind") == "no-such-kind"


def test_verification_checks_in_plain_spanish(spanish: None) -> None:
    """The report tables say each check in Spanish words; the core's specifics follow, smaller."""
    from ui.detail.checks import ReportRenderer
    from wallet.verifier.report import Check, Report

    report = Report(kind="credential", format="ldp-vc", subject="Teamwork Badge", checks=(
        Check("proof", "passed", "eddsa-rdfc-2022 signature by did:key:z6Mk…"),
        Check("status", "not-checked", "status not checked (offline)"),
    ))
    html = ReportRenderer().html(report)
    assert "La firma del emisor es válida: nada ha cambiado desde que se firmó." in html
    assert "✓ Correcto" in html and "Firma del emisor" in html and "? Sin comprobar" in html
    assert "Ni revocada ni suspendida" in html and "Sin comprobar, y por qué" in html
    assert "No se pudo comprobar si el emisor revocó la credencial" in html
    assert "eddsa-rdfc-2022 signature by did:key:z6Mk…" in html  # the specifics stay


def test_every_check_the_core_makes_has_plain_words() -> None:
    """Each (check, outcome) the core can report has a sentence in the table (read from the core's
    source, so a new check without words fails here)."""
    import ast

    from ui.verify.check_words import CHECK_SENTENCES

    statuses = ("passed", "failed", "warning", "not-checked")
    missing = set()
    for path in (Path(__file__).resolve().parents[2] / "wallet").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Check" and len(node.args) >= 2
                    and isinstance(node.args[0], ast.Constant)):
                continue
            said = [n.value for n in ast.walk(node.args[1]) if isinstance(n, ast.Constant) and n.value in statuses]
            for status in said or statuses:  # a status computed at run time may be any of them
                if (node.args[0].value, status) not in CHECK_SENTENCES:
                    missing.add((node.args[0].value, status, f"{path.name}:{node.lineno}"))
    assert not missing, sorted(missing)


def test_error_messages_lead_with_spanish_words(spanish: None) -> None:
    from ui.errors import describe
    from ui.library.import_flow import ImportSummaryDialog
    from wallet.errors import NotJSON, WrongPassphrase

    problem = describe(NotJSON("notes.txt is not JSON: Expecting value at line 1"))
    assert problem is not None and problem.title == "No se puede usar esta entrada"
    assert problem.message == "Esto no es texto JSON legible.\nnotes.txt is not JSON: Expecting value at line 1"
    assert describe(WrongPassphrase("wrong passphrase")).message.startswith(  # type: ignore[union-attr]
        "La frase de contraseña no abre esta copia de seguridad")
    row = ImportSummaryDialog.failure_text({"file": "/tmp/notes.txt", **NotJSON("not JSON").to_json()})
    assert row == "notes.txt: Esto no es texto JSON legible. not JSON"


def test_every_core_error_code_has_plain_words(qapp: Any) -> None:
    import wallet.errors as errors
    from ui.errors import CODE_SENTENCES, describe

    codes = {cls.code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.WalletError) and cls is not errors.WalletError}
    assert codes - {"cancelled"} <= set(CODE_SENTENCES), codes - set(CODE_SENTENCES)
    # in English the core's message is enough: it says the same, more precisely
    problem = describe(errors.NotJSON("notes.txt is not JSON"))
    assert problem is not None and problem.message == "notes.txt is not JSON"


def _tr_literals() -> list[tuple[str, str, str]]:
    """(context, source, where) of every literal text the interface asks Qt to translate: ``self.tr("…")``
    in a class (context: the class) and ``QCoreApplication.translate("ctx", "…")``."""
    import ast

    found = []
    for path in sorted((Path(__file__).resolve().parents[2] / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text())
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                        and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
                        and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    found.append((cls.name, node.args[0].value, f"{path.name}:{node.lineno}"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2 or not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]):
                continue
            if ((isinstance(node.func, ast.Attribute) and node.func.attr == "translate")
                    or (isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP")):
                found.append((node.args[0].value, node.args[1].value, f"{path.name}:{node.lineno}"))
    return found


def test_the_interface_asks_for_translations_only_of_literal_texts() -> None:
    """``self.tr(variable)`` looks the text up in the class's context, where the catalogue extractor
    never put it; a table of texts is marked with QT_TRANSLATE_NOOP(context, …) and translated with
    QCoreApplication.translate(context, …) instead."""
    import ast

    dynamic = []
    for path in sorted((Path(__file__).resolve().parents[2] / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                    and node.args and not isinstance(node.args[0], ast.Constant)):
                dynamic.append(f"{path.name}:{node.lineno}")
    assert not dynamic, dynamic


def test_every_text_the_interface_translates_is_in_the_catalogue_under_its_context() -> None:
    """lupdate reads no ``tr()`` inside an f-string, and a text missing from its context stays English
    at run time: every literal asked for must be in the compiled catalogue, translated, in its context."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "learner_wallet_es.ts"
    done: set[tuple[str, str]] = set()
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and t.text and t.get("type") != "unfinished":
                done.add((ctx.findtext("name") or "", m.findtext("source") or ""))
    missing = sorted({(c, s[:60], where) for c, s, where in _tr_literals() if (c, s) not in done})
    assert not missing, missing
    # a text the extractor could not place in a context (e.g. behind functools.partial) is never found
    nameless = [m.findtext("source") for ctx in ET.parse(ts).getroot().iter("context") if not ctx.findtext("name")
                for m in ctx.iter("message")]
    assert not nameless, nameless


def test_the_interface_words_for_reports_match_the_cores() -> None:
    """The translatable copies of the core's verdicts, outcomes and check names say the same in English."""
    from ui.verify.check_words import CHECK_NAMES, STATUS_WORDS_TR, VERDICT_WORDS
    from wallet.verifier.export import CHECK_LABELS, STATUS_WORDS, VERDICT_TEXT

    assert VERDICT_WORDS == VERDICT_TEXT and STATUS_WORDS_TR == STATUS_WORDS and CHECK_NAMES == CHECK_LABELS
