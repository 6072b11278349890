"""Step 1: choose the credentials to share — search, a state filter, a whole collection at once.

The list is a model over rows prepared on the serial lane (:func:`pick_rows`), so a wallet of
10,000 credentials loads, filters and ticks without a per-item widget: the model keeps the ticked
ids in a set and the shown rows in a list, and the view lays out only what it paints.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.library.model import not_yours_text, state_text
from wallet import CredentialSummary
from wallet.credentials.presenter import short_did

__all__ = ["PickModel", "PickPage", "PickRow", "pick_rows"]

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 2


class PickRow(NamedTuple):
    id: str
    text: str  # two lines: the title, then issuer · date · state
    search: str  # lower-case
    state: str
    collections: tuple[str, ...]
    holder: str = ""  # you | someone-else | nobody (wallet.credentials.holder), "" when not recorded


def pick_rows(summaries: Iterable[CredentialSummary]) -> list[PickRow]:
    """The rows of the pick list, with their search text (pure Python: run it off the GUI thread)."""
    states: dict[str, str] = {}
    out = []
    for c in summaries:
        words = states.get(c.state)
        if words is None:
            words = states[c.state] = state_text(c.state)
        parts = [p for p in (c.issuer_name or short_did(c.issuer_id or ""), c.date[:10] if c.date else "", words, not_yours_text(c))
                 if p]
        fmt = " · SD-JWT" if c.format == "sd-jwt-vc" else ""
        title = c.display_title
        search = f"{c.data.get('search', '')} {c.curation.search_text()} {title} {words}".lower()
        out.append(PickRow(c.id, f"{title}\n{'  ·  '.join(parts)}{fmt}", search, c.state,
                           tuple(c.curation.collections), str(c.data.get("holder", ""))))
    return out


class PickModel(QAbstractListModel):
    """Checkable rows; the search and the "show" mode choose which are shown."""

    checked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: tuple[PickRow, ...] = ()
        self._shown: list[int] = []
        self._checked: set[str] = set()
        self._words: tuple[str, ...] = ()
        self._mode = "all"

    # --- content ---------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PickRow], checked: Iterable[str]) -> None:
        self.beginResetModel()
        self._all = tuple(rows)
        known = {r.id for r in self._all}
        self._checked = {i for i in checked if i in known}
        self._shown = self._compute()
        self.endResetModel()
        self.checked_changed.emit()

    def rows(self) -> tuple[PickRow, ...]:
        return self._all

    def checked_ids(self) -> list[str]:
        """The ticked ids, in list order."""
        return [r.id for r in self._all if r.id in self._checked]

    def set_checked(self, ids: Iterable[str]) -> None:
        known = {r.id for r in self._all}
        wanted = {i for i in ids if i in known}
        if wanted == self._checked:
            return
        self._checked = wanted
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(len(self._shown) - 1), [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def set_filter(self, text: str, mode: str) -> None:
        """Show the rows whose text has every word of ``text``; ``mode``: all, verified or selected."""
        self.beginResetModel()
        self._words, self._mode = tuple(text.lower().split()), mode
        self._shown = self._compute()
        self.endResetModel()

    def _compute(self) -> list[int]:
        mode, checked = self._mode, self._checked
        rows = [i for i, r in enumerate(self._all)
                if (mode != "verified" or r.state == "verified") and (mode != "selected" or r.id in checked)]
        for w in self._words:
            rows = [i for i in rows if w in self._all[i].search]
        return rows

    # --- Qt ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        r = self._all[self._shown[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return r.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return r.text.replace("\n", ", ")
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if r.id in self._checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return r.id
        if role == STATE_ROLE:
            return r.state
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not 0 <= index.row() < len(self._shown):
            return False
        cid = self._all[self._shown[index.row()]].id
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if on == (cid in self._checked):
            return True
        if on:
            self._checked.add(cid)
        else:
            self._checked.discard(cid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren)


class PickPage(QWidget):
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share-pick")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, issuers, skills…"))
        self.search.setAccessibleName(self.tr("Search credentials to share"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.addItem(self.tr("All credentials"), "all")
        self.filter.addItem(self.tr("Verified only"), "verified")
        self.filter.addItem(self.tr("Selected only"), "selected")
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.collection = QComboBox()
        self.collection.setAccessibleName(self.tr("Add a whole collection"))
        self.collection.setToolTip(self.tr("Select every credential of a collection at once"))
        self.collection.activated.connect(self._collection_chosen)
        self.clear_button = QPushButton(self.tr("Clear selection"))
        self.clear_button.setAccessibleName(self.tr("Clear the selection"))
        self.clear_button.clicked.connect(self.clear_selection)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.filter)
        top.addWidget(self.collection)
        top.addWidget(self.clear_button)
        self.model = PickModel(self)
        self.model.checked_changed.connect(self._checked_changed)
        self.list = QListView()
        self.list.setObjectName("share-credentials")
        self.list.setAccessibleName(self.tr("Credentials to share"))
        self.list.setAccessibleDescription(self.tr("Space ticks or unticks the current credential"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Selected credentials"))
        self.holder_warning = QLabel()
        self.holder_warning.setObjectName("share-pick-holder-warning")
        self.holder_warning.setAccessibleName(self.tr("Not issued to you"))
        self.holder_warning.setWordWrap(True)
        self.holder_warning.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.holder_warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Tick the credentials this employer should see. Next, you choose which of their "
                              "fields to reveal."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.qr_note = QLabel()
        self.qr_note.setObjectName("share-pick-qr-note")
        self.qr_note.setAccessibleName(self.tr("Which choices fit a self-contained QR code"))
        self.qr_note.setWordWrap(True)
        layout.addWidget(self.qr_note)
        self.show_qr_fit(None)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.holder_warning)
        layout.addWidget(self.count)
        self._set_collections([])
        self._update_count()

    # --- content ------------------------------------------------------------------------------
    def set_credentials(self, rows: Sequence[PickRow], collections: list[str], selected: list[str] | None = None) -> None:
        """Rows from :func:`pick_rows`; ``selected`` ticks those ids (else the ticks are kept)."""
        keep = selected if selected is not None else self.selected_ids()
        self._set_collections(collections)
        self.model.set_rows(rows, keep)
        self._apply_filter()

    def _set_collections(self, names: list[str]) -> None:
        self.collection.clear()
        self.collection.addItem(self.tr("Add a collection…") if names else self.tr("No collections yet"), None)
        for n in names:
            self.collection.addItem(n, n)
        self.collection.setEnabled(bool(names))

    def selected_ids(self) -> list[str]:
        return self.model.checked_ids()

    def shown_ids(self) -> list[str]:
        """The ids of the rows the list shows now, top to bottom."""
        m = self.model
        return [str(m.data(m.index(i), ID_ROLE)) for i in range(m.rowCount())]

    def set_selected(self, ids: list[str]) -> None:
        self.model.set_checked(ids)
        if self.filter.currentData() == "selected":
            self._apply_filter()

    def select_collection(self, name: str) -> int:
        """Tick every credential of collection ``name``; returns how many."""
        ids = [r.id for r in self.model.rows() if name in r.collections]
        self.set_selected([*self.selected_ids(), *ids])
        return len(ids)

    def clear_selection(self) -> None:
        self.set_selected([])

    # --- slots --------------------------------------------------------------------------------
    def _collection_chosen(self, index: int) -> None:
        name = self.collection.itemData(index)
        if name:
            self.select_collection(str(name))
        self.collection.setCurrentIndex(0)

    def _checked_changed(self) -> None:
        self._update_count()
        self.selection_changed.emit()

    def _apply_filter(self, *args: Any) -> None:
        self.model.set_filter(self.search.text(), str(self.filter.currentData() or "all"))

    def _update_holder_warning(self) -> None:
        """Step 1 warns when a chosen credential was not issued to this wallet's DIDs, saying what the employer sees."""
        checked = set(self.model.checked_ids())
        rows = [r for r in self.model.rows() if r.id in checked]
        theirs = [r.text.split("\n", 1)[0] for r in rows if r.holder == "someone-else"]
        bearer = [r.text.split("\n", 1)[0] for r in rows if r.holder == "nobody"]
        said = []
        if theirs:
            said.append(self.tr("Not issued to you: %1. The employer will see that it was issued to someone else "
                                "than the person who signed the presentation, and it will not verify as yours.")
                        .replace("%1", ", ".join(theirs)))
        if bearer:
            said.append(self.tr("%1 names no holder: the employer will see that it is not bound to you.")
                        .replace("%1", ", ".join(bearer)))
        self.holder_warning.setText(" ".join(said))
        self.holder_warning.setVisible(bool(said))

    def show_qr_fit(self, fits: list[tuple[str, str]] | None) -> None:
        """Say which picks can become a self-contained QR code: ``fits`` is (title, disclosure mode) of the ticked
        credentials (:class:`ui.share.jobs.QrFit`), ``None`` for none or too many to look at."""
        n = len(self.model.checked_ids())
        whole = [t for t, mode in (fits or []) if mode == "whole"]
        dense = [t for t, mode in (fits or []) if mode == "whole-fits"]
        if n == 0 or (fits is None and n <= 2):
            text = self.tr("A self-contained QR code (the signed presentation inside the code) fits one or two "
                           "credentials whose issuer lets you choose fields, with a few fields revealed, or one small "
                           "credential shared whole (a dense code). Larger choices go as a link with a small QR code, "
                           "a file or a package.")
        elif whole:
            text = self.tr("Too large for a self-contained QR code: “%1” can only be shared whole. Share by link "
                           "(a small QR code any phone reads), as a file or as a package.")\
                .replace("%1", "”, “".join(whole))
        elif n > 2:
            text = self.tr("Three or more credentials are usually too large for one self-contained QR code: share them by "
                           "link (a small QR code any phone reads), as a file or as a package.")
        elif dense:
            text = self.tr("“%1” can only be shared whole, and fits a self-contained QR code as it is: a dense one, "
                           "best shown on screen rather than printed. A link (a small QR code any phone reads) works "
                           "for any choice.").replace("%1", "”, “".join(dense))
        else:
            text = self.tr("Can become a self-contained QR code if you reveal only a few fields in the next step. "
                           "A link works for any choice.")
        self.qr_note.setText(text)

    def _update_count(self) -> None:
        self._update_holder_warning()
        n = len(self.model.checked_ids())
        self.count.setText(self.tr("No credential selected") if n == 0 else
                           self.tr("1 credential selected") if n == 1 else
                           self.tr("%1 credentials selected").replace("%1", str(n)))
