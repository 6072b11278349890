"""Library: the learner's credentials, searched as they type; import files (Ctrl+O, drag and drop)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from wallet import Change, ImportResult, Wallet

from ..errors import Problem
from ..models.credentials import STATE_TEXT, CredentialFilterProxy, CredentialListModel, Roles
from ..session import Session
from ..tasks import OpContext, show_problem

__all__ = ["LibraryView"]

# (light, dark) text colours for verification states
STATE_COLORS = {
    "verified": ("#1e7e34", "#81c995"),
    "revoked": ("#b3261e", "#f28b82"),
    "suspended": ("#b3261e", "#f28b82"),
    "not-verified": ("#b3261e", "#f28b82"),
    "expired": ("#9a6700", "#fdd663"),
}

FILE_FILTER = "Credentials (*.json *.jsonld *.jwt *.txt *.png *.svg *.zip);;All files (*)"


class CredentialDelegate(QStyledItemDelegate):
    """Two lines per credential: the title, then issuer · date · state."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        h = option.fontMetrics.height()
        return QSize(0, 2 * h + 18)  # the width follows the view (no horizontal scrolling)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        text_color = pal.highlightedText().color() if selected else pal.text().color()
        sub_color = text_color if selected else pal.placeholderText().color()
        r = option.rect.adjusted(12, 8, -12, -8)
        h = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title = painter.fontMetrics().elidedText(index.data(), Qt.TextElideMode.ElideRight, r.width())
        painter.drawText(QRect(r.x(), r.y(), r.width(), h), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(option.font)
        painter.setPen(sub_color)
        fm = painter.fontMetrics()
        state_key = index.data(Roles.STATE) or ""
        state = STATE_TEXT.get(state_key, state_key)
        parts = [p for p in (index.data(Roles.ISSUER), index.data(Roles.DATE)) if p]
        prefix = "  ·  ".join(parts) + ("  ·  " if parts and state else "")
        state_width = fm.horizontalAdvance(state)
        prefix = fm.elidedText(prefix, Qt.TextElideMode.ElideMiddle, max(0, r.width() - state_width))
        line_rect = QRect(r.x(), r.y() + h + 2, r.width(), h)
        painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft, prefix)
        # the state keeps its words; the colour only helps the eye
        dark = pal.base().color().lightness() < 128
        color = STATE_COLORS.get(state_key)
        if color is not None and not selected:
            painter.setPen(QColor(color[1] if dark else color[0]))
        painter.drawText(line_rect.adjusted(fm.horizontalAdvance(prefix), 0, 0, 0), Qt.AlignmentFlag.AlignLeft, state)
        painter.restore()


