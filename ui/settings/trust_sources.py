"""The "Trust sources" panel: which sources recognise issuers, and adding or removing a trust file.

Shown in Settings (a wallet's sources: edited in memory, stored on Save) and in the employer's verifier
without a wallet (its own ``verifier-trust.json``: each change stored at once). Rows: the bundled DCC
registries with their dates (on or off), the trust lists and registry files the user added (publisher
and expiry; a list that no longer verifies shows the core's reason), and the issuers trusted explicitly.
Reading and checking a trust file (:meth:`wallet.trust.config.TrustConfig.add_file`) runs on a
background lane; a tampered or expired list is refused with the core's sentence and nothing changes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.errors import describe
from ui.tasks import OpContext, run_op, show_problem
from wallet.trust.config import TrustConfig
from wallet.trust.issuers import TrustList

__all__ = ["TrustSourcesDialog", "TrustSourcesPanel"]

MAX_TRUST_FILE = 5 * 1024 * 1024
ROLE = Qt.ItemDataRole.UserRole


def _day(value: Any) -> str:
    return str(value or "")[:10]


# --- background work (no Qt) -------------------------------------------------------------------------


def wallet_sources(wallet: Any, op: OpContext) -> tuple[TrustConfig, dict[str, Any]]:
    """A wallet's trust sources and their description (every loaded list checked again now)."""
    config = wallet.trust_config()
    return config, config.describe(now=wallet.clock(), resolver=wallet.resolver(allow_network=False))


class WalletAdd:
    """Load and check a trust file for a wallet (stored later, on Save)."""

    def __init__(self, path: str, config: TrustConfig) -> None:
        self.path, self.config = path, config

    def __call__(self, wallet: Any, op: OpContext) -> tuple[TrustConfig, dict[str, Any]]:
        from wallet.fileio import read_input_file

        data = read_input_file(self.path, limit=MAX_TRUST_FILE)
        now, resolver = wallet.clock(), wallet.resolver(allow_network=False)
        config, _reg = self.config.add_file(data, str(Path(self.path).resolve()), now=now, resolver=resolver)
        return config, config.describe(now=now, resolver=resolver)


class WalletDescribe:
    """Describe an edited (not yet stored) wallet config."""

    def __init__(self, config: TrustConfig) -> None:
        self.config = config

    def __call__(self, wallet: Any, op: OpContext) -> tuple[TrustConfig, dict[str, Any]]:
        return self.config, self.config.describe(now=wallet.clock(), resolver=wallet.resolver(allow_network=False))


class VerifierEdit:
    """Read, change and store the verifier's own trust settings: ``("read", "")``, ``("add", path)``,
    ``("remove", name)`` or ``("enable", registry id)``."""

    def __init__(self, action: str, arg: str = "") -> None:
        self.action, self.arg = action, arg

    def __call__(self, op: OpContext) -> tuple[TrustConfig, dict[str, Any]]:
        from wallet.trust.config import load_verifier_config, save_verifier_config

        config = load_verifier_config()
        if self.action == "add":
            from wallet.fileio import read_input_file

            data = read_input_file(self.arg, limit=MAX_TRUST_FILE)
            config, _reg = config.add_file(data, str(Path(self.arg).resolve()))
        elif self.action == "remove":
            config = config.remove(self.arg)
        elif self.action == "enable":
            config = config.enable_bundled(self.arg)
        if self.action != "read":
            save_verifier_config(config)
        return config, config.describe()


# --- the panel ---------------------------------------------------------------------------------------


