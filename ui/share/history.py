"""The local share history: when, which credentials, which fields, for whom, in which form.

Viewable here, exportable as JSON, clearable (after a confirmation). Only exports are recorded
(by the jobs that write them); this page only reads, exports and clears.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP
from ui.session import Session
from ui.tasks import OpContext
from wallet import Change, Wallet

__all__ = ["FORM_TEXT", "HistoryPage"]

FORM_TEXT = {"vp-file": QT_TRANSLATE_NOOP("history", "Presentation file"),
             "package": QT_TRANSLATE_NOOP("history", "Share package"),
             "qr": QT_TRANSLATE_NOOP("history", "QR code (shown)"), "qr-png": QT_TRANSLATE_NOOP("history", "QR code (PNG)"),
             "qr-svg": QT_TRANSLATE_NOOP("history", "QR code (SVG)")}


def _load(wallet: Wallet, op: OpContext) -> list[dict[str, Any]]:
    return wallet.share_history()


def _clear(wallet: Wallet, op: OpContext) -> Change:
    return wallet.clear_share_history()


class _ExportJob:
    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self, wallet: Wallet, op: OpContext) -> str:
        from wallet.fileio import atomic_write

        data = json.dumps({"format": "learner-wallet-share-history", "version": 1,
                           "shares": wallet.share_history()}, indent=2, ensure_ascii=False).encode()
        return str(atomic_write(self.path, data))


def _field_count(entry: dict[str, Any]) -> str:
    fields = entry.get("fields") or {}
    if any("(whole credential)" in v for v in fields.values()):
        whole = sum(1 for v in fields.values() if "(whole credential)" in v)
        rest = sum(len(v) for v in fields.values() if "(whole credential)" not in v)
        return f"{whole} whole" + (f", {rest} fields" if rest else "")
    return f"{sum(len(v) for v in fields.values())} fields"


class HistoryPage(QWidget):
    COLUMNS = (QT_TRANSLATE_NOOP("history", "When"), QT_TRANSLATE_NOOP("history", "Credentials"),
               QT_TRANSLATE_NOOP("history", "Fields"), QT_TRANSLATE_NOOP("history", "For"),
               QT_TRANSLATE_NOOP("history", "Form"))

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("share-history")
        self.entries: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("share-history-table")
        self.table.setAccessibleName(self.tr("Share history"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("history", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.empty = QLabel(self.tr("Nothing shared yet. Every presentation you export is listed here; "
                                    "the list stays on this computer."))
        self.empty.setObjectName("empty-state")
        self.empty.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.export_button.setAccessibleName(self.tr("Export the share history as JSON"))
        self.export_button.clicked.connect(self.choose_export)
        self.clear_button = QPushButton(self.tr("Clear…"))
        self.clear_button.setAccessibleName(self.tr("Clear the share history"))
        self.clear_button.clicked.connect(self.confirm_clear)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._dialog: Any = None
        session.opened.connect(self.reload)
        session.runner.wallet_changed.connect(self._on_wallet_changed)
        self._show([])

    def reload(self) -> None:
        self.session.run(self, _load, success=self._show)

    def _on_wallet_changed(self, change: Change) -> None:
        if change.kind == "history":
            self.reload()

    def _show(self, entries: Any) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            when = str(e.get("created_at", "")).replace("T", " ")[:16]
            titles = "; ".join(c.get("title", c.get("id", "")) for c in e.get("credentials", []))
            cells = (when, titles, _field_count(e), e.get("for") or self.tr("(no domain)"),
                     QCoreApplication.translate("history", FORM_TEXT.get(e.get("form", ""), e.get("form", ""))))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setToolTip("\n".join(p for v in (e.get("fields") or {}).values() for p in v))
                if col == 1:
                    item.setToolTip(titles)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        has = bool(self.entries)
        self.empty.setVisible(not has)
        self.export_button.setEnabled(has)
        self.clear_button.setEnabled(has)

    def choose_export(self) -> None:
        dialog = QFileDialog(self, self.tr("Export the share history"), str(Path.home() / "share-history.json"),
                             self.tr("JSON (*.json)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(self.export_to)
        self._dialog = dialog
        dialog.open()

    def export_to(self, path: str) -> None:
        if path:
            self.session.run(self, _ExportJob(path))

    def confirm_clear(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Clear the share history?"),
                          self.tr("The list of what you shared is deleted from this computer. The files you "
                                  "exported are not touched."),
                          QMessageBox.StandardButton.Cancel, self)
        clear = box.addButton(self.tr("Clear"), QMessageBox.ButtonRole.DestructiveRole)
        box.setAccessibleName(self.tr("Clear the share history?"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._clear_button_in_box = clear
        box.buttonClicked.connect(self._box_clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = box
        box.open()

    def _box_clicked(self, button: Any) -> None:
        if button is self._clear_button_in_box:
            self.clear()

    def clear(self) -> None:
        self.session.run(self, _clear)