class LibraryView(QWidget):
    import_finished = Signal(object)  # wallet.ImportResult

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("library")
        self.setAcceptDrops(True)
        self.model = CredentialListModel(self)
        self.proxy = CredentialFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("Library"))
        title.setObjectName("view-title")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, issuers, skills…"))
        self.search.setAccessibleName(self.tr("Search credentials"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.setAccessibleName(self.tr("Import credential files"))
        self.import_button.setToolTip(self.tr("Import credential files (Ctrl+O)"))
        self.import_button.clicked.connect(self.choose_files)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected credentials"))
        self.delete_button.setToolTip(self.tr("Delete the selected credentials (Delete); you can undo it"))
        self.delete_button.clicked.connect(self.delete_selected)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.import_button)
        top.addWidget(self.delete_button)

        self.list = QListView()
        self.list.setObjectName("credential-list")
        self.list.setAccessibleName(self.tr("Credentials"))
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(CredentialDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.list.selectionModel().selectionChanged.connect(self._update_actions)
        delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_selected)
        self.empty = QLabel(self.tr(
            "No credentials yet.\n\nImport the files your university, employers or community partners gave you "
            "(Ctrl+O), or drop them here."))
        self.empty.setObjectName("empty-state")
        self.empty.setAccessibleName(self.tr("No credentials yet"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match = QLabel(self.tr("No credential matches this search."))
        self.no_match.setAccessibleName(self.tr("No matches"))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for w in (self.empty, self.list, self.no_match):
            self.pages.addWidget(w)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setAccessibleName(self.tr("Credential count"))
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setAccessibleName(self.tr("Last import"))
        self.notice.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the deletion"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setVisible(False)
        self._undo_token: Any = None
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.notice, 3)
        bottom.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        session.opened.connect(self.reload)
        session.runner.wallet_changed.connect(self._on_wallet_changed)
        self._file_dialog: QFileDialog | None = None
        self._update_pages()

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.session.run(self, _load_credentials, success=self._loaded)

    def _loaded(self, rows: Any) -> None:
        self.model.set_rows(rows)
        self._update_pages()

    def _on_wallet_changed(self, change: Change) -> None:
        if change.kind in ("credentials", "curation"):
            self.reload()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_pages()

    def _update_actions(self, *args: Any) -> None:
        self.delete_button.setEnabled(bool(self.list.selectionModel().selectedIndexes()))

    def _update_pages(self) -> None:
        self._update_actions()
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.pages.setCurrentWidget(self.empty if total == 0 else self.list if shown else self.no_match)
        if total == shown:
            self.count.setText(self.tr("1 credential") if total == 1 else
                               self.tr("%1 credentials").replace("%1", str(total)))
        else:
            self.count.setText(self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total)))

    def select(self, credential_id: str) -> bool:
        """Select and show one credential (clearing a search that hides it)."""
        row = next((i for i, c in enumerate(self.model.rows()) if c.id == credential_id), -1)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row))
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- importing ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Import credentials"), str(Path.home()), self.tr(FILE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAccessibleName(self.tr("Choose credential files"))
        dialog.filesSelected.connect(self.import_files)
        self._file_dialog = dialog
        dialog.open()

    def import_files(self, paths: list[str]) -> None:
        if not paths:
            return
        self.session.run(self, _ImportJob(list(paths)), success=self._imported,
                         progress_label=self.tr("Importing credentials…"))

    def _imported(self, result: Any) -> None:
        imported: ImportResult = result[0]
        parts = [self.tr("Added: %1.").replace("%1", str(len(imported.added)))]
        if imported.duplicates:
            parts.append(self.tr("Already in the wallet: %1.").replace("%1", str(len(imported.duplicates))))
        if imported.failed:
            parts.append(self.tr("Could not be imported: %1.").replace("%1", str(len(imported.failed))))
            lines = [f"{Path(f['file']).name}: {f.get('message', '')}" for f in imported.failed]
            show_problem(self, Problem(self.tr("Some files could not be imported"), "\n".join(lines),
                                       self.tr("Check that each file is a credential you were given.")))
        self.notice.setText(" ".join(parts))
        self.import_finished.emit(imported)

    # --- delete with undo ---------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted(self.list.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [str(i.data(Roles.ID)) for i in rows]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.session.run(self, _Delete(ids), success=self._deleted)

    def _deleted(self, result: Any) -> None:
        token, change = result
        self._undo_token = token
        n = len(change.ids)
        self.notice.setText(self.tr("Deleted 1 credential.") if n == 1 else
                            self.tr("Deleted %1 credentials.").replace("%1", str(n)))
        self.undo_button.setVisible(bool(token))

    def undo_delete(self) -> None:
        token, self._undo_token = self._undo_token, None
        self.undo_button.setVisible(False)
        if token:
            self.session.run(self, _Undelete(token), success=self._undeleted)

    def _undeleted(self, change: Any) -> None:
        self.notice.setText(self.tr("Restored."))

    # --- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)


def _load_credentials(wallet: Wallet, op: OpContext) -> list[Any]:
    return wallet.credentials()


class _Delete:
    def __init__(self, ids: list[str]) -> None:
        self.ids = ids

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[Any, Change]:
        return wallet.delete(self.ids)


class _Undelete:
    def __init__(self, token: Any) -> None:
        self.token = token

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        return wallet.undelete(self.token)


class _ImportJob:
    def __init__(self, paths: list[str]) -> None:
        self.paths = paths

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[ImportResult, Change]:
        result = wallet.import_files(self.paths, progress=op.progress, cancelled=op.cancelled)
        return result, result.change