class TrustSourcesPanel(QWidget):
    """The sources as a tree with Add / Remove / Use again. ``session``: a wallet's sources (changes kept
    in memory until the owner saves); ``None``: the verifier's own settings (changes stored at once)."""

    changed = Signal()  # the rows changed (loaded, added, removed)
    remove_issuer = Signal(str)  # wallet mode: the owner keeps the trusted issuers

    def __init__(self, session: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.config: TrustConfig | None = None
        self.described: dict[str, Any] = {}
        self.issuers = TrustList()
        self._file_dialog: QFileDialog | None = None
        self.setObjectName("trust-sources")
        intro = QLabel(self.tr("A credential shows \"Verified\" only when one of these sources recognises its "
                               "issuer. A trust list is checked again each time it is used and stops counting "
                               "when it expires."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("trust-source-list")
        self.tree.setAccessibleName(self.tr("Trust sources"))
        self.tree.setHeaderLabels([self.tr("Source"), self.tr("Details")])
        self.tree.setColumnWidth(0, 260)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add a trust list or registry file…"))
        self.add_button.setAccessibleName(self.tr("Add a trust list or registry file"))
        self.add_button.setToolTip(self.tr("A signed trust list from a career office or an employer, or a "
                                           "known-issuer registry file"))
        self.add_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected trust source"))
        self.remove_button.clicked.connect(self.remove_current)
        self.enable_button = QPushButton(self.tr("Use again"))
        self.enable_button.setAccessibleName(self.tr("Use the selected bundled registry again"))
        self.enable_button.clicked.connect(self.enable_current)
        row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.enable_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.add_button.setEnabled(False)  # until the sources are read
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        if self.session is not None:
            self.session.run(self, wallet_sources, success=self.set_sources, failure=self._failed)
        else:
            run_op(self, VerifierEdit("read"), success=self.set_sources, failure=self._failed, serial=False)

    def set_sources(self, result: Any) -> None:
        config, described = result
        self.config, self.described = config, described
        if self.session is None:
            self.issuers = config.issuers
        self.add_button.setEnabled(True)
        self._fill()

    def set_issuers(self, issuers: TrustList) -> None:
        """Wallet mode: the trusted issuers as edited in Settings."""
        self.issuers = issuers
        self._fill()

    def edited_config(self) -> TrustConfig | None:
        """Wallet mode: the config to store on Save (None when it was never read)."""
        return replace(self.config, issuers=self.issuers) if self.config is not None else None

    # --- rows --------------------------------------------------------------------------------
    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, ""])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(item)
        return item

    def _row(self, group: QTreeWidgetItem, name: str, detail: str, data: tuple[str, str]) -> None:
        item = QTreeWidgetItem([name, detail])
        item.setData(0, ROLE, data)
        item.setToolTip(1, detail)
        group.addChild(item)

    def _fill(self) -> None:
        keep = self.current()  # the same row stays selected after a change
        self.tree.clear()
        d = self.described
        regs = self._group(self.tr("Known-issuer registries (bundled)"))
        for r in d.get("registries", []):
            when = (self.tr("refreshed %1").replace("%1", _day(r["fetched_at"])) if r.get("fetched_at")
                    else self.tr("snapshot of %1").replace("%1", _day(r.get("retrieved"))))
            detail = self.tr("%1 issuers, %2").replace("%1", str(r.get("issuers", 0))).replace("%2", when)
            if not r.get("enabled"):
                detail = self.tr("Off, not used — %1").replace("%1", detail)
            self._row(regs, str(r["name"]), detail, ("registry", str(r["id"])))
        files = self._group(self.tr("Trust lists and registry files you added"))
        for r in d.get("lists", []):
            count = self.tr("%1 issuers").replace("%1", str(r.get("issuers", 0)))
            if r.get("kind") == "signed-list":
                detail = self.tr("%1, published by %2, valid until %3").replace("%1", count).replace(
                    "%2", str(r.get("publisher", ""))).replace("%3", _day(r.get("validUntil")))
            else:
                detail = self.tr("%1, registry file").replace("%1", count)
            self._row(files, str(r["name"]), detail, ("file", str(r["name"])))
        for p in d.get("refused", []):
            self._row(files, str(p["name"]), self.tr("Refused, not used: %1").replace("%1", str(p.get("message", ""))),
                      ("file", str(p["name"])))
        own = self._group(self.tr("Issuers you trust yourself"))
        for i in self.issuers.issuers:
            self._row(own, i.name or i.id, self.tr("You trust this issuer: %1").replace("%1", i.id), ("issuer", i.id))
        self.tree.expandAll()
        if keep is not None:
            self._select_data(keep)
        self._update_buttons()
        self.changed.emit()

    def rows(self) -> list[tuple[str, str, str]]:
        """(kind, name, detail) of every source row, in order (for tests and the tour)."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount() if group is not None else 0):
                item = group.child(c) if group is not None else None
                if item is not None:
                    out.append((str(item.data(0, ROLE)[0]), item.text(0), item.text(1)))
        return out

    def select(self, name: str) -> bool:
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount() if group is not None else 0):
                item = group.child(c) if group is not None else None
                if item is not None and name in (item.text(0), item.data(0, ROLE)[1]):
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _select_data(self, data: tuple[str, str]) -> None:
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount() if group is not None else 0):
                item = group.child(c) if group is not None else None
                if item is not None and tuple(item.data(0, ROLE)) == data:
                    self.tree.setCurrentItem(item)

    def current(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return (str(data[0]), str(data[1])) if data else None

    def _registry_on(self, reg_id: str) -> bool:
        return any(r.get("id") == reg_id and r.get("enabled") for r in self.described.get("registries", []))

    def _update_buttons(self, *args: Any) -> None:
        cur = self.current()
        off_registry = cur is not None and cur[0] == "registry" and not self._registry_on(cur[1])
        self.remove_button.setEnabled(cur is not None and not off_registry)
        self.enable_button.setEnabled(off_registry)

    # --- edits -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Add a trust list or registry file"), str(Path.home()),
                             self.tr("Trust lists and registries (*.json);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.add_file)
        self._file_dialog = dialog
        dialog.open()

    def add_file(self, path: str) -> None:
        """Load and check ``path``; refused with the core's reason (nothing changes)."""
        if self.config is None:
            return
        self.add_button.setEnabled(False)
        if self.session is not None:
            self.session.run(self, WalletAdd(path, self.config), success=self._edited, failure=self._failed)
        else:
            run_op(self, VerifierEdit("add", path), success=self._edited, failure=self._failed, serial=False)

    def remove_current(self) -> None:
        cur = self.current()
        if cur is None or self.config is None:
            return
        kind, key = cur
        if kind == "issuer" and self.session is not None:
            self.remove_issuer.emit(key)
        elif self.session is not None:
            self.session.run(self, WalletDescribe(self.config.remove(key)), success=self._edited,
                             failure=self._failed)
        else:
            run_op(self, VerifierEdit("remove", key), success=self._edited, failure=self._failed, serial=False)

    def enable_current(self) -> None:
        cur = self.current()
        if cur is None or cur[0] != "registry" or self.config is None:
            return
        if self.session is not None:
            self.session.run(self, WalletDescribe(self.config.enable_bundled(cur[1])), success=self._edited,
                             failure=self._failed)
        else:
            run_op(self, VerifierEdit("enable", cur[1]), success=self._edited, failure=self._failed, serial=False)

    def _edited(self, result: Any) -> None:
        self.set_sources(result)

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(self.config is not None)
        show_problem(self, describe(exc))


class TrustSourcesDialog(QDialog):
    """The employer's verifier's own settings: its trust sources (stored in ``verifier-trust.json``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifier-trust-dialog")
        self.setWindowTitle(self.tr("Trust sources of this verifier"))
        self.setAccessibleName(self.tr("Trust sources of this verifier"))
        self.panel = TrustSourcesPanel(None, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(680, 420)
        self.panel.load()
