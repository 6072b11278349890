"""Settings through the dialog: the data folder, network mode (and the once-per-session question of
"ask"), trusted issuers (add, rename, remove, import JSON), colours and language — all kept in the
wallet and shown again when the dialog reopens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from ui.i18n import install_translator, read_language

NPU = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
LAKESHORE = "https://lakeshore.example.edu/issuer"


def _open_settings(qtbot: Any, window: Any) -> Any:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    with qtbot.waitSignal(dialog.loaded, timeout=30_000):
        pass
    return dialog


def _save(qtbot: Any, dialog: Any) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _issuer_dialog_ok(qtbot: Any, dialog: Any, issuer_id: str | None, name: str) -> None:
    d = dialog.issuer_dialog
    assert d.isVisible()
    if issuer_id is not None:
        qtbot.keyClicks(d.issuer_id, issuer_id)
    d.name.clear()
    qtbot.keyClicks(d.name, name)
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _rows(dialog: Any) -> list[tuple[str, str]]:
    return [(dialog.issuers.topLevelItem(i).text(0), dialog.issuers.topLevelItem(i).text(1))
            for i in range(dialog.issuers.topLevelItemCount())]


def test_general_settings_are_kept_and_shown_again(qtbot: Any, open_window: Any) -> None:
    window, session = open_window, open_window.session
    dialog = _open_settings(qtbot, window)
    assert dialog.folder.text() == str(session.home)
    assert dialog.open_folder_button.isEnabled()
    assert (dialog.network.currentData(), dialog.theme.currentData(), dialog.language.currentData()) == (
        "never", "system", "system")
    assert not dialog.language_note.isVisible()
    dialog.network.setCurrentIndex(dialog.network.findData("ask"))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.language_note.isVisible() and "next time" in dialog.language_note.text()
    _save(qtbot, dialog)
    assert session.wallet.setting("network") == "ask"
    assert read_language(session.home) == "es"

    again = _open_settings(qtbot, window)
    assert again is not dialog
    assert (again.network.currentData(), again.language.currentData()) == ("ask", "es")
    again.reject()

    # the next start speaks Spanish: the translator follows the choice kept next to the wallet
    app = QApplication.instance()
    loaded = install_translator(app, home=session.home)
    try:
        assert loaded
        assert QApplication.translate("MainWindow", "Library") == "Biblioteca"
    finally:
        for t in loaded:
            app.removeTranslator(t)


def test_trust_list_add_rename_remove_and_import(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    window, session = open_window, open_window.session
    dialog = _open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    assert _rows(dialog) == [] and not dialog.remove_button.isEnabled()

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _issuer_dialog_ok(qtbot, dialog, NPU, "North Prairie U")
    assert _rows(dialog) == [("North Prairie U", NPU)]
    assert dialog.current_issuer() == NPU
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.issuer_dialog.issuer_id.isReadOnly()
    _issuer_dialog_ok(qtbot, dialog, None, "North Prairie University")
    assert _rows(dialog) == [("North Prairie University", NPU)]

    trust_file = tmp_path / "career-centre.json"
    trust_file.write_text(json.dumps({"version": 1, "issuers": [
        {"id": LAKESHORE, "name": "Lakeshore Analytics"}, {"id": "did:web:example.org", "name": "Example Org"}]}))
    dialog.import_trust_file(str(trust_file))
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 3, timeout=30_000)
    dialog.select_issuer("did:web:example.org")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [r[1] for r in _rows(dialog)] == [NPU, LAKESHORE]
    # nothing is stored until Save
    assert len(session.wallet.trust_list()) == 0
    _save(qtbot, dialog)
    trust = session.wallet.trust_list()
    assert [(i.id, i.name) for i in trust.issuers] == [(NPU, "North Prairie University"),
                                                        (LAKESHORE, "Lakeshore Analytics")]
    again = _open_settings(qtbot, window)
    assert _rows(again) == [("North Prairie University", NPU), ("Lakeshore Analytics", LAKESHORE)]

    # a file that is not a trust list is refused with its reason, and the list is unchanged
    bad = tmp_path / "bad.json"
    bad.write_text('{"issuers": "everyone"}')
    again.import_trust_file(str(bad))
    qtbot.waitUntil(lambda: again.findChild(QMessageBox, "problem-box") is not None, timeout=30_000)
    assert "issuers" in again.findChild(QMessageBox, "problem-box").text()
    assert len(_rows(again)) == 2
    again.reject()


def _answer_network_question(qtbot: Any, permission: Any, yes: bool, asked: list[int]) -> None:
    def click() -> None:
        box = permission.box
        if box is None:
            QTimer.singleShot(20, click)
            return
        asked.append(1)
        (permission.yes_button if yes else permission.no_button).click()

    QTimer.singleShot(20, click)


def test_network_ask_means_once_per_session(qtbot: Any, open_window: Any) -> None:
    from ui.settings.network import allow_network, network_permission

    window, session = open_window, open_window.session
    permission = network_permission(session)
    assert permission is window.network_permission
    assert allow_network(window, session) is False  # the default: never
    dialog = _open_settings(qtbot, window)
    dialog.network.setCurrentIndex(dialog.network.findData("ask"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: permission.mode == "ask", timeout=30_000)

    asked: list[int] = []
    _answer_network_question(qtbot, permission, True, asked)
    assert allow_network(window, session) is True
    assert asked == [1]
    assert allow_network(window, session) is True  # remembered: not asked again
    assert asked == [1]

    dialog = _open_settings(qtbot, window)
    dialog.network.setCurrentIndex(dialog.network.findData("always"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: permission.mode == "always", timeout=30_000)
    assert allow_network(window, session) is True

    dialog = _open_settings(qtbot, window)
    dialog.network.setCurrentIndex(dialog.network.findData("ask"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: permission.mode == "ask", timeout=30_000)
    _answer_network_question(qtbot, permission, False, asked)
    assert allow_network(window, session) is False  # asked afresh after the change, and "Stay offline"
    assert asked == [1, 1]
    assert allow_network(window, session) is False
    assert asked == [1, 1]
