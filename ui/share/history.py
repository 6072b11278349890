"""The local share history: when, which credentials, which fields, for whom, in which form.

Viewable here, exportable as JSON, clearable (after a confirmation). Only exports are recorded
(by the jobs that write them); this page reads, exports and clears. A link (shared through a share
service) also shows when it expires and how often it was opened (as last asked: "Check views" asks
the service, an explicit network action), and can be revoked: the core deletes it on its service
with a request signed by the same DID.
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
             "qr-svg": QT_TRANSLATE_NOOP("history", "QR code (SVG)"), "link": QT_TRANSLATE_NOOP("history", "Link")}


def _load(wallet: Wallet, op: OpContext) -> list[dict[str, Any]]:
    return wallet.share_history()


def _clear(wallet: Wallet, op: OpContext) -> Change:
    return wallet.clear_share_history()


class _RevokeLink:
    """Delete a link on its service (a request signed by the link's holder DID) and mark it revoked."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[bool, Change]:
        from wallet.share.link import links, revoke_link

        deleted = revoke_link(wallet, self.url)
        ids = tuple(e["history_id"] for e in links(wallet) if e.get("url") == self.url)
        return deleted, Change("history", ids)


class _CheckViews:
    """Ask each link's service how often it was opened (counts no view); the history keeps the answers."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[list[str], Change]:
        from wallet.errors import WalletError
        from wallet.share.link import refresh_link

        unreachable = []
        for i, url in enumerate(self.urls):
            op.check_cancelled()
            op.progress(i, len(self.urls))
            try:
                refresh_link(wallet, url)
            except WalletError:
                unreachable.append(url)  # not answered: kept as last seen
        return unreachable, Change("history")


def _expiry(e: dict[str, Any]) -> str:
    from ui.widgets.field_words import interface_language
    from wallet.credentials.presenter import format_date

    link = e.get("link") if isinstance(e.get("link"), dict) else None
    when = (link or {}).get("expires_at") or e.get("expires")
    return format_date(when, interface_language()) if when else ""


def _when(e: dict[str, Any]) -> str:
    """When the share was made, in words (UTC, as every date the wallet shows)."""
    from ui.widgets.field_words import interface_language
    from wallet.credentials.presenter import format_date

    when = e.get("created_at")
    return format_date(when, interface_language(), with_time=True) if when else ""


class _ExportJob:
    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self, wallet: Wallet, op: OpContext) -> str:
        from wallet.fileio import atomic_write

        data = json.dumps({"format": "learner-wallet-share-history", "version": 1,
                           "shares": wallet.share_history()}, indent=2, ensure_ascii=False).encode()
        return str(atomic_write(self.path, data))


def _shared_words(c: dict[str, Any]) -> str:
    """A shared credential's title and, when the history recorded it, its verdict in the badge's words."""
    from ui.verify.check_words import verdict_words

    title = str(c.get("title", c.get("id", "")))
    state = c.get("state")
    return f"{title} ({verdict_words(str(state))})" if state else title


def _field_count(entry: dict[str, Any]) -> str:
    """How many fields the employer saw, counted as the Share preview counts them (the tooltip lists the
    revealed parts); an entry recorded before that count was kept shows its revealed parts."""
    shown = entry.get("shown")
    if isinstance(shown, int) and not isinstance(shown, bool):
        return (QCoreApplication.translate("history", "1 field shown") if shown == 1 else
                QCoreApplication.translate("history", "%1 fields shown").replace("%1", str(shown)))
    fields = entry.get("fields") or {}
    whole = sum(1 for v in fields.values() if "(whole credential)" in v)
    parts_revealed = sum(len(v) for v in fields.values() if "(whole credential)" not in v)
    parts = []
    if whole:
        parts.append(QCoreApplication.translate("history", "%1 shared whole").replace("%1", str(whole)))
    if parts_revealed or not whole:
        parts.append(QCoreApplication.translate("history", "%1 parts revealed").replace("%1", str(parts_revealed)))
    return ", ".join(parts)


class HistoryPage(QWidget):
    COLUMNS = (QT_TRANSLATE_NOOP("history", "When"), QT_TRANSLATE_NOOP("history", "Credentials"),
               QT_TRANSLATE_NOOP("history", "Fields"), QT_TRANSLATE_NOOP("history", "For"),
               QT_TRANSLATE_NOOP("history", "Form"), QT_TRANSLATE_NOOP("history", "Expires"),
               QT_TRANSLATE_NOOP("history", "Views"))

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
        self.copy_link_button = QPushButton(self.tr("Copy link"))
        self.copy_link_button.setAccessibleName(self.tr("Copy the selected link"))
        self.copy_link_button.clicked.connect(self.copy_link)
        self.views_button = QPushButton(self.tr("Check views"))
        self.views_button.setObjectName("share-history-views")
        self.views_button.setAccessibleName(self.tr("Ask the share service how often each link was opened"))
        self.views_button.setToolTip(self.tr("Asks each link's share service; counts no view"))
        self.views_button.clicked.connect(self.check_views)
        self.revoke_button = QPushButton(self.tr("Revoke link…"))
        self.revoke_button.setObjectName("share-history-revoke")
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected link on its share service"))
        self.revoke_button.clicked.connect(self.confirm_revoke)
        self.link_state = QLabel()
        self.link_state.setObjectName("share-history-link-state")
        self.link_state.setAccessibleName(self.tr("Link actions"))
        self.link_state.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._update_link_buttons)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.link_state, 1)
        row.addWidget(self.copy_link_button)
        row.addWidget(self.views_button)
        row.addWidget(self.revoke_button)
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
            when = _when(e)
            titles = "; ".join(_shared_words(c) for c in e.get("credentials", []))
            link = e.get("link") if isinstance(e.get("link"), dict) else None
            views = "" if link is None else (self.tr("revoked") if link.get("revoked") else
                                             self.tr("gone") if link.get("gone") else str(int(link.get("views") or 0)))
            cells = (when, titles, _field_count(e), e.get("for") or self.tr("(no domain)"),
                     QCoreApplication.translate("history", FORM_TEXT.get(e.get("form", ""), e.get("form", ""))),
                     _expiry(e), views)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setToolTip(self.tr("Revealed (JSON pointers):") + "\n" +
                                    "\n".join(p for v in (e.get("fields") or {}).values() for p in v))
                if col == 1:
                    item.setToolTip(titles)
                if col == 4 and link is not None:
                    item.setToolTip(str(link.get("url", "")))
                self.table.setItem(row, col, item)
        for col in (0, 3, 5):  # when, for whom (a link's service), expiry: whole
            self.table.resizeColumnToContents(col)
        has = bool(self.entries)
        self.empty.setVisible(not has)
        self.export_button.setEnabled(has)
        self.clear_button.setEnabled(has)
        self.views_button.setEnabled(bool(self._live_links()))
        self._update_link_buttons()

    # --- links --------------------------------------------------------------------------------
    def _live_links(self) -> list[str]:
        return [str(e["link"]["url"]) for e in self.entries if isinstance(e.get("link"), dict)
                and e["link"].get("url") and not e["link"].get("revoked") and not e["link"].get("gone")]

    def selected_link(self) -> dict[str, Any] | None:
        """The link of the selected row (None when the row is not a link)."""
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        link = self.entries[rows.pop()].get("link")
        return link if isinstance(link, dict) and link.get("url") else None

    def select_link(self, url: str) -> None:
        for row, e in enumerate(self.entries):
            if isinstance(e.get("link"), dict) and e["link"].get("url") == url:
                self.table.selectRow(row)

    def _update_link_buttons(self) -> None:
        link = self.selected_link()
        self.copy_link_button.setEnabled(link is not None)
        self.revoke_button.setEnabled(link is not None and not link.get("revoked"))

    def copy_link(self) -> None:
        from PySide6.QtGui import QGuiApplication

        link = self.selected_link()
        if link is not None:
            QGuiApplication.clipboard().setText(str(link["url"]))

    def check_views(self) -> None:
        urls = self._live_links()
        if urls:
            self.link_state.setText(self.tr("Asking the share service…"))
            self.session.run(self, _CheckViews(urls), success=self._views_checked, failure=self._link_failed,
                             progress_label=self.tr("Asking the share service how often your links were opened…"))

    def _views_checked(self, result: Any) -> None:
        unreachable, _change = result
        self.link_state.setText(self.tr("%1 links could not be checked (their service did not answer); their "
                                        "views are as last seen.").replace("%1", str(len(unreachable)))
                                if unreachable else self.tr("Views as counted by the share service just now."))

    def confirm_revoke(self) -> None:
        link = self.selected_link()
        if link is None or link.get("revoked"):
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Revoke this link?"),
                          self.tr("%1 will stop working for everyone: the share service deletes the presentation. "
                                  "Copies someone already downloaded stay as they are.").replace("%1", str(link["url"])),
                          QMessageBox.StandardButton.Cancel, self)
        revoke = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        box.setObjectName("revoke-link-box")
        box.setAccessibleName(self.tr("Revoke this link?"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._revoke_in_box = (revoke, str(link["url"]))
        box.buttonClicked.connect(self._revoke_box_clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = box
        box.open()

    def _revoke_box_clicked(self, button: Any) -> None:
        if button is self._revoke_in_box[0]:
            self.revoke(self._revoke_in_box[1])

    def revoke(self, url: str) -> None:
        """Delete the link on its service (an explicit action: the network is used for it)."""
        self.link_state.setText(self.tr("Revoking the link…"))
        self.session.run(self, _RevokeLink(url), success=self._revoked, failure=self._link_failed,
                         progress_label=self.tr("Revoking the link…"))

    def _revoked(self, result: Any) -> None:
        deleted, _change = result
        self.link_state.setText(self.tr("The link was revoked: it no longer opens.") if deleted else
                                self.tr("The link had already expired or been deleted; it is marked revoked."))

    def _link_failed(self, exc: BaseException) -> None:
        from ui.errors import describe
        from ui.tasks import show_problem

        self.link_state.setText("")
        show_problem(self, describe(exc))

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
