"""Dialogs for identities: a new DID (key type and label), a new label, the DID document."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["DidDocumentDialog", "LabelDialog", "NewDidDialog"]


class LabelDialog(QDialog):
    """Ask for a label (used to rename an identity)."""

    def __init__(self, title: str, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.label_edit = QLineEdit(label)
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.label_edit.setPlaceholderText(self.tr("e.g. Job applications"))
        self.label_edit.setMaxLength(80)
        self.form.addRow(self.tr("&Label:"), self.label_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def label(self) -> str:
        return self.label_edit.text().strip()


class NewDidDialog(LabelDialog):
    """Choose the key type (Ed25519 recommended, P-256 for ECDSA credentials) and a label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New identity"), "", parent)
        self.key_type = QComboBox()
        self.key_type.setAccessibleName(self.tr("Key type"))
        self.key_type.addItem(self.tr("Ed25519 (recommended)"), "ed25519")
        self.key_type.addItem(self.tr("P-256 (for ECDSA credentials)"), "p256")
        self.form.insertRow(0, self.tr("&Key type:"), self.key_type)
        note = QLabel(self.tr("The private key is created in this computer's keychain and never leaves it."))
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About the private key"))
        self.form.addRow(note)

    def chosen_key_type(self) -> str:
        return str(self.key_type.currentData())

    def set_key_type(self, key_type: str) -> None:
        self.key_type.setCurrentIndex(self.key_type.findData(key_type))


class DidDocumentDialog(QDialog):
    """A read-only JSON viewer for a DID document, with Copy."""

    def __init__(self, did: str, document: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DID document"))
        self.setAccessibleName(self.tr("DID document"))
        self.resize(720, 480)
        heading = QLabel(did)
        heading.setAccessibleName(self.tr("DID"))
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(json.dumps(document, indent=2, ensure_ascii=False))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("DID document JSON"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        copy = QPushButton(self.tr("Copy JSON"))
        copy.setAccessibleName(self.tr("Copy the DID document"))
        copy.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
