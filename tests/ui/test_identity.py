"""The Identity view: create Ed25519 and P-256 DIDs by clicking, rename, default, copy, document."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def _ok(dialog) -> None:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.mark.parametrize(("key_type", "prefix", "type_text"),
                         [("ed25519", "did:key:z6Mk", "Ed25519"), ("p256", "did:key:zDn", "P-256")])
def test_create_did_by_clicking(qtbot, open_window, session, key_type: str, prefix: str, type_text: str) -> None:
    view = open_window.identity
    open_window.show_view("identity")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.isVisible()
    dialog.set_key_type(key_type)
    qtbot.keyClicks(dialog.label_edit, "Job applications")
    with qtbot.waitSignal(view.did_created, timeout=30_000) as created:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    did = created.args[0]
    assert did.startswith(prefix)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    row = next(r for r in view.model.rows() if r.did == did)
    assert (row.key_type, row.label, row.default) == (key_type, "Job applications", False)
    # the new identity is selected and shown
    assert view.current().did == did
    assert view.type_value.text() == type_text
    assert view.did_value.text() == did
    # and it is the wallet's, with its key in the keychain
    assert any(d["did"] == did for d in session.wallet.dids())
    assert session.wallet.signer(did).sign(b"x")


def test_rename_make_default_copy_and_document(qtbot, open_window, session) -> None:
    view = open_window.identity
    open_window.show_view("identity")
    view.create_did("p256", "Work")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=30_000)
    qtbot.waitUntil(lambda: view.current() is not None and view.current().label == "Work")
    did = view.current().did
    assert view.default_button.isEnabled()

    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    view.dialog.label_edit.setText("Internship applications")
    qtbot.mouseClick(_ok(view.dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.current().label == "Internship applications")

    qtbot.mouseClick(view.default_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.current().default)
    assert session.wallet.default_did() == did
    assert [r.default for r in view.model.rows()].count(True) == 1
    assert not view.default_button.isEnabled()

    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == did

    qtbot.mouseClick(view.document_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.document_dialog is not None and view.document_dialog.isVisible())
    document = json.loads(view.document_dialog.text.toPlainText())
    assert document["id"] == did
    assert document["verificationMethod"][0]["controller"] == did
    assert view.document_dialog.text.isReadOnly()
    view.document_dialog.close()
