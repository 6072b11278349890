"""Identity: the learner's DIDs. Create (Ed25519 / P-256), rename, make default, copy, show the document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP
from ui.identity.dialogs import DidDocumentDialog, LabelDialog, NewDidDialog
from ui.identity.model import DidListModel, DidRow
from ui.session import Session
from ui.tasks import OpContext
from ui.widgets.qr import QrPanel
from wallet import Change, Wallet

__all__ = ["IdentityView"]


WHAT_IS_A_DID = QT_TRANSLATE_NOOP(
    "identity", "A DID is an identifier you own: its private key stays in this computer's keychain and lets you "
                "prove the credentials are yours.")


def what_is_a_did() -> str:
    return QCoreApplication.translate("identity", WHAT_IS_A_DID)


class IdentityView(QWidget):
    did_created = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("identity")
        self.model = DidListModel(self)
        self._select_after_load: str | None = None
        self.dialog: LabelDialog | None = None
        self.document_dialog: DidDocumentDialog | None = None
        self.qr_dialog: DidQrDialog | None = None

        title = QLabel(self.tr("Identity"))
        title.setObjectName("view-title")
        intro = QLabel(what_is_a_did())
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("What a DID is"))
        self.list = QListView()
        self.list.setObjectName("did-list")
        self.list.setAccessibleName(self.tr("Your identities"))
        self.list.setModel(self.model)
        self.list.setSpacing(3)
        self.list.selectionModel().currentChanged.connect(self._on_current)

        self.label_value = QLabel()
        self.label_value.setAccessibleName(self.tr("Label"))
        self.type_value = QLabel()
        self.type_value.setAccessibleName(self.tr("Key type"))
        self.default_value = QLabel()
        self.default_value.setAccessibleName(self.tr("Default identity"))
        self.did_value = QLabel()
        self.did_value.setObjectName("did-value")
        self.did_value.setAccessibleName(self.tr("DID"))
        self.did_value.setWordWrap(True)
        self.did_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QFormLayout()
        details.addRow(self.tr("Label:"), self.label_value)
        details.addRow(self.tr("Key type:"), self.type_value)
        details.addRow(self.tr("Default:"), self.default_value)
        details.addRow(self.tr("DID:"), self.did_value)

        self.new_button = self._button(self.tr("New identity…"), self.tr("Create a new identity"), self.new_did)
        self.rename_button = self._button(self.tr("Rename…"), self.tr("Rename the identity"), self.rename)
        self.default_button = self._button(self.tr("Make default"), self.tr("Make this the default identity"),
                                           self.make_default)
        self.copy_button = self._button(self.tr("Copy DID"), self.tr("Copy the DID"), self.copy_did)
        self.document_button = self._button(self.tr("Show DID document"), self.tr("Show the DID document"),
                                            self.show_document)
        self.qr_button = self._button(self.tr("Show QR"), self.tr("Show the DID as a QR code"), self.show_qr)
        self.qr_button.setToolTip(self.tr("Someone can scan your DID from this screen, e.g. to issue you a credential"))
        actions = QHBoxLayout()
        for b in (self.new_button, self.rename_button, self.default_button, self.copy_button, self.document_button,
                  self.qr_button):
            actions.addWidget(b)
        actions.addStretch(1)

        side = QVBoxLayout()
        side.addLayout(details)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addLayout(actions)

        session.opened.connect(self.reload)
        session.runner.wallet_changed.connect(self._on_wallet_changed)
        self._show(None)

    def _button(self, text: str, accessible: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(accessible)
        b.clicked.connect(slot)
        return b

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.session.run(self, _load_dids, success=self._loaded)

    def _loaded(self, rows: Any) -> None:
        current = self.current()
        keep = self._select_after_load or (current.did if current else None)
        self._select_after_load = None
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = next((i for i, r in enumerate(self.model.rows()) if r.default), 0)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(self.model.index(row),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show(self.current())

    def _on_wallet_changed(self, change: Change) -> None:
        if change.kind == "dids":
            if len(change.ids) == 1:
                self._select_after_load = change.ids[0]
            self.reload()

    def current(self) -> DidRow | None:
        index = self.list.currentIndex()
        return index.data(DidListModel.ROW_ROLE) if index.isValid() else None

    def _on_current(self, *args: Any) -> None:
        self._show(self.current())

    def _show(self, row: DidRow | None) -> None:
        self.label_value.setText(row.label if row else "")
        self.type_value.setText(row.type_text if row else "")
        self.default_value.setText((self.tr("Yes") if row.default else self.tr("No")) if row else "")
        self.did_value.setText(row.did if row else "")
        for b in (self.rename_button, self.copy_button, self.document_button, self.qr_button):
            b.setEnabled(row is not None)
        self.default_button.setEnabled(row is not None and not row.default)

    # --- actions ------------------------------------------------------------------------------
    def new_did(self) -> None:
        dialog = NewDidDialog(self)
        dialog.accepted.connect(self._create_accepted)
        self.dialog = dialog
        dialog.open()

    def _create_accepted(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, NewDidDialog)
        self.create_did(dialog.chosen_key_type(), dialog.label())

    def create_did(self, key_type: str, label: str) -> None:
        self.session.run(self, _CreateDid(key_type, label), success=self._created,
                         progress_label=self.tr("Creating the key in your keychain…"))

    def _created(self, result: Any) -> None:
        self.did_created.emit(result[0])

    def rename(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = LabelDialog(self.tr("Rename identity"), row.label, self)
        dialog.accepted.connect(self._rename_accepted)
        self.dialog = dialog
        dialog.open()

    def _rename_accepted(self) -> None:
        row = self.current()
        if row is not None and self.dialog is not None:
            self.session.run(self, _Rename(row.did, self.dialog.label()))

    def make_default(self) -> None:
        row = self.current()
        if row is not None:
            self.session.run(self, _MakeDefault(row.did))

    def copy_did(self) -> None:
        row = self.current()
        if row is not None:
            QGuiApplication.clipboard().setText(row.did)

    def show_document(self) -> None:
        row = self.current()
        if row is not None:
            self.session.run(self, _Document(row.did), success=self._show_document)

    def show_qr(self) -> None:
        row = self.current()
        if row is not None:
            if self.qr_dialog is not None:
                self.qr_dialog.close()
            self.qr_dialog = DidQrDialog(row.label, row.did, self.session.is_demo, self)
            self.qr_dialog.open()

    def _show_document(self, result: Any) -> None:
        did, document = result
        self.document_dialog = DidDocumentDialog(did, document, self)
        self.document_dialog.open()


class DidQrDialog(QDialog):
    """A DID as a QR code (drawn by ``wallet.qr.qr_png`` in the QR widget), with its text below."""

    def __init__(self, label: str, did: str, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("did-qr")
        self.setWindowTitle(self.tr("QR code of %1").replace("%1", label or did))
        self.setAccessibleName(self.tr("QR code of your DID"))
        self.panel = QrPanel(self, compact=True)
        self.panel.setMinimumSize(320, 320)
        text = QLabel(did)
        text.setObjectName("did-value")
        text.setAccessibleName(self.tr("DID"))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(460, 560)
        self.panel.set_text(did, demo=demo)


def _load_dids(wallet: Wallet, op: OpContext) -> list[DidRow]:
    return [DidRow.from_json(d) for d in wallet.dids()]


class _CreateDid:
    def __init__(self, key_type: str, label: str) -> None:
        self.key_type, self.label = key_type, label

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[str, Change]:
        return wallet.create_did(self.key_type, self.label)  # type: ignore[arg-type]


class _Rename:
    def __init__(self, did: str, label: str) -> None:
        self.did, self.label = did, label

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        return wallet.set_did_label(self.did, self.label)


class _MakeDefault:
    def __init__(self, did: str) -> None:
        self.did = did

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        return wallet.set_default_did(self.did)


class _Document:
    def __init__(self, did: str) -> None:
        self.did = did

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[str, dict[str, Any]]:
        return self.did, wallet.did_document(self.did)
