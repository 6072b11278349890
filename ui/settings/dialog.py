"""Settings: the data folder, network lookups (never / ask / always), the share service (for sharing by
link; empty by default, https or plain http to this computer only), trusted issuers, trust sources
(:mod:`ui.settings.trust_sources`: bundled registries, trust lists added from a file), colours and language.

Read and written through the serial lane; Save writes everything at once and announces one
``settings`` change. The trust list is edited in memory (``wallet.trust.TrustList`` is immutable: each
edit makes a new list) and stored on Save. The language is kept next to the wallet (see
:mod:`ui.i18n`) and applies the next time Learner Wallet starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.errors import describe
from ui.i18n import read_language, write_language
from ui.session import Session
from ui.settings.trust_sources import TrustSourcesPanel
from ui.tasks import OpContext, run_op, show_problem
from wallet import Change, Wallet
from wallet.trust.issuers import TrustedIssuer, TrustList

__all__ = ["IssuerDialog", "SettingsDialog"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class IssuerDialog(QDialog):
    """Add a trusted issuer (its DID or HTTPS profile URL, and a name), or rename one."""

    def __init__(self, title: str, issuer_id: str = "", name: str = "", *, rename: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuer-dialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.issuer_id = QLineEdit(issuer_id)
        self.issuer_id.setAccessibleName(self.tr("Issuer identifier"))
        self.issuer_id.setPlaceholderText("did:key:z6Mk…  /  https://example.edu/issuer")
        self.issuer_id.setReadOnly(rename)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Issuer name"))
        self.name.setPlaceholderText(self.tr("e.g. North Prairie University"))
        form = QFormLayout()
        form.addRow(self.tr("&Identifier:"), self.issuer_id)
        form.addRow(self.tr("&Name:"), self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.issuer_id.textChanged.connect(self._update)
        self._update()
        self.resize(480, 0)
        (self.name if rename else self.issuer_id).setFocus()

    def _update(self, *args: Any) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.issuer_id.text().strip()))


def _stacked(top: QWidget | QHBoxLayout, note: QLabel) -> QVBoxLayout:
    """A field with its explanation right below it."""
    column = QVBoxLayout()
    column.setSpacing(2)
    if isinstance(top, QWidget):
        column.addWidget(top)
    else:
        column.addLayout(top)
    column.addWidget(note)
    return column


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class _ReadTrustFile:
    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self, op: OpContext) -> TrustList:
        from wallet.fileio import read_input_file

        return TrustList.loads(read_input_file(self.path, limit=2 * 1024 * 1024))


class SettingsDialog(QDialog):
    saved = Signal()
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.trust = TrustList()
        self.issuer_dialog: IssuerDialog | None = None
        self._file_dialog: QFileDialog | None = None
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self._general_page(), self.tr("General"))
        self.tabs.addTab(self._trust_page(), self.tr("Trusted issuers"))
        self.sources = TrustSourcesPanel(session)  # edited in memory, stored on Save
        self.sources.remove_issuer.connect(self._remove_issuer_id)
        self.tabs.addTab(self.sources, self.tr("Trust sources"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.setEnabled(False)  # until the current values are loaded
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 440)
        session.run(self, _read, success=self._loaded)
        self.sources.load()

    # --- pages --------------------------------------------------------------------------------
    def _general_page(self) -> QWidget:
        page = QWidget()
        self.folder = QLabel(str(self.session.home))
        self.folder.setObjectName("data-folder")
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder_button)
        folder_note = QLabel(self.tr("Your credentials are kept here, encrypted; the keys are in this computer's "
                                     "keychain. Use File ▸ Back up… to move them to another computer."))
        folder_note.setWordWrap(True)

        self.network = QComboBox()
        self.network.setAccessibleName(self.tr("Network lookups"))
        self.network.addItem(self.tr("Never: check everything offline"), "never")
        self.network.addItem(self.tr("Ask me once each session"), "ask")
        self.network.addItem(self.tr("Always"), "always")
        network_note = QLabel(self.tr("Used for revocation lists, did:web and web issuers, hosted Open Badges "
                                      "and credential pictures kept on the web (fetched in the background and "
                                      "kept encrypted). Offline, what needs the network is reported as \"not "
                                      "checked\", never as invalid."))
        network_note.setWordWrap(True)
        network_note.setAccessibleName(self.tr("About network lookups"))

        self.share_service = QLineEdit()
        self.share_service.setObjectName("share-service-url")
        self.share_service.setAccessibleName(self.tr("Share service address"))
        self.share_service.setPlaceholderText("https://share.careers.example.edu")
        self.share_service.setClearButtonEnabled(True)
        self.share_service.textChanged.connect(self._share_service_changed)
        self.share_service_note = QLabel()
        self.share_service_note.setObjectName("share-service-note")
        self.share_service_note.setAccessibleName(self.tr("About the share service"))
        self.share_service_note.setWordWrap(True)
        self._share_service_changed()

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language_note = QLabel(self.tr("A new language applies the next time Learner Wallet starts."))
        self.language_note.setObjectName("language-note")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._loaded_language = "system"

        form = QFormLayout(page)
        form.addRow(self.tr("Data folder:"), _stacked(folder_row, folder_note))
        form.addRow(_buddy(self.tr("&Network:"), self.network), _stacked(self.network, network_note))
        form.addRow(_buddy(self.tr("S&hare service:"), self.share_service),
                    _stacked(self.share_service, self.share_service_note))
        form.addRow(self.tr("&Colours:"), self.theme)
        form.addRow(_buddy(self.tr("&Language:"), self.language), _stacked(self.language, self.language_note))
        return page

    def _trust_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Credentials from these issuers show \"trusted issuer\". Any other issuer is shown "
                               "as unknown — not as a forgery: the signature says who issued it, this list says "
                               "whether you know them."))
        intro.setWordWrap(True)
        self.issuers = QTreeWidget()
        self.issuers.setObjectName("trusted-issuers")
        self.issuers.setAccessibleName(self.tr("Trusted issuers"))
        self.issuers.setHeaderLabels([self.tr("Name"), self.tr("Identifier")])
        self.issuers.setRootIsDecorated(False)
        self.issuers.setColumnWidth(0, 200)
        self.issuers.currentItemChanged.connect(self._update_trust_buttons)
        self.issuers.itemDoubleClicked.connect(self.rename_issuer)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add a trusted issuer"))
        self.add_button.clicked.connect(self.add_issuer)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setAccessibleName(self.tr("Rename the trusted issuer"))
        self.rename_button.clicked.connect(self.rename_issuer)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the trusted issuer"))
        self.remove_button.clicked.connect(self.remove_issuer)
        self.import_button = QPushButton(self.tr("Import JSON…"))
        self.import_button.setAccessibleName(self.tr("Import trusted issuers from a JSON file"))
        self.import_button.setToolTip(self.tr("A trust list file: {\"issuers\": [{\"id\": …, \"name\": …}]}"))
        self.import_button.clicked.connect(self.choose_trust_file)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.remove_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.issuers, 1)
        layout.addLayout(buttons)
        self._update_trust_buttons()
        return page

    # --- loading and saving -------------------------------------------------------------------
    def _loaded(self, values: Any) -> None:
        network, theme, trust, language, share_service = values
        self.share_service.setText(share_service)
        self.network.setCurrentIndex(max(0, self.network.findData(network)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self._loaded_language = language
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language_note.setVisible(False)
        self.set_trust(trust)
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def _language_changed(self, *args: Any) -> None:
        self.language_note.setVisible(self.language.currentData() != self._loaded_language)

    def values(self) -> dict[str, Any]:
        return {"network": str(self.network.currentData()), "theme": str(self.theme.currentData()),
                "language": str(self.language.currentData()), "trust": self.trust,
                "share_service": self.share_service_origin() or "", "trust_config": self.sources.edited_config()}

    # --- the share service --------------------------------------------------------------------
    def share_service_origin(self) -> str | None:
        """The share service as it will be stored: "" for none, its origin, or None when not acceptable."""
        from wallet.errors import InputError
        from wallet.share.link import service_origin

        text = self.share_service.text().strip()
        if not text:
            return ""
        try:
            return service_origin(text)
        except InputError:
            return None

    def _share_service_changed(self, *args: Any) -> None:
        origin = self.share_service_origin()
        text = self.share_service.text().strip()
        if origin is None:
            bad = not text.lower().startswith(("https://", "http://")) or "://" not in text
            self.share_service_note.setText(
                self.tr("Not a share service address: give it as https://… (as your career office wrote it).") if bad
                else self.tr("Only https:// addresses are accepted; plain http:// only for a service on this computer."))
            self.share_service_note.setStyleSheet("color: #b3261e;")
        else:
            self.share_service_note.setStyleSheet("")
            self.share_service_note.setText(
                self.tr("To share by link: your career office's share service keeps the presentation you sign for "
                        "each link. Ask the office for its address; leave this empty otherwise.") if not origin else
                self.tr("Links are made on %1. Uploading happens only when you share by link.").replace("%1", origin))

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        if self.share_service_origin() is None:
            self.tabs.setCurrentIndex(0)
            self.share_service.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.save_button.setEnabled(False)
        self.session.run(self, _Write(self.values()), success=self._saved, failure=self._save_failed)

    def _saved(self, result: Any) -> None:
        self.saved.emit()
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_problem(self, describe(exc))

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.session.home)))

    # --- trust list ---------------------------------------------------------------------------
    def set_trust(self, trust: TrustList) -> None:
        current = self.current_issuer()
        self.trust = trust
        self.issuers.clear()
        for issuer in trust.issuers:
            item = QTreeWidgetItem([issuer.name or self.tr("(no name)"), issuer.id])
            item.setData(0, Qt.ItemDataRole.UserRole, issuer.id)
            item.setToolTip(1, issuer.note or issuer.id)
            self.issuers.addTopLevelItem(item)
            if issuer.id == current:
                self.issuers.setCurrentItem(item)
        self._update_trust_buttons()
        self.sources.set_issuers(trust)

    def _remove_issuer_id(self, issuer_id: str) -> None:
        self.set_trust(self.trust.remove(issuer_id))

    def current_issuer(self) -> str | None:
        item = self.issuers.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_trust_buttons(self, *args: Any) -> None:
        has = self.current_issuer() is not None
        self.rename_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def add_issuer(self) -> None:
        self.issuer_dialog = IssuerDialog(self.tr("Add a trusted issuer"), parent=self)
        self.issuer_dialog.accepted.connect(self._add_accepted)
        self.issuer_dialog.open()

    def _add_accepted(self) -> None:
        d = self.issuer_dialog
        assert d is not None
        issuer_id = d.issuer_id.text().strip()
        self.set_trust(self.trust.add(issuer_id, d.name.text().strip()))
        self.select_issuer(issuer_id)

    def select_issuer(self, issuer_id: str) -> None:
        found = self.trust.find(issuer_id)
        for i in range(self.issuers.topLevelItemCount()):
            item = self.issuers.topLevelItem(i)
            if item is not None and found is not None and item.data(0, Qt.ItemDataRole.UserRole) == found.id:
                self.issuers.setCurrentItem(item)

    def rename_issuer(self, *args: Any) -> None:
        issuer_id = self.current_issuer()
        found = self.trust.find(issuer_id) if issuer_id else None
        if found is None:
            return
        self.issuer_dialog = IssuerDialog(self.tr("Rename the trusted issuer"), found.id, found.name, rename=True,
                                          parent=self)
        self.issuer_dialog.accepted.connect(self._rename_accepted)
        self.issuer_dialog.open()

    def _rename_accepted(self) -> None:
        d = self.issuer_dialog
        assert d is not None
        issuer_id = d.issuer_id.text().strip()
        # TrustList.rename keeps the old name for an empty one; an emptied name is removed on purpose here
        renamed = TrustList(tuple(TrustedIssuer(i.id, d.name.text().strip(), i.note) if i.id == issuer_id else i
                                  for i in self.trust.issuers))
        self.set_trust(renamed)

    def remove_issuer(self) -> None:
        issuer_id = self.current_issuer()
        if issuer_id:
            self.set_trust(self.trust.remove(issuer_id))

    def choose_trust_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Import trusted issuers"), str(Path.home()),
                             QCoreApplication.translate("SettingsDialog", "Trust lists (*.json);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_trust_file)
        self._file_dialog = dialog
        dialog.open()

    def import_trust_file(self, path: str) -> None:
        run_op(self, _ReadTrustFile(path), success=self._trust_file_read, failure=self._trust_file_failed,
               serial=False)

    def _trust_file_read(self, imported: Any) -> None:
        trust = self.trust
        for issuer in imported.issuers:
            trust = trust.add(issuer.id, issuer.name, issuer.note)
        self.set_trust(trust)

    def _trust_file_failed(self, exc: BaseException) -> None:
        show_problem(self, describe(exc))


def _read(wallet: Wallet, op: OpContext) -> tuple[str, str, TrustList, str, str]:
    return (str(wallet.setting("network", "never")), str(wallet.setting("theme", "system")), wallet.trust_list(),
            read_language(wallet.home), str(wallet.setting("share_service", "") or ""))


class _Write:
    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        from wallet.errors import InputError

        wallet.set_setting("network", self.values["network"])
        wallet.set_setting("theme", self.values["theme"])
        config = self.values.get("trust_config")
        if config is not None:  # the trust sources, with the trusted issuers as edited
            from dataclasses import replace

            wallet.set_trust_config(replace(config, issuers=self.values["trust"]))
        else:
            wallet.set_trust_list(self.values["trust"])
        wallet.set_setting("share_service", self.values["share_service"])
        try:
            write_language(wallet.home, self.values["language"])
        except OSError as exc:
            raise InputError(f"The language choice cannot be saved in {wallet.home}: {exc.strerror or exc}") from None
        return Change("settings", ("network", "theme", "trust", "trust_config", "language", "share_service"))
